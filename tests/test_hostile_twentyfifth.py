"""What the twenty-fifth hostile sweep found (session 31's reading rules, incr24's caches) and
was fixed: docs/benchmarks.md, "A twenty-fifth sweep"."""

from __future__ import annotations

from generator.text import vocabulary
from tests.conftest import timeline_of


def test_a_wire_sign_off_takes_its_spaces_whole() -> None:
    """Session 31's wire sign-off ("BSS/AFP/MKH/0935 hrs") read two runs of spaces about its
    optional "hrs" ("\\s*(?:hrs)?\\s*$"), tried at every split of a run of spaces after the
    filing time that did not end its paragraph: 20 KB of spaces, 1.1 CPU s to tell it was no
    furniture; 80 KB, 17 s (f25-signoff-spaces). Each run is taken whole: the same matches.
    (A guard: what it matches is as before, on main too; the time, which no test asserts, is
    in docs/benchmarks.md.)"""
    furniture = vocabulary().furniture
    for line in ("BSS/AFP/MKH/0935 hrs", "BSS/AFP/MKH/0935", "BSS/AFP/0935hrs  ", "AP/AFP/MKH/1200 hours"):
        assert furniture.match(line), line
    for line in ("BSS/AFP/MKH/0935" + " " * 3000 + "x", "BSS/AFP/MKH/0935 hrs Putin met Biden.", "BSS/0935 hrs"):
        assert furniture.match(line) is None, line[:40]
    tl = timeline_of("Putin met Xi on Monday.\n\nBSS/AFP/MKH/0935" + " " * 4000 + "and Putin met Biden on Tuesday.",
                     published=lambda i: "2025-09-12")
    assert [str(c.when.start) for c in tl.claims] == ["2025-09-08", "2025-09-09"]
