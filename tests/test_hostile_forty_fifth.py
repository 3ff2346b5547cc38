"""The forty-fifth hostile sweep (hostile45), the session's rules attacked the same session: a
quote carried over sentences took a curly quote closed by a straight one as open; "debates"
read a noun as a present of the future; "vote Sunday" took a place ending in "s" for a plural;
a caption's clause of its own ("where Putin and Trump meet on Friday") and a word of the future
after its date ("ahead of talks") were misread; American month/days read fractions, scores and
the days that name attacks; a crop's season or work after a month was taken for a contract;
two names with their ages, and an institution joined to a registered name, gave one speaker;
"reminded Western leaders on Friday that" made the one reminded the subject of what was said."""
from __future__ import annotations

import datetime as dt

from generator.headlines import headline
from generator.timex import tag
from tests.conftest import timeline_of


def _said(body: str, published: str = "2025-05-14") -> list[tuple[str, str | None]]:
    return [(c.when.start.isoformat(), c.attribution.text if c.attribution else None)
            for c in timeline_of(body, published=lambda _: published).claims if c.basis == "explicit"]


def _dates(text: str, published: dt.date = dt.date(2025, 5, 14)) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, published)]


def test_a_quote_of_mixed_marks_carries_no_speaker_over_sentences():
    said = _said("“We will meet on Monday,\" a Kremlin aide said. A foreign ministry spokesman said on Tuesday "
                 "that the talks were off. \"We are ready,” a Ukrainian envoy said on Wednesday.")
    assert [who for _, who in said] == ["a Kremlin aide", "A foreign ministry spokesman", "a Ukrainian envoy"], said


def test_nouns_and_places_are_no_present_of_the_future():
    assert ("Monday", "2025-05-12") in _dates("The debates on Monday were heated.")
    assert ("Sunday", "2025-05-11") in _dates("After the Donbas vote Sunday, Kyiv condemned the result.")
    assert ("Sunday", "2025-05-18") in _dates("Ukrainians vote Sunday in a snap election.", dt.date(2025, 5, 17))


def test_a_caption_reads_its_own_clause_and_its_date_clause_only():
    body = ("Putin and Trump will hold talks in Alaska.\n\n![The base](https://example.org/base.jpg)\n\n"
            "Workers prepare the base in Anchorage where Putin and Trump meet on Friday. *Mark Thiessen, AP*\n\n"
            "![Zelensky](https://example.org/z.jpg)\n\n"
            "Zelensky arrives in Berlin on Sunday ahead of talks with Merz. *Markus Schreiber, AP*\n")
    days = [day for day, _ in _said(body, "2025-08-13")]
    assert "2025-08-15" in days and "2025-08-10" in days, days


def test_fractions_scores_and_named_days_are_no_american_dates():
    assert _dates("Support rose from 1/3 to 2/3, a poll showed. The bill passed on 2/3 vote. "
                  "She won after 6/4, 6/3. Prices rose since 10/7.") == []
    assert ("1/10", "2026-01-10") in _dates("Officials will meet in Geneva on 1/10.")


def test_a_crops_season_or_work_after_a_month_is_a_date():
    said = _said("October winter wheat sowing in Ukraine fell by a fifth, the agriculture ministry said. "
                 "Ukraine's September winter wheat plantings were delayed by drought.", "2025-11-14")
    assert [day for day, _ in said] == ["2025-10-01", "2025-09-01"], said


def test_two_speakers_stay_two():
    assert _said("Putin, 72, and Trump, 78, said on Monday that they would meet.") == [("2025-05-12", None)]
    assert _said("The Bank for International Settlements and Russia said on Monday that talks were over.") \
        == [("2025-05-12", None)]


def test_the_one_reminded_is_no_subject_of_what_was_said():
    assert headline("Putin reminded Western leaders on Friday that Russia had nuclear weapons.") \
        == "Putin says Russia had nuclear weapons"
