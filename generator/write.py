"""I/O out: write generated pages into the docs folder, whole or not at all.

Only the pages whose bytes change are written: each is compared with the file docs/ holds,
and an unchanged file keeps its bytes and its modification time (so the site engine, MkDocs
``--dirty``, and whoever watches docs/ see only what changed). The changed pages are written to
a staging folder first (``.timeline-build/docs-new/``); only when every one is written do they
replace their files in docs/ and the stale ones (of deleted sources or merged events) go, all
under one journal that the next build finishes if this one is killed during the moves
(generator/output.py). A generated entry of docs/ (see ``config.GENERATED``) that is not a
plain file or a folder of plain files and folders (a symbolic link, a file where a folder
belongs) is replaced whole, as it was before. Hand-written pages are never touched.
"""

from __future__ import annotations

import os
from collections.abc import Set as AbstractSet
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
    wanted = {page.path: page.text for page in pages}
    moves: list[tuple[Path | None, Path, Path]] = []
    emptied: list[Path] = []  # folders whose stale files go: removed if left empty
    try:
        for name in GENERATED:
            held = _plain_files(docs / name, name)
            ours = {p: text for p, text in wanted.items() if p == name or p.startswith(name + "/")}
            if held is None or not ours or _clash(held, ours.keys()):
                # not a plain file or folder of them (or a file where the pages need a folder,
                # or nothing of it generated now): replaced whole, as it was before
                for path, text in ours.items():
                    _stage(staging, path, text)
                moves.append((staging / name if ours else None, docs / name,
                              work / "docs-old" / name))
                continue
            for path, text in sorted(ours.items()):
                if path not in held or not _same(docs / path, text):
                    _stage(staging, path, text)
                    moves.append((staging / path, docs / path, work / "docs-old" / path))
            for path in sorted(held - ours.keys()):
                moves.append((None, docs / path, work / "docs-old" / path))
                emptied.append((docs / path).parent)
        docs.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise output.describe(exc) from None
    if moves:
        output.commit(moves, work)
    old = work / "docs-old"
    try:
        for folder in sorted(set(emptied), key=lambda p: -len(p.parts)):
            _remove_empty(folder, docs)
        if old.exists():
            output.remove(old)
        output.remove(staging)
    except OSError as exc:
        raise output.describe(exc, "remove") from None


def _stage(staging: Path, path: str, text: str) -> None:
    target = staging / path
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8", newline="\n")


def _same(path: Path, text: str) -> bool:
    """Does the file hold exactly ``text``? (Its size first: most changed pages differ in it.)"""
    data = text.encode("utf-8")
    try:
        return path.stat().st_size == len(data) and path.read_bytes() == data
    except OSError:
        return False


def _plain_files(path: Path, name: str) -> set[str] | None:
    """The files under a generated entry of docs/ (paths relative to docs/), if it is missing,
    a plain file, or a folder of plain files and folders; else None (a symbolic link anywhere
    in it, or anything else: the entry is then replaced whole, never written through)."""
    if not (path.exists() or path.is_symlink()):
        return set()
    if path.is_symlink():
        return None
    if path.is_file():
        return {name}
    if not path.is_dir():
        return None
    found: set[str] = set()
    for folder, dirs, files in os.walk(path):
        here = Path(folder)
        for entry in dirs + files:
            if (here / entry).is_symlink():
                return None
        for entry in files:
            if not (here / entry).is_file():
                return None
            found.add((here / entry).relative_to(path.parent).as_posix())
    return found


def _clash(held: set[str], wanted: AbstractSet[str]) -> bool:
    """Is a file held where a page needs a folder, or the other way round?"""
    def folders(paths: AbstractSet[str]) -> set[str]:
        return {str(parent) for p in paths for parent in PurePosixPath(p).parents}
    return not held.isdisjoint(folders(wanted)) or not folders(held).isdisjoint(wanted)


def _remove_empty(folder: Path, docs: Path) -> None:
    """Remove ``folder`` and the folders above it (below ``docs``) while they are empty."""
    while folder != docs and docs in folder.parents:
        try:
            folder.rmdir()
        except OSError:  # not empty (or gone): what is left stays
            return
        folder = folder.parent
