"""What the twenty-second hostile sweep found (session 28's reading rules, the twenty-first
sweep's leftovers) and was fixed: docs/benchmarks.md, "A twenty-second sweep"."""

from __future__ import annotations

import pytest

from generator.headlines import make_headline
from tests.conftest import timeline_of


@pytest.mark.parametrize(("body", "titles"), [
    ("Zelensky met Trump on Monday and again on Friday.",
     ["Zelensky meets Trump", "Zelensky meets Trump again on Friday"]),
    ("Zelensky met Trump on 1 May and again on 3 May and again on 5 May.",
     ["Zelensky meets Trump", "Zelensky meets Trump again on 3 May", "Zelensky meets Trump again on 5 May"]),
])
def test_a_date_asked_for_keeps_its_own_words_of_a_span_joined_by_again(body: str, titles: list[str]) -> None:
    """Session 28 made "on Friday and again on Saturday" one date span; the title of the later
    day's event, asked to keep its date, kept the whole span ('Zelensky meets Trump on Monday
    and again on Friday', 'on 1 May and again on 3 May and again on 5 May'): it keeps its
    own words, "again" with them."""
    events = timeline_of(body, published=lambda i: "2025-09-12").events
    assert sorted(e.title for e in events) == titles


def test_a_span_joined_by_again_still_goes_whole_without_a_date_asked_for() -> None:
    assert make_headline("The Zaporizhzhia nuclear plant, Europe's largest, was shelled on Friday and again "
                         "on Saturday, with each side blaming the other.").text == "Zaporizhzhia nuclear plant shelled"


def test_a_past_count_from_a_day_to_come_dates_nothing_after_the_report() -> None:
    """Session 28's "urged ... to V ... weekday" reads "Trump urged Putin to act on Monday" as
    the Monday to come; the aside "a day after he met Zelensky" was counted from it: a meeting
    told in the past dated after the report (2025-09-14 for a report of 12 September). Counted
    from a day before, or told in the future, as before."""
    values = lambda body: [c.timex.value for c in timeline_of(  # noqa: E731
        body, published=lambda i: "2025-09-12").claims if c.timex is not None]
    assert values("Trump urged Putin to act on Monday, a day after he met Zelensky.") == ["2025-09-15"]
    assert values("Trump urged Putin on Monday to act, a day after he met Zelensky.") == ["2025-09-08", "2025-09-07"]
    assert values("Putin will visit on Monday, a day after he meets Xi.") == ["2025-09-15", "2025-09-14"]


def test_a_speaker_of_a_relative_clause_is_no_frame_closing_the_sentence() -> None:
    """"a plan that Zelensky, Macron and Scholz said would work" was read as the frame
    "..., Macron and Scholz said" closing "Putin rejected a plan that Zelensky": the title
    'Putin rejects a plan that Zelensky'. A speaker whose verb goes on with a modal or a copula
    ("said would", "said was") says what the relative clause tells, no frame of the sentence."""
    assert make_headline("Putin on Monday rejected a plan that Zelensky, Macron and Scholz said would "
                         "work.").text == "Putin rejects a plan that Zelensky, Macron and Scholz said would work"
    assert make_headline("Talks with Kyiv will go on, Peskov said.").text == "Peskov says talks with Kyiv will go on"


@pytest.mark.parametrize("sentence", [
    "Zelensky said on Monday, since he was sworn in, that nothing had changed.",
    "Zelensky said, since the war began, that nothing had changed.",
    "Zelensky said since he was sworn in that nothing had changed.",
])
def test_a_time_clause_between_a_frame_and_its_that_goes(sentence: str) -> None:
    """'Zelensky says since he sworn in, that nothing changed': a time clause of "since" between
    the frame and its "that" was taken for what was said (its "was" then dropped as the time
    clause's, session 28); as one of "after" or "when" already was, it goes with the frame."""
    assert make_headline(sentence).text == "Zelensky says nothing changed"


@pytest.mark.parametrize(("body", "value", "title"), [
    ("Hà Nội, Mar 1: Putin met To Lam.", "2025-03-01", "Putin meets To Lam"),
    ("Đà Nẵng, 12 May - Putin met To Lam on Monday.", "2025-09-08", "Putin meets To Lam"),
    ("Kraków, Jun 2 (PAP) Tusk met Zelensky.", "2025-06-02", "Tusk meets Zelensky"),
])
def test_a_title_case_dateline_may_name_its_place_with_diacritics(body: str, value: str, title: str) -> None:
    """Session 28 read a dateline's place in capitals with its diacritics ("HÀ NỘI —"); in title
    case ("Hà Nội, Mar 1:", "Đà Nẵng, 12 May -", "Kraków, Jun 2 (PAP)") it was still a title's
    ('Hà Nội,: Putin met To Lam', 'Đà Nẵng, - Putin met To Lam', 'Kraków, Tusk met Zelensky') and
    its day no dateline's (the next March 1, after the report; 12 May, a claim)."""
    timeline = timeline_of(body, published=lambda i: "2025-09-12")
    assert [c.timex.value for c in timeline.claims if c.timex is not None] == [value]
    assert [e.title for e in timeline.events] == [title]


def test_tagging_a_text_with_a_dotted_capital_i_holds_no_object_per_character() -> None:
    """A text of Turkish and Vietnamese capitals ("HÀ NỘI İSTANBUL ĐÀ ", f22-diacritics-run)
    peaked at some 70 bytes a character while it was tagged (210 MB in a process at 2 MB):
    with an "İ" in it, which grows when lower-cased, the text was lowered a character at a
    time, a string object each. Now lowered whole, "İ" kept (119 MB at 2 MB)."""
    from generator.timex.extract import lowered
    from tests.tagging import tagged_with_peak

    text = "".join(["HÀ ", "NỘI ", "İSTANBUL ", "ĐÀ "][i % 4] for i in range(12_000)) + "on 3 May 2025."
    found, peak = tagged_with_peak(text)
    assert [t.value for t in found] == ["2025-05-03"]
    assert peak / len(text) < 35, peak / len(text)
    # the same text as lowered a character at a time, whatever stands in for "İ" (a word's
    # final sigma as in a text without "İ": "ΟΔΟΣ".lower() is "οδος")
    for sample in ["İSTANBUL and Istanbul", "İ\uffff İ", "İ\uffff\ufffe\U0010ffff İ"]:
        assert lowered(sample) == "".join(c if len(c.lower()) != 1 else c.lower() for c in sample)
    assert lowered("ΟΔΟΣ İ") == "ΟΔΟΣ".lower() + " İ"


def test_an_undated_saying_counts_from_the_day_its_speaker_spoke_not_from_an_aside_counted_before() -> None:
    """Session 28's _said_day counts "Mr Putin said ..., a day after he addressed ..." from the
    day Putin last spoke in the report; the day an earlier such aside counted to (what he did
    then, a claim of his sentence) was taken for one: each such sentence dated its aside a day
    further back (09-09, 09-08, 09-07). Each counts from the Wednesday he spoke."""
    body = "Putin told a summit on Wednesday that talks failed. " + " ".join(
        f"Mr Putin said that Russia was ready {i}, a day after he addressed meeting {i}." for i in range(3))
    claims = timeline_of(body, published=lambda i: "2025-09-12").claims
    assert [c.timex.value for c in claims if c.timex is not None] == ["2025-09-10"] + ["2025-09-09"] * 3


@pytest.mark.parametrize(("sentence", "title"), [
    ("G20 Summit 2023 Live Updates: Modi met Biden on Saturday.", "G20 Summit 2023 Live Updates: Modi met Biden"),
    ("Putin spoke at the Forum 2025 on Monday.", "Putin speaks at the Forum 2025"),
    ("The Vision 2030 plan was unveiled in April 2016.", "Vision 2030 plan unveiled"),
    ("Putin spoke at the summit in 2023.", "Putin speaks at the summit"),
])
def test_a_title_keeps_the_year_a_name_ends_on(sentence: str, title: str) -> None:
    """Session 28's year_name_before makes "G20 Summit 2023", "Vision 2030" names, no claims'
    dates; the title still cut the year as a date ('G20 Summit Live Updates: ...', 'Putin
    speaks at the Forum', 'Vision plan unveiled'). A year after such a word stays; one after
    "in" goes as before."""
    assert make_headline(sentence).text == title
