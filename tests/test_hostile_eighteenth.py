"""What the eighteenth hostile sweep found (the caches of session 24, its headline rules) and
was fixed: docs/benchmarks.md, "An eighteenth sweep"."""

from __future__ import annotations

import copy
import datetime as dt
import json
import shutil
from pathlib import Path

import pytest

from generator.cache import MergeCache, SourceCache
from generator.events import _headline_of
from generator.merge_memo import event_from_json, event_to_json
from generator.output import read_json, read_json_lines, write_json, write_json_lines
from generator.pipeline import extract
from generator.sources import load_sources
from tests.conftest import FIXTURES, timeline_of

DEV = FIXTURES / "dev_corpus" / "articles"
TODAY = dt.date(2026, 12, 1)


def _forged_sources(path: Path, edit) -> None:
    """The source cache at ``path`` with every entry edited by ``edit`` and written again
    under a digest that matches (as an editor, a script or a bad merge could)."""
    key = json.loads(path.read_bytes().split(b"\n")[1])
    table = read_json_lines(path, key)
    assert table
    for entry in table.values():
        edit(entry)
    write_json_lines(path, key, table)


def _field(name: str, value: object):
    def edit(entry: dict) -> None:
        entry["parse"][0][name] = value
    return edit


def _followed_in(value: str):
    def edit(entry: dict) -> None:
        entry["parse"][0]["follows"] = [None, "https://example.com/first", value]
    return edit


@pytest.mark.parametrize("edit", [
    _field("published", "0001-01-02"),  # OverflowError out of extraction (filed_on, the night)
    _followed_in("0001-01-02"),
    _field("title", "Putin \ud800 talks"),  # UnicodeEncodeError writing its page
    _field("outlet", "Wire \x1b[31m"),  # a control character no source file may hold
    _field("extra", [["custom", {"a": ["\udcff"]}]]),
    _field("language", "de"),  # UnsupportedLanguage out of extraction: no word bundle
], ids=["year 1", "followed in year 1", "surrogate", "control", "surrogate in extra",
        "language"])
def test_a_source_cache_entry_reading_never_gives_is_read_anew(tmp_path: Path, edit) -> None:
    """An entry of the source cache holding what reading a file never gives (a date before
    EARLIEST_YEAR, a lone surrogate or a control character in a text, a language with no
    word bundle) was taken as it was: a traceback of the build further on. The file is read
    again."""
    folder = tmp_path / "sources"
    folder.mkdir()
    for p in sorted(DEV.glob("*.md"))[:4]:
        shutil.copy(p, folder / p.name)
    anew = load_sources([folder], TODAY)
    path = tmp_path / "cache" / "sources.json"
    cache = SourceCache(path).load()
    assert load_sources([folder], TODAY, cache) == anew
    cache.save()
    _forged_sources(path, edit)
    again = SourceCache(path).load()
    assert load_sources([folder], TODAY, again) == anew
    assert again.hits == 0


def _merged_with(cache: MergeCache, sources):
    """The timeline extracted with the merge cache read and written (the titles remembered
    from another test let go), and the memo it used."""
    _headline_of.cache_clear()
    memo = cache.load()
    out = extract(sources, memo=memo)
    cache.save(memo)
    return out, memo


def _forged_events(cache: MergeCache, edit) -> None:
    head = read_json(cache.path)
    assert isinstance(head, dict) and head["memo"]["events"]
    head = copy.deepcopy(head)
    for kept in head["memo"]["events"].values():
        event = json.loads(kept[1])
        edit(event)
        kept[1] = json.dumps(event, ensure_ascii=False)
    write_json(cache.path, head)


# an event as event_to_json writes it: id, title, [start, end, granularity], claims, sources,
# conflicts, actors, places, independent, notes, errors, hidden, kind, summary
def _a_claim_of_none(e: list) -> None:
    e[3] = [*e[3], "c-0000000000"]


def _a_source_of_none(e: list) -> None:
    e[4] = ["nowhere"]


def _the_last_day(e: list) -> None:
    e[2] = ["9999-12-31", "9999-12-31", "day"]


def _one_id(e: list) -> None:
    e[0] = "e-same"


@pytest.mark.parametrize("edit", [_a_claim_of_none, _a_source_of_none, _the_last_day, _one_id])
def test_a_kept_event_not_its_groups_is_made_anew(tmp_path: Path, edit) -> None:
    """An event the merge cache kept, edited under a digest that matches to name a claim or a
    source no event has (KeyError out of linking and the pages), a date none of its claims
    gives (9999-12-31: OverflowError out of the pages), or one id for all (one page for many
    events), is made again: the timeline a cold merge makes."""
    sources, _ = load_sources([DEV], TODAY)
    cache = MergeCache(tmp_path / "cache" / "merge.json")
    cold, _ = _merged_with(cache, sources)
    _forged_events(cache, edit)
    assert _merged_with(cache, sources)[0] == cold


def test_a_kept_event_with_a_lone_surrogate_is_none() -> None:
    """A lone surrogate in a kept event's texts (no page can be written with it: a traceback
    writing the pages) reads as no event."""
    sources, _ = load_sources([DEV], TODAY)
    e = extract(sources).events[0]
    text = event_to_json(e)
    assert text is not None and event_from_json(text) == e
    forged = json.loads(text)
    forged[13] = "\udcff"
    assert event_from_json(json.dumps(forged)) is None


@pytest.mark.parametrize(("sentence", "date", "wrong"), [
    ("The Kremlin said Putin flew to Paris on Monday, then travelled to Berlin on Tuesday.",
     "on Tuesday", "The Kremlin travelled to Berlin on Tuesday"),
    ("Peskov said Putin met Lukashenko in Minsk on Monday, then flew to Baku on Tuesday.",
     "on Tuesday", "Peskov flew to Baku on Tuesday"),
    ("Officials said Zelensky flew to Paris on Monday, then travelled to Berlin on Tuesday.",
     "on Tuesday", "Officials travelled to Berlin on Tuesday"),
])
def test_a_sequence_after_a_speaker_is_not_the_speakers(sentence: str, date: str,
                                                        wrong: str) -> None:
    """A sequence's last verb phrase ('..., then travelled to Berlin on Tuesday') takes the
    subject the sentence opens on; where that opens on who says it, the phrase is the reported
    clause's, and the speaker was put for it ('Kremlin travels to Berlin')."""
    from generator.headlines import _sequenced_clause, words

    at = sentence.index(date)
    assert _sequenced_clause(sentence, at, at + len(date), words()) != wrong
    assert _sequenced_clause(sentence, at, at + len(date), words()) is None
    kept = "Zelensky flew to Paris on Monday, then travelled to Berlin on Tuesday."
    at = kept.index(date)
    assert _sequenced_clause(kept, at, at + len(date), words()) == \
        "Zelensky travelled to Berlin on Tuesday"


@pytest.mark.parametrize("sentence", [
    "The Kremlin said Modi visited Moscow in July and Kyiv in August.",
    "Reuters reported Modi visited Moscow in July and Kyiv in August.",
    "Zelensky announced he visited Moscow in July and Kyiv in August.",
])
def test_a_gapped_object_after_a_speaker_is_no_clause(sentence: str) -> None:
    """A verb shared by two dated objects, after who says it, made 'The Kremlin said Kyiv in
    August' (the title 'Kremlin said Kyiv'): the speaker's verb taken for the shared one."""
    from generator.headlines import _gapped_clause, words

    at = sentence.index("August")
    assert _gapped_clause(sentence, at, at + 6, words()) is None
    plain = "Prime Minister Narendra Modi visited Moscow in July and Kyiv in August."
    at = plain.index("August")
    assert _gapped_clause(plain, at, at + 6, words()) == \
        "Prime Minister Narendra Modi visited Kyiv in August"


def test_titles_of_a_sequence_after_a_speaker_name_no_speaker_as_actor() -> None:
    """Through extraction and merging: no event of such a sentence is titled as if the speaker
    travelled ('Kremlin travels to Berlin', 'Kremlin said Kyiv' before)."""
    texts = ["The Kremlin said Putin flew to Paris on Monday, then travelled to Berlin on "
             "Tuesday.", "The Kremlin said Modi visited Moscow in July and Kyiv in August."]
    titles = [e.title for e in timeline_of(*texts, published=lambda i: f"202{i}-09-10").events]
    assert titles and not [t for t in titles if t.startswith(("Kremlin travel", "Kremlin said"))]


def test_a_cache_holding_a_lone_surrogate_is_read_as_none(tmp_path: Path) -> None:
    """A title of the merge cache, a page of the page cache, an entry of the source cache,
    edited under a digest that matches to hold a lone surrogate (escaped or as its bytes) was
    taken as it was: the build's pages could not be written (UnicodeEncodeError). Each file
    is read as none; a backslash before "u" in a text, and an astral character, are kept."""
    from generator.cache import PageCache
    from generator.output import _write_digested, read_texts, write_texts

    sources, _ = load_sources([DEV], TODAY)
    cache = MergeCache(tmp_path / "cache" / "merge.json")
    cold, _ = _merged_with(cache, sources)
    head = read_json(cache.path)
    assert isinstance(head, dict)
    for key in head["memo"]["titles"]:
        head["memo"]["titles"][key] += "\udcff"
    head["memo"]["events"] = {}  # (each event titled by the kept title)
    write_json(cache.path, head)
    again, memo = _merged_with(cache, sources)
    assert again == cold and memo is not None and memo.hits == 0  # (none of it read)

    pages = PageCache(tmp_path / "pages.json", "project")
    pages.save({"events/a.md": ["digest", "Putin \\ud800 talks 😀"]})
    assert pages.load() == {"events/a.md": ["digest", "Putin \\ud800 talks 😀"]}
    write_texts(pages.path, pages.key, {"events/a.md": ["digest", "Putin \ud800 talks"]})
    assert read_texts(pages.path, pages.key)  # (the table itself keeps any text)
    assert pages.load() == {}

    path = tmp_path / "sources.json"
    write_json_lines(path, "key", {"a": ["Putin \\\\ud800"], "b": ["😀"]})
    assert read_json_lines(path, "key") == {"a": ["Putin \\\\ud800"], "b": ["😀"]}
    write_json_lines(path, "key", {"a": ["Putin \ud800"]})  # (its bytes)
    assert read_json_lines(path, "key") == {}
    _write_digested(path, [json.dumps("key") + "\n", json.dumps(["a", ["Putin \ud800"]]) + "\n"])
    assert b"\\ud800" in path.read_bytes() and read_json_lines(path, "key") == {}  # (escaped)
