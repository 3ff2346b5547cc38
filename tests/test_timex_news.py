"""The tagger on present-day news sentences annotated by hand (tests/fixtures/timex_news.yaml).

TimeBank and AQUAINT are news of 1989-2000; these cases check the same conventions on the kind
of text the timeline reads now (ranges, weekdays around the document date, reporting periods).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from generator.timex import tag

CASES = yaml.safe_load((Path(__file__).parent / "fixtures" / "timex_news.yaml").read_text(
    encoding="utf-8"))["cases"]


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:40] for c in CASES])
def test_news_sentence(case: dict) -> None:
    dct = case["dct"] if isinstance(case["dct"], dt.date) else dt.date.fromisoformat(case["dct"])
    found = [[t.text, t.type, t.value] for t in tag(case["text"], dct)]
    expected = [[str(e) for e in row] for row in case["expect"]]
    assert found == expected
