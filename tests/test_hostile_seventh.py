"""The seventh hostile sweep (docs/benchmarks.md, "A seventh sweep"): what the sixth reported
and left, then new attacks (odd front-matter types, calendar edges, the command misused)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from generator.problems import InputError
from generator.project import add_source
from generator.sources import parse_source
from generator.timex import tag
from tests.conftest import write_source

DCT = dt.date(2025, 9, 3)


# ------------------------------------------------------------------ counts with thousands
@pytest.mark.parametrize("text, extent, value", [
    ("It happened 2,000 days ago.", "2,000 days ago", "2020-03-13"),
    ("It happened 10,000 days ago.", "10,000 days ago", "1998-04-18"),
    ("It happened 1,000 weeks ago.", "1,000 weeks ago", "2006-W27"),
    ("It ended 1,001 years earlier.", "1,001 years earlier", "1024"),
    ("It will end 2,500 days later.", "2,500 days later", "2032-07-08"),
    # past the calendar: no date, and no traceback
    ("It happened 999,999 days ago.", "999,999 days ago", "XXXX"),
    ("It happened 1,000,000 days ago.", "1,000,000 days ago", "XXXX"),
    ("It happened 3,000 years ago.", "3,000 years ago", "XXXX"),
])
def test_a_count_with_thousands_separators_is_read_whole(text: str, extent: str,
                                                         value: str) -> None:
    """"999,999 days ago" was read as "999 days ago" (2022-12-09), "2,000 days ago" as
    "000 days ago" (the day before the article): the count stopped at the separator."""
    found = [(t.text, t.value) for t in tag(text, DCT)]
    assert found == [(extent, value)]


def test_a_comma_between_numbers_is_still_no_separator() -> None:
    assert [(t.text, t.value) for t in tag("It happened 1,5 days ago.", DCT)] == \
        [("5 days ago", "2025-08-29")]


