"""The thirtieth hostile sweep (hostile30): sentences that open on inline markup, editors'
decisions that name two events where they take one, the last session's title rules on odd
input."""
from __future__ import annotations

import pytest

from generator.text import split_sentences


@pytest.mark.parametrize("opening", ["**Putin**", "_Putin_", "<a href=\"https://x.org\">Putin</a>",
                                     "`Putin`", "~~Putin~~", "[Putin](https://x.org)"])
def test_a_sentence_opening_on_inline_markup_is_a_sentence_of_its_own(opening: str) -> None:
    """'Officials met on Monday. **Putin** met Xi ...' was one sentence: titled with both, and
    an article whose every sentence opened on a bold name was one sentence of 20 claims."""
    raw = f"Officials met on Monday. {opening} met Xi in Beijing on 2 September 2025.\n"
    texts = [s.text for s in split_sentences(raw) if s.kind == "text"]
    assert texts == ["Officials met on Monday.", f"{opening} met Xi in Beijing on 2 September 2025."]


def test_an_article_of_bold_openings_keeps_every_claim() -> None:
    """600 dated sentences, each opening on a bold name, gave 20 claims (one sentence, capped)."""
    from generator.pipeline import extract
    from generator.sources import parse_source

    body = " ".join(f"**Envoy {k}** met officials in Geneva on {1 + k % 28} May 2025." for k in range(120))
    front = '---\ntitle: "Bold"\nurl: https://example.com/b\npublished: 2025-06-03\n---\n'
    source, problems = parse_source(front + body + "\n", "b.md", "b")
    assert source is not None, problems
    assert len(extract((source,)).claims) == 120
