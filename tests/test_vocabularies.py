"""The vocabularies are data: every word of their lists must reach the code as the word.

YAML 1.1 (PyYAML's) reads a bare On, Off, Yes, No, Y or N as a boolean: "not_names: [In, On]"
gave the list True, not "On", and "On Tuesday Shoigu said" was said by "On".
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
FILES = sorted([*ROOT.joinpath("generator").rglob("*.yaml"), ROOT / "entities.yaml"])


def _booleans(node: object, path: str) -> list[str]:
    """Where a list of ``node`` holds a boolean."""
    if isinstance(node, dict):
        return [b for k, v in node.items() for b in _booleans(v, f"{path}/{k}")]
    if isinstance(node, list):
        found = [f"{path}[{i}]" for i, v in enumerate(node) if isinstance(v, bool)]
        return found + [b for v in node for b in _booleans(v, path)]
    return []


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_word_of_a_list_is_read_as_a_boolean(path: Path) -> None:
    assert _booleans(yaml.safe_load(path.read_text(encoding="utf-8")), "") == []
