"""Pure: read an article body as Markdown -> paragraphs and sentences with offsets into the raw file.

Markdown, as writers and outlets produce it:

* A blank line ends a paragraph; a single newline inside a hard-wrapped paragraph is a space
  ("… by the end of\\nthe year." is one sentence). Half of real source files wrap at ~90
  characters.
* A file with one paragraph per line and no blank lines between them (the other half) is read
  as it was meant: a line longer than any hard wrap (``WRAP_MAX``) is a paragraph of its own, and
  so is any line in a wrapped block that ends well short of the block's wrap width.
* ``#`` headings, list items (``-``, ``*``, ``1.``) and block quotes (``>``) start a paragraph.

Each paragraph is classified (``Paragraph.kind``): ``text``; ``heading`` (Markdown headings and
subheadings: short lines without closing punctuation); ``caption`` (a paragraph closed by a
photo credit, whose sentences may date something but never title an event); ``furniture``
("Read more" links, bylines, time stamps of the page, galleries, ads: no claims). Within a
paragraph, a wire dateline ("MOSCOW, March 2. /TASS/.") and a closing photo credit become
sentences of their own, of kinds ``dateline`` and ``credit``. The patterns and words are data
(the language bundle's ``generator/lang/en/text.yaml``) whose examples are tests.

Every sentence keeps ``raw[s.start:s.end] == s.text``; its text keeps the file's newlines (fold
white space to display it).
"""

from __future__ import annotations

import bisect
import html
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import cached_property, lru_cache
from itertools import pairwise

from generator import lang
from generator import latin as re
from generator.model import Sentence, Source

# a sentence ends at . ! ? or … (with closing quotes/brackets) followed by space and a capital,
# a digit or an opening quote (and characters that show nothing about either, as a page copied
# from a browser has them: "on Monday.\u200b Zelensky met ..." was one sentence with the next,
# titled 'Putin meets Xi. Zelensky met Biden', the twenty-fourth sweep)
SHOWS_NOTHING = "\u00ad\u180e\u200b-\u200f\u2060-\u2064\ufeff"
# (a run of marks read from its first only, each part once: from every mark of a run of dots,
# the look ahead read the whole run of spaces after it, and a run of 40 KB of dots and spaces took
# 16 s, its square, the twenty-fourth sweep)
# inline markup that may open a sentence ("**Putin** met Xi", "<a href=...>Putin</a>", "_Putin_"):
# a sentence after one was read as the one before's (hostile30)
INLINE_OPENER = r"(?:\*{1,3}|_{1,3}|~~|==|`|<[A-Za-z][^<>\n]{0,200}>)"
# (a line break written as a tag or as Markdown's backslash after the full stop parts the
# sentences too: "Putin met Xi.<br>Modi met Xi." was one title, hostile31)
LINE_BREAK = r"<(?i:br)(?:\s(?:[^<>\"'\n]|\"[^\"\n]{0,100}\"|'[^'\n]{0,100}'){0,200})?\s*/?>"  # (any case, with
# attributes: "<BR class=x>", hostile32; a quoted value may hold a ">": '<br title="a>b">', hostile33)
# (a sentence may open on a capital of any script, "Élysée officials said", "Łukasz ...", on a
# name's particle in lower case, "von der Leyen said", "de Mistura met", or a brand's, "eBay
# said"; and in any language's quote marks, „ “ « » ‹ › 「 」 『 』, or after ¡ ¿: each was read
# as the sentence before's, hostile32)
SENTENCE_OPENER = r"(?:[^\W\d_a-z]|[0-9]|(?:(?:von|van|de|der|den|da|di|del|al|bin|ibn|el|le|la|du|dos|das)\s+){1,3}[A-Z]|[a-z][A-Z])"
CLOSING_MARKS = "\"'”’“»›」』)\\]"
OPENING_MARKS = "\"'“‘„«‹「『¡¿(\\["
# (a run-in head set in bold or italics ends its sentence inside its marks: "**Biden hits
# Moscow.** The Biden administration on Thursday expelled ...", a newsletter's item, was one
# sentence, and its lead-in its title, probe_events74)
# (and inside an element's closing tags or a comment after it: "<summary>Putin met Zelensky on 3
# May 2025.</summary> Lavrov met Rubio ..." was one sentence, hostile36; "... 2025.<!-- note -->
# Putin met Xi ...", hostile37)
BOUNDARY = re.compile(rf"(?<![.!?…])[.!?…]++[{CLOSING_MARKS}]*+(?:\*{{1,3}}|_{{1,3}})?+(?:</[A-Za-z][A-Za-z0-9-]{{0,30}}>|<!--[^\n]{{0,200}}?-->){{0,3}}+(?:\[(?:\^[^\]\s]{{1,50}}|\d{{1,3}})\])*+[{SHOWS_NOTHING}]*+(?:\\(?=\r?\n))?"
                      rf"(?=(?:\s|{LINE_BREAK})(?:[\s{SHOWS_NOTHING}]|{LINE_BREAK})*+(?:[{OPENING_MARKS}]|{INLINE_OPENER}){{0,2}}+"
                      rf"[{SHOWS_NOTHING}]*{SENTENCE_OPENER})")
# a footnote's mark in the text ("said.[^1]"): no word of the sentence (a reader sees a small number)
FOOTNOTE_REF = re.compile(r"\[\^[^\]\s]{1,50}\]")
TRAILING_REF = re.compile(r"\[\^[^\]\s]{1,50}\]$")
LINE = re.compile(r"[^\r\n]*")
WORD_BEFORE = re.compile(r"([\w.]+)$")
FIRST_WORD = re.compile(r"\s*(\S*)")
# a Markdown block that interrupts a paragraph starts here: heading, list item, block quote,
# fence or rule; as in CommonMark an ordered list does so only from 1 (a wrapped "2025. (AP
# Photo)" continues its paragraph)
BLOCK_START = re.compile(r"[ \t]{0,3}(?:#{1,6}(?:[ \t]|$)|[-*+][ \t]|1[.)][ \t]|>|```|~~~|"
                         r"(?:[-*_][ \t]*){3,}$|\[\^[^\]\s]{1,50}\]:|:[ \t]|!!!|\?\?\?|<!--)")
QUOTE_LINE = re.compile(r"[ \t]{0,3}>[ \t]?\S")  # a block quote's line with words on it
# a link's reference definition ("[r0]: https://example.org "Title""): a line of its own, which
# the text under it does not continue (hostile31: the line after it went with it, unread)
LINK_DEFINITION = re.compile(r"[ \t]{0,3}\[(?!\^)[^\]\n]{1,200}\]:[ \t]*\S")
# a setext heading's underline ("16 May 2025" over "-----------" or "==========="): the line
# above it is a heading (hostile31: a date heading so written dated nothing under it)
SETEXT_LINE = re.compile(r"[ \t]{0,3}(?:=+|-{2,})[ \t]*$")
SETEXT_UNDER = re.compile(r"\r?\n[ \t]{0,3}(?:=+|-{2,})[ \t]*(?:\r?\n|$)")
ITEM = re.compile(r"[ \t]{0,3}(?:[-*+]|\d{1,3}[.)])[ \t]+\S")  # a list item's first line
# (a ninth sweep) also a footnote's definition ("[^1]: ", its words are the article's) and a
# definition list's ":   "
MARKER = re.compile(r"[ \t]{0,3}(?:#{1,6}[ \t]+|[-*+][ \t]+|\d{1,9}[.)][ \t]+|>[ \t]?"
                    r"|\[\^[^\]\s]{1,50}\]:[ \t]*|:[ \t]+)")
# an admonition's first line ('!!! note "On 7 September 2025"'): its title, if any, is a heading,
# the rest no words of the article
ADMONITION = re.compile(r'[ \t]{0,3}(?:!!!|\?\?\?\+?)[ \t]*[\w-]+(?:[ \t]+[\w-]+)*'
                        r'(?:[ \t]+"(?P<title>[^"\n]*)")?[ \t]*')
# what a reader of the article never sees as its words: a fenced code block (up to the fence that
# closes it) and an HTML comment opening a line (up to its "-->"); one never closed hides its own
# block only (Markdown hides the rest of the file: a stray fence would lose the article silently)
FENCE = re.compile(r"[ \t]{0,3}(`{3,}|~{3,})")
COMMENT_OPEN = re.compile(r"[ \t]{0,3}<!--")
WRAP_MAX = 120
"""The longest line a hard-wrapped file has: outlets and editors wrap at 72-100 characters. A
block with a longer line is one paragraph per line (the dev corpus: wrapped files reach 90,
unwrapped ones have paragraph lines of 200-600 characters and short heading lines)."""
SHORT_LINE = 0.6
"""In a wrapped block, a line shorter than this share of the wrap width that also could not have
taken the next line's first word ends its paragraph (a heading or dateline above the text)."""
DATELINE_WITHIN = 4  # a dateline opens one of the first paragraphs (after a standfirst or a kicker)
CAPITALS_LABEL = re.compile(r"([A-Z][A-Z’'.-]+(?:[ ][A-Z][A-Z’'.-]+){0,2}):[ \t]")
LABELS_READ = 2000  # paragraphs read for labels (a turn's label comes back within an interview)
HEADING_WORDS = 16  # a line without closing punctuation and at most this many words is a heading


@dataclass(frozen=True)
class Paragraph:
    """A paragraph of the body: ``raw[start:end]``, Markdown markers excluded."""

    start: int
    end: int
    kind: str  # text | heading | caption | furniture


@dataclass(frozen=True)
class Vocabulary:
    abbreviations: frozenset[str]
    credit: re.Pattern[str]
    furniture: re.Pattern[str]
    dateline: re.Pattern[str]
    caption_start: re.Pattern[str]
    stamp: re.Pattern[str]
    wire: re.Pattern[str]
    entry_stamp: re.Pattern[str]
    stamp_line: re.Pattern[str]
    said_after_quote: re.Pattern[str]
    quote_introduced: re.Pattern[str]
    line_goes_on: re.Pattern[str]
    after_initialism: re.Pattern[str]
    joined_across_lines: re.Pattern[str]
    after_weekday: re.Pattern[str]
    signature: re.Pattern[str]
    weekday_abbreviation: re.Pattern[str]


@lru_cache(maxsize=8)
def vocabulary(language: str = lang.DEFAULT) -> Vocabulary:
    """The words and patterns of ``language``'s bundle (``generator/lang/<language>/text.yaml``)."""
    data = lang.resource(language, "text")
    return Vocabulary(frozenset(data["abbreviations"].split()),
                      re.compile(data["credit"]["pattern"]),
                      re.compile(data["furniture"]["pattern"]),
                      re.compile(data["dateline"]["pattern"]),
                      re.compile(data["caption_start"]["pattern"]),
                      re.compile(data["stamp"]["pattern"]),
                      re.compile(data["wire"]["pattern"]),
                      re.compile(data["entry_stamp"]["pattern"]),
                      re.compile(data["stamp_line"]["pattern"]),
                      re.compile(data["said_after_quote"]["pattern"]),
                      re.compile(data["quote_introduced"]["pattern"]),
                      re.compile(data["line_goes_on"]["pattern"]),
                      re.compile(data["after_initialism"]["pattern"]),
                      re.compile(data["joined_across_lines"]["pattern"]),
                      re.compile(data["after_weekday"]["pattern"]),
                      re.compile(data["signature"]["pattern"]),
                      re.compile(data["weekday_abbreviation"]["pattern"]))


# a capitalised word and a word in lower case after a clock time, the first no day, month or zone
CLOCK_THEN_SUBJECT = re.compile(r"[ \t]+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|"
                                r"February|March|April|May|June|July|August|September|October|November|"
                                r"December|Eastern|Central|Mountain|Pacific|Atlantic|Moscow|Kyiv|Kiev|London|"
                                r"Paris|Berlin|Brussels|Washington|Beijing|Tokyo|Local|GMT|UTC|BST|EST|EDT|CET|"
                                r"CEST|EET|EEST|MSK)\b)[A-Z][a-z]+[ \t]+(?P<next>[a-z]+)\b")


def is_abbreviation(text: str, dot: int, language: str = lang.DEFAULT) -> bool:
    """Is the period at ``dot`` part of an abbreviation or an initial (not a sentence end)?"""
    if text[dot] != ".":
        return False
    # the word before the period: looked for in the few characters before it (a search from the
    # paragraph's start would make long paragraphs quadratic); a longer word is no abbreviation
    m = WORD_BEFORE.search(text, max(0, dot - 40), dot)
    if not m:
        return False
    word = m.group(1).lower().rstrip(".")
    if word == "no":  # "No. 5" abbreviates a number; "the reply is no." ends a sentence
        # (its emphasis closing between: "**No.** 10", hostile37)
        return re.match(r"(?:\*{1,3}|_{1,3})?\s*\d", text[dot + 1:dot + 7]) is not None
    if "." in word and vocabulary(language).after_initialism.match(text, dot + 1):
        return False  # "He flew to the U.S. The talks began": the sentence ends there too
    if word in ("a.m", "p.m") and (after := CLOCK_THEN_SUBJECT.match(text, dot + 1)) is not None \
            and after.group("next") != "time":
        return False  # "... at 1 p.m. Organizers said they expected thousands": a subject and its
        # verb after the clock time (probe_events126); never "1 p.m. Eastern time", "9 a.m. Friday"
    if word in vocabulary(language).abbreviations:
        return True
    if vocabulary(language).weekday_abbreviation.fullmatch(m.group(1).rstrip(".")) \
            and vocabulary(language).after_weekday.match(text, dot + 1):
        return True  # "said Tues. Dec. 2 that": a weekday's abbreviation before its date
    # a short title in capital and lower case before a name's particle or a brand in lower case
    # ("Amb. van der Meer", "Adm. de Robeck", "Ch. de Gaulle"): an abbreviation the list lacks,
    # never a sentence's end (a particle or a brand opens one only after a word: hostile33)
    if re.fullmatch(r"[A-Z][a-z]{1,3}", m.group(1).rstrip(".")) and re.match(r"[ \t]+[a-z]", text[dot + 1:dot + 3]):
        return True
    # an initial: "J. Smith", "U.S." (not a possessive's "s": "waiting for Moscow's. A day later")
    return len(word) == 1 and word.isalpha() and text[m.start(1) - 1:m.start(1)] not in ("'", "’")


def _is_heading(text: str) -> bool:
    """A paragraph with no closing punctuation and few words: a heading or a subheading."""
    stripped = text.strip()
    return bool(stripped) and stripped[-1] not in ".!?\"'”’:;)]" \
        and len(stripped.split()) <= HEADING_WORDS


def _lines(raw: str, body_start: int) -> list[tuple[int, int]]:
    """(start, end) of every line of the body, line breaks excluded."""
    out = []
    pos = body_start
    n = len(raw)
    while pos <= n:
        m = LINE.match(raw, pos)
        assert m is not None
        out.append((pos, m.end()))
        if m.end() >= n:
            break
        pos = m.end() + (2 if raw.startswith("\r\n", m.end()) else 1)
    return out


def _blocks(raw: str, lines: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """Runs of non-blank lines (blank lines end a paragraph in Markdown)."""
    blocks: list[list[tuple[int, int]]] = []
    current: list[tuple[int, int]] = []
    for a, b in lines:
        if raw[a:b].strip():
            current.append((a, b))
        elif current:
            blocks.append(current)
            current = []
    if current:
        blocks.append(current)
    return blocks


def _width(raw: str, line: tuple[int, int]) -> int:
    return len(raw[line[0]:line[1]].rstrip())


def _paragraph_lines(raw: str, blocks: list[list[tuple[int, int]]]) -> list[list[tuple[int, int]]]:
    """Blocks cut into paragraphs: where a line is a paragraph of its own (unwrapped blocks, a
    short line in a wrapped block, a line that starts a Markdown block)."""
    wrapped = [b for b in blocks if max(_width(raw, ln) for ln in b) <= WRAP_MAX]
    width = max((_width(raw, ln) for b in wrapped for ln in b), default=0)
    out: list[list[tuple[int, int]]] = []
    for block in blocks:
        unwrapped = max(_width(raw, ln) for ln in block) > WRAP_MAX
        current = [block[0]]
        for prev, line in pairwise(block):
            text = raw[line[0]:line[1]]
            first = FIRST_WORD.match(text)
            next_word = len(first.group(1)) if first else 0
            own = _width(raw, prev)
            # greedy wrapping leaves a line short only when the next word did not fit
            short = own < SHORT_LINE * width and own + 1 + next_word <= width
            before = raw[prev[0]:prev[1]]
            # (never one ending on "The", "of", "and": the sentence goes on below)
            short = short and not vocabulary().line_goes_on.search(before)
            # a block quote goes on over its lines ("> ... Zelensky said\n> on Wednesday.");
            # a list's next item starts its own paragraph, whatever its number
            quoted_on = QUOTE_LINE.match(before) and QUOTE_LINE.match(text)
            first = raw[current[0][0]:current[0][1]]
            next_item = ITEM.match(text) and ITEM.match(first) \
                and len(text) - len(text.lstrip()) == len(first) - len(first.lstrip())
            # (a word a hyphen breaks at the line's end goes on below, whatever the widths: the
            # reading joins a date's, "Wednes-|day", and the page's paragraphs must be its,
            # hostile39: a claim over two of them was shown twice)
            broken = HYPHEN_AT_END.search(before) is not None and text[:1].islower()
            # (nor, in a block of a line per paragraph, a line ending on a word or a comma before
            # one opening on a small letter: a paragraph wrapped by hand whose last sentence was
            # not, "Alexander Lukashenko, who hosted\nthe Eurasian leaders on Thursday ..." was
            # two headings, probe_events91)
            # (a line as long as a wrap leaves it, never a heading's, a byline's or a list's
            # lead, and never before a list's item, "i. a ceasefire", hostile42)
            unwrapped_here = unwrapped and not (WRAPPED_ON.search(before) and text[:1].islower()
                                                and own >= HAND_WRAPPED and not LETTERED_ITEM.match(text))
            if not broken and (unwrapped_here or short) or (BLOCK_START.match(text) and not quoted_on) or next_item \
                    or vocabulary().signature.match(QUOTE_MARKERS.sub("", text, count=1).strip("*_ \t")) \
                    or before.endswith("  ") or FENCE.match(before) or ADMONITION.fullmatch(before) \
                    or before.rstrip().endswith("-->") or LINK_DEFINITION.match(before) \
                    or LINK_DEFINITION.match(text) or SETEXT_LINE.match(text):
                out.append(current)
                current = [line]
            else:
                current.append(line)
        out.append(current)
    return out


CLOSING_FENCE = re.compile(r"[ \t]{0,3}(`{3,}|~{3,})[ \t]*")
HYPHEN_AT_END = re.compile(r"[A-Za-z]-$")
WRAPPED_ON = re.compile(r"[^\W_],?$")  # a line's end a wrap left inside a sentence (a word, a comma)
HAND_WRAPPED = 60  # the shortest line a hand's wrap leaves (editors wrap at 72-100 characters)
LETTERED_ITEM = re.compile(r"(?:[a-z]|[ivx]{1,4})[.)]\s")  # "a) ...", "ii. ...": a list's item
# (an embedded post's signature on the line under its words is a paragraph of its own: it was
# read as the last sentence's end, hostile39)
QUOTE_MARKERS = re.compile(r"^[ \t]*(?:>[ \t]?)+")


def _hidden(raw: str, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """(start, end) of the fenced code blocks and HTML comments of the body (``FENCE``,
    ``COMMENT_OPEN``), in file order; linear (a fence no later line closes is known at once)."""
    closing = [(m.group(1)[0], len(m.group(1))) if (m := CLOSING_FENCE.fullmatch(raw, a, b))
               else None for a, b in lines]
    longest: dict[str, list[int]] = {c: [0] * (len(lines) + 1) for c in "`~"}
    for i in range(len(lines) - 1, -1, -1):
        for c in "`~":
            longest[c][i] = max(longest[c][i + 1], closing[i][1] if closing[i] and closing[i][0] == c else 0)
    after = [len(lines)] * (len(lines) + 1)  # the first line from each on holding "-->"
    for i in range(len(lines) - 1, -1, -1):
        after[i] = i if "-->" in raw[lines[i][0]:lines[i][1]] else after[i + 1]
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(lines):
        a, b = lines[i]
        fence = FENCE.match(raw, a, b)
        comment = None if fence else COMMENT_OPEN.match(raw, a, b)
        if not fence and not comment:
            i += 1
            continue
        end = None
        if fence:
            mark = (fence.group(1)[0], len(fence.group(1)))
            if longest[mark[0]][i + 1] >= mark[1]:
                j = i + 1
                while not (closing[j] and closing[j][0] == mark[0] and closing[j][1] >= mark[1]):
                    j += 1
                end = lines[j][1]
        else:
            assert comment is not None
            k = raw.find("-->", comment.end(), b)
            j = i if k >= 0 else after[i + 1]
            if j < len(lines):
                end = raw.find("-->", comment.end() if j == i else lines[j][0], lines[j][1]) + 3
        if end is None:  # never closed: its own block only
            j = i
            while j + 1 < len(lines) and raw[lines[j + 1][0]:lines[j + 1][1]].strip():
                j += 1
            end = lines[j][1]
        out.append((a, end))
        while i < len(lines) and lines[i][0] < end:
            i += 1
    return out


TABLE = re.compile(r"[ \t]*\|[^\n]*\|[ \t]*(?:\r?\n[ \t]*\|[^\n]*\|[ \t]*)*")  # rows of a Markdown table
TABLE_ROW_EDGES = re.compile(r"[ \t]*\|[ \t]*(.*?[^\s|].*?)[ \t]*\|[ \t]*\r?")
TABLE_RULE = re.compile(r"\|?(?:\s*:?-{3,}:?\s*\|)+\s*:?-*:?\s*\|?")
IMAGE = re.compile(r"!\[[^\[\]\n]{0,300}\]\([^()\s]{0,2000}(?:\s+\"[^\"\n]{0,300}\")?\)[ \t]*\n?")  # ![alt](address "title")


RUNNING_WORDS = 12  # words at most of a running header or footer


def _running_key(line: str) -> str | None:
    """A line as a running header or footer is known, page number gone ("DIIS POLICY BRIEF
    AUGUST 2023   2"), or None for a line that may be no such one (a sentence's end, Markdown's
    marks, more than ``RUNNING_WORDS`` words)."""
    key = " ".join(PAGE_NUMBER.sub("", line).split())
    if not key or len(key.split()) > RUNNING_WORDS or key[-1] in ".!?:;" or any(c in key for c in "*_#>[") \
            or not any(c.isalpha() for c in key):
        return None
    return key


# a page's number, set apart as a page's layout sets it, or after the year its header ends on
# ("GCSP Strategic Security Brief | No. 19 | October 2024 1", probe_events82); never a day's
# ("ATTACKS ON KHARKIV ON MAY 12")
PAGE_NUMBER = re.compile(r"(?:(?:[ \t]{2,}|\t)\d{1,4}|(?<=\d{4})[ \t]+\d{1,3})[ \t]*$")


def _byline(text: str, author: str | None) -> bool:
    """Does the paragraph open with the article's author (a byline with the page's time stamp)?"""
    if not author or not author.strip():
        return False
    return text.startswith(author.strip()) and len(text) <= len(author) + 80


def paragraphs(raw: str, body_start: int = 0, author: str | None = None,
               language: str = lang.DEFAULT) -> tuple[Paragraph, ...]:
    """The body's paragraphs, classified, in file order.

    >>> [(raw[p.start:p.end], p.kind) for raw in ["# Talks\\nThey met on\\nMonday.\\n\\nRead more: x"]
    ...  for p in paragraphs(raw)]
    [('Talks', 'heading'), ('They met on\\nMonday.', 'text'), ('Read more: x', 'furniture')]
    >>> [(raw[p.start:p.end], p.kind) for raw in ["16 May 2025\\n===========\\n\\nThey met."]
    ...  for p in paragraphs(raw)]
    [('16 May 2025', 'heading'), ('===========', 'furniture'), ('They met.', 'text')]
    """
    v = vocabulary(language)
    out: list[Paragraph] = []
    every = _lines(raw, body_start)
    hidden = _hidden(raw, every)
    grouped = _paragraph_lines(raw, _blocks(raw, every))
    # a page's running header or footer, repeated on every page of a PDF converted to text
    # ("DIIS POLICY BRIEF AUGUST 2023", then the same with its page number: two claims and an
    # event of their own, probe_events80): a line of no sentence, seen twice or more
    keys = [(key, PAGE_NUMBER.search(line) is not None) for lines in grouped if len(lines) == 1
            and (key := _running_key(line := raw[lines[0][0]:lines[0][1]])) is not None]
    # (seen three times, or twice with a page's number: a headline in capitals repeated as a
    # pull quote stays, and so do subheads that differ in a day, "... ON MAY 12", hostile40)
    numbered = {key for key, paged in keys if paged}
    repeated = Counter(key for key, _ in keys)
    repeated = Counter({key: n for key, n in repeated.items() if n >= 3 or n >= 2 and key in numbered})
    for lines in grouped:
        start, end = lines[0][0], lines[-1][1]
        at = bisect.bisect_right(hidden, (start, len(raw) + 1)) - 1
        if at >= 0 and hidden[at][0] <= start < hidden[at][1]:
            if end <= hidden[at][1]:
                out.append(Paragraph(start, end, "furniture"))  # code or a comment: no words of it
                continue
            start = hidden[at][1]  # words after a comment's "-->" on its last line
        if admonition := ADMONITION.fullmatch(raw, start, end):
            if admonition.group("title") and admonition.group("title").strip():
                title = admonition.group("title")
                lead = len(title) - len(title.lstrip())
                out.append(Paragraph(admonition.start("title") + lead,
                                     admonition.start("title") + lead + len(title.strip()), "heading"))
            continue
        if SETEXT_LINE.fullmatch(raw, start, end) and len(lines) == 1 and out \
                and SETEXT_UNDER.match(raw, out[-1].end):
            out.append(Paragraph(start, end, "furniture"))  # a heading's underline
            continue
        marker = MARKER.match(raw, start, end)
        markdown_heading = bool(marker and marker.group(0).lstrip().startswith("#")) \
            or len(lines) <= 2 and SETEXT_UNDER.match(raw, end) is not None and not marker
        if marker:
            start = marker.end()
        text = raw[start:end]
        start += len(text) - len(text.lstrip())
        end = start + len(text.strip())
        if start >= end:
            continue
        text = raw[start:end]
        if (whole := WHOLE_EMPHASIS.fullmatch(text)) is not None:
            # a paragraph set in italics or bold (a standfirst: "*Days before ... transit.
            # Europe can breathe easier – for now.*"): its marks are no part of the words of its
            # first and last sentences
            start, end = start + whole.start("words"), start + whole.end("words")
            text = raw[start:end]
        # (emphasis around a whole line is no part of its words: "*Updated at 11.02 BST*")
        bare = text.strip("*_ \t")
        if v.furniture.match(bare) or _byline(text, author) or v.stamp_line.match(bare) \
                or len(lines) == 1 and repeated.get(_running_key(raw[lines[0][0]:lines[0][1]]), 0) >= 2:
            kind = "furniture"
        elif v.credit.search(bare) or v.caption_start.match(bare) or IMAGE.match(text) or v.signature.match(bare) \
                or whole is not None and out and out[-1].kind == "caption" \
                and IMAGE.match(raw, out[-1].start, out[-1].end) and "\n\n" not in raw[out[-1].end:start]:
            kind = "caption"  # (a Markdown image and the words under it are a caption, and so
            # are the words in italics on the line under it)
        elif markdown_heading or (len(lines) <= 2 and (_is_heading(text) or whole is not None and (
                bare.endswith(("?", ":")) and len(bare.split()) <= HEADING_WORDS))):
            kind = "heading"  # (a short line all in bold that asks or opens: "**What happened
            # this week?**" is a subheading too)
        else:
            kind = "text"
        out.append(Paragraph(start, end, kind))
    return tuple(out)


QUOTE_REACH = 600  # characters back from a closing quote mark where its opening one is looked for


def _cuts(text: str, language: str) -> list[int]:
    v = vocabulary(language)
    cuts = [m.end() for m in BOUNDARY.finditer(text)
            if not is_abbreviation(text, m.start(), language)
            and not _in_quoted_title(text, m.start(), m.end())
            # '"What is there to talk about?" Putin said ...': the quote's sentence goes on
            and not (m.group(0)[-1] in "\"”’'" and ("?" in m.group(0) or "!" in m.group(0))
                     and v.said_after_quote.match(text, m.end())
                     and not _introduced(text, m.end() - 1, v))]
    return cuts + [len(text)]


QUOTED_TITLE = 40  # characters at most of a quoted name on either side of a full stop in it
# (a paragraph's text: a hard wrap's line end may fall inside the name, "Moscow.\nKremlin")
QUOTED_TITLE_OPEN = re.compile(rf"(?:^|(?<=[\s(]))[\"“](?=\w)[^\"“”]{{0,{QUOTED_TITLE}}}$")
# (its comma after it too: 'at a forum titled "Ukraine. Year 2024",\nhis office said', probe_events120)
QUOTED_TITLE_CLOSE = re.compile(rf"[^\"“”]{{0,{QUOTED_TITLE}}}?(?<=[\w.!?])[\"”](?=,?\s+[a-z])")


def _in_quoted_title(text: str, dot: int, end: int) -> bool:
    """Is the full stop at ``dot`` inside a short quoted name the sentence goes on after
    ('told the Rossiya-1 programme "Moscow. Kremlin. Putin" on Sunday': cut at "Moscow.", the
    date fell in a fragment with no speaker, probe_events71)? Not where the quote closes at
    the stop, nor where what follows the quote opens on a capital (a sentence of its own)."""
    if text[dot:end].rstrip()[-1:] in CLOSING_MARKS:
        return False
    return QUOTED_TITLE_OPEN.search(text, max(0, dot - QUOTED_TITLE), dot) is not None \
        and QUOTED_TITLE_CLOSE.match(text, end) is not None


def _introduced(text: str, close: int, v: Vocabulary) -> bool:
    """Does the text before the quote closing at ``close`` say whose it is ('Zelensky asked:
    "Where is the ceasefire?"')?"""
    mark = text[close]
    opening = text.rfind("“" if mark == "”" else "‘" if mark == "’" else mark, max(0, close - QUOTE_REACH),
                         close)
    return opening >= 0 and v.quote_introduced.search(text, max(0, opening - 40), opening) is not None


def split_sentences(raw: str, body_start: int = 0, author: str | None = None,
                    language: str = lang.DEFAULT) -> tuple[Sentence, ...]:
    """Sentences of ``raw[body_start:]``, each with ``raw[s.start:s.end] == s.text``.

    >>> [s.text for s in split_sentences("One. Two here.\\nA heading")]
    ['One. Two here.\\nA heading']
    >>> [(s.text, s.kind) for s in split_sentences("One. Two here.\\n\\nA heading")]
    [('One.', 'text'), ('Two here.', 'text'), ('A heading', 'heading')]
    """
    v = vocabulary(language)
    out: list[Sentence] = []

    def add(a: int, b: int, number: int, kind: str) -> None:
        piece = raw[a:b]
        lead = len(piece) - len(piece.lstrip())
        piece = piece.strip()
        if kind != "furniture":  # (a ninth sweep) its footnotes' marks close no sentence's words
            while (ref := TRAILING_REF.search(piece)) and ref.start() > 0:
                piece = piece[:ref.start()].rstrip()
            if piece.endswith("\\") and len(piece) > 1:
                piece = piece[:-1].rstrip()  # a line break's backslash is no word of it
        if piece:
            out.append(Sentence(a + lead, a + lead + len(piece), piece, number, kind))

    paras = paragraphs(raw, body_start, author, language)
    # a label in capitals opening two paragraphs or more is a transcript's speaker, no dateline
    # ("OLENA MARCHUK: It is a test." was cut as one, its turn lost: hostile37)
    labels = Counter(m.group(1) for p in paras[:LABELS_READ] if (m := CAPITALS_LABEL.match(raw, p.start, p.end)))
    for number, para in enumerate(paras):
        start, end = para.start, para.end
        if para.kind == "furniture":
            add(start, end, number, para.kind)
            continue
        if number < DATELINE_WITHIN and not ((label := CAPITALS_LABEL.match(raw, start, end)) is not None
                                             and labels[label.group(1)] >= 2) \
                and (line := v.dateline.match(raw[start:end]) or v.wire.match(raw[start:end])):
            add(start, start + line.end(), number, "dateline")
            start += line.end()
        elif number < DATELINE_WITHIN and para.kind == "text" and (line := v.stamp.match(raw[start:end])):
            add(start, start + line.end(), number, "furniture")  # the page's stamp run into the text
            start += line.end()
        elif para.kind == "text" and (line := v.entry_stamp.match(raw[start:end])):
            add(start, start + line.end(), number, "furniture")  # a live report's entry time
            start += line.end()
        if TABLE.fullmatch(raw, start, end):
            # rows of a Markdown table: each a sentence of its own (the rule under the header
            # furniture), never one sentence running across rows
            row_start = start
            for row in raw[start:end].split("\n"):
                kind = "furniture" if TABLE_RULE.fullmatch(row.strip()) else "text"
                # (a ninth sweep) a row's words, without the pipes that open and close it
                inner = TABLE_ROW_EDGES.fullmatch(row)
                if kind == "text" and inner:
                    add(row_start + inner.start(1), row_start + inner.end(1), number, kind)
                else:
                    add(row_start, row_start + len(row), number, kind)
                row_start += len(row) + 1
            continue
        if para.kind == "heading":
            add(start, end, number, para.kind)
            continue
        kind = "caption" if para.kind == "caption" else "text"
        if para.kind == "caption" and (image := IMAGE.match(raw, start, end)):
            add(start, image.end(), number, "furniture")  # the image itself: "![alt](address)"
            start = image.end()
            start += len(raw[start:end]) - len(raw[start:end].lstrip())
            if (whole := WHOLE_EMPHASIS.fullmatch(raw, start, end)) is not None:
                # (its caption in italics on the line under it: "*Putin and Zelensky at the
                # Élysée on 9 December 2019. Photo: Reuters*" was titled with its "*", hostile38)
                start, end = whole.start("words"), whole.end("words")
        if para.kind == "caption" and (label := v.caption_start.match(raw[start:end])):
            add(start, start + label.end(), number, "furniture")  # "Image caption," itself
            start += label.end()
        credit_start = end
        if para.kind == "caption" and (credit := v.credit.search(raw[start:end])):
            credit_start = start + credit.start()
        text = raw[start:credit_start]
        cursor = 0
        for cut in _cuts(text, language):
            add(start + cursor, start + cut, number, kind)
            cursor = cut
        if credit_start < end:
            add(credit_start, end, number, "credit")
    return tuple(out)


def source_sentences(source: Source) -> tuple[Sentence, ...]:
    """The sentences of a source's body (its author's byline recognised), read with the words
    of its language."""
    return split_sentences(source.raw, source.body_start, source.author,
                           lang.code(source.language))


DATELINE_REACH = 4000  # characters of the body that may hold its dateline (a few paragraphs)


def dateline(raw: str, body_start: int = 0) -> tuple[str, str | None, int] | None:
    """(place, day as written or None, offset) of the body's wire dateline, if it has one.

    >>> dateline("---\\n---\\nKYIV, Ukraine (AP) — Drones flew overnight.\\n", 8)
    ('KYIV', None, 8)
    """
    # the opening paragraphs only: reading the whole article again would cost its length
    for s in split_sentences(raw[:body_start + DATELINE_REACH], body_start)[:4]:
        if s.kind == "dateline":
            m = vocabulary().dateline.match(s.text + " ") or vocabulary().wire.match(s.text + " ")
            if m and m.group("place"):  # "(Reuters) -" names no place
                return m.group("place"), m.group("date"), s.start
    return None


# explicit direction formatting (Unicode's bidirectional algorithm, UAX #9): embeddings and
# a paragraph wrapped whole in one emphasis, with no other mark of it inside
WHOLE_EMPHASIS = re.compile(r"(?P<mark>\*\*|__|\*|_)(?=[^\s*_])(?P<words>(?:(?!(?P=mark))[\s\S])+?)(?<=[^\s*_])(?P=mark)")


# overrides (LRE, RLE, LRO, RLO; closed by PDF) and isolates (LRI, RLI, FSI; closed by PDI)
BIDI = re.compile("[\u202a-\u202e\u2066-\u2069]")
PDF, PDI = "\u202c", "\u2069"


# inline Markdown around words: a link or an image reads as its text, emphasis and code marks
# go ("**May 11, 2025:** Putin proposes ..." -> "May 11, 2025: Putin proposes ...")
INLINE_LINK = re.compile(r"!?\[([^\[\]]*)\]\((?:[^()]|\([^()]*\))*\)")
# Each marked span reaches at most INLINE_SPAN characters: an opening mark never closed was
# read to the end of its line from every one of them (a line of unclosed marks cost its length
# squared: 8,000 backticks 11.7 s). None of the 35 articles of the dev corpus, sources/ and
# tests/eval has such a span. A code span opens and closes on a whole run of backticks
# (CommonMark's rule), never inside one: with the bound alone a run of backticks was still
# quadratic, each shorter run inside it tried in turn (8,000 backticks 2.1 s, 5x per 2x).
INLINE_SPAN = 300
INLINE_MARKS = (re.compile(rf"(\*\*|__)(?=\S)(.{{1,{INLINE_SPAN}}}?)(?<=\S)\1"),
                re.compile(rf"(?<![\w*])(\*)(?=[^\s*])([^*\n]{{1,{INLINE_SPAN}}}?)(?<=[^\s*])\*(?![\w*])"),
                re.compile(rf"(?<![\w_])(_)(?=[^\s_])([^_\n]{{1,{INLINE_SPAN}}}?)(?<=[^\s_])_(?![\w_])"),
                re.compile(rf"(?<!`)(`+)(?!`)(?=\S)(.{{1,{INLINE_SPAN}}}?)(?<=[^\s`])\1(?!`)"),
                # struck and marked text (pymdownx's ~~ and ==): their words, without the marks
                # ("==Xi==" stayed in a title, hostile30)
                re.compile(rf"(~~|==)(?=[^\s~=])(.{{1,{INLINE_SPAN}}}?)(?<=[^\s~=])\1"))


# an HTML character reference, as Markdown renders it: "&nbsp;", "&#51;", "&#x33;"
CHARACTER_REFERENCE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
REFERENCE_LINK = re.compile(r"(?<!!)\[([^\[\]]+)\]\[[^\[\]]*\]")


# an inline HTML tag, its attributes included ("<img alt=\"Archive photo, 9 March 1998\">",
# "</abbr>"), bounded (no tag runs over 2,000 characters: an unclosed "<a " is read no further);
# "a < b" and an autolink "<https://x.org>" are none
INLINE_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9:-]{0,30}(?:\s(?:[^<>\"']|\"[^\"<\n]{0,200}\"|'[^'<\n]{0,200}'){0,2000})?/?>")
# (a quoted attribute's value may hold a ">": '<br title="a>b">' read up to it left 'b">' in
# the sentence, hostile33)


# elements whose text a browser never shows: their contents are no one's words ("<script-data>"
# is another element)
UNSHOWN = re.compile(r"<(script|style|template|noscript)(?=[\s>/])", re.IGNORECASE)
UNSHOWN_CLOSE = {name: re.compile(rf"</{name}\s*>", re.IGNORECASE) for name in ("script", "style", "template", "noscript")}


def unshown(text: str) -> list[tuple[int, int]]:
    """The spans of ``text`` a browser never shows: an HTML comment inside a paragraph ("...
    2 September. <!-- Putin met Zelensky on 3 May. --> Officials spoke."), a script's, a
    style's, a template's or a noscript's element (hostile36: each gave a dated event). One not
    closed before its paragraph ends is shown as text (Python-Markdown escapes it: hostile37),
    and so is one inside a code span. Linear: each kind's next opening is kept until passed.

    >>> t = 'Lavrov spoke. <!-- on 3 May --> <script>var s = "5 May";</script> Done.'
    >>> [t[a:b] for a, b in unshown(t)]
    ['<!-- on 3 May -->', '<script>var s = "5 May";</script>']
    >>> unshown("Editors used the <!-- marker.\\n\\nPutin met Zelensky on 3 May. -->")
    []
    """
    out: list[tuple[int, int]] = []
    if "<" not in text:
        return out
    ahead: dict[object, int] = {}  # what was looked for -> where it was found next (-1: nowhere)

    def next_at(key: object, start: int, find) -> int:
        # (the next place of ``key`` at or after ``start``, found again only once passed:
        # the starts only grow, so each is looked for over the text once)
        known = ahead.get(key)
        if known is None or 0 <= known < start:
            known = ahead[key] = find(start)
        return known

    def blank_from(start: int) -> int:
        found = BLANK_LINE_AHEAD.search(text, start)
        return found.start() if found is not None else -1

    def closing_from(name: str):
        def find(start: int) -> int:
            found = UNSHOWN_CLOSE[name].search(text, start)
            return found.start() if found is not None else -1
        return find

    at = 0
    ticks_at, ticks = 0, 0  # backticks on the line before ``ticks_at``, counted once
    while True:
        comment = next_at("<!--", at, lambda start: text.find("<!--", start))
        element = next_at("element", at, lambda start: (m.start() if (m := UNSHOWN.search(text, start)) else -1))
        if comment < 0 and element < 0:
            return out
        if element < 0 or 0 <= comment < element:
            opened, close, width = comment, next_at("-->", comment + 4, lambda start: text.find("-->", start)), 3
        else:
            opened = element
            name = UNSHOWN.match(text, element).group(1).lower()
            close = next_at(name, element + 1, closing_from(name))
            width = UNSHOWN_CLOSE[name].match(text, close).end() - close if close >= 0 else 0
        # (a blank line between: the paragraph ends first, and the opening is shown as text;
        # so it is inside a code span, an odd number of backticks before it on its line)
        blank = next_at("blank", opened, blank_from)
        line = text.rfind("\n", ticks_at, opened)
        ticks = (text.count("`", line + 1, opened) if line >= 0 else ticks + text.count("`", ticks_at, opened))
        ticks_at = opened
        if close < 0 or 0 <= blank < close or ticks % 2:
            at = opened + 1
            continue
        out.append((opened, close + width))
        at = close + width


BLANK_LINE_AHEAD = re.compile(r"\n[^\S\n]*\n")


def without_tags(text: str) -> str:
    """``text`` with each inline HTML tag blanked out, character for character (its line
    breaks kept): a date in an attribute (an image's alt text, a link's title, "data-date") is
    nothing a reader sees, and offsets into ``text`` stay where they were (hostile29); and so is
    what a browser never shows (``unshown``: a comment, a script).

    >>> without_tags('<abbr title="Updated 2 January 2001">Peskov</abbr> said so.')
    '                                     Peskov        said so.'
    """
    if "<" not in text:
        return text
    spans = unshown(text)
    if spans:
        parts, at = [], 0
        for a, b in spans:
            parts += [text[at:a], re.sub(r"[^\n]", " ", text[a:b])]
            at = b
        text = "".join([*parts, text[at:]])
    return INLINE_TAG.sub(lambda m: re.sub(r"[^\n]", " ", m.group(0)), text)


def plain_inline(text: str) -> str:
    """``text`` as a reader sees it once its inline Markdown is rendered: links and images as
    their text, without emphasis or code marks (what headlines and summaries are made from).

    >>> plain_inline("**May 11:** Putin *proposed* [talks](https://x.example) in `Istanbul`")
    'May 11: Putin proposed talks in Istanbul'
    >>> plain_inline("Putin met ~~Biden~~ ==Xi== on 4 May")
    'Putin met Biden Xi on 4 May'
    >>> plain_inline("2 * 3 * 4 and snake_case_name stay")
    '2 * 3 * 4 and snake_case_name stay'
    >>> plain_inline("Putin met Zelensky on &#51; May, [in Istanbul][r1], AT&amp;T said")
    'Putin met Zelensky on 3 May, in Istanbul, AT&T said'
    >>> plain_inline('<span data-date="6 June 2006">Erdogan</span> offered to host talks')
    'Erdogan offered to host talks'
    >>> plain_inline('Lavrov met Rubio. <!-- Putin met Zelensky --> Officials spoke')
    'Lavrov met Rubio. Officials spoke'
    """
    if "<" in text and (spans := unshown(text)):
        # (what a browser never shows goes: 'Lavrov meets Rubio in Riyadh. <!-- Putin met
        # Zelensky' was a title, hostile36)
        text = " ".join("".join(text[b:a] for (_, b), (a, _) in zip([(0, 0), *spans], [*spans, (len(text), 0)],
                                                                   strict=True)).split())
    if "<" in text and INLINE_TAG.search(text):
        # (hostile29: '<img src="x.jpg" alt="..."> Lavrov spoke' was a title) tags go
        text = " ".join(INLINE_TAG.sub(" ", text).split())
    if "&" in text and CHARACTER_REFERENCE.search(text):
        # (hostile27: "on 3&nbsp;May&nbsp;2025" and "on &#51; May" titled "... on &#51")
        text = CHARACTER_REFERENCE.sub(lambda m: html.unescape(m.group(0)), text)
    if not any(mark in text for mark in "*_`]~="):
        return text
    text = REFERENCE_LINK.sub(r"\1", text)  # "[the talks][r1]": its text (hostile27)
    text = INLINE_LINK.sub(r"\1", text)
    if "[^" in text:  # (a ninth sweep) a footnote's mark: "said[^1] that" reads "said that"
        text = FOOTNOTE_REF.sub("", text)
    for mark in INLINE_MARKS:
        text = mark.sub(r"\2", text)
    return text


# What a reader sees that a file writes otherwise (hostile38: pasted from browsers, CMS exports
# and PDFs): a character reference is its character ("&quot;" a quote mark that ends a
# sentence, "Kremlin&rsquo;s" one word, "on&nbsp;Thursday" a space); an invisible character
# inside a word is nothing (a soft hyphen, a zero-width space, a word joiner, a byte order mark:
# "Dmitry Pes\u00adkov" lost its speaker); a date's word a hyphen breaks at a line end is whole
# (``joined_across_lines``). Never "&lt;" and "&gt;": read as "<" and ">" they would be markup
# the page never has; nor a reference to a control character or to none (U+FFFD), which the
# page never shows as a character of the words. And a link is its words, an inline element's
# tags nothing ("Kremlin spokesman [Dmitry Peskov](https://...) said", "Dmitry
# <span>Peskov</span>", "<p>Putin met Zelensky on Monday.</p>": the speaker was lost, the
# paragraph read as a heading): never an image's, nor a script's or a comment's (``unshown``).
READ_OTHERWISE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});"
                            rf"|[{SHOWS_NOTHING}]+"
                            r"|(?<![A-Za-z])(?P<head>[A-Za-z]{2,12})-[^\S\n]*\n[^\S\n]*(?P<tail>[a-z]{2,12})(?![\w-])"
                            r"|(?<![!\\])\[(?P<link>[^\[\]\n]{1,200})\](?:\((?:[^()\s]|\([^()\s]{0,200}\)){0,500}"
                            r"""(?:\s+(?:"[^"\n]{0,200}"|'[^'\n]{0,200}'))?\)|\[[^\[\]\n^]{0,50}\])"""
                            r"|(?P<mark><(?i:sup)>[ \t]*[\d*†‡]{1,3}[ \t]*</(?i:sup)>)"
                            r"|(?P<tag></?(?i:a|abbr|b|cite|em|font|i|mark|p|q|s|small|span|strong|sub|sup|time|u|o:p)"
                            r"(?=[\s/>])(?:\s(?:[^<>\"']|\"[^\"<\n]{0,200}\"|'[^'<\n]{0,200}'){0,500})?/?>)")
# what a tag removed leaves between the words on either side of it: a paragraph's end ("</p>"
# before more words on its line: "...on Monday.</p><p>Kremlin ..." were one sentence,
# hostile39), a space where it stood between a sentence's end and the next ("Monday.</span>
# <span>Kremlin"), else nothing ("Dmitry <span>Peskov</span>")
SENTENCE_END_BEFORE = re.compile(r"[.!?…:;,)\]”\"'’]")
UNREAD_REFERENCES = frozenset(["&lt;", "&gt;", "&LT;", "&GT;", "&#60;", "&#62;", "&#x3c;", "&#x3C;",
                               "&#x3e;", "&#x3E;"])


OPENING, NEUTRAL, CLOSING = 1, 0, -1  # markup a change took away: an opening, a closing, neither


@dataclass(frozen=True)
class Reading:
    """A text as read (``text``) and where its words stand in the text as written: each change
    is (start as read, length as read, start as written, length as written, side), in order;
    ``side`` says whether it took away markup that opens (``OPENING``: "[", "<b>") or closes
    (``CLOSING``: "](https://...)", "</b>") what follows or precedes it, or neither."""

    text: str
    changes: tuple[tuple[int, int, int, int, int], ...]

    def written_start(self, at: int) -> int:
        """Where a span of the reading that starts at ``at`` starts as written: with the
        opening markup taken away right before it ("[Volodymyr Zelensky](...) said" keeps its
        "[": a claim never holds half a link, hostile39)."""
        k = bisect.bisect_right(self.changes, (at, len(self.text) + 1)) - 1
        if k < 0:
            return at
        start, length, w_start, w_length, side = self.changes[k]
        if at < start + length:
            return w_start  # (inside what a change put instead)
        if at > start + length or length or side != OPENING:
            return w_start + w_length + at - start - length
        while k > 0 and self.changes[k - 1][0] == at and self.changes[k - 1][1] == 0 \
                and self.changes[k - 1][4] == OPENING:
            k -= 1
        return self.changes[k][2]

    def written_end(self, at: int) -> int:
        """Where a span of the reading that ends at ``at`` ends as written: with the closing
        markup taken away right after it ("... to meet [Fidan.](https://...)" keeps its link's
        end)."""
        j = bisect.bisect_left(self.changes, (at, -1))
        k = j - 1
        end = at if k < 0 else \
            self.changes[k][2] + self.changes[k][3] + max(0, at - self.changes[k][0] - self.changes[k][1])
        while j < len(self.changes) and self.changes[j][0] == at and self.changes[j][1] == 0 \
                and self.changes[j][4] == CLOSING:
            end = self.changes[j][2] + self.changes[j][3]
            j += 1
        return end

    def read_at(self, at: int) -> int:
        """Where the character written at ``at`` stands in the reading (a character a change
        replaced: where its replacement starts)."""
        k = bisect.bisect_right(self.written, at) - 1
        if k < 0:
            return at
        start, length, w_start, w_length, _ = self.changes[k]
        return start if at < w_start + w_length else start + length + at - w_start - w_length

    @cached_property
    def written(self) -> list[int]:
        """Where each change starts as written."""
        return [change[2] for change in self.changes]


# what may stand on a link's line besides it for the line to be the link alone: a list's marker
# (looked for in the few characters around it: a line of thousands of links is read once)
LINE_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:(?:[-*+]|\d{1,3}[.)])[ \t]+)?[ \t]*$")
LINE_AFTER = re.compile(r"[ \t]*(?:\n|$)")
LINE_REACH = 12


def reading(text: str, language: str = lang.DEFAULT) -> Reading | None:
    """``text`` as a reader sees it, where that differs from what is written (``READ_OTHERWISE``);
    None where it does not.

    >>> r = reading("The Kremlin&rsquo;s spokesman said on Wednes-\\nday: &quot;Yes.&quot;")
    >>> r.text
    'The Kremlin’s spokesman said on Wednesday: "Yes."'
    >>> [r.written_start(11), r.written_end(12), r.written_start(32), r.written_end(41)]
    [11, 18, 38, 49]
    >>> reading("Russia-\\nbacked forces &lt;b&gt; a\\u00adb").text
    'Russia-\\nbacked forces &lt;b&gt; ab'
    >>> reading('<p>Kremlin spokesman [Dmitry Peskov](https://x.example/p "P") said <b>so</b>.</p>').text
    'Kremlin spokesman Dmitry Peskov said so.'
    >>> reading("![Putin](a.jpg) <script>x</script> [^1]") is None
    True
    """
    joined = vocabulary(language).joined_across_lines
    parts: list[str] = []
    changes: list[tuple[int, int, int, int, int]] = []
    at = shift = 0
    tail = ""  # the reading's last character where a change ended it
    for m in READ_OTHERWISE.finditer(text):
        found = m.group()
        if m.group("head") is not None:
            if not joined.fullmatch(m.group("head") + m.group("tail")):
                continue
            a, b, instead = m.end("head"), m.start("tail"), ""  # the hyphen and the line end go
        elif m.group("mark") is not None:
            a, b, instead = m.start(), m.end(), ""  # a footnote's mark ("on Monday<sup>1</sup>")
        elif found[0] == "&":
            instead = html.unescape(found)
            if not instead or instead == found or found in UNREAD_REFERENCES \
                    or any(unicodedata.category(c) in ("Cc", "Cs") or c == "\ufffd" for c in instead):
                continue
            a, b = m.start(), m.end()
        elif m.group("link") is not None:  # its brackets and its address go, its words stay
            if LINE_BEFORE.search(text, max(0, m.start() - LINE_REACH), m.start()) \
                    and LINE_AFTER.match(text, m.end(), m.end() + LINE_REACH):
                continue  # (a line that is a link alone stays one: a list of other stories,
                # "Related:" and its links, no words of this one's, text.yaml ``furniture``)
            for a, b, side in ((m.start(), m.start("link"), OPENING), (m.end("link"), m.end(), CLOSING)):
                parts += [text[at:a]]
                changes.append((a + shift, 0, a, b - a, side))
                shift -= b - a
                tail = text[a - 1] if a > at else tail
                at = b
            continue
        elif m.group("tag") is not None:
            a, b = m.start(), m.end()
            closing = found.startswith("</")
            after = text[b:b + 1]
            before = text[a - 1] if a > at else tail  # (the reading's: "</span><span>" read once)
            if closing and found[2:3] in "pP" and found[3:4] in ">\t " and after and after != "\n":
                instead = "\n\n"  # a paragraph's end
            elif before and SENTENCE_END_BEFORE.match(before) and after and not after.isspace() and after != "<":
                instead = " "
            else:
                instead = ""
            parts += [text[at:a], instead]
            changes.append((a + shift, len(instead), a, b - a, CLOSING if closing else OPENING))
            shift += len(instead) - (b - a)
            tail = instead[-1:] or before
            at = b
            continue
        else:
            a, b, instead = m.start(), m.end(), ""
        parts += [text[at:a], instead]
        changes.append((a + shift, len(instead), a, b - a, NEUTRAL))
        shift += len(instead) - (b - a)
        tail = instead[-1:] or (text[a - 1] if a > at else tail)
        at = b
    if not changes:
        return None
    return Reading("".join([*parts, text[at:]]), tuple(changes))


def bidi_closers(text: str) -> str:
    """What closes the direction embeddings, overrides and isolates that ``text`` leaves open
    (matched as UAX #9 matches them), to be written after it: an article's right-to-left
    override must not reverse what follows it on the page (a date, another outlet's name, the
    site's name in the window's title). Text without them (all real reporting) gets nothing.

    >>> [bidi_closers(t) for t in ("plain", "a\u202eb", "\u2067a\u202eb\u2069c", "\u202ea\u202c")]
    ['', '\u202c', '', '']
    """
    if not BIDI.search(text):
        return ""
    stack: list[str] = []
    for m in BIDI.finditer(text):
        ch = m.group()
        if ch in "\u202a\u202b\u202d\u202e":
            stack.append(PDF)
        elif ch in "\u2066\u2067\u2068":
            stack.append(PDI)
        elif ch == PDF:
            if stack and stack[-1] == PDF:  # within the innermost isolate only
                stack.pop()
        elif PDI in stack:  # a PDI closes the innermost isolate and all opened within it
            while stack.pop() != PDI:
                pass
    return "".join(reversed(stack))
