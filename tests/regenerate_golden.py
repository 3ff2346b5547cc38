"""Regenerate the golden page tree: `make golden`, then review `git diff tests/golden`.

Renders tests/golden/sources/ with the real templates into tests/golden/expected/.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from generator.config import Config
from generator.entities import read_registry
from generator.pipeline import check, extract
from generator.project import read_templates
from generator.render import render

GOLDEN = Path("tests/golden")


def golden_pages():
    config = Config.from_project()  # the seed project's settings and registry
    registry = read_registry(config.path("entities"))
    sources, _ = check([GOLDEN / "sources"])
    return render(extract(sources, registry=registry), config, registry, read_templates(config))


def main() -> None:
    expected = GOLDEN / "expected"
    shutil.rmtree(expected, ignore_errors=True)
    for page in golden_pages():
        path = expected / page.path
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(page.text, encoding="utf-8", newline="\n")
    print(f"wrote {expected}")


if __name__ == "__main__":
    main()
