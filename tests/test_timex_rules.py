"""Every example in the tagger's rule files is a test; malformed rule files fail clearly."""

from __future__ import annotations

import datetime as dt
import re
import shutil
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from generator.timex import tag
from generator.timex.extract import normalise_group, parse_number
from generator.timex.rules import RULES_DIR, RuleError, load, trie_regex

RULESET = load()
EXAMPLES = [(rule.id, ex) for rule in RULESET.rules for ex in rule.examples]
TYPES = {rule.id: rule.type for rule in RULESET.rules}


@pytest.mark.parametrize(("rule_id", "example"), EXAMPLES,
                         ids=[f"{r}:{e.text[:30]}" for r, e in EXAMPLES])
def test_rule_example(rule_id: str, example) -> None:
    found = tag(example.text, dt.date.fromisoformat(example.dct))
    if example.value == "IGNORE":
        assert found == (), f"{rule_id}: {example.text!r} should yield nothing"
        return
    # the rule itself finds it, with its type (not some other rule that happens to agree)
    hits = [t for t in found if t.value == example.value and t.rule == rule_id
            and t.type == (example.type or TYPES[rule_id])
            and (example.extent is None or t.text == example.extent)]
    assert hits, f"{rule_id}: {example.text!r} gave {[(t.text, t.value, t.rule) for t in found]}"
    for t in found:
        assert example.text[t.start:t.end] == t.text


TABLE_EXAMPLES = [(name, word, value) for name, table in RULESET.tables.items()
                  for word, value in table.examples]


@pytest.mark.parametrize(("table", "word", "value"), TABLE_EXAMPLES)
def test_vocabulary_example(table: str, word: str, value: str) -> None:
    assert RULESET.tables[table].lookup(word) == value


def test_rule_ids_are_unique_and_every_rule_has_examples() -> None:
    ids = [r.id for r in RULESET.rules]
    assert len(ids) == len(set(ids))
    assert all(r.examples for r in RULESET.rules)


@pytest.mark.parametrize(("words", "number"), [
    ("twenty four", "24"), ("twenty-four", "24"), ("a", "1"), ("several", "X"),
    ("two hundred", "200"), ("3", "3"), ("a couple of", "2"),
])
def test_parse_number(words: str, number: str) -> None:
    assert parse_number(words, RULESET.tables) == number


def test_lowercase_may_is_never_a_month() -> None:
    text = "Russia may be preparing for escalation, and talks may resume."
    assert [t for t in tag(text, dt.date(2026, 1, 29)) if t.type == "DATE"] == []


def test_month_normaliser_accepts_abbreviations() -> None:
    assert normalise_group("month", "Sept.", {}, RULESET.tables) == "09"


def _broken_copy(tmp_path: Path, old: str, new: str) -> Path:
    folder = tmp_path / "rules"
    shutil.copytree(RULES_DIR, folder)
    path = folder / "patterns.yaml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return folder


def test_bad_pattern_names_file_line_and_rule(tmp_path: Path) -> None:
    folder = _broken_copy(tmp_path, "pattern: 'tomorrow'", "pattern: 'tomorrow('")
    with pytest.raises(RuleError) as err:
        load.__wrapped__(folder)
    message = str(err.value)
    assert "patterns.yaml:" in message and "rule tomorrow: pattern does not compile" in message
    line = int(message.split("patterns.yaml:")[1].split(":")[0])
    assert "id: tomorrow" in (folder / "patterns.yaml").read_text().splitlines()[line - 1]


def test_unknown_macro_is_reported(tmp_path: Path) -> None:
    folder = _broken_copy(tmp_path, "pattern: 'tomorrow'", "pattern: '{nosuch}'")
    with pytest.raises(RuleError, match=r"rule tomorrow: unknown macro \{nosuch\}"):
        load.__wrapped__(folder)


def test_value_group_must_exist(tmp_path: Path) -> None:
    folder = _broken_copy(tmp_path, "value: 'REL({rel},{unit})'", "value: 'REL({rell},{unit})'")
    with pytest.raises(RuleError, match=r"rule mod_rel_unit: value uses \{rell\}"):
        load.__wrapped__(folder)


def test_invalid_yaml_names_the_line(tmp_path: Path) -> None:
    folder = _broken_copy(tmp_path, "  - id: tomorrow", "  - id: tomorrow\n   bad: [")
    with pytest.raises(RuleError, match=r"patterns.yaml:\d+: invalid YAML"):
        load.__wrapped__(folder)


def _texts() -> list[str]:
    """Texts to compare on: the seed articles, every rule example, and the TimeML corpora when
    ../shared has them."""
    from tests.conftest import ROOT, SHARED

    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "sources").glob("*.md"))]
    texts.append("\n".join(ex.text for rule in RULESET.rules for ex in rule.examples))
    corpus = SHARED / "corpora" / "timebank"
    if corpus.is_dir():
        from generator.timex.evaluate import parse_timeml

        texts += [parse_timeml(p).text for p in sorted(corpus.glob("*/*.tml"))]
    return texts


def test_running_rules_near_their_words_finds_what_a_full_scan_finds() -> None:
    from generator.timex.extract import find_mentions

    for text in _texts():
        assert find_mentions(text, RULESET) == find_mentions(text, RULESET, full_scan=True)


def test_near_must_name_words_tables_or_digit(tmp_path: Path) -> None:
    folder = _broken_copy(tmp_path, "near: [tonight]", "near: [Tonight!]")
    with pytest.raises(RuleError, match="rule tonight: near: 'Tonight!' is neither"):
        load.__wrapped__(folder)


@given(st.lists(st.text(alphabet="abc ", min_size=1, max_size=5).map(str.strip)
                .filter(bool), min_size=1, max_size=8),
       st.text(alphabet="abc  ", max_size=40))
def test_trie_regex_matches_like_a_longest_first_list(words: list[str], text: str) -> None:
    # the trie is only a faster way to write the plain list of alternatives, longest first
    plain = "|".join(re.escape(w).replace(r"\ ", r"\s+")
                     for w in sorted(set(words), key=lambda w: (-len(w), w)))
    assert [m.span() for m in re.finditer(trie_regex(words), text)] == \
        [m.span() for m in re.finditer(plain, text)]
