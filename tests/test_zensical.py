"""The second site engine: Zensical builds the seed site from the same generated pages
(`timeline build --engine zensical`, docs/engines.md). `make test` installs Zensical (the
`zensical` extra), so this runs in CI; elsewhere it skips, saying why."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from generator import zensical_site
from generator.cli import main
from tests.conftest import ROOT

pytestmark = pytest.mark.skipif(
    not zensical_site.available(),
    reason="Zensical is not installed: pip install '.[zensical]' (make test installs it)")


@pytest.fixture
def seeded(project: Path) -> Path:
    for src in sorted((ROOT / "sources").glob("*.md")):
        shutil.copy(src, project / "sources" / src.name)
    return project


def test_zensical_builds_the_seed_site(seeded: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["build", "--strict", "--engine", "zensical"]) == 0
    out, err = capsys.readouterr()
    assert err == ""  # Zensical reported no issues (with --strict, one would fail the build)
    site = seeded / "site"
    data = json.loads((site / "timeline.json").read_text(encoding="utf-8"))
    assert data["events"] and data["sources"]
    for event in data["events"]:
        if event["claims"]:
            assert (site / "events" / event["id"] / "index.html").is_file(), event["id"]
    for source in data["sources"]:
        assert (site / "sources" / source["id"] / "index.html").is_file(), source["id"]
    timeline = (site / "timeline" / "index.html").read_text(encoding="utf-8")
    assert 'class="tl-entry"' in timeline
    assert (site / "search" / "index.html").is_file()
    assert (site / "pagefind" / "pagefind-ui.js").is_file()  # search stays Pagefind's
    # our theme additions (overrides/) hold under Zensical's theme too: the header search box,
    # its script, and the sharing tags
    event_id = next(e["id"] for e in data["events"] if e["claims"])
    event = (site / "events" / event_id / "index.html").read_text(encoding="utf-8")
    assert 'id="header-search-input"' in event and "javascripts/search.js" in event
    assert '<meta property="og:title"' in event and 'type="application/atom+xml"' in event
    assert not list(seeded.glob(".zensical-*.yml")) and not list(seeded.glob(".site-staging-*"))
    first = {p.relative_to(site).as_posix(): p.read_bytes() for p in sorted(site.rglob("*"))
             if p.is_file()}
    assert main(["build", "--strict", "--engine", "zensical"]) == 0
    again = {p.relative_to(site).as_posix(): p.read_bytes() for p in sorted(site.rglob("*"))
             if p.is_file()}
    assert again == first  # same inputs, same bytes


def test_zensical_strict_fails_on_a_broken_link_and_keeps_the_site(
        seeded: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["build", "--engine", "zensical"]) == 0
    before = (seeded / "site" / "index.html").read_bytes()
    (seeded / "docs" / "broken.md").write_text("# Broken\n\n[nowhere](nowhere.md)\n",
                                               encoding="utf-8")
    capsys.readouterr()
    assert main(["build", "--strict", "--engine", "zensical"]) == 1
    err = capsys.readouterr().err
    assert "the previous site/ is unchanged" in err and "broken.md" in err
    assert "Traceback" not in err
    assert (seeded / "site" / "index.html").read_bytes() == before
