"""Golden pages: rendering tests/golden/sources/ gives exactly tests/golden/expected/.

After an intended change: `make golden`, then review `git diff tests/golden` before committing.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.regenerate_golden import GOLDEN, golden_pages

PAGES = {p.path: p.text for p in golden_pages()}
EXPECTED = {p.relative_to(GOLDEN / "expected").as_posix(): p
            for p in sorted((GOLDEN / "expected").rglob("*")) if p.is_file()}


def test_same_set_of_pages() -> None:
    assert sorted(PAGES) == sorted(EXPECTED), "run `make golden` and review the diff"


@pytest.mark.parametrize("path", sorted(EXPECTED))
def test_page_matches_golden(path: str) -> None:
    assert PAGES.get(path) == EXPECTED[path].read_text(encoding="utf-8"), (
        f"{path} differs from the golden copy; run `make golden` and review the diff")


def test_hostile_text_is_escaped_everywhere() -> None:
    for path, text in PAGES.items():
        if path.endswith(".json"):
            continue
        text = text.split("\n---\n", 1)[-1]  # the body; the front-matter title is plain text
        assert "<script" not in text and "<img" not in text and "<b " not in text, path
        assert "](javascript:" not in text, path
