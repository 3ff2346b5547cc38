"""Undated statements joined to the happening other reports date (generator/recalls.py)."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from pathlib import Path

import pytest
import yaml

from generator import recalls
from generator.events import agent
from generator.pipeline import extract
from generator.sources import load_sources
from tests.conftest import FIXTURES, write_source

KREMLIN = ("The Kremlin renews its invitation to Zelensky",
           "Russia has renewed its invitation for Ukrainian President Volodymyr Zelensky to come "
           "to Moscow for peace talks, Kremlin spokesman Dmitry Peskov said on Thursday.\n\n"
           "Moscow has so far had no answer from Kyiv, Peskov said, adding that the offer still "
           "stands and that no other venue is being discussed.\n")
KYIV = ("Zelensky invites Putin to Kyiv",
        "Volodymyr Zelensky has issued an open invitation to Russian President Vladimir Putin to "
        "come to Kyiv for direct peace talks, he said on Friday, ruling out a meeting in Moscow.\n")
RECAP = ("Moscow only: the Kremlin sets a condition",
         "Any contact between Zelensky and Putin is possible only in Moscow, Peskov told "
         "journalists on Monday.\n\n"
         "## What preceded\n\n"
         "Later, Kremlin spokesperson Dmitry Peskov took the same line, noting that it was "
         "inappropriate to talk about any other venue than Moscow for the peace talks.\n\n"
         "Zelensky responded by rejecting any meeting in Moscow, and instead extended an open "
         "invitation to Putin to come to Kyiv for peace talks.\n\n"
         "Marco Rubio has long said that territory is the hardest question.\n")


def timeline_of(folder: Path, articles: dict[str, tuple[str, str, str]]):
    folder.mkdir(exist_ok=True)
    for name, (published, title, body) in articles.items():
        write_source(folder, f"{name}.md", f'title: "{title}"\nurl: https://example.com/{name}\n'
                     f"published: {published}\n", body)
    sources, problems = load_sources([folder])
    assert not [p for p in problems if p.severity == "error"]
    return extract(sources)


def linked(timeline):
    return [c for c in timeline.claims if c.basis == "linked"]


def event_holding(timeline, claim_id: str):
    (event,) = [e for e in timeline.events if claim_id in e.claims]
    return event


def test_an_undated_recap_joins_the_happening_other_reports_date(tmp_path: Path) -> None:
    timeline = timeline_of(tmp_path / "sources", {
        "kremlin": ("2026-01-29", *KREMLIN), "kyiv": ("2026-01-30", *KYIV),
        "recap": ("2026-02-02", *RECAP)})
    joined = {c.text.split(",")[0]: c for c in linked(timeline)}
    assert sorted(joined) == ["Later", "Zelensky responded by rejecting any meeting in Moscow"]
    peskov = event_holding(timeline, joined["Later"].id)
    assert "kremlin" in peskov.sources and "recap" in peskov.sources
    assert joined["Later"].when == peskov.when and peskov.when.start.isoformat() == "2026-01-29"
    assert joined["Later"].timex is None
    kyiv = event_holding(timeline, joined["Zelensky responded by rejecting any meeting in Moscow"].id)
    assert kyiv.sources == ("kyiv", "recap") and kyiv.when.start.isoformat() == "2026-01-30"
    # a sentence whose agent acts in no event nearby gives no claim at all
    assert not [c for c in timeline.claims if "Rubio" in c.text]
    assert {c.basis for c in timeline.claims} == {"explicit", "publication", "linked"}


def test_a_recall_changes_no_event_id_title_or_date(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    three = {"kremlin": ("2026-01-29", *KREMLIN), "kyiv": ("2026-01-30", *KYIV),
             "recap": ("2026-02-02", *RECAP)}
    joined = timeline_of(tmp_path / "a", three)
    monkeypatch.setattr(recalls, "LINK", float("inf"))  # none joins
    apart = timeline_of(tmp_path / "b", three)
    assert linked(joined) and not linked(apart)
    assert [(e.id, e.title, e.when, e.conflicts) for e in joined.events] == \
        [(e.id, e.title, e.when, e.conflicts) for e in apart.events]


def test_a_recall_of_two_happenings_alike_joins_neither(tmp_path: Path) -> None:
    twice = {"kremlin": ("2026-01-29", *KREMLIN),
             "again": ("2026-01-19", KREMLIN[0], KREMLIN[1].replace("Thursday", "Monday")),
             "recap": ("2026-02-02", *RECAP)}
    timeline = timeline_of(tmp_path / "sources", twice)
    assert not [c for c in linked(timeline) if c.text.startswith("Later")]


def test_a_happening_more_than_a_month_before_is_not_recalled_undated(tmp_path: Path) -> None:
    timeline = timeline_of(tmp_path / "sources", {
        "kremlin": ("2025-12-04", *KREMLIN), "recap": ("2026-02-02", *RECAP)})
    assert linked(timeline) == []


def test_a_statement_most_like_its_own_report_joins_nothing_else(tmp_path: Path) -> None:
    own = ("Peskov on the venue",
           "Kremlin spokesman Dmitry Peskov said on Saturday that Moscow is the only venue for "
           "peace talks and that no other venue is being discussed.\n\n"
           "Peskov later took the same line, noting that no other venue than Moscow is "
           "being discussed for peace talks.\n")
    timeline = timeline_of(tmp_path / "sources", {
        "kremlin": ("2026-01-29", *KREMLIN), "own": ("2026-02-02", *own)})
    assert not [c for c in linked(timeline) if c.source == "own"]


def test_a_place_the_happening_never_names_counts_against_a_recall(tmp_path: Path) -> None:
    timeline = timeline_of(tmp_path / "sources", {
        "kremlin": ("2026-01-29", *KREMLIN), "recap": ("2026-02-02", *RECAP)})
    (statement,) = linked(timeline)
    event = event_holding(timeline, statement.id)
    claim_of = {c.id: c for c in timeline.claims}
    members = [claim_of[k] for k in event.claims]
    reading = recalls.Reading(dict(Counter(a for m in members if (a := agent(m)))), {},
                              set(), {p for m in members for p in m.places}, frozenset())

    def score(c):
        return recalls.likeness(c, event, reading, "dmitry-peskov", lambda _: {"w": 1.0},
                                {"w": 1.0})

    assert "minsk" not in event.places
    elsewhere = replace(statement, places=(*statement.places, "minsk"))
    assert score(statement) - score(elsewhere) == pytest.approx(recalls.OTHER_PLACE)
    # who acts, what happens and where add up only over shared words: without them, nothing
    assert recalls.likeness(statement, event, reading, "dmitry-peskov", lambda _: {"w": 1.0},
                            {"other": 1.0}) == 0.0


ROUNDS = {
    "first": ("2026-01-24", "Trilateral talks open in Abu Dhabi",
              "The first round of trilateral talks between Ukraine, Russia and the United States "
              "was held in Abu Dhabi on Friday and Saturday, ending with no agreement.\n"),
    "second": ("2026-02-05", "Second round ends in Abu Dhabi",
               "The second round of trilateral talks between Ukraine, Russia and the United States "
               "ended in Abu Dhabi on Thursday with an agreement on a prisoner exchange.\n"),
}


def test_a_recall_naming_no_one_joins_what_happened_where_it_says(tmp_path: Path) -> None:
    recap = ("2026-02-07", "Next round proposed",
             "Zelensky said on Saturday that the US had proposed a meeting in Miami.\n\n"
             "The latest round of trilateral talks between Ukraine, Russia and the United States "
             "had been held in Abu Dhabi.\n\n"
             "The first round in Abu Dhabi had ended with an agreement on a prisoner exchange.\n\n"
             "The talks in Abu Dhabi ended with an agreement on a prisoner exchange.\n")
    timeline = timeline_of(tmp_path / "sources", {**ROUNDS, "recap": recap})
    joined = {c.text.split(" ")[1]: event_holding(timeline, c.id).sources for c in linked(timeline)}
    # "the latest round" is the last before the report, whatever else is alike; "the first
    # round" never one its reports call the second; a statement that does not say it looks
    # back ("The talks in Abu Dhabi ended ...") is the report's own account: it joins none
    assert joined.get("latest") == ("second", "recap")
    assert joined.get("first") != ("second", "recap")
    assert "talks" not in joined


PROBE = FIXTURES / "recaps"


def test_recalls_on_probe_articles_join_what_they_tell_of() -> None:
    """The probe articles (tests/fixtures/recaps) beside the dev corpus: the undated sentences
    that join an event join the happening the gold says they tell of (the one wrong, Zelensky
    "then challenged the Russian leader to meet him in Türkiye", joins the Istanbul talks that
    merging made one event with his challenge). With the corpus's word weights 7 right, 2
    wrong, none joined where the gold says nothing dates it; a regression guard, not a target. (Since session 18 the drone
    attack on Kyiv hours after Putin's offer is an event of its own, so the offer's event names
    no Kyiv; "Putin proposed resuming direct negotiations in Istanbul ..., rejecting the call by
    Kyiv" names Kyiv, the government, which the likeness reads as a place the event never
    names, and joins the Istanbul talks instead: the second wrong.) With the fixed word table
    (events.word_table) 5 right, 3 wrong: that statement and "rolled out the red carpet for the
    Russian president" join nothing, and the second Istanbul round and the latest Abu Dhabi
    round each join the first ("round", "talks", the place: alike; "second", "latest": no
    weight of their own)."""
    sources, _ = load_sources([PROBE / "articles", FIXTURES / "dev_corpus" / "articles"])
    timeline = extract(sources)
    gold = yaml.safe_load((PROBE / "gold.yaml").read_text(encoding="utf-8"))
    right = wrong = spurious = 0
    for g in gold:
        said = " ".join(g["contains"].split())
        hits = [c for c in linked(timeline)
                if c.source == g["source"].replace("_", "-") and said in " ".join(c.text.split())]
        if not hits:
            continue
        when = event_holding(timeline, hits[0].id).when
        ref = g["refers_to"]
        if ref is None:
            spurious += 1
        elif when.start <= ref["end"] and ref["start"] <= when.end:
            right += 1
        else:
            wrong += 1
    assert (spurious, wrong) <= (0, 3) and right >= 5, (right, wrong, spurious)
