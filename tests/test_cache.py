"""The per-source extraction cache: same results, one file re-extracted when one changes."""

from __future__ import annotations

from pathlib import Path

from generator.cache import ExtractCache
from generator.pipeline import check, extract
from tests.conftest import ROOT, write_source


def test_cached_results_equal_fresh_ones_and_only_new_sources_are_extracted(tmp_path: Path) -> None:
    sources, _ = check([ROOT / "sources"])
    fresh = extract(sources)
    cache = ExtractCache(tmp_path / "cache")
    assert extract(sources, cache=cache) == fresh
    assert (cache.misses, cache.hits) == (5, 0)

    again = ExtractCache(tmp_path / "cache")
    assert extract(sources, cache=again) == fresh
    assert (again.misses, again.hits) == (0, 5)

    extra_dir = tmp_path / "more"
    write_source(extra_dir, "2026-02-01-new.md",
                 'title: "New"\nurl: https://example.com/new\npublished: 2026-02-01\n',
                 "Putin invited Zelensky to Moscow on Friday, the Kremlin said.\n")
    more, _ = check([ROOT / "sources", extra_dir])
    third = ExtractCache(tmp_path / "cache")
    assert extract(more, cache=third) == extract(more)
    assert (third.misses, third.hits) == (1, 5)


def test_a_corrupt_entry_is_recomputed(tmp_path: Path) -> None:
    sources, _ = check([ROOT / "sources"])
    cache = ExtractCache(tmp_path)
    extract(sources, cache=cache)
    for entry in tmp_path.glob("*.json"):
        entry.write_text("{not json", encoding="utf-8")
    again = ExtractCache(tmp_path)
    assert extract(sources, cache=again) == extract(sources)
    assert again.misses == 5


def test_the_fingerprint_covers_every_module_extraction_runs() -> None:
    """A change to any module that reads sources into claims makes cached claims stale."""
    import sys

    from generator import cache
    from generator.pipeline import extract_source  # noqa: F401  (imports what extraction runs)

    covered = {p.relative_to(cache.PACKAGE).as_posix() for pattern in cache.INPUTS
               for p in cache.PACKAGE.glob(pattern)}
    from generator import pipeline

    # (a thirteenth sweep) the function the pipeline runs per source was in pipeline.py, which
    # the fingerprint does not read: a change to it was served from the cache; and the names
    # are found with sources.ZERO_WIDTH
    for name in ("generator.text", "generator.claims", "generator.attribution",
                 "generator.entities", "generator.features", "generator.timex.resolve",
                 "generator.sources", "generator.headlines", pipeline.extract_source.__module__):
        path = sys.modules[name].__file__ or ""
        assert Path(path).relative_to(cache.PACKAGE).as_posix() in covered, name
    # merging is not extraction: retuning it keeps every cached extraction
    assert "events.py" not in covered


def test_the_page_cache_is_read_an_entry_at_a_time_and_refuses_a_changed_file(tmp_path) -> None:
    """The page cache is one JSON line per page under its digest (output.write_json_lines):
    any text comes back as written (line and paragraph separators, astral characters), and a
    file changed since it was written, or written under another key, is an empty table."""
    from generator.output import read_json_lines, write_json_lines

    path = tmp_path / "pages.json"
    table = {"events/a.md": ["x\n\u2028y", "d1"], "events/b.md": ["ü \U0001F600", "d2"]}
    write_json_lines(path, "key", table)
    assert read_json_lines(path, "key") == table
    assert read_json_lines(path, "other") == {}
    data = path.read_bytes()
    path.write_bytes(data.replace(b"d2", b"d3"))
    assert read_json_lines(path, "key") == {}
    assert read_json_lines(tmp_path / "missing.json", "key") == {}
