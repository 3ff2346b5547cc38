"""The dev corpus of real reporting (24 articles from 23 outlets, hand-made gold; a copy of
../shared/corpus/dev in tests/fixtures/dev_corpus, with the shared scorer) read end to end.

A regression guard, not a target: the floors sit a little under what the reading reaches today
(the figures are in docs/measurements.md). Hard-wrapped and unwrapped copies of the same
articles must score alike.
"""

from __future__ import annotations

import contextlib
import importlib.util
import io
import json
import re
import textwrap
from pathlib import Path

import pytest

from generator.entities import load_registry
from generator.export import to_json
from generator.pipeline import extract
from generator.sources import load_sources

DEV = Path(__file__).resolve().parent / "fixtures" / "dev_corpus"

# today (python tests/fixtures/dev_corpus/score.py EXPORT gold_claims.yaml gold_events.yaml):
# claims recall 0.967, precision 1.0, attribution 53/57 right with 13 wrong or spurious, merged
# 27/29 (3 by RBC-Ukraine's and Rismadar Voice's undated recaps, recalls.py), split_extra 18,
# overmerged 0, conflicts 4/5, false conflicts 1, headlines 43/63. split_extra's bound guards
# against a happening scattered over many events; it is no target (the gold itself scores 49:
# test_the_gold_itself_scores_beyond_some_targets).
# The false conflict is the first Istanbul round, talks on 15 May "postponed to 16 May" (one
# happening whose date moved, both dates shown, as the issue asks): the gold lists no versions
# for it, while it lists the Abu Dhabi round's 1 February plan, moved the same way, as one.
FLOORS = {"claims_recall": 0.95, "claims_precision": 0.97, "attribution": 0.9,
          "attribution_wrong": 15, "merged": 0.9, "split_extra": 25, "overmerged": 0,
          "conflicts": 0.4, "false_conflicts": 1, "headlines": 0.6}


def score(folder: Path, gold: Path = DEV) -> dict:
    spec = importlib.util.spec_from_file_location("dev_score", DEV / "score.py")
    assert spec and spec.loader
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    sources, problems = load_sources([folder])
    assert not [p for p in problems if p.severity == "error"]
    export = folder.parent / "export.json"
    export.write_text(to_json(extract(sources), load_registry()), encoding="utf-8")
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        scorer.main([str(export), str(gold / "gold_claims.yaml"), str(gold / "gold_events.yaml"),
                     "--json"])
    return json.loads(out.getvalue().splitlines()[0])


def ratio(value: str) -> float:
    got, of = value.split("/")
    return int(got) / int(of) if int(of) else 1.0


def check_floors(s: dict) -> None:
    for key in ("claims_recall", "claims_precision"):
        assert s[key] >= FLOORS[key], (key, s)
    for key in ("attribution", "merged", "conflicts", "headlines"):
        assert ratio(s[key]) >= FLOORS[key], (key, s)
    for key in ("attribution_wrong", "split_extra", "overmerged", "false_conflicts"):
        assert s[key] <= FLOORS[key], (key, s)


@pytest.fixture(scope="module")
def as_written(tmp_path_factory: pytest.TempPathFactory) -> dict:
    folder = tmp_path_factory.mktemp("written") / "articles"
    folder.mkdir()
    for path in sorted((DEV / "articles").glob("*.md")):
        (folder / path.name).write_bytes(path.read_bytes())
    return score(folder)


def test_dev_corpus_scores_stay_above_their_floors(as_written: dict) -> None:
    print("\ndev corpus:", as_written)
    check_floors(as_written)


def _paragraphs(body: str) -> list[str]:
    """The body's paragraphs, each on one line (as the text layer reads them)."""
    out = []
    for block in re.split(r"\n\s*\n", body):
        lines = [x for x in block.splitlines() if x.strip()]
        if not lines:
            continue
        if max(len(x) for x in lines) > 120:  # one paragraph per line
            out.extend(" ".join(x.split()) for x in lines)
        else:  # hard-wrapped
            out.append(" ".join(" ".join(lines).split()))
    return out


def _rewritten(raw: str, wrap: bool) -> str:
    """The same article hard-wrapped at 80 characters (never inside a hyphenated word: "mid-\\nweek"
    reads "mid- week" in Markdown) with blank lines between paragraphs, or
    with one paragraph per line and no blank line at all."""
    end = raw.index("\n---\n", 4) + 5
    paragraphs = _paragraphs(raw[end:])
    if wrap:
        return raw[:end] + "\n\n".join(textwrap.fill(p, 80, break_on_hyphens=False) for p in paragraphs) + "\n"
    return raw[:end] + "\n".join(paragraphs) + "\n"


@pytest.mark.parametrize("wrap", [True, False], ids=["hard-wrapped", "one-per-line"])
def test_hard_wrapped_and_unwrapped_articles_score_alike(as_written: dict, tmp_path: Path,
                                                         wrap: bool) -> None:
    folder = tmp_path / "rewritten" / "articles"
    folder.mkdir(parents=True)
    for path in sorted((DEV / "articles").glob("*.md")):
        (folder / path.name).write_text(_rewritten(path.read_text(encoding="utf-8"), wrap),
                                        encoding="utf-8")
    again = score(folder)
    for key in ("claims_recall", "claims_precision", "attribution", "attribution_wrong",
                "merged", "conflicts", "false_conflicts", "overmerged"):
        assert again[key] == as_written[key], (key, again, as_written)


PROBE = DEV.parent / "probe_claims"


def _copied(fixture: Path, tmp_path: Path) -> Path:
    """A copy of a probe set's articles, to extract as a folder of sources."""
    folder = tmp_path / "articles"
    folder.mkdir()
    for path in sorted((fixture / "articles").glob("*.md")):
        (folder / path.name).write_bytes(path.read_bytes())
    return folder


def test_probe_articles_claims_stay_above_their_floors(tmp_path: Path) -> None:
    """Ten probe articles in shapes the dev corpus lacks (tests/fixtures/probe_claims): claims
    recall 0.967, precision 0.989, speakers 37 of 42 with 7 wrong or spurious (session 12;
    0.911, 0.977, 35 of 40 and 6 in session 11; 0.867, 0.929, 28 of 38 when they were written,
    session 9). In session 15 "according to" a document, a body, the media or officials gave no
    speaker any more, as the dev corpus and the event probe sets have it (wrong or spurious
    speakers there fell by 11 over seven sets), and this set's gold, which names "Ukrainian
    officials" and "reports" so, fell 38 -> 36 of 43. A regression guard, not a target."""
    s = score(_copied(PROBE, tmp_path), PROBE)
    print("\nprobe articles:", s)
    assert s["claims_recall"] >= 0.95 and s["claims_precision"] >= 0.97, s
    assert ratio(s["attribution"]) >= 0.83 and s["attribution_wrong"] <= 7, s


PROBE_EVENTS = DEV.parent / "probe_events"


def test_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Sixteen probe articles on five happenings, 2-4 outlets each (tests/fixtures/probe_events,
    written blind in session 10): how merging, disagreements and headlines generalise. When
    written: claims 0.885 / 0.946, speakers 57 of 68 (9 wrong or spurious), merged 21/25,
    split_extra 10, conflicts 1/3, false conflicts 1, headlines 35/61; at the end of that
    session 0.939 / 0.977, 60 of 71 (7), merged 23/25, split_extra 13, conflicts 3/3, false
    conflicts 0, headlines 35/60; in session 11, a report's day parted by actor, kind and words:
    merged 23/25, split_extra 19, conflicts 3/3, false conflicts 0, headlines 38/62. In
    session 15 a quoted "today" took the day the sentence before told (Rubio's "We made a lot of
    progress today" after the statement of Sunday evening: recall 0.947 -> 0.954, precision
    0.985 -> 0.992), and conflicts fell 2/3 -> 1/3: the plan of Driscoll's Abu Dhabi meeting
    (Monday, held Tuesday) had been shown on the event of that Tuesday's strike on Kyiv, which
    its two sentences had joined; they now join the Monday of the Geneva talks, where no
    version of theirs is a plan of that event's. A regression guard."""
    s = score(_copied(PROBE_EVENTS, tmp_path), PROBE_EVENTS)
    print("\nprobe events:", s)
    assert s["claims_recall"] >= 0.94 and s["claims_precision"] >= 0.97, s
    assert ratio(s["attribution"]) >= 0.85 and s["attribution_wrong"] <= 9, s
    assert ratio(s["merged"]) >= 0.84 and s["overmerged"] == 0 and s["false_conflicts"] <= 1, s
    assert ratio(s["conflicts"]) >= 0.33 and ratio(s["headlines"]) >= 0.55, s


def _gold_scored(gold: Path, tmp_path: Path) -> dict:
    from tests.gold_export import gold_export

    spec = importlib.util.spec_from_file_location("dev_score", DEV / "score.py")
    assert spec and spec.loader
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    export = tmp_path / "gold.json"
    export.write_text(json.dumps(gold_export(gold / "gold_events.yaml", gold / "gold_claims.yaml")),
                      encoding="utf-8")
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        scorer.main([str(export), str(gold / "gold_claims.yaml"), str(gold / "gold_events.yaml"),
                     "--json"])
    return json.loads(out.getvalue().splitlines()[0])


@pytest.mark.parametrize("gold", [DEV, PROBE_EVENTS], ids=["dev", "probe-events"])
def test_the_gold_itself_scores_beyond_some_targets(gold: Path, tmp_path: Path) -> None:
    """The gold happenings as an export (tests/gold_export.py), scored like ours: a perfect
    reading. Every further event of the same outlets whose date overlaps a happening counts as a
    split of it, so the gold's own same-day happenings and deadlines make split_extra 49 (dev)
    and 38 (probe), where the issue asks for at most 5; and the scorer's first event in date
    order stands for every happening it ties with, so the gold's own headlines pass 49 of 67 and
    46 of 65 (73 % and 71 %, the issue asks 90 %), and its disagreements show on 2 of 5 and 2 of
    3 (the issue asks 5 of 5). These figures measure the scorer's reading of events, not ours
    (docs/measurements.md, "What the scorer counts")."""
    s = _gold_scored(gold, tmp_path)
    print("\ngold as an export:", s)
    assert s["overmerged"] == 0 and s["false_conflicts"] == 0, s
    assert s["split_extra"] >= 30 and ratio(s["headlines"]) < 0.8 and ratio(s["conflicts"]) < 1, s


PROBE_EVENTS2 = DEV.parent / "probe_events2"


def test_second_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Sixteen more probe articles on five other happenings (tests/fixtures/probe_events2,
    written blind in session 11). As the code of the start of session 11 read them: claims
    0.948 / 0.935, speakers 55 of 63 (5 wrong or spurious), merged 28/31, split_extra 2,
    overmerged 1, conflicts 1/5, false conflicts 1, headlines 31/58; at the end of session 11
    0.955 / 0.962, 55 of 63 (5), merged 29/31, split_extra 9, overmerged 0, conflicts 1/5,
    false conflicts 0, headlines 31/58; in session 12 1.0 / 0.985, 57 of 65 (5), merged 30/31,
    conflicts 2/5. In session 15 an hour alone stopped dating a claim (precision 0.986 -> 1.0)
    and headlines fell 32 -> 30/61: the title of one event holding the sentences of nine gold
    happenings of Easter Sunday went from Zelensky's count of violations "between 06:00 and
    10:00" to "30-hour truce declared by Putin expires ...", and the scorer's match of each of
    those nine to that event wants its own actor named. With the fixed word table
    (events.word_table) merged 31/31 and headlines 29/61 (30/61 with the corpus's weights).
    A regression guard."""
    s = score(_copied(PROBE_EVENTS2, tmp_path), PROBE_EVENTS2)
    print("\nprobe events 2:", s)
    assert s["claims_recall"] >= 0.97 and s["claims_precision"] >= 0.98, s
    assert ratio(s["attribution"]) >= 0.93 and s["attribution_wrong"] <= 5, s
    assert ratio(s["merged"]) >= 0.87 and s["overmerged"] == 0 and s["false_conflicts"] == 0, s
    assert ratio(s["headlines"]) >= 0.47, s


PROBE_EVENTS3 = DEV.parent / "probe_events3"


def test_third_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Sixteen probe articles on the dev corpus's periods, other days and outlets
    (tests/fixtures/probe_events3, written blind in session 12). As the code of the start of
    session 12 read them: claims 0.952 / 0.983, speakers 47 of 53 (3 wrong or spurious),
    merged 22/30, split_extra 9, overmerged 0, conflicts 0/6, false conflicts 1, headlines
    28/49; later in session 12 0.984 / 1.0, 49 of 55 (3), merged 24/30. A regression guard."""
    s = score(_copied(PROBE_EVENTS3, tmp_path), PROBE_EVENTS3)
    print("\nprobe events 3:", s)
    assert s["claims_recall"] >= 0.97 and s["claims_precision"] >= 0.97, s
    assert ratio(s["attribution"]) >= 0.92 and s["attribution_wrong"] <= 4, s
    assert ratio(s["merged"]) >= 0.76 and s["overmerged"] == 0 and s["false_conflicts"] <= 1, s
    assert ratio(s["headlines"]) >= 0.52, s


PROBE_EVENTS4 = DEV.parent / "probe_events4"


def test_fourth_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Sixteen probe articles on other days of the saga (tests/fixtures/probe_events4, written
    blind in session 12 after the session's other rules): as the code of the start of session
    12 read them, claims 0.938 / 0.927, speakers 29 of 35 (7 wrong or spurious), merged 11/12,
    conflicts 2/6, headlines 19/46; as first read (blind, later that session) 0.938 / 0.916,
    29 of 35 (7), merged 11/12, conflicts 4/6, headlines 20/45; then 0.950 / 0.963, 33 of 36
    (6). With the fixed word table (events.word_table) merged 10/12 (11/12 with the corpus's
    weights). A regression guard."""
    s = score(_copied(PROBE_EVENTS4, tmp_path), PROBE_EVENTS4)
    print("\nprobe events 4:", s)
    assert s["claims_recall"] >= 0.93 and s["claims_precision"] >= 0.94, s
    assert ratio(s["attribution"]) >= 0.95 and s["attribution_wrong"] <= 7, s
    assert ratio(s["merged"]) >= 0.83 and s["overmerged"] == 0 and s["false_conflicts"] == 0, s
    assert ratio(s["conflicts"]) >= 0.6 and ratio(s["headlines"]) >= 0.4, s


PROBE_EVENTS5 = DEV.parent / "probe_events5"


def test_fifth_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Sixteen probe articles of sixteen outlets none of the other sets has, on five other
    periods of the saga (tests/fixtures/probe_events5, written blind in session 13): as the code
    of the start of session 13 read them, claims 0.930 / 0.943, speakers 46 of 59 (8 wrong or
    spurious), merged 26/31, conflicts 2/6 (2 false), headlines 33/65; at the end of session
    13 0.972 / 0.979, 53 of 61 (6), merged 25/31, conflicts 2/6 (2 false), headlines 33/67. A
    regression guard."""
    s = score(_copied(PROBE_EVENTS5, tmp_path), PROBE_EVENTS5)
    print("\nprobe events 5:", s)
    assert s["claims_recall"] >= 0.96 and s["claims_precision"] >= 0.97, s
    assert ratio(s["attribution"]) >= 0.83 and s["attribution_wrong"] <= 7, s
    assert ratio(s["merged"]) >= 0.8 and s["overmerged"] == 0 and s["false_conflicts"] <= 2, s
    assert ratio(s["conflicts"]) >= 0.3 and ratio(s["headlines"]) >= 0.46, s


PROBE_EVENTS6 = DEV.parent / "probe_events6"


def test_sixth_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Sixteen probe articles of sixteen more outlets none of the other sets has, on five other
    periods (Antalya 2022, Geneva 2021, the grain deal, Trump's first call with Putin, Putin's
    "yes, but": tests/fixtures/probe_events6, written blind in session 14): as first read
    (blind, the code of the start of session 14), claims 0.906 / 0.900, speakers 53 of 64 (12
    wrong or spurious), merged 22/23, conflicts 0/6, headlines 31/73; at the end of the session
    0.940 / 0.953, 59 of 65 (6), merged 22/23, conflicts 1/6, headlines 33/72. A regression
    guard; the conflicts it holds are the set's open problem (docs/measurements.md). Headlines 0.43:
    since strikes are told apart from their report's day (session 18), the live blog's Odesa
    port strike is an event of its own, "Russian cruise missiles strike the Odesa Commercial Sea
    Port", that ties with the blog's other event of that day, which the scorer takes (31/72);
    with Biden, Harris and Kuleba in the registry one more happening has an event (31/73)."""
    s = score(_copied(PROBE_EVENTS6, tmp_path), PROBE_EVENTS6)
    print("\nprobe events 6:", s)
    assert s["claims_recall"] >= 0.93 and s["claims_precision"] >= 0.93, s
    assert ratio(s["attribution"]) >= 0.88 and s["attribution_wrong"] <= 7, s
    assert ratio(s["merged"]) >= 0.9 and s["overmerged"] == 0 and s["false_conflicts"] == 0, s
    assert ratio(s["headlines"]) >= 0.42, s


PROBE_EVENTS7 = DEV.parent / "probe_events7"


def test_seventh_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Sixteen probe articles of sixteen more outlets on five more periods (the leaders' trip to
    Kyiv of June 2022, the Crimean bridge, Biden in Kyiv, the Wagner mutiny, Bürgenstock:
    tests/fixtures/probe_events7, written blind in session 14 after most of its rules): as
    first read (blind), claims 0.951 / 0.913, speakers 42 of 55 (3 wrong or spurious), merged
    21/23, conflicts 0/4 (2 false), headlines 37/73; at the end of the session 0.958 / 0.945,
    44 of 55 (2), merged 21/23, conflicts 1/4 (2 false), headlines 40/73. A regression guard."""
    s = score(_copied(PROBE_EVENTS7, tmp_path), PROBE_EVENTS7)
    print("\nprobe events 7:", s)
    assert s["claims_recall"] >= 0.94 and s["claims_precision"] >= 0.93, s
    assert ratio(s["attribution"]) >= 0.76 and s["attribution_wrong"] <= 3, s
    assert ratio(s["merged"]) >= 0.86 and s["overmerged"] == 0 and s["false_conflicts"] <= 2, s
    assert ratio(s["headlines"]) >= 0.5, s


PROBE_EVENTS8 = DEV.parent / "probe_events8"


def test_eighth_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Sixteen probe articles of sixteen more outlets on the dev corpus's own periods, other days
    (the Steinmeier formula and the Zolote pullback of 2019, the Trump-Putin call and the Kyiv
    attack of July 2025, the third Istanbul round announced, drones over Poland:
    tests/fixtures/probe_events8, written blind in session 15): as first read (blind, by the
    code of the session's start), claims 0.911 / 0.918, speakers 64 of 75 (6 wrong or
    spurious), merged 28/30, conflicts 4/6 (1 false), headlines 29/63; in session 15 0.968 /
    0.981, 78 of 84 (4), merged 28/30, conflicts 4/6 (1 false), headlines 30/63. A regression
    guard. In session 16 its one false conflict became an over-merged event: "Miroshnik recalled
    that the disengagement had been agreed in Minsk on 1 October and was supposed to begin on 7
    October" put its 1 October claim in the 7 October event as a plan that moved; a plan and a
    later day of one sentence are no move any more (events.conflicts_of), so the event lists no
    versions and holds a claim three days off (the merge still joins them): one error either
    way, of another kind (false conflicts plus over-merged events at most 1). In session 30
    two of its four disagreements shown went: both had been shown by a wrong pair, the Russian
    defence ministry's evening report of Ukrainian drones downed (in the Kremlin aide's report
    of the Trump call) against Ukraine's air force on Russia's night attack; that report, a
    speaker the registry does not know, is now a happening of its own (conflicts 2/6)."""
    s = score(_copied(PROBE_EVENTS8, tmp_path), PROBE_EVENTS8)
    print("\nprobe events 8:", s)
    assert s["claims_recall"] >= 0.95 and s["claims_precision"] >= 0.96, s
    assert ratio(s["attribution"]) >= 0.9 and s["attribution_wrong"] <= 5, s
    assert ratio(s["merged"]) >= 0.9 and s["overmerged"] + s["false_conflicts"] <= 1, s
    assert ratio(s["conflicts"]) >= 0.33 and ratio(s["headlines"]) >= 0.44, s


PROBE_EVENTS9 = DEV.parent / "probe_events9"


def test_ninth_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Sixteen probe articles of sixteen more outlets (the first Putin-Zelensky call and the
    35-for-35 swap of 2019, Trump's shortened deadline and the Kyiv strike of July 2025, the
    "paper tiger" turn at the UN, the Paris summit and the Oreshnik strike of January 2026:
    tests/fixtures/probe_events9, written blind in session 15 after most of its rules): as
    first read (blind, at 92723b8), claims 0.929 / 0.952, speakers 40 of 52 (10 wrong or
    spurious), merged 25/27, conflicts 3/6 (1 false), headlines 38/55; the code of the
    session's start read it 0.929 / 0.952, headlines 39/55; at the end of session 15 0.961 /
    0.992, 49 of 52 (7), merged 27/27, conflicts 5/6 (0 false), headlines 38/55 (recall 0.976).
    A regression guard."""
    s = score(_copied(PROBE_EVENTS9, tmp_path), PROBE_EVENTS9)
    print("\nprobe events 9:", s)
    assert s["claims_recall"] >= 0.95 and s["claims_precision"] >= 0.97, s
    assert ratio(s["attribution"]) >= 0.9 and s["attribution_wrong"] <= 8, s
    # (false conflicts 1 -> 2, session 49: Trump's "paper tiger" post, "On the night of
    # September 24, Moscow time" beside another outlet's "Trump declared Tuesday", is shown on
    # both its events as a day told in another zone beside its own; the gold records no
    # disagreement there, though the two outlets' days differ)
    assert ratio(s["merged"]) >= 0.95 and s["overmerged"] == 0 and s["false_conflicts"] <= 2, s
    assert ratio(s["conflicts"]) >= 0.66 and ratio(s["headlines"]) >= 0.62, s


PROBE_EVENTS10 = DEV.parent / "probe_events10"


def test_tenth_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Sixteen probe articles of sixteen more outlets (the Kerch ships returned and the Paris
    summit's run-up of November 2019, the Berlin and Minsk gas agreements of December 2019,
    the Victory Day truce declared in April 2025, the US-Ukraine minerals deal, the strike on
    Kyiv that hit the EU mission in August 2025: tests/fixtures/probe_events10, written blind in
    session 16): as first read (blind, at a2bc9d6), claims 0.986 / 0.912, speakers 42 of 54 (11
    wrong or spurious), merged 26/30, conflicts 3/6 (1 false), headlines 27/60; in session 16
    1.0 / 0.961, 47 of 55 (7), merged 26/30, conflicts 3/6 (0 false), headlines 29/60. A
    regression guard."""
    s = score(_copied(PROBE_EVENTS10, tmp_path), PROBE_EVENTS10)
    print("\nprobe events 10:", s)
    assert s["claims_recall"] >= 0.97 and s["claims_precision"] >= 0.94, s
    assert ratio(s["attribution"]) >= 0.82 and s["attribution_wrong"] <= 8, s
    assert ratio(s["merged"]) >= 0.85 and s["overmerged"] == 0 and s["false_conflicts"] <= 1, s
    assert ratio(s["conflicts"]) >= 0.5 and ratio(s["headlines"]) >= 0.45, s


PROBE_EVENTS11 = DEV.parent / "probe_events11"


def test_eleventh_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Sixteen probe articles of sixteen more outlets (Trump and Zelensky's first meeting in New
    York and the call's memorandum, September 2019; the NATO summit in The Hague, June 2025;
    Putin at the Valdai Club, October 2025; the EU's loan agreed overnight and Putin's Direct
    Line, December 2025; the third trilateral round in Geneva, February 2026:
    tests/fixtures/probe_events11, written blind in session 17): as first read (blind, at
    6ab4014), claims 0.945 / 0.917, speakers 38 of 54 (4 wrong or spurious), merged 27/28,
    conflicts 2/6, headlines 31/50; in session 17 1.0 / 0.985, 40 of 57 (3), merged 26/28,
    conflicts 2/6, headlines 31/50. A regression guard."""
    s = score(_copied(PROBE_EVENTS11, tmp_path), PROBE_EVENTS11)
    print("\nprobe events 11:", s)
    assert s["claims_recall"] >= 0.97 and s["claims_precision"] >= 0.96, s
    assert ratio(s["attribution"]) >= 0.65 and s["attribution_wrong"] <= 5, s
    assert ratio(s["merged"]) >= 0.85 and s["overmerged"] == 0 and s["false_conflicts"] <= 1, s
    assert ratio(s["conflicts"]) >= 0.3 and ratio(s["headlines"]) >= 0.55, s


PROBE_EVENTS12 = DEV.parent / "probe_events12"


def test_twelfth_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Sixteen probe articles of sixteen more outlets (Putin's passport decree and his summit
    with Kim, April 2019; Zelensky's inauguration, May 2019; Moscow's answers to Trump's 50-day
    ultimatum, July 2025; Independence Day with Carney in Kyiv, a swap and the Kursk plant
    fire, August 2025; Trump at Chequers, September 2025: tests/fixtures/probe_events12,
    written blind in session 18): as first read (blind, at e5dbc10), claims 0.96 / 0.947,
    speakers 43 of 63 (5 wrong or spurious), merged 22/23, conflicts 1/6, headlines 24/62; in
    session 18 0.976 / 0.977, 45 of 64 (2), merged 21/23, conflicts 2/6 (one false),
    headlines 26/63. A regression guard."""
    s = score(_copied(PROBE_EVENTS12, tmp_path), PROBE_EVENTS12)
    print("\nprobe events 12:", s)
    assert s["claims_recall"] >= 0.95 and s["claims_precision"] >= 0.95, s
    assert ratio(s["attribution"]) >= 0.65 and s["attribution_wrong"] <= 4, s
    assert ratio(s["merged"]) >= 0.85 and s["overmerged"] == 0 and s["false_conflicts"] <= 1, s
    assert ratio(s["conflicts"]) >= 0.15 and ratio(s["headlines"]) >= 0.38, s


PROBE_EVENTS13 = DEV.parent / "probe_events13"


def test_thirteenth_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Sixteen probe articles of sixteen more outlets (Lavrov at the White House the day after
    the Paris summit, December 2019; the first stages of the swap agreed in Istanbul and the
    night strike on Kyiv, June 2025; Trump's letter to NATO, the drone over Romania and the
    Kirishi refinery, September 2025; Kyiv's energy emergency and the Rada's appointments,
    January 2026; the US wanting a deal "by June", February 2026:
    tests/fixtures/probe_events13, written blind in session 18): as first read (blind, at
    87e5cb7), claims 0.94 / 0.941, speakers 39 of 44 (4 wrong or spurious), merged 23/26,
    conflicts 0/6, headlines 23/46; in session 18 0.974 / 0.975, 44 of 48 (3), merged 24/26,
    conflicts 0/6, headlines 22/46; in session 26, with merging's words stemmed, merged 22/26
    (Tuesday's report of the second stage of the swap joins its night strike, dated two ways).
    A regression guard."""
    s = score(_copied(PROBE_EVENTS13, tmp_path), PROBE_EVENTS13)
    print("\nprobe events 13:", s)
    assert s["claims_recall"] >= 0.95 and s["claims_precision"] >= 0.95, s
    assert ratio(s["attribution"]) >= 0.85 and s["attribution_wrong"] <= 4, s
    assert ratio(s["merged"]) >= 0.84 and s["overmerged"] <= 1 and s["false_conflicts"] <= 1, s
    assert ratio(s["headlines"]) >= 0.42, s


PROBE_EVENTS14 = DEV.parent / "probe_events14"


def test_fourteenth_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Sixteen probe articles of sixteen more outlets (Zelensky's "I don't trust anyone"
    interview before the Paris summit, December 2019; Trump calling Putin "absolutely CRAZY",
    May 2025; the day after the third Istanbul round, July 2025; the missile strike on the
    US-owned plant in Mukachevo and Lavrov with Jaishankar, August 2025; Davos before the first
    Abu Dhabi round, January 2026: tests/fixtures/probe_events14, written blind in session 19):
    as first read (blind, at 9104ab0), claims 0.975 / 0.937, speakers 40 of 51 (3 wrong or
    spurious), merged 25/26, conflicts 4/6 (one false), headlines 28/51; in session 19
    1.0 / 0.984, 43 of 51 (2), merged 25/26, conflicts 3/6 (one false), headlines 28/51. A
    regression guard."""
    s = score(_copied(PROBE_EVENTS14, tmp_path), PROBE_EVENTS14)
    print("\nprobe events 14:", s)
    assert s["claims_recall"] >= 0.97 and s["claims_precision"] >= 0.96, s
    assert ratio(s["attribution"]) >= 0.8 and s["attribution_wrong"] <= 3, s
    assert ratio(s["merged"]) >= 0.9 and s["overmerged"] == 0 and s["false_conflicts"] <= 1, s
    assert ratio(s["conflicts"]) >= 0.3 and ratio(s["headlines"]) >= 0.5, s


PROBE_EVENTS15 = DEV.parent / "probe_events15"


def test_fifteenth_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Sixteen probe articles of sixteen more outlets (Trump and Merz in the Oval Office and the
    night strike on Kyiv, June 2025; the G7 in Kananaskis and the strike that killed 28, June
    2025; the record 728-drone night and the Pope receiving Zelensky, July 2025; Trump's "could
    have been a mistake" about the drones over Poland, September 2025; the fourth anniversary
    of the invasion, February 2026: tests/fixtures/probe_events15, written blind in session
    19): as first read (blind, at 63087c8), claims 0.95 / 0.961, speakers 42 of 48 (3 wrong or
    spurious), merged 22/26, conflicts 1/6 (one false), headlines 27/39; in session 19
    0.98 / 1.0, 44 of 50 (2), merged 24/26, conflicts 1/6, headlines 27/39. A regression
    guard."""
    s = score(_copied(PROBE_EVENTS15, tmp_path), PROBE_EVENTS15)
    print("\nprobe events 15:", s)
    assert s["claims_recall"] >= 0.96 and s["claims_precision"] >= 0.97, s
    assert ratio(s["attribution"]) >= 0.8 and s["attribution_wrong"] <= 3, s
    assert ratio(s["merged"]) >= 0.85 and s["overmerged"] == 0 and s["false_conflicts"] <= 1, s
    assert ratio(s["headlines"]) >= 0.6, s


PROBE_EVENTS16 = DEV.parent / "probe_events16"


def test_sixteenth_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Sixteen probe articles of sixteen more outlets (the EU summit rolling over the sanctions
    after Paris, December 2019; Putin's birthday call to Trump, June 2025; Lavrov in Wonsan and
    Trump's Patriots, July 2025; the eve of the Anchorage summit, August 2025; the day after
    the first Abu Dhabi round, January 2026: tests/fixtures/probe_events16, written blind in
    session 19): as first read (blind, at e41a6df), claims 0.95 / 0.95, speakers 30 of 39 (2
    wrong or spurious), merged 15/16, conflicts 3/6 (one false), headlines 22/48; in session 19
    0.95 / 0.97, 31 of 39 (1), merged 15/16, conflicts 3/6 (one false), headlines 20/48. A
    regression guard."""
    s = score(_copied(PROBE_EVENTS16, tmp_path), PROBE_EVENTS16)
    print("\nprobe events 16:", s)
    assert s["claims_recall"] >= 0.93 and s["claims_precision"] >= 0.95, s
    assert ratio(s["attribution"]) >= 0.7 and s["attribution_wrong"] <= 3, s
    assert ratio(s["merged"]) >= 0.85 and s["overmerged"] == 0 and s["false_conflicts"] <= 1, s
    assert ratio(s["conflicts"]) >= 0.3 and ratio(s["headlines"]) >= 0.35, s


PROBE_EVENTS17 = DEV.parent / "probe_events17"


def test_seventeenth_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Sixteen probe articles of sixteen more outlets, three of them in Russian or German
    (Trump in Riyadh and Zelensky waiting for Putin in Türkiye, May 2025; the Kharkiv strike
    and the bodies returned, June 2025; Trump's "feel-out meeting" and the 26 EU leaders'
    declaration, August 2025; the second Abu Dhabi round announced for a Sunday, January 2026:
    tests/fixtures/probe_events17, written blind in session 19): as first read (blind, at
    ada7629), claims 0.759 / 0.887, speakers 33 of 41 (3 wrong or spurious), merged 10/19,
    conflicts 1/5, headlines 19/30; in session 19 0.782 / 0.929, 34 of 42 (3), merged 11/19,
    conflicts 1/5, headlines 19/30. The articles not in English are read with the English
    bundle (the only one: generator/lang/), and most of their dates are missed. A regression
    guard."""
    s = score(_copied(PROBE_EVENTS17, tmp_path), PROBE_EVENTS17)
    print("\nprobe events 17:", s)
    assert s["claims_recall"] >= 0.75 and s["claims_precision"] >= 0.9, s
    assert ratio(s["attribution"]) >= 0.75 and s["attribution_wrong"] <= 4, s
    assert ratio(s["merged"]) >= 0.5 and s["overmerged"] == 0 and s["false_conflicts"] <= 1, s
    assert ratio(s["headlines"]) >= 0.55, s


PROBE_EVENTS18 = DEV.parent / "probe_events18"


def test_eighteenth_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Sixteen probe articles of sixteen more outlets, six of them in Ukrainian, Russian or
    German (the Rada dismissing Shmyhal's government and Trump's "he shouldn't target Moscow",
    July 2025; Vance's "done with the funding", August 2025; the day after the Oreshnik strike
    and the Miami talks, January 2026; the Munich Security Conference opening, February 2026:
    tests/fixtures/probe_events18, written blind in session 20): as first read (blind, at
    e8b7204), claims 0.726 / 0.957, speakers 33 of 40 (4 wrong or spurious), merged 11/23,
    conflicts 1/5, headlines 19/31; in session 20 0.747 / 0.986, 34 of 41 (4), merged 13/23,
    conflicts 1/5, headlines 20/31. Most of what is missed is in the articles not in English
    (the English bundle is the only one). A regression guard."""
    s = score(_copied(PROBE_EVENTS18, tmp_path), PROBE_EVENTS18)
    print("\nprobe events 18:", s)
    assert s["claims_recall"] >= 0.72 and s["claims_precision"] >= 0.95, s
    assert ratio(s["attribution"]) >= 0.75 and s["attribution_wrong"] <= 4, s
    assert ratio(s["merged"]) >= 0.5 and s["overmerged"] == 0 and s["false_conflicts"] <= 1, s
    assert ratio(s["headlines"]) >= 0.55, s


PROBE_EVENTS19 = DEV.parent / "probe_events19"


def test_nineteenth_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Sixteen probe articles of sixteen more outlets, eight of them in Russian, Ukrainian or
    German (Zelensky's runoff win and Trump's call, April 2019; the memorandum quarrel before
    the second Istanbul round, Russia's claimed advance into Dnipropetrovsk region and Putin at
    the St Petersburg forum, May-June 2025; the 537-weapon night strike and the Ottawa-treaty
    decree, June 2025: tests/fixtures/probe_events19, written blind in session 20): as first
    read (blind, at e8b7204), claims 0.619 / 0.861, speakers 13 of 26 (2 wrong or spurious),
    merged 4/13, conflicts 2/5, headlines 12/24; in session 20 0.635 / 0.914, 16 of 27 (0),
    merged 4/13, conflicts 2/5, headlines 12/24. Most of what is missed is in the articles not
    in English. In session 39 (hostile32) a sentence opening on a Cyrillic capital became a
    sentence of its own, as any script's: three Russian sentences whose dates the English
    tagger cannot read ("в понедельник, 22 апреля") had been claims of their report's day only
    as part of the lead sentence they were read into: claims 0.635 -> 0.587. A regression
    guard."""
    s = score(_copied(PROBE_EVENTS19, tmp_path), PROBE_EVENTS19)
    print("\nprobe events 19:", s)
    assert s["claims_recall"] >= 0.55 and s["claims_precision"] >= 0.88, s
    assert ratio(s["attribution"]) >= 0.55 and s["attribution_wrong"] <= 2, s
    assert ratio(s["merged"]) >= 0.3 and s["overmerged"] == 0 and s["false_conflicts"] <= 1, s
    assert ratio(s["conflicts"]) >= 0.4 and ratio(s["headlines"]) >= 0.45, s


PROBE_EVENTS20 = DEV.parent / "probe_events20"


def test_twentieth_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Sixteen English probe articles of sixteen more outlets, 250-300 words each like the dev
    corpus (Zelensky's 14-hour press conference and the Giuliani associates' arrest, October
    2019; Putin's "red lines" address and the Navalny rallies, April 2021; Zelensky before the
    US Congress and the Mariupol theatre, and the eve of the Istanbul round, March 2022; Putin's
    "security buffer zone", May 2025: tests/fixtures/probe_events20, written blind in session
    21): as first read (blind, at 3b1d1ab), claims 0.937 / 0.936, speakers 54 of 74 (11 wrong
    or spurious), merged 18/19, conflicts 2/5 (1 false), headlines 19/42; at the end of session
    21 0.96 / 0.96, 57 of 77 (9), merged 18/19, conflicts 2/5 (0 false), headlines 19/43. A
    regression guard. (Headlines 18/43 -> 16/43 in session 24, when a report's lead came to
    title its event: one event holds seven happenings of the live blog's 16-17 March, and its
    title now tells the blog's lead, the Mariupol theatre, not Zelensky's address to Congress;
    a blind desk read of the 75 titles the rule changed preferred it 44 to 27.)"""
    s = score(_copied(PROBE_EVENTS20, tmp_path), PROBE_EVENTS20)
    print("\nprobe events 20:", s)
    assert s["claims_recall"] >= 0.92 and s["claims_precision"] >= 0.92, s
    assert ratio(s["attribution"]) >= 0.7 and s["attribution_wrong"] <= 12, s
    assert ratio(s["merged"]) >= 0.9 and s["overmerged"] == 0 and s["false_conflicts"] <= 1, s
    assert ratio(s["conflicts"]) >= 0.4 and ratio(s["headlines"]) >= 0.36, s


PROBE_EVENTS21 = DEV.parent / "probe_events21"


def test_twenty_first_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Sixteen English probe articles of sixteen more outlets, 250-370 words each (the Kremlin's
    "only at the final stage" before the third Istanbul round, July 2025; the Sochi depot fire
    and Witkoff's trip, August 2025; the security advisers in Kyiv, "90 percent ready", January
    2026; the delegation off to Miami after a night strike on the grid, January 2026; the FT's
    report of elections and Zelensky's "only after a ceasefire", February 2026:
    tests/fixtures/probe_events21, written blind in session 21): as first read (blind, at
    3b1d1ab), claims 0.975 / 0.967, speakers 72 of 76 (4 wrong or spurious), merged 28/30,
    conflicts 1/6 (2 false), headlines 25/35; at the end of session 21 0.983 / 0.983, 73 of 76
    (3), merged 28/30, conflicts 1/6 (2 false), headlines 24/35; in session 26, with two days
    ahead no longer read as one plan moved unless a move is told, merged 30/30 and headlines
    23/36 (one more happening matched, by an event whose title names another). In session 40
    headlines 24/36 -> 20/36 with the titles better: a country's ministry whose name leaves the
    words no room speaks as the country, as the gold's own headlines write it ("Russia says its
    air defenses destroyed 74 Ukrainian drones overnight" for the gold's "Russia says it
    destroyed 74 Ukrainian drones overnight"; it was "Russia's Defense Ministry says its air
    defenses destroyed 74"), while the gold's actors name the ministry only, whose name the
    scorer looks for. A regression guard."""
    s = score(_copied(PROBE_EVENTS21, tmp_path), PROBE_EVENTS21)
    print("\nprobe events 21:", s)
    assert s["claims_recall"] >= 0.95 and s["claims_precision"] >= 0.95, s
    assert ratio(s["attribution"]) >= 0.9 and s["attribution_wrong"] <= 5, s
    assert ratio(s["merged"]) >= 0.9 and s["overmerged"] == 0 and s["false_conflicts"] <= 2, s
    assert ratio(s["conflicts"]) >= 0.15 and ratio(s["headlines"]) >= 0.55, s


PROBE_EVENTS22 = DEV.parent / "probe_events22"


def test_twenty_second_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Sixteen English probe articles of sixteen more outlets, 270-380 words each (Zelensky
    meets Macron in Paris, June 2019; Zelensky's call to Putin after four marines were killed,
    August 2019; the eve of the Paris summit and the OSCE ministerial in Bratislava, December
    2019; the London summit, March 2025; the Kremlin's delegation for Istanbul, May 2025:
    tests/fixtures/probe_events22, written blind in session 22): as first read (blind, at
    750b77c), claims 0.946 / 0.966, speakers 58 of 68 (6 wrong or spurious), merged 27/33,
    conflicts 0/5 (1 false), headlines 24/50; at the end of session 22 0.973 / 0.98, 64 of 71
    (3), merged 30/33, conflicts 0/5 (1 false), headlines 25/50. A regression guard."""
    s = score(_copied(PROBE_EVENTS22, tmp_path), PROBE_EVENTS22)
    print("\nprobe events 22:", s)
    assert s["claims_recall"] >= 0.95 and s["claims_precision"] >= 0.95, s
    assert ratio(s["attribution"]) >= 0.85 and s["attribution_wrong"] <= 5, s
    assert ratio(s["merged"]) >= 0.85 and s["overmerged"] == 0 and s["false_conflicts"] <= 1, s
    assert ratio(s["headlines"]) >= 0.46, s


PROBE_EVENTS23 = DEV.parent / "probe_events23"


def test_twenty_third_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Sixteen English probe articles of sixteen more outlets, 260-410 words each (Trump's
    tariff on India and the Kamchatka earthquake, July 2025; Zelensky with the Pope and Meloni,
    "ready for elections", December 2025; the Florida meeting announced and a night strike on
    Kyiv, December 2025; the Kremlin waiting for a Miami briefing, January 2026; Ushakov's "no
    invitation to Miami", February 2026: tests/fixtures/probe_events23, written blind in session
    22): as first read (blind, at 750b77c), claims 0.969 / 0.955, speakers 59 of 66 (8 wrong or
    spurious), merged 29/32, conflicts 0/6 (1 false), headlines 19/44; at the end of session 22
    1.0 / 0.977, 62 of 67 (6), merged 31/32, conflicts 1/6 (1 false), headlines 20/45. A
    regression guard."""
    s = score(_copied(PROBE_EVENTS23, tmp_path), PROBE_EVENTS23)
    print("\nprobe events 23:", s)
    assert s["claims_recall"] >= 0.97 and s["claims_precision"] >= 0.95, s
    assert ratio(s["attribution"]) >= 0.88 and s["attribution_wrong"] <= 8, s
    assert ratio(s["merged"]) >= 0.9 and s["overmerged"] == 0 and s["false_conflicts"] <= 1, s
    assert ratio(s["conflicts"]) >= 0.15 and ratio(s["headlines"]) >= 0.42, s


PROBE_EVENTS24 = DEV.parent / "probe_events24"


def test_twenty_fourth_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Sixteen English probe articles of sixteen more outlets (A-M), 250-320 words each (Putin:
    Zelensky may negotiate but cannot sign, January 2025; Zelensky ready to talk to Putin
    directly and the Kremlin's "empty words", February 2025; Zelensky offers to step down for
    peace or NATO, February 2025; Trump weighs bank sanctions after a night strike on the grid,
    March 2025; Trump "pissed off" with Putin and the Kremlin "open to contacts", March 2025: tests/fixtures/probe_events24, written blind in session 23):
    as first read (blind, at 1183a39), claims 0.957 / 0.949, speakers 71 of 76 (4 wrong or
    spurious), merged 23/26, conflicts 1/5 (2 false), headlines 17/24. A regression guard."""
    s = score(_copied(PROBE_EVENTS24, tmp_path), PROBE_EVENTS24)
    print("\nprobe events 24:", s)
    assert s["claims_recall"] >= 0.95 and s["claims_precision"] >= 0.94, s
    assert ratio(s["attribution"]) >= 0.9 and s["attribution_wrong"] <= 5, s
    assert ratio(s["merged"]) >= 0.85 and s["overmerged"] == 0 and s["false_conflicts"] <= 2, s
    assert ratio(s["conflicts"]) >= 0.2 and ratio(s["headlines"]) >= 0.66, s


PROBE_EVENTS25 = DEV.parent / "probe_events25"


def test_twenty_fifth_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Sixteen English probe articles of sixteen more outlets (N-Z), 250-330 words each (Putin
    tells Aliyev Russian missiles downed the Azerbaijan Airlines jet, October 2025; Trump's
    Tomahawk warning, October 2025; Poseidon and Trump's order to resume nuclear testing before
    Busan, October 2025; Zelensky's Donbas "free economic zone", December 2025; the CIA on the
    Valdai residence and the New Year addresses, December 2025: tests/fixtures/probe_events25,
    written blind in session 23): as first read (blind, at 1183a39), claims 0.965 / 0.938,
    speakers 71 of 85 (8 wrong or spurious), merged 29/31 (1 over-merged), conflicts 3/5 (3
    false), headlines 24/41. A regression guard."""
    s = score(_copied(PROBE_EVENTS25, tmp_path), PROBE_EVENTS25)
    print("\nprobe events 25:", s)
    assert s["claims_recall"] >= 0.96 and s["claims_precision"] >= 0.93, s
    assert ratio(s["attribution"]) >= 0.8 and s["attribution_wrong"] <= 8, s
    assert ratio(s["merged"]) >= 0.9 and s["overmerged"] <= 1 and s["false_conflicts"] <= 3, s
    assert ratio(s["conflicts"]) >= 0.4 and ratio(s["headlines"]) >= 0.55, s


PROBE_EVENTS26 = DEV.parent / "probe_events26"


def test_twenty_sixth_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Sixteen English probe articles of sixteen more outlets (A-M), 250-340 words each (the
    Putin-Zelensky call and the Donbas ceasefire, July 2020; Medvedev's Kommersant article and
    Putin's "what's the point?", October 2021; the Biden-Putin video call, December 2021; the
    recognition of Donetsk and Luhansk, February 2022; Zelensky's CNN interview and Knesset
    address, March 2022: tests/fixtures/probe_events26, written blind in session 24): as first
    read (blind, at 3e8ec0f), claims 0.961 / 0.919, speakers 61 of 80 (5 wrong or spurious),
    merged 27/28, conflicts 3/7 (1 false), headlines 26/47. A regression guard."""
    s = score(_copied(PROBE_EVENTS26, tmp_path), PROBE_EVENTS26)
    print("\nprobe events 26:", s)
    assert s["claims_recall"] >= 0.95 and s["claims_precision"] >= 0.91, s
    assert ratio(s["attribution"]) >= 0.75 and s["attribution_wrong"] <= 6, s
    assert ratio(s["merged"]) >= 0.9 and s["overmerged"] == 0 and s["false_conflicts"] <= 1, s
    assert ratio(s["conflicts"]) >= 0.4 and ratio(s["headlines"]) >= 0.5, s


PROBE_EVENTS27 = DEV.parent / "probe_events27"


def test_twenty_seventh_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Sixteen English probe articles of sixteen more outlets (N-Z), 250-330 words each
    (Erdogan offers to broker a meeting in Lviv, August 2022; the annexation of four regions
    and Ukraine's NATO bid, September 2022; Zelensky's peace plan at the Bali G20 and
    Przewodów, November 2022; Putin on Zelensky's "ended" legitimacy in Minsk, May 2024; the
    Direct Line, December 2024: tests/fixtures/probe_events27, written blind in session 24):
    as first read (blind, at 3e8ec0f), claims 0.937 / 0.945, speakers 57 of 63 (2 wrong or
    spurious), merged 20/24, conflicts 1/5 (2 false), headlines 29/47. A regression guard.
    (False disagreements 3 since session 25: Zelensky's reply "early on Friday" / "last
    night" is one night told apart, shown on both its events, and the scorer counts the one
    holding a single gold source as false.)"""
    s = score(_copied(PROBE_EVENTS27, tmp_path), PROBE_EVENTS27)
    print("\nprobe events 27:", s)
    assert s["claims_recall"] >= 0.93 and s["claims_precision"] >= 0.94, s
    assert ratio(s["attribution"]) >= 0.88 and s["attribution_wrong"] <= 3, s
    assert ratio(s["merged"]) >= 0.8 and s["overmerged"] == 0 and s["false_conflicts"] <= 3, s
    assert ratio(s["conflicts"]) >= 0.2 and ratio(s["headlines"]) >= 0.6, s


PROBE_EVENTS28 = DEV.parent / "probe_events28"


def test_twenty_eighth_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Sixteen English probe articles of sixteen more outlets (A-M), 250-315 words each
    (Switzerland agrees to host a peace summit, Davos, January 2024; the Kursk incursion,
    August 2024; Putin and Erdogan in Sochi and the Izmail strike, September 2023; the Jeddah
    talks, August 2023; the victory plan and Biden in Berlin, October 2024:
    tests/fixtures/probe_events28, written blind in session 24): as first read (blind, at
    61cc315), claims 0.95 / 0.943, speakers 55 of 71 (3 wrong or spurious), merged 31/33,
    conflicts 1/7 (0 false), headlines 29/52. A regression guard."""
    s = score(_copied(PROBE_EVENTS28, tmp_path), PROBE_EVENTS28)
    print("\nprobe events 28:", s)
    assert s["claims_recall"] >= 0.94 and s["claims_precision"] >= 0.93, s
    assert ratio(s["attribution"]) >= 0.75 and s["attribution_wrong"] <= 4, s
    assert ratio(s["merged"]) >= 0.9 and s["overmerged"] == 0 and s["false_conflicts"] <= 1, s
    assert ratio(s["conflicts"]) >= 0.14 and ratio(s["headlines"]) >= 0.5, s


PROBE_EVENTS29 = DEV.parent / "probe_events29"


def test_twenty_ninth_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Sixteen English probe articles of sixteen more outlets (N-Z), 250-305 words each (Xi in
    Moscow and Kishida in Kyiv, March 2023; the African peace mission, June 2023; Zelensky at
    the UN, September 2023; the Carlson interview and Zaluzhnyi's dismissal, February 2024; the
    Scholz-Putin call and the 17 November strike, November 2024: tests/fixtures/probe_events29,
    written blind in session 24): as first read (blind, at 61cc315), claims 0.946 / 0.952,
    speakers 52 of 58 (8 wrong or spurious), merged 23/30 (1 over-merged), conflicts 2/6 (2
    false), headlines 23/46. A regression guard."""
    s = score(_copied(PROBE_EVENTS29, tmp_path), PROBE_EVENTS29)
    print("\nprobe events 29:", s)
    assert s["claims_recall"] >= 0.94 and s["claims_precision"] >= 0.94, s
    assert ratio(s["attribution"]) >= 0.85 and s["attribution_wrong"] <= 8, s
    assert ratio(s["merged"]) >= 0.73 and s["overmerged"] <= 1 and s["false_conflicts"] <= 2, s
    assert ratio(s["conflicts"]) >= 0.3 and ratio(s["headlines"]) >= 0.48, s


PROBE_EVENTS30 = DEV.parent / "probe_events30"


def test_thirtieth_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Sixteen English probe articles of sixteen more outlets (A-M), 241-319 words each
    (Zelensky's press marathon and coup-plot claim, November 2021; the EU's accession decision
    and Putin's year-end press conference, December 2023; Putin's re-election, March 2024;
    Zelensky at the Shangri-La Dialogue, June 2024; Zelensky in New York, September 2024:
    tests/fixtures/probe_events30, written blind in session 25): as first read (blind, at
    17685f6), claims 0.929 / 0.938, speakers 49 of 53 (3 wrong or spurious), merged 19/20,
    conflicts 3/5 (3 false), headlines 29/47. Session 25's rules came partly from its failures
    (now 0.949 / 0.959, 51 of 55, conflicts 4/5). A regression guard."""
    s = score(_copied(PROBE_EVENTS30, tmp_path), PROBE_EVENTS30)
    print("\nprobe events 30:", s)
    assert s["claims_recall"] >= 0.94 and s["claims_precision"] >= 0.95, s
    assert ratio(s["attribution"]) >= 0.9 and s["attribution_wrong"] <= 3, s
    assert ratio(s["merged"]) >= 0.9 and s["overmerged"] == 0 and s["false_conflicts"] <= 3, s
    assert ratio(s["conflicts"]) >= 0.6 and ratio(s["headlines"]) >= 0.6, s


PROBE_EVENTS31 = DEV.parent / "probe_events31"


def test_thirty_first_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Sixteen English probe articles of sixteen more outlets (N-Z), 264-344 words each (Putin
    at the Valdai Club, October 2021; the coup-plot claim, November 2021; Erdogan's ceasefire
    call and Putin's Orthodox Christmas truce, January 2023; Bennett's interview, February
    2023; Zelensky in Munich as Avdiivka falls, February 2024: tests/fixtures/probe_events31,
    written blind in session 25): as first read (blind, at 17685f6), claims 0.934 / 0.86,
    speakers 51 of 65 (7 wrong or spurious), merged 29/31, conflicts 3/6 (1 false), headlines
    20/37. Session 25's rules came partly from its failures (now 0.95 / 0.91, 60 of 65). A
    regression guard. (Conflicts 3/6 until session 35: one of them was shown by a misread day,
    the Saturday of a truce "from noon on Friday to midnight on Saturday" read as the Saturday
    before, which put a second version on Putin's order; read as the span it is, 2/6.)"""
    s = score(_copied(PROBE_EVENTS31, tmp_path), PROBE_EVENTS31)
    print("\nprobe events 31:", s)
    assert s["claims_recall"] >= 0.94 and s["claims_precision"] >= 0.89, s
    assert ratio(s["attribution"]) >= 0.9 and s["attribution_wrong"] <= 4, s
    assert ratio(s["merged"]) >= 0.9 and s["overmerged"] == 0 and s["false_conflicts"] <= 1, s
    assert ratio(s["conflicts"]) >= 0.33 and ratio(s["headlines"]) >= 0.5, s


PROBE_EVENTS32 = DEV.parent / "probe_events32"


def test_thirty_second_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Sixteen English probe articles of sixteen more outlets (A-M), 250-335 words each
    (Zelensky and Modi at the Hiroshima G7, May 2023; Orbán in Kyiv and Moscow, July 2024; Modi
    in Moscow on the day of the Okhmatdyt strike, July 2024; Modi in Kyiv, August 2024:
    tests/fixtures/probe_events32, written blind in session 25): as first read (blind, at
    1cbada0), claims 0.978 / 0.931, speakers 53 of 67 (5 wrong or spurious), merged 19/21,
    conflicts 2/4 (2 false), headlines 30/49. A regression guard."""
    s = score(_copied(PROBE_EVENTS32, tmp_path), PROBE_EVENTS32)
    print("\nprobe events 32:", s)
    assert s["claims_recall"] >= 0.97 and s["claims_precision"] >= 0.94, s
    assert ratio(s["attribution"]) >= 0.78 and s["attribution_wrong"] <= 5, s
    assert ratio(s["merged"]) >= 0.9 and s["overmerged"] == 0 and s["false_conflicts"] <= 2, s
    assert ratio(s["conflicts"]) >= 0.5 and ratio(s["headlines"]) >= 0.58, s


PROBE_EVENTS33 = DEV.parent / "probe_events33"


def test_thirty_third_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Sixteen English probe articles of sixteen more outlets (N-Z), 250-332 words each (Xi's
    first call with Zelensky, April 2023; the Vilnius NATO summit, July 2023; Switzerland sets
    the Bürgenstock date, April 2024; Orbán's Christmas-ceasefire call, December 2024; Trump at
    Davos and Putin's reply, January 2025: tests/fixtures/probe_events33, written blind in
    session 25): as first read (blind, at 1cbada0), claims 0.95 / 0.911, speakers 67 of 92 (8
    wrong or spurious), merged 25/26, conflicts 4/5 (0 false), headlines 28/56. A regression
    guard. (False disagreements 2 since: Erdogan's statement dated Friday and Saturday by two
    outlets, which the gold does not mark; and the Davos meeting of 14 January joined to the
    Bern visit of the 15th through the "January" now read as 2024. Headlines 28 -> 24 in session
    28: one event lumping five gold happenings of the Vilnius summit's day lost the place its
    old title named by chance, "Biden uses a speech at Vilnius University to warn that Putin was
    betting on West" -> "Biden warns Putin is betting on the West losing interest".)"""
    s = score(_copied(PROBE_EVENTS33, tmp_path), PROBE_EVENTS33)
    print("\nprobe events 33:", s)
    assert s["claims_recall"] >= 0.95 and s["claims_precision"] >= 0.91, s
    assert ratio(s["attribution"]) >= 0.78 and s["attribution_wrong"] <= 8, s
    assert ratio(s["merged"]) >= 0.9 and s["overmerged"] == 0 and s["false_conflicts"] <= 2, s
    assert ratio(s["conflicts"]) >= 0.6 and ratio(s["headlines"]) >= 0.42, s


PROBE_EVENTS34 = DEV.parent / "probe_events34"


def test_thirty_fourth_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Sixteen English probe articles of sixteen more outlets (A-M), 254-293 words each (the
    Kremlin's Minsk offer after Zelensky's appeal, February 2022; Putin's "dead end" at
    Vostochny, April 2022; Zelensky in Washington and Putin's first "war", December 2022;
    Valdai on the day of the Hroza strike, October 2023; Putin's year-end news conference,
    December 2021: tests/fixtures/probe_events34, written blind in session 26): as first read
    (blind, at 4ac8e47), claims 0.965 / 0.974, speakers 60 of 73 (6 wrong or spurious),
    merged 16/21, conflicts 1/4 (1 false), headlines 25/56. A regression guard."""
    s = score(_copied(PROBE_EVENTS34, tmp_path), PROBE_EVENTS34)
    print("\nprobe events 34:", s)
    assert s["claims_recall"] >= 0.98 and s["claims_precision"] >= 0.97, s
    assert ratio(s["attribution"]) >= 0.84 and s["attribution_wrong"] <= 3, s
    assert ratio(s["merged"]) >= 0.8 and s["overmerged"] == 0 and s["false_conflicts"] <= 1, s
    assert ratio(s["conflicts"]) >= 0.25 and ratio(s["headlines"]) >= 0.42, s


PROBE_EVENTS35 = DEV.parent / "probe_events35"


def test_thirty_fifth_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Sixteen English probe articles of sixteen more outlets (N-Z), 250-300 words each
    (Putin's year-end news conference, December 2021; the Biden-Putin call and Biden's call to
    Zelensky, December 2021 - January 2022; Macron in the Kremlin then Kyiv, February 2022;
    Zelensky's "I am proposing a meeting" in Munich, February 2022; Zelensky's White House
    visit moved from 30 August to 1 September 2021: tests/fixtures/probe_events35, written
    blind in session 26): as first read (blind, at 4ac8e47), claims 0.926 / 0.887, speakers 55
    of 64 (1 wrong or spurious), merged 20/22, conflicts 2/5 (1 false), headlines 16/30. A
    regression guard."""
    s = score(_copied(PROBE_EVENTS35, tmp_path), PROBE_EVENTS35)
    print("\nprobe events 35:", s)
    assert s["claims_recall"] >= 0.96 and s["claims_precision"] >= 0.94, s
    assert ratio(s["attribution"]) >= 0.83 and s["attribution_wrong"] <= 1, s
    assert ratio(s["merged"]) >= 0.85 and s["overmerged"] == 0 and s["false_conflicts"] <= 1, s
    assert ratio(s["conflicts"]) >= 0.4 and ratio(s["headlines"]) >= 0.53, s


PROBE_EVENTS36 = DEV.parent / "probe_events36"


def test_thirty_sixth_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Sixteen English probe articles of sixteen more outlets (A-M), 243-311 words each (the
    April 2021 war scare: Kozak's warning, Erdogan hosts Zelensky; Zelensky in Bucha and
    Medinsky's reply, April 2022; Zaluzhny's "stalemate" essay and the denials, November 2023;
    Zelensky's call for Russia at a second summit, July 2024; Kuleba meets Wang Yi in
    Guangzhou, July 2024: tests/fixtures/probe_events36, written blind in session 27): as
    first read (blind, at ef2dfbc), claims 0.964 / 0.957, speakers 69 of 86 (4 wrong or
    spurious), merged 26/29, conflicts 3/6, headlines 23/49. A regression guard."""
    s = score(_copied(PROBE_EVENTS36, tmp_path), PROBE_EVENTS36)
    print("\nprobe events 36:", s)
    assert s["claims_recall"] >= 0.98 and s["claims_precision"] >= 0.97, s
    assert ratio(s["attribution"]) >= 0.78 and s["attribution_wrong"] <= 4, s
    assert ratio(s["merged"]) >= 0.85 and s["overmerged"] == 0 and s["false_conflicts"] <= 1, s
    assert ratio(s["conflicts"]) >= 0.45 and ratio(s["headlines"]) >= 0.48, s


PROBE_EVENTS37 = DEV.parent / "probe_events37"


def test_thirty_seventh_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Sixteen English probe articles of sixteen more outlets (N-Z), about 250-330 words each
    (Zelensky leads the first round, March 2019; the Azovstal evacuation and talks "on hold",
    May 2022; the Independence Day speech and the Chaplyne strike, August 2022; the Malta
    meeting on the peace formula, October 2023; Putin in Vladivostok and Kuleba replaced,
    September 2024: tests/fixtures/probe_events37, written blind in session 27): as first read
    (blind, at ef2dfbc), claims 0.969 / 0.962, speakers 55 of 63 (6 wrong or spurious),
    merged 24/29, conflicts 2/6, headlines 22/47. A regression guard."""
    s = score(_copied(PROBE_EVENTS37, tmp_path), PROBE_EVENTS37)
    print("\nprobe events 37:", s)
    assert s["claims_recall"] >= 0.96 and s["claims_precision"] >= 0.96, s
    assert ratio(s["attribution"]) >= 0.85 and s["attribution_wrong"] <= 7, s
    assert ratio(s["merged"]) >= 0.82 and s["overmerged"] == 0 and s["false_conflicts"] <= 1, s
    assert ratio(s["conflicts"]) >= 0.3 and ratio(s["headlines"]) >= 0.45, s


PROBE_EVENTS38 = DEV.parent / "probe_events38"


def test_thirty_eighth_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Sixteen English probe articles of sixteen more outlets (A-M), 245-330 words each (the
    ICC warrant for Putin, March 2023; Putin on the African peace plan, July 2023; Putin to run
    for a fifth term, December 2023; Putin's inauguration and the SBU's reported plot, May
    2024; Zelensky's Lex Fridman interview, January 2025: tests/fixtures/probe_events38,
    written blind in session 27, after most of that session's rules): as first read (blind, at
    5a6d644), claims 0.970 / 0.948, speakers 67 of 74 (4 wrong or spurious), merged 23/30,
    conflicts 1/5 (1 false), headlines 24/43. A regression guard."""
    s = score(_copied(PROBE_EVENTS38, tmp_path), PROBE_EVENTS38)
    print("\nprobe events 38:", s)
    assert s["claims_recall"] >= 0.98 and s["claims_precision"] >= 0.96, s
    assert ratio(s["attribution"]) >= 0.86 and s["attribution_wrong"] <= 4, s
    assert ratio(s["merged"]) >= 0.73 and s["overmerged"] == 0 and s["false_conflicts"] <= 1, s
    assert ratio(s["conflicts"]) >= 0.2 and ratio(s["headlines"]) >= 0.53, s


PROBE_EVENTS39 = DEV.parent / "probe_events39"


def test_thirty_ninth_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Sixteen English probe articles of sixteen more outlets (N-Z), 253-359 words each (the
    Shefir shooting and Zelensky's UN speech, September 2021; Biden's "minor incursion" and
    Blinken in Kyiv, January 2022; Blinken and Lavrov in Geneva; the Biden-Zelensky call and
    "no panic", January 2022; the Saky air base blasts, August 2022:
    tests/fixtures/probe_events39, written blind in session 27, after most of that session's
    rules): as first read (blind, at 5a6d644), claims 0.971 / 0.979, speakers 54 of 69 (3 wrong
    or spurious), merged 26/27, conflicts 3/4 (2 false), headlines 20/44. A regression guard."""
    s = score(_copied(PROBE_EVENTS39, tmp_path), PROBE_EVENTS39)
    print("\nprobe events 39:", s)
    assert s["claims_recall"] >= 0.97 and s["claims_precision"] >= 0.98, s
    assert ratio(s["attribution"]) >= 0.77 and s["attribution_wrong"] <= 3, s
    assert ratio(s["merged"]) >= 0.92 and s["overmerged"] == 0 and s["false_conflicts"] <= 2, s
    assert ratio(s["conflicts"]) >= 0.7 and ratio(s["headlines"]) >= 0.45, s


PROBE_EVENTS40 = DEV.parent / "probe_events40"


def test_fortieth_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Sixteen English probe articles of sixteen more outlets (A-M), 250-600 words each
    (Zelensky, Macron and Scholz on a Normandy summit and Russia's draft treaties, December
    2021; Zelensky's Davos "not sure Putin is alive", January 2023; the Kakhovka dam and
    Erdogan's offer of a commission, June 2023; the G20 New Delhi declaration, September
    2023; Putin at the virtual G20, November 2023: tests/fixtures/probe_events40, written
    blind in session 28): as first read (blind, at 37e1920), claims 0.973 / 0.901, speakers 47
    of 52 (1 wrong or spurious), merged 24/26, conflicts 3/5 (1 false), headlines 22/39. A
    regression guard."""
    s = score(_copied(PROBE_EVENTS40, tmp_path), PROBE_EVENTS40)
    print("\nprobe events 40:", s)
    assert s["claims_recall"] >= 0.98 and s["claims_precision"] >= 0.95, s
    assert ratio(s["attribution"]) >= 0.9 and s["attribution_wrong"] <= 1, s
    assert ratio(s["merged"]) >= 0.9 and s["overmerged"] == 0 and s["false_conflicts"] <= 1, s
    assert ratio(s["conflicts"]) >= 0.6 and ratio(s["headlines"]) >= 0.58, s


PROBE_EVENTS41 = DEV.parent / "probe_events41"


def test_forty_first_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Sixteen English probe articles of sixteen more outlets (N-Z), 285-355 words each (Putin
    in Tashkent on Zelensky's legitimacy, May 2024; the Putin-Kim treaty in Pyongyang and
    Putin in Hanoi, June 2024; Guterres in Kazan, October 2024; Trump, Macron and Zelensky at
    the Elysee and Trump's ceasefire post, December 2024; Trump's "Putin wants to meet" and
    the Kremlin's reply, January 2025: tests/fixtures/probe_events41, written blind in session
    28): as first read (blind, at 37e1920), claims 0.979 / 0.973, speakers 52 of 63 (10 wrong
    or spurious), merged 29/32, conflicts 1/7 (no false), headlines 26/50. A regression
    guard."""
    s = score(_copied(PROBE_EVENTS41, tmp_path), PROBE_EVENTS41)
    print("\nprobe events 41:", s)
    assert s["claims_recall"] >= 0.98 and s["claims_precision"] >= 0.97, s
    assert ratio(s["attribution"]) >= 0.84 and s["attribution_wrong"] <= 7, s
    assert ratio(s["merged"]) >= 0.9 and s["overmerged"] == 0 and s["false_conflicts"] <= 1, s
    assert ratio(s["conflicts"]) >= 0.25 and ratio(s["headlines"]) >= 0.52, s


PROBE_EVENTS42 = DEV.parent / "probe_events42"


def test_forty_second_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Sixteen English probe articles of sixteen more outlets (A-M), 257-305 words each
    (Putin's year-end press conference, December 2020; Zelensky's ban of three TV channels,
    February 2021; Erdogan and Putin in Sochi, September 2021; Schröder's "Kremlin wants a
    negotiated solution" and the Razoni's inspection, August 2022; Gorbachev's death and Grossi
    in Kyiv, August 2022: tests/fixtures/probe_events42, written blind in session 29): as first
    read (blind, at 934f819), claims 0.969 / 0.969, speakers 57 of 73 (11 wrong or spurious),
    merged 19/21, conflicts 0/5 (1 false), headlines 17/46. A regression guard."""
    s = score(_copied(PROBE_EVENTS42, tmp_path), PROBE_EVENTS42)
    print("\nprobe events 42:", s)
    assert s["claims_recall"] >= 0.97 and s["claims_precision"] >= 0.97, s
    assert ratio(s["attribution"]) >= 0.78 and s["attribution_wrong"] <= 10, s
    assert ratio(s["merged"]) >= 0.9 and s["overmerged"] == 0 and s["false_conflicts"] <= 1, s
    assert ratio(s["headlines"]) >= 0.35, s


PROBE_EVENTS43 = DEV.parent / "probe_events43"


def test_forty_third_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Sixteen English probe articles of sixteen more outlets (N-Z), 255-330 words each (the
    Il-76 carrying prisoners downed near Belgorod, January 2024; Putin and Xi in Beijing, May
    2024; Putin and the heads of news agencies, June 2024; Zelensky's "victory plan", August
    2024; the day after the Trump-Putin call, February 2025: tests/fixtures/probe_events43,
    written blind in session 29): as first read (blind, at 934f819), claims 0.954 / 0.928,
    speakers 48 of 53 (2 wrong or spurious), merged 22/26, conflicts 1/6 (no false), headlines
    12/26. A regression guard."""
    s = score(_copied(PROBE_EVENTS43, tmp_path), PROBE_EVENTS43)
    print("\nprobe events 43:", s)
    assert s["claims_recall"] >= 0.97 and s["claims_precision"] >= 0.94, s
    assert ratio(s["attribution"]) >= 0.88 and s["attribution_wrong"] <= 3, s
    assert ratio(s["merged"]) >= 0.88 and s["overmerged"] == 0 and s["false_conflicts"] <= 1, s
    assert ratio(s["headlines"]) >= 0.45, s


PROBE_EVENTS44 = DEV.parent / "probe_events44"


def test_forty_fourth_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Sixteen English probe articles of sixteen more outlets (A-M), each 250-600 words (Putin's
    address to parliament, February 2024; Erdogan hosts Zelensky in Istanbul, March 2024;
    Zelensky's "NATO umbrella" interview, the grid strike and Putin in Astana, November 2024;
    Scholz in Kyiv, December 2024; Rubio's "weeks, not months" and the Kryvyi Rih strike, April
    2025: tests/fixtures/probe_events44, written blind in session 30): as first read (blind, at
    aedc146), claims 0.943 / 0.928, speakers 57 of 64 (5 wrong or spurious), merged 22/24,
    conflicts 2/4 (1 false), headlines 26/45. A regression guard."""
    s = score(_copied(PROBE_EVENTS44, tmp_path), PROBE_EVENTS44)
    print("\nprobe events 44:", s)
    assert s["claims_recall"] >= 0.95 and s["claims_precision"] >= 0.93, s
    assert ratio(s["attribution"]) >= 0.85 and s["attribution_wrong"] <= 5, s
    assert ratio(s["merged"]) >= 0.9 and s["overmerged"] == 0 and s["false_conflicts"] <= 1, s
    assert ratio(s["headlines"]) >= 0.6, s


PROBE_EVENTS45 = DEV.parent / "probe_events45"


def test_forty_fifth_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Sixteen English probe articles of sixteen more outlets (N-Z), 250-295 words each
    (Guterres with Putin in Moscow and with Zelensky in Kyiv, April 2022; Zelensky's "only Putin"
    at Davos and Kissinger, May 2022; Putin's "not started anything yet in earnest", July 2022;
    Putin and the war bloggers, the Kryvyi Rih strike, June 2023: tests/fixtures/probe_events45,
    written blind in session 30): as first read (blind, at aedc146), claims 0.969 / 0.946,
    speakers 65 of 72 (3 wrong or spurious), merged 22/23, conflicts 2/5 (1 false), headlines
    33/50. A regression guard."""
    s = score(_copied(PROBE_EVENTS45, tmp_path), PROBE_EVENTS45)
    print("\nprobe events 45:", s)
    assert s["claims_recall"] >= 0.97 and s["claims_precision"] >= 0.94, s
    assert ratio(s["attribution"]) >= 0.9 and s["attribution_wrong"] <= 2, s
    assert ratio(s["merged"]) >= 0.9 and s["overmerged"] == 0 and s["false_conflicts"] <= 1, s
    assert ratio(s["headlines"]) >= 0.65, s


PROBE_EVENTS46 = DEV.parent / "probe_events46"


def test_forty_sixth_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Sixteen English probe articles of sixteen more outlets (A-M), 250-340 words each (the
    Yermak-Kozak protocol in Minsk, March 2020; the Elmau G7, the Kremenchuk strike and Peskov's
    "before the end of today", June 2022; Zelensky's five conditions, November 2022; the Kremlin
    drone incident, May 2023; Zelensky with Pope Francis, May 2023: tests/fixtures/probe_events46,
    written blind in session 31): as first read (blind, at 84d3cbf), claims 0.993 / 0.901,
    speakers 60 of 71 (12 wrong or spurious), merged 24/25, conflicts 3/6 (2 false), headlines
    20/58. A regression guard."""
    s = score(_copied(PROBE_EVENTS46, tmp_path), PROBE_EVENTS46)
    print("\nprobe events 46:", s)
    assert s["claims_recall"] >= 0.98 and s["claims_precision"] >= 0.92, s
    assert ratio(s["attribution"]) >= 0.85 and s["attribution_wrong"] <= 7, s
    assert ratio(s["merged"]) >= 0.9 and s["overmerged"] == 0 and s["false_conflicts"] <= 1, s
    assert ratio(s["conflicts"]) >= 0.6, s
    assert ratio(s["headlines"]) >= 0.34, s


PROBE_EVENTS47 = DEV.parent / "probe_events47"


def test_forty_seventh_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Sixteen English probe articles of sixteen more outlets (N-Z), 249-297 words each (Putin's
    interview with Kiselyov, March 2024; the Oreshnik strike on Dnipro, November 2024; Fico in
    the Kremlin, December 2024; Putin's "temporary administration", March 2025; Trump, Zelensky
    and Crimea, April 2025: tests/fixtures/probe_events47, written blind in session 31): as first
    read (blind, at 84d3cbf), claims 0.974 / 0.974, speakers 66 of 81 (3 wrong or spurious),
    merged 22/23, conflicts 2/3 (3 false), one event over-merged, headlines 21/40. A regression
    guard."""
    s = score(_copied(PROBE_EVENTS47, tmp_path), PROBE_EVENTS47)
    print("\nprobe events 47:", s)
    assert s["claims_recall"] >= 0.97 and s["claims_precision"] >= 0.97, s
    assert ratio(s["attribution"]) >= 0.8 and s["attribution_wrong"] <= 2, s
    assert ratio(s["merged"]) >= 0.9 and s["overmerged"] <= 1 and s["false_conflicts"] <= 2, s
    assert ratio(s["headlines"]) >= 0.5, s


PROBE_EVENTS48 = DEV.parent / "probe_events48"


def test_forty_eighth_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Sixteen English probe articles of sixteen more outlets (A-M), 266-332 words each (the
    Crocus City Hall attack, March 2024; Putin's "at war" warning over long-range strikes,
    September 2024; Biden's cancelled Germany trip and Zelensky's European tour, October 2024;
    Zelensky's offer to swap captured North Korean soldiers, January 2025; the Palm Sunday
    strike on Sumy, April 2025: tests/fixtures/probe_events48, written blind in session 32): as
    first read (blind, at 65144bd), claims 0.934 / 0.919, speakers 56 of 71 (3 wrong or
    spurious), merged 18/23, conflicts 1/4, headlines 12/44. A regression guard."""
    s = score(_copied(PROBE_EVENTS48, tmp_path), PROBE_EVENTS48)
    print("\nprobe events 48:", s)
    assert s["claims_recall"] >= 0.97 and s["claims_precision"] >= 0.92, s
    assert ratio(s["attribution"]) >= 0.78 and s["attribution_wrong"] <= 3, s
    assert ratio(s["merged"]) >= 0.85 and s["overmerged"] == 0 and s["false_conflicts"] <= 1, s
    assert ratio(s["conflicts"]) >= 0.5, s
    assert ratio(s["headlines"]) >= 0.3, s


PROBE_EVENTS49 = DEV.parent / "probe_events49"


def test_forty_ninth_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Sixteen English probe articles of sixteen more outlets (N-Z), 255-325 words each (Putin at
    the St Petersburg forum and Nord Stream 2's first string, June 2021; Macron's "must not
    humiliate Russia" and Macky Sall in Sochi, June 2022; Putin in Astana, October 2022; Lavrov's
    ultimatum and the oil price-cap decree, December 2022; Lula's "two countries" and Lavrov in
    Brasília, April 2023: tests/fixtures/probe_events49, written blind in session 32): as first
    read (blind, at 65144bd), claims 0.957 / 0.95, speakers 59 of 68 (7 wrong or spurious),
    merged 25/27, conflicts 2/5, headlines 20/38. A regression guard."""
    s = score(_copied(PROBE_EVENTS49, tmp_path), PROBE_EVENTS49)
    print("\nprobe events 49:", s)
    assert s["claims_recall"] >= 0.97 and s["claims_precision"] >= 0.96, s
    assert ratio(s["attribution"]) >= 0.9 and s["attribution_wrong"] <= 2, s
    assert ratio(s["merged"]) >= 0.9 and s["overmerged"] == 0 and s["false_conflicts"] <= 1, s
    assert ratio(s["conflicts"]) >= 0.6, s
    assert ratio(s["headlines"]) >= 0.5, s


PROBE_EVENTS50 = DEV.parent / "probe_events50"


def test_fiftieth_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Sixteen English probe articles of sixteen more outlets (A-M), 250-330 words each (the
    Kerch Strait sanctions and Putin in Sevastopol, March 2019; the Munich Security Conference,
    February 2020; Biden's "killer" remark and Russia's recalled ambassador, March 2021; the
    US-German Nord Stream 2 deal, July 2021; Scholz's call with Putin and Putin and Xi in
    Samarkand, September 2022: tests/fixtures/probe_events50, written blind in session 33): as
    first read (blind, at 24fa43d), claims 0.964 / 0.957, speakers 64 of 76 (8 wrong or
    spurious), merged 37/41, conflicts 1/6, headlines 18/44. A regression guard."""
    s = score(_copied(PROBE_EVENTS50, tmp_path), PROBE_EVENTS50)
    print("\nprobe events 50:", s)
    assert s["claims_recall"] >= 0.97 and s["claims_precision"] >= 0.97, s
    assert ratio(s["attribution"]) >= 0.82 and s["attribution_wrong"] <= 4, s
    assert ratio(s["merged"]) >= 0.9 and s["overmerged"] == 0 and s["false_conflicts"] <= 1, s
    assert ratio(s["conflicts"]) >= 0.16, s
    assert ratio(s["headlines"]) >= 0.36, s


PROBE_EVENTS51 = DEV.parent / "probe_events51"


def test_fifty_first_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Sixteen English probe articles of sixteen more outlets (N-Z), 271-322 words each (Sunak's
    security agreement in Kyiv, January 2024; the US aid votes and the ATACMS sent in secret,
    April 2024; Belousov replacing Shoigu and Blinken in Kyiv, May 2024; the Sevastopol beach
    strike and the Dagestan attacks, June 2024; North Korean troops in Kursk and the Hwasong-19,
    October-November 2024: tests/fixtures/probe_events51, written blind in session 33): as first
    read (blind, at 24fa43d), claims 0.984 / 0.947 (0.962 after two omitted gold claims were
    added), speakers 47 of 60 (5 wrong or spurious), merged 32/33, conflicts 2/5, headlines
    17/40. A regression guard."""
    s = score(_copied(PROBE_EVENTS51, tmp_path), PROBE_EVENTS51)
    print("\nprobe events 51:", s)
    assert s["claims_recall"] >= 0.97 and s["claims_precision"] >= 0.95, s
    assert ratio(s["attribution"]) >= 0.78 and s["attribution_wrong"] <= 4, s
    assert ratio(s["merged"]) >= 0.95 and s["overmerged"] == 0 and s["false_conflicts"] <= 1, s
    assert ratio(s["conflicts"]) >= 0.4, s
    assert ratio(s["headlines"]) >= 0.38, s


PROBE_EVENTS52 = DEV.parent / "probe_events52"


def test_fifty_second_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Sixteen English probe articles of sixteen more outlets (A-M), 2014-2018 (the Geneva
    statement, April 2014; the days after MH17, July 2014; the Minsk Protocol, September 2014;
    Debaltseve and Minsk II, February 2015; the Kerch Strait seizure and the G20, November 2018:
    tests/fixtures/probe_events52, written blind in session 34): as first read (blind, at
    37d2770), claims 0.986 / 0.973, speakers 55 of 68 (5 wrong or spurious), merged 30/34,
    conflicts 1/5 (2 false), headlines 24/54. A regression guard."""
    s = score(_copied(PROBE_EVENTS52, tmp_path), PROBE_EVENTS52)
    print("\nprobe events 52:", s)
    assert s["claims_recall"] >= 0.98 and s["claims_precision"] >= 0.98, s
    assert ratio(s["attribution"]) >= 0.8 and s["attribution_wrong"] <= 4, s
    assert ratio(s["merged"]) >= 0.9 and s["overmerged"] == 0 and s["false_conflicts"] <= 2, s
    assert ratio(s["conflicts"]) >= 0.2, s
    assert ratio(s["headlines"]) >= 0.38, s


PROBE_EVENTS53 = DEV.parent / "probe_events53"


def test_fifty_third_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Sixteen English probe articles of sixteen more outlets (N-Z), 2023 (Soledar and Gerasimov
    over Wagner, January; Zelensky in London, Paris and Brussels, February; Finland in NATO and
    Macron with Xi, April; the Black Sea after the grain deal, July; the Sevastopol strike and
    Zelensky in Ottawa, September: tests/fixtures/probe_events53, written blind in session 34):
    as first read (blind, at 37d2770), claims 0.985 / 0.985, speakers 58 of 70 (3 wrong or
    spurious), merged 29/31, conflicts 1/6 (1 false), headlines 28/43. A regression guard."""
    s = score(_copied(PROBE_EVENTS53, tmp_path), PROBE_EVENTS53)
    print("\nprobe events 53:", s)
    assert s["claims_recall"] >= 0.98 and s["claims_precision"] >= 0.98, s
    assert ratio(s["attribution"]) >= 0.8 and s["attribution_wrong"] <= 3, s
    assert ratio(s["merged"]) >= 0.9 and s["overmerged"] == 0 and s["false_conflicts"] <= 1, s
    assert ratio(s["conflicts"]) >= 0.16, s
    assert ratio(s["headlines"]) >= 0.6, s


PROBE_EVENTS54 = DEV.parent / "probe_events54"


def test_fifty_fourth_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Sixteen English probe articles of sixteen more outlets (A-M), 2015-2017 (the Paris
    Normandy summit and the rebel polls, October 2015; Savchenko's release, May 2016; Trump and
    Putin in Hamburg, July 2017; Putin's UN peacekeepers, September 2017; Volker and Surkov,
    Mattis in Kyiv, August 2017: tests/fixtures/probe_events54, written blind in session 35): as
    first read (blind, at 1629461), claims 0.962 / 0.948, speakers 43 of 57 (1 wrong or
    spurious), merged 30/32, conflicts 2/6 (1 false), headlines 19/33. A regression guard."""
    s = score(_copied(PROBE_EVENTS54, tmp_path), PROBE_EVENTS54)
    print("\nprobe events 54:", s)
    assert s["claims_recall"] >= 0.97 and s["claims_precision"] >= 0.96, s
    assert ratio(s["attribution"]) >= 0.8 and s["attribution_wrong"] <= 2, s
    assert ratio(s["merged"]) >= 0.9 and s["overmerged"] == 0 and s["false_conflicts"] <= 1, s
    assert ratio(s["conflicts"]) >= 0.33, s
    assert ratio(s["headlines"]) >= 0.55, s


PROBE_EVENTS55 = DEV.parent / "probe_events55"


def test_fifty_fifth_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Sixteen English probe articles of sixteen more outlets (N-Z), 2021 (the Geneva summit set,
    May; Merkel's farewell visits to Moscow and Kyiv, August; the Belarus border and Blinken's
    warning, November; Biden's "very, very difficult" and the 175,000 troops, December:
    tests/fixtures/probe_events55, written blind in session 35): as first read (blind, at
    1629461), claims 0.984 / 0.969, speakers 56 of 67 (3 wrong or spurious), merged 31/33,
    conflicts 2/5 (1 false), headlines 18/28. A regression guard."""
    s = score(_copied(PROBE_EVENTS55, tmp_path), PROBE_EVENTS55)
    print("\nprobe events 55:", s)
    assert s["claims_recall"] >= 0.98 and s["claims_precision"] >= 0.97, s
    assert ratio(s["attribution"]) >= 0.8 and s["attribution_wrong"] <= 3, s
    assert ratio(s["merged"]) >= 0.93 and s["overmerged"] == 0 and s["false_conflicts"] <= 1, s
    assert ratio(s["conflicts"]) >= 0.4, s
    assert ratio(s["headlines"]) >= 0.6, s


PROBE_EVENTS56 = DEV.parent / "probe_events56"


def test_fifty_sixth_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Sixteen English probe articles of sixteen more outlets (A-M), 2016 and 2018 (Russia's
    Crimea sabotage claims and Putin's "pointless" Normandy meeting, August 2016; the Berlin
    Normandy summit and its roadmap, October 2016; Volker and Surkov in Dubai and the Treasury's
    "Kremlin report", January 2018; the week after Helsinki, July 2018; Zakharchenko killed,
    August 2018: tests/fixtures/probe_events56, written blind in session 36): as first read
    (blind, at 8fb94df), claims 0.966 / 0.973, speakers 56 of 71 (13 wrong or spurious), merged
    42/45, conflicts 2/6 (none false), headlines 25/42. A regression guard."""
    s = score(_copied(PROBE_EVENTS56, tmp_path), PROBE_EVENTS56)
    print("\nprobe events 56:", s)
    assert s["claims_recall"] >= 0.96 and s["claims_precision"] >= 0.97, s
    assert ratio(s["attribution"]) >= 0.8 and s["attribution_wrong"] <= 9, s
    assert ratio(s["merged"]) >= 0.93 and s["overmerged"] == 0 and s["false_conflicts"] <= 1, s
    assert ratio(s["conflicts"]) >= 0.33, s
    assert ratio(s["headlines"]) >= 0.55, s


PROBE_EVENTS57 = DEV.parent / "probe_events57"


def test_fifty_seventh_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Sixteen English probe articles of sixteen more outlets (N-Z), late 2018 and 2020 (the
    separatist "elections" and Trump and Putin in Paris, November 2018; the Orthodox Church of
    Ukraine founded, December 2018; the April 2020 prisoner exchange; Lukashenko in Sochi,
    September 2020; Germany's Novichok finding on Navalny: tests/fixtures/probe_events57,
    written blind in session 36): as first read (blind, at 8fb94df), claims 0.98 / 0.937,
    speakers 53 of 60 (4 wrong or spurious), merged 39/42, conflicts 0/5, headlines 13/32. A
    regression guard (no disagreement of the set is shown yet: no floor for them)."""
    s = score(_copied(PROBE_EVENTS57, tmp_path), PROBE_EVENTS57)
    print("\nprobe events 57:", s)
    assert s["claims_recall"] >= 0.98 and s["claims_precision"] >= 0.94, s
    assert ratio(s["attribution"]) >= 0.85 and s["attribution_wrong"] <= 4, s
    assert ratio(s["merged"]) >= 0.95 and s["overmerged"] == 0 and s["false_conflicts"] <= 1, s
    assert ratio(s["headlines"]) >= 0.45, s


PROBE_EVENTS58 = DEV.parent / "probe_events58"


def test_fifty_eighth_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Sixteen English probe articles of sixteen more outlets (A-M), 2015 and early 2017 (Merkel
    and Hollande in Kiev and Moscow and the call that set up the Minsk summit, February 2015;
    the Normandy foreign ministers in Berlin, April 2015; Avdiivka and Putin in Budapest, early
    2017; Tillerson in Moscow, April 2017; Merkel in Sochi, May 2017:
    tests/fixtures/probe_events58, written blind in session 37): as first read (blind, at
    84162e2), claims 0.971 / 0.978, speakers 45 of 57 (1 wrong or spurious), merged 27/32,
    conflicts 3/5 (1 false), headlines 24/45. A regression guard."""
    s = score(_copied(PROBE_EVENTS58, tmp_path), PROBE_EVENTS58)
    print("\nprobe events 58:", s)
    assert s["claims_recall"] >= 0.98 and s["claims_precision"] >= 0.97, s
    assert ratio(s["attribution"]) >= 0.75 and s["attribution_wrong"] <= 2, s
    assert ratio(s["merged"]) >= 0.85 and s["overmerged"] == 0 and s["false_conflicts"] <= 1, s
    assert ratio(s["conflicts"]) >= 0.6, s
    assert ratio(s["headlines"]) >= 0.5, s


PROBE_EVENTS59 = DEV.parent / "probe_events59"


def test_fifty_ninth_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Sixteen English probe articles of sixteen more outlets (N-Z), 2014 and late 2017
    (Poroshenko's inauguration, June 2014; Putin in Belgrade and at the Milan Asia-Europe
    summit, October 2014; the separatist "elections", November 2014; the Rada's Donbas votes and
    Volker and Surkov in Belgrade, October 2017; the US lethal-weapons decision, December 2017:
    tests/fixtures/probe_events59, written blind in session 37): as first read (blind, at
    84162e2), claims 0.992 / 0.948, speakers 46 of 52 (1 wrong), merged 34/37, conflicts 5/6
    (1 false; two of the five found by over-merging), headlines 12/23. A regression guard."""
    s = score(_copied(PROBE_EVENTS59, tmp_path), PROBE_EVENTS59)
    print("\nprobe events 59:", s)
    assert s["claims_recall"] >= 0.98 and s["claims_precision"] >= 0.94, s
    assert ratio(s["attribution"]) >= 0.85 and s["attribution_wrong"] <= 2, s
    assert ratio(s["merged"]) >= 0.9 and s["overmerged"] == 0 and s["false_conflicts"] <= 1, s
    assert ratio(s["conflicts"]) >= 0.66, s
    assert ratio(s["headlines"]) >= 0.5, s


PROBE_EVENTS60 = DEV.parent / "probe_events60"


def test_sixtieth_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Sixteen English probe articles of sixteen more outlets (A-M), 2016 (the Normandy foreign
    ministers in Paris and Savchenko, March; the Dutch No and the Panama Papers, April; Steinmeier
    and Ayrault in Kiev and the rebels' truce, September; Trump's win in Moscow and Kiev,
    November; the Normandy ministers in Minsk, November: tests/fixtures/probe_events60, written
    blind in session 38): as first read (blind, at 482a2cb), claims 0.977 / 0.949, speakers 45
    of 52 (2 wrong), merged 26/27, conflicts 2/6 (none false), headlines 19/39. A regression
    guard."""
    s = score(_copied(PROBE_EVENTS60, tmp_path), PROBE_EVENTS60)
    print("\nprobe events 60:", s)
    assert s["claims_recall"] >= 0.97 and s["claims_precision"] >= 0.94, s
    assert ratio(s["attribution"]) >= 0.85 and s["attribution_wrong"] <= 2, s
    assert ratio(s["merged"]) >= 0.95 and s["overmerged"] == 0 and s["false_conflicts"] <= 1, s
    assert ratio(s["conflicts"]) >= 0.33, s
    assert ratio(s["headlines"]) >= 0.45, s


PROBE_EVENTS61 = DEV.parent / "probe_events61"


def test_sixty_first_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Sixteen English probe articles of sixteen more outlets (N-Z), 2018 and 2020 (the Donbas
    reintegration law, February 2018; the Normandy foreign ministers in Berlin, June 2018; Merkel
    and Putin at Meseberg, August 2018; the Normandy advisers in Berlin, September 2020; Ukraine's
    local elections and Zelensky's poll, October 2020: tests/fixtures/probe_events61, written
    blind in session 38): as first read (blind, at 482a2cb), claims 1.0 / 0.977, speakers 44 of
    51 (3 wrong or spurious), merged 35/37, conflicts 3/5 (1 false), headlines 19/22 (16/22
    at the session's end: a title "Berlin, — Political advisers" had passed by naming the
    place as its dateline). A regression guard."""
    s = score(_copied(PROBE_EVENTS61, tmp_path), PROBE_EVENTS61)
    print("\nprobe events 61:", s)
    assert s["claims_recall"] >= 0.99 and s["claims_precision"] >= 0.97, s
    assert ratio(s["attribution"]) >= 0.85 and s["attribution_wrong"] <= 3, s
    assert ratio(s["merged"]) >= 0.93 and s["overmerged"] == 0 and s["false_conflicts"] <= 1, s
    assert ratio(s["conflicts"]) >= 0.6, s
    assert ratio(s["headlines"]) >= 0.7, s


PROBE_EVENTS62 = DEV.parent / "probe_events62"


def test_sixty_second_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Sixteen English probe articles of sixteen more outlets (A-M), 2015 (Nemtsov's killing and
    its aftermath, February-March; Kerry and Putin in Sochi and NATO in Antalya, May; Marinka,
    Putin's Corriere interview, the G7 at Elmau and Putin in Milan, June; Merkel and Hollande
    receiving Poroshenko in Berlin and the Contact Group's truce, August; the dispute over
    Russia's $3bn Eurobond, December: tests/fixtures/probe_events62, written blind in session
    39): as first read (blind, at 509d8b5), claims 0.993 / 0.986, speakers 43 of 58 (6 wrong or
    spurious), merged 35/38, conflicts 4/6 (none false), headlines 30/44. A regression guard."""
    s = score(_copied(PROBE_EVENTS62, tmp_path), PROBE_EVENTS62)
    print("\nprobe events 62:", s)
    assert s["claims_recall"] >= 0.99 and s["claims_precision"] >= 0.98, s
    assert ratio(s["attribution"]) >= 0.75 and s["attribution_wrong"] <= 4, s
    assert ratio(s["merged"]) >= 0.9 and s["overmerged"] == 0 and s["false_conflicts"] <= 1, s
    assert ratio(s["conflicts"]) >= 0.6, s
    assert ratio(s["headlines"]) >= 0.65, s


PROBE_EVENTS63 = DEV.parent / "probe_events63"


def test_sixty_third_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Fifteen English probe articles of fifteen more outlets (N-Z), 2017 (the White House's
    "return Crimea", Trump's Crimea tweet, Tillerson and Lavrov in Bonn and Mattis at NATO,
    February; the separatists' takeover of Ukrainian-owned plants after the rail blockade,
    February-March; Tillerson and Lavrov in Manila, August; Medvedchuk's prisoner-swap
    initiative with Putin, November; Putin's press conference, Trump's thank-you call and the
    EU's sanctions rollover, December: tests/fixtures/probe_events63, written blind in
    session 39): as first read (blind, at 509d8b5), claims 0.992 / 0.992, speakers 44 of 56 (4
    wrong or spurious), merged 32/35, conflicts 2/5 (none false), headlines 14/29. A regression
    guard."""
    s = score(_copied(PROBE_EVENTS63, tmp_path), PROBE_EVENTS63)
    print("\nprobe events 63:", s)
    assert s["claims_recall"] >= 0.99 and s["claims_precision"] >= 0.98, s
    assert ratio(s["attribution"]) >= 0.78 and s["attribution_wrong"] <= 3, s
    assert ratio(s["merged"]) >= 0.88 and s["overmerged"] == 0 and s["false_conflicts"] <= 1, s
    assert ratio(s["conflicts"]) >= 0.4, s
    assert ratio(s["headlines"]) >= 0.45, s


PROBE_EVENTS64 = DEV.parent / "probe_events64"


def test_sixty_fourth_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Sixteen English probe articles of sixteen more outlets (A-M), 2018 (Putin's re-election
    and Trump's congratulation call, March; the expulsions over the Skripal poisoning, March;
    Putin's fourth inauguration, May; Babchenko's staged murder, May-June; Bolton in Moscow and
    the Helsinki summit announced, June: tests/fixtures/probe_events64, written blind in session
    39): as first read (blind, at 509d8b5, scored against its gold as mended for one plain
    omission), claims 0.987 / 0.981, speakers 63 of 73 (6 wrong or spurious), merged 31/36,
    conflicts 0/6 (3 false), headlines 30/55. A regression guard."""
    s = score(_copied(PROBE_EVENTS64, tmp_path), PROBE_EVENTS64)
    print("\nprobe events 64:", s)
    assert s["claims_recall"] >= 0.98 and s["claims_precision"] >= 0.97, s
    assert ratio(s["attribution"]) >= 0.82 and s["attribution_wrong"] <= 6, s
    assert ratio(s["merged"]) >= 0.83 and s["overmerged"] == 0 and s["false_conflicts"] <= 3, s
    assert ratio(s["headlines"]) >= 0.5, s


PROBE_EVENTS65 = DEV.parent / "probe_events65"


def test_sixty_fifth_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Sixteen English probe articles of sixteen more outlets (N-Z), 2020 (Belarus's arrest of
    33 Russian "Wagner" contractors and Kuchma's exit from the Contact Group, July; Minsk handing
    them back to Russia and the March for Freedom, August; Zelensky at the EU-Ukraine summit and
    with Johnson in London, October; Russia leaving the MH17 talks and Zelensky with Erdogan,
    October; Zelensky's Covid test and the Karabakh statement, November:
    tests/fixtures/probe_events65, written blind in session 39): as
    first read (blind, at 509d8b5), claims 0.985 / 0.985, speakers 47 of 51 (none wrong),
    merged 23/26, conflicts 3/6 (1 false), headlines 17/32. A regression guard."""
    s = score(_copied(PROBE_EVENTS65, tmp_path), PROBE_EVENTS65)
    print("\nprobe events 65:", s)
    assert s["claims_recall"] >= 0.98 and s["claims_precision"] >= 0.97, s
    assert ratio(s["attribution"]) >= 0.88 and s["attribution_wrong"] <= 1, s
    assert ratio(s["merged"]) >= 0.85 and s["overmerged"] == 0 and s["false_conflicts"] <= 1, s
    assert ratio(s["conflicts"]) >= 0.45 and ratio(s["headlines"]) >= 0.5, s


PROBE_EVENTS66 = DEV.parent / "probe_events66"


def test_sixty_sixth_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Sixteen English probe articles of sixteen more outlets (A-M), 2016 (Medvedev's "new Cold
    War" in Munich, February; Jamala's Eurovision win, May; Juncker and Putin at the St
    Petersburg forum, June; Russia withdrawing its signature from the ICC statute, November;
    the December sanctions rollover and Putin in Nagato: tests/fixtures/probe_events66, written
    blind in session 40): as first read (blind, at dfd2467), claims 0.974 / 0.949, speakers 52
    of 63 (3 wrong or spurious), merged 35/44, conflicts 2/6 (none false), headlines 14/29. A
    regression guard."""
    s = score(_copied(PROBE_EVENTS66, tmp_path), PROBE_EVENTS66)
    print("\nprobe events 66:", s)
    assert s["claims_recall"] >= 0.96 and s["claims_precision"] >= 0.94, s
    assert ratio(s["attribution"]) >= 0.8 and s["attribution_wrong"] <= 3, s
    assert ratio(s["merged"]) >= 0.77 and s["overmerged"] == 0 and s["false_conflicts"] <= 1, s
    assert ratio(s["conflicts"]) >= 0.3 and ratio(s["headlines"]) >= 0.45, s


PROBE_EVENTS67 = DEV.parent / "probe_events67"


def test_sixty_seventh_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Sixteen English probe articles of sixteen more outlets (N-Z), 2014 (Poroshenko's
    ceasefire, June; the MH17 crash site, July; Ilovaisk and the Brussels summit, August; the
    winter gas package, October; the Brisbane G20, November: tests/fixtures/probe_events67,
    written blind in session 40): as first read (blind, at dfd2467), claims 0.993 / 0.993,
    speakers 54 of 68 (5 wrong or spurious), merged 27/30, conflicts 3/6 (none false),
    headlines 23/53. A regression guard."""
    s = score(_copied(PROBE_EVENTS67, tmp_path), PROBE_EVENTS67)
    print("\nprobe events 67:", s)
    assert s["claims_recall"] >= 0.98 and s["claims_precision"] >= 0.98, s
    assert ratio(s["attribution"]) >= 0.78 and s["attribution_wrong"] <= 5, s
    assert ratio(s["merged"]) >= 0.85 and s["overmerged"] == 0 and s["false_conflicts"] <= 1, s
    assert ratio(s["conflicts"]) >= 0.45 and ratio(s["headlines"]) >= 0.4, s


PROBE_EVENTS68 = DEV.parent / "probe_events68"


def test_sixty_eighth_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Sixteen English probe articles of sixteen more outlets, 2020, four of them live pages,
    a Q&A explainer, a press conference's transcript and a column (the airliner shot down near
    Tehran, January; Medvedev's government resigns and Honcharuk's tapes, January; Putin at
    Kommunarka and Ukraine's emergency regime, March; Belarus after the election, August;
    Derkach's tapes and Zelensky's first year, May: tests/fixtures/probe_events68, written
    blind in session 40): as first read (blind, at dfd2467), claims 0.964 / 0.957, speakers 50
    of 72 (6 wrong or spurious), merged 28/33, conflicts 3/6 (1 false), headlines 23/43. A
    regression guard."""
    s = score(_copied(PROBE_EVENTS68, tmp_path), PROBE_EVENTS68)
    print("\nprobe events 68:", s)
    assert s["claims_recall"] >= 0.95 and s["claims_precision"] >= 0.94, s
    assert ratio(s["attribution"]) >= 0.72 and s["attribution_wrong"] <= 6, s
    assert ratio(s["merged"]) >= 0.8 and s["overmerged"] == 0 and s["false_conflicts"] <= 1, s
    assert ratio(s["conflicts"]) >= 0.45 and ratio(s["headlines"]) >= 0.5, s


PROBE_EVENTS69 = DEV.parent / "probe_events69"


def test_sixty_ninth_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Sixteen English probe articles of sixteen more outlets, 2015, two of them interview
    transcripts (name labels; "Q:" and "A:"), a daily briefing and a ministry's press release
    (the Nemtsov arrests, March; the Crimea film, the Rada's Donbas vote and the South Ossetia
    treaty, March; the Caspian cruise missiles, October; the debt restructuring vote, October;
    after the Su-24 shootdown, November: tests/fixtures/probe_events69, written blind in session
    41): as first read (blind, at 1d0c8be), claims 0.981 / 0.945, speakers 55 of 86 (5 wrong or
    spurious; 54 of 85 on the blind gold), merged 26/32, conflicts 2/6 (1 false), headlines
    23/51. A regression guard."""
    s = score(_copied(PROBE_EVENTS69, tmp_path), PROBE_EVENTS69)
    print("\nprobe events 69:", s)
    assert s["claims_recall"] >= 0.97 and s["claims_precision"] >= 0.93, s
    assert ratio(s["attribution"]) >= 0.72 and s["attribution_wrong"] <= 6, s
    assert ratio(s["merged"]) >= 0.75 and s["overmerged"] == 0 and s["false_conflicts"] <= 1, s
    assert ratio(s["conflicts"]) >= 0.3 and ratio(s["headlines"]) >= 0.4, s


PROBE_EVENTS70 = DEV.parent / "probe_events70"


def test_seventieth_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Sixteen English probe articles of sixteen more outlets, 2017, among them a fact-check, a
    chronology, a TV bulletin's transcript and an opinion piece (Macron receives Putin at
    Versailles, May; Ukraine's VKontakte ban and visa-free travel, May; the Russia sanctions
    law, July; Saakashvili's rooftop arrest and the IOC ban, December; the prisoner exchange's
    aftermath, December: tests/fixtures/probe_events70, written blind in session 41): as first
    read (blind, at 1d0c8be), claims 0.962 / 0.926, speakers 44 of 58 (4 wrong or spurious),
    merged 24/29, conflicts 1/6 (1 false), headlines 21/36. A regression guard."""
    s = score(_copied(PROBE_EVENTS70, tmp_path), PROBE_EVENTS70)
    print("\nprobe events 70:", s)
    assert s["claims_recall"] >= 0.95 and s["claims_precision"] >= 0.91, s
    assert ratio(s["attribution"]) >= 0.78 and s["attribution_wrong"] <= 5, s
    assert ratio(s["merged"]) >= 0.8 and s["overmerged"] == 0 and s["false_conflicts"] <= 1, s
    assert ratio(s["conflicts"]) >= 0.15 and ratio(s["headlines"]) >= 0.5, s


PROBE_EVENTS71 = DEV.parent / "probe_events71"


def test_seventy_first_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Sixteen English probe articles of sixteen more outlets on the saga itself, 2025-2026,
    among them a Kremlin transcript, a live page and outlets quoting others (Trump's call to
    Putin told to the New York Post, February 2025; the Victory Day warnings, May 2025; the
    Budapest plan, October 2025; the security advisers' meeting and the December strike,
    December 2025; Turkish, Qatari and Swiss offers to host a meeting, February 2026:
    tests/fixtures/probe_events71, written blind in session 41): as first read (blind, at
    1d0c8be), claims 0.992 / 0.915, speakers 66 of 90 (6 wrong or spurious; 65 of 89 on the
    blind gold), merged 32/33, conflicts 3/7 (1 false), headlines 18/24. A regression guard."""
    s = score(_copied(PROBE_EVENTS71, tmp_path), PROBE_EVENTS71)
    print("\nprobe events 71:", s)
    assert s["claims_recall"] >= 0.98 and s["claims_precision"] >= 0.9, s
    assert ratio(s["attribution"]) >= 0.75 and s["attribution_wrong"] <= 7, s
    assert ratio(s["merged"]) >= 0.9 and s["overmerged"] == 0 and s["false_conflicts"] <= 1, s
    assert ratio(s["conflicts"]) >= 0.4 and ratio(s["headlines"]) >= 0.65, s


PROBE_EVENTS72 = DEV.parent / "probe_events72"


def test_seventy_second_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Sixteen English probe articles of sixteen more outlets, non-Western papers writing in
    English, 2018 and 2016, among them a "What we know" list, a photo gallery, a long analysis
    and two rewrites of one wire story (Russia's reply to the Skripal expulsions and the
    Crimean bridge, March and May 2018; the Helsinki aftermath at the BRICS summit, July 2018;
    the church's independence, October 2018; the week before the Berlin Normandy meeting,
    October 2016: tests/fixtures/probe_events72, written blind in session 41): as first read
    (blind, at 1d0c8be), claims 0.979 / 0.966, speakers 41 of 59 (10 wrong or spurious), merged
    23/26, conflicts 3/6 (none false), headlines 24/43. A regression guard."""
    s = score(_copied(PROBE_EVENTS72, tmp_path), PROBE_EVENTS72)
    print("\nprobe events 72:", s)
    assert s["claims_recall"] >= 0.97 and s["claims_precision"] >= 0.95, s
    assert ratio(s["attribution"]) >= 0.66 and s["attribution_wrong"] <= 6, s
    assert ratio(s["merged"]) >= 0.85 and s["overmerged"] == 0 and s["false_conflicts"] <= 1, s
    assert ratio(s["conflicts"]) >= 0.45 and ratio(s["headlines"]) >= 0.5, s


PROBE_EVENTS73 = DEV.parent / "probe_events73"


def test_seventy_third_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Sixteen English probe articles of sixteen more outlets on the saga's surroundings in
    2022-2024, among them two live pages, a Kremlin transcript, presidencies' statements and an
    explainer (Guterres's letters asking Putin and Zelensky to receive him, April 2022; Samarkand
    and the September 2022 exchange; the Griner-Bout exchange, December 2022; the African peace
    mission and China's envoy, May 2023; the June 2024 debate and peace plans:
    tests/fixtures/probe_events73, written blind in session 41): as first read (blind, at
    1d0c8be), claims 0.959 / 0.917, speakers 57 of 72 (4 wrong or spurious), merged 26/28,
    conflicts 3/7 (none false), headlines 26/45. A regression guard."""
    s = score(_copied(PROBE_EVENTS73, tmp_path), PROBE_EVENTS73)
    print("\nprobe events 73:", s)
    assert s["claims_recall"] >= 0.95 and s["claims_precision"] >= 0.9, s
    assert ratio(s["attribution"]) >= 0.8 and s["attribution_wrong"] <= 5, s
    assert ratio(s["merged"]) >= 0.88 and s["overmerged"] == 0 and s["false_conflicts"] <= 1, s
    assert ratio(s["conflicts"]) >= 0.4 and ratio(s["headlines"]) >= 0.52, s


PROBE_EVENTS74 = DEV.parent / "probe_events74"


def test_seventy_fourth_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Sixteen English probe articles of sixteen more outlets on the saga's quieter years, 2020
    and 2021, among them a newsletter's digest of bold run-in items, a correction at an
    article's foot, a translation with its translator's note, a Q&A explainer and a former
    diplomat's op-ed (the UN General Assembly's video speeches and Lukashenko's inauguration,
    September 2020; the spring 2021 build-up; the Biden-Putin call and sanctions, April 2021;
    the Medvedchuk case, May 2021; Putin's essay, July 2021: tests/fixtures/probe_events74,
    written blind in session 42): as first read (blind, at d38677e), claims 0.969 / 0.941,
    speakers 63 of 68 (4 wrong or spurious), merged 22/24, conflicts 3/6 (1 false), headlines
    23/43. A regression guard. Speakers' floor 0.88 -> 0.86 in session 48: "Zelensky is scheduled
    to speak on Wednesday, New York time, and his office said ..." gives the Wednesday no
    speaker, as a clause joined by "and" after the date has since session 47 (the gold gives it
    to his office)."""
    s = score(_copied(PROBE_EVENTS74, tmp_path), PROBE_EVENTS74)
    print("\nprobe events 74:", s)
    assert s["claims_recall"] >= 0.96 and s["claims_precision"] >= 0.93, s
    assert ratio(s["attribution"]) >= 0.86 and s["attribution_wrong"] <= 4, s
    assert ratio(s["merged"]) >= 0.87 and s["overmerged"] == 0 and s["false_conflicts"] <= 1, s
    assert ratio(s["conflicts"]) >= 0.45 and ratio(s["headlines"]) >= 0.5, s


PROBE_EVENTS75 = DEV.parent / "probe_events75"


def test_seventy_fifth_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Sixteen English probe articles of sixteen more outlets on the peace-formula diplomacy of
    2023 and 2024, among them an agency's "UPDATE 2" and flashes, a radio transcript with time
    stamps, a live ticker newest first, an editor's note and datelines away from the event
    (after Jeddah, August 2023; after Davos, January 2024; before Bürgenstock, June 2024; after
    Orbán's trips, July 2024; the victory plan's weeks, October 2024:
    tests/fixtures/probe_events75, written blind in session 42): as first read (blind, at
    d38677e), claims 0.968 / 0.961, speakers 59 of 82 (7 wrong or spurious), merged 24/25,
    conflicts 3/6 (1 false), headlines 13/27. A regression guard. Headlines' floor 0.45 -> 0.44
    in session 48: a transcript's presenter's label dropped from titles changed which claim titles
    a glued event."""
    s = score(_copied(PROBE_EVENTS75, tmp_path), PROBE_EVENTS75)
    print("\nprobe events 75:", s)
    assert s["claims_recall"] >= 0.96 and s["claims_precision"] >= 0.95, s
    assert ratio(s["attribution"]) >= 0.72 and s["attribution_wrong"] <= 7, s
    assert ratio(s["merged"]) >= 0.92 and s["overmerged"] == 0 and s["false_conflicts"] <= 1, s
    assert ratio(s["conflicts"]) >= 0.45 and ratio(s["headlines"]) >= 0.44, s


PROBE_EVENTS76 = DEV.parent / "probe_events76"


def test_seventy_sixth_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Sixteen English probe articles of sixteen more outlets on the Normandy format and the
    Minsk process, among them an agency's numbered brief items, a wire filed in Asia, a
    parliament's press release, another outlet's interview quoted and a timeline box (SurkovLeaks
    and Valdai, October 2016; the killing of "Givi" and the Munich ministers, February 2017;
    after the 2019 exchange and the Steinmeier formula: tests/fixtures/probe_events76, written
    blind in session 42): as first read (blind, at 2b3b95c, with the session's first rules),
    claims 0.959 / 0.946, speakers 50 of 63 (4 wrong or spurious), merged 25/32, conflicts 4/5
    (2 false), headlines 16/38. A regression guard."""
    s = score(_copied(PROBE_EVENTS76, tmp_path), PROBE_EVENTS76)
    print("\nprobe events 76:", s)
    assert s["claims_recall"] >= 0.95 and s["claims_precision"] >= 0.94, s
    assert ratio(s["attribution"]) >= 0.75 and s["attribution_wrong"] <= 4, s
    assert ratio(s["merged"]) >= 0.75 and s["overmerged"] == 0 and s["false_conflicts"] <= 2, s
    assert ratio(s["conflicts"]) >= 0.6 and ratio(s["headlines"]) >= 0.4, s


PROBE_EVENTS77 = DEV.parent / "probe_events77"


def test_seventy_seventh_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Sixteen English probe articles of sixteen more outlets on the saga's own days of 2025,
    among them an interview's second part, one person quoted on two days, a Russian state
    paper's Moscow times, a digest of Telegram posts and a fact box of earlier invitations
    (tests/fixtures/probe_events77, written blind in session 42): as first read (blind, at
    2b3b95c, with the session's first rules), claims 0.98 / 0.943, speakers 74 of 100 (10 wrong
    or spurious), merged 30/33, conflicts 2/6 (none false), headlines 13/43. A regression
    guard."""
    s = score(_copied(PROBE_EVENTS77, tmp_path), PROBE_EVENTS77)
    print("\nprobe events 77:", s)
    assert s["claims_recall"] >= 0.97 and s["claims_precision"] >= 0.93, s
    assert ratio(s["attribution"]) >= 0.72 and s["attribution_wrong"] <= 10, s
    assert ratio(s["merged"]) >= 0.88 and s["overmerged"] == 0 and s["false_conflicts"] <= 1, s
    assert ratio(s["conflicts"]) >= 0.3 and ratio(s["headlines"]) >= 0.3, s


PROBE_EVENTS78 = DEV.parent / "probe_events78"


def test_seventy_eighth_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Sixteen English probe articles of sixteen more outlets on the diplomacy of June-December
    2022 (the grain deal's suspension and return, the IAEA's mission to Zaporizhzhia, Lavrov in
    Ankara, the prisoner swaps of December), among them a live blog in two time zones with an
    embedded post, "Key points" bullets, a standfirst, two translations and a photo gallery
    (tests/fixtures/probe_events78, written blind in session 43): as first read (blind, at
    0c38366), claims 0.985 / 0.935, speakers 56 of 69 (3 wrong or spurious), merged 28/29,
    conflicts 2/6 (1 false), headlines 15/43. A regression guard."""
    s = score(_copied(PROBE_EVENTS78, tmp_path), PROBE_EVENTS78)
    print("\nprobe events 78:", s)
    assert s["claims_recall"] >= 0.97 and s["claims_precision"] >= 0.93, s
    assert ratio(s["attribution"]) >= 0.88 and s["attribution_wrong"] <= 3, s
    assert ratio(s["merged"]) >= 0.93 and s["overmerged"] == 0 and s["false_conflicts"] <= 1, s
    assert ratio(s["conflicts"]) >= 0.3 and ratio(s["headlines"]) >= 0.33, s


PROBE_EVENTS79 = DEV.parent / "probe_events79"


def test_seventy_ninth_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Sixteen English probe articles of sixteen more outlets on the Normandy format's first
    years (2014-2015: the end of Poroshenko's ceasefire, the Minsk Protocol's days, Volnovakha,
    the Minsk II ceasefire, the Berlin ministers' meetings), among them a print story's jump
    line, a TV transcript of an anchor and a correspondent, an agency's FLASH line, a ministry's
    statement, a factbox and a regional paper's wrong weekday (tests/fixtures/probe_events79,
    written blind in session 43): as first read (blind, at 0c38366), claims 0.938 / 0.928,
    speakers 58 of 66 (7 wrong or spurious), merged 32/35, conflicts 4/6 (1 false), headlines
    17/32. A regression guard."""
    s = score(_copied(PROBE_EVENTS79, tmp_path), PROBE_EVENTS79)
    print("\nprobe events 79:", s)
    assert s["claims_recall"] >= 0.93 and s["claims_precision"] >= 0.92, s
    assert ratio(s["attribution"]) >= 0.9 and s["attribution_wrong"] <= 7, s
    assert ratio(s["merged"]) >= 0.88 and s["overmerged"] == 0 and s["false_conflicts"] <= 1, s
    assert ratio(s["conflicts"]) >= 0.6 and ratio(s["headlines"]) >= 0.5, s


PROBE_EVENTS80 = DEV.parent / "probe_events80"


def test_eightieth_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Sixteen English probe articles of sixteen more outlets on 2023's days (Zuppi in Moscow,
    the Danube ports after the grain deal, Erdogan's call and the Izmail strike, Zelensky's F-16
    tour, the days after Prigozhin's death), pasted as web text arrives: links around names,
    character references, a PDF brief hyphenated at its line ends, a live blog with embedded
    posts, a Q&A interview, an "UPDATE 1" wire, corrections, "Tues."
    (tests/fixtures/probe_events80, written blind in session 43): as first read (blind, at
    2fa3a1b, the session's first reading rules in), claims 0.985 / 0.948 (its one gold fix
    after), speakers 55 of 65 (2 wrong or spurious), merged 21/23, conflicts 2/6 (3 false),
    headlines 13/39. A regression guard."""
    s = score(_copied(PROBE_EVENTS80, tmp_path), PROBE_EVENTS80)
    print("\nprobe events 80:", s)
    assert s["claims_recall"] >= 0.97 and s["claims_precision"] >= 0.94, s
    assert ratio(s["attribution"]) >= 0.88 and s["attribution_wrong"] <= 3, s
    assert ratio(s["merged"]) >= 0.9 and s["overmerged"] == 0 and s["false_conflicts"] <= 3, s
    assert ratio(s["conflicts"]) >= 0.3 and ratio(s["headlines"]) >= 0.35, s


PROBE_EVENTS81 = DEV.parent / "probe_events81"


def test_eighty_first_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Sixteen English probe articles of sixteen more outlets on Zelensky's first year (May
    2019 - March 2020: the snap election, the Steinmeier formula, the swaps, disengagement, the
    Trump call as it touched Ukraine), among them a TV transcript, TASS copy, a column of
    background dates, a Q&A interview, a weekly digest, two presidents and two ministers of one
    title in one article (tests/fixtures/probe_events81, written blind in session 43): as first
    read (blind, at 2fa3a1b), claims 0.978 / 0.973, speakers 72 of 95 (11 wrong or spurious),
    merged 35/43, conflicts 3/6 (none false), headlines 21/38. A regression guard."""
    s = score(_copied(PROBE_EVENTS81, tmp_path), PROBE_EVENTS81)
    print("\nprobe events 81:", s)
    assert s["claims_recall"] >= 0.97 and s["claims_precision"] >= 0.96, s
    assert ratio(s["attribution"]) >= 0.8 and s["attribution_wrong"] <= 11, s
    assert ratio(s["merged"]) >= 0.8 and s["overmerged"] == 0 and s["false_conflicts"] <= 1, s
    assert ratio(s["conflicts"]) >= 0.3 and ratio(s["headlines"]) >= 0.5, s


PROBE_EVENTS82 = DEV.parent / "probe_events82"


def test_eighty_second_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Sixteen English probe articles of sixteen more outlets on 2024's days (the Uzhhorod
    talks and Orban's veto, Kursk and the Zaporizhzhia cooling tower, Rutte in Kyiv and
    Vuhledar, the EU's loan, Lavrov in Malta), among them a Q&A interview, a live blog with
    embedded posts, an explainer of question subheadings, a policy brief with its running header
    and page numbers, a TV transcript and American copy's bare weekdays
    (tests/fixtures/probe_events82, written blind in session 43): as first read (blind, at
    2583e3d), claims 0.965 / 0.914, speakers 54 of 71 (6 wrong or spurious), merged 27/30,
    conflicts 5/6 (1 false), headlines 16/34. A regression guard."""
    s = score(_copied(PROBE_EVENTS82, tmp_path), PROBE_EVENTS82)
    print("\nprobe events 82:", s)
    assert s["claims_recall"] >= 0.96 and s["claims_precision"] >= 0.93, s
    assert ratio(s["attribution"]) >= 0.75 and s["attribution_wrong"] <= 6, s
    assert ratio(s["merged"]) >= 0.85 and s["overmerged"] == 0 and s["false_conflicts"] <= 1, s
    assert ratio(s["conflicts"]) >= 0.65 and ratio(s["headlines"]) >= 0.42, s


PROBE_EVENTS83 = DEV.parent / "probe_events83"


def test_eighty_third_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Sixteen English probe articles of sixteen more outlets on 2016-2017 (the Normandy
    ministers in Berlin, the harvest truce and Poroshenko at the Elysée, "Malorossiya", the
    April 2017 call and the OSCE paramedic killed near Pryshyb, Volker and Surkov in Dubai),
    among them translated readouts, a government's press release ("issued the following
    statement:", "###"), "What we know so far" subheadings, numeric dates and a newsletter's
    items (tests/fixtures/probe_events83, written blind in session 44): as first read (blind,
    at 2b6ed06), claims 0.992 / 0.961, speakers 38 of 52 (5 wrong or spurious), merged 24/27,
    conflicts 1/6 (none false), headlines 19/37. A regression guard."""
    s = score(_copied(PROBE_EVENTS83, tmp_path), PROBE_EVENTS83)
    print("\nprobe events 83:", s)
    assert s["claims_recall"] >= 0.98 and s["claims_precision"] >= 0.95, s
    assert ratio(s["attribution"]) >= 0.78 and s["attribution_wrong"] <= 5, s
    assert ratio(s["merged"]) >= 0.85 and s["overmerged"] == 0 and s["false_conflicts"] == 0, s
    assert ratio(s["conflicts"]) >= 0.15 and ratio(s["headlines"]) >= 0.48, s


PROBE_EVENTS84 = DEV.parent / "probe_events84"


def test_eighty_fourth_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Sixteen English probe articles of sixteen more outlets on 2025's free days (swaps
    agreed in Istanbul, venues offered for a leaders' meeting, envoys in New York and Moscow),
    among them a live blog in reverse order, a morning newsletter, an explainer of question
    subheadings, an AP-style correction, an "UPDATE 2-" headline and an anonymous official
    (tests/fixtures/probe_events84, written blind in session 44): as first read (blind, at
    2b6ed06), claims 0.984 / 0.992, speakers 67 of 76 (2 wrong or spurious), merged 35/38,
    conflicts 3/6 (none false), headlines 7/19. A regression guard."""
    s = score(_copied(PROBE_EVENTS84, tmp_path), PROBE_EVENTS84)
    print("\nprobe events 84:", s)
    assert s["claims_recall"] >= 0.97 and s["claims_precision"] >= 0.98, s
    assert ratio(s["attribution"]) >= 0.87 and s["attribution_wrong"] <= 2, s
    assert ratio(s["merged"]) >= 0.9 and s["overmerged"] == 0 and s["false_conflicts"] == 0, s
    assert ratio(s["conflicts"]) >= 0.45 and ratio(s["headlines"]) >= 0.35, s


PROBE_EVENTS85 = DEV.parent / "probe_events85"


def test_eighty_fifth_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Sixteen English probe articles of sixteen more outlets on the Kerch Strait's aftermath
    (December 2018) and spring 2021 (Yermak and Kozak, the Nord Stream 2 waiver), among them
    translated Ukrainian and Russian outlets, a radio transcript of speaker labels in capitals
    ("YERMAK:", "HOST:"), "On the 22nd" and "Friday the 16th", an op-ed of background dates
    and night events reported on two days (tests/fixtures/probe_events85, written blind in
    session 44): as first read (blind, at 2b6ed06), claims 0.957 / 0.964, speakers 55 of 76 (10
    wrong or spurious), merged 28/31, conflicts 3/6 (none false), headlines 14/28. A regression
    guard."""
    s = score(_copied(PROBE_EVENTS85, tmp_path), PROBE_EVENTS85)
    print("\nprobe events 85:", s)
    assert s["claims_recall"] >= 0.97 and s["claims_precision"] >= 0.97, s
    assert ratio(s["attribution"]) >= 0.72 and s["attribution_wrong"] <= 9, s
    assert ratio(s["merged"]) >= 0.85 and s["overmerged"] == 0 and s["false_conflicts"] == 0, s
    assert ratio(s["conflicts"]) >= 0.6 and ratio(s["headlines"]) >= 0.45, s


PROBE_EVENTS86 = DEV.parent / "probe_events86"


def test_eighty_sixth_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Sixteen English probe articles of sixteen more outlets on 2014's first talks over
    eastern Ukraine (Geneva's aftermath, the D-Day week, Poroshenko's truce, the OSCE monitors
    freed, the Minsk summit of August, the UN week), among them wire copy with "UPDATED" and
    sign-offs, "WATCH:" video lines, a correction at the top and a pronoun two sentences from
    its name (tests/fixtures/probe_events86, written blind in session 44): as first read (blind,
    at 8501f9d), claims 0.951 / 0.971, speakers 57 of 62 (2 wrong or spurious), merged 30/33,
    conflicts 3/6 (none false), headlines 19/36. A regression guard."""
    s = score(_copied(PROBE_EVENTS86, tmp_path), PROBE_EVENTS86)
    print("\nprobe events 86:", s)
    assert s["claims_recall"] >= 0.97 and s["claims_precision"] >= 0.98, s
    assert ratio(s["attribution"]) >= 0.9 and s["attribution_wrong"] <= 2, s
    assert ratio(s["merged"]) >= 0.93 and s["overmerged"] == 0 and s["false_conflicts"] == 0, s
    assert ratio(s["conflicts"]) >= 0.3 and ratio(s["headlines"]) >= 0.5, s


PROBE_EVENTS87 = DEV.parent / "probe_events87"


def test_eighty_seventh_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Sixteen English probe articles of sixteen more outlets on the Normandy process in 2020
    (the ministers' video conference, Kozak on the Rada's election resolution, the July
    ceasefire's first week, the Contact Group on Shumy, the advisers' call of November), among
    them a ministry's release of numbered points, a wire copy "(With inputs from agencies)", a
    table of swaps, a speaker named by role before his name and "Maas said:" before his quote
    (tests/fixtures/probe_events87, written blind in session 44): as first read (blind, at
    8501f9d), claims 0.969 / 0.962, speakers 36 of 46 (1 wrong or spurious), merged 29/31,
    conflicts 5/6 (none false), headlines 15/26. A regression guard."""
    s = score(_copied(PROBE_EVENTS87, tmp_path), PROBE_EVENTS87)
    print("\nprobe events 87:", s)
    assert s["claims_recall"] >= 0.97 and s["claims_precision"] >= 0.96, s
    assert ratio(s["attribution"]) >= 0.78 and s["attribution_wrong"] <= 1, s
    assert ratio(s["merged"]) >= 0.93 and s["overmerged"] == 0 and s["false_conflicts"] == 0, s
    assert ratio(s["conflicts"]) >= 0.8 and ratio(s["headlines"]) >= 0.55, s


PROBE_EVENTS88 = DEV.parent / "probe_events88"


def test_eighty_eighth_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Sixteen English probe articles of sixteen more outlets on spring 2022's free days (the
    Biden-Xi call and Luzhniki, the Azovstal ultimatum, the Mariupol evacuations, Scholz's and
    Niinistö's calls to Putin), among them a live page in two zones, a wire rewrite "(With inputs
    from Reuters)", a Turkish English edition, a TV transcript of "NARRATOR:" and labels of a name
    and a role, "From our correspondent" and a round's day one off (tests/fixtures/probe_events88,
    written blind in session 44): as first read (blind, at 74a61e4, after its one gold fix),
    claims 1.0 / 0.986, speakers 71 of 85 (1 wrong or spurious), merged 32/32, conflicts 5/6
    (none false), headlines 20/44. A regression guard."""
    s = score(_copied(PROBE_EVENTS88, tmp_path), PROBE_EVENTS88)
    print("\nprobe events 88:", s)
    assert s["claims_recall"] >= 0.99 and s["claims_precision"] >= 0.97, s
    assert ratio(s["attribution"]) >= 0.82 and s["attribution_wrong"] <= 1, s
    assert ratio(s["merged"]) >= 0.95 and s["overmerged"] == 0 and s["false_conflicts"] == 0, s
    # (conflicts 0.8 -> 0.66, session 49: the Biden-Xi call's event came apart from Medinsky's
    # words of that Friday, a report's day told apart after its turn, and still lists both days;
    # the scorer now takes Medinsky's event first, which holds two of the call's three outlets)
    assert ratio(s["conflicts"]) >= 0.66 and ratio(s["headlines"]) >= 0.45, s


PROBE_EVENTS89 = DEV.parent / "probe_events89"


def test_eighty_ninth_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Sixteen English probe articles of sixteen more outlets on 2023-2024's peace-formula
    diplomacy (the Pope's "white flag", children returned through Qatar, Malta's eve, Li Hui's
    tour, the Bürgenstock invitations), among them a timeline box, a Holy See communiqué, a
    Qatari report, captions with dates and credits, "Dr" and "Prof" speakers, a release ending
    in "###", sentences of two speakers and "a fortnight later" (tests/fixtures/probe_events89,
    written blind in session 44): as first read (blind, at 74a61e4), claims 0.98 / 0.974,
    speakers 45 of 64 (7 wrong or spurious), merged 32/37, conflicts 4/6 (1 false), headlines
    17/31. A regression guard."""
    s = score(_copied(PROBE_EVENTS89, tmp_path), PROBE_EVENTS89)
    print("\nprobe events 89:", s)
    assert s["claims_recall"] >= 0.98 and s["claims_precision"] >= 0.97, s
    assert ratio(s["attribution"]) >= 0.66 and s["attribution_wrong"] <= 7, s
    assert ratio(s["merged"]) >= 0.85 and s["overmerged"] == 0 and s["false_conflicts"] <= 1, s
    assert ratio(s["conflicts"]) >= 0.6 and ratio(s["headlines"]) >= 0.5, s


PROBE_EVENTS90 = DEV.parent / "probe_events90"


def test_ninetieth_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Sixteen English probe articles of sixteen more outlets on Minsk II's aftermath in 2015
    (the heavy-weapons pullback, the EU-Ukraine summit and the Normandy call, the Rada's
    decentralisation vote, the OSCE cars burned in Donetsk, the sanctions extended), among them
    a Q&A interview, a fact-check, 'the day after the vote' and a 'he' of the paragraph before
    (tests/fixtures/probe_events90, written blind in session 45): as first read (blind, at
    9674902), claims 0.915 / 0.883, speakers 74 of 84 (3 wrong or spurious), merged 19/23,
    conflicts 4/6 (2 false), headlines 21/50; at the session's end claims 0.939 / 0.901,
    speakers 75 of 85 (3 wrong or spurious), merged 19/23, conflicts 4/6 (2 false), headlines
    22/50. A regression guard."""
    s = score(_copied(PROBE_EVENTS90, tmp_path), PROBE_EVENTS90)
    print("\nprobe events 90:", s)
    assert s["claims_recall"] >= 0.92 and s["claims_precision"] >= 0.89, s
    assert ratio(s["attribution"]) >= 0.85 and s["attribution_wrong"] <= 4, s
    assert ratio(s["merged"]) >= 0.79 and s["overmerged"] == 0 and s["false_conflicts"] <= 2, s
    assert ratio(s["conflicts"]) >= 0.56 and ratio(s["headlines"]) >= 0.41, s


PROBE_EVENTS91 = DEV.parent / "probe_events91"


def test_ninety_first_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Sixteen English probe articles of sixteen more outlets on the Istanbul talks' later
    rounds and exchanges in 2025, among them a live blog, a Telegram post quoted whole, a
    correction and sentences of two speakers (tests/fixtures/probe_events91, written blind in
    session 45): as first read (blind, at 6696f11), claims 0.972 / 0.972, speakers 71 of 82 (5
    wrong or spurious), merged 23/24, conflicts 3/6 (1 false), headlines 15/28; at the session's
    end claims 0.979 / 0.979, speakers 74 of 83 (4 wrong or spurious), merged 23/24, conflicts
    2/6 (1 false), headlines 14/28. A regression guard."""
    s = score(_copied(PROBE_EVENTS91, tmp_path), PROBE_EVENTS91)
    print("\nprobe events 91:", s)
    assert s["claims_recall"] >= 0.96 and s["claims_precision"] >= 0.96, s
    assert ratio(s["attribution"]) >= 0.86 and s["attribution_wrong"] <= 5, s
    assert ratio(s["merged"]) >= 0.92 and s["overmerged"] == 0 and s["false_conflicts"] <= 1, s
    assert ratio(s["conflicts"]) >= 0.23 and ratio(s["headlines"]) >= 0.47, s


PROBE_EVENTS92 = DEV.parent / "probe_events92"


def test_ninety_second_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Sixteen English probe articles of sixteen more outlets on the road to the Paris Normandy
    summit in 2019, among them a translated article, a newsletter digest, a 'Timeline' sidebar
    and speakers named by title only (tests/fixtures/probe_events92, written blind in session
    45): as first read (blind, at a58f666), claims 0.952 / 0.904, speakers 47 of 71 (6 wrong or
    spurious), merged 26/30, conflicts 4/6 (1 false), headlines 15/37; at the session's end
    claims 0.958 / 0.91, speakers 47 of 71 (3 wrong or spurious), merged 26/30, conflicts 4/6 (1
    false), headlines 15/37. A regression guard."""
    s = score(_copied(PROBE_EVENTS92, tmp_path), PROBE_EVENTS92)
    print("\nprobe events 92:", s)
    assert s["claims_recall"] >= 0.94 and s["claims_precision"] >= 0.9, s
    assert ratio(s["attribution"]) >= 0.63 and s["attribution_wrong"] <= 4, s
    assert ratio(s["merged"]) >= 0.83 and s["overmerged"] <= 1 and s["false_conflicts"] <= 1, s
    assert ratio(s["conflicts"]) >= 0.56 and ratio(s["headlines"]) >= 0.37, s


PROBE_EVENTS93 = DEV.parent / "probe_events93"


def test_ninety_third_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Sixteen English probe articles of sixteen more outlets on the spring diplomacy of 2022,
    among them a ministry's briefing transcript of 'Q (Outlet):' and 'A:', a signed op-ed,
    galleries of numbered captions and 'the following day' (tests/fixtures/probe_events93,
    written blind in session 45): as first read (blind, at 90ada65), claims 0.952 / 0.917,
    speakers 48 of 57 (5 wrong or spurious), merged 18/22, conflicts 4/6 (2 false), headlines
    19/36; at the session's end claims 0.968 / 0.925, speakers 48 of 58 (6 wrong or spurious),
    merged 18/22, conflicts 4/6 (2 false), headlines 19/36. A regression guard."""
    s = score(_copied(PROBE_EVENTS93, tmp_path), PROBE_EVENTS93)
    print("\nprobe events 93:", s)
    assert s["claims_recall"] >= 0.95 and s["claims_precision"] >= 0.91, s
    assert ratio(s["attribution"]) >= 0.79 and s["attribution_wrong"] <= 7, s
    assert ratio(s["merged"]) >= 0.78 and s["overmerged"] == 0 and s["false_conflicts"] <= 2, s
    assert ratio(s["conflicts"]) >= 0.56 and ratio(s["headlines"]) >= 0.49, s


PROBE_EVENTS94 = DEV.parent / "probe_events94"


def test_ninety_fourth_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Sixteen English probe articles of sixteen more outlets on Trump's envoys and the Riyadh-
    Jeddah track in 2025, among them a radio transcript in mixed-case labels, a wire story
    updated twice, a Q&A explainer and dates written '18.03.2025' and 'March 18th'
    (tests/fixtures/probe_events94, written blind in session 45): as first read (blind, at
    3997447), claims 0.984 / 0.976, speakers 64 of 68 (2 wrong or spurious), merged 24/26,
    conflicts 3/6 (0 false), headlines 17/28; at the session's end claims 0.992 / 0.984,
    speakers 64 of 68 (2 wrong or spurious), merged 24/26, conflicts 3/6 (0 false), headlines
    17/28. A regression guard."""
    s = score(_copied(PROBE_EVENTS94, tmp_path), PROBE_EVENTS94)
    print("\nprobe events 94:", s)
    assert s["claims_recall"] >= 0.98 and s["claims_precision"] >= 0.97, s
    assert ratio(s["attribution"]) >= 0.91 and s["attribution_wrong"] <= 3, s
    assert ratio(s["merged"]) >= 0.89 and s["overmerged"] == 0 and s["false_conflicts"] <= 0, s
    assert ratio(s["conflicts"]) >= 0.4 and ratio(s["headlines"]) >= 0.57, s


PROBE_EVENTS95 = DEV.parent / "probe_events95"


def test_ninety_fifth_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Sixteen English probe articles of sixteen more outlets on the grain deal's end and the
    Black Sea in 2023, among them 'READ MORE:' lines, a TV transcript excerpt, numbered
    paragraphs and 'Putin, the Kremlin said, will not ...' (tests/fixtures/probe_events95,
    written blind in session 45): as first read (blind, at 186146f), claims 0.959 / 0.902,
    speakers 45 of 49 (2 wrong or spurious), merged 19/26, conflicts 3/6 (1 false), headlines
    10/26; at the session's end claims 0.967 / 0.924, speakers 45 of 49 (2 wrong or spurious),
    merged 19/26, conflicts 3/6 (1 false), headlines 10/26. A regression guard."""
    s = score(_copied(PROBE_EVENTS95, tmp_path), PROBE_EVENTS95)
    print("\nprobe events 95:", s)
    assert s["claims_recall"] >= 0.95 and s["claims_precision"] >= 0.91, s
    assert ratio(s["attribution"]) >= 0.88 and s["attribution_wrong"] <= 3, s
    assert ratio(s["merged"]) >= 0.7 and s["overmerged"] == 0 and s["false_conflicts"] <= 1, s
    assert ratio(s["conflicts"]) >= 0.4 and ratio(s["headlines"]) >= 0.35, s


PROBE_EVENTS96 = DEV.parent / "probe_events96"


def test_ninety_sixth_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Sixteen English probe articles of sixteen more outlets on the saga's invented chapter of
    2026 (the Abu Dhabi rounds, a readout of a call, the UAE's invitations), among them a post
    on X quoted whole, a White House readout and Gulf house styles ('HE', 'H.E.')
    (tests/fixtures/probe_events96, written blind in session 45): as first read (blind, at
    46aa81d), claims 0.993 / 0.967, speakers 58 of 80 (18 wrong or spurious), merged 24/26,
    conflicts 3/7 (1 false), headlines 16/40; at the session's end claims 1.0 / 0.974, speakers
    60 of 81 (17 wrong or spurious), merged 24/26, conflicts 3/7 (1 false), headlines 17/40. A
    regression guard."""
    s = score(_copied(PROBE_EVENTS96, tmp_path), PROBE_EVENTS96)
    print("\nprobe events 96:", s)
    assert s["claims_recall"] >= 0.99 and s["claims_precision"] >= 0.96, s
    assert ratio(s["attribution"]) >= 0.71 and s["attribution_wrong"] <= 18, s
    assert ratio(s["merged"]) >= 0.89 and s["overmerged"] == 0 and s["false_conflicts"] <= 1, s
    assert ratio(s["conflicts"]) >= 0.32 and ratio(s["headlines"]) >= 0.39, s


PROBE_EVENTS97 = DEV.parent / "probe_events97"


def test_ninety_seventh_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Sixteen English probe articles of sixteen more outlets on the Kerch Strait incident's
    aftermath in 2018, among them women speakers after a man named in between, a readout, a
    digest of unrelated stories and 'on the same day as the vote'
    (tests/fixtures/probe_events97, written blind in session 45): as first read (blind, at
    c4e21a6), claims 0.957 / 0.892, speakers 39 of 61 (7 wrong or spurious), merged 16/26,
    conflicts 5/7 (2 false), headlines 16/35; at the session's end claims 0.957 / 0.904,
    speakers 41 of 61 (3 wrong or spurious), merged 16/26, conflicts 5/7 (2 false), headlines
    16/35. A regression guard. Headlines' floor 0.42 -> 0.40 in session 48:
    Theresa May now speaks ("Mrs May said", speakers 41 -> 43 of 61), and with her as the lead
    of the day's units a glued event takes a Liberal Democrat's words for its title."""
    s = score(_copied(PROBE_EVENTS97, tmp_path), PROBE_EVENTS97)
    print("\nprobe events 97:", s)
    assert s["claims_recall"] >= 0.94 and s["claims_precision"] >= 0.89, s
    assert ratio(s["attribution"]) >= 0.64 and s["attribution_wrong"] <= 4, s
    assert ratio(s["merged"]) >= 0.58 and s["overmerged"] == 0 and s["false_conflicts"] <= 2, s
    assert ratio(s["conflicts"]) >= 0.61 and ratio(s["headlines"]) >= 0.40, s


PROBE_EVENTS98 = DEV.parent / "probe_events98"


def test_ninety_eighth_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Sixteen English probe articles of sixteen more outlets on the spring of 2021 and the
    Geneva summit, among them a 'Q.'/'A.' interview, 'X, who met Y on Monday, said on Tuesday',
    a correction notice and a tweet with its date line (tests/fixtures/probe_events98, written
    blind in session 45): as first read (blind, at 5cf4e9c), claims 0.972 / 0.904, speakers 61
    of 80 (8 wrong or spurious), merged 24/25, conflicts 3/6 (0 false), headlines 21/38; at the
    session's end claims 0.972 / 0.904, speakers 66 of 80 (8 wrong or spurious), merged 24/25,
    conflicts 3/6 (0 false), headlines 21/38. A regression guard."""
    s = score(_copied(PROBE_EVENTS98, tmp_path), PROBE_EVENTS98)
    print("\nprobe events 98:", s)
    assert s["claims_recall"] >= 0.96 and s["claims_precision"] >= 0.89, s
    assert ratio(s["attribution"]) >= 0.79 and s["attribution_wrong"] <= 9, s
    assert ratio(s["merged"]) >= 0.93 and s["overmerged"] == 0 and s["false_conflicts"] <= 0, s
    assert ratio(s["conflicts"]) >= 0.4 and ratio(s["headlines"]) >= 0.52, s


PROBE_EVENTS99 = DEV.parent / "probe_events99"


def test_ninety_ninth_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Sixteen English probe articles of sixteen more outlets on the summer diplomacy of 2024
    (Orban's mission, the Ankara swap, Modi's trip), among them a live blog in order with
    'UPDATE:' lines, a former diplomat's op-ed and 'the day after X's visit' named later
    (tests/fixtures/probe_events99, written blind in session 45): as first read (blind, at
    4b6b52d), claims 0.971 / 0.951, speakers 42 of 46 (4 wrong or spurious), merged 29/32,
    conflicts 3/6 (0 false), headlines 15/27; at the session's end claims 0.971 / 0.951,
    speakers 42 of 46 (4 wrong or spurious), merged 29/32, conflicts 3/6 (0 false), headlines
    15/27. A regression guard."""
    s = score(_copied(PROBE_EVENTS99, tmp_path), PROBE_EVENTS99)
    print("\nprobe events 99:", s)
    assert s["claims_recall"] >= 0.96 and s["claims_precision"] >= 0.94, s
    assert ratio(s["attribution"]) >= 0.88 and s["attribution_wrong"] <= 5, s
    assert ratio(s["merged"]) >= 0.87 and s["overmerged"] == 0 and s["false_conflicts"] <= 0, s
    assert ratio(s["conflicts"]) >= 0.4 and ratio(s["headlines"]) >= 0.52, s


PROBE_EVENTS100 = DEV.parent / "probe_events100"


def test_hundredth_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Sixteen English probe articles of sixteen more outlets on 2014 from Geneva to Normandy,
    among them 2014 AP copy, a gallery of captions, a State Department briefing of 'QUESTION:'
    and 'MS. PSAKI:' and 'Putin, the Kremlin said, ...' asides (tests/fixtures/probe_events100,
    written blind in session 45): as first read (blind, at 8dee6af), claims 0.986 / 0.949,
    speakers 68 of 76 (9 wrong or spurious), merged 27/30, conflicts 2/6 (1 false), headlines
    22/59; at the session's end claims 0.993 / 0.955, speakers 69 of 77 (9 wrong or spurious),
    merged 28/30, conflicts 3/6 (1 false), headlines 21/59. A regression guard."""
    s = score(_copied(PROBE_EVENTS100, tmp_path), PROBE_EVENTS100)
    print("\nprobe events 100:", s)
    assert s["claims_recall"] >= 0.98 and s["claims_precision"] >= 0.94, s
    assert ratio(s["attribution"]) >= 0.86 and s["attribution_wrong"] <= 10, s
    assert ratio(s["merged"]) >= 0.9 and s["overmerged"] == 0 and s["false_conflicts"] <= 1, s
    # (Oleksandr Turchynov registered (session 47) moved one of the observers' claims out of the
    # event that showed their disagreement: 2/6)
    assert ratio(s["conflicts"]) >= 0.3 and ratio(s["headlines"]) >= 0.32, s


PROBE_EVENTS101 = DEV.parent / "probe_events101"


def test_hundred_and_first_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Sixteen English probe articles of sixteen more outlets on the Berlin Normandy summit of
    2016 and the winter of Avdiivka in 2017, among them a pull-quote repeated in the body, a
    'Related:' list of dated headlines, a speaker named after a quote of two paragraphs and 'the
    19th' (tests/fixtures/probe_events101, written blind in session 46): as first read (blind,
    at 7f577bb), claims 0.966 / 0.86, speakers 56 of 70 (6 wrong or spurious), merged 15/18,
    conflicts 2/6 (4 false), headlines 21/58; at the session's end claims 0.993 / 0.889,
    speakers 60 of 72 (4 wrong or spurious), merged 17/18, conflicts 3/6 (2 false), headlines
    23/58. A regression guard."""
    s = score(_copied(PROBE_EVENTS101, tmp_path), PROBE_EVENTS101)
    print("\nprobe events 101:", s)
    assert s["claims_recall"] >= 0.98 and s["claims_precision"] >= 0.87, s
    assert ratio(s["attribution"]) >= 0.8 and s["attribution_wrong"] <= 5, s
    assert ratio(s["merged"]) >= 0.91 and s["overmerged"] <= 0 and s["false_conflicts"] <= 2, s
    assert ratio(s["conflicts"]) >= 0.4 and ratio(s["headlines"]) >= 0.36, s


PROBE_EVENTS102 = DEV.parent / "probe_events102"


def test_hundred_and_second_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Sixteen English probe articles of sixteen more outlets on the Normandy advisers' track
    and the truce of July 2020, among them TASS-style copy, an interview of bold 'Yermak:'
    labels, 'the day before yesterday' and 'on Monday night into Tuesday'
    (tests/fixtures/probe_events102, written blind in session 46): as first read (blind, at
    e4e20d9), claims 0.968 / 0.949, speakers 72 of 85 (4 wrong or spurious), merged 26/27,
    conflicts 0/6 (2 false), headlines 18/32; at the session's end claims 0.987 / 0.968,
    speakers 74 of 86 (4 wrong or spurious), merged 27/27, conflicts 1/6 (2 false), headlines
    20/32. A regression guard."""
    s = score(_copied(PROBE_EVENTS102, tmp_path), PROBE_EVENTS102)
    print("\nprobe events 102:", s)
    assert s["claims_recall"] >= 0.97 and s["claims_precision"] >= 0.95, s
    assert ratio(s["attribution"]) >= 0.83 and s["attribution_wrong"] <= 5, s
    assert ratio(s["merged"]) >= 0.97 and s["overmerged"] <= 0 and s["false_conflicts"] <= 2, s
    assert ratio(s["conflicts"]) >= 0.06 and ratio(s["headlines"]) >= 0.59, s


PROBE_EVENTS103 = DEV.parent / "probe_events103"


def test_hundred_and_third_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Sixteen English probe articles of sixteen more outlets on the autumn of 2022 (the
    Zaporizhzhia plant, the prisoner swap, the grain corridor's extension), among them an
    explainer with a dated timeline, numbered takeaways, ISO dates in brackets and speakers
    given by 'per' (tests/fixtures/probe_events103, written blind in session 46): as first read
    (blind, at b86f267), claims 0.987 / 0.922, speakers 54 of 68 (7 wrong or spurious), merged
    27/28, conflicts 3/6 (0 false), headlines 18/50; at the session's end claims 0.987 / 0.933,
    speakers 56 of 68 (5 wrong or spurious), merged 27/28, conflicts 3/6 (0 false), headlines
    18/50. A regression guard."""
    s = score(_copied(PROBE_EVENTS103, tmp_path), PROBE_EVENTS103)
    print("\nprobe events 103:", s)
    assert s["claims_recall"] >= 0.97 and s["claims_precision"] >= 0.92, s
    assert ratio(s["attribution"]) >= 0.79 and s["attribution_wrong"] <= 6, s
    assert ratio(s["merged"]) >= 0.93 and s["overmerged"] <= 0 and s["false_conflicts"] <= 0, s
    assert ratio(s["conflicts"]) >= 0.4 and ratio(s["headlines"]) >= 0.32, s


PROBE_EVENTS104 = DEV.parent / "probe_events104"


def test_hundred_and_fourth_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Sixteen English probe articles of sixteen more outlets on the peace missions of spring
    2023 (China's envoy, the African leaders, the Vatican), among them numbered social-media
    threads, an analysis of recalled dates, 'last week' and 'this week' and 'It was announced on
    Friday that' (tests/fixtures/probe_events104, written blind in session 46): as first read
    (blind, at b6cf970), claims 0.993 / 0.981, speakers 58 of 76 (3 wrong or spurious), merged
    24/25, conflicts 4/6 (1 false), headlines 22/35; at the session's end claims 0.993 / 0.981,
    speakers 58 of 76 (3 wrong or spurious), merged 24/25, conflicts 4/6 (1 false), headlines
    22/35. A regression guard."""
    s = score(_copied(PROBE_EVENTS104, tmp_path), PROBE_EVENTS104)
    print("\nprobe events 104:", s)
    assert s["claims_recall"] >= 0.98 and s["claims_precision"] >= 0.97, s
    assert ratio(s["attribution"]) >= 0.73 and s["attribution_wrong"] <= 4, s
    assert ratio(s["merged"]) >= 0.93 and s["overmerged"] <= 0 and s["false_conflicts"] <= 1, s
    assert ratio(s["conflicts"]) >= 0.56 and ratio(s["headlines"]) >= 0.59, s


PROBE_EVENTS105 = DEV.parent / "probe_events105"


def test_hundred_and_fifth_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Sixteen English probe articles of sixteen more outlets on the Buergenstock summit of 2024
    and Putin's conditions, among them a ministry's release in 'we', a long list of countries,
    datelines with diacritics and 'a week from Saturday' (tests/fixtures/probe_events105,
    written blind in session 46): as first read (blind, at e602dc0), claims 0.892 / 0.827,
    speakers 38 of 58 (3 wrong or spurious), merged 17/21, conflicts 4/6 (1 false), headlines
    14/24; at the session's end claims 0.925 / 0.871, speakers 39 of 59 (3 wrong or spurious),
    merged 17/21, conflicts 4/6 (1 false), headlines 14/24. A regression guard."""
    s = score(_copied(PROBE_EVENTS105, tmp_path), PROBE_EVENTS105)
    print("\nprobe events 105:", s)
    assert s["claims_recall"] >= 0.91 and s["claims_precision"] >= 0.86, s
    assert ratio(s["attribution"]) >= 0.63 and s["attribution_wrong"] <= 4, s
    assert ratio(s["merged"]) >= 0.77 and s["overmerged"] <= 0 and s["false_conflicts"] <= 1, s
    assert ratio(s["conflicts"]) >= 0.56 and ratio(s["headlines"]) >= 0.55, s


PROBE_EVENTS106 = DEV.parent / "probe_events106"


def test_hundred_and_sixth_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Sixteen English probe articles of sixteen more outlets on the Alaska summit of August
    2025 and the White House meeting after it, among them a live blog with local and GMT stamps,
    a 'What we know' box, 'Friday's summit' and 'hours after' (tests/fixtures/probe_events106,
    written blind in session 46): as first read (blind, at e57becc), claims 0.952 / 0.909,
    speakers 55 of 60 (3 wrong or spurious), merged 20/21, conflicts 3/6 (0 false), headlines
    14/34; at the session's end claims 0.976 / 0.969, speakers 58 of 62 (2 wrong or spurious),
    merged 20/21, conflicts 3/6 (0 false), headlines 15/34. A regression guard."""
    s = score(_copied(PROBE_EVENTS106, tmp_path), PROBE_EVENTS106)
    print("\nprobe events 106:", s)
    assert s["claims_recall"] >= 0.96 and s["claims_precision"] >= 0.95, s
    assert ratio(s["attribution"]) >= 0.9 and s["attribution_wrong"] <= 3, s
    assert ratio(s["merged"]) >= 0.92 and s["overmerged"] <= 0 and s["false_conflicts"] <= 0, s
    # (Trump named as the writer of his post (session 47, the gold's speaker) moved that claim
    # out of the coalition call's event: 2/6)
    assert ratio(s["conflicts"]) >= 0.3 and ratio(s["headlines"]) >= 0.41, s


PROBE_EVENTS107 = DEV.parent / "probe_events107"


def test_hundred_and_seventh_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Sixteen English probe articles of sixteen more outlets on the called-off Budapest summit,
    the Tomahawks and the 28-point plan of autumn 2025, among them a plan set then cancelled,
    'people familiar with the matter', corrections and a headline-only speaker
    (tests/fixtures/probe_events107, written blind in session 46): as first read (blind, at
    2021479), claims 0.981 / 0.914, speakers 78 of 91 (5 wrong or spurious), merged 22/24,
    conflicts 1/6 (2 false), headlines 12/27; at the session's end claims 0.981 / 0.914,
    speakers 79 of 91 (5 wrong or spurious), merged 22/24, conflicts 1/6 (2 false), headlines
    12/27. A regression guard."""
    s = score(_copied(PROBE_EVENTS107, tmp_path), PROBE_EVENTS107)
    print("\nprobe events 107:", s)
    assert s["claims_recall"] >= 0.97 and s["claims_precision"] >= 0.9, s
    assert ratio(s["attribution"]) >= 0.83 and s["attribution_wrong"] <= 6, s
    assert ratio(s["merged"]) >= 0.88 and s["overmerged"] <= 0 and s["false_conflicts"] <= 2, s
    assert ratio(s["conflicts"]) >= 0.06 and ratio(s["headlines"]) >= 0.41, s


PROBE_EVENTS108 = DEV.parent / "probe_events108"


def test_hundred_and_eighth_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Sixteen English probe articles of sixteen more outlets on Zelensky's election and first
    months in 2019, among them a profile of biography dates, a results story of percentages, an
    editorial in 'we' and 'earlier this week' (tests/fixtures/probe_events108, written blind in
    session 46): as first read (blind, at 50bfb08), claims 0.971 / 0.96, speakers 54 of 62 (3
    wrong or spurious), merged 21/23, conflicts 2/6 (1 false), headlines 18/40; at the session's
    end claims 0.983 / 0.972, speakers 56 of 64 (3 wrong or spurious), merged 21/23, conflicts
    2/6 (1 false), headlines 18/40. A regression guard."""
    s = score(_copied(PROBE_EVENTS108, tmp_path), PROBE_EVENTS108)
    print("\nprobe events 108:", s)
    assert s["claims_recall"] >= 0.97 and s["claims_precision"] >= 0.96, s
    assert ratio(s["attribution"]) >= 0.84 and s["attribution_wrong"] <= 4, s
    assert ratio(s["merged"]) >= 0.88 and s["overmerged"] <= 0 and s["false_conflicts"] <= 1, s
    assert ratio(s["conflicts"]) >= 0.23 and ratio(s["headlines"]) >= 0.42, s


PROBE_EVENTS109 = DEV.parent / "probe_events109"


def test_hundred_and_ninth_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Sixteen English probe articles of sixteen more outlets on the invasion's first weeks in
    2022, among them a live story of 'Day 30:' labels and a tally table, a video address's
    transcript, historic-present headlines and 'on day 10 of the invasion'
    (tests/fixtures/probe_events109, written blind in session 46): as first read (blind, at
    a7a662d), claims 0.925 / 0.919, speakers 65 of 81 (3 wrong or spurious), merged 16/17,
    conflicts 0/6 (2 false), headlines 23/61; at the session's end claims 0.925 / 0.919,
    speakers 65 of 81 (3 wrong or spurious), merged 16/17, conflicts 0/6 (2 false), headlines
    23/61. A regression guard."""
    s = score(_copied(PROBE_EVENTS109, tmp_path), PROBE_EVENTS109)
    print("\nprobe events 109:", s)
    assert s["claims_recall"] >= 0.91 and s["claims_precision"] >= 0.9, s
    assert ratio(s["attribution"]) >= 0.77 and s["attribution_wrong"] <= 4, s
    assert ratio(s["merged"]) >= 0.91 and s["overmerged"] <= 0 and s["false_conflicts"] <= 2, s
    assert ratio(s["conflicts"]) >= -0.1 and ratio(s["headlines"]) >= 0.34, s


PROBE_EVENTS110 = DEV.parent / "probe_events110"


def test_hundred_and_tenth_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Sixteen English probe articles of sixteen more outlets on the Vilnius NATO summit and the
    grain deal's last days in 2023, among them a communique quoted by numbered paragraphs, a
    press conference of 'PRESIDENT ZELENSKY:' labels, an update note and 'the night before last'
    (tests/fixtures/probe_events110, written blind in session 46): as first read (blind, at
    ee6b2c0), claims 0.942 / 0.865, speakers 75 of 85 (7 wrong or spurious), merged 21/23,
    conflicts 6/6 (2 false), headlines 16/36; at the session's end claims 0.955 / 0.882,
    speakers 75 of 85 (7 wrong or spurious), merged 21/23, conflicts 6/6 (2 false), headlines
    16/36. A regression guard."""
    s = score(_copied(PROBE_EVENTS110, tmp_path), PROBE_EVENTS110)
    print("\nprobe events 110:", s)
    assert s["claims_recall"] >= 0.94 and s["claims_precision"] >= 0.87, s
    assert ratio(s["attribution"]) >= 0.85 and s["attribution_wrong"] <= 8, s
    # (lowered in session 50, 2 -> 3 false disagreements, 0.9 -> 0.83 shown, 0.41 -> 0.38
    # headlines: a claim's "he" now acts as its agent, so "He meets Sunak and King Charles III on
    # Monday before flying on to Vilnius" joined the summit's week-long event, whose days now list
    # Monday and Tuesday as versions; over all sets the change gave merged +4, headlines +3 and
    # one false disagreement fewer)
    assert ratio(s["merged"]) >= 0.88 and s["overmerged"] <= 0 and s["false_conflicts"] <= 3, s
    assert ratio(s["conflicts"]) >= 0.83 and ratio(s["headlines"]) >= 0.38, s


PROBE_EVENTS111 = DEV.parent / "probe_events111"


def test_hundred_and_eleventh_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Sixteen English probe articles of sixteen more outlets on the weeks after Trump's
    election in 2024 (Romania's vote, the Vilnius crash, Fiuggi, Kazan), among them a Telegram
    digest of emoji bullets, an update at the end, 'two weeks ago' and a speaker named in the
    headline only (tests/fixtures/probe_events111, written blind in session 46): as first read
    (blind, at f6207ad), claims 0.92 / 0.848, speakers 43 of 50 (6 wrong or spurious), merged
    20/25, conflicts 4/6 (1 false), headlines 10/30; at the session's end claims 0.928 / 0.868,
    speakers 43 of 50 (6 wrong or spurious), merged 20/25, conflicts 4/6 (1 false), headlines
    10/30. A regression guard."""
    s = score(_copied(PROBE_EVENTS111, tmp_path), PROBE_EVENTS111)
    print("\nprobe events 111:", s)
    assert s["claims_recall"] >= 0.91 and s["claims_precision"] >= 0.85, s
    assert ratio(s["attribution"]) >= 0.83 and s["attribution_wrong"] <= 7, s
    assert ratio(s["merged"]) >= 0.77 and s["overmerged"] <= 0 and s["false_conflicts"] <= 1, s
    assert ratio(s["conflicts"]) >= 0.56 and ratio(s["headlines"]) >= 0.3, s


PROBE_EVENTS112 = DEV.parent / "probe_events112"


def test_hundred_and_twelfth_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Sixteen English probe articles of sixteen more outlets on the Easter truce and the spring
    of 2025, among them a speech's transcript in the first person, a 'Key dates' box, 'Easter
    Sunday' and 'the following weekend' (tests/fixtures/probe_events112, written blind in
    session 46): as first read (blind, at bed4537), claims 0.921 / 0.845, speakers 44 of 54 (6
    wrong or spurious), merged 17/20, conflicts 4/6 (1 false), headlines 11/26; at the session's
    end claims 0.921 / 0.845, speakers 44 of 54 (6 wrong or spurious), merged 17/20, conflicts
    4/6 (1 false), headlines 11/26. A regression guard."""
    s = score(_copied(PROBE_EVENTS112, tmp_path), PROBE_EVENTS112)
    print("\nprobe events 112:", s)
    assert s["claims_recall"] >= 0.91 and s["claims_precision"] >= 0.83, s
    assert ratio(s["attribution"]) >= 0.78 and s["attribution_wrong"] <= 7, s
    assert ratio(s["merged"]) >= 0.82 and s["overmerged"] <= 0 and s["false_conflicts"] <= 1, s
    assert ratio(s["conflicts"]) >= 0.56 and ratio(s["headlines"]) >= 0.39, s


PROBE_EVENTS113 = DEV.parent / "probe_events113"


def test_hundred_and_thirteenth_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Sixteen English probe articles of sixteen more outlets on the Helsinki summit of July
    2018, among them a column of past and future, a reprint from the archive, '(Photo by
    X/Agency)' credits and 'a day earlier' (tests/fixtures/probe_events113, written blind in
    session 46): as first read (blind, at 45ae788), claims 0.905 / 0.887, speakers 55 of 64 (2
    wrong or spurious), merged 18/24, conflicts 6/6 (1 false), headlines 21/40; at the session's
    end claims 0.912 / 0.894, speakers 57 of 65 (1 wrong or spurious), merged 18/24, conflicts
    6/6 (1 false), headlines 22/40. A regression guard."""
    s = score(_copied(PROBE_EVENTS113, tmp_path), PROBE_EVENTS113)
    print("\nprobe events 113:", s)
    assert s["claims_recall"] >= 0.9 and s["claims_precision"] >= 0.88, s
    assert ratio(s["attribution"]) >= 0.84 and s["attribution_wrong"] <= 2, s
    assert ratio(s["merged"]) >= 0.72 and s["overmerged"] <= 0 and s["false_conflicts"] <= 1, s
    assert ratio(s["conflicts"]) >= 0.9 and ratio(s["headlines"]) >= 0.52, s


PROBE_EVENTS114 = DEV.parent / "probe_events114"


def test_hundred_and_fourteenth_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Sixteen English probe articles of sixteen more outlets on the winter after the Paris
    Normandy summit of 2019-2020, among them a regional Q&A explainer, dates written
    '29.12.2019', 'New Year's Eve' and a correction at the end (tests/fixtures/probe_events114,
    written blind in session 46): as first read (blind, at ab7cfca), claims 0.947 / 0.898,
    speakers 38 of 46 (5 wrong or spurious), merged 25/28, conflicts 5/6 (0 false), headlines
    16/36; at the session's end claims 0.953 / 0.904, speakers 38 of 46 (5 wrong or spurious),
    merged 25/28, conflicts 5/6 (0 false), headlines 16/36. A regression guard."""
    s = score(_copied(PROBE_EVENTS114, tmp_path), PROBE_EVENTS114)
    print("\nprobe events 114:", s)
    assert s["claims_recall"] >= 0.94 and s["claims_precision"] >= 0.89, s
    assert ratio(s["attribution"]) >= 0.79 and s["attribution_wrong"] <= 6, s
    assert ratio(s["merged"]) >= 0.86 and s["overmerged"] <= 0 and s["false_conflicts"] <= 0, s
    assert ratio(s["conflicts"]) >= 0.73 and ratio(s["headlines"]) >= 0.41, s


PROBE_EVENTS115 = DEV.parent / "probe_events115"


def test_hundred_and_fifteenth_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Sixteen English probe articles of sixteen more outlets on Crimea in February and March
    2014 (the seizure of the parliament, the referendum, the treaty, the G8), among them 'UPDATE
    3-' wire copy with datelines, a results table, 'at 2200 GMT' and paragraphs opening on
    'Separately,' (tests/fixtures/probe_events115, written blind in session 47): as first read
    (blind, at 67a6af7), claims 0.981 / 0.963, speakers 59 of 65 (12 wrong or spurious), merged
    24/27, conflicts 2/6 (1 false), headlines 24/68; at the session's end claims 0.981 / 0.963,
    speakers 59 of 65 (9 wrong or spurious), merged 24/27, conflicts 2/6 (1 false), headlines
    24/68. A regression guard."""
    s = score(_copied(PROBE_EVENTS115, tmp_path), PROBE_EVENTS115)
    print("\nprobe events 115:", s)
    assert s["claims_recall"] >= 0.97 and s["claims_precision"] >= 0.95, s
    assert ratio(s["attribution"]) >= 0.87 and s["attribution_wrong"] <= 10, s
    assert ratio(s["merged"]) >= 0.85 and s["overmerged"] <= 0 and s["false_conflicts"] <= 1, s
    assert ratio(s["conflicts"]) >= 0.23 and ratio(s["headlines"]) >= 0.32, s


PROBE_EVENTS116 = DEV.parent / "probe_events116"


def test_hundred_and_sixteenth_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Sixteen English probe articles of sixteen more outlets on the autumn of 2014 (the MH17
    report, the Minsk memorandum, Valdai, the Wall's anniversary), among them a 'Chronology'
    sidebar of bold dates, a first-person op-ed, pull-quote boxes and speakers named after long
    quotes (tests/fixtures/probe_events116, written blind in session 47): as first read (blind,
    at 227b76a), claims 0.984 / 0.917, speakers 47 of 59 (6 wrong or spurious), merged 17/18,
    conflicts 2/5 (0 false), headlines 20/39; at the session's end claims 0.992 / 0.925,
    speakers 52 of 59 (3 wrong or spurious), merged 17/18, conflicts 2/5 (0 false), headlines
    20/39. A regression guard."""
    s = score(_copied(PROBE_EVENTS116, tmp_path), PROBE_EVENTS116)
    print("\nprobe events 116:", s)
    assert s["claims_recall"] >= 0.98 and s["claims_precision"] >= 0.91, s
    assert ratio(s["attribution"]) >= 0.85 and s["attribution_wrong"] <= 4, s
    assert ratio(s["merged"]) >= 0.91 and s["overmerged"] <= 0 and s["false_conflicts"] <= 0, s
    assert ratio(s["conflicts"]) >= 0.3 and ratio(s["headlines"]) >= 0.48, s


PROBE_EVENTS117 = DEV.parent / "probe_events117"


def test_hundred_and_seventeenth_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Sixteen English probe articles of sixteen more outlets on the winter of 2021-2022 (the G7
    in Liverpool, Kazakhstan, the Geneva dinner, the defaced websites), among them a press
    conference transcript of 'Q:' and 'A:' turns, an embedded post with its date line and US
    numeric dates ('on 1/10') (tests/fixtures/probe_events117, written blind in session 47): as
    first read (blind, at c148516), claims 0.946 / 0.898, speakers 65 of 74 (5 wrong or
    spurious), merged 28/29, conflicts 2/6 (2 false), headlines 19/52; at the session's end
    claims 0.986 / 0.913, speakers 68 of 79 (4 wrong or spurious), merged 28/29, conflicts 2/6
    (2 false), headlines 20/52. A regression guard."""
    s = score(_copied(PROBE_EVENTS117, tmp_path), PROBE_EVENTS117)
    print("\nprobe events 117:", s)
    assert s["claims_recall"] >= 0.97 and s["claims_precision"] >= 0.9, s
    assert ratio(s["attribution"]) >= 0.83 and s["attribution_wrong"] <= 5, s
    assert ratio(s["merged"]) >= 0.93 and s["overmerged"] <= 0 and s["false_conflicts"] <= 2, s
    assert ratio(s["conflicts"]) >= 0.23 and ratio(s["headlines"]) >= 0.35, s


PROBE_EVENTS118 = DEV.parent / "probe_events118"


def test_hundred_and_eighteenth_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Sixteen English probe articles of sixteen more outlets on February 2022 before the
    invasion, among them articles translated from French and German, a bulleted timeline of bold
    weekdays, a photo gallery with alt texts and 'at 5 a.m. Moscow time'
    (tests/fixtures/probe_events118, written blind in session 47): as first read (blind, at
    5a4d370), claims 0.906 / 0.859, speakers 44 of 49 (4 wrong or spurious), merged 20/24,
    conflicts 3/6 (0 false), headlines 17/44; at the session's end claims 0.922 / 0.874,
    speakers 42 of 50 (2 wrong or spurious), merged 20/24, conflicts 3/6 (0 false), headlines
    17/44. A regression guard."""
    s = score(_copied(PROBE_EVENTS118, tmp_path), PROBE_EVENTS118)
    print("\nprobe events 118:", s)
    assert s["claims_recall"] >= 0.91 and s["claims_precision"] >= 0.86, s
    assert ratio(s["attribution"]) >= 0.81 and s["attribution_wrong"] <= 3, s
    assert ratio(s["merged"]) >= 0.8 and s["overmerged"] <= 0 and s["false_conflicts"] <= 0, s
    assert ratio(s["conflicts"]) >= 0.4 and ratio(s["headlines"]) >= 0.35, s


PROBE_EVENTS119 = DEV.parent / "probe_events119"


def test_hundred_and_nineteenth_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Sixteen English probe articles of sixteen more outlets on the Black Sea grain deal of
    July and August 2022, among them a commodities newsletter of contract months, a shipping
    tracker's list, 'Read more:' links and a subtitle under the title
    (tests/fixtures/probe_events119, written blind in session 47): as first read (blind, at
    b7ab15b), claims 0.965 / 0.945, speakers 51 of 62 (4 wrong or spurious), merged 18/19,
    conflicts 5/6 (0 false), headlines 13/35; at the session's end claims 0.965 / 0.958,
    speakers 51 of 62 (3 wrong or spurious), merged 18/19, conflicts 5/6 (0 false), headlines
    13/35. A regression guard."""
    s = score(_copied(PROBE_EVENTS119, tmp_path), PROBE_EVENTS119)
    print("\nprobe events 119:", s)
    assert s["claims_recall"] >= 0.95 and s["claims_precision"] >= 0.94, s
    assert ratio(s["attribution"]) >= 0.79 and s["attribution_wrong"] <= 4, s
    assert ratio(s["merged"]) >= 0.91 and s["overmerged"] <= 0 and s["false_conflicts"] <= 0, s
    assert ratio(s["conflicts"]) >= 0.73 and ratio(s["headlines"]) >= 0.34, s


PROBE_EVENTS120 = DEV.parent / "probe_events120"


def test_hundred_and_twentieth_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Sixteen English probe articles of sixteen more outlets on the winter of 2024 (Davos,
    Navalny's death, the second anniversary), among them a magazine long-read with section
    headings, podcast show notes with time stamps, 'this past weekend' and 'recorded on Tuesday
    and aired on Thursday' (tests/fixtures/probe_events120, written blind in session 47): as
    first read (blind, at 6bf90d0), claims 0.957 / 0.911, speakers 44 of 51 (4 wrong or
    spurious), merged 17/20, conflicts 4/6 (1 false), headlines 16/31; at the session's end
    claims 0.966 / 0.919, speakers 45 of 52 (4 wrong or spurious), merged 18/20, conflicts 4/6
    (1 false), headlines 16/31. A regression guard."""
    s = score(_copied(PROBE_EVENTS120, tmp_path), PROBE_EVENTS120)
    print("\nprobe events 120:", s)
    assert s["claims_recall"] >= 0.95 and s["claims_precision"] >= 0.9, s
    assert ratio(s["attribution"]) >= 0.83 and s["attribution_wrong"] <= 5, s
    assert ratio(s["merged"]) >= 0.87 and s["overmerged"] <= 0 and s["false_conflicts"] <= 1, s
    assert ratio(s["conflicts"]) >= 0.56 and ratio(s["headlines"]) >= 0.48, s


PROBE_EVENTS121 = DEV.parent / "probe_events121"


def test_hundred_and_twenty_first_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Sixteen English probe articles of sixteen more outlets on the turn of 2025-2026
    (Christmas in Kyiv, Mar-a-Lago, the Paris coalition summit), among them a newsletter digest
    of bold day headings, 'Dec. 28', Florida and Kyiv time across midnight and a reader's
    question box (tests/fixtures/probe_events121, written blind in session 47): as first read
    (blind, at 40708c6), claims 0.978 / 0.786, speakers 61 of 67 (4 wrong or spurious), merged
    25/25, conflicts 3/6 (1 false), headlines 9/31; at the session's end claims 0.978 / 0.791,
    speakers 61 of 67 (3 wrong or spurious), merged 25/25, conflicts 3/6 (1 false), headlines
    9/31. A regression guard. Headlines' floor 0.26 -> 0.22 in session 48:
    "the committee said" names "Russia's Investigative Committee" without taking Russia for its
    entity (as a speaker named so directly is), and the day's units joined under Zelensky's
    address, titled after it."""
    s = score(_copied(PROBE_EVENTS121, tmp_path), PROBE_EVENTS121)
    print("\nprobe events 121:", s)
    assert s["claims_recall"] >= 0.96 and s["claims_precision"] >= 0.78, s
    assert ratio(s["attribution"]) >= 0.88 and s["attribution_wrong"] <= 4, s
    assert ratio(s["merged"]) >= 0.97 and s["overmerged"] <= 0 and s["false_conflicts"] <= 1, s
    assert ratio(s["conflicts"]) >= 0.4 and ratio(s["headlines"]) >= 0.22, s


PROBE_EVENTS122 = DEV.parent / "probe_events122"


def test_hundred_and_twenty_second_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Sixteen English probe articles of sixteen more outlets on the spring and summer of 2016
    (Savchenko's release, the Normandy ministers in Berlin, the G20 in Hangzhou), among them an
    interview of 'INTERVIEWER:' and 'SAVCHENKO:' turns, a fact-check of 'Claim:' and 'Verdict:'
    lines, 'May 25th' and "Wednesday's release" (tests/fixtures/probe_events122, written blind
    in session 47): as first read (blind, at e00dc38), claims 0.976 / 0.878, speakers 78 of 87
    (4 wrong or spurious), merged 22/24, conflicts 2/5 (1 false), headlines 17/48; at the
    session's end claims 0.976 / 0.883, speakers 78 of 87 (4 wrong or spurious), merged 22/24,
    conflicts 2/5 (2 false), headlines 17/48. A regression guard."""
    s = score(_copied(PROBE_EVENTS122, tmp_path), PROBE_EVENTS122)
    print("\nprobe events 122:", s)
    assert s["claims_recall"] >= 0.96 and s["claims_precision"] >= 0.87, s
    assert ratio(s["attribution"]) >= 0.86 and s["attribution_wrong"] <= 4, s
    # (a "when" clause keeps its speaker: "last met in Berlin on May 11th, when Steinmeier said"
    # joins Steinmeier's event and shows a false disagreement: 2, blind 1)
    assert ratio(s["merged"]) >= 0.88 and s["overmerged"] <= 1 and s["false_conflicts"] <= 2, s
    assert ratio(s["conflicts"]) >= 0.3 and ratio(s["headlines"]) >= 0.32, s


PROBE_EVENTS123 = DEV.parent / "probe_events123"


def test_hundred_and_twenty_third_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Sixteen English probe articles of sixteen more outlets on the summer of 2017 (the embassy
    staff cut, the sanctions bill, Pence in the Baltics and Georgia), among them a White House
    pool report of clock times, quoted tweet threads, 'the summit's second day' and a 'then-
    envoy' (tests/fixtures/probe_events123, written blind in session 47): as first read (blind,
    at 35af779), claims 0.992 / 0.961, speakers 51 of 56 (2 wrong or spurious), merged 19/21,
    conflicts 4/6 (2 false), headlines 15/27; at the session's end claims 0.992 / 0.961,
    speakers 51 of 56 (2 wrong or spurious), merged 19/21, conflicts 4/6 (2 false), headlines
    15/27. A regression guard."""
    s = score(_copied(PROBE_EVENTS123, tmp_path), PROBE_EVENTS123)
    print("\nprobe events 123:", s)
    assert s["claims_recall"] >= 0.98 and s["claims_precision"] >= 0.95, s
    assert ratio(s["attribution"]) >= 0.88 and s["attribution_wrong"] <= 3, s
    assert ratio(s["merged"]) >= 0.87 and s["overmerged"] <= 0 and s["false_conflicts"] <= 2, s
    assert ratio(s["conflicts"]) >= 0.56 and ratio(s["headlines"]) >= 0.52, s


PROBE_EVENTS124 = DEV.parent / "probe_events124"


def test_hundred_and_twenty_fourth_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Sixteen English probe articles of sixteen more outlets on the spring of 2020 (COVID-19
    and the Normandy track, Orthodox Easter, the contact group by video), among them a
    ministry's release of numbered points, 'as of 16:00 on April 16', 'the previous week' and
    lockdown dates (tests/fixtures/probe_events124, written blind in session 47): as first read
    (blind, at a4e6337), claims 0.958 / 0.897, speakers 78 of 100 (12 wrong or spurious), merged
    16/19, conflicts 3/5 (1 false), headlines 17/68; at the session's end claims 0.974 / 0.916,
    speakers 78 of 101 (11 wrong or spurious), merged 16/19, conflicts 3/5 (1 false), headlines
    18/68. A regression guard."""
    s = score(_copied(PROBE_EVENTS124, tmp_path), PROBE_EVENTS124)
    print("\nprobe events 124:", s)
    assert s["claims_recall"] >= 0.96 and s["claims_precision"] >= 0.9, s
    assert ratio(s["attribution"]) >= 0.74 and s["attribution_wrong"] <= 12, s
    assert ratio(s["merged"]) >= 0.81 and s["overmerged"] <= 3 and s["false_conflicts"] <= 1, s
    assert ratio(s["conflicts"]) >= 0.5 and ratio(s["headlines"]) >= 0.23, s


PROBE_EVENTS125 = DEV.parent / "probe_events125"


def test_hundred_and_twenty_fifth_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Sixteen English probe articles of sixteen more outlets on December 2023 (Zelensky in
    Washington, the EU's decision, Putin's nomination), among them a Hansard record of Prime
    Minister's Questions, 'in the early hours of Friday', an explainer's 'What happens next?'
    and a vigil planned (tests/fixtures/probe_events125, written blind in session 47): as first
    read (blind, at f6941ac), claims 0.963 / 0.886, speakers 54 of 74 (13 wrong or spurious),
    merged 23/24, conflicts 4/6 (0 false), headlines 15/31; at the session's end claims 0.981 /
    0.903, speakers 56 of 74 (9 wrong or spurious), merged 23/24, conflicts 4/6 (0 false),
    headlines 15/31. A regression guard."""
    s = score(_copied(PROBE_EVENTS125, tmp_path), PROBE_EVENTS125)
    print("\nprobe events 125:", s)
    assert s["claims_recall"] >= 0.97 and s["claims_precision"] >= 0.89, s
    assert ratio(s["attribution"]) >= 0.72 and s["attribution_wrong"] <= 10, s
    assert ratio(s["merged"]) >= 0.92 and s["overmerged"] <= 0 and s["false_conflicts"] <= 0, s
    assert ratio(s["conflicts"]) >= 0.56 and ratio(s["headlines"]) >= 0.45, s


PROBE_EVENTS126 = DEV.parent / "probe_events126"


def test_hundred_and_twenty_sixth_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Sixteen English probe articles of sixteen more outlets on September 2025 (drones over
    Poland, Estonia's airspace, the UN General Assembly), among them a live blog newest first
    with 'Key events', an article translated from Polish, 'overnight into Wednesday' and an
    opinion column (tests/fixtures/probe_events126, written blind in session 47): as first read
    (blind, at 082f661), claims 0.965 / 0.863, speakers 62 of 76 (10 wrong or spurious), merged
    19/23, conflicts 2/6 (2 false), headlines 6/26; at the session's end claims 0.965 / 0.863,
    speakers 64 of 76 (7 wrong or spurious), merged 19/23, conflicts 2/6 (2 false), headlines
    7/26. A regression guard."""
    s = score(_copied(PROBE_EVENTS126, tmp_path), PROBE_EVENTS126)
    print("\nprobe events 126:", s)
    assert s["claims_recall"] >= 0.95 and s["claims_precision"] >= 0.85, s
    assert ratio(s["attribution"]) >= 0.81 and s["attribution_wrong"] <= 8, s
    assert ratio(s["merged"]) >= 0.79 and s["overmerged"] <= 0 and s["false_conflicts"] <= 2, s
    assert ratio(s["conflicts"]) >= 0.23 and ratio(s["headlines"]) >= 0.2, s


PROBE_EVENTS127 = DEV.parent / "probe_events127"


def test_hundred_and_twenty_seventh_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Sixteen English probe articles of sixteen more outlets on the spring of 2024 (after the
    Crocus attack, the strikes on power plants, the Kharkiv offensive, the Raisi crash), among
    them a day-by-day diary of 'Day 1 (Friday)' entries, Moscow-time copy, an obituary and 'the
    following Monday' (tests/fixtures/probe_events127, written blind in session 47): as first
    read (blind, at d03ef12), claims 0.944 / 0.867, speakers 57 of 68 (7 wrong or spurious),
    merged 20/24, conflicts 4/6 (1 false), headlines 15/37; at the session's end claims 0.944 /
    0.879, speakers 57 of 68 (6 wrong or spurious), merged 20/24, conflicts 4/6 (1 false),
    headlines 15/37. A regression guard."""
    s = score(_copied(PROBE_EVENTS127, tmp_path), PROBE_EVENTS127)
    print("\nprobe events 127:", s)
    assert s["claims_recall"] >= 0.93 and s["claims_precision"] >= 0.86, s
    assert ratio(s["attribution"]) >= 0.8 and s["attribution_wrong"] <= 7, s
    assert ratio(s["merged"]) >= 0.8 and s["overmerged"] <= 0 and s["false_conflicts"] <= 1, s
    assert ratio(s["conflicts"]) >= 0.56 and ratio(s["headlines"]) >= 0.37, s


PROBE_EVENTS128 = DEV.parent / "probe_events128"


def test_hundred_and_twenty_eighth_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Sixteen English probe articles of sixteen more outlets on 2015 (the Minsk II deal and the
    days after, Debaltseve, the summer's shelling, the autumn local elections), among them a
    news agency's numbered 'URGENT'/'UPDATE' feed, a German outlet in translation, an opinion
    column and a diaspora rally (tests/fixtures/probe_events128, written blind in session 48):
    as first read (blind, at 7f8c2012), claims 0.981 / 0.963, speakers 61 of 71 (6 wrong or
    spurious), merged 35/35, conflicts 1/6 (0 false), headlines 23/46; at the session's end
    claims 0.987 / 0.969, speakers 63 of 71 (4 wrong or spurious), merged 35/35, conflicts 1/6
    (0 false), headlines 23/46. A regression guard."""
    s = score(_copied(PROBE_EVENTS128, tmp_path), PROBE_EVENTS128)
    print("\nprobe events 128:", s)
    assert s["claims_recall"] >= 0.98 and s["claims_precision"] >= 0.96, s
    assert ratio(s["attribution"]) >= 0.87 and s["attribution_wrong"] <= 5, s
    assert ratio(s["merged"]) >= 0.97 and s["overmerged"] <= 0 and s["false_conflicts"] <= 0, s
    assert ratio(s["conflicts"]) >= 0.08 and ratio(s["headlines"]) >= 0.47, s


PROBE_EVENTS129 = DEV.parent / "probe_events129"


def test_hundred_and_twenty_ninth_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Sixteen English probe articles of sixteen more outlets on 2016 (Savchenko's verdict, the
    Panama Papers in Kyiv, Erdogan's letter and the Istanbul airport bombing, the US hacking
    accusation, the Moldovan and Bulgarian runoffs), among them a Q./A. interview, a correction
    note, a Turkish paper in translation, a business wire and a TV transcript with labels in
    capitals (tests/fixtures/probe_events129, written blind in session 48): as first read
    (blind, at 1d37b4b0), claims 0.987 / 0.975, speakers 58 of 68 (5 wrong or spurious), merged
    27/27, conflicts 5/6 (0 false), headlines 17/49; at the session's end claims 0.987 / 0.987,
    speakers 60 of 68 (4 wrong or spurious), merged 27/27, conflicts 5/6 (0 false), headlines
    19/49. A regression guard."""
    s = score(_copied(PROBE_EVENTS129, tmp_path), PROBE_EVENTS129)
    print("\nprobe events 129:", s)
    assert s["claims_recall"] >= 0.98 and s["claims_precision"] >= 0.98, s
    assert ratio(s["attribution"]) >= 0.86 and s["attribution_wrong"] <= 5, s
    assert ratio(s["merged"]) >= 0.96 and s["overmerged"] <= 0 and s["false_conflicts"] <= 0, s
    assert ratio(s["conflicts"]) >= 0.75 and ratio(s["headlines"]) >= 0.36, s


PROBE_EVENTS130 = DEV.parent / "probe_events130"


def test_hundred_and_thirtieth_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Sixteen English probe articles of sixteen more outlets on 2018 (the Skripal expulsions,
    the World Cup's eagle celebration, the exarchs, Sentsov's hunger strike, the Kerch Strait
    seizure), among them a live blog newest first, a sports site, a church outlet, a 'What we
    know' explainer and a radio station's copy (tests/fixtures/probe_events130, written blind in
    session 48): as first read (blind, at ef2dbab), claims 0.965 / 0.945, speakers 46 of 57 (3
    wrong or spurious), merged 31/36, conflicts 1/6 (0 false), headlines 20/36; at the session's
    end claims 0.965 / 0.945, speakers 52 of 57 (2 wrong or spurious), merged 31/36, conflicts
    1/6 (0 false), headlines 20/36. A regression guard."""
    s = score(_copied(PROBE_EVENTS130, tmp_path), PROBE_EVENTS130)
    print("\nprobe events 130:", s)
    assert s["claims_recall"] >= 0.96 and s["claims_precision"] >= 0.94, s
    assert ratio(s["attribution"]) >= 0.89 and s["attribution_wrong"] <= 3, s
    assert ratio(s["merged"]) >= 0.83 and s["overmerged"] <= 0 and s["false_conflicts"] <= 0, s
    assert ratio(s["conflicts"]) >= 0.08 and ratio(s["headlines"]) >= 0.52, s


PROBE_EVENTS131 = DEV.parent / "probe_events131"


def test_hundred_and_thirty_first_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Sixteen English probe articles of sixteen more outlets on 2021 (the Belarus plane
    diversion, Ukraine's thirtieth Independence Day, Nord Stream 2's completion and Zapad, the
    November build-up, the December calls), among them a think-tank paper with footnote marks
    and references, a newsletter of dated bullets, a ministry release signed 'Press service' and
    a photo essay (tests/fixtures/probe_events131, written blind in session 48): as first read
    (blind, at d094106), claims 0.994 / 0.909, speakers 73 of 85 (8 wrong or spurious), merged
    38/38, conflicts 1/5 (0 false), headlines 10/46; at the session's end claims 0.994 / 0.955,
    speakers 73 of 85 (5 wrong or spurious), merged 38/38, conflicts 2/5 (0 false), headlines
    10/46. A regression guard."""
    s = score(_copied(PROBE_EVENTS131, tmp_path), PROBE_EVENTS131)
    print("\nprobe events 131:", s)
    assert s["claims_recall"] >= 0.98 and s["claims_precision"] >= 0.95, s
    assert ratio(s["attribution"]) >= 0.84 and s["attribution_wrong"] <= 6, s
    assert ratio(s["merged"]) >= 0.97 and s["overmerged"] <= 0 and s["false_conflicts"] <= 0, s
    assert ratio(s["conflicts"]) >= 0.3 and ratio(s["headlines"]) >= 0.19, s


PROBE_EVENTS132 = DEV.parent / "probe_events132"


def test_hundred_and_thirty_second_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Sixteen English probe articles of sixteen more outlets on 2023 (Bakhmut handed over, the
    Kyiv shelter deaths, the Belgorod raids, Wagner's mutiny as background, Luna-25), among them
    a Dhaka daily, Reuters copy with 'Reporting by ...; Editing by ...', a Telegram post quoted
    at length, a soldier's interview with bold labels and a 'Key dates' box
    (tests/fixtures/probe_events132, written blind in session 48): as first read (blind, at
    2fbbc3a), claims 0.971 / 0.920, speakers 71 of 85 (4 wrong or spurious), merged 31/34,
    conflicts 1/5 (2 false), headlines 14/42; at the session's end claims 0.977 / 0.925,
    speakers 77 of 86 (4 wrong or spurious), merged 31/34, conflicts 1/5 (2 false), headlines
    14/42. A regression guard."""
    s = score(_copied(PROBE_EVENTS132, tmp_path), PROBE_EVENTS132)
    print("\nprobe events 132:", s)
    assert s["claims_recall"] >= 0.97 and s["claims_precision"] >= 0.92, s
    assert ratio(s["attribution"]) >= 0.88 and s["attribution_wrong"] <= 5, s
    assert ratio(s["merged"]) >= 0.88 and s["overmerged"] <= 0 and s["false_conflicts"] <= 2, s
    assert ratio(s["conflicts"]) >= 0.1 and ratio(s["headlines"]) >= 0.3, s


PROBE_EVENTS133 = DEV.parent / "probe_events133"


def test_hundred_and_thirty_third_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Sixteen English probe articles of sixteen more outlets on 2014 (Sloviansk and the Geneva
    statement, the Donetsk referendum, the June days, the August paratroopers), among them a
    Crimean Tatar paper, Russian regional papers, a briefing transcript of QUESTION:/ANSWER: and
    a weekly diary column (tests/fixtures/probe_events133, written blind in session 48, its
    second wave): as first read (blind, at fa44860), claims 0.883 / 0.867, speakers 56 of 70 (3
    wrong or spurious), merged 28/33, conflicts 2/6 (0 false), headlines 26/57; at the session's
    end claims 0.883 / 0.867, speakers 56 of 70 (3 wrong or spurious), merged 28/33, conflicts
    2/6 (0 false), headlines 26/57. A regression guard."""
    s = score(_copied(PROBE_EVENTS133, tmp_path), PROBE_EVENTS133)
    print("\nprobe events 133:", s)
    assert s["claims_recall"] >= 0.87 and s["claims_precision"] >= 0.86, s
    assert ratio(s["attribution"]) >= 0.78 and s["attribution_wrong"] <= 4, s
    assert ratio(s["merged"]) >= 0.81 and s["overmerged"] <= 0 and s["false_conflicts"] <= 0, s
    assert ratio(s["conflicts"]) >= 0.25 and ratio(s["headlines"]) >= 0.43, s


PROBE_EVENTS134 = DEV.parent / "probe_events134"


def test_hundred_and_thirty_fourth_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Sixteen English probe articles of sixteen more outlets on 2017 (the end of the Donbas
    blockade, NATO and the EU in Kyiv after Hamburg, Abe and Putin in Vladivostok, Zapad-2017,
    the UN peacekeeper debate), among them a Belarusian outlet, a Japanese daily, a
    parliamentary committee's release, a FACTBOX and a letter to the editor
    (tests/fixtures/probe_events134, written blind in session 48, its second wave): as first
    read (blind, at 0c3ce6b1), claims 0.987 / 0.987, speakers 45 of 54 (6 wrong or spurious),
    merged 29/31, conflicts 3/5 (0 false), headlines 13/25; at the session's end claims 0.994 /
    0.987, speakers 45 of 54 (6 wrong or spurious), merged 29/31, conflicts 3/5 (0 false),
    headlines 13/25. A regression guard."""
    s = score(_copied(PROBE_EVENTS134, tmp_path), PROBE_EVENTS134)
    print("\nprobe events 134:", s)
    assert s["claims_recall"] >= 0.98 and s["claims_precision"] >= 0.98, s
    assert ratio(s["attribution"]) >= 0.81 and s["attribution_wrong"] <= 7, s
    assert ratio(s["merged"]) >= 0.9 and s["overmerged"] <= 0 and s["false_conflicts"] <= 0, s
    assert ratio(s["conflicts"]) >= 0.5 and ratio(s["headlines"]) >= 0.48, s


PROBE_EVENTS135 = DEV.parent / "probe_events135"


def test_hundred_and_thirty_fifth_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Sixteen English probe articles of sixteen more outlets on 2019 (the Kerch sailors'
    hearing, Moldova's election, Zelensky's first days, the U-20 final, the Paris summit's run-
    up), among them a Georgian outlet, a business daily, an election-night live blog, a court
    report of 'the judge said' and a sports paper (tests/fixtures/probe_events135, written blind
    in session 48, its second wave): as first read (blind, at cffcfab), claims 0.954 / 0.942,
    speakers 45 of 54 (6 wrong or spurious), merged 32/33, conflicts 3/6 (1 false), headlines
    17/39; at the session's end claims 0.961 / 0.948, speakers 45 of 54 (6 wrong or spurious),
    merged 32/33, conflicts 3/6 (1 false), headlines 20/39. A regression guard."""
    s = score(_copied(PROBE_EVENTS135, tmp_path), PROBE_EVENTS135)
    print("\nprobe events 135:", s)
    assert s["claims_recall"] >= 0.95 and s["claims_precision"] >= 0.94, s
    assert ratio(s["attribution"]) >= 0.81 and s["attribution_wrong"] <= 7, s
    assert ratio(s["merged"]) >= 0.93 and s["overmerged"] <= 0 and s["false_conflicts"] <= 1, s
    assert ratio(s["conflicts"]) >= 0.41 and ratio(s["headlines"]) >= 0.48, s


PROBE_EVENTS136 = DEV.parent / "probe_events136"


def test_hundred_and_thirty_sixth_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Sixteen English probe articles of sixteen more outlets on 2020 (the downed Ukrainian
    airliner, the COVID closure of the contact line, Belarus after the election, Navalny's
    poisoning, the Karabakh war), among them an Armenian and an Azerbaijani outlet, a science
    magazine, a digest of 'Monday:' ... 'Friday:' lines, a ministry's Telegram statement and a
    podcast transcript (tests/fixtures/probe_events136, written blind in session 48, its second
    wave): as first read (blind, at 0efb0cf), claims 0.994 / 0.933, speakers 67 of 93 (15 wrong
    or spurious), merged 40/43, conflicts 2/6 (1 false), headlines 28/62; at the session's end
    claims 0.994 / 0.933, speakers 67 of 93 (14 wrong or spurious), merged 40/43, conflicts 2/6
    (1 false), headlines 28/62. A regression guard."""
    s = score(_copied(PROBE_EVENTS136, tmp_path), PROBE_EVENTS136)
    print("\nprobe events 136:", s)
    assert s["claims_recall"] >= 0.98 and s["claims_precision"] >= 0.92, s
    assert ratio(s["attribution"]) >= 0.7 and s["attribution_wrong"] <= 15, s
    assert ratio(s["merged"]) >= 0.9 and s["overmerged"] <= 0 and s["false_conflicts"] <= 1, s
    assert ratio(s["conflicts"]) >= 0.25 and ratio(s["headlines"]) >= 0.43, s


PROBE_EVENTS137 = DEV.parent / "probe_events137"


def test_hundred_and_thirty_seventh_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Sixteen English probe articles of sixteen more outlets on the spring of 2025 (Macron in
    Washington, the Security Council votes, the minerals deal, the energy-strike pause, Wang Yi
    in Moscow), on days only other sets' week-long spans held (every 2025 day holds a happening
    somewhere), among them Gulf outlets, a Turkish outlet in translation, a think-tank's 'What
    to watch' list, Reuters 'UPDATE 2' copy and a photo gallery (tests/fixtures/probe_events137,
    written blind in session 48, its second wave): as first read (blind, at 633eecc7), claims
    0.975 / 0.941, speakers 68 of 70 (4 wrong or spurious), merged 33/33, conflicts 1/5 (3
    false), headlines 12/35; at the session's end claims 0.975 / 0.941, speakers 68 of 70 (4
    wrong or spurious), merged 33/33, conflicts 1/5 (3 false), headlines 12/35. A regression
    guard."""
    s = score(_copied(PROBE_EVENTS137, tmp_path), PROBE_EVENTS137)
    print("\nprobe events 137:", s)
    assert s["claims_recall"] >= 0.97 and s["claims_precision"] >= 0.93, s
    assert ratio(s["attribution"]) >= 0.95 and s["attribution_wrong"] <= 5, s
    assert ratio(s["merged"]) >= 0.96 and s["overmerged"] <= 0 and s["false_conflicts"] <= 3, s
    assert ratio(s["conflicts"]) >= 0.1 and ratio(s["headlines"]) >= 0.31, s


PROBE_EVENTS138 = DEV.parent / "probe_events138"


def test_hundred_and_thirty_eighth_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Sixteen English probe articles of sixteen more outlets on 2022 (Azovstal's evacuation,
    Lyman, the Nord Stream leaks and the Baltic Pipe's opening, the October strikes and the
    Sakharov Prize), among them a morning newsletter of bullets, the European Parliament's
    verbatim record with bold speakers, a fact-check, two Baltic and two Indian outlets
    (tests/fixtures/probe_events138, written blind in session 49): as first read (blind, at
    58c5b7e1), claims 0.988 / 0.942, speakers 76 of 98 (5 wrong or spurious), merged 32/33,
    conflicts 1/5 (0 false), headlines 12/31; at the session's end claims 0.988 / 0.942,
    speakers 77 of 98 (4 wrong or spurious), merged 32/33, conflicts 1/5 (0 false), headlines
    12/31. A regression guard."""
    s = score(_copied(PROBE_EVENTS138, tmp_path), PROBE_EVENTS138)
    print("\nprobe events 138:", s)
    assert s["claims_recall"] >= 0.98 and s["claims_precision"] >= 0.93, s
    assert ratio(s["attribution"]) >= 0.77 and s["attribution_wrong"] <= 5, s
    assert ratio(s["merged"]) >= 0.93 and s["overmerged"] <= 0 and s["false_conflicts"] <= 0, s
    assert ratio(s["conflicts"]) >= 0.1 and ratio(s["headlines"]) >= 0.35, s


PROBE_EVENTS139 = DEV.parent / "probe_events139"


def test_hundred_and_thirty_ninth_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Sixteen English probe articles of sixteen more outlets on 2024 (Navalny's grave and the
    Odesa strike, the Bolivian coup attempt, Assange and Gershkovich, the first F-16s and the
    market rout, the Jeju Air crash), among them a market report, an obituary, a Chinese state
    daily, a first-person op-ed and a Bolivian paper (tests/fixtures/probe_events139, written
    blind in session 49): as first read (blind, at 2ccdc156), claims 0.972 / 0.909, speakers 40
    of 44 (5 wrong or spurious), merged 28/29, conflicts 2/6 (0 false), headlines 10/33; at the
    session's end claims 0.979 / 0.916, speakers 41 of 44 (4 wrong or spurious), merged 28/29,
    conflicts 3/6 (0 false), headlines 13/33. A regression guard."""
    s = score(_copied(PROBE_EVENTS139, tmp_path), PROBE_EVENTS139)
    print("\nprobe events 139:", s)
    assert s["claims_recall"] >= 0.97 and s["claims_precision"] >= 0.91, s
    assert ratio(s["attribution"]) >= 0.9 and s["attribution_wrong"] <= 5, s
    assert ratio(s["merged"]) >= 0.93 and s["overmerged"] <= 0 and s["false_conflicts"] <= 0, s
    assert ratio(s["conflicts"]) >= 0.41 and ratio(s["headlines"]) >= 0.36, s


PROBE_EVENTS140 = DEV.parent / "probe_events140"


def test_hundred_and_fortieth_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Sixteen English probe articles of sixteen more outlets on the gas crisis of January 2009
    (the cut-off, the transit stop, the monitors, the Moscow summit and the deal), among them an
    energy trade journal, a 'how it unfolded' list of bold dates, company releases, Balkan
    outlets and a French outlet in translation (tests/fixtures/probe_events140, written blind in
    session 49): as first read (blind, at 48f91489, against the gold before the mend its README
    tells), claims 0.985 / 0.932, speakers 50 of 53 (5 wrong or spurious), merged 28/30,
    conflicts 4/6 (0 false), headlines 9/34; at the session's end claims 1.000 / 0.953, speakers
    51 of 53 (5 wrong or spurious), merged 28/30, conflicts 2/6 (0 false), headlines 13/34. A
    regression guard."""
    s = score(_copied(PROBE_EVENTS140, tmp_path), PROBE_EVENTS140)
    print("\nprobe events 140:", s)
    assert s["claims_recall"] >= 0.99 and s["claims_precision"] >= 0.94, s
    assert ratio(s["attribution"]) >= 0.94 and s["attribution_wrong"] <= 6, s
    assert ratio(s["merged"]) >= 0.9 and s["overmerged"] <= 0 and s["false_conflicts"] <= 0, s
    assert ratio(s["conflicts"]) >= 0.25 and ratio(s["headlines"]) >= 0.35, s


PROBE_EVENTS141 = DEV.parent / "probe_events141"


def test_hundred_and_forty_first_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Sixteen English probe articles of sixteen more outlets on Euromaidan, November 2013 to
    February 2014 (the Vilnius summit, the students beaten, the Lenin statue, the Moscow deal,
    the January laws, Hrushevskoho, Yanukovych's flight), among them a student paper, an NGO
    report of numbered paragraphs, an article of embedded tweets, a photo gallery and a Polish
    outlet (tests/fixtures/probe_events141, written blind in session 49): as first read (blind,
    at 2dd9d0c6, against the gold before the mend its README tells), claims 0.964 / 0.942,
    speakers 47 of 51 (4 wrong or spurious), merged 41/42, conflicts 1/5 (3 false), headlines
    20/49; at the session's end claims 0.976 / 0.953, speakers 48 of 52 (3 wrong or spurious),
    merged 42/42, conflicts 1/5 (4 false), headlines 22/49. A regression guard."""
    s = score(_copied(PROBE_EVENTS141, tmp_path), PROBE_EVENTS141)
    print("\nprobe events 141:", s)
    assert s["claims_recall"] >= 0.97 and s["claims_precision"] >= 0.94, s
    assert ratio(s["attribution"]) >= 0.9 and s["attribution_wrong"] <= 4, s
    assert ratio(s["merged"]) >= 0.97 and s["overmerged"] <= 0 and s["false_conflicts"] <= 4, s
    assert ratio(s["conflicts"]) >= 0.1 and ratio(s["headlines"]) >= 0.42, s


PROBE_EVENTS142 = DEV.parent / "probe_events142"


def test_hundred_and_forty_second_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Sixteen English probe articles of sixteen more outlets on 2010-2012 (Yanukovych's
    inauguration, the Kharkiv accords, Tymoshenko's arrest and sentence, Euro 2012's opening,
    the Rada election), among them a cable-style summary, a wire ADVISORY, a radio bulletin
    transcript, a 'What happened?' explainer and a football site
    (tests/fixtures/probe_events142, written blind in session 49): as first read (blind, at
    607f2fd6), claims 0.964 / 0.953, speakers 60 of 70 (7 wrong or spurious), merged 36/38,
    conflicts 1/6 (0 false), headlines 14/43; at the session's end claims 0.964 / 0.953,
    speakers 60 of 70 (7 wrong or spurious), merged 36/38, conflicts 3/6 (0 false), headlines
    15/43. A regression guard."""
    s = score(_copied(PROBE_EVENTS142, tmp_path), PROBE_EVENTS142)
    print("\nprobe events 142:", s)
    assert s["claims_recall"] >= 0.95 and s["claims_precision"] >= 0.94, s
    assert ratio(s["attribution"]) >= 0.84 and s["attribution_wrong"] <= 8, s
    assert ratio(s["merged"]) >= 0.92 and s["overmerged"] <= 0 and s["false_conflicts"] <= 0, s
    assert ratio(s["conflicts"]) >= 0.41 and ratio(s["headlines"]) >= 0.32, s


PROBE_EVENTS143 = DEV.parent / "probe_events143"


def test_hundred_and_forty_third_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Sixteen English probe articles of sixteen more outlets on 2023 (the Dnipro strike of
    January, Slovakia's election, the Troshev meeting, ATACMS in Ukraine, the US stopgap, Orbán
    and Putin in Beijing), on the free days beside the year's famous ones, among them a live
    ticker, a local US TV station, a 'What we know' explainer, an Italian outlet in translation
    and a FACTBOX (tests/fixtures/probe_events143, written blind in session 49): as first read
    (blind, at 6776aeba, against the gold before the mend its README tells), claims 0.961 /
    0.968, speakers 66 of 77 (3 wrong or spurious), merged 35/36, conflicts 3/5 (0 false),
    headlines 17/40; at the session's end claims 0.974 / 0.981, speakers 67 of 78 (3 wrong or
    spurious), merged 35/36, conflicts 3/5 (0 false), headlines 17/40. A regression guard."""
    s = score(_copied(PROBE_EVENTS143, tmp_path), PROBE_EVENTS143)
    print("\nprobe events 143:", s)
    assert s["claims_recall"] >= 0.96 and s["claims_precision"] >= 0.97, s
    assert ratio(s["attribution"]) >= 0.84 and s["attribution_wrong"] <= 4, s
    assert ratio(s["merged"]) >= 0.94 and s["overmerged"] <= 0 and s["false_conflicts"] <= 0, s
    assert ratio(s["conflicts"]) >= 0.5 and ratio(s["headlines"]) >= 0.4, s


PROBE_EVENTS144 = DEV.parent / "probe_events144"


def test_hundred_and_forty_fourth_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Sixteen English probe articles of sixteen more outlets on 2021 (Biden's first call with
    Putin and the New START extension, the Kaseya ransomware attack, the Biden-Putin ransomware
    call, the Strategic Stability Dialogue in Geneva, the US embassy's dismissals in Moscow,
    Zelensky's Washington eve, Burns in Moscow), beside the year's famous days, among them a
    White House readout and a Kremlin readout reposted by embassies, a Swiss outlet, an email
    newsletter and a TV transcript (tests/fixtures/probe_events144, written blind in session
    49): as first read (blind, at 57cfdba7, against the gold before the mend its README tells),
    claims 0.958 / 0.938, speakers 43 of 46 (9 wrong or spurious), merged 30/34, conflicts 2/6
    (2 false), headlines 12/33; at the session's end claims 0.958 / 0.938, speakers 45 of 48 (7
    wrong or spurious), merged 30/34, conflicts 2/6 (2 false), headlines 12/33. A regression
    guard."""
    s = score(_copied(PROBE_EVENTS144, tmp_path), PROBE_EVENTS144)
    print("\nprobe events 144:", s)
    assert s["claims_recall"] >= 0.95 and s["claims_precision"] >= 0.93, s
    assert ratio(s["attribution"]) >= 0.91 and s["attribution_wrong"] <= 8, s
    assert ratio(s["merged"]) >= 0.85 and s["overmerged"] <= 0 and s["false_conflicts"] <= 2, s
    assert ratio(s["conflicts"]) >= 0.25 and ratio(s["headlines"]) >= 0.33, s


PROBE_EVENTS145 = DEV.parent / "probe_events145"


def test_hundred_and_forty_fifth_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Sixteen English probe articles of sixteen more outlets on August 2008 (the Georgia war,
    Gori, the six-point plan, the Sevastopol fleet, Medvedev's recognition), among them a
    chronology sidebar, a French-speaking outlet, a Georgian outlet, an 'as it happened' blog
    and an op-ed (tests/fixtures/probe_events145, written blind in session 49): as first read
    (blind, at 0950004d, against the gold before the mend its README tells), claims 0.977 /
    0.935, speakers 75 of 89 (4 wrong or spurious), merged 39/39, conflicts 4/6 (1 false),
    headlines 17/60; at the session's end claims 0.977 / 0.935, speakers 76 of 90 (3 wrong or
    spurious), merged 39/39, conflicts 4/6 (1 false), headlines 19/60. A regression guard."""
    s = score(_copied(PROBE_EVENTS145, tmp_path), PROBE_EVENTS145)
    print("\nprobe events 145:", s)
    assert s["claims_recall"] >= 0.97 and s["claims_precision"] >= 0.93, s
    assert ratio(s["attribution"]) >= 0.83 and s["attribution_wrong"] <= 4, s
    assert ratio(s["merged"]) >= 0.97 and s["overmerged"] <= 0 and s["false_conflicts"] <= 1, s
    assert ratio(s["conflicts"]) >= 0.58 and ratio(s["headlines"]) >= 0.3, s


PROBE_EVENTS146 = DEV.parent / "probe_events146"


def test_hundred_and_forty_sixth_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Sixteen English probe articles of sixteen more outlets on 2004 (the Orange Revolution:
    the runoff, the Maidan, the Supreme Court's ruling, Yushchenko's poisoning, the re-run),
    among them an AP dispatch, a student paper, a columnist, a long feature and Russian outlets
    in translation (tests/fixtures/probe_events146, written blind in session 49): as first read
    (blind, at 0e682717), claims 0.988 / 0.976, speakers 52 of 76 (10 wrong or spurious), merged
    28/29, conflicts 4/5 (1 false), headlines 12/41; at the session's end claims 0.988 / 0.976,
    speakers 53 of 76 (10 wrong or spurious), merged 27/29, conflicts 4/5 (0 false), headlines
    16/42. A regression guard."""
    s = score(_copied(PROBE_EVENTS146, tmp_path), PROBE_EVENTS146)
    print("\nprobe events 146:", s)
    assert s["claims_recall"] >= 0.98 and s["claims_precision"] >= 0.97, s
    assert ratio(s["attribution"]) >= 0.68 and s["attribution_wrong"] <= 11, s
    assert ratio(s["merged"]) >= 0.89 and s["overmerged"] <= 0 and s["false_conflicts"] <= 0, s
    assert ratio(s["conflicts"]) >= 0.7 and ratio(s["headlines"]) >= 0.35, s


PROBE_EVENTS147 = DEV.parent / "probe_events147"


def test_hundred_and_forty_seventh_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Sixteen English probe articles of sixteen more outlets on 1991-1997 (the independence
    referendum, the Belavezha accords, the Budapest Memorandum, the Friendship Treaty), among
    them archive copy reprinted decades later, an anniversary retrospective, a book review,
    capitals-dateline wire copy and a reader's letter (tests/fixtures/probe_events147, written
    blind in session 49): as first read (blind, at 8de02b98), claims 0.844 / 0.793, speakers 31
    of 32 (3 wrong or spurious), merged 20/28, conflicts 2/5 (0 false), headlines 17/37; at the
    session's end claims 0.844 / 0.793, speakers 31 of 32 (3 wrong or spurious), merged 20/28,
    conflicts 2/5 (0 false), headlines 17/37. A regression guard."""
    s = score(_copied(PROBE_EVENTS147, tmp_path), PROBE_EVENTS147)
    print("\nprobe events 147:", s)
    assert s["claims_recall"] >= 0.83 and s["claims_precision"] >= 0.78, s
    assert ratio(s["attribution"]) >= 0.93 and s["attribution_wrong"] <= 4, s
    assert ratio(s["merged"]) >= 0.67 and s["overmerged"] <= 0 and s["false_conflicts"] <= 0, s
    assert ratio(s["conflicts"]) >= 0.3 and ratio(s["headlines"]) >= 0.43, s


PROBE_EVENTS148 = DEV.parent / "probe_events148"


def test_hundred_and_forty_eighth_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Sixteen English probe articles of sixteen more outlets on 2018 (the tomos appeal, Bolton
    in Kyiv, the navy ships through the Kerch Strait, the Poroshenko-Bartholomew agreement and
    the bishops' council), among them a church press office's statement, a Q&A explainer, a
    correction notice, a port city's paper and a wire story with an UPDATE line
    (tests/fixtures/probe_events148, written blind in session 50): as first read (blind, at
    a6174bea), claims 0.993 / 0.966, speakers 53 of 61 (5 wrong or spurious), merged 27/29,
    conflicts 3/5 (1 false), headlines 17/22; at the session's end claims 0.993 / 0.966,
    speakers 54 of 61 (4 wrong or spurious), merged 27/29, conflicts 3/5 (1 false), headlines
    17/22. A regression guard."""
    s = score(_copied(PROBE_EVENTS148, tmp_path), PROBE_EVENTS148)
    print("\nprobe events 148:", s)
    assert s["claims_recall"] >= 0.98 and s["claims_precision"] >= 0.96, s
    assert ratio(s["attribution"]) >= 0.86 and s["attribution_wrong"] <= 5, s
    assert ratio(s["merged"]) >= 0.89 and s["overmerged"] <= 0 and s["false_conflicts"] <= 1, s
    assert ratio(s["conflicts"]) >= 0.5 and ratio(s["headlines"]) >= 0.72, s


PROBE_EVENTS149 = DEV.parent / "probe_events149"


def test_hundred_and_forty_ninth_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Sixteen English probe articles of sixteen more outlets on 2000-2003 (the Gongadze tapes,
    the 'Ukraine without Kuchma' protests, the Chernobyl shutdown, the Kolchuga affair, the
    Tuzla dispute), among them a TV news transcript, a weekly's long read, a diplomatic summary
    of numbered paragraphs, a parliamentary report and a letters page
    (tests/fixtures/probe_events149, written blind in session 50): as first read (blind, at
    a6174bea), claims 0.994 / 0.964, speakers 44 of 61 (6 wrong or spurious), merged 32/39,
    conflicts 2/4 (0 false), headlines 18/33; at the session's end claims 0.994 / 0.964,
    speakers 44 of 61 (6 wrong or spurious), merged 32/39, conflicts 2/4 (0 false), headlines
    18/33. A regression guard."""
    s = score(_copied(PROBE_EVENTS149, tmp_path), PROBE_EVENTS149)
    print("\nprobe events 149:", s)
    assert s["claims_recall"] >= 0.98 and s["claims_precision"] >= 0.95, s
    assert ratio(s["attribution"]) >= 0.7 and s["attribution_wrong"] <= 7, s
    assert ratio(s["merged"]) >= 0.79 and s["overmerged"] <= 0 and s["false_conflicts"] <= 0, s
    assert ratio(s["conflicts"]) >= 0.37 and ratio(s["headlines"]) >= 0.51, s


PROBE_EVENTS150 = DEV.parent / "probe_events150"


def test_hundred_and_fiftieth_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Sixteen English probe articles of sixteen more outlets on 2015-2016 (the Dutch Safety
    Board's MH17 report, the Crimea blockade and blackout, Savchenko's trial), among them a
    court report, an aviation trade outlet, a human-rights NGO's release, a podcast's show notes
    and an updated story (tests/fixtures/probe_events150, written blind in session 50): as first
    read (blind, at a6174bea), claims 0.992 / 0.962, speakers 47 of 54 (6 wrong or spurious),
    merged 34/35, conflicts 3/5 (0 false), headlines 16/35; at the session's end claims 0.992 /
    0.962, speakers 49 of 54 (4 wrong or spurious), merged 34/35, conflicts 3/5 (0 false),
    headlines 16/35. A regression guard."""
    s = score(_copied(PROBE_EVENTS150, tmp_path), PROBE_EVENTS150)
    print("\nprobe events 150:", s)
    assert s["claims_recall"] >= 0.98 and s["claims_precision"] >= 0.95, s
    assert ratio(s["attribution"]) >= 0.88 and s["attribution_wrong"] <= 5, s
    assert ratio(s["merged"]) >= 0.94 and s["overmerged"] <= 0 and s["false_conflicts"] <= 0, s
    assert ratio(s["conflicts"]) >= 0.5 and ratio(s["headlines"]) >= 0.42, s


PROBE_EVENTS151 = DEV.parent / "probe_events151"


def test_hundred_and_fifty_first_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Sixteen English probe articles of sixteen more outlets on autumn 2022 (the strikes on the
    grid, the Kherson withdrawal, Sunak in Kyiv), among them a liveblog newest first, a press
    review in translation, Telegram posts quoted, a correction and a photo gallery
    (tests/fixtures/probe_events151, written blind in session 50): as first read (blind, at
    a6174bea, against the gold after the one mend its README tells), claims 1.000 / 0.970,
    speakers 58 of 70 (4 wrong or spurious), merged 32/35, conflicts 3/6 (0 false), headlines
    16/33; at the session's end claims 1.000 / 0.970, speakers 58 of 70 (4 wrong or spurious),
    merged 32/35, conflicts 3/6 (0 false), headlines 16/33. A regression guard."""
    s = score(_copied(PROBE_EVENTS151, tmp_path), PROBE_EVENTS151)
    print("\nprobe events 151:", s)
    assert s["claims_recall"] >= 0.99 and s["claims_precision"] >= 0.96, s
    assert ratio(s["attribution"]) >= 0.81 and s["attribution_wrong"] <= 5, s
    assert ratio(s["merged"]) >= 0.88 and s["overmerged"] <= 0 and s["false_conflicts"] <= 0, s
    assert ratio(s["conflicts"]) >= 0.41 and ratio(s["headlines"]) >= 0.45, s


PROBE_EVENTS152 = DEV.parent / "probe_events152"


def test_hundred_and_fifty_second_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Sixteen English probe articles of sixteen more outlets on autumn 2024 (Putin in Mongolia,
    the pagers in Lebanon, the Toropets depot, Iran's missiles, Rutte's first day, Georgia's
    election), among them a think tank's daily update, a written question in the Lords, a
    football site, an opinion column and a BREAKING bulletin (tests/fixtures/probe_events152,
    written blind in session 50): as first read (blind, at a6174bea, against the gold before the
    one mend its README tells), claims 0.981 / 0.974, speakers 64 of 84 (3 wrong or spurious),
    merged 37/39, conflicts 3/5 (1 false), headlines 14/39; at the session's end claims 0.981 /
    0.981, speakers 64 of 84 (3 wrong or spurious), merged 38/39, conflicts 3/5 (1 false),
    headlines 15/40. A regression guard."""
    s = score(_copied(PROBE_EVENTS152, tmp_path), PROBE_EVENTS152)
    print("\nprobe events 152:", s)
    assert s["claims_recall"] >= 0.97 and s["claims_precision"] >= 0.97, s
    assert ratio(s["attribution"]) >= 0.75 and s["attribution_wrong"] <= 4, s
    assert ratio(s["merged"]) >= 0.94 and s["overmerged"] <= 0 and s["false_conflicts"] <= 1, s
    assert ratio(s["conflicts"]) >= 0.5 and ratio(s["headlines"]) >= 0.35, s


PROBE_EVENTS153 = DEV.parent / "probe_events153"


def test_hundred_and_fifty_third_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Sixteen English probe articles of sixteen more outlets on autumn 2019 (the impeachment
    hearings, the Zolote and Petrivske disengagement, the Maidan's anniversary), among them a
    press conference transcript, a local Donbas outlet, an official's post quoted whole, a 'Key
    dates' box and a weekly newsletter (tests/fixtures/probe_events153, written blind in session
    50): as first read (blind, at a6174bea), claims 0.993 / 0.959, speakers 29 of 60 (7 wrong or
    spurious), merged 27/32, conflicts 3/6 (2 false), headlines 9/22; at the session's end
    claims 0.993 / 0.959, speakers 30 of 60 (6 wrong or spurious), merged 27/32, conflicts 3/6
    (2 false), headlines 9/22. A regression guard."""
    s = score(_copied(PROBE_EVENTS153, tmp_path), PROBE_EVENTS153)
    print("\nprobe events 153:", s)
    assert s["claims_recall"] >= 0.98 and s["claims_precision"] >= 0.95, s
    assert ratio(s["attribution"]) >= 0.48 and s["attribution_wrong"] <= 7, s
    assert ratio(s["merged"]) >= 0.81 and s["overmerged"] <= 0 and s["false_conflicts"] <= 2, s
    assert ratio(s["conflicts"]) >= 0.41 and ratio(s["headlines"]) >= 0.36, s


PROBE_EVENTS154 = DEV.parent / "probe_events154"


def test_hundred_and_fifty_fourth_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Sixteen English probe articles of sixteen more outlets on April 2025 (the Pope's
    convalescence, the King's state visit to Italy, Ovechkin's record, Rutte in Odesa), among
    them an embassy's release, a Vatican outlet, a sports outlet, a push alert and a newsletter
    of one-line items (tests/fixtures/probe_events154, written blind in session 50): as first
    read (blind, at a6174bea), claims 0.937 / 0.886, speakers 31 of 48 (4 wrong or spurious),
    merged 25/28, conflicts 4/6 (0 false), headlines 12/23; at the session's end claims 0.944 /
    0.893, speakers 32 of 48 (3 wrong or spurious), merged 25/28, conflicts 4/6 (0 false),
    headlines 12/23. A regression guard."""
    s = score(_copied(PROBE_EVENTS154, tmp_path), PROBE_EVENTS154)
    print("\nprobe events 154:", s)
    assert s["claims_recall"] >= 0.93 and s["claims_precision"] >= 0.88, s
    assert ratio(s["attribution"]) >= 0.64 and s["attribution_wrong"] <= 4, s
    assert ratio(s["merged"]) >= 0.85 and s["overmerged"] <= 0 and s["false_conflicts"] <= 0, s
    assert ratio(s["conflicts"]) >= 0.58 and ratio(s["headlines"]) >= 0.47, s


PROBE_EVENTS155 = DEV.parent / "probe_events155"


def test_hundred_and_fifty_fifth_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Sixteen English probe articles of sixteen more outlets on 2020 (the downing of flight
    PS752 and its aftermath, the Belarus protests), among them an aviation safety outlet, a
    Canadian outlet, an Iranian outlet in translation, a business daily and a fact-check
    (tests/fixtures/probe_events155, written blind in session 50): as first read (blind, at
    a6174bea), claims 0.962 / 0.920, speakers 59 of 67 (5 wrong or spurious), merged 25/30,
    conflicts 3/6 (0 false), headlines 15/28; at the session's end claims 0.977 / 0.935,
    speakers 61 of 68 (4 wrong or spurious), merged 26/30, conflicts 3/6 (0 false), headlines
    15/28. A regression guard."""
    s = score(_copied(PROBE_EVENTS155, tmp_path), PROBE_EVENTS155)
    print("\nprobe events 155:", s)
    assert s["claims_recall"] >= 0.97 and s["claims_precision"] >= 0.93, s
    assert ratio(s["attribution"]) >= 0.88 and s["attribution_wrong"] <= 5, s
    assert ratio(s["merged"]) >= 0.83 and s["overmerged"] <= 0 and s["false_conflicts"] <= 0, s
    assert ratio(s["conflicts"]) >= 0.41 and ratio(s["headlines"]) >= 0.5, s


PROBE_EVENTS156 = DEV.parent / "probe_events156"


def test_hundred_and_fifty_sixth_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Fifteen English probe articles of fifteen more outlets on 2004 (Yushchenko in the Rada
    after his poisoning, the first round, the days after the run-off, the compromise of 8
    December, the end of the count), among them a parliamentary transcript with speakers in
    capitals, a photo essay of captions, an op-ed with a dated peg, a student newspaper and a
    wire story with a CORRECTS line (tests/fixtures/probe_events156, written blind in session
    51): as first read (blind, at 9c8b7021), claims 0.959 / 0.915, speakers 33 of 49 (6 wrong or
    spurious), merged 23/26, conflicts 3/5 (0 false), headlines 13/28; at the session's end
    claims 0.959 / 0.915, speakers 34 of 49 (6 wrong or spurious), merged 23/26, conflicts 3/5
    (0 false), headlines 13/28. A regression guard."""
    s = score(_copied(PROBE_EVENTS156, tmp_path), PROBE_EVENTS156)
    print("\nprobe events 156:", s)
    assert s["claims_recall"] >= 0.95 and s["claims_precision"] >= 0.91, s
    assert ratio(s["attribution"]) >= 0.67 and s["attribution_wrong"] <= 7, s
    assert ratio(s["merged"]) >= 0.84 and s["overmerged"] <= 0 and s["false_conflicts"] <= 0, s
    assert ratio(s["conflicts"]) >= 0.5 and ratio(s["headlines"]) >= 0.42, s


PROBE_EVENTS157 = DEV.parent / "probe_events157"


def test_hundred_and_fifty_seventh_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Fifteen English probe articles of fifteen more outlets on 2008 (the Bucharest summit, the
    August war's aftermath, the coalition crisis of September), among them a 'Timeline:'
    sidebar, a markets newswire, a factbox, a radio transcript and a magazine's long read
    (tests/fixtures/probe_events157, written blind in session 51): as first read (blind, at
    9c8b7021), claims 0.934 / 0.891, speakers 44 of 55 (3 wrong or spurious), merged 25/29,
    conflicts 4/5 (0 false), headlines 12/27; at the session's end claims 0.967 / 0.922,
    speakers 44 of 55 (4 wrong or spurious), merged 26/29, conflicts 4/5 (0 false), headlines
    12/27. A regression guard."""
    s = score(_copied(PROBE_EVENTS157, tmp_path), PROBE_EVENTS157)
    print("\nprobe events 157:", s)
    assert s["claims_recall"] >= 0.96 and s["claims_precision"] >= 0.91, s
    assert ratio(s["attribution"]) >= 0.78 and s["attribution_wrong"] <= 5, s
    assert ratio(s["merged"]) >= 0.86 and s["overmerged"] <= 0 and s["false_conflicts"] <= 0, s
    assert ratio(s["conflicts"]) >= 0.7 and ratio(s["headlines"]) >= 0.4, s


PROBE_EVENTS158 = DEV.parent / "probe_events158"


def test_hundred_and_fifty_eighth_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Fifteen English probe articles of fifteen more outlets on 2010-2011 (the run-off and the
    court fight over its result, Tymoshenko's trial, its appeal and her move to Kharkiv), among
    them a court reporter's notes with clock times, a personal blog, a cable-style summary of
    numbered paragraphs, a business daily and a Polish broadcaster's English service
    (tests/fixtures/probe_events158, written blind in session 51): as first read (blind, at
    9c8b7021), claims 0.978 / 0.971, speakers 39 of 56 (8 wrong or spurious), merged 31/32,
    conflicts 2/5 (0 false), headlines 16/32; at the session's end claims 0.978 / 0.971,
    speakers 40 of 56 (7 wrong or spurious), merged 31/32, conflicts 2/5 (1 false), headlines
    18/31. A regression guard."""
    s = score(_copied(PROBE_EVENTS158, tmp_path), PROBE_EVENTS158)
    print("\nprobe events 158:", s)
    assert s["claims_recall"] >= 0.97 and s["claims_precision"] >= 0.96, s
    assert ratio(s["attribution"]) >= 0.69 and s["attribution_wrong"] <= 8, s
    assert ratio(s["merged"]) >= 0.93 and s["overmerged"] <= 0 and s["false_conflicts"] <= 1, s
    assert ratio(s["conflicts"]) >= 0.3 and ratio(s["headlines"]) >= 0.54, s


PROBE_EVENTS159 = DEV.parent / "probe_events159"


def test_hundred_and_fifty_ninth_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Fifteen English probe articles of fifteen more outlets on summer 2023 (the EU-US council
    in Luleå, the Kherson flood's toll, the EU summit's end, Biden's trip announced, the
    missiles over the Crimean bridge), among them a live page oldest first, a local TV station's
    story, a humanitarian situation report, a newsletter item and a quote-heavy wire story
    (tests/fixtures/probe_events159, written blind in session 51): as first read (blind, at
    9c8b7021), claims 0.978 / 0.919, speakers 66 of 72 (4 wrong or spurious), merged 29/32,
    conflicts 4/5 (0 false), headlines 16/24; at the session's end claims 0.993 / 0.933,
    speakers 68 of 74 (4 wrong or spurious), merged 30/32, conflicts 4/5 (0 false), headlines
    16/24. A regression guard."""
    s = score(_copied(PROBE_EVENTS159, tmp_path), PROBE_EVENTS159)
    print("\nprobe events 159:", s)
    assert s["claims_recall"] >= 0.98 and s["claims_precision"] >= 0.92, s
    assert ratio(s["attribution"]) >= 0.9 and s["attribution_wrong"] <= 5, s
    assert ratio(s["merged"]) >= 0.9 and s["overmerged"] <= 1 and s["false_conflicts"] <= 0, s
    assert ratio(s["conflicts"]) >= 0.7 and ratio(s["headlines"]) >= 0.62, s


PROBE_EVENTS160 = DEV.parent / "probe_events160"


def test_hundred_and_sixtieth_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Fifteen English probe articles of fifteen more outlets on autumn 2021 (Nord Stream 2's
    filling and certification, the gas price records, the Polish border wall and pushback laws,
    Putin's storage order), among them a think tank's brief with key judgements, a podcast
    summary, an article in translation with a translator's note, a regional Polish outlet and a
    factbox of dated bullets (tests/fixtures/probe_events160, written blind in session 51): as
    first read (blind, at 9c8b7021), claims 0.905 / 0.884, speakers 58 of 67 (13 wrong or
    spurious), merged 27/30, conflicts 3/6 (1 false), headlines 8/25; at the session's end
    claims 0.968 / 0.906, speakers 62 of 71 (14 wrong or spurious), merged 30/30, conflicts 4/6
    (1 false), headlines 9/25. A regression guard."""
    s = score(_copied(PROBE_EVENTS160, tmp_path), PROBE_EVENTS160)
    print("\nprobe events 160:", s)
    assert s["claims_recall"] >= 0.96 and s["claims_precision"] >= 0.9, s
    assert ratio(s["attribution"]) >= 0.85 and s["attribution_wrong"] <= 15, s
    assert ratio(s["merged"]) >= 0.96 and s["overmerged"] <= 0 and s["false_conflicts"] <= 1, s
    assert ratio(s["conflicts"]) >= 0.58 and ratio(s["headlines"]) >= 0.32, s


PROBE_EVENTS161 = DEV.parent / "probe_events161"


def test_hundred_and_sixty_first_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Fifteen English probe articles of fifteen more outlets on spring-summer 2014 (the
    Kramatorsk airfield, the days around the presidential election, Gazprom's deadline, MH17),
    among them a liveblog oldest first with GMT times, a TV news script, an election observers'
    statement, Dutch and Malaysian local outlets and related-link furniture
    (tests/fixtures/probe_events161, written blind in session 51): as first read (blind, at
    9c8b7021), claims 0.979 / 0.942, speakers 49 of 61 (6 wrong or spurious), merged 33/37,
    conflicts 3/6 (0 false), headlines 13/36; at the session's end claims 0.979 / 0.942,
    speakers 51 of 61 (4 wrong or spurious), merged 33/37, conflicts 3/6 (0 false), headlines
    13/36. A regression guard."""
    s = score(_copied(PROBE_EVENTS161, tmp_path), PROBE_EVENTS161)
    print("\nprobe events 161:", s)
    assert s["claims_recall"] >= 0.97 and s["claims_precision"] >= 0.93, s
    assert ratio(s["attribution"]) >= 0.81 and s["attribution_wrong"] <= 5, s
    assert ratio(s["merged"]) >= 0.86 and s["overmerged"] <= 0 and s["false_conflicts"] <= 0, s
    assert ratio(s["conflicts"]) >= 0.41 and ratio(s["headlines"]) >= 0.33, s


PROBE_EVENTS162 = DEV.parent / "probe_events162"


def test_hundred_and_sixty_second_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Fifteen English probe articles of fifteen more outlets on 2017 (the Donbas trade
    blockade, visa-free travel, Saakashvili's border crossing, the prisoner exchange of 27
    December), among them an EU press release, a Q&A interview, a newsletter digest of bold
    leads, a travel trade outlet and a wire story with an 'Additional reporting by' line
    (tests/fixtures/probe_events162, written blind in session 51): as first read (blind, at
    9c8b7021), claims 0.977 / 0.950, speakers 49 of 67 (14 wrong or spurious), merged 22/24,
    conflicts 2/5 (0 false), headlines 13/30; at the session's end claims 0.985 / 0.957,
    speakers 58 of 68 (6 wrong or spurious), merged 22/24, conflicts 2/5 (0 false), headlines
    13/30. A regression guard."""
    s = score(_copied(PROBE_EVENTS162, tmp_path), PROBE_EVENTS162)
    print("\nprobe events 162:", s)
    assert s["claims_recall"] >= 0.98 and s["claims_precision"] >= 0.95, s
    assert ratio(s["attribution"]) >= 0.83 and s["attribution_wrong"] <= 7, s
    assert ratio(s["merged"]) >= 0.87 and s["overmerged"] <= 0 and s["false_conflicts"] <= 0, s
    assert ratio(s["conflicts"]) >= 0.3 and ratio(s["headlines"]) >= 0.4, s


PROBE_EVENTS163 = DEV.parent / "probe_events163"


def test_hundred_and_sixty_third_probe_events_stay_above_their_floors(tmp_path: Path) -> None:
    """Sixteen English probe articles of sixteen more outlets on the 1990s (the declaration of
    independence, the end of the USSR, Clinton at Boryspil and the nuclear statement of January
    1994, the constitution and the hryvnia of 1996), among them an OCR'd archive page, an 'On
    this day' column, an encyclopedia-like backgrounder, a wire story of the day and a letter to
    the editor (tests/fixtures/probe_events163, written blind in session 51): as first read
    (blind, at 9c8b7021), claims 0.874 / 0.877, speakers 38 of 47 (6 wrong or spurious), merged
    30/33, conflicts 1/5 (0 false), headlines 11/23; at the session's end claims 0.874 / 0.877,
    speakers 38 of 47 (5 wrong or spurious), merged 30/33, conflicts 1/5 (0 false), headlines
    11/23. A regression guard."""
    s = score(_copied(PROBE_EVENTS163, tmp_path), PROBE_EVENTS163)
    print("\nprobe events 163:", s)
    assert s["claims_recall"] >= 0.86 and s["claims_precision"] >= 0.87, s
    assert ratio(s["attribution"]) >= 0.78 and s["attribution_wrong"] <= 6, s
    assert ratio(s["merged"]) >= 0.87 and s["overmerged"] <= 0 and s["false_conflicts"] <= 0, s
    assert ratio(s["conflicts"]) >= 0.1 and ratio(s["headlines"]) >= 0.43, s

