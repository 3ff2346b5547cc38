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


# ------------------------------------------------------------------ caches of another shape
SHAPES = [("df", "x"), ("df", -1), ("df", 0.5), ("df", [1, 2]), ("sentences", -5),
          ("sentences", 2.5), ("sentences", True), ("sentences", "3")]


@pytest.mark.parametrize(("key", "value"), SHAPES)
def test_an_extraction_entry_of_another_shape_is_extracted_anew(
        built: Path, key: str, value: object, capsys: pytest.CaptureFixture) -> None:
    """An entry whose digest holds but whose counts are of another shape (an entry of another
    generator, a hand's edit): string counts ended the build in a TypeError traceback, a
    negative sentence count in 'math domain error', a list or a fraction changed every word's
    weight without a word. Now such an entry is none, as a damaged one is."""
    import json
    add_second_source(built)  # two sources: the counts of one are added to the other's
    assert main(["build"]) == 0
    before = (built / "site" / "timeline.json").read_bytes()
    entries = sorted((built / ".cache" / "extract").glob("*.json"))
    assert entries
    data = json.loads(entries[0].read_bytes().partition(b"\n")[2])  # one of the two
    data[key] = value if key == "sentences" or isinstance(value, list) \
        else dict.fromkeys(data["df"], value)
    output.write_json(entries[0], data)
    (built / "site" / "timeline.json").unlink()  # the build must write it again
    capsys.readouterr()
    assert main(["build"]) == 0
    assert "Traceback" not in capsys.readouterr().err
    assert (built / "site" / "timeline.json").read_bytes() == before


@pytest.mark.parametrize("noted", [["a", "b", "c"], [None, None, None], [1.5, 2, "x"]])
def test_a_docs_state_of_another_shape_gives_no_false_edited_by_hand_warning(
        built: Path, noted: list, capsys: pytest.CaptureFixture) -> None:
    """.cache/docs.json whose digest holds but whose entries are of another shape: every
    generated page was 'edited by hand since the last build' (and --strict failed)."""
    import json
    state = built / ".cache" / "docs.json"
    data = json.loads(state.read_bytes().partition(b"\n")[2])
    output.write_json(state, dict.fromkeys(data, noted))
    add_second_source(built)
    capsys.readouterr()
    assert main(["build", "--strict"]) == 0
    assert "edited by hand" not in capsys.readouterr().err


def test_a_docs_state_that_cannot_be_replaced_gives_no_false_edited_by_hand_warning(
        built: Path, capsys: pytest.CaptureFixture, monkeypatch: pytest.MonkeyPatch) -> None:
    """.cache/docs.json read-only to the build (immutable, or a cache left by a build run as
    another user): the note of the first build stayed, and every later build said each page
    changed since it was 'edited by hand' (and --strict failed), build after build."""
    from generator import write

    def cannot(*args: object, **kwargs: object) -> None:
        raise PermissionError(1, "Operation not permitted")
    monkeypatch.setattr(write.output, "write_json", cannot)
    unlink = Path.unlink
    monkeypatch.setattr(Path, "unlink", lambda self, *a, **k: cannot() if self.name == "docs.json"
                        else unlink(self, *a, **k))
    add_second_source(built)
    assert main(["build", "--strict"]) == 0
    (built / "sources" / "2026-02-03-b.md").write_text(
        (built / "sources" / "2026-02-03-b.md").read_text(encoding="utf-8").replace(
            "Tuesday", "Wednesday"), encoding="utf-8")
    capsys.readouterr()
    assert main(["build", "--strict"]) == 0
    assert "edited by hand" not in capsys.readouterr().err
