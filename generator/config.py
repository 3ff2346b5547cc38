"""The build configuration: where things are. Frozen; paths relative to the project root."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Config:
    """Folders of a timeline project (the layout is fixed: see README.md)."""

    root: Path = Path(".")
    sources: str = "sources"
    docs: str = "docs"
    templates: str = "site_templates"
    site: str = "site"
    mkdocs_yml: str = "mkdocs.yml"
    cache: str = ".cache/extract"  # per-source extraction results (safe to delete)
    latest_events: int = 8  # how many events the home page lists

    def path(self, name: str) -> Path:
        return self.root / getattr(self, name)


GENERATED = ("index.md", "timeline.md", "people-and-places.md", "timeline.json", "events",
             "sources", "entities")
"""What `timeline build` writes into docs/ (everything else there is written by hand)."""
