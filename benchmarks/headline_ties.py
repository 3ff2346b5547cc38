"""How many of the scorer's missed headlines are ties: another event holds as many of the gold
happening's outlets, and its title would pass.

usage: .venv/bin/timeline extract ../shared/corpus/dev/articles > /tmp/dev.json
       .venv/bin/python benchmarks/headline_ties.py ../shared/eval/score.py /tmp/dev.json \
           ../shared/corpus/dev/gold_claims.yaml ../shared/corpus/dev/gold_events.yaml [--show]

``score.py`` takes, for each gold happening, the first event (in the export's order: date,
then id) of those holding most of its outlets, and checks that event's title (length, and a
gold actor or the place named). Where a report's day is cut into two events of the same
outlets, the two tie and the first is taken. Prints the misses and how many of them another
tied event would pass; ``--show`` lists them. The checks are the scorer's own functions
(imported from the given ``score.py``), so this counts what it counts.
"""
import importlib.util
import json
import sys

import yaml


def main(argv: list[str]) -> int:
    show = "--show" in argv
    argv = [a for a in argv if a != "--show"]
    spec = importlib.util.spec_from_file_location("score", argv[0])
    assert spec is not None and spec.loader is not None
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    export = json.load(open(argv[1], encoding="utf-8"))
    gold_events = yaml.safe_load(open(argv[3], encoding="utf-8")) or []
    sources = export["sources"]
    claims = {c["id"]: c for c in export["claims"]}
    by_url = {str(s.get("url", "")).rstrip("/"): s["id"] for s in sources}
    keys = {s["id"]: score.stem_key(s) for s in sources}

    def source_of(stem_or_url: str) -> str | None:
        url = str(stem_or_url).rstrip("/")
        return by_url.get(url) or next((sid for sid, k in keys.items() if stem_or_url in k), None)

    def passes(g: dict, title: str) -> bool:
        t = score.fold(title)
        names = [score.surname(a) for a in (g.get("actors") or [])] + [score.surname(g.get("place"))]
        return 10 <= len(t) <= 90 and any(n and n.lower()[:5] in t.lower() for n in names if n)

    missed = ties = 0
    for g in gold_events:
        if g.get("kind", "happening") != "happening":
            continue
        outlets = {source_of(s) for s in g["sources"]} - {None}
        versions = [g] + [{"start": c.get("start") or c.get("date"),
                           "end": c.get("end") or c.get("start") or c.get("date")}
                          for c in g.get("conflicts") or []]
        held = [(len({claims[c]["source"] for c in e["claims"] if c in claims} & outlets), e)
                for e in export["events"]
                if any(score.overlaps(e.get("when") or {}, v, finer=False) for v in versions)]
        held = [(n, e) for n, e in held if n]
        if not held:
            continue
        most = max(n for n, _ in held)
        tied = [e for n, e in held if n == most]
        if passes(g, tied[0]["title"]):
            continue
        missed += 1
        other = next((e for e in tied[1:] if passes(g, e["title"])), None)
        if other is not None:
            ties += 1
            if show:
                print(f"{g['id']}: taken {tied[0]['title']!r}; tied {other['title']!r}")
    print(f"missed={missed} ties={ties}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
