"""Merging after a build keeps what the last merge did (cache.MergeCache, generator/merge_memo.py):
the events are a cold merge's, after a source is added, removed or edited, with one process or
two, on crowded dates too; a merge cache that is missing, damaged, foreign or unwritable is a
cold merge, never an error."""

from __future__ import annotations

import os
import shutil
from array import array
from pathlib import Path

import pytest

from benchmarks.corpus import generate
from generator import events, recalls
from generator.cache import MergeCache
from generator.entities import load_registry
from generator.events import _headline_of, merge_events
from generator.merge_memo import (
    ARRAYS,
    Asked,
    MergeMemo,
    decode,
    encode,
    event_digest,
    event_from_json,
    kept_agents,
)
from generator.pipeline import check, extract_all
from tests.conftest import FIXTURES

DEV = FIXTURES / "dev_corpus" / "articles"


def claims_of(folder: Path) -> tuple[tuple, tuple]:
    sources, problems = check([folder])
    assert not [p for p in problems if p.severity == "error"]
    ordered = tuple(sorted(sources, key=lambda s: (s.published, s.id)))
    found, _ = extract_all(ordered, load_registry())
    return tuple(c for c in found if c.basis != "undated"), ordered


def merged(folder: Path, cache: MergeCache | None, jobs: int = 1) -> tuple[tuple, MergeMemo | None]:
    _headline_of.cache_clear()  # (each merge makes its own titles)
    claims, ordered = claims_of(folder)
    memo = cache.load() if cache is not None else None
    out = merge_events(claims, ordered, jobs=jobs, memo=memo)
    if cache is not None:
        cache.save(memo)
    return out, memo


def steps(folder: Path) -> list[tuple[str, object]]:
    """Changes to a copy of a corpus, in order: a source added, one edited, one removed."""
    names = sorted(p.name for p in folder.glob("*.md"))
    aside = folder.parent / "aside"
    aside.mkdir()
    shutil.move(folder / names[-1], aside / names[-1])
    middle = folder / names[len(names) // 2]

    def edit() -> None:
        text = middle.read_text(encoding="utf-8")
        middle.write_text(text + "\nPutin and Zelensky met in Istanbul on Monday, the Kremlin "
                          "said.\n", encoding="utf-8")

    return [("add a source", lambda: shutil.move(aside / names[-1], folder / names[-1])),
            ("edit a source", edit),
            ("remove a source", lambda: (folder / names[1]).unlink())]


@pytest.mark.parametrize("corpus", ["dev", "synthetic", "synthetic, crowded"])
def test_a_merge_after_another_equals_a_cold_merge(corpus: str, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "corpus" / "sources"
    if corpus == "dev":
        shutil.copytree(DEV, folder)
    else:
        generate(40, folder)  # (its sentences repeat: many events take their next best title)
    if corpus.endswith("crowded"):
        # every date crowded: a unit meets the first few of its date sharing its weightiest
        # features, which depends on the units before it; only scores are reused, never which
        # pairs are compared
        monkeypatch.setattr(events, "CROWDED", 2)
        monkeypatch.setattr(events, "CROWDED_PEERS", 2)
    cache = MergeCache(tmp_path / "cache" / "merge.json")
    changes = steps(folder)
    first, memo = merged(folder, cache)
    assert memo is not None and memo.hits == 0 and memo.scored > 0
    assert first == merged(folder, None)[0]
    if corpus == "synthetic":
        assert memo.kept is not None and memo.kept["alternatives"]  # next best titles kept
    for name, change in changes:
        change()
        cold, _ = merged(folder, None)
        again, memo = merged(folder, cache)
        assert again == cold, name
        # the last merge's scores were used, and only some pairs were scored anew
        assert memo is not None and memo.hits > 0, name
        assert memo.scored < memo.hits, name
    # nothing changed: nothing prepared or scored, every title the last merge's
    calls: list[str] = []

    def counted(name: str):
        real = getattr(events, name)
        return lambda *a, **k: calls.append(name) or real(*a, **k)

    for name in ("_title", "_alternatives", "_prepare"):
        monkeypatch.setattr(events, name, counted(name))
    again, memo = merged(folder, cache)
    assert again == cold and memo is not None and memo.scored == 0 and not calls


def test_two_processes_merge_after_another_as_one(tmp_path: Path) -> None:
    folder = tmp_path / "corpus" / "sources"
    generate(40, folder)
    (_, add), *_ = steps(folder)
    one, two = MergeCache(tmp_path / "one" / "merge.json"), MergeCache(tmp_path / "two" / "merge.json")
    merged(folder, one, jobs=1)
    merged(folder, two, jobs=2)
    assert one.path.read_bytes() == two.path.read_bytes()
    assert one.arrays.read_bytes() == two.arrays.read_bytes()
    add()
    cold, _ = merged(folder, None)
    assert merged(folder, one, jobs=2)[0] == merged(folder, two, jobs=1)[0] == cold


def damage(cache: MergeCache, how: str) -> None:
    if how == "json cut short":
        data = cache.path.read_bytes()
        cache.path.write_bytes(data[:len(data) // 2])
    elif how == "arrays cut short":
        data = cache.arrays.read_bytes()
        cache.arrays.write_bytes(data[:len(data) - 8])
    elif how == "arrays changed":
        data = bytearray(cache.arrays.read_bytes())
        data[len(data) // 2] ^= 0xFF
        cache.arrays.write_bytes(bytes(data))
    elif how == "arrays missing":
        cache.arrays.unlink()
    elif how == "a folder in its place":
        cache.path.unlink()
        cache.path.mkdir()
    elif how == "a named pipe for the arrays":
        cache.arrays.unlink()
        os.mkfifo(cache.arrays)


@pytest.mark.parametrize("how", ["json cut short", "arrays cut short", "arrays changed",
                                 "arrays missing", "a folder in its place",
                                 "a named pipe for the arrays", "another generator's"])
def test_a_damaged_merge_cache_is_a_cold_merge(tmp_path: Path, how: str) -> None:
    folder = tmp_path / "corpus" / "sources"
    shutil.copytree(DEV, folder)
    # (another generator's: the same files, written for another project's registry)
    cache = MergeCache(tmp_path / "cache" / "merge.json",
                       "another project" if how == "another generator's" else "")
    merged(folder, cache)
    damage(cache, how)
    fresh = MergeCache(tmp_path / "cache" / "merge.json")
    assert fresh.load().last is None
    again, memo = merged(folder, fresh)
    assert again == merged(folder, None)[0]
    assert memo is not None and memo.hits == 0
    assert fresh.load().last is not None  # written again whole


def test_what_is_not_of_its_shape_is_refused() -> None:
    memo = MergeMemo("s")
    claims, ordered = claims_of(DEV)
    merge_events(claims, ordered, memo=memo)
    head, pieces = encode(memo.kept)
    arrays = [array(kind, b"".join(a.tobytes() for a in parts))
              for (_, kind), parts in zip(ARRAYS, pieces, strict=True)]
    assert decode(head, arrays) is not None
    changed = [array(a.typecode, a) for a in arrays]
    changed[-1][0] += 1
    assert decode(head, changed) is None  # (the digest)
    assert decode(head, arrays[:-1]) is None
    for field, value in (("units", "x"), ("sizes", [1, 2]), ("titles", {"k": 1}),
                         ("retitles", None), ("features", ["a"]), ("reports", [])):
        assert decode({**head, field: value}, arrays) is None, field
    # a number of a unit past the last, under a digest that matches
    arrays[1][0] = len(memo.kept["units"])  # ("others")
    bad_head, _ = encode({**memo.kept, "others": arrays[1]})
    assert decode(bad_head, arrays) is None


def test_an_unwritable_merge_cache_is_not_kept(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("in the way", encoding="utf-8")
    cache = MergeCache(tmp_path / "file" / "merge.json")  # (its folder is a file)
    claims, ordered = claims_of(DEV)
    memo = cache.load()
    assert merge_events(claims, ordered, memo=memo) == merge_events(claims, ordered)
    cache.save(memo)  # no error
    assert cache.load().last is None


def test_asked_notes_every_question_and_answers_nothing_else() -> None:
    asked = Asked({"a"})
    assert "a" in asked and "b" not in asked
    assert asked.asked == {"a": True, "b": False}
    for other in (iter, len, bool):
        with pytest.raises(TypeError):
            other(asked)  # type: ignore[arg-type]


def test_other_weights_than_the_table_keep_nothing() -> None:
    claims, ordered = claims_of(DEV)
    _, freq = extract_all(ordered, load_registry())  # the corpus's own counts
    memo = MergeMemo("s")
    merge_events(claims, ordered, freq, memo=memo)
    assert memo.kept is None


@pytest.mark.parametrize("how", ["garbage", "arrays changed"])
def test_a_build_with_a_damaged_merge_cache_builds_what_a_cold_build_does(
        project: Path, capsys: pytest.CaptureFixture, how: str) -> None:
    """Through the command: no traceback, no warning, the pages a cold build writes."""
    from generator.cli import main
    from generator.project import load_project
    from tests.conftest import ROOT
    from tests.test_incremental import generated

    for src in sorted((ROOT / "sources").glob("*.md")):
        shutil.copy(src, project / "sources" / src.name)
    assert main(["build", "--strict"]) == 0, capsys.readouterr().err
    pages = {k: v[0] for k, v in generated(project / "docs").items()}
    cache = MergeCache(project / ".cache" / "merge.json")
    assert cache.path.is_file() and cache.arrays.is_file()
    if how == "garbage":
        cache.path.write_bytes(b"\x00not json at all")
    else:
        damage(cache, how)
    capsys.readouterr()
    assert main(["build", "--strict"]) == 0
    assert "Traceback" not in capsys.readouterr().err
    assert {k: v[0] for k, v in generated(project / "docs").items()} == pages
    written = MergeCache(project / ".cache" / "merge.json", load_project().fingerprint)
    assert written.load().last is not None  # whole again


def test_each_claims_agent_is_kept_with_its_report(tmp_path: Path) -> None:
    """The agents a merge gives the undated statements' linking (``MergeMemo.agents``) are
    ``events.agent`` of each claim, whether worked out or read back (``kept_agents``), after a
    source is added, edited or removed; agents of another shape are refused."""
    folder = tmp_path / "corpus" / "sources"
    shutil.copytree(DEV, folder)
    cache = MergeCache(tmp_path / "cache" / "merge.json")
    changes = steps(folder)
    for name, change in [("cold", lambda: None), *changes]:
        change()
        claims, ordered = claims_of(folder)
        _, memo = merged(folder, cache)
        assert memo is not None
        assert memo.agents == {c.id: events.agent(c) for c in claims}, name
        assert any(memo.agents.values()) and None in memo.agents.values()
        last = cache.load().last
        assert last is not None
        # (each report's claims in the merge's order: merge_events' ``order``)
        by_id = {s.id: s for s in ordered}
        claims = tuple(sorted(claims, key=lambda c: (by_id[c.source].published.isoformat(),
                                                     c.source, c.start, c.id)))
        starts = [k for k in range(len(claims)) if k == 0 or claims[k].source != claims[k - 1].source]
        read = 0
        for a, b in zip(starts, [*starts[1:], len(claims)], strict=True):
            key = memo.report_key(by_id[claims[a].source], claims[a:b])
            got = kept_agents(last, key, b - a)
            assert got == [events.agent(c) for c in claims[a:b]], name
            read += 1
            assert kept_agents(last, key, b - a + 1) is None  # (another count of claims)
        assert read > 0
    head, pieces = encode(memo.kept)
    arrays = [array(kind, b"".join(a.tobytes() for a in parts))
              for (_, kind), parts in zip(ARRAYS, pieces, strict=True)]
    at = [name for name, _ in ARRAYS].index("vec_agents")
    for bad in (len(memo.kept["features"]), -2):  # a name past the table, a negative number
        changed = [array(a.typecode, a) for a in arrays]
        changed[at][0] = bad
        bad_head, _ = encode({**memo.kept, "vec_agents": changed[at]})
        assert decode(bad_head, changed) is None, bad
    shorter = [array(a.typecode, a) for a in arrays]
    del shorter[at][-1]
    short_head, _ = encode({**memo.kept, "vec_agents": shorter[at]})
    assert decode(short_head, shorter) is None


def test_the_recalls_read_the_agents_the_merge_gives(monkeypatch: pytest.MonkeyPatch) -> None:
    """Linking the undated statements with the merge's agents is linking them without: the
    same events and claims; and with them it works out only the statements' own agents."""
    sources, _ = check([DEV])
    ordered = tuple(sorted(sources, key=lambda s: (s.published, s.id)))
    found, _ = extract_all(ordered, load_registry())
    claims = tuple(c for c in found if c.basis != "undated")
    undated = tuple(c for c in found if c.basis == "undated")
    memo = MergeMemo("s")
    merged_events = merge_events(claims, ordered, memo=memo)
    freq = events.word_table()
    without = recalls.link_recalls(merged_events, claims, undated, ordered, freq)
    asked: list[str] = []
    real = recalls.agent
    monkeypatch.setattr(recalls, "agent", lambda c: asked.append(c.id) or real(c))
    assert recalls.link_recalls(merged_events, claims, undated, ordered, freq,
                                agents=memo.agents) == without
    assert asked and set(asked) <= {c.id for c in undated}


def test_events_are_known_by_the_json_they_read_back_from(tmp_path: Path) -> None:
    """Each event a merge gives a digest of its JSON (``MergeMemo.events``, what the page
    cache knows it by) reads back equal from that JSON, and the digest of an event is the same
    when it is made and when a merge after another takes it again."""
    folder = tmp_path / "corpus" / "sources"
    shutil.copytree(DEV, folder)
    cache = MergeCache(tmp_path / "cache" / "merge.json")
    first, memo = merged(folder, cache)
    assert memo is not None
    texts = {text for _, text in memo.kept["events"].values()}
    digests = {}
    for event, digest in memo.events.values():
        assert any(event_digest(t) == digest and event_from_json(t) == event for t in texts)
        digests[event.id] = digest
    assert len(digests) > len(first) // 2
    again, memo = merged(folder, cache)
    assert again == first and memo is not None
    assert {e.id: d for e, d in memo.events.values()} == digests
