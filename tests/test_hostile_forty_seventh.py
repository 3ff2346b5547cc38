"""The forty-seventh hostile sweep (hostile47): the reading rules added after the forty-sixth
sweep (f480e73f..lead48) attacked. Regressions, each read right at f480e73f: a Markdown heading's
present read as the past made every preview heading a day gone ("## Zelensky heads to Ankara on
Thursday", "## Coming up on Thursday"); a body described by what it is ("the agency", "the
ministry") was lost where the article names one body twice: a registry body written with "The"
counts as two names ("The International Atomic Energy Agency ... The agency said"), and so does
one body written two ways ("Russia's Defence Ministry ... the Defence Ministry"), a country of two
words owning it with a curly apostrophe ("Saudi Arabia’s foreign ministry": taken for a person's),
or its name more than 600 characters back in a long lead. A transcript's one-time guest in
capitals was lost where the article writes the name after a preposition ("We spoke to Igor
Dodon"), in other capitals ("JOHN MCCAIN") or not at all; an interview's "A." stayed a word of a
name where the questions are set in bold ("A. President Zelensky"); "A group of volunteers" and
"by then rebels" lost their speakers. "The judge" and "the prosecutor" took a titled person named
before another of that title ("A second judge ... The judge said" -> Judge Anna Kornilova). "The
March of Ukrainian Defenders" and "the March against Putin's War" are months again, "the 2027
notes of Metinvest" a year; "Photos by Maxar Technologies taken on Monday showed ..." and "SMM
Daily Report No. 152, published on Monday, ..." are furniture, "Photo: Anadolu. Putin said ..." a
caption; a reference whose title says "is" is text. Gaps: the clause after ", and" reads 24
characters back ("and for the next two days Serbian media" still speaks the Saturday), its own
time is taken for a time before it ("and over the weekend Ukrainian officials said" speaks no
weekend), an owner by name ("and Putin's spokesman"), "the next day"; "enough votes" and "Many
votes" are presents of the future; "Some time later" and "A moment later" words of a name; a
label of a name, an outlet and a place stays in a title. Older: "Around May Zelensky"; a person in
apposition taken for the company he runs; "the minister" after another minister; an apposition's
description for the body's name; "## Putin to visit Beijing on Thursday" read as past. Held: the
session's own cases, the groups counted ("Dozens of volunteers"), an interview's bold questions,
and the work of the body windows and of the transcript labels stays linear (counted)."""
from __future__ import annotations

import datetime as dt

import pytest

from generator.headlines import headline
from tests.conftest import timeline_of
from tests.test_hostile_forty_sixth import _dates, _said, _texts, _who


def _parts(body: str, published: str = "2025-05-14") -> list[tuple[str, str, str | None]]:
    return [(c.when.start.isoformat(), c.part, c.attribution.text if c.attribution else None)
            for c in timeline_of(body, published=lambda _: published).claims if c.basis == "explicit"]


# ------------------------------------------------------------------ speakers: times and joined clauses
def test_a_time_before_a_speaker_and_a_clause_after_the_date():
    """Guards: the session's own cases."""
    assert _said("FIFA opened proceedings on Saturday, and for two days Serbian media spoke of little else.") \
        == [("2025-05-10", None)]
    said = _said("A day later Foreign Minister Andrii Sybiha accused Moscow on Tuesday of lying.")
    assert [who for _, who in said] == ["Foreign Minister Andrii Sybiha"] * 2, said
    said = _said("On Thursday, the Kremlin postponed his trip, and his spokesman Dmitry Peskov told Ekho Moskvy "
                 "the same day that no date was set.")
    assert said[0] == ("2025-05-08", None), said


@pytest.mark.xfail(strict=True, reason="hostile47: gap, SUBORDINATE_BEFORE reads 24 characters back only")
def test_a_longer_time_after_and_is_the_clauses_own_too():
    said = _said("FIFA opened proceedings on Saturday, and for the next two days Serbian media spoke of little else.")
    assert said == [("2025-05-10", None)], said


@pytest.mark.xfail(strict=True, reason="hostile47: gap, the time SUBORDINATE_BEFORE skips is the date itself")
def test_a_clause_after_and_speaks_its_own_date():
    said = _said("Russia launched 100 drones at Kyiv, and over the weekend Ukrainian officials said that 90 "
                 "had been downed.")
    assert said == [("2025-05-10", "Ukrainian officials")], said


@pytest.mark.xfail(strict=True, reason="hostile47: gap, an owner by name or 'the next day' after ', and'")
def test_a_named_owner_or_the_next_day_after_and_speaks_no_date_before_it():
    said = _said("On Thursday, the Kremlin postponed the trip, and Putin's spokesman Dmitry Peskov told reporters "
                 "that no date was set.")
    assert said == [("2025-05-08", None)], said
    said = _said("Russia struck Kyiv on Monday, and the next day Zelensky said that air defence had failed.")
    assert said[0] == ("2025-05-12", None), said


@pytest.mark.xfail(strict=True, reason="hostile47: gap, 'time' and 'moment' are no TIME_NOUNS")
def test_some_time_later_is_no_word_of_a_name():
    for opening in ("Some time later", "A moment later"):
        said = _said(f"{opening} Foreign Minister Andrii Sybiha accused Moscow on Tuesday of lying.")
        assert said == [("2025-05-13", "Foreign Minister Andrii Sybiha")], (opening, said)


def test_around_may_is_no_word_of_a_name():
    said = _said("Around May Zelensky said on Tuesday that elections were impossible.")
    assert said and all(who == "Zelensky" for _, who in said), said


# ------------------------------------------------------------------ speakers: groups
def test_groups_counted_speak():
    """Guards: a count of a group is the subject ("Dozens of", "Some of the")."""
    assert _said("Dozens of volunteers said on Monday that they had evacuated 300 people.") \
        == [("2025-05-12", "Dozens of volunteers")]
    assert _said("Some of the rebels told Reuters on Monday that they would lay down their arms.") \
        == [("2025-05-12", "Some of the rebels")]
    assert _said("Local volunteers said on Monday that 12 people had been evacuated.") \
        == [("2025-05-12", "Local volunteers")]


def test_a_group_of_volunteers_and_by_then_rebels_speak():
    said = _said("A group of volunteers said on Monday that they had evacuated 300 people.")
    assert said[0][1] in ("A group of volunteers", "volunteers"), said
    said = _said("And by then rebels said on Monday that the town had fallen.")
    assert said[0][1] == "rebels", said


# ------------------------------------------------------------------ speakers: a body described by what it is
@pytest.mark.xfail(strict=True, reason="hostile47: regression, a registry body written with 'The' is two names "
                                       "to _body_meant")
def test_a_registry_body_named_with_the_is_one_body():
    who = _who("The International Atomic Energy Agency said on Monday that the plant had lost power. "
               "The agency said on Tuesday that power was back.")
    assert who[-1][1] == "iaea", who
    who = _who("The International Monetary Fund approved a loan on Monday. "
               "The fund said on Tuesday that the economy was growing.")
    assert who[-1][1] == "international-monetary-fund", who


@pytest.mark.xfail(strict=True, reason="hostile47: regression, one body written two ways is two bodies")
def test_one_body_written_two_ways_is_one_body():
    said = _said("Russia's Defence Ministry said on Monday that its troops had taken two villages. "
                 "The Defence Ministry added that the attack went on. "
                 "The ministry said on Tuesday that a third village had fallen.")
    assert said[-1][1] in ("Russia's Defence Ministry", "Defence Ministry"), said
    said = _said("Kyiv's Okhmatdyt Children's Hospital was hit on Monday. Doctors at Okhmatdyt Hospital worked "
                 "all night. The hospital said on Tuesday that two children had died.")
    assert said[-1][1] in ("Okhmatdyt Children's Hospital", "Kyiv's Okhmatdyt Children's Hospital",
                           "Okhmatdyt Hospital"), said


def test_a_country_of_two_words_owns_its_ministry_whatever_the_apostrophe():
    for mark in ("'", "’"):
        said = _said(f"Saudi Arabia{mark}s foreign ministry said on Monday that talks would be held in Riyadh. "
                     "The ministry said on Tuesday that the delegations had arrived.")
        assert said[-1][1] == f"Saudi Arabia{mark}s foreign ministry", (mark, said)


def test_a_body_named_first_in_a_long_lead():
    places = ", ".join(["Kharkiv", "Sumy", "Poltava", "Dnipro", "Zaporizhzhia", "Kherson", "Mykolaiv", "Odesa",
                        "Vinnytsia", "Khmelnytskyi", "Rivne", "Lutsk", "Lviv", "Ternopil", "Ivano-Frankivsk",
                        "Uzhhorod", "Chernivtsi", "Zhytomyr", "Chernihiv", "Cherkasy", "Kropyvnytskyi", "Kyiv"])
    lead = ("Ukraine's Ministry of Energy said on Monday that Russian missiles and drones had struck substations, "
            "transformers and power lines overnight in " + places + ", leaving more than two million households "
            "without power, cutting water supply to hospitals and schools in at least nine regions, forcing the "
            "grid operator to import emergency power from Poland, Slovakia, Hungary and Romania, and to introduce "
            "rolling blackouts in every region of the country until further notice, including the capital. ")
    assert 600 < len(lead) < 2000
    said = _said(lead + "The ministry said on Tuesday that power had been restored in Kyiv.")
    assert said[-1][1] == "Ukraine's Ministry of Energy", said


def test_a_person_described_by_the_company_he_runs_is_no_company():
    said = _said("Elon Musk, the billionaire who runs the company, spoke to Zelensky on Monday. "
                 "The company said on Tuesday that Starlink would keep working.")
    assert said[-1][1] != "Elon Musk", said


@pytest.mark.xfail(strict=True, reason="hostile47: older, the apposition's description speaks, not the name")
def test_a_body_named_with_what_it_is_speaks_by_its_name():
    said = _said("Energoatom, Ukraine's state nuclear company, said on Monday that the plant had lost power.")
    assert said == [("2025-05-12", "Energoatom")], said


# ------------------------------------------------------------------ speakers: holders
def test_the_judge_the_article_titled_is_named_back():
    """Guard: "the judge" and "the prosecutor" as holders were withdrawn after this sweep (a second
    judge or a prosecutor's office named between made them wrong speakers); since session 50 the
    one judge the article titled is named back (the probe sets' gold names her: probe_events135,
    probe_events150), while a second judge or a prosecutor's office between leaves the words
    (below)."""
    assert _who("Judge Anna Kornilova of the Lefortovo court extended the arrest on Tuesday. The judge said the "
                "case, opened on November 26, would go on.", "2019-01-16")[-1] == ("Judge Anna Kornilova", None)


def test_the_judge_after_another_judge_is_no_guess():
    said = _said("Judge Anna Kornilova extended the arrest on Tuesday. A second judge, at the appeals court, upheld "
                 "it on Wednesday. The judge said on Thursday that the sailors were not prisoners of war.",
                 "2019-01-18")
    assert said[-1][1] != "Judge Anna Kornilova", said
    said = _said("ICC Prosecutor Karim Khan asked for a warrant on Monday. A Russian prosecutor opened a case "
                 "against him on Tuesday. The prosecutor said on Wednesday that Khan had broken Russian law.")
    assert said[-1][1] != "ICC Prosecutor Karim Khan", said


def test_the_prosecutor_is_no_office():
    said = _said("Ukraine's Prosecutor General's Office opened a case on Monday. "
                 "The prosecutor said on Tuesday that two suspects were detained.")
    assert said[-1][1] == "The prosecutor", said


@pytest.mark.xfail(strict=True, reason="hostile47: older, 'the minister' after another minister is the one titled")
def test_the_minister_after_another_minister_is_no_guess():
    said = _said("Foreign Minister Andrii Sybiha called for talks on Monday. A Russian minister rejected them on "
                 "Tuesday. The minister said on Wednesday that Kyiv was not serious.")
    assert said[-1][1] != "Foreign Minister Andrii Sybiha", said


def test_a_number_before_in_a_place():
    """Guard: the session's own case."""
    assert _said("Doctors at Emergency Hospital No. 1 in Omsk said on Friday that his condition was stable.",
                 "2020-08-22") == [("2020-08-21", None)]


# ------------------------------------------------------------------ interviews and transcripts
HEAD = ("Excerpt from Jurnal TV's election-night special.\n\nJurnal TV, 13.11.2016, 23:40\n\n"
        "PRESENTER: Good evening. With 98 percent of the ballots counted, the commission gives Igor Dodon "
        "52.3 percent. Natalia, you are at the commission.\n\n"
        "NATALIA MUNTEANU, CORRESPONDENT: Turnout today was above 53 percent, higher than in the first round on "
        "October 30.\n\n")


def _transcript(intro: str, label: str, words: str) -> str:
    return HEAD + (f"PRESENTER: {intro}\n\n{label}: {words}\n\nPRESENTER: Maia Sandu has not conceded.\n\n"
                   "MAIA SANDU: We will wait for the final results.\n\n")


def test_a_one_time_guest_the_article_names():
    """Guard: the session's own case."""
    said = _said(_transcript("Igor Dodon spoke to his supporters a few minutes ago.", "IGOR DODON",
                             "Today the people of Moldova voted for stability."), "2016-11-13")
    assert said[-1] == ("2016-11-13", "Igor Dodon"), said


@pytest.mark.parametrize("intro,label,name", [
    ("We spoke to Igor Dodon a few minutes ago.", "IGOR DODON", "Igor Dodon"),
    ("Senator John McCain spoke in Chisinau a few minutes ago.", "JOHN MCCAIN", "John McCain"),
    ("The president of the European Commission spoke a few minutes ago.", "JEAN-CLAUDE JUNCKER",
     "Jean-Claude Juncker"),
])
def test_a_one_time_guest_in_capitals_speaks(intro: str, label: str, name: str):
    said = _said(_transcript(intro, label, "Today the people of Moldova voted for their future."), "2016-11-13")
    assert said[-1][1] is not None and said[-1][1].lower() == name.lower(), said


QA = ("Ukraine's foreign minister Andrii Sybiha spoke to us in Kyiv.\n\n**Q. What happened in Istanbul?**\n\n"
      "A. {answer}\n\n**Q. And next?**\n\nA. We will meet them again on Friday, if they are serious.\n")


def test_an_interview_with_bold_questions_gives_its_answers():
    """Guard: the answers are the one the article opens on."""
    assert _said(QA.format(answer="We met the Russian delegation on Monday and nothing came of it.")) \
        == [("2025-05-12", "Andrii Sybiha"), ("2025-05-16", "Andrii Sybiha")]


@pytest.mark.parametrize("bold", [True, False])
def test_an_answers_label_is_no_word_of_a_name_where_questions_are_bold(bold: bool):
    body = QA.format(answer="President Zelensky said on Monday that nothing came of it.")
    if not bold:
        body = body.replace("**Q. What happened in Istanbul?**", "### Q. What happened in Istanbul?") \
            .replace("**Q. And next?**", "### Q. And next?")
    assert _who(body)[0] == ("President Zelensky", "volodymyr-zelensky"), _who(body)


# ------------------------------------------------------------------ dates
def test_the_sessions_dates():
    """Guards: "the most votes", "March of" refugees, notes of a call."""
    assert _dates("The Socialists won the most votes in Sunday's parliamentary election.", dt.date(2019, 2, 25)) \
        == [("Sunday", "2019-02-24")]
    assert _dates("A survey conducted in March of Ukrainian refugees found that most wanted to return.") \
        == [("March", "2025-03")]
    assert _dates("The 2019 notes of the call show that Trump asked for a favour.") == [("2019", "2019")]


def test_a_heading_that_previews_keeps_its_day_ahead():
    for heading in ("## Zelensky heads to Ankara on Thursday", "## Zelensky and Putin meet in Istanbul on Thursday",
                    "## Coming up on Thursday: Zelensky in Ankara"):
        said = _said(f"{heading}\n\nThe talks will begin at 10:00, officials said.")
        assert said and said[0][0] == "2025-05-15", (heading, said)
    said = _said("# Trump and Putin meet in Alaska on Friday\n\nThe summit will be the first since 2021.", "2025-08-13")
    assert said[0][0] == "2025-08-15", said


@pytest.mark.xfail(strict=True, reason="hostile47: older, a heading's 'to <verb>' is the future")
def test_a_heading_of_to_visit_looks_ahead():
    assert _said("## Putin to visit Beijing on Thursday\n\nThe Kremlin announced the trip.") \
        == [("2025-05-15", None)]


@pytest.mark.xfail(strict=True, reason="hostile47: gap, 'enough votes', 'Many votes': the noun after other words")
def test_votes_after_enough_or_many_are_the_noun():
    assert _dates("The coalition secured enough votes in parliament on Tuesday to pass the bill.") \
        == [("Tuesday", "2025-05-13")]
    assert _dates("Many votes in Sunday's election were spoiled, observers found.") == [("Sunday", "2025-05-11")]


def test_a_named_march_of_a_people_or_against_an_owner_is_no_month():
    assert _dates("Veterans joined the March of Ukrainian Defenders down Khreshchatyk.") == []
    assert _dates("Thousands joined the March against Putin's War in Berlin.") == []


def test_a_bond_of_an_issuer_is_no_year():
    assert _dates("Holders of the 2027 notes of Metinvest agreed to a restructuring.") == []


# ------------------------------------------------------------------ text: furniture, captions, references
def test_the_sessions_furniture_and_captions():
    """Guards: a feed's numbered stamp, credits, a caption opening on its label."""
    assert _texts("Live updates from Moscow.\n\n**2. UPDATE, 11:55** — Putin said the ceasefire would take effect "
                  "at midnight on February 15.", "2015-02-12")[-1] \
        == "Putin said the ceasefire would take effect at midnight on February 15."
    assert _texts("Photographs by Oleksandr Khomenko. Text by Daryna Melnyk.\n\nPulaski Policy Paper No. 17/21. "
                  "Author: Dr Agnieszka Wróbel, energy security analyst.\n\nRussia cut gas on Monday.") \
        == ["Russia cut gas on Monday."]
    assert _parts("Photo: Putin and Abe on Russky Island on Thursday. Zolotoy Rog / Andrei Kuzmin\n\n"
                  "The leaders met for three hours.", "2017-09-08")[0] == ("2017-09-07", "caption", None)


def test_sentences_opening_on_photos_by_or_a_report_number_are_text():
    texts = _texts("Photos by Maxar Technologies taken on Monday showed that the bridge was damaged. "
                   "Russia denied it on Tuesday.")
    assert len(texts) == 2, texts
    texts = _texts("SMM Daily Report No. 152, published on Monday, recorded 300 ceasefire violations in Donetsk region.")
    assert len(texts) == 1, texts


def test_a_credit_joined_to_a_paragraph_makes_no_caption_of_it():
    parts = _parts("Russia and Ukraine met in Istanbul.\n\nPhoto: Anadolu. Putin said on Monday that the talks in "
                   "Istanbul were over, and Zelensky arrives in Ankara on Thursday.")
    assert ("2025-05-12", "text", "Putin") in parts and parts[-1][0] == "2025-05-15", parts


def test_a_reference_whose_title_is_a_sentence_is_still_a_reference():
    texts = _texts("Gazprom said on Friday that construction of the pipeline was completed.[1]\n\n"
                   "[1] Interfax, \"Gazprom says construction of Nord Stream 2 is completed\", news report, "
                   "10.09.2021.", "2021-09-12")
    assert len(texts) == 1, texts


# ------------------------------------------------------------------ titles
def test_transcript_labels_leave_titles():
    """Guards: the session's own cases and a dateline of a city and a country."""
    assert headline("NATALIA MUNTEANU, CORRESPONDENT: Turnout today was above 53 percent, higher than in the first "
                    "round on October 30.") == "Turnout today was above 53 percent, higher than in the first round"
    assert headline("HOST: Putin said on Monday that the war would go on.") == "Putin says the war will go on"


@pytest.mark.xfail(strict=True, reason="hostile47: gap, a label of a name, an outlet and a place")
def test_a_label_of_name_outlet_and_place_leaves_the_title():
    assert not headline("JOHN SMITH, BBC NEWS, KYIV: Russian drones struck the capital on Monday.").startswith("JOHN")


# ------------------------------------------------------------------ work
def test_body_windows_and_transcript_labels_stay_linear(monkeypatch: pytest.MonkeyPatch):
    """Characters handed to ``_bodies`` for a page of "the ministry said" and sentences scanned for a
    transcript of one-time labels, at two sizes: a doubling costs about double (counted, not timed)."""
    from generator import attribution
    read = [0]
    real = attribution._bodies

    def counting(text, *args, **kwargs):
        read[0] += len(text)
        return real(text, *args, **kwargs)

    monkeypatch.setattr(attribution, "_bodies", counting)
    costs = []
    for n in (100, 200):
        read[0] = 0
        timeline_of("Russia's Defence Ministry said on Monday that troops advanced. "
                    + "The ministry said on Tuesday that more villages fell. " * n,
                    published=lambda _: "2025-05-14")
        costs.append(read[0])
    assert 0 < costs[1] <= 2.5 * costs[0], costs

    # (every ``re.finditer`` of the build, named_so's among them: the text it is handed)
    finds = [0]
    real_finditer = attribution.re.finditer

    def finditer(pattern, string, *args, **kwargs):
        finds[0] += len(string)
        return real_finditer(pattern, string, *args, **kwargs)

    monkeypatch.setattr(attribution.re, "finditer", finditer)
    costs = []
    for n in (150, 300):
        finds[0] = 0
        labels = "".join(f"{chr(65 + i % 26)}{chr(65 + i // 26 % 26)}X {chr(65 + i // 676 % 26)}Y: We met on "
                         f"Monday.\n\nPRESENTER: Thank you.\n\n" for i in range(n))
        timeline_of("PRESENTER: Good evening.\n\nPRESENTER: Here is the news.\n\n" + labels,
                    published=lambda _: "2025-05-14")
        costs.append(finds[0])
    assert 0 < costs[1] <= 2.5 * costs[0], costs
