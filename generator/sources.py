"""I/O in: discover source files, read them, validate their front matter -> ``Source`` values.

A source is a Markdown file with YAML front matter (schema in docs/writing-sources.md)::

    ---
    title: "Putin invites Zelensky to Moscow"
    url: https://example.com/story
    published: 2025-09-03
    ---
    The article text, verbatim.

Every problem of every file is collected (``Problem`` with file:line:col) before failing.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
import sys
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from urllib.parse import SplitResult, urlsplit

import yaml

from generator import lang
from generator.model import Follows, Source
from generator.problems import Problem

FENCE = re.compile(r"^---[ \t]*\r?$", re.MULTILINE)
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
SLUG_RUNS = re.compile(r"-{2,}")
MAX_BYTES = 2_000_000  # a news article is far smaller; larger files are refused
# C0 and C1 control characters but tab and line ends, DEL, lone surrogates (a YAML "\ud800"
# escape) and the two non-characters: they would make the Atom feed ill-formed XML, the
# calendar file invalid and the pages unreadable, so sources holding them are refused
CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
LONE_CR = re.compile(r"\r(?!\n)")
LINE_SEPARATOR = re.compile("[\u2028\u2029]")
CONTROL_NAMES = {0x00: "NUL", 0x07: "BEL", 0x08: "BS", 0x0B: "VT", 0x0C: "FF", 0x1B: "ESC",
                 0x7F: "DEL", 0x85: "NEL"}


def control_in(item: dict) -> str | None:
    """The first text of a YAML mapping's values (an entity, a curation decision) holding a
    control character, described for its error ("'name' holds the control character ESC
    (U+001B); remove it"); None where there is none."""
    for key, value in item.items():
        for text in (value if isinstance(value, list) else [value]):
            if isinstance(text, str) and (m := CONTROL.search(text)):
                return f"'{key}' holds the control character {control_name(m.group())}; remove it"
    return None


def blank(text: str) -> bool:
    """True when ``text`` shows nothing: only spaces and line ends, characters of Unicode's
    category Cf that are never drawn (a zero-width space, a direction mark, a byte-order mark,
    a word joiner) and the few others of the kind (variation selectors, Hangul fillers, the
    combining grapheme joiner, the Braille blank). A title, a reason or an article of them
    passed as text, and the site printed a heading, a link or a filter option that showed
    nothing.

    >>> blank(" \u200b\u200e\ufeff\u3164\u2800"), blank("\u200bx")
    (True, False)
    """
    return all(ch.isspace() or ch in INVISIBLE or unicodedata.category(ch) == "Cf"
               for ch in text)


INVISIBLE = frozenset("\u034f\u115f\u1160\u3164\uffa0\u180b\u180c\u180d\u180f"
                      + "\u2800"  # (the Braille blank, drawn as nothing: hostile29)
                      + "".join(map(chr, range(0xFE00, 0xFE10)))
                      + "".join(map(chr, range(0xE0100, 0xE01F0))))


# Characters that join or part letters without being drawn: a zero-width space, non-joiner,
# joiner, word joiner, and the byte-order mark read as a zero-width no-break space. Inside a
# name they made a second name that looks the same ("Reu\u200bters" and "Reuters": two
# outlets, two filter options; "Pu\u200btin" no mention of Putin): names are compared without.
ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")
# the joiners stay where they shape what is drawn: between letters of a script that joins
# (Arabic, the scripts of India) or the parts of an emoji ("\U0001f468\u200d\U0001f469")
_DRAWN_APART = re.compile("[\u200b\u2060\ufeff]|(?<![^\x00-\u052f])[\u200c\u200d]"
                          "(?![^\x00-\u052f])")


def unjoined(text: str) -> str:
    """``text`` without the zero-width characters that change nothing drawn in it: every
    zero-width space, word joiner and BOM, and a joiner or non-joiner between letters of
    Latin, Greek or Cyrillic (or at an end).

    >>> unjoined("Reu\u200bters"), unjoined("Pu\u200dtin\u2060"), len(unjoined("\U0001f468\u200d\U0001f469"))
    ('Reuters', 'Putin', 3)
    """
    return _DRAWN_APART.sub("", text) if ZERO_WIDTH.search(text) else text


def shown_blank(value: str) -> str:
    """A blank text as a message shows it: its characters escaped ("\\u200b")."""
    return '"' + value.encode("unicode_escape").decode("ascii") + '"'


def control_name(ch: str) -> str:
    """'U+001B (ESC)': how a refused character is named in messages."""
    code = ord(ch)
    name = CONTROL_NAMES.get(code)
    return f"U+{code:04X}" + (f" ({name})" if name else "")

# The longest a front-matter text printed again for each of the source's events may be, in
# characters (and the most tags): each event's page, feed entries and the timeline's filters
# repeat the source's title or outlet, its address and its tags, so a 400 KB title over a
# chronology of 500 dated lines made 579 MB of pages and feeds, and an 800 KB one 1.2 GB
# (docs/benchmarks.md, "A fourth sweep"). Real sources stay far below: over sources/, tests/
# and the shared corpus (129 files) the longest title has 112 characters, outlet 39, url 150,
# and none has more than a few tags. (A think tank's name is longer: "Center for Strategic and
# International Studies", 46 characters, in the probe sets of session 33; the outlet's limit,
# 200 before, keeps the fivefold margin of tests/test_hostile_fourth.py at 300. A ministry's
# full name is longer still: "Ministry of Foreign Affairs of the People's Republic of China",
# 61 characters, probe_events93 of session 45: 400 keeps the margin.)
LONGEST = {"title": 1_000, "outlet": 400, "url": 2_048, "tags": 50}
MOST_TAGS = 20

REQUIRED = ("title", "url", "published")
OPTIONAL = ("outlet", "author", "language", "published_estimated", "follows", "known_errors",
            "notes", "tags")
FOLLOWS_KEYS = ("outlet", "url", "published")


@dataclass(frozen=True)
class Field:
    """A front-matter value with where it stands (1-based line and column in the file)."""

    value: object
    line: int
    col: int


class _Aliased(Exception):
    def __init__(self, line: int):
        self.line = line


class _Control(Exception):
    def __init__(self, line: int, col: int, ch: str):
        self.line, self.col, self.ch = line, col, ch


class _Tagged(Exception):
    def __init__(self, line: int, col: int, tag: str):
        self.line, self.col, self.tag = line, col, tag


# the tags YAML gives plain values itself; any other ("!foo", "!!python/object") asks for a
# meaning the front matter does not have
PLAIN_TAGS = frozenset(f"tag:yaml.org,2002:{t}" for t in ("str", "int", "float", "bool", "null",
                                                          "timestamp", "seq", "map"))


def _plain(node: yaml.Node, seen: set[int], line_offset: int) -> object:
    """YAML node -> plain Python, scalars kept as text (we type-check them ourselves).

    Aliases are refused: a node met twice means '*alias' was used (and alias bombs need them).
    """
    if id(node) in seen:
        raise _Aliased(node.start_mark.line + line_offset)
    seen.add(id(node))
    if node.tag not in PLAIN_TAGS:
        raise _Tagged(node.start_mark.line + line_offset, node.start_mark.column + 1, node.tag)
    if isinstance(node, yaml.ScalarNode):
        if node.tag == "tag:yaml.org,2002:null" or (node.style is None and node.value in ("", "~", "null", "Null", "NULL")):
            return None
        if (m := CONTROL.search(node.value)) is not None:  # from an escape such as "\e"
            raise _Control(node.start_mark.line + line_offset, node.start_mark.column + 1,
                           m.group())
        return node.value
    if isinstance(node, yaml.SequenceNode):
        return [_plain(n, seen, line_offset) for n in node.value]
    return {str(_plain(k, seen, line_offset)): _plain(v, seen, line_offset) for k, v in node.value}


def slugify(text: str) -> str:
    """A file name's id: lower case, each run of anything but letters, digits and marks one '-'.

    Letters of every script are kept (after NFC normalisation, so a name typed on any system
    gives one id): 'Путин' and 'Зеленский' are distinct ids, not both 'source'. ASCII names
    give what they always gave. A name with no letter or digit at all ('🎉') gets 'source-'
    and a hash of the name: distinct and stable too.

    A character that is never drawn (a zero-width space or joiner, a soft hyphen, a direction
    mark: Unicode's category Cf) is dropped: 'Reu\u200bters' is 'reuters' (it was 'reu-ters',
    a second id for a name that looks the same, though the names were said to give one id).

    >>> slugify("2025-09-03 Reuters"), slugify("Путин"), slugify("東京"), slugify("Hürriyet")
    ('2025-09-03-reuters', 'путин', '東京', 'hürriyet')
    >>> slugify("Reu\u200bters"), slugify("Reu\u00adters\u2060")
    ('reuters', 'reuters')
    >>> slugify("\u3164").startswith("source-")
    True
    """
    kept = "".join(ch if unicodedata.category(ch)[0] in "LNM" and ch not in INVISIBLE else "-"
                   for ch in unicodedata.normalize("NFC", text).lower()
                   if unicodedata.category(ch) != "Cf")  # (a Hangul filler is a letter drawn
    # as nothing: "ㅤ.md" had an address no one could see, hostile29)
    slug = SLUG_RUNS.sub("-", kept).strip("-")
    if slug:
        return slug
    return "source-" + hashlib.sha1(unicodedata.normalize("NFC", text).encode()).hexdigest()[:8]


def discover(paths: list[Path]) -> list[Path]:
    """Markdown files under ``paths`` (files or folders), sorted, each once. What looks like one
    but cannot be read as one is listed too (``_odd_file`` says why), so that no article is
    left out silently: a link to nothing, a named pipe, 'x.MD', 'x.markdown'. Emacs' lock files
    ('.#x.md', links to nothing while a file is edited) are left out."""
    found: set[Path] = set()
    for path in paths:
        if path.is_dir():
            # (a folder named like an article, and the editors' file of a subfolder, which is
            # never read, are listed too: both were left out silently, hostile27)
            found.update(p for p in path.rglob("*") if (MARKDOWN.search(p.name)
                         and not p.name.startswith(".#")
                         or p.name == CURATION and p.parent != path))
        elif path.exists():
            found.add(path)
    return sorted(found, key=lambda p: p.as_posix())



CURATION = "curation.yaml"  # the editors' file of a sources folder, read from that folder only
MARKDOWN = re.compile(r"\.(?:md|markdown)$", re.IGNORECASE)
RESERVED_IDS = ("index",)  # MkDocs makes sources/index.md the page of sources/ itself
# The longest id in bytes of UTF-8: its page is the file sources/<id>.md, and a file name has at
# most 255 bytes on Linux, macOS and Windows' file systems. A name that fits can give a longer
# id: lower case may take more bytes ("İ", 2 bytes, is "i̇", 3), and so may NFC.
ID_BYTES = 255 - len(".md")


def _odd_file(path: Path) -> str | None:
    """Why a file found by ``discover`` is not read as a source, if it is not: an error for
    what cannot be read, a warning (starting 'not read') for a name that is not '*.md'."""
    if path.name == CURATION:
        return ("not read: editors' decisions are read from the sources folder's own "
                f"{CURATION} only; move these into it")
    if path.is_dir():
        return "not read: a folder named like an article; rename it, or move its articles out"
    if path.name.startswith("."):
        # (hostile29: ".hidden.md" was published without a word, and macOS' "._x.md" beside
        # each copied article stopped the build as "a binary file"; MkDocs leaves such names out
        # of a site too)
        return (f"not read: a hidden file (its name starts with a dot, as editors' and macOS' "
                f"copies do); rename it to {_unhidden(path.name)} to publish it")
    if any(0xDC80 <= ord(ch) <= 0xDCFF for ch in path.name):  # undecodable bytes
        try:
            os.fsencode(path.name).decode("utf-8")
        except UnicodeDecodeError:
            return ("its name is not UTF-8 (it could not be published as an address); rename it "
                    "with a UTF-8 name")
        # (hostile26: under LC_ALL=C with PYTHONUTF8=0, UTF-8 names were "not UTF-8")
        return ("its name is UTF-8, but this system reads file names in another encoding "
                f"({sys.getfilesystemencoding()}); build under a UTF-8 locale (LC_ALL=C.UTF-8) or "
                "with PYTHONUTF8=1")

    if not path.name.endswith(".md"):
        # "x.MD", "x.markdown" -> "x.md"; any other name ("notes.txt", "README") gets ".md" added
        # (the hint was "rename it to notes.txt", the name it had)
        named = MARKDOWN.sub(".md", path.name) if MARKDOWN.search(path.name) else path.name + ".md"
        return f"not read: sources are files named *.md; rename it to {named} to publish it"
    if path.is_symlink() and not path.exists():
        return "is a symbolic link to nothing (or to itself); remove it or point it at an article"
    if not path.is_file():
        return "is not a regular file (a named pipe, a device or a socket); expected a text file"
    return None


def _unhidden(name: str) -> str:
    """The name a hidden file would be published under.

    >>> _unhidden(".hidden.md"), _unhidden("._x.md"), _unhidden(".md")
    ('hidden.md', '_x.md', 'article.md')
    """
    shown = name.lstrip(".")
    return shown if MARKDOWN.search(shown) and not MARKDOWN.fullmatch("." + shown) else "article.md"


def _outside(path: Path, paths: list[Path], folders: list[Path],
             resolved: dict[Path | None, Path] | None = None) -> str | None:
    """Where ``path`` leads if it was found in a folder but resolves outside every folder
    given (a symlink to another project's article would be published silently). ``resolved``:
    the folders resolved so far (``display_path``'s): a file that is no link resolves to its
    folder's place and its name, so only its folder is resolved, once (1,000 sources were
    resolved a component at a time, 0.02 CPU s of every build)."""
    if path in paths:
        return None  # named on the command line: the user chose that file
    if resolved is not None and (folder := resolved.get(path.parent)) is not None \
            and not path.is_symlink():
        target = folder / path.name
    else:
        target = path.resolve()
    if any(target.is_relative_to(folder) for folder in folders):
        return None
    return target.as_posix()


def display_path(path: Path, resolved: dict[Path | None, Path] | None = None) -> str:
    """The path as it is shown in messages: relative to the working folder if inside it; the
    bytes of a name that is not UTF-8 written as escapes ('caf\\xe9.md'). ``resolved``: the
    folders resolved so far by the caller's run (each once, not once a file: 1,000 sources
    resolved their one folder and the working folder 2,000 times, 0.03 CPU s a build), the
    working folder under None."""
    try:  # the folder resolved, not the file: a link is shown by its own name
        if resolved is None:
            folder, here = path.parent.resolve(), Path.cwd().resolve()
        else:
            if (folder := resolved.get(path.parent)) is None:
                folder = resolved[path.parent] = path.parent.resolve()
            if (here := resolved.get(None)) is None:
                here = resolved[None] = Path.cwd().resolve()
        shown = (folder / path.name).relative_to(here).as_posix()
    except (ValueError, OSError, RuntimeError):
        shown = path.as_posix()
    shown = shown.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    # a line end, tab or other control character in a name would break a message's one line
    # (or make it two messages), a direction mark would reverse what follows it: escapes
    return UNSHOWN_IN_NAMES.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"),
                                shown)


UNSHOWN_IN_NAMES = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029"
                              "\u202a-\u202e\u2066-\u2069]")


def split_front_matter(raw: str, where: str) -> tuple[str, int, int] | Problem:
    """(front matter text, its first line number, body offset) or the problem."""
    if not raw.strip():
        return Problem(where, 1, 1, "the file is empty; expected front matter between '---' "
                       "lines, then the article text")
    first = FENCE.match(raw)
    if not first and "\r" in raw and "\n" not in raw:
        return Problem(where, 1, 1, "its lines end in a carriage return only (an old Mac "
                       "format); save it with Unix (LF) or Windows (CRLF) line ends")
    if not first:
        return Problem(where, 1, 1, "no front matter: the file must start with a '---' line, "
                       "then YAML (title, url, published), then a closing '---' line")
    closing = FENCE.search(raw, first.end() + 1)
    if not closing:
        return Problem(where, 1, 1, "front matter is not closed: add a '---' line after the "
                       "YAML and before the article text")
    body_start = closing.end()
    if raw.startswith("\r\n", body_start):
        body_start += 2
    elif raw.startswith("\n", body_start):
        body_start += 1
    return raw[first.end() + 1: closing.start()], 2, body_start


def _problem_at(where: str, field: Field | None, message: str, line: int = 1) -> Problem:
    if field is None:
        return Problem(where, line, None, message)
    return Problem(where, field.line, field.col, message)


def _date(where: str, key: str, f: Field, problems: list[Problem]) -> dt.date | None:
    text = f.value if isinstance(f.value, str) else None
    if text is None or not DATE.match(text.strip()):
        problems.append(_problem_at(where, f, f"'{key}' is {_show(f.value)}; expected a date "
                                    "YYYY-MM-DD"))
        return None
    try:
        day = dt.date.fromisoformat(text.strip())
    except ValueError:
        problems.append(_problem_at(where, f, f"'{key}' is {_show(f.value)}, which is not a "
                                    "real date; expected YYYY-MM-DD"))
        return None
    if day.year < EARLIEST_YEAR:
        problems.append(_problem_at(where, f, f"'{key}' is {_show(f.value)}, before the year "
                                    f"{EARLIEST_YEAR}; expected the date the article appeared"))
        return None
    return day


def supported_language(language: str) -> bool:
    """Whether a source's ``language`` has a word bundle (``generator/lang/``)."""
    return lang.code(language) in lang.supported()


# A publication date before this year is a typo ('0205-01-29'); dates are reckoned days and
# years around it, and the calendar of datetime ends at the year 1.
EARLIEST_YEAR = 1000


DEFAULT_PORTS = {"http": 80, "https": 443}


@lru_cache(maxsize=1 << 14)  # (pure; asked some six times a source in a build: 0.02 CPU s at 1,000)
def url_key(url: str) -> str:
    """The address ``url`` names, for telling two sources of one article apart: the scheme and
    host in lower case, no default port, no fragment, no trailing slash, NFC. Two urls written
    differently ("https://Example.com:443/a/#top" and "https://example.com/a") were two sources,
    each counted as an independent report; the ids of sources (their file names) are not
    touched.

    >>> url_key("HTTPS://Example.COM:443/News/Story/#top") == url_key("https://example.com/News/Story")
    True
    >>> url_key("https://example.com/a?b=1") == url_key("https://example.com/a?b=2")
    False
    """
    text = unicodedata.normalize("NFC", url.strip())
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError:  # not an address _url accepts: compared as written
        return text
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").rstrip(".")
    if ":" in host:  # an IPv6 address keeps its brackets
        host = f"[{host}]"
    netloc = host if port is None or port == DEFAULT_PORTS.get(scheme) else f"{host}:{port}"
    if "@" in parts.netloc:
        netloc = parts.netloc.rsplit("@", 1)[0] + "@" + netloc
    path = parts.path.rstrip("/")
    return f"{scheme}://{netloc}{path}" + (f"?{parts.query}" if parts.query else "")


def _show(value: object) -> str:
    if value is None:
        return "empty"
    if isinstance(value, str):  # a line end in a value ("a\nb" in quotes) made the message
        # two lines, and a direction override reversed what followed: escaped
        return '"' + "".join(ch.encode("unicode_escape").decode("ascii")
                             if ch != " " and unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp")
                             else ch for ch in value) + '"'
    return {dict: "a mapping", list: "a list"}.get(type(value), repr(value))


def not_text(value: object) -> str:
    """What a YAML value that should have been text is, and how to make it text ('tags: [On]'
    was "'tags' is a list; expected a list of texts", hostile29).

    >>> not_text(True), not_text(2.5)
    ('true, a yes/no value (YAML reads On, Off, Yes, No, True, False so), not text; put it in quotes', '2.5, a number, not text; put it in quotes')
    >>> not_text(None), not_text(["x"])
    ('empty; remove it', 'a list, not text')
    """
    if isinstance(value, bool):
        return (f"{str(value).lower()}, a yes/no value (YAML reads On, Off, Yes, No, True, False "
                "so), not text; put it in quotes")
    if isinstance(value, (int, float)):
        return f"{value!r}, a number, not text; put it in quotes"
    if value is None:
        return "empty; remove it"
    return f"{_show(value)}, not text"


def shown(text: str) -> str:
    """A text as a message shows it: its invisible characters, line ends and direction marks
    escaped ("e-12ab\\u200b": an id with a zero-width space printed like a valid one)."""
    return _show(text)[1:-1]


def _url(where: str, key: str, f: Field, problems: list[Problem]) -> str | None:
    value = f.value if isinstance(f.value, str) else None
    try:
        parts = urlsplit(value.strip()) if value else None
    except ValueError:  # "https://[example.com/a": an unclosed IPv6 bracket
        parts = None
    if value is None or parts is None or parts.scheme not in ("http", "https") \
            or not parts.netloc or re.search(r"\s", value.strip()):
        problems.append(_problem_at(where, f, f"'{key}' is {_show(f.value)}; expected an "
                                    "http:// or https:// address"))
        return None
    if (why := _url_fault(parts, value)) is not None:
        problems.append(_problem_at(where, f, f"'{key}' is {shown_url(value.strip())}: {why}"))
        return None
    return value.strip()


def _url_fault(parts: SplitResult, value: str) -> str | None:
    """What makes an address that urlsplit reads no address to publish, or None. A port that
    is not a number (`https://example.com:99999/`) or a host missing (`https://:80/`) passed,
    as did a character that is never drawn (a zero-width space in the host: another host that
    looks the same; a direction override in the path: `…/\u202egpj.exe` shown as `…/exe.jpg`)
    and a user name and password (`https://example.com@evil.example/` reads as example.com;
    a password would be published on every page)."""
    try:
        _ = parts.port  # a property that raises
    except ValueError:
        return "its port is not a number from 0 to 65535"
    if not parts.hostname:
        return "it names no host"
    if (hidden := next((ch for ch in value if unicodedata.category(ch) == "Cf"
                        or ch in INVISIBLE), None)) is not None:
        return (f"it holds U+{ord(hidden):04X}, a character that is not shown (the address "
                "would not be the one it looks like); remove it")
    if "@" in parts.netloc:
        return ("it holds a user name or password (before '@'), which would be published and "
                "makes the address read as another; remove it")
    return None


def shown_url(value: str) -> str:
    """An address as a message shows it: characters not shown escaped."""
    return '"' + "".join(ch.encode("unicode_escape").decode("ascii")
                         if unicodedata.category(ch) == "Cf" or ch in INVISIBLE else ch
                         for ch in value) + '"'


def _text(where: str, key: str, f: Field | None, problems: list[Problem],
          required: bool = False) -> str | None:
    if f is None or f.value is None:
        if required and f is not None:  # 'title:' or 'title: ~' was "missing" at line 1
            problems.append(_problem_at(where, f, f"'{key}' is empty; expected {key}: text"))
        elif required:
            problems.append(Problem(where, 1, None, f"'{key}' is missing; expected {key}: text"))
        return None
    if not isinstance(f.value, str) or (required and not f.value.strip()):
        problems.append(_problem_at(where, f, f"'{key}' is {_show(f.value)}; expected text"))
        return None
    if blank(f.value):
        if required:
            problems.append(_problem_at(where, f, f"'{key}' is {shown_blank(f.value)}, which "
                                        "shows nothing; expected text"))
            return None
        return ""  # as an empty outlet or author: none
    # one form (NFC) for every text: an outlet or tag typed on macOS (NFD) and one typed
    # elsewhere were two filter options that look alike, two origins of a 'follows.outlet'
    # and no zero-width character inside a name ("Reu\u200bters" was a second outlet)
    # (one line: a YAML block title kept its line ends in the feeds and the CSV, where pages
    # joined them; hostile27)
    return unicodedata.normalize("NFC", " ".join(unjoined(f.value).split()))


def _texts(where: str, key: str, f: Field | None, problems: list[Problem]) -> tuple[str, ...]:
    if f is None or f.value is None:
        return ()
    values = [f.value] if isinstance(f.value, str) else f.value
    if not isinstance(values, list):
        problems.append(_problem_at(where, f, f"'{key}' is {_show(f.value)}; expected a list "
                                    "of texts"))
        return ()
    if (odd := next((i for i, v in enumerate(values) if not isinstance(v, str)), None)) is not None:
        problems.append(_problem_at(where, f, f"'{key}' item {odd + 1} is {not_text(values[odd])}"))
        return ()
    if (empty := next((i for i, v in enumerate(values) if blank(v)), None)) is not None:
        # a tag '' was a filter option of nothing (and its value, '', the option "any")
        problems.append(_problem_at(where, f, f"'{key}' holds an empty text (item {empty + 1}:"
                                    f" {shown_blank(values[empty])}); remove it"))
        return ()
    # 'a ' and 'a' are one tag (they were two filter options that looked alike)
    return tuple(dict.fromkeys(unicodedata.normalize("NFC", unjoined(v).strip())
                               for v in values))


def parse_source(raw: str, where: str, source_id: str) -> tuple[Source | None, list[Problem]]:
    """Validate one file's text. Pure: the caller did the reading."""
    split = split_front_matter(raw, where)
    if isinstance(split, Problem):
        return None, [split]
    fm_text, first_line, body_start = split
    line_offset = first_line
    # (a ninth sweep) YAML reads U+2028 and U+2029 as line ends, which editors do not show:
    # 'title: A<U+2028>bogus: 1' was a title "A" and a hidden key, and every line number of
    # a problem after it named a line further down than the file has
    if (m := LINE_SEPARATOR.search(fm_text)) is not None:
        line = first_line + fm_text.count("\n", 0, m.start())
        col = m.start() - (fm_text.rfind("\n", 0, m.start()) + 1) + 1
        return None, [Problem(where, line, col, f"the front matter holds U+{ord(m.group()):04X} "
                              f"(a {'line' if m.group() == chr(0x2028) else 'paragraph'} "
                              "separator), which YAML reads as a line end where an editor shows "
                              "none; remove it (or write it as an escape in a quoted value)")]
    try:
        node = yaml.compose(fm_text, Loader=yaml.SafeLoader)
    except RecursionError:
        return None, [Problem(where, first_line, None, "front matter nests lists or mappings "
                              "too deeply to be read; expected 'key: value' lines")]
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + line_offset if mark else first_line
        col = mark.column + 1 if mark else None
        what = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        return None, [Problem(where, line, col, f"front matter is not valid YAML: {what}")]
    if not isinstance(node, yaml.MappingNode):
        return None, [Problem(where, first_line, 1, "front matter must be a mapping of "
                              "'key: value' lines (title, url, published)")]
    problems: list[Problem] = []
    fields: dict[str, Field] = {}
    seen: set[int] = set()  # across keys: 'outlet: *t' of 'title: &t …' is an alias too
    try:
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):  # '? [a, b]': the key would be
                # shown as the parser's nodes
                problems.append(Problem(where, key_node.start_mark.line + line_offset,
                                        key_node.start_mark.column + 1, "a key is a list or a "
                                        "mapping; expected 'key: value' lines"))
                continue
            key = str(key_node.value)
            if key in fields:
                problems.append(Problem(where, key_node.start_mark.line + line_offset,
                                        key_node.start_mark.column + 1, f"'{key}' is given twice"))
            try:
                value = _plain(value_node, seen, line_offset)
            except _Aliased:  # the alias's node is its anchor's (another key's line): this key
                raise _Aliased(key_node.start_mark.line + line_offset) from None
            fields[key] = Field(value,
                                key_node.start_mark.line + line_offset,
                                value_node.start_mark.column + 1)
    except _Aliased as alias:
        return None, [Problem(where, alias.line, None, "YAML aliases (*name) are not allowed in "
                              "front matter; write the value out")]
    except _Control as bad:
        return None, [Problem(where, bad.line, bad.col, "the value holds the control character "
                              f"{control_name(bad.ch)} (a YAML escape); remove it")]
    except _Tagged as bad:  # (hostile28: "title: !foo bar" was read as "bar", silently)
        return None, [Problem(where, bad.line, bad.col, f"the YAML tag {_show(bad.tag)} has no "
                              "meaning in front matter; remove it")]

    title = _text(where, "title", fields.get("title"), problems, required=True)
    url = _url(where, "url", fields["url"], problems) if "url" in fields else None
    if "url" not in fields:
        problems.append(Problem(where, 1, None, "'url' is missing; expected url: https://…"))
    published = _date(where, "published", fields["published"], problems) \
        if "published" in fields else None
    if "published" not in fields:
        problems.append(Problem(where, 1, None, "'published' is missing; expected "
                                "published: YYYY-MM-DD"))

    estimated = False
    if (f := fields.get("published_estimated")) is not None and f.value is not None:
        if f.value not in ("true", "false", "yes", "no", "True", "False"):
            problems.append(_problem_at(where, f, f"'published_estimated' is {_show(f.value)}; "
                                        "expected true or false"))
        estimated = f.value in ("true", "yes", "True")

    follows = None
    if (f := fields.get("follows")) is not None and f.value is not None:
        if not isinstance(f.value, dict):
            problems.append(_problem_at(where, f, f"'follows' is {_show(f.value)}; expected a "
                                        "mapping with outlet, url, published"))
        else:
            sub = {k: Field(v, f.line, f.col) for k, v in f.value.items()}
            for k in sub:
                if k not in FOLLOWS_KEYS:
                    problems.append(Problem(where, f.line, None, f"'follows.{k}' is not known; "
                                            "expected outlet, url, published", "warning"))
            follows = Follows(
                _text(where, "follows.outlet", sub.get("outlet"), problems),
                _url(where, "follows.url", sub["url"], problems) if sub.get("url") and sub["url"].value else None,
                _date(where, "follows.published", sub["published"], problems)
                if sub.get("published") and sub["published"].value else None,
            )
            # a rewrite of itself, or of a report that appeared after it, is a typo (it was
            # counted as a rewrite of a report that is no other source)
            if url and follows.url and url_key(follows.url) == url_key(url):
                problems.append(_problem_at(where, sub["url"], f"'follows.url' is {follows.url}"
                                            ", the article's own url; expected the url of the "
                                            "earlier report it rewrites"))
            if published and follows.published and follows.published > published:
                problems.append(_problem_at(where, sub["published"], "'follows.published' is "
                                            f"{follows.published.isoformat()}, later than the "
                                            f"article's ({published.isoformat()}); expected the "
                                            "date of the earlier report it rewrites"))

    extra = []
    for key, f in fields.items():
        if key not in REQUIRED + OPTIONAL:
            # (its invisible characters shown: "ti\u200btle" looked like "title", hostile27)
            problems.append(Problem(where, f.line, None, f"unknown key '{_show(key)[1:-1] if isinstance(key, str) else key}' is kept but not "
                                    "used; known keys: " + ", ".join(REQUIRED + OPTIONAL),
                                    "warning"))
            extra.append((key, f.value))

    language = _text(where, "language", fields.get("language"), problems)
    if language is not None and not supported_language(language):
        problems.append(_problem_at(where, fields["language"], f"'language' is {_show(language)}"
                                    f"; there is no word bundle for it (supported: "
                                    f"{', '.join(lang.supported())}; generator/lang/)"))
    source = Source(
        id=source_id,
        path=where,
        url=url or "",
        title=title or "",
        published=published or dt.date(1, 1, 1),
        raw=raw,
        body_start=body_start,
        outlet=_text(where, "outlet", fields.get("outlet"), problems),
        author=_text(where, "author", fields.get("author"), problems),
        language=language,
        published_estimated=estimated,
        follows=follows,
        known_errors=_texts(where, "known_errors", fields.get("known_errors"), problems),
        notes=_texts(where, "notes", fields.get("notes"), problems),
        tags=_texts(where, "tags", fields.get("tags"), problems),
        extra=tuple(extra),
    )
    for key, limit in LONGEST.items():
        values = source.tags if key == "tags" else (getattr(source, key) or "",)
        if (longest := max(values, key=len, default="")) and len(longest) > limit:
            what = "a tag" if key == "tags" else f"'{key}'"
            problems.append(_problem_at(where, fields.get(key), f"{what} is {len(longest):,} "
                                        f"characters long; the limit is {limit:,} (it is printed "
                                        "again for each of the source's events)"))
    if len(source.tags) > MOST_TAGS:
        problems.append(_problem_at(where, fields.get("tags"), f"'tags' has {len(source.tags):,}"
                                    f" tags; the limit is {MOST_TAGS} (they are printed again for "
                                    "each of the source's events)"))
    if blank(source.body):
        problems.append(Problem(where, raw.count("\n", 0, body_start) + 1, None,
                                "the article text after the front matter is empty"))
    if any(p.severity == "error" for p in problems):
        return None, problems
    return source, problems


def read_plain_texts(paths: list[Path]) -> Iterator[tuple[Path, str | None, Problem | None]]:
    """Each plain-text file's text, or the problem (missing, unreadable, binary, not UTF-8)."""
    for path in paths:
        if not path.is_file():
            yield path, None, Problem(path.as_posix(), None, None, "does not exist or is not a file")
            continue
        yield path, *read_text(path, path.as_posix())


def read_text(path: Path, where: str, limit: int | None = MAX_BYTES
              ) -> tuple[str | None, Problem | None]:
    """The file's text, or the problem (unreadable, a folder, too large (over ``limit`` bytes,
    if given), binary, not UTF-8, holding a control character)."""
    try:
        if path.is_dir():
            return None, Problem(where, None, None, "is a folder; expected a text file")
        if path.exists() and not path.is_file():  # a named pipe would wait for a writer
            return None, Problem(where, None, None, "is not a regular file (a named pipe, a "
                                 "device or a socket); expected a text file")
        with path.open("rb") as handle:
            # (read at most one byte past the limit: a file of gigabytes was read whole, 3 GB
            # of memory, before its size was looked at; its size told without reading it)
            data = handle.read(limit + 1) if limit is not None else handle.read()
            size = len(data) if limit is None or len(data) <= limit else os.fstat(handle.fileno()).st_size
    except OSError as exc:
        return None, Problem(where, None, None, f"cannot be read: {exc.strerror}")
    if limit is not None and len(data) > limit:
        return None, Problem(where, None, None, f"is {max(size, len(data)):,} bytes; the limit for a "
                             f"source is {limit:,} bytes")
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):  # what Windows editors call "Unicode"
        return None, Problem(where, None, None, "is UTF-16 text (it starts with a byte-order "
                             f"mark, 0x{data[0]:02x} 0x{data[1]:02x}); save it as UTF-8")
    if b"\x00" in data:
        return None, Problem(where, None, None, "is a binary file; expected UTF-8 Markdown text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        return None, Problem(where, line, None, f"is not UTF-8 (byte 0x{data[exc.start]:02x} at "
                             f"offset {exc.start}); save it as UTF-8")
    if text.startswith("\ufeff"):
        text = text[1:]
    if (m := CONTROL.search(text)) is not None:
        line = text.count("\n", 0, m.start()) + 1
        col = m.start() - (text.rfind("\n", 0, m.start()) + 1) + 1
        return None, Problem(where, line, col, f"holds the control character "
                             f"{control_name(m.group())}; remove it (or save the file as "
                             "plain text)")
    # a carriage return alone among LF or CRLF line ends (files pasted together from several
    # systems): an editor shows a new line there, but lines are counted by LF, so every line
    # number after it (claims, warnings, the source page's links) named another line
    if "\n" in text and (m := LONE_CR.search(text)) is not None:
        line = text.count("\n", 0, m.start()) + 1
        col = m.start() - (text.rfind("\n", 0, m.start()) + 1) + 1
        return None, Problem(where, line, col, "holds a carriage return alone (U+000D, an old "
                             "Mac line end) among LF or CRLF line ends: lines would be counted "
                             "unlike an editor counts them; save the file with one kind of line "
                             "end")
    return text, None


class Known:
    """What ``load_sources`` works out of one file alone, worked out every time: the plain
    case. ``cache.SourceCache`` is one that keeps it by the file's path, id and text."""

    def parse(self, text: str, where: str, source_id: str) -> tuple[Source | None, list[Problem]]:
        return parse_source(text, where, source_id)

    def warning(self, kind: str, check: Callable[[Source, str], Problem | None], source: Source,
                where: str) -> Problem | None:
        """``check(source, where)``: a warning of the file's own text (``kind`` names it)."""
        return check(source, where)


def load_sources(paths: list[Path], today: dt.date | None = None, known: Known | None = None
                 ) -> tuple[tuple[Source, ...], tuple[Problem, ...]]:
    """Read and validate every source under ``paths``: (valid sources, all problems).

    ``today`` (the caller's date at UTC+14, the latest on any clock; the library never reads
    the clock) rejects publication dates in the future, which are always typos. ``known``
    (``cache.SourceCache`` in a build) keeps what is worked out of each file alone, by its
    path, id and text: its front matter read (``parse_source``) and the warnings of its own
    text (``dateline_problem``, ``degenerate_problem``); what compares files (ids, urls,
    copies, loops of rewrites) and the date against ``today`` are checked every time.
    """
    if known is None:
        known = Known()
    sources: list[Source] = []
    problems: list[Problem] = []
    files = discover(paths)
    for path in paths:
        if not path.exists():
            problems.append(Problem(path.as_posix(), None, None, "does not exist"))
    by_id: dict[str, str] = {}
    by_url: dict[str, tuple[str, str]] = {}  # url_key -> (file, url as written)
    by_text: dict[bytes, tuple[str, Source]] = {}  # digest of the article's words -> the first
    follows_at: dict[str, tuple[str, int | None]] = {}  # id -> (file, line) of a `follows`
    folders = [p.resolve() for p in paths if p.is_dir()]
    resolved: dict[Path | None, Path] = {}  # (display_path's, for this run)
    for path in files:
        where = display_path(path, resolved)
        if (odd := _odd_file(path)) is not None:
            problems.append(Problem(where, None, None, odd, "warning" if odd.startswith("not read")
                                    else "error"))
            continue
        if (outside := _outside(path, paths, folders, resolved)) is not None:
            problems.append(Problem(where, None, None, f"is a symbolic link to {outside}, "
                                    "outside the sources folder; copy the article in instead"))
            continue
        text, problem = read_text(path, where)
        if problem:
            problems.append(problem)
            continue
        source_id = slugify(path.stem)
        if source_id in RESERVED_IDS:
            problems.append(Problem(where, None, None, f"its name gives the id '{source_id}', "
                                    f"which is the page of the folder sources/ itself (it would "
                                    f"be published at sources/, not sources/{source_id}/); "
                                    "rename the file"))
            continue
        if len(source_id.encode("utf-8")) > ID_BYTES:
            problems.append(Problem(where, None, None, f"its name gives an id of "
                                    f"{len(source_id.encode('utf-8'))} bytes (UTF-8), too long for "
                                    f"the file of its page (at most {ID_BYTES}); shorten the name"))
            continue
        try:
            source, found = known.parse(text, where, source_id)
        except Exception as exc:  # noqa: BLE001 - a bug must not hide the file it choked on
            problems.append(Problem(where, None, None, f"could not be read ({type(exc).__name__}: "
                                    f"{exc}); please report this as a bug"))
            continue
        problems.extend(found)
        if source is None:
            continue
        if today is not None and source.published > today:
            problems.append(Problem(where, _line_of(text, "published"), None,
                                    f"'published' is {source.published.isoformat()}, later than "
                                    f"today ({today.isoformat()}, anywhere on Earth); expected the date the "
                                    "article appeared"))
            continue
        if source_id in by_id:
            problems.append(Problem(where, None, None, f"has the same id '{source_id}' as "
                                    f"{by_id[source_id]}; rename one of the files"))
            continue
        if (same := by_url.get(url_key(source.url))) is not None:
            first, first_url = same
            problems.append(Problem(where, _line_of(text, "url"), None, f"url {source.url} is "
                                    f"already the url of {first}"
                                    + ("" if first_url == source.url else f" ({first_url}: the "
                                       "same address written another way)")))
            continue
        by_id[source_id] = where
        by_url[url_key(source.url)] = (where, source.url)
        sources.append(source)
        if source.follows is not None and source.follows.url:
            follows_at[source_id] = (where, _line_of(text, "follows"))
        if (warning := copy_problem(source, where, text, by_text)) is not None:
            problems.append(warning)
        if (warning := known.warning("dateline", dateline_problem, source, where)) is not None:
            problems.append(warning)
        if (warning := known.warning("degenerate", degenerate_problem, source, where)) \
                is not None:
            problems.append(warning)
    problems.extend(follows_loops(sources, follows_at))
    return tuple(sources), tuple(problems)


def timestamp_problem(where: str, root: yaml.Node | None, exc: Exception) -> Problem:
    """The problem of a YAML file one of whose scalars YAML reads as a timestamp that no date
    or time holds (``exc``: what constructing it raised), at its line."""
    node = impossible_timestamp(root)
    return Problem(where, node.start_mark.line + 1 if node else None, None,
                   f"{node.value if node else 'a value'!r} is read by YAML as a date or time "
                   f"that does not exist ({exc}); quote it")


def impossible_timestamp(root: yaml.Node | None) -> yaml.ScalarNode | None:
    """The first scalar YAML reads as a timestamp that no date or time holds."""
    stack = [root] if root is not None else []
    while stack:
        node = stack.pop()
        if isinstance(node, yaml.ScalarNode):
            if node.tag == "tag:yaml.org,2002:timestamp":
                try:
                    yaml.SafeLoader("").construct_yaml_timestamp(node)
                except (ValueError, OverflowError):
                    return node
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(reversed(node.value))
        elif isinstance(node, yaml.MappingNode):
            stack.extend(n for pair in reversed(node.value) for n in reversed(pair))
    return None


def follows_loops(sources: list[Source], follows_at: dict[str, tuple[str, int | None]]
                  ) -> list[Problem]:
    """(A tenth sweep) a warning for each loop of rewrites, A following B's report, B C's and
    C A's: one of them must be the first report, but the three were counted as one voice
    (``events._roots``) without a word, their dates as told once. Named at the 'follows' line
    of the loop's first file; linear in the sources (each is walked once)."""
    by_url = {url_key(s.url): s for s in sources}
    done: set[str] = set()
    problems: list[Problem] = []
    for start in sources:
        path: list[str] = []
        current: Source | None = start
        while current is not None and current.id not in done and current.id not in path:
            path.append(current.id)
            follows = current.follows
            current = by_url.get(url_key(follows.url)) if follows and follows.url else None
        if current is not None and current.id in path:
            loop = path[path.index(current.id):]
            first = min(range(len(loop)), key=lambda i: follows_at[loop[i]][0])
            loop = loop[first:] + loop[:first]
            names = [follows_at[i][0] for i in loop]
            where, line = follows_at[loop[0]]
            problems.append(Problem(where, line, None, "'follows' goes round in a loop of "
                                    f"rewrites ({' -> '.join(names + names[:1])}): each names "
                                    "a report that names it in turn, and the "
                                    f"{len(loop)} are counted as one report; remove the "
                                    "'follows' of the one that came first", "warning"))
        done.update(path)
    return problems


COPY_WORDS = 30  # the fewest words of an article compared with the others' (copy_problem)


def copy_problem(source: Source, where: str, text: str,
                 by_text: dict[bytes, tuple[str, Source]]) -> Problem | None:
    """A warning when the article's text (its words, spacing aside) is that of a source read
    before under another url, and neither follows the other's report: two copies of one story
    (a wire report on two sites) counted as two independent reports, its dates as corroborated
    twice, without a word. ``by_text`` is updated. A text of fewer than COPY_WORDS words may be
    the same by chance (a one-line statement): none is compared."""
    split = unicodedata.normalize("NFC", source.body).split()
    if len(split) < COPY_WORDS:
        return None
    words = " ".join(split)
    key = hashlib.sha1(words.encode("utf-8")).digest()
    if (first := by_text.get(key)) is None:
        by_text[key] = (where, source)
        return None
    if _origin(first[1]) == _origin(source):  # a rewrite naming what it follows: one voice
        return None
    return Problem(where, _line_of(text, "url"), None, f"has the same text as {first[0]} (a "
                   "copy under another url?): the two count as two independent reports; name "
                   "the report it copies in 'follows', or keep one of the two", "warning")


def _origin(source: Source) -> str:
    """The report a source tells (events.origin: what it follows, else its own url)."""
    if source.follows is not None and source.follows.url:
        return url_key(source.follows.url)
    if source.follows is not None and source.follows.outlet:
        return source.follows.outlet.lower()
    return url_key(source.url)


# An article is degenerate when one stretch of text without a sentence end is longer than
# LONG_SENTENCE characters: text that lost its full stops, a pasted table. It is still read (in
# time linear in its size, quoting the clause around each date: generator/export.py), with a
# warning. In the dev corpus, sources/ and tests/eval (35 articles) the longest such stretch has
# 598 characters. (Too many dates in one sentence or article are found by their claims:
# claims.capped.)
LONG_SENTENCE = 5_000
SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*(?=\s)|\n[ \t]*\n")


def degenerate_problem(source: Source, where: str) -> Problem | None:
    """A warning naming the file and line when the article is degenerate (see LONG_SENTENCE);
    linear in the article's length."""
    raw, start = source.raw, source.body_start
    worst_len, worst_len_at = 0, start
    for end in [m.end() for m in SENTENCE_END.finditer(raw, start)] + [len(raw)]:
        if end - start > worst_len:
            worst_len, worst_len_at = end - start, start
        start = end
    if worst_len > LONG_SENTENCE:
        line, _ = source.line_col(worst_len_at)
        return Problem(where, line, None, f"a sentence of {worst_len:,} characters (no full "
                       "stop): its claims quote the clause around each date only; is the text "
                       "missing its punctuation?", severity="warning")
    return None


DATELINE_SLACK = 1  # days: a report filed late in the evening is published the next day


def dateline_problem(source: Source, where: str) -> Problem | None:
    """A warning when the article's wire dateline ("MOSCOW, March 2 (Reuters) -") names a day
    that contradicts ``published`` by more than ``DATELINE_SLACK`` days."""
    from generator.text import dateline
    from generator.timex import tag
    from generator.timex.values import interval

    found = dateline(source.raw, source.body_start)
    if found is None or found[1] is None:
        return None
    place, day_text, offset = found
    values = [interval(t.value) for t in tag(day_text, source.published, lang.code(source.language))]
    day = next((v for v in values if v is not None and v.granularity == "day"), None)
    if day is None or abs((day.start - source.published).days) <= DATELINE_SLACK:
        return None
    line, col = source.line_col(offset)
    return Problem(where, line, col, f"the dateline '{place}, {day_text}' names "
                   f"{day.start.isoformat()}, but 'published' is {source.published.isoformat()}; "
                   "check the publication date", severity="warning")


def _line_of(text: str, key: str) -> int | None:
    m = re.search(rf"^{key}\s*:", text, re.MULTILINE)
    return text.count("\n", 0, m.start()) + 1 if m else None
