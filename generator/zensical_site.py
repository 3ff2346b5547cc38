"""I/O out, the second engine: build the site with Zensical instead of MkDocs (``timeline build
--engine zensical``; Zensical is an optional extra: ``pip install 'timeline-generator[zensical]'``).

Zensical, by the makers of Material for MkDocs, reads the same ``mkdocs.yml`` and builds the
same generated pages. As with MkDocs (``site.build_site``), it builds into a staging folder,
Pagefind indexes it, the redirect pages of older event addresses are added, and only a complete
build replaces site/. A small configuration file beside ``mkdocs.yml`` inherits it and points
the output at the staging folder (Zensical has no option for that); it is removed afterwards.

What differs from MkDocs: Zensical is a separate program (run as a subprocess, its own
diagnostics: ``N issues found``); MkDocs' ``not_in_nav`` and ``validation`` settings are not
read; it writes its own ``search.json`` (unused: search stays Pagefind's) and its page cache
under ``.cache/``; its theme is Material's successor, so pages look alike but not the same.
"""

from __future__ import annotations

import calendar
import datetime as dt
import importlib.util
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from generator.config import Config
from generator.model import Page
from generator.site import SiteError, add_files, index_search

ANSI = re.compile(r"\x1b\[[0-9;]*m")
CLEAN = ("Build started", "No issues found", "Build finished")  # what a clean build prints


def available() -> bool:
    """Is Zensical installed (the optional extra)?"""
    return importlib.util.find_spec("zensical") is not None


def build_site(config: Config, strict: bool, newest: dt.date | None,
               extra: tuple[Page, ...] = ()) -> list[str]:
    """Run Zensical, then Pagefind, then add ``extra`` files; return Zensical's warnings.
    Raises SiteError (with them) if the build fails, or with ``strict`` if it warns."""
    if not available():
        raise SiteError("Zensical is not installed; install the optional extra: "
                        "pip install 'timeline-generator[zensical]' (or leave out --engine "
                        "zensical: MkDocs is the default)")
    root = config.root.resolve()
    site = config.path("site")
    staging = Path(tempfile.mkdtemp(prefix=".site-staging-", dir=site.parent.resolve()))
    fd, name = tempfile.mkstemp(prefix=".zensical-", suffix=".yml", dir=root)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(f"INHERIT: {config.mkdocs_yml}\n"
                f"site_dir: {staging.relative_to(root).as_posix()}\n"
                f"docs_dir: {config.docs}\n")
    env = dict(os.environ, NO_COLOR="1", TERM="dumb",
               SOURCE_DATE_EPOCH=str(calendar.timegm(newest.timetuple())) if newest else "0")
    try:
        result = subprocess.run([sys.executable, "-m", "zensical", "build", "-f", name]
                                + (["--strict"] if strict else []),
                                cwd=root, env=env, capture_output=True, text=True)
        # its diagnostics, without the traceback its command line adds when --strict fails
        output = ANSI.sub("", result.stderr + result.stdout).split("Traceback (most recent")[0]
        warnings = [line for line in output.splitlines()
                    if line.strip() and not line.startswith(CLEAN)]
        if result.returncode != 0:
            raise SiteError("\n".join(["zensical: the build failed", *warnings[-40:]]))
        index_search(staging)
        add_files(staging, extra)  # after the search index: redirects are not content
    except (SiteError, OSError) as exc:
        shutil.rmtree(staging, ignore_errors=True)
        raise SiteError(str(exc)) from None
    finally:
        Path(name).unlink(missing_ok=True)
    old = None
    if site.exists():
        old = Path(tempfile.mkdtemp(prefix=".site-old-", dir=site.parent.resolve()))
        site.rename(old / "site")
    staging.rename(site)
    if old is not None:
        shutil.rmtree(old)
    return warnings
