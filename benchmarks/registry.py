"""The entity registry at several sizes: reading it (YAML, checks, the names' regex) and finding
names in text, in CPU seconds.

    .venv/bin/python benchmarks/registry.py [N ...]      (default: 1000 2000 4000 8000 16000)

Each size is a registry of N people (a name, an alias: three names and variants each) read in a
fresh process. Printed: CPU seconds to read it, the ratio to the size before (linear: the size
ratio), the regex's length, and microseconds a character to find names in news text (the same
whatever N, if finding does not try every name). No assertion: numbers (docs/benchmarks.md, "A
third sweep").
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TEXT = ("Russian President Vladimir Putin met Ukrainian President Volodymyr Zelensky in Moscow "
        "on Monday, the Kremlin said, and Name17 Person17 (P3x) was there. ") * 20


def registry_text(n: int) -> str:
    return "entities:\n" + "".join(
        f"  - id: e{i}\n    name: Name{i} Person{i}\n    kind: person\n    aliases: [P{i}x]\n"
        for i in range(n))


def one(n: int) -> dict:
    sys.path.insert(0, str(ROOT))
    from generator.entities import parse_registry

    text = registry_text(n)
    c0 = time.process_time()
    registry = parse_registry(text, "entities.yaml")
    read = time.process_time() - c0
    c0, rounds = time.process_time(), 20
    for _ in range(rounds):
        registry.find(TEXT)
    find = (time.process_time() - c0) / rounds / len(TEXT) * 1e6
    return {"read": read, "names": len(registry.by_name), "find_us": find,
            "pattern": len(registry.regex.pattern) if registry.regex else 0}


def main(argv: list[str]) -> int:
    if argv[:1] == ["--one"]:
        print(json.dumps(one(int(argv[1]))))
        return 0
    previous = None
    print(f"{'entities':>8} {'names':>7} {'read s':>7} {'ratio':>6} {'regex chars':>11} "
          f"{'find us/char':>12}")
    for n in [int(a) for a in argv] or [1000, 2000, 4000, 8000, 16000]:
        out = subprocess.run([sys.executable, __file__, "--one", str(n)], capture_output=True,
                             text=True, check=True)
        r = json.loads(out.stdout)
        ratio = f"{r['read'] / previous:.2f}" if previous else ""
        previous = r["read"]
        print(f"{n:>8} {r['names']:>7} {r['read']:>7.2f} {ratio:>6} {r['pattern']:>11} "
              f"{r['find_us']:>12.2f}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
