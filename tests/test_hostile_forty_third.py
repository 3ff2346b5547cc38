"""The forty-third hostile sweep (hostile43), the session's newest rules attacked the same
session: a weekday before "is" read ahead when it closed a phrase ("The attack on Sunday is a war
crime"); "invitation to" dated whatever was sent by the nearer day ("Putin sent an invitation to
Zelensky on Saturday"); "is being discussed" read ahead with no "for" after it; a month before
any words ending in "contracts" ("March saw record arms contracts") or before a commodity and
its shipments was taken for a futures contract; "on the 31st" of a month before without a 31st
gave no date; a "-led" compound passed for an East Asian given name ("Fico-led talks"); "24/7"
and "9/11" opening a sentence were read as a thread's post numbers; a "though" with no clause of
its own cut the "will" before it off its date; "a week from Saturday, June 22" dropped its date;
an inverted speaker with its description or its day after it ("..., said Peskov, Putin's
spokesman.") left the name before the comma speaking; "a Thursday session every week" got a
day."""
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


def test_a_weekday_closing_a_phrase_before_is_is_the_day_gone():
    assert ("Sunday", "2025-05-11") in _dates("The attack on Sunday is a war crime, Zelensky said.")
    assert ("Monday", "2025-05-12") in _dates("Peskov said the summit on Monday is the first in three years.")
    # (the day as the subject still looks ahead)
    assert ("Sunday", "2024-05-05") in _dates("Sunday is Orthodox Easter.", dt.date(2024, 5, 4))


def test_an_invitation_sent_or_declined_is_dated_by_its_verb():
    assert ("Saturday", "2025-05-10") in _dates("Putin sent an invitation to Zelensky on Saturday.")
    assert ("January", "2025-01") in _dates("Zelensky turned down an invitation to Moscow in January, his office said.",
                                            dt.date(2025, 8, 14))
    assert ("late October", "2025-10") in _dates(
        "Trump accepted Lee's invitation to the APEC summit in Gyeongju in late October.", dt.date(2025, 8, 19))


def test_being_discussed_looks_ahead_only_for_a_time_named():
    assert ("Monday", "2025-05-12") in _dates("The drone strike on Monday is being discussed at the Security Council.")
    assert ("September", "2019-09") in _dates("A visit is being discussed for September.", dt.date(2019, 8, 1))


def test_a_month_before_other_words_than_a_contracts_is_a_date():
    said = _said("Zelensky said March saw record arms contracts with European firms. "
                 "July wheat shipments fell by half, the ministry said. "
                 "The December soft red winter wheat contract settled up 17 cents on Monday.", "2025-08-14")
    assert ("2025-03-01", "Zelensky") in said and ("2025-07-01", "the ministry") in said, said
    assert not [d for d, _ in said if d.startswith("2024-12")], said


def test_the_31st_of_a_month_gone_is_of_the_last_month_that_has_one():
    assert ("the 31st", "2025-03-31") in _dates("Peskov spoke on Monday. The ultimatum expired on the 31st, Kyiv said.")
    assert ("the 31st", "2025-03-31") in _dates("The deadline expired on the 31st.")


def test_a_compounds_suffix_is_no_given_name():
    assert headline("Prime Minister Robert Fico-led talks collapsed on Monday.") == "Fico-led talks collapse"
    assert headline("President Lee Jae-myung held his first summit with Donald Trump on Tuesday.") \
        == "Lee holds his first summit with Trump"


def test_numbers_that_name_things_are_no_thread_posts():
    assert headline("24/7 Wall Street reported on Monday that Gazprom had lost $7bn.").startswith("24/7 Wall Street")
    assert headline("9/11 Memorial hosted Zelensky on Tuesday.").startswith("9/11 Memorial")
    assert not headline("4/4 Tomorrow I go to Paris, where I will defend the pact.").startswith("4/4")


def test_a_though_with_no_clause_leaves_the_will_its_date():
    assert ("Monday", "2025-05-19") in _dates("The talks will resume, though not on Monday.")


def test_a_week_from_a_weekday_given_its_date_is_that_date():
    assert ("Saturday, June 22", "2024-06-22") in _dates("A week from Saturday, June 22, the polls open.",
                                                         dt.date(2024, 6, 8))
    assert ("A week from Saturday", "2024-06-15") in _dates("A week from Saturday, the resort hosts the summit.",
                                                            dt.date(2024, 6, 8))


def test_an_inverted_speaker_with_its_description_or_day_speaks():
    said = _said("Zelensky met Trump in Rome on Monday, said Peskov, Putin's spokesman. "
                 "Erdogan met Putin in Sochi on Monday, said Peskov on Tuesday.")
    assert said == [("2025-05-12", "Peskov"), ("2025-05-12", "Peskov"), ("2025-05-13", "Peskov")], said


def test_a_weekday_of_a_habit_names_no_day():
    assert ("Thursday", "XXXX-WXX-4") in _dates("Parliament holds a Thursday session every week.")
    assert ("Sunday", "2025-05-11") in _dates("In a Sunday interview, Rubio said a deal was not close.")
