"""The twenty-ninth hostile sweep (hostile29): text with no white space, files larger than the
limit, hand-written pages and templates MkDocs reads, dates a reader never sees, editors'
decisions after a merge."""
from __future__ import annotations

import base64

import pytest

from generator.timex import tag
from generator.timex.extract import _windows


def _no_space(size: int) -> str:
    """A pasted data: image (base64 holds digits, a trigger every few characters) after a date."""
    blob = base64.b64encode(bytes((k * 7919) % 256 for k in range(size))).decode()
    return "Putin met Zelensky on 3 May 2025. ![x](data:image/png;base64," + blob[:size] + ")"


@pytest.mark.parametrize("size", [20_000, 80_000])
def test_windows_over_text_with_no_white_space_read_it_once(size: int) -> None:
    """Each trigger's window ran to the end of its word, here the end of the text: a 1.9 MB
    pasted image took 259 s (hostile29). Windows a word joins are one now."""
    import re

    text = _no_space(size)
    positions = [m.start() for m in re.finditer(r"\d", text)]
    windows = _windows(positions, text)
    assert sum(b - a for a, b in windows) <= len(text)
    assert all(a < b <= c for (a, b), (c, _) in zip(windows, windows[1:], strict=False))


def test_a_date_before_a_pasted_image_is_still_read() -> None:
    import datetime as dt

    found = [t.text for t in tag(_no_space(5_000), dt.date(2025, 5, 5))]
    assert "3 May 2025" in found


def test_a_source_of_gigabytes_is_refused_without_being_read(tmp_path) -> None:
    """A sparse 3 GB source took 3 GB of memory before its size was looked at: at most a byte
    past the limit is read, and the message gives the file's size."""
    from generator.sources import MAX_BYTES, read_text

    big = tmp_path / "big.md"
    with big.open("wb") as handle:
        handle.truncate(3 * 2**30)
    text, problem = read_text(big, "sources/big.md")
    assert text is None and problem is not None
    assert f"{3 * 2**30:,} bytes" in problem.message and f"{MAX_BYTES:,}" in problem.message


def _check(capsys) -> tuple[int, str]:
    from generator.cli import main

    code = main(["check"])
    return code, capsys.readouterr().err


def test_a_hand_written_page_not_in_utf8_is_named_by_check(project, capsys) -> None:
    """A page of docs/ (or of a folder in it) in Latin-1 or UTF-16 passed `check`, then MkDocs
    stopped the build with a UnicodeDecodeError traceback."""
    (project / "docs" / "notes").mkdir()
    (project / "docs" / "notes" / "latin.md").write_bytes("# Caf\xe9\n".encode("latin-1"))
    (project / "docs" / "wide.md").write_bytes("# Notes\n".encode("utf-16"))
    code, err = _check(capsys)
    assert code == 1
    assert "docs/notes/latin.md" in err and "not UTF-8" in err
    assert "docs/wide.md" in err and "UTF-16" in err
    assert "Traceback" not in err


@pytest.mark.parametrize(("template", "line", "words"), [
    ('{% extends "base.html" %}\n{% block content %}\n{% if %}\n{% endblock %}\n', 3, "template syntax error"),
    ('{% extends "main.html" %}\n', 1, "extends itself"),
])
def test_a_broken_theme_override_is_named_with_its_line_by_check(project, capsys, template: str,
                                                                   line: int, words: str) -> None:
    """A Jinja syntax error in overrides/main.html, or a main.html that extends itself, passed
    `check`, then the build ended in a traceback (a RecursionError for the second)."""
    (project / "overrides" / "main.html").write_text(template, encoding="utf-8")
    code, err = _check(capsys)
    assert code == 1
    assert f"overrides/main.html:{line}:" in err and words in err, err
    assert "Traceback" not in err


def test_an_undefined_name_in_a_theme_override_is_one_line_of_the_build(built, capsys) -> None:
    """A name the theme's context does not hold is found when MkDocs renders: the build says
    where in one line, exit 1, the site as it was."""
    from generator.cli import main

    before = (built / "site" / "index.html").read_bytes()
    (built / "overrides" / "main.html").write_text(
        '{% extends "base.html" %}\n{% block content %}{{ nope.title }}{% endblock %}\n', encoding="utf-8")
    assert main(["build"]) == 1
    err = capsys.readouterr().err
    assert "overrides/main.html:2:" in err and "nope" in err, err
    assert "Traceback" not in err
    assert (built / "site" / "index.html").read_bytes() == before


def test_dates_inside_html_tags_make_no_claim_and_tags_make_no_title() -> None:
    """An image's alt text, an abbreviation's or a link's title and a data- attribute are
    nothing a reader sees: their dates made four events of 1998-2006, titled with the raw tags."""
    from generator.pipeline import extract
    from generator.sources import parse_source

    raw = ('---\ntitle: "HTML"\nurl: https://example.com/html\npublished: 2025-09-03\n---\n'
           '<img src="x.jpg" alt="Archive photo, 9 March 1998"> Lavrov spoke to reporters on Tuesday.\n\n'
           '<abbr title="Updated 2 January 2001">Peskov</abbr> said on Monday the talks would go on.\n\n'
           '<a href="https://x.org" title="First published 4 April 2004">Rubio met Lavrov in Riyadh '
           'on 18 February 2025.</a>\n\n'
           '<span data-date="6 June 2006">Erdogan</span> offered on Sunday to host talks.\n')
    source, problems = parse_source(raw, "h.md", "h")
    assert source is not None, problems
    timeline = extract((source,))
    assert {c.when.start.year for c in timeline.claims} == {2025}
    assert not any("<" in e.title or ">" in e.title for e in timeline.events), [e.title for e in timeline.events]


@pytest.mark.parametrize("action", ["title", "date"])
def test_a_title_or_date_merged_in_counts_as_the_merged_events(action: str) -> None:
    """"title: A", "merge: [B, A]", "title: B" was accepted and A's title lost without a word
    (with "merge: [A, B]" it was refused, as docs/curation.md says): the decision that gave a
    title or date goes with it into the merged event."""
    from pathlib import Path

    from generator.curation import apply_curation, parse_curation
    from generator.pipeline import check, extract
    from generator.problems import InputError

    sources, _ = check([Path(__file__).resolve().parent.parent / "sources"])
    timeline = extract(sources)
    a, b = timeline.events[0].id, timeline.events[1].id
    value = {"title": "  text: Title {}\n", "date": "  start: 202{}-01-01\n"}[action]
    text = (f"- {action}: {a}\n" + value.format(1) + "  reason: r\n"
            f"- merge: [{b}, {a}]\n  reason: r\n"
            f"- {action}: {b}\n" + value.format(2) + "  reason: r\n")
    with pytest.raises(InputError) as caught:
        apply_curation(timeline.events, timeline.claims, timeline.sources,
                       parse_curation(text, "sources/curation.yaml"))
    assert f"is given a {action} at line 1 already" in str(caught.value.problems[0])


def test_an_editors_file_linked_outside_the_folder_is_refused(tmp_path) -> None:
    """hostile29: a curation.yaml linking to /etc/passwd was read (and refused only as "expected
    a list of decisions"); sources linked outside the folder were refused already."""
    from generator.curation import load_curation
    from generator.problems import InputError

    folder = tmp_path / "sources"
    folder.mkdir()
    elsewhere = tmp_path / "elsewhere.yaml"
    elsewhere.write_text("- hide: e-0000000000\n  reason: r\n", encoding="utf-8")
    (folder / "curation.yaml").symlink_to(elsewhere)
    with pytest.raises(InputError) as raised:
        load_curation(folder, "sources/curation.yaml")
    assert [str(p) for p in raised.value.problems] == [
        f"sources/curation.yaml: is a symbolic link to {elsewhere.as_posix()}, outside the "
        "sources folder; copy the file in instead"]
    (folder / "curation.yaml").unlink()
    (folder / "kept.yaml").write_text("", encoding="utf-8")
    (folder / "curation.yaml").symlink_to("kept.yaml")  # a link inside the folder is read
    assert load_curation(folder, "sources/curation.yaml") == ()


def test_a_list_item_that_is_no_text_is_named_with_how_to_mend_it(tmp_path) -> None:
    """hostile29: 'tags: [1, 2.5, true, null, [x]]' said "'tags' is a list; expected a list of
    texts" (numbers and yes/no values are tags as written, an empty one is not), and
    an alias On (a YAML yes/no) "'aliases' must be a list of texts, none empty"."""
    from generator.entities import parse_registry
    from generator.problems import InputError
    from generator.sources import load_sources

    folder = tmp_path / "sources"
    folder.mkdir()
    (folder / "a.md").write_text("---\ntitle: T\nurl: https://example.com/a\npublished: "
                                 "2025-09-03\ntags: [Kyiv, 2.5, true, null, [x]]\n---\nPutin spoke on "
                                 "Monday.\n", encoding="utf-8")
    _, problems = load_sources([folder])
    assert [p.message for p in problems] == ["'tags' item 4 is empty; remove it"]
    with pytest.raises(InputError) as err:
        parse_registry("entities:\n- {id: o, name: Oslo, kind: place, aliases: [Osl, On]}\n",
                       "e.yaml")
    assert [str(p) for p in err.value.problems] == [
        "e.yaml:2: entity o: 'aliases' item 2 is true, a yes/no value (YAML reads On, Off, Yes, "
        "No, True, False so), not text; put it in quotes"]


def test_a_link_to_nothing_in_docs_is_named_by_check(project, capsys) -> None:
    """A docs/ file that links to nothing or to itself passed `check`; the build then stopped
    on it as "cannot write docs/gone.md: No such file or directory" (it was being read)."""
    (project / "docs" / "gone.md").symlink_to("nowhere.md")
    (project / "docs" / "loop.png").symlink_to("loop.png")
    code, err = _check(capsys)
    assert code == 1
    assert "docs/gone.md: is a symbolic link to nothing (or to itself)" in err
    assert "docs/loop.png: is a symbolic link to nothing (or to itself)" in err
    assert "Traceback" not in err
