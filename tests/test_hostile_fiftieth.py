"""The fiftieth hostile sweep (hostile50): the reading rules of 299de5d9 attacked, each finding run
beside a6174bea. Regressions it found, each fixed in the same session (``_lead`` wants a past
or an auxiliary right after the name; a described name opens its clause, ``CLAUSE_OPENS``; the
participles that govern their "on" are no deeds of a day, ``PASSIVE_ON``; a day the words are
about is no day of saying, ``SAID_ABOUT``; "hold talks" with no article looks ahead): the "he" after a sentence naming two people (``_lead``)
takes a name that only modifies the subject ("Zelensky aides met Trump. He said" -> Zelensky,
"Trump supporters booed Zelensky" -> Trump) and one of two subjects joined by "as well as",
"plus" or "versus" (both were no one), and an event title names that person too ("Zelensky flies
home"); the description rules (``APPOSED_OF``, "one of" in ``APPOSED_DESCRIPTION``) take the
object of a verb or of a preposition ``OBJECT_OF`` lacks for the speaker ("Everyone who knew
Zelensky, from his days as a comedian, said" -> Zelensky, "Soldiers who fought near Bakhmut, one
of the fiercest battles of the war, said", "A post on Telegram, from the ministry's account,
said") and beat an inverted speaker ("Russian troops took Avdiivka, of the Donetsk region, said
the general staff" -> Avdiivka); ``PASSIVE_ON`` reads an "on" the participle governs ("was
focused on", "was silent on", "were briefed on", "was fixed on") as the day of the deed, so the
day ahead goes a year back ("Moscow was focused on the May 9 parade", written 30 April 2025 ->
2024-05-09); ``DAY_OR_PART`` makes a quote's "today" the day after "said" though that day is what
the words are about ('"..." he said of the session due on Friday evening' -> Friday; the plain
"on Friday" so read already, older). Gaps: "hold talks" / "begin talks" with no article, "hold two
days of talks" never look ahead (tense.yaml). Older: "Putin's envoy met Trump. He said" -> Trump;
"Putin critic Ivan Petrov ... He said" -> Putin; a verb's object before a title description
("Those who met Navalny, the opposition leader, said" -> Navalny), the last of a pair before
", of the embassy in Kyiv," -> "the embassy in Kyiv". Held: the session's cases; a "he" after a
woman subject is the man named after her, a "she" after a man the woman; lists of three, "and",
"or", "not", "unlike", "along with", a description naming the other, an opening clause, a quote
before its speaker; "Russia, from the outset, said", "Trump, formerly at odds with Zelensky,
said", polls ("In Kyiv, of the 40 people polled, 30 said"), a preposition's object before "one
of", "said prosecutors" after ", of the Azov regiment,"; plans in a past passive ("was moved
to", "was rescheduled on Monday for", "agreed to begin", "hopes were pinned on"), "the 8th",
"eight days later", the year's turn both ways; a part of the day after "said" in the quote's own
week; a plural's habit, "in the end", "from the start", "failed to", "did not" look back;
pronouns' passives keep "is/are"; ``_lead`` reads in proportion to the text (counted)."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import timeline_of
from tests.test_hostile_forty_ninth import _events
from tests.test_hostile_forty_sixth import _dates, _who


def _he(body: str, published: str = "2025-05-14") -> tuple[str | None, str | None]:
    """The speaker (as written, entity) of the article's last dated claim."""
    return _who(body, published)[-1]


def _titles(body: str, published: str = "2025-05-14") -> list[str]:
    return [title for title, _, _ in _events(body, published=published)]


def _day(text: str, published: str, which: str) -> str:
    """The value of the mention ``which`` in ``text`` written on ``published``."""
    return dict(_dates(text, dt.date.fromisoformat(published)))[which]


THEN = " He said on Tuesday that the talks were useful."


# ------------------------------------------------------------------ speakers: "he" after two people
def test_he_after_two_people_is_the_subject():
    """Guards: the session's cases, its title, and where "he" or "she" cannot be the subject."""
    assert _titles("Vladimir Putin, who was sworn in on May 7, is due to travel to China for talks with Xi Jinping. "
                   "On Sunday he replaced Shoigu as defence minister.", "2024-05-13")[-1] \
        == "Putin replaces Shoigu as defence minister"
    for body, entity in (
            ("German Chancellor Friedrich Merz met French President Emmanuel Macron in Berlin." + THEN,
             "friedrich-merz"),
            ("After the talks, Putin thanked Xi Jinping." + THEN, "vladimir-putin"),
            ("\u201cWe are friends,\u201d Putin told Xi Jinping." + THEN, "vladimir-putin"),
            ("Giorgia Meloni met Trump in Washington." + THEN, "donald-trump"),
            ("Ursula von der Leyen met Zelensky in Kyiv." + THEN, "volodymyr-zelensky"),
            ("Putin received Kamala Harris in Moscow. She said on Friday that the talks had failed.",
             "kamala-harris"),
            ("Putin is a killer, Biden said. He added on Tuesday that Russia would pay.", "joe-biden")):
        assert _he(body)[1] == entity, (body, _he(body))


@pytest.mark.parametrize("body", [
    "Putin, Xi and Modi met in Kazan." + THEN,
    "Vladimir Putin, Xi Jinping and Narendra Modi met in Kazan." + THEN,
    "Trump or Zelensky must give way." + THEN,
    "Trump, not Zelensky, gave way." + THEN,
    "Trump, unlike Zelensky, gave way." + THEN,
    "Trump, along with Zelensky, visited the front." + THEN,
    "Zelensky, the Ukrainian president, and Trump met in Rome." + THEN,
    "Putin, a former KGB officer who met Xi Jinping, praised Trump." + THEN,
    "Putin met Xi Jinping. She said on Tuesday that the talks were useful.",
])
def test_no_subject_of_its_own_no_he(body: str):
    """Guards: a list, two subjects, an aside naming the other, a "she" after two men."""
    assert _he(body) == (None, None), _he(body)


@pytest.mark.parametrize("body,wrong", [
    ("Zelensky aides met Trump in Washington." + THEN, "volodymyr-zelensky"),
    ("Trump supporters booed Zelensky in Washington. He said on Tuesday that he was not offended.", "donald-trump"),
    ("Macron officials briefed Merz in Paris." + THEN, "emmanuel-macron"),
])
def test_a_name_before_a_plural_noun_is_no_subject(body: str, wrong: str):
    """At a6174bea no one; the singular "he" is the other or no one."""
    assert _he(body)[1] != wrong, _he(body)


@pytest.mark.parametrize("body", [
    "Trump as well as Zelensky spoke." + THEN,
    "Trump plus Zelensky spoke." + THEN,
    "Zelensky versus Trump was the story of the day." + THEN,
])
def test_two_subjects_joined_otherwise(body: str):
    assert _he(body) == (None, None), _he(body)


@pytest.mark.parametrize("body,wrong", [
    ("Zelensky aides met Trump in Washington on Monday. He flew home on Tuesday.", "Zelensky"),
    ("Trump as well as Zelensky spoke in Rome on Saturday. He flew home on Sunday.", "Trump"),
])
def test_titles_name_no_wrong_lead(body: str, wrong: str):
    assert not _titles(body)[-1].startswith(wrong), _titles(body)


@pytest.mark.xfail(strict=True, reason="hostile50: older, a possessive's owner is skipped and the object (or one "
                                       "the owner's man names) is 'he'")
@pytest.mark.parametrize("body,wrong", [
    ("Putin's envoy met Trump in Washington on Monday." + THEN, "donald-trump"),
    ("Putin's spokesman said Trump was welcome." + THEN, "donald-trump"),
    ("Putin critic Ivan Petrov fled after Putin's speech. He said on Tuesday that Russia would strike.",
     "vladimir-putin"),
])
def test_he_is_not_the_owner_or_the_object(body: str, wrong: str):
    assert _he(body)[1] != wrong, _he(body)


def test_lead_reads_in_proportion(monkeypatch: pytest.MonkeyPatch):
    """Guard: characters ``_lead`` reads (its text, once for each person it is given) for many
    sentences and for one long sentence of many people, at two sizes: linear (counted)."""
    from generator import attribution
    read = [0]
    real = attribution._lead

    def counting(text, persons, w):
        read[0] += len(text) * len(persons)
        return real(text, persons, w)

    monkeypatch.setattr(attribution, "_lead", counting)
    for unit, close, n0 in (("Putin met Xi Jinping in Beijing on Monday. ", "", 100),
                            # (one sentence: longer ones are not read for their people at all)
                            ("Putin met Xi Jinping, Modi and Erdogan on Monday, ", "and left.", 15)):
        sizes = []
        for n in (n0, 2 * n0):
            read[0] = 0
            timeline_of(unit * n + close + THEN, published=lambda _: "2025-05-14")
            sizes.append(read[0])
        assert 0 < sizes[1] <= 2.5 * sizes[0], (unit, sizes)


# ------------------------------------------------------------------ speakers: a name before a description
def test_a_description_after_a_name():
    """Guards: the session's cases, a body, a polled group, a preposition's object, an inverted
    speaker after the one described."""
    assert _he("\u201cIt was a mistake,\u201d David Holmes, of the embassy in Kyiv, said on Monday.", "2019-11-20") \
        == ("David Holmes", None)
    assert _he("Russia, from the outset, said on Monday that it would veto the resolution.")[1] == "russia"
    assert _he("Trump, formerly at odds with Zelensky, said on Monday that tariffs would rise.")[1] == "donald-trump"
    assert _he("The court jailed Ivan Petrov, of the Azov regiment, said prosecutors on Monday.")[0] == "prosecutors"
    for body in ("In Kyiv, of the 40 people polled, 30 said on Monday that the war would end.",
                 "However, of the 40 people polled, most said on Monday that the war would end.",
                 "Friends of Ivan Petrov, one of the victims, said on Monday that he had changed.",
                 "Women who fled Mariupol, one of the cities hit hardest, said on Monday that they were hungry.",
                 "People who left Mariupol, from the Azovstal plant, told reporters on Monday that they were tired.",
                 "Volunteers who drove to Kherson, now with its bridge destroyed, said on Monday that they were tired."):
        assert _he(body) == (None, None), (body, _he(body))


@pytest.mark.parametrize("body,wrong", [
    ("Everyone who knew Zelensky, from his days as a comedian, said on Monday that he had changed.", "Zelensky"),
    ("Those who met Navalny, from his early days in politics, said on Monday that he had changed.", "Navalny"),
    ("Soldiers who fought near Bakhmut, one of the fiercest battles of the war, said on Monday that they were tired.",
     "Bakhmut"),
    ("A post on Telegram, from the ministry's account, said on Monday that the strikes would go on.", "Telegram"),
])
def test_an_object_before_a_description_is_no_speaker(body: str, wrong: str):
    assert _he(body)[0] != wrong, _he(body)


@pytest.mark.parametrize("body", [
    "Russian troops took Avdiivka, of the Donetsk region, said the general staff on Monday.",
    "Russian troops took Avdiivka, one of the towns on the front line, said Ukraine's general staff on Monday.",
])
def test_the_place_before_an_inverted_speaker(body: str):
    assert _he(body)[0] != "Avdiivka", _he(body)


@pytest.mark.xfail(strict=True, reason="hostile50: older, a verb's object before a titled description, and the last "
                                       "of a pair before ', of the ...,' (its place) speak")
@pytest.mark.parametrize("body,wrong", [
    ("Those who met Navalny, the opposition leader, said on Monday that he had changed.", "Navalny"),
    ("A friend who knew David Holmes, the US diplomat, said on Monday that he was honest.", "David Holmes"),
    ("Fiona Hill and David Holmes, of the embassy in Kyiv, said on Monday that the call was improper.",
     "the embassy in Kyiv"),
])
def test_older_descriptions(body: str, wrong: str):
    assert _he(body)[0] != wrong, _he(body)


# ------------------------------------------------------------------ dates: a day "on" of a past passive
def test_a_past_passives_day_lies_behind():
    """Guards: the session's case, plans told in a past passive, ordinals, a day counted to, the
    year's turn both ways."""
    assert _day("The airliner that was shot down near Tehran on January 8 carried 176 people.", "2020-12-30",
                "January 8") == "2020-01-08"
    for text in ("The vote was moved to January 8.", "The vote was rescheduled on Monday for January 8.",
                 "The deal was signed on Monday and takes effect on January 8.",
                 "A ceasefire was agreed to begin on January 8.", "Hopes were pinned on the January 8 talks.",
                 "Elections were called for January 8.", "The delegation was sent to Minsk on January 8."):
        assert _day(text, "2019-12-30", "January 8") == "2020-01-08", text
    assert _day("Kyiv was hit on the 8th.", "2019-12-30", "the 8th") == "2019-12-08"
    assert _day("The annexation was formalised at a Kremlin ceremony on Sept. 30, eight days later.", "2022-10-01",
                "Sept. 30") == "2022-09-30"
    assert _day("The prisoners were exchanged on December 29.", "2020-01-02", "December 29") == "2019-12-29"
    assert _day("Kyiv was hit on Monday.", "2025-05-14", "Monday") == "2025-05-12"


@pytest.mark.parametrize("text,published,which,want", [
    ("Attention was focused on the January 8 vote in parliament.", "2019-12-30", "January 8", "2020-01-08"),
    ("Moscow was focused on the May 9 parade.", "2025-04-30", "May 9", "2025-05-09"),
    ("Talks were focused on January 8.", "2020-01-03", "January 8", "2020-01-08"),
    ("The government was silent on the January 8 deadline.", "2019-12-30", "January 8", "2020-01-08"),
    ("Ministers were briefed on the January 8 plan.", "2019-12-30", "January 8", "2020-01-08"),
    ("The deadline was fixed on January 8.", "2019-12-30", "January 8", "2020-01-08"),
])
def test_an_on_the_participle_governs(text: str, published: str, which: str, want: str):
    assert _day(text, published, which) == want, _dates(text, dt.date.fromisoformat(published))


# ------------------------------------------------------------------ dates: a quote's "today"
def test_a_quotes_today_with_a_part_of_a_day():
    """Guards: the day of saying, its part named, in the quote's week; the article's day where
    the part is not the saying's."""
    assert _day("\u201cThe city was quiet today,\u201d he said late on Friday night.", "2025-05-19", "today") \
        == "2025-05-16"
    assert _day("\u201cThe city was quiet today,\u201d he said in a post on Friday evening.", "2025-05-19", "today") \
        == "2025-05-16"
    assert _day("\u201cWe vote today,\u201d he said this morning.", "2025-05-14", "today") == "2025-05-14"
    assert _day("\u201cThe vote is today,\u201d he said, ahead of the Friday evening session.", "2025-05-14",
                "today") == "2025-05-14"


@pytest.mark.parametrize("text", [
    pytest.param("\u201cThe city was quiet today,\u201d he said of the session due on Friday evening."),
    pytest.param("\u201cWe vote today,\u201d he said of the vote scheduled for Friday evening."),
    pytest.param("\u201cThe city was quiet today,\u201d he said of the session due on Friday."),
])
def test_a_day_spoken_of_is_not_the_saying(text: str):
    assert _day(text, "2025-05-14", "today") == "2025-05-14", _dates(text)


# ------------------------------------------------------------------ tense: a plural's visit or talks
def test_a_plurals_visit_ahead_and_what_looks_back():
    """Guards: the session's case, a habit in a relative clause, "the end"/"the start" as nouns,
    "failed to", "did not", the past."""
    assert _day("King Charles III and Queen Camilla begin a state visit to Italy on Monday.", "2025-04-06",
                "Monday") == "2025-04-07"
    assert _day("Zelensky and Trump hold a meeting at the White House on Friday.", "2025-02-26",
                "Friday") == "2025-02-28"
    for text in ("The leaders, who usually hold a summit each spring, met in Rome on Monday.",
                 "In the end the talks collapsed on Monday.", "From the start the talks went badly on Monday.",
                 "The two leaders failed to hold a meeting on Monday.", "The two leaders did not end the talks on Monday.",
                 "The two leaders held a meeting on Monday.", "Since the leaders began their talks on Monday, little "
                 "has changed."):
        assert _day(text, "2025-05-14", "Monday") == "2025-05-12", text


@pytest.mark.parametrize("text,published,which,want", [
    ("Rubio and Lavrov hold talks in Riyadh on Tuesday.", "2025-02-17", "Tuesday", "2025-02-18"),
    ("Zelensky and Trump begin talks at the White House on Friday.", "2025-02-26", "Friday", "2025-02-28"),
    ("The delegations hold two days of talks in Istanbul on Monday.", "2025-05-14", "Monday", "2025-05-19"),
])
def test_talks_with_no_article_ahead(text: str, published: str, which: str, want: str):
    assert _day(text, published, which) == want


# ------------------------------------------------------------------ headlines: a pronoun's passive
@pytest.mark.parametrize("body,title", [
    ("He was buried at the Troyekurovskoye cemetery on Wednesday.", "He is buried at the Troyekurovskoye cemetery"),
    ("They were forced to leave on Monday.", "They are forced to leave"),
    ("He was, however, arrested on Monday.", "He is arrested"),
    ("She was awarded the Nobel Peace Prize on Monday.", "She is awarded the Nobel Peace Prize"),
])
def test_a_pronouns_passive_keeps_its_auxiliary(body: str, title: str):
    assert _titles(body) == [title]
