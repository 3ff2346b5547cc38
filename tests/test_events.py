"""Merging claims into events: seeds' look-alike happenings stay apart; invariants hold."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
import yaml

from generator.entities import load_registry
from generator.events import _bags, _zone_shift, merge_events, vectors
from generator.features import Frequencies
from generator.pipeline import extract, frequencies
from generator.sources import load_sources
from tests.conftest import FIXTURES

GOLD_EVENTS = yaml.safe_load((FIXTURES / "seed_events.yaml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def timeline():
    sources, _ = load_sources([Path("sources")])
    return extract(sources)


def own_weights(claims: tuple) -> Frequencies:
    """Weights counted over the claims' own sentences: what merging weighed words by when not
    given a corpus's, before the fixed word table (events.word_table). The tests of a rule on
    two or three made-up sentences were written at the likeness these give (every word of a
    three-sentence corpus is rare or shared), and keep testing the rule at it."""
    seen = {}
    for c, bag in zip(claims, _bags(claims), strict=True):
        seen.setdefault(c.text, bag)
    df = {}
    for bag in seen.values():
        for t in bag:
            df[t] = df.get(t, 0) + 1
    return Frequencies(len(seen), df)


def event_of(timeline, source_url: str, date: str):
    url_source = {s.url: s.id for s in timeline.sources}
    out = set()
    for e in timeline.events:
        claims = [c for c in timeline.claims if c.id in e.claims]
        if any(c.source == url_source[source_url] and c.when.start.isoformat() == date
               for c in claims):
            out.add(e.id)
    return out


def test_every_claim_lands_in_exactly_one_event(timeline) -> None:
    ids = [cid for e in timeline.events for cid in e.claims]
    assert sorted(ids) == sorted(c.id for c in timeline.claims)


def test_input_order_does_not_change_events(timeline) -> None:
    shuffled = list(timeline.claims)
    random.Random(7).shuffle(shuffled)
    freq = frequencies(timeline.sources, load_registry())
    assert merge_events(tuple(shuffled), timeline.sources, freq) == timeline.events


def test_beijing_and_vladivostok_stay_apart(timeline) -> None:
    gold = {e["id"]: e for e in GOLD_EVENTS}
    beijing = event_of(timeline, gold["putin-invites-zelensky-beijing"]["sources"][0], "2025-09-03")
    vladivostok = event_of(timeline, gold["putin-offers-moscow-with-guarantees"]["sources"][0],
                           "2025-09-05")
    assert beijing and vladivostok and not beijing & vladivostok


def test_ushakov_and_peskov_stay_apart(timeline) -> None:
    gold = {e["id"]: e for e in GOLD_EVENTS}
    ushakov = event_of(timeline, gold["ushakov-renews-invitation"]["sources"][0], "2026-01-28")
    peskov = event_of(timeline, gold["kremlin-reiterates-no-reply"]["sources"][0], "2026-01-29")
    assert ushakov and peskov and not ushakov & peskov


def test_full_scale_war_is_one_event_from_two_outlets(timeline) -> None:
    gold = {e["id"]: e for e in GOLD_EVENTS}["full-scale-war"]
    found = set.union(*(event_of(timeline, url, "2022-02-01") for url in gold["sources"]))
    assert len(found) == 1
    event = next(e for e in timeline.events if e.id in found)
    assert len(event.sources) == 2


def test_gold_events_with_distinct_dates_are_distinct_events(timeline) -> None:
    """No event mixes two gold happenings that have different dates."""
    for e in timeline.events:
        claims = [c for c in timeline.claims if c.id in e.claims]
        assert len({(c.when.start, c.when.end) for c in claims}) == 1 or e.conflicts


def test_event_ids_do_not_depend_on_titles(timeline) -> None:
    """Editors retitle events (curation) and outlets retitle articles: no event id moves."""
    from dataclasses import replace

    from generator.curation import Decision

    retitle = tuple(Decision("title", (e.id,), "clearer", "curation.yaml", 1, text=f"Edited {i}")
                    for i, e in enumerate(timeline.events))
    edited = extract(timeline.sources, retitle)
    assert [e.title for e in edited.events] == [f"Edited {i}" for i in range(len(retitle))]
    assert [e.id for e in edited.events] == [e.id for e in timeline.events]
    renamed = tuple(replace(s, title=f"Another headline {i}")
                    for i, s in enumerate(timeline.sources))
    again = extract(renamed)
    assert {s.title for s in again.sources} != {s.title for s in timeline.sources}
    assert {e.id for e in again.events} == {e.id for e in timeline.events}


HAPPENING_EXAMPLES = yaml.safe_load(
    (Path(__file__).resolve().parent.parent / "generator/data/happenings.yaml").read_text())["examples"]


@pytest.mark.parametrize("case", HAPPENING_EXAMPLES, ids=lambda c: c["kind"])
def test_happening_examples(case: dict) -> None:
    from generator.events import what

    assert what(case["text"], case["text"].index(case["date"])) == case["kind"]


def test_conflicting_days_are_listed_not_picked() -> None:
    import datetime as dt

    from generator.model import Claim, Source, TimeValue, Timex

    def source(sid: str, url: str) -> Source:
        return Source(sid, f"{sid}.md", url, "t", dt.date(2025, 9, 4), "x", 0)

    def claim(cid: str, sid: str, day: int, text: str) -> Claim:
        when = TimeValue(dt.date(2025, 9, day), dt.date(2025, 9, day), "day")
        timex = Timex(0, 3, "Wed", "DATE", when.start.isoformat())
        return Claim(cid, sid, text, 0, len(text), 1, when, "explicit", timex,
                     actors=("vladimir-putin",), mentions=((0, 5, "vladimir-putin"),))

    sources = (source("a", "https://a.example/1"), source("b", "https://b.example/2"))
    claims = (claim("c-1", "a", 3, "Putin invited Zelensky to Moscow in Beijing on Wednesday"),
              claim("c-2", "b", 4, "Putin invited Zelensky to Moscow in Beijing on Thursday"))
    (event,) = merge_events(claims, sources)
    assert [v["when"]["start"] for v in event.conflicts] == ["2025-09-03", "2025-09-04"]
    assert event.when.start == dt.date(2025, 9, 3)  # a tie: the earliest reported version


def test_a_crowded_date_compares_by_weightiest_features(monkeypatch: pytest.MonkeyPatch) -> None:
    """Very many units on one date (a huge or hostile source) are not all compared pairwise:
    units sharing a weighty feature still merge, every claim in one event, as when all are
    compared."""
    import datetime as dt

    import generator.events as events
    from generator.model import Claim, Source, TimeValue, Timex

    when = TimeValue(dt.date(2025, 5, 16), dt.date(2025, 5, 16), "day")
    sources = tuple(Source(f"s{i}", f"s{i}.md", f"https://s{i}.example/a", "t",
                           dt.date(2025, 5, 17), "x", 0) for i in range(2))

    def claim(cid: str, sid: str, text: str) -> Claim:
        timex = Timex(0, 6, "May 16", "DATE", "2025-05-16")
        return Claim(cid, sid, text, 0, len(text), 1, when, "explicit", timex)

    filler = [claim(f"c-{i:03d}", "s0", f"Officials discussed topic{i} and issue{i} on May 16")
              for i in range(30)]
    pair = [claim("c-x1", "s0", "Delegations met in Istanbul for prisoner exchange on May 16"),
            claim("c-x2", "s1", "Delegations agreed a prisoner exchange in Istanbul on May 16")]
    everything = tuple(filler + pair)
    full = merge_events(everything, sources)
    monkeypatch.setattr(events, "CROWDED", 10)
    crowded = merge_events(everything, sources)
    assert crowded == merge_events(tuple(reversed(everything)), sources)  # still deterministic
    assert sorted(c for e in crowded for c in e.claims) == sorted(c.id for c in everything)
    together = [e for e in crowded if "c-x1" in e.claims]
    assert together and "c-x2" in together[0].claims  # the rare shared words still merge them
    assert {frozenset(e.claims) for e in crowded} == {frozenset(e.claims) for e in full}


# --- happenings: a report's day is one unit; neighbouring days; background ----------------

import datetime as _dt  # noqa: E402
from dataclasses import replace  # noqa: E402

from generator.model import Attribution, Claim, Source, TimeValue, Timex  # noqa: E402


def _source(sid: str, published: str) -> Source:
    return Source(sid, f"{sid}.md", f"https://{sid}.example/a", "t",
                  _dt.date.fromisoformat(published), "x", 0)


def _claim(cid: str, sid: str, text: str, day: str, start: int = 0, basis: str = "explicit",
           mentions: tuple = (), actors: tuple = ()) -> Claim:
    d = _dt.date.fromisoformat(day)
    timex = Timex(start, start + 6, "Monday", "DATE", day) if basis == "explicit" else None
    return Claim(cid, sid, text, start, start + len(text), 1, TimeValue(d, d, "day"), basis,
                 timex, None, actors, (), mentions)


def _spanning(claim: Claim, end: str, granularity: str) -> Claim:
    """The claim dated from its day to ``end`` at ``granularity``."""
    from dataclasses import replace

    return replace(claim, when=TimeValue(claim.when.start, _dt.date.fromisoformat(end), granularity))


def test_a_reports_claims_of_one_day_are_one_event() -> None:
    sources = (_source("a", "2025-05-12"),)
    claims = (
        _claim("c1", "a", "Putin proposed direct talks in Istanbul on Sunday.", "2025-05-11"),
        _claim("c2", "a", "The Kremlin leader spoke to reporters late on Sunday night.",
               "2025-05-11", 100),
        _claim("c3", "a", "He said Kyiv should answer quickly.", "2025-05-12", 200, "publication"),
    )
    events = merge_events(claims, sources)
    assert [sorted(e.claims) for e in events] == [["c1", "c2"], ["c3"]]


def test_one_sentence_naming_two_days_is_one_happening() -> None:
    from generator.claims import extract_claims
    from generator.text import source_sentences

    raw = ("---\ntitle: t\nurl: https://a.example/a\npublished: 2026-01-26\n---\n"
           "The talks took place on Friday and Saturday in the UAE capital, officials said.\n")
    source = Source("a", "a.md", "https://a.example/a", "t", _dt.date(2026, 1, 26), raw,
                    raw.index("The talks"))
    (claim,) = extract_claims(source, source_sentences(source))
    assert claim.timex.text == "Friday and Saturday"
    assert (claim.when.start, claim.when.end) == (_dt.date(2026, 1, 23), _dt.date(2026, 1, 24))


def test_neighbouring_days_of_one_report_stay_apart() -> None:
    sources = (_source("a", "2025-09-06"),)
    claims = (
        _claim("c1", "a", "Putin invited Zelensky to Moscow on Wednesday in Beijing.", "2025-09-03"),
        _claim("c2", "a", "Zelensky invited Putin to Kyiv on Thursday in Paris.", "2025-09-04", 80),
    )
    assert len(merge_events(claims, sources)) == 2


def test_neighbouring_days_need_the_same_agent_across_reports() -> None:
    putin = ((0, 5, "vladimir-putin"),)
    zelensky = ((0, 8, "volodymyr-zelensky"),)
    sources = (_source("a", "2025-09-05"), _source("b", "2025-09-05"))
    text_a = "Putin renewed his invitation to meet in Moscow on Wednesday, the Kremlin said."
    text_b = "Zelensky renewed his invitation to meet in Kyiv on Thursday, his office said."
    claims = (_claim("c1", "a", text_a, "2025-09-03", mentions=putin, actors=("vladimir-putin",)),
              _claim("c2", "b", text_b, "2025-09-04", mentions=zelensky,
                     actors=("volodymyr-zelensky",)))
    assert len(merge_events(claims, sources, own_weights(claims))) == 2
    same = (claims[0], _claim("c3", "b", text_a.replace("Wednesday", "Thursday"), "2025-09-04",
                              mentions=putin, actors=("vladimir-putin",)))
    (event,) = merge_events(same, sources)
    assert [v["when"]["start"] for v in event.conflicts] == ["2025-09-03", "2025-09-04"]


def test_a_publication_date_is_no_version_of_a_disagreement() -> None:
    from generator.events import conflicts_of

    said = _claim("c1", "a", "Putin offered talks on Sunday.", "2025-05-11")
    reported = _claim("c2", "b", "Putin has offered talks.", "2025-05-12", 0, "publication")
    assert conflicts_of([said, reported], {said.when: 1, reported.when: 1}) == ()


def test_background_is_what_every_report_recalls_in_passing() -> None:
    sources = (_source("a", "2025-05-12"), _source("b", "2022-02-25"))
    old = _claim("c1", "a", "Russia launched its full-scale invasion on February 24, 2022.",
                 "2022-02-24")
    (event,) = merge_events((old,), sources[:1])
    assert event.kind == "background"
    news = _claim("c2", "b", "Russia launched a full-scale invasion of Ukraine on Thursday, "
                  "February 24, 2022.", "2022-02-24")
    kinds = {e.kind for e in merge_events((old, news), sources)}
    assert "happening" in kinds


def test_a_span_of_days_and_a_day_within_it_are_one_date() -> None:
    sources = (_source("a", "2026-01-26"), _source("b", "2026-01-24"))
    span = _spanning(_claim("c1", "a", "US, Russian and Ukrainian officials held trilateral talks "
                            "in Abu Dhabi on January 23-24.", "2026-01-23"), "2026-01-24", "day")
    day = _claim("c2", "b", "Trilateral talks between US, Russian and Ukrainian officials opened in "
                 "Abu Dhabi on Friday.", "2026-01-23")
    (event,) = merge_events((span, day), sources)
    assert not event.conflicts


def test_days_that_run_into_a_weekend_meet_it() -> None:
    sources = (_source("a", "2026-01-26"), _source("b", "2026-01-27"))
    span = _spanning(_claim("c1", "a", "US, Russian and Ukrainian officials held trilateral talks "
                            "in Abu Dhabi on Friday and Saturday.", "2026-01-23"), "2026-01-24", "day")
    weekend = _spanning(_claim("c2", "b", "The trilateral talks US, Russian and Ukrainian officials "
                               "held in Abu Dhabi last weekend ended without a deal.", "2026-01-24"),
                        "2026-01-25", "weekend")
    (event,) = merge_events((span, weekend), sources)
    assert not event.conflicts


def test_a_reports_undated_account_meets_the_day_before_it_names() -> None:
    # an AFP-style report published the morning after a call: its one dated sentence names the
    # call's day, the rest of its account is dated by the report only; a second outlet dates
    # the same call by its own report's day. One happening, two dates: shown, not picked.
    putin = ((0, 5, "vladimir-putin"),)
    sources = (_source("a", "2025-08-19"), _source("b", "2025-08-19"))
    claims = (
        _claim("c1", "a", "Putin mentioned Moscow during a phone call with Trump on August 18, "
               "one of the interlocutors said.", "2025-08-18"),
        _claim("c2", "a", "In a phone call with Trump, Putin proposed holding a meeting with "
               "Zelensky in Moscow, the agency reports.", "2025-08-19", 100, "publication",
               mentions=putin, actors=("vladimir-putin",)),
        _claim("c3", "b", "After the phone call with Putin on Monday, Trump said he had started "
               "arranging a meeting between Putin and Zelensky.", "2025-08-19", 0,
               mentions=((0, 5, "donald-trump"),), actors=("donald-trump",)),
    )
    events = merge_events(claims, sources)
    (event,) = [e for e in events if "c1" in e.claims]
    assert "c2" in event.claims  # the report's own account of the day before
    # and the other outlet's report of the call, dated a day later, stands in the same event
    # (neighbouring days of other reports are compatible, though never linked on their own)
    assert "c3" in event.claims
    assert [v["when"]["start"] for v in event.conflicts] == ["2025-08-18", "2025-08-19"]
    told_first = merge_events((claims[0], _claim("c4", "a", claims[1].text, "2025-08-17", 100,
                                                  "publication")), sources)
    assert len(told_first) == 2  # only a date before the report is told later



def _dated(cid: str, sid: str, text: str, date_text: str, day: str) -> Claim:
    """A claim whose date expression ``date_text`` stands where it is in ``text``."""
    from dataclasses import replace

    at = text.index(date_text)
    claim = _claim(cid, sid, text, day)
    return replace(claim, timex=Timex(at, at + len(date_text), date_text, "DATE", day))


def test_a_plan_and_the_later_day_it_happened_are_one_happening_whose_date_moved() -> None:
    from generator.events import planned

    sources = (_source("a", "2026-01-30"), _source("b", "2026-02-01"), _source("c", "2026-02-05"))
    scheduled = _dated("c1", "a", "Another round of trilateral talks in Abu Dhabi is scheduled "
                       "for Sunday.", "Sunday", "2026-02-01")
    also = _dated("c2", "b", "The trilateral talks in Abu Dhabi, planned for February 1, "
                  "were put off.", "February 1", "2026-02-01")
    held = _dated("c3", "c", "The trilateral talks in Abu Dhabi were finally held on Wednesday.",
                  "Wednesday", "2026-02-04")
    assert planned(scheduled, sources[0].published) and planned(also, sources[1].published)
    assert not planned(held, sources[2].published)
    (event,) = merge_events((scheduled, also, held), sources)
    assert [(v["when"]["start"], v.get("planned", False)) for v in event.conflicts] == [
        ("2026-02-01", True), ("2026-02-04", False)]
    assert event.when.start.isoformat() == "2026-02-04"  # dated by what became of the plan
    # the same days, neither a plan: two happenings (four days apart)
    was_held = _dated("c1", "a", "Another round of trilateral talks in Abu Dhabi took place on "
                      "Sunday.", "Sunday", "2026-01-25")
    assert len(merge_events((was_held, held), sources)) == 2
    # a plan does not move back in time, nor farther than PLAN_DAYS
    late = _dated("c4", "c", held.text, "Wednesday", "2026-02-12")
    assert len(merge_events((scheduled, late), sources)) == 2


def test_a_plan_and_a_later_day_of_one_sentence_are_no_move() -> None:
    """"Trump is due to fly to Rome on Friday evening to attend the funeral on Saturday": the
    Friday plan is a flight, not the funeral planned for Friday and moved to Saturday."""
    from dataclasses import replace

    from generator.events import conflicts_of

    text = ("Trump is due to fly to Rome on Friday evening to attend the funeral of Pope "
            "Francis on Saturday.")
    friday = _dated("t1", "a", text, "Friday evening", "2025-04-25")
    saturday = replace(_dated("t2", "a", text, "Saturday", "2025-04-26"), start=friday.start)
    met = _dated("m1", "b", "Trump and Zelensky met on Saturday inside St Peter's Basilica.",
                 "Saturday", "2025-04-26")
    published = {"a": _dt.date(2025, 4, 25), "b": _dt.date(2025, 4, 26)}
    counts = {c.when: 1 for c in (friday, met)}
    assert conflicts_of([friday, saturday, met], counts, published) == ()
    # told in sentences of its own, the plan and the later day are a move
    other = replace(saturday, start=friday.start + 500, end=friday.end + 500)
    assert conflicts_of([friday, other, met], counts, published)


def test_a_plan_inside_a_span_another_report_gives_is_no_move() -> None:
    """A truce "due to start on Thursday" (8 May) and the parade "on 9 May", both inside the
    "8 to 10 May" of another report: no plan moved, no versions to show."""
    from dataclasses import replace

    from generator.events import conflicts_of

    due = _dated("a1", "a", "Russia's unilateral ceasefire is due to start on Thursday.",
                 "Thursday", "2025-05-08")
    parade = _dated("b1", "b", "The parade on Red Square will be held on 9 May.", "9 May",
                    "2025-05-09")
    span = _dated("c1", "c", "Russia will observe a ceasefire from 8 May to 10 May.",
                  "8 May to 10 May", "2025-05-08")
    span = replace(span, when=TimeValue(_dt.date(2025, 5, 8), _dt.date(2025, 5, 10), "day"))
    published = {"a": _dt.date(2025, 5, 3), "b": _dt.date(2025, 4, 28), "c": _dt.date(2025, 4, 29)}
    counts = {c.when: 1 for c in (due, parade, span)}
    assert conflicts_of([due, parade, span], counts, published) == ()
    assert conflicts_of([due, parade], counts, published)  # without the span: a plan moved


def test_plan_words_examples() -> None:
    from generator.events import HAPPENINGS, planned

    data = yaml.safe_load(HAPPENINGS.read_text(encoding="utf-8"))
    for case in data["plan_examples"]:
        at = case["text"].index(case["date"])
        claim = Claim("c", "s", case["text"], 0, len(case["text"]), 1,
                      TimeValue(_dt.date(2020, 1, 1), _dt.date(2020, 1, 1), "day"), "explicit",
                      Timex(at, at + len(case["date"]), case["date"], "DATE", "2020-01-01"))
        assert planned(claim, _dt.date(2020, 1, 1)) is case["planned"], case["text"]


def test_a_date_true_of_every_version_is_no_version() -> None:
    from generator.events import conflicts_of

    monday = _claim("c1", "a", "The leaders agreed on Monday evening.", "2019-12-09")
    tuesday = _claim("c2", "b", "The leaders agreed on Tuesday.", "2019-12-10")
    month = _spanning(_claim("c3", "b", "They agreed to a ceasefire by the end of the year.",
                             "2019-12-01"), "2019-12-31", "month")
    got = conflicts_of([monday, tuesday, month], {c.when: 1 for c in (monday, tuesday, month)})
    assert [v["when"]["start"] for v in got] == ["2019-12-09", "2019-12-10"]


def test_two_events_never_read_the_same() -> None:
    # one sentence naming two dates far apart makes two events; the later takes another title
    sources = (_source("a", "2025-07-25"),)
    sentence = _dated("c1", "a", "Kyiv proposed on July 23 that the talks take place by the end "
                      "of August.", "July 23", "2025-07-23")
    deadline = _spanning(_dated("c2", "a", sentence.text, "the end of August", "2025-08-01"),
                         "2025-08-31", "month")
    other = _dated("c3", "a", "Peskov said a meeting by the end of August was unlikely.",
                   "the end of August", "2025-08-01")
    other = _spanning(other, "2025-08-31", "month")
    events = merge_events((sentence, deadline, other), sources)
    titles = [e.title for e in events]
    assert len(events) == 2 and len(set(titles)) == 2, titles


def test_a_crowd_recalling_one_date_is_one_event_and_joins_no_day(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Thousands of reports recalling "February 2022" make a crowded date: they still make one
    event (each compared with the first few sharing its weightiest words, not all), and that
    event draws in no day of that month through a chain of links."""
    import generator.events as events

    n = 60  # more than the 50 units that once made a feature too common to compare by
    sources = tuple(_source(f"s{i:02d}", "2025-05-12") for i in range(n)) + (
        _source("news", "2022-02-11"),)
    recalled = tuple(_spanning(_claim(f"c{i:02d}", f"s{i:02d}", "Russia launched its full-scale "
                                      f"invasion of Ukraine in February 2022, report {i} recalls.",
                                      "2022-02-01"), "2022-02-28", "month") for i in range(n))
    day = _claim("d1", "news", "Russia's full-scale invasion of Ukraine was the subject of "
                 "talks in Geneva on Thursday, report 7 recalls.", "2022-02-10")
    monkeypatch.setattr(events, "CROWDED", 10)
    got = merge_events(recalled + (day,), sources)
    (big,) = [e for e in got if "c00" in e.claims]
    assert sorted(big.claims) == sorted(c.id for c in recalled)
    assert any(e.claims == ("d1",) for e in got)
    assert got == merge_events(tuple(reversed(recalled + (day,))), sources)


def test_earlier_this_week_is_not_the_reports_own_day() -> None:
    """"Trump said earlier this week" in a report of Thursday is Monday to Wednesday: it meets a
    Tuesday of another report, and never the Thursday its own report names."""
    from generator.timex.values import interval, part_of_now
    sources = (_source("a", "2026-01-29"), _source("b", "2026-01-28"))
    earlier = part_of_now(interval("2026-W05"), True, _dt.date(2026, 1, 29))
    week = _spanning(_claim("c1", "a", "Trump said earlier this week that very good things were "
                            "happening in the peace talks with Russia.", "2026-01-26"),
                     earlier.end.isoformat(), "week")
    thursday = _claim("c2", "a", "Trump said on Thursday that very good things were happening in "
                      "the peace talks with Russia.", "2026-01-29", 200)
    tuesday = _claim("c3", "b", "Trump said on Tuesday that very good things were happening in "
                     "the peace talks with Russia.", "2026-01-27")
    events = merge_events((week, thursday, tuesday), sources)
    assert sorted(sorted(e.claims) for e in events) == [["c1", "c3"], ["c2"]]


def test_an_elliptic_round_is_told_in_full_by_another_sentence_of_its_event() -> None:
    """'The second round was held on March 3 in Belovezhskaya Pushcha': the article named the
    talks sentences before; another report of the event says 'a new round of talks'."""
    from generator.events import title_of

    held = _claim("c1", "a", "The second round was held on March 3 in Belovezhskaya Pushcha.",
                  "2022-03-03")
    planned = _claim("c2", "b", "A new round of talks between the delegations is expected on "
                     "Wednesday.", "2022-03-02")
    assert title_of([held, planned]) == "Second round of talks held in Belovezhskaya Pushcha"
    assert title_of([held]) == "Second round held in Belovezhskaya Pushcha"  # nothing to tell it


def test_moved_examples() -> None:
    """Every example of happenings.yaml's ``moves``: a date a happening was moved to."""
    import datetime as _dt

    import yaml

    from generator.events import HAPPENINGS, moved_to
    from generator.model import Timex

    data = yaml.safe_load(HAPPENINGS.read_text(encoding="utf-8"))
    for case in data["moved_examples"]:
        at = case["text"].index(case["date"])
        claim = Claim("c", "s", case["text"], 0, len(case["text"]), 1,
                      TimeValue(_dt.date(2020, 1, 1), _dt.date(2020, 1, 1), "day"), "explicit",
                      Timex(at, at + len(case["date"]), case["date"], "DATE", "2020-01-01"))
        assert moved_to(claim) is case["moved"], case["text"]


def test_shift_examples() -> None:
    """Every example of happenings.yaml's ``shifts``: a sentence turning to another happening."""
    import yaml

    from generator.events import HAPPENINGS, shifted

    data = yaml.safe_load(HAPPENINGS.read_text(encoding="utf-8"))
    for case in data["shift_examples"]:
        assert shifted(case["text"]) is case["shift"], case["text"]


def test_a_report_turning_to_another_happening_of_its_day_tells_it_apart() -> None:
    """"Elsewhere, ...": the sentence is a happening of its own beside the report's main one
    of that day, which keeps the report's other sentences."""
    sources = (_source("a", "2022-03-10"),)
    claims = (
        _claim("c1", "a", "Lavrov and Kuleba met in Antalya on Thursday for talks on a ceasefire.",
               "2022-03-10"),
        _claim("c2", "a", "Kuleba said on Thursday that no progress was made at the talks.",
               "2022-03-10", 100),
        _claim("c3", "a", "Elsewhere, Vice President Kamala Harris arrived in Warsaw on Thursday "
               "for talks with Duda.", "2022-03-10", 200),
    )
    assert sorted(sorted(e.claims) for e in merge_events(claims, sources)) == [["c1", "c2"], ["c3"]]
    # without the turn, one happening of the report's day
    plain = (*claims[:2], replace(claims[2], text=claims[2].text.removeprefix("Elsewhere, ")))
    assert [sorted(e.claims) for e in merge_events(plain, sources)] == [["c1", "c2", "c3"]]


def test_a_report_turning_to_another_place_or_meanwhile_tells_it_apart() -> None:
    """"In Tokyo, ..." in a report of talks in Beijing, and "Russian forces meanwhile ...":
    happenings of their own beside the report's main one of that day."""
    from dataclasses import replace

    sources = (_source("a", "2024-05-16"),)
    lead = "Xi Jinping and Vladimir Putin held talks in Beijing on Thursday and signed a joint statement."
    tokyo = ("In Tokyo, Chief Cabinet Secretary Yoshimasa Hayashi told a news conference on Thursday "
             "that Japan was watching the deepening ties.")
    claims = (
        replace(_claim("c1", "a", lead, "2024-05-16"), places=("beijing",),
                mentions=((lead.index("Beijing"), lead.index("Beijing") + 7, "beijing"),)),
        _claim("c2", "a", "Putin said on Thursday that Russia was open to dialogue.", "2024-05-16", 100),
        replace(_claim("c3", "a", tokyo, "2024-05-16", 200), places=("tokyo",),
                mentions=((3, 8, "tokyo"),)),
    )
    assert sorted(sorted(e.claims) for e in merge_events(claims, sources)) == [["c1", "c2"], ["c3"]]
    # the lead's own place opening a later sentence turns to nothing
    same = (*claims[:2], replace(claims[2], places=("beijing",), mentions=((3, 10, "beijing"),),
                                  text=tokyo.replace("Tokyo", "Beijing")))
    assert [sorted(e.claims) for e in merge_events(same, sources)] == [["c1", "c2", "c3"]]


def test_talks_postponed_to_a_later_day_are_one_happening_showing_both_dates() -> None:
    """"Talks on 15 May" (told as they were due, not as a plan) and, in the same report, "the
    talks were postponed to 16 May": one event, dated 16 May, both dates shown; another
    outlet's plan for 15 May joins it."""
    import datetime as _dt

    from generator.events import merge_events
    from generator.model import Source

    def dated(cid: str, sid: str, text: str, date: str, day: str) -> Claim:
        at = text.index(date)
        d = _dt.date.fromisoformat(day)
        return Claim(cid, sid, text, 0, len(text), 1, TimeValue(d, d, "day"), "explicit",
                     Timex(at, at + len(date), date, "DATE", day))

    a = Source("a", "a.md", "https://a.example/a", "a", _dt.date(2025, 5, 11), "", 0)
    b = Source("b", "b.md", "https://b.example/b", "b", _dt.date(2025, 5, 15), "", 0)
    plan = dated("a1", "a", "Putin proposed direct talks with Ukraine in Istanbul on 15 May.",
                 "15 May", "2025-05-15")
    due = dated("b1", "b", "The Russian delegation arrived in Istanbul for the talks with "
                "Ukraine on 15 May.", "15 May", "2025-05-15")
    moved = dated("b2", "b", "Russian media later said the talks with Ukraine in Istanbul had "
                  "been postponed to 16 May.", "16 May", "2025-05-16")
    (event,) = [e for e in merge_events((plan, due, moved), (a, b)) if "b2" in e.claims]
    assert set(event.claims) == {"a1", "b1", "b2"}
    assert event.when.start == _dt.date(2025, 5, 16)
    assert [(v["when"]["start"], v.get("planned")) for v in event.conflicts] == [
        ("2025-05-15", True), ("2025-05-16", True)]


def test_a_coarser_date_beside_a_finer_one_does_not_title_its_event() -> None:
    """"The Kremlin said on Wednesday ..., dampening expectations raised by Trump earlier this
    week": the sentence is Wednesday's news; in the event of Monday's Trump remarks its "earlier
    this week" gives way to a sentence of that day."""
    from dataclasses import replace

    from generator.events import coarser_beside, title_of

    kremlin = ("The Kremlin said on Wednesday that any meeting between Putin and Zelensky "
               "would have to be prepared step by step, dampening expectations raised by Trump "
               "earlier this week.")
    wednesday = _claim("k1", "r", kremlin, "2025-08-20")
    week = replace(_spanning(_claim("k2", "r", kremlin, "2025-08-18"), "2025-08-24", "week"))
    trump = _claim("t1", "r", "Trump said on Monday that he had begun arranging a meeting "
                   "between Putin and Zelensky.", "2025-08-18", start=300)
    aside = coarser_beside([wednesday, week, trump])
    assert aside == {"k2"}
    assert title_of([week, trump], aside=aside).startswith("Trump says")
    assert title_of([week, trump]).startswith("Kremlin says")  # without it, the first wins
    # alone in its event, it leaves its sentence's headline to the finer date's event
    assert not title_of([week], aside=aside).startswith("Kremlin says")


def test_a_coarser_date_told_first_keeps_the_main_clause_of_its_sentence() -> None:
    """"Ardern announced last week that New Zealand would bring in a Russia Sanctions Act,
    which passed all its stages in a single day on March 9": March 9 is the relative clause's,
    the announcement last week's; with the finer date in the main clause the coarser stays
    aside."""
    from dataclasses import replace

    from generator.events import coarser_beside

    text = ("Prime Minister Jacinda Ardern announced last week that New Zealand would bring in a "
            "Russia Sanctions Act, which passed all its stages in Parliament in a single day on March 9.")

    def at(cid: str, words: str, start: str, end: str, granularity: str) -> Claim:
        k = text.index(words)
        c = _claim(cid, "r", text, start)
        return replace(c, when=TimeValue(_dt.date.fromisoformat(start), _dt.date.fromisoformat(end), granularity),
                       timex=Timex(k, k + len(words), words, "DATE", start))

    week = at("w", "last week", "2022-03-07", "2022-03-13", "week")
    day = at("d", "March 9", "2022-03-09", "2022-03-09", "day")
    assert coarser_beside([week, day]) == frozenset()
    main = "Ardern said on March 9 that New Zealand had brought in sanctions last week."
    week, day = (replace(c, text=main, end=len(main), timex=Timex(main.index(w), main.index(w) + len(w), w, "DATE", c.when.start.isoformat()))
                 for c, w in ((week, "last week"), (day, "March 9")))
    assert coarser_beside([week, day]) == {"w"}


def test_a_headline_whose_object_points_back_gives_way() -> None:
    """"President Volodymyr Zelensky announced this late on Monday in his evening address":
    announced what? A sentence that says it titles the event."""
    from generator.events import title_of

    zelensky = _claim("z1", "r", "President Volodymyr Zelensky announced this late on Monday "
                      "in his evening address.", "2025-07-21")
    peskov = _claim("p1", "r", "The Russian delegation headed by Vladimir Medinsky will go to "
                    "Istanbul for the third round of talks, Kremlin spokesman Dmitry Peskov "
                    "said.", "2025-07-21", start=200)
    assert title_of([zelensky, peskov]).startswith("Peskov says")
    assert title_of([zelensky]) == "Zelensky announces this in his evening address"


def test_a_list_of_rounds_titles_each_round_by_its_own_item() -> None:
    """"The first round ... took place on May 16, the second one on June 2, and the third on
    July 23": three events, each titled by its own round (the third was titled as the first)."""
    import datetime as _dt

    from generator.events import merge_events
    from generator.model import Source

    text = ("The first round of direct talks in Istanbul took place on May 16, the second one "
            "on June 2, and the third on July 23.")
    claims = []
    for cid, date, day in (("r1", "May 16", "2025-05-16"), ("r2", "June 2", "2025-06-02"),
                           ("r3", "July 23", "2025-07-23")):
        at = text.index(date)
        d = _dt.date.fromisoformat(day)
        claims.append(Claim(cid, "t", text, 0, len(text), 1, TimeValue(d, d, "day"), "explicit",
                            Timex(at, at + len(date), date, "DATE", day)))
    source = Source("t", "t.md", "https://t.example/a", "t", _dt.date(2025, 9, 3), "", 0)
    titles = [e.title for e in merge_events(tuple(claims), (source,))]
    assert titles == ["First round of direct talks in Istanbul takes place",
                      "Second round of direct talks in Istanbul takes place",
                      "Third round of direct talks in Istanbul takes place"]


def test_talks_without_parties_take_the_states_their_claims_name() -> None:
    """"The second round was held on March 3 in Belovezhskaya Pushcha, in Belarus" beside "a
    new round of talks between the Ukrainian and Russian delegations": the title says whose
    talks; Belarus, the venue named in the title, is none of them."""
    from generator.events import _with_parties

    a = _claim("a1", "t", "A new round of talks between the Ukrainian and Russian delegations "
               "is expected on Wednesday.", "2022-03-02")
    b = _claim("b1", "t", "The Russian delegation arrived in the Belarusian city of Gomel, but "
               "Ukrainian diplomats declined to meet in Belarus.", "2022-03-02")
    title = "Second round of talks held in Belovezhskaya Pushcha, in Belarus"
    assert _with_parties(title, [a, b], frozenset()) == (
        "Second round of Russia-Ukraine talks held in Belovezhskaya Pushcha, in Belarus")
    assert _with_parties("Trilateral talks staged in Abu Dhabi", [a, b], frozenset()) == (
        "Russia-Ukraine trilateral talks staged in Abu Dhabi")
    assert _with_parties("Putin proposes talks", [a, b], frozenset()) == "Putin proposes talks"
    assert _with_parties('Trump says "very good things" are happening in the talks', [a, b],
                         frozenset()) == ('Trump says "very good things" are happening in the '
                                          'Russia-Ukraine talks')
    assert _with_parties("Kremlin says Russian side wants the talks", [a, b], frozenset()) == (
        "Kremlin says Russian side wants the talks")  # a state named: whose talks is said
    lone = _claim("c1", "t", "The delegations met for a third round of talks.", "2022-03-07")
    assert _with_parties("Delegations meet for a third round of talks", [lone], frozenset()) == (
        "Delegations meet for a third round of talks")  # no state named: as it was


def test_a_reports_undated_account_tells_of_the_last_day_it_names() -> None:
    """A report of Saturday naming Thursday and Friday: its undated statements may join Friday
    (its latest news), not Thursday."""
    from generator.events import _told_later

    thu, fri, sat = (TimeValue(_dt.date(2025, 9, d), _dt.date(2025, 9, d), "day") for d in (4, 5, 6))
    assert _told_later(sat, fri, True, False, _dt.date(2025, 9, 5))
    assert not _told_later(sat, thu, True, False, _dt.date(2025, 9, 5))
    assert _told_later(sat, thu, True, False)  # no latest day known: any day before


def test_two_reports_telling_the_same_a_day_apart_are_one_happening_dated_two_ways() -> None:
    """No one lead (nobody named acts in either), but a sentence of each, naming its date, tells
    the same (events.TOLD_ALIKE): one event, both dates shown as versions. Told differently,
    they stay two events."""
    sources = (_source("a", "2025-11-24"), _source("b", "2025-11-25"))
    statement = "the two governments released a joint statement on an updated and refined peace framework"
    claims = (
        _claim("c1", "a", f"On Sunday evening {statement}.", "2025-11-23"),
        _claim("c2", "b", f"On the night of Monday {statement} after consultations.", "2025-11-24"),
    )
    (event,) = merge_events(claims, sources)
    assert [v["when"]["start"] for v in event.conflicts] == ["2025-11-23", "2025-11-24"]
    other = (claims[0], _claim("c3", "b", "Drones struck the capital on the night of Monday.",
                               "2025-11-24"))
    assert len(merge_events(other, sources)) == 2


def test_two_nights_attacks_told_alike_with_other_numbers_stay_two_happenings() -> None:
    """Formulaic reports of attacks on consecutive nights: alike, with one lead, but their
    numbers differ (events._counts_differ): two happenings, not one dated two ways."""
    sources = (_source("a", "2025-11-23"), _source("b", "2025-11-24"))
    ukraine = ((0, 7, "ukraine"),)
    claims = (
        _claim("c1", "a", "Ukraine's air force said Russia launched 120 drones and five missiles "
               "overnight into Sunday.", "2025-11-23", mentions=ukraine),
        _claim("c2", "b", "Ukraine's air force said Russia launched 87 drones and three missiles "
               "overnight into Monday.", "2025-11-24", mentions=ukraine),
    )
    assert len(merge_events(claims, sources)) == 2


def test_a_reports_sentence_of_another_actor_and_kind_of_happening_is_another_event() -> None:
    """One report's claims of one date are one happening but for a sentence naming the date
    itself whose actor is not the one most of them name, whose kind of happening none of
    theirs is and which is little like theirs (events._parts)."""
    putin = ((0, 5, "vladimir-putin"),)
    zelensky = ((0, 8, "volodymyr-zelensky"),)
    sources = (_source("a", "2025-05-12"),)
    offer = _claim("c1", "a", "Putin offered Ukraine direct talks in Istanbul on Sunday.",
                   "2025-05-11", mentions=putin, actors=("vladimir-putin",))
    again = _claim("c2", "a", "Putin offered to resume them without preconditions on Sunday.",
                   "2025-05-11", 60, mentions=putin, actors=("vladimir-putin",))
    reply = _claim("c3", "a", "Zelensky demanded a full ceasefire from Monday first.", "2025-05-11",
                   130, mentions=zelensky, actors=("volodymyr-zelensky",))
    events = merge_events((offer, again, reply), sources)
    assert sorted(sorted(e.claims) for e in events) == [["c1", "c2"], ["c3"]]
    # the same actor, or another naming the same kind of happening: one happening
    welcomed = _claim("c3", "a", "Zelensky called the offer a trick on Sunday.", "2025-05-11", 130,
                      mentions=zelensky, actors=("volodymyr-zelensky",))
    assert len(merge_events((offer, again, welcomed), sources)) == 1
    undated = _claim("c4", "a", "Zelensky demanded a ceasefire.", "2025-05-11", 200, "publication",
                     mentions=zelensky, actors=("volodymyr-zelensky",))
    assert len(merge_events((offer, again, undated), sources)) == 1  # it names no date itself


def test_a_strike_a_report_tells_beside_its_leads_day_is_another_event() -> None:
    """A sentence naming no one, telling of a strike that none of the lead's sentences names and
    little like them, is a happening of its own (events._parts): "Hours before the leaders began
    to arrive, Russian ballistic missiles hit the centre of Dnipro on Tuesday morning" in a
    report of Trump's day at the summit."""
    trump = ((0, 5, "donald-trump"),)
    kyiv = ((0, 8, "ukraine"),)
    sources = (_source("a", "2025-06-24"),)
    land = _claim("c1", "a", "Trump is due to land in the Netherlands on Tuesday evening.",
                  "2025-06-24", mentions=trump, actors=("donald-trump",))
    dinner = _claim("c2", "a", "Trump will spend the night at the palace on Tuesday as the king's guest.",
                    "2025-06-24", 70, mentions=trump, actors=("donald-trump",))
    hopes = _claim("c3", "a", "Officials in Kyiv said he hopes to meet Trump on Tuesday evening.",
                   "2025-06-24", 150, mentions=kyiv, actors=("ukraine",))
    strike = _claim("c4", "a", "Hours before the leaders began to arrive, Russian ballistic missiles "
                    "hit the centre of Dnipro on Tuesday morning, killing at least 15 people.",
                    "2025-06-24", 230)
    parts = sorted(sorted(e.claims) for e in merge_events((land, dinner, hopes, strike), sources))
    assert ["c4"] in parts
    # ... and so is one told by another actor in a sentence of no date of its own
    klitschko = ((34, 48, "vitali-klitschko"),)
    told = _claim("c4", "a", "Just hours after Trump's remarks, Vitali Klitschko said a Russian drone "
                  "attack on the city was under way.", "2025-06-24", 230, "publication",
                  mentions=klitschko, actors=("vitali-klitschko",))
    assert ["c4"] in sorted(sorted(e.claims) for e in merge_events((land, dinner, hopes, told), sources))
    # talks told by no one stay with the lead's day (only a strike is told apart so)
    talks = _claim("c4", "a", "Hours before, delegations held talks in Brussels on Tuesday morning.",
                   "2025-06-24", 230)
    assert ["c4"] not in [sorted(e.claims) for e in merge_events((land, dinner, hopes, talks), sources)]


def test_a_sentence_of_another_actor_unlike_the_reports_day_is_another_event() -> None:
    """A sentence of another actor than the report's lead, naming no kind of happening, that
    shares almost nothing with the lead's sentences is a happening of its own (events._parts,
    NAMELESS_APART); one that shares their words stays."""
    trump = ((0, 5, "donald-trump"),)
    ryabkov = ((0, 7, "sergei-ryabkov"),)
    sources = (_source("a", "2025-07-15"),)
    deadline = _claim("c1", "a", "Trump said on Monday Russia had 50 days to agree a deal on Ukraine.",
                      "2025-07-14", mentions=trump, actors=("donald-trump",))
    tariffs = _claim("c2", "a", "Trump said on Monday Russia would face secondary tariffs without a deal.",
                     "2025-07-14", 70, mentions=trump, actors=("donald-trump",))
    other = _claim("c3", "a", "Ryabkov said on Monday that ultimatums are unacceptable to Moscow.",
                   "2025-07-14", 150, mentions=ryabkov, actors=("sergei-ryabkov",))
    parts = sorted(sorted(e.claims) for e in merge_events((deadline, tariffs, other), sources))
    assert parts == [["c1", "c2"], ["c3"]]
    alike = _claim("c3", "a", "Ryabkov said on Monday Russia had no deal to agree in 50 days.",
                   "2025-07-14", 150, mentions=ryabkov, actors=("sergei-ryabkov",))
    assert len(merge_events((deadline, tariffs, alike), sources)) == 1


def test_one_sentences_two_dates_are_no_link_of_their_own() -> None:
    """"The leaders agreed on Tuesday to swap all prisoners by the end of the year": the day
    and the month of one sentence are two happenings; its likeness to itself joins nothing."""
    from dataclasses import replace

    sources = (_source("a", "2019-12-10"),)
    text = "The leaders agreed on Tuesday to swap all remaining prisoners by the end of the year."
    day = _dated("c1", "a", text, "Tuesday", "2019-12-10")
    month = replace(_dated("c2", "a", text, "the end of the year", "2019-12-01"),
                    when=TimeValue(_dt.date(2019, 12, 1), _dt.date(2019, 12, 31), "month"))
    assert len(merge_events((day, month), sources)) == 2
    # ... though a sentence of the report on that day like the month's may join them
    more = _dated("c3", "a", "All remaining prisoners are to be swapped in an exchange by the end "
                  "of December, the leaders said.", "the end of December", "2019-12-01")
    more = replace(more, when=month.when, start=200, end=200 + len(more.text))
    merged = merge_events((day, month, more), sources)
    assert sorted(sorted(e.claims) for e in merged) == [["c1"], ["c2", "c3"]]


def test_who_acts_is_the_subject_of_the_dates_own_clause_never_a_possessor() -> None:
    """agent(): "Russia's defence minister" acts, not Russia (and where the minister is named,
    he does); a second clause with a subject of its own is its date's ("..., and Defense
    Minister Sergei Shoigu on Thursday ordered the troops back": Shoigu, not Moscow)."""
    from dataclasses import replace

    from generator.events import agent

    def said(text: str, date_text: str, names: dict[str, str]) -> Claim:
        claim = _dated("c1", "a", text, date_text, "2021-04-22")
        mentions = tuple(sorted((text.index(n), text.index(n) + len(n), e) for n, e in names.items()))
        return replace(claim, mentions=mentions, actors=tuple(e for _, _, e in mentions))

    owner = said("Russia's defence minister on Friday ordered a halt to military drills.", "Friday",
                 {"Russia": "russia"})
    assert agent(owner) is None
    named = said("Russia's defence minister Sergei Shoigu on Friday ordered a halt to the drills.",
                 "Friday", {"Russia": "russia", "Sergei Shoigu": "sergei-shoigu"})
    assert agent(named) == "sergei-shoigu"
    second = said("Moscow has said the troops are holding drills, and Defense Minister Sergei Shoigu "
                  "on Thursday ordered the troops to go back.", "Thursday",
                  {"Moscow": "moscow", "Sergei Shoigu": "sergei-shoigu"})
    assert agent(second) == "sergei-shoigu"
    first = said("Moscow on Thursday said the troops were holding drills, and Shoigu agreed.",
                 "Thursday", {"Moscow": "moscow", "Shoigu": "sergei-shoigu"})
    assert agent(first) == "moscow"
    # no role owned: the owner acts ("Russia's invasion", "Trump's call with Putin"); a list
    # of names with a comma before "and" is no second clause
    invasion = said("Russia's invasion of Ukraine began on 24 February 2022.", "24 February 2022",
                    {"Russia": "russia", "Ukraine": "ukraine"})
    assert agent(invasion) == "russia"
    call = said("Trump's call with Putin on Tuesday lasted two hours.", "Tuesday",
                {"Trump": "donald-trump", "Putin": "vladimir-putin"})
    assert agent(call) == "donald-trump"
    listed = said("Witkoff, Kushner, and Putin met in Moscow on Tuesday.", "Tuesday",
                  {"Witkoff": "steve-witkoff", "Kushner": "jared-kushner", "Putin": "vladimir-putin"})
    assert agent(listed) == "steve-witkoff"
    # a country or an alliance naming a role before its holder: the holder acts
    holder = said("US president Donald Trump is due to land in the Netherlands on Tuesday evening.",
                  "Tuesday evening", {"US": "united-states", "Donald Trump": "donald-trump"})
    assert agent(holder) == "donald-trump"
    titled = said("US President Donald Trump met Zelensky on Wednesday.", "Wednesday",
                  {"US": "united-states", "Donald Trump": "donald-trump"})
    assert agent(titled) == "donald-trump"
    # a wire dateline still before the sentence names where it was filed, not who acts
    filed = said("KYIV, UKRAINE — Prime Minister Mark Carney arrived in Kyiv on Sunday.", "Sunday",
                 {"Mark Carney": "mark-carney", "Kyiv": "kyiv"})
    assert agent(filed) == "mark-carney"
    # a possessor naming whose the person is, with or without a role between: the person acts
    owned = said("Ukraine's new President Volodymyr Zelensky met Emmanuel Macron in Paris on Monday.",
                 "Monday", {"Ukraine": "ukraine", "Volodymyr Zelensky": "volodymyr-zelensky",
                            "Emmanuel Macron": "emmanuel-macron"})
    assert agent(owned) == "volodymyr-zelensky"
    bare = said("Russia's Vladimir Putin spoke to reporters on Monday.", "Monday",
                {"Russia": "russia", "Vladimir Putin": "vladimir-putin"})
    assert agent(bare) == "vladimir-putin"
    # ... but a role of another's ("the head of RIA Novosti Ukraine") makes no subject of it
    other = said("Kirill Vyshinsky, the head of RIA Novosti Ukraine, was released on August 28.",
                 "August 28", {"Ukraine": "ukraine"})
    assert agent(other) is None


def test_a_report_naming_both_days_in_one_sentence_dates_no_happening_two_ways() -> None:
    """"Pope Francis, who called for peace in his Easter message on Sunday, died on Monday" and
    another report's "Pope Francis died on April 21": the first report names both days, so its
    Sunday is no version of the death's date (a date a report names for two happenings)."""
    from dataclasses import replace

    pope = ((0, 12, "pope-francis"),)
    sources = (_source("a", "2025-04-22"), _source("b", "2025-04-26"))
    text = "Pope Francis, who called for peace in his Easter message on Sunday, died on Monday."
    sunday = replace(_dated("c1", "a", text, "Sunday", "2025-04-20"), mentions=pope,
                     actors=("pope-francis",))
    monday = replace(_dated("c2", "a", text, "Monday", "2025-04-21"), mentions=pope,
                     actors=("pope-francis",))
    died = replace(_dated("c3", "b", "Pope Francis died on April 21 at the age of 88.", "April 21",
                          "2025-04-21"), mentions=pope, actors=("pope-francis",))
    events = merge_events((sunday, monday, died), sources)
    assert not [e for e in events if e.conflicts], [(e.claims, e.conflicts) for e in events]
    assert any(set(e.claims) == {"c2", "c3"} for e in events)


def test_a_rewrite_follows_its_report_however_the_address_is_written() -> None:
    """A rewrite whose ``follows.url`` has a trailing slash, a fragment or another letter case
    in the host is the report it follows: one independent voice (``sources.url_key``)."""
    from dataclasses import replace

    from generator.events import independent_count
    from generator.model import Follows

    report = replace(_source("a", "2025-05-12"), url="https://news.example/story")
    rewrite = replace(_source("b", "2025-05-13"),
                      follows=Follows(None, "https://News.Example/story/#top", None))
    other = _source("c", "2025-05-13")
    sources = {s.id: s for s in (report, rewrite, other)}
    assert independent_count(["a", "b"], sources) == 1
    assert independent_count(["a", "b", "c"], sources) == 2


def _at(cid: str, sid: str, text: str, day: str, date_text: str) -> Claim:
    """A claim dated by ``date_text``, which its sentence holds."""
    d = _dt.date.fromisoformat(day)
    at = text.index(date_text)
    return Claim(cid, sid, text, 0, len(text), 1, TimeValue(d, d, "day"), "explicit",
                 Timex(at, at + len(date_text), date_text, "DATE", day), None, (), (), ())


def test_an_untitled_event_of_no_speech_never_says_someone_speaks() -> None:
    """An event none of whose sentences makes a headline, which names no kind of happening
    and no speaker, is titled by its words, not "Lavrov speaks"."""
    from generator.events import _untitled

    text = "Lavrov and Kuleba both reached Antalya, a few hours apart, on Wednesday evening."
    at = text.index("Lavrov")
    c = replace(_at("c", "s", text, "2022-03-09", "Wednesday evening"),
                mentions=((at, at + 6, "sergey-lavrov"),), actors=("sergey-lavrov",))
    assert "speaks" not in _untitled([c])
    said = replace(c, attribution=Attribution("Lavrov", "sergey-lavrov"))
    assert _untitled([said]) == "Lavrov speaks"


def test_an_untitled_event_of_an_unregistered_speaker_names_him() -> None:
    """"Foreign Minister Retno Marsudi said in Jakarta last week that ...", whose words make no
    headline: 'Marsudi speaks' (it was the sentence cut before what she said)."""
    from generator.events import _untitled

    text = ('Foreign Minister Retno Marsudi said in Jakarta last week that Indonesia supported '
            '"every effort for peace, including the African initiative".')
    c = replace(_at("c", "s", text, "2023-07-24", "last week"),
                attribution=Attribution("Foreign Minister Retno Marsudi", None))
    assert _untitled([c]).endswith("Marsudi speaks")
    assert "speaks" not in _untitled([replace(c, attribution=Attribution("he", None))])


def test_a_clause_of_one_of_them_is_no_title() -> None:
    """"... failed to agree on a new contract before the current one runs out on December 31":
    the clause of the date says "one" of what the sentence named; the title is the sentence's
    (it was "One runs out")."""
    from generator.events import _told

    text = ("In Brussels, energy officials met on Monday for talks on gas transit but failed to "
            "agree on a new contract before the current one runs out on December 31.")
    told = _told(_at("c", "s", text, "2019-12-31", "December 31"))
    assert not told.lower().startswith(("one", "the current one")), told


def test_an_opening_phrase_naming_no_one_leaves_the_subject_after_it() -> None:
    """"Speaking on Thursday in Copenhagen at the summit of the European Political Community,
    Volodymyr Zelensky called on ...": Zelensky acts, however long the phrase before him."""
    from generator.events import agent

    text = ("Speaking on Thursday in Copenhagen at the summit of the European Political Community, "
            "Volodymyr Zelensky called on European leaders to build a joint defence.")
    at = text.index("Volodymyr Zelensky")
    c = replace(_at("z", "s", text, "2025-10-02", "Thursday"),
                mentions=((at, at + len("Volodymyr Zelensky"), "volodymyr-zelensky"),),
                actors=("volodymyr-zelensky",))
    assert agent(c) == "volodymyr-zelensky"


def test_a_night_is_dated_by_the_day_it_began_or_the_day_it_ended() -> None:
    from generator.events import night_of

    saturday = _dt.date(2025, 9, 6)
    assert night_of(_at("a", "s", "Russia struck Kyiv late Saturday.", "2025-09-06",
                        "late Saturday")) == saturday
    assert night_of(_at("b", "s", "Overnight into Sunday, Russia launched 810 drones.",
                        "2025-09-07", "Sunday")) == saturday
    assert night_of(_at("c", "s", "On the night of September 7, drones hit Kyiv.", "2025-09-07",
                        "September 7")) == saturday
    assert night_of(_at("d", "s", "Russia struck Kyiv on Saturday.", "2025-09-06",
                        "Saturday")) is None
    # "early on Sunday", "early Sunday": the small hours, the night that ended then ("Late
    # Saturday, the White House said ..." / "The French presidency announced early on Sunday")
    assert night_of(_at("e", "s", "The French presidency announced early on Sunday that they had agreed.",
                        "2025-09-07", "early on Sunday")) == saturday
    assert night_of(_at("f", "s", "Russia struck Kyiv early Sunday.", "2025-09-07",
                        "early Sunday")) == saturday


def test_a_night_told_before_a_saying_is_the_night_before_the_saying() -> None:
    """A bare "overnight" before a date of another kind (the day it was said) is the night
    that ended on that day; an overnight train or stay is no night of a happening."""
    from generator.events import night_of

    tuesday = _dt.date(2025, 6, 10)
    text = "Overnight Russian drones struck Kharkiv, killing three, the mayor said on Wednesday morning."
    assert night_of(_at("a", "s", text, "2025-06-11", "Wednesday morning")) == tuesday
    text = "Russia launched 120 drones at Ukraine overnight, the air force said on Wednesday."
    assert night_of(_at("b", "s", text, "2025-06-11", "Wednesday")) == tuesday
    text = "During the night, air defences downed 40 drones over Odesa, officials said on Wednesday."
    assert night_of(_at("c", "s", text, "2025-06-11", "Wednesday")) == tuesday
    text = "Macron took the overnight train to Kyiv and met Zelensky on Wednesday."
    assert night_of(_at("d", "s", text, "2025-06-11", "Wednesday")) is None


def test_a_night_told_late_and_told_before_a_saying_is_one_strike_in_disagreement() -> None:
    """"Late on Tuesday, Russian drones hit Kharkiv" (one outlet) and "Overnight Russian drones
    struck Kharkiv ..., the mayor said on Wednesday" (another): one strike, both dates shown."""
    sources = (_source("a", "2025-06-11"), _source("b", "2025-06-11"))
    late = _at("c1", "a", "Late on Tuesday, Russian drones hit the city of Kharkiv, killing three "
               "people.", "2025-06-10", "Late on Tuesday")
    said = _at("c2", "b", "Overnight Russian drones struck Kharkiv, killing three people and injuring "
               "dozens, mayor Ihor Terekhov said on Wednesday.", "2025-06-11", "Wednesday")
    (both,) = merge_events((late, said), sources)
    assert [v["when"]["start"] for v in both.conflicts] == ["2025-06-10", "2025-06-11"]


def test_a_night_named_by_its_two_days_is_dated_by_the_morning_it_ended() -> None:
    """"In the night from Monday to Tuesday, Russia launched nearly 400 drones" (a Swiss paper)
    and "Russia launched drones and missiles late Monday" (an American one): the night began on
    the Monday and ended on the Tuesday, the two reports' versions of one strike."""
    from generator.claims import claimed_interval
    from generator.events import night_of
    from generator.timex.values import timex_interval

    text = "In the night from Monday to Tuesday, Russia launched nearly 400 drones at Odesa."
    t = Timex(3, 35, text[3:35], "TIME", "2026-02-16TNI")
    when = timex_interval(t)
    assert claimed_interval("2026-02-16TNI") is not None
    assert (when.start, when.end) == (_dt.date(2026, 2, 17), _dt.date(2026, 2, 17))
    night = Claim("c2", "b", text, 0, len(text), 1, when, "explicit", t, None, (), (), ())
    assert night_of(night) == _dt.date(2026, 2, 16)
    sources = (_source("a", "2026-02-17"), _source("b", "2026-02-18"))
    late = _at("c1", "a", "Russia launched drones and missiles at Odesa late Monday.", "2026-02-16",
               "late Monday")
    (both,) = merge_events((late, night), sources)
    assert [v["when"]["start"] for v in both.conflicts] == ["2026-02-16", "2026-02-17"]


def test_one_night_dated_two_ways_by_two_reports_is_one_happening_in_disagreement() -> None:
    """"late Saturday" (a US outlet) and "overnight into Sunday" (a Kyiv one) of one strike: one
    event, the two dates its versions; a strike of the next night stays apart."""
    sources = (_source("a", "2025-09-07"), _source("b", "2025-09-08"), _source("c", "2025-09-09"))
    late = _at("c1", "a", "Russia launched a record aerial attack on Ukraine late Saturday.",
               "2025-09-06", "late Saturday")
    night = _at("c2", "b", "Overnight into Sunday, Russia launched 810 drones and 13 missiles "
                "in an attack on Ukraine.", "2025-09-07", "Sunday")
    next_night = _at("c3", "c", "Overnight into Monday, Russia launched an attack on Odesa.",
                     "2025-09-08", "Monday")
    events = merge_events((late, night, next_night), sources,
                          own_weights((late, night, next_night)))
    (both,) = [e for e in events if "c1" in e.claims]
    assert sorted(both.claims) == ["c1", "c2"]
    assert [v["when"]["start"] for v in both.conflicts] == ["2025-09-06", "2025-09-07"]


def test_a_late_night_and_the_next_day_in_another_zone_are_one_happening_in_disagreement() -> None:
    """"struck off Russia's Kamchatka Peninsula late Tuesday" (an American outlet) and "struck
    off Russia's Kamchatka peninsula on Wednesday" (where it was Wednesday): one event, the two
    dates its versions."""
    sources = (_source("a", "2025-07-31"), _source("b", "2025-07-31"))
    late = _at("c1", "a", "One of the strongest earthquakes ever recorded struck off Russia's "
               "Kamchatka Peninsula late Tuesday, sending tsunami waves across the Pacific.",
               "2025-07-29", "late Tuesday")
    day = _at("c2", "b", "A magnitude 8.8 earthquake struck off Russia's Kamchatka peninsula on "
              "Wednesday, triggering tsunami warnings across the Pacific.", "2025-07-30", "Wednesday")
    (both,) = merge_events((late, day), sources)
    assert [v["when"]["start"] for v in both.conflicts] == ["2025-07-29", "2025-07-30"]
    # the rule itself (_zone_shift): the night's report first; not two sayings; not unalike
    vec = vectors((late, day))
    assert _zone_shift([late], [day], vec) and not _zone_shift([day], [late], vec)
    said = Attribution("Peskov", "dmitry-peskov")
    assert not _zone_shift([replace(late, attribution=said)], [replace(day, attribution=said)], vec)
    other = _at("c3", "b", "Russian drones hit Odesa's port on Wednesday.", "2025-07-30", "on Wednesday")
    assert not _zone_shift([late], [other], vectors((late, day, other)))


def test_one_night_told_with_its_kinds_in_another_order_is_one_happening() -> None:
    """The Berlin gas talks' agreement: "late on Thursday" in one report, "On the night of
    December 20, after talks in Berlin ..., the ministers ... reached an agreement" in another,
    whose date's nearest kind is the talks: the other kind of its sentence is the agreement."""
    sources = (_source("a", "2019-12-20"), _source("b", "2019-12-23"))
    late = _at("c1", "a", "After a marathon session in Berlin, Russia and Ukraine reached an "
               "agreement in principle on gas transit late on Thursday.", "2019-12-19",
               "late on Thursday")
    night = _at("c2", "b", "On the night of December 20, after talks in Berlin that lasted "
                "almost twelve hours, the energy ministers of Ukraine and Russia, Oleksiy Orzhel "
                "and Alexander Novak, and European Commission Vice-President Maroš Šefčovič "
                "reached an agreement in principle on gas transit.", "2019-12-20", "December 20")
    (both,) = merge_events((late, night), sources)
    assert [v["when"]["start"] for v in both.conflicts] == ["2019-12-19", "2019-12-20"]


def test_a_reports_night_beside_its_day_is_its_own_happening() -> None:
    """A report of Tuesday's call that also tells "Late Tuesday, air raid alerts sounded": the
    night is a happening of its own (events._parts), which another report's "on the night of
    March 19" joins, without the call; a night naming the day's own kind of happening stays."""
    sources = (_source("a", "2025-03-18"), _source("b", "2025-03-19"))
    call = _at("c1", "a", "Trump and Putin spoke by phone for two hours on Tuesday.", "2025-03-18",
               "on Tuesday")
    readout = _at("c2", "a", "The call ended on Tuesday with a pause in strikes on energy.",
                  "2025-03-18", "on Tuesday")
    alerts = _at("c3", "a", "Late Tuesday, air raid alerts sounded across Ukraine as drones flew in.",
                 "2025-03-18", "Late Tuesday")
    drones = _at("c4", "b", "On the night of March 19, drones flew in and air raid alerts sounded "
                 "across Ukraine.", "2025-03-19", "March 19")
    events = merge_events((call, readout, alerts, drones), sources)
    assert sorted(sorted(e.claims) for e in events) == [["c1", "c2"], ["c3", "c4"]]
    # a night of the call itself ("the call ended late Tuesday") is the call's
    late_call = _at("c3", "a", "The call ended late Tuesday with a pause in strikes.", "2025-03-18",
                    "late Tuesday")
    (one,) = merge_events((call, readout, late_call), sources[:1])
    assert sorted(one.claims) == ["c1", "c2", "c3"]


def test_days_a_span_of_one_report_holds_are_no_disagreement() -> None:
    """"held on December 14-15" beside one report's Sunday and another's Monday: the talks ran
    over both days, as the span says."""
    from dataclasses import replace

    from generator.events import conflicts_of

    sunday = _claim("c1", "a", "Witkoff held talks with Zelensky in Berlin on Sunday.", "2025-12-14")
    monday = _claim("c2", "b", "The talks in Berlin ended on Monday.", "2025-12-15")
    span = replace(_claim("c3", "c", "The Berlin talks, held on December 14-15, ...", "2025-12-14"),
                   when=TimeValue(_dt.date(2025, 12, 14), _dt.date(2025, 12, 15), "day"))
    independent = {c.when: 1 for c in (sunday, monday, span)}
    assert conflicts_of([sunday, monday, span], independent) == ()
    assert [v["when"]["start"] for v in conflicts_of([sunday, monday], independent)] \
        == ["2025-12-14", "2025-12-15"]


def test_one_person_doing_one_thing_on_consecutive_days_is_one_happening_in_disagreement() -> None:
    """Two reports whose units of consecutive days have no one lead, a sentence of each telling
    the same person doing the same kind of thing ("Driscoll, who arrived in Kyiv on Wednesday" /
    "The following day Dan Driscoll ... arrived in Kyiv"): one happening dated two ways. Not a
    country ("US envoys" / "US delegations"), nor what a speaker says of it on the two days."""
    from dataclasses import replace

    from generator.model import Attribution

    sources = (_source("a", "2025-11-20"), _source("b", "2025-11-22"))
    arrived = _dated("c1", "a", "Driscoll, who arrived in Kyiv on Wednesday with General George, "
                     "is the most senior Pentagon official to visit.", "on Wednesday", "2025-11-19")
    arrived = replace(arrived, mentions=((0, 8, "dan-driscoll"),), actors=("dan-driscoll",))
    leaked = replace(_dated("c2", "a", "The plan, first reported by Axios on Wednesday, would "
                            "require Ukraine to cede land.", "on Wednesday", "2025-11-19"),
                     start=200, end=290, attribution=Attribution("Axios", "axios"))
    text = "The following day Dan Driscoll, the US army secretary, arrived in Kyiv with a document."
    later = replace(_dated("c3", "b", text, "The following day", "2025-11-20"),
                    mentions=((18, 30, "dan-driscoll"),), actors=("dan-driscoll",))
    met = replace(_dated("c4", "b", "Zelensky met Stubb in Helsinki that afternoon.",
                         "that afternoon", "2025-11-20"), start=300, end=345,
                  mentions=((0, 8, "volodymyr-zelensky"),), actors=("volodymyr-zelensky",))
    events = merge_events((arrived, leaked, later, met), sources)
    (both,) = [e for e in events if "c1" in e.claims]
    assert {"c1", "c3"} <= set(both.claims)
    assert [v["when"]["start"] for v in both.conflicts] == ["2025-11-19", "2025-11-20"]
    # what someone says on each day, in other words, is two statements (where each report's
    # day is told by two actors alike enough to stay one unit)
    said = replace(_dated("c3", "b", "The following day Dan Driscoll said the army would keep "
                          "buying drones from Kyiv.", "The following day", "2025-11-20"),
                   mentions=((18, 30, "dan-driscoll"),), actors=("dan-driscoll",),
                   attribution=Attribution("Dan Driscoll", "dan-driscoll"))
    said_first = replace(arrived, attribution=Attribution("Dan Driscoll", "dan-driscoll"))
    told = replace(_dated("c2", "a", "The plan Driscoll brought with General George, first reported by "
                          "Axios on Wednesday, would require Ukraine to cede land.", "on Wednesday", "2025-11-19"),
                   start=200, end=300, attribution=Attribution("Axios", "axios"))
    seen = replace(_dated("c4", "b", "Zelensky met the US army secretary with his document that afternoon.", "that afternoon",
                          "2025-11-20"), start=300, end=345,
                   mentions=((0, 8, "volodymyr-zelensky"),), actors=("volodymyr-zelensky",))
    events = merge_events((said_first, told, said, seen), sources,
                          own_weights((said_first, told, said, seen)))
    assert not any({"c1", "c3"} <= set(e.claims) for e in events)


def test_one_persons_words_told_alike_a_day_apart_are_one_statement_in_disagreement() -> None:
    """Two reports of one person's words, told alike, one dating them by the speaker's evening
    ("Zelensky made the remarks late on Tuesday") and the other by its own next day ("said on
    Wednesday", an outlet in Asia): one statement, its two dates shown (``SAID_ALIKE``); the
    same person saying something else the next day stays a statement of its own."""
    from generator.events import SAID_ALIKE, _same_saying, vectors

    sources = (_source("a", "2025-12-10"), _source("b", "2025-12-11"), _source("c", "2025-12-11"))
    zelensky = Attribution("Volodymyr Zelensky", "volodymyr-zelensky")
    late = replace(_dated("c1", "a", "Zelensky said late on Tuesday that he was ready to hold "
                          "elections within 60 to 90 days if allies guaranteed security.",
                          "late on Tuesday", "2025-12-09"), attribution=zelensky,
                   mentions=((0, 8, "volodymyr-zelensky"),), actors=("volodymyr-zelensky",))
    next_day = replace(_dated("c2", "b", "Ukrainian President Zelensky said on Wednesday he was ready "
                              "to hold elections within 60 to 90 days if allies guaranteed security.",
                              "on Wednesday", "2025-12-10"), attribution=zelensky,
                       mentions=((19, 27, "volodymyr-zelensky"),), actors=("volodymyr-zelensky",))
    other = replace(_dated("c3", "c", "Zelensky said on Wednesday that Kyiv had sent Washington "
                           "its revised peace proposals.", "on Wednesday", "2025-12-10"),
                    attribution=zelensky, mentions=((0, 8, "volodymyr-zelensky"),),
                    actors=("volodymyr-zelensky",))
    claims = (late, next_day, other)
    vec = vectors(claims, own_weights(claims))
    assert _same_saying([late], [next_day], vec) >= SAID_ALIKE
    assert _same_saying([late], [other], vec) == 0.0
    events = merge_events((late, next_day), sources[:2], own_weights((late, next_day)))
    (one,) = events
    assert [v["when"]["start"] for v in one.conflicts] == ["2025-12-09", "2025-12-10"]
    events = merge_events((late, other), (sources[0], sources[2]), own_weights((late, other)))
    assert len(events) == 2
    # (another person's words told alike are no saying of his)
    assert _same_saying([late], [replace(next_day, attribution=Attribution("Andriy Yermak", "andriy-yermak"))],
                        vec) == 0.0


def test_one_night_told_apart_in_two_events_shows_its_dates_on_both() -> None:
    """"late Thursday" in one report's event of Thursday, "on the night of March 14" in another
    report's event of Friday: both events show the two dates, each with its sentence; a night's
    other happening told in other words (under NIGHT_TOLD_APART) shows nothing."""
    from generator.events import rebuild, told_apart
    from generator.model import Event

    sources = (_source("a", "2025-03-14"), _source("b", "2025-03-15"), _source("c", "2025-03-15"))
    met = _at("c1", "a", "Putin met US envoy Steve Witkoff in the Kremlin late Thursday.",
              "2025-03-13", "late Thursday")
    said = _at("c2", "c", "Putin said on Thursday that he supported a truce.", "2025-03-13",
               "on Thursday")
    received = _at("c3", "b", "On the night of March 14, Putin received envoy Steve Witkoff in the "
                   "Kremlin.", "2025-03-14", "March 14")
    peskov = _at("c4", "c", "Peskov said on Friday that Putin had sent signals.", "2025-03-14",
                 "on Friday")
    thursday = rebuild(Event("e-1", "t", met.when, (), ()), [met, said], sources)
    friday = rebuild(Event("e-2", "t", received.when, (), ()), [received, peskov], sources)
    claims = (met, said, received, peskov)
    shown = told_apart((thursday, friday), claims, sources)
    for event in shown:
        assert [(v["when"]["start"], v["claims"]) for v in event.conflicts] == [
            ("2025-03-13", ["c1"]), ("2025-03-14", ["c3"])]
    drones = _at("c3", "b", "On the night of March 14, Ukrainian drones hit an oil depot in "
                 "Krasnodar.", "2025-03-14", "March 14")
    friday = rebuild(Event("e-2", "t", drones.when, (), ()), [drones, peskov], sources)
    assert all(not e.conflicts for e in told_apart((thursday, friday), (met, said, drones, peskov),
                                                    sources))


def test_a_day_told_in_another_zones_time_shows_on_both_events() -> None:
    """"... spoke by phone on Thursday morning, Australian time" in one report's event of
    Thursday, "had a lengthy call on Wednesday" in another's of Wednesday: both show the two
    days; another kind of happening of the next day ("welcomed Fogel late on Tuesday, US
    time" beside Wednesday's call) shows nothing."""
    from generator.events import rebuild, told_apart
    from generator.model import Event

    sources = (_source("a", "2025-02-13"), _source("b", "2025-02-13"))
    zoned = _at("c1", "a", "Trump and Putin agreed to begin talks after they spoke by phone on "
                "Thursday morning, Australian time.", "2025-02-13", "Thursday morning")
    call = _at("c2", "b", "Trump said on Wednesday that he and Putin had a lengthy phone call "
               "and agreed to begin talks.", "2025-02-12", "on Wednesday")
    thursday = rebuild(Event("e-1", "t", zoned.when, (), ()), [zoned], sources)
    wednesday = rebuild(Event("e-2", "t", call.when, (), ()), [call], sources)
    for event in told_apart((thursday, wednesday), (zoned, call), sources):
        assert [(v["when"]["start"], v["claims"]) for v in event.conflicts] == [
            ("2025-02-12", ["c2"]), ("2025-02-13", ["c1"])]
    # (the zone in brackets, as Pacific outlets write it: "(AEDT)", "(NZ time)"; never "(local
    # time)", the place's own)
    for told, shown in (("(AEDT)", True), ("(NZ time)", True), ("(local time)", False)):
        bracketed = _at("c1", "a", f"Trump and Putin agreed to begin talks after they spoke by phone on "
                        f"Thursday morning {told}.", "2025-02-13", "Thursday morning")
        thursday = rebuild(Event("e-1", "t", bracketed.when, (), ()), [bracketed], sources)
        assert all(bool(e.conflicts) is shown
                   for e in told_apart((thursday, wednesday), (bracketed, call), sources)), told
    # (never beside a day that dates someone's saying: "Obama said on Friday that MH17 was
    # shot down" is no version of "shot down late on Thursday (AEST)")
    downed = _at("c1", "a", "Flight MH17 was shot down over eastern Ukraine late on Thursday (AEST).",
                 "2014-07-17", "late on Thursday")
    from generator.model import Attribution

    obama = replace(_at("c2", "b", "President Obama said on Friday that flight MH17 was shot down by a "
                        "missile.", "2014-07-18", "on Friday"), attribution=Attribution("President Obama", None))
    sources14 = (_source("a", "2014-07-18"), _source("b", "2014-07-18"))
    events = (rebuild(Event("e-1", "t", downed.when, (), ()), [downed], sources14),
              rebuild(Event("e-2", "t", obama.when, (), ()), [obama], sources14))
    assert all(not e.conflicts for e in told_apart(events, (downed, obama), sources14))
    welcomed = _at("c1", "a", "Trump welcomed Fogel at the White House late on Tuesday, US time, "
                   "after talks.", "2025-02-11", "late on Tuesday")
    tuesday = rebuild(Event("e-1", "t", welcomed.when, (), ()), [welcomed], sources)
    assert all(not e.conflicts for e in told_apart((tuesday, wednesday), (welcomed, call), sources))


def test_two_nights_beside_a_reports_day_are_two_happenings() -> None:
    """A report of Sunday telling Saturday's call, the talks that "ended late on Saturday" and
    the strike "overnight into Saturday": the two nights are two happenings, each apart from
    the day."""
    sources = (_source("a", "2025-12-07"),)
    call = _at("c1", "a", "Zelensky held a long phone call with Witkoff and Kushner on Saturday.",
               "2025-12-06", "on Saturday")
    talks = _at("c2", "a", "Negotiators in Miami ended a third day of consultations late on "
                "Saturday.", "2025-12-06", "late on Saturday")
    strike = _at("c3", "a", "Overnight into Saturday, Russia launched 653 drones and 51 missiles "
                 "at power plants.", "2025-12-06", "Saturday")
    events = merge_events((call, talks, strike), sources)
    assert sorted(sorted(e.claims) for e in events) == [["c1"], ["c2"], ["c3"]]


def test_a_sentence_opening_on_he_is_titled_by_whom_he_means() -> None:
    """"He met Indonesia's President Prabowo Subianto in Jakarta on Wednesday" after a sentence
    naming Macron alone: its event says who ("Macron meets ...", was "He meets Subianto in
    Jakarta"); a sequence's last verb phrase tells its own date's news ("..., then met the
    Russian leader in Anchorage on Aug. 15" was "Talks in Alaska"). Where "he" could mean two
    people and neither opens the sentence before as its subject, no one is put in its place, and
    no claim changes its actors (merging reads them)."""
    import datetime as _dt

    from generator.claims import extract_claims
    from generator.events import merge_events
    from generator.model import Source
    from generator.text import source_sentences

    def titles(text: str, published: str = "2025-05-31") -> tuple[list[str], list]:
        raw = f"---\ntitle: t\nurl: https://a.example/a\npublished: {published}\n---\n{text}\n"
        source = Source("a", "a.md", "https://a.example/a", "t", _dt.date.fromisoformat(published),
                        raw, raw.index(text))
        claims = tuple(extract_claims(source, source_sentences(source)))
        return [e.title for e in merge_events(claims, (source,))], list(claims)

    made, claims = titles("French President Emmanuel Macron spoke at the Shangri-La Dialogue in "
                          "Singapore on Friday.\n\nHe met Indonesia's President Prabowo Subianto "
                          "in Jakarta on Wednesday.")
    assert "Macron meets Subianto in Jakarta" in made, made
    assert claims[1].subject == "emmanuel-macron" and "emmanuel-macron" not in claims[1].actors
    # (of two people, the one the sentence opens on as its subject, since session 50)
    made, _ = titles("Zelensky spoke to Macron on Friday.\n\nHe met Subianto in Jakarta on Wednesday.")
    assert not any(t.startswith("Macron meets") for t in made), made
    made, _ = titles("In Paris, Zelensky and Macron spoke on Friday.\n\nHe met Subianto in Jakarta on Wednesday.")
    assert not any(t.startswith(("Zelensky meets", "Macron meets")) for t in made), made
    made, _ = titles("Donald Trump spoke at length on Monday. He set Putin a 50-day deadline in July, "
                     "later shortened it to Aug. 8, then met the Russian leader in Anchorage on Aug. 15 "
                     "without winning a ceasefire.", "2025-09-01")
    assert "Trump meets Putin in Anchorage without winning a ceasefire" in made, made
    # after a time opening, and with a speaker named after it: "he" is still the one meant, and
    # the sentence's coarser date ("since February 2022") does not take its headline
    made, claims = titles("Putin's answer to the court came the next day. On Saturday, he flew to "
                          "Crimea on the anniversary of its annexation, and then, according to the "
                          "Kremlin, to occupied Mariupol, his first visit there since February 2022.",
                          "2023-03-20")
    assert "Putin flies to Crimea on the anniversary of its annexation" in made, made
    assert all(c.subject == "vladimir-putin" for c in claims if "flew" in c.text)
    # after an opening of time of the vocabulary's (attribution.yaml, pronoun_openers)
    made, claims = titles("On Monday, Putin recognised the self-proclaimed republics of Donetsk and "
                          "Luhansk in a televised address. Overnight, he ordered Russian troops into "
                          "the two regions.", "2022-02-23")
    assert any(t.startswith("Putin orders Russian troops") for t in made), made
    assert all(c.subject == "vladimir-putin" for c in claims if "ordered" in c.text)
    # after a title whose holder the sentence names in apposition (probe_events82)
    _, claims = titles("The President of the European Commission, Ursula von der Leyen, was in Kyiv "
                       "on Friday. She visited a power plant on Friday afternoon.", "2024-09-20")
    assert all(c.subject == "ursula-von-der-leyen" for c in claims if "visited" in c.text)


def test_an_act_that_points_back_gives_way() -> None:
    """"A day later, Vladimir Putin himself went further": further than what? "... after the
    State Duma did so unanimously on Monday": did what? A sentence that says it titles the
    event."""
    from generator.events import title_of

    further = _claim("f1", "r", "A day later, Vladimir Putin himself went further.", "2021-10-13")
    said = _claim("s1", "q", "Russian President Vladimir Putin said on Wednesday he was not refusing "
                  "to meet his Ukrainian counterpart Volodymyr Zelensky.", "2021-10-13", start=300)
    assert title_of([further, said]).startswith("Putin says he is not refusing")
    assert title_of([further]) == "Putin goes further"


def test_a_reports_lead_titles_its_event_before_a_sentence_more_like_the_whole() -> None:
    """Zelensky's G20 speech, the lead of its report, titles the day's event, not "Lavrov leaves
    Bali", which the other sentences name more (the lead came first only when dated by its
    report's day)."""
    import datetime as _dt

    from generator.events import _ranking
    from generator.model import Source

    day = TimeValue(_dt.date(2022, 11, 15), _dt.date(2022, 11, 15), "day")
    lead = _claim("z", "a", "Zelensky told the G20 summit on Tuesday that now is the time to end "
                  "the war.", "2022-11-15")
    lavrov = [Claim(f"l{i}", src, f"Lavrov left Bali on Tuesday, ahead of day {i}.", start, start + 40,
                    1, day, "explicit") for i, (src, start) in enumerate((("a", 300), ("b", 0), ("b", 90)))]
    vec = {"z": {"zelensky": 1.0}, **{c.id: {"lavrov": 1.0} for c in lavrov}}
    sources = {s: Source(s, f"{s}.md", f"https://{s}.example/", s, _dt.date(2022, 11, 16), "", 0)
               for s in "ab"}
    ranked, _, _ = _ranking([lavrov[0], lead, *lavrov[1:]], vec, sources)
    assert ranked[0].id in ("z", "l1") and ranked[1].id in ("z", "l1"), [c.id for c in ranked]


def test_a_role_opening_a_title_takes_the_name_another_claim_gives_it() -> None:
    """"Russia's defence minister orders a halt to military drills near Ukraine", where a claim
    of the event names "Defense Minister Sergei Shoigu": "Shoigu orders a halt ..." (the role in
    either spelling); two people named with the role, or none, leave the title as it is."""
    from generator.events import _role_named

    shoigu = _claim("s", "a", "Defense Minister Sergei Shoigu on Thursday ordered the troops back.",
                    "2021-04-22", mentions=((17, 30, "sergei-shoigu"),))
    title = "Russia's defence minister orders a halt to military drills near Ukraine"
    assert _role_named(title, [shoigu], frozenset()) == "Shoigu orders a halt to military drills near Ukraine"
    assert _role_named(title, [], frozenset()) == title
    other = _claim("o", "b", "Defence minister Rustem Umerov said the drills were a threat.",
                   "2021-04-22", mentions=((17, 30, "rustem-umerov"),))
    assert _role_named(title, [shoigu, other], frozenset()) == title


def test_two_days_ahead_are_two_plans_unless_a_move_is_told() -> None:
    """"Talks are due to open in Geneva on Monday, followed by a NATO-Russia Council meeting in
    Brussels on Wednesday": two happenings planned, never one plan moved from Monday to
    Wednesday; a report that tells of a move ("will now take place on Wednesday") makes them
    one plan that moved, shown with both days."""
    sources = (_source("a", "2022-01-03"), _source("b", "2022-01-03"))
    monday = _dated("a1", "a", "Talks between US and Russian officials are due to open in Geneva on "
                    "Monday.", "Monday", "2022-01-10")
    wednesday = _dated("b1", "b", "Talks between US and Russian officials are due to be held on "
                       "Wednesday in Brussels.", "Wednesday", "2022-01-12")
    assert len(merge_events((monday, wednesday), sources)) == 2
    moved = _dated("b1", "b", "Talks between US and Russian officials, which had been expected on "
                   "Monday, will now take place on Wednesday.", "Wednesday", "2022-01-12")
    (event,) = merge_events((monday, moved), sources)
    assert [v["when"]["start"] for v in event.conflicts] == ["2022-01-10", "2022-01-12"]
    # a contact group's "next session" names talks as a "meeting" does
    sources = (_source("a", "2020-03-12"), _source("b", "2020-03-13"))
    meeting = _dated("a1", "a", "The council is to be formally set up at the group's next meeting "
                     "on March 25, Yermak told journalists.", "March 25", "2020-03-25")
    session = _dated("b1", "b", "The contact group's next session, first set for March 25, will now "
                     "be held by video link on March 26.", "March 26", "2020-03-26")
    (event,) = merge_events((meeting, session), sources)
    assert [v["when"]["start"] for v in event.conflicts] == ["2020-03-25", "2020-03-26"]


def test_a_report_turning_to_a_place_the_registry_does_not_know_tells_it_apart() -> None:
    """"In Tashkent, ..." opens on a place the registry holds not: a name the report's lead
    does not write, no month, is a place turned to as much as a registered one."""
    from dataclasses import replace

    sources = (_source("a", "2024-05-16"),)
    lead = "Xi Jinping and Vladimir Putin held talks in Beijing on Thursday and signed a joint statement."
    claims = (
        replace(_claim("c1", "a", lead, "2024-05-16"), places=("beijing",),
                mentions=((lead.index("Beijing"), lead.index("Beijing") + 7, "beijing"),)),
        _claim("c2", "a", "Putin said on Thursday that Russia was open to dialogue.", "2024-05-16", 100),
        _claim("c3", "a", "In Tashkent, the foreign ministry told reporters on Thursday that Uzbekistan "
               "was watching the deepening ties.", "2024-05-16", 200),
    )
    assert sorted(sorted(e.claims) for e in merge_events(claims, sources)) == [["c1", "c2"], ["c3"]]
    # a month opening the sentence is no place
    month = (*claims[:2], replace(claims[2], text=claims[2].text.replace("In Tashkent", "In May")))
    assert [sorted(e.claims) for e in merge_events(month, sources)] == [["c1", "c2", "c3"]]


def test_speakers_the_registry_does_not_know_tell_a_reports_day_apart() -> None:
    """One report's day of several people's words, none of them registered ("Turkish Defence
    Minister Hulusi Akar said ...", "Former German chancellor Gerhard Schröder told Stern ..."):
    each speaker's words little like the others' are a happening of their own, as a registered
    speaker's are; the unnamed lead keeps the rest."""
    from dataclasses import replace

    from generator.events import unregistered
    from generator.model import Attribution

    sources = (_source("a", "2022-08-03"),)
    akar = "Turkish Defence Minister Hulusi Akar"
    schroeder = "Former German chancellor Gerhard Schröder"
    claims = (
        _claim("c1", "a", "The bulk carrier Razoni was cleared on Wednesday to sail on to Lebanon "
               "after inspectors boarded it off Istanbul.", "2022-08-03"),
        replace(_claim("c2", "a", f"{akar} said on Wednesday that further grain departures from "
                       "Odesa could follow within days.", "2022-08-03", 100),
                attribution=Attribution(akar)),
        replace(_claim("c3", "a", f"{schroeder} told Stern magazine on Wednesday that the Kremlin "
                       "wants a negotiated solution.", "2022-08-03", 200),
                attribution=Attribution(schroeder)),
    )
    assert unregistered(claims[1]) == "~akar" and unregistered(claims[2]) == "~schröder"
    assert sorted(sorted(e.claims) for e in merge_events(claims, sources)) == [["c1", "c2"], ["c3"]]
    # a speaker who is no one's name ("Officials said") is no one's key
    officials = replace(claims[2], text="Officials said on Wednesday that the Kremlin wants a "
                        "negotiated solution.", attribution=Attribution("Officials"))
    assert unregistered(officials) is None



def test_one_lead_dated_by_a_night_and_by_the_next_day_elsewhere_is_one_happening(tmp_path) -> None:
    """p42's ban of three channels: "Zelensky on Tuesday evening signed a decree imposing
    sanctions on three television channels" (Kyiv's outlets) and, an outlet in Asia, "Zelensky
    signed a decree on Wednesday shutting down three television channels", each report's day
    holding much else: one lead, one night told by two clocks, one happening in disagreement
    (its likeness a night's, not only the two whole days')."""
    import json
    import shutil

    from generator.pipeline import export_paths
    from generator.project import load_project

    folder = Path(__file__).parent / "fixtures" / "probe_events42" / "articles"
    for article in sorted(folder.glob("d1[0-3]_*.md")):
        shutil.copy(article, tmp_path / article.name)
    pieces, _ = export_paths([tmp_path], load_project(), None)
    export = json.loads("".join(pieces))
    claims = {c["id"]: c for c in export["claims"]}
    (ban,) = [e for e in export["events"] if any(
        "decree on Wednesday shutting down" in claims[c]["text"] for c in e["claims"])]
    assert [v["when"]["start"] for v in ban["conflicts"]] == ["2021-02-02", "2021-02-03"]


def test_a_date_whose_sentence_titles_another_takes_its_own_clause(tmp_path: Path) -> None:
    """One sentence, two dates: its headline titles Thursday's event; January 2027's event was
    "European Union speaks" (a template), and takes the headline of the clause holding its
    date, which no other event has."""
    (tmp_path / "eu.md").write_text(
        "---\ntitle: EU sanctions\noutlet: Test Wire\npublished: 2025-10-24\n"
        "url: https://example.com/eu\n---\n"
        "The European Union adopted its 19th sanctions package on Thursday, including a ban on "
        "imports of Russian liquefied natural gas from January 2027.\n", encoding="utf-8")
    sources, problems = load_sources([tmp_path])
    assert not problems
    titles = {e.when.start.isoformat(): e.title for e in extract(sources).events}
    assert titles == {"2025-10-23": "European Union adopts its 19th sanctions package",
                      "2027-01-01": "Ban on imports of Russian liquefied natural gas from January 2027"}


def test_a_report_that_turns_keeps_the_rest_of_the_paragraph_with_the_turn() -> None:
    """"And in Bolivia, troops ... stormed the government palace on Wednesday afternoon. The
    general ... was arrested that evening": both are the turn's, whatever their dates ("In a
    separate case, ... Assange pleaded guilty late Tuesday ... He landed in Canberra early
    Wednesday" too), not the Wednesday of the trial the report leads with (probe_events139 put
    a coup, an arrest and a trial in one event); a new paragraph returns to the report."""
    from generator.claims import extract_claims
    from generator.model import Source
    from generator.text import source_sentences

    text = ("Evan Gershkovich went on trial in Yekaterinburg, Russia, on Wednesday on espionage "
            "charges.\n\nIn Moscow, the Kremlin declined on Wednesday to comment on the trial.\n\n"
            "In a separate case, WikiLeaks founder Julian Assange pleaded guilty late Tuesday in a "
            "court on Saipan. He landed in Canberra early Wednesday a free man.\n\n"
            "And in Bolivia, troops led by a dismissed army commander stormed the government "
            "palace in La Paz on Wednesday afternoon. The general was arrested that evening.\n\n"
            "The Journal's editor said on Wednesday that the trial was a sham.")
    raw = f"---\ntitle: t\nurl: https://a.example/a\npublished: 2024-06-27\n---\n{text}\n"
    source = Source("a", "a.md", "https://a.example/a", "t", _dt.date(2024, 6, 27), raw, raw.index(text))
    claims = tuple(extract_claims(source, source_sentences(source)))
    keys = {"Evan": "trial", "In Moscow": "kremlin", "In a separate": "assange", "He landed": "canberra",
            "And in": "coup", "The general": "arrest", "The Journal's": "editor"}

    def key(c: Claim) -> str:
        return next(v for k, v in keys.items() if c.text.startswith(k))

    together = {frozenset(key(c) for c in claims if c.id in e.claims) for e in merge_events(claims, (source,))}
    trial = next(t for t in together if "trial" in t)
    assert "editor" in trial and not trial & {"canberra", "coup", "arrest"}, together
    assert frozenset({"coup", "arrest"}) in together, together
