"""The built site in a real browser (Debian's Chromium driven by Playwright): search, citations,
the visual timeline, console errors, a hostile article, accessibility (axe-core), screenshots.

Chromium comes from Debian (`apt-get install chromium`; .ci/run installs it). Outside CI the
tests skip when it is missing; in CI (CI=true) they fail instead.
Screenshots are written to tests/browser/artifacts/ (phone and desktop widths).
"""

from __future__ import annotations

import functools
import http.server
import json
import os
import shutil
import threading
from pathlib import Path

import pytest

from generator.cli import main
from tests.conftest import ROOT

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
AXE = Path(__file__).resolve().parent / "vendor" / "axe.min.js"
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]

if not CHROMIUM.exists():
    if os.environ.get("CI"):
        pytest.fail("Chromium is missing: .ci/run installs it with apt-get", pytrace=False)
    pytest.skip("Chromium is not installed (apt-get install chromium)", allow_module_level=True)

playwright_api = pytest.importorskip("playwright.sync_api")


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory):
    """The seed sources plus a hostile article, built and served on 127.0.0.1."""
    root = tmp_path_factory.mktemp("browser")
    for name in ("site_templates", "docs", "overrides"):
        from generator.config import GENERATED

        shutil.copytree(ROOT / name, root / name, ignore=shutil.ignore_patterns(*GENERATED))
    for name in ("mkdocs.yml", "entities.yaml"):
        shutil.copy(ROOT / name, root / name)
    shutil.copytree(ROOT / "sources", root / "sources")
    shutil.copy(ROOT / "tests/golden/sources/2026-02-01-hostile.md", root / "sources")
    cwd = os.getcwd()
    os.chdir(root)
    try:
        assert main(["build", "--strict"]) == 0
    finally:
        os.chdir(cwd)
    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args) -> None:
            pass

    handler = functools.partial(Quiet, directory=str(root / "site"))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    data = json.loads((root / "site" / "timeline.json").read_text(encoding="utf-8"))
    yield f"http://127.0.0.1:{server.server_address[1]}", data
    server.shutdown()


@pytest.fixture(scope="module")
def browser():
    with playwright_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS, headless=True)
        yield b
        b.close()


class Watch:
    """What a page did that it must not: errors, dialogs, requests to other hosts."""

    def __init__(self, page, base: str):
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.foreign: list[str] = []
        page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: self.errors.append(str(e)))
        page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))

        def route(r):
            if r.request.url.startswith(base) or r.request.url.startswith("data:"):
                r.continue_()
            else:
                self.foreign.append(r.request.url)
                r.abort()

        page.route("**/*", route)


@pytest.fixture
def page(browser, site):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = context.new_page()
    pg.watch = Watch(pg, site[0])
    yield pg
    context.close()


def visible_events(data: dict) -> list[dict]:
    return [e for e in data["events"] if e["claims"]]


def happenings(data: dict) -> list[dict]:
    """The events the visual timeline shows: background recalled in passing is left out."""
    return [e for e in visible_events(data) if e["kind"] == "happening"]


def test_search_for_istanbul_shows_events(page, site) -> None:
    base, _ = site
    page.goto(base + "/search/")
    page.locator("#search input").type("Istanbul", delay=30)
    page.wait_for_selector(".pagefind-ui__result-link", timeout=10000)
    page.wait_for_timeout(500)
    links = page.locator(".pagefind-ui__result-link").evaluate_all("els => els.map(e => e.href)")
    events = [i for i, href in enumerate(links) if "/events/" in href]
    sources = [i for i, href in enumerate(links) if "/sources/" in href]
    assert events, links
    assert not sources or events[0] < sources[0], links  # events rank above sources
    assert page.watch.errors == []


def test_first_search_downloads_little(page, site) -> None:
    """What a reader's first query costs: the search code and the pieces of index it needs."""
    base, _ = site
    loaded: list[tuple[str, int]] = []
    page.on("response", lambda r: loaded.append((r.url, len(r.body()))) if r.ok else None)
    page.goto(base + "/search/")
    page.locator("#search input").type("Moscow", delay=30)
    page.wait_for_selector(".pagefind-ui__result-link", timeout=10000)
    page.wait_for_timeout(500)
    search_bytes = sum(size for url, size in loaded if "/pagefind/" in url)
    assert search_bytes <= 1_000_000, loaded


def test_a_citation_lands_on_its_highlighted_sentence(page, site) -> None:
    base, data = site
    claim = next(c for c in data["claims"] if "Abu Dhabi last weekend" in c["text"])
    page.goto(f"{base}/events/{claim['event']}/")
    page.locator(f"a[href*='#{claim['id']}']").first.click()
    page.wait_for_url(f"**#{claim['id']}")
    target = page.locator(f"#{claim['id']}")
    assert "convened in Abu Dhabi last weekend" in target.inner_text()
    background = target.evaluate("e => getComputedStyle(e).backgroundColor")
    plain = page.locator(".article p").first.evaluate("e => getComputedStyle(e).backgroundColor")
    assert background != plain
    box = target.bounding_box()
    assert box is not None and 0 <= box["y"] < 900
    assert page.watch.errors == []


def test_visual_timeline_has_one_item_per_event(page, site) -> None:
    base, data = site
    page.goto(base + "/visual/")
    page.wait_for_selector("#vis-box[data-items]", timeout=10000)
    assert page.locator("#vis-box").get_attribute("data-items") == str(len(happenings(data)))
    page.wait_for_selector(".vis-item", timeout=10000)
    ids = page.evaluate("() => Array.from(document.querySelectorAll('.vis-item a'))"
                        ".map(a => a.getAttribute('href'))")
    assert len(set(ids)) == len(happenings(data))
    assert page.watch.errors == []


def test_timeline_filters_hide_other_events(page, site) -> None:
    base, data = site
    page.goto(base + "/timeline/")
    total = page.locator("li.tl-entry").count()
    assert total == len(visible_events(data))
    page.select_option("select[name=places]", "istanbul")
    shown = page.locator("li.tl-entry:not([hidden])").count()
    expected = sum("istanbul" in e["places"] for e in visible_events(data))
    assert 0 < shown == expected < total


def test_no_page_has_console_errors_or_third_party_requests(page, site) -> None:
    base, data = site
    urls = ["/", "/search/", "/timeline/", "/visual/", "/people-and-places/", "/about/",
            f"/events/{visible_events(data)[0]['id']}/", f"/sources/{data['sources'][0]['id']}/"]
    for url in urls:
        page.goto(base + url)
        page.wait_for_load_state("networkidle")
    assert page.watch.errors == []
    assert page.watch.foreign == []


def test_hostile_article_sets_off_nothing(page, site) -> None:
    base, data = site
    hostile = next(s for s in data["sources"] if s["id"].endswith("hostile"))
    events = {c["event"] for c in data["claims"] if c["source"] == hostile["id"]}
    for url in [f"/sources/{hostile['id']}/", "/timeline/", "/visual/", "/"] + \
               [f"/events/{e}/" for e in sorted(events)]:
        page.goto(base + url)
        page.wait_for_load_state("networkidle")
        assert page.title() != "pwned"  # the article's script would have set it
        assert page.evaluate("() => document.querySelectorAll('.md-content script:not([src]):not([type])').length") == 0
        assert page.evaluate("() => document.querySelectorAll('.md-content img[onerror], .md-content [onmouseover]').length") == 0
        assert page.evaluate("() => Array.from(document.querySelectorAll('a')).filter(a => a.href.startsWith('javascript:')).length") == 0
    assert page.watch.dialogs == []
    assert page.watch.foreign == []
    page.goto(f"{base}/sources/{hostile['id']}/")
    assert "<script>document.title = 'pwned'</script>" in page.locator(".article").inner_text()


@pytest.mark.parametrize("which", ["home", "timeline", "event", "source"])
def test_no_serious_accessibility_violations(page, site, which: str) -> None:
    base, data = site
    url = {"home": "/", "timeline": "/timeline/",
           "event": f"/events/{visible_events(data)[0]['id']}/",
           "source": f"/sources/{data['sources'][0]['id']}/"}[which]
    page.goto(base + url)
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    serious = [(v["id"], v["impact"], len(v["nodes"])) for v in result["violations"]
               if v["impact"] in ("serious", "critical")]
    assert serious == []


@pytest.mark.parametrize("width,height,name", [(390, 844, "phone"), (1280, 900, "desktop")])
def test_screenshots(browser, site, width: int, height: int, name: str) -> None:
    base, data = site
    ARTIFACTS.mkdir(exist_ok=True)
    context = browser.new_context(viewport={"width": width, "height": height})
    pg = context.new_page()
    for slug, url in [("home", "/"), ("timeline", "/timeline/"), ("visual", "/visual/"),
                      ("event", f"/events/{visible_events(data)[0]['id']}/")]:
        pg.goto(base + url)
        pg.wait_for_load_state("networkidle")
        path = ARTIFACTS / f"{slug}-{name}.png"
        pg.screenshot(path=str(path), full_page=True)
        assert path.stat().st_size > 10_000
    context.close()
