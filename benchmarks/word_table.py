"""Count a fixed word table: in how many sentences of a reference corpus each feature occurs.

Merging weighs the words two claims share by their rarity (``events._weighted``). Counted over
the corpus being built, every weight moves when a source is added (issue 16); counted once over
a reference corpus and shipped as data (``generator/data/word_table.tsv``), a claim's vector
depends on its own sentence only. This counts that table the way ``claims.extract_source``
counts a source's (``features.features`` of each sentence, with the registry's mentions; a
feature counted once a sentence), summed over the reference articles.

Run, from the project folder (its ``entities.yaml`` gives the "@entity" features):

    PYTHONPATH=. python -m benchmarks.word_table [--min-df K] [--without DIR ...] \
        [-o generator/data/word_table.tsv] [ROOT ...]

ROOT (default ``tests/fixtures``): folders searched for articles (``*.md`` files under a folder
named ``articles``, and the format and recap fixtures), each read as a source. Left out:
``--without`` folders (a probe set measured out of sample), any file whose text is that of an
article of the dev corpus (``--dev``, default ``../shared/corpus/dev/articles``: it stays out of
sample; ``tests/fixtures/dev_corpus`` and ``permalinks`` are copies of it), and a second copy of
an article (same bytes). ``--min-df K`` drops the features in fewer than K sentences (a word the
table does not know weighs as the rarest).

The table is text: ``#`` lines say where it came from, then ``sentences<TAB>N``, then one
``feature<TAB>count`` a line, most frequent first (ties by feature); no counts ("#35"): they
weigh as the rarest.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from collections import Counter
from pathlib import Path

from generator.entities import Registry, read_registry
from generator.features import features
from generator.sources import load_sources
from generator.text import source_sentences

DEFAULT_ROOTS = (Path("tests/fixtures"),)
DEV = Path("../shared/corpus/dev/articles")
FOLDERS = ("articles", "formats", "recaps")  # the fixture folders that hold whole articles


def article_files(roots: list[Path], without: list[Path], dev: Path | None) -> list[Path]:
    """The reference articles under ``roots``: one file for each distinct text, none of the dev
    corpus's, none under ``without``."""
    # left out by their text: a copy of a left-out article elsewhere is left out too
    seen = {hashlib.sha256(p.read_bytes()).digest()
            for d in [*without, *([dev] if dev is not None else [])] for p in d.rglob("*.md")}
    out = []
    for root in roots:
        for path in sorted(root.rglob("*.md")):
            if path.name == "README.md" or not any(part in FOLDERS for part in path.parts):
                continue
            digest = hashlib.sha256(path.read_bytes()).digest()
            if digest in seen:
                continue
            seen.add(digest)
            out.append(path)
    return out


def count(files: list[Path], registry: Registry) -> tuple[int, Counter[str]]:
    """(sentences, in how many of them each feature occurs) over ``files``, each a source."""
    n, df = 0, Counter()
    for path in files:
        sources, _ = load_sources([path])
        for source in sources:
            sentences = source_sentences(source)
            n += len(sentences)
            for sentence in sentences:
                found = registry.find(sentence.text)
                df.update(features(sentence.text,
                                   tuple((m.start, m.end, m.entity) for m in found)).keys())
    return n, df


def table_text(n: int, df: Counter[str], min_df: int, header: list[str]) -> str:
    """The table's text. Counts ("#35", ``features.terms``) are left out: a number two reports
    repeat is evidence however common it is elsewhere, and weighs as the rarest (a ``#`` line
    is a comment: the tables the figures of docs/benchmarks.md were taken with read none)."""
    kept = sorted(((f, k) for f, k in df.items() if k >= min_df and not f.startswith("#")),
                  key=lambda fk: (-fk[1], fk[0]))
    lines = [f"# {h}" for h in header] + [f"sentences\t{n}"] + [f"{f}\t{k}" for f, k in kept]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("roots", nargs="*", type=Path, default=list(DEFAULT_ROOTS))
    parser.add_argument("--without", action="append", type=Path, default=[])
    parser.add_argument("--dev", type=Path, default=DEV)
    parser.add_argument("--min-df", type=int, default=1)
    parser.add_argument("--registry", type=Path, default=Path("entities.yaml"))
    parser.add_argument("-o", "--output", type=Path)
    args = parser.parse_args(argv)
    files = article_files(args.roots, args.without, args.dev)
    n, df = count(files, read_registry(args.registry))
    header = [f"word table: {len(files)} reference articles ("
              f"{', '.join(r.as_posix() for r in args.roots)}"
              + (f"; without {', '.join(w.as_posix() for w in args.without)}" if args.without
                 else "") + "; the dev corpus left out), entities of "
              f"{args.registry.as_posix()}, features in {args.min_df}+ sentences",
              "counted by benchmarks/word_table.py (python -m benchmarks.word_table "
              + " ".join(argv if argv is not None else sys.argv[1:]) + ")"]
    text = table_text(n, df, args.min_df, header)
    if args.output:
        args.output.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    print(f"{len(files)} articles, {n} sentences, {len(df)} features, "
          f"{text.count(chr(10)) - len(header) - 1} kept", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
