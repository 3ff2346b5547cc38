"""`timeline extract sources/` shows every hand-checked claim of the seeds (gold fixture)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
import yaml

from generator.cli import main
from generator.model import GRANULARITIES
from tests.conftest import FIXTURES

GOLD = yaml.safe_load((FIXTURES / "seed_claims.yaml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def export(tmp_path_factory: pytest.TempPathFactory) -> dict:
    out = tmp_path_factory.mktemp("extract") / "timeline.json"
    import contextlib
    import io

    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer):
        assert main(["extract", "sources"]) == 0
    out.write_text(buffer.getvalue(), encoding="utf-8")
    return json.loads(buffer.getvalue())


def matches(claim: dict, entry: dict, url_of: dict[str, str]) -> bool:
    """The gold file's rule: same url, sentence contains, dates overlap, same or finer."""
    when = claim["when"]
    start, end = dt.date.fromisoformat(when["start"]), dt.date.fromisoformat(when["end"])
    return (url_of[claim["source"]] == entry["url"]
            and entry["contains"] in claim["text"]
            and start <= entry["end"] and entry["start"] <= end
            and GRANULARITIES.index(when["granularity"]) <= GRANULARITIES.index(entry["granularity"]))


REQUIRED = [e for e in GOLD if e.get("level") != "stretch"]


@pytest.mark.parametrize("entry", REQUIRED, ids=[e["contains"][:40] for e in REQUIRED])
def test_gold_claim_is_extracted(export: dict, entry: dict) -> None:
    url_of = {s["id"]: s["url"] for s in export["sources"]}
    assert any(matches(c, entry, url_of) for c in export["claims"]), entry


def test_explicit_claims_are_right(export: dict) -> None:
    """>= 90% of explicit claims match a gold entry (gold lists every dated happening)."""
    url_of = {s["id"]: s["url"] for s in export["sources"]}
    explicit = [c for c in export["claims"] if c["basis"] == "explicit"]
    right = [c for c in explicit if any(matches(c, e, url_of) for e in GOLD)]
    assert explicit and len(right) / len(explicit) >= 0.9, [c["text"][:60] for c in explicit
                                                           if c not in right]


def test_no_durations_ages_or_modal_may_as_dates(export: dict) -> None:
    for c in export["claims"]:
        if c["timex"]:
            assert c["timex"]["type"] in ("DATE", "TIME")
            assert c["timex"]["text"].lower() != "may"


def test_offsets_point_at_the_sentence_in_the_raw_file(export: dict) -> None:
    raw = {s["id"]: Path(s["path"]).read_text(encoding="utf-8") for s in export["sources"]}
    for c in export["claims"]:
        assert raw[c["source"]][c["start"]:c["end"]] == c["text"]
        if c["timex"]:
            assert raw[c["source"]][c["timex"]["start"]:c["timex"]["end"]] == c["timex"]["text"]
        assert raw[c["source"]].count("\n", 0, c["start"]) + 1 == c["line"]
