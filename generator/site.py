"""I/O out: build the static site with MkDocs into site/, swapped in whole.

MkDocs builds into a staging folder (``.timeline-build/site-new/``); Pagefind's index and the
redirect pages are added to it; only then does it replace site/, in one atomic step
(generator/output.py), so a failed or killed build leaves the previous site intact. The build date MkDocs stamps (sitemap) is set from the newest
source's publication date, never from the clock, so identical inputs give identical files.
Files MkDocs need not see (the redirect pages of old event addresses, generator/permalinks.py)
are added to the staged site after it, before the swap.

A build after another rebuilds only the pages whose Markdown changed (MkDocs' ``--dirty``):
the staging folder starts with copies of what the last build wrote (``.cache/site.json`` lists
it), less what must be made again, and MkDocs skips a page whose output is there and newer than
its source. That gives the same bytes as a whole build because nothing else of a page depends
on other pages here: the navigation is the one of mkdocs.yml (every entry titled), a link is
made from its own page's text and the list of files (a page that names a file added or removed
is built again), and the theme, mkdocs.yml, the site's address and the installed packages are
the same (their fingerprint; any change makes a whole build, as does a last build that warned,
whose warnings a dirty build would not repeat). ``tests/test_incremental.py`` compares the two.
"""

from __future__ import annotations

import base64
import calendar
import datetime as dt
import errno
import hashlib
import json
import logging
import os
import re
import shutil
import stat as filemode
import subprocess
import sysconfig
import tempfile
import threading
from collections.abc import Callable, Iterator
from collections.abc import Set as AbstractSet
from importlib import metadata
from pathlib import Path, PurePosixPath

from jinja2 import TemplateError

from generator import output, parallel
from generator.config import GENERATED, Config, inherited
from generator.model import Page


class SiteError(Exception):
    pass


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(f"{record.levelname}: {record.getMessage()}")


PAGEFIND_WAIT = 600  # seconds for Pagefind to finish writing once asked (30,000 pages: ~10 s)
SEARCH_CONFIG = {"root_selector": "article.md-content__inner", "exclude_selectors": [".headerlink"],
                 "force_language": "en"}


def _pagefind_url(rel: str) -> str:
    """The address Pagefind's own crawl gives a page: 'events/e-1/index.html' -> '/events/e-1/'."""
    return "/" + (rel[: -len("index.html")] if rel.rsplit("/", 1)[-1] == "index.html" else rel)


def index_search(site: Path, pages: list[str] | None = None) -> set[str]:
    """Pagefind's search index of the built pages (their main content only) in site/pagefind/.

    The pages are given to Pagefind one by one in sorted order, through its service mode:
    its own crawl (``pagefind --site``) numbers pages in the order the filesystem lists them,
    so its index differed from one machine to another. Pagefind's Python API speaks the same
    protocol but waits 0.1 s per answer (50 minutes for 30,000 pages), hence this small client.
    The requests are written by a thread of their own while the answers are read here, so
    that reading and encoding the next page overlaps Pagefind's work on the last: the service
    handles one request at a time, in the order sent (it answers them in that order: checked
    here), so the index is the one of pages given one by one.
    The "¶" permalinks of headings are left out (they would show in titles and excerpts).
    The index files come back in Pagefind's answer and are written here, so that a full disk
    is an OSError naming the file (site.build_site: one line, the old site kept). A file that
    already holds the same bytes (a folder brought up to date in place) is left as it is.
    ``pages``: the HTML files to index, sorted (paths relative to ``site``); without them,
    every one there. Returns the files of the index (paths relative to ``site``).
    """
    from pagefind.service import get_executable

    binary = get_executable()
    if binary is None:
        raise SiteError("pagefind: its binary is not installed (pip install 'pagefind[bin]')")
    if pages is None:
        pages = sorted(p.relative_to(site).as_posix() for p in site.rglob("*.html"))
    errors = tempfile.TemporaryFile()  # a pipe that nobody reads could fill and block it
    process = subprocess.Popen([str(binary), "--service"], stdin=subprocess.PIPE,
                               stdout=subprocess.PIPE, stderr=errors)
    process.stderr = errors
    answers = _Answers(process)
    writer = None
    try:
        index = _ask(process, answers, 1, {"type": "NewIndex", "config": SEARCH_CONFIG}
                     )["index_id"]
        writer = _Requests(process, (
            {"type": "AddFile", "index_id": index, "url": _pagefind_url(rel), "file_path": None,
             "file_contents": (site / rel).read_text(encoding="utf-8")} for rel in pages), 2)
        # a stop (cli.Stopped; SIGALRM: one raised again) inside ``start`` left a thread that
        # could not be joined below ("cannot join thread before it is started": seen)
        with parallel.signals_held("SIGALRM"):
            writer.start()
        for n in range(2, len(pages) + 2):
            answers.next(n)
        writer.join()
        writer.raise_failure()
        # the files come back in the answer and are written here: Pagefind's own WriteFiles
        # answers before every file is on disk, and left empty files in the index when it
        # was stopped (seen: pagefind-entry.json, pagefind-component-ui.css)
        files = _ask(process, answers, len(pages) + 2,
                     {"type": "GetFiles", "index_id": index})["files"]
        process.stdin.close()
        if process.wait(timeout=PAGEFIND_WAIT) != 0:
            raise SiteError(f"pagefind ended with exit code {process.returncode}")
    except subprocess.TimeoutExpired:
        raise SiteError(f"pagefind did not finish writing the index in {PAGEFIND_WAIT} s") from None
    except SiteError:
        if writer is not None:  # a page that could not be read stopped the requests
            if process.poll() is None:
                process.kill()  # (a writer blocked on a full pipe ends too)
            writer.join()
            writer.raise_failure()
        raise
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        if writer is not None:
            writer.join()
        if not process.stdin.closed:
            process.stdin.close()
        process.stdout.close()
        errors.close()
    names = {f["path"] for f in files}
    if "pagefind-entry.json" not in names:
        raise SiteError("pagefind: its index has no pagefind-entry.json")
    written: set[str] = set()
    for f in sorted(files, key=lambda f: f["path"]):
        rel = PurePosixPath(f["path"])
        if rel.is_absolute() or ".." in rel.parts:
            raise SiteError(f"pagefind: refusing to write {f['path']!r} outside site/pagefind/")
        _put(site.joinpath("pagefind", *rel.parts), base64.b64decode(f["content"]))
        written.add(PurePosixPath("pagefind", *rel.parts).as_posix())
    return written


def _put(target: Path, data: bytes) -> None:
    """Write ``data`` to ``target`` unless it holds them already."""
    if target.is_symlink() or target.is_dir():
        output.remove(target)
    elif target.is_file() and target.stat().st_size == len(data) and target.read_bytes() == data:
        return
    target.parent.mkdir(parents=True, exist_ok=True)
    with output.naming(target):
        target.write_bytes(data)


def _ask(process: subprocess.Popen, answers: _Answers, message_id: int, payload: dict) -> dict:
    """One request to Pagefind's service and its answer."""
    process.stdin.write(_request(message_id, payload))
    process.stdin.flush()
    return answers.next(message_id)


def _request(message_id: int, payload: dict) -> bytes:
    """A request to Pagefind's service: base64 JSON, ended by ','."""
    request = json.dumps({"message_id": message_id, "payload": payload}).encode("utf-8")
    return base64.b64encode(request) + b","


class _Answers:
    """The answers of Pagefind's service, one after another (base64 JSON, each ended by ',';
    one read may hold several)."""

    def __init__(self, process: subprocess.Popen):
        self.process = process
        self.pending = bytearray()

    def next(self, message_id: int) -> dict:
        """The next answer, which must be the one to request ``message_id``."""
        while (end := self.pending.find(b",")) < 0:
            chunk = self.process.stdout.read1(65536)
            if not chunk:
                self.process.stderr.seek(0)
                said = self.process.stderr.read().decode("utf-8", "replace")[-2000:].strip()
                if not said:  # (killed, it says nothing: hostile32's "pagefind stopped: ")
                    try:
                        code = self.process.wait(timeout=5)
                    except subprocess.TimeoutExpired:
                        code = None
                    said = "it closed its output and gave no message" if code is None else \
                        f"killed by signal {-code}" if code < 0 else f"exit status {code}, no message"
                raise SiteError(f"pagefind stopped: {said}")
            self.pending += chunk
        reply = json.loads(base64.b64decode(bytes(self.pending[:end])))
        del self.pending[:end + 1]
        result = reply.get("payload") or {}
        if result.get("type") == "Error":
            raise SiteError(f"pagefind: {result.get('message')}")
        if reply.get("message_id") != message_id:
            raise SiteError(f"pagefind answered request {reply.get('message_id')} where "
                            f"{message_id} was next: the index would not be in the pages' order")
        return result


class _Requests(threading.Thread):
    """Writes requests to Pagefind's service (numbered from ``first``) while another thread
    reads the answers. A failure (a page that cannot be read, Pagefind gone) closes the
    service's input, so that the reader stops too, and is raised by ``raise_failure``."""

    def __init__(self, process: subprocess.Popen, payloads: Iterator[dict], first: int):
        super().__init__(name="pagefind-requests", daemon=True)
        self.process, self.payloads, self.first = process, payloads, first
        self.failure: BaseException | None = None

    def run(self) -> None:
        try:
            for n, payload in enumerate(self.payloads, start=self.first):
                self.process.stdin.write(_request(n, payload))
            self.process.stdin.flush()
        except BaseException as exc:  # noqa: BLE001 (raised again by the reading thread)
            self.failure = exc
            try:
                self.process.stdin.close()
            except OSError:
                pass

    def raise_failure(self) -> None:
        if self.failure is not None and not isinstance(self.failure, BrokenPipeError):
            raise self.failure


def build_epoch(newest: dt.date | None) -> str:
    """SOURCE_DATE_EPOCH for the site engine: the newest publication date, in seconds since
    1970, never the clock. Not before 1970: the sitemap's gzip header cannot hold an earlier
    time (a corpus of 1960s articles ended in a struct.error inside MkDocs)."""
    return str(max(0, calendar.timegm(newest.timetuple()))) if newest is not None else "0"


def add_files(site: Path, pages: tuple[Page, ...],
              built: AbstractSet[str] | None = None) -> set[str]:
    """Write ``pages`` (paths relative to the site) into a built site. Refuses a path outside
    it, and a path the site engine or another page already wrote: a real page is never
    overwritten. ``built``: what the engine wrote, where the folder is brought up to date in
    place (any other file there is a leftover, replaced; one with the same bytes is left as it
    is); without it, every file there is the engine's. Returns the paths written."""
    seen: set[str] = set()
    for page in pages:
        rel = PurePosixPath(page.path)
        if rel.is_absolute() or ".." in rel.parts or not rel.parts:
            raise SiteError(f"refusing to write {page.path!r}: outside the site")
        target = site.joinpath(*rel.parts)
        taken = target.exists() if built is None else rel.as_posix() in built
        if page.path in seen or taken:
            raise SiteError(f"two pages would be written to {page.path}")
        seen.add(page.path)
        if built is None:
            target.parent.mkdir(parents=True, exist_ok=True)
            with output.naming(target):
                target.write_text(page.text, encoding="utf-8", newline="\n")
        else:
            _put(target, page.text.encode("utf-8"))
    return {PurePosixPath(p).as_posix() for p in seen}


def build_site(config: Config, strict: bool, newest: dt.date | None,
               extra: tuple[Page, ...] = (), work: Path | None = None) -> list[str]:
    """Run MkDocs, index the pages, add ``extra`` files (paths relative to the site; MkDocs
    never sees them), then switch site/ to the result; return MkDocs' warnings.

    Raises SiteError (with the warnings) if MkDocs fails, ``output.OutputError`` (one line
    naming the path) if a file cannot be written; site/ is then as it was. ``work`` is the
    build's work folder (``output.exclusive``, whose lock the caller holds); without one, this
    takes the project's lock for itself.
    """
    if work is None:
        with output.exclusive(config.root) as own:
            return build_site(config, strict, newest, extra, own)
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.exceptions import MkDocsException

    site = config.path("site")
    staging = work / "site-new"
    collect = _Collect()
    log = logging.getLogger("mkdocs")
    log.addHandler(collect)
    previous_epoch = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ["SOURCE_DATE_EPOCH"] = build_epoch(newest)
    dirty = _DirtyFilter()
    logging.getLogger("mkdocs.commands.build").addFilter(dirty)
    try:
        cfg = load_config(config_file=str(config.path("mkdocs_yml")), strict=strict,
                          site_dir=str(staging.resolve()),
                          docs_dir=str(config.path("docs").resolve()),
                          # its sitemap and canonical links as the feeds: ASCII (config.ascii_url)
                          **({"site_url": config.site_url} if config.site_url else {}))
        state = Incremental(config, cfg)
        again = state.seed(site, staging, work / output.SPARE)
        build(cfg, dirty=again)
        output._step("mkdocs built")
        state.built(staging, clean=not collect.messages)
        found = index_search(staging, sorted(p for p in state.outputs if p.endswith(".html")))
        output._step("search indexed")
        # after the search index: redirects are not content
        found |= add_files(staging, extra, set(state.outputs))
        state.prune(staging, found)
    except OSError as exc:
        raise output.describe(exc) from None
    except (MkDocsException, SystemExit) as exc:
        raise SiteError("\n".join(collect.messages + [f"mkdocs: {exc}"])) from None
    except (TemplateError, RecursionError, UnicodeError) as exc:
        # (hostile29) a theme override's template or a page MkDocs could not read: one line
        # naming the file (what `check` finds first, the rest here), no traceback
        raise SiteError("\n".join(collect.messages + [f"mkdocs: {_where_in_theme(exc, config)}"
                                                       f"{type(exc).__name__}: {exc}"])) from None
    finally:
        log.removeHandler(collect)
        logging.getLogger("mkdocs.commands.build").removeFilter(dirty)
        if previous_epoch is None:
            os.environ.pop("SOURCE_DATE_EPOCH", None)
        else:
            os.environ["SOURCE_DATE_EPOCH"] = previous_epoch
    state.forget()  # while site/ changes: a build killed now finds no state, builds whole
    output.switch(staging, site, work, spare=True)
    state.save()
    return collect.messages


def _where_in_theme(exc: BaseException, config: Config) -> str:
    """"path:line: " of the project's template (or page) the traceback of ``exc`` went through
    last (first, for a recursion), or "" where it went through none."""
    root = str(config.root.resolve())
    where = ""
    tb = exc.__traceback__
    while tb is not None:
        name = tb.tb_frame.f_code.co_filename
        page = tb.tb_frame.f_locals.get("self")
        if name.startswith(root) and name.endswith(".html"):
            where = f"{Path(name).relative_to(root).as_posix()}:{tb.tb_lineno}: "
            if isinstance(exc, RecursionError):
                break
        elif isinstance(getattr(page, "abs_src_path", None), str) and page.abs_src_path.startswith(root):
            where = f"{Path(page.abs_src_path).relative_to(root).as_posix()}: "
        tb = tb.tb_next
    return where


class _DirtyFilter(logging.Filter):
    """Drops MkDocs' warning that a dirty build is being performed (meant for `mkdocs build
    --dirty` by hand: ours makes the same bytes as a whole build, and it would fail --strict)."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not str(record.msg).startswith("A 'dirty' build is being performed")


STATE_VERSION = 1


def _stats(folder: Path, follow: bool = False, read: Callable[[str], bool] = lambda rel: False
           ) -> dict[str, list]:
    """Every file under ``folder`` (paths relative to it): [size, modification time in ns],
    and the digest of its bytes where ``read(path)``. With ``follow``, through symbolic links
    (the files they lead to; a link to nothing is left out), as MkDocs reads docs/.

    Size and time alone miss a file written by hand in the same tick to the same size (a
    filesystem keeping seconds, a clock set back, ``cp -p``, ``tar x``, ``touch -r``): the
    files that are not the build's own are read."""
    out: dict[str, list] = {}
    seen: set[str] = set()  # the folders walked, as they really are (a link to a folder above
    # would be walked for ever: hostile37's "ln -s . overrides/a" stopped the build)
    for here, dirs, files in os.walk(folder, followlinks=follow):
        if follow:
            real = os.path.realpath(here)
            if real in seen:
                dirs[:] = []
                continue
            seen.add(real)
        dirs.sort()
        for name in sorted(files):
            path = Path(here) / name
            try:
                st = path.stat() if follow else path.lstat()
            except FileNotFoundError:  # a link to nothing
                continue
            except OSError as exc:
                if exc.errno == errno.ELOOP:  # a link to itself
                    continue
                raise
            rel = path.relative_to(folder).as_posix()
            out[rel] = [st.st_size, st.st_mtime_ns]
            if read(rel) and filemode.S_ISREG(st.st_mode):  # a named pipe would wait for a writer
                try:
                    out[rel].append(hashlib.sha256(path.read_bytes()).hexdigest())
                except OSError:
                    continue  # gone, or unreadable: MkDocs will say so
    return out


def shadowing(config: Config) -> list[tuple[str, str]]:
    """Files written by hand in docs/ that would be published at the address of a generated
    page, each with that page: ``docs/timeline/index.md`` and the generated ``timeline.md``
    are both ``timeline/index.html`` (``timeline/index.html`` itself, ``visual/README.md``, a
    static ``index.html`` ... likewise). MkDocs compares only the files of one folder
    (README.md beside index.md); across folders the one it happens to write last is the page,
    without a word: the timeline was replaced by a page of notes and even ``--strict`` passed.
    Addresses follow MkDocs' own rules (``File.dest_uri``, use_directory_urls included); what
    MkDocs leaves out (names starting with a dot, ``templates/``) is left out."""
    from mkdocs.structure.files import File

    docs = config.path("docs")

    def address(rel: str) -> str:
        return File(rel, str(docs), "site", config.directory_urls).dest_uri

    generated = {address(name): name for name in GENERATED}
    found = []
    for folder, dirs, files in os.walk(docs):
        rel_folder = Path(folder).relative_to(docs).as_posix()
        top = rel_folder == "."
        dirs[:] = sorted(d for d in dirs if not d.startswith(".")
                         and not (top and (d in GENERATED or d == "templates")))
        for name in sorted(files):
            if name.startswith(".") or (top and name in GENERATED):
                continue
            rel = name if top else f"{rel_folder}/{name}"
            if (page := generated.get(address(rel))) is not None:
                found.append(((docs / rel).relative_to(config.root).as_posix(), page))
    return found


def not_regular(config: Config) -> list[tuple[str, str]]:
    """(A ninth sweep) what of docs/ (read through its links, as MkDocs reads it) no build can
    read, each with why: a file that is no regular file (a named pipe there made the build wait
    forever, read for its digest and then by MkDocs; a device would be copied whole), and a
    link to a folder it is in (two such links made every walk of docs/ exponential). Each
    folder is read once, however many links lead to it. Paths relative to the project."""
    docs = config.path("docs")
    found: list[tuple[str, str]] = []
    seen: set[tuple[int, int]] = set()

    def walk(folder: Path, above: tuple[tuple[int, int], ...]) -> None:
        try:
            st = folder.stat()
            names = sorted(os.listdir(folder))
        except OSError:
            return  # unreadable or gone: MkDocs says so
        key = (st.st_dev, st.st_ino)
        if key in above:
            found.append((folder.relative_to(config.root).as_posix(),
                          "is a symbolic link to a folder it is in (a loop); remove it"))
            return
        if key in seen:
            return
        seen.add(key)
        for name in names:
            path = folder / name
            try:
                mode = path.stat().st_mode
            except OSError:  # a link to nothing (MkDocs leaves it out), or a loop of links
                continue
            if filemode.S_ISDIR(mode):
                walk(path, above + (key,))
            elif not filemode.S_ISREG(mode):
                found.append((path.relative_to(config.root).as_posix(),
                              "is not a regular file (a named pipe, a device or a socket); the "
                              "site engine would wait for it or copy it whole: remove it"))

    if docs.is_dir():
        walk(docs, ())
    return found


def _hand_written(rel: str) -> bool:
    """Is this file of docs/ written by hand (not one of the build's generated entries)?"""
    return rel.split("/", 1)[0] not in GENERATED


def _settings(cfg: object) -> str:
    """(An eleventh sweep) MkDocs' settings as it read them, in JSON (mappings and plugins by
    what they hold, other objects by their type's name): a variable of ``!ENV``
    (``copyright: !ENV COPYRIGHT``, ``extra: {analytics: !ENV ID}``) changes them, not
    mkdocs.yml's bytes. Settings that cannot be written so: a value of this build only (a
    whole build)."""
    from collections.abc import Mapping

    def plain(o: object) -> object:
        if isinstance(o, Mapping):  # 'extra', the theme's settings, a plugin's
            return {str(k): v for k, v in o.items()}
        if isinstance(getattr(o, "config", None), Mapping):  # a plugin
            return [type(o).__qualname__, plain(o.config)]  # type: ignore[attr-defined]
        return type(o).__qualname__
    try:
        return json.dumps(plain(cfg), sort_keys=True, default=plain)
    except (TypeError, ValueError, RecursionError):
        return os.urandom(16).hex()


INCLUDING = ("pymdownx.snippets", "markdown_include.include", "mdx_include")  # extensions that
# put another file's text into a page: a dirty build cannot know that file changed


def _titled(nav: object) -> bool:
    """Does every page of the navigation have its title in mkdocs.yml? (A title taken from
    the page itself would be missing from the navigation of pages a dirty build skips.)"""
    if not isinstance(nav, list):
        return False
    for item in nav:
        if not isinstance(item, dict) or len(item) != 1:
            return False
        (value,) = item.values()
        if isinstance(value, list) and not _titled(value):
            return False
        if not isinstance(value, (str, list)):
            return False
    return True


class Incremental:
    """What the last MkDocs build wrote (``Config.site_state``) and what of it the next may
    keep. A missing, unreadable or foreign state is a whole build, never an error."""

    def __init__(self, config: Config, cfg: object):
        self.path = config.path("site_state")
        self.docs = config.path("docs")
        self.cfg = cfg
        self.fingerprint = self._fingerprint(config)
        # docs/ as MkDocs reads it: through the links of its generated entries (write.py)
        self.inventory = _stats(self.docs, follow=True, read=_hand_written) \
            if self.docs.is_dir() else {}
        self.outputs: dict[str, list[int]] = {}
        self.clean = False
        self.rebuilt: int | None = None  # pages a dirty build makes again (None: a whole build)
        self.last: set[str] = set()  # the last build's outputs (for a dirty build)

    def _fingerprint(self, config: Config) -> str:
        """What every page depends on besides its own Markdown: mkdocs.yml, the site's address,
        the theme's files (its custom folder included), every installed package's version and
        the project's hooks (Python files named in mkdocs.yml)."""
        cfg = self.cfg
        h = hashlib.sha256(f"{STATE_VERSION}\0{cfg['site_url']}\0{cfg['docs_dir']}\0".encode())
        h.update(config.path("mkdocs_yml").read_bytes())
        for parent in inherited(config.path("mkdocs_yml")):  # INHERIT: the same settings
            h.update(b"\0" + parent.read_bytes())
        h.update(_settings(cfg).encode())  # as MkDocs read them: !ENV's variables included
        installed = {Path(sysconfig.get_path(k)).resolve() for k in ("purelib", "platlib")}
        for folder in cfg["theme"].dirs:
            # an installed theme's files are its package's version (below); the project's own
            # (custom_dir) are read
            if not installed & {Path(folder).resolve(), *Path(folder).resolve().parents}:
                # (through its links, as MkDocs reads them: a template linked from a shared
                # folder, edited there, changed every page, hostile36)
                h.update(json.dumps([folder, _stats(Path(folder), follow=True, read=lambda rel: True)]).encode())
        h.update(json.dumps(sorted(f"{d.metadata['Name']}=={d.version}"
                                   for d in metadata.distributions())).encode())
        for hook in sorted(cfg.get("hooks") or ()):  # the project's own plugins (Python files)
            h.update(Path(config.root, hook).read_bytes() if Path(config.root, hook).is_file()
                     else str(hook).encode())
        return h.hexdigest()

    def _dest(self, src: str) -> str:
        from mkdocs.structure.files import File

        return File(src, str(self.docs), "", self.cfg["use_directory_urls"]).dest_uri

    def seed(self, site: Path, staging: Path, spare: Path) -> bool:
        """Make ``staging`` hold what the last build wrote that this one would write the same;
        True if MkDocs may then build dirty (only what is missing or older than its source).
        Else ``staging`` is empty, for a whole build.

        The copies are made in ``spare`` (the site before the last; any folder will do: a file
        is taken from it only where its size and time are those of site/'s, else copied from
        site/), renamed to ``staging``; what else it holds is left for ``prune``, save where
        MkDocs may write (the outputs of the docs files)."""
        again = self._plan(site)
        if again is None:
            output.fresh(staging.parent, staging.name)
            return False
        keep, stale, last = again
        if spare.is_dir() and not spare.is_symlink():
            if staging.exists() or staging.is_symlink():
                output.remove(staging)
            spare.rename(staging)
        else:
            output.fresh(staging.parent, staging.name)
        # where MkDocs may write: nothing there but what is kept (it would skip a file
        # newer than its source)
        mkdocs_writes = {self._dest(p) for p in self.inventory} | stale | last
        for rel in sorted(mkdocs_writes - keep.keys()):
            target = staging / rel
            if target.is_symlink() or target.is_file():
                target.unlink()
            elif target.is_dir():
                output.remove(target)
        for rel, stat in sorted(keep.items()):
            target = staging / rel
            try:
                st = target.lstat()
                if [st.st_size, st.st_mtime_ns] == stat and not target.is_symlink():
                    continue  # the same file (the spare holds it from the build it was)
                output.remove(target)
            except FileNotFoundError:
                pass
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(site / rel, target)  # its time kept: MkDocs compares it with the source's
        self.last = last
        return True

    def _plan(self, site: Path) -> tuple[dict[str, list[int]], set[str], set[str]] | None:
        """What of the last build's output this one keeps ({path: [size, time]}), the outputs
        it must make again and all of the last build's; None for a whole build."""
        try:
            last = output.read_json(self.path)  # missing or damaged: a whole build
            if (last.get("fingerprint") != self.fingerprint or not last.get("clean")
                    or not _titled(self.cfg["nav"]) or not site.is_dir()
                    or any(x in self.cfg["markdown_extensions"] for x in INCLUDING)
                    # a plugin may gather from every page (MkDocs' search, Material's tags or
                    # blog) and a hook may read any file: a dirty build would leave what they
                    # made of the pages it skips stale (hostile36: the search index held the
                    # rebuilt pages only; a hook's imported helper changed on 9 of 157 pages)
                    or len(self.cfg["plugins"]) or self.cfg.get("hooks")):
                return None
            docs, outputs = dict(last["docs"]), dict(last["outputs"])
        except (OSError, ValueError, TypeError, KeyError, AttributeError):
            return None
        pages = [p for p in self.inventory if p.endswith(".md")]
        added = {p for p in self.inventory if p not in docs}
        removed = {p for p in docs if p not in self.inventory}
        changed = {p for p in self.inventory if p in docs and docs[p] != self.inventory[p]}
        if any(not p.endswith(".md") and _hand_written(p) for p in added | removed):
            return None  # an image or a file of docs/ come or gone: a page linking to it is
            # another page, and MkDocs warns of a link to nothing only on the pages it builds
            # (hostile36: a removed image's dead link passed --strict)
        # a page naming a file added or removed links to it differently now
        names = sorted({PurePosixPath(p).stem for p in added | removed if p.endswith(".md")})
        named = re.compile("|".join(re.escape(n) for n in names)) if names else None
        stale = set(changed | removed)
        for page in pages:
            if named is not None and page not in stale and page not in added and named.search(
                    (self.docs / page).read_text(encoding="utf-8", errors="replace")):
                stale.add(page)
        skip = {self._dest(p) for p in stale}
        keep: dict[str, list[int]] = {}
        for rel, stat in outputs.items():
            if rel in skip:
                continue
            try:
                st = (site / rel).lstat()
            except OSError:
                continue
            if [st.st_size, st.st_mtime_ns] == stat:  # what the last build wrote
                keep[rel] = stat
        self.rebuilt = len([p for p in pages if p in stale or p in added])
        return keep, skip, set(outputs)

    def prune(self, staging: Path, found: set[str]) -> None:
        """Remove what is neither MkDocs' output nor in ``found`` (the search index and the
        redirect pages): a spare's leftovers (pages gone, older redirects and index files)."""
        wanted = set(self.outputs) | found
        for here, dirs, files in os.walk(staging, topdown=False):
            folder = Path(here)
            for name in files + [d for d in dirs if (folder / d).is_symlink()]:
                path = folder / name
                if path.relative_to(staging).as_posix() not in wanted:
                    path.unlink()
            if folder != staging and not any(folder.iterdir()):
                folder.rmdir()

    def built(self, staging: Path, clean: bool) -> None:
        """Note what MkDocs wrote (before the search index and the redirects are added): where
        the last build's outputs were and the docs files' outputs are, what is there (``seed``
        left nothing else there: a dirty build has the same theme, so the same files of it).
        After a whole build, everything there."""
        if self.rebuilt is None:
            self.outputs = _stats(staging)
        else:
            rels = {rel for rel in self.last | {self._dest(p) for p in self.inventory}
                    if (staging / rel).is_file() and not (staging / rel).is_symlink()}
            self.outputs = {}
            for rel in sorted(rels):
                st = (staging / rel).lstat()
                self.outputs[rel] = [st.st_size, st.st_mtime_ns]
        self.clean = clean

    def forget(self) -> None:
        try:
            if self.path.is_dir() and not self.path.is_symlink():
                output.remove(self.path)
            else:
                self.path.unlink(missing_ok=True)
        except OSError:
            pass  # the state is disposable; a stale one is caught by the files' sizes and times

    def save(self) -> None:
        """Keep the state for the next build; one that cannot be written is no failure (the
        next build is then whole)."""
        data = {"fingerprint": self.fingerprint, "clean": self.clean, "docs": self.inventory,
                "outputs": self.outputs}
        try:
            output.write_json(self.path, data)
        except OSError:
            pass
