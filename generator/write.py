"""I/O out: write generated pages into the docs folder, whole or not at all.

Pages are written to a staging folder first; only when every page is written are the generated
parts of docs/ (see ``config.GENERATED``) swapped for the staged ones. Stale pages (of deleted
sources or merged events) disappear with the old tree. Hand-written pages are never touched.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path, PurePosixPath

from generator.config import GENERATED
from generator.model import Page


class WriteError(Exception):
    pass


def _safe_relative(path: str) -> PurePosixPath:
    rel = PurePosixPath(path)
    if rel.is_absolute() or ".." in rel.parts or not rel.parts or rel.parts[0] not in GENERATED:
        raise WriteError(f"refusing to write {path!r}: outside the generated part of docs/")
    return rel


def write_pages(pages: tuple[Page, ...], docs: Path) -> None:
    """Replace the generated part of ``docs`` with ``pages``."""
    seen: set[str] = set()
    for page in pages:
        _safe_relative(page.path)
        if page.path in seen:
            raise WriteError(f"two pages would be written to {page.path}")
        seen.add(page.path)
    docs.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".staging-", dir=docs.parent))
    try:
        for page in pages:
            target = staging / page.path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(page.text, encoding="utf-8", newline="\n")
        old = Path(tempfile.mkdtemp(prefix=".old-", dir=docs.parent))
        for name in GENERATED:
            if (docs / name).exists():
                (docs / name).rename(old / name)
            if (staging / name).exists():
                (staging / name).rename(docs / name)
        shutil.rmtree(old)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
