"""Merging claims into events: seeds' look-alike happenings stay apart; invariants hold."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
import yaml

from generator.events import merge_events
from generator.pipeline import extract
from generator.sources import load_sources
from tests.conftest import FIXTURES

GOLD_EVENTS = yaml.safe_load((FIXTURES / "seed_events.yaml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def timeline():
    sources, _ = load_sources([Path("sources")])
    return extract(sources)


def event_of(timeline, source_url: str, date: str):
    url_source = {s.url: s.id for s in timeline.sources}
    out = set()
    for e in timeline.events:
        claims = [c for c in timeline.claims if c.id in e.claims]
        if any(c.source == url_source[source_url] and c.when.start.isoformat() == date
               for c in claims):
            out.add(e.id)
    return out


def test_every_claim_lands_in_exactly_one_event(timeline) -> None:
    ids = [cid for e in timeline.events for cid in e.claims]
    assert sorted(ids) == sorted(c.id for c in timeline.claims)


def test_input_order_does_not_change_events(timeline) -> None:
    shuffled = list(timeline.claims)
    random.Random(7).shuffle(shuffled)
    assert merge_events(tuple(shuffled), timeline.sources) == timeline.events


def test_beijing_and_vladivostok_stay_apart(timeline) -> None:
    gold = {e["id"]: e for e in GOLD_EVENTS}
    beijing = event_of(timeline, gold["putin-invites-zelensky-beijing"]["sources"][0], "2025-09-03")
    vladivostok = event_of(timeline, gold["putin-offers-moscow-with-guarantees"]["sources"][0],
                           "2025-09-05")
    assert beijing and vladivostok and not beijing & vladivostok


def test_ushakov_and_peskov_stay_apart(timeline) -> None:
    gold = {e["id"]: e for e in GOLD_EVENTS}
    ushakov = event_of(timeline, gold["ushakov-renews-invitation"]["sources"][0], "2026-01-28")
    peskov = event_of(timeline, gold["kremlin-reiterates-no-reply"]["sources"][0], "2026-01-29")
    assert ushakov and peskov and not ushakov & peskov


def test_full_scale_war_is_one_event_from_two_outlets(timeline) -> None:
    gold = {e["id"]: e for e in GOLD_EVENTS}["full-scale-war"]
    found = set.union(*(event_of(timeline, url, "2022-02-01") for url in gold["sources"]))
    assert len(found) == 1
    event = next(e for e in timeline.events if e.id in found)
    assert len(event.sources) == 2


def test_gold_events_with_distinct_dates_are_distinct_events(timeline) -> None:
    """No event mixes two gold happenings that have different dates."""
    for e in timeline.events:
        claims = [c for c in timeline.claims if c.id in e.claims]
        assert len({(c.when.start, c.when.end) for c in claims}) == 1 or e.conflicts


def test_event_ids_do_not_depend_on_titles(timeline) -> None:
    renamed = tuple(type(e)(e.id, "edited title", e.when, e.claims, e.sources, e.conflicts)
                    for e in timeline.events)
    assert [e.id for e in renamed] == [e.id for e in timeline.events]
    again = extract(load_sources([Path("sources")])[0])
    assert [e.id for e in again.events] == [e.id for e in timeline.events]
