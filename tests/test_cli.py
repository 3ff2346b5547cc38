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


def test_timex_tags_several_files_in_one_call(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text("They met on Monday.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("No date here.", encoding="utf-8")
    (tmp_path / "c.txt").write_text("Talks end in 2027.", encoding="utf-8")
    files = [str(tmp_path / n) for n in ("a.txt", "b.txt", "missing.txt", "c.txt")]
    assert main(["timex", "--dct", "2026-01-29", *files]) == 1  # the missing one is reported
    out, err = capsys.readouterr()
    rows = [json.loads(line) for line in out.splitlines()]
    assert [(Path(r["file"]).name, r["text"], r["value"]) for r in rows] == [
        ("a.txt", "Monday", "2026-01-26"), ("c.txt", "2027", "2027")]
    assert "missing.txt: does not exist" in err


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


def test_add_writes_a_checked_source(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = tmp_path / "article.txt"
    text.write_text("Putin spoke on Monday in Beijing.\n", encoding="utf-8")
    folder = tmp_path / "sources"
    args = ["add", "--url", "https://example.com/a", "--title", 'A "quoted": title',
            "--outlet", "Example Wire", "--published", "2025-09-03", "--dir", str(folder)]
    assert main(args + [str(text)]) == 0
    written = folder / "2025-09-03-example-wire.md"
    assert capsys.readouterr().out.strip() == written.as_posix()
    assert main(["check", str(folder)]) == 0
    assert "Putin spoke on Monday in Beijing." in written.read_text(encoding="utf-8")
    # the same url again is refused and nothing is left behind
    assert main(args[:-6] + ["--published", "2025-09-04", "--dir", str(folder), str(text)]) == 1
    assert sorted(p.name for p in folder.iterdir()) == ["2025-09-03-example-wire.md"]


def test_future_publication_date_is_rejected(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_source(tmp_path, "f.md", 'title: "T"\nurl: https://e.com/f\npublished: 2999-01-01\n')
    assert main(["check", str(tmp_path)]) == 1
    assert "f.md:4: 'published' is 2999-01-01, later than today" in capsys.readouterr().err


def test_github_annotations(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_source(tmp_path, "g.md", 'title: "T"\nurl: nope\npublished: 2025-01-01\n')
    assert main(["check", "--format", "github", str(tmp_path)]) == 1
    out = capsys.readouterr().out
    assert f"::error file={tmp_path.as_posix()}/g.md,line=3,col=6::'url' is \"nope\"" in out


def test_workflows_validate_against_the_github_schema() -> None:
    import subprocess
    import sys

    workflows = sorted(str(p) for p in (ROOT / ".github/workflows").glob("*.yml"))
    assert workflows
    exe = Path(sys.executable).parent / "check-jsonschema"
    result = subprocess.run([str(exe), "--builtin-schema", "vendor.github-workflows", *workflows],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    import yaml

    for path in workflows:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
        triggers = data[True]  # YAML 1.1 reads the key `on` as true
        assert all("paths" not in (spec or {}) for spec in triggers.values())
        runs = [step.get("run", "") for job in data["jobs"].values() for step in job["steps"]]
        assert not any("gh-deploy" in r for r in runs)


def test_add_writes_follows_and_known_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from generator.sources import parse_source

    text = tmp_path / "article.txt"
    text.write_text("Putin spoke on Monday in Beijing.\n", encoding="utf-8")
    folder = tmp_path / "sources"
    assert main(["add", "--url", "https://example.com/b", "--title", "A rewrite",
                 "--published", "2025-09-04", "--outlet", "Rewriter", "--dir", str(folder),
                 "--follows-outlet", "Reuters", "--follows-url", "https://example.com/orig",
                 "--follows-published", "2025-09-03",
                 "--known-error", "calls him the former president",
                 "--known-error", "gives the wrong city", str(text)]) == 0
    written = Path(capsys.readouterr().out.strip())
    source, problems = parse_source(written.read_text(encoding="utf-8"), written.as_posix(),
                                    written.stem)
    assert source is not None and not problems
    assert source.follows.outlet == "Reuters" and source.follows.url == "https://example.com/orig"
    assert str(source.follows.published) == "2025-09-03"
    assert source.known_errors == ("calls him the former president", "gives the wrong city")
    # a bad date in --follows-published is refused with the problem, and nothing is written
    assert main(["add", "--url", "https://example.com/c", "--title", "T", "--published",
                 "2025-09-04", "--dir", str(folder), "--follows-published", "Sept 3",
                 str(text)]) == 1
    assert "follows" in capsys.readouterr().err
    assert len(list(folder.iterdir())) == 1


def test_init_writes_a_project_and_refuses_a_folder_in_use(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["init", "--name", 'A "quoted" saga', str(tmp_path / "new")]) == 0
    assert "files written" in capsys.readouterr().out
    mkdocs = (tmp_path / "new" / "mkdocs.yml").read_text(encoding="utf-8")
    assert 'site_name: "A \\"quoted\\" saga"' in mkdocs
    assert (tmp_path / "new" / "sources" / "curation.yaml").is_file()
    assert main(["init", str(tmp_path / "new")]) == 1
    err = capsys.readouterr().err
    assert f"{(tmp_path / 'new').as_posix()}: exists and is not an empty folder" in err


def test_a_new_project_builds_before_its_first_source(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    assert main(["init", str(tmp_path / "new")]) == 0
    monkeypatch.chdir(tmp_path / "new")
    assert main(["build", "--strict"]) == 0, capsys.readouterr().err
    for page in ("index.html", "timeline/index.html", "search/index.html",
                 "javascripts/filters.js", "vendor/vis-timeline/vis-timeline-graph2d.min.js"):
        assert (tmp_path / "new" / "site" / page).is_file(), page
    assert "No events yet" in (tmp_path / "new" / "site" / "index.html").read_text("utf-8")


@pytest.mark.parametrize("command", [["extract", "FILE"], ["timex", "--dct", "2025-09-03", "FILE"]])
def test_a_closed_standard_output_is_one_line_not_a_traceback(tmp_path: Path, command: list[str]) -> None:
    """'timeline extract sources >&-' (hostile26): an AttributeError before."""
    import subprocess
    import sys

    write_source(tmp_path, "2026-01-29-a.md", GOOD_FRONT, "Putin met Zelensky on Monday.\n")
    argv = [str(tmp_path / "2026-01-29-a.md") if a == "FILE" else a for a in command]
    result = subprocess.run([sys.executable, "-c", "import os, sys; os.close(1); sys.stdout = None; "
                             "from generator.cli import main; sys.exit(main(sys.argv[1:]))", *argv],
                            cwd=ROOT, capture_output=False, stderr=subprocess.PIPE, text=True, check=False)
    assert result.returncode == 1
    assert "the standard output is closed" in result.stderr and "Traceback" not in result.stderr


def test_a_full_standard_output_names_what_it_could_not_write(tmp_path: Path) -> None:
    """'timeline extract ... > /dev/full' said 'timeline: : No space left on device'."""
    import subprocess
    import sys

    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full here")
    write_source(tmp_path, "2026-01-29-a.md", GOOD_FRONT, "Putin met Zelensky on Monday.\n")
    with open("/dev/full", "w") as full:
        result = subprocess.run([sys.executable, "-m", "generator", "extract", str(tmp_path / "2026-01-29-a.md")],
                                cwd=ROOT, stdout=full, stderr=subprocess.PIPE, text=True, check=False)
    assert result.returncode == 1
    assert "timeline: : " not in result.stderr and "standard output" in result.stderr


def test_commands_that_build_nothing_say_what_they_did_not_do(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """hostile27: `init` into a folder that is not empty said "nothing was built", and a stop
    during `extract` said "site/ and docs/ are whole", of commands that build no site."""
    import generator.cli as cli

    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "a.txt").write_text("x", encoding="utf-8")
    assert main(["init", str(tmp_path / "full")]) == 1
    assert capsys.readouterr().err.endswith("1 problem found; nothing was written\n")

    def stop(args) -> int:
        raise KeyboardInterrupt
    monkeypatch.setitem(cli.COMMANDS, "extract", stop)
    assert main(["extract", "sources"]) == 130
    assert capsys.readouterr().err == "timeline extract: interrupted\n"
