"""`timeline build` end to end in a scratch copy of the project: site, export, determinism."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from html.parser import HTMLParser
from pathlib import Path

import pytest

from generator.cli import main
from tests.conftest import ROOT, write_source


def tree_digest(folder: Path) -> dict[str, str]:
    """Every file under ``folder``, symbolic links followed (as MkDocs reads docs/)."""
    out = {}
    for here, _, files in os.walk(folder, followlinks=True):
        for name in files:
            if (path := Path(here) / name).is_file():
                out[path.relative_to(folder).as_posix()] = hashlib.sha256(
                    path.read_bytes()).hexdigest()
    return dict(sorted(out.items()))


@pytest.fixture
def seeded(project: Path) -> Path:
    for src in sorted((ROOT / "sources").glob("*.md")):
        shutil.copy(src, project / "sources" / src.name)
    shutil.copy(ROOT / "tests/golden/sources/2026-02-01-hostile.md", project / "sources")
    return project


def test_build_makes_the_site_and_is_byte_identical_twice(seeded: Path,
                                                           capsys: pytest.CaptureFixture) -> None:
    assert main(["build", "--strict"]) == 0, capsys.readouterr().err
    site = seeded / "site"
    assert (site / "index.html").is_file() and (site / "timeline.json").is_file()
    assert (site / "timeline" / "index.html").is_file()
    data = json.loads((site / "timeline.json").read_text(encoding="utf-8"))
    assert len(data["sources"]) == 6
    for event in data["events"]:
        assert (site / "events" / event["id"] / "index.html").is_file()
    first_docs, first_site = tree_digest(seeded / "docs"), tree_digest(site)

    assert main(["build", "--strict"]) == 0
    assert tree_digest(seeded / "docs") == first_docs
    assert tree_digest(site) == first_site


class _Active(HTMLParser):
    """Collects what a browser would run: event-handler attributes, javascript: links, scripts."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[str] = []
        self.in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name.startswith("on"):
                self.found.append(f"<{tag} {name}>")
            if name in ("href", "src") and (value or "").strip().lower().startswith("javascript:"):
                self.found.append(f"<{tag} {name}={value}>")
        # a JSON data island is not run: only real scripts count
        self.in_script = tag == "script" and dict(attrs).get("type") != "application/json"

    def handle_data(self, data: str) -> None:
        if self.in_script and ("alert(" in data or "pwned" in data):
            self.found.append("script from an article")

    def handle_endtag(self, tag: str) -> None:
        self.in_script = False


def test_built_html_runs_nothing_from_articles(seeded: Path) -> None:
    assert main(["build"]) == 0
    hostile = (seeded / "site/sources/2026-02-01-hostile/index.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;document.title" in hostile  # shown as text
    for page in (seeded / "site").rglob("*.html"):
        parser = _Active()
        parser.feed(page.read_text(encoding="utf-8"))
        assert parser.found == [], page


class _Links(HTMLParser):
    """The ids of a page and the relative links of its content (<article>)."""

    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()
        self.links: list[str] = []
        self.depth = 0  # inside <article>

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if found.get("id"):
            self.ids.add(found["id"])
        if tag == "article":
            self.depth += 1
        href = found.get("href") or ""
        if self.depth and tag == "a" and href and "://" not in href:
            self.links.append(href)

    def handle_endtag(self, tag: str) -> None:
        if tag == "article":
            self.depth -= 1


def test_links_of_generated_pages_reach_a_page_and_its_anchor(seeded: Path) -> None:
    """The generated pages link as HTML (MkDocs does not check those links): each relative link
    in the content of an event, source or entity page reaches a built page, and its #anchor an
    id on that page."""
    assert main(["build", "--strict"]) == 0
    site = seeded / "site"

    def parsed(page: Path) -> _Links:
        parser = _Links()
        parser.feed(page.read_text(encoding="utf-8"))
        return parser

    checked = 0
    for folder in ("events", "sources", "entities"):
        for page in sorted((site / folder).glob("*/index.html")):
            if 'http-equiv="refresh"' in page.read_text(encoding="utf-8"):
                continue  # a redirect page of an older address (tests/test_permalinks.py)
            for href in parsed(page).links:
                path, _, anchor = href.partition("#")
                target = (page.parent / path).resolve() if path else page
                if target.is_dir():
                    target = target / "index.html"
                assert target.is_file(), (page, href)
                if anchor:
                    assert anchor in parsed(target).ids, (page, href)
                checked += 1
    assert checked > 100


def test_bad_source_fails_the_build_and_keeps_the_previous_site(seeded: Path,
                                                                capsys: pytest.CaptureFixture) -> None:
    assert main(["build"]) == 0
    before = tree_digest(seeded / "site")
    write_source(seeded / "sources", "broken.md", 'title: "x"\nurl: nope\npublished: 2026-01-01\n')
    assert main(["build"]) == 1
    err = capsys.readouterr().err
    assert "sources/broken.md:3:6: 'url' is \"nope\"; expected an http:// or https:// address" in err
    assert tree_digest(seeded / "site") == before


def test_deleted_source_pages_disappear(seeded: Path) -> None:
    assert main(["build"]) == 0
    assert (seeded / "docs/sources/2026-02-01-hostile.md").exists()
    (seeded / "sources/2026-02-01-hostile.md").unlink()
    assert main(["build"]) == 0
    assert not (seeded / "docs/sources/2026-02-01-hostile.md").exists()
    assert not (seeded / "site/sources/2026-02-01-hostile").exists()


def test_the_generated_entries_are_ignored_by_git_and_removed_by_make_clean() -> None:
    """They are symbolic links into .timeline-pages/ (generator/write.py): a '/docs/events/'
    pattern (a folder) would not ignore the link 'docs/events'."""
    import subprocess

    from generator.config import GENERATED
    from generator.write import PAGES

    ignored = (ROOT / ".gitignore").read_text(encoding="utf-8").splitlines()
    assert [name for name in GENERATED if f"/docs/{name}" not in ignored] == []
    assert f"/{PAGES}/" in ignored
    clean = subprocess.run(["make", "-n", "clean"], cwd=ROOT, capture_output=True, text=True,
                           check=True).stdout.split()
    assert [name for name in GENERATED if f"docs/{name}" not in clean] == []
    assert PAGES in clean and "site" in clean


@pytest.mark.parametrize("change,expected", [
    # a name a page of one event is not given (it sees its own event, claims, sources, entities)
    (("{{ event.title", "{{ events|length }} {{ event.title"), "'events' is undefined"),
    (("{% for", "{% fro"), "unknown tag 'fro'"),
])
def test_a_template_error_names_the_file_and_line_and_keeps_the_site(
        seeded: Path, capsys: pytest.CaptureFixture, change: tuple[str, str], expected: str) -> None:
    assert main(["build"]) == 0
    before = tree_digest(seeded / "site")
    template = seeded / "site_templates" / "event.md.j2"
    text = template.read_text(encoding="utf-8")
    line = text[:text.index(change[0])].count("\n") + 1
    template.write_text(text.replace(change[0], change[1], 1), encoding="utf-8")
    assert main(["build"]) == 1
    err = capsys.readouterr().err
    assert f"site_templates/event.md.j2:{line}: template error: " in err and expected in err
    assert "Traceback" not in err
    assert tree_digest(seeded / "site") == before


def test_a_page_put_into_a_generated_folder_is_named_in_a_warning(
        seeded: Path, capsys: pytest.CaptureFixture) -> None:
    """docs/events/ is made again by every build: a page an editor writes there is not kept,
    and the build says so (it used to vanish without a word)."""
    assert main(["build"]) == 0
    (seeded / "docs" / "events" / "my-notes.md").write_text("# Notes\n", encoding="utf-8")
    capsys.readouterr()
    assert main(["build"]) == 0
    err = capsys.readouterr().err
    assert "docs/events/my-notes.md" in err and "is not kept" in err
    assert not (seeded / "docs" / "events" / "my-notes.md").exists()
    assert main(["build"]) == 0  # said once: the next build finds nothing
    assert "my-notes.md" not in capsys.readouterr().err
