"""Score the tagger on TimeML files the way the TempEval-3 scorer does.

    python -m generator.timex.evaluate DIR [DIR ...] [--errors N] [--by-rule]

For each folder: strict F1 (exact extent), relaxed F1 (any overlap), and value / type F1
(= attribute accuracy among relaxed matches x relaxed F1). The document creation time (DCT)
is the anchor and is not scored. Each system expression matches at most one gold one.
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from generator.model import Timex
from generator.timex import tag

TAG = re.compile(r"<(/?)(\w+)([^>]*)>")
ATTR = re.compile(r'(\w+)="([^"]*)"')


@dataclass(frozen=True)
class Document:
    name: str
    dct: dt.date
    text: str
    gold: tuple[Timex, ...]


def parse_timeml(path: Path) -> Document:
    """Plain text of <TEXT> with gold TIMEX3 spans as offsets into it."""
    raw = path.read_text(encoding="utf-8")
    dct_match = re.search(r'functionInDocument="CREATION_TIME"[^>]*?value="([^"]+)"', raw) or \
        re.search(r'<DCT>.*?value="([^"]+)"', raw, re.S)
    if not dct_match:
        raise ValueError(f"{path}: no document creation time (DCT)")
    dct = dt.date.fromisoformat(dct_match.group(1)[:10])
    body = raw[raw.index("<TEXT>") + len("<TEXT>"): raw.index("</TEXT>")]
    out: list[str] = []
    length = 0
    gold: list[Timex] = []
    open_timex: tuple[int, dict[str, str]] | None = None
    pos = 0
    for m in TAG.finditer(body):
        piece = html.unescape(body[pos:m.start()])
        out.append(piece)
        length += len(piece)
        pos = m.end()
        closing, name = m.group(1), m.group(2)
        if name != "TIMEX3":
            continue
        if not closing:
            open_timex = (length, dict(ATTR.findall(m.group(3))))
        elif open_timex:
            start, attrs = open_timex
            text = "".join(out)[start:length]
            gold.append(Timex(start, length, text, attrs.get("type", ""), attrs.get("value", ""),
                              attrs.get("mod")))
            open_timex = None
    out.append(html.unescape(body[pos:]))
    return Document(path.name, dct, "".join(out), tuple(gold))


@dataclass
class Counts:
    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed: int = 0
    value: int = 0
    type: int = 0

    def add(self, other: Counts) -> None:
        for f in ("gold", "system", "strict", "relaxed", "value", "type"):
            setattr(self, f, getattr(self, f) + getattr(other, f))

    def f1(self, hits: int) -> float:
        p = hits / self.system if self.system else 0.0
        r = hits / self.gold if self.gold else 0.0
        return 2 * p * r / (p + r) if p + r else 0.0

    def scores(self) -> dict[str, float]:
        relaxed = self.f1(self.relaxed)

        def acc(n: int) -> float:
            return n / self.relaxed if self.relaxed else 0.0

        return {
            "strict": 100 * self.f1(self.strict),
            "relaxed": 100 * relaxed,
            "value": 100 * acc(self.value) * relaxed,
            "type": 100 * acc(self.type) * relaxed,
        }


def score(doc: Document, system: tuple[Timex, ...],
          by_rule: dict[str, Counts] | None = None) -> tuple[Counts, list[str]]:
    """Counts for one document and its error lines; ``by_rule`` (when given) also gets, for each
    rule, the system expressions it made and how they matched (its ``gold`` stays 0)."""
    c = Counts(gold=len(doc.gold), system=len(system))
    errors: list[str] = []
    used: set[int] = set()
    for g in doc.gold:
        match = None
        for i, s in enumerate(system):
            if i not in used and s.start < g.end and g.start < s.end:
                match = i
                break
        if match is None:
            errors.append(f"MISS  {doc.name}: {g.text!r} {g.type} {g.value}")
            continue
        used.add(match)
        s = system[match]
        targets = [c] if by_rule is None else [c, by_rule.setdefault(s.rule or "?", Counts())]
        for counts in targets:
            counts.relaxed += 1
            counts.strict += (s.start, s.end) == (g.start, g.end)
            counts.value += s.value == g.value
            counts.type += s.type == g.type
        if (s.start, s.end) != (g.start, g.end):
            errors.append(f"SPAN  {doc.name}: gold {g.text!r} system {s.text!r}")
        if s.value != g.value:
            errors.append(f"VALUE {doc.name}: {g.text!r} gold {g.value} system {s.value} "
                          f"[{s.rule}] dct {doc.dct}")
    for i, s in enumerate(system):
        if by_rule is not None:
            by_rule.setdefault(s.rule or "?", Counts()).system += 1
        if i not in used:
            errors.append(f"EXTRA {doc.name}: {s.text!r} {s.type} {s.value} [{s.rule}]")
    return c, errors


def evaluate(folder: Path, by_rule: dict[str, Counts] | None = None
             ) -> tuple[Counts, list[str]]:
    total = Counts()
    errors: list[str] = []
    for path in sorted(folder.glob("*.tml")):
        doc = parse_timeml(path)
        counts, errs = score(doc, tag(doc.text, doc.dct), by_rule)
        total.add(counts)
        errors.extend(errs)
    return total, errors


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--errors", type=int, default=0, help="print up to N error lines")
    parser.add_argument("--by-rule", action="store_true",
                        help="after each corpus, what each rule found: expressions, how many "
                        "overlap a gold one, with its exact extent, its value")
    args = parser.parse_args(argv)
    print(f"{'corpus':<12} {'docs':>5} {'gold':>6} {'system':>6}  strict  relaxed  value   type")
    for folder in args.folders:
        if not folder.is_dir():
            print(f"{folder}: not a folder", file=sys.stderr)
            return 2
        by_rule: dict[str, Counts] = {}
        counts, errors = evaluate(folder, by_rule)
        s = counts.scores()
        docs = len(list(folder.glob("*.tml")))
        print(f"{folder.name:<12} {docs:>5} {counts.gold:>6} {counts.system:>6}  "
              f"{s['strict']:6.2f}  {s['relaxed']:7.2f}  {s['value']:5.2f}  {s['type']:5.2f}")
        for line in errors[: args.errors]:
            print("   ", line)
        if args.by_rule:
            print(f"    {'rule':<28} {'found':>6} {'match':>6} {'extent':>6} {'value':>6}")
            for rule, r in sorted(by_rule.items(), key=lambda kv: (-kv[1].system, kv[0])):
                print(f"    {rule:<28} {r.system:>6} {r.relaxed:>6} {r.strict:>6} {r.value:>6}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
