"""What a sentence is about, as counted features: its content words and the entities it names.

Extraction counts, per source, in how many sentences each feature occurs (the extraction cache
keeps these counts); merging (events.py) weighs shared features by how rare they are in a fixed
word table (``events.word_table``, counted the same way over a reference corpus), so that one
source more changes no other claim's weights. Kept apart from events.py so that the cache
depends on what extraction uses only: retuning a merge threshold does not throw away every
cached extraction.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from generator import lang
from generator.problems import InputError, Problem

WORD = re.compile(r"[^\W\d_][\w’'-]*[^\W_]|(?<![\w.,:-])\d(?:[\d,.]*\d)?(?![\w:-])", re.UNICODE)
YEAR = re.compile(r"1[89]\d\d|20\d\d")
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
DAY_OF_MONTH = re.compile(rf"\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?\b|\b\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}(?![\w])")
STOPWORDS = frozenset("""
a about above after again against all also although among an and any are as at be because been
before being between both but by can could did do does during each even for from further had has
have having he her here his how however i if in into is it its itself just more most much must
my no nor not now of on once only or other our out over own same she should so some such than
that the their them then there these they this those through to too under until up very was we
were what when where which while who whom why will with would yet you your said says
""".split())
ENTITY_WEIGHT = 1.5  # an entity named counts this many times a word


def terms(text: str) -> list[str]:
    """Content words, lower-cased, with a plural 's' dropped (a crude but stable stem)."""
    out = []
    if any(ch.isdigit() for ch in text):
        text = DAY_OF_MONTH.sub(" ", text)  # "May 16", "16 May": a date's number, no count
    for w in WORD.findall(text.lower()):
        if w[0].isdigit():  # a count that outlets repeat ("35 prisoners each", "273 drones")
            if len(w) >= 2 and not YEAR.fullmatch(w):
                out.append("#" + w.replace(",", ""))
            continue
        w = w.replace("’", "'").split("'")[0]
        if len(w) < 3 or w in STOPWORDS:
            continue
        out.append(stem(w[:-1] if w.endswith("s") and len(w) > 4 else w))
    return out


@lru_cache(maxsize=1)
def _stemming() -> tuple[tuple[str, ...], int, frozenset[str]]:
    data = lang.resource(lang.DEFAULT, "stem")
    return tuple(data["suffixes"]), int(data["min_stem"]), frozenset(data["keep_double"])


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A light stem (``lang/en/stem.yaml``): one suffix off, a doubled last consonant and a
    final "e" dropped, so that "proposed", "proposes" and "proposing", "meeting" and "meet",
    "appeasement" and "appeasing" count as one word.

    >>> [stem(w) for w in ("proposed", "proposing", "appeasement", "appeasing", "during")]
    ['propos', 'propos', 'appeas', 'appeas', 'during']
    """
    suffixes, least, keep_double = _stemming()
    if len(word) <= least:
        return word
    for suffix in suffixes:
        if word.endswith(suffix) and len(word) - len(suffix) >= least:
            word = word[:-len(suffix)]
            if len(word) > least and word[-1] == word[-2] and word[-1] not in keep_double \
                    and word[-1] not in "aeiou":
                word = word[:-1]
            break
    if word.endswith("e") and len(word) > least:
        word = word[:-1]
    return word


def features(text: str, mentions: tuple[tuple[int, int, str], ...] = (),
             date_text: str = "") -> Counter[str]:
    """What a sentence is about: the entities it names (start, end, id) and its other content
    words. The words of its date expression are left out: dates are compared on their own."""
    parts, cursor = [], 0
    for start, end, _ in sorted(mentions):  # the text between the names (one pass: a sentence
        if start >= cursor:                  # of thousands of names is not copied for each)
            parts.append(text[cursor:start])
            cursor = end
    parts.append(text[cursor:])
    bag: Counter[str] = Counter(terms(" ".join(parts)))
    for entity in dict.fromkeys(m[2] for m in mentions):
        bag["@" + entity] += ENTITY_WEIGHT
    for t in terms(date_text):
        bag[t] -= 1
    return +bag


@dataclass(frozen=True)
class Frequencies:
    """In how many sentences each feature occurs: rare shared words are evidence, words every
    article uses ("Russia", "talks") are not. Merging reads them from a fixed word table
    (``events.word_table``), so that a claim's weights do not depend on the other sources."""

    sentences: float
    df: dict[str, float]

    @staticmethod
    def read(path: Path) -> Frequencies:
        """A word table (``benchmarks/word_table.py`` counts one): ``#`` lines (so no count
        feature such as "#35": counts weigh as the rarest), then ``sentences<TAB>N``, then
        ``feature<TAB>count`` a line. Raises InputError naming the
        file and line of a line it cannot read."""
        n, df = None, {}
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line or line.startswith("#"):
                continue
            feature, _, count = line.partition("\t")
            if not count.isdigit() or not feature:
                raise InputError((Problem(path.as_posix(), number, None, f"{line!r} is no "
                                          "'feature<TAB>count' line"),))
            if n is None:
                if feature != "sentences":
                    raise InputError((Problem(path.as_posix(), number, None, "the first line "
                                              "is to be 'sentences<TAB>N'"),))
                n = int(count)
            else:
                df[feature] = int(count)
        if n is None:
            raise InputError((Problem(path.as_posix(), None, None, "holds no 'sentences' line"),))
        return Frequencies(n, df)

    def scaled(self, sentences: float) -> Frequencies:
        """The same rarities as if counted over ``sentences`` sentences."""
        k = sentences / self.sentences
        return Frequencies(sentences, {t: n * k for t, n in self.df.items()})

