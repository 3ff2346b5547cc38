"""A merge after another takes the rows of pairs of the units it can prove unchanged from the
last merge without working out their candidates again (``merge_memo.settled_units``): every
row it keeps, and every event, is what a cold merge of the same reports makes, after a report
is added at the edge of the reach of others' dates (``NEAR_DAYS``, ``PLAN_DAYS`` and twice
it, a day either side), removed, or edited to dates a reach away, on the dev corpus and a
synthetic one, crowded dates too."""

from __future__ import annotations

import dataclasses
import datetime as dt
import shutil
from array import array
from pathlib import Path

import pytest

from benchmarks.corpus import generate
from generator import events, merge_memo
from generator.cache import MergeCache
from generator.events import NEAR_DAYS, PLAN_DAYS, _headline_of, merge_events
from generator.model import Claim, Source, TimeValue
from tests.conftest import FIXTURES
from tests.test_merge_memo import claims_of

DEV = FIXTURES / "dev_corpus" / "articles"
CROWDING = (events.CROWDED, events.CROWDED_PEERS)  # (the module's own, as imported)
ROWS = ("rows", "others", "passing", "pass_others", "pass_scores")
GROUPS = ("unit_groups", "unit_parts", "unit_reps")


def shifted(claims: tuple[Claim, ...], days: int) -> tuple[Claim, ...]:
    """``claims`` with their dates of days ``days`` later (the others as they are)."""
    step = dt.timedelta(days=days)
    return tuple(dataclasses.replace(c, when=TimeValue(c.when.start + step, c.when.end + step, "day"))
                 if c.when.granularity == "day" else c for c in claims)


def copied(source: Source, claims: tuple[Claim, ...], days: int) -> tuple[Source, tuple[Claim, ...]]:
    """Another report of ``source``'s claims of days, ``days`` later (its claims of coarser
    dates left out: a month or year new reaches every unit inside it)."""
    other = dataclasses.replace(source, id=f"{source.id}-{days}", path=f"copy-{days}-{source.path}",
                                url=f"{source.url}/{days}")
    mine = tuple(dataclasses.replace(c, id=f"{c.id}-{days}", source=other.id)
                 for c in claims if c.source == source.id and c.when.granularity == "day")
    return other, shifted(mine, days)


def rows(memo: merge_memo.MergeMemo, names: tuple[str, ...] = ROWS) -> dict[str, bytes]:
    """The rows of pairs a merge left for the next, whole (or its arrays of ``names``)."""
    kept = memo.kept
    assert kept is not None
    return {name: b"".join(bytes(p) for p in (kept[name] if isinstance(kept[name], list)
                                              else [kept[name]])) for name in names}


def reports(memo: merge_memo.MergeMemo, folder: Path) -> dict[str, tuple]:
    """Each report's vectors and units as a merge after this one reads them back."""
    cache = MergeCache(folder / "merge.json")
    cache.save(memo)
    last = cache.load().last
    assert last is not None
    vectors = merge_memo.Vectors(last)  # (a report's claims' vectors, made from their numbers)
    out = {}
    for key, entry in last["reports"].items():
        got = merge_memo.kept_report(last, key, 0, entry[1])
        if got is not None:
            vectors.at.update((f"{key}:{n}", n) for n in got[0])
            got = ([vectors[f"{key}:{n}"] for n in got[0]], got[1])
        out[key] = got
    return out


def merge(claims: tuple, sources: tuple, cache: MergeCache | None) -> tuple[tuple, merge_memo.MergeMemo]:
    _headline_of.cache_clear()  # (each merge makes its own titles)
    # (a cold merge's memo under the caches' salt: the next merge knows its reports)
    memo = cache.load() if cache is not None else merge_memo.MergeMemo(MergeCache(Path("-")).key)
    out = merge_events(claims, sources, memo=memo)
    return out, memo


@pytest.fixture(scope="module", params=["dev", "synthetic", "synthetic, crowded"])
def corpus(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory):
    folder = tmp_path_factory.mktemp("corpus") / "sources"
    if request.param == "dev":
        shutil.copytree(DEV, folder)
    else:
        generate(40, folder)
    crowded = request.param.endswith("crowded")
    with pytest.MonkeyPatch.context() as patch:
        if crowded:  # a unit meets the first few of its date sharing its weightiest features
            patch.setattr(events, "CROWDED", 2)
            patch.setattr(events, "CROWDED_PEERS", 2)
        yield claims_of(folder)


def changes(claims: tuple, sources: tuple) -> list[tuple[str, tuple, tuple]]:
    """The reports after each change: a copy of a report whose dates are a reach away from
    its own (a day inside and a day outside each), one removed, one edited to other dates."""
    days = [c for c in claims if c.when.granularity == "day"]
    middle = next(s for s in sources[len(sources) // 2:] if any(c.source == s.id for c in days))
    out = []
    for k in (NEAR_DAYS, NEAR_DAYS + 1, PLAN_DAYS, PLAN_DAYS + 1, 2 * PLAN_DAYS,
              2 * PLAN_DAYS + 1):
        other, theirs = copied(middle, claims, k)
        out.append((f"added {k} days on", claims + theirs, (*sources, other)))
    gone = sources[len(sources) // 3].id
    out.append(("removed", tuple(c for c in claims if c.source != gone),
                tuple(s for s in sources if s.id != gone)))
    edited = tuple(c for c in claims if c.source != middle.id) + shifted(
        tuple(c for c in claims if c.source == middle.id), PLAN_DAYS + 1)
    out.append(("edited", edited, sources))
    return out


def test_kept_rows_are_a_cold_merges(corpus, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    claims, sources = corpus
    settled: list[list[bool]] = []
    real = events.settled_units

    def noted(*args, **kwargs):
        settled.append(real(*args, **kwargs))
        return settled[-1]

    monkeypatch.setattr(events, "settled_units", noted)
    base = MergeCache(tmp_path / "base" / "merge.json")
    _, memo = merge(claims, sources, None)
    base.save(memo)
    assert not settled  # (a cold merge proves nothing)
    some = grouped = 0
    for what, now_claims, now_sources in changes(claims, sources):
        cache = MergeCache(tmp_path / what / "merge.json")
        shutil.copytree(base.path.parent, cache.path.parent)
        after, memo = merge(now_claims, now_sources, cache)
        cold, cold_memo = merge(now_claims, now_sources, None)
        assert after == cold, what
        assert rows(memo) == rows(cold_memo), what
        # each unit's group, connected part and kind's first unit, kept or made again, as a
        # cold merge makes them (merge_memo.kept_groups)
        assert rows(memo, GROUPS) == rows(cold_memo, GROUPS), what
        # each report's vectors and units as the next merge reads them back, copied where
        # every report of the last merge is here as it was (merge_memo.Prepared.copy)
        assert reports(memo, tmp_path / what / "after") == reports(cold_memo, tmp_path / what / "cold"), what
        units = len(memo.kept["units"])  # type: ignore[index]
        # (the changed units' parts are clustered, or the new units join groups of then
        # without: merge_memo.attached)
        assert 0 < memo.clustered + memo.attached and memo.clustered <= units, what
        grouped += memo.clustered < units
        kept = settled.pop()
        assert not all(kept), what  # (the changed units' rows are worked out)
        some += any(kept)
    assert some  # (rows were kept)
    assert grouped  # (groups were kept)


def test_a_unit_is_settled_only_beyond_reach() -> None:
    """Ordinals of days: a unit of days is met by a changed unit at most ``pad`` days away,
    one not of days by a changed unit whose calendar unit holds its date; a unit is settled
    unless it is met, or it and a unit met meet each other."""
    def day(n: int) -> tuple[int, int, int, int, bool]:
        return (n, n, n, n, True)

    month = (1000, 1030, 1000, 1030, False)  # a month, filed under itself
    pad = 7
    # a day changed at 100: days 93-107 met; days 86-114 meet those; a month never meets a day
    units = [day(85), day(86), day(93), day(107), day(114), day(115), month]
    assert merge_memo.settled_units(units, [day(100)], pad) == [
        True, False, False, False, False, True, True]
    # the month changed: a day inside it, and one a reach away, met; a week inside it met; a
    # day outside the reach of the days met, settled
    week = (1007, 1013, 1007, 1013, False)
    units = [day(1010), day(1037), day(1044), day(1052), week, (2000, 2030, 2000, 2030, False)]
    assert merge_memo.settled_units(units, [month], pad) == [
        False, False, False, True, False, True]
    assert merge_memo.settled_units(units, [], pad) == [True] * len(units)


def test_a_part_kept_beside_a_pair_into_it_is_clustered_again(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Were a part kept (a merge cache edited under a digest that matches) while a pair alike
    enough joins it to a part taken again, every unit is clustered again: no traceback, and
    the events are a cold merge's."""
    # (whatever a crowded corpus of the tests above left patched)
    monkeypatch.setattr(events, "CROWDED", CROWDING[0])
    monkeypatch.setattr(events, "CROWDED_PEERS", CROWDING[1])
    folder = tmp_path / "sources"
    generate(40, folder)
    claims, sources = claims_of(folder)
    base = MergeCache(tmp_path / "base" / "merge.json")
    _, memo = merge(claims, sources, None)
    base.save(memo)
    other, theirs = copied(sources[len(sources) // 2], claims, NEAR_DAYS)
    real = merge_memo.kept_groups

    def only_new(old_of, new_of, touched, reps, last):  # (the touched units not taken)
        return real(old_of, new_of, [], reps, last)

    monkeypatch.setattr(events, "kept_groups", only_new)
    # (and no part of a new unit taken again for it: merge_memo.attached, after additions)
    monkeypatch.setattr(events, "attached", lambda *args: ({}, {}, {}))
    after, memo = merge(claims + theirs, (*sources, other), base)
    monkeypatch.setattr(events, "kept_groups", real)
    cold, cold_memo = merge(claims + theirs, (*sources, other), None)
    assert after == cold
    assert memo.clustered == len(memo.kept["units"])  # type: ignore[index]
    assert rows(memo, GROUPS) == rows(cold_memo, GROUPS)


def test_the_groups_kept_are_those_no_change_reaches() -> None:
    """Six units then, in parts {0, 1}, {2, 3}, {4}, {5}; now unit 2 is gone and a unit new
    (numbered 3 now) stands after unit 3 then. A part is taken again if it holds a unit of a
    pair alike enough in one merge and not the other, a unit gone, or a unit whose kind's
    first unit is another than then; a new unit always; the other parts are kept."""
    last = {"unit_parts": array("i", [0, 0, 2, 2, 4, 5]),
            "unit_reps": array("i", [0, 0, 2, 3, 4, 5])}
    new_of = array("i", [0, 1, -1, 2, 4, 5])  # then -> now
    old_of = array("i", [0, 1, 3, -1, 4, 5])  # now -> then
    reps = [0, 0, 2, 3, 4, 5]  # (unit 3 then, 2 now, is its own kind's first still)

    def again(touched: list[int], reps: list[int]) -> list[int]:
        return list(merge_memo.kept_groups(old_of, new_of, touched, reps,
                                           {**last, "unit_reps": last["unit_reps"]}))

    # the part that held unit 2 (gone) and the new unit: taken again; the others kept
    assert again([], reps) == [0, 0, 1, 1, 0, 0]
    assert again([0], reps) == [1, 1, 1, 1, 0, 0]  # a pair of unit 0 changed
    assert again([3], reps) == [0, 0, 1, 1, 0, 0]  # (the new unit's pairs: itself)
    # unit 5's kind answered for by unit 4 now (a unit of its kind before it): its part
    assert again([], [0, 0, 2, 3, 4, 4]) == [0, 0, 1, 1, 0, 1]


def test_groups_of_another_shape_are_refused() -> None:
    """A group known by a unit after it, or in another part; a part not known by its first
    unit; a kind's first unit after the unit: the merge is cold (never a traceback)."""
    def shaped(groups: list[int], parts: list[int], reps: list[int]) -> bool:
        return merge_memo._grouped(array("i", groups), array("i", parts), array("i", reps),
                                   len(groups))

    assert shaped([0, 0, 2], [0, 0, 0], [0, 0, 2])
    assert not shaped([1, 1, 2], [0, 0, 0], [0, 0, 2])  # a group's first after a unit of it
    assert not shaped([0, 0, 2], [0, 0, 1], [0, 0, 2])  # a part known by another than its first
    assert not shaped([0, 0, 2], [0, 2, 2], [0, 0, 2])  # a group across two parts
    assert not shaped([0, 0, 2], [0, 0, 0], [0, 2, 2])  # a kind's first after the unit
    assert not shaped([0, 0], [0, 0, 0], [0, 0, 0])  # one short


def test_unit_dates_of_another_shape_are_refused() -> None:
    kept = {"units": ["a:0"], "rows": array("i", [0]), "others": array("i"),
            "passing": array("i", [0]), "pass_others": array("i"), "pass_scores": array("d"),
            "vec_sizes": array("i"), "vec_features": array("i"), "vec_weights": array("d"),
            "unit_data": array("i"), "unit_dates": array("i", [1, 1, 1, 1, 1]),
            "unit_groups": array("i", [0]), "unit_parts": array("i", [0]),
            "unit_reps": array("i", [0]), "vec_agents": array("i"), "titles": {},
            "alternatives": {}, "retitles": {}, "features": [], "reports": {}, "events": {}}

    def read(dates: array) -> dict | None:
        head, arrays = merge_memo.encode({**kept, "unit_dates": dates})
        whole = []
        for pieces, (_, kind) in zip(arrays, merge_memo.ARRAYS, strict=True):
            a = array(kind)
            for p in pieces:
                a.extend(p)
            whole.append(a)
        return merge_memo.decode(head, whole)

    assert read(array("i", [1, 1, 1, 1, 1])) is not None
    assert read(array("i", [1, 1, 1, 1])) is None  # a field short
    assert read(array("i", [1, 1, -1, 1, 1])) is None


def test_kept_rows_in_two_processes_are_a_cold_merges(tmp_path: Path) -> None:
    """A merge after another to which many reports are new runs in two processes (the units
    settled, their candidates and the rows shared by both): its rows and events are a cold
    merge's in one."""
    folder = tmp_path / "sources"
    generate(40, folder)
    claims, sources = claims_of(folder)
    new = {s.id for s in sources[::4]}  # (a quarter: more than FORK_SHARE)
    cache = MergeCache(tmp_path / "cache" / "merge.json")
    _headline_of.cache_clear()
    memo = merge_memo.MergeMemo(cache.key)
    merge_events(tuple(c for c in claims if c.source not in new),
                 tuple(s for s in sources if s.id not in new), memo=memo)
    cache.save(memo)
    memo = cache.load()
    assert memo.last is not None
    asked, real = [], memo.processes
    memo.processes = lambda keys, jobs: asked.append(real(keys, jobs)) or asked[-1]  # type: ignore[method-assign]
    _headline_of.cache_clear()
    after = merge_events(claims, sources, jobs=2, memo=memo)
    cold, cold_memo = merge(claims, sources, None)
    assert asked == [2]  # (it ran in two)
    assert after == cold
    assert rows(memo) == rows(cold_memo)
    assert rows(memo, GROUPS) == rows(cold_memo, GROUPS)
