"""What a build after another keeps besides the extraction and merge caches (issue 16): each
source file read (cache.SourceCache), where each undated statement was linked
(recalls.Recalled, cache.RecallCache) and each event of an unchanged group (the merge cache's
``events``). Each gives what the work done anew gives, after a source is added, edited or
removed; one that is missing, damaged or unwritable means the work done anew, never an
error."""

from __future__ import annotations

import dataclasses
import datetime as dt
import shutil
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator import events
from generator.cache import ExtractCache, MergeCache, RecallCache, SourceCache
from generator.entities import load_registry
from generator.events import _headline_of, merge_events
from generator.merge_memo import event_from_json, event_to_json
from generator.model import Event, TimeValue
from generator.output import SURROGATE, holds_surrogate, write_json_lines
from generator.pipeline import check, extract
from generator.recalls import Recalled
from generator.sources import load_sources
from tests.conftest import FIXTURES, ROOT, write_source

DEV = FIXTURES / "dev_corpus" / "articles"
RECAPS = FIXTURES / "recaps" / "articles"
TODAY = dt.date(2026, 12, 1)

# front matter of every kind a source file holds (a rewrite, editors' notes, tags, a key the
# generator does not know holding a list and a mapping), a dateline that contradicts the
# publication date, and a sentence without end: each read back from the cache as read anew
ODD = """---
title: "Kremlin: talks \\"possible\\""
url: https://example.com/odd
published: 2025-09-04
outlet: Example Wire
author: A. Writer
language: en
follows:
  outlet: Reuters
  url: https://example.com/first
  published: 2025-09-03
known_errors: [Putin met Zelensky in Paris]
notes:
  - checked
tags: [peace talks, Kremlin]
custom:
  - a
  - {b: c, d: [1, 2]}
---
MOSCOW, March 2 (Example Wire) - Putin said on Wednesday that he was ready to meet Zelensky.

""" + "word " * 1200 + "\n"


def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "sources"
    shutil.copytree(DEV, folder)
    (folder / "zz-odd.md").write_text(ODD, encoding="utf-8")
    (folder / "zz-future.md").write_text(ODD.replace("2025-09-04", "2027-01-01").replace(
        "/odd", "/future"), encoding="utf-8")  # an error: never a Source
    return folder


def test_sources_from_the_cache_are_the_sources_read_anew(tmp_path: Path) -> None:
    folder = corpus(tmp_path)
    anew = load_sources([folder], TODAY)
    assert [p for p in anew[1] if p.severity == "error"]  # (the file dated in the future)
    assert any("dateline" in p.message for p in anew[1])
    assert any("characters (no full stop)" in p.message for p in anew[1])
    assert any(s.extra and s.follows and s.tags for s in anew[0])
    cache = SourceCache(tmp_path / "cache" / "sources.json").load()
    assert load_sources([folder], TODAY, cache) == anew
    assert cache.hits == 0
    cache.save()
    again = SourceCache(tmp_path / "cache" / "sources.json").load()
    assert load_sources([folder], TODAY, again) == anew
    assert again.hits == len(list(folder.glob("*.md")))
    # edited, added, removed: what changed is read again, the rest taken
    text = (folder / "zz-odd.md").read_text(encoding="utf-8")
    (folder / "zz-odd.md").write_text(text.replace("Wednesday", "Thursday"), encoding="utf-8")
    shutil.copy(RECAPS / sorted(p.name for p in RECAPS.glob("*.md"))[0], folder / "zz-new.md")
    (folder / sorted(p.name for p in folder.glob("*.md"))[0]).unlink()
    again.save()
    third = SourceCache(tmp_path / "cache" / "sources.json").load()
    assert load_sources([folder], TODAY, third) == load_sources([folder], TODAY)
    assert third.hits == len(list(folder.glob("*.md"))) - 2


@pytest.mark.parametrize("how", ["garbage", "entries of another shape", "another generator's",
                                 "a folder in its place", "unwritable"])
def test_a_damaged_source_cache_reads_the_files_again(tmp_path: Path, how: str) -> None:
    folder = corpus(tmp_path)
    path = tmp_path / "cache" / "sources.json"
    cache = SourceCache(path).load()
    load_sources([folder], TODAY, cache)
    cache.save()
    if how == "garbage":
        path.write_bytes(b"\x00not json")
    elif how == "entries of another shape":
        bad = {k: {"parse": [{"id": 1}, [["p", "x", None, "m", "error"]]], "dateline": [1],
                   "degenerate": "x"} for k in cache.made}
        write_json_lines(path, cache.key, bad)
    elif how == "another generator's":
        write_json_lines(path, "another", dict(cache.made))
    elif how == "a folder in its place":
        path.unlink()
        path.mkdir()
    else:
        shutil.rmtree(path.parent)
        path.parent.write_text("in the way", encoding="utf-8")  # (its folder is a file)
    again = SourceCache(path).load()
    assert load_sources([folder], TODAY, again) == load_sources([folder], TODAY)
    assert again.hits == 0
    again.save()  # no error
    if how != "unwritable":
        assert SourceCache(path).load().known  # written again


def test_a_build_with_a_damaged_source_or_recall_cache_builds_what_a_cold_build_does(
        project: Path, capsys: pytest.CaptureFixture) -> None:
    """Through the command: no traceback, no warning, the pages a cold build writes."""
    from generator.cli import main
    from tests.test_incremental import generated

    for src in sorted((ROOT / "sources").glob("*.md")):
        shutil.copy(src, project / "sources" / src.name)
    assert main(["build", "--strict"]) == 0, capsys.readouterr().err
    pages = {k: v[0] for k, v in generated(project / "docs").items()}
    cache = project / ".cache"
    assert (cache / "sources.json").is_file() and (cache / "recalls.json").is_file()
    (cache / "sources.json").write_bytes(b"\x00not json at all")
    (cache / "recalls.json").unlink()
    (cache / "recalls.json").mkdir()  # (a folder where a file was)
    (cache / "recalls.json" / "x").write_text("x", encoding="utf-8")
    capsys.readouterr()
    assert main(["build", "--strict"]) == 0
    assert "Traceback" not in capsys.readouterr().err
    assert {k: v[0] for k, v in generated(project / "docs").items()} == pages
    assert (cache / "recalls.json").is_file()  # written again


def timeline_of(folder: Path, tmp_path: Path, recalls: RecallCache | None, jobs: int = 1):
    """``extract`` of a folder as a build runs it (the extraction and recall caches), and the
    recall memo it used."""
    _headline_of.cache_clear()
    sources, _ = check([folder])
    keys = ExtractCache(tmp_path / "extract")
    memo = Recalled({s.id: keys.key(s) for s in sources}, recalls.load()) if recalls else None
    timeline = extract(sources, (), keys, load_registry(), jobs, recalled=memo)
    if recalls is not None and memo is not None:
        recalls.save(memo.made)
    return timeline, memo


def test_statements_linked_where_they_were_equal_linking_them_all(tmp_path: Path) -> None:
    folder = tmp_path / "sources"
    shutil.copytree(DEV, folder)
    names = sorted(p.name for p in RECAPS.glob("*.md"))
    for name in names[:-1]:
        shutil.copy(RECAPS / name, folder / name)
    recalls = RecallCache(tmp_path / "cache" / "recalls.json")
    first, memo = timeline_of(folder, tmp_path, recalls)
    assert first == timeline_of(folder, tmp_path, None)[0]
    assert memo is not None and memo.hits == 0 and memo.made
    assert any(c.basis == "linked" for c in first.claims)  # (what is kept matters)
    middle = folder / names[len(names) // 2]
    for change in ("add", "edit", "remove", "nothing"):
        if change == "add":
            shutil.copy(RECAPS / names[-1], folder / names[-1])
        elif change == "edit":
            middle.write_text(middle.read_text(encoding="utf-8") + "\nZelensky met Putin in "
                              "Istanbul on Monday, the Kremlin said.\n", encoding="utf-8")
        elif change == "remove":
            (folder / names[0]).unlink()
        again, memo = timeline_of(folder, tmp_path, recalls)
        assert again == timeline_of(folder, tmp_path, None)[0], change
        assert memo is not None and memo.hits > 0, change
        if change == "nothing":
            assert memo.hits == len(memo.made)


def test_a_recall_memo_of_another_shape_links_them_anew(tmp_path: Path) -> None:
    folder = tmp_path / "sources"
    shutil.copytree(DEV, folder)
    for path in sorted(RECAPS.glob("*.md")):
        shutil.copy(path, folder / path.name)
    cold, memo = timeline_of(folder, tmp_path, RecallCache(tmp_path / "a" / "recalls.json"))
    assert memo is not None
    for wrong in (99, -2, "0", None, 0.0):
        keys = ExtractCache(tmp_path / "extract")
        sources, _ = check([folder])
        odd = Recalled({s.id: keys.key(s) for s in sources}, {k: wrong for k in memo.made})
        assert extract(sources, (), keys, load_registry(), recalled=odd) == cold, wrong
        assert odd.hits == 0
    # every statement sent to its first event where it joined none, or to none: a memo of
    # valid numbers that are not this build's answers would change the timeline, which is
    # why its keys hold all that the choice reads
    unknown = Recalled({s.id: "another build" for s in sources},
                       {k: 0 for k in memo.made})
    assert extract(sources, (), keys, load_registry(), recalled=unknown) == cold
    assert unknown.hits == 0


def test_events_read_back_equal() -> None:
    sources, _ = check([DEV])
    timeline = extract(sources)
    assert timeline.events
    for e in timeline.events:
        text = event_to_json(e)
        assert text is not None and event_from_json(text) == e
        assert repr(event_from_json(text)) == repr(e)
    e = timeline.events[0]
    # a field JSON does not keep as it is (a tuple in a version of the date): not kept
    odd = dataclasses.replace(e, conflicts=({"when": ("a", "b")},))
    assert event_to_json(odd) is None
    for bad in ("", "[]", "not json", '{"id": 1}', 5, None,
                event_to_json(e).replace(f'"{e.id}"', "1", 1)):  # type: ignore[union-attr]
        assert event_from_json(bad) is None, bad
    assert isinstance(event_from_json(event_to_json(Event(
        "e-1", "T", TimeValue(dt.date(2025, 1, 1), dt.date(2025, 1, 1), "day"), ("c",), ("s",),
        errors=(("c", "why"),)))), Event)


def test_events_of_unchanged_groups_are_taken_whole(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """Nothing changed: no event is made again; a source added: only the events of the
    groups it touches, and the events equal a cold merge's."""
    from tests.test_merge_memo import merged, steps

    folder = tmp_path / "corpus" / "sources"
    shutil.copytree(DEV, folder)
    changes = steps(folder)
    cache = MergeCache(tmp_path / "cache" / "merge.json")
    first, memo = merged(folder, cache)
    assert memo is not None and memo.kept is not None and len(memo.kept["events"]) == len(first)
    made: list[int] = []
    real = events._event
    monkeypatch.setattr(events, "_event", lambda *a, **k: made.append(1) or real(*a, **k))
    again, _ = merged(folder, cache)
    assert again == first and not made
    (_, add), *_ = changes
    add()
    again, _ = merged(folder, cache)
    assert 0 < len(made) < len(again)
    monkeypatch.setattr(events, "_event", real)
    assert again == merged(folder, None)[0]
    # two processes: the same events, the same kept events
    two = MergeCache(tmp_path / "two" / "merge.json")
    shutil.copy(cache.path, two.path.parent.mkdir() or two.path)
    shutil.copy(cache.arrays, two.arrays)
    (_, edit), _ = changes[1:]
    edit()
    one_, memo_one = merged(folder, cache, jobs=1)
    two_, memo_two = merged(folder, two, jobs=2)
    assert one_ == two_ == merged(folder, None)[0]
    assert memo_one.kept["events"] == memo_two.kept["events"]  # type: ignore[union-attr]


def test_a_report_whose_root_changed_makes_its_event_again(tmp_path: Path) -> None:
    """An event counts its independent voices through the other sources (a rewrite of a
    rewrite: ``events._roots``): a source added that another follows changes the count of an
    event whose own claims did not change."""
    folder = tmp_path / "sources"

    def source(name: str, url: str, published: str, follows: str, body: str) -> None:
        write_source(folder, f"{name}.md", f'title: "{name}"\nurl: {url}\npublished: '
                     f"{published}\nfollows:\n  url: {follows}\n", body)

    text = "Putin invited Zelensky to Moscow on Monday, the Kremlin said.\n"
    source("a", "https://example.com/a", "2025-09-03", "https://example.com/b", text)
    source("c", "https://example.com/c", "2025-09-03", "https://example.com/root",
           text.replace("Kremlin", "Kremlin spokesman"))
    cache = MergeCache(tmp_path / "cache" / "merge.json")

    def merge() -> tuple:
        _headline_of.cache_clear()
        sources, _ = check([folder])
        ordered = tuple(sorted(sources, key=lambda s: (s.published, s.id)))
        from generator.pipeline import extract_all
        found, _ = extract_all(ordered, load_registry())
        claims = tuple(c for c in found if c.basis != "undated")
        memo = cache.load()
        out = merge_events(claims, ordered, memo=memo)
        cache.save(memo)
        return out, merge_events(claims, ordered)

    kept, cold = merge()
    assert kept == cold
    # b, dated elsewhere, follows the root: a and c are now one voice
    before = [e.independent for e in kept]
    source("b", "https://example.com/b", "2025-05-12", "https://example.com/root",
           "Talks on prisoner exchanges resumed in Istanbul on 12 May 2025.\n")
    kept, cold = merge()
    assert kept == cold
    assert max(e.independent for e in kept) < max(before)  # (the event was made again)


def test_a_rebuild_after_a_source_is_edited_equals_a_cold_build(
        project: Path, tmp_path_factory: pytest.TempPathFactory,
        capsys: pytest.CaptureFixture) -> None:
    """Through the command, every cache of a build read (a source added and removed:
    tests/test_incremental.py): a source's text and its front matter edited."""
    from generator.cli import main
    from tests.test_incremental import cold, digests, files, generated, seed

    seed(project)
    assert main(["build", "--strict"]) == 0, capsys.readouterr().err
    names = sorted(p.name for p in (project / "sources").glob("*.md"))
    middle = project / "sources" / names[len(names) // 2]
    text = middle.read_text(encoding="utf-8")
    middle.write_text(text.replace("title:", "tags: [edited]\ntitle:", 1) + "\nPutin and "
                      "Zelensky met in Istanbul on Monday, the Kremlin said.\n", encoding="utf-8")
    assert main(["build", "--strict"]) == 0, capsys.readouterr().err
    docs_after, site_after = generated(project / "docs"), files(project / "site")
    fresh = cold(project, tmp_path_factory.mktemp("cold"), capsys)
    assert {k: v[0] for k, v in docs_after.items()} == {
        k: v[0] for k, v in generated(fresh / "docs").items()}
    assert {k: v[0] for k, v in site_after.items()} == digests(fresh / "site")


def test_a_table_of_texts_comes_back_as_written_or_not_at_all(tmp_path: Path) -> None:
    """The page cache's file (output.write_texts): any text comes back as written (line and
    paragraph separators, astral characters, a lone surrogate, an empty text); a file changed
    since it was written, cut short, of another key or of the JSON lines it was before, is an
    empty table."""
    from generator.output import _write_digested, read_texts, write_json_lines, write_texts

    path = tmp_path / "pages.json"
    table = {"events/a.md": ["d1", "x\n\u2028y\r\n"], "b\ud800": ["ü \U0001F600", "", "\ud83d"],
             "": []}
    write_texts(path, "key", table)
    assert read_texts(path, "key") == table
    assert read_texts(path, "other") == {}
    data = path.read_bytes()
    assert read_texts(tmp_path / "missing.json", "key") == {}
    path.write_bytes(data.replace(b"d1", b"d3"))
    assert read_texts(path, "key") == {}
    path.write_bytes(data[: len(data) - 3])
    assert read_texts(path, "key") == {}
    write_json_lines(path, "key", table)  # (the format before, under the same key)
    assert read_texts(path, "key") == {}
    for lengths in (b"-1 2\n", b"99999 1\n", b"x\n", b"\n", b"1" * 300):  # under a digest
        _write_digested(path, ['"key"\n', lengths, b"ab"])
        assert read_texts(path, "key") == {}, lengths
    path.unlink()
    path.mkdir()
    assert read_texts(path, "key") == {}


def test_a_report_known_by_its_extraction_key(tmp_path: Path) -> None:
    """Where the build knows each source's extraction key (what made its record and claims),
    a report's key is that key and its claims' ids, not the repr of every claim: another text
    is another key, and a merge after an edit equals a cold merge (through the command:
    test_a_rebuild_after_a_source_is_edited_equals_a_cold_build)."""
    from generator.merge_memo import MergeMemo

    folder = corpus(tmp_path)
    (folder / "zz-future.md").unlink()
    sources, _ = check([folder])
    keys = ExtractCache(tmp_path / "extract")
    memo = MergeMemo("salt")
    memo.extracted = {s.id: keys.key(s) for s in sources}
    timeline = extract(sources)
    s = sources[0]
    own = [c for c in timeline.claims if c.source == s.id]
    key = memo.report_key(s, own)
    assert key == memo.report_key(s, own) != memo.report_key(s, own[:-1])
    assert key != MergeMemo("salt").report_key(s, own)  # (by repr where no key is known)
    edited = dataclasses.replace(s, raw=s.raw + "\nMore.\n")
    memo.extracted = {**memo.extracted, s.id: keys.key(edited)}
    assert memo.report_key(edited, own) != key


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from([b"\\", b"u", b"d", b"D", b"8", b"b", b"f", b"0", b"a", b'"',
                                 b"\xed", b"\xa0", b"\xbf", b"\x9f", b"x", b"\n"]),
                max_size=24).map(b"".join))
def test_the_surrogate_check_finds_what_its_pattern_finds(data: bytes) -> None:
    """``output.holds_surrogate`` (the pattern tried only where an escape or its UTF-8 lead
    byte stands at all) answers as the pattern alone, on bytes made of the pieces it reads."""
    assert holds_surrogate(data) is (SURROGATE.search(data) is not None)
    for case in (b'"\\ud800"', b'"\\\\ud800"', b'"\\\\\\uDBFF"', b"\xed\xa0\x80", b"\xed\x9f\xbf"):
        assert holds_surrogate(case) is (SURROGATE.search(case) is not None)
