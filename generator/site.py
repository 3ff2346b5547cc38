"""I/O out: build the static site with MkDocs into site/, swapped in whole.

MkDocs builds into a staging folder (``.timeline-build/site-new/``); Pagefind's index and the
redirect pages are added to it; only then does it replace site/, in one atomic step
(generator/output.py), so a failed or killed build leaves the previous site intact. The build date MkDocs stamps (sitemap) is set from the newest
source's publication date, never from the clock, so identical inputs give identical files.
Files MkDocs need not see (the redirect pages of old event addresses, generator/permalinks.py)
are added to the staged site after it, before the swap.
"""

from __future__ import annotations

import base64
import calendar
import datetime as dt
import json
import logging
import os
import subprocess
import tempfile
from pathlib import Path, PurePosixPath

from generator import output
from generator.config import Config
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


def index_search(site: Path) -> None:
    """Pagefind's search index of the built pages (their main content only) in site/pagefind/.

    The pages are given to Pagefind one by one in sorted order, through its service mode:
    its own crawl (``pagefind --site``) numbers pages in the order the filesystem lists them,
    so its index differed from one machine to another. Pagefind's Python API speaks the same
    protocol but waits 0.1 s per answer (50 minutes for 30,000 pages), hence this small client.
    The "¶" permalinks of headings are left out (they would show in titles and excerpts).
    The index files come back in Pagefind's answer and are written here, so that a full disk
    is an OSError naming the file (site.build_site: one line, the old site kept).
    """
    from pagefind.service import get_executable

    binary = get_executable()
    if binary is None:
        raise SiteError("pagefind: its binary is not installed (pip install 'pagefind[bin]')")
    pages = sorted(p.relative_to(site).as_posix() for p in site.rglob("*.html"))
    errors = tempfile.TemporaryFile()  # a pipe that nobody reads could fill and block it
    process = subprocess.Popen([str(binary), "--service"], stdin=subprocess.PIPE,
                               stdout=subprocess.PIPE, stderr=errors)
    process.stderr = errors
    try:
        index = _ask(process, 1, {"type": "NewIndex", "config": SEARCH_CONFIG})["index_id"]
        for n, rel in enumerate(pages, start=2):
            _ask(process, n, {"type": "AddFile", "index_id": index, "url": _pagefind_url(rel),
                              "file_path": None,
                              "file_contents": (site / rel).read_text(encoding="utf-8")})
        # the files come back in the answer and are written here: Pagefind's own WriteFiles
        # answers before every file is on disk, and left empty files in the index when it
        # was stopped (seen: pagefind-entry.json, pagefind-component-ui.css)
        files = _ask(process, len(pages) + 2, {"type": "GetFiles", "index_id": index})["files"]
        process.stdin.close()
        if process.wait(timeout=PAGEFIND_WAIT) != 0:
            raise SiteError(f"pagefind ended with exit code {process.returncode}")
    except subprocess.TimeoutExpired:
        raise SiteError(f"pagefind did not finish writing the index in {PAGEFIND_WAIT} s") from None
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        if not process.stdin.closed:
            process.stdin.close()
        process.stdout.close()
        errors.close()
    names = {f["path"] for f in files}
    if "pagefind-entry.json" not in names:
        raise SiteError("pagefind: its index has no pagefind-entry.json")
    for f in sorted(files, key=lambda f: f["path"]):
        rel = PurePosixPath(f["path"])
        if rel.is_absolute() or ".." in rel.parts:
            raise SiteError(f"pagefind: refusing to write {f['path']!r} outside site/pagefind/")
        target = site.joinpath("pagefind", *rel.parts)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(base64.b64decode(f["content"]))


def _ask(process: subprocess.Popen, message_id: int, payload: dict) -> dict:
    """One request to Pagefind's service and its answer (base64 JSON, each ended by ',')."""
    request = json.dumps({"message_id": message_id, "payload": payload}).encode("utf-8")
    process.stdin.write(base64.b64encode(request) + b",")
    process.stdin.flush()
    answer = bytearray()
    while not answer.endswith(b","):
        chunk = process.stdout.read1(65536)
        if not chunk:
            process.stderr.seek(0)
            said = process.stderr.read().decode("utf-8", "replace")[-2000:]
            raise SiteError(f"pagefind stopped: {said}")
        answer += chunk
    reply = json.loads(base64.b64decode(bytes(answer[:-1])))
    result = reply.get("payload") or {}
    if result.get("type") == "Error":
        raise SiteError(f"pagefind: {result.get('message')}")
    return result


def build_epoch(newest: dt.date | None) -> str:
    """SOURCE_DATE_EPOCH for the site engine: the newest publication date, in seconds since
    1970, never the clock. Not before 1970: the sitemap's gzip header cannot hold an earlier
    time (a corpus of 1960s articles ended in a struct.error inside MkDocs)."""
    return str(max(0, calendar.timegm(newest.timetuple()))) if newest is not None else "0"


def add_files(site: Path, pages: tuple[Page, ...]) -> None:
    """Write ``pages`` (paths relative to the site) into a built site. Refuses a path outside
    it, and a path MkDocs or another page already wrote: a real page is never overwritten."""
    seen: set[str] = set()
    for page in pages:
        rel = PurePosixPath(page.path)
        if rel.is_absolute() or ".." in rel.parts or not rel.parts:
            raise SiteError(f"refusing to write {page.path!r}: outside the site")
        target = site.joinpath(*rel.parts)
        if page.path in seen or target.exists():
            raise SiteError(f"two pages would be written to {page.path}")
        seen.add(page.path)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(page.text, encoding="utf-8", newline="\n")


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
    staging = output.fresh(work, "site-new")
    collect = _Collect()
    log = logging.getLogger("mkdocs")
    log.addHandler(collect)
    previous_epoch = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ["SOURCE_DATE_EPOCH"] = build_epoch(newest)
    try:
        cfg = load_config(config_file=str(config.path("mkdocs_yml")), strict=strict,
                          site_dir=str(staging.resolve()),
                          docs_dir=str(config.path("docs").resolve()))
        build(cfg)
        output._step("mkdocs built")
        index_search(staging)
        output._step("search indexed")
        add_files(staging, extra)  # after the search index: redirects are not content
    except OSError as exc:
        raise output.describe(exc) from None
    except (MkDocsException, SystemExit) as exc:
        raise SiteError("\n".join(collect.messages + [f"mkdocs: {exc}"])) from None
    finally:
        log.removeHandler(collect)
        if previous_epoch is None:
            os.environ.pop("SOURCE_DATE_EPOCH", None)
        else:
            os.environ["SOURCE_DATE_EPOCH"] = previous_epoch
    output.switch(staging, site, work)
    return collect.messages
