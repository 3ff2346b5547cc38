"""I/O out: build the static site with MkDocs into site/, swapped in whole.

MkDocs builds into a staging folder; only a complete build replaces site/, so a failed build
leaves the previous site intact. The build date MkDocs stamps (sitemap) is set from the newest
source's publication date, never from the clock, so identical inputs give identical files.
Files MkDocs need not see (the redirect pages of old event addresses, generator/permalinks.py)
are added to the staged site after it, before the swap.
"""

from __future__ import annotations

import calendar
import datetime as dt
import logging
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path, PurePosixPath

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


def index_search(site: Path) -> None:
    """Pagefind's search index of the built pages (their main content only) in site/pagefind/.
    The "¶" permalinks of headings are left out (they would show in titles and excerpts)."""
    result = subprocess.run(
        [sys.executable, "-m", "pagefind", "--site", str(site),
         "--root-selector", "article.md-content__inner", "--exclude-selectors", ".headerlink",
         "--force-language", "en"],
        capture_output=True, text=True)
    if result.returncode != 0:
        raise OSError(f"pagefind failed: {result.stdout[-2000:]}{result.stderr[-2000:]}")


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
               extra: tuple[Page, ...] = ()) -> list[str]:
    """Run MkDocs, then add ``extra`` files (paths relative to the site; MkDocs never sees
    them); return MkDocs' warnings. Raises SiteError (with them) if the build fails."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.exceptions import MkDocsException

    site = config.path("site")
    staging = Path(tempfile.mkdtemp(prefix=".site-staging-", dir=site.parent.resolve()))
    collect = _Collect()
    log = logging.getLogger("mkdocs")
    log.addHandler(collect)
    previous_epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if newest is not None:
        os.environ["SOURCE_DATE_EPOCH"] = str(calendar.timegm(newest.timetuple()))
    else:
        os.environ["SOURCE_DATE_EPOCH"] = "0"
    try:
        cfg = load_config(config_file=str(config.path("mkdocs_yml")), strict=strict,
                          site_dir=str(staging), docs_dir=str(config.path("docs").resolve()))
        build(cfg)
        index_search(staging)
        add_files(staging, extra)  # after the search index: redirects are not content
    except SiteError:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    except (MkDocsException, SystemExit, OSError) as exc:
        shutil.rmtree(staging, ignore_errors=True)
        raise SiteError("\n".join(collect.messages + [f"mkdocs: {exc}"])) from None
    finally:
        log.removeHandler(collect)
        if previous_epoch is None:
            os.environ.pop("SOURCE_DATE_EPOCH", None)
        else:
            os.environ["SOURCE_DATE_EPOCH"] = previous_epoch
    old = None
    if site.exists():
        old = Path(tempfile.mkdtemp(prefix=".site-old-", dir=site.parent.resolve()))
        site.rename(old / "site")
    staging.rename(site)
    if old is not None:
        shutil.rmtree(old)
    return collect.messages
