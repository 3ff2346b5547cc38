"""Step 1 of tagging: find temporal expressions and normalise their parts (no anchoring yet).

Every rule's regex runs over the text; overlapping candidates are settled longest first, then by
rule order. Each kept match becomes a ``Mention``: its extent, type and a value *template*
filled with normalised groups (``PARTIAL(XXXX-10,tense)``, ``REL(last,year)``, ``2022-02``).
``resolve.py`` turns templates into TimeML values against the document date.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

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


HALF = re.compile(r"^(.*?)\s*(?:\b1/2|\band a half|\ba half)$")


def parse_number(words: str, tables: dict[str, Table]) -> str:
    """'twenty four' -> '24', 'a' -> '1', 'several' -> 'X', '2.5' -> '2.5', '2 1/2' -> '2.5'."""
    text = " ".join(words.lower().replace("-", " ").split())
    half = HALF.match(text)
    if half and half.group(1):
        whole = parse_number(half.group(1), tables)
        return "X" if whole == "X" else str(float(whole) + 0.5)
    if re.fullmatch(r"[0-9]+(?:\.[0-9]+)?", text):
        return text
    whole = tables["cardinal"].lookup(text)
    if whole is not None:
        return whole
    total, current = 0, 0
    for word in text.split():
        if word == "and":
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


def spelled_year(words: str, tables: dict[str, Table]) -> str:
    """'nineteen ninety-six' -> '1996', 'two thousand and one' -> '2001', 'the year two
    thousand' -> '2000', 'nineteen oh five' -> '1905'."""
    text = " ".join(words.lower().replace("-", " ").split())
    text = re.sub(r"^the year ", "", text)
    if text.startswith("two thousand"):
        rest = text[len("two thousand"):].replace(" and ", " ").strip()
        return str(2000 + (int(float(parse_number(rest, tables))) if rest else 0))
    century, _, rest = text.partition(" ")
    rest = rest.replace("oh ", "")
    tail = 0 if rest == "hundred" else int(float(parse_number(rest, tables)))
    return f"{int(tables['cardinal'].lookup(century) or 19):02d}{tail:02d}"


def _ordinal(word: str, tables: dict[str, Table]) -> str:
    m = ORDINAL_DIGITS.match(word.strip())
    if m:
        return str(int(m.group(1)))
    return tables["ordinal"].lookup(word.lower()) or word


def normalise_group(name: str, text: str, groups: dict[str, str | None],
                    tables: dict[str, Table]) -> str:
    """Normalise one named group by the table its name starts with."""
    base = name.rstrip("0123456789")
    word = " ".join(text.split())
    if base in ("month", "month_any"):
        value = tables["month"].lookup(word) or tables["month_abbr"].lookup(word) \
            or tables["month_abbr"].lookup(word + ".")
        return f"{int(value):02d}" if value else "XX"
    if base in ("monthnum", "day", "daynum", "minute"):
        return f"{int(word):02d}"
    if base == "year":
        if word.isdigit():
            return word if len(word) == 4 else f"19{word}"
        return spelled_year(word, tables)
    if base == "half":
        return ".5" if word else ""
    if base == "hour":
        hour = int(parse_number(word, tables)) if not word.isdigit() else int(word)
        ampm = (groups.get("ampm") or "").lower().replace(".", "")
        if groups.get("part") and groups["part"].lower() in ("afternoon", "evening"):
            ampm = "pm"
        if ampm == "pm" and hour < 12:
            hour += 12
        if ampm == "am" and hour == 12:
            hour = 0
        return f"{hour:02d}"
    if base == "number":
        return parse_number(word, tables)
    if base in ("ordinal", "n"):
        return _ordinal(word, tables)
    if base in ("unit",):
        return tables["unit"].lookup(word.lower()) or word.lower()
    if base == "mod":
        return tables["modifier"].lookup(word.lower()) or tables["modifier"].lookup(
            word.lower().rstrip("-")) or ""
    if base in ("rel", "dir"):
        return word.lower().split()[0]
    if base in ("t", "clock"):
        return {"noon": "12:00", "midday": "12:00", "midnight": "24:00"}.get(word.lower(), word)
    if base == "part":
        return tables["part"].lookup(word.lower()) or word
    if base == "season":
        return tables["season"].lookup(word.lower()) or word
    if base == "holiday":
        return tables["holiday"].lookup(word) or "XX-XX"
    if base == "weekday":
        return tables["weekday"].lookup(word) or word
    if base == "decade":
        return word
    if base in tables:  # any other vocabulary table
        return tables[base].lookup(word) or word
    return word


def _fill(rule: Rule, m: re.Match[str], tables: dict[str, Table]) -> tuple[str, str | None]:
    groups = m.groupdict()
    values: dict[str, str] = {}
    for name, text in groups.items():
        values[name] = "" if text is None else normalise_group(name, text, groups, tables)
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
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
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
    fixed = []
    for start, hi in out:
        if hi >= size:
            hi = size
        else:
            while hi < size and not text[hi].isspace():  # to the end of a word (or web address)
                hi += 1
        fixed.append((start, hi))
    return fixed


def find_mentions(text: str, ruleset: RuleSet, full_scan: bool = False) -> tuple[Mention, ...]:
    """All expressions in ``text``, non-overlapping, in text order.

    Each rule runs only near the words its `near` names (``full_scan`` runs every rule over all
    the text: the tests check both find the same).
    """
    candidates: list[tuple[int, int, int, int, Rule, re.Match[str]]] = []
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
                        candidates.append((start, end, m.end() - m.start(), index, rule, m))
    # IGNORE rules first (they veto), then the longest match (context read around a `t` group
    # counts: "twice a year" makes "a year" a SET), earliest rule, leftmost; keep what does
    # not overlap a kept one
    candidates.sort(key=lambda c: (c[4].type != "IGNORE", -c[2], -(c[1] - c[0]), c[3], c[0]))
    taken = bytearray(len(text))  # 1 where a kept mention lies: overlap tests stay linear
    kept: list[Mention] = []
    for start, end, _, _, rule, m in candidates:
        if taken.find(1, start, end) != -1:
            continue
        taken[start:end] = b"\x01" * (end - start)
        if rule.type == "IGNORE":  # blocks other rules here, yields nothing
            continue
        template, mod = _fill(rule, m, ruleset.tables)
        kept.append(Mention(start, end, rule.type, template, mod, rule.id))
    kept.sort(key=lambda k: k.start)
    return tuple(kept)
