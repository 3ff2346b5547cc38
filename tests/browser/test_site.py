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
import re
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

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args) -> None:
            pass

    handler = functools.partial(Quiet, directory=str(root / "site"))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    # built for its address, as the publish workflow builds for GitHub Pages' (mkdocs.yml)
    cwd, previous = os.getcwd(), os.environ.get("SITE_URL")
    os.chdir(root)
    os.environ["SITE_URL"] = base + "/"
    try:
        assert main(["build", "--strict"]) == 0
    finally:
        os.chdir(cwd)
        if previous is None:
            del os.environ["SITE_URL"]
        else:
            os.environ["SITE_URL"] = previous
    data = json.loads((root / "site" / "timeline.json").read_text(encoding="utf-8"))
    yield base, data
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


def header_search(page, base: str, query: str) -> list[str]:
    """Type ``query`` into the header search of the home page (opened with "/", as in
    Material); the result links as listed, once they have settled."""
    page.goto(base + "/")
    page.wait_for_load_state("networkidle")
    page.keyboard.press("/")
    assert page.evaluate("() => document.activeElement.id") == "header-search-input"
    page.keyboard.type(query, delay=30)
    page.wait_for_selector("#header-search-results a.md-search-result__link", timeout=10000)
    page.wait_for_timeout(500)
    return page.locator("#header-search-results a.md-search-result__link").evaluate_all(
        "els => els.map(e => e.href)")


def test_header_search_from_home_finds_an_event_first(page, site) -> None:
    base, _ = site
    links = header_search(page, base, "Istanbul")
    kinds = [("event" if "/events/" in h else "entity" if "/entities/" in h else
              "source" if "/sources/" in h else "search" if "/search/" in h else "page")
             for h in links]
    assert kinds[0] == "event", links  # events first, then people and places, then sources
    order = [k for i, k in enumerate(kinds) if k not in kinds[:i]]
    assert order == sorted(order, key=["event", "entity", "source", "page", "search"].index), links
    assert kinds[-1] == "search" and links[-1].endswith("/search/?q=Istanbul"), links
    text = page.locator("#header-search-results").inner_text()
    assert "¶" not in text
    # excerpts quote what was said, not an event page's facts lines (look37)
    assert not any(f in text for f in ("Sources:", "Reported by:", "Who:", "Where:")), text
    assert page.locator("#header-search-results mark").count() > 0  # the words are marked
    # an event's result says when it happened (look37: none did)
    first = page.locator("#header-search-results .md-search-result__item").first
    assert re.search(r"\b20\d\d\b", first.locator(".search-date").inner_text())
    page.keyboard.press("ArrowDown")  # the arrow keys walk the results, Escape closes
    assert page.evaluate("() => document.activeElement.href") == links[0]
    page.keyboard.press("Escape")
    assert page.evaluate("() => document.getElementById('__search').checked") is False
    assert page.watch.errors == []


def test_full_results_page_lists_events_first(page, site) -> None:
    base, _ = site
    page.goto(base + "/search/?q=Istanbul")
    page.wait_for_selector("#search-page-results li.search-hit a", timeout=10000)
    page.wait_for_timeout(500)
    headings = page.locator("#search-page-results h2").all_inner_texts()
    assert headings[0].startswith("Events"), headings
    links = page.locator("#search-page-results li.search-hit > a").evaluate_all(
        "els => els.map(e => e.href)")
    assert "/events/" in links[0], links
    assert "¶" not in page.locator("#search-page-results").inner_text()
    # every result is listed (fewer than a page per group): no group offers more
    assert page.locator("#search-page-results li.search-hit").count() == int(
        page.locator("#search-page-status").inner_text().split()[0])
    assert page.locator("#search-page-results button.search-more:visible").count() == 0
    assert page.watch.errors == []


def test_first_search_downloads_little(page, site) -> None:
    """What a reader's first query from the header costs: the search code and the pieces of
    index, filters and excerpts it needs (written to artifacts/search-download.txt)."""
    base, _ = site
    page.goto(base + "/")
    page.wait_for_load_state("networkidle")
    loaded: list[tuple[str, int]] = []
    page.on("response", lambda r: loaded.append((r.url, len(r.body()))) if r.ok else None)
    header_search(page, base, "Moscow")
    search_bytes = sum(size for url, size in loaded if "/pagefind/" in url)
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / "search-download.txt").write_text(
        f"first header query ('Moscow'): {search_bytes} bytes from /pagefind/\n" + "".join(
            f"{size:>9}  {url.split('/pagefind/')[1]}\n" for url, size in loaded
            if "/pagefind/" in url), encoding="utf-8")
    assert 0 < search_bytes <= 1_000_000, loaded


def test_an_event_page_is_shareable(page, site) -> None:
    """Canonical address, description and OpenGraph/Twitter tags from the event's headline and
    summary, the feed found from <head>; the sitemap lists every page; links in the feed and in
    timelinejs.json are absolute."""
    base, data = site
    event = next(e for e in visible_events(data) if e["summary"] and e["summary"] != e["title"])
    url = f"{base}/events/{event['id']}/"
    page.goto(url)

    def head(selector: str, attribute: str = "content") -> str:
        return page.locator(f"head {selector}").get_attribute(attribute)

    assert head("link[rel=canonical]", "href") == url
    assert head("meta[property='og:url']") == url
    title = head("meta[property='og:title']")  # the headline, shortened as in <title>
    assert title == head("meta[name='twitter:title']") and page.title().startswith(title)
    assert event["title"].startswith(title.rstrip("…")) and len(title) > 10
    description = head("meta[name=description]")
    assert description == head("meta[property='og:description']") == \
        head("meta[name='twitter:description']")
    assert event["summary"][:60] in description
    assert head("link[rel=alternate][type='application/atom+xml']", "href") == base + "/events.atom"
    sitemap = page.request.get(base + "/sitemap.xml").text()
    for e in visible_events(data):
        assert f"<loc>{base}/events/{e['id']}/</loc>" in sitemap
    for s in data["sources"]:
        assert f"<loc>{base}/sources/{s['id']}/</loc>" in sitemap
    assert f"<loc>{base}/timeline/</loc>" in sitemap
    feed = page.request.get(base + "/events.atom").text()
    assert f'href="{url}"' in feed
    timelinejs = page.request.get(base + "/timelinejs.json").json()
    assert any(url in e["text"]["text"] for e in timelinejs["events"])


def test_navigation_puts_readers_first_and_editors_in_one_section(page, site) -> None:
    base, _ = site
    page.goto(base + "/")
    top = page.locator(".md-nav--primary > .md-nav__list > .md-nav__item").evaluate_all(
        "els => els.map(e => e.querySelector('.md-nav__link').textContent.trim())")
    assert top == ["Home", "Timeline", "Visual timeline", "People and places", "Search",
                   "How dates are read", "For editors"]
    editors = page.locator(".md-nav--primary > .md-nav__list > .md-nav__item:last-child "
                           ".md-nav__item .md-nav__link").all_inner_texts()
    assert [t.strip() for t in editors] == ["Writing sources", "Curation",
                                            "Previewing and publishing", "Data export",
                                            "How well it reads", "Benchmarks", "Architecture",
                                            "Site engines"]


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


def open_visual(page, base: str) -> None:
    page.goto(base + "/visual/")
    page.wait_for_selector("#vis-box[data-fitted='1']", timeout=10000)


def visual_window(page) -> tuple[float, float]:
    return page.evaluate("() => [Number(document.getElementById('vis-box').dataset.start), "
                         "Number(document.getElementById('vis-box').dataset.end)]")


def test_visual_timeline_has_one_item_per_event(page, site) -> None:
    base, data = site
    open_visual(page, base)
    assert page.locator("#vis-box").get_attribute("data-items") == str(len(happenings(data)))
    ids = page.evaluate("() => Array.from(document.querySelectorAll('.vis-item a'))"
                        ".map(a => a.getAttribute('href'))")
    assert len(set(ids)) == len(happenings(data))
    assert page.watch.errors == []


def measure_labels(page) -> list[dict]:
    """Every label drawn on the visual timeline: its text, box, and whether it is inside the
    line's panel and whole (not cut by its own box)."""
    return page.evaluate("""() => {
        const panel = document.querySelector('#vis-box .vis-panel.vis-center').getBoundingClientRect();
        // items gathered into a bubble stay in the page, undisplayed: only drawn ones count
        const drawn = Array.from(document.querySelectorAll('#vis-box .vis-item.vis-point'))
            .filter(el => el.isConnected && el.getClientRects().length > 0
                    && el.closest('.vis-itemset') !== null);
        return drawn.map(el => {
            const r = el.getBoundingClientRect(), c = el.querySelector('.vis-item-content');
            return {text: el.textContent, left: r.left, right: r.right, top: r.top,
                    bottom: r.bottom, inside: r.left >= panel.left - 1 && r.right <= panel.right + 1
                    && r.top >= panel.top - 1 && r.bottom <= panel.bottom + 1,
                    cut: c.scrollWidth > c.clientWidth + 1, width: r.width};
        });
    }""")


def assert_readable(labels: list[dict]) -> None:
    assert [x["text"] for x in labels if not x["inside"] or x["cut"]] == []
    assert all(x["width"] > 60 for x in labels), labels  # a label, not a sliver
    texts = [x["text"] for x in labels]
    assert len(set(texts)) == len(texts), texts
    for i, a in enumerate(labels):
        for b in labels[i + 1:]:
            apart = (a["right"] <= b["left"] or b["right"] <= a["left"] or
                     a["bottom"] <= b["top"] or b["bottom"] <= a["top"])
            assert apart, (a["text"], b["text"])


def test_visual_timeline_labels_are_whole_and_distinct_at_the_first_view(page, site) -> None:
    """At the default zoom every label is drawn in full: inside the line's panel, not cut
    by its own box, not over another label, and no two read the same."""
    base, data = site
    open_visual(page, base)
    labels = measure_labels(page)
    assert len(labels) == len(happenings(data))
    assert_readable(labels)
    assert page.watch.errors == []


def test_a_dense_visual_timeline_clusters_and_keeps_its_labels_readable(page, site) -> None:
    """150 events in one year (the seed site's data swapped for them): where they crowd, a
    bubble counts them; every label drawn is whole; clicking a bubble zooms in."""
    base, _ = site
    events = [{"id": f"e-{i:010d}", "label": f"Dense event number {i}", "title": f"Event {i}",
               "date": "2025", "granularity": "day",
               "start": f"2025-{1 + i % 12:02d}-{1 + i % 28:02d}",
               "end": f"2025-{1 + i % 12:02d}-{1 + i % 28:02d}", "url": f"../events/e-{i:010d}/"}
              for i in range(150)]

    def swap(route):
        html = route.fetch().text()
        start = html.index('id="visual-timeline-data">') + len('id="visual-timeline-data">')
        end = html.index("</script>", start)
        route.fulfill(body=html[:start] + json.dumps(events) + html[end:],
                      headers={"content-type": "text/html; charset=utf-8"})

    page.route("**/visual/", swap)
    open_visual(page, base)
    clusters = page.locator("#vis-box .vis-item.vis-cluster")
    assert clusters.count() > 0
    labels = measure_labels(page)
    counted = sum(int(t) for t in clusters.all_inner_texts())
    assert len(labels) + counted == len(events)
    assert_readable(labels)
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("async () => await axe.run('#vis-box', {resultTypes: ['violations']})")
    assert [v["id"] for v in result["violations"] if v["impact"] in ("serious", "critical")] == []
    before = visual_window(page)
    clusters.first.click()
    after = visual_window(page)
    assert after[1] - after[0] < (before[1] - before[0]) / 2
    assert page.watch.errors == []


def test_visual_timeline_moves_and_zooms_with_keys_and_buttons(page, site) -> None:
    base, _ = site
    open_visual(page, base)
    start, end = visual_window(page)
    page.locator("#vis-box").focus()
    page.keyboard.press("ArrowRight")
    moved = visual_window(page)
    assert moved[0] > start and abs((moved[1] - moved[0]) - (end - start)) < 1000
    page.keyboard.press("+")
    zoomed = visual_window(page)
    assert zoomed[1] - zoomed[0] < (end - start) * 0.75
    page.keyboard.press("-")
    assert visual_window(page)[1] - visual_window(page)[0] > zoomed[1] - zoomed[0]
    page.keyboard.press("0")
    page.wait_for_selector("#vis-box[data-fitted='1']", timeout=10000)
    again = visual_window(page)  # the first view again (to a pixel or two: labels are measured)
    assert abs(again[0] - start) + abs(again[1] - end) < (end - start) * 0.02
    page.get_by_role("button", name="Zoom in").click()
    assert visual_window(page)[1] - visual_window(page)[0] < end - start
    page.get_by_role("button", name="Show all").click()
    page.wait_for_selector("#vis-box[data-fitted='1']", timeout=10000)
    page.get_by_role("button", name="← Earlier").click()
    assert visual_window(page)[0] < start
    assert page.watch.errors == []


def test_clicking_an_event_on_the_visual_timeline_opens_it(page, site) -> None:
    base, _ = site
    open_visual(page, base)
    item = page.locator("#vis-box .vis-item.vis-point").first
    href = item.locator("a").get_attribute("href")
    box = item.bounding_box()
    page.mouse.click(box["x"] + box["width"] - 3, box["y"] + box["height"] / 2)  # off the text
    page.wait_for_url("**/events/**")
    assert page.url.endswith(href.replace("..", ""))


def test_phases_organise_the_timeline_and_the_home_page_lists_them(page, site) -> None:
    """sources/curation.yaml names the saga's phases: the home page links each to its section
    of the timeline page, and the visual timeline draws them as bands."""
    base, _ = site
    page.goto(base + "/")
    links = page.locator("h2:has-text('The story in phases') + ul a")
    assert links.count() >= 2
    titles = links.all_inner_texts()
    links.first.click()
    page.wait_for_url("**/timeline/#phase-*")
    anchor = page.url.split("#")[1]
    heading = page.locator(f"h2#{anchor}")
    assert heading.inner_text().rstrip("¶ \n") == titles[0]
    assert heading.bounding_box()["y"] < 300  # scrolled to it
    assert [h.rstrip("¶ \n") for h in page.locator("h2[id^=phase-]").all_inner_texts()] == titles
    open_visual(page, base)
    bands = page.locator("#vis-box .vis-item.vis-background.tl-phase").all_inner_texts()
    assert [b.strip() for b in bands] == titles


def test_visual_timeline_is_a_list_on_a_phone(browser, site) -> None:
    base, data = site
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.goto(base + "/visual/")
    page.wait_for_load_state("networkidle")
    assert not page.locator("#vis-box").is_visible()
    rows = page.locator("ol.vis-list li")
    assert rows.count() == len(happenings(data))
    assert all(rows.nth(i).is_visible() for i in range(rows.count()))
    assert page.evaluate("() => document.documentElement.scrollWidth") <= 390
    # the drawing library is not fetched where nothing is drawn (550 KB, look37)
    assert page.evaluate("() => performance.getEntriesByType('resource')"
                         ".filter(r => r.name.includes('vis-timeline-graph2d')).length") == 0
    context.close()


def test_visual_timeline_is_a_list_without_javascript(browser, site) -> None:
    """look37: without JavaScript, five buttons that did nothing above an empty box."""
    base, data = site
    context = browser.new_context(viewport={"width": 1280, "height": 900}, java_script_enabled=False)
    page = context.new_page()
    page.goto(base + "/visual/")
    assert not page.locator(".vis-controls").is_visible()
    assert not page.locator("#vis-box").is_visible()
    rows = page.locator("ol.vis-list li")
    assert rows.count() == len(happenings(data)) and rows.first.is_visible()
    context.close()


def test_timeline_filters_hide_other_events(page, site) -> None:
    base, data = site
    page.goto(base + "/timeline/")
    total = page.locator("li.tl-entry").count()
    assert total == len(visible_events(data))
    page.select_option("select[name=places]", "istanbul")
    shown = page.locator("li.tl-entry:not([hidden])").count()
    expected = sum("istanbul" in e["places"] for e in visible_events(data))
    assert 0 < shown == expected < total
    # nothing is left about what is hidden: no heading, phase line or background box with no
    # event shown (look37: the background boxes and phases' dates stayed, headless)
    assert page.evaluate("""() => Array.from(document.querySelectorAll(
        '.md-content h2[data-timeline], .md-content h3[data-timeline], details.tl-background, .tl-phase-dates'))
        .filter(el => el.getClientRects().length > 0)
        .every(el => {
            if (el.matches('details')) return !!el.querySelector('li.tl-entry:not([hidden])');
            let n = el.nextElementSibling;
            while (n && !(n.tagName === 'H2' || (el.tagName === 'H3' && n.tagName === 'H3'))) {
                if (n.querySelector && n.querySelector('li.tl-entry:not([hidden])')) return true;
                n = n.nextElementSibling;
            }
            return el.tagName !== 'H2' && el.tagName !== 'H3' && !el.matches('.tl-phase-dates');
        })""")
    # the choice is kept in the address, and the address opens the timeline so filtered
    assert "places=istanbul" in page.url
    page.goto(base + "/timeline/?places=istanbul")
    assert page.locator("li.tl-entry:not([hidden])").count() == expected
    assert page.locator("select[name=places]").input_value() == "istanbul"


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


PAGE_KINDS = ["home", "timeline", "visual", "event", "disagreement", "source", "entity",
              "people-and-places", "search", "about"]


def page_of_kind(which: str, data: dict) -> str:
    """A page of each kind the site has (an event whose sources disagree is one of its own:
    it has the "sources disagree" box)."""
    events = visible_events(data)
    disagree = next((e for e in events if e["conflicts"]), events[0])
    return {"home": "/", "timeline": "/timeline/", "visual": "/visual/",
            "event": f"/events/{events[0]['id']}/", "disagreement": f"/events/{disagree['id']}/",
            "source": f"/sources/{data['sources'][0]['id']}/", "entity": "/entities/moscow/",
            "people-and-places": "/people-and-places/", "search": "/search/?q=Moscow",
            "about": "/about/"}[which]


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("which", PAGE_KINDS)
def test_no_serious_accessibility_violations(browser, site, which: str, scheme: str) -> None:
    """axe-core on every kind of page, in the light and the dark palette (the dark one is what
    a reader whose system prefers dark gets), with the header search open on its results."""
    base, data = site
    context = browser.new_context(viewport={"width": 1280, "height": 900}, color_scheme=scheme)
    page = context.new_page()
    page.goto(base + page_of_kind(which, data))
    page.wait_for_load_state("networkidle")
    expected = {"light": "default", "dark": "slate"}[scheme]
    assert page.evaluate("() => document.body.dataset.mdColorScheme") == expected
    if which == "search":
        page.wait_for_selector("#search-page-results li.search-hit", timeout=10000)
    if which == "visual":
        page.wait_for_selector("#vis-box[data-fitted='1']", timeout=10000)
    if which == "disagreement" and not any(e["conflicts"] for e in visible_events(data)):
        # the seed sources agree on every date: show the boxes as event.md.j2 and
        # render.timeline_entries write them, so that their colours are checked all the same
        page.evaluate("""() => document.querySelector('.md-content h1').insertAdjacentHTML(
            'afterend', '<div class="admonition warning"><p class="admonition-title">Sources '
            + 'disagree on the date</p><p><strong>13 May 2025</strong>: <a href="#">Reuters</a>'
            + '</p></div><ul class="tl-list"><li class="tl-entry"><small>happened · '
            + '<strong class="tl-disagree">sources disagree</strong></small></li></ul>')""")
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    serious = [(v["id"], v["impact"], [n["target"] for n in v["nodes"]][:5])
               for v in result["violations"] if v["impact"] in ("serious", "critical")]
    if which == "home":  # the header search's results, open
        page.keyboard.press("/")
        page.keyboard.type("Moscow", delay=20)
        page.wait_for_selector("#header-search-results a.md-search-result__link", timeout=10000)
        page.wait_for_timeout(300)
        result = page.evaluate("async () => await axe.run('.md-search', "
                               "{resultTypes: ['violations']})")
        serious += [(v["id"], v["impact"], [n["target"] for n in v["nodes"]][:5])
                    for v in result["violations"] if v["impact"] in ("serious", "critical")]
    context.close()
    assert serious == []


def test_dark_mode_follows_the_system_and_the_toggle_switches_it(browser, site) -> None:
    base, _ = site
    context = browser.new_context(viewport={"width": 1280, "height": 900}, color_scheme="dark")
    page = context.new_page()
    page.goto(base + "/timeline/")
    scheme = "() => document.body.dataset.mdColorScheme"
    assert page.evaluate(scheme) == "slate"
    dark_bg = page.evaluate("() => getComputedStyle(document.body).backgroundColor")
    page.locator("label[title='Switch to light mode']").click()
    assert page.evaluate(scheme) == "default"
    assert page.evaluate("() => getComputedStyle(document.body).backgroundColor") != dark_bg
    page.goto(base + "/")  # the reader's choice holds on the next page
    assert page.evaluate(scheme) == "default"
    context.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("width,height,name", [(390, 844, "phone"), (1280, 900, "desktop")])
def test_screenshots(browser, site, width: int, height: int, name: str, scheme: str) -> None:
    base, data = site
    ARTIFACTS.mkdir(exist_ok=True)
    context = browser.new_context(viewport={"width": width, "height": height}, color_scheme=scheme)
    pg = context.new_page()
    for slug, url in [("home", "/"), ("timeline", "/timeline/"), ("visual", "/visual/"),
                      ("event", page_of_kind("disagreement", data)),
                      ("search", "/search/?q=Istanbul")]:
        pg.goto(base + url)
        pg.wait_for_load_state("networkidle")
        pg.wait_for_timeout(300)
        path = ARTIFACTS / f"{slug}-{name}-{scheme}.png"
        pg.screenshot(path=str(path), full_page=True)
        assert path.stat().st_size > 10_000
    # the header search, open on its results as the reader types
    pg.goto(base + "/")
    pg.wait_for_load_state("networkidle")
    pg.keyboard.press("/")
    pg.keyboard.type("Istanbul", delay=20)
    pg.wait_for_selector("#header-search-results a.md-search-result__link", timeout=10000)
    pg.wait_for_timeout(300)
    pg.screenshot(path=str(ARTIFACTS / f"header-search-{name}-{scheme}.png"))
    context.close()
