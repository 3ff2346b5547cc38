"""Loading the tagger's rule files: vocabulary tables and patterns, validated, with line numbers.

Rules are data (``rules/*.yaml``). A malformed file fails with ``RuleError`` naming the file,
the line and the rule id, so a rule author knows exactly what to fix.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

import yaml

RULES_DIR = Path(__file__).parent / "rules"
TYPES = ("DATE", "TIME", "DURATION", "SET", "IGNORE")  # IGNORE: claims text, tags nothing
MACRO = re.compile(r"\{([a-z_][a-z_0-9]*)\}")


class RuleError(Exception):
    """A rule file is malformed: ``file:line: rule <id>: message``."""

    def __init__(self, path: Path | str, line: int | None, rule_id: str | None, message: str):
        self.path, self.line, self.rule_id = str(path), line, rule_id
        where = f"{path}:{line}" if line else str(path)
        who = f"rule {rule_id}: " if rule_id else ""
        super().__init__(f"{where}: {who}{message}")


@dataclass(frozen=True)
class Table:
    """A vocabulary: words (as matched) -> normalised value."""

    name: str
    values: tuple[tuple[str, str], ...]
    case_sensitive: bool
    examples: tuple[tuple[str, str], ...]

    def lookup(self, word: str) -> str | None:
        key = " ".join(word.split()).replace("\u2019", "'")
        for k, v in self.values:
            if k == key or (not self.case_sensitive and k.lower() == key.lower()):
                return v
        return None

    def regex(self) -> str:
        alts = trie_regex(k for k, _ in self.values)
        return f"(?-i:{alts})" if self.case_sensitive else f"(?:{alts})"


SPELLINGS = {" ": r"\s+", "'": "['\u2019]"}  # any run of white space; a typographic apostrophe


def trie_regex(words: Iterable[str]) -> str:
    """One pattern matching any of ``words``, longest first, factored as a trie ("jan(?:uary)?"
    rather than "january|jan"): Python's regex engine tries the alternatives of a plain list
    one by one at every position, a trie only the branch that the next letter opens. A space
    in a word matches any run of white space, an apostrophe a typographic one too."""
    trie: dict[str, dict] = {}
    for word in set(words):
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}  # a word ends here

    def emit(node: dict[str, dict]) -> str:
        branches = [SPELLINGS.get(c, re.escape(c)) + emit(node[c])
                    for c in sorted(node) if c]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:  # a word may end here: the longer ones first (greedy), then this one
            body = ("(?:" + body + ")" if len(branches) == 1 else body) + "?"
        return body

    return emit(trie)


@dataclass(frozen=True)
class Example:
    text: str
    value: str
    dct: str
    extent: str | None
    type: str | None


@dataclass(frozen=True)
class Rule:
    """One pattern: a regex with named groups, a TIMEX3 type, and a value template."""

    id: str
    type: str
    pattern: str
    value: str
    full: str  # ``pattern`` with its macros expanded and its edges: what ``regex`` compiles
    mod: str | None
    line: int
    path: str
    examples: tuple[Example, ...]
    # lower-case words one of which every match contains; "#" stands for any number and
    # "#yyyy" for a four-digit one from 1000 to 2999 (a year), "#hh_mm" for one followed by
    # ":" or "." and two digits ("14:00"), "#short_decade" for two digits ending in 0 before
    # "s" ("the '90s")
    near: frozenset[str] = frozenset()
    # True: `regex` is compiled without IGNORECASE and runs over the text in lower case (the
    # pattern has no case-sensitive part): Python's case-insensitive matching is 2-4x slower
    lower: bool = False

    @cached_property
    def regex(self) -> re.Pattern[str]:
        """``full`` compiled, when first used (``load``, ``checked``); a pattern that does not
        compile, or whose value names a group it does not have, is a ``RuleError`` naming the
        file, line and rule."""
        return _compiled(self.pattern, self.full, self.lower, self.value, self.path, self.line,
                         self.id)


@dataclass(frozen=True)
class RuleSet:
    tables: dict[str, Table]
    macros: dict[str, str]
    rules: tuple[Rule, ...]
    # one regex finding every trigger word and number; rules grouped by what triggers them
    trigger: re.Pattern[str] = re.compile(r"[0-9]+")
    groups: tuple[tuple[frozenset[str], tuple[int, ...]], ...] = ()


def trigger_index(rules: tuple[Rule, ...]) -> tuple[re.Pattern[str],
                                                   tuple[tuple[frozenset[str], tuple[int, ...]],
                                                         ...]]:
    """The trigger regex (numbers, and the `near` words as whole letter runs) and the rules
    grouped by their `near`, so that each group's windows are computed once per text."""
    words = {w for r in rules for w in r.near if not w.startswith("#")}
    # run over the text in lower case (faster than IGNORECASE)
    trigger = re.compile(r"[0-9]+|(?<![a-z])(?:" + trie_regex(words) + r")(?![a-z])") \
        if words else re.compile(r"[0-9]+")
    grouped: dict[frozenset[str], list[int]] = {}
    for index, rule in enumerate(rules):
        grouped.setdefault(rule.near, []).append(index)
    return trigger, tuple((near, tuple(ix)) for near, ix in grouped.items())


LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when present: 10x faster


def _load_yaml(path: Path) -> tuple[object, str]:
    text = path.read_text(encoding="utf-8")
    try:
        return yaml.load(text, Loader=LOADER), text
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark else None
        raise RuleError(path, line, None, f"invalid YAML: {getattr(exc, 'problem', exc)}") from None


def _load_yaml_nodes(path: Path) -> tuple[object, yaml.Node | None]:
    """``_load_yaml``'s value and the nodes it was made from (their lines), read once: the
    file of patterns was parsed twice, once for each."""
    text = path.read_text(encoding="utf-8")
    try:
        loader = LOADER(text)
        try:
            root = loader.get_single_node()
            return (loader.construct_document(root) if root is not None else None), root
        finally:
            loader.dispose()
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark else None
        raise RuleError(path, line, None, f"invalid YAML: {getattr(exc, 'problem', exc)}") from None


def load_tables(path: Path) -> dict[str, Table]:
    data, _ = _load_yaml(path)
    if not isinstance(data, dict) or not isinstance(data.get("tables"), dict):
        raise RuleError(path, 1, None, "expected a mapping with a 'tables' mapping")
    tables: dict[str, Table] = {}
    for name, spec in data["tables"].items():
        if not isinstance(spec, dict) or not isinstance(spec.get("values"), dict):
            raise RuleError(path, None, name, "a table needs a 'values' mapping")
        values = tuple((str(k), str(v)) for k, v in spec["values"].items())
        examples = tuple((str(k), str(v)) for k, v in (spec.get("examples") or {}).items())
        tables[name] = Table(name, values, bool(spec.get("case_sensitive", False)), examples)
    return tables


def _expand(pattern: str, macros: dict[str, str], path: Path, line: int, rule_id: str) -> str:
    def sub(m: re.Match[str]) -> str:
        name = m.group(1)
        if name not in macros:
            raise RuleError(path, line, rule_id, f"unknown macro {{{name}}}; known: "
                            + ", ".join(sorted(macros)))
        return macros[name]

    # macros may use other macros (e.g. {num} uses {cardinal}); expand to a fixed point
    for _ in range(5):
        new = MACRO.sub(sub, pattern)
        if new == pattern:
            break
        pattern = new
    return pattern


def case_neutral(pattern: str) -> bool:
    """Whether ``pattern`` matches lower-cased text case-sensitively exactly as it matches the
    original case-insensitively: no ``(?-i:`` part, no capital letter outside ``(?P<name>`` and
    escapes such as ``\\S``."""
    return "(?-i:" not in pattern and \
        not re.search(r"[A-Z]", re.sub(r"\(\?P[<=]|\\.", "", pattern))


def load_rules(path: Path, tables: dict[str, Table], lazy: bool = False
               ) -> tuple[dict[str, str], tuple[Rule, ...]]:
    """The macros and rules of a file of patterns, checked; each rule's pattern compiled, or
    with ``lazy`` compiled when first used (``checked``)."""
    data, root = _load_yaml_nodes(path)
    if not isinstance(data, dict) or not isinstance(data.get("rules"), list):
        raise RuleError(path, 1, None, "expected a mapping with 'macros' and a 'rules' list")
    macros = {name: t.regex() for name, t in tables.items()}
    for name, rx in (data.get("macros") or {}).items():
        # a list of words is written as a trie (faster to match than the plain alternatives)
        macros[name] = f"(?:{trie_regex(str(w) for w in rx)})" if isinstance(rx, list) \
            else f"(?:{rx})"
    # line numbers of each rule
    rule_lines: list[int] = []
    for key, value in root.value:
        if key.value == "rules":
            rule_lines = [item.start_mark.line + 1 for item in value.value]
    rules: list[Rule] = []
    seen: set[str] = set()
    for i, spec in enumerate(data["rules"]):
        line = rule_lines[i] if i < len(rule_lines) else None
        if not isinstance(spec, dict):
            raise RuleError(path, line, None, "a rule must be a mapping")
        rid = spec.get("id")
        if not isinstance(rid, str) or not rid:
            raise RuleError(path, line, None, "a rule needs an 'id'")
        if rid in seen:
            raise RuleError(path, line, rid, "duplicate rule id")
        seen.add(rid)
        for key in ("pattern", "type", "value"):
            if not isinstance(spec.get(key), str):
                raise RuleError(path, line, rid, f"missing or non-text '{key}'")
        if spec["type"] not in TYPES:
            raise RuleError(path, line, rid, f"type is {spec['type']!r}; expected one of "
                            + ", ".join(TYPES))
        expanded = _expand(spec["pattern"], macros, path, line or 0, rid)
        full = r"(?<![\w'])" + f"(?:{expanded})" + r"(?![\w])"
        lower = case_neutral(full)
        # (compiled here, in the file's order, unless an earlier build compiled these very
        # files: ``checked``; then each when first used)
        regex = None if lazy else _compiled(spec["pattern"], full, lower, spec["value"], path,
                                            line, rid)
        if "(?P<" not in spec["pattern"] and "{" in spec["value"]:
            raise RuleError(path, line, rid, "the value uses groups but the pattern names none")
        examples = []
        for ex in spec.get("examples") or []:
            if not isinstance(ex, dict) or "text" not in ex or "value" not in ex:
                raise RuleError(path, line, rid, "each example needs 'text' and 'value'")
            examples.append(Example(str(ex["text"]), str(ex["value"]), str(ex.get("dct", "2000-01-12")),
                                    ex.get("extent"), ex.get("type")))
        if not examples:
            raise RuleError(path, line, rid, "a rule needs at least one example")
        near = spec.get("near")
        if not isinstance(near, list) or not near or not all(isinstance(w, str) for w in near):
            raise RuleError(path, line, rid, "'near' must list the words (or table names, "
                            "'digit', 'yyyy', 'hh_mm' or 'short_decade') one of which every "
                            "match contains")
        words: set[str] = set()
        for name in near:
            if name in ("digit", "yyyy", "hh_mm", "short_decade"):
                words.add("#" if name == "digit" else "#" + name)
            elif name in tables:
                # a table's word is found by the first word of each of its entries
                for key, _ in tables[name].values:
                    first = re.findall(r"[a-z]+", key.lower())
                    if first:
                        words.add(first[0])
            elif re.fullmatch(r"[a-z]+", name):
                words.add(name)
            else:
                raise RuleError(path, line, rid, f"near: {name!r} is neither a word in lower "
                                "case, a vocabulary table, 'digit', 'yyyy', 'hh_mm' nor "
                                "'short_decade'")
        rules.append(Rule(rid, spec["type"], spec["pattern"], spec["value"], full,
                          spec.get("mod"), line or 0, str(path), tuple(examples),
                          frozenset(words), lower))
        if regex is not None:
            rules[-1].__dict__["regex"] = regex  # (what ``Rule.regex`` would compile)
    return macros, tuple(rules)


def _compiled(pattern: str, full: str, lower: bool, value: str, path: Path | str,
              line: int | None, rid: str) -> re.Pattern[str]:
    """A rule's pattern compiled (``full``: ``pattern`` expanded), and its value's groups
    checked against it, in the order ``load_rules`` checks them."""
    try:
        regex = re.compile(full, 0 if lower else re.IGNORECASE)
    except re.error as exc:
        raise RuleError(path, line or None, rid, f"pattern does not compile: {exc}") from None
    if "(?P<" not in pattern and "{" in value:
        raise RuleError(path, line or None, rid, "the value uses groups but the pattern names none")
    for group in re.findall(r"\{(\w+)", value):
        if group not in regex.groupindex:
            raise RuleError(path, line or None, rid, f"value uses {{{group}}} but the pattern "
                            "has no group of that name")
    return regex


# the folders of rules whose every pattern is known to compile (``checked``)
CHECKED: set[Path] = set()


def checked(rules_dir: Path = RULES_DIR) -> None:
    """Say that the patterns of ``rules_dir`` have been compiled before as its files stand:
    the extraction cache holds an entry made by these very files (its entries are keyed by
    them and by the tagger's code, ``cache.fingerprint``), and a build compiles them all when
    it first loads them, unless an earlier one made an entry it reads. ``load`` then compiles
    a pattern when it is first tried, not all of them: a build after another extracts one
    source or a few, whose texts try some 85 of the 152 patterns (0.025 CPU s of a rebuild
    at 1,000 sources). What a pattern matches is the same either way: the same text is
    compiled with the same flags; one that does not compile (the files are the package's,
    and its tests compile every one) is the same ``RuleError`` when first tried. Not after
    ``load`` has read the folder (its rules are kept: ``lru_cache``)."""
    CHECKED.add(rules_dir)


@lru_cache(maxsize=4)
def load(rules_dir: Path = RULES_DIR) -> RuleSet:
    """Load and validate the vocabulary and the patterns (cached: rule files are immutable)."""
    tables = load_tables(rules_dir / "vocabulary.yaml")
    macros, rules = load_rules(rules_dir / "patterns.yaml", tables, rules_dir in CHECKED)
    return RuleSet(tables, macros, rules, *trigger_index(rules))
