"""Per-source extraction results cached on disk, so that adding one source re-extracts one file.

A source's entry is keyed by its content (the whole file), its id, a fingerprint of the
generator (its version, its rule and vocabulary files and the code that extracts) and one of the
project data extraction reads (the entity registry: ``Project.fingerprint``). Change any of
them and every entry is stale. Entries are JSON under ``.cache/extract/``; a corrupt or
unreadable entry is simply recomputed.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import os
import re
import sys
from array import array
from collections import Counter
from collections.abc import Callable
from collections.abc import Set as AbstractSet
from functools import lru_cache
from pathlib import Path

from generator import __version__
from generator.merge_memo import ARRAYS, MergeMemo, decode, encode
from generator.model import Attribution, Claim, Follows, Source, TimeValue, Timex
from generator.output import (
    read_json,
    read_json_digested,
    read_json_lines,
    read_texts,
    read_texts_digested,
    write_json,
    write_json_lines,
    write_texts,
    write_whole,
)
from generator.problems import Problem
from generator.sources import CONTROL, EARLIEST_YEAR, Known, parse_source, supported_language

PACKAGE = Path(__file__).parent
# what extraction depends on: change one of these and cached claims are stale
# (sources.py: it cuts a file into the text read, and the registry's names are found by its
# ZERO_WIDTH; the function extraction runs is claims.extract_source, not pipeline.py's;
# headlines.py: its words() tell a description's head from a role or a verb, claims.described)
INPUTS = ("sources.py", "text.py", "claims.py", "attribution.py", "entities.py", "features.py", "model.py",
          "headlines.py", "timex/*.py",
          "timex/rules/*.yaml", "data/*.yaml", "lang/*.py", "lang/*/*.yaml")


@lru_cache(maxsize=1)
def fingerprint() -> str:
    h = hashlib.sha256(__version__.encode())
    for pattern in INPUTS:
        for path in sorted(PACKAGE.glob(pattern)):
            h.update(path.relative_to(PACKAGE).as_posix().encode())
            h.update(path.read_bytes())
    return h.hexdigest()


def claim_to_json(c: Claim) -> dict:
    return {
        "id": c.id, "source": c.source, "text": c.text, "start": c.start, "end": c.end,
        "line": c.line, "when": [c.when.start.isoformat(), c.when.end.isoformat(),
                                 c.when.granularity],
        "basis": c.basis,
        "timex": None if c.timex is None else [c.timex.start, c.timex.end, c.timex.text,
                                               c.timex.type, c.timex.value, c.timex.mod,
                                               c.timex.rule],
        "attribution": None if c.attribution is None else [c.attribution.text,
                                                           c.attribution.entity],
        "actors": list(c.actors), "places": list(c.places),
        "mentions": [list(m) for m in c.mentions], "part": c.part, "subject": c.subject,
        "described": c.described,
    }


def claim_from_json(d: dict) -> Claim:
    start, end, granularity = d["when"]
    t = d["timex"]
    a = d["attribution"]
    return Claim(
        d["id"], d["source"], d["text"], d["start"], d["end"], d["line"],
        TimeValue(dt.date.fromisoformat(start), dt.date.fromisoformat(end), granularity),
        d["basis"], None if t is None else Timex(*t),
        None if a is None else Attribution(*a), tuple(d["actors"]), tuple(d["places"]),
        tuple((m[0], m[1], m[2]) for m in d["mentions"]), d["part"], d.get("subject"), d.get("described"),
    )


class ExtractCache:
    """Claims and sentence statistics per source, stored as JSON files in ``folder``."""

    def __init__(self, folder: Path, project: str = ""):
        self.folder = folder
        self.project = project  # fingerprint of the project's data extraction reads
        self.hits = 0
        self.misses = 0
        # the cache is disposable: a folder that cannot be written is a warning, not a failure
        self.problems: list[Problem] = []  # warnings
        # source id -> its claims as read from its entry (or written to it, as they read back)
        # and the digest of the entry's bytes: what ``origins`` gives
        self.read: dict[str, tuple[tuple[Claim, ...], str]] = {}

    def key(self, source: Source) -> str:
        h = hashlib.sha256(fingerprint().encode() + b"\x00" + self.project.encode())
        h.update(source.id.encode() + b"\x00" + source.path.encode() + b"\x00")
        h.update(source.raw.encode("utf-8"))
        return h.hexdigest()

    def get(self, source: Source, counts: bool = True
            ) -> tuple[tuple[Claim, ...], int, Counter[str]] | None:
        """The source's entry; None (extracted anew) if there is none or it is damaged:
        truncated, changed since written, a folder, of another shape (``output.read_json``).
        Without ``counts`` its words' counts are neither read nor checked (an empty Counter:
        a build weighs words by the fixed table, ``events.word_table``, and never reads them)."""
        key = self.key(source)
        read = read_json_digested(self.folder / f"{key}.json")
        data, digest = read if read is not None else (None, "")
        try:
            # (a thirteenth sweep) an entry holds its key: one copied, linked or renamed to
            # another source's name (its digest holds) gave that source its claims
            if not isinstance(data, dict) or data.get("key") != key \
                    or not _count(data["sentences"]) \
                    or counts and (not isinstance(data["df"], dict) or not all(
                        isinstance(k, str) and _count(v) for k, v in data["df"].items())):
                raise TypeError  # counts of another shape would be summed into every weight
            result = (tuple(claim_from_json(c) for c in data["claims"]), data["sentences"],
                      Counter(data["df"]) if counts else Counter())
        except (ValueError, LookupError, TypeError, AttributeError):
            self.misses += 1
            return None
        self.hits += 1
        self.read[source.id] = (result[0], digest)
        return result

    def origins(self) -> dict[int, tuple[Claim, bytes]]:
        """For each claim read from an entry (or written to one, as it reads back) and still
        the same object: the claim, and a digest of where it came from, the entry's digest and
        its place in it (id -> both, as ``render.Reuse`` keeps the digests of the values it is
        given). A claim is a function of its entry's bytes (``claim_from_json``, nothing else),
        so this digest stands for its ``repr``'s, and costs a thousandth of it (a rebuild at
        1,000 sources took 0.09 CPU s to digest 9,100 claims' ``repr``); it never equals a
        ``repr``'s digest (another preimage), so a page kept under the one is made again under
        the other, never taken for it."""
        out = {}
        for claims, digest in self.read.values():
            for n, c in enumerate(claims):
                out[id(c)] = (c, hashlib.sha256(b"\x00extracted\x00%s\x00%d" % (digest.encode(), n)).digest())
        return out

    def remove_torn(self, *also: Path) -> None:
        """Delete entries a killed build left half-written (``*.tmp``: never read, but they
        would pile up), here and in the folders ``also`` (where the other caches and states
        are written the same way). Only under the build lock: another build may be writing
        its own."""
        try:
            for tmp in sorted(p for folder in (self.folder, *also) for p in folder.glob("*.tmp")):
                if tmp.is_file() or tmp.is_symlink():
                    tmp.unlink()
        except OSError as exc:
            self._cannot_write(exc)

    def prune(self, keys: AbstractSet[str]) -> None:
        """Delete the entries of no key in ``keys`` (the sources' of this build): an edited
        source left one behind at each save, and the folder grew with a project's edits, not its
        size (hostile36: eight builds of one source, eight entries). Only under the build lock;
        an entry that cannot be deleted is left (the cache is disposable)."""
        try:
            entries = sorted(self.folder.glob("*.json"))
        except OSError:
            return
        for entry in entries:
            if entry.stem not in keys:
                try:
                    if entry.is_file() or entry.is_symlink():
                        entry.unlink()
                except OSError:
                    pass

    def _cannot_write(self, exc: OSError) -> None:
        if not self.problems:
            where = exc.filename if exc.filename is not None else self.folder
            if Path(where).name.endswith(".tmp") or os.path.realpath(Path(where).parent) == os.path.realpath(self.folder):
                where = self.folder  # (an eleventh sweep) not the hidden file of a write
                # begun (absolute, gone once refused), nor one of its many entries
            self.problems.append(Problem(
                Path(where).as_posix(), None, None, f"cannot be written ({exc.strerror or exc}): "
                "the extraction cache is not used, every source is extracted anew", "warning"))

    def put(self, source: Source, claims: tuple[Claim, ...], sentences: int,
            df: Counter[str]) -> tuple[Claim, ...] | None:
        """Store a source's results; if the folder cannot be written, say so once (in
        ``problems``, as a warning) and go on without storing: the build does not need it.
        Returns the claims as read back from the entry (equal to ``claims``), None if not
        stored."""
        if self.problems:
            return None
        key = self.key(source)
        data = {"key": key, "claims": [claim_to_json(c) for c in claims], "sentences": sentences,
                "df": dict(sorted(df.items()))}
        try:  # whole or not at all (a torn .tmp file is never read: entries end in .json)
            digest = write_json(self.folder / f"{key}.json", data)
        except OSError as exc:
            self._cannot_write(exc)
            return None
        # the claims as the next build reads them back (the same values: the entry holds every
        # field), so that what this build renders from them is known by the entry's digest
        again = tuple(claim_from_json(c) for c in data["claims"])
        self.read[source.id] = (again, digest)
        return again


def _count(value: object) -> bool:
    """A count as an extraction entry keeps it: an int (not a bool), not negative."""
    return type(value) is int and value >= 0


class HeadlineCache:
    """The headlines an earlier build made (``headlines.remembering``), in one JSON file: an
    event's title is chosen among the headlines of its sentences, and making one costs a run
    of the tagger and the headline rules, so a build after another takes them from here. Keyed
    by what makes them: the generator (the headline rules and their vocabulary included) and
    the project's data (``Project.fingerprint``: the entity registry). Disposable: a missing,
    corrupt or foreign file is an empty table, and one that cannot be written is not kept."""

    FIELD = "headlines"  # the table's name in the file

    def __init__(self, path: Path, project: str = ""):
        self.path = path
        h = hashlib.sha256(fingerprint().encode() + b"\x00" + project.encode() + b"\x00")
        h.update((PACKAGE / "headlines.py").read_bytes())
        self.key = h.hexdigest()

    def load(self) -> dict[str, list[str]]:
        """The table, each entry a pair of texts; empty if the file is missing, damaged or
        another generator's (``output.read_json``)."""
        data = read_json(self.path)
        if not isinstance(data, dict) or data.get("key") != self.key \
                or not isinstance(data.get(self.FIELD), dict):
            return {}
        return {k: v for k, v in data[self.FIELD].items()
                if isinstance(v, list) and len(v) == 2 and all(isinstance(t, str) for t in v)}

    def save(self, headlines: dict[str, list[str]]) -> None:
        """Keep the headlines this build asked for (so the file holds no more than a build
        needs), written whole or not at all; a file that cannot be written is not kept."""
        try:
            write_json(self.path, {"key": self.key, self.FIELD: dict(sorted(headlines.items()))})
        except OSError:
            pass


class PageCache(HeadlineCache):
    """The pages the last build rendered (``render.Reuse``): each event, source and entity
    page with a digest of what its template was given, so that a build after another renders
    only the pages whose event, source or entity changed. Keyed by what else makes them: the
    whole generator package (its code and data), and the project's templates, settings and
    registry (``project``). Disposable, like the headline cache.

    Two files, so that a build after another writes only what changed: the table as one build
    left it (``path``, ``output.write_texts``: 20 MB at 1,000 sources, 200 MB at 10,000) and
    beside it the changes of the builds since (``delta``: the entries that differ from it, and
    each entry it holds that they do not as a record of no texts), which names the table it
    changes by that file's digest. A build writes the changes again (some 70 entries, 2 MB,
    after a source added at 1,000 sources), and the table whole once they pass
    ``DELTA_SHARE`` of it. Changes
    of another table (one written since, a build stopped between the two files) are not
    read; neither is a damaged file of changes: what is read is then an earlier build's
    table, whose entries are taken only where the digest of what they were made of is the
    same (``render.Reuse``), so a stale entry is made again, never shown."""

    FIELD = "pages"
    # The changes are written into the table once their texts pass this share of its bytes.
    # A source added to the synthetic 1,000 changes some 70 of 7,250 entries, but 2 of the
    # table's 25 MB (the pages of the crowded events it joins are the largest): the changes
    # grow by about 8 % a build, and with a share s a cycle of about s/0.08 + 1 builds writes
    # 0.08, 0.16 ... of the table, then the table, and reads 1 + s/2 of it a build: 0.25
    # writes 0.37 of the table a build instead of all of it and reads 12 % more (0.1 would
    # write 0.54; 0.5, 0.38 and read 24 % more). Chosen by that sum, not tuned otherwise.
    DELTA_SHARE = 0.25

    def load(self) -> dict[str, list[str]]:
        """As the headline cache's, read an entry at a time (``output.read_texts``), with the
        changes since applied; a file whose texts hold a lone surrogate is none (a page written
        with it was a traceback: a cache edited under a digest that matches, the eighteenth
        sweep)."""
        table, self.base_digest = read_texts_digested(self.path, self.key, "strict")
        # (each entry of the table known by its first text, the digest of what made it: the
        # texts replaced by the changes are let go)
        self.base = {k: v[0] if v else "" for k, v in table.items()}
        if self.base_digest:
            for k, v in read_texts(self.delta, self._delta_key(), "strict").items():
                if v:
                    table[k] = v
                else:
                    table.pop(k, None)
        return {k: v for k, v in table.items()
                if len(v) == 2 or k.startswith("pieces#")}  # (render.Pieces: one per event)

    def save(self, pages: dict[str, list[str]]) -> None:
        """Keep this build's entries (so the file holds no more than a build needs): the
        changes since the table ``load`` read, or, without one or when they have grown past
        ``DELTA_SHARE`` of it, the table whole (the changes removed first: a build stopped
        between the two leaves the table before, or the new one alone). A file that cannot be
        written is not kept."""
        base = self.base if self.base_digest else None
        try:
            if base is not None:
                # (an entry whose first text, the digest of what made it, is the table's is
                # the table's: its texts are what that digest's values make, ``render.Reuse``)
                changes: dict[str, list[str]] = {k: v for k, v in pages.items()
                                                 if not v or base.get(k) != v[0]}
                changes.update((k, []) for k in base if k not in pages)
                size = sum(len(t) for v in changes.values() for t in v)
                if self.path.is_file() and size <= self.DELTA_SHARE * self.path.stat().st_size:
                    write_texts(self.delta, self._delta_key(), dict(sorted(changes.items())))
                    return
            with contextlib.suppress(FileNotFoundError):
                self.delta.unlink()
            write_texts(self.path, self.key, dict(sorted(pages.items())))
        except OSError:
            pass

    def _delta_key(self) -> str:
        """The key of the file of changes: the table's key and the digest of the table's file
        it changes."""
        return f"{self.key} {self.base_digest}"

    def __init__(self, path: Path, project: str = ""):
        self.path = path
        self.delta = path.with_suffix(".delta")
        self.base: dict[str, str] = {}  # the table ``load`` read, before the changes: each
        # entry's first text
        self.base_digest = ""  # the digest of its file ("": none read)
        h = hashlib.sha256(b"pages, texts\x00" + __version__.encode() + b"\x00" + project.encode())
        for file in sorted(PACKAGE.rglob("*")):
            if file.suffix in (".py", ".yaml", ".yml", ".json") and "skeleton" not in file.parts:
                h.update(file.relative_to(PACKAGE).as_posix().encode() + b"\x00")
                h.update(file.read_bytes())
        self.key = h.hexdigest()


@lru_cache(maxsize=1)
def package_digest() -> str:
    """A digest of the whole generator package, its code and data: every file of it but the
    skeleton ``timeline init`` copies and Python's compiled files."""
    h = hashlib.sha256(__version__.encode() + b"\x00")
    for file in sorted(PACKAGE.rglob("*")):
        if file.is_file() and file.suffix != ".pyc" \
                and not {"skeleton", "__pycache__"} & set(file.relative_to(PACKAGE).parts):
            h.update(file.relative_to(PACKAGE).as_posix().encode() + b"\x00")
            h.update(file.read_bytes())
    return h.hexdigest()


class MergeCache:
    """What the last merge did (``merge_memo.MergeMemo``: each report's vectors and units, the
    scores of the pairs of units it compared, its events' titles), so that a build after
    another prepares only the new or changed reports, scores only the pairs and titles only the
    events it did not before. Two files: ``path`` (JSON: the units' and reports' keys, the
    titles) and the arrays beside it (``.bin``: pairs, vectors, units; the JSON holds their
    digest).
    Keyed by the whole generator package (code, rules, the word table), the project's data
    (``Project.fingerprint``: the registry) and the machine's byte order. Disposable: a missing,
    damaged, foreign or stale pair of files is a cold merge, and one that cannot be written is
    not kept (the next merge is cold); neither is an error."""

    def __init__(self, path: Path, project: str = ""):
        self.path = path
        self.arrays = path.with_suffix(".bin")
        h = hashlib.sha256(b"merge\x00" + package_digest().encode() + b"\x00"
                           + project.encode() + b"\x00" + sys.byteorder.encode())
        self.key = h.hexdigest()

    def load(self) -> MergeMemo:
        """A memo holding the last merge's work, or none of it (a cold merge) if the files
        are missing, damaged or another generator's."""
        head = read_json(self.path)
        last = None
        try:
            if isinstance(head, dict) and head.get("key") == self.key \
                    and isinstance(memo := head.get("memo"), dict) \
                    and isinstance(sizes := memo.get("sizes"), list) \
                    and len(sizes) == len(ARRAYS) and all(type(n) is int for n in sizes) \
                    and self.arrays.is_file() and self.arrays.stat().st_size == sum(
                        n * array(kind).itemsize for (_, kind), n in zip(ARRAYS, sizes, strict=True)):
                # (its size checked first: a file of anything in its place is never read whole;
                # the arrays are read into their own memory, not through a copy of the file)
                arrays = []
                with self.arrays.open("rb") as f:
                    for (_, kind), n in zip(ARRAYS, sizes, strict=True):
                        arrays.append(array(kind))
                        arrays[-1].fromfile(f, n)
                last = decode(memo, arrays)
        except (OSError, EOFError):
            last = None
        return MergeMemo(self.key, last)

    def save(self, memo: MergeMemo) -> None:
        """Keep what this merge did for the next (the arrays first, then the file naming their
        digest, each whole or not at all); if they cannot be written, they are not kept."""
        if memo.kept is None:
            return
        head, arrays = encode(memo.kept)
        try:
            write_whole(self.arrays, lambda f: [a.tofile(f) for pieces in arrays for a in pieces])
            write_json(self.path, {"key": self.key, "memo": head})
        except OSError:
            pass


class SourceCache(Known):
    """What reading a source file works out of that file alone (``sources.Known``): its front
    matter read and checked (``parse_source``: the ``Source`` and the problems it found) and
    the warnings of its own text (its dateline, a sentence without end), kept by the file's
    path, id and text, in one file of a JSON line per source (``output.write_json_lines``).
    Keyed by the whole generator package (what reads a file is in it); the project's data
    are not read. What compares one file with the others (ids, urls, copies, loops of
    rewrites) and a date against today are checked every time. Disposable, like the headline
    cache: a missing, damaged or foreign file, or an entry of another shape, is read as none
    (the file is read again), and one that cannot be written is not kept. Only the files of
    this build are written back: at 10,000 sources about 5 MB."""

    def __init__(self, path: Path):
        self.path = path
        self.key = hashlib.sha256(b"sources\x00" + package_digest().encode()).hexdigest()
        self.known: dict[str, object] = {}
        self.made: dict[str, dict] = {}
        self.changed = False
        self.hits = 0

    def load(self) -> SourceCache:
        self.known = read_json_lines(self.path, self.key)
        return self

    @staticmethod
    def _entry_key(text: str, where: str, source_id: str) -> str:
        h = hashlib.sha256(where.encode("utf-8", "surrogatepass") + b"\x00"
                           + source_id.encode("utf-8", "surrogatepass") + b"\x00")
        h.update(text.encode("utf-8", "surrogatepass"))
        return h.hexdigest()

    def _entry(self, text: str, where: str, source_id: str) -> dict:
        key = self._entry_key(text, where, source_id)
        entry = self.made.get(key)
        if entry is None:
            old = self.known.get(key)
            entry = self.made[key] = dict(old) if isinstance(old, dict) else {}
            self.changed |= not isinstance(old, dict)
        return entry

    def parse(self, text: str, where: str, source_id: str) -> tuple[Source | None, list[Problem]]:
        """``sources.parse_source``, or what it gave for this file's text before."""
        entry = self._entry(text, where, source_id)
        if "parse" in entry:
            try:
                kept, found = entry["parse"]
                source = None if kept is None else source_from_json(kept, text)
                if source is not None and (source.id, source.path) != (source_id, where):
                    raise ValueError(kept)
                result = source, [problem_from_json(p) for p in found]
                self.hits += 1
                return result
            except (ValueError, LookupError, TypeError, AttributeError):
                pass  # of another shape: read again
        source, found = parse_source(text, where, source_id)
        entry["parse"] = [None if source is None else source_to_json(source),
                          [problem_to_json(p) for p in found]]
        self.changed = True
        return source, found

    def warning(self, kind: str, check: Callable[[Source, str], Problem | None], source: Source,
                where: str) -> Problem | None:
        """``check(source, where)`` (a warning of the file's own text, ``kind`` its name), or
        what it gave for this file's text before."""
        entry = self._entry(source.raw, where, source.id)
        if kind in entry:
            try:
                return None if entry[kind] is None else problem_from_json(entry[kind])
            except (ValueError, LookupError, TypeError, AttributeError):
                pass
        found = check(source, where)
        entry[kind] = None if found is None else problem_to_json(found)
        self.changed = True
        return found

    def save(self) -> None:
        """Keep the entries of this build's files (written only if one is new or one is gone);
        a file that cannot be written is not kept."""
        if not self.changed and self.made.keys() == self.known.keys():
            return
        try:
            write_json_lines(self.path, self.key, dict(sorted(self.made.items())))
        except OSError:
            pass


def source_to_json(s: Source) -> dict:
    """A ``Source`` as JSON, but its text (the file's, which it is kept by)."""
    f = s.follows
    return {"id": s.id, "path": s.path, "url": s.url, "title": s.title,
            "published": s.published.isoformat(), "body_start": s.body_start,
            "outlet": s.outlet, "author": s.author, "language": s.language,
            "published_estimated": s.published_estimated,
            "follows": None if f is None else [f.outlet, f.url, None if f.published is None
                                               else f.published.isoformat()],
            "known_errors": list(s.known_errors), "notes": list(s.notes), "tags": list(s.tags),
            "extra": [[k, v] for k, v in s.extra]}


def source_from_json(d: dict, raw: str) -> Source:
    """The ``Source`` ``source_to_json`` wrote, with its file's text ``raw``; raises
    ValueError, LookupError or TypeError on anything of another shape, or on what reading the
    file never gives: a control character or a lone surrogate in a text (a page could not be
    written: UnicodeEncodeError), a date before ``EARLIEST_YEAR`` (OverflowError reckoning
    days before it), a language with no word bundle (UnsupportedLanguage; all tracebacks of a build from a cache edited under a digest that
    matches, the eighteenth sweep)."""
    def text(v: object, optional: bool = True) -> str | None:
        if (v is None and optional) or isinstance(v, str) and not CONTROL.search(v):
            return v
        raise TypeError(v)

    def day(v: object) -> dt.date:
        found = dt.date.fromisoformat(text(v, False))
        if found.year < EARLIEST_YEAR:
            raise ValueError(v)
        return found

    def known_language(v: str | None) -> str | None:  # (UnsupportedLanguage out of extraction)
        if v is not None and not supported_language(v):
            raise ValueError(v)
        return v

    def texts(v: object) -> tuple[str, ...]:
        if not isinstance(v, list):
            raise TypeError(v)
        return tuple(text(t, False) for t in v)

    def plain(v: object) -> object:  # what front matter holds: texts, None, lists, mappings
        if v is None or isinstance(v, str):
            return text(v)
        if isinstance(v, list):
            return [plain(x) for x in v]
        if isinstance(v, dict):
            return {text(k, False): plain(x) for k, x in v.items()}
        raise TypeError(v)

    f = d["follows"]
    follows = None if f is None else Follows(
        text(f[0]), text(f[1]), None if f[2] is None else day(f[2]))
    if f is not None and len(f) != 3:
        raise ValueError(f)
    if type(d["body_start"]) is not int or not 0 <= d["body_start"] <= len(raw) \
            or type(d["published_estimated"]) is not bool:
        raise TypeError(d)
    return Source(
        id=text(d["id"], False), path=text(d["path"], False), url=text(d["url"], False),
        title=text(d["title"], False), published=day(d["published"]),
        raw=raw, body_start=d["body_start"], outlet=text(d["outlet"]), author=text(d["author"]),
        language=known_language(text(d["language"])), published_estimated=d["published_estimated"],
        follows=follows, known_errors=texts(d["known_errors"]), notes=texts(d["notes"]),
        tags=texts(d["tags"]),
        extra=tuple((text(k, False), plain(v)) for k, v in d["extra"]))


def problem_to_json(p: Problem) -> list:
    return [p.path, p.line, p.col, p.message, p.severity]


SURROGATE = re.compile("[\ud800-\udfff]")  # what no text read from a file holds (UTF-8)


def problem_from_json(v: list) -> Problem:
    path, line, col, message, severity = v
    if not isinstance(path, str) or not isinstance(message, str) \
            or SURROGATE.search(path + message) or severity not in ("error", "warning") \
            or not all(n is None or type(n) is int for n in (line, col)):
        raise TypeError(v)
    return Problem(path, line, col, message, severity)


class RecallCache(PageCache):
    """Where the last build linked each undated statement (``recalls.Recalled``: a digest of
    what the choice read -> the chosen event's place among those compared, or -1), one JSON
    line each. Keyed by the whole generator package (the linking rules, the word table) and
    the project's data (``Project.fingerprint``); the statements' and events' claims are known
    by their reports' extraction keys, which hold the rest. Disposable, like the headline
    cache; only this build's statements are written back."""

    FIELD = "recalls"

    def __init__(self, path: Path, project: str = ""):
        self.path = path
        self.key = hashlib.sha256(b"recalls\x00" + package_digest().encode() + b"\x00"
                                  + project.encode()).hexdigest()

    def load(self) -> dict[str, int]:
        return {k: v for k, v in read_json_lines(self.path, self.key).items() if type(v) is int}

    def save(self, made: dict[str, int]) -> None:  # type: ignore[override]
        try:
            write_json_lines(self.path, self.key, dict(sorted(made.items())))
        except OSError:
            pass
