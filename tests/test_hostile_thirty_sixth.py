"""The thirty-sixth hostile sweep (hostile36), a built project met as an editor and an operator
meet it: a dirty MkDocs build kept what a plugin (MkDocs' search, Material's tags) or a hook
made of the pages it skipped, missed a theme override's file reached through a link and a
removed image's dead link; the extraction cache kept an entry for every edit of a source; and
text a browser never shows (a comment inside a paragraph, a script) gave dated events."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator.cli import main
from tests.conftest import ROOT, timeline_of


def _source(project: Path, name: str, body: str) -> None:
    (project / "sources" / name).write_text(
        f'---\ntitle: "{name}"\nurl: https://example.com/{name}\npublished: 2025-09-10\n---\n{body}\n',
        encoding="utf-8")


@pytest.fixture
def small(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture) -> Path:
    """A new project (``timeline init``) with two sources, made the cwd."""
    assert main(["init", "--name", "T", str(tmp_path / "p")]) == 0, capsys.readouterr().err
    project = tmp_path / "p"
    for old in (project / "sources").glob("*.md"):
        old.unlink()
    # (the project's registry: the headline rules keep the first registry they read for the
    # process, and a test after this one would read another's short names)
    shutil.copy(ROOT / "entities.yaml", project / "entities.yaml")
    _source(project, "a.md", "Putin met Zelensky in Geneva on 3 May 2025.")
    _source(project, "b.md", "Lavrov met Rubio in Riyadh on 2 September 2025.")
    monkeypatch.chdir(project)
    return project


def _cold(project: Path, elsewhere: Path, capsys: pytest.CaptureFixture) -> Path:
    """A cold build of a copy of ``project``'s inputs (no site, no docs pages, no cache)."""
    fresh = elsewhere / "cold"
    shutil.copytree(project, fresh, symlinks=True, ignore=shutil.ignore_patterns(
        "site", ".cache", ".timeline-build", ".timeline-pages"))
    here = Path.cwd()
    os.chdir(fresh)
    try:
        assert main(["build"]) == 0, capsys.readouterr().err
    finally:
        os.chdir(here)
    return fresh


def _edit(project: Path) -> None:
    with (project / "sources" / "a.md").open("a", encoding="utf-8") as f:
        f.write("Putin met Erdogan in Ankara on 4 March 2024.\n")


def test_a_plugin_gathering_from_every_page_makes_every_build_whole(
        small: Path, tmp_path_factory: pytest.TempPathFactory, capsys: pytest.CaptureFixture) -> None:
    yml = small / "mkdocs.yml"
    yml.write_text(yml.read_text(encoding="utf-8").replace("plugins: []", "plugins: [search]"),
                   encoding="utf-8")
    assert main(["build"]) == 0, capsys.readouterr().err
    _edit(small)
    assert main(["build"]) == 0, capsys.readouterr().err
    fresh = _cold(small, tmp_path_factory.mktemp("cold"), capsys)
    index = "search/search_index.json"
    assert (small / "site" / index).read_bytes() == (fresh / "site" / index).read_bytes()


def _build_in_a_process(project: Path) -> None:
    """``timeline build`` as a new process runs it (MkDocs loads a hook once per process)."""
    done = subprocess.run([sys.executable, "-m", "generator", "build"], cwd=project, capture_output=True,
                          text=True, env={**os.environ, "PYTHONPATH": str(ROOT)}, check=False)
    assert done.returncode == 0, done.stderr


def test_a_hook_and_what_it_imports_make_every_build_whole(small: Path) -> None:
    (small / "hooks").mkdir()
    (small / "hooks" / "main.py").write_text(
        "import os, sys\nsys.path.insert(0, os.path.dirname(__file__))\nimport util\n\n"
        "def on_page_content(html, page, config, files):\n    return html + util.FOOTER\n", encoding="utf-8")
    (small / "hooks" / "util.py").write_text('FOOTER = "<p>footer-one</p>"\n', encoding="utf-8")
    yml = small / "mkdocs.yml"
    yml.write_text(yml.read_text(encoding="utf-8").replace("plugins: []", "plugins: []\nhooks:\n  - hooks/main.py"),
                   encoding="utf-8")
    _build_in_a_process(small)
    # (another length: Python's cached bytecode of the same second and size would be taken)
    (small / "hooks" / "util.py").write_text('FOOTER = "<p>footer-second</p>"\n', encoding="utf-8")
    _edit(small)
    _build_in_a_process(small)
    pages = [p.read_text(encoding="utf-8") for p in (small / "site").rglob("*.html")]
    assert not any("footer-one" in p for p in pages)
    assert any("footer-second" in p for p in pages)


def test_a_theme_override_reached_through_a_link_is_read(
        small: Path, tmp_path_factory: pytest.TempPathFactory, capsys: pytest.CaptureFixture) -> None:
    shared = tmp_path_factory.mktemp("shared") / "main.html"
    shared.write_text('{% extends "base.html" %}\n{% block extrahead %}<meta name="x" content="one">'
                      "{% endblock %}\n", encoding="utf-8")
    overrides = small / "overrides"
    overrides.mkdir(exist_ok=True)
    if (overrides / "main.html").exists():
        (overrides / "main.html").unlink()
    (overrides / "main.html").symlink_to(shared)
    yml = small / "mkdocs.yml"
    if "custom_dir" not in yml.read_text(encoding="utf-8"):
        pytest.skip("the new project's theme has no custom folder")
    assert main(["build"]) == 0, capsys.readouterr().err
    shared.write_text(shared.read_text(encoding="utf-8").replace('"one"', '"two"'), encoding="utf-8")
    _edit(small)
    assert main(["build"]) == 0, capsys.readouterr().err
    pages = [p.read_text(encoding="utf-8") for p in (small / "site").rglob("*.html")]
    assert not any('content="one"' in p for p in pages)
    assert any('content="two"' in p for p in pages)


def test_a_removed_image_is_warned_of_as_in_a_cold_build(small: Path, capsys: pytest.CaptureFixture) -> None:
    (small / "docs" / "img").mkdir(parents=True)
    (small / "docs" / "img" / "a.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (small / "docs" / "notes.md").write_text("# Notes\n\n![a](img/a.png)\n", encoding="utf-8")
    assert main(["build"]) == 0, capsys.readouterr().err
    (small / "docs" / "img" / "a.png").unlink()
    capsys.readouterr()
    main(["build"])
    assert "img/a.png" in capsys.readouterr().err


def test_the_extraction_cache_keeps_one_entry_per_source(small: Path, capsys: pytest.CaptureFixture) -> None:
    for _ in range(3):
        _edit(small)
        assert main(["build"]) == 0, capsys.readouterr().err
    assert len(list((small / ".cache" / "extract").glob("*.json"))) == 2


@pytest.mark.parametrize("hidden", [
    "<!-- Putin met Zelensky in Geneva on 3 May 2025. -->",
    '<script>var s = "Putin met Zelensky in Geneva on 3 May 2025.";</script>',
    "<style>/* Putin met Zelensky on 3 May 2025 */</style>",
    "<noscript>Putin met Zelensky in Geneva on 3 May 2025.</noscript>",
    "<!-- Putin met Zelensky\nin Geneva on 3 May 2025. -->",  # (over a hard wrap)
])
def test_what_a_browser_never_shows_is_no_claim_and_no_title(hidden: str) -> None:
    timeline = timeline_of(f"Lavrov met Rubio in Riyadh on 2 September 2025. {hidden} Officials spoke.",
                           published=lambda _: "2025-09-10")
    assert {c.when.start.isoformat() for c in timeline.claims if c.basis == "explicit"} == {"2025-09-02"}
    assert not any("Putin" in e.title or "<" in e.title for e in timeline.events)


@pytest.mark.parametrize("body", [
    # an element's closing tag after the full stop (hostile36)
    "<details><summary>Putin met Zelensky in Geneva on 3 May 2025.</summary>\n"
    "Lavrov met Rubio in Riyadh on 2 September 2025.\n</details>",
    # a newsletter's run-in head in bold (probe_events74)
    "**Putin met Zelensky in Geneva on 3 May 2025.** Lavrov met Rubio in Riyadh on 2 September 2025.",
])
def test_a_sentence_ends_inside_closing_marks_and_tags(body: str) -> None:
    events = timeline_of(body, published=lambda _: "2025-09-10").events
    titles = {e.when.start.isoformat(): e.title for e in events}
    assert set(titles) == {"2025-05-03", "2025-09-02"}
    assert "Putin" not in titles["2025-09-02"] and "Lavrov" not in titles["2025-05-03"]
