"""Compiled regular expressions kept between builds: how patterns are compiled, not what they are.

A rebuild after one source added compiles some 800 patterns (the reading, headline and
merging rules' at import, the tagger's and the vocabularies' when first used, Jinja's lexer),
all of them the same as the last build's: about 0.23 of its 2.5 CPU seconds in a process of
its own, nearly all of it in the standard library's parser and code generator
(``re._parser``, ``re._compiler``), which are pure Python. What they make for a pattern and its
flags is a list of integers, the same for the same Python; the C engine (``_sre.compile``)
makes a pattern from that list in microseconds. ``kept(path)`` keeps those lists in a file
(``.cache/patterns.bin``) and, while it is in force, compiles a pattern found there from its
list, and any other as the standard library does, noting its list for the next build.

Exact: a pattern made from the list equals the one ``re`` compiles (``re.Pattern``'s equality
compares the flags and the code; ``tests/test_patterns.py`` compares every pattern a build
kept); the file is keyed by the Python that made it (its version and build, the engine's
magic number and code size), and a Python that compiles otherwise, or one whose ``re`` has
no such parts, never reads it (``usable``: a pattern compiled both ways must come out equal
before any is taken from the file). Disposable, as every cache of ``.cache/``: a file missing,
cut short, changed since it was written (its digest), another Python's or not such a file is
read as none; an entry the engine refuses ("invalid SRE code": it checks every code it is
given) is compiled again; one that cannot be written is not kept. Data only: the patterns,
flags and group names as JSON and the codes' integers as an array's bytes, checked for their
shape, never code.

The file holds the patterns the last build compiled, then those of the builds before that it
did not compile, at most ``MOST`` in all: the tagger's rules a new article first tries, or
patterns made of its words, are taken from the file by the builds after, and a pattern no
build compiles any more falls out of it. A forked copy of the process (``parallel.fork_map``)
compiles through it too, but what it notes is its own: a pattern first compiled there is
noted by a later build that compiles it in its own process.
"""

from __future__ import annotations

import _sre
import contextlib
import hashlib
import json
import os
import re
import stat
import sys
from array import array
from collections.abc import Iterator
from pathlib import Path

from generator.output import write_whole

try:  # (CPython's parts of ``re``; ``usable`` checks that they do what they did when written)
    from re import _compiler, _parser
except ImportError:  # pragma: no cover - another Python
    _compiler = _parser = None  # type: ignore[assignment]
_STANDARD = getattr(_compiler, "compile", None)  # (the standard library's, as imported)

__all__ = ["FILENAME", "MOST", "Kept", "kept"]

FILENAME = "patterns.bin"  # in a project's .cache/ (cli.cmd_build)

# Patterns kept at most. A cold `timeline build` of the synthetic 1,000 sources compiles 1,287
# in its own process (MkDocs' among them), a rebuild after a source added some 970, of which
# about 80 the file did not hold (the tagger's rules first tried by the new text, patterns
# made of its names); reading the file costs about 7 ms and writing it 5 ms per 1,000. 2,000
# keeps a cold build's and the newcomers of some ten rebuilds after it. Not tuned otherwise.
MOST = 2_000
BIGGEST = 64 << 20  # bytes of a file read at most (one of 800 patterns is about 2 MB)
HEAD = b"timeline-patterns:"  # first line: this, the key, the digest of the rest

# the integers of a pattern's code, as bytes: the engine's code units are CODESIZE bytes
_UNIT = next((t for t in "IL" if array(t).itemsize == _sre.CODESIZE), None)


def python_key() -> str:
    """What the code of a pattern depends on besides the pattern: the Python that compiles it."""
    return hashlib.sha256("\x00".join(map(str, (
        sys.version, sys.implementation.cache_tag, _sre.MAGIC, _sre.CODESIZE, sys.maxunicode,
        sys.byteorder))).encode()).hexdigest()


def _code_of(pattern: str | bytes, flags: int) -> tuple:
    """What ``re._compiler.compile`` gives ``_sre.compile`` for ``pattern`` and ``flags``: the
    flags, the code, the number of groups less one, the group names and the names by group
    (Python 3.11's ``re._compiler.compile``, step by step)."""
    parsed = _parser.parse(pattern, flags)
    code = array(_UNIT, _compiler._code(parsed, flags))  # (4 bytes a unit while kept)
    names = parsed.state.groupdict
    by_group: list[str | None] = [None] * parsed.state.groups
    for name, i in names.items():
        by_group[i] = name
    return (flags | parsed.state.flags, code, parsed.state.groups - 1, dict(names),
            tuple(by_group))


def _made(pattern: str | bytes, made: tuple) -> re.Pattern:
    flags, code, groups, names, by_group = made
    return _sre.compile(pattern, flags, code.tolist(), groups, names, by_group)


def usable() -> bool:
    """Are this Python's parts of ``re`` those this module replays: does a pattern compiled
    from its code as ``_code_of`` makes it equal the one ``re`` compiles (flags, groups and
    code)? Else nothing is kept or read."""
    if _compiler is None or _UNIT is None or not hasattr(_compiler, "_code") \
            or not hasattr(_parser, "parse"):
        return False
    try:
        for pattern, flags in ((r"(?P<a>x+)(?:y|z)?\b(?P=a)", re.IGNORECASE.value),
                               (r"(?<![\w-])[A-Z][\w’'.-]*(?:\s+\d{1,2})?", 0),
                               (rb"[\x00-\x1f](?=a)", 0)):
            if _made(pattern, _code_of(pattern, flags)) != _STANDARD(pattern, flags):
                return False
    except Exception:  # noqa: BLE001 - any difference in the internals: not used
        return False
    return True


class Kept:
    """The patterns of ``path`` and those compiled while ``kept`` is in force."""

    def __init__(self, path: Path):
        self.path = path
        self.key = python_key()
        self.known: dict[tuple[str, int], tuple] = self._read()
        self.used: dict[tuple[str, int], tuple] = {}
        self.added = 0  # patterns compiled here that the file did not hold
        self.hits = 0
        self.compiled_otherwise = _compiler.compile  # (what ``kept`` puts back)

    def compile(self, pattern: object, flags: int = 0) -> re.Pattern:
        """``re._compiler.compile``: a pattern's code from the file where it holds it."""
        if type(pattern) is not str or type(flags) is not int or flags & re.DEBUG:
            # (bytes, a parsed pattern, a debugging flag: as ever)
            return self.compiled_otherwise(pattern, flags)
        key = (pattern, flags)
        made = self.used.get(key)
        if made is None and (made := self.known.get(key)) is not None:
            try:
                compiled = _made(pattern, made)
            except Exception:  # noqa: BLE001 - refused by the engine: compiled again below
                made = None
            else:
                self.hits += 1
                self.used[key] = made
                return compiled
        if made is None:
            made = _code_of(pattern, flags)
            self.added += 1
            if len(self.used) < MOST:
                self.used[key] = made
        return _made(pattern, made)

    def _read(self) -> dict[tuple[str, int], tuple]:
        try:
            fd = os.open(self.path, os.O_RDONLY | os.O_NONBLOCK)  # (a named pipe: not waited on)
        except OSError:
            return {}
        try:
            with open(fd, "rb") as f:
                if not stat.S_ISREG(os.fstat(fd).st_mode):
                    return {}
                data = f.read(BIGGEST + 1)
            head, _, body = data.partition(b"\n")
            if len(data) > BIGGEST or head != self._head(body):
                return {}
            table, _, codes = body.partition(b"\n")
            entries = json.loads(table)
            units = array(_UNIT)
            units.frombytes(codes)
            known, at = {}, 0
            for entry in entries:
                pattern, flags, final, size, groups, names, by_group = entry
                if not (isinstance(pattern, str) and type(flags) is int and type(final) is int
                        and type(size) is int and 0 < size <= len(units) - at
                        and type(groups) is int and isinstance(names, dict)
                        and all(type(i) is int for i in names.values())
                        and isinstance(by_group, list) and len(by_group) == groups + 1
                        and all(n is None or isinstance(n, str) for n in by_group)
                        # (each name the name of its group: a match asked for a group by a
                        # name the pattern does not have would be a traceback)
                        and all(0 < i <= groups and by_group[i] == n for n, i in names.items())
                        and sum(n is not None for n in by_group) == len(names)):
                    return {}
                known[(pattern, flags)] = (final, units[at:at + size], groups, names,
                                           tuple(by_group))
                at += size
            return known if at == len(units) else {}
        except (OSError, ValueError, TypeError, RecursionError):
            return {}

    def _head(self, body: bytes) -> bytes:
        return HEAD + self.key.encode() + b":" + hashlib.sha256(body).hexdigest().encode()

    def save(self) -> None:
        """Write the patterns compiled while in force, if any was not in the file (whole or not
        at all: a file beside it, renamed); if it cannot be written, it is not kept."""
        if not self.added:
            return
        # those compiled here first, then those of the file no build since has compiled, as
        # many as fit (a pattern made of one text falls out after some builds without it)
        kept = dict(self.used)
        for key, made in self.known.items():
            if len(kept) >= MOST:
                break
            kept.setdefault(key, made)
        table, units = [], array(_UNIT)
        for (pattern, flags), (final, code, groups, names, by_group) in kept.items():
            table.append([pattern, flags, final, len(code), groups, names, by_group])
            units.extend(code)
        body = json.dumps(table, ensure_ascii=True).encode() + b"\n" + units.tobytes()
        try:
            write_whole(self.path, lambda f: f.write(self._head(body) + b"\n" + body))
        except OSError:
            pass


@contextlib.contextmanager
def kept(path: Path) -> Iterator[Kept | None]:
    """Within, every pattern compiled (``re.compile``, ``re.search``, ... in any module, this
    process's) is made from its code where ``path`` holds it, and the patterns compiled are
    written to ``path`` at the end. Gives the ``Kept`` in force, or None where this Python's
    ``re`` is not the one this module knows (``usable``): patterns are then compiled as ever.
    Patterns ``re`` already holds in its own cache are not compiled again either way."""
    if not usable():
        yield None
        return
    if isinstance(outer := getattr(_compiler.compile, "__self__", None), Kept):
        yield outer  # (within another: the outer one keeps them all, once)
        return
    own = Kept(path)
    _compiler.compile = own.compile
    try:
        yield own
    finally:
        if _compiler.compile == own.compile:
            _compiler.compile = own.compiled_otherwise
        own.save()
