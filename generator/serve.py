"""I/O: the editors' live preview (`timeline serve`, `make serve`).

Builds the site as `timeline build` does (search index included), serves site/ on a local
address, and watches what the site is made from: the sources and curation.yaml, the hand-written
docs, the templates, the theme overrides, mkdocs.yml (and what it INHERITs) and the entity registry
(entities.yaml).
When one of them changes it builds again and the open pages reload themselves. A failed build (a bad source, say) is reported in
the terminal and leaves the previous site served, as `timeline build` leaves site/ as it was.

The reload is a small script the server adds to the HTML pages it sends (never to the files of
site/): it asks /__build for the number of the latest build and reloads the page when it grows.
Watching is by polling modification times: no dependency, and the same on every system.
"""

from __future__ import annotations

import functools
import http.server
import logging
import socket
import threading
import time
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlsplit

from generator.config import GENERATED, Config, inherited

log = logging.getLogger(__name__)

RELOAD = b"""<script>/* timeline serve: reload when the site is built again */
(function () {
  var seen = null;
  function poll() {
    fetch("/__build", { cache: "no-store" }).then(function (r) { return r.text(); })
      .then(function (n) { if (seen === null) seen = n; else if (n !== seen) location.reload(); })
      .catch(function () {}).then(function () { setTimeout(poll, 700); });
  }
  poll();
})();
</script>"""


def watched(config: Config) -> dict[str, tuple[int, int]]:
    """Modification time and size of every file the site is made from (the generated pages in
    docs/ are left out: the build writes them)."""
    out: dict[str, tuple[int, int]] = {}
    docs = config.path("docs")
    generated = {docs / name for name in GENERATED}
    roots = [config.path("sources"), docs, config.path("templates"), config.root / "overrides"]
    for root in roots:
        if not root.is_dir():
            continue
        for path in sorted(root.rglob("*")):
            if not path.is_file() or any(g == path or g in path.parents for g in generated):
                continue
            try:
                stat = path.stat()
            except OSError:  # removed while walking: the next look sees it gone
                continue
            out[path.as_posix()] = (stat.st_mtime_ns, stat.st_size)
    for single in (config.path("mkdocs_yml"), *inherited(config.path("mkdocs_yml")),
                   config.path("entities")):
        if single.is_file():
            stat = single.stat()
            out[single.as_posix()] = (stat.st_mtime_ns, stat.st_size)
    return out


class Preview:
    """The served site and its build counter (what the pages' reload script asks for)."""

    def __init__(self, config: Config, build: Callable[[], bool]):
        self.config = config
        self.build = build  # builds site/; True if it succeeded
        self.builds = 0  # builds that succeeded (the pages reload when it grows)
        self.attempts = 0
        self.stop = threading.Event()
        self.building = False  # a build is under way (a stop then is reported as one)

    def rebuild(self) -> bool:
        self.building = True
        ok = self.build()  # (stopped during it, it stays True: the stop is reported as a build's)
        self.building = False
        self.attempts += 1
        if ok:
            self.builds += 1
        return ok

    def watch(self, interval: float = 0.5, before: dict[str, tuple[int, int]] | None = None) -> None:
        """Build again whenever a watched file changes (until ``stop`` is set); ``before``: the
        files as they were when the first build began (an edit saved during it is built after
        it, not taken as seen)."""
        before = watched(self.config) if before is None else before
        while not self.stop.wait(interval):
            now = watched(self.config)
            if now == before:
                continue
            changed = sorted(set(now) ^ set(before) | {p for p in now if before.get(p) != now[p]})
            log.warning("changed: %s; building again", ", ".join(changed[:5])
                        + (f" and {len(changed) - 5} more" if len(changed) > 5 else ""))
            time.sleep(interval)  # let an editor's save (or a copy of many files) finish
            before = watched(self.config)
            self.rebuild()

    def handler(self) -> type[http.server.SimpleHTTPRequestHandler]:
        preview = self

        class Handler(http.server.SimpleHTTPRequestHandler):
            def log_message(self, *args) -> None:  # the terminal is for builds and problems
                pass

            def do_GET(self) -> None:
                route = urlsplit(self.path).path
                if route == "/__build":
                    self.send_bytes(str(preview.builds).encode(), "text/plain")
                    return
                local = Path(self.translate_path(self.path))
                try:
                    folder = local.is_dir()
                except (OSError, ValueError):  # a name longer than the file system's: no such
                    self.send_error(404)  # page (a traceback in the terminal before)
                    return
                if folder:
                    if not route.endswith("/"):
                        super().do_GET()  # redirects to the address with "/"
                        return
                    local = local / "index.html"
                if local.suffix == ".html" and local.is_file():
                    body = local.read_bytes()
                    at = body.rfind(b"</body>")
                    body = body[:at] + RELOAD + body[at:] if at >= 0 else body + RELOAD
                    self.send_bytes(body, "text/html; charset=utf-8")
                    return
                super().do_GET()

            def send_head(self):  # (the standard library's, which opens the file)
                try:
                    return super().send_head()
                except (OSError, ValueError):  # ("/%00": an embedded null byte)
                    self.send_error(404)
                    return None

            def send_bytes(self, body: bytes, kind: str) -> None:
                self.send_response(200)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def end_headers(self) -> None:
                self.send_header("Cache-Control", "no-store")  # always the latest build
                super().end_headers()

        return Handler

    def server(self, host: str, port: int) -> http.server.ThreadingHTTPServer:
        handler = functools.partial(self.handler(),
                                    directory=str(self.config.path("site").resolve()))
        # an IPv6 address ("::1") was "Address family for hostname not supported" (hostile29)
        kind = _ServerIPv6 if ":" in host else http.server.ThreadingHTTPServer
        return kind((host, port), handler)


class _ServerIPv6(http.server.ThreadingHTTPServer):
    address_family = socket.AF_INET6


def host_port(host: str, port: int) -> str:
    """A host and port as an address writes them.

    >>> host_port("127.0.0.1", 8000), host_port("::1", 8000)
    ('127.0.0.1:8000', '[::1]:8000')
    """
    return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
