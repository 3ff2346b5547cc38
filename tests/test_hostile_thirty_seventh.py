"""The thirty-seventh hostile sweep (hostile37), session 42's own rules attacked the same
session: what a browser never shows was found in quadratic time and an unclosed comment hid the
rest of an article; "since DATE. A day earlier" counted from the article's day; the correction
rule took "the original version of the report" as a retraction; a quote ending on a modal lost
its title; an answerer's rhetorical questions made him the outlet; a capitals label was cut as
a dateline; judging verbs took quoted names and offices for sayings; a "which" clause's saying
went to a preposition's object; an -ly noun was taken for an adverb; "**No.** 10" and an italic
full stop parted sentences the date layer did not; a theme folder linking to itself stopped the
build."""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from generator.cli import main
from generator.headlines import make_headline
from tests.conftest import ROOT, timeline_of


def _claims(body: str, published: str = "2025-09-10"):
    return timeline_of(body, published=lambda _: published).claims


def _days(body: str, published: str = "2025-09-10") -> list[str]:
    return [c.when.start.isoformat() for c in _claims(body, published) if c.basis == "explicit"]


class _Counted(str):
    """A text that counts the characters its searches read (``read``)."""

    read = 0

    def find(self, sub, start=0, end=None):
        found = str.find(self, sub, start, len(self) if end is None else end)
        _Counted.read += (found if found >= 0 else len(self)) - start
        return found

    def rfind(self, sub, start=0, end=None):
        end = len(self) if end is None else end
        found = str.rfind(self, sub, start, end)
        _Counted.read += end - (found if found >= 0 else start)
        return found

    def count(self, sub, start=0, end=None):
        end = len(self) if end is None else end
        _Counted.read += end - start
        return str.count(self, sub, start, end)


class _CountedPattern:
    """A pattern whose searches count the characters they read up to their match."""

    def __init__(self, pattern: re.Pattern[str]):
        self.pattern = pattern

    def search(self, text, pos=0, endpos=None):
        found = self.pattern.search(text, pos, len(text) if endpos is None else endpos)
        _Counted.read += (found.start() if found is not None else len(text)) - pos
        return found

    def match(self, *args):
        return self.pattern.match(*args)


@pytest.mark.parametrize("unit", ["<!---->", "<!-- ", "<script>", "<style></style>", "`<!--` ", "<!-- a\n\n"])
def test_what_a_browser_never_shows_is_found_reading_each_character_a_bounded_number_of_times(
        unit: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """(Counted, never timed: 250 KB of empty comments took 40 s, its square.)"""
    from generator import text as text_module

    for name in ("UNSHOWN", "BLANK_LINE_AHEAD"):
        monkeypatch.setattr(text_module, name, _CountedPattern(getattr(text_module, name)))
    monkeypatch.setattr(text_module, "UNSHOWN_CLOSE",
                        {k: _CountedPattern(v) for k, v in text_module.UNSHOWN_CLOSE.items()})
    counts = []
    for n in (500, 1000, 2000):
        _Counted.read = 0
        text_module.unshown(_Counted(("Putin spoke on 3 May. " + unit * 20 + "\n") * n))
        counts.append(_Counted.read)
    assert counts[1] <= 2.5 * counts[0] and counts[2] <= 2.5 * counts[1], counts


def test_an_unclosed_comment_hides_nothing_past_its_paragraph() -> None:
    body = ("Lavrov met Rubio in Riyadh on 2 September 2025. Editors used the <!-- marker in the "
            "draft, the outlet said.\n\nPutin met Zelensky in Geneva on 3 May 2025.")
    assert "2025-05-03" in _days(body)
    assert "2025-09-01" in _days("`<!--` opens a comment in HTML.\n\nXi met Modi in Tianjin on 1 September 2025.")


@pytest.mark.parametrize(("body", "day"), [
    ("The truce has held since 1 September. A day earlier, Putin and Zelensky signed it in Istanbul.", "2025-08-31"),
    ("Zelensky has been in Washington since 7 September. Two days earlier, he met Macron in Paris.", "2025-09-05"),
])
def test_a_count_back_after_since_in_a_main_clause_counts_from_it(body: str, day: str) -> None:
    assert _days(body)[-1] == day


@pytest.mark.parametrize("body", [
    "Lavrov said on Monday that the original version of the report, published on 3 May, was a forgery.",
    "The final communique dropped language from an earlier version of the text that condemned Russia, "
    "diplomats said on Sunday.",
])
def test_a_version_of_another_text_is_no_correction(body: str) -> None:
    assert _days(body, "2025-04-08")


def test_a_correction_note_without_this_article_retracts_its_date() -> None:
    assert _days("Correction: An earlier version misstated the date of the call as Thursday, April 3.",
                 "2025-04-08") == []


@pytest.mark.parametrize(("sentence", "title"), [
    ('Zelensky said on Monday that Ukraine would do "everything it can".',
     'Zelensky says Ukraine will do "everything it can"'),
    ('Putin told reporters on Friday that Russia "will respond as it should".',
     'Putin says Russia "will respond as it should"'),
])
def test_a_quote_ending_on_a_modal_after_its_subject_is_whole(sentence: str, title: str) -> None:
    assert make_headline(sentence).text == title


def test_an_answerer_asking_back_keeps_his_words() -> None:
    claims = _claims("Journalists questioned Putin at his annual press conference in Moscow on Thursday.\n\n"
                     "**Q:** Will you meet Zelensky?\n\n"
                     "**PUTIN:** Why should I? He cancelled the Istanbul talks on 16 May. Who benefits from that?\n\n"
                     "**Q:** And the Americans?\n\n"
                     "**PUTIN:** What did they offer us? Nothing. Witkoff came to Moscow on 6 August and left "
                     "with nothing. Is that a negotiation?", "2025-09-05")
    said = [c for c in claims if c.when.start.isoformat() in ("2025-05-16", "2025-08-06")]
    assert len(said) == 2 and all(c.attribution is not None and c.attribution.text == "Putin" for c in said)


def test_a_capitals_label_of_two_turns_is_no_dateline() -> None:
    timeline = timeline_of("HOST: What did the talks bring?\n\nOLENA MARCHUK: It is a test.\n\n"
                           "HOST: And the Russians?\n\nOLENA MARCHUK: On Monday the Saudi foreign minister rang Lavrov.",
                           published=lambda _: "2025-09-10")
    (claim,) = timeline.claims
    assert claim.attribution is not None and claim.attribution.text == "Olena Marchuk"
    assert [e.title for e in timeline.events] == ["Saudi foreign minister rings Lavrov"]


@pytest.mark.parametrize("body", [
    'The Verkhovna Rada on Tuesday rejected the bill known as the "Lukashenko amendment" by 240 votes.',
    "Russia on Monday rejected Zelensky's \"peace formula\" in Jeddah.",
    'Zelensky hailed the "coalition of the willing" at a summit in Paris on Thursday.',
    'Putin dismissed Shoigu as "defence minister" on 12 May.',
])
def test_a_quoted_name_or_office_is_no_judgement(body: str) -> None:
    assert all(c.attribution is None for c in _claims(body))


def test_a_which_clause_on_a_prepositions_object_is_not_its_saying() -> None:
    (claim, *_) = _claims("A letter to Zelensky, which said on 3 May that US aid would stop, was leaked "
                          "on Monday, Politico reported.")
    assert claim.attribution is None or "Zelensky" not in claim.attribution.text


def test_an_ly_noun_is_no_adverb() -> None:
    assert make_headline("The arms supply from the United States dropped sharply on Monday.").text == \
        "Arms supply from the United States drops sharply"


def test_a_bold_abbreviation_and_an_italic_full_stop() -> None:
    claims = _claims("A spokesman for **No.** 10 said on Monday that Starmer would call Zelensky.")
    assert len(claims) == 1 and claims[0].text.startswith("A spokesman for **No.** 10 said")
    assert _days("The talks, the envoy said, would resume *soon.* In Riyadh on Monday, Rubio met Lavrov.") \
        == ["2025-09-08"]


def test_a_theme_folder_linking_to_itself_builds(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                 capsys: pytest.CaptureFixture) -> None:
    assert main(["init", "--name", "T", str(tmp_path / "p")]) == 0, capsys.readouterr().err
    monkeypatch.chdir(tmp_path / "p")
    shutil.copy(ROOT / "entities.yaml", tmp_path / "p" / "entities.yaml")  # (as test_hostile_thirty_sixth)
    (tmp_path / "p" / "overrides" / "a").symlink_to(".", target_is_directory=True)
    assert main(["build"]) == 0, capsys.readouterr().err
