"""A merge after another to which reports were only added takes the rows of the units within
reach of a new unit as the last merge left them, renumbered, and scores only their pairs with
the new units (``merge_memo.grown_by``, ``merge_memo.peers_grown``): a report dated only to a
year or a month reaches every unit of its days, which before were all worked out again. Every
row, group and event is what a cold merge of the same reports makes, after such a report is
added beside day-dated units it joins or does not, and after it is removed (a merge with a
unit gone proves nothing of the sort: every row within reach is worked out again), on the dev
corpus and a synthetic one, on crowded dates too (where a new unit may push an old one out of
a date's first peers of a feature)."""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

import pytest

from benchmarks.corpus import generate
from generator import events, merge_memo
from generator.cache import MergeCache
from generator.model import Claim, Source
from tests.conftest import FIXTURES
from tests.test_merge_memo import claims_of
from tests.test_merge_skip import GROUPS, copied, merge, reports, rows

DEV = FIXTURES / "dev_corpus" / "articles"


def coarse_copy(source: Source, claims: tuple[Claim, ...], tag: str, published=None
                ) -> tuple[Source, tuple[Claim, ...]]:
    """Another report of ``source``'s claims of a year, season, month or week only (none of
    days: a report that dates its background alone), published when ``published`` says."""
    other = dataclasses.replace(source, id=f"{source.id}-{tag}", path=f"{tag}-{source.path}",
                                url=f"{source.url}/{tag}",
                                published=published or source.published)
    mine = tuple(dataclasses.replace(c, id=f"{c.id}-{tag}", source=other.id)
                 for c in claims if c.source == source.id and c.when.granularity != "day")
    return other, mine


def additions(claims: tuple, sources: tuple) -> list[tuple[str, tuple, tuple]]:
    """The reports after each addition: reports dated only to years or months (one of the
    first reports' to publish, so its units come before others of their dates, and a later
    one's), one at a time and two at once."""
    coarse = [s for s in sources if any(c.source == s.id and c.when.granularity != "day"
                                        and any(d.source != s.id and d.when.granularity == "day"
                                                and c.when.start <= d.when.start <= c.when.end
                                                for d in claims) for c in claims)]
    assert coarse  # (a report naming a month or a year that others' days fall in)
    early = min(s.published for s in sources)
    one, ones = coarse_copy(coarse[len(coarse) // 2], claims, "early", early)
    two, twos = coarse_copy(coarse[-1], claims, "late")
    return [("a coarse report published first", claims + ones, (*sources, one)),
            ("a coarse report published last", claims + twos, (*sources, two)),
            ("two at once", claims + ones + twos, (*sources, one, two))]


@pytest.fixture(scope="module", params=["dev", "synthetic", "synthetic, crowded",
                                        "synthetic, crowded at 6"])
def corpus(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory):
    folder = tmp_path_factory.mktemp("corpus") / "sources"
    if request.param == "dev":
        shutil.copytree(DEV, folder)
    else:
        generate(40, folder)
    with pytest.MonkeyPatch.context() as patch:
        if "crowded" in request.param:  # (a date's first few peers per feature: grown or not)
            patch.setattr(events, "CROWDED", 2 if request.param.endswith("crowded") else 6)
            patch.setattr(events, "CROWDED_PEERS", 2)
        yield request.param, claims_of(folder)


def same_as_cold(memo: merge_memo.MergeMemo, cold_memo: merge_memo.MergeMemo, after: tuple,
                 cold: tuple, what: str, folder: Path) -> None:
    assert after == cold, what
    assert rows(memo) == rows(cold_memo), what
    assert rows(memo, GROUPS) == rows(cold_memo, GROUPS), what
    assert reports(memo, folder / "after") == reports(cold_memo, folder / "cold"), what


def test_rows_that_only_grow_are_a_cold_merges(corpus, tmp_path: Path) -> None:
    name, (claims, sources) = corpus
    base = MergeCache(tmp_path / "base" / "merge.json")
    _, memo = merge(claims, sources, None)
    base.save(memo)
    grown, attached, whole = [], [], []
    for what, now_claims, now_sources in additions(claims, sources):
        cache = MergeCache(tmp_path / what / "merge.json")
        shutil.copytree(base.path.parent, cache.path.parent)
        after, memo = merge(now_claims, now_sources, cache)
        cold, cold_memo = merge(now_claims, now_sources, None)
        same_as_cold(memo, cold_memo, after, cold, what, tmp_path / what)
        grown.append(memo.grown)
        attached.append((memo.attached, memo.clustered))
        whole.append(memo.whole)
        # ... and the report removed again: nothing proven, the rows worked out again
        cache.save(memo)
        back, memo = merge(claims, sources, cache)
        cold, cold_memo = merge(claims, sources, None)
        same_as_cold(memo, cold_memo, back, cold, f"{what}, removed", tmp_path / what / "back")
        assert memo.grown is None, what
    if name in ("dev", "synthetic"):
        # rows grown by pairs with the new units, and rows within reach with none to score
        assert all(g is not None and g[0] > g[1] > 0 for g in grown), grown
    else:  # (on crowded dates some are proven, and the rows within reach of a unit whose
        # candidates are not are worked out whole)
        assert any(g is not None and g[0] > 0 for g in grown), grown
        assert any(whole), whole


def test_a_reach_that_only_grew_is_known() -> None:
    """``grown_by``: the new units of a reach (once each, in order) when it is not crowded;
    none when it was crowded then and is now, and no new unit is of its own date; ``PEERS``
    when one is; not proven when it crossed the line."""
    near = [[1, 4, 9], [2, 3, 4, 7]]  # (units 4 and 7 new; 4 in two lists)
    assert merge_memo.grown_by(near, [1, 4, 9], [4, 7], 10) == [4, 7]
    assert merge_memo.grown_by(near, [1, 4, 9], [5, 8], 10) == []
    assert merge_memo.grown_by(near, [1, 4, 9], [4, 7], 3) == merge_memo.PEERS
    assert merge_memo.grown_by(near, [1, 9], [4, 7], 3) == []  # (its date's own: none new)
    assert merge_memo.grown_by(near, [1, 4, 9], [4, 7], 5) is None  # 4 then, 7 now: crossed
    assert merge_memo.grown_by(near, [1, 4, 9], [], 5) == []


def test_peers_that_only_grew_are_known() -> None:
    """``peers_grown``: a date's first peers per feature are then's and new units only,
    unless a new unit pushed a peer of then out."""
    then = {"a": [1, 2], "b": [3]}
    assert merge_memo.peers_grown({"a": [1, 2], "b": [3, 5], "c": [5]}, then, {5})
    assert not merge_memo.peers_grown({"a": [0, 1], "b": [3]}, then, {0})  # 2 pushed out
    assert not merge_memo.peers_grown({"a": [1, 2]}, then, set())  # (a feature gone)


def test_rows_renumbered_by_a_shift_are_renumbered_one_by_one() -> None:
    """``renumbered``: rows whose least and greatest number shift alike (no unit gone) are
    renumbered as one integer; the numbers are those ``new_of`` gives one by one, whether the
    rows fall within one shift, across two, or a unit is gone."""
    from array import array
    new_of = [0, 1, 2, 4, 5, 6, 8, 9]  # (units new at 3 and 7)
    rows = array("i", [0, 1, 2, 0, 2, 1, 5, 3, 4, 5, 6, 7])  # rows: [0 1 2] [0 2] [1] [5] [3 4 5] [6 7]
    at = array("i", [0, 3, 5, 6, 6, 7, 10, 12])
    for a in range(len(at)):
        for b in range(a, len(at)):
            want = array("i", [new_of[n] for n in rows[at[a]:at[b]]])
            assert merge_memo.renumbered(rows, at, a, b, new_of, True) == want, (a, b)
    gone = [0, -1, 1, 3, 4, 5, 7, 8]
    assert merge_memo.renumbered(rows, at, 0, 7, gone, False) == array(
        "i", [gone[n] for n in rows])


def test_new_units_join_groups_of_then_as_a_cold_merge(tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """Reports of days added a day to three days from others' (``copied``): where a new unit
    joins one group of then and fits all its units, the groups are kept with it added
    (``merge_memo.attached``); where it does not fit them all (a unit of that group three days
    from it), its part is clustered again. The groups are a cold merge's either way, and both
    happen."""
    folder = tmp_path / "sources"
    shutil.copytree(DEV, folder)
    claims, sources = claims_of(folder)
    answers: list[bool] = []
    real = merge_memo.attached

    def noted(pairs, old_of, new_of, again, last, fits, compatible):
        def noted_fits(news, group):
            answers.append(fits(news, group))
            return answers[-1]
        return real(pairs, old_of, new_of, again, last, noted_fits, compatible)

    monkeypatch.setattr(events, "attached", noted)
    base = MergeCache(tmp_path / "base" / "merge.json")
    _, memo = merge(claims, sources, None)
    base.save(memo)
    kept = 0
    for source in sources[::3]:
        for days in (1, 2, 3):
            other, theirs = copied(source, claims, days)
            if not theirs:
                continue
            what = f"{source.id} {days}"
            cache = MergeCache(tmp_path / what / "merge.json")
            shutil.copytree(base.path.parent, cache.path.parent)
            after, memo = merge(claims + theirs, (*sources, other), cache)
            cold, cold_memo = merge(claims + theirs, (*sources, other), None)
            assert after == cold, what
            assert rows(memo, GROUPS) == rows(cold_memo, GROUPS), what
            kept += memo.attached
    assert kept and True in answers and False in answers, (kept, answers)


def test_new_units_attached_only_where_proven() -> None:
    """``attached`` on six units then (groups {0, 1} and {2, 3} in one part, {4} and {5} each
    alone) and two new ones (0 and 6 now; the others 1-5 and 7)."""
    from array import array
    last = {"unit_groups": array("i", [0, 0, 2, 2, 4, 5]),
            "unit_parts": array("i", [0, 0, 0, 0, 4, 5])}
    new_of = [1, 2, 3, 4, 5, 7]
    old_of = array("i", [-1, 0, 1, 2, 3, 4, -1, 5])

    def run(pairs, apart=(), fits=True, again_for=()):
        again = bytearray([1, 0, 0, 0, 0, 0, 1, 0])
        for i in again_for:
            again[i] = 1
        out = merge_memo.attached(pairs, old_of, new_of, again, last,
                                  lambda news, group: fits,
                                  lambda c, x: (c, x) not in apart)
        return out, list(again)

    # new unit 0 with both units of group 0 then: it joins it, and is the first of group and part
    assert run([0, 1, 2, 0]) == (({0: 0}, {0: 0}, {0: (0, 0)}), [0, 0, 0, 0, 0, 0, 1, 0])
    # ... with units of two groups of then it may join: its part clustered again
    assert run([0, 1, 0, 3])[1] == [1, 1, 1, 1, 1, 0, 1, 0]
    # ... unless it may not stand with one of them: it joins the other
    assert run([0, 1, 0, 3], apart={(0, 3)})[0][2] == {0: (0, 0)}
    # ... unless it does not fit every unit of that group, or its part is taken again anyway
    assert run([0, 1], fits=False)[1] == [1, 1, 1, 1, 1, 0, 1, 0]
    assert run([0, 1], again_for=(1, 2, 3, 4))[1] == [1, 1, 1, 1, 1, 0, 1, 0]
    # new unit 6 between units 5 and 7 (4 and 5 then), alone in neither's group: joins 7's,
    # and their parts are one (known by unit 5)
    assert run([6, 7, 5, 6], apart={(6, 5)}) == (
        ({5: 6}, {4: 5, 5: 5}, {6: (6, 5)}), [1, 0, 0, 0, 0, 0, 0, 0])
    # ... compatible with neither: alone, in the parts it joins
    assert run([6, 7, 5, 6], apart={(6, 5), (6, 7)})[0] == ({}, {4: 5, 5: 5}, {6: (6, 5)})
    # two new units alike: both their parts clustered again
    assert run([0, 1, 0, 6, 6, 7])[1] == [1, 1, 1, 1, 1, 0, 1, 1]
