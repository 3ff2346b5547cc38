"""The package installs from a wheel and builds a new project's site: no editable install, no
network. The wheel is built from a copy of the sources; it is installed (not editable) into a
new virtual environment that sees the test environment's dependencies (a path line, so that
the editable install of the checkout stays invisible); there `timeline init`, `timeline add`
and `timeline build --strict` run in a new folder, as a user of ``pipx install .`` would."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest

from generator.config import GENERATED
from tests.conftest import ROOT

# what the wheel is built from: the package, and what the skeleton's links point to
BUILD_INPUTS = ("pyproject.toml", "README.md", "generator", "site_templates", "docs", "overrides")


def run(args: list[str], cwd: Path, stdin: str | None = None) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    result = subprocess.run(args, cwd=cwd, input=stdin, capture_output=True, text=True, env=env)
    assert result.returncode == 0, f"{args}:\n{result.stdout}\n{result.stderr}"
    return result


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A new virtual environment with the wheel installed; returns its bin/ folder."""
    tmp = tmp_path_factory.mktemp("packaging")
    src = tmp / "src"
    src.mkdir()
    for name in BUILD_INPUTS:
        if (ROOT / name).is_dir():
            generated = GENERATED if name == "docs" else ()  # pages of the last build
            shutil.copytree(ROOT / name, src / name, symlinks=True, ignore=shutil.ignore_patterns(
                "__pycache__", "*.egg-info", *generated))
        else:
            shutil.copy(ROOT / name, src / name)
    run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation",
         "--no-index", "--wheel-dir", str(tmp / "dist"), str(src)], tmp)
    wheel = next((tmp / "dist").glob("timeline_generator-*.whl"))
    env = tmp / "env"
    venv.create(env, with_pip=True)
    bin_dir = env / "bin"
    py = bin_dir / "python"
    purelib = run([str(py), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
                  tmp).stdout.strip()
    # the test environment's dependencies, without processing its .pth files (the editable
    # install of this checkout is one of them)
    (Path(purelib) / "test-deps.pth").write_text(sysconfig.get_path("purelib") + "\n",
                                                 encoding="utf-8")
    run([str(py), "-m", "pip", "install", "--quiet", "--no-index", str(wheel)], tmp)
    where = run([str(py), "-c", "import generator; print(generator.__file__)"], tmp).stdout
    assert Path(where.strip()).is_relative_to(env), where  # the wheel's copy, not the checkout
    return bin_dir


def test_the_wheel_holds_what_is_read_at_run_time(installed: Path) -> None:
    out = run([str(installed / "python"), "-c", "import generator, pathlib; p = pathlib.Path("
               "generator.__file__).parent; print('\\n'.join(sorted(x.relative_to(p).as_posix() "
               "for x in p.rglob('*') if x.suffix in ('.yaml', '.yml', '.tsv', '.j2', '.js', '.css'))))"],
              installed).stdout.split()
    assert {"lang/en/text.yaml", "lang/en/tense.yaml", "lang/en/timex.yaml", "data/claims.yaml", "timex/rules/patterns.yaml",
            "data/word_table.tsv", "skeleton/mkdocs.yml", "skeleton/entities.yaml", "skeleton/sources/curation.yaml",
            "skeleton/site_templates/event.md.j2", "skeleton/docs/javascripts/filters.js",
            "skeleton/docs/stylesheets/timeline.css"} <= set(out)
    assert "data/entities.yaml" not in out  # the saga's registry is the seed project's own


def test_init_add_build_from_the_wheel(installed: Path, tmp_path: Path) -> None:
    timeline = str(installed / "timeline")
    run([timeline, "init", "--name", "Harbour <works>: a timeline", "harbour"], tmp_path)
    project = tmp_path / "harbour"
    assert sorted(p.name for p in project.iterdir()) == [
        "docs", "entities.yaml", "mkdocs.yml", "overrides", "site_templates", "sources"]
    (project / "entities.yaml").write_text(
        "entities:\n  - id: ada-lovelace\n    name: Ada Lovelace\n    kind: person\n"
        "    aliases: [Lovelace]\n", encoding="utf-8")
    article = ("The harbour board said on Tuesday that Ada Lovelace will open the new pier "
               "on 14 March 2026.\n\nWork on the pier began in 2024, Lovelace said.\n")
    added = run([timeline, "add", "--url", "https://example.com/pier", "--title",
                 "New pier to open in March", "--outlet", "Harbour News", "--published",
                 "2026-01-20"], project, stdin=article).stdout.strip()
    assert added == "sources/2026-01-20-harbour-news.md"
    built = run([timeline, "build", "--strict"], project)
    assert "1 sources (1 extracted, 0 from the cache)" in built.stdout
    site = project / "site"
    data = json.loads((site / "timeline.json").read_text(encoding="utf-8"))
    assert [e["id"] for e in data["entities"]] == ["ada-lovelace"]
    assert {c["when"]["start"] for c in data["claims"]} >= {"2026-03-14", "2024-01-01"}
    home = (site / "index.html").read_text(encoding="utf-8")
    assert "Harbour &lt;works&gt;: a timeline" in home and "Putin" not in home
    for event in data["events"]:
        assert (site / "events" / event["id"] / "index.html").is_file()
    assert (site / "sources" / "2026-01-20-harbour-news" / "index.html").is_file()
    assert (site / "entities" / "ada-lovelace" / "index.html").is_file()
    assert (site / "timeline" / "index.html").is_file()
    assert (site / "pagefind" / "pagefind-ui.js").is_file()
