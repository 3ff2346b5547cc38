"""The forty-first hostile sweep (hostile41), the session's newest rules attacked the same
session: an aside of who claims something ("Zelensky, his opponents allege, postponed ...") was
dropped as a name's description and the claim titled as fact; quotes were cut before the clause
that limits them ("never sign any agreement| unless ..."); a statement announced in a report ran
on over the reporter's own lines, its issuer taken from the opening phrase ("After a call with
Erdogan, Zelensky's office issued ...") and, with one announcement per tiny paragraph, in time
that grew with the square of the article; "Monday the first to call" and "on the 3rd Assault
Brigade" were read as days of the month, "as announced on Friday, will begin" as the Friday
ahead, "by April Ryan" as April; "Viktor Lukashenko" was shortened to the registry's
Lukashenko."""
from __future__ import annotations

import datetime as dt

from generator.headlines import headline
from generator.timex import tag
from tests.conftest import timeline_of


def _said(body: str, published: str = "2025-05-14") -> list[tuple[str, str | None]]:
    return [(c.when.start.isoformat(), c.attribution.text if c.attribution else None)
            for c in timeline_of(body, published=lambda _: published).claims if c.basis == "explicit"]


def _titles(body: str, published: str = "2025-05-14") -> list[str]:
    return [e.title for e in timeline_of(body, published=lambda _: published).events]


def _dates(text: str, published: dt.date = dt.date(2025, 5, 14)) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, published)]


def test_an_aside_of_who_claims_it_is_no_description():
    assert headline("Zelensky, his opponents allege, postponed the elections on Monday to stay in power.") \
        != "Zelensky postpones the elections to stay in power"
    assert headline("Trump, the Kremlin insisted, had agreed on Tuesday to lift some of the sanctions.") \
        .startswith("Kremlin insists")
    # (a description still goes: its verb is the sentence's)
    assert headline("Merz, the conservative leader expected to become chancellor, called the strike a crime.") \
        == "Merz calls the strike a crime"


def test_a_quote_is_never_cut_before_what_limits_it():
    for sentence in ['Zelensky said on Tuesday that Ukraine would "never sign any agreement with Russia unless '
                     'all of our occupied territories are returned to Ukraine first".',
                     'Zelensky said on Monday that Ukraine "will not launch any strikes on Russian energy '
                     'facilities until Friday, when the partial ceasefire expires".',
                     'Zelensky said on Friday that Ukraine was "prepared to sign a ceasefire agreement, although '
                     'not one that freezes the front line where it stands today".']:
        made = headline(sentence)
        assert not made.endswith(('agreement with Russia"', 'energy facilities"', 'ceasefire agreement"')), made


def test_a_statement_announced_in_a_report_is_its_next_paragraph():
    body = ("The Kremlin said in a statement:\n\nThe two presidents discussed the situation in Donbas on Tuesday.\n\n"
            "Russian drones struck Kharkiv on Wednesday night, killing three people.\n\n"
            "Zelensky met Erdogan in Ankara on Thursday.")
    assert _said(body, "2025-05-16") == [("2025-05-13", "The Kremlin"), ("2025-05-14", None), ("2025-05-15", None)]
    # (a release's "the following statement" runs on)
    release = ("Government spokesperson Steffen Seibert issued the following statement:\n\n"
               "Chancellor Merkel held a telephone conversation with the four leaders this evening.\n\n"
               "The leaders agreed on Tuesday to meet again.")
    assert [who for _, who in _said(release)] == ["Steffen Seibert", "Steffen Seibert"]


def test_a_statements_issuer_is_its_clauses_subject():
    body = ("After a phone call with Recep Tayyip Erdogan on Monday, Zelensky's office issued the following "
            "statement:\n\nThe two leaders discussed a prisoner exchange on Tuesday.")
    assert _said(body, "2025-05-16")[-1] == ("2025-05-13", "Zelensky's office")
    body = ("In Berlin, the German government issued the following statement:\n\n"
            "The chancellor spoke with the presidents of Russia and Ukraine on Wednesday.")
    assert _said(body, "2025-05-16")[-1] == ("2025-05-14", "the German government")


def test_ordinals_and_units_are_no_days_of_the_month():
    assert ("Monday", "2025-05-12") in _dates("Macron was on Monday the first to call Zelensky after the strike.")
    assert _dates("Zelensky will meet Trump on Friday the first.") == [("Friday", "2025-05-16")]
    assert _dates("Russia launched a ground assault on the 3rd Assault Brigade near Kharkiv, the brigade said.") == []
    # (a day of the month its weekday and no month near share: the weekday)
    assert _dates("They met on Friday the 1st, Peskov said.") == [("Friday the 1st", "2025-05-09")]
    assert _dates("On the 22nd Vladimir Putin said he was ready.", dt.date(2021, 4, 28)) == [("the 22nd", "2021-04-22")]


def test_as_announced_is_no_plan_and_april_after_by_is_a_name():
    assert ("Friday", "2025-05-09") in _dates("The ceasefire, as announced on Friday, will begin at midnight.")
    assert _dates("The question was asked by April Ryan of TheGrio.") == []
    assert _dates("On 26 August Minsk hosted the meeting.", dt.date(2014, 8, 28)) == [("26 August", "2014-08-26")]


def test_a_surname_the_registry_gives_to_another_is_kept_whole():
    made = headline('Viktor Lukashenko, the son of the Belarusian leader, announced on Tuesday the creation of a new '
                    'union state called "Malorossiya," or "Little Russia."')
    assert not made.startswith("Lukashenko "), made
