"""``re`` for the reading rules, whose letters are the Latin script's, not ASCII's alone.

The rules write a capital as ``[A-Z]`` and a small letter as ``[a-z]`` (some 350 places in
attribution, claims, headlines, events and text, and the patterns of their data files). Names
the reporting writes open on capitals beyond ASCII as often as not in parts of the saga:
"Michal Šimečka, leader of Progressive Slovakia, wrote ..." read "leader of Progressive
Slovakia" as the speaker, because "Šimečka" was no name to ``[A-Z][\\w’'.-]*``; "the Élysée",
"Çavuşoğlu", "Łódź", "Þorgerður Katrín Gunnarsdóttir" (60 articles of the 138 probe sets).
This module is ``re`` with every pattern given as text widened first (``widen``): inside a
class, ``A-Z`` also holds the capitals of Latin-1, Latin Extended-A and -B and Latin Extended
Additional, and ``a-z`` their small letters (the letters ``str.isupper`` and ``str.islower``
tell, so "Ş" is a capital and "ş" a small letter; never Cyrillic or Greek, whose words in a
quoted post are no English names). A compiled pattern passed in is taken as it is.

The reading modules import it as ``re`` (``from generator import latin as re``): what a rule
means is written once, in ASCII, and read for the whole script.

>>> bool(search(r"^[A-Z][a-z]+$", "Šimečka"))
True
>>> bool(search(r"^[A-Z]", "šimečka")), bool(search(r"^[A-Z]", "Путин"))
(False, False)
>>> bool(search(r"^[^A-Z]", "Élysée")), bool(search(r"^[a-z]+$", "ołówek"))
(False, True)
"""

from __future__ import annotations

import re as _re
import unicodedata
from functools import cache
from re import (  # noqa: F401  (re's names, for the modules that import this one as re)
    ASCII,
    DOTALL,
    IGNORECASE,
    MULTILINE,
    VERBOSE,
    A,
    I,
    M,
    Match,
    Pattern,
    S,
    X,
    error,
    escape,
)

# the blocks of the Latin script beyond ASCII: Latin-1 Supplement's letters, Latin Extended-A
# and -B, Latin Extended Additional
BLOCKS = ((0x00C0, 0x024F), (0x1E00, 0x1EFF))


def _ranges(test) -> str:
    """The letters of ``BLOCKS`` that pass ``test``, as a class's ranges ("À-ÖØ-Þ...")."""
    points = [p for a, b in BLOCKS for p in range(a, b + 1)
              if unicodedata.category(chr(p)).startswith("L") and test(chr(p))]
    out: list[str] = []
    start = prev = points[0]
    for p in [*points[1:], None]:
        if p is not None and p == prev + 1:
            prev = p
            continue
        out.append(chr(start) if start == prev else f"{chr(start)}-{chr(prev)}")
        if p is not None:
            start = prev = p
    return "".join(out)


CAPITALS = _ranges(str.isupper)
SMALL = _ranges(str.islower)
RANGE = _re.compile(r"A-Z(?!À)|a-z(?!ß)")  # (a class that already holds them is left alone)


@cache
def widen(pattern: str) -> str:
    """``pattern`` with the Latin letters beyond ASCII in its ``A-Z`` and ``a-z`` ranges."""
    if "-" not in pattern:
        return pattern
    return RANGE.sub(lambda m: m.group() + (CAPITALS if m.group() == "A-Z" else SMALL), pattern)


def _wide(pattern):
    return widen(pattern) if isinstance(pattern, str) else pattern


def compile(pattern, flags=0):  # noqa: A001  (re's name)
    return _re.compile(_wide(pattern), flags)


def search(pattern, string, flags=0):
    return _re.search(_wide(pattern), string, flags)


def match(pattern, string, flags=0):
    return _re.match(_wide(pattern), string, flags)


def fullmatch(pattern, string, flags=0):
    return _re.fullmatch(_wide(pattern), string, flags)


def finditer(pattern, string, flags=0):
    return _re.finditer(_wide(pattern), string, flags)


def findall(pattern, string, flags=0):
    return _re.findall(_wide(pattern), string, flags)


def sub(pattern, repl, string, count=0, flags=0):
    return _re.sub(_wide(pattern), repl, string, count=count, flags=flags)


def subn(pattern, repl, string, count=0, flags=0):
    return _re.subn(_wide(pattern), repl, string, count=count, flags=flags)


def split(pattern, string, maxsplit=0, flags=0):
    return _re.split(_wide(pattern), string, maxsplit=maxsplit, flags=flags)
