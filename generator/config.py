"""The build configuration: where things are. Frozen; paths relative to the project root.

A project folder (``timeline init DIR`` makes one) holds ``mkdocs.yml`` (the site's name and
address), ``entities.yaml`` (the entity registry), ``sources/`` (articles and ``curation.yaml``),
``site_templates/`` and the hand-written ``docs/``. The package itself holds only generic data.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

import yaml


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
    entities: str = "entities.yaml"  # the entity registry of this project
    site_name: str = "A timeline"  # mkdocs.yml's site_name replaces it (Config.from_project)
    site_url: str = ""  # absolute address of the published site, if known (feeds use it)

    def path(self, name: str) -> Path:
        return self.root / getattr(self, name)

    @staticmethod
    def from_project(root: Path = Path(".")) -> Config:
        """The defaults, with the site's name and address taken from mkdocs.yml."""
        config = Config(root=root)
        path = config.path("mkdocs_yml")
        if not path.is_file():
            return config

        class Loader(yaml.SafeLoader):  # mkdocs.yml may hold tags such as !ENV: ignore them
            pass

        Loader.add_multi_constructor("", lambda loader, suffix, node: None)
        try:
            data = yaml.load(path.read_text(encoding="utf-8"), Loader=Loader) or {}
        except yaml.YAMLError:
            return config  # MkDocs itself reports a broken mkdocs.yml, with its line
        return replace(config, site_name=str(data.get("site_name") or config.site_name),
                       site_url=str(data.get("site_url") or ""))


GENERATED = ("index.md", "timeline.md", "people-and-places.md", "visual.md", "timeline.json",
             "events.csv", "events.atom", "events.ics", "timelinejs.json", "events", "sources",
             "entities")
"""What `timeline build` writes into docs/ (everything else there is written by hand)."""
