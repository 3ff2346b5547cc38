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

import multiprocessing
import threading
from collections.abc import Callable, Sequence
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")

_task: Callable | None = None  # the parts' function, inherited by the forked processes


def can_fork() -> bool:
    """May this process fork workers that read its tables?"""
    return ("fork" in multiprocessing.get_all_start_methods()
            and threading.active_count() == 1
            and multiprocessing.current_process().daemon is False)


def fork_map(task: Callable[[T], R], parts: Sequence[T], jobs: int,
             warm: Callable[[], object] | None = None) -> list[R]:
    """``[task(p) for p in parts]``, by up to ``jobs`` forked processes when that can help.
    ``task`` may be a closure over this process's tables: the processes inherit it. ``warm``
    runs here first, so that what the task loads on first use (rules compiled, vocabularies
    read) is loaded once, not once in every process."""
    global _task
    if jobs <= 1 or len(parts) < 2 or _task is not None or not can_fork():
        return [task(p) for p in parts]
    if warm is not None:
        warm()
    _task = task
    try:
        with multiprocessing.get_context("fork").Pool(min(jobs, len(parts))) as pool:
            return pool.map(_run, parts, chunksize=1)
    finally:
        _task = None


def _run(part: object) -> object:
    assert _task is not None
    return _task(part)


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
