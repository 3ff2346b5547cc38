"""Step 1 of tagging: find temporal expressions and normalise their parts (no anchoring yet).

Every rule's regex runs over the text; overlapping candidates are settled longest first, then by
rule order. Each kept match becomes a ``Mention``: its extent, type and a value *template*
filled with normalised groups (``PARTIAL(XXXX-10,tense)``, ``REL(last,year)``, ``2022-02``).
``resolve.py`` turns templates into TimeML values against the document date.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from generator import lang
from generator.timex.rules import Rule, RuleSet, Table

ORDINAL_DIGITS = re.compile(r"^([0-9]+)(?:st|nd|rd|th)?$", re.IGNORECASE)


@dataclass(frozen=True)
class Mention:
    """A matched expression before anchoring: ``text[start:end]`` with a value template."""

    start: int
    end: int
    type: str
    template: str
    mod: str | None
    rule: str


@dataclass(frozen=True)
class GroupWords:
    """A language's words for the group normaliser (its bundle's ``timex.yaml``)."""

    half: re.Pattern[str]  # a number ending in a half: group 1 is the whole part
    fillers: frozenset[str]  # words skipped between number words
    hundred: str
    year_prefix: str
    thousands: tuple[tuple[str, int], ...]
    year_zero: tuple[str, ...]
    am: str
    pm: str
    pm_parts: frozenset[str]
    clock: dict[str, str]


def compile_group_words(data: dict) -> GroupWords:
    return GroupWords(
        re.compile(r"^(.*?)\s*(?:" + "|".join(r"\b" + re.escape(w) for w in data["half"]) + ")$"),
        frozenset(data["fillers"]), data["hundred"], data["year_prefix"] + " ",
        tuple((k, int(v)) for k, v in data["thousands"].items()),
        tuple(z + " " for z in data["year_zero"]), data["am"], data["pm"],
        frozenset(data["pm_parts"]), dict(data["clock"]))


@lru_cache(maxsize=8)
def group_words(language: str = lang.DEFAULT) -> GroupWords:
    """The group normaliser's words of ``language`` (from its bundle, generator/lang/)."""
    return compile_group_words(lang.resource(language, "timex"))


def parse_number(words: str, tables: dict[str, Table], w: GroupWords | None = None) -> str:
    """'twenty four' -> '24', 'a' -> '1', 'several' -> 'X', '2.5' -> '2.5', '2 1/2' -> '2.5'."""
    w = w or group_words()
    text = " ".join(words.lower().replace("-", " ").split())
    half = w.half.match(text)
    if half and half.group(1):
        whole = parse_number(half.group(1), tables, w)
        return "X" if whole == "X" else str(float(whole) + 0.5)
    if re.fullmatch(r"[0-9]{1,3}(?:,[0-9]{3})+", text):  # "999,999": thousands separators
        return text.replace(",", "")
    if re.fullmatch(r"[0-9]+(?:\.[0-9]+)?", text):
        return text
    whole = tables["cardinal"].lookup(text)
    if whole is not None:
        return whole
    total, current = 0, 0
    for word in text.split():
        if word in w.fillers:
            continue
        value = tables["cardinal"].lookup(word)
        if value is None:
            return "X"
        if value == "X":
            return "X"
        number = float(value)
        if number == 100:
            current = max(current, 1) * 100
        else:
            current += number
    total += current
    return str(int(total)) if total == int(total) else str(total)


def spelled_year(words: str, tables: dict[str, Table], w: GroupWords | None = None) -> str:
    """'nineteen ninety-six' -> '1996', 'two thousand and one' -> '2001', 'the year two
    thousand' -> '2000', 'nineteen oh five' -> '1905'."""
    w = w or group_words()
    text = " ".join(words.lower().replace("-", " ").split())
    if text.startswith(w.year_prefix):
        text = text[len(w.year_prefix):]
    for phrase, thousands in w.thousands:
        if text.startswith(phrase):
            rest = text[len(phrase):]
            for filler in w.fillers:
                rest = rest.replace(f" {filler} ", " ")
            rest = rest.strip()
            return str(thousands + (int(float(parse_number(rest, tables, w))) if rest else 0))
    century, _, rest = text.partition(" ")
    for zero in w.year_zero:
        rest = rest.replace(zero, "")
    tail = 0 if rest == w.hundred else int(float(parse_number(rest, tables, w)))
    return f"{int(tables['cardinal'].lookup(century) or 19):02d}{tail:02d}"


def _ordinal(word: str, tables: dict[str, Table]) -> str:
    m = ORDINAL_DIGITS.match(word.strip())
    if m:
        return str(int(m.group(1)))
    return tables["ordinal"].lookup(word.lower()) or word


# One normaliser per kind of group, keyed by the group's name without its trailing digits
# ("month2" is a month). Each takes (word, the match's other groups, vocabulary tables, words).
Normaliser = Callable[[str, dict[str, "str | None"], dict[str, Table], GroupWords], str]


def _month(word: str, groups: dict, tables: dict[str, Table], w: GroupWords) -> str:
    value = tables["month"].lookup(word) or tables["month_abbr"].lookup(word) \
        or tables["month_abbr"].lookup(word + ".")
    return f"{int(value):02d}" if value else "XX"


def _year(word: str, groups: dict, tables: dict[str, Table], w: GroupWords) -> str:
    if word.isdigit():
        return word if len(word) == 4 else f"19{word}"
    return spelled_year(word, tables, w)


def _hour(word: str, groups: dict, tables: dict[str, Table], w: GroupWords) -> str:
    hour = int(parse_number(word, tables, w)) if not word.isdigit() else int(word)
    ampm = (groups.get("ampm") or "").lower().replace(".", "")
    if groups.get("part") and groups["part"].lower() in w.pm_parts:
        ampm = w.pm
    if ampm == w.pm and hour < 12:
        hour += 12
    if ampm == w.am and hour == 12:
        hour = 0
    return f"{hour:02d}"


def _modifier(word: str, groups: dict, tables: dict[str, Table], w: GroupWords) -> str:
    low = word.lower()
    return tables["modifier"].lookup(low) or tables["modifier"].lookup(low.rstrip("-")) or ""


def _lookup(table: str, lower: bool = False, default: str | None = None) -> Normaliser:
    """A normaliser that looks the word up in a vocabulary table (else ``default``, else the
    word itself)."""
    def normalise(word: str, groups: dict, tables: dict[str, Table], w: GroupWords) -> str:
        key = word.lower() if lower else word
        return tables[table].lookup(key) or (default if default is not None else key)
    return normalise


def _two_digits(word: str, *_: object) -> str:
    return f"{int(word):02d}"


def _as_is(word: str, *_: object) -> str:
    return word


NORMALISERS: dict[str, Normaliser] = {
    "month": _month, "month_any": _month,
    "monthnum": _two_digits, "day": _two_digits, "daynum": _two_digits, "minute": _two_digits,
    "year": _year,
    "half": lambda word, *_: ".5" if word else "",
    "hour": _hour,
    "number": lambda word, groups, tables, w: parse_number(word, tables, w),
    "ordinal": lambda word, groups, tables, w: _ordinal(word, tables),
    "n": lambda word, groups, tables, w: _ordinal(word, tables),
    "unit": _lookup("unit", lower=True),
    "mod": _modifier,
    "rel": lambda word, *_: word.lower().split()[0],
    "dir": lambda word, *_: word.lower().split()[0],
    "t": lambda word, groups, tables, w: w.clock.get(word.lower(), word),
    "clock": lambda word, groups, tables, w: w.clock.get(word.lower(), word),
    "part": lambda word, groups, tables, w: tables["part"].lookup(word.lower()) or word,
    "season": lambda word, groups, tables, w: tables["season"].lookup(word.lower()) or word,
    "holiday": _lookup("holiday", default="XX-XX"),
    "weekday": _lookup("weekday"),
    "decade": _as_is,
}


def normalise_group(name: str, text: str, groups: dict[str, str | None],
                    tables: dict[str, Table], words: GroupWords | None = None) -> str:
    """Normalise one named group by the normaliser of its name (``NORMALISERS``), else by the
    vocabulary table of that name, else as written."""
    base = name.rstrip("0123456789")
    word = " ".join(text.split())
    normalise = NORMALISERS.get(base)
    if normalise is not None:
        return normalise(word, groups, tables, words or group_words())
    if base in tables:  # any other vocabulary table
        return tables[base].lookup(word) or word
    return word


def _fill(rule: Rule, m: re.Match[str], tables: dict[str, Table],
          words: GroupWords) -> tuple[str, str | None]:
    groups = m.groupdict()
    values: dict[str, str] = {}
    for name, text in groups.items():
        values[name] = "" if text is None else normalise_group(name, text, groups, tables, words)
    if "minute" in rule.regex.groupindex and not values.get("minute"):
        values["minute"] = "00"
    template = re.sub(r"\{(\w+)\}", lambda g: values.get(g.group(1), ""), rule.value)
    mod = rule.mod or (values.get("mod") or None)
    return template, mod


def lowered(text: str) -> str:
    """``text`` in lower case, character for character (the offsets stay those of ``text``):
    the few letters that grow when lower-cased ("İ") are left as they are."""
    low = text.lower()
    if len(low) != len(text):
        # (only "İ" grows, to "i̇": it stands in as a character that lower-cases to itself, and
        # the text is lowered whole, not a character at a time, whose string objects cost some
        # 70 bytes a character of a text in another script: a 2 MB text of Turkish or
        # Vietnamese capitals peaked at 210 MB, the twenty-second sweep)
        stand_in = next((c for c in ("\uffff", "\ufffe", "\U0010ffff") if c not in text), None)
        if stand_in is None:  # (all three in the text: each stretch between lowered alone)
            return "İ".join(part.lower() for part in text.split("İ"))
        low = text.replace("İ", stand_in).lower().replace(stand_in, "İ")
    return low


CLOCK = re.compile(r"[:.][0-5][0-9](?![0-9])")  # what follows the hour of a clock time
BEFORE, AFTER = 60, 50  # a window around a trigger word holds any match that contains it


def _windows(positions: list[int], text: str) -> list[tuple[int, int]]:
    """Merged stretches [start, end) around sorted trigger positions, each ending at white
    space (so that no match is cut short, not even a web address an IGNORE rule claims)."""
    size = len(text)
    out: list[tuple[int, int]] = []
    for p in positions:
        start, end = p - BEFORE if p > BEFORE else 0, p + AFTER
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    fixed: list[tuple[int, int]] = []
    space = -1  # the first white space at or after the last window's end looked at
    for start, hi in out:
        if hi >= size:
            hi = size
        else:  # to the end of a word (or web address)
            if space < hi:
                found = WHITE_SPACE.search(text, hi)
                space = found.start() if found is not None else size
            hi = space  # (no white space between the last end and it: each character read once)
        if fixed and start <= fixed[-1][1]:
            # a word that runs into the next window joins the two: a text with no white space
            # (a pasted data: image, a run of digits) was read once per window to its end
            fixed[-1] = (fixed[-1][0], max(fixed[-1][1], hi))
        else:
            fixed.append((start, hi))
    return fixed


WHITE_SPACE = re.compile(r"\s")


def find_mentions(text: str, ruleset: RuleSet, full_scan: bool = False,
                  language: str = lang.DEFAULT) -> tuple[Mention, ...]:
    """All expressions in ``text``, non-overlapping, in text order.

    Each rule runs only near the words its `near` names (``full_scan`` runs every rule over all
    the text: the tests check both find the same). Groups are normalised with the words of
    ``language``'s bundle.
    """
    words = group_words(language)
    # (start, end, the match's length, rule index, where the match starts, its window's end):
    # no match object kept (a text of a date every few characters held one per candidate,
    # most of its extraction's peak memory); a kept one is matched again
    candidates: list[tuple[int, int, int, int, int, int]] = []
    low = lowered(text)
    if full_scan:
        plan = [(range(len(ruleset.rules)), [(0, len(text))])]
    else:
        where: dict[str, list[int]] = defaultdict(list)
        for t in ruleset.trigger.finditer(low):
            word = t.group(0)
            if word[0].isdigit():
                where["#"].append(t.start())
                if len(word) == 4 and word[0] in "12":
                    where["#yyyy"].append(t.start())
                elif CLOCK.match(low, t.end()):  # "14:00", "09.30"
                    where["#hh_mm"].append(t.start())
                elif len(word) == 2 and word[1] == "0" and low.startswith("s", t.end()):
                    where["#short_decade"].append(t.start())  # "the '90s"
            else:
                where[word].append(t.start())
        plan = []
        for near, indices in ruleset.groups:
            found = [where[w] for w in near if w in where]
            if not found:
                continue
            positions = found[0] if len(found) == 1 else sorted(p for f in found for p in f)
            plan.append((indices, _windows(positions, text)))
    for indices, spans in plan:
        for index in indices:
            rule = ruleset.rules[index]
            regex, subject = rule.regex, low if rule.lower else text
            has_t = "t" in regex.groupindex
            for lo, hi in spans:
                for m in regex.finditer(subject, lo, hi):
                    start, end = m.span("t") if has_t and m.group("t") else m.span()
                    if end > start:
                        candidates.append((start, end, m.end() - m.start(), index, m.start(), hi))
    # IGNORE rules first (they veto), then the longest match (context read around a `t` group
    # counts: "twice a year" makes "a year" a SET), earliest rule, leftmost; keep what does
    # not overlap a kept one
    rules = ruleset.rules
    candidates.sort(key=lambda c: (rules[c[3]].type != "IGNORE", -c[2], -(c[1] - c[0]), c[3], c[0]))
    taken = bytearray(len(text))  # 1 where a kept mention lies: overlap tests stay linear
    kept: list[Mention] = []
    for start, end, length, index, at, hi in candidates:
        if taken.find(1, start, end) != -1:
            continue
        taken[start:end] = b"\x01" * (end - start)
        rule = rules[index]
        if rule.type == "IGNORE":  # blocks other rules here, yields nothing
            continue
        subject = low if rule.lower else text
        m = rule.regex.match(subject, at, hi)  # the attempt finditer made there
        if m is None or m.end() - at != length:  # (after an empty match there: the next one)
            m = next(x for x in rule.regex.finditer(subject, at, hi) if x.start() == at and x.end() - at == length)
        template, mod = _fill(rule, m, ruleset.tables, words)
        kept.append(Mention(start, end, rule.type, template, mod, rule.id))
    kept.sort(key=lambda k: k.start)
    return tuple(kept)
