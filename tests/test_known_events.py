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
from generator.model import Event


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
