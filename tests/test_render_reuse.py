"""Rendering again only what changed (render.Reuse, cache.PageCache): a page of one event,
source or entity is given what it shows and nothing else, and is taken from the last build
where it is given the same; the pages are those a render without the cache makes."""

from __future__ import annotations

import json
from dataclasses import replace

import jinja2
import pytest

from generator.config import Config
from generator.entities import load_registry
from generator.pipeline import check, extract
from generator.project import read_templates
from generator.render import Reuse, render
from tests.conftest import FIXTURES, ROOT

DEV = FIXTURES / "dev_corpus" / "articles"


@pytest.fixture(scope="module")
def timeline():
    sources, _ = check([DEV])
    return extract(sources)


def _render(timeline, reuse=None, templates=None):
    config = Config(root=ROOT)
    return render(timeline, config, load_registry(),
                  templates or read_templates(config), reuse)


def test_a_second_render_takes_every_page_and_record_and_makes_the_same(timeline) -> None:
    cold = _render(timeline)
    first = Reuse()
    assert _render(timeline, first) == cold and first.hits == 0
    again = Reuse(first.made)
    assert _render(timeline, again) == cold
    assert again.hits == len(first.made)
    keys = set(first.made)
    assert {f"events/{e.id}.md" for e in timeline.events} <= keys
    assert {f"sources/{s.id}.md" for s in timeline.sources} <= keys
    # the claims' records a report's run at a time (export.iter_json), under its first claim
    assert {f"timeline.json#claims/{c.id}" for k, c in enumerate(timeline.claims)
            if k == 0 or timeline.claims[k - 1].source != c.source} \
        == {k for k in keys if k.startswith("timeline.json#claims/")}


def test_what_changed_is_made_again_and_only_that(timeline) -> None:
    first = Reuse()
    _render(timeline, first)
    source = timeline.sources[0]
    renamed = replace(source, title=source.title + " (updated)", outlet="Another Outlet")
    changed = replace(timeline, sources=(renamed, *timeline.sources[1:]))
    again = Reuse(first.made)
    assert _render(changed, again) == _render(changed)
    remade = {k for k, v in again.made.items() if first.made[k][0] != v[0]}
    # the source's page and record, and every event page and Atom entry (of the event's pieces:
    # render.Pieces) that names the outlet
    naming = {f"events/{e.id}.md" for e in timeline.events if source.id in e.sources}
    entries = {f"pieces#{e.id}" for e in timeline.events if source.id in e.sources and e.claims}
    assert entries
    assert remade == {f"sources/{source.id}.md", f"timeline.json#sources/{source.id}"} | naming | entries
    assert again.hits == len(first.made) - len(remade)


def test_a_changed_claim_makes_its_reports_run_of_records_again_and_no_other(timeline) -> None:
    """The export's claim records are kept a report's run at a time: a claim edited makes its
    run again (its record changed), and the runs of the other reports are taken as they were."""
    first = Reuse()
    _render(timeline, first)
    k, claim = next((k, c) for k, c in enumerate(timeline.claims) if k > 0
                    and timeline.claims[k - 1].source == c.source)  # not its run's first
    edited = replace(claim, text=claim.text.upper())
    changed = replace(timeline, claims=(*timeline.claims[:k], edited, *timeline.claims[k + 1:]))
    again = Reuse(first.made)
    pages = _render(changed, again)
    assert pages == _render(changed)
    runs = {key for key, v in again.made.items()
            if key.startswith("timeline.json#claims/") and first.made[key][0] != v[0]}
    head = next(c for c in reversed(timeline.claims[:k + 1])
                if c.source == claim.source and (timeline.claims.index(c) == 0 or timeline.claims[
                    timeline.claims.index(c) - 1].source != claim.source))
    assert runs == {f"timeline.json#claims/{head.id}"}
    export = next(p for p in pages if p.path == "timeline.json").text
    assert '"text": ' + json.dumps(edited.text, ensure_ascii=False) in export


def test_a_stale_or_torn_entry_is_never_taken(timeline) -> None:
    first = Reuse()
    cold = _render(timeline, first)
    key = f"events/{timeline.events[0].id}.md"
    known = dict(first.made)
    known[key] = ["0" * 64, "stale text"]  # another digest: the page is made again
    known[f"sources/{timeline.sources[0].id}.md"] = ["only one field"]
    assert _render(timeline, Reuse(known)) == cold


def test_a_page_template_sees_only_what_its_page_shows(timeline) -> None:
    """An event page's template that reads a source the event does not name fails: it cannot
    depend on what its cached text is not keyed by."""
    templates = dict(read_templates(Config(root=ROOT)))
    event = timeline.events[0]
    other = next(s.id for s in timeline.sources if s.id not in event.sources)
    templates["event.md.j2"] += "{{ sources['" + other + "'].title }}\n"
    with pytest.raises(jinja2.UndefinedError):
        _render(timeline, templates=templates)
