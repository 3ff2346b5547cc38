"""The fourth hostile sweep (docs/benchmarks.md, "A fourth sweep"): front-matter texts and
curation reasons printed again for every event, a calendar date before the year 1000, a title
ending in '#'."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from pathlib import Path

import icalendar
import pytest
import yaml

from generator.cli import main
from generator.config import Config
from generator.curation import LONGEST_REASON, LONGEST_TITLE, parse_curation
from generator.entities import load_registry
from generator.export import to_json
from generator.feeds import to_ics
from generator.model import TimeValue
from generator.pipeline import extract
from generator.problems import InputError
from generator.project import read_templates
from generator.render import render
from generator.sources import LONGEST, MOST_TAGS, parse_source
from tests.conftest import ROOT, write_source

CHRONOLOGY = "".join(f"Talks were held on {1 + i % 28} May {1990 + i // 28 % 30}.\n\n"
                     for i in range(500))


def _front(title: str = "T", outlet: str = "O", url: str = "https://example.com/a",
           tags: list[str] | None = None) -> str:
    return (f'---\ntitle: "{title}"\nurl: {url}\npublished: 2025-09-03\noutlet: "{outlet}"\n'
            f"tags: [{', '.join(tags or [])}]\n---\n")


# ------------------------------------------------------------------ front matter
@pytest.mark.parametrize(("key", "front", "message"), [
    ("title", lambda n: _front(title="T" * n),
     "h.md:2:8: 'title' is {n:,} characters long; the limit is {limit:,} (it is printed again "
     "for each of the source's events)"),
    ("outlet", lambda n: _front(outlet="O" * n),
     "h.md:5:9: 'outlet' is {n:,} characters long; the limit is {limit:,} (it is printed again "
     "for each of the source's events)"),
    ("url", lambda n: _front(url="https://example.com/" + "a" * (n - 20)),
     "h.md:3:6: 'url' is {n:,} characters long; the limit is {limit:,} (it is printed again "
     "for each of the source's events)"),
    ("tags", lambda n: _front(tags=["t" * n]),
     "h.md:6:7: a tag is {n:,} characters long; the limit is {limit:,} (it is printed again "
     "for each of the source's events)"),
])
def test_a_front_matter_text_repeated_for_every_event_is_bounded(key, front, message) -> None:
    """A 400 KB title over a chronology of 500 dated lines made 579 MB of pages and feeds (each
    event's page, feed entries and the timeline's filters repeat the source's title or outlet,
    its address and its tags): such a text is refused at its line, and one at the limit kept."""
    limit = LONGEST[key]
    source, problems = parse_source(front(limit) + "Putin spoke on Monday.\n", "h.md", "h")
    assert source is not None and not problems, problems
    source, problems = parse_source(front(limit + 1) + "Putin spoke on Monday.\n", "h.md", "h")
    assert source is None
    assert [str(p) for p in problems] == [message.format(n=limit + 1, limit=limit)]


def test_more_tags_than_the_limit_are_refused() -> None:
    tags = [f"t{i}" for i in range(MOST_TAGS + 1)]
    source, problems = parse_source(_front(tags=tags[:-1]) + "Putin spoke.\n", "h.md", "h")
    assert source is not None and not problems
    source, problems = parse_source(_front(tags=tags) + "Putin spoke.\n", "h.md", "h")
    assert source is None and [str(p) for p in problems] == [
        f"h.md:6:7: 'tags' has {MOST_TAGS + 1} tags; the limit is {MOST_TAGS} (they are printed "
        "again for each of the source's events)"]


def test_what_a_build_writes_is_bounded_whatever_front_matter_check_accepts() -> None:
    """At every limit at once, over as many events as one article may give (500), the pages
    and the export stay a few megabytes: bounded by the limits, not by the file's size."""
    tags = [f"t{i:02d}" + "x" * (LONGEST["tags"] - 3) for i in range(MOST_TAGS)]
    raw = _front("T" * LONGEST["title"], "O" * LONGEST["outlet"],
                 "https://example.com/" + "a" * (LONGEST["url"] - 20), tags) + CHRONOLOGY
    source, problems = parse_source(raw, "h.md", "h")
    assert source is not None and not problems, problems
    timeline = extract((source,))
    assert len(timeline.events) == 500
    config = Config(root=ROOT)
    registry = load_registry()
    pages = render(timeline, config, registry, read_templates(config))
    written = len(to_json(timeline, registry)) + sum(len(p.text) for p in pages)
    assert written < 8_000_000, written  # 4.2 MB; a 400 KB title: 579 MB


def _front_matters() -> list[dict]:
    found = []
    for path in sorted([*ROOT.glob("sources/*.md"), *ROOT.glob("tests/**/*.md")]):
        text = path.read_text(encoding="utf-8", errors="replace")
        if (m := re.match(r"---\r?\n(.*?)\r?\n---", text, re.S)) is None:
            continue
        try:
            front = yaml.safe_load(m.group(1))
        except yaml.YAMLError:
            continue
        if isinstance(front, dict):
            found.append(front)
    return found


def test_the_front_matter_limits_leave_real_sources_a_wide_margin() -> None:
    fronts = _front_matters()
    assert len(fronts) > 50
    for key in ("title", "outlet", "url"):
        longest = max(len(f[key]) for f in fronts if isinstance(f.get(key), str))
        assert longest * 5 <= LONGEST[key], (key, longest)
    tags = [f["tags"] for f in fronts if isinstance(f.get("tags"), list)]
    assert all(len(t) * 4 <= MOST_TAGS and all(len(str(x)) * 2 <= LONGEST["tags"] for x in t)
               for t in tags)


# ------------------------------------------------------------------ curation
def test_a_reason_or_a_new_title_too_long_is_refused_at_its_line() -> None:
    """A hide decision shows its reason again with each claim it names: 500 claims and a
    reason of 1 MB made gigabytes of pages and export from a curation file of 1 MB."""
    ok = ("- hide: [c-0000000001, c-0000000002]\n  reason: " + "r" * LONGEST_REASON + "\n"
          "- title: e-0000000001\n  text: " + "t" * LONGEST_TITLE + "\n  reason: r\n")
    assert len(parse_curation(ok, "c.yaml")) == 2
    bad = ("- hide: [c-0000000001, c-0000000002]\n  reason: " + "r" * (LONGEST_REASON + 1)
           + "\n- title: e-0000000001\n  text: " + "t" * (LONGEST_TITLE + 1) + "\n  reason: r\n"
           "- split: [c-0000000001]\n  title: " + "t" * (LONGEST_TITLE + 1) + "\n  reason: r\n")
    with pytest.raises(InputError) as caught:
        parse_curation(bad, "c.yaml")
    assert [str(p) for p in caught.value.problems] == [
        "c.yaml:1: hide: 'reason' is 2,001 characters long; the limit is 2,000 (it is shown "
        "again with each claim it names)",
        "c.yaml:3: title: 'text' (the new title) is 1,001 characters long; the limit is 1,000",
        "c.yaml:6: split: 'title' (the new title) is 1,001 characters long; the limit is 1,000"]


# ------------------------------------------------------------------ calendar
@pytest.mark.parametrize("day", [dt.date(50, 5, 3), dt.date(1, 1, 1), dt.date(999, 12, 30)])
def test_calendar_dates_have_eight_digits_in_any_year(day: dt.date) -> None:
    """An editor's date in the year 50 (curation.yaml takes years from 1) was written
    'DTSTART;VALUE=DATE:500503' (strftime's year has no leading zeros on Linux): no calendar
    reads it."""
    source, _ = parse_source(_front() + "Putin met Zelensky on 3 May 2025.\n", "h.md", "h")
    timeline = extract((source,))
    event = replace(timeline.events[0], when=TimeValue(day, day, "day"))
    ics = to_ics(replace(timeline, events=(event,)), "T", "", lambda w: "a day")
    assert f"DTSTART;VALUE=DATE:{day.year:04d}{day.month:02d}{day.day:02d}\r\n" in ics
    entry = icalendar.Calendar.from_ical(ics).walk("VEVENT")[0]
    assert entry.decoded("DTSTART") == day
    assert entry.decoded("DTEND") == day + dt.timedelta(days=1)


# ------------------------------------------------------------------ headings
def test_a_title_ending_in_hash_signs_keeps_them_in_its_heading(
        project: Path, capsys: pytest.CaptureFixture) -> None:
    """'# Putin learns C# # { … }': Markdown's attribute lists and headings drop a closing run
    of '#', so the page's heading said 'Putin learns C#' (and 'Title ##' said 'Title')."""
    write_source(project / "sources", "2026-01-29-a.md",
                 'title: "Putin learns C# #"\nurl: https://example.com/a\npublished: 2026-01-29\n',
                 "Putin invited Zelensky to Moscow on Monday, the Kremlin said.\n")
    (project / "sources" / "curation.yaml").write_text("", encoding="utf-8")
    assert main(["build"]) == 0, capsys.readouterr().err
    page = (project / "site" / "sources" / "2026-01-29-a" / "index.html").read_text("utf-8")
    heading = re.search(r"<h1[^>]*>(.*?)<a class=\"headerlink\"", page).group(1)
    assert heading == "Putin learns C# #"


# ------------------------------------------------------------------ docs/ written by hand
@pytest.mark.parametrize(("rel", "page"), [
    ("timeline/index.md", "timeline.md"), ("visual/README.md", "visual.md"),
    ("index.html", "index.md"), ("people-and-places/index.html", "people-and-places.md")])
def test_a_hand_written_page_at_a_generated_pages_address_is_refused(
        built: Path, capsys: pytest.CaptureFixture, rel: str, page: str) -> None:
    """docs/timeline/index.md and the generated timeline.md are both timeline/index.html:
    MkDocs compares only the files of one folder, so the page of notes replaced the timeline
    without a word (and `--strict` passed)."""
    timeline = (built / "site" / "timeline" / "index.html").read_bytes()
    target = built / "docs" / rel
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text("# Notes\n", encoding="utf-8")
    capsys.readouterr()
    for command in ("check", "build"):
        assert main([command]) == 1
        assert capsys.readouterr().err.splitlines()[0] == (
            f"docs/{rel}: would be published at the address of the generated page {page} (one "
            "of the two would silently replace the other); rename or move it")
    assert (built / "site" / "timeline" / "index.html").read_bytes() == timeline
    target.unlink()
    assert main(["build"]) == 0, capsys.readouterr().err


@pytest.mark.parametrize("url", ["https://example.org/?q=1", "https://example.org/#f",
                                 "https://example.org/a?b#c/"])
def test_a_site_url_with_a_query_or_fragment_is_refused_at_its_line(tmp_path: Path,
                                                                      url: str) -> None:
    """The feeds and pages add paths to the address: 'https://example.org/?q=1#f' gave links
    'https://example.org/?q=1#f/events/e-…/', their path lost in the fragment."""
    from generator.project import load_project

    (tmp_path / "mkdocs.yml").write_text(f"site_name: T\nsite_url: {url}\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_project(tmp_path)
    (problem,) = caught.value.problems
    assert (problem.line, problem.message) == (2, (
        f"site_url {url.rstrip('/')!r} is no plain http(s) address (no spaces, quotes, angle "
        "brackets, '?' or '#')"))


# ------------------------------------------------------------------ the timeline's tag filter
def test_the_tag_filter_matches_tags_with_spaces_and_open_overrides_as_whole_tags() -> None:
    """The entries list their tags separated by spaces: 'peace talks' was two tags, so its
    option matched the entry tagged 'peace' and 'talks' (and so did 'talks'), and a tag
    leaving a direction override open was closed in its option but not in the entry's list."""
    import html

    tagged = {"a": ["peace talks"], "b": ["peace", "talks"], "c": ["x\u202e"]}
    sources = []
    for n, (sid, tags) in enumerate(tagged.items()):
        raw = (f'---\ntitle: "{sid}"\nurl: https://example.com/{sid}\npublished: 2025-09-0{n + 3}'
               f"\ntags: [{', '.join(repr(t) for t in tags)}]\n---\n"
               f"Putin met Zelensky in {['Minsk', 'Riga', 'Oslo'][n]} on "
               f"{['1 May', '10 June', '20 July'][n]} 2025.\n")
        source, problems = parse_source(raw.replace("'", '"'), f"{sid}.md", sid)
        assert source is not None, problems
        sources.append(source)
    timeline = extract(tuple(sources))
    config = Config(root=ROOT)
    pages = {p.path: p.text for p in render(timeline, config, load_registry(),
                                            read_templates(config))}
    page = pages["timeline.md"]
    select = re.search(r'<select name="tags">(.*?)</select>', page).group(1)
    options = [html.unescape(v) for v in re.findall(r'<option value="([^"]+)">', select)]
    entries = [(re.search(r'href="\.\./events/(e-[0-9a-f]+)/', li).group(1),
                html.unescape(re.search(r'data-tags="([^"]*)"', li).group(1)))
               for li in re.findall(r'<li class="tl-entry".*?</li>', page)]
    source_of = {e.id: e.sources[0] for e in timeline.events}

    def matched(value: str) -> set[str]:  # as filters.js matches
        return {source_of[e] for e, tags in entries if f" {value} " in f" {tags} "}

    assert len(options) == 4
    for value in options:
        tag = value.replace("\u00a0", " ").replace("\u202c", "")
        assert matched(value) == {sid for sid, tags in tagged.items() if tag in tags}, value


# ------------------------------------------------------------------ phases
def test_phases_of_one_title_or_of_other_scripts_get_distinct_headings_the_home_page_links(
        ) -> None:
    """Two phases titled alike gave two headings one id (and the home page's link to the second
    led to the first); so did any two titles without a Latin letter (each 'phase-untitled')."""
    from generator.model import Phase

    source, _ = parse_source(_front() + "Putin met Zelensky on 3 May 2025.\n", "h.md", "h")
    timeline = extract((source,))
    day = dt.date
    phases = (Phase("Talks", day(2024, 1, 1), day(2024, 3, 31)),
              Phase("Talks", day(2024, 4, 1), day(2024, 6, 30)),
              Phase("Переговоры", day(2024, 7, 1), day(2024, 9, 30)),
              Phase("東京", day(2024, 10, 1), day(2024, 12, 31)))
    config = Config(root=ROOT)
    pages = {p.path: p.text for p in render(replace(timeline, phases=phases), config,
                                            load_registry(), read_templates(config))}
    ids = re.findall(r"\{ #(phase-[^ ]+) ", pages["timeline.md"])
    assert ids == ["phase-talks", "phase-talks-2", "phase-переговоры", "phase-東京"]
    assert re.findall(r"timeline\.md#(phase-[^)]+)\)", pages["index.md"]) == ids


# ------------------------------------------------------------------ entities.yaml
@pytest.mark.parametrize(("eid", "message"), [
    ("index", "entities.yaml:2: id is 'index', which is the page of the folder entities/ itself "
              "(it would be published at entities/, its links to entities/index/ broken); "
              "choose another"),
    ("q" * 253, "entities.yaml:2: id is '" + "q" * 60 + "…', which is 253 characters long; its "
                "page's file name may have at most 252; choose another"),
])
def test_an_entity_id_its_page_cannot_have_is_refused_at_its_line(eid: str, message: str) -> None:
    """'index' was published as the page of entities/ itself, every link to it broken; an id of
    300 letters passed `check`, then the build could not write its page (file name too long)."""
    from generator.entities import parse_registry

    with pytest.raises(InputError) as caught:
        parse_registry(f"entities:\n  - {{id: {eid}, name: Qarth, kind: place}}\n", "entities.yaml")
    assert [str(p) for p in caught.value.problems] == [message]
    assert parse_registry(f"entities:\n  - {{id: {'q' * 252}, name: Qarth, kind: place}}\n",
                          "entities.yaml").entities


# ------------------------------------------------------------------ timeline add
@pytest.mark.parametrize(("title", "text", "message"), [
    ("bad \udcff title", "Putin met Zelensky on 3 May 2025.\n",
     "sources/2025-09-03-bad-title.md: the title holds the byte 0xff, which is not UTF-8; "
     "remove it"),
    ("T", "Putin met \udcff on 3 May 2025.\n",
     "sources/2025-09-03-t.md: the text holds the byte 0xff, which is not UTF-8; remove it"),
])
def test_add_given_bytes_that_are_not_utf_8_writes_nothing_and_says_so(
        project: Path, capsys: pytest.CaptureFixture, monkeypatch: pytest.MonkeyPatch,
        title: str, text: str, message: str) -> None:
    """A byte of the command line or of standard input that is not UTF-8 (Python keeps it as a
    lone surrogate): the title was a UnicodeEncodeError traceback from the YAML writer; the
    text was one from writing the file, which was left empty, and every later add and build
    then stopped at it ('the file is empty')."""
    import io

    monkeypatch.setattr("sys.stdin", io.StringIO(text))
    assert main(["add", "--url", "https://example.com/n", "--published", "2025-09-03",
                 "--title", title]) == 1
    assert capsys.readouterr().err.splitlines() == [message, "nothing was written"]
    assert not list((project / "sources").glob("*.md"))
    monkeypatch.setattr("sys.stdin", io.StringIO("Putin met Zelensky on 3 May 2025.\n"))
    assert main(["add", "--url", "https://example.com/n", "--published", "2025-09-03",
                 "--title", "T"]) == 0, capsys.readouterr().err


def test_a_site_name_that_no_page_can_hold_is_refused_by_init_and_at_its_line(
        tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    """`timeline init --name` with a byte that is not UTF-8 wrote mkdocs.yml's site_name as the
    escape "\\udcff", and every build of the project then ended in a UnicodeEncodeError
    traceback while writing the pages."""
    from generator.project import load_project

    assert main(["init", "--name", "bad \udcff name", str(tmp_path / "new")]) == 1
    assert capsys.readouterr().err.splitlines()[0] == (
        "--name: holds the byte 0xff, which is not UTF-8; remove it; nothing was written")
    assert not (tmp_path / "new").exists()
    yml = tmp_path / "mkdocs.yml"
    for text, message in (
            ('site_name: "bad \\e name"\n',
             "1: site_name holds the control character U+001B (ESC); remove it"),
            ('site_name: "bad \\udcff name"\n',
             "1: holds the escape of a lone surrogate (\\udcff), which no page can hold; remove it"),
            # any setting: MkDocs' own pages could not be written (a traceback at the end)
            ('site_name: T\nsite_description: "x \\udcff"\n',
             "2: holds the escape of a lone surrogate (\\udcff), which no page can hold; remove it")):
        yml.write_text(text, encoding="utf-8")
        with pytest.raises(InputError) as caught:
            load_project(tmp_path)
        assert [str(p) for p in caught.value.problems] == [f"{yml.as_posix()}:{message}"]


@pytest.mark.parametrize(("entity", "message"), [
    ('{id: q, name: Qarth, kind: place, role: "bad \\e role"}',
     "entities.yaml:2: entity q: 'role' holds the control character U+001B (ESC); remove it"),
    ('{id: q, name: Qarth, kind: place, aliases: [Qa, "Q\\x07"]}',
     "entities.yaml:2: entity q: 'aliases' holds the control character U+0007 (BEL); remove it"),
])
def test_a_control_character_in_the_registry_is_refused_at_its_line(entity: str,
                                                                    message: str) -> None:
    """A YAML escape in a role was printed as it is in the people-and-places page (an ESC in
    the HTML), as the sources' and curation's texts are not."""
    from generator.entities import parse_registry

    with pytest.raises(InputError) as caught:
        parse_registry(f"entities:\n  - {entity}\n", "entities.yaml")
    assert [str(p) for p in caught.value.problems] == [message]
