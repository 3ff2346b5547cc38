"""Editors' curation: merge, split, title, date, hide, error; every reason kept; bad ids named."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.curation import parse_curation
from generator.pipeline import check, curation_of, extract
from generator.problems import InputError
from tests.conftest import ROOT


@pytest.fixture(scope="module")
def base():
    sources, _ = check([ROOT / "sources"])
    return sources, extract(sources)


def event_with(timeline, text: str):
    claim = next(c for c in timeline.claims if text in c.text)
    return next(e for e in timeline.events if claim.id in e.claims), claim


def test_merge_title_date_hide_and_error(base) -> None:
    sources, timeline = base
    beijing, lead = event_with(timeline, "has extended an invitation to Ukrainian President")
    vladivostok, _ = event_with(timeline, "has extended a rare invitation to Ukraine")
    _, caption = event_with(timeline, "To date, the two leaders have only met")
    text = f"""
- merge: [{beijing.id}, {vladivostok.id}]
  reason: "Test: one invitation campaign"
- title: {beijing.id}
  text: "Putin invites Zelensky to Moscow"
  reason: "Shorter"
- date: {beijing.id}
  start: 2025-09-03
  end: 2025-09-05
  granularity: week
  reason: "Spans both remarks"
- error: {lead.id}
  reason: "Test: flagged"
- hide: {caption.id}
  reason: "Test: hidden"
"""
    curated = extract(sources, parse_curation(text, "sources/curation.yaml"))
    merged = next(e for e in curated.events if e.id == beijing.id)
    assert vladivostok.id not in {e.id for e in curated.events}
    assert set(beijing.claims) | set(vladivostok.claims) == set(merged.claims)
    assert merged.title == "Putin invites Zelensky to Moscow"
    assert merged.notes[:3] == ("Test: one invitation campaign", "Shorter", "Spans both remarks")
    assert (lead.id, "Test: flagged") in merged.errors
    assert all(caption.id not in e.claims for e in curated.events)
    hidden_in = [e for e in curated.events if (caption.id, "Test: hidden") in e.hidden]
    assert len(hidden_in) == 1 and hidden_in[0].claims == ()


def test_split_makes_a_new_event(base) -> None:
    sources, timeline = base
    event, claim = event_with(timeline, "Speaking from Riyadh, Trump remarked")
    curated = extract(sources, parse_curation(
        f"- split: [{claim.id}]\n  title: Trump offers to join\n  reason: Another happening\n",
        "c.yaml"))
    new = next(e for e in curated.events if claim.id in e.claims)
    assert new.id != event.id and new.title == "Trump offers to join"
    assert new.notes == ("Another happening",)


def test_unknown_ids_and_missing_reasons_name_file_and_line(base) -> None:
    sources, _ = base
    with pytest.raises(InputError) as err:
        extract(sources, parse_curation("- hide: c-0000000000\n  reason: x\n", "sources/curation.yaml"))
    assert str(err.value) == ("sources/curation.yaml:1: hide: no claim has the id c-0000000000 "
                              "(see timeline.json for ids)")
    with pytest.raises(InputError, match=r"c.yaml:2: title: 'reason' is missing"):
        parse_curation("# note\n- title: e-1\n  text: x\n", "c.yaml")
    with pytest.raises(InputError, match=r"c.yaml:1: merge: name two events or more"):
        parse_curation("- merge: [e-1]\n  reason: r\n", "c.yaml")


def test_curation_file_in_a_sources_folder_is_applied(tmp_path: Path, base) -> None:
    sources, timeline = base
    folder = tmp_path / "sources"
    shutil.copytree(ROOT / "sources", folder)
    event = timeline.events[0]
    (folder / "curation.yaml").write_text(
        f"- title: {event.id}\n  text: Edited\n  reason: Because\n", encoding="utf-8")
    decisions = curation_of([folder])
    curated = extract(check([folder])[0], decisions)
    assert next(e for e in curated.events if e.id == event.id).title == "Edited"
