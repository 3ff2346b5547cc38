"""The eighth hostile sweep (docs/benchmarks.md, "An eighth sweep"): what the seventh reported
and left, then new attacks (other scripts, character references, Markdown's extensions,
sources renamed or deleted between builds, odd publication times, interrupted builds)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from generator.cli import main
from generator.timex import tag
from tests.conftest import GOOD_FRONT, write_source

DCT = dt.date(2025, 9, 3)


# ------------------------------------------------------------------ check of a project folder
@pytest.mark.parametrize("where", [".", "{root}", "{root}/"])
def test_check_of_the_project_folder_reads_its_sources_only(
        project: Path, capsys: pytest.CaptureFixture, where: str) -> None:
    """`timeline check .` read every Markdown file of the project as a source (docs/search.md,
    docs/about.md ...: "'url' is missing", exit 1) where the sources were all fine."""
    write_source(project / "sources", "2026-01-29-a.md", GOOD_FRONT)
    assert main(["check", where.format(root=project)]) == 0, capsys.readouterr().err
    assert capsys.readouterr().out == "1 sources OK\n"


def test_check_of_another_projects_folder_reads_its_sources_only(
        project: Path, tmp_path_factory: pytest.TempPathFactory,
        capsys: pytest.CaptureFixture, monkeypatch: pytest.MonkeyPatch) -> None:
    write_source(project / "sources", "2026-01-29-a.md", GOOD_FRONT)
    monkeypatch.chdir(tmp_path_factory.mktemp("elsewhere"))
    assert main(["check", str(project)]) == 0, capsys.readouterr().err
    assert capsys.readouterr().out == "1 sources OK\n"


def test_check_of_docs_named_on_purpose_still_reads_it(project: Path,
                                                        capsys: pytest.CaptureFixture) -> None:
    assert main(["check", "docs"]) == 1
    assert "docs/" in capsys.readouterr().err


# ------------------------------------------------------------------ zero-width characters
ZW = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]


@pytest.mark.parametrize("zw", ZW)
def test_a_zero_width_character_makes_no_second_outlet_or_tag(zw: str) -> None:
    """"Reu\\u200bters" beside "Reuters" were two outlets (two filter options that look alike,
    two origins of a 'follows.outlet'); so were tags."""
    from generator.sources import parse_source

    front = (f'---\ntitle: T\nurl: https://example.com/a\npublished: 2025-09-03\n'
             f'outlet: "Reu{zw}ters"\nauthor: "A{zw}nn"\ntags: ["pea{zw}ce"]\n'
             f'follows: {{outlet: "T{zw}ASS", url: "https://example.com/b", '
             f'published: 2025-09-02}}\n---\nPutin spoke.\n')
    source, problems = parse_source(front, "s.md", "s")
    assert problems == [] and source is not None
    assert (source.outlet, source.author, source.tags, source.follows.outlet) == \
        ("Reuters", "Ann", ("peace",), "TASS")


def test_joiners_that_shape_a_script_or_an_emoji_stay() -> None:
    from generator.sources import unjoined

    persian = "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645"
    family = "\U0001f468\u200d\U0001f469\u200d\U0001f467"
    assert unjoined(persian) == persian and unjoined(family) == family
    assert unjoined("Pu\u200btin\ufeff") == "Putin"


@pytest.mark.parametrize("zw", ZW)
def test_a_zero_width_character_inside_a_name_of_the_text_is_read_through(zw: str) -> None:
    from generator.entities import parse_registry

    registry = parse_registry("entities:\n  - {id: vladimir-putin, name: Vladimir Putin, "
                              "kind: person, aliases: [Putin]}\n", "entities.yaml")
    text = f"Then Pu{zw}tin spoke, and Vladimir{zw} Putin again."
    found = [(text[m.start:m.end], m.entity) for m in registry.find(text)]
    assert found == [(f"Pu{zw}tin", "vladimir-putin"), (f"Vladimir{zw} Putin", "vladimir-putin")]


@pytest.mark.parametrize("zw", ZW)
def test_an_entity_named_with_a_zero_width_character_is_no_second_entity(zw: str) -> None:
    """An entity "Pu\\u200btin" beside "Putin" passed: a look-alike, two pages for one man."""
    from generator.entities import parse_registry
    from generator.problems import InputError

    with pytest.raises(InputError) as err:
        parse_registry("entities:\n  - {id: vladimir-putin, name: Putin, kind: person}\n"
                       f"  - {{id: putin-2, name: \"Pu{zw}tin\", kind: person}}\n", "entities.yaml")
    assert [str(p) for p in err.value.problems] == [
        "entities.yaml:3: entity putin-2: the name 'Putin' already belongs to vladimir-putin"]


# ------------------------------------------------------------------ far years after a day
@pytest.mark.parametrize("text, extent, value", [
    ("It will end on 3 May 2100.", "3 May 2100", "2100-05-03"),
    ("It ends May 3, 2100.", "May 3, 2100", "2100-05-03"),
    ("It ends on 31 December 2150.", "31 December 2150", "2150-12-31"),
    ("It ends on May 3, 2300.", "May 3, 2300", "2300-05-03"),
    ("It began on 3 May 1430.", "3 May 1430", "1430-05-03"),
    # a 24-hour time: the day of the article's year, as before
    ("It ended on 3 May 2100 GMT.", "3 May", "2025-05-03"),
    ("It ended on 3 May 2130 local time.", "3 May", "2025-05-03"),
    ("It ended on 3 May 2100h.", "3 May", "2025-05-03"),
])
def test_a_far_year_after_a_day_and_month_is_the_dates_year(text: str, extent: str,
                                                             value: str) -> None:
    """"3 May 2100" was read as 3 May of the article's year (2026 in a sentence looking
    ahead), though "3 May 2030" is the year 2030 and never 20:30 (left by the seventh sweep)."""
    found = [(t.text, t.value) for t in tag(text, DCT)]
    assert found[0] == (extent, value)


def test_counts_from_a_far_year_reach_the_calendars_edges_without_a_traceback() -> None:
    text = ("It began on 31 December 2399. The next day it ended, and a year later. "
            "It ends on 31 December 9998. The next day it is over, 2 years later too.")
    found = [(t.text, t.value) for t in tag(text, DCT)]
    assert found[:3] == [("31 December 2399", "2399-12-31"), ("The next day", "2400-01-01"),
                         ("a year later", "2401-01-01")]
    assert ("31 December 9998", "9998-12-31") in found


# ------------------------------------------------------------------ other scripts
@pytest.mark.parametrize("text", [
    "\u53cc\u65b9\u5c06\u4e8e2025-09-05\u518d\u6b21\u4f1a\u8c08\u3002",  # Chinese, no spaces
    "\u0648\u0641\u064a2025-09-04 \u062a\u062d\u062f\u062b",  # Arabic glued to the date
    "\u0432\u043e\u04422025/09/05",
])
def test_a_date_glued_to_a_word_of_another_script_gives_no_wrong_year(text: str) -> None:
    """"2025-09-05" glued to a Chinese word (no word boundary before it, so no date) had its
    month read as the second year of a range "2025-09": the year 2009, a claim 16 years off."""
    assert [(t.text, t.value) for t in tag(text, DCT) if t.value.startswith("2009")] == []


def test_a_short_second_year_of_a_range_is_still_read() -> None:
    assert [(t.text, t.value) for t in tag("in the 2025-26 season and 2024/25", DCT)] == \
        [("2025", "2025"), ("26", "2026"), ("2024", "2024"), ("25", "2025")]


# ------------------------------------------------------------------ one text, two urls
COPY = ("Erdogan met Macron in Ankara on 12 September 2025, the Elysee said, and the two "
        "leaders agreed to meet again before the end of the year. Macron said on 13 September "
        "2025 that the talks had gone well and that a summit in Paris was planned for the spring.\n")


def _copies(folder: Path, follows: str = "") -> None:
    for name in ("a", "b"):
        write_source(folder, f"2025-09-03-{name}.md", f'title: "Same"\nurl: https://example.com/'
                     f'{name}\npublished: 2025-09-03\noutlet: Outlet {name}\n'
                     + (follows if name == "b" else ""), COPY)


def test_two_sources_of_one_text_under_two_urls_are_named(tmp_path: Path) -> None:
    """Two copies of one story under two urls counted as two independent reports (the dates
    they give as corroborated twice) without a word."""
    from generator.sources import load_sources

    _copies(tmp_path)
    sources, problems = load_sources([tmp_path])
    assert len(sources) == 2
    assert [(p.path.rsplit("/", 1)[-1], p.line, p.severity, p.message.split(":")[0])
            for p in problems] == [("2025-09-03-b.md", 3, "warning", f"has the same text as "
                                    f"{(tmp_path / '2025-09-03-a.md').as_posix()} (a copy under "
                                    "another url?)")]


def test_a_copy_naming_what_it_follows_is_no_warning(tmp_path: Path) -> None:
    from generator.sources import load_sources

    _copies(tmp_path, "follows: {outlet: Outlet a, url: 'https://example.com/a', "
                      "published: 2025-09-03}\n")
    assert load_sources([tmp_path])[1] == ()


# ------------------------------------------------------------------ site/ a symbolic link
def test_a_site_folder_that_is_a_link_is_refused_not_replaced(
        project: Path, tmp_path_factory: pytest.TempPathFactory,
        capsys: pytest.CaptureFixture) -> None:
    """site/ linked to a web server's folder: the build put a folder of its own in the link's
    place (the swap exchanges two folders) and the folder served was never written, exit 0."""
    write_source(project / "sources", "2026-01-29-a.md", GOOD_FRONT)
    served = tmp_path_factory.mktemp("served")
    (project / "site").symlink_to(served)
    assert main(["build", "--jobs", "1"]) == 1
    err = capsys.readouterr().err
    assert f"site is a symbolic link (to {served})" in err and "Traceback" not in err
    assert (project / "site").is_symlink() and list(served.iterdir()) == []


# ------------------------------------------------------------------ run from another folder
@pytest.mark.parametrize("command", [["build", "--jobs", "1"], ["check"], ["names"],
                                     ["serve", "--port", "0"]])
@pytest.mark.parametrize("folder", ["sources", "docs"])
def test_a_command_run_in_a_projects_subfolder_names_the_project(
        project: Path, capsys: pytest.CaptureFixture, monkeypatch: pytest.MonkeyPatch,
        command: list[str], folder: str) -> None:
    """`timeline build` in sources/ said only "sources: does not exist"; in docs/, once built,
    it read the generated pages of docs/sources/ as articles (problems about files that are no
    sources)."""
    (project / "docs" / "sources").mkdir(exist_ok=True)
    write_source(project / "docs" / "sources", "x.md", "title: X\n")
    monkeypatch.chdir(project / folder)
    assert main(command) == 2
    assert capsys.readouterr().err == (
        f"timeline: no timeline project in {project / folder} (no mkdocs.yml there); run it in "
        f"the project's folder, the one holding mkdocs.yml ({project}, above this one)\n")


def test_add_in_the_sources_folder_writes_no_sources_folder_inside(
        project: Path, capsys: pytest.CaptureFixture, monkeypatch: pytest.MonkeyPatch) -> None:
    article = project / "a.txt"
    article.write_text("Putin spoke on 3 September 2025.\n", encoding="utf-8")
    monkeypatch.chdir(project / "sources")
    assert main(["add", "--url", "https://example.com/x", "--title", "T", "--published",
                 "2025-09-03", str(article)]) == 2
    assert not (project / "sources" / "sources").exists()


def test_build_in_a_folder_of_no_project_leaves_nothing_there(
        tmp_path: Path, capsys: pytest.CaptureFixture, monkeypatch: pytest.MonkeyPatch) -> None:
    """It left a .timeline-build/ behind ("sources: does not exist")."""
    monkeypatch.chdir(tmp_path)
    assert main(["build"]) == 2
    assert "timeline init DIR" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


# ------------------------------------------------------------------ rewrites of rewrites
def _source(name: str, follows: str | None):
    import datetime as _dt

    from generator.model import Follows, Source
    return Source(name, f"{name}.md", f"https://{name}.example/1", name, _dt.date(2025, 9, 13),
                  "", 0, outlet=name,
                  follows=Follows(None, f"https://{follows}.example/1", None) if follows else None)


@pytest.mark.parametrize("chain, count", [
    ({"a": None, "b": "a", "c": "b"}, 1),  # C rewrites B, which rewrites A: one voice
    ({"a": None, "b": "a", "c": "b", "d": None}, 2),
    ({"b": "a", "c": "b"}, 1),  # A is not among the sources: B and C still tell its report
    ({"a": "b", "b": "a"}, 1),  # a loop of rewrites: one voice, whichever is read first
    ({"a": "a"}, 1),
])
def test_a_rewrite_of_a_rewrite_is_no_second_independent_report(chain: dict, count: int) -> None:
    """C following B, which follows A, counted as a second independent report (C's origin was
    B's url, not A's): an event told by one report and its rewrites showed two reports."""
    from generator.events import independent_count

    sources = {name: _source(name, up) for name, up in chain.items()}
    assert independent_count(list(sources), sources) == count
    assert independent_count(list(reversed(sources)), dict(reversed(sources.items()))) == count


@pytest.mark.parametrize("zw", ZW + ["\u00ad"])
def test_a_file_name_with_an_invisible_character_gives_the_same_id(tmp_path: Path,
                                                                    zw: str) -> None:
    """'2025-09-03-reu\\u200bters.md' gave the id '2025-09-03-reu-ters' beside '…-reuters':
    two sources whose names look the same, though the docs say invisible characters give one
    id (and the second is refused naming the first)."""
    from generator.sources import load_sources

    for i, name in enumerate(["2025-09-03-reuters", f"2025-09-03-reu{zw}ters"]):
        write_source(tmp_path, f"{name}.md", f"title: T\nurl: https://example.com/{i}\n"
                     "published: 2025-09-03\n")
    sources, problems = load_sources([tmp_path])
    assert [s.id for s in sources] == ["2025-09-03-reuters"]
    assert [p.message for p in problems] == [
        f"has the same id '2025-09-03-reuters' as {(tmp_path / '2025-09-03-reuters.md').as_posix()}"
        "; rename one of the files"]
