"""Work per character stays bounded on pathological articles: counted, never timed.

Each shape of benchmarks/hostile.py at two sizes, the second twice the first: what the build
writes (timeline.json, pages) must grow in proportion (each claim quotes at most the clause
around its date), and so must the text the event stage reads (characters handed to the
functions that read a claim's sentence). Linear is a ratio of about 2; quadratic about 4.
"""

from __future__ import annotations

import json
from collections import Counter

import pytest

from benchmarks.hostile import SHAPES, article
from generator import attribution, claims, events
from generator.cli import main
from generator.config import Config
from generator.entities import load_registry
from generator.export import QUOTE_OVER, to_json
from generator.pipeline import capped_sources, extract
from generator.project import read_templates
from generator.render import render
from generator.sources import load_sources, parse_source
from tests.conftest import GOOD_FRONT, ROOT, write_source

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
READERS = ("what", "is_caption", "is_fragment", "make_headline", "date_clause_headline")


def read_by(name: str, text: str, args: tuple) -> int:
    if name == "what" and args and args[0] is not None:
        at = args[0]
        return min(len(text), at + events.WHAT_REACH) - max(0, at - events.WHAT_REACH)
    return len(text)


def _count_reads(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The characters the event stage's readers (``READERS``) are given, counted in the list's
    one item as they run."""
    read = [0]

    def counting(name, real):
        def wrapper(text, *args, **kwargs):
            read[0] += read_by(name, text, args)
            return real(text, *args, **kwargs)
        return wrapper

    for name in READERS:
        monkeypatch.setattr(events, name, counting(name, getattr(events, name)))
    return read


@pytest.mark.parametrize("shape", SHAPES)
def test_the_event_stage_reads_each_character_a_bounded_number_of_times(
        shape: str, monkeypatch: pytest.MonkeyPatch) -> None:
    read = _count_reads(monkeypatch)
    counts = []
    for size in (SMALL, 2 * SMALL):
        read[0] = 0
        timeline_of(shape, size)
        counts.append(read[0])
    assert counts[1] <= LINEAR * counts[0], counts


@pytest.mark.parametrize("shape", SHAPES)
def test_a_headline_is_made_from_a_bounded_text_however_long_the_sentence(
        shape: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """A headline's rules read every date of what they are given against the words before it:
    handed a sentence of 6,000 characters ("..., officials spoke. and on 3 May ..."), each of
    its dates costs its length (hostile28: 38 s at 60 KB). The event stage hands them at most
    a sentence's opening (``events.TITLE_INPUT``)."""
    longest = Counter()

    def measuring(name, real):
        def wrapper(text, *args, **kwargs):
            longest[name] = max(longest[name], len(text))
            return real(text, *args, **kwargs)
        return wrapper

    for name in ("make_headline", "date_clause_headline"):
        monkeypatch.setattr(events, name, measuring(name, getattr(events, name)))
    events._headline_of.cache_clear()
    timeline_of(shape, 4 * SMALL)
    assert max(longest.values(), default=0) <= events.TITLE_INPUT, longest


@pytest.mark.parametrize("shape", ["speech verbs", "many quotes"])
def test_the_speaker_stage_reads_each_character_a_bounded_number_of_times(
        shape: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each speech verb reads the words before it: a sentence of verbs would cost its square."""
    read = [0]
    real = attribution._before_verb

    def counting(text, *args, **kwargs):
        read[0] += len(text)
        return real(text, *args, **kwargs)

    monkeypatch.setattr(attribution, "_before_verb", counting)
    counts = []
    for size in (SMALL, 2 * SMALL, 4 * SMALL):
        read[0] = 0
        timeline_of(shape, size)
        counts.append(read[0])
    assert counts[1] <= LINEAR * counts[0] and counts[2] <= LINEAR * counts[1], counts


def test_the_foreign_minister_is_looked_for_a_bounded_number_of_sentences_back(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """'the foreign minister' is the one person named with that title before: looked for in the
    last TITLE_REACH sentences (here made 10, so that short articles reach past it), not all."""
    calls = [0]
    real = attribution._is_name

    def counting(*args, **kwargs):
        calls[0] += 1
        return real(*args, **kwargs)

    monkeypatch.setattr(attribution, "TITLE_REACH", 10)
    monkeypatch.setattr(attribution, "_is_name", counting)
    counts = []
    for size in (SMALL, 2 * SMALL, 4 * SMALL):
        calls[0] = 0
        timeline_of("titles", size)
        counts.append(calls[0])
    assert counts[1] <= LINEAR * counts[0] and counts[2] <= LINEAR * counts[1], counts


def test_a_sentence_too_long_to_be_real_names_no_speaker() -> None:
    from generator.model import Sentence

    short = "Putin said the talks went well."
    long = "Putin said " + "the talks went on and on, " * (attribution.LONGEST // 26 + 1) + "well."
    assert len(long) > attribution.LONGEST
    found = attribution.attribute_sentences(
        [Sentence(0, len(short), short, 0), Sentence(100, 100 + len(long), long, 1)],
        [REGISTRY.find(short), REGISTRY.find(long)], REGISTRY)
    assert found[0] is not None and found[0].entity == "vladimir-putin" and found[1] is None


def test_features_of_a_sentence_of_many_names_leave_the_names_out() -> None:
    from generator.features import features

    text = "Putin, Zelensky and Putin met in Moscow. " * 400
    mentions = tuple((m.start, m.end, m.entity) for m in REGISTRY.find(text))
    assert len(mentions) == 1600
    bag = features(text, mentions)
    assert bag == {"@vladimir-putin": 1.5, "@volodymyr-zelensky": 1.5, "@moscow": 1.5, "met": 400}


def test_a_degenerate_article_is_named_in_a_warning(tmp_path) -> None:
    (tmp_path / "long.md").write_text(article("long sentence", 6000), encoding="utf-8")
    (tmp_path / "fine.md").write_text(article("many paragraphs", 6000).replace(
        "example.com/h", "example.com/f"), encoding="utf-8")
    _, problems = load_sources([tmp_path])
    folder = tmp_path.as_posix()
    assert [str(p) for p in problems] == [
        f"{folder}/long.md:6: warning: a sentence of 5,953 characters (no full stop): its claims "
        "quote the clause around each date only; is the text missing its punctuation?"]


def dated_lines(n: int, per_line: int = 1) -> str:
    """``n`` lines, each a sentence with ``per_line`` distinct dates."""
    return "".join("Talks were held on " + ", ".join(
        f"{1 + (i * per_line + k) % 28} March {1990 + (i * per_line + k) // 28 % 30}"
        for k in range(per_line)) + ".\n\n" for i in range(n))


def test_a_sentence_gives_at_most_sentence_claims_dated_claims_and_says_so(tmp_path) -> None:
    body = ("Putin met Zelensky on 3 May 2025.\n\n" + dated_lines(1, claims.SENTENCE_CLAIMS + 9)
            + dated_lines(1, claims.SENTENCE_CLAIMS - 1) + "Peskov spoke on 9 May 2025.\n")
    path = write_source(tmp_path / "sources", "dense.md", GOOD_FRONT, body)
    (source,), _ = load_sources([path])
    timeline = extract((source,))
    per_line = Counter(c.line for c in timeline.claims)
    # line 6: the first sentence (1 claim); 8: capped; 10: just under the cap; 12: after it
    assert per_line == {6: 1, 8: claims.SENTENCE_CLAIMS, 10: claims.SENTENCE_CLAIMS - 1, 12: 1}
    kept = [c.timex.text for c in timeline.claims if c.line == 8]
    assert kept[0] == "1 March 1990" and kept[-1] == f"{claims.SENTENCE_CLAIMS} March 1990"
    assert [str(p) for p in capped_sources(timeline)] == [
        f"{path.as_posix()}:8: warning: a sentence with {claims.SENTENCE_CLAIMS} dates or more: "
        f"only the first {claims.SENTENCE_CLAIMS} dates of a sentence are claims; is this a "
        "table or a list pasted as text?"]


def test_an_article_gives_at_most_article_claims_and_says_where_it_stopped(tmp_path) -> None:
    n = claims.ARTICLE_CLAIMS
    path = write_source(tmp_path / "sources", "chronology.md", GOOD_FRONT, dated_lines(n + 40))
    (source,), _ = load_sources([path])
    timeline = extract((source,))
    assert len(timeline.claims) == n
    last = max(c.line for c in timeline.claims)
    assert last == 6 + 2 * (n - 1)  # the n-th dated line; nothing after it
    assert [str(p) for p in capped_sources(timeline)] == [
        f"{path.as_posix()}:{last}: warning: {n} claims by this line, the most one article "
        "gives: the text after it gives none; is this a chronology or a table? Split it into "
        "articles"]
    # one claim fewer: no cap reached, no warning
    path.write_text(path.read_text(encoding="utf-8").replace(dated_lines(n + 40),
                    dated_lines(n - 1)), encoding="utf-8")
    (source,), _ = load_sources([path])
    timeline = extract((source,))
    assert len(timeline.claims) == n - 1 and capped_sources(timeline) == ()


def test_check_extract_and_build_warn_of_a_capped_article_and_strict_refuses_it(
        project, capsys) -> None:
    write_source(project / "sources", "dense.md", GOOD_FRONT,
                 dated_lines(1, claims.SENTENCE_CLAIMS + 1))
    warning = (f"sources/dense.md:6: warning: a sentence with {claims.SENTENCE_CLAIMS} dates or "
               "more: only the first")
    assert main(["check"]) == 0
    assert capsys.readouterr().err.startswith(warning)
    assert main(["extract", "sources"]) == 0
    assert capsys.readouterr().err.startswith(warning)
    assert main(["build", "--strict"]) == 1
    err = capsys.readouterr().err
    assert err.startswith(warning) and not (project / "site").exists(), err
    assert main(["build"]) == 0
    assert warning in capsys.readouterr().err


def test_the_caps_leave_real_reporting_a_wide_margin() -> None:
    """The caps are 5x and 15x what real articles give (claims.SENTENCE_CLAIMS): here the dev
    corpus, the seeds and the evaluation articles, whose exports must not change."""
    folders = [ROOT / "tests" / "fixtures" / "dev_corpus" / "articles", ROOT / "sources",
               ROOT / "tests" / "eval" / "sources"]
    sources, _ = load_sources(folders)
    timeline = extract(sources)
    per_sentence = Counter((c.source, c.start) for c in timeline.claims if c.basis == "explicit")
    per_article = Counter(c.source for c in timeline.claims)
    assert len(sources) >= 35
    assert max(per_sentence.values()) * 5 <= claims.SENTENCE_CLAIMS
    assert max(per_article.values()) * 15 <= claims.ARTICLE_CLAIMS
    assert capped_sources(timeline) == ()


def _named_by_reading_back(key: str, history: list, w) -> object:
    """The rule as first written: every sentence of the last TITLE_REACH read again."""
    import re

    named = {}
    for seen in history[-attribution.TITLE_REACH:]:
        for a in (*seen.persons, *((seen.speaker,) if seen.speaker else ())):
            low = a.text.lower()
            at = re.search(r"(?<!vice )(?<!deputy )(?<!former )(?<!acting )(?<![\w-])"
                           + re.escape(key) + r"(?![\w-])", low)
            if at and any(attribution._is_name(x, w) for x in a.text[at.end():].split()):
                named[a.entity or a.text.split()[-1]] = a
    return next(iter(named.values())) if len(named) == 1 else None


PEOPLE = [("Foreign Minister Ivan Petrov", None), ("Foreign Minister Sergei Lavrov", "lavrov"),
          ("Vice President JD Vance", None), ("President Donald Trump", "trump"),
          ("Deputy Foreign Minister Olga Stefanishyna", None), ("the foreign minister", None),
          ("Defence Minister Rustem Umerov", None), ("Petrov", None)]


@pytest.mark.parametrize("seed", range(6))
def test_the_title_index_names_who_reading_back_would(seed: int,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """attribution._Titled reads each sentence once per title; it must name, after any run of
    sentences, the person that reading the last TITLE_REACH sentences again would."""
    import random

    from generator.model import Attribution

    monkeypatch.setattr(attribution, "TITLE_REACH", 7)
    w = attribution.words()
    rng = random.Random(seed)
    history: list = []
    titled = attribution._Titled(history, w)
    for _ in range(120):
        people = tuple(Attribution(*rng.choice(PEOPLE)) for _ in range(rng.randrange(3)))
        speaker = Attribution(*rng.choice(PEOPLE)) if rng.random() < 0.3 else None
        history.append(attribution._Seen(people, speaker))
        for key in ("foreign minister", "president", "minister"):
            if rng.random() < 0.5:
                assert titled.named(key) == _named_by_reading_back(key, history, w)


def test_each_sentence_is_read_once_per_title_asked_about(monkeypatch: pytest.MonkeyPatch) -> None:
    """A run of 'Foreign Minister X met ... The foreign minister said so.' reads each
    sentence once for 'the foreign minister', not once for each one after it."""
    read = [0]
    real = attribution._Titled._matches

    def counting(self, *args):
        read[0] += 1
        return real(self, *args)

    monkeypatch.setattr(attribution._Titled, "_matches", counting)
    timeline = timeline_of("titles", 8 * SMALL)
    sentences = sum(1 for c in timeline.claims) * 2  # two sentences a unit, one of them dated
    assert 0 < read[0] <= sentences + 2, (read[0], sentences)


def _second_sweep() -> dict:
    from benchmarks import hostile_sweep

    names = list(hostile_sweep.SHAPES)
    return {n: hostile_sweep.SHAPES[n] for n in names[names.index("long-word"):]}


SECOND_SWEEP = _second_sweep()


@pytest.mark.parametrize("shape", SECOND_SWEEP)
def test_the_second_sweeps_shapes_write_in_proportion_and_read_a_bounded_amount(
        shape: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The shapes of benchmarks/hostile_sweep.py's second sweep (tables, open comments and
    fences, mixed quotes, zalgo, zero-width spaces ...): what the build writes and what the
    event stage reads grow at most LINEAR times when the article doubles."""
    read = _count_reads(monkeypatch)
    written, reads = [], []
    for size in (2 * SMALL, 4 * SMALL):
        read[0] = 0
        source, problems = parse_source(article(shape, size, SECOND_SWEEP), "h.md", "h")
        assert source is not None, problems
        timeline = extract((source,))
        reads.append(read[0])
        pages = render(timeline, CONFIG, REGISTRY, read_templates(CONFIG))
        written.append(len(to_json(timeline, REGISTRY)) + sum(len(p.text) for p in pages))
    assert written[1] <= LINEAR * written[0], written
    # (plus the headlines made again with their date when two events first share a title: at
    # most one per title candidate of an event; "long-dated-sentences" meets it at these sizes,
    # two sentences of 2,000 characters against four, and reads 2.0 times as much per doubling
    # from there on)
    assert reads[1] <= LINEAR * max(reads[0], 1) + 1000 + events.TITLE_CANDIDATES * events.TITLE_INPUT, reads
