"""Runs independent parts of one stage in several processes, each a copy of this one (fork).

Merging (events.py) builds large tables (every claim's vector, every unit's candidates) and then
does work per unit and per group that reads them and writes nothing shared: scoring a unit's
candidate pairs, making an event's title. A forked process starts with the tables as they are,
so only the parts' numbers and their results cross between processes (no table is pickled),
and the caller puts the results back in the parts' order: the output is the same whatever the
number of processes (tests/test_jobs.py). Extraction (pipeline.extract_sources) runs here too,
each part a source, since a thirteenth sweep: its ``concurrent.futures`` pool waited for ever
for workers it had asked to stop with a signal they ignore, once one of them was killed.

The copies are plain forked processes, each handing back its results through its own pipe:
no pool, no queue, no lock but the counter's. ``multiprocessing.Pool`` was used before and
could hang a stopped build: a copy killed while it waited for its next task died holding the
task queue's lock, and the pool's ``terminate`` waited for that lock for ever (a ``--jobs 2``
build given SIGTERM as a group: 2 runs in 100, 4 in 80 with two builds at once; none in 400
since, docs/benchmarks.md). Now a copy ignores the signals sent to a whole group (the parent
stops it, with SIGKILL), a copy that dies is seen (its pipe ends) and its parts are done here,
and nothing is ever waited for that a dead process holds.

Where a process cannot be forked safely, the parts run here, in order: a platform without
``fork``, and a process running other threads (``timeline serve``'s web server: a thread
holding a lock when the process forks would leave the lock held in the copy).
"""

from __future__ import annotations

import gc
import logging
import os
import signal
import threading
import time
import traceback
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from multiprocessing.connection import Connection
    from multiprocessing.process import BaseProcess

T = TypeVar("T")
R = TypeVar("R")

log = logging.getLogger(__name__)

_task: Callable | None = None  # the parts' function, inherited by the forked processes
_parts: Sequence = ()  # the parts
_taken = None  # how many parts the processes have taken (a number they share)
_parent = 0  # the process that forked the copies (a copy whose parent is gone stops)
# where a benchmark sets a list: for each ``fork_map`` that forked, (wall seconds, CPU seconds
# of this process's parts, [CPU seconds of each copy's parts]): on a shared machine, what two
# free cores would take is the work outside the parts plus the largest of each map's shares
spent: list[tuple[float, float, list[float]]] | None = None

# the signals a terminal (Ctrl-C, a closed terminal) or a service manager sends to every
# process of a group: the parent's to handle (cli.Stopped); a forked copy ignores them
GROUP_SIGNALS = tuple(getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP")
                      if hasattr(signal, name))
# how often this process, waiting for the counter's lock, looks whether a copy died: the lock
# is held for the few instructions of taking a number, so a longer wait means a copy died
# holding it (not tuned: any length works, a shorter one only looks more often)
LOOK_EVERY = 0.5


def can_fork() -> bool:
    """May this process fork workers that read its tables? (``multiprocessing`` is imported
    where it is used: 9 ms of every build's start, for a rebuild that forks no copy.)"""
    import multiprocessing

    return ("fork" in multiprocessing.get_all_start_methods()
            and threading.active_count() == 1
            and multiprocessing.current_process().daemon is False)


def fork_map(task: Callable[[T], R], parts: Sequence[T], jobs: int,
             warm: Callable[[], object] | None = None) -> list[R]:
    """``[task(p) for p in parts]``, by this process and ``jobs - 1`` forked copies of it
    when that can help, each taking the next part not yet taken until none is left. ``task``
    may be a closure over this process's tables: the copies inherit it. ``warm`` runs here
    first, so that what the task loads on first use (rules compiled, vocabularies read) is
    loaded once, not once in every process.

    An exception in a copy's part is raised here (with the copy's traceback as a note). A copy
    that ends without its results (killed by the OOM killer or by hand, a crash, a
    ``MemoryError``) loses nothing: the other copies are stopped and every part whose result did not come back is
    done here, in order. Whatever stops this process (Ctrl-C, SIGTERM: an exception here)
    kills the copies on the way out; none is left running or waited for."""
    global _task, _parts, _taken, _parent
    if jobs <= 1 or len(parts) < 2 or _task is not None or not can_fork():
        return [task(p) for p in parts]
    if warm is not None:
        warm()
    import multiprocessing

    context = multiprocessing.get_context("fork")
    started = time.perf_counter()
    copies: list[tuple[BaseProcess, Connection]] = []
    try:
        _task, _parts, _taken, _parent = task, parts, context.Value("i", 0), os.getpid()
        # what exists now is left out of the garbage collector's passes (here and in the
        # copies): a pass writes to every object it visits, and each write copies a page the
        # processes would otherwise share
        gc.freeze()
        with signals_held():  # a copy ignores them before it can take one (``_copy``)
            for _ in range(min(jobs, len(parts)) - 1):
                mine, its = context.Pipe(duplex=False)
                process = context.Process(target=_copy, args=(its, [c for _, c in copies] + [mine]),
                                          daemon=True)
                process.start()
                its.close()  # the copy's end is the copy's alone: its pipe ends when it does
                copies.append((process, mine))
        done, cpu = _drain(copies)
        theirs, lost = _collect(copies)
        for items, _ in theirs.values():
            done += items
        if lost is not None or len(done) < len(parts):  # a copy died: what it took is done here
            if lost is not None:  # (its pipe ended: it has ended, or is ending)
                copies[lost][0].join()
            log.warning("a forked process ended without its results (exit code %s); its parts "
                        "are done in this one", lost is not None and copies[lost][0].exitcode)
            _end(copies)
            have = {k for k, _ in done}
            done += [(k, task(parts[k])) for k in range(len(parts)) if k not in have]
        elif spent is not None:
            spent.append((time.perf_counter() - started, cpu, [c for _, c in theirs.values()]))
    finally:
        _end(copies)
        _task, _parts, _taken = None, (), None
        gc.unfreeze()
    return [result for _, result in sorted(done, key=lambda item: item[0])]


@contextmanager
def signals_held(*more: str) -> Iterator[None]:
    """The group's signals (and those named ``more``, where they exist) held back (blocked) in this thread while it forks or
    starts a thread: a forked process starts with its parent's handlers, which are not its
    own, and one that took a signal before it could ignore it printed a traceback under the
    build's one line. Held, a signal that comes meanwhile reaches this process when the forks
    are done, and never the copy (it ignores the signal before it lets it through:
    ``ignore_interrupts``); a thread started meanwhile is started whole (``Thread.start``
    stopped half-way leaves a thread that may run but cannot be joined), and holds them for
    good (they are the main thread's to handle)."""
    if not hasattr(signal, "pthread_sigmask"):
        yield
        return
    held = (*GROUP_SIGNALS, *(getattr(signal, name) for name in more if hasattr(signal, name)))
    before = signal.pthread_sigmask(signal.SIG_BLOCK, held)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, before)


def ignore_interrupts() -> None:
    """In a forked process: Ctrl-C, SIGTERM and SIGHUP (sent to every process of the
    terminal's or the service's group) are the parent's to handle; it stops its copies itself
    (a copy that took Ctrl-C printed "Process ForkPoolWorker-1:" and its traceback under the
    build's one-line message; one killed by SIGTERM while it held a lock of its pool left its
    parent waiting for the lock for ever). Ignored, then let through (``signals_held``)."""
    for s in GROUP_SIGNALS:
        signal.signal(s, signal.SIG_IGN)
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, GROUP_SIGNALS)


def _copy(conn: Connection, theirs: list[Connection]) -> None:
    """A forked copy: its share of the parts, sent back whole (or the exception of a part).
    ``theirs``: the parent's ends of the pipes, which the fork copied here; closed at once (a
    thirteenth sweep): a copy holding its own pipe's reading end, its parent killed alone
    (``kill -9``, the OOM killer, which picks the largest process), waited for ever to send its
    results to itself. And a copy whose parent is gone takes no more parts (``_drain``)."""
    ignore_interrupts()
    for end in theirs:
        end.close()
    try:
        result: tuple[str, object] = ("done", _drain())
    except Exception as exc:  # the parent raises it
        exc.add_note("in a forked copy of the process:\n" + traceback.format_exc().rstrip())
        result = ("failed", exc)
    try:
        conn.send(result)
    except OSError:  # the parent is gone (killed): no one to send them to
        pass
    except Exception as exc:  # (a result or an exception that cannot be pickled)
        conn.send(("failed", RuntimeError(f"a forked copy could not send its results: {exc!r}")))
    conn.close()


def _collect(copies: list[tuple[BaseProcess, Connection]]
             ) -> tuple[dict[int, tuple[list[tuple[int, object]], float]], int | None]:
    """Each copy's results, by its number, as each sends them, and the number of a copy that
    ended without sending them (its pipe ended), if one did: the others are then not waited
    for (one that died holding the counter's lock would leave them waiting for it). Raises a
    copy's exception."""
    from multiprocessing.connection import wait

    got: dict[int, tuple[list[tuple[int, object]], float]] = {}
    waiting = {conn: k for k, (_, conn) in enumerate(copies)}
    while waiting:
        for conn in wait(list(waiting)):
            k = waiting.pop(conn)
            try:
                how, what = conn.recv()
            except (EOFError, OSError):  # the copy died before it had sent all
                return got, k
            if how == "failed" and isinstance(what, MemoryError):
                # (a thirteenth sweep) a copy short of memory (its own limit, the pages it
                # copied from this one) ended the build in a traceback: its parts are done
                # here, as those of a copy that died
                return got, k
            if how == "failed":
                raise what
            got[k] = what
    return got, None


def _end(copies: list[tuple[BaseProcess, Connection]]) -> None:
    """Every copy ended and reaped: one still running is killed (it holds nothing this process
    needs; SIGKILL, as it ignores the others), none is waited for while it runs."""
    for process, conn in copies:
        if process.exitcode is None:
            process.kill()
        process.join()
        conn.close()


def _drain(copies: Sequence[tuple[BaseProcess, Connection]] = ()
           ) -> tuple[list[tuple[int, object]], float]:
    """Run the parts no process has taken yet, one at a time: [(index, result)], and the CPU
    seconds this process spent on them. In the parent (``copies`` given), stops early if the
    counter's lock stays held while a copy has died (it died holding it)."""
    assert _task is not None and _taken is not None
    done = []
    cpu = time.thread_time()
    lock = _taken.get_lock()
    while True:
        while not lock.acquire(timeout=LOOK_EVERY):
            if any(p.exitcode not in (None, 0) for p, _ in copies):
                return done, time.thread_time() - cpu
        try:
            k = _taken.value
            _taken.value = k + 1
        finally:
            lock.release()
        if k >= len(_parts) or (not copies and os.getppid() != _parent):  # (no one to send to)
            return done, time.thread_time() - cpu
        done.append((k, _task(_parts[k])))


def spans(weights: Sequence[int], parts: int) -> list[tuple[int, int]]:
    """``range(len(weights))`` cut into at most ``parts`` consecutive spans (start, end) of
    about equal total weight (each at least one item).

    >>> spans([1, 1, 1, 1, 4], 2)
    [(0, 4), (4, 5)]
    """
    total = sum(weights)
    out: list[tuple[int, int]] = []
    start, acc = 0, 0
    for i, w in enumerate(weights):
        acc += w
        if acc * parts >= total * (len(out) + 1) and i + 1 < len(weights):
            out.append((start, i + 1))
            start = i + 1
    if start < len(weights):
        out.append((start, len(weights)))
    return out
