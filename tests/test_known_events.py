"""A rebuild knows the events the merge cache holds by the JSON they read back from
(``merge_memo.MergeMemo.events``): their pages and pieces are taken from the page cache, not
made again, and what it builds is what a cold build does."""

from __future__ import annotations

import hashlib
import random
import shutil
from pathlib import Path

import pytest

from benchmarks import build
from benchmarks.corpus import article
from generator import pipeline
from generator.model import Event
from generator.project import load_project


def pages(folder: Path) -> dict[str, bytes]:
    current = folder / ".timeline-pages" / "current"
    return {p.relative_to(current).as_posix(): p.read_bytes()
            for p in sorted(current.rglob("*")) if p.is_file()}


def test_a_rebuild_takes_the_unchanged_events_pages_and_equals_a_cold_build(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "project"
    build.project(folder, 40)
    given = []
    real = build.render
    monkeypatch.setattr(build, "render", lambda timeline, config, registry, templates, reuse: (
        given.append(reuse) or real(timeline, config, registry, templates, reuse)))
    build.generator_stage(folder)
    build.generator_stage(folder)  # nothing changed: every event page and piece taken
    reuse = given[-1]
    events = [k for k in reuse.made if k.startswith(("events/", "pieces#"))]
    assert len(events) > 40
    assert all(reuse.known[k][0] == reuse.made[k][0] for k in events)
    # (most known by their JSON's digest, not their repr's: merge_memo.event_digest; an
    # event the undated statements join, or retitled, is another value, known by its repr)
    known = [(v, d) for v, d in reuse._digests.values() if isinstance(v, Event)]
    by_json = [v for v, d in known if d != hashlib.sha256(repr(v).encode()).digest()]
    assert len(by_json) > len(known) // 2
    name, text = article(41, random.Random(41))
    (folder / "sources" / name).write_text(text, encoding="utf-8")
    build.generator_stage(folder)  # a source added: most events' pages taken
    reuse = given[-1]
    kept = [k for k in reuse.made if k.startswith("events/") and k in reuse.known
            and reuse.known[k][0] == reuse.made[k][0]]
    assert len(kept) > len([k for k in reuse.made if k.startswith("events/")]) // 2
    # ... and the pages are a cold build's of the same sources
    cold = tmp_path / "cold"
    build.project(cold, 40)
    shutil.copy(folder / "sources" / name, cold / "sources" / name)
    build.generator_stage(cold)
    assert pages(folder) == pages(cold)


def test_timeline_build_gives_the_page_cache_the_events_by_their_json(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """What ``timeline build`` runs (``pipeline.build``, not the benchmark's copy of its
    wiring) hands rendering the events the merge cache holds by their JSON's digest: a
    build after another, nothing changed, knows most events so and takes every event's page
    and pieces from the page cache; were those digests not given (or made of the ``repr``),
    this fails."""
    folder = tmp_path / "project"
    build.project(folder, 40)
    monkeypatch.setitem(pipeline.ENGINES, "mkdocs", lambda *args: [])  # (the pages suffice)
    given: list = []
    real = pipeline.Reuse

    def noted(known, digests):
        given.append((real(known, digests), dict(digests)))
        return given[-1][0]

    monkeypatch.setattr(pipeline, "Reuse", noted)
    monkeypatch.chdir(folder)
    pipeline.build(load_project(folder))
    pipeline.build(load_project(folder))  # nothing changed
    reuse, digests = given[-1]
    ahead = [(v, d) for v, d in digests.values() if isinstance(v, Event)]
    events = [k for k in reuse.made if k.startswith("events/")]
    assert len(ahead) > len(events) // 2 > 20
    assert all(d == event_digest_of(v) for v, d in ahead)
    assert all(reuse.known[k][0] == reuse.made[k][0]
               for k in reuse.made if k.startswith(("events/", "pieces#")))


def event_digest_of(event: Event) -> bytes:
    """The digest an event is known by when the merge cache holds it (``event_digest`` of the
    JSON it reads back from), never its ``repr``'s."""
    from generator.merge_memo import event_digest, event_to_json
    text = event_to_json(event)
    assert text is not None
    digest = event_digest(text)
    assert digest != hashlib.sha256(repr(event).encode()).digest()
    return digest
