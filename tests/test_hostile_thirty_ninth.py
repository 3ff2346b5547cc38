"""The thirty-ninth hostile sweep (hostile39), session 43's own reading rules attacked the same
session: "<p>...</p><p>...</p>" on one line read as one sentence once its tags went; a claim
opening or closing inside a link held half of it; "the foreign minister" went to a holder named
as an object; an answerer's "When he called me, I said" was the caller's; "Thurs. June 5" and
"Tues.&nbsp;Dec. 2" still ended a sentence; a footnote's "<sup>1</sup>" glued to "Monday"; a
tag's quoted ">" broke it; "Zelensky at the Press Centre in Kyiv said" was the Centre's;
"used his visit to unveil a drone factory" a saying; a post's signature on the line under its
words was the words' last sentence."""
from __future__ import annotations

import pytest

from tests.conftest import timeline_of


def _timeline(body: str, published: str = "2025-05-14"):
    return timeline_of(body, published=lambda _: published)


def _said(body: str, published: str = "2025-05-14") -> list[tuple[str, str | None]]:
    return [(c.when.start.isoformat(), c.attribution.text if c.attribution else None)
            for c in _timeline(body, published).claims if c.basis == "explicit"]


def _as_written(body: str, published: str = "2025-05-14"):
    raw = f'---\ntitle: "S0"\nurl: https://example.com/0\npublished: {published}\n---\n{body}\n'
    timeline = _timeline(body, published)
    for c in timeline.claims:
        assert raw[c.start:c.end] == c.text
        if c.timex is not None:
            assert raw[c.timex.start:c.timex.end] == c.timex.text
            assert c.start <= c.timex.start and c.timex.end <= c.end
    return timeline


@pytest.mark.parametrize("closing", ["</p><p>", "</span><span>"])
def test_paragraphs_or_spans_on_one_line_stay_two_sentences(closing):
    body = (f"<p>Putin met Zelensky in Istanbul on Monday.{closing}Kremlin spokesman Dmitry Peskov said "
            "on Tuesday that the talks went well.</p>")
    assert _said(body) == [("2025-05-12", None), ("2025-05-13", "Kremlin spokesman Dmitry Peskov")]
    _as_written(body)


def test_a_claim_opening_or_closing_inside_a_link_holds_all_of_it():
    body = ("Putin met Erdogan in Sochi on Sunday. [Volodymyr Zelensky](https://en.wikipedia.org/wiki/VZ) "
            "said on Monday that he was ready to meet Putin in Istanbul. This morning he met [Fidan.](https://x.example/f)")
    timeline = _as_written(body)
    texts = [c.text for c in timeline.claims]
    assert texts[1].startswith("[Volodymyr Zelensky](https://en.wikipedia.org/wiki/VZ) said")
    assert texts[2].endswith("[Fidan.](https://x.example/f)")
    assert "Zelensky says he is ready to meet Putin in Istanbul" in [e.title for e in timeline.events]


def test_the_foreign_minister_is_never_one_named_as_an_object():
    for between in ("He refused to meet Dmytro Kuleba.", "Lavrov has repeatedly mocked Dmytro Kuleba."):
        body = (f"Russia's foreign minister Sergei Lavrov arrived in Ankara on Tuesday. {between} "
                "The foreign minister said on Wednesday that Russia would not accept any deal.")
        assert _said(body)[-1] == ("2025-05-14", "Russia's foreign minister Sergei Lavrov")


def test_an_answerers_own_saying_after_a_clause_of_he_is_the_answerers():
    body = ("**HOST:** What did Putin say to you?\n\n**ZELENSKY:** When he called me on Monday, I said we were ready.\n\n"
            "**HOST:** And then?\n\n**ZELENSKY:** We waited.")
    assert _said(body) == [("2025-05-12", "Zelensky")]


@pytest.mark.parametrize("date", ["Thurs. June 5", "Tues.&nbsp;Dec. 2"])
def test_a_weekday_abbreviation_before_its_spelled_month_or_after_a_reference(date):
    body = f"Kremlin spokesman Dmitry Peskov said {date} that Putin was ready to meet Zelensky."
    (claim,) = _as_written(body, "2025-12-09").claims
    assert claim.text == body and claim.attribution.text == "Kremlin spokesman Dmitry Peskov"


def test_a_footnotes_mark_after_a_day_and_a_tags_quoted_angle():
    assert _said("Zelensky met Putin on Monday<sup>1</sup>, Peskov said on Tuesday.") == \
        [("2025-05-12", "Peskov"), ("2025-05-13", "Peskov")]
    (event,) = _timeline('Kremlin spokesman <span title="a > b">Dmitry Peskov</span> said on Tuesday '
                         "that Putin was ready.").events
    assert event.title == "Peskov says Putin is ready"


def test_a_place_of_speaking_and_a_vehicles_deeds_are_no_speakers():
    assert _said("Zelensky at the Press Centre in Kyiv said on Monday that talks would resume.") == [("2025-05-12", None)]
    assert _said("Zelensky used his visit to Kharkiv on Saturday to unveil a new drone factory.") == [("2025-05-10", None)]


def test_a_posts_signature_on_the_line_under_its_words():
    body = ("> We are ready to meet Putin in Istanbul.\n> — Volodymyr Zelensky (@ZelenskyyUa) May 11, 2025\n\n"
            "Putin did not reply on Monday.")
    timeline = _as_written(body)
    signed = [c for c in timeline.claims if c.part == "caption"]
    assert [(c.when.start.isoformat(), c.attribution.text) for c in signed] == [("2025-05-11", "Volodymyr Zelensky")]
    assert all("@" not in c.text for c in timeline.claims if c.part == "text")


def test_a_date_word_broken_at_a_long_lines_end_is_one_paragraph_in_the_page_too():
    from generator.text import paragraphs
    long = "Putin met Erdogan in Ankara on Tuesday and the two leaders discussed the grain corridor at length. " * 2
    body = f"{long}Zelensky said on Wednes-\nday that he was ready to meet Putin."
    raw = f'---\ntitle: "S0"\nurl: https://example.com/0\npublished: 2025-05-14\n---\n{body}\n'
    (para,) = paragraphs(raw, raw.index("---", 4) + 4)  # (what the article's page shows)
    claim = next(c for c in _as_written(body).claims if c.text.startswith("Zelensky"))
    assert para.start <= claim.start and claim.end <= para.end
    assert claim.when.start.isoformat() == "2025-05-14" and claim.text.endswith("ready to meet Putin.")


def test_a_live_stamps_local_time_with_its_place_first_or_its_date():
    body = ("**21:10 GMT (Kyiv 00:10 Sunday)** — Zelensky met Erdogan in Lviv, the presidency said.\n\n"
            "**22:30 GMT (01:30 August 21, Kyiv)** — Zelensky met Guterres in Lviv, the presidency said.")
    timeline = _timeline(body, "2022-08-20")
    assert not any("GMT" in e.title or "GMT" in c.text for e in timeline.events for c in timeline.claims)
    assert {c.when.start.isoformat() for c in timeline.claims} == {"2022-08-20"}


def test_a_pdfs_running_header_is_furniture():
    body = ("DIIS POLICY BRIEF AUGUST 2023\n\nDenmark pledged jets on 20 August.\n\n"
            "DIIS POLICY BRIEF AUGUST 2023                    2\n\nPeskov said on 21 August that the jets would change nothing.")
    timeline = _timeline(body, "2023-08-23")
    assert [c.when.start.isoformat() for c in timeline.claims] == ["2023-08-20", "2023-08-21"]
    # (a line said once, or a sentence, stays: a heading in capitals is no running header)
    assert [c.when.granularity for c in _timeline("THE TALKS OF AUGUST 2023\n\nThey met on 20 August.",
                                                  "2023-08-23").claims] == ["month", "day"]


def test_a_posts_own_today_is_its_signatures_day():
    body = ("Kremlin spokesman Dmitry Peskov mocked the offer on Sunday.\n\n"
            "> Today I spoke with Erdogan about the talks in Istanbul.\n\n"
            "> — Volodymyr Zelensky (@ZelenskyyUa) May 11, 2025")
    posted = [c for c in _as_written(body).claims if c.text.startswith("Today")]
    assert [(c.when.start.isoformat(), c.attribution.text) for c in posted] == [("2025-05-11", "Volodymyr Zelensky")]
