"""What tagging a text costs in memory: for the hostile sweeps' tests of texts of many dates."""

from __future__ import annotations

import datetime as dt
import tracemalloc

from generator.model import Timex
from generator.timex import tag


def tagged_with_peak(text: str, dct: dt.date = dt.date(2025, 9, 12)) -> tuple[tuple[Timex, ...], int]:
    """The text's dates and the memory its tagging took at its peak, in bytes (the rules
    compiled and loaded first, on its first 2,000 characters)."""
    tag(text[:2_000], dct)
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        found = tag(text, dct)
        peak = tracemalloc.get_traced_memory()[1] - before
    finally:
        tracemalloc.stop()
    return found, peak
