"""Reporting in shapes the dev corpus does not have, written for these tests after real pages:
a live report, an explainer with a chronology, wire copy, a state agency's story, a news site's
page (Markdown image, byline stamp, subheadings) and an analysis. Each test names what went
wrong on them before."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.pipeline import check, extract

FORMATS = Path(__file__).resolve().parent / "fixtures" / "formats"


@pytest.fixture(scope="module")
def timeline():
    sources, _ = check([FORMATS])
    return extract(sources)


def _titles(timeline, source: str) -> dict[str, str]:
    claims = {c.id: c for c in timeline.claims}
    return {e.when.start.isoformat(): e.title for e in timeline.events
            if any(claims[c].source == source for c in e.claims)}


def test_a_live_reports_entry_times_date_nothing(timeline) -> None:
    live = [c for c in timeline.claims if c.source == "live-report"]
    assert all(c.timex is None or "BST" not in c.timex.text for c in live)
    assert not any(c.text.startswith(("**", "*Updated")) for c in live)
    assert _titles(timeline, "live-report")["2025-09-03"].startswith("Putin says")


def test_a_chronologys_bold_dates_leave_its_items_their_headlines(timeline) -> None:
    titles = _titles(timeline, "explainer-chronology")
    assert titles["2021-04-22"] == 'Putin says Zelensky is welcome in Moscow "any time" to discuss bilateral ties'
    assert titles["2025-05-11"] == "Putin proposes direct talks with Ukraine in Istanbul, without preconditions"


def test_wire_copy_titles_each_day_by_its_own_news(timeline) -> None:
    titles = _titles(timeline, "wire")
    assert titles["2025-08-18"].startswith("Trump says he began arranging a meeting")
    assert titles["2025-08-20"].startswith("Kremlin says")


def test_a_list_of_rounds_gives_each_round_its_title(timeline) -> None:
    titles = _titles(timeline, "state-agency")
    assert titles["2025-06-02"].startswith("Second round")
    assert titles["2025-07-23"].startswith("Third round")


def test_a_news_sites_image_caption_and_byline_stamp(timeline) -> None:
    site = [c for c in timeline.claims if c.source == "news-site"]
    caption = [c for c in site if "press conference in Kyiv" in c.text]
    assert caption and all(c.part == "caption" for c in caption)
    assert not any("min read" in c.text for c in site)
    titles = _titles(timeline, "news-site")
    assert titles["2022-01-01"] != titles["2025-05-16"]  # "since 2022" leaves 16 May its headline
    assert titles["2025-05-18"] == "Pope Leo offers to host the next round of talks at the Vatican"


def test_an_analysis_keeps_its_dated_facts_apart_from_its_commentary(timeline) -> None:
    titles = _titles(timeline, "analysis")
    # the date is the participle phrase's: "..., launching more than 800 drones on Sept. 7"
    assert titles["2025-09-07"] == "Russia launches more than 800 drones"
    assert titles["2019-12-09"] == "Putin and Zelensky meet in Paris"


def test_outlets_of_every_shape_meet_in_one_event(timeline) -> None:
    claims = {c.id: c for c in timeline.claims}
    beijing = [e for e in timeline.events if e.when.start.isoformat() == "2025-09-03"]
    assert beijing and len({claims[c].source for c in beijing[0].claims}) >= 3
