"""What the fourteenth hostile sweep found (the ratios above 1.5x, the headline builder, the
newest reading rules) and was fixed: docs/benchmarks.md, "A fourteenth sweep"."""

from __future__ import annotations

import pytest

from generator.headlines import headline, label


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
])
def test_a_label_ends_on_a_word(text: str, want: str) -> None:
    """The title of what makes no headline never ends in a comma, is never a lone 'The' nor
    punctuation alone (the event's date is its title then)."""
    assert label(text) == want
