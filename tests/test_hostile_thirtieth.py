"""The thirtieth hostile sweep (hostile30): sentences that open on inline markup, editors'
decisions that name two events where they take one, the last session's title rules on odd
input."""
from __future__ import annotations

import pytest

from generator.text import split_sentences


@pytest.mark.parametrize("opening", ["**Putin**", "_Putin_", "<a href=\"https://x.org\">Putin</a>",
                                     "`Putin`", "~~Putin~~", "[Putin](https://x.org)"])
def test_a_sentence_opening_on_inline_markup_is_a_sentence_of_its_own(opening: str) -> None:
    """'Officials met on Monday. **Putin** met Xi ...' was one sentence: titled with both, and
    an article whose every sentence opened on a bold name was one sentence of 20 claims."""
    raw = f"Officials met on Monday. {opening} met Xi in Beijing on 2 September 2025.\n"
    texts = [s.text for s in split_sentences(raw) if s.kind == "text"]
    assert texts == ["Officials met on Monday.", f"{opening} met Xi in Beijing on 2 September 2025."]


def test_an_article_of_bold_openings_keeps_every_claim() -> None:
    """600 dated sentences, each opening on a bold name, gave 20 claims (one sentence, capped)."""
    from generator.pipeline import extract
    from generator.sources import parse_source

    body = " ".join(f"**Envoy {k}** met officials in Geneva on {1 + k % 28} May 2025." for k in range(120))
    front = '---\ntitle: "Bold"\nurl: https://example.com/b\npublished: 2025-06-03\n---\n'
    source, problems = parse_source(front + body + "\n", "b.md", "b")
    assert source is not None, problems
    assert len(extract((source,)).claims) == 120


@pytest.mark.parametrize("decision", [
    "- title: [e-0000000001, e-0000000002]\n  text: One title\n  reason: r\n",
    "- date: [e-0000000001, e-0000000002]\n  start: 2025-05-01\n  reason: r\n",
])
def test_a_title_or_date_for_two_events_is_refused(decision: str) -> None:
    """'title: [A, B]' and 'date: [A, B]' were accepted and changed A alone."""
    from generator.curation import parse_curation
    from generator.problems import InputError

    with pytest.raises(InputError) as err:
        parse_curation(decision, "sources/curation.yaml")
    (problem,) = err.value.problems
    assert problem.line == 1 and "name one event" in problem.message


def _seed_timeline():
    from pathlib import Path

    from generator.pipeline import check, extract

    sources, _ = check([Path(__file__).resolve().parent.parent / "sources"])
    return extract(sources)


def _applied(timeline, text: str):
    from generator.curation import apply_curation, parse_curation

    return apply_curation(timeline.events, timeline.claims, timeline.sources,
                          parse_curation(text, "sources/curation.yaml"))


def test_a_split_keeps_what_the_editors_gave_the_claims_it_takes() -> None:
    """hostile30: a split's own title lost to a merge after it, a date lost when a split took an
    event's only claims (or split the split's claim again)."""
    timeline = _seed_timeline()
    event = next(e for e in timeline.events if len(e.claims) == 1)
    other = next(e for e in timeline.events if e.id != event.id)
    claim = event.claims[0]
    # a date on an event, then a split of its only claim: the date goes with it
    split = _applied(timeline, f"- date: {event.id}\n  start: 2020-01-01\n  reason: r\n"
                               f"- split: [{claim}]\n  reason: r\n")
    holder = next(e for e in split if claim in e.claims)
    assert holder.when.start.isoformat() == "2020-01-01"
    # a split's own title, then a merge of its event with another: the title stays
    from generator.events import event_id

    new = event_id(claim)
    merged = _applied(timeline, f"- split: [{claim}]\n  title: The editors' title\n  reason: r\n"
                                f"- merge: [{other.id}, {new}]\n  reason: r\n")
    assert next(e for e in merged if claim in e.claims).title == "The editors' title"


def test_a_second_title_after_a_splits_own_is_refused() -> None:
    from generator.events import event_id
    from generator.problems import InputError

    timeline = _seed_timeline()
    claim = next(e for e in timeline.events if len(e.claims) == 1).claims[0]
    with pytest.raises(InputError) as err:
        _applied(timeline, f"- split: [{claim}]\n  title: One\n  reason: r\n"
                           f"- title: {event_id(claim)}\n  text: Two\n  reason: r\n")
    assert "is given a title at line 1 already" in str(err.value.problems[0])


def test_a_merge_of_two_events_each_titled_is_refused() -> None:
    """hostile30's fuzz: two titled events merged kept the first title, the second lost."""
    from generator.problems import InputError

    timeline = _seed_timeline()
    a, b = timeline.events[0].id, timeline.events[1].id
    with pytest.raises(InputError) as err:
        _applied(timeline, f"- title: {a}\n  text: One\n  reason: r\n"
                           f"- title: {b}\n  text: Two\n  reason: r\n"
                           f"- merge: [{a}, {b}]\n  reason: r\n")
    assert "merge: joins events each given a title (at lines 1 and 4)" in str(err.value.problems[0])


def test_titles_of_odd_input_from_the_last_rules() -> None:
    """hostile30: a pronoun's passive after "says" lost its auxiliary ("says it forced to
    introduce"); of people listed with their ages, only the last age went."""
    from generator.headlines import headline

    assert headline("Ukrenergo said on Monday it was forced to introduce emergency power cuts.") \
        == "Ukrenergo says it was forced to introduce emergency power cuts"
    assert headline("Putin, 72, Xi, 71, and Modi, 74, met in Tianjin on 1 September 2025.") \
        == "Putin, Xi and Modi meet in Tianjin"


def test_an_editors_weekend_that_is_no_weekend_is_refused() -> None:
    """'granularity: weekend' on a Wednesday showed as "weekend of 3–3 September 2025"."""
    from generator.curation import parse_curation
    from generator.problems import InputError

    with pytest.raises(InputError) as err:
        parse_curation("- date: e-0000000001\n  start: 2025-09-03\n  granularity: weekend\n"
                       "  reason: r\n", "sources/curation.yaml")
    assert "a weekend runs from a Saturday to the Sunday after it (2025-09-03 is a Wednesday)" \
        in str(err.value.problems[0])
