"""Pure: claims -> events. Claims of one or more sources about the same happening merge.

The first rule (to be refined): two claims belong to one event when they give the same date at
the same granularity and their sentences are alike (TF-IDF cosine over content words). A
statement dated only by its report needs a closer likeness than one with an explicit date,
since one day's news holds several happenings. The undated statements of one report are its
news of that day and stay together.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections import Counter, defaultdict

from generator.model import Claim, Event, Source, TimeValue

WORD = re.compile(r"[^\W\d_][\w’'-]*[^\W_]", re.UNICODE)
STOPWORDS = frozenset("""
a about above after again against all also although among an and any are as at be because been
before being between both but by can could did do does during each even for from further had has
have having he her here his how however i if in into is it its itself just more most much must
my no nor not now of on once only or other our out over own same she should so some such than
that the their them then there these they this those through to too under until up very was we
were what when where which while who whom why will with would yet you your said says
""".split())
THRESHOLD_EXPLICIT = 0.10
THRESHOLD_PUBLICATION = 0.25


def terms(text: str) -> list[str]:
    """Content words, lower-cased, with a plural 's' dropped (a crude but stable stem)."""
    out = []
    for w in WORD.findall(text.lower()):
        w = w.replace("’", "'").split("'")[0]
        if len(w) < 3 or w in STOPWORDS:
            continue
        out.append(w[:-1] if w.endswith("s") and len(w) > 4 else w)
    return out


def vectors(claims: tuple[Claim, ...]) -> dict[str, dict[str, float]]:
    """Unit TF-IDF vectors of claim sentences (IDF over the distinct sentences given)."""
    sentences = {c.text for c in claims}
    df: Counter[str] = Counter()
    for s in sentences:
        df.update(set(terms(s)))
    n = len(sentences)
    out: dict[str, dict[str, float]] = {}
    for c in claims:
        tf = Counter(terms(c.text))
        vec = {t: k * (math.log((1 + n) / (1 + df[t])) + 1) for t, k in tf.items()}
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        out[c.id] = {t: v / norm for t, v in vec.items()}
    return out


def cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b.get(t, 0.0) for t, v in a.items())


def _order(claim: Claim, published: dict[str, str]) -> tuple[str, str, int]:
    return (published[claim.source], claim.source, claim.start)


def shorten(text: str, limit: int = 120) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    return text[: cut if cut > 40 else limit].rstrip(",;:—- ") + "…"


def conflicts_of(claims: list[Claim]) -> tuple[dict, ...]:
    """Versions of the date where an event's claims do not all overlap: never pick silently."""
    versions: dict[TimeValue, list[Claim]] = defaultdict(list)
    for c in claims:
        versions[c.when].append(c)
    whens = list(versions)
    if all(a.overlaps(b) for a in whens for b in whens):
        return ()
    return tuple(
        {"when": w.to_json(), "claims": [c.id for c in versions[w]],
         "sources": sorted({c.source for c in versions[w]})}
        for w in sorted(whens, key=lambda w: (w.start, w.end, w.granularity))
    )


def merge_events(claims: tuple[Claim, ...], sources: tuple[Source, ...]) -> tuple[Event, ...]:
    """Group claims into events; deterministic whatever the order of ``claims``."""
    published = {s.id: s.published.isoformat() for s in sources}
    claims = tuple(sorted(claims, key=lambda c: (_order(c, published), c.id)))
    vec = vectors(claims)
    by_date: dict[TimeValue, list[Claim]] = defaultdict(list)
    for c in claims:
        by_date[c.when].append(c)
    groups: list[list[Claim]] = []
    for when in sorted(by_date, key=lambda w: (w.start, w.end, w.granularity)):
        members = by_date[when]
        parent = list(range(len(members)))

        def find(i: int) -> int:
            while parent[i] != i:
                parent[i] = parent[parent[i]]
                i = parent[i]
            return i

        for i, a in enumerate(members):
            for j in range(i + 1, len(members)):
                b = members[j]
                if a.source == b.source and a.basis == b.basis == "publication":
                    # one report's own news: its lead and the statements it reports
                    parent[find(j)] = find(i)
                    continue
                threshold = THRESHOLD_EXPLICIT if a.basis == b.basis == "explicit" \
                    else THRESHOLD_PUBLICATION
                if cosine(vec[a.id], vec[b.id]) >= threshold:
                    parent[find(j)] = find(i)
        clusters: dict[int, list[Claim]] = defaultdict(list)
        for i, c in enumerate(members):
            clusters[find(i)].append(c)
        groups.extend(clusters[k] for k in sorted(clusters))
    events = []
    for group in groups:
        first = group[0]
        event_id = "e-" + hashlib.sha1(first.id.encode()).hexdigest()[:10]
        event_sources = []
        for c in group:
            if c.source not in event_sources:
                event_sources.append(c.source)
        events.append(Event(event_id, shorten(first.text), first.when,
                            tuple(c.id for c in group), tuple(event_sources),
                            conflicts_of(group)))
    return tuple(sorted(events, key=lambda e: (e.when.start, e.when.end, e.id)))
