"""The seventh hostile sweep (docs/benchmarks.md, "A seventh sweep"): what the sixth reported
and left, then new attacks (odd front-matter types, calendar edges, the command misused)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from generator.problems import InputError
from generator.project import add_source
from generator.sources import parse_source
from generator.timex import tag
from tests.conftest import ROOT, write_source

DCT = dt.date(2025, 9, 3)


# ------------------------------------------------------------------ counts with thousands
@pytest.mark.parametrize("text, extent, value", [
    ("It happened 2,000 days ago.", "2,000 days ago", "2020-03-13"),
    ("It happened 10,000 days ago.", "10,000 days ago", "1998-04-18"),
    ("It happened 1,000 weeks ago.", "1,000 weeks ago", "2006-W27"),
    ("It ended 1,001 years earlier.", "1,001 years earlier", "1024"),
    ("It will end 2,500 days later.", "2,500 days later", "2032-07-08"),
    # past the calendar: no date, and no traceback
    ("It happened 999,999 days ago.", "999,999 days ago", "XXXX"),
    ("It happened 1,000,000 days ago.", "1,000,000 days ago", "XXXX"),
    ("It happened 3,000 years ago.", "3,000 years ago", "XXXX"),
])
def test_a_count_with_thousands_separators_is_read_whole(text: str, extent: str,
                                                         value: str) -> None:
    """"999,999 days ago" was read as "999 days ago" (2022-12-09), "2,000 days ago" as
    "000 days ago" (the day before the article): the count stopped at the separator."""
    found = [(t.text, t.value) for t in tag(text, DCT)]
    assert found == [(extent, value)]


def test_a_comma_between_numbers_is_still_no_separator() -> None:
    assert [(t.text, t.value) for t in tag("It happened 1,5 days ago.", DCT)] == \
        [("5 days ago", "2025-08-29")]


# ------------------------------------------------------------------ follows
FOLLOWS = ("---\ntitle: T\nurl: https://example.com/self\npublished: 2025-09-03\nfollows:\n"
           "  outlet: X\n  url: {url}\n  published: {published}\n---\nPutin spoke on Monday.\n")


@pytest.mark.parametrize("url", ["https://example.com/self", "https://EXAMPLE.com/self/#top"])
def test_follows_naming_the_articles_own_url_is_refused(url: str) -> None:
    """A source whose `follows.url` was its own url passed `check`."""
    source, problems = parse_source(FOLLOWS.format(url=url, published="2025-09-01"), "s.md", "s")
    assert source is None
    assert [str(p) for p in problems] == [
        f"s.md:5:3: 'follows.url' is {url}, the article's own url; expected the url of the "
        "earlier report it rewrites"]


def test_follows_published_after_the_article_is_refused() -> None:
    source, problems = parse_source(FOLLOWS.format(url="https://example.com/first",
                                                   published="2025-09-04"), "s.md", "s")
    assert source is None
    assert [str(p) for p in problems] == [
        "s.md:5:3: 'follows.published' is 2025-09-04, later than the article's (2025-09-03); "
        "expected the date of the earlier report it rewrites"]


def test_follows_of_an_earlier_report_still_passes() -> None:
    for published in ("2025-09-01", "2025-09-03"):
        source, problems = parse_source(FOLLOWS.format(url="https://example.com/first",
                                                       published=published), "s.md", "s")
        assert source is not None and not problems


# ------------------------------------------------------------------ add: who holds the url
def test_add_of_a_url_already_used_names_the_new_file_not_the_old(tmp_path: Path) -> None:
    """The check after writing named the old file as the one whose url was taken when the new
    file's name sorted before it ('aaa' before 'reuters')."""
    folder = tmp_path / "sources"
    write_source(folder, "2025-09-03-reuters.md",
                 "title: A\nurl: https://example.com/a\npublished: 2025-09-03\n")
    with pytest.raises(InputError) as err:
        add_source(folder, "Putin spoke on Monday.\n", "B", "https://example.com/a/",
                   "2025-09-03", "AAA", DCT)
    new = (folder / "2025-09-03-aaa.md").as_posix()
    assert [str(p) for p in err.value.problems] == [
        f"{new}:3: url https://example.com/a/ is already the url of "
        f"{(folder / '2025-09-03-reuters.md').as_posix()} (https://example.com/a: the same "
        "address written another way)"]
    assert sorted(p.name for p in folder.iterdir()) == ["2025-09-03-reuters.md"]


def test_add_is_not_refused_for_another_files_problem(tmp_path: Path) -> None:
    """A broken file elsewhere in sources/ made every `add` fail ("nothing was written"),
    listing that file's problems."""
    folder = tmp_path / "sources"
    write_source(folder, "zz-broken.md", "title: x\n")
    path = add_source(folder, "Putin spoke on Monday.\n", "B", "https://example.com/b",
                      "2025-09-03", "BBB", DCT)
    assert path.name == "2025-09-03-bbb.md" and path.is_file()


def test_add_never_gives_the_id_of_a_file_there(tmp_path: Path) -> None:
    """'2025-09-03-CCC.md' there has the id of a new '2025-09-03-ccc.md'."""
    folder = tmp_path / "sources"
    write_source(folder, "2025-09-03-CCC.md",
                 "title: C\nurl: https://example.com/c\npublished: 2025-09-03\n")
    path = add_source(folder, "Putin spoke on Monday.\n", "D", "https://example.com/d",
                      "2025-09-03", "ccc", DCT)
    assert path.name == "2025-09-03-ccc-2.md"


# ------------------------------------------------------------------ serve: the address first
def test_serve_on_a_host_that_does_not_resolve_fails_before_building(project: Path,
                                                                     capsys) -> None:
    """`timeline serve --host NAME` built the whole site, then said the name did not
    resolve (.invalid never resolves: RFC 2606)."""
    from generator.cli import main

    write_source(project / "sources", "2025-09-03-a.md",
                 "title: A\nurl: https://example.com/a\npublished: 2025-09-03\n")
    assert main(["serve", "--host", "no-such-host.invalid", "--port", "0"]) == 1
    assert capsys.readouterr().err == ("timeline serve: cannot listen on no-such-host.invalid:0: "
                                       "Name or service not known\n")
    assert not (project / "site").exists()  # nothing was built


# ------------------------------------------------------------------ one Unicode form
def test_front_matter_texts_are_read_in_one_unicode_form() -> None:
    """An outlet or tag typed in NFD (macOS) and the same typed in NFC were two filter options
    that look alike ('café' twice on the timeline) and two origins of a 'follows.outlet'."""
    nfd = ("---\ntitle: Cafe\u0301\nurl: https://example.com/a\npublished: 2025-09-03\n"
           "outlet: Hu\u0308rriyet\ntags: [cafe\u0301, caf\u00e9]\nfollows:\n  outlet: Hu\u0308rriyet\n"
           "---\nPutin spoke on Monday.\n")
    source, problems = parse_source(nfd, "s.md", "s")
    assert source is not None and not problems
    assert (source.title, source.outlet, source.tags, source.follows.outlet) == (
        "Caf\u00e9", "H\u00fcrriyet", ("caf\u00e9",), "H\u00fcrriyet")


# ------------------------------------------------------------------ a title given empty
@pytest.mark.parametrize("title", ["", " ~", " !!null ''", " null"])
def test_a_title_given_empty_is_named_at_its_line(title: str) -> None:
    """`title:` with no value (or ~, null, !!null) was "'title' is missing" at line 1."""
    text = f"---\ntitle:{title}\nurl: https://example.com/a\npublished: 2025-09-03\n---\nText.\n"
    source, problems = parse_source(text, "s.md", "s")
    assert source is None
    assert [str(p).split(":", 3)[:2] + [str(p).split(": ", 1)[1]] for p in problems] == [
        ["s.md", "2", "'title' is empty; expected title: text"]]


# ------------------------------------------------------------------ aliases across keys
def test_an_alias_of_another_keys_value_is_refused() -> None:
    """Aliases are refused in front matter, but one naming another key's value ('outlet: *t'
    after 'title: &t Title') passed: each key's value was walked with a fresh memory."""
    text = ("---\ntitle: &t Title\nurl: https://example.com/a\npublished: 2025-09-03\n"
            "outlet: *t\n---\nPutin spoke on Monday.\n")
    source, problems = parse_source(text, "s.md", "s")
    assert source is None
    assert [str(p) for p in problems] == [
        "s.md:5: YAML aliases (*name) are not allowed in front matter; write the value out"]


# ------------------------------------------------------------------ docs/ edited by hand
def test_a_generated_page_edited_by_hand_between_builds_is_named(tmp_path: Path) -> None:
    """docs/index.md (the natural page to edit for a home page) edited through its link, or
    replaced by a file of the editor's, was written again by the next build without a word."""
    from generator.model import Page
    from generator.write import edited_by_hand, write_pages

    docs, known = tmp_path / "docs", tmp_path / "known.json"
    pages = (Page("index.md", "home\n"), Page("events/a.md", "a\n"), Page("timeline.md", "t\n"))
    write_pages(pages, docs, known=known)
    assert edited_by_hand(pages, docs, known) == ()
    (docs / "events" / "a.md").write_text("edited through the link\n")
    (docs / "index.md").unlink()
    (docs / "index.md").write_text("# My home\n")  # an editor's save replacing the link
    (docs / "timeline.md").touch()  # a new time, the same bytes: no edit
    assert edited_by_hand(pages, docs, known) == (
        (docs / "events" / "a.md").as_posix(), (docs / "index.md").as_posix())
    write_pages(pages, docs, known=known)
    assert edited_by_hand(pages, docs, known) == ()
    assert edited_by_hand(pages, docs, tmp_path / "none.json") == ()  # nothing known: no word


def test_the_build_warns_of_a_generated_page_edited_by_hand(built: Path, capsys) -> None:
    from generator.cli import main

    (built / "docs" / "index.md").write_text("# My home\n")
    assert main(["build"]) == 0
    assert ("docs/index.md: warning: edited by hand since the last build: every build writes "
            "this page again and the edit is not kept") in capsys.readouterr().err


# ------------------------------------------------------------------ one line per message
@pytest.mark.parametrize("line, message", [
    ('published: "2025-09-03\\nx"', "'published' is \"2025-09-03\\nx\"; expected a date YYYY-MM-DD"),
    ('url: "https://example.com/a\\r\\nb"',
     "'url' is \"https://example.com/a\\r\\nb\"; expected an http:// or https:// address"),
    ('url: "javascript:\\u202ealert(1)"',
     "'url' is \"javascript:\\u202ealert(1)\"; expected an http:// or https:// address"),
    ('published: "2025\\u20282"', "'published' is \"2025\\u20282\"; expected a date YYYY-MM-DD"),
])
def test_a_value_in_a_message_never_breaks_its_line(line: str, message: str) -> None:
    """A front-matter value holding a line end (a YAML escape) made its message two lines (the
    second read as a message of its own), and a direction override reversed the rest."""
    key = line.split(":")[0]
    front = "".join(f"{k}: {v}\n" for k, v in (("title", "T"), ("url", "https://example.com/a"),
                                               ("published", "2025-09-03")) if k != key)
    source, problems = parse_source(f"---\n{front}{line}\n---\nText.\n", "s.md", "s")
    assert source is None and [p.message for p in problems] == [message]
    assert "\n" not in str(problems[0]) and "\u202e" not in str(problems[0])


def test_add_with_a_published_date_between_spaces_names_the_file_by_the_date(tmp_path: Path
                                                                             ) -> None:
    """`--published " 2025-09-03"` was read (the date is stripped) but named the file
    'sources/ 2025-09-03-t.md', beginning with a space."""
    path = add_source(tmp_path / "sources", "Putin spoke on Monday.\n", "T",
                      "https://example.com/t", " 2025-09-03 ", None, DCT)
    assert path.name == "2025-09-03-t.md"
    assert "published: '2025-09-03'\n" in path.read_text(encoding="utf-8")


# ------------------------------------------------------------------ curation: nothing lost
@pytest.fixture(scope="module")
def saga():
    from generator.pipeline import check, extract
    from tests.conftest import ROOT

    sources, _ = check([ROOT / "sources"])
    timeline = extract(sources)

    def event_with(text: str):
        claim = next(c for c in timeline.claims if text in c.text)
        return next(e for e in timeline.events if claim.id in e.claims), claim
    return sources, event_with


DATE = ("- date: {e}\n  start: 2020-01-01\n  end: 2020-01-31\n  granularity: month\n"
        "  reason: Editor date\n")


@pytest.mark.parametrize("then", ["- error: {c}\n  reason: r\n", "- hide: {c}\n  reason: r\n",
                                  "- merge: [{e}, {other}]\n  reason: r\n"])
def test_an_editors_date_survives_the_decisions_after_it(saga, then: str) -> None:
    """A `date` followed by an `error`, `hide` or `merge` of the event: the event was dated
    again from its claims, the editor's date lost without a word (its reason still shown)."""
    from generator.curation import parse_curation
    from generator.pipeline import extract

    sources, event_with = saga
    event, claim = event_with("has extended an invitation to Ukrainian President")
    other, _ = event_with("has extended a rare invitation to Ukraine")
    text = DATE.format(e=event.id) + then.format(e=event.id, c=claim.id, other=other.id)
    curated = extract(sources, parse_curation(text, "sources/curation.yaml"))
    dated = next(e for e in curated.events if e.id == event.id)
    assert (dated.when.start, dated.when.end, dated.when.granularity) == (
        dt.date(2020, 1, 1), dt.date(2020, 1, 31), "month")


def test_a_merge_keeps_the_title_date_and_reasons_of_the_events_merged_in(saga) -> None:
    """`merge: [other, dated]`: the title and date editors gave the second event, and their
    reasons, were dropped."""
    from generator.curation import parse_curation
    from generator.pipeline import extract

    sources, event_with = saga
    event, _ = event_with("has extended an invitation to Ukrainian President")
    other, _ = event_with("has extended a rare invitation to Ukraine")
    text = (DATE.format(e=event.id) + f"- title: {event.id}\n  text: Editor title\n  reason: "
            f"Editor title\n- merge: [{other.id}, {event.id}]\n  reason: One\n")
    curated = extract(sources, parse_curation(text, "sources/curation.yaml"))
    merged = next(e for e in curated.events if e.id == other.id)
    assert event.id not in {e.id for e in curated.events}
    assert merged.title == "Editor title" and merged.when.granularity == "month"
    assert merged.notes[-3:] == ("Editor date", "Editor title", "One")


@pytest.mark.parametrize("decision", [
    "- title: {e}\n  text: A\n  reason: r\n- title: {e}\n  text: B\n  reason: r\n",
    "- date: {e}\n  start: 2025-01-01\n  reason: r\n- date: {e}\n  start: 2025-02-01\n  reason: r\n",
])
def test_one_event_titled_or_dated_twice_is_refused(saga, decision: str) -> None:
    """The second decision replaced the first without a word."""
    from generator.curation import parse_curation
    from generator.pipeline import extract

    sources, event_with = saga
    event, _ = event_with("has extended an invitation to Ukrainian President")
    action = decision[2:decision.index(":")]
    with pytest.raises(InputError) as err:
        extract(sources, parse_curation(decision.format(e=event.id), "sources/curation.yaml"))
    assert [str(p) for p in err.value.problems] == [
        f"sources/curation.yaml:4: {action}: the event {event.id} is given a {action} at line 1 "
        "already; keep one of the two decisions"]


# ------------------------------------------------------------------ the command misused
@pytest.mark.parametrize("argv", [["check", ""], ["extract", " "], ["names", ""],
                                  ["timex", "--dct", "2025-09-03", ""],
                                  ["add", "--title", "T", "--url", "https://example.com/t",
                                   "--published", "2025-09-03", ""]])
def test_an_empty_path_is_a_usage_error(project: Path, capsys, argv: list[str]) -> None:
    """`timeline check ""` (a script's unset variable) checked the working folder: every
    Markdown file of the project read as a source, docs/ included (63 problems)."""
    from generator.cli import main

    with pytest.raises(SystemExit) as stop:
        main(argv)
    assert stop.value.code == 2
    assert "an empty path; name a file or folder" in capsys.readouterr().err


# ------------------------------------------------------------------ years the tagger skipped
@pytest.mark.parametrize("text, found", [
    ("They will meet on 31 December 9998.", [("31 December 9998", "9998-12-31")]),
    ("A probe lands on May 3, 2450.", [("May 3, 2450", "2450-05-03")]),
    ("The battle of 14 October 1066 was lost.", [("14 October 1066", "1066-10-14")]),
    ("They will meet on 31 December 9999.", []),
    # four digits that may be a clock time stay one, as before
    ("The convoy left on 3 May 1400 GMT.", [("3 May", "2025-05-03")]),
])
def test_a_day_and_month_before_a_year_past_2099_is_not_the_articles_year(text: str,
                                                                         found: list) -> None:
    """'31 December 9998' was read as 31 December 2025 (the article's year) and titled
    'Putin to meet Zelensky 9998' (the fourth sweep's report): a year the tagger does not take
    (year4 is 1500-2099) left the day and month to be read alone."""
    assert [(t.text, t.value) for t in tag(text, DCT) if t.type == "DATE"] == found


# ------------------------------------------------------------------ mixed line ends
def test_a_carriage_return_alone_among_line_feeds_is_refused_at_its_place(tmp_path: Path
                                                                         ) -> None:
    """A lone CR among LF or CRLF line ends (files pasted together) was read: an editor shows
    a new line there, lines were counted by LF only, and every claim and warning after it named
    the wrong line ('Zelensky spoke …' on line 7 was said to be on line 6)."""
    from generator.sources import load_sources

    folder = tmp_path / "sources"
    folder.mkdir()
    (folder / "m.md").write_bytes(
        b"\xef\xbb\xbf---\r\ntitle: T\r\nurl: https://example.com/m\r\npublished: 2025-09-03\r\n"
        b"---\r\nPutin met Zelensky on 3 September 2025.\r\rZelensky spoke on 4 September.\n")
    sources, problems = load_sources([folder])
    assert sources == ()
    assert [(p.line, p.col, p.message.split(":")[0]) for p in problems] == [
        (6, 40, "holds a carriage return alone (U+000D, an old Mac line end) among LF or CRLF "
                "line ends")]


def test_crlf_and_lf_mixed_still_read(tmp_path: Path) -> None:
    from generator.sources import load_sources

    folder = tmp_path / "sources"
    folder.mkdir()
    (folder / "m.md").write_bytes(b"---\r\ntitle: T\nurl: https://example.com/m\r\npublished: "
                                  b"2025-09-03\n---\r\nPutin spoke on Monday.\r\nAnd left.\n")
    sources, problems = load_sources([folder])
    assert len(sources) == 1 and problems == ()


# ------------------------------------------------------------------ curation: odd values
@pytest.mark.parametrize("decision, message", [
    ("- split: [c-0123456789]\n  title: [a, b]\n  reason: r\n",
     "split: 'title' (the new title) is a list; expected text"),
    ("- title: e-0123456789\n  text: [a, b]\n  reason: r\n",
     "title: 'text' (the new title) is a list; expected text"),
])
def test_a_new_title_that_is_no_text_is_named_so(decision: str, message: str) -> None:
    """A split's `title: [a, b]` was dropped without a word (the new event untitled); a
    title's `text: [a, b]` was said to be missing."""
    from generator.curation import parse_curation

    with pytest.raises(InputError) as err:
        parse_curation(decision, "c.yaml")
    assert [str(p) for p in err.value.problems] == [f"c.yaml:1: {message}"]


@pytest.mark.parametrize("decision", ["- hide: c-0123456789\n  reason: ~\n",
                                      "- hide: c-0123456789\n  reason: null\n"])
def test_a_null_reason_is_no_reason(decision: str) -> None:
    """`reason: ~` passed as the reason "~" (shown on the site), `reason: null` as "null"."""
    from generator.curation import parse_curation

    with pytest.raises(InputError) as err:
        parse_curation(decision, "c.yaml")
    assert [str(p) for p in err.value.problems] == [
        "c.yaml:1: hide: 'reason' is missing; every decision says why (the site shows it)"]


def test_a_null_split_title_is_no_title_and_a_quoted_tilde_is_text() -> None:
    from generator.curation import parse_curation

    split, hide = parse_curation("- split: [c-0123456789]\n  title: ~\n  reason: r\n"
                                 "- hide: c-0123456789\n  reason: '~'\n", "c.yaml")
    assert (split.text, hide.reason) == (None, "~")


# ------------------------------------------------------------------ a list nested deep
def test_a_deeply_nested_list_is_read_in_linear_time() -> None:
    """The chronology entries' pattern (claims.ENTRY, new on main on 2026-12-02) tried every
    part of a line's indentation as the start of a stamp: a list nested 200 deep (45 KB) took
    3.2 s, 400 deep 25 s, 1,000 deep (1 MB, the third sweep's `md-1000-list`) 446 s."""
    import time

    from generator.claims import ENTRY

    body = "".join("  " * i + f"- Putin met on {1 + i % 28} May 2025\n" for i in range(300))
    started = time.process_time()
    assert list(ENTRY.finditer(body)) == []
    assert time.process_time() - started < 1.0  # 10 s before, 0.01 s after
    chronology = "- **May 16, 2025** – Talks open.\n  - 2 June 2025: More talks.\n   x: y\n"
    assert [(m["bold"], m["plain"]) for m in ENTRY.finditer(chronology)] == [
        ("May 16, 2025", None), (None, "2 June 2025")]


# ------------------------------------------------------------------ an event titled nothing
def test_an_event_of_a_sentence_of_markers_is_titled_by_its_date() -> None:
    """The third sweep's `md-list-one-line` ('- ' x 5,000, then a dated sentence) made an
    event titled '' (its claim's clause is list markers only): a page whose heading showed
    nothing, its window title only the site's name."""
    from generator.pipeline import extract

    text = ("---\ntitle: T\nurl: https://example.com/a\npublished: 2025-09-03\n---\n"
            + "- " * 5000 + "Putin met on 3 May 2025.\n")
    source, problems = parse_source(text, "sources/a.md", "a")
    assert source is not None
    assert [e.title for e in extract((source,)).events] == ["3 May 2025"]


@pytest.mark.parametrize("decision", [
    "- date: e-0123456789\n  start: 20250101\n  reason: r\n",
    "- date: e-0123456789\n  start: 2025-W01-3\n  reason: r\n",
    "- phase: P\n  start: 20250101\n  end: 2025-02-01\n",
])
def test_a_curation_date_is_written_yyyy_mm_dd(decision: str) -> None:
    """`start: 20250101` (a typo) was read as 2025-01-01 and `2025-W01-3` as a day: Python's
    `fromisoformat` takes more forms than the YYYY-MM-DD the messages ask for."""
    from generator.curation import parse_curation

    with pytest.raises(InputError) as err:
        parse_curation(decision, "c.yaml")
    assert "expected start and end as YYYY-MM-DD" in str(err.value.problems[0])


def test_add_still_refuses_a_url_taken_by_a_file_written_meanwhile(tmp_path: Path,
                                                                  monkeypatch) -> None:
    """The sources there are read once before writing; a file written after that (another
    `add` at the same time) is read after, with the new file, and a clash removes the new
    file."""
    import generator.project as project

    folder = tmp_path / "sources"
    folder.mkdir()
    parse = project.parse_source

    def meanwhile(text: str, where: str, source_id: str):
        write_source(folder, "2025-09-03-zz.md",
                     "title: Z\nurl: https://example.com/b\npublished: 2025-09-03\n")
        return parse(text, where, source_id)

    monkeypatch.setattr(project, "parse_source", meanwhile)
    with pytest.raises(InputError):
        add_source(folder, "Putin spoke on Monday.\n", "B", "https://example.com/b",
                   "2025-09-03", "BBB", DCT)
    assert sorted(p.name for p in folder.iterdir()) == ["2025-09-03-zz.md"]


def test_a_tag_written_in_two_cases_is_one_filter_option_matching_both() -> None:
    """'Peace' and 'peace' were two options of the timeline's tag filter, each matching one
    entry; now one, spelled as the first source writes it, matching both."""
    import html

    from generator.config import Config
    from generator.entities import load_registry
    from generator.pipeline import extract
    from generator.project import read_templates
    from generator.render import render

    sources = []
    for n, (sid, written) in enumerate((("a", "Peace"), ("b", "peace"))):
        raw = (f'---\ntitle: "{sid}"\nurl: https://example.com/{sid}\npublished: 2025-09-0{n + 3}'
               f'\ntags: ["{written}"]\n---\nPutin met Zelensky in {["Minsk", "Oslo"][n]} on '
               f'{["1 May", "20 July"][n]} 2025.\n')
        source, problems = parse_source(raw, f"{sid}.md", sid)
        assert source is not None, problems
        sources.append(source)
    config = Config(root=ROOT)
    pages = {p.path: p.text for p in render(extract(tuple(sources)), config, load_registry(),
                                            read_templates(config))}
    page = pages["timeline.md"]
    select = re.search(r'<select name="tags">(.*?)</select>', page, re.S).group(1)
    assert [html.unescape(v) for v in re.findall(r'<option value="([^"]+)">', select)] == ["Peace"]
    assert sorted(html.unescape(t) for t in re.findall(r'data-tags="([^"]*)"', page)) == ["Peace", "Peace"]
