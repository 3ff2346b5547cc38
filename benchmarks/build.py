"""Build benchmarks at several corpus sizes: extraction, full build, memory, the MkDocs floor,
one-source rebuilds and the search index. Prints a Markdown table (docs/benchmarks.md).

    .venv/bin/python benchmarks/build.py 1000 10000

For each N, in a scratch copy of the project with N synthetic sources (benchmarks/corpus.py):
- extraction: sources -> claims -> events in process, no cache, with 1 and with 2 processes
  (``extract(..., jobs=N)``; sources/s and MB/s for 1, the speed-up for 2), and its part that
  runs in the processes alone (``extract_sources``: each source's claims, before merging);
- cold build: `timeline build` from an empty cache (wall time, peak memory of the process);
- MkDocs alone: `mkdocs build` of the pages that build generated, and its share of the build;
- floor: a bare MkDocs + Material build of as many trivial pages as our build writes;
- rebuild: one source added, the generator stage (load, extract with the caches, render,
  write) and the whole build again, in parts: the generator stage, the site engine (MkDocs
  ``--dirty``: how many pages it built again), Pagefind, the redirect pages, the switch of
  site/ (the old site's removal included), and what is left (start-up, locks, the caches);
  for comparison the generator stage with nothing changed;
- the search index (Pagefind): what a reader's first query downloads at most.
Times are wall-clock seconds of one run each: on a shared machine, compare the ratios taken
within one run rather than seconds across runs.
"""

from __future__ import annotations

import os
import platform
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
from corpus import article, generate  # noqa: E402

from generator import patterns  # noqa: E402
from generator.cache import (  # noqa: E402
    ExtractCache,
    HeadlineCache,
    MergeCache,
    PageCache,
    RecallCache,
    SourceCache,
)
from generator.config import GENERATED  # noqa: E402
from generator.entities import read_registry, using_registry  # noqa: E402
from generator.events import _headline_of  # noqa: E402
from generator.headlines import remembering  # noqa: E402
from generator.pipeline import Collector, check, extract, extract_sources, page_key  # noqa: E402
from generator.project import load_project  # noqa: E402
from generator.recalls import Recalled  # noqa: E402
from generator.render import Reuse, render  # noqa: E402
from generator.write import write_pages  # noqa: E402

BIN = Path(sys.executable).parent


def run(cmd: list[str], cwd: Path) -> tuple[float, int]:
    """Wall seconds and peak resident memory (KiB) of a child process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    t0 = time.perf_counter()
    subprocess.run(cmd, cwd=cwd, check=True, capture_output=True)
    wall = time.perf_counter() - t0
    return wall, max(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, before)


def project(folder: Path, n: int) -> None:
    shutil.copytree(ROOT / "site_templates", folder / "site_templates")
    shutil.copytree(ROOT / "overrides", folder / "overrides")
    shutil.copytree(ROOT / "docs", folder / "docs", ignore=shutil.ignore_patterns(*GENERATED))
    shutil.copy(ROOT / "mkdocs.yml", folder / "mkdocs.yml")
    shutil.copy(ROOT / "entities.yaml", folder / "entities.yaml")
    generate(n, folder / "sources")


def floor(folder: Path, pages: int) -> float:
    """A bare MkDocs + Material build of ``pages`` trivial pages: the least a build costs."""
    docs = folder / "docs"
    (docs / "p").mkdir(parents=True)
    (docs / "index.md").write_text("# Home\n", encoding="utf-8")
    for i in range(pages):
        (docs / "p" / f"{i:05d}.md").write_text(f"# Page {i}\n\nSome text.\n", encoding="utf-8")
    # Material's defaults (its search plugin included), nothing of ours
    (folder / "mkdocs.yml").write_text(
        "site_name: floor\ntheme:\n  name: material\n  font: false\n"
        "nav:\n  - Home: index.md\nnot_in_nav: |\n  /p/\n", encoding="utf-8")
    wall, _ = run([str(BIN / "mkdocs"), "build", "-q"], folder)
    return wall


def first_query_bytes(pagefind: Path) -> int:
    """What a reader's first query from the header search downloads from Pagefind's index at
    most: its code, its WebAssembly, the entry and metadata files, the largest index chunk a word
    can need, and the 30 result fragments the header search reads to group the best results
    (docs/javascripts/search.js), each at the largest size. tests/browser/test_site.py measures
    the real download of one query on the seed site (artifacts/search-download.txt)."""
    if not pagefind.is_dir():
        return 0
    fixed = sum(p.stat().st_size for p in pagefind.glob("pagefind*.js")
                if p.name in ("pagefind.js", "pagefind-worker.js"))
    fixed += sum(p.stat().st_size for p in pagefind.glob("pagefind-entry.json"))
    fixed += max((p.stat().st_size for p in pagefind.glob("wasm.*.pagefind")), default=0)
    fixed += sum(p.stat().st_size for p in pagefind.glob("pagefind.*.pf_meta"))
    chunk = max((p.stat().st_size for p in (pagefind / "index").glob("*.pf_index")), default=0)
    fragment = max((p.stat().st_size for p in (pagefind / "fragment").glob("*.pf_fragment")),
                   default=0)
    return fixed + chunk + 30 * fragment


def generator_stage(folder: Path) -> float:
    """What `timeline build` does before the site engine, with its caches, in this process."""
    cwd = os.getcwd()
    os.chdir(folder)
    collector = None
    # (as cli.cmd_build: the patterns the last build compiled made from their code; in this
    # process only those not compiled before, the modules' own compiled when imported)
    kept = patterns.kept(Path(".cache") / patterns.FILENAME)
    _headline_of.cache_clear()  # as in a new process
    t0 = time.perf_counter()
    kept.__enter__()
    try:
        collector = Collector().__enter__()  # (as pipeline.build: the collector off, then frozen)
        project = load_project()
        config = project.config
        parsed = SourceCache(config.path("parsed")).load()
        sources, _ = check([config.path("sources")], known=parsed)
        parsed.save()
        headlines = HeadlineCache(config.path("headlines"), project.fingerprint)
        rendered = PageCache(config.path("pages"), page_key(project))
        merges = MergeCache(config.path("merges"), project.fingerprint)
        memo = merges.load()
        cache = ExtractCache(config.path("cache"), project.fingerprint)
        linked = RecallCache(config.path("recalls"), project.fingerprint)
        memo.extracted = {s.id: cache.key(s) for s in sources}
        recalled = Recalled(memo.extracted, linked.load())
        with using_registry(project.registry), remembering(headlines.load()) as made:
            timeline = extract(sources, (), cache, project.registry, os.cpu_count() or 1,
                               memo=memo, recalled=recalled)
            collector.settle()
            linked.save(recalled.made)
            reuse = Reuse(rendered.load(), {**cache.origins(), **memo.events})
            pages = render(timeline, config, project.registry, project.templates, reuse)
        headlines.save(made)
        merges.save(memo)
        write_pages(pages, config.path("docs"), known=config.path("docs_state"))
        rendered.save(reuse.made)
        return time.perf_counter() - t0
    finally:
        if collector is not None:
            collector.__exit__(None, None, None)
        kept.__exit__(None, None, None)  # (the patterns written: still in the project's folder)
        os.chdir(cwd)


def timed_build() -> None:
    """`timeline build` in this process, each part of it timed; prints the times as JSON
    (run as ``build.py --timed-build`` in the project's folder, a process of its own)."""
    import json

    from generator import output, site
    from generator import pipeline as pipe
    from generator.project import load_project

    spent: dict[str, float] = {}

    def timing(module: object, name: str, part: str) -> None:
        real = getattr(module, name)

        def timed(*args, **kwargs):
            t0 = time.perf_counter()
            try:
                return real(*args, **kwargs)
            finally:
                spent[part] = spent.get(part, 0.0) + time.perf_counter() - t0
        setattr(module, name, timed)

    import mkdocs.commands.build as mkdocs_build
    rebuilt: list[int | None] = []
    real_seed = site.Incremental.seed

    def seed(self, *args):
        t0 = time.perf_counter()
        try:
            return real_seed(self, *args)
        finally:
            spent["site: staging seeded"] = time.perf_counter() - t0
            rebuilt.append(self.rebuilt)
    site.Incremental.seed = seed
    timing(mkdocs_build, "build", "site: MkDocs")
    timing(site, "index_search", "site: Pagefind")
    timing(site, "add_files", "site: redirect pages")
    timing(output, "switch", "site: switch (old site removed)")
    from generator import cache
    timing(cache.PageCache, "save", "page cache saved")
    t0 = time.perf_counter()
    project = load_project()
    t1 = time.perf_counter()
    real_write = pipe.write_pages

    def write(*args, **kwargs):
        written = real_write(*args, **kwargs)
        spent["generator stage"] = time.perf_counter() - t1
        return written
    pipe.write_pages = write
    pipe.build(project, jobs=os.cpu_count() or 1)
    spent["whole"] = time.perf_counter() - t0
    spent["pages built again"] = -1 if rebuilt[0] is None else rebuilt[0]
    print(json.dumps(spent))


def rebuild_parts(folder: Path) -> dict[str, float]:
    import json

    out = subprocess.run([sys.executable, str(Path(__file__).resolve()), "--timed-build"],
                         cwd=folder, check=True, capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def bench(n: int) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "p"
        project(folder, n)
        size = sum(p.stat().st_size for p in (folder / "sources").glob("*.md"))
        sources, _ = check([folder / "sources"])
        registry = read_registry(folder / "entities.yaml")
        extract(sources[:20], registry=registry)  # warm up: rules compiled, vocabularies read
        _headline_of.cache_clear()  # each run makes its own titles
        t0 = time.perf_counter()
        timeline = extract(sources, registry=registry, jobs=1)
        t_extract = time.perf_counter() - t0
        claims, events = len(timeline.claims), len(timeline.events)
        del timeline
        _headline_of.cache_clear()
        t0 = time.perf_counter()
        extract(sources, registry=registry, jobs=2)
        t_extract2 = time.perf_counter() - t0
        t0 = time.perf_counter()
        extract_sources(list(sources), registry, jobs=1)
        t_map = time.perf_counter() - t0
        t0 = time.perf_counter()
        extract_sources(list(sources), registry, jobs=2)
        t_map2 = time.perf_counter() - t0

        t_build, rss = run([str(BIN / "timeline"), "build"], folder)
        # (the generated entries of docs/ are links into .timeline-pages/: follow them)
        pages = sum(1 for _, _, files in os.walk(folder / "docs", followlinks=True)
                    for f in files if f.endswith(".md"))
        index_size = first_query_bytes(folder / "site" / "pagefind")
        # MkDocs alone on the pages the build generated (into a scratch folder)
        t_mkdocs, _ = run([str(BIN / "mkdocs"), "build", "-q", "-d", str(Path(tmp) / "alone")],
                          folder)

        t_gen_same = generator_stage(folder)  # nothing changed
        rng = __import__("random").Random(n)
        name, text = article(n + 1, rng)
        (folder / "sources" / name).write_text(text, encoding="utf-8")
        t_gen_rebuild = generator_stage(folder)
        t_rebuild, _ = run([str(BIN / "timeline"), "build"], folder)
        name, text = article(n + 2, rng)  # one more, the whole build in parts
        (folder / "sources" / name).write_text(text, encoding="utf-8")
        parts = rebuild_parts(folder)
        t_mkdocs_all, _ = run([str(BIN / "mkdocs"), "build", "-q", "-d",
                               str(Path(tmp) / "alone2")], folder)
        shutil.rmtree(folder / ".cache")
        t_gen_cold = generator_stage(folder)

        t_floor = floor(Path(tmp) / "floor", pages)
    return {
        "n": n, "mb": size / 1e6, "claims": claims, "events": events,
        "extract": t_extract, "extract2": t_extract2, "map": t_map, "map2": t_map2, "build": t_build, "rss_mb": rss / 1024,
        "pages": pages, "mkdocs": t_mkdocs, "floor": t_floor, "gen_cold": t_gen_cold,
        "gen_rebuild": t_gen_rebuild, "rebuild": t_rebuild, "index_mb": index_size / 1e6,
        "gen_same": t_gen_same, "parts": parts, "mkdocs_all": t_mkdocs_all,
    }


def main(argv: list[str]) -> int:
    if argv == ["--timed-build"]:
        timed_build()
        return 0
    sizes = [int(a) for a in argv] or [100, 1000]
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, CPython "
          f"{platform.python_version()}, {platform.system()}\n")
    print("| N | MB | claims | events | extraction, 1 process | 2 processes | "
          "per-source part: 1 process | 2 processes | cold build | "
          "peak memory | pages | MkDocs alone (share of build) | floor (bare MkDocs) | "
          "build ÷ floor | generator stage cold | after adding 1 source: generator stage | "
          "… whole build | first search download |")
    print("|---:" * 18 + "|")
    for n in sizes:
        r = bench(n)
        print(f"| {r['n']:,} | {r['mb']:.1f} | {r['claims']:,} | {r['events']:,} | "
              f"{r['extract']:.1f} s ({r['n'] / r['extract']:.0f} sources/s, "
              f"{r['mb'] / r['extract']:.2f} MB/s) | {r['extract2']:.1f} s "
              f"({r['extract'] / r['extract2']:.2f}× faster) | {r['map']:.1f} s | "
              f"{r['map2']:.1f} s ({r['map'] / r['map2']:.2f}× faster) | {r['build']:.1f} s | "
              f"{r['rss_mb']:.0f} MB | {r['pages']:,} | {r['mkdocs']:.1f} s "
              f"({100 * r['mkdocs'] / r['build']:.0f} %) | {r['floor']:.1f} s | "
              f"{r['build'] / r['floor']:.1f}× | {r['gen_cold']:.1f} s | "
              f"{r['gen_rebuild']:.1f} s ({100 * r['gen_rebuild'] / r['gen_cold']:.0f} % of cold) | "
              f"{r['rebuild']:.1f} s | {r['index_mb'] * 1000:.0f} KB |", flush=True)
        parts = r["parts"]
        rest = parts["whole"] - sum(v for k, v in parts.items()
                                    if k.startswith(("generator", "site:", "page cache")))
        print(f"\n{r['n']:,} sources, one more source added, `timeline build` in parts "
              f"(generator stage with nothing changed: {r['gen_same']:.1f} s; cold: "
              f"{r['gen_cold']:.1f} s; MkDocs on every page, not dirty, just after: "
              f"{r['mkdocs_all']:.1f} s; pages MkDocs built again: "
              f"{parts['pages built again']:.0f}):\n")
        for k, v in parts.items():
            if k not in ("whole", "pages built again"):
                print(f"- {k}: {v:.1f} s ({100 * v / parts['whole']:.0f} %)")
        print(f"- the rest (start, lock, caches): {rest:.1f} s\n- whole: {parts['whole']:.1f} s",
              flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
