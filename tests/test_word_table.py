"""The fixed word table merging weighs words by (events.word_table, benchmarks/word_table.py):
a claim's weights depend on its own sentence, not on the other sources (issue 16)."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.word_table import article_files, count, table_text
from generator.entities import load_registry, read_registry
from generator.events import AS_IF_SENTENCES, WORD_TABLE, vectors, word_table
from generator.features import Frequencies
from generator.pipeline import check, extract
from generator.problems import InputError

DEV = Path(__file__).parent / "fixtures" / "dev_corpus" / "articles"
ARTICLE = """---
title: "{title}"
url: "https://example.org/{slug}"
outlet: "Example"
published: "2025-05-{day}"
---
{body}
"""


def _write(folder: Path, slug: str, body: str, day: int = 19) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{slug}.md"
    path.write_text(ARTICLE.format(title=slug, slug=slug, day=day, body=body), encoding="utf-8")
    return path


def test_adding_a_source_leaves_the_other_claims_vectors_unchanged() -> None:
    sources, _ = check([DEV])
    ordered = sorted(sources, key=lambda s: (s.published, s.id))
    registry = load_registry(Path(__file__).parent.parent / "entities.yaml")
    fewer = extract(tuple(ordered[:-1]), registry=registry)
    more = extract(tuple(ordered), registry=registry)
    kept = {c.id for c in fewer.claims}
    before = vectors(fewer.claims)
    after = vectors(tuple(c for c in more.claims if c.id in kept))
    assert kept and before == after
    # and merging's weights are the table's whatever the corpus
    assert extract(tuple(ordered[:3]), registry=registry, weights=word_table()).events == \
        extract(tuple(ordered[:3]), registry=registry).events


def test_the_tool_counts_sentences_and_features_once_a_sentence(tmp_path: Path) -> None:
    registry_file = tmp_path / "entities.yaml"
    registry_file.write_text("entities:\n  - id: kyiv\n    name: Kyiv\n    kind: place\n",
                             encoding="utf-8")
    root = tmp_path / "fixtures"
    a = _write(root / "set1" / "articles", "a", "Talks on the truce opened in Kyiv. Truce talks, "
               "truce talks again.\n\nThe envoys met.")
    c = _write(root / "set2" / "articles", "c", "A truce was signed.", day=20)
    (root / "set2" / "articles" / "b.md").write_bytes(a.read_bytes())  # a copy of a
    (root / "set1" / "articles" / "README.md").write_text("Not an article.", encoding="utf-8")
    _write(root / "notes", "d", "Truce words outside an articles folder.")
    dev = tmp_path / "dev"
    dev.mkdir()
    (dev / "e.md").write_bytes(c.read_bytes())  # the dev corpus's: left out, and c with it
    files = article_files([root], [], dev)
    assert files == [a]  # b is a's copy, c the dev corpus's, d no article
    n, df = count(files, read_registry(registry_file))
    assert n == 3 and df["truc"] == 2 and df["talk"] == 2 and df["@kyiv"] == 1
    assert df["envoy"] == 1 and "kyiv" not in df  # a name is its entity, not a word
    # a set left out: its articles and their copies elsewhere
    assert article_files([root], [root / "set1"], None) == [c]
    table = tmp_path / "table.tsv"
    table.write_text(table_text(n, df, 2, ["a test"]), encoding="utf-8")
    assert Frequencies.read(table) == Frequencies(3, {"talk": 2, "truc": 2})


def test_a_bad_table_line_is_named_by_file_and_line(tmp_path: Path) -> None:
    table = tmp_path / "table.tsv"
    table.write_text("# a table\nsentences\t10\ntruce 3\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"table.tsv:3"):
        Frequencies.read(table)


def test_the_shipped_table_says_where_it_came_from() -> None:
    head = WORD_TABLE.read_text(encoding="utf-8").splitlines()[:3]
    assert head[0].startswith("# word table:") and "benchmarks/word_table.py" in head[1]
    table = word_table()
    assert table.sentences == AS_IF_SENTENCES and table.df["@ukraine"] < AS_IF_SENTENCES
