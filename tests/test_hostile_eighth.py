"""The eighth hostile sweep (docs/benchmarks.md, "An eighth sweep"): what the seventh reported
and left, then new attacks (other scripts, character references, Markdown's extensions,
sources renamed or deleted between builds, odd publication times, interrupted builds)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from generator.cli import main
from tests.conftest import GOOD_FRONT, write_source

DCT = dt.date(2025, 9, 3)


# ------------------------------------------------------------------ check of a project folder
@pytest.mark.parametrize("where", [".", "{root}", "{root}/"])
def test_check_of_the_project_folder_reads_its_sources_only(
        project: Path, capsys: pytest.CaptureFixture, where: str) -> None:
    """`timeline check .` read every Markdown file of the project as a source (docs/search.md,
    docs/about.md ...: "'url' is missing", exit 1) where the sources were all fine."""
    write_source(project / "sources", "2026-01-29-a.md", GOOD_FRONT)
    assert main(["check", where.format(root=project)]) == 0, capsys.readouterr().err
    assert capsys.readouterr().out == "1 sources OK\n"


def test_check_of_another_projects_folder_reads_its_sources_only(
        project: Path, tmp_path_factory: pytest.TempPathFactory,
        capsys: pytest.CaptureFixture, monkeypatch: pytest.MonkeyPatch) -> None:
    write_source(project / "sources", "2026-01-29-a.md", GOOD_FRONT)
    monkeypatch.chdir(tmp_path_factory.mktemp("elsewhere"))
    assert main(["check", str(project)]) == 0, capsys.readouterr().err
    assert capsys.readouterr().out == "1 sources OK\n"


def test_check_of_docs_named_on_purpose_still_reads_it(project: Path,
                                                        capsys: pytest.CaptureFixture) -> None:
    assert main(["check", "docs"]) == 1
    assert "docs/" in capsys.readouterr().err
