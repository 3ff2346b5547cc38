"""Wires the stages; the one place that knows their order.

load (sources.py) -> sentences (text.py) -> claims (claims.py, timex/) -> events (events.py)
-> pages (render.py) -> files (write.py) -> site (MkDocs)
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from generator.claims import extract_claims
from generator.curation import FILENAME, Decision, apply_curation, load_curation
from generator.entities import Registry, load_registry
from generator.events import Frequencies, features, merge_events
from generator.model import Claim, Source, Timeline
from generator.problems import InputError
from generator.sources import display_path, load_sources
from generator.text import split_sentences


def check(paths: list[Path], today: dt.date | None = None) -> tuple[tuple[Source, ...], tuple]:
    """Load and validate sources; raise InputError listing every error (warnings returned)."""
    sources, problems = load_sources(paths, today)
    errors = tuple(p for p in problems if p.severity == "error")
    if errors:
        raise InputError(tuple(problems))
    return sources, tuple(problems)


def curation_of(paths: list[Path]) -> tuple[Decision, ...]:
    """The editors' decisions in the curation files of the given folders (I/O)."""
    decisions: list[Decision] = []
    for path in paths:
        if path.is_dir():
            decisions.extend(load_curation(path, display_path(path / FILENAME)))
    return tuple(decisions)


def extract(sources: tuple[Source, ...], decisions: tuple[Decision, ...] = ()) -> Timeline:
    """Sources -> claims -> events (-> editors' decisions applied). Pure."""
    registry = load_registry()
    ordered = tuple(sorted(sources, key=lambda s: (s.published, s.id)))
    claims: list[Claim] = []
    for s in ordered:
        claims.extend(extract_claims(s, split_sentences(s.raw, s.body_start), registry))
    events = merge_events(tuple(claims), ordered, frequencies(ordered, registry))
    if decisions:
        events = apply_curation(events, tuple(claims), ordered, decisions)
    return Timeline(ordered, tuple(claims), events)


def frequencies(sources: tuple[Source, ...], registry: Registry) -> Frequencies:
    """Document frequencies of words and entities over every sentence of the corpus."""
    bags = []
    for s in sources:
        for sentence in split_sentences(s.raw, s.body_start):
            mentions = tuple((m.start, m.end, m.entity) for m in registry.find(sentence.text))
            bags.append(features(sentence.text, mentions))
    return Frequencies.of(bags)
