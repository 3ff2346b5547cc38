"""What the thirteenth hostile sweep found (processes, caches, the newest reading rules) and
was fixed: docs/benchmarks.md, "A thirteenth sweep"."""

from __future__ import annotations

import os
import signal
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from generator import parallel, pipeline
from generator.entities import load_registry
from generator.pipeline import check
from tests.conftest import FIXTURES

DEV = FIXTURES / "dev_corpus" / "articles"


@contextmanager
def _at_most(seconds: int) -> Iterator[None]:
    """A wait for ever (the fault) fails the test instead of hanging the suite."""

    def late(_s: int, _f: object) -> None:
        raise TimeoutError(f"still waiting after {seconds} s")

    before = signal.signal(signal.SIGALRM, late)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, before)


def test_an_extraction_worker_killed_from_outside_loses_nothing_and_hangs_nothing(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A worker of extraction's process pool killed while it ran (the OOM killer, ``kill -9``):
    the build waited for ever (the pool stopped its other workers with SIGTERM, which they
    ignore, then waited for them). Now the sources of a copy that died are extracted here."""
    if not parallel.can_fork():
        pytest.skip("no fork here")
    sources, _ = check([DEV])
    registry = load_registry()
    one = pipeline.extract_sources(list(sources), registry, jobs=1)
    parent, real = os.getpid(), pipeline.extract_source

    def dies_in_a_copy(source, reg):  # type: ignore[no-untyped-def]
        if os.getpid() != parent:
            os.kill(os.getpid(), signal.SIGKILL)
        return real(source, reg)

    monkeypatch.setattr(pipeline, "extract_source", dies_in_a_copy)
    with _at_most(120):
        two = pipeline.extract_sources(list(sources), registry, jobs=2)
    assert two == one


def test_jobs_above_the_cores_are_the_cores(project, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    """``--jobs 500`` over 500 sources forked 500 processes on a machine of 2 cores: 148 s and
    some 9 GB, against 13 s with one (2,000 would exhaust memory). More processes than cores
    only cost: ``--jobs`` is at most the cores."""
    from generator import cli

    asked: list[int] = []

    def build(project, strict, today, engine, jobs):  # type: ignore[no-untyped-def]
        asked.append(jobs)
        raise pipeline.SiteFailed("stop here", ())

    monkeypatch.setattr(pipeline, "build", build)
    monkeypatch.setattr(cli, "CORES", 2)
    for n in ("1000", "2", "1"):
        cli.main(["build", "--jobs", n])
    assert asked == [2, 2, 1]


def test_jobs_in_other_digits_is_one_line(capsys: pytest.CaptureFixture) -> None:
    """'¹' and '２' are digits to ``str.isdigit``: '¹' reached ``int`` and argparse said
    "invalid _jobs value"; '２' was read as 2."""
    from generator.cli import main

    for value in ("¹", "２"):
        with pytest.raises(SystemExit):
            main(["build", "--jobs", value])
        assert (f"argument --jobs: {value!r} is not a number of processes (1 or more)"
                in capsys.readouterr().err)


def test_a_cache_linked_to_itself_is_a_warning(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    """``.cache`` a symbolic link to itself: the warning's ``Path.resolve`` raised RuntimeError
    (a symlink loop, before Python 3.13) and the build ended in a traceback."""
    from generator.cache import ExtractCache

    monkeypatch.chdir(tmp_path)
    Path(".cache").symlink_to(".cache")
    sources, _ = check([DEV])
    cache = ExtractCache(Path(".cache/extract"))
    assert pipeline.extract(sources[:2], cache=cache).claims == pipeline.extract(sources[:2]).claims
    assert [p.path for p in cache.problems] == [".cache/extract"]
    assert "cannot be written (Too many levels of symbolic links)" in cache.problems[0].message


def test_a_file_of_docs_linked_to_itself_is_one_line(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    """``docs/js`` -> ``js``: the message naming it called ``Path.resolve``, which raised
    RuntimeError, and the build ended in three tracebacks."""
    import errno

    from generator.output import describe

    monkeypatch.chdir(tmp_path)
    Path("docs").mkdir()
    Path("docs/js").symlink_to("js")
    exc = OSError(errno.ELOOP, os.strerror(errno.ELOOP), "docs/js")
    assert str(describe(exc, "read")) == "cannot read docs/js: Too many levels of symbolic links"


def test_an_extraction_entry_under_another_sources_name_is_none(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Two entries of ``.cache/extract/`` swapped (or one linked or copied to another's name):
    each digest holds, and each source was given the other's claims (the site then differed
    from a cold build's in 52 files of site/ and 20 of docs/ for a link). An entry holds its
    key now."""
    from generator.cache import ExtractCache

    sources, _ = check([DEV])
    sources = sources[:2]
    cold = pipeline.extract(sources)
    cache = ExtractCache(tmp_path)
    pipeline.extract(sources, cache=cache)
    a, b = (tmp_path / f"{cache.key(s)}.json" for s in sources)
    a_bytes = a.read_bytes()
    a.write_bytes(b.read_bytes())
    b.write_bytes(a_bytes)
    again = ExtractCache(tmp_path)
    assert pipeline.extract(sources, cache=again) == cold
    assert (again.hits, again.misses) == (0, 2)


def test_a_huge_file_in_place_of_a_cache_is_not_read_whole(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """1 GB of anything in place of ``.cache/headlines.json``: ``read_json`` read it whole
    before it found the digest wrong (the build's peak 50 MB -> 1 GB). The digest is checked
    a piece at a time first."""
    import tracemalloc

    from generator.output import DIGEST, read_json, write_json

    junk, wrong = tmp_path / "junk.json", tmp_path / "wrong.json"
    junk.write_bytes(b"x" * 20_000_000)
    wrong.write_bytes(DIGEST + b"0" * 64 + b"\n" + b"[" * 20_000_000)
    tracemalloc.start()
    try:
        assert read_json(junk) is None and read_json(wrong) is None
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 5_000_000
    good = tmp_path / "good.json"
    write_json(good, {"a": ["ü", 1]})
    assert read_json(good) == {"a": ["ü", 1]}


def test_a_copy_short_of_memory_loses_nothing() -> None:
    """A forked copy that raised ``MemoryError`` (its own limit, the pages it copied) ended
    the build in a traceback, though this process could do its parts: they are done here."""
    if not parallel.can_fork():
        pytest.skip("no fork here")
    import multiprocessing

    parent, took = os.getpid(), multiprocessing.get_context("fork").Event()

    def task(k: int) -> int:
        if os.getpid() == parent:
            assert took.wait(60)  # the copy takes a part before this one takes any
        else:
            took.set()
            raise MemoryError
        return k * k

    with _at_most(60):
        assert parallel.fork_map(task, list(range(40)), 2) == [k * k for k in range(40)]


def test_out_of_memory_is_one_line(project, monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
                                   capsys: pytest.CaptureFixture) -> None:
    """A ``MemoryError`` in the build (every process short of memory) was a traceback."""
    from generator import cli

    def build(*_args, **_kwargs):  # type: ignore[no-untyped-def]
        raise MemoryError

    monkeypatch.setattr(pipeline, "build", build)
    assert cli.main(["build", "--jobs", "1"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("timeline: out of memory; site/ and docs/ are whole") and err.count("\n") == 1


ORPHAN = """
import os, signal, sys, time
from generator import parallel
parent = os.getpid()

def task(k):
    if os.getpid() != parent:
        with open(sys.argv[1], "a") as f:  # a copy at work
            f.write(f"{os.getpid()}\\n")
        time.sleep(0.01)
        return "x" * 4000 + str(k)  # more than a pipe holds, in all
    time.sleep(1)
    os.kill(parent, signal.SIGKILL)  # the parent killed alone, its copies left running

parallel.fork_map(task, list(range(2000)), 2)
"""


def test_copies_whose_parent_was_killed_alone_end(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The parent killed alone (``kill -9`` of its pid, the OOM killer, which picks the largest
    process) while its copies ran: a copy went on with every part left, then waited for ever
    to send its results into its own pipe (it held the pipe's reading end, copied by the fork).
    Now it closes the parent's ends and takes no part once its parent is gone."""
    import subprocess
    import sys
    import time

    if not parallel.can_fork():
        pytest.skip("no fork here")
    script = tmp_path / "orphan.py"
    script.write_text(ORPHAN, encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(Path(pipeline.__file__).parent.parent))
    pids = tmp_path / "copies.txt"
    run = subprocess.run([sys.executable, str(script), str(pids)], stdout=subprocess.DEVNULL,
                         stderr=subprocess.DEVNULL, env=env, timeout=60)
    assert run.returncode == -signal.SIGKILL
    copies = {int(line) for line in pids.read_text(encoding="utf-8").split()}
    assert copies
    waited = time.monotonic()
    while any(_alive(pid) for pid in copies) and time.monotonic() - waited < 30:
        time.sleep(0.1)
    alive = [pid for pid in copies if _alive(pid)]
    for pid in alive:
        os.kill(pid, signal.SIGKILL)
    assert not alive


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat", encoding="utf-8") as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def test_a_registry_linked_to_itself_is_a_problem(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """``entities.yaml`` a link to itself (or to nothing) was read as no registry, without a
    word: every person, organisation and place gone from the pages. A missing file is still
    a project of no entities."""
    from generator.entities import EMPTY, read_registry
    from generator.problems import InputError

    assert read_registry(tmp_path / "entities.yaml") is EMPTY
    for target in ("entities.yaml", "nowhere.yaml"):
        link = tmp_path / "entities.yaml"
        link.unlink(missing_ok=True)
        link.symlink_to(target)
        with pytest.raises(InputError) as raised:
            read_registry(link)
        assert "is a symbolic link to nothing (or to itself)" in str(raised.value.problems[0])
