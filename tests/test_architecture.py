"""docs/architecture.md matches the code: every module is in its import table, and imports
only what the table allows; the command line runs no stage but through the pipeline."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from tests.conftest import ROOT

PACKAGE = ROOT / "generator"
DOC = ROOT / "docs" / "architecture.md"
ROW = re.compile(r"^\| `([\w.]+)` \| \w+ \|(.*)\|$", re.MULTILINE)


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE).with_suffix("").parts
    name = ".".join(p for p in parts if p != "__init__")
    return name or "generator"


def imports(path: Path) -> set[str]:
    """The package's modules that ``path`` imports (``from generator import lang`` is lang)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[0] == \
                "generator":
            if node.module == "generator":
                found |= {"generator" if a.name == "__version__" else a.name for a in node.names}
            else:
                found.add(node.module.removeprefix("generator."))
        elif isinstance(node, ast.Import):
            found |= {a.name.removeprefix("generator.") for a in node.names
                      if a.name.split(".")[0] == "generator"}
    return found


def allowed() -> dict[str, set[str]]:
    return {m.group(1): set(re.findall(r"`([\w.]+)`", m.group(2)))
            for m in ROW.finditer(DOC.read_text(encoding="utf-8"))}


def test_every_module_is_in_the_table() -> None:
    modules = {module_name(p) for p in PACKAGE.rglob("*.py") if "skeleton" not in p.parts}
    assert set(allowed()) == modules


def test_modules_import_only_what_the_table_allows() -> None:
    table = allowed()
    for path in sorted(PACKAGE.rglob("*.py")):
        name = module_name(path)
        extra = imports(path) - table[name] - {name}
        assert not extra, f"{name} imports {sorted(extra)}, not allowed by docs/architecture.md"


def test_the_command_line_runs_no_stage_itself() -> None:
    stages = {"sources", "text", "timex", "claims", "features", "events", "curation", "render",
              "write", "site", "zensical_site", "export", "cache", "permalinks", "entities"}
    assert not imports(PACKAGE / "cli.py") & stages


# the stages docs/architecture.md says read and write no file (pipeline only calls those that do)
NO_FILES = ("text", "timex.extract", "timex.resolve", "timex.values", "model", "problems",
            "render", "export", "feeds", "permalinks", "pipeline")
FILE_CALLS = {"open", "read_text", "read_bytes", "write_text", "write_bytes", "glob", "rglob",
              "iterdir", "mkdir", "unlink", "rename"}


def test_pure_stages_open_no_file() -> None:
    for name in NO_FILES:
        path = PACKAGE.joinpath(*name.split(".")).with_suffix(".py")
        calls = {n.func.attr if isinstance(n.func, ast.Attribute) else getattr(n.func, "id", "")
                 for n in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
                 if isinstance(n, ast.Call)}
        assert not calls & FILE_CALLS, f"{name} calls {sorted(calls & FILE_CALLS)}"
