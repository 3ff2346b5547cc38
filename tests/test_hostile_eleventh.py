"""The eleventh hostile sweep (docs/benchmarks.md, "An eleventh sweep"): incremental builds
after odd sequences (kills between steps, damaged caches) give a cold build's output and
warnings, and what the tenth sweep left."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator import output
from generator.cli import main
from tests.conftest import add_second_source


class Killed(BaseException):
    pass


def kill_at(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    def step(at: str) -> None:
        if at == name:
            raise Killed(at)
    monkeypatch.setattr(output, "_step", step)


# ------------------------------------------------------------------ kills and the docs state
@pytest.mark.parametrize("point", ["switch made", "pages switched"])
def test_a_build_killed_after_the_pages_switch_leaves_no_false_edited_by_hand_warning(
        built: Path, point: str, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture) -> None:
    """Killed between docs/'s switch and the note of the pages it wrote (.cache/docs.json),
    the next build said every page the killed one changed was 'edited by hand since the last
    build' (and --strict failed), though no one had touched them."""
    add_second_source(built)
    kill_at(monkeypatch, point)
    with pytest.raises(Killed):
        main(["build"])
    monkeypatch.setattr(output, "_step", lambda at: None)
    capsys.readouterr()
    assert main(["build", "--strict"]) == 0
    assert "edited by hand" not in capsys.readouterr().err


# ------------------------------------------------------------------ caches of another shape
SHAPES = [("df", "x"), ("df", -1), ("df", 0.5), ("df", [1, 2]), ("sentences", -5),
          ("sentences", 2.5), ("sentences", True), ("sentences", "3")]


@pytest.mark.parametrize(("key", "value"), SHAPES)
def test_an_extraction_entry_of_another_shape_is_extracted_anew(
        built: Path, key: str, value: object, capsys: pytest.CaptureFixture) -> None:
    """An entry whose digest holds but whose counts are of another shape (an entry of another
    generator, a hand's edit): string counts ended the build in a TypeError traceback, a
    negative sentence count in 'math domain error', a list or a fraction changed every word's
    weight without a word. Now such an entry is none, as a damaged one is."""
    import json
    add_second_source(built)  # two sources: the counts of one are added to the other's
    assert main(["build"]) == 0
    before = (built / "site" / "timeline.json").read_bytes()
    entries = sorted((built / ".cache" / "extract").glob("*.json"))
    assert entries
    data = json.loads(entries[0].read_bytes().partition(b"\n")[2])  # one of the two
    data[key] = value if key == "sentences" or isinstance(value, list) \
        else dict.fromkeys(data["df"], value)
    output.write_json(entries[0], data)
    (built / "site" / "timeline.json").unlink()  # the build must write it again
    capsys.readouterr()
    assert main(["build"]) == 0
    assert "Traceback" not in capsys.readouterr().err
    assert (built / "site" / "timeline.json").read_bytes() == before


@pytest.mark.parametrize("noted", [["a", "b", "c"], [None, None, None], [1.5, 2, "x"]])
def test_a_docs_state_of_another_shape_gives_no_false_edited_by_hand_warning(
        built: Path, noted: list, capsys: pytest.CaptureFixture) -> None:
    """.cache/docs.json whose digest holds but whose entries are of another shape: every
    generated page was 'edited by hand since the last build' (and --strict failed)."""
    import json
    state = built / ".cache" / "docs.json"
    data = json.loads(state.read_bytes().partition(b"\n")[2])
    output.write_json(state, dict.fromkeys(data, noted))
    add_second_source(built)
    capsys.readouterr()
    assert main(["build", "--strict"]) == 0
    assert "edited by hand" not in capsys.readouterr().err


def test_a_docs_state_that_cannot_be_replaced_gives_no_false_edited_by_hand_warning(
        built: Path, capsys: pytest.CaptureFixture, monkeypatch: pytest.MonkeyPatch) -> None:
    """.cache/docs.json read-only to the build (immutable, or a cache left by a build run as
    another user): the note of the first build stayed, and every later build said each page
    changed since it was 'edited by hand' (and --strict failed), build after build."""
    from generator import write

    def cannot(*args: object, **kwargs: object) -> None:
        raise PermissionError(1, "Operation not permitted")
    monkeypatch.setattr(write.output, "write_json", cannot)
    unlink = Path.unlink
    monkeypatch.setattr(Path, "unlink", lambda self, *a, **k: cannot() if self.name == "docs.json"
                        else unlink(self, *a, **k))
    add_second_source(built)
    assert main(["build", "--strict"]) == 0
    (built / "sources" / "2026-02-03-b.md").write_text(
        (built / "sources" / "2026-02-03-b.md").read_text(encoding="utf-8").replace(
            "Tuesday", "Wednesday"), encoding="utf-8")
    capsys.readouterr()
    assert main(["build", "--strict"]) == 0
    assert "edited by hand" not in capsys.readouterr().err


# ------------------------------------------------------------------ days no month has
UNREAD = [("Peskov said the 0th of March was chosen.", "0th of March", "March"),
          ("Putin will meet Zelensky on 32 March 2025.", "32 March 2025", "March"),
          ("Trump called Putin on March 0, 2025.", "March 0, 2025", "March"),
          ("Macron met Scholz on the 31st of April.", "31st of April", "April"),
          ("Witkoff met Dmitriev on March 32nd.", "March 32nd", "March"),
          ("Rubio met Lavrov on 00 March 2025.", "00 March 2025", "March"),
          ("Erdogan spoke on Feb. 30th.", "Feb. 30th", "February")]


@pytest.mark.parametrize(("text", "said", "month"), UNREAD)
def test_a_day_no_month_has_is_warned_at_its_line(project: Path, text: str, said: str, month: str,
                                                  capsys: pytest.CaptureFixture) -> None:
    """'the 0th of March', '32 March 2025', 'March 0, 2025' were dated to the month or the
    year, 'the 31st of April' and 'March 32nd' gave no claim, all without a word (the tagger
    reads no day there); '31 April 2025' was warned. Now each is warned at its line."""
    from tests.conftest import write_source
    write_source(project / "sources", "2025-03-01-a.md",
                 'title: "A"\nurl: https://example.com/a\npublished: 2025-03-01\n',
                 f"Putin spoke in Moscow on 1 March 2025.\n\n{text}\n")
    capsys.readouterr()
    assert main(["check"]) == 0
    err = capsys.readouterr().err
    assert f"2025-03-01-a.md:8: warning: '{said}' names a day {month} does not have" in err, err
    assert err.count("warning") == 1, err


@pytest.mark.parametrize("text", [
    "In March 40 soldiers were killed, and 40 March protesters marched on 3 March 2025.",
    "Putin met Zelensky on 29 February 2024 and on the 31st of March 2025.",
    "The 1,000 March rallies of 2025 were counted on 12.32 March 2025."])
def test_numbers_beside_a_month_that_are_no_day_or_a_real_day_are_not_warned(
        project: Path, text: str, capsys: pytest.CaptureFixture) -> None:
    from tests.conftest import write_source
    write_source(project / "sources", "2025-03-01-a.md",
                 'title: "A"\nurl: https://example.com/a\npublished: 2025-03-01\n', f"{text}\n")
    capsys.readouterr()
    assert main(["check"]) == 0
    assert "names a day" not in capsys.readouterr().err


def test_a_day_already_read_as_missing_is_warned_once(project: Path,
                                                      capsys: pytest.CaptureFixture) -> None:
    from tests.conftest import write_source
    write_source(project / "sources", "2025-03-01-a.md",
                 'title: "A"\nurl: https://example.com/a\npublished: 2025-03-01\n',
                 "Lavrov spoke on the 29th of February 2025 and on 31 April 2025.\n")
    capsys.readouterr()
    assert main(["check"]) == 0
    assert capsys.readouterr().err.count("names a day") == 2


# ------------------------------------------------------------------ a site address of other letters
@pytest.mark.parametrize(("given", "carried"), [
    ("https://пример.рф/хроника/", "https://xn--e1afmkfd.xn--p1ai/%D1%85%D1%80%D0%BE%D0%BD%D0%B8%D0%BA%D0%B0/"),
    ("https://example.org/時間", "https://example.org/%E6%99%82%E9%96%93/"),
    ("https://Bücher.example:8080/a%20b/", "https://xn--bcher-kva.example:8080/a%20b/"),
    ("https://example.org/plain/", "https://example.org/plain/")])
def test_a_site_url_of_other_letters_is_carried_as_ascii(tmp_path: Path, given: str,
                                                         carried: str) -> None:
    from tests.conftest import mkdocs_config
    assert mkdocs_config(tmp_path, f"site_name: T\nsite_url: {given}\n"
                         "markdown_extensions: [attr_list]\n").site_url == carried


def test_feeds_sitemap_and_canonical_links_carry_a_site_url_of_other_letters_as_ascii(
        project: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture) -> None:
    """https://пример.рф/хроника/ was printed as written in the Atom feed, the calendar's URL,
    timelinejs.json, MkDocs' sitemap and every page's canonical link (an IRI where a URI is
    asked for: feed readers and calendar clients refuse or mangle it)."""
    from tests.conftest import GOOD_FRONT, write_source
    monkeypatch.setenv("SITE_URL", "https://пример.рф/хроника/")
    write_source(project / "sources", "2026-01-29-a.md", GOOD_FRONT,
                 "Putin invited Zelensky to Moscow on Monday, the Kremlin said.\n")
    assert main(["build", "--strict"]) == 0, capsys.readouterr().err
    site = project / "site"
    base = "https://xn--e1afmkfd.xn--p1ai/%D1%85%D1%80%D0%BE%D0%BD%D0%B8%D0%BA%D0%B0/"
    for name in ("events.atom", "events.ics", "timelinejs.json", "sitemap.xml", "index.html"):
        text = (site / name).read_text(encoding="utf-8")
        assert "пример" not in text and "%D1%85" in text.replace("\r\n ", ""), name
    assert f'rel="canonical" href="{base}"' in (site / "index.html").read_text(encoding="utf-8")
    assert f"<loc>{base}</loc>" in (site / "sitemap.xml").read_text(encoding="utf-8")


# ------------------------------------------------------------------ mkdocs.yml's INHERIT
def inherit(project: Path, text: str) -> None:
    (project / "base.yml").write_text(text, encoding="utf-8")
    yml = project / "mkdocs.yml"
    if not yml.read_text(encoding="utf-8").startswith("INHERIT"):
        yml.write_text("INHERIT: base.yml\n" + yml.read_text(encoding="utf-8"), encoding="utf-8")


def test_a_build_after_the_inherited_file_changed_is_a_cold_builds(
        built: Path, tmp_path_factory: pytest.TempPathFactory,
        capsys: pytest.CaptureFixture) -> None:
    """A change to the file mkdocs.yml INHERITs (a copyright, the theme's features) left the
    next build dirty: only the pages whose Markdown changed were built again, every other
    page kept the old footer (the fingerprint read mkdocs.yml's bytes alone)."""
    inherit(built, "copyright: Old words\n")
    assert main(["build"]) == 0
    inherit(built, "copyright: New words\n")
    assert main(["build"]) == 0
    cold = cold_build(built, tmp_path_factory)
    stale = sorted(str(p.relative_to(built / "site")) for p in (built / "site").rglob("*.html")
                   if "Old words" in p.read_text(encoding="utf-8"))
    assert stale == []
    for page in (cold / "site").rglob("*.html"):
        assert page.read_bytes() == (built / "site" / page.relative_to(cold / "site")).read_bytes()


def test_serve_watches_the_files_mkdocs_yml_inherits(project: Path) -> None:
    """`timeline serve` watched mkdocs.yml but not the file its INHERIT names: an edit there
    was never built."""
    from generator.config import Config
    from generator.serve import watched
    (project / "shared").mkdir()
    (project / "shared" / "more.yml").write_text("copyright: C\n", encoding="utf-8")
    inherit(project, "INHERIT: 'shared/more.yml'  # two levels\n")
    files = watched(Config.from_project())
    assert "base.yml" in files and "shared/more.yml" in files


def cold_build(project: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of ``project``'s inputs built from nothing."""
    import os
    import shutil
    cold = tmp_path_factory.mktemp("cold") / "p"
    shutil.copytree(project, cold, ignore=shutil.ignore_patterns(".cache", "site", ".timeline-*"))
    here = Path.cwd()
    os.chdir(cold)
    try:
        assert main(["build"]) == 0
    finally:
        os.chdir(here)
    return cold


def same_site(a: Path, b: Path) -> list[str]:
    return sorted(str(p.relative_to(a / "site")) for p in (a / "site").rglob("*.html")
                  if p.read_bytes() != (b / "site" / p.relative_to(a / "site")).read_bytes())


def test_a_build_after_an_env_variable_of_mkdocs_yml_changed_is_a_cold_builds(
        built: Path, tmp_path_factory: pytest.TempPathFactory,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """'copyright: !ENV [COPYRIGHT, ...]' with the variable changed between builds: mkdocs.yml's
    bytes were the same, the build dirty, and every page not rebuilt kept the old footer."""
    yml = built / "mkdocs.yml"
    yml.write_text(yml.read_text(encoding="utf-8") + "copyright: !ENV [T11_COPYRIGHT, 'Old words']\n",
                   encoding="utf-8")
    assert main(["build"]) == 0
    monkeypatch.setenv("T11_COPYRIGHT", "New words")
    assert main(["build"]) == 0
    assert same_site(built, cold_build(built, tmp_path_factory)) == []


def test_a_build_after_a_file_a_page_includes_changed_is_a_cold_builds(
        built: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    """pymdownx.snippets puts another file's text into a page ('--8<-- "NOTE.txt"'): the file
    changed, the page's Markdown did not, and a dirty build kept the old text. With such an
    extension every build is whole."""
    yml = built / "mkdocs.yml"
    yml.write_text(yml.read_text(encoding="utf-8").replace(
        "  - attr_list\n", "  - attr_list\n  - pymdownx.snippets:\n      base_path: ['.']\n"),
        encoding="utf-8")
    (built / "NOTE.txt").write_text("Old note\n", encoding="utf-8")
    (built / "docs" / "note.md").write_text('# Note\n\n--8<-- "NOTE.txt"\n', encoding="utf-8")
    assert main(["build"]) == 0
    (built / "NOTE.txt").write_text("New note\n", encoding="utf-8")
    assert main(["build"]) == 0
    assert "New note" in (built / "site" / "note" / "index.html").read_text(encoding="utf-8")
    assert same_site(built, cold_build(built, tmp_path_factory)) == []


def test_an_extraction_cache_that_cannot_be_written_is_named_by_its_folder(
        project: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture) -> None:
    """An immutable .cache/extract/ was warned as '/abs/path/.cache/extract/.ff2e….json.812lb3tw
    .tmp: cannot be written', a hidden file that no longer exists, by its absolute path."""
    from tests.conftest import GOOD_FRONT, write_source

    def refused(*args: object, **kwargs: object) -> None:
        raise PermissionError(1, "Operation not permitted",
                              str((project / ".cache" / "extract" / ".x.json.abc.tmp").resolve()))
    monkeypatch.setattr("generator.cache.write_json", refused)
    write_source(project / "sources", "2026-01-29-a.md", GOOD_FRONT,
                 "Putin invited Zelensky to Moscow on Monday, the Kremlin said.\n")
    assert main(["build"]) == 0
    err = capsys.readouterr().err
    assert "\n.cache/extract: warning: cannot be written (Operation not permitted)" in "\n" + err, err
