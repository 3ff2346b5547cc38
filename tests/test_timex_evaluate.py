"""The TempEval-3-style scorer (`make eval`) on a small hand-made TimeML file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from generator.model import Timex
from generator.timex import tag
from generator.timex.evaluate import Counts, evaluate, main, parse_timeml, score

SAMPLE = Path(__file__).parent / "fixtures" / "timeml" / "sample.tml"


def test_parse_gives_plain_text_offsets_and_leaves_out_the_dct() -> None:
    doc = parse_timeml(SAMPLE)
    assert doc.dct == dt.date(2025, 5, 14)
    assert [(g.text, g.type, g.value) for g in doc.gold] == [
        ("Sunday", "DATE", "2025-05-11"), ("Thursday", "DATE", "2025-05-15"),
        ("December 2019", "DATE", "2019-12"), ("more than five years ago", "DATE", "2020"),
        ("over three years", "DURATION", "P3Y")]
    for g in doc.gold:
        assert doc.text[g.start:g.end] == g.text
    assert "Sunday & Zelensky" in doc.text  # entities decoded, tags gone
    assert "<" not in doc.text


def test_counts_strict_relaxed_value_and_type() -> None:
    doc = parse_timeml(SAMPLE)
    g = doc.gold

    def sys(i: int, start: int, end: int, type_: str, value: str) -> Timex:
        return Timex(start, end, doc.text[start:end], type_, value, None, f"r{i}")

    system = (
        sys(0, g[0].start, g[0].end, "DATE", "2025-05-11"),        # exact, right
        sys(1, g[1].start, g[1].end, "DATE", "2025-05-22"),        # exact, wrong value
        sys(2, g[2].start + 9, g[2].end, "DATE", "2019"),          # overlap only, wrong value
        sys(3, g[4].start + 5, g[4].end, "DATE", "P3Y"),           # overlap, wrong type
        sys(4, 0, 6, "DATE", "PRESENT_REF"),                       # no gold there
    )
    counts, errors = score(doc, system)
    assert counts == Counts(gold=5, system=5, strict=2, relaxed=4, value=2, type=3)
    kinds = sorted(e.split()[0] for e in errors)
    assert kinds == ["EXTRA", "MISS", "SPAN", "SPAN", "VALUE", "VALUE"]
    s = counts.scores()
    assert s["strict"] == pytest.approx(40.0)
    assert s["relaxed"] == pytest.approx(80.0)
    assert s["value"] == pytest.approx(80.0 * 2 / 4)
    assert s["type"] == pytest.approx(80.0 * 3 / 4)


def test_evaluate_tags_the_folder_and_main_prints_the_scores(
        capsys: pytest.CaptureFixture[str]) -> None:
    counts, errors = evaluate(SAMPLE.parent)
    assert (counts.gold, counts.relaxed) == (5, 5)
    assert main([str(SAMPLE.parent), "--errors", "5"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[1].split()[:4] == ["timeml", "1", "5", str(counts.system)]
    assert main(["no/such/folder"]) == 2


def test_by_rule_counts_each_rules_expressions(capsys: pytest.CaptureFixture[str]) -> None:
    doc = parse_timeml(SAMPLE)
    by_rule: dict[str, Counts] = {}
    counts, _ = score(doc, tag(doc.text, doc.dct), by_rule)
    assert sum(r.system for r in by_rule.values()) == counts.system
    assert sum(r.relaxed for r in by_rule.values()) == counts.relaxed
    assert by_rule["weekday"].system == 2 and by_rule["weekday"].value == 2
    assert main([str(SAMPLE.parent), "--by-rule"]) == 0
    assert "weekday" in capsys.readouterr().out
