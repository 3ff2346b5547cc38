"""The fortieth hostile sweep (hostile40), the session's newest rules attacked the same
session: a news story with an interview's cue and two rhetorical questions became an interview
to its end; an explainer's question subheadings were handed to whoever "explained"; "Our
correspondent Anna Smith spoke to Olena Marchuk" gave the answers to the correspondent;
subheads in capitals that differ in a day ("... ON MAY 12") and a headline repeated as a pull
quote were taken for a PDF's running header; a question heading naming two people took the
speaker of the "he" after it away."""
from __future__ import annotations

from tests.conftest import timeline_of


def _said(body: str, published: str = "2025-05-14") -> list[tuple[str, str | None]]:
    return [(c.when.start.isoformat(), c.attribution.text if c.attribution else None)
            for c in timeline_of(body, published=lambda _: published).claims if c.basis == "explicit"]


def test_a_news_storys_rhetorical_questions_make_no_interview():
    body = ("In an interview with CNN on Monday, Zelensky said he would go to Istanbul.\n\nBut will Putin come?\n\n"
            "Russian drones struck Kharkiv on Tuesday night.\n\nAnd what would a meeting achieve?\n\n"
            "Erdogan met Putin in Sochi on Wednesday.")
    assert _said(body) == [("2025-05-12", "Zelensky"), ("2025-05-13", None), ("2025-05-14", None)]


def test_an_explainers_question_headings_make_no_interview():
    body = ("Kremlin spokesman Dmitry Peskov explained on Monday that Putin was ready to meet Zelensky.\n\n"
            "## Why does Putin want a meeting?\n\nRussian drones struck Kharkiv on Tuesday night.\n\n"
            "## What happens next?\n\nZelensky met Erdogan in Ankara on Wednesday.")
    assert _said(body)[1:] == [("2025-05-13", None), ("2025-05-14", None)]


def test_the_one_spoken_to_answers():
    body = ("Our correspondent Anna Smith spoke to Olena Marchuk, a political scientist in Kyiv.\n\n"
            "**What did Putin offer?**\n\nPutin offered a meeting in Istanbul on Thursday.\n\n"
            "**Will it happen?**\n\nWe are ready to go on Friday.")
    assert _said(body)[-1] == ("2025-05-09", "Olena Marchuk")


def test_capitals_subheads_of_days_and_a_repeated_headline_are_no_running_header():
    body = ("Attacks by day, as the General Staff counted them.\n\nATTACKS ON KHARKIV ON MAY 12\n\n"
            "Forty drones struck the city.\n\nATTACKS ON KHARKIV ON MAY 13\n\nThirty drones struck the city.\n\n"
            "ATTACKS ON KHARKIV ON MAY 14\n\nNo drones struck the city.")
    assert [day for day, _ in _said(body, "2025-05-20")] == ["2025-05-12", "2025-05-13", "2025-05-14"]
    repeated = ("PUTIN AND ZELENSKY TO MEET IN ISTANBUL ON 15 MAY 2025\n\nZelensky agreed on Monday.\n\n"
                "PUTIN AND ZELENSKY TO MEET IN ISTANBUL ON 15 MAY 2025")
    assert [day for day, _ in _said(repeated, "2025-05-20")].count("2025-05-15") == 2


def test_a_question_heading_naming_two_people_leaves_the_he_before():
    body = ("Kremlin spokesman Dmitry Peskov spoke on Monday.\n\n## Will Putin meet Zelensky?\n\n"
            "He said on Tuesday that a meeting was possible.")
    assert _said(body)[-1] == ("2025-05-13", "Kremlin spokesman Dmitry Peskov")


def test_a_running_header_in_lower_case_with_its_page_number_after_the_year():
    # (probe_events82: a think tank's brief, its header on every page, the page's number after it)
    header = "GCSP Strategic Security Brief | No. 19 | October 2024"
    body = (f"{header}\n\nRutte visited Kyiv on 3 October.\n\n{header} 1\n\nThe general staff spoke on 2 October.\n\n"
            f"{header} 2\n\nBern spoke on 7 October.")
    assert [day for day, _ in _said(body, "2024-10-20")] == ["2024-10-03", "2024-10-02", "2024-10-07"]


def test_a_bodys_post_and_a_name_in_two_scripts_sign_their_words():
    body = ("A fire broke out at the plant on Sunday.\n\n"
            "> IAEA was told of an alleged drone attack today on one of the cooling towers.\n>\n"
            "> — IAEA - International Atomic Energy Agency (@iaeaorg) August 11, 2024\n\n"
            "> We see smoke.\n>\n> — Volodymyr Zelenskyy / Володимир Зеленський (@ZelenskyyUa) August 11, 2024")
    said = _said(body, "2024-08-12")
    assert ("2024-08-11", "IAEA - International Atomic Energy Agency") in said
    assert ("2024-08-11", "Volodymyr Zelenskyy / Володимир Зеленський") in said
