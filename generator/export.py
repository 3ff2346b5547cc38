"""Pure: a Timeline -> the JSON export (docs/data-export.md documents the contract)."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from generator.entities import Registry
from generator.model import Claim, Event, Source, Timeline
from generator.text import dateline

# A sentence longer than this is quoted around its date, not whole: a "sentence" of 80 KB (a
# text without full stops) with 2,000 dates made every claim carry all of it, and timeline.json
# grew with the square of the article (400 MB for 79 KB). No sentence of the dev corpus,
# sources/ or tests/eval comes near it (the longest stretch without a full stop: 598 characters).
QUOTE_OVER = 1000
CONTEXT = 200  # characters on each side of the date, at most
CLAUSE_MARK = re.compile(r"[;:—–]\s|\s[—–]\s|\(|\)")


def excerpt(claim: Claim) -> tuple[int, int]:
    """Offsets in the file of what a claim quotes: its sentence, or in a sentence longer than
    ``QUOTE_OVER`` the clause around its date (cut at ';', ':', a dash or a parenthesis, at most
    ``CONTEXT`` characters each side, never inside a word). Exact offsets: the caller slices
    the file (or ``claim.text``) with them."""
    length = claim.end - claim.start
    if length <= QUOTE_OVER:
        return claim.start, claim.end
    text = claim.text
    a, b = ((claim.timex.start - claim.start, claim.timex.end - claim.start)
            if claim.timex is not None else (0, 0))
    lo, hi = max(0, a - CONTEXT), min(length, b + CONTEXT)
    marks = [m.end() for m in CLAUSE_MARK.finditer(text, lo, a)]
    if marks:
        lo = marks[-1]
    elif lo > 0:
        space = text.find(" ", lo, a)
        lo = space + 1 if space >= 0 else lo
    after = CLAUSE_MARK.search(text, b, hi)
    if after:
        hi = after.start()
    elif hi < length:
        space = text.rfind(" ", b, hi)
        hi = space if space >= 0 else hi
    while lo < a and text[lo].isspace():
        lo += 1
    while hi > b and text[hi - 1].isspace():
        hi -= 1
    return claim.start + lo, claim.start + hi


def summary(event: Event) -> str:
    """An event's summary as pages and the export show it: at most ``QUOTE_OVER`` characters
    (events.summary_of prefers short sentences but falls back to a long one)."""
    from generator.events import shorten

    return shorten(event.summary, QUOTE_OVER)


def quoted(claim: Claim) -> str:
    """The text a claim quotes (``excerpt``)."""
    start, end = excerpt(claim)
    return claim.text[start - claim.start: end - claim.start]


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
    start, end = excerpt(c)
    out = {
        "id": c.id,
        "source": c.source,
        "text": quoted(c),
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
    if (start, end) != (c.start, c.end):
        out["excerpt"] = {"start": start, "end": end}  # file[start:end] == text
    return out


def event_json(e: Event) -> dict:
    return {
        "id": e.id,
        "title": e.title,
        "kind": e.kind,
        "summary": summary(e),
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


# (key, the values a text is made from, how to make it) -> the text: render.Reuse.text, which
# takes an earlier build's text where the values are the same
Remember = Callable[[str, tuple[object, ...], Callable[[], str]], str]


def iter_json(timeline: Timeline, registry: Registry,
              remember: Remember | None = None) -> Iterator[str]:
    """The export as pieces of text, written as they are made: the bytes of
    ``json.dumps({"sources": [...], "entities": [...], "claims": [...], "events": [...]},
    ensure_ascii=False, indent=2) + "\n"``, without ever holding that dict or that text (at
    10,000 sources the export is over 100 MB of JSON, and held whole it was most of
    ``timeline extract``'s memory). Each record is dumped alone and indented to its depth: JSON
    strings hold no raw line break, so indenting every line of a record is exact. With
    ``remember``, a source's, claim's or event's record is dumped only where the values it is
    made from changed since the build that ``remember`` knows."""
    event_of = {cid: e.id for e in timeline.events for cid in e.claims}

    def dumped(record: dict) -> str:
        return json.dumps(record, ensure_ascii=False, indent=2).replace("\n", "\n    ")

    def each(section: str, items: Iterable, given: Callable[[Any], tuple[object, ...]],
             record: Callable[[Any], dict]) -> Iterator[str]:
        for x in items:
            if remember is None:
                yield dumped(record(x))
            else:
                yield remember(f"timeline.json#{section}/{x.id}", given(x),
                               lambda x=x: dumped(record(x)))

    def claim_records() -> Iterator[str]:
        """The claims' records, a report's run of them at a time with ``remember``: one text
        kept by its claims and their events (the claims' records one by one were two thirds
        of the page cache's entries, 11,155 of 17,464 at 1,000 sources, each read, digested
        and written again by every build: 0.1 CPU s of a rebuild), joined as the section
        joins them."""
        if remember is None:
            yield from (dumped(claim_json(c, event_of)) for c in timeline.claims)
            return
        for run in _runs(timeline.claims):
            yield remember(f"timeline.json#claims/{run[0].id}",
                           (*run, *(event_of.get(c.id) for c in run)),
                           lambda run=run: ",\n    ".join(dumped(claim_json(c, event_of))
                                                         for c in run))

    sections: tuple[tuple[str, Iterable[str]], ...] = (
        ("sources", each("sources", timeline.sources, lambda s: (s,), source_json)),
        ("entities", (dumped(r) for r in entities_json(timeline, registry))),
        ("claims", claim_records()),
        ("events", each("events", timeline.events, lambda e: (e,), event_json)),
    )
    yield "{"
    for i, (key, records) in enumerate(sections):
        yield f'{"," if i else ""}\n  "{key}": ['
        empty = True
        for text in records:
            yield "\n    " if empty else ",\n    "
            yield text  # (the record itself: the page cache holds it, a build need not copy it)
            empty = False
        yield "]" if empty else "\n  ]"
    yield "\n}\n"


def _runs(claims: Iterable[Claim]) -> Iterator[list[Claim]]:
    """The claims in runs of one report's, in order (a report's claims stand together)."""
    run: list[Claim] = []
    for c in claims:
        if run and c.source != run[0].source:
            yield run
            run = []
        run.append(c)
    if run:
        yield run


def to_json(timeline: Timeline, registry: Registry, remember: Remember | None = None) -> str:
    """The export as text: same timeline, same bytes (no clock, fixed key order); with
    ``remember``, records made from the same values as in an earlier build are taken from it
    (``iter_json``)."""
    return "".join(iter_json(timeline, registry, remember))
