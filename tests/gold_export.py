"""The gold itself as a ``timeline extract`` export: every gold happening one event holding one
claim per outlet, dated and titled as the gold has it, its disagreements listed as versions.

Scored like our exports (tests/fixtures/dev_corpus/score.py), it shows what a perfect reading
would score: where a target of the scorer lies beyond it, the target measures the scorer, not
the reading (docs/measurements.md, "What the scorer counts").

    python -m tests.gold_export GOLD_EVENTS GOLD_CLAIMS > gold.json
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import yaml


def _when(start: object, end: object, granularity: str = "day") -> dict:
    return {"start": str(start), "end": str(end or start), "granularity": granularity}


def gold_export(events_path: Path, claims_path: Path) -> dict:
    """The export of the gold happenings, in date order (as ours are)."""
    gold = yaml.safe_load(events_path.read_text(encoding="utf-8")) or []
    urls = {c["source"]: c.get("url") for c in yaml.safe_load(claims_path.read_text(encoding="utf-8"))}
    sources = [{"id": stem, "path": f"{stem}.md", "url": url} for stem, url in sorted(urls.items())]
    claims, events = [], []
    for g in gold:
        when = _when(g["start"], g["end"], g["granularity"])
        ids = []
        for stem in g["sources"]:
            ids.append(f"{g['id']}--{stem}")
            claims.append({"id": ids[-1], "source": stem, "text": g["headline"], "basis": "explicit",
                           "when": when})
        versions = [{"when": when}] + [
            {"when": _when(c.get("start") or c.get("date"), c.get("end"))}
            for c in g.get("conflicts") or []]
        events.append({"id": g["id"], "title": g["headline"], "when": when, "claims": ids,
                       "conflicts": versions if len(versions) > 1 else []})
    events.sort(key=lambda e: (e["when"]["start"], e["when"]["end"]))
    return {"sources": sources, "claims": claims, "events": events}


if __name__ == "__main__":
    json.dump(gold_export(Path(sys.argv[1]), Path(sys.argv[2])), sys.stdout, indent=1)
