"""Language bundles (generator/lang/): their examples, the choice by a source's `language`,
and the error for a language without a bundle."""

from __future__ import annotations

import importlib
import shutil
from pathlib import Path

import pytest

from generator import lang
from generator.sources import load_sources
from generator.timex.rules import load as load_rules
from tests.conftest import write_source

resolve = importlib.import_module("generator.timex.resolve")
extract = importlib.import_module("generator.timex.extract")

TENSE = lang.resource("en", "tense")["examples"]
TIMEX = lang.resource("en", "timex")["examples"]
STEMS = lang.resource("en", "stem")["examples"]


@pytest.mark.parametrize("case", TENSE, ids=lambda c: c["text"][:40])
def test_tense_examples(case: dict) -> None:
    start = case["text"].index(case["date"])
    assert resolve.tense(case["text"], start, start + len(case["date"])) == case["tense"]


@pytest.mark.parametrize(("word", "stem"), sorted(STEMS.items()))
def test_stem_examples(word: str, stem: str) -> None:
    from generator.features import stem as stem_of
    assert stem_of(word) == stem


@pytest.mark.parametrize("case", TIMEX, ids=lambda c: f"{c['group']}:{c['text']}")
def test_group_normaliser_examples(case: dict) -> None:
    value = extract.normalise_group(case["group"], case["text"], case.get("with", {}),
                                    load_rules().tables)
    assert value == case["value"]


def test_every_bundle_has_the_same_resources() -> None:
    names = {code: sorted(p.stem for p in (lang.LANG_DIR / code).glob("*.yaml"))
             for code in lang.supported()}
    assert names["en"] == ["stem", "tense", "text", "timex"]
    assert all(n == names["en"] for n in names.values())


def test_a_source_in_a_language_without_a_bundle_is_an_error(tmp_path: Path) -> None:
    write_source(tmp_path, "x.md", 'title: "T"\nurl: https://e.com/a\npublished: 2025-01-01\n'
                 "language: fr\n")
    write_source(tmp_path, "y.md", 'title: "T"\nurl: https://e.com/b\npublished: 2025-01-01\n'
                 "language: en-GB\n")
    sources, problems = load_sources([tmp_path])
    assert [s.id for s in sources] == ["y"]
    assert [str(p) for p in problems] == [
        f"{(tmp_path / 'x.md').as_posix()}:5:11: 'language' is \"fr\"; there is no word bundle "
        "for it (supported: en; generator/lang/)"]


def test_the_bundle_is_chosen_by_language(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A second bundle whose tense words lack 'will' reads another tense than English."""
    shutil.copytree(lang.LANG_DIR / "en", tmp_path / "en")
    shutil.copytree(lang.LANG_DIR / "en", tmp_path / "xx")
    tense = (tmp_path / "xx" / "tense.yaml").read_text(encoding="utf-8")
    (tmp_path / "xx" / "tense.yaml").write_text(tense.replace("  - will\n", "", 1),
                                                encoding="utf-8")
    monkeypatch.setattr(lang, "LANG_DIR", tmp_path)
    caches = (lang.resource, resolve.tense_words)
    for cache in caches:
        cache.cache_clear()
    try:
        assert lang.supported() == ("en", "xx")
        text = "Talks will resume on Monday."
        at = text.index("Monday")
        assert resolve.tense(text, at, at + 6, "en") == "future"
        assert resolve.tense(text, at, at + 6, "xx") == "none"
        with pytest.raises(lang.UnsupportedLanguage, match="'fr' has no word bundle"):
            lang.resource("fr", "tense")
    finally:
        for cache in caches:
            cache.cache_clear()
