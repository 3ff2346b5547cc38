"""Invariants of the whole extraction on arbitrary article text."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.pipeline import extract
from generator.sources import parse_source

WORDS = st.sampled_from([
    "Putin", "Zelensky", "said", "on", "Monday", "last", "week", "in", "2019", "Moscow",
    "Istanbul", "talks", "the", "Kremlin", "invited", "May", "may", ".", ",", "\n", "“", "”",
    "according", "to", "Peskov", "February", "2022", "weekend", "ago", "three", "days", "<b>",
    "{{", "}}", "[x](javascript:alert(1))", "é", "—",
])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.lists(WORDS, min_size=1, max_size=30).map(" ".join), min_size=1, max_size=4),
       st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2030, 12, 31)))
def test_every_claim_indexes_its_sentence_and_lands_in_one_event(bodies, published) -> None:
    sources = []
    for i, body in enumerate(bodies):
        raw = (f"---\ntitle: T{i}\nurl: https://e.com/{i}\npublished: {published.isoformat()}\n"
               f"---\n{body}\n")
        source, problems = parse_source(raw, f"s{i}.md", f"s{i}")
        if source is not None:
            sources.append(source)
    timeline = extract(tuple(sources))
    raw_of = {s.id: s.raw for s in timeline.sources}
    for c in timeline.claims:
        assert raw_of[c.source][c.start:c.end] == c.text
        if c.timex:
            assert raw_of[c.source][c.timex.start:c.timex.end] == c.timex.text
    members = sorted(cid for e in timeline.events for cid in e.claims)
    assert members == sorted(c.id for c in timeline.claims)
    assert len(set(members)) == len(members)
