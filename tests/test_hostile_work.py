"""Work per character stays bounded on pathological articles: counted, never timed.

Each shape of benchmarks/hostile.py at two sizes, the second twice the first: what the build
writes (timeline.json, pages) must grow in proportion (each claim quotes at most the clause
around its date), and so must the text the event stage reads (characters handed to the
functions that read a claim's sentence). Linear is a ratio of about 2; quadratic about 4.
"""

from __future__ import annotations

import json

import pytest

from benchmarks.hostile import SHAPES, article
from generator import events
from generator.config import Config
from generator.entities import load_registry
from generator.export import QUOTE_OVER, to_json
from generator.pipeline import extract
from generator.project import read_templates
from generator.render import render
from generator.sources import load_sources, parse_source
from tests.conftest import ROOT

CONFIG = Config(root=ROOT)
REGISTRY = load_registry()

SMALL = 1500
LINEAR = 2.5  # the ratio a doubling may cost: 2 and some slack for fixed costs


def timeline_of(shape: str, size: int):
    source, problems = parse_source(article(shape, size), "h.md", "h")
    assert source is not None, problems
    return extract((source,))


@pytest.mark.parametrize("shape", SHAPES)
def test_what_a_build_writes_grows_in_proportion_to_the_article(shape: str) -> None:
    sizes = []
    for size in (SMALL, 2 * SMALL):
        timeline = timeline_of(shape, size)
        export = to_json(timeline, REGISTRY)
        pages = render(timeline, CONFIG, REGISTRY, read_templates(CONFIG))
        sizes.append((len(export), sum(len(p.text) for p in pages)))
        for claim in json.loads(export)["claims"]:
            assert len(claim["text"]) <= QUOTE_OVER
        for event in json.loads(export)["events"]:
            assert len(event["summary"]) <= QUOTE_OVER + 1
    (json1, pages1), (json2, pages2) = sizes
    assert json2 <= LINEAR * json1 and pages2 <= LINEAR * pages1, sizes


# what the event stage reads: each of these gets a claim's sentence (or its opening) and reads
# all of it, but what(), which looks only within WHAT_REACH of the date it is given
READERS = ("what", "is_caption", "is_fragment", "make_headline")


def read_by(name: str, text: str, args: tuple) -> int:
    if name == "what" and args and args[0] is not None:
        at = args[0]
        return min(len(text), at + events.WHAT_REACH) - max(0, at - events.WHAT_REACH)
    return len(text)


@pytest.mark.parametrize("shape", SHAPES)
def test_the_event_stage_reads_each_character_a_bounded_number_of_times(
        shape: str, monkeypatch: pytest.MonkeyPatch) -> None:
    read = [0]

    def counting(name, real):
        def wrapper(text, *args, **kwargs):
            read[0] += read_by(name, text, args)
            return real(text, *args, **kwargs)
        return wrapper

    for name in READERS:
        monkeypatch.setattr(events, name, counting(name, getattr(events, name)))
    counts = []
    for size in (SMALL, 2 * SMALL):
        read[0] = 0
        timeline_of(shape, size)
        counts.append(read[0])
    assert counts[1] <= LINEAR * counts[0], counts


def test_a_degenerate_article_is_named_in_a_warning(tmp_path) -> None:
    (tmp_path / "long.md").write_text(article("long sentence", 6000), encoding="utf-8")
    (tmp_path / "dates.md").write_text(article("dates in one sentence", 3000).replace(
        "example.com/h", "example.com/d"), encoding="utf-8")
    (tmp_path / "fine.md").write_text(article("many paragraphs", 6000).replace(
        "example.com/h", "example.com/f"), encoding="utf-8")
    _, problems = load_sources([tmp_path])
    folder = tmp_path.as_posix()
    assert [str(p) for p in problems] == [
        f"{folder}/dates.md:6: warning: 396 date words in one sentence: each date is a claim of "
        "its own; is this a table or a list pasted as text?",
        f"{folder}/long.md:6: warning: a sentence of 5,953 characters (no full stop): its claims "
        "quote the clause around each date only; is the text missing its punctuation?"]
