"""What one merge keeps for the next (``events.merge_events``' ``memo``): a build after another
prepares only the reports that are new or changed, scores only the pairs of units it did not
score before, and titles only the events it did not title before, with events byte for byte a
cold merge's.

Why that is exact. A unit (a report's claims of one date, ``events._prepare``) is made of its
own report alone, and what scoring a pair of units reads is the two units and their reports
(their claims, their sources' records: ``latest``, the dates each sentence names), with words
weighed by the fixed word table (``events.word_table``), never by the rest of the corpus. So a
unit is known across builds by its report's key (a digest of the generator, the project's data,
the source's record and the report's claims: ``report_key``) and its place among its report's
units, and a pair of such units scored by one of them scores the same in any build. Which pairs
are compared (the candidates, and on a crowded date a unit's first few peers, which depend on
the order of others) is worked out again every time; only the score of a pair compared before,
by the same unit, is taken from here (a pair of mutual candidates is scored by the later unit:
the order of its sums stays that of a cold merge). Likewise an event's first title depends on
its group of units only, and what picks its next best title (``events._alternatives``) on its
group and on whether each title it asked about was another event's first title: it is reused
when every answer is the same (``Asked``).

An event is made of its group of units (its claims, their reports' records, its title: the
first title above) and of one thing beyond them: how many independent voices its reports are
(``events.independent_count``), which follows each report's ``follows`` through the other
sources of the corpus (``events._roots``). So an event is kept by its group's key, with a
digest of its reports' roots (``roots_key``), and taken again where both are the same
(``event_to_json``, ``event_from_json``: only an event that reads back equal, to its
``repr``, is kept).

Units are kept by their keys, pairs by the units' numbers in the last build (4 bytes a pair
compared, 12 a pair alike enough to join), a report's vectors and units as numbers
(``Prepared``), so the files hold one build's work, no more (at 10,000 synthetic sources
8 MB of JSON and 39 MB of arrays: docs/benchmarks.md, "Merging after a build").
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import sys
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Mapping

from generator.model import Claim, Event, Source, TimeValue

# the share of a merge's reports, new or changed since the last merge, above which it runs in
# ``jobs`` processes (below it, in one: ``MergeMemo.processes``). Measured with one source added
# to the synthetic projects of benchmarks/build.py (two cores, load average 1.8-3.6): at 1,000
# sources the generator stage took 2.5 CPU s (2.6 s wall) with the merge in one process against
# 3.0 (3.0 s) in two; at 10,000 the merge alone took 9.6-10.6 CPU s (9.6-14.5 s wall) in one
# and 12.0-12.2 (14.8-15.5 s) in two. Not tuned further: a tenth keeps a merge of a few new
# sources in one process and one of many (where the new work outweighs the copies) in
# ``jobs``, as a cold merge
FORK_SHARE = 0.1


class MergeMemo:
    """The last merge's work (``last``: as ``decode`` reads it, or None for a cold merge) and
    this merge's, gathered by ``events.merge_events`` for the next (``kept``: what ``encode``
    writes). ``salt``: what every key depends on besides the reports (the generator's code and
    data, the project's registry, the word weights)."""

    def __init__(self, salt: str, last: dict | None = None):
        self.salt = salt.encode()
        self.last = last
        self.kept: dict | None = None
        self.hits = 0  # pairs whose score was taken from the last merge (for the benchmarks)
        self.scored = 0  # pairs scored anew
        self.clustered = 0  # units whose groups were made again, not the last merge's
        # rows not settled taken as the last merge's and their pairs with new units only
        # (``grown_by``), and of those the ones with no pair to score (None: not proven)
        self.grown: tuple[int, int] | None = None
        self.attached = 0  # new units given a group of then, or none, without clustering
        self.whole = 0  # rows not settled worked out whole beside rows that only grew
        # source id -> the extraction cache's key of the source (``cache.ExtractCache.key``:
        # its file's text, path and id, the extracting code, the project's data), when the
        # caller has one: what made the source's record and its claims
        self.extracted: Mapping[str, str] = {}
        # id -> each event this merge made or took again that reads back the same from its
        # JSON (``event_to_json``), with a digest of that text (``event_digest``): what the
        # page cache knows it by, as it knows a claim by its extraction entry
        # (``render.Reuse``'s digests; a rebuild at 1,000 sources spent 0.015 CPU s on the
        # ``repr`` of 2,100 events)
        self.events: dict[int, tuple[Event, bytes]] = {}
        # claim id -> its agent (``events.agent``), for every claim this merge read: those of
        # the reports it took as the last merge kept them read back (``kept_agents``), the
        # others worked out (what ``recalls.link_recalls`` reads of each event's claims)
        self.agents: dict[str, str | None] = {}

    def processes(self, report_keys: list[str], jobs: int) -> int:
        """How many processes a merge with this memo should run in: ``jobs``, but one after a
        merge that knows all but a few of the reports (``FORK_SHARE``; the events are the same
        whatever the number). Each forked copy costs this process its size in pages copied
        and faulted (every page is shared, then written by one or the other: the copies read
        every table, and reading an object writes its count of references), and a merge after
        another does little that is new: its maps are mostly checks against the last merge's
        work, cheap beside the copy."""
        if jobs <= 1 or self.last is None:
            return jobs
        known = self.last.get("reports", {})
        new = sum(1 for k in report_keys if k not in known)
        return jobs if new > FORK_SHARE * len(report_keys) else 1

    def report_key(self, source: Source, claims: Iterable[Claim]) -> str:
        """A digest of a report as merging reads it: its source's record (the file's text
        included) and its claims, under the salt. Where the source's extraction key is known
        (``extracted``), that key and the claims' ids: the record and the claims are what
        reading and extracting that text made (as the extraction cache holds), and the
        ``repr`` of every claim was most of the digests' cost (a tenth of a merge after
        another)."""
        h = hashlib.sha256(self.salt + b"\x00")
        if (key := self.extracted.get(source.id)) is not None:
            h.update(b"extracted\x00" + key.encode() + b"\x00" + source.id.encode(
                "utf-8", "surrogatepass"))
            for c in claims:
                h.update(b"\x00" + c.id.encode("utf-8", "surrogatepass"))
            return h.hexdigest()[:32]
        h.update(repr(source).encode("utf-8", "surrogatepass"))
        for c in claims:
            h.update(b"\x00" + repr(c).encode("utf-8", "surrogatepass"))
        return h.hexdigest()[:32]


def group_key(unit_keys: Iterable[str]) -> str:
    """A digest of a group of units (an event's), by their keys in order."""
    return hashlib.sha256("\x00".join(unit_keys).encode()).hexdigest()[:32]


def roots_key(roots: Iterable[str | None]) -> str:
    """A digest of the roots (``events._roots``: the first report each follows) of an event's
    reports, in order: what an event reads of the other sources."""
    return hashlib.sha256(json.dumps(list(roots), ensure_ascii=False).encode(
        "utf-8", "surrogatepass")).hexdigest()[:32]


def event_to_json(e: Event) -> str | None:
    """An event as the next merge reads it back (``event_from_json``), or None if it would not
    read back the same (a field of a type JSON does not keep): such an event is made again."""
    text = json.dumps([e.id, e.title, [e.when.start.isoformat(), e.when.end.isoformat(),
                                       e.when.granularity], e.claims, e.sources, e.conflicts,
                       e.actors, e.places, e.independent, e.notes, e.errors, e.hidden, e.kind,
                       e.summary], ensure_ascii=False)
    back = event_from_json(text)
    return text if back is not None and repr(back) == repr(e) else None


def event_digest(text: str) -> bytes:
    """A digest of an event by the JSON it reads back from (``event_to_json``), for
    ``render.Reuse``. The event is a function of that text (``event_from_json`` made it, or
    reads it back equal, to its ``repr``), so the digest stands for its ``repr``'s; it never
    equals a ``repr``'s digest (no ``repr`` begins with a NUL): a page kept under the one is
    made again under the other, never taken for it."""
    return hashlib.sha256(b"\x00event\x00" + text.encode("utf-8", "surrogatepass")).digest()


# a lone surrogate, as it stands or escaped (``event_to_json`` writes neither; an escaped pair
# of an astral character, or a "\\ud800" a title holds as words, is taken for one too: its
# event is made again)
SURROGATE = re.compile(r"[\ud800-\udfff]|\\u[dD][89a-fA-F][0-9a-fA-F]{2}")


def event_from_json(text: object) -> Event | None:
    """The event ``event_to_json`` wrote, or None where it is not of its shape."""
    try:
        if not isinstance(text, str):
            return None
        if SURROGATE.search(text):  # (no page can be written with one: UnicodeEncodeError)
            return None
        (id_, title, (start, end, granularity), claims, sources, conflicts, actors, places,
         independent, notes, errors, hidden, kind, summary) = json.loads(text)
        texts = (*claims, *sources, *actors, *places, *notes, *(t for pair in (*errors, *hidden)
                                                                for t in pair))
        if not all(isinstance(t, str) for t in (id_, title, granularity, kind, summary, *texts)) \
                or type(independent) is not int \
                or not all(isinstance(v, dict) for v in conflicts) \
                or not all(len(pair) == 2 for pair in (*errors, *hidden)):
            return None
        return Event(id_, title, TimeValue(dt.date.fromisoformat(start), dt.date.fromisoformat(end),
                                           granularity),
                     tuple(claims), tuple(sources), tuple(conflicts), tuple(actors),
                     tuple(places), independent, tuple(notes),
                     tuple(tuple(pair) for pair in errors), tuple(tuple(pair) for pair in hidden),
                     kind, summary)
    except (LookupError, TypeError, ValueError, RecursionError):
        return None


class Asked:
    """A set of titles that answers ``in`` and notes each question and its answer: what an
    event's next best title was picked against (``events._alternatives`` asks nothing else of
    it; anything else it asked would fail loudly here, not be missed)."""

    def __init__(self, titles: set[str] | frozenset[str]):
        self.titles = titles
        self.asked: dict[str, bool] = {}

    def __contains__(self, title: object) -> bool:
        answer = title in self.titles
        self.asked[title] = answer  # type: ignore[index]
        return answer

    def _unasked(self, *_: object) -> object:
        raise TypeError("a title is looked up with 'in' only: what else is read of the titles "
                        "taken is not noted, and a merge after another could differ")

    __iter__ = __len__ = __bool__ = _unasked  # type: ignore[assignment]


ARRAYS = (("rows", "i"), ("others", "i"), ("passing", "i"), ("pass_others", "i"),
          ("pass_scores", "d"), ("vec_sizes", "i"), ("vec_features", "i"), ("vec_weights", "d"),
          ("unit_data", "i"), ("unit_dates", "i"), ("unit_groups", "i"), ("unit_parts", "i"),
          ("unit_reps", "i"), ("vec_agents", "i"))


class Prepared:
    """Each report's claims' vectors and units (``events._prepare``) as the next merge reads
    them back (``kept_report``), in arrays (as lists of lists, the units of 10,000 sources took
    some 35 MB of memory in each of the two merges' copies): a table of names (features,
    agents, kinds of happening), per vector its size, its features' numbers and their weights
    in the vector's own order (a likeness sums in that order: it must stay), and per unit a
    record of numbers (``unit_data``: its claims counted from its report's first, its agents,
    its kinds, its lead or -1, its flags), and per vector the agent of its claim
    (``vec_agents``: ``events.agent``, a name's number or -1 for none, -1 for a unit's
    vector): what the undated statements are compared by (``recalls.link_recalls``), read
    back by ``kept_agents``. A report's entry: where its vectors and its units' records
    begin, how many claims and units it has."""

    FLAGS = 4  # told by its report only, a plan's day, a day moved to, a part of its report's day

    def __init__(self, features: Iterable[str] = ()) -> None:
        # (a merge that copies the last one's reports starts from its table: ``copy``)
        self.names: dict[str, int] = {name: n for n, name in enumerate(features)}
        self.sizes, self.ids, self.weights = array("i"), array("i"), array("d")
        self.data, self.agents = array("i"), array("i")
        self.reports: dict[str, list[int]] = {}

    def add(self, key: str, vectors: list[dict[str, float]], units: list[tuple],
            offset: int, agents: list[str | None]) -> None:
        """A report's vectors (one a claim) and units (``events._prepare``'s: numbers of
        claims counted from ``offset``, its vector, agents, kinds, lead, and four flags), and
        its claims' agents (``events.agent``). A report whose units are of another shape is
        not kept (the next merge prepares it)."""
        if not all(len(u) == 5 + self.FLAGS and isinstance(u[4], str | None)
                   and all(type(f) is bool for f in u[5:]) for u in units) \
                or len(agents) != len(vectors):
            return
        name = self.names.setdefault
        self.reports[key] = [len(self.sizes), len(vectors), len(self.data), len(units)]
        for u in units:
            self.data.append(len(u[0]))
            self.data.extend([k - offset for k in u[0]])
            for names in (u[2], u[3]):
                self.data.append(len(names))
                self.data.extend(sorted(name(t, len(self.names)) for t in names))
            self.data.append(-1 if u[4] is None else name(u[4], len(self.names)))
            self.data.append(sum(1 << n for n, f in enumerate(u[5:]) if f))
        self.agents.extend([-1 if a is None else name(a, len(self.names)) for a in agents])
        self.agents.extend([-1] * len(units))
        for v in (*vectors, *(u[1] for u in units)):
            self.sizes.append(len(v))
            self.ids.extend([name(t, len(self.names)) for t in v])
            self.weights.extend(v.values())

    def copy(self, key: str, packed: dict) -> None:
        """A report's vectors and units as the last merge packed them (``packed``: its
        ``reports``, ``vec_sizes``, ``vec_features``, ``vec_weights``, ``vec_at`` and
        ``unit_data``), copied as they are: this table's numbers of features must be the
        last's (made from its ``features``), which holds only features of its reports, so a
        merge that copies only when every report of the last one is there, as it was, keeps
        a table of the features of reports in use. What ``add`` would have packed from the
        report's vectors and units read back (``kept_report``), but for the numbers of
        features: the same names and weights, in the same order."""
        first, count, p, n_units = packed["reports"][key]
        at, data, end = packed["vec_at"], packed["unit_data"], p
        for _ in range(n_units):  # (a unit: its claims, agents and kinds, each after its count;
            for _ in range(3):  # its lead; its flags)
                end += 1 + data[end]
            end += 2
        self.reports[key] = [len(self.sizes), count, len(self.data), n_units]
        self.sizes.extend(packed["vec_sizes"][first:first + count + n_units])
        self.ids.extend(packed["vec_features"][at[first]:at[first + count + n_units]])
        self.weights.extend(packed["vec_weights"][at[first]:at[first + count + n_units]])
        self.agents.extend(packed["vec_agents"][first:first + count + n_units])
        self.data.extend(data[p:end])

    def kept(self) -> dict:
        return {"features": list(self.names), "reports": self.reports,
                "vec_sizes": self.sizes, "vec_features": self.ids, "vec_weights": self.weights,
                "unit_data": self.data, "vec_agents": self.agents}


def kept_report(last: dict, key: str, offset: int, claims: int
                ) -> tuple[list[int], list[tuple]] | None:
    """The vectors and units of the report of ``key`` (of ``claims`` claims, numbered from
    ``offset``) as the last merge kept them, or None if it has none such: an entry of another
    number of claims, or a unit of a claim not the report's (a file edited under a digest that
    matches: it was a traceback, the seventeenth sweep), is none. Its claims' vectors are given
    by their numbers in the last merge's packed arrays, made when first asked (``Vectors``)."""
    entry = last["reports"].get(key)
    if entry is None:
        return None
    try:
        first, count, p, n_units = entry
        if count != claims or min(first, p, n_units) < 0 \
                or first + count + n_units >= len(last["vec_at"]):
            return None
        at, names, ids, weights = last["vec_at"], last["features"], last["vec_features"], last["vec_weights"]
        vectors = [dict(zip([names[k] for k in ids[at[v]:at[v + 1]]], weights[at[v]:at[v + 1]],
                            strict=True)) for v in range(first + count, first + count + n_units)]
        data = last["unit_data"]
        units = []
        for n in range(n_units):
            members = tuple(offset + k for k in data[p + 1:p + 1 + data[p]])
            if not members or not all(0 <= k - offset < count for k in members):
                return None
            p += 1 + data[p]
            agents = {names[k] for k in data[p + 1:p + 1 + data[p]]}
            p += 1 + data[p]
            whats = {names[k] for k in data[p + 1:p + 1 + data[p]]}
            p += 1 + data[p]
            lead, flags = (None if data[p] == -1 else names[data[p]]), data[p + 1]
            p += 2
            units.append((members, vectors[n], agents, whats, lead,
                          *(bool(flags >> f & 1) for f in range(Prepared.FLAGS))))
        return list(range(first, first + count)), units
    except (LookupError, TypeError, ValueError):
        return None


class Vectors(dict):
    """Claim id -> its vector (``events``' ``vec``). The vectors of the claims of reports taken
    as the last merge kept them (their numbers in its packed arrays, ``kept_report``: ``at``)
    are made when first asked, not all when read: a merge after a build with a source added
    asks for those of the units it scores anew and of the events it makes anew, a few hundred
    of 11,000 at 1,000 sources. ``decode`` checked the arrays whole: making one cannot fail."""

    def __init__(self, last: dict | None) -> None:
        super().__init__()
        self.at: dict[str, int] = {}
        self.packed = (last["vec_at"], last["features"], last["vec_features"],
                       last["vec_weights"]) if last is not None else None

    def __missing__(self, key: str) -> dict[str, float]:
        v = self.at.pop(key)  # (a KeyError, as a dict's, for a claim it does not hold)
        at, names, ids, weights = self.packed  # type: ignore[misc]
        vector = self[key] = dict(zip([names[k] for k in ids[at[v]:at[v + 1]]],
                                      weights[at[v]:at[v + 1]], strict=True))
        return vector

    def fill(self) -> None:
        """Every vector made (the packed arrays are let go after)."""
        for key in list(self.at):
            self[key]  # noqa: B018 (made by __missing__)
        self.packed = None

    def drop(self, key: str) -> None:
        """Let go of a claim's vector, made or not."""
        self.pop(key, None)
        self.at.pop(key, None)


def kept_agents(last: dict, key: str, claims: int) -> list[str | None] | None:
    """The agents of the claims of the report of ``key`` (of ``claims`` claims) as the last
    merge kept them (``Prepared``: ``events.agent`` of each), or None if it has none such.
    A claim's agent is a function of the claim and of what the merge cache is keyed by (the
    generator's code and data, the project's registry), and the report's key holds its
    claims (its extraction entry's key and their ids): so they are this build's claims'."""
    entry = last["reports"].get(key)
    if entry is None:
        return None
    try:
        first, count = entry[0], entry[1]
        if count != claims or first < 0:
            return None
        names = last["features"]
        numbers = last["vec_agents"][first:first + count]
        if len(numbers) != count:
            return None
        agents = [None if n == -1 else names[n] for n in numbers]
        return agents if all(a is None or isinstance(a, str) for a in agents) else None
    except (LookupError, TypeError, ValueError):
        return None


def digest(arrays: list[array]) -> str:
    """A digest of the bytes of ``arrays``, one after the other (never joined: 37 MB at
    10,000 sources)."""
    h = hashlib.sha256()
    for a in arrays:
        h.update(a)  # type: ignore[arg-type]
    return h.hexdigest()


def encode(kept: dict) -> tuple[dict, list[list[array]]]:
    """A merge's work as a JSON value and its arrays, in the order of ``ARRAYS``, each in the
    pieces the merge made it in (a list of arrays, or one: never joined, which would copy them
    at the merge's peak); ``decode`` reads them back whole."""
    arrays = [kept[name] if isinstance(kept[name], list) else [kept[name]] for name, _ in ARRAYS]
    head = {"units": kept["units"], "sizes": [sum(len(a) for a in pieces) for pieces in arrays],
            "titles": kept["titles"], "alternatives": kept["alternatives"],
            "retitles": kept["retitles"], "features": kept["features"],
            "reports": kept["reports"], "events": kept["events"],
            "blob": digest([a for pieces in arrays for a in pieces])}
    return head, arrays


def decode(head: object, arrays: list[array] | None) -> dict | None:
    """What ``encode`` wrote, checked whole; None where anything is not of its shape (the
    merge is then cold)."""
    try:
        if not isinstance(head, dict) or arrays is None or len(arrays) != len(ARRAYS) \
                or any(a.typecode != kind for a, (_, kind) in zip(arrays, ARRAYS, strict=True)) \
                or digest(arrays) != head["blob"]:
            return None
        units, sizes, titles, alternatives, retitles, features, reports, events = (
            head["units"], head["sizes"], head["titles"], head["alternatives"], head["retitles"],
            head["features"], head["reports"], head["events"])
        if not (isinstance(units, list) and all(isinstance(u, str) for u in units)
                and isinstance(sizes, list) and len(sizes) == len(ARRAYS)
                and all(type(n) is int and n >= 0 for n in sizes)
                and isinstance(titles, dict) and all(isinstance(t, str) for t in titles.values())
                and isinstance(alternatives, dict) and isinstance(retitles, dict)
                and isinstance(features, list) and all(isinstance(f, str) for f in features)
                and isinstance(reports, dict)
                and isinstance(events, dict)):
            return None
        out: dict = {"units": units, "titles": titles, "alternatives": alternatives,
                     "retitles": retitles, "features": features, "reports": reports,
                     "events": events}
        for (name, _), a, n in zip(ARRAYS, arrays, sizes, strict=True):
            if len(a) != n:
                return None
            out[name] = a
        n = len(units)
        rows, others, passing, pass_others = (out["rows"], out["others"], out["passing"],
                                              out["pass_others"])
        # (the numbers read as unsigned: one that is negative is then 2**31 or more, so one
        # pass over each array finds both bounds; the pairs' 1,050,000 numbers at 1,000
        # sources took 0.035 CPU s in two)
        if len(rows) != n or len(passing) != n \
                or sum(_unsigned(rows)) != len(others) \
                or sum(_unsigned(passing)) != len(pass_others) \
                or len(out["pass_scores"]) != len(pass_others) \
                or max(_unsigned(others), default=-1) >= n \
                or max(_unsigned(pass_others), default=-1) >= n \
                or sum(_unsigned(out["vec_sizes"])) != len(out["vec_features"]) \
                or len(out["vec_features"]) != len(out["vec_weights"]) \
                or max(_unsigned(out["vec_features"]), default=-1) >= len(features) \
                or min(out["unit_data"], default=0) < -1 \
                or len(out["vec_agents"]) != len(out["vec_sizes"]) \
                or min(out["vec_agents"], default=0) < -1 \
                or max(out["vec_agents"], default=-1) >= len(features) \
                or len(out["unit_dates"]) != DATE_FIELDS * n \
                or min(out["unit_dates"], default=0) < 0 \
                or not _grouped(out["unit_groups"], out["unit_parts"], out["unit_reps"], n):
            return None
        vec_at = array("q", [0])  # where each vector begins
        for n in out["vec_sizes"]:
            vec_at.append(vec_at[-1] + n)
        out["vec_at"] = vec_at
        return out
    except (LookupError, TypeError, ValueError):
        return None


def _unsigned(numbers: array) -> memoryview:
    """An array of ``i`` read as unsigned (``I``, of the same size): a negative number is then
    2**31 or more, more than any count here; the sum of such numbers equals a count only if
    none of them is negative."""
    return memoryview(numbers).cast("B").cast("I")


def _grouped(groups: array, parts: array, reps: array, n: int) -> bool:
    """Are these ``n`` units' groups, connected parts and kinds' first units of the shape a
    merge leaves them (``kept_groups``): each group known by its first unit, which is its own,
    and within one part, known by its first unit too; each kind by a unit not after it?"""
    return len(groups) == len(parts) == len(reps) == n and all(
        0 <= p <= g <= i and groups[g] == g and parts[g] == p and parts[p] == p and 0 <= r <= i
        for i, (g, p, r) in enumerate(zip(groups, parts, reps, strict=True)))


def kept_groups(old_of: array, new_of: list[int], touched: Iterable[int], reps: list[int],
                last: dict) -> bytearray:
    """Which units the clustering takes again (1) after the last merge (``last``, with each of
    its units' group, connected part and kind's first unit: ``unit_groups``, ``unit_parts``,
    ``unit_reps``, by their numbers then), the other units' groups being the last merge's.
    ``old_of``: each unit's number in the last merge (-1: new); ``new_of``: each of the last
    merge's units' number now (-1: gone); ``touched``: the units of every pair alike enough
    that one merge has and the other has not (each row worked out again names them: the pairs
    it scored anew, and those the last merge's row had that it does not; the pairs of a unit
    gone name the unit that stays); ``reps``: the first unit of each unit's kind now.

    Why the others' groups are the last merge's (docs/benchmarks.md, "Groups kept per
    connected part"). The clustering (``events.merge_events``) takes the pairs alike enough
    in order (most alike first, then by the units' numbers) and joins two groups when
    ``joinable``: what it reads of a pair is the two groups (their units' kinds and reports,
    which only pairs within a connected part of the graph of pairs alike enough made) and
    ``compatible``, whose answer for units of two reports is a function of their kinds and of
    whether the reports of the first units of those kinds (``reps``) tell of a move, and for
    two units of one report a function of their kinds and of that report. So the groups of a
    connected part are a function of its pairs in order, its units and those first units'
    reports. Take a part P of the last merge with no unit touched, none new, and each unit's
    kind answered for by the same unit as then: every pair alike enough now with a unit in P
    was alike enough then with the same score (else both its units would be touched), so it
    is within P and P is a connected part now; its pairs are those of then, and in the same
    order, for the units keep their order (a total order on their keys) and the scores are
    the same numbers; its units are unchanged, with their reports (a unit's key holds its
    report's digest), and so are the first units of their kinds. Its groups are then's, each
    known by its first unit renumbered. The parts that hold a unit touched, new or of a
    kind answered for by another unit are taken again with the new units, and together they
    are a union of connected parts now (a pair alike enough between a unit taken again and
    one that is not would be touched, or was within one part then): the clustering of them
    alone is the clustering of them within the whole. ``tests/test_merge_skip.py`` compares
    each unit's group and part, kept or made again, with a cold merge's after additions,
    removals and edits at the edge of the reach."""
    parts, was_reps = last["unit_parts"], last.pop("unit_reps")
    again = bytearray(len(old_of))
    bad: set[int] = set()
    for i in touched:
        o = old_of[i]
        if o < 0:
            again[i] = 1
        else:
            bad.add(parts[o])
    for i, o in enumerate(old_of):
        if o < 0:
            again[i] = 1
        elif new_of[was_reps[o]] != reps[i]:
            bad.add(parts[o])
    for o, i in enumerate(new_of):
        if i < 0:  # (a part that held a unit gone since)
            bad.add(parts[o])
    if bad:
        for i, o in enumerate(old_of):
            if o >= 0 and parts[o] in bad:
                again[i] = 1
    return again


def attached(pairs: list[int], old_of: array, new_of: list[int], again: bytearray,
             last: dict, fits: Callable[[list[int], list[int]], bool],
             compatible: Callable[[int, int], bool]
             ) -> tuple[dict[int, int], dict[int, int], dict[int, tuple[int, int]]]:
    """After a merge to which units were only added (none gone, every row not settled only
    grown: ``grown_by``), which new units join a group of the last merge, or stay alone, with
    the groups of the connected parts they reach kept (``again``: what ``kept_groups`` took
    again for another cause, new units aside; the parts not kept are marked in it too).
    ``pairs``: the new pairs alike enough (each a new unit's: one after the other);
    ``compatible(c, x)``: may a new unit and a unit of another report stand in one event (as
    ``events``' ``joinable`` asks it, by the first units of their kinds); ``fits(news, group)``:
    may these new units and the units of a group all stand in one event. Gives each old group
    that a new unit joins its first unit now, each part its first unit now (parts joined by a
    new unit's pairs are one), and each new unit kept its group's and its part's first.

    Why (docs/benchmarks.md, "A row that only grows"). ``joinable`` asks of two groups
    whether every pair of units across them is compatible: a question of pairs, so every two
    units of a group the last merge made are compatible, and a group found apart from another
    stays apart from any group holding it. Take a connected part whose units kept their kinds'
    first units, whose new pairs are all of new units none of which has a pair with another,
    and where each new unit c is compatible with the units of at most one group G of then
    among those it has a pair with, and, with the other new units that join G, with every
    unit of G. Run the clustering again on the pairs in order: at every step each group now
    holds a union of groups of the last merge's clustering at the same step, within one final
    group G and the new units joining it. For a pair of then: if then's groups were joined,
    now's are within one G (and its new units) and all compatible, so joined; if they were
    found apart, now's hold then's and the incompatible pair, so apart. A new unit's pair: with
    a unit it is not compatible with, apart; with one of G, its group and that unit's are
    within G and its new units, so joined. At the end every group of then stands, with its
    new units, and each other new unit alone: the clustering again gives the last merge's
    groups with these added."""
    news: dict[int, list[int]] = {}  # a new unit -> the units of its pairs
    for i, j in zip(pairs[::2], pairs[1::2], strict=True):
        for c, x in ((i, j), (j, i)):
            if old_of[c] < 0:
                news.setdefault(c, []).append(x)
    groups, parts = last["unit_groups"], last["unit_parts"]
    # the parts a new unit's pairs join into one, by their first units then (a new unit: -1 - it)
    joined: dict[int, int] = {}

    def root(k: int) -> int:
        while joined.get(k, k) != k:
            k = joined[k]
        return k

    for c, xs in news.items():
        for x in xs:
            a, b = root(-1 - c), root(parts[old_of[x]] if old_of[x] >= 0 else -1 - x)
            if a != b:
                joined[max(a, b)] = min(a, b)
    bad: set[int] = set()  # the roots of the parts taken again
    into: dict[int, int] = {}  # a new unit -> the group of then it joins (-1: none)
    for c, xs in news.items():
        fit = {groups[old_of[x]] for x in xs if old_of[x] >= 0 and compatible(c, x)}
        if any(old_of[x] < 0 for x in xs) or len(fit) > 1:
            bad.add(root(-1 - c))
        else:
            into[c] = fit.pop() if fit else -1
    wanted = {g for g in into.values() if g >= 0}
    units_of: dict[int, list[int]] = {g: [] for g in wanted}
    for o, g in enumerate(groups):
        if g in units_of:
            units_of[g].append(new_of[o])
    for g in wanted:
        if not fits(sorted(c for c, h in into.items() if h == g), units_of[g]):
            bad.update(root(-1 - c) for c, h in into.items() if h == g)
    for c in news:  # (a part taken again for another cause)
        if any(again[new_of[p]] for p in {parts[old_of[x]] for x in news[c] if old_of[x] >= 0}):
            bad.add(root(-1 - c))
    part_first: dict[int, int] = {}  # root -> the first unit now of the part it stands for
    for k in list(joined) + [-1 - c for c in news] + [parts[old_of[x]] for xs in news.values()
                                                     for x in xs if old_of[x] >= 0]:
        r = root(k)
        first = new_of[k] if k >= 0 else -1 - k
        part_first[r] = min(part_first.get(r, first), first)
    taken = {p for p in part_first if p not in bad}  # (roots of the parts kept)
    if bad:
        for o, p in enumerate(parts):
            if p in joined or p in part_first:
                if root(p) in bad:
                    again[new_of[o]] = 1
    group_first: dict[int, int] = {}
    placed: dict[int, tuple[int, int]] = {}
    for c, g in into.items():
        if root(-1 - c) in bad:
            continue
        again[c] = 0
        if g >= 0:
            group_first[g] = min(group_first.get(g, new_of[g]), c)
    for c, g in into.items():
        if root(-1 - c) not in bad:
            placed[c] = (group_first[g] if g >= 0 else c, part_first[root(-1 - c)])
    firsts = {p: part_first[root(p)] for p in (list(joined) + list(part_first))
              if p >= 0 and root(p) in taken}
    return group_first, firsts, placed


# a unit's dates as the next merge reads them (``unit_dates``): its date's first and last
# days and those of the calendar unit it is filed under (``events._key``), as ordinals, and
# whether it is of days
DATE_FIELDS = 5


def settled_units(dates: list[tuple[int, int, int, int, bool]],
                  changed: list[tuple[int, int, int, int, bool]], pad: int) -> list[bool]:
    """Which units (``dates``: each one's first and last day, the first and last day of the
    calendar unit it is filed under, whether it is of days; as ``DATE_FIELDS``) provably
    compare with the same units, and score the same pairs of them, as in the last merge, when
    the units ``changed`` (new since it, or gone) are the only difference: their rows of
    pairs are the last merge's, renumbered (docs/benchmarks.md, "Merging's rows kept").

    Why. Which units unit i meets (``events``' ``reach``: the candidates, and on a crowded
    date whether it is crowded and its first few peers per feature) is a function of the units
    within its reach, and unit c can be within i's reach, in either merge, only if (``meets``)
    i is of days and c's days, or those of its calendar unit, are at most ``pad`` days
    (``PLAN_DAYS``, the farthest a plan or a date moved to reaches) from i's, or i is not of
    days and c's calendar unit holds i's date whole (the same calendar unit, or one containing
    it: all a unit not of days reaches). So the candidates of a unit no changed unit meets are
    the same units (a total order of the units by their keys keeps their order). The pairs it
    scores are the candidates j for which j < i or i is not among j's candidates: they change
    only if, besides its own, the candidates of such a j changed with respect to i, and j can
    hold i only if j meets i and i meets j. A unit is settled when no changed unit meets it
    and no unit that a changed unit meets is met by it and meets it; the score of a pair
    scored before is the last merge's (``merge_memo``'s premise). Tested against the rows
    worked out anew by ``tests/test_merge_skip.py``, and against a cold merge."""

    def meets(a: tuple[int, int, int, int, bool], c: tuple[int, int, int, int, bool]) -> bool:
        if a[4]:
            return min(c[0], c[2]) - pad <= a[1] and a[0] <= max(c[1], c[3]) + pad
        return c[2] <= a[0] and a[1] <= c[3]

    near: dict[tuple, bool] = {}  # a date -> is it met by a changed unit? (once per date)
    for d in dates:
        if d not in near:
            near[d] = any(meets(d, c) for c in changed)
    hit = [d for d, v in near.items() if v]
    # ... and whether it meets one of those that meets it back: of days, one of days at most
    # ``pad`` days away or one not of days within its days; not of days, one whose calendar
    # unit holds its date (taken as any it overlaps: more units worked out, none wrongly kept)
    days = _joined([(h[0] - pad, h[1] + pad) for h in hit if h[4]])
    inside = sorted((h[0], h[1]) for h in hit if not h[4])
    calendar = _joined([(h[2], h[3]) for h in hit])
    settled: dict[tuple, bool] = {}
    for d in near:
        if near[d]:
            settled[d] = False
        elif d[4]:
            k = bisect_left(inside, (d[0], d[0]))
            settled[d] = not _overlaps(days, d[0], d[1]) and not (
                k < len(inside) and inside[k][0] <= d[1] and any(
                    e <= d[1] for _, e in inside[k:bisect_right(inside, (d[1], d[1]))]))
        else:
            settled[d] = not _overlaps(calendar, d[0], d[1])
    return [settled[d] for d in dates]


# what ``grown_by`` gives for a date crowded then and now with a new unit of its own: its
# candidates are its date's first few peers per feature, of which a new unit may be one
PEERS = "peers"


def grown_by(near: list[list[int]], same: list[int], new: list[int], crowded: int
             ) -> list[int] | str | None:
    """The units of ``new`` (sorted) that join the candidates of a unit whose reach is
    ``near`` (``events``' ``reach``: lists of units in order) and whose date's own units are
    ``same``, after a merge to which only ``new`` were added (none gone): the other
    candidates are the last merge's, renumbered. None where that is not proven (a reach that
    holds more than ``crowded`` units now and did not then); ``PEERS`` where its reach was
    crowded then and is now, and a new unit is of its own date: then its candidates are its
    date's first few peers for each of its weightiest features (``events``' ``peers``), and
    ``peers_grown`` says whether those only grew.

    Why. A unit's reach is a function of its own date, plan and move and of each other unit's
    date alone (whether that unit's date is the same, contains it, or lies within so many days
    of it: the lists hold every unit that passes, whatever the others), so with units only
    added, each list of the reach now is its list then plus the new units that pass, and the
    number it held then is the number now less the new units counted. Not crowded now, it was
    not then: its candidates are the units of its reach, then's plus the new ones. Crowded then
    and now with no new unit of its own date, its candidates are the same units as then (its
    weightiest features are its own, and the first few units of its date per feature are
    then's). ``events.merge_events`` then gives such a unit the last merge's row renumbered
    and scores only its pairs with new units (docs/benchmarks.md, "A row that only grows")."""
    if not new:
        return []
    counted: list[int] = []  # the new units in the reach, once per list they are in
    for units in near:
        if units and units[0] <= new[-1] and new[0] <= units[-1]:
            for c in new:
                k = bisect_left(units, c)
                if k < len(units) and units[k] == c:
                    counted.append(c)
    now = sum(len(units) for units in near)
    if now <= crowded:
        return sorted(set(counted))
    if now - len(counted) > crowded:
        return PEERS if any((k := bisect_left(same, c)) < len(same) and same[k] == c
                            for c in new) else []
    return None


def peers_grown(now: Mapping[str, list[int]], then: Mapping[str, list[int]],
                new: set[int]) -> bool:
    """Are a crowded date's first few peers per feature ``now`` (``events``' ``peers``) those
    of ``then`` (the same without the units of ``new``) and new units only? Then a unit of that
    date, crowded then and now, has the candidates it had (its weightiest features are its
    own) and the new units among the peers of those features; where a new unit comes before
    the last of a feature's peers then, that peer is no longer one, and it is not proven."""
    return then.keys() <= now.keys() and all(
        [j for j in units if j not in new] == then.get(t, []) for t, units in now.items())


# a 1 in each field of an array of ``i`` (4 bytes a number: ``renumbered``)
_ONE = (1).to_bytes(4, sys.byteorder) if array("i").itemsize == 4 else b""


def renumbered(numbers: array, at: array, a: int, b: int, new_of: list[int],
               none_gone: bool) -> array:
    """The units named by the rows ``a`` to ``b`` (not included) of the last merge
    (``numbers[at[a]:at[b]]``, each row's units in order) as they are numbered now
    (``new_of``: each of the last merge's units' number now, -1 for a unit gone).

    Where no unit is gone since (``none_gone``), ``new_of`` is increasing, so the shift of a
    number (its number now less its number then) never decreases from one number to the
    next: if the least and the greatest number of the rows (the least of their first, the
    greatest of their last) shift alike, every number between them does, and the rows are
    renumbered as one large integer with that shift added to each of its fields of 4 bytes (no
    number reaches 2**31: no field carries into the next). A number at a time through
    ``new_of`` costs three times as much (the million numbers of the rows kept after a build
    of 1,000 sources: docs/benchmarks.md, "A row that only grows")."""
    part = numbers[at[a]:at[b]]
    if not part:
        return part
    by = -1
    if none_gone and _ONE:
        kept = [r for r in range(a, b) if at[r] < at[r + 1]]
        least = min(numbers[at[r]] for r in kept)
        most = max(numbers[at[r + 1] - 1] for r in kept)
        if 0 <= least <= most < len(new_of) and new_of[most] - most == new_of[least] - least:
            by = new_of[least] - least
    if by < 0:
        return array("i", list(map(new_of.__getitem__, part)))
    if by:
        raw = int.from_bytes(part, sys.byteorder) \
            + by * int.from_bytes(_ONE * len(part), sys.byteorder)
        part = array("i", raw.to_bytes(4 * len(part), sys.byteorder))
    return part


def _joined(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` (first and last day) joined where they overlap or touch, in order."""
    out: list[tuple[int, int]] = []
    for a, b in sorted(spans):
        if out and a <= out[-1][1] + 1:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def _overlaps(joined: list[tuple[int, int]], a: int, b: int) -> bool:
    """Does the span from day ``a`` to day ``b`` overlap one of ``joined`` (``_joined``)?"""
    k = bisect_right(joined, (a, 1 << 62)) - 1  # the last that starts at or before a
    return (k >= 0 and joined[k][1] >= a) or (k + 1 < len(joined) and joined[k + 1][0] <= b)
