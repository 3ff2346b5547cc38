"""TimeML values <-> calendar intervals with a granularity (pure date arithmetic)."""

from __future__ import annotations

import datetime as dt
import re

from generator.model import TimeValue, Timex

SEASONS = ("SP", "SU", "FA", "WI")
_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$")
_WEEKEND = re.compile(r"^(\d{4})-W(\d{2})-WE$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|WI)$")
_HALF = re.compile(r"^(\d{4})-H([12])$")


def month_end(year: int, month: int) -> dt.date:
    if month == 12:
        return dt.date(year, 12, 31)
    return dt.date(year, month + 1, 1) - dt.timedelta(days=1)


def add_months(year: int, month: int, n: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + n
    return index // 12, index % 12 + 1


def interval(value: str, mod: str | None = None) -> TimeValue | None:
    """The calendar interval a TimeML DATE/TIME value denotes, or None (refs, durations, XXXX);
    with the expression's ``mod``, the part of it that START, MID or END names (see ``narrow``).

    >>> interval("2026-W04-WE")
    TimeValue(start=datetime.date(2026, 1, 24), end=datetime.date(2026, 1, 25), granularity='weekend')
    >>> interval("2019", "END")  # "by the end of 2019"
    TimeValue(start=datetime.date(2019, 12, 1), end=datetime.date(2019, 12, 31), granularity='month')
    """
    whole = _interval(value)
    if whole is not None and whole.end >= dt.date.max:
        # (a tenth sweep) no interval may end on 31 December 9999, the last day a date can
        # hold: the pages, the calendar and the visual timeline end an interval the day after
        # it ("31 December 9998 ... a year later" stopped the build with an OverflowError
        # traceback). As in curation.yaml (LAST_DAY), such a date is none
        return None
    return narrow(whole, mod) if whole is not None and mod else whole


# Which month of a span of months START, MID and END name: "the end of 2019" and "late 2019" are
# December 2019, "early 2022" January 2022, "the end of the third quarter" September. The year
# keeps the TimeML value ("2019", mod END: TimeBank's and the TempEval scorer's), and the claim
# gets the month, so that "before the end of 2019" meets "in December 2019" and is not drawn as
# the whole year (the dev corpus's gold reads "the end of the year" as December). The first or
# last month rather than a third of the span: an interval of whole months keeps the month's
# granularity, so that it merges with the days and months of other reports (events.py indexes
# whole units). A year's middle is no month (June? July?) and stays the year, as do months and
# weeks, whose parts ("the end of February": from about the 21st) are no calendar unit, and
# decades and centuries ("the early 1990s" is not 1990).
MONTH_OF_PART = {
    "year": {"START": 0, "END": 11},
    "half": {"START": 0, "END": 5},
    "quarter": {"START": 0, "MID": 1, "END": 2},
    "season": {"START": 0, "MID": 1, "END": 2},
}


def narrow(whole: TimeValue, mod: str) -> TimeValue:
    """The month of ``whole`` that ``mod`` (START, MID, END) names, by MONTH_OF_PART; ``whole``
    itself for other granularities and mods (APPROX, MORE_THAN ... qualify, not narrow).

    >>> narrow(interval("2025-Q3"), "START")
    TimeValue(start=datetime.date(2025, 7, 1), end=datetime.date(2025, 7, 31), granularity='month')
    """
    index = MONTH_OF_PART.get(whole.granularity, {}).get(mod)
    if index is None:
        return whole
    year, month = add_months(whole.start.year, whole.start.month, index)
    return TimeValue(dt.date(year, month, 1), month_end(year, month), "month")


# "earlier this year", "later this month" carry START and END too (TimeBank's convention), but
# run from the start of the unit to the document date, or from it to the end: no edge month
COUNTS_FROM_NOW = re.compile(r"(?:earlier|later)\b", re.IGNORECASE)


COMING_DAYS = re.compile(r"(?i)\b(?:coming|next\s+few)\s+days\b|\bdays\s+ahead\b")


TWO_DAYS = re.compile(r"\b(?:between|and|to|into)\b", re.IGNORECASE)  # "between Saturday and Sunday"


def timex_interval(timex: Timex, today: dt.date | None = None) -> TimeValue | None:
    """The interval a claim dated by ``timex`` covers: its value's, narrowed to the part its
    mod names ("by the end of 2019": December 2019), except for "earlier/later this year".

    >>> timex_interval(Timex(0, 15, "the end of 2019", "DATE", "2019", "END"))
    TimeValue(start=datetime.date(2019, 12, 1), end=datetime.date(2019, 12, 31), granularity='month')
    >>> timex_interval(Timex(0, 17, "earlier this year", "DATE", "2019", "START")).granularity
    'year'

    A night named by its two days is dated by the morning it ended ("overnight between
    Saturday and Sunday", TimeML's ``2025-05-10TNI``: the Sunday), as "overnight into Sunday"
    and "the night of May 11" are, so that a report dating it by its evening ("late Saturday")
    shows as another version of it (events.night_of joins the two). A night named by one day
    is that day's ("Saturday night", as outlets date it: a report of "the night of May 18"
    dates it otherwise, and the two are one happening dated two ways).

    >>> timex_interval(Timex(0, 37, "overnight between Saturday and Sunday", "TIME", "2025-05-10TNI"))
    TimeValue(start=datetime.date(2025, 5, 11), end=datetime.date(2025, 5, 11), granularity='day')
    >>> timex_interval(Timex(0, 14, "Saturday night", "TIME", "2025-05-17TNI")).end
    datetime.date(2025, 5, 17)

    A bare "overnight" (TimeML: the night before, ``2025-03-18TNI`` told on the 19th) is dated
    by the morning it ended, as outlets date it ("drones struck overnight" in a report of the
    19th).

    >>> timex_interval(Timex(0, 9, "overnight", "TIME", "2025-03-18TNI")).start
    datetime.date(2025, 3, 19)
    """
    if timex.value == "FUTURE_REF" and today is not None and COMING_DAYS.search(timex.text):
        # "in the coming days": the week after the report (a plan with no day of its own)
        return TimeValue(today + dt.timedelta(days=1), today + dt.timedelta(days=7), "week")
    now = COUNTS_FROM_NOW.match(timex.text)
    whole = claimed_interval(timex.value, None if now else timex.mod)
    if whole is not None and timex.value.endswith("TNI") and whole.granularity == "day" \
            and TWO_DAYS.search(timex.text):
        day = whole.start + dt.timedelta(days=1)
        return TimeValue(day, day, "day")
    if whole is not None and timex.value.endswith("TNI") and whole.granularity == "day" \
            and timex.text.strip().lower() == "overnight":
        # "Russia launched 150 drones overnight": the night before the day it is told from,
        # dated as outlets date it, by the morning it ended
        day = whole.start + dt.timedelta(days=1)
        return TimeValue(day, day, "day")
    if now and whole is not None and today is not None and whole.granularity in PART_OF_NOW:
        return part_of_now(whole, now.group(0).lower() == "earlier", today)
    return whole


# the units whose "earlier this ..." and "later this ..." are their days before and after the
# report's day: "Trump said earlier this week" (a report of Thursday) is Monday to Wednesday,
# and cannot be the Thursday the same report names. (A year's or quarter's part stays the
# unit: "earlier this year" is too vague for its days to matter.)
PART_OF_NOW = ("week", "month")


def part_of_now(whole: TimeValue, earlier: bool, today: dt.date) -> TimeValue:
    """The days of ``whole`` before ``today`` (``earlier``) or after it, keeping the unit's
    granularity; ``whole`` itself when ``today`` is not inside it or leaves no day.

    >>> week = interval("2026-W05")  # Monday 26 January to Sunday 1 February 2026
    >>> part_of_now(week, True, dt.date(2026, 1, 29))
    TimeValue(start=datetime.date(2026, 1, 26), end=datetime.date(2026, 1, 28), granularity='week')
    >>> part_of_now(week, False, dt.date(2026, 1, 29)).start
    datetime.date(2026, 1, 30)
    >>> part_of_now(week, True, dt.date(2026, 1, 26)) == week  # Monday: no earlier day
    True
    """
    if not whole.start <= today <= whole.end:
        return whole
    one = dt.timedelta(days=1)
    if earlier and today > whole.start:
        return TimeValue(whole.start, today - one, whole.granularity)
    if not earlier and today < whole.end:
        return TimeValue(today + one, whole.end, whole.granularity)
    return whole


def claimed_interval(value: str, mod: str | None = None) -> TimeValue | None:
    """``interval``, except that a day its month does not have ("30 February 2024", "31
    April": a typo) is its month: a claim so dated was dated by its report instead, or was no
    claim, without a word (``claims.missing_days`` warns). The tagger's own reading of later
    expressions keeps ``interval``, which makes no date of it.

    >>> claimed_interval("2024-02-30")
    TimeValue(start=datetime.date(2024, 2, 1), end=datetime.date(2024, 2, 29), granularity='month')
    """
    if missing_day(value):
        return interval(value[:7], mod)
    return interval(value, mod)


def missing_day(value: str) -> bool:
    """Is ``value`` a day its month does not have (the 29th to 39th, or the 0th: an ISO date
    "2025-03-00" was no claim and no warning, a tenth sweep)?

    >>> missing_day("2024-02-30"), missing_day("2025-04-31"), missing_day("2024-02-29")
    (True, True, False)
    >>> missing_day("2025-03-00"), missing_day("2025-03-35"), missing_day("2025-13-00")
    (True, True, False)
    """
    m = _DAY.match(value)
    if m is None or not (1 <= int(m[1]) and 1 <= int(m[2]) <= 12):
        return False
    return int(m[3]) == 0 or int(m[3]) > month_end(int(m[1]), int(m[2])).day


def _interval(value: str) -> TimeValue | None:
    try:
        if m := _DAY.match(value):
            day = dt.date(int(m[1]), int(m[2]), int(m[3]))
            return TimeValue(day, day, "day")
        if m := _WEEKEND.match(value):
            sat = dt.date.fromisocalendar(int(m[1]), int(m[2]), 6)
            return TimeValue(sat, sat + dt.timedelta(days=1), "weekend")
        if m := _WEEK.match(value):
            mon = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
            return TimeValue(mon, mon + dt.timedelta(days=6), "week")
        if m := _MONTH.match(value):
            year, month = int(m[1]), int(m[2])
            return TimeValue(dt.date(year, month, 1), month_end(year, month), "month")
        if m := _QUARTER.match(value):
            year, q = int(m[1]), int(m[2])
            return TimeValue(dt.date(year, 3 * q - 2, 1), month_end(year, 3 * q), "quarter")
        if m := _HALF.match(value):  # "the second half of 2024": July to December
            year, h = int(m[1]), int(m[2])
            return TimeValue(dt.date(year, 6 * h - 5, 1), month_end(year, 6 * h), "half")
        if m := _SEASON.match(value):
            year, s = int(m[1]), SEASONS.index(m[2])
            first_y, first_m = add_months(year, 3 + 3 * s, 0)
            last_y, last_m = add_months(year, 3 + 3 * s, 2)
            return TimeValue(dt.date(first_y, first_m, 1), month_end(last_y, last_m), "season")
        if re.fullmatch(r"\d{4}", value):
            year = int(value)
            return TimeValue(dt.date(year, 1, 1), dt.date(year, 12, 31), "year")
        if re.fullmatch(r"\d{3}", value):
            year = int(value) * 10
            return TimeValue(dt.date(year, 1, 1), dt.date(year + 9, 12, 31), "decade")
        if re.fullmatch(r"\d{2}", value):
            year = int(value) * 100
            return TimeValue(dt.date(max(year, 1), 1, 1), dt.date(year + 99, 12, 31), "century")
    except ValueError:  # e.g. 2025-02-30 or week 54: not a real date
        return None
    except OverflowError:  # the ISO week of 31 December 9999 ends in the year 10000
        return None
    return None


def week_value(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def quarter_value(day: dt.date) -> str:
    return f"{day.year:04d}-Q{(day.month - 1) // 3 + 1}"


def season_value(day: dt.date) -> str:
    # Dec belongs to that year's winter; Jan and Feb to the previous year's
    if day.month in (1, 2):
        return f"{day.year - 1:04d}-WI"
    return f"{day.year:04d}-{SEASONS[(day.month - 3) // 3]}"
