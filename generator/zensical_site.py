"""I/O out, the second engine: build the site with Zensical instead of MkDocs (``timeline build
--engine zensical``; Zensical is an optional extra: ``pip install 'timeline-generator[zensical]'``).

Zensical, by the makers of Material for MkDocs, reads the same ``mkdocs.yml`` and builds the
same generated pages. As with MkDocs (``site.build_site``), it builds into a staging folder,
Pagefind indexes it, the redirect pages of older event addresses are added, and only a complete
build replaces site/, in one step (generator/output.py). A small configuration file beside ``mkdocs.yml`` inherits it and points
the output at the staging folder (Zensical has no option for that); it is removed afterwards.

What differs from MkDocs: Zensical is a separate program (run as a subprocess, its own
diagnostics: ``N issues found``); MkDocs' ``not_in_nav`` and ``validation`` settings are not
read; it writes its own ``search.json`` (unused: search stays Pagefind's) and its page cache
under ``.cache/``; its theme is Material's successor, so pages look alike but not the same.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

from generator import output
from generator.config import Config
from generator.model import Page
from generator.site import SiteError, add_files, build_epoch, index_search

ANSI = re.compile(r"\x1b\[[0-9;]*m")
CLEAN = ("Build started", "No issues found", "Build finished")  # what a clean build prints


def available() -> bool:
    """Is Zensical installed (the optional extra)?"""
    return importlib.util.find_spec("zensical") is not None


def build_site(config: Config, strict: bool, newest: dt.date | None,
               extra: tuple[Page, ...] = (), work: Path | None = None) -> list[str]:
    """Run Zensical, then Pagefind, then add ``extra`` files, then switch site/ to the result
    (generator/output.py); return Zensical's warnings. Raises SiteError (with them) if the
    build fails, or with ``strict`` if it warns; ``output.OutputError`` (one line naming the
    path) if a file cannot be written. ``work``: the build's work folder (its lock held);
    without one, this takes the project's lock for itself."""
    if not available():
        raise SiteError("Zensical is not installed; install the optional extra: "
                        "pip install 'timeline-generator[zensical]' (or leave out --engine "
                        "zensical: MkDocs is the default)")
    if work is None:
        with output.exclusive(config.root) as own:
            return build_site(config, strict, newest, extra, own)
    root = config.root.resolve()
    site = config.path("site")
    staging = output.fresh(work, "site-new")
    # Zensical does not follow symbolic links, and the generated entries of docs/ are links
    # (write.py): it reads a copy of docs/ made of hard links (a directory entry per file)
    docs = output.fresh(work, "zensical-docs")
    try:
        output.linked_copy(config.path("docs"), docs)
        # its configuration file beside mkdocs.yml (INHERIT is relative to it); a killed
        # build's is removed by the next (output.LEGACY)
        fd, name = tempfile.mkstemp(prefix=".zensical-", suffix=".yml", dir=root)
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(f"INHERIT: {config.mkdocs_yml}\n"
                    f"site_dir: {staging.resolve().relative_to(root).as_posix()}\n"
                    f"docs_dir: {docs.resolve().relative_to(root).as_posix()}\n"
                    # the address as the feeds give it (config.ascii_url)
                    + (f"site_url: {json.dumps(config.site_url)}\n" if config.site_url else ""))
    except OSError as exc:
        raise output.describe(exc) from None
    env = dict(os.environ, NO_COLOR="1", TERM="dumb",
               SOURCE_DATE_EPOCH=build_epoch(newest))
    try:
        result = subprocess.run([sys.executable, "-m", "zensical", "build", "-f", name]
                                + (["--strict"] if strict else []),
                                cwd=root, env=env, capture_output=True, text=True)
        # its diagnostics, without the traceback its command line adds when --strict fails
        text = ANSI.sub("", result.stderr + result.stdout).split("Traceback (most recent")[0]
        warnings = [line for line in text.splitlines()
                    if line.strip() and not line.startswith(CLEAN)]
        if result.returncode != 0:
            raise SiteError("\n".join(["zensical: the build failed", *warnings[-40:]]))
        output._step("zensical built")
        index_search(staging)
        add_files(staging, extra)  # after the search index: redirects are not content
    except OSError as exc:
        raise output.describe(exc) from None
    finally:
        Path(name).unlink(missing_ok=True)
    output.switch(staging, site, work)
    try:
        output.remove(docs)
    except OSError as exc:
        raise output.describe(exc, "remove") from None
    return warnings
