"""Pure: who each sentence of an article reports as saying it.

Input: an article's sentences in order, with their registry mentions (offsets into each
sentence's text). Output: one ``Attribution | None`` per sentence. The words of news reporting
(speech verbs, "according to", titles, pronouns, capitals that speak for governments) are data,
``generator/data/attribution.yaml``, whose examples are tests.

How a sentence is read, most explicit first:

1. ``according to <speaker>`` (and kin): the speaker follows; a carrier ("according to state
   media") yields to a speaker named with a speech verb in the same sentence.
2. A speech verb (said, told, added, noted, …) outside quotation marks, with the speaker's
   noun phrase just before it ("the EU's top diplomat, Kaja Kallas, said"; between them may
   stand auxiliaries, adverbs, the day of saying, or a clause between commas), or just after
   it when a quote or a comma precedes the verb ("…," said Peskov). "he/she" takes the last
   person named, in this sentence or up to ``pronoun_reach`` sentences back; "… and said" and
   ", adding that …" take the clause's subject.
3. A proposal or demand (urged, called for, proposed, …) is its proposer's.
4. A sentence that is a quote and names nobody continues the speaker of the quote before it
   in the same paragraph; an unclosed quote takes the speaker named where it closes.

A wrong speaker is worse than none: a place (unless the data maps it to a government), a date,
a pronoun without one clear antecedent, or two coordinated names ("Putin and Trump said") give
no attribution.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
from collections import Counter, deque
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from generator import lang
from generator import latin as re
from generator.entities import Mention, Registry
from generator.model import Attribution, Sentence
from generator.text import vocabulary as text_vocabulary

DATA = Path(__file__).parent / "data" / "attribution.yaml"

TOKEN = re.compile(r"[^\W\d_][\w’'.\-]*|\d[\w.\-]*|\S")
QUOTE_MARK = re.compile(r"[“”\"]")
SINGLE_QUOTED = re.compile(r"‘[^’]*’(?!\w)")
OPEN_QUOTES = "“\"‘"
PREPOSITIONS = frozenset("""in on at of to for with from by after before about against between into
over under during near toward towards across through without within amid among via like than""".split())
# two names or more, with the commonest name_particles between them
NAME_RUN = re.compile(r"(?<![\w’'-])[A-Z][\w’'.-]*"
                      r"(?:\s+(?:(?:von|van|der|de|del|bin|al|da|la|le)\s+)*[A-Z][\w’'.-]*)+")
# a sentence opening on an owner's role and the holder's name in apposition ("Zelensky's new
# envoy, Oleh Marchenko, flew ...")
OWNED_APPOSED = re.compile(r"\s*(?:[A-Z][\w’'-]*\s+){0,3}[A-Z][\w’'-]*[’']s\s+(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*,\s+"
                           r"(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,3}),\s")
# a sentence opening on one name and a relative clause of a person ("Saakashvili, who ...")
ONE_NAME_WHO = re.compile(r"\s*(?P<name>[A-Z][\w’'-]+),\s+who\s")
# ... or on one name and a verb of the past ("Tokayev met Putin ...", "Tokayev spoke about ...":
# the endings of the past forms news writes most)
ONE_NAME_ACTS = re.compile(r"\s*(?P<name>[A-Z][\w’'-]+)\s+(?:also\s+|then\s+|later\s+)?[a-z][a-z]+(?:ed|t|k|id|ew|ent|ame)\b")
# a sentence opening on its subject in title case, offices and names ("US Secretary of State
# John Kerry was ...")
HOLDER_LEAD = re.compile(r"\s*(?:The\s+)?(?P<run>[A-Z][\w’'.-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w’'.-]*)+)\s+(?=[a-z])")
# a sentence opening on two names of one word each, with their party and state or not
NAMED_PAIR_LEAD = re.compile(r"\s*(?P<a>[A-Z][\w’'-]+)(?:,\s+[DRI]-[A-Z][A-Za-z.]{1,12}(?:\s+[A-Z][a-z.]{1,8})?)?,?"
                             r"\s+and\s+(?P<b>[A-Z][\w’'-]+)(?:,\s+[DRI]-[A-Z][A-Za-z.]{1,12}"
                             r"(?:\s+[A-Z][a-z.]{1,8})?)?,?\s+[a-z]")
QUANTIFIER = re.compile(r"(?<![\w-])(?:[Oo]ne|[Tt]wo|[Ss]ome|[Mm]any|[Ss]everal|[Nn]one|[Ee]ach)"
                        r" of\s+$")
DESCRIPTION = re.compile(r"(?<![\w-])(?:(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s+"
                         r"(?:[A-Z][\w.-]*\s+)*"
                         r"(?:[A-Z][\w.-]*[’']s?\s+)?|(?:[A-Z][\w.-]*\s+)*[A-Z][\w.-]*[’']s?\s+)"
                         r"(?:[a-z][a-z-]*\s+){1,3}$")
INNER_CAPITAL = re.compile(r"(?<=[\w,;:’'\")]) +([A-Z][\w’'-]*[a-z][\w’'-]*)")
IN_WORDS = re.compile(r"(?<![\w-])[Ii]n\s+(?P<who>(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*)[’']s?\s+"
                      r"(?:own\s+)?words\b")
DETERMINERS = frozenset("the a an two three four several some many both".split())
FREE_MODIFIERS = re.compile(r"(?:(?:^|(?<=[,:;“”\"]))\s*|(?<![\w-])(?P<det>[Tt]he|[Aa]n?|[Tt]wo|"
                            r"[Tt]hree|[Ss]everal|[Ss]ome|[Mm]any)\s+)(?P<free>(?:[a-z][a-z-]*\s+){1,2})$")
# (with where it stands after it: "Ukraine's military command in the east said")
POSSESSED_NP = re.compile(r"(?<![\w-])(?:[Tt]he\s+)?(?:[A-Z][\w.-]*\s+)*[A-Z][\w.-]*[’']s\s+"
                          r"(?P<noun>(?:[a-z][a-z-]*\s+){0,2}(?P<head>[a-z][a-z-]*))"
                          r"(?:\s+in\s+the\s+(?:north|south|east|west|northeast|northwest|southeast|"
                          r"southwest|region|capital))?$")
# (a people's adjective may come first: "the Ukrainian air force said", "the German chancellor")
# (or an organisation's initials: "The OSCE monitoring mission said"; or, with no determiner,
# a people's adjective before a plural: "Russian state news agencies say")
# (or a list of them: "The French, German, British and Spanish foreign ministers said")
# (by their endings, and those no ending gives: "The Greek and Slovak foreign ministers said")
PEOPLES = r"(?:[A-Z][a-z]+(?:an|ese|ish|ch|i)|Greek|Swiss|Slovak|Uzbek|Tajik|Kazakh|Kyrgyz|Turkmen|Lao)"
# (or a place's name: "A Moscow judge said", "a Kyiv court ruled"; probe_events69's judge had no speaker)
PLACE_WORD = (r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|"
              r"May|June|July|August|September|October|November|December)\b)[A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?")
COMMON_NP = re.compile(r"(?:(?<![\w-])(?:[Tt]he|[Aa]n?|[Tt]wo|[Tt]hree|[Ss]everal|[Ss]ome|[Mm]any)\s+"
                       rf"(?:{PEOPLES}(?:,\s+{PEOPLES}){{0,8}}(?:,?\s+and\s+{PEOPLES})?\s+|[A-Z]{{2,5}}\s+|{PLACE_WORD}\s+"
                       # (one led or backed by a named one: "A Russia-led military alliance said
                       # late Wednesday", probe_events117)
                       r"|[A-Z][\w’'.]*-(?:led|backed|based|run|controlled|installed|appointed|funded|aligned)\s+)?"
                       rf"|(?<![\w’'-]){PEOPLES}\s+(?=(?:[a-z][a-z-]*\s+){{0,2}}[a-z]{{3,}}s$))"
                       r"(?P<tail>(?:[a-z][a-z-]*\s+){0,2}(?P<head>[a-z][a-z-]*))$")
# from a pronoun to the one it speaks to: 'he told| Putin', 'she told Russian President| ...'
TOLD_LISTENER = re.compile(r"(?:he|she|He|She)\s+(?:\w+\s+)?(?:told|tells|asked|asks|warned|warns|assured|"
                           r"assures|urged|urges)\s+(?:[A-Z][\w’'.-]*\s+){0,3}")
# a sentence opening on "he" or "she" before a lower-case word: who it is, the subject of
# what follows ("He met Indonesia's President Prabowo Subianto in Jakarta on Wednesday")
PRONOUN_OPENING = re.compile(r"\s*(?P<pronoun>He|She)\s+(?=[a-z])")
LONE_NAME_SAYS = re.compile(r"(?:,[^,]*,)?\s+(?:has\s+|had\s+|also\s+)?(?:said|says|told|tells)\b")
MEMBER_OF = re.compile(r"(?<![\w-])(?:(?:[Aa]n?|[Tt]he)\s+)?(?P<t>[\w-]+)\s+(?:of|for|at)\s+$")
GOVERNED = re.compile(r"(?<![\w-])(?:" + "|".join(sorted(PREPOSITIONS)) + r")\s+$", re.IGNORECASE)
# a body's name of a list: "the Ministry of Land, Infrastructure and" (before its last word)
INSTITUTION_OF_LIST = re.compile(r"(?<![\w’'-])(?P<name>(?:[Tt]he\s+)?(?:[A-Z][\w’'-]*\s+){0,2}(?P<head>[A-Z][a-z]+)\s+"
                                 r"(?:of|for)\s+(?:the\s+)?(?:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?,\s+){1,5}[A-Z][a-z]+,?\s+(?:and|&)\s+)$")
# a minister's portfolios joined by "and" before the holder's name ("Minister of Mining and
# Energy Petar Škundrić"): the portfolio words after the "and", then the name
PORTFOLIO_HOLDER = re.compile(r"(?P<portfolio>(?:[A-Z][a-z]+\s+){1,3})(?P<name>[A-Z][\w’'.-]*\s+[A-Z][\w’'.-]*)$")
PORTFOLIO_TITLE = re.compile(r"(?<![\w’'-])(?P<title>[A-Z][a-z]+)\s+(?:for|of)\s+(?P<portfolios>(?:(?:the|of|and)\s+|[A-Z][a-z]+\s+){1,5})and\s+$")
INSTITUTION_TITLE_NAME = re.compile(r"(?:[A-Z][\w’'-]*\s+)+(?P<title>[a-z][\w-]*)\s+"
                                    r"(?P<name>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,3})$")
# (nor the one a phrase is about: "Asked about Trump, he said": the nineteenth sweep; never
# "by", the agent: "an interview given on Sunday by Zelensky ..., in which he said")
WITH_PARTY = re.compile(r"(?<![\w’'-])(?:with|about)\s+(?:[\w’'-]+\s+){0,3}$")
TIME_OPENER = re.compile(r"(?:[\w-]+\s+){1,3}(?:later|earlier|ago|afterwards|before)\s*,")
# a participle opening the sentence or a phrase after a comma, before a word in lower case:
# "Asked about the poisoning of Alexei Navalny, published on Monday by CNN, ...", "Speaking to
# reporters in Sochi, ..." (never "United Nations officials")
PARTICIPLE_OPENER = re.compile(r"[A-Za-z][a-z]{2,}(?:ed|ing)\s+[a-z]")
CLAUSE_BREAK = re.compile(r",\s+(?:but|while|whereas|although|though|yet)\s+|;\s+|\s+but\s+")
POSSESSIVE = re.compile(r"[’']s?$")
OBJECT_OF_VERB = re.compile(r"(?<![\w’'-])(?:[a-z]{2,}ed|met|hit|struck|sent|named|appointed)\s+$")
# who passes on the words of the person named before: "his office", "her spokesman"
RELAYED = re.compile(r"reports|reported|writes|wrote", re.IGNORECASE)  # an outlet passing words on
# between a speaker's verb and the outlet relaying it: the day of saying at most, then a comma
# (the time after the verb opens on a word, never on more white space: "\s+...\s*" read a run
# of spaces every way it could be cut, 4.4 s for a sentence with 1,600: the nineteenth sweep)
RELAYED_AFTER = re.compile(r"(?:\s+(?:(?:on|late|early|earlier|last|this)\s+)?\w[\w ]{0,29}?)?\s*,\s*")
OWN_CARRIER = re.compile(r"(?:his|her|their)\s+(?:office|spokes(?:man|woman|person)|press\s+(?:office|service|secretary)|aides?|staff|administration|ministry|team|representatives?)$", re.IGNORECASE)


def _words(entries: list[str], regex: bool = False) -> str:
    """An alternation of the entries, longest first; a space matches any white space."""
    parts = sorted(entries, key=len, reverse=True)
    return "|".join(p.replace(" ", r"\s+") if regex else re.escape(p).replace(r"\ ", r"\s+")
                    for p in parts)


@dataclass(frozen=True)
class Words:
    """The vocabulary of attribution, compiled."""

    speech: re.Pattern[str]
    directive: re.Pattern[str]
    naming: re.Pattern[str]  # "Zelensky called the story “a typical Russian lie”"
    naming_word: re.Pattern[str]  # ... the verb alone, its quote perhaps further on
    participle: re.Pattern[str]
    infinitive: re.Pattern[str]  # "took to Truth Social on Saturday night to say that ..."
    according: re.Pattern[str]
    between: re.Pattern[str]
    parenthetical: re.Pattern[str]
    titles: frozenset[str]
    speaker_nouns: frozenset[str]
    holders: frozenset[str]
    titled_holders: frozenset[str]  # holders a later "the judge" means only once named so
    thing_name_ends: frozenset[str]  # "school", "cup": the last words of no person's name
    clause_openers: frozenset[str]  # "when", "however": a sentence's opening word of no name
    lead_presents: frozenset[str]  # "meets", "hosts": a subject's present a later "he" follows
    title_synonyms: dict[str, str]  # "head of state" -> "president"
    title_countries: dict[str, str]  # "US" -> "United States" ("the US President")
    leader_roles: tuple[str, ...]  # "the Hungarian leader": its president, prime minister ...
    common_noun_verbs: frozenset[str]
    particles: frozenset[str]
    stop_words: frozenset[str]
    not_in_names: frozenset[str]  # "Friday Night", "Moscow Region": no one's name
    not_speaker_heads: frozenset[str]
    carriers: frozenset[str]
    carried_by: frozenset[str]
    not_names: frozenset[str]
    pronouns: frozenset[str]
    female_words: frozenset[str]  # a woman's role or honorific ("spokeswoman", "Mrs"), lower case
    female_names: frozenset[str]  # given names of women ("Maria", "Theresa")
    male_names: frozenset[str]  # ... and of men ("Jens", "Graham")
    female_endings: tuple[str, ...]  # a woman's form of a surname ("-ova", "-skaya")
    male_endings: tuple[str, ...]  # ... and a man's ("-ov", "-sky")
    governments: dict[str, str]
    reach: int
    going_on: frozenset[str]  # verbs by which a speaker named before goes on speaking ("He added")
    statement_back: re.Pattern[str]
    statement_follows: re.Pattern[str]  # a paragraph's last words announcing a statement after it
    said_colon: re.Pattern[str]  # ... or a speaker's words after a colon
    opening_clause: re.Pattern[str]  # "The day after Johnson announced his resignation, "
    closing_clause: re.Pattern[str]  # ", as soon as the UN confirmed it."
    institution_head: re.Pattern[str]  # "National Security and Defense Council Rustem Umerov"
    time_words: frozenset[str]  # "Monday", "May": never a name before a description
    portfolios: frozenset[str]  # "Energy", "Defence": a minister's, before the holder's name
    weekdays: frozenset[str]  # "Monday": never a name's, where a month may be ("Theresa May")
    timed_opening: re.Pattern[str]  # a time opening a clause before its subject: "On Tuesday he"
    pronoun_opening: re.Pattern[str]  # "He met ...", "On Saturday, he flew ...": the pronoun
    it_said: re.Pattern[str]  # "It said ...": the words of the document or office just before
    institution_end: re.Pattern[str]  # "... Defence Council": an institution's name ends here
    institution_words: frozenset[str]  # "service", "ministry": the heads of institutions' names
    body_nouns: frozenset[str]  # "the ministry", "the company": a body named before, described
    groups: frozenset[str]  # "separatists", "organizers": who speak as a group, as a subject only
    name_modifies: re.Pattern[str]  # "Trump| administration": a name before a noun is no person
    apposed_name: re.Pattern[str]  # ", Ursula von der Leyen,": a name in apposition, commas round it
    deeds: dict[str, re.Pattern[str]]  # "recalled| its ambassador": a speech verb's deed, told by what follows
    interview_cue: re.Pattern[str]  # "... Iryna Hrytsak explains", "spoke to": an interview's answerer introduced
    reported_saying: re.Pattern[str]  # "said", "explained": a report of saying, no interview's cue
    named_day: re.Pattern[str]  # "Monday", "yesterday": a sentence with its day, no interview's cue


# a quote that is no office after "as" ("dismissed Shoigu as "defence minister"" removed him)
JUDGED_NOT_OFFICE = r"(?!(?:[\w-]+\s+){0,2}(?:minister|president|chief|head|secretary|commander|governor|" \
    r"ambassador|envoy|director|chairman|mayor|prosecutor|spokesman|spokeswoman)\b)"


# what follows a naming verb: a quote within five words ("called the story “a typical Russian
# lie”"); a judging verb: "as" within twelve words ("rejected as “...” the claim" too:
# probe_events80), then a quote that is no office
NAMED_QUOTE = r"(?=\s+(?:[\w’'-]+\s+){1,5}[“\"])"
JUDGED_QUOTE = (r"(?=\s+(?:[\w’'-]+\s+){0,12}?(?<!known\s)(?<!called\s)(?<!named\s)as\s+(?:(?:an?|the)\s+)?[“\"]"
                + JUDGED_NOT_OFFICE + r")")


# a comma of a list of names inside an aside (", who marched in Paris on Sunday with
# Poroshenko, Merkel and Hollande at the rally, said" lost its speaker, probe_events79)
LISTED_NAME = r"(?-i:,(?=\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2}(?:,|\s+and\s)))"


def parse_words(data: dict) -> Words:
    return Words(
        # verbs are matched in lower case only: "States" in "the United States" is no verb
        speech=re.compile(r"(?<![\w-])(?:" + _words(data["speech_verbs"]) + r")(?![\w-])"),
        directive=re.compile(r"(?<![\w-])(?:" + _words(data["directive_verbs"], regex=True) + r")(?![\w-])"),
        naming=re.compile(r"(?<![\w-])(?:(?:" + _words(data["naming_verbs"]) + r")" + NAMED_QUOTE
                          + r"|(?:" + _words(data["judging_verbs"]) + r")" + JUDGED_QUOTE + r")"),
        naming_word=re.compile(r"(?<![\w-])(?:" + _words(data["naming_verbs"] + data["judging_verbs"]) + r")(?![\w-])"),
        participle=re.compile(r"(?:,\s*|\s+and\s+)(?:(?:" + _words(data["participles"]) + r")(?![\w-])|(?:"
                              + _words(data["naming_participles"]) + r")" + NAMED_QUOTE + r"|(?:"
                              + _words(data["judging_participles"]) + r")" + JUDGED_QUOTE + r")"),
        infinitive=re.compile(r"(?:,\s*|\s+)to\s+(?:" + _words(data["infinitives"]) + r")"
                              r"(?=\s+(?:that\b|[“\"])|\s*[,:])"
                              r"|(?<=\s)used\s+(?:his|her|their|its|a|an|the)\s+(?:[\w’'-]+\s+){0,5}?(?:"
                              + _words(data["vehicles"]) + r")(?![\w-])[^.;:“\"]{0,80}?\s+to\s+(?:"
                              + _words(data["vehicle_verbs"]) + r")(?![\w-])"),
        according=re.compile(r"(?<![\w-])(?:" + _words(data["according_to"] + data["carried_by"])
                             + r")\s+", re.IGNORECASE),
        between=re.compile(r"(?:^|\s)(?:" + _words(data["between"], regex=True) + r")$",
                           re.IGNORECASE),
        # (after a verb or a preposition, a place named with its region: ", meeting in
        # Charlevoix, Quebec,"; never "the mayor of Kyiv, Vitali Klitschko": the one named)
        # (and any participle in lower case: "Stephen Harper, campaigning for the Oct. 19
        # federal election, said", probe_events62)
        parenthetical=re.compile(r",\s*(?:(?:" + _words(data["parenthetical_openers"])
                                 + r"|(?-i:[a-z]{2,}ing))(?![\w-])(?:[^,]|" + LISTED_NAME + r")*|(?:" + _words(data["placed_asides"])
                                 + r")(?![\w-])[^,]*,\s*[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)$",
                                 re.IGNORECASE),
        titles=frozenset(w.lower() for w in data["title_words"]),
        speaker_nouns=frozenset(w.lower() for w in data["speaker_nouns"] + data["group_speakers"]),
        groups=frozenset(w.lower() for w in data["group_speakers"]),
        holders=frozenset(w.lower() for w in data["holders"]),
        titled_holders=frozenset(w.lower() for w in data["holders"] + data["titled_holders"]),
        thing_name_ends=frozenset(w.lower() for w in data["thing_name_ends"]),
        clause_openers=frozenset(w.lower() for w in data["clause_openers"]),
        lead_presents=frozenset(w.lower() for w in data["lead_presents"]),
        title_synonyms={k.lower(): v.lower() for k, v in data["title_synonyms"].items()},
        title_countries=_title_countries(data),
        leader_roles=tuple(x.lower() for x in data["leader_roles"]),
        common_noun_verbs=frozenset(data["common_noun_verbs"]),
        particles=frozenset(data["name_particles"]),
        apposed_name=re.compile(r",\s+(?P<name>[A-Z][\w’'.-]*(?:\s+(?:[A-Z][\w’'.-]*|(?:"
                                + _words(data["name_particles"]) + r")(?![\w-]))){1,3}),"),
        stop_words=frozenset(data["stop_words"]),
        not_in_names=frozenset(data["not_in_names"]),
        not_speaker_heads=frozenset(data["not_speaker_heads"]),
        carriers=frozenset(w.lower() for w in data["carriers"]),
        carried_by=frozenset(w.lower() for w in data["carried_by"]),
        not_names=frozenset(data["not_names"]),
        pronouns=frozenset(w.lower() for w in data["pronouns"]),
        female_words=frozenset(x.lower() for x in data["female_words"]),
        female_names=frozenset(data["female_given_names"]),
        male_names=frozenset(data["male_given_names"]),
        female_endings=tuple(data["female_surname_endings"]),
        male_endings=tuple(data["male_surname_endings"]),
        governments=dict(data["governments"]),
        reach=int(data["pronoun_reach"]),
        going_on=frozenset(data["going_on"]),
        statement_back=re.compile(data["statement_back"]),
        statement_follows=re.compile(data["statement_follows"]),
        said_colon=re.compile(data["said_colon"]),
        deeds={verb: re.compile(pattern) for pattern, verbs in data["deed_senses"].items()
               for verb in verbs},
        interview_cue=re.compile(r"\b(?:(?P<answers>" + _words(data["interview_answers"], regex=True) + r")|(?P<asks>"
                                 + _words(data["interview_asks"], regex=True) + r")|"
                                 + _words(data["interview_named"]) + r")\b"),
        reported_saying=re.compile(r"\b(?:" + _words(data["reported_saying"]) + r")\b"),
        named_day=re.compile(r"\b(?:" + _words(data["named_days"]) + r")\b"),
        opening_clause=re.compile(data["opening_clause"], re.IGNORECASE),
        closing_clause=re.compile(data["closing_clause"], re.IGNORECASE),
        institution_head=re.compile(r"(?:[A-Z][\w’'-]*\s+){0,3}(?:" + _words(data["institution_heads"])
                                    + r")\s+[A-Z]"),
        time_words=frozenset(data["time_words"]),
        portfolios=frozenset(data["portfolios"]),
        weekdays=frozenset(x for x in data["named_days"] if x[:1].isupper() and x.endswith("day")
                           and x not in ("Today", "Yesterday")),
        timed_opening=re.compile(rf"(?:(?:On|In|Late|Early|Later|Earlier|Then|By)\s+)?(?:(?:{_words(data['time_words'])})"
                                 rf"(?:\s+\d{{1,2}})?|\d{{1,2}}\s+(?:{_words(data['time_words'])})|Later|Then|"
                                 r"Afterwards|Yesterday|Today)\s+"),
        pronoun_opening=re.compile(rf"\s*(?:(?P<time>(?:(?:On|In|Late|Early|By)\s+)?(?:{_words(data['time_words'])})"
                                   rf"(?:\s+\d{{1,2}})?|Later|Earlier|Then|Afterwards|Yesterday|Today|"
                                   rf"{_words(data['pronoun_openers'])}),?\s+(?P<low>he|she)"
                                   r"|(?P<pronoun>He|She))\s+(?=[a-z])"),
        name_modifies=re.compile(r"\s+(?:" + _words(data["name_modifies"]) + r")(?![\w-])"),
        institution_end=re.compile(r"(?:" + _words(data["institution_heads"]) + r")\s*$"),
        institution_words=frozenset(h.lower() for h in data["institution_heads"]),
        body_nouns=frozenset(x.lower() for x in data["body_nouns"]),
        # ("It had reported using the weapon for the first time on Saturday")
        it_said=re.compile(r"\s*(?:" + _words([*data["it_pronouns"], *(x.lower() for x in data["it_pronouns"])])
                           + r")\s+(?:(?:also|further|had|has|"
                           r"earlier|previously|first|later)\s+){0,2}(?:"
                           + _words(data["speech_verbs"]) + r")(?![\w-])"),
    )


def _title_countries(data: dict) -> dict[str, str]:
    """A country's word before a title -> the country: ``title_countries``, and for every other
    people's adjective of the headlines' ``demonyms`` its country's longest name ("Belarusian"
    -> "Belarus", "Emirati" -> "United Arab Emirates"): one table of the world's adjectives.

    >>> t = _title_countries({"title_countries": {"US": "United States"}})
    >>> t["US"], t["Belarusian"], t["Emirati"]
    ('United States', 'Belarus', 'United Arab Emirates')
    """
    out = dict(data["title_countries"])
    for country, adjective in lang.package_data(DATA.parent / "headlines.yaml")["demonyms"].items():
        country = country.removeprefix("the ")
        if adjective not in out or adjective not in data["title_countries"] and len(country) > len(out[adjective]):
            out[adjective] = country
    return out


@lru_cache(maxsize=1)
def words() -> Words:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return parse_words(yaml.load(DATA.read_text(encoding="utf-8"), Loader=loader))


# ------------------------------------------------------------------ noun phrases
@dataclass(frozen=True)
class _Pronoun:
    """A speaker still to resolve: a pronoun at ``at`` in the sentence."""

    at: int


NEAR = 200
"""How far back from a verb a speaker's phrase is looked for (characters), so that patterns
anchored at the verb do not scan whole sentences (a third of the time). Speaker phrases in the
dev corpus and the examples are at most 59 characters, and a clause between commas before the
verb adds under 80 ("Vladimir Medinsky, who heads the Russian delegation at the talks with
Ukraine, said"); a document's list of issuers reaches 170 ("A joint declaration issued by
French President Emmanuel Macron, …"), so that pattern looks 400 back."""


def written(text: str, phrase: str, start: int = 0) -> re.Match[str] | None:
    """Where ``phrase`` (its words joined by single spaces, as attributions hold them) stands in
    ``text`` as written: a hard-wrapped "the\nforeign minister" is "the foreign minister".

    >>> written("said the\\nforeign minister on Monday", "the foreign minister").span()
    (5, 25)
    """
    words_ = phrase.split()
    if not words_:
        return None
    return re.compile(r"\s+".join(map(re.escape, words_))).search(text, start)


def _near(text: str, end: int, reach: int = NEAR) -> int:
    """Where to start looking back from ``end``: a word start about ``reach`` characters before
    it (patterns anchored at ``end`` need not scan the whole sentence)."""
    if end <= reach:
        return 0
    space = text.rfind(" ", 0, end - reach)
    return space + 1 if space >= 0 else 0


def _is_name(token: str, w: Words) -> bool:
    return token[:1].isupper() and token not in w.not_names and token.lower() not in w.pronouns \
        or (joined := HYPHENED_PARTICLE.match(token)) is not None and joined.group(1).lower() in w.particles
    # (a particle joined to the name by a hyphen is the name's: "Haider al-Abadi announced ..."
    # had no speaker, probe_events72)


HYPHENED_PARTICLE = re.compile(r"([a-z]{1,4})-[A-Z][a-z]")


def _base(token: str) -> str:
    return POSSESSIVE.sub("", token.rstrip(".")) if POSSESSIVE.search(token) else token.rstrip(".")


# the sentence and vocabulary _chain_back last read, and its phrases there by where they end: a
# phrase before a comma is read again for each name after it ("Putin, Peskov, Lavrov, ...":
# every name's phrase reads back through all the commas before it), so a list of names cost
# the square of its length (a sentence of 1,960 characters of names and commas: 330 ms)
_CHAINED: list = [None, None, {}]


def _chain_back(text: str, end: int, w: Words) -> tuple[int, int] | None:
    """The speaker-like noun phrase ending at ``end``: names, titles, 'of', possessives, a
    determiner, and one appositive comma after a titled description ("the mayor of Kyiv,
    Vitali Klitschko"). None when nothing name-like ends there."""
    if _CHAINED[0] is not text or _CHAINED[1] is not w:
        _CHAINED[:] = [text, w, {}]
    chained = _CHAINED[2]
    if end not in chained:
        chained[end] = _chain_back_read(text, end, w)
    return chained[end]


def _month_surname(token: str, before: str, w: Words) -> bool:
    """Is ``token``, a month's name, a surname after ``before``, a given name or an honorific
    ("Theresa May", "Mrs May": the month is no name anywhere else)?"""
    return token in w.time_words and token not in w.weekdays and before[:1].isupper() \
        and before not in w.time_words and before.lower() not in PREPOSITIONS \
        and before.lower() not in TIME_OPENERS \
        and (_is_name(before, w) or before.rstrip(".") in HONORIFICS)


# words of time before a month, never a name's ("By May Zelensky said", "Every May Putin says")
TIME_OPENERS = frozenset({"by", "until", "till", "throughout", "from", "during", "every", "each", "since",
                          "early", "late", "mid", "last", "next", "this", "that", "in", "on", "before", "after",
                          "around", "about", "through", "circa"})


# a time is no word of a speaker's: "for two days Serbian media spoke", "A day later Foreign
# Minister Andrii Sybiha accused"
TIME_NOUNS = frozenset({"day", "week", "month", "year", "hour", "minute", "night", "weekend", "decade"})


def _chain_back_read(text: str, end: int, w: Words) -> tuple[int, int] | None:
    tokens = list(TOKEN.finditer(text, _near(text, end), end))
    start, i = None, len(tokens) - 1
    while i >= 0:
        t = tokens[i].group()
        low = t.lower()
        if low == "the" and start is not None and i >= 2 and tokens[i - 1].group() in ("of", "for") \
                and (_is_name(tokens[i - 2].group(), w) or _base(tokens[i - 2].group().lower()) in w.titles):
            start = tokens[i].start()  # "The Border Directorate of the FSB for the Republic of
            i -= 1  # Crimea": an organisation named after what it is of, or for
            continue
        if low in DETERMINERS and (t.islower() or low in ("the", "a", "an") or i == 0):
            if start is not None:
                start = tokens[i].start()
                if low not in ("the", "a", "an") and i > 0 and tokens[i - 1].group() in ("the", "The"):
                    start = tokens[i - 1].start()  # "the two leaders"
            break
        if start is None:  # the head: a name, a speaker noun or a title
            if _is_name(t, w) or low in w.speaker_nouns or _base(low) in w.titles \
                    or i > 0 and _month_surname(t, tokens[i - 1].group(), w):
                start = tokens[i].start()
                i -= 1
                continue
            return None
        if _is_name(t, w) or _base(low) in w.titles or low in w.speaker_nouns \
                or (POSSESSIVE.search(t) and t[:1].isalpha()) \
                or i > 0 and _month_surname(t, tokens[i - 1].group(), w):
            start = tokens[i].start()
        elif low in ("of", "for") and i > 0 and (_is_name(tokens[i - 1].group(), w)
                                        or _base(tokens[i - 1].group().lower()) in w.titles):
            start = tokens[i].start()
        elif low in w.particles and i > 0 and (_is_name(tokens[i - 1].group(), w)
                                               or tokens[i - 1].group().lower() in w.particles):
            start = tokens[i].start()  # "Ursula von der Leyen"
        elif low == "and" and 2 < i and _is_name(tokens[i - 1].group(), w) and tokens[i + 1].group()[:1].isupper() \
                and any(tokens[k].group() in ("of", "for") and tokens[k - 1].group().lower() in w.institution_words
                        for k in range(max(1, i - 3), i - 1)):
            start = tokens[i].start()  # an institution's name of two things: "the Ministry of
            # Health and Social Protection said" (probe_events68), never two people's names
        elif t in ("-", "–") and i > 0 and _is_name(tokens[i - 1].group(), w) \
                and tokens[i + 1].group()[:1].isupper():
            start = tokens[i].start()  # "the Opposition Platform - For Life party"
        elif t[:1].isupper() and i > 1 and tokens[i - 1].group() in ("-", "–") \
                and _is_name(tokens[i - 2].group(), w):
            start = tokens[i].start()  # (its "For")
        elif t == "," and i > 0:
            # an appositive: "<title description>, <Name>"; kept only if the part before the
            # comma is a description (has a title word), else the name stands alone
            left = _chain_back(text, tokens[i].start(), w)
            if left and (d := DESCRIPTION.search(text, _near(text, left[0]), left[0])) \
                    and not any(x in PREPOSITIONS for x in d.group().lower().split()):
                left = d.start(), left[1]  # "The Kremlin's foreign policy aide, Yuri Ushakov"
            if left and GOVERNED.search(text, _near(text, left[0]), left[0]):
                left = None  # "In an interview with Fox News, Vance said": no description
            if left and OBJECT_OF_VERB.search(text, _near(text, left[0]), left[0]):
                left = None  # "hours after the crash that killed his interior minister,
                # Zelensky told ...": the description is the verb's object, not his
            right = TOKEN.findall(text[start:end])
            described = TOKEN.findall(text[left[0]:left[1]]) if left else []
            if any(_base(x.lower()) in w.titles for x in described) \
                    and all(_is_name(x, w) and _base(x.lower()) not in w.titles or x in w.particles
                            for x in right):
                return left[0], end
            break
        else:
            break
        i -= 1
    if start is None:
        return None
    phrase = TOKEN.findall(text[start:end])
    # a few plain words before a title or a speaker noun: "local officials", "the election
    # commission", "chief executive Mary Barra" (never before a determiner: "..., measures
    # the government announced")
    if (f := FREE_MODIFIERS.search(text, _near(text, start), start)) \
            and not re.match(r"(?:the|a|an)\s", text[start:end], re.IGNORECASE) \
            and not any(x in PREPOSITIONS or x in w.stop_words or x.rstrip("s") in TIME_NOUNS
                        for x in f.group("free").split()) \
            and not w.speech.search(f.group("free")) and not w.directive.search(f.group("free")) \
            and (phrase[-1].lower() in w.speaker_nouns
                 or any(_base(x.lower()) in w.titles for x in phrase)):
        start = f.start("det") if f.group("det") else f.start("free")
    if q := QUANTIFIER.search(text, _near(text, start), start):  # "one of the interlocutors"
        start = q.start()
    elif (q := MEMBER_OF.search(text, _near(text, start), start)) \
            and q.group("t").lower() in w.titles | w.speaker_nouns:
        start = q.start()  # "a member of the Russian delegation", "the head of the agency"
    # drop capitalised sentence openers left of the phrase ("As Newsweek", "But Putin")
    while True:
        m = TOKEN.match(text, start)
        if m and m.group() in w.not_names and m.group().lower() not in DETERMINERS and m.end() < end:
            start = m.end()
            while start < end and text[start].isspace():
                start += 1
            continue
        break
    return start, end


def _chain_forward(text: str, start: int, w: Words) -> tuple[int, int] | None:
    """The noun phrase starting at ``start`` (a name or a determiner and a name), up to the first
    word that cannot belong to a speaker's name."""
    end = None
    for m in TOKEN.finditer(text, start):
        t, low = m.group(), m.group().lower()
        if end is None and low in ("the", "a", "an"):
            continue
        if _is_name(t, w) or (end is not None and (_base(low) in w.titles or low in w.speaker_nouns)):
            end = m.end()
        elif end is not None and low in w.particles:
            continue
        elif low == "of" and end is not None:
            continue
        else:
            break
    if end is None:
        return None
    if text[end - 1] == "." and end == len(text.rstrip()):
        end -= 1
    return start, end


def _head(text: str, span: tuple[int, int], w: Words) -> tuple[int, int]:
    """The offsets of the head word of a speaker phrase: its last word, or the name before a
    trailing 'of <place>' ("Adam Smith of Washington")."""
    s, e = span
    if (m := LIST_OF.fullmatch(text, s, e)) and m.group("noun") in w.speaker_nouns:
        return m.start("noun"), m.end("noun")  # "the leaders of Russia, Ukraine and France"
    tokens = list(TOKEN.finditer(text, s, e))
    for k in range(len(tokens) - 1, 0, -1):
        if tokens[k].group() == ",":
            break
        if tokens[k].group() in ("in", "at", "from") and tokens[k - 1].group().islower() \
                and tokens[k - 1].group() in w.speaker_nouns:
            return tokens[k - 1].start(), tokens[k - 1].end()  # "Western diplomats in New York"
        if tokens[k].group() == "of":
            before = tokens[k - 1].group()
            if _is_name(before, w) and _base(before.lower()) not in w.titles \
                    or before.islower() and before in w.speaker_nouns \
                    or w.institution_end.fullmatch(before) and before.lower() in w.speaker_nouns:
                # "Adam Smith of Washington", "the head of state", "the leaders of France, …",
                # "The Ministry of Defence"
                return tokens[k - 1].start(), tokens[k - 1].end()
            break
    last = tokens[-1]
    return last.start(), last.end()


COMMENTED = re.compile(r"(?:\b(?:a|an|the)\s+(?:claim|charge|allegation|assertion|accusation|version)s?\s+"
                       r"|,\s+(?:a|an)\s+(?:(?!(?:after|before|since|ago|later|earlier|when|as)\b)[a-z][\w-]*\s+){1,2})"
                       # (", a step Trump has made clear"; not ", a day after Zelensky said")
                       # (", a move analysts say reflects ...": those who comment, unnamed)
                       r"(?:that\s+|which\s+)?(?:the\s+)?(?:(?:[A-Z][\w’'-]*\s+){1,3}|(?:many\s+|some\s+|most\s+)?"
                       r"(?:analysts|experts|observers|critics|commentators|diplomats|officials)\s+)"
                       r"(?:(?:has|have|had)\s+)?$")


def _unregistered_person(named: re.Match, phrase: str, mentions: Sequence[Mention],
                         w: Words) -> str | None:
    """The name in apposition after a description of its holder ("The Commission President,
    Ursula von der Leyen,") when the registry does not know it: a person's name (two to four
    capitalised words, the commonest particles between them, no title, nothing the registry
    knows as another kind), after a description headed by a title or a speaker noun."""
    name = " ".join(named.group("name").split())
    parts = name.split()
    if not 2 <= len(parts) <= 4 or not parts[0][:1].isupper() or not parts[-1][:1].isupper() \
            or any(x in w.particles for x in parts[:1] + parts[-1:]) \
            or any(not x[:1].isupper() and x not in w.particles or _base(x.lower()) in w.titles
                   or x.lower() in w.speaker_nouns or x.lower() in w.stop_words or x.lower() in w.not_in_names
            for x in parts):
        return None
    if any(m.start < named.end("name") and named.start("name") < m.end for m in mentions):
        return None  # a place, an organisation, or a person the description is not
    head = phrase.split()[-1].lower()
    if _base(head) not in w.titles and head not in w.speaker_nouns:
        return None
    return name


APPOSED_BODY = re.compile(r",\s+the\s+(?P<name>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}),")


def _resolve(text: str, span: tuple[int, int] | None, mentions: Sequence[Mention],
             registry: Registry, w: Words) -> Attribution | _Pronoun | None:
    """The attribution a speaker phrase gives, or None when it names no speaker."""
    if span is None:
        return None
    s, e = span
    while e > s and text[e - 1] in " ,\n\t":
        e -= 1
    phrase = " ".join(text[s:e].split())
    if not phrase:
        return None
    if phrase.lower() in w.pronouns:
        return _Pronoun(s)
    # "Ukraine's foreign minister, Andrii Sybiha, later dismissed ...": the name in apposition
    # says who the description is
    named = w.apposed_name.match(text, e)
    if named and not _is_name(text[e - 1:e] or " ", w):
        people = [m for m in mentions if m.start == named.start("name") and m.end == named.end("name")
                  and registry.get(m.entity).kind == "person"]
        if people:
            return Attribution(named.group("name"), people[0].entity)
        if (name := _unregistered_person(named, phrase, mentions, w)) is not None:
            return Attribution(name, None)  # "Guterres's spokesman, Stéphane Dujarric,"
    # ... and so does a body's registered name with its article: "Russia's main security agency,
    # the FSB, said" (probe_events56)
    if (body := APPOSED_BODY.match(text, e)) is not None:
        bodies = [m for m in mentions if m.start == body.start("name") and m.end == body.end("name")
                  and registry.get(m.entity).kind == "organisation"]
        if bodies:
            return Attribution(body.group("name"), bodies[0].entity)
    hs, he = _head(text, (s, e), w)
    head = text[hs:he]
    covering = [m for m in mentions if m.start <= hs and he <= m.end]
    if covering:
        m = covering[-1]
        if m.start < s:  # a name with a preposition of its own: "the Organization for Security
            # and Co-operation in| Europe said" is the whole name's
            phrase = " ".join(text[m.start:e].split())
        kind = registry.get(m.entity).kind
        if kind == "place":
            gov = w.governments.get(m.entity)
            return Attribution(phrase, gov) if gov else None
        return Attribution(phrase, m.entity)
    if POSSESSIVE.search(head) and head[-1] != ".":
        return None
    if (COMMON_NP.fullmatch(phrase) or POSSESSED_NP.fullmatch(phrase)) \
            and head not in w.not_speaker_heads \
            and head.lower() not in w.speaker_nouns:
        return Attribution(phrase, None)  # "the airline", "the suspect"
    if head.lower() in w.speaker_nouns:
        if head.lower() in w.holders:
            return Attribution(phrase, None)
        # the organisation a speaker noun speaks for, when it qualifies it: "a Kremlin
        # spokesman", "US officials" (not "the leaders of Russia and Ukraine")
        orgs = [m for m in mentions if s <= m.start and m.end <= hs and not text[m.end:hs].strip()
                and registry.get(m.entity).kind == "organisation"]
        return Attribution(phrase, orgs[-1].entity if orgs else None)
    if _is_name(head, w) and (_base(head.lower()) not in w.titles or any(
            _is_name(x, w) and _base(x.lower()) not in w.titles for x in TOKEN.findall(phrase))):
        return Attribution(phrase, None)  # "Adam Smith", "NBC News", "the US President"
    return None


# ------------------------------------------------------------------ frames
def _quoted(text: str, closed: bool = False) -> list[tuple[int, int]]:
    """Spans of quoted words. A straight quote opens after a space and closes after punctuation
    or a word; a close with no opening ends a quote begun in an earlier sentence; an opening
    with no close runs to the end, unless ``closed`` (a typo: read the sentence without it)."""
    spans, open_at = [], None
    for m in QUOTE_MARK.finditer(text):
        i, c = m.start(), m.group()
        opening = c == "“" or (c == "\"" and (i == 0 or text[i - 1].isspace() or text[i - 1] in "([—–-")
                                and i + 1 < len(text) and not text[i + 1].isspace())
        if opening and open_at is None:
            open_at = i
        elif not opening:
            spans.append((open_at if open_at is not None else 0, i + 1))
            open_at = None
    if open_at is not None and not closed:
        spans.append((open_at, len(text)))
    spans += [(m.start(), m.end()) for m in SINGLE_QUOTED.finditer(text)]
    # sorted, and spans that overlap joined: ``_inside`` then finds its span by bisection (a
    # sentence of thousands of quotes would otherwise cost each of its words every quote)
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _inside(spans: list[tuple[int, int]], at: int) -> bool:
    """Is ``at`` strictly inside one of the sorted, disjoint ``spans`` (from ``_quoted``)?"""
    k = bisect.bisect_left(spans, at, key=lambda span: span[0]) - 1
    return k >= 0 and at < spans[k][1]


OPENING_PHRASE = re.compile(r"\W*(?:In|At|On|From|For|After|Before|During|Across|Outside|Inside|Near)\s+[^,;:“”\"]{1,60}")


def _trim_before(text: str, end: int, w: Words) -> int:
    """Move ``end`` left over what may stand between a speaker and its verb."""
    aside = False
    while True:
        cut = text[:end].rstrip()
        if aside and (m := w.parenthetical.search(cut, _near(cut, len(cut)))) \
                and not OPENING_PHRASE.fullmatch(cut, 0, m.start()):
            end = m.start()  # an aside before the aside ("Putin, speaking at Vostochny, where
            continue         # he hosted Lukashenko, claimed"); never the subject after an
            # opening phrase ("In Dresden, the Pegida movement, which marched ..., announced":
            # the movement, not Dresden, probe_events101)
        aside = False
        if cut.endswith(","):
            inner = cut[:-1].rstrip()
            if m := w.parenthetical.search(inner, _near(inner, len(inner))):
                owned = OWNED_DESCRIPTION.search(inner, _near(inner, m.start()), m.start()) is not None
                if not aside and (DESCRIBED_NAME.match(inner, m.start())
                                  or OWNED_APPOSED_NAME.match(inner, m.start()) and owned):
                    return len(inner)  # a description ending on the name it describes, right
                    # before the verb, names the speaker: "The favourite, the chocolate
                    # billionaire Petro Poroshenko, told supporters" (probe_events161: "The
                    # favourite")
                end, aside = m.start(), True
                continue
            if m := PARTY_STATE.search(inner, _near(inner, len(inner))):
                end = m.start()  # "Sen. Mark Kelly, D-Ariz., said": a party and a state
                continue
            if m := AGE_AFTER_NAME.search(inner, _near(inner, len(inner))):
                end = m.start()  # "Mr Gorbachev, 83, spoke today at a symposium": an age
                continue
            end = len(inner)
            continue
        if m := w.between.search(cut, _near(cut, len(cut))):
            end = m.start()
            continue
        if m := PARTY_AFTER_NAME.search(cut, _near(cut, len(cut))):
            end = m.start()  # "Margus Tsahkna (Eesti 200) told": the party's name, in brackets
            continue
        return len(cut)


# ... or a name in apposition after an owner's description: "Saakashvili's former party, the
# United National Movement, called the crossing ..." (probe_events162: "Saakashvili's former party")
OWNED_APPOSED_NAME = re.compile(r",\s+(?:the\s+)?(?:[A-Z][\w’'.-]*\s+){0,4}[A-Z][\w’'-]*[a-z]$")
OWNED_DESCRIPTION = re.compile(r"(?<![\w’'-])[A-Z][\w’'.-]*[’']s\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*$")
# an aside of a description in lower case that ends on a full name, "(the favourite), the
# chocolate billionaire Petro Poroshenko" (probe_events161), its words in lower case a noun's and
# its adjectives' only: no preposition, article, relative, verb or participle, whose object the
# name would be ("a former officer of the Royal Gendarmerie", probe_events103; "the man who
# defeated Viktor Yanukovych", "a man appointed by Vladimir Putin", "the writer of the
# bestseller Red Notice", "a sniper defending Velyka Novosilka", hostile53)
DESCRIBED_NAME = re.compile(r",\s+(?:the|a|an)\s+(?:(?!(?:of|the|for|at|in|to|from|with|a|an|and|by|under|who|which|that|"
                            r"whose|near|on|over|after|before|during|against|about|as|fled|works|said|says|became)\b)"
                            r"(?![a-z]+(?:ed|ing)\b)[a-z][\w-]*\s+){1,3}"
                            r"(?:[A-Z][\w’'.-]*\s+){1,2}[A-Z][\w’'-]*[a-z]$")
# a short bracket after a name, before the verb: a party or an office ("Beate Meinl-Reisinger
# (Neos) condemned", "Margus Tsahkna (Eesti 200) told")
PARTY_AFTER_NAME = re.compile(r"(?<=[A-Za-z])\s*\([^()\n]{1,30}\)$")
# a noun and the name right after it, no comma between: the head of a relative clause without
# its "that" ("sanctions ..., a step White House press secretary Jen Psaki described as ...")
OBJECT_RELATIVE = re.compile(r"(?:a|an|the)\s+(?P<noun>[a-z]+)\s+(?=[A-Z])")
# (not a phrase's: "Earlier in the week Zelensky told the UN")
OBJECT_BEFORE = re.compile(r"(?<![\w’'-])(?<!\bin\s)(?<!\bon\s)(?<!\bat\s)(?<!\bof\s)(?<!\bfor\s)(?<!\bby\s)"
                           r"(?<!\bduring\s)(?<!\bafter\s)(?<!\bbefore\s)(?<!\bover\s)(?<!\bwith\s)"
                           r"(?:a|an|the)\s+(?P<noun>[a-z]+)\s+$")
# a noun and "that" or "which" before a speaker's name: the relative clause it opens
THAT_RELATIVE = re.compile(r"\b(?:the|a|an|this|these|those|its|his|her|their)\s+(?:[a-z-]+\s+){0,2}?"
                           r"(?P<noun>[a-z-]+)\s+(?:that|which|whom)\s+$")
# a relative clause's own verb, its clause not closed before the "and" after it
RELATIVE_VERB = re.compile(r"(?<![\w’'-])(?:that|which|who)\s+(?:(?:would|will|could|should|might|may|must|has|"
                           r"have|had|also|then)\s+)*[a-z]+ed\b[^,;:“”\"]*$")
# ... or a party's initial and a state's short name, in commas ("Sen. Mark Kelly, D-Ariz., said",
# "Rep. Michael McCaul, R-Texas, told")
PARTY_STATE = re.compile(r"(?<=[A-Za-z.]),\s+[DRI]-[A-Z][A-Za-z.]{1,12}(?:\s+[A-Z][a-z.]{1,8})?$")
# ... or an age in commas ("Mikhail Gorbachev, 83, said", probe_events116: no speaker)
AGE_AFTER_NAME = re.compile(r"(?<=[A-Za-z.]),\s+[1-9][0-9]?$")
AGED_AND = re.compile(r",\s+[1-9][0-9]?,\s+and\s*$")


# "Kyiv has said no", "said yes to the offer": an answer given, not words reported
ANSWER = re.compile(r"\s+(?:no|yes)(?=\s*(?:[.,;:!?)”\"]|$|\s+to\b|\s+(?:each|every)\s+time\b))", re.IGNORECASE)
# speech verbs that never open a reduced relative clause ("The aid package, announced on Monday,
# includes": a participle; "..., Kirill Dmitriev, said on Tuesday, 20 January, that": the verb)
NEVER_REDUCED = frozenset({"said", "says", "told", "tells"})
REDUCED_RELATIVE = re.compile(r"\s+(?:on|in|at|by|last|earlier|this|during|after|before)\b[^,;:“”\"]*,")
# (a time phrase's words reach the end themselves: with "\s*[.!?]?\s*$" after them too, a run
# of spaces was read every way it could be cut, 0.5 s for 800 of them: the nineteenth sweep)
TAIL = re.compile(r"\s+(?:on|in|at|to|from|during|after|late|early|earlier|later|last|this)\b[^,;:“”\"]*$"
                  r"|(?:\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?\s*[.!?]?\s*$")
# ... or, after "told", whom and when ("..., Kremlin spokesman Dmitry Peskov told the Interfax
# news agency late Tuesday.")
TOLD_TAIL = re.compile(r"\s+[^,;:“”\"]{1,60}$")
# (not after a sentence's own saying by one the registry knows: "The Kremlin said on Monday that
# ..., Kremlin spokesman Dmitry Peskov told reporters": the Kremlin's words, which its spokesman
# passed on; but "In Japan, the government said Thursday ..., Chief Cabinet Secretary Hirokazu
# Matsuno told a regular press conference": who the government is)
PLAIN_SAYING = frozenset("said says stated states announced announces added adds wrote writes told tells".split())
LIST_OF = re.compile(r"(?:(?:the|The)\s+)?(?P<noun>[a-z]+)\s+of\s+[A-Z][\w’'-]*"
                     r"(?:(?:\s*,\s*|\s+and\s+)[A-Z][\w’'-]*)+$")
DOCUMENT = re.compile(r"(?P<doc>(?<![\w-])(?:[Aa]n?|[Tt]he)\s+(?:[\w-]+\s+){0,3}?"
                      r"(?:declaration|statement|communiqué|communique|readout|report|letter|document))"
                      r"\s+(?:issued|released|signed|published|adopted|sent|posted)\s+(?:by|on|after)\b"
                      r"[^.;:“”\"]*$")


def _before_verb(text: str, verb_start: int, w: Words, common: bool = False
                 ) -> tuple[int, int] | None:
    """The speaker phrase before a verb; with ``common``, also a determiner and a common noun
    ("the airline said", "two diplomats familiar with the matter told Reuters")."""
    end = _trim_before(text, verb_start, w)
    if (aside := DASH_ASIDE.search(text, _near(text, end, 200), end)) is not None:
        # "Recep Tayyip Erdogan - who hosted Zelensky in Istanbul last week - said": the one
        # before the aside set off by dashes
        end = aside.start()
    if (apposed := _apposed_name(text, verb_start, w)) is not None:
        return apposed  # (the name, not the description in apposition after it)
    if common and (m := COMMON_NP.search(text, _near(text, end), end)) and not any(
            x in PREPOSITIONS or x in w.stop_words for x in m.group("tail").lower().split()) \
            and m.group("head") not in w.not_speaker_heads \
            and ((chain := _chain_back(text, end, w)) is None
                 # (or the last of a list of peoples: "The French and German| foreign ministers")
                 or m.start() < chain[0] and re.search(r",|\band\b", text[m.start():chain[0]])) \
            and re.search(r"(?:^|[,;:“”\"—–(])\s*$", text[:m.start()]):  # opens a clause
        return m.start(), m.end()
    if common and (m := POSSESSED_NP.search(text, _near(text, end), end)) and not any(
            x in PREPOSITIONS or x in w.stop_words for x in m.group("noun").split()) \
            and m.group("head") not in w.not_speaker_heads \
            and re.search(r"(?:^|[,;:“”\"—–(])\s*$", text[:m.start()]):
        return m.start(), m.end("noun")  # "Ukraine's air force said"
    if (m := DOCUMENT.search(text, _near(text, end, 400), end)) \
            and not GOVERNED.search(text, _near(text, m.start("doc"), 20), m.start("doc")):
        # (never one a preposition governs: "In a statement posted on the presidential website,
        # his office said" is the office's, probe_events103)
        return m.start("doc"), m.end("doc")
    if (m := LIST_OF.search(text, _near(text, end), end)) and m.group("noun") in w.speaker_nouns:
        return m.start(), m.end()
    if (m := WHO_RELATIVE.search(text, _near(text, end), end)) is not None \
            and (span := _chain_back(text, m.start(), w)) is not None:
        return span  # "Peskov, who said on Monday that ...": the one the clause is about
    last = list(TOKEN.finditer(text, _near(text, end), end))[-1:]
    if last and last[0].group().lower() in w.pronouns:
        return last[0].start(), last[0].end()
    span = _chain_back(text, end, w)
    if span is None:
        return None
    if PLACE_GOVERNED.search(text, _near(text, span[0]), span[0]) \
            or (PLACE_ON.search(text, _near(text, span[0]), span[0])
                or (opening := OPENING_ON.fullmatch(text, 0, span[0])) is not None
                and opening.group("noun").lower() in w.speaker_nouns) \
            and TOKEN.match(text, span[0]).group() not in w.time_words:
        # "officials in Moscow said": who is there speaks, never the place
        held = PLACED_SPEAKER.search(text, _near(text, span[0]), span[0])
        if held and held.group("noun").lower() in w.speaker_nouns:
            return held.start(), span[1]
        if held and held.group("noun")[:1].isupper() and held.group("noun").lower() in w.institution_words \
                and (body := _chain_back(text, held.end("noun"), w)) is not None \
                and not GOVERNED.search(text, _near(text, body[0]), body[0]):  # (not "Zelensky
            # at the Press Centre in Kyiv said": where the speaker stood, hostile39)
            return body  # "the Joint Coordination Centre in Istanbul said": the body named, not
            # where it sits (probe_events78)
        return None
    if (named := _named_before_description(text, span, w)) is not None:
        return named
    if RELATIVE_OPENER.search(text, _near(text, span[0]), span[1]):
        return None  # "In Chernihiv, whose mayor described ...": the relative clause's speaker
    if RELATIVE_OBJECT.search(text, _near(text, span[0], 50), span[0]) \
            or RELATIVE_OWNED.search(text, _near(text, span[0], 50), span[0]) and text[span[0]:span[1]].islower():
        return None  # "fertilizer, which Moscow says Western sanctions have held back": words
        # of the relative clause, not of the sentence
    # "Rustem Umerov, secretary of the National Security and Defence Council, said": an
    # institution's name with its "and" ends the description of the one named before it
    if re.search(r"(?:\band|&)\s*$", text[:span[0]]) and w.institution_end.search(text[span[0]:span[1]]) \
            and (m := NAME_THEN_DESCRIPTION.search(text, _near(text, span[0], 200), span[0])) \
            and _base(m.group("title").lower()) in w.titles \
            and all(_is_name(x, w) and x not in w.not_names and not _time_in_name(names, i, w)
                    for names in [TOKEN.findall(m.group("name"))] for i, x in enumerate(names)):
        return m.start("name"), m.end("name")
    # "Ukraine's National Security and Defence Council secretary Rustem Umerov said": the "and"
    # of an institution's name, its holder named after a title in lower case
    if re.search(r"(?:\band|&)\s*$", text[:span[0]]) \
            and (held := INSTITUTION_TITLE_NAME.search(text, span[0], span[1])) is not None \
            and _base(held.group("title")) in w.titles \
            and all(_is_name(x, w) and x not in w.not_names for x in TOKEN.findall(held.group("name"))):
        return held.start("name"), held.end("name")
    # "Minister of Mining and Energy Petar Škundrić said": the portfolios of a minister's title,
    # joined by "and", then the holder's name (probe_events140)
    if re.search(r"(?:\band|&)\s*$", text[:span[0]]) \
            and (held := PORTFOLIO_HOLDER.match(text, span[0], span[1])) is not None \
            and all(x in w.portfolios for x in held.group("portfolio").split()) \
            and (title := PORTFOLIO_TITLE.search(text, _near(text, span[0], 120), span[0])) is not None \
            and _base(title.group("title").lower()) in w.titles \
            and all(x in w.portfolios or x in ("and", "of", "the") for x in title.group("portfolios").split()) \
            and all(_is_name(x, w) and x not in w.not_names for x in TOKEN.findall(held.group("name"))):
        return held.start("name"), held.end("name")
    # "the Ministry of Land, Infrastructure and Transport said": a body's name listing what it
    # is of (probe_events139: 'The control tower' spoke)
    if re.search(r"(?:\band|&)\s*$", text[:span[0]]) \
            and (body := INSTITUTION_OF_LIST.search(text, _near(text, span[0], 160), span[0])) is not None \
            and body.group("head").lower() in w.institution_words and " " not in text[span[0]:span[1]].strip():
        return body.start("name"), span[1]
    # "Putin and Trump said": two speakers, or a phrase cut in the middle: say nothing
    if re.search(r"(?:\band|&)\s*$", text[:span[0]]) and text[:span[0]].strip():
        words_before = TOKEN.findall(AGED_AND.sub(" and", text[:span[0]]))
        if len(words_before) >= 2 and _is_name(words_before[-2], w) \
                and not w.institution_head.match(text, span[0]):
            # (and with their ages: "Putin, 72, and Trump, 78, said" is two speakers, hostile45)
            # (not "Secretary of the National Security and Defense Council Rustem Umerov":
            # the "and" of an institution's name, whose holder is named after it)
            return (-1, -1)
    return span


def _registered_before(text: str, verb_start: int, mentions: Sequence[Mention], w: Words
                       ) -> tuple[int, int] | None:
    """A registered name right before a verb and opening its clause, where no chain of a
    name's words reads it: "The Organisation for Security and Cooperation in Europe said on
    Sunday" (the chain stops at "in Europe", a place, probe_events116)."""
    end = _trim_before(text, verb_start, w)
    for m in mentions:
        if m.end == end and CLAUSE_OPENS.search(text, _near(text, m.start), m.start):
            return m.start, m.end
    return None


def _pair_of_registered(text: str, span: tuple[int, int], mentions: Sequence[Mention]) -> bool:
    """Does the speaker phrase end on "and" and a name the registry knows ("The Bank for
    International Settlements and Russia said": two speakers, not one institution's name of
    two things, hostile45)?"""
    for m in mentions:
        if m.end == span[1] and span[0] < m.start and AND_BEFORE.search(text, max(span[0], m.start - 8), m.start) \
                and "," not in text[span[0]:m.start]:  # (not a list's last: "the leaders of
            return True  # France, Germany, Britain and Poland")
    return False


AND_BEFORE = re.compile(r"\sand\s+$")


CLAUSE_OPENS = re.compile(r"(?:^|[,;:“”\"—–(])\s*$")


# speech verbs that also keep or follow something ("observed the moratorium", "maintained the
# ceasefire"): said only before "that", a comma or a quote
KEPT_NOT_SAID = frozenset({"observed", "observes", "maintained", "maintains"})
# after "responded", "replied": an answer given by a deed ("by ordering ...", "with a strike")
ANSWERED_BY_DEED = re.compile(r"(?<=[a-z])(?:\s+(?:on|late|early|this|last)\s+[\w ]{0,20}?)?\s+by\s+"
                              r"(?!(?:say|tell|stat|announc|declar|not|writ|insist|warn|call|accus|argu|repeat|"
                              r"stress|clai|explain)ing\b)[a-z]{3,}ing\b")
# what is claimed as won or taken, not said: "..., claiming 87% of the vote", "claiming the
# lives of 12 people", "claiming a record fifth term"
WON = re.compile(r"(?<=claiming)\s+(?:\d|(?:the\s+)?lives\b|(?:a|an|the)\s+(?:record|[\w-]+\s+)?(?:share|majority|seats?|votes?|term|title|prize)\b)")
POSSESSIVE_COUNTRY = re.compile(r"([A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)[’']s")
RELATIVE_ASIDE = re.compile(r",\s*(?:which|who|whom|whose)\b(?:[^,;:“”\"]|" + LISTED_NAME + r"){1,160},")
DASH_ASIDE = re.compile(r"\s[-–—]\s[^-–—;:“”\"]{1,150}?\s[-–—]\s*$")
WITH_TELLING = re.compile(r",\s+with\s+(?P<who>[^,;:“”\"()]{2,80}?)\s+(?:telling|saying|adding|noting|"
                          r"insisting|stressing|warning|arguing|explaining)\b")
WHO_RELATIVE = re.compile(r",\s*who(?:\s+(?:has|have|had|also|later|then|first|earlier|previously|"
                          r"recently|once))*\s*$")
# (a part of the place between: "Pro-Russian separatists in eastern Ukraine said", probe_events128)
# (or the parts of a place: "Russian-installed officials in four occupied regions of Ukraine
# claimed", probe_events138)
PLACE_PART = r"(?:(?:the\s+)?(?:(?:north|south)(?:-?(?:east|west))?(?:ern)?|east(?:ern)?|west(?:ern)?|central)\s+" \
    r"|(?:the\s+|\w+\s+){0,3}(?:regions?|parts?|areas?|districts?|provinces?|territories|oblasts?)\s+of\s+(?:the\s+)?)?"
# (a number's too: "Doctors at Emergency Hospital No. 1 in Omsk said" is no Omsk, probe_events136)
PLACE_GOVERNED = re.compile(r"(?<![\w’'-])[A-Za-z0-9]+\s+(?:in|from|at)\s+" + PLACE_PART + "$")
# (and a street or a square a common noun stands on: "A generator dealer on Klochkivska Street
# told me" is no street, probe_events127; never a date, "Officials on Monday said")
PLACE_ON = re.compile(r"(?<![\w’'-])[a-z][a-z-]+\s+on\s+(?:the\s+)?$")
# (or a noun of speakers opening the sentence: "Witnesses on Khreshchatyk said", "Analysts on Wall
# Street said", hostile48)
OPENING_ON = re.compile(r"\W{0,2}(?P<noun>[A-Z][a-z]+)\s+on\s+(?:the\s+)?$")
PLACED_SPEAKER = re.compile(r"(?<![\w’'-])(?:(?:[Tt]he|[A-Z][\w’'-]*)\s+)?(?P<noun>[A-Za-z]+)\s+(?:in|from|at)\s+"
                            + PLACE_PART + "$")
RELATIVE_OPENER = re.compile(r"(?<![\w’'-])[Ww]hose\s+[^,;:]*$")
# (and its subject's description before the name: "Bakhmut, which Wagner group chief Yevgeny
# Prigozhin claimed on Saturday to have captured, he said")
RELATIVE_OBJECT = re.compile(r"(?<![\w’'-])(?:which|whom|what)\s+(?:(?:the\s+)?[A-Z][\w’'-]*\s+(?:[a-z][\w-]*\s+){0,2})?$")
# (or its owner's, named by no name: "a day after Sunday's referendum, which its organisers say
# was backed by 96.8 percent", probe_events115; not "which its foreign policy chief Josep
# Borrell said would be presented this week", whose date is the relative clause's own)
RELATIVE_OWNED = re.compile(r"(?<![\w’'-])(?:which|whom|what)\s+(?:its|their|his|her)\s+(?:[a-z][\w-]*\s+){0,2}$")
ADJECTIVAL = re.compile(r"(?<![\w’'-])(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+(?:last|first|previous|"
                        r"latest|next|only|most\s+recent|widely|publicly|officially)\s+"
                        r"(?:[a-z]+ly\s+)?$")
NAME_THEN_COMMA = re.compile(r"(?<![\w’'.-])(?P<name>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,3}),\s*$")
NAME_THEN_DESCRIPTION = re.compile(r"(?<![\w’'.-])(?P<name>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,3}),\s+"
                                   r"(?P<title>[a-z][\w-]*)\s+(?:to|of|for|at)\s+[^,;:“”\"]*$")


APPOSED_DESCRIPTION = re.compile(
    r"(?<![\w’'.-])(?P<name>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}),\s+(?P<one>one\s+of\s+)?"
    r"(?:(?:the|a|an|(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*[’']s)\s+)?(?:(?:[a-z][\w-]*(?:[’']s)?|[A-Z][a-z]+)\s+){0,3}?"
    r"(?P<title>[a-z][\w-]*|[A-Z][a-z]+)"
    r"(?:\s+(?:in|of|to|for|at|with|on)\s+[^,;:“”\"()]{1,100}?)?"
    # (and a second office: "Audronius Ažubalis, Lithuania's foreign minister and the
    # chairperson-in-office of the OSCE, said", probe_events158: the OSCE spoke)
    r"(?:\s+and\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*(?:\s+(?:in|of|to|for|at|with|on)\s+[^,;:“”\"()]{1,100}?)?)?"
    r",\s*(?:who\s+)?(?:(?:has|had|also|later|first|then)\s+)*$")
# (a description of where the one named works, no title in it: "David Holmes, of the embassy in
# Kyiv, said", probe_events153)
APPOSED_OF = re.compile(r"(?<![\w’'.-])(?P<name>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}),\s+"
                        r"(?:(?:now|formerly|then|previously)\s+(?:with|at)|of|from)\s+(?:the\s+)?"
                        r"[^,;:“”\"()]{1,60}?,\s*$")
# (or where he is now: "Nathan Walker, now with the St Louis Blues, told", probe_events154)
# (the name opening its clause: the sentence's start, after a quote or an opening phrase's comma;
# never a verb's or a preposition's object, "Everyone who knew Zelensky, from his days as a
# comedian, said", "A post on Telegram, from the ministry's account, said", nor a list's last,
# "the leaders of France, Italy and Poland, with ...", hostile50)
CLAUSE_OPENS = re.compile(r"(?:^|[,;:“”\"‘’'(—–]|\s-)\s*[“\"‘']?\s*$")
# (and one of a place's: "Alexander Zakharchenko, the Donetsk separatist leader, who said",
# probe_events63, was 'leader')
# (and one in capitals, as Gulf agencies write it: "Dr. Anwar Gargash, Diplomatic Adviser to the
# UAE President, said", probe_events96, was the UAE President's)


HONORIFICS = frozenset({"Dr", "Mr", "Mrs", "Ms", "Prof", "Sir", "Dame",
                        "HE", "H.E", "HH", "HRH"})  # before a full name (and "His Excellency", as
# Gulf papers write it: "HE Dr. Anwar Gargash", probe_events96)


def _plain_name(m: re.Match[str], w: Words) -> tuple[int, int] | None:
    """The span of ``m``'s group "name" when every word of it is a name's (no title, no day,
    no sentence opener); else None."""
    names = TOKEN.findall(m.group("name"))
    if names and names[0].lower() in PREPOSITIONS:
        return None  # "Near Kyiv, the mayor of Irpin said": a place the sentence opens on
    while len(names) > 2 and names[0].rstrip(".") in HONORIFICS:
        names = names[1:]  # "Dr Anwar Gargash, diplomatic adviser to the UAE President, said"
        # (probe_events84: the doctor's title made the UAE President the speaker)
    if not all(_is_name(x, w) and x not in w.not_names and _base(x.lower()) not in w.titles
               and not _time_in_name(names, i, w) for i, x in enumerate(names)):
        return None
    return m.start("name"), m.end("name")


def _time_in_name(names: Sequence[str], i: int, w: Words) -> bool:
    """Is the ``i``-th word of a would-be name a word of time that makes it none ("Friday",
    "In May")? A month's name after a name or an honorific is a surname: "Theresa May", "Mrs
    May" (a weekday's never)."""
    x = names[i]
    return x in w.time_words and (i == 0 or x in w.weekdays or names[i - 1] in w.time_words)


def _apposed_name(text: str, end: int, w: Words) -> tuple[int, int] | None:
    """The name a description of its holder follows in apposition, right before a speech
    verb: "Boris Gryzlov, Russia's plenipotentiary representative in the group, said" ->
    "Boris Gryzlov" (the description holds a title); else None."""
    if (of := APPOSED_OF.search(text, _near(text, end, 120), end)) is not None \
            and CLAUSE_OPENS.search(text, max(0, of.start("name") - 40), of.start("name")):
        return _plain_name(of, w)
    m = APPOSED_DESCRIPTION.search(text, _near(text, end, 200), end)
    # (a title's description, or one of many opening its clause: "Lenur Islyamov, one of the
    # blockade's organisers, told", probe_events150)
    if m is None or _base(m.group("title").lower()) not in w.titles \
            and not (m.group("one") and CLAUSE_OPENS.search(text, max(0, m.start("name") - 40), m.start("name"))) \
            or OBJECT_OF.search(text, max(0, m.start("name") - 12), m.start("name")):
        return None  # (never a preposition's object: "..., who received a phone call on Tuesday
        # from HE Andrii Sybiha, Minister of Foreign Affairs of Ukraine, affirmed" is not
        # Sybiha's, probe_events96; a passive's "by" names its speaker)
    if (party := PARTY_STATE.search(text, _near(text, m.start("name")), m.end("name"))) is not None \
            and party.end() == m.end("name"):
        # (a party and a state after the name are no name: "Sen. Chris Murphy, D-Conn., the
        # lead Democratic negotiator, said" is Murphy's, probe_events125)
        return _chain_back(text, party.start(), w)
    # (a name with its title before it: "Polish President Aleksander Kwaśniewski, one of the
    # European mediators, said Wednesday", probe_events156, had no speaker; never a description
    # in lower case, "Kirill Dmitriev, head of the Russian Direct Investment Fund, who joined")
    plain = _plain_name(m, w)
    named = TOKEN.findall(m.group("name"))
    if plain is None and named and all(_is_name(x, w) or _base(x.lower()) in w.titles for x in named) \
            and _base(named[-1].lower()) not in w.titles \
            and (chained := _chain_back(text, m.end("name"), w)) is not None \
            and all(_is_name(x, w) or _base(x.lower()) in w.titles for x in TOKEN.findall(text[chained[0]:m.end("name")])):
        return chained  # (titles and a name, nothing else: never "head of the Russian Direct
        # Investment Fund")
    return plain


OBJECT_OF = re.compile(r"\b(?:to|with|from|for|about|against|toward|towards|between|at|of|in)\s+$", re.IGNORECASE)


def _named_before_description(text: str, span: tuple[int, int], w: Words
                              ) -> tuple[int, int] | None:
    """The name a description of its holder follows: "Kirill Dmitriev, head of the Russian
    Direct Investment Fund, said" -> "Kirill Dmitriev" (a description opens in lower case or
    with an article, and holds a title); else None."""
    if re.search(r",\s+(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]*$", text[span[0]:span[1]]):
        return None  # the description has its own name after it: "Milley held calls with ...
        # Lt. Gen. Ruslan Khomchak, his spokesman, Col. Dave Butler, said" is Butler's
        # (probe_events74), not the one named before
    phrase = TOKEN.findall(text[span[0]:span[1]])
    first = phrase[0] if phrase else ""
    # (right after a comma, an article before a capital opens an institution's name, which
    # speaks itself: "... between Putin and Donald Trump, the Russian Defence Ministry said";
    # after "to" it ends a description: "adviser to the head of the Office of the President")
    named = first.lower() in ("the", "a", "an") and len(phrase) > 1 and not phrase[1].islower() \
        and re.search(r",\s*$", text[:span[0]])
    if named or not (first.islower() or first in ("The", "A", "An") and len(phrase) > 1
                     and phrase[1].islower()) or not any(_base(x.lower()) in w.titles for x in phrase):
        return None
    own = list(itertools.takewhile(lambda x: x.lower() not in PREPOSITIONS, phrase))
    if first in ("The", "the") and own and own[-1].lower() in w.institution_words:
        return None  # "... held talks with Emomali Rahmon, the press service said": an
        # institution speaks, no description of the one named before it
    m = NAME_THEN_COMMA.search(text, _near(text, span[0]), span[0])
    if m is None:
        # the chain found only the description's end: "Mykhailo Podolyak, adviser to the
        # head of the Office of the President of Ukraine, said" (no comma inside it)
        m = NAME_THEN_DESCRIPTION.search(text, _near(text, span[0], 200), span[0])
        if m is None or _base(m.group("title").lower()) not in w.titles:
            return None
    if GOVERNED.search(text, _near(text, m.start("name"), 20), m.start("name")):
        return None  # a name a word governs is no subject the description is of: "On Monday,
        # standing next to Vladimir Putin, the president said" is the president's (probe_events56)
    return _plain_name(m, w)


# what may follow an inverted speaker closing a sentence: its description, the day it spoke, a
# relative clause of it ("..., said Peskov, Putin's spokesman.", "..., said Peskov on Tuesday.",
# hostile43)
# (the day or the place alone, never a clause: "..., said the diplomats in Berlin face a hard
# task" is what was said, probe_events79)
INVERTED_END = re.compile(r"(?:,\s+(?!(?:and|but|or|while)\b)[^,;:“”\"]{1,100}|(?:\s+(?:on|late|early|earlier|later|this|"
                          r"last|in|at|during)(?:\s+(?:[A-Z][\w’'.-]*|\d[\w,]*|the|an?|on|morning|afternoon|evening|night|"
                          r"week|month|year|interview|briefing|statement|address|conference))+){1,3})?[\s.”\"’)]*")
SPOKEN_WHEN = re.compile(r"\s+(?:on|late|early|earlier|later|this|last|in|at|during)\b")  # "said Peskov| on Tuesday"
# verbs of saying whose speaker may follow them ("..., said Peskov."; never "..., told The
# Associated Press.": a listener)
INVERTING = frozenset("said says added adds stated states wrote writes noted notes explained insisted "
                      "argued recalled declared continued".split())


def _inverted_speaker(text: str, verb_end: int, w: Words) -> tuple[int, int] | None:
    """``_after_verb``, or the name before the day it spoke ("..., said Peskov on Tuesday.")."""
    if (span := _after_verb(text, verb_end, w)) is not None:
        return span
    cut = SPOKEN_WHEN.search(text, verb_end)
    return _after_verb(text[:cut.start()], verb_end, w) if cut is not None else None


def _after_verb(text: str, verb_end: int, w: Words) -> tuple[int, int] | None:
    """'…," said Peskov' / '…, said Oleksandr Bondar, a negotiator.'"""
    m = re.match(r"\s*", text[verb_end:])
    start = verb_end + (m.end() if m else 0)
    chunk = re.match(r"[^,;:()“”\"—–]*", text[start:])
    stop = start + (chunk.end() if chunk else 0)
    stop = len(text[:stop].rstrip().rstrip("."))
    span = _chain_back(text, stop, w)
    if span is None or span[0] != start:
        return None
    return span


@lru_cache(maxsize=1)
def day_dateline() -> re.Pattern[str]:
    """The text bundle's ``day_dateline`` ("Hiroshima, May 20: ..."): no subject."""
    return re.compile(lang.resource(lang.DEFAULT, "text")["day_dateline"]["pattern"])


def _subject(text: str, before: int, mentions: Sequence[Mention], registry: Registry,
             w: Words, quoted: list[tuple[int, int]]) -> Attribution | _Pronoun | None:
    """The subject of the clause that ends at ``before``: its first name not governed by a
    preposition."""
    breaks = [m.end() for m in CLAUSE_BREAK.finditer(text, 0, before) if not _inside(quoted, m.start())]
    # (after a dateline of a place in title case and its day: "Hiroshima, May 20: Prime
    # Minister Narendra Modi ..., telling him")
    opening = day_dateline().match(text)
    tokens = list(TOKEN.finditer(text, max(breaks[-1] if breaks else 0, opening.end() if opening else 0),
                                 before))
    governed = False  # inside a phrase opening the sentence on a preposition, up to its comma
    for k, t in enumerate(tokens):
        word = t.group()
        if _inside(quoted, t.start()):
            continue
        prev = tokens[k - 1].group().lower() if k else ""
        if word.lower() in w.pronouns and (k == 0 or prev == "," or w.timed_opening.fullmatch(
                text, tokens[0].start(), t.start()) is not None):
            return _Pronoun(t.start())  # (after a time opening with no comma: "On Tuesday he
            # chaired a meeting ... and said", "On August 12 he went further, saying")
        if word == "who" and prev == ",":
            # a relative clause's subject is the one it is on: "Asked about Steve Witkoff, who
            # met Putin in Moscow on March 13 and told an American interviewer last Friday ..."
            # is Witkoff's, never the object of its first verb (probe_events77)
            span = _chain_back(text, tokens[k - 1].start(), w)
            return _resolve(text, span, mentions, registry, w) if span is not None else None
        if word == ",":
            governed = False
        elif (k == 0 or prev == ",") and (
                (word.lower() in PREPOSITIONS or PARTICIPLE_OPENER.match(text, t.start()))
                and any(x.group() == "," for x in tokens[k + 1:]) or TIME_OPENER.match(text, t.start())):
            governed = True  # a phrase of place or time before the subject ("Two days later,
            # at the Belt and Road Forum in Beijing, he went further, telling ..."), or a
            # participle's ("Asked about the poisoning of Alexei Navalny, published by CNN,
            # Putin ... and said")
        if governed or prev in PREPOSITIONS or POSSESSIVE.search(prev) and prev[:1].isalpha() and k \
                or k >= 2 and prev in ("the", "a", "an") and tokens[k - 2].group().lower() in PREPOSITIONS:
            continue  # (and after a preposition's article: "the commander of the IRGC Aerospace
            # Force, Brigadier General Amir Ali Hajizadeh, took ..." is Hajizadeh, probe_events68)
        if word in ("The", "the") or _is_name(word, w):
            if k and _is_name(tokens[k - 1].group(), w):
                continue  # inside a name already rejected
            span = _chain_forward(text, t.start(), w)
            if span is None or span[1] > before:
                continue
            if ZONE_AFTER.match(text, span[1]):
                continue  # a zone's place: "In the early hours of Tuesday, New Zealand time, US
                # President Donald Trump stood ... and said" is Trump's (probe_events113)
            named = APPOSED_NAME.match(text, span[1])
            if named is not None and named.end("name") <= before \
                    and all(_is_name(x, w) for x in named.group("name").split()):
                # "Kenya's Principal Secretary for Foreign Affairs, Korir Sing'oei, called ...,
                # saying": the name in apposition is the subject
                span = (named.start("name"), named.end("name"))
            found = _resolve(text, span, mentions, registry, w)
            if found is not None:
                return found
            if _is_name(word, w):
                return None  # the first name is the subject; if it is no speaker, nobody is
    return None


ZONE_AFTER = re.compile(r"\s+time\s*,")  # "New Zealand| time,": a place telling the hour
# a title's "for Foreign Affairs" and the name in apposition after it, between commas
APPOSED_NAME = re.compile(r"(?:\s+(?:for|of)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:and\s+)?[A-Z][\w’'-]*){0,3})?"
                          r",\s+(?P<name>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,3}),")


def _according(text: str, w: Words, mentions: Sequence[Mention], registry: Registry,
               quoted: list[tuple[int, int]]) -> tuple[Attribution | _Pronoun | None, bool]:
    """(speaker, is a carrier) of 'according to …'."""
    for m in [*w.according.finditer(text), *IN_WORDS.finditer(text)]:
        if _inside(quoted, m.start()):
            continue
        start = m.end()
        if m.re is IN_WORDS:  # "In Sybiha's words, …"
            span = m.start("who"), m.end("who")
            return _resolve(text, span, mentions, registry, w), False
        chunk = re.match(r"[^,;:(“”\"—–]*", text[start:])
        stop = start + (chunk.end() if chunk else 0)
        stop = len(text[:stop].rstrip().rstrip("."))
        cut = re.search(r"\s+(?:carried|released|published|issued|made|posted|given|cited|quoted|"
                        r"seen|obtained|reported|that|on|in|late|early|earlier|yesterday|today|tonight|"
                        r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b", text[start:stop])  # (its date:
        # "first reported by The Washington Post late Friday")
        if cut:
            stop = start + cut.start()
        frm = re.match(r"(?:(?:the|a|an)\s+)?(?:[\w-]+\s+){0,2}?(?:comments|remarks|words|"
                       r"statements?|interview|posts?|message|letter|testimony)\s+(?:from|by|of|with)\s+",
                       text[start:stop], re.IGNORECASE)
        if frm:
            start += frm.end()
        span = _chain_back(text, stop, w)
        if span is not None and span[0] > start:
            free = text[start:span[0]].split()
            if len(free) <= 2 and all(x.islower() and x not in PREPOSITIONS and x not in w.stop_words
                                      for x in free):
                span = start, span[1]  # "according to fire officials"
        if span is None or span[0] != start:
            return None, False
        found = _resolve(text, span, mentions, registry, w)
        head = text[_head(text, span, w)[0]:span[1]].lower()
        carrier = isinstance(found, Attribution) and (
            " ".join(m.group().lower().split()) in w.carried_by or head in w.carriers
            or any(x in w.carriers for x in text[span[0]:span[1]].lower().split()))
        if isinstance(found, Attribution) and not carrier and not _person_like(found, registry, w):
            # "according to a joint statement", "according to the Air Force", "according to
            # Ukrainian media", "according to Kyiv": the outlet tells what its source gives
            # (the dev corpus and the event probe sets give no speaker: three blind sets for
            # a capital or the Kremlin); "according to Ushakov" is his word
            return None, False
        return found, carrier
    return None, False


def _frame(text: str, mentions: Sequence[Mention], registry: Registry,
           w: Words) -> Attribution | _Pronoun | None:
    """The speaker this sentence names itself (a pronoun left to resolve), if any. A quote that
    never closes (a typo, or a quote running on into the next sentence) is read both ways."""
    quoted = _quoted(text)
    if (opening := w.opening_clause.match(text)) is not None and not _inside(quoted, opening.end()):
        # a time clause opening the sentence: its speaker spoke before the sentence's own
        # ("The day after Johnson announced his resignation, Putin said that ..."), who is
        # read first, from the words after it
        quoted = [(0, opening.end()), *(q for q in quoted if q[0] >= opening.end())]
        found = _frame_with(text, mentions, registry, w, quoted)
        if found is not None:
            return found
        quoted = _quoted(text)
    if (closing := w.closing_clause.search(text)) is not None and not _inside(quoted, closing.start()):
        # ... and one closing it: the main clause's frame first, whatever its kind ("Ukraine's
        # foreign ministry called the trip "a wrong choice" on Wednesday, as soon as the UN
        # confirmed it": not the UN)
        found = _frame_with(text, mentions, registry, w,
                            [*(q for q in quoted if q[1] <= closing.start()), (closing.start(), len(text))])
        if found is not None:
            return found
    found = _frame_with(text, mentions, registry, w, quoted)
    if found is None and (closed := _quoted(text, closed=True)) != quoted:
        found = _frame_with(text, mentions, registry, w, closed)
    return found


def _frame_with(text: str, mentions: Sequence[Mention], registry: Registry, w: Words,
                quoted: list[tuple[int, int]]) -> Attribution | _Pronoun | None:
    by_according, carrier = _according(text, w, mentions, registry, quoted)
    if isinstance(by_according, Attribution) and by_according.entity is None and not carrier \
            and (at := (place.start() if (place := written(text, by_according.text)) else -1)) > 0 \
            and any(not _inside(quoted, v.start()) for v in w.speech.finditer(text, 0, at)):
        # "Cavusoglu said on Sunday that ..., according to Hurriyet": a name the registry does
        # not know, after the sentence's own speech verb, relays that verb's speaker's words
        carrier = True
    if by_according is not None and not carrier:
        return by_according
    # "According to the statement, the air defences were ... after the United States threatened
    # to respond": what follows is the source's, whoever it names doing things (probe_events68
    # gave it to the United States); one it names saying something still speaks
    sourced = by_according is None and OPENS_ACCORDING.match(text) is not None
    for told in WITH_TELLING.finditer(text):
        # "The Kremlin responded on Wednesday, with spokesman Dmitry Peskov telling reporters
        # that ...": the one named telling it is the speaker, not the body that responded
        # (but not inside what another reported: "CNN reported on Thursday ... that the call
        # "did not go well", with Biden warning that ...")
        if any(not _inside(quoted, v.start()) and re.search(r"\bthat\b", text[v.end():told.start()])
               for v in w.speech.finditer(text, 0, told.start())):
            continue
        span = _chain_back(text, told.end("who"), w)
        if not _inside(quoted, told.start()) and span is not None and span[0] >= told.start("who"):
            found = _resolve(text, span, mentions, registry, w)
            if isinstance(found, Attribution) and _person_like(found, registry, w):
                return found
    for verbs in (w.speech,) if sourced else (w.speech, w.directive, w.naming):
        found_at: list[tuple[re.Match[str], tuple[int, int] | None, Attribution | _Pronoun]] = []
        for v in verbs.finditer(text):
            if _inside(quoted, v.start()):
                continue
            if text[:v.start()].rstrip().endswith(",") and v.group().lower() not in NEVER_REDUCED \
                    and (reduced := REDUCED_RELATIVE.match(text, v.end())) is not None \
                    and not re.match(r"\s*[a-z]+ing\b", text[reduced.end():]) \
                    and not re.search(rf"(?:{lang.connective_aside().pattern})\s*$",
                                      text[:v.start()], re.IGNORECASE):
                continue  # "The aid package, announced on Monday, includes …" (not "Russian
                # forces, meanwhile, claimed on Saturday ...", nor "..., Podolyak said on
                # Tuesday, commenting on ...": a participle, no main verb, follows)
            if verbs is w.speech and v.group().lower() in KEPT_NOT_SAID \
                    and not re.match(r"\s+that\b|\s*,|\s*[“\"]", text[v.end():]):
                continue  # "Moscow had observed the moratorium": kept, not said
            if verbs is w.speech and (deed := w.deeds.get(v.group().lower())) is not None \
                    and deed.match(text, v.end()):
                continue  # "Russia on Thursday recalled its ambassador", "The Federation
                # Council confirmed Belousov on Tuesday": a deed, no words said
            if verbs is w.speech and ANSWERED_BY_DEED.match(text, v.end()):
                continue  # "Moscow responded on Sunday by ordering 20 Czech diplomats to leave":
                # a deed in answer, no words said
            if PASSIVE_BY.match(text, v.end()) and v.group().endswith("ed") \
                    and not re.search(r"\b(?:has|have|had)\s+$", text[max(0, v.start() - 8):v.start()]):
                continue  # "The plan announced early Friday by Secretary of State John Kerry",
                # "The sanctions announced on Monday by the EU": a passive's participle after the
                # thing announced, which says nothing (probe_events66)
            if (verbs is w.naming or re.match(r"\s+as\b", text[v.end():])
                    and not re.search(r"\bwhat\s+(?:he|she|they|it|we)\s+(?:[\w’'-]+\s+){0,2}$", text[:v.start()])) \
                    and re.search(r"\bwhat\s+(?:[\w’'-]+\s+){1,4}$", text[:v.start()]):
                continue  # "held what the State Department called a “productive” call": a word
                # the outlet quotes, the sentence its own (and "in what officials in Berlin
                # described as the last chance"; but "... from what he described as a gang":
                # the sentence's subject says it)
            if COMMENTED.search(text, 0, v.start()):
                continue  # "..., a claim Kyiv denied": a comment on what was said, no frame
            if ADJECTIVAL.search(text, max(0, v.start() - 60), v.start()):
                continue  # "The last publicly acknowledged conversation": a participle before a
                # noun, no speaker
            if ANSWER.match(text, v.end()):
                continue  # "... and each time Kyiv has said no": a refusal, not a speaker
            if verbs is w.speech and v.group().lower() in INVERTING and text[:v.start()].rstrip().endswith(",") \
                    and (after := _inverted_speaker(text, v.end(), w)) is not None \
                    and INVERTED_END.fullmatch(text, after[1]):
                # "... most of them voted for Frank-Walter Steinmeier on Sunday, said
                # Minister-President Stanislaw Tillich.": the one named after the verb closing
                # the sentence says it all, not the name before the comma (probe_events101)
                span = after
            else:
                span = _before_verb(text, v.start(), w, common=verbs is w.speech and
                                    v.group() in w.common_noun_verbs)
                if span is None:
                    span = _registered_before(text, v.start(), mentions, w)
                elif span != (-1, -1) and _pair_of_registered(text, span, mentions):
                    span = (-1, -1)
            if span == (-1, -1):
                continue  # "Putin and Trump said": two speakers, say nothing for this verb
            if span is not None and (
                    (object_np := OBJECT_RELATIVE.match(text, span[0], span[1])) is not None
                    and text[:span[0]].rstrip().endswith(",")
                    or (object_np := OBJECT_BEFORE.search(text, _near(text, span[0], 40), span[0])) is not None
                    and object_np.start() > 0) \
                    and object_np.group("noun") not in w.titles and object_np.group("noun") not in w.speaker_nouns \
                    and "," not in text[span[1]:v.start()]:  # (a name set off before its verb is
                # in apposition: "Putin's old friend, the cellist Sergei Roldugin, said", hostile53)
                continue  # "..., a step White House press secretary Jen Psaki described as a
                # signal", "the terms remain the ones Moscow has repeated": what a relative
                # clause without its "that" says of the step, of the ones
            if span is not None and (rel := THAT_RELATIVE.search(text, _near(text, span[0], 60), span[0])) is not None \
                    and rel.group("noun") not in w.speaker_nouns and rel.group("noun") not in w.titles \
                    and not w.speech.search(text, _near(text, rel.start(), 20), rel.start()) \
                    and any(not _inside(quoted, u.start()) for verbs_of in (w.speech, w.directive, w.naming_word)
                            for u in verbs_of.finditer(text, 0, rel.start())):
                continue  # "Ushakov said the ceasefire that Vladimir Putin has declared for May
                # 8 to 10 would hold", "Zelensky called the ceasefire that Vladimir Putin has
                # declared ... a "theatrical performance"" (probe_events71): a main clause's
                # speech act, proposal or naming takes the relative clause's date, as the gold
                # sets read it; without one, "a counteroffensive that Kyiv announced the day
                # before" is Kyiv's; never after a speech verb's listener ("told the press that
                # Putin said")
            found = _resolve(text, span, mentions, registry, w)
            if found is None:
                span = None
                left = text[:v.start()].rstrip()
                if (joined := re.search(r"(?:^|\s)and(?:\s+(?:later|afterwards|then|also|again))?$", left)):
                    # ("... spoke with Putin by phone on Monday and afterwards said ...")
                    # (not the second verb of a relative clause: "vetoed a draft resolution
                    # that would have condemned its invasion and demanded ...": the
                    # resolution's words)
                    if not RELATIVE_VERB.search(left, _near(left, joined.start(), 200), joined.start()):
                        found = _subject(text, joined.end(), mentions, registry, w, quoted)
                elif (but := re.search(r",?\s*\bbut$", left)) is not None:
                    # "Zelensky welcomed the offer, but said ...": the clause's subject too
                    found = _subject(text, but.start(), mentions, registry, w, quoted)
                elif left.endswith((",", "”", "\"", "’")) and verbs is w.speech:
                    found = _resolve(text, _after_verb(text, v.end(), w), mentions, registry, w)
            if found is not None:
                found_at.append((v, span, found))
        # "Putin has stressed that …, Ushakov stated.": a speaker named after a comma or a quote
        # at the sentence's end reports everything before it, so it wins
        tails = [(v, span, f) for v, span, f in found_at if span is not None
                 and (TAIL.match(text, v.end()) or v.group() in ("told", "tells")
                      and TOLD_TAIL.match(text, v.end())
                      and not (found_at[0][0].group().lower() in PLAIN_SAYING
                               and isinstance(found_at[0][2], Attribution) and found_at[0][2].entity))
                 and re.search(r"[,”\"’]\s*$", text[:span[0]])]
        if tails and RELAYED.fullmatch(tails[-1][0].group()):
            # ... unless it only passes on the words of a speaker named at the end just before
            # it ("..., Peskov said on Thursday, Trend reports": Peskov's words, relayed)
            relayed_at = tails[-1][1][0]
            relayed = [f for v, span, f in found_at if span is not None and v.end() < relayed_at
                       and re.search(r"[,”\"’]\s*$", text[:span[0]])
                       and RELAYED_AFTER.fullmatch(text, v.end(), relayed_at)]
            if relayed:
                return relayed[-1]
            # ... or the sentence's own speaker before it ("Kremlin aide Yuri Ushakov said on
            # Sunday that ..., TASS reports": Ushakov's words, relayed)
            if found_at[0][0].end() < relayed_at and found_at[0][2] is not tails[-1][2]:
                return found_at[0][2]
        tail = [f for _v, _span, f in tails]
        # ... unless it is the first speaker's own office passing the words on ("Erdogan said
        # Turkey was ready, his office said": Erdogan's words)
        if tail and not (len(found_at) > 1 and isinstance(tail[-1], Attribution)
                         and OWN_CARRIER.match(tail[-1].text)
                         and isinstance(found_at[0][2], Attribution) and found_at[0][2] is not tail[-1]):
            if len(found_at) == 1 and isinstance(tail[-1], Attribution) and OWN_CARRIER.match(tail[-1].text):
                # "Guterres "unequivocally condemns" the strikes, his spokesperson said": the
                # one whose office it is, the sentence's subject, when a person is named there
                carrier_at = next(v.start() for v, span, f in found_at if f is tail[-1])
                owner = _subject(text, carrier_at, mentions, registry, w, quoted)
                if isinstance(owner, Attribution) and owner.entity is not None \
                        and registry.get(owner.entity).kind == "person":
                    # (named as the office it is, speaking for him: "Zelensky's office")
                    carrier = re.sub(r"^\S+\s+", "", " ".join(tail[-1].text.split()))
                    mark = "’" if "’" in text else "'"
                    return Attribution(f"{owner.text}{mark}s {carrier}", owner.entity)
            return tail[-1]
        if found_at:
            return found_at[0][2]
        if verbs is w.speech:
            for p in w.participle.finditer(text):
                if not _inside(quoted, p.start()) and not WON.match(text, p.end()):
                    found = _subject(text, p.start(), mentions, registry, w, quoted)
                    if found is not None:
                        return found
            for p in w.infinitive.finditer(text):
                # "Putin used his closing press conference on Thursday night to say that ...":
                # the subject says it, when no other person is named between (not "Zelensky
                # asked Trump to say that ...")
                if _inside(quoted, p.start()):
                    continue
                found = _subject(text, p.start(), mentions, registry, w, quoted)
                if isinstance(found, Attribution) and (place := written(text, found.text)) is not None \
                        and not any(place.end() <= m.start < p.start() and m.entity != found.entity
                                    and registry.get(m.entity).kind == "person" for m in mentions) \
                        and not re.search(r"\b(?:asked|urged|told|called\s+on|invited|wanted|expected)\b",
                                          text[place.end():p.start()]):
                    return found
            if by_according is not None:
                return by_according
    return None


# ------------------------------------------------------------------ context
# a sentence opening on a subject named by its title only ("The President's patience ...",
# "The President was hosting ..."): one to three words, the shortest whose last is a holder's
TITLED_SUBJECTS = tuple(re.compile(rf"\W{{0,2}}The\s+(?P<title>(?:[A-Za-z-]+\s+){{{k}}}[A-Za-z-]+)(?:’s|'s)?\s")
                        for k in range(3))


def _titled_subject(text: str, w: Words) -> re.Match[str] | None:
    return next((m for p in TITLED_SUBJECTS if (m := p.match(text)) is not None
                 and m.group("title").split()[-1].lower() in w.holders), None)


# a title's holder named in apposition after it: "The President of the European Commission,
# Ursula von der Leyen, was in Kyiv" names whom a later "She announced" means (probe_events82)
# (its "of" a name's, no clause: never "The President of Slovakia met the President of Ukraine,
# Volodymyr Zelensky, ...", whose "He told reporters" is not Zelensky's, hostile48)
TITLE_APPOSED = re.compile(r"(?:\s+of\s+(?:the\s+)?(?:[A-Z][\w’'.-]*\s*){1,5})?,\s+")


def _titled_then_named(text: str, end: int, persons: tuple[Attribution, ...]) -> bool:
    """Does the sentence name the one person of its opening title right after it, in
    apposition (``end``: where the title ends)?"""
    return len(persons) == 1 and (m := TITLE_APPOSED.match(text, end)) is not None \
        and text.startswith(persons[0].text, m.end())


@dataclass(frozen=True)
class _Seen:
    """What a pronoun may refer to in an earlier sentence."""

    persons: tuple[Attribution, ...]  # distinct people named, outside quotes, in order
    speaker: Attribution | None
    unknown: int = 0  # names of two words or more that the registry does not know
    subject: Attribution | None = None  # the one person the "he" or "she" it opens on means
    # its speaker named after what it reports, whose subject is another person ("Putin met
    # Trump on Monday, Peskov said."): a "he" after it that goes on speaking ("He added ...")
    # means the speaker, any other ("He congratulated Biden") either of the two
    reported: bool = False
    # every registered person named outside quotes, possessives too ("Donald Trump's decision"):
    # whom a title by the registry's role may mean ("The US President cancelled ...")
    named: tuple[str, ...] = ()
    # a later "he" may mean one the registry does not know, never one named before: the
    # sentence names no one it knows and opens on one it does not know as an owner
    # ("Nemtsov's friends say ..."), or its own "he" said something and meant no one known
    # ("In an interview on February 10, he said ... Putin would kill him. On Friday, he told
    # ...": not Putin)
    unknown_he: bool = False
    # of two or more people named (or one beside a titled name the registry does not know), the
    # one the sentence opens on as its subject ("Vladimir Putin, who was sworn in on May 7, is due
    # to travel to China for talks with Xi Jinping. On Sunday he replaced Shoigu": Putin, not Xi):
    # whom a "he" after it means
    lead: Attribution | None = None
    # people the registry does not know, named with a title ("Judge Leonid Stepanenko"): for a
    # later "the judge" only, never a "he"
    titled_names: tuple[Attribution, ...] = ()
    # the titles of holders it names with no name ("A second judge, at the appeals court,
    # upheld it", "A Russian prosecutor opened a case"): after them "the judge" is either
    nameless: frozenset[str] = frozenset()


def _titled_name(run: list[str], w: Words) -> str | None:
    """The run from its first word up to a holder's name, where its last holder word is
    followed by a name of two to four words ending it: "Judge Leonid Stepanenko", "Prime
    Minister Yulia Tymoshenko", "Chief Judge Ramona V. Manglona"; never a body's or a thing's
    name ("the Prosecutor General's Office", "Cambridge Judge Business School", hostile51)."""
    at = max((i for i, x in enumerate(run) if x.lower() in w.titled_holders), default=None)
    if at is None:
        return None
    name = run[at + 1:]
    if not 2 <= len(name) <= 4 or not all(NAME_WORD.fullmatch(x) for x in name) \
            or any(x.lower() in w.institution_words or x.lower() in w.thing_name_ends for x in name):
        return None
    return " ".join(run)


NAME_WORD = re.compile(r"[A-Z](?:[a-z][\w-]*|\.)")  # a name's word or initial: "Leonid", "V."


def _opened(run: list[str], w: Words) -> list[str]:
    """A run of capitalised words less the sentence's opening word of no name ("When Judge Leonid
    Stepanenko ...": "Judge Leonid Stepanenko")."""
    return run[1:] if run and run[0].lower() in w.clause_openers else run


# a holder named by no name, a noun phrase of its own: "A second judge, at the appeals court,",
# "another prosecutor", "a Russian prosecutor opened"
@lru_cache(maxsize=4)
def _nameless_holder(holders: frozenset[str]) -> re.Pattern[str]:
    return re.compile(r"(?<![\w’'-])(?:[Aa]n?|[Aa]nother|[Oo]ne|[Ss]econd|[Tt]hird|[Oo]ther)\s+"
                      r"(?:[\w-]+\s+){0,2}?(?P<holder>" + "|".join(sorted(holders)) + r")\b(?!\s*,\s+[A-Z])")
# a holder described in lower case, then named in apposition: "the ambassador of the United
# Kingdom, Robert Macaire," "the presiding judge, Leonid Stepanenko,"
UNKNOWN_TITLED = re.compile(r"(?<![\w’'-])(?:the|a|an|[A-Z][\w’'-]*)\s+(?:[a-z-]+\s+)?(?P<holder>[a-z]+)"
                            r"(?:\s+(?:of|to|for|at)\s+(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})?"
                            r",\s+(?P<name>[A-Z][a-z][\w’'-]*(?:\s+[A-Z][a-z][\w’'-]*){1,2})(?=,|\.)")
# a person named only to say who another is: "Yuri Ushakov, an aide to Putin" (after the other,
# in apposition), "Putin's aide" (a possessive): no antecedent of a later "he"
DESCRIBING = re.compile(r",\s+(?:a|an|the)\s+(?:[\w’'-]+\s+){0,4}(?:to|of|for)\s+(?:[\w’'-]+\s+){0,3}")
# a sentence's opening name as an owner: "Nemtsov's friends say ..."
UNKNOWN_OWNER = re.compile(r"(?P<name>[A-Z][\w.-]*[a-z])(?:’s|'s)\s+(?P<noun>[a-z][\w-]*)")
OWNER = re.compile(r"(?:’s|'s)\s+(?P<noun>[a-z][\w-]*)")


def _persons(text: str, mentions: Sequence[Mention], registry: Registry, before: int,
             quoted: list[tuple[int, int]], w: Words) -> tuple[Attribution, ...]:
    out: dict[str, Attribution] = {}
    owners: dict[str, Attribution] = {}
    last: Mention | None = None
    for m in mentions:
        if m.end <= before and not _inside(quoted, m.start) \
                and registry.get(m.entity).kind == "person" and not w.name_modifies.match(text, m.end):
            if (owned := OWNER.match(text, m.end)) and _base(owned.group("noun")) not in w.titles \
                    and owned.group("noun") not in w.speaker_nouns:
                owners[m.entity] = Attribution(" ".join(text[m.start:m.end].split()), m.entity)
            if last is not None and last.entity != m.entity and DESCRIBING.fullmatch(text[last.end:m.start]) \
                    or owned:
                continue  # "Yuri Ushakov, an aide to Putin", "Putin's aide": who the named one is
            start = m.start
            if last is not None and last.entity == m.entity and not text[last.end:m.start].strip():
                start = last.start  # one name in two mentions: "Russian President" "Vladimir Putin"
            span = _chain_back(text, m.end, w)
            if span is not None and span[0] < start and "," not in text[span[0]:start]:
                start = span[0]  # with the title: "US President Donald Trump"
            name = " ".join(text[start:m.end].split())
            if m.entity in out and _base(name.split()[-1].lower()) in w.titles:
                name = out[m.entity].text  # "Zelenskyy … the Ukrainian President": keep the name
            out.pop(m.entity, None)
            out[m.entity] = Attribution(name, m.entity)
            last = Mention(start, m.end, m.entity)
    if not out and len(owners) == 1:
        return tuple(owners.values())  # "Donald Trump's patience ..., after which he wrote"
    return tuple(out.values())


def _person_like(a: Attribution, registry: Registry, w: Words) -> bool:
    if a.entity is not None:
        return registry.get(a.entity).kind == "person"
    last = a.text.split()[-1]
    if a.text.lower().startswith("the ") and "," not in a.text and _base(last.lower()) not in w.titles \
            and last.lower() not in w.holders:
        return False  # "the Air Force", "the OSCE Special Monitoring Mission": a body, named
    return _is_name(last, w) and last.lower() not in w.speaker_nouns or last.lower() in w.titled_holders \
        or a.text.lower().endswith(tuple(w.title_synonyms))  # "the head of state"


# How many sentences back 'the foreign minister' looks for the person named with that title.
# Real articles have at most 71 sentences (the dev corpus, the seeds, tests/eval, TimeBank and
# AQUAINT), so they are read whole; a degenerate article of thousands of sentences that each say
# "the minister said" would otherwise cost the square of its length (256 KB: 100 s).
TITLE_REACH = 200


@lru_cache(maxsize=64)
def _roles(keys: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("(?:" + "|".join(re.escape(k) for k in keys) + r")(?![\w-])")


ROLE_YEARS = re.compile(r"\((\d{4})(?:\s*[–-]\s*(\d{4})?)?\)")


def _role_held(role: str, on: dt.date | None) -> bool:
    """Was ``role`` (the registry's, its years in brackets: "President of the United States
    (2021-2025)") held in the year of ``on``? A role without years, or no day, always."""
    if on is None or (years := ROLE_YEARS.search(role)) is None:
        return True
    first, last = int(years.group(1)), years.group(2)
    return first <= on.year and (on.year <= int(last) if last else years.group(0).endswith("-)") or on.year == first)


class _Titled:
    """The people an article named with a title ("Ukrainian Foreign Minister Andrii Sybiha"),
    for 'the foreign minister' after them: per title asked about, the sentences are read once,
    as the article goes on, and the matches of the last ``TITLE_REACH`` sentences are kept with
    a count per person (each sentence was read again for each 'the minister' after it: 128 KB
    of such sentences spent 1.4 of its 2.2 s there)."""

    def __init__(self, history: list[_Seen], w: Words, registry: Registry | None = None,
                 on: dt.date | None = None) -> None:
        self.history, self.w, self.registry, self.on = history, w, registry, on
        # (title, by the registry's role?) -> [its pattern, sentences read, matches (sentence,
        # person, attribution), counts]
        self.titles: dict[tuple, list] = {}

    def _matches(self, key: str, seen: _Seen, pattern: re.Pattern, by_role: bool,
                 possessed: bool = False, unknown: bool = False) -> list[tuple[str, Attribution]]:
        out = []
        if possessed and self.registry is not None:
            for entity in seen.named:  # (named with or without a title, possessives too: for
                # a title of a country, "The US President", which one person holds)
                if entity not in (a.entity for a in seen.persons) \
                        and pattern.match((self.registry.get(entity).role or "").lower()) \
                        and _role_held(self.registry.get(entity).role or "", self.on):
                    out.append((entity, Attribution(self.registry.get(entity).name, entity)))
        for a in seen.titled_names if unknown else (*seen.persons, *((seen.speaker,) if seen.speaker else ())):
            if by_role:
                # named without the title, which the registry gives ("Sir Keir Starmer" and
                # then "the prime minister": Prime Minister of the United Kingdom)
                if self.registry is not None and a.entity is not None and a.entity in self.registry.by_id \
                        and pattern.match((self.registry.get(a.entity).role or "").lower()) \
                        and _role_held(self.registry.get(a.entity).role or "", self.on):
                    out.append((a.entity, a))
                continue
            low = a.text.lower()
            at = pattern.search(low) if key in low else None
            if at and any(_is_name(x, self.w) for x in a.text[at.end():].split()) \
                    and low.split()[-1] not in self.w.thing_name_ends:  # (never "Professor Ivan Petrov of
                # Cambridge Judge Business School" for "the judge", hostile51)
                out.append((a.entity or a.text.split()[-1], a))
        return out

    def named(self, key: str, country: str | None = None) -> Attribution | None:
        """The one person named with the title ``key`` in the last TITLE_REACH sentences (the
        last mention of them), or None for none or two; with none named so, the one person
        named there whose role in the registry is that title. With a ``country`` ("the US
        President"), only one whose role in the registry is of that country."""
        if country is None:
            titled = self._named(key, False)
            if titled is not None and titled.entity is None:
                titled = self._unnamed_since(key, titled, False)
                if titled is None:
                    return None
            if titled is None:
                if self._count(key):
                    return None
                # (and with none the registry gives it either, the one person it does not know
                # named with it: "Judge Leonid Stepanenko ... the judge said"; never beside one
                # it knows, "US President Donald Trump ... Syrian President Ahmed al-Sharaa ...
                # the President said" is Trump's, probe_events17)
                return self._named(key, True) or (self._unnamed_since(key, self._named(key, False, unknown=True), True)
                                                  if not self._held_around(key) else None)
            # ... and one the registry gives the title, named since the last one the article
            # titled so, is the one meant ("Russia's foreign minister Sergei Lavrov ... Kyiv's
            # answer came from Dmytro Kuleba. The foreign minister said": Kuleba, probe_events78)
            self._named(key, True)  # (its matches read up to now)
            held, titled_at = self._last((self._role(key, None).pattern, True, False)), self._last((key, False, False))
            if held is not None and titled_at is not None and held[0] > titled_at[0] \
                    and held[2].entity is not None and held[2].entity != titled.entity \
                    and self._office(held[2].entity) != self._office(titled.entity) \
                    and held[0] == len(self.history) - 1 and self.history[held[0]].subject is None \
                    and {a.entity for a in self.history[held[0]].persons} == {held[2].entity}:
                return held[2]  # (of another country's: one office has one holder at a time,
                # "President Petro Poroshenko ... Zelensky's team ... The President has said" is
                # Poroshenko, probe_events37; and named alone in the sentence just before, no
                # "he" of the other's there: "He refused to meet Dmytro Kuleba. The foreign
                # minister said" is Lavrov, hostile39)
            return titled
        return self._named(key, False, country) or self._named(key, True, country)

    def _unnamed_since(self, key: str, found: Attribution | None, unknown: bool) -> Attribution | None:
        """``found``, the one the registry does not know titled ``key`` last (in the slot of
        those it does not know, ``unknown``, or of the rest), unless a holder of that title named
        by no name came after him ("Judge Anna Kornilova extended the arrest. A second judge, at
        the appeals court, upheld it. The judge said": either, hostile47)."""
        if found is None:
            return None
        at = self._last((key, False, unknown))
        since = self.history[at[0] + 1:] if at is not None else []
        return None if any(key in seen.nameless for seen in since) else found

    def _held_around(self, key: str) -> bool:
        """Does one the registry knows, named in the last TITLE_REACH sentences, hold a role with
        the title in it anywhere ("Witkoff", "US special envoy", beside "the envoy of Qatar,
        Mohammed Al-Khulaifi": "the envoy" is either, hostile51)?"""
        if self.registry is None:
            return False
        title = re.compile(rf"(?<!vice )(?<!deputy )(?<!first )(?<![\w-]){re.escape(key)}(?![\w-])")
        return any(title.search(role.lower()) and _role_held(role, self.on)
                   for seen in self.history[-TITLE_REACH:] for p in seen.persons
                   if p.entity is not None and p.entity in self.registry.by_id
                   for role in [self.registry.get(p.entity).role or ""])

    def _office(self, person: str | None) -> str | None:
        """The registry's role of ``person`` without its years ("Foreign Minister of Ukraine")."""
        if person is None or self.registry is None or person not in self.registry.by_id:
            return None
        return re.sub(r"\s*\([^()]*\)\s*$", "", self.registry.get(person).role or "").lower() or None

    def _last(self, slot: tuple) -> tuple[int, str, Attribution] | None:
        """The last match (sentence, person, words) of a title's ``slot`` as ``_named`` last
        read them."""
        found = self.titles[slot][2]
        return found[-1] if found else None

    def holds(self, person: str, key: str, country: str | None = None) -> bool:
        """Is the title ``key`` the registry's role of ``person`` (an entity id), of ``country``
        where one is given?"""
        role = (self.registry.get(person).role or "").lower() \
            if self.registry is not None and person in self.registry.by_id else ""
        return bool(role) and self._role(key, country).match(role) is not None \
            and self._of(person, country) and _role_held(role, self.on)

    def _role(self, key: str, country: str | None) -> re.Pattern[str]:
        """The registry's roles a title stands for: itself, or for a country's "leader" any of
        ``leader_roles`` ("the Hungarian leader": the Prime Minister of Hungary)."""
        return _roles(self.w.leader_roles if key == "leader" and country is not None
                      else tuple(sorted(SPOKES)) if key in SPOKES else (key,))  # (a spokesman is
        # a spokesperson: "the Kremlin spokesman", the registry's "Kremlin spokesperson")

    def _of(self, person: str, country: str | None) -> bool:
        """Is ``person`` (an entity id, or a name) of ``country`` by the registry's role?"""
        if country is None:
            return True
        role = (self.registry.get(person).role or "") \
            if self.registry is not None and person in self.registry.by_id else ""
        return country.lower() in role.lower()

    def _count(self, key: str) -> int:
        return len(self.titles[(key, False, False)][3])

    def _named(self, key: str, by_role: bool, country: str | None = None, unknown: bool = False
               ) -> Attribution | None:
        # (by the registry's role, a country's "leader" is any of several roles: kept apart)
        # (by role and of a country, the people a sentence names by a possessive count too)
        # (the people the registry does not know, titled: a slot of their own)
        slot = (key, by_role, unknown) if not by_role else (self._role(key, country).pattern, True, country is not None)
        if slot not in self.titles:
            # "the president" is not "Vice President Vance"
            pattern = self._role(key, country) if by_role else re.compile(
                r"(?<!vice )(?<!deputy )(?<!former )(?<!acting )(?<![\w-])" + re.escape(key) + r"(?![\w-])")
            self.titles[slot] = [pattern, 0, deque(), Counter()]
        state = self.titles[slot]
        pattern, done, found, count = state
        now = len(self.history)
        first = now - TITLE_REACH
        for i in range(max(done, first, 0), now):
            for person, a in self._matches(key, self.history[i], pattern, by_role,
                                           by_role and country is not None, unknown):
                found.append((i, person, a))
                count[person] += 1
        state[1] = now
        while found and found[0][0] < first:
            _, person, _ = found.popleft()
            count[person] -= 1
            if not count[person]:
                del count[person]
        if country is not None:
            theirs = [(person, a) for _, person, a in found if self._of(person, country)]
            return theirs[-1][1] if len({person for person, _ in theirs}) == 1 else None
        return found[-1][2] if len(count) == 1 else None


def _title_of(who: Attribution, w: Words) -> tuple[str, str | None] | None:
    """The title a speaker's words describe (and the country they give), or None where they
    name someone or describe no holder: "the foreign minister" -> ("foreign minister", None),
    "the US President" and "Ukraine's president" -> ("president", the country)."""
    words_ = who.text.split()
    if len(words_) >= 2 and (owner := POSSESSIVE_COUNTRY.fullmatch(words_[0])) is not None \
            and owner.group(1) in set(w.title_countries.values()):
        # "Ukraine's president": the country's holder of that title, as "the Ukrainian president"
        words_ = ["the", owner.group(1), *words_[1:]]
        country: str | None = owner.group(1)
    else:
        country = w.title_countries.get(words_[1]) if len(words_) > 2 else None
    title = words_[2:] if country else words_[1:]
    key = " ".join(title).lower()
    if who.entity is not None or len(words_) < 2 or words_[0].lower() != "the" \
            or words_[-1].lower() not in w.titled_holders and key not in w.title_synonyms \
            or any(_is_name(x, w) and _base(x.lower()) not in w.titles for x in title):
        return None
    return w.title_synonyms.get(key, key), country


def _named_after(out: list[Attribution | None], sentences: Sequence[Sentence],
                 mentions: Sequence[Sequence[Mention]], titled: _Titled, w: Words,
                 registry: Registry) -> list[Attribution | None]:
    """A lead's description named in the next sentences: "Ukraine's president said Friday
    that ... // Volodymyr Zelenskyy said at a news conference ...": the one person of the next
    ``NAMED_AFTER`` sentences whose role in the registry is the title (of its country), where
    no one was named with it before."""
    fixed = list(out)
    for i, who in enumerate(out):
        if who is None or who.entity is not None or (title := _title_of(who, w)) is None:
            continue
        key, country = title
        after = {m.entity for found in mentions[i + 1:i + 1 + NAMED_AFTER] for m in found
                 if registry.get(m.entity).kind == "person" and titled.holds(m.entity, key, country)}
        if len(after) == 1:
            person = next(iter(after))
            fixed[i] = Attribution(who.text, person)
    return fixed


NAMED_AFTER = 2  # sentences after a lead's description where the one it describes is named


# a preposition right before a name: its object ("spoken to Putin", "a letter to Zelensky,
# which said ..."), never the subject of a title or a clause after it (not "after": "After
# Zelensky met Putin, the president said" names two, GOVERNED's wider set would leave one)
GOVERNED_PERSON = re.compile(r"\b(?:to|with|by|from|for|about|against|toward|towards|between|on|at|of|in)\s+$",
                             re.IGNORECASE)


def _described(who: Attribution, titled: _Titled, w: Words,
               here: tuple[Attribution, ...] = ()) -> Attribution:
    """'the foreign minister' is the one person the article named with that title before
    ("Ukrainian Foreign Minister Andrii Sybiha"); with none, or two, the words stay as they are.
    One person named earlier in the same sentence whose role in the registry is that title
    comes first ("..., where on Wednesday Putin called some European politicians 'piglets', the
    president said he had meant ...")."""
    title = _title_of(who, w) or _owned_title(who, titled.registry, w)
    if title is None:
        return who
    key, country = title
    holders = {a.entity: a for a in here if a.entity is not None and titled.holds(a.entity, key, country)}
    if len(holders) == 1:
        return next(iter(holders.values()))
    found = titled.named(key, country)
    if found is None and key in SPOKES and country is not None and titled.registry is not None:
        # a body's spokesperson the article never names: the one person the registry gives that
        # voice ("The Kremlin spokesman said last night ...": Peskov; probe_events51-52)
        voices = [e for e in titled.registry.entities if e.kind == "person" and e.role
                  and country.lower() in e.role.lower() and any(x in e.role.lower() for x in SPOKES)]
        if len(voices) == 1:
            return Attribution(who.text, voices[0].id)
    return found or who


SPOKES = frozenset({"spokesman", "spokeswoman", "spokesperson"})  # a body's voice, a holder too


def _owned_title(who: Attribution, registry: Registry | None, w: Words) -> tuple[str, str] | None:
    """The title a body's holder is described by, and the body, where the words are "the" and a
    body the registry knows, then a holder ("The Kremlin's spokesman", "the Kremlin
    spokesman"): the one named with that title before is its holder whose role names the body.

    >>> from generator.entities import load_registry
    >>> _owned_title(Attribution("The Kremlin's spokesman", None), load_registry(), words())
    ('spokesman', 'Kremlin')
    >>> _owned_title(Attribution("The Kremlin", "kremlin"), load_registry(), words()) is None
    True
    """
    parts = who.text.split()
    if registry is None or len(parts) < 3 or parts[0].lower() != "the" \
            or parts[-1].lower() not in w.holders | SPOKES:
        return None
    owner = re.sub(r"[’']s$", "", " ".join(parts[1:-1])).lower()
    body = next((e for e in registry.entities if e.kind != "person" and e.kind != "place"
                 and owner in {n.lower().removeprefix("the ") for n in (e.name, *e.aliases)}), None)
    return (parts[-1].lower(), re.sub(r"^[Tt]he\s+", "", body.name)) if body is not None else None


# the verb after a pronoun speaker ("He| added", "she| also said")
GOING_ON_VERB = re.compile(r"\w+\s+(?:(?:also|then|later|further|again)\s+)?([a-z]+)")


def _reported(text: str, who: Attribution | None, persons: tuple[Attribution, ...]) -> bool:
    """Is ``who`` named after what it reports (after a comma or a quote), the sentence opening
    on another person ("Putin met Trump on Monday, Peskov said.")?"""
    if who is None or not persons or (spoken := written(text, who.text)) is None \
            or not re.search(r"[,”\"’]\s*$", text[:spoken.start()]):
        return False
    first = persons[0]
    opening = written(text, first.text)
    return first.text != who.text and (first.entity is None or first.entity != who.entity) \
        and opening is not None and opening.start() < spoken.start() \
        and not text[:opening.start()].strip(" “\"‘'*_")


def _unknown_holder(text: str, at: int, found: Sequence[Mention], quoted: list[tuple[int, int]],
                   w: Words) -> bool:
    """Does ``text`` open, before ``at``, on a person the registry does not know, named with
    an office ("US Secretary of State John Kerry was ...")?"""
    lead = HOLDER_LEAD.match(text, 0, at)
    if lead is None or _inside(quoted, lead.start("run")):
        return False
    names = lead.group("run").split()
    name_at = lead.end("run") - len(" ".join(names[-2:]))  # the person's own name, not "US"
    return any(x.lower() in w.holders for x in names[:-2]) \
        and all(_is_name(x, w) and x.lower() not in w.holders for x in names[-2:]) \
        and not any(m.start < lead.end("run") and name_at < m.end for m in found)


def _antecedent(here: tuple[Attribution, ...], history: list[_Seen], registry: Registry,
                w: Words, text: str = "", at: int = 0, going_on: bool = False) -> Attribution | None:
    """The one person a 'he/she' can mean: named earlier in this sentence, or the speaker or
    the only person of the nearest earlier sentence that names anyone. Of two or more named
    earlier in this sentence, the subject it opens on, when the pronoun's frame closes the
    clause after a comma ("Zelensky will travel to Washington to meet Trump, he announced").
    A speaker named after what it reports of another ("Putin met Trump on Monday, Peskov
    said.") only where the pronoun goes on speaking (``going_on``: "He added ..."; not "He
    congratulated Biden on Tuesday", 'Peskov congratulates Biden', the twenty-third sweep)."""
    # (never the other party of "his first summit with Kim Jong-un, he said": not who "he" is)
    here = tuple(a for a in here if (place := written(text, a.text)) is None
                 or not WITH_PARTY.search(text, 0, place.start()))
    if here and (opens := w.pronoun_opening.match(text)) is not None \
            and (this := re.match(r"(?:he|she)\b", text[at:at + 4], re.IGNORECASE)) is not None \
            and (opens.group("low") or opens.group("pronoun") or "").lower() == this.group(0).lower():
        # (a sentence opening on "he": each "he" of it is that one, from the sentences before:
        # "On Tuesday, he met U.S. President Donald Trump, and on Wednesday he told the
        # Assembly" is not Trump's, probe_events126; another pronoun is not: "She met Zelensky
        # on Monday, he said" is Zelensky's)
        here = ()
    if here:
        if len(here) > 1 and text.lstrip().startswith(here[0].text) \
                and re.search(r",\s*$", text[:at]):
            return here[0]
        return here[0] if len(here) == 1 else None
    for seen in reversed(history[-w.reach:]):
        if seen.speaker is not None and _person_like(seen.speaker, registry, w):
            return seen.speaker if going_on or not seen.reported else None
        if seen.subject is not None:
            # "Vladimir Putin did two things. He endorsed Kamala Harris ... And, more quietly,
            # he said ...": the subject a pronoun carried on is still the one it means
            return seen.subject
        if seen.unknown_he:
            return None  # one the registry does not know is nearer than any it knows
        if seen.persons:
            return seen.persons[0] if len(seen.persons) == 1 and not seen.unknown else seen.lead
    return None


# what follows a sentence's opening name as its subject: its verb, or a relative clause or a
# description between commas before it ("Vladimir Putin, who was sworn in on May 7, is due")
LEAD_FOLLOWS = re.compile(r"(?:,\s+(?:who\s|(?:a|an|the)\s)[^,;:“”\"()]{1,120},)?\s+(?:(?:also|then|later|first|again|"
                          r"once|still|never|already|himself|herself|[a-z]+ly|on\s+[A-Z][a-z]+day|"
                          r"(?:last|this|next)\s+(?:week|month|year))\s+)*(?P<verb>[a-z]+)\b")
LEAD_AUXILIARIES = frozenset("is was has had will would could can must may might should".split())


def _lead(text: str, persons: tuple[Attribution, ...], w: Words) -> Attribution | None:
    """The first person named, where the sentence opens on them as its subject: a past, an
    auxiliary or a leader's present right after the name (adverbs and times between), or after a
    relative clause or a description between commas; never a sentence of two clauses joined by
    a semicolon."""
    first = persons[0]
    start = len(text) - len(text.lstrip())
    if ";" in text:
        return None  # two clauses, a subject each: "Putin stayed in Moscow; Xi Jinping flew home"
    if not text.startswith(first.text, start) or (m := LEAD_FOLLOWS.match(text, start + len(first.text))) is None \
            or any(0 <= text.find(p.text.split()[-1], start) < m.end() for p in persons[1:]):
        return None
    # (its verb a past: never a name that describes the subject, "Zelensky aides met Trump",
    # nor one of two joined by "as well as", "plus", "versus", hostile50)
    verb = m.group("verb")
    return first if verb in _pasts()[0] or verb in LEAD_AUXILIARIES or verb in w.lead_presents \
        or verb.endswith("ed") and verb not in _pasts()[1] else None


@lru_cache(maxsize=1)
def _pasts() -> tuple[frozenset[str], frozenset[str]]:
    """The language's past tenses not in -ed, and its -ed words that are none (tense.yaml)."""
    data = lang.resource(lang.DEFAULT, "tense")
    return frozenset(data["irregular_past"].split()) - {"ago", "earlier"}, frozenset(data["not_past"].split())


def _woman(who: Attribution, registry: Registry, w: Words) -> bool | None:
    """True where the name tells a woman, False a man, None where it does not tell: a woman's
    role or honorific ("spokeswoman", "Mrs"), a given name of the lists, else a surname's
    ending ("Zakharova", "Lavrov"). The registry's people by their names."""
    entity = registry.by_id.get(who.entity) if who.entity is not None else None
    words = TOKEN.findall(entity.name if entity is not None else who.text)
    if any(x.lower().rstrip(".") in w.female_words for x in words):
        return True
    names = [x for x in words if x[:1].isupper()]
    for x in names:
        if x in w.female_names:
            return True
        if x in w.male_names:
            return False
    last = names[-1].lower() if names else ""
    if len(names) >= 2 and len(last) > 4 and last.endswith(w.female_endings):
        return True
    if len(names) >= 2 and len(last) > 4 and last.endswith(w.male_endings):
        return False
    return None


def _agreeing(who: Attribution | None, text: str, at: int, here: tuple[Attribution, ...],
              history: list[_Seen], registry: Registry, w: Words) -> Attribution | None:
    """``who``, the one a "he" or "she" at ``at`` was taken to mean, when the name does not
    tell another sex; else the nearest person before it whose name tells the pronoun's, or no
    one ("Responding to Jens Stoltenberg, who had urged Russia to release the crews, she said"
    was Stoltenberg's; probe_events97's four "she" were the men named in between)."""
    pronoun = re.match(r"(she|he)\b", text[at:at + 4], re.IGNORECASE)
    if who is None or pronoun is None:
        return who
    female = pronoun.group(1).lower() == "she"
    if _woman(who, registry, w) in (None, female):
        return who
    candidates = [*reversed(here)] + [p for seen in reversed(history[-w.reach:])
                                      for p in (seen.speaker, seen.subject, *reversed(seen.persons))
                                      if p is not None]
    return next((p for p in candidates if _woman(p, registry, w) is female
                 and _person_like(p, registry, w)), None)


# "the ministry", "The company": a body described by what it is, no name in the words
BODY_DESCRIBED = re.compile(r"[Tt]he\s+(?:[a-z][a-z-]*\s+){0,2}(?P<noun>[a-z]+)")
BODY_REACH = 8  # sentences back where the body a description means is looked for (a report
# names it in its lead and then "the ministry said" paragraphs on; probe sets: 3-6 back)
BODY_WINDOW = 1000  # characters of each of those sentences read, its last (before the words, in
# the sentence that says them): a body's name stands near, and a run of capitalised words
# read whole costs its square (hostile46: 60 KB of them, 0.19 -> 8.6 s)
# a name that is one body's: capitalised words round the noun ("Ukraine's Ministry of
# Infrastructure", "the Investigative Committee", "Qatar's Ministry of Foreign Affairs")
BODY_NAME = r"(?:(?:[A-Z][\w’'.-]*|of|for|and)\s+)*{noun}s?(?![\w-])(?:\s+(?:of|for)(?:\s+(?:the|and))?(?:\s+[A-Z][\w’'.-]*)+)*"
# ... or an owner's, a people's: "the Saudi foreign ministry", "Russia's defence ministry" (never
# the end of a name: "Servant of the People committee", hostile46)
BODY_OWNED = (r"(?<![\w’'.-])(?<!\sof\s)(?<!\sof\sthe\s)(?<!\sand\s)(?P<owner>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*)(?:[’']s)?\s+"
              r"(?:(?!(?:the|a|an|to|of|in|on|at|for|by|with|from|and|or|as)\s)[a-z][a-z-]*\s+){{0,2}}{noun}(?![\w-])")
# a name, then what it is, in commas: "Energoatom, Ukraine's state nuclear company, said", "the
# Collective Security Treaty Organization, a Russia-led military alliance,", "Gazprom, Alexei
# Miller's company,"
BODY_APPOSED = (r"(?P<name>[A-Z][\w’'.-]*(?:\s+(?:(?:of|for|and)\s+(?:the\s+)?)?[A-Z][\w’'.-]*){{0,6}}),\s+"
                r"(?:a|an|the|(?:[A-Z][\w’'.-]*\s+){{0,2}}[A-Z][\w’'.-]*[’']s)\s+(?:(?!(?:who|which|that|whose)\s)[\w’'-]+\s+){{0,4}}?"
                r"{noun}(?=\s*[,)—–])")
# what it is, then the name: "Ukraine's nuclear operator Energoatom", "the state railway,
# Ukrzaliznytsia"
BODY_BEFORE = r"(?<![\w-]){noun},?\s+(?P<name>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){{0,4}})"
# a place before the name: "in St Petersburg, the Akorda press service reported" is no body
AT_PLACE = re.compile(r"(?<![\w-])(?:in|at|from|to|into|near|of|across|outside)\s+$", re.IGNORECASE)
# ... and where a label's name is a place's: "in Kupiansk", "from New Delhi" (never "spoke to Igor
# Dodon", hostile47)
IN_PLACE = re.compile(r"(?<![\w-])(?:in|at|from|into|near|across|outside|around)\s+$", re.IGNORECASE)


@lru_cache(maxsize=64)
def _body_patterns(noun: str) -> tuple[re.Pattern[str], ...]:
    title = re.escape(noun.capitalize())
    return (re.compile(BODY_NAME.format(noun=title)), re.compile(BODY_OWNED.format(noun=re.escape(noun))),
            re.compile(BODY_APPOSED.format(noun=re.escape(noun))),
            re.compile(BODY_BEFORE.format(noun=re.escape(noun))))


def _bodies(text: str, noun: str, found: Sequence[Mention], registry: Registry,
            w: Words) -> list[tuple[int, Attribution, str]]:
    """The bodies ``text`` names that the noun ``noun`` describes: where each ends, the name,
    the words that tell it is one."""
    named, owned, apposed, before = _body_patterns(noun)
    out: list[tuple[int, int, Attribution, str]] = []
    told: list[tuple[int, int]] = []

    def kind(m: Mention) -> str | None:
        return e.kind if (e := registry.by_id.get(m.entity)) is not None else None

    def entity(start: int, end: int) -> str | None:
        # (the body's own, ending its name: not its owner's, "Sergei Lavrov's Foreign Ministry"
        # is no Lavrov, hostile46)
        return next((m.entity for m in found if start <= m.start and m.end == end and kind(m) != "person"), None)

    def place(start: int, end: int) -> bool:
        inside = [m for m in found if start <= m.start and m.end <= end]
        return bool(inside) and all(kind(m) == "place" for m in inside)

    for pattern in (named, owned):
        for m in pattern.finditer(text):
            if pattern is owned and " " in m.group("owner") and re.search(r"[’']s\s", m.group()) is not None \
                    and not any(m.start("owner") <= x.start and x.end <= m.end("owner") + 2 and kind(x) != "person"
                                for x in found):
                continue  # a person's: "Alexei Miller's company" is what Gazprom is, said before
                # (never a place's or a body's the registry knows: "Saudi Arabia’s foreign ministry")
            words_ = m.group().split()
            while words_ and (not words_[0][:1].isupper() or words_[0] in w.not_names):
                words_.pop(0)  # ("of the ..." before, "The" opening the sentence: not the name's own)
            if any(x in w.time_words for x in words_):
                continue
            if len(words_) >= 2:
                name = " ".join(words_)
                out.append((m.end() - len(name), m.end(), Attribution(name, entity(m.end() - len(name), m.end())),
                            name))
    for pattern in (apposed, before):
        for m in pattern.finditer(text):
            name = re.sub(r"^[Tt]he\s+", "", m.group("name"))
            if name.split()[0] in w.not_names or any(x in w.time_words for x in name.split()) \
                    or AT_PLACE.search(text, max(0, m.start("name") - 12), m.start("name")) \
                    or place(m.start("name"), m.end("name")):
                continue
            out.append((m.start(), m.end(), Attribution(m.group("name"), entity(m.start("name"), m.end("name"))),
                        m.group()))
            if pattern is apposed:  # (what the name is, no body of its own: "Energoatom,
                # Ukraine's state nuclear company" is one body)
                told.append((m.end("name"), m.end()))
    for m in found:  # a body the registry knows by a name that says what it is ("the fund": the IMF)
        e = registry.by_id.get(m.entity)
        # (never a state by its other name: "the federation said" is no Russia's, probe_events142)
        if e is not None and e.kind == "organisation" and not (e.role or "").endswith(" state") \
                and any(re.search(rf"(?<![\w-]){re.escape(noun)}(?![\w-])", n, re.IGNORECASE)
                        for n in (e.name, *e.aliases)):
            out.append((m.start, m.end, Attribution(text[m.start:m.end], m.entity), e.name))
    out = [b for b in out if not any(a <= b[0] and b[1] <= z for a, z in told)]
    return [(end, who, said) for _, end, who, said in sorted(out, key=lambda x: x[1])]


def _body_meant(who: Attribution | None, sentences: Sequence[Sentence], at: int,
                mentions: Sequence[Sequence[Mention]], registry: Registry, w: Words) -> Attribution | None:
    """The body a speaker described by what it is means ("the ministry said", "The company
    said"): the one named before the words, in the sentence or the ``BODY_REACH`` ones before,
    whose name holds the noun ("Qatar's Ministry of Foreign Affairs") or which the article says
    is one ("Energoatom, Ukraine's state nuclear company"); else the words as they are. A
    reader of one claim alone learns nothing from "the ministry". Only where one such body is
    named there (two ministries named: which one is meant is a guess, hostile46) and its name
    or what tells it is one has every word the description has ("the regional health
    ministry" is no "Emergencies Ministry", "the national agency" no International one)."""
    if who is None or who.entity is not None \
            or (m := BODY_DESCRIBED.fullmatch(who.text.strip())) is None \
            or (noun := m.group("noun").lower()) not in w.body_nouns:
        return who
    said = who.text.lower().split()[1:-1]
    found: list[tuple[int, Attribution, str]] = []
    for i in range(at, max(-1, at - BODY_REACH - 1), -1):
        text = sentences[i].text
        if i == at:
            place = written(text, who.text)
            if place is None:
                continue
            text = text[:place.start()]
        elif len(text) > LONGEST:
            continue
        cut = max(0, len(text) - BODY_WINDOW)
        window = [Mention(x.start - cut, x.end - cut, x.entity) for x in mentions[i] if x.start >= cut]
        found += [b for b in _bodies(text[cut:], noun, window, registry, w)
                  if all(x in re.findall(r"[\w’'-]+", b[2].lower()) for x in said)]
    # (one body written two ways is one: "Russia's Defence Ministry ... The Defence Ministry
    # added", "The International Atomic Energy Agency" and the registry's IAEA, hostile47)
    names = {re.sub(r"^(?:the|The)\s+", "", b[1].text).lower() if b[1].entity is None else b[1].entity
             for b in found}
    names = {n for n in names if not any(n != o and n in o for o in names)}
    return found[0][1] if len(names) == 1 else who


def _inner_capitals(sentences: Sequence[Sentence]) -> frozenset[str]:
    """The capitalised words an article writes inside its sentences: names, not sentence openers."""
    return frozenset(m.group(1) for s in sentences for m in INNER_CAPITAL.finditer(s.text))


# A sentence longer than this names no speaker (a wrong speaker is worse than none): finding
# one reads each speech verb against the words before it, so its cost grows with the square of
# the sentence (a 128 KB run of "Putin said ..." took 21 s). Real reporting has no such
# sentence: the longest is 598 characters in the dev corpus, the seeds and tests/eval, and 593
# in TimeBank and AQUAINT (256 articles). At this length one sentence costs at most ~0.04 s
# however it is made (tests/test_hostile_work.py has the shapes that cost most).
LONGEST = 2_000


def attribute_sentences(sentences: Sequence[Sentence], mentions: Sequence[Sequence[Mention]],
                        registry: Registry, vocabulary: Words | None = None,
                        subjects: dict[int, tuple[int, Attribution]] | None = None,
                        meant: dict[int, Attribution] | None = None, on: dt.date | None = None
                        ) -> tuple[Attribution | None, ...]:
    """One attribution (or None) per sentence of one article, in order.

    ``subjects``, when given, is filled with the subjects named by their title only that the
    article names elsewhere ("The President was hosting Russia's foreign minister" after "US
    President Donald Trump ..."): a sentence's start -> (the title's length, the person).
    ``meant``, when given, is filled with the one person the "he" or "she" a sentence opens on
    means, where the sentence says no speaker ("He met Indonesia's President ..." after "French
    President Emmanuel Macron spoke ..."): a sentence's start -> the person. ``on``, the
    article's day: a title by the registry's role is of one who held it that year ("The
    president" in 2019 is no Biden, "President of the United States (2021-2025)",
    probe_events81).

    ``mentions[i]`` are the registry mentions of ``sentences[i].text`` (``Registry.find``).

    >>> from generator.entities import load_registry
    >>> r = load_registry()
    >>> s = [Sentence(0, 24, "Putin arrived in Moscow.", 0), Sentence(25, 53, "He said the talks went well.", 1)]
    >>> attribute_sentences(s, [r.find(x.text) for x in s], r)[1]
    Attribution(text='Putin', entity='vladimir-putin')
    """
    w = vocabulary or words()
    out: list[Attribution | None] = []
    history: list[_Seen] = []
    titled = _Titled(history, w, registry, on)
    # capitalised words the article writes inside its sentences: names, not sentence openers
    inner = _inner_capitals(sentences)
    # an interview: paragraphs opening on "Q." (its "A." is an answer's, never an initial where
    # no one asks: "A. Q. Khan said ...", hostile46)
    interview = any(m["label"] == "Q" for s in sentences if s.kind in ("text", "heading")
                    and (m := QA_TURN.match(s.text)))

    @lru_cache(maxsize=1)
    def surnames() -> frozenset[str]:
        """The last words of the names of people the article writes with a title ("former
        Georgian president Mikheil Saakashvili", "President Emmanuel Macron", "Boris Nemtsov,
        a former deputy prime minister"): such a person's name alone where it writes it so
        (read when first asked; never a forum's, "the Belt and Road Forum")."""
        out = set()
        for s in sentences:
            if len(s.text) > LONGEST:
                continue
            for r in NAME_RUN.finditer(s.text):
                parts = r.group().split()
                before = TOKEN.findall(s.text[max(0, r.start() - 40):r.start()])[-1:]
                after = re.match(r",\s+(?:(?:a|an|the)\s+)?((?:[\w’'-]+\s+){0,5}[\w’'-]+)", s.text[r.end():])
                titled = [x for x in before + parts[:-2] + (after.group(1).split() if after else [])
                          if _base(x.lower()) in w.titles]  # (or a description after: "Boris
                # Nemtsov, a former deputy prime minister"; "Petro Yatsenko, spokesman for ...",
                # probe_events91)
                names = parts[-3:] if titled else []
                if len(names) >= 2 and _is_name(last := names[-1].rstrip(".,"), w) \
                        and all(_is_name(x, w) or x in w.particles for x in names) \
                        and _base(last.lower()) not in w.titles and last.lower() not in w.speaker_nouns:
                    out.add(last)
        return frozenset(out)
    for sentence, found in zip(sentences, mentions, strict=True):
        if sentence.kind not in ("text", "heading", "caption") or len(sentence.text) > LONGEST:
            out.append(None)
            continue
        text = sentence.text
        if (qa := QA_TURN.match(text)) is not None and (qa["label"] == "Q" or interview):
            # a question's or an answer's label is no word of a name: "Q. President Poroshenko
            # said on Tuesday ..." is no "Q. President Poroshenko", nor "Q. Will she stop
            # eating?" a "Q. Will" whom the answer's "she" means (probe_events129)
            text = text[:qa.start("label")] + " " * (qa.end() - qa.start("label")) + text[qa.end():]
        quoted = _quoted(text)
        who = frame = _frame(text, found, registry, w) if sentence.kind != "caption" else None
        if sentence.kind == "text" and (lead := NAME_COLON_QUOTE.match(text)) is not None \
                and lead.group("name").lower() not in NOT_A_TURN and not _date_label(lead.group("name"), w) \
                and (len(lead.group("name").split()) >= 2 or lead.group("name") in registry.by_name):
            # a post or a digest's item: "**09:05** — Volodymyr Zelensky: "Today Rustem Umerov
            # reported to me ..."" is Zelensky's (probe_events77: it was Umerov's, named inside)
            name = lead.group("name")
            who = frame = Attribution(name, next((m.entity for m in found if m.start == lead.start("name")
                                                  and m.end == lead.end("name")), registry.by_name.get(name)))
        if isinstance(who, _Pronoun):
            at = who.at
            # (never one named inside a relative clause before it: "Bakhmut, which Wagner
            # group chief Yevgeny Prigozhin claimed to have captured, he said")
            asides = [m.span() for m in RELATIVE_ASIDE.finditer(text, 0, at)]
            here = tuple(p for p in _persons(text, found, registry, at, quoted, w)
                         if not ((place := written(text, p.text)) is not None
                                 and any(a <= place.start() < b for a, b in asides)))
            if (opening := PRONOUN_OPENING.match(text)) is not None and opening.end() <= at \
                    and text[at:at + 4].lower().startswith(opening.group("pronoun").lower() + " ") \
                    and re.search(r",\s*$", text[:at]):
                # "He endorsed Kamala Harris on Monday, he said": the pronoun that closes the
                # clause is the one it opens on, who the sentences before mean (never one
                # named in between: 'Harris says he endorsed Harris')
                here = ()
            verb = GOING_ON_VERB.match(text, at)
            if not here and any(x in surnames() and not _inside(quoted, m.start())
                                and not any(a <= m.start(1) < b for a, b in asides)
                                for m in INNER_CAPITAL.finditer(text, 0, at) for x in [m.group(1)]):
                # "Georgia opened several criminal cases against Saakashvili in 2014, which he
                # says are politically motivated": one the registry does not know, whom the
                # article named with a title, is before the "he" (it was 'Putin', named
                # paragraphs before)
                who = None
            elif not here and _unknown_holder(text, at, found, quoted, w):
                # "US Secretary of State John Kerry was also in Kiev on Thursday, where he
                # warned ...": "he" is the office holder the registry does not know, never the
                # one the sentences before named (it was 'Putin', probe_events58)
                who = None
            else:
                who = _antecedent(here, history, registry, w, text, at,
                                  going_on=verb is not None and verb.group(1).lower() in w.going_on)
                who = _agreeing(who, text, at, here, history, registry, w)
            if who is not None and who.entity is not None \
                    and any(m.entity == who.entity and TOLD_LISTENER.fullmatch(text, at, m.start)
                            for m in found if m.start > at):
                who = None  # '"This war has to be ended," he told Putin': never the one told
        if who is not None and who.entity is None and who.text.split()[-1].lower() in w.groups \
                and (place := written(text, who.text)) is not None \
                and GROUP_GOVERNED.search(text, max(0, place.start() - 40), place.start()) is not None:
            who = None  # a group a word before governs is no subject: "An NGO that tracks rebels
            # said", "The mothers of captured soldiers told" (hostile46)
        if who is not None and who.entity is None and text.lstrip().startswith(who.text) \
                and " " not in who.text and not who.text.isupper() and who.text not in inner \
                and who.text.lower() not in w.speaker_nouns \
                and not LONE_NAME_SAYS.match(text, len(text) - len(text.lstrip()) + len(who.text)):
            who = None  # "History recalls …": a common noun opening the sentence
        if history and out and sentences[len(out) - 1].paragraph == sentence.paragraph \
                and (who is None or who.entity is not None and _person_like(who, registry, w)) \
                and (it := w.it_said.match(text, len(opener.group(0)) if (opener := IT_OPENER.match(text)) else 0)):
            # "The Kremlin's readout said ... It said Russia and Ukraine would ...": "it" right
            # after a document's or an office's words, in the same paragraph, is that speaker
            # (after a time too, and what it says of a person is its words: "The Kremlin's first
            # reaction had been cooler. On Saturday, it said Putin supported the ceasefire but
            # warned ..." was Putin's, probe_events67; "it" after a sentence that names one
            # organisation and no speaker is that organisation)
            last = out[-1]
            bodies = list(dict.fromkeys(m.entity for m in mentions[len(out) - 1]
                                        if registry.by_id.get(m.entity) is not None
                                        and registry.get(m.entity).kind == "organisation"))
            said_of = who
            who = last if last is not None and not _person_like(last, registry, w) else \
                Attribution(registry.get(bodies[0]).name, bodies[0]) if last is None and len(bodies) == 1 else None
            if who is None and said_of is not None and written(text, said_of.text) is not None \
                    and written(text, said_of.text).start() < it.end():
                who = said_of  # (never one named before "it": "Putin, it said, ...")
        if who is not None:
            at = -1
            if who.entity is None and (place := written(text, who.text)) is not None:
                at = place.start()
            # (never one a preposition governs: "Asked ... whether he had spoken to Putin, the
            # president said" is not Putin, probe_events77)
            here = tuple(p for p in (_persons(text, found, registry, at, quoted, w) if at > 0 else ())
                         if (place := written(text, p.text)) is None
                         or not GOVERNED_PERSON.search(text, max(0, place.start() - 12), place.start()))
            who = _described(who, titled, w, here)
            who = _body_meant(who, sentences, len(out), mentions, registry, w)
        out.append(who)
        # (and a question set as a heading: "**Why did Zelensky want an early election at
        # all?**" is whom the answer's "He announced its dissolution" means, probe_events81)
        if sentence.kind == "text" or sentence.kind == "heading" and text.rstrip("*_ ”\"’'").endswith("?") \
                and len(_persons(text, found, registry, len(text), quoted, w)) == 1:
            # (one person only: "## Will Putin meet Zelensky?" names no one "he" then means,
            # and left the "he" of the speaker before unknown, hostile40)
            persons = _persons(text, found, registry, len(text), quoted, w)
            if not persons and who is None:
                # a person the registry does not know: a subject of two or more names
                subject = _subject(text, len(text), found, registry, w, quoted)
                if isinstance(subject, Attribution) and subject.entity is None \
                        and (len(subject.text.split()) >= 2
                             and all(_is_name(x, w) or x in w.particles for x in subject.text.split())
                             and (len(NAME_RUN.findall(text)) == 1
                                  # (or the name in apposition after a description: "the
                                  # commander of the IRGC Aerospace Force, Brigadier General
                                  # Amir Ali Hajizadeh, took ...")
                                  or f", {subject.text}," in " ".join(text.split()))
                             # (or a name alone that the article gave with a title:
                             # "Saakashvili, who was stripped of his citizenship, forced his
                             # way back ... He was detained": not the Putin named before)
                             or subject.text in surnames() and not NAME_RUN.search(text)):
                    persons = (subject,)
            covered = [(m.start, m.end) for m in found]
            # another person the registry does not know makes "he" ambiguous: a name run with
            # an office in it ("German Chancellor Friedrich Merz"), other than the subject taken
            runs = [r for r in NAME_RUN.finditer(text) if not _inside(quoted, r.start())
                    and not any(a < r.end() and r.start() < b for a, b in covered)
                    and any(x.lower() in w.titled_holders for x in r.group().split())]
            unknown = sum(1 for r in runs if any(x.lower() in w.holders for x in r.group().split())
                          and not any(r.group().endswith(p.text) for p in persons)
                          and not _titled_then_named(text, r.end(), persons))
            # the people the registry does not know named with their title ("Judge Leonid
            # Stepanenko", "the ambassador of the United Kingdom, Robert Macaire,"): whom a later
            # "the judge said" means (``_titled_name``: never a body's or a thing's name, "The
            # Prosecutor General's Office", "The Commander Cup")
            titled_names = tuple(Attribution(named, None) for r in runs
                                 if (named := _titled_name(_opened(r.group().split(), w), w)) is not None) \
                + tuple(Attribution(" ".join(m.group().rstrip(", ").split()), None)
                        for m in UNKNOWN_TITLED.finditer(text) if not _inside(quoted, m.start())
                        and not any(a < m.end() and m.start("name") < b for a, b in covered)
                        and m.group("holder").lower() in w.titled_holders)
            unknown_he = isinstance(frame, _Pronoun) and who is None
            if not persons and (owner := UNKNOWN_OWNER.match(text, len(text) - len(text.lstrip()))) is not None \
                    and not any(a < owner.end() and owner.start() < b for a, b in covered) \
                    and _is_name(owner.group("name"), w) and owner.group("noun") not in w.speaker_nouns \
                    and _base(owner.group("noun")) not in w.titles:
                unknown_he = True  # one a sentence opens on as an owner ("Nemtsov's friends
                # say he was finishing a report. ..., he said": Nemtsov, not the Putin named before)
            # ... and a subject of two or more names it does not know, before the persons it
            # knows ("Mark Kelly met Zelensky in Kyiv. He said ...": not Zelensky), or of one
            # a relative clause tells is a person ("Saakashvili, who ... demanding Poroshenko's
            # impeachment, dismissed ... He told the crowd": not Poroshenko, probe_events70)
            if persons and (lead := NAME_RUN.match(text, len(text) - len(text.lstrip()))) is not None \
                    and re.match(r"(?:,\s+[DRI]-[A-Z][A-Za-z.]{1,12}(?:\s+[A-Z][a-z.]{1,8})?)*,?\s+[a-z]",
                                 text[lead.end():lead.end() + 80]) is not None \
                    and not any(a < lead.end() and lead.start() < b for a, b in covered) \
                    and len(lead.group().split()) >= 2 \
                    and all(_is_name(x, w) or x in w.particles for x in lead.group().split()) \
                    and not any(lead.group().endswith(p.text) for p in persons):
                unknown += 1
            elif persons and (apposed := OWNED_APPOSED.match(text)) is not None \
                    and not any(a < apposed.end("name") and apposed.start("name") < b for a, b in covered) \
                    and all(_is_name(x, w) or x in w.particles for x in apposed.group("name").split()):
                unknown += 1  # "Zelensky's new envoy, Oleh Marchenko, flew to Riyadh. He met
                # Rubio": the envoy, whom the registry does not know, not Zelensky (hostile34)
            elif persons and (one := ONE_NAME_WHO.match(text)) is not None \
                    and not any(a < one.end("name") and one.start("name") < b for a, b in covered) \
                    and _is_name(one.group("name"), w) \
                    and not any(p.text.endswith(one.group("name")) for p in persons):
                if one.group("name") in surnames():
                    # ... and a name alone the article gave with a title is the one "he" means
                    persons = (Attribution(one.group("name"), None),)
                else:
                    unknown += 1
            elif persons and (one := ONE_NAME_ACTS.match(text)) is not None \
                    and not any(a < one.end("name") and one.start("name") < b for a, b in covered) \
                    and one.group("name") in surnames() \
                    and not any(p.text.endswith(one.group("name")) for p in persons):
                # ... and so is one opening the sentence as its subject ("Tokayev spoke about
                # cooperation ... He also proposed holding a meeting": not the Putin of the
                # sentence, probe_events117)
                persons = (Attribution(one.group("name"), None),)
            elif persons and (pair := NAMED_PAIR_LEAD.match(text)) is not None \
                    and not any(a < pair.end("b") and pair.start("a") < b for a, b in covered) \
                    and _is_name(pair.group("a"), w) and _is_name(pair.group("b"), w):
                # ... or two it does not know, a name each ("Kelly, D-Ariz., and McCaul,
                # R-Texas, met Zelensky. He said ...": either, not Zelensky)
                unknown += 1
            subject = None
            opens = w.pronoun_opening.match(text)
            if opens is not None and (who is None or written(text, who.text) is not None) \
                    and (person := _antecedent((), history, registry, w)) is not None \
                    and person.entity is not None and registry.get(person.entity).kind == "person":
                # "He met Indonesia's President ...": the one person "he" means is who acts
                # (one who says something is its speaker already; one named as its speaker is
                # not whom "he" means: "On Saturday, he flew to Crimea and then, according to
                # the Kremlin, to Mariupol")
                subject = person
                if meant is not None:
                    meant[sentence.start] = person
            elif who is None and PRONOUN_OPENING.match(text) is not None and persons:
                # one the sentences before do not tell acts ("Putin and Erdogan spoke in Sochi.
                # He met Zelensky on Monday. He said ..."): the ones named after "he" are not
                # whom a later "he" means ('Zelensky says ...')
                unknown += 1
            if (titled_subject := _titled_subject(text, w)) is not None \
                    and not _titled_then_named(text, titled_subject.end("title"), persons):
                # "The President's patience with Vladimir Putin has been wearing thin. He told
                # Fox & Friends ...": the subject, named by title only, is whom "he" means: the
                # one person the article named with that title, else no one
                holder = _described(Attribution(f"the {titled_subject.group('title')}", None), titled, w)
                if holder.entity is not None:
                    persons = (holder,)
                    if subjects is not None and not any(m.start < titled_subject.end() for m in found):
                        subjects[sentence.start] = (titled_subject.end("title"), holder)
                else:
                    unknown += 1
            named = tuple(dict.fromkeys(m.entity for m in found if not _inside(quoted, m.start)
                                        and registry.get(m.entity).kind == "person"))
            nameless = frozenset(m.group("holder") for m in _nameless_holder(w.titled_holders).finditer(text)
                                 if not _inside(quoted, m.start()))
            history.append(_Seen(persons, who, unknown, subject, _reported(text, who, persons), named,
                                 unknown_he, _lead(text, persons, w) if len(persons) > 1 or persons and unknown else None,
                                 titled_names, nameless))
    out = _named_after(out, sentences, mentions, titled, w, registry)
    return tuple(_statement_follows(sentences, mentions, registry, _signed_posts(
        sentences, mentions, _interview_turns(sentences, mentions, _statements_before(
            sentences, mentions, registry, _carry_quotes(sentences, out), w), registry), registry), w))


RELEASE_END = re.compile(r"^\s*(?:#{3}|-\s*(?:30|ends?)\s*-|ENDS?)\s*$")  # a press release's end mark


def _statement_follows(sentences: Sequence[Sentence], mentions: Sequence[Sequence[Mention]],
                       registry: Registry, found: list[Attribution | None], w: Words
                       ) -> list[Attribution | None]:
    """The paragraphs after one that ends announcing a statement are its issuer's words where
    they name no speaker of their own: a release's ("Government spokesperson Steffen Seibert
    issued the following statement:", attribution.yaml ``statement_follows``) up to a heading,
    a separator, its end mark ("###") or a paragraph with a speaker of its own; a report's ("The
    Kremlin said in a statement:", or ``said_colon``'s "Foreign Minister Maas said:") the next
    paragraph, and the quoted ones that go on from it."""
    out = list(found)
    own = {t.paragraph for t, who in zip(sentences, found, strict=True) if who is not None}  # (once:
    # per announcement it was the square of the article, hostile41)
    for i, s in enumerate(sentences):
        if s.kind != "text" or i + 1 < len(sentences) and sentences[i + 1].paragraph == s.paragraph:
            continue
        # a release's statement ("issued the following statement:") runs on over the
        # paragraphs after it; a statement or a speaker's words announced in a report ("said in
        # a statement:", "said:") are the paragraph after it, and the quoted ones after that
        whole = False
        if (m := w.statement_follows.search(s.text)) is not None:
            whole = "following" in m.group(0).lower() or re.search(r"(?:informs|notifies)\s*:\s*$", m.group(0),
                                                                  re.IGNORECASE) is not None
        elif (m := w.said_colon.search(s.text)) is None:
            continue
        issuer = found[i] if found[i] is not None else _issuer(s.text, m.start(), mentions[i], registry)
        if issuer is None:
            continue
        out[i] = out[i] or issuer
        for k in range(i + 1, len(sentences)):
            t = sentences[k]
            if t.kind != "text" or RELEASE_END.match(t.text) or t.paragraph in own:
                break
            if not whole and t.paragraph != sentences[i + 1].paragraph and sentences[k - 1].paragraph != t.paragraph \
                    and (t.text.lstrip("*_ ")[:1] not in OPEN_QUOTES
                         or sentences[i + 1].text.lstrip("*_ ")[:1] not in OPEN_QUOTES):
                break  # (a paragraph after the first goes on with the words only as a quote
                # that goes on: the reporter's own lines after it are his)
            out[k] = issuer
    return out


def _issuer(text: str, at: int, mentions: Sequence[Mention], registry: Registry) -> Attribution | None:
    """Who announces a statement in ``text[:at]`` ("After a phone call with Erdogan on Monday,
    Zelensky's office issued the following statement:"): the clause's subject, after its
    opening phrase, a registered name or body, else a name or a body the registry does not
    know ("the German government"); never the opening's ("In Berlin", "with Erdogan")."""
    start = text.rfind(", ", 0, at) + 2 if ", " in text[:at] else 0
    clause = text[start:at]
    named = [x for x in mentions if start <= x.start and x.end <= at and registry.get(x.entity).kind != "place"
             and not re.search(r"\b(?:with|to|by|from|for|about|of|and)\s+$", text[start:x.start])]
    if named:
        x = named[0]
        owner = re.match(r"[’']s\s+(?:[a-z]+\s+){0,2}(?:office|press\s+service|government|ministry|administration)\b",
                         text[x.end:at])
        return Attribution(" ".join(text[x.start:x.end + (owner.end() if owner else 0)].split()),
                           None if owner else x.entity)
    if (name := re.search(r"(?<![\w’'-])[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)+\s*$", clause)) is not None \
            and re.match(r"\s*(?:(?:[Tt]he\s+)?(?:[A-Z][\w’'-]*\s+){0,2}[a-z][\w-]*\s+)?$", clause[:name.start()]):
        return Attribution(" ".join(name.group(0).split()), None)  # "Government spokesperson
        # Steffen Seibert": the name a role opens
    body = re.match(r"\s*(?P<body>(?:[Tt]he\s+)?(?:[A-Z][\w’'-]*\s+){0,3}(?:[a-z]+\s+){0,2}"
                    r"(?:government|ministry|office|presidency|press\s+service|embassy|administration))\s*$", clause) \
        or INSTITUTION_NAMED.match(clause)  # ("The Ministry for Reintegration of the Temporarily
    # Occupied Territories of Ukraine informs:", probe_events124)
    return Attribution(" ".join(body.group("body").split()), None) if body is not None else None


# an institution's whole name, its head in capitals ("The Ministry for Reintegration of the
# Temporarily Occupied Territories of Ukraine")
INSTITUTION_NAMED = re.compile(r"\s*(?P<body>(?:[Tt]he\s+)?(?:[A-Z][\w’'-]*\s+){0,2}(?:Ministry|Office|Service|Council|"
                               r"Committee|Agency|Commission|Bureau|Department|Administration|Embassy|"
                               r"Secretariat|Government|Presidency)\b(?:\s+(?:of|for|and|the|on|[A-Z][\w’'-]*))*)\s*$")


def _signed_posts(sentences: Sequence[Sentence], mentions: Sequence[Sequence[Mention]],
                  found: list[Attribution | None], registry: Registry) -> list[Attribution | None]:
    """An embedded post's signature ("— Dmytro Kuleba (@DmytroKuleba) October 29, 2022", text.yaml
    ``signature``) and the words of the paragraph right above it are its author's, where they
    name no speaker of their own (hostile38, probe_events78: the post's words had none)."""
    signature = text_vocabulary().signature
    out = list(found)
    for i, s in enumerate(sentences):
        if s.kind != "caption" or (m := signature.match(s.text.strip("*_ \t"))) is None:
            continue
        name = m.group("name")
        at = s.text.find(name)
        entity = next((x.entity for x in mentions[i] if at <= x.start and x.end <= at + len(name)
                       and registry.get(x.entity).kind != "place"), None)
        signed = Attribution(name, entity)
        if out[i] is None:
            out[i] = signed
        for k in range(i - 1, -1, -1):
            if sentences[k].paragraph < s.paragraph - 1:
                break
            if sentences[k].paragraph == s.paragraph - 1 and sentences[k].kind == "text" and out[k] is None:
                out[k] = signed
    return out


# a passive's agent right after its participle, a time between at most ("announced early Friday
# by", "announced on Monday by"; not "by telephone", "by video link", "by saying")
PASSIVE_BY = re.compile(r"(?:\s+(?:on|early|late|last|this|in|at)?\s*(?:[A-Z][a-z]+|\d{1,2}|[a-z]+day)){0,3}"
                        r"\s+by\s+(?![a-z]+ing\b)(?!(?:phone|telephone|video|videolink|video\s+link|letter|e-?mail|mail|"
                        r"satellite|radio|text|far|then|now|the\s+end|the\s+time|law|decree|default)\b)")
OPENS_ACCORDING = re.compile(r"\s*(?:[*_“\"]\s*)?According\s+to\b")  # a sentence its source opens
# a time before an "it said" ("On Saturday, it said ...")
IT_OPENER = re.compile(r"\s*(?:(?:On|In|Late|Early|By)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
                       r"|Later|Earlier|Then|Afterwards|Yesterday|Today)(?:\s+(?:morning|afternoon|evening|night))?,?\s+")


# a sentence opening on a name, a colon and a quote (a time stamp and a dash before it): what
# the name says, as a post or a digest's item gives it
NAME_COLON_QUOTE = re.compile(r"\s*(?:(?:\*\*|__)?\d{1,2}[:.]\d{2}(?:\*\*|__)?\s*[—–-]\s*)?"
                              r"(?P<name>[A-Z][\w’'.-]*(?:\s+(?:of\s+(?:the\s+)?|for\s+(?:the\s+)?)?[A-Z][\w’'.-]*){0,8})"
                              r"\s*:\s*[“\"]")


def _date_label(name: str, w: Words) -> bool:
    """Is a label a day or a time, no one ("Monday: "...", "May 12: "..."")?"""
    return any(x in w.time_words or x.lower() in CALENDAR_LABELS for x in name.split())


# a speaker's turn in an interview: "**Iryna Kovalchuk:** As seriously as ...", "**IK:** Of
# course ..." (bold, as interview pages set them; one to four capitalised words or initials;
# a broadcast's transcript may say where or how in brackets: "**HERASHCHENKO (by telephone):**")
# (a title's "of": "**President of Russia Vladimir Putin:**", as the Kremlin's transcripts set them)
# (a broadcast transcript's time stamp may open the paragraph: "[00:14:58] **OLENA MARCHUK:**",
# probe_events75)
STAMP = r"(?:[\[(]\d{1,2}:\d{2}(?::\d{2})?[\])]\s*)?"
TURN = re.compile(r"^\s*" + STAMP + r"\*\*\s*(?P<label>[A-Z][\w’'.-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w’'.-]*){0,5})"
                  r"(?:\s*\([^()\n]{1,40}\))?\s*:\s*\*\*"
                  r"|^\s*" + STAMP + r"\*\*\s*(?P<label2>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})\s*\*\*\s*:")
# ... or plain, as a transcript sets them: "Zelensky: I have. If the recordings are genuine ..."
# (a name of one to three words in title case, not capitals: "KYIV:" is a dateline)
# (or two or three in capitals, where they open two paragraphs or more: "OLENA MARCHUK: It is a
# test."; one is a dateline's, "KYIV:")
# (and one in capitals, a surname the article gives in full or a presenter's, however often:
# "YERMAK: We are in contact.", "HOST: Good morning.", "KOZAK (recording): If they start ...",
# probe_events85; a place's is a dateline's, "KYIV:")
PLAIN_TURN = re.compile(r"^\s*" + STAMP + r"(?P<label>[A-Z][a-z][\w’'.-]*(?:\s+[A-Z][a-z][\w’'.-]*){0,2}"
                        r"|[A-Z][A-Z’'.-]+(?:\s+[A-Z][A-Z’'.-]+){1,2}|(?P<capital>[A-Z][A-Z’'-]{2,}))"
                        # (a TV transcript's name and role: "SCOTT MORRISON, PRIME MINISTER:",
                        # probe_events88)
                        r"(?:,\s+(?P<role>[A-Z][A-Z’'.-]+(?:\s+[A-Z][A-Z’'.-]+){0,3}))?"
                        r"(?:\s*\([^()\n]{1,40}\))?\s*:\s+(?=\S)")
# ... or a question and its answer: "**Q: How close did you come to a default?**", "A: Closer
# than anyone would like." (the answer is the one the article's opening names)
# (a colon, or a stop where each opens two paragraphs or more, "Q. On Sunday, ..." / "A. We
# heard it very clearly.", probe_events98: "A. Russia withdraws ..." once is a list's letter,
# hostile35)
QA_TURN = re.compile(r"^\s*" + STAMP + r"(?:\*\*|__)?\s*(?P<label>Q|A)\s*(?::|\.(?=\s+[\"“A-Z]))\s*(?:\*\*|__)?\s*(?=\S)")
NOT_A_TURN = frozenset({"read", "read more", "read also", "see also", "photo", "update", "updated",
                        "note", "editor's note", "correction", "related", "watch", "listen",
                        "source", "sources", "context", "background", "what preceded",
                        "breaking", "breaking news", "exclusive", "live", "latest", "analysis",
                        "opinion", "comment", "editorial", "explainer", "fact check", "video",
                        "timeline", "summary", "in brief", "key points", "why it matters"})
# the labels of those who ask and present: a turn (the one before ends), the outlet's own voice
# ("**ANCHOR (Olha Veresen):**", "**Q: ...**")
OWN_VOICE = frozenset({"q", "question", "anchor", "host", "presenter", "correspondent", "reporter",
                       "interviewer", "moderator", "narrator", "voice over", "voiceover", "newsreader",
                       "newscaster", "reader"})


def _interview_turns(sentences: Sequence[Sentence], mentions: Sequence[Sequence[Mention]],
                     found: list[Attribution | None], registry: Registry) -> list[Attribution | None]:
    """An interview's answers are the words of the one who answers: the sentences of a
    paragraph that opens on a speaker's label ("**Iryna Kovalchuk:**", then "**IK:**", the
    initials of a label before; "**POROSHENKO (at the airport):**"; "A:", the one the article
    opens on), and of the plain paragraphs after it up to the next label, are that speaker's,
    where they name no speaker of their own ("**Vladimir Putin:** Good afternoon, colleagues.
    // Before we turn to the main subject, I will tell you about today's telephone
    conversation ..." had none, probe_events71). A paragraph set in bold (a question), a heading
    or a separator ends a turn; an asker's or a presenter's label is the outlet's own voice. Only
    in an article with two such turns or more (a lone bold label is no interview)."""
    turns: dict[int, str | None] = {}  # paragraph -> the speaker's name (None: the outlet's)
    names: list[str] = []
    # a plain label is a turn where it opens two paragraphs or more (an interviewee answers
    # more than once: "Zelensky: I have. ...", probe_events68, gave none of his six answers a
    # speaker; a lone "Moscow: ..." or "Update: ..." is no turn)
    firsts: dict[int, int] = {}  # paragraph -> where its first sentence starts
    for s in sentences:
        firsts.setdefault(s.paragraph, s.start)
    # the last names of the full names the article gives ("Iryna Kovalchuk"): a label of one
    # word may be one (read once, not once per label: a page of thousands of labels)
    last_names = {t[:k] for s in sentences for m in FULL_NAME.finditer(s.text) for t in [m.group(1)]
                  for k in range(1, len(t) + 1) if k == len(t) or t[k - 1].isalnum() != t[k].isalnum()}
    plain = Counter(m["label"] for s in sentences if s.kind == "text" and s.start == firsts[s.paragraph]
                    and (m := PLAIN_TURN.match(s.text) or QA_TURN.match(s.text)) is not None)
    # a transcript (a presenter's label, or labels that open two paragraphs or more, twice or
    # more): one who speaks once there is named in capitals too ("IGOR DODON: Today the people
    # of Moldova voted ...", after "PRESENTER:" and "NATALIA MUNTEANU, CORRESPONDENT:",
    # probe_events129)
    transcript = sum(n for label, n in plain.items() if n >= 2 or label.lower() in OWN_VOICE) >= 2
    # ... and a bold label of one word, a first name the article writes inside a sentence, that
    # opens two paragraphs or more ("We reached Andrii, 34, a platoon commander ... **Andrii:** We
    # moved at dawn.", probe_events132)
    bold = Counter((m.groupdict().get("label") or m.groupdict().get("label2") or "").strip()
                   for s in sentences if s.start == firsts[s.paragraph] and (m := TURN.match(s.text)) is not None)

    @lru_cache(maxsize=1)
    def inner() -> frozenset[str]:
        return _inner_capitals(sentences)

    asked: dict[tuple[str, bool], bool] = {}
    vocabulary = words()

    def named_so(name: str, alone: bool = False) -> bool:
        """Does the article write ``name`` as a person's, never after a preposition ("in
        Kupiansk", "from New Delhi": a place's label is a section's or a dateline's, hostile46)
        and never as a place the registry knows? A name ``alone`` (one word) is a person's where
        a given name of the lists, or written with an age or before a speech verb ("We reached
        Andrii, 34, a platoon commander"). Asked of a few labels only (a page of thousands of
        labels: the rest are no one's)."""
        if (name, alone) not in asked:
            if len(asked) >= NAMED_SO_ASKED:
                return False
            entity = registry.by_id.get(registry.by_name.get(name, ""))
            written_at = [(s.text, m.start(), m.end()) for s in sentences if len(s.text) <= LONGEST
                          for m in re.finditer(rf"(?<![\w’'-]){re.escape(name)}(?![\w’'-])", s.text, re.IGNORECASE)
                          if not s.text[m.start():m.end()].isupper()]
            given = name.split()[0] in vocabulary.male_names or name.split()[0] in vocabulary.female_names
            asked[name, alone] = (entity is None or entity.kind == "person") and (bool(written_at) or given) \
                and not any(IN_PLACE.search(text, max(0, at - 12), at) for text, at, _ in written_at) \
                and (not alone or name in vocabulary.male_names or name in vocabulary.female_names
                     or any(AGE_AFTER.match(text, end) or vocabulary.speech.match(text, end + 1)
                            for text, _, end in written_at))
        return asked[name, alone]
    for i, s in enumerate(sentences):
        m = TURN.match(s.text)
        if m is None and s.kind in ("text", "heading") and (m := PLAIN_TURN.match(s.text) or QA_TURN.match(s.text)) \
                is not None and (plain[m["label"]] < 2 and not _capital_surname(m, last_names)
                                 and not m.groupdict().get("role")
                                 and not (transcript and m["label"].isupper() and " " in m["label"]
                                          and named_so(m["label"].title()))
                                 or s.start != firsts[s.paragraph]
                                 or _names_no_one(m, mentions[i], registry)
                                 or m.groupdict().get("capital") and not _capital_surname(m, last_names)
                                 and m["label"].lower() not in OWN_VOICE):
            m = None
        if m is None or s.kind not in ("text", "heading"):
            continue
        label = (m.groupdict().get("label") or m.groupdict().get("label2")).strip()
        if label.lower().replace("’", "'") in NOT_A_TURN or label.lower() in CALENDAR_LABELS:
            continue
        if label.lower() in OWN_VOICE or (m.groupdict().get("role") or "").lower() in OWN_VOICE:
            turns[s.paragraph] = None
            continue
        if " " not in label and not label.isupper() and label not in registry.by_name \
                and label not in last_names and not (label in inner() and bold[label] >= 2 and named_so(label, True)):
            continue  # a word of a list's items ("- **Traffic:** Cars and buses ...", "**Rail:**",
            # probe_events72), no one's name: a label of one word is a name the registry knows or
            # the article gives in full
        label = _speaker_of_title(label, mentions[i], s.text, registry)
        if label == "A":
            if (answerer := _interviewee(sentences, mentions, registry)) is None:
                continue  # (no one named: a literal "A" is no speaker, hostile35)
            label = answerer
        if label.isupper() and len(label) <= 4:  # initials: the full label they stand for
            label = next((n for n in names if "".join(x[0] for x in n.split()).upper() == label),
                         label)
        if label.isupper() and (len(label) > 4 or label.title() in registry.by_name):
            label = label.title()  # a name in capitals: "POROSHENKO", "LULA", "XI" (hostile35)
        if label not in names:
            names.append(label)
        turns[s.paragraph] = label
    if len(turns) < 2:
        turns = _asked_and_answered(sentences, mentions, registry)
        if len(turns) < 2:
            return found
    # one who asks is the outlet's voice, named or not: a label at least half of whose turns end
    # on a question, two or more ("[00:15:20] **KATE HOLLIS:** ... What came out of it?",
    # probe_events75: the host's questions were hers)
    # (only where no one asks as the outlet already, "Q:" or a presenter's label, and another
    # named label answers: "**PUTIN:** Why should I? ..." to "**Q:**" is Putin's, hostile37;
    # and one label only, the one asking most)
    ends = {s.paragraph: s.text.rstrip(" *_”\"’'") for s in sentences}
    asked = Counter(label for p, label in turns.items() if label is not None and ends[p].endswith("?"))
    told = Counter(turns.values())
    askers = sorted((n / told[label], n, label) for label, n in asked.items() if n >= 2 and 2 * n >= told[label])
    if askers and None not in told and len(told) >= 2:
        asker = askers[-1][2]
        turns = {p: None if label == asker else label for p, label in turns.items()}
    # a turn goes on over the plain paragraphs after it
    speaking: str | None = None
    spoken = {s.paragraph for s in sentences if SPOKEN.search(s.text)}  # paragraphs saying "I", "we", "you"
    for s in sentences:
        if s.start != firsts[s.paragraph]:
            continue
        if s.paragraph in turns:
            speaking = turns[s.paragraph]
        elif s.kind != "text" or s.text.lstrip().startswith(("**", "__", "*", "_")) \
                or not any(c.isalnum() for c in s.text) or s.paragraph not in spoken:
            speaking = None  # (a paragraph that says "I", "we" or "you" goes on speaking; one in
            # the third person is the article's own again: "Russian drones struck Kharkiv on
            # Tuesday night" after the interview was given to Zelensky, hostile35)
        elif speaking is not None:
            turns[s.paragraph] = speaking
    out = list(found)
    who: dict[str, str | None] = {}  # a label -> the entity it names
    for i, s in enumerate(sentences):
        speaker = turns.get(s.paragraph)
        if speaker is not None and speaker not in who:
            at = s.text.find(speaker) if s.text.lstrip("* ").startswith(speaker) else -1
            # (the entity a name ending the label names: "Kyiv Post" is no "Kyiv")
            who[speaker] = next((x.entity for x in mentions[i] if at <= x.start and x.end == at + len(speaker)),
                                None) if at >= 0 else registry.by_name.get(speaker)
        if speaker is not None and s.kind == "text" and (out[i] is None or out[i].text.lower() == speaker.lower()):
            if any(THIRD_PERSON_SAID.search(s.text, max(0, v.start() - THIRD_PERSON_REACH), v.start())
                   for v in words().speech.finditer(s.text)):
                # "**PETRA LINDQVIST:** ... This morning he said the offensive had intensified":
                # what the one answering tells another said is that one's words, the one last
                # named before the turn (in the question: "What is Poroshenko saying?",
                # probe_events79), never the one answering
                out[i] = _named_last(sentences, mentions, i, registry, who.get(speaker))
                continue
            out[i] = Attribution(speaker, who.get(speaker))
    return out


# "he said", "she told", "He flew ... and said" outside a quote: the subject of a speech verb
# (searched up to the verb) is another's (no comma between: "When he called me on Monday, I
# said" is the answerer's, hostile39)
THIRD_PERSON_SAID = re.compile(r"(?:^|[^\w“\"’'])(?:[Hh]e|[Ss]he)\s+(?:[^.;:,“”\"\n]{0,120}\s(?:and\s+)?)?"
                               r"(?:[a-z]+ly\s+|also\s+|then\s+)?$")
# a word before a group that governs it: a preposition ("The mothers of captured soldiers"), the
# verb of a relative clause ("An NGO that tracks rebels"), and a modifier or two between
GROUP_GOVERNED = re.compile(r"(?<![\w’'-])(?:(?<!group\s)(?<!groups\s)(?<!team\s)(?<!number\s)(?<!dozens\s)(?<!hundreds\s)"
                            r"(?<!thousands\s)(?<!some\s)(?<!many\s)(?<!several\s)(?<!couple\s)(?<!band\s)(?:of)"
                            r"|(?:for|about|against|with|to|from|among)|(?:that|who|which)\s+[a-z]+)"
                            r"\s+(?:(?:the|its|their|his|her)\s+)?(?:[a-z][\w-]*\s+){0,2}$")
AGE_AFTER = re.compile(r",\s+\d{1,3},")  # "Andrii, 34,": a person's age after the name
NAMED_SO_ASKED = 64  # labels of one article asked whether the article writes them as a person's
THIRD_PERSON_REACH = 140  # characters before a speech verb where its "he" is looked for


def _named_last(sentences: Sequence[Sentence], mentions: Sequence[Sequence[Mention]], at: int,
                registry: Registry, besides: str | None) -> Attribution | None:
    """The one person last named in the few sentences before ``at`` (other than ``besides``),
    where one is."""
    for k in range(at - 1, max(-1, at - NAMED_BACK - 1), -1):
        people = list(dict.fromkeys(m.entity for m in mentions[k] if m.entity != besides
                                    and registry.get(m.entity).kind == "person"))
        if len(people) == 1:
            return Attribution(registry.get(people[0]).name, people[0])
        if people:
            return None
    return None


NAMED_BACK = 3  # sentences back where "he" in an answer is looked for


# the first and second persons of spoken words, outside a quote's marks or in
SPOKEN = re.compile(r"\b(?:I|I[’']m|I[’']ve|I[’']ll|we|We|we[’']re|We[’']re|our|Our|us|my|My|me|you|You|your|Your)\b")


# a word after a capitalised word ("Iryna Kovalchuk"), read where each word starts (the next
# match may open on it), every part of it up to a word's end ("Kovalchuk’s": "Kovalchuk")
FULL_NAME = re.compile(r"[A-Z][\w’'-]+\s+(?=([A-Z][\w’'-]*))")


def _speaker_of_title(label: str, mentions: Sequence[Mention], text: str, registry: Registry) -> str:
    """A label of a title and a name is the name ("President of Russia Vladimir Putin" ->
    "Vladimir Putin", a person the registry knows at its end), else the label."""
    at = text.find(label)
    if at < 0 or " of " not in label:
        return label
    person = next((x for x in mentions if at <= x.start and x.end == at + len(label)
                   and registry.get(x.entity).kind == "person"), None)
    return text[person.start:person.end] if person is not None else label


def _asked_and_answered(sentences: Sequence[Sentence], mentions: Sequence[Sequence[Mention]],
                        registry: Registry) -> dict[int, str | None]:
    """An interview set as questions in bold and answers in plain paragraphs, its interviewee
    introduced before the first question ("The Kyiv political scientist Iryna Hrytsak explains",
    "Andrii Yurash is Ukraine's ambassador ... The Pillar reached him by phone"): paragraph ->
    None for a question (the outlet's), the interviewee for each answer, up to a heading
    (probe_events80 and 81: no answer had a speaker). Nothing
    where fewer than two questions are asked or no one is introduced (an explainer's "**What
    happened?**" subheadings are the outlet's own)."""
    first: dict[int, Sentence] = {}
    last: dict[int, Sentence] = {}
    for s in sentences:
        first.setdefault(s.paragraph, s)
        last[s.paragraph] = s
    # (a question's bold marks are no part of its sentences' words: a paragraph ending on one)
    asked = [p for p, s in first.items() if s.kind in ("text", "heading")
             and last[p].text.rstrip().rstrip("*_ ").endswith("?")]
    if len(asked) < 2:
        return {}
    who = _introduced(sentences, mentions, registry, first[asked[0]].start)
    if who is None:
        return {}
    turns: dict[int, str | None] = {}
    answering = False
    for p, s in first.items():
        if p in asked:
            turns[p], answering = None, True
        elif s.kind != "text":
            answering = False
        elif answering and s.start > first[asked[0]].start:
            turns[p] = who
    return turns


INTRODUCED_BACK = 2  # sentences before an interview's cue where its answerer may be named
POINTED_BACK = re.compile(r"\b(?:to|with|reached|interviewed|asked|met)\s+(?:him|her)\b", re.IGNORECASE)


def _introduced(sentences: Sequence[Sentence], mentions: Sequence[Sequence[Mention]],
                registry: Registry, before: int) -> str | None:
    """The person the sentences before ``before`` introduce as an interview's answerer: the
    first person named in the last sentence with an interview's cue, or in the nearest of the
    two before it that names one ("Andrii Yurash is Ukraine's ambassador to the Holy See. The
    Pillar reached him by phone in Rome. The interview has been edited")."""
    w = words()
    heads = [k for k, s in enumerate(sentences) if s.start < before and s.kind == "text"]
    cued = [(k, cue) for k in heads if (cue := w.interview_cue.search(sentences[k].text)) is not None]
    if not cued:
        return None
    last, cue = cued[-1]
    if w.reported_saying.search(sentences[last].text) or day_dateline().search(sentences[last].text) \
            or w.named_day.search(sentences[last].text):
        return None  # (a report of saying, a sentence with its day: attribution.yaml ``interview_*``)
    for k in range(last, last - INTRODUCED_BACK - 1, -1):
        if k < 0 or k not in heads:
            continue
        text = sentences[k].text
        named = [(m.start, text[m.start:m.end]) for m in mentions[k] if registry.get(m.entity).kind == "person"]
        others = [(m.start, m.end) for m in mentions[k] if registry.get(m.entity).kind != "person"]
        # (a run of titles and a name is the name where the cue points back to the one the
        # sentence opens on: "Foreign Minister Pavlo Klimkin spent Sunday at the border with
        # President Petro Poroshenko. We spoke to him ..." is Klimkin's interview, probe_events162:
        # it was "President Petro Poroshenko.", the full stop too; never a possessive's, "Defence
        # Minister Ihor Bondar's adviser", nor where the cue names whom, hostile53)
        own = [run for r in NAME_RUN.finditer(text) if not re.search(r"[’']s$", run := r.group().rstrip("."))]
        back = len(own) == 1 and w.interview_cue.search(text) is not None \
            or any(POINTED_BACK.search(sentences[j].text) is not None for j in range(k + 1, last + 1))
        runs = [(r.start() + len(run) - len(name), name) for r in NAME_RUN.finditer(text)
                if (run := r.group().rstrip(".")) and not re.search(r"[’']s$", run)
                and (name := _titles_off(run, w) if back else run)]
        named += [(at, run) for at, run in runs
                  if len(run.split()) <= 3 and run.split()[0] not in ("The", "A", "An", "Our")
                  and not any(a < at + len(run) and at < b for a, b in others)
                  and not any(a <= at < a + len(n) for a, n in named)]
        if k == last and cue.group("asks"):
            named = [x for x in named if x[0] >= cue.end()]  # (the one spoken to: "Our
            # correspondent Anna Smith spoke to Olena Marchuk" is Marchuk's interview)
        if named:
            return min(named)[1]
    return None



def _titles_off(run: str, w: Words) -> str:
    """A run of capitalised words without the titles that open it ("Foreign Minister Pavlo
    Klimkin" -> "Pavlo Klimkin"), where a name of two words or more is left; else the run."""
    parts = run.split()
    k = 0
    while k < len(parts) - 2 and _base(parts[k].lower()) in w.titles:
        k += 1
    return " ".join(parts[k:]) if k else run


def _interviewee(sentences: Sequence[Sentence], mentions: Sequence[Sequence[Mention]],
                 registry: Registry) -> str | None:
    """Who answers an interview set as "Q:" and "A:": the first person its opening paragraph
    names ("Natalie Jaresko, Ukraine's finance minister, spoke to Euromoney ..."), the
    registry's or a first and a last name opening it."""
    opening = next((k for k, s in enumerate(sentences) if s.kind == "text"), None)
    if opening is None:
        return None
    s = sentences[opening]
    # (the name it opens on first: "Oleksandra Matviichuk, the Nobel laureate, spoke to us about
    # Putin's war" is hers, not Putin's, hostile35)
    named = re.match(r"\s*(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,2})(?=,|\s+[a-z])", s.text) \
        or re.match(r"[^,;:“”\"]{3,80},\s+(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,2}),\s+[a-z]", s.text)
    # (or named in apposition after what she is: "Ukraine's ambassador to the United States,
    # Oksana Markarova, spoke with WHYY's Dan Kessler", probe_events98: it was Biden's)
    if named is not None:
        return named["name"]
    person = next((x for x in mentions[opening] if registry.get(x.entity).kind == "person"), None)
    return s.text[person.start:person.end] if person is not None else None


def _capital_surname(label: re.Match[str], last_names: AbstractSet[str]) -> bool:
    """Is a plain label of one word in capitals ("YERMAK:") a surname the article gives with
    its first name ("Andriy Yermak")?"""
    return bool(label.groupdict().get("capital")) and label["capital"].title() in last_names


def _names_no_one(label: re.Match[str], mentions: Sequence[Mention], registry: Registry) -> bool:
    """Does a plain label name a place or a body the registry knows, no speaker ("Kharkiv: Two
    people were killed ...", a live page's place headings)?"""
    return any(label.start("label") <= x.start < label.end("label")
               and registry.get(x.entity).kind != "person" for x in mentions)


# labels that are a day, not a speaker ("Monday: talks in Riyadh")
CALENDAR_LABELS = frozenset("""monday tuesday wednesday thursday friday saturday sunday today
    yesterday tomorrow tonight""".split())


def _statements_before(sentences: Sequence[Sentence], mentions: Sequence[Sequence[Mention]],
                       registry: Registry, found: list[Attribution | None], w: Words
                       ) -> list[Attribution | None]:
    """A sentence like "X made the statement after talks with Y" names the speaker of the one
    before it (when that one names none): the person named before "made the statement"."""
    out = list(found)
    for i in range(1, len(sentences)):
        before, now = sentences[i - 1], sentences[i]
        if out[i - 1] is not None or before.kind != "text" or now.kind != "text":
            continue
        if (m := w.statement_back.search(now.text)) is None:
            continue
        people = [x for x in mentions[i] if x.end <= m.start()
                  and registry.get(x.entity).kind == "person"]
        # (not a sentence of his own deeds: "Putin arrived in Uzbekistan on Sunday ... / Putin
        # made the remarks at a press conference in Tashkent" names the remarks told before)
        if people and any(x.entity == people[0].entity and not before.text[:x.start].strip()
                          for x in mentions[i - 1][:1]):
            continue
        if people:
            out[i - 1] = Attribution(now.text[people[0].start:people[0].end], people[0].entity)
    return out


def _carry_quotes(sentences: Sequence[Sentence], found: list[Attribution | None]
                  ) -> list[Attribution | None]:
    """A quote that names nobody is the words of the quote's speaker next to it in its paragraph:
    the one before (a quote continued) or, for a quote still open, the one where it closes."""
    out = list(found)
    inside: Attribution | None = None  # the speaker of a quote a name and a colon opened and
    # no sentence since closed ("Zelensky: "Today Umerov reported to me ... We are preparing
    # to resume exchanges. ..."": each sentence of it his)
    for i, s in enumerate(sentences):
        if s.kind != "text" or i and sentences[i - 1].paragraph != s.paragraph:
            inside = None
        if out[i] is None and inside is not None and s.kind == "text":
            out[i] = inside
        text = s.text.strip()
        if s.kind == "text" and NAME_COLON_QUOTE.match(text) is not None and found[i] is not None:
            inside = found[i]
        if text.count("“") < text.count("”") or text.rstrip()[-1:] in "”\"" \
                or text.count("\"") % 2 == 1 and not NAME_COLON_QUOTE.match(text):
            inside = None  # (its quote closes here)
        if out[i] is not None or s.kind != "text":
            continue
        opens = text[:1] in OPEN_QUOTES
        unclosed = text.count("“") > text.count("”") or text.count("\"") % 2 == 1
        closes = text.rstrip(".!?")[-1:] in "”\"" or text[-1:] in "”\""
        if opens and i > 0 and out[i - 1] is not None \
                and sentences[i - 1].paragraph == s.paragraph \
                and (closes or any(q in sentences[i - 1].text for q in "“\"”")):
            out[i] = out[i - 1]
        elif unclosed and i + 1 < len(sentences) and out[i + 1] is not None \
                and sentences[i + 1].paragraph == s.paragraph \
                and any(q in sentences[i + 1].text for q in "”\""):
            out[i] = out[i + 1]
    # a quote opening a sentence and running on over the next ones of its paragraph: each of
    # them is the words of the speaker named where it closes, whatever speaker is read inside
    # ('"Today's report confirms that MH17 was brought down ... Canada will keep up the
    # pressure until there is accountability," Baird said in a statement Tuesday.': the
    # report's "confirms" is Baird's word, probe_events116)
    i = 0
    while i < len(sentences):
        text = sentences[i].text.strip()
        curly = text[:1] == "“"
        # (of one style of marks: a curly quote closed by a straight one, '“We will meet on
        # Monday," a Kremlin aide said', is closed, hostile45)
        if sentences[i].kind == "text" and text[:1] in "“\"" \
                and (text.count("“") > text.count("”") and "\"" not in text if curly
                     else "“" not in text and "”" not in text and text.count("\"") % 2 == 1):
            j = i + 1
            while j < len(sentences) and sentences[j].kind == "text" \
                    and sentences[j].paragraph == sentences[i].paragraph \
                    and not _closes_quote(sentences[j].text, curly):
                j += 1
            if j < len(sentences) and sentences[j].kind == "text" \
                    and sentences[j].paragraph == sentences[i].paragraph and found[j] is not None:
                # (one the registry knows, saying something on a day, speaks inside the quote:
                # '"Putin said in June that he would never forgive betrayal. He has a long
                # memory," she said' dates Putin's words, probe_events80)
                out[i:j] = [own if (own := found[k]) is not None and own.entity is not None else found[j]
                            for k in range(i, j)]
            i = j
        i += 1
    return out


def _closes_quote(text: str, curly: bool) -> bool:
    """Whether ``text`` closes a quote an earlier sentence opened with a curly mark (``curly``)
    or a straight one."""
    return text.count("”") > text.count("“") if curly else text.count("\"") % 2 == 1
