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


def test_a_caption_tells_what_was_taken() -> None:
    """A photo's caption in the present tells what was taken: its weekday is the one gone, not
    the one ahead nor the nearer either way (probe_events118: "hold a news conference in Kyiv
    on Tuesday, a day after the French leader's Kremlin talks", in a report of the Saturday
    after, was the Tuesday ahead); a word of the future in it still looks ahead, and the same
    words outside a caption keep their reading."""
    said = "Zelensky and Macron hold a news conference in Kyiv on Tuesday, a day after the French leader's Kremlin talks."
    saturday = dt.date(2022, 2, 12)
    assert tag(said, saturday, asides=((0, len(said)),))[0].value == "2022-02-08"
    assert tag(said, saturday)[0].value == "2022-02-15"
    ahead = "Putin, who will meet Trump on Friday, arrives in Anchorage."
    assert tag(ahead, saturday, asides=((0, len(ahead)),))[0].value == "2022-02-18"
    # (a clause of its own before the date keeps its reading; a word of the future after the
    # date tells of something else, hostile45)
    where = "Workers prepare the base in Anchorage where Putin and Trump meet on Friday."
    assert tag(where, saturday, asides=((0, len(where)),))[0].value == "2022-02-18"
    arrives = "Zelensky arrives in Berlin on Tuesday ahead of talks with Merz."
    assert tag(arrives, saturday, asides=((0, len(arrives)),))[0].value == "2022-02-08"
