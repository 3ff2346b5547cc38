"""Runs independent parts of one stage in several processes, each a copy of this one (fork).

Merging (events.py) builds large tables (every claim's vector, every unit's candidates) and then
does work per unit and per group that reads them and writes nothing shared: scoring a unit's
candidate pairs, making an event's title. A forked process starts with the tables as they are,
so only the parts' numbers and their results cross between processes (no table is pickled),
and the caller puts the results back in the parts' order: the output is the same whatever the
number of processes (tests/test_jobs.py).

Where a process cannot be forked safely, the parts run here, in order: a platform without
``fork``, and a process running other threads (``timeline serve``'s web server: a thread
holding a lock when the process forks would leave the lock held in the copy).
"""

from __future__ import annotations

import gc
import multiprocessing
import signal
import threading
import time
from collections.abc import Callable, Sequence
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")

_task: Callable | None = None  # the parts' function, inherited by the forked processes
_parts: Sequence = ()  # the parts
_taken = None  # how many parts the processes have taken (a number they share)
# where a benchmark sets a list: for each ``fork_map`` that forked, (wall seconds, CPU seconds
# of this process's parts, [CPU seconds of each copy's parts]): on a shared machine, what two
# free cores would take is the work outside the parts plus the largest of each map's shares
spent: list[tuple[float, float, list[float]]] | None = None


def can_fork() -> bool:
    """May this process fork workers that read its tables?"""
    return ("fork" in multiprocessing.get_all_start_methods()
            and threading.active_count() == 1
            and multiprocessing.current_process().daemon is False)


def fork_map(task: Callable[[T], R], parts: Sequence[T], jobs: int,
             warm: Callable[[], object] | None = None) -> list[R]:
    """``[task(p) for p in parts]``, by this process and ``jobs - 1`` forked copies of it
    when that can help, each taking the next part not yet taken until none is left. ``task``
    may be a closure over this process's tables: the copies inherit it. ``warm`` runs here
    first, so that what the task loads on first use (rules compiled, vocabularies read) is
    loaded once, not once in every process."""
    global _task, _parts, _taken
    if jobs <= 1 or len(parts) < 2 or _task is not None or not can_fork():
        return [task(p) for p in parts]
    if warm is not None:
        warm()
    context = multiprocessing.get_context("fork")
    _task, _parts, _taken = task, parts, context.Value("i", 0)
    copies = min(jobs, len(parts)) - 1
    # what exists now is left out of the garbage collector's passes (here and in the copies):
    # a pass writes to every object it visits, and each write copies a page the processes
    # would otherwise share
    gc.freeze()
    started = time.perf_counter()
    try:
        with context.Pool(copies, initializer=ignore_interrupts) as pool:
            theirs = [pool.apply_async(_drain) for _ in range(copies)]
            done, cpu = _drain()
            others = [r.get() for r in theirs]
            done += [item for items, _ in others for item in items]
        if spent is not None:
            spent.append((time.perf_counter() - started, cpu, [c for _, c in others]))
    finally:
        _task, _parts, _taken = None, (), None
        gc.unfreeze()
    return [result for _, result in sorted(done, key=lambda item: item[0])]


def ignore_interrupts() -> None:
    """In a worker process: Ctrl-C (sent to every process of the terminal's group) is this
    process's parent's to handle; it stops the workers itself (a worker that took it printed
    "Process ForkPoolWorker-1:" and its traceback under the build's one-line message); SIGTERM
    and SIGHUP end it quietly."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # SIGTERM and SIGHUP: the parent's handler (cli.Stopped) is not this process's; they end
    # it quietly (not ignored: the pool stops its workers with SIGTERM)
    for name in ("SIGTERM", "SIGHUP"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), signal.SIG_DFL)


def _drain() -> tuple[list[tuple[int, object]], float]:
    """Run the parts no process has taken yet, one at a time: [(index, result)], and the CPU
    seconds this process spent on them."""
    assert _task is not None and _taken is not None
    done = []
    cpu = time.thread_time()
    while True:
        with _taken.get_lock():
            k = _taken.value
            _taken.value = k + 1
        if k >= len(_parts):
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
