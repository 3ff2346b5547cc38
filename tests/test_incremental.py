"""Incremental builds: a build after another writes only the pages that changed, MkDocs builds
only those (``--dirty``, generator/site.py), and the result is byte for byte a cold build's."""

from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

import pytest

from generator import output
from generator.cli import main
from generator.config import GENERATED
from generator.model import Page
from generator.write import write_pages
from tests.conftest import ROOT

NEWEST = "2026-01-29-news-directory-3.md"  # the newest seed source: the build date moves too


def files(folder: Path) -> dict[str, tuple[str, int]]:
    """Every file under ``folder`` (symbolic links followed, as MkDocs reads docs/): its sha256
    and its modification time (ns)."""
    out = {}
    for here, _, names in os.walk(folder, followlinks=True):
        for name in names:
            if (p := Path(here) / name).is_file():
                out[p.relative_to(folder).as_posix()] = (
                    hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns)
    return dict(sorted(out.items()))


def digests(folder: Path) -> dict[str, str]:
    return {k: v[0] for k, v in files(folder).items()}


def generated(docs: Path) -> dict[str, tuple[str, int]]:
    return {k: v for k, v in files(docs).items() if k.split("/")[0] in GENERATED}


def seed(project: Path, leave_out: tuple[str, ...] = ()) -> None:
    for src in sorted((ROOT / "sources").glob("*.md")):
        if src.name not in leave_out:
            shutil.copy(src, project / "sources" / src.name)


def cold(project: Path, elsewhere: Path, capsys: pytest.CaptureFixture) -> Path:
    """A cold build of the same inputs in a fresh copy (no docs/ pages, no site/, no cache)."""
    fresh = elsewhere / "cold"

    def leave(folder: str, names: list[str]) -> set[str]:
        if Path(folder) == project:
            return {"site", ".cache", ".timeline-build", ".timeline-pages"} & set(names)
        return set(GENERATED) & set(names) if Path(folder) == project / "docs" else set()

    shutil.copytree(project, fresh, ignore=leave)
    os.chdir(fresh)
    try:
        assert main(["build", "--strict"]) == 0, capsys.readouterr().err
    finally:
        os.chdir(project)
    return fresh


@pytest.mark.parametrize("change", ["add a source", "remove a source", "edit a written page"])
def test_a_rebuild_writes_what_changed_and_equals_a_cold_build(
        project: Path, tmp_path_factory: pytest.TempPathFactory, change: str,
        capsys: pytest.CaptureFixture) -> None:
    seed(project, leave_out=(NEWEST,) if change == "add a source" else ())
    assert main(["build", "--strict"]) == 0, capsys.readouterr().err
    docs_before, site_before = generated(project / "docs"), files(project / "site")
    state = output.read_json(project / ".cache" / "site.json")
    assert state["clean"] and state["outputs"]

    if change == "add a source":
        shutil.copy(ROOT / "sources" / NEWEST, project / "sources" / NEWEST)
    elif change == "remove a source":
        (project / "sources" / NEWEST).unlink()
    else:
        page = project / "docs" / "about.md"
        page.write_text(page.read_text(encoding="utf-8") + "\nOne more line.\n", encoding="utf-8")
    assert main(["build", "--strict"]) == 0, capsys.readouterr().err
    docs_after, site_after = generated(project / "docs"), files(project / "site")

    # docs/: a file whose bytes did not change was not written (its time is the same)
    kept = [k for k in docs_before.keys() & docs_after.keys()
            if docs_before[k][0] == docs_after[k][0]]
    assert kept and all(docs_before[k][1] == docs_after[k][1] for k in kept)
    rewritten = [k for k in docs_before.keys() & docs_after.keys()
                 if docs_before[k][1] != docs_after[k][1]]
    assert all(docs_before[k][0] != docs_after[k][0] for k in rewritten)
    # site/: MkDocs built again only some pages (the others' HTML kept its time)
    pages = [k for k in site_after if k.endswith("index.html") and not k.startswith("pagefind")
             and k in site_before and site_before[k][0] == site_after[k][0]]
    assert any(site_before[k][1] == site_after[k][1] for k in pages)
    if change == "edit a written page":
        assert site_after["about/index.html"][0] != site_before["about/index.html"][0]
        assert docs_after == docs_before  # no generated page changed

    fresh = cold(project, tmp_path_factory.mktemp("cold"), capsys)
    assert {k: v[0] for k, v in docs_after.items()} == {
        k: v[0] for k, v in generated(fresh / "docs").items()}
    assert {k: v[0] for k, v in site_after.items()} == digests(fresh / "site")


def test_rebuilds_in_a_row_bring_the_spare_site_up_to_date(
        project: Path, tmp_path_factory: pytest.TempPathFactory,
        capsys: pytest.CaptureFixture) -> None:
    """From the third build on, site/ is made from the site before the last (kept in
    .timeline-build/site-spare), brought up to date in place: pages, index files and redirects
    that are gone must not stay."""
    seed(project, leave_out=(NEWEST,))
    assert main(["build", "--strict"]) == 0, capsys.readouterr().err
    oldest = sorted((project / "sources").glob("*.md"))[0]
    steps = [lambda: shutil.copy(ROOT / "sources" / NEWEST, project / "sources" / NEWEST),
             lambda: oldest.rename(tmp_path_factory.mktemp("aside") / oldest.name),
             lambda: (project / "docs" / "curation.md").write_text("# Curation\n\nShort.\n",
                                                                  encoding="utf-8"),
             lambda: (project / "sources" / NEWEST).unlink()]
    for n, step in enumerate(steps):
        step()
        assert main(["build", "--strict"]) == 0, capsys.readouterr().err
        assert (project / ".timeline-build" / "site-spare").is_dir()
        fresh = cold(project, tmp_path_factory.mktemp(f"cold{n}"), capsys)
        assert digests(project / "site") == digests(fresh / "site"), n
        assert {k: v[0] for k, v in generated(project / "docs").items()} == {
            k: v[0] for k, v in generated(fresh / "docs").items()}, n


def test_a_changed_theme_or_mkdocs_yml_builds_the_whole_site(
        project: Path, capsys: pytest.CaptureFixture) -> None:
    seed(project)
    assert main(["build"]) == 0, capsys.readouterr().err
    before = files(project / "site")
    yml = project / "mkdocs.yml"
    yml.write_text(yml.read_text(encoding="utf-8").replace(
        'site_name: "', 'site_name: "New ', 1), encoding="utf-8")
    assert main(["build"]) == 0, capsys.readouterr().err
    after = files(project / "site")
    # every page shows the site's name: all of them were built again
    assert all(after[k][0] != before[k][0] for k in after
               if k.startswith("sources/") and k.endswith("index.html") and k in before)


def test_unchanged_pages_keep_their_bytes_and_times(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    first = (Page("index.md", "home\n"), Page("events/a.md", "a\n"), Page("events/b.md", "b\n"),
             Page("sources/old/s.md", "s\n"))
    write_pages(first, docs)
    before = files(docs)
    os.utime(docs / "events" / "a.md", ns=(1, 1))  # old times: a rewrite would show
    os.utime(docs / "index.md", ns=(1, 1))
    write_pages((Page("index.md", "home\n"), Page("events/a.md", "a\n"),
                 Page("events/b.md", "b, changed\n"), Page("events/c.md", "c\n")), docs)
    after = files(docs)
    assert after["events/a.md"] == (before["events/a.md"][0], 1)
    assert after["index.md"] == (before["index.md"][0], 1)
    assert (docs / "events" / "b.md").read_text() == "b, changed\n"
    assert (docs / "events" / "c.md").read_text() == "c\n"
    # stale: gone (the folder entries stay, empty: their links in docs/ never lead nowhere)
    assert "sources/old/s.md" not in after and list((docs / "sources").iterdir()) == []


def test_a_symlinked_generated_folder_is_replaced_not_written_through(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "a.md").write_text("theirs\n")
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "events").symlink_to(outside, target_is_directory=True)
    write_pages((Page("events/a.md", "ours\n"),), docs)
    assert (outside / "a.md").read_text() == "theirs\n"
    # docs/events is now the build's own link, into .timeline-pages/ (generator/write.py)
    assert (docs / "events").resolve().is_relative_to((tmp_path / ".timeline-pages").resolve())
    assert (docs / "events" / "a.md").read_text() == "ours\n"


def test_a_page_edited_by_hand_is_written_again_whatever_the_digests_say(tmp_path: Path) -> None:
    docs, known = tmp_path / "docs", tmp_path / "known.json"
    pages = (Page("index.md", "home\n"), Page("events/a.md", "a\n"))
    write_pages(pages, docs, known=known)
    assert set(output.read_json(known)) == {(docs / p.path).as_posix() for p in pages} | {""}
    (docs / "events" / "a.md").write_text("edited by hand\n")
    os.utime(docs / "index.md", ns=(5, 5))  # same bytes, another time: read, not rewritten
    write_pages(pages, docs, known=known)
    assert (docs / "events" / "a.md").read_text() == "a\n"
    assert (docs / "index.md").stat().st_mtime_ns == 5
