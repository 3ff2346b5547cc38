"""TimeML values <-> calendar intervals with a granularity (pure date arithmetic)."""

from __future__ import annotations

import datetime as dt
import re

from generator.model import TimeValue

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


def interval(value: str) -> TimeValue | None:
    """The calendar interval a TimeML DATE/TIME value denotes, or None (refs, durations, XXXX).

    >>> interval("2026-W04-WE")
    TimeValue(start=datetime.date(2026, 1, 24), end=datetime.date(2026, 1, 25), granularity='weekend')
    """
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
    return None


def week_value(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def quarter_value(day: dt.date) -> str:
    return f"{day.year}-Q{(day.month - 1) // 3 + 1}"


def season_value(day: dt.date) -> str:
    # Dec belongs to that year's winter; Jan and Feb to the previous year's
    if day.month in (1, 2):
        return f"{day.year - 1}-WI"
    return f"{day.year}-{SEASONS[(day.month - 3) // 3]}"
