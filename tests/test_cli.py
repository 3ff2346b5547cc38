"""The timeline command: exit codes, messages without tracebacks, documented commands."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from generator.cli import COMMANDS, EXAMPLES, main
from tests.conftest import GOOD_FRONT, ROOT, write_source


def test_check_ok(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "sources"]) == 0
    assert "5 sources OK" in capsys.readouterr().out


def test_check_bad_front_matter_exits_1_with_file_and_line(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_source(tmp_path, "bad.md", 'title: "T"\nurl: https://e.com/a\npublished: 2025-13-01\n')
    write_source(tmp_path, "worse.md", "title: [\n")
    assert main(["check", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert "bad.md:4:12: 'published' is \"2025-13-01\", which is not a real date" in err
    assert "worse.md:" in err and "front matter is not valid YAML" in err
    assert "Traceback" not in err
    assert "2 problems found; nothing was built" in err


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["frobnicate"])
    assert exit_.value.code == 2
    assert main(["timex", "--dct", "yesterday", "x.txt"]) == 2


def test_timex_prints_json_lines(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "a.txt"
    f.write_text("Delegations met in Abu Dhabi last weekend, a month after talks in 2025.",
                 encoding="utf-8")
    assert main(["timex", "--dct", "2026-01-29", str(f)]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert rows == [
        {"start": 29, "end": 41, "text": "last weekend", "type": "DATE", "value": "2026-W04-WE"},
        {"start": 43, "end": 50, "text": "a month", "type": "DURATION", "value": "P1M"},
        {"start": 66, "end": 70, "text": "2025", "type": "DATE", "value": "2025"},
    ]


def test_timex_missing_file_exits_1(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["timex", "--dct", "2026-01-29", "no/such/file.txt"]) == 1
    assert "does not exist" in capsys.readouterr().err


def test_extract_works_on_any_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_source(tmp_path / "any", "one.md", GOOD_FRONT,
                 "The Kremlin renewed its invitation. They met in Paris in 2019.\n")
    assert main(["extract", str(tmp_path / "any")]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [s["id"] for s in data["sources"]] == ["one"]
    assert [(c["basis"], c["when"]["granularity"]) for c in data["claims"]] == [
        ("publication", "day"), ("explicit", "year")]
    assert len(data["events"]) == 2


def test_extract_is_deterministic(capsys: pytest.CaptureFixture[str]) -> None:
    main(["extract", "sources"])
    first = capsys.readouterr().out
    main(["extract", "sources/"])
    assert capsys.readouterr().out == first


def test_every_command_is_documented_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name in COMMANDS:
        assert f"timeline {name}" in readme, name
        assert EXAMPLES[name] in readme, EXAMPLES[name]
