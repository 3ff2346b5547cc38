"""Wires the stages; the one place that knows their order.

load (sources.py) -> sentences (text.py) -> claims (claims.py, timex/) -> events (events.py)
-> pages (render.py) -> files (write.py) -> site (MkDocs)
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path

from generator.cache import ExtractCache
from generator.claims import extract_claims
from generator.curation import FILENAME, Decision, apply_curation, load_curation, story_of
from generator.entities import Registry, load_registry
from generator.events import merge_events
from generator.features import Frequencies, features
from generator.model import Claim, Source, Timeline
from generator.problems import InputError
from generator.sources import display_path, load_sources
from generator.text import source_sentences


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


def extract(sources: tuple[Source, ...], decisions: tuple[Decision, ...] = (),
            cache: "ExtractCache | None" = None) -> Timeline:
    """Sources -> claims -> events (-> editors' decisions applied).

    Pure but for the optional ``cache`` of per-source results (claims and word statistics),
    which makes adding one source to a large corpus re-extract that source only.
    """
    registry = load_registry()
    ordered = tuple(sorted(sources, key=lambda s: (s.published, s.id)))
    claims: list[Claim] = []
    df: Counter[str] = Counter()
    n_sentences = 0
    for s in ordered:
        cached = cache.get(s) if cache is not None else None
        if cached is None:
            own, count, own_df = extract_source(s, registry)
            if cache is not None:
                cache.put(s, own, count, own_df)
        else:
            own, count, own_df = cached
        claims.extend(own)
        n_sentences += count
        df.update(own_df)
    events = merge_events(tuple(claims), ordered, Frequencies(n_sentences, dict(df)))
    if not decisions:
        return Timeline(ordered, tuple(claims), events)
    events = apply_curation(events, tuple(claims), ordered, decisions)
    return Timeline(ordered, tuple(claims), events, *story_of(events, tuple(claims), decisions))


def extract_source(source: Source, registry: Registry) -> tuple[tuple[Claim, ...], int, Counter[str]]:
    """One source's claims, and in how many of its sentences each word or entity occurs."""
    sentences = source_sentences(source)
    df: Counter[str] = Counter()
    mentions_of = {}
    for sentence in sentences:
        found = registry.find(sentence.text)
        mentions_of[sentence.start] = found
        df.update(features(sentence.text, tuple((m.start, m.end, m.entity) for m in found)).keys())
    return extract_claims(source, sentences, registry, mentions_of), len(sentences), df


def frequencies(sources: tuple[Source, ...], registry: Registry) -> Frequencies:
    """Document frequencies of words and entities over every sentence of the corpus."""
    n, df = 0, Counter()
    for s in sources:
        _, count, own = extract_source(s, registry)
        n += count
        df.update(own)
    return Frequencies(n, dict(df))
