"""Event pages tell a reader what outlets disagree on, what was planned, what is background."""

from __future__ import annotations

import datetime as dt

from generator.model import Claim, Event, Source, TimeValue, Timex
from generator.render import claim_status, versions


def _day(text: str) -> TimeValue:
    d = dt.date.fromisoformat(text)
    return TimeValue(d, d, "day")


SOURCES = {
    "y": Source("y", "y.md", "https://y.example/a", "t", dt.date(2025, 5, 16), "", 0, outlet="Ynetnews"),
    "h": Source("h", "h.md", "https://h.example/a", "t", dt.date(2025, 5, 16), "", 0, outlet="Hürriyet"),
    "c": Source("c", "c.md", "https://c.example/a", "t", dt.date(2025, 5, 17), "", 0, outlet="Censor.NET"),
}


def _claim(cid: str, sid: str, day: str) -> Claim:
    return Claim(cid, sid, f"The talks opened on {day} [in Istanbul].", 0, 10, 1, _day(day),
                 "explicit", Timex(0, 3, day, "DATE", day))


def test_a_disagreement_reads_as_dates_and_outlets() -> None:
    claims = {c.id: c for c in (_claim("c1", "y", "2025-05-15"), _claim("c2", "h", "2025-05-15"),
                                _claim("c3", "c", "2025-05-16"))}
    conflicts = (
        {"when": _day("2025-05-15").to_json(), "claims": ["c1", "c2"], "sources": ["h", "y"],
         "independent": 2},
        {"when": _day("2025-05-16").to_json(), "claims": ["c3"], "sources": ["c"], "independent": 1},
    )
    event = Event("e-1", "Talks open in Istanbul", _day("2025-05-15"), tuple(claims), ("y", "h", "c"),
                  conflicts)
    got = versions(event, claims, SOURCES)
    assert [v["line"] for v in got] == [
        '<strong>15 May 2025</strong>: <a href="../../sources/h/">Hürriyet</a>, '
        '<a href="../../sources/y/">Ynetnews</a>',
        '<strong>16 May 2025</strong>: <a href="../../sources/c/">Censor.NET</a>']
    assert [[c.id for c in v["claims"]] for v in got] == [["c1", "c2"], ["c3"]]
    assert "2025-05-15" not in " ".join(v["line"] for v in got)  # never a raw ISO date


def test_a_date_ahead_of_its_report_is_a_plan() -> None:
    assert claim_status(_claim("c1", "y", "2025-05-16"), SOURCES["y"]) == "happened"
    assert claim_status(_claim("c1", "y", "2025-05-20"), SOURCES["y"]) == "planned"


def test_a_span_of_days_reads_as_one() -> None:
    from generator.render import date_label

    span = TimeValue(dt.date(2026, 2, 4), dt.date(2026, 2, 5), "day")
    assert date_label(span) == "4–5 February 2026"
    across = TimeValue(dt.date(2026, 1, 31), dt.date(2026, 2, 1), "day")
    assert date_label(across) == "31 January 2026 – 1 February 2026"
    assert date_label(_day("2026-02-04")) == "4 February 2026"


def test_a_moved_plan_reads_as_planned_then_held() -> None:
    claims = {c.id: c for c in (_claim("c1", "y", "2025-05-15"), _claim("c3", "c", "2025-05-16"))}
    conflicts = (
        {"when": _day("2025-05-15").to_json(), "claims": ["c1"], "sources": ["y"],
         "independent": 1, "planned": True},
        {"when": _day("2025-05-16").to_json(), "claims": ["c3"], "sources": ["c"], "independent": 1},
    )
    event = Event("e-1", "Talks open in Istanbul", _day("2025-05-16"), tuple(claims), ("y", "c"),
                  conflicts)
    got = versions(event, claims, SOURCES)
    assert [v["line"] for v in got] == [
        '<strong>15 May 2025 (planned)</strong>: <a href="../../sources/y/">Ynetnews</a>',
        '<strong>16 May 2025</strong>: <a href="../../sources/c/">Censor.NET</a>']
    assert [v["planned"] for v in got] == [True, False]


def test_a_coarser_date_does_not_make_a_planned_day_happen() -> None:
    """Talks planned for 20 May (ahead of every report) and a report's "in 2025" recalling the
    invitation: the event is planned, not happened."""
    from generator.render import _basis

    year = TimeValue(dt.date(2025, 1, 1), dt.date(2025, 12, 31), "year")
    recalled = Claim("c2", "c", "In 2025, Zelensky invited Putin to talks.", 0, 10, 1, year,
                     "explicit", Timex(3, 7, "2025", "DATE", "2025"))
    claims = {c.id: c for c in (_claim("c1", "y", "2025-05-20"), recalled)}
    event = Event("e-1", "Talks planned", _day("2025-05-20"), tuple(claims), ("y", "c"))
    assert _basis(event, claims, SOURCES) == "planned"


def test_a_version_lists_each_sentence_once() -> None:
    """"ordered a halt on Friday (23 April)": two claims of one sentence give the version; the
    disagreement box quotes the sentence once."""
    from dataclasses import replace

    friday = _claim("c1", "c", "2025-05-16")
    same = replace(friday, id="c2", timex=Timex(5, 8, "16 May", "DATE", "2025-05-16"))
    claims = {c.id: c for c in (_claim("c0", "y", "2025-05-15"), friday, same)}
    conflicts = (
        {"when": _day("2025-05-15").to_json(), "claims": ["c0"], "sources": ["y"], "independent": 1},
        {"when": _day("2025-05-16").to_json(), "claims": ["c1", "c2"], "sources": ["c"],
         "independent": 1},
    )
    event = Event("e-1", "Talks open in Istanbul", _day("2025-05-15"), tuple(claims), ("y", "c"),
                  conflicts)
    assert [[c.id for c in v["claims"]] for v in versions(event, claims, SOURCES)] == [["c0"], ["c1"]]
