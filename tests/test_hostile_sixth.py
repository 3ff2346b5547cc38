"""The sixth hostile sweep (docs/benchmarks.md, "A sixth sweep"): keys misspelt in the
editors' files, texts made only of invisible characters, addresses that hide what they are,
and what the sweep found besides."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from generator.curation import parse_curation
from generator.entities import parse_registry
from generator.pipeline import capped_sources, extract
from generator.problems import InputError, Problem
from generator.sources import load_sources, parse_source
from generator.timex import tag
from generator.timex.resolve import value_at
from generator.timex.values import interval
from tests.conftest import ROOT, write_source


# ------------------------------------------------------------------ keys misspelt
@pytest.mark.parametrize("decision, message", [
    ("- date: e-1\n  start: 2025-01-01\n  end: 2025-03-31\n  granularty: month\n  reason: r\n",
     "date: unknown key 'granularty'; a date takes start, end, granularity, reason"),
    ("- split: [c-1]\n  titel: New\n  reason: r\n",
     "split: unknown key 'titel'; a split takes title, reason"),
    ("- phase: P\n  start: 2025-01-01\n  end: 2025-12-31\n  txt: context\n",
     "phase: unknown key 'txt'; a phase takes start, end, text, reason"),
    ("- reply: e-1\n  response_to: e-2\n  response-to: e-3\n  reason: r\n",
     "reply: unknown key 'response-to'; a reply takes response_to, reason"),
    ("- hide: c-1\n  reason: r\n  note: x\n",
     "hide: unknown key 'note'; a hide takes reason"),
])
def test_a_curation_key_misspelt_is_refused_at_its_line(decision: str, message: str) -> None:
    """A key a decision does not take was ignored without a word: `granularty: month` left
    the event dated to a run of days, `titel:` left a split untitled."""
    with pytest.raises(InputError) as err:
        parse_curation("# notes\n" + decision, "sources/curation.yaml")
    assert [str(p) for p in err.value.problems] == [f"sources/curation.yaml:2: {message}"]


def test_every_key_a_decision_takes_is_still_taken() -> None:
    text = ("- merge: [e-1, e-2]\n  reason: r\n- split: [c-1]\n  title: T\n  reason: r\n"
            "- title: e-1\n  text: T\n  reason: r\n"
            "- date: e-1\n  start: 2025-01-01\n  end: 2025-01-31\n  granularity: month\n  reason: r\n"
            "- hide: c-2\n  reason: r\n- error: c-3\n  reason: r\n"
            "- phase: P\n  start: 2025-01-01\n  end: 2025-12-31\n  text: t\n  reason: r\n"
            "- reply: e-1\n  response_to: e-2\n  reason: r\n")
    assert [d.action for d in parse_curation(text, "c.yaml")] == [
        "merge", "split", "title", "date", "hide", "error", "phase", "reply"]


@pytest.mark.parametrize("entry, message", [
    ("{id: x, name: Xavier Q, kind: person, alias: [Zelensky]}",
     "entity x: unknown key 'alias'; an entity takes id, name, kind, aliases, role, side, titles"),
    ("{id: x, name: Xavier Q, kind: person, role: [envoy]}", "entity x: 'role' must be text"),
])
def test_an_entity_key_misspelt_or_a_role_not_text_is_refused_at_its_line(entry: str,
                                                                          message: str) -> None:
    """`alias:` for `aliases:` was ignored (the entity was found by its name only), and a
    role that was a list was dropped, both without a word."""
    with pytest.raises(InputError) as err:
        parse_registry("entities:\n- {id: y, name: Yan, kind: person}\n- " + entry + "\n",
                       "entities.yaml")
    assert [str(p) for p in err.value.problems] == [f"entities.yaml:3: {message}"]


def test_the_registries_shipped_still_read() -> None:
    assert parse_registry((ROOT / "entities.yaml").read_text(encoding="utf-8"), "e.yaml").entities
    skeleton = ROOT / "generator" / "skeleton" / "entities.yaml"
    assert parse_registry(skeleton.read_text(encoding="utf-8"), "e.yaml").entities == ()


# ------------------------------------------------------------------ texts that show nothing
FM = "---\ntitle: {title}\nurl: https://example.com/a\npublished: 2025-09-03\n{extra}---\n{body}"
BODY = "Putin met Zelensky in Moscow on 3 September 2025, the Kremlin said.\n"


@pytest.mark.parametrize("title, extra, body, message", [
    ('"\\u200b"', "", BODY,
     "sources/a.md:2:8: 'title' is \"\\u200b\", which shows nothing; expected text"),
    ('"\\u200e\\ufeff \\u3164"', "", BODY,
     "sources/a.md:2:8: 'title' is \"\\u200e\\ufeff \\u3164\", which shows nothing; expected text"),
    ("T", "", "\u200b\u200b\n\n\u2060\n", "sources/a.md:6: the article text after the front "
                                              "matter is empty"),
    ("T", "tags: [peace, '']\n", BODY,
     "sources/a.md:5:7: 'tags' holds an empty text (item 2: \"\"); remove it"),
    ("T", 'tags: ["\\u200b"]\n', BODY,
     "sources/a.md:5:7: 'tags' holds an empty text (item 1: \"\\u200b\"); remove it"),
    ("T", "known_errors: ['  ']\n", BODY,
     "sources/a.md:5:15: 'known_errors' holds an empty text (item 1: \"  \"); remove it"),
])
def test_a_text_that_shows_nothing_is_refused_at_its_line(title: str, extra: str, body: str,
                                                          message: str) -> None:
    """A title of a zero-width space passed (a page whose heading and window title showed
    nothing), so did an article of them; a tag '' was a filter option showing nothing whose
    value was the option "any"."""
    source, problems = parse_source(FM.format(title=title, extra=extra, body=body),
                                    "sources/a.md", "a")
    assert source is None
    assert [str(p) for p in problems] == [message]


def test_an_outlet_that_shows_nothing_is_none_and_tags_alike_are_one() -> None:
    source, problems = parse_source(FM.format(title="T", body=BODY, extra='outlet: "\\u200b"\n'
                                              "tags: [a, 'a ', A]\n"), "sources/a.md", "a")
    assert problems == [] and source is not None
    assert source.outlet == "" and source.tags == ("a", "A")


@pytest.mark.parametrize("decision, message", [
    ('- hide: c-1\n  reason: "\\u200b"\n',
     "hide: 'reason' is missing; every decision says why (the site shows it)"),
    ('- title: e-1\n  text: "\\u2060"\n  reason: r\n',
     "title: 'text' (the new title) is \"\\u2060\", which shows nothing; expected text"),
    ('- phase: "\\u200b"\n  start: 2025-01-01\n  end: 2025-12-31\n',
     'phase: expected a title (phase: "The Istanbul rounds")'),
    ('- reply: e-1\n  response_to: e-2\n  reason: "\\ufeff"\n',
     "reply: 'reason' is missing; every decision says why (the site shows it)"),
])
def test_a_curation_text_that_shows_nothing_is_missing(decision: str, message: str) -> None:
    with pytest.raises(InputError) as err:
        parse_curation(decision, "sources/curation.yaml")
    assert [str(p) for p in err.value.problems] == [f"sources/curation.yaml:1: {message}"]


def test_a_split_title_that_shows_nothing_is_no_title() -> None:
    (split,) = parse_curation('- split: [c-1]\n  title: "\\u200b"\n  reason: r\n', "c.yaml")
    assert split.text is None


def test_an_entity_name_that_shows_nothing_is_refused() -> None:
    with pytest.raises(InputError) as err:
        parse_registry('entities:\n- {id: x, name: "\\u200b\\u200d", kind: place}\n'
                       '- {id: y, name: Yan, kind: place, aliases: ["\\u2060"]}\n', "e.yaml")
    assert [str(p) for p in err.value.problems] == [
        "e.yaml:2: entity x: 'name' must be text",
        "e.yaml:3: entity y: 'aliases' must be a list of texts, none empty"]


# ------------------------------------------------------------------ addresses that hide what they are
@pytest.mark.parametrize("url, why", [
    ("https://example.com:99999/a", "its port is not a number from 0 to 65535"),
    ("https://example.com:abc/a", "its port is not a number from 0 to 65535"),
    ("https://:80/a", "it names no host"),
    ('"https://exa\\u200bmple.com/a"', "it holds U+200B, a character that is not shown (the "
     "address would not be the one it looks like); remove it"),
    ('"https://example.com/\\u202egpj.exe"', "it holds U+202E, a character that is not shown "
     "(the address would not be the one it looks like); remove it"),
    ("https://example.com@evil.example/a", "it holds a user name or password (before '@'), "
     "which would be published and makes the address read as another; remove it"),
])
def test_an_address_that_hides_what_it_is_is_refused_at_its_line(url: str, why: str) -> None:
    """Each passed `check` and was published as the source's address (and, in `follows`, as
    the earlier report's)."""
    for text, line, col in [(FM.replace("https://example.com/a", url).format(
                                 title="T", extra="", body=BODY), 3, 6),
                            (FM.format(title="T", body=BODY, extra="follows: {outlet: X, url: "
                                       + url + ", published: 2025-09-01}\n"), 5, 10)]:
        source, problems = parse_source(text, "sources/a.md", "a")
        shown = url.strip('"').replace("\\\\", "\\")
        key = "url" if line == 3 else "follows.url"
        assert [str(p) for p in problems] == [f"sources/a.md:{line}:{col}: '{key}' is "
                                              f'"{shown}": {why}'], text


@pytest.mark.parametrize("url", ["https://пример.рф/статья", "https://example.com:8080/a",
                                 "https://example.com/a?q=%00&b=\"x\"", "http://[::1]:80/a"])
def test_addresses_that_are_what_they_look_like_still_pass(url: str) -> None:
    source, problems = parse_source(FM.replace("https://example.com/a", f"'{url}'").format(
        title="T", extra="", body=BODY), "sources/a.md", "a")
    assert problems == [] and source is not None and source.url == url


# ------------------------------------------------------------------ a week, quarter or decade before the year 1000
@pytest.mark.parametrize("text, dct, value", [
    ("They met 60000 weeks ago.", "2025-09-03", "0875-W40"),
    ("They will meet next week.", "0001-01-03", "0001-W02"),
    ("They will meet next decade.", "0001-01-03", "001"),
    ("They will meet next century.", "0001-01-03", "01"),
])
def test_a_week_or_decade_before_the_year_1000_is_a_date(text: str, dct: str, value: str) -> None:
    """Weeks, quarters, seasons, decades and centuries counted back before the year 1000 were
    written without leading zeros ("875-W40", a decade "1"): no date could be read from them,
    and their claims were dropped without a word."""
    (found,) = [t for t in tag(text, dt.date.fromisoformat(dct)) if t.type == "DATE"]
    assert found.value == value and interval(found.value) is not None


@pytest.mark.parametrize("day, unit, value", [
    (dt.date(109, 2, 20), "week", "0109-W08"), (dt.date(109, 2, 20), "quarter", "0109-Q1"),
    (dt.date(109, 2, 20), "season", "0108-WI"), (dt.date(109, 7, 1), "season", "0109-SU"),
    (dt.date(109, 2, 20), "weekend", "0109-W08-WE"), (dt.date(109, 2, 20), "decade", "010"),
    (dt.date(109, 2, 20), "century", "01"), (dt.date(2025, 9, 3), "decade", "202"),
])
def test_every_unit_before_the_year_1000_is_zero_padded(day: dt.date, unit: str, value: str) -> None:
    assert value_at(day, unit) == value and interval(value) is not None


# ------------------------------------------------------------------ GitHub annotations
def test_a_file_name_cannot_move_its_github_annotation() -> None:
    """`check --format github` wrote the file name as it was: a file named 'a,line=99::b.md'
    gave `file=sources/a,line=99::b.md,line=4`, which GitHub reads as line 99 of 'sources/a'
    with the rest as the message. Property values escape ':' and ',' (GitHub's toolkit)."""
    problem = Problem("sources/a,line=99::b%.md", 4, 12, "bad: 50%, a\nb")
    assert problem.github() == ("::error file=sources/a%2Cline=99%3A%3Ab%25.md,line=4,col=12::"
                                "bad: 50%25, a%0Ab")


# ------------------------------------------------------------------ a day its month does not have
def test_a_day_its_month_does_not_have_is_its_month_with_a_warning(tmp_path: Path) -> None:
    """"Putin met Zelensky on 30 February 2024" was tagged 2024-02-30, of which no interval
    could be made: the sentence was dated by its report (3 September 2025) and merged with
    that day's event, and "on 31 April 2025 in Kyiv" gave no claim at all, without a word."""
    path = write_source(tmp_path, "bd.md", "title: Bad days\nurl: https://example.com/bd\n"
                        "published: 2025-09-03\n",
                        "Putin met Zelensky on 30 February 2024, the Kremlin said.\n\n"
                        "Zelensky met Trump on 31 April 2025 in Kyiv.\n\n"
                        "They met on 29 February 2024, Peskov said.\n")
    sources, _ = load_sources([path])
    timeline = extract(sources)
    assert [(c.when.start.isoformat(), c.when.end.isoformat(), c.when.granularity)
            for c in timeline.claims] == [("2024-02-01", "2024-02-29", "month"),
                                          ("2025-04-01", "2025-04-30", "month"),
                                          ("2024-02-29", "2024-02-29", "day")]
    assert [str(p) for p in capped_sources(timeline)] == [
        f"{path}:6: warning: '30 February 2024' names a day its month does not have "
        "(2024-02-30): the claim is dated to the month; is the day a typo?",
        f"{path}:8: warning: '31 April 2025' names a day its month does not have "
        "(2025-04-31): the claim is dated to the month; is the day a typo?"]
