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
import sys
import tempfile
from array import array
from collections import Counter
from functools import lru_cache
from pathlib import Path

from generator import __version__
from generator.merge_memo import ARRAYS, MergeMemo, decode, encode
from generator.model import Attribution, Claim, Source, TimeValue, Timex
from generator.output import read_json, read_json_lines, write_json, write_json_lines
from generator.problems import Problem

PACKAGE = Path(__file__).parent
# what extraction depends on: change one of these and cached claims are stale
# (sources.py: it cuts a file into the text read, and the registry's names are found by its
# ZERO_WIDTH; the function extraction runs is claims.extract_source, not pipeline.py's)
INPUTS = ("sources.py", "text.py", "claims.py", "attribution.py", "entities.py", "features.py", "model.py", "timex/*.py",
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
        tuple((m[0], m[1], m[2]) for m in d["mentions"]), d["part"], d.get("subject"),
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

    def key(self, source: Source) -> str:
        h = hashlib.sha256(fingerprint().encode() + b"\x00" + self.project.encode())
        h.update(source.id.encode() + b"\x00" + source.path.encode() + b"\x00")
        h.update(source.raw.encode("utf-8"))
        return h.hexdigest()

    def get(self, source: Source) -> tuple[tuple[Claim, ...], int, Counter[str]] | None:
        """The source's entry; None (extracted anew) if there is none or it is damaged:
        truncated, changed since written, a folder, of another shape (``output.read_json``)."""
        key = self.key(source)
        data = read_json(self.folder / f"{key}.json")
        try:
            # (a thirteenth sweep) an entry holds its key: one copied, linked or renamed to
            # another source's name (its digest holds) gave that source its claims
            if not isinstance(data, dict) or data.get("key") != key \
                    or not _count(data["sentences"]) \
                    or not isinstance(data["df"], dict) \
                    or not all(isinstance(k, str) and _count(v) for k, v in data["df"].items()):
                raise TypeError  # counts of another shape would be summed into every weight
            result = (tuple(claim_from_json(c) for c in data["claims"]), data["sentences"],
                      Counter(data["df"]))
        except (ValueError, LookupError, TypeError, AttributeError):
            self.misses += 1
            return None
        self.hits += 1
        return result

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
            df: Counter[str]) -> None:
        """Store a source's results; if the folder cannot be written, say so once (in
        ``problems``, as a warning) and go on without storing: the build does not need it."""
        if self.problems:
            return
        key = self.key(source)
        data = {"key": key, "claims": [claim_to_json(c) for c in claims], "sentences": sentences,
                "df": dict(sorted(df.items()))}
        try:  # whole or not at all (a torn .tmp file is never read: entries end in .json)
            write_json(self.folder / f"{key}.json", data)
        except OSError as exc:
            self._cannot_write(exc)


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
    """The pages the last build rendered (``render.Reuse``), in one JSON file: each event,
    source and entity page with a digest of what its template was given, so that a build
    after another renders only the pages whose event, source or entity changed. Keyed by what
    else makes them: the whole generator package (its code and data), and the project's
    templates, settings and registry (``project``). Disposable, like the headline cache."""

    FIELD = "pages"

    def load(self) -> dict[str, list[str]]:
        """As the headline cache's, read an entry at a time (``output.read_json_lines``)."""
        return {k: v for k, v in read_json_lines(self.path, self.key).items()
                if isinstance(v, list) and len(v) == 2 and all(isinstance(t, str) for t in v)}

    def save(self, pages: dict[str, list[str]]) -> None:
        """As the headline cache's, a line per page (200 MB at 10,000 sources)."""
        try:
            write_json_lines(self.path, self.key, dict(sorted(pages.items())))
        except OSError:
            pass

    def __init__(self, path: Path, project: str = ""):
        self.path = path
        h = hashlib.sha256(b"pages\x00" + __version__.encode() + b"\x00" + project.encode())
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
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=f".{self.arrays.name}.",
                                       suffix=".tmp")
            try:
                with os.fdopen(fd, "wb") as f:
                    for pieces in arrays:
                        for a in pieces:
                            a.tofile(f)
                os.replace(tmp, self.arrays)
            except BaseException:
                with contextlib.suppress(OSError):
                    os.unlink(tmp)
                raise
            write_json(self.path, {"key": self.key, "memo": head})
        except OSError:
            pass
