"""The editors' story (curation.yaml): phases organise the timeline page and are listed on the
home page; a reply is linked to what it answers, on both events. Without phases, by year."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from generator.config import Config
from generator.curation import parse_curation
from generator.entities import read_registry
from generator.model import Phase
from generator.pipeline import check, extract
from generator.problems import InputError
from generator.project import read_templates
from generator.render import render, timeline_groups
from tests.conftest import ROOT
from tests.test_curation import event_with as curation_event_with

PHASES = """
- phase: "The Istanbul talks"
  start: 2025-05-01
  end: 2025-06-30
  text: "Zelensky challenges Putin to talks in Istanbul."
- phase: "Abu Dhabi"
  start: 2026-01-01
  end: 2026-02-28
"""


@pytest.fixture(scope="module")
def base():
    sources, _ = check([ROOT / "sources"])
    return sources, extract(sources)


def event_with(timeline, text: str):
    return curation_event_with(timeline, text)[0]


def pages_of(timeline) -> dict[str, str]:
    config = Config.from_project(ROOT)
    registry = read_registry(config.path("entities"))
    return {p.path: p.text for p in render(timeline, config, registry, read_templates(config))}


def test_phases_parse_sorted_and_organise_the_timeline_page(base) -> None:
    sources, _ = base
    curated = extract(sources, parse_curation(PHASES, "sources/curation.yaml"))
    assert [p.title for p in curated.phases] == ["The Istanbul talks", "Abu Dhabi"]
    assert curated.phases[0] == Phase("The Istanbul talks", dt.date(2025, 5, 1),
                                      dt.date(2025, 6, 30),
                                      "Zelensky challenges Putin to talks in Istanbul.")
    pages = pages_of(curated)
    page = pages["timeline.md"]
    istanbul = page.index("## The Istanbul talks { #phase-the-istanbul-talks")
    abu_dhabi = page.index("## Abu Dhabi { #phase-abu-dhabi")
    assert page.index("## 2019") < istanbul < page.index("### May 2025") < abu_dhabi
    assert page.index("Zelensky challenges Putin to talks in Istanbul.") > istanbul
    assert page.index("### January 2026") > abu_dhabi
    home = pages["index.md"]
    assert "## The story in phases" in home
    assert "[The Istanbul talks](timeline.md#phase-the-istanbul-talks)" in home


def test_events_outside_phases_keep_their_years_before_between_and_after() -> None:
    from generator.model import Event, TimeValue

    def ev(eid: str, day: str) -> Event:
        d = dt.date.fromisoformat(day)
        return Event(eid, eid, TimeValue(d, d, "day"), ("c",), ("s",))

    events = (ev("e-a", "2025-01-10"), ev("e-b", "2025-05-10"), ev("e-c", "2025-09-10"))
    phase = Phase("Spring", dt.date(2025, 4, 1), dt.date(2025, 6, 30))
    sections = timeline_groups(events, (phase,))
    # (a year the phase shares is named by its months: "2025" thrice before, look37)
    assert [s["heading"] for s in sections] == ["January 2025", "Spring", "September 2025"]
    assert [[e.id for m in s["months"] for e in m["events"]] for s in sections] == \
        [["e-a"], ["e-b"], ["e-c"]]
    assert [s["heading"] for s in timeline_groups(events)] == ["2025"]  # no phases: by year


def test_without_phases_the_pages_are_as_before(base) -> None:
    _, timeline = base
    pages = pages_of(timeline)
    assert "phase" not in pages["timeline.md"] and "phases" not in pages["index.md"]
    assert pages == pages_of(replace(timeline, phases=(), replies=()))


def test_a_reply_shows_on_both_events(base) -> None:
    sources, timeline = base
    invitation = event_with(timeline, "has extended an invitation to Ukrainian President")
    answer = event_with(timeline, "will not meet with any other Russian representative")
    curated = extract(sources, parse_curation(
        f"- reply: {answer.id}\n  response_to: {invitation.id}\n  reason: Kyiv's terms\n",
        "sources/curation.yaml"))
    assert [(r.event, r.response_to, r.reason) for r in curated.replies] == \
        [(answer.id, invitation.id, "Kyiv's terms")]
    pages = pages_of(curated)
    reply = ('<div class="admonition abstract">\n<p class="admonition-title">In reply to</p>\n'
             f'<p><a href="../{invitation.id}/">')
    assert reply in pages[f"events/{answer.id}.md"]
    answered = ('<div class="admonition abstract">\n<p class="admonition-title">Answered by</p>\n'
                f'<p><a href="../{answer.id}/">')
    assert answered in pages[f"events/{invitation.id}.md"]
    assert "Kyiv's terms" in pages[f"events/{invitation.id}.md"]


@pytest.mark.parametrize("text,message", [
    ("- phase: P\n  start: 2025-05-01\n  end: 2025-04-01\n",
     "c.yaml:1: phase: expected start and end as YYYY-MM-DD (end not before start)"),
    ("- phase: ''\n  start: 2025-05-01\n  end: 2025-06-01\n",
     'c.yaml:1: phase: expected a title (phase: "The Istanbul rounds")'),
    ("- reply: e-1\n  reason: r\n",
     "c.yaml:1: reply: expected an event id (e-…) and, as response_to, the event id it answers"),
    ("- reply: e-1\n  response_to: e-2\n",
     "c.yaml:1: reply: 'reason' is missing; every decision says why (the site shows it)"),
])
def test_bad_story_entries_name_file_and_line(text: str, message: str) -> None:
    with pytest.raises(InputError) as err:
        parse_curation(text, "c.yaml")
    assert str(err.value) == message


def test_a_reply_to_an_unknown_event_names_file_and_line(base) -> None:
    sources, timeline = base
    known = timeline.events[-1].id
    with pytest.raises(InputError) as err:
        extract(sources, parse_curation(
            f"# story\n- reply: {known}\n  response_to: e-0000000000\n  reason: r\n", "c.yaml"))
    assert str(err.value) == ("c.yaml:2: reply: no event has the id e-0000000000 "
                              "(see timeline.json for ids)")


def test_an_unknown_id_is_shown_with_its_invisible_characters(base) -> None:
    """hostile28: an id with a zero-width space after it printed like a valid one."""
    sources, timeline = base
    first, second = timeline.events[-1].id, timeline.events[-2].id
    with pytest.raises(InputError) as err:
        extract(sources, parse_curation(f"- merge: [{first}, \"{second}\\u200b\"]\n  reason: r\n", "c.yaml"))
    assert str(err.value) == (f"c.yaml:1: merge: no event has the id {second}\\u200b "
                              "(see timeline.json for ids)")



def test_a_reply_to_an_event_whose_claims_are_all_hidden_says_so(base) -> None:
    """hostile26: hiding every claim of an event, then a reply naming it, said "no event has the
    id", of an event timeline.json lists; the error says why it is not shown."""
    sources, timeline = base
    first, other = [e for e in timeline.events if len(e.claims) >= 2][:2]
    with pytest.raises(InputError) as err:
        extract(sources, parse_curation(
            f"- hide: [{', '.join(first.claims)}]\n  reason: r\n"
            f"- reply: {first.id}\n  response_to: {other.id}\n  reason: r\n", "c.yaml"))
    assert str(err.value) == (f"c.yaml:3: reply: every claim of the event {first.id} is hidden, so "
                              "it is not shown and no reply can name it; remove the reply or hide "
                              "fewer claims")
