"""The forty-fourth hostile sweep (hostile44), the session's last rules attacked the same
session: any capitalised word before "Memorial Day" took the US holiday away ("Following
Memorial Day", "Trump's Memorial Day address"); "declared Friday and Saturday days of mourning"
sent a Monday before it ahead; "reopens" read a strike named before it as ahead; plural holiday
nouns took the holiday from "On Christmas lights went out"; a past before a noun that is also a
present ("struck targets Ukraine uses") was read as a participle; "leaves office" moved a later
"that day"; ", even though" was no later clause; "speaking on Friday" before a "will" read the
day gone; "The Senate vote on Monday" read ahead; an inverted speaker "late on Tuesday" or "in
an interview" left the object speaking."""
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


def test_only_a_causes_memorial_day_is_no_us_holiday():
    assert ("Memorial Day", "2025-05-26") in _dates("Following Memorial Day, Trump called Putin.", dt.date(2025, 6, 2))
    assert ("Memorial Day", "2025-05-26") in _dates("Trump's Memorial Day address drew crowds.", dt.date(2025, 6, 2))
    assert _dates("Kyiv marked Holodomor Memorial Day.", dt.date(2024, 11, 25)) == []


def test_words_that_look_ahead_only_for_what_follows_them():
    assert ("Monday", "2025-05-12") in _dates("On Monday he declared Friday and Saturday days of mourning.",
                                              dt.date(2025, 5, 17))
    assert ("Monday", "2025-05-12") in _dates("The strike on Monday reopens the debate over air defence.")
    assert ("Monday", "2025-05-12") in _dates("The Senate vote on Monday passed 70-29.")
    assert ("Friday", "2025-05-16") in _dates("Zelensky, speaking on Friday in Kyiv, will announce the plan.")
    assert ("Friday", "2025-05-16") in _dates("Zelensky is speaking on Friday at the UN General Assembly.")


def test_a_holiday_before_a_plural_subject_is_the_holiday():
    assert ("Christmas", "2024-12-25") in _dates("On Christmas lights went out across Kyiv.", dt.date(2024, 12, 28))


def test_a_past_before_a_noun_that_is_also_a_present_is_the_verb():
    assert headline("Russia struck targets Ukraine uses for drones, the ministry said on Monday.") \
        .startswith("Russia strikes targets")


def test_even_though_opens_a_clause_with_its_own_speaker():
    said = _said("Zelensky said on Monday he was ready to meet, even though the Kremlin said on Tuesday it saw no point.")
    assert said == [("2025-05-12", "Zelensky"), ("2025-05-13", "Kremlin")], said


def test_an_inverted_speaker_with_when_and_where_it_spoke():
    said = _said("Putin met Trump on Monday, said Peskov late on Tuesday. "
                 "Putin met Erdogan on Monday, said Peskov in an interview on Tuesday.")
    assert {who for _, who in said} == {"Peskov"}, said
