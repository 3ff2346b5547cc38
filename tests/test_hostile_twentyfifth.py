"""What the twenty-fifth hostile sweep found (session 31's reading rules, incr24's caches) and
was fixed: docs/benchmarks.md, "A twenty-fifth sweep"."""

from __future__ import annotations

import pytest

from generator.headlines import make_headline
from generator.text import vocabulary
from tests.conftest import timeline_of


def test_a_wire_sign_off_takes_its_spaces_whole() -> None:
    """Session 31's wire sign-off ("BSS/AFP/MKH/0935 hrs") read two runs of spaces about its
    optional "hrs" ("\\s*(?:hrs)?\\s*$"), tried at every split of a run of spaces after the
    filing time that did not end its paragraph: 20 KB of spaces, 1.1 CPU s to tell it was no
    furniture; 80 KB, 17 s (f25-signoff-spaces). Each run is taken whole: the same matches.
    (A guard: what it matches is as before, on main too; the time, which no test asserts, is
    in docs/benchmarks.md.)"""
    furniture = vocabulary().furniture
    for line in ("BSS/AFP/MKH/0935 hrs", "BSS/AFP/MKH/0935", "BSS/AFP/0935hrs  ", "AP/AFP/MKH/1200 hours"):
        assert furniture.match(line), line
    for line in ("BSS/AFP/MKH/0935" + " " * 3000 + "x", "BSS/AFP/MKH/0935 hrs Putin met Biden.", "BSS/0935 hrs"):
        assert furniture.match(line) is None, line[:40]
    tl = timeline_of("Putin met Xi on Monday.\n\nBSS/AFP/MKH/0935" + " " * 4000 + "and Putin met Biden on Tuesday.",
                     published=lambda i: "2025-09-12")
    assert [str(c.when.start) for c in tl.claims] == ["2025-09-08", "2025-09-09"]


def _days(text: str) -> dict[str, str]:
    tl = timeline_of(text, published=lambda i: "2025-09-12")  # a Friday
    return {c.timex.text: str(c.when.start) for c in tl.claims if c.timex is not None}


@pytest.mark.parametrize("sentence", [
    "Zelensky, who denied it a day earlier, said that Putin would travel on Thursday.",
    "Zelensky, who met Biden a day earlier, told reporters Putin would travel on Thursday.",
    "Zelensky, who met Biden a day earlier, asked whether Putin could travel on Thursday.",
])
def test_a_count_in_an_aside_is_not_counted_from_a_day_the_main_clause_reports(sentence: str) -> None:
    """Session 31's count in a relative aside from the main clause's day took the day of what
    the main clause reports for it: "Zelensky, who denied it a day earlier, said that Putin
    would travel on Thursday" (a report of Friday 12 September) dated the denial Wednesday 17
    September, after the report, the day before the Thursday to come. A clause of its own
    between ("that", "whether", "would", "will") leaves the count to the dates before it."""
    assert _days(sentence)["a day earlier"] == "2025-09-11"


def test_a_count_in_an_aside_still_counts_from_the_main_clause_s_own_day() -> None:
    assert _days("Zelensky, who denied any involvement in Helsinki a day earlier, travelled on Thursday "
                 "to the Netherlands.")["a day earlier"] == "2025-09-10"
    assert _days("Zelensky, who met Biden two days earlier, said on Thursday that talks would resume.")[
        "two days earlier"] == "2025-09-09"


@pytest.mark.parametrize(("sentence", "title"), [
    ("External affairs minister S. Jaishankar met Lavrov on Monday.", "Jaishankar meets Lavrov"),
    ("Iran's foreign ministry spokesman Nasser Kanaani rejected the plan on Monday.", "Kanaani rejects the plan"),
])
def test_a_portfolio_opening_the_sentence_goes_with_its_role(sentence: str, title: str) -> None:
    """Session 31's portfolio before its holder's name ("External affairs minister S.
    Jaishankar" -> "Jaishankar") was read for a speaker only; as the subject of a deed the role
    word alone went and the portfolio stayed: 'External affairs Jaishankar meets Lavrov',
    "Iran's foreign ministry Kanaani rejects the plan"."""
    assert make_headline(sentence).text == title
    assert [e.title for e in timeline_of(sentence, published=lambda i: "2025-09-12").events] == [title]


@pytest.mark.parametrize(("sentence", "title"), [
    ("Trump's special envoy Steve Witkoff met Putin on Monday.", "Trump's special envoy Witkoff meets Putin"),
    ("Russian President Vladimir Putin met Xi on Monday.", "Putin meets Xi"),
    ("External affairs minister S. Jaishankar said on Monday that talks would resume.", "Jaishankar says talks will resume"),
])
def test_portfolios_and_roles_as_before(sentence: str, title: str) -> None:
    assert make_headline(sentence).text == title


@pytest.mark.parametrize(("sentence", "title"), [
    ("The leaders of the United States, Japan, Germany, France, Italy and Canada said on Monday that talks "
     "would resume.", "Leaders say talks will resume"),
    ("The leaders of the United States, Japan, Germany, France, Italy and Canada said talks would resume on Monday.",
     "Leaders say talks will resume"),
    ("The foreign ministers of the United States, Japan, Germany, France and Italy said on Monday that Russia "
     "must pay.", "Foreign ministers say Russia must pay"),
])
def test_a_group_named_by_its_owners_speaks_before_what_it_says_too(sentence: str, title: str) -> None:
    """Session 31's group named by a list of owners ("the leaders of the United States, Japan,
    ... and Canada" -> "Leaders") was read after a quote only; before what it said, its list
    was cut at the first comma, what came before it read as what the rest said: 'Japan,
    Germany, France, Italy and Canada say the leaders of the United States', or the list made
    the title: 'Canada-France talks in Japan', 'Foreign ministers of the United States, Japan,
    Germany, France'."""
    assert [e.title for e in timeline_of(sentence, published=lambda i: "2025-09-12").events] == [title]


@pytest.mark.parametrize(("sentence", "title"), [
    ("The leaders of the United States, Japan, Germany, France, Italy and Canada met in Kyiv.",
     "US, Japanese, German, French, Italian and Canadian leaders meet in Kyiv"),
    ("Russia, Ukraine, France and Germany said talks would resume.",
     "Russia, Ukraine, France and Germany said talks would resume"),
])
def test_lists_as_before(sentence: str, title: str) -> None:
    assert make_headline(sentence).text == title


LIVE_PAGE = ("12:10\nJD Vance has warned that the US could \"walk away\" from the process.\n\n09:45\n"
             + "x" * 21 + " Foreign Office officials confirmed overnight that the meeting in London would go ahead at\n"
             "the level of officials after Marco Rubio pulled out. Rubio said on X that he\nlooked forward to "
             "rescheduling \"in the coming months of the year and the next one too, he said, adding more words "
             "here\".\n\n08:00\nGood morning. Zelensky told reporters in Kyiv yesterday that there was \"nothing to "
             "talk\nabout\" on Crimea. Here is what else you need to know:\n\n- The Kremlin said on Tuesday that "
             "reports of the US peace plan were \"inaccurate\" and that\nit would not comment on them.\n")


@pytest.mark.parametrize("line_ends", [
    pytest.param(lambda t: t.replace("\n", "\r\n"), id="CRLF"),
    pytest.param(lambda t: t.replace("\n\n", "\n \n"), id="a blank line of a space"),
    pytest.param(lambda t: t, id="LF"),
])
def test_a_quote_is_counted_from_its_paragraph_s_start_whatever_the_blank_line(line_ends) -> None:
    """Session 31 counted a quote's marks from the paragraph's start where one was in reach, so
    that a window's edge inside another paragraph's quote opens none (a live page's
    "yesterday" was dated a day before a speech named later); it looked for "\\n\\n" only. A
    report with Windows line ends, or a blank line holding a space, dated that "yesterday" 21
    April, not 22 (published 23 April). (LF: a guard.)"""
    tl = timeline_of(line_ends(LIVE_PAGE), published=lambda i: "2025-04-23")
    assert [str(c.when.start) for c in tl.claims if c.timex is not None and c.timex.text == "yesterday"] \
        == ["2025-04-22"]
