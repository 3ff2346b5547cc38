"""Language bundles: a language's words as data, one folder per language (``lang/en/``).

Each bundle holds YAML resources (``tense.yaml``: tense markers; ``numbers.yaml``: the words the
tagger's group normaliser reads), each with ``examples`` that tests/test_lang.py runs. A source
chooses its bundle with its front matter's ``language`` (default ``en``); a language without a
bundle is an error naming the source's file and line (generator/sources.py).

Modules ask for a resource by language and name: ``resource("en", "tense")``. A resource is
read once per process (package data, the same for every project). Adding a language means
adding a folder with the same resources (and, for the tagger, its own rules folder).
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

LANG_DIR = Path(__file__).parent
DEFAULT = "en"
LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class UnsupportedLanguage(ValueError):
    """No bundle for a language (the message names it and the supported ones)."""


def supported() -> tuple[str, ...]:
    """The languages with a bundle, sorted."""
    return tuple(sorted(p.name for p in LANG_DIR.iterdir()
                        if p.is_dir() and any(p.glob("*.yaml"))))


def code(language: str | None) -> str:
    """The bundle a source's ``language`` names: its primary subtag in lower case ('en-GB' ->
    'en'); no language is the default.

    >>> code("en-GB"), code(None), code("FR")
    ('en', 'en', 'fr')
    """
    if not language or not language.strip():
        return DEFAULT
    return language.strip().split("-")[0].split("_")[0].lower()


def check(language: str) -> str:
    """``language`` if it has a bundle; else UnsupportedLanguage naming the supported ones."""
    if language not in supported():
        raise UnsupportedLanguage(f"language {language!r} has no word bundle (generator/lang/); "
                                  f"supported: {', '.join(supported())}")
    return language


@lru_cache(maxsize=32)
def resource(language: str, name: str) -> dict[str, Any]:
    """The resource ``name`` of ``language``'s bundle (``lang/<language>/<name>.yaml``)."""
    path = LANG_DIR / check(language) / f"{name}.yaml"
    if not path.is_file():
        raise UnsupportedLanguage(f"language {language!r} has no {name!r} resource ({path.name})")
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=LOADER)
    if not isinstance(data, dict):
        raise ValueError(f"{path}: expected a mapping")
    return data


@lru_cache(maxsize=16)
def package_data(path: Path) -> dict[str, Any]:
    """A data file of the package (``generator/data/*.yaml``), read once per process with
    libyaml where it is there (its rules are read by several functions; the pure-Python loader
    took 0.2 s of a one-source rebuild: incr21, docs/benchmarks.md). Callers only read it."""
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=LOADER)
    if not isinstance(data, dict):
        raise ValueError(f"{path}: expected a mapping")
    return data


@lru_cache(maxsize=8)
def connective_aside(language: str = DEFAULT) -> re.Pattern[str]:
    """", meanwhile," and the like (the ``connectives`` of ``language``'s ``text`` resource)
    between commas, up to the second comma."""
    words = sorted(resource(language, "text")["connectives"], key=lambda w: (-len(w), w))
    alternation = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    return re.compile(rf",\s+(?:{alternation})\s*,", re.IGNORECASE)
