"""Golden pages: rendering tests/golden/sources/ gives exactly tests/golden/expected/.

After an intended change: `make golden`, then review `git diff tests/golden` before committing.
"""

from __future__ import annotations

import json
import re

import pytest

from tests.regenerate_golden import GOLDEN, golden_pages

PAGES = {p.path: p.text for p in golden_pages()}
EXPECTED = {p.relative_to(GOLDEN / "expected").as_posix(): p
            for p in sorted((GOLDEN / "expected").rglob("*")) if p.is_file()}


def test_same_set_of_pages() -> None:
    assert sorted(PAGES) == sorted(EXPECTED), "run `make golden` and review the diff"


@pytest.mark.parametrize("path", sorted(EXPECTED))
def test_page_matches_golden(path: str) -> None:
    with open(EXPECTED[path], encoding="utf-8", newline="") as f:  # keep the ICS file's CRLF
        expected = f.read()
    assert PAGES.get(path) == expected, (
        f"{path} differs from the golden copy; run `make golden` and review the diff")


def test_hostile_text_is_escaped_everywhere() -> None:
    for path, text in PAGES.items():
        if not path.endswith(".md"):  # data files (CSV, JSON, feeds) are tested in test_feeds
            continue
        text = text.split("\n---\n", 1)[-1]  # the body; the front-matter title is plain text
        # a JSON data island is data for a script, not markup (and holds no < > &)
        island = re.search(r'<script type="application/json"[^>]*>(.*?)</script>', text, re.S)
        if island:
            assert not re.search(r"[<>&]", island.group(1)), path
            json.loads(island.group(1))
            text = text.replace(island.group(0), "")
        for active in ("<script>alert", "<script>document", "<img src=x", "<b onmouseover"):
            assert active not in text, (path, active)
        assert not re.search(r"(?<!\\)\]\(javascript:", text), path  # an unescaped link
        assert not re.search(r"(?<!\\)\{:?\s*on\w+=", text), path  # an attribute list
