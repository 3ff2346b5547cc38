"""Sentence splitting keeps exact offsets into the raw file."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.text import split_sentences


def test_abbreviations_and_initials_do_not_end_sentences() -> None:
    text = "The U.S. Official met Mr. Smith on Jan. 5 in Kyiv. He left. J. Doe stayed."
    assert [s.text for s in split_sentences(text)] == [
        "The U.S. Official met Mr. Smith on Jan. 5 in Kyiv.", "He left.", "J. Doe stayed."]
    # a possessive's "s" is no initial
    text = "Kyiv had submitted its memorandum and was waiting for Moscow's. A day later Sybiha spoke."
    assert [s.text for s in split_sentences(text)] == [
        "Kyiv had submitted its memorandum and was waiting for Moscow's.", "A day later Sybiha spoke."]


def test_quotes_close_sentences_and_headings_stand_alone() -> None:
    text = "A Heading Line\n“We will come,” he said. “Then talk.”\n"
    sentences = split_sentences(text)
    assert [(s.text, s.heading) for s in sentences] == [
        ("A Heading Line", True), ("“We will come,” he said.", False), ("“Then talk.”", False)]


def test_a_short_bold_line_that_asks_is_a_subheading() -> None:
    """"**What happened this week?**" heads what follows (its "this week" dates no claim); a
    bold sentence that ends on a full stop, or a long bold question, is text."""
    text = ("**What happened this week?**\n\nTrump and Putin will meet on Friday.\n\n"
            "**Putin met Trump on Friday.**\n")
    kinds = [(s.text, s.kind) for s in split_sentences(text)]
    assert kinds == [("What happened this week?", "heading"),
                     ("Trump and Putin will meet on Friday.", "text"),
                     ("Putin met Trump on Friday.", "text")]


def test_offsets_skip_the_front_matter() -> None:
    raw = "---\ntitle: x\n---\nFirst one. Second one.\n"
    start = raw.index("First")
    sentences = split_sentences(raw, start)
    assert [raw[s.start:s.end] for s in sentences] == ["First one.", "Second one."]


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_offsets_round_trip_on_any_text(text: str) -> None:
    for s in split_sentences(text):
        assert text[s.start:s.end] == s.text
        assert s.text == s.text.strip() and s.text


def test_abbreviations_deep_in_a_long_paragraph() -> None:
    # the word before a period is looked for near it, not from the paragraph's start
    para = ("Talks went on. " * 2000 + "Mr. Smith met Gen. Jones in the U.S. on Monday. "
            + "A longword" + "x" * 60 + ". Next one.")
    texts = [s.text for s in split_sentences(para)]
    assert "Mr. Smith met Gen. Jones in the U.S. on Monday." in texts
    assert texts[-1] == "Next one."
    assert len(texts) == 2000 + 3


def test_line_and_column_of_offsets() -> None:
    import datetime as dt

    from generator.model import Source

    s = Source("a", "a.md", "https://a.example", "t", dt.date(2025, 1, 1), "ab\ncd\n\nef", 0)
    assert [s.line_col(i) for i in (0, 2, 3, 6, 7, 8)] == \
        [(1, 1), (1, 3), (2, 1), (3, 1), (4, 1), (4, 2)]


# --- Markdown as Markdown: paragraphs, hard wraps, furniture ------------------------------

import textwrap  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
import yaml  # noqa: E402

from generator.text import dateline, paragraphs, vocabulary  # noqa: E402

TEXT_DATA = yaml.safe_load((Path(__file__).parents[1] / "generator/lang/en/text.yaml")
                           .read_text(encoding="utf-8"))
PATTERN_CASES = [(name, text, expect) for name in ("credit", "furniture", "dateline", "caption_start", "stamp", "wire", "entry_stamp", "stamp_line",
                                                  "said_after_quote", "quote_introduced", "line_goes_on", "after_initialism",
                                                  "joined_across_lines", "after_weekday", "signature",
                                                  "weekday_abbreviation")
                 for expect in ("match", "no_match")
                 for text in TEXT_DATA[name]["examples"][expect]]


@pytest.mark.parametrize(("name", "text", "expect"), PATTERN_CASES)
def test_furniture_pattern_examples(name: str, text: str, expect: str) -> None:
    pattern = getattr(vocabulary(), name)
    found = pattern.search(text) if name in ("credit", "quote_introduced", "line_goes_on") else \
        pattern.fullmatch(text) if name in ("joined_across_lines", "weekday_abbreviation") else pattern.match(text)
    assert bool(found) == (expect == "match"), (name, text)


ARTICLE = [
    "MOSCOW, March 2. /TASS/. A new round of talks between the Ukrainian and Russian delegations "
    "is expected on Wednesday. According to information obtained by TASS, the negotiations are to "
    "take place on Belarusian territory.",
    "First round",
    "The Russian delegation arrived in the Belarusian city of Gomel for talks on February 27, but "
    "Ukrainian diplomats declined to meet in Belarus and insisted on meeting in another country.",
    "Negotiators from both sides shook hands on Monday in the Gomel region "
    "[Sergei Bobylev/TASS via Reuters]",
    "Read more: Russia and Ukraine agree on a second round of talks in Belarus",
]


def _folded(raw: str) -> list[tuple[str, str]]:
    return [(" ".join(s.text.split()), s.kind) for s in split_sentences(raw)]


@pytest.mark.parametrize("width", [72, 90, 100])
def test_hard_wrapped_and_unwrapped_files_read_alike(width: int) -> None:
    unwrapped = "\n".join(ARTICLE) + "\n"
    blank_lines = "\n\n".join(ARTICLE) + "\n"
    wrapped = "\n\n".join(textwrap.fill(p, width) for p in ARTICLE) + "\n"
    expected = [
        ("MOSCOW, March 2. /TASS/.", "dateline"),
        ("A new round of talks between the Ukrainian and Russian delegations is expected on "
         "Wednesday.", "text"),
        ("According to information obtained by TASS, the negotiations are to take place on "
         "Belarusian territory.", "text"),
        ("First round", "heading"),
        ("The Russian delegation arrived in the Belarusian city of Gomel for talks on February "
         "27, but Ukrainian diplomats declined to meet in Belarus and insisted on meeting in "
         "another country.", "text"),
        ("Negotiators from both sides shook hands on Monday in the Gomel region", "caption"),
        ("[Sergei Bobylev/TASS via Reuters]", "credit"),
        ("Read more: Russia and Ukraine agree on a second round of talks in Belarus", "furniture"),
    ]
    assert _folded(unwrapped) == expected
    assert _folded(blank_lines) == expected
    assert _folded(wrapped) == expected
    for s in split_sentences(wrapped):
        assert wrapped[s.start:s.end] == s.text


def test_a_single_newline_in_a_wrapped_paragraph_is_a_space() -> None:
    raw = ("Russia's and Ukraine's leaders agreed on Tuesday to swap all remaining prisoners by the\n"
           "end of the year, but the thorny questions over the region's status were left\n"
           "unresolved at their first face-to-face meeting.\n")
    assert len(split_sentences(raw)) == 1


def test_a_short_wrapped_line_ending_on_an_article_continues_its_paragraph() -> None:
    """"... OVD-Info said\non Thursday. The\nprotests began ...": a short line that ends on
    "The" is no paragraph's end (no heading of the sentence before it)."""
    raw = ("Police detained 1,788 people at Wednesday evening's rallies across Russia, OVD-Info said\n"
           "on Thursday. The\n"
           "protests began in the Far East, where the first arrests were reported in Vladivostok in\n"
           "the early afternoon Moscow time.\n")
    sentences = split_sentences(raw)
    assert [s.kind for s in sentences] == ["text", "text"]
    assert sentences[1].text.startswith("The")


def test_a_paragraph_wrapped_by_hand_but_its_last_line_reads_as_one() -> None:
    """A block whose last line runs past any wrap (an edited paragraph) is no line per paragraph
    where a line ends on a word or a comma and the next opens on a small letter: "Alexander
    Lukashenko, who hosted\nthe Eurasian leaders ..." was two headings (probe_events91); a
    line that ends a sentence still ends its paragraph there."""
    raw = ("For Belarus, the summit was a rare moment of attention. Alexander Lukashenko, who hosted\n"
           "the Eurasian leaders on Thursday and Friday, told them that Minsk was \"ready to provide a\n"
           "platform\" for Russia-Ukraine contacts, as it did in 2022. The offer was not taken up: the two "
           "rounds were held in Istanbul, on May 16 and June 2, and the third is still to be scheduled.\n"
           "Peskov said on Monday that there was no date yet.\n")
    sentences = split_sentences(raw)
    assert [s.kind for s in sentences] == ["text"] * 4
    assert sentences[1].text.startswith("Alexander Lukashenko, who hosted\nthe Eurasian leaders")
    assert sentences[1].text.endswith("as it did in 2022.")


def test_markdown_blocks_start_paragraphs() -> None:
    raw = ("## Background\nThe talks began on Monday in Geneva and went on until\nlate at night.\n"
           "- Kyiv said it would send a delegation.\n- Moscow said nothing.\n> A quoted line.\n")
    paras = [(raw[p.start:p.end], p.kind) for p in paragraphs(raw)]
    assert paras == [
        ("Background", "heading"),
        ("The talks began on Monday in Geneva and went on until\nlate at night.", "text"),
        ("Kyiv said it would send a delegation.", "text"),
        ("Moscow said nothing.", "text"),
        ("A quoted line.", "text"),
    ]


def test_byline_with_the_authors_name_is_furniture() -> None:
    raw = "Oleh Pavliuk, Yevhen Kizilov — Wednesday, 3 September 2025, 19:04\n\nSybiha spoke.\n"
    kinds = [s.kind for s in split_sentences(raw, 0, "Oleh Pavliuk, Yevhen Kizilov")]
    assert kinds == ["furniture", "text"]
    # (without the author known, a line of names and the page's time stamp is furniture too)
    assert [s.kind for s in split_sentences(raw)] == ["furniture", "text"]
    raw = "Oleh Pavliuk — Wednesday, 3 September 2025\n\nSybiha spoke.\n"
    assert [s.kind for s in split_sentences(raw)] == ["heading", "text"]  # (no time: a heading)


def test_dateline_gives_place_and_day() -> None:
    assert dateline("ABU DHABI, Jan. 23 (Xinhua) -- Talks opened on Friday.\n") == \
        ("ABU DHABI", "Jan. 23", 0)
    assert dateline("KYIV, Ukraine (AP) — Drones flew overnight.\n")[:2] == ("KYIV", None)
    assert dateline("Talks opened on Friday in Abu Dhabi.\n") is None


def test_a_wrapped_year_continues_its_paragraph() -> None:
    raw = ("Zelensky and Trump in the Oval Office of the White House in Washington, Friday, Feb. 28,\n"
           "2025. (AP Photo/ Mystyslav Chernov)\n")
    assert [s.kind for s in split_sentences(raw)] == ["caption", "credit"]


@pytest.mark.parametrize("module", ["generator.text", "generator.claims", "generator.events",
                                    "generator.headlines"])
def test_docstring_examples_run(module: str) -> None:
    """The examples in the reading and merging modules' docstrings are right."""
    import doctest
    import importlib

    result = doctest.testmod(importlib.import_module(module))
    assert result.failed == 0 and result.attempted > 0


def test_a_labelled_caption_is_a_caption() -> None:
    raw = "Image caption, Zelensky and Trump met in the Oval Office on Friday\n\nTalks went on.\n"
    assert [(s.text, s.kind) for s in split_sentences(raw)] == [
        ("Image caption,", "furniture"),
        ("Zelensky and Trump met in the Oval Office on Friday", "caption"),
        ("Talks went on.", "text")]


def test_a_page_stamp_run_into_the_first_sentence_is_furniture() -> None:
    """Lines of a page joined into one paragraph: the byline and time stamp are no part of the
    first sentence (no claim dated by them), and offsets stay exact."""
    from generator.text import split_sentences
    raw = "By Jane Roe January 30, 2026 Zelensky invited Putin to Kyiv. He spoke on Friday.\n"
    got = [(s.text, s.kind) for s in split_sentences(raw)]
    assert got == [("By Jane Roe January 30, 2026", "furniture"),
                   ("Zelensky invited Putin to Kyiv.", "text"), ("He spoke on Friday.", "text")]
    assert all(raw[s.start:s.end] == s.text for s in split_sentences(raw))


def test_a_wire_dateline_led_by_its_agency_carries_no_claim() -> None:
    """'May 16 (Reuters) -' opens the report: no claim dated by it, the sentence after it read
    alone; its place, when it has one, is the report's."""
    from generator.text import split_sentences
    raw = "May 16 (Reuters) - Russia said on Monday it would send a delegation.\n"
    assert [(s.text, s.kind) for s in split_sentences(raw)] == [
        ("May 16 (Reuters) -", "dateline"),
        ("Russia said on Monday it would send a delegation.", "text")]
    assert dateline("Kyiv, 12 May (Ukrinform) — Drones flew overnight.\n") == ("Kyiv", "12 May", 0)
    assert dateline("(Reuters) - Drones flew overnight.\n") is None


def test_a_block_quote_and_a_numbered_list_read_as_markdown() -> None:
    """A block quote's paragraph runs over its '>' lines (the speaker and the date on two of
    them are one sentence); each numbered item is a paragraph of its own."""
    from generator.render import md
    from generator.text import split_sentences
    raw = ('> "We will not go to Moscow," Zelensky said\n> on Wednesday.\n>\n> Another one.\n\n'
           "1. First point made on Friday.\n2. Second point.\n")
    got = [(s.text, s.kind) for s in split_sentences(raw)]
    assert got == [('"We will not go to Moscow," Zelensky said\n> on Wednesday.', "text"),
                   ("Another one.", "text"), ("First point made on Friday.", "text"),
                   ("Second point.", "text")]
    assert str(md(got[0][0])) == '"We will not go to Moscow," Zelensky said on Wednesday.'


def test_a_live_reports_entry_times_and_update_lines_are_furniture() -> None:
    """A live report's "**09:12 BST**" heads its entry: the entry time is furniture (it dates
    the post, not the happening), and the sentence starts after it; "*Updated at 11.02 BST*" is
    a line of furniture whatever its emphasis (which is no part of its words)."""
    raw = ("**09:12 BST** Vladimir Putin said on Wednesday that he was ready to meet.\n\n"
           "*Updated at 11.02 BST*\n\n"
           "10.45 GMT – Sybiha called the proposal unacceptable.\n")
    got = [(s.text, s.kind) for s in split_sentences(raw)]
    assert got == [("**09:12 BST**", "furniture"),
                   ("Vladimir Putin said on Wednesday that he was ready to meet.", "text"),
                   ("Updated at 11.02 BST", "furniture"),
                   ("10.45 GMT –", "furniture"),
                   ("Sybiha called the proposal unacceptable.", "text")]


def test_a_markdown_image_and_its_emphasised_caption_are_a_caption() -> None:
    """'![alt](address)' then an italic caption with its credit: the image is furniture and the
    words under it a caption (they were article text, dating claims as the text does); a page's
    "May 20, 2025 2:15 PM 3 min read" line is furniture (it dated two claims)."""
    raw = ("![Zelensky in Kyiv](https://example.org/z.jpg)\n"
           "*President Volodymyr Zelensky speaks in Kyiv on May 19, 2025. (Photo: Presidential Office)*\n\n"
           "May 20, 2025 2:15 PM 3 min read\n\n"
           "Zelensky proposed a meeting on May 19.\n")
    kinds = [(s.kind, s.text[:12]) for s in split_sentences(raw)]
    assert kinds[0] == ("furniture", "![Zelensky i")
    # (its credit, once the italics are off it, a credit)
    assert "caption" in {k for k, _ in kinds[1:-2]} <= {"caption", "credit"}
    assert kinds[-2:] == [("furniture", "May 20, 2025"), ("text", "Zelensky pro")]


def test_no_ends_a_sentence_unless_a_number_follows() -> None:
    raw = ('Zelensky has replied, and the reply is no. "I can\'t go to Moscow," he said Friday. '
           "Resolution No. 5 passed.")
    assert [s.text for s in split_sentences(raw)] == [
        "Zelensky has replied, and the reply is no.",
        '"I can\'t go to Moscow," he said Friday.', "Resolution No. 5 passed."]


def test_each_row_of_a_markdown_table_is_a_sentence() -> None:
    """A table of dates: a row's dates are its own (the first two rows ran together as one
    sentence, and the second row's date was given to the first row's words)."""
    raw = ("| Date | Where | What |\n|---|---|---|\n"
           "| 16 May 2025 | Istanbul | First direct talks since 2022 |\n"
           "| 2 June 2025 | Istanbul | Second round of talks |\n")
    got = [(s.kind, s.text) for s in split_sentences(raw)]
    assert [k for k, _ in got] == ["text", "furniture", "text", "text"]
    # (a ninth sweep) without the pipes that open and close the row
    assert got[2][1] == "16 May 2025 | Istanbul | First direct talks since 2022"


def test_a_quote_ending_in_a_question_goes_on_to_its_speaker() -> None:
    """'"... talk about?" Putin said at a videoconference': one sentence; but where the quote was
    introduced ('Zelensky asked: "Where is the ceasefire?"'), the next name and verb start anew."""
    said = split_sentences('"What is there to talk about?" Putin said at a videoconference. He left.')
    assert [s.text for s in said] == ['"What is there to talk about?" Putin said at a videoconference.',
                                      "He left."]
    asked = split_sentences('Zelensky asked: "Where is the ceasefire?" Moscow said it had no plan.')
    assert [s.text for s in asked] == ['Zelensky asked: "Where is the ceasefire?"',
                                       "Moscow said it had no plan."]


def test_a_paragraph_in_italics_loses_its_marks_and_under_an_image_is_a_caption() -> None:
    """A standfirst set in italics ("*Days before ... transit. Europe can breathe easier – for
    now.*"): its first and last sentences carry none of the marks (a title read "Europe can
    breathe easier – for now.*"); the italic line right under an image is its caption."""
    raw = ("*Days before the old contract runs out, Moscow and Kyiv have settled their dispute. "
           "Europe can breathe easier this winter – for now.*\n\n"
           "![Leaders](https://example.org/a.jpg)\n"
           "*Leaders in St Peter's Basilica, 26 April 2025. ANSA/PRESS SERVICE*\n\n"
           "Talks went on.\n")
    got = [(s.kind, s.text) for s in split_sentences(raw)]
    assert got[0] == ("text", "Days before the old contract runs out, Moscow and Kyiv have "
                              "settled their dispute.")
    assert got[1] == ("text", "Europe can breathe easier this winter – for now.")
    assert {k for k, t in got[3:-1]} <= {"caption", "credit"} and got[-1] == ("text", "Talks went on.")


@pytest.mark.parametrize(("text", "expect"), [(t, e) for e in ("match", "no_match")
                                              for t in TEXT_DATA["day_dateline"]["examples"][e]])
def test_day_dateline_examples(text: str, expect: str) -> None:
    """The title-case dateline with its day that attribution and headlines leave out."""
    found = re.match(TEXT_DATA["day_dateline"]["pattern"], text)
    assert (found is not None) == (expect == "match"), text


def test_an_initialism_ends_a_sentence_before_a_word_that_opens_one() -> None:
    from generator.text import split_sentences
    assert [s.text for s in split_sentences("He flew to the U.S. The talks began at 10 a.m. Earlier, he met Biden.")] \
        == ["He flew to the U.S.", "The talks began at 10 a.m.", "Earlier, he met Biden."]
    assert [s.text for s in split_sentences("The U.S. Congress met. U.S. officials said so.")] \
        == ["The U.S. Congress met.", "U.S. officials said so."]
    # a subject and its verb after a clock time open a sentence (probe_events126); a day or a
    # zone after it does not
    assert [s.text for s in split_sentences("The rally is at 1 p.m. Organizers said so. It ends at 6 p.m. "
                                            "Thursday evening. Polls close at 8 p.m. Eastern time.")] \
        == ["The rally is at 1 p.m.", "Organizers said so.", "It ends at 6 p.m. Thursday evening.",
            "Polls close at 8 p.m. Eastern time."]


@pytest.mark.parametrize(("text", "sentences"), [
    # a short quoted name with full stops in it, the sentence going on after it (probe_events71:
    # cut at "Moscow.", the date fell in a fragment with no speaker), hard-wrapped too
    ('Peskov told the programme "Moscow. Kremlin. Putin" on Sunday that it stood. He left.',
     ['Peskov told the programme "Moscow. Kremlin. Putin" on Sunday that it stood.', "He left."]),
    ('Peskov told the programme "Moscow.\nKremlin. Putin" on Sunday that it stood.',
     ['Peskov told the programme "Moscow.\nKremlin. Putin" on Sunday that it stood.']),
    # a quote of sentences that ends a sentence, or one the next sentence follows, parts as before
    ('He said "No." Then he left.', ['He said "No."', "Then he left."]),
    ('The film "Crimea. The Way Home" aired on Sunday. It was long.',
     ['The film "Crimea. The Way Home" aired on Sunday.', "It was long."]),
    # ... its comma after it too (probe_events120)
    ('He will speak at a forum titled "Ukraine. Year 2024",\nhis office said.',
     ['He will speak at a forum titled "Ukraine. Year 2024",\nhis office said.']),
])
def test_a_full_stop_inside_a_short_quoted_name_parts_no_sentence(text: str, sentences: list) -> None:
    assert [s.text for s in split_sentences(text)] == sentences
