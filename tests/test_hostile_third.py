"""The third hostile sweep (docs/benchmarks.md, "A third sweep"): signals, the entity registry,
the project's other files edited badly, damaged caches, a file changed in the same tick."""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator import output
from generator.cli import main
from generator.entities import LONGEST_NAME, names_regex, parse_registry, read_registry
from generator.problems import InputError
from generator.sources import display_path
from tests.conftest import GOOD_FRONT, ROOT, write_source
from tests.conftest import add_second_source as add_source
from tests.test_faults import digest, generated


# ------------------------------------------------------------------ signals
@pytest.mark.parametrize(("sig", "code"), [(signal.SIGTERM, 143), (signal.SIGHUP, 129)])
def test_sigterm_and_sighup_stop_a_build_as_ctrl_c_does_with_one_line(
        built: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture,
        sig: signal.Signals, code: int) -> None:
    old_site, old_docs = digest(built / "site"), generated(built / "docs")
    add_source(built)
    before = signal.getsignal(sig)

    def step(at: str) -> None:
        if at == "mkdocs built":
            os.kill(os.getpid(), sig)  # as `kill` or a closed terminal would, mid-build

    monkeypatch.setattr(output, "_step", step)
    capsys.readouterr()
    assert main(["build"]) == code
    err = capsys.readouterr().err
    assert err.startswith(f"timeline: stopped by {sig.name}; site/ and docs/ are whole") and \
        err.count("\n") == 1, err
    assert digest(built / "site") == old_site and generated(built / "docs") != old_docs
    assert signal.getsignal(sig) == before  # the command's handler is gone with it
    monkeypatch.setattr(output, "_step", lambda at: None)
    assert main(["build"]) == 0  # the next build finishes, from what this one left


def test_a_signal_that_lands_where_python_ignores_exceptions_still_stops_the_build(
        built: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture) -> None:
    """A SIGTERM whose handler runs inside an at-fork hook or a finaliser (logging's
    _releaseLock after a fork: seen) raised there and was ignored: the build went on to the
    end and exit 0. It is given again to the main thread and stops the build."""
    from generator import cli

    old_site = digest(built / "site")
    add_source(built)

    class Finalised:
        def __del__(self) -> None:
            cli._stop(signal.SIGTERM, None)  # the handler, run where exceptions are ignored

    def step(at: str) -> None:
        if at == "mkdocs built":
            Finalised()  # made and finalised at once

    monkeypatch.setattr(output, "_step", step)
    capsys.readouterr()
    assert main(["build"]) == 143
    err = capsys.readouterr().err
    assert err.startswith("timeline: stopped by SIGTERM") and err.count("\n") == 1, err
    assert digest(built / "site") == old_site
    assert sys.unraisablehook is sys.__unraisablehook__


def test_a_real_sigterm_to_the_process_group_mid_extraction_is_one_line(project: Path) -> None:
    """Not a signal sent to itself: `timeline build --jobs 2` in its own session, SIGTERM to
    the whole group during extraction (as a service manager stops a unit): one line, exit 143,
    no site. (Before, such a build waited for ever for merging's process pool in about one run
    of forty, one of twenty under load: a worker the signal killed while it waited for its
    next task died holding the pool's queue lock, which the pool's terminate then waited for.
    Merging's copies are plain forked processes now, which ignore the group's signals and are
    killed by their parent on its way out: generator/parallel.py, docs/benchmarks.md.)"""
    body = " ".join(f"Putin met Zelensky on {1 + i % 28} May {1990 + i % 30}, the Kremlin said."
                    for i in range(60)) + "\n"
    for i in range(40):
        write_source(project / "sources", f"2026-01-{1 + i % 28:02d}-s{i}.md",
                     f'title: "Story {i}"\nurl: https://example.com/{i}\npublished: '
                     f"2026-01-{1 + i % 28:02d}\n", body)
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    process = subprocess.Popen([sys.executable, "-m", "generator", "build", "--jobs", "2"],
                               cwd=project, env=env, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True, start_new_session=True)
    lock = project / output.WORK / output.LOCK
    deadline = time.monotonic() + 60
    while not lock.exists() and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.05)
    time.sleep(1.0)  # into extraction (40 sources of 60 dated sentences take longer)
    os.killpg(process.pid, signal.SIGTERM)
    try:
        _, err = process.communicate(timeout=120)
    finally:  # a build that did not stop is not left running
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
    assert process.returncode == 143, err
    assert err.startswith("timeline: stopped by SIGTERM") and err.count("\n") == 1, err
    assert "Traceback" not in err and not (project / "site").exists()


# ------------------------------------------------------------------ the entity registry
def alternation(names: list[str]) -> re.Pattern[str]:
    """How the registry's regex was made before the trie: every name, longest first."""
    ordered = sorted(set(names), key=lambda n: (-len(n), n))
    return re.compile(r"(?<![\w-])(?:" + "|".join(r"\s+".join(map(re.escape, n.split()))
                                                  for n in ordered) + r")(?![\w-])")


NAME = st.lists(st.text("Aab.-'é", min_size=1, max_size=4), min_size=1, max_size=3).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(st.lists(NAME, min_size=1, max_size=12), st.text("Aab.-'é \n\t,", max_size=60))
def test_the_trie_regex_finds_what_the_longest_first_alternation_found(names: list[str],
                                                                      text: str) -> None:
    trie, reference = names_regex(names), alternation(names)
    assert trie is not None
    assert [(m.start(), m.end()) for m in trie.finditer(text)] == \
        [(m.start(), m.end()) for m in reference.finditer(text)]


def registry_text(n: int) -> str:
    return "entities:\n" + "".join(
        f"  - {{id: e{i}, name: Name{i} Person{i}, kind: person, aliases: [P{i}x]}}\n"
        for i in range(n))


def test_a_large_registry_makes_a_regex_in_proportion_to_its_names() -> None:
    """8,000 entities (24,000 names and variants): the regex is no longer than the names it
    holds (a trie shares their beginnings), and finding names in a sentence reads a few
    branches a character, whatever the number of names (the alternation tried each)."""
    registry = parse_registry(registry_text(8000), "entities.yaml")
    names = sum(len(n) + 2 for n in registry.by_name)  # a space is "\s+"
    assert registry.regex is not None and len(registry.regex.pattern) <= names
    found = registry.find("Yesterday Name7999 Person7999 met P12x and Name1 Person1.")
    assert [m.entity for m in found] == ["e7999", "e12", "e1"]


@pytest.mark.parametrize(("text", "message"), [
    ("a: &a [Xa, Xb]\nentities:\n  - {id: x, name: X, kind: place, aliases: *a}\n",
     "entities.yaml:3: YAML aliases (*name) are not allowed in the registry"),
    ("entities:\n  - {id: x, name: X, kind: place}\n  - {id: y, name: Y, name: Z, kind: place}\n",
     "entities.yaml:3: 'name' is given twice; keep one"),
    ("entities:\n  - id: x\n    name: X\n    kind: place\n    kind: person\n",
     "entities.yaml:5: 'kind' is given twice; keep one"),
    ("entities:\n  - {id: x, name: " + "Ab" * 101 + ", kind: place}\n",
     f"entities.yaml:2: entity x: a name of 202 characters; a name is at most {LONGEST_NAME}"),
])
def test_what_yaml_allows_and_the_registry_refuses_is_named_with_its_line(text: str,
                                                                        message: str) -> None:
    with pytest.raises(InputError) as caught:
        parse_registry(text, "entities.yaml")
    assert str(caught.value.problems[0]).startswith(message), caught.value.problems


def test_the_longest_names_share_their_beginnings_and_still_compile() -> None:
    """A chain of names each the one before and a letter (the deepest trie): compiled."""
    regex = names_regex(["A" + "a" * i for i in range(LONGEST_NAME)])
    assert regex is not None and regex.search("x Aaaa y").group() == "Aaaa"


@pytest.mark.parametrize(("damage", "message"), [
    ("latin-1", "entities.yaml:2: is not UTF-8"),
    ("utf-16", "entities.yaml: is UTF-16 text"),
    ("folder", "entities.yaml: is a folder"),
    ("pipe", "entities.yaml: is not a regular file"),
])
def test_an_entities_file_that_is_no_utf_8_text_is_named(project: Path, capsys, damage: str,
                                                         message: str) -> None:
    path = project / "entities.yaml"
    path.unlink()
    if damage == "latin-1":
        path.write_bytes("entities:\n  - {id: x, name: Caf\u00e9, kind: place}\n".encode("latin-1"))
    elif damage == "utf-16":
        path.write_bytes("entities: []\n".encode("utf-16"))
    elif damage == "folder":
        path.mkdir()
    else:
        os.mkfifo(path)  # reading it would wait for a writer for ever
    assert main(["check"]) == 1
    err = capsys.readouterr().err
    assert err.startswith(message) and "Traceback" not in err, err


def test_the_registry_read_again_is_another_when_its_text_is_another(tmp_path: Path) -> None:
    """Changed in the same tick to the same size (its time set back): the new registry."""
    path = tmp_path / "entities.yaml"
    path.write_text("entities:\n  - {id: x, name: Xavier, kind: place}\n", encoding="utf-8")
    stat = path.stat()
    assert [e.name for e in read_registry(path).entities] == ["Xavier"]
    path.write_text("entities:\n  - {id: x, name: Yavier, kind: place}\n", encoding="utf-8")
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert [e.name for e in read_registry(path).entities] == ["Yavier"]


# ------------------------------------------------------------------ the project's other files
@pytest.mark.parametrize(("damage", "message"), [
    ("latin-1", r"mkdocs\.yml:\d+: is not UTF-8"),
    ("yaml", r"mkdocs\.yml:\d+: invalid YAML"),
    ("folder", r"mkdocs\.yml: is a folder"),
])
def test_mkdocs_yml_edited_badly_is_named_by_check_before_any_build(project: Path, capsys,
                                                                   damage: str, message: str
                                                                   ) -> None:
    path = project / "mkdocs.yml"
    if damage == "latin-1":
        path.write_bytes(path.read_bytes() + "# caf\u00e9\n".encode("latin-1"))
    elif damage == "yaml":
        path.write_text(path.read_text(encoding="utf-8") + "\n: : [\n", encoding="utf-8")
    else:
        path.unlink()
        path.mkdir()
    assert main(["check"]) == 1
    err = capsys.readouterr().err
    assert re.match(message, err) and "Traceback" not in err, err


@pytest.mark.parametrize(("damage", "message"), [
    ("latin-1", r"site_templates/event\.md\.j2:\d+: is not UTF-8"),
    ("folder", r"site_templates/event\.md\.j2: is a folder"),
    ("missing", r"site_templates/event\.md\.j2: the template event\.md\.j2 is missing"),
    ("recursion", r"site_templates/event\.md\.j2:1: template error: a macro, include or block "
                  "calls itself without end"),
])
def test_a_template_edited_badly_is_one_line_naming_it(built: Path, capsys, damage: str,
                                                       message: str) -> None:
    old_site = digest(built / "site")
    path = built / "site_templates" / "event.md.j2"
    if damage == "latin-1":
        path.write_bytes(path.read_bytes() + b"\xe9")
    elif damage == "folder":
        path.unlink()
        path.mkdir()
    elif damage == "missing":
        path.unlink()
    else:
        path.write_text("{% macro f() %}{{ f() }}{% endmacro %}{{ f() }}\n", encoding="utf-8")
    capsys.readouterr()
    assert main(["build"]) == 1
    err = capsys.readouterr().err
    assert re.match(message, err) and "Traceback" not in err, err
    assert digest(built / "site") == old_site


def test_a_file_name_with_a_line_end_or_direction_mark_is_shown_escaped() -> None:
    assert display_path(Path("sources/a\nb\u202egpj.md")) == "sources/a\\nb\\u202egpj.md"
    assert display_path(Path("sources/Путин.md")) == "sources/Путин.md"


def test_a_curation_file_that_is_a_named_pipe_is_refused_not_waited_on(tmp_path: Path) -> None:
    project = tmp_path / "p"
    shutil.copytree(ROOT / "sources", project / "sources",
                    ignore=shutil.ignore_patterns("curation.yaml"))
    os.mkfifo(project / "sources" / "curation.yaml")
    out = subprocess.run([sys.executable, "-m", "generator", "check"], cwd=project,
                         env=dict(os.environ, PYTHONPATH=str(ROOT)), capture_output=True,
                         text=True, timeout=120)
    assert out.returncode == 1 and out.stderr.startswith(
        "sources/curation.yaml: is not a regular file"), out.stderr


def test_a_decision_repeated_by_an_alias_is_refused() -> None:
    from generator.curation import parse_curation

    with pytest.raises(InputError) as caught:
        parse_curation("- &a {hide: c-0123456789, reason: r}\n- *a\n", "curation.yaml")
    assert "aliases are not allowed" in str(caught.value)


# ------------------------------------------------------------------ damaged caches
CACHES = (".cache/pages.json", ".cache/headlines.json", ".cache/docs.json", ".cache/site.json",
          ".cache/sources.json", ".cache/recalls.json", ".cache/merge.json")


def damage(path: Path, how: str) -> None:
    data = path.read_bytes() if path.is_file() else b""
    output.remove(path)
    if how == "truncated":
        path.write_bytes(data[: len(data) // 2])
    elif how == "a folder":
        path.mkdir()
        (path / "x").write_text("x", encoding="utf-8")
    elif how == "a named pipe":
        os.mkfifo(path)
    else:  # a bit flipped inside a text: JSON still, the same shape
        at = data.index(b'"', len(data) // 2) + 1
        path.write_bytes(data[:at] + bytes([data[at] ^ 1]) + data[at + 1:])


@pytest.mark.parametrize("how", ["truncated", "a folder", "a named pipe", "a bit flipped"])
def test_damaged_caches_are_rebuilt_and_give_the_same_site(built: Path, how: str,
                                                           capsys: pytest.CaptureFixture
                                                           ) -> None:
    """Every cache and state file of .cache/ and every extraction entry damaged at once: the
    build neither waits (a named pipe), nor fails, nor trusts what changed since it was
    written; its pages are those of a build without any cache."""
    add_source(built)
    entries = sorted((built / ".cache" / "extract").glob("*.json"))
    assert entries
    for path in [built / rel for rel in CACHES] + entries:
        damage(path, how)
    capsys.readouterr()
    assert main(["build"]) == 0, capsys.readouterr().err
    assert "Traceback" not in capsys.readouterr().err
    damaged = generated(built / "docs"), digest(built / "site")
    shutil.rmtree(built / ".cache")
    assert main(["build"]) == 0
    assert (generated(built / "docs"), digest(built / "site")) == damaged
    assert not list((built / ".cache").rglob("*.tmp"))


def test_a_page_written_by_hand_in_the_same_tick_to_the_same_size_is_built_again(
        built: Path) -> None:
    """The incremental build keeps what MkDocs made of an unchanged file: a file of docs/
    written by hand is known by its bytes, not its size and time alone (a filesystem that
    keeps seconds, `cp -p`, `tar x`, `touch -r` give a changed file the same ones)."""
    page = built / "docs" / "about.md"
    text = page.read_text(encoding="utf-8")
    word = re.search(r"\b[a-z]{6,}\b", text.split("\n", 3)[-1]).group()
    stat = page.stat()
    page.write_text(text.replace(word, "ZQXJKW"[: len(word)].ljust(len(word), "Q"), 1),
                    encoding="utf-8")
    os.utime(page, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert page.stat().st_size == stat.st_size
    assert main(["build"]) == 0
    assert "ZQXJKW" in (built / "site" / "about" / "index.html").read_text(encoding="utf-8")


def test_a_front_matter_key_that_is_a_list_is_one_problem_at_its_line() -> None:
    from generator.sources import parse_source

    raw = ("---\ntitle: x\nurl: https://example.com/a\npublished: 2025-01-01\n? [a, b]\n: c\n"
           "---\nPutin spoke on Monday.\n")
    source, problems = parse_source(raw, "h.md", "h")
    assert source is None and [str(p) for p in problems] == [
        "h.md:5:3: a key is a list or a mapping; expected 'key: value' lines"]


def test_cache_files_a_killed_build_was_writing_are_removed(built: Path) -> None:
    """A kill between writing a cache file beside its place and renaming it leaves a .tmp
    file: in .cache/extract/ and in .cache/ itself (pages, headlines, states) alike."""
    for torn in (built / ".cache" / ".pages.json.abc.tmp", built / ".cache" / "extract" / "x.tmp"):
        torn.write_text('{"pages": {', encoding="utf-8")
    assert main(["build"]) == 0
    assert not list((built / ".cache").rglob("*.tmp"))


# ------------------------------------------------------------------ inline Markdown
def test_a_strong_or_code_span_is_bounded_and_code_takes_whole_runs_of_backticks() -> None:
    """An opening '**' or '`' never closed was read to the end of its line from each one
    (2 MB of '**x ' quadratic, a run of backticks cubic: 8,000 took 11.7 s): a span reaches
    at most INLINE_SPAN characters, and a code span opens and closes on whole runs."""
    from generator.text import INLINE_SPAN, plain_inline

    assert plain_inline("**" + "a" * INLINE_SPAN + "**") == "a" * INLINE_SPAN
    assert plain_inline("**" + "a" * (INLINE_SPAN + 1) + "**").startswith("**")
    assert plain_inline("in `Istanbul` and ``a`b`` x") == "in Istanbul and a`b x"
    assert plain_inline("a ``b` c") == "a ``b` c"  # no closing run of two: no span
    assert plain_inline("`" * 5000) == "`" * 5000
    assert plain_inline("**x " * 5000) == "**x " * 5000


def test_a_site_name_with_quotes_angle_brackets_and_ampersands_stays_text(
        project: Path, capsys: pytest.CaptureFixture) -> None:
    """`timeline init --name` takes any name, but Material printed it raw in the logo's
    aria-label, the header, the drawer and the window's title: 'x" onmouseover="…' became a
    handler, '<script>' a script. Our overrides escape it everywhere."""
    from html.parser import HTMLParser

    name = 'The "peace" </title><script>alert(1)</script> & <b>talks</b>'
    yml = project / "mkdocs.yml"
    text = yml.read_text(encoding="utf-8")
    yml.write_text(re.sub(r"(?m)^site_name:.*$", lambda m: f"site_name: '{name}'", text, count=1),
                   encoding="utf-8")
    write_source(project / "sources", "2026-01-29-a.md", GOOD_FRONT,
                 "Putin invited Zelensky to Moscow on Monday, the Kremlin said.\n")
    assert main(["build"]) == 0, capsys.readouterr().err

    class Tags(HTMLParser):
        def __init__(self) -> None:
            super().__init__(convert_charrefs=True)
            self.tags: list[str] = []
            self.labels: list[str] = []
            self.title = ""
            self._in_title = False

        def handle_starttag(self, tag: str, attrs: list) -> None:
            self.tags.append(tag)
            self._in_title = tag == "title"
            self.labels += [v for k, v in attrs if k == "aria-label" and v and "peace" in v]

        def handle_data(self, data: str) -> None:
            if self._in_title:
                self.title += data

        def handle_endtag(self, tag: str) -> None:
            self._in_title = False

    for page in ("index.html", "timeline/index.html"):
        tags = Tags()
        tags.feed((project / "site" / page).read_text(encoding="utf-8"))
        assert "b" not in tags.tags and name in tags.labels, (page, tags.labels)
        assert name in tags.title
    html = (project / "site" / "index.html").read_text(encoding="utf-8")
    assert "<script>alert(1)" not in html and "<b>talks</b>" not in html
