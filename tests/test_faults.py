"""Faults during `timeline build`: kills between steps, a second build, unwritable output.

A kill -9 is simulated by raising ``Killed`` (not an Exception: nothing catches it) from
``output._step`` at a chosen step; the code after it never runs, as in a real kill, and the
next start must find site/ whole (old or new) and docs/ finished.
"""

from __future__ import annotations

import errno
import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator import output, site, write
from generator.cli import main
from generator.config import GENERATED
from tests.conftest import GOOD_FRONT, ROOT, add_second_source, write_source


class Killed(BaseException):
    pass


def digest(folder: Path) -> dict[str, str] | None:
    """Every file under ``folder`` (symbolic links followed, as MkDocs reads docs/)."""
    if not folder.is_dir():
        return None
    out = {}
    for here, _, files in os.walk(folder, followlinks=True):
        for name in files:
            path = Path(here) / name
            if path.is_file():
                out[path.relative_to(folder).as_posix()] = hashlib.sha256(
                    path.read_bytes()).hexdigest()
    return dict(sorted(out.items()))


def generated(docs: Path) -> dict[str, str] | None:
    """The generated part of docs/ (hand-written pages excluded)."""
    out: dict[str, str] = {}
    for name in GENERATED:
        path = docs / name
        if path.is_file():
            out[name] = hashlib.sha256(path.read_bytes()).hexdigest()
        elif path.is_dir():
            out.update({f"{name}/{k}": v for k, v in (digest(path) or {}).items()})
    return out




def kill_at(monkeypatch: pytest.MonkeyPatch, name: str) -> list[str]:
    seen: list[str] = []

    def step(at: str) -> None:
        seen.append(at)
        if at == name:
            raise Killed(at)

    monkeypatch.setattr(output, "_step", step)
    return seen


def leftovers(project: Path) -> list[str]:
    return sorted(p.name for p in (project / output.WORK).iterdir()
                  if p.name not in (output.LOCK, output.SPARE))


# steps of a build in order: the pages are written into .timeline-pages/, then switched in
# one rename ("pages switched" is after it); "switched" is after the atomic exchange of site/
KILL_POINTS = ["pages written", "switch made", "pages switched", "mkdocs built", "search indexed",
               "switched"]


@pytest.mark.parametrize("point", KILL_POINTS)
def test_a_build_killed_at_any_step_leaves_a_whole_site_and_docs_and_the_next_start_cleans_up(
        built: Path, point: str, monkeypatch: pytest.MonkeyPatch) -> None:
    old_site, old_docs = digest(built / "site"), generated(built / "docs")
    hand_written = digest(built / "docs")
    add_second_source(built)
    seen = kill_at(monkeypatch, point)
    with pytest.raises(Killed):
        main(["build"])
    assert seen[-1] == point
    killed_site = digest(built / "site")  # the exchange is atomic: never missing, never mixed
    killed_docs = generated(built / "docs")  # the switch is one rename: old or new, whole

    monkeypatch.setattr(output, "_step", lambda at: None)
    with output.exclusive(built):  # the next start removes what the build left
        recovered_site = digest(built / "site")
    assert leftovers(built) == []
    assert main(["build"]) == 0
    new_site, new_docs = digest(built / "site"), generated(built / "docs")
    assert new_site != old_site and new_docs != old_docs
    differ = sorted(k for k in set(new_site) | set(killed_site or {})
                    if new_site.get(k) != (killed_site or {}).get(k))
    assert killed_site in (old_site, new_site), differ[:5]
    assert recovered_site in (old_site, new_site)
    switched = KILL_POINTS.index(point) >= KILL_POINTS.index("pages switched")
    assert killed_docs == (new_docs if switched else old_docs)
    pages = built / write.PAGES  # the pages in use and nothing else
    assert sorted(p.name for p in pages.iterdir()) == sorted([os.readlink(pages / "current"),
                                                             "current"])
    # the hand-written pages were never touched
    assert {k: v for k, v in digest(built / "docs").items() if k.split("/")[0] not in GENERATED} \
        == {k: v for k, v in hand_written.items() if k.split("/")[0] not in GENERATED}


def test_the_generated_entries_of_docs_are_links_through_one_switch(built: Path) -> None:
    docs = built / "docs"
    for name in GENERATED:
        assert (docs / name).is_symlink() and (docs / name).exists(), name
        assert os.readlink(docs / name) == f"../{write.PAGES}/current/{name}"
    assert os.readlink(built / write.PAGES / "current") in write.FOLDERS
    assert not (docs / "about.md").is_symlink()  # hand-written pages stay as they are


def test_an_unchanged_page_keeps_its_file_and_time_and_a_changed_one_is_new(
        built: Path) -> None:
    docs = built / "docs"
    source_page = next((docs / "sources").iterdir())
    before = (source_page.stat().st_ino, source_page.stat().st_mtime_ns)
    home = (docs / "index.md").stat().st_ino
    add_second_source(built)
    assert main(["build"]) == 0
    assert (source_page.stat().st_ino, source_page.stat().st_mtime_ns) == before
    assert source_page.stat().st_nlink == 1  # the previous folder of pages is gone
    assert (docs / "index.md").stat().st_ino != home  # the home page lists the new source


def old_layout(project: Path) -> None:
    """docs/ as an earlier version wrote it: the generated entries real files and folders."""
    docs = project / "docs"
    for name in GENERATED:
        entry = docs / name
        if entry.is_symlink():
            real = entry.resolve()
            entry.unlink()
            (shutil.copytree if real.is_dir() else shutil.copy2)(real, entry)
    shutil.rmtree(project / write.PAGES)


ADOPT_POINTS = ["adopted index.md", "adopted events", "adopted entities", "pages written",
                "pages switched"]


@pytest.mark.parametrize("point", ADOPT_POINTS)
def test_a_docs_of_an_earlier_version_is_adopted_showing_the_same_pages_at_every_step(
        built: Path, point: str, monkeypatch: pytest.MonkeyPatch) -> None:
    old_layout(built)
    old_docs = generated(built / "docs")
    add_second_source(built)
    kill_at(monkeypatch, point)
    with pytest.raises(Killed):
        main(["build"])
    killed = generated(built / "docs")
    monkeypatch.setattr(output, "_step", lambda at: None)
    assert main(["build"]) == 0
    new_docs = generated(built / "docs")
    assert new_docs != old_docs
    assert killed == (new_docs if point == "pages switched" else old_docs)
    assert all((built / "docs" / name).is_symlink() for name in GENERATED)


def test_without_an_atomic_exchange_a_folder_of_an_earlier_version_is_adopted_under_the_journal(
        built: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    old_layout(built)
    add_second_source(built)
    monkeypatch.setattr(output, "exchange", lambda a, b: False)
    kill_at(monkeypatch, "moved out events")
    with pytest.raises(Killed):
        main(["build"])
    assert not (built / "docs" / "events").exists()  # between the two renames
    monkeypatch.setattr(output, "_step", lambda at: None)
    with output.exclusive(built):  # the next start finishes them
        assert (built / "docs" / "events").is_symlink() and (built / "docs" / "events").is_dir()
    assert main(["build"]) == 0
    assert leftovers(built) == []


@pytest.fixture
def no_links(monkeypatch: pytest.MonkeyPatch) -> None:
    """A system or filesystem without symbolic links."""
    monkeypatch.setattr(write, "_can_link", lambda folder: False)


@pytest.mark.parametrize("point", ["journal written", "moved out index.md", "moved in events",
                                   "moved in sources"])
def test_without_links_the_entries_of_docs_are_moved_under_the_journal(
        project: Path, no_links: None, point: str, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture) -> None:
    write_source(project / "sources", "2026-01-29-a.md", GOOD_FRONT,
                 "Putin invited Zelensky to Moscow on Monday, the Kremlin said.\n")
    assert main(["build"]) == 0, capsys.readouterr().err
    assert not any((project / "docs" / name).is_symlink() for name in GENERATED)
    old_docs = generated(project / "docs")
    add_second_source(project)
    kill_at(monkeypatch, point)
    with pytest.raises(Killed):
        main(["build"])
    monkeypatch.setattr(output, "_step", lambda at: None)
    with output.exclusive(project):  # the next start: finishes the moves
        recovered = generated(project / "docs")
    assert main(["build"]) == 0
    assert recovered == generated(project / "docs") != old_docs
    assert leftovers(project) == [] and not (project / write.PAGES).exists()


@pytest.mark.parametrize("point", ["moved out site", "moved in site"])
def test_without_an_atomic_exchange_the_site_is_switched_under_the_journal(
        built: Path, point: str, monkeypatch: pytest.MonkeyPatch) -> None:
    old_site = digest(built / "site")
    add_second_source(built)
    monkeypatch.setattr(output, "exchange", lambda a, b: False)  # another OS or filesystem
    kill_at(monkeypatch, point)
    with pytest.raises(Killed):
        main(["build"])
    monkeypatch.setattr(output, "_step", lambda at: None)
    with output.exclusive(built):
        recovered = digest(built / "site")
    assert recovered is not None and recovered != old_site  # rolled forward to the new site
    assert leftovers(built) == []
    assert main(["build"]) == 0
    assert digest(built / "site") == recovered


def test_the_atomic_exchange_swaps_two_folders(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "x").write_text("a")
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "x").write_text("b")
    if not output.exchange(tmp_path / "a", tmp_path / "b"):
        pytest.skip("renameat2(RENAME_EXCHANGE) is not available here")
    assert (tmp_path / "a" / "x").read_text() == "b" and (tmp_path / "b" / "x").read_text() == "a"


def test_leftovers_of_older_versions_and_torn_journals_are_removed(built: Path) -> None:
    (built / ".site-staging-abc").mkdir()
    (built / ".staging-x").mkdir()
    (built / output.WORK / "site-new").mkdir()
    (built / output.WORK / output.JOURNAL).write_text('[["docs-new/ind', encoding="utf-8")
    before = digest(built / "site")
    assert main(["build"]) == 0
    assert not (built / ".site-staging-abc").exists() and not (built / ".staging-x").exists()
    assert leftovers(built) == [] and digest(built / "site") == before


def test_a_second_build_says_another_build_is_running(built: Path,
                                                      capsys: pytest.CaptureFixture) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys; from pathlib import Path; "
         "from generator.output import exclusive\n"
         "with exclusive(Path('.')):\n print('held', flush=True); sys.stdin.read()"],
        cwd=built, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
        env={"PYTHONPATH": str(ROOT)})
    try:
        assert holder.stdout.readline() == "held\n"
        before = digest(built / "site")
        capsys.readouterr()
        assert main(["build"]) == 1
        err = capsys.readouterr().err
        assert err == ("timeline: another build is running (it holds .timeline-build/lock); "
                       "wait for it to finish; the previous site/ is unchanged\n")
        assert digest(built / "site") == before
    finally:
        holder.communicate("")
    assert main(["build"]) == 0  # the lock is gone with its holder


@pytest.mark.parametrize("kind", ["fifo", "dangling link"])
def test_a_lock_that_is_no_file_is_made_again(built: Path, kind: str) -> None:
    """hostile28: a lock that is a named pipe ("File or stream is not seekable", naming no
    file) or a link to nothing stopped every build until removed by hand. No build holds such
    a lock (it holds a regular file): it is removed and made again."""
    lock = built / output.WORK / output.LOCK
    lock.unlink(missing_ok=True)
    if kind == "fifo":
        os.mkfifo(lock)
    else:
        lock.symlink_to(built / "nowhere" / "lock")
    assert main(["build"]) == 0
    assert lock.is_file() and not lock.is_symlink()


def fail_writes(monkeypatch: pytest.MonkeyPatch, fragment: str, code: int = errno.ENOSPC,
                named: bool = True) -> None:
    """Writes to paths holding ``fragment`` fail with ``code``; ``named=False``: as a failed
    ``write()`` does, with no file name in the error (EFBIG under "ulimit -f")."""
    for name in ("write_text", "write_bytes"):
        real = getattr(Path, name)

        def write(self: Path, *a, _real=real, **k):
            if fragment in self.as_posix():
                raise OSError(code, __import__("os").strerror(code), *([str(self)] if named else []))
            return _real(self, *a, **k)

        monkeypatch.setattr(Path, name, write)


def test_a_full_disk_while_staging_docs_is_one_line_and_changes_nothing(
        built: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture) -> None:
    old_site, old_docs = digest(built / "site"), generated(built / "docs")
    add_second_source(built)
    fail_writes(monkeypatch, f"{write.PAGES}/a/events/")  # the first build's pages are in b/
    capsys.readouterr()
    assert main(["build"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert err.startswith(f"timeline: cannot write {write.PAGES}/a/events/")
    assert err.endswith(": No space left on device; the previous site/ is unchanged\n")
    assert digest(built / "site") == old_site and generated(built / "docs") == old_docs


def test_a_write_that_names_no_file_is_one_line_naming_the_page(
        built: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture) -> None:
    """hostile26: "ulimit -f 64" on a rebuild said "cannot write the output: File too large"
    (a failed write() names no file); the page being written is named."""
    old_site = digest(built / "site")
    add_second_source(built)
    fail_writes(monkeypatch, f"{write.PAGES}/a/events/", errno.EFBIG, named=False)
    capsys.readouterr()
    assert main(["build"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert err.startswith(f"timeline: cannot write {write.PAGES}/a/events/"), err
    assert err.endswith(": File too large; the previous site/ is unchanged\n")
    assert digest(built / "site") == old_site


def test_a_failure_while_mkdocs_writes_is_one_line_and_the_site_stays(
        built: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture) -> None:
    import mkdocs.utils

    old_site = digest(built / "site")
    add_second_source(built)
    real = mkdocs.utils.write_file

    def write_file(content: bytes, path: str) -> None:
        if "/events/" in path:
            raise OSError(errno.EROFS, "Read-only file system", path)
        real(content, path)

    monkeypatch.setattr(mkdocs.utils, "write_file", write_file)
    capsys.readouterr()
    assert main(["build"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "Read-only file system" in err[0], err
    assert err[0].startswith("timeline: cannot write .timeline-build/site-new/events/")
    assert digest(built / "site") == old_site


def test_a_site_that_cannot_be_replaced_is_one_line_and_stays(
        built: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture) -> None:
    old_site = digest(built / "site")
    add_second_source(built)

    def refuse(a: Path, b: Path) -> bool:
        raise PermissionError(errno.EACCES, "Permission denied", str(b))

    monkeypatch.setattr(output, "exchange", refuse)
    capsys.readouterr()
    assert main(["build"]) == 1
    assert capsys.readouterr().err == ("timeline: cannot replace site: Permission denied; the "
                                       "previous site/ is unchanged\n")
    assert digest(built / "site") == old_site


def test_a_work_folder_that_cannot_be_made_is_one_line(built: Path,
                                                       capsys: pytest.CaptureFixture) -> None:
    shutil.rmtree(built / output.WORK)
    (built / output.WORK).write_text("not a folder", encoding="utf-8")
    capsys.readouterr()
    assert main(["build"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("timeline: cannot create .timeline-build") and err.count("\n") == 1


def test_an_unwritable_cache_is_a_warning_not_an_abort(project: Path,
                                                       capsys: pytest.CaptureFixture) -> None:
    write_source(project / "sources", "2026-01-29-a.md", GOOD_FRONT)
    (project / ".cache").write_text("a file where the cache folder should be", encoding="utf-8")
    assert main(["build"]) == 0
    err = capsys.readouterr().err
    assert err.count(".cache/extract: warning: cannot be written (Not a directory): the "
                     "extraction cache is not used, every source is extracted anew") == 1, err
    assert (project / "site" / "index.html").is_file()


def test_the_search_index_does_not_depend_on_the_order_files_are_listed(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    page = ('<html><body><article class="md-content__inner"><h1>{0}</h1><p>{0} said that '
            'Putin {1} Zelensky.</p></article></body></html>')
    words = ("invited", "met", "called", "warned", "thanked", "answered")
    for copy in ("a", "b"):
        for n, word in enumerate(words):
            path = tmp_path / copy / "events" / f"e-{n}" / "index.html"
            path.parent.mkdir(parents=True)
            path.write_text(page.format(f"Event {n}", word), encoding="utf-8")
    real = Path.rglob
    site.index_search(tmp_path / "a")
    monkeypatch.setattr(Path, "rglob", lambda self, pattern: reversed(list(real(self, pattern))))
    site.index_search(tmp_path / "b")
    assert digest(tmp_path / "a" / "pagefind") == digest(tmp_path / "b" / "pagefind")
    assert len(list((tmp_path / "a" / "pagefind" / "fragment").iterdir())) == len(words)


def test_an_entry_of_docs_that_cannot_be_moved_puts_back_what_moved(
        project: Path, no_links: None, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture) -> None:
    """Without links: an immutable docs/timeline.md (or a read-only docs/): the moves made
    before it (the home page's) are undone."""
    write_source(project / "sources", "2026-01-29-a.md", GOOD_FRONT,
                 "Putin invited Zelensky to Moscow on Monday, the Kremlin said.\n")
    assert main(["build"]) == 0
    built = project
    old_site, old_docs = digest(built / "site"), generated(built / "docs")
    add_second_source(built)

    def step(at: str) -> None:
        if at == "moved out timeline.md":
            raise PermissionError(errno.EPERM, "Operation not permitted", "docs/timeline.md")

    monkeypatch.setattr(output, "_step", step)
    capsys.readouterr()
    assert main(["build"]) == 1
    assert capsys.readouterr().err == ("timeline: cannot replace docs/timeline.md: Operation not "
                                       "permitted; the previous site/ is unchanged\n")
    assert generated(built / "docs") == old_docs and digest(built / "site") == old_site
    assert not (built / output.WORK / output.JOURNAL).exists()


def test_add_into_a_folder_that_cannot_be_written_is_one_line(
        tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    (tmp_path / "sources").write_text("a file where the folder should be", encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text("Putin spoke on Monday.\n", encoding="utf-8")
    assert main(["add", "--url", "https://example.com/a", "--title", "T", "--published",
                 "2026-01-29", "--dir", str(tmp_path / "sources"), str(article)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err and "sources" in err, err
    article.write_bytes("Caf\xe9 on Monday.\n".encode("latin-1"))
    assert main(["add", "--url", "https://example.com/a", "--title", "T", "--published",
                 "2026-01-29", "--dir", str(tmp_path / "s2"), str(article)]) == 1
    assert capsys.readouterr().err == f"{article}: is not UTF-8 (byte 0xe9 at offset 3); save it as UTF-8\n"


def test_cache_entries_a_killed_build_was_writing_are_removed(built: Path) -> None:
    cache = built / ".cache" / "extract"
    (cache / "tmpabc.tmp").write_text('{"claims": [', encoding="utf-8")
    entries = sorted(p.name for p in cache.glob("*.json"))
    assert main(["build"]) == 0
    assert sorted(p.name for p in cache.iterdir()) == entries


def test_real_kill_9_at_several_moments_never_leaves_a_partial_site_or_docs(
        built: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    """Not an injected stop: `timeline build` in its own process, SIGKILLed at several moments
    of its run, each time from the old site and pages. After each kill site/ and the generated
    part of docs/ are old or new, whole, and the next build ends with nothing left over."""
    import signal
    import time

    probe = tmp_path_factory.mktemp("probe")
    (probe / "a").mkdir()
    (probe / "b").mkdir()
    if not output.exchange(probe / "a", probe / "b"):
        pytest.skip("no atomic exchange here: site/ is switched under the journal instead")
    keep = tmp_path_factory.mktemp("old")
    shutil.copytree(built / "site", keep / "site")
    shutil.copytree(built / write.PAGES, keep / "pages", symlinks=True)
    old_site, old_docs = digest(keep / "site"), generated(built / "docs")

    def old_state() -> None:
        for name, path in (("site", built / "site"), ("pages", built / write.PAGES)):
            shutil.rmtree(path)
            shutil.copytree(keep / name, path, symlinks=True)

    env = dict(os.environ, PYTHONPATH=str(ROOT))
    command = [sys.executable, "-m", "generator", "build"]
    add_second_source(built)
    subprocess.run(command, cwd=built, env=env, check=True, capture_output=True)
    new_site, new_docs = digest(built / "site"), generated(built / "docs")
    assert new_site != old_site and new_docs != old_docs
    old_state()
    assert generated(built / "docs") == old_docs
    t0 = time.perf_counter()
    subprocess.run(command, cwd=built, env=env, check=True, capture_output=True)
    full = time.perf_counter() - t0  # a build as the killed ones run (extraction cached)
    seen = []
    for fraction in (0.3, 0.6, 0.8, 0.9, 0.97):
        old_state()
        process = subprocess.Popen(command, cwd=built, env=env, stdout=subprocess.DEVNULL,
                                   stderr=subprocess.DEVNULL)
        time.sleep(full * fraction)
        process.send_signal(signal.SIGKILL)
        process.wait()
        seen.append((digest(built / "site"), generated(built / "docs")))

    def state(found, old, new):
        return "missing" if found is None else "old" if found == old else "new" if found == new \
            else "mixed"
    assert all(state(s, old_site, new_site) in ("old", "new") for s, _ in seen), \
        [state(s, old_site, new_site) for s, _ in seen]
    assert all(state(d, old_docs, new_docs) in ("old", "new") for _, d in seen), \
        [state(d, old_docs, new_docs) for _, d in seen]
    assert main(["build"]) == 0
    assert digest(built / "site") == new_site and leftovers(built) == []
    assert generated(built / "docs") == new_docs


def test_ctrl_c_during_a_build_is_one_line_and_leaves_site_and_docs_whole(
        built: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture) -> None:
    old_site, old_docs = digest(built / "site"), generated(built / "docs")
    add_second_source(built)

    def step(at: str) -> None:
        if at == "mkdocs built":
            raise KeyboardInterrupt

    monkeypatch.setattr(output, "_step", step)
    capsys.readouterr()
    assert main(["build"]) == 130
    err = capsys.readouterr().err
    assert err.startswith("timeline: interrupted; site/ and docs/ are whole") and \
        err.count("\n") == 1, err
    assert digest(built / "site") == old_site and generated(built / "docs") != old_docs


@pytest.mark.parametrize("damage", ["a file", "current a folder", "current elsewhere"])
def test_a_damaged_pages_folder_is_rebuilt(built: Path, damage: str) -> None:
    pages = built / write.PAGES
    if damage == "a file":
        shutil.rmtree(pages)
        pages.write_text("not a folder", encoding="utf-8")
    elif damage == "current a folder":
        (pages / "current").unlink()
        (pages / "current").mkdir()
    else:
        outside = built / "elsewhere"
        (outside / "keep").mkdir(parents=True)
        (pages / "current").unlink()
        (pages / "current").symlink_to(outside)
    assert main(["build"]) == 0
    assert all((built / "docs" / name).exists() for name in GENERATED)
    assert sorted(p.name for p in pages.iterdir()) == sorted([os.readlink(pages / "current"),
                                                             "current"])
    if damage == "current elsewhere":
        assert (built / "elsewhere" / "keep").is_dir()  # what it pointed at is not touched


@pytest.mark.parametrize("how", ["mount point", "another filesystem"])
def test_a_site_that_cannot_be_switched_is_refused_before_anything_is_written(
        built: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture, how: str) -> None:
    """hostile27: site/ as a mount point ("Device or resource busy") or .timeline-build/ on
    another filesystem ("Invalid cross-device link") failed at the swap, after docs/ had been
    switched to the new pages: the build refuses first, naming why, and changes nothing."""
    from generator import pipeline

    old_site, old_docs = digest(built / "site"), generated(built / "docs")
    add_second_source(built)
    site_dir = (built / "site").resolve()
    if how == "mount point":
        real_ismount = os.path.ismount
        monkeypatch.setattr(pipeline.os.path, "ismount",
                            lambda p: Path(p).resolve() == site_dir or real_ismount(p))
    else:
        real_device = pipeline._device
        monkeypatch.setattr(pipeline, "_device",
                            lambda p: real_device(p) + (Path(p).resolve() == site_dir))
    capsys.readouterr()
    assert main(["build"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert ("site is a mount point" if how == "mount point"
            else "site and .timeline-build/ are on different filesystems") in err
    assert digest(built / "site") == old_site and generated(built / "docs") == old_docs
