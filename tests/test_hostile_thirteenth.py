"""What the thirteenth hostile sweep found (processes, caches, the newest reading rules) and
was fixed: docs/benchmarks.md, "A thirteenth sweep"."""

from __future__ import annotations

import os
import signal
from collections.abc import Iterator
from contextlib import contextmanager

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
