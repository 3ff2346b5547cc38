"""The compiled patterns kept between builds (generator/patterns.py): a pattern made from its
kept code is the one ``re`` compiles; a file damaged, foreign or unwritable is compiling as
ever, never an error; a build with them is byte for byte a build without."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator import patterns
from tests.conftest import ROOT
from tests.test_incremental import cold, digests, files, generated, seed

COMPILE = re._compiler.compile  # (the standard library's, whatever is in force)

SAMPLES = [(r"(?P<day>\d{1,2})\s+(?P<month>[A-Z][a-z]+)(?:\s+(?P=day))?", 0),
           (r"(?<![\w’'-])[A-Z][\w’'.-]*(?:[ \t]+[A-Z][\w’'-]*)*", re.IGNORECASE),
           (r"\bon\s+(?:the\s+night\s+of\s+)?(?=\d)|^$", re.MULTILINE | re.VERBOSE),
           ("[\x00-\x08\ud800-\udfff\ufffe]", 0)]


def test_this_python_replays_what_re_compiles() -> None:
    assert patterns.usable()  # CPython 3.11+, as pyproject.toml asks


def test_patterns_made_from_their_kept_code_are_those_re_compiles(tmp_path: Path) -> None:
    path = tmp_path / "p.bin"
    re.purge()
    with patterns.kept(path) as first:
        made = [re.compile(p, f) for p, f in SAMPLES]
    assert first.added == len(SAMPLES) and path.is_file()
    re.purge()
    with patterns.kept(path) as again:
        assert again is not first and len(again.known) == len(SAMPLES)
        taken = [re.compile(p, f) for p, f in SAMPLES]
        assert again.hits == len(SAMPLES)
        assert re._compiler.compile == again.compile  # (in force within)
    assert re._compiler.compile is COMPILE  # (and not after)
    for (p, f), a, b in zip(SAMPLES, made, taken, strict=True):
        assert a == b == COMPILE(p, f)  # (equal: the same flags and code)
        assert b.groupindex == COMPILE(p, f).groupindex and b.groups == COMPILE(p, f).groups
    assert taken[0].match("12 May 12").group("month") == "May"
    assert again.added == 0  # nothing new: the file is not written again


def test_every_pattern_a_build_kept_is_the_one_re_compiles(built: Path) -> None:
    # every pattern a build compiled (the reading, headline and merging rules', the tagger's,
    # the vocabularies', Jinja's and MkDocs'), made from the code the file keeps
    known = patterns.Kept(built / ".cache" / patterns.FILENAME).known
    assert len(known) > 100, len(known)
    for (pattern, flags), entry in known.items():
        assert patterns._made(pattern, entry) == COMPILE(pattern, flags), pattern


@pytest.mark.parametrize("damage", ["cut short", "a byte changed", "another Python's",
                                    "a folder", "a named pipe", "not such a file",
                                    "code the engine refuses", "a group named otherwise"])
def test_a_damaged_or_foreign_file_is_compiling_as_ever(tmp_path: Path, damage: str) -> None:
    path = tmp_path / "p.bin"
    re.purge()
    with patterns.kept(path):
        for p, f in SAMPLES:
            re.compile(p, f)
    data = path.read_bytes()
    head, _, body = data.partition(b"\n")
    if damage == "cut short":
        path.write_bytes(data[:len(data) // 2])
    elif damage == "a byte changed":
        path.write_bytes(data[:-5] + bytes([data[-5] ^ 1]) + data[-4:])
    elif damage == "another Python's":
        path.write_bytes(head.replace(patterns.python_key().encode(), b"0" * 64) + b"\n" + body)
    elif damage == "a folder":
        path.unlink()
        path.mkdir()
    elif damage == "a named pipe":
        path.unlink()
        os.mkfifo(path)
    elif damage == "not such a file":
        body = b"[[1, 2, 3]]\n\x00\x00\x00\x00"
        path.write_bytes(patterns.Kept(path)._head(body) + b"\n" + body)
    elif damage == "a group named otherwise":  # under a digest that matches: a name moved
        body = body.replace(b'{"day": 1, "month": 2}', b'{"day": 1, "month": 3}')
        path.write_bytes(patterns.Kept(path)._head(body) + b"\n" + body)
        assert b'"month": 3' in body
    else:  # under a digest that matches (the sweeps edit caches so): every code cut short
        table, _, codes = body.partition(b"\n")
        import json
        entries = json.loads(table)
        units, at, kept = bytes(codes), 0, b""
        for e in entries:
            size = e[3] * patterns.array(patterns._UNIT).itemsize
            kept += units[at:at + size - 4] + b"\x00\x00\x00\x00"  # its SUCCESS opcode gone
            at += size
        body = table + b"\n" + kept
        path.write_bytes(patterns.Kept(path)._head(body) + b"\n" + body)
    re.purge()
    with patterns.kept(path) as again:
        compiled = [re.compile(p, f) for p, f in SAMPLES]
    assert compiled == [COMPILE(p, f) for p, f in SAMPLES]
    assert again.hits == 0
    if damage == "a folder":
        assert path.is_file()  # (replaced, as the JSON caches replace one: left, no build
        # after kept a pattern, the twenty-fourth sweep)
    if damage != "a named pipe":
        re.purge()
        with patterns.kept(path) as third:  # written again whole
            [re.compile(p, f) for p, f in SAMPLES]
        assert third.hits == len(SAMPLES)


def test_a_file_that_cannot_be_written_is_not_kept(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("a file where the folder would be")
    re.purge()
    with patterns.kept(tmp_path / "file" / "p.bin") as own:
        compiled = re.compile(*SAMPLES[0])
    assert own.added == 1 and compiled == COMPILE(*SAMPLES[0])
    assert (tmp_path / "file").read_text() == "a file where the folder would be"


def test_within_another_the_outer_keeps_them(tmp_path: Path) -> None:
    re.purge()
    with patterns.kept(tmp_path / "outer.bin") as outer:
        with patterns.kept(tmp_path / "inner.bin") as inner:
            re.compile(*SAMPLES[1])
        assert inner is outer and re._compiler.compile == outer.compile
    assert not (tmp_path / "inner.bin").exists() and (tmp_path / "outer.bin").is_file()
    assert re._compiler.compile is COMPILE


def _build_in_a_new_process(project: Path) -> tuple[int, int]:
    """`timeline build --strict` in a process of its own: how many patterns it made from the
    file and how many it compiled."""
    run = subprocess.run(
        [sys.executable, "-c", "import sys\n"
         "from generator import cli, patterns\n"
         "save = patterns.Kept.save\n"
         "def told(self):\n"
         "    print('hits', self.hits, 'added', self.added, file=sys.stderr)\n"
         "    save(self)\n"
         "patterns.Kept.save = told\n"
         "sys.exit(cli.main(['build', '--strict']))\n"],
        cwd=project, capture_output=True, text=True, timeout=600,
        env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert run.returncode == 0, run.stderr
    told = run.stderr.split("hits ")[1].split()
    return int(told[0]), int(told[2])


def test_a_build_with_the_patterns_kept_equals_a_cold_build(
        project: Path, tmp_path_factory: pytest.TempPathFactory,
        capsys: pytest.CaptureFixture) -> None:
    # builds in new processes (every pattern they compile, the modules' own at import among
    # them, compiled or made from the file: not taken from this process's)
    seed(project)
    hits, added = _build_in_a_new_process(project)
    assert hits == 0 and added > 500  # (939 for one source: test_every_pattern_...)
    assert (project / ".cache" / patterns.FILENAME).is_file()
    # the other caches gone: the pages made again, every pattern made from the file
    for entry in (project / ".cache").iterdir():
        if entry.name != patterns.FILENAME:
            shutil.rmtree(entry) if entry.is_dir() else entry.unlink()
    hits, added = _build_in_a_new_process(project)
    assert hits > 500 and added < 100  # (those first compiled in a forked copy: not noted)
    fresh = cold(project, tmp_path_factory.mktemp("cold"), capsys)
    assert {k: v[0] for k, v in generated(project / "docs").items()} == {
        k: v[0] for k, v in generated(fresh / "docs").items()}
    assert {k: v[0] for k, v in files(project / "site").items()} == digests(fresh / "site")


def test_the_file_keeps_the_last_builds_patterns_then_the_ones_before(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(patterns, "MOST", 3)
    path = tmp_path / "p.bin"
    a, b, c, d = (s for s, _ in SAMPLES)

    def build(*texts: str) -> patterns.Kept:
        re.purge()
        with patterns.kept(path) as own:
            for text in texts:
                re.compile(text)
        return own

    build(a, b)
    assert list(patterns.Kept(path).known) == [(a, 0), (b, 0)]
    build(c)  # (a and b not compiled: kept after it)
    assert list(patterns.Kept(path).known) == [(c, 0), (a, 0), (b, 0)]
    build(d, a)  # (a compiled again, from the file; b, the oldest unused, falls out)
    assert list(patterns.Kept(path).known) == [(d, 0), (a, 0), (c, 0)]
    again = build(c, d)
    assert (again.hits, again.added) == (2, 0)
