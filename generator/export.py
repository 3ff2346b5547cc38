"""Pure: a Timeline -> the JSON export (docs/data-export.md documents the contract)."""

from __future__ import annotations

import json

from generator.entities import Registry
from generator.model import Claim, Event, Source, Timeline
from generator.text import dateline


def source_json(s: Source) -> dict:
    line = dateline(s.raw, s.body_start)
    return {
        "id": s.id,
        "path": s.path,
        "url": s.url,
        "title": s.title,
        "outlet": s.outlet,
        "published": s.published.isoformat(),
        "published_estimated": s.published_estimated,
        "author": s.author,
        "language": s.language,
        "follows": None if s.follows is None else {
            "outlet": s.follows.outlet,
            "url": s.follows.url,
            "published": s.follows.published.isoformat() if s.follows.published else None,
        },
        "known_errors": list(s.known_errors),
        "notes": list(s.notes),
        "tags": list(s.tags),
        "dateline": None if line is None else {"place": line[0], "date": line[1]},
    }


def claim_json(c: Claim, event_of: dict[str, str]) -> dict:
    return {
        "id": c.id,
        "source": c.source,
        "text": c.text,
        "start": c.start,
        "end": c.end,
        "line": c.line,
        "timex": None if c.timex is None else {
            "text": c.timex.text, "type": c.timex.type, "value": c.timex.value,
            "mod": c.timex.mod, "start": c.timex.start, "end": c.timex.end,
        },
        "when": c.when.to_json(),
        "basis": c.basis,
        "part": c.part,
        "attribution": None if c.attribution is None else {
            "text": c.attribution.text, "entity": c.attribution.entity},
        "actors": list(c.actors),
        "places": list(c.places),
        "event": event_of.get(c.id),
    }


def event_json(e: Event) -> dict:
    return {
        "id": e.id,
        "title": e.title,
        "kind": e.kind,
        "summary": e.summary,
        "when": e.when.to_json(),
        "claims": list(e.claims),
        "sources": list(e.sources),
        "conflicts": list(e.conflicts),
        "independent_sources": e.independent,
        "actors": list(e.actors),
        "places": list(e.places),
        "notes": list(e.notes),
        "errors": [{"claim": c, "reason": r} for c, r in e.errors],
        "hidden": [{"claim": c, "reason": r} for c, r in e.hidden],
    }


def entities_json(timeline: Timeline, registry: Registry) -> list[dict]:
    """The registry entries that claims name, in registry order."""
    named = {e for c in timeline.claims for e in c.actors + c.places}
    named |= {c.attribution.entity for c in timeline.claims
              if c.attribution is not None and c.attribution.entity}
    return [{"id": e.id, "name": e.name, "kind": e.kind, "role": e.role}
            for e in registry.entities if e.id in named]


def to_json(timeline: Timeline, registry: Registry) -> str:
    """The export as text: same timeline, same bytes (no clock, fixed key order)."""
    event_of = {cid: e.id for e in timeline.events for cid in e.claims}
    data = {
        "sources": [source_json(s) for s in timeline.sources],
        "entities": entities_json(timeline, registry),
        "claims": [claim_json(c, event_of) for c in timeline.claims],
        "events": [event_json(e) for e in timeline.events],
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
