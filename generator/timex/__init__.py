"""Our temporal tagger: TimeML TIMEX3 extraction (rules as data) and anchoring.

>>> import datetime as dt
>>> [(t.text, t.value) for t in tag("They met last weekend.", dt.date(2026, 1, 29))]
[('last weekend', '2026-W04-WE')]
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left

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
    if INVISIBLE.search(text) is None:
        return resolve(find_mentions(text, load(), language=language), text, dct, language, asides)
    # characters that show nothing inside a date are read through ("1\u20603 May 2025" is the
    # 13 May a reader sees, not the 3rd; "3 May 20\u200b25" keeps its year): the text is tagged
    # without them, each expression's offsets mapped back to the text as written
    kept = [i for i, ch in enumerate(text) if not INVISIBLE.match(ch)]
    plain = "".join(text[i] for i in kept)
    found = tag(plain, dct, language, tuple((bisect_left(kept, a), bisect_left(kept, b)) for a, b in asides))
    return tuple(Timex(kept[t.start], kept[t.end - 1] + 1, text[kept[t.start]:kept[t.end - 1] + 1],
                       t.type, t.value, t.mod, t.rule) for t in found if t.end > t.start)


# characters of no width: soft hyphen, zero-width spaces and joiners, direction marks and
# isolates, the word joiner and the invisible operators, a byte-order mark (the hostile26 round:
# each inside a date gave another day than a reader sees)
INVISIBLE = re.compile("[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")


def months() -> tuple[tuple[str, int], ...]:
    """The names of the months as the tagger's tables give them (full names first, then the
    short forms it reads before a day or a year), each with its number: ``("March", 3)``."""
    tables = load().tables
    return tuple((k, int(v)) for t in ("month", "month_abbr") for k, v in tables[t].values)
