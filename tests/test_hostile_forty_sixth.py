"""The forty-sixth hostile sweep (hostile46), session 48's reading rules attacked (cf846d5..lead48):
a body described by what it is ("the ministry said") took the last body named even when two
were, took a part of a longer word for what the words say of it ("national" in "International"),
a named group for "a group of activists", and the owner of the body's name for its entity
(Lavrov's ministry spoke as Lavrov, the Trump Organization as Trump); its patterns are quadratic
in a run of capitalised words, read for each described body over nine sentences (60 KB: 0.19 ->
8.6 s). A month as a surname after any capitalised word took "By May", "Until May", "Every May"
into the speaker's name; a question's mask "A." took the initial of "A. Q. Khan". In a transcript
any two capitalised words before a colon became a speaker ("LATEST UPDATE:", "NEW DELHI:"), and
a bold one-word label a town written in the text ("**Kupiansk:**"). Groups that speak took the
one spoken of ("The mothers of captured soldiers told" -> "soldiers"). Present plans read a
possessive's noun ("his return to Kyiv on Monday"), captions and headlines in the present as
the future; "March of" with no article lost the month of "a survey in March of Ukrainian
refugees", a bond's year "the 2019 notes of the call"; the list of references took a numbered
paragraph of a judgment ending in a date in figures. Held: the text rules stay linear; "On
Friday May 12", "In May", "Last May" before a name; "Mrs May", "Theresa May, the prime minister";
"The Ukrainian ministry" after Russia's; "The names the ministry released"; "[1] The talks were
held on 3 March"; "DONETSK (Rostov region), 22 March." a dateline. Every regression was fixed in
the same session; the gaps and the older misreadings stay strict xfails (docs/benchmarks.md, "A
forty-sixth sweep")."""
from __future__ import annotations

import datetime as dt

import pytest

from generator.timex import tag
from tests.conftest import timeline_of


def _said(body: str, published: str = "2025-05-14") -> list[tuple[str, str | None]]:
    return [(c.when.start.isoformat(), c.attribution.text if c.attribution else None)
            for c in timeline_of(body, published=lambda _: published).claims if c.basis == "explicit"]


def _who(body: str, published: str = "2025-05-14") -> list[tuple[str | None, str | None]]:
    """Each dated claim's speaker as written and the entity it is taken for."""
    return [(c.attribution.text, c.attribution.entity) if c.attribution else (None, None)
            for c in timeline_of(body, published=lambda _: published).claims if c.basis == "explicit"]


def _dates(text: str, published: dt.date = dt.date(2025, 5, 14)) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, published)]


def _texts(body: str, published: str = "2025-05-14") -> list[str]:
    return [c.text for c in timeline_of(body, published=lambda _: published).claims]


# ------------------------------------------------------------------ a body described by what it is
def test_the_ministry_after_two_ministries_is_no_guess():
    said = _said("Russia's Defence Ministry said on Monday that its troops had taken two villages. "
                 "Ukraine's Foreign Ministry said on Monday that the claim was false. "
                 "The ministry said on Tuesday that Russian troops had taken a third village.")
    assert said[-1][1] in ("The ministry", "Russia's Defence Ministry"), said


def test_a_body_owned_by_a_person_speaks_not_as_that_person():
    for body in ("Sergei Lavrov's Foreign Ministry said on Monday that the envoy was summoned. "
                 "The ministry said on Tuesday that the envoy had left Moscow.",
                 "Putin's Security Council met on Monday. The council said on Tuesday that new measures were agreed.",
                 "The Trump Organization said on Monday that it would build a tower. "
                 "The organization said on Tuesday that the deal was signed."):
        who = _who(body)[-1]
        assert who[1] not in ("sergei-lavrov", "vladimir-putin", "donald-trump"), who


def test_the_company_in_apposition_is_the_named_one_not_its_owners():
    said = _said("Gazprom, Alexei Miller's company, cut gas flows to Europe on Monday. "
                 "The company said on Tuesday that flows would resume within a week.")
    assert said[-1][1] in ("The company", "Gazprom"), said


def test_what_the_words_say_of_a_body_is_a_whole_word():
    said = _said("The International Atomic Energy Agency said on Monday that the Zaporizhzhia plant had lost power. "
                 "The national agency said on Tuesday that radiation levels were normal.")
    assert said[-1][1] == "The national agency", said
    said = _said("The International Criminal Court issued a warrant on Monday. "
                 "The national court said on Tuesday that it would not act on it.")
    assert said[-1][1] == "The national court", said


def test_a_group_of_people_is_no_group_named_before():
    said = _said("A group of 12 activists protested outside the embassy on Monday, after the Wagner Group's "
                 "rebellion. The group said on Tuesday that they would return.")
    assert said[-1][1] == "The group", said


def test_a_bodys_name_is_never_cut_inside():
    said = _said("Zelensky's Servant of the People committee met on Monday. "
                 "The committee said on Tuesday that the bill would pass.")
    assert said[-1][1] in ("The committee", "Servant of the People committee",
                           "Zelensky's Servant of the People committee"), said


def test_a_body_lacking_what_the_words_say_or_behind_another_speaker():
    """Guards: a people's word the name lacks leaves the words as written; a speaker of another
    kind between does not hide the body."""
    assert _said("Russia's Defence Ministry said on Monday that its troops had advanced. "
                 "The Ukrainian ministry said on Tuesday that the claim was false.")[-1][1] == "The Ukrainian ministry"
    assert _said("Russia's Defence Ministry said on Monday that its troops had advanced. The Kremlin said on "
                 "Monday that Putin was briefed. Peskov told reporters on Monday that nothing changed. "
                 "The ministry said on Tuesday that more villages had fallen.")[-1][1] == "Russia's Defence Ministry"


def test_bodies_described_are_looked_for_in_a_bounded_text(monkeypatch: pytest.MonkeyPatch):
    """A run of capitalised words read whole by the body patterns costs its square (60 KB of
    them before "the ministry said": 0.19 s at cf846d5, 8.6 s before this fix; 240 KB 0.61 /
    36 s): each sentence is read in its last ``BODY_WINDOW`` characters only. Counted, not timed."""
    from generator import attribution
    longest = [0]
    real = attribution._bodies

    def measuring(text, *args, **kwargs):
        longest[0] = max(longest[0], len(text))
        return real(text, *args, **kwargs)

    monkeypatch.setattr(attribution, "_bodies", measuring)
    sentence = ("Alpha Beta " * 180)[:1940] + " the ministry said on Monday. "
    timeline_of(sentence * 8, published=lambda _: "2025-05-14")
    assert 0 < longest[0] <= attribution.BODY_WINDOW, longest


# ------------------------------------------------------------------ a month's name as a surname
def test_a_time_before_a_name_is_no_word_of_it():
    for opening, name in (("By May Zelensky", "Zelensky"), ("Until May Zelensky", "Zelensky"),
                          ("Throughout May Zelensky", "Zelensky"), ("From May Zelensky", "Zelensky"),
                          ("During May Putin", "Putin")):
        said = _said(f"{opening} said on Tuesday that elections were impossible.")
        assert said and all(who == name for _, who in said), (opening, said)
    said = _said("Every May Putin says on Victory Day that the war will end soon.")
    assert said and said[0][1] == "Putin", said


def test_a_month_after_a_weekday_or_a_time_word_is_the_month():
    """Guards: "On Friday May 12", "In May", "Last May" open the sentence; "Mrs May" and "Theresa
    May" are hers."""
    assert _said("On Friday May 12 Putin said that the talks were over.") == [("2025-05-12", "Putin")]
    assert _said("In March Putin said on Tuesday that the talks were over.") \
        == [("2025-03-01", "Putin"), ("2025-05-13", "Putin")]
    assert _said("Last May Putin said on Tuesday that the talks were over.") \
        == [("2024-05-01", "Putin"), ("2025-05-13", "Putin")]
    assert _who("Mrs May said on Wednesday that Britain would expel 23 Russian diplomats.") \
        == [("Mrs May", "theresa-may")]
    assert _who("Theresa May, the prime minister, said on Wednesday that Russia was culpable.") \
        == [("Theresa May", "theresa-may")]


# ------------------------------------------------------------------ interviews and transcripts
def test_an_initial_is_no_answers_label():
    assert _said("A. Q. Khan said on Monday that he had sold the designs.") == [("2025-05-12", "A. Q. Khan")]
    assert _said("A. Sidorov, the deputy minister, said on Monday that the talks were over.") \
        == [("2025-05-12", "A. Sidorov")]


def test_a_questions_label_is_no_word_of_a_name():
    """Guard: the session's own case."""
    assert _who("Q. President Poroshenko said on Tuesday that he was ready to exchange her.") \
        == [("President Poroshenko", "petro-poroshenko")]


TRANSCRIPT = ("PRESENTER: Good evening. Here is the news.\n\n"
              "JOHN SMITH, CORRESPONDENT: Turnout was high on Sunday.\n\n"
              "PRESENTER: Now to other news.\n\nThe war went on.\n\nPRESENTER: Our correspondents report.\n\n")


@pytest.mark.parametrize("label", ["LATEST UPDATE", "WHAT HAPPENS NEXT", "NEW DELHI", "KRYVYI RIH"])
def test_a_transcripts_headings_and_datelines_in_capitals_are_no_speakers(label: str):
    said = _said(TRANSCRIPT + f"{label}: Russian forces shelled the town on Monday, killing two people.")
    assert said[-1] == ("2025-05-12", None), said


def test_an_editors_note_after_an_interview_is_no_speaker():
    said = _said("Q: What happened on Monday?\n\nA: We met the president on Monday.\n\nQ: And then?\n\n"
                 "A: Nothing happened after that.\n\nEDITOR’S NOTE: This interview was recorded in Kyiv on Friday.\n")
    assert said[-1] == ("2025-05-09", None), said


@pytest.mark.xfail(strict=True, reason="hostile46: gap, a one-time guest in the first paragraphs is cut as a dateline")
def test_a_one_time_guest_early_in_a_transcript_speaks():
    said = _said("PRESENTER: Good evening.\n\nNATALIA MUNTEANU, CORRESPONDENT: Turnout was high.\n\n"
                 "PRESENTER: Igor Dodon spoke a few minutes ago.\n\n"
                 "IGOR DODON: Today the people of Moldova voted for stability.", "2016-11-13")
    assert said[-1][1] == "Igor Dodon", said


def test_a_bold_place_label_is_no_speaker():
    said = _said("Fighting went on around Huliaipole and Kupiansk this week, and the front near Huliaipole moved.\n\n"
                 "**Huliaipole:** Russian troops entered the outskirts on Monday.\n\n"
                 "**Kupiansk:** Shelling killed two civilians on Monday.\n\n"
                 "**Huliaipole:** Ukrainian forces counterattacked on Tuesday.\n\n"
                 "**Kupiansk:** Evacuations resumed on Tuesday.\n")
    assert [who for _, who in said] == [None] * len(said), said


@pytest.mark.xfail(strict=True, reason="hostile46: older, a bold section label known as a word of a name speaks")
def test_a_bold_section_label_is_no_speaker():
    said = _said("Here is what happened this week. Ukraine's Energy Ministry asked for patience.\n\n"
                 "## Monday\n\n**Energy:** Russian drones struck two power plants in Kharkiv on Monday.\n\n"
                 "**Diplomacy:** Rubio met Lavrov in Riyadh.\n\n"
                 "## Tuesday\n\n**Energy:** Repairs began at the Trypilska plant on Tuesday.\n\n"
                 "**Diplomacy:** Witkoff flew to Moscow.\n")
    assert "Energy" not in [who for _, who in said], said


# ------------------------------------------------------------------ groups that speak
def test_a_group_after_of_or_that_is_no_speaker():
    for body, want in (("An NGO that tracks rebels said on Monday that 40 civilians had died.", (None,)),
                       ("The mothers of captured soldiers told reporters on Monday that they had heard nothing.",
                        (None, "The mothers of captured soldiers")),
                       ("The families of the fighters said on Monday that they had heard nothing.",
                        (None, "The families of the fighters")),
                       ("Relatives of missing soldiers said on Monday that they had heard nothing.",
                        (None, "Relatives of missing soldiers"))):
        said = _said(body)
        assert said[0][1] in want, (body, said)


def test_groups_that_speak_and_their_place():
    """Guards: the session's own cases and a court in a part of a country."""
    assert _said("Local volunteers said on Monday that 12 people had been evacuated.") \
        == [("2025-05-12", "Local volunteers")]
    assert _said("A court in southern Russia said on Monday that the trial would begin.")[0][1] != "Russia"


@pytest.mark.xfail(strict=True, reason="hostile46: older, 'in the south of Sudan' gives Sudan")
def test_rebels_in_the_south_of_a_country_are_not_the_country():
    assert _said("Rebels in the south of Sudan said on Monday that they had taken the town.")[0][1] \
        in (None, "Rebels in the south of Sudan", "Rebels")


@pytest.mark.xfail(strict=True, reason="hostile46: gap, 'in the north-east' after a group")
def test_commanders_in_the_north_east_speak():
    assert _said("Ukrainian commanders in the north-east said on Monday that the line held.")[0][1] \
        in ("Ukrainian commanders in the north-east", "Ukrainian commanders")


# ------------------------------------------------------------------ present plans
def test_a_possessives_return_is_no_plan():
    assert _dates("Zelensky's office confirmed his return to Kyiv on Monday.") == [("Monday", "2025-05-12")]
    assert _dates("The navy reported its return to port on Monday.") == [("Monday", "2025-05-12")]


def test_captions_in_the_present_tell_the_past():
    said = _said("Ukraine brought home 84 soldiers.\n\n![POWs](https://example.org/p.jpg)\n\n"
                 "Freed Ukrainian soldiers return home on Saturday after an exchange. *Photo: Reuters*\n")
    assert said == [("2025-05-10", None)], said
    said = _said("Ukraine marked the day.\n\n![Zelensky](https://example.org/s.jpg)\n\n"
                 "Zelensky presents a state award to a soldier in Kyiv on Monday. *Photo: Presidential Office*\n")
    assert said == [("2025-05-12", None)], said


def test_present_plans_and_nouns():
    """Guards: the session's own plans; "names" after a determiner is a noun."""
    assert _dates("The observers return to Canada on Thursday.") == [("Thursday", "2025-05-15")]
    assert _dates("My daughter turns six on Friday.") == [("Friday", "2025-05-16")]
    assert _dates("The list of names the ministry published on Monday was checked.") == [("Monday", "2025-05-12")]
    assert _dates("Ukrainian soldiers return from the front near Bakhmut on Monday.") == [("Monday", "2025-05-12")]


# ------------------------------------------------------------------ no month, no year
def test_a_month_of_people_is_the_month():
    assert _dates("A survey conducted in March of Ukrainian refugees in Poland found that 60 percent "
                  "wanted to return.") == [("March", "2025-03")]
    assert _dates("Troops reached the city in early March of Putin's third year of war.") \
        == [("early March", "2025-03")]


def test_notes_of_a_meeting_keep_their_year():
    assert _dates("The 2019 notes of the call show that Trump asked for a favour.") == [("2019", "2019")]


def test_bonds_and_a_march_are_no_dates_and_papers_keep_their_year():
    """Guards: the session's own cases; a paper's year is kept."""
    assert _dates("Veterans held the March of Defenders down Khreshchatyk.") == []
    assert _dates("The sovereign's 2027 note slipped by about one cent.") == []
    assert _dates("In the 2022 paper, RAND researchers said a long war favoured Russia.") == [("2022", "2022")]


# ------------------------------------------------------------------ footnotes, references, datelines
def test_a_numbered_paragraph_ending_in_a_date_in_figures_is_text():
    said = _said("The court set out the facts.\n\n"
                 "[5] The applicant, a Ukrainian national, was detained by the SBU in Kharkiv on 12.03.2014.\n\n"
                 "[6] He was released on 14.03.2014.", "2022-03-23")
    assert [day for day, _ in said] == ["2014-03-12", "2014-03-14"], said


@pytest.mark.xfail(strict=True, reason="hostile46: gap, two footnote marks after a full stop end no sentence")
def test_two_footnote_marks_end_the_sentence_too():
    texts = _texts("Construction was completed on 10 September.[1][2] The last pipe was welded on 6 September.",
                   "2021-09-12")
    assert len(texts) == 2 and texts[1] == "The last pipe was welded on 6 September.", texts


@pytest.mark.xfail(strict=True, reason="hostile46: gap, an oblast in capitals or a people's republic in brackets")
def test_a_datelines_region_in_other_words():
    for line in ("KURSK (Kursk Oblast), 22 March.", "MARIUPOL (Donetsk People's Republic), 22 March."):
        texts = _texts(f"{line} Russian forces shelled the port on Tuesday.", "2022-03-23")
        assert line not in texts, texts


def test_footnotes_references_and_a_region_in_a_dateline():
    """Guards: the session's own cases."""
    texts = _texts("Gazprom said on Friday that construction of the pipeline was completed.[1] The last pipe "
                   "was welded on Monday, the company said.\n\n"
                   "[1] Gazprom, \"Nord Stream 2 construction completed\", press release, 10.09.2021.", "2021-09-12")
    assert texts[-1] == "The last pipe was welded on Monday, the company said." and len(texts) == 2, texts
    assert _texts("[1] The talks were held on 3 March, officials said.", "2022-03-23") \
        == ["[1] The talks were held on 3 March, officials said."]
    assert _texts("DONETSK (Rostov region), 22 March. The Donetsk City Court on Tuesday sentenced Savchenko.",
                  "2022-03-23") == ["The Donetsk City Court on Tuesday sentenced Savchenko."]


def test_footnote_and_reference_shapes_read_as_they_should_at_size():
    """Guard: 240 KB of ".[1]" marks, of one reference line's fields and of reference lines, and a
    dateline's region of 34,000 words, read as the rules say (each split in linear time in the
    sweep's measurement, docs/benchmarks.md; not timed here)."""
    from generator.text import split_sentences
    assert len(split_sentences("Putin spoke.[1] " * 15_000)) == 15_000
    assert all(s.kind != "text" for s in split_sentences("[1] Gazprom, press release, 10.09.2021.\n\n" * 6_000))
    assert split_sentences("[1] " + "Gazprom, " * 27_000 + "10.09.2021.")
    assert split_sentences("DONETSK (" + "Rostov " * 34_000 + "region), 22 March. Putin spoke.")


@pytest.mark.xfail(strict=True, reason="hostile46: left, a heading's present is a headline's past or a preview's "
                                       "future (the rule read every heading as past; hostile47 found previews lost)")
def test_a_headline_in_the_present_tells_the_past():
    said = _said("## Putin names a new defence minister on Sunday\n\nThe Kremlin confirmed the move.")
    assert said == [("2025-05-11", None)], said
