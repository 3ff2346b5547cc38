"""What a build after another no longer does whole (docs/benchmarks.md, "incr22"): the page
cache written as the changes since its table (cache.PageCache), an entity page's entries kept
per event (render.entity_entries), the tagger's patterns compiled when first tried
(timex.rules.checked). Each is compared with what a build from nothing makes."""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pytest
from markupsafe import Markup

from benchmarks.corpus import generate
from generator.cache import ExtractCache, PageCache
from generator.config import Config
from generator.entities import load_registry
from generator.model import Event, TimeValue
from generator.output import read_texts, write_texts
from generator.pipeline import check, extract
from generator.project import read_templates
from generator.render import Reuse, entity_entries, environment, render
from generator.timex import rules
from generator.timex.extract import find_mentions
from tests.conftest import FIXTURES, ROOT

DEV = FIXTURES / "dev_corpus" / "articles"


@pytest.fixture(params=["dev corpus", "synthetic"])
def articles(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    """A copy of the articles, to add, edit and remove."""
    folder = tmp_path / "sources"
    if request.param == "dev corpus":
        shutil.copytree(DEV, folder)
    else:
        generate(30, folder)
    return folder


def _render(timeline, reuse=None):
    config = Config(root=ROOT)
    return render(timeline, config, load_registry(), read_templates(config), reuse)


def _build(articles: Path, cache: Path):
    """A build's extraction and rendering through its caches (``cache``), as
    ``pipeline.build`` runs them: the timeline, and what it rendered."""
    sources, _ = check([articles])
    extracted = ExtractCache(cache / "extract")
    timeline = extract(sources, cache=extracted)
    pages = PageCache(cache / "pages.json", "project")
    reuse = Reuse(pages.load(), extracted.origins())
    made = _render(timeline, reuse)
    pages.save(reuse.made)
    assert made == _render(timeline), "a rebuild's pages are a cold render's"
    return timeline, reuse


def test_rebuilds_in_a_row_equal_renders_from_nothing(articles: Path, tmp_path: Path) -> None:
    """Sources held back, then added, edited, removed, build after build: each build's pages
    (the page cache read as its table and the changes since) are those of a render from
    nothing; the table is written once, then only the changes (until they pass a quarter of
    it); an entity page made again takes the entries of its events that the last build did
    not ask for (its pages were kept) as the build before made them."""
    cache = tmp_path / "cache"
    names = sorted(p.name for p in articles.glob("*.md"))
    held = tmp_path / "held"
    held.mkdir()
    for name in names[-3:]:
        shutil.move(articles / name, held / name)
    _build(articles, cache)
    table = cache / "pages.json"
    first = (table.stat().st_ino, table.read_bytes())
    assert not table.with_suffix(".delta").exists()

    shutil.move(held / names[-3], articles / names[-3])  # one added
    _, reuse = _build(articles, cache)
    assert (table.stat().st_ino, table.read_bytes()) == first  # (only the changes written)
    assert table.with_suffix(".delta").is_file()
    assert PageCache(table, "project").load() == {
        k: v for k, v in reuse.made.items() if len(v) == 2 or k.startswith("pieces#")}

    edited = articles / names[0]  # one edited: another title and a sentence more
    text = edited.read_text(encoding="utf-8")
    edited.write_text(re.sub(r"(?m)^title: .*$", "title: Talks are off, says Kremlin", text, count=1)
                      + "\nOn 3 March 2025 the Kremlin said the talks were off.\n", encoding="utf-8")
    _build(articles, cache)
    (articles / names[1]).unlink()  # one removed
    _build(articles, cache)
    for name in names[-2:]:  # two more added
        shutil.move(held / name, articles / name)
    timeline, reuse = _build(articles, cache)
    # the entries of events none of whose entity pages this build made again are kept all the
    # same (asked for by no page of this build): the next page of theirs made takes them
    remade = {k for k, v in reuse.made.items()
              if k.startswith("entities/") and reuse.known.get(k, [None])[0] != v[0]}
    untouched = {e.id for e in timeline.events if e.claims and (e.actors or e.places)
                 and not {f"entities/{x}.md" for x in e.actors + e.places} & remade}
    kept = {k.partition("#")[2] for k, v in reuse.made.items()
            if k.startswith("pieces#") and v[0].partition(":")[2][-1:] == "1"}
    assert remade and untouched & kept

    PageCache.DELTA_SHARE, share = 0.0, PageCache.DELTA_SHARE  # every change: the table whole
    try:
        (articles / names[2]).unlink()
        _build(articles, cache)
    finally:
        PageCache.DELTA_SHARE = share
    assert table.read_bytes() != first[1] and not table.with_suffix(".delta").exists()


def test_changes_of_another_table_or_damaged_are_not_read(tmp_path: Path) -> None:
    """The changes name the table they change by its digest: written again since (by hand,
    by a build stopped between its two files), the table is read alone, and so it is when the
    file of changes is cut short, changed, a folder or a named pipe (never waited on)."""
    path = tmp_path / "pages.json"
    first = {"events/a.md": ["d1", "A"], "events/b.md": ["d2", "B"], "pieces#e": ["d:1", "x"]}
    PageCache(path, "k").save(first)
    cache = PageCache(path, "k")
    assert cache.load() == first
    second = {"events/a.md": ["d3", "A2"], "events/c.md": ["d4", "C"], "pieces#e": ["d:1", "x"]}
    cache.save(second)
    delta = path.with_suffix(".delta")
    assert delta.is_file() and PageCache(path, "k").load() == second
    data = delta.read_bytes()
    for damage in ("cut short", "changed", "a folder", "a named pipe", "another table"):
        if delta.is_dir():
            delta.rmdir()
        elif delta.exists():
            delta.unlink()
        if damage == "cut short":
            delta.write_bytes(data[:-5])
        elif damage == "changed":
            delta.write_bytes(data.replace(b"A2", b"A3"))
        elif damage == "a folder":
            delta.mkdir()
        elif damage == "a named pipe":
            os.mkfifo(delta)
        else:
            delta.write_bytes(data)
            write_texts(path, PageCache(path, "k").key, {"events/a.md": ["d1", "A"]})
        expect = {"events/a.md": ["d1", "A"]} if damage == "another table" else first
        assert PageCache(path, "k").load() == expect, damage
    assert read_texts(path, "other") == {}


def test_an_entity_pages_entries_are_what_its_templates_loop_printed(tmp_path: Path) -> None:
    """``entity_entries`` prints each event's line as the entity template's loop printed it
    (before the entries were kept per event): escaped, brackets and critic's marks as
    entities, direction overrides closed, disputed or moved dates said."""
    loop = ('{% for e in entity_events %}\n<li><strong>{{ e.when|date_label }}</strong> — '
            '<a href="../../events/{{ e.id }}/">{{ e.title|h }}</a> <small>'
            '{{ plural(e.independent, "independent source") }}{% if e.disputed %} · sources '
            'disagree{% elif e.moved %} · the date moved{% endif %}</small></li>\n'
            '{% endfor %}\n')
    env = environment({"loop.j2": loop})
    sources, _ = check([DEV])
    events = list(extract(sources).events)
    when = TimeValue(events[0].when.start, events[0].when.end, "day")
    odd = [Event("e-1", "Putin <b>[meets]</b> {++Zelensky++} \u202eevil & \"Kyiv\"", when, ("c",),
                 ("s",), independent=1),
           Event("e-2\u202e<x>", "Talks  moved", when, ("c",), ("s",), independent=3,
                 conflicts=({"planned": True},)),
           Event("e-3", "Dates differ", when, ("c",), ("s",), independent=2,
                 conflicts=({"planned": False},))]
    for listed in (events, odd):
        printed = env.get_template("loop.j2").render(entity_events=listed, plural=lambda n, w:
                                                     f"{n} {w}" if n == 1 else f"{n} {w}s")
        assert str(entity_entries(listed)) == printed
    assert isinstance(entity_entries(odd), Markup)


def test_patterns_compiled_when_first_tried_match_as_those_compiled_at_once(
        tmp_path: Path) -> None:
    """Once an extraction made by the same rules is known (``rules.checked``), a rule's
    pattern is compiled when first tried: the same pattern, the same flags, the same
    mentions found."""
    folder = tmp_path / "rules"
    shutil.copytree(rules.RULES_DIR, folder)
    eager = rules.load.__wrapped__(folder)
    assert all("regex" in r.__dict__ for r in eager.rules)
    rules.checked(folder)
    try:
        lazy = rules.load.__wrapped__(folder)
    finally:
        rules.CHECKED.discard(folder)
    assert not any("regex" in r.__dict__ for r in lazy.rules)
    texts = [p.read_text(encoding="utf-8") for p in sorted(DEV.glob("*.md"))[:6]]
    assert find_mentions(texts[0], lazy) == find_mentions(texts[0], eager)
    assert 0 < sum("regex" in r.__dict__ for r in lazy.rules) < len(lazy.rules)
    texts.append("\n".join(ex.text for rule in eager.rules for ex in rule.examples))
    for text in texts:
        assert find_mentions(text, lazy) == find_mentions(text, eager)
    for a, b in zip(lazy.rules, eager.rules, strict=True):
        assert (a.regex.pattern, a.regex.flags) == (b.regex.pattern, b.regex.flags)


def test_a_pattern_that_does_not_compile_is_named_when_first_tried(tmp_path: Path) -> None:
    folder = tmp_path / "rules"
    shutil.copytree(rules.RULES_DIR, folder)
    path = folder / "patterns.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace(
        "pattern: 'tomorrow'", "pattern: 'tomorrow('", 1), encoding="utf-8")
    with pytest.raises(rules.RuleError, match="rule tomorrow: pattern does not compile"):
        rules.load.__wrapped__(folder)  # (not known to compile: every pattern at once)
    rules.checked(folder)
    try:
        lazy = rules.load.__wrapped__(folder)
    finally:
        rules.CHECKED.discard(folder)
    rule = next(r for r in lazy.rules if r.id == "tomorrow")
    with pytest.raises(rules.RuleError) as err:
        _ = rule.regex
    message = str(err.value)
    assert "patterns.yaml:" in message and "rule tomorrow: pattern does not compile" in message
    line = int(message.split("patterns.yaml:")[1].split(":")[0])
    assert "id: tomorrow" in path.read_text(encoding="utf-8").splitlines()[line - 1]


def test_a_build_with_an_extraction_made_by_these_rules_compiles_them_when_tried(
        tmp_path: Path) -> None:
    """``pipeline.extract_all`` says the rules compiled (``rules.checked``) when the cache
    holds an entry and a source is left to extract; not when none is read from it."""
    sources, _ = check([DEV])
    cache = ExtractCache(tmp_path)
    rules.CHECKED.discard(rules.RULES_DIR)
    extract(sources[:-1], cache=cache)
    assert rules.RULES_DIR not in rules.CHECKED and cache.hits == 0
    again = ExtractCache(tmp_path)
    extract(sources, cache=again)
    assert rules.RULES_DIR in rules.CHECKED and again.hits == len(sources) - 1


def test_a_merge_cache_with_a_number_out_of_bounds_is_refused() -> None:
    """``merge_memo.decode`` reads the arrays' numbers as unsigned (one pass each for both
    bounds): a negative unit, feature or count, or one past the last, under a digest that
    matches, is refused as it was when each bound had its own pass."""
    from array import array

    from generator.events import merge_events
    from generator.merge_memo import ARRAYS, MergeMemo, decode, digest, encode
    from tests.test_merge_memo import claims_of

    memo = MergeMemo("s")
    merge_events(*claims_of(DEV), memo=memo)
    head, pieces = encode(memo.kept)
    arrays = [array(kind, b"".join(a.tobytes() for a in parts))
              for (_, kind), parts in zip(ARRAYS, pieces, strict=True)]
    assert decode(head, arrays) is not None
    at = {name: k for k, (name, _) in enumerate(ARRAYS)}
    n, features = len(head["units"]), len(head["features"])
    for name, value in (("others", -1), ("others", n), ("pass_others", -1),
                        ("pass_others", n), ("vec_features", -1), ("vec_features", features),
                        ("rows", -1), ("passing", -1), ("vec_sizes", -1)):
        changed = [array(a.typecode, a) for a in arrays]
        changed[at[name]][0] = value
        if name in ("rows", "passing", "vec_sizes"):  # (their sum kept: only the sign tells)
            changed[at[name]][1] += arrays[at[name]][0] - value
        assert decode({**head, "blob": digest(changed)}, changed) is None, (name, value)
