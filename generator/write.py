"""I/O out: write generated pages into the docs folder, switched in one step.

The generated pages do not sit in docs/ itself but in a folder of their own beside it,
``.timeline-pages/`` (git-ignored, on the same filesystem), which holds the pages of the last
build and a symbolic link ``current`` to them; each generated entry of docs/
(``config.GENERATED``) is a link through ``current``::

    .timeline-pages/current -> a
    .timeline-pages/a/index.md, a/events/…, …              the pages of the last build
    docs/index.md -> ../.timeline-pages/current/index.md
    docs/events   -> ../.timeline-pages/current/events

A build writes every page into the other folder (``b``): a page whose bytes have not changed is
a hard link to the file it replaces, so it keeps its bytes and its modification time (the site
engine, MkDocs ``--dirty``, and whoever watches docs/ see only what changed). Whether a page
changed is told by its digest where its file has the size and time the last build noted
(``.cache/docs.json``, disposable), else by reading the file. Only when every page is there does
``current`` change, by one ``rename`` of a new link over it: at every instant docs/ shows the
old pages or the new ones, whole, whatever stops the build (a kill -9, a power cut). Addresses
do not change: MkDocs reads docs/ through the links, and the Zensical engine is given a copy
of docs/ made of hard links (zensical_site.py). Hand-written pages are never touched.

A docs/ whose generated entries are real files and folders (written by an earlier version) is
adopted first: its pages become the current folder (hard links, the same bytes) and each entry
is replaced by its link in one atomic step (``output.exchange`` for a folder), so docs/ shows
the same pages throughout; then the build switches as above. Where the system cannot make
symbolic links, the generated entries stay real files and folders, replaced under the journal
of generated/output.py (a build killed during the moves is finished by the next one).
"""

from __future__ import annotations

import errno
import hashlib
import os
from collections.abc import Iterator
from pathlib import Path, PurePosixPath

from generator import output
from generator.config import GENERATED
from generator.model import Page

PAGES = ".timeline-pages"  # beside docs/: the generated pages, in one of two folders
CURRENT = "current"
FOLDERS = ("a", "b")  # the folder in use and the one the next build writes
ENTRY_FOLDERS = tuple(n for n in GENERATED if "." not in n)  # made even when empty: each
# generated entry is always there, so its link in docs/ never points at nothing
NO_LINKS = (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.ENOSYS, errno.EINVAL)


class WriteError(Exception):
    pass


def _safe_relative(path: str) -> PurePosixPath | str:
    """``path`` if it is relative, without a '..', and below a generated entry of docs/;
    else WriteError. A path of plain names joined by single slashes (every page a build
    makes) is that path's parts as they are, and is taken without a ``PurePosixPath``
    (3,150 pages at 1,000 sources, each checked by every build)."""
    names = path.split("/")
    if names[0] in GENERATED and all(n and n != "." and n != ".." for n in names):
        return path
    rel = PurePosixPath(path)
    if rel.is_absolute() or ".." in rel.parts or not rel.parts or rel.parts[0] not in GENERATED:
        raise WriteError(f"refusing to write {path!r}: outside the generated part of docs/")
    return rel


def pages_folder(docs: Path) -> Path:
    return docs.parent / PAGES


def link_target(docs: Path, name: str) -> str:
    """What docs/<name> links to: a relative path (from where docs/ really is, should it be a
    link itself), so that the project folder can be moved."""
    return os.path.relpath(pages_folder(docs).resolve() / CURRENT / name, docs.resolve())


def write_pages(pages: tuple[Page, ...], docs: Path, work: Path | None = None,
                known: Path | None = None) -> tuple[str, ...]:
    """Make ``pages`` the generated part of ``docs``, in one step.

    ``work`` is the build's work folder (``output.exclusive``, whose lock the caller holds);
    without one, this takes the lock of the project ``docs`` is in for itself. ``known``: a
    file (JSON, disposable) where the size, time and digest of each page written are kept, so
    that the next build compares a page with a file whose size and time are unchanged by its
    digest instead of reading the file (as make and rsync trust times). Raises
    ``output.OutputError`` (one line naming the path) if a file cannot be written; docs/ is
    then as it was. Returns the files found in a generated folder that no build wrote (a page
    put into ``docs/events/`` by hand): they are not kept, and the caller says so.
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
    folder = pages_folder(docs)
    digests = _read_known(known, docs)
    try:
        docs.mkdir(parents=True, exist_ok=True)
        if folder.is_symlink() or folder.exists() and not folder.is_dir():
            folder.unlink()  # not what a build makes (a file, a link): ours to replace
        folder.mkdir(exist_ok=True)
        tidy(docs)  # what a stopped build left
        if not _can_link(folder):
            _without_links(pages, docs, work)
            return ()
        now = _adopt(docs, work)
        strays = _strays(folder / now, docs, pages, digests)
        name = FOLDERS[1] if now == FOLDERS[0] else FOLDERS[0]
        new = output.fresh(folder, name)
        # each page's size, time and digest, made once (_write_known)
        measured: dict[str, list] = {}
        made: set[str] = set()  # the folders made (once each, not once a page)
        # (paths as strings joined once: 3,150 pages made some 30,000 Path objects, a tenth
        # of writing them after a build at 1,000 sources)
        into, before, at = os.fspath(new), os.fspath(folder / now), _prefix(docs)
        for page in sorted(pages, key=lambda p: p.path):
            measured[page.path] = _put(into, page, before, digests.get(at + page.path), made)
        for entry in ENTRY_FOLDERS:
            (new / entry).mkdir(exist_ok=True)
        output._step("pages written")
        for entry in GENERATED:  # an entry new to docs/: its link points at nothing until
            link = docs / entry  # the switch (the old pages have no such entry)
            if (new / entry).exists() and not (link.exists() or link.is_symlink()):
                os.symlink(link_target(docs, entry), link)
        switch = folder / f"{CURRENT}.new"
        os.symlink(name, switch)
        output._step("switch made")
        os.replace(switch, folder / CURRENT)  # the one step
        output._step("pages switched")
    except OSError as exc:
        raise output.describe(exc) from None
    tidy(docs)
    if known is not None:
        _write_known(known, docs, pages, measured)
    return strays


def edited_by_hand(pages: tuple[Page, ...], docs: Path, known: Path | None) -> tuple[str, ...]:
    """The generated pages of ``docs`` (``docs/index.md``, ``docs/events/…``) whose bytes are
    not those the last build wrote (``known``, as ``write_pages`` keeps it): edited by hand,
    through the link or in place of it. The build writes them again, so the edit is lost; the
    caller says so. Read only where a file's size or time is not the one noted; none are known
    after a first build or once the cache is deleted."""
    digests = _read_known(known, docs)
    found = []
    for page in sorted(pages, key=lambda p: p.path):
        path = docs / page.path
        noted = digests.get(_prefix(docs) + page.path)
        if noted is None:
            continue
        try:
            st = path.stat()
            if [st.st_size, st.st_mtime_ns] != noted[:2] and \
                    _digest(path.read_bytes()) != noted[2]:
                found.append(path.as_posix())
        except OSError:  # removed, or not a file: nothing of the editor's to lose
            continue
    return tuple(found)


def _strays(current: Path, docs: Path, pages: tuple[Page, ...], digests: dict[str, list]
            ) -> tuple[str, ...]:
    """The files of the generated folders (``docs/events/`` ...) that the last build did not
    write (its pages are in ``digests``) and this one does not: written there by hand. Known
    only when the last build's list is (a first build, or one after the cache was deleted,
    finds none)."""
    if not digests:
        return ()
    at = _prefix(docs)
    ours = set(digests) | {at + page.path for page in pages}
    found = []
    root = os.fspath(current)
    for entry in ENTRY_FOLDERS:
        for dirpath, _dirs, files in os.walk(os.path.join(root, entry)):
            # (the folder's path below ``current``, as docs/ shows it)
            below = Path(os.path.relpath(dirpath, root)).as_posix()
            for file in files:
                path = f"{at}{below}/{file}"
                if path not in ours:
                    found.append(path)
    return tuple(sorted(found))


def _put(new: str, page: Page, old: str, noted: list | None, made: set[str]) -> list:
    """Write ``page`` into the folder ``new``: a hard link to the same page in ``old`` if its
    bytes are unchanged (its time kept), else the text. ``noted``: [size, time, digest] of the
    page the last build wrote, if known. A page is encoded piece by piece (the export of
    10,000 sources is 80 MB: whole, its bytes were the build's peak; it is given in pieces,
    ``model.Pieced``, and never joined). Returns the size, time and digest of the file written
    (a link's are its file's: one inode; as ``_write_known`` keeps them). ``made``: the
    folders made so far (each made once: a page's made again raised and caught an error).
    ``new`` and ``old`` are paths of folders, ``page.path`` a path below them."""
    target = os.path.join(new, page.path)
    parent = os.path.dirname(target)
    if parent not in made:
        os.makedirs(parent, exist_ok=True)
        made.add(parent)
    before = os.path.join(old, page.path)
    size, digest = _measure(page)
    try:
        st = os.stat(before)
        if st.st_size == size and (
                noted[2] == digest if noted is not None
                and noted[:2] == [st.st_size, st.st_mtime_ns] else _same(Path(before), page)):
            os.link(before, target)
            return [st.st_size, st.st_mtime_ns, digest]
    except OSError:  # not there before, or no hard links here: written
        pass
    written = Path(target)  # (a Path for the pages written: few after a build)
    with output.naming(target):
        if len(parts := page.pieces()) == 1 and len(parts[0]) <= PIECE:
            written.write_bytes(parts[0].encode("utf-8"))
        else:
            with written.open("wb") as f:
                for piece in _pieces(page):
                    f.write(piece)
    st = os.stat(target)
    return [st.st_size, st.st_mtime_ns, digest]


PIECE = 1 << 20  # characters of a page encoded at a time


def _pieces(page: Page) -> Iterator[bytes]:
    """A page's bytes (UTF-8), a piece of its text at a time."""
    for text in page.pieces():
        if len(text) <= PIECE:
            yield text.encode("utf-8")
            continue
        for at in range(0, len(text), PIECE):
            yield text[at:at + PIECE].encode("utf-8")


def _measure(page: Page) -> tuple[int, str]:
    """The size in bytes and the digest of a page's text in UTF-8."""
    h, size = hashlib.sha256(), 0
    for piece in _pieces(page):
        h.update(piece)
        size += len(piece)
    return size, h.hexdigest()


def _same(path: Path, page: Page) -> bool:
    """Does the file hold exactly ``page``'s text in UTF-8 (read piece by piece)?"""
    with path.open("rb") as f:
        return all(f.read(len(piece)) == piece for piece in _pieces(page)) and not f.read(1)


def _prefix(docs: Path) -> str:
    """What a page's path (``Page.path``: relative, as ``render`` makes them) is put after to
    make its path in docs/ as the note of pages keeps it: ``(docs / path).as_posix()``, joined
    as strings (``docs/`` for ``docs``, nothing for ``.``)."""
    return (docs / "-").as_posix()[:-1]


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _read_known(known: Path | None, docs: Path) -> dict[str, list]:
    """The pages the last build noted (``_write_known``), if the note is of the folder of pages
    in use: one left by an earlier build (a note that could not be replaced since: a read-only
    or immutable cache, a cache owned by another user) would make every page changed since
    look edited by hand."""
    if known is None:
        return {}
    data = output.read_json(known)  # missing or damaged: none known, every page compared
    if not isinstance(data, dict) or data.get(FOLDER_KEY) != _in_use(docs):
        return {}
    return {k: v for k, v in data.items() if isinstance(v, list) and len(v) == 3
            and all(type(n) is int for n in v[:2]) and isinstance(v[2], str)}


FOLDER_KEY = ""  # the note's entry for the folder it describes (a page's key is its path)


def _in_use(docs: Path) -> list | None:
    """The folder of pages in use: its name, inode and time (made new by each build, so a
    note of another build's folder does not match), or None."""
    current = pages_folder(docs) / CURRENT
    try:
        st = current.stat()
        return [os.readlink(current), st.st_ino, st.st_mtime_ns]
    except OSError:
        return None


def _write_known(known: Path, docs: Path, pages: tuple[Page, ...],
                 measured: dict[str, list] | None = None) -> None:
    """Keep each page's size, time and digest (disposable: not kept if it cannot be written;
    ``measured``: what ``_put`` gave for the files it wrote or linked, by page path: not asked
    of the file again through docs/' two links, 3,150 times a build at 1,000 sources)."""
    out: dict[str, list] = {}
    measured = measured or {}
    at = _prefix(docs)
    try:
        for page in sorted(pages, key=lambda p: p.path):
            path = at + page.path  # (strings, not Paths: as write_pages)
            if (noted := measured.get(page.path)) is not None:
                out[path] = noted
                continue
            st = os.stat(path)
            out[path] = [st.st_size, st.st_mtime_ns, _measure(page)[1]]
        out[FOLDER_KEY] = _in_use(docs)
        output.write_json(known, out)
    except OSError:
        return


def _can_link(folder: Path) -> bool:
    """Can symbolic links be made here (not on every filesystem or system)?"""
    probe = folder / ".probe"
    try:
        if probe.is_symlink():
            probe.unlink()
        os.symlink(CURRENT, probe)
    except OSError as exc:
        if exc.errno in NO_LINKS:
            return False
        raise
    probe.unlink()
    return True


def _ours(docs: Path, name: str) -> bool:
    entry = docs / name
    return entry.is_symlink() and os.readlink(entry) == link_target(docs, name)


def _adopt(docs: Path, work: Path) -> str:
    """The name of the current folder of pages, made if there is none, with every generated
    entry of docs/ a link through it. An entry that is not (real files and folders of an
    earlier version) is first copied into the current folder as hard links, then replaced by
    its link in one atomic step: docs/ shows the same pages before and after each step."""
    folder = pages_folder(docs)
    current = folder / CURRENT
    now = os.readlink(current) if current.is_symlink() else None
    if now not in FOLDERS:
        now = FOLDERS[0]
        output.fresh(folder, now)
        os.symlink(now, folder / f"{CURRENT}.new")
        os.replace(folder / f"{CURRENT}.new", current)
    for name in GENERATED:
        entry = docs / name
        if _ours(docs, name) or not (entry.exists() or entry.is_symlink()):
            continue
        kept = folder / now / name
        if kept.exists() or kept.is_symlink():
            output.remove(kept)
        if entry.exists():
            output.linked_copy(entry, kept)
        link = folder / f"{name}.link"
        if link.is_symlink():
            link.unlink()
        os.symlink(link_target(docs, name), link)
        if entry.is_dir() and not entry.is_symlink():
            if output.exchange(link, entry):  # the folder now stands where the link was
                output.remove(link)
            else:  # two renames, journaled: the next build finishes them if this one stops
                output.commit([(link, entry, work / "docs-old" / name)], work)
        else:
            os.replace(link, entry)
        output._step(f"adopted {name}")
    return now


def tidy(docs: Path) -> None:
    """Remove what a stopped build left in ``.timeline-pages/`` (all but ``current`` and the
    folder it names), and the links of docs/ that point at nothing (an entry no longer
    generated)."""
    folder = pages_folder(docs)
    current = folder / CURRENT
    try:
        if current.exists() and not current.is_symlink():
            output.remove(current)  # not a link (a folder, a file): not what a build makes
        now = os.readlink(current) if current.is_symlink() else None
        if folder.is_dir():
            for leftover in sorted(folder.iterdir()):
                if leftover.name not in (CURRENT, now):
                    output.remove(leftover)
        for name in GENERATED:
            if _ours(docs, name) and not (docs / name).exists():
                (docs / name).unlink()
        old = docs.parent / output.WORK / "docs-old"
        if old.exists():
            output.remove(old)
    except OSError as exc:
        raise output.describe(exc, "clean up") from None


def _without_links(pages: tuple[Page, ...], docs: Path, work: Path) -> None:
    """Where symbolic links cannot be made: the generated entries are real files and folders
    of docs/, written to ``.timeline-build/docs-new/`` and then moved in under the journal
    (a build killed during the moves is finished by the next)."""
    staging = output.fresh(work, "docs-new")
    try:
        for page in pages:
            target = staging / page.path
            target.parent.mkdir(parents=True, exist_ok=True)
            with output.naming(target):
                if len(page.pieces()) == 1:
                    target.write_text(page.text, encoding="utf-8", newline="\n")
                    continue
                with target.open("wb") as f:  # (a page in pieces: model.Pieced)
                    for piece in _pieces(page):
                        f.write(piece)
    except OSError as exc:
        raise output.describe(exc) from None
    output.commit([(staging / name if (staging / name).exists() else None, docs / name,
                    work / "docs-old" / name) for name in GENERATED], work)
    try:
        for leftover in (work / "docs-old", staging, pages_folder(docs)):
            if leftover.exists():
                output.remove(leftover)
    except OSError as exc:
        raise output.describe(exc, "remove") from None
