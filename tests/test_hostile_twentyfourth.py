"""What the twenty-fourth hostile sweep found (session 30's reading rules, incr23's caches) and
was fixed: docs/benchmarks.md, "A twenty-fourth sweep"."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator import patterns
from generator.headlines import dated_clause, make_headline
from generator.output import write_whole
from tests.conftest import timeline_of


@pytest.mark.parametrize(("sentence", "title"), [
    ("Mourners gathered on Monday, with an event planned at Manchester Cathedral on Sunday.",
     "Mourners gather, with an event planned at Manchester Cathedral"),
    ("Putin arrived on Monday, with talks planned in Moscow.", "Putin arrives, with talks planned in Moscow"),
    ("Crowds gathered on Monday, with a march planned in Kyiv.", "Crowds gather, with a march planned in Kyiv"),
])
def test_a_date_before_with_and_a_participle_leaves_its_comma(sentence: str, title: str) -> None:
    """A date dropped before ", with" took the comma along ("gathered on Monday, with an event
    planned" -> "gathered with an event planned"), and the absolute phrase's participle read as
    the sentence's verb: 'Mourners gathered with an event plan at Manchester Cathedral', 'Putin
    arrived with talks plans in Moscow' (session 30's "planned at" dates such sentences twice,
    so both of its events were titled so)."""
    assert make_headline(sentence).text == title


def test_the_events_of_a_plan_with_after_a_date_are_titled_by_the_sentence() -> None:
    events = timeline_of("Mourners gathered on Monday, with an event planned at Manchester Cathedral on Sunday.",
                         published=lambda i: "2025-09-12").events
    assert events and all(" plan " not in e.title and e.title.startswith("Mourners gather") for e in events)


@pytest.mark.parametrize(("sentence", "title"), [
    ("Putin met Xi on Monday, with Lavrov present.", "Putin meets Xi with Lavrov present"),
    ("The swap was completed on Sunday, with 303 soldiers returning home.",
     "Swap completed, with 303 soldiers returning home"),
])
def test_a_with_of_no_participle_still_loses_the_date_s_comma(sentence: str, title: str) -> None:
    assert make_headline(sentence).text == title


@pytest.mark.parametrize("sentence", [
    "Putin, who told reporters on Monday that he would go, flew to Beijing on Tuesday.",
    "Putin, who said on Monday that talks would resume, flew to Beijing on Tuesday.",
])
def test_words_said_in_a_relative_clause_end_at_its_comma(sentence: str) -> None:
    """The date after a relative clause of what someone said ("Putin, who said on Monday that
    talks would resume, flew to Beijing on Tuesday") was read inside what he said: the
    Tuesday's event was titled 'Talks will resume, flew to Beijing on Tuesday.' and 'Putin to go
    flew to Beijing'."""
    at = sentence.index("on Tuesday")
    assert dated_clause(sentence, at, at + len("on Tuesday")) is None
    events = timeline_of(sentence, published=lambda i: "2025-09-12").events
    assert "Putin flies to Beijing" in [e.title for e in events]
    assert not any("flew" in e.title for e in events)


def test_what_was_said_on_a_day_is_still_its_own_sentence() -> None:
    s = "Peskov said on Monday that talks would resume in Istanbul on Friday."
    assert dated_clause(s, s.index("on Friday"), s.index("on Friday") + 9) == "Talks will resume in Istanbul on Friday."


@pytest.mark.parametrize(("sentence", "title"), [
    ("The day after Boris Johnson announced his resignation, Putin said in Moscow that Russia was ready.",
     "Putin says Russia is ready"),
    ("The day after the summit opened, Zelensky said in Kyiv that Ukraine was ready.",
     "Zelensky says Ukraine is ready"),
])
def test_a_time_counted_from_another_happening_opening_the_sentence_is_not_what_was_said(
        sentence: str, title: str) -> None:
    """Session 30 reads such an opening clause's speaker after the sentence's own; the titles
    took the clause for what the speaker said: 'Putin says the day after Johnson announced his
    resignation', 'Day after the summit opens, Zelensky said in Kyiv that Ukraine was ready'."""
    assert make_headline(sentence).text == title


@pytest.mark.parametrize(("sentence", "title"), [
    ("Two weeks before the summit opened, Zelensky said in Kyiv that Ukraine was ready.",
     "Zelensky says Ukraine is ready"),
    ("Hours after the summit opened, Zelensky said in Kyiv that Ukraine was ready.",
     "Zelensky says Ukraine is ready"),
    ("The day after the vote was a holiday.", "Day after the vote was a holiday"),
])
def test_counted_openers_as_before(sentence: str, title: str) -> None:
    assert make_headline(sentence).text == title


@pytest.mark.parametrize("name", ["merge.bin", "patterns.bin"])
def test_a_folder_in_the_place_of_a_file_written_whole_is_replaced(tmp_path: Path, name: str) -> None:
    """A folder where the merge cache's arrays or the kept patterns are written was never
    replaced (a file cannot be renamed over a folder; the OSError was taken for an unwritable
    cache): neither cache was kept by any build after (the JSON caches' writer removed one)."""
    path = tmp_path / ".cache" / name
    (path / "inside").mkdir(parents=True)
    write_whole(path, lambda f: f.write(b"kept"))
    assert path.read_bytes() == b"kept"


def test_kept_patterns_are_written_where_a_folder_stood(tmp_path: Path) -> None:
    path = tmp_path / patterns.FILENAME
    path.mkdir()
    re.purge()
    with patterns.kept(path) as first:
        re.compile(r"(?P<h24>twenty-fourth)\s+sweep")
    assert first is not None and first.added and path.is_file()
    re.purge()
    with patterns.kept(path) as again:
        re.compile(r"(?P<h24>twenty-fourth)\s+sweep")
    assert again.hits >= 1


def test_a_symlink_in_the_place_of_a_file_written_whole_is_replaced_not_followed(tmp_path: Path) -> None:
    target = tmp_path / "elsewhere"
    target.mkdir()
    link = tmp_path / "merge.bin"
    link.symlink_to(target)
    write_whole(link, lambda f: f.write(b"kept"))
    assert link.read_bytes() == b"kept" and not link.is_symlink() and target.is_dir()


@pytest.mark.parametrize("sentence", [
    "Putin said on Monday that talks would resume\u180e soon.",
    "Putin said on Monday that talks\u2062 would resume soon.",
])
def test_other_zero_width_characters_show_in_no_title(sentence: str) -> None:
    """The twenty-third sweep's characters that show nothing left the Mongolian vowel separator
    (U+180E, a format character of no width since Unicode 6.3) and the invisible operators
    (U+2061-U+2064) in titles: 'Putin says talks will resume\\u180e soon'."""
    assert make_headline(sentence).text == "Putin says talks will resume soon"


@pytest.mark.parametrize("shows_nothing", ["\u200b", "\u200d", "\u00ad", "\u2060", "\ufeff", "\u200b \u200b"])
def test_a_character_that_shows_nothing_after_a_full_stop_ends_the_sentence_still(shows_nothing: str) -> None:
    """A zero-width space, joiner, soft hyphen, word joiner or byte-order mark between a full
    stop and the next sentence made the two one: both claims quoted both sentences, and the
    events were titled 'Putin meets Xi. Zelensky met Biden' and 'Putin meets Xi. Zelensky met
    Biden on Tuesday'."""
    tl = timeline_of(f"Putin met Xi on Monday.{shows_nothing} Zelensky met Biden on Tuesday.",
                     published=lambda i: "2025-09-12")
    assert [c.text.strip("\u200b\u200d\u00ad\u2060\ufeff ") for c in tl.claims] == [
        "Putin met Xi on Monday.", "Zelensky met Biden on Tuesday."]
    assert sorted(e.title for e in tl.events) == ["Putin meets Xi", "Zelensky meets Biden"]


def test_a_sentence_end_is_never_looked_for_inside_a_run_of_marks() -> None:
    """From every full stop of a run, the sentence splitter's look ahead read the whole run of
    spaces after it: runs of 20 KB of stops and 20 KB of spaces took 16 CPU s to split, the
    square of their length (f24-stop-space-runs: 12.4 s at 50 KB, 41.8 s at 100 KB; now 0.6
    s at both, 1.2 and 1.7 s at 1 and 2 MB). A run is read from its first mark only."""
    from generator.text import BOUNDARY

    text = "." * 5 + " " * 5 + "Zelensky"
    assert BOUNDARY.match(text, 0).end() == 5
    assert all(BOUNDARY.match(text, k) is None for k in range(1, 5))
    # (the ends as before: marks, quotes, brackets, a footnote, a digit, an opening quote)
    assert [m.end() for m in BOUNDARY.finditer("He left?!… Then, “Yes.” (No.)[^1] Kyiv. 3 more... And “so.” ‘X")] \
        == [10, 23, 33, 39, 49, 59]


def test_a_run_of_stops_and_spaces_is_one_sentence_of_its_words() -> None:
    tl = timeline_of("Putin met Xi on Monday " + "." * 3000 + " " * 3000 + "and talks went on.",
                     published=lambda i: "2025-09-12")
    assert len(tl.claims) == 1


def test_a_run_of_spaces_after_a_date_is_read_once() -> None:
    """The resolver's joins of a series of days and its "local time" after a weekday ("\\s*,?\\s*")
    tried every split of a run of spaces after a date: runs of line ends and spaces after "on
    Monday", 24 KB, took 7.6 CPU s (12 KB: 2.0 s). Each run of spaces is taken whole: the same
    joins, read once. (A guard: what they match is as before, on main too; the time, which no
    test asserts, is in docs/benchmarks.md, f24-line-space-runs.)"""
    from generator.timex.resolve import LOCAL_DAY, SERIES

    spaces = "Monday" + " " * 3000 + "x"
    assert SERIES.fullmatch(spaces, 6, len(spaces)) is None and LOCAL_DAY.match(spaces, 6) is None
    assert [bool(SERIES.fullmatch(s)) for s in (" and ", ", and on ", " to ", " – ", ",and", "and  ", " x ")] \
        == [True] * 6 + [False]
    assert [bool(LOCAL_DAY.match(s)) for s in (", local time", " morning local time", " (local time", " morning, ")] \
        == [True, True, True, False]
    tl = timeline_of("Putin met Xi on Monday" + "\n " * 2000 + " and talks went on.", published=lambda i: "2025-09-12")
    assert str(tl.claims[0].when.start) == "2025-09-08"
