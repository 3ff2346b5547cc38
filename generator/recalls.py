"""Pure: undated statements -> the happenings they tell of (after merging, before curation).

A report often recalls the days before it without dating them: RBC-Ukraine's "What preceded"
tells that "Later, Kremlin spokesperson Dmitry Peskov took the same line" and "Zelenskyy
responded by ... a public invitation to the Kremlin leader to come to Kyiv", days the other
outlets date. Such a sentence (``claims.extract_claims(..., undated=True)``: basis
``undated``) joins the event it tells of, as a claim of basis ``linked`` dated like the event,
when

* it names who acts or speaks (``events.agent``: its speaker, else its subject), and that
  agent acts or speaks in the event (the more of the event's claims they lead, the likelier);
  or, naming no one, it says it looks back (``LOOKS_BACK``: "had held", "earlier", "the first
  round") at a kind of happening in a place, and the event is that kind there ("Once the
  delegations had held their talks in Abu Dhabi"). "The latest round" is the last such event
  before the report; "the first round" never one its reports number otherwise;
* the event is a day's (or a weekend's, a week's) happening within ``RECALL_DAYS`` before the
  report, and not one its own report tells: a report's own dated account of a happening tells
  it already, and its undated sentences share its words whatever they tell. A statement most
  alike to an event of its own report joins none (dev corpus: "He had previously suggested
  that the meeting could be moved", 0.56 with its own report's Abu Dhabi talks a week
  before; Putin's "let him come to Moscow", 1.07 with his own report's day and 0.50 with
  Trump's call of two weeks before), and
* the sentence is alike enough to the event (``LINK``; its words and names alone ``WORDS``),
  and clearly more alike to it than to any other event within reach (``MARGIN``): where two
  happenings fit, it joins neither.

Linked claims never move an event's date, never make its title or its id, and are never a
version of a disagreement: they are the report's words on the event, shown with it, no more.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace

from generator.events import (
    SAME_WHAT,
    WHAT_REACH,
    _bags,
    _normalise,
    _weighted,
    agent,
    claim_what,
    cosine,
    kinds_between,
    rebuild,
)
from generator.features import Frequencies
from generator.model import Claim, Event, Source

RECALL_DAYS = 30  # the oldest happening an undated statement is linked to: a month, as
# events.BACKGROUND_DAYS (what lies further back is recalled in passing, and rarely undated
# in the dev corpus: "has previously turned down a meeting" names no happening one can find).
# On the probe articles 60 days added one wrong link and no right one, 120 days two wrong
# ("Putin responded by saying Zelensky could come to Moscow", written in October, to a
# September day of Zelensky's; "After Alaska, Trump hosted Zelensky" to the Alaska summit)
LINK = 0.5  # the likeness a statement needs to join an event. Tuned on the dev corpus (58
# undated statements that name an agent) and checked on 10 probe articles written for it
# (43 undated statements, 28 of which recall a happening another report dates): joined at
# 0.51-0.81, every one to the happening it tells of but one (Zelensky "then challenged the
# Russian leader to meet him in Türkiye", 0.72, joins the Istanbul talks that merging made
# one event with his challenge); the best wrong ones score 0.50 ("The Kremlin did not
# immediately comment on the proposal", kept out by MARGIN), 0.44 and 0.40
MARGIN = 0.05  # ... and this much more than to any other event (dev corpus: Zelensky's
# invitation to Kyiv 0.70 against the Kremlin's renewed invitation to Moscow 0.64; Putin's
# late-night offer of talks in Istanbul, 0.72 and 0.71 with the offer and the talks, joins
# neither)
WORDS = 0.2  # ... of which the words and names alone (the cosine) must give this much: the rest
# can add up without one shared word. Dev corpus and probe articles: the statements that join
# the happening they tell of share 0.22-0.43 with it; wrong fits that the other terms lift to
# 0.5 or more share 0.06-0.15 ("Kyiv has been lobbying for the two leaders to meet", 0.07;
# "Zelensky dismissed the offer and challenged Putin to come to Kyiv", 0.15, with talks the
# probe set dates a week later, where his challenge is not told)
AGENT_SHARE = 0.3  # added times the share of the event's claims its agent leads
PLACE = 0.1  # added when a place it names is among the event's first two
OTHER_PLACE = 0.15  # taken off when it names a place none of the event's claims names
PEERS = 8  # events an undated statement is compared with: its agent's latest before its report
LED = 4  # claims of an event, led by the agent, compared one by one with the statement
EVENT_REACH = 64  # claims of an event whose agents are read (bounds a huge event's cost)
GRANULARITIES = ("day", "weekend", "week")  # events a statement may join: a year says nothing


@dataclass
class Recalled:
    """Where the last build linked each undated statement (``known``), and where this one does
    (``made``), by a digest of everything the choice reads: the statement, its report's date
    and, in order, the events it was compared with (their dates, places, sources and first
    ``EVENT_REACH`` claims), each claim known by its report's ``sources`` digest (the
    extraction cache's key: what made the report's claims) and its id. The value is the
    chosen event's place among them, or -1 (none). ``cache.RecallCache`` keeps it; it holds
    for merging's fixed word table only (the weights are not in the digest)."""

    sources: Mapping[str, str]  # source id -> a digest of what made its claims
    known: Mapping[str, object]
    made: dict[str, int] = field(default_factory=dict)
    hits: int = 0


def link_recalls(events: tuple[Event, ...], claims: tuple[Claim, ...],
                 undated: tuple[Claim, ...], sources: tuple[Source, ...],
                 freq: Frequencies, memo: Recalled | None = None,
                 agents: Mapping[str, str | None] | None = None
                 ) -> tuple[tuple[Event, ...], tuple[Claim, ...]]:
    """The events with the undated statements that tell of them, and every claim (``claims``
    and the linked ones, each report's in text order). The rest of ``undated`` is dropped: a
    sentence with no date that joins no event states nothing the timeline can place.

    With a ``memo`` (``Recalled``), a statement compared with the same events as in the last
    build, none of them changed, is linked where it was then, without scoring it again: the
    choice is a function of what its digest holds. What each statement may be compared with
    is worked out every time. ``agents``: the agent of each claim merged (``events.agent``, by
    claim id) where the merge knows it (``merge_memo.MergeMemo.agents``: a rebuild at 1,000
    sources worked out 8,900 of them here again, 0.03 CPU s); the others are worked out."""
    if not undated or not events:
        return events, claims
    by_id = {s.id: s for s in sources}
    claim_of = {c.id: c for c in claims}
    known = agents or None
    # each agent's events, by their last day: what a statement of that agent may join
    led: dict[str, list[tuple[dt.date, int]]] = defaultdict(list)
    by_agent: list[dict[str, list[Claim]]] = []
    at_place: dict[str, list[tuple[dt.date, int]]] = defaultdict(list)
    for k, e in enumerate(events):
        its: dict[str, list[Claim]] = defaultdict(list)
        if e.when.granularity in GRANULARITIES:
            for c in e.claims[:EVENT_REACH]:
                if a := (known[c] if known is not None and c in known else agent(claim_of[c])):
                    its[a].append(claim_of[c])
            for a in its:
                led[a].append((e.when.end, k))
            for p in e.places[:2]:  # where it happened: what a statement naming no one may join
                at_place[p].append((e.when.end, k))
        by_agent.append(its)
    readings: dict[int, Reading] = {}  # of the events a statement is compared with

    def reading(k: int) -> Reading:
        if k not in readings:
            members = [claim_of[c] for c in events[k].claims[:EVENT_REACH]]
            readings[k] = Reading({a: len(v) for a, v in by_agent[k].items()},
                                  {a: v[:LED] for a, v in by_agent[k].items()},
                                  {w for c in members if (w := claim_what(c))},
                                  {p for c in members for p in c.places},
                                  frozenset().union(*(kinds_in(c.text) for c in members)))
        return readings[k]
    for entries in (*led.values(), *at_place.values()):
        entries.sort()
    vectors: dict[str, dict[str, float]] = {}

    def vector(c: Claim) -> dict[str, float]:
        if c.id not in vectors:
            (bag,) = _bags([c])
            vectors[c.id] = _weighted(bag, freq, {})
        return vectors[c.id]

    centroids: dict[int, dict[str, float]] = {}

    def centroid(k: int) -> dict[str, float]:
        if k not in centroids:
            total: dict[str, float] = {}
            for cid in events[k].claims[:EVENT_REACH]:
                for t, v in vector(claim_of[cid]).items():
                    total[t] = total.get(t, 0.0) + v
            centroids[k] = _normalise(total)
        return centroids[k]

    digests: dict[int, bytes] = {}

    def digest(k: int) -> bytes:  # what a statement's choice reads of event k
        if k not in digests:
            e = events[k]
            h = hashlib.sha256(repr((e.when.start, e.when.end, e.when.granularity, e.places,
                                     e.sources)).encode("utf-8", "surrogatepass"))
            for cid in e.claims[:EVENT_REACH]:
                h.update(b"\x00" + memo.sources[claim_of[cid].source].encode() + b"\x00"
                         + cid.encode("utf-8", "surrogatepass"))
            digests[k] = h.digest()
        return digests[k]

    joined: dict[int, list[Claim]] = defaultdict(list)
    for c in undated:  # (at most claims.ARTICLE_UNDATED of a report)
        who = agent(c)
        published = by_id[c.source].published
        if who is not None:
            lists = [led.get(who, [])]
        elif c.places and claim_what(c) is not None and LOOKS_BACK.search(c.text):
            lists = [at_place.get(p, []) for p in c.places[:2]]  # what happened where
        else:
            continue
        reach = sorted({k for entries in lists  # the events that ended before the report
                        for end, k in entries[max(0, bisect_left(entries, (published,)) - PEERS):
                                              bisect_left(entries, (published,))]
                        if (published - end).days <= RECALL_DAYS})
        if LATEST.search(c.text) and reach:  # "the latest round": the last one before the report
            latest = max(events[k].when.end for k in reach)
            reach = [k for k in reach if events[k].when.end == latest]
        ordinal = ORDINAL.search(c.text)
        if ordinal is not None:  # "the first round" is never one its reports call the second
            reach = [k for k in reach if not other_ordinal(ordinal, events[k], claim_of)]
        key = None if memo is None else recall_key(c, reach, memo.sources, digest)
        if key is not None and type(hit := memo.known.get(key)) is int and -1 <= hit < len(reach):
            k = None if hit < 0 else reach[hit]
            memo.hits += 1
        else:
            scored = sorted(((likeness(c, events[k], reading(k), who, vector, centroid(k)), k)
                             for k in reach), reverse=True)
            k = None
            if scored and scored[0][0] >= LINK and (len(scored) == 1
                                                    or scored[0][0] - scored[1][0] >= MARGIN) \
                    and c.source not in events[scored[0][1]].sources:
                k = scored[0][1]
        if key is not None:
            memo.made[key] = -1 if k is None else reach.index(k)
        if k is not None:
            joined[k].append(replace(c, basis="linked", when=events[k].when))
    if not joined:
        return events, claims
    out = []
    for k, e in enumerate(events):
        if k in joined:
            members = [claim_of[c] for c in e.claims] + joined[k]
            e = rebuild(e, members, by_id)
        out.append(e)
    linked = [c for k in sorted(joined) for c in joined[k]]
    order = {s.id: i for i, s in enumerate(sources)}
    every = sorted((*claims, *linked), key=lambda c: (order[c.source], c.start, c.basis == "linked"))
    return tuple(out), tuple(every)


def recall_key(c: Claim, reach: list[int], sources: Mapping[str, str],
               digest: Callable[[int], bytes]) -> str | None:
    """The digest of what linking ``c`` reads (``Recalled``), or None where a report's digest
    is not known (nothing is then reused)."""
    if c.source not in sources:
        return None
    h = hashlib.sha256(sources[c.source].encode() + b"\x00" + c.id.encode("utf-8", "surrogatepass"))
    try:
        for k in reach:
            h.update(digest(k))
    except KeyError:  # a claim of a report whose digest is not known
        return None
    return h.hexdigest()


# a happening named by its place in a series: "the latest round", "the first trilateral meeting"
SERIES = r"(?:\s+[a-z-]+){0,2}\s+(?:round|meeting|summit|session|exchange|swap)\b"
LATEST = re.compile(rf"\b(?:latest|last|most\s+recent){SERIES}", re.IGNORECASE)
# a statement naming no one that says it looks back: "Once the delegations had held their
# talks in Abu Dhabi", "the previous round", "the first trilateral meeting" (in a report's own
# account, "The Russian side also handed over a memorandum" is its news of the day)
LOOKS_BACK = re.compile(rf"\b(?:had\s+(?:already\s+)?(?:been\s+)?[a-z]{{3,}}|earlier|previous(?:ly)?|"
                        rf"(?:latest|last|most\s+recent|first|second|third|fourth|fifth){SERIES})",
                        re.IGNORECASE)
ORDINAL = re.compile(rf"\b(?P<n>first|second|third|fourth|fifth|sixth){SERIES}", re.IGNORECASE)


def other_ordinal(ordinal: re.Match[str], event: Event, claim_of: dict[str, Claim]) -> bool:
    """Do the event's claims number it in its series, never as ``ordinal`` does?"""
    said = {m["n"].lower() for cid in event.claims[:EVENT_REACH]
            for m in ORDINAL.finditer(claim_of[cid].text)}
    return bool(said) and ordinal["n"].lower() not in said


def likeness(c: Claim, event: Event, reading: Reading, who: str | None,
             vector: Callable[[Claim], dict[str, float]], centroid: dict[str, float]) -> float:
    """How alike an undated statement and an event are: the cosine of the statement and the
    event's centroid, or of the statement and the closest of the event's claims its agent
    leads (0 below ``WORDS``), plus the share of the event its agent leads, the same kind of
    happening, a place they share; less a place the event never names ("Speaking in
    Vladivostok" is not the proposal made in Beijing). Naming no one (``who`` None), it must
    name a kind of happening the event's sentences name, and one of the event's places."""
    mine = vector(c)
    score = max([cosine(mine, centroid), *(cosine(mine, vector(m)) for m in reading.led.get(who, ()))])
    if score < WORDS:
        return 0.0
    kind = claim_what(c)
    if who is None and (not kinds_in(c.text) & reading.told or not set(c.places) & set(event.places[:2])):
        return 0.0  # naming no one: the same kind of happening in the same place, or nothing
    if who is not None:
        score += AGENT_SHARE * reading.agents.get(who, 0) / max(1, sum(reading.agents.values()))
    if kind is not None and kind in reading.kinds:
        score += SAME_WHAT
    if set(c.places) & set(event.places[:2]):
        score += PLACE
    if set(c.places) - reading.places:
        score -= OTHER_PLACE
    return score


@dataclass(frozen=True)
class Reading:
    """What a statement is compared with in an event, of its first ``EVENT_REACH`` claims: how
    many of them each agent leads, each agent's first ``LED`` of them, the kinds of happening
    and the places they name."""

    agents: dict[str, int]
    led: dict[str, list[Claim]]
    kinds: set[str]
    places: set[str]
    told: frozenset[str]  # every kind of happening its sentences name


def kinds_in(text: str) -> frozenset[str]:
    """Every kind of happening a sentence names (happenings.yaml), in its first few hundred
    characters."""
    return kinds_between(text, 0, 2 * WHAT_REACH)
