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


# --- the whole path a build takes after `check`: curation, the story, the pages, redirects ------

from generator.config import Config  # noqa: E402
from generator.curation import story_of  # noqa: E402
from generator.entities import load_registry  # noqa: E402
from generator.model import Timeline  # noqa: E402
from generator.permalinks import redirect_pages  # noqa: E402
from generator.project import read_templates  # noqa: E402
from generator.render import render  # noqa: E402

CONFIG = Config(root=ROOT)
REGISTRY = load_registry()
TEMPLATES = read_templates(CONFIG)
GRANULARITY = st.sampled_from(["day", "weekend", "week", "month", "quarter", "season", "half",
                               "year", "decade", "century"])
DAY = st.dates(min_value=__import__("datetime").date(1, 1, 1),
               max_value=__import__("datetime").date(9999, 12, 31))
TEXT = st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=30)


def _quoted(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


story_or_date = st.one_of(
    st.tuples(event, DAY, DAY, GRANULARITY).map(
        lambda t: f"- date: {t[0]}\n  start: {min(t[1], t[2])}\n  end: {max(t[1], t[2])}\n"
                  f"  granularity: {t[3]}\n  reason: r\n"),
    st.tuples(TEXT, DAY, DAY, TEXT).map(
        lambda t: f"- phase: {_quoted(t[0])}\n  start: {min(t[1], t[2])}\n"
                  f"  end: {max(t[1], t[2])}\n  text: {_quoted(t[3])}\n"),
    st.tuples(event, event, TEXT).map(
        lambda t: f"- reply: {t[0]}\n  response_to: {t[1]}\n  reason: {_quoted(t[2])}\n"),
    st.tuples(event, TEXT).map(lambda t: f"- title: {t[0]}\n  text: {_quoted(t[1])}\n  reason: r\n"),
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(decision, story_or_date), max_size=6))
def test_what_check_accepts_builds_pages_and_redirects(decisions: list[str]) -> None:
    """What `check` accepts (the file parsed, applied, its story resolved) the build's later
    steps must take: the pages and the redirects are made without an exception (a phase
    ending on 31 December 9999 passed check, then the visual timeline's end, a day later,
    was an OverflowError), and every claim is in exactly one event."""
    text = "".join(decisions)
    try:
        parsed = parse_curation(text, "sources/curation.yaml")
        events = apply_curation(TIMELINE.events, TIMELINE.claims, TIMELINE.sources, parsed)
        phases, replies = story_of(events, TIMELINE.claims, parsed)
    except InputError as exc:
        assert all(p.path == "sources/curation.yaml" and p.line for p in exc.problems)
        return
    assert_every_claim_once(events)
    timeline = Timeline(TIMELINE.sources, TIMELINE.claims, events, phases, replies)
    pages = render(timeline, CONFIG, REGISTRY, TEMPLATES)
    assert len({p.path for p in pages}) == len(pages)
    redirect_pages(timeline)


def test_a_phase_past_the_last_day_is_refused() -> None:
    with pytest.raises(InputError) as caught:
        parse_curation("- phase: The end\n  start: 9999-12-01\n  end: 9999-12-31\n", "c.yaml")
    assert [str(p) for p in caught.value.problems] == [
        "c.yaml:1: phase: 9999-12-31 is out of range; expected a date up to 9999-12-30"]
