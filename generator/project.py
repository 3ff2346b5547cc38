"""I/O at the edge: a timeline project's folder, read once into a frozen ``Project`` value.

A project is a folder with ``mkdocs.yml`` (the site's name and address), ``entities.yaml`` (the
entity registry), ``sources/`` (articles, and the editors' ``curation.yaml``),
``site_templates/`` (the page templates) and ``docs/`` (hand-written pages, scripts, styles).
``load_project`` reads what the stages need from it; ``pipeline.build`` runs them over the value.
``init_project`` writes a new, buildable project from the package's skeleton
(``generator/skeleton/``), so that the generator serves a second saga as well as this one.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import shutil
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType

import frontmatter

from generator.config import GENERATED, Config
from generator.curation import FILENAME as CURATION
from generator.curation import Decision, load_curation
from generator.entities import Registry, read_registry
from generator.problems import InputError, Problem
from generator.sources import (
    CONTROL,
    control_name,
    discover,
    display_path,
    load_sources,
    parse_source,
    read_text,
    slugify,
    url_key,
)

SKELETON = Path(__file__).parent / "skeleton"
SITE_NAME_MARK = '"A timeline"'  # the skeleton's mkdocs.yml site_name, replaced by init


@dataclass(frozen=True)
class Project:
    """Everything a build reads besides the articles: loaded once, then only passed around."""

    config: Config
    registry: Registry
    curation: tuple[Decision, ...]
    templates: Mapping[str, str]  # site_templates/*.j2: file name -> text
    fingerprint: str  # of the project data extraction depends on (the registry's text)


def read_templates(config: Config) -> Mapping[str, str]:
    """The project's page templates (``site_templates/*.j2``), by file name."""
    folder = config.path("templates")
    found, problems = {}, []
    for path in sorted(folder.glob("*.j2")):
        text, problem = read_text(path, display_path(path), limit=None)
        if problem is not None:  # not UTF-8, a folder: named with the line, not a traceback
            problems.append(problem)
        found[path.name] = text
    if problems:
        raise InputError(tuple(problems))
    return MappingProxyType(found)


def curation_of(paths: list[Path]) -> tuple[Decision, ...]:
    """The editors' decisions in the curation files of the given folders (I/O)."""
    decisions: list[Decision] = []
    for path in paths:
        if path.is_dir():
            decisions.extend(load_curation(path, display_path(path / CURATION)))
    return tuple(decisions)


# a plain web address: no spaces, quotes or angle brackets (it is printed into attributes),
# and no query or fragment: the feeds and pages add paths to its end ("…/?q=1#f/events.atom"
# was an address whose path was lost in its fragment)
SITE_URL = re.compile(r"https?://[^\s\"'<>`\\?#]+")


def _setting_error(config: Config, key: str, message: str) -> InputError:
    """An error about mkdocs.yml's setting ``key``, naming the file and the setting's line."""
    yml = config.path("mkdocs_yml")
    # the last line setting it: YAML keeps the last of a key given twice
    line = max((n for n, text in enumerate(yml.read_text(encoding="utf-8").splitlines(), 1)
                if text.startswith(key)), default=None)
    return InputError((Problem(display_path(yml), line, None, message),))


def load_project(root: Path = Path(".")) -> Project:
    """Read a project folder: its configuration, entity registry and curation decisions.

    A bad registry or curation file raises InputError naming the file and line.
    """
    config = Config.from_project(root)
    if config.site_url and not SITE_URL.fullmatch(config.site_url):
        # pages, feeds and the theme print it in attributes: only a plain web address
        raise _setting_error(config, "site_url", f"site_url {config.site_url.rstrip('/')!r} is no "
                             "plain http(s) address (no spaces, quotes, angle brackets, '?' or '#')")
    if (m := CONTROL.search(config.site_name)) is not None:  # a YAML escape ("\udcff"): no page
        # could be written with it (a UnicodeEncodeError traceback)
        raise _setting_error(config, "site_name", f"site_name holds "
                             f"{_refused_character(m.group())}; remove it")
    if not config.directory_urls:
        # the pages link to each other as folders ("../../events/ID/"), in HTML that MkDocs
        # does not rewrite: with "events/ID.html" pages every such link would be broken
        raise _setting_error(config, "use_directory_urls", "use_directory_urls: false is not "
                             "supported (the generated pages link to each other as folders); "
                             "remove the line or set it to true")
    if not config.attr_list:  # every generated heading ends in "{ data-pagefind-weight=… }":
        # without attr_list that was shown as the heading's text, and --strict passed
        raise _setting_error(config, "markdown_extensions", "markdown_extensions lacks "
                             "attr_list, which the generated pages need (their headings carry "
                             "attributes); add '  - attr_list' to it")
    if config.offline:  # it sets use_directory_urls: false as MkDocs runs: the same links broken
        raise _setting_error(config, "plugins", "the offline plugin is not supported (it writes "
                             "pages as .html files, use_directory_urls: false, and the generated "
                             "pages link to each other as folders); remove it from plugins")
    path = config.path("entities")
    registry = read_registry(path)
    text = path.read_bytes() if path.is_file() else b""
    return Project(config, registry, curation_of([config.path("sources")]),
                   read_templates(config), hashlib.sha256(text).hexdigest())


def _skeleton_files() -> list[Path]:
    """The skeleton's files, sorted. Its folders may be links (to the seed project's, in a
    checkout; a wheel holds copies): they are followed."""
    found = [Path(d) / name for d, _, names in os.walk(SKELETON, followlinks=True)
             for name in names]
    return sorted(p for p in found if "__pycache__" not in p.parts)


def init_project(folder: Path, site_name: str) -> tuple[Path, ...]:
    """Write a new project into ``folder`` (which must be empty or not exist yet); return the
    files written, sorted. The site is called ``site_name``."""
    if (m := CONTROL.search(site_name)) is not None:  # mkdocs.yml would hold it escaped, and
        # every build then stopped at writing it (a lone surrogate) or refused it
        raise InputError((Problem("--name", None, None, f"holds {_refused_character(m.group())};"
                                  " remove it; nothing was written"),))
    if not site_name.strip():  # mkdocs.yml's site_name would be empty: refused by every build
        raise InputError((Problem("--name", None, None, "is empty; give the site a name; "
                                  "nothing was written"),))
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise InputError((Problem(folder.as_posix(), None, None,
                                  "exists and is not an empty folder; nothing was written"),))
    written: list[Path] = []
    for src in _skeleton_files():
        target = folder / src.relative_to(SKELETON)
        target.parent.mkdir(parents=True, exist_ok=True)
        if src.name == "mkdocs.yml":
            text = src.read_text(encoding="utf-8").replace(
                f"site_name: {SITE_NAME_MARK}", f"site_name: {_yaml_string(site_name)}", 1)
            target.write_text(text, encoding="utf-8", newline="\n")
        else:
            shutil.copyfile(src, target)  # follows the skeleton's links to the seed's files
        written.append(target)
    (folder / "sources").mkdir(parents=True, exist_ok=True)
    return tuple(written)


def _yaml_string(text: str) -> str:
    """``text`` as a double-quoted YAML string of ASCII: a JSON string is a YAML string, but
    JSON writes a character beyond U+FFFF as two escapes of half a character each
    ("\\ud83d\\ude42" for an emoji), which YAML reads as two lone surrogates: a project
    `timeline init --name "Harbour 🙂"` made was refused by its every build. YAML's own
    eight-digit escape ("\\U0001f642") holds it whole."""
    return '"' + "".join(json.dumps(ch)[1:-1] if ord(ch) <= 0xFFFF else f"\\U{ord(ch):08x}"
                         for ch in text) + '"'


def _refused_character(ch: str) -> str:
    """How a character no output can hold is named: a byte of the command line, standard
    input or a YAML escape that is not UTF-8 (Python keeps it as a lone surrogate), or a
    control character."""
    if 0xDC80 <= ord(ch) <= 0xDCFF:
        return f"the byte 0x{ord(ch) - 0xDC00:02x}, which is not UTF-8"
    return f"the control character {control_name(ch)}"


def _texts_of(values: Mapping[str, object], prefix: str = "") -> list[tuple[str, str]]:
    """Every text of ``add``'s front matter and article, named as the command's user knows it
    ('title', 'follows.url', 'text')."""
    found: list[tuple[str, str]] = []
    for key, value in values.items():
        if isinstance(value, Mapping):
            found += _texts_of(value, f"{prefix}{key}.")
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, str):
                found.append((f"{prefix}{key}", item))
    return found


def add_source(folder: Path, body: str, title: str, url: str, published: str,
               outlet: str | None, today: dt.date, extra: dict | None = None) -> Path:
    """Write an article as a new source file in ``folder``, named after its date and outlet
    (or title), and check it with the others there; return its path.

    Raises InputError (and writes nothing, or removes what it wrote) if the source is invalid
    or clashes with another (the same url). ``extra``: more front matter (follows,
    known_errors), checked like the rest.
    """
    published = published.strip()  # ' 2025-09-03' was read, and named the file ' 2025-…'
    meta = {"title": title, "url": url, "published": published}
    if outlet:
        meta["outlet"] = outlet
    meta.update(extra or {})
    name = f"{published}-{slugify(outlet or title)[:60]}"
    # the sources already there (their own problems are theirs: a broken file elsewhere does
    # not stop an article that is sound and clashes with none from being added)
    others, troubles = load_sources([folder], today) if folder.is_dir() else ((), ())
    known = {other.path for other in others} | {p.path for p in troubles}
    taken = {other.id for other in others}
    path = folder / f"{name}.md"
    n = 2
    while path.exists() or slugify(path.stem) in taken:  # 'X.md' there gives the id of 'x.md'
        path, n = folder / f"{name}-{n}.md", n + 1
    # a control character, or a byte of the command line or standard input that is not UTF-8
    # (Python keeps it as a lone surrogate): the YAML writer raised, or the file was created
    # and left empty when its text could not be encoded, and every later add and build then
    # stopped at that empty file
    bad = [(what, m.group()) for what, value in _texts_of({**meta, "text": body})
           if (m := CONTROL.search(value)) is not None]
    if bad:
        raise InputError(tuple(Problem(path.as_posix(), None, None, f"the {what} holds "
                                       f"{_refused_character(ch)}; remove it")
                               for what, ch in bad))
    text = frontmatter.dumps(frontmatter.Post(body, **meta), sort_keys=False) + "\n"
    source, problems = parse_source(text, path.as_posix(), path.stem)
    if source is not None and source.published > today:
        source = None
        problems.append(Problem(path.as_posix(), 4, None, f"'published' is {published}, "
                                f"later than today ({today.isoformat()}, anywhere on Earth)"))
    if source is None:
        raise InputError(tuple(problems))
    # the new file is the one refused for a url already used, whichever name sorts first (a
    # check of the folder after writing named the old file as the one at fault when the new
    # one sorted before it)
    for other in others:
        if url_key(other.url) == url_key(source.url):
            line = text.count("\n", 0, re.search(r"^url:", text, re.MULTILINE).start()) + 1
            raise InputError((Problem(path.as_posix(), line, None, f"url {source.url} is already "
                                      f"the url of {other.path}" + (
                                          "" if other.url == source.url else f" ({other.url}: "
                                          "the same address written another way)")),))
    folder.mkdir(parents=True, exist_ok=True)
    with path.open("xb") as out:  # never over a file written meanwhile
        out.write(text.encode("utf-8"))
    # the new file must not clash with a file written meanwhile (the others were read above:
    # only the files new since are read again)
    _, problems = load_sources([p for p in discover([folder]) if display_path(p) not in known],
                               today)
    mine = display_path(path)
    clashes = tuple(p for p in problems if p.severity == "error" and
                    (p.path == mine or mine in p.message))
    if clashes:
        path.unlink()
        raise InputError(clashes)
    return path


def unreadable_pages(config: Config) -> tuple[Problem, ...]:
    """(hostile29) A page written by hand in docs/ that the site engine cannot read as text (in
    Latin-1 or UTF-16: MkDocs stopped the build with a traceback), and a file there that is a
    link to nothing or to itself (`check` passed, then the build stopped on it as "cannot
    write"), one error each."""
    docs = config.path("docs")
    found = []
    for folder, dirs, files in os.walk(docs):
        rel_folder = Path(folder).relative_to(docs)
        if rel_folder.parts and rel_folder.parts[0] in GENERATED:
            dirs[:] = []
            continue
        dirs.sort()
        for name in sorted(files):
            path = Path(folder) / name
            if not rel_folder.parts and name in GENERATED:
                continue  # the generated pages' own links (the build mends them)
            if path.is_symlink() and not path.exists():
                found.append(Problem(display_path(path), None, None, "is a symbolic link to "
                                     "nothing (or to itself); remove it or point it at a file"))
                continue
            if name.endswith(".md"):
                _, problem = read_text(path, display_path(path), limit=None)
                if problem is not None and ("UTF" in problem.message or "binary" in problem.message):
                    found.append(problem)
    return tuple(found)


def template_problems(config: Config) -> tuple[Problem, ...]:
    """(hostile29) A template of the theme's overrides (mkdocs.yml's custom_dir) the site engine
    cannot read: not UTF-8, a Jinja syntax error (with its line), or one that extends itself
    (an endless recursion). MkDocs stopped the build with a traceback on each."""
    if not config.custom_dir:
        return ()
    import jinja2
    from jinja2 import nodes

    root = config.path("custom_dir")
    found = []
    if not root.is_dir():
        return ()
    for path in sorted(root.rglob("*.html")):
        if not path.is_file():
            continue
        where = display_path(path)
        text, problem = read_text(path, where, limit=None)
        if problem is not None:
            found.append(problem)
            continue
        try:
            tree = jinja2.Environment().parse(text)
        except jinja2.TemplateSyntaxError as exc:
            found.append(Problem(where, exc.lineno, None, f"template syntax error: {exc.message}"))
            continue
        name = path.relative_to(root).as_posix()
        for extends in tree.find_all(nodes.Extends):
            if isinstance(extends.template, nodes.Const) and extends.template.value == name:
                found.append(Problem(where, extends.lineno, None, f'extends itself ("{name}"): the '
                                     'site engine would read it without end; extend "base.html"'))
    return tuple(found)
