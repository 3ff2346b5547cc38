"""I/O out: write generated pages into the docs folder, whole or not at all.

Pages are written to a staging folder first (``.timeline-build/docs-new/``); only when every
page is written are the generated parts of docs/ (see ``config.GENERATED``) replaced by the
staged ones, under a journal that the next build finishes if this one is killed during the
moves (generator/output.py). Stale pages (of deleted sources or merged events) disappear with
the old tree. Hand-written pages are never touched.
"""

from __future__ import annotations

from pathlib import Path, PurePosixPath

from generator import output
from generator.config import GENERATED
from generator.model import Page


class WriteError(Exception):
    pass


def _safe_relative(path: str) -> PurePosixPath:
    rel = PurePosixPath(path)
    if rel.is_absolute() or ".." in rel.parts or not rel.parts or rel.parts[0] not in GENERATED:
        raise WriteError(f"refusing to write {path!r}: outside the generated part of docs/")
    return rel


def write_pages(pages: tuple[Page, ...], docs: Path, work: Path | None = None) -> None:
    """Replace the generated part of ``docs`` with ``pages``.

    ``work`` is the build's work folder (``output.exclusive``, whose lock the caller holds);
    without one, this takes the lock of the project ``docs`` is in for itself. Raises
    ``output.OutputError`` (one line naming the path) if a file cannot be written; docs/ is
    then as it was.
    """
    seen: set[str] = set()
    for page in pages:
        _safe_relative(page.path)
        if page.path in seen:
            raise WriteError(f"two pages would be written to {page.path}")
        seen.add(page.path)
    if work is None:
        with output.exclusive(docs.parent) as own:
            return write_pages(pages, docs, own)
    staging = output.fresh(work, "docs-new")
    try:
        for page in pages:
            target = staging / page.path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(page.text, encoding="utf-8", newline="\n")
        docs.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise output.describe(exc) from None
    output.commit([(staging / name if (staging / name).exists() else None, docs / name,
                    work / "docs-old" / name) for name in GENERATED], work)
    old = work / "docs-old"
    try:
        if old.exists():
            output.remove(old)
        output.remove(staging)
    except OSError as exc:
        raise output.describe(exc, "remove") from None
