"""Sentence splitting keeps exact offsets into the raw file."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.text import split_sentences


def test_abbreviations_and_initials_do_not_end_sentences() -> None:
    text = "The U.S. Official met Mr. Smith on Jan. 5 in Kyiv. He left. J. Doe stayed."
    assert [s.text for s in split_sentences(text)] == [
        "The U.S. Official met Mr. Smith on Jan. 5 in Kyiv.", "He left.", "J. Doe stayed."]


def test_quotes_close_sentences_and_headings_stand_alone() -> None:
    text = "A Heading Line\n“We will come,” he said. “Then talk.”\n"
    sentences = split_sentences(text)
    assert [(s.text, s.heading) for s in sentences] == [
        ("A Heading Line", True), ("“We will come,” he said.", False), ("“Then talk.”", False)]


def test_offsets_skip_the_front_matter() -> None:
    raw = "---\ntitle: x\n---\nFirst one. Second one.\n"
    start = raw.index("First")
    sentences = split_sentences(raw, start)
    assert [raw[s.start:s.end] for s in sentences] == ["First one.", "Second one."]


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_offsets_round_trip_on_any_text(text: str) -> None:
    for s in split_sentences(text):
        assert text[s.start:s.end] == s.text
        assert s.text == s.text.strip() and s.text


def test_abbreviations_deep_in_a_long_paragraph() -> None:
    # the word before a period is looked for near it, not from the paragraph's start
    para = ("Talks went on. " * 2000 + "Mr. Smith met Gen. Jones in the U.S. on Monday. "
            + "A longword" + "x" * 60 + ". Next one.")
    texts = [s.text for s in split_sentences(para)]
    assert "Mr. Smith met Gen. Jones in the U.S. on Monday." in texts
    assert texts[-1] == "Next one."
    assert len(texts) == 2000 + 3


def test_line_and_column_of_offsets() -> None:
    import datetime as dt

    from generator.model import Source

    s = Source("a", "a.md", "https://a.example", "t", dt.date(2025, 1, 1), "ab\ncd\n\nef", 0)
    assert [s.line_col(i) for i in (0, 2, 3, 6, 7, 8)] == \
        [(1, 1), (1, 3), (2, 1), (3, 1), (4, 1), (4, 2)]
