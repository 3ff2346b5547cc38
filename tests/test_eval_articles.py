"""Claims and events on our own evaluation articles (tests/eval): realistic multi-outlet coverage
with hand-checked gold. Bars from the claims issue: recall and precision of explicit claims
>= 0.9, >= 80% of multi-outlet happenings merged, look-alikes apart, disagreements recorded."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from generator.model import GRANULARITIES
from generator.pipeline import extract
from generator.sources import load_sources

EVAL = Path(__file__).resolve().parent / "eval"
GOLD = yaml.safe_load((EVAL / "gold.yaml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def timeline():
    sources, problems = load_sources([EVAL / "sources"])
    assert not [p for p in problems if p.severity == "error"]
    return extract(sources)


def matches(claim, entry: dict) -> bool:
    return (claim.source == entry["source"] and entry["contains"] in claim.text
            and claim.when.start <= entry["end"] and entry["start"] <= claim.when.end
            and GRANULARITIES.index(claim.when.granularity)
            <= GRANULARITIES.index(entry["granularity"]))


def find(timeline, source: str, contains: str, start: dt.date):
    found = [c for c in timeline.claims if c.source == source and contains in c.text
             and c.basis == "explicit" and c.when.start == start]
    assert found, (source, contains, start)
    return found


def event_of(timeline, claim_id: str):
    return next(e for e in timeline.events if claim_id in e.claims)


def scores(timeline) -> dict[str, float]:
    explicit = [c for c in timeline.claims if c.basis == "explicit"]
    recall = sum(any(matches(c, g) for c in explicit) for g in GOLD["claims"]) / len(GOLD["claims"])
    precision = sum(any(matches(c, g) for g in GOLD["claims"]) for c in explicit) / len(explicit)
    merged = 0
    for gold_event in GOLD["events"]:
        events = {event_of(timeline, c.id).id for ref in gold_event["claims"]
                  for c in find(timeline, *ref)}
        merged += len(events) == 1
    return {"recall": recall, "precision": precision, "merged": merged / len(GOLD["events"])}


def test_claim_recall_precision_and_merging(timeline) -> None:
    s = scores(timeline)
    assert s["recall"] >= 0.9 and s["precision"] >= 0.9, s
    assert s["merged"] >= 0.8, s


@pytest.mark.parametrize("pair", GOLD["apart"], ids=lambda p: p[0][1][:30])
def test_look_alikes_stay_apart(timeline, pair) -> None:
    a = {event_of(timeline, c.id).id for c in find(timeline, *pair[0])}
    b = {event_of(timeline, c.id).id for c in find(timeline, *pair[1])}
    assert not a & b


def test_disagreements_are_recorded(timeline) -> None:
    for gold_event in GOLD["events"]:
        if gold_event.get("conflict"):
            event = event_of(timeline, find(timeline, *gold_event["claims"][0])[0].id)
            assert event.conflicts, gold_event["id"]
            assert len({tuple(v["when"].values()) for v in event.conflicts}) >= 2


def test_no_event_spans_days_silently(timeline) -> None:
    """No event merges day-level claims more than two days apart, nor different days of
    different sources without recording the conflict."""
    claims = {c.id: c for c in timeline.claims}
    for e in timeline.events:
        days = [claims[c].when.start for c in e.claims if claims[c].when.granularity == "day"]
        if days:
            assert (max(days) - min(days)) <= dt.timedelta(days=2), e.id
            sources_by_day = {d: {claims[c].source for c in e.claims if claims[c].when.start == d}
                              for d in days}
            if len(sources_by_day) > 1 and len(set().union(*sources_by_day.values())) > 1 \
                    and any(a != b for a in sources_by_day.values() for b in sources_by_day.values()):
                assert e.conflicts, e.id


def test_rewrite_is_not_an_independent_source(timeline) -> None:
    event = event_of(timeline, find(timeline, *GOLD["events"][0]["claims"][0])[0].id)
    assert len(event.sources) == 3 and event.independent == 2


# The figures on these articles when this test was written: a ratchet, so that a change that
# loses a gold claim or a merge fails here, and one that gains raises the figure below.
FLOOR = {"recall": 0.947, "precision": 0.947, "merged": 1.0}


def test_report_scores(timeline, capsys) -> None:
    """Prints the figures (run with -s); none may fall below what it was."""
    found = {k: round(v, 3) for k, v in scores(timeline).items()}
    with capsys.disabled():
        print("\neval articles:", found)
    assert found.keys() == FLOOR.keys()
    assert all(FLOOR[k] <= found[k] <= 1.0 for k in FLOOR), (found, FLOOR)
