"""What the fourteenth hostile sweep found (the ratios above 1.5x, the headline builder, the
newest reading rules) and was fixed: docs/benchmarks.md, "A fourteenth sweep"."""

from __future__ import annotations

import pytest

from generator.headlines import headline, label
from tests.test_claims import claims_of


@pytest.mark.parametrize("sentence", [
    "Putin met Zelensky (in Moscow on Monday, Peskov said.",
    "Putin met Zelensky in Moscow (Russia on Monday for talks on the ceasefire.",
    "Putin met Zelensky in Moscow [Russia on Monday.",
    "Putin met Zelensky in «Moscow on Monday.",
    "Putin met Zelensky in Moscow) on Monday.",
])
def test_a_headline_leaves_no_bracket_open(sentence: str) -> None:
    """A bracket the article left open (a typo) was kept open in the headline: 'Putin meets
    Zelensky (in Moscow'. A headline's brackets are closed, or it cuts before them."""
    title = headline(sentence)
    assert title.startswith("Putin meets Zelensky")
    for opening, closing in (("(", ")"), ("[", "]"), ("«", "»")):
        assert title.count(opening) == title.count(closing), title


def test_closed_brackets_stay() -> None:
    assert headline("Putin met Zelensky in Moscow (Russia) on Monday.") == "Putin meets Zelensky in Moscow"


@pytest.mark.parametrize("text, want", [
    ('"On 3 May 2025, we', "On 3 May 2025"),  # was 'On 3 May 2025,'
    ("The the the the the the the the the the the the the the the the the the the the the the the the", ""),
    ("?!... — — ,,, ;;; :: «» “” !!!", ""),
    ("( ) ” the following day on May 29 the same day in Moscow, Russia, June 3.",
     "The following day on May 29 the same day in Moscow, Russia, June 3"),  # was ' the following ...'
])
def test_a_label_ends_on_a_word(text: str, want: str) -> None:
    """The title of what makes no headline never ends in a comma, is never a lone 'The' nor
    punctuation alone (the event's date is its title then)."""
    assert label(text) == want


class _Counted(tuple):
    """A tuple of sentences that counts the sentences handed out, however they are read."""

    handed = 0

    def __iter__(self):  # type: ignore[no-untyped-def]
        for s in super().__iter__():
            type(self).handed += 1
            yield s

    def __getitem__(self, key):  # type: ignore[no-untyped-def]
        got = super().__getitem__(key)
        type(self).handed += len(got) if isinstance(key, slice) else 1
        return _Counted(got) if isinstance(key, slice) else got


def test_headings_are_matched_with_their_sentence_in_one_pass() -> None:
    """Each heading looked for the first sentence under it in a copy of the rest of the
    article: the square of the article (40,000 headings in 1.1 MB: 6.2 s of 33). Now one
    pass, and the heading a sentence restates is still no claim."""
    from generator.claims import _without_restated_headings
    from generator.model import Sentence

    n = 2_000
    sentences = _Counted(Sentence(k * 10, k * 10 + 9, "x", k + 1, "heading" if k % 2 == 0 else "text")
                         for k in range(n))
    _Counted.handed = 0
    assert _without_restated_headings([], sentences) == ()
    assert _Counted.handed <= 3 * n
    body = ("Lead sentence here.\n\n" + "**Overnight strikes on Ukraine's grid**\n\n"
            "Russia struck energy facilities in Kharkiv overnight, Ukrenergo said on Thursday.\n\n" * 3)
    dated = [(c.text, c.timex.text) for c in claims_of(body) if c.basis == "explicit"]
    assert ("Overnight strikes on Ukraine's grid", "Overnight") not in dated
    assert sum(text.startswith("Russia struck") for text, _ in dated) >= 3


class _Searched(str):
    """A body that counts the characters its ``find`` is asked to search for a blank line."""

    searched = 0

    def find(self, sub, start=0, end=None):  # type: ignore[no-untyped-def, override]
        if sub == "\n\n":
            type(self).searched += (len(self) if end is None else min(end, len(self))) - start
        return super().find(sub, start, end)


def test_a_paragraph_of_chronology_entries_is_searched_once() -> None:
    """Each entry of a chronology looked for its paragraph's end from the entry to the end of
    the body: a paragraph of 19,000 entries (512 KB of '**Strikes on 3 May 1990**' lines)
    spent most of its time there (str.find 0.7 s at 128 KB, 20.7 s at 512 KB, profiled). The
    search stops at the next entry now; the entries are anchored as before."""
    import datetime as dt

    from generator.claims import chronology_anchored

    lines = [f"**Strikes on {1 + i % 28} May {1990 + i // 28 % 30}**\n" for i in range(3_000)]
    body = _Searched("".join(lines) + "\nAfter that, talks on June 2.\n")
    _Searched.searched = 0
    found = chronology_anchored(body, dt.date(2026, 2, 6), "en")
    assert _Searched.searched <= 2 * len(body)
    assert [t.value for t in found[:3]] == ["1990-05-01", "1990-05-02", "1990-05-03"]


@pytest.mark.parametrize("text", ["x" * 200, "Putin " + "x" * 200, "a " * 100, "Путин" * 40 + " met"])
def test_a_shortened_text_keeps_its_limit(text: str) -> None:
    """The last fallback of an event's title (and the export's quotes) cut a text with no space
    in its first 40 characters at the limit, then added '…': 81 characters for 80."""
    from generator.events import TITLE_LIMIT, shorten

    assert len(shorten(text, TITLE_LIMIT)) <= TITLE_LIMIT
    assert len(shorten(text, 120)) <= 120
