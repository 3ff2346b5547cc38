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

import hashlib
import json
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


def write_pages(pages: tuple[Page, ...], docs: Path, work: Path | None = None,
                known: Path | None = None) -> None:
    """Replace the generated part of ``docs`` with ``pages``.

    ``work`` is the build's work folder (``output.exclusive``, whose lock the caller holds);
    without one, this takes the lock of the project ``docs`` is in for itself. ``known``: a
    file (JSON, disposable) where the size, time and digest of each page written are kept, so
    that the next build compares a page with a file whose size and time are unchanged by its
    digest instead of reading the file (as make and rsync trust times). Raises
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
            return write_pages(pages, docs, own, known)
    staging = output.fresh(work, "docs-new")
    wanted = {page.path: page.text.encode("utf-8") for page in pages}
    digests = _read_known(known)
    moves: list[tuple[Path | None, Path, Path]] = []
    emptied: list[Path] = []  # folders whose stale files go: removed if left empty
    try:
        for name in GENERATED:
            held = _plain_files(docs / name, name)
            ours = {p: text for p, text in wanted.items() if p == name or p.startswith(name + "/")}
            if held is None or not ours or _clash(held.keys(), ours.keys()):
                # not a plain file or folder of them (or a file where the pages need a folder,
                # or nothing of it generated now): replaced whole, as it was before
                for path, text in ours.items():
                    _stage(staging, path, text)
                moves.append((staging / name if ours else None, docs / name,
                              work / "docs-old" / name))
                continue
            for path, text in sorted(ours.items()):
                if path not in held or not _same(docs / path, text, held[path], digests):
                    _stage(staging, path, text)
                    moves.append((staging / path, docs / path, work / "docs-old" / path))
            for path in sorted(held.keys() - ours.keys()):
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
    if known is not None:
        _write_known(known, docs, wanted, digests)


def _stage(staging: Path, path: str, text: bytes) -> None:
    target = staging / path
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text.decode("utf-8"), encoding="utf-8", newline="\n")


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _same(path: Path, data: bytes, stat: tuple[int, int], digests: dict[str, list]) -> bool:
    """Does the file (of this size and time) hold exactly ``data``? By its digest where the
    last build wrote it with this size and time, else by reading it."""
    if stat[0] != len(data):
        return False
    entry = digests.get(path.as_posix())
    if entry is not None and entry[:2] == list(stat):
        return entry[2] == _digest(data)
    try:
        return path.read_bytes() == data
    except OSError:
        return False


def _read_known(known: Path | None) -> dict[str, list]:
    if known is None:
        return {}
    try:
        data = json.loads(known.read_text(encoding="utf-8"))
        return data if isinstance(data, dict) else {}
    except (OSError, ValueError):
        return {}


def _write_known(known: Path, docs: Path, wanted: dict[str, bytes],
                 digests: dict[str, list]) -> None:
    """Keep each page's size, time and digest (disposable: not kept if it cannot be written)."""
    out: dict[str, list] = {}
    try:
        for path, data in sorted(wanted.items()):
            st = (docs / path).stat()
            out[(docs / path).as_posix()] = [st.st_size, st.st_mtime_ns, _digest(data)]
        known.parent.mkdir(parents=True, exist_ok=True)
        tmp = known.with_suffix(".tmp")
        tmp.write_text(json.dumps(out), encoding="utf-8")
        os.replace(tmp, known)
    except OSError:
        return


def _plain_files(path: Path, name: str) -> dict[str, tuple[int, int]] | None:
    """The files under a generated entry of docs/ (paths relative to docs/) with their size
    and time, if it is missing, a plain file, or a folder of plain files and folders; else None
    (a symbolic link anywhere in it, or anything else: the entry is then replaced whole, never
    written through)."""
    if not (path.exists() or path.is_symlink()):
        return {}
    if path.is_symlink():
        return None
    if path.is_file():
        st = path.stat()
        return {name: (st.st_size, st.st_mtime_ns)}
    if not path.is_dir():
        return None
    found: dict[str, tuple[int, int]] = {}
    folders = [(path, name)]
    while folders:
        folder, rel = folders.pop()
        with os.scandir(folder) as entries:
            for entry in entries:
                if entry.is_symlink():
                    return None
                if entry.is_dir(follow_symlinks=False):
                    folders.append((Path(entry.path), f"{rel}/{entry.name}"))
                elif entry.is_file(follow_symlinks=False):
                    st = entry.stat(follow_symlinks=False)
                    found[f"{rel}/{entry.name}"] = (st.st_size, st.st_mtime_ns)
                else:
                    return None
    return found


def _clash(held: AbstractSet[str], wanted: AbstractSet[str]) -> bool:
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
