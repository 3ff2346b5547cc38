"""What a reader's site holds (a reader's look at the site, look37): the editors' pages are
published but not searched, the readers' pages are."""
from __future__ import annotations

import gzip
import json
from pathlib import Path


def test_search_leaves_the_editors_pages_out(built: Path) -> None:
    """A reader's first search downloaded 207 KB of the benchmarks' and measurements' words: the
    pages whose front matter says `search: {exclude: true}` are left out of the index."""
    site = built / "site"
    for page in ("benchmarks", "measurements", "curation", "architecture", "writing-sources"):
        html = (site / page / "index.html").read_text(encoding="utf-8")
        assert "data-pagefind-body" not in html, page
    for page in ("timeline", "about", "people-and-places"):
        assert "data-pagefind-body" in (site / page / "index.html").read_text(encoding="utf-8"), page
    urls = set()
    for fragment in (site / "pagefind" / "fragment").iterdir():
        urls.add(json.loads(gzip.decompress(fragment.read_bytes())[len(b"pagefind_dcd"):])["url"])
    assert "/timeline/" in urls and "/about/" in urls
    assert not urls & {"/benchmarks/", "/measurements/", "/curation/", "/architecture/"}
