"""I/O out: a build replaces its output whole or not at all, whatever happens to it.

A build works in ``.timeline-build/`` at the project root (beside ``site/`` and ``docs/``, on the
same filesystem, so that renames are atomic)::

    .timeline-build/lock          held (flock) for the whole build: a second build exits 1
    .timeline-build/site-new/     MkDocs' output, Pagefind's index and the redirects, complete
                                  before site/ is touched
    .timeline-build/journal.json  moves still to make, written once what they move is complete;
                                  a build killed during them finishes them at the next start
                                  (roll forward). Used where an atomic step is not available
    .timeline-build/*-old/        what the moves replaced, deleted afterwards
    .timeline-build/site-spare/   the site before the last, kept for the next build to bring up
                                  to date in place (generator/site.py) rather than write a
                                  whole new tree and delete the old one: a folder and a file
                                  per page and redirect, whose deletion cost more than the rest
                                  of a one-source rebuild

``site/`` is switched in one step: an atomic exchange of the two directories (Linux
``renameat2(RENAME_EXCHANGE)``), so at every instant ``site/`` is the old site or the new one,
whole. Where the exchange is not available it is two renames under the journal. The generated
pages of ``docs/`` are switched in one step too, by generated/write.py (one rename of a link).

Whatever a build leaves in ``.timeline-build/`` (a kill -9, a full disk) is removed by the next
one, under the lock, so never while another build is using it. Every ``OSError`` on the way is
an ``OutputError``: one line naming the path, and the previous site is left as it was.
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import fcntl
import hashlib
import itertools
import json
import os
import re
import shutil
import stat
import tempfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

WORK = ".timeline-build"
LOCK = "lock"
JOURNAL = "journal.json"
SPARE = "site-spare"  # the site before the last (``switch(..., spare=True)``); any content will do
# staging folders of earlier versions of the generator, and Zensical's configuration file
# (zensical_site.py), left by interrupted builds
LEGACY = (".staging-*", ".old-*", ".site-staging-*", ".site-old-*", ".zensical-*.yml")


class OutputError(Exception):
    """A failure to write the output, as one line that names the path."""


class BuildRunning(OutputError):
    """Another build holds the lock."""


@contextlib.contextmanager
def naming(path: str | os.PathLike[str]) -> Iterator[None]:
    """An ``OSError`` raised while writing ``path`` names it: a failed ``write()`` names no
    file ("ulimit -f" on a rebuild said "cannot write the output: File too large")."""
    try:
        yield
    except OSError as exc:
        if exc.filename is None:
            exc.filename = os.fspath(path)
        raise


def describe(exc: OSError, doing: str = "write") -> OutputError:
    """``OSError`` -> ``OutputError``: 'cannot write site/x.html: No space left on device'."""
    path = exc.filename if exc.filename is not None else "the output"
    reason = exc.strerror or str(exc)
    return OutputError(f"cannot {doing} {_show(path)}: {reason}")


def _show(path: object) -> str:
    try:
        # (realpath: Path.resolve raises RuntimeError on a symbolic link to itself before
        # Python 3.13, and a link 'docs/js' -> 'js' ended the build in that traceback)
        return Path(os.path.realpath(path)).relative_to(os.path.realpath(Path.cwd())).as_posix()
    except (ValueError, OSError, TypeError):
        return str(path)


# Fault injection for tests: called with a step's name between the steps of a swap; a test
# raises from it to stop a build there, as a kill -9 would (nothing after it runs).
def _step(name: str) -> None:  # noqa: ARG001 - replaced in tests
    return None


@contextlib.contextmanager
def exclusive(root: Path) -> Iterator[Path]:
    """Hold the build lock of the project at ``root`` and yield its work folder, cleaned.

    Raises ``BuildRunning`` at once if another build holds the lock (``flock``: the kernel
    releases it when that build ends, even by kill -9, so a lock is never stale).
    """
    work = root / WORK
    lock = work / LOCK
    try:
        work.mkdir(parents=True, exist_ok=True)
        if lock.is_symlink() or lock.exists() and not lock.is_file() and not lock.is_dir():
            lock.unlink()  # a named pipe, a link (to nothing): no lock a build made (a build
            # holds a regular file), and one it cannot hold
        handle = open(lock, "a+b")  # noqa: SIM115 - held for the whole build
    except OSError as exc:
        exc.filename = exc.filename if exc.filename is not None else str(lock)
        raise describe(exc, "create") from None
    try:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise BuildRunning(f"another build is running (it holds {_show(work / LOCK)}); "
                               "wait for it to finish") from None
        recover(work, root)
        yield work
    finally:
        handle.close()  # releases the lock


def recover(work: Path, root: Path) -> None:
    """Finish the moves of an interrupted build (its journal), then remove its leftovers."""
    journal = work / JOURNAL
    try:
        if (journal.exists() or journal.is_symlink()) and not journal.is_file():
            remove(journal)  # a folder, a pipe, a link to nothing: no journal this code wrote
        if journal.exists():
            moves = json.loads(journal.read_text(encoding="utf-8"))
            _roll_forward([tuple(None if p is None else Path(p) for p in move) for move in moves])
            journal.unlink()
        for entry in sorted(work.iterdir()):
            if entry.name not in (LOCK, SPARE):
                remove(entry)
        for pattern in LEGACY:
            for entry in sorted(root.glob(pattern)):
                remove(entry)
    except OSError as exc:
        raise describe(exc, "clean up") from None
    except (ValueError, TypeError):  # not a journal this code wrote (it writes them whole,
        journal.unlink()              # by a rename): nothing to finish
        recover(work, root)


def read_json(path: Path) -> object | None:
    """The value ``write_json`` wrote to ``path``, or None: missing, not a regular file (a
    folder, a named pipe: never opened, it would wait for a writer), unreadable, truncated,
    nested too deeply, or changed since it was written (its digest does not match: a bit
    flipped in a text would otherwise be a page or a claim, silently). For the caches and
    states a build keeps in ``.cache/``: disposable, so any such file is read as none."""
    read = read_json_digested(path)
    return None if read is None else read[0]


def read_json_digested(path: Path) -> tuple[object, str] | None:
    """``read_json``'s value and the digest of the bytes it was read from (the digest
    ``write_json`` returned when it wrote them), or None where ``read_json`` gives None: what
    is made from the value alone is a function of that digest (``cache.ExtractCache.origins``)."""
    try:
        # (opened without waiting: a named pipe in its place opens at once, and is refused as
        # not a regular file, as a folder is; reading a regular file is the same either way)
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except OSError:
        return None
    try:
        with open(fd, "rb") as f:
            if not stat.S_ISREG(os.fstat(fd).st_mode):
                return None
            # a small file (an extraction entry, some 6 KB: a rebuild at 1,000 sources reads
            # 1,001 of them) in one read, its digest checked on the bytes read
            data = f.read(WHOLE + 1)
            if len(data) <= WHOLE:
                at = len(DIGEST) + 64
                body = data[at + 1:]
                digest = hashlib.sha256(body)
                if data[:len(DIGEST)] != DIGEST or data[at:at + 1] != b"\n" \
                        or data[len(DIGEST):at] != digest.hexdigest().encode():
                    return None
                return None if holds_surrogate(body) else (json.loads(body), digest.hexdigest())
            f.seek(0)
            # (a thirteenth sweep) the digest is checked a piece at a time before the rest is
            # read whole: a file of 1 GB of anything in place of headlines.json took a build
            # from 50 MB to 1 GB (and one larger than memory would have ended it)
            head = f.readline(len(DIGEST) + 65)
            if not head.startswith(DIGEST) or not head.endswith(b"\n"):
                return None
            digest = hashlib.sha256()
            while piece := f.read(1 << 20):
                digest.update(piece)
            if head != DIGEST + digest.hexdigest().encode() + b"\n":
                return None
            f.seek(len(head))
            data = f.read()
            return None if holds_surrogate(data) else (json.loads(data), digest.hexdigest())
    except (OSError, ValueError, RecursionError):
        return None


# a lone surrogate as a cache's JSON holds it: escaped ("\ud800", after an even run of
# backslashes; the writers here write every other character as it is, so an escaped pair of
# an astral character is taken for one too) or as its bytes ("surrogatepass"). No text read
# from a file holds one and no page can be written with one: a cache edited under a digest
# that matches put one in a title (UnicodeEncodeError writing its page, the eighteenth sweep),
# so a file holding one is read as none.
SURROGATE = re.compile(rb"(?:^|[^\\])(?:\\\\)*\\u[dD][89a-fA-F][0-9a-fA-F]{2}|\xed[\xa0-\xbf]")


def holds_surrogate(data: bytes) -> bool:
    """Does ``data`` hold a lone surrogate as ``SURROGATE`` finds one? Found only where an
    escape (a backslash and 'u') or the byte that begins one's UTF-8 stands at all: the
    pattern has no literal start, so it was tried at every byte (0.43 of 4 CPU seconds of a
    rebuild at 1,000 sources, the extraction cache's 1,000 files; ``in`` takes 0.01)."""
    return (b"\\u" in data or b"\xed" in data) and SURROGATE.search(data) is not None


DIGEST = b"sha256:"  # the first line of a file of ``write_json``: the digest of the rest
WHOLE = 1 << 16  # bytes of a file ``read_json_digested`` reads in one piece at most


def write_json(path: Path, value: object) -> str:
    """Write ``value`` as JSON to ``path`` whole or not at all (a file beside it, renamed),
    under a first line with its digest (``read_json``), and return that digest (what
    ``read_json_digested`` gives with the value). Whatever stands at ``path`` is replaced, a
    folder included: the caches are the build's own. Raises OSError."""
    return _write_digested(path, _json_pieces(value, JSON_DEPTH))


def write_json_lines(path: Path, key: str, table: dict[str, object]) -> None:
    """Write a table as ``write_json`` writes a value (whole or not at all, under a first line
    with the digest of the rest), one JSON line per entry after a line holding ``key``: a
    build reads it back an entry at a time (``read_json_lines``), never as one string (the page
    cache of 10,000 sources is 200 MB: read whole, it took a rebuild from 717 to 1,442 MB).
    Raises OSError."""
    _write_digested(path, itertools.chain(
        [json.dumps(key) + "\n"], (json.dumps([k, v], ensure_ascii=False) + "\n" for k, v in table.items())))


def write_texts(path: Path, key: str, table: dict[str, list[str]]) -> None:
    """Write a table of texts (key -> a list of texts) as ``write_json_lines`` writes one,
    whole or not at all under a first line with the digest of the rest and a line holding
    ``key``, each entry a record of its texts' bytes (UTF-8) after a line of their lengths:
    read back an entry at a time (``read_texts``) with no escape to undo. The page cache was
    JSON lines, and its 24 MB at 1,000 sources took 0.2 s to write and as much to read, each
    page's HTML escaped and unescaped character by character. Raises OSError."""
    def records() -> Iterator[bytes | str]:
        yield json.dumps(key) + "\n"
        for k, texts in table.items():
            data = [t.encode("utf-8", "surrogatepass") for t in (k, *texts)]
            # (a record in one piece: one write and one digest step each, not four)
            yield b"".join([" ".join(str(len(d)) for d in data).encode(), b"\n", *data])

    _write_digested(path, records())


def read_texts(path: Path, key: str, errors: str = "surrogatepass") -> dict[str, list[str]]:
    """The table ``write_texts`` wrote to ``path`` under ``key``, or {}: missing, not a
    regular file, unreadable, changed since it was written, another key's, or not such a file
    (as ``read_json_lines``). Read twice, a piece at a time: its digest first, then its
    entries. With ``errors="strict"``, a text holding a lone surrogate makes it {} too (what
    no page can be written with)."""
    return read_texts_digested(path, key, errors)[0]


def read_texts_digested(path: Path, key: str, errors: str = "surrogatepass"
                        ) -> tuple[dict[str, list[str]], str]:
    """``read_texts``' table and the digest of the bytes it was read from ("" with an empty
    table): what a file of changes names as the table it changes (``cache.PageCache``)."""
    try:
        if not path.is_file():
            return {}, ""
        with path.open("rb") as f:
            head = f.readline(len(DIGEST) + 65)
            digest = hashlib.sha256()
            while piece := f.read(1 << 20):
                digest.update(piece)
            if head != DIGEST + digest.hexdigest().encode() + b"\n":
                return {}, ""
            left = f.tell()
            f.seek(len(head))
            if json.loads(f.readline(len(json.dumps(key)) + 1)) != key:
                return {}, ""
            table: dict[str, list[str]] = {}
            while line := f.readline(RECORD_LINE):
                lengths = [int(n) for n in line.split()]
                if not line.endswith(b"\n") or not lengths or min(lengths) < 0 \
                        or sum(lengths) > left - f.tell():
                    return {}, ""
                data = f.read(sum(lengths))
                texts, at = [], 0
                for n in lengths:
                    texts.append(data[at:at + n].decode("utf-8", errors))
                    at += n
                table[texts[0]] = texts[1:]
            return table, digest.hexdigest()
    except (OSError, ValueError, TypeError, RecursionError):
        return {}, ""


RECORD_LINE = 256  # the longest line of lengths ``read_texts`` reads (a record of a few texts)


def write_whole(path: Path, write: Callable[[BinaryIO], object]) -> None:
    """``path`` written whole or not at all: ``write`` fills a file beside it, which then
    replaces it (removed if anything fails on the way). A folder in its place is removed first:
    what this writes is the build's own (caches), and no file could be renamed over a folder
    (the merge cache's arrays and the kept patterns were never written again after one)."""
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with naming(path), os.fdopen(fd, "wb") as f:
            write(f)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _write_digested(path: Path, pieces: Iterable[str | bytes]) -> str:
    """Write ``pieces`` to ``path`` whole or not at all, under a first line with the digest of
    the rest, and return that digest. Written in pieces, the digest last in its place: the page
    cache of 10,000 sources is 200 MB of JSON, and as one string and its bytes it cost 500 MB at
    the build's peak."""
    digest = hashlib.sha256()

    def write(f: BinaryIO) -> None:
        f.write(DIGEST + b"0" * 64 + b"\n")
        for piece in pieces:
            data = piece if isinstance(piece, bytes) else piece.encode("utf-8", "surrogatepass")
            digest.update(data)
            f.write(data)
        f.seek(len(DIGEST))
        f.write(digest.hexdigest().encode())

    write_whole(path, write)
    return digest.hexdigest()


def read_json_lines(path: Path, key: str) -> dict[str, object]:
    """The table ``write_json_lines`` wrote to ``path`` under ``key``, or {}: missing, not a
    regular file, unreadable, changed since it was written, another key's, or not such a file.
    Read twice, a piece at a time: its digest first, then its entries."""
    try:
        if not path.is_file():
            return {}
        with path.open("rb") as f:
            # (hostile27: an unbounded first line read a sparse 1 GB file whole: 2.1 GB of
            # memory; the digest line has a known length)
            head = f.readline(len(DIGEST) + 65)
            digest = hashlib.sha256()
            while piece := f.read(1 << 20):
                digest.update(piece)
            if head != DIGEST + digest.hexdigest().encode() + b"\n":
                return {}
            f.seek(len(head))
            if json.loads(f.readline(len(json.dumps(key)) + 1)) != key:
                return {}
            table: dict[str, object] = {}
            for line in f:
                if holds_surrogate(line):
                    return {}
                k, v = json.loads(line)
                table[k] = v
            return table
    except (OSError, ValueError, TypeError, RecursionError):
        return {}


JSON_DEPTH = 2  # levels of dicts written key by key (the file's, then its table's)


def _json_pieces(value: object, depth: int) -> Iterator[str]:
    """``json.dumps(value, ensure_ascii=False)`` in pieces, the same text: a dict of string keys
    is written key by key down to ``depth`` levels, anything else whole.

    >>> v = {"key": "k", "pages": {"a": ["x", "ü"], "b": [1, None]}, "n": 2}
    >>> "".join(_json_pieces(v, 2)) == json.dumps(v, ensure_ascii=False)
    True
    """
    if depth <= 0 or not isinstance(value, dict) or not all(isinstance(k, str) for k in value):
        yield json.dumps(value, ensure_ascii=False)
        return
    yield "{"
    for i, (key, item) in enumerate(value.items()):
        yield (", " if i else "") + json.dumps(key, ensure_ascii=False) + ": "
        yield from _json_pieces(item, depth - 1)
    yield "}"


def remove(path: Path) -> None:
    """Delete a file, a symlink or a folder tree."""
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path)
    else:
        path.unlink()


def linked_copy(source: Path, target: Path) -> None:
    """A copy of the file or folder tree ``source`` (symbolic links followed) at ``target``,
    each file a hard link to the source's (a copy where the filesystem cannot link): it costs a
    directory entry per file, and each keeps its bytes and modification time."""
    def put(file: Path, to: Path) -> None:
        real = file.resolve()  # os.link links a symbolic link itself on Linux, not its file
        try:
            os.link(real, to)
        except OSError:  # another filesystem, or no hard links
            shutil.copy2(real, to)

    if not source.is_dir():
        put(source, target)
        return
    for folder, dirs, files in os.walk(source, followlinks=True):
        dirs.sort()
        here = target / Path(folder).relative_to(source)
        here.mkdir(exist_ok=True)
        for name in sorted(files):
            if (Path(folder) / name).exists():  # not a link to nothing
                put(Path(folder) / name, here / name)


def fresh(work: Path, name: str) -> Path:
    """An empty folder ``work/name`` (whatever was there is removed)."""
    path = work / name
    try:
        if path.exists() or path.is_symlink():
            remove(path)
        path.mkdir(parents=True)
    except OSError as exc:
        raise describe(exc, "create") from None
    return path


def commit(moves: list[tuple[Path | None, Path, Path]], work: Path) -> None:
    """Move each ``new`` to its ``target``, the ``target`` first to ``old``; journaled.
    A ``new`` of None removes the target (moved to ``old``).

    Every ``new`` must be complete. If the build dies during the moves, the next start
    (``recover``) makes the rest of them: the moves are idempotent, a kill at any point
    leaves each target old or new and the journal finishes the set.
    """
    journal = work / JOURNAL
    tmp = work / (JOURNAL + ".tmp")
    try:
        with open(tmp, "w", encoding="utf-8") as f:
            # absolute: the next start may run from another folder
            json.dump([[None if p is None else os.path.abspath(p) for p in move]
                       for move in moves], f)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, journal)
        _step("journal written")
    except OSError as exc:
        raise describe(exc, "write") from None
    try:
        _roll_forward(moves)
    except OSError as exc:  # read-only, immutable: put back what moved, if that can be done
        failure = describe(exc, "replace")
        try:
            _roll_back(moves)
            journal.unlink()
        except OSError:  # the journal stays: the next start finishes the moves
            raise OutputError(f"{failure}; the next build finishes replacing it") from None
        raise failure from None
    journal.unlink()


def _roll_back(moves: list[tuple[Path | None, ...]]) -> None:
    """Undo the moves made so far (after a failure, not a kill: a kill rolls forward)."""
    for new, target, old in reversed(moves):
        if new is not None and not (new.exists() or new.is_symlink()) and target.exists():
            target.rename(new)  # moved in: back out
        if (old.exists() or old.is_symlink()) and not (target.exists() or target.is_symlink()):
            old.rename(target)  # moved out: back in


def _roll_forward(moves: list[tuple[Path | None, ...]]) -> None:
    for new, target, old in moves:
        if new is None:  # the target is no longer generated: only moved out
            if target.exists() or target.is_symlink():
                old.parent.mkdir(parents=True, exist_ok=True)
                target.rename(old)
                _step(f"moved out {target.name}")
            continue
        if not (new.exists() or new.is_symlink()):
            continue  # moved in already
        if target.exists() or target.is_symlink():
            if old.exists() or old.is_symlink():
                remove(old)
            old.parent.mkdir(parents=True, exist_ok=True)
            target.rename(old)
            _step(f"moved out {target.name}")
        target.parent.mkdir(parents=True, exist_ok=True)
        new.rename(target)
        _step(f"moved in {target.name}")


RENAME_EXCHANGE = 2
AT_FDCWD = -100


def exchange(a: Path, b: Path) -> bool:
    """Swap two paths in one atomic step (Linux ``renameat2``); False where not available."""
    try:
        renameat2 = ctypes.CDLL(None, use_errno=True).renameat2
    except (AttributeError, OSError):
        return False
    renameat2.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p,
                          ctypes.c_uint]
    if renameat2(AT_FDCWD, os.fsencode(a), AT_FDCWD, os.fsencode(b), RENAME_EXCHANGE) == 0:
        return True
    err = ctypes.get_errno()
    if err in (errno.ENOSYS, errno.EINVAL, errno.ENOTSUP):  # kernel or filesystem cannot
        return False
    raise OSError(err, os.strerror(err), str(b))


def switch(new: Path, target: Path, work: Path, spare: bool = False) -> None:
    """Make the complete folder ``new`` the folder ``target`` in one step; ``new`` is gone
    after (or, if the build dies right after the switch, removed by the next start). With
    ``spare``, the old folder is kept as ``work/SPARE`` instead of deleted."""
    try:
        if target.exists() and not exchange(new, target):
            old = work / f"{target.name}-old"
            commit([(new, target, old)], work)
            if spare and old.is_dir():
                _keep(old, work / SPARE)
            return
        if not target.exists():
            new.rename(target)
            return
        _step("switched")
        if spare:
            _keep(new, work / SPARE)  # now the old folder
        else:
            remove(new)
    except OSError as exc:
        raise describe(exc, "replace") from None


def _keep(old: Path, spare: Path) -> None:
    if spare.exists() or spare.is_symlink():
        remove(spare)
    old.rename(spare)
