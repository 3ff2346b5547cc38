"""The entity registry (people, organisations, places) and finding them in sentences.

The registry is the project's data (``entities.yaml`` next to ``mkdocs.yml``), read once at the
edge (``generator.project``) and handed to the stages; a malformed registry fails with
file:line. Matching is case-sensitive on word boundaries, longest name first, so that
"Russian President Vladimir Putin" and "the UAE capital" resolve to one entity each.

Modules that still ask for "the" registry without being handed one (``load_registry()`` with no
path) get the registry of the build under way (``using_registry``, set by ``pipeline``), else
the one of the project in the working folder, else an empty registry.
"""

from __future__ import annotations

import datetime as dt
import gc
import hashlib
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from generator import latin as re
from generator.problems import InputError, Problem
from generator.sources import ZERO_WIDTH as _ZERO_WIDTH
from generator.sources import not_text, timestamp_problem

FILENAME = "entities.yaml"  # in the project folder, next to mkdocs.yml
KINDS = ("person", "organisation", "place")
LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(frozen=True)
class Title:
    """Names an office gives its holder while held ("the Ukrainian president" was Poroshenko's
    from 7 June 2014 to 19 May 2019, Zelensky's since 20 May 2019): ``start`` and ``end`` are
    the first and last days (None: no bound)."""
    names: tuple[str, ...]
    start: dt.date | None = None
    end: dt.date | None = None


def held_on(start: dt.date | None, end: dt.date | None, on: dt.date | None) -> bool:
    """Whether an office held from ``start`` to ``end`` (None: no bound) is held on ``on``;
    with no date, whether it is held now (the period has no end)."""
    if on is None:
        return end is None
    return (start is None or start <= on) and (end is None or on <= end)


@dataclass(frozen=True)
class Entity:
    id: str
    name: str
    kind: str
    aliases: tuple[str, ...] = ()
    role: str | None = None
    side: str | None = None  # the entity whose side it speaks and acts for (its state)
    titles: tuple[Title, ...] = ()


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    entity: str


@dataclass(frozen=True)
class Registry:
    entities: tuple[Entity, ...]
    regex: re.Pattern[str] | None
    by_name: dict[str, str]
    by_id: dict[str, Entity]
    # an office's name -> who held it when ((first day, last day, entity id), ...)
    titled: dict[str, tuple[tuple[dt.date | None, dt.date | None, str], ...]] = field(default_factory=dict)

    def get(self, entity_id: str) -> Entity:
        return self.by_id[entity_id]

    def find(self, text: str, on: dt.date | None = None,
             until: dt.date | None = None) -> tuple[Mention, ...]:
        """Entity mentions in ``text``, left to right, longest name first. A zero-width
        character inside a name ("Pu\u200btin") is read through (the name was not found).
        An office's name ("the Ukrainian president") is whoever held it on ``on`` (the day the
        text was written; without one, whoever holds it now), and no one where no holder of
        the registry held it then; with ``until`` (the days from ``on`` to ``until``: "in
        2019"), whoever held it on all of them, else no one."""
        if self.regex is None:
            return ()
        if _ZERO_WIDTH.search(text):
            kept = [i for i, ch in enumerate(text) if not _ZERO_WIDTH.match(ch)]
            plain = "".join(text[i] for i in kept)
            return tuple(Mention(kept[m.start], kept[m.end - 1] + 1, m.entity)
                         for m in self.find(plain, on, until))
        # a name may run over a line's end in a hard-wrapped paragraph ("Belovezhskaya\nPushcha")
        out = []
        for m in self.regex.finditer(text):
            name = " ".join(m.group(0).split())
            entity = self.by_name.get(name) or self.holder(name, on, until)
            if entity is not None:
                out.append(Mention(m.start(), m.end(), entity))
        return tuple(out)

    def holder(self, title: str, on: dt.date | None, until: dt.date | None = None) -> str | None:
        """Who held the office named ``title`` on ``on`` (None: now), and with ``until`` on
        every day to it; None if no one of the registry did."""
        return next((eid for start, end, eid in self.titled.get(title, ()) if held_on(start, end, on)
                     and (until is None or held_on(start, end, until))), None)

    def names_office(self, text: str) -> bool:
        """Whether ``text`` may name an office (one of its names occurs in it)."""
        return bool(self.titled) and any(office in text for office in self.titled)


# the keys an entity takes: any other is a typo that would be ignored without a word (an
# entity written with `alias: [Zelensky]` was found by none of its names but the first)
KEYS = ("id", "name", "kind", "aliases", "role", "side", "titles")


def parse_registry(text: str, where: str) -> Registry:
    """Validate a registry file's text; InputError lists every problem with its line.

    Linear in the file's length: the garbage collector is paused meanwhile (its passes over
    the many objects made at once (nodes, values, the trie, the regex compiler's) made the
    whole superlinear: 8,000 entities 3.1 s, 16,000 10.9 s; paused, 0.6 and 1.1 s). What is
    made holds no cycle that outlives the call."""
    with _collector_paused():
        return _parse_registry(text, where)


@contextmanager
def _collector_paused() -> Iterator[None]:
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _parse_registry(text: str, where: str) -> Registry:
    loader = LOADER(text)
    try:  # parsed once: the nodes give the lines, the values are made from them
        root = loader.get_single_node()
        if (refused := _refused(text, root)) is not None:
            raise InputError((Problem(where, refused[0], None, refused[1]),))
        data = loader.construct_document(root) if root is not None else None
    except (ValueError, OverflowError) as exc:  # (a tenth sweep) a timestamp YAML reads and no
        # date holds ('born: 2025-09-03T23:59:60Z', 'name: 2025-02-30'): a traceback
        raise InputError((timestamp_problem(where, root, exc),)) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise InputError((Problem(where, mark.line + 1 if mark else None, None,
                                  f"invalid YAML: {getattr(exc, 'problem', exc)}"),)) from None
    finally:
        loader.dispose()
    if not isinstance(data, dict) or not isinstance(data.get("entities"), list):
        raise InputError((Problem(where, 1, None, "expected a mapping with an 'entities' list"),))
    lines = []
    for key, value in root.value:
        if key.value == "entities":
            lines = [item.start_mark.line + 1 for item in value.value]
    problems: list[Problem] = []
    entities: list[Entity] = []
    ids: set[str] = set()
    by_name: dict[str, str] = {}
    held: dict[str, list[tuple[dt.date | None, dt.date | None, str, int | None]]] = {}  # titles
    sided: list[tuple[str, int | None]] = []  # (side, line): checked once every id is known
    for i, item in enumerate(data["entities"]):
        line = lines[i] if i < len(lines) else None
        if not isinstance(item, dict):
            problems.append(Problem(where, line, None, "an entity must be a mapping"))
            continue
        eid, name, kind = item.get("id"), item.get("name"), item.get("kind")
        aliases = item.get("aliases") or []
        if not isinstance(eid, str) or not re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", eid):
            problems.append(Problem(where, line, None, f"id is {eid!r}; expected lower-case "
                                    "words joined by '-' (e.g. dmitry-peskov)"))
            continue
        if eid == "index" or len(eid) > LONGEST_ID:  # its page is entities/<id>.md
            problems.append(Problem(where, line, None, f"id is {_shown(eid)}, which "
                                    + ("is the page of the folder entities/ itself (it would be "
                                       "published at entities/, its links to entities/index/ "
                                       "broken)" if eid == "index" else
                                       f"is {len(eid)} characters long; its page's file name "
                                       f"may have at most {LONGEST_ID}")
                                    + "; choose another"))
            continue
        if not isinstance(name, str) or _blank(name):
            problems.append(Problem(where, line, None, f"entity {eid}: 'name' must be text"))
            continue
        if (unknown := next((k for k in item if k not in KEYS), None)) is not None:
            problems.append(Problem(where, line, None, f"entity {eid}: unknown key {unknown!r};"
                                    " an entity takes " + ", ".join(KEYS)))
            continue
        if item.get("role") is not None and not isinstance(item["role"], str):
            problems.append(Problem(where, line, None, f"entity {eid}: 'role' must be text"))
            continue
        if (bad := _control(item)) is not None:  # a YAML escape ("\e"): printed as it is in
            # the people-and-places page and the entity's own
            problems.append(Problem(where, line, None, f"entity {eid}: {bad}"))
            continue
        if kind not in KINDS:
            problems.append(Problem(where, line, None, f"entity {eid}: kind is {kind!r}; "
                                    "expected person, organisation or place"))
            continue
        if isinstance(aliases, list) and (odd := next((i for i, a in enumerate(aliases)
                                                      if not isinstance(a, str)), None)) is not None:
            problems.append(Problem(where, line, None, f"entity {eid}: 'aliases' item {odd + 1} "
                                    f"is {not_text(aliases[odd])}"))
            continue
        if not isinstance(aliases, list) or not all(not _blank(a) for a in aliases):
            problems.append(Problem(where, line, None, f"entity {eid}: 'aliases' must be a "
                                    "list of texts, none empty"))
            continue
        if eid in ids:  # a set: a registry of thousands of entities is read in linear time
            problems.append(Problem(where, line, None, f"entity {eid}: the id is used twice"))
            continue
        # compared without zero-width characters: "Pu\u200btin" is Putin (it was a second
        # entity that looks the same as the first, refused now as a name given twice)
        names = [" ".join(_unjoined(a).split()) for a in [name, *aliases]]
        if (long := next((n for n in names if len(n) > LONGEST_NAME), None)) is not None:
            problems.append(Problem(where, line, None, f"entity {eid}: a name of {len(long):,} "
                                    f"characters; a name is at most {LONGEST_NAME}"))
            continue
        if (dated := next((n for n in names if n.lower() in CALENDAR_WORDS), None)) is not None:
            # (hostile27: "May" for Theresa May made her an actor of "on 3 May 2025")
            problems.append(Problem(where, line, None, f"entity {eid}: the name {dated!r} is a "
                                    "month's or a weekday's, which every date holds; give a "
                                    "longer name (the full name) instead"))
            continue
        for alias in names:
            for variant in {alias, alias[0].upper() + alias[1:]}:
                # a name is found in the form an article writes it, composed (NFC: "Orbán" as
                # one letter) or decomposed (NFD: "a" and a combining accent, as macOS and some
                # copy-paste give); both forms are names of the entity, and a name in either
                # form belongs to one entity only
                taken = next((f for f in forms(variant) if by_name.get(f, eid) != eid), None)
                if taken is not None:
                    problems.append(Problem(where, line, None, f"entity {eid}: the name "
                                            f"{variant!r} already belongs to {by_name[taken]}"
                                            + ("" if taken == variant else " (written there "
                                               "in the other Unicode form, NFC or NFD)")))
                for form in forms(variant):
                    by_name.setdefault(form, eid)
        titles, why = _titles(item.get("titles"))
        if why is not None:
            problems.append(Problem(where, line, None, f"entity {eid}: {why}"))
            continue
        for title in titles:
            for office in title.names:
                for variant in {office, office[0].upper() + office[1:]}:
                    for form in forms(variant):
                        # (a name listed in both its cases, "the X president" and "The X
                        # president", is one office's once)
                        if (title.start, title.end, eid) not in [p[:3] for p in held.get(form, [])]:
                            held.setdefault(form, []).append((title.start, title.end, eid, line))
        side = item.get("side")
        if side is not None and not (isinstance(side, str) and re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", side)):
            problems.append(Problem(where, line, None, f"entity {eid}: side is {side!r}; "
                                    "expected the id of another entity (e.g. russia)"))
            continue
        ids.add(eid)
        entities.append(Entity(eid, name, kind, tuple(aliases),
                               item.get("role") if isinstance(item.get("role"), str) else None,
                               side, titles))
        if side is not None:
            sided.append((side, line))
    problems += [Problem(where, line, None, f"side {side!r} names no entity of this file")
                 for side, line in sided if side not in ids]
    # an office's name is no one's own name, and two holders of it never hold it on one day
    for form, periods in held.items():
        if form in by_name:
            problems.append(Problem(where, periods[0][3], None, f"entity {periods[0][2]}: the title "
                                    f"{form!r} is a name of {by_name[form]}; a title names whoever "
                                    "holds the office, so it cannot be one entity's name too"))
            continue
        ordered = sorted(periods, key=lambda p: (p[0] or dt.date.min, p[1] or dt.date.max))
        ends: dict[str, dt.date] = {}  # each holder's last day so far
        for start, end, other, line in ordered:
            # (one holder's periods may overlap: on those days it is his all the same)
            eid = next((e for e, last in ends.items() if e != other and last >= (start or dt.date.min)), None)
            if eid is not None:
                problems.append(Problem(where, line, None, f"entity {other}: the title {form!r} "
                                        f"is {eid}'s on some of the same days; give each holder "
                                        "days of its own ('from' after the other's 'until')"))
                break
            ends[other] = max(ends.get(other, dt.date.min), end or dt.date.max)
    if problems:
        raise InputError(tuple(problems))
    titled = {form: tuple((start, end, eid) for start, end, eid, _ in sorted(
        periods, key=lambda p: (p[0] or dt.date.min, p[1] or dt.date.max))) for form, periods in held.items()}
    return Registry(tuple(entities), names_regex([*by_name, *titled]), by_name, {e.id: e for e in entities},
                    titled)


TITLE_KEYS = ("names", "from", "until")


def _titles(value: object) -> tuple[tuple[Title, ...], str | None]:
    """An entity's ``titles`` read: a list of {names: [...], from: day, until: day} ('from'
    and 'until' optional, days as YYYY-MM-DD), else why not."""
    if value is None:
        return (), None
    how = ("'titles' must be a list of {names: [...], from: YYYY-MM-DD, until: YYYY-MM-DD} "
           "('from' and 'until' optional)")
    if not isinstance(value, list):
        return (), how
    out = []
    for k, item in enumerate(value, 1):
        if not isinstance(item, dict) or not item.get("names"):
            return (), f"{how}; item {k} is not"
        if (unknown := next((key for key in item if key not in TITLE_KEYS), None)) is not None:
            return (), f"'titles' item {k}: unknown key {unknown!r}; a title takes names, from, until"
        names = item["names"]
        if not isinstance(names, list) or not all(isinstance(n, str) and not _blank(n) for n in names):
            return (), f"'titles' item {k}: 'names' must be a list of texts, none empty"
        if (bad := _control(item)) is not None:
            return (), f"'titles' item {k}: {bad}"
        names = [" ".join(_unjoined(n).split()) for n in names]
        if (long := next((n for n in names if len(n) > LONGEST_NAME), None)) is not None:
            return (), f"'titles' item {k}: a name of {len(long):,} characters; a name is at most {LONGEST_NAME}"
        if (dated := next((n for n in names if n.lower() in CALENDAR_WORDS), None)) is not None:
            return (), f"'titles' item {k}: the name {dated!r} is a month's or a weekday's; give a longer name"
        days = []
        for key in ("from", "until"):
            day = item.get(key)
            if isinstance(day, str):
                try:
                    day = dt.date.fromisoformat(day)
                except ValueError:
                    return (), f"'titles' item {k}: '{key}' is {day!r}; expected a day, YYYY-MM-DD"
            if day is not None and (not isinstance(day, dt.date) or isinstance(day, dt.datetime)):
                return (), f"'titles' item {k}: '{key}' is {str(day)!r}; expected a day, YYYY-MM-DD"
            days.append(day)
        if days[0] is not None and days[1] is not None and days[0] > days[1]:
            return (), f"'titles' item {k}: 'from' ({days[0]}) is after 'until' ({days[1]})"
        out.append(Title(tuple(names), days[0], days[1]))
    return tuple(out), None


def forms(name: str) -> tuple[str, ...]:
    """``name`` in its composed and decomposed Unicode forms (one if they are the same).

    >>> [len(f) for f in forms("Orbán")]
    [5, 6]
    """
    composed, decomposed = unicodedata.normalize("NFC", name), unicodedata.normalize("NFD", name)
    return (composed,) if composed == decomposed else (composed, decomposed)


# The longest name (or alias) in characters. The longest of the seed registry has 38 ("the
# North Atlantic Treaty Organization"); the bound keeps the names' regex (``names_regex``)
# nested less deeply than the regex compiler can read (a chain of 200 names each a letter
# longer than the one before compiles: tests/test_hostile_third.py).
LONGEST_NAME = 200
# The longest id: its page is the file entities/<id>.md, and a file name has at most 255 bytes
# (an id of 300 letters passed `check`, then the build could not write the page).
LONGEST_ID = 255 - len(".md")


def _unjoined(text: str) -> str:
    """``text`` without any zero-width character (sources.ZERO_WIDTH): a name as compared."""
    return _ZERO_WIDTH.sub("", text)


def _blank(text: str) -> bool:
    from generator.sources import blank

    return blank(text)


def _control(item: dict) -> str | None:
    """The first text of an entity holding a control character, described."""
    from generator.sources import control_in

    return control_in(item)


def _shown(eid: str) -> str:
    return repr(eid) if len(eid) <= 60 else repr(eid[:60] + "…")


def _refused(text: str, root: yaml.Node | None) -> tuple[int, str] | None:
    """(line, message) for what YAML allows and the registry does not: an alias ('*name': a
    few lines could stand for millions of names, an alias bomb), a key given twice in an
    entity (YAML keeps the last silently: the first value would vanish)."""
    if "&" in text:  # no anchor, no alias
        for event in yaml.parse(text, Loader=LOADER):
            if isinstance(event, yaml.AliasEvent):
                return (event.start_mark.line + 1, "YAML aliases (*name) are not allowed in the "
                        "registry; write the value out")
    todo = [root] if root is not None else []
    while todo:
        node = todo.pop()
        if isinstance(node, yaml.SequenceNode):
            todo.extend(reversed(node.value))
        elif isinstance(node, yaml.MappingNode):
            keys: set[str] = set()
            for key, _ in node.value:
                if isinstance(key, yaml.ScalarNode):
                    if key.value in keys:
                        return (key.start_mark.line + 1, f"'{key.value}' is given twice; keep one")
                    keys.add(key.value)
            todo.extend(value for _, value in reversed(node.value))
    return None


_END = ""  # a trie node's key for "a name ends here" (no character is empty)


def names_regex(names: Iterable[str]) -> re.Pattern[str] | None:
    """One regex finding every name on word boundaries, the longest at each place, a space in
    a name matching any run of white space. Built from a trie of the names' characters
    (``(?:a(?:b|c)|d)``): at each character of a text at most one branch can go on (its
    characters differ, a space's ``\\s+`` matches no other), so the regex reads a few
    characters a place, not every name (an alternation of 16,000 names tried each: 17 us a
    character of text at 8,000 entities, 0.03 now: benchmarks/registry.py), and it takes the longest name there, as an
    alternation of the names longest first did. Building it is linear in the names' length."""
    trie: dict = {}
    for name in names:
        node = trie
        for ch in name:
            node = node.setdefault(ch, {})
        node[_END] = True
    if not trie:
        return None
    return re.compile(r"(?<![\w" + MARKS + r"-](?<![" + UNSPACED + r"]))" + _pattern(trie)
                      + r"(?![\w" + MARKS + r"-](?<![" + UNSPACED + HANGUL + r"]))")


# (a ninth sweep) scripts written without spaces between words (Han, kana): a name in them, or
# beside them, needs no word boundary ("普京于2025年…会见泽连斯基", "プーチン大統領"); Korean writes
# its particles onto the name before them ("푸틴은"). (Scripts that join their words' particles
# otherwise, as Arabic "وبوتين", need a language's words: not read.)
UNSPACED = "\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
HANGUL = "\uac00-\ud7a3"


# Combining marks (the blocks of accents that decomposed Latin, Greek and Cyrillic letters use):
# part of the word they follow, which \w does not know ("Orba" is no name in a decomposed
# "Orbán")
MARKS = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"


def _pattern(node: dict) -> str:
    """The regex of a trie node: its one character chains written out, a branch as a group,
    an end of name inside a branch as the group made optional (greedy: the longer first)."""
    out = []
    while len(node) == 1 and _END not in node:  # a chain of single characters
        (ch, node), = node.items()
        out.append(r"\s+" if ch == " " else re.escape(ch))
    branches = [(r"\s+" if ch == " " else re.escape(ch)) + _pattern(child)
                for ch, child in sorted(node.items()) if ch != _END]
    if branches:
        group = "(?:" + "|".join(branches) + ")"
        out.append(group + "?" if _END in node else group)
    return "".join(out)


EMPTY = Registry((), None, {}, {}, {})
_ACTIVE: ContextVar[Registry | None] = ContextVar("registry", default=None)
_READ: dict[tuple[str, int, str], Registry] = {}


# names no entity may have alone: dates are written with them ("3 May 2025", "on Sunday")
CALENDAR_WORDS = frozenset("""january february march april may june july august september october
    november december jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday
    thursday friday saturday sunday""".split())


def read_registry(path: Path) -> Registry:
    """The registry in ``path`` (I/O); a project without the file names no entities."""
    from generator.sources import display_path, read_text

    try:
        stat = path.stat()
    except OSError as exc:
        if isinstance(exc, FileNotFoundError) and not path.is_symlink():
            return EMPTY
        # (a thirteenth sweep) a link to itself or to nothing, a file that cannot be looked
        # at: read as no registry, without a word, every name of the project's pages gone
        why = ("is a symbolic link to nothing (or to itself); remove it or point it at the "
               "registry" if path.is_symlink() else f"cannot be read: {exc.strerror or exc}")
        raise InputError((Problem(display_path(path), None, None, why),)) from None
    where = display_path(path)
    text, problem = read_text(path, where, limit=None)  # not UTF-8, a folder: named, no trace
    if problem is not None:
        raise InputError((problem,))
    # once per version of the file: keyed by its text, not its time and size (a file changed
    # in the same second to the same size is another registry)
    key = (str(path.resolve()), stat.st_size, hashlib.sha256(text.encode()).hexdigest())
    if key not in _READ:
        _READ[key] = parse_registry(text, where)
    return _READ[key]


@contextmanager
def using_registry(registry: Registry) -> Iterator[Registry]:
    """Make ``registry`` the one ``load_registry()`` returns while the block runs."""
    token = _ACTIVE.set(registry)
    try:
        yield registry
    finally:
        _ACTIVE.reset(token)


def load_registry(path: Path | None = None) -> Registry:
    """The registry in ``path``; without one, the registry of the build under way
    (``using_registry``), else that of the project in the working folder."""
    if path is not None:
        return read_registry(path)
    active = _ACTIVE.get()
    return active if active is not None else read_registry(Path(FILENAME))


# ------------------------------------------------------------------ unknown names
PROPER = re.compile(r"(?<![\w’'-])[A-Z][\w’'.-]*[a-z][\w’'-]*(?:[ \t]+(?:of[ \t]+)?[A-Z][\w’'-]*[a-z][\w’'-]*)*")
COMMON = frozenset("""The A An In On At For But And Or If As It Its This That These Those He She They
We I You His Her Their Our While When Where What Which Who Whom Why How After Before Since Despite
However Meanwhile Moreover Interestingly Ultimately Speaking According Although Though Still Yet
Both Many Several Some Any Each Every No Not Such Other Another Further Also Only Even Most More
Former Senior President Director Secretary Minister Spokesperson Officials Experts Diplomats
Analysts Reports Tyrant Mr Mrs Ms Dr January February March April May June July August September
October November December Monday Tuesday Wednesday Thursday Friday Saturday Sunday Russian
Ukrainian European Western American Chinese Turkish Emirati With Years Official""".split())


def suggest_names(sentences: list[tuple[str, bool]], registry: Registry) -> list[tuple[str, int]]:
    """Capitalised names in sentences (text, is_heading) that the registry does not know.

    A name counts if it has two words or more, or if it is not the sentence's first word;
    most frequent first, so an editor sees what matters.
    """
    counts: Counter[str] = Counter()
    for text, heading in sentences:
        if heading:
            continue
        known = [(m.start, m.end) for m in registry.find(text)]
        for m in PROPER.finditer(text):
            words = m.group(0).split()
            offset = m.start()
            while words and words[0] in COMMON:
                offset = text.index(words[1], offset) if len(words) > 1 else offset
                words = words[1:]
            if not words:
                continue
            words[-1] = re.sub(r"[’']s$", "", words[-1]).rstrip(".")
            name = " ".join(words)
            if len(name) < 3 or name in registry.by_name or any(w in registry.by_name for w in words):
                continue
            if any(s <= offset < e for s, e in known):
                continue
            if len(words) == 1 and text[:offset].strip() == "":
                continue
            counts[name] += 1
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
