"""The forty-second hostile sweep (hostile42), the session's newest rules attacked the same
session: "this evening" taken as the article's day moved a reported "tonight" off the day it was
said on ("Speaking on Monday, Peskov said Putin would address the nation tonight"); a block of a
line per paragraph glued a heading, a byline and a lettered list to the line after them; "winter
crops" after "Last" lost the season; a moved deadline's "until" sent a day between the verb and
it ahead ("extended its sanctions on Monday until January 31"); "In July deliveries of gas
fell" read the July ahead; a contracted "has" after a name ("Russia's lost") counted as a
possessive's noun; a participle before "into" or "near" took a relative clause's verb for the
sentence's; a fronted "as early as Friday" before "two sources told" read the Friday gone; any
clause between commas passed for a later speaker's role ("Kyiv, despite what Peskov told
reporters on Tuesday, insisted")."""
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


def test_a_part_of_the_day_said_on_a_day_named_before_is_that_days():
    assert ("tonight", "2025-05-12TNI") in _dates("Speaking on Monday, Peskov said Putin would address the nation tonight.")
    assert ("earlier this morning", "2025-05-11TMO") in _dates(
        "On Sunday, 11 May, Zelensky told reporters he had spoken with Erdogan earlier this morning.")
    assert ("this morning", "2025-05-12TMO") in _dates(
        'Zelensky said on Monday: "I spoke with Trump this morning and we agreed to meet."')
    # (a relative clause's day is no saying's: the article's evening)
    assert ("this evening", "2022-05-09TEV") in _dates(
        "Macron, who was re-elected on April 24, is due in Berlin this evening for talks.", dt.date(2022, 5, 9))


def test_a_short_line_or_a_lettered_item_is_never_glued_to_the_next():
    long = ("Russian drones struck the port of Odesa on Sunday night, damaging grain silos and a passenger "
            "terminal, the regional governor Oleh Kiper said.")
    body = (f"{long}\nEU reaction\nvon der Leyen said on Tuesday the bloc would send more air defence systems.\n"
            "By Anna Smith and Tom Jones\nde Mistura told reporters in Geneva on Tuesday that the talks would resume.\n"
            "The plan has three stages\ni. a ceasefire along the front line from 20 May\n"
            "ii. an exchange of all prisoners by 2 June\n")
    said = _said(body)
    assert ("2025-05-13", "de Mistura") in said or ("2025-05-13", "Mistura") in said, said
    assert ("2025-05-13", "von der Leyen") in said, said
    assert ("2025-05-20", None) in said and ("2025-06-02", None) in said, said


def test_a_season_named_is_no_crop():
    assert ("Last summer", "2024-SU") in _dates("Last summer grain exports reached a record.", dt.date(2025, 8, 14))
    assert ("Last winter", "2024-WI") in _dates("Last winter crops were damaged by frost.", dt.date(2025, 8, 14))
    assert _dates("About 40% of winter wheat was cut.", dt.date(2025, 8, 14)) == []


def test_a_day_before_a_moved_deadlines_until_is_the_verbs():
    assert ("Monday", "2025-05-12") in _dates("The EU extended its sanctions on Russia on Monday until January 31.")
    assert ("Tuesday", "2025-05-13") in _dates("Zelensky extended martial law on Tuesday until August 6.")
    assert ("the end of January", "2016-01") in _dates(
        "The European Union on Monday extended its economic sanctions on Russia until the end of January.",
        dt.date(2015, 6, 26))


def test_a_month_before_deliveries_looks_ahead_only_after_for():
    assert ("July", "2025-07") in _dates("In July deliveries of Russian gas to Europe fell by a quarter.",
                                         dt.date(2025, 8, 14))
    assert ("November", "2025-11") in _dates("Wheat futures for November delivery closed at £190/t.",
                                             dt.date(2025, 8, 14))


def test_a_contracted_has_after_a_name_is_a_verb():
    assert headline("Zelensky said on Monday that Russia's lost more than a million soldiers.") \
        == "Zelensky says Russia's lost more than a million soldiers"
    assert headline('Trump said on Monday that Putin\'s been "very tough".') == 'Trump says Putin\'s been "very tough"'


def test_a_verb_after_into_or_near_is_the_sentences_unless_a_past_no_participle_shares_follows():
    assert headline("Russian troops pushed into the village the Ukrainians abandoned on Wednesday.") \
        == "Russian troops push into the village the Ukrainians abandoned"
    assert headline("The 24 Ukrainian sailors captured near the Kerch Strait came home on Friday.") \
        == "24 Ukrainian sailors captured near the Kerch Strait come home"


def test_as_early_as_looks_ahead_unless_it_opens_a_past():
    assert ("Friday", "2025-05-16") in _dates("A deal is possible as early as Friday, two sources told Reuters.")
    assert ("February 25", "2025-02-25") in _dates(
        "As early as February 25, President Xi told President Putin that China supported talks.")


def test_a_later_clause_speaker_needs_a_role_between_its_commas():
    said = _said("The Kremlin said on Monday that the truce had ended, and Kyiv, despite what Peskov told "
                 "reporters on Tuesday, insisted it was holding.", "2025-05-16")
    assert ("2025-05-13", "Kyiv") not in said, said
