"""The sixth hostile sweep (docs/benchmarks.md, "A sixth sweep"): keys misspelt in the
editors' files, texts made only of invisible characters, addresses that hide what they are,
and what the sweep found besides."""

from __future__ import annotations

import pytest

from generator.curation import parse_curation
from generator.entities import parse_registry
from generator.problems import InputError
from tests.conftest import ROOT


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
     "entity x: unknown key 'alias'; an entity takes id, name, kind, aliases, role, side"),
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
