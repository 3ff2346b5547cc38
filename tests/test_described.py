"""A sentence opening on "The summit" is titled by the summit its article named before."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from generator.cache import claim_from_json, claim_to_json
from generator.claims import DATA, described
from generator.pipeline import extract
from generator.sources import load_sources

EXAMPLES = yaml.safe_load(DATA.read_text(encoding="utf-8"))["examples"]["described"]


@pytest.mark.parametrize("case", EXAMPLES, ids=lambda c: c["text"][:40])
def test_described_examples(case: dict) -> None:
    assert described(case["text"], case["before"]) == case["name"]

ARTICLE = """---
title: "Trump and Putin meet in Alaska"
url: "https://example.org/alaska"
outlet: Example News
published: 2025-08-17
---

Donald Trump and Vladimir Putin met at the Alaska summit in Anchorage on Friday, their first
meeting since 2019.

The summit ended on Saturday without a deal on a ceasefire in Ukraine.
"""


def _timeline(tmp_path: Path, text: str):
    (tmp_path / "a.md").write_text(text, encoding="utf-8")
    sources, problems = load_sources([tmp_path])
    assert not problems
    return extract(tuple(sources))


def test_the_summit_is_titled_by_its_name(tmp_path: Path) -> None:
    timeline = _timeline(tmp_path, ARTICLE)
    ended = [c for c in timeline.claims if c.text.startswith("The summit ended")]
    assert ended and {c.described for c in ended} == {"Alaska summit"}
    titles = [e.title for e in timeline.events if set(e.claims) & {c.id for c in ended}]
    assert titles and all(t.startswith("Alaska summit ends") for t in titles), titles


def test_a_description_told_apart_keeps_its_words(tmp_path: Path) -> None:
    # "The summit of the G7": qualified, no name put for it
    timeline = _timeline(tmp_path, ARTICLE.replace("The summit ended", "The summit of the G7 ended"))
    assert all(c.described is None for c in timeline.claims)


def test_the_name_survives_the_extraction_cache(tmp_path: Path) -> None:
    timeline = _timeline(tmp_path, ARTICLE)
    for c in timeline.claims:
        assert claim_from_json(claim_to_json(c)) == c
