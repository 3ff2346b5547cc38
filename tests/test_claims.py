"""Choosing claims: the vocabulary's examples, and what is not a claim date."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
import yaml

from generator.claims import DATA, counted, counted_from, extract_claims, vocabulary
from generator.model import Claim, Source, TimeValue, Timex
from generator.text import split_sentences

EXAMPLES = yaml.safe_load(DATA.read_text(encoding="utf-8"))["examples"]


@pytest.mark.parametrize("text", EXAMPLES["reporting"])
def test_reporting_examples(text: str) -> None:
    assert vocabulary()["reporting"].search(text)


@pytest.mark.parametrize("text", EXAMPLES["not_reporting"])
def test_not_reporting_examples(text: str) -> None:
    assert not vocabulary()["reporting"].search(text)


@pytest.mark.parametrize("text", EXAMPLES["background"])
def test_background_examples(text: str) -> None:
    assert vocabulary()["background"].search(text)


def source(body: str, published: dt.date = dt.date(2026, 1, 29)) -> Source:
    raw = "---\ntitle: T\nurl: https://e.com\npublished: x\n---\n" + body
    return Source("s", "s.md", "https://e.com", "T", published, raw, raw.index(body))


def claims_of(body: str):
    s = source(body)
    return extract_claims(s, split_sentences(s.raw, s.body_start))


def speakers_of(body: str) -> dict[str, str | None]:
    """Each dated claim's date as written -> the words naming who says it."""
    return {c.timex.text: c.attribution and c.attribution.text for c in claims_of(body) if c.timex}


def test_a_heading_its_first_sentence_dates_the_same_way_is_no_claim_of_its_own() -> None:
    """A live report's entry title over the sentence that tells it: the sentence is the claim;
    a heading of another date than its sentence's keeps its own."""
    claims = claims_of("Lead sentence here.\n\n**Overnight strikes on Ukraine's grid**\n\n"
                       "Russia struck energy facilities in Kharkiv overnight, Ukrenergo said on Thursday.\n\n"
                       "**Talks on Friday**\n\nThe delegations will meet in Geneva, officials said.")
    dated = [(c.text, c.timex.text) for c in claims if c.basis == "explicit"]
    assert ("Overnight strikes on Ukraine's grid", "Overnight") not in dated
    assert any(text.startswith("Russia struck") for text, _ in dated)
    assert ("Talks on Friday", "Friday") in dated


def test_a_heading_its_first_sentence_restates_in_the_same_words_is_no_claim_of_its_own() -> None:
    """However each is dated ("before midnight" alone is the report's night; under "late on
    Wednesday" it is Wednesday's), the heading's words are the sentence's."""
    claims = claims_of("Lead sentence here.\n\n**Attack began before midnight**\n\n"
                       "Russia's attack began late on Wednesday, with the first explosions heard in Kyiv "
                       "shortly before midnight, the air force said.")
    dated = [(c.text, c.timex.text) for c in claims if c.basis == "explicit"]
    assert not any(text == "Attack began before midnight" for text, _ in dated)
    assert any(text.startswith("Russia's attack") for text, _ in dated)


def test_two_dates_in_a_sentence_give_two_claims() -> None:
    claims = claims_of("Lead sentence here. They met in 2019 and again in 2022.")
    explicit = [c for c in claims if c.basis == "explicit"]
    assert [c.timex.text for c in explicit] == ["2019", "2022"]
    assert len({c.id for c in explicit}) == 2


def test_durations_ages_sets_and_vague_references_are_not_claim_dates() -> None:
    claims = claims_of("Lead sentence here. The war has lasted more than two years. "
                       "A 45-year-old man was hurt. Talks are held every year. "
                       "Now the talks have recently stalled. It is the deadliest war of the "
                       "21st century. We are in Europe in the 21st century. They met in an "
                       "18th-century villa.")
    assert [c for c in claims if c.basis == "explicit"] == []


def test_lead_is_a_publication_claim_and_background_is_not() -> None:
    claims = claims_of("The Kremlin renewed its invitation. Ukraine has repeatedly stated it "
                       "will not go. Peskov said Kyiv had not replied.")
    assert [(c.basis, c.text[:12]) for c in claims] == [
        ("publication", "The Kremlin "), ("publication", "Peskov said ")]
    assert all(c.when.start == dt.date(2026, 1, 29) for c in claims)


def test_claims_carry_actors_and_places() -> None:
    claims = claims_of("Kremlin spokesperson Dmitry Peskov said Zelenskyy could come to Moscow.")
    assert claims[0].actors == ("kremlin", "dmitry-peskov", "volodymyr-zelensky")
    assert claims[0].places == ("moscow",)
    assert claims[0].attribution.entity == "dmitry-peskov"


@pytest.mark.parametrize("text", EXAMPLES["range_join"])
def test_range_join_examples(text: str) -> None:
    assert vocabulary()["range_join"].fullmatch(text)


@pytest.mark.parametrize(("text", "joins"), [(t, True) for t in EXAMPLES["year_dash"]]
                         + [(t, False) for t in EXAMPLES["not_year_dash"]])
def test_year_dash_examples(text: str, joins: bool) -> None:
    assert bool(vocabulary()["year_dash"].fullmatch(text)) == joins


def test_two_years_of_one_span_are_one_claim() -> None:
    """"ruled Russia 2000–2008", "from 1998 to 2005": a span of years, one claim (it was two
    year claims, and two events); "in 2014 and 2022" stay two."""
    s = source("Putin ruled Russia 2000–2008. Schroeder led Germany from 1998 to 2005.\n\n"
               "Medvedev was president between 2008 and 2012. Talks failed in 2014 and 2022.\n",
               dt.date(2025, 5, 6))
    got = [(c.timex.text, c.when.start.isoformat(), c.when.end.isoformat(), c.when.granularity)
           for c in extract_claims(s, split_sentences(s.raw, s.body_start)) if c.timex is not None]
    assert got == [("2000–2008", "2000-01-01", "2008-12-31", "year"),
                   ("1998 to 2005", "1998-01-01", "2005-12-31", "year"),
                   ("2008 and 2012", "2008-01-01", "2012-12-31", "year"),
                   ("2014", "2014-01-01", "2014-12-31", "year"),
                   ("2022", "2022-01-01", "2022-12-31", "year")]


def test_a_season_or_fiscal_year_is_one_span_of_two_years() -> None:
    """"the 2024/25 season", "FY2024/25": one span of two years (hostile28: "25" was the year
    2025 of its own)."""
    s = source("He won the title in the 2024/25 season. Revenue rose in FY2024/25.\n", dt.date(2025, 9, 3))
    got = [(c.timex.text, c.when.start.isoformat(), c.when.end.isoformat())
           for c in extract_claims(s, split_sentences(s.raw, s.body_start)) if c.timex is not None]
    assert got == [("2024/25", "2024-01-01", "2025-12-31"), ("FY2024/25", "2024-01-01", "2025-12-31")]


@pytest.mark.parametrize("text", EXAMPLES["not_range_join"])
def test_not_range_join_examples(text: str) -> None:
    assert not vocabulary()["range_join"].fullmatch(text)


@pytest.mark.parametrize(("key", "text", "found"), [
    (key, t, found) for key in ("clock_from", "clock_to", "clock_only")
    for found, ts in ((True, EXAMPLES[key]), (False, EXAMPLES[f"not_{key}"])) for t in ts])
def test_clock_examples(key: str, text: str, found: bool) -> None:
    """The hours that open and close a window of days, and an hour that is no date."""
    pattern = vocabulary()[key]
    hit = pattern.search(text) if key == "clock_from" else pattern.fullmatch(text)
    assert bool(hit) == found


def test_a_window_closed_at_midnight_ends_the_day_before() -> None:
    """"from midnight on 7-8 May to midnight on 10-11 May", "from 00:00 on 8 May to 00:00 on
    11 May": one date, 8-10 May (not four days and two hours of their own)."""
    for text in ("The Kremlin declared a ceasefire from midnight on 7-8 May to midnight on "
                 "10-11 May.", "Russia will observe a ceasefire from 00:00 on 8 May to 00:00 on "
                 "11 May."):
        dates = [(c.when.start.strftime("%m-%d"), c.when.end.strftime("%m-%d"))
                 for c in claims_of(text) if c.timex is not None]
        assert dates == [("05-08", "05-10")], text


@pytest.mark.parametrize(("text", "opens"), [(t, True) for t in EXAMPLES["window_open"]]
                         + [(t, False) for t in EXAMPLES["not_window_open"]])
def test_window_open_examples(text: str, opens: bool) -> None:
    assert bool(vocabulary()["window_open"].search(text)) == opens


@pytest.mark.parametrize(("text", "noun"), [(t, True) for t in EXAMPLES["holiday_noun"]]
                         + [(t, False) for t in EXAMPLES["not_holiday_noun"]])
def test_holiday_noun_examples(text: str, noun: bool) -> None:
    assert bool(vocabulary()["holiday_noun"].match(text)) == noun


@pytest.mark.parametrize("case", EXAMPLES["restated"] + EXAMPLES["period_noun"]
                         + EXAMPLES["holiday_evening"])
def test_restated_and_period_noun_examples(case: dict) -> None:
    s = source(case["text"], dt.date.fromisoformat(case["published"]))
    claims = extract_claims(s, split_sentences(s.raw, s.body_start))
    assert [c.timex.text for c in claims if c.timex is not None] == case["claims"]


@pytest.mark.parametrize(("text", "asking"), [(t, True) for t in EXAMPLES["question_heading"]]
                         + [(t, False) for t in EXAMPLES["not_question_heading"]])
def test_question_heading_examples(text: str, asking: bool) -> None:
    from generator.claims import asks
    assert asks(text) == asking


def test_a_heading_that_asks_gives_no_claim() -> None:
    """"What was said over the weekend" over an explainer's section: its sentences tell the
    weekend's happenings, the heading none."""
    s = source("Russia has not answered.\n\n## What was said over the weekend\n\n"
               "On Sunday, Witkoff told CNN that the gaps had narrowed.\n\n## Talks on Tuesday\n\n"
               "Trump will speak with Putin then.\n", dt.date(2025, 3, 17))
    texts = [c.text for c in extract_claims(s, split_sentences(s.raw, s.body_start))
             if c.basis == "explicit"]
    assert texts == ["On Sunday, Witkoff told CNN that the gaps had narrowed.", "Talks on Tuesday"]


@pytest.mark.parametrize("case", EXAMPLES["lasting"])
def test_lasting_examples(case: dict) -> None:
    import datetime as dt

    from generator.claims import lasting
    from generator.model import TimeValue

    day = TimeValue(dt.date(2026, 1, 23), dt.date(2026, 1, 23), "day")
    got = lasting(day, case["before"])
    assert (got.end - got.start).days + 1 == (case["days"] or 1), case["before"]


def _claims_of(text: str, published: str = "2021-04-23"):
    import datetime as dt

    from generator.claims import extract_claims
    from generator.model import Source
    from generator.text import source_sentences

    raw = f"---\ntitle: t\nurl: https://a.example/a\npublished: {published}\n---\n{text}\n"
    source = Source("a", "a.md", "https://a.example/a", "t", dt.date.fromisoformat(published),
                    raw, raw.index(text))
    return extract_claims(source, source_sentences(source))


def test_a_speech_does_not_reach_a_later_clause_with_its_own_subject() -> None:
    (order,) = _claims_of("Moscow has said the troops are holding drills in response to NATO "
                          "maneuvers, and Defense Minister Sergei Shoigu on Thursday ordered the "
                          "troops back.")
    assert order.attribution is None
    (said,) = _claims_of("Peskov said the talks were useful, and that Putin would meet Trump "
                         "on Friday.")
    assert said.attribution is not None and said.attribution.text == "Peskov"
    (before,) = _claims_of("Putin said on Thursday that Zelensky was welcome in Moscow, and "
                           "Zelensky rejected the offer.")
    assert before.attribution is not None and before.attribution.text == "Putin"


def test_a_speaker_of_a_contrasting_clause_does_not_speak_the_clause_before() -> None:
    """"X until Thursday, though officials said ...": Thursday is the outlet's, and a "but"
    inside the words quoted opens no clause of the narration."""
    (deadline, monday) = _claims_of("President Trump had given Ukraine until Thursday to respond, "
                                    "though White House officials said Monday the deadline could "
                                    "slip.", "2025-11-24")
    assert deadline.timex.text == "Thursday" and deadline.attribution is None
    assert monday.attribution is not None and monday.attribution.text == "White House officials"
    (quoted,) = _claims_of("The talks, held on December 14, were \"not easy, but productive,\" "
                           "President Volodymyr Zelensky said.", "2025-12-16")
    assert quoted.attribution is not None and "Zelensky" in quoted.attribution.text
    # a relative clause of a place or a document ("where", "in which") speaks only inside it,
    # wherever else its speaker is named
    (met,) = _claims_of("Earlier on Saturday, Zelensky met Prime Minister Giorgia Meloni at Palazzo "
                        "Chigi, where Meloni told him that Italy was betting on Ukraine's victory.",
                        "2023-05-14")
    assert met.attribution is None
    posted = {c.timex.text: c for c in _claims_of(
        "Zelensky hit back on Wednesday by posting the text of the 2018 Crimea Declaration, in which "
        "then secretary of state Mike Pompeo said the US would not recognise Russia's annexation.",
        "2025-04-24") if c.timex}["Wednesday"]
    assert posted.attribution is None
    # ... but a speaker named at the end tells the whole sentence
    june = {c.timex.text: c for c in _claims_of(
        "The delegations agreed on another prisoner exchange in Istanbul on June 2, but made no "
        "progress toward a ceasefire, Defense Minister Rustem Umerov said.", "2025-06-03") if c.timex}["June 2"]
    assert june.attribution is not None and "Umerov" in june.attribution.text
    # ... and a count set off by a comma is no time clause of the speaker's
    before = {c.timex.text: c for c in _claims_of(
        "Pyongyang confirmed the deployment on Monday. Two days before that, Chief of Staff "
        "Valery\nGerasimov had declared the region liberated.", "2025-04-30") if c.timex}["Two days before"]
    assert before.attribution is not None and "Gerasimov" in before.attribution.text


def test_a_speaker_of_a_time_clause_does_not_speak_the_main_clause() -> None:
    """"X on the night of October 23, days after Trump said ...": the date is the outlet's; a
    date of the time clause is the speaker's; a phrase set off by commas opens no clause."""
    (sanctions,) = _claims_of("On the night of October 23, the US Treasury imposed sanctions on "
                              "Rosneft and Lukoil, days after President Donald Trump said the "
                              "summit would not go ahead.", "2025-10-24")
    assert sanctions.attribution is None
    attack, said = _claims_of("Russia attacked Kyiv on Sunday, a day after Zelensky said on "
                              "Saturday that talks were possible.", "2025-05-12")
    assert attack.attribution is None
    assert said.attribution is not None and said.attribution.text == "Zelensky"
    (phrase,) = _claims_of("On Monday, after the talks, Peskov said the delegation was ready.",
                           "2025-05-13")
    assert phrase.attribution is not None and phrase.attribution.text == "Peskov"
    # (one named by no name, "a" or "an" before its words, speaks its own clause only:
    # probe_events85's diplomat did not say when Merkel proposed the observers)
    (proposed,) = _claims_of("Merkel had proposed observers for the strait when she met Putin on "
                             "Saturday, and a German diplomat in Milan said Berlin was still waiting.",
                             "2018-12-03")
    assert proposed.attribution is None


def test_a_date_of_the_speakers_deed_before_the_words_is_the_outlets() -> None:
    """"Earlier in the day X oversaw drills and said troops would leave on Friday": the day
    dates the drills (the outlet says so), Friday is X's word."""
    deed, word = _claims_of("On Tuesday Defence Minister Sergei Shoigu inspected the troops in "
                            "Crimea and said they would start returning to their bases on Friday.",
                            "2021-04-20")
    assert deed.timex.text == "Tuesday" and deed.attribution is None
    assert word.timex.text == "Friday" and word.attribution is not None
    assert "Shoigu" in word.attribution.text
    (said,) = _claims_of("Shoigu said on Tuesday that the troops would return to their bases.",
                         "2021-04-20")
    assert said.attribution is not None  # the words' own day: "said on Tuesday"


def test_a_judgement_before_the_words_is_the_speakers_too() -> None:
    """"Peskov on Tuesday called Trump's statement very serious and said ...": calling it so is
    his word, not a deed before the words (not "called on Kyiv to ...")."""
    (judged,) = _claims_of("Kremlin spokesman Dmitry Peskov on Tuesday called US President Donald "
                           "Trump's statement about a 50-day deadline very serious and said Moscow "
                           "needed time.", "2025-07-15")
    assert judged.attribution is not None and "Peskov" in judged.attribution.text
    (deed,) = _claims_of("On Tuesday Peskov called on Kyiv to withdraw and said Moscow was ready.",
                         "2025-07-15")
    assert deed.attribution is None


def test_an_offer_is_the_outlets_account_and_what_it_offers_is_the_offerers() -> None:
    """"On Sunday, Putin offered talks on May 15": the day of the offer is told by the outlet,
    the day offered is Putin's proposal; a speech verb keeps the whole sentence its speaker's."""
    act, offered = _claims_of("On Sunday, Putin offered Ukraine direct talks in Istanbul on "
                              "May 15.", "2025-05-12")
    assert act.timex.text == "Sunday" and act.attribution is None
    assert offered.timex.text == "May 15" and offered.attribution is not None
    assert "Putin" in offered.attribution.text
    during, proposed = _claims_of("Kyiv, at a new round of talks in Istanbul on July 23, proposed "
                                  "that the leaders meet by the end of August.", "2025-07-25")
    assert during.attribution is None
    assert proposed.attribution is not None and "Kyiv" in proposed.attribution.text
    (said,) = _claims_of("On Thursday, Trump said he had proposed a meeting.", "2026-01-30")
    assert said.attribution is not None  # a speech verb: the day of the words is the speaker's


def test_the_two_leaders_are_the_two_people_the_article_names_most() -> None:
    """"The two leaders have only met once, in Paris in 2019": in an article naming Putin and
    Zelensky most, the sentence counts them among its actors (and a title names them)."""
    from generator.events import title_of

    text = ("Putin invited Zelensky to Moscow on Wednesday. Zelensky said Putin could come to Kyiv "
            "instead. To date, the two leaders have only met in person once, at a summit in Paris "
            "in 2019.")
    claims = _claims_of(text, "2025-09-05")
    paris = _dated(claims, "2019")
    assert paris and set(paris[0].actors) >= {"vladimir-putin", "volodymyr-zelensky"}
    assert title_of(paris).startswith(("Putin and Zelensky", "Zelensky and Putin"))


def test_statements_under_a_heading_of_what_came_before_are_not_the_days_news() -> None:
    """RBC-Ukraine's "What preceded": the quotes under it recall earlier days, and are not
    dated by the report (the dated sentences there keep their dates)."""
    text = ("Peskov said contacts were possible only in Moscow.\n\nWhat preceded\n\n"
            "\"We invite him to Moscow,\" Ushakov said.\n\n"
            "Zelensky rejected Moscow on January 30, Ukrainian media said.\n")
    claims = _claims_of(text, "2026-02-02")
    assert [c.basis for c in claims] == ["publication", "explicit"]
    assert claims[1].timex.text == "January 30"


def test_a_chronologys_entries_are_anchored_to_their_own_dates() -> None:
    """An explainer of February 2026: each entry's dates without a year are of the entry's
    year ("the end of the year" of 2019, "June 2" of 2025), not the report's."""
    claims = _claims_of(
        "- **December 9, 2019** – Putin and Zelensky meet in Paris. Their declaration calls for "
        "an exchange of detainees by the end of the year.\n"
        "- **May 16, 2025** – The first direct talks in three years are held in Istanbul. "
        "Further rounds follow on June 2 and July 23.\n\n"
        "No date has been set for the next round, officials said on Thursday.",
        published="2026-02-06")
    got = {c.timex.text: c.when.start.isoformat() for c in claims if c.timex is not None}
    assert got["the end of the year"] == "2019-12-01"
    assert (got["June 2"], got["July 23"]) == ("2025-06-02", "2025-07-23")
    assert got["Thursday"] == "2026-02-05"  # after the list: the report's own day


def test_a_chronologys_entries_of_no_year_go_on_from_the_entry_before() -> None:
    """A sidebar's entries after one with its year are of the years that keep the list going
    forward (probe_events157: "August 13" was 2007, the year of the December entry), and an
    entry of the report's own year stays where the report puts it."""
    claims = _claims_of(
        "Timeline:\n- December 18, 2007: The Rada confirms Tymoshenko as prime minister.\n"
        "- January 15: Yushchenko signs the letter to NATO.\n- April 3: The Bucharest summit "
        "decides.\n- August 13: Yushchenko signs decrees on the fleet.\n\n"
        "On Wednesday, the faction left the coalition.", published="2008-09-05")
    got = {c.timex.text: c.when.start.isoformat() for c in claims if c.timex is not None}
    assert (got["January 15"], got["April 3"], got["August 13"]) == ("2008-01-15", "2008-04-03", "2008-08-13")
    assert got["Wednesday"] == "2008-09-03"


def test_a_section_under_a_dated_heading_is_of_that_date() -> None:
    """A live report or a chronology laid out under dated headings ("## 3 May 2025"): its
    relative dates count from the heading's ("On Tuesday" before Saturday 3 May), its lead and
    its news statements are of that date (basis "heading"; they were the report's day,
    hostile27), and a heading that is no date ends the section."""
    claims = _claims_of(
        "Officials gave an update on Friday.\n\n## 3 May 2025\n\nPutin met Zelensky in Moscow. "
        "The talks lasted three hours. On Tuesday, the two sides had exchanged letters, the Kremlin "
        "said.\n\n**5 May 2025**\n\nZelensky returned to Kyiv. He said the meeting was useful.\n\n"
        "## What comes next\n\nTalks will resume on Monday. He said so.", published="2025-09-03")
    got = [(c.text[:20], c.basis, c.when.start.isoformat()) for c in claims]
    assert got == [("Officials gave an up", "explicit", "2025-08-29"),
                   ("Putin met Zelensky i", "heading", "2025-05-03"),
                   ("On Tuesday, the two ", "explicit", "2025-04-29"),
                   ("Zelensky returned to", "heading", "2025-05-05"),
                   ("He said the meeting ", "heading", "2025-05-05"),
                   ("Talks will resume on", "explicit", "2025-09-08"),
                   ("He said so.", "publication", "2025-09-03")]


def test_the_coming_days_are_the_week_after_the_report_and_the_day_keeps_its_news() -> None:
    claims = _claims_of("Putin has called for direct negotiations to be held in Istanbul in the "
                        "coming days.", published="2025-05-12")
    got = sorted((c.basis, c.when.start.isoformat(), c.when.end.isoformat(), c.when.granularity)
                 for c in claims)
    assert got == [("explicit", "2025-05-13", "2025-05-19", "week"),
                   ("publication", "2025-05-12", "2025-05-12", "day")]


@pytest.mark.parametrize("before", EXAMPLES["coming_plans"])
def test_coming_plans_examples(before: str) -> None:
    from generator.claims import named_as_one

    assert vocabulary()["coming_plans"].search(named_as_one(before))


@pytest.mark.parametrize("before", EXAMPLES["not_coming_plans"])
def test_not_coming_plans_examples(before: str) -> None:
    from generator.claims import named_as_one

    assert not vocabulary()["coming_plans"].search(named_as_one(before))


@pytest.mark.parametrize("example", EXAMPLES["counted_from"], ids=lambda e: e["text"][:40])
def test_counted_from_examples(example: dict) -> None:
    """"The call came three days after ...": the count (a duration the tagger gives) dates the
    happening after "after", from the subject's date."""
    text = example["text"]
    at = text.index(example["count"])
    t = Timex(at, at + len(example["count"]), example["count"], "DURATION",
              "P2W" if "week" in example["count"]
              else f"P{NUMBER_WORDS[example['count'].split()[0].lower()]}D",
              None, "test")
    noun, days, _, names = counted(text, 0, t)
    assert list(names) == example.get("names", [])
    # the subject's day counts back to what it came after; an opener's day counts on from it
    assert noun in text.lower()
    assert ((days < 0) == (example["dir"] == "after")) != example.get("opener", False)


@pytest.mark.parametrize("example", EXAMPLES["not_counted_from"], ids=lambda e: e["text"][:40])
def test_not_counted_from_examples(example: dict) -> None:
    text = example["text"]
    at = text.index(example["count"])
    t = Timex(at, at + len(example["count"]), example["count"], "DURATION", "P3D", None, "test")
    assert counted(text, 0, t) is None


@pytest.mark.parametrize("opener", EXAMPLES["counted_hours"])
def test_counted_hours_examples(opener: str) -> None:
    """"Hours after the speech, ...": a count of hours from what it is after (its day)."""
    hours = vocabulary()["counted_hours"].match(opener)
    assert hours is not None and vocabulary()["counted_what"].match(opener, hours.end())


@pytest.mark.parametrize("opener", EXAMPLES["not_counted_hours"])
def test_not_counted_hours_examples(opener: str) -> None:
    hours = vocabulary()["counted_hours"].match(opener)
    assert hours is None or vocabulary()["counted_what"].match(opener, hours.end()) is None


@pytest.mark.parametrize("case", EXAMPLES["saying_after"] + EXAMPLES["not_saying_after"],
                         ids=lambda e: e["text"][:40])
def test_saying_after_examples(case: dict) -> None:
    """A date told just before its speaker's verb dates the saying (no count from it but a
    speech's)."""
    at = case["text"].index(case["date"]) + len(case["date"])
    found = vocabulary()["saying_after"].match(case["text"], at) is not None
    assert found == (case in EXAMPLES["saying_after"])


@pytest.mark.parametrize("case", EXAMPLES["same_day_as"], ids=lambda e: e["text"][:30])
def test_same_day_as_examples(case: dict) -> None:
    from generator.claims import _head

    found = vocabulary()["same_day_as"].match(case["text"])
    assert found is not None and _head(found["noun"]) == case["noun"]
    assert found["owner"] == case.get("owner")


def _told_days(body: str, published: str) -> dict[str, str]:
    """Each dated claim's date as written -> the first day it is read as."""
    return {c.timex.text: c.when.start.isoformat() for c in _claims_of(body, published)
            if c.timex is not None}


def test_the_move_counts_from_the_reports_lead() -> None:
    """A noun naming whatever the lead told ("The move") counts from the lead's day."""
    body = ("US President Donald Trump said on Wednesday that goods from India will face a "
            "25pc tariff starting August 1.\n\n"
            "The move came a day after Trump told reporters that Russia had 10 days.\n")
    assert _told_days(body, "2025-07-31")["a day after"] == "2025-07-29"


def test_the_same_day_as_a_happening_is_its_day() -> None:
    """"On the same day as the Paris talks": the talks' day, not the day last named."""
    body = ("Macron and Zelensky agreed on June 17 to work towards a new summit.\n\n"
            "Zelensky went to Brussels on June 4 and 5.\n\n"
            "On the same day as the Paris talks, Bulgaria's minister spoke in Luxembourg.\n")
    assert _told_days(body, "2019-06-17")["the same day"] == "2019-06-17"


def test_hours_after_a_happening_date_it_by_its_day() -> None:
    """An opener counting hours from the report's lead dates its sentence by the lead's day;
    a second count joined to a subject's first dates what it is after too."""
    body = ("Vladimir Putin warned the West yesterday that Russia would respond.\n\n"
            "Hours after the speech, thousands of supporters marched in Moscow.\n\n"
            "The address came days after Biden imposed sanctions, and eight days after he "
            "proposed a summit.\n")
    assert _told_days(body, "2021-04-22") == {"yesterday": "2021-04-21", "Hours after": "2021-04-21",
                                              "eight days after": "2021-04-13"}


NUMBER_WORDS = {"a": 1, "one": 1, "two": 2, "three": 3, "eight": 8}


def test_a_count_from_the_subject_dates_what_it_counts_from() -> None:
    """The day is counted from the last claim naming the subject's noun; none without one."""
    day = dt.date(2025, 5, 19)
    when = TimeValue(day, day, "day")
    call = Claim("c-1", "s", "The call lasted two hours on Monday.", 0, 10, 1, when, "explicit",
                 None, None, (), (), ())
    other = Claim("c-2", "s", "Vance met Zelensky on Sunday.", 20, 30, 2,
                  TimeValue(day.replace(day=18), day.replace(day=18), "day"), "explicit",
                  None, None, (), (), ())
    assert counted_from("call", -3, True, (), [call, other]) == dt.date(2025, 5, 16)
    assert counted_from("talks", -1, True, (), [call, other]) is None  # no talks dated before
    assert counted_from("talks", -1, True, (), []) is None
    # a subject pointing back ("Their talks came a day after"): the sentences just before
    assert counted_from("talks", -1, False, (), [call, other], near=20) == dt.date(2025, 5, 17)
    assert counted_from("talks", -1, False, (), [call, other], near=25) is None
    # a subject naming which one ("The Antalya meeting"): the claim naming it so, not the last
    antalya = Claim("c-3", "s", "Turkey hosted a meeting in Antalya on Thursday.", 40, 50, 3,
                    TimeValue(day.replace(day=15), day.replace(day=15), "day"), "explicit",
                    None, None, (), (), ())
    belarus = Claim("c-4", "s", "Lavrov said the meeting confirmed the talks of Monday.", 60, 70,
                    4, when, "explicit", None, None, (), (), ())
    assert counted_from("meeting", -1, True, ("Antalya",), [antalya, belarus]) == dt.date(2025, 5, 14)
    assert counted_from("meeting", -1, True, (), [antalya, belarus]) == dt.date(2025, 5, 18)


def test_a_count_from_the_subject_reaches_back_to_the_reports_lead() -> None:
    """The report's lead (its first sentence dating a day) tells its main happening: a word of
    the subject's kind in its date's clause names it however far back ("Driscoll met with
    Zelenskyy in Kyiv on Thursday" ... "The talks came a day after"); a word across a comma
    does not ("Three days after the Istanbul meeting, ... in Belarus on February 28")."""
    text = "Army Secretary Dan Driscoll met with President Zelenskyy in Kyiv on Thursday to present a plan."
    at = text.index("on Thursday")
    day = dt.date(2025, 11, 20)
    lead = Claim("c-1", "s", text, 0, len(text), 1, TimeValue(day, day, "day"), "explicit",
                 Timex(at, at + 11, "on Thursday", "DATE", day.isoformat()), None, (), (), ())
    assert counted_from("talks", -1, True, (), [lead], since=3000) == dt.date(2025, 11, 19)
    # a lead dated in another zone's time is the outlet's day, not the one counted from
    zoned = replace(lead, text=text.replace("on Thursday", "on Thursday, Australian time,"))
    assert counted_from("talks", -1, True, (), [zoned], since=3000) is None
    recalled = ("Three days after the Istanbul meeting, the negotiators who first sat down "
                "together in Belarus on February 28 are cautious.")
    at = recalled.index("February 28")
    feb = dt.date(2022, 2, 28)
    lead = Claim("c-1", "s", recalled, 0, len(recalled), 1, TimeValue(feb, feb, "day"), "explicit",
                 Timex(at, at + 11, "February 28", "DATE", feb.isoformat()), None, (), (), ())
    assert counted_from("talks", -1, True, (), [lead], since=3000) is None
    # a sentence after the report's first claims is no lead: far back, its word must stand
    # next to its date
    later = replace(lead, id="c-9", start=700, end=800, text=text,
                    timex=Timex(700 + text.index("on Thursday"), 711 + text.index("on Thursday"),
                                "on Thursday", "DATE", feb.isoformat()))
    before = [replace(lead, id=f"c-{k}", basis="publication", timex=None) for k in range(4)]
    assert counted_from("talks", -1, True, (), [*before, later], since=3000) is None
    assert counted_from("talks", -1, True, (), [*before[:2], later], since=3000) == feb - dt.timedelta(days=1)


@pytest.mark.parametrize("before", EXAMPLES["superlative_of"])
def test_superlative_of_examples(before: str) -> None:
    assert vocabulary()["superlative_of"].search(before)


@pytest.mark.parametrize("before", EXAMPLES["not_superlative_of"])
def test_not_superlative_of_examples(before: str) -> None:
    assert not vocabulary()["superlative_of"].search(before)


def test_an_article_dates_what_its_news_came_after() -> None:
    """End to end: the count after the call's own sentence dates the talks it came after."""
    claims = claims_of("Trump and Putin held a call on Monday for two hours. "
                       "The call came three days after Russian and Ukrainian delegations met in Istanbul.")
    counted_claim = _dated(claims, "three days after")
    assert len(counted_claim) == 1
    # published Thursday 29 January 2026: the call on Monday 26 January, the talks on the 23rd
    assert counted_claim[0].when.start == dt.date(2026, 1, 23)
    assert counted_claim[0].basis == "explicit"


def test_a_count_from_a_signing_or_a_visit_finds_the_verb_that_told_it() -> None:
    """"Two days after the signing" counts from "signed the grain agreement ... on Monday";
    "The visit came a day after" from "arrived in Kyiv ... on Tuesday"."""
    claims = claims_of("Russia and Ukraine signed the grain agreement in Istanbul on Monday. "
                       "Two days after the signing, missiles struck the port of Odesa.")
    assert [c.when.start for c in _dated(claims, "Two days after")] == [dt.date(2026, 1, 28)]
    # the lead's opening date governs the clause after its comma: "agreed" names the signing
    claims = claims_of("On Monday, the Trilateral Contact Group of envoys in Minsk finally agreed on the formula. "
                       "Thousands protested in Kyiv. Two days after the signing, Putin spoke in Moscow.")
    assert [c.when.start for c in _dated(claims, "Two days after")] == [dt.date(2026, 1, 28)]
    claims = claims_of("Four European leaders arrived in Kyiv by overnight train on Tuesday. "
                       "The visit came a day after Putin hosted a parade in Moscow.")
    assert [c.when.start for c in _dated(claims, "a day after")] == [dt.date(2026, 1, 26)]


def test_a_count_from_comments_or_a_strike_finds_the_saying_or_the_night_that_told_it() -> None:
    """"The comments came two days after" counts from "said on Wednesday" (a saying is what
    comments are); "The strike came three days after" from a lead opening on its night ("In the
    early hours of Friday, Russia fired a missile at Lviv": the clause the night opens)."""
    claims = claims_of("Trump said on Wednesday that Kyiv should not target Moscow. "
                       "Reporters asked him twice. "
                       "The comments came two days after Trump threatened tariffs on buyers of Russian oil.")
    # published Thursday 29 January 2026: said on Wednesday the 28th, the threat on the 26th
    assert [c.when.start for c in _dated(claims, "two days after")] == [dt.date(2026, 1, 26)]
    claims = claims_of("In the early hours of Friday, Russia fired a ballistic missile at the Lviv region. "
                       "Heating was restored. "
                       "The strike came three days after European leaders signed a declaration in Paris.")
    # Friday the 23rd: the signing on the 20th
    assert [c.when.start for c in _dated(claims, "three days after")] == [dt.date(2026, 1, 20)]
    # ... the subject opening a second clause
    claims = claims_of("Erdogan met Putin in Sochi on Wednesday. Ukraine was not on the agenda, but the "
                       "meeting came eight days after Erdogan told the UN General Assembly that Turkey "
                       "would not recognise the annexation of Crimea.")
    assert [c.when.start for c in _dated(claims, "eight days after")] == [dt.date(2026, 1, 20)]


def test_a_count_pointing_back_or_aside_dates_from_the_day_just_told() -> None:
    """"On Friday, Trump said ... His remarks came a day after ...": Thursday; "... on Monday,
    a day after US officials met a Ukrainian team": Sunday. Both the outlet's counts."""
    claims = claims_of("On Friday, Donald Trump said Washington would take a pass. "
                       "His remarks came a day after Secretary of State Marco Rubio warned in Paris "
                       "that the US could move on.")
    (remarks,) = _dated(claims, "a day after")
    assert remarks.when.start == dt.date(2026, 1, 22) and remarks.attribution is None
    claims = claims_of("Russian and US delegations met in Riyadh on Monday, a day after US officials "
                       "met a Ukrainian team in the Saudi capital.")
    (aside,) = _dated(claims, "a day after")
    assert aside.when.start == dt.date(2026, 1, 25)
    # ... or from a part of the day ("on Tuesday morning, a day after ...": Monday)
    claims = claims_of("Russia launched another wave of missiles on Tuesday morning, a day after its "
                       "largest aerial attack of the war left parts of Ukraine without power.")
    (aside,) = _dated(claims, "a day after")
    assert aside.when.start == dt.date(2026, 1, 26)
    # ... never from a day the counted clause names itself
    claims = claims_of("Zelensky called on Western partners to let Ukraine use long-range weapons, a day "
                       "after Russia launched one of its largest air attacks of the war on Monday.")
    assert not _dated(claims, "a day after")
    # a sentence of two days counts from neither
    claims = claims_of("Talks held on Monday and Tuesday, a day after the strike, were useful.")
    assert not _dated(claims, "a day after")


def _dated(claims, date_text: str) -> list:
    """The claims dated by the expression ``date_text``."""
    return [c for c in claims if c.timex is not None and c.timex.text == date_text]


def test_a_captions_date_anchors_no_anaphor_after_it() -> None:
    """A photo's date is not the day the next paragraph goes on about: "the morning" after a
    caption of the day before is the report's morning."""
    claims = _claims_of("Delegations met in Riyadh for talks on the Black Sea.\n\n"
                        "![Delegation](https://a.example/d.jpg)\n"
                        "*Members of the delegation in Riyadh, January 27, 2026. Defense Ministry/Handout via "
                        "REUTERS*\n\nThe meeting started in the morning, state media reported.",
                        "2026-01-29")
    (morning,) = _dated(claims, "the morning")
    assert morning.when.start == dt.date(2026, 1, 29)


def test_a_count_opening_a_sentence_dates_it_from_what_it_came_after() -> None:
    """"A day after the talks, a drone hit a bus": the day after the talks, found as a word of
    their kind ("Friday's meeting")."""
    claims = claims_of("Friday's meeting at the Dolmabahce Palace lasted less than two hours. "
                       "A day after the talks, a Russian drone hit a bus.")
    (bus,) = _dated(claims, "A day after")
    assert bus.when.start == dt.date(2026, 1, 24)
    claims = claims_of("A day after the talks, a Russian drone hit a bus.")
    assert not _dated(claims, "A day after")
    # a word of the kind only next to the claim's own date: February 28 is no meeting's
    claims = claims_of("Three days after the Istanbul meeting, the most substantial since the "
                       "negotiators first sat down together in Belarus on February 28, caution "
                       "stands out. A day before the talks, a missile hit Mykolaiv.")
    assert not _dated(claims, "A day before")


def test_a_count_after_what_just_ended_and_an_aside_of_the_reports_news() -> None:
    """"Four days after they end, Ushakov ...": from the last day of the talks just told;
    "The Kremlin has played down hopes ..., a day after Russia promised ...": the day before
    the report's, and the report's day for its news."""
    claims = claims_of("The first trilateral talks take place in Abu Dhabi on January 23-24. "
                       "Four days after they end, Kremlin aide Yuri Ushakov says Zelensky is "
                       "welcome in Moscow.")
    (after,) = _dated(claims, "Four days after")
    assert after.when.start == dt.date(2026, 1, 28)
    claims = claims_of("The Kremlin has played down hopes of a breakthrough in peace talks, a day "
                       "after Russia promised to reduce military activity around Kyiv.")
    assert sorted((c.basis, c.when.start.isoformat()) for c in claims) == [
        ("explicit", "2026-01-28"), ("publication", "2026-01-29")]


def test_a_time_allowed_or_compared_dates_no_happening() -> None:
    """"within the next week": how long something may take; "a day later than Moscow had
    announced": a comparison with a plan. Neither is when something happened."""
    claims = claims_of("Lead sentence here. Guarantees will be formalised within the next week. "
                       "The talks were held near the border, a day later than Moscow had announced.")
    assert not [c for c in claims if c.timex is not None]
    # the time a comparison is made with ("than a year ago"), not a span the date counts
    claims = claims_of("Lead sentence here. Zelensky also has less political capital than a year ago. "
                       "More than a year ago, Putin met Zelensky in Paris.")
    assert [c.timex.text for c in claims if c.timex is not None] == ["More than a year ago"]


def test_a_security_named_by_when_it_falls_due_dates_no_happening() -> None:
    """"with notes due 2032 dropping": the bond's name; the Friday of the fall is the news."""
    claims = claims_of("Lead sentence here. Ukraine's dollar bonds fell on Friday, with notes due 2032 "
                       "dropping as much as 2 cents.")
    assert [c.timex.text for c in claims if c.timex is not None] == ["Friday"]


def test_a_futures_contract_named_by_its_month_dates_no_happening() -> None:
    """"The December soft red winter wheat contract", "Wheat for July delivery": a contract's
    name (probe_events103, and the gold of probe_events40, 78 and 95), its exchange's place and
    its grade between ("September Kansas City hard red winter wheat", "September milling wheat",
    probe_events119); the month a preposition governs, or a month's deliveries or exports, are
    dates."""
    claims = claims_of("Lead sentence here. The December soft red winter wheat contract settled up "
                       "17 cents on Monday. Wheat for July delivery climbed on Tuesday. Chicago March "
                       "corn fell. In March wheat exports fell. Russia's December deliveries fell. "
                       "September Kansas City hard red winter wheat closed down 21 cents. September "
                       "milling wheat fell. September wheat exports rose. October winter wheat sowing "
                       "fell. Ukraine's September winter wheat plantings were delayed.")
    assert [c.timex.text for c in claims if c.timex is not None] == ["Monday", "Tuesday", "March",
                                                                      "December", "September", "October",
                                                                      "September"]


def test_a_count_from_a_subject_never_dated_gives_no_date() -> None:
    claims = claims_of("Delegations met in Istanbul on Friday. "
                       "The call came three days after the meeting in Istanbul.")
    assert not [c for c in claims if c.timex is not None and c.timex.text.endswith("after")]


def test_a_count_opening_the_sentence_dates_its_clause_whatever_coarser_dates_follow() -> None:
    """"The call comes a day after Marc Fogel, held in Russia since August 2021, arrived back":
    the day before the call's; with a day inside the clause, the count dates the subject from
    it ("The talks took place a day after the SBU struck four airfields on June 1": June 2)."""
    claims = _claims_of("President Donald Trump said Wednesday that he and Putin had a lengthy "
                        "phone call.\n\nThe call comes a day after Marc Fogel, who had been held "
                        "in Russia since August 2021, arrived back in the U.S.", "2025-02-12")
    assert [(c.timex.text, c.when.start.isoformat()) for c in claims] == [
        ("Wednesday", "2025-02-12"), ("a day after", "2025-02-11"), ("August 2021", "2021-08-01")]
    claims = _claims_of("The talks were held in Istanbul on June 2.\n\nThe talks took place a day "
                        "after Ukraine's Security Service struck four airfields on June 1.",
                        "2025-06-02")
    assert [(c.timex.text, c.when.start.isoformat()) for c in claims] == [
        ("June 2", "2025-06-02"), ("a day after", "2025-06-02"), ("June 1", "2025-06-01")]


def test_a_bare_overnight_dates_the_night_before_the_report_by_its_morning() -> None:
    """TimeML leaves a bare "overnight" untagged; a sentence with no other date is the night
    before the report's day, dated as outlets date it (by the morning it ended). Never an
    overnight train, and never beside a date of its own ("on Friday morning", "into Sunday")."""
    (shelled,) = _claims_of("Overnight, Russian troops shelled the Zaporizhzhia plant.", "2022-03-04")
    assert (shelled.timex.text, shelled.timex.value) == ("Overnight", "2022-03-03TNI")
    assert (shelled.when.start, shelled.when.end) == (dt.date(2022, 3, 4), dt.date(2022, 3, 4))
    assert [c.basis for c in _claims_of("The leaders arrived in Kyiv by overnight train.",
                                        "2025-05-10")] == ["publication"]  # (the report's news)
    (friday,) = _claims_of("Russia launched 100 drones overnight, the air force said on Friday "
                           "morning.", "2025-05-16")
    assert friday.timex.text == "Friday morning"
    # beside a coarser date only, the night too ("telling a marathon press conference in Kyiv
    # overnight that the attempt would be made next week")
    told = _claims_of("Zelensky accused people linked to Russia of plotting a coup, telling a press "
                      "conference in Kyiv overnight that the attempt would be made next week.", "2021-11-27")
    assert sorted(c.timex.text for c in told) == ["next week", "overnight"]


def test_a_night_of_overnight_began_the_day_before() -> None:
    from generator.events import night_of

    (shelled,) = _claims_of("Overnight, Russian troops shelled the Zaporizhzhia plant.", "2022-03-04")
    assert night_of(shelled) == dt.date(2022, 3, 3)


def test_a_newspapers_name_is_no_date() -> None:
    """"Jeanine Santucci and Kim Hjelmgaard USA TODAY": a byline's outlet, not today."""
    assert not [c for c in _claims_of("Prigozhin turned his men back.\n\nJeanine Santucci and Kim "
                                      "Hjelmgaard USA TODAY", "2023-06-24") if c.basis == "explicit"]


def test_overnight_after_a_day_told_just_before_is_the_night_after_it() -> None:
    """"On Friday, June 23, Prigozhin posted a video. // Overnight, his fighters crossed into
    Russia" in an explainer of the Tuesday after: the night after Friday; after a day of the
    background (years before), the night before the report."""
    claims = _claims_of("On Friday, June 23, Prigozhin posted a video.\n\nOvernight, his fighters "
                        "crossed into Russia.", "2023-06-27")
    assert claims[-1].timex.text == "Overnight" and claims[-1].when.start == dt.date(2023, 6, 24)
    claims = _claims_of("The war began on February 24, 2022.\n\nOvernight, drones hit Kyiv.",
                        "2025-05-18")
    assert claims[-1].timex.text == "Overnight" and claims[-1].when.start == dt.date(2025, 5, 18)
    # (only after a day the sentence before opens on: not a day told inside it, "an exchange
    # that was carried out on Thursday")
    claims = _claims_of("The round produced an exchange of 314 prisoners that was carried out on "
                        "Thursday, with the mediation of the UAE.\n\nOvernight, Russia launched "
                        "more than 400 drones.", "2026-02-07")
    assert claims[-1].timex.text == "Overnight" and claims[-1].when.start == dt.date(2026, 2, 7)
    # (not when the sentence turns to the report's news: "Meanwhile", words said now)
    for turn in ("Meanwhile, Naftogaz said Russia attacked its gas facilities overnight.",
                 "Naftogaz says Russia attacked its gas facilities overnight."):
        claims = _claims_of(f"JD Vance said on Sunday that the request was being considered.\n\n{turn}",
                            "2025-10-03")
        assert claims[-1].timex.text == "overnight" and claims[-1].when.start == dt.date(2025, 10, 3)


def test_a_quoted_today_is_the_day_the_sentence_before_told() -> None:
    """'... in his evening address on Monday. "Today I discussed ..."': the words were said
    on Monday; a "today" of the outlet's own is the report's day, and so is a quoted one after
    a sentence telling the report's day."""
    claims = claims_of("The next round is planned in Istanbul. Zelensky announced this late on "
                       "Monday in his evening address. \"Today I discussed the exchange with "
                       "Umerov,\" the head of state said.")
    assert [c.when.start for c in _dated(claims, "Today")] == [dt.date(2026, 1, 26)]
    claims = claims_of("Zelensky spoke late on Monday in his evening address. Today the "
                       "delegation flew to Istanbul.")
    assert [c.when.start for c in _dated(claims, "Today")] == [dt.date(2026, 1, 29)]
    claims = claims_of("Zelensky spoke on Thursday in Kyiv. \"Today I discussed the exchange with "
                       "Umerov,\" he said.")
    assert [c.when.start for c in _dated(claims, "Today")] == [dt.date(2026, 1, 29)]


def test_an_opening_later_is_the_day_told_before() -> None:
    """"Trump told reporters on Monday ... // "It's not good," he said. // Later, speaking in
    the Oval Office, he said ...": Monday (a sentence of no date between keeps it); never
    a bare "Earlier" (any day before that one), nor with no day told before."""
    claims = claims_of("Trump told reporters on Monday that Putin had called him. \"It's not good,\" "
                       "he said. Later, speaking in the Oval Office, he said it was possible.")
    assert [c.when.start for c in _dated(claims, "Later")] == [dt.date(2026, 1, 26)]
    claims = claims_of("Trump told reporters on Monday that Putin had called him. Earlier, the "
                       "Kremlin had disclosed that it extended an invitation.")
    assert _dated(claims, "Earlier") == []
    claims = claims_of("Trump told reporters on Monday that Putin had called him. Earlier, the "
                       "foreign minister, Vadym Prystaiko, said the ships would be back soon.")
    assert _dated(claims, "Earlier") == []
    claims = claims_of("Trump told reporters that Putin had called him. Later, speaking in the "
                       "Oval Office, he said it was possible.")
    assert _dated(claims, "Later") == []
    claims = claims_of("Trump told reporters on Monday that Putin had called him. Earlier this "
                       "year, Peskov said a meeting was possible.")
    assert _dated(claims, "Earlier") == []
    # hours before or after a clause: that day too; hours before a noun count from it
    claims = claims_of("Zelensky landed in Florida on Sunday for talks. Hours before Zelensky "
                       "arrived, Trump spoke with Putin by phone.")
    assert [c.when.start for c in _dated(claims, "Hours before")] == [dt.date(2026, 1, 25)]
    claims = claims_of("Zelensky landed in Florida on Sunday for talks. Hours before the talks, "
                       "a drone hit Kyiv.")
    assert not [c for c in claims if c.timex is not None and c.timex.rule == "later-that-day"]


def test_an_hour_alone_dates_nothing() -> None:
    """"The truce began at 18:00 Moscow time": an hour of the day the report tells, no date of
    its own (the dev corpus and nine probe sets never count one); with its day it is the day."""
    assert not _dated(claims_of("The truce began at 18:00 Moscow time."), "18:00")
    assert not _dated(claims_of("Putin spoke to reporters after 1 a.m. in the Kremlin."), "1 a.m.")
    assert [c.when.start for c in _dated(claims_of("The truce ended at 18:00 on Sunday."), "18:00 on Sunday")] \
        == [dt.date(2026, 1, 25)]


def test_a_count_pointing_back_after_a_semicolon_dates_its_clause() -> None:
    """"On Monday, jets entered Estonian airspace; nine days before that, drones crossed into
    Poland": the drones' day, nine days before Monday."""
    claims = claims_of("On Monday, three jets entered Estonian airspace; nine days before that, "
                       "some 19 drones crossed into Poland.")
    assert [c.when.start for c in claims if c.timex is not None and c.timex.rule == "counted-from"] \
        == [dt.date(2026, 1, 17)]


def test_a_count_from_the_subject_to_a_day_told_after_it_dates_the_subject() -> None:
    """"The conversation took place ten days before the elections, which are scheduled for
    July 21": the conversation's day, July 11; a count opening the sentence dates nothing so."""
    claims = claims_of("The conversation took place ten days before the early elections in "
                       "Ukraine, which are scheduled for July 21.")
    assert [c.when.start for c in claims if c.timex is not None and c.timex.rule == "counted-from"] \
        == [dt.date(2026, 7, 11)]
    claims = claims_of("Three days after the Istanbul meeting, the envoys who first met in "
                       "Belarus on February 28 are cautious.")
    assert not [c for c in claims if c.timex is not None and c.timex.rule == "counted-from"]
    # (what it counts to told as a clause of its own before the date: the date is another's,
    # "today" the pullback's start, no day of the agreement three days before; probe_events54
    # had it three days after the report)
    claims = claims_of("The summit came three days after the Contact Group in Minsk agreed a "
                       "pullback of weapons, which is due to begin in the Luhansk region today.")
    assert not [c for c in claims if c.timex is not None and c.timex.rule == "counted-from"]


def test_a_later_clause_with_a_speaker_of_its_own_speaks_its_date() -> None:
    """"Russia's defence ministry said there had been no plans, while Belarus said it had
    informed Warsaw overnight": Belarus speaks the night; the ministry a date of its own clause."""
    speakers = speakers_of("Russia's defence ministry said on Wednesday there had been no plans to "
                           "strike Poland, while Belarus said it had informed Warsaw on Tuesday.")
    assert speakers["Tuesday"] == "Belarus"
    assert speakers["Wednesday"] == "Russia's defence ministry"


def test_a_clause_of_time_speaks_the_date_after_its_speech_verb() -> None:
    """"..., a reversal after the Pentagon confirmed last week that it had paused some
    shipments": the Pentagon's week, Trump's Monday (probe_events15 gave the week to Trump)."""
    speakers = speakers_of("Trump said Monday that the U.S. would send more weapons to Ukraine, a "
                           "reversal after the Pentagon confirmed last week that it had paused some "
                           "shipments.")
    assert speakers == {"Monday": "Trump", "last week": "the Pentagon"}
    # (a date before the clause stays the main clause's: "..., when Putin said")
    speakers = speakers_of("Putin spoke to Trump on Tuesday, two days after Zelensky said on Sunday "
                           "that he would go to Istanbul.")
    assert speakers["Sunday"] == "Zelensky" and speakers["Tuesday"] != "Zelensky"


def test_a_later_clause_after_though_speaks_its_date() -> None:
    """"Trump has said a meeting is being arranged, though the Kremlin said on Monday that none
    was planned": the Kremlin's Monday (probe_events106: Trump's)."""
    speakers = speakers_of("Trump said on Sunday a meeting was being arranged, though the Kremlin said "
                           "on Monday that none was planned yet.")
    assert speakers == {"Sunday": "Trump", "Monday": "Kremlin"}


def test_a_later_clause_of_what_a_name_owns_speaks_its_date() -> None:
    """", and Russia's foreign ministry said on Wednesday ...": the ministry speaks its
    Wednesday (no entity: the ministry is not Russia), Grossi his Monday."""
    claims = claims_of('Grossi said on Monday that the team would stay "a few days", and Russia\'s '
                       "foreign ministry said on Wednesday it would guarantee the inspectors' safety.")
    said = {c.timex.text: c.attribution for c in claims if c.timex}
    assert said["Monday"].text == "Grossi"
    assert said["Wednesday"].text == "Russia's foreign ministry" and said["Wednesday"].entity is None


def test_a_later_clause_opening_on_its_date_speaks_it() -> None:
    """", and the same evening Zelensky wrote on X that ...": Zelensky speaks the evening, not
    the first clause's subject."""
    speakers = speakers_of("On Tuesday Ursula von der Leyen unveiled a plan she says could "
                           "mobilise 800bn, and the same evening Zelensky wrote on X that he "
                           "was ready to talk.")
    assert speakers["the same evening"] == "Zelensky"


def test_a_later_clause_whose_speaker_has_a_role_before_the_name_speaks_its_date() -> None:
    """", but the Kremlin spokesman Dmitry Peskov said on Monday ...": Peskov speaks his Monday
    (the person named, not the Kremlin), the delegation its Sunday."""
    claims = claims_of("Lead sentence here. Ukraine's delegation said on Sunday the talks would begin on "
                       "Monday, but the Kremlin spokesman Dmitry Peskov said on Monday that the "
                       "Russians had only just arrived.")
    said = [(c.timex.text, c.attribution and c.attribution.entity) for c in claims if c.timex]
    assert said[-1] == ("Monday", "dmitry-peskov")
    assert said[0][0] == "Sunday" and said[0][1] != "dmitry-peskov"


def test_a_later_clause_whose_speaker_has_a_title_speaks_its_date() -> None:
    """", and Kyiv's infrastructure minister, Oleksandr Kubrakov, has said he expects the first
    ship to leave this week": the minister speaks the week, the officials the Wednesday."""
    speakers = speakers_of("The coordination center is due to open in Istanbul on Wednesday, Turkish "
                           "officials said, and Kyiv's infrastructure minister, Oleksandr Kubrakov, has "
                           "said he expects the first ship to leave \"this week.\"")
    assert speakers["this week"] == "Oleksandr Kubrakov"
    assert speakers["Wednesday"] == "Turkish officials"


def test_a_relative_clause_of_its_own_speaker_speaks_only_inside_it() -> None:
    """"Asked about Bakhmut, which Wagner group chief Yevgeny Prigozhin claimed on Saturday to
    have captured, he said: “... as of today”": Saturday is Prigozhin's, today the speaker's;
    "which the President confirmed on 25 April" (no one the registry knows) leaves the date
    the sentence's speaker's."""
    claims = {c.timex.text: c for c in _claims_of(
        "Mr Zelensky spoke at a news conference on Sunday. Asked about Bakhmut, which Wagner group "
        "chief Yevgeny Prigozhin claimed on Saturday to have captured, he said: \"Bakhmut is not "
        "occupied as of today.\"", "2023-05-21") if c.timex}
    assert claims["Saturday"].attribution.entity == "yevgeny-prigozhin"
    assert claims["today"].attribution.entity == "volodymyr-zelensky"
    (april,) = [c for c in _claims_of(
        "Kremlin press secretary Dmitry Peskov said on Tuesday that the initiative does not replace "
        "talks, which the President confirmed during his meeting with Witkoff on 25 April.",
        "2025-04-29") if c.timex and c.timex.text == "25 April"]
    assert april.attribution.entity == "dmitry-peskov"


def test_a_that_clause_of_a_noun_after_the_date_is_its_own_speakers_only() -> None:
    """"Putin was re-elected on March 18 ..., in a vote that international observers said
    offered no real choice": the observers did not say March 18 (probe_events64)."""
    (claim,) = [c for c in _claims_of(
        "Putin was re-elected on March 18 with 76.7 percent, in a vote that international observers "
        "said offered no real choice.", "2018-05-08") if c.timex]
    assert claim.attribution is None


def test_a_relative_clause_of_a_name_the_registry_does_not_know_is_its_speaker() -> None:
    """"The new timetable, which Hollande said on Friday would carry the process “into 2016”,
    leaves ...": a name (not a title) speaks its relative clause, a quote opened in it too."""
    claims = {c.timex.text: c for c in _claims_of(
        "The new timetable, which Hollande said on Friday would carry the process \"into 2016\", "
        "leaves the border in Russian hands for at least another winter.", "2015-10-05") if c.timex}
    assert claims["Friday"].attribution.text == "Hollande"
    assert claims["2016"].attribution.text == "Hollande"


def test_a_later_clause_speaker_named_with_who_she_is() -> None:
    """", and a day later Maria Zakharova, the foreign ministry spokeswoman, called the
    initiative a “dead end”": the later clause's speaker, its apposition and all."""
    claims = _claims_of("Peskov said on Wednesday that the conference was futile, and a day later Maria "
                        "Zakharova, the foreign ministry spokeswoman, called it a \"dead end\".", "2024-04-15")
    later = {c.timex.text: c for c in claims if c.timex}["a day later"]
    assert later.attribution is not None and "Zakharova" in later.attribution.text


def test_a_later_clause_speaker_with_a_role_and_no_article() -> None:
    """", while Petro Yatsenko, spokesman for Ukraine's Coordination Headquarters for the
    Treatment of Prisoners of War, told reporters the same day that ...": his, not Peskov's
    (probe_events91: both halves were Peskov's)."""
    speakers = speakers_of("\"There is no date yet,\" Kremlin spokesman Dmitry Peskov said on Monday, while "
                           "Petro Yatsenko, spokesman for Ukraine's Coordination Headquarters for the Treatment "
                           "of Prisoners of War, told reporters the same day that the next stage was ready.")
    assert speakers["the same day"] == "Petro Yatsenko"
    assert speakers["Monday"] == "Kremlin spokesman Dmitry Peskov"


def test_a_clause_after_a_semicolon_has_its_own_speaker() -> None:
    """"Shmyhal said yesterday morning that ...; in the afternoon, American media reported a
    hitch": the media speak the afternoon, and "; Pyongyang had confirmed" does not speak the
    clause before it."""
    speakers = speakers_of("Prime Minister Denys Shmyhal said on Tuesday morning that Ukraine hoped "
                           "to sign the documents; in the afternoon, American media reported a "
                           "last-minute hitch over the annexes.")
    assert speakers["the afternoon"] == "American media"
    assert speakers["Tuesday morning"] == "Prime Minister Denys Shmyhal"
    speakers = speakers_of("Putin used Monday to praise the soldiers; Pyongyang had confirmed their "
                           "deployment on Saturday.")
    assert speakers["Monday"] is None and speakers["Saturday"] == "Pyongyang"


def test_a_report_naming_its_own_outlet_as_the_source_speaks_itself() -> None:
    """"As Ukrainian News reported, ..." in a Ukrainian News report: the outlet speaks, as in
    the rest of its report (claims.own_outlet); another outlet named so is the speaker."""
    from dataclasses import replace

    body = ("Lead sentence here. As Ukrainian News reported, Zelensky received 73% of the vote on "
            "April 21. As Interfax reported, the count ended on April 22.")
    s = replace(source(body, dt.date(2019, 5, 20)), outlet="Ukrainian News")
    said = {c.timex.text: c.attribution and c.attribution.text
            for c in extract_claims(s, split_sentences(s.raw, s.body_start)) if c.timex}
    assert said == {"April 21": None, "April 22": "Interfax"}


def test_a_subject_named_by_its_title_only_is_the_person_the_article_named_so() -> None:
    """"The President was hosting Lavrov on Tuesday" after "US President Donald Trump said ...":
    the President is Trump, who acts in that claim (claims, attribution.attribute_sentences'
    subjects); with no one named so before, no one."""
    from generator.events import agent

    body = ("Lead sentence here. US President Donald Trump said on Monday that talks would go on. "
            "The President was hosting Sergey Lavrov in the Oval Office on Tuesday.")
    (tuesday,) = [c for c in claims_of(body) if c.timex and c.timex.text == "Tuesday"]
    assert "donald-trump" in tuesday.actors and agent(tuesday) == "donald-trump"
    alone = "Lead sentence here. The President was hosting Sergey Lavrov in the Oval Office on Tuesday."
    (tuesday,) = [c for c in claims_of(alone) if c.timex and c.timex.text == "Tuesday"]
    assert "donald-trump" not in tuesday.actors


def test_a_live_entry_stamp_naming_its_day_dates_the_entry_and_leaves_its_text() -> None:
    """"**21:45 GMT (Monday)** — Russian President Vladimir Putin has signed decrees ..." on a
    live page of Tuesday: the stamp is the page's furniture (its sentence was "GMT (Monday)** —
    Russian President ...", and titled so), and what the entry tells as news is of the Monday;
    an entry whose stamp names no day keeps the page's day."""
    text = ("**21:45 GMT (Monday)** — Russian President Vladimir Putin has signed decrees "
            "recognizing the republics, the Kremlin says.\n\n**17:20 GMT** — Kremlin spokesman "
            "Dmitry Peskov says there are no concrete plans yet for a summit.")
    signed, plans = _claims_of(text, "2022-02-22")
    assert signed.text.startswith("Russian President") and plans.text.startswith("Kremlin spokesman")
    assert (signed.basis, str(signed.when.start)) == ("publication", "2022-02-21")
    assert str(plans.when.start) == "2022-02-22"


def test_a_wire_dateline_day_is_the_day_its_story_tells_from() -> None:
    """"LVIV, Ukraine, Aug 18 (Reuters) -" on a page of 19 August: its "Overnight" is the night
    to the 18th (was the 19th), its "on Thursday" the 18th; a dateline day a week before the
    page's, or after it, is not the story's (the page's date stands)."""
    text = ("LVIV, Ukraine, Aug 18 (Reuters) - Turkish President Tayyip Erdogan said on Thursday "
            "he would take up the idea with Putin.\n\nOvernight, Russian missiles hit Kharkiv.")
    said, hit = _claims_of(text, "2022-08-19")
    assert str(said.when.start) == "2022-08-18" and str(hit.when.start) == "2022-08-18"
    (_, far) = _claims_of(text.replace("Aug 18", "Aug 10"), "2022-08-19")
    assert str(far.when.start) == "2022-08-19"
    (_, later) = _claims_of(text.replace("Aug 18", "Aug 20"), "2022-08-19")
    assert str(later.when.start) == "2022-08-19"


def test_a_title_case_datelines_day_is_no_claim() -> None:
    """'Moscow, Dec 23: ...': the day the story was filed, not a date the sentence tells (the
    sentence's own 'on Friday' stays, and makes the claim)."""
    claims = _claims_of("Moscow, Dec 23: Russian President Vladimir Putin on Friday said Moscow's "
                        "further actions would depend on the West.", "2021-12-24")
    assert [c.timex.text for c in claims if c.timex is not None] == ["Friday"]


def test_an_approximate_count_lands_on_no_day() -> None:
    """"The call came less than a week after ...": no day of its own (an exact count does)."""
    lead = "Putin and Zelensky spoke by phone on Sunday, the Kremlin said. "
    vague = _claims_of(lead + "The call came less than a week after Zelensky ended a hostage standoff.",
                       "2020-07-27")
    exact = _claims_of(lead + "The call came three days after Zelensky ended a hostage standoff.",
                       "2020-07-27")
    assert not [c for c in vague if c.timex is not None and "week" in c.timex.text]
    assert [c.when.start.isoformat() for c in exact if c.timex is not None and "days" in c.timex.text] \
        == ["2020-07-23"]


def test_overnight_beside_a_day_of_a_later_clause_is_a_claim_of_its_own() -> None:
    """"made the remark overnight, hours after Zelensky visited ... yesterday": the remark is of
    the night before the report, the visit of yesterday (the probe set 36's Kozak warning); a
    day of the sentence's own clause still leaves "overnight" unread."""
    s = source("Lead sentence here. Russian envoy Dmitry Kozak made the remark to journalists "
               "overnight, hours after Zelensky visited positions around Shyrokyne yesterday.",
               dt.date(2021, 4, 9))
    dated = {c.timex.text: c.when.start for c in extract_claims(s, split_sentences(s.raw, s.body_start))
             if c.timex is not None}
    assert dated == {"overnight": dt.date(2021, 4, 9), "yesterday": dt.date(2021, 4, 8)}
    s = source("Lead sentence here. Russia struck Odesa overnight on Tuesday.", dt.date(2021, 4, 9))
    dated = [c.timex.text for c in extract_claims(s, split_sentences(s.raw, s.body_start))
             if c.timex is not None]
    assert "overnight" not in dated


def test_a_where_clause_of_its_own_subject_does_not_speak_the_date_before_it() -> None:
    """"Zelensky was in Brussels on Tuesday, where Belgian Prime Minister Alexander De Croo
    pledged 30 jets": the outlet tells the Tuesday; "where he said" would be his own."""
    speakers = speakers_of("Zelensky, meanwhile, was in Brussels on Tuesday, where Belgian Prime "
                           "Minister Alexander De Croo pledged 30 F-16 fighter jets by 2028.")
    assert speakers["Tuesday"] is None
    speakers = speakers_of("Putin was in Tashkent on Tuesday, where he told reporters that the "
                           "talks were over.")
    assert speakers["Tuesday"] == "Putin"
    speakers = speakers_of("Responding early on Friday in Brussels, where EU leaders were meeting, "
                           "Zelensky said Putin's remarks showed that he did not want peace.")
    assert speakers["early on Friday"] == "Zelensky"


def test_the_speaker_of_an_object_relative_clause_does_not_speak_the_date_before_it() -> None:
    """"to sign a new agreement that adviser Yuri Ushakov said would cover security issues":
    Ushakov says what the agreement covers, not the Wednesday of the talks."""
    speakers = speakers_of("Putin is expected to hold talks with Kim on Wednesday and to sign a new "
                           "partnership agreement that Kremlin foreign policy adviser Yuri Ushakov "
                           "said would cover security issues.")
    assert speakers["Wednesday"] is None
    speakers = speakers_of("Putin will hold talks with Kim on Wednesday, Kremlin foreign policy "
                           "adviser Yuri Ushakov said.")
    assert speakers["Wednesday"] is not None
    # ... nor one who announced or proposed the object ("a counteroffensive that Kyiv
    # announced the day before": Kyiv's day is its own, the Tuesday the outlet's)
    speakers = speakers_of("Ukraine's forces pressed on Tuesday with a counteroffensive in the south "
                           "that Kyiv announced the day before.")
    assert speakers["Tuesday"] is None and speakers["the day before"] == "Kyiv"
    speakers = speakers_of("The talks began on Monday, the day that Peskov announced the plan.")
    assert speakers["Monday"] == "Peskov"


def test_an_undated_saying_counts_its_aside_from_the_day_its_speaker_last_spoke() -> None:
    """"Putin told a virtual G20 summit on Wednesday ... // Mr Putin said that ..., a day after
    he addressed a separate BRICS meeting": the Tuesday before that Wednesday."""
    claims = claims_of("Russian President Vladimir Putin told a virtual G20 summit on Wednesday "
                       "that the war was a tragedy.\n\nMr Putin said that Russia was ready to "
                       "discuss how to stop the war, a day after he addressed a separate BRICS "
                       "meeting on the Middle East.")
    (wednesday,) = [c for c in claims if c.timex and c.timex.text == "Wednesday"]
    (count,) = [c for c in claims if c.timex and c.timex.text == "a day after"]
    assert count.when.start == wednesday.when.start - dt.timedelta(days=1)


def test_overnight_before_a_to_of_no_day_is_a_night() -> None:
    """"linked the collapse of Assad's government overnight to Russia's war": the night before
    the report ("overnight to Sunday" is Sunday's)."""
    claims = claims_of("In the post, Trump linked the collapse of Bashar Assad's government in Syria "
                       "overnight to Russia's war.")
    assert [c.timex.text for c in claims if c.timex] == ["overnight"]


def test_a_person_a_relative_clause_is_on_speaks_its_date() -> None:
    """"hit back at Henry Kissinger, the former US secretary of state, who told the Davos forum
    on Monday that ...": Monday is Kissinger's telling, not the sentence's subject's."""
    speakers = speakers_of("Mr Zelensky also hit back at Henry Kissinger, the former US secretary of "
                           "state, who told the Davos forum on Monday that Ukraine should begin "
                           "negotiations within two months.")
    assert speakers["Monday"] == "Henry Kissinger"
    # ... and so does a country or a body a "which" clause is on (probe_events75)
    speakers = speakers_of("China, which said on May 31 that it would not take part in the "
                           "conference, has not changed its position, Amherd said.")
    assert speakers["May 31"] == "China"


def test_a_time_clause_opening_the_sentence_speaks_its_own_date() -> None:
    """"When Zelensky told journalists on 27 January that ..., neither Moscow nor Washington
    confirmed the date": the clause's dates are Zelensky's; a count opening the sentence
    dates its main clause, whose speaker speaks it ("The day after Boris Johnson announced
    his resignation, Putin said ...")."""
    speakers = speakers_of("When Zelensky told journalists on 27 January that the delegations could "
                           "meet \"on Sunday\", neither Moscow nor Washington confirmed the date.")
    assert speakers["27 January"] == "Zelensky"
    assert speakers["Sunday"] == "Zelensky"
    (after,) = [c for c in claims_of("Boris Johnson announced his resignation on Thursday. The day "
                                     "after Boris Johnson announced his resignation, Russian President "
                                     "Vladimir Putin said in Moscow that Russia \"has not started "
                                     "anything yet\".") if c.text.startswith("The day after")]
    assert after.attribution is not None and after.attribution.entity == "vladimir-putin"


def test_a_part_of_a_happenings_day_is_dated_by_the_happening() -> None:
    """"on the evening of the crash": the day the article gave the crash; "on the eve of the
    talks" the day before theirs; nothing where the article dated no crash."""
    days = {c.timex.text: c.when.start.isoformat() for c in claims_of(
        "The crash near Belgorod on Wednesday killed all 74 people on board. Zelensky, who called "
        "for an international investigation on the evening of the crash, welcomed the returnees.")
        if c.timex}
    assert days["on the evening of the crash"] == days["Wednesday"]
    days = {c.timex.text: c.when.start.isoformat() for c in claims_of(
        "Putin and Xi held talks in Beijing on Thursday. On the eve of the talks, Putin praised China.")
        if c.timex}
    assert dt.date.fromisoformat(days["On the eve of the talks"]) \
        == dt.date.fromisoformat(days["Thursday"]) - dt.timedelta(days=1)
    assert not [c for c in claims_of("Zelensky called for an investigation on the evening of the crash.")
                if c.timex]


def test_a_relative_clause_speaks_only_inside_it_before_a_main_clause() -> None:
    """"Zelensky, who congratulated Finland on Twitter, is due in Warsaw on Wednesday": the
    speech of the relative clause on the subject is not what dates Wednesday (probe_events53
    had Zelensky as its speaker); a main clause that speaks keeps him ("..., added on Tuesday")."""
    got = {}
    for text in ("Ukraine's President Volodymyr Zelensky, who congratulated Finland on Twitter, "
                 "is due in Warsaw on Wednesday for talks.",
                 "Peskov, who said on Monday that talks were off, added on Tuesday that they might resume."):
        s = source(text, dt.date(2023, 4, 4))
        got.update({c.timex.text: c.attribution and c.attribution.text
                    for c in extract_claims(s, split_sentences(s.raw, s.body_start)) if c.timex})
    assert got == {"Wednesday": None, "Monday": "Peskov", "Tuesday": "Peskov"}


def test_a_relative_clause_on_an_infinitive_object_speaks_only_inside_it() -> None:
    """"Merkel travels to Kyiv on Sunday to meet President Volodymyr Zelensky, who has called
    the pipeline ...": Sunday is Merkel's trip, not Zelensky's saying (probe_events55)."""
    s = source("Merkel travels to Kyiv on Sunday to meet President Volodymyr Zelensky, who has called "
               "the pipeline a geopolitical weapon.", dt.date(2021, 8, 20))
    (sunday,) = [c for c in extract_claims(s, split_sentences(s.raw, s.body_start)) if c.timex]
    assert sunday.attribution is None


def test_the_two_leaders_are_the_two_named_just_before() -> None:
    """"The two leaders" are the two people a sentence just before names, not the two the
    article names most (probe_events58: "Putin and Merkel agreed to meet at the G-20", where
    the sentence before told Putin's call with Trump)."""
    from generator.pipeline import extract
    from generator.sources import parse_source

    body = ("Merkel met Putin in Sochi on Tuesday. Merkel told Putin that sanctions would stay. "
            "Merkel and Putin spoke for three hours.\n\n"
            "Overnight, Putin also spoke by telephone with US President Donald Trump. "
            "The Kremlin said the two leaders had agreed to meet in Hamburg in July.\n")
    front = '---\ntitle: "Sochi"\nurl: https://example.com/s\npublished: 2017-05-03\n---\n'
    source, _ = parse_source(front + body, "s.md", "s")
    claim = next(c for c in extract((source,)).claims if "two leaders" in c.text)
    assert {"vladimir-putin", "donald-trump"} <= set(claim.actors)
    assert "angela-merkel" not in claim.actors


def test_an_office_is_whoever_held_it_when_the_article_was_written() -> None:
    """"The Ukrainian president" of an article of June 2014 is Poroshenko, as speaker, as actor
    and in titles (probe_events67: the registry gave the office to Zelensky whenever written)."""
    from generator.events import title_of

    text = ("The Ukrainian president said on Saturday that talks would resume. Obama said on "
            "Monday that the Ukrainian president had agreed to the plan.")
    talks, plan = _claims_of(text, "2014-06-21")
    assert talks.attribution.entity == "petro-poroshenko"
    assert "petro-poroshenko" in plan.actors and "volodymyr-zelensky" not in plan.actors
    assert title_of([talks]) == "Poroshenko says talks will resume"
    assert title_of([plan]) == "Obama says Poroshenko agreed to the plan"
    (now,) = _claims_of("The Ukrainian president said on Saturday that talks would resume.", "2020-06-21")
    assert now.attribution.entity == "volodymyr-zelensky" and title_of([now]) == "Zelensky says talks will resume"


@pytest.mark.parametrize(("text", "dated"), [
    ("The talks took place days before Christmas.", []),
    ("Zelensky said he hoped for a deal just before Christmas.", []),
    ("The army withdrew weeks after 5 May, officials said.", []),
    # a date that qualifies a noun after it names that thing's day; a day after "before" alone
    # is that day's bound as before
    ("Protests began days after the 24 February invasion.", ["the 24 February"]),
    ("The talks will end before Christmas.", ["Christmas"]),
    ("The report was published just before midnight on Monday.", ["midnight on Monday"]),
])
def test_an_offset_of_no_measure_from_a_date_dates_nothing(text: str, dated: list) -> None:
    """"Just before Christmas", "days before Christmas": some day near it, not Christmas Day
    (probe_events71 dated both 25 December)."""
    assert [c.timex.text for c in _claims_of(text, "2025-12-27") if c.timex] == dated


@pytest.mark.parametrize(("text", "day"), [
    ("Two days before the May 7 runoff, the campaign said it had been hacked.", "2017-05-05"),
    ("A week after the May 7 runoff, Macron took office.", "2017-05-14"),
])
def test_a_measured_offset_from_a_day_is_the_day_counted(text: str, day: str) -> None:
    """"Two days before the May 7 runoff" is 5 May (probe_events70 read 7 May, the offset
    dropped); the claim's expression spans both."""
    (claim,) = _claims_of(text, "2017-05-30")
    assert (str(claim.when.start), claim.timex.text) == (day, text.split(" runoff")[0].split(",")[0])


def test_what_a_correction_says_an_earlier_version_got_wrong_is_no_claim() -> None:
    """"Correction: An earlier version of this article said the call took place on Thursday.
    It took place on Friday, April 2." (probe_events74): the Thursday is retracted."""
    found = _claims_of("An earlier version of this article said the call took place on Thursday. "
                       "It took place on Friday, April 2.", "2021-04-02")
    assert [c.timex.text for c in found] == ["Friday, April 2"]


def test_a_speaker_of_a_clause_after_the_date_speaks_only_inside_it() -> None:
    """"Ben Wallace met Sergei Shoigu in Moscow on Friday, as Britain told its nationals to leave
    Ukraine": the clause of time or reason after the date has its own speaker, and the date is
    the meeting's (probe_events118 gave it to Britain); one the outlet cites there ("..., as
    Peskov said.") speaks for the sentence."""
    claims = claims_of("Lead sentence here. Defence Secretary Ben Wallace met Sergei Shoigu in Moscow on "
                       "Friday, as Britain told its nationals to leave Ukraine. The talks ended on Saturday, "
                       "as Peskov said. The first troops arrived in Poland on Sunday, and Moscow called the "
                       "move \"destructive\".")
    assert [(c.timex.text, c.attribution and c.attribution.text) for c in claims if c.timex is not None] \
        == [("Friday", None), ("Saturday", "Peskov"), ("Sunday", None)]
