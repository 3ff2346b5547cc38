"""Characters of no width inside a date (the hostile26 round): a reader sees the date without
them, so the tagger reads it so, and the offsets stay those of the text as written."""
import datetime as dt

import pytest

from generator.timex import tag

DCT = dt.date(2025, 5, 20)


@pytest.mark.parametrize("mark", ["\u00ad", "\u200b", "\u200c", "\u200d", "\u200e", "\u2060", "\u2066", "\ufeff"])
@pytest.mark.parametrize(("written", "value"), [
    ("1{m}3 May 2025", "2025-05-13"),   # was the 3rd
    ("3 May 20{m}25", "2025-05-03"),    # was "May 20"
    ("3 May 202{m}5", "2025-05-03"),    # lost its year
    ("2025-0{m}5-03", "2025-05-03"),    # was no date
])
def test_a_date_with_an_invisible_character_is_the_date_a_reader_sees(mark: str, written: str, value: str) -> None:
    text = f"The leaders met on {written.format(m=mark)} in Istanbul."
    found = tag(text, DCT)
    assert [t.value for t in found] == [value]
    t = found[0]
    assert text[t.start:t.end] == t.text and mark in t.text


def test_text_without_such_characters_is_read_as_before() -> None:
    text = "The leaders met on 13 May 2025 in Istanbul."
    assert [(t.start, t.end, t.value) for t in tag(text, DCT)] == [(19, 30, "2025-05-13")]
