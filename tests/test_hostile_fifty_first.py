"""The fifty-first hostile sweep (hostile51): the reading rules of 42d89816 (and of 28875d30 before
it) attacked, each finding run beside 299de5d9 and a6174bea. Regressions, all but one fixed in
the same session (``SAID_ABOUT`` only 'said of' and a plan's 'due on' after the verb; ``PASSIVE_ON``'s
exclusions only the participles that govern their "on"; no "open" in the talks rule; ``_lead``
takes adverbs, times and leaders' presents, ``lead_presents``, never across a semicolon; the
new titles in ``titled_holders``, outside the "he" ambiguity; ``_titled_name`` and
``thing_name_ends`` keep bodies and things out; no outlet after a holder; ``_held_around`` keeps
"the envoy" unlinked beside a registered envoy; ``CLAUSE_OPENS`` after single quotes; left: the
commander replaced): ``SAID_ABOUT`` takes
any "of" within three words after "said" and any "due/expected/set" for words about a day, so a
quote's "today" is no longer the day of saying after '"...," said the head of the city council on
Friday', 'said one of the organisers', 'said the mayor of Kharkiv', 'the mayor, who is expected to
resign, said', 'wrote about the shelling late on Friday', 'told a meeting of volunteers on Friday
evening'; ``PASSIVE_ON``'s new exclusions (reported, counted, settled, built, updated, drawn,
consulted, decided) are deeds of a day before a bare date ("The first case was reported on
January 8", written 2020-12-30 -> 2021-01-08); tense.yaml's plural "hold talks" with no article
takes the adjective "open" for the verb ("The two sides held open talks in Geneva on Monday" ->
the Monday ahead); ``_lead`` wants a past or an auxiliary right after the name, so it loses the
subject before a present, a modal's plan, an adverb the list lacks or a time ("Putin meets Xi
Jinping", "Zelensky plans to meet Trump", "Putin warmly greeted", "Zelensky on Monday spoke") and
still takes it across a semicolon ("Putin stayed in Moscow; Xi Jinping flew home. He said" ->
Putin, older than this commit, a6174bea none); the new holders (judge, prosecutor, commander)
make a body's name an unknown person, which loses the "he" after a present ("Zelensky visits the
Prosecutor General's Office. He said" -> no one) and, through ``titled_names``, makes the body
"the prosecutor" ("The Prosecutor General's Office ... The prosecutor said", "Cambridge Judge
Business School", "The Commander Cup"); ``UNKNOWN_TITLED`` takes an outlet after the holder for
its name ("wounded a local judge, Suspilne News said" -> "the judge" is "a local judge, Suspilne
News"), names the one replaced ("replaced the commander, Ivan Petrov, with Oleg Sidorov"), and
links beside a registered holder whose role only ends on the title ("Witkoff [US special envoy]
met the envoy of Qatar, Mohammed Al-Khulaifi. The envoy said" -> Al-Khulaifi);
``CLAUSE_OPENS`` lacks single quotes ("‘It was a mistake,’ David Holmes, of the embassy in Kyiv,
said" -> the embassy). Gaps: ``COUNTED_ON`` counts "five days after the strike", "a week after
the funeral", "the day after the funeral" as the story's own count (the year ahead); past
participles not in -ed/-en/-wn/-t ("was struck on", "was sunk on") and "late on"/"early on" are
no passive's day; "In Kyiv Judge Leonid Stepanenko" is no titled name; "The prosecutor in the
case, Ivan Petrov," is no holder in apposition. Older: an opening word or phrase without a comma
before a described name ("On Monday David Holmes, of the embassy in Kyiv, said" -> the embassy;
"But Lenur Islyamov, one of ..., told" -> the description); a group "including"/"such as" the
one described; "The last known attack" titled "Known attack ..."; a "he" after "The judge was
fired" is the earlier speaker. Held: the session's cases and their neighbours (two judges, a
judge and a prosecutor, "Prosecutor General Iryna Venediktova ... the prosecutor", openers,
quotes, "former", two ambassadors, other countries' ambassadors, "The judge said. He added");
``_lead`` with auxiliaries, listed adverbs and descriptions; dashes, brackets, a double quote's
close, a semicolon and a comma before a described name; plain past passives; "hours after" and
"a few minutes after"; "hold/begin talks" ahead with "began", habits, "after months of talks"
back; "last" kept before what does not recur and dropped before "round of talks"; durations
that are objects kept in titles; the unknown titled people's slot read in proportion (counted)."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import timeline_of
from tests.test_hostile_forty_ninth import _events
from tests.test_hostile_forty_sixth import _dates, _who

THEN = " He said on Tuesday that the talks were useful."


def _last(body: str, published: str = "2025-05-14") -> tuple[str | None, str | None]:
    """The speaker (as written, entity) of the article's last dated claim."""
    return _who(body, published)[-1]


def _titles(body: str, published: str = "2025-05-14") -> list[str]:
    return [title for title, _, _ in _events(body, published=published)]


def _day(text: str, published: str, which: str) -> str:
    """The value of the mention ``which`` in ``text`` written on ``published``."""
    return dict(_dates(text, dt.date.fromisoformat(published)))[which]


def _reg(why: str):
    return pytest.mark.xfail(strict=True, reason=f"hostile51: regression, {why}")


def _gap(why: str):
    return pytest.mark.xfail(strict=True, reason=f"hostile51: gap, {why}")


def _older(why: str):
    return pytest.mark.xfail(strict=True, reason=f"hostile51: older, {why}")


JUDGED = "Judge Leonid Stepanenko adjourned the hearing on Wednesday. "
SAID = "The judge said on Monday that the verdict would come."


# ------------------------------------------------------------------ speakers: one the registry does not know, titled
def test_titled_unknowns_the_session_reads():
    """Guards: the judge and the prosecutor titled before, each for its own title; a sentence
    opener before the title; the title after a quote; a "he" after them; no one for two judges,
    a judge in quoted words, a former judge, two ambassadors, another country's ambassador."""
    assert _last(JUDGED + SAID) == ("Judge Leonid Stepanenko", None)
    for opener in ("However ", "Meanwhile "):
        assert _last(opener + JUDGED + SAID)[0] == "Judge Leonid Stepanenko", opener
    assert _last("Yesterday Judge Leonid Stepanenko adjourned the hearing. " + SAID)[0] == "Judge Leonid Stepanenko"
    assert _last("\u201cWe will rule soon,\u201d said Judge Leonid Stepanenko on Wednesday. " + SAID)[0] \
        == "Judge Leonid Stepanenko"
    both = JUDGED + "Prosecutor Ivan Petrov asked for ten years. "
    assert _last(both + SAID)[0] == "Judge Leonid Stepanenko"
    assert _last(both + "The prosecutor said on Monday that the verdict would come.")[0] == "Prosecutor Ivan Petrov"
    assert _last("Prosecutor General Iryna Venediktova opened a case on Wednesday. The prosecutor said on Monday "
                 "that the suspect had fled.", "2020-05-14")[0] == "Prosecutor General Iryna Venediktova"
    assert _last(JUDGED + "He said on Monday that the verdict would come.")[0] == "Judge Leonid Stepanenko"
    assert _last("The judge said on Monday that the trial was fair. He added on Tuesday that the verdict would "
                 "come.")[0] == "The judge"  # (no one at 299de5d9)
    macaire = "The ambassador of the United Kingdom, Robert Macaire, "
    for body in (JUDGED + "Judge Emil Chernikov opened another case on Thursday. " + SAID,
                 "Lawyers said \u201cJudge Leonid Stepanenko is biased\u201d on Wednesday. " + SAID,
                 "Former Judge Leonid Stepanenko spoke on Wednesday. " + SAID,
                 macaire + "met the ambassador of France, Jean Dupont, on Wednesday. The ambassador said on Monday "
                 "that he had gone to a ceremony.",
                 macaire + "was summoned on Wednesday. The Russian ambassador said on Monday that he had gone to a "
                 "ceremony."):
        assert _last(body)[0] in ("The judge", "The ambassador", "The Russian ambassador"), (body, _last(body))


def test_he_beside_a_titled_unknown():
    """Guards: the subject's past before the titled one, the titled one alone."""
    assert _last("Putin met Judge Leonid Stepanenko on Wednesday. He said on Monday that the verdict would come.")[1] \
        == "vladimir-putin"
    assert _last("Putin said on Wednesday that the court was fair. Judge Leonid Stepanenko adjourned the hearing. He "
                 "said on Monday that the verdict would come.")[0] == "Judge Leonid Stepanenko"


@pytest.mark.parametrize("body,entity", [
    ("Zelensky visits the Prosecutor General's Office in Kyiv. He said on Monday that the case was closed.",
     "volodymyr-zelensky"),
    ("Putin meets Judge Leonid Stepanenko in Moscow. He said on Tuesday that the trial was fair.", "vladimir-putin"),
    ("Zelensky on Monday visited soldiers of Commander Ivan Petrov. He said on Tuesday that the army was ready.",
     "volodymyr-zelensky"),
    ("Zelensky thanks the Black Sea Fleet Commander Ivan Petrov. He said on Monday that the navy was ready.",
     "volodymyr-zelensky"),
])
def test_a_holders_name_run_keeps_the_subjects_he(body: str, entity: str):
    assert _last(body)[1] == entity, _last(body)


@pytest.mark.parametrize("body", [
    "The Prosecutor General's Office opened a case on Wednesday. The prosecutor said on Monday that the suspect had "
    "fled.",
    "Zelensky met the staff of the Prosecutor General's Office on Wednesday. The prosecutor said on Monday that the "
    "suspect had fled.",
    "Professor Ivan Petrov of Cambridge Judge Business School said on Tuesday that the economy had shrunk. The judge "
    "said on Monday that the verdict would come.",
    "The Commander Cup final was played on Tuesday. The commander said on Monday that the army was ready.",
])
def test_a_bodys_name_is_no_titled_person(body: str):
    assert _last(body)[0] in ("The prosecutor", "The judge", "The commander"), _last(body)


@pytest.mark.parametrize("body", [
    "The shelling wounded a local judge, Suspilne News said on Wednesday. The judge said on Monday that the court "
    "would reopen.",
    "Drones hit the home of a brigade commander, Ukrainska Pravda said on Wednesday. The commander said on Monday "
    "that his family was safe.",
])
def test_an_outlet_after_a_holder_is_no_name(body: str):
    assert "Pravda" not in _last(body)[0] and "Suspilne" not in _last(body)[0], _last(body)


@_reg("the one replaced is taken for 'the commander' after the replacement (unlinked at 299de5d9 and a6174bea)")
def test_the_holder_replaced_is_not_the_holder():
    assert _last("Zelensky replaced the commander, Ivan Petrov, with Oleg Sidorov on Wednesday. The commander said "
                 "on Monday that the army was ready.")[0] != "the commander, Ivan Petrov"


@pytest.mark.parametrize("body", [
    "Witkoff met the envoy of Qatar, Mohammed Al-Khulaifi, on Wednesday. The envoy said on Monday that the talks "
    "were useful.",
    "Witkoff met Qatari Envoy Mohammed Al-Khulaifi on Wednesday. The envoy said on Monday that the talks were "
    "useful.",
])
def test_two_envoys_one_registered(body: str):
    assert _last(body) == ("The envoy", None), _last(body)


@_gap("an opening phrase without a comma ('In Kyiv') stays in the run, which is then no titled name")
def test_a_place_before_the_titled_name():
    assert _last("In Kyiv " + JUDGED + SAID)[0] == "Judge Leonid Stepanenko", _last("In Kyiv " + JUDGED + SAID)


@_gap("UNKNOWN_TITLED allows 'of', 'to', 'for', 'at' after the holder, not 'in'")
def test_a_holder_in_a_case_named_in_apposition():
    assert _last("The prosecutor in the case, Ivan Petrov, said on Wednesday that the case was open. The prosecutor "
                 "said on Monday that the suspect had fled.")[0] != "The prosecutor"


@_older("a 'he' after a sentence whose subject is a titled holder ('The judge was fired') is the speaker before "
        "it (the same at 299de5d9 and a6174bea)")
def test_he_after_a_titled_subject_is_not_the_earlier_speaker():
    body = ("Zelensky said on Wednesday that the army was ready. The judge was fired on Thursday. He said on Monday "
            "that the army was ready.")
    assert _last(body)[1] != "volodymyr-zelensky", _last(body)


# ------------------------------------------------------------------ speakers: "he" after two people (_lead)
def test_lead_with_a_past_or_an_auxiliary():
    """Guards: auxiliaries, listed adverbs, a relative clause or a description before the verb;
    a name that only modifies the subject is none."""
    for body in ("Putin is hosting Xi Jinping in Moscow." + THEN, "Putin has met Xi Jinping forty times." + THEN,
                 "Putin also met Xi Jinping." + THEN, "Putin later met Xi Jinping." + THEN,
                 "Putin, who flew in on Monday, met Xi Jinping in Beijing." + THEN,
                 "Putin, a former KGB officer, met Xi Jinping in Beijing." + THEN,
                 "Zelensky will meet Trump on Friday." + THEN, "Zelensky is due to meet Trump on Friday." + THEN):
        assert _last(body)[1] in ("vladimir-putin", "volodymyr-zelensky"), (body, _last(body))
    for body in ("Putin ally Medvedev met Xi Jinping." + THEN, "Putin loyalists welcomed Xi Jinping." + THEN,
                 "Zelensky and his wife met Trump in Rome." + THEN):
        assert _last(body)[1] not in ("vladimir-putin", "volodymyr-zelensky"), (body, _last(body))


@pytest.mark.parametrize("body,entity", [
    ("Putin meets Xi Jinping in Moscow." + THEN, "vladimir-putin"),
    ("Putin hosts Xi Jinping in Moscow this week." + THEN, "vladimir-putin"),
    ("Zelensky plans to meet Trump on Friday." + THEN, "volodymyr-zelensky"),
    ("Zelensky thanks Trump for the aid." + THEN, "volodymyr-zelensky"),
    ("Putin warmly greeted Xi Jinping in Moscow." + THEN, "vladimir-putin"),
    ("Putin reportedly met Xi Jinping." + THEN, "vladimir-putin"),
    ("Zelensky himself met Trump in Rome." + THEN, "volodymyr-zelensky"),
    ("Zelensky on Monday spoke by phone with Trump." + THEN, "volodymyr-zelensky"),
    ("Zelensky last week met Trump in Rome." + THEN, "volodymyr-zelensky"),
])
def test_lead_before_a_present_an_adverb_or_a_time(body: str, entity: str):
    assert _last(body)[1] == entity, _last(body)


@pytest.mark.parametrize("body", [
    "Putin stayed in Moscow; Xi Jinping flew home." + THEN,
    "Putin is president; Xi Jinping is his guest." + THEN,
])
def test_no_lead_across_a_semicolon(body: str):
    assert _last(body)[1] != "vladimir-putin", _last(body)


# ------------------------------------------------------------------ speakers: a name before a description
def test_a_described_name_that_opens_its_clause():
    """Guards: after a dash, in brackets, after a double quote's close past its full stop, after
    a semicolon or a clause's comma."""
    for body in ("The call was improper \u2014 David Holmes, of the embassy in Kyiv, said on Monday.",
                 "The call was improper (David Holmes, of the embassy in Kyiv, said on Monday).",
                 "\u201cIt was a mistake.\u201d David Holmes, of the embassy in Kyiv, said so on Monday."):
        assert _last(body, "2019-11-20")[0] == "David Holmes", (body, _last(body, "2019-11-20"))
    assert _last("The blockade will go on \u2014 Lenur Islyamov, one of the blockade's organisers, told reporters on "
                 "Monday.", "2016-01-10")[0] == "Lenur Islyamov"
    for body in ("Activists; Lenur Islyamov, of the Mejlis, told reporters on Monday that it would go on.",
                 "The police detained two men, Lenur Islyamov, of the Mejlis, told reporters on Monday."):
        assert _last(body, "2016-01-10")[0] == "Lenur Islyamov", (body, _last(body, "2016-01-10"))


@pytest.mark.parametrize("body,published,name", [
    ("\u2018It was a mistake,\u2019 David Holmes, of the embassy in Kyiv, said on Monday.", "2019-11-20",
     "David Holmes"),
    ("'It was a mistake,' David Holmes, of the embassy in Kyiv, said on Monday.", "2019-11-20", "David Holmes"),
    ("\u2018It will go on,\u2019 Lenur Islyamov, one of the blockade's organisers, told reporters on Monday.",
     "2016-01-10", "Lenur Islyamov"),
])
def test_a_described_name_after_a_single_quote(body: str, published: str, name: str):
    assert _last(body, published)[0] == name, _last(body, published)


@_older("an opening word or phrase without a comma before a described name leaves the place or the description "
        "the speaker (the same at 299de5d9 and a6174bea)")
@pytest.mark.parametrize("body,published,wrong", [
    ("On Monday David Holmes, of the embassy in Kyiv, said that the call was improper.", "2019-11-20",
     "the embassy in Kyiv"),
    ("But David Holmes, of the embassy in Kyiv, said on Monday that the call was improper.", "2019-11-20",
     "the embassy in Kyiv"),
    ("On Monday Lenur Islyamov, one of the blockade's organisers, told reporters that it would go on.", "2016-01-10",
     "one of the blockade's organisers"),
])
def test_an_opener_without_a_comma(body: str, published: str, wrong: str):
    assert _last(body, published)[0] != wrong, _last(body, published)


@_older("a group 'including' or 'such as' the one described speaks as the description (the name at 299de5d9, "
        "the description at a6174bea)")
@pytest.mark.parametrize("body", [
    "The activists, including Lenur Islyamov, one of the blockade's organisers, told reporters on Monday that it "
    "would go on.",
    "Tatars such as Lenur Islyamov, one of the blockade's organisers, told reporters on Monday that it would go on.",
])
def test_a_group_including_the_one_described(body: str):
    assert _last(body, "2016-01-10")[0] not in ("one of the blockade's organisers", "Lenur Islyamov"), \
        _last(body, "2016-01-10")


# ------------------------------------------------------------------ dates: a quote's "today" (SAID_ABOUT)
def test_a_quotes_today_is_the_day_of_saying():
    """Guards: a pronoun's and a described speaker's day, a day the words are about."""
    for text in ("\u201cThe city was quiet today,\u201d he said on Friday.",
                 "\u201cThe city was quiet today,\u201d he said late on Friday night.",
                 "\u201cThe city was quiet today,\u201d he told the BBC on Friday.",
                 "\u201cThe city was quiet today,\u201d the chief of police said on Friday."):
        assert _day(text, "2025-05-19", "today") == "2025-05-16", text
    assert _day("\u201cThe city was quiet today,\u201d he said of the session due on Friday evening.", "2025-05-14",
                "today") == "2025-05-14"


@pytest.mark.parametrize("text", [
    "\u201cThe city was quiet today,\u201d said the head of the city council on Friday.",
    "\u201cThe city was quiet today,\u201d said one of the organisers on Friday.",
    "\u201cThe city was quiet today,\u201d said the mayor of Kharkiv on Friday.",
    "\u201cThe city was quiet today,\u201d the mayor, who is expected to resign, said on Friday.",
    "\u201cThe city was quiet today,\u201d the mayor wrote about the shelling late on Friday.",
    "\u201cThe city was quiet today,\u201d said the head of the city council late on Friday night.",
    "\u201cThe city was quiet today,\u201d the mayor told a meeting of volunteers on Friday evening.",
])
def test_of_in_the_speakers_words_is_no_day_spoken_of(text: str):
    assert _day(text, "2025-05-19", "today") == "2025-05-16", _dates(text, dt.date(2025, 5, 19))


# ------------------------------------------------------------------ dates: a day "on" of a past passive
def test_past_passives_and_counts():
    """Guards: plain past passives, an adverb before the participle, "hours after" and "a few
    minutes after" (no count of days: the year behind, 2021 at 299de5d9), "three days later"."""
    for text in ("The airliner was shot down on January 8.", "The suspect was briefly detained on January 8.",
                 "The ban was lifted on January 8.", "The men were freed on January 8.",
                 "The base was shelled on January 8, hours after the funeral.",
                 "The base was shelled on January 8, a few minutes after midnight."):
        assert _day(text, "2020-12-30", "January 8") == "2020-01-08", text
    assert _day("The ban was lifted on the 8th.", "2020-12-30", "the 8th") == "2020-12-08"


@pytest.mark.parametrize("text", [
    "The first case was reported on January 8.",
    "The first death was reported in Wuhan on January 8.",
    "The votes were counted on January 8.",
    "The lawsuit was settled on January 8.",
    "The figures were updated on January 8.",
    "The lots were drawn on January 8.",
    "The villagers were consulted on January 8.",
    "The case was decided on January 8.",
])
def test_an_excluded_participle_before_a_bare_date(text: str):
    assert _day(text, "2020-12-30", "January 8") == "2020-01-08", _dates(text, dt.date(2020, 12, 30))


@_gap("COUNTED_ON takes a count 'after' an event for the story's own count from its last day: the day ahead "
      "(the same at 299de5d9; no passive rule at a6174bea)")
@pytest.mark.parametrize("text", [
    "The base was shelled on January 8, five days after the strike on Baghdad.",
    "The base was shelled on January 8, a week after the funeral.",
    "The base was shelled on January 8, the day after the funeral.",
    "The base was shelled on January 8, days after the funeral.",
])
def test_a_count_after_an_event(text: str):
    assert _day(text, "2020-12-30", "January 8") == "2020-01-08", _dates(text, dt.date(2020, 12, 30))


@_gap("PASSIVE_ON wants a participle in -ed, -en, -wn or -t right before 'on': 'struck', 'sunk', and "
      "'late on' / 'early on' read the day ahead")
@pytest.mark.parametrize("text", [
    "The base was struck on January 8.",
    "The ship was sunk on January 8.",
    "The men were killed late on January 8.",
])
def test_other_participles_and_parts_of_a_day(text: str):
    assert _day(text, "2020-12-30", "January 8") == "2020-01-08", _dates(text, dt.date(2020, 12, 30))


# ------------------------------------------------------------------ tense: "hold/begin talks"
def test_talks_ahead_and_behind():
    """Guards: the session's case and its plural kin ahead; a past, a habit, a noun behind."""
    for text, which in (("Rubio and Lavrov hold talks in Riyadh on Tuesday.", "Tuesday"),
                        ("Moscow and Kyiv begin talks on Monday.", "Monday"),
                        ("Moscow and Kyiv begin peace talks on Monday.", "Monday"),
                        ("Moscow and Kyiv begin three days of talks on Monday.", "Monday"),
                        ("Moscow and Kyiv hold a new round of talks on Monday.", "Monday"),
                        ("Negotiators from both sides hold talks in Istanbul on Monday.", "Monday")):
        assert _day(text, "2025-05-14", which) > "2025-05-14", text
    for text in ("Moscow and Kyiv began talks on Monday.",
                 "The leaders, who usually hold talks each spring, met in Rome on Monday.",
                 "The ministers, whose countries seldom hold talks, met in Rome on Monday.",
                 "After months of talks the two sides signed a deal on Monday.",
                 "The sides agreed after long talks on Monday.",
                 "After the collapse the sides made a fresh start on Monday.",
                 "The first round ended without a date to hold talks again, officials said on Monday.",
                 "Residents who could not pay for the trip stayed home on Monday."):
        assert _day(text, "2025-05-14", "Monday") == "2025-05-12", text


@pytest.mark.parametrize("text", [
    "The two sides held open talks in Geneva on Monday.",
    "The unions demanded open talks on Monday.",
])
def test_open_talks_is_no_plan(text: str):
    assert _day(text, "2025-05-14", "Monday") == "2025-05-12", _dates(text)


# ------------------------------------------------------------------ headlines: relative_order, SAME_TAIL
@pytest.mark.parametrize("body,title", [
    ("The last Russian soldier left Kherson on Monday.", "Last Russian soldier leaves Kherson"),
    ("The last train to Kherson left on Monday.", "Last train to Kherson leaves"),
    ("The last surviving veteran of the siege died on Monday.", "Last surviving veteran of the siege dies"),
    ("The last Soviet leader Mikhail Gorbachev died on Monday.", "Last Soviet leader Mikhail Gorbachev dies"),
    ("The previous government collapsed on Monday.", "Previous government collapses"),
    ("The last round of talks was held in Istanbul on Monday.", "Talks held in Istanbul"),
    ("The festival lasts three days from Monday.", "Festival lasts three days from Monday"),
    ("The court jailed him on Monday for five years.", "Court jails him for five years"),
    ("Navalny was jailed on Monday for nineteen years.", "Navalny jailed for nineteen years"),
    ("The siege of Mariupol ended on Monday, after nearly three months.",
     "Siege of Mariupol ends, after nearly three months"),
    ("The reactor was shut down on Monday, fourteen years after the disaster.",
     "Reactor shut down, fourteen years after the disaster"),
    ("The talks on Monday lasted nine hours.", "Talks last nine hours"),
    ("Zelensky on Monday gave Putin thirty days.", "Zelensky gives Putin thirty days"),
])
def test_last_and_durations_in_titles(body: str, title: str):
    """Guards: "last" kept before what does not recur, dropped before a round of talks; a
    duration that is the object or keeps its "after" stays."""
    assert _titles(body) == [title]


@_older("'last' before 'known attack' is dropped as a recurring happening's order, leaving 'Known attack' (the "
        "same at 299de5d9 and a6174bea)")
def test_the_last_known_attack():
    assert not _titles("The last known attack on the plant was reported on Monday.")[0].startswith("Known")


# ------------------------------------------------------------------ work
def test_unknown_titled_slot_reads_in_proportion(monkeypatch: pytest.MonkeyPatch):
    """Guard: the calls ``_Titled._matches`` makes and the characters ``UNKNOWN_TITLED`` reads for
    100 and 200 pairs of "Judge ... adjourned. The judge said ...": linear (counted)."""
    from generator import attribution
    calls, read = [0], [0]
    real_matches, real_pattern = attribution._Titled._matches, attribution.UNKNOWN_TITLED

    def matches(self, *args, **kwargs):
        calls[0] += 1
        return real_matches(self, *args, **kwargs)

    class Counting:
        def finditer(self, text, *args):
            read[0] += len(text)
            return real_pattern.finditer(text, *args)

    monkeypatch.setattr(attribution._Titled, "_matches", matches)
    monkeypatch.setattr(attribution, "UNKNOWN_TITLED", Counting())
    sizes = []
    for n in (100, 200):
        calls[0] = read[0] = 0
        timeline_of((JUDGED + SAID + " ") * n, published=lambda _: "2025-05-14")
        sizes.append((calls[0], read[0]))
    assert 0 < sizes[1][0] <= 2.5 * sizes[0][0] and 0 < sizes[1][1] <= 2.5 * sizes[0][1], sizes
