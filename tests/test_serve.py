"""The live preview (`timeline serve`): it serves the built site with a reload script, and
builds again when a source or curation.yaml changes; a bad source keeps the previous site."""

from __future__ import annotations

import argparse
import shutil
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from generator.cli import cmd_build
from generator.config import Config
from generator.problems import InputError
from generator.serve import RELOAD, Preview, watched
from tests.conftest import ROOT


def get(url: str) -> str:
    with urllib.request.urlopen(url, timeout=10) as response:
        return response.read().decode("utf-8")


def wait_for(condition, timeout: float = 120.0) -> None:
    """Polls ``condition`` (no assertion on time: the build takes what the machine gives it)."""
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "nothing changed"
        time.sleep(0.3)


def test_watched_files_leave_out_the_generated_pages(project: Path) -> None:
    shutil.copy(ROOT / "sources" / "2025-09-05-globa-inforbit.md", project / "sources")
    assert cmd_build(argparse.Namespace(strict=False, engine="mkdocs")) == 0
    files = watched(Config.from_project())
    assert "sources/2025-09-05-globa-inforbit.md" in files and "mkdocs.yml" in files
    assert "docs/about.md" in files and "site_templates/event.md.j2" in files
    assert "entities.yaml" in files
    assert not any(f.startswith(("docs/events/", "docs/index.md", "docs/timeline.md", "site/"))
                   for f in files)


def test_preview_rebuilds_on_a_change_and_pages_reload(project: Path,
                                                       capsys: pytest.CaptureFixture) -> None:
    shutil.copy(ROOT / "sources" / "2025-09-05-globa-inforbit.md", project / "sources")
    config = Config.from_project()

    def build() -> bool:
        try:
            return cmd_build(argparse.Namespace(strict=False, engine="mkdocs")) == 0
        except InputError:
            return False

    preview = Preview(config, build)
    assert preview.rebuild()
    server = preview.server("127.0.0.1", 0)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    watcher = threading.Thread(target=preview.watch, kwargs={"interval": 0.2}, daemon=True)
    watcher.start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        home = get(base + "/")
        assert RELOAD.decode() in home and "/__build" in home
        assert RELOAD not in (project / "site" / "index.html").read_bytes()  # not in the files
        assert get(base + "/__build") == "1"
        assert get(base + "/pagefind/pagefind.js")  # search works in the preview
        # a new source: built again, its page served
        shutil.copy(ROOT / "sources" / "2026-01-29-news-directory-3.md", project / "sources")
        wait_for(lambda: get(base + "/__build") == "2")
        assert "Kremlin" in get(base + "/sources/2026-01-29-news-directory-3/")
        # a phase in curation.yaml: built again, on the timeline page
        (project / "sources" / "curation.yaml").write_text(
            '- phase: "The Abu Dhabi talks"\n  start: 2026-01-01\n  end: 2026-01-31\n',
            encoding="utf-8")
        wait_for(lambda: get(base + "/__build") == "3")
        assert "The Abu Dhabi talks" in get(base + "/timeline/")
        # a broken source: no new build, the previous site is still served
        (project / "sources" / "bad.md").write_text("---\ntitle: [\n---\nx\n", encoding="utf-8")
        wait_for(lambda: preview.attempts == 4)
        assert get(base + "/__build") == "3"
        assert "The Abu Dhabi talks" in get(base + "/timeline/")
    finally:
        preview.stop.set()
        server.shutdown()
        watcher.join(timeout=60)


def test_an_edit_saved_during_the_first_build_is_built_after_it(project: Path) -> None:
    (project / "sources" / "a.md").write_text("x", encoding="utf-8")
    config = Config.from_project()
    first = watched(config)  # as cmd_serve takes it, before the first build
    (project / "sources" / "a.md").write_text("an edit saved during the first build", encoding="utf-8")
    preview = Preview(config, lambda: True)
    watcher = threading.Thread(target=preview.watch, kwargs={"interval": 0.05, "before": first}, daemon=True)
    watcher.start()
    try:
        wait_for(lambda: preview.builds == 1)
    finally:
        preview.stop.set()
        watcher.join(timeout=60)


def test_odd_addresses_are_no_page_not_a_traceback(project: Path) -> None:
    (project / "site").mkdir()
    preview = Preview(Config.from_project(), lambda: True)
    server = preview.server("127.0.0.1", 0)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        for path in ("/%00", "/" + "x" * 300, "/a/" + "%e2%80%8b" * 200):
            with pytest.raises(urllib.error.HTTPError) as err:
                get(base + path)
            assert err.value.code == 404
    finally:
        server.shutdown()


def test_a_preview_build_waits_for_another_and_survives_output_errors(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture) -> None:
    from generator import cli
    from generator.output import BuildRunning, OutputError

    answers = [BuildRunning("another build is running"), BuildRunning("another build is running"), 0]

    def fake_build(_args: argparse.Namespace) -> int:
        answer = answers.pop(0)
        if isinstance(answer, Exception):
            raise answer
        return answer

    monkeypatch.setattr(cli, "cmd_build", fake_build)
    assert cli.serve_build("mkdocs", wait=0.01) is True
    assert capsys.readouterr().err.count("building when it ends") == 1
    for fault in (OutputError("cannot write site/x.html: No space left on device"),
                  PermissionError(13, "Permission denied", "site")):
        monkeypatch.setattr(cli, "cmd_build", lambda _args, fault=fault: (_ for _ in ()).throw(fault))
        assert cli.serve_build("mkdocs", wait=0.01) is False
        assert "the previous site is still served" in capsys.readouterr().err


def test_a_stop_during_a_rebuild_is_reported_not_a_silent_exit(project: Path) -> None:
    """(hostile26) SIGTERM, SIGHUP or Ctrl+C during a rebuild of the preview exited 0 and said
    nothing; the stop propagates, as during a build (cli.main reports it and exits 128+n)."""
    def interrupted() -> bool:
        raise KeyboardInterrupt

    preview = Preview(Config.from_project(), interrupted)
    with pytest.raises(KeyboardInterrupt):
        preview.rebuild()
    assert preview.building


def test_an_ipv6_address_is_served(project: Path) -> None:
    """hostile29: 'timeline serve --host ::1' was "Address family for hostname not supported"."""
    (project / "site").mkdir()
    (project / "site" / "index.html").write_text("<p>here</p>", encoding="utf-8")
    preview = Preview(Config.from_project(), lambda: True)
    server = preview.server("::1", 0)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        assert "here" in get(f"http://[::1]:{server.server_address[1]}/index.html")
    finally:
        server.shutdown()
