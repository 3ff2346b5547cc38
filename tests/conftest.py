"""Shared test helpers. Tests run from the project root (pyproject's testpaths)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.config import GENERATED

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
# the probe sets' gold tables and their builder are scripts kept as written, not tests (two
# sets hold files of the same names, which pytest's doctest collection would import as one)
collect_ignore_glob = ["fixtures/*/tools/*.py"]


def timeline_of(*bodies: str, published=lambda i: f"2024-06-2{i}"):
    """The extracted timeline of one source a body, the i-th published on ``published(i)``."""
    from generator.pipeline import extract
    from generator.sources import parse_source

    sources = []
    for i, body in enumerate(bodies):
        source, _ = parse_source(f'---\ntitle: "S{i}"\nurl: https://example.com/{i}\n'
                                 f"published: {published(i)}\n---\n{body}\n", f"s{i}.md", f"s{i}")
        assert source is not None
        sources.append(source)
    return extract(tuple(sources))


def mkdocs_config(folder: Path, text: str):
    """Load the project in ``folder`` with ``text`` as its mkdocs.yml: its settings, or the one
    problem that refuses them."""
    from generator.problems import InputError
    from generator.project import load_project
    (folder / "mkdocs.yml").write_text(text, encoding="utf-8")
    try:
        return load_project(folder).config
    except InputError as refused:
        (problem,) = refused.problems
        return problem


def write_source(folder: Path, name: str, front: str, body: str = "Putin spoke on Monday.\n") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(f"---\n{front}---\n{body}", encoding="utf-8")
    return path


GOOD_FRONT = 'title: "A story"\nurl: https://example.com/a\npublished: 2026-01-29\n'


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the project's site inputs (no sources) in a temporary folder, made the cwd."""
    for name in ("site_templates", "docs", "overrides"):
        shutil.copytree(ROOT / name, tmp_path / name,
                        ignore=shutil.ignore_patterns(*GENERATED))
    for name in ("mkdocs.yml", "entities.yaml"):
        shutil.copy(ROOT / name, tmp_path / name)
    (tmp_path / "sources").mkdir()
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.fixture
def built(project: Path, capsys: pytest.CaptureFixture) -> Path:
    """A project with one source, built once (the 'old' site)."""
    from generator.cli import main

    write_source(project / "sources", "2026-01-29-a.md", GOOD_FRONT,
                 "Putin invited Zelensky to Moscow on Monday, the Kremlin said.\n")
    assert main(["build"]) == 0, capsys.readouterr().err
    return project


def add_second_source(project: Path) -> None:
    write_source(project / "sources", "2026-02-03-b.md",
                 'title: "Another"\nurl: https://example.com/b\npublished: 2026-02-03\n',
                 "Zelensky said on Tuesday he would not travel to Moscow.\n")
