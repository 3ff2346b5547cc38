"""The fifth hostile sweep (docs/benchmarks.md, "A fifth sweep"): names in either Unicode form,
one article's address written several ways, a year before 1000 written with leading zeros, and
what the sweep found besides."""

from __future__ import annotations

import datetime as dt
import unicodedata
from pathlib import Path

import pytest

from generator.entities import load_registry, parse_registry
from generator.pipeline import extract
from generator.problems import InputError
from generator.sources import load_sources
from generator.timex import tag
from tests.conftest import ROOT, write_source


def _nf(form: str, text: str) -> str:
    return unicodedata.normalize(form, text)


# ------------------------------------------------------------------ names in NFC and NFD
@pytest.mark.parametrize("text_form", ["NFC", "NFD"])
@pytest.mark.parametrize("registry_form", ["NFC", "NFD"])
def test_a_name_is_found_whatever_the_normal_form_of_the_text_and_the_registry(
        text_form: str, registry_form: str) -> None:
    """An article saved in NFD (macOS, some copy-paste) named no "Viktor Orbán" of a registry
    written in NFC, and the reverse: the names were matched code point for code point."""
    registry = parse_registry(_nf(registry_form, "entities:\n- {id: viktor-orban, name: Viktor "
                                                 "Orbán, kind: person, aliases: [Orbán]}\n"
                                                 "- {id: jose, name: José, kind: person}\n"),
                              "entities.yaml")
    text = _nf(text_form, "Viktor Orbán met José; Orbán left.")
    found = registry.find(text)
    assert [m.entity for m in found] == ["viktor-orban", "jose", "viktor-orban"]
    assert [text[m.start:m.end] for m in found] == [_nf(text_form, n)
                                                    for n in ("Viktor Orbán", "José", "Orbán")]


def test_a_name_does_not_end_before_a_combining_accent() -> None:
    """"Orba" is no name in a decomposed "Orbán": a combining mark goes on the word."""
    registry = parse_registry("entities:\n- {id: orba, name: Orba, kind: person}\n", "e.yaml")
    assert registry.find(_nf("NFD", "Orbán spoke")) == ()
    assert [m.entity for m in registry.find("Orba spoke")] == ["orba"]


def test_one_name_in_two_forms_for_two_entities_is_refused_at_its_line() -> None:
    text = ("entities:\n- {id: a, name: " + _nf("NFC", "Qarthé") + ", kind: place}\n"
            "- {id: b, name: " + _nf("NFD", "Qarthé") + ", kind: place}\n")
    with pytest.raises(InputError) as err:
        parse_registry(text, "entities.yaml")
    assert [str(p) for p in err.value.problems] == [
        f"entities.yaml:3: entity b: the name '{_nf('NFD', 'Qarthé')}' already belongs to a "
        "(written there in the other Unicode form, NFC or NFD)"]


def test_an_article_in_nfd_names_the_registrys_people() -> None:
    from generator.sources import parse_source

    body = _nf("NFD", "Viktor Orbán said on 4 June 2025 that talks would follow.\n")
    source, _ = parse_source('---\ntitle: "T"\nurl: https://example.com/a\npublished: '
                             "2025-06-05\n---\n" + body, "a.md", "a")
    assert source is not None
    registry = load_registry(ROOT / "entities.yaml")
    claims = extract((source,), registry=registry).claims
    assert any("viktor-orban" in c.actors for c in claims)


# ------------------------------------------------------------------ one address, several ways
@pytest.mark.parametrize("second", [
    "https://example.com/news/a/",          # a trailing slash
    "https://EXAMPLE.com/news/a",           # the host's case
    "HTTPS://example.com/news/a",           # the scheme's case
    "https://example.com:443/news/a",       # the default port
    "https://example.com/news/a#comments",  # a fragment
    "https://example.com./news/a",          # the host's final dot
])
def test_one_address_written_two_ways_is_one_source(tmp_path: Path, second: str) -> None:
    """They were two sources, each counted as an independent report. The second is refused as
    the same url, naming both files; the first keeps its id."""
    write_source(tmp_path, "a.md", 'title: "A"\nurl: https://example.com/news/a\n'
                                   "published: 2025-06-01\n")
    write_source(tmp_path, "b.md", f'title: "B"\nurl: {second}\npublished: 2025-06-01\n')
    sources, problems = load_sources([tmp_path])
    assert [s.id for s in sources] == ["a"]
    assert [str(p) for p in problems] == [
        f"{tmp_path.as_posix()}/b.md:3: url {second} is already the url of "
        f"{tmp_path.as_posix()}/a.md (https://example.com/news/a: the same address written "
        "another way)"]


@pytest.mark.parametrize(("one", "other"), [
    ("https://example.com/a?x=1", "https://example.com/a?x=2"),
    ("https://example.com/A", "https://example.com/a"),        # a path's case matters
    ("https://example.com:8443/a", "https://example.com/a"),   # not a default port
    ("https://example.com/a", "https://example.org/a"),
])
def test_different_addresses_stay_different(one: str, other: str) -> None:
    from generator.sources import url_key

    assert url_key(one) != url_key(other)


# ------------------------------------------------------------------ a year with leading zeros
@pytest.mark.parametrize(("text", "value"), [
    ("They met on 3 May 0075.", "0075-05-03"),
    ("They met on May 3, 0075.", "0075-05-03"),
    ("They met on 31 December 0999.", "0999-12-31"),
    # a 24-hour time, not a year (minutes under 60: review of session 11)
    ("The convoy left on 3 May 0800 GMT.", "2025-05-03"),
    ("The strike began on 3 May 0430 local time.", "2025-05-03"),
    ("They met on 3 May 0050.", "2025-05-03"),
    ("They met on 3 May 2024.", "2024-05-03"),
])
def test_a_year_before_1000_written_with_leading_zeros_is_that_year(text: str, value: str) -> None:
    """"3 May 0075" was read as 3 May 2025, the article's year; "3 May 0050" or "0430" may be a
    24-hour time, and stays the article's year."""
    assert [t.value for t in tag(text, dt.date(2025, 6, 1)) if t.type == "DATE"] == [value]


# ------------------------------------------------------------------ the command, misused
def test_check_given_the_curation_file_checks_it(project: Path, capsys) -> None:
    """`timeline check sources/curation.yaml` read neither the sources nor the file ("not
    read: sources are files named *.md; rename it to curation.yaml") and said "0 sources OK"
    of a curation file naming no event."""
    from generator.cli import main

    write_source(project / "sources", "a.md", 'title: "A"\nurl: https://example.com/a\n'
                                              "published: 2025-06-01\n",
                 "Putin met Zelensky on 3 May 2025.\n")
    (project / "sources" / "curation.yaml").write_text(
        "- merge: [e-nope, e-nada]\n  reason: x\n", encoding="utf-8")
    assert main(["check", "sources/curation.yaml"]) == 1
    err = capsys.readouterr().err
    assert "sources/curation.yaml:1: merge: no event has the id e-nope" in err
    (project / "sources" / "curation.yaml").write_text("[]\n", encoding="utf-8")
    assert main(["check", "sources/curation.yaml"]) == 0
    assert capsys.readouterr().out == "1 sources OK\n"


@pytest.mark.parametrize(("name", "hint"), [("notes.txt", "notes.txt.md"), ("README", "README.md"),
                                            ("x.MD", "x.md"), ("y.markdown", "y.md")])
def test_a_file_not_named_md_is_told_the_name_to_give_it(tmp_path: Path, name: str,
                                                         hint: str) -> None:
    """Named on the command line (`timeline check notes.txt`), the hint for "notes.txt" was
    "rename it to notes.txt", the name it had."""
    (tmp_path / name).write_text("x\n", encoding="utf-8")
    _, problems = load_sources([tmp_path / name])
    assert [p.message for p in problems] == [
        f"not read: sources are files named *.md; rename it to {hint} to publish it"]


@pytest.mark.parametrize("port", ["99999", "-1", "65536"])
def test_serve_on_a_port_that_cannot_be_is_a_usage_error(project: Path, capsys,
                                                          port: str) -> None:
    """`timeline serve --port 99999` built the site, then ended in an OverflowError traceback
    from the socket."""
    from generator.cli import main

    with pytest.raises(SystemExit) as stop:
        main(["serve", "--port", port])
    assert stop.value.code == 2
    assert (f"timeline serve: error: argument --port: {int(port)} is not a port; expected 0 to "
            "65535 (0: any free port)") in capsys.readouterr().err
    assert not (project / "site").exists()  # nothing was built


@pytest.mark.parametrize(("settings", "message"), [
    ("- a\n- b\n", "mkdocs.yml:1: expected a mapping of settings (site_name: ..., nav: ...), "
                   "not a list"),
    ("hello\n", "mkdocs.yml:1: expected a mapping of settings (site_name: ..., nav: ...), not "
                "'hello'"),
    ('site_name: ""\n', "mkdocs.yml:1: site_name is empty; give the site a name (every page's "
                        "title and the feeds show it)"),
    ("site_name:\n", "mkdocs.yml:1: site_name is empty; give the site a name (every page's "
                     "title and the feeds show it)"),
])
def test_mkdocs_yml_without_settings_or_a_name_is_one_line(tmp_path: Path, settings: str,
                                                           message: str) -> None:
    """A mkdocs.yml that is a list or a text was an AttributeError traceback in every command;
    an empty site_name built pages titled "Home - " under feeds named "A timeline"."""
    from generator.config import Config

    (tmp_path / "mkdocs.yml").write_text(settings, encoding="utf-8")
    with pytest.raises(InputError) as err:
        Config.from_project(tmp_path)
    assert [str(p) for p in err.value.problems] == [message.replace(
        "mkdocs.yml", f"{tmp_path.as_posix()}/mkdocs.yml", 1)]


def test_init_refuses_an_empty_name(tmp_path: Path, capsys) -> None:
    from generator.cli import main

    assert main(["init", "--name", "  ", str(tmp_path / "p")]) == 1
    assert "--name: is empty; give the site a name; nothing was written" in capsys.readouterr().err
    assert not (tmp_path / "p").exists()
