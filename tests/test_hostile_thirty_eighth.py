"""The thirty-eighth hostile sweep (hostile38): text as it arrives pasted from browsers, CMS
exports and PDFs. A character reference ("&quot;", "&rsquo;", "&nbsp;") was read as its letters,
not as the character it stands for: a quote mark or a non-breaking space after a full stop did
not end a sentence (a claim went to the next sentence's speaker), "The Kremlin&rsquo;s
spokesman" was "s spokesman", "Procter &amp; Gamble said" was Gamble's, "on&nbsp;Thursday" the
Thursday gone by; an invisible character inside a name or a word ("Pes\\u00adkov") lost the
speaker or changed a date; a date's word broken by a hyphen at a line end ("Septem-\\nber") was
lost. Read as a reader sees them now (``text.reading``), every claim still placed in the file
as written."""
from __future__ import annotations

import pytest

from generator.text import reading
from tests.conftest import timeline_of


def _timeline(body: str, published: str = "2025-09-10"):
    return timeline_of(body, published=lambda _: published)


def _said(body: str, published: str = "2025-09-10") -> list[tuple[str, str | None]]:
    return [(c.when.start.isoformat(), c.attribution.text if c.attribution else None)
            for c in _timeline(body, published).claims if c.basis == "explicit"]


def _placed_as_written(body: str, published: str = "2025-09-10") -> None:
    """Every claim's text is the file's at its offsets; its date's words are too; its mentions
    fall inside its text."""
    raw = f'---\ntitle: "S0"\nurl: https://example.com/0\npublished: {published}\n---\n{body}\n'
    timeline = _timeline(body, published)
    assert timeline.claims
    for c in timeline.claims:
        assert raw[c.start:c.end] == c.text
        assert raw.count("\n", 0, c.start) + 1 == c.line
        if c.timex is not None:
            assert raw[c.timex.start:c.timex.end] == c.timex.text
        for a, b, _ in c.mentions:
            assert 0 <= a < b <= len(c.text)


def test_a_reference_to_a_quote_mark_ends_the_sentence_before_it():
    body = ("Putin invited Zelensky to Moscow on Tuesday. &quot;We are ready to meet in Istanbul,&quot; "
            "Kremlin spokesman Dmitry Peskov said on Wednesday.")
    assert _said(body) == [("2025-09-09", None), ("2025-09-10", "Kremlin spokesman Dmitry Peskov")]
    titles = [e.title for e in _timeline(body).events]
    assert "Peskov: “We are ready to meet in Istanbul”" in titles
    _placed_as_written(body)


def test_a_non_breaking_space_written_as_a_reference_ends_the_sentence_before_it():
    body = "Zelensky said on Tuesday that he would not go to Moscow.&nbsp; Putin invited him again on Wednesday, the Kremlin said."
    assert _said(body) == [("2025-09-09", "Zelensky"), ("2025-09-10", "the Kremlin")]
    _placed_as_written(body)


@pytest.mark.parametrize("mark", ["&rsquo;", "&#8217;", "&#x2019;"])
def test_an_apostrophe_written_as_a_reference_stays_inside_the_speaker(mark):
    body = f"The Kremlin{mark}s spokesman Dmitry Peskov said on Tuesday that Putin was ready to meet Zelensky."
    assert _said(body, "2025-05-11") == [("2025-05-06", "The Kremlin’s spokesman Dmitry Peskov")]
    _placed_as_written(body, "2025-05-11")


def test_an_ampersand_written_as_a_reference_is_no_end_of_a_name():
    body = "Procter &amp; Gamble said on Tuesday that it would leave Russia."
    (event,) = _timeline(body, "2025-05-11").events
    assert event.title == "Procter & Gamble says it will leave Russia"
    assert [who for _, who in _said(body, "2025-05-11")] != ["Gamble"]


def test_a_weekday_after_a_non_breaking_space_reference_is_the_one_ahead():
    body = ('"We offer the Kyiv authorities to resume negotiations already on&nbsp;Thursday, in Istanbul," '
            "Putin said early on Sunday.")
    assert ("2025-05-15", "Putin") in _said(body, "2025-05-11")
    _placed_as_written(body, "2025-05-11")


def test_quote_marks_written_as_references_make_the_title_of_the_words():
    body = "&ldquo;The Russians have to be ready for compromises,&rdquo; Zelensky said on Thursday."
    (event,) = _timeline(body).events
    assert event.title == "Zelensky says the Russians have to be ready for compromises"


@pytest.mark.parametrize("invisible", ["\u00ad", "\u2060", "\u200b", "\ufeff"])
def test_an_invisible_character_inside_a_name_keeps_the_speaker(invisible):
    body = f"Kremlin spokesman Dmitry Pes{invisible}kov said on Tuesday that Putin was ready to meet Zelensky."
    assert _said(body) == [("2025-09-09", "Kremlin spokesman Dmitry Peskov")]
    _placed_as_written(body)


def test_a_soft_hyphen_inside_a_word_changes_no_date():
    body = "Zelensky was elected earl\u00adier this year on a promise to end the war."
    (claim,) = _timeline(body, "2019-12-10").claims
    assert claim.when.granularity == "year" and claim.when.start.isoformat() == "2019-01-01"


@pytest.mark.parametrize(("body", "day"), [
    ("Putin will meet Zelensky in Istanbul on 3 Septem-\nber, Kremlin spokesman Dmitry Peskov said.", "2025-09-03"),
    ("Kremlin spokesman Dmitry Peskov said on Wednes-\nday that Putin was ready to meet Zelensky.", "2025-09-10"),
])
def test_a_date_word_broken_by_a_hyphen_at_a_line_end_is_read_whole(body, day):
    (claim,) = _timeline(body, "2025-09-11").claims
    assert claim.basis == "explicit" and claim.when.start.isoformat() == day
    assert claim.attribution is not None and claim.attribution.text == "Kremlin spokesman Dmitry Peskov"
    assert "-\n" in claim.timex.text  # (its words as the file writes them)
    assert "Septem- ber" not in _timeline(body, "2025-09-11").events[0].title
    _placed_as_written(body, "2025-09-11")


def test_a_compound_broken_at_its_hyphen_stays_as_written():
    assert reading("the Russia-\nbacked forces and the long-\nrange missiles") is None


@pytest.mark.parametrize("written", ["&lt;b&gt;", "&#27;", "&#0;", "&nosuchname;"])
def test_a_reference_that_would_be_markup_or_a_control_character_is_not_read(written):
    assert reading(f"Putin spoke {written} on Monday.") is None


def test_the_reading_of_every_reference_kind_is_linear():
    # (each change found once, the offsets bisected: 4x the text, about 4x the changes read)
    small = "Putin&rsquo;s aide said on&nbsp;Monday. " * 500
    assert len(reading(small).changes) == 1000
    assert len(reading(small * 4).changes) == 4000


@pytest.mark.parametrize("name", [
    "[Dmitry Peskov](https://example.org/peskov)",
    '[Dmitry Peskov](https://example.org/peskov "Profile")',
    "[Dmitry Peskov][peskov]",
    '<a href="https://example.org/peskov">Dmitry Peskov</a>',
    "<b>Dmitry Peskov</b>",
    "<strong>Dmitry Peskov</strong>",
    "Dmitry <span>Peskov</span>",
])
def test_a_speaker_named_inside_a_link_or_an_inline_element_is_the_speaker(name):
    body = f"Kremlin spokesman {name} said on Tuesday that Putin was ready to meet Zelensky in Istanbul."
    assert _said(body) == [("2025-09-09", "Kremlin spokesman Dmitry Peskov")]
    (event,) = _timeline(body).events
    assert event.title == "Peskov says Putin is ready to meet Zelensky in Istanbul"
    _placed_as_written(body)


def test_a_paragraph_in_html_tags_is_no_heading():
    body = ("<p>Putin met Zelensky in Istanbul on Monday.</p>\n\n"
            "<p>Peskov said on Monday that the talks had gone well and that a second round would follow.</p>")
    claims = _timeline(body).claims
    # (each with its paragraph's tags: a claim holds the markup around its words whole, hostile39)
    assert [c.text for c in claims] == ["<p>Putin met Zelensky in Istanbul on Monday.</p>",
                                        "<p>Peskov said on Monday that the talks had gone well and that a second round would follow.</p>"]
    assert all(c.part == "text" for c in claims)
    _placed_as_written(body)


def test_what_a_page_never_shows_stays_hidden_once_its_links_are_read():
    body = ("Lavrov met Rubio in Riyadh on Tuesday.\n\n"
            "<script>var note = '[Putin](https://x.example) met Zelensky on 3 May';</script>\n\n"
            "![Putin met Zelensky on 4 May](a.jpg)")
    assert [c.when.start.isoformat() for c in _timeline(body).claims] == ["2025-09-09"]


def test_a_weekday_abbreviated_with_its_full_stop_is_a_day_and_no_sentences_end():
    body = "Kremlin spokesman Dmitry Peskov said Tues. Dec. 2 that Putin was ready to meet Zelensky in Istanbul."
    (claim,) = _timeline(body, "2025-12-09").claims
    assert claim.when.start.isoformat() == "2025-12-02"
    assert claim.attribution is not None and claim.attribution.text == "Kremlin spokesman Dmitry Peskov"
    met = _timeline("Putin met Zelensky in Istanbul on Tues. Peskov called the talks useful.", "2025-12-11").claims
    assert [c.when.start.isoformat() for c in met] == ["2025-12-09"]
    # ("The Sun." is a paper, no Sunday)
    assert [c.when.start.isoformat() for c in _timeline("Peskov spoke to The Sun. He met Putin on Monday.",
                                                        "2025-12-11").claims if c.basis == "explicit"] == ["2025-12-08"]


def test_a_list_of_links_to_other_stories_gives_no_claim():
    body = ("Peskov said on Monday that Putin was ready to meet Zelensky.\n\nRelated:\n\n"
            "- [Zelensky rejects Moscow venue (3 September 2025)](https://x.org/a)\n"
            "- [Putin invites Zelensky to Moscow, 2 September](https://x.org/b)")
    assert [c.when.start.isoformat() for c in _timeline(body).claims] == ["2025-09-08"]


def test_an_embedded_posts_words_and_signature_are_its_authors():
    body = ("Zelensky responded on social media on Wednesday.\n\n"
            "> Russia must stop the killing. Ukraine is ready for a ceasefire on 15 May.\n>\n"
            "> — Volodymyr Zelensky (@ZelenskyyUa) May 11, 2025\n\n"
            "Peskov said the Kremlin had seen the post.")
    timeline = _timeline(body)
    said = {c.when.start.isoformat(): (c.attribution.text if c.attribution else None, c.part) for c in timeline.claims}
    assert said["2025-05-15"] == ("Volodymyr Zelensky", "text")
    assert said["2025-05-11"] == ("Volodymyr Zelensky", "caption")
    assert not any("@" in e.title for e in timeline.events)


@pytest.mark.parametrize(("body", "day"), [
    ("Putin met Zelensky in Istanbul on 3&nbsp;May&nbsp;2025, Peskov said.", "2025-05-03"),
    ("Putin met Zelensky on 22&nbsp;August, Peskov said.", "2025-08-22"),
])
def test_a_date_spaced_with_non_breaking_space_references_is_its_day(body, day):
    (claim,) = _timeline(body).claims
    assert (claim.when.start.isoformat(), claim.when.granularity) == (day, "day")
    _placed_as_written(body)


def test_an_ellipsis_written_as_a_reference_ends_a_sentence():
    body = "Putin waited&hellip; Zelensky met Erdogan on Monday."
    assert [c.text for c in _timeline(body).claims if c.basis == "explicit"] == ["Zelensky met Erdogan on Monday."]


def test_a_reference_written_inside_a_reference_is_read_once():
    # (as a browser reads it: "&amp;quot;" shows "&quot;"; read again and again, a thousand
    # such layers went a thousand calls deep)
    body = "Peskov said on Monday that " + "&amp;" + "amp;" * 3000 + "quot; was a word."
    (claim,) = [c for c in _timeline(body).claims if c.basis == "explicit"]
    assert claim.when.start.isoformat() == "2025-09-08"
    _placed_as_written(body)
