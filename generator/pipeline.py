"""Wires the stages; the one place that knows their order.

``build(project)`` runs them all over a ``Project`` (generator/project.py) read once at the edge:

load (sources.py) -> sentences (text.py) -> claims (claims.py, timex/) [cached per source,
cache.py] -> events (events.py) -> undated statements placed (recalls.py) -> curation
(curation.py) -> pages (render.py) -> files (write.py) -> site (site.py: MkDocs + Pagefind;
permalinks.py adds redirect pages)

docs/architecture.md draws the same with the values that pass between the stages.
"""

from __future__ import annotations

import datetime as dt
import gc
import hashlib
import os
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from jinja2 import TemplateError

from generator import lang, parallel
from generator.cache import (
    ExtractCache,
    HeadlineCache,
    MergeCache,
    PageCache,
    RecallCache,
    SourceCache,
)
from generator.claims import Extracted, capped, extract_source, missing_days, unread_days
from generator.curation import FILENAME as CURATION
from generator.curation import Decision, apply_curation, story_of
from generator.entities import Registry, load_registry, suggest_names, using_registry
from generator.events import merge_events, told_apart, word_table
from generator.export import iter_json
from generator.features import Frequencies
from generator.headlines import remembering
from generator.merge_memo import MergeMemo
from generator.model import Claim, Source, Timeline, Timex
from generator.output import OutputError, exclusive
from generator.permalinks import redirect_pages
from generator.problems import InputError, Problem
from generator.project import Project, curation_of, template_problems, unreadable_pages
from generator.recalls import Recalled, link_recalls
from generator.render import Reuse, render, template_error
from generator.site import SiteError, not_regular, shadowing
from generator.site import build_site as mkdocs_site
from generator.sources import load_sources, read_plain_texts
from generator.text import source_sentences
from generator.timex import rules, tag
from generator.write import edited_by_hand, write_pages
from generator.zensical_site import build_site as zensical_site

# The site engines: both read mkdocs.yml and the generated docs/ (docs/engines.md says what
# differs). MkDocs + Material is the default.
ENGINES = {"mkdocs": mkdocs_site, "zensical": zensical_site}

__all__ = ["BuildReport", "SiteFailed", "build", "check", "check_paths", "curation_of",
           "export_paths", "extract", "extract_all", "extract_source", "extract_sources",
           "frequencies",
           "tag_files", "unknown_names"]


@dataclass(frozen=True)
class BuildReport:
    """What a build did: counts for the summary line, and what to warn about."""

    sources: int
    extracted: int  # sources read afresh
    from_cache: int  # sources whose claims came from the extraction cache
    claims: int
    events: int
    redirects: int  # redirect pages of older event addresses
    site: Path
    problems: tuple[Problem, ...]  # warnings about the sources (errors stop the build)
    site_warnings: tuple[str, ...]  # the site engine's warnings

    def summary(self) -> str:
        return (f"{self.sources} sources ({self.extracted} extracted, {self.from_cache} from the "
                f"cache), {self.claims} claims, {self.events} events, {self.redirects} redirects "
                f"from older event addresses -> {self.site.as_posix()}/")


class SiteFailed(SiteError):
    """The site engine failed; the previous site is unchanged. Carries the sources' warnings,
    which the caller still reports."""

    def __init__(self, message: str, problems: tuple[Problem, ...]):
        super().__init__(message)
        self.problems = problems


def check(paths: list[Path], today: dt.date | None = None,
          known: SourceCache | None = None) -> tuple[tuple[Source, ...], tuple]:
    """Load and validate sources; raise InputError listing every error (warnings returned).
    With ``known``, what each file gave before is taken again where its text is the same."""
    sources, problems = load_sources(paths, today, known)
    errors = tuple(p for p in problems if p.severity == "error")
    if errors:
        raise InputError(tuple(problems))
    return sources, tuple(problems)


def build(project: Project, strict: bool = False, today: dt.date | None = None,
          engine: str = "mkdocs", jobs: int = 1) -> BuildReport:
    """Every stage in order over ``project``: the pages in docs/, the site in site/ (built by
    ``engine``: one of ``ENGINES``). The sources not in the cache are extracted by ``jobs``
    processes; the site is the same whatever their number.

    Raises InputError (every problem of the sources or curation; nothing is written),
    SiteFailed (the site engine failed; docs/ holds the new pages, site/ the previous site) or
    OutputError (a file could not be written: one line naming it; site/ and docs/ as they
    were), BuildRunning (another build holds the lock). With ``strict``, warnings about the
    sources are errors too. One build at a time, and a build killed before leaves nothing
    half-done: generator/output.py.
    """
    if engine not in ENGINES:
        raise ValueError(f"unknown site engine {engine!r}; expected one of {', '.join(ENGINES)}")
    config = project.config
    linked_site(config.path("site"))
    # (exclusive: finishes a killed build's moves, then ours)
    with exclusive(config.root) as work, Collector() as collector:
        swappable(config.path("site"), work)
        parsed = SourceCache(config.path("parsed")).load()
        sources, problems = check([config.path("sources")], today, parsed)
        parsed.save()
        del parsed  # (let go: its tables are some 30 MB at 10,000 sources)
        if shadows := shadowed_pages(project):
            raise InputError(problems + shadows)
        if strict and problems:
            raise InputError(problems)
        cache = ExtractCache(config.path("cache"), project.fingerprint)
        cache.remove_torn(config.path("headlines").parent)  # what a killed build was writing
        headlines = HeadlineCache(config.path("headlines"), project.fingerprint)
        rendered = PageCache(config.path("pages"), page_key(project))
        merges = MergeCache(config.path("merges"), project.fingerprint)
        memo = merges.load()
        linked = RecallCache(config.path("recalls"), project.fingerprint)
        extracted = {s.id: cache.key(s) for s in sources}  # what made each report's claims
        memo.extracted = extracted
        recalled = Recalled(extracted, linked.load())
        with using_registry(project.registry), remembering(headlines.load()) as made:
            timeline = extract(sources, project.curation, cache, project.registry, jobs,
                               memo=memo, recalled=recalled)
            collector.settle()  # (what is read and merged lives to the end: frozen)
            linked.save(recalled.made)
            cache.prune(set(extracted.values()))  # (the entries of sources gone or edited)
            del recalled, extracted
            merges.save(memo)  # (and let go: the pages need the memory more)
            known_events = memo.events  # (the events known by their JSON's digest)
            del memo
            if strict and (over := capped_sources(timeline)):
                raise InputError(over)
            # (the claims read from the extraction cache known by their entries' digests, the
            # events the merge cache holds by their JSON's)
            reuse = Reuse(rendered.load(), {**cache.origins(), **known_events})
            del known_events
            try:
                pages = render(timeline, config, project.registry, project.templates, reuse)
            except (TemplateError, RecursionError) as exc:  # the project's templates: the file
                # and line, no trace
                path, line, message = template_error(exc)
                raise InputError((Problem(path, line, None, message),)) from None
        problems += capped_sources(timeline)  # degenerate articles: warnings
        headlines.save(made)
        problems += tuple(cache.problems)  # a cache that cannot be written: a warning
        redirects = redirect_pages(timeline)  # older event addresses (generator/permalinks.py)
        edited = edited_by_hand(pages, config.path("docs"), config.path("docs_state"))
        problems += tuple(Problem(path, None, None, "edited by hand since the last build: every "
                                  "build writes this page again and the edit is not kept; put "
                                  "hand-written text in a page of your own in docs/ (or in "
                                  "site_templates/)", severity="warning") for path in edited)
        strays = write_pages(pages, config.path("docs"), work, config.path("docs_state"))
        problems += tuple(Problem(path, None, None, "a file in a folder every build makes again "
                                  "is not kept; put hand-written pages elsewhere in docs/",
                                  severity="warning") for path in strays)
        rendered.save(reuse.made)
        newest = max((s.published for s in sources), default=None)
        claims, events = len(timeline.claims), len(timeline.events)
        del timeline, pages, reuse  # the site engine holds every page it builds: ours need not stay
        try:
            warnings = ENGINES[engine](config, strict, newest, redirects, work)
        except SiteError as exc:
            raise SiteFailed(str(exc), problems) from None
    return BuildReport(len(sources), cache.misses, cache.hits, claims, events, len(redirects),
                       config.path("site"), problems, tuple(warnings))


def page_key(project: Project) -> str:
    """What every rendered page depends on besides what its template is given: the project's
    templates, settings and registry (the key of ``cache.PageCache``)."""
    h = hashlib.sha256(repr(project.config).encode() + b"\x00" + project.fingerprint.encode())
    for name, text in sorted(project.templates.items()):
        h.update(b"\x00" + name.encode() + b"\x00" + text.encode("utf-8", "surrogatepass"))
    return h.hexdigest()


def extract(sources: tuple[Source, ...], decisions: tuple[Decision, ...] = (),
            cache: ExtractCache | None = None, registry: Registry | None = None,
            jobs: int = 1, weights: Frequencies | None = None,
            memo: MergeMemo | None = None, recalled: Recalled | None = None) -> Timeline:
    """Sources -> claims -> events -> editors' decisions applied.

    Pure but for the optional ``cache`` of per-source results (claims and word statistics),
    which makes adding one source to a large corpus re-extract that source only. Without a
    ``registry``, the one ``entities.load_registry()`` gives. The sources not in the cache are
    extracted by ``jobs`` processes (``extract_sources``): the result is the same whatever
    their number. Merging weighs words by ``weights``, by default the fixed word table
    (``events.word_table``): a claim's vector does not depend on the other sources. With a
    ``memo`` (``cache.MergeCache``), merging reuses what the last merge did for the reports
    that did not change and leaves this one's in it (the events are the same); with
    ``recalled`` (``cache.RecallCache``), the undated statements compared with the same events
    as in the last build are linked where they were then (for the fixed word table only).
    """
    registry = registry if registry is not None else load_registry()
    ordered = tuple(sorted(sources, key=lambda s: (s.published, s.id)))
    with using_registry(registry):  # for the modules that are not handed it yet
        found, _ = extract_all(ordered, registry, cache, jobs, counts=False)
        freq = weights if weights is not None else word_table()
        claims = tuple(c for c in found if c.basis != "undated")
        events = merge_events(claims, ordered, freq, jobs, memo)
        # undated statements join the happening they tell of, or are dropped (recalls.py)
        events, claims = link_recalls(events, claims,
                                      tuple(c for c in found if c.basis == "undated"), ordered, freq,
                                      recalled if weights is None else None,
                                      memo.agents if memo is not None and weights is None else None)
        # one night dated two ways by reports whose sentences stand in two events
        events = told_apart(events, claims, ordered, freq)
        if not decisions:
            return Timeline(ordered, claims, events)
        events = apply_curation(events, claims, ordered, decisions)
    return Timeline(ordered, claims, events, *story_of(events, claims, decisions))


def capped_sources(timeline: Timeline) -> tuple[Problem, ...]:
    """Warnings for the sources whose claims reached a cap (``claims.capped``) or are dated by
    a day their month does not have (``claims.missing_days``, ``claims.unread_days``)."""
    of: dict[str, list[Claim]] = {}
    for c in timeline.claims:
        of.setdefault(c.source, []).append(c)
    return tuple(p for s in timeline.sources for claims in [tuple(of.get(s.id, ()))]
                 for p in missing_days(s, claims) + unread_days(s, claims) + capped(s, claims))


@contextmanager
def _collector(on: bool) -> Iterator[None]:
    """The cyclic garbage collector on or off (as ``on`` says) within, as it was after."""
    collecting = gc.isenabled()
    if on:
        gc.enable()
    else:
        gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()
        else:
            gc.disable()


@contextmanager
def _frozen(freeze: bool) -> Iterator[None]:
    """With ``freeze``, what exists now kept out of the collector's passes within (``gc.freeze``),
    and let in again after, unless something was frozen before (then as it was). The sources
    not in the cache are extracted with the collector on, and after a build it passed over
    every claim the cache gave, each time it ran in full: the first use of the rules by a new
    source (its vocabularies read, its tables made) took 0.14 CPU s of a rebuild at 1,000
    sources, its 81 KB of attribution vocabulary read in 0.05 s where 0.013 will do."""
    if not freeze or gc.get_freeze_count():
        yield
        return
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


class Collector:
    """The cyclic garbage collector of a build: off while what the build reads and merges is
    made (the caches read, the sources, claims and events: objects that live to the end of
    the build and make no reference cycles, 72 unreachable objects in a cold build at 1,000
    sources), then what was made frozen (``gc.freeze``: never read again by a collection) and
    the collector on again for rendering, which makes cycles (each ``json.dumps`` with an
    indent leaves an encoder's closures: 473,000 unreachable objects in a cold build). Each
    pass of the collector reads every object it holds: a rebuild at 1,000 sources spent 0.15
    of 2.6 CPU seconds in it, half in two full passes over the whole timeline, for nothing to
    free. The extraction of sources not in the cache runs with it on (``extract_all``).
    Unfrozen at the end (``timeline serve`` builds again in the same process)."""

    def __enter__(self) -> Collector:
        self.was, self.frozen = gc.isenabled(), False
        gc.disable()
        return self

    def settle(self) -> None:
        """What is made so far kept out of every collection; the collector as it was."""
        if not self.frozen:
            gc.freeze()
            self.frozen = True
        if self.was:
            gc.enable()

    def __exit__(self, *exc: object) -> None:
        if self.frozen:
            gc.unfreeze()
        if self.was:
            gc.enable()


def extract_all(ordered: tuple[Source, ...], registry: Registry,
                cache: ExtractCache | None = None,
                jobs: int = 1, counts: bool = True) -> tuple[tuple[Claim, ...], Frequencies]:
    """Every source's claims (from the cache where it has them; the others extracted by
    ``jobs`` processes, and put into the cache: the claims as it gives them back), and the
    corpus's word frequencies that merging may weigh words by (without ``counts``, none: a
    build weighs them by the fixed table, and summing 1,000 sources' counts it never reads
    cost 0.02 s of a rebuild)."""
    with _collector(on=False):  # (its entries make no cycles: Collector)
        found = [cache.get(s, counts) if cache is not None else None for s in ordered]
    todo = [s for s, hit in zip(ordered, found, strict=True) if hit is None]
    if todo and cache is not None and cache.hits:
        rules.checked()  # an entry made by these rules: each compiled when first tried
    with _collector(on=True), _frozen(todo and any(hit is not None for hit in found)):
        # (the collector on whatever the caller's: extraction is not ours to trust)
        fresh = extract_sources(todo, registry, jobs)
    fresh.reverse()  # (taken from the end, each let go once the cache gives its claims back)
    claims: list[Claim] = []
    df: Counter[str] = Counter()
    n_sentences = 0
    for s, hit in zip(ordered, found, strict=True):
        if hit is None:
            hit = fresh.pop()
            if cache is not None and (again := cache.put(s, *hit)) is not None:
                hit = (again, *hit[1:])
        own, count, own_df = hit
        claims.extend(own)
        n_sentences += count
        if counts:
            df.update(own_df)
    return tuple(claims), Frequencies(n_sentences, dict(df))


def extract_sources(sources: list[Source], registry: Registry, jobs: int = 1) -> list[Extracted]:
    """``extract_source`` of each source, in order, by ``jobs`` processes. Extraction is a pure
    map over sources: forked copies of this process (``parallel.fork_map``) each take the next
    source not yet taken and hand back their claims; nothing else is shared.

    A ``concurrent.futures`` pool was used before, and a worker killed from outside (the OOM
    killer, ``kill -9``) left the build waiting for ever: the pool stops its other workers with
    SIGTERM, which they ignore (it is their parent's to handle, ``parallel.ignore_interrupts``),
    then waits for them. ``fork_map`` kills its copies with SIGKILL and does the sources of a
    copy that died in this process."""
    return parallel.fork_map(lambda source: _extract_with(source, registry), sources, jobs)


def _extract_with(source: Source, registry: Registry) -> Extracted:
    with using_registry(registry):  # for the modules that are not handed it yet
        return extract_source(source, registry)


def frequencies(sources: tuple[Source, ...], registry: Registry) -> Frequencies:
    """Document frequencies of words and entities over every sentence of the corpus."""
    n, df = 0, Counter()
    for s in sources:
        _, count, own = extract_source(s, registry)
        n += count
        df.update(own)
    return Frequencies(n, dict(df))


def linked_site(site: Path) -> None:
    """Raise OutputError when ``site`` is a symbolic link: a build switches site/ whole (an
    atomic exchange of two folders), which replaced the link with a folder of its own without a
    word, leaving the folder it pointed to (a web server's, say) as it was."""
    if site.is_symlink():
        raise OutputError(f"{site.as_posix()} is a symbolic link (to {os.readlink(site)}); a build "
                          "replaces it whole, which would put a folder in the link's place and "
                          f"leave what it points to unchanged: remove the link (and link to "
                          f"{site.as_posix()}/ from where the site is served, or copy it there)")


def swappable(site: Path, work: Path) -> None:
    """Raise OutputError, before anything is written, when ``site`` cannot be switched whole
    from ``work``: a mount point (a volume) cannot be renamed, nor a folder onto another
    filesystem (hostile27: both failed at the swap, after docs/ had already been switched)."""
    if not site.is_dir():
        return
    try:
        where = site.relative_to(work.parent).as_posix()
    except ValueError:
        where = site.as_posix()
    if os.path.ismount(site):
        raise OutputError(f"{where} is a mount point; a build replaces {where} whole, by renaming "
                          "a complete folder into its place, which a mount point refuses: mount "
                          "the folder above it, or publish from a folder inside the mount")
    try:
        apart = _device(site) != _device(work)
    except OSError:
        return
    if apart:
        raise OutputError(f"{where} and {work.name}/ are on different filesystems; a build "
                          f"switches {where} by renaming a complete folder from {work.name}/, "
                          "which cannot cross filesystems: keep them on one")


def _device(path: Path) -> int:
    """The filesystem ``path`` lies on."""
    return os.stat(path).st_dev


def shadowed_pages(project: Project) -> tuple[Problem, ...]:
    """A page written by hand in docs/ at the address of a generated one (site.shadowing):
    one error each, naming the file (the site engine would keep one of the two silently)."""
    return tuple(Problem(path, None, None, f"would be published at the address of the "
                         f"generated page {page} (one of the two would silently replace the "
                         "other); rename or move it")
                 for path, page in shadowing(project.config)) \
        + tuple(Problem(path, None, None, why) for path, why in not_regular(project.config)) \
        + unreadable_pages(project.config) + template_problems(project.config)


def project_sources(paths: list[Path], project: Project) -> list[Path]:
    """The paths to read sources from: a project's folder (this one, or any folder holding a
    mkdocs.yml and a sources folder) stands for its sources folder. `timeline check .` read
    every Markdown file of the project as a source (docs/search.md, a vendored LICENSE.md:
    "'url' is missing", exit 1) where the sources were all fine."""
    root = project.config.root.resolve()
    sources = project.config.sources
    return [(project.config.path("sources") if p.resolve() == root else p / sources)
            if p.is_dir() and (p.resolve() == root or (
                (p / project.config.mkdocs_yml).is_file() and (p / sources).is_dir()))
            else p for p in paths]


def check_paths(paths: list[Path], project: Project, today: dt.date | None = None
                ) -> tuple[int, int, tuple[Problem, ...]]:
    """Validate sources and the curation files of their folders: (sources, decisions,
    warnings). Raises InputError. The sources are extracted, as a build would (curation names
    claim and event ids, and a degenerate article is found by its claims), so that every
    warning of a build is given here first; so is a page of docs/ a build would refuse.

    A path naming a curation file stands for its folder: `timeline check
    sources/curation.yaml` read no source and not the file either ("not read: sources are files
    named *.md"), and said "0 sources OK" of a curation file with any mistake in it."""
    paths = list(dict.fromkeys(p.parent if p.name == CURATION and p.is_file() else p
                               for p in project_sources(paths, project)))
    sources, problems = check(paths, today)
    if shadows := shadowed_pages(project):
        raise InputError(problems + shadows)
    decisions = curation_of(paths)
    timeline = extract(sources, decisions, registry=project.registry)
    return len(sources), len(decisions), problems + capped_sources(timeline)


def export_paths(paths: list[Path], project: Project, today: dt.date | None = None
                 ) -> tuple[Iterator[str], tuple[Problem, ...]]:
    """The JSON export (docs/data-export.md) of the sources in ``paths``, with the curation
    files of those folders, as pieces of text to write in order (``export.iter_json``: the
    export is never held whole), and the warnings about the sources. Raises InputError."""
    paths = project_sources(paths, project)
    sources, problems = check(paths, today)
    timeline = extract(sources, curation_of(paths), registry=project.registry)
    return iter_json(timeline, project.registry), problems + capped_sources(timeline)


def unknown_names(paths: list[Path], project: Project, today: dt.date | None = None
                  ) -> tuple[list[tuple[str, int]], tuple[Problem, ...]]:
    """Names in the sources that the project's registry does not know, most frequent first,
    and the warnings about the sources. Raises InputError."""
    sources, problems = check(project_sources(paths, project), today)
    sentences = [(s.text, s.heading) for src in sources for s in source_sentences(src)]
    return suggest_names(sentences, project.registry), problems


def tag_files(files: list[Path], dct: dt.date, language: str = lang.DEFAULT
              ) -> Iterator[tuple[Path, tuple[Timex, ...], Problem | None]]:
    """The temporal expressions of each plain-text file, anchored to ``dct``, one file at a
    time (a file that cannot be read gives a Problem instead)."""
    for path, text, problem in read_plain_texts(files):
        yield path, (() if text is None else tag(text, dct, language)), problem
