"""Pure: a news-desk headline from a claim's sentence: who did what, at most ``limit`` characters.

A headline is made by rules, never by cutting text mid-phrase:

1. *Clean*: drop the wire dateline ("MOSCOW, March 2. /TASS/."), photo credits ("AFP via Getty
   Images", "REUTERS/Name", "[Name/Agency]"), opening connectives ("But", "Meanwhile,") and the
   leading adverbial ("On Sunday,", "Speaking from Riyadh,"), and date expressions ("on May 15",
   "earlier this week"; deadlines such as "by May 1" stay).
2. *Frame*: an attribution ("X said that S", "S, X told reporters", "according to X, S") becomes
   "X says S" with X's short name, or just S when X is vague ("officials", "he"). A nested one
   ("The Kremlin said that S, Peskov told reporters") gives the inner speaker ("Kremlin says S").
3. *Register*: role words go ("Russian President Vladimir Putin" -> "Putin"); a simple past or
   perfect main verb turns present ("proposed", "has proposed" -> "proposes"); "will" -> "to";
   "was elected" -> "elected". Verb forms are data (``generator/data/headlines.yaml``).
4. *Compress* only when the headline is too long: first inside the sentence, nothing of the news
   lost ("Ukraine's Zelensky" -> "Zelensky", "any meeting between Putin and Zelensky" -> "any
   Putin-Zelensky meeting"); trailing asides (", which ...", ", as ...",
   ", adding ...") always go; then the candidates are the sentence without its trailing clause
   (", after ...", " when ..."), without its parentheticals and appositions, and cut before each
   trailing phrase that starts at a preposition or comma; the longest clean one wins. A cut
   never ends on a function word, inside a list, a name, a quote or an open aside, before a
   verb's complement, nor drops the main verb; what was said keeps its verb, a coordination
   both halves' verbs (``_cut_ok``). The attribution frame stays when what was said
   has no named subject of its own ("Peskov says only Moscow is on offer"), else it goes first.
5. *Fallback*: the sentence's clean prefix, else a template from agent + act + place ("Putin on
   the invitation to Moscow").

A headline never ends on a function word, never holds "…", an unbalanced quote, a credit or a
dateline. ``make_headline`` also says how the headline was made, so that a caller choosing among
sentences can prefer one that compresses cleanly.

>>> headline("Russian President Vladimir Putin on Sunday proposed direct talks with Ukraine "
...          "in Istanbul, which could start as soon as Thursday.")
'Putin proposes direct talks with Ukraine in Istanbul'
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import unicodedata
from collections.abc import Iterator
from collections.abc import Set as AbstractSet
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import astuple, dataclass, replace
from functools import lru_cache
from pathlib import Path

from generator import lang
from generator import latin as re
from generator.entities import load_registry
from generator.text import plain_inline, reading
from generator.timex.extract import find_mentions
from generator.timex.rules import load as load_timex_rules

DATA = Path(__file__).parent / "data" / "headlines.yaml"
MIN_WORDS = 3  # fewer words than this is a label, not a headline ("In 2022", "He added")
QUOTE_MARKS = "“”\""


@dataclass(frozen=True)
class Headline:
    """A headline and how it was made: "sentence" (rules on the sentence), "template" (agent,
    act, place), "cut" (the sentence's clean prefix: last resort) or "none" (nothing to say)."""

    text: str
    how: str

    @property
    def empty(self) -> bool:
        """Whether the headline's act says nothing ("Medinsky makes the statement following
        talks", "Ushakov speaks"): a caller ranks it below one that says what happened."""
        return is_empty_act(self.text)


@dataclass(frozen=True)
class Words:
    """The vocabulary and patterns of ``headlines.yaml``, compiled once."""

    datelines: tuple[re.Pattern[str], ...]
    credits: re.Pattern[str]
    caption_markers: re.Pattern[str]
    connective: re.Pattern[str]
    opener_words: frozenset[str]
    phrase_openers: frozenset[str]  # that are a phrase, never a clause ("In", "Amid")
    particles: frozenset[str]  # of a phrasal verb ("hand over"): no phrase starts there
    apposed_roles: frozenset[str]  # roles a name in apposition replaces ("the minister, X,")
    speech: dict[str, str]
    needs_that: dict[str, str]
    vague: frozenset[str]
    pronouns: frozenset[str]
    first_person: frozenset[str]
    role_name: re.Pattern[str]
    modifier_before: re.Pattern[str]  # a role's modifier ends the text ("Trump's special |")
    role_words: frozenset[str]
    role_tokens: frozenset[str]  # the lower-case words of roles and their modifiers
    asides: re.Pattern[str]
    clauses: re.Pattern[str]
    cut_before: frozenset[str]
    date_preps: re.Pattern[str]
    keep_date_after: re.Pattern[str]
    dangling: frozenset[str]
    needs_complement: frozenset[str]  # verbs a cut never ends on ("comes| after ...")
    to_complement: frozenset[str]  # nouns never cut from their "to": "a way| to make sure"
    complements: dict[str, frozenset[str]]  # ... by the word their phrase opens ("to", "for", "in")
    directive: re.Pattern[str]  # a verb telling someone to do something, and its object, at the end
    goal_verb: re.Pattern[str]  # a verb moving its object, and the object, at the end
    goal_phrase: re.Pattern[str]  # ... and where the object goes, opening what follows
    resultative_verb: re.Pattern[str]  # a verb putting its object in a state, and the object, at the end
    resultative_state: re.Pattern[str]  # ... and the state, somewhere in what follows
    never_last: frozenset[str]  # ... nor any headline ("The Paris communiqué provides| for")
    particle_ends: frozenset[str]  # "sworn in": a verb's particle that ends a headline whole
    dated_participle: re.Pattern[str]  # "the sanctions announced| on Monday": goes with its date
    that_nouns: frozenset[str]  # nouns a cut never leaves without their clause ("word| that ...")
    time_clause: re.Pattern[str]  # a subordinator whose clause has a time of its own ("since")
    contrasts: frozenset[str]  # ... of them, those of a contrast ("though")
    anaphoric: re.Pattern[str]  # a subject pointing back ("the latter", "he")
    cut_verbs: frozenset[str]  # particles a word-level cut never ends on before an object
    past: dict[str, tuple[str, str]]  # past form -> (third person singular, plural)
    present: frozenset[str]  # third person singular forms of the verbs above
    bases: frozenset[str]  # their base forms, also the plural present ("they remain")
    verb_forms: frozenset[str]  # every form above, auxiliaries and speech verbs
    noun_verbs: frozenset[str]  # forms that are as often nouns: "talks", "calls", "attacks"
    participle_nouns: frozenset[str]  # pasts that name people after a gerund: "Visiting wounded"
    gerund_verb_after: frozenset[str]  # no noun a past governs: "Fighting continued| around"
    participles: frozenset[str]
    # past forms no participle shares ("flew", "went"): after a name, the clause's verb
    # whatever follows ("On Saturday Putin flew to Mariupol, a city ..."; the clause began
    # before the comma)
    past_only: frozenset[str]
    will_stays: frozenset[str]  # verbs of a state, whose future keeps its "will" ("will need")
    pluperfect: dict[str, str]  # past participle -> simple past ("gone" -> "went", "agreed" -> "agreed")
    templates: dict[str, dict[str, str]]
    empty_acts: re.Pattern[str]
    alone_verbs: frozenset[str]  # a name and one of them is a headline ("Yermak resigns")
    object_verbs: frozenset[str]  # pasts that take an object: before a phrase, a passive
    said_infinitive: re.Pattern[str]  # "... to warn" at a headline's end: nothing said
    due_participles: frozenset[str]  # "the meeting set" at its end: a plan without its date
    bound_phrases: re.Pattern[str]  # "into account": never cut from the verb's object before it
    short_names: dict[str, str]  # any spelling of a registered person -> short name
    # an office's name -> (first day, last day, its holder's short name) for each holder (the
    # registry's titles: "the Russian president" -> Putin, or Medvedev in 2008-2012)
    titles: dict[str, tuple[tuple[dt.date | None, dt.date | None, str], ...]]
    people: frozenset[str]  # the short names
    institutions: frozenset[str]  # spellings of registered organisations and places
    sides: dict[str, str]  # any spelling of a registered entity that has a side -> the side
    side_name: re.Pattern[str]  # one of those spellings, at the start of a text
    abbreviations: dict[str, str]  # "United States" -> "US", when a headline must be short
    demonyms: dict[str, str]  # "Ukraine" -> "Ukrainian": "Ukrainian officials"
    mandative: re.Pattern[str]  # "proposes that X be arranged": group verb, then X
    stance: re.Pattern[str]  # "India's position was that ...": what is said, opening a clause
    relative_order: re.Pattern[str]  # "The last round of ...": told from the report's day
    states: re.Pattern[str]  # "was welcome": a state that reported speech shifted into the past
    to_verbs: frozenset[str]  # "due", "ready": never cut from their "to" ("was due| to host")
    object_to: frozenset[str]  # "like", "urged": never cut from what is wanted of their object
    unnamed_speakers: str  # "officials", "diplomats" (a regex): people described, not named
    subject_heads: frozenset[str]  # "state| television showed": a verb form's noun after it
    stative_not: re.Pattern[str]  # "did not expect": a state of mind, told in the present
    stative_past: re.Pattern[str]  # "wanted", "faced": the same
    ing_of: dict[str, str]  # "lasted" -> "lasting": "talks that lasted" in a headline's present
    stative_pasts: frozenset[str]  # "wanted", "remained": a state, never a deed
    date_objects: re.Pattern[str]  # "spent": a verb whose object a bare date is
    quote_openers: frozenset[str]  # "Everything": a quote's first word, lower case after "says"
    ing_prepositions: frozenset[str]  # "including", "following": no verb's participle
    that_lasted: re.Pattern[str]
    adjective_adverbs: frozenset[str]  # "newly": the participle after it is an adjective
    mandative_verbs: frozenset[str]  # "demanded that Russia agree": a clause of what is asked
    # where the clause holding a date opens ("..., including", "... that", ", and"), the words
    # that may open its subject, the words its headline may not hold (a relative's, a
    # pronoun), the ordinals whose noun may have gone, and the examples of date_clause_headline
    date_clause_openers: re.Pattern[str]
    subject_openers: frozenset[str]
    clause_pointers: frozenset[str]
    elliptic_heads: frozenset[str]
    date_clause_examples: tuple[dict, ...]
    examples: tuple[dict, ...]


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=lambda w: (-len(w), w)))


def _third_person(base: str) -> str:
    if re.search(r"(?:s|sh|ch|x|z|o)$", base):
        return base + "es"
    if re.search(r"[^aeiou]y$", base):
        return base[:-1] + "ies"
    return base + "s"


def _pasts(base: str) -> set[str]:
    """The past forms a regular verb may take: 'propose' -> proposed, 'plan' -> planned and
    planed (the second form is harmless: only real words are looked up)."""
    if base.endswith("e"):
        return {base + "d"}
    if re.search(r"[^aeiou]y$", base):
        return {base[:-1] + "ied"}
    out = {base + "ed"}
    if re.search(r"[^aeiou][aeiou][bdgklmnprt]$", base):
        out.add(base + base[-1] + "ed")
    return out


def parse_words(data: dict) -> Words:
    """Compile the YAML vocabulary."""
    past: dict[str, tuple[str, str]] = {}
    for base in data["regular"]:
        for form in _pasts(base):
            past.setdefault(form, (_third_person(base), base))
    for form, (third, plural) in data["irregular"].items():
        past[form] = (third, plural)
    roles = _alternation(data["roles"])
    mods = _alternation(data["role_modifiers"])
    # a name's words: capitalised, not a role ("Donald Trump's Special Envoy" is two), and a
    # possessive ends it
    name = (rf"[A-Z][\w.-]+(?:’s|'s)?(?<!’s)(?<!'s)(?:\s+(?:(?:da|de|del|van|von|bin|al|el|di|le)\s+)?"
            rf"(?!(?:{roles})\b)[A-Z][\w-]*(?:’s|'s)?){{0,3}}")
    # an institution's name before a role: "National Security and Defence Council secretary"
    # (no role inside it: "US Vice President JD Vance and Army| Secretary Dan Driscoll" is two)
    body = rf"(?:(?!(?:{roles})\b)[A-Z][\w-]*\s+(?:(?:and|of|for)\s+)?){{0,4}}(?:{'|'.join(sorted(ORGANISATION_WORDS))})"
    # (never from inside a name: "Ursula von der| Leyen and European Council President ...")
    particles = "".join(rf"(?<!\b{re.escape(p)} )" for p in data["name_particles"])
    role_name = re.compile(rf"(?<![\w’'])(?<!’s )(?<!'s ){particles}(?:(?:the|a|an|his|her|their)\s+)?(?:(?:{mods}|{body}|[A-Z][\w-]*(?:’s|'s)|[A-Z][a-z]+(?:an|ian|ese|ish|i))\s+){{0,3}}(?:(?:{roles})\s+){{1,2}}"
                           rf"(?P<of>of\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*\s+)?(?P<name>{name})")
    registry = load_registry()
    overrides = data.get("short_names") or {}
    short: dict[str, str] = {}
    institutions = frozenset(spelling for e in registry.entities if e.kind != "person"
                             for spelling in (e.name, *e.aliases))
    for e in registry.entities:
        if e.kind != "person":
            continue
        s = overrides.get(e.name) or e.name.split()[-1]
        for spelling in (e.name, *e.aliases):
            short[spelling] = s
    titles: dict[str, list[tuple[dt.date | None, dt.date | None, str]]] = {}
    for e in registry.entities:
        for title in e.titles if e.kind == "person" else ():
            for office in title.names:
                titles.setdefault(office, []).append(
                    (title.start, title.end, overrides.get(e.name) or e.name.split()[-1]))
    side_ids = {e.side for e in registry.entities if e.side}
    sides = {spelling: e.side or e.id for e in registry.entities if e.side or e.id in side_ids
             for spelling in (e.name, *e.aliases, *(n for t in e.titles for n in t.names))}
    sides.update({short[n]: sides[n] for n in list(sides) if n in short})  # as titles name them
    return Words(
        datelines=tuple(re.compile(p) for p in data["datelines"])
        + (re.compile("^" + lang.resource(lang.DEFAULT, "text")["day_dateline"]["pattern"]),),
        credits=re.compile(data["credits"]),
        caption_markers=re.compile(data["caption_markers"]),
        # (not a subject: "now was the time for resolve")
        connective=re.compile(rf"^(?:(?:{_alternation(data['connectives'])})\b(?![’']s\b)(?!\s+(?:is|was)\b)\s*,?"
                              rf"|(?:{_alternation(data['list_openers'])}),)\s*(?=\S)"),
        opener_words=frozenset(data["openers"]),
        phrase_openers=frozenset(data["phrase_openers"]),
        particles=frozenset(data["particles"]),
        apposed_roles=frozenset(data["apposed_roles"]),
        speech=dict(data["speech_verbs"]),
        needs_that=dict(data["needs_that"]),
        vague=frozenset(data["vague_speakers"]),
        pronouns=frozenset(data["pronouns"]),
        first_person=frozenset(data["first_person"]),
        role_name=role_name,
        modifier_before=re.compile(rf"(?:’s|'s)\s+(?:(?:{mods})\s+){{1,3}}$"),
        role_words=frozenset(r.lower().rstrip(".") for r in data["roles"] if " " not in r)
        - {"head", "chief", "leader", "official", "counterpart"},
        role_tokens=frozenset(t for r in data["roles"] + data["role_modifiers"] for t in r.split()
                              if t.islower() and t.isalpha()),
        asides=re.compile(data["trailing_asides"]),
        clauses=re.compile(data["trailing_clauses"]),
        cut_before=frozenset(data["cut_before"]),
        date_preps=re.compile(rf"(?:\b(?:{_alternation(data['date_preps'])})\s+)+$", re.IGNORECASE),
        keep_date_after=re.compile(rf"\b(?:{_alternation(data['keep_date_after'])})\s+(?:the\s+)?$",
                                   re.IGNORECASE),
        dangling=frozenset(w.lower() for w in data["dangling"]),
        needs_complement=frozenset(data["needs_complement"]),
        never_last=frozenset(data["never_last"]),
        particle_ends=frozenset(data["particle_ends"]),
        dated_participle=re.compile(r"(?<=[a-z])\s+(?:" + "|".join(map(re.escape, data["dated_participles"]))
                                    + r")$"),
        to_complement=frozenset(data["to_complement"]),
        complements={"to": frozenset(data["to_complement"]), "for": frozenset(data["for_complement"]),
                     "in": frozenset(data["in_complement"]), "with": frozenset(data["with_complement"])},
        directive=re.compile(rf"(?<![\w’'-])(?:{_alternation(data['directives'])})\s+"
                             r"(?:[\w’'-]+\s+){0,12}[\w’'-]+$"),
        goal_verb=re.compile(rf"(?<![\w’'-])(?:{_alternation(data['goal_verbs'])})\s+"
                             r"(?:[\w’'-]+\s+){0,6}[\w’'-]+$"),
        goal_phrase=re.compile(rf"\s*(?:{_alternation(data['goal_phrases'])})\s"),
        resultative_verb=re.compile(rf"(?<![\w’'-])(?:{_alternation(data['resultative_verbs'])})\s+"
                                    r"(?:[\w’'-]+\s+){0,8}[\w’'-]+$"),
        resultative_state=re.compile(rf"^[^,;:“”\"]{{0,60}}?(?<![\w’'-])(?:{_alternation(data['resultative_states'])})(?![\w’'-])"),
        that_nouns=frozenset(data["that_nouns"]),
        time_clause=re.compile(rf"(?<![\w’'-])(?:{_alternation(data['time_clauses'] + data['contrast_clauses'])})\s+",
                               re.IGNORECASE),
        contrasts=frozenset(data["contrast_clauses"]),
        anaphoric=re.compile(rf"(?:{_alternation(data['anaphoric_subjects'])})(?![\w’'-])", re.IGNORECASE),
        cut_verbs=frozenset(data["particles"]),
        past=past,
        participles=frozenset(past) | frozenset(data["participles"]),
        past_only=frozenset(data["participles"].values()) - frozenset(data["participles"]),
        will_stays=frozenset(data["will_stays"]),
        pluperfect={**{f: f for f in past if f not in {"had", "did", "was", "were"}},
                    **{pp: p for pp, p in data["participles"].items() if p in past}},
        present=frozenset(third for third, _ in past.values()),
        bases=frozenset(base for _, base in past.values()),
        verb_forms=frozenset(past) | frozenset(f for pair in past.values() for f in pair)
        | frozenset(data["speech_verbs"]) | frozenset(data["speech_verbs"].values())
        | frozenset(data["needs_that"]) | frozenset(data["needs_that"].values())
        | AUXILIARIES | {"to"},
        noun_verbs=frozenset(data["noun_verbs"]),
        participle_nouns=frozenset(data["participle_nouns"]),
        gerund_verb_after=frozenset(data["gerund_verb_after"]),
        templates=dict(data["templates"]),
        empty_acts=re.compile(data["empty_acts"]),
        alone_verbs=frozenset(data["alone_verbs"]),
        object_verbs=frozenset(data["object_verbs"]),
        said_infinitive=re.compile(rf"\bto\s+(?:{_alternation(data['said_infinitives'])})$"),
        due_participles=frozenset(data["due_participles"]),
        bound_phrases=re.compile(rf"[\s,]*(?:{_alternation(data['bound_phrases'])})\b"),
        short_names=short,
        titles={office: tuple(periods) for office, periods in titles.items()},
        people=frozenset(short.values()),
        institutions=institutions,
        sides=sides,
        side_name=re.compile(r"(?:(?:the|The)\s+)?(" + "|".join(
            re.escape(n) for n in sorted(sides, key=lambda n: (-len(n), n))) + r")(?![\w-])"
            if sides else r"(?!)"),
        abbreviations=dict(data.get("abbreviations") or {}),
        demonyms=dict(data.get("demonyms") or {}),
        mandative=re.compile(rf"\b(?P<verb>{_alternation(data['mandative_verbs'])})\s+that\s+"
                             rf"(?P<what>(?:[^,;]|,\s+[A-Z][^,;]*,)+?)\s+(?:should\s+)?be\s+"
                             rf"(?:{_alternation(data['arranged'])})\b"),
        stance=re.compile(r"^(?:[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}(?:’s|'s)|(?:[Tt]he|[Hh]is|[Hh]er|"
                          r"[Tt]heir|[Ii]ts|[Oo]ur)(?:\s+[a-z][\w-]*)?)\s+(?:"
                          + _alternation(data["stance_nouns"]) + r")\s+(?:is|was|remains|remained|"
                          r"has\s+been|had\s+been)\s+that\s+(?=[\w“\"])"),
        relative_order=re.compile(rf"^(?:[Tt]he\s+)?(?:{_alternation(data['relative_order'])})\s+"
                                  r"(?:(?:round|session)\s+of\s+)?(?!(?:round|session|one|ones|"
                                  r"week|month|year|time|night|day|weekend|few|two|three|"
                                  # (a process's own part: "the last stage of the exchange" is its final one)
                                  r"stage|stages|phase|phases|part|leg|step|batch|group)\b)(?=[a-z])"
                                  # (of a happening that recurs: "The last Russian troops left
                                  # Kherson", "the last working reactor" are the final ones)
                                  r"(?=(?:[\w’'-]+\s+){0,3}?(?:round|rounds|talks|meetings?|summits?|calls?|"
                                  r"conversations?|visits?|sessions?|exchanges?|swaps?|negotiations|contacts?|"
                                  r"trips?|encounters?|attacks?|strikes?|elections?|votes?|offers?|proposals?|"
                                  r"statements?|reports?|interviews?|address|speech|ceasefires?|truces?|"
                                  r"consultations|hearings?|conferences?|deliver(?:y|ies)|shipments?|"
                                  r"packages?|sanctions|tranches?)\b)",
                                  re.IGNORECASE),
        states=re.compile(rf"\b(?P<be>was|were)(?P<mid>\s+[“\"]?(?:not\s+|still\s+|always\s+|also\s+|"
                          rf"now\s+|obviously\s+|very\s+|quite\s+|fully\s+|extremely\s+|too\s+|"
                          rf"highly\s+|so\s+)*[“\"]?(?:extremely\s+|very\s+)?)"
                          rf"(?P<state>{_alternation(data['states'])})\b"),
        to_verbs=frozenset(data["to_verbs"]),
        object_to=frozenset(data["object_to"]),
        subject_heads=frozenset(data["subject_heads"]),
        unnamed_speakers=rf"(?:(?:{_alternation(data['unnamed_speaker_modifiers'])})\s+)?"
                         rf"(?:{_alternation(data['unnamed_speakers'])})\b",
        stative_not=re.compile(rf"(?P<who>\b[A-Za-z][\w’'-]*)\s+did\s+not\s+"
                               rf"(?P<verb>{_alternation(data['statives'])})\b"),
        stative_past=re.compile(rf"(?P<who>\b(?:he|she|it|they|we|I|[A-Z][\w’'-]*))\s+"
                                rf"(?P<verb>{_alternation(data['stative_pasts'])})\b"
                                # (not a passive whose "was" went: "the round was expected on Feb. 4")
                                r"(?!\s+(?:on|in|at|by|for|from|until|to\s+be)\b)"),
        ing_of=dict(data["relative_participles"]),
        ing_prepositions=frozenset(data["ing_prepositions"]),
        quote_openers=frozenset(data["quote_openers"]),
        date_objects=re.compile(rf"\b(?:{_alternation(data['date_objects'])})\s+$"),
        stative_pasts=frozenset(data["stative_pasts"]),
        that_lasted=re.compile(r"(?<=[a-z]\s)(?:that|which)\s+(?P<verb>"
                               + _alternation(list(data["relative_participles"])) + r")\b"),
        adjective_adverbs=frozenset(data["adjective_adverbs"]),
        mandative_verbs=frozenset(data["mandative_verbs"]),
        date_clause_openers=re.compile(data["date_clause"]["openers"]),
        subject_openers=frozenset(data["date_clause"]["subject_openers"]),
        clause_pointers=frozenset(data["date_clause"]["pointers"]),
        elliptic_heads=frozenset(data["date_clause"]["elliptic_heads"]),
        date_clause_examples=tuple(data["date_clause"]["examples"]),
        examples=tuple(data.get("examples") or ()),
    )


@lru_cache(maxsize=1)
def words() -> Words:
    return parse_words(lang.package_data(DATA))


# --- small text helpers -------------------------------------------------------------------

TOKEN = re.compile(r"[\w’'.-]+|[“”\"‘]")


def _tidy(text: str) -> str:
    """Fold spaces, drop empty commas and trailing punctuation left by removals."""
    text = " ".join(text.split())
    text = re.sub(r"\(\s*\)|\[\s*\]", "", text)
    text = re.sub(r"\s+([,;:.!?”’)])", r"\1", text)
    text = re.sub(r"(\"[^\"]*?)\s+\"(?=$|[\s,.;:])", r'\1"', text)
    text = re.sub(r"([“‘(])\s+", r"\1", text)
    text = re.sub(r"(?:,\s*){2,}", ", ", text)
    text = re.sub(r"([:;]),", r"\1", text)  # "the war: in December 1994, Ukraine" less its date
    text = re.sub(r"^[,;:\s—–-]+", "", text)
    text = re.sub(r"[\s,;:—–-]+$", "", text)
    text = re.sub(r",([”’'\"])$", r"\1", text)  # a quotation's comma, its sentence cut after it
    # a coordination whose dates were its words ("in Abu Dhabi, on 23 and 24 January and then
    # on 4 and 5 February" less its dates): nothing after it
    text = re.sub(r"(?:[\s,]+(?:and|or|but)(?:\s+then)?|[\s,]+then)$", "", text)
    return text.strip()


def _words_of(text: str) -> list[str]:
    return re.findall(r"[\w’'-]+", text)


def _last_word(text: str) -> str:
    ws = _words_of(text)
    return ws[-1].lower().strip("’'-") if ws else ""


def _balanced(text: str) -> bool:
    if text.count('"') % 2:
        return False
    if text.count("“") != text.count("”"):
        return False
    # ’ is also an apostrophe: only an opening ‘ must be closed
    if text.count("‘") > text.count("’"):
        return False
    # (and a straight one, as British outlets quote: "had 'laid down their arms| and
    # surrendered,'" was cut inside it; an apostrophe never opens a word, "the '90s" aside)
    return len(OPEN_SINGLE.findall(text)) <= len(CLOSE_SINGLE.findall(text))


OPEN_SINGLE = re.compile(r"(?:^|(?<=[\s(\[—–]))'(?=[A-Za-z])")
CLOSE_SINGLE = re.compile(r"(?<=[\w.,!?])'(?![A-Za-z])")


BRACKETS = (("(", ")"), ("[", "]"), ("«", "»"))


def _brackets_closed(text: str) -> bool:
    """Whether each bracket of ``text`` (and guillemet) opens before it closes and is closed:
    an article's bracket left open (a typo) made the headline 'Putin meets Zelensky (in
    Moscow' (a fourteenth sweep)."""
    for opening, closing in BRACKETS:
        if opening not in text and closing not in text:
            continue
        depth = 0
        for ch in text:
            depth += (ch == opening) - (ch == closing)
            if depth < 0:
                return False
        if depth:
            return False
    return True


def _end_sentence(text: str) -> str:
    """A headline has no final full stop; '?' and a closing quote stay."""
    text = _tidy(text)
    while text and text[-1] in ".,;:-–—":
        text = _tidy(text[:-1])
    # a full stop inside a closing quote ("... ready.”") goes too
    text = re.sub(r"[.,]([”\"’])$", r"\1", text)
    return text


def _cap(text: str) -> str:
    i = 0
    while i < len(text) and text[i] in "“\"‘'(":
        i += 1
    if INNER_CAPITAL.match(text, i):
        return text  # a name written so: "iPhone", "eBay", "mRNA" (never 'IPhone users')
    return text[:i] + text[i:i + 1].upper() + text[i + 1:]


INNER_CAPITAL = re.compile(r"[a-z]{1,2}[A-Z][\w-]")


# --- step 1: clean -------------------------------------------------------------------------

def strip_dateline(text: str, w: Words) -> str:
    for p in w.datelines:
        m = p.match(text)
        if m and m.end() < len(text):
            return text[m.end():]
    return text


def strip_credits(text: str, w: Words) -> tuple[str, bool]:
    """The sentence without photo credits, and whether it had one (then it is a caption)."""
    m = w.credits.search(text)
    if not m:
        return text, False
    # a credit in brackets or parentheses goes with them
    text = re.sub(r"\s*[\[(][^\[\]()]*[\])]", lambda b: "" if w.credits.search(b.group(0)) else b.group(0), text)
    m = w.credits.search(text)
    if m:
        # the credit and what follows it ("REUTERS/Maxim Shemetov"), or the sentence before it
        head = text[:m.start()]
        cut = max(head.rfind(". "), head.rfind(".\u00a0"))
        text = head if cut < 0 else head[:cut + 1]
        text = re.sub(r"\s*\(?(?:Photo|Image|Picture)\s*$", "", text, flags=re.IGNORECASE)
    return _tidy(text), True


def strip_connectives(text: str, w: Words) -> str:
    text = UNCOMMA_OPENER.sub("", text)
    for _ in range(3):
        new = w.connective.sub("", text)
        if new == text:
            break
        text = new
    return text


def _subject_start(rest: str) -> bool:
    """Whether what follows an opener's comma can start the main clause: a capital, a
    determiner, a pronoun, a number, or a lower-case noun ('donor organs will'), not a
    participle, preposition or conjunction ('known as ...', 'in Kyiv', 'and')."""
    first = re.match(r"[a-z][\w’'-]*", rest)
    if (head := re.match(r"[a-z][\w’'-]*\s+([a-z][\w’'-]*)\b", rest)) is not None \
            and head.group(1) in words().subject_heads:
        return True  # "state television showed ...": a noun after a word that may be a verb
    if first and first.group(0).endswith("ing") and _gerund_subject(rest, words()):
        return True  # "Overnight, shelling was reported near Novoluhanske": a gerund subject
    if first and not re.search(r"(?:ed|ing|ly|en|wn)$", first.group(0)) and first.group(0) not in \
            PREPOSITIONS | {"and", "or", "but", "who", "which", "that", "where", "when", "while",
                            "as", "if", "whose", "whom", "so", "then", "also", "not", "wherever",
                            "here", "there", "now", "today", "yesterday", "again", "too"} \
            | SUBORDINATORS \
            | AUXILIARIES | words().verb_forms:
        return True
    return bool(re.match(r"(?:[A-Z“\"‘]|(?:the|a|an|his|her|their|its|some|two|three|four|"
                         r"both|all|several|many|most|he|she|they|it|we|i|more|less|about|"
                         r"nearly|almost|over|at\s+least|up\s+to|only)\s|\d)", rest))


@lru_cache(maxsize=1)
def _registered_words() -> frozenset[str]:
    """Every word of a registered name ("Beijing", "Kyiv"): never a participle that opens an
    adverbial, however it ends ("Nothing", "Beijing" are no "Speaking")."""
    return frozenset(x for e in load_registry().entities
                     for n in (e.name, *e.aliases, *(n for t in e.titles for n in t.names))
                     for x in n.split())


@lru_cache(maxsize=1)
def _given_names() -> frozenset[str]:
    """The first words of the registered people's full names ("Vladimir", "Alexander",
    "Emmanuel"): a person named in full by one of them goes by the surname in a headline that
    has no room for both ("Alexander Zakharchenko" -> "Zakharchenko")."""
    w = words()
    roles = {r.lower() for r in w.role_tokens} | w.apposed_roles | {"pope", "sir", "dame", "von", "van", "de"}
    return frozenset(first for e in load_registry().entities if e.kind == "person"
                     for n in (e.name, *e.aliases) if len(n.split()) >= 2
                     for first in [n.split()[0]]
                     if first[:1].isupper() and first.isalpha() and not first.isupper()
                     and first.lower() not in roles
                     # (never a name that leads as a surname: "Xi Jinping", "Kim Jong Un", "Lula")
                     and not short_name(n, w).startswith(first))


QUANTITY_OPENER = re.compile(r"At\s+(?:least|most)\b")
NOT_OPENERS = frozenset({"According"})  # "According to X, S" is an attribution frame
UNCOMMA_OPENER = re.compile(r"^(?:(?:Earlier|Later)\s+(?:in\s+the\s+(?:day|week|month|year)|today|"
                            r"on|this\s+\w+|(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
                            r"Saturday|Sunday))\b,?\s*|"
                            # "On Saturday the two sides exchanged ...": a weekday's opener with
                            # no comma, before its subject (the comma after the clause was taken
                            # for the opener's: "the first exchange under the new deal" was left)
                            r"On\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
                            r"(?:\s+(?:morning|afternoon|evening|night))?\s+(?=(?:[Tt]he|[Bb]oth|[A-Z][a-z]+)\s)|"
                            # "On the sidelines of the summit Donald Trump met ...": where, before
                            # the subject, with no comma (the words up to a capital)
                            r"(?:On|At)\s+the\s+(?:sidelines|margins)\s+of\s+(?:the\s+|a\s+)?"
                            r"(?:[a-z][\w-]*\s+){1,3}(?=[A-Z][\w’'-]*\s+[A-Z]?[a-z])|"
                            # "In the early hours of this morning the Kremlin published ...": the
                            # small hours before the subject, with no comma (probe_events115)
                            r"In\s+the\s+(?:early|small|first)\s+hours(?:\s+of\s+(?:this\s+morning|today|"
                            r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+morning)?))?"
                            r"\s+(?=(?:[Tt]he|[A-Z][a-z]+)\s))")
# a time counted from something before: "Four days after they end, ", "Three days later, "
# (and "The day after Johnson announced his resignation, ", "Hours after ...": 'Putin says the
# day after Johnson announced his resignation' was a frame's content, the twenty-fourth sweep)
COUNTED_OPENER = re.compile(r"^(?:(?:(?:[Aa]|[Tt]he|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Tt]en|"
                            r"\d{1,2}|[Aa]\s+few|[Ss]everal)\s+(?:hours?|days?|weeks?|months?)"
                            r"|[Hh]ours|[Dd]ays|[Ww]eeks|[Mm]onths|[Mm]oments|[Mm]inutes)\s+"
                            r"(?:later|earlier|after|before)\b(?:[^,;:“”\"]|“[^“”]{1,40}”|\"[^\"]{1,40}\"){0,80}?,\s+)"
                            r"(?=[A-Z“\"])")
# a time counted from what follows it ("came a day| after", "two weeks| before"): no place to cut
COUNTED_TIME = re.compile(r"(?:\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+|several|"
                          r"a\s+few|few|some|many)\s+(?:hours?|days?|weeks?|months?|years?|minutes?)|"
                          r"\b(?:hours|days|weeks|months|shortly|soon|just|moments|minutes|right|"
                          r"immediately|long|only))$", re.IGNORECASE)
# a lead set in capitals before the sentence's words: "UKRAINE'S President Volodymyr Zelensky"
# (a list's first name too: "RUSSIA, Ukraine, the United States and the European Union have agreed")
CAPITAL_LEAD = re.compile(r"^(?:[A-Z][A-Z’']{2,},?\s+){1,3}(?=[A-Z][a-z])")
# (its full stop ends no words; nor a rank's or an office's before a name: "Lt. Gen. Keith
# Kellogg said", "Sen. Lindsey Graham said")
HONORIFIC_STOP = re.compile(r"\b(Mr|Mrs|Ms|Dr|Gen|Lt|Col|Maj|Brig|Capt|Sgt|Adm|Cmdr|Sen|Rep|Gov|Prof|Rev)"
                            r"\.(?=\s+[A-Z])")
PRONOUN_SUBJECTS = frozenset({"he", "she", "they", "we", "I", "it"})
COLON = re.compile(r"(?<!\d):\s+(?=[a-z])")  # (not a clock's; a clause in lower case after it)


def _told_deed(ws: list[str], w: Words) -> bool:
    """Do these words tell someone doing something: a name or a pronoun, then a past verb
    that is no speech verb ("Trump met Zelensky"; not "Not so", "Peskov said")?"""
    return any(x in w.past and x not in w.speech and (ws[i - 1][:1].isupper() or ws[i - 1] in PRONOUN_SUBJECTS)
               for i, x in enumerate(ws) if i)


def before_colon(text: str, w: Words) -> str:
    """A clause telling a deed before a colon leads; what the colon adds goes ("Donald Trump
    met Volodymyr Zelensky: the meeting, which Kyiv had expected on Tuesday, took place only
    the next day" -> "Donald Trump met Volodymyr Zelensky."). Not a quote's colon, nor one
    after words that say ("Peskov said: ...").

    >>> before_colon("Donald Trump met Volodymyr Zelensky: the meeting took place a day late.", words())
    'Donald Trump met Volodymyr Zelensky.'
    >>> before_colon("Peskov explained: the delegation had no visas.", words())
    'Peskov explained: the delegation had no visas.'
    """
    if (reply := REPLY_LEAD.match(text)) is not None:
        return text[reply.end():]  # "The Kremlin answered on 8 November: Dmitry Peskov said
        # that ...": what the answer was is the news
    m = COLON.search(text)
    if m is None or m.start() > 140 or any(q in text[:m.start()] for q in QUOTE_MARKS):
        return text
    head = _words_of(text[:m.start()])
    if len(head) < 3 or not _told_deed(head, w) or any(x in w.speech or x in w.needs_that for x in head):
        return text
    return text[:m.start()] + "."


# who answered, and when, before a colon: "The Kremlin answered on 8 November", "Moscow's
# reply came the next day"
REPLY_LEAD = re.compile(r"(?:[\w’'.-]+\s+){1,4}(?:answered|replied|responded|reacted|hit\s+back|struck\s+back)"
                        r"(?:\s+(?:on|in|at|late|early|the)\b[^:;“”\"]{0,30})?\s*:\s+(?=[A-Z][\w’'.-]*\s)")
QUOTE_LEAD_IN = re.compile(r"^(?:[\w’'-]+\s+){0,5}(?:reply|response|answer|retort|verdict|message|comment)\s+"
                           r"(?:came|was|were)\b[^:;“”\"]{0,40}:\s*(?=[“\"])")
LEAD_IN = re.compile(r"^(?:[\w’'-]+\s+){0,2}[\w’'-]+:\s+(?=\S)")  # "Not so: the Times reports ..."


def _opens(text: str, w: Words) -> bool:
    """Does ``text`` start with a word that opens an adverbial ("On Sunday", "Overnight")?"""
    first = re.match(r"[\w’'-]+", text)
    return first is not None and (first.group(0) in w.opener_words
                                  or first.group(0).lower() in w.phrase_openers)


# the rest of a list of names after one of its commas: "Canada, Australia and Ukraine,"
LIST_REST = re.compile(r"(?:[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*,\s+)*[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*"
                       r",?\s+(?:and|or)\s+(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*\s*,")


def strip_opener(text: str, w: Words) -> str:
    """'On Sunday, Putin proposed ...' -> 'Putin proposed ...'; the comma taken is the first one
    followed by something that can be a subject (so 'After the talks, known as the Normandy Four
    Summit, the four parties agreed' loses both asides), and never one inside a list of names.

    >>> strip_opener("After a call with leaders of France, Canada and Ukraine, the premier said so.", words())
    'the premier said so.'
    >>> strip_opener("When Volodymyr Zelensky stepped out to address the nation, he did not reject the plan.", words())
    'Zelensky did not reject the plan.'
    >>> strip_opener("Shelling resumed near Avdiivka, north of Donetsk.", words())
    'Shelling resumed near Avdiivka, north of Donetsk.'
    >>> strip_opener("Visiting wounded soldiers in a Moscow hospital, Putin praised them.", words())
    'Putin praised them.'
    """
    text = UNCOMMA_OPENER.sub("", text)
    first = re.match(r"[\w’'-]+", text)
    if not first or QUANTITY_OPENER.match(text):
        return text  # "At least one person was killed in the capital, officials said": a count
    word = first.group(0)
    if word in NOT_OPENERS or word not in w.opener_words \
            and not (re.fullmatch(r"[A-Z][a-z]+(?:ing|ed)", word) and not word.endswith("thing")
                     and word not in _registered_words() and text[first.end():first.end() + 1] != ","):
        return text  # (a participle's phrase goes on after it; "Boeing, 737, and Airbus, 320,
        # met regulators" opens on a name)
    participle = word not in w.opener_words
    if participle and _gerund_subject(text, w):
        return text  # "Fighting continued on Thursday around Debaltseve, local officials said",
        # "Shipping through the strait is expected to resume": its verb follows (no opener)
    for m in re.finditer(r",\s+", text):
        if m.start() > 140:
            break
        opener = _words_of(text[:m.start()])
        if word.lower() in w.phrase_openers and _clause_verb(opener, w) \
                and not any(x.lower() in RELATIVES | SUBORDINATORS for x in opener[1:]):
            return text  # "In Istanbul on May 16 the Russians sent Medinsky, a historian": the
            # main clause began before the comma
        rest = text[m.end():]
        if re.match(r"[^,]{0,60},\s+(?:was|were|is|are|has|have|had)\b", rest):
            continue  # "since Zelensky, a comedian, was elected": an apposition, not the clause
        if LIST_REST.match(rest) and re.search(r"[A-Z][\w’'.-]*$", text[:m.start()]):
            continue  # "including those of France, Canada, Australia and Ukraine, the prime
            # minister said": the list goes on
        if participle and not _has_verb(_words_of(rest), w):
            continue  # a participle's phrase is followed by a clause; else the "participle" is
            # a gerund subject: "Fighting flared again this week around the town of Avdiivka,
            # north of Donetsk" (was 'North of Donetsk')
        if _subject_start(rest) and len(_words_of(rest)) >= MIN_WORDS:
            if word in CONDITIONS:
                # the condition is part of the news: "If the talks fail, Russia will resume
                # strikes" -> "Russia will resume strikes if the talks fail" (where the words
                # are someone's, once their frame is off: "..., Peskov said"; never after a quote)
                if rest[:1] in QUOTE_MARKS or split_frame(rest, w) is not None:
                    return text
                condition = text[:m.start()]
                return f"{rest.rstrip(' .')} {condition[0].lower()}{condition[1:]}"
            if (pronoun := re.match(r"(?:he|she|He|She)\b", rest)) is not None:
                # "When Volodymyr Zelensky stepped out ... to address the nation, he did not
                # reject the plan": "he" is the one person the opener names
                # (never one the opener names as an object or inside a relative clause:
                # "Asked about Putin, he said", "Asked about Bakhmut, which Prigozhin claimed
                # to have captured, he said": not Putin, not Prigozhin)
                people = {n for run in NAME_RUN.finditer(text, len(word), m.start())
                          if _opener_subject(text, run.start(), w) and (n := short_name(run.group(), w)) in w.people}
                if len(people) == 1:
                    rest = people.pop() + rest[pronoun.end():]
            return rest
    return text


NAME_RUN = re.compile(r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*")


def _gerund_subject(text: str, w: Words) -> bool:
    """Does ``text`` open on a word in -ing that is its subject, a finite verb after it before
    any comma: an auxiliary ("Shipping through the strait is expected to resume"), or a past
    followed by no noun ("Fighting continued on Thursday", "Voting ended at 8 p.m.")? A
    participle's phrase has none ("Visiting wounded soldiers in a Moscow hospital, Putin
    praised them"; "Speaking to reporters who were waiting, he said": a relative clause's).

    >>> _gerund_subject("Fighting continued on Thursday around Debaltseve, officials said.", words())
    True
    >>> _gerund_subject("Shipping through the strait is expected to resume on Monday, the office said.", words())
    True
    >>> _gerund_subject("Visiting wounded soldiers in a Moscow hospital, Putin praised them.", words())
    False
    >>> _gerund_subject("Speaking to reporters who were waiting outside, he said so.", words())
    False
    """
    parts = re.split(r"([,;:(“\"])", text, maxsplit=1)
    head, comma, after = (parts + ["", ""])[:3]
    if comma == "," and not TRAILING_FRAME.search(after):
        return False  # a clause of its own after the comma: the phrase is a participle's
        # ("Visiting wounded in a Moscow hospital on Monday, Putin praised the doctors")
    opening = _words_of(head)
    for i, x in enumerate(opening[1:], 1):
        low = x.lower()
        if low in RELATIVES or low in SUBORDINATORS:
            return False
        if low in AUXILIARIES - {"am", "be", "been"} and (i == 1 and low not in ("had", "has", "have")
                                                          or i > 1 and (opening[1].lower() in PREPOSITIONS
                                                                        or opening[1].lower() in w.gerund_verb_after)):
            return True  # ("Having had ...": a perfect participle's own; "Stressing talks would
            # continue": a clause of no "that", the participle's object, hostile52)
        if i == 1 and low in w.past and low not in w.participle_nouns \
                and (i + 1 == len(opening) or opening[i + 1].lower() in PREPOSITIONS
                     or opening[i + 1].lower() in w.gerund_verb_after):
            return True
    return False


# the words after a gerund subject's clause: a speaker's frame that ends the sentence
# ("..., local officials said.", "..., the Kerch harbour master's office said on Monday.")
TRAILING_FRAME = re.compile(r"(?:^|,)\s*[^,;:]{1,80}?\s(?:said|says|reported|reports|announced|told\s+[^,;:.]{1,40}?|"
                            r"added|wrote|confirmed)(?:\s+(?:on|late|early|this|last)?\s*[A-Za-z]+){0,2}[.!]?\s*$")


def _opener_subject(text: str, at: int, w: Words) -> bool:
    """Whether the name at ``at`` of a sentence's opening phrase may be its clause's subject
    (whom a "he" after the phrase stands for): not after a preposition or a verb ("Asked about
    Putin", "After a call with Putin", "Meeting Putin": objects) nor inside a relative clause
    ("Asked about Bakhmut, which Prigozhin claimed to have captured")."""
    if re.search(r",\s*(?:which|who|whom|whose)\b[^,;:]*$", text[:at]):
        return False
    prev = re.search(r"([\w’'-]+)\s+$", text[:at])
    if prev is None:
        return True
    low = prev.group(1).lower()
    return low in SUBORDINATORS or not (low in PREPOSITIONS or low in w.past or low in w.present
                                        or low.endswith(("ing", "ed")))


def _clause_verb(ws: list[str], w: Words) -> bool:
    """Whether these words hold a subject and its past verb with an object ("the Russians sent
    Medinsky": a name or a pronoun right before the verb), not a participle or an adjective
    ("a coordinated attack", "a deal signed last month", "the statement issued in Jeddah")."""
    for i, x in enumerate(ws):
        if i >= 2 and x in FINITE_BE and ws[i - 1][:1].isupper() and ws[i - 1] not in w.opener_words \
                and not ws[i - 1].isupper():
            return True  # "On Monday Zelensky is due in London": a name and its finite verb
        if i < 2 or not x.islower() or x in AUXILIARIES \
                or not (x in w.past or x.endswith("ed") and len(x) > 4):
            continue
        before = ws[i - 1]
        nxt = ws[i + 1].lower() if i + 1 < len(ws) else ""
        if (before[:1].isupper() or before.lower() in {"he", "she", "they", "we"}) \
                and (nxt not in PREPOSITIONS and nxt not in {"by", "to", "as", "and", "or", ""}
                     or x in w.past_only):
            return True  # (a past no participle shares, whatever follows: "Putin flew to Mariupol")
    return False


# reported speech's "would", which after "says" is "will" (never a wish's: "would like", "would
# "rather send bullets"")
BACKSHIFT_WOULD = re.compile(r"\bwould\b(?!\s+[“\"]?(?:like|love|prefer|rather|welcome|sooner)\b)")
FINITE_BE = frozenset({"is", "are", "was", "were", "will", "has", "have", "had"})
# ... and what would have happened, told in such a clause, is no news of the first's ("Zelensky
# elected and his term would have ended")
COUNTERFACTUAL = re.compile(r",?\s+and\s+(?:his|her|its|their|the)\s+[a-z]+(?:\s+[a-z]+)?\s+would\s+(?:not\s+)?have\b")
# a second clause of its own subject, after "and" ("Zelensky was elected ... and his term
# would have ended ..."): a headline tells the first
OWN_SUBJECT_CLAUSE = re.compile(r",?\s+and\s+(?:his|her|its|their|the)\s+[a-z]+(?:\s+[a-z]+)?\s+"
                                r"(?:would|will|was|were|is|are|had|has|could|might)\b")
SAYS_ITSELF = re.compile(r"(?:[A-Z][\w’'.-]*\s+)*?(?P<name>[A-Z][\w’'-]{2,})(?:\s+says?\s+(?:that\s+)?|:\s+)"
                         r"(?:[A-Z][\w’'.-]*\s+)*?(?P=name)\b(?![’'])")
ADJECTIVE_END = re.compile(r"(?:al|ive|ous|ful|ic|less|able|ible)$")  # "an unconditional| ..."
# what a speaker reports another told him: "Nemtsov had told him he had evidence ..."
TOLD_THE_SPEAKER = re.compile(r"(?:that\s+)?[A-Z][^,;:“”\"]{0,60}?\s+(?:had\s+)?(?:told|assured|informed)\s+(?:him|her|them)\b")
# a quote parted by its frame: '"We are ready," Peskov told reporters on Monday, "to meet."'
SPLIT_QUOTE = re.compile(r"(?P<open>[“\"])(?P<a>[^“”\"]{1,300}?),?(?P<close>[”\"]),?\s+"
                         r"(?P<frame>(?:[A-Z]|(?:said|says|added|asked|wrote)\s)[^“”\"]{0,120}?),\s+[“\"](?P<b>[^“”\"]{1,400}?)[.,!?]?[”\"]"
                         # (and a second frame of the same speaker after it: '..., "the goal is
                         # peace," he added.', hostile33)
                         r"(?:,?\s+(?:he|she|they)\s+(?:added|said|went\s+on|continued)\.?)?\s*$")
# a sentence that closes a quote it did not open, then a frame: 'There is no alternative to it,"
# Lavrov told reporters'
QUOTE_CONTINUED = re.compile(r"[^“”\"]{2,400}?[,.!?](?P<mark>[”\"])\s+[A-Za-z]")
# a time "only" or "not until" puts first, and the clause it inverts: "Only on October 11 did the
# Holy Synod revoke the letter of 1686"
ONLY_THEN = re.compile(r"(?:Only|Not\s+until)\s+(?P<when>(?:on|in|at|after|then|when|this|last|late|early)\b"
                       r"[^,;:“”\"]{0,60}?)\s+did\s+(?P<rest>.+)$")


def _uninverted(m: re.Match[str], w: Words) -> str | None:
    """The clause ``ONLY_THEN`` matched in its plain order, its time first: "Only on Monday did
    he concede that ..." -> "On Monday, he conceded that ..." (None where no verb of the
    vocabulary follows a subject of a few words).

    >>> _uninverted(ONLY_THEN.match("Only on October 11 did the Holy Synod revoke the letter."), words())
    'On October 11, the Holy Synod revoked the letter.'
    """
    pasts: dict[str, str] = {}
    for past, (_, base) in w.past.items():  # (the vocabulary's first spelling: "stopped", not "stoped")
        if past not in ("had", "did"):
            pasts.setdefault(base, past)
    rest = m.group("rest")
    ws = list(re.finditer(r"[\w’'-]+", rest))
    for k, t in enumerate(ws[1:8], start=1):
        word = t.group(0)
        if word in CLAUSE_OPENERS or re.search(r"[,;:“”\"]", rest[ws[k - 1].end():t.start()]):
            return None  # (the subject ends before a clause or a mark: no verb found for it)
        if word in pasts and word.islower() and ws[k - 1].group(0).lower() not in DETERMINERS:
            return f"{_cap(m.group('when'))}, {rest[:t.start()]}{pasts[word]}{rest[t.end():]}"
    return None


# the adverbs a headline drops outside quotes ("also", "later", "reportedly", "now", "then")
# (never a preposition's "now", "then": "no reason until now for the delay" was 'until for the
# delay', hostile33)
NOT_AFTER_PREPOSITION = (r"(?<!\buntil\s)(?<!since\s)(?<!\bby\s)(?<!from\s)(?<!till\s)(?<!\bfor\s)(?<!\bof\s)"
                         r"(?<!right\s)")
ADVERB_ASIDE = re.compile(r"(?<!day)(?<!days)(?<!week)(?<!weeks)(?<!month)(?<!months)(?<!hour)(?<!hours)"
                          r"(?<!year)(?<!years)(?:\s+(?:also|later|subsequently|reportedly|(?<!\bthat\s)"
                          + NOT_AFTER_PREPOSITION + r"now|in\s+fact)|(?<!,)\s+" + NOT_AFTER_PREPOSITION
                          + r"then)\b(?=\s+(?!than\b)[a-z])")
# a purpose infinitive of saying after its subject's deed: "X took to Truth Social ... to say
# that", "X used the speech to warn that" (the words are the news; the medium goes)
TO_SAY = re.compile(r"^(?P<who>(?:[A-Z][\w’'.-]*\s+){0,4}[A-Z][\w’'.-]*)\s+(?:used|uses|took\s+to|takes\s+to|"
                    r"went\s+on|goes\s+on|seized\s+on|took\s+the\s+opportunity)\b[^.;:“”\"]{0,140}?"
                    r",?\s+to\s+(?P<verb>say|warn|insist|argue|declare|announce|stress|claim)\s+(?:that\s+)?"
                    # (what is said after it, not what it argues for: "used the strike to argue| for
                    # more air defence")
                    r"(?!(?:for|against|about|over|with)\b)")
TO_SAY_PAST = {"say": "said", "warn": "warned", "insist": "insisted", "argue": "argued", "declare": "declared",
               "announce": "announced", "stress": "stressed", "claim": "claimed"}
# an act that points back to one told before, then the words that say what it was: "Putin went
# further on Friday, telling defence officials that ..." -> "Putin on Friday told defence
# officials that ..." (further than what? the words are the news)
POINTING_ACT = re.compile(r"^(?P<who>(?:[A-Z][\w’'.-]*\s+){0,4}[A-Z][\w’'.-]*)\s+(?:(?:also|then|later)\s+)?"
                          r"(?:went\s+further|goes\s+further|hit\s+back|hits\s+back|doubled\s+down|doubles\s+down|"
                          r"struck\s+back|responded|responds|reacted|reacts|answered|answers|replied|replies|"
                          r"followed\s+up|follows\s+up|"
                          # (or where one was: "Merkel was in Kyiv, telling Zelensky that ...")
                          r"(?:was|were)\s+(?:in|at)\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2})"
                          r"(?P<mid>\s+[^,;:“”\"]{1,40})?,\s+(?P<verb>telling|saying|warning|insisting|declaring|"
                          r"announcing|claiming|accusing|calling)\s+")
POINTING_PAST = {"telling": "told", "saying": "said", "warning": "warned", "insisting": "insisted",
                 "declaring": "declared", "announcing": "announced", "claiming": "claimed",
                 "accusing": "accused", "calling": "called"}
COPULA_DROPPED = frozenset({"in", "at", "under", "back"})  # "was in London" -> "in London"
# ... and such a headline says where someone is, no verb needed: "Zelensky in London for talks"
WHERE_ONE_IS = re.compile(r"(?![A-Z][a-z]{2,}ing\s)(?:[A-Z][\w’'.-]*\s+){1,4}(?:in|at|under|back\s+(?:in|at))\s+"
                          r"(?:[A-Z]|the\s|pressure\b)")  # (never a gerund: "Voting in the ...")
DEMONSTRATIVES = frozenset({"This", "That", "These", "Those", "It", "There", "Here", "What"})
RELATIVES = frozenset({"who", "which", "that", "whom", "whose", "where", "when"})
CONDITIONS = frozenset({"If", "Unless", "Should"})  # openers a headline keeps, moved to its end
OPEN_CONDITION = re.compile(r"(?:^|\s)(?:[Ii]f|[Uu]nless)\s[^,;:]*$")  # a cut inside a condition


@lru_cache(maxsize=1)
def _timex_rules():
    return load_timex_rules()


@lru_cache(maxsize=1)
def _year_name_before() -> re.Pattern[str]:
    """A name a year ends (claims.yaml's ``year_name_before``: "G20 Summit 2023", "Vision 2030")."""
    return re.compile(lang.package_data(DATA.parent / "claims.yaml")["year_name_before"], re.IGNORECASE)


AGAIN_BEFORE = re.compile(r",?\s+and\s+(?:again|then|once\s+more)$")  # a second date's own words


# words in -ing after a date that tell of the date itself, not of a noun before it
PERIOD_PARTICIPLES = frozenset({"morning", "evening", "ending", "beginning", "starting", "running",
                                "lasting", "spanning", "covering"})


CLOSING_SAID = re.compile(r"\s*,[^,;:“”\"]{1,60}?\b(?:said|says|reported|reports|added|told\s+[\w ]{1,30})\s*\.?\s*")
DATED_ASIDE_PARTICIPLE = re.compile(r"(?<=[a-z])\s*,\s+(?:[a-z]{3,}ed|[a-z]{2,}(?:en|wn))$")
DATED_DOCUMENT = re.compile(r"(?P<doc>\b(?:interview|article|essay|statement|video|op-ed|report|letter|post|"
                            r"column|piece|address|speech|message|documentary|podcast))\s+"
                            r"(?:published|released|aired|broadcast|posted|issued)$")


# a date told from the article's own day: "tomorrow", "yesterday", "this week", "next month"
DEICTIC_DATE = re.compile(r"(?i)(?:today|tonight|tomorrow|yesterday)(?:\s+(?:morning|afternoon|evening|night))?"
                          r"|(?:this|last|next)\s+(?:week|weekend|month|year|Monday|Tuesday|Wednesday|"
                          r"Thursday|Friday|Saturday|Sunday)")
LASTING_UNTIL = re.compile(r"\b(?:runs?|running|lasts?|lasting|continues?|continuing|stays?|staying|"
                           r"remains?|remaining|extended|extends?)\s+(?:until|till|through|to)\s+$"
                           r"|\b(?:ends?|ending|ended|opens?|closes?|begins?|starts?)\s+$")
KEPT_PREP = re.compile(r"\s+(?:to|until|till|since|from|by|for|before|after|through|within)\s+$")
# what follows a date given to act in ("has until tomorrow| to respond"), or whose noun it
# names ("after this week|'s strikes")
GIVEN_FOR = re.compile(r"\s+to\s+[a-z]|[’']s\b")


# words that open a clause after a date, never a noun the date says which of ("said on Tuesday|
# there was no prospect", "said on Monday| it would")
SUBJECT_OPENERS = frozenset({"there", "it", "he", "she", "they", "we", "i", "you", "this", "these", "those"})
LY_NOUNS = frozenset({"rally", "rallies", "family", "assembly", "supply", "anomaly", "monopoly", "ally"})


GLUED_TO_DATE = re.compile(r"[-/–][\w/-]*(?=[\s,.;:)]|$)")


DAY_APPOSED = re.compile(r"^,\s+(?:the|a|an)\s+(?:[a-z]+\s+){0,2}?(?:feast|day|eve|anniversary|holiday|"
                         r"birthday|sabbath)\b[^,;:“”\"()]{0,60}(?=[,.;:]|$)")


# a weekday alone after a noun phrase is when it happened, as American copy writes it ("Russia
# announced the suspension Saturday" kept "Saturday"), never a noun's part ("the seasonally
# slow third quarter")
WEEKDAY_ALONE = re.compile(r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
                           r"(?:\s+(?:morning|afternoon|evening|night))?")


# adverbs of no -ly that modify the verb after a date, never a noun ("Putin on Thursday again
# called ...": the date went with them, probe_events85)
PLAIN_ADVERBS = frozenset({"again", "also", "still", "then", "later", "first", "finally", "already",
                           "now", "twice", "once", "too", "even", "never", "not", "separately"})


def strip_dates(text: str, w: Words, keep: str | None = None) -> str:
    """Drop date expressions with their preposition ("on Sunday", "earlier this week"), not
    deadlines ("by May 1") nor durations ("a 30-day ceasefire"), nor the date ``keep`` (the
    one a headline is asked to tell)."""
    spans: list[tuple[int, int]] = []
    # (the dates of a span joined by "again" or "also": where that word opens each one's own
    # words, and where it ends)
    agains: dict[int, list[tuple[int, int]]] = {}
    for m in sorted(find_mentions(text, _timex_rules()), key=lambda m: m.start):
        if m.type not in ("DATE", "TIME") or m.template == "PRESENT_REF" \
                and re.search(r"\bthat\s+$", text[:m.start]) and re.match(r"\s+(?:is|was)\b", text[m.end:]):
            continue  # ('said that now was "the time for resolve"': "now" is what was, no date)
        if m.template == "PRESENT_REF" and re.search(r",\s*$", text[:m.start]):
            continue  # (nor a clause's "now" after a comma, which a date before the comma would
            # take with it: "Reverse flows from Slovakia, which began in September, now cover"
            # was "... which began cover", probe_events90's sentences)
        # "on Friday and Saturday", "May 15-16": one date expression
        # (and "on March 5, a Saturday,": the date's own weekday)
        # (and "on Friday and again on Saturday")
        # (and "on December 29 and on April 16": ", and," was left, probe_events68)
        join = re.fullmatch(r"\s*(?:,|and|or|to|through|-|–)?\s*(?:(?P<again>again|also)\s+(?:on\s+)?|(?<=and\s)on\s+)?(?:an?\s+)?",
                            text[spans[-1][1]:m.start]) if spans else None
        if join is not None:
            if join.group("again"):
                agains.setdefault(spans[-1][0], [(spans[-1][0], spans[-1][1])]).append(
                    (spans[-1][1] + join.start("again"), m.end))
            spans[-1] = (spans[-1][0], m.end)
        else:
            spans.append((m.start, m.end))
    quoted = [(m.start(), m.end()) for m in QUOTED.finditer(text)]
    for start, end in sorted(spans, reverse=True):
        # (what is glued to a date is of it: "in 2025-W18", "on 2025/05" left '-W18', '/')
        end += len(glued.group(0)) if (glued := GLUED_TO_DATE.match(text, end)) is not None else 0
        if any(a < start and end < b for a, b in quoted):
            continue  # a quote keeps its words: 'a ceasefire "before the end of 2019"'
        if re.fullmatch(r"\d{4}", text[start:end]) and _year_name_before().search(text, 0, start):
            continue  # "G20 Summit 2023", "Vision 2030": a name's year, no date (as the claims read it)
        if keep and re.search(rf"(?<![\w’'-]){re.escape(keep)}(?![\w’'-])", text[start:end]):
            own = [(a, b) for a, b in agains.get(start, ())
                   if re.search(rf"(?<![\w’'-]){re.escape(keep)}(?![\w’'-])", text[a:b])]
            if own and own[0][0] == start:  # "met Trump on Monday| and again on Friday"
                text = text[:own[0][1]] + text[end:]
            elif own:  # "met Trump| on Monday and |again on Friday": the day asked for alone
                prep = w.date_preps.search(text[:start])
                text = text[:prep.start() if prep else start] + text[own[0][0]:own[0][1]] + text[end:]
            continue  # the date asked for (a whole expression: "the week" is no "the weekend")
        before = text[:start]
        if re.fullmatch(r"\s*By\s+", before) and re.match(r",?\s+[A-Z]", text[end:]):
            text = text[end:].lstrip(" ,")  # "By Saturday, the city said ...": how far the
            continue  # narration had got, an opener (not a deadline set for the day; nor
            # without its comma: "By Wednesday evening Moscow had recalled its ambassador")
        if re.match(r"[’']s\s", text[end:]) and re.fullmatch(r"(?i)today|yesterday|tomorrow|tonight", text[start:end]):
            # "Yesterday's conversation lasted ...": a day told from the article's own goes,
            # its noun stays ("Conversation lasts ...")
            rest = text[end:].split(None, 1)
            if len(rest) == 2:  # (inside the sentence "the": "the agenda of the meeting")
                text = text[:start] + ("the " if before.strip() else "") + rest[1]
            continue
        if w.keep_date_after.search(before) and DEICTIC_DATE.fullmatch(text[start:end]) \
                and not LASTING_UNTIL.search(before) and (prep := KEPT_PREP.search(before)) is not None \
                and not GIVEN_FOR.match(text, end):
            # a deadline or a start told from the article's own day ("pushed back to
            # tomorrow", "tightened since yesterday") reads wrong under the timeline's date: it
            # goes with its preposition (not what lasts until it: "the forum runs until
            # tomorrow" says nothing without it; nor a date after a word that is no such
            # preposition, which would be left bare: "ahead of next week's summit", "more
            # than last week", "effective tomorrow"; nor the time given to act: "has until
            # tomorrow to respond" is no "has to respond", the twenty-third sweep)
            text = before[:prep.start()] + text[end:]
            continue
        if w.keep_date_after.search(before) or re.match(r"[’']s\b", text[end:]) or \
                re.match(r"\s+of\s", text[end:]) and re.fullmatch(r"(?i)the\s+[a-z]+", text[start:end]):
            continue  # "the future of the plant": a noun its "of" phrase depends on
        if (owner := OWNER_BEFORE.search(before)) is not None and not w.date_preps.search(before) \
                and re.match(r"[A-Z\d]", text[start:end]) \
                and not re.search(r"(?:(?:^|(?<=,))\s*|\s+on\s+)[Aa]n?\s+$", before):
            noun = re.match(r"\s+([a-z][\w-]*)", text[end:])
            if noun is None or noun.group(1) in PREPOSITIONS | AUXILIARIES | w.dangling:
                continue  # "marks its Independence Day on Saturday": the noun phrase's head (cut,
                # 'marks its on Saturday'; "the May 15 talks" loses its date)
            if owner.group(1).lower() in ("a", "an") \
                    and (owner.group(1).lower() == "an") != (noun.group(1)[0] in "aeiou"):
                continue  # "an Orthodox Christmas service": its article agrees with the date
                # (cut, 'attends an service'; "a Christmas ceasefire" loses its date)
        head_np = re.search(r"\b(?:the|its|his|her|their)\s+((?:[a-z][\w-]*\s+){1,3})$", before)
        # (nor one that opens on its own preposition: "announced the nomination| late on Sunday")
        deictic = re.match(r"(?i)(?:earlier|later|this|last|next|(?:(?:late|early)\s+)?(?:on|in|at|during)\s)\b", text[start:end]) \
            or re.search(r"(?i)\b(?:ago|earlier|later)$", text[start:end])
        # ("the meeting| earlier this week", "its neighbor| two weeks ago", "called on the bloc|
        # a day earlier": a count from another day is no noun's)
        if head_np and not deictic and not WEEKDAY_ALONE.fullmatch(text[start:end]) \
                and not any(x in PREPOSITIONS or x in AUXILIARIES or x in w.verb_forms
                               or x.endswith("ed") or x in {"last", "next", "this", "early", "late",
                                                            "earlier", "later", "same", "following",
                                                            "previous", "coming", "past"}
                               for x in head_np.group(1).split()):
            continue  # "its loss for the seasonally slow| third quarter": the date is the noun
        if not before.strip() and (verb := re.match(r"\s+([a-z]+)\b", text[end:])) is not None \
                and (verb.group(1) in w.past or verb.group(1) in w.present and verb.group(1) not in w.noun_verbs
                     or verb.group(1) in AUXILIARIES or verb.group(1).endswith("ed") and len(verb.group(1)) > 4):
            continue  # "Ukraine's Independence Day coincided with ...": the date is the subject
        # "the May 15 talks": a date inside a noun phrase goes alone
        prep = w.date_preps.search(before)
        pronoun = re.search(r"(?i)\bthis\s+(?=(?:(?:on|in|at|during)\s+)*$)", before)
        if prep and pronoun and pronoun.start() >= prep.start() \
                and (pronoun.end() < len(before) or re.match(r"(?i)(?:late|early)\b", text[start:end])):
            # "announced this late on Monday", "said this on Monday": "this" is what was said
            prep = w.date_preps.search(before, pronoun.end())
        if not prep and (w.date_objects.search(before) or re.match(
                r"(?:\s*,?[^,;:.“”\"]{0,60},)?\s+(?:was|is|will|would|could|might)\b", text[end:])):
            continue  # "spent Wednesday in Ankara", "said that Thursday was ...": the date is said
        modified = re.match(r"\s+([a-z][\w-]*)", text[end:])
        if prep and modified and modified.group(1) not in PREPOSITIONS | AUXILIARIES | w.dangling | SUBJECT_OPENERS \
                and modified.group(1) not in w.verb_forms and not modified.group(1).endswith("ed") \
                and modified.group(1) not in PLAIN_ADVERBS \
                and not (modified.group(1).endswith("ly") and len(modified.group(1)) >= 6
                         and modified.group(1) not in LY_NOUNS) \
                and not (modified.group(1).endswith("ing") and modified.group(1) not in PERIOD_PARTICIPLES):
            continue  # "a decline in fourth-quarter earnings": the date says which earnings
            # (an adverb after it modifies no noun: "Trump on April 23 publicly blamed ...")
            # (not a participle after it: "signed a decree on Sunday launching ...", but "the
            # fourth quarter ending in December" tells which quarter)
        if prep and (run := prep.group(0).split()) and len(run) > 1 \
                and (verb := re.search(r"([a-z]+)\s+$", before[:prep.start()])) is not None \
                and f"{verb.group(1)} {run[0].lower()}" in w.particle_ends:
            # "was sworn in| on January 20": the verb's particle stays, the date's own goes
            prep = w.date_preps.search(before, prep.start() + len(run[0]) + 1)
        cut = prep.start() if prep else start
        if not prep and (weekday := re.search(r"(?:(?:^|(?<=,))\s*|\s+on\s+)[Aa]n?\s+$", before)) is not None:
            cut = weekday.start()  # "a Saturday," left of "On January 3, a Saturday,": the
            # date's own weekday goes with its article (and "on a Saturday", its preposition)
            if re.match(r",\s+the\s+[^,;:“”\"]{1,40},", after := text[end:]):
                end += after.index(",", 1)  # (and what the day was: ", the Jewish sabbath,")
        after = ZONE_TIME.sub("", text[end:], count=1)  # "on Tuesday evening, US time"
        if after != text[end:] and text[end:].startswith(","):
            # (and the comma closing the zone set off by commas: "arrived in Kyiv late Friday
            # night, B.C. time, on an unannounced visit")
            # (before a preposition: "and", "citing", "deepening" open clauses of their own)
            after = re.sub(r"^,\s*(?=(?:on|in|at|to|for|from|with|after|before|during|until|since|"
                           r"minutes|hours|days|weeks|shortly|just|soon)\b)", " ", after)
        # what the day was, in apposition, goes with it: "in Istanbul on January 7, the feast of
        # the Nativity" (left as "in Istanbul, feast of Nativity")
        after = DAY_APPOSED.sub("", after, count=1)
        # "on Friday, 16 May," — a date in apposition goes with its commas
        # (and so does the comma before it: "The two rounds, on January 23-24 and February
        # 4-5, were led ..." -> "The two rounds were led ...")
        # (not one between two asides: "in Anchorage, Alaska, on Friday, their first summit")
        aside = re.search(r",\s*$", text[:cut]) is not None \
            and re.match(r",\s*(?:was|were|is|are|has|have|had|will|would|could|can|may|might|must|"
                         r"did|does|do|[a-z]{3,}ed)\b", after) is not None
        after = re.sub(r"^,\s*(?=[a-z])", " ", after) if re.search(r",\s*$", text[:cut]) else after
        # "on Friday, 16 May, “from 10 am”", "Lavrov on Wednesday, August 20, warned": two
        # dates in apposition close with a comma
        # (not before a frame that names its speaker after its verb: "Russians vote on Sunday,
        # 31 August 2025, said the CEC" was 'Russians vote says the CEC', hostile32)
        after = re.sub(r"^,\s*(?=[a-z“\"‘])", " ", after) if "," in text[start:end] \
            and not INVERTED_FRAME_AFTER.match(after) else after
        # "a day later than Umerov had announced, after ...": what the count compared goes
        # with it
        if re.search(r"(?i)\b(?:later|earlier|sooner)$", text[start:end]) and re.match(r"\s*than\s", after):
            after = re.sub(r"^\s*than\s[^,;:]*(?:,\s*(?=(?:after|before|when|as)\s))?", " ", after)
        # "met on March 7, in the Brest region" -> "met in the Brest region"
        # (not before "with" of how it went: "completed on Sunday, with 303 soldiers returning
        # home", "gathered on Monday, with an event planned at ...", whose comma a cut needs and
        # without which the participle read as the verb: 'Mourners gathered with an event plan
        # at ...', the twenty-fourth sweep)
        if not _absolute_with(after, w):
            after = re.sub(r"^,\s*(?=(?:in|at|near|outside|with)\s)", " ", after)
        head = text[:cut].rstrip()
        # "in an interview published Wednesday": a document's participle goes with its date
        head = DATED_DOCUMENT.sub(r"\g<doc>", head)
        # "denounced the new U.S. sanctions announced| on Monday": a participle after its noun
        # that told only the date goes with it, when a verb came before (not "said the talks
        # ended", whose verb takes no object; nor a frame's verb after its comma: "Pasechnik
        # took 68.3 percent, the local commission announced| the same day")
        if not after.strip(" .,;:") and (done := w.dated_participle.search(head)) is not None \
                and (before_done := _words_of(re.split(r"[,;:]", head[:done.start()])[-1])) \
                and before_done[-1].lower() not in AUXILIARIES and not before_done[-1].endswith("ly") \
                and any((x in w.past or x in w.present) and x not in AUXILIARIES for x in before_done[1:-1]):
            head = head[:done.start()]
        if aside:
            head = head[:-1].rstrip()
        elif not after.strip(" .,;:") or CLOSING_SAID.fullmatch(after):
            # "about Ukraine's Kursk operation, launched on August 6(, the Ukrainian side said)."
            # -> "about Ukraine's Kursk operation": a participle set off by a comma that told
            # only the date goes with it
            head = DATED_ASIDE_PARTICIPLE.sub("", head)
        if (again := AGAIN_BEFORE.search(head)) and not after.strip(" .,;:"):
            head = head[:again.start()]  # "on Friday night and again on Saturday": both go
        text = head + ("" if after[:1] in ",.;:)”’" else " ") + after.lstrip()
    text = re.sub(r"\b(?:the\s+)?(?:earlier|later)(?=[,.;]|$)", "", text)
    # "said overnight that ...": when words were said is the frame's, which the date tells
    text = SAID_OVERNIGHT.sub(r"\g<verb>", text)
    return _tidy(re.sub(r",\s*,", ",", text))


def _absolute_with(after: str, w: Words) -> bool:
    """Does ``after`` open on ", with" and a phrase of its own participle, a present one or a
    regular past one, which reads as a past verb once the comma is gone ("with 303 soldiers
    returning home", "with an event planned at the cathedral"; not "with the first explosions
    heard in Kyiv", whose "heard" the verb before it is never taken for)?"""
    m = re.match(r",\s*with\s([^,;:]*)", after)
    return m is not None and any(re.fullmatch(r"[a-z]{3,}ing", x) or re.fullmatch(r"[a-z]{2,}ed", x) and x in w.past
                                 for x in _words_of(m.group(1)))


INVERTED_FRAME_AFTER = re.compile(r",\s*(?:said|says|added|wrote)\s+(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*\.?\s*$")
OWNER_BEFORE = re.compile(r"(?<![\w’'-])(a|an|its|his|her|their|our|[\w-]+[’']s)\s+$")
SAID_OVERNIGHT = re.compile(r"(?P<verb>\b(?:says|said|say|tells|told|tell|writes|wrote)\s+)overnight\s+"
                            r"(?=that\b|[“\"])")
THERE = re.compile(r"(?<=[a-z])(?<!\bis)(?<!\bare)(?<!\bwas)(?<!\bwere)(?<!\bbe)(?<!\bbeen)\s+there\b(?!\s+(?:is|are|was|were|will|would|has|have|had|could|can|"
                   r"may|might|must|should|seems?|appears?|remains?)\b)(?=\s+[a-z]|[,.;:]|$)")
# (a place written with its initials too: "arrived in Kyiv late Friday night, B.C. time, on an
# unannounced visit" was 'Trudeau arrives in Kyiv, B.C. time his second', probe_events104)
ZONE_TIME = re.compile(r"^,?\s+(?:(?:US|U\.S\.|(?:[A-Z]\.){2,3}|[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}|local)\s+time|[A-Z]{2,4}|GMT[+-]\d{1,2})(?=\s*[,.;:)]|\s*$)")


# --- step 2: the attribution frame --------------------------------------------------------

# a speaker's name may hold an abbreviation's full stop ("Upjohn Co.", "Walbrecher Jr.", "U.S.")
SPEAKER = (r"(?P<who>(?:[A-Z“\"]|the\s|a\s|an\s)(?:[^.;:!?“”\"]|(?<=Inc)\.|(?<=Corp)\.|(?<=Co)\.|"
           r"(?<=Ltd)\.|(?<=Jr)\.|(?<=Sr)\.|(?<=\b[A-Z])\.){0,90}?)")


EMPHATIC_SELF = re.compile(r"(?<![\w’'-])(?P<name>[A-Z][\w’'-]*)\s+(?:himself|herself|itself|themselves)(?=\s+(?:has\s+|had\s+|also\s+)?[a-z]+\b)(?!\s+(?:and|or|but|to|of|in|on|at|with|for)\b)")
# "Jae-myung", "Jong-un", "Jin-ping"; never a compound's suffix ("Fico-led talks", "Trump-era",
# hostile43)
EAST_ASIAN_GIVEN = re.compile(r"[A-Z][a-z]{1,4}-(?!(?:led|era|style|backed|appointed|based|born|made|owned|run|"
                              r"funded|linked|allied|like|type|held|brokered|sponsored|controlled|friendly|"
                              r"aligned|leaning|free|only|wide)$)[a-z]{1,5}")


def short_name(name: str, w: Words) -> str:
    """'Russian President Vladimir Putin' -> 'Putin'; 'the Kremlin' -> 'Kremlin'; a portfolio
    before its holder's name goes with the role ('External affairs minister S. Jaishankar' ->
    'Jaishankar'), not an owner's ("Trump's special envoy Witkoff": whose envoy).

    >>> short_name("Lula and Chinese President Xi Jinping", words())
    'Lula and Xi'
    >>> short_name("Commerce and industry minister Piyush Goyal", words())
    'Goyal'
    >>> short_name("the UN General Assembly", words())
    'UN General Assembly'"""
    name = _tidy(name)
    if (pair := re.fullmatch(r"(?P<one>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)\s+and\s+(?P<other>[A-Z].*)", name)) \
            is not None and short_name(pair.group("one"), w) in w.people:
        # two people ("Lula and Chinese President Xi Jinping" was "Xi": a portfolio, "Lula
        # and Chinese", before a role), not a portfolio of two ("Commerce and industry minister")
        return f"{short_name(pair.group('one'), w)} and {short_name(pair.group('other'), w)}"
    if (listed := LISTED_OWNERS.fullmatch(name)) is not None:
        return _cap(listed.group("head"))  # "the leaders of the United States, Japan, Germany,
        # Britain, France, Italy and Canada" -> "Leaders": the list is too long for a headline
    if (held := PORTFOLIO_HOLDER.fullmatch(name)) is not None \
            and held.group("role").lower() in w.role_words and not PORTFOLIO_PREPOSITION.search(name, 0, held.start("role")) \
            and not (held.group("owner") and held.group("owner") in w.people) \
            and not set(held.group("name").split()) & ORGANISATION_WORDS:  # (whose envoy; nor a
        # body's name: "the UN General Assembly" was 'Assembly', probe_events75)
        parts = [p for p in held.group("name").split() if not re.fullmatch(r"[A-Z]\.", p)]
        if " ".join(parts) in w.short_names:
            return _spelt_as_written(" ".join(parts), w.short_names[" ".join(parts)])
        if parts and len(parts) <= 2:
            return parts[-1]
    name = shorten_names(name, w)
    name = re.sub(r"^(?:the|The)\s+(?=[A-Z])", "", name)
    # (a first name before a spelling the registry knows, now its full name: "Oleksandr Syrsky"
    # -> "Oleksandr Syrskyi" -> "Syrskyi")
    return drop_legal_forms(_spelt_as_written(name, w.short_names[name]) if name in w.short_names
                            else held_titles(w).get(name) or name)


# the offices' holders of the sentence a headline is made of (``make_headline``'s ``holders``:
# whom its article's "the Ukrainian president" means), None where no one said
_HOLDERS: ContextVar[dict[str, str] | None] = ContextVar("holders", default=None)


def held_titles(w: Words) -> dict[str, str]:
    """An office's name -> its holder's short name: the holders ``make_headline`` was given
    (its sentence's, on the day its article was written), else whoever holds the office now.

    >>> held_titles(words())["the Russian president"]
    'Putin'
    """
    given = _HOLDERS.get()
    if given is not None:
        return given
    return {office: short for office, periods in w.titles.items()
            for short in [next((p[2] for p in periods if p[1] is None), None)] if short}


# a group of holders named by a list of four or more owners: "the leaders of the United States,
# Japan, Germany, Britain, France, Italy and Canada", "the foreign ministers of ..."
LISTED_OWNERS = re.compile(r"(?:the\s+|The\s+)?(?P<head>(?:[A-Za-z][a-z]*\s+){0,2}[A-Za-z][a-z]*s)\s+(?:of|from)\s+(?:the\s+)?"
                           r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*(?:,\s+(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*){2,}"
                           r",?\s+and\s+(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*")
# "External affairs minister S. Jaishankar", "Health Minister Jane Doe", "U.N. spokesman Stéphane
# Dujarric", "Iran's foreign ministry spokesman Nasser Kanaani": words of a portfolio (no "of";
# an owner's possessive only where the owner is no person: ``short_name``), the role, then a
# name of one or two words after its initials
PORTFOLIO_HOLDER = re.compile(r"(?:(?:the|The)\s+)?(?:(?P<owner>[A-Z][\w.-]*)[’']s\s+)?"
                              r"(?:(?:[A-Za-z][a-z]+|[A-Z](?:\.[A-Z])+\.?|[A-Z]{2,4})\s+){1,3}?"
                              r"(?P<role>[A-Za-z][a-z-]+)\s+"
                              r"(?P<name>(?:[A-Z]\.\s*){0,2}[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)")


# a preposition before the role: what happened to the holder, no portfolio ("The arrest of
# deputy minister Timur Ivanov" is no "External affairs minister S. Jaishankar")
PORTFOLIO_PREPOSITION = re.compile(r"\b(?:of|in|at|for|on|by|with|from|to)\s")
LEGAL_FORM = re.compile(r"(?<=[A-Za-z])(?:,?\s+(?:&|amp)\s+Co\.|,?\s+(?:Inc|Corp|Co|Cos|Ltd|PLC|plc|LLC|"
                        r"S\.A|N\.V|Co\.\s+Ltd)\.?)(?=$|[\s,;:’']|\.$)")


def drop_legal_forms(text: str) -> str:
    """A desk writes 'Upjohn', not 'Upjohn Co.': a company's legal form goes ('Intel Corp.'s'
    -> 'Intel's'); the name before it stays."""
    return LEGAL_FORM.sub("", text)


def _speaker_ok(who: str, w: Words) -> bool:
    """A speaker is a short noun phrase: no verb inside ('Zelensky invited Putin ... and')."""
    ws = _words_of(who)
    if re.search(r"[’']s$", who.strip()):
        return False  # "Zelensky's stated readiness": an owner, not one who states
    if LISTED_OWNERS.fullmatch(who.strip()):
        return True  # "the leaders of the United States, Japan, ... and Canada": "Leaders"
    # (nor a clause: "he was reluctant to respond to anything Putin| says")
    # (its last word may be a noun that looks like a verb: "UN human rights monitors")
    return 0 < len(ws) <= 9 and not any(
        t in w.past or t in w.present and not (i == len(ws) - 1 and i > 0 and t in w.noun_verbs)
        or t.lower() in {"that", "which", "who", "and"} and i > 0
        and ws[i - 1][:1].islower() or t in {"was", "were", "is", "are", "will", "would", "anything",
                                             "everything", "whatever", "nothing"}
        for i, t in enumerate(ws))


def _vague(who: str, w: Words) -> bool:
    low = re.sub(r"^(?:the|a|an)\s+", "", who.lower().strip())
    if low in w.vague or low in w.pronouns or who.lower().strip() in w.vague:
        return True
    # no name: "a senior official", "One of the interlocutors" (a capital that only starts it)
    ws = _words_of(who)
    if re.match(w.unnamed_speakers, low) and not any(t[:1].isupper() for t in ws[1:]):
        return True  # "officials on both sides", "local officials", "diplomats"
    if any(t.lower() in w.role_words for t in ws) or any(t[:1].isupper() for t in ws[1:]):
        return False  # "the governor", "a Kremlin spokesman": someone in particular
    # "a senior official", "One of the interlocutors": someone unnamed; "the statement" is not
    return bool(re.match(r"(?:a|an|one|some|many|several|two|three|other)\b", low))


@dataclass(frozen=True)
class Frame:
    who: str  # short name, or "" when vague
    verb: str  # present tense: "says", "tells ABC News"
    content: str  # what was said
    quoted: bool  # content is a direct quote


SAID_WHERE = re.compile(r"\b(?P<verb>said|says|told\s+(?:reporters|journalists)|wrote|added)\s*,\s+"
                        r"(?:aboard|at|in|from|during|after|on|while|(?:hours|days|minutes|shortly)\s+(?:before|after))"
                        r"\s+[^,;:“”\"]{1,50}?,\s+that\b"
                        # ("told reporters aboard Air Force One that ...": no commas)
                        r"|\b(?P<verb2>told\s+(?:reporters|journalists|(?:[A-Z][a-z]+\s+)?(?:leaders|officials|lawmakers|"
                        r"diplomats|allies)))\s+(?:aboard|at|in|on|during|after)\s+[^,;:“”\"]{1,50}?\s+that\b"
                        # ("said in an interview that", "said at a news conference in Kyiv that": where
                        # or how, told by a determiner's phrase)
                        # ("told The Economist in an interview that": its listener stays)
                        r"|\b(?P<verb3>said|says|wrote|added|told\s+(?:The\s+)?[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3})"
                        r"\s+(?:in|at|during|on)\s+(?:an?|the|his|her|their)\s+"
                        r"[^,;:“”\"]{1,50}?\s+that\b")


# where words were said, a medium, between the verb and what was said ("said on social media he
# was making every effort", "wrote on Telegram that"; and before a quotation: 'said on state
# television, "We will win"' -> 'said, "We will win"')
SAID_ON = re.compile(r"\b(?P<verb>said|says|wrote|writes|added|posted|posts)\s+(?:on|in)\s+(?:social\s+media|"
                     r"(?:state\s+)?television|TV|radio|Telegram|X|Facebook|Truth\s+Social|Instagram|"
                     r"(?:his|her|its|their)\s+(?:Telegram\s+channel|social\s+media\s+account|evening\s+address|nightly\s+address))"
                     r"(?=,?\s+(?:that\s+)?(?:he|she|it|they|we|the|[A-Z])|:?,?\s*[“\"])")


def split_frame(text: str, w: Words) -> Frame | None:
    """The attribution frame of a sentence, if it has one: a speaker that is a noun phrase and
    something said of at least three words that does not start with a preposition."""
    for frame in _frames(text, w):
        # "A joint declaration issued by Macron, Merkel, Putin and Zelensky said", "according
        # to a joint statement carried by the Saudi news agency": the document speaks; who
        # issued it is a detail
        issued = re.match(r"((?:the|a|an|The|A|An)\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+)\s+"
                          r"(?:[a-z]+ed|[a-z]+en)\s+(?:by|after|at|in|on|following|during)\s", frame.who)
        if issued and (not _speaker_ok(issued.group(1), w)
                       or _words_of(issued.group(1))[-1].lower() in AUXILIARIES):
            issued = None
        if frame.verb == "says" and re.search(r"\baccording\s+to\b", text, re.IGNORECASE) \
                and not _speaker_ok(frame.who, w) and not issued:
            # "according to comments from Zelensky released on July 25": the name inside
            names = re.findall(r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*", frame.who)
            # a person we know before any other name ("what its spokesperson Dmitry Peskov
            # told Russian media": Peskov, not "Russian")
            # (else the first name that is no people's adjective: "the Coordination
            # Headquarters for the Treatment of Prisoners of War", "the Russian agency TASS")
            adjectives = set(w.demonyms.values())
            names = [n for n in names if n in w.short_names] \
                or [n for n in names if n not in adjectives][:1] or names
            frame = Frame(names[-1] if names else "", frame.verb, frame.content, frame.quoted)
        elif not frame.who and IMPERSONAL.match(text):
            pass  # "It was stressed that S": said by no one named
        elif not _speaker_ok(frame.who, w):
            if not issued:
                continue
            frame = Frame(issued.group(1), frame.verb, frame.content, frame.quoted)
        ws = _words_of(frame.content)
        if len(ws) < MIN_WORDS or (ws[0].lower() in PREPOSITIONS and frame.content[:1] not in "“\""):
            continue
        if TIME_CLAUSE_THAT.match(frame.content):
            continue  # "said, since he was sworn in, that S": S is said, not the time clause
        quoted = frame.quoted and (frame.content[:1] not in "“\"" or bool(
            re.fullmatch(r"[“\"][^“”\"]+[”\"]?[.,]?[”\"]?", frame.content.strip())))
        content = frame.content
        if not quoted and not _balanced(content):
            # 'is "possible only in Moscow," the Kremlin insists': the frame took the closing mark
            content = content.rstrip(" ,.") + ("”" if content.count("“") > content.count("”") else '"')
        return Frame(frame.who, frame.verb, content, quoted)
    return None


DURATIONS = frozenset("years months weeks days hours decades year month week day decade".split())
OBJECT_OPENS = re.compile(r"(?i:the|a|an|nearly|almost|about|around|some|more|new|its|his|her|their)$|[$€£\d]")
QUANTITIES = frozenset("part most many much both each none half none either neither".split())
NUMBERS = frozenset("one two three four five six seven eight nine ten all some no".split())
HISTORY = frozenset("last first previously once never already ever earlier originally".split())
FINITE = re.compile(r"\b(?:is|are|was|were|will|would|has|have|had|can|could|must|should|may|might|"
                    r"shall|does|do|did)\b")
SUBORDINATORS = frozenset("as when while if because although though since after before unless until "
                          "whereas once whether".split())
PREPOSITIONS = frozenset("in on at for with by from to of into onto about after before over under "
                         "between during amid against via without within toward towards".split())


_ALTERNATIONS: dict[int, tuple[str, str]] = {}


def _speech_alternations(w: Words) -> tuple[str, str]:
    """The speech verbs and the verbs that need 'that' as regex alternations, built once."""
    key = id(w)
    if key not in _ALTERNATIONS:
        # ("the 28 member states", "the United States": a noun, no one stating)
        speech = _alternation(list(w.speech)).replace("states", r"(?<![Mm]ember\s)(?<!United\s)states")
        _ALTERNATIONS[key] = (speech, _alternation(list(w.needs_that)))
    return _ALTERNATIONS[key]


# "said there was nothing": "there" opens what was said ("announced here on Monday": a place)
EXISTENTIAL = "is|are|was|were|will|would|has|have|had|could|can|may|might|must|should|seems?|appears?"


LISTENERS = frozenset({"him", "her", "them", "me", "us"})  # "told him about ...": no frame
# who was told, by what they are: "told Russian media", "told state television", "told local
# reporters" (never a subject of what was said)
# (whose, and of what kind: "told France's regional press", "told Italian state television")
LISTENER_GROUP = (r"(?:(?:[A-Z][\w.-]*(?:[’']s)?|state|local|foreign|western|national|regional|international|"
                  r"independent|private|public|opposition|the)\s+){0,3}"
                  # (with its name after it: "the US broadcaster CBS", "the German daily Bild")
                  r"(?:(?:broadcaster|newspaper|daily|weekly|magazine|channel|network|news\s+agency)"
                  r"(?:\s+[A-Z][\w.&-]*){0,3}|media|press|reporters|journalists|television|TV|radio|"
                  r"outlets|news\s+agencies|agencies)\b(?!\s+(?:conference|briefing|release|service|secretary|"
                  r"office|officer|statement|event|room|corps|freedom|center|centre|club|pool|agency|reports?)\b)")
# anyone told, named by a noun phrase, before what they were told: "told an energy forum in
# Moscow that ...", "told the Valdai forum that ..." (a listener, never the subject said)
# (a capitalised word before a plural and where or that: "told European leaders in Paris that",
# not a listener "European" and "leaders ..." said)
CAPITAL_PLURAL = r"[A-Z][\w’'-]*\s+[a-z][\w’'-]*s"
WHERE_OR_THAT = r"\s+(?:that|in|at|on|during|aboard|from)\b"
TOLD_NP = (r"(?:(?:an?|the|his|her|their|its)\s+"
           r"|(?=(?:[a-z][\w’'-]*\s+)?[a-z][\w’'-]*s\b)(?!(?:that|this|it|its|his|was|is|has|as)\b)"
           rf"|(?={CAPITAL_PLURAL}{WHERE_OR_THAT}))"
           r"(?:[\w’'-]+\s+){0,3}?[\w’'-]+")
# (or a plural with no article, after a word at most: "told wounded soldiers at a Moscow
# military hospital")
WHO_WHICH = frozenset({"who", "whom", "whose", "which"})  # a relative clause of a noun phrase
LISTENED = "|".join(sorted(LISTENERS))
ABOUT = "|".join(sorted(PREPOSITIONS))


# a description and the name in apposition after it: "Ukraine's foreign minister, Andrii Sybiha,"
# (a role's words in lower case may open the name: "Trump's envoy, retired Gen Keith Kellogg,")
APPOSED_NAME = re.compile(r"[^,]{2,60},\s+(?P<lead>(?:[a-z][\w-]*\s+){0,3})"
                          r"(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3}),?")


def _apposed_name(who: str, w: Words) -> re.Match[str] | None:
    """A speaker's description and the name in apposition after it, whose lower-case words
    before the name are a role's or its modifiers' ("..., retired Gen Keith Kellogg,"; never
    "The plan, backed by Trump,")."""
    named = APPOSED_NAME.fullmatch(who)
    return named if named is not None and all(t in w.role_tokens for t in named.group("lead").split()) \
        else None


# an impersonal passive frame: "In Moscow it was stressed that S", "It was noted that S"
IMPERSONAL = re.compile(r"^(?:In\s+(?P<who>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?),?\s+)?[Ii]t\s+(?:was|is|has\s+been|had\s+been)\s+"
                        r"(?:also\s+)?(?:stressed|noted|said|reported|announced|emphasi[sz]ed|stated|"
                        r"claimed|confirmed|underlined|pointed\s+out|recalled)\s+that\s+(?P<rest>.+)$")


# a time clause between a frame and its "that" ("Zelensky said, since he was sworn in, that S")
TIME_CLAUSE_THAT = re.compile(r"(?:since|once|after|before|when|while)\s[^,;:“”\"]{1,120},?\s+that\s")
# a speaker inside a relative clause of what it is about: "a plan that Zelensky, Macron and
# Scholz said would work" (no frame closing "a plan that Zelensky")
SAID_OF = re.compile(r"\s+(?:would|will|could|might|may|was|were|is|are)\b")


APPOSED_SPEAKER = re.compile(r"(?:the\s+)?[^,]{2,60},\s+(?P<name>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,3})")


def _frames(text: str, w: Words) -> Iterator[Frame]:
    speech, that = _speech_alternations(w)
    # "In Moscow it was stressed that S": the place speaks (its capital's government), or no one
    m = IMPERSONAL.match(text)
    if m:
        said = m.group("rest") if m.group("who") else BACKSHIFT_WOULD.sub("will", m.group("rest"), count=1)
        yield Frame(m.group("who") or "", "says", _cap(said), False)  # (alone, no back-shift)
    # according to X, S  /  S, according to X
    # (its source described in an aside after it, which goes: "According to Peskov, who spoke
    # on Tuesday, Putin ...", "According to the statement, released on Tuesday, ...", hostile34)
    # (a participle's aside only, before a clause that opens on a name or a quote: "According to
    # the ministry, seven drones were shot down, and two hit ..." keeps its clause, hostile35)
    m = re.match(r"^[Aa]ccording\s+to\s+(?P<who>[^,]{2,80}),\s+(?:(?:who|which|whom)\s[^,;:“”\"]{1,80},\s+"
                 r"|(?-i:[a-z]{2,}(?:ed|ing)|given|taken|written|spoken|shown|seen|chosen)"
                 r"(?:\s[^,;:“”\"]{1,80})?,\s+(?=[A-Z“\"]))?(?P<rest>.+)$", text)
    if m:
        yield Frame(m.group("who"), "says", m.group("rest"), False)
    m = re.match(r"^(?P<rest>.+?),?\s+according\s+to\s+(?P<who>[^,.;]{2,80})(?:[,.;].*)?$", text)
    if m:
        yield Frame(m.group("who"), "says", m.group("rest"), False)
    # “Quote,” X said.  /  Quote, X told reporters.  /  Quote, said X.
    # (a bare closing quote is no frame's edge: '"after today's conversation" the sides agreed')
    edge = r"[,.!?]?[”\"],?" if text[:1] in "“\"" else r"[,.!?][”\"],?|[”\"],"
    # (a speaker may list names: "..., the leaders of Russia, Ukraine, France and Germany said")
    # (and one of a possessive: "..., their spokeswoman, Major Elżbieta Pikor, told Super Nowości
    # on Friday", "..., his spokesman said", probe_events126)
    m = re.match(rf"^(?P<rest>.+?)(?:,|{edge})\s+(?P<who>(?:[A-Z]|the\s|(?:he|she|they)(?=\s)|(?:his|her|their|its)\s+(?=[a-z])|{ROLE_BEFORE_NAME}|{w.unnamed_speakers})"
                 rf"(?:[^,;:!?“”\"]|,(?=\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*(?:,|\s+and\s))){{0,120}}?)"
                 rf",?\s+(?:has\s+|had\s+)?(?P<verb>{speech}|{that})"
                 rf"(?:\s+(?P<obj>{LISTENER_GROUP}|reporters|journalists|the\s+press|[A-Z][\w.]*(?:\s+(?:&\s+)?[A-Z][\w.]*){{0,4}}))?"
                 rf"(?:[^“”\"]{{0,160}}?)?(?:{ADDING.pattern}.{{0,300}})?$", text)
    # (a speaker's name in apposition closes with its comma: "..., the Kremlin spokesman, Dmitry
    # Peskov, told reporters afterwards")
    # (", adding that he could not go "to the capital of this terrorist."": the frame's own
    # aside, whatever it quotes, goes with it)
    # (never "S, on the day the US president said he had cancelled ...": words said after
    # the verb make it a frame of its own, not one closing S)
    # (nor "Russia, he said, wanted to ensure ...": a frame inside the clause, which goes on)
    if m and "," in text[m.end("who"):m.start("verb")] and "," not in m.group("who"):
        m = None  # (a comma before the verb closes a name in apposition only: "The head of
        # Russia's delegation, Vladimir Medinsky, says S" is no "S1, X says")
    if m and not re.match(r"(?:\s+(?:reporters|journalists))?\s+(?:that|he|she|they|it|we|I)\s",
                          text[m.end("verb"):]) \
            and not (m.group("obj") is None and SAID_OF.match(text, m.end("verb"))) \
            and not (m.group("obj") is None and (on := re.match(r",\s+([a-z]+)\b", text[m.end("verb"):]))
                     and _finite([on.group(1)], w)) \
            and not LISTED_OWNERS.fullmatch(f"{m.group('rest')}, {m.group('who')}"):
        # (nor a list of owners cut at its first comma: "The leaders of the United States,
        # Japan, ... and Canada said S" is no "S1, X said" of what "the leaders of the United
        # States" are: 'Japan, Germany, France, Italy and Canada say the leaders of the United
        # States', the twenty-fifth sweep)
        quoted = bool(re.match(r"^[“\"]", text))
        who = m.group("who")
        if (apposed := APPOSED_SPEAKER.fullmatch(who)) is not None:
            who = apposed.group("name")  # "the Kremlin spokesman, Dmitry Peskov": the name speaks
        yield Frame(who, _frame_verb(m.group("verb"), m.group("obj"), w),
                     m.group("rest").lstrip("“\""), quoted)
    # ('"The talks will be in Istanbul," said Peskov': the comma inside the quote too, after
    # it a name only)
    m = re.match(r"^(?P<rest>.+?)[,.!?]?[”\"]?,\s+(?P<verb>said|says|added|wrote|told\s+reporters)\s+"
                 r"(?P<who>[^,.;]{2,80})(?:,[^.]*)?\.?$", text) \
        or re.match(r"^(?P<rest>[“\"].+?)[,.!?][”\"]\s+(?P<verb>said|says|added|wrote)\s+"
                    r"(?P<who>(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|of|the|von|der|de|da|al|bin)){0,6})"
                    r"(?:,[^.]*)?\.?$", text)
    # (never "..., said Ukrainian and American delegations would hold ...": a clause said, no one;
    # nor "<description>, Kellogg, said that he hoped ...": what is said opens on "that")
    if m and not FINITE.search(m.group("who")) and not m.group("who").startswith("that "):
        quoted = bool(re.match(r"^[“\"]", text))
        yield Frame(m.group("who"), "says", m.group("rest").lstrip("“\""), quoted)
    # S1, X said, S2: the frame inside the sentence
    m = re.match(rf"^(?P<a>.+?),[”\"]?\s+(?P<who>(?:[A-Z]|the\s|(?:he|she|they)(?=\s))[^,;:!?“”\"]{{0,60}}?)\s+"
                 rf"(?P<verb>{speech}|{that}|recalled|stressed|noted|added|argued|warned),\s+(?P<b>.+)$", text)
    if m:
        b = m.group("b")
        # ("..., he added, calling it progress": the participle tells of the saying, not of S1)
        glue = " " if re.match(r"[a-z]", b) and not re.match(
            r"(?:and|but|while|as|since|because|although|though|if|when|after|before|so|[a-z]{2,}ing)\b",
            b) else ". "
        content = m.group("a") + glue + b if glue == " " else m.group("a")
        yield Frame(m.group("who"), _frame_verb(m.group("verb"), None, w), content,
                     bool(re.match(r"^[“\"]", text)))
    # X said (that) S  /  X told ABC News (that) S  /  X announced that S
    # (not "X had told him about the attack": a listener and what about is no frame)
    m = re.match(rf"^{SPEAKER}\s+(?:has\s+|have\s+|had\s+)?(?P<verb>{speech})(?!\s+(?:{LISTENED})\s+(?:{ABOUT})\b)"
                 rf"(?:\s+(?:here|there)\b(?!\s+(?:{EXISTENTIAL})\b))?"
                 rf"(?:\s+(?P<obj>{LISTENER_GROUP}|reporters|journalists|the\s+press|{LISTENED}|[A-Z][\w.]*(?:\s+(?:&\s+)?[A-Z][\w.]*){{0,4}}"
                 rf"(?!\s+[a-z][\w’'-]*s{WHERE_OR_THAT})|{TOLD_NP}(?=\s+that\b|:\s+[“\"]))"
                 rf"(?=\s+(?:that\b|[a-zA-Z“\"])|:\s+[“\"]))?"
                 # (where and how it was said, before a colon and a quote: 'said in a statement:
                 # "..."', 'told reporters aboard Air Force One: "..."')
                 rf"(?:\s+(?:in|on|at|aboard|after|during|before|from|outside|via)\s+[^\W\d][\w’'.-]*"
                 rf"(?:,?\s+[\w’'.-]+){{0,6}}?(?=,?:\s+[“\"]))?"
                 rf"(?:,?:(?=\s+[“\"])|,)?\s+(?:that\s+(?!(?:was|is|were|are|would|will|could|can|has|had|may|might)\b))?"
                 rf"(?P<rest>[^\s].+)$", text)
    named = m and (
        _apposed_name(m.group("who"), w)
        or re.fullmatch(r"(?P<name>[A-Z][\w’'.&-]*(?:\s+[A-Z][\w’'.&-]*){0,4}),\s+(?:(?:a|an|the)\s+|(?=[a-z])"
                        r"|(?:[A-Z][\w’'-]*\s+){0,2}[A-Z][\w-]*[’']s\s+(?=[a-z]))[^,]{2,80},?",
                        m.group("who")))  # ("Dmitry Peskov, Vladimir Putin's spokesman, said")
    if m and m.group("obj") is None and m.group("verb").lower().startswith("t") \
            and (heard := re.match(r"[a-z](?:[^,;:“”\"]|[“\"][^“”\"]{1,40}[”\"]){0,80}?"
                               r"(?:,\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})?,?"
                               r"\s+that\s+(?P<said>[^\s].+)$", m.group("rest"))):
        # "told wounded soldiers at a Moscow military hospital that S", "told a meeting of the
        # Ukraine Defense Contact Group in Brussels that S": a listener too long to name, and
        # what they were told (its place may name its country: "in Brussels, Belgium, that S";
        # a programme's quoted name: 'told the Rossiya-1 programme "Moscow. Kremlin. Putin" on
        # Sunday that S', hostile35)
        yield Frame(m.group("who"), "says", heard.group("said"), heard.group("said")[:1] in "“\"")
        m = None
    if m and (named or not re.search(r",\s", m.group("who")) or LISTED_OWNERS.fullmatch(m.group("who"))):
        # (a group named by its list of owners speaks: "The leaders of the United States,
        # Japan, ... and Canada said S" -> "Leaders say S", as after a quote)
        rest, obj = m.group("rest"), m.group("obj")
        if obj and not m.group("verb").startswith("t") and obj[:1].isupper() \
                and re.search(r"\bthat\s*$", text[m.end("obj"):m.start("rest")]) \
                and (w.speech.get(m.group("verb")) or w.needs_that.get(m.group("verb"))) not in LISTENER_VERBS:
            obj = None  # "reminded Western leaders on Friday that S": the one reminded, then
            # what was said (hostile45: 'Putin says Western leaders Russia had ...')
        elif obj and not m.group("verb").startswith("t"):
            rest, obj = f"{obj} {rest}", None  # "said Ukraine should ...": no listener, a subject
            # (nor "said a deal that Lavrov said was dead would be revived": what was said)
        told = _frame_verb(m.group("verb"), obj, w)
        if obj and re.fullmatch(CAPITAL_PLURAL, obj) and told.endswith(obj) \
                and re.search(r"\bthat\s*$", text[m.end("obj"):m.start("rest")]):
            told += " that"  # a listener of a noun phrase keeps its "that", as before ("tells
            # European leaders that he intends ...")
        if named:
            m_who = named.group("name")
            yield Frame(m_who, _frame_verb(m.group("verb"), None, w), rest, rest[:1] in "“\"")
        yield Frame(m.group("who"), told, rest, rest[:1] in "“\"")
    # X said <where, when, after what> that S: "Trump said after hosting Zelensky at the White
    # House that he had begun arranging a meeting", "Lavrov told reporters in Moscow that ..."
    m = re.match(rf"^{SPEAKER}\s+(?:has\s+|had\s+)?(?P<verb>{speech}|{that})"
                 rf"(?:\s+(?P<obj>{LISTENER_GROUP}|reporters|journalists|the\s+press|[A-Z][\w.]*(?:\s+(?:&\s+)?[A-Z][\w.]*){{0,4}}"
                 rf"|{TOLD_NP}))?"
                 rf",?\s+(?:in|on|at|after|during|before|following|while|when|since|once|from|via|through|over|"
                 rf"late|early|by|to(?=\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+){{0,3}}(?:allies|leaders|officials|"
                 rf"lawmakers|members|counterparts|colleagues|ministers|senators)\b))\s+[^“”\";:]{{1,120}}?,?\s+"
                 # (not a relative "that" of the words before it: "for a visit that was not confirmed")
                 rf"that\s+(?!(?:was|is|were|are|would|will|could|can|has|had|have|may|might)\b)(?P<rest>[^\s].+)$", text)
    if m and not re.search(r",\s", m.group("who")):
        yield Frame(m.group("who"), _frame_verb(m.group("verb"), m.group("obj"), w), m.group("rest"),
                    m.group("rest")[:1] in "“\"")
    elif m and (named := _apposed_name(m.group("who"), w)):
        # "Ukraine's president, Volodymyr Zelensky, said on Italian television late Saturday
        # that S": the name in apposition speaks
        yield Frame(named.group("name"), _frame_verb(m.group("verb"), m.group("obj"), w), m.group("rest"),
                    m.group("rest")[:1] in "“\"")
    # "A joint declaration issued by <a long list> said S": the document speaks
    # ("A joint statement released after talks in Saudi Arabia says S": the same)
    m = re.match(rf"^(?P<who>(?:The|A|An)\s+(?:[\w’'-]+\s+){{0,3}}?[\w’'-]+)\s+[a-z]+(?:ed|en)\s+"
                 rf"(?:by|after|at|in|on|following|during)\s+"
                 rf"[^.;:“”\"]{{2,200}}?\s+(?P<verb>{speech})\s+(?:that\s+)?(?P<rest>[^\s].+)$", text)
    if m and _words_of(m.group("who"))[-1].lower() not in AUXILIARIES:  # not "The split was| aimed at"
        yield Frame(m.group("who"), _frame_verb(m.group("verb"), None, w), m.group("rest"),
                    m.group("rest")[:1] in "“\"")
    # "He recalled, he had wrapped up ...": a frame set off by a comma
    m = re.match(rf"^{SPEAKER}\s+(?P<verb>{speech}|{that}),\s+(?P<rest>[^\s].+)$", text)
    if m and not re.search(r",\s", m.group("who")):
        yield Frame(m.group("who"), _frame_verb(m.group("verb"), None, w), m.group("rest"),
                    m.group("rest")[:1] in "“\"")
    m = re.match(rf"^{SPEAKER}\s+(?:has\s+|had\s+)?(?P<verb>{that})\s+that\s+(?P<rest>.+)$", text)
    if m and not re.search(r",\s", m.group("who")):
        yield Frame(m.group("who"), _frame_verb(m.group("verb"), None, w), m.group("rest"), False)
    elif m and (named := _apposed_name(m.group("who"), w)):
        # "The LPR's representative at the Minsk talks, Rodion Miroshnik, recalled that ..."
        yield Frame(named.group("name"), _frame_verb(m.group("verb"), None, w), m.group("rest"), False)


REPLY_IS = re.compile(r"^(?P<who>[A-Z][^,;:“”\"]{1,60}?)\s+(?:has\s+|had\s+)?(?:replied|responded|answered)\s+"
                      r"to\s+(?P<what>[^;:]{3,200}?),?\s+and\s+the\s+(?:reply|answer|response)\s+(?:is|was)\s+"
                      r"(?P<answer>no|yes|No|Yes)\b[.!]?$")
ASKED_YES = re.compile(r"^(?:When\s+)?[Aa]sked\s+(?:by\s+[^,;:]{1,60}?\s+)?(?:whether|if)\s+"
                       r"(?P<question>(?:he|she|they)\s+[^,;:]{3,120}?),[”\"]?\s+"
                       r"(?P<who>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})\s+(?:said|replied|answered)"
                       r"[:,]?\s+[“\"]?(?:yes|yeah|yep|absolutely|of\s+course)\b.*$", re.IGNORECASE)
# a speaker's role in lower case before the name: '"...," spokesman Heorhii Tykhyi told reporters'
ROLE_BEFORE_NAME = (r"(?:(?:regional|local|deputy|acting|former|interim|military|police)\s+)?"
                    r"(?:spokes(?:man|woman|person)|envoy|aide|adviser|advisor|minister|negotiator|"
                    r"official|lawmaker|senator|ambassador|commander|governor|mayor|chief|head)\s+(?=[A-Z])")


LISTENER_VERBS = frozenset({"warns", "assures", "reminds"})  # verbs of saying whose object is who hears


def _frame_verb(verb: str, obj: str | None, w: Words) -> str:
    verb = " ".join(verb.split())
    present = w.speech.get(verb) or w.needs_that.get(verb) or verb
    if present in LISTENER_VERBS and obj and obj[0].isupper() and not obj.startswith("The ") \
            and not re.fullmatch(LISTENER_GROUP, obj):
        return f"{present} {obj}"  # the one warned is the news: "G7 ministers warned Moscow in
        # a joint statement on Saturday that ..." -> "... warn Moscow ..." (probe_events117)
    if present == "tells":
        if obj and re.search(r"[A-Za-z]{2}\.$", obj):
            obj = obj[:-1]  # the sentence's full stop after the one told ('," he told Putin.',
            # '," Miroshnik told LIC.'; not the initials' own: "U.S.")
        # (a named outlet, "tells CNN"; a group of listeners tells nothing: "told Russian media")
        named = obj and obj[0].isupper() and not obj.startswith("The ") \
            and not re.fullmatch(LISTENER_GROUP, obj)
        return f"tells {obj}" if named else "says"
    return present


def unquote(content: str, w: Words) -> tuple[str, bool]:
    """A direct quote's words, and whether they can stand as reported speech (no 'I', 'we')."""
    text = content.strip().strip("“”\"").rstrip(",")
    person = any(t.lower() in w.first_person for t in _words_of(text))
    return text, not person


# --- step 3: register ---------------------------------------------------------------------

ORGANISATION_WORDS = frozenset("""Forces Ministry Office Council Committee Department Republic States
Nations Union Party Assembly Parliament Army Navy Commission Bank Company Group Government Service
Services Agency Court Staff Board Command Guard Front Federation Kingdom Organization Organisation
Fund Institute University Corporation Times Post Journal News Press Herald Telegraph Guardian
Tribune Gazette Daily Observer Review Radio Television TV Broadcasting Network Media Bureau Agency
Centre Center Foundation""".split())  # "head of ... Armed Forces", "The New York Times": no person


INSTITUTION_GOES_ON = re.compile(r"\s+(?:and|of|for)\s+(?:[A-Z][\w-]*\s+){0,3}(?:"
                                 + "|".join(sorted(ORGANISATION_WORDS)) + r")\b")


# what makes the role word after it a verb ("would head", "to chair", "will again lead")
VERB_BEFORE_ROLE = re.compile(r"\b(?:will|would|shall|should|can|could|may|might|must|to|did|does|do)"
                              r"(?:\s+(?:again|also|still|not|jointly|personally|once\s+more))?\s+$")


# a person's age in apposition after their name: "Navalny, 44, fell ill ..." (the desk drops it
# where the headline has no room, and its commas kept the verb from its subject)
# verbs of saying that a sentence's subject may take as a second act after "and" ("met Xi and
# said he was happy"): what they tell is told in the present with them, and one left in the
# past beside a present is no headline
SECOND_SAYING = ("said", "told", "added", "warned", "insisted", "claimed", "stressed", "noted", "argued")
# ... and the same in the present, which a text may already hold ("hosted Orbán ... and says")
SECOND_SAYING_NOW = ("says", "tells", "adds", "warns", "insists", "claims", "stresses", "notes", "argues")
SAYING_AFTER_AND = "|".join(SECOND_SAYING)
SAYING_NOW_AFTER_AND = "|".join(SECOND_SAYING_NOW)

# a name of up to four words and their particles ("Luiz Inacio Lula da Silva", "Ursula von der
# Leyen", hostile32)
AGE_NAME = r"[A-Z][\w’'-]+(?:\s+(?:(?:bin|bint|ibn|da|de|do|dos|von|van|der|den|al|la|le|del)\s+){0,2}[A-Z][\w’'-]+){0,4}"
AGE = r"(?:[1-9]\d?|1[01]\d)"  # an age: a year count up to 119 (never "Boeing, 737,")
AGE_APPOSED = re.compile(rf"(?<![\w’'-])({AGE_NAME}),\s+{AGE},(?=\s+[a-z])")


# a name, then what it is between commas ("Umerov, secretary of the council, said", "Merz, the
# conservative leader expected to become chancellor, called"): a noun phrase, never a list's
# next item ("Drueke, 40, of Tuscaloosa, and Andy Huynh"), a participle's aside ("Peskov, asked
# about it, said") nor one of a place ("Kyiv, Ukraine")
NAME_DESCRIBED = re.compile(r"(?<![\w’'-])[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}(?P<aside>,\s+"
                            r"(?!(?:and|or|but|nor|plus|of|in|at|on|from|for|with|by|under|after|before|like|"
                            r"unlike|despite|than|rather|via|to|into|whom|whose|which|where|when|as|"
                            r"not|also|however|then|too|broadcast|"
                            r"he|she|they|it|we|i|you|this|that|these|those)\b)(?:(?:the|a|an)\s+)?"
                            r"[a-z][\w’'-]*(?:\s+(?:[a-z][\w’'-]*|[A-Z][\w’'.-]*(?:\s+and\s+[A-Z][\w’'.-]*)?)){0,9}),\s+")


def _verb_next(rest: str, w: Words) -> bool:
    """Does ``rest`` open on a verb (a clause's own: "proposed ...", "has said ...")?"""
    first = rest.split(maxsplit=1)[0].lower() if rest.strip() else ""
    return first in w.past or first in w.present or first in AUXILIARIES


def drop_described(text: str, w: Words) -> str:
    """The sentence without the description set between commas after a name, before its
    verb: a headline names ("Umerov, secretary of Ukraine's National Security and Defense
    Council, proposed to the Russian side ..." -> "Umerov proposed to the Russian side ...";
    the description left the words no room, or was read as an aside that took the verb).

    >>> drop_described("Merz, the conservative leader expected to become chancellor, called the strike a crime.", words())
    'Merz called the strike a crime.'
    >>> drop_described("Drueke, 40, of Tuscaloosa, and Huynh, 27, were freed.", words())
    'Drueke, 40, of Tuscaloosa, and Huynh, 27, were freed.'
    """
    for m in NAME_DESCRIBED.finditer(text):
        opening = NAME_OPENING.match(text, m.start())  # "On Thursday, ...", "When Medvedev, ...":
        start = opening.end() if opening is not None else m.start()  # the name after them
        aside = _words_of(m.group("aside"))
        first = next((x.lower() for x in aside if x.lower() not in ("the", "a", "an")), "")
        if start >= m.start("aside") or not _verb_next(text[m.end():], w) or not _balanced(text[:m.start("aside")]) \
                or SAYING_ASIDE.search(m.group("aside")) \
                or (first in w.past or first in w.present or first in AUXILIARIES) and not SAID_ASIDE.match(m.group("aside")) \
                or w.connective.match(m.group(0)) or DESCRIBED_INSIDE.search(text, 0, start):
            continue  # (not a verb's clause after a comma: "Murekezi, were freed ..., said
            # Yermak"; nor "Second, a group of veterans, led by ...", "On Wednesday, the army
            # launched ..., backed by ...", "When Medvedev, the deputy chairman, published ...,
            # many in Moscow ...", "The delegation, led by Umerov, secretary of ..., left")
        return text[:m.start("aside")] + " " + text[m.end():]
    return text


# a speaker's aside between the name and the verb: where or when he spoke, or who he is
# ("Putin, speaking at the Vostochny space launch facility, claimed ...", "Zelensky, who spent
# Thursday in Washington, had flown in ..."); never one asked a question ("Peskov, asked
# whether the word marked a change, said it did not": what he says answers it)
SAID_ASIDE = re.compile(r",\s+(?:speaking|writing|appearing|standing|who\s+(?:is|was|has|had|became|spent|met|"
                        r"took|leads|led|heads|headed|won|lost|served|visited|arrived|flew))\b")
# an aside that says who claims it: never a description ("Zelensky, his opponents allege,
# postponed ...", "Trump, the Kremlin insisted, had agreed ...": the claim is theirs, hostile41)
SAYING_ASIDE = re.compile(r"\b(?:said|says|say|saying|told|tells|allege[sd]?|alleging|insist(?:s|ed)?|claim(?:s|ed)?|"
                          r"believe[sd]?|argue[sd]?|contend(?:s|ed)?|maintain(?:s|ed)?|assert(?:s|ed)?|"
                          r"report(?:s|ed)?|suggest(?:s|ed)?|think|thinks|thought|fear(?:s|ed)?|hope[sd]?|"
                          r"according|reportedly|apparently|allegedly|suspect(?:s|ed)?|warn(?:s|ed)?)\b")
# capitalised words before a name that are no name: an opening's preposition or conjunction,
# a day, a month
NAME_OPENING = re.compile(r"(?:(?:On|In|At|By|For|From|After|Before|During|Since|Until|When|If|As|While|Once|"
                          r"Although|Though|Because|The|A|An|Monday|Tuesday|Wednesday|Thursday|Friday|"
                          r"Saturday|Sunday|January|February|March|April|May|June|July|August|September|"
                          r"October|November|December)\b\s*)+")
# a name inside a clause of its own or a phrase the description would leave open
DESCRIBED_INSIDE = re.compile(r"(?:(?:^|,\s+)(?:[Ww]hen|[Ii]f|[Aa]fter|[Bb]efore|[Aa]s|[Ww]hile|[Aa]lthough|[Tt]hough|"
                              r"[Ss]ince|[Bb]ecause|[Oo]nce|[Uu]ntil)\s+|\b(?:by|with|of|to|for|from)\s+)"
                              r"(?:[A-Z][\w’'.-]*\s+){0,3}$")


def without_age(text: str) -> str:
    """``text`` without a person's age in apposition ("Navalny, 44, fell ill" -> "Navalny fell
    ill"); before a second aside its comma stays ("Navalny, 44, a long-time foe of Putin, fell
    ill" -> "Navalny, a long-time foe of Putin, fell ill").

    >>> without_age("Navalny, 44, a foe of Putin, fell ill"), without_age("Navalny, 44, fell ill")
    ('Navalny, a foe of Putin, fell ill', 'Navalny fell ill')
    >>> without_age("Putin, 72, Xi, 71, and Modi, 74, met in Tianjin")
    'Putin, Xi and Modi met in Tianjin'
    >>> without_age("Vladimir Putin, 72, Xi Jinping, 71, and Narendra Modi, 74, met in Tianjin")
    'Vladimir Putin, Xi Jinping and Narendra Modi met in Tianjin'
    >>> without_age("Boeing, 737, Airbus, 320, and Embraer, 190, met regulators")
    'Boeing, 737, Airbus, 320, and Embraer, 190, met regulators'
    """
    if (listed := AGES_LISTED.match(text)) is not None:
        # people listed with their ages as a sentence's subject ("Putin, 72, Xi, 71, and Modi,
        # 74, met": only the last age went, hostile30)
        head = re.sub(rf",\s+{AGE},", ",", listed.group(0))
        text = re.sub(r",(\s+and\s)", r"\1", head) + text[listed.end():]
    return AGE_APPOSED.sub(lambda m: m.group(1) + ("," if re.match(
        r"\s+(?:a|an|the|his|her|their|its|who|whose|which)\b", m.string[m.end():]) else ""), text)


# a sentence opening on people listed with their ages, up to the last one's
AGES_LISTED = re.compile(rf"(?:{AGE_NAME},\s+{AGE},\s+(?:and\s+)?)+(?={AGE_NAME},\s+{AGE},\s+[a-z])")


def _spelt_as_written(written: str, short: str) -> str:
    """A registered short name spelt as the article spells it: "Recep Tayyip Erdoğan" ->
    "Erdoğan", not the registry's "Erdogan" (the article's own letters, as its reader read
    them, probe_events88); any other short name as the registry gives it."""
    last = written.split()[-1] if written.split() else written
    fold = "".join(ch for ch in unicodedata.normalize("NFKD", last) if not unicodedata.combining(ch))
    return last if last != short and fold == short else short


def shorten_names(text: str, w: Words) -> str:
    """Role words go and registered people take their short name."""
    def role(m: re.Match[str]) -> str:
        if m.start() and m.string[m.start() - 1] in "-‐" \
                and not re.search(r"(?:then|ex)[-‐]$", m.string[:m.start()]):
            return m.group(0)  # the end of a hyphened role ("commander-in-chief Oleksandr Syrskyi")
        if re.search(r"[A-Z][\w’'.-]*\s+$", m.string[:m.start()]) \
                or w.modifier_before.search(m.string[:m.start()]):
            return m.group(0)  # inside a longer title ("Trump's Special| Envoy Steve Witkoff")
        if VERB_BEFORE_ROLE.search(m.string, 0, m.start()):
            return m.group(0)  # a verb: "Medinsky will again head| Moscow's team"
        # a first and last name become the last ("Sergei Shoigu" -> "Shoigu"); longer names
        # ("Luiz Inácio Lula da Silva") stay whole: which part is the surname is not ours to say
        name = m.group("name")
        if len(name.split()) == 1 and name.rstrip(".,;:") in ORGANISATION_WORDS | {"Staff"}:
            return m.group(0)  # "Ukraine's General Staff": a body's name, no rank and holder
            # (and at a sentence's end: "spoke at the UN General Assembly." was 'at Assembly')
        if m.group("of") and name not in w.short_names and name.split()[-1] in ORGANISATION_WORDS:
            return m.group(0)  # "head of Cuba's Revolutionary Armed Forces": no person named
        if m.group("of") and name not in w.short_names and INSTITUTION_GOES_ON.match(m.string, m.end()):
            return m.group(0)  # "secretary of Ukraine's National Security| and Defense Council"
        if name in w.short_names:
            short = _spelt_as_written(name, w.short_names[name])
        else:
            parts = name.split()
            # a regnal number is no surname ("Pope Leo XIV" -> "Leo XIV")
            regnal = re.fullmatch(r"[IVXL]+", parts[-1]) is not None
            # a given name of two syllables joined in lower case follows the surname ("Lee
            # Jae-myung", "Kim Jong-un": East Asian order, the surname first; probe_events106
            # was 'Jae-myung holds his first summit'); "Jean-Claude Juncker" keeps the last
            east_asian = len(parts) == 2 and EAST_ASIAN_GIVEN.fullmatch(parts[-1]) is not None
            short = parts[0] if east_asian else parts[-1] if len(parts) == 2 and not regnal else name
        # "Trump's special envoy Witkoff": after a possessive the role says whose it is
        prefix = m.group(0)[:m.start("name") - m.start()]
        modifier = re.search(r"(?<![\w’'-])([a-z][\w-]*)\s+$", m.string[:m.start()])
        if modifier is not None and prefix[:1].islower() and prefix.split()[0] not in DETERMINERS \
                and not modifier.group(1).endswith("ing") \
                and modifier.group(1) not in DETERMINERS | PREPOSITIONS | AUXILIARIES \
                and modifier.group(1) not in w.verb_forms and modifier.group(1) not in w.dangling:
            return prefix + short  # "the Russian opposition leader Alexei Navalny": a word of
            # the role before it keeps it ("opposition leader Navalny", not "opposition Navalny")
        possessive = re.search(r"(\S+)(?:’s|'s)\s.*$", prefix)
        if possessive and possessive.group(1) not in people:
            return short  # "Ukraine's President Zelensky": a country's, not a person's, role
        return possessive.group(0) + short if possessive else short
    people = w.people
    if w.short_names:
        # "the Russian supremo Vladimir Putin": a description of a registered person, whatever
        # its noun, before their full name goes ("the Russian talks Putin held" keeps its noun:
        # only a full name of two words or more is read so)
        full = _names_pattern(tuple(sorted((n for n in w.short_names if " " in n and n[:1].isupper()),
                                           key=lambda n: (-len(n), n))))
        text = re.sub(r"\b(?:the|The)\s+[A-Z][a-z]+\s+[a-z]{3,}\s+(?=[A-Z])",
                      lambda m: "" if full.match(text, m.end()) else m.group(0), text)
    # "External affairs minister S. Jaishankar met ...": a portfolio opening the sentence before
    # its verb goes with its role in lower case, as a speaker's does (``short_name``); the role
    # alone went, and left 'External affairs Jaishankar meets Lavrov' (the twenty-fifth sweep;
    # never a body's name: "UN General Assembly has adopted ..."; nor what happened to the holder,
    # "The arrest of deputy minister Timur Ivanov showed ...", which was 'Ivanov shows ...')
    if (held := PORTFOLIO_HOLDER.match(text)) is not None \
            and (verb := re.match(r"\s+([a-z]+)\b", text[held.end():])) is not None \
            and (verb.group(1) in w.past or verb.group(1) in w.present or verb.group(1) in AUXILIARIES) \
            and held.group("role").islower() and held.group("role") in w.role_words \
            and not set(held.group("name").split()) & ORGANISATION_WORDS \
            and not PORTFOLIO_PREPOSITION.search(text, held.start(), held.start("role")) \
            and (short := short_name(held.group(0), w)) != held.group(0) and held.group(0).endswith(short):
        text = short + text[held.end():]
    text = w.role_name.sub(role, text)
    # "US President Donald Trump's special envoy Steve Witkoff": the first pass made the owner
    # "Trump's" and left his envoy's title whole; the second shortens it
    text = w.role_name.sub(role, text)
    # "His press secretary Dmitry Peskov said": whose role it is points back; the name says who
    roles = "|".join(map(re.escape, sorted(w.role_tokens, key=lambda r: (-len(r), r))))
    text = re.sub(rf"\b(?:His|Her|Their|his|her|their)\s+(?:(?:{roles})\s+){{1,3}}(?=[A-Z][\w’'-]+)", "", text)
    # "then-President Joe Biden" -> "Biden": the role went, its "then-" goes with it (not
    # "then-Ukrainian territory")
    text = re.sub(r"\bthen-(?=([A-Z][\w’'-]*)\b(?:\s+([a-z]+))?)",
                  lambda m: "" if m.group(1) not in w.demonyms.values()
                  and (m.group(2) is None or m.group(2) in PREPOSITIONS | {"and", "or", "who"})
                  else m.group(0), text)
    names = {**w.short_names, **held_titles(w)}
    if names:
        pattern = _names_pattern(tuple(sorted(names, key=lambda s: (-len(s), s))))
        text = pattern.sub(lambda m: _spelt_as_written(m.group(0), names[m.group(0)]), text)
        # "Putin Putin" (a role alias next to the name)
        text = re.sub(r"\b([A-Z][\w’'-]+)(?:\s+\1\b)+", r"\1", text)
    text = re.sub(r"\b(?:Mr|Mrs|Ms|Dr)\.?\s+(?=[A-Z])", "", text)
    # "Sir Keir Starmer" -> "Starmer": a title before a surname alone goes too
    text = re.sub(r"\b(?:Sir|Dame)\s+(?=[A-Z][\w’'-]+\b(?!\s+[A-Z]|\s+of\b))", "", text)
    return text


@lru_cache(maxsize=4)
def _names_pattern(names: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"(?<![\w’'-])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w-])")


HEAD_ENDS = re.compile(r"(?<=[\w’'])(?<!\bthe)(?<!\bThe)(?<!\ba)(?<!\bA)(?<!\ban)(?<!\bAn)(?<!\bits)(?<!\btheir)"
                       r"(?<!\bhis)(?<!\bher)(?<!\bthis)(?<!\bThis)\s+(?:who|which|that|[a-z]{3,}ing|[a-z]{3,}ed|"
                       r"led|held|sent|made|brought|kept|left|known|seen|taken|given|paid|sold|built|"
                       r"won|caught|found|chosen|drawn|struck|shot)\b")


NAMED_RELATIVE = re.compile(r"\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*\s+(?:[a-z]{3,}ed|held|led|sent|made|brought|"
                            r"kept|left|won|set|gave|took|had|signed|struck)\b")


# (the second may be one name, or a role's words then a full name: "... Kurt Volker and Surkov",
# "... Kurt Volker and Russian presidential aide Vladislav Surkov", probe_events59)
NAMES_PAIR = re.compile(r"(?<![\w’'-])[A-Z][\w’'-]+\s+[A-Z][\w’'-]+\s+and\s+(?:[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}"
                        r"|[A-Z][a-z]+\s+(?:[a-z]+\s+){1,3}[A-Z][\w’'-]+\s+[A-Z][\w’'-]+)$")
FIELD_WORDS = frozenset("""Affairs Rights Trade Development Defence Defense Security Cooperation Energy
Justice Culture Health Finance Economy Industry Policy Relations Studies Research""".split())


# words in -ly that are nouns, no adverb ("The arms supply ... dropped" was 'drop', hostile37)
LY_NOUNS = frozenset("""supply family ally rally assembly anomaly monopoly oligopoly duopoly jelly belly
bully folly lily homily reply fly july italy daily weekly monthly quarterly melancholy""".split())
# adverbs that stand between a subject and its verb ("the allies also agreed")
SUBJECT_ADVERBS = frozenset({"also", "then", "now", "again", "still", "later", "earlier", "already",
                             "never", "often", "once", "first", "last", "soon", "even", "too"})


# adjectives that follow the noun they describe, before their preposition ("people familiar
# with the matter", "sources close to the Kremlin")
POSTNOMINAL = frozenset("familiar close loyal opposed aware briefed involved knowledgeable linked "
                        "connected".split())


def _plural_subject(subject: str) -> bool:
    """'Russia and Ukraine', 'the delegations', 'the leaders of Russia and Ukraine': plural;
    'the second round of talks', 'Putin': singular. The head is what comes before the first
    preposition.

    >>> _plural_subject("The delegations led by Umerov"), _plural_subject("Talks aimed at ending the war")
    (True, True)
    >>> _plural_subject("Grain shipments through the Black Sea corridor")
    True
    >>> _plural_subject("A magnitude 8.8 earthquake"), _plural_subject("307 servicemen"), _plural_subject("Gunmen")
    (False, True, True)
    >>> _plural_subject("264 of its soldiers"), _plural_subject("one of its soldiers")
    (True, False)
    >>> _plural_subject("The talks Putin held with Witkoff"), _plural_subject("The deal Putin signed")
    (True, False)
    >>> _plural_subject("US special envoy for Ukraine Kurt Volker and Vladislav Surkov")
    True
    >>> _plural_subject("The Minister for Foreign Affairs and Human Rights")
    False
    >>> _plural_subject("US envoy for Ukraine Kurt Volker and Surkov")
    True
    >>> _plural_subject("The two"), _plural_subject("the 27")
    (True, True)
    >>> _plural_subject("Wilmès"), _plural_subject("Officials")
    (False, True)
    >>> _plural_subject("Russians clearly"), _plural_subject("The allies also"), _plural_subject("Putin clearly")
    (True, True, False)
    >>> _plural_subject("people familiar with the matter"), _plural_subject("A source close to the Kremlin")
    (True, False)
    """
    # two people's names, each first name and surname, at the end of a subject whose first one
    # a role's phrase led: both act ("US special envoy for Ukraine Kurt Volker and Vladislav
    # Surkov met"; not "the talks between ..." nor "Minister for Foreign Affairs and Human
    # Rights")
    if (pair := NAMES_PAIR.search(subject)) is not None \
            and not re.search(r"\b(?:between|among)\s", subject[:pair.start()]) \
            and not set(pair.group(0).split()) & (ORGANISATION_WORDS | FIELD_WORDS):
        return True
    head = re.split(r"\s+(?:of|between|with|in|from|for|at|on|among|to|by|under|over|against|via|"
                    r"through|across|into|along|around|near|toward|towards|outside|inside|within|"
                    r"beyond|during|without|amid|since|about|due)\s+", subject)[0]
    # ("due" after a noun opens what it is due for: "Ukraine's notes due 2032 drop", not "drops")
    # ... or a relative clause without its "that", a name and its verb ("The talks| Putin held
    # with Witkoff lasted five hours" was 'lasts')
    if (named := NAMED_RELATIVE.search(head)) is not None and named.start() > 0 \
            and head[:named.start()].split()[-1][:1].islower():
        head = head[:named.start()]
    # ... or a participle or a relative clause after it ("European leaders visiting Kyiv",
    # "leaders who met in Paris"), not an adjective after a determiner ("the ongoing talks")
    if (after := HEAD_ENDS.search(head)) is not None:
        head = head[:after.start()]
    ws = _words_of(head)
    while len(ws) > 1 and (ws[-1].lower() in SUBJECT_ADVERBS | POSTNOMINAL or re.fullmatch(r"[a-z]{3,}ly", ws[-1])
                           and ws[-1] not in LY_NOUNS):
        ws.pop()  # an adverb between the subject and its verb: "Russians clearly felt" was 'feels'
        # (or an adjective after its noun: "people familiar with the investigation" was 'says',
        # probe_events107)
    if not ws:
        return False
    if re.search(r"\band\b|&", head):
        return True
    # a count of some of them: "264 of its soldiers", "two of the leaders"
    if re.match(r"\s*(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|"
                r"many|several|some|most|all)\s+of\s", subject, re.IGNORECASE) and not re.match(r"\s*1\s", subject):
        return True
    last = ws[-1]
    if last.lower() in {"they", "we", "you", "both", "people", "police", "leaders", "sides", "media",
                        "children", "civilians", "many", "several", "few", "others", "some", "most"}:
        return True
    if (last.lower() in NUMBERS - {"one"} or re.fullmatch(r"\d[\d,]*", last) and last != "1") \
            and (len(ws) == 1 or ws[-2].lower() in {"the", "these", "those", "all"}):
        return True  # a count standing for those counted: "the two held talks", "the 27 agreed"
        # (not a name's: "the benchmark Nifty 50 opened lower")
    if last.lower() in ("he", "she", "it"):
        return False  # (after a number: "On August 12 he" was 'he go further', as "307 servicemen")
    # ("Gunmen", "servicemen", "women"; not "Yemen", "omen")
    if re.fullmatch(r"men|[a-z]{3,}men|[a-z]*women", last.lower()) and last.lower() not in {"specimen"} \
            or (count := re.search(r"(?<![\d.,])(\d[\d,]*)\s+[\w’'-]+$", head)) and count.group(1) != "1":
        return True  # "servicemen", "307 servicemen": plural all the same (not "a magnitude
        # 8.8 earthquake")
    if re.match(r"(?:an?|one|each|every)\s", head, re.IGNORECASE) \
            and not re.search(r"\b(?:dozen|few|couple|handful|number|lot|series|pair)\b", head):
        return False  # "a magnitude 8.8 earthquake", "an envoy of Trump": one
    if last.endswith("s") and last[:-1] in words().demonyms.values():
        return True  # "the Russians", "Ukrainians"
    if len(ws) == 1 and (last in _registered_words() or last[:1].isupper() and re.search(r"[^\x00-\x7f]", last)):
        return False  # a name, however it ends ("Guterres says"; and one with a letter English
        # nouns lack: "Wilmès meets", was "meet")
    lower_noun = last[0].islower() or len(ws) == 1
    return lower_noun and re.search(r"[^sui’']s$", last.lower()) is not None


# how far after "has"/"had" a word of experience counts ("have only met once", "has met Putin
# three times"): its verb phrase, not the rest of the sentence ("had announced the trip on
# Saturday, after ... a long and substantive call": "long" is the call's)
EXPERIENCE_REACH = 40
LOOK_BACK_ADVERBS = frozenset({"earlier", "previously", "already", "also", "just", "first", "originally",
                               "initially"})
EXPERIENCE = re.compile(r"\b(?:once|never|ever|yet|already|so\s+far|to\s+date|since|repeatedly|long|times|"
                        r"always|often|twice|before)\b", re.IGNORECASE)
AUXILIARIES = frozenset("am is are was were will would has have had can could should may might must "
                        "be been do does did".split())
DETERMINERS = frozenset("a an the his her its their this these that those our my your".split())
SUBJECT_PRONOUNS = frozenset("he she they we i".split())  # a verb follows them, not a noun


# (with a name's particles: "Ursula von der Leyen", "Lula da Silva", hostile32)
_NAME = r"(?:the\s+|(?:von\s+der|von|van\s+der|van|de|da|bin|al)\s+)?[A-Z][\w’'.-]*(?:\s+(?:(?:von|van|der|de|da|dos|bin|al)\s+){0,2}[A-Z][\w’'.-]*)*"
NAME_LIST = re.compile(rf"(?<![\w’'-]){_NAME}(?:,\s+{_NAME})+,?\s+and\s+{_NAME}(?=\s+[a-z])")


GROUP = re.compile(rf"^(?:The\s+|the\s+)?(?P<group>(?i:officials|delegations|negotiators|envoys|diplomats|"
                   rf"leaders|representatives|delegates|ministers))\s+(?:from|of)\s+"
                   rf"(?P<who>{_NAME}(?:(?:,\s+{_NAME})*,?\s+and\s+{_NAME})?)(?=\s+[a-z])"
                   rf"(?!\s+(?:and|or)\s+(?:the\s+)?[A-Z])")  # (not half of "France and Germany, ...")


def group_first(text: str, w: Words | None = None) -> str:
    """'Officials from Russia, Ukraine, and the United States convened' -> 'Russian, Ukrainian
    and US officials convened': a headline opens on who they are (by ``demonyms``; a group
    whose countries are not all known stays as written).

    >>> group_first("Officials from Russia, Ukraine, and the United States convened in Abu Dhabi")
    'Russian, Ukrainian and US officials convened in Abu Dhabi'
    >>> group_first("Envoys of Russia and Ruritania met")
    'Envoys of Russia and Ruritania met'
    """
    w = w or words()
    m = GROUP.match(text)
    if not m:
        return text
    names = [n.strip() for n in re.split(r",\s+and\s+|,\s+|\s+and\s+", m.group("who"))]
    if not all(n in w.demonyms for n in names):
        return text
    adjectives = list(dict.fromkeys(w.demonyms[n] for n in names))
    who = adjectives[0] if len(adjectives) == 1 else ", ".join(adjectives[:-1]) + " and " + adjectives[-1]
    return f"{who} {m.group('group').lower()}{text[m.end():]}"


# words a headline's subject and its verb may take ("The second round of trilateral talks
# between the United States, Ukraine and Russia| ended": 14 with its comma; 13 until probe
# articles written after real reports showed such subjects)
SUBJECT_REACH = 16


# the endings of a stem (a past in -ed without it) that end its base in a silent "e": "-ate"
# after a consonant or a vowel but "e" ("circulated", "negotiated"; not "treated"), "-ute",
# "-ote", "-ide", "-ude", "-ode", "-ade", "-ise", "-ize", "-use", "-ose", "-ure", "-ire",
# "-are", "-ame", "-ume", "-ime", "-ome" after a consonant and one vowel ("described" has "-ibe"
# too), any "-ve", "-ce", "-nge", "-rge", "-dge", a consonant's "-le" ("settled") or "-se"
# ("collapsed"; not "passed"), "-ease"
SILENT_E = re.compile(r"(?:(?:[^aeiou\W]|[iu])at|(?<![aeiou])[aeiou](?:t|d|s|z|r|m|k|b)(?<!et)(?<!er)"
                      r"(?<!it)(?<!or)(?<!os)(?<!at)|(?:ai|ei|ea|oi)[sz]|uir|uot|uad|v|c|[aeu]ng|[rd]g|ven|(?:[cv]|gn|un)it"
                      r"|[bcdfgkptz]l|[lnpr]s)$")
# ... and the stems whose base has no "e": two consonants ("attended", "hosted"), two vowels
# and a consonant ("toured", "looted"), "-er", "-en", "-it", "-ion" ("entered", "visited",
# "questioned"); what neither tells ("-et": "completed" or "targeted"?) is no guess
NO_SILENT_E = re.compile(r"(?:[^aeiou\W]{2}|[aeiou]{2}[^aeiou\W]|[^aeiou\W](?:er|en|it)|ion)$")


def past_guess(word: str) -> tuple[str, str] | None:
    """(third person, base) of a regular past the vocabulary does not hold, when its form says
    them plainly; else None (the past stays as written).

    >>> [past_guess(x) for x in ("circulated", "toured", "looted", "carried", "committed", "cancelled")]
    [('circulates', 'circulate'), ('tours', 'tour'), ('loots', 'loot'), ('carries', 'carry'), ('commits', 'commit'), ('cancels', 'cancel')]
    >>> [past_guess(x)[0] for x in ("initialled", "signalled", "dialled", "installed", "recalled", "stalled")]
    ['initials', 'signals', 'dials', 'installs', 'recalls', 'stalls']
    >>> [past_guess(x) for x in ("visited", "treated", "collapsed", "passed", "focused", "edited")]
    [('visits', 'visit'), ('treats', 'treat'), ('collapses', 'collapse'), ('passes', 'pass'), None, ('edits', 'edit')]
    """
    if not re.fullmatch(r"[a-z]{4,}ed", word):
        return None
    stem = word[:-2]
    if word.endswith("ied"):
        base = word[:-3] + "y"
    elif word.endswith("eed"):
        base = word[:-1]  # "guaranteed"
    elif len(stem) >= 4 and stem[-1] == stem[-2] and stem[-1] in "bdgmnprt":
        base = stem[:-1]  # "committed", "planned"
    elif len(stem) >= 6 and re.search(r"[eo]ll$", stem) \
            or len(stem) >= 5 and re.search(r"(?:initi|sign|equ|tot|di|tri|marsh|riv|ped)all$", stem):
        base = stem[:-1]  # "cancelled", "patrolled" (not "called", "installed"); "initialled",
        # "signalled" (probe_events141 titled 'Moldova initialls'; not "recalled", "stalled")
    elif SILENT_E.search(stem) and not re.search(r"(?:us|ss)$", stem):
        base = stem + "e"
    elif NO_SILENT_E.search(stem) and not re.search(r"(?:ll|us)$", stem) or re.search(r"(?:ss|ll)$", stem):
        base = stem
    else:
        return None
    return _third_person(base), base


# an -ed word that may be a past: not after a form of "be" (a passive's participle, "was
# pencilled in"), an article, a possessive or an adverb (an adjective, "the planned talks",
# "newly appointed"), nor one in un- ("an unannounced visit")
GUESSED = re.compile(r"(?<![\w’'-])(?<!\bwas )(?<!\bwere )(?<!\bis )(?<!\bare )(?<!\bbe )(?<!\bbeen )(?<!\bbeing )"
                     r"(?<!\bthe )(?<!\bThe )(?<!\ba )(?<!\bA )(?<!\ban )(?<!\bAn )(?<!\bits )(?<!\bhis )(?<!\bher )"
                     r"(?<!\btheir )(?<!ly )(?!un)([a-z]{4,}ed)(?![\w’'-])")


def _guessed(text: str, w: Words) -> Words:
    """``w`` with the regular pasts of ``text`` that it does not hold guessed (past_guess), and
    their present forms known as verbs ("toured" -> "tours")."""
    demonyms = set(w.demonyms.values())
    found = {x: g for m in GUESSED.finditer(text) if (x := m.group(1)) not in w.past
             and x not in w.participles and (g := past_guess(x)) is not None
             # (nor after an adjective, or one and "and": "Russian liquefied natural gas",
             # "Polish and allied jets")
             and not ((before := re.search(r"([\w’'-]+)\s+(?:(?:and|or)\s+)?$", text[max(0, m.start() - 40):m.start()])) is not None
                      and (before.group(1) in demonyms or re.fullmatch(ADJECTIVE_LIKE, before.group(1))))}
    if not found:
        return w
    forms = frozenset(found) | frozenset(f for pair in found.values() for f in pair)
    return replace(w, past={**w.past, **found}, present=w.present | {t for t, _ in found.values()},
                   bases=w.bases | {b for _, b in found.values()}, verb_forms=w.verb_forms | forms)


# words after a past and its preposition where a second past makes the first a participle ("A
# ceasefire agreed in Minsk for the start of the school year took effect": 'took' is the tenth;
# 8 before, which left 'Ceasefire agrees in Minsk ... took effect', probe_events56)
PARTICIPLE_PHRASE = 12
PARTICIPLE_NEAR = 8  # ... within this many words any past; farther, only a past that is no participle


def _pronoun_subject(subject: str, w: Words) -> bool:
    """Does the subject end on a pronoun ("they", "it")? After "says", its passive keeps an
    auxiliary: "says they were taken", "says it was forced", never "says they taken"."""
    return subject.split()[-1].lower() in w.pronouns


# a time clause opening inside a subject, no comma since ("summit since the agreement| was signed")
SUBJECT_CLAUSE = re.compile(r"\s(?:since|after|before|until|once|because)\s+[^,;:“”\"]*$")


# a verb's particle, no verb of its own after a past ("held back a reservoir")
PARTICLES = frozenset("back up down out off over away forward together apart aside".split())
# pasts followed by a bare infinitive, no participle ("helped broker the release")
BARE_INFINITIVE_PASTS = frozenset("helped let made had saw heard watched felt bade".split())
_PRESENT_FORMS: dict[int, tuple[dict, frozenset[str]]] = {}


def _present_forms(w: Words) -> frozenset[str]:
    """The present of every verb the vocabulary gives a past of ("give", "gives"), made once
    per vocabulary."""
    kept = _PRESENT_FORMS.get(id(w.past))
    if kept is None or kept[0] is not w.past:
        kept = _PRESENT_FORMS[id(w.past)] = (w.past, frozenset(
            form for third, base in w.past.values() for form in (third, base)))
    return kept[1]


def to_present(text: str, w: Words, future: bool = True, deeds: bool = True) -> str:
    """The main verb in the headline present: 'proposed' / 'has proposed' -> 'proposes',
    'will visit' -> 'to visit', 'was elected' -> 'elected', and with ``future`` (the text
    stands alone, not after "says") 'had invited' -> 'invites'. Without ``deeds`` (after
    "says") a deed keeps its past: 'Peskov says Putin proposed talks', 'they have drafted'. The main verb is the first
    verb form after a subject of at most twelve words with no comma (but a list of names);
    anything less sure stays.

    >>> to_present("A government plane carrying the freed Ukrainians landed at the airport", words())
    'A government plane carrying the freed Ukrainians lands at the airport'
    """
    if text[:1] in "“\"‘":
        return text  # a quote keeps its words
    # (a number's thousands are no comma: "a 1,000-for-1,000 prisoner exchange was completed")
    tokens = list(re.finditer(r"[\w’'-]+(?:,\d{3}(?![\d])[\w’'-]*)*|[,;:“”\"()—–]", text))
    # a list of names is one subject, commas and all ("Ukraine, Russia and the United States
    # will sit down", "Officials from Russia, Ukraine, and the United States convened")
    names = NAME_LIST.search(text[:120])
    listed = names.span() if names else (0, 0)
    infinitive = -1  # the verb of an infinitive inside the subject ("deadline for Moscow to agree")
    participle = -1  # a participle inside the subject ("two businessmen linked| to Giuliani")
    apposed = -1  # where names in apposition to the subject end (", Lev Parnas and Igor Fruman,")
    for i, t in enumerate(tokens[:SUBJECT_REACH + text[listed[0]:listed[1]].count(",")]):
        word = t.group(0)
        if i == 0 or listed[0] <= t.start() < listed[1] or i == infinitive \
                or word == "to" and i == infinitive + 1:  # ("to agree to a ceasefire")
            continue
        if word in ("was", "were") and i + 2 < len(tokens) and tokens[i + 1].group(0) in w.participles \
                and SUBJECT_CLAUSE.search(text, 0, t.start()) \
                and any(x.group(0) in w.past_only for x in tokens[i + 2:]):
            infinitive = i + 1  # a passive of a time clause inside the subject, and its participle:
            continue  # "The first EU-Ukraine summit since the Association Agreement was signed
            # took place in Kyiv" (was "... since Association Agreement signed took place",
            # probe_events90); the main verb a past no participle shares, after it (not "The
            # first round of direct talks since 2022 was held in Istanbul")
        if word == "to" and i + 1 < len(tokens) and (
                tokens[i - 1].group(0) in TO_NOUNS
                or re.search(r"\bfor\s+(?:the\s+)?[\w’'-]+$", text[:t.start()].rstrip())):
            # a noun's infinitive is part of the subject: "The deadline for Moscow to agree to a
            # ceasefire expired", "The plan to end the war was leaked"
            infinitive = i + 1
            continue
        if word == "states" and tokens[i - 1].group(0).lower() in ("member", "united"):
            continue  # "the 28 member states": a noun, no one stating
        if word == "to" and i + 1 < len(tokens) \
                and re.fullmatch(r"the|an?|his|her|its|their|[A-Z][\w’'-]*", tokens[i + 1].group(0)):
            continue  # a preposition, no infinitive: "Political advisers to the leaders of
            # Germany, France, Russia and Ukraine met in Berlin" (was left in the past)
        if t.start() < apposed or word == "to" and i == participle + 1:
            continue  # (the participle's own "to": "linked to Rudy Giuliani")
        if word == "," and (names_end := APPOSED_NAMES.match(text, t.start())) is not None:
            apposed = names_end.end()
            continue
        announced = word in w.past and word in w.speech and OBJECT_OPENS.match(
            (tokens[i + 1].group(0) if i + 1 < len(tokens) else "") or "-") is not None \
            and not FINITE.search(re.split(r"[,;:]|\s+(?:but|and|while|as)\s+", text[t.end():])[0])
        # ("announced nearly $8 billion in aid": an object, no words said)
        if word in ",;:“”\"()—–" or word.lower() in {"that", "who", "which", "to", "where", "whom", "whose"} \
                or (word in w.speech or word in w.speech.values() or word == "say") and not announced:
            return text  # a quote or a clause starts before any verb: leave it as written
        nxt = tokens[i + 1].group(0) if i + 1 < len(tokens) else ""
        prev = tokens[i - 1].group(0)
        subj, rest = text[:t.start()].rstrip(), text[t.end():]
        if word in ("has", "have"):
            k = i + 1
            part = tokens[k].group(0) if k < len(tokens) else ""
            part = w.pluperfect.get(part, part)  # "has given" -> "gave" -> "gives"
            if EXPERIENCE.search(text, t.end(), t.end() + EXPERIENCE_REACH) \
                    or re.search(r"\bsince\b", text[t.end():]):
                return text  # "have only met once", "has never said", "has grown colder ...
                # since the summit": not news of the day
            if part in w.past and part not in {"had", "been"} and deeds:
                third, base = w.past[part]
                plural = _plural_subject(subj)
                rest = _and_present(text[tokens[k].end():], plural, w)
                return f"{subj} {base if plural else third}{rest}"
            return text
        if word == "will":
            if subj.lower() in w.pronouns or not future:
                return text  # "it will": reported speech keeps its future
            if nxt == "be" and i + 2 < len(tokens) and tokens[i + 2].group(0) in w.participles:
                return f"{subj} to{rest}"
            if re.fullmatch(r"[a-z][\w-]*", nxt) and nxt not in w.dangling | w.will_stays | {"be", "have", "also"}:
                return f"{subj} to{rest}"
            return text
        if future and deeds and word in ("is", "are", "was", "were") and nxt in COPULA_DROPPED \
                and len(subj.split()) <= 5 and subj.split()[0] not in DEMONSTRATIVES \
                and not any(x.lower() in w.pronouns for x in subj.split()) \
                and not re.search(r"\b(?:that|which|who|when|where|if|because)\b", text[t.end():]):
            return subj + rest  # standing alone, the desk drops the copula of where someone is:
            # "Zelensky was in London for talks with Starmer" -> "Zelensky in London for talks ..."
        if future and deeds and word in ("is", "are", "was", "were") and nxt in PLAN_STATES \
                and i + 2 < len(tokens) and tokens[i + 2].group(0) == "to" \
                and not _pronoun_subject(subj, w) and not CALLED_OFF.search(text, t.end()):
            return subj + rest  # standing alone, a plan's copula goes, as "expected to" goes:
            # "The Queensland singer was due to fly home" -> "Queensland singer due to fly home"
            # (probe_events66)
        if word in ("was", "were"):
            if w.states.match(text, t.start()):
                return text  # "he was prepared to": a state, which reported speech makes "is"
            if (nxt in w.participles or deeds and re.fullmatch(r"[a-z]{4,}(?:ll|[^l])ed", nxt) and nxt not in w.past
                    and i + 2 < len(tokens) and tokens[i + 2].group(0) in {"in", "on", "at", "for", "by", "as"}
                    and not re.search(r"[a-z]{3,}ed\b", subj)) \
                    and nxt not in {"had", "did", "said", "told"}:
                # (a participle the vocabulary does not know, before its phrase: "was pencilled
                # in for April" -> "pencilled in for April")
                if not deeds and _pronoun_subject(subj, w):
                    return text  # after "says", a pronoun's passive keeps its auxiliary:
                    # "Ukrenergo says it was forced to introduce ...", never "says it forced"
                    # (hostile30; "had been forced" kept it already)
                if not deeds and nxt in w.past and w.past[nxt][1] == nxt:
                    return text  # after "says", a passive whose participle is the verb's own
                    # present too keeps its "was": 'council says the drama theatre was hit',
                    # never '... theatre hit' ("hit", "cut", "set": "says talks planned" is clear)
                if deeds and subj.lower() in SUBJECT_PRONOUNS | {"it"}:
                    # standing alone, a pronoun's passive keeps its auxiliary, the present's:
                    # "He was buried at the cemetery" -> "He is buried at the cemetery", never
                    # "He buried ..." (a deed of his own)
                    return f"{subj} {'are' if subj.lower() in PLURAL_PRONOUNS else 'is'}{rest}"
                return f"{subj.rstrip(',')}{rest}"  # (an apposition's comma closes nothing now)
            if future and deeds and (doing := _progressive().get(nxt)) is not None \
                    and not re.search(r"\bwhen\b", text[tokens[i + 1].end():]):
                # "Trump was hosting Russia's foreign minister" -> "Trump hosts ...": what was
                # going on then, told at its date (after "says" the words keep their tense; and
                # a backdrop to what happened "when" stays one: "They were talking when ...")
                third, base = doing
                return f"{subj} {third if word == 'was' else base}{text[tokens[i + 1].end():]}"
            return text
        if word in ("has", "have", "had") and nxt == "been" and i + 2 < len(tokens) \
                and (tokens[i + 2].group(0) in w.participles or future and tokens[i + 2].group(0) in PLAN_STATES) \
                and tokens[i + 2].group(0) not in {"had", "did"}:
            if _pronoun_subject(subj, w) and not future:
                # after "says", a pronoun's passive keeps an auxiliary, the past's: "Ukraine says
                # they were taken", never "says they taken"
                aux = "were" if subj.split()[-1].lower() in ("they", "we", "you") else "was"
                return subj + " " + aux + re.sub(r"^\s+been", "", rest)
            return subj + re.sub(r"^\s+been", "", rest)  # "had been postponed" -> "postponed"
            # (and, standing alone, "had been due to start" -> "due to start", as "expected to" goes)
        if future and word == "had" and nxt == "been" and i + 2 < len(tokens) \
                and tokens[i + 2].group(0) in "“\"":
            # standing alone, what something had been said to be is the desk's: 'The meeting had
            # been "productive"' -> 'Meeting "productive"'
            return subj + re.sub(r"^\s+been", "", rest)
        if word == "had" and future and nxt in LOOK_BACK_ADVERBS and i + 2 < len(tokens):
            # "Trump had earlier given Moscow until Friday": the adverb says what the tense does
            nxt = tokens[i + 2].group(0)
            rest = text[tokens[i + 1].end():]
            tokens = tokens[:i + 1] + tokens[i + 2:]
        if word == "had" and future and (simple := w.pluperfect.get(nxt)) in w.past \
                and nxt not in {"had", "did"} \
                and not EXPERIENCE.search(text, t.end(), t.end() + EXPERIENCE_REACH):
            # the outlet's look back ("Putin on Wednesday had invited Zelensky"): at its own
            # date in the timeline, the happening is told in the present (after "says" the
            # words keep their tense: "Shoigu says he ordered the troops back")
            third, base = w.past[simple]
            plural = _plural_subject(subj)
            return f"{subj} {base if plural else third}{_and_present(text[tokens[i + 1].end():], plural, w)}"
        if future and word in ("is", "are") and (nxt in PLAN_STATES or nxt in {"expected", "scheduled", "likely"}) \
                and i + 2 < len(tokens) and tokens[i + 2].group(0) == "to" and subj.lower() not in w.pronouns:
            return subj + rest  # "Zelensky is expected to travel to Turkey" -> "Zelensky expected to travel ..."
        if word in {"is", "are", "has", "have", "had", "would", "could", "should", "may",
                    "might", "must", "can", "did", "does", "do", "not"}:
            return text
        if (prev.lower() in w.dangling and prev.lower() not in SUBJECT_PRONOUNS
                and not (len(prev) > 1 and prev.isupper())  # ("US imposed": a name, no "us")
                or prev.lower() in DETERMINERS) and not (
                prev.lower() in {"both", "all"} and i >= 2
                and re.fullmatch(r"[A-Z][\w’'-]*|they|we|leaders|sides|delegations|men",
                                 tokens[i - 2].group(0))):
            continue  # "of talks", "the proposed venue": a noun or an adjective here (but
            # "Lavrov and Kuleba both landed": "both" after its subject is an adverb)
        if word in w.past and word not in {"had", "did"} and prev.lower() in HISTORY:
            return text  # "last met", "first met": a look back, not news of the day
        if word in w.past and _adjectival([x.group(0) for x in tokens[max(0, i - 2):i + 2]],
                                          min(i, 2), w):
            continue  # "a building housing newly mobilized soldiers", "the recently appointed
            # envoy": a participle before its noun, no verb ("newly mobilizes soldiers" before)
        if word in w.past and word not in {"had", "did"}:
            if not deeds and word not in w.stative_pasts:
                return text  # after "says" a deed keeps its past: "Peskov says Putin proposed talks"
            if word in {"set", "put", "cut", "hit", "quit", "let", "shut"}:
                if not _plural_subject(subj) and re.fullmatch(r"[\w’'-]+", nxt) \
                        and nxt.lower() not in AUXILIARIES and nxt.lower() not in w.verb_forms:
                    # after one subject the form without "s" is the past: "A missile strike hit
                    # the headquarters" -> "hits" (desk34: "strike hit" read as a title)
                    # (and a past after "and" too: "cut short a visit ... and flew home" was
                    # "cuts short ... and flew home", probe_events58)
                    return f"{subj} {word}s{_and_present(rest, False, w)}"
                return text  # present and past look alike: leave them
            if nxt in _present_forms(w) and nxt not in w.noun_verbs and nxt not in w.past \
                    and nxt.lower() not in AUXILIARIES and nxt not in PARTICLES \
                    and word not in BARE_INFINITIVE_PASTS and i + 2 < len(tokens) \
                    and (prev[:1].islower() or i == 1 and prev.endswith("s") and prev not in _registered_words()) \
                    and re.fullmatch(r"a|an|the|his|her|its|their|no|\d[\d,.]*|[A-Z][\w’'-]*",
                                     tokens[i + 2].group(0)):
                participle = i
                continue  # a participle right before the present of the sentence's verb: "Opinion
                # polls published| give Zelensky a lead" (its date gone; was "Opinion polls
                # publish give ...", probe_events108); after a common noun only ("Russia struck
                # targets Ukraine uses" is Russia's strike, hostile44)
            # (names in apposition, commas and all, are the subject's: "two businessmen linked
            # to Rudy Giuliani, Lev Parnas and Igor Fruman, were arrested")
            unnamed = APPOSED_NAMES.sub(" ", rest, count=1)
            modal = re.match(r"([^,;:]*?)\b(?:would|could|should|must|might)\b", rest)
            if modal and not any(x.lower() in w.verb_forms or x.lower() in ("and", "that", "but", "who", "which", "if")
                                 or x.endswith("ed") for x in _words_of(modal.group(1))):
                participle = i
                continue  # "the $2 billion ... he announced in June would be delivered": the
                # modal is the sentence's verb, the past a relative clause's
            if re.match(r"[^,;:]*?(?<!\band\s)\b(?:was|were|is|are|has|(?<!to\s)have|will)\b",
                        re.split(r"\b(?:who|which|that|whom|whose|where|when)\b|[“\"]"
                                 r"|\s(?:but|and|while)\s+(?:he|she|it|they|we|I)\b"
                                 # (nor what a second verb of saying tells: "met Xi and said
                                 # he was happy")
                                 rf"|\s(?:and|but)\s+(?:{SAYING_AFTER_AND}|{SAYING_NOW_AFTER_AND})\b"
                                 # (nor a time clause's: "arrived ... since he was sworn in")
                                 r"|\s(?:since|after|before|because|until|once|though|although)\s+"
                                 r"(?:he|she|it|they|we|I|the\s|[A-Z])", unnamed)[0]):
                participle = i
                continue  # "the talks planned for May were held": a participle, not the verb
                # (not "claimed to have taken": an infinitive's "have")
            # (and "near", "outside", "into" ...: "The 24 Ukrainian sailors captured near the
            # Kerch Strait came home" was "... sailors capture near the Kerch Strait came home",
            # probe_events92; after those, only a past no participle shares makes it one: "Russian
            # troops pushed into the village the Ukrainians abandoned", hostile42; never "after",
            # "before": a time clause's, "Talks resumed after the delegation was expelled"; never a
            # phrasal verb's particle, "handed over to Ukraine the boats"; each a whole word, not
            # " nearly", " only")
            farther = re.match(r"\s+(?:near|outside|inside|across|into|under|behind|against)\b", rest) is not None
            if re.match(r"\s+(?:(?:in|on|at|for|by|from|with|near|outside|inside|across|into|"
                        r"under|behind|against)\b|[A-Z][a-z]{2}\.?\s+\d|\d{1,2}\s+[A-Z][a-z]{2}|(?:1[89]|20)\d\d\b)", rest) and \
                    word not in {simple for pp, simple in w.pluperfect.items() if pp != simple} and \
                    any((x in w.past and x not in {"had", "did"}  # ("ended in a way few ... had planned")
                         or (x.endswith("ed") and x.islower() and len(x) > 4 and not x.endswith("eed")
                                          and not x.startswith("un")))  # ("an unannounced visit")
                        and not (k + 1 < len(later) and later[k + 1] == "by")  # "a swap mediated by"
                        and later[k - 1] != "to"  # (an infinitive: "called on NATO to speed up")
                        # (farther, only a past no participle looks like: "agreed in Minsk for
                        # the start of the school year took effect"; not "convened ... for the
                        # first-ever trilateral talks aimed at", "in a way few of them had planned")
                        and (k < PARTICIPLE_NEAR and not farther or x in w.past_only and later[k - 1] not in AUXILIARIES)
                        # (not a verb of a relative clause: "met in Istanbul for talks that
                        # lasted less than an hour")
                        # (nor a time clause's: "slipped against the dollar as Zelenskyy spoke")
                        for later in [_words_of(re.split(r"[,;:]|\b(?:and|that|which|who|whom|as|when|while|"
                                                         r"because|until)\b", rest)[0])]
                        for k, x in enumerate(later) if 1 <= k < PARTICIPLE_PHRASE):
                participle = i  # (its phrase's words are the subject's: "near the Kerch Strait")
                continue  # "net income for the six months ended Oct. 1 slipped": a participle
                # (never "began", "took": a past whose participle differs is the verb)
            after_next = tokens[i + 2].group(0) if i + 2 < len(tokens) else ""
            if (nxt in w.past and nxt not in {"had", "did"} or re.fullmatch(r"[a-z]{3,}ed", nxt)) \
                    and prev[:1].islower() and prev.lower() not in w.pronouns | DETERMINERS \
                    and not (re.fullmatch(r"[a-z][\w-]*s", after_next) and after_next not in PREPOSITIONS
                             and after_next not in w.past
                             and (after_next not in w.present or after_next in w.noun_verbs)):
                continue  # "the warrant issued| charged Kopp": a participle before the verb
                # (not an adjective before its noun: "forces made| confirmed advances")
            if word in w.object_verbs and nxt in ("in", "at", "on", "by", "during", "last", "earlier") \
                    and subj.split()[-1][:1].islower():
                return text  # a past that takes an object, with none, after a thing: a
                # passive's participle ("The framework agreement reached in Lausanne" was
                # "... reaches in Lausanne", probe_events58)
            third, base = w.past[word]
            plural = _plural_subject(subj)
            rest = _and_present(rest, plural, w)
            return f"{subj} {base if plural else third}{rest}"
        if word in w.present and (nxt.lower() in DETERMINERS or nxt[:1].isupper()
                                  or re.fullmatch(r"[a-z]{3,}s", nxt) and nxt not in w.present
                                  or f"{word} {nxt}" in w.particle_ends):  # ("takes over the ...")
            return text  # already present with its object ("attends a meeting", "follows
            # agreements reached at the second round": its object's participle stays)
        if word.lower() in DETERMINERS and prev[0].islower() and prev not in w.dangling \
                and i - 1 != infinitive and not (prev.endswith("ing") and prev not in w.verb_forms) \
                and participle < 0:
            # (not the infinitive's object: "to accept a ceasefire"; nor a participle's in the
            # subject: "A government plane carrying the freed Ukrainians landed")
            return text  # "attends a meeting": the verb was passed, whatever it was
    return text


# (two names or more: one name in apposition may be the subject's own, "The Russian leader,
# Vladimir Putin, was received", whose commas stay)
APPOSED_NAMES = re.compile(r",\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*(?:(?:,\s+|,?\s+and\s+)[A-Z][\w’'.-]*"
                           r"(?:\s+[A-Z][\w’'.-]*)*)+,(?=\s+(?:was|were|is|are|has|have|will)\b)")


PLAN_STATES = frozenset({"due", "set", "supposed", "slated", "poised"})  # a plan, as "expected to"
# a plan called off after it: its copula stays, "due to" alone is a plan still ahead ("Scholz
# was due to speak on Monday but cancelled the speech" is no 'Scholz due to speak', hostile34)
CALLED_OFF = re.compile(r"\b(?:cancell?ed|cancell?ing|called\s+off|postponed|scrapped|pulled\s+out|put\s+off|"
                        r"skipped|abandoned|dropped)\b")


@lru_cache(maxsize=1)
def _progressive() -> dict[str, tuple[str, str]]:
    """Each known verb's form in -ing -> (third person, base): "hosting" -> ("hosts", "host")."""
    out: dict[str, tuple[str, str]] = {}
    for third, base in words().past.values():
        if not re.fullmatch(r"[a-z]{2,}", base):
            continue
        forms = {base + "ing", base[:-1] + "ing" if base.endswith("e") and not base.endswith(("ee", "ye", "oe")) else base + "ing"}
        if re.search(r"[^aeiou][aeiou][bdgmnprt]$", base):
            forms.add(base + base[-1] + "ing")  # "running", "planning"
        for form in forms:
            out.setdefault(form, (third, base))
    return out


TO_NOUNS = frozenset("""plan plans bid effort efforts attempt push decision order deadline invitation
proposal offer demand request move pledge promise threat refusal failure readiness willingness
right chance opportunity""".split())


# a passive's agent after its participle ("approved| by the Duma"; not a time, a deadline or a
# means: "agreed by then", "by May 1", "by phone", "by decree")
PASSIVE_AGENT = re.compile(r"\s+by\s+(?!(?:then|now|far|the\s+(?:time|end)|(?:[A-Z]\w*\s+)?\d|phone|telephone|"
                           r"video|videolink|email|letter|decree|hand|mail|post|consensus|acclamation)\b)")


def _and_present(rest: str, plural: bool, w: Words) -> str:
    """'invited Putin to talks and suggested a meeting': the second verb turns present too; so
    do those of a series before it ('arrived, met Trump for an hour and told the forum').

    >>> _and_present(" the Burevestnik, and Putin announced the result", False, words())
    ' the Burevestnik, and Putin announces the result'
    >>> _and_present(" in Moscow, and the two men talked for five hours", False, words())
    ' in Moscow, and the two men talk for five hours'
    >>> _and_present(" Zelensky and seven European leaders at the White House and phoned Putin", False, words())
    ' Zelensky and seven European leaders at the White House and phones Putin'
    """
    series = re.match(r",\s+([a-z]+)\b(?=[^,;“”\"]*?\sand\s+([a-z]+)\b)", rest)
    if series and all(v in w.past and v not in {"had", "did"} for v in series.groups()):
        rest = ", " + w.past[series.group(1)][plural] + rest[series.end(1):]
    # (never inside a quote: 'described the talks as "productive and focused"')
    # (an adverb of sequence between: 'arrived in Lviv and first held a meeting')
    # (and a sequence's ", then": 'flew to Paris, then travelled to Berlin')
    # (the first "and" before a verb: 'hosts Zelensky and seven European leaders at the White
    # House and phoned Putin' -> 'and phones Putin')
    for m in re.finditer(r"(?<=\s)(?:and|(?<=,\s)then)\s+((?:first|then|later|also|again|finally|soon|quickly)\s+)?([a-z]+)\b",
                         rest):
        if m.group(2) in SUBJECT_PRONOUNS | {"it"}:
            break  # (a clause of its own subject: 'meets Erdogan and they discussed grain and
            # signed a deal' was '... and signs a deal')
        if m.group(2) in w.participles and PASSIVE_AGENT.match(rest, m.end()):
            continue  # (a passive's participle with its agent: 'a law passed by the Duma and
            # approved by the Federation Council' was '... and approves by ...', the
            # twenty-third sweep)
        if m.group(2) in w.past and m.group(2) not in {"had", "did"} and not QUOTED_OPEN.search(rest[:m.start()]):
            told = rest[m.end():]
            if m.group(2) in SECOND_SAYING \
                    and (words_said := re.match(r"(\s+(?:that\s+)?)(\S.*)", told)) is not None:
                # what a second verb of saying tells is told in the present too: "meets Xi and
                # says he is happy" (was "he was happy")
                told = words_said.group(1) + reported_present(words_said.group(2), w)
            rest = rest[:m.start()] + m.group(0).split()[0] + " " + (m.group(1) or "") \
                + w.past[m.group(2)][plural] + told
            break
    # a "where" clause of what was done there: 'visits China, where he and Xi called for a
    # political settlement' -> 'where he and Xi call for'
    rest = WHERE_DONE.sub(lambda m: f"{m.group('lead')}{w.past[m.group('verb')][_plural_subject(m.group('who'))]}"
                          if m.group("verb") in w.past and m.group("verb") not in {"had", "did", "was", "were"}
                          and not QUOTED_OPEN.search(m.string[:m.start()]) else m.group(0), rest, count=1)
    # a second clause of a name of its own: 'tested the Burevestnik, and Putin announced the
    # result' -> ', and Putin announces the result'; or of a subject after "the" (a
    # seventeenth sweep: 'Delegations meet in Istanbul, and the talks lasted less than two
    # hours', 'Putin meets Witkoff, and the two men talked for five hours' mixed the tenses)
    # (a subject after "the" with no comma before "and" too: 'weakened past 87 and the
    # benchmark Nifty 50 opened lower')
    m = re.search(r",\s+and\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}\s+(?P<verb>[a-z]+)\b"
                  r"|,?\s+and\s+(?P<the>the(?:\s+[\w’'-]+){1,4})(?!\S)", rest)
    if m is None or QUOTED_OPEN.search(rest[:m.start()]):
        return rest
    at, plural = m.span("verb"), False
    if m.group("the") is not None:  # its subject's words, then a verb in the past
        said = list(re.finditer(r"\S+", m.group("the")))
        k = next((k for k in range(2, len(said)) if said[k].group() in w.past), None)
        item = rest[:m.start()].rsplit(",", 1)
        if k is None or any(x.group().lower() in WHO_WHICH | {"that"} for x in said[1:k]) \
                or len(item) == 2 and len(_words_of(item[1])) <= 3 \
                and not any(x.lower() in w.past for x in _words_of(item[1])):
            return rest  # (nor a relative clause's verb, nor a list's last item: "met Xi, Modi,
            # and the leaders invited to the summit")
        at = (m.start("the") + said[k].start(), m.start("the") + said[k].end())
        plural = _plural_subject(" ".join(x.group() for x in said[:k])) \
            or said[k - 1].group() in NUMBERS - {"one", "no"}  # ("the two")
    verb = rest[at[0]:at[1]]
    if verb not in w.past or verb in {"had", "did"}:
        return rest
    return rest[:at[0]] + w.past[verb][plural] + rest[at[1]:]


WHERE_DONE = re.compile(r"(?P<lead>,\s+where\s+(?P<who>(?:he|she|they|we|[A-Z][\w’'-]*)(?:\s+(?:and\s+)?"
                        r"[A-Z][\w’'-]*){0,3})\s+)(?P<verb>[a-z]+)\b")
QUOTED_OPEN = re.compile(r"^(?:[^“”\"]*(?:“[^”]*”|\"[^\"]*\"))*[^“”\"]*[“\"][^”\"]*$")


HAD_POSSESSION = re.compile(r"(?P<who>\b(?:he|she|it|they|we|I|[A-Z][\w’'-]*))\s+had\s+"
                            r"(?=(?:a|an|the|no|its|his|her|their|some|any|enough)\s+[a-z])"
                            r"(?!\S+\s+(?:[a-z][\w-]*\s+){0,2}(?:meeting|meetings|call|calls|talks|conversation|"
                            r"conversations|discussion|discussions|chat|lunch|dinner|breakfast|exchange|word|"
                            r"look|role|hand|say)\b)")


HAD_QUALITY = re.compile(r"(?P<who>\b(?:he|she|it|they|we|I|[A-Z][\w’'-]*))\s+had\s+"
                         r"(?=[\"“](?P<quoted>[a-z]+(?:\s+[a-z]+){0,2})|(?P<next>[a-z]+)\s+[a-z][a-z-]*\s+(?:potential|power|"
                         r"influence|support|interest|interests|capacity|capability|capabilities|"
                         r"leverage|ties|links|reserves|experience|authority|right|rights)\b)")
NOT_QUALITIES = frozenset("been to not already just yet never also long only earlier previously since "
                          "once first last always".split())


def reported_present(text: str, w: Words | None = None) -> str:
    """After 'says', reported speech leaves its back-shift: 'he would' -> 'he will', 'they had
    not gone' -> 'they did not go' (see ``unshift``), 'he was welcome' -> 'he is welcome'
    (``states``)."""
    w = w or words()
    # ("would like", "would rather": a wish now, never "will like")
    text = BACKSHIFT_WOULD.sub("will", text, count=1)
    text = re.sub(r"\bcould\s+not\b|\bcouldn[’']t\b", "cannot", text, count=1)  # "he could not go"
    # what had to be done must be ("the first day of silence had to become the first of many"),
    # where the words are the headline's, not a quote's
    if (must := re.search(r"\bhad\s+to(?=\s+[a-z])", text)) is not None \
            and not QUOTED_OPEN.match(text[:must.start()]):
        text = text[:must.start()] + "must" + text[must.end():]
    text = w.states.sub(lambda m: ("is" if m.group("be") == "was" else "are") + m.group("mid")
                        + m.group("state"), text, count=1)
    text = re.sub(r"^[Nn]ow\s+was\b", lambda m: m.group(0)[:-3] + "is", text)  # "now was the
    # time for resolve" -> "now is ...
    # a time clause of a future: 'will meet only after a schedule had been prepared' -> 'after
    # a schedule is prepared'
    if re.search(r"\bwill\b", text):
        text = TIME_PLUPERFECT.sub(lambda m: m.group("head") + ("are " if re.search(
            r"[a-z][^s']s$", m.group("head").rstrip()) else "is "), text, count=1)
        # ... and its past passive: 'will remain until the Minsk agreement was fully
        # implemented' -> 'until the agreement is fully implemented' (probe_events58)
        text = TIME_PAST_PASSIVE.sub(lambda m: m.group("head") + ("is" if m.group("be") == "was" else "are"),
                                     text, count=1)
    # a progressive: 'Moscow was inviting' -> 'Moscow is inviting' (never "was nothing")
    text = PROGRESSIVE.sub(lambda m: m.group(0) if m.group("ing") in NOT_PROGRESSIVE else
                           ("is" if m.group("be") == "was" else "are") + m.group(0)[len(m.group("be")):],
                           text, count=1)
    # a state of mind is told in the present: 'Kremlin did not expect "quick decisions"' ->
    # 'does not expect', 'he wanted an answer by Thursday' -> 'he wants' (never a deed: "Russia
    # did not attend" stays)
    text = w.stative_not.sub(lambda m: m.group("who") + (" do not " if m.group("who").lower().split()[-1]
                                                      in PLURAL_PRONOUNS else " does not ")
                           + m.group("verb"), text, count=1)
    # ("saw no need": a past and what follows it, "sees no need")
    text = w.stative_past.sub(lambda m: m.group("who") + " " + w.past[m.group("verb").split()[0]][
        m.group("who").lower().split()[-1] in PLURAL_PRONOUNS] + m.group("verb")[len(m.group("verb").split()[0]):]
        if m.group("verb").split()[0] in w.past else m.group(0), text, count=1)
    # what someone had when it was said they have: 'Ukraine had a legitimate government' ->
    # 'has' (never what they had as a deed: "he had a meeting with Xi", "had talks")
    text = HAD_POSSESSION.sub(lambda m: m.group("who") + (" have " if m.group("who").lower() in PLURAL_PRONOUNS
                                                          else " has "), text, count=1)
    # ... a quality they had, its noun after an adjective or a quote ('China had "very
    # effective" mediation potential', 'had great potential'; never a participle: "had sent")
    text = HAD_QUALITY.sub(lambda m: m.group(0) if any(
                               word in w.past or word in w.participles or word in AUXILIARIES
                               or word in NOT_QUALITIES or word.endswith(("ed", "en", "ly"))
                               for word in (m.group("next") or m.group("quoted") or "").lower().split())
                           else m.group("who") + (" have " if m.group("who").lower() in PLURAL_PRONOUNS
                                                  else " has "), text, count=1)
    # what had not happened yet when it was said has not happened yet now: 'Moscow had not yet
    # been informed' -> 'Moscow has not yet been informed', 'they had yet to agree' -> 'they
    # have yet to agree' (the subject: the words before it, in the first clause)
    not_yet = NOT_YET.search(text)
    if not_yet is not None and not re.search(r"[,;:“”\"]", text[:not_yet.start()]):
        subject = text[:not_yet.start()].strip()
        text = text[:not_yet.start()] + (" have " if _plural_subject(subject) else " has ") \
            + text[not_yet.end():]
    # a condition is in the present: 'will "take a pass" if either side made a deal too
    # difficult' -> 'makes', 'consequences if Putin did not agree' -> 'does not agree' (not a
    # question asked: "asked if Trump wanted")
    return unshift(present_condition(text, w), w)


def present_condition(text: str, w: Words) -> str:
    """A condition of a headline's present is in the present too: 'if Putin did not agree' ->
    'if Putin does not agree', 'if either side made' -> 'makes'; so is a time clause of a
    future: 'will be no peace in Ukraine until Moscow achieved its goals' -> 'achieves'.

    >>> present_condition("there will be no peace until Moscow achieved its goals", words())
    'there will be no peace until Moscow achieves its goals'
    >>> present_condition("Ukraine will not negotiate until the Russian troops withdrew", words())
    'Ukraine will not negotiate until the Russian troops withdraw'
    >>> present_condition("Ukraine held the town until Russia withdrew", words())
    'Ukraine held the town until Russia withdrew'
    >>> present_condition("Minsk is ready to host a summit if the four leaders agreed to it", words())
    'Minsk is ready to host a summit if the four leaders agree to it'
    """
    def present(m: re.Match[str]) -> str:
        verb = " ".join(m.group("verb").split())
        plural = m.group("subj").lower() in PLURAL_PRONOUNS or _plural_subject(m.group("subj"))  # ("if
        # the four leaders wished" -> "wish")
        if verb == "did not":
            return m.group("head") + ("do not " if plural else "does not ")
        return m.group("head") + (w.past[verb][plural] if verb in w.past else verb) + " "
    text = IF_PAST.sub(present, text, count=1)
    future = FUTURE_MAIN.search(text)
    if future is None:
        return text
    for m in FUTURE_CLAUSE.finditer(text, future.end()):
        after = list(re.finditer(r"[\w’'-]+", text[m.end():m.end() + 80]))
        for k in range(1, min(4, len(after))):
            verb = after[k].group(0)
            if verb in ("was", "were") and k + 1 < len(after) and after[k + 1].group(0) not in w.participles \
                    and not after[k + 1].group(0).endswith("ed") and not _finite([x.group(0) for x in after[:k]], w):
                # "once a ceasefire was in place" -> "is in place": the copula of a state to come
                at = m.end() + after[k].start()
                return text[:at] + ("is" if verb == "was" else "are") + text[at + len(verb):]
            if verb in w.past and verb not in AUXILIARIES and not after[k - 1].group(0).endswith("ly"):
                subject = " ".join(x.group(0) for x in after[:k])
                if _finite([x.group(0) for x in after[:k]], w) or subject[:1] in "“\"":
                    break
                plural = _plural_subject(subject) or after[k - 1].group(0).lower() in PLURAL_PRONOUNS
                at = m.end() + after[k].start()
                return text[:at] + w.past[verb][plural] + text[at + len(verb):]
        break
    return text


PLURAL_PRONOUNS = frozenset({"they", "we", "i", "you"})
NOT_YET = re.compile(r"\s+had\s+(?=(?:not|still\s+not)\s+yet\b|yet\s+to\b|not\s+so\s+far\b)")
IF_PAST = re.compile(r"(?P<head>(?<!asked\s)(?<!wondered\s)(?<!whether\s)\bif\s+(?P<subj>(?:[\w’'-]+\s+){0,2}?[\w’'-]+)\s+)"
                     r"(?P<verb>did\s+not\s+|[a-z]+ed\b\s*|made\s+|took\s+|gave\s+|went\s+)")


FUTURE_MAIN = re.compile(r"\b(?:will|won[’']t|cannot)\b")
# the main verb of reported words in the future of the past, after a subject of a few words
# (a deed to come, not a state or a judgement: "Such a meeting would make sense only once ...",
# "would be possible" stay as they are)
REPORTED_WOULD = re.compile(r"^(?P<subject>[^,;:“”\"]{1,60}?)\s+would\s+"
                            r"(?!have\b|be\b|make\s+sense\b|like\b|prefer\b|mean\b|need\b|want\b|rather\b|"
                            r"welcome\b|depend\b|remain\b|help\b|allow\b)(?=[a-z])")
FUTURE_CLAUSE = re.compile(r"\b(?:until|unless|once|as\s+soon\s+as)\s+")
TIME_PLUPERFECT = re.compile(r"(?P<head>\b(?:after|before|until|once|unless)\s+[^,;:]*?)\bhad\s+been\s+(?=[a-z]+ed\b)")
TIME_PAST_PASSIVE = re.compile(r"(?P<head>\b(?:after|before|until|once|unless)\s+[^,;:“”\"]*?\b)(?P<be>was|were)"
                               r"(?=\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en)\b)")
PROGRESSIVE = re.compile(r"\b(?P<be>was|were)\s+(?:not\s+|still\s+|now\s+)?(?P<ing>[a-z]{3,}ing)\b")
NOT_PROGRESSIVE = frozenset("nothing something anything everything during king thing morning evening "
                            "spring string".split())


PLUPERFECT = re.compile(r"\bhad\s+(?P<quote>[“\"])?(?P<neg>not\s+|never\s+)?(?P<adv>[a-z]+ly\s+)?(?P<verb>[a-z][\w-]*)\b")


# a time that lasts up to the saying, after a past perfect: "for four years", "since 2019"
LASTING = re.compile(r"[^,;:.“”\"]*?\b(?:for\s+(?:more\s+than\s+|over\s+|nearly\s+|almost\s+|about\s+)?"
                     r"(?:\w+\s+)?(?:years|months|weeks|decades|a\s+year|a\s+month|a\s+decade|a\s+long\s+time)"
                     r"|since)\b")


def unshift(text: str, w: Words) -> str:
    """The first past perfect becomes a simple past, as a desk writes reported speech: 'had
    agreed' -> 'agreed', 'had not gone through' -> 'did not go through', 'had never met' ->
    'never met', 'had jointly settled' -> 'jointly settled', 'had "never ruled out"' ->
    '"never ruled out"' (a quote's words only where the past is the same). 'had been' stays (was
    or were depends on the subject), and so does a verb we do not know."""
    def simple(m: re.Match[str]) -> str:
        if LASTING.match(m.string, m.end(), min(len(m.string), m.end() + 60)):
            # what had not happened for a time still has not: 'had not spoken with Trump for
            # four years' -> 'has not spoken', 'had not met since 2019' -> 'have not met'
            before = _words_of(m.string[:m.start()])
            plural = bool(before) and (before[-1].lower() in PLURAL_PRONOUNS or _plural_subject(
                " ".join(before[-3:])) and before[-1][:1].islower())
            return ("have" if plural else "has") + m.group(0)[3:]
        past = w.pluperfect.get(m.group("verb"))
        if past is None and (again := re.fullmatch(r"(re-?)([a-z]{3,})", m.group("verb"))) is not None \
                and (root := w.pluperfect.get(again.group(2))) is not None:
            past = again.group(1) + root  # a verb done again: 'had retaken' -> 'retook'
        if past is None and re.fullmatch(r"[a-z]{2,}ed", m.group("verb")) and not m.group("neg") \
                and not m.group("quote"):
            past = m.group("verb")  # a regular verb's participle is its past ("had pulled out")
        if past is None or m.group("verb") == "been":
            return m.group(0)
        adv = m.group("adv") or ""
        neg = (m.group("neg") or "").strip()
        if m.group("quote"):  # 'had "never ruled out"': the quoted words stay as they are
            return m.group(0)[m.start("quote") - m.start():] if past == m.group("verb") else m.group(0)
        if neg == "not":
            return f"did not {adv}{w.past[past][1]}"
        return f"{neg + ' ' if neg else ''}{adv}{past}"
    return PLUPERFECT.sub(simple, text, count=1)


# --- step 4: compression ------------------------------------------------------------------

def drop_asides(text: str, w: Words) -> str:
    """The sentence without its trailing aside (", which ...", ", adding ..."), unless the main
    verb comes after it: then the aside is inside the subject ("The proceeds, which will be due
    in 2004, will be used ...") and the sentence stays."""
    m = w.asides.search(text)
    if not m or len(_words_of(text[:m.start()])) < MIN_WORDS:
        return text
    if any(d.end("aside") == m.start() and _verb_next(text[d.end():], w) for d in NAME_DESCRIBED.finditer(text)):
        return text  # the comma closes a name's description, its verb after it: "Umerov,
        # secretary of the council, proposed to ..." is no aside "proposed to"
    if re.search(r",[”\"’]?\s+(?:will|would|is|are|was|were|has|have|had|can|could|may|might|must|should)\s",
                 text[m.end():]):
        return text  # the main verb comes after the aside: it is inside the subject (its comma
        # may stand inside a closing quote: 'which Lavrov dismissed as "propaganda," has become')
    return _quote_closed(text[:m.start()], text[m.start():])


def _quote_closed(head: str, cut: str) -> str:
    """``head`` with the closing quote mark the cut's comma stood inside of ('"laid down their
    arms and surrendered,"| including 51 ...' keeps its '"')."""
    mark = re.match(r",([”\"’'])", cut)
    if mark is not None and not _balanced(head):
        return head + mark.group(1)
    if _balanced(head) or (close := _closing_mark(head)) is None or not QUOTED_ASIDE.match(cut) \
            or close not in cut or head.lstrip()[:1] in QUOTE_MARKS + "‘'":
        return head
    # a cut at a comma inside the quote (its list's ", including ...", ", such as ..."): the
    # words before it are the speaker's as written, closed where the cut falls ('supported
    # "every effort for peace|, including the African initiative"' -> '... "every effort for
    # peace"'; the whole sentence was too long and nothing else was tried, probe_events38)
    # (never a sentence that opens on the quote: its words with no one to say them; nor a cut
    # of no comma, inside an idiom: '"for as long| as it takes"')
    return head.rstrip(",;: ") + close


# where a quote may be cut after a comma: a list's aside of its own
# (never a clause that limits or answers what was said: ", unless ...", ", although not ...",
# ", which Ukraine will never accept": cut there, the speaker's words say what he did not,
# hostile41)
QUOTED_ASIDE = re.compile(r",\s+(?:including|especially|notably|such\s+as)\b")


def _closing_mark(head: str) -> str | None:
    """The mark that closes the quote ``head`` leaves open, or None (no quote open, or one
    opened by an apostrophe's look-alike)."""
    if head.count('"') % 2:
        return '"'
    if head.count("“") > head.count("”"):
        return "”"
    if head.count("‘") > head.count("’"):
        return "’"
    return None


def drop_clauses(text: str, w: Words) -> str:
    for m in w.clauses.finditer(text):
        head = _quote_closed(text[:m.start()], text[m.start():])
        if len(_words_of(head)) >= MIN_WORDS + 1 and _last_word(head) not in w.dangling \
                and not OPEN_ASIDE.search(head) and _cut_ok(head, text[m.start():], w):
            return head
    return text


def _own_clause(text: str, w: Words, who: str | None) -> str | None:
    """A clause as a sentence of its own: its subject named ("he" -> ``who``, the person named
    before it), or "" where the subject points back to someone it cannot name."""
    pointer = w.anaphoric.match(text)
    if pointer is None:
        return _cap(text.strip())
    if who and pointer.group(0).lower() in {"he", "she"}:
        return who + text[pointer.end():].rstrip()
    return ""


ORDINAL = r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|next|last|final|latest)"
# "The first round of talks in Istanbul took place on May 16, the second one on June 2, and the
# third on July 23": a list of ordinals sharing the first item's noun and verb
ORDINAL_HEAD = re.compile(rf"^(?:The|the)\s+{ORDINAL}\s+(?P<noun>[^,;:“”\"]{{3,80}}?)\s+"
                          r"(?P<verb>took\s+place|was\s+held|were\s+held|happened|began|opened|"
                          r"started|ended|followed|came)\s+(?:on|in)\s")
ORDINAL_ITEM = re.compile(rf",\s+(?:and\s+)?the\s+(?P<nth>{ORDINAL})(?:\s+one)?\s+(?:on|in)\s+$")


def _listed_ordinal(sentence: str, start: int, end: int) -> str | None:
    """The date of a later item of a list of ordinals, told in full: "The first round of
    direct talks in Istanbul took place on May 16, the second one on June 2" -> for June 2,
    "The second round of direct talks in Istanbul took place on June 2" (a headline of the
    sentence would tell the first).

    >>> s = "The first round of talks took place on May 16, the second one on June 2."
    >>> _listed_ordinal(s, s.index("June"), s.index("June") + 6)
    'The second round of talks took place on June 2'
    """
    head = ORDINAL_HEAD.match(sentence)
    item = ORDINAL_ITEM.search(sentence, 0, start)
    if head is None or item is None or item.start() < head.end() or item.end() != start:
        return None
    verb = " ".join(head.group("verb").split())
    return f"The {item.group('nth')} {head.group('noun')} {verb} on {sentence[start:end]}"


# "... two weeks after Trump's call with Putin on Dec. 22": the date is the call's, told as a
# noun after a time preposition; as a clause, "Trump speaks by phone with Putin"
NOMINAL_ACT = re.compile(r"(?:\b(?:after|before|following|since|ahead\s+of|during|at)\s+)"
                         r"(?P<who>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})(?:’s|'s)\s+"
                         r"(?:(?:first|last|latest|recent|surprise|brief|long|lengthy|second|third|"
                         r"unannounced|planned|previous)\s+)?"
                         r"(?P<noun>phone\s+call|call|meeting|talks|summit|visit|trip)\s+"
                         r"(?P<prep>with|to|in)\s+(?P<obj>[^,;:“”\"()]{2,60}?)\s+(?:on|in)\s+$")
# ... or a noun of a happening whose actor is named after the date ("followed a trip to Kyiv on
# Sunday by the European Union's new leadership team")
NOMINAL_BY = re.compile(r"\b(?:after|before|following|followed|follows)\s+(?:a|an|the)\s+"
                        r"(?:(?:first|surprise|brief|unannounced|previous)\s+)?"
                        r"(?P<noun>visit|trip)\s+(?P<prep>to|in)\s+(?P<obj>[A-Z][^,;:“”\"()]{1,40}?)\s+(?:on|in)\s+$")
NOMINAL_AGENT = re.compile(r"\s+by\s+(?:the\s+)?(?P<who>[A-Z][^,;:.“”\"()]{2,80}?)(?=\s*[,.;:]|\s*$)")
NOMINAL_VERBS = {"phone call": "speaks by phone {prep} {obj}", "call": "speaks by phone {prep} {obj}",
                 "meeting": "meets {obj}", "talks": "holds talks {prep} {obj}",
                 "summit": "holds a summit {prep} {obj}", "visit": "visits {obj}",
                 "trip": "travels {prep} {obj}"}


def _nominal_act(sentence: str, start: int, end: int) -> str | None:
    """The clause of a date that dates a noun of a happening after a time preposition.

    >>> s = "The talks came two weeks after Trump's call with Putin on Dec. 22."
    >>> _nominal_act(s, s.index("Dec."), s.index("Dec.") + 7)
    'Trump speaks by phone with Putin on Dec. 22'
    >>> s = "The visit followed a trip to Kyiv on Sunday by the European Union's new leadership team."
    >>> _nominal_act(s, s.index("Sunday"), s.index("Sunday") + 6)
    "European Union's new leadership team travels to Kyiv on Sunday"
    >>> s = "Zelensky returned to Kyiv after his meeting with Trump on Monday."
    >>> _nominal_act(s, s.index("Monday"), s.index("Monday") + 6) is None
    True
    """
    m = NOMINAL_ACT.search(sentence, max(0, start - 160), start)
    if m is None or m.end() != start:
        # ("The visit followed a trip to Kyiv on Sunday by the EU's new leadership team": who
        # acts is named after the date)
        m = NOMINAL_BY.search(sentence, max(0, start - 160), start)
        by = NOMINAL_AGENT.match(sentence, end) if m is not None and m.end() == start else None
        if by is None:
            return None
        noun = " ".join(m.group("noun").split())
        act = NOMINAL_VERBS[noun].format(prep=m.group("prep") if noun == "trip" else "", obj=m.group("obj"))
        return f"{_cap(by.group('who'))} {' '.join(act.split())} on {sentence[start:end]}"
    noun = " ".join(m.group("noun").split())
    prep = m.group("prep") if m.group("prep") != "to" or noun == "trip" else ""
    act = NOMINAL_VERBS[noun].format(prep=prep, obj=m.group("obj")).replace("  ", " ")
    if noun == "meeting" and m.group("prep") == "in":
        act = f"meets in {m.group('obj')}"
    return f"{m.group('who')} {act} on {sentence[start:end]}"


SAME_DAY_COUNT = re.compile(r"(?i)(?:(?:a\s+few|several|some|just|only|two|three)\s+)?(?:hours|minutes|moments)\b")


GERUND_OPENING = re.compile(r"\s*([a-z]{3,}ing)\b")


# a place opening a sentence before its subject ("In Dresden, the Pegida movement")
PLACED_HEAD = re.compile(r"(?:In|At|From|Near|Outside|Inside)\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2},\s+(?=\S)")


def _main_subject(text: str, w: Words) -> str | None:
    """The subject a sentence opens on, up to its first verb, if it is a few words and no
    clause ("German Chancellor Angela Merkel and French President François Hollande| were due
    to meet ...").

    >>> _main_subject("Merkel and Hollande were due to meet Putin on Friday, ", words())
    'Merkel and Hollande'
    >>> _main_subject("On Friday, the leaders met", words()) is None
    True
    """
    tokens = list(re.finditer(r"[\w’'-]+|[,;:“”\"()—–]", text))
    for k, t in enumerate(tokens[:SUBJECT_WORDS_MAIN]):
        word = t.group(0)
        if not re.fullmatch(r"[\w’'-]+", word):
            return None
        low = word.lower()
        if k and (low in AUXILIARIES or low in w.verb_forms and low not in w.noun_verbs and word.islower()):
            subject = text[:t.start()].strip()
            return subject if subject[:1].isupper() and subject.split()[0] not in w.opener_words else None
    return None


SUBJECT_WORDS_MAIN = 12  # words of a subject read before its verb (to_present reads as many)


def dated_clause(sentence: str, start: int, end: int, w: Words | None = None,
                 who: str | None = None, people: tuple[tuple[int, str], ...] = ()) -> str | None:
    """The clause a date (``sentence[start:end]``) sits in, when that clause tells of another
    time than the sentence's main clause: "The talks are set against a reversal of US policy
    since Trump took office in January" -> "Trump took office in January" (January dates
    Trump's taking office, not the talks). Only after a subordinator of ``time_clauses`` (or
    ``contrast_clauses``: "..., though White House officials said Monday ...") whose
    clause has a subject and a verb of its own before the date, up to the first comma after
    the date (or the sentence's end); or, in a sentence opening on a pointer ("That timetable
    ..."), a "when" clause right after the date, which says what happened then ("... the
    deadline Trump set earlier in July, when he gave Russia 50 days").
    None elsewhere. A subject "he" or "she" is ``who`` (the person named before it); "" where
    the clause's subject points back otherwise ("since the latter was elected ..."): a
    headline of the clause would not say who, and one of the sentence would tell of another
    time. ``people``: the people named in the sentence, (offset, name): a subordinate clause's
    "he" is the main clause's subject, the first of them named before the clause ("Trump
    said ... after he hosted Zelensky on Sunday", "Trump spoke with Putin after he hosted
    Zelensky": Trump).

    >>> dated_clause("Talks began after Russia and Ukraine agreed on Monday to meet.", 47, 53)
    'Russia and Ukraine agreed on Monday to meet.'
    >>> dated_clause("Kyiv has fought separatists since 2014.", 34, 38) is None
    True
    >>> dated_clause("That matches the deadline Trump set in July, when he gave Russia 50 days.", 36, 43,
    ...              who="Trump")
    'Trump gave Russia 50 days.'
    >>> s = "Russia has escalated its air campaign, launching more than 800 drones on Sept. 7."
    >>> dated_clause(s, s.index("on Sept"), len(s) - 1)
    'Russia launches more than 800 drones on Sept. 7'
    >>> s = "He said the people of Crimea, which Russia annexed in 2014, were happy."
    >>> dated_clause(s, s.index("2014"), s.index("2014") + 4)
    'Russia annexed Crimea in 2014'
    >>> s = "Kyiv handed over 124 people, including officers charged over the killings in 2014."
    >>> dated_clause(s, s.index("2014"), s.index("2014") + 4) is None
    True
    >>> s = "Trump said a deal was closer after he hosted Zelensky in Florida on Sunday."
    >>> dated_clause(s, s.index("on Sunday"), len(s) - 1, who="Zelensky", people=((0, "Trump"), (44, "Zelensky")))
    'Trump hosted Zelensky in Florida on Sunday.'
    >>> s = "Peskov spoke of the meeting, which Lavrov proposed to hold in Istanbul on June 2."
    >>> dated_clause(s, s.index("on June 2"), len(s) - 1)
    'Lavrov proposed to hold the meeting in Istanbul on June 2.'
    >>> s = "His remarks came as leaders gathered for the U.N. climate summit COP27 in Sharm El-Sheikh, which opened on Sunday."
    >>> dated_clause(s, s.index("on Sunday"), s.index("on Sunday") + 9)
    'The U.N. climate summit COP27 in Sharm El-Sheikh opened on Sunday.'
    >>> s = "Kozak has tied the Berlin summit, which Kyiv had hoped for in April, to progress on the council."
    >>> dated_clause(s, s.index("in April"), s.index("in April") + 8)
    'Kyiv had hoped for the Berlin summit in April'
    >>> s = "Trump had set Thursday, though White House officials said Monday the deadline could slip."
    >>> dated_clause(s, s.index("Monday"), s.index("Monday") + 6)
    'White House officials said Monday the deadline could slip.'
    >>> s = "Zelensky met Trump in Rome, though the two spoke for only 15 minutes on Saturday."
    >>> dated_clause(s, s.index("on Saturday"), s.index("on Saturday") + 11) is None
    True
    >>> s = "Hours before Zelensky arrived, Mr Trump spoke with Vladimir Putin by phone."
    >>> dated_clause(s, 0, len("Hours before")) is None
    True
    >>> s = "Moscow will not discuss Crimea, which rejoined Russia in March 2014, and sees Donbas as Kyiv's matter."
    >>> dated_clause(s, s.index("in March"), s.index("in March") + 13)
    'Crimea rejoined Russia in March 2014'
    >>> s = "Putin pardoned her after meeting relatives of the Russian journalists who were killed in June 2014."
    >>> dated_clause(s, s.index("in June"), s.index("in June") + 12)
    'The Russian journalists were killed in June 2014'
    >>> s = "The first round produced a 1,000-for-1,000 prisoner exchange, which was completed on May 25."
    >>> dated_clause(s, s.index("on May 25"), len(s) - 1)
    'A 1,000-for-1,000 prisoner exchange was completed on May 25.'
    >>> s = "Sybiha said it came late, a reference to the ceasefire that Kyiv had accepted in March."
    >>> dated_clause(s, s.index("in March"), s.index("in March") + 8)
    'Kyiv had accepted the ceasefire in March'
    >>> s = "The talks came a day after Russia attacked Odesa, with 100 drones hitting the port on Thursday."
    >>> dated_clause(s, s.index("on Thursday"), s.index("on Thursday") + 11)
    'Russia attacked Odesa'
    >>> s = "The ultimatum for Russia to accept a ceasefire, which expired on Monday, passed quietly."
    >>> dated_clause(s, s.index("on Monday"), s.index("on Monday") + 9)
    'The ultimatum for Russia to accept a ceasefire expired on Monday'
    >>> s = "The call came a day after Russia freed Marc Fogel, a teacher held since 2021."
    >>> dated_clause(s, s.index("a day after"), s.index("a day after") + 11)
    'Russia freed Marc Fogel'
    >>> s = "The address came as allies of Alexei Navalny prepared for his funeral on Friday."
    >>> dated_clause(s, s.index("on Friday"), s.index("on Friday") + 9)
    'Allies of Alexei Navalny prepared for his funeral on Friday'
    >>> s = "It came as EU leaders prepared for a summit on Thursday."
    >>> dated_clause(s, s.index("on Thursday"), s.index("on Thursday") + 11)
    'EU leaders prepared for a summit on Thursday'
    >>> s = "The Council approved Andrei Belousov as minister, two days after Putin nominated him."
    >>> dated_clause(s, s.index("two days after"), s.index("two days after") + 14)
    'Putin nominated Andrei Belousov'
    >>> s = "It came a day after Kirill Dmitriev, a Putin envoy, held talks in Washington."
    >>> dated_clause(s, s.index("a day after"), s.index("a day after") + 11)
    'Kirill Dmitriev held talks in Washington'
    >>> s = "Trump called for a ceasefire and urged Putin to act, a day after he met Zelensky in Paris."
    >>> dated_clause(s, s.index("a day after"), s.index("a day after") + 11, who="Putin",
    ...              people=((0, "Trump"), (s.index("Putin"), "Putin")))
    'Trump met Zelensky in Paris'
    >>> s = 'The attack came two days after Putin told Trump that Moscow would "have to respond".'
    >>> dated_clause(s, s.index("two days after"), s.index("two days after") + 14)
    'Putin told Trump that Moscow would "have to respond"'
    >>> s = "They gave Kyiv until Thanksgiving, 27 November, to answer the plan that Driscoll presented on Thursday."
    >>> dated_clause(s, s.index("on Thursday"), s.index("on Thursday") + 11)
    'Driscoll presented the plan on Thursday'
    >>> s = "Maria Kolesnikova, whom the border guards say they detained on 8 September, is in custody."
    >>> dated_clause(s, s.index("on 8 September"), s.index("on 8 September") + 14)
    'The border guards say they detained Maria Kolesnikova on 8 September'
    >>> s = "The joint news conference, at which Trump said he saw no reason for it in 2016, caused an uproar."
    >>> dated_clause(s, s.index("in 2016"), s.index("in 2016") + 7) is None
    True
    >>> s = "The FSB said it broke up a network on the peninsula, and that an officer died on Sunday."
    >>> dated_clause(s, s.index("on Sunday"), s.index("on Sunday") + 9) is None
    True
    >>> s = "The pause in the bombing of Aleppo that Putin offered in Berlin began on Thursday and ended on Saturday."
    >>> dated_clause(s, s.index("on Thursday"), s.index("on Thursday") + 11) is None
    True
    >>> dated_clause(s, s.index("on Saturday"), s.index("on Saturday") + 11) is None
    True
    >>> s = "Russian forces pressed an offensive in the Donbas that Moscow launched in mid-April."
    >>> dated_clause(s, s.index("in mid-April"), s.index("in mid-April") + 12)
    'Moscow launched an offensive in the Donbas in mid-April'
    >>> s = "Ukraine's new operator, GTSOU, which is due to take over on 1 January, will sign."
    >>> dated_clause(s, s.index("on 1 January"), s.index("on 1 January") + 12)
    'GTSOU is due to take over on 1 January'
    >>> s = "It could come after a new round of talks, which Turkish officials say could be held in October."
    >>> dated_clause(s, s.index("in October"), len(s) - 1)
    'Turkish officials say a new round of talks could be held in October.'
    >>> s = "The company pays the $2.9 billion that the Stockholm court awarded Kyiv in February 2018."
    >>> dated_clause(s, s.index("in February"), s.index("in February") + 16)
    'The Stockholm court awarded Kyiv the $2.9 billion in February 2018'
    >>> s = "The president made his first trip after his inauguration to Brussels on June 4 and 5."
    >>> dated_clause(s, s.index("on June 4"), len(s) - 1) is None
    True
    >>> s = "The real prize is a Normandy summit, which Paris hopes to host in September."
    >>> dated_clause(s, s.index("in September"), s.index("in September") + 12)
    'Paris hopes to host a Normandy summit in September.'
    >>> s = "Russia and Belarus are holding the Zapad-2025 exercises, which began on Friday and are due to end on Tuesday."
    >>> dated_clause(s, s.index("on Friday"), s.index("on Friday") + 9)
    'The Zapad-2025 exercises began on Friday'
    >>> s = "They landed ahead of the forum, which opens on Friday and runs until Sunday."
    >>> dated_clause(s, s.index("Sunday"), s.index("Sunday") + 6)
    'The forum runs until Sunday.'
    >>> s = "The aid that was frozen in July and released in September has long arrived."
    >>> dated_clause(s, s.index("in September"), s.index("in September") + 12)
    'The aid was released in September'
    >>> s = "Zelensky said at the weekend that the United States wanted the war to end by June."
    >>> dated_clause(s, s.index("June"), s.index("June") + 4) is None
    True
    >>> s = "He told wounded soldiers at a Moscow hospital that the drone had been launched on Tuesday."
    >>> dated_clause(s, s.index("on Tuesday"), s.index("on Tuesday") + 10) is None
    True
    >>> s = "Zelenskiy, a former television comedian who won the presidency in April, is pushing for a summit."
    >>> dated_clause(s, s.index("in April"), s.index("in April") + 8)
    'Zelenskiy won the presidency in April'
    >>> s = "Peskov questioned the legitimacy of the Ukrainian president, whose term expired in May 2024."
    >>> dated_clause(s, s.index("in May"), s.index("in May") + 11)
    "The Ukrainian president's term expired in May 2024."
    >>> s = "Lavrov saw no alternative to the talks in Belarus, whose third round took place on Monday."
    >>> dated_clause(s, s.index("on Monday"), s.index("on Monday") + 9)
    'Third round of the talks in Belarus took place on Monday.'
    >>> s = "Kirill Vyshinsky, the head of RIA Novosti Ukraine, whom a Kyiv court released on August 28, is on the plane."
    >>> dated_clause(s, s.index("on August"), s.index("on August") + 12)
    'A Kyiv court released Kirill Vyshinsky on August 28'
    >>> s = "In Dresden, the Pegida movement, which marched again on Monday, announced a rally."
    >>> dated_clause(s, s.index("on Monday"), s.index("on Monday") + 9)
    'The Pegida movement marched again on Monday'
    >>> s = "Putin acknowledged for the first time that Russian air defenses were responsible for the crash in December."
    >>> dated_clause(s, s.index("in December"), s.index("in December") + 11) is None
    True
    >>> s = "The seat of Foreign Minister Sergey Lavrov, who is expected to speak on Saturday, was empty."
    >>> dated_clause(s, s.index("on Saturday"), s.index("on Saturday") + 11)
    'Sergey Lavrov is expected to speak on Saturday'
    >>> s = "Budanov was appointed, replacing Andriy Yermak, who resigned in late November."
    >>> dated_clause(s, s.index("in late"), len(s) - 1)
    'Andriy Yermak resigned in late November.'
    >>> s = "Glasgow-based volunteer Iain McLeod, who returned from Kharkiv on Friday, said it was hard."
    >>> dated_clause(s, s.index("on Friday"), s.index("on Friday") + 9)
    'Glasgow-based volunteer Iain McLeod returned from Kharkiv on Friday'
    >>> s = "Moscow has said the troops are holding drills, and Defense Minister Sergei Shoigu on Thursday ordered the troops back to their bases by May 1."
    >>> dated_clause(s, s.index("May 1"), s.index("May 1") + 5)
    'Defense Minister Sergei Shoigu on Thursday ordered the troops back to their bases by May 1.'
    >>> s = "It was overshadowed by a feud with Elon Musk, who left last week and spent Thursday attacking Trump."
    >>> dated_clause(s, s.index("last week"), s.index("last week") + 9)
    'Elon Musk left last week'
    >>> s = "Merkel and Hollande were due to meet Putin on Friday, a day after presenting their plan to Poroshenko."
    >>> dated_clause(s, s.index("a day after"), s.index("a day after") + 11)
    'Merkel and Hollande present their plan to Poroshenko'
    >>> s = 'The envoys were withdrawn after Mr. Biden said in March that he thought Mr. Putin was a "killer."'
    >>> dated_clause(s, s.index("in March"), s.index("in March") + 8)
    'Mr. Biden said in March that he thought Mr. Putin was a "killer."'
    """
    w = w or words()
    if COUNTED_TO.search(sentence, start, end) and SAME_DAY_COUNT.match(sentence, start):
        return None  # "Hours before Zelensky arrived, Trump spoke with Putin": one day, whose news
        # is the main clause's (the arrival is what the hours count from)
    if COUNTED_TO.search(sentence, start, end):
        # a count from another happening ("The call came a day after Russia freed Marc Fogel"):
        # the date is the clause's the count opens
        def verbed(clause: str) -> bool:
            return any(t.lower() in w.verb_forms and t.lower() not in w.noun_verbs
                       or t.islower() and t.endswith("ed") and len(t) > 4
                       for t in _words_of(clause)[1:])

        told = COUNTED_CLAUSE.match(sentence, end)
        clause = told.group("clause") if told is not None else ""
        if told is not None and not verbed(clause) \
                and (aside := COUNTED_APPOSITION.match(sentence, told.end())) is not None \
                and (rest := COUNTED_CLAUSE.match(sentence, aside.end())) is not None:
            # (who the subject is, in apposition: "a day after Kirill Dmitriev, the head of
            # Russia's sovereign wealth fund, held talks in Washington")
            clause = f"{clause} {rest.group('clause')}"
        if told is None or not verbed(clause):
            return None
        if (gerund := GERUND_OPENING.match(clause)) is not None \
                and (doing := _progressive().get(gerund.group(1))) is not None:
            # a count from what the main clause's subject did ("Merkel and Hollande were due to
            # meet Putin on Friday, a day after presenting their plan to Poroshenko in Kiev"):
            # that subject did it ("Presenting their plan ..." was a title, probe_events58)
            subject = _main_subject(sentence[:start], w)
            if subject is None:
                return None
            return f"{subject} {doing[1] if _plural_subject(subject) else doing[0]}{clause[gerund.end(1):]}"
        # ("he" is the main clause's subject, the first named: "Trump called for a ceasefire
        # and urged Putin to act, a day after he met Zelensky" is Trump's meeting)
        before = [name for at, name in people if at < start]
        own = _own_clause(clause, w, before[0] if before else who)
        # ... and "him" the one the main clause named last before the count ("approved Andrei
        # Belousov as defence minister, two days after Putin nominated him" -> "Putin
        # nominated Andrei Belousov"), never the count's own subject
        if own and (pointer := OBJECT_HIM.search(own)) is not None:
            named = [n.group(0) for n in TWO_NAMES.finditer(sentence, 0, start)]
            named = [n for n in named if n not in own[:pointer.start()] and n.split()[0] not in w.opener_words
                     and n.split()[0] not in ("The", "A", "An") and n.split()[-1] not in ORGANISATION_WORDS]
            if named:
                own = own[:pointer.start()] + named[-1] + own[pointer.end():]
        return own
    if (came := CAME_AS.match(sentence)) is not None and came.end() <= start:
        # "The address came as allies of Navalny prepared for his funeral on Friday": the
        # date is the clause's that "came as" opens
        told = COUNTED_CLAUSE.match(sentence, came.end() - 1)
        if told is not None and told.end() >= end:
            return _own_clause(told.group("clause"), w, who)
    if (listed := _listed_ordinal(sentence, start, end)) is not None:
        return listed
    if (named := _nominal_act(sentence, start, end)) is not None:
        return named
    if (gapped := _gapped_clause(sentence, start, end, w)) is not None:
        return gapped

    def clause_verb(tokens: list[str]) -> bool:
        # (a clause's own verb: "to" is none, "after his inauguration to Brussels on June 4"
        # is a phrase)
        return any(t.lower() in w.verb_forms and t.lower() not in w.noun_verbs and t.lower() != "to"
                   or t.islower() and t.endswith("ed") and len(t) > 4 for t in tokens)

    left = sentence[:start]
    # "..., adding that the troops would be back by 1 May": the date is in the added words
    added = list(ADDING.finditer(left))
    if added and who and not re.search(r"[;:“”\"]", left[added[-1].end():]) \
            and left[added[-1].end():].count(",") % 2 == 0:
        stop = re.search(r"[,;:—–]\s|[“”\"]", sentence[end:])
        words_said = sentence[added[-1].end():end + (stop.start() if stop else len(sentence) - end)]
        said = _own_clause(words_said, w, who)
        if not said:
            return ""
        if said.split()[0] in ("The", "A", "An") or words_said.lstrip()[:1].islower():
            said = said[0].lower() + said[1:]  # as the sentence wrote it ("talks would ...")
        return f"{who} said {said}"
    if (second := _second_that(sentence, start, end, w)) is not None:
        return second
    if (second := _coordinate_clause(sentence, start, end, w)) is not None:
        return second
    if (second := _subject_predicate(sentence, start, end, w)) is not None:
        return second
    subordinators = list(w.time_clause.finditer(left))
    if subordinators and not left[subordinators[-1].end():].strip() \
            and subordinators[-1].group(0).strip().lower() in ("until", "till"):
        subordinators.pop()  # "runs until| Sunday": the date's own preposition, no clause
    if subordinators and subordinators[-1].group(0).strip().lower() == "when" and not any(
            m.type in ("DATE", "TIME") for m in find_mentions(left[:subordinators[-1].start()],
                                                              _timex_rules())):
        subordinators.pop()  # "Putin offered talks when he spoke to reporters on Sunday": the
        # two clauses happen together; but after a date of the main clause's own ("took a new
        # hit on Monday, when Gazprom said it would cut flows ... from Wednesday") the "when"
        # clause's other date is its own
    if (reported := _reported_on_day(sentence, start, end, w, who)) is not None \
            and not any(m.start() > sentence.rfind(" that ", 0, start) for m in subordinators):
        return reported
    if subordinators:
        # "until Thanksgiving, 27 November, to respond to the plan that Driscoll presented on
        # Thursday": no verb before the first comma, a phrase, not a clause the date is in
        # (unless its verb follows an aside: "since Kyiv, a city of three million, was shelled")
        opened_on = left[subordinators[-1].end():]
        comma = opened_on.find(",")
        if comma >= 0 and not clause_verb(_words_of(opened_on[:comma])[1:] or [""]):
            aside_end = opened_on.find(",", comma + 1)
            verb_after = _words_of(opened_on[aside_end + 1:])[:1] if aside_end >= 0 else []
            if not (verb_after and verb_after[0].lower() != "to"
                    and (verb_after[0] in AUXILIARIES or clause_verb(verb_after))):
                subordinators = []
    if subordinators and re.search(r"(?:,\s+|(?<=[a-z])\s+)(?:which|who|whom|whose)\s", left[subordinators[-1].end():]):
        # "after a new round of talks in Istanbul, which Turkish officials say could be held
        # in October": the relative clause nearer the date is the date's (a restrictive one too:
        # "after meeting relatives of two journalists who were killed in June 2014")
        subordinators = []
    if not subordinators and (joined := _joined_clause(sentence, start, end, w, clause_verb)):
        return joined
    if not subordinators and (relative := _relative_clause(sentence, start, end, w, clause_verb)) is not None:
        return _own_clause(relative, w, who) if relative else ""
    if not subordinators and (participle := _participle_clause(sentence, start, end, w)):
        return participle
    if not subordinators and (sequenced := _sequenced_clause(sentence, start, end, w)):
        return sequenced
    if not subordinators:
        # only for a sentence opening on a pointer ("That timetable would match ..."): where
        # the sentence names its subject, its main clause is as much of that time
        after = re.match(r",?\s+when\s+(?P<clause>[^,;:“”\"—–()]+)", sentence[end:])
        if after is None or not w.anaphoric.match(sentence) \
                or not clause_verb(_words_of(after.group("clause"))[1:]):
            return _reduced_relative(sentence, start, end, w)
        return _own_clause(after.group("clause"), w, who) or None
    opened = subordinators[-1]
    inside = left[opened.end():]
    # "... came a day after Russia launched one of its largest attacks on Kyiv, with around 500
    # drones striking the capital on Saturday": the date is in the clause's own "with" phrase,
    # which tells how it happened; the clause ends at its comma
    told_how = WITH_HOW.search(inside)
    if told_how is not None and "," not in inside[:told_how.start()]:
        clause = inside[:told_how.start()]
        tokens = _words_of(clause)
        if len(tokens) > 2 and clause_verb(tokens[1:]) and not re.search(r"[;“”\"]", clause):
            before = [name for at, name in people if at < opened.start()]
            return _own_clause(clause, w, before[0] if before else who) or None
    if inside.count(",") % 2 or ";" in inside or any(q in inside for q in "“”\""):
        return None  # a comma between them ends the clause, unless it closes an aside
    closing = [m.end() for k, m in enumerate(re.finditer(r",\s*", inside)) if k % 2]
    if any(not inside[at:at + 1].islower() for at in closing):
        return None  # "After the meeting, whom ..., Trump announced": the main clause goes on
    tokens = _words_of(inside)
    if len(tokens) < 2 or not clause_verb(tokens[1:]):
        return None  # "since 2014", "after talks in Riyadh on": a phrase, not a clause
    first = next(k for k in range(1, len(tokens)) if clause_verb(tokens[k:k + 1]))
    verb_at = re.search(rf"(?<![\w’'-]){re.escape(tokens[first])}(?![\w’'-])", inside)
    if tokens[first - 1].lower() in ("and", "or", "but") or verb_at and re.search(
            r"\b(?:and|or|but)\s*,", inside[:verb_at.start()]):
        # ("since August 2024 and, according to the Russian military, tried to ...": the
        # verb after "and, <aside>," is the sentence's own too)
        # "a call with Trump after the summit and would travel to Washington on Monday": the
        # verb after "and" is the sentence's own, the subordinator's is a phrase; the date is
        # that second predicate's
        return _second_predicate(sentence, start, end)
    stop = _clause_stop(sentence[end:])
    clause = sentence[opened.end():end + (stop if stop is not None else len(sentence) - end)]
    before = [name for at, name in people if at < opened.start()]
    own = _own_clause(clause, w, before[0] if before else who)
    if not own and " ".join(opened.group(0).lower().split()) in w.contrasts:
        return None  # "..., though the two spoke for only 15 minutes on Saturday": the same
        # happening told on, whose main clause says who
    return own


OWNED_NAME = re.compile(r"[A-Z][\w-]*(?:’s|'s)\s+(?:[a-z][\w-]*\s+){1,4}"
                        r"(?P<name>[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2})")


def _owned_name(phrase: str, w: Words) -> str | None:
    """The name a phrase of an owner and a description ends on, when it names a person the
    registry knows or a body of more than one word or in capitals ("Putin's aide Ushakov",
    "Russia's leading independent newspaper Novaya Gazeta", "Russia's state news agency TASS"):
    who the phrase is; else None.

    >>> _owned_name("Russia's leading independent newspaper Novaya Gazeta", words())
    'Novaya Gazeta'
    >>> _owned_name("Russia's defence ministry", words()) is None
    True
    """
    owned = OWNED_NAME.fullmatch(phrase)
    if owned and (owned.group("name") in w.people or " " in owned.group("name")
                  or owned.group("name").isupper()):
        return owned.group("name")
    return None


CLAUSE_STOP = re.compile(r"[,;:—–]\s|[“”\"]")


def _clause_stop(text: str) -> int | None:
    """Where the clause that ``text`` goes on ends: at a comma, a semicolon, a colon or a dash,
    or at a quote mark, but for a quote that opens and closes in it (its words are the clause's
    own: 'said in March that he thought Putin was a "killer."'); None where it runs to the end.

    >>> _clause_stop(' that he thought Mr. Putin was a "killer." He left.')
    >>> _clause_stop(' that talks went well, he said.')
    21
    >>> _clause_stop(' in Istanbul “to talk')
    13
    """
    pos = 0
    while (m := CLAUSE_STOP.search(text, pos)) is not None:
        mark = m.group(0)[0]
        if mark == "“" or mark == "\"" and (m.start() == 0 or text[m.start() - 1].isspace()):
            close = text.find("”" if mark == "“" else "\"", m.end())
            if close >= 0:
                pos = close + 1
                continue
        return m.start()
    return None


# "Zelensky said on Saturday that the talks had been "constructive" and that a further meeting
# could take place as early as next week": the speaker, the verb and its "that"; the second
# "that" of the same verb
SAID_FRAME = re.compile(r"^(?P<role>(?:[A-Z][\w’'.-]*\s+){0,3}(?:(?!(?:and|or|of|with|for|to|in|on|at|the|a|an)\b)"
                        r"[a-z][\w-]*\s+){1,3}(?=(?:[A-Z][\w’'.-]*\s+){0,2}[A-Z]))?"
                        # (a role in lower case before the name goes: "Kremlin spokesman| Dmitry Peskov")
                        r"(?P<who>(?:[A-Z][\w’'.-]*\s+){0,4}[A-Z][\w’'.-]*)\s+(?P<verb>said|says|told\s+(?:[a-z]+\s+)?"
                        r"[a-z]+|announced|confirmed|stated|added|wrote)\b(?P<between>[^,;:“”\"]{0,60}?)\s+that\s+")
SECOND_THAT = re.compile(r",?\s+and\s+that\s+")


def _second_that(sentence: str, start: int, end: int, w: Words) -> str | None:
    """What a speaker said in the second "that" clause of one verb, when the date is in it:
    the speaker, the verb, that clause ("... said on Saturday that the talks had been
    "constructive" and that a further meeting could take place as early as next week" -> "...
    said that a further meeting could take place as early as next week"); the first clause
    tells the sentence's other date.

    >>> s = 'Zelensky said on Saturday that the talks had been "constructive" and that a further meeting could take place next week.'
    >>> _second_that(s, s.index("next week"), s.index("next week") + 9, words())
    'Zelensky said that a further meeting could take place next week'
    >>> s = 'Kremlin spokesman Dmitry Peskov said on Thursday that the talks went well and that work would begin next week.'
    >>> _second_that(s, s.index("next week"), s.index("next week") + 9, words())
    'Dmitry Peskov said that work would begin next week'
    >>> s = 'Russia and Ukraine said on Friday that talks went well and that work would begin next week.'
    >>> _second_that(s, s.index("next week"), s.index("next week") + 9, words()) is None  # not "Ukraine said"
    True
    """
    frame = SAID_FRAME.match(sentence)
    if frame is None or frame.end() > start:
        return None
    seconds = [m for m in SECOND_THAT.finditer(sentence, frame.end(), start)]
    if not seconds or re.search(r"[;:]", sentence[frame.end():start]):
        return None
    opened = seconds[-1]
    if any(q in sentence[opened.end():start] for q in "“”\"") or "," in sentence[opened.end():start]:
        return None  # the date is in a quote, or past the clause's end
    stop = re.search(r"[,;:—–]\s|[“”\"]|\.\s*$", sentence[end:])
    said = sentence[opened.end():end + (stop.start() if stop else len(sentence) - end)].strip()
    if len(_words_of(said)) < MIN_WORDS or w.anaphoric.match(said) \
            or re.match(r"(?:their|his|her|its)\b", said, re.IGNORECASE):
        return None  # ("their visit could take place this week": whose, the first clause says)
    return f"{frame['who']} {frame['verb']} that {said}"


# a sentence of what came while something else happened ("The address came as ...")
CAME_AS = re.compile(r"(?:(?:The|A|An|Its|His|Her|Their)\s+[^,;:“”\"]{2,60}?|It|This|That)\s+(?:came|comes)\s+(?:just\s+)?as\s")
OBJECT_HIM = re.compile(r"(?<=[a-z]\s)(?:him|her)\b(?!\s+(?:own|[a-z]+s)\b)")  # a verb's object, not "her own"
TWO_NAMES = re.compile(r"(?<![\w’'-])[A-Z][a-z][\w’'-]*(?:\s+[A-Z][a-z][\w’'-]*){1,2}(?![\w’'-])")
COUNTED_TO = re.compile(r"\b(?:after|before)\s*$")  # a date that is a count: "a day after"
# (a quote inside it is its own: "after Putin told Trump that Moscow would "have to respond"")
COUNTED_CLAUSE = re.compile(r"\s+(?P<clause>(?:[^,;:“”\"()—–]|“[^“”]*”|\"[^\"]*\"){8,}?)(?=\s*(?:[,;:()—–]|$|\.\s*$))")
# who a counted clause's subject is, between commas ("..., the head of Russia's sovereign wealth
# fund and one of Putin's envoys, ..."), up to the space before the clause's verb
COUNTED_APPOSITION = re.compile(r",\s+(?:the|a|an|one\s+of|his|her|its|their)\s+[^,;:“”\"()—–]{3,120}?,(?=\s)")
WITH_HOW = re.compile(r",\s+with\s+[^,;:“”\"]*?(?<!\bof\s)(?<!\bfor\s)(?<!\bby\s)\b[a-z]{3,}ing\b[^,;:“”\"]*$")  # ", with 500 drones striking"

# "Zelensky ... said he had a call with Trump after the summit and would travel to Washington
# on Monday": who said it, the subject of what was said, and the predicate after "and"
SAID_THEN = re.compile(r"(?P<who>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*)(?:,[^,]{1,80},)?\s+"
                       r"(?P<verb>said|says|told\s+reporters)\s+(?:that\s+)?(?P<subject>he|she|they|it|we)\s+"
                       r"[^;:]*?\s+and\s+(?P<then>(?:would|will|could|can|should|might|may)\s+"
                       r"[a-z][^;:“”\"]*)$")


def _second_predicate(sentence: str, start: int, end: int) -> str | None:
    """The clause of a date that stands in a second predicate of reported words ("X said he had
    a call after the summit and would travel to Washington on Monday" -> "X said he would
    travel to Washington on Monday"). None elsewhere.

    >>> s = "Zelensky said he had a call with Trump after the summit and would travel to Washington on Monday."
    >>> _second_predicate(s, s.index("Monday"), s.index("Monday") + 6)
    'Zelensky said he would travel to Washington on Monday'
    """
    stop = re.search(r"[,;:—–]\s|[“”\"]|\.$", sentence[end:])
    m = SAID_THEN.search(sentence, 0, end + (stop.start() if stop else len(sentence) - end))
    if m is None or m.start("then") > start:
        return None
    return f"{m['who']} {m['verb']} {m['subject']} {m['then']}"


# ", and on Saturday, 24 May, another 307 servicemen returned": a clause of its own, joined to
# the sentence's, opening on its date
JOINED = re.compile(r"(?:,|;)\s+(?:and|but|while)\s+(?:(?:on|in|at|by|late|early|then)\s+)?$")


def _joined_clause(sentence: str, start: int, end: int, w: Words, clause_verb) -> str | None:
    """The clause a date opens after "and" ("On Friday 390 were freed, and on Saturday, 24 May,
    another 307 servicemen returned" -> "Another 307 servicemen returned"): its subject and
    verb follow the date, up to the next comma. None elsewhere.

    >>> s = "On Friday 390 were freed, and on Saturday another 307 servicemen returned."
    >>> verb = lambda tokens: any(t in words().verb_forms for t in tokens)
    >>> _joined_clause(s, s.index("Saturday"), s.index("Saturday") + 8, words(), verb)
    'Another 307 servicemen returned'
    """
    if JOINED.search(sentence, max(0, start - 40), start) is None:
        return None
    m = re.match(r",?\s+(?P<clause>[^,;:“”\"()]{3,160}?)(?=[,;:.!?]|$)", sentence[end:])
    if m is None:
        return None
    tokens = _words_of(m["clause"])
    if len(tokens) < 2 or clause_verb(tokens[:1]) or not _finite(tokens[1:], w):
        return None  # "... and on Saturday signed": the sentence's own subject, no clause
    return _cap(m["clause"].strip())


COORDINATE = re.compile(r"(?:,\s+and|;)\s+")  # where a sentence's second clause starts
CLAUSE_REACH = 200  # characters before a date where its second clause may start
# a name listed before ", and": "the United States, Russia, and Ukraine" is a list of three
LIST_ITEM = re.compile(r",\s+(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}$")


def listed(text: str, at: int) -> bool:
    """Is the ", and" at ``at`` the last comma of a list of names ("Witkoff, Kushner, and
    Putin met"), not the start of a second clause?

    >>> listed("Officials from the United States, Russia, and Ukraine met.", 40)
    True
    >>> listed("Moscow said the troops held drills, and Shoigu ordered them back.", 34)
    False
    """
    return LIST_ITEM.search(text, max(0, at - 80), at) is not None


def second_clause(text: str, at: int) -> int | None:
    """Where the coordinated clause holding offset ``at`` starts (after ", and" or ";", not a
    list's last comma), if it starts within ``CLAUSE_REACH`` before it."""
    found = None
    for m in COORDINATE.finditer(text, max(0, at - CLAUSE_REACH), at):
        if not listed(text, m.start()):
            found = m.end()
    return found


def _coordinate_clause(sentence: str, start: int, end: int, w: Words) -> str | None:
    """The second clause of a sentence when the date sits in it and it opens on a subject of
    its own, names and titles before the date ("Moscow has said the troops are holding drills,
    and Defense Minister Sergei Shoigu on Thursday ordered the troops back to their bases" ->
    "Defense Minister Sergei Shoigu on Thursday ordered the troops back to their bases"), up to
    the sentence's end or a semicolon. None elsewhere.

    >>> s = "Moscow has said the troops are holding drills, and Defense Minister Sergei Shoigu on Thursday ordered the troops back."
    >>> _coordinate_clause(s, s.index("Thursday"), s.index("Thursday") + 8, words())
    'Defense Minister Sergei Shoigu on Thursday ordered the troops back.'
    >>> s = 'Officials said so, and Kyiv’s minister, Oleksandr Kubrakov, expects a ship "this week."'
    >>> _coordinate_clause(s, s.index("this week"), s.index("this week") + 9, words())
    'Kyiv’s minister, Oleksandr Kubrakov, expects a ship "this week."'
    >>> s = "Putin spoke on Monday, and Zelensky replied."
    >>> _coordinate_clause(s, s.index("Monday"), s.index("Monday") + 6, words()) is None
    True
    >>> s = "Talks between the United States, Russia, and Ukraine on Friday ended without a deal."
    >>> _coordinate_clause(s, s.index("Friday"), s.index("Friday") + 6, words()) is None
    True
    """
    found = second_clause(sentence, start)
    if found is None:
        return None
    subject = _words_of(sentence[found:start])
    # the words before the date: the clause's subject (capitalised: names, titles) and at most
    # a preposition of the date ("Shoigu on| Thursday ordered"); or a subject and its verb
    lead = [t for t in subject if t[:1].isupper()]
    if lead and subject[:len(lead)] != lead:
        run = list(itertools.takewhile(lambda t: t[:1].isupper(), subject))
        lead = _titled_subject(subject, w)  # "Kyiv's infrastructure minister, Oleksandr Kubrakov,"
        if not lead and len(run) >= 2 and _finite(subject[len(run):], w):
            # a name, then its verb and another date before this one ("and Defense Minister
            # Sergei Shoigu on Thursday ordered the troops to go back to their bases by May 1")
            lead = run
    if not lead or any(t.lower() in AUXILIARIES for t in lead):
        return None
    if len(subject) - len(lead) > 1 and not _finite(subject[len(lead):], w):
        return None
    stop = re.search(r"[;:“”\"]", sentence[end:])
    clause = sentence[found:end + (stop.start() if stop else len(sentence) - end)].strip()
    if stop and stop.group() in "”\"" and not _balanced(clause):
        clause = sentence[found:end + stop.end()].strip()  # the date quoted: 'to leave "this week."'
    return clause if _finite(_words_of(clause)[len(lead):], w) else None


# "He is due to travel to Brussels tomorrow and will return to New Zealand next week": a second
# predicate of the sentence's subject, its verb right after "and"
SECOND_PREDICATE = re.compile(r"(?:,\s+|\s+)and\s+(?:(?:now|then|later|also|still)\s+)?(?=(?P<verb>[a-z]+)\s)")
SUBJECT_WORDS = 4  # words at most of a subject a second predicate is told of (a name, "The talks")


def _subject_predicate(sentence: str, start: int, end: int, w: Words) -> str | None:
    """The second predicate of a sentence when the date sits in it and the first has a date of
    its own, told of the sentence's subject ("He is due to travel to Brussels tomorrow for talks
    and will return to New Zealand next week" -> "He will return to New Zealand next week"): next
    week dates the return, tomorrow the travel. None elsewhere (a predicate sharing the first's
    time: "Trump met Zelensky and said on Friday ..." is one headline). Reported words' second
    predicate is ``_second_predicate``'s.

    >>> s = "He is due to travel to Brussels tomorrow for talks and will return to New Zealand next week."
    >>> _subject_predicate(s, s.index("next week"), s.index("next week") + 9, words())
    'He will return to New Zealand next week.'
    >>> s = "Russia struck Odesa on Monday and launched 40 drones at Kyiv on Tuesday, officials said."
    >>> _subject_predicate(s, s.index("on Tuesday"), s.index("on Tuesday") + 10, words())
    'Russia launched 40 drones at Kyiv on Tuesday'
    >>> s = "Trump met Zelensky and said on Friday that a deal was near."
    >>> _subject_predicate(s, s.index("on Friday"), s.index("on Friday") + 9, words()) is None
    True
    >>> s = "Then, on Sunday, Prime Minister Mark Rutte said he would resign, and said he would see the king on Tuesday."
    >>> _subject_predicate(s, s.index("on Tuesday"), s.index("on Tuesday") + 10, words())
    'Prime Minister Mark Rutte said he would see the king on Tuesday.'
    >>> s = "The treaty was extended on February 3, just before it lapsed, and now runs until May 2026."
    >>> _subject_predicate(s, s.index("May 2026"), s.index("May 2026") + 8, words())
    'The treaty runs until May 2026.'
    """
    found = [m for m in SECOND_PREDICATE.finditer(sentence, max(0, start - CLAUSE_REACH), start)
             if _finite([m.group("verb")], w) and m.group("verb") not in w.noun_verbs]
    if not found:
        return None
    conj = found[-1]
    if re.search(r"[,;:“”\"()—–]", sentence[conj.end():start]):
        return None  # the predicate ended before the date
    whole = sentence[:conj.start()]
    # (an opening phrase of time or sequence before the subject is no part of it: "Then, on
    # Sunday, Prime Minister Arseniy Yatsenyuk announced ... that he would resign, and said he
    # would hand his resignation to parliament on Tuesday")
    lead = OPENING_PHRASES.match(whole)
    first = whole[lead.end():] if lead is not None \
        and not any(_finite([t], w) for t in _words_of(lead.group(0))) else whole
    tokens = _words_of(first)
    verb_at = next((k for k, t in enumerate(tokens) if _finite([t], w) and t not in w.noun_verbs), None)
    # (an aside after the first predicate's own words is its: "was extended on February 3, just
    # before it would have lapsed, and now runs until February 2026")
    if verb_at is None or not 0 < verb_at <= SUBJECT_WORDS \
            or re.search(r"[,;:“”\"]", first[:len(first) - len(first.lstrip())
                                             + len(" ".join(tokens[:verb_at + 1])) + 8]) \
            or re.search(r"[;:“”\"]|,\s+(?:which|who|whom|whose|where|when)\b", first) \
            or "," in first and not conj.group(0).startswith(",") \
            or any(t.lower() in WHO_WHICH | {"that"} for t in tokens[:verb_at]):
        return None  # (nor a relative clause's: "The aid that was frozen in July and released")
    subject = tokens[:verb_at]
    if not (subject[0].lower() in SUBJECT_PRONOUNS or all(t[:1].isupper() for t in subject)
            or subject[0] in ("The", "A", "An") and all(t.isalpha() for t in subject)):
        return None
    if not any(m.type in ("DATE", "TIME") for m in find_mentions(whole, _timex_rules())):
        return None  # one time for both predicates: the sentence tells it whole
    stop = _clause_stop(sentence[end:])
    told = sentence[conj.end():end + (stop if stop is not None else len(sentence) - end)].strip()
    verb = re.search(rf"(?<![\w’'-]){re.escape(tokens[verb_at])}(?![\w’'-])", first)
    if verb is None:
        return None
    # (the subject without the first predicate's adverb: "The pope first met Zelensky on May
    # 18, ..., and received him ... on July 9")
    subject_text = re.sub(rf"\s+(?:{'|'.join(sorted(HISTORY | LOOK_BACK_ADVERBS))})$", "", first[:verb.start()].strip())
    return f"{subject_text} {told}"


# an opening phrase of time or sequence set off by commas, before a capitalised subject ("Then,
# on Sunday, ", "Late on Friday, ")
OPENING_PHRASES = re.compile(r"(?:[^,;:“”\"]{1,30},\s+){1,2}(?=[A-Z])")


# "The government announced on Tuesday that it would close the border from Friday": a speech
# verb with a day of its own, then what was said
SAID_ON_DAY = re.compile(r"(?<![\w’'-])(?:said|says|announced|confirmed|declared|stated|warned|told\s+"
                         r"(?:[a-z]+\s+)?[a-z]+)\s+(?:(?:on|late|early|earlier|last|this)\s+)?"
                         r"(?:[A-Z][a-z]+\.?(?:\s+\d{1,2}\b)?|\d{1,2}\s+[A-Z][a-z]+|yesterday|today)"
                         r"(?:\s+(?:morning|afternoon|evening|night))?,?\s+that\s+")
REPORTED_SUBJECT = 6  # words at most of a speaker that a reported "it" or "they" stands for


def _reported_on_day(sentence: str, start: int, end: int, w: Words, who: str | None) -> str | None:
    """What a speaker said, as a sentence of its own, when the date sits in it and the speech
    has a day of its own before it ("The government announced on Tuesday that it would close
    the border with Belarus from Friday, 12 September" -> "The government will close the border
    with Belarus from Friday, 12 September": Friday dates the closing, Tuesday the announcing).
    Its "it" or "they" is the speaker, its "he" or "she" ``who`` (else the speaker); back-shift
    undone ("would" -> "will"). "" where its subject points back to someone it cannot name;
    None elsewhere.

    >>> s = "The government announced on Tuesday that it would close the border with Belarus from Friday."
    >>> _reported_on_day(s, s.index("from Friday"), len(s) - 1, words(), None)
    'The government will close the border with Belarus from Friday.'
    >>> s = "Peskov said on Monday that talks would resume in Istanbul on Friday."
    >>> _reported_on_day(s, s.index("on Friday"), len(s) - 1, words(), None)
    'Talks will resume in Istanbul on Friday.'
    >>> s = "Peskov said on Tuesday that Moscow had not been told of the results of Sunday's meetings."
    >>> _reported_on_day(s, s.index("Sunday"), s.index("Sunday") + 6, words(), None) is None
    True
    >>> s = "Peskov said that talks would resume in Istanbul on Friday."
    >>> _reported_on_day(s, s.index("on Friday"), len(s) - 1, words(), None) is None
    True
    """
    found = list(SAID_ON_DAY.finditer(sentence, 0, start))
    if re.match(r"[’']s\b", sentence[end:]) or re.search(r"(?<![\w’'-])(?:the|of|and)\s+$", sentence[:start]):
        return None  # a date naming what was said about ("of Sunday's meetings"), not dating it
    if not found or re.search(r"[;:“”\"]", sentence[found[-1].end():start]):
        return None
    said = found[-1]
    if re.search(r",\s+(?:who|which)\s[^,;:]*$", sentence[:said.start()]) and "," in sentence[said.end():start]:
        return None  # the speech of a relative clause, closed by its comma before the date
        # ("Putin, who said on Monday that talks would resume, flew to Beijing on Tuesday" was
        # 'Talks will resume, flew to Beijing on Tuesday', the twenty-fourth sweep)
    stop = re.search(r"[;:“”\"]", sentence[end:])
    content = sentence[said.end():end + (stop.start() if stop else len(sentence) - end)].strip()
    if not _finite(_words_of(content), w):
        return None
    content = BACKSHIFT_WOULD.sub("will", content, count=1)
    speaker = sentence[:said.start()].strip()
    pointer = re.match(r"(?:it|they)\b", content)
    if pointer is not None:
        if "," in speaker or not speaker[:1].isupper() or len(_words_of(speaker)) > REPORTED_SUBJECT:
            return ""
        return speaker + content[pointer.end():]
    if re.match(r"(?:he|she)\b", content) and not who and "," not in speaker \
            and speaker[:1].isupper() and len(_words_of(speaker)) <= REPORTED_SUBJECT:
        who = speaker
    return _own_clause(content, w, who)


def _titled_subject(ws: list[str], w: Words) -> list[str]:
    """The words of a clause's subject that is a title with a name ("Kyiv's infrastructure
    minister, Oleksandr Kubrakov, has said ..."): up to its first finite verb, opening on a
    capital and ending on one, with no word between that starts a phrase of its own ("the
    talks in Istanbul on Monday": no subject); [] elsewhere.

    >>> _titled_subject("Kyiv's infrastructure minister Oleksandr Kubrakov has said".split(), words())
    ["Kyiv's", 'infrastructure', 'minister', 'Oleksandr', 'Kubrakov']
    >>> _titled_subject("Putin in talks with Trump said".split(), words())
    []
    """
    verb = next((i for i, x in enumerate(ws) if _finite([x], w)), None)
    lead = ws[:verb] if verb is not None else []
    if not 2 <= len(lead) <= TITLED_SUBJECT or not lead[0][:1].isupper() \
            or not lead[-1][:1].isupper() or any(x.lower() in w.dangling for x in lead):
        return []
    return lead


TITLED_SUBJECT = 7  # words of a title and a name ("Kyiv's infrastructure minister, Oleksandr Kubrakov")


# ", launching more than 800 drones on Sept. 7": a participle phrase after the main clause
# (never "having" or "being", an auxiliary's: ", having stopped on Wednesday night in Kiev" was
# "Bill Clinton haves stopped ...", probe_events163; HAVING reads it)
DOING = re.compile(r",\s+(?P<ing>(?!having\b|being\b)[a-z]{3,}ing)\s+(?P<rest>(?!that\b|to\b|it\b)[^,;:“”\"]*)$")


def _base_of(ing: str, w: Words) -> str | None:
    """The verb an -ing form is of, where the vocabulary knows it: launching -> launch,
    making -> make, stopping -> stop."""
    if ing in w.ing_prepositions:
        return None
    stem = ing[:-3]
    for base in (stem, stem + "e", stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else ""):
        if base and base in w.bases:
            return base
    return None


BY_AGENT = re.compile(r"(?P<head>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*),\s+(?P<verb>[a-z]+ed)\s+by\s+"
                      r"(?P<agent>(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*)\s+(?P<rest>[^,;:]*)$")
HAVING = re.compile(r",\s+(?:(?:despite|after|before)\s+)?having\s+(?P<verb>[a-z]+ed)\s+(?P<rest>[^,;:]*)$")
SUBJECT = re.compile(r"^(?:[A-Z][a-z]+ly,\s+)?(?P<subject>(?:[Tt]he\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*)\s+"
                     r"(?:has|have|had|was|were|is|are|[a-z]+ed|[a-z]+s)\b")


# "The first round, held in the Emirati capital on 23 and 24 January, was ...": the sentence's
# subject and the participle phrase set off after it
APPOSED_PARTICIPLE = re.compile(r"(?P<head>(?:[Tt]he\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,5}),\s+"
                                r"(?P<part>[a-z]{3,})\s+(?P<rest>(?:in|at|on|from|during|near|"
                                r"outside)\s[^,;:“”\"]*)$")


def _participle_clause(sentence: str, start: int, end: int, w: Words) -> str | None:
    """The clause a participle phrase holding the date stands for: "Crimea, annexed by Russia
    in 2014, ..." -> "Russia annexed Crimea in 2014"; "The first round, held in the Emirati
    capital on 23 and 24 January, was ..." -> "The first round was held in the Emirati capital
    on 23 and 24 January"; "Russia has escalated its air campaign, launching more than 800
    drones on Sept. 7" -> "Russia launches more than 800 drones on Sept. 7"; "The Kremlin has
    been non-committal, despite having proposed the meeting earlier in the week" -> "The
    Kremlin proposed the meeting earlier in the week". None elsewhere.

    >>> s = "The status of Crimea, annexed by Russia in 2014, remains contentious."
    >>> _participle_clause(s, s.index("2014"), s.index("2014") + 4, words())
    'Russia annexed Crimea in 2014'
    >>> s = "Clinton arrived in Moscow after midnight, having stopped on Wednesday night in Kiev."
    >>> _participle_clause(s, s.index("Wednesday"), s.index("Wednesday") + 15, words())
    'Clinton stopped on Wednesday night in Kiev'
    """
    stop = re.search(r"[,;:—–]\s|[“”\"]|\.$", sentence[end:])
    upto = end + (stop.start() if stop else len(sentence) - end)
    if m := BY_AGENT.search(sentence, 0, upto):
        # (the agent a whole noun phrase: the words after it open on a preposition, an adverb
        # or the date; "flanked by European leaders in Kyiv" was 'European flanked Zelensky
        # leaders in Kyiv')
        first = m["rest"].split(maxsplit=1)[0].lower() if m["rest"].strip() else ""
        if m.start("rest") <= start and (m.start("rest") == start or not first or first.endswith("ly")
                                         or first in w.cut_before or w.date_preps.match(first + " ")):
            return f"{m.group('agent')} {m.group('verb')} {m.group('head')} {m.group('rest')}".strip()
    if (m := APPOSED_PARTICIPLE.match(sentence, 0, upto)) and m.start("rest") <= start \
            and (m["part"].endswith("ed") or m["part"] in w.participles) \
            and not _finite(_words_of(m["head"]), w):
        be = "were" if _plural_subject(m["head"]) else "was"  # its passive, as the headline reads it
        return f"{m['head']} {be} {m['part']} {m['rest']}".strip()
    opened = w.connective.match(sentence)  # "But Russia has ...": the subject after it
    skip = opened.end() if opened else 0
    if (m := DOING.search(sentence, 0, upto)) and m.start("rest") <= start \
            and (subject := SUBJECT.match(sentence[skip:])) \
            and skip + subject.end("subject") < m.start() and (base := _base_of(m["ing"], w)):
        # "Russia has escalated its air campaign, launching more than 800 drones on Sept. 7"
        # -> "Russia launches more than 800 drones on Sept. 7"
        third = base if _plural_subject(subject["subject"]) else _third_person(base)
        return f"{subject['subject']} {third} {m['rest']}".strip()
    if (m := HAVING.search(sentence, 0, upto)) and m.start("rest") <= start + 1 \
            and (subject := SUBJECT.match(sentence)) and subject.end("subject") < m.start():
        return f"{subject.group('subject')} {m.group('verb')} {m.group('rest')}".strip()
    return None


# a verb phrase of a sequence that shares the sentence's subject: "He set Putin a deadline in
# July, later shortened it to Aug. 8, then met the Russian leader in Anchorage on Aug. 15"
SEQUENCED = re.compile(r",\s+(?:and\s+)?(?:then|later|subsequently|eventually|finally|afterwards)\s+"
                       r"(?P<verb>[a-z]+)\s+(?P<rest>[^,;:“”\"]*)")
OPENING_SUBJECT = re.compile(r"(?P<subject>(?:[Tt]he\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*)\s+"
                             r"(?P<verb>[a-z]+)\b")


def _sequenced_clause(sentence: str, start: int, end: int, w: Words) -> str | None:
    """The verb phrase of a sequence the date sits in, with the subject the sentence opens on:
    "He set Putin a 50-day deadline in July, later shortened it to Aug. 8, then met the Russian
    leader in Anchorage on Aug. 15 without winning a ceasefire" -> "He met the Russian leader in
    Anchorage on Aug. 15 without winning a ceasefire" (Aug. 15 dates the meeting, not the
    deadline). Only where the subject's verb and the phrase's are both past forms; None
    elsewhere.

    >>> s = "Zelensky flew to Paris on Monday, then travelled to Berlin on Tuesday."
    >>> _sequenced_clause(s, s.index("on Tuesday"), s.index("on Tuesday") + 10, words())
    'Zelensky travelled to Berlin on Tuesday'
    >>> _sequenced_clause(s, s.index("on Monday"), s.index("on Monday") + 9, words()) is None
    True
    """
    def past(verb: str) -> bool:
        return verb in w.past or verb.endswith("ed") and len(verb) > 4
    told = [m for m in SEQUENCED.finditer(sentence, 0, len(sentence))
            if m.start("rest") <= start and end <= m.end("rest")]
    subject = OPENING_SUBJECT.match(sentence)
    if not told or subject is None or not past(subject["verb"]) or not past(told[-1]["verb"]) \
            or _speaker_opening(sentence, subject, w) \
            or subject["subject"].split()[0] in w.opener_words \
            or subject["subject"].split()[0].lower() in w.phrase_openers:
        return None
    rest = told[-1]["rest"].rstrip(". ")
    return f"{subject['subject']} {told[-1]['verb']} {rest}"


def _speaker_opening(sentence: str, subject: re.Match[str], w: Words) -> bool:
    """Whether the sentence opens on who says it ("The Kremlin said Putin flew to Paris on
    Monday, then ..."; "Zelensky announced he ..."): its subject's verb one of speech, not
    before "to" ("agreed to"). The clauses after it are the reported clause's subject's, not
    the speaker's ('Kremlin travels to Berlin', 'Kremlin said Kyiv' before: the eighteenth
    sweep).

    >>> s = "The Kremlin said Putin flew to Paris on Monday, then travelled to Berlin on Tuesday."
    >>> _speaker_opening(s, OPENING_SUBJECT.match(s), words())
    True
    >>> s = "Putin agreed to a truce on Monday, then broke it on Tuesday."
    >>> _speaker_opening(s, OPENING_SUBJECT.match(s), words())
    False
    """
    return (subject["verb"] in w.speech or subject["verb"] in w.needs_that) \
        and not re.match(r"\s+to\b", sentence[subject.end():])


# a verb shared by two objects, each with its own date: "Modi visited Moscow in July and Kyiv
# in August" (gapping): the names and the date of the other conjunct
# (a conjunct's own date: a month, a weekday or a number, never a place: "signed ten-year
# security agreements in Berlin and Paris on Friday" is one signing)
GAPPED_DATE = (r"(?:(?:January|February|March|April|May|June|July|August|September|October|November|"
               r"December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|\d)")
GAPPED_AFTER = re.compile(r"\s+and\s+(?:[A-Z][\w’'-]*)(?:\s+[A-Z][\w’'-]*){0,3}\s+(?:in|on)\s+"
                          + GAPPED_DATE)
GAPPED_BEFORE = re.compile(r"\s(?:in|on)\s+(?:" + GAPPED_DATE + r"[\w ]{0,12}?)\s+and\s+"
                           r"(?P<object>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})\s+(?:in|on)\s+$")


def _gapped_clause(sentence: str, start: int, end: int, w: Words) -> str | None:
    """The clause of one conjunct of a shared verb, each conjunct with its own date: "Modi
    visited Moscow in July and Kyiv in August" -> "Modi visited Moscow in July" for July,
    "Modi visited Kyiv in August" for August (a title of the whole tells both); None elsewhere.

    >>> s = "Prime Minister Narendra Modi visited Moscow in July and Kyiv in August."
    >>> _gapped_clause(s, s.index("August"), s.index("August") + 6, words())
    'Prime Minister Narendra Modi visited Kyiv in August'
    >>> _gapped_clause(s, s.index("July"), s.index("July") + 4, words())
    'Prime Minister Narendra Modi visited Moscow in July'
    >>> s = "Zelensky signed ten-year security agreements in Berlin and Paris on Friday."
    >>> _gapped_clause(s, s.index("on Friday"), s.index("on Friday") + 9, words()) is None
    True
    """
    subject = OPENING_SUBJECT.match(sentence)
    if subject is None or not (subject["verb"] in w.past or subject["verb"].endswith("ed")) \
            or subject["subject"].split()[0] in w.opener_words or subject.end() > start \
            or _speaker_opening(sentence, subject, w):
        return None
    if GAPPED_AFTER.match(sentence, end) and not re.search(r"[,;:“”\"]", sentence[subject.end():end]):
        return sentence[:end]
    before = GAPPED_BEFORE.search(sentence, subject.end(), start)
    if before is not None and before.end() == start and not re.search(r"[,;:“”\"]", sentence[subject.end():start]):
        prep = sentence[before.end("object"):start].strip()
        return f"{sentence[:subject.end()]} {before['object']} {prep} {sentence[start:end]}"
    return None


ADDING = re.compile(r",\s+(?:adding|saying|noting|stressing|warning|insisting|explaining)\s+(?:that\s+)?")
RELATIVE = re.compile(r"(?P<comma>,\s+)?(?<![\w’'-])(?P<pronoun>which|who|whom|whose|that)\s+")


# the most words a relative clause's head may have after its article ("a new round of talks
# in Istanbul, which Turkish officials say could be held in October": 7; 6 until probe
# articles written after real reports)
HEAD_WORDS = 8
# words as a head's are counted, an initialism one word ("the U.N. climate summit COP27 in Sharm
# El-Sheikh" is eight)
INITIALISM_WORDS = re.compile(r"[A-Z](?:\.[A-Z])+\.?|[\w’'-]+")


# whom a relative clause's verb gives its head to: a name or a pronoun right after it, then a
# preposition, a date word or the clause's end ("that the court awarded Kyiv in February 2018")
INDIRECT_OBJECT = re.compile(r"\s+(?:him|her|them|us|me|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})"
                             r"(?=\s+(?:in|on|at|by|for|last|this|next|early|late|earlier|later)\b|\s*[,.;:]|\s*$)")


# ("most recently": its "recently", a date, is cut before, and "most" is left: 'Trump and Putin
# most spoke by phone'; not "most" after a comma, a subject of its own: "Of the envoys, most met")
LAST_DONE = re.compile(r"(?<=\s)(?:last|(?<![,;:]\s)most(?:\s+recently)?|previously)\s+(?=(?:met|spoke|talked|visited|held|saw|"
                       r"travelled|traveled|came|went|gathered|convened)\b)")


# a place after the noun a relative clause is of ("an offensive| in |the Donbas that ...")
PLACE_OF = re.compile(r"(?<=[a-z])\s+(?:in|near|across|along|off|around|inside|outside)\s+")


# heads a relative clause tells when or how of, never its object or subject ("the first time
# that ...", "the day that ...", "the way that ...")
ADVERBIAL_HEAD = re.compile(r"(?<![\w’'-])(?:time|times|moment|day|night|morning|week|month|year|way|reason)$")


# the words before a name that say who its holder is, after the last verb, preposition or comma:
# "Glasgow-based volunteer| Iain McLeod", "Among the civilians is UNIAN journalist| Dmytro Khyliuk"
DESCRIBED = re.compile(r"(?:^|[,;:]\s+|\b(?:is|was|are|were|of|to|for|with|by|from|in|at|on|among|and|the|a|an)\s+)"
                       r"(?P<words>(?:(?!(?:is|was|are|were|of|to|for|with|by|from|in|at|on|among|and|the|a|an)\s)"
                       r"[\w’'-]+\s+){1,4})$")
# nouns of a time a clause without its "when" tells ("By the time Air Force One landed", "the
# day Russia invaded"): never an object the clause's verb took
TIME_HEADS = frozenset("time times moment day days night week month year hour minute morning evening "
                       "afternoon instant".split())
# a noun phrase and a relative clause of it without its "that", whose subject is a name: "the
# final count| the Central Election Commission| published| on Sunday"
REDUCED_OBJECT = re.compile(r"(?<![\w’'-])(?P<head>(?:the|a|an|its|his|her|their)\s+(?:(?!(?:that|which|who|in|on|at|of|for|to|from|by|with)\b)[a-z][\w-]*\s+){0,3}?"
                            r"(?!(?:that|which|who|in|on|at|of|for|to|from|by|with)\b)[a-z][\w-]*)\s+(?P<subject>(?:the\s+)?[A-Z][\w’'.-]*(?:\s+(?:of\s+)?[A-Z][\w’'.-]*){0,4})"
                            r"\s+(?P<verb>[a-z]+)\s+(?P<rest>(?:(?:in|at|on|from|with|during|after)\s+[^,;:“”\"()]{0,50}?)?)$")


def _reduced_relative(sentence: str, start: int, end: int, w: Words) -> str | None:
    """The relative clause without its "that" a date sits in, as a sentence of its own, where
    its subject is a name and its verb a past: "... according to the final count the Central
    Election Commission published on Sunday" -> "The Central Election Commission published the
    final count on Sunday". None elsewhere.

    >>> s = "Zelensky won, according to the final count the Central Election Commission published on Sunday."
    >>> _reduced_relative(s, s.index("on Sunday"), s.index("on Sunday") + 9, words())
    'The Central Election Commission published the final count on Sunday.'
    >>> s = "They studied the plan Witkoff presented in Kyiv on Sunday."
    >>> _reduced_relative(s, s.index("on Sunday"), s.index("on Sunday") + 9, words())
    'Witkoff presented the plan in Kyiv on Sunday.'
    >>> s = "He visited the front in Donbas on Sunday."
    >>> _reduced_relative(s, s.index("on Sunday"), s.index("on Sunday") + 9, words()) is None
    True
    >>> s = "By the time Air Force One landed at Orly on Friday night, the White House was silent."
    >>> _reduced_relative(s, s.index("on Friday"), s.index("on Friday") + 15, words()) is None
    True
    """
    m = REDUCED_OBJECT.search(sentence, max(0, start - CLAUSE_REACH), start)
    if m is None or m.group("verb") not in w.past or m.group("verb") in w.noun_verbs \
            or m.group("head").split()[-1] in TIME_HEADS \
            or _finite(_words_of(m.group("rest")), w) or m.group("subject").split()[-1] in w.speech:
        return None
    subject = re.sub(r"^the\s+", "", m.group("subject"))
    if subject in w.demonyms.values() or subject.rstrip("s") in w.demonyms.values() \
            or " " not in subject and subject not in w.people and subject not in w.institutions:
        return None  # a name, not "the freed Ukrainians"
    if (verb_after := re.match(r"\s+([a-z]+)\b", sentence[end:])) is not None \
            and (verb_after.group(1) in AUXILIARIES or verb_after.group(1) in w.past):
        return None  # "the word Putin used on Thursday will be harder ...": the sentence's verb
    stop = _clause_stop(sentence[end:])
    after = sentence[end:end + (stop if stop is not None else len(sentence) - end)]
    rest = (m.group("rest").rstrip() + " " if m.group("rest") else "") + sentence[start:end] + after
    return _cap(f"{m.group('subject')} {m.group('verb')} {m.group('head')} {rest}".strip())


# a name and a description in apposition after it, up to a relative pronoun's comma
APPOSITION_BEFORE = re.compile(r"[A-Z][\w’'-]*,\s+(?:the|a|an|[a-z]+’s|[a-z]+'s)\s+[^,;]*$")


# a preposition a relative clause's verb leaves at its end, before the date or nothing:
# "which Kyiv had hoped for| in April", "that Moscow had asked for", "which both sides agreed on"
STRANDED = re.compile(r"\s+(?:for|on|upon|about|with|to|at|of)(?=\s+(?:in|on|at|by|during|until|last|this|"
                      r"next|earlier|later|early|late)\b|\s*[,.;]|\s*$)")


# a subject named, then described ("Celso Amorim, Lula's chief foreign policy adviser")
APPOSED_HEAD = re.compile(r"(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3}),\s+(?!and\b|or\b)[^,;:]*(?<![\w’'-])[a-z][\w-]*")


# a name right before the comma of a relative clause (after its verb: "will not discuss| Crimea,
# which rejoined Russia"; never "talks between Russia and| Ukraine, which", "his wife| Raisa, who")
OBJECT_NAME = re.compile(r"(?<=[a-z]\s)(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3})\s*$")
# people of a place named ("the people of Crimea"): a "which" after them is the place's
PEOPLE_OF = re.compile(r"(?:(?:the|The)\s+(?:[a-z]+\s+)?)?(?:[Pp]eople|[Rr]esidents|[Cc]itizens|[Ii]nhabitants|"
                       r"[Pp]opulation|[Vv]oters|[Ff]amilies|[Cc]hildren|[Ll]eaders)\s+of\s+(?P<place>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})")


def _relative_clause(sentence: str, start: int, end: int, w: Words, clause_verb) -> str | None:
    """The relative clause a date sits in, as a sentence of its own: "The war between Russia
    and Ukraine, which erupted in February 2022, has scarred Europe" -> "The war between Russia
    and Ukraine erupted in February 2022"; "the framework that US and Ukrainian envoys
    discussed in Florida on Sunday" -> "US and Ukrainian envoys discussed the framework in
    Florida on Sunday". None where the date is in no relative clause, or its head is not a
    noun phrase the rules can find (a clause opening the sentence, or a determiner and a few
    words before the pronoun)."""
    found = [m for m in RELATIVE.finditer(sentence, 0, start)]
    if not found:
        return None
    m = found[-1]
    inside = sentence[m.end():start]
    if re.search(r"[,;:—–()“”\"]", inside) or not clause_verb(_words_of(inside + " x")[:-1] or [""]):
        return None  # the clause ended before the date, or has no verb of its own before it
    pasts = [x for x in _words_of(inside) if x in w.past and x not in AUXILIARIES and x not in w.noun_verbs]
    if len(pasts) >= 2 and pasts[0] not in w.speech and any(x in w.past_only for x in pasts[1:]):
        return None  # the clause ended before a second verb, the sentence's own: "The pause
        # ... that Putin offered in Berlin began on Thursday" (the pause began, not the offer;
        # a past no participle looks like: "which Beijing set out in its paper released on
        # February 24" goes on)
    before = sentence[:m.start()]
    words_before = _words_of(before)
    if not words_before:
        return None
    last = words_before[-1]
    if m.group("pronoun") == "that" and last.lower() in ("and", "or", "but"):
        return None  # "claimed it had broken up a network ..., and that an FSB officer died
        # ...": a second clause said, no relative clause of "the peninsula"
    if m.group("pronoun") in ("which", "whom") and last.lower() in PREPOSITIONS:
        return None  # "the joint news conference, at which Trump said he saw no reason ...":
        # the head is where or when, no object nor subject of the clause
    if m.group("pronoun") == "that" and (last.lower() in w.verb_forms and last.lower() not in w.noun_verbs
                                         or last.lower() in w.speech
                                         or last.lower() in w.needs_that or last.lower() in ("so", "such")):
        return None  # "said that ...": a complement, not a relative clause
    if m.group("pronoun") == "that" and not m.group("comma") \
            and (told := re.search(r"(?<![\w’'-])(?:told|tells|telling|assured|assures|reminded|reminds|"
                                   r"informed|informs|warned|warns|promised|promises)\s+(?P<listener>[^,;:“”\"]{1,80})$",
                                   before)) is not None \
            and not any(x.lower() in w.verb_forms and x.lower() not in w.noun_verbs
                        # (a participle before its noun is the listener's: "wounded soldiers")
                        and not (x.endswith("ed") and k + 1 < len(heard) and heard[k + 1].islower())
                        for heard in [_words_of(told.group("listener"))] for k, x in enumerate(heard)):
        return None  # "told wounded soldiers at a Moscow military hospital that ...": what was
        # told, not a relative clause of the hospital
    if m.group("pronoun") == "that" and not m.group("comma") \
            and re.search(r"(?<![\w’'-])(?:" + "|".join(_speech_alternations(w)) + r")\s+(?:on|at|in|late|early|"
                          r"earlier|last|this|over)\s+[^,;:“”\"]{0,30}$", before):
        return None  # "said at the weekend that ...": a complement after the speech's date
    # (an infinitive is no clause's verb: "The president's deadline for Moscow to agree to a
    # ceasefire, which expired on Friday, passed": the deadline expired, not the ceasefire)
    finite = [x for k, x in enumerate(words_before) if x.lower() != "to"
              and (k == 0 or words_before[k - 1].lower() != "to")]
    # (a name with its title, "Prime Minister Benjamin Netanyahu, who"; after a preposition only
    # a first and a last name: "US ambassador to Ukraine| Marie Yovanovitch, who")
    person = re.search(r"(?<![\w’'-])(?P<name>(?P<lead>(?:[A-Z][\w’'-]+\s+){0,3}?)[A-Z][\w’'-]+\s+[A-Z][\w’'-]+)\s*$",
                       before) if m.group("comma") and m.group("pronoun") in ("who", "whom") else None
    if person is not None and " " in before[:person.start()].strip() \
            and not APPOSITION_BEFORE.search(before):
        # "the seat of Foreign Minister Sergey Lavrov, who is expected to address the assembly
        # on Saturday", "..., replacing Andriy Yermak, who resigned in late November": "who"
        # is of the person named right before it, not of what has them (but "Kirill Vyshinsky,
        # the head of RIA Novosti Ukraine, whom": of the one the description is of, below)
        head = person.group("name")
        if person.group("lead") and re.search(r"\b(?:to|of|for|in|from|at|with)\s+$", before[:person.start()]):
            head = head[len(person.group("lead")):]
        elif head not in w.short_names and head[len(person.group("lead")):] not in w.short_names \
                and (said := DESCRIBED.search(before[:person.start()])) is not None:
            head = said.group("words") + head  # (one the registry does not know keeps the words
            # saying who they are: "Among the civilians is UNIAN journalist Dmytro Khyliuk, who")
    elif m.group("comma") and not clause_verb(finite):
        # the sentence's subject: "The war ..., which erupted ..." (a phrase opening on a
        # preposition names it after: "For Volodymyr Zelensky, whose own term was due to expire")
        head = re.sub(r"^(?:For|To|With|From|As\s+for|Of|Like|Unlike)\s+(?=[A-Z])", "", before.strip())
        if m.group("pronoun") in ("who", "whom", "whose") \
                and (apposed := APPOSED_HEAD.fullmatch(head)) is not None:
            head = apposed.group("name")  # "Celso Amorim, Lula's chief adviser, who met Putin":
            # the one the description is of, not the name and half its description
        if m.group("pronoun") == "which" and (place := PEOPLE_OF.fullmatch(head)) is not None:
            head = place.group("place")  # (and so of a sentence's subject: "The people of Crimea,
            # which Russia annexed in 2014, voted", hostile32)
    elif m.group("comma") and m.group("pronoun") in ("which", "who") \
            and (object_name := OBJECT_NAME.search(before)) is not None \
            and object_name.group("name").split()[0] not in w.demonyms.values() \
            and (named_after := _words_of(before[:object_name.start()])[-1:]) != [] \
            and named_after[0].islower() and named_after[0] in w.verb_forms and named_after[0] not in w.noun_verbs \
            and named_after[0] not in PREPOSITIONS:
        head = object_name.group("name")  # a name after the main clause's verb: "Moscow will not
        # discuss Crimea, which rejoined Russia in March 2014" -> "Crimea rejoined Russia ..."
    else:
        det = list(re.finditer(r"(?<![\w’'-])(?:the|a|an|The|A|An)\s", before))
        # (the word before the pronoun is the head noun, whatever else it may be: "a
        # 1,000-for-1,000 prisoner exchange, which was completed on May 25")
        if not det or len(INITIALISM_WORDS.findall(before[det[-1].start():])) > HEAD_WORDS \
                or clause_verb(_words_of(before[det[-1].end():])[:-1]):
            return None
        head = before[det[-1].start():].strip()
        if len(det) > 1 and re.fullmatch(r"the\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}", head) \
                and (place := PLACE_OF.search(before, det[-2].end(), det[-1].start())) is not None \
                and place.end() == det[-1].start() \
                and not clause_verb(_words_of(before[det[-2].end():place.start()])) \
                and len(_words_of(before[det[-2].start():])) <= HEAD_WORDS:
            head = before[det[-2].start():].strip()  # "an offensive in the Donbas that Moscow
            # launched": the offensive, where it is; not the place
        if m.group("pronoun") == "which" and (place := PEOPLE_OF.fullmatch(head)) is not None:
            head = place.group("place")  # "which" is no people's: "the people of Crimea, which
            # Russia annexed in March 2014" -> "Russia annexes Crimea"
        if (named := re.search(r"(?<![\w’'-])(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3}),\s+$",
                               before[:det[-1].start()])) is not None \
                and (m.group("pronoun") in ("who", "whom", "whose") or m.group("comma")):
            head = named.group("name")  # "Zelenskiy, a former television comedian who won the
            # presidency in April": the one the description is of
        outer = re.search(r"(?P<noun>[a-z][\w-]*s)\s+of\s+$", before[:det[-1].start()])
        if outer and len(det) > 1 and not _words_of(head)[-1].endswith("s") \
                and re.match(r"\s*(?:were|are|have)\b", sentence[m.end():]) \
                and len(_words_of(before[det[-2].start():])) <= 2 * HEAD_WORDS \
                and not clause_verb(_words_of(before[det[-2].end():outer.start()])):
            # "the three ships of the Ukrainian Navy that were detained": the verb agrees with
            # the ships, not the Navy
            head = before[det[-2].start():].strip()
    if m.group("comma") and not head[:1].isupper() and head.split()[0].lower() not in ("the", "a", "an"):
        return None
    if ADVERBIAL_HEAD.search(head):
        return None  # "acknowledged for the first time that Russian air defenses were
        # responsible ... in December": a time or a way is no object the clause lacks
    if m.group("comma") and (placed := PLACED_HEAD.match(head)) is not None:
        head = head[placed.end():]  # "In Dresden, the Pegida movement, which marched again":
        # the movement marched, not "In Dresden" (probe_events101)
    if m.group("comma") and (named := re.fullmatch(r"[^,]{2,80},\s+(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3})", head)):
        head = named.group("name")  # "Ukraine's new transmission system operator, GTSOU, which
        # is due to take over ...": the name stands for its description
    elif m.group("comma") and (named := re.fullmatch(
            r"(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3}),\s+(?:the|a|an|[a-z])[^,]{2,80}", head)):
        head = named.group("name")  # "Kirill Vyshinsky, the head of RIA Novosti Ukraine, whom
        # a Kyiv court released ...": the name, not its description
    # a clause set off by commas ends at the next one; a restrictive one at its date ("the deal
    # that was signed in 2015 collapsed": what follows is the main clause's)
    stop = _clause_stop(sentence[end:]) if m.group("comma") else None
    whole = sentence[m.end():end + (stop if stop is not None else 0 if not m.group("comma")
                                    else len(sentence) - end)]
    then = SECOND_PREDICATE.search(whole, end - m.end())
    if then is not None and _finite([then.group("verb")], w) and then.group("verb") not in w.noun_verbs \
            and any(x.type in ("DATE", "TIME") for x in find_mentions(whole[then.end():], _timex_rules())):
        # "Elon Musk, who left the administration last week and spent Thursday attacking ...":
        # a second predicate with a time of its own is not the date's
        whole = whole[:then.start()]
    before_date = [x for x in SECOND_PREDICATE.finditer(whole, 0, start - m.end())
                   if _finite([x.group("verb")], w) and x.group("verb") not in w.noun_verbs]
    if before_date and m.group("pronoun") in ("who", "which") and any(
            x.type in ("DATE", "TIME") for x in find_mentions(whole[:before_date[-1].start()], _timex_rules())):
        # "Modi, who visited Kyiv on August 23 and met Putin in Moscow in July": the date is
        # the second predicate's, the first has its own
        whole = whole[before_date[-1].end():]
    rest = whole.strip()
    tokens = list(re.finditer(r"[\w’'.-]+", rest))
    if not tokens:
        return None
    first = tokens[0].group()
    if m.group("pronoun") == "whose":
        # "the Ukrainian president, whose five-year term expired in May 2024": the head owns
        # the clause's subject; a head of a phrase is its complement ("the talks in Belarus,
        # whose third round took place on Monday": the third round of the talks in Belarus)
        verb = next((k for k, t in enumerate(tokens) if k and clause_verb([t.group()])), None)
        if verb is None or clause_verb([tokens[0].group()]) or re.search(r"[’']s$|^[“\"‘]", head):
            return None  # (no subject owned: "whose expired"; nor an owner of its own or a quote)
        head = _owned_name(head, w) or head  # "Novaya Gazeta's editor", not "Russia's ..."
        if any(x.lower() in PREPOSITIONS for x in _words_of(head)[1:]):
            owned = rest[:tokens[verb].start()].strip()
            of = head[0].lower() + head[1:] if head.split()[0] in ("The", "A", "An") else head
            return f"{owned[0].upper()}{owned[1:]} of {of} {rest[tokens[verb].start():]}"
        owner = head + ("'" if head.endswith("s") else "'s")
        return f"{owner} {rest}"
    if m.group("pronoun") != "whom" and (first.lower() in w.verb_forms
                                         or first.islower() and first.endswith("ed")):
        # "the exercises, which began on Friday and are due to end on Tuesday": each date
        # its own predicate of the head
        date_at = start - m.end()
        second = next((a for a in re.finditer(r"\s+and\s+(?P<verb>[a-z]{2,})\b", whole)
                       if a["verb"] in {"are", "is", "was", "were", "will", "has", "have", "had"}
                       or a["verb"].endswith("ed") or a["verb"] in w.present), None)
        if second is not None:
            rest = (whole[:second.start()] if date_at < second.start() else whole[second.start("verb"):]).strip()
            aux = re.match(r"\s*((?:was|were|is|are|has|have|had)(?:\s+been)?)\s", whole)
            if date_at >= second.start() and aux and re.match(r"[a-z]{3,}ed\b", rest):
                rest = f"{aux.group(1)} {rest}"  # "that was frozen in July and released in
                # September": the second participle shares the first's auxiliary
        return f"{head} {rest}"  # the head did it: "the war, which erupted ..."
    if m.group("pronoun") == "who":
        return None
    # the head is what the clause's subject did something to: "the framework that X discussed"
    for k, t in enumerate(tokens[1:], 1):
        word = t.group()
        if word.lower() == "to":
            continue  # "which Paris hopes to host": the infinitive's verb governs the head
        if word.lower() in w.verb_forms and word.lower() not in w.noun_verbs \
                or word.islower() and word.endswith("ed") and len(word) > 4:
            subject, verb_end = rest[:t.start()].strip(), t.end()
            j = k
            while word.lower() in AUXILIARIES and j + 1 < len(tokens) and (
                    tokens[j + 1].group() in w.verb_forms or tokens[j + 1].group() in w.participles
                    or tokens[j + 1].group().endswith("ed") and tokens[j + 1].group().islower()):
                # "the ceasefire that Kyiv had accepted in March": the head follows the verb
                # the auxiliary opens, not the auxiliary ("Kyiv had the ceasefire accepted")
                j += 1
                word, verb_end = tokens[j].group(), tokens[j].end()
            if w.anaphoric.fullmatch(subject):
                return ""  # "the talks that they broke off in 2022": who is "they"?
            if (said_done := SAID_THEY_DID.match(rest, verb_end)) is not None \
                    and (word.lower() in w.speech or word.lower() in w.speech.values() or word.lower() == "say") \
                    and (said_done.group("verb") in w.past or said_done.group("verb").endswith("ed")):
                verb_end = said_done.end()  # "whom the border guards say they detained on 8
                # September": the head is what the words said were done to ("say they
                # detained Maria Kolesnikova"), not what was said
            if (inf := re.match(r"\s+to\s+[a-z][\w-]*\b", rest[verb_end:])) is not None:
                verb_end += inf.end()  # "the meeting, which Lavrov proposed to hold in ...":
                # the head is what the infinitive governs ("proposed to hold the meeting")
            elif (given := INDIRECT_OBJECT.match(rest, verb_end)) is not None:
                verb_end = given.end()  # "the $2.9 billion that the court awarded Kyiv in
                # 2018": the head follows whom it was given ("awarded Kyiv the $2.9 billion")
            elif (stranded := STRANDED.match(rest, verb_end)) is not None:
                verb_end = stranded.end()  # "the Berlin summit, which Kyiv had hoped for in
                # April": the head follows the verb's preposition ("hoped for the summit")
            object_head = head[0].lower() + head[1:] if head.split()[0] in ("The", "A", "An") else head
            return f"{subject} {rest[t.start():verb_end]} {object_head}{rest[verb_end:]}"
        if k > 6:
            break
    return None


# a clause said to have been done, its own subject a pronoun: "say they detained", "said he met"
SAID_THEY_DID = re.compile(r"\s+(?:he|she|they|it|we|I)\s+(?P<verb>[a-z]+)\b")


# (and a history's "would go on to annex", its future of the past; never "will go on to")
# (nor after another modal or a negation: "could go on to annex", "did not go on to", hostile35)
WENT_ON_TO = re.compile(r"\b(?:(?<!not\s)would\s+go|went|" + "".join(
    rf"(?<!{word}\s)" for word in ("will", "to", "could", "might", "may", "can", "must", "should", "shall",
                                   "not", "n't", "n’t")) + r"(?:goes|go))\s+on\s+to\s+(?P<verb>[a-z]+)\b")


def went_on_to(text: str, w: Words) -> str:
    """A narrative's "went on to halt" is the act itself: "halted" (a verb we know).

    >>> went_on_to("Trump went on to halt US military aid", words())
    'Trump halted US military aid'
    >>> went_on_to("Russia would go on to annex Crimea", words())
    'Russia annexed Crimea'
    >>> went_on_to("Putin will go on to meet Xi", words())
    'Putin will go on to meet Xi'
    """
    past_of = {base: past for past, (_third, base) in w.past.items()}
    return WENT_ON_TO.sub(lambda m: past_of.get(m.group("verb"), m.group(0)), text, count=1)


COORDINATED = re.compile(r"\s+and\s+(?:then\s+)?(?P<verb>[a-z][a-z-]+)\b")
BEING_DONE = re.compile(r"\b(?:is|are|was|were|be|been)\s+(?:[a-z]+ly\s+|now\s+|still\s+)?[a-z]{2,}ing\b")


def drop_coordinated(text: str, w: Words) -> str:
    """The sentence without a second predicate of its subject: "Talks take place in Gomel
    and go on for five hours" -> "Talks take place in Gomel" (a headline tells one act; cutting
    before "in" instead would lose where). Only where what follows "and" is a verb, never a
    noun ("talks", "calls") nor a name (a verb after "and" says the words before it had one of
    their own), not inside a relative clause nor a quote."""
    plural = re.match(r"(?:We|I|They)\s", text) is not None  # "We invite him ... and guarantee"
    for m in COORDINATED.finditer(text):
        verb = m.group("verb")
        head = text[:m.start()]
        # "calls the truce "a manipulation" and demands a ceasefire": a form that may be a
        # noun is a verb after a first verb in the present, before what it takes
        as_verb = verb in w.present and re.match(r"\s+(?:a|an|the|that|its|his|her|their|[“\"])", text[m.end():]) \
            and any(x in w.present and (x not in w.noun_verbs or ws[k][:1].isupper())
                    for ws in [_words_of(head)] for k, x in enumerate(ws[1:]))
        # "is putting forces on standby and sending ships": a progressive's second participle
        progressive = verb.endswith("ing") and verb not in ING_NOUNS \
            and BEING_DONE.search(head) is not None
        if verb in w.noun_verbs and not as_verb or not (
                verb in w.present or verb in w.past or verb in AUXILIARIES or plural and verb in w.bases
                or progressive):
            continue
        if re.search(r"\b(?:which|who|whom|whose|that|where|when)\b", head):
            break  # "the blasts which killed ... and injured ...": the relative clause's verbs
        if head.count("“") == head.count("”") \
                and head.count('"') % 2 == 0 \
                and len(_words_of(head)) >= MIN_WORDS \
                and (head.endswith(("”", '"')) or _last_word(head) not in w.dangling):
            return head
    return text


# "and" before a second clause's subject: an article, a possessive or a name
OWN_CLAUSE = re.compile(r",?\s+and\s+(?=(?:the|a|an|his|her|its|their|[A-Z][\w’'-]*)\s)")


def drop_own_clause(text: str, w: Words) -> str:
    """The sentence without a second clause of a subject of its own: "Russia announced two new
    nuclear-capable weapons and the president of the United States ordered a resumption of
    nuclear testing" -> "Russia announced two new nuclear-capable weapons" (a headline tells
    one act; probe_events25, whose title was a template). Only where the words before "and"
    have a verb of their own, the second subject is at most seven words with no verb, comma or
    quote in it, and "and" is in no relative clause nor quote; else the sentence as it is.

    >>> drop_own_clause("Zelensky met Trump in Rome and the two leaders discussed a ceasefire", words())
    'Zelensky met Trump in Rome'
    >>> drop_own_clause("Talks between Russia and the United States resumed in Riyadh", words())
    'Talks between Russia and the United States resumed in Riyadh'
    """
    for m in OWN_CLAUSE.finditer(text):
        head = text[:m.start()]
        if re.search(r"\b(?:which|who|whom|whose|that|where|when|if|whether)\b", head):
            break
        # (never names joined: "talks between the United States, Russia| and Ukraine hosted in
        # the capital", "hours after Trump| and Putin spoke": one subject or object of two)
        if re.search(r"[A-Z][\w’'.-]*$", head) and text[m.end():m.end() + 1].isupper() \
                or re.search(r"\bbetween\b(?![^,;]*\band\b)[^;]*$", head):
            continue
        # (the words before "and" have a finite verb no noun could be: "the African plan| and
        # China's proposals of February were ..." is one subject, and so is "Macron's decision
        # to host Zelensky| and Scholz for dinner had been ...": an infinitive is no clause's)
        # (the words after a colon are a clause of their own: "What happened in Moscow is
        # obvious: Putin| and the other scum are trying ..." has no verb after its colon)
        ws = _words_of(re.split(r"[:;]\s", head)[-1])
        if head.count("“") != head.count("”") or head.count('"') % 2 or len(ws) < MIN_WORDS \
                or not any((x in w.past or x in w.present or x in AUXILIARIES
                            or x in w.bases and ws[k - 1].lower() not in ("to", *AUXILIARIES))
                           and x not in w.noun_verbs for k, x in enumerate(ws) if k):
            continue
        subject = re.match(r"[^,;:“”\"()—–]*", text[m.end():]).group(0)
        rest = _words_of(subject)[:9]
        k = next((i for i, x in enumerate(rest) if i and (x in w.past or x in w.present or x in AUXILIARIES)
                  and x not in w.noun_verbs), None)
        if k is not None and k <= 7 and not _has_verb(rest[:k], w):
            return head
    return text


# what a subject's talks are about, when the headline has no room for it: "a new round of
# trilateral talks| on resolving the conflict between Russia and Ukraine| has been moved back"
# a quoted string of adjectives before a noun, with its article: 'a "sustainable, fair and
# comprehensive" peace' -> "peace" (the noun says what; the epithet is the speaker's colour)
EPITHET = re.compile(r"(?<![\w’'-])(?:a|an|the)\s+[“\"](?:[a-z-]+(?:,\s+|\s+(?:and|or)\s+)?){1,6}[”\"]"
                     r"\s+(?=[a-z]{3,}\b)")
GERUND_MODIFIER = re.compile(r"(?<=[a-z])\s+(?:on|over|about|aimed\s+at)\s+[a-z]{3,}ing\b[^,;:“”\"]*?"
                             r"(?=,?\s+(?:has|have|had|is|are|was|were|will|would|could|can|may|might)\b)")
POINTING = re.compile(r"\b(?:this|that|these|those|it|so)\b[”\"]?$")
NAMED_SUBJECT = re.compile(r"(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*(?=\s+[“\"]?[a-z])")


def second_predicate(text: str, w: Words) -> str:
    """The subject with its second predicate, where its first points at what the article said
    before: 'Putin "understands this" and is merely "playing games with the United States"' ->
    'Putin is merely "playing games with the United States"'. The text itself otherwise."""
    head = drop_coordinated(text, w)
    subject = NAMED_SUBJECT.match(text)
    if head == text or subject is None or not POINTING.search(head):
        return text
    rest = text[len(head):]
    verb = COORDINATED.match(rest)
    if verb is None:
        return text
    return f"{subject.group(0)} {rest[verb.start('verb'):]}"


OF_ASIDE_WORDS = 6  # words of an "of" phrase set off by commas that a headline keeps


QUOTE_INSERT = re.compile(r"(?<=[“\"‘])[(\[](?P<inner>[^()\[\]“”\"]{1,40})[)\]]")


# a party's initial and a state's short name in commas after a name (attribution.PARTY_STATE;
# the closing comma may be missing before the verb: "Kelly, D-Ariz. said")
PARTY_STATE = re.compile(r"(?<=[A-Za-z.])(?:,\s+[DRI]-[A-Z][A-Za-z.]{1,12}(?:\s+[A-Z][a-z.]{1,8})?)+"
                         r"(?:,(?=\s)|(?=\s+[a-z]))")


def drop_parentheticals(text: str, w: Words) -> str:
    # words an editor put in brackets to open a quote stand for the speaker's own: the words
    # stay, their brackets go ('"(Putin) is not happy"' was 'Is not happy', the name dropped)
    text = QUOTE_INSERT.sub(lambda m: m.group("inner"), text)
    text = re.sub(r"\s*\([^()]*\)", "", text)
    # a short clause between a verb and its complement: "agreed when they met to deepen
    # investment links" -> "agreed to deepen investment links"
    text = re.sub(r"\b(?P<verb>[a-z]{3,})\s+(?:when|as|after|once|while)\s+(?:they|he|she|we|it|both|"
                  r"the\s+two(?:\s+[a-z]+)?)\s+(?P<v>[a-z]+)(?=\s+(?:to|that)\s)",
                  lambda m: m.group("verb") if m.group("v") in w.verb_forms and m.group("verb") in w.verb_forms
                  else m.group(0), text)
    text = re.sub(r"\s*\[[^\[\]]*\]", "", text)
    # (and one set off by hyphens with spaces: "Erdogan - who met Putin - said")
    text = re.sub(r"\s+([—–-])\s+[^—–]{1,120}?\s+\1(?=\s)", "", text)
    # a US lawmaker's party and state after the name, as attribution reads them ("Sen. Mark
    # Kelly, D-Ariz., said" was 'Kelly, D-Ariz., said that ...')
    text = PARTY_STATE.sub("", text)
    # appositions and non-restrictive relatives after a name: "Zelensky, a former comedian, ..."
    def aside(m: re.Match[str]) -> str:
        inner = m.group("inner")
        if m.group("lead") == "of":
            return " " + inner if len(inner.split()) <= OF_ASIDE_WORDS else ""
            # "The exchange, of 1,000 prisoners on each side, was completed":
            # what it was of is the news, set off by commas or not (a long one goes, as an
            # aside: "the first exchange under the deal, of soldiers under 25 and the
            # seriously wounded, took place")
        relative = m.group("lead").split()[-1] in {"who", "whose", "which", "whom", "although",
                                                    "though", "while", "if", "when", "whereas"}
        own = re.split(r"\b(?:who|whom|whose|which|that)\b", inner)[0]
        if re.search(r"\b(?:that|which|who|whom|whose|where|when|because|if|and|or|but|than)$", inner):
            return m.group(0)  # no aside ends on a word that opens a clause: its comma opens
            # the aside of the clause it goes on to (", with Poland objecting to exemptions
            # that, in its view, would open loopholes" lost all but "in its view, would open
            # loopholes", probe_events78)
        if not relative and any(t in w.past or t in AUXILIARIES
                                for t in _words_of(own)[1:]):
            return m.group(0)  # a clause of its own, not an aside
        if re.search(r"(?:^|\s)[a-z]+$", inner) and re.match(r"\s+[a-z]+\s+(?:and|or)\s+[a-z]",
                                                              m.string[m.end():]):
            return m.group(0)  # ", on political, humanitarian and military issues", "the chief
            # of Russia's nuclear, biological and chemical protection troops": a list's first
            # item, not an aside
        if m.group("lead").endswith("ing") and re.match(r"\s+(?:the|a|an)\s", m.string[m.end():]):
            return m.group(0)  # ", launching 800 drones, the largest attack": what follows sums up
        if re.match(r"\s+(?:the|a|an)\s", m.string[m.end():]):
            return ","  # "in Budapest, Hungary, after a call, a day before ...": an aside follows
        if re.match(r"\s+(?:even\s+as|even\s+though|as|while|after|before|when|amid|despite|"
                    r"although|though|because)\s", m.string[m.end():]):
            return ","  # "completed, with 303 soldiers returning home, even as ...": the clause
            # after it keeps its comma (a cut goes there)
        return ""
    # a participle's aside and the "when" clause of its last words go together: "handed in his
    # resignation, clearing the way for the reshuffle that Zelensky announced, when he proposed
    # Svyrydenko" -> "handed in his resignation"
    text = re.sub(r"(?<=[\w’'”.])\s*,\s+[a-z]+ing\s[^,;“”\"]{1,100}?,\s+(?:when|where)\s[^;“”\"]*?(?=[.!?]?$)",
                  "", text)
    text = re.sub(r"(?<=[\w’'”.])\s*,\s+(?P<inner>(?P<lead>a|an|the|who|whose|which|"
                  r"(?:for|to|with|of|among|by|from|in)\s+(?:whom|which)|although|"
                  r"though|while|if|when|whereas|now|"
                  r"then|also|himself|herself|itself|once|formerly|previously|at|in|on|of|during|"
                  r"after|before|by|with|like|unlike|as\s+well\s+as|along\s+with|together\s+with|"
                  r"[a-z]+ing|[A-Z][\w’'-]*’s|[A-Z][\w’'-]*'s)"
                  # (not before "whose ...": a relative of the aside's last noun goes with it)
                  # (nor before a speaker and the verb: ", killing five people, regional
                  # governor Ivan Fedorov said" closes the sentence with who said it)
                  # (nor before what goes on about its own last words: ", killing six people,
                  # including two children")
                  # (a place and its region inside it: ", speaking at a plant in Menlo, Iowa,"; a
                  # list of names: ", as well as airports in Modlin, Rzeszow and Lublin,")
                  r"\s(?:[^,;]|,(?=\d{3}\b)|(?<=\s)[A-Z][\w.’'-]*(?:,\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)?)+"
                  r"(?:,?\s+(?:and|or)\s+[A-Z][\w.’'-]*)?(?=,)){1,100}?),(?:(?<=\w,)[”\"’](?=\s+(?:will|would|is|are|was|were|has|have|had|can|could|may|might|must|should)\s))?(?=\s+(?!and\b|or\b|not\b|(?:who|whose|whom|which)\b"
                  r"|(?:including|among|excluding|mostly|mainly|most|many|some|all|both)\b)[a-z])"
                  r"(?!\s+[a-z\s]{0,40}(?:[A-Z][\w’'.-]*\s+){1,4}(?:said|says|told|added|reported|wrote)\b)",
                  aside, text)
    # an apposition and the relative clause of its last noun go together: "led by Rustem
    # Umerov, the secretary of the Security Council, who became chief negotiator ..."
    text = re.sub(r"(?<=[\w’'”.])\s*,\s+(?:a|an|the)\s[^,;“”\"]{1,100}?,\s+(?:who|whose|whom|which)\s[^,;“”\"]*"
                  r"(?=[.!?]?\s*$)", "", text)
    # a participle's aside goes before "and" too: "the status of Crimea, annexed by Russia in
    # 2014, and the future of ..." -> "the status of Crimea and the future of ..."
    # (and an irregular one: "The summit, held in Alaska, ended")
    text = re.sub(r"(?<=[\w’'”.])\s*,\s+(?!(?:compared|based|according|including|excluding)\b)"
                  r"(?:(?:first|originally|initially|widely|already|later)\s+)?"
                  r"(?P<part>[a-z]{3,})(?:\s+(?:by|in|at|on|from|to|with|as|for|"
                  r"during|after|under|into)\s[^,;“”\"]{1,80}?)?,(?=\s+(?!or\b)[a-z])",
                  # (its date gone before: "The law, first passed in 2014, expires" -> "The
                  # law, first passed, expires")
                  lambda m: "" if (m["part"].endswith(("ed", "en")) and m["part"] not in NUMBERS
                                   or m["part"] in w.participles)
                  # "Russian forces, meanwhile, claimed to have taken the town ..., a claim Kyiv
                  # denied": a noun phrase after it, so no verb of the sentence: it is the verb
                  and not re.match(r"\s+(?:a|an|the|this|these|those)\s", m.string[m.end():])
                  # (nor the sentence's own verb, none before or after it: "Ukraine's
                  # president, Volodymyr Zelensky, said on Italian television that ..., hours
                  # after an audience")
                  and (_verbal(_words_of(re.split(r"[,;:]", m.string[m.end():])[0]), w)
                       or _verbal(_words_of(m.string[:m.start()]), w))
                  else m.group(0), text)
    return text


# nouns in -ing that a compound of names may precede ("a Zelensky-Putin meeting"): no participle
ING_NOUNS = frozenset("""meeting meetings briefing hearing building funding bombing bombings shelling
fighting killing killings warning warnings gathering summit offering offerings ruling rulings
signing swearing opening crossing landing uprising""".split())


NAMED_PAIR = re.compile(r"\s*[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*\s+and\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*\s*,")


# an aside a cut would leave open: "... trip, after what he described|"
OPEN_ASIDE = re.compile(r",\s+(?:although|though|while|which|who|whose|whom|if|when|as|whereas|"
                        r"despite|after|before|except|including|excluding|besides|notably|"
                        r"especially|such\s+as|like|unlike|of|with)\b[^,]*$")


def _open_time_clause(head: str, tail: str, w: Words) -> bool:
    """Is ``head`` cut inside a time clause whose verb is in ``tail`` ("will meet Zelensky only
    after a schedule| for the meeting had been prepared", "came a day after Ukraine's SBU|
    security service carried out ...")? ("met after the summit" is a phrase.)"""
    timed = re.search(r"\b(?P<sub>after|before|until|once|since|when|while|as|because|although|though|whereas)\s+"
                      r"((?:[\w’'-]+\s+){0,5}[\w’'-]+)$", head)
    if not timed or _finite(_words_of(timed.group(2)), w) or re.match(r"\s*to\s+[a-z]", tail):
        return False  # (an infinitive after it: "gives Russia until noon on Thursday| to allow")
    clause = re.split(r"[,;:]", tail)[0]
    if timed.group("sub") == "as":
        # "as" is a preposition as often ("returned as refugees| who had fled"): a clause
        # only when a relative clause on its subject comes before the clause's own verb
        # ("grew as refugees| who had gone home came back")
        relative = re.match(r"\s*(?:who|which|that)\s+(.*)$", clause)
        return relative is not None and sum((x in w.present or x in w.past or x in w.pluperfect)
                                            and x not in AUXILIARIES for x in _words_of(relative.group(1))) >= 2
    return FINITE.search(clause) is not None or _finite(_words_of(clause), w)


COORDINATED_SUBJECT = re.compile(r",\s+(?:and|but)\s+(?:a|an|the|his|her|its|their)\s+([^,;:]*)$")
LONG_OPEN = re.compile(r"\b(?:that|whether)\s+((?:[\w’'-]+\s+){4,14}[\w’'-]+)$")
# a verb of belief and the subject of the clause it takes without "that": "does not believe| NATO
# membership for Ukraine| is a realistic outcome" cut after "membership" makes it the object
BELIEF_OPEN = re.compile(r"\b(?:believes?|believed|thinks?|thought|expects?|expected|hopes?|hoped|"
                         r"fears?|feared|knows?|knew)\s+((?:[\w’'.-]+\s+){0,6}[\w’'.-]+)$")


def _clause_cut(head: str, tail: str, w: Words) -> bool:
    """Is ``head`` cut inside a long "that" clause before its verb, which ``tail`` holds
    ("rejects claims that signing up to the so-called Steinmeier formula| ... amounted to
    capitulation")? (Hyphenated words in -ed are adjectives: "so-called".)"""
    believed = BELIEF_OPEN.search(head.rstrip(" .,;:"))
    if believed is not None and not _verbal(_words_of(believed.group(1)), w) \
            and (verb := re.search(r"\s(?:is|are|was|were|will|would|can|could|should|must|may|might|"
                                   r"has|have|had|remains?|remained)\b", tail)) is not None \
            and not re.search(r"[,;:]", tail[:verb.start()]) and not _verbal(_words_of(tail[:verb.start()]), w):
        return True  # "does not believe NATO membership| for Ukraine is ...": its verb is cut off
    found = LONG_OPEN.search(head.rstrip(" .,;:"))
    if found is not None \
            and not _verbal([x for x in _words_of(found.group(1)) if "-" not in x], w) \
            and _verbal([x for x in _words_of(re.split(r"[;:]", tail)[0]) if "-" not in x], w):
        return True
    # "..., and a president who promised to end the war| would like to ...": a second clause's
    # subject without its verb (a relative clause's is not its own)
    joined = COORDINATED_SUBJECT.search(head.rstrip(" .,;:"))
    return joined is not None \
        and not _verbal(_words_of(re.split(r"\b(?:who|which|that|whom|whose)\b", joined.group(1))[0]), w)


REDUCED_RELATIVE_PREPS = frozenset({"by", "on", "in", "at", "near", "from", "along", "inside", "outside"})


# characters past the limit a sentence's head may reach and still be made a headline: "The "
# goes, a frame's "said on Monday that" becomes "says" (4 before probe_events59's 'Russia's
# Foreign Ministry said on Monday that it "respects the expression of the will"| of ...')
PREFIX_SLACK = 24  # (over the 61 sets, 4 -> 24: headlines 1,547 -> 1,548 of 2,779; 25 titles
# read otherwise, most of them longer and whole, one phrase told twice, now a problem)


def phrase_prefixes(text: str, w: Words, limit: int | None = None) -> list[str]:
    """The sentence cut before each trailing phrase that starts at a preposition, a
    conjunction or a comma ('... in Istanbul| in the coming days| with the aim of ...'); never
    inside a list of names ('France, Britain and Poland') nor inside a quote."""
    out = []
    tokens = list(re.finditer(r"[,;:—–](?=\s)|[\w’'-]+", text))
    for k, t in enumerate(tokens):
        if limit is not None and t.start() > limit + PREFIX_SLACK:
            break  # the heads from here on are too long to be a headline (what the frame and
            # the date give up: "said on Monday that" -> "says")
        word = t.group(0)
        prev = tokens[k - 1].group(0) if k else ""
        participle = len(word) >= 6 and word.endswith("ing") and word.islower() and \
            word not in ING_NOUNS and (prev == "," or prev[:1].isupper() and "-" not in prev)
        # "began talks in Riyadh| focused on ...": a past participle after a name, once a verb
        # was said, is a reduced relative (not "Trump| said", "Zelensky| arrived")
        participle = participle or len(word) > 4 and word.endswith("ed") and word.islower() \
            and prev[:1].isupper() and k >= 2 and tokens[k - 2].group(0) in PREPOSITIONS \
            and _verbal([x.group(0) for x in tokens[:k - 2]], w)
        # "a package| to as many as ...", never "agreed| to hold talks"
        following = tokens[k + 1].group(0) if k + 1 < len(tokens) else ""
        # "three television channels| controlled by an ally of Putin": a passive's reduced
        # relative after a noun, whose agent or ground follows ("a missile| based on the RS-26")
        # (its clause's verb said before it: not "..., an event| attended by", nor "..., when
        # about 1,000 soldiers| backed by tanks crossed the border")
        participle = participle or len(word) > 4 and word.endswith("ed") and word.islower() \
            and following in REDUCED_RELATIVE_PREPS and prev.isalpha() and prev.islower() and prev not in w.verb_forms \
            and prev not in AUXILIARIES and prev not in PREPOSITIONS and prev not in DETERMINERS \
            and _verbal(_words_of(re.split(r"[,;:]", text[:t.start()])[-1]), w)
        # "signed a decree| making it easier for ...": a present participle after an object,
        # its clause's verb said before it
        participle = participle or len(word) >= 6 and word.endswith("ing") and word.islower() \
            and word not in ING_NOUNS and prev.isalpha() and prev.islower() and prev not in w.verb_forms \
            and prev not in AUXILIARIES and prev not in PREPOSITIONS and prev not in DETERMINERS \
            and not prev.endswith(("ing", "ed", "ly")) \
            and (following.lower() in DETERMINERS or following.lower() in PREPOSITIONS
                 or following.lower() in PARTICIPLE_OBJECTS or following[:1].isdigit()
                 or following[:1].isupper()) \
            and _verbal(_words_of(re.split(r"[,;:]", text[:t.start()])[-1]), w)
        # "dissolving the Verkhovna Rada| and calling early elections": the second of two
        # participles' phrases
        participle = participle or word == "and" and len(following) >= 6 and following.endswith("ing") \
            and following.islower() and following not in ING_NOUNS \
            and re.search(r"\b[a-z]{3,}ing\s+(?:the|a|an|it|them|its|their|his|her)\b", text[:t.start()]) is not None
        participle = participle or (word == "to" and prev.lower() not in w.verb_forms
                                    and prev.lower() not in w.to_verbs and not prev.endswith("ed")
                                    and following != prev
                                    # "would like Trump| to be in Turkey": what is wanted of
                                    # someone named is the news
                                    and not (k >= 2 and prev[:1].isupper()
                                             and tokens[k - 2].group(0).lower() in w.object_to)
                                    # (nor what is proposed to someone: "proposed to Putin| to
                                    # meet in Donbas", probe_events85)
                                    and not (k >= 3 and prev[:1].isupper() and tokens[k - 2].group(0) == "to"
                                             and tokens[k - 3].group(0).lower() in w.object_to))
        # "withdraw from four regions| Moscow claims to have annexed": a relative clause without
        # its "that", a name and its verb after a noun
        participle = participle or word[:1].isupper() and prev.isalpha() and prev.islower() \
            and prev.endswith("s") and prev not in w.verb_forms and prev not in PREPOSITIONS \
            and prev not in DETERMINERS and prev not in AUXILIARIES \
            and (following in w.present or following in w.past)
        # (a phrase after a closed quote: 'says it "respects the expression of the will"| of
        # the people of the southeast', probe_events59)
        after_quote = word.lower() in PREPOSITIONS and text[:t.start()].rstrip()[-1:] in "\"”" \
            and _balanced(text[:t.start()])
        if (word.lower() not in w.cut_before and not participle and not after_quote) or k < MIN_WORDS:
            continue
        if word.lower() in PREPOSITIONS and re.match(r"\s+(?:which|whom|whose)\b", text[t.end():]) \
                and COPULA_NOUN.search(text, 0, t.start()):
            continue  # "is a week| in which Russia draws new lines": what it is, in its clause
        if word == "," and k + 1 < len(tokens) and tokens[k + 1].group(0)[:1].isupper() \
                and tokens[k - 1].group(0)[:1].isupper():
            continue
        after = text[t.end():] if word == "," else ""
        item = re.search(r",\s+(?:[\w’'-]+\s+){0,2}[\w’'-]+$", text[:t.start()])
        # "the two presidents, Vladimir Putin and Vladimir Zelensky, ...": names in apposition
        named = word == "," and prev[:1].islower() and NAMED_PAIR.match(after)
        if word == "," and not named and (
                re.match(r"\s*(?:(?!(?:that|which|who|with|of|for|from|to|in|on|at|by)\b)[\w’'-]+\s+){0,3}[\w’'-]+,?\s+(?:and|or)\s", after)
                or item and re.match(r"\s*(?:and|or)\s", after)):
            continue  # "destruction, displacement, and ...": a list, not a phrase (never one
            # of a relative clause or a phrase: '..., language that pleased Kiev and its allies',
            # '..., consistent with commercial or modified systems')
        # (a phrase opening a quote is cut before its quote mark: 'prepared| "with the utmost care"')
        # (a straight mark that closes a quote stays: 'needs "new energy"| for an autumn')
        head = text[:t.start()]
        if head.rstrip().endswith("“") or head.rstrip().endswith('"') and head.count('"') % 2 == 1:
            head = re.sub(r"\s*[“\"]$", "", head.rstrip())
        head = _end_sentence(head)
        if OPEN_ASIDE.search(head):
            continue  # the cut would leave an aside open
        if word.lower() in PREPOSITIONS and not _plainly_verbal(_said_words(head), w) \
                and _verb_in_tail(text[t.end():], w):
            continue  # "Missile strike on a residential building| in Kyiv's district killed
            # one person": a subject cut before its verb (the phrase's clause goes on)
        opened = re.search(r"\b(?:that|if|whether|although|though|because|unless|whom|which|what)\s+"
                           r"((?:[\w’'-]+\s+){0,3}[\w’'-]+)$", head)
        if opened and (not _verbal(_words_of(opened.group(1)), w)
                       or re.search(r"\band\s+that\s+(?:[\w’'-]+\s+){0,2}[\w’'-]+$", head)):
            continue  # "proposes that a meeting", "... and that the work": a clause cut
            # before its verb (a second "that" of a few words has none yet)
        if _clause_cut(head, text[t.start():], w):
            continue
        # "will meet Zelensky only after a schedule| for the meeting had been prepared": a
        # time clause whose verb comes after the cut ("met after the summit" is a phrase)
        if _open_time_clause(head, text[t.start():], w):
            continue
        if OPEN_CONDITION.search(head):
            continue  # "says if the aim is to prevent a meeting|": a condition without its news
        last = _last_word(head)
        before_last = _words_of(head)[-2:-1]
        if (last in w.past or last.endswith("ed")) and before_last and word != "," \
                and (before_last[0].islower() and before_last[0] not in AUXILIARIES
                     and before_last[0] not in w.pronouns
                     # "began talks in Riyadh focused| on ...": a name after the verb
                     or before_last[0][:1].isupper() and _verbal(_words_of(head)[:-2], w)) \
                and not re.search(r"\band\s+(?:[\w’'-]+\s+){0,4}[\w’'-]+$", head):
            continue  # "a ceremony held| in ...": a reduced relative, its phrase cut off
        if QUANTITY_AFTER.match(text, t.start()):
            continue  # "agreed to swap| at least 1,200 more prisoners": a count, no phrase
        if word.lower() in ("until", "till") and GIVEN_TIME.search(head):
            continue  # "has given Russia| until noon on Thursday": the time given is the news
        if word == "to" and w.directive.search(head):
            continue  # "ordered his defense minister and chief of the general staff| to put
            # ...": whom a directive tells, without what it tells them
        if word == "by" and (last in w.past or last.endswith("ed")):
            continue  # "a declaration issued| by Macron ...": the agent of a passive
        if word in w.particles and last in w.verb_forms:
            continue  # "would unilaterally hand| over the bodies": a verb and its particle
        if len(last) > 4 and last.endswith("ing") and last.islower() and last not in ING_NOUNS \
                and word != ",":
            continue  # "each handing| over 303 soldiers": a participle cut from what it governs
        if word.lower() in ("after", "before") and COUNTED_TIME.search(head):
            continue  # "the talks came a day| after ...": the time counts from what follows
        if last in w.speech or last in w.needs_that or (last in w.past and k < len(tokens) - 1
                                                        and t.group(0) == "that"):
            continue  # "but insisted| that ...": the verb's complement would be cut off
        if (last in w.past or last in w.present and last not in w.noun_verbs) and word in PREPOSITIONS \
                and re.match(r"\s*[a-z][\w-]*\b", text[t.end():]) \
                and _words_of(text[t.end():])[0] not in DETERMINERS | NUMBERS | QUANTITIES:
            continue  # "passed| on word that ...": a particle and its bare object, not a phrase
        if re.search(r"\band\s+[\w’'-]+$", head) and (last in w.present or last in w.past):
            continue  # "condemns the bombing and calls| on all states"
        tail = re.split(r"[,;:]", text[t.start():])[0]
        hw = _words_of(head)
        # a verb after its subject ("Putin attends"), or before its object ("the defence
        # minister orders a halt")
        subject_verb = any(x in w.present and hw[i - 1].lower() not in DETERMINERS
                           and not re.search(r"[’']s$", hw[i - 1])  # "Sunday's talks": a noun
                           and (hw[i - 1][:1].isupper() or hw[i - 1].lower() in w.pronouns
                                or hw[i + 1:i + 2] and hw[i + 1].lower() in {"a", "an", "the"})
                           for i, x in enumerate(hw) if i) \
            or any(x in w.present and x not in w.noun_verbs and hw[i - 1].lower() not in DETERMINERS
                   and not any(y.lower() in w.verb_forms for y in hw[:i])
                   for i, x in enumerate(hw[:SUBJECT_WORDS + 2]) if i)  # "the state needs"
        if not FINITE.search(head) and not subject_verb and not participle and \
                (FINITE.search(tail) or any(x in w.speech for x in _words_of(tail))):
            continue  # "the papers connected with a deal| to stop the war are ready": the verb is cut
        if not _cut_ok(head, text[t.start():], w):
            continue
        if last.endswith("ing") and t.group(0) == "that":
            continue  # "by warning| that ...": the gerund's complement would be cut off
        before = _words_of(head)[-2:-1]
        if last.endswith("ing") and before and (before[0][:1].isupper() or before[0].lower() in w.verb_forms):
            continue  # "arrives in Washington seeking| to mediate": a participle cut off
        if head.split()[-1][:1].isupper() and word[:1].isupper():
            continue  # inside a name ("the Space| Shuttle Columbia")
        hw_last = _words_of(head)[-2:]
        particle_end = len(hw_last) == 2 and f"{hw_last[0].lower()} {last}" in w.particle_ends
        # (a quote's own last word ends what was said: 'says it "respects the expression of the
        # will"| of the people ...', probe_events59; never a function word: '"... of the"')
        quoted_end = head.rstrip()[-1:] in "\"”" and last not in QUOTE_DANGLING
        if not _balanced(head) or len(_words_of(head)) <= MIN_WORDS \
                or last in w.dangling and not particle_end and not quoted_end:
            continue
        if f"{last} {word.lower()}" in w.particle_ends:
            continue  # "since he was sworn| in": a verb and its particle
        if word == "and" and last in w.demonyms.values() and last != "US":
            continue  # "the first time Russian| and Ukrainian officials": an adjective without its noun
        out.append(head)
    return out


# --- checks -------------------------------------------------------------------------------

# words no quote a headline keeps may end on, closed or not (score: DANGLING)
QUOTE_DANGLING = frozenset("a an the of to in on at for with by from and or but that which who whom "
                           "whose as than his her its their our your my into onto about after before "
                           "over under between".split())
MODALS = frozenset("will would can could shall should must".split())
NOUN_BEFORE_MODAL = frozenset("the a his her its their our your my political popular free good ill "
                              "people's people’s".split())
QUOTE_ENDS = frozenset("this that it them these those him her us me you "
                       "either though all more much".split())  # a quote may end on ('"we don't like him either"')
OF_QUANTIFIERS = frozenset("many few several all both some most each".split())


OPEN_PHRASAL = re.compile(r"(?<![\w’'-])(?:turns?|turned|turning|ends?|ended|ending)\s+(?:out|up)$"
                          # an infinitive whose phrasal verb wants its object: "leaders agreed to
                          # draw up| a \"roadmap\"", "to carry out| the plan"
                          r"|(?<![\w’'-])to\s+(?:draw|set|carry|put|work|lay|spell|hammer|map|roll|take|"
                          r"bring|sum|step|ramp|beef|shore|drum|rule|single|point|sort|iron)\s+"
                          r"(?:up|out|forward)$")


# a headline ending two words into a coordinated clause of the past: the clause was cut ("Trump
# arrives in Riyadh on the first leg of a Gulf tour, and was received")
# a passive whose verb says nothing without by whom ("were led", "was chaired")
AGENT_CUT = re.compile(r"\b(?:was|were|is|are|been|be)\s+(?:led|headed|chaired|mediated|brokered|attended|"
                       r"joined|followed|accompanied|preceded|hosted)$")
SAID_WHOLE = re.compile(r"[A-Z][^:“”\"]{1,60}:\s+“[^“”]+”")  # 'Michel: “A historic moment”'
CUT_COORDINATION = re.compile(r",\s+and\s+(?:(?:was|were|had|has|is|are)\s+[a-z]+|[a-z]+ed|said|told|says)$")
# (and a second verb with nothing after it: "..., and boasted")
# the first "as" of "as long as", "as soon as" with the rest cut away
# where words were said, cut before what says it ("in remarks| at a meeting of his council")
BARE_REMARKS = re.compile(r"\bin\s+(?:his\s+|her\s+|their\s+)?(?:remarks|comments)$")
# (not a comparison whole: "twice as long", "and few are raised as often")
AS_CUT = re.compile(r"(?<!twice )(?<!times )(?<!half )(?<!just )(?<![\w’'-])as\s+(?:long|soon|far)$")


UNCLOSED_APPOSITION = re.compile(r"(?P<subject>[^,]{1,60}),\s+(?:(?:the|a|an)\s+)?"
                                 r"(?!(?:they|he|she|we|it|you|i)\b)[a-z][^,]*$")


# one told, the teller unnamed: "Tulev tells him Karin had evidence" (the frame of whom he
# told gone)
TELLS_HIM = re.compile(r"(?:[A-Z][\w’'.-]*\s+){1,4}(?:tells|told|assures|assured|informs|informed)\s+(?:him|her|them)\b")
# a full stop, then a capital, after a word no abbreviation's ("Report says demand was strong.
# Sales rose 5%": a quote of two sentences, its marks gone, hostile33)
TWO_SENTENCES = re.compile(r"(?<![\w.])(?:[a-z]{4,}|[A-Z][a-z]{5,})[.!?]\s+[A-Z]")
# a word ending a sentence before one in lower case (not an abbreviation's full stop)
RUN_ON = re.compile(r"(?<![\w.])(?!(?:approx|incl|excl|Corp|Dept|Govt|Assn|Bros|Univ|Prof|Sept|Capt|Lieut)\.)"
                    r"(?:[a-z]{4,}|[A-Z][a-z]{5,})\.\s+[a-z]")  # (a capital's word is longer than any
# abbreviation of a state or a title: "D-Ariz. said", "Calif.")
PREPOSITION_STUB = re.compile(r"\b(?:on|in|at|by|from|until|since|for|of)\s+(\S{1,2})$")
IN_ANSWER_CUT = re.compile(r"\b(?:in|as)\s+(?:an?\s+)?(?:[a-z-]+\s+)?(?:response|reaction|answer|reply|retaliation|riposte)$")


REPEATED_PHRASE = re.compile(r"\b((?:[\w’'-]+\s+){2}[\w’'-]+)\b.*\b\1\b", re.IGNORECASE)
GAPPED = re.compile(r"\b(?:for|of|to|in|on|with|by|from|at|about|against)\s+(?:and|or)\b")


COPULAS = frozenset({"is", "are", "was", "were", "be", "been", "not", "remains", "remain", "seems",
                     "seem", "looks", "stays"})
PREDICATE_ADJECTIVES = frozenset({"new", "full", "key", "major"})
AUXILIARY_ADVERB_END = re.compile(r"\b(?:is|are|was|were|be|been|has|have|had|will|would)\s+"
                                  r"(?:[a-z]{2,}ly|still|already|also|just|now|not|never)$")
ONLY_INVERTED = re.compile(r"Only\s+(?:did|does|do|was|were|is|are|had|has|have|would|could|will|can)\s"
                           # (or kept whole: "Not until Friday did the ministry confirm ...",
                           # "Only after Friday did the talks resume", hostile33)
                           r"|(?:Only|Not\s+until)\b[^,;:]{0,60}?\s(?:did|does|do|had|has|have|would|could)"
                           r"\s+(?:the\s+)?[A-Za-z][\w’'-]*(?:\s+[a-z]|$)")  # (or cut after its
# subject: "Not until the talks end did the Kremlin", hostile34)


def problems(text: str, limit: int, w: Words) -> list[str]:
    """Why ``text`` is not a clean headline (empty list: it is)."""
    out = []
    if len(text) > limit:
        out.append("too long")
    ws = _words_of(text)
    # (but for a name and a verb that says it all: "Yermak resigns", "Putin arrives")
    if len(ws) < MIN_WORDS and not (len(ws) == 2 and (ws[0] in w.people or ws[0] in w.institutions)
                                    and ws[1] in w.alone_verbs):
        out.append("too short")
    if "…" in text or "..." in text:
        out.append("ellipsis")
    if ws and (ws[0].lower() in w.phrase_openers or ws[:2] == ["According", "to"]) \
            and not _has_verb(ws[2 if ws[0] == "According" else 1:], w, headline=True):
        out.append("phrase alone")  # "According to the UN human rights office": the sentence
        # cut at its opener's comma (probe_events90; its "to" is no infinitive's)
    if w.said_infinitive.search(text):
        out.append("dangling end")  # "Putin uses an interview with the daily Politika to warn|
        # ...": a verb of saying with nothing said
    if (but := re.search(r",\s+but\s+((?:[\w’'-]+\s*){1,5})$", text)) is not None \
            and not _has_verb(_words_of(but.group(1)), w):
        out.append("dangling clause")  # "Ukraine elects a new parliament, but polling
        # stations| in the east stay closed"
    if (second := re.search(r",\s+and\s+((?:[\w’'-]+\s*){1,5})$", text)) is not None \
            and "," not in text[:second.start()] and second.group(1).split()[-1].islower() \
            and not _verbal(_words_of(second.group(1)), w):
        out.append("dangling clause")  # "None produces a ceasefire, and Russian strikes| on
        # Ukraine's power grid have continued" (probe_events96; a list's last name ends one:
        # "meets Xi, and Modi")
    if re.search(rf",?\s+and\s+(?:then\s+|also\s+)?(?:{SAYING_AFTER_AND})\s", text) \
            and not QUOTED_OPEN.match(text) and not re.search(r"[“\"]", text):
        out.append("mixed tense")  # "Yatsenyuk announces he will resign, and said he would
        # hand his resignation": the second verb left in the past
    if (second := next((m for k in (1, 2, 3) for m in [re.search(
            rf",\s+and\s+(?:the\s+)?(?:[A-Za-z][\w’'-]*\s+){{{k}}}([a-z]+)\b(?P<rest>.*)", text)]
            if m is not None and m.group(1) in w.past), None)) is not None \
            and second.group(1) not in w.present and "," not in text[:second.start()] \
            and not re.search(r"[“\"]", text) and not _verbal_present(_words_of(second.group("rest")), w):
        out.append("mixed tense")  # "Kuleba submits his resignation, and parliament confirmed
        # his deputy": a second subject's verb left in the past (not a list's last item: "meets
        # Xi, Modi, and the leaders invited to the summit")
    if (then := re.search(r",?\s+(?:hours|days|minutes|weeks|shortly|just|moments)\s+before\s+"
                          r"(?:[A-Z][\w’'.-]*\s+){1,5}([a-z]+)\b", text)) is not None \
            and then.group(1) in w.past and then.group(1) not in w.present \
            and not re.search(rf"\b(?:{SAYING_AFTER_AND}|{SAYING_NOW_AFTER_AND})\b", text[:then.start()]):
        out.append("mixed tense")  # "Russian drones strike Izmail, hours before Erdogan sat| down
        # with Putin": a headline's time clause in the present too (after "says", the past stays;
        # and what came before it keeps its past: "days after Moscow claimed to annex ...")
    if (also := re.search(r",\s+and\s+((?:[\w’'-]+,?\s*){1,6})$", text)) is not None \
            and "," not in text[:also.start()] and not _has_verb(_words_of(also.group(1)), w):
        out.append("dangling clause")  # (and ", and" with no list before it: "State Duma due
        # to vote on treaties, and Federation Council, upper house": a verb left out)
    if len(ws) > 2 and ws[-1] in w.due_participles and ws[-2].islower() and ws[-2] not in AUXILIARIES \
            and ws[-2] not in w.pronouns and not ws[-2].endswith("ly") and ws[-2] not in ("than", "as") \
            and ws[-3].lower() not in ("no", "any"):
        out.append("dangling end")  # "to skip the NATO foreign ministers' meeting set| for
        # early April": a plan's participle without its date
    if len(text) <= limit and REPEATED_PHRASE.search(text):  # (a headline's length: the
        # back reference reads a longer text in its square)
        out.append("repeated words")  # "sits for the first time with a single-party majority
        # for the first time": a phrase told twice, of two clauses made one
    if GAPPED.search(text):
        out.append("garbled")  # "Moscow's demands for and \"denazification\"": a word taken out
        # between a preposition and what it joined
    if re.search(r"\b(?:no|not)\s+(?:later|earlier|sooner|more|less|fewer)$|\b(?:as|so)\s+(?:soon|early|late|much|many)$", text):
        out.append("dangling comparison")  # "should meet the rebels no later| than Saturday"
    if re.search(r"\b(?:and|or|but)\s+again$", text):
        out.append("dangling again")  # "in Minsk and again| at his year-end press conference"
    if re.search(r",\s+(?:or|and)\s+(?:an?|the)\s+[a-z][\w-]*$", text):
        out.append("dangling end")  # "the result of infighting among rebels, or an attempt| by
        # Russia's special services to ...": a second noun cut from what it was of
    if re.search(r",\s+(?:his|her|its|their|the)\s+(?:first|second|third|last|latest|biggest|largest)$", text):
        out.append("dangling apposition")  # "in an unannounced visit, his first| to Southeast Asia"
    if (lone := re.search(r"[,;][”\"’]?\s+([a-z][\w-]*)$", text)) is not None and lone.group(1) not in w.verb_forms \
            and lone.group(1) not in ("too", "again", "instead", "though", "yet", "now", "today"):
        out.append("dangling apposition")  # '... in Ukraine", language| that pleased Kiev': a
        # noun in apposition, what it says of the words cut away
    # a relative clause left with its verb alone, its date stripped ("for a visit that ends")
    if (clause := re.search(r"\b(?:that|which|who)\s+([a-z]+)$", text)) is not None \
            and clause.group(1) in w.present:
        out.append("dangling clause")
    # (the last word, not a run of quote marks after it: "Said said,’’")
    last = next((x.lower().strip("’'-") for x in reversed(ws) if x.strip("’'-")), "")
    # (a quote's own last word ends what was said: '"understands this"', '"the expression of
    # the will"'; never a function word: '"... of the"')
    spoken = re.search(r"\w[”\"]$", text) and (last in QUOTE_ENDS or last not in QUOTE_DANGLING) \
        and not (last in MODALS and len(ws) > 1 and (prev := ws[-2].lower().strip("“\"‘")) not in NOUN_BEFORE_MODAL
                 and (prev in w.verb_forms or prev in w.dangling and prev not in SUBJECT_PRONOUNS | {"it", "that", "who", "which"}
                      or prev.endswith("ed")))
    # (a modal after a verb is no quote's end: '"was elected will"'; after its subject it is,
    # '"everything it can"', '"as it should"', hostile37; and a noun, '"the expression of the will"')
    month = ws and ws[-1] == "May" and len(ws) > 1  # "by 1 May": the month, not the modal
    # ("no order to extend it": an infinitive's object pronoun ends a sentence whole)
    # (and a relative clause's: "the apartment blocks that lost it")
    object_pronoun = last in ("it", "them") and re.search(
        r"\b(?:to|that|which|who)\s+(?:[a-z]+\s+){0,2}?[a-z]{3,}\s+(?:it|them)$"
        # (and a preposition's: "there is no alternative to it", "we will deal with it")
        r"|\b(?:alternative|solution|answer|end|deal|agreed|opposed|committed|used|against|without|with|about)"
        r"\s+(?:to\s+|with\s+)?(?:it|them)$", text) \
        or (verb := re.search(r"\b([a-z]{3,})\s+(?:it|them)$", text)) is not None \
        and verb.group(1) in w.verb_forms and verb.group(1) not in w.dangling  # "will regret it"
    # (a finite verb's object: "Peskov says Zelensky will regret it" was refused, and its words
    # stood without their speaker, 'Zelensky to regret it', hostile34)
    particle = len(ws) > 1 and f"{ws[-2].lower()} {last}" in w.particle_ends  # "Trump sworn in"
    # an adjective after a copula is the predicate, whole ("offer to host Zelensky is not new")
    predicate = len(ws) > 2 and last in PREDICATE_ADJECTIVES and ws[-2].lower() in COPULAS
    # a quantifier that is what "of" governs ends whole ("must become the first of many")
    counted = len(ws) > 2 and ws[-2].lower() == "of" and last in OF_QUANTIFIERS
    # ... and so does what someone says, as an object ("reluctant to respond to anything Putin says")
    said_object = len(ws) > 2 and ws[-3].lower() in SAID_OBJECTS and ws[-2][:1].isupper()
    if ws and last in w.dangling and not re.fullmatch(r"[A-Z]{2,}", ws[-1]) and not spoken and not month \
            and not object_pronoun and not particle and not counted and not said_object and not predicate \
            or re.search(r"(?:[“‘]|\s[\"'])$", text) or OPEN_PHRASAL.search(text) \
            or last in w.never_last and not (re.search(r"[”\"’]$", text) and re.search(r"[“\"‘]", text[:-1])) \
            and not said_object:  # (not a quote's: one that opened)
        out.append("dangling end")  # a function word, a quote opened at the end, or a verb
        # whose complement went ("his words turned out| to be meaningless")
    if re.search(r"\w(?:[’']s|s[’'])$", text):
        out.append("dangling possessive")  # "... resume testing America's", "... from veterans'":
        # its noun went
    if RUN_ON.search(text) or TWO_SENTENCES.search(QUOTED.sub("", text)):  # (a quote's own
        # sentences are its speaker's: 'Peskov: “We are ready. The talks will be in Istanbul”')
        out.append("two sentences")  # "Officials meet. in Q1 2000": a full stop before a word
        # in lower case, which the sentence splitter left in one sentence
    if not _balanced(text):
        out.append("unbalanced quote")
    if re.search(r"[“\"‘]\s*[”\"’]", text):
        out.append("empty quote")  # a quote that was only its date: 'expects the first ship to
        # leave ""' ("this week" was the quote)
    if not _brackets_closed(text):
        out.append("unbalanced bracket")
    if GAPPED.search(text):
        out.append("gapped")  # "Twelve vessels sailed on Monday and three on Tuesday": its
        # second part, the dates gone, is a number with no verb ('... sail and three')
    if (what := re.search(r"(?<![\w’'-])what\s+((?:[\w’'-]+\s+){0,8}[\w’'-]+)$", text)) is not None \
            and not _verbal(_words_of(what.group(1)), w):
        out.append("cut clause")  # "Ukraine did what almost no one| in Moscow ... thought it would"
    if (stub := PREPOSITION_STUB.search(text)) is not None and not re.fullmatch(r"[A-Z]{1,2}|[0-9]{1,2}", stub.group(1)):
        out.append("dangling end")  # "meets Zelensky on З" (a look-alike date's first
        # letter), "on ③": a preposition's object is no one- or two-character scrap (but "of 88")
    if (up := re.search(r"([\w’'-]+)\s+up$", text)) is not None \
            and (up.group(1).lower() in PREPOSITIONS or up.group(1).endswith("ing")):
        out.append("dangling end")  # "a multi-front offensive involving up| to 175,000 troops":
        # a quantity's "up to" cut from its number (a verb's particle ends whole: "set up")
    if AUXILIARY_ADVERB_END.search(text):
        out.append("dangling end")  # "the territorial question is finally| on the table": an
        # auxiliary and its adverb without what they say
    if TELLS_HIM.match(text):
        out.append("pronoun of no one")  # "Tulev tells him Karin had evidence": whom? (what
        # one told the speaker, its frame gone, hostile33)
    if re.search(r"\b(?:says?|said|tells?|told|that|and|but)\s+there$", text):
        out.append("dangling end")  # "Lavrov says there| is no alternative": "there" opens a
        # clause whose verb went (hostile33)
    if re.search(r"\b(?:comes?|came|coming)\s+away$", text):
        out.append("dangling end")  # "Medvedchuk meets with Putin and comes away| talking about
        # a prisoner exchange": away with what?
    if ONLY_INVERTED.match(text):
        out.append("garbled")  # "Only did he concede ...": the date that "only" put first
        # ("Only on Monday did he concede") taken out, its inversion left
    if IN_ANSWER_CUT.search(text):
        out.append("cut complement")  # "..., in a sharp reaction| to Biden's comment": in
        # answer to what?
    if AS_CUT.search(text):
        out.append("cut comparison")  # "... peace talks with Russia as long| as Putin ..."
    if (cut_name := re.search(r"(?<![\w’'-])(?:a|an)\s+([A-Z][\w’'-]*)$", text)) is not None \
            and cut_name.group(1) not in w.demonyms.values():  # ("and a Ukrainian": a person)
        out.append("cut description")  # '"an emotional reaction" of a Kremlin| that had run out'
    if BARE_REMARKS.search(text):
        out.append("cut frame")  # '... "looks like genocide", in remarks| at a meeting of ...
    if COUNTERFACTUAL.search(text):
        out.append("counterfactual")  # "and his term would have ended": what did not happen
    if SAYS_ITSELF.match(text):
        out.append("speaker says himself")  # 'Zelensky says Zelensky spoke of "manipulation"'
    if CUT_COORDINATION.search(text):
        out.append("cut coordination")  # "..., and was received": a second verb cut short
    if AGENT_CUT.search(text):
        out.append("passive without its agent")  # "The two rounds ... were led| by ..."
    if w.credits.search(text) or any(p.match(text) for p in w.datelines):
        out.append("credit or dateline")
    if text and not (text[0].isupper() or re.match(r"[0-9“\"‘'$€£]", text) or INNER_CAPITAL.match(text)):
        out.append("starts lower case")  # (any script's capital: "Çavuşoğlu hosts ..."; a
        # name written with its capital inside, "iPhone sales fall", _cap leaves)
    # a relative aside's verb is not the headline's ("Proceeds of the notes, which will be due")
    core = _words_of(re.sub(r",\s+(?:which|who|whom|whose)\b.*$", " ", text))
    # ... nor an apposition's left open after the subject ("Round, the third since the
    # trilateral format was launched in Abu Dhabi": the sentence's verb was cut away)
    if (open_aside := UNCLOSED_APPOSITION.match(text)) is not None:
        core = _words_of(open_aside.group("subject"))
    if ws and not _has_verb(core, w, headline=True) and not SAID_WHOLE.fullmatch(text) \
            and not WHERE_ONE_IS.match(text):
        out.append("no verb")  # (a speaker's quoted words after the colon are the act)
    if ws and ws[0].lower() in SUBORDINATORS and (
            "," not in text or not _has_verb(_words_of(text.rsplit(",", 1)[1]), w)):
        out.append("subordinate clause only")  # "When asked if ..., Juan Miguel Gonzalez"
    return out


def _adjectival(ws: list[str], i: int, w: Words) -> bool:
    """Is the past form ``ws[i]`` a participle before its noun after an adverb ("newly
    mobilized soldiers", "the recently appointed envoy"), no verb?"""
    prev, nxt = ws[i - 1].lower(), ws[i + 1] if i + 1 < len(ws) else ""
    return (ws[i].lower() in w.past or ws[i].endswith("ed")) and prev.endswith("ly") \
        and re.fullmatch(r"[a-z][\w-]*", nxt) is not None \
        and nxt not in DETERMINERS | PREPOSITIONS | w.dangling \
        and (prev in w.adjective_adverbs or i >= 2 and (
            (before := ws[i - 2].lower()) in DETERMINERS | PREPOSITIONS or before.endswith("ing")))


def _verbal_present(ws: list[str], w: Words) -> bool:
    """Whether these words hold a present verb form we know ("is", "says", "takes")."""
    return any(x in w.present or x in ("is", "are", "has", "have", "will") for x in ws)


def _has_verb(ws: list[str], w: Words, headline: bool = False) -> bool:
    """Whether a headline says something happens: a verb form we know, '-ed', 'to <verb>', a
    quote's colon, or a word in -s right after a name ('Putin attends'; not after a people's
    adjective: '6,000 Ukrainian soldiers')."""
    for i, t in enumerate(ws):
        low = t.lower()
        if i and ws[i - 1].lower() in {"who", "which", "that", "whom", "whose"}:
            continue  # "a boy who arrived": the relative clause's verb, not the headline's
        nxt = ws[i + 1] if i + 1 < len(ws) else ""
        if low in w.noun_verbs and not (i and (ws[i - 1][:1].isupper() or ws[i - 1].lower() in w.pronouns)) \
                and not (nxt.lower() in DETERMINERS or nxt.lower() in NUMBERS or nxt[:1].isupper()
                         or nxt[:1].isdigit()) \
                and not _after_of_plural(ws, i) and not _after_singular_subject(ws, i):
            continue  # "trilateral talks on": a noun; "Putin talks", "statement marks one", "round
            # of talks ends in", "The first round ends without": a verb
        if i >= 1 and _adjectival(ws, i, w):
            continue  # "housing newly mobilized soldiers": an adjective before its noun
        if low == "to" and (nxt[:1].isupper() or nxt[:1].isdigit() or nxt.lower() in DETERMINERS):
            continue  # a preposition's "to", no infinitive's: "Xi's state visit to Moscow"
        if i and low in PLAN_STATES and nxt.lower() in ("to", "on", "in", "for", "at", "by"):
            return True  # a plan's state as a headline's predicate: "Regular elections to the
            # Verkhovna Rada due on October 27"
        if _owned(ws, i, w):
            continue  # what a possessive owns is a noun: "Payment risks and the rouble's fall"
            # says nothing happened (probe_events90)
        if _noun_infinitive(ws, i, w):
            continue  # a noun's infinitive, not the clause's verb: "Macron's decision to host|
            # Zelensky and Scholz for dinner" says nothing happened (probe_events53)
        if i >= 1 and t[:1].isupper():
            continue  # a name's word, never a verb in a headline past its first word: "Diplomats
            # from the United States" says nothing happened
        if i >= 1 and t.islower() and "-" in ws[i - 1] and ws[i - 1][-1:].isalpha() \
                and (low in w.participles or low.endswith("ed")) and nxt.isalpha() and nxt.islower() \
                and nxt not in PREPOSITIONS and nxt not in DETERMINERS:
            continue  # a participle between a hyphened adjective and its noun: "the
            # Russian-controlled armed formations" (no verb; "pro-Russian forces attacked Kyiv"
            # keeps its "attacked")
        if 1 < i < len(ws) - 1 and nxt == "by" and ws[i - 1].islower() and ws[i - 1] not in AUXILIARIES \
                and any(y in PREPOSITIONS for y in ws[1:i - 1]):
            continue  # a participle with its agent after a noun of a phrase ("Voting in the
            # so-called elections staged| by Russia's proxies", its verb "ended" cut; "Plan
            # backed by Trump" keeps its verb)
        if (i or not headline) and low in w.verb_forms \
                or (i and low.endswith("ed") and len(low) > 4 and "-" not in low
                    # (an -ed word after an article or a people's adjective modifies a noun:
                    # "a Russian guided bomb strike on a superstore")
                    and not (ws[i - 1].lower() in DETERMINERS or ws[i - 1] in w.demonyms.values())):
            return True  # a headline's first word is its subject ("Bomb outside the U.S. Embassy")
        if i and low in w.participles and low not in w.verb_forms and ws[i - 1].lower() not in DETERMINERS:
            return True  # an irregular participle as a headline's passive: "military aid frozen"
        if i and re.search(r"n[’']t$", low):
            return True  # a negated auxiliary: 'Johnson "really doesn't like us"'
        if i and low.endswith("s") and len(low) > 3 and t[:1].islower() and \
                ws[i - 1][:1].isupper() and len(ws[i - 1]) > 1 and not low.endswith(("ss", "us", "is")) \
                and ws[i - 1].lower() not in PREPOSITIONS | DETERMINERS \
                and not re.search(r"[’']s?$", ws[i - 1]) \
                and ws[i - 1] not in w.demonyms.values() \
                and not any(x.lower() in NUMBERS - {"one"} or x[:1].isdigit() for x in ws[max(0, i - 4):i - 1]) \
                and not (headline and i == 1 and ws[0] not in _registered_words() and not ws[0].isupper()):
            # (not a count's noun: "The two Abu Dhabi rounds"; nor an owner's: "Russia's proxies")
            # ("Gross proceeds": a headline's first word is capitalised whatever it is)
            return True
    return False


def is_empty_act(text: str) -> bool:
    """Whether a headline's act is empty: someone speaks, comments or makes a statement, and
    the headline does not say what about ("Zelensky speaks during a news conference")."""
    return bool(text) and bool(words().empty_acts.search(text))


def is_fragment(sentence: str) -> bool:
    """A sentence that is not one: starts mid-clause, has no end, is a heading or a label."""
    s = " ".join(sentence.split())
    if len(_words_of(s)) < 5:
        return True
    if not re.match(r"[A-Z0-9“\"‘'(]", s):
        return True
    if not re.search(r"[.!?][”\"’)]?$|[”\"]$", s):
        return True
    return bool(re.match(r"(?:That|Which|Who|And|Or|Of|To|The\s+(?:[a-z]+)\.$)\b", s))


def is_caption(sentence: str) -> bool:
    """A photo caption, credit or bare dateline, never a title."""
    w = words()
    s = " ".join(sentence.split())
    return bool(w.credits.search(s)) or bool(w.caption_markers.search(s)) or strip_dateline(s, w) != s and len(_words_of(strip_dateline(s, w))) < 4


# --- the whole -----------------------------------------------------------------------------

QUANTITY_AFTER = re.compile(r"(?i)(?:at\s+(?:least|most)|up\s+to|(?:more|fewer|less)\s+than|about|around|nearly|"
                            r"almost|over|under|some|roughly|approximately)\s+(?:[\d,.]+|a\s+(?:dozen|hundred|thousand))\b")
GIVEN_TIME = re.compile(r"\b(?:give|gives|gave|given|giving|grant|grants|granted)\s+(?:[\w’'-]+\s+){0,3}[\w’'-]+$")
COPULA_NOUN = re.compile(r"\b(?:is|was|are|were)\s+(?:a|an|the)\s+[\w-]+\s*$")  # "is a week|"
RELATIVE_NEXT = re.compile(r"\s*,?\s*(?:(?:in|on|at|for|by|with|to|from|of|under|through)\s+)?"
                           r"(?:which|whom|whose|who|that)\b")
CAME_WHEN = re.compile(r"^(?:The|A|An|Its|His|Her|Their|[A-Z][\w-]*[’']s)\s+[^,;:“”\"]{2,80}?\s+(?:came|began|started|emerged|"
                       r"appeared|(?:was|were|became)\s+(?:visible|evident|clear|apparent|plain)"
                       r"(?:\s+(?:already|first))?)\s*,?\s+when\s+(?=[A-Z])"
                       # (and a subject that names nothing before what happened then: "The last
                       # one took place on April 16, when Kyiv and the separatists swapped
                       # prisoners", probe_events102: 'Last one takes place, when ...')
                       r"|^(?:The\s+(?:last|first|next|latest|previous|second|third)\s+one|It|That|This)\s+"
                       r"(?:took\s+place|happened|occurred|came)\s*,?\s+when\s+(?=[A-Z])")
FIRST_PERSON = re.compile(r"(?:I|We)(?:[’'](?:m|ve|ll|d|re))?\s")


def _compose(frame: Frame | None, content: str, keep_frame: bool, w: Words) -> str:
    content = _end_sentence(content)
    if frame is not None and not keep_frame and not frame.quoted:
        content = reported_present(content, w)  # what was said, told as news: "had passed" -> "passed"
    if frame is None or not keep_frame:
        return _cap(drop_article(_participial(content, w)))
    if frame.quoted and (not unquote(content, w)[1] or not _has_verb(_words_of(content), w, headline=True)) \
            or FIRST_PERSON.match(content.strip(QUOTE_MARKS)):
        # (words in the first person are the speaker's own, whether or not the sentence kept the
        # quote's opening mark: 'I will wait for Putin personally," Zelensky told journalists')
        # (and so are quoted words of no verb, which "says" cannot report: '"A historic
        # moment," Michel wrote' -> 'Michel: “A historic moment”')
        said = _end_sentence(content.strip(QUOTE_MARKS))
        return f"{frame.who}: “{_cap(said)}”"
    if frame.quoted and frame.verb.startswith("tells "):
        # the quoted words told to someone named: 'Ramaphosa tells Putin: “This war has to be
        # ended”' (never "tells Putin this war has to ...": whose words?)
        return f"{frame.who} {frame.verb}: “{_cap(_end_sentence(content.strip(QUOTE_MARKS)))}”"
    body = strip_connectives(content.strip(QUOTE_MARKS), w) if frame.quoted else content
    # ('"But the goal remains to hold them," Ayrault said' was 'Ayrault says but the goal ...')
    body = _uncap(body, w)
    if frame.quoted and (first := re.match(r"[A-Z][a-z]+\b", body)) and first.group(0).lower() in w.quote_openers:
        body = body[:1].lower() + body[1:]  # '"Everything that concerns Ukraine ...," he said'
    elif frame.quoted and (first := re.match(r"[A-Z][a-z]+(?=\s+[a-z])", body)) \
            and first.group(0) not in _registered_words() and first.group(0) not in set(w.demonyms.values()):
        # a quote opening on a word we cannot tell from a name ('"Indiscriminate attacks ...
        # constitute a war crime," the leaders said'): the speaker's words after a colon
        return f"{frame.who}: “{_cap(_end_sentence(content.strip(QUOTE_MARKS)))}”"
    body = reported_present(body, w)
    return _cap(drop_article(f"{frame.who} {frame.verb} {body}"))


# "The first round, held in the Emirati capital": a subject and the participle phrase of its
# apposition, the sentence's verb cut away
APPOSED = re.compile(r"^(?P<head>[A-Z][^,;:“”\"]{2,60}),\s+(?P<part>[a-z]{3,})(?P<rest>\s[^,;:]*)$")


def _participial(content: str, w: Words) -> str:
    """A subject and its participle phrase, nothing after, as a headline's passive: "The first
    round, held in the Emirati capital" -> "The first round held in the Emirati capital" (the
    comma made it a fragment). Only where the subject holds no verb of its own."""
    m = APPOSED.match(content.rstrip("."))
    if m is None or not (m["part"] in w.participles or m["part"].endswith("ed")) \
            or _finite(_words_of(m["head"]), w) or _finite(_words_of(m["rest"]), w):
        return content
    return f"{m['head']} {m['part']}{m['rest']}"


STANCE = re.compile(r"^[^,;:]{0,80}?\b(?:can|could|would|should|may|might|must)\b")


def _person(who: str, w: Words) -> bool:
    """Is the speaker a person (not a state, an office, a ministry, a newspaper)? What a person
    says of others stays theirs: "Russia has started talking about a meeting, Zelensky said"
    -> "Zelensky says Russia has started talking about a meeting"; what an institution says
    of its own side is its news: "Russia has renewed its invitation, the Kremlin said" ->
    "Russia renews its invitation"."""
    if who in w.people or who in w.short_names:
        return True
    words = who.split()
    if not all(word[:1].isupper() for word in words):
        return False  # "a joint statement", "the ministry"
    return not (who in w.institutions or who.lower() in w.vague or words[-1] in ORGANISATION_WORDS
                or len(words) == 1 and who.upper() == who)


def _own_side(who: str, content: str, w: Words) -> bool:
    """Does the speaker tell of its own side ("Putin invited Zelensky, Peskov said": Peskov
    speaks for Russia, and so does Putin)? By the registry's ``side`` of each."""
    subject = w.side_name.match(content)
    return subject is not None and w.sides.get(who) is not None \
        and w.sides.get(subject.group(1)) == w.sides.get(who)


def _stance(content: str, w: Words) -> bool:
    """Does what was said state a view rather than an event ("Zelensky is free to come to
    Moscow", "talks could resume")? Such words are the speaker's, and their frame stays:
    "Russia sent a delegation, Peskov said" is news, "Zelensky is free to come" is a claim."""
    return bool(STANCE.search(content) or w.states.search(re.sub(r"\b(?:is|are)\b", "was", content, count=1)))


def drop_article(text: str) -> str:
    """Headlines open without an article: 'The four leaders agree' -> 'Four leaders agree'."""
    return re.sub(r"^(?:The|A|An|the|a|an)\s+(?=[\w“\"$€£])", "", text)  # ("The $391 million")


NAME_OPENERS = frozenset({"New", "North", "South", "East", "West", "Great", "United", "Saint", "San",
                          "Santa", "Los", "Las", "El", "La", "Le", "Costa", "Sri", "Hong", "Saudi"})


def _uncap(text: str, w: Words) -> str:
    """'The government' -> 'the government' inside a sentence; names keep their capital."""
    first = re.match(r"[A-Z][a-z’']*\b", text)
    if first and first.group(0) in NAME_OPENERS and re.match(r"\s+[A-Z]", text[first.end():]):
        return text  # a name's first word ("New Zealand", "New York"): its capital stays
    if first and first.group(0).endswith("ing") and len(first.group(0)) > 5 \
            and first.group(0) not in _registered_words():
        return text[:1].lower() + text[1:]  # a gerund subject: "Zelensky says negotiating with
        # Russia was a mistake" (hostile52: "... says Negotiating ...")
    if first and (first.group(0).lower() in w.pronouns | w.dangling | NUMBERS | QUANTITIES
                  | {"only", "several", "more"} | w.noun_verbs
                  or first.group(0).lower() in {"the", "a", "an"}):
        return text[:1].lower() + text[1:]
    # a plural common noun ("Negotiators will meet", "Officials said"), not a people
    # ("Ukrainians") nor a name we know
    # (or one before where it was: "Temperatures in Kyiv dropped"; or before what it did:
    # "Police detained 1,788 people")
    if first and (re.fullmatch(r"[A-Z][a-z]{3,}s", first.group(0)) or first.group(0) in COLLECTIVE_NOUNS) \
            and first.group(0)[:-1] not in set(w.demonyms.values()) \
            and first.group(0) not in _registered_words() \
            and ((after := re.match(r"\s+([a-z]+)\b", text[first.end():])) is not None
                 and (after.group(1) in {"will", "would", "are", "were", "have", "had", "say", "said",
                                         "can", "could", "must", "may", "in", "on", "at", "across"}
                      or after.group(1) in w.past and after.group(1).endswith("ed"))):
        return text[:1].lower() + text[1:]
    return text


COLLECTIVE_NOUNS = frozenset({"Police", "People", "Personnel", "Staff", "Crowds"})


LAST_RESORT = 10  # the cost of a compression taken only when no other fits
SECOND_SAID = re.compile(r",?\s+(?:and|but)\s+that\s")


def second_said(text: str) -> re.Match[str] | None:
    """Where a second thing said opens, outside quotes: 'were "lies" and that gas was being used
    "for political purposes"' (the straight quote after it opens another quote: read as a
    quote's close, it kept the first thing said whole and the headline was a template,
    probe_events7), never in a quote's words ('"we agreed and that is all"').

    >>> text = 'explanations were "lies" and that gas was used "for political purposes"'
    >>> text[:second_said(text).start()]
    'explanations were "lies"'
    >>> second_said('said "we agreed and that is all"') is None
    True
    """
    quoted = [(m.start(), m.end()) for m in QUOTED.finditer(text)]
    return next((m for m in SECOND_SAID.finditer(text)
                 if not any(a < m.start() < b for a, b in quoted)), None)


def compressions(text: str, w: Words, limit: int | None = None) -> list[tuple[int, str]]:
    """Shorter versions of ``text`` with how much each gives up (0: nothing; 1: a trailing
    clause or phrase, a parenthetical; 2: both; ``LAST_RESORT`` and more: words that count
    for no news but are taken only when nothing else fits), each ending at a phrase
    boundary."""
    out: list[tuple[int, str]] = [(0, text)]
    bases = [(0, text)]
    plain = drop_parentheticals(text, w)
    if plain != text:
        bases.append((1, plain))
    tight = tighten(plain, w)
    if tight != plain:
        bases.append((1, tight))
    bare = EPITHET.sub("", tight, count=1)
    if bare != tight:
        bases.append((1, bare))
    # a subject described, then named in apposition: the name leads ("Trump's nominee for special
    # envoy, Keith Kellogg, is expected to visit Kyiv" -> "Keith Kellogg is expected to ...")
    if (apposed := APPOSED_SUBJECT.match(tight)) is not None and not _verbal(_words_of(apposed["desc"]), w):
        bases.append((1, f"{apposed['name']} {apposed['rest']}"))
    # a stance opening what is said says it twice: "(Jaishankar says) India's position was that
    # dialogue and diplomacy are the only way forward" -> "dialogue and diplomacy are ..."
    said = w.stance.sub("", tight, count=1)
    if said != tight:
        bases.append((1, said))
    unrelated = drop_subject_relative(tight, w)
    if unrelated != tight:
        bases.append((1, unrelated))
    # a day's possessive says when, which the timeline's date says too: "the results of Sunday's
    # and Monday's meetings" -> "the results of the meetings" (the last thing given up)
    dayless = DAY_POSSESSIVE.sub(lambda m: m.group("det") or "the ", tight)
    if dayless != tight:
        bases.append((LAST_RESORT, dayless))
    for cost, base in bases:
        # the first of two sentences a quote holds ("Demand was strong. Sales rose 5%")
        if (stop := TWO_SENTENCES.search(base)) is not None:
            out.append((cost + 1, base[:base.index(" ", stop.start()) - 1]))
        # what was said first, of two things said ("the call had lasted an hour and that Putin
        # had invited Trump to Moscow": the second "that" hangs on the frame)
        second = second_said(base)
        if second is not None and second.start() > 0:
            out.append((cost + 1, base[:second.start()]))
        clause = drop_clauses(base, w)
        if clause != base:
            out.append((cost + 1, clause))
        single = drop_coordinated(base, w)
        if single not in (base, clause):
            out.append((cost + 1, single))
        own_clause = drop_own_clause(base, w)
        if own_clause not in (base, clause, single):
            out.append((cost + 1, own_clause))
        if (own := OWN_SUBJECT_CLAUSE.search(base)) is not None and len(_words_of(base[:own.start()])) >= MIN_WORDS \
                and _words_of(base[:own.start()])[-1][:1].islower() \
                and not re.search(r"\b(?:that|which|who|whether|if|once|when|while|because)\b", base[:own.start()]):
            # (not a subject's second half: "warned that the United States| and its allies would")
            out.append((cost + 1, base[:own.start()]))
        other = second_predicate(base, w)
        if other != base:
            out.append((cost + 1, other))
        lean = GERUND_MODIFIER.sub("", base, count=1)
        if lean != base:
            out.append((cost + 1, lean))
        for core in subject_cores(base, w):
            out.append((cost + 1, core))
        for head in phrase_prefixes(base, w, limit):
            # (never a cut into the second thing said: 'was "a step in the right direction" but
            # that it was up| to Kyiv to fulfil ...', probe_events46)
            if second is None or second.start() == 0 or len(head) <= second.start():
                out.append((cost + 1, head))
        if cost:
            out.append((cost, base))
    return out


APPOSED_SUBJECT = re.compile(r"^(?P<desc>[^,;:“”\"]{3,80}),\s+(?P<name>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}),\s+"
                             r"(?P<rest>(?:is|was|are|were|has|had|have|will|would|[a-z]{3,}(?:s|ed))\b.*)$")


# a subject's restrictive relative clause, then the sentence's own verb: an auxiliary
SUBJECT_RELATIVE = re.compile(r"^(?P<subject>[^,;:“”\"]{5,80}?)\s+(?:who|which|that)\s+(?P<clause>[^,;:“”\"]{10,160}?)"
                              r"\s+(?P<verb>(?:were|was|are|is|have|has|had|will|would)\s+[a-z])")


def drop_subject_relative(text: str, w: Words) -> str:
    """The sentence without its subject's restrictive relative clause, when that clause has a
    verb of its own and an auxiliary opens the sentence's verb after it: "Two associates of
    Trump's lawyer Rudy Giuliani who helped him look for damaging information about Biden in
    Ukraine were arrested at Dulles airport" -> "Two associates of Trump's lawyer Rudy Giuliani
    were arrested at Dulles airport".

    >>> drop_subject_relative("Two associates of Giuliani who helped him look for information on Biden were arrested at Dulles airport", words())
    'Two associates of Giuliani were arrested at Dulles airport'
    >>> drop_subject_relative("Officials said the talks that began in Istanbul were productive", words())
    'Officials said the talks that began in Istanbul were productive'
    """
    m = SUBJECT_RELATIVE.match(text)
    if m is None or _finite(_words_of(m["subject"]), w) or _verbal(_words_of(m["subject"]), w) \
            or not _verbal(_words_of(m["clause"]), w):
        return text
    return f"{m['subject']} {text[m.start('verb'):]}"


# where a subject's trailing phrases start: place, time, topic (not "of" or "between": "the
# leaders of France", "talks between Putin and Zelensky" name who)
SUBJECT_PHRASE = re.compile(r"\s+(?:with|in|on|at|from|over|near|during|about)\s")


def subject_cores(text: str, w: Words) -> list[str]:
    """The sentence with its subject's trailing phrases gone, when they are long and a verb
    follows: "Sunday's talks with a Ukrainian delegation in Geneva on Washington's plan to end
    the war had been productive" -> "Sunday's talks in Geneva had been productive" (a place
    named stays); and with the first phrase kept, where there are more ("The death toll from a
    Russian rocket attack on a railway station in central Ukraine rises to 25" -> "The death
    toll from a Russian rocket attack rises to 25").

    >>> subject_cores("The death toll from a Russian rocket attack on a railway station in central Ukraine rises to 25", words())
    ['The death toll rises to 25', 'The death toll from a Russian rocket attack rises to 25']
    >>> subject_cores("Lukashenko sworn in for a sixth term at a ceremony in Minsk that had not been announced", words())
    []
    """
    verb = FINITE.search(text, 0, 160)
    if verb is None:  # a verb in the present ("rises"), not a noun ("talks")
        verb = next((m for m in re.finditer(r"(?<=\s)[a-z]+\b", text[:160]) if m.group() in w.present
                     and m.group() not in w.noun_verbs), None)
    if verb is None or any(q in text[:verb.start()] for q in "“”\",;:") \
            or re.search(r"\b(?:that|which|who|whom)\s+$", text[:verb.start()]):
        return []  # (nor a relative clause's verb: "Lukashenko sworn in for a sixth term at a
        # ceremony in Minsk that had not been announced" was 'Lukashenko sworn in for a sixth
        # term had not been announced', probe_events74)
    subject = text[:verb.start()]
    phrase = SUBJECT_PHRASE.search(subject)
    if phrase is None or len(_words_of(subject[:phrase.start()])) < 2 \
            or len(_words_of(subject[phrase.start():])) < 4 \
            or _finite(_words_of(subject), w) or _words_of(subject)[0].lower() in w.pronouns:
        return []
    first = SUBJECT_PHRASE.search(subject, phrase.end())
    first_words = _words_of(subject[phrase.start():first.start() if first else len(subject)])
    if any(x[:1].isupper() and (x not in w.demonyms.values() or k == len(first_words) - 1)
           for k, x in enumerate(first_words) if k) \
            and first_words[0] != "in" and first_words[0] != "at":
        return []  # "the call with Erdogan", "the agreement with the United States": who
    # where it was stays when the subject's first phrase says it ("talks in Geneva")
    place = re.fullmatch(r"\s(?:in|at)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}\s*",
                         subject[phrase.start():first.start() if first else len(subject)])
    out = [subject[:phrase.start()] + (place.group(0).rstrip() if place else "") + " " + text[verb.start():]]
    if first is not None and place is None:
        out.append(subject[:first.start()] + " " + text[verb.start():])
    return out


QUOTED = re.compile(r"(?P<open>[“\"])(?P<inner>[^“”\"]{3,})(?P<close>[”\"])")
SINGLE_QUOTED = re.compile(r"‘[^‘’]{2,}’(?!\w)")  # someone's words in single marks


def _speaks(text: str) -> bool:
    """Does ``text`` quote someone's words: two words or more in quotation marks, or one that is
    no noun after its determiner (a term set off: a "roadmap"; "not easy", has "failed", was
    "theft" are judgements someone made, hostile52)?

    >>> _speaks('Leaders agree to draw up a "roadmap"'), _speaks('Talks were "not easy"')
    (False, True)
    >>> _speaks('The offensive has "failed"'), _speaks('The seizure was "theft"')
    (True, True)
    """
    return any(len(m.group("inner").split()) >= 2 or not TERM_BEFORE.search(text, 0, m.start())
               for m in QUOTED.finditer(text))


TERM_BEFORE = re.compile(r"(?<![\w’'-])(?:a|an|the|its|his|her|their|this|that|new)\s+$", re.IGNORECASE)
ARTICLE = re.compile(r"(?<![\w’'-])the\s+(?!(?:first|second|third|fourth|fifth|last|next)\s+time\b|"
                     r"(?:same|only|very|most|least)\b|[a-z]{2,}est\b|[^\w\s“\"])(?=[\w“\"])"
                     # (and "a", "an" before a noun's words, in headline register: "Putin orders a
                     # snap combat readiness check" -> "Putin orders snap combat readiness check";
                     # never a count's or a measure's, "a few", "nearly an hour", "twice a week",
                     # "310 dollars a tonne"; nor "such a", "what a", nor a predicate's noun, "it
                     # would be a mistake", "could serve as a basis", "was not a threat" (hostile52);
                     # nor an aside's after a comma, ", a claim Kyiv denied", which goes whole)
                     r"|(?<![\w’'-])(?<!,\s)(?<!\bonce\s)(?<!\btwice\s)(?<!\btimes\s)(?<!\bper\s)(?<!\bsuch\s)"
                     r"(?<!\bwhat\s)(?<!\bhalf\s)(?<!\bquite\s)(?<!\bmany\s)(?<!\bbe\s)(?<!\bis\s)"
                     r"(?<!\bare\s)(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bas\s)(?<!\bbecome\s)"
                     r"(?<!\bbecame\s)(?<!\bbecomes\s)(?<!\bremain\s)(?<!\bremains\s)(?<!\bnot\s)"
                     r"(?<!\bstill\s)(?<!\bnever\s)(?<!\balso\s)(?<!\bconsidered\s)(?<!\bdeemed\s)"
                     r"(?<!\bcalled\s)(?<!\bnamed\s)(?<!\bseen\s)(?<!\bhardly\s)(?<!\bonly\s)an?\s+"
                     r"(?!(?:few|lot|little|number|third|quarter|half|dozen|hundred|thousand|million|billion|"
                     r"day|week|month|year|decade|hour|minute|time|while|bit|long|total|couple|series|kind|"
                     r"sort|matter|means|result|way|pair|chance|tonne|ton|barrel|litre|liter|kilo|kilogram|"
                     r"gallon|head|piece|share|unit|megawatt-hour|kilowatt-hour|cubic)\b|[^\w\s“\"])(?=[a-z])")


def terse_wordings(text: str, w: Words) -> list[tuple[str, int]]:
    """The sentence as written, then in headline register: articles out of running text (never
    inside a quote, nor before 'first', 'same' ...), common long names abbreviated ("the
    United States" -> "US"); then with the first quoted list cut to its first item
    ('"concrete wording or specific American proposals"' -> '"concrete wording"'), the quote
    closed and the speaker's words kept as spoken. Each with what it gives up: 0 (nothing of
    the news), 1 (some of a quote)."""
    out = [text]
    terse = _outside_quotes(text, lambda part: abbreviate(part, w))
    # (someone's words in single marks too: "‘a terrorist act’", hostile52)
    quoted = [m.span() for m in QUOTED.finditer(terse)] + [m.span() for m in SINGLE_QUOTED.finditer(terse)]
    terse = ARTICLE.sub(lambda m: m.group(0) if any(a <= m.start() < b for a, b in quoted) else "", terse)
    if terse != text:
        out.append(terse)
    trimmed = [h for base in out for h in trimmed_quotes(base, w)]
    return [(x, 0) for x in out] + [(x, 1) for x in dict.fromkeys(trimmed) if x not in out]


def _outside_quotes(text: str, change) -> str:
    """``change`` applied to the parts of ``text`` that are not quoted."""
    parts, last = [], 0
    for m in QUOTED.finditer(text):
        parts.append(change(text[last:m.start()]))
        parts.append(m.group(0))
        last = m.end()
    parts.append(change(text[last:]))
    return "".join(parts)


# "the central city of Dnipro", "the Black Sea port of Odesa", "the southern resort city of
# Antalya": a place's name says it in a headline (not "the capital of Ukraine": no name follows)
PLACE_DESCRIBED = re.compile(r"\bthe\s+(?:(?:[a-z]+|[A-Z][a-z]+)(?:-[a-z]+)?\s+){0,3}"
                             r"(?:city|town|village|port|resort|settlement)\s+of\s+(?=[A-Z])")


def abbreviate(text: str, w: Words) -> str:
    """'the United States' -> 'the US' (then the article goes too): ``abbreviations`` in the data;
    'the central city of Dnipro' -> 'Dnipro'."""
    for long, short in w.abbreviations.items():
        text = re.sub(rf"(?:\bthe\s+)?\b{re.escape(long)}\b", short, text)
    # a role's holder by the surname alone: "separatist leader Alexander Zakharchenko" ->
    # "separatist leader Zakharchenko", "Foreign Minister Retno Marsudi" -> "Foreign Minister
    # Marsudi" (as a desk writes it; the whole name left no room, probe_events83)
    text = ROLE_FIRST_NAME.sub(lambda m: m.group("role") + " " if m.group("role").lower() in w.apposed_roles
                               and _surname_free(_whole_name(m, "role")) else m.group(0), text)
    # (and a person named in full by a given name the registry's people have: "Alexander
    # Zakharchenko announces the creation of a new state called "Malorossiya"" had no room)
    text = GIVEN_NAME.sub(lambda m: "" if _surname_free(_whole_name(m)) else m.group(0), text)
    return PLACE_DESCRIBED.sub("", text)


def _surname_free(name: str) -> bool:
    """May a full name go by its surname alone: its given name one the registry's people have
    (never "Mao Ning", whose surname leads), the whole name unregistered (the registry's short
    names say those), and the surname no one else's in the registry ("Viktor Lukashenko" is
    no "Lukashenko", hostile41)?"""
    given, _, surname = name.partition(" ")
    by_name = load_registry().by_name
    return given in _given_names() and name not in by_name and surname not in by_name \
        and surname not in words().people


def _whole_name(m: re.Match[str], before: str = "given") -> str:
    """The full name a match of GIVEN_NAME or ROLE_FIRST_NAME opens (its given name and the
    surname after it): a registered one goes as the registry's short names say, not here."""
    rest = re.match(r"[\w’'-]+", m.string[m.end():])
    given = m.group(0)[m.end(before) - m.start():].strip() if before == "role" else m.group("given")
    return f"{given} {rest.group(0) if rest else ''}".strip()


GIVEN_NAME = re.compile(r"(?<![\w’'.-])(?P<given>[A-Z][a-z]+)\s+(?=[A-Z][\w’'-]*[a-z](?![\w’'-]|\s+[A-Z]|[’']s\s+[A-Z]))")
ROLE_FIRST_NAME = re.compile(r"(?<![\w’'-])(?P<role>[A-Za-z]+)\s+[A-Z][a-z]+\s+(?=[A-Z][\w’'-]*[a-z](?![\w’'-]*\s+[A-Z]))")


# the first half of a pair a quote gives whole ("both ... and", "either ... or"), no second half
# after it
CORRELATIVE_OPEN = re.compile(r"(?<![\w’'-])(?:both|either|neither|whether|not\s+only)\s(?!.*\b(?:and|or|nor|but)\b)",
                              re.IGNORECASE)
# an adjective (by its ending) and another word after it: the noun a lone word before the "and"
# shares ('"military and political consequences"')
ADJECTIVE_LIKE = r"[a-z][\w-]*(?:al|ive|ous|ful|ic|ary|ent|ant|ish|ian|ese)"
SHARED_NOUN = re.compile(ADJECTIVE_LIKE + r"\s+[a-z][\w-]+")


# where a quote may be cut: before an item of a list, or a phrase after a noun ('"military and
# political consequences| for the European continent"')
QUOTE_TRIMS = re.compile(r",\s+|\s+(?:or|and|but|nor)\s+|\s+(?P<prep>for|in|on|across|against|over|with|from|at)\s+(?=\w)")


def trimmed_quotes(text: str, w: Words) -> list[str]:
    """The sentence with a quote cut before each 'and', 'or' or comma of a list, and each
    phrase after a noun, longest first: '"useful, constructive and highly substantive"' ->
    '"useful, constructive"', '"useful"'. A cut quote keeps at least one word that is not a
    function word at its end."""
    out = []
    for m in QUOTED.finditer(text):
        if m.start() == 0:
            continue  # a sentence that opens on a quote is the quote: it is not ours to cut
        owned = re.search(r"\b(?:an?|the|its|their|his|her|this|our)\s*$", text[:m.start()]) is not None
        inner = m.group("inner")
        for b in reversed(list(QUOTE_TRIMS.finditer(inner))):
            head = inner[:b.start()].rstrip(",;: ")
            if not _words_of(head) or _last_word(head) in w.dangling:
                continue
            if owned and (len(_words_of(head)) < 2 or re.fullmatch(ADJECTIVE_LIKE + r"|[a-z]+(?:ed|ing)", _last_word(head))):
                continue  # 'an "updated| and refined peace framework"': a noun phrase, its noun
                # last, keeps it ('its "destabilizing activities in Ukraine| and elsewhere"' may go)
            if b.group("prep") and (len(_words_of(head)) < 3 or any(x.lower() in w.verb_forms for x in _words_of(head))
                                    or _last_word(head).endswith(("ed", "ing"))
                                    or _last_word(head) in w.complements.get(b.group("prep"), ())):
                continue  # a noun phrase's own phrase only: never '"to meet| in Istanbul"',
                # '"was responsible| for"', '"an escalation directed| against"', '"a stab| in
                # the back"', '"a call| for ..."'
            if b.group(0).startswith(",") and re.search(r"\b(?:an?|the|its|their|his|her|this)\s+[\w-]+$", head) \
                    and not re.match(r"(?:an?|the|its|their|his|her|this)\b", inner[b.end():]):
                continue  # '"an immediate, interim 30-day ceasefire"': adjectives of one noun
            if not b.group(0).startswith(",") and CORRELATIVE_OPEN.search(head):
                continue  # '"both on a commercial basis| and free of charge"': a pair cut in two
            if not b.group(0).startswith(",") and re.fullmatch(ADJECTIVE_LIKE, head.split(",")[-1].strip()) \
                    and SHARED_NOUN.match(inner, b.end()):
                continue  # '"military| and political consequences"': two adjectives of one noun
            trail = re.search(r"[,;:]+$", inner)  # (a comma inside the quote closes what it
            # opens after it too: '"... in Ukraine and elsewhere," language that pleased Kiev')
            out.append(text[:m.start()] + m.group("open") + head + m.group("close")
                       + (trail.group(0) if trail else "") + text[m.end():])
    return out


NAMED_ROLES = re.compile(r"\b(?:the|The|their|its|both)\s+(?:[\w’'-]+\s+){0,4}?(?P<role>[a-z]+s)"
                         r"(?:\s+of\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}?[\w’'-]+)?,\s+"
                         r"(?P<names>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*\s+and\s+"
                         r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*),(?=\s|$)")


ROLE_APPOSED = re.compile(r"^(?:(?:The|the)\s+|[A-Z][\w’'-]*(?:’s|'s)\s+)(?:[a-z][\w-]*\s+){0,3}?"
                          # (and what it is of: "the former speaker of the Verkhovna Rada, Andriy
                          # Parubiy, was shot dead")
                          # (or where: "Russia's ambassador to Washington, Anatoly Antonov, is due")
                          # (or in capitals, and a name with its particles, as Gulf agencies
                          # write them: "the President of the UAE, Sheikh Mohamed bin Zayed Al
                          # Nahyan, discussed", probe_events96)
                          r"(?P<role>[a-z]+|[A-Z][a-z]+)(?:\s+(?:of|to|in)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}?[\w’'-]+)?,\s+"
                          r"(?P<name>[A-Z][\w’'.-]*(?:\s+(?:(?:bin|bint|al|el|de|da|von|van|der)\s+)?[A-Z][\w’'.-]*){1,4}),\s+"
                          r"(?=(?!who\b|whom\b|whose\b|which\b)[a-z])")


def named_roles(text: str, w: Words) -> str:
    """People named after what they are go by their names: "a meeting between the Russian and
    Ukrainian presidents, Vladimir Putin and Vladimir Zelensky, ..." -> "a meeting between
    Vladimir Putin and Vladimir Zelensky ..."; "Ukraine's foreign minister, Andrii Sybiha,
    later dismissed ..." -> "Andrii Sybiha later dismissed ..." (a headline names who, not what
    they are)."""
    text = ROLE_APPOSED.sub(lambda m: m.group("name") + " " if m.group("role").lower()
                            in w.role_words | w.apposed_roles else m.group(0), text)
    # ... and a second one joined to the first by what he is to him ("Putin and his defence
    # minister, Sergei Shoigu, hiking in the taiga" -> "Putin and Sergei Shoigu hiking ...")
    text = PAIRED_ROLE_APPOSED.sub(lambda m: m.group("name") + " " if m.group("role").lower()
                                   in w.role_words | w.apposed_roles else m.group(0), text)
    return NAMED_ROLES.sub(lambda m: m.group("names") if m.group("role")[:-1].lower()
                           in w.role_words | {"leader", "head"} else m.group(0), text)


PAIRED_ROLE_APPOSED = re.compile(r"(?<=\band\s)(?:his|her|its|their)\s+(?:[a-z][\w-]*\s+){0,2}?(?P<role>[a-z]+),\s+"
                                 r"(?P<name>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,3}),\s+"
                                 r"(?=(?!who\b|whom\b|whose\b|which\b)[a-z])")


BETWEEN = re.compile(r"\b(?:(?P<det>(?i:any|a|an|the|their|its|his|her|new|direct|possible))\s+"
                     r"(?P<noun>[a-z][\w-]*)"
                     # (or a meeting's noun with no determiner right before it, after a word that
                     # describes it, "the first high-level talks between Russia and Ukraine", or
                     # the verb of it, "proposed meeting between Putin and Zelensky"; never after
                     # a noun it compounds with, "a phone call", "grain talks", hostile52)
                     r"|(?P<pre>(?:[a-z]+-level|[a-z]+lateral|face-to-face|first|second|third|fresh|further|"
                     r"formal|informal|proposed|planned|possible|proposes|hosts|hosted|arranges|arranged|"
                     r"seeks|sought|wants|wanted)\s+)(?P<bare>talks|meeting|summit|negotiations))"
                     r"\s+between\s+(?P<a>[A-Z][\w-]+)\s+and\s+(?P<b>[A-Z][\w-]+)\b(?![\w’'-]|\s+[A-Z])")


def tighten(text: str, w: Words) -> str:
    """Shorter wording inside the sentence, nothing of the news lost: a country's possessive
    before a person it names goes ("Ukraine's Zelensky" -> "Zelensky") and a pair becomes a
    compound ("any meeting between Putin and Zelensky" -> "any Putin-Zelensky meeting"; not
    "between Russian and Ukrainian presidents"), and a proposal that something be arranged says
    what is proposed ("proposes that a meeting be arranged" -> "proposes a meeting")."""
    people = _names_pattern(tuple(sorted(set(w.short_names.values()), key=lambda s: (-len(s), s))))
    text = re.sub(r"(?<![\w’'-])[A-Z][a-z]+(?:’s|'s)\s+(?=[A-Z])",
                  lambda m: "" if people.match(text, m.end()) else m.group(0), text)
    text = w.mandative.sub(lambda m: f"{m.group('verb')} {m.group('what')}", text)
    adjectives = set(w.demonyms.values()) - set(w.demonyms)  # "Russian", not "US"
    return BETWEEN.sub(lambda m: m.group(0) if {m.group("a"), m.group("b")} & adjectives else
                       f"{m.group('det')} {m.group('a')}-{m.group('b')} {m.group('noun')}" if m.group("det") else
                       f"{m.group('pre')}{m.group('a')}-{m.group('b')} {m.group('bare')}", text)


_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:night|evening|morning))?(?:’s|'s)"
DAY_POSSESSIVE = re.compile(rf"(?<![\w’'-])(?:(?P<det>(?:the|The)\s+)?){_WEEKDAY}"
                            rf"(?:,?\s+(?:and|or)\s+{_WEEKDAY})?\s+(?=[a-z])")

# a demonstrative before a noun: "these talks", and "that" before a noun that ends the clause
# ("ignore that warrant."; never "says that talks will resume")
NOT_A_NOUN = ("is|are|was|were|will|would|has|have|had|can|could|may|might|must|should|who|whom|"
              "which|that|what|of|and|or|but|in|on|at|for|with|from|to|by|not|also|too|one|way|"
              "time|morning|evening|year|week|month")
# (never "those handed over", "those killed": a pronoun and the participle that says who)
DEMONSTRATIVE = re.compile(rf"(?<![\w’'-])(?:[Tt]his|[Tt]hese|(?<![Aa]mong )[Tt]hose)\s+(?!(?:{NOT_A_NOUN})\b)"
                           rf"(?=[a-z]{{3,}}\b(?!\s+(?:{NOT_A_NOUN})\b))(?![a-z]+ed\b)"
                           rf"|(?<=[a-z] )that\s+(?!(?:{NOT_A_NOUN})\b)(?=[a-z]{{3,}}[.,;:!?]?$)")
HERE_PLACE = re.compile(r"\s+(?:in|to|from)\s+this\s+(?:city|town|country|capital)\b(?=[\s,.;:]|$)")
SHOUTED_LEAD = re.compile(r"[A-Z]{6,}(?=\s+[a-z])")  # (initialisms are mostly shorter: "UNESCO" is registered)
QUOTE_FILLER = re.compile(r"(?P<open>(?:^|(?<=\s))[\"“])(?:I\s+(?:have\s+to|must|would\s+like\s+to|want\s+to|can|should)\s+"
                          r"(?:say|tell\s+you|admit|stress)|Let\s+me\s+"
                          r"(?:say|tell\s+you|be\s+clear)|I\s+can\s+tell\s+you|Frankly|Honestly|Look|Well|"
                          r"You\s+know)(?:\s+that)?,?\s+(?P<first>[a-z](?=[\w’']*\s)|I(?=[\s’']))")
EMPTY_QUOTE = re.compile(r"\s*(?:“\s*”|‘\s*’|(?<![\w.,!?])\"\s*\"(?!\w))")


_remembered: tuple[dict[str, list[str]], dict[str, list[str]]] | None = None


@contextmanager
def remembering(known: dict[str, list[str]]) -> Iterator[dict[str, list[str]]]:
    """Within the block, ``make_headline`` takes a headline from ``known`` (an earlier build's,
    made by these rules from this registry: cache.HeadlineCache) where it has it, and notes
    every headline asked for in the dictionary it yields (what the next build may reuse)."""
    global _remembered
    previous, used = _remembered, {}
    _remembered = (known, used)
    try:
        yield used
    finally:
        _remembered = previous


@contextmanager
def noting() -> Iterator[dict[str, list[str]]]:
    """Within the block (a part of merging in a forked process: generator/parallel.py), every
    headline asked for is noted in the dictionary it yields, to be handed back to the process
    that forked (``note``); those known to the enclosing ``remembering`` are still reused."""
    known, used = _remembered if _remembered is not None else ({}, {})
    with remembering(known | used) as fresh:
        yield fresh


@contextmanager
def noted(made: dict[str, list[str]]) -> Iterator[None]:
    """Within the block, headlines made in forked processes (``noting``) are known here as if
    made here: within ``remembering`` they join what it notes (for the next build), and
    outside it they are known for the block only."""
    if _remembered is not None:
        _remembered[1].update(made)
        yield
    else:
        with remembering(made):
            yield


# words a role's title may hold before its head ("prime minister", "the foreign minister")
ROLE_MODIFIERS = frozenset("the prime foreign defence defense deputy first vice interior finance "
                           "economy justice health energy acting former".split())


def _bare_role(who: str, w: Words) -> bool:
    """Is the speaker a title with no name ("Prime Minister", "the president", "Foreign
    minister"), which the sentence's attribution may name (the person the article named
    before)?

    A people's adjective or a country's possessive may go before it: "The Polish prime
    minister also said ...", whose attribution names Tusk, is Tusk's.

    >>> _bare_role("Prime Minister", words()), _bare_role("Foreign minister", words())
    (True, True)
    >>> _bare_role("Polish prime minister", words()), _bare_role("Ukraine's foreign minister", words())
    (True, True)
    >>> _bare_role("Minister Sybiha", words()), _bare_role("Polish lawmakers", words())
    (False, False)
    """
    ws = who.lower().split()
    if len(ws) > 1 and (ws[0] in {d.lower() for d in w.demonyms.values()}
                        or re.fullmatch(r"[a-z]+(?:’s|'s)", ws[0])):
        ws = ws[1:]
    return 0 < len(ws) <= 3 and ws[-1] in w.role_words | w.apposed_roles \
        and all(x in ROLE_MODIFIERS | w.role_words | w.apposed_roles for x in ws[:-1])


def _body_role(who: str, w: Words) -> bool:
    """Is the speaker a title after the body, country or person it is of, with no name of its
    holder ("Kremlin spokesman", "Ukraine's president", "Putin's spokesman", "US
    president-elect")?

    >>> _body_role("Kremlin spokesman", words()), _body_role("Ukraine's president", words())
    (True, True)
    >>> _body_role("Putin's spokesman", words()), _body_role("US president-elect", words())
    (True, True)
    >>> _body_role("Kremlin spokesman Peskov", words()), _body_role("Putin", words())
    (False, False)
    """
    ws = re.sub(r"-elect\b", "", _tidy(who)).split()
    if not 2 <= len(ws) <= 4 or not ws[0][:1].isupper():
        return False
    if not re.search(r"[’']s$", ws[0]) and ws[0] in w.people:
        return False  # a name, not whose the title is ("Zelensky aide")
    return _bare_role(" ".join(ws[1:]), w)


def holds_role(entity: str, titles: tuple[str, ...], country: str | None) -> bool:
    """Is ``entity`` a person whose role in the registry opens on one of ``titles`` (lower
    case), of ``country`` where one is given ("President of the United States" holds
    "president" of "United States")?

    >>> holds_role("donald-trump", ("president",), "United States"), holds_role("donald-trump", ("president",), "Russia")
    (True, False)
    """
    e = load_registry().by_id.get(entity)
    held = (e.role or "").lower() if e is not None and e.kind == "person" else ""
    return bool(held) and re.match("(?:" + "|".join(map(re.escape, titles)) + r")(?![\w-])", held) is not None \
        and (country is None or country.lower().removeprefix("the ") in held)


def role_named(text: str, sentence: str, agent: str | None, w: Words) -> str:
    """A subject named by its title only, named: the one person of the sentence whose role in
    the registry is that title ("On Tuesday, while House Democrats unveiled two articles of
    impeachment against Donald Trump ..., the president was hosting Russia's foreign minister"
    -> "Trump was hosting ..."), else the claim's agent if that title is its role.

    >>> role_named("The president was hosting Lavrov", "..., against Donald Trump, the president was hosting Lavrov", None, words())
    'Trump was hosting Lavrov'
    >>> role_named("The president was hosting Lavrov", "The president was hosting Lavrov", None, words())
    'The president was hosting Lavrov'
    """
    m = next((m for k in (3, 2, 1) if (m := re.match(
        rf"(?:[Tt]he\s+)?(?P<role>(?:[A-Z]?[a-z]+(?:’s|'s)?\s+){{{k - 1}}}[A-Z]?[a-z]+)(?=\s+[a-z])(?!\s+of\b)", text))
              is not None and _bare_role(m.group("role"), w)), None)
    # (not a title going on: "Chief| of the General Staff Valery Gerasimov announced")
    if m is None:
        return text
    role = m.group("role").lower().split()
    country = None
    if len(role) > 1 and (role[0] in {d.lower() for d in w.demonyms.values()} or role[0].endswith(("’s", "'s"))):
        first = role.pop(0)
        country = next((k for k, d in w.demonyms.items() if d.lower() == first), first[:-2])
    title = " ".join(role)
    registry = load_registry()
    given = _HOLDERS.get()
    named: set[str] = set()  # entity ids, or the short names of holders given
    for mention in registry.find(sentence):
        entity = mention.entity
        office = " ".join(sentence[mention.start:mention.end].split())
        if given is not None and office in registry.titled:
            # (an office is its holder on the day the article was written, not now's: "The
            # Ukrainian president flew to Moscow" in 2013 is no one the registry knows)
            # (whom it names held the office that day, whatever his role now: Medvedev)
            holder = given.get(office)
            if holder and office.lower().endswith(title):
                named.add(holder)
            continue
        if holds_role(entity, (title,), country):
            named.add(entity)
    if not named and agent is not None:
        named = {e.id for e in registry.entities if e.name == agent and holds_role(e.id, (title,), country)}
    if len(named) != 1:
        return text
    one = named.pop()
    return (short_name(registry.get(one).name, w) if one in registry.by_id else one) + text[m.end():]


def make_headline(sentence: str, *, speaker: str | None = None, agent: str | None = None,
                  act: str | None = None, place: str | None = None, limit: int = 80,
                  keep: str | None = None, holders: tuple[tuple[str, str], ...] | None = None) -> Headline:
    """A headline for ``sentence`` and how it was made (see ``Headline``); ``keep``: a date
    expression of the sentence the headline keeps (the others go); ``holders``: the offices'
    names of the sentence with their holders' short names on the day its article was written
    (("the Ukrainian president", "Poroshenko"),), an office no one held then left out (without
    them, an office is its holder's now). Within ``remembering``, from an earlier build where
    it made it (the same, without the work)."""
    token = _HOLDERS.set(dict(holders) if holders is not None else None)
    try:
        if _remembered is None:
            return _make_headline(sentence, speaker, agent, act, place, limit, keep)
        known, used = _remembered
        key = json.dumps([sentence, speaker, agent, act, place, limit] + ([keep] if keep else [])
                         + ([sorted(holders)] if holders is not None else []), ensure_ascii=False)
        made = used.get(key) or known.get(key)
        if made is None or len(made) != 2:
            made = list(astuple(_make_headline(sentence, speaker, agent, act, place, limit, keep)))
        used[key] = made
        return Headline(*made)
    finally:
        _HOLDERS.reset(token)


# characters that show nothing and break no word: a soft hyphen, zero-width spaces and joiners,
# a word joiner, a byte-order mark (an article's "nego\u00adtiations" is "negotiations" in a title;
# and the Mongolian vowel separator and the invisible operators, zero-width too: the
# twenty-fourth sweep)
INVISIBLE = re.compile("[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]")  # (and
# the marks and controls of direction, which show nothing either: "on 1 \u202e May\u202c 2025",
# hostile28, lost its month)


def _make_headline(sentence: str, speaker: str | None, agent: str | None, act: str | None,
                   place: str | None, limit: int, keep: str | None = None) -> Headline:
    if INVISIBLE.search(sentence):
        sentence = INVISIBLE.sub("", sentence)
        keep = INVISIBLE.sub("", keep) if keep else keep
    if sentence.rstrip().endswith("?") and len(re.split(r"[:;]\s|\s[—–]\s", sentence, maxsplit=1)[0].split()) \
            in (len(sentence.split()), 1, 2, 3):
        return Headline("", "none")  # a question ("Q1: What has changed on the battlefield?",
        # "Will they ever meet?") asks; a headline tells (a quoted one is someone's words; and a
        # statement before a colon is told: "Talks ended on Thursday ..., and the question is
        # back: will Putin and Zelensky ever meet?")
    dropped: list[str] = []
    made = _headline(sentence, speaker, agent, act, place, limit, keep, dropped=dropped)
    if made.how == "none" and dropped:
        # a vague speaker stays where what it said makes no headline alone: "Ukrainian
        # officials said on Sunday that an officer had been dismissed" ("Officer dismissed" is
        # too short) -> "Ukrainian officials say an officer dismissed" (tried again only where
        # such a speaker was dropped: the rest would come out the same)
        vague = _headline(sentence, speaker, agent, act, place, limit, keep, vague=True)
        made = vague if vague.how in ("sentence", "cut") else made
    if made.text and (cut := _without_dangling_subject(made.text, sentence, words())) != made.text:
        made = Headline(cut, made.how)
    # (white space a rule left at an edge or doubled inside: "... if the four leaders wished ")
    return made if made.text == " ".join(made.text.split()) else Headline(" ".join(made.text.split()), made.how)


# a name joined by "and" at a headline's end ("... passes the laws and Yanukovych")
TRAILING_SUBJECT = re.compile(r"\s+(?:and|but|or)\s+(?P<name>(?:[A-Z][\w’'.-]*\s+){0,2}[A-Z][\w’'.-]*)$")
SAME_TAIL = re.compile(r",\s+the\s+same\s+[a-z]+$"
                       # ... or a count of time whose "after" or "ago" went: "Working reactor at
                       # Chernobyl shut down, fourteen years" (probe_events149)
                       r"|,\s+(?:(?:a|an|some|about|nearly|almost|over|more\s+than|\d+|[a-z]+)\s+)?"
                       r"(?:years?|months?|weeks?|days?|hours?|decades?)$")


def _without_dangling_subject(text: str, sentence: str, w: Words) -> str:
    """``text`` less a name joined by "and" at its end that is the subject of a clause of its
    own in ``sentence`` (its verb cut off): "The laws that the Rada passed on Thursday and
    Yanukovych signed on Friday" made 'Rada passes and Yanukovych' (probe_events141); "Putin
    meets Xi and Modi" keeps its objects.

    >>> _without_dangling_subject("Rada passes the laws and Yanukovych",
    ...                           "the Rada passed the laws on Thursday and Yanukovych signed them on Friday", words())
    'Rada passes the laws'
    >>> _without_dangling_subject("Putin meets Xi and Modi", "Putin met Xi and Modi in Kazan on Tuesday.", words())
    'Putin meets Xi and Modi'
    >>> _without_dangling_subject("Moldova initials its agreement in Vilnius, the same summit", "", words())
    'Moldova initials its agreement in Vilnius'
    >>> _without_dangling_subject("Working reactor at Chernobyl shut down, fourteen years", "", words())
    'Working reactor at Chernobyl shut down'
    """
    if (same := SAME_TAIL.search(text)) is not None:
        return text[:same.start()]  # (an apposition of a date gone: "Moldova initials its
        # association agreement with the EU in Vilnius, the same summit", probe_events141)
    m = TRAILING_SUBJECT.search(text)
    if m is None:
        return text
    after = re.search(re.escape(m.group("name")) + r"\s+(?:(?:also|then|later|quickly|promptly)\s+)?(?P<verb>[a-z]+)\b",
                      sentence)
    if after is None:
        return text
    verb = after.group("verb")
    if verb in w.past or verb in AUXILIARIES or verb in w.speech or re.fullmatch(r"[a-z]{3,}ed", verb):
        return text[:m.start()]
    return text


# a transcript's turn opening a sentence: its time stamp, its speaker's label in bold or in
# capitals ("[00:16:02] **KATE HOLLIS:** Andriy Yermak ... said yesterday ..." was titled "KATE
# HOLLIS: Yermak said ...", probe_events75; "MARK PRYCE: Every night")
THREAD_POSTS = 30  # the most posts of a thread whose numbers ("4/5") open its posts
TURN_LABEL = re.compile(r"^[\[(]\d{1,2}:\d{2}(?::\d{2})?[\])]\s*(?:\*\*[^*\n]{1,40}?(?::\*\*|\*\*:)\s*"
                        r"|[A-Z][A-Z’'.-]+(?:\s+[A-Z][A-Z’'.-]+){0,2}:\s+)?"
                        r"|^\*\*[^*\n]{1,40}?(?::\*\*|\*\*:)\s*"
                        r"|^[A-Z][A-Z’'.-]+(?:\s+[A-Z][A-Z’'.-]+){1,2}:\s+(?=[A-Z“\"])"
                        # (or one word, and a role: "PRESENTER: Bulgaria also voted today.",
                        # "NATALIA MUNTEANU, CORRESPONDENT: Turnout today ...", probe_events129)
                        r"|^(?:PRESENTER|ANCHOR|HOST|REPORTER|CORRESPONDENT|INTERVIEWER|MODERATOR|NARRATOR|QUESTION|ANSWER):\s+(?=[A-Z“\"])"
                        r"|^[A-Z][A-Z’'.-]+(?:\s+[A-Z][A-Z’'.-]+){0,2},\s+[A-Z][A-Z’'.-]+(?:\s+[A-Z][A-Z’'.-]+){0,3}:\s+(?=[A-Z“\"])"
                        # (and an interview's "Q." and "A.": "Q. In April there were ...",
                        # probe_events98)
                        r"|^[QA][.:]\s+(?=[A-Z“\"])"
                        # (and a thread's post number: "4/4 Tomorrow I go to Paris",
                        # probe_events104; of a post no later than the last, never "24/7
                        # Wall Street" nor "9/11 Memorial", hostile43)
                        r"|^(?!9/11\b)[(\[]?(?P<post>\d{1,2})/(?P<posts>\d{1,2})[)\]]?\s+(?=[A-Z“\"])")


def _headline(sentence: str, speaker: str | None, agent: str | None, act: str | None,
              place: str | None, limit: int, keep: str | None = None, vague: bool = False,
              dropped: list[str] | None = None) -> Headline:
    """``_make_headline``'s work; with ``vague``, a vague speaker stays; ``dropped``, when
    given, is told the vague speaker dropped, if any."""
    w = _guessed(sentence, words())  # (the pasts of the sentence the vocabulary does not hold,
    # once: every rule below, to_present's for each compression too, is handed this vocabulary)
    if (read := reading(sentence)) is not None:
        sentence = read.text  # as a reader sees it: '&ldquo;The Russians ...,&rdquo; Zelensky said'
        # was titled "Zelensky speaks", "on 3 Septem-\nber" kept its hyphen (hostile38)
    text = " ".join(re.sub(r"\n[ \t]*>[ \t]?", "\n", sentence).replace("\u00a0", " ").split())
    text = re.sub(r"^[-–—•*]\s+", "", text)
    if (shouted := SHOUTED_LEAD.match(text)) is not None and shouted.group(0) not in _registered_words():
        # a lead's first word set in capitals ("FOREIGN ministers of the world's richest
        # democracies left Merseyside", probe_events117): a word, not an initialism
        text = shouted.group(0).capitalize() + text[shouted.end():]
    if (run_on := RUN_ON.search(text)) is not None:
        text = text[:text.index(".", run_on.start()) + 1]  # "... needed guarantees. a onclick=...
        # and more text": the sentence the splitter left joined to the words after it ends here
    text = EMPTY_QUOTE.sub("", text)  # an empty quotation ('“”') says nothing
    # a quote's opening words that only frame it ('"I have to say that I'm a little bit
    # disappointed ..."' was titled 'Trump: “I have to say”', probe_events84): the quote from
    # what is said, as a desk quotes it (never a hedge: "I think", "I believe" stay)
    text = QUOTE_FILLER.sub(lambda m: m.group("open") + m.group("first").upper(), text)
    if (split := SPLIT_QUOTE.match(text)) is not None:
        # a quote its frame parts in two: '"But," Ayrault said on Monday, "the goal is peace."'
        # is his words whole, then the frame ('"But the goal is peace," Ayrault said on
        # Monday'), hostile32
        joined = f"{split.group('a').rstrip(',')} {split.group('b')}".rstrip(".")
        text = f"{split.group('open')}{joined},{split.group('close')} {split.group('frame').rstrip(', ')}."
    if (inverted := ONLY_THEN.match(text)) is not None and (plain := _uninverted(inverted, w)) is not None:
        text = plain  # "Only on Monday did he concede that ..." -> "On Monday, he conceded that ..."
    if (closed := QUOTE_CONTINUED.match(text)) is not None:
        # the second sentence of a quote, its opening mark in the sentence before: 'There is no
        # alternative to it," Lavrov told reporters' is his words, opened here
        text = ("“" if closed.group("mark") == "”" else '"') + text
    text = TURN_LABEL.sub(lambda m: m.group(0) if m.group("post") and not (
        0 < int(m.group("post")) <= int(m.group("posts")) <= THREAD_POSTS) else "", text, count=1)
    # (a transcript's speaker and time stamp are no news)
    text = plain_inline(text)  # a Markdown link reads as its text, emphasis marks go
    text = without_age(text)  # "Zelensky, 43, insisted he ...": a frame, no aside
    text = drop_described(text, w)  # "Umerov, secretary of the council, proposed ..."
    text = HONORIFIC_STOP.sub(r"\1", text)  # "Mr. Trump said" reads as "Mr Trump said"
    # "Putin used his closing press conference on Thursday night to say that ...": what he said
    text = TO_SAY.sub(lambda m: f"{m.group('who')} {TO_SAY_PAST[m.group('verb')]} that ", text, count=1)
    text = POINTING_ACT.sub(lambda m: f"{m.group('who')}{m.group('mid') or ''} {POINTING_PAST[m.group('verb')]} ",
                            text, count=1)
    if text.startswith("|"):  # a table's row: what it tells is its longest cell
        text = max((cell.strip() for cell in text.strip("| ").split("|")), key=len)
    text = strip_dateline(text, w)
    # a lead set in capitals ("UKRAINE'S President Volodymyr Zelensky has denied ..."): its
    # words as names are written (not an acronym: "NATO allies")
    text = CAPITAL_LEAD.sub(lambda m: re.sub(r"[A-Z’']{5,}", lambda x: x.group(0).capitalize()
                                             .replace("’S", "’s").replace("'S", "'s"), m.group(0)), text)
    text, caption = strip_credits(text, w)
    # where people stand in a picture goes ("Zelensky, left, and Putin" -> "Zelensky and Putin")
    text = w.caption_markers.sub(lambda m: "," if m.group(0).rstrip().endswith(",") and
                                 re.match(r"\s*[A-Z]", text[m.end():]) else "", text)
    if len(text) > 40 and (lead := LEAD_IN.match(text)) is not None \
            and not _told_deed(_words_of(lead.group(0)), w) \
            and not any(x.lower() in w.speech for x in _words_of(lead.group(0))):
        text = text[lead.end():]  # (not a clause: "Trump met Zelensky: the meeting, ...";
        # nor a speaker's frame: 'Trump said: "It could have been a mistake."')
    text = before_colon(text, w)
    # "Kuleba's reply came the same evening: “...,” the foreign minister wrote": the words
    # announcing the quote go, the quote and its speaker stay
    text = QUOTE_LEAD_IN.sub("", text)
    text = COUNTED_OPENER.sub("", text)  # "Four days after they end, Ushakov says ..."
    # "Asked whether he was prepared to move to phase two, Trump said yes": the question,
    # answered yes, is what the speaker says
    text = ASKED_YES.sub(lambda m: f"{m.group('who')} said {m.group('question')}", text)
    # "Russian forces, meanwhile, claimed ..." (after an opener, its comma stays: "Overnight
    # into Sunday, however, Russia launched ...")
    text = lang.connective_aside().sub(lambda m: "," if _opens(m.string[:m.start()], w) else "",
                                       text)
    text = strip_connectives(text, w)
    text = strip_opener(_cap(text), w)
    text = strip_dates(text, w, keep)
    text = strip_connectives(text, w)
    text = strip_opener(_cap(text), w)
    # "Merkel herself told reporters": the stress the story's sentence before called for, not
    # the headline's ('Merkel herself says ...', probe_events101)
    text = EMPHATIC_SELF.sub(r"\g<name>", text)
    # "The first signals of the scheme came on Thursday, when Trump told NBC News that ...":
    # what came then is the news
    text = CAME_WHEN.sub("", text)
    # (not a count's "later": "a day later than planned")
    # (nor "now" as what "that" opens: 'said that now was "the time for resolve"')
    # (nor a quote's words: 'is "not in a position right now to collaborate"')
    text = _outside_quotes(text, lambda part: ADVERB_ASIDE.sub("", part))
    # "signed in this city": where the article was written, which the headline does not say
    text = _outside_quotes(text, lambda part: HERE_PLACE.sub("", part))
    # "ignore that warrant", "these talks": a headline points at nothing before it
    # (never a relative "that" before its verb: "for a visit that ends")
    text = _outside_quotes(text, lambda part: DEMONSTRATIVE.sub(
        lambda m: m.group(0) if (m.group(0).startswith("that") or part[max(0, m.start() - 3):m.start()] == "of ") and (
            (verb := re.match(r"[a-z]+", part[m.end():])) is not None
            and (verb.group(0) in w.present or verb.group(0) in w.past)) else "the ", part))
    # (nor a pronoun after "of" before its verb: "None of this suggests" was "None of the
    # suggests")
    # "The last round of trilateral talks was staged": last as seen from the report's day; the
    # timeline puts it in its place
    text = _cap(w.relative_order.sub("", text))
    # "Biden and Putin last met in person at a summit in Geneva": last as seen from the report's
    # day; under the happening's date, they meet
    text = LAST_DONE.sub("", text)
    # "suggested Putin visit Kyiv instead": instead of what the article said before
    # (never "instead of Shmyhal": what it replaces is named)
    text = re.sub(r",?\s+instead(?=[.!?]?$)|(?<=\s)instead\s+(?=[a-z])(?!of\b)", "", text)
    # "met Macron there": there, where the article was before, which the headline does not say
    # (never "there is", "there was": no place)
    text = _outside_quotes(text, lambda part: THERE.sub("", part))
    # "announced here that": where the dateline is, which the headline does not carry
    text = re.sub(r"(?<=[a-z]ed)\s+here\b(?=\s+(?:that|on|in|at|after|before)\b)", "", text)
    text = went_on_to(text, w)
    # "X has replied to Y's invite ..., and the reply is no": the answer is the news
    text = REPLY_IS.sub(lambda m: f"{m.group('who')} says {m.group('answer').lower()} to {m.group('what')}", text)
    text = drop_parentheticals(text, w)
    text = re.split(r";\s+", text)[0]  # a semicolon joins two sentences: the first leads
    text = uncleft(_cap(text), w)
    # where the words were said, between the verb and "that": "said, aboard Air Force One,
    # that ..." -> "said that ..."
    text = SAID_WHERE.sub(lambda m: f"{m.group('verb') or m.group('verb2') or m.group('verb3')} that", text)
    text = SAID_ON.sub(r"\g<verb>", text)  # "said on social media he was ..." -> "said he was ..."

    frame = split_frame(text, w)
    if frame is None and speaker and (text[:1] in "“\"" or FIRST_PERSON.match(text)):
        # a sentence of someone's own words whose speaker the article named before: his words
        # after the colon ('"We are ready for the meeting on Sunday.' -> 'Zelensky: “We are
        # ready for the meeting on Sunday”')
        frame = Frame(speaker, "says", text, True)
    if frame is not None and frame.verb == "adds":
        frame = Frame(frame.who, "says", frame.content, frame.quoted)  # a headline never "adds"
    if frame is not None and not frame.quoted:
        # "The Kremlin said that S, Peskov told reporters": the inner frame says who stands
        # behind S; the outer one only who passed it on ("S, the Kremlin insists, according
        # to what Peskov told media": the Kremlin speaks)
        inner = split_frame(_cap(frame.content), w)
        # (never one saying inside a relative clause: "Peskov said a deal that Lavrov said was
        # dead would be revived" is Peskov's, hostile33: it was 'Deal Lavrov says was dead ...')
        if inner is not None and ((at := frame.content.find(inner.who)) > 0
                                  and re.search(r"\b(?:that|which|whom|who)\s+$", frame.content[:at])
                                  or re.match(r"(?:[Aa]n?|[Tt]he)\s+[a-z][\w’'-]*\s+[A-Z]", inner.who)):
            inner = None  # (its "that" may have gone: "a deal| Lavrov said was dead")
        if inner is not None and not _vague(inner.who, w) \
                and (not inner.quoted and _leading(frame.content, inner.content)
                     and not TOLD_THE_SPEAKER.match(frame.content)
                     or re.search(r",\s+according\s+to\s", text)):
            # (but what one told the speaker is the speaker's to tell, the frame first or last:
            # "Poroshenko said Nemtsov had told him he had evidence ..." is Poroshenko's,
            # probe_events62: it was 'Nemtsov says he had evidence'; so is "Nemtsov had told him
            # he had evidence, Poroshenko said", hostile33)
            # ('"There is no alternative to it," Lavrov told reporters, according to the
            # Foreign Ministry': Lavrov speaks, the ministry passed it on)
            frame = inner
    keep = for_quote = colon_ok = one = False
    if frame is not None:
        who = frame.who
        if _vague(who, w) and not (re.match(r"(?:they|we)\b", frame.content.lstrip("“\" "))
                                   and who.lower() not in w.pronouns and _plural_subject(who)) \
                and (who.lower() in w.pronouns or not vague):
            if dropped is not None and who.lower() not in w.pronouns:
                dropped.append(who)
            # ("he" or "she": one person, however the name ends: '"What has happened in Crimea
            # is a violation of international law," he said' of Didier Reynders was 'Reynders
            # say', probe_events115)
            one = who.lower() in ("he", "she") and bool(speaker)
            who = short_name(speaker, w) if speaker and who.lower() in w.pronouns else ""
        elif _vague(who, w):
            who = _cap(re.sub(r"^(?:the|The)\s+", "", who))  # "Ukrainian officials say they ...":
            # what "they" stands for is the speaker, who stays
        else:
            who = short_name(who, w)
            # a role or a first name gone: one person, however the name ends ("Senator Bernie
            # Sanders said" -> 'Sanders says', not 'Sanders say'; "Dr. Tedros")
            one = re.sub(r"^the\s+", "", who.lower()) != re.sub(r"^the\s+", "", drop_legal_forms(_tidy(frame.who)).lower()) \
                and not re.search(r"\band\b|[,&]", who) and not LISTED_OWNERS.fullmatch(_tidy(frame.who))
            if speaker and (_bare_role(who, w) or _body_role(who, w)) and short_name(speaker, w) in w.people:
                who = short_name(speaker, w)  # "the Prime Minister told the Commons": Starmer
                # (and "The Kremlin spokesman said", whom the attribution knows: Peskov)
            # a speaker is named, not described: "Putin's aide Ushakov says" -> "Ushakov says"
            # (and a body by its name: "Russia's leading independent newspaper Novaya Gazeta
            # says" -> "Novaya Gazeta says")
            if (owned := _owned_name(who, w)) is not None:
                who = short_name(owned, w)
            if who[:1].islower() and frame.quoted:  # "the report" before its quoted words: a
                # headline opens on a capital ("Report: “Sales rose 5%”")
                who = _cap(re.sub(r"^(?:the|a|an)\s+", "", who))
        content = uncleft(frame.content, w)
        opened = strip_opener(strip_connectives(_cap(content), w), w)
        if opened != _cap(content):
            content = opened
        verb = frame.verb
        if who and "&" not in who and not one and _plural_subject(who):  # "Upjohn officials say"
            first, _, obj = verb.partition(" ")
            plural = {third: base for third, base in w.past.values()}.get(first)
            verb = f"{plural} {obj}".strip() if plural else verb
        frame = Frame(who, verb, content, frame.quoted)
        # the frame stays when what was said has no subject of its own to lead with
        # (and when it quotes someone: quoted words are the speaker's, 'Zelensky says Putin is
        # "playing games"', never the outlet's)
        for_quote = bool(QUOTED.search(content)) and not (
            frame.quoted or not _named_subject(content, w) or _leading(text, content))
        theirs = bool(who) and (frame.quoted or not _named_subject(content, w)
                                or _leading(text, content) or _stance(content, w)
                                or _person(who, w) and not _own_side(who, content, w))
        keep = theirs or bool(who) and for_quote
        # the speaker's own view or a person's words: the colon when "says" has no room
        colon_ok = bool(who) and (_stance(content, w) or _person(who, w))
        for_quote = for_quote and not theirs  # the frame stays only while the quote does
        if not who:
            if frame.quoted:  # '"We invite him to Moscow," he said': whose words is unknown
                return Headline(template(agent, act, place, limit, w), "template")
            frame = None
        text = content
    if frame is None:
        text = role_named(text, sentence, agent, w)
    text = group_first(shorten_names(named_roles(text, w), w), w)
    text = drop_asides(text, w)
    text = drop_parentheticals(text, w)
    unshifted = text  # (what the colon gets, turned to the present once: "were recorded" ->
    # "recorded" is a passive, which a second turn would read as a deed, "record")
    if frame is None or not frame.quoted:
        # after "says", "will" stays ("Upjohn says it will offer"); alone it is "to"
        # (the speaker's "will" that reported speech made "would", its condition in the present
        # too: "Zelensky said Ukraine would hold an election only once a ceasefire was in place"
        # -> 'Ukraine to hold an election only once a ceasefire is in place', probe_events21)
        shifted_back = REPORTED_WOULD.sub(r"\g<subject> will ", text, count=1) if frame is not None else text
        alone = drop_legal_forms(to_present(present_condition(shifted_back, w), w, future=True))
        if shifted_back == text:
            alone = present_condition(alone, w)
        # ("said the fire was extinguished and that radiation levels remained normal": without
        # the frame, its second "that" clause has nothing to hang on)
        alone = re.sub(r",?\s+and\s+that\s.*$", "", alone) if frame is not None else alone
        text = to_present(text, w, future=frame is None, deeds=frame is None)
        if frame is None:
            text = present_condition(text, w)
        # "talks that lasted three hours": in a headline's present, "talks lasting three hours"
        text = w.that_lasted.sub(lambda m: w.ing_of[m.group("verb")], text)
        alone = w.that_lasted.sub(lambda m: w.ing_of[m.group("verb")], alone)
    text = drop_legal_forms(text)  # after the verb agrees with "Courtaulds PLC"
    if frame is None or frame.quoted:
        alone = text

    if not caption:
        options = [keep, not keep] if frame is not None else [False]
        if keep and frame is not None and frame.who and not frame.quoted and alone != text \
                and REPORTED_WOULD.match(unshifted) and not _own_side(frame.who, unshifted, w):
            # (what someone said another will do is his, never a plan of theirs: "Peskov said
            # Zelensky would regret it" is no 'Zelensky to regret it', hostile34; what his own
            # side will do may stand alone: 'Russia to hand over the bodies ...', Medinsky's)
            options = [True]
        # each wording in turn: as written, then in headline register (no articles, "US"),
        # then with a quoted list cut to its first item (which gives up words, as a cut does).
        # The whole sentence in the first wording where it fits; else the compression that
        # keeps most words of the news ("the" is none), in the first wording that keeps them
        for keep_frame in options:
            told = text if keep_frame or frame is None else alone  # without its frame: "to sit down"
            wordings = [(told, 0)] if frame is not None and frame.quoted else terse_wordings(told, w)
            # (a country's ministry, office or embassy that leaves the words no room speaks as
            # the country, the last framing tried: "Russia's Foreign Ministry said on Monday that
            # the expulsions were a "provocative gesture of so-called solidarity" with London"
            # -> 'Russia says the expulsions were a ...', probe_events64: it was 'Russia speaks')
            framings = [frame] if not (keep_frame and frame.who) or (owner := body_owner(frame.who, w)) is None \
                else [frame, Frame(owner, frame.verb, frame.content, frame.quoted)]
            found = []
            for framing in framings:
                found = [((cost + given > 0) + (cost >= LAST_RESORT), -_kept(h), tier, -len(h), cost, h)
                         for tier, (wording, given) in enumerate(wordings)
                         for cost, content in compressions(wording, w, limit)
                         for h in [_compose(framing, content, keep_frame, w)]
                         if not problems(h, limit, w) and _reads_as_news(h, frame if keep_frame else None, w)
                         and (not keep_frame or frame.quoted or _has_verb(_words_of(content), w, headline=True))
                         and not (keep_frame and for_quote and not QUOTED.search(content))
                         # someone's quoted words never stand without who said them (a word set
                         # off in quotes is no one's words: 'Leaders agree to draw up a
                         # "roadmap"', session 51)
                         and not (not keep_frame and frame is not None and frame.who
                                  and (frame.quoted or _speaks(h)))]
                if found:
                    break
            if found:
                return Headline(min(found)[-1], "sentence")
            if keep_frame and frame.who and frame.quoted:
                # quoted words too long for a headline: their opening, up to a phrase's end (or
                # an "of" phrase's start), after the colon (European leaders: “The current line
                # of contact should be the starting point”), the longest that fits
                inner = told.strip(QUOTE_MARKS + " .,;:")
                heads = phrase_prefixes(inner, w, limit) + [inner[:m.start()] for m in re.finditer(r"\s+of\s", inner)]
                cuts = [said for head in heads
                        # (never before a relative clause: "is a week| in which Russia draws
                        # new lines" says nothing without it)
                        if not RELATIVE_NEXT.match(inner, len(head.rstrip(" ,;:")))
                        for said in [f"{frame.who}: “{_cap(_end_sentence(head))}”"]
                        if not problems(said, limit, w) and _has_verb(_words_of(head), w, headline=True)]
                if cuts:
                    return Headline(max(cuts, key=lambda c: (len(c), c)), "cut")
            if keep_frame and frame.who and not frame.quoted and (colon_ok or QUOTED.search(text)):
                # words that stay the speaker's, too long after "X says": the desk's colon
                # ('Peskov: High-level meeting "can and must put a definitive end to the
                # settlement"', 'Lavrov: Putin will meet Zelensky only after ...'); quoted
                # words stay whole
                colon = [(cost > 0, -_kept(said), tier, -len(said), said)
                         for tier, (wording, _given) in enumerate(terse_wordings(unshifted, w))
                         for cost, content in compressions(wording, w, limit)
                         # (after the colon a deed is told in the present, as a headline's)
                         for said in [f"{frame.who}: {_cap(drop_article(reported_present(_end_sentence(to_present(content, w, future=False)), w)))}"]
                         if not problems(said, limit, w) and _has_verb(_words_of(content), w, headline=True)
                         and not (QUOTED.search(text) and not QUOTED.search(content))]
                if colon:
                    return Headline(min(colon)[-1], "sentence")
    for keep_frame, terse in itertools.product([keep, False] if frame is not None else [False], (False, True)):
        told = text if keep_frame or frame is None else alone  # without its frame: the present
        if terse:  # (then as a desk abbreviates: "Alexander Zakharchenko announces the creation
            # of a new state called "Malorossiya"" was a character too long, probe_events83)
            if (shorter := _outside_quotes(told, lambda part: abbreviate(part, w))) == told:
                continue
            told = shorter
        cut = _clean_prefix(_compose(frame, tighten(told, w), keep_frame, w), limit, w)
        # (what is said, cut, keeps its verb: never "Leaders announce Ukraine| and Russia have
        # agreed ...")
        said = _words_of(cut)[len(_words_of(f"{frame.who} {frame.verb}")):] \
            if keep_frame and frame is not None and frame.who else _words_of(cut)
        if cut and _reads_as_news(cut, frame if keep_frame else None, w) and not _verb_cut_off(said, w) \
                and not (keep_frame and for_quote and not QUOTED.search(cut)) \
                and not (keep_frame and frame is not None and frame.who and not frame.quoted
                         # (what a possessive owns is no verb: "Peter Hale says payment risks
                         # and the rouble's fall|", probe_events90)
                         and not _verbal(["thing" if _owned(said, i, w) else x
                                          for i, x in enumerate(said)], w)) \
                and not (not keep_frame and frame is not None and frame.who
                         and (frame.quoted or QUOTED.search(cut))) \
                and not OPEN_CONDITION.search(cut):
            return Headline(cut, "cut")
    fallback = template(agent, act, place, limit, w)
    if fallback:
        return Headline(fallback, "template")
    cut = _clean_prefix(_compose(None, alone if frame is not None else text, False, w), limit, w)
    if cut and frame is not None and frame.who and (frame.quoted or QUOTED.search(cut)):
        return Headline("", "none")  # someone's quoted words, and no room to say whose
    if cut and _has_verb(_words_of(cut), w, headline=True) \
            and (_words_of(cut)[0].lower() not in {"it", "its", "his", "her", "their",
                                                  # (nor one speaking of himself, unnamed: "I
                                                  # gives him a chance", probe_events68)
                                                  "i", "we", "you", "my", "our", "your"}
                or re.match(r"It\s+(?:is|was)\b", cut)):
        return Headline(cut, "cut")  # never "Its net loss ...", "It plans ...": whose is lost
        # (nor a phrase that says nothing happened: "Xi's state visit to Moscow")
    return Headline("", "none")


# a country's body that speaks for it: "Russia's Foreign Ministry", "the Russian defence
# ministry", "Ukraine's embassy in London"
BODY_OF = re.compile(r"(?:the\s+)?(?P<owner>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}?)(?:['’]s)?\s+"
                     r"(?:[A-Za-z]+\s+){0,2}(?:[Mm]inistry|[Oo]ffice|[Ee]mbassy|[Mm]ission|[Gg]overnment)"
                     # (and what it is of: "the Russian Ministry of Defence", "Ukraine's Ministry
                     # of Foreign Affairs")
                     r"(?:\s+of\s+(?:the\s+)?[A-Z][\w-]*(?:\s+(?:and\s+)?[A-Z][\w-]*){0,3})?"
                     r"(?:\s+(?:in|to)\s+[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)?")


def body_owner(who: str, w: Words) -> str | None:
    """The country whose ministry, office, embassy or government speaks, by its name or its
    people's adjective (``demonyms``); None for anyone else.

    >>> body_owner("Russia's Foreign Ministry", words()), body_owner("the Russian defence ministry", words())
    ('Russia', 'Russia')
    >>> body_owner("the Russian Ministry of Defence", words())
    'Russia'
    >>> body_owner("Peskov", words()), body_owner("the Interior Ministry", words())
    (None, None)
    """
    m = BODY_OF.fullmatch(_tidy(who))
    if m is None:
        return None
    owner = m.group("owner")
    if not re.search(r"['’]s\s", _tidy(who)):
        countries = [c for c, adjective in w.demonyms.items() if adjective == owner and not c.startswith("the ")]
        return short_name(countries[0], w) if countries else None
    return short_name(owner, w) if owner in w.demonyms else None


def _kept(headline: str) -> int:
    """How many words of the news a headline keeps: its words but the articles, and none of a
    trailing aside (", wherever they live")."""
    aside = re.search(r",\s+(?:wh[a-z]*|as|while|if|although|though|because|since)\b[^,]*$", headline)
    return sum(1 for x in _words_of(headline[:aside.start()] if aside else headline) if x.lower() not in ("the", "a", "an"))


CLEFT = re.compile(r"^(?:[Ii]t|[Tt]his|[Tt]hat)\s+(?:was|is|marked|marks|has\s+been|had\s+been)\s+"
                   r"(?:also\s+|only\s+)?the\s+(?P<nth>first|second|third|fourth|fifth|last|only)"
                   r"\s+time\s+(?:that\s+|when\s+)?(?P<clause>.+)$")


def uncleft(text: str, w: Words) -> str:
    """'It was also the first time that Putin and Zelensky had met face to face since the latter
    was elected' -> 'Putin and Zelensky met face to face for the first time': a cleft's clause
    leads when it opens on a name (its trailing 'since ...' goes, its back-shift too, and the
    cleft's news, 'the first time', follows the clause). Else the sentence stays as it is."""
    m = CLEFT.match(text)
    if not m or not _named_subject(m.group("clause"), w):
        return text
    clause = _end_sentence(m.group("clause"))
    trailing = re.search(r"(?:,\s+|\s+)(?:since|after|before|when|while|as|because|although|though|"
                         r"amid|despite|following)\s", clause)
    if trailing and len(_words_of(clause[:trailing.start()])) >= 2:
        clause = clause[:trailing.start()]
    clause = unshift(clause, w)
    if not _has_verb(_words_of(clause), w):
        return text
    return f"{clause} for the {m.group('nth')} time"


def _named_subject(content: str, w: Words) -> bool:
    """Whether a clause opens with a name ('Putin invited ...'), not 'the talks' or 'he'."""
    first = _words_of(content)[:1]
    return bool(first) and first[0][0].isupper() and first[0].lower() not in \
        w.pronouns | w.dangling | NUMBERS | QUANTITIES


def _leading(text: str, content: str) -> bool:
    """Whether the frame came first ('Peskov said S'), not after ('S, Peskov said')."""
    return not text.startswith(content[:20])


def _reads_as_news(text: str, frame: Frame | None, w: Words) -> bool:
    """Not a pronoun-led line with no one named ('He added ...'), and something happens."""
    ws = _words_of(text)
    return not (ws and ws[0].lower() in w.pronouns - {"this", "that"} and frame is None)


def _after_of_plural(ws: list[str], i: int) -> bool:
    """Is word i right after "of" and a plural noun ("the second round of talks| ends"): a
    word like "ends" there is the verb of the phrase before, not one more noun."""
    return i > 1 and ws[i - 2].lower() == "of" and ws[i - 1].islower() \
        and (ws[i - 1].endswith("s") or ws[i - 1] in PLURALS_WITHOUT_S)


# plural nouns not in -s: "Hundreds of people| rally outside the Swiss embassy"
PLURALS_WITHOUT_S = frozenset({"people", "children", "men", "women", "police", "personnel", "staff",
                               "clergy", "youth", "cattle"})


TAIL_CLAUSE_END = re.compile(r"[,;:“”\"()—–]")


SAID_CLAUSE = re.compile(rf"\b(?:{SAYING_NOW_AFTER_AND}|{SAYING_AFTER_AND})"
                         r"(?:\s+(?:reporters|journalists))?(?:\s+that)?\s+")


def _said_words(head: str) -> list[str]:
    """The words after a head's last verb of saying but the first, its subject's (what is
    said, whose verb a cut may take away: "Shoigu says attempts| to build a dialogue with
    Russia ... were futile": "attempts" is no verb there), else the head's words."""
    ends = [m.end() for m in SAID_CLAUSE.finditer(head)]
    return _words_of(head[ends[-1]:])[1:] if ends else _words_of(head)


def _verb_in_tail(tail: str, w: Words) -> bool:
    """Does the rest of a phrase's clause hold a verb with no subject of its own before it
    ("in Kyiv's Shevchenkivskyi district killed one person", "in Geneva were productive"): the
    verb of the words before the phrase, which a cut there would leave without one? (Not after
    a word that opens a clause of its own: "in Istanbul that begin ...", "as he said".) Quote
    marks are no end of it: 'with Russia "from a position of strength" were futile'."""
    tail = re.sub(r"[“”\"]", " ", tail)
    stop = TAIL_CLAUSE_END.search(tail)
    ws = _words_of(tail[:stop.start()] if stop else tail)
    for i, x in enumerate(ws[:12]):
        low = x.lower()
        if low in CLAUSE_OPENERS or low in w.pronouns or i >= 2 and low in DETERMINERS \
                and ws[i - 1].lower() not in PREPOSITIONS:
            return False  # (a clause of its own: "on the day| the US president said"; not a
            # phrase's determiner: "with Russia from a position of strength were futile")
        if i and (low in TAIL_AUXILIARIES or low in w.past and x.islower()
                  and ws[i - 1].lower() not in DETERMINERS and ws[i - 1].lower() not in PREPOSITIONS
                  and ws[i - 1].lower() not in AUXILIARIES
                  # (a verb and its object, not a participle's reduced relative: "measures
                  # taken against Moscow", "talks aimed at a ceasefire")
                  and not low.endswith(("en", "wn", "ne")) and i + 1 < len(ws)
                  and (ws[i + 1].lower() in DETERMINERS or ws[i + 1][:1].isdigit()
                       or ws[i + 1].lower() in TAIL_OBJECTS)):
            return True
    return False


def _plainly_verbal(ws: list[str], w: Words) -> bool:
    """Do these words hold a verb beyond doubt: an auxiliary, a past form or a regular '-ed' in
    lower case (not "strike" of "Missile strike", which ``_verbal`` may take for one)?"""
    return any(x.lower() in AUXILIARIES and x != "May"
               or x.islower() and (x in w.past or x in w.present or x.endswith("ed")) for x in ws)


TAIL_OBJECTS = frozenset({"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                          "dozens", "hundreds", "thousands", "several", "more", "nearly",
                          "him", "her", "them", "it", "us"})
TAIL_AUXILIARIES = frozenset({"was", "were", "is", "are", "has", "have", "had", "will", "would"})
CLAUSE_OPENERS = frozenset({"that", "which", "who", "whom", "whose", "where", "when", "while", "as",
                            "after", "before", "because", "since", "until", "if", "and", "but", "or",
                            "than", "to"})


GAPPED = re.compile(r"(?<![\w’'-])(?:and|or)\s+(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|"
                    r"eleven|twelve|dozens?|hundreds?|thousands?)$", re.IGNORECASE)


# a pronoun's contracted auxiliary, or a negation's ("what they're doing" was a cut clause;
# never a possessive's "'s")
CONTRACTED_VERB = re.compile(r"[’'](?:re|ve|ll|m|d)$|n[’']t$", re.IGNORECASE)


def _verbal(ws: list[str], w: Words) -> bool:
    """Whether these words hold a finite verb we can see (an auxiliary, a past or present form
    we know, a regular '-ed'; not the month 'May', nor a word after a determiner: 'the
    exchange')."""
    return any(x.lower() in AUXILIARIES and x != "May"
               or CONTRACTED_VERB.search(x) is not None  # "they're", "we've", "it'll", "don't"
               or x in w.verb_forms and x != "to" and not (i and ws[i - 1].lower() in DETERMINERS)
               # (nor a noun's infinitive: "Macron's decision to host| Zelensky")
               and not _noun_infinitive(ws, i, w)
               and (x not in w.noun_verbs or i and (
                   ws[i - 1][:1].isupper() and ws[i - 1] not in w.demonyms.values()  # ("African plan")
                   or ws[i - 1].lower() in w.pronouns
                   or _after_of_plural(ws, i) or _after_singular_subject(ws, i)))
               or (x.endswith("ed") and x.islower() and len(x) > 4) for i, x in enumerate(ws))


def _owned(ws: list[str], i: int, w: Words) -> bool:
    """Is ``ws[i]`` what the possessive before it owns, a noun ("the rouble's fall")? Not after
    a pronoun's "'s" ("it's"), nor a participle after a name's contracted "has" ("Russia's
    lost more than a million soldiers", "Putin's been", hostile42)."""
    return i >= 1 and re.search(r"[’']s$", ws[i - 1]) is not None \
        and ws[i - 1][:-2].lower() not in w.pronouns and ws[i] not in w.participles and ws[i] != "been"


def _noun_infinitive(ws: list[str], i: int, w: Words) -> bool:
    """Is ``ws[i]`` the "to" or the verb of an infinitive a noun takes, never a verb itself
    ("decision to host", "readiness to talk"; not "plan to march": "plan" may be the verb)?"""
    def noun(k: int) -> bool:
        return k >= 0 and ws[k].lower() in w.to_complement and ws[k].lower() not in w.verb_forms
    return ws[i].lower() == "to" and noun(i - 1) or i >= 2 and ws[i - 1].lower() == "to" and noun(i - 2)


def _after_singular_subject(ws: list[str], i: int) -> bool:
    """Is ``ws[i]``, a word in -s that may be a noun or a verb ("ends", "calls"), the verb of a
    subject the words open on, a determiner and a singular noun: "The first round ends without
    a breakthrough", "The plan calls for a ceasefire" (never "talks": "the ceasefire talks")?"""
    x, before = ws[i], ws[i - 1] if i else ""
    return i >= 2 and x.lower() in SUBJECT_VERBS \
        and (ws[0].lower() in DETERMINERS or ws[0][:1].isupper()) and before.isalpha() and before.islower() \
        and not before.endswith("s") and before not in DETERMINERS and before not in PREPOSITIONS \
        and all(y.islower() or y[:1].isdigit() for y in ws[1:i])


def _subject_then_verb(ws: list[str], w: Words) -> bool:
    """Do the words open on a subject of a determiner and a few plain words, then its verb in
    the present: "the state needs new energy" (not "the talks Putin held with US officials",
    whose verb is a relative clause's, after a name)?"""
    if len(ws) < 3 or ws[0].lower() not in DETERMINERS:
        return False
    for i, x in enumerate(ws[1:SUBJECT_WORDS + 2], 1):
        if not (x.isalpha() and x.islower()) or x in PREPOSITIONS or x in DETERMINERS:
            return False
        if i >= 2 and x in w.present and (x not in w.noun_verbs or _after_singular_subject(ws, i)):
            return True  # (a past may open a reduced relative: "the plan put forward by ...")
    return False


# the words of noun_verbs that, after a singular noun opening a clause, are its verb ("The first
# round ends"), where the others are a plural noun it modifies ("drone attacks", "peace talks")
SUBJECT_VERBS = frozenset("ends starts calls offers demands claims hopes fears needs meets marks "
                          "signals returns changes moves plans works uses cuts sets puts notes "
                          "shifts concerns orders requests votes rules reports".split())


def _finite(ws: list[str], w: Words) -> bool:
    """Whether these words hold a finite verb: an auxiliary, a past or a third-person present
    form (not a noun like 'talks', not an infinitive after 'to', not the month 'May')."""
    return any(x.lower() in AUXILIARIES and x != "May"
               or (x in w.past or x in w.present and (x not in w.noun_verbs or _after_of_plural(ws, i))
                   or x.endswith("ed") and x.islower() and len(x) > 4)
               and not (i and ws[i - 1] == "to") for i, x in enumerate(ws))


def _verb_cut_off(ws: list[str], w: Words) -> bool:
    """Do these words (the start of a clause) stop inside a relative clause of their subject,
    before its own verb: "someone who does not want to meet| during the war can propose ..."
    (a relative clause's verb is no stand-in for the subject's)?"""
    relative = next((k for k, x in enumerate(ws) if k and x.lower() in WHO_WHICH), None)
    # the word after the pronoun is the relative clause's verb, known or not ("who fled"); the
    # subject's own is another finite form after it
    return relative is not None and not _verbal(ws[:relative], w) and not any(
        x.lower() in w.past or x.lower() in w.present or x.lower() in AUXILIARIES and x != "May"
        or x.islower() and x.endswith("ed") and len(x) > 4 for x in ws[relative + 2:])


# a verb of giving whose object comes after the one it goes to ("handed over to Ukraine the
# boats"): a cut right after the receiver drops what was given
SHIFTED_OBJECT = re.compile(r"\b(?:hand(?:s|ed)?|transfer(?:s|red)?|give[sn]?|gave|send|sends|sent|"
                            r"deliver(?:s|ed)?|return(?:s|ed)?|pass(?:es|ed)?|sell|sells|sold|"
                            r"supply|supplies|supplied)\s+(?:over\s+|back\s+)?to\s+"
                            r"(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,2}\s*$", re.IGNORECASE)


SPAN_OPEN = re.compile(r"\bfrom\s+(?:[\w’'-]+\s+)?[\w’'-]+$")
SPAN_END = re.compile(r"\s*(?:(?:(?:on|in|at|of)\s+|(?=[A-Z\d]))[^,;:.“”\"]{0,30}?\b)?(?:to|until|till|through)\s")
# what a directive tells, still to come (not a span's end: "a ceasefire| from noon on Friday to
# midnight on Saturday", nor "to" before a noun: "sent troops| to the border")
DIRECTIVE_TO = re.compile(r"(?:(?!\bfrom\b)[^,;:.“”\"]){0,80}?\bto\s+"
                          r"(?!(?:the|a|an|its|his|her|their|this|these|those|noon|midnight)\b)[a-z]")


# what opens a participle's object or phrase ("making| it", "killing| at least 12"), never a
# noun it modifies ("a fish processing| plant")
PARTICIPLE_OBJECTS = frozenset({"it", "them", "him", "her", "us", "up", "down", "out", "off",
                                "back", "more", "some", "all", "both", "its", "their", "his"})
# a first, and the time it is the first in ("the first ... to phone Putin| in almost two
# years"): without it, false (not "since ...": the clause is often too long to keep, and a
# first of its kind is most often the news)
FIRST_IN = re.compile(r"\bfirst\b", re.IGNORECASE)
FIRST_SPAN = re.compile(r"(?:^|\s)(?:in|for)\s+(?:almost\s+|nearly\s+|more\s+than\s+|over\s+|about\s+|"
                        r"at\s+least\s+|the\s+past\s+|the\s+last\s+)?(?:a|an|\d+|one|two|three|four|"
                        r"five|six|seven|eight|nine|ten|several|many)\s+(?:years?|months?|decades?|weeks?)\b",
                        re.IGNORECASE)
# "making it easier| for ... to ..." ("made" ends a passive whole: "progress was made")
MAKING = frozenset({"make", "makes", "making", "made"})
MADE_FOR = re.compile(r"\b(?:make|makes|making|made)\s+it\s+[a-z]+\s+for\b")
APPOSED_BEFORE_VERB = re.compile(r"^\s*,[^,;:“”\"]{1,40},")
AND_SUBJECT = re.compile(r",\s+and\s+((?:[\w’'-]+\s+){0,3}[\w’'-]+)\s*$")


def _complement_cut(hw: list[str], tw: list[str], w: Words) -> bool:
    """Does a cut between the words ``hw`` and ``tw`` part a noun from the phrase it says
    nothing without ("a way| to make sure", "for permission| to strike", "no sense| in
    negotiating"), a count of time from what it counts ("marking ten years| since the
    annexation") or a range ("fired five| to ten times more")?

    >>> _complement_cut("there was no sense".split(), ["in", "negotiating"], words())
    True
    >>> _complement_cut("a concert marking ten years".split(), ["since", "the"], words())
    True
    >>> _complement_cut("Russia fired five".split(), ["to", "ten"], words())
    True
    >>> _complement_cut("says Kyiv had right".split(), ["to", "strike"], words())
    True
    >>> _complement_cut("Putin met Trump".split(), ["in", "Alaska"], words())
    False
    """
    if len(hw) < 2 or not tw:
        return False
    last, before, word = hw[-1].lower(), hw[-2].lower(), tw[0].lower()
    if word in w.complements and last in w.complements[word] \
            and (before in DETERMINERS | PREPOSITIONS | {"no", "has", "have", "had"} or re.search(r"[’']s$", before)):
        return True  # (its article gone after "had": "says Kyiv had right| to strike")
    if word in ("since", "of") and last in DURATIONS and (before in NUMBERS or before.isdigit()
                                                               or before == "a"):
        return True
    # (number words: "slipped 5%| to 89.7 million pounds" tells where it went)
    return word == "to" and last in NUMBERS and tw[1:2] != [] and tw[1].lower() in NUMBERS


# a comparison's word in a head, and how far back it is looked for (past a headline's length)
COMPARED = re.compile(r"(?i)\b(?:more|less|fewer)\b")
COMPARISON_REACH = 200
# where a clause of its own begins after a comparison's word, whose "than" is another's (a
# list's commas are no such end: "more time on talks with Erdogan, on talks with Xi ... than")
COMPARED_UNTIL = re.compile(r"[;:]|,\s+(?=[A-Z“\"]|(?:and|but|or|which|who|whose|while|as|after|before|when|"
                            r"the|a|an|he|she|they|it|we|i)\b)")


# a condition that turns what precedes it into its opposite: never cut before it (not "unless"
# or "as long as", whose news stands as a threat or a refusal: "Kyiv will not hold talks| as
# long as Putin ...", "Britain would recognise Palestine| unless ...")
CONDITION_CUT = re.compile(r"[\s,]*(?:only\s+(?:when|if|after|once|until)|on\s+condition\s+that)\b",
                           re.IGNORECASE)


def _cut_ok(head: str, tail: str, w: Words) -> bool:
    """Whether cutting the sentence into ``head`` (kept) and ``tail`` (dropped) leaves a whole
    thought: what is said keeps its verb ('says the parties| commit to ...', 'said that any
    meeting between Putin and Zelensky| could only ...'), a verb keeps the complement it needs
    ('the postponement comes| after ...'), a coordination is not left half-made ('people have
    been killed and hundreds of thousands| have been forced out')."""
    hw = _words_of(head)
    if not hw:
        return False
    if hw[-1].lower() in w.needs_complement or w.bound_phrases.match(tail):
        return False  # ("took its interests| into account")
    if re.search(r"\bthan\b", tail[:(stop.start() if (stop := COMPARED_UNTIL.search(tail)) else len(tail))]) \
            and (more := [m.end() for m in COMPARED.finditer(head, max(0, len(head) - COMPARISON_REACH))]) \
            and not re.search(r"\bthan\b", head[more[-1]:]):
        return False  # "spent more time| on Prigozhin than on the war": a comparison without its
        # "than" (however far the cut: "spends more time on talks with Erdogan, on talks with
        # Xi and on talks| with Modi than ...")
    if _complement_cut(hw, _words_of(tail)[:2], w):
        return False
    if _verb_cut_off(hw, w):
        return False
    if re.match(r"[\s,]*(?:after|before)\b", tail, re.IGNORECASE) and COUNTED_TIME.search(head.rstrip(" ,")):
        return False  # "the talks came a day| after ...": the time counts from what follows
    if CONDITION_CUT.match(tail) or re.search(r"\bonly$", head.rstrip(" ,")) \
            and re.match(r"\s*(?:when|if|after|once)\b", tail):
        return False  # "would leave the building| only when Yatsenyuk left his": the condition
        # is the news (without it the words say the opposite)
    if re.match(r"[\s,]*(?:until|till)\b", tail, re.IGNORECASE) and GIVEN_TIME.search(head.rstrip(" ,")):
        return False  # "has given Russia| until noon on Thursday": the time given is the news
    if SPAN_OPEN.search(head.rstrip(" ,")) and SPAN_END.match(tail):
        return False  # "a ceasefire from noon| on Friday to midnight on Saturday": a span cut
        # before its end
    if (goal := w.goal_phrase.match(tail)) is not None and re.match(r"(?:the\s+)?[A-Z]", tail[goal.end():]) \
            and w.goal_verb.search(head.rstrip(" ,")):
        return False  # "has moved several submarines| from Sevastopol to Novorossiysk": the
        # places the object went from or to are the news ("withdraw its troops| from the parts
        # of ..." may go)
    if w.resultative_state.match(tail) and w.resultative_verb.search(head.rstrip(" ,")):
        return False  # "to have its tenth package of sanctions| against Russia in place": the
        # state the object is put in is the news
    if DIRECTIVE_TO.match(tail) and w.directive.search(head.rstrip(" ,")):
        return False  # "ordered his defense minister| (and chief of staff) to put ...": whom,
        # without what
    if len(hw) > 1 and hw[-2] == "and" and (hw[-1] in w.present or hw[-1] in w.past):
        return False  # "condemns the bombing and calls| on all states": the second verb bare
    if len(hw) > 2 and hw[-3] == "and" and hw[-2].lower() in AUXILIARIES and hw[-1].islower():
        return False  # "will support Kyrgyzstan and would work| with ...": the same, after its
        # auxiliary
    if (np := AND_SUBJECT.search(head)) is not None and not _verbal(_words_of(np.group(1)), w) \
            and (_verbal(_words_of(tail)[:2], w) or (apposed := APPOSED_BEFORE_VERB.match(tail)) is not None
                 and re.match(r"\s*[a-z]", tail[apposed.end():])):
        return False  # "the meeting ends without a deal, and Germany's decision| is expected":
        # a second clause's subject without its verb (its name in apposition between them:
        # "and the new prime minister|, Denys Shmyhal, inherits ...")
    if FIRST_IN.search(head) and FIRST_SPAN.search(re.split(r"[,;:]", tail, maxsplit=1)[0]):
        return False  # "the first leader of a major Western government to phone Putin| in
        # almost two years": the first in how long is the news (without it, false)
    if len(hw) > 1 and hw[-2].lower() == "too" and re.match(r"\s*to\s+[a-z]", tail):
        return False  # "it was too early| to say": what it is too early for
    if hw[-1].lower() in MAKING - {"made"} \
            or len(hw) > 2 and hw[-3].lower() in MAKING and hw[-2].lower() == "it" \
            and re.match(r"\s*(?:for|to)\s", tail) \
            or (made := MADE_FOR.search(head)) is not None and not re.search(r"\bto\s+[a-z]", head[made.end():]):
        return False  # "signed a decree making it easier| for residents ... to obtain passports",
        # "making it easier for residents of the occupied regions| to obtain ...": what it
        # makes easier is in what follows
    if len(hw) > 1 and hw[-2].lower() in ("any", "no", "every") and re.match(r"\s*[a-z]+ed\b", tail):
        return False  # "will not accept any agreement| negotiated without it": which ones is the news
    if SHIFTED_OBJECT.search(head) and re.match(r"\s*(?:the|a|an|its|his|her|their|\d)", tail, re.IGNORECASE):
        return False  # "handed over to Ukraine| the armoured boats": the object comes after
    # "says" anywhere; "announced" only as a frame: before "that", or as the verb of a frame
    # composed at the start whose clause has a verb ("New York Times notes the postponement
    # comes ...", not "Courtaulds announces plans to spin off ...")
    rest = _words_of(re.split(r"[,;:]", tail)[0])
    said = [i for i, x in enumerate(hw) if i and (x not in w.noun_verbs or hw[i - 1][:1].isupper()
                                                   or hw[i - 1].lower() in w.pronouns)
            and (x in w.speech or x in SAYS or x in SAYING or (x in w.needs_that or x in SPEECH_PRESENT)
                 and (i <= 4 and _finite(hw[i + 1:] + rest, w) and not OBJECT_OPENS.match(" ".join(hw[i + 1:i + 2]))
                      or hw[i + 1:i + 2] == ["that"]))
            # (an object after it is no clause said: "announces nearly $3 billion in aid| to pay
            # for weapons that will not arrive")
            # "had told him| about the attack": a listener and what about, nothing said
            and not (hw[i + 1:i + 2] and hw[i + 1].lower() in LISTENERS
                     and hw[i + 2:i + 3] and hw[i + 2] in PREPOSITIONS)
            # (nor what someone says as an object: "respond to anything Putin says")
            and not (i >= 2 and hw[i - 2].lower() in SAID_OBJECTS and hw[i - 1][:1].isupper())]
    clause = re.search(r"\b(?:that|whether|because|although|though|unless)\s+(.*)$", head)
    if clause and not _verbal(_words_of(clause.group(1)), w):
        return False  # "proposes that a meeting between the two presidents| be arranged"
    if said and said[-1] == len(hw) - 1:
        return False  # "New York Times notes|": what was said is gone
    if said and said[-1] > 0:
        clause = hw[said[-1] + 1:]
        if clause and clause[0].lower() == "that":
            clause = clause[1:]
        if clause and not _verbal(clause, w):
            return False
        if clause and not FINITE.search(" ".join(clause)) and FINITE.search(re.split(r"[,;:]", tail)[0]) \
                and not re.match(r"[\s,]*(?:and|but)\s", tail) and not _subject_then_verb(clause, w):
            return False  # "says the talks Putin held with US officials| in the Kremlin were"
            # (not before a second verb of the same subject: "the Kremlin welcomes the exchange|
            # and hopes that it will be followed ...")
    tw = _words_of(re.split(r"[,;:—–]", tail)[0])
    colon = list(re.finditer(r"(?<!\d):(?!\d)", head))
    if colon and _words_of(head[colon[-1].end():]) and not _verbal(_words_of(head[colon[-1].end():]), w) \
            and not QUOTED.search(head[colon[-1].end():]):
        # "had changed its tone: its spokesman|, Dmitry Peskov, said": a colon's clause cut
        # before its verb (not "agreed in the Kremlin: the meeting between Putin and Witkoff|,
        # which ended ...", a noun phrase whole, its relative clause no verb of it)
        rest = re.sub(r",\s+(?:which|who|whom|whose)\s[^,;:]*", "", re.split(r"[;:]", tail)[0])
        if any(x in w.speech or x in w.needs_that or x in AUXILIARIES for x in _words_of(rest)):
            return False
    after_comma = _words_of(re.split(r"[,;:—–]", tail.lstrip(" ,"))[0]) if tail.lstrip().startswith(",") else []
    if after_comma[:1] and (after_comma[0] in w.speech or after_comma[0] in w.needs_that) \
            and hw[-1][:1].isupper():
        return False  # "its spokesman, Dmitry Peskov|, said that ...": a speaker cut from its verb
    main = _words_of(re.split(r"\b(?:since|after|before|when|while|because|as|if|until|although|"
                              r"though|that|which|who|whom|whose|where|once|unless)\b",
                              re.split(r"[,;:—–]", tail)[0])[0])  # the tail's own clause
    if main and not _finite(hw, w) and not _verbal(hw, w) and (
            FINITE.search(" ".join(main)) or any(
                (x in w.bases or x in w.present) and x not in w.noun_verbs and main[i - 1] != "to"
                and main[i - 1][:1].islower() for i, x in enumerate(main) if i)):
        return False  # "the status of Crimea and the future| of ... remain contentious"
    if re.search(r"\b(?:on|to|for|with|in|at|of|by|from|about|into)\s*,", head):
        return False  # "the sides agreed on, and were proposing|, an arrangement": a shared object
    if re.search(r"\b(?:is|are|was|were|be|been|being)\s+(?:[a-z]+ly\s+|now\s+|not\s+)?[a-z]{3,}ing$", head) \
            and re.match(r"[\s,]*(?:an?|the|his|her|its|their|this|these|those|some|any|[A-Z“\"])", tail):
        return False  # "were now proposing|, an arrangement": the object is cut off
    if re.search(r"\b(?:together|between)\s+(?:(?!\band\b)[^,;])*$", head) \
            and re.match(r"[\s,]*(?:and|&)\s", tail):
        return False  # "brings together Witkoff| and Putin": one side of a meeting is none
    if tw[:1] == ["to"] and len(tw) > 1 and (tw[1] in w.bases or re.fullmatch(r"[a-z]{3,}", tw[1])
                                             and tw[1] not in DETERMINERS and tw[1] not in w.dangling) \
            and any(x.lower() in CONTROL_VERBS for x in hw[-6:]):
        return False  # "agreed to allow the US and Europe| to offer ...": what is allowed goes
    if tw[:1] == ["of"] and re.search(r"\bthe\s+[a-z]{4,}ing$", head):
        return False  # "to coincide with the initialing| of a treaty": whose is the news
    if tw[:1] == ["that"] and hw[-1].lower() in w.that_nouns:
        return False  # "passed on word| that Putin invited him": what the word said is gone
    if tw[:1] == ["that"] and (hw[-1] in w.present and hw[-1] not in w.noun_verbs or hw[-1] in w.past):
        return False  # "Polly Peck's agreement proves| that foreign companies can ...": its clause
    if tw[:1] == ["that"] and re.search(r"\b(?:so|such)\s+(?:[\w’'-]+\s+){0,2}[\w’'-]+$", head):
        return False  # "the bomb was so powerful| that it shook furniture a mile away"
    # ("began talks in Riyadh| focused on a ceasefire": once a verb was said, a past form
    # before a preposition is a reduced relative)
    reduced = tw[:1] and tw[0] in w.past and tw[1:2] and tw[1] in PREPOSITIONS and _verbal(hw, w)
    if tw and not reduced and (tw[0] in AUXILIARIES or tw[0] in w.past
                               or tw[0] in w.present and tw[0] not in w.noun_verbs):
        return False  # "came after Dmitriev| visited the US": a subject cut from its verb
    joined = re.search(r"\b(?:and|or)\s+((?:[\w’'-]+\s+){0,4}[\w’'-]+)$", head)
    # ("... and hundreds| of thousands have been forced out": the verb right after the cut is
    # the second subject's; "... Rosneft and Lukoil| on the day the US president said ...": a
    # verb further on is a phrase's own)
    if joined and not _verbal(_words_of(joined.group(1)), w) and tw and _finite(tw[:4], w) \
            and _verbal(_words_of(head[:joined.start()]), w):
        return False
    return True


# verbs whose object is followed by what it is to do ("allow the US to offer ...")
CONTROL_VERBS = frozenset("allow allows allowed enable enables enabled permit permits permitted "
                          "force forces forced urge urges urged ask asks asked persuade persuades "
                          "persuaded require requires required oblige obliges obliged".split())
NP_INSIDE = frozenset("new other former latest key major full own more most many much few several".split())
SAYS = frozenset("says tells states adds insists writes".split())
SAID_OBJECTS = frozenset("anything everything whatever what nothing".split())  # "anything Putin says"
# what is said, after a preposition: "after saying| in Warsaw that Putin ..." keeps its words
SAYING = frozenset("saying telling announcing claiming insisting warning stating arguing noting "
                   "adding writing declaring".split())
SPEECH_PRESENT = frozenset("says tells states adds insists writes notes claims argues warns "
                           "stresses explains reiterates recalls suggests announces confirms "
                           "declares reveals acknowledges admits reports".split())


OBJECT_OPENERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "this", "that",
                            "these", "those"})


def _participle(word: str, w: Words) -> bool:
    """Is ``word`` the -ing form of a verb the vocabulary knows ("restoring", "meeting"; not
    "something", "during")?"""
    stem = word[:-3]
    return word.endswith("ing") and word.islower() and (
        stem in w.verb_forms or stem + "e" in w.verb_forms
        or len(stem) > 2 and stem[-1] == stem[-2] and stem[:-1] in w.verb_forms)


# a noun of an act, made from its verb: what it was done to may go ("recognition", "annexation",
# "withdrawal", "deployment", "closure"), where a noun of a part or a kind wants it ("members of")
ACT_NOUN = re.compile(r"[a-z]{3,}(?:tion|sion|ment|ance|ence|ure|wal|val|sal)s?")
OWNED_ACT = re.compile(r"(?:[’']s|\b(?:its|his|her|their|our))\s+(?:[a-z-]+\s+)?$")


def _clean_prefix(text: str, limit: int, w: Words) -> str:
    """The longest prefix of ``text`` within ``limit`` that ends on a content word and leaves no
    quote open; "" if there is none of ``MIN_WORDS`` words."""
    text = _end_sentence(text)
    # at a phrase boundary first ("... had met face to face| since ..."), else after any word
    for head in [text] + sorted(phrase_prefixes(text, w, limit), key=len, reverse=True):
        if len(head) <= limit and not problems(head, limit, w):
            return head
    tokens = list(re.finditer(r"[\w’'-]+", text))
    # after a word that closes a phrase: a verb keeps its object unless a new clause follows
    for k, t in enumerate(reversed(tokens)):
        if t.end() > limit + 4 or text[t.end():t.end() + 1] not in ("", " ", ",", ";", ":", ")", "”", '"') \
                or re.match(r",\d", text[t.end():t.end() + 2]):
            continue  # never inside a token ("51|%", "U|.S.", "1,000-for-1|,000")
        nxt = tokens[len(tokens) - k].group(0) if k else ""
        if nxt[:1].islower() and t.group(0)[-1:].isdigit() and nxt.lower() not in PREPOSITIONS:
            continue  # "nearly 1.8| million shares": inside a quantity
        word = t.group(0)
        if nxt.lower() in ("after", "before") and COUNTED_TIME.search(text[:t.end()]):
            continue  # "came a day| after ...": the time counts from what follows
        if nxt == "of" and not (ACT_NOUN.fullmatch(word) and len(_words_of(text[:t.end()])) > 3
                                and OWNED_ACT.search(text, 0, t.start())) \
                or RELATIVE_NEXT.match(text, t.end()) and nxt.lower() != "that" \
                and COPULA_NOUN.search(text, 0, t.end()):
            continue  # "several former members| of the Berkut police": the noun's "of" goes with
            # it, and so does its relative clause ("is a week| in which Russia draws ..."); a
            # noun of an act someone owns may go without it ("Georgia's Foreign Ministry condemns
            # Russia's recognition| of the so-called Donetsk and Luhansk people's republics"; never
            # "Zakharchenko announces the creation| of a new state", which says nothing)
        if nxt[:1].isupper() and word[:1].isupper() or nxt in ("and", "or") and \
                re.search(r",\s+(?:[\w’'-]+\s+){0,2}[\w’'-]+$", text[:t.end()]):
            continue  # never inside a name or a list ("Merkel, Putin| and Zelensky")
        if nxt and nxt not in ("and", "but") and (
                word in w.verb_forms and word not in w.noun_verbs
                or word.lower() in w.needs_complement
                or word.endswith("ed") and word.islower()
                or word.lower() in w.cut_verbs and nxt.lower() not in PREPOSITIONS
                or nxt.lower() in OBJECT_OPENERS and _participle(word, w)):
            continue  # "extend their offers to acquire| the maker", "a new bill restoring| the
            # powers": an object cut off
        if nxt == "to" and len(word) > 4 and word.endswith("ing") and word.islower() and word not in ING_NOUNS:
            continue  # "cars waiting| to cross", "seeking| to mediate": an infinitive cut off
        if re.search(r"\w(?:[’']s|s[’'])$", word):
            continue  # "from veterans'| groups": a possessive without its noun
        if nxt[:1].islower() and word[:1].islower() and nxt not in ("and", "but") \
                and nxt.lower() not in w.cut_before \
                and (nxt.lower() not in w.dangling or nxt.lower() in NP_INSIDE) and nxt.lower() not in PREPOSITIONS:
            continue  # "its net| loss", "junk-bond mutual| funds", "strong| new signals": inside a phrase
        if word in w.demonyms.values() and nxt[:1].islower() \
                and nxt.lower() not in PREPOSITIONS | {"and", "or", "but"}:
            continue  # "brought together the Ukrainian| delegation": an adjective and its noun
        before = tokens[len(tokens) - k - 2].group(0) if k + 2 <= len(tokens) else ""
        if before.lower() in ("a", "an") and (nxt[:1].isdigit() or nxt.islower() and ADJECTIVE_END.search(word)
                                              and nxt not in PREPOSITIONS | {"and", "or", "but", "that", "which", "who"}):
            continue  # "agree to an unconditional| 30-day ceasefire": inside its noun phrase
        if word[:1].isupper() and nxt[:1].islower() and nxt.lower() not in PREPOSITIONS | DETERMINERS \
                | AUXILIARIES | {"and", "or", "but"} and nxt.lower() not in w.verb_forms \
                and (run := re.search(r"(?:^|\s)([\w’'-]+)\s+(?:[A-Z][\w’'-]*\s+)*$", text[:t.start()])) is not None \
                and run.group(1).lower() in {"its", "his", "her", "their", "our"}:
            continue  # "through its Black Sea| ports": a name before its noun, after whose
        if word[:1].isupper() and nxt[:1].islower() \
                and nxt.lower() not in PREPOSITIONS | DETERMINERS | AUXILIARIES | {"and", "or", "but"} \
                and nxt.lower() not in w.verb_forms and nxt.lower() not in SUBORDINATORS | RELATIVES \
                and (before.lower() in DETERMINERS or before[:1].isdigit() or before.lower() in NUMBERS):
            continue  # "to allow the 20 Czech| diplomats": a people's adjective the data lacks
            # (not before a clause's opening: "to bring people to the Maidan| if Zelensky ...")
        if word[-1:].isdigit() and before.lower() in DETERMINERS and nxt:
            continue  # "to allow the 20| Czech diplomats": a count without its noun
        head = _end_sentence(text[:t.end()])
        if _clause_cut(head, text[t.end():], w):
            continue
        if (nxt.lower() in PREPOSITIONS or text[t.end():].lstrip()[:1] in QUOTE_MARKS) \
                and not _plainly_verbal(_said_words(head), w) and _verb_in_tail(text[t.end():], w):
            continue  # 'Shoigu says attempts to build a dialogue with Russia| "from a position
            # of strength" were futile': a subject cut before its verb
        if len(head) <= limit and not problems(head, limit, w) and not OPEN_ASIDE.search(head) \
                and _cut_ok(head, text[t.end():], w) and not _open_time_clause(head, text[t.end():], w):
            return head
    return ""


def label(text: str, limit: int = 80) -> str:
    """The words of ``text`` up to ``limit`` characters, ending on a content word: a title for
    what makes no headline at all (a byline, a bare date), without an opening that tells when.

    >>> label("Earlier Wednesday, the 32 allies signed off on a five-paragraph declaration committing them to spend")
    'The 32 allies signed off on a five-paragraph declaration committing them'
    >>> label("In the early hours of Friday, after a marathon session, the leaders signed up to a target of climate neutrality by 2050.")
    'The leaders signed up to a target of climate neutrality by 2050'
    """
    w = words()
    # as a reader sees it, without an interview's speaker label ("**IK:** The UN ...")
    text = _end_sentence(plain_inline(re.sub(r"^\*\*[^*\n]{1,40}?:?\*\*:?\s*", "",
                                             TURN_LABEL.sub("", " ".join(text.split()), count=1))))
    # (nor a dateline: 'Washington, Feb 28: Trump and Zelensky clashed ...' was a title whole)
    text = strip_dateline(text, w)
    text = _cap(strip_connectives(text, w)) or text  # ("Earlier Wednesday, ...", "Second, ...")
    # (and the openers that tell when or after what: "In the early hours of Friday, after a
    # marathon session, the leaders signed up ...")
    text = _cap(strip_opener(text, w)) or text
    cut = _clean_prefix(text, limit, w)
    if cut:
        return cut
    ws = text[:limit].split()
    if len(text) > limit and re.match(r"[\w’'-]", text[limit]) and len(ws) > 1:
        ws.pop()  # never half a word ("came after Ki")
    # never a function word, nor a verb that needs its complement ("the postponement ... came")
    while len(ws) > 1 and (ws[-1].lower().strip("“”\"‘’,") in w.dangling
                           or ws[-1].lower().strip("“”\"‘’,") in w.needs_complement
                           or re.search(r"\w(?:[’']s|s[’'])$", ws[-1])):  # ("from veterans'")
        ws.pop()
    # (a fourteenth sweep) never a comma left at the end ('"On 3 May 2025, we' gave 'On 3 May
    # 2025,'), a lone function word ('The'), nor punctuation alone: no label, and the caller
    # says the date
    # (nor a space left first where a quote mark opened it: '” the following day' gave ' the
    # following day')
    out = _cap(re.sub(r"[\s,;:—–-]+$", "", " ".join(ws)).strip("“”\" "))
    if not re.search(r"\w", out) or len(ws) == 1 and ws[0].lower().strip("“”\"‘’,") in w.dangling:
        return ""
    return out


DATE_CLAUSE_END = re.compile(r"\s*(?:[,;.!?(]|\s[–—]\s|$)")
DATE_CLAUSES = 3  # clauses tried outward from a date: the dev corpus's sentences hold 1-3 before it


def date_clause_headline(sentence: str, at: int, end: int, taken: AbstractSet[str] = frozenset(),
                         limit: int = 80, w: Words | None = None,
                         holders: tuple[tuple[str, str], ...] | None = None) -> str:
    """A headline of the clause of ``sentence`` that holds the date at ``at:end``, or "": a title
    for the date's own news where the sentence's headline tells another's ("The European Union
    adopted its 19th sanctions package on Thursday, including a ban on imports of Russian
    liquefied natural gas from January 2027" -> for January 2027, "Ban on imports of Russian
    liquefied natural gas from January 2027", not "European Union speaks"). Clauses are tried
    from the nearest opener outward; one counts when it opens on a subject (a determiner, a
    number, a name; never a pronoun or a verb), makes a whole headline not in ``taken``, and
    keeps the word that the date qualifies (else it tells another clause's news).

    >>> date_clause_headline("Kyiv mayor Vitali Klitschko said 400 buildings were without heating "
    ...                      "on Friday, after a massive attack on January 9 knocked out the "
    ...                      "capital's power plants.", 101, 110)
    "Massive attack knocks out the capital's power plants"
    """
    w = w or words()
    starts = [m.end() for m in w.date_clause_openers.finditer(sentence, 0, at)]
    stop_at = DATE_CLAUSE_END.search(sentence, end)
    stop = stop_at.start() if stop_at is not None else len(sentence)
    # the word the date qualifies: the last before it that is no function word ("attack on")
    before = [x for x in _words_of(sentence[:at]) if x.lower() not in w.dangling]
    anchor = before[-1].lower() if before else ""
    date = sentence[at:end]
    for start in reversed(starts[-DATE_CLAUSES:]):
        asked = re.search(r"([\w’'-]+)\s+that\s+$", sentence[:start])
        if asked is not None and asked.group(1).lower() in w.mandative_verbs:
            break  # what was asked, not done ("demanded that Russia agree to a ceasefire")
        clause = sentence[start:stop].strip()
        first = clause.split()[0] if clause.split() else ""
        if not (first[:1].isdigit() or first.lower() in w.subject_openers
                or first[:1].isupper() and first.lower() not in w.pronouns | w.dangling):
            continue
        made = make_headline(clause[0].upper() + clause[1:] + ".", limit=limit, holders=holders)
        if made.how != "sentence" or made.text in taken \
                or any(x.lower() in w.clause_pointers for x in _words_of(made.text)):
            continue  # (a relative clause's or a pronoun's headline says not of what: "One
            # that was meant to begin", "Town they had held since 2014")
        head = _words_of(made.text)[:2]
        if len(head) == 2 and head[0].lower() in w.elliptic_heads \
                and (head[1] in w.past or head[1] in w.participles or head[1].endswith("ed")):
            continue  # ("the first held in person since 2017": the ordinal's noun went)
        if date not in made.text and anchor and anchor[:5] not in made.text.lower():
            continue
        return made.text
    return ""


def template(agent: str | None, act: str | None, place: str | None, limit: int,
             w: Words | None = None) -> str:
    """'Putin extends invitation to Moscow' from agent, kind of happening and place.

    >>> template("United Arab Emirates", "talks", "United Arab Emirates", 80)
    'United Arab Emirates on the talks'
    """
    w = w or words()
    forms = w.templates.get(act or "statement") or w.templates["statement"]
    a = short_name(agent, w) if agent else ""
    p = _tidy(place) if place else ""
    if a and p and (p.lower() in agent.lower() or a.lower() in p.lower()):
        p = ""  # the agent is the place ("United Arab Emirates on talks in the United Arab Emirates")
    key = "agent_place" if a and p else "agent" if a else "place" if p else ""
    if not key:
        return ""
    out = _cap(forms[key].format(agent=a, place=p))
    return out if len(out) <= limit else ""


def headline(sentence: str, *, speaker: str | None = None, agent: str | None = None,
             act: str | None = None, place: str | None = None, limit: int = 80) -> str:
    """A news-desk headline for a claim's sentence, at most ``limit`` characters (see the module
    docstring); agent, act and place feed the template when the sentence will not compress."""
    return make_headline(sentence, speaker=speaker, agent=agent, act=act, place=place,
                         limit=limit).text
