"""Claims known by where they were read (cache.ExtractCache.origins, given to render.Reuse):
a claim read from an extraction entry is known by the entry's digest and its place in it,
not by a digest of its ``repr``. What that may not do: keep a page whose claim changed. Each
test makes the claims change under the rendering's feet, and compares the pages rendered with
the last build's (and the origins) with those rendered from nothing."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from benchmarks.corpus import generate
from generator import output
from generator.cache import ExtractCache
from generator.config import Config
from generator.entities import load_registry
from generator.pipeline import check, extract
from generator.project import read_templates
from generator.render import Reuse, render
from tests.conftest import FIXTURES, ROOT

DEV = FIXTURES / "dev_corpus" / "articles"


@pytest.fixture(scope="module", params=["dev corpus", "synthetic"])
def articles(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    if request.param == "dev corpus":
        return DEV
    folder = tmp_path_factory.mktemp("synthetic") / "sources"
    generate(30, folder)
    return folder


def _render(timeline, reuse=None):
    config = Config(root=ROOT)
    return render(timeline, config, load_registry(), read_templates(config), reuse)


def _built(sources, folder: Path, known: dict | None = None):
    """A build's extraction (through the cache in ``folder``) and rendering, with the pages
    the last one ``known``; returns the pages, what to keep for the next, and the cache."""
    cache = ExtractCache(folder)
    timeline = extract(sources, cache=cache)
    reuse = Reuse(known, cache.origins())
    return timeline, _render(timeline, reuse), reuse, cache


def test_claims_written_read_back_equal_and_known_by_their_entry(articles: Path,
                                                                 tmp_path: Path) -> None:
    sources, _ = check([articles])
    first = ExtractCache(tmp_path)
    made = extract(sources, cache=first)
    again = ExtractCache(tmp_path)
    assert extract(sources, cache=again) == made  # (each entry holds every field of a claim)
    assert again.hits == len(sources) and first.misses == len(sources)
    # the claims a build wrote are those the next reads: the same digests
    written = {c.id: d for c, d in first.origins().values()}
    read = {c.id: d for c, d in again.origins().values()}
    assert written == read and len(read) >= len(made.claims)
    # and never a repr's: a page kept under one is made again under the other
    c = made.claims[0]
    assert read[c.id] != Reuse().digest((c,)) and Reuse()._digest(c) not in set(read.values())


def test_an_entry_changed_under_a_matching_digest_makes_its_pages_again(
        articles: Path, tmp_path: Path) -> None:
    """An entry edited and its digest written to match (a hand, another tool): its claims are
    other values, and every page showing one is made again, as a render from nothing makes it.
    Keyed by the source's key alone (what the entry's name says) instead of the entry's bytes,
    the event pages would keep the old sentence: this fails."""
    sources, _ = check([articles])
    _, before, first, _ = _built(sources, tmp_path)
    # the entry of a source whose claims an event shows: one claim's sentence edited (its
    # letters in capitals: the same offsets, the same words for merging)
    timeline = extract(sources)
    shown = {c for e in timeline.events for c in e.claims}
    target = next(c for c in timeline.claims if c.id in shown)
    entry = next(p for p in sorted(tmp_path.glob("*.json"))
                 if any(c["id"] == target.id for c in json.loads(
                     p.read_bytes().partition(b"\n")[2])["claims"]))
    data = json.loads(entry.read_bytes().partition(b"\n")[2])
    for c in data["claims"]:
        if c["id"] == target.id:
            c["text"] = c["text"].upper()
    output.write_json(entry, data)
    changed, pages, again, cache = _built(sources, tmp_path, first.made)
    assert cache.hits == len(sources)  # (read from the edited entry, not extracted anew)
    cold = _render(changed)
    assert pages == cold
    assert any(a.path.startswith("events/") and a != b for a, b in zip(before, cold, strict=True))
    assert again.hits  # the rest was taken from the last build


def test_a_claim_replaced_after_reading_is_known_by_its_repr(articles: Path,
                                                            tmp_path: Path) -> None:
    """A claim read from the cache and then replaced (linked, curated: another object) has no
    origin: its digest is its ``repr``'s, and the pages showing it are made again."""
    sources, _ = check([articles])
    timeline, _, first, cache = _built(sources, tmp_path)
    shown = {c for e in timeline.events for c in e.claims}
    target = next(c for c in timeline.claims if c.id in shown)
    edited = replace(target, text=target.text + " (replaced)")
    changed = replace(timeline, claims=tuple(edited if c is target else c
                                             for c in timeline.claims))
    again = Reuse(first.made, cache.origins())
    assert id(edited) not in cache.origins()
    assert _render(changed, again) == _render(changed)
