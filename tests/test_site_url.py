"""The site's address: one place (mkdocs.yml's site_url, from SITE_URL), used by the pages'
sharing tags (MkDocs), the feeds and timelinejs.json (absolute links only when it is known)."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import feedparser
import pytest

from generator.config import Config
from generator.entities import read_registry
from generator.pipeline import check, extract
from generator.project import read_templates
from generator.render import render
from tests.conftest import ROOT

GOLDEN = Path(__file__).resolve().parent / "golden" / "sources"


def write_mkdocs(folder: Path, line: str) -> Config:
    (folder / "mkdocs.yml").write_text(f"site_name: t\n{line}\n", encoding="utf-8")
    return Config.from_project(folder)


@pytest.mark.parametrize("line,env,expected", [
    ("site_url: !ENV SITE_URL", {"SITE_URL": "https://example.org/t"}, "https://example.org/t/"),
    ("site_url: !ENV SITE_URL", {}, ""),
    ("site_url: !ENV [SITE_URL, 'https://fallback.example/']", {}, "https://fallback.example/"),
    ("site_url: !ENV [SITE_URL, 'https://fallback.example/']", {"SITE_URL": "https://a.example/"},
     "https://a.example/"),
    ("site_url: https://plain.example/x/", {"SITE_URL": "https://ignored.example/"},
     "https://plain.example/x/"),
])
def test_site_url_is_read_as_mkdocs_reads_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                             line: str, env: dict, expected: str) -> None:
    monkeypatch.delenv("SITE_URL", raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert write_mkdocs(tmp_path, line).site_url == expected


def pages(site_url: str) -> dict[str, str]:
    config = replace(Config.from_project(ROOT), site_url=site_url)
    registry = read_registry(config.path("entities"))
    sources, _ = check([GOLDEN])
    return {p.path: p.text for p in render(extract(sources, registry=registry), config, registry,
                                           read_templates(config))}


def test_feeds_and_timelinejs_link_absolutely_when_the_address_is_known() -> None:
    url = "https://example.org/timeline/"
    known, unknown = pages(url), pages("")
    feed = feedparser.parse(known["events.atom"])
    assert feed.entries and all(e.link.startswith(url + "events/e-") for e in feed.entries)
    assert feed.feed.links[0].href == url + "events.atom"
    data = json.loads(known["timelinejs.json"])
    assert all(f'href="{url}events/e-' in e["text"]["text"] for e in data["events"])
    assert "URL:https://example.org/timeline/events/e-" in known["events.ics"].replace("\r\n ", "")
    # unknown address: links stay relative, nothing names a host
    assert "https://example.org" not in unknown["events.atom"] + unknown["timelinejs.json"]
    assert all(e.link.startswith("events/e-")
               for e in feedparser.parse(unknown["events.atom"]).entries)


def test_a_site_url_that_is_no_plain_address_is_refused_with_its_line(tmp_path) -> None:
    """The address is printed into attributes by the pages, the feeds and the theme: one with
    quotes or angle brackets ('"><script>') is refused, naming mkdocs.yml and the line."""
    from generator.problems import InputError
    from generator.project import load_project
    (tmp_path / "mkdocs.yml").write_text('site_name: T\nsite_url: "https://x.example/\\"><script>"\n',
                                         encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_project(tmp_path)
    (problem,) = caught.value.problems
    assert problem.path.endswith("mkdocs.yml") and problem.line == 2
    (tmp_path / "mkdocs.yml").write_text("site_name: T\nsite_url: https://x.example/a\n"
                                         "markdown_extensions: [attr_list]\n", encoding="utf-8")
    assert load_project(tmp_path).config.site_url == "https://x.example/a/"


@pytest.mark.parametrize("value,refused", [("false", True), ("no", True), ("true", False), (None, False)])
def test_file_urls_are_refused_with_their_line(tmp_path, value, refused) -> None:
    """The generated pages link to each other as folders ("../../events/ID/") in HTML that
    MkDocs does not rewrite: ``use_directory_urls: false`` would break every such link, so it
    is refused, naming mkdocs.yml and the line (true or no line at all builds)."""
    from generator.problems import Problem
    from tests.conftest import mkdocs_config
    line = "" if value is None else f"use_directory_urls: {value}\n"
    loaded = mkdocs_config(tmp_path, f"site_name: T\n{line}markdown_extensions: [attr_list]\n")
    if not refused:
        assert loaded.directory_urls
        return
    assert isinstance(loaded, Problem)
    assert loaded.path.endswith("mkdocs.yml") and loaded.line == 2
    assert "use_directory_urls" in loaded.message
