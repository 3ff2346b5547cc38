"""Extraction in several processes (`timeline build --jobs N`): the same output as in one."""

from __future__ import annotations

import multiprocessing
import os
import shutil
import signal
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from generator import parallel, pipeline
from generator.cache import ExtractCache
from generator.cli import main
from generator.entities import load_registry
from generator.export import to_json
from generator.pipeline import check, extract
from tests.conftest import FIXTURES, ROOT
from tests.test_build import tree_digest

DEV = FIXTURES / "dev_corpus" / "articles"


def test_two_processes_extract_what_one_does(monkeypatch: pytest.MonkeyPatch,
                                             tmp_path: Path) -> None:
    forked: list = []
    monkeypatch.setattr(parallel, "spent", forked)  # each fork_map that forked adds a line
    sources, _ = check([DEV])
    registry = load_registry()
    one = to_json(extract(sources, jobs=1), registry)
    assert forked == []
    cache = ExtractCache(tmp_path / "two")
    assert to_json(extract(sources, cache=cache, jobs=2), registry) == one
    assert len(forked) >= 1  # the processes ran (extraction's, then merging's)
    assert cache.misses == len(sources)
    # the cache the processes filled holds what one process would have put there
    single = ExtractCache(tmp_path / "one")
    extract(sources, cache=single, jobs=1)
    assert tree_digest(tmp_path / "two") == tree_digest(tmp_path / "one")
    again = ExtractCache(tmp_path / "two")
    del forked[:]
    assert to_json(extract(sources, cache=again, jobs=2), registry) == one
    assert again.hits == len(sources)  # nothing left to extract
    extracted = pipeline.extract_sources(list(sources), registry, jobs=2)
    assert len(forked) >= 1 and extracted == pipeline.extract_sources(list(sources), registry, 1)


def test_build_with_two_jobs_is_byte_identical_to_one(project: Path) -> None:
    for src in sorted((ROOT / "sources").glob("*.md")):
        shutil.copy(src, project / "sources" / src.name)
    assert main(["build", "--jobs", "2"]) == 0
    docs, site = tree_digest(project / "docs"), tree_digest(project / "site")
    shutil.rmtree(project / ".cache")
    assert main(["build", "--jobs", "1"]) == 0
    assert tree_digest(project / "docs") == docs
    assert tree_digest(project / "site") == site


@pytest.mark.parametrize("value", ["0", "-1", "two"])
def test_jobs_must_be_a_positive_number(value: str, capsys: pytest.CaptureFixture) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["build", "--jobs", value])
    assert exit_.value.code == 2
    assert f"argument --jobs: {value!r} is not a number of processes (1 or more)" \
        in capsys.readouterr().err


@pytest.mark.parametrize("corpus", ["dev", "synthetic"])
def test_merging_in_two_processes_makes_what_one_does(corpus: str, monkeypatch: pytest.MonkeyPatch,
                                                      tmp_path: Path) -> None:
    """Every part of merging that is a map (the claims' vectors and the units' agents and
    kinds, the units' candidates, scoring pairs, making events and their titles, the next best
    titles of events whose first title an earlier one has) is shared by forked processes
    (generator/parallel.py): the same events, and the same headlines noted for the next
    build's cache. The synthetic corpus repeats its sentences, so that many events take their
    next best title."""
    import multiprocessing  # (parallel imports it where it forks)

    from benchmarks.corpus import generate
    from generator import events, parallel
    from generator.events import _headline_of, merge_events
    from generator.headlines import remembering
    from generator.pipeline import extract_all

    forked: list[int] = []
    real = multiprocessing.get_context("fork")

    class Context:
        def Process(self, **kwargs):  # noqa: N802 (multiprocessing's name)
            forked.append(1)
            return real.Process(**kwargs)

        def __getattr__(self, name: str):
            return getattr(real, name)

    monkeypatch.setattr(multiprocessing, "get_context", lambda method: Context())
    if corpus == "synthetic":
        generate(60, tmp_path)
    sources, _ = check([DEV if corpus == "dev" else tmp_path])
    registry = load_registry()
    ordered = tuple(sorted(sources, key=lambda s: (s.published, s.id)))
    claims, freq = extract_all(ordered, registry)
    retitled: list[int] = []  # events whose first title an earlier one took (in this process)
    alternatives = events._alternatives
    monkeypatch.setattr(events, "_alternatives",
                        lambda *args: retitled.append(1) or alternatives(*args))
    runs = []
    for jobs in (1, 2):
        _headline_of.cache_clear()  # (the headlines are made again, and noted)
        with remembering({}) as made:
            runs.append((merge_events(claims, ordered, freq, jobs), dict(made)))
        if jobs == 1 and corpus == "synthetic":
            assert len(retitled) > 20
    # two processes: this one and one copy, for each map (the dev corpus has too few events
    # whose first title an earlier one took to share them)
    if parallel.can_fork():
        assert forked == [1] * (4 if corpus == "dev" else 5)
    else:
        assert forked == []
    assert runs[1][0] == runs[0][0]
    assert runs[1][1] == runs[0][1]  # every headline a worker made came back
    assert runs[0][1]


def test_parts_run_here_when_threads_run(monkeypatch: pytest.MonkeyPatch) -> None:
    """A process running other threads (`timeline serve`) never forks: the parts run here, in
    order."""
    import threading

    from generator import parallel

    stop = threading.Event()
    thread = threading.Thread(target=stop.wait)
    thread.start()
    try:
        assert not parallel.can_fork()
        assert parallel.fork_map(lambda x: x * x, [1, 2, 3, 4], 2) == [1, 4, 9, 16]
    finally:
        stop.set()
        thread.join()


def test_workers_leave_ctrl_c_sigterm_and_sighup_to_their_parent() -> None:
    """Ctrl-C reaches every process of the terminal's group (SIGTERM and SIGHUP, of a service's
    group): a worker that took Ctrl-C printed "Process ForkPoolWorker-1:" and its traceback
    under the build's one-line message; one killed by SIGTERM could leave its pool's lock held
    and the build waiting for it. The copies ignore them (and, forked while they were held,
    let them through again); the parent stops its copies."""
    if not parallel.can_fork():
        pytest.skip("no fork here")
    previous = [signal.getsignal(s) for s in parallel.GROUP_SIGNALS]
    took, parent = multiprocessing.get_context("fork").Event(), os.getpid()

    def handlers(_: int) -> tuple:
        if os.getpid() == parent:  # the copy takes at least one part
            assert took.wait(60)
        else:
            took.set()
        return (*(signal.getsignal(s) for s in parallel.GROUP_SIGNALS),
                frozenset(signal.pthread_sigmask(signal.SIG_BLOCK, []) & set(parallel.GROUP_SIGNALS)))

    got = set(parallel.fork_map(handlers, list(range(64)), 2, warm=lambda: None))
    assert [signal.getsignal(s) for s in parallel.GROUP_SIGNALS] == previous  # left as it was
    assert signal.pthread_sigmask(signal.SIG_BLOCK, []) == set()  # none held here after
    ignored = (*(signal.SIG_IGN for _ in parallel.GROUP_SIGNALS), frozenset())
    assert ignored in got and got <= {ignored, (*previous, frozenset())}


def _in_a_copy(parent: int, took: Any, then: Callable[[], object]) -> Callable[[int], int]:
    """A task whose parts here wait until the copy has taken one, and the copy then does
    ``then`` (dies, raises) in its first part."""

    def task(k: int) -> int:
        if os.getpid() == parent:
            assert took.wait(60)
        elif not took.is_set():
            took.set()
            then()
        return k * k

    return task


def test_an_exception_in_a_copy_is_raised_here_with_its_traceback() -> None:
    if not parallel.can_fork():
        pytest.skip("no fork here")

    def fail() -> None:
        raise ValueError("bad part")

    took = multiprocessing.get_context("fork").Event()
    with pytest.raises(ValueError, match="bad part") as raised:
        parallel.fork_map(_in_a_copy(os.getpid(), took, fail), list(range(8)), 2)
    assert "in a forked copy of the process:\nTraceback" in raised.value.__notes__[0]
    assert multiprocessing.active_children() == []


@pytest.mark.parametrize("holding", [False, True], ids=["mid-part", "holding-the-counter"])
def test_a_copy_that_dies_loses_nothing_and_is_not_waited_for(
        holding: bool, caplog: pytest.LogCaptureFixture) -> None:
    """A copy killed (the OOM killer, kill -9) sends nothing back: its parts are done here, the
    same list comes out, and nothing waits for it (not even a copy killed while it held the
    lock of the parts' counter, which the other processes need: a pool's queue lock so held
    left a stopped build waiting for ever)."""
    if not parallel.can_fork():
        pytest.skip("no fork here")

    def die() -> None:
        if holding:
            assert parallel._taken is not None
            parallel._taken.get_lock().acquire()
        os.kill(os.getpid(), signal.SIGKILL)

    took = multiprocessing.get_context("fork").Event()
    parts = list(range(40))
    assert parallel.fork_map(_in_a_copy(os.getpid(), took, die), parts, 3) == \
        [k * k for k in parts]
    assert "a forked process ended without its results (exit code -9)" in caplog.text
    assert multiprocessing.active_children() == []


def test_a_stopped_parent_kills_its_copies_on_the_way_out() -> None:
    """Ctrl-C or SIGTERM in the parent (an exception in it) while its copies are busy: they are
    killed, none is left running or waited for (they ignore the group's signals)."""
    if not parallel.can_fork():
        pytest.skip("no fork here")
    took, parent = multiprocessing.get_context("fork").Event(), os.getpid()

    def task(_: int) -> None:
        if os.getpid() != parent:
            took.set()
            time.sleep(600)  # (killed long before)
        assert took.wait(60)
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        parallel.fork_map(task, list(range(8)), 3)
    assert multiprocessing.active_children() == []
