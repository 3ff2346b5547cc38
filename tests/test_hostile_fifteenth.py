"""What the fifteenth hostile sweep found (memory, and the newest reading and headline rules)
and was fixed: docs/benchmarks.md, "A fifteenth sweep"."""

from __future__ import annotations

import tracemalloc
from dataclasses import dataclass

from generator.render import Reuse


@dataclass(frozen=True)
class _Big:
    text: str
    n: int


def test_the_page_cache_keeps_a_digest_per_value_not_its_repr() -> None:
    """render.Reuse kept the ``repr`` of every value a page was given, for the build's whole
    render: each claim of a 2 MB sentence held the sentence again (format marks escaped six
    times over), 803 MB for one article (the fourteenth sweep). It keeps 32 bytes a value."""
    sentence = "\u202eبوتين\u200b\u0651 " * 20_000  # 200,000 characters, 6 escapes each
    values = [_Big(sentence, n) for n in range(20)]  # twenty claims of one sentence
    reuse = Reuse()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        for n, value in enumerate(values):
            reuse.text(f"events/{n}.md", ("event", value, *values[:3]), lambda: "page")
        kept = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    assert kept < 200_000, kept  # (the reprs: some 40 MB)


def test_the_digest_still_tells_values_apart() -> None:
    first = Reuse()
    a, b = _Big("x" * 1000, 1), _Big("x" * 1000, 2)
    first.text("k", (a,), lambda: "one")
    again = Reuse(first.made)
    assert again.text("k", (_Big("x" * 1000, 1),), lambda: "made") == "one" and again.hits == 1
    assert Reuse(first.made).text("k", (b,), lambda: "made") == "made"
    assert Reuse(first.made).text("k", (a, a), lambda: "made") == "made"


def test_the_events_of_one_sentence_share_its_summary() -> None:
    """Each event of one long sentence kept a folded copy of the sentence as its summary (a
    2 MB sentence of 20 dates: 20 copies, 19 MB of 29 kept after extracting 500 KB). One copy
    is shared now; the summaries are the same."""
    from generator.pipeline import extract
    from generator.sources import parse_source

    days = " ".join(f"on {d} May {1990 + d}, Putin met Zelensky{d} in Kyiv" for d in range(1, 21))
    raw = ("---\ntitle: A\nurl: https://example.com/a\npublished: 2025-09-03\n---\n"
           + days + " and talked " * 2000 + ".\n")
    source, problems = parse_source(raw, "a.md", "a")
    assert source is not None, problems
    events = extract((source,)).events
    long = [e for e in events if len(e.summary) > 10_000]
    assert len(long) > 5
    assert len({id(e.summary) for e in long}) == 1


def test_the_claims_of_a_long_sentence_weigh_its_opening_words_only() -> None:
    """Each claim of a sentence had a vector of every word of the sentence, so the 20 claims of
    a 500 KB sentence of numbers held 20 vectors of 100,000 words (a build's peak 252 MB; 58 MB
    now). Merging reads a sentence's first ``FEATURE_REACH`` characters: every real one whole."""
    import datetime as dt

    from generator.events import FEATURE_REACH, _bags
    from generator.features import features
    from generator.model import Claim, TimeValue

    day = TimeValue(dt.date(2025, 5, 3), dt.date(2025, 5, 3), "day")
    text = "Putin met Zelensky on 3 May " + " ".join(str(n) for n in range(10, 30_000)) + "."
    claims = [Claim(f"c{k}", "s", text, 0, len(text), 1, day, "explicit") for k in range(20)]
    assert all(len(bag) < FEATURE_REACH // 4 for bag in _bags(claims))
    short = "Putin met Zelensky in Istanbul on 3 May, 1,200 prisoners were swapped."
    assert _bags([Claim("a", "s", short, 0, len(short), 1, day, "explicit")]) == [features(short)]
