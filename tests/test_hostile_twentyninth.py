"""The twenty-ninth hostile sweep (hostile29): text with no white space, files larger than the
limit, hand-written pages and templates MkDocs reads, dates a reader never sees, editors'
decisions after a merge."""
from __future__ import annotations

import base64

import pytest

from generator.timex import tag
from generator.timex.extract import _windows


def _no_space(size: int) -> str:
    """A pasted data: image (base64 holds digits, a trigger every few characters) after a date."""
    blob = base64.b64encode(bytes((k * 7919) % 256 for k in range(size))).decode()
    return "Putin met Zelensky on 3 May 2025. ![x](data:image/png;base64," + blob[:size] + ")"


@pytest.mark.parametrize("size", [20_000, 80_000])
def test_windows_over_text_with_no_white_space_read_it_once(size: int) -> None:
    """Each trigger's window ran to the end of its word, here the end of the text: a 1.9 MB
    pasted image took 259 s (hostile29). Windows a word joins are one now."""
    import re

    text = _no_space(size)
    positions = [m.start() for m in re.finditer(r"\d", text)]
    windows = _windows(positions, text)
    assert sum(b - a for a, b in windows) <= len(text)
    assert all(a < b <= c for (a, b), (c, _) in zip(windows, windows[1:]))


def test_a_date_before_a_pasted_image_is_still_read() -> None:
    import datetime as dt

    found = [t.text for t in tag(_no_space(5_000), dt.date(2025, 5, 5))]
    assert "3 May 2025" in found


def test_a_source_of_gigabytes_is_refused_without_being_read(tmp_path) -> None:
    """A sparse 3 GB source took 3 GB of memory before its size was looked at: at most a byte
    past the limit is read, and the message gives the file's size."""
    from generator.sources import MAX_BYTES, read_text

    big = tmp_path / "big.md"
    with big.open("wb") as handle:
        handle.truncate(3 * 2**30)
    text, problem = read_text(big, "sources/big.md")
    assert text is None and problem is not None
    assert f"{3 * 2**30:,} bytes" in problem.message and f"{MAX_BYTES:,}" in problem.message
