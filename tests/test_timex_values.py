"""The part of a period that a TimeML mod names, as the interval a claim gets."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.model import Timex
from generator.timex import tag
from generator.timex.values import interval, timex_interval


@pytest.mark.parametrize(("value", "mod", "start", "end", "granularity"), [
    ("2019", "END", "2019-12-01", "2019-12-31", "month"),       # "by the end of 2019"
    ("2022", "START", "2022-01-01", "2022-01-31", "month"),     # "early 2022"
    ("2019", "MID", "2019-01-01", "2019-12-31", "year"),        # "mid-2019": no one month
    ("2025-Q3", "END", "2025-09-01", "2025-09-30", "month"),
    ("2025-Q3", "MID", "2025-08-01", "2025-08-31", "month"),
    ("2024-H1", "END", "2024-06-01", "2024-06-30", "month"),
    ("1997-WI", "START", "1997-12-01", "1997-12-31", "month"),
    ("2025-02", "END", "2025-02-01", "2025-02-28", "month"),    # months and weeks stay whole
    ("2025-W20", "START", "2025-05-12", "2025-05-18", "week"),
    ("199", "END", "1990-01-01", "1999-12-31", "decade"),       # "the late 1990s" is not 1999
    ("2019", "APPROX", "2019-01-01", "2019-12-31", "year"),     # other mods qualify, not narrow
    ("2019", None, "2019-01-01", "2019-12-31", "year"),
])
def test_mod_narrows_to_a_month(value: str, mod: str | None, start: str, end: str,
                                granularity: str) -> None:
    iv = interval(value, mod)
    assert iv is not None
    assert (iv.start.isoformat(), iv.end.isoformat(), iv.granularity) == (start, end, granularity)


@pytest.mark.parametrize(("text", "dct", "start", "granularity"), [
    ("Leaders agreed to a full ceasefire before the end of 2019.", "2019-12-10", "2019-12-01", "month"),
    ("They agreed to swap all prisoners by the end of the year.", "2019-12-10", "2019-12-01", "month"),
    ("The plant will close in late 2026.", "2025-03-04", "2026-12-01", "month"),
    ("Wildfires spread in late summer.", "2024-10-30", "2024-08-01", "month"),
    # "earlier this year" runs from January to the article; "later this year" to December
    ("Zelensky was elected earlier this year.", "2019-12-10", "2019-01-01", "year"),
    ("Elections are due later this year.", "2024-03-04", "2024-01-01", "year"),
])
def test_claim_interval_of_a_tagged_expression(text: str, dct: str, start: str,
                                               granularity: str) -> None:
    dated = [t for t in tag(text, dt.date.fromisoformat(dct)) if t.type == "DATE"]
    assert len(dated) == 1
    iv = timex_interval(dated[0])
    assert iv is not None
    assert (iv.start.isoformat(), iv.granularity) == (start, granularity)


@pytest.mark.parametrize(("text", "start"), [
    ("At the summit in Paris on December 9, the leaders agreed on an exchange of detainees by the "
     "end of the year.", "2019-12-01"),
    ("Putin said on Monday that the war would end by the end of the year.", "2020-12-01"),
])
def test_the_year_is_that_of_a_day_its_sentence_named(text: str, start: str) -> None:
    """"the year" in a sentence that named a day before it is that day's year (written in
    April 2020, "on December 9" is of 2019, and so is its "the end of the year")."""
    dated = [t for t in tag(text, dt.date(2020, 4, 16)) if t.text == "the end of the year"]
    iv = timex_interval(dated[0])
    assert iv is not None
    assert (iv.start.isoformat(), iv.granularity) == (start, "month")


def test_claim_interval_of_what_is_no_date() -> None:
    assert timex_interval(Timex(0, 3, "now", "DATE", "PRESENT_REF", None)) is None
