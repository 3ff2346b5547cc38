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
