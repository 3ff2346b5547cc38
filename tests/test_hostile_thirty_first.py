"""The thirty-first hostile sweep (hostile31): editors' dates whose words the site would get wrong
(and one that ended in a traceback), text read wrongly after a link's reference definition or
under an underlined heading, people listed with their ages in full names, and an editor's title
left on an event of hidden claims only."""
from __future__ import annotations

import datetime as dt

import pytest

from generator.curation import parse_curation
from generator.problems import InputError
from tests.conftest import timeline_of


def _date_decision(start: str, end: str, granularity: str) -> str:
    return (f"- date: e-0000000001\n  start: {start}\n  end: {end}\n  granularity: {granularity}\n"
            "  reason: r\n")


@pytest.mark.parametrize(("start", "end", "granularity", "said"), [
    # (a month ending on 9999-12-31 was an OverflowError traceback in check and build)
    ("9999-12-01", "9999-12-31", "month", "ends after the last day"),
    ("2025-09-03", "2025-09-03", "decade", "from 2020-01-01 to 2029-12-31"),
    ("2025-09-01", "2026-04-30", "quarter", "from 2025-07-01 to 2025-09-30"),
    ("2025-01-01", "2025-01-02", "half", "from 2025-01-01 to 2025-06-30"),
    ("2025-01-01", "2025-10-31", "season", "from 2024-12-01 to 2025-02-28"),
    ("2025-09-03", "2025-12-03", "week", "seven days at most"),
    ("0001-01-01", "0001-01-31", "month", "reads as a day"),
])
def test_an_editors_date_that_its_granularity_would_misname_is_refused(
        start: str, end: str, granularity: str, said: str) -> None:
    """Shown as "the 2025s" for one day, "Q3 2025" for eight months, "January 1" for a month
    of the year 1; check passed them all."""
    with pytest.raises(InputError) as err:
        parse_curation(_date_decision(start, end, granularity), "sources/curation.yaml")
    (problem,) = err.value.problems
    assert problem.line == 1 and problem.message.startswith("date: ") and said in problem.message


@pytest.mark.parametrize(("start", "end", "granularity"), [
    ("2025-07-01", "2025-09-30", "quarter"), ("2024-12-01", "2025-02-28", "season"),
    ("2020-01-01", "2029-12-31", "decade"), ("2025-09-03", "2025-09-05", "week"),
    ("2025-12-14", "2025-12-15", "day"),
])
def test_an_editors_date_of_its_own_unit_passes(start: str, end: str, granularity: str) -> None:
    (decision,) = parse_curation(_date_decision(start, end, granularity), "sources/curation.yaml")
    assert decision.when is not None and decision.when.start == dt.date.fromisoformat(start)


def _claims(body: str, published: str = "2025-09-05"):
    return timeline_of(body, published=lambda _: published).claims


def test_the_line_after_a_link_reference_definition_is_read() -> None:
    """'[r0]: https://…' then 'Modi met [Xi][r0] in Delhi on 4 May 2025.' on the next line:
    the reader sees the line; it made no claim."""
    claims = _claims('[r0]: https://example.org/a "x"\nModi met [Xi][r0] in Delhi on 4 May 2025.\n')
    assert [c.when.start for c in claims] == [dt.date(2025, 5, 4)]


@pytest.mark.parametrize("underline", ["-----------", "==========="])
def test_an_underlined_date_heading_dates_the_text_under_it(underline: str) -> None:
    """'16 May 2025' over a line of dashes is a heading as '## 16 May 2025' is: "On Tuesday"
    under it is 13 May (it was read from the publication date, 2 September)."""
    claims = _claims(f"16 May 2025\n{underline}\n\nOn Tuesday, Putin met Xi in Beijing.\n")
    assert [c.when.start for c in claims if "Tuesday" in c.text] == [dt.date(2025, 5, 13)]


def test_people_listed_with_ages_keep_their_full_names() -> None:
    """'Vladimir Putin, 72, Xi Jinping, 71, and Narendra Modi, 74, met ...' was titled
    'Narendra Modi meets in Tianjin'; a model number is no age."""
    from generator.headlines import make_headline

    made = make_headline("Vladimir Putin, 72, Xi Jinping, 71, and Narendra Modi, 74, met in Tianjin "
                         "on 1 September 2025.")
    assert made.text == "Putin, Xi and Modi meet in Tianjin"
    made = make_headline("Boeing, 737, Airbus, 320, and Embraer, 190, met regulators in Geneva on "
                         "1 September 2025.")
    assert made.text.startswith("Boeing, 737, Airbus")


def test_a_title_goes_with_a_split_that_leaves_only_hidden_claims() -> None:
    """'title: A', 'hide' one of A's claims, then a split of all the others: the title stayed
    on A, which the site does not show (it holds hidden claims only)."""
    from pathlib import Path

    from generator.curation import apply_curation
    from generator.pipeline import check, extract

    sources, _ = check([Path(__file__).resolve().parent.parent / "sources"])
    timeline = extract(sources)
    event = next(e for e in timeline.events if len(e.claims) >= 3)
    first, *rest = event.claims
    text = (f"- title: {event.id}\n  text: The editors' title\n  reason: r\n"
            f"- hide: {first}\n  reason: r\n"
            f"- split: [{', '.join(rest)}]\n  reason: r\n")
    events = apply_curation(timeline.events, timeline.claims, timeline.sources,
                            parse_curation(text, "sources/curation.yaml"))
    holder = next(e for e in events if rest[0] in e.claims)
    assert holder.title == "The editors' title"
    # every claim of the event still in exactly one event, the hidden one among its hidden
    held = [c for e in events for c in (*e.claims, *(h for h, _ in e.hidden)) if c in event.claims]
    assert sorted(held) == sorted(event.claims)


@pytest.mark.parametrize("brk", ["<br>", "<br/> ", " <br> ", "\\\n"])
def test_a_line_break_after_a_full_stop_parts_the_sentences(brk: str) -> None:
    """'Putin met Xi in Beijing.<br>Modi met Xi ...' was one sentence: one title of two."""
    from generator.text import split_sentences

    texts = [s.text for s in split_sentences(f"Putin met Xi in Beijing.{brk}Modi met Xi in Delhi.\n")]
    assert texts[0] == "Putin met Xi in Beijing." and texts[1].endswith("Modi met Xi in Delhi.")
    assert len(texts) == 2
