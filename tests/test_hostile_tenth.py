"""The tenth hostile sweep (docs/benchmarks.md, "A tenth sweep"): determinism, the calendar's
edges, and mkdocs.yml edited by a user (Markdown extensions added)."""

from __future__ import annotations

import html
import re
from pathlib import Path

import markdown
import pytest

from generator.render import h, md, text_html

# the extensions a project may add to mkdocs.yml whose inline syntax a text could trigger
EXTENSIONS = ["toc", "attr_list", "md_in_html", "pymdownx.mark", "pymdownx.caret",
              "pymdownx.tilde", "pymdownx.keys", "pymdownx.arithmatex", "pymdownx.emoji",
              "pymdownx.critic"]
MARKS = ["==m==", "^^c^^", "^s^", "~~t~~", "~s~", "{++ins++}", "{--del--}", "{~~a~>b~~}",
         "{==hl==}", "++ctrl+alt++", "$x^2$", "$$y$$", ":smile:", "{--a--} {>>b<<}", "C\\{--d--}"]
MADE = re.compile(r"<(?:mark|ins|del|sup|sub|kbd|img|script|span)\b|critic|arithmatex")


@pytest.mark.parametrize("mark", MARKS)
def test_a_heading_shows_an_extensions_marks_as_written(mark: str) -> None:
    """A title 'P ==m== $x^2$ :smile:' was a <mark>, a <script type="math/tex"> and an image
    from another host in its heading (the window's title showed the text as written)."""
    title = f"Putin {mark} Zelensky"
    out = markdown.markdown(f"# {md(title)}", extensions=EXTENSIONS)
    assert not MADE.search(out), out
    assert html.unescape(re.sub(r"<[^>]+>", "", out)) == title


@pytest.mark.parametrize("mark", MARKS)
def test_an_html_block_shows_critics_marks_as_written(mark: str) -> None:
    """Critic's preprocessor reads raw HTML blocks too: an article's '{--del--}' was struck
    through on its source page, an outlet's in its list of facts."""
    text = f"Putin met Zelensky on 3 September 2025 {mark}, the Kremlin said."
    for shown in (text_html(text), str(h(text))):
        out = markdown.markdown(f'<div markdown="0">\n{shown}\n</div>', extensions=EXTENSIONS)
        assert "critic" not in out, out
        assert html.unescape(re.sub(r"<[^>]+>", "", out)).strip() == text


def test_titles_without_those_marks_are_written_as_before() -> None:
    """Single '=' and '+', and a colon before a space, stay themselves (the pages' bytes)."""
    assert md("A = B + C: talks at 10:30") == "A = B + C: talks at 10:30"


# ------------------------------------------------------------------ the clock's one use
def test_today_is_the_latest_date_on_any_clock() -> None:
    """At 10:30 UTC on 3 December it is 4 December at UTC+13 and +14 (Auckland in summer,
    Kiritimati): an article dated 4 December as it appeared there was refused as 'later than
    today (2026-12-03 UTC)' until UTC's midnight."""
    import datetime as dt

    from generator.cli import today_anywhere
    assert today_anywhere(dt.datetime(2026, 12, 3, 10, 30, tzinfo=dt.UTC)) == dt.date(2026, 12, 4)
    assert today_anywhere(dt.datetime(2026, 12, 3, 9, 59, tzinfo=dt.UTC)) == dt.date(2026, 12, 3)
    # at UTC-12 (Baker Island) the date is the day before UTC's: never later than this
    assert today_anywhere(dt.datetime(2026, 12, 3, 23, 59, tzinfo=dt.UTC)) == dt.date(2026, 12, 4)


def test_a_source_dated_tomorrow_anywhere_on_earth_is_refused(tmp_path, capsys) -> None:
    import datetime as dt

    from generator.cli import today_anywhere
    from generator.sources import load_sources
    from tests.conftest import write_source
    late = today_anywhere() + dt.timedelta(days=1)
    path = write_source(tmp_path / "sources", "f.md", f"title: T\nurl: https://example.com/f\n"
                        f"published: {late.isoformat()}\n")
    sources, problems = load_sources([path.parent], today_anywhere())
    assert not sources
    assert f"later than today ({today_anywhere().isoformat()}, anywhere on Earth)" in problems[0].message


# ------------------------------------------------------------------ dates at the edges
@pytest.mark.parametrize("stamp,day", [
    ("2025-09-03T23:30:00-12:00", "2025-09-03"), ("2025-09-04T00:10:00.123456+14:00", "2025-09-04"),
    ("2025-09-03T10:00Z", "2025-09-03"), ("2016-12-31T23:59:60Z", "2016-12-31"),
    ("2025-09-03T24:00", "2025-09-03")])
def test_an_iso_stamp_in_a_text_is_its_day(stamp: str, day: str) -> None:
    """'Rubio landed at 2025-09-03T23:30:00-12:00' was dated to the year 2025 alone (the 'T'
    after the date ended no word); the day as written there now, as a reader reads it."""
    import datetime as dt

    from generator.timex import tag
    found = tag(f"Rubio landed at {stamp}, officials said.", dt.date(2025, 9, 5))
    assert [(t.text, t.value) for t in found] == [(day, day)]


def test_an_iso_date_of_day_00_is_its_month_with_a_warning(tmp_path) -> None:
    """'on 2025-03-00' (and '2025-03-35', which iso_date reads too) gave no claim and no
    warning, where '30 February 2025' is dated to its month and warned at its line."""
    import datetime as dt

    from generator.claims import extract_claims, missing_days
    from generator.sources import load_sources
    from generator.text import source_sentences
    from tests.conftest import write_source
    path = write_source(tmp_path / "sources", "f.md", "title: T\nurl: https://example.com/f\n"
                        "published: 2025-03-01\n", "Witkoff met Dmitriev on 2025-03-00.\n\n"
                        "Putin spoke on 2025-03-35.\n")
    (source,), _ = load_sources([path.parent], dt.date(2026, 1, 1))
    claims = extract_claims(source, source_sentences(source))
    assert [(c.when.start.isoformat(), c.when.granularity) for c in claims] == [
        ("2025-03-01", "month"), ("2025-03-01", "month")]
    assert [(p.line, p.message[:40]) for p in missing_days(source, claims)] == [
        (6, "'2025-03-00' names a day its month does "), (8, "'2025-03-35' names a day its month does ")]


def test_no_interval_ends_on_the_last_day_a_date_can_hold() -> None:
    """The pages, the calendar and the visual timeline end an interval the day after it: 31
    December 9999 has none. And the ISO week of that day ends in the year 10000."""
    from generator.timex.values import interval
    assert [interval(v) for v in ("9999", "9999-12", "9999-12-31", "9999-W52", "99", "999")] \
        == [None] * 6
    assert interval("9998-12-31") is not None and interval("9999-01-01") is not None


def test_a_count_to_the_last_day_builds(project, capsys) -> None:
    """'on 31 December 9998 ... a year later' (9999-12-31): the build stopped with an
    OverflowError traceback (merging's week around the day, then the visual timeline's end)."""
    import json

    from generator.cli import main
    from tests.conftest import write_source
    write_source(project / "sources", "far.md", "title: Far\nurl: https://example.com/far\n"
                 "published: 2025-03-01\n", "Putin met Zelensky on 31 December 9998 and again "
                 "a year later, the Kremlin said.\n\nRubio met Lavrov on 31 December 9998, and "
                 "a day later.\n")
    assert main(["build", "--strict", "--jobs", "1"]) == 0, capsys.readouterr().err
    data = json.loads((project / "site" / "timeline.json").read_text(encoding="utf-8"))
    assert max(c["when"]["end"] for c in data["claims"]) == "9999-01-01"
    assert "DTEND;VALUE=DATE:99990102" in (project / "site" / "events.ics").read_text(encoding="utf-8")


# ------------------------------------------------------------------ mkdocs.yml edited
@pytest.mark.parametrize("plugins,refused", [
    ("[offline]", True), ("[search, material/offline]", True), ("{offline: {}}", True),
    ("[{offline: {enabled: true}}]", True), ("[{offline: {enabled: false}}]", False),
    ("[{offline: {enabled: !ENV [T10_OFFLINE, false]}}]", False), ("[search]", False),
    ("[]", False)])
def test_the_offline_plugin_is_refused_as_use_directory_urls_false(project, capsys, plugins,
                                                                  refused) -> None:
    """Material's offline plugin sets use_directory_urls: false as MkDocs runs: `build
    --strict` passed, with pages at events/ID.html and 1,403 of 3,284 links of the site
    leading nowhere (the generated pages link to each other as folders)."""
    from generator.cli import main
    from tests.conftest import GOOD_FRONT, write_source
    yml = project / "mkdocs.yml"
    text = yml.read_text(encoding="utf-8")
    assert "\nplugins: []\n" in text
    yml.write_text(text.replace("\nplugins: []\n", f"\nplugins: {plugins}\n"), encoding="utf-8")
    write_source(project / "sources", "a.md", GOOD_FRONT)
    assert main(["check"]) == (1 if refused else 0)
    err = capsys.readouterr().err
    assert ("the offline plugin is not supported" in err) == refused, err
    if refused:
        line = text.splitlines().index("plugins: []") + 1
        assert err.startswith(f"mkdocs.yml:{line}: "), err


def test_the_offline_plugin_enabled_from_the_environment_is_refused(project, capsys, monkeypatch) -> None:
    from generator.cli import main
    from tests.conftest import GOOD_FRONT, write_source
    yml = project / "mkdocs.yml"
    yml.write_text(yml.read_text(encoding="utf-8").replace(
        "\nplugins: []\n", "\nplugins:\n  - offline:\n      enabled: !ENV [T10_OFFLINE, false]\n"),
        encoding="utf-8")
    write_source(project / "sources", "a.md", GOOD_FRONT)
    monkeypatch.setenv("T10_OFFLINE", "true")
    assert main(["check"]) == 1
    assert "the offline plugin is not supported" in capsys.readouterr().err


@pytest.mark.parametrize("extensions,refused", [
    ("[admonition, md_in_html]", True), (None, True), ("[markdown.extensions.attr_list]", False),
    ("[{attr_list: {}}]", False), ("{attr_list: {}, toc: {permalink: true}}", False)])
def test_markdown_extensions_without_attr_list_are_refused(tmp_path, extensions, refused) -> None:
    """Every generated heading ends in '{ data-pagefind-weight=… }': with attr_list removed from
    mkdocs.yml (or no markdown_extensions at all) that was the heading's text on every page,
    and `build --strict` passed."""
    from generator.problems import Problem
    from tests.conftest import mkdocs_config
    line = "" if extensions is None else f"markdown_extensions: {extensions}\n"
    loaded = mkdocs_config(tmp_path, f"site_name: T\n{line}")
    if not refused:
        assert loaded.attr_list
        return
    assert isinstance(loaded, Problem)
    assert loaded.line == (2 if extensions else None) and "lacks attr_list" in loaded.message


# ------------------------------------------------------------------ timestamps no date holds
@pytest.mark.parametrize("value,why", [
    ("2025-09-03T23:59:60Z", "second must be in 0..59"), ("2025-02-30", "day is out of range"),
    ("2025-09-03 25:00:00", "hour must be in 0..23")])
def test_a_timestamp_no_date_holds_in_entities_yaml_is_named(tmp_path, value, why) -> None:
    """YAML reads an unquoted '2025-02-30' or a leap second as a timestamp, and constructing it
    raised a ValueError traceback from `check` and `build` (front matter and curation.yaml
    read their scalars as text)."""
    from generator.entities import read_registry
    from generator.problems import InputError
    path = tmp_path / "entities.yaml"
    path.write_text("entities:\n  - {id: x, name: Xq, kind: person}\n"
                    f"  - {{id: y, name: Yq, kind: place, note: {value}}}\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        read_registry(path)
    (problem,) = caught.value.problems
    assert problem.line == 3 and f"'{value}' is read by YAML as a date or time" in problem.message
    assert why in problem.message


def test_a_timestamp_no_date_holds_in_mkdocs_yml_is_named(tmp_path) -> None:
    from generator.config import Config
    from generator.problems import InputError
    (tmp_path / "mkdocs.yml").write_text("site_name: T\nextra:\n  when: 2025-02-30\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        Config.from_project(tmp_path)
    (problem,) = caught.value.problems
    assert problem.path.endswith("mkdocs.yml") and problem.line == 3


# ------------------------------------------------------------------ follows
def _follower(folder, name: str, follows: str) -> None:
    from tests.conftest import write_source
    write_source(folder, f"{name}.md", f"title: {name.upper()}\nurl: https://example.com/{name}\n"
                 f"published: 2025-09-03\nfollows: {{outlet: O, url: 'https://example.com/{follows}'"
                 ", published: 2025-09-03}\n", "Putin met Zelensky on 3 September 2025.\n")


def test_a_loop_of_rewrites_is_warned_once_at_its_first_file(tmp_path) -> None:
    """A follows B's report, B C's, C A's: one of them is the first report, but the three were
    counted as one voice without a word."""
    from generator.sources import load_sources
    folder = tmp_path / "sources"
    for name, follows in [("c", "a"), ("a", "b"), ("b", "c"), ("d", "a"), ("e", "x")]:
        _follower(folder, name, follows)
    sources, problems = load_sources([folder])
    assert len(sources) == 5
    (problem,) = problems
    assert (Path(problem.path).name, problem.line, problem.severity) == ("a.md", 5, "warning")
    names = re.search(r"\((.*)\)", problem.message).group(1).split(" -> ")
    assert [Path(n).name for n in names] == ["a.md", "b.md", "c.md", "a.md"]


def test_a_chain_of_rewrites_is_no_loop(tmp_path) -> None:
    from generator.sources import load_sources
    folder = tmp_path / "sources"
    for i in range(300):  # a chain: each walked once
        _follower(folder, f"s{i:03d}", f"s{i + 1:03d}")
    assert load_sources([folder])[1] == ()


def test_settings_inherited_through_INHERIT_are_read(tmp_path) -> None:
    """'INHERIT: base.yml' (MkDocs merges the file it names under this one): the settings read
    were mkdocs.yml's alone, so a site_url, use_directory_urls: false or the offline plugin
    set in base.yml went unseen, and its markdown_extensions read as none."""
    from generator.config import Config
    from generator.problems import InputError
    from generator.project import load_project
    (tmp_path / "base.yml").write_text("site_url: https://example.org/sub\nmarkdown_extensions:\n"
                                       "  - attr_list\n", encoding="utf-8")
    (tmp_path / "mkdocs.yml").write_text("INHERIT: base.yml\nsite_name: T\n", encoding="utf-8")
    config = load_project(tmp_path).config
    assert (config.site_url, config.attr_list) == ("https://example.org/sub/", True)
    with (tmp_path / "base.yml").open("a", encoding="utf-8") as f:
        f.write("use_directory_urls: false\n")
    with pytest.raises(InputError) as caught:
        load_project(tmp_path)
    assert "use_directory_urls: false is not supported" in caught.value.problems[0].message
    for inherit, message in [("nothere.yml", "nothere.yml does not exist"),
                             ("mkdocs.yml", "is inherited already (a loop)")]:
        (tmp_path / "mkdocs.yml").write_text(f"site_name: T\nINHERIT: {inherit}\n", encoding="utf-8")
        with pytest.raises(InputError) as caught:
            Config.from_project(tmp_path)
        (problem,) = caught.value.problems
        assert problem.line == 2 and message in problem.message
