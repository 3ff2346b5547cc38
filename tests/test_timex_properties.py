"""The tagger never raises, and its spans always index the text they came from."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.timex import tag
from generator.timex.values import interval

WORDS = st.sampled_from([
    "last", "next", "this", "week", "weekend", "May", "may", "2019", "Monday", "the", "day",
    "later", "ago", "two", "years", "early", "1990s", "21st", "century", "spring", "of",
    "January", "5", ",", ".", "Q3", "quarter", "fourth", "tonight", "at", "3", "p.m.", "same",
    "earlier", "in", "-", "9/3/2025", "2025-09-03", "twenty", "four", "hours", "every", "now",
])


@settings(max_examples=300, deadline=None)
@given(st.lists(WORDS, max_size=25).map(" ".join),
       st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31)))
def test_never_raises_on_temporal_word_soup(text: str, dct: dt.date) -> None:
    for t in tag(text, dct):
        assert text[t.start:t.end] == t.text
        assert t.type in ("DATE", "TIME", "DURATION", "SET")


@settings(max_examples=200, deadline=None)
@given(st.text(), st.dates())
def test_never_raises_on_any_text(text: str, dct: dt.date) -> None:
    for t in tag(text, dct):
        assert text[t.start:t.end] == t.text


def test_intervals_of_each_granularity() -> None:
    cases = {
        "2025-09-03": ("2025-09-03", "2025-09-03", "day"),
        "2026-W04-WE": ("2026-01-24", "2026-01-25", "weekend"),
        "2025-W20": ("2025-05-12", "2025-05-18", "week"),
        "2022-02": ("2022-02-01", "2022-02-28", "month"),
        "1997-Q4": ("1997-10-01", "1997-12-31", "quarter"),
        "1997-WI": ("1997-12-01", "1998-02-28", "season"),
        "2024-H2": ("2024-07-01", "2024-12-31", "half"),
        "2019": ("2019-01-01", "2019-12-31", "year"),
        "199": ("1990-01-01", "1999-12-31", "decade"),
        "20": ("2000-01-01", "2099-12-31", "century"),
    }
    for value, (start, end, granularity) in cases.items():
        iv = interval(value)
        assert iv is not None, value
        assert (iv.start.isoformat(), iv.end.isoformat(), iv.granularity) == (start, end, granularity)
    for vague in ("PRESENT_REF", "P1M", "XXXX-10", "2025-02-30", "2024-H3"):
        assert interval(vague) is None


def test_each_granularity_has_a_label() -> None:
    from generator.model import GRANULARITIES
    from generator.render import date_label
    values = {"day": "2025-09-03", "weekend": "2026-W04-WE", "week": "2025-W20",
              "month": "2022-02", "quarter": "1997-Q4", "season": "1997-WI", "half": "2024-H1",
              "year": "2019", "decade": "199", "century": "20"}
    assert set(values) == set(GRANULARITIES)
    labels = {g: date_label(interval(v)) for g, v in values.items()}
    assert labels["half"] == "first half of 2024" and labels["quarter"] == "Q4 1997"
    assert len(set(labels.values())) == len(labels)


def test_letters_that_grow_when_lower_cased_do_not_move_spans() -> None:
    # "İ".lower() is two characters: rules run on lower-cased text, so offsets must not shift
    text = "İİİ talks in İstanbul lasted two days and ended on 3 May 2025."
    found = {(t.text, t.value) for t in tag(text, dt.date(2025, 5, 4))}
    assert found == {("two days", "P2D"), ("3 May 2025", "2025-05-03")}
    for t in tag(text, dt.date(2025, 5, 4)):
        assert text[t.start:t.end] == t.text


def test_case_insensitive_rules_run_on_lower_case_text() -> None:
    # THREE YEARS AGO in capitals is found by the lower-case fast path like the mixed-case form
    for text in ("THREE YEARS AGO the war began.", "Three years ago the war began."):
        assert [(t.text.lower(), t.value) for t in tag(text, dt.date(1998, 1, 8))] == \
            [("three years ago", "1995")]


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from([
    "He said", "will meet", "on Monday", "on Friday,", "and will", "that", "Talks were held",
    "in May.", "The deal, announced", "is expected", "\n", "may", "United", "planned a"]),
    max_size=40).map(" ".join), st.randoms(use_true_random=False))
def test_tense_does_not_depend_on_the_order_it_is_asked_in(text: str, rnd) -> None:
    from generator.timex.resolve import Clues, tense

    spots = [i for i in range(len(text)) if text.startswith(("Monday", "Friday", "May"), i)]
    rnd.shuffle(spots)
    shared = Clues(text)  # one reader asked in any order gives what a fresh one gives
    for start in spots:
        end = text.index(" ", start) if " " in text[start:] else len(text)
        assert shared.tense(start, end) == tense(text, start, end)


def test_spans_of_months_head_their_year_on_the_timeline() -> None:
    # a quarter, a season or a half-year is listed with the year, not under its first month
    from generator.model import Event
    from generator.render import timeline_groups
    events = tuple(Event(f"e-{v}", v, interval(v), (), ()) for v in ("2024-H2", "2024-Q3", "2024-07"))
    (year,) = timeline_groups(events)
    assert [e.id for e in year["whole"]] == ["e-2024-H2", "e-2024-Q3"]
    assert [[e.id for e in m["events"]] for m in year["months"]] == [["e-2024-07"]]
