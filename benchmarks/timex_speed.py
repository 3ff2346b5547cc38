"""Speed of the temporal tagger: in-process throughput, linearity, and per-file CLI time.

    .venv/bin/python benchmarks/timex_speed.py [CORPUS_DIR ...]

Reports MB/s of `tag()` on the TimeML corpora's text (default: ../shared/corpora/timebank/*),
the time ratio of a 5 MB input to a 1 MB one (linear means about 5x), and the wall time of
`timeline timex` per news article, process start included: one article per call, and all the
articles in one call (`timeline timex --dct … FILE FILE …`). No assertion: numbers.
"""

from __future__ import annotations

import datetime as dt
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from generator.timex import tag
from generator.timex.evaluate import parse_timeml


def best_of(n: int, fn) -> float:
    times = []
    for _ in range(n):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def main(argv: list[str]) -> int:
    root = Path(__file__).resolve().parent.parent
    folders = [Path(a) for a in argv] or sorted((root.parent / "shared/corpora/timebank").glob("*/"))
    docs = [parse_timeml(p) for f in folders for p in sorted(f.glob("*.tml"))]
    if not docs:
        print("no TimeML files found", file=sys.stderr)
        return 2
    size = sum(len(d.text.encode("utf-8")) for d in docs)
    tag("warm up the rules on 3 May 2025.", dt.date(2025, 5, 3))
    seconds = best_of(3, lambda: [tag(d.text, d.dct) for d in docs])
    print(f"machine: {platform.machine()}, {platform.python_implementation()} "
          f"{platform.python_version()}, {platform.system()}")
    print(f"in process: {len(docs)} documents, {size / 1e6:.2f} MB in {seconds:.3f} s "
          f"= {size / 1e6 / seconds:.2f} MB/s, {seconds / len(docs) * 1000:.2f} ms per document")

    text = "\n\n".join(d.text for d in docs)
    one_mb = (text * (1_000_000 // len(text) + 1))[:1_000_000]
    five_mb = one_mb * 5
    dct = dt.date(2000, 1, 1)
    t1 = best_of(2, lambda: tag(one_mb, dct))
    t5 = best_of(2, lambda: tag(five_mb, dct))
    print(f"linearity: 1 MB {t1:.2f} s, 5 MB {t5:.2f} s, ratio {t5 / t1:.2f} (linear = 5.0)")

    # the worst case we know: text that is nothing but dates and tense words, one every few
    # characters (every expression is anchored, every tense looked up)
    dense = ("He said on Monday, May 5, that talks planned for 15-16 May would follow a year "
             "ago's, and three days later, in the third quarter, the year-ago quarter. ")
    d1 = (dense * (200_000 // len(dense) + 1))[:200_000]
    d5 = d1 * 5
    dense_count = len(tag(d1, dct))
    t1 = best_of(2, lambda: tag(d1, dct))
    t5 = best_of(2, lambda: tag(d5, dct))
    print(f"dense dates ({dense_count} expressions in 0.2 MB): 0.2 MB {t1:.2f} s, 1 MB {t5:.2f} s, "
          f"ratio {t5 / t1:.2f} (linear = 5.0), {0.2 / t1:.2f} MB/s")

    exe = root / ".venv/bin/timeline"
    command = [str(exe)] if exe.exists() else [sys.executable, "-m", "generator"]
    sample = docs[:10]
    times = []
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for i, d in enumerate(docs):
            path = Path(tmp) / f"{i:04d}-{d.name}.txt"
            path.write_text(d.text, encoding="utf-8")
            paths.append(path)
        for d, path in zip(sample, paths, strict=True):
            t0 = time.perf_counter()
            subprocess.run(command + ["timex", "--dct", d.dct.isoformat(), str(path)],
                           check=True, capture_output=True)
            times.append(time.perf_counter() - t0)
        mean = statistics.mean(times)
        print(f"CLI, one article per call: mean of {len(times)}: {mean:.3f} s "
              f"(HeidelTime about 2.4 s: {2.4 / mean:.0f}x faster)")
        batch = best_of(3, lambda: subprocess.run(
            command + ["timex", "--dct", "2000-01-01", *map(str, paths)],
            check=True, capture_output=True))
        per_file = batch / len(paths)
        print(f"CLI, all {len(paths)} articles in one call: {batch:.2f} s = "
              f"{per_file * 1000:.1f} ms per article "
              f"(HeidelTime about 2.4 s: {2.4 / per_file:.0f}x faster)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
