"""Hostile and careless input: control characters, non-Latin file names, symlinks, emoji,
curation files that `check` must refuse before `build` would fail on them."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import unicodedata
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from generator import feeds
from generator.cli import main
from generator.model import Event, Source, Timeline, TimeValue
from generator.render import date_label
from generator.sources import load_sources, slugify
from tests.conftest import GOOD_FRONT, write_source

ATOM = "{http://www.w3.org/2005/Atom}"


def problems_of(folder: Path) -> list[str]:
    return [str(p) for p in load_sources([folder])[1]]


# --- control characters -------------------------------------------------------------------

@pytest.mark.parametrize("ch, name", [("\x1b", "U+001B (ESC)"), ("\x07", "U+0007 (BEL)"),
                                      ("\x85", "U+0085 (NEL)"), ("\x0c", "U+000C (FF)")])
def test_a_control_character_in_the_text_is_refused_with_file_line_and_column(
        tmp_path: Path, ch: str, name: str) -> None:
    write_source(tmp_path, "a.md", GOOD_FRONT, f"Putin spoke on Monday.\nThen {ch}nothing.\n")
    assert problems_of(tmp_path) == [
        f"{tmp_path.as_posix()}/a.md:7:6: holds the control character {name}; remove it (or "
        "save the file as plain text)"]


@pytest.mark.parametrize("escape, name", [("\\e", "U+001B (ESC)"), ("\\a", "U+0007 (BEL)"),
                                          ("\\0", "U+0000 (NUL)"), ("\\ud800", "U+D800"),
                                          ("\\x9b", "U+009B")])
def test_a_control_character_from_a_yaml_escape_is_refused(tmp_path: Path, escape: str,
                                                           name: str) -> None:
    front = f'title: "Putin{escape} invites"\nurl: https://example.com/a\npublished: 2026-01-29\n'
    write_source(tmp_path, "a.md", front)
    assert problems_of(tmp_path) == [
        f"{tmp_path.as_posix()}/a.md:2:8: the value holds the control character {name} (a YAML "
        "escape); remove it"]


def test_tabs_line_ends_and_right_to_left_marks_are_text(tmp_path: Path) -> None:
    write_source(tmp_path, "a.md", GOOD_FRONT, "Putin\tspoke\r\non Monday \u200f\u202eok.\r\n")
    assert problems_of(tmp_path) == []


# --- file names ---------------------------------------------------------------------------

def test_non_latin_file_names_give_distinct_stable_ids(tmp_path: Path) -> None:
    names = ["Путин.md", "Зеленский.md", "東京.md", "Hürriyet.md", "🎉.md", "🚀.md",
             "2025-09-03 Reuters.md"]
    for n, name in enumerate(names):
        write_source(tmp_path, name, GOOD_FRONT.replace("/a", f"/{n}"))
    sources, problems = load_sources([tmp_path])
    assert problems == ()
    ids = sorted(s.id for s in sources)
    assert len(set(ids)) == len(names)
    assert {"путин", "зеленский", "東京", "hürriyet", "2025-09-03-reuters"} <= set(ids)
    assert sum(i.startswith("source-") for i in ids) == 2
    # the same name typed on a system that decomposes accents (NFD) gives the same id
    assert slugify(unicodedata.normalize("NFD", "Hürriyet")) == "hürriyet"
    assert slugify("A Story, Told (Twice)!") == "a-story-told-twice"  # ASCII as before


def test_names_that_differ_only_in_normalisation_case_or_invisibles_are_one_id_refused_once(
        tmp_path: Path) -> None:
    """Two files a reader cannot tell apart (accents composed or not, upper or lower case, a
    zero-width space) would publish at one address: the second is refused, naming both."""
    pairs = [(unicodedata.normalize("NFC", "Hürriyet.md"), unicodedata.normalize("NFD", "Hürriyet.md")),
             ("Reuters.md", "reuters.md"), ("x.md", "x\u200b.md"), ("a b.md", "a\u00a0b.md")]
    for n, (first, second) in enumerate(pairs):
        folder = tmp_path / str(n)
        write_source(folder, first, GOOD_FRONT.replace("/a", "/1"))
        write_source(folder, second, GOOD_FRONT.replace("/a", "/2"))
        sources, problems = load_sources([folder])
        assert len(sources) == 1 and len(problems) == 1, (first, problems)
        assert f"has the same id '{sources[0].id}' as {folder.as_posix()}/" in problems[0].message


def test_a_name_whose_id_is_too_long_for_a_file_is_refused_by_check(tmp_path: Path) -> None:
    """'İ' is 2 bytes of UTF-8 and its lower case 'i̇' 3: a name of 125 of them fits the 255
    bytes a file name may have, its id (375 bytes) does not, and the build could not write
    its page (it ended in 'File name too long')."""
    from generator.sources import ID_BYTES

    write_source(tmp_path, "İ" * 125 + ".md", GOOD_FRONT)
    write_source(tmp_path, "a" * ID_BYTES + ".md", GOOD_FRONT.replace("/a", "/b"))  # just fits
    sources, problems = load_sources([tmp_path])
    assert [s.id for s in sources] == ["a" * ID_BYTES]
    assert [str(p) for p in problems] == [
        f"{tmp_path.as_posix()}/{'İ' * 125}.md: its name gives an id of 375 bytes (UTF-8), too "
        f"long for the file of its page (at most {ID_BYTES}); shorten the name"]


def test_a_symlink_out_of_the_sources_folder_is_refused(tmp_path: Path) -> None:
    outside = write_source(tmp_path / "elsewhere", "secret.md", GOOD_FRONT)
    sources_dir = tmp_path / "sources"
    write_source(sources_dir, "own.md", GOOD_FRONT.replace("/a", "/own"))
    (sources_dir / "linked.md").symlink_to(outside)
    (sources_dir / "inside.md").symlink_to(sources_dir / "own.md")  # within: an alias, kept
    sources, problems = load_sources([sources_dir])
    assert [str(p) for p in problems if "symbolic" in p.message] == [
        f"{sources_dir.as_posix()}/linked.md: is a symbolic link to {outside.resolve().as_posix()}"
        ", outside the sources folder; copy the article in instead"]
    assert "secret" not in {s.title for s in sources}


def test_files_are_resolved_by_their_folders_place(tmp_path: Path) -> None:
    # (a file that is no link is resolved by its folder's place, each folder once): a sources
    # folder given by a link keeps its articles; one of them that is a link out is refused
    outside = write_source(tmp_path / "elsewhere", "secret.md", GOOD_FRONT)
    real = tmp_path / "real"
    write_source(real / "sub", "own.md", GOOD_FRONT.replace("/a", "/own"))
    (real / "sub" / "linked.md").symlink_to(outside)
    (tmp_path / "sources").symlink_to(real)
    sources, problems = load_sources([tmp_path / "sources"])
    assert [s.id for s in sources] == ["own"]
    assert [str(p) for p in problems] == [
        f"{(tmp_path / 'sources').as_posix()}/sub/linked.md: is a symbolic link to "
        f"{outside.resolve().as_posix()}, outside the sources folder; copy the article in instead"]


# --- files that look like sources but cannot be read as one: never left out silently ------------

def test_odd_files_in_the_sources_folder_are_named_never_skipped_silently(tmp_path: Path) -> None:
    import os

    folder = tmp_path / "sources"
    write_source(folder, "good.md", GOOD_FRONT)
    os.mkfifo(folder / "pipe.md")  # reading it would wait forever
    (folder / "gone.md").symlink_to("nowhere.md")
    (folder / "loop1.md").symlink_to("loop2.md")
    (folder / "loop2.md").symlink_to("loop1.md")
    (folder / ".#good.md").symlink_to("editor@host.1234")  # Emacs' lock while editing: not ours
    write_source(folder, "Upper.MD", GOOD_FRONT.replace("/a", "/u"))
    write_source(folder, "long.markdown", GOOD_FRONT.replace("/a", "/l"))
    (folder / "notes.txt").write_text("not an article", encoding="utf-8")
    with open(os.path.join(os.fsencode(folder), b"caf\xe9.md"), "w", encoding="utf-8") as f:
        f.write(f"---\n{GOOD_FRONT}---\nPutin spoke on Monday.\n")
    sources, problems = load_sources([folder])
    f = folder.as_posix()
    assert [s.id for s in sources] == ["good"]
    assert [str(p) for p in problems] == [
        f"{f}/Upper.MD: warning: not read: sources are files named *.md; rename it to Upper.md "
        "to publish it",
        f"{f}/caf\\xe9.md: its name is not UTF-8 (it could not be published as an address); "
        "rename it with a UTF-8 name",
        f"{f}/gone.md: is a symbolic link to nothing (or to itself); remove it or point it at an "
        "article",
        f"{f}/long.markdown: warning: not read: sources are files named *.md; rename it to "
        "long.md to publish it",
        f"{f}/loop1.md: is a symbolic link to nothing (or to itself); remove it or point it at "
        "an article",
        f"{f}/loop2.md: is a symbolic link to nothing (or to itself); remove it or point it at "
        "an article",
        f"{f}/pipe.md: is not a regular file (a named pipe, a device or a socket); expected a "
        "text file"]


def test_a_source_saved_as_utf_16_or_with_a_bom_is_named_or_read(tmp_path: Path) -> None:
    """Windows editors save "Unicode" as UTF-16 (it was called a binary file) and UTF-8 with
    a byte-order mark (read as UTF-8 without it)."""
    text = f"---\n{GOOD_FRONT}---\nPutin spoke on Monday.\n"
    (tmp_path / "wide.md").write_bytes(text.encode("utf-16"))
    (tmp_path / "marked.md").write_bytes(text.replace("/a", "/m").encode("utf-8-sig"))
    sources, problems = load_sources([tmp_path])
    assert [s.id for s in sources] == ["marked"]
    assert [str(p) for p in problems] == [
        f"{tmp_path.as_posix()}/wide.md: is UTF-16 text (it starts with a byte-order mark, 0xff "
        "0xfe); save it as UTF-8"]


def test_a_source_named_index_is_refused_it_would_be_the_folders_page(tmp_path: Path) -> None:
    write_source(tmp_path, "Index.md", GOOD_FRONT)
    assert problems_of(tmp_path) == [
        f"{tmp_path.as_posix()}/Index.md: its name gives the id 'index', which is the page of the "
        "folder sources/ itself (it would be published at sources/, not sources/index/); rename "
        "the file"]


@pytest.mark.parametrize("raw, message", [
    ("---\ntitle: T\nurl: https://e.com/a\npublished: 0205-01-29\n---\nText on Monday.\n",
     "x.md:4:12: 'published' is \"0205-01-29\", before the year 1000; expected the date the "
     "article appeared"),
    ("---\ntitle: T\nurl: https://e.com/a\npublished: 2026-01-29\nx: " + "[" * 3000 + "]" * 3000
     + "\n---\nText on Monday.\n",
     "x.md:2: front matter nests lists or mappings too deeply to be read; expected 'key: value' "
     "lines"),
    ("---\rtitle: T\rurl: https://e.com/a\rpublished: 2026-01-29\r---\rText on Monday.\r",
     "x.md:1:1: its lines end in a carriage return only (an old Mac format); save it with Unix "
     "(LF) or Windows (CRLF) line ends"),
    # urlsplit raises on an unclosed IPv6 bracket: it was "could not be read (ValueError ...);
    # please report this as a bug"
    ("---\ntitle: T\nurl: https://[example.com/a\npublished: 2026-01-29\n---\nText on Monday.\n",
     "x.md:3:6: 'url' is \"https://[example.com/a\"; expected an http:// or https:// address"),
])
def test_odd_front_matter_is_one_clear_problem(raw: str, message: str) -> None:
    from generator.sources import parse_source

    source, problems = parse_source(raw, "x.md", "x")
    assert source is None and [str(p) for p in problems] == [message]


def test_a_corpus_of_the_1960s_builds(project: Path, capsys) -> None:
    """Its newest date is before 1970: the sitemap's gzip header cannot hold it (a struct.error
    inside MkDocs); the build date is then 1970-01-01."""
    write_source(project / "sources", "a.md", GOOD_FRONT.replace("2026-01-29", "1962-10-27"),
                 "Khrushchev wrote to Kennedy on Friday, the Kremlin said.\n")
    assert main(["build"]) == 0, capsys.readouterr().err
    assert (project / "site" / "sitemap.xml.gz").is_file()


# --- curation files that build would fail on --------------------------------------------------

@pytest.fixture
def one_source(project: Path) -> Path:
    write_source(project / "sources", "2026-01-29-a.md", GOOD_FRONT,
                 "Putin invited Zelensky to Moscow on Monday.\n")
    return project


def check_output(capsys: pytest.CaptureFixture) -> tuple[int, str]:
    capsys.readouterr()
    code = main(["check"])
    return code, capsys.readouterr().err


def an_event_id() -> str:
    from generator.pipeline import check, extract

    return extract(check([Path("sources")])[0]).events[0].id


@pytest.mark.parametrize("body, message", [
    ("- date: {e}\n  start: 9999-12-31\n  reason: r\n",
     "sources/curation.yaml:1: date: 9999-12-31 is out of range; expected a date up to "
     "9999-12-30"),
    ("- date: {e}\n  start: 10000-01-01\n  reason: r\n",
     "sources/curation.yaml:1: date: expected start and end as YYYY-MM-DD"),
    ("- title: {e}\n  text: One\n  text: Two\n  reason: r\n",
     "sources/curation.yaml:1: 'text' is given twice (line 3); keep one"),
    ('- title: {e}\n  text: "Bell\\a"\n  reason: r\n',
     "sources/curation.yaml:1: 'text' holds the control character U+0007 (BEL); remove it"),
])
def test_check_refuses_what_build_would_fail_on(one_source: Path, capsys, body: str,
                                                message: str) -> None:
    (one_source / "sources" / "curation.yaml").write_text(body.format(e=an_event_id()),
                                                          encoding="utf-8")
    code, err = check_output(capsys)
    assert code == 1 and err.startswith(message), err
    assert "Traceback" not in err
    assert main(["build"]) == 1  # and build refuses it the same way, before writing anything
    assert not (one_source / "site").exists()


def test_a_curation_file_in_latin_1_or_a_folder_is_named(one_source: Path, capsys) -> None:
    path = one_source / "sources" / "curation.yaml"
    path.write_bytes(f"- title: {an_event_id()}\n  text: Caf\xe9\n  reason: r\n".encode("latin-1"))
    code, err = check_output(capsys)
    assert code == 1 and err.startswith("sources/curation.yaml:2: is not UTF-8 (byte 0xe9 at "
                                        "offset "), err
    path.unlink()
    path.mkdir()
    code, err = check_output(capsys)
    assert code == 1 and err.startswith("sources/curation.yaml: is a folder; expected a YAML "
                                        "file of decisions"), err


# --- output for any text -------------------------------------------------------------------

TITLE_TEXT = "Putin 🤝 Zelensky: 𝕄oscow talks, ‏שלום‎ and 東京 😀"


def test_emoji_and_astral_characters_keep_page_titles_and_feeds_valid(
        project: Path, capsys: pytest.CaptureFixture) -> None:
    write_source(project / "sources", "2026-01-29-a.md",
                 f'title: "{TITLE_TEXT}"\nurl: https://example.com/a\npublished: 2026-01-29\n',
                 "Putin 🤝 invited Zelensky 😀 to 𝕄oscow on Monday, the Kremlin said.\n")
    assert main(["build", "--strict"]) == 0, capsys.readouterr().err
    site = project / "site"
    data = json.loads((site / "timeline.json").read_text(encoding="utf-8"))
    source_page = (site / "sources" / "2026-01-29-a" / "index.html").read_text(encoding="utf-8")
    assert re.search(r"<title>(.*?)</title>", source_page).group(1).startswith(
        "Putin 🤝 Zelensky: 𝕄oscow talks")
    event = data["events"][0]
    assert "😀" in event["title"]
    event_page = (site / "events" / event["id"] / "index.html").read_text(encoding="utf-8")
    title = re.search(r"<title>(.*?)</title>", event_page).group(1)
    assert "😀" in title and event["id"] not in title
    for path in site.rglob("*"):
        if path.is_file() and path.suffix in (".html", ".json", ".atom", ".ics", ".csv", ".md"):
            text = path.read_bytes().decode("utf-8")  # valid UTF-8 everywhere
            assert "\\ud83" not in text, path
    feed = ET.fromstring((site / "events.atom").read_bytes())
    assert "😀" in feed.find(f"{ATOM}entry/{ATOM}title").text
    ics = (site / "events.ics").read_bytes()
    assert all(len(line) <= 75 for line in ics.split(b"\r\n"))
    ics.decode("utf-8")
    rows = list(csv.reader(io.StringIO((site / "events.csv").read_text(encoding="utf-8"))))
    assert "😀" in rows[1][5]


def test_the_atom_feed_stays_well_formed_for_any_characters() -> None:
    """Sources with control characters are refused, but the feeds clean what they are given
    from elsewhere (a site name, a library caller) rather than write ill-formed XML."""
    nasty = "".join(chr(c) for c in range(0, 0xA0)) + "\ud800\ufffe\uffff 😀 \u202e </entry>"
    source = Source(id="a", path="a.md", url="https://example.com/a", title=nasty,
                    published=dt.date(2026, 1, 29), raw="---\n---\nx", body_start=8,
                    outlet=nasty)
    day = TimeValue(dt.date(2026, 1, 26), dt.date(2026, 1, 26), "day")
    event = Event("e-1", nasty, day, ("c-1",), ("a",))
    timeline = Timeline((source,), (), (event,))
    feed = ET.fromstring(feeds.to_atom(timeline, nasty, "https://x.org/" + nasty, date_label)
                         .encode("utf-8"))
    title = feed.find(f"{ATOM}entry/{ATOM}title").text
    assert "😀" in title and "</entry>" in title and "\x1b" not in title
    ics = feeds.to_ics(timeline, nasty, "", date_label)
    assert not re.search("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]", ics.replace("\r\n", ""))
    cell = feeds.to_csv(timeline, date_label).splitlines()[1]
    assert "\x1b" not in cell


def test_a_direction_override_left_open_never_reverses_the_text_after_it(
        project: Path, capsys: pytest.CaptureFixture) -> None:
    """A right-to-left override (U+202E) or isolate (U+2067) that a title, an outlet or a
    sentence leaves open would reverse what follows it on its line of the page: a date,
    another source's name, the site's name in the window title. Each is closed where the
    text ends (text.bidi_closers), in every text of every page, redirects and the visual
    timeline's labels included."""
    from html.parser import HTMLParser

    from generator.text import bidi_closers

    for n, odd in enumerate(("\u202eevil", "\u2067open isolate", "\u202b\u202dnested")):
        write_source(project / "sources", f"2026-01-2{n}-a.md",
                     f'title: "Putin {odd} invites"\nurl: https://example.com/{n}\n'
                     f'published: 2026-01-2{n}\noutlet: "Outlet {odd}"\n',
                     f"Putin invited Zelensky to Moscow on Monday {odd}, the Kremlin said.\n\n"
                     f"Putin {odd} spoke on 3 May 2025.\n")
    assert main(["build", "--strict"]) == 0, capsys.readouterr().err
    open_texts: list[tuple[str, str]] = []

    class Texts(HTMLParser):
        def __init__(self, path: str) -> None:
            super().__init__()
            self.path = path

        def handle_starttag(self, tag, attrs) -> None:
            open_texts.extend((self.path, v) for _, v in attrs if v and bidi_closers(v))

        def handle_data(self, data: str) -> None:
            if bidi_closers(data) and self.lasttag != "script":
                open_texts.append((self.path, data))

    pages = sorted((project / "site").rglob("*.html"))
    for path in pages:
        Texts(path.relative_to(project).as_posix()).feed(path.read_text(encoding="utf-8"))
    assert open_texts == []
    overridden = [p for p in pages if "\u202e" in p.read_text(encoding="utf-8")]
    # the override is kept, closed: the text is shown as written (the source's page, its
    # sentences on the event page; an event's title is made without marks of direction,
    # headlines.INVISIBLE, so the pages listing titles only show none: hostile28)
    assert len(overridden) >= 3
    visual = (project / "site" / "visual" / "index.html").read_text(encoding="utf-8")
    items = json.loads(re.search(r"(\[\{\"id\".*?\}\])", visual).group(1))
    assert items and all(bidi_closers(i["label"]) == bidi_closers(i["title"]) == "" for i in items)


def test_a_utf8_name_under_an_ascii_locale_says_the_locale_is_the_fault(tmp_path: Path) -> None:
    """hostile26: under LC_ALL=C with PYTHONUTF8=0 file names are read as ASCII, and a UTF-8
    name ("Путин.md") was refused as "not UTF-8"; it is the locale that is wrong."""
    import os
    import subprocess
    import sys

    folder = tmp_path / "sources"
    write_source(folder, "Путин.md", GOOD_FRONT)
    env = {**os.environ, "LC_ALL": "C", "PYTHONUTF8": "0",
           "PYTHONPATH": str(Path(__file__).resolve().parent.parent)}
    run = subprocess.run([sys.executable, "-m", "generator", "extract", "sources"], cwd=tmp_path,
                         env=env, capture_output=True, text=True, encoding="utf-8", errors="replace",
                         check=False)
    assert run.returncode == 1
    assert "its name is UTF-8, but this system reads file names in another encoding" in run.stderr
    assert "Traceback" not in run.stderr


@pytest.mark.parametrize("reader", ["read_json_lines", "read_texts"])
def test_a_cache_of_one_long_line_is_read_in_bounded_memory(tmp_path: Path, reader: str) -> None:
    """hostile27: a sparse 1 GB .cache/sources.json (one "line" of zero bytes) was read whole
    before its digest was checked (2.1 GB of memory); it is read as none, a piece at a time."""
    import tracemalloc

    from generator import output

    path = tmp_path / "sources.json"
    with path.open("wb") as f:
        f.truncate(16 << 20)  # 16 MB of zero bytes, no line end
    tracemalloc.start()
    try:
        assert getattr(output, reader)(path, "key") == {}
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 4 << 20, peak


def test_a_title_written_on_several_lines_is_one_line_everywhere(tmp_path: Path) -> None:
    """hostile27: a YAML block title ("title: |") and a curation "text: |" kept their line ends
    in the Atom feed and the CSV, where pages joined them with spaces; they are one line."""
    from generator.curation import parse_curation

    folder = tmp_path / "sources"
    write_source(folder, "a.md", "title: |\n  Putin and Zelensky\n  meet in Istanbul\n"
                 "outlet: |\n  Test\n  Wire\nurl: https://example.com/a\npublished: 2026-01-29\n")
    sources, problems = load_sources([folder])
    assert not problems
    assert (sources[0].title, sources[0].outlet) == ("Putin and Zelensky meet in Istanbul", "Test Wire")
    (decision,) = parse_curation("- title: e-0123456789\n  text: |\n    Talks\n    in Istanbul\n"
                                 "  reason: r\n", "c.yaml")
    assert decision.text == "Talks in Istanbul"


def test_a_folder_named_like_an_article_and_a_subfolders_curation_are_named(tmp_path: Path) -> None:
    """hostile27: "sources/e.md/" (a folder) and "sources/sub/curation.yaml" (never read: the
    editors' file is the sources folder's own) were left out without a word."""
    folder = tmp_path / "sources"
    write_source(folder, "good.md", GOOD_FRONT)
    (folder / "e.md").mkdir()
    (folder / "sub").mkdir()
    (folder / "sub" / "curation.yaml").write_text("- hide: c-0000000000\n  reason: r\n", encoding="utf-8")
    (folder / "curation.yaml").write_text("", encoding="utf-8")
    sources, problems = load_sources([folder])
    f = folder.as_posix()
    assert [s.id for s in sources] == ["good"]
    assert [str(p) for p in problems] == [
        f"{f}/e.md: warning: not read: a folder named like an article; rename it, or move its "
        "articles out",
        f"{f}/sub/curation.yaml: warning: not read: editors' decisions are read from the sources "
        "folder's own curation.yaml only; move these into it"]


def test_an_unknown_key_shows_its_invisible_characters(tmp_path: Path) -> None:
    """hostile27: an unknown key "ti\\u200btle" was printed 'ti​tle', the same as "title"."""
    folder = tmp_path / "sources"
    write_source(folder, "a.md", GOOD_FRONT + "ti\u200btle: x\n")
    _, problems = load_sources([folder])
    assert "unknown key 'ti\\u200btle' is kept but not used" in str(problems[0])
    write_source(folder, "a.md", GOOD_FRONT + "2025: x\n")  # (a key that is no text: as written)
    _, problems = load_sources([folder])
    assert "unknown key '2025' is kept but not used" in str(problems[0])


def test_a_hidden_file_is_named_and_not_read(tmp_path: Path) -> None:
    """hostile29: ".hidden.md" was published without a word, and the "._good.md" macOS writes
    beside each article copied to a shared disk stopped the build as "a binary file"."""
    folder = tmp_path / "sources"
    write_source(folder, "good.md", GOOD_FRONT)
    write_source(folder, ".hidden.md", GOOD_FRONT.replace("/a", "/h"))
    (folder / "._good.md").write_bytes(b"\x00\x05\x16\x07\x00\x02\x00\x00Mac OS X        ")
    sources, problems = load_sources([folder])
    f = folder.as_posix()
    assert [s.id for s in sources] == ["good"]
    assert [str(p) for p in problems] == [
        f"{f}/._good.md: warning: not read: a hidden file (its name starts with a dot, as "
        "editors' and macOS' copies do); rename it to _good.md to publish it",
        f"{f}/.hidden.md: warning: not read: a hidden file (its name starts with a dot, as "
        "editors' and macOS' copies do); rename it to hidden.md to publish it"]
