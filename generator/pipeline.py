"""Wires the stages; the one place that knows their order.

load (sources.py) -> sentences (text.py) -> claims (claims.py, timex/) -> events (events.py)
-> pages (render.py) -> files (write.py) -> site (MkDocs)
"""

from __future__ import annotations

from pathlib import Path

from generator.claims import extract_claims
from generator.events import merge_events
from generator.model import Source, Timeline
from generator.problems import InputError
from generator.sources import load_sources
from generator.text import split_sentences


def check(paths: list[Path]) -> tuple[tuple[Source, ...], tuple]:
    """Load and validate sources; raise InputError listing every error (warnings returned)."""
    sources, problems = load_sources(paths)
    errors = tuple(p for p in problems if p.severity == "error")
    if errors:
        raise InputError(tuple(problems))
    return sources, tuple(problems)


def extract(sources: tuple[Source, ...]) -> Timeline:
    """Sources -> claims -> events. Pure."""
    ordered = tuple(sorted(sources, key=lambda s: (s.published, s.id)))
    claims = tuple(c for s in ordered for c in extract_claims(s, split_sentences(s.raw, s.body_start)))
    events = merge_events(claims, ordered)
    return Timeline(ordered, claims, events)
