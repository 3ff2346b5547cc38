"""How many event titles of an export read as a desk headline: the scorer's form checks and
who-did-what, over ALL events (the scorer looks only at events matching a gold happening).

usage: .venv/bin/timeline extract ../shared/corpus/dev/articles > /tmp/dev.json
       .venv/bin/python benchmarks/headline_form.py /tmp/dev.json [--show]

A title passes when
- form (as ``../shared/eval/score.py`` checks a headline): 10 to 90 characters, no ellipsis, no
  dangling last word ("of", "the" ...), no photo credit or dateline;
- named subject: its first word is a name: a word of a registered entity's name or alias
  (people, organisations, places), or a capitalised word the corpus itself writes capitalised
  inside a sentence ("Kremlin", "TASS"); not "It", "Five-hour", "Talks";
- finite verb: an auxiliary or modal, a known irregular form, a lower-case word in -ed, a
  lower-case word in -s (not after a determiner or a preposition: "on talks" is a noun), a
  lower-case word right after a name ("Putin and Zelensky meet"), or the headline future
  "X to <verb>".

This judge is deliberately independent of ``generator.headlines`` (it shares no word list with
it), so that it cannot agree with the rules by construction. Prints the share; ``--show`` lists
the titles that fail and why.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from generator.entities import load_registry  # noqa: E402

DANGLING = set("""a an the of to in on at for with by from and or but that which who whom whose as
than his her its their our your my into onto about after before over under between""".split())
CREDIT = re.compile(r"(Getty|AFP via|REUTERS/|Reuters/|AP Photo|Photo:|Photo credit|/ AP\b|"
                    r"\(Xinhua\)|\bEPA\b|Pool Photo|Sputnik/|^[A-Z]{3,}[ ,A-Z]*, [A-Z][a-z]{2}\.? \d)",
                    re.I)
AUX = set("is are was were will would has have had can could should may might must does do did be"
          .split())
IRREGULAR = set("""says said meets met holds held makes made gives gave takes took sends sent speaks
spoke goes went comes came becomes became begins began leaves left leads led sets puts cuts hits
quits strikes struck breaks broke brings brought buys bought seeks sought fights fought thinks
thought wins won loses lost chooses chose draws drew flies flew writes wrote rises rose falls fell
feels felt keeps kept stands stood withdraws withdrew shakes shook sells sold finds found hears
heard pays paid sees saw knows knew grows grew throws threw spends spent builds built means meant
runs ran lets tells told""".split())
NOT_VERB_BEFORE = set("""a an the his her its their our my your this that these those of in on at
for with by from to into about over under between after before during amid any some no more most
many two three four five direct new""".split())


def proper_words(export: dict) -> set[str]:
    """Words that name something: every word of a registered entity's name or alias, and every
    capitalised word the corpus writes capitalised after a lower-case word or a comma."""
    out: set[str] = set()
    registry = load_registry()
    for e in registry.entities:
        for name in (e.name, *e.aliases):
            out.update(w for w in re.findall(r"[\w’'-]+", name) if w[:1].isupper())
    for c in export.get("claims", []):
        for m in re.finditer(r"(?:[a-z,]\s+)([A-Z][\w-]+)", c.get("text", "")):
            out.add(m.group(1))
    return out - {"The", "A", "An", "It", "He", "She", "They", "This", "That", "There", "In", "On",
                  "I"}


def plural_after_name(word: str, prev: str) -> bool:
    """'Zelensky and Putin hold ...': a lower-case word right after a name (not a possessive,
    a preposition or a determiner) is the plural verb."""
    return word.islower() and prev[:1].isupper() and not re.search(r"(?:’s|'s)$", prev) \
        and word not in NOT_VERB_BEFORE and word not in {"and", "or", "nor"}


def why_not(title: str, proper: set[str]) -> list[str]:
    """What keeps ``title`` from passing (empty: it passes)."""
    t = " ".join((title or "").split())
    words = re.findall(r"[\w’'-]+", t)
    why = []
    if not (10 <= len(t) <= 90):
        why.append(f"length {len(t)}")
    if "…" in t or "..." in t:
        why.append("ellipsis")
    if words and words[-1].lower() in DANGLING:
        why.append("dangling end")
    if CREDIT.search(t):
        why.append("credit/dateline")
    first = re.sub(r"(?:’s|'s)$", "", words[0]) if words else ""
    if not (first in proper or first.split("-")[0] in proper):
        why.append("no named subject")
    finite = False
    for i, w in enumerate(words):
        low = w.lower()
        prev = words[i - 1] if i else ""
        if not i:
            continue
        plural_or_third = w.islower() and low.endswith("s") and len(low) > 3 \
            and not low.endswith(("ss", "us", "is")) and prev.lower() not in NOT_VERB_BEFORE
        if low in AUX or low in IRREGULAR and w.islower() or plural_or_third \
                or w.islower() and low.endswith("ed") and len(low) > 4 \
                or low == "to" and prev[:1].isupper() \
                or plural_after_name(w, prev):
            finite = True
            break
    if not finite:
        why.append("no finite verb")
    return why


def main(argv: list[str]) -> int:
    if not argv or argv[0].startswith("-"):
        print(__doc__.strip(), file=sys.stderr)
        return 2
    export = json.loads(Path(argv[0]).read_text(encoding="utf-8"))
    proper = proper_words(export)
    events = export.get("events", [])
    good = 0
    for e in events:
        why = why_not(e.get("title") or "", proper)
        if not why:
            good += 1
        elif "--show" in argv:
            print(f"FAIL {e.get('title')!r} ({', '.join(why)})")
    share = good / len(events) if events else 0.0
    print(f"titles={len(events)} desk_form={good} share={share:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
