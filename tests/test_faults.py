"""Faults during `timeline build`: kills between steps, a second build, unwritable output.

A kill -9 is simulated by raising ``Killed`` (not an Exception: nothing catches it) from
``output._step`` at a chosen step; the code after it never runs, as in a real kill, and the
next start must find site/ whole (old or new) and docs/ finished.
"""

from __future__ import annotations

import errno
import hashlib
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator import output, site
from generator.cli import main
from tests.conftest import GOOD_FRONT, ROOT, write_source


class Killed(BaseException):
    pass


def digest(folder: Path) -> dict[str, str] | None:
    if not folder.is_dir():
        return None
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def generated(docs: Path) -> dict[str, str] | None:
    """The generated part of docs/ (hand-written pages excluded)."""
    from generator.config import GENERATED

    out: dict[str, str] = {}
    for name in GENERATED:
        path = docs / name
        if path.is_file():
            out[name] = hashlib.sha256(path.read_bytes()).hexdigest()
        elif path.is_dir():
            out.update({f"{name}/{k}": v for k, v in (digest(path) or {}).items()})
    return out


@pytest.fixture
def built(project: Path, capsys: pytest.CaptureFixture) -> Path:
    """A project with one source, built once (the 'old' site)."""
    write_source(project / "sources", "2026-01-29-a.md", GOOD_FRONT,
                 "Putin invited Zelensky to Moscow on Monday, the Kremlin said.\n")
    assert main(["build"]) == 0, capsys.readouterr().err
    return project


def add_second_source(project: Path) -> None:
    write_source(project / "sources", "2026-02-03-b.md",
                 'title: "Another"\nurl: https://example.com/b\npublished: 2026-02-03\n',
                 "Zelensky said on Tuesday he would not travel to Moscow.\n")


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


# steps of a build in order; "switched" is after the atomic exchange of site/. Only the pages
# that change move (generator/write.py): the home page, the second source's page (new)...
KILL_POINTS = ["journal written", "moved out index.md", "moved in index.md",
               "moved in 2026-02-03-b.md", "mkdocs built", "search indexed", "switched"]


@pytest.mark.parametrize("point", KILL_POINTS)
def test_a_build_killed_at_any_step_leaves_a_whole_site_and_the_next_start_finishes(
        built: Path, point: str, monkeypatch: pytest.MonkeyPatch) -> None:
    old_site, old_docs = digest(built / "site"), generated(built / "docs")
    add_second_source(built)
    seen = kill_at(monkeypatch, point)
    with pytest.raises(Killed):
        main(["build"])
    assert seen[-1] == point
    killed_site = digest(built / "site")  # the exchange is atomic: never missing, never mixed

    monkeypatch.setattr(output, "_step", lambda at: None)
    with output.exclusive(built):  # the next start: finishes the moves, removes the rest
        recovered_site, recovered_docs = digest(built / "site"), generated(built / "docs")
    assert leftovers(built) == []
    assert main(["build"]) == 0
    new_site, new_docs = digest(built / "site"), generated(built / "docs")
    assert new_site != old_site and new_docs != old_docs
    differ = sorted(k for k in set(new_site) | set(killed_site or {})
                    if new_site.get(k) != (killed_site or {}).get(k))
    assert killed_site in (old_site, new_site), differ[:5]
    assert recovered_site in (old_site, new_site)
    assert recovered_docs == new_docs  # once the journal is written, the moves are due


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


def fail_writes(monkeypatch: pytest.MonkeyPatch, fragment: str, code: int = errno.ENOSPC) -> None:
    real = Path.write_text

    def write_text(self: Path, *a, **k):
        if fragment in self.as_posix():
            raise OSError(code, __import__("os").strerror(code), str(self))
        return real(self, *a, **k)

    monkeypatch.setattr(Path, "write_text", write_text)


def test_a_full_disk_while_staging_docs_is_one_line_and_changes_nothing(
        built: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture) -> None:
    old_site, old_docs = digest(built / "site"), generated(built / "docs")
    add_second_source(built)
    fail_writes(monkeypatch, "docs-new/events/")
    capsys.readouterr()
    assert main(["build"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert err.startswith("timeline: cannot write .timeline-build/docs-new/events/")
    assert err.endswith(": No space left on device; the previous site/ is unchanged\n")
    assert digest(built / "site") == old_site and generated(built / "docs") == old_docs


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
        built: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture) -> None:
    """An immutable docs/timeline.md (or a read-only docs/): the moves made before it (the
    home page's) are undone."""
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


def test_real_kill_9_at_several_moments_never_leaves_a_partial_site(
        built: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    """Not an injected stop: `timeline build` in its own process, SIGKILLed at several moments
    of its run, each time from the old site. After each kill site/ is the old site or the new
    one, whole, and the next build ends with nothing left over."""
    import os
    import signal
    import time

    probe = tmp_path_factory.mktemp("probe")
    (probe / "a").mkdir()
    (probe / "b").mkdir()
    if not output.exchange(probe / "a", probe / "b"):
        pytest.skip("no atomic exchange here: site/ is switched under the journal instead")
    keep = tmp_path_factory.mktemp("old") / "site"
    shutil.copytree(built / "site", keep)
    old_site = digest(keep)
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    command = [sys.executable, "-m", "generator", "build"]
    add_second_source(built)
    subprocess.run(command, cwd=built, env=env, check=True, capture_output=True)
    new_site = digest(built / "site")
    assert new_site != old_site
    shutil.rmtree(built / "site")
    shutil.copytree(keep, built / "site")
    t0 = time.perf_counter()
    subprocess.run(command, cwd=built, env=env, check=True, capture_output=True)
    full = time.perf_counter() - t0  # a build as the killed ones run (extraction cached)
    seen = []
    for fraction in (0.3, 0.6, 0.8, 0.9, 0.97):
        shutil.rmtree(built / "site")
        shutil.copytree(keep, built / "site")
        process = subprocess.Popen(command, cwd=built, env=env, stdout=subprocess.DEVNULL,
                                   stderr=subprocess.DEVNULL)
        time.sleep(full * fraction)
        process.send_signal(signal.SIGKILL)
        process.wait()
        seen.append(digest(built / "site"))
    assert all(state in (old_site, new_site) for state in seen), \
        ["missing" if s is None else "old" if s == old_site else "new" if s == new_site
         else "mixed" for s in seen]
    assert main(["build"]) == 0
    assert digest(built / "site") == new_site and leftovers(built) == []
