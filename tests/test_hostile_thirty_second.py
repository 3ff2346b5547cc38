"""The thirty-second hostile sweep (hostile32): sentences that open on a capital of another
script, a name's particle or another language's quote marks (each was read as the sentence
before's, and half the claims of such an article were lost), people listed with their ages in
names of particles, a quote its frame parts in two, "the people of Crimea, which Russia
annexed", line-break tags in capitals, television programmes read as days, datelines of other
shapes, a deadline given "until Friday", a !!python tag in mkdocs.yml (which MkDocs would run)
and Pagefind killed without a word."""
from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

import pytest

from generator.text import split_sentences
from tests.conftest import timeline_of


@pytest.mark.parametrize("second", [
    "Élysée officials said on Tuesday that talks would go on.",
    "Łukasz Kowalski said on Tuesday that talks would go on.",
    "Øyvind Berg said on Tuesday that talks would go on.",
    "Şahin said on Tuesday that talks would go on.",
    "Юрий Ушаков said on Tuesday that talks would go on.",
    "von der Leyen said on Tuesday that talks would go on.",
    "de Mistura said on Tuesday that talks would go on.",
    "eBay said on Tuesday that talks would go on.",
    "„Talks will go on,“ Scholz said on Tuesday.",
    "«Talks will go on,» Macron said on Tuesday.",
    "「Talks will go on,」 Kishida said on Tuesday.",
    "¡Sánchez said on Tuesday that talks would go on!",
])
def test_a_sentence_opens_on_any_script_particle_or_quote_mark(second: str) -> None:
    first = "Putin met Macron in Moscow on Monday."
    assert [s.text for s in split_sentences(f"{first} {second}")] == [first, second]


def test_abbreviations_and_lower_case_words_after_a_full_stop_still_part_no_sentence() -> None:
    for text in ("He lives in the U.S. and works there.", "It was 5 p.m. on Monday.",
                 "It was signed in Paris. de facto it was over."):
        assert [s.text for s in split_sentences(text)] == [text]


def _claims(body: str, published: str = "2025-09-05"):
    return timeline_of(body, published=lambda _: published)


@pytest.mark.parametrize("opening", ["Élysée officials", "„Officials", "«Officials"])
def test_every_dated_sentence_of_a_paragraph_of_such_openings_is_a_claim(opening: str) -> None:
    """40 dated sentences gave 20 claims, and a warning about a table."""
    body = " ".join(f"{opening} met on {day} August 2025." for day in range(1, 41))
    assert len(_claims(body).claims) == 40


def test_people_listed_with_their_ages_are_all_in_the_title() -> None:
    """'Zelensky meets in Istanbul': the clause of the date read from the second name."""
    timeline = _claims("Vladimir Putin, 72, and Volodymyr Zelensky, 47, met in Istanbul on "
                       "2 September 2025.")
    assert [e.title for e in timeline.events] == ["Putin and Zelensky meet in Istanbul"]


def test_ages_go_from_names_of_particles() -> None:
    from generator.headlines import make_headline, without_age

    sentence = ("Recep Tayyip Erdogan, 71, Luiz Inacio Lula da Silva, 79, and Ursula von der Leyen, 66, "
                "met in Rome on Monday.")
    assert without_age(sentence) == ("Recep Tayyip Erdogan, Luiz Inacio Lula da Silva and Ursula von der "
                                     "Leyen met in Rome on Monday.")
    assert make_headline(sentence).text == "Erdogan, Lula and von der Leyen meet in Rome"


@pytest.mark.parametrize(("sentence", "title"), [
    ('"But," Ayrault said on 2 September 2025, "the goal is peace."', "Ayrault says the goal is peace"),
    ('"We are ready," Peskov told reporters on Monday, "to meet in Istanbul."',
     "Peskov: “We are ready to meet in Istanbul”"),
    ('"The talks," said Peskov on Monday, "will take place in Istanbul."',
     "Peskov says the talks will take place in Istanbul"),
])
def test_a_quote_its_frame_parts_is_one_quote(sentence: str, title: str) -> None:
    """'Ayrault says " Ayrault said, "the goal is peace'."""
    from generator.headlines import make_headline

    assert make_headline(sentence).text == title


@pytest.mark.parametrize("sentence", [
    "The people of Crimea, which Russia annexed in 2014, voted on Sunday.",
    "Residents of Crimea, which Russia annexed in 2014, voted on Sunday.",
])
def test_which_after_the_people_of_a_place_is_the_place(sentence: str) -> None:
    """'Russia annexes the people of Crimea'."""
    from generator.headlines import dated_clause

    at = sentence.index("in 2014")
    assert dated_clause(sentence, at, at + len("in 2014")) == "Russia annexed Crimea in 2014"


def test_a_line_break_tag_in_capitals_or_with_attributes_parts_sentences() -> None:
    for tag in ('<BR class="x">', "<Br/>", '<br data-x="1" />'):
        text = f"Putin met Zelensky on Monday.{tag}Macron flew to Kyiv on Tuesday."
        assert len(split_sentences(text)) == 2, tag


@pytest.mark.parametrize("sentence", [
    "Rubio told CBS's Sunday Morning that talks would go on.",
    "Rubio said on Fox News Sunday that talks would go on.",
    "Witkoff told Sunday Morning Futures that a deal was close.",
    'Vance told "This Week" that talks would go on.',
])
def test_a_programmes_name_is_no_date(sentence: str) -> None:
    """Each was a claim of the Sunday (or the week) before the report."""
    assert all(c.basis == "publication" for c in _claims(sentence, "2025-09-03").claims)


@pytest.mark.parametrize("dateline", [
    "Moscow, Sep 12 [IANS] ",
    "Moscow, Sep 12 (Interfax-Ukraine News Agency, Moscow Bureau) ",
    "September 12th, 2025 (The Berlin Spectator) ",
])
def test_a_dateline_of_other_shapes_dates_no_claim(dateline: str) -> None:
    """Each made a claim (and an event) of the dateline's day besides the sentence's own."""
    timeline = _claims(dateline + "Russia and Ukraine met in Minsk on Tuesday.", "2025-09-12")
    assert [str(c.when.start) for c in timeline.claims] == ["2025-09-09"]


def test_a_deadline_given_until_a_weekday_lies_ahead() -> None:
    """'The US president gives Moscow until Friday' was the Friday before."""
    (claim, *_) = _claims("The US president gives Moscow until Friday to agree to a ceasefire, "
                          "Trump said on Wednesday.", "2025-09-03").claims
    assert claim.timex.text == "Friday" and str(claim.when.start) == "2025-09-05"


def test_a_python_tag_in_mkdocs_yml_is_refused_before_mkdocs_could_run_it(tmp_path: Path) -> None:
    """MkDocs reads mkdocs.yml with PyYAML's full loader: check passed it and build ran it."""
    from generator.config import Config
    from generator.problems import InputError

    done = tmp_path / "ran"
    (tmp_path / "mkdocs.yml").write_text(
        f'site_name: X\nextra:\n  x: !!python/object/apply:os.system ["touch {done}"]\n', encoding="utf-8")
    with pytest.raises(InputError) as err:
        Config.from_project(tmp_path)
    (problem,) = err.value.problems
    assert problem.line == 3 and "!!python/object/apply:os.system" in problem.message
    assert not done.exists()


def test_pagefind_killed_without_a_word_says_so() -> None:
    """The message ended in an empty "pagefind stopped: "."""
    from generator.site import SiteError, _Answers

    with tempfile.TemporaryFile() as said:
        process = subprocess.Popen(["sh", "-c", "kill -9 $$"], stdout=subprocess.PIPE, stderr=said)
        process.stderr = said  # (as site.py hands it Pagefind's)
        with pytest.raises(SiteError, match="pagefind stopped: killed by signal 9"):
            _Answers(process).next(1)
        process.stdout.close()
