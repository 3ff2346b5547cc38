"""The thirty-third hostile sweep (hostile33), the rules session 39 added, attacked: a short
title's abbreviation before a name's particle parted a sentence ("Putin met Amb.| van der Meer
in Moscow"), a chronology's date with a holiday in brackets lost its claim ("12 June 2014
(Russia Day) - Putin addressed the nation"), a call for protests that were held was dated ahead,
what one told the speaker lost the speaker, quotes of two sentences and split quotes with a
second frame garbled titles, a line break's attribute holding a ">" left its rest in the
sentence, a second subject's past after 1-3 words passed as a headline, "until now" lost its
"now", an inverted "Not until Friday did ..." stood as a title, a reply cycle passed `check`, and
Material's own `!!python/name:` emoji setting was refused."""
from __future__ import annotations

from pathlib import Path

import pytest

from generator.headlines import make_headline
from tests.conftest import timeline_of


def _events(body: str, published: str = "2025-09-03"):
    return timeline_of(body, published=lambda _: published)


@pytest.mark.parametrize(("sentence", "title"), [
    ("Putin met Amb. van der Meer in Moscow on 2 September 2025.", "Putin meets Amb. van der Meer in Moscow"),
    ("Putin met Adm. de Robeck in Moscow on 2 September 2025.", "Putin meets Adm. de Robeck in Moscow"),
    ("The report cited Ch. de Gaulle airport on 2 September 2025.", "Report cites Ch. de Gaulle airport"),
])
def test_an_abbreviation_before_a_particle_parts_no_sentence(sentence: str, title: str) -> None:
    timeline = _events(sentence)
    assert [(e.title, str(e.when.start)) for e in timeline.events] == [(title, "2025-09-02")]


def test_a_chronologys_holiday_or_part_of_day_in_brackets_keeps_its_claim() -> None:
    """The wire pattern read "(Russia Day)" as an agency: the entry's claim went, no warning."""
    timeline = _events("Putin spoke often about the war.\n\n12 June 2014 (Russia Day) - Putin addressed "
                       "the nation in Moscow.\n\nFebruary 24, 2022 (Thursday morning) - Russian troops "
                       "crossed the border.\n")
    assert sorted((str(e.when.start), e.title) for e in timeline.events) == [
        ("2014-06-12", "Putin addresses the nation in Moscow"),
        ("2022-02-24", "Russian troops cross the border"),
        ("2025-09-03", "Putin speaks often about the war")]


@pytest.mark.parametrize("sentence", ["Navalny called for protests on Saturday, and police detained 3,000 people.",
                                      "Navalny had called for protests on Saturday."])
def test_protests_called_for_and_held_lie_behind(sentence: str) -> None:
    (claim,) = _events(sentence).claims
    assert str(claim.when.start) == "2025-08-30"  # the Saturday before the Wednesday


@pytest.mark.parametrize(("sentence", "title"), [
    # what one told the speaker stays the speaker's, the frame first or last
    ("Nemtsov had told him he had evidence, Poroshenko said on 2 September 2025.",
     "Poroshenko says Nemtsov told him he had evidence"),
    # a quote of two sentences: its first
    ('"Demand was strong. Sales rose 5%," the report published on 2 September 2025 said.',
     "Report says demand was strong"),
    ('There is no alternative to it," Lavrov told reporters on 2 September 2025.',
     "Lavrov says there is no alternative to it"),
    # a split quote with a second frame after it
    ('"But," Ayrault said on 2 September 2025, "the goal is peace," he added.', "Ayrault says the goal is peace"),
    # "until now" keeps its "now"
    ("Putin has given no reason until now for the delay.", "Putin gives no reason until now for the delay"),
    # one saying inside a relative clause is not the speaker
    ("Peskov said on 2 September 2025 a deal that Lavrov said was dead would be revived.",
     "Peskov says a deal Lavrov said was dead will be revived"),
])
def test_session_39s_title_rules_on_odd_input(sentence: str, title: str) -> None:
    assert make_headline(sentence).text == title


@pytest.mark.parametrize("sentence", [
    "Borak Abramov said on 2 September 2025 that Tulev Abramov had told him Karin Abramov had evidence.",
    "Not until Friday did the ministry confirm that the talks had ended.",
    "Only after Friday did the talks resume.",
])
def test_no_title_tells_him_nor_stays_inverted(sentence: str) -> None:
    text = make_headline(sentence).text
    assert " tells him " not in text and " did the " not in text


def test_a_second_subjects_past_is_no_headline_whatever_its_length() -> None:
    """'Shoigu dismissed, and upper house confirmed his successor on 2 September 2025' was a
    title: the check read one word of the subject only."""
    timeline = _events("Shoigu was dismissed on 1 September 2025, and the upper house confirmed his "
                       "successor on 2 September 2025.")
    assert sorted((str(e.when.start), e.title) for e in timeline.events) == [
        ("2025-09-01", "Shoigu dismissed"), ("2025-09-02", "Upper house confirms his successor")]


def test_a_line_breaks_quoted_attribute_may_hold_a_greater_than_sign() -> None:
    timeline = _events('Putin met Xi on 2 September 2025.<br data-x="a>b">Modi met Xi on 3 September 2025.')
    assert sorted(e.title for e in timeline.events) == ["Modi meets Xi", "Putin meets Xi"]


def test_a_reply_cycle_is_refused_with_its_line() -> None:
    from generator.curation import Decision, story_of
    from generator.problems import InputError

    timeline = _events("Putin invited Zelensky to Moscow on 1 September 2025.\n\n"
                       "Zelensky refused the invitation on 2 September 2025.\n")
    a, b = (e.id for e in timeline.events)
    decisions = [Decision("reply", (b, a), "an answer", "curation.yaml", 1),
                 Decision("reply", (a, b), "and back", "curation.yaml", 4)]
    with pytest.raises(InputError) as err:
        story_of(timeline.events, timeline.claims, decisions)
    (problem,) = err.value.problems
    assert problem.line == 4 and "already answers" in problem.message


def test_materials_emoji_setting_is_read(tmp_path: Path) -> None:
    """Material documents `!!python/name:` for its emoji and superfences settings: a function
    named, not called. Only the tags that call (object/apply, ...) are refused."""
    from generator.config import Config

    (tmp_path / "mkdocs.yml").write_text(
        "site_name: X\nmarkdown_extensions:\n  - pymdownx.emoji:\n"
        "      emoji_index: !!python/name:material.extensions.emoji.twemoji\n"
        "      emoji_generator: !!python/name:material.extensions.emoji.to_svg\n", encoding="utf-8")
    assert Config.from_project(tmp_path).root == tmp_path
