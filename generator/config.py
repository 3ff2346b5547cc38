"""The build configuration: where things are. Frozen; paths relative to the project root.

A project folder (``timeline init DIR`` makes one) holds ``mkdocs.yml`` (the site's name and
address), ``entities.yaml`` (the entity registry), ``sources/`` (articles and ``curation.yaml``),
``site_templates/`` and the hand-written ``docs/``. The package itself holds only generic data.
"""

from __future__ import annotations

import os
import re
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
    site_state: str = ".cache/site.json"  # what the last MkDocs build wrote (site.py; ditto)
    headlines: str = ".cache/headlines.json"  # headlines the last build made (cache.py; ditto)
    docs_state: str = ".cache/docs.json"  # size, time, digest of the pages written (write.py)
    pages: str = ".cache/pages.json"  # the pages the last build rendered (cache.py; ditto)
    merges: str = ".cache/merge.json"  # what the last merge did, and merge.bin (cache.py; ditto)
    parsed: str = ".cache/sources.json"  # each source file's front matter read (cache.py; ditto)
    recalls: str = ".cache/recalls.json"  # where the undated statements were linked (ditto)
    latest_events: int = 8  # how many events the home page lists
    entities: str = "entities.yaml"  # the entity registry of this project
    site_name: str = "A timeline"  # mkdocs.yml's site_name replaces it (Config.from_project)
    site_url: str = ""  # absolute address of the published site, if known: mkdocs.yml's site_url
    directory_urls: bool = True  # mkdocs.yml's use_directory_urls (pages link as "events/ID/")
    # (a tenth sweep) Material's offline plugin, enabled in mkdocs.yml's plugins: it sets
    # use_directory_urls to false when MkDocs runs, where the line above cannot show it
    offline: bool = False
    # mkdocs.yml's markdown_extensions holds attr_list (the generated headings carry attributes)
    attr_list: bool = True
    # mkdocs.yml's theme custom_dir: the project's theme overrides, templates the site engine reads
    custom_dir: str = ""

    def path(self, name: str) -> Path:
        return self.root / getattr(self, name)

    @staticmethod
    def from_project(root: Path = Path(".")) -> Config:
        """The defaults, with the site's name and address taken from mkdocs.yml. The address is
        read as MkDocs reads it: ``site_url: !ENV SITE_URL`` (or ``!ENV [SITE_URL, default]``)
        takes the environment variable, so that pages, feeds and MkDocs agree on it."""
        from generator.problems import InputError, Problem
        from generator.sources import display_path, read_text

        config = Config(root=root)
        path = config.path("mkdocs_yml")
        if not path.exists() and not path.is_symlink():
            return config
        text, problem = read_text(path, display_path(path), limit=None)
        if problem is not None:  # not UTF-8, a folder, a named pipe: named, not a traceback
            raise InputError((problem,))

        class Loader(yaml.SafeLoader):  # mkdocs.yml may hold tags such as !ENV: ignore them
            pass

        class PythonTag(Exception):
            """(hostile32) MkDocs reads mkdocs.yml with PyYAML's full loader, which runs what a
            !!python tag names ("!!python/object/apply:os.system"): refused before it can."""

        def python_tag(loader: yaml.SafeLoader, suffix: str, node: yaml.Node) -> None:
            if suffix.startswith("name:"):
                # a function named, not called: Material's documented emoji and superfences
                # settings ("emoji_index: !!python/name:material.extensions.emoji.twemoji"),
                # which hostile33 found refused too
                return None
            raise PythonTag(node.start_mark.line + 1, suffix)

        # (first: the first constructor whose prefix a tag has is the one used)
        Loader.add_multi_constructor("tag:yaml.org,2002:python/", python_tag)
        Loader.add_multi_constructor("", lambda loader, suffix, node: None)
        Loader.add_constructor("!ENV", _env_tag)

        def load(path: Path, text: str) -> object:
            try:
                return yaml.load(text, Loader=Loader) or {}
            except PythonTag as tag:
                line, suffix = tag.args
                raise InputError((Problem(display_path(path), line, None,
                                          f"a !!python/{suffix} tag: MkDocs would run it; remove it"),)) from None
            except (ValueError, OverflowError) as exc:  # 'when: 2025-02-30': a traceback (a
                # tenth sweep); MkDocs' own reading stops there too
                from generator.sources import timestamp_problem
                raise InputError((timestamp_problem(display_path(path), yaml.compose(
                    text, Loader=Loader), exc),)) from None
            except yaml.YAMLError as exc:  # before any stage runs, with its line (MkDocs' own
                # message came at the end of the build, with its traceback's path)
                mark = getattr(exc, "problem_mark", None)
                raise InputError((Problem(display_path(path), mark.line + 1 if mark else None,
                                          None, "invalid YAML: "
                                          f"{getattr(exc, 'problem', None) or exc}"),)) from None

        data = load(path, text)
        # (a tenth sweep) 'INHERIT: base.yml' as MkDocs reads it (the file it names, relative
        # to this one, under this one's settings): the settings read here were this file's
        # alone, and one inheriting its site_url or markdown_extensions read as without them
        seen, here, here_text = {path.resolve()}, path, text
        while isinstance(data, dict) and isinstance(data.get("INHERIT"), str):
            parent = here.parent / data.pop("INHERIT")
            if parent.resolve() in seen or not parent.is_file():
                line = next((n for n, ln in enumerate(here_text.splitlines(), 1)
                             if ln.startswith("INHERIT")), None)
                raise InputError((Problem(display_path(here), line, None, f"INHERIT: "
                                          f"{display_path(parent)} " + (
                                              "is inherited already (a loop)" if parent.is_file()
                                              else "does not exist")),))
            seen.add(parent.resolve())
            parent_text, problem = read_text(parent, display_path(parent), limit=None)
            if problem is not None:
                raise InputError((problem,))
            inherited = load(parent, parent_text)
            if not isinstance(inherited, dict):
                break
            import mergedeep
            data, here, here_text = mergedeep.merge(inherited, data), parent, parent_text
        if _has_surrogate(data):  # a YAML escape ("\udcff"): neither our pages nor MkDocs'
            # can be written with it (a UnicodeEncodeError traceback at the end of the build)
            escape = re.search(r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}|\\U0000[dD][89a-fA-F][0-9a-fA-F]{2}", text)
            line = text.count("\n", 0, escape.start()) + 1 if escape else None
            raise InputError((Problem(display_path(path), line, None, "holds the escape of a "
                                      f"lone surrogate{f' ({escape.group()})' if escape else ''}"
                                      ", which no page can hold; remove it"),))
        if not isinstance(data, dict):  # a list or a text: an AttributeError traceback
            raise InputError((Problem(display_path(path), 1, None, "expected a mapping of "
                                      f"settings (site_name: ..., nav: ...), not "
                                      f"{'a list' if isinstance(data, list) else repr(data)[:40]}"),))
        name = data.get("site_name", config.site_name)
        if name is None or (isinstance(name, str) and not name.strip()):
            # MkDocs took "" (every page's title then read "Home - ", the feeds and the
            # calendar "A timeline")
            line = next((n for n, ln in enumerate(text.splitlines(), 1)
                         if ln.startswith("site_name")), None)
            raise InputError((Problem(display_path(path), line, None, "site_name is empty; "
                                      "give the site a name (every page's title and the "
                                      "feeds show it)"),))
        return replace(config, site_name=str(data.get("site_name") or config.site_name),
                       site_url=_directory_url(ascii_url(str(data.get("site_url") or ""))),
                       directory_urls=data.get("use_directory_urls", True) is not False,
                       offline=_offline(data.get("plugins")),
                       attr_list=_has_extension(data.get("markdown_extensions"), "attr_list"),
                       custom_dir=_custom_dir(data.get("theme")))


def _custom_dir(theme: object) -> str:
    """mkdocs.yml's ``theme: {custom_dir: ...}``, the folder of the project's theme overrides
    ("" for none)."""
    folder = theme.get("custom_dir") if isinstance(theme, dict) else None
    return folder if isinstance(folder, str) else ""


def _has_extension(extensions: object, name: str) -> bool:
    """Does mkdocs.yml's ``markdown_extensions`` (a list of names and one-key mappings, or a
    mapping) name Python-Markdown's extension ``name`` (or ``markdown.extensions.name``)?"""
    names = extensions.keys() if isinstance(extensions, dict) else [
        e if isinstance(e, str) else next(iter(e), None) for e in extensions
        if isinstance(e, (str, dict))] if isinstance(extensions, list) else []
    return any(n in (name, f"markdown.extensions.{name}") for n in names)


def _offline(plugins: object) -> bool:
    """Does mkdocs.yml's ``plugins`` enable Material's offline plugin (``offline`` or
    ``material/offline``, as a name or a mapping whose ``enabled`` is not false)?"""
    entries = plugins.items() if isinstance(plugins, dict) else (
        (p, None) if isinstance(p, str) else next(iter(p.items()), (None, None))
        for p in plugins if isinstance(p, (str, dict))) if isinstance(plugins, list) else ()
    def enabled(options: object) -> bool:
        value = options.get("enabled", True) if isinstance(options, dict) else True
        if isinstance(value, str):  # from !ENV ("enabled: !ENV [OFFLINE, false]", as
            # Material's documentation writes it): read as YAML reads a value
            try:
                value = yaml.safe_load(value)
            except (yaml.YAMLError, ValueError, OverflowError):
                return True
        return value is not False
    return any(name in ("offline", "material/offline") and enabled(options)
               for name, options in entries)


def _has_surrogate(value: object) -> bool:
    """Does any text of mkdocs.yml's settings (keys included) hold a lone surrogate? Each list
    and mapping is read once, however many YAML aliases name it (eight lines of anchors, each
    naming the one before ten times, stand for 10^8 texts: `check` took 65 s, hostile35)."""
    seen: set[int] = set()
    todo = [value]
    while todo:
        item = todo.pop()
        if isinstance(item, str):
            if any("\ud800" <= ch <= "\udfff" for ch in item):
                return True
        elif isinstance(item, (dict, list)) and id(item) not in seen:
            seen.add(id(item))
            todo.extend([*item.keys(), *item.values()] if isinstance(item, dict) else item)
    return False


def _env_tag(loader: yaml.SafeLoader, node: yaml.Node) -> str | None:
    """MkDocs' ``!ENV`` tag (pyyaml_env_tag): the first variable set, else the last item as the
    default if a list names more than one, else None."""
    if isinstance(node, yaml.ScalarNode):
        names, default = [loader.construct_scalar(node)], None
    else:
        items = [loader.construct_scalar(n) for n in node.value]
        names, default = (items[:-1], items[-1]) if len(items) > 1 else (items, None)
    for name in names:
        if os.environ.get(name):
            return os.environ[name]
    return default


_INHERIT = re.compile(r"""^INHERIT:[ \t]*(["']?)(.+?)\1[ \t]*(?:#.*)?$""", re.M)


def inherited(mkdocs_yml: Path) -> tuple[Path, ...]:
    """(An eleventh sweep) The files ``mkdocs_yml`` pulls in with ``INHERIT:``, in order (each
    relative to the one naming it; a loop, a missing or unreadable file ends the chain:
    ``Config.from_project`` refuses those). What the site is made from as much as mkdocs.yml:
    the incremental build's fingerprint reads them, and ``timeline serve`` watches them."""
    chain: list[Path] = []
    here = mkdocs_yml
    while True:
        try:
            m = _INHERIT.search(here.read_text(encoding="utf-8", errors="replace"))
        except OSError:
            break
        if m is None:
            break
        here = here.parent / m.group(2)
        if here.resolve() in {p.resolve() for p in (mkdocs_yml, *chain)} or not here.is_file():
            break
        chain.append(here)
    return tuple(chain)


def ascii_url(url: str) -> str:
    """(An eleventh sweep) ``url`` as a feed, a sitemap or a link carries it: a host in other
    letters IDNA-encoded (``пример.рф`` -> ``xn--e1afmkfd.xn--p1ai``) and every other letter
    outside ASCII percent-encoded as UTF-8 (an IRI made a URI, RFC 3987 3.1). An address of
    ASCII, or one whose host IDNA cannot encode, is given as it is (``project`` judges it).

    >>> ascii_url("https://пример.рф/хроника/")
    'https://xn--e1afmkfd.xn--p1ai/%D1%85%D1%80%D0%BE%D0%BD%D0%B8%D0%BA%D0%B0/'
    >>> ascii_url("https://user@Bücher.example:8080/a b/時間")
    'https://user@xn--bcher-kva.example:8080/a b/%E6%99%82%E9%96%93'
    """
    from urllib.parse import quote
    if url.isascii():
        return url
    scheme, sep, rest = url.partition("://")
    if not sep:
        return url
    host_end = min((i for i in (rest.find(c) for c in "/?#") if i != -1), default=len(rest))
    netloc, tail = rest[:host_end], rest[host_end:]
    user, at, hostport = netloc.rpartition("@")
    host, colon, port = hostport.partition(":") if not hostport.startswith("[") else (hostport, "", "")
    try:
        host = host.encode("idna").decode("ascii") if not host.isascii() else host
    except UnicodeError:
        return url
    ascii_only = "".join(map(chr, range(0x20, 0x7F)))  # what is ASCII stays as written
    return (f"{scheme}://{quote(user, safe=ascii_only)}{at}{host}{colon}{quote(port, safe=ascii_only)}"
            f"{quote(tail, safe=ascii_only)}")


def _directory_url(url: str) -> str:
    """The site's address ending in "/" (as MkDocs makes it), so that paths join onto it."""
    return url if not url or url.endswith("/") else url + "/"


GENERATED = ("index.md", "timeline.md", "people-and-places.md", "visual.md", "timeline.json",
             "events.csv", "events.atom", "events.ics", "timelinejs.json", "events", "sources",
             "entities")
"""What `timeline build` writes into docs/ (everything else there is written by hand)."""
