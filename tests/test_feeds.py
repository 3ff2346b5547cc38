"""Exports and feeds parse back with real libraries, hostile text included, and are stable."""

from __future__ import annotations

import csv
import io
import json

import feedparser
import icalendar
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.regenerate_golden import golden_pages

PAGES = {p.path: p.text for p in golden_pages()}
TIMELINE = json.loads(PAGES["timeline.json"])
SHOWN = [e for e in TIMELINE["events"] if e["claims"]]


def test_csv_has_one_row_per_event_and_no_formulas() -> None:
    rows = list(csv.DictReader(io.StringIO(PAGES["events.csv"])))
    assert [r["id"] for r in rows] == [e["id"] for e in SHOWN]
    assert all(not r["title"].startswith(("=", "+", "-", "@")) for r in rows)
    # (a sentence's inline tags never reach its title, session 36: the hostile event's row holds
    # its words, the CSV the text as it is, data)
    claims = {c["id"]: c for c in TIMELINE["claims"]}
    tagged = {e["id"] for e in SHOWN if any("<img" in claims[c]["text"] for c in e["claims"])}
    hostile = [r for r in rows if r["id"] in tagged]
    assert hostile and all("<img" not in r["title"] and "Putin" in r["title"] for r in hostile)


def test_atom_feed_parses_newest_first_with_stable_ids() -> None:
    feed = feedparser.parse(PAGES["events.atom"])
    assert not feed.bozo, feed.bozo_exception
    assert feed.version == "atom10"
    assert len(feed.entries) == len(SHOWN)
    by_id = {e["id"]: e for e in SHOWN}  # titles may repeat: an entry's link names its event
    starts = [by_id[entry.link.rstrip("/").rsplit("/", 1)[-1]]["when"]["start"]
              for entry in feed.entries]
    assert starts == sorted(starts, reverse=True)
    assert all(entry.id.startswith("urn:uuid:") for entry in feed.entries)
    assert len({entry.id for entry in feed.entries}) == len(feed.entries)
    again = feedparser.parse(PAGES["events.atom"])
    assert [e.id for e in again.entries] == [e.id for e in feed.entries]
    # (an outlet's name with tags, as text, escaped in XML; a sentence's tags never reach a title)
    assert any("<b onmouseover" in entry.summary for entry in feed.entries)
    assert "<b onmouseover" not in PAGES["events.atom"] and "<script>" not in PAGES["events.atom"]


def test_icalendar_parses_with_all_day_events() -> None:
    calendar = icalendar.Calendar.from_ical(PAGES["events.ics"])
    events = calendar.walk("VEVENT")
    fine = [e for e in SHOWN if e["when"]["granularity"] in ("day", "weekend", "week")]
    assert len(events) == len(fine)
    for vevent in events:
        event = next(e for e in fine if vevent["UID"] == f"{e['id']}@timeline-generator")
        assert vevent.decoded("DTSTART").isoformat() == event["when"]["start"]
        assert str(vevent["SUMMARY"]) == event["title"]
    assert all(len(line.encode()) <= 75 for line in PAGES["events.ics"].split("\r\n"))


def test_timelinejs_json_escapes_html() -> None:
    data = json.loads(PAGES["timelinejs.json"])
    assert len(data["events"]) == len(SHOWN)
    assert all("<script" not in e["text"]["headline"] for e in data["events"])
    assert {e["unique_id"] for e in data["events"]} == {e["id"] for e in SHOWN}


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab &<>\"'\n\r\t;#é"), max_size=20) | st.text(max_size=20))
def test_the_escapes_are_the_standard_librarys(text: str) -> None:
    # feeds.py writes xml.sax.saxutils' escape and quoteattr out (importing that module imported
    # urllib.request, http.client and ssl with it): the same text for any text
    from xml.sax.saxutils import escape, quoteattr

    from generator import feeds

    assert feeds._xml_escape(text) == escape(text)
    assert feeds._quoteattr(text) == quoteattr(text)
