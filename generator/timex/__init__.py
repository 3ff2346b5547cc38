"""Our temporal tagger: TimeML TIMEX3 extraction (rules as data) and anchoring.

>>> import datetime as dt
>>> [(t.text, t.value) for t in tag("They met last weekend.", dt.date(2026, 1, 29))]
[('last weekend', '2026-W04-WE')]
"""

from __future__ import annotations

import datetime as dt

from generator.lang import DEFAULT
from generator.model import Timex
from generator.timex.extract import find_mentions
from generator.timex.resolve import resolve, tense
from generator.timex.rules import RuleError, load

__all__ = ["tag", "months", "tense", "RuleError"]


def tag(text: str, dct: dt.date, language: str = DEFAULT,
        asides: tuple[tuple[int, int], ...] = ()) -> tuple[Timex, ...]:
    """Temporal expressions in ``text``, anchored to the document creation time ``dct``; the
    words of ``language``'s bundle (generator/lang/) read tenses and spelled numbers. Dates
    within ``asides`` (sorted spans: captions) anchor no later anaphor."""
    return resolve(find_mentions(text, load(), language=language), text, dct, language, asides)


def months() -> tuple[tuple[str, int], ...]:
    """The names of the months as the tagger's tables give them (full names first, then the
    short forms it reads before a day or a year), each with its number: ``("March", 3)``."""
    tables = load().tables
    return tuple((k, int(v)) for t in ("month", "month_abbr") for k, v in tables[t].values)
