"""What the seventeenth hostile sweep found (the merge cache, the headline rules of session 23)
and was fixed: docs/benchmarks.md, "A seventeenth sweep"."""

from __future__ import annotations

import copy
import shutil
from pathlib import Path

import pytest

from benchmarks.corpus import generate
from generator.cache import MergeCache
from generator.output import read_json, write_json
from tests.test_merge_memo import DEV, merged


def _forged(cache: MergeCache, edit) -> None:
    """``cache``'s JSON edited by ``edit`` and written again under a digest that matches (as
    an editor, a script or a bad merge of two projects' caches could)."""
    head = read_json(cache.path)
    assert isinstance(head, dict)
    head = copy.deepcopy(head)
    edit(head["memo"])
    write_json(cache.path, head)


def _claims_elsewhere(memo: dict) -> None:
    # every report's entry points at vectors and units before its own (the first report's)
    for key in memo["reports"]:
        memo["reports"][key] = [-5, 3, -2, 1]


def _a_unit_past_its_report(memo: dict) -> None:
    # a report's entry that claims one claim more than it has
    for key, entry in memo["reports"].items():
        memo["reports"][key] = [entry[0], entry[1] + 1, entry[2], entry[3]]


@pytest.mark.parametrize("edit", [_claims_elsewhere, _a_unit_past_its_report])
def test_a_reports_entry_of_another_size_is_prepared_anew(tmp_path: Path, edit) -> None:
    """A report's entry in the merge cache whose vectors are not its claims' (a zip of unequal
    lengths: ValueError out of merge_events before) is prepared again, as a cold merge does."""
    folder = tmp_path / "corpus" / "sources"
    shutil.copytree(DEV, folder)
    cache = MergeCache(tmp_path / "cache" / "merge.json")
    cold, _ = merged(folder, cache)
    _forged(cache, edit)
    again, memo = merged(folder, cache)
    assert again == cold
    assert memo is not None and memo.hits > 0  # the scores were still the last merge's


def _a_claim_of_no_event(memo: dict) -> None:
    for kept in memo["alternatives"].values():
        kept[0][3] = ["c-0000000000", *kept[0][3]]


def _qualities_of_no_order(memo: dict) -> None:
    for kept in memo["alternatives"].values():
        for choice in kept[0][0]:
            choice[2] = False  # (every choice weighed)
        kept[0][0] += [["Two titles no event", [1], False], ["has taken", ["a"], False]]


@pytest.mark.parametrize("edit", [_a_claim_of_no_event, _qualities_of_no_order])
def test_next_best_titles_of_another_shape_are_made_anew(tmp_path: Path, edit) -> None:
    """What picks an event's next best title, kept with claims the event does not have
    (KeyError in _retitled before) or qualities that do not compare (TypeError in _pick), is
    made again."""
    folder = tmp_path / "corpus" / "sources"
    generate(40, folder)  # (its sentences repeat: many events take their next best title)
    cache = MergeCache(tmp_path / "cache" / "merge.json")
    cold, memo = merged(folder, cache)
    assert memo is not None and memo.kept is not None and memo.kept["alternatives"]
    _forged(cache, edit)
    again, _ = merged(folder, cache)
    assert again == cold


@pytest.mark.parametrize("sentence, headline", [
    ('Trump told reporters on Monday: "It could have been a mistake."',
     "Trump says it could have been a mistake"),  # was 'Trump says reporters: "It could ..."'
    ('Trump told reporters: "It could have been a mistake."',
     "Trump says it could have been a mistake"),  # was none
    ('Zelensky told the Verkhovna Rada on Monday: "We will not give up our land."',
     "Zelensky: “We will not give up our land”"),  # was 'Zelensky says the Verkhovna Rada: ...'
])
def test_a_listener_before_a_colon_and_a_quote_is_no_part_of_what_was_said(
        sentence: str, headline: str) -> None:
    from generator.headlines import make_headline
    assert make_headline(sentence).text == headline


@pytest.mark.parametrize("sentence, headline", [
    ("Putin told an energy forum in Moscow, Russia, that there was now a reason for a summit.",
     "Putin says there was a reason for a summit"),  # was 'Putin says an energy forum in Moscow, ...'
    ("Hegseth told a meeting of the Ukraine Defense Contact Group at NATO headquarters in "
     "Brussels, that the war would end.", "Hegseth says the war will end"),
])
def test_a_long_listener_whose_place_names_its_country_is_told(sentence: str, headline: str) -> None:
    from generator.headlines import make_headline
    assert make_headline(sentence).text == headline


@pytest.mark.parametrize("sentence, headline", [
    ('Trump told reporters aboard Air Force One: "I think he wants peace."',
     "Trump: “I think he wants peace”"),  # was 'Trump says aboard Air Force One: "I think ..."'
    ('Lavrov told journalists after the talks: "Nothing was agreed."',
     "Lavrov says nothing was agreed"),  # was 'Lavrov told journalists after the talks: "..."'
])
def test_where_it_was_said_before_a_colon_and_a_quote_is_the_frames(sentence: str, headline: str) -> None:
    from generator.headlines import make_headline
    assert make_headline(sentence).text == headline


@pytest.mark.parametrize("sentence, headline", [
    ("Zelensky said on Monday the fighting would carry on.",
     "Zelensky says the fighting will carry on"),  # was '... the fighting will carry'
    ("Trump said on Monday he would step in.", "Trump says he will step in"),  # was '... will step'
    ("Fighting raged on on Monday.", "Fighting rages on"),  # was none
])
def test_a_particle_ending_the_sentence_ends_the_headline(sentence: str, headline: str) -> None:
    from generator.headlines import make_headline
    assert make_headline(sentence).text == headline


@pytest.mark.parametrize("sentence, headline", [
    ("Putin met Witkoff in Moscow on Thursday, and the two men talked for five hours.",
     "Putin meets Witkoff in Moscow, and the two men talk for five hours"),  # was '... talked ...'
    ("Russia tested the Burevestnik on Monday, and the test lasted 15 hours.",
     "Russia tests the Burevestnik, and the test lasts 15 hours"),  # was '... lasted ...'
])
def test_a_second_clause_after_the_turns_present_too(sentence: str, headline: str) -> None:
    from generator.headlines import make_headline
    assert make_headline(sentence).text == headline


def test_a_lists_last_item_after_the_is_no_second_clause() -> None:
    """(The fix above, kept from a list: 'and the leaders invited to the summit' is the last
    of what Putin met, not a clause of its own.)"""
    from generator.headlines import make_headline
    assert make_headline("Putin met Xi, Modi, and the leaders invited to the summit on Monday."
                         ).text == "Putin meets Xi, Modi, and the leaders invited to the summit"
    assert make_headline("Putin met Xi on Monday, and the two discussed Ukraine.").text \
        == "Putin meets Xi, and the two discuss Ukraine"


@pytest.mark.parametrize("sentence, headline", [
    ("Peskov said on Monday the talks were not over.", "Peskov says the talks are not over"),
    ("The war is over, Zelensky said on Monday.", "Zelensky says the war is over"),
])  # (both were none: "over" ended them as a dangling word)
def test_what_is_over_ends_a_headline(sentence: str, headline: str) -> None:
    from generator.headlines import make_headline
    assert make_headline(sentence).text == headline
