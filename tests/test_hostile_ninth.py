"""The ninth hostile sweep (docs/benchmarks.md, "A ninth sweep"): what the eighth reported and
left (Markdown's markers in claims, "2100 hours", renamed sources), then new attacks (odd front
matter, files that are no files, many sources and curation entries, outputs read by parsers)."""

from __future__ import annotations

import datetime as dt
import os
import time
from pathlib import Path

import pytest

from generator.cli import main
from generator.text import plain_inline, split_sentences
from generator.timex import tag
from tests.conftest import GOOD_FRONT, write_source

DCT = dt.date(2025, 9, 3)


# ------------------------------------------------------------------ Markdown's markers in claims
def _texts(raw: str) -> list[tuple[str, str]]:
    return [(s.kind, s.text) for s in split_sentences(raw)]


def test_a_footnotes_definition_is_text_without_its_marker() -> None:
    """'[^1]: Zelensky said ...' gave a claim quoting '[^1]:' (and titled from it)."""
    raw = "Putin met Zelensky on 3 September 2025.\n\n[^1]: Zelensky said on 4 September 2025 that it went well.\n"
    assert ("text", "Zelensky said on 4 September 2025 that it went well.") in _texts(raw)


def test_a_footnotes_mark_closes_no_sentence() -> None:
    """'... the Kremlin said.[^1]' was quoted with its mark, and 'said.[^1] Next' was one sentence."""
    raw = "Putin met Zelensky on 3 September 2025, the Kremlin said.[^1] Trump spoke on 4 September.[^2][^3]\n"
    assert [t for _, t in _texts(raw)] == ["Putin met Zelensky on 3 September 2025, the Kremlin said.",
                                           "Trump spoke on 4 September."]
    assert plain_inline("Putin said[^note] that talks went well") == "Putin said that talks went well"


def test_fenced_code_and_comments_are_no_words_of_the_article() -> None:
    """A fenced code block and an HTML comment each gave a claim (the comment's a heading,
    quoted with '<!--')."""
    raw = ("Putin met Zelensky on 3 September 2025.\n\n```\nTrump called Erdogan on 5 September 2025.\n\n"
           "Trump met Macron on 6 September 2025.\n```\nLavrov spoke on 8 September 2025.\n\n"
           "<!-- Lavrov met Rubio on 9 September 2025.\n\nstill the comment -->\n\n"
           "<!-- a note --> Peskov spoke on 10 September 2025.\n")
    said = [t for k, t in _texts(raw) if k != "furniture"]
    assert said == ["Putin met Zelensky on 3 September 2025.", "Lavrov spoke on 8 September 2025.",
                    "Peskov spoke on 10 September 2025."]


def test_a_fence_or_comment_never_closed_hides_its_own_block_only() -> None:
    """Markdown would hide the rest of the file: a stray fence would lose the article silently."""
    raw = "~~~~\nTrump called Erdogan on 5 September 2025.\n\nPutin met Zelensky on 3 September 2025.\n\n<!-- x\n\nPeskov spoke on 1 September 2025.\n"
    said = [t for k, t in _texts(raw) if k != "furniture"]
    assert said == ["Putin met Zelensky on 3 September 2025.", "Peskov spoke on 1 September 2025."]


def test_many_fences_never_closed_take_linear_time() -> None:
    """Each fence no later line closes is known at once (a scan to the file's end for each
    would be quadratic)."""
    raw = "".join("`" * (3 + n) + "\n\n" for n in range(3000, 0, -1)) + "<!--\n\n" * 20000
    t = time.perf_counter()
    split_sentences(raw)
    assert time.perf_counter() - t < 5


@pytest.mark.parametrize("line, heading", [('!!! note "On 7 September 2025"', "On 7 September 2025"),
                                           ("!!! warning", None), ('???+ info "Talks"', "Talks"),
                                           ('!!! danger ""', None)])
def test_an_admonitions_title_is_a_heading_and_its_marker_no_words(line: str, heading: str | None) -> None:
    """'!!! note "On 7 September 2025"' was a claim quoting '!!! note'; its body ran into it."""
    raw = f"{line}\n    Erdogan met Putin on 7 September 2025 in Ankara.\n"
    got = _texts(raw)
    assert ("text", "Erdogan met Putin on 7 September 2025 in Ankara.") in got
    assert [t for k, t in got if k == "heading"] == ([heading] if heading else [])
    assert not any("!!!" in t or "???" in t for _, t in got)


def test_a_definitions_marker_is_no_word() -> None:
    raw = "Term\n:   Macron visited Kyiv on 8 September 2025, his office said.\n"
    assert ("text", "Macron visited Kyiv on 8 September 2025, his office said.") in _texts(raw)


def test_a_table_rows_pipes_that_open_and_close_it_are_no_words() -> None:
    raw = "| date | what |\n|---|---|\n| 2 September 2025 | Putin met Trump in Alaska |\n"
    assert _texts(raw)[-1] == ("text", "2 September 2025 | Putin met Trump in Alaska")


# ------------------------------------------------------------------ military time
@pytest.mark.parametrize("text, value", [
    ("Troops moved at 2100 hours.", "2025-09-03T21:00"),
    ("The curfew starts at 2100 hours local time.", "2025-09-03T21:00"),
    ("By 2100 hours the shelling had stopped.", "2025-09-03T21:00"),
    ("A briefing was held at 0900 hours.", "2025-09-03T09:00"),
    ("The shelling stopped around 2300 hrs.", "2025-09-03T23:00"),
    ("Pilots logged 2000 hours of training.", "PT2000H")])
def test_military_time_is_a_time_not_a_count_of_hours(text: str, value: str) -> None:
    """'at 2100 hours' was a duration of 2,100 hours (PT2100H)."""
    assert [t.value for t in tag(text, DCT)] == [value]


# ------------------------------------------------------------------ names in scripts without spaces
def test_a_name_in_a_script_without_spaces_is_found_without_word_boundaries() -> None:
    """'普京于2025年…在莫斯科会见泽连斯基' named nobody: a name needed a word boundary on both sides,
    and Han, kana and Hangul letters are all word characters."""
    from generator.entities import names_regex
    names = names_regex(["普京", "泽连斯基", "莫斯科", "プーチン", "푸틴", "Putin", "Kyiv"])
    assert names is not None
    found = lambda text: [m.group() for m in names.finditer(text)]  # noqa: E731
    assert found("普京于2025年9月3日在莫斯科会见泽连斯基。") == ["普京", "莫斯科", "泽连斯基"]
    assert found("プーチン大統領は") == ["プーチン"]
    assert found("푸틴은 말했다") == ["푸틴"]
    assert found("会见Putin。") == ["Putin"]
    assert found("Putinx xPutin Putin-x Kyiv_ Kyiv") == ["Kyiv"]  # Latin names keep their boundaries


# ------------------------------------------------------------------ files that are no files
@pytest.mark.parametrize("where", ["docs/extra.md", "docs/stylesheets/x.css", "docs/index.md"])
@pytest.mark.parametrize("command", ["check", "build"])
def test_a_named_pipe_in_docs_is_refused_not_waited_for(project: Path, capsys: pytest.CaptureFixture,
                                                        where: str, command: str) -> None:
    """A named pipe in docs/ made `timeline build` wait forever (read for its digest, then by
    MkDocs); `check` passed. Now both refuse it, naming it, before anything is built."""
    write_source(project / "sources", "2026-01-29-a.md", GOOD_FRONT)
    (project / where).parent.mkdir(parents=True, exist_ok=True)
    (project / where).unlink(missing_ok=True)
    os.mkfifo(project / where)
    assert main([command, "--jobs", "1"] if command == "build" else [command]) == 1
    err = capsys.readouterr().err
    assert f"{where}: is not a regular file (a named pipe" in err
    assert not (project / "site").exists()


@pytest.mark.parametrize("command", ["check", "build"])
def test_links_in_docs_to_a_folder_they_are_in_are_refused_at_once(
        project: Path, capsys: pytest.CaptureFixture, command: str) -> None:
    """Two links in docs/ to docs/ itself: each walk of docs/ through its links (as MkDocs
    reads it) doubled at every level; one such link failed the build with 'cannot write
    .timeline-pages/a/entities: Too many levels of symbolic links' while `check` passed."""
    write_source(project / "sources", "2026-01-29-a.md", GOOD_FRONT)
    (project / "docs" / "loop").symlink_to(".")
    (project / "docs" / "loop2").symlink_to(".")
    (project / "docs" / "stylesheets" / "up").symlink_to("..")
    t = time.perf_counter()
    assert main([command, "--jobs", "1"] if command == "build" else [command]) == 1
    assert time.perf_counter() - t < 30
    err = capsys.readouterr().err
    for where in ("docs/loop", "docs/loop2", "docs/stylesheets/up"):
        assert f"{where}: is a symbolic link to a folder it is in (a loop)" in err


# ------------------------------------------------------------------ line separators in front matter
@pytest.mark.parametrize("sep", ["\u2028", "\u2029"])
def test_a_line_separator_in_front_matter_is_refused_at_its_line(
        project: Path, capsys: pytest.CaptureFixture, sep: str) -> None:
    """'title: A<U+2028>bogus: 1' passed as a title 'A' and a hidden key (YAML reads U+2028 as
    a line end; an editor shows one line), and a YAML problem after it was reported at line 8
    of a file of 7 lines."""
    write_source(project / "sources", "2026-01-29-a.md",
                 GOOD_FRONT + f"author: X{sep}bogus: 1\n")
    assert main(["check"]) == 1
    err = capsys.readouterr().err
    assert f"sources/2026-01-29-a.md:5:10: the front matter holds U+{ord(sep):04X}" in err


def test_line_separators_escaped_or_in_the_text_pass(project: Path, capsys: pytest.CaptureFixture) -> None:
    write_source(project / "sources", "2026-01-29-a.md", GOOD_FRONT + 'author: "X\\u2028Y"\n',
                 "Putin spoke\u2028on Monday.\u2029\n")
    assert main(["check"]) == 0, capsys.readouterr().err


# ------------------------------------------------------------------ thousands of phases
def test_phases_of_one_title_get_their_anchors_in_linear_time() -> None:
    """1,000 phases of one title took 5.5 s (each count tried was looked for in the list of
    anchors so far: cubic), 10,000 would have taken hours; the anchors are the same."""
    from generator.model import Phase
    from generator.render import phase_anchors
    day = dt.date(2025, 5, 1)
    phases = tuple(Phase("Talks", day, day) for _ in range(5000)) + (Phase("Talks 2", day, day),)
    t = time.perf_counter()
    anchors = phase_anchors(phases)
    assert time.perf_counter() - t < 1
    assert anchors[:3] == ("phase-talks", "phase-talks-2", "phase-talks-3")
    assert anchors[-1] == "phase-talks-2-2" and len(set(anchors)) == len(anchors)


def test_the_timeline_of_thousands_of_phases_is_grouped_in_linear_time() -> None:
    """Each phase counted the phases over before it (and each event outside them did too):
    10,000 phases spent 14.7 s there of a 21.7 s build; 20,000, 82 s."""
    from generator.model import Phase
    from generator.render import timeline_groups
    phases = tuple(Phase(f"P{i}", dt.date(2000, 1, 1) + dt.timedelta(days=i),
                         dt.date(2000, 1, 1) + dt.timedelta(days=i)) for i in range(20000))
    t = time.perf_counter()
    groups = timeline_groups((), phases)
    assert time.perf_counter() - t < 3
    assert [g["heading"] for g in groups[:3]] == ["P0", "P1", "P2"] and len(groups) == 20000
