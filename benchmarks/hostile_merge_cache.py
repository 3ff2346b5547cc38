"""Random edits to a corpus, a merge from the merge cache after each against a cold merge (a
seventeenth sweep).

    .venv/bin/python benchmarks/hostile_merge_cache.py SETS SEED STEPS
    .venv/bin/python benchmarks/hostile_merge_cache.py dev_corpus,probe_events24 1 25
    .venv/bin/python benchmarks/hostile_merge_cache.py --whole dev_corpus,probe_events24 1 25

SETS: fixture folders of tests/fixtures whose articles are copied into one corpus (in a fresh
temporary folder). Each step makes one edit at random (a body swapped between two sources, a
date moved a day, a source copied under another address, a paragraph dropped, another
source's sentence appended, a file renamed or removed, a title edited), then merges the claims
cold and from ``cache.MergeCache`` with ``--jobs`` 1 or 2 at random. Printed per step: the
edit, whether the events are the same, the pairs taken from the cache and scored anew, the
seconds of each merge (the extraction is cached: only merging is timed). No assertion:
numbers (docs/benchmarks.md, "A seventeenth sweep").

With ``--whole`` (an eighteenth sweep), each step is the whole extraction as a build makes it
(``pipeline.extract``) with every cache a build reads: the source cache (``cache.SourceCache``),
the extraction cache, the merge cache with its kept events and the reports' extraction keys,
the recall cache (``cache.RecallCache``), against a cold ``extract`` with no cache: the same
timeline, or DIFFERENT. Printed per step: the edit, the outcome, the files read from the source
cache, the pairs and statements taken from the caches, the seconds of each.
"""
import random
import re
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator.cache import ExtractCache, MergeCache, RecallCache, SourceCache  # noqa: E402
from generator.entities import load_registry  # noqa: E402
from generator.events import _headline_of, merge_events  # noqa: E402
from generator.pipeline import check, extract, extract_all  # noqa: E402
from generator.recalls import Recalled  # noqa: E402


def _split(path: Path) -> tuple[str, str]:
    text = path.read_text(encoding="utf-8")
    end = text.index("\n---", 3) + 4
    return text[:end], text[end:]


def edit(folder: Path, rng: random.Random) -> str:
    """One edit of ``folder``'s sources at random; what it was."""
    files = sorted(folder.glob("*.md"))
    kind = rng.choice(["swap", "published", "copy", "drop a paragraph", "add a sentence",
                       "rename", "remove", "title"])
    a, b = rng.sample(files, 2)
    if kind == "swap":
        (head_a, body_a), (head_b, body_b) = _split(a), _split(b)
        a.write_text(head_a + body_b, encoding="utf-8")
        b.write_text(head_b + body_a, encoding="utf-8")
    elif kind == "published":
        text = a.read_text(encoding="utf-8")
        m = re.search(r"published: *['\"]?\d{4}-\d\d-(\d\d)", text)
        day = int(m.group(1))
        a.write_text(text[:m.start(1)] + f"{day + 1 if day < 28 else day - 1:02d}" + text[m.end(1):],
                     encoding="utf-8")
    elif kind == "copy":
        k = rng.randrange(10**6)
        text = re.sub(r"^url: *.*$", f"url: https://copy.example/{k}", a.read_text(encoding="utf-8"),
                      count=1, flags=re.M)
        (folder / f"zz-copy-{k}-{a.name}").write_text(text, encoding="utf-8")
    elif kind == "drop a paragraph":
        head, body = _split(a)
        paragraphs = body.split("\n\n")
        if len(paragraphs) > 3:
            paragraphs.pop(rng.randrange(1, len(paragraphs)))
        a.write_text(head + "\n\n".join(paragraphs), encoding="utf-8")
    elif kind == "add a sentence":
        sentences = [s for s in re.split(r"(?<=[.!?])\s+", _split(b)[1]) if 40 < len(s) < 300]
        if sentences:
            a.write_text(a.read_text(encoding="utf-8") + "\n\n" + rng.choice(sentences) + "\n",
                         encoding="utf-8")
    elif kind == "rename":
        a.rename(folder / f"zz-renamed-{rng.randrange(10**6)}-{a.name}")
    elif kind == "remove":
        a.unlink()
    else:
        text = a.read_text(encoding="utf-8")
        a.write_text(re.sub(r"^title: .*$", "title: 'Edited title'", text, count=1, flags=re.M),
                     encoding="utf-8")
    return f"{kind} {a.name}"


def _workspace(argv: list[str], prefix: str) -> tuple[random.Random, int, Path, Path]:
    """SETS,SEED,STEPS of the command line: the random edits' generator, the number of steps, a
    fresh folder and its ``sources`` holding a copy of the sets' articles."""
    sets, seed, steps = argv[0].split(","), int(argv[1]), int(argv[2])
    work = Path(tempfile.mkdtemp(prefix=prefix))
    folder = work / "sources"
    folder.mkdir()
    for name in sets:
        for path in sorted((ROOT / "tests" / "fixtures" / name / "articles").glob("*.md")):
            shutil.copy(path, folder / f"{name}-{path.name}")
    return random.Random(seed), steps, work, folder


def whole(argv: list[str]) -> int:
    """``--whole``: the extraction with every cache of a build against a cold one."""
    rng, steps, work, folder = _workspace(argv, "hostile-caches-")
    registry = load_registry()

    def built(jobs: int, cached: bool) -> tuple[object, str, float]:
        _headline_of.cache_clear()
        c0 = time.perf_counter()
        if not cached:
            sources, _ = check([folder])
            return extract(sources, (), None, registry, jobs), "", time.perf_counter() - c0
        parsed = SourceCache(work / "cache" / "sources.json").load()
        sources, _ = check([folder], None, parsed)
        parsed.save()
        cache = ExtractCache(work / "extract", "hostile")
        merges = MergeCache(work / "cache" / "merge.json", "hostile")
        memo = merges.load()
        linked = RecallCache(work / "cache" / "recalls.json", "hostile")
        memo.extracted = {s.id: cache.key(s) for s in sources}
        recalled = Recalled(memo.extracted, linked.load())
        timeline = extract(sources, (), cache, registry, jobs, memo=memo, recalled=recalled)
        linked.save(recalled.made)
        merges.save(memo)
        return timeline, (f"{parsed.hits} files, {memo.hits} pairs, {recalled.hits} statements "
                          "from the caches"), time.perf_counter() - c0

    built(rng.choice([1, 2]), True)
    mismatches = 0
    for n in range(steps):
        what = edit(folder, rng)
        jobs = rng.choice([1, 2])
        cold, _, cold_s = built(1, False)
        again, hits, again_s = built(jobs, True)
        mismatches += again != cold
        print(f"{n} {what} --jobs {jobs}: {'same' if again == cold else 'DIFFERENT'}; {hits}; "
              f"cold {cold_s:.1f} s, from the caches {again_s:.1f} s", flush=True)
    print(f"{mismatches} of {steps} extractions differ from a cold one")
    shutil.rmtree(work)
    return 0


def main(argv: list[str]) -> int:
    if argv[:1] == ["--whole"]:
        return whole(argv[1:])
    rng, steps, work, folder = _workspace(argv, "hostile-merge-cache-")
    extracted = ExtractCache(work / "extract", "hostile")
    cache = MergeCache(work / "cache" / "merge.json")
    registry = load_registry()

    def merged(memo_cache: MergeCache | None, jobs: int) -> tuple[tuple, object, float]:
        _headline_of.cache_clear()  # (each merge makes its own titles)
        sources, _ = check([folder])
        ordered = tuple(sorted(sources, key=lambda s: (s.published, s.id)))
        found, _ = extract_all(ordered, registry, extracted)
        claims = tuple(c for c in found if c.basis != "undated")
        memo = memo_cache.load() if memo_cache is not None else None
        c0 = time.perf_counter()
        events = merge_events(claims, ordered, jobs=jobs, memo=memo)
        seconds = time.perf_counter() - c0
        if memo_cache is not None:
            memo_cache.save(memo)
        return events, memo, seconds

    merged(cache, 1)
    mismatches = 0
    for n in range(steps):
        what = edit(folder, rng)
        jobs = rng.choice([1, 2])
        cold, _, cold_s = merged(None, 1)
        again, memo, again_s = merged(cache, jobs)
        mismatches += again != cold
        print(f"{n} {what} --jobs {jobs}: {'same' if again == cold else 'DIFFERENT'}; "
              f"{memo.hits} pairs from the cache, {memo.scored} scored anew; "
              f"cold {cold_s:.1f} s, from the cache {again_s:.1f} s", flush=True)
    print(f"{mismatches} of {steps} merges differ from a cold merge")
    shutil.rmtree(work)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
