"""Permalinks that last: every event address ever published still lands on the event holding
its claim, directly or by a redirect page; Atom and iCalendar ids follow event ids; curation
written against an older id still applies."""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
import uuid
from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path

import pytest

from generator import feeds
from generator.config import Config
from generator.curation import parse_curation
from generator.entities import load_registry
from generator.events import event_id, id_claim
from generator.model import Event, Page, Source, Timeline, TimeValue
from generator.permalinks import alias_claims, aliases, redirect_html, redirect_pages
from generator.pipeline import check, extract
from generator.problems import InputError
from generator.project import read_templates
from generator.render import date_label, render
from generator.site import SiteError, add_files
from tests.conftest import FIXTURES, ROOT, SHARED

PERMALINK_FIXTURES = FIXTURES / "permalinks"  # six consecutive dev articles (c08 to d06)
DEV_ARTICLES = SHARED / "corpus" / "dev" / "articles"  # all 24


def in_order(folder: Path) -> list[Source]:
    sources, _ = check([folder])
    return sorted(sources, key=lambda s: (s.published, s.id))


def event(eid: str, claims: tuple[str, ...], title: str = "A title",
          hidden: tuple[tuple[str, str], ...] = ()) -> Event:
    day = dt.date(2025, 9, 3)
    return Event(eid, title, TimeValue(day, day, "day"), claims, ("s",), hidden=hidden)


# --- the alias map ------------------------------------------------------------------------

def test_every_other_claim_of_an_event_is_an_alias_of_it() -> None:
    a = event(event_id("c-1"), ("c-1", "c-2", "c-3"))
    b = event(event_id("c-4"), ("c-4",))
    assert aliases((b, a)) == dict(sorted({event_id("c-2"): a.id, event_id("c-3"): a.id}.items()))


def test_a_real_event_id_is_never_an_alias() -> None:
    # an event whose id came from c-2 while c-2 now sits in another event (editors' doing):
    # the real page wins
    a = event(event_id("c-2"), ("c-9",))
    b = event(event_id("c-1"), ("c-1", "c-2"))
    assert aliases((a, b)) == {event_id("c-9"): a.id}


def test_hidden_claims_lead_to_their_event_and_unshown_events_have_no_alias() -> None:
    a = event(event_id("c-1"), ("c-1",), hidden=(("c-2", "caption"),))
    gone = event(event_id("c-3"), (), hidden=(("c-3", "x"), ("c-4", "x")))
    assert aliases((a, gone)) == {event_id("c-2"): a.id}


def test_alias_claims_maps_each_id_back_to_its_claim() -> None:
    assert alias_claims(["c-2", "c-1", "c-1"]) == dict(
        sorted({event_id("c-1"): "c-1", event_id("c-2"): "c-2"}.items()))


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.found: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.found.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def test_redirect_page_works_without_javascript_and_escapes_the_title() -> None:
    target = event("e-0123456789", ("c-1",), title='<script>alert(1)</script> "Putin" & co')
    page = redirect_html(target)
    parser = _Links()
    parser.feed(page)
    tags = {tag: attrs for tag, attrs in parser.found}
    refresh = [a for t, a in parser.found if t == "meta" and a.get("http-equiv") == "refresh"]
    assert refresh == [{"http-equiv": "refresh", "content": "0; url=../e-0123456789/"}]
    assert tags["link"] == {"rel": "canonical", "href": "../e-0123456789/"}
    assert tags["a"] == {"href": "../e-0123456789/"}
    assert "script" not in tags  # the title is text, not markup
    assert '<script>alert(1)</script> "Putin" & co' in "".join(parser.text)
    assert "<script>" not in page


def test_redirect_pages_are_one_per_alias_under_events() -> None:
    a = event(event_id("c-1"), ("c-1", "c-2"))
    pages = redirect_pages(Timeline((), (), (a,)))
    assert pages == (Page(f"events/{event_id('c-2')}/index.html", redirect_html(a)),)


def test_add_files_refuses_paths_outside_the_site_and_never_overwrites(tmp_path: Path) -> None:
    (tmp_path / "events" / "e-1").mkdir(parents=True)
    (tmp_path / "events" / "e-1" / "index.html").write_text("real", encoding="utf-8")
    with pytest.raises(SiteError, match="two pages would be written to events/e-1/index.html"):
        add_files(tmp_path, (Page("events/e-1/index.html", "redirect"),))
    assert (tmp_path / "events" / "e-1" / "index.html").read_text(encoding="utf-8") == "real"
    with pytest.raises(SiteError, match="outside the site"):
        add_files(tmp_path, (Page("../escape.html", "x"),))
    with pytest.raises(SiteError, match="two pages"):
        add_files(tmp_path, (Page("events/e-2/index.html", "a"),
                             Page("events/e-2/index.html", "b")))
    add_files(tmp_path, (Page("events/e-3/index.html", "ok"),))
    assert (tmp_path / "events" / "e-3" / "index.html").read_text(encoding="utf-8") == "ok"


# --- adding sources one by one ------------------------------------------------------------

def landing(address: str, timeline: Timeline) -> Event | None:
    """Where a reader of ``address`` ends up: the event page itself, or the one its redirect
    page sends them to; None for a 404."""
    shown = {e.id: e for e in timeline.events if e.claims}
    return shown.get(address) or shown.get(aliases(timeline.events).get(address, ""))


def atom_ids(timeline: Timeline) -> dict[str, str]:
    """Event id -> its Atom entry id, read back from the feed."""
    text = feeds.to_atom(timeline, "t", "", date_label)
    pairs = re.findall(r'<id>(urn:uuid:[^<]+)</id>\n.*\n\s*<link rel="alternate" type="text/html" '
                       r'href="events/(e-[0-9a-f]+)/"/>', text)
    return {eid: uid for uid, eid in pairs}


def ics_uids(timeline: Timeline) -> set[str]:
    return set(re.findall(r"^UID:(e-[0-9a-f]+)@timeline-generator\r$",
                          feeds.to_ics(timeline, "t", "", date_label), re.MULTILINE))


def add_one_by_one(ordered: list[Source], render_pages: bool) -> dict[str, int]:
    """Build after each added source and check every address published before.

    Returns what happened: addresses seen, moved (now redirects) and split (the claims the
    address showed are no longer all in one event)."""
    published: dict[str, frozenset[str]] = {}  # address -> claims its page last showed
    atom: dict[str, str] = {}
    stats = {"addresses": 0, "moved": 0, "split": 0}
    linked: set[str] = set()  # claims ever linked to an event
    config = Config(root=ROOT)
    for k in range(1, len(ordered) + 1):
        timeline = extract(tuple(ordered[:k]))
        shown = {e.id: e for e in timeline.events if e.claims}
        redirects = {p.path for p in redirect_pages(timeline)}
        if render_pages:
            paths = {p.path for p in render(timeline, config, load_registry(),
                                            read_templates(config))}
            assert {f"events/{i}.md" for i in shown} <= paths
            assert not {f"events/{i}.md" for i in aliases(timeline.events)} & paths
        claim_of = alias_claims(c.id for c in timeline.claims)
        holder = {c: e.id for e in shown.values() for c in e.claims}
        for address, claims_then in published.items():
            stats["addresses"] += 1
            land = landing(address, timeline)
            assert land is not None, f"{address} is a 404 after adding {ordered[k - 1].id}"
            if address not in shown:
                stats["moved"] += 1
                assert f"events/{address}/index.html" in redirects
            # it lands on the event holding the claim its id came from ...
            assert claim_of[address] in land.claims
            # ... which holds all the claims the page showed, whenever they are still together
            # (an undated statement matched to it, recalls.py, may match no event once more
            # sources make two events fit it: it then gives no claim; no other claim goes)
            gone = claims_then - holder.keys()
            assert gone <= linked, f"claims {sorted(gone - linked)} of {address} are gone"
            together = {holder[c] for c in claims_then - gone}
            if len(together) == 1:
                assert together == {land.id}
            else:
                stats["split"] += 1
        for e in shown.values():
            published[e.id] = frozenset(e.claims)
        linked |= {c.id for c in timeline.claims if c.basis == "linked"}
        # Atom entry ids and iCalendar UIDs come from event ids alone
        now = atom_ids(timeline)
        assert set(now) == set(shown)
        assert all(atom[i] == uid for i, uid in now.items() if i in atom)
        atom.update(now)
        assert ics_uids(timeline) <= set(shown)
    return stats


def test_atom_and_icalendar_ids_follow_the_event_id_alone(grown) -> None:
    _, now, _ = grown
    e = next(e for e in now.events if e.claims and e.when.granularity == "day")
    later = e.when.start + dt.timedelta(days=1)
    edited = replace(e, title="An edited title", when=TimeValue(later, later, "day"),
                     claims=e.claims[:1])
    other = replace(now, events=tuple(edited if x is e else x for x in now.events))
    expected = f"urn:uuid:{uuid.uuid5(feeds.NAMESPACE, e.id)}"
    assert atom_ids(now)[e.id] == atom_ids(other)[e.id] == expected
    assert e.id in ics_uids(now) and e.id in ics_uids(other)


def test_adding_fixture_sources_in_published_order_keeps_every_address() -> None:
    add_one_by_one(in_order(PERMALINK_FIXTURES), render_pages=True)


def test_backfilling_older_reports_moves_ids_and_keeps_every_address() -> None:
    # newest first: an older report added later brings the earliest-published claim of an
    # event, and with it the event's id; the id the event had becomes an alias
    stats = add_one_by_one(in_order(PERMALINK_FIXTURES)[::-1], render_pages=True)
    assert stats["moved"] > 0, stats


@pytest.mark.skipif(not DEV_ARTICLES.is_dir(), reason="../shared/corpus/dev is not there")
@pytest.mark.parametrize("order", ["published", "newest first"])
def test_adding_the_dev_corpus_one_by_one_keeps_every_address(order: str) -> None:
    ordered = in_order(DEV_ARTICLES)
    stats = add_one_by_one(ordered if order == "published" else ordered[::-1], render_pages=True)
    assert stats["addresses"] > 0


def test_removing_a_source_drops_only_the_aliases_of_its_claims() -> None:
    ordered = in_order(PERMALINK_FIXTURES)
    before = extract(tuple(ordered))
    removed = ordered[0]
    after = extract(tuple(ordered[1:]))
    kept_claims = {c.id for c in after.claims}
    for address in [e.id for e in before.events if e.claims] + list(aliases(before.events)):
        claim = alias_claims(c.id for c in before.claims)[address]
        land = landing(address, after)
        if claim in kept_claims:
            assert land is not None and claim in land.claims
        else:  # its source is gone, and so is the address
            assert next(c.source for c in before.claims if c.id == claim) == removed.id
            assert land is None


# --- curation written against older ids ---------------------------------------------------

@pytest.fixture(scope="module")
def grown():
    """The fixture sources added newest first, up to the first one whose addition moved an
    event's id; the timeline then, and the ids of the build before that are no longer ids."""
    ordered = in_order(PERMALINK_FIXTURES)[::-1]
    before = {e.id for e in extract(tuple(ordered[:1])).events if e.claims}
    for k in range(2, len(ordered) + 1):
        now = extract(tuple(ordered[:k]))
        gone = sorted(before - {e.id for e in now.events})
        if gone:
            return tuple(ordered[:k]), now, gone
        before = {e.id for e in now.events if e.claims}
    return tuple(ordered), now, []


def test_curation_against_an_id_of_an_earlier_build_applies_to_the_event_holding_its_claim(
        grown) -> None:
    sources, now, gone = grown
    assert gone, "no id moved in the fixture corpus: pick fixtures where one does"
    old = gone[0]
    target = landing(old, now)
    assert target is not None and target.id != old
    curated = extract(sources, parse_curation(
        f"- title: {old}\n  text: Renamed by an old id\n  reason: Written last month\n",
        "sources/curation.yaml"))
    renamed = next(e for e in curated.events if e.id == target.id)
    assert renamed.title == "Renamed by an old id"
    assert renamed.notes == ("Written last month",)


def test_merge_by_aliases_and_by_two_ids_of_one_event(grown) -> None:
    sources, now, _ = grown
    multi = [e for e in now.events if len(e.claims) >= 2]
    a, b = multi[0], multi[1]
    alias_a = next(event_id(c) for c in a.claims if event_id(c) != a.id)
    alias_b = next(event_id(c) for c in b.claims if event_id(c) != b.id)
    curated = extract(sources, parse_curation(
        f"- merge: [{alias_a}, {alias_b}]\n  reason: One happening\n"
        f"- merge: [{a.id}, {alias_b}]\n  reason: Said twice\n", "c.yaml"))
    merged = next(e for e in curated.events if e.id == a.id)
    assert set(a.claims) | set(b.claims) == set(merged.claims)
    assert b.id not in {e.id for e in curated.events}
    assert merged.notes == ("One happening", "Said twice")  # the second names one event twice


def test_an_old_id_that_resolves_to_nothing_is_named_in_the_error(grown) -> None:
    sources, _, _ = grown
    with pytest.raises(InputError) as err:
        extract(sources, parse_curation("- date: e-0000000000\n  start: 2025-09-03\n"
                                        "  reason: x\n", "sources/curation.yaml"))
    assert str(err.value) == ("sources/curation.yaml:1: date: no event has the id e-0000000000 "
                              "(see timeline.json for ids)")


def test_splitting_off_the_claim_an_id_came_from_keeps_every_other_claim(grown) -> None:
    sources, now, _ = grown
    e = next(e for e in now.events if len(e.claims) >= 3)
    own = next(c for c in e.claims if event_id(c) == e.id)
    curated = extract(sources, parse_curation(f"- split: [{own}]\n  reason: r\n", "c.yaml"))
    held = [c for ev in curated.events for c in ev.claims]
    assert sorted(held) == sorted(c for ev in now.events for c in ev.claims)
    split = next(ev for ev in curated.events if own in ev.claims)
    rest = next(ev for ev in curated.events if set(ev.claims) == set(e.claims) - {own})
    assert split.id == e.id  # the address follows the claim it came from
    claims = {c.id: c for c in now.claims}
    assert rest.id == event_id(id_claim([claims[c] for c in rest.claims],
                                        {s.id: s for s in sources}).id)


# --- one full build -----------------------------------------------------------------------

def test_build_writes_redirect_pages_into_the_site(project: Path,
                                                   capsys: pytest.CaptureFixture) -> None:
    from generator.cli import main

    for src in sorted(PERMALINK_FIXTURES.glob("*.md")):
        shutil.copy(src, project / "sources" / src.name)
    assert main(["build", "--strict"]) == 0, capsys.readouterr().err
    site = project / "site"
    data = json.loads((site / "timeline.json").read_text(encoding="utf-8"))
    expected = {}
    for e in data["events"]:
        for c in e["claims"]:
            if event_id(c) != e["id"]:
                expected[event_id(c)] = e["id"]
    assert expected
    written = {p.parent.name for p in (site / "events").glob("*/index.html")}
    assert written == {e["id"] for e in data["events"] if e["claims"]} | set(expected)
    for alias, target in expected.items():
        page = (site / "events" / alias / "index.html").read_text(encoding="utf-8")
        assert f'content="0; url=../{target}/"' in page
        assert f'<a href="../{target}/">' in page
        assert (site / "events" / target / "index.html").is_file()
    # MkDocs never saw them: not in the sitemap, not in the docs folder
    sitemap = (site / "sitemap.xml").read_text(encoding="utf-8")
    assert not any(alias in sitemap for alias in expected)
    assert not any((project / "docs" / "events" / f"{alias}.md").exists() for alias in expected)
