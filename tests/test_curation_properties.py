"""Property: no curation file that is accepted loses or duplicates a claim.

Random decisions (merge, split, title, date, hide, error; repeated ids, ids of events that
earlier decisions made or removed) over the project's sources: either the file is rejected
(InputError naming the file and line) or, after it, every claim is in exactly one event (shown
or hidden there) and no two events share an id.
"""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.curation import apply_curation, parse_curation
from generator.events import event_id
from generator.pipeline import check, extract
from generator.problems import InputError
from tests.conftest import ROOT

SOURCES, _ = check([ROOT / "sources"])
TIMELINE = extract(SOURCES)
CLAIMS = sorted(c.id for c in TIMELINE.claims)
# an event is named by the id one of its claims gives (its own id, or an alias of it)
EVENT_IDS = sorted({event_id(c) for c in CLAIMS} | {e.id for e in TIMELINE.events})

claim = st.sampled_from(CLAIMS)
event = st.sampled_from(EVENT_IDS)


def _list(ids: list[str]) -> str:
    return "[" + ", ".join(ids) + "]"


decision = st.one_of(
    st.lists(event, min_size=2, max_size=4).map(lambda ids: f"- merge: {_list(ids)}\n"),
    st.tuples(st.lists(claim, min_size=1, max_size=4), st.booleans()).map(
        lambda t: f"- split: {_list(t[0])}\n" + ("  title: Split off\n" if t[1] else "")),
    event.map(lambda e: f"- title: {e}\n  text: A new title\n"),
    st.tuples(event, st.dates(min_value=__import__("datetime").date(1900, 1, 1),
                              max_value=__import__("datetime").date(2100, 1, 1))).map(
        lambda t: f"- date: {t[0]}\n  start: {t[1].isoformat()}\n"),
    st.lists(claim, min_size=1, max_size=3).map(lambda ids: f"- hide: {_list(ids)}\n"),
    st.lists(claim, min_size=1, max_size=2).map(lambda ids: f"- error: {_list(ids)}\n"),
).map(lambda text: text + "  reason: a test\n")


def assert_every_claim_once(events) -> None:
    placed = Counter(cid for e in events for cid in e.claims + tuple(c for c, _ in e.hidden))
    assert placed == Counter(CLAIMS), {c: n for c, n in placed.items() if n != 1}
    assert len({e.id for e in events}) == len(events)
    for e in events:
        assert len(set(e.claims)) == len(e.claims)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(decision, max_size=8))
def test_no_accepted_curation_loses_or_duplicates_a_claim(decisions: list[str]) -> None:
    text = "".join(decisions)
    try:
        parsed = parse_curation(text, "sources/curation.yaml")
        events = apply_curation(TIMELINE.events, TIMELINE.claims, TIMELINE.sources, parsed)
    except InputError as exc:
        assert all(p.path == "sources/curation.yaml" and p.line for p in exc.problems)
        return
    assert_every_claim_once(events)


def test_splitting_an_events_first_claim_keeps_the_rest() -> None:
    """The case found by hand: the new event took the old one's id and overwrote it."""
    for e in TIMELINE.events:
        if len(e.claims) < 2:
            continue
        for cid in e.claims:
            events = apply_curation(TIMELINE.events, TIMELINE.claims, TIMELINE.sources,
                                    parse_curation(f"- split: [{cid}]\n  reason: r\n", "c.yaml"))
            assert_every_claim_once(events)


@pytest.mark.parametrize("text", [
    "- merge: [{e}, {e}]\n  reason: r\n",
    "- split: [{c}, {c}]\n  reason: r\n",
    "- hide: [{c}, {c}]\n  reason: r\n- hide: {c}\n  reason: again\n",
    "- hide: {c}\n  reason: r\n- split: [{c}]\n  reason: r\n",
])
def test_repeated_ids_never_list_a_claim_twice(text: str) -> None:
    e = TIMELINE.events[0]
    events = apply_curation(TIMELINE.events, TIMELINE.claims, TIMELINE.sources,
                            parse_curation(text.format(e=e.id, c=e.claims[0]), "c.yaml"))
    assert_every_claim_once(events)
