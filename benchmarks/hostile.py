"""Pathological articles: time and peak memory per shape, at two sizes (is the work linear?).

    .venv/bin/python benchmarks/hostile.py [SIZE_KB ...]      (default: 8 16)

Each shape is an article of the given size made of one unit repeated: many dates in one
sentence, one long sentence without a full stop (sparse dates), runs of "2025 " and of
"Monday, ", many quotes in one sentence, many short paragraphs, a run of speech verbs, sentences
naming a minister then "the foreign minister", a chronology (a dated line per day, each a claim
and an event of its own). Each case runs in a fresh
process (so peak memory is its own): load, extraction (claims, events), the pages and the
JSON export. Printed per case: wall and CPU seconds (the machine may be shared: the ratio is
of CPU time), extraction's wall seconds, peak RSS (MB), claims, events, timeline.json and page
bytes per input character, and between consecutive sizes the CPU time ratio (linear: about the
size ratio; the issue's bar is 1.5x time for 2x size). No assertion: numbers.
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FRONT = '---\ntitle: "A hostile article"\nurl: https://example.com/h\npublished: 2025-09-03\n---\n'

SHAPES = {
    # 1,000 dates in 14 KB: every date a claim, every claim an event of its own
    "dates in one sentence": lambda i: f"{1 + i % 28} March {2000 + i % 25}, ",
    # an 80 KB "sentence" (a text that lost its full stops) with a date every ~40 words
    "long sentence": lambda i: "talks about the talks went on " if i % 8 else "and on Monday ",
    "runs of '2025 '": lambda i: "2025 ",
    "runs of 'Monday, '": lambda i: "Monday, ",
    "many quotes": lambda i: f'"we will meet on {1 + i % 28} May," Peskov said, ',
    "many paragraphs": lambda i: "Putin met Zelensky on Monday, the Kremlin said.\n\n",
    # a run of speakers ("Putin said Zelensky told he said ..."): each verb read against the
    # words before it; the names' features
    "speech verbs": lambda i: ("Putin said ", "Zelensky told ", "he said ", "officials said ")[i % 4],
    # sentence after sentence naming a minister, then "the foreign minister": each looked up
    # in the sentences before
    "titles": lambda i: (f"Foreign Minister Ivan Petrov{i} met on Monday. "
                         "The foreign minister said so. "),
    # a chronology: a line per day, each its own claim and event, until the article's cap
    "dated lines": lambda i: f"Talks were held on {1 + i % 28} May {1990 + i // 28 % 30}.\n\n",
    # (session 15's rules) one quote of thousands of "today" after a sentence telling Monday:
    # each a day the sentence before told
    "quoted todays": lambda i: 'Monday. Peskov said: "Today ' if i == 0 else "today ",
    # sentence after sentence counting from the lead's happening ("came a day after")
    "counts": lambda i: "The talks came a day after Putin met envoys in Moscow. ",
    # sentence after sentence opening on "Later," after a day told
    "later openers": lambda i: "Monday. " if i == 0 else "Later, Putin spoke to envoys. ",
    # (the twenty-eighth sweep) full stops each before a word in lower case: one "sentence" of
    # dates, whose events a template titles and whose clauses were each read whole
    "stops before lower case": lambda i: f"on {1 + i % 28} {MONTHS[i % 12]} 2025 officials spoke. and ",
    # (session 35) a live report of dated headings, each section read again from its date and
    # its lead a claim of it
    "dated headings": lambda i: f"\n\n## {1 + i % 28} May {1990 + i // 28 % 30}\n\nPutin met Zelensky on Tuesday. "
                                "He said the talks went well.",
    # (hostile41) a statement announced in every tiny paragraph: the paragraphs with speakers of
    # their own were listed again for each announcement, the square of the article
    "announced statements": lambda i: "Putin said in a statement:\n\nYes.\n\n",
    # (hostile42) a block of a line per paragraph whose every line ends on a word and the next
    # opens on a small letter: the lines joined into one paragraph, read once
    "hand-wrapped lines": lambda i: (("x" * 130 + "\n") if i % 50 == 0 else "")
                                   + f"officials said on {MONTHS[i % 12]} {i % 28 + 1} that the talks would go\n",
}
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")


def article(shape: str, size: int, shapes: dict | None = None) -> str:
    """An article of about ``size`` characters: the shape's unit repeated (``shapes``: these
    by default; benchmarks/hostile_sweep.py passes its own)."""
    unit = (shapes or SHAPES)[shape]
    parts, length, i = [FRONT, "Officials met on "], len(FRONT) + 17, 0
    while length < size:
        piece = unit(i)
        parts.append(piece)
        length += len(piece)
        i += 1
    parts.append("the end.\n")
    return "".join(parts)


def one(shape: str, size: int) -> dict:
    """Run one case in this process (the child's side)."""
    sys.path.insert(0, str(ROOT))
    from generator.config import Config
    from generator.entities import load_registry
    from generator.export import to_json
    from generator.pipeline import extract
    from generator.project import read_templates
    from generator.render import render
    from generator.sources import parse_source

    raw = article(shape, size)
    c0 = time.process_time()
    t0 = time.perf_counter()
    source, problems = parse_source(raw, "hostile.md", "hostile")
    assert source is not None, problems
    timeline = extract((source,))
    t_extract = time.perf_counter() - t0
    config, registry = Config(root=ROOT), load_registry()
    pages = render(timeline, config, registry, read_templates(config))
    export = to_json(timeline, registry)
    return {"shape": shape, "chars": len(raw), "seconds": time.perf_counter() - t0,
            "cpu": time.process_time() - c0,
            "extract": t_extract, "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            "claims": len(timeline.claims), "events": len(timeline.events),
            "json_per_char": len(export.encode("utf-8")) / len(raw),
            "pages_per_char": sum(len(p.text.encode("utf-8")) for p in pages) / len(raw)}


def main(argv: list[str]) -> int:
    if argv[:1] == ["--one"]:
        print(json.dumps(one(argv[1], int(argv[2]))))
        return 0
    sizes = [int(a) * 1000 for a in argv] or [8000, 16000]
    print(f"{'shape':24} {'chars':>7} {'s':>7} {'cpu s':>7} {'extract':>7} {'ratio':>6} {'MB':>6} "
          f"{'claims':>6} {'events':>6} {'json/ch':>7} {'pages/ch':>8}")
    for shape in SHAPES:
        previous = None
        for size in sizes:
            out = subprocess.run([sys.executable, __file__, "--one", shape, str(size)],
                                 capture_output=True, text=True, cwd=ROOT)
            if out.returncode != 0:
                print(f"{shape:24} {size:>7} failed: {out.stderr.strip().splitlines()[-1:]}")
                break
            r = json.loads(out.stdout)
            ratio = f"{r['cpu'] / previous:.2f}" if previous else ""
            previous = r["cpu"]
            print(f"{shape:24} {r['chars']:>7} {r['seconds']:>7.2f} {r['cpu']:>7.2f} "
                  f"{r['extract']:>7.2f} "
                  f"{ratio:>6} {r['rss_mb']:>6.0f} {r['claims']:>6} {r['events']:>6} "
                  f"{r['json_per_char']:>7.1f} {r['pages_per_char']:>8.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
