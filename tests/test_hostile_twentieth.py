"""What the twentieth hostile sweep found (session 26's reading rules, the nineteenth sweep's
leftovers) and was fixed: docs/benchmarks.md, "A twentieth sweep"."""

from __future__ import annotations

import pytest

from generator.headlines import _participle_clause, make_headline, words
from tests.conftest import timeline_of


def _titles(*bodies: str) -> list[str]:
    return [e.title for e in timeline_of(*bodies, published=lambda i: f"2025-0{i + 1}-1{i}").events]


def test_a_by_agent_is_a_whole_noun_phrase() -> None:
    """"Zelensky, flanked by European leaders in Kyiv on Saturday, said ..." was titled
    'European flanked Zelensky leaders in Kyiv': the agent was its capitalised words only."""
    s = "Zelensky, flanked by European leaders in Kyiv on Saturday, said he was ready to meet Putin."
    assert _participle_clause(s, s.index("Saturday"), s.index("Saturday") + 8, words()) is None
    assert not [t for t in _titles(s) if "European flanked" in t or "leaders in Kyiv" in t]
    for s, clause in [("The status of Crimea, annexed by Russia in 2014, remains contentious.",
                       "Russia annexed Crimea in 2014"),
                      ("Crimea, annexed by Russia illegally in 2014, is Ukraine.",
                       "Russia annexed Crimea illegally in 2014")]:
        assert _participle_clause(s, s.index("2014"), s.index("2014") + 4, words()) == clause


@pytest.mark.parametrize(("sentence", "who"), [
    ("Sen. Mark Kelly, D-Ariz., said on Monday that talks with Putin would fail.", "Kelly says"),
    ("Rep. Michael McCaul, R-Texas, told reporters on Tuesday that Zelensky would visit.", "McCaul says"),
    ("Kelly, D-Ariz., and McCaul, R-Texas, said on Monday the talks were over.", "Kelly and McCaul say"),
    ("Sen. Mark Kelly, D-Ariz. said on Monday the aid would pass.", "Kelly says"),
    ("Sen. Mark Kelly, D-Ariz., R-Texas, I-Vt., said on Monday the aid would pass.", "Kelly says"),
])
def test_a_lawmakers_party_and_state_is_no_part_of_a_title(sentence: str, who: str) -> None:
    """Session 26's PARTY_STATE gives the speaker; the title kept the party and state and its
    verb in the past ('Kelly, D-Ariz., said that talks with Putin would fail', 'D-Ariz. says
    Kelly'), and "Sen." stopped the frame ('Kelly said that ...', as "Mr." no longer does)."""
    title = make_headline(sentence).text
    assert title.startswith(who) and not any(p in title for p in ("D-Ariz", "R-Texas", "I-Vt"))


def test_most_recently_leaves_no_most() -> None:
    """LAST_DONE named "most recently", but "recently" is a date and went first: 'Trump and
    Putin most spoke by phone'. Not a "most" of its own after a comma."""
    assert make_headline("Trump and Putin most recently spoke by phone on Monday.").text == \
        "Trump and Putin speak by phone"
    assert "most" in make_headline("The envoys arrived and, in Riyadh, most met Putin on Monday.").text


def test_and_turns_no_verb_of_a_clause_with_its_own_subject_present() -> None:
    """Session 26's _and_present went on past the first "and" to the first past verb: past "and
    they discussed grain" to 'and signs a deal', a verb of "they" given Putin's number."""
    title = make_headline("Putin met Erdogan on Monday and they discussed grain and signed a deal.").text
    assert "signs" not in title and title.startswith("Putin meets Erdogan")
    assert make_headline("Macron hosted Zelensky and seven European leaders on Monday and phoned "
                         "Putin.").text.endswith("and phones Putin")


@pytest.mark.parametrize("sentence", [
    "Zelensky told European leaders on Monday that Ukraine needed guarantees and more and more and more text.",
    "Zelensky told European leaders in Paris on Monday that Ukraine needed guarantees. a onclick=alert(1) and more text",
])
def test_a_listener_of_a_capitalised_word_and_a_plural_is_one_listener(sentence: str) -> None:
    """"told European leaders ... that" was read as a listener "European" and "leaders that
    Ukraine needs guarantees" said: a title too long for its frame fell back to 'Leaders that
    Ukraine needs guarantees ...' (session 26's SAID_WHERE makes "told European leaders in
    Paris that" one such). A listener of a noun phrase keeps its "that", as before."""
    title = make_headline(sentence).text
    assert title.startswith(("Zelensky: Ukraine needs", "Zelensky tells European leaders that Ukraine needs"))


def test_what_is_due_keeps_its_number_and_its_day() -> None:
    """The nineteenth sweep's report: 'Ukraine's notes due 2032 drops' (a possessive subject's
    verb in the singular: "due" opens what the notes are due for, the head is "notes"); and a
    plan's day after "due" was cut and left "due" dangling: 'Talks due postponed'."""
    assert make_headline("Ukraine's notes due 2032 dropped on Monday.").text == "Ukraine's notes due 2032 drop"
    assert make_headline("The talks due on Friday were postponed on Monday.").text == \
        "Talks due on Friday postponed"


def test_a_cut_never_leaves_a_comparison_without_its_than_however_far_back() -> None:
    """Session 26's rule held only where the head ended on "more X": a list after it let a cut
    fall inside the comparison, 'Putin spends more time on talks with Erdogan, on talks with Xi
    and on talks'."""
    title = make_headline("Putin spends more time on Monday on talks with Erdogan, on talks with Xi and on "
                          "talks with Modi than on talks with Zelensky and on anything else.").text
    assert not title or "than" in title
    assert make_headline("Putin spent more time on Monday on Prigozhin than on the war, the paper "
                         "said.").text == "Putin spends more time on Prigozhin than on the war"
    assert make_headline("Russia fired more than 800 drones on Sunday at Kyiv and Odesa and Lviv and Kharkiv "
                         "and Dnipro and Zaporizhzhia, more than on any day.").text == \
        "Russia fires more than 800 drones"


def test_a_datelines_day_dates_a_sentence_that_gives_no_other() -> None:
    """Session 26: a title-case dateline's day ("Moscow, Dec 23: Putin on Friday said ...") is
    when the story was filed, no claim. A sentence with no date of its own after it ("Kyiv,
    March 1: Zelensky met Macron in Paris." in a digest of dated paragraphs) then made no claim
    at all: its happening was lost."""
    claims = timeline_of("The talks went on.\n\nKyiv, March 1: Zelensky met Macron in Paris.\n\n"
                         "Kyiv, March 2: Zelensky met Scholz in Berlin.\n\n"
                         "Moscow, March 2: Putin on Friday said talks would go on.",
                         published=lambda i: "2025-03-03").claims
    assert [(c.text[:13], c.timex.value) for c in claims if c.timex is not None] == [
        ("Kyiv, March 1", "2025-03-01"), ("Kyiv, March 2", "2025-03-02"), ("Moscow, March", "2025-02-28")]


def test_a_title_case_datelines_place_is_no_agent() -> None:
    """'Moscow speaks' for "Moscow, Dec 23: Putin spoke on Friday.": the event's agent was the
    first name of its sentence, the dateline's place (a wire dateline's was already skipped)."""
    titles = [e.title for e in timeline_of("Moscow, Dec 23: Putin spoke on Friday.",
                                           published=lambda i: "2025-12-26").events]
    assert titles == ["Putin speaks"]


def test_a_title_case_dateline_with_its_day_before_a_dash_is_no_part_of_a_title() -> None:
    """"Moscow, Dec 23 - Putin said on Friday ..." was titled 'Moscow, - Putin said that talks
    would go on' (its day cut as a date, its place and dash left): session 26's day_dateline
    reads a colon only."""
    assert make_headline("Moscow, Dec 23 - Putin said on Friday that talks would go on.").text == \
        "Putin says talks will go on"
    assert make_headline("Zelensky, May 20 - a date he will remember - met Modi.").text.startswith("Zelensky")


@pytest.mark.parametrize("body", [
    "Mark Kelly met Zelensky in Kyiv. He said on Monday that the aid would pass.",
    "Sen. Mark Kelly, D-Ariz., met Zelensky in Kyiv. He said on Monday that the aid would pass.",
])
def test_he_after_a_subject_the_registry_does_not_know_is_not_the_person_it_knows(body: str) -> None:
    """'Zelensky says the aid will pass': "he" was the one person the registry knows in the
    sentence before, its object, whatever its subject (session 26's PARTY_STATE lawmakers are
    mostly unknown to it); an unknown name of two words or more counted only with an office in
    it. No speaker is better than a wrong one."""
    timeline = timeline_of(body, published=lambda i: "2025-09-12")
    assert not [c for c in timeline.claims if c.attribution is not None and c.attribution.entity is not None]
    assert not [e.title for e in timeline.events if "Zelensky says" in e.title]
    said = timeline_of("Zelensky met Mark Kelly in Kyiv. He said on Monday that the aid would pass.",
                       published=lambda i: "2025-09-12").claims
    assert [c.attribution.text for c in said if c.attribution is not None] == ["Zelensky"]
