"""Pure: split an article body into sentences with character offsets into the raw file."""

from __future__ import annotations

import re

from generator.model import Sentence

ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof st jr sr gen lt col maj capt sgt sen rep gov pres rev hon messrs "
    "jan feb mar apr jun jul aug sep sept oct nov dec inc corp co ltd llc bros vs etc "
    "no nos fig approx est dept univ ave blvd mt ft u.s u.k u.n e.u a.m p.m i.e e.g".split()
)
# a sentence ends at . ! ? or … (with closing quotes/brackets) followed by space and a capital,
# a digit or an opening quote
BOUNDARY = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])")
PARAGRAPH = re.compile(r"[^\r\n]+")
WORD_BEFORE = re.compile(r"([\w.]+)$")


def is_abbreviation(text: str, dot: int) -> bool:
    """Is the period at ``dot`` part of an abbreviation or an initial (not a sentence end)?"""
    if text[dot] != ".":
        return False
    # the word before the period: looked for in the few characters before it (a search from the
    # paragraph's start would make long paragraphs quadratic); a longer word is no abbreviation
    m = WORD_BEFORE.search(text, max(0, dot - 40), dot)
    if not m:
        return False
    word = m.group(1).lower().rstrip(".")
    if word in ABBREVIATIONS:
        return True
    return len(word) == 1 and word.isalpha()  # an initial: "J. Smith", "U.S."


def _is_heading(line: str) -> bool:
    """A line with no closing punctuation and few words: a heading or a caption title."""
    stripped = line.strip()
    return bool(stripped) and stripped[-1] not in ".!?\"”’:;" and len(stripped.split()) <= 16


def split_sentences(raw: str, body_start: int = 0) -> tuple[Sentence, ...]:
    """Sentences of ``raw[body_start:]``, each with ``raw[s.start:s.end] == s.text``.

    >>> [s.text for s in split_sentences("One. Two here.\\nA heading")]
    ['One.', 'Two here.', 'A heading']
    """
    out: list[Sentence] = []
    for number, para in enumerate(PARAGRAPH.finditer(raw, body_start)):
        start, end = para.span()
        line = raw[start:end]
        if not line.strip():
            continue
        heading = _is_heading(line)
        cursor = 0
        cuts: list[int] = []
        if not heading:
            for m in BOUNDARY.finditer(line):
                if not is_abbreviation(line, m.start()):
                    cuts.append(m.end())
        cuts.append(len(line))
        for cut in cuts:
            piece = line[cursor:cut]
            lead = len(piece) - len(piece.lstrip())
            piece = piece.strip()
            if piece:
                s = start + cursor + lead
                out.append(Sentence(s, s + len(piece), piece, number, heading))
            cursor = cut
    return tuple(out)
