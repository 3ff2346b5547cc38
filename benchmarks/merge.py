"""Merging alone with 1 and with 2 processes, on the same claims: wall and CPU seconds of this
process, what it would take on free cores (the CPU seconds outside the parts the processes
share, plus the largest process's share of each: the machine is shared, and a busy second core
hides the speed-up), and whether the events are the same (docs/benchmarks.md, "Merging in
processes").

    .venv/bin/python benchmarks/merge.py 1000 [10000 ...]

For each N, synthetic sources (benchmarks/corpus.py) are extracted once (no cache), then
``events.merge_events`` runs with ``jobs`` 1, 2, 1, 2 (no headline cache: each run makes its
own titles). Times are wall-clock seconds of one run each: on a shared machine, compare the
runs taken back to back.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
from corpus import generate  # noqa: E402

from generator import parallel  # noqa: E402
from generator.entities import read_registry, using_registry  # noqa: E402
from generator.events import _headline_of, merge_events  # noqa: E402
from generator.pipeline import check, extract_all  # noqa: E402


def bench(n: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        generate(n, Path(tmp) / "sources")
        sources, _ = check([Path(tmp) / "sources"])
    registry = read_registry(ROOT / "entities.yaml")
    with using_registry(registry):
        ordered = tuple(sorted(sources, key=lambda s: (s.published, s.id)))
        claims, freq = extract_all(ordered, registry, None, 2)
        first = None
        for jobs in (1, 2, 1, 2):
            _headline_of.cache_clear()
            parallel.spent = []
            t0, c0 = time.perf_counter(), time.process_time()
            events = merge_events(claims, ordered, freq, jobs)
            wall, cpu = time.perf_counter() - t0, time.process_time() - c0
            # the CPU seconds outside the shared parts, plus the largest share of each map
            free = cpu - sum(mine for _, mine, _ in parallel.spent) \
                + sum(max([mine, *theirs]) for _, mine, theirs in parallel.spent)
            parallel.spent = None
            first = events if first is None else first
            print(f"| {n:,} | {len(events):,} | {jobs} | {wall:.1f} s | {cpu:.1f} s | "
                  f"{free:.1f} s | {'yes' if events == first else 'NO'} | "
                  f"{os.getloadavg()[0]:.1f} |", flush=True)


def main(argv: list[str]) -> int:
    print("| sources | events | processes | wall | CPU of this process | on free cores | "
          "same events | load average |")
    print("|---:|---:|---:|---:|---:|---:|---|---:|")
    for n in [int(a) for a in argv] or [1000]:
        bench(n)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
