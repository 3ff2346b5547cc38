"""What a rebuild's first use of the rules no longer pays (docs/benchmarks.md, "incr23"): the
sources not in the extraction cache are extracted with what the cache gave kept out of the
collector's passes (``pipeline._frozen``); the claims are a cold extraction's."""

from __future__ import annotations

import gc
import shutil
from pathlib import Path

from generator import pipeline
from generator.cache import ExtractCache
from generator.entities import load_registry
from generator.pipeline import check, extract_all
from tests.conftest import FIXTURES

DEV = FIXTURES / "dev_corpus" / "articles"


def test_frozen_within_and_as_it_was_after() -> None:
    assert gc.get_freeze_count() == 0
    with pipeline._frozen(True):
        assert gc.get_freeze_count() > 0
    assert gc.get_freeze_count() == 0
    with pipeline._frozen(False):
        assert gc.get_freeze_count() == 0
    gc.freeze()  # something frozen before (a build's own: pipeline.Collector): left as it is
    try:
        before = gc.get_freeze_count()
        with pipeline._frozen(True):
            assert gc.get_freeze_count() == before
        assert gc.get_freeze_count() == before
    finally:
        gc.unfreeze()


def test_sources_extracted_beside_cached_ones_are_extracted_as_ever(
        tmp_path: Path, monkeypatch) -> None:
    articles = tmp_path / "articles"
    shutil.copytree(DEV, articles)
    names = sorted(p.name for p in articles.glob("*.md"))
    held = tmp_path / "held"
    held.mkdir()
    for name in names[-2:]:
        shutil.move(articles / name, held / name)
    registry = load_registry()
    cache = ExtractCache(tmp_path / "cache")

    def ordered() -> tuple:
        sources, _ = check([articles])
        return tuple(sorted(sources, key=lambda s: (s.published, s.id)))

    extract_all(ordered(), registry, cache)
    for name in names[-2:]:
        shutil.move(held / name, articles / name)
    frozen: list[bool] = []
    real = pipeline.extract_sources

    def seen(todo, *args):
        frozen.append(gc.get_freeze_count() > 0)
        return real(todo, *args)

    monkeypatch.setattr(pipeline, "extract_sources", seen)
    cache = ExtractCache(tmp_path / "cache")
    again = extract_all(ordered(), registry, cache)
    assert cache.hits == len(names) - 2 and cache.misses == 2
    assert frozen == [True] and gc.get_freeze_count() == 0
    monkeypatch.setattr(pipeline, "extract_sources", real)
    assert again == extract_all(ordered(), registry)  # a cold extraction's claims and counts
