"""The pages and feeds that hold the whole timeline, made from kept pieces (issue 16): each
event's entry of the timeline page, item and row of the visual timeline, CSV row, Atom entry,
iCalendar VEVENT and TimelineJS item is kept by what it reads (render.Pieces: one entry of
cache.PageCache's file per event) and joined; the JSON export is written from its records, never joined
(model.Pieced); a merge after a build with few reports changed runs in one process
(merge_memo.MergeMemo.processes). Each gives the bytes the work done anew gives."""

from __future__ import annotations

import json
import os
import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from generator import feeds
from generator.cache import ExtractCache, MergeCache
from generator.config import Config
from generator.entities import load_registry
from generator.events import _headline_of
from generator.merge_memo import FORK_SHARE, MergeMemo
from generator.model import Page, Pieced
from generator.pipeline import check, extract
from generator.project import read_templates
from generator.render import Pieces, Reuse, date_label, render, timeline_entries
from generator.write import write_pages
from tests.conftest import FIXTURES, ROOT

DEV = FIXTURES / "dev_corpus" / "articles"
PIECES = "pieces#"  # an event's pieces (render.Pieces.KINDS), one entry of the page cache


def _timeline(folder: Path):
    """The timeline of ``folder``'s sources, read as ``sources/`` (a source's path is part of
    what its pages are made from: each build reads the same path)."""
    _headline_of.cache_clear()
    here = os.getcwd()
    os.chdir(folder.parent)
    try:
        sources, _ = check([Path(folder.name)])
    finally:
        os.chdir(here)
    return extract(sources)


def _render(timeline, reuse=None):
    config = Config(root=ROOT, site_url="https://example.org/saga/")
    return render(timeline, config, load_registry(), read_templates(config), reuse)


def _changed(base: Path, tmp_path: Path, change: str) -> Path:
    """The sources of ``base`` with one added (the newest of the dev corpus), removed or edited
    (a sentence with a date appended, a tag added)."""
    folder = tmp_path / "sources"
    shutil.copytree(base, folder)
    names = sorted(p.name for p in folder.glob("*.md"))
    if change == "add":
        newest = sorted(DEV.glob("*.md"))[-1]
        shutil.copy(newest, folder / newest.name)
    elif change == "edit":
        path = folder / names[len(names) // 2]
        text = path.read_text(encoding="utf-8")
        path.write_text(text.replace("title:", "tags: [edited]\ntitle:", 1)
                        + "\nPutin and Zelensky met in Istanbul on Monday, the Kremlin said.\n",
                        encoding="utf-8")
    elif change == "remove":
        (folder / names[len(names) // 3]).unlink()
    return folder


@pytest.fixture(scope="module")
def before(tmp_path_factory: pytest.TempPathFactory):
    """The dev corpus less its last source, rendered once: what a build keeps."""
    folder = tmp_path_factory.mktemp("before") / "sources"
    shutil.copytree(DEV, folder)
    (folder / sorted(p.name for p in folder.glob("*.md"))[-1]).unlink()
    timeline = _timeline(folder)
    reuse = Reuse()
    pages = _render(timeline, reuse)
    return timeline, reuse.made, pages, folder


@pytest.mark.parametrize("change", ["add", "remove", "edit"])
def test_pages_from_kept_pieces_are_the_pages_made_anew(before, tmp_path: Path,
                                                        change: str) -> None:
    timeline_before, made, _, base = before
    folder = _changed(base, tmp_path, change)
    timeline = _timeline(folder)
    assert timeline != timeline_before
    again = Reuse(made)
    pages = _render(timeline, again)
    assert pages == _render(timeline)
    # every kind of piece kept, and taken again for the events that did not change
    keys = [k for k in made if k.startswith(PIECES)]
    # (and none on its own: the export's other records, of sources and reports' claims, are
    # the export's own entries)
    own = ("timeline.json#sources/", "timeline.json#claims/")
    assert keys and not any(k.startswith(tuple(f"{kind}#" for kind in Pieces.KINDS))
                            and not k.startswith(own) for k in made)
    for n, kind in enumerate(Pieces.KINDS):
        assert any(made[k][0].partition(":")[2][n] == "1" for k in keys), kind
    reused = [k for k in keys if k in again.made and again.made[k] == made[k]]
    assert reused
    # an entry taken again is one of the same digest
    for key, entry in again.made.items():
        if key in made and made[key][0] == entry[0]:
            assert made[key] == entry


def test_a_stale_or_damaged_piece_is_made_again(before) -> None:
    timeline, made, pages, _ = before
    known = dict(made)
    for n, key in enumerate(k for k in made if k.startswith(PIECES)):
        # another digest (a stale entry), or not of the shape of one: made again
        known[key] = ["0" * 64 + ":1111111", *["stale"] * 7] if n % 2 else ["torn", "x"]
    again = Reuse(known)
    assert _render(timeline, again) == pages
    assert not any("stale" in v[1:] for v in again.made.values())


def test_feeds_from_pieces_are_the_feeds_made_whole(before) -> None:
    """Each feed is what one pass over the events made before the pieces (the reference
    written out here), with and without the site's address, and for no events."""
    timeline, _, _, _ = before
    for site_url in ("", "https://example.org/saga/"):
        for t in (timeline, replace(timeline, events=())):
            tl = json.loads(feeds.to_timelinejs(t, "Saga", date_label, site_url))
            items = [feeds._tl_item(e, site_url, date_label) for e in feeds.visible(t)]
            data = {"title": {"text": {"headline": "Saga", "text": ""}}, "events": items}
            assert feeds.to_timelinejs(t, "Saga", date_label, site_url) == json.dumps(
                data, ensure_ascii=False, indent=1) + "\n"
            assert tl == data
    ics = feeds.to_ics(timeline, "Saga", "", date_label)
    assert ics.startswith("BEGIN:VCALENDAR\r\n") and ics.endswith("END:VEVENT\r\nEND:VCALENDAR\r\n")
    atom = feeds.to_atom(timeline, "Saga", "", date_label)
    assert atom.count("<entry>") == len(feeds.visible(timeline))


def test_timeline_entries_take_their_prefix_into_account(before) -> None:
    timeline, _, _, _ = before
    events = list(timeline.events[:3])
    basis = {e.id: "happened" for e in events}
    kept: dict[str, list] = {}
    reuse = Reuse(kept)
    first = timeline_entries(events, basis, {}, "../", reuse.text)
    again = Reuse(reuse.made)
    assert timeline_entries(events, basis, {}, "../../", again.text) == timeline_entries(
        events, basis, {}, "../../")
    assert again.hits == 0 and first != timeline_entries(events, basis, {}, "../../")


def test_a_pieced_page_is_written_as_its_text(tmp_path: Path) -> None:
    parts = ["{", "\n  é", "x" * 3_000_000, "🤝", "\n}\n"]
    pieced, whole = Pieced("timeline.json", iter(parts)), Page("timeline.json", "".join(parts))
    assert pieced == whole and whole == pieced and hash(pieced) == hash(whole)
    assert pieced.text == whole.text and pieced.pieces() == tuple(parts)
    assert "parts=5" in repr(pieced)
    docs = tmp_path / "docs"
    write_pages((pieced,), docs)
    assert (docs / "timeline.json").read_bytes() == whole.text.encode("utf-8")
    write_pages((whole,), docs)  # unchanged: kept as written
    assert (docs / "timeline.json").read_bytes() == whole.text.encode("utf-8")


def test_the_export_is_written_from_its_records(before) -> None:
    _, _, pages, _ = before
    export = next(p for p in pages if p.path == "timeline.json")
    assert isinstance(export, Pieced) and len(export.pieces()) > 100
    assert json.loads(export.text)["events"]


def test_a_merge_after_a_build_with_few_reports_changed_runs_in_one_process(
        tmp_path: Path) -> None:
    memo = MergeMemo("salt")
    assert memo.processes(["a", "b"], 2) == 2  # cold: as asked
    keys = [f"r{n}" for n in range(100)]
    memo.last = {"reports": {k: [] for k in keys}}
    assert memo.processes([*keys, "new"], 2) == 1
    assert memo.processes(keys[:50] + [f"new{n}" for n in range(int(FORK_SHARE * 50) + 1)], 2) == 2
    assert memo.processes([*keys, "new"], 1) == 1
    # and the events are the same: a build with its merge cache, with two processes asked
    folder = tmp_path / "sources"
    shutil.copytree(DEV, folder)
    newest = sorted(folder.glob("*.md"))[-1]
    text = newest.read_text(encoding="utf-8")
    newest.unlink()
    sources, _ = check([folder])
    cache, merges = ExtractCache(tmp_path / "extract"), MergeCache(tmp_path / "merge.json")
    _headline_of.cache_clear()
    memo = merges.load()
    extract(sources, (), cache, load_registry(), 2, memo=memo)
    merges.save(memo)
    newest.write_text(text, encoding="utf-8")
    sources, _ = check([folder])
    memo = merges.load()
    assert memo.last is not None
    _headline_of.cache_clear()
    kept = extract(sources, (), cache, load_registry(), 2, memo=memo)
    _headline_of.cache_clear()
    assert kept == extract(sources, (), None, load_registry(), 1)


@pytest.mark.parametrize("damage", ["cut short", "pieces of another digest", "a folder"])
def test_a_build_with_damaged_pieces_writes_what_a_cold_build_does(
        project: Path, capsys: pytest.CaptureFixture, damage: str) -> None:
    """Through the command, a source added after a build whose page cache (pages and pieces)
    is damaged: no traceback, no warning, the pages of a cold build."""
    from generator.cli import main
    from generator.output import read_texts, write_texts
    from tests.test_incremental import generated

    names = sorted((ROOT / "sources").glob("*.md"))
    for src in names[:-1]:
        shutil.copy(src, project / "sources" / src.name)
    assert main(["build", "--strict"]) == 0, capsys.readouterr().err
    path = project / ".cache" / "pages.json"
    if damage == "cut short":
        path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    elif damage == "a folder":
        path.unlink()
        path.mkdir()
    else:  # a file written whole, whose pieces say other text under other digests
        key = json.loads(path.read_bytes().split(b"\n")[1])  # (the cache's key line)
        table = read_texts(path, key)
        assert any(k.startswith(PIECES) for k in table)
        write_texts(path, key, {k: (["0" * 64 + ":1111111", *["<stale/>"] * 7]
                                    if k.startswith(PIECES) else v) for k, v in table.items()})
    shutil.copy(names[-1], project / "sources" / names[-1].name)
    capsys.readouterr()
    assert main(["build", "--strict"]) == 0
    assert "Traceback" not in capsys.readouterr().err
    pages = {k: v[0] for k, v in generated(project / "docs").items()}
    shutil.rmtree(project / ".cache")
    assert main(["build", "--strict"]) == 0
    assert {k: v[0] for k, v in generated(project / "docs").items()} == pages


def test_a_piece_given_what_its_event_does_not_read_is_kept_on_its_own(before) -> None:
    """A piece asked for with a value that is not among its event's inputs (a timeline entry
    with another link prefix) is not kept under the event's digest: its own entry, made again
    when that value changes."""
    timeline, _, _, _ = before
    event = timeline.events[0]
    basis = {event.id: "happened"}
    reuse = Reuse()
    pieces = Pieces(reuse, {event.id: (event, "happened", (), "../", False)})
    own = timeline_entries([event], basis, {}, "../", pieces.text)
    other = timeline_entries([event], basis, {}, "../../", pieces.text)
    pieces.close()
    assert own != other and f"timeline.md#{event.id}" in reuse.made
    assert reuse.made[f"pieces#{event.id}"][1] in own
    again = Reuse(reuse.made)
    pieces = Pieces(again, {event.id: (event, "happened", (), "../", False)})
    assert timeline_entries([event], basis, {}, "../", pieces.text) == own
    pieces.close()
    assert again.made[f"pieces#{event.id}"] == reuse.made[f"pieces#{event.id}"]
