"""Step 2 of tagging: anchor value templates to the document date (and to dates mentioned).

Pure date arithmetic; nothing reads the clock. Past or future for underspecified expressions
("Monday", "in October", "the fourth quarter") comes from the tense of the sentence they are in.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache

from generator import lang
from generator.model import TimeValue, Timex
from generator.text import is_abbreviation
from generator.timex.extract import Mention, lowered
from generator.timex.rules import trie_regex
from generator.timex.values import (
    add_months,
    interval,
    month_end,
    quarter_value,
    season_value,
    week_value,
)

FUNCTION = re.compile(
    r"^(PARTIAL|REL|AGO|ANAPHOR|LATER|QUARTER|QUARTERS|HALF|PERIOD|WEEKOF|WEEKDAY|DUR|FORTNIGHTS|"
    r"CENTURY|SET|DAYOF|DECADE|INYEAR|INMONTH|WEEKENDOF|WEEKDAYOF|THEN)"
    r"\((.*?)\)(.*)$")
# dates that compare ("a year ago", "the year-ago quarter", "the 1988 period"), not narrate
COMPARISON = re.compile(r"(?:AGO|LATER|QUARTER\((?:-|0,\d))")
# a date after a noun and "of" dates that thing, not what the text goes on about ("On Wednesday
# the White House published a memorandum of the telephone conversation of July 25. // The same
# day Trump and Zelensky met": the Wednesday); not a part or stretch of the date itself ("the
# night of", "the end of") nor "as of"
NOUN_OF = re.compile(r"\b(?!(?:night|nights|morning|mornings|evening|afternoon|day|days|week|weeks|"
                     r"weekend|end|beginning|start|middle|course|spring|summer|autumn|fall|winter|"
                     r"first|last|rest|as|hours|months|years|part|half)\b)[a-z]+\s+of\s+(?:the\s+)?$")
# a day a state has lasted since ("who has been in Lithuania since August 11"): where it began,
# no happening the text goes on about ("... urged the EU leaders in a video message this
# morning" was the morning of August 11, probe_events68); a year stays one ("since 1960, the
# year John F. Kennedy was elected")
SINCE_BEFORE = re.compile(r"\bsince\s+$", re.IGNORECASE)
SENTENCE_OPENING = 4  # characters after a sentence's end its look ahead reads at most
SENTENCE_END = re.compile(r"[.!?][\"'\u201d)]*\s+(?=[\"'\u201c(]*[A-Z0-9])|\n\s*\n")
# an -ed word in lower case: a past tense, but not the words of ``not_past`` nor an adjective in
# un- ("unspecified", "unsolved"; but "unveiled" is a verb): see Clues._allowed
_ED = "(?-i:[a-z]{2,}ed)"


@dataclass(frozen=True)
class TenseWords:
    """A language's tense markers (its bundle's ``tense.yaml``), compiled for lower-case text."""

    marker: re.Pattern[str]  # future markers, and past ones in the group "past"
    clause: re.Pattern[str]  # where a new clause opens
    not_after: re.Pattern[str]  # what a past marker may not follow
    ed_not_after: re.Pattern[str]  # what an -ed word may not follow
    ed_not_before: re.Pattern[str]  # -ed words that are no past before what follows them
    not_past: frozenset[str]  # -ed words that are no past tense
    un_verbs: tuple[str, ...]  # un- words that are verbs
    dated_thing: re.Pattern[str]  # a document named by its date, right before it ("the agreement of")


def compile_tense(data: dict) -> TenseWords:
    """Compile a ``tense.yaml``: its lists become alternations between word boundaries."""
    past = "|".join(trie_regex(data["irregular_past"].split()) if p == "{irregular_past}"
                    else _ED if p == "{ed}" else p for p in data["past"])
    either = "|(?P<either>" + r"\b(?:" + "|".join(data["either"]) + r")\b" + ")" \
        if data.get("either") else ""
    marker = either + "|" + r"\b(?:" + "|".join(data["future"]) + r")\b" + "|(?P<past>" + r"\b(?:" \
        + past + r")\b" + ")"
    marker = marker.lstrip("|")
    # compiled for text in lower case (2-3x faster than IGNORECASE): the two case-sensitive parts
    # become named groups whose case is checked in the original text
    # (each "(?-i:[a-z])" a group of its own: lower0, lower1, ...)
    lowers = iter(range(marker.count("(?-i:[a-z])")))
    marker = re.sub(re.escape("(?-i:[a-z])"), lambda _: f"(?P<lower{next(lowers)}>[a-z])", marker)
    # ... and each "(?-i:[A-Z])" one whose letter is a capital there (a name's: "Sergei Lavrov
    # and John Kerry meet on Saturday"; it matched nothing in lower case before)
    uppers = iter(range(marker.count("(?-i:[A-Z])")))
    marker = re.sub(re.escape("(?-i:[A-Z])"), lambda _: f"(?P<upper{next(uppers)}>[a-z])", marker)
    return TenseWords(re.compile(marker.replace("(?-i:may)", "(?P<may>may)")
                                 .replace(_ED, "(?P<ed>" + _ED[5:])),
                      re.compile("|".join(data["clause"])), re.compile(data["not_after"]),
                      re.compile(data["ed_not_after"]), re.compile(data["ed_not_before"]),
                      frozenset(data["not_past"].split()),
                      tuple(data["un_verbs"]), re.compile(rf"(?:{data['dated_things']})\s+$"))


@lru_cache(maxsize=8)
def _cased_groups(pattern: re.Pattern[str]) -> tuple[str, ...]:
    """The groups of a compiled marker whose case is checked in the original text."""
    return tuple(g for g in pattern.groupindex if g in ("may", "ed") or g.startswith(("lower", "upper")))


@lru_cache(maxsize=8)
def tense_words(language: str = lang.DEFAULT) -> TenseWords:
    """The tense markers of ``language`` (from its bundle, generator/lang/)."""
    return compile_tense(lang.resource(language, "tense"))


# what joins days of a series: "Thursday and Friday", "Monday to Wednesday"
# (its spaces each taken whole: two runs of spaces side by side, "\s*,?\s*", were tried at every
# split of a run of spaces after a date, the square of its length: 8 KB of spaces, 1.5 s, the
# twenty-fourth sweep; so LOCAL_DAY's)
SERIES = re.compile(r"\s*+(?:,?\s*+(?:and|or|to|through|until|till)(?:\s++on)?|-|\u2013|&)\s*+",
                    re.IGNORECASE)
# after a weekday: the day is told in the place's own time ("on Thursday, local time", "on
# Friday morning local time")
LOCAL_DAY = re.compile(r"(?:\s++(?:morning|afternoon|evening|night))?\s*+,?\s*+(?:\(\s*+)?local\s++time\b",
                       re.IGNORECASE)
# between a clock time and the day it is on: "10:35 a.m. (0735 GMT) Friday", "23:30 GMT, on"
# (or a place's time: "ended after midnight Kyiv time, on Monday, December 29", probe_events121)
CLOCK_DAY = re.compile(r"\s*+(?:local\s++time|(?-i:[A-Z][a-z]{2,20})\s++time|\([^()]{1,24}\))?\s*+,?\s*+(?:on\s++)?",
                       re.IGNORECASE)
# between a day and the clock time on it: "Monday morning at nine o'clock", "Friday, 10 a.m."
DAY_CLOCK = re.compile(r"\s*+,?\s*+(?:at\s++)?")
# between a count from another date and the day it names: "A day earlier, on Tuesday"
APPOSITION = re.compile(r"\s*,\s*(?:on\s+)?")
COMMA = re.compile(r"\s*,\s*")
AFTER_MIDNIGHT = re.compile(r"\b(?:after|past|beyond)\s+$", re.IGNORECASE)  # "ran past midnight"
# where a sentence ends for its tense: a blank line (a paragraph's end; a single line break is
# a hard wrap inside one, as in half the articles of the dev corpus) or a full stop before white
# space (at the end of a wrapped line too)
BLANK_LINE = re.compile(r"\n[ \t\r]*\n")
# (a quote may close after it: 'the will of the people." Kyiv'; and emphasis: "would resume
# *soon.* In Riyadh on Monday", hostile37)
FULL_STOP = re.compile(r"\.(?=[\"'\u201d\u2019)*_]*+\s)")
# "today", "tomorrow", "yesterday" with their date written after them ("tomorrow, May 12",
# "yesterday (May 11)"): the date, when a quote moved the speaker's day at most this far
DEICTIC_DAYS = frozenset({"REL(this,day)", "REL(next,day)", "REL(last,day)"})
DATED = re.compile(r"\s*(?:,\s*|\(\s*)(?:on\s+)?")
DEICTIC_SLIP = 2
# between a reporting period and its last day: "the quarter ended Feb. 28"
ENDED = re.compile(r"\s+(?:(?:that|which)\s+)?(?:ended|ending|ends|through)\s+", re.IGNORECASE)
DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
DAY_OR_PART = re.compile(r"\d{4}-\d{2}-\d{2}(?:T(?:MO|AF|EV|NI|DT))?")  # ("Friday evening": 2001-03-09TEV)
# a sentence that opens with its year: "In 2022, ...", "In the year 2022, ...", "By March 2023, "
# (its comma may be left out: "In 2019 the parliament met on March 17" was this year's March 17)
FRAME = re.compile(r"(?:In|By|During|Throughout)\s+[^,.;]{0,20}?\d{4}(?:,|\s)")
# ... or a year named from the document's at its head ("Last year Putin spoke at the Valdai
# plenary session on November 7": the November of last year)
FRAME_NAMED = re.compile(r"(?:(?:Earlier|Later)\s+)?(?:Last|This|Next)\s+year")
YEAR_WRITTEN = re.compile(r"\d{4}(?:-(?:\d{2}|Q\d|H\d|SP|SU|FA|WI)){0,2}$")  # a value template
# between a tense marker and a date, a preposition alone: the marker is the date's own verb
# ("announced in June", "said on Monday")
VERB_THEN_DATE = re.compile(r"\s+(?:in|on|at|during)\s+(?:the\s+)?", re.IGNORECASE)
# a modal right after a bare date makes the date its subject ("said Wednesday would be")
MODAL_AT = re.compile(r"(?:would|will|could|might|should|can|may)\b", re.IGNORECASE)
SINCE = re.compile(r"\bsince\s+(?:(?:shortly|just|soon|right|immediately)\s+)?"
                   r"(?:(?:after|before)\s+)?(?:the\s+)?$", re.IGNORECASE)
# with no tense in the sentence, a date something lasts "until" or must happen "by" lies ahead
DEADLINE = re.compile(r"\b(?:until|till|through|thru|by)\s+(?:the\s+)?$", re.IGNORECASE)
# a date this near the article is the one meant even when the weekday written with it is
# another (the outlet slipped): dev c02 "on Monday (August 19)" published Tuesday 19 August 2025
WEEKDAY_SLIP = 7
PAST_PENALTY = 4  # how much nearer a future date must be to win in past-tense narration
# ... a month or coarser, not after "by", "until", "through", "before" (which look ahead
# whatever the tense: "said they want a deal before spring"): "Their Oval Office meeting in February ended in a shouting match", written on 27
# December, is the February before. Tuned on TimeBank's values: 10 gives its December 1988
# and January 1989 read back in past narration, loses a January 1990 "announced an agreement
# to acquire ... in January" (written in November 1989): TimeBank value 83.67 -> 83.75; 16
# gave the same, 6 and 8 none of it, 24 lost an AQUAINT value
MONTH_PAST_PENALTY = 10
# ... and a day "on" which a past passive tells what was done, nothing ahead told before it in
# its sentence ("the airliner that was shot down near Tehran on January 8", "Griner was detained
# at Moscow's Sheremetyevo airport on Feb. 17", written in December: the days gone by, not the
# ones ahead; never "said it will redeem the shares on Oct. 31", TimeBank). An active past
# is no such sign: its object may be a plan ("offered Ukraine direct talks in Istanbul on May
# 15", dev b04; "ordered a repeat vote on December 26"). Tuned on TimeBank and AQUAINT (their
# values the same from 4 to 1000 once the words ahead are read; without them, 1000 lost two of
# each) and the probe sets
ON_PAST_PENALTY = 1000
# (nor a day the story counts to from its last: "The annexation was formalised at a Kremlin
# ceremony on Sept. 30, eight days later", the narration's day and not the article's; "shot down
# on January 8, a few minutes after taking off" counts no days)
COUNTED_ON = re.compile(r",?\s+(?:[\w-]+\s+){0,2}(?:days?|weeks?|months?|years?)\s+(?:later|after)\b", re.IGNORECASE)
PASSIVE_ON = re.compile(r"\b(?:was|were)\s+(?:[a-z]+ly\s+)?(?!(?:due|set|scheduled|planned|expected|slated|"
                        r"supposed|meant|going|about|ready|able|told|asked|invited|urged|called|"
                        # (nor one whose "on" is its own: "was focused on the May 9 parade", "were
                        # briefed on", "was fixed on", hostile50)
                        r"focused|focussed|centred|centered|concentrated|based|briefed|fixed|pinned|"
                        r"bent|intent|keen|silent|insisted|relied|commented)\b)"
                        r"[a-z]+(?:ed|en|wn|t)\b(?:\s+(?:down|up|out|off))?"
                        r"(?:\s+(?:at|in|near|outside|over|from|by)\s+[^,;:.!?“”\"]{1,40}?)?\s+on\s+$")
LOOKS_AHEAD = re.compile(r"\b(?:will|would|shall|going\s+to|plans?|planned|scheduled|expected|due|set\s+to|"
                         r"invit\w*|agreed|promised|ready|wants?|hopes?|postponed|delayed|moved|"
                         r"(?:is|are|am)\s+[a-z]+ing|"
                         r"to\s+(?!the\b|a\b|an\b|his\b|her\b|their\b|its\b)[a-z]+)\b|[’']ll\b", re.IGNORECASE)
SEASON_TEMPLATE = re.compile(r"XXXX-(?:SP|SU|FA|WI)$")
# ... but not a plan's season, which the tense places ("had been planned for the summer but
# was delayed", written in the autumn: that summer)
PLANNED_FOR = re.compile(r"\b(?:planned|scheduled|set|slated|due|expected|postponed|delayed|moved|"
                         r"pushed|put\s+off|earmarked|pencill?ed\s+in)\s+for\s+$", re.IGNORECASE)
FOR_SEASON = re.compile(r"\bfor\s+$", re.IGNORECASE)  # "for the winter": the words before "the winter"
AHEAD_OF = re.compile(r"\b(?:until|till|through|thru|by|before)\s+(?:the\s+)?$", re.IGNORECASE)
WINDOW = 400  # characters around an expression searched for its sentence's tense
QUOTE_MARK = re.compile(r'[“”"]')  # where someone's words open and close (``Clues._quoted``)
MARGIN = 80  # read beyond a stretch so that no tense marker is cut (longer than any)
READ_AHEAD = 64  # ... and read on past what an expression needs: the next one will need it
UNIT_CODES = {"year": "Y", "month": "M", "week": "W", "day": "D", "decade": "DE",
              "century": "CE", "quarter": "Q", "weekend": "WE"}
TIME_CODES = {"hour": "H", "minute": "M", "second": "S"}
SET_WORDS = {"annually": "P1Y", "yearly": "P1Y", "monthly": "P1M", "weekly": "P1W",
             "daily": "P1D", "nightly": "P1D", "hourly": "PT1H", "quarterly": "P3M",
             "semiannually": "P6M", "semi-annually": "P6M", "fortnightly": "P2W"}
LAST = {"last", "past", "previous", "yesterday", "preceding", "prior"}
NEXT = {"next", "coming", "following", "upcoming", "tomorrow"}


def _kind(kind: str) -> str:
    """A marker's tense: a moved deadline's "until" looks ahead."""
    return "future" if kind == "deadline" else kind


# words of what is still to come in a photo's caption, up to the date ("Putin, who will meet
# Trump on Friday, arrives in Anchorage"; "Delegates ahead of Monday's talks"; not "Zelensky
# arrives in Berlin on Sunday ahead of talks with Merz": the talks lie ahead, the arrival not,
# hostile45)
CAPTION_FUTURE = re.compile(r"\b(?:will|shall|going\s+to|due\s+to|expected\s+to|set\s+to|scheduled|"
                            r"planned|plans?\s+to|(?:is|are)\s+to|ahead\s+of|upcoming|tomorrow|next)\b|'ll\b",
                            re.IGNORECASE)


# ... and a clause of its own before the date, which may tell what comes ("Workers prepare the
# base in Anchorage where Putin and Trump meet on Friday", hostile45): its tense as read
CAPTION_CLAUSE = re.compile(r"\b(?:where|when|which|who|whom|whose|until|before|once)\b", re.IGNORECASE)


# characters at most between a marker reaching into a clause from before it and the date: the
# case that asked for it ("had announced that it would| shut its border to foreigners from|
# Sunday") has 35; TimeBank and AQUAINT score the same with it (`make eval`)
REACHING = 60


class Clues:
    """Tense markers and clause openings near the expressions of a text, each stretch of text
    read once and only when an expression needs it, so that the tense of each expression costs
    a binary search and dense dates stay linear."""

    def __init__(self, text: str, words: TenseWords | None = None,
                 asides: tuple[tuple[int, int], ...] = ()):
        self.text = text
        self.words = words or tense_words()
        self.asides = asides  # (sorted spans: photos' captions)
        self.low = lowered(text)
        self.read: list[tuple[int, int]] = []  # the stretches read so far, sorted, apart
        self.starts: list[int] = []   # markers, sorted by start (and so by end)
        self.ends: list[int] = []
        self.kinds: list[str] = []
        self.clauses: list[int] = []  # where clauses open, sorted

    def _read(self, left: int, right: int) -> None:
        """Make sure the markers and clause openings starting in [left, right) are known,
        reading only what no earlier call read. Expressions come in text order, so a call
        mostly extends the last stretch read (a gap of less than MARGIN is read with it)."""
        read = self.read
        if not read or left >= read[-1][0]:  # at the end: extend the last stretch, or add one
            ahead = min(len(self.text), right + READ_AHEAD)  # fewer, longer reads
            if read and left <= read[-1][1] + MARGIN:
                if right > read[-1][1]:
                    self._read_gap(read[-1][1], ahead)
                    read[-1] = (read[-1][0], ahead)
            elif right > left:
                self._read_gap(left, ahead)
                read.append((left, ahead))
            return
        # before the last stretch (expressions out of order): start afresh from here
        self.read, self.starts, self.ends, self.kinds, self.clauses = [], [], [], [], []
        self._read(left, right)

    def _read_gap(self, left: int, right: int) -> None:
        text, low = self.text, self.low
        # read a little beyond either end so that no match is cut; keep those starting inside
        lo_m, hi_m = max(0, left - MARGIN), min(len(text), right + MARGIN)
        found = []
        for m in self._markers(low, lo_m, hi_m):
            if left <= m.start() < right and self._allowed(m):
                if "deadline" in m.re.groupindex and m.start("deadline") != -1:
                    # a deadline moved: its verb a past, its "until" a future ("on Monday
                    # extended the sanctions until the end of January")
                    found += [(m.start(), m.end("moved"), "past"), (m.start("deadline"), m.end(), "deadline")]
                    continue
                found.append((m.start(), m.end(), "past" if m.start("past") != -1 else
                              "either" if m.start("either") != -1 else "future"))
        at = bisect.bisect_left(self.starts, left)
        self.starts[at:at] = [f[0] for f in found]
        self.ends[at:at] = [f[1] for f in found]
        self.kinds[at:at] = [f[2] for f in found]
        opens = [m.start() for m in self.words.clause.finditer(low, lo_m, hi_m)
                 if left <= m.start() < right]
        at = bisect.bisect_left(self.clauses, left)
        self.clauses[at:at] = opens

    def _allowed(self, m: re.Match[str]) -> bool:
        """A past marker not after what makes it no past tense (``not_after``), and an -ed word
        that is a verb (see _ED)."""
        start, low, w = m.start(), self.low, self.words
        if m.start("past") == -1:
            return True
        if w.not_after.search(low, max(0, start - 12), start):  # ("could not |")
            return False
        if m.start("ed") == -1:
            return True
        word = low[m.start("ed"):m.end("ed")]
        return word not in w.not_past and (not word.startswith("un") or word.startswith(w.un_verbs)) \
            and not w.ed_not_after.search(low, max(0, start - 8), start) \
            and not w.ed_not_before.match(low, m.start("ed"))

    def _markers(self, low: str, lo: int, hi: int) -> Iterator[re.Match[str]]:
        """The markers in ``low[lo:hi]`` whose case matches the original text. A match whose
        case does not is no marker, and the text it spanned is read again from its next
        character ("... France and Germany will meet": not a pair of names meeting, but its
        "will", which reading on after it had skipped)."""
        marker, at = self.words.marker, lo
        while (m := marker.search(low, at, hi)) is not None:
            if self._cased(m):
                yield m
                at = m.end() if m.end() > m.start() else m.start() + 1
            else:
                at = m.start() + 1

    def _cased(self, m: re.Match[str]) -> bool:
        """A match in the lower-cased text that also matches the original: "may" in lower
        case (not the month), an "-ed" word all in lower case (not "United"), a word after
        "plans to" in lower case (a verb, not "the plan to Zelensky")."""
        for group in _cased_groups(m.re):
            if m.start(group) != -1 and not (self.text[m.start(group):m.end(group)].isupper()
                                             if group.startswith("upper") else
                                             self.text[m.start(group):m.end(group)].islower()):
                return False
        return True

    def _nearest(self, start: int, end: int, left: int, right: int) -> str | None:
        """The kind of the marker nearest [start, end) lying wholly in [left, start) or
        [end, right), one after it counting twice its distance: the verb that governs a date
        mostly comes before it ("will hear arguments on Wednesday in a case brought in
        2018")."""
        best: tuple[int, str] | None = None
        i = bisect.bisect_right(self.ends, start) - 1  # the last marker ending before it
        # (or reaching into [left, start) from before it: "Poland had announced that it would
        # shut its border to foreigners from Sunday" is read in its "that" clause, whose
        # "would" the marker "had announced ... would" holds, probe_events124)
        if i >= 0 and (self.starts[i] >= left or self.ends[i] > left and start - self.ends[i] <= REACHING):
            best = (start - self.ends[i], _kind(self.kinds[i]))
            if VERB_THEN_DATE.fullmatch(self.text, self.ends[i], start):
                # the verb whose preposition the date follows governs it, whatever comes
                # after ("the $2 billion he announced in June would be delivered")
                return _kind(self.kinds[i])
        j = bisect.bisect_left(self.starts, end)  # the first marker starting after it
        if j < len(self.starts) and self.kinds[j] == "deadline":
            j += 1  # a moved deadline's "until" tells the date after it only ("extended its
            # sanctions on Monday until January 31": Monday is the verb's, hostile42)
        if best is not None and j < len(self.starts) and self.ends[j] <= right \
                and not self.text[end:self.starts[j]].strip() and AUXILIARY_AT.match(self.text, self.starts[j]) \
                and DATE_PREPOSITION.search(self.text, max(0, start - 12), start) \
                and RELATIVE_BEFORE.search(self.text, max(left, start - RELATIVE_REACH), self.starts[i]):
            # an auxiliary right after a date its preposition governs, in a relative clause
            # whose verb came before the date, is the verb of the subject the clause is on ("The
            # draft that Russia's mission circulated in New York on Tuesday evening would place
            # ...": the draft would, the mission circulated; not "Kyiv on Monday called")
            return best[1]
        if best is not None and best[0] <= 1 and j < len(self.starts) and self.ends[j] <= right \
                and not self.text[end:self.starts[j]].strip() and not self.text[self.ends[i]:start].strip() \
                and MODAL_AT.match(self.text, self.starts[j]):
            # a bare date between two markers is the subject of the one after it ("Klitschko
            # said Wednesday would be a day of mourning": Wednesday is what would be)
            return _kind(self.kinds[j])
        if j < len(self.starts) and self.ends[j] <= right and \
                (best is None or (self.starts[j] - end) * 2 < best[0]):
            best = (self.starts[j] - end, _kind(self.kinds[j]))
        return best[1] if best else None

    def tense(self, start: int, end: int) -> str:
        """'future' or 'past' (or 'either'): the tense marker nearest the expression wins, looked for first
        between the commas around it ("The deal, announced on Tuesday, is expected ..."),
        then in its sentence; 'none' without any marker (a bare weekday then counts as past:
        news narrates; a bare month or date as the occurrence nearest the document date).
        A photo's caption tells what was taken in the present, or the nearer day either way:
        what it looks ahead to, a word of the future says ("Zelensky and Macron hold a news
        conference in Kyiv on Tuesday, a day after the French leader's Kremlin talks", in a
        report of the Saturday after, is the Tuesday gone: probe_events118)."""
        told = self._tense(start, end)
        if told in ("future", "either") and self.asides:
            k = bisect.bisect_right(self.asides, (start, len(self.text))) - 1
            if k >= 0 and end <= self.asides[k][1] \
                    and CAPTION_FUTURE.search(self.text, self.asides[k][0], end) is None \
                    and CAPTION_CLAUSE.search(self.text, self.asides[k][0], start) is None:
                return "past"
        return told

    def _tense(self, start: int, end: int) -> str:
        text = self.text
        if SINCE.search(text, max(0, start - 40), start):  # "since the summer": before now
            return "past"
        if self.words.dated_thing.search(self.low, max(0, start - 40), start):
            return "past"  # "Under the Minsk agreement of February 12, the elections were to
            # be held": a document its date names was made before
        lo, hi = max(0, start - WINDOW), min(len(text), end + WINDOW)  # bounded: stays linear
        left, right = self._sentence(lo, start), self._sentence(end, hi, ahead=True)
        self._read(left, right)
        if (quote := self._quoted(left, start, end, right)) is not None \
                and (told := self._nearest(start, end, *quote)) is not None:
            return told  # a date someone's words hold has their tense, not the frame's: '"...
            # we want Sweden at the table in Vilnius in July," he said' (written in May,
            # probe_events159: the July gone)
        if (when := WHEN_AFTER.match(text, end)) is not None:
            # "agreed to organise the meeting in January, when Zelensky visited Bern": the
            # clause telling what happened then tells the date's tense
            stop = re.search(r"[,;:.!?]", text[when.end():right])
            told = self._nearest(when.end(), when.end(), when.end(),
                                 when.end() + stop.start() if stop else right)
            if told is not None:
                return told
        k = bisect.bisect_left(self.clauses, end)  # a new clause after it has its own tense
        if k < len(self.clauses) and self.clauses[k] < right:
            right = self.clauses[k]
        if k > 0 and self.clauses[k - 1] >= left and self.clauses[k - 1] < start:
            left = self.clauses[k - 1]  # ... and so has the clause it is in
        comma_left = text.rfind(",", left, start) + 1 or left
        comma_right = text.find(",", end, right)
        # (then the clause up to the comma after it: the commas before it may be a list's,
        # "will host a video call with Trump, Zelensky and other leaders on Wednesday, in what
        # officials described as ...")
        return self._nearest(start, end, comma_left, right if comma_right == -1 else comma_right) \
            or comma_right != -1 and self._nearest(start, end, left, comma_right) \
            or self._nearest(start, end, left, right) \
            or ("future" if DEADLINE.search(text, max(0, start - 12), start) else "none")

    def _quoted(self, left: int, start: int, end: int, right: int) -> tuple[int, int] | None:
        """The inside of the quotation [start, end) stands in, within its sentence [left,
        right), if it stands in one that closes there and quotes a sentence, opening on a
        capital (a few words quoted inside the reporter's sentence are the reporter's clause:
        'expected the leaders to meet again "in April, if everything we agreed is done"')."""
        marks = QUOTE_MARK.findall(self.text, left, start)
        if not marks or marks[-1] == "”" or marks[-1] == '"' and marks.count('"') % 2 == 0:
            return None
        opened = self.text.rfind(marks[-1], left, start)
        closed = self.text.find("”" if marks[-1] == "“" else '"', end, right)
        return (opened + 1, closed) if closed != -1 and self.text[opened + 1:opened + 2].isupper() else None

    def _sentence(self, lo: int, hi: int, ahead: bool = False) -> int:
        """Where the sentence around [lo, hi) begins (the last sentence end in it) or, with
        ``ahead``, ends (the first one): at a line break or a full stop, not at the full stop
        of an abbreviation ("Roe vs. Wade", "Portland, Ore.") that no capital follows."""
        text = self.text
        if ahead:
            blank = BLANK_LINE.search(text, lo, hi)
            line = blank.start() if blank else -1
        else:
            line = -1
            for blank in BLANK_LINE.finditer(text, lo, hi):
                line = blank.end() - 1
        dot = -1
        if ahead:
            for stop in FULL_STOP.finditer(text, lo, hi):
                if not is_abbreviation(text, stop.start()):
                    dot = stop.start()
                    break
        else:
            stops = [m.start() for m in FULL_STOP.finditer(text, lo, hi)]
            for candidate in reversed(stops):
                if not is_abbreviation(text, candidate):
                    dot = candidate
                    break
        if ahead:
            found = [i for i in (line, dot) if i != -1]
            return min(found) if found else hi
        return max(line, dot, lo - 1) + 1

    def sentence_start(self, pos: int, back: int) -> int:
        """Where the sentence ``back`` sentences before the one holding ``pos`` begins (at
        most WINDOW characters back)."""
        lo = max(0, pos - WINDOW)
        # (the end's look ahead reads past ``pos``: the sentence that opens at ``pos`` opens
        # there, "He flew on Monday. This morning he spoke" was Monday's morning)
        ends = [e for m in SENTENCE_END.finditer(self.text, lo, min(len(self.text), pos + SENTENCE_OPENING))
                if (e := m.end()) <= pos]
        return ends[-1 - back] if len(ends) > back else lo


def tense(text: str, start: int, end: int, language: str = lang.DEFAULT) -> str:
    """The tense around ``text[start:end]`` (see ``Clues.tense``)."""
    return Clues(text, tense_words(language)).tense(start, end)


def shift(day: dt.date, unit: str, n: int) -> dt.date:
    """``day`` moved by ``n`` units (a month or year on keeps the day, or the month's last)."""
    if unit == "day":
        return day + dt.timedelta(days=n)
    if unit in ("week", "weekend"):
        return day + dt.timedelta(weeks=n)
    if unit in ("month", "quarter"):
        months = n * (3 if unit == "quarter" else 1)
    else:
        months = 12 * n * {"year": 1, "decade": 10, "century": 100}.get(unit, 1)
    year, month = add_months(day.year, day.month, months)
    return dt.date(year, month, min(day.day, month_end(year, month).day))


def value_at(day: dt.date, unit: str) -> str:
    """The TimeML value of the ``unit`` containing ``day``."""
    if unit in ("day", "hour", "minute"):
        return day.isoformat()
    if unit == "week":
        return week_value(day)
    if unit == "weekend":
        return week_value(day) + "-WE"
    if unit == "month":
        return f"{day.year:04d}-{day.month:02d}"
    if unit == "quarter":
        return quarter_value(day)
    if unit == "season":
        return season_value(day)
    if unit == "half":
        return f"{day.year:04d}-H{1 if day.month <= 6 else 2}"
    if unit == "decade":  # zero-padded, as a year is: "109-W08" or "1" (a decade of the
        # year 10) were read as no date, and their claims lost
        return f"{day.year // 10:03d}"
    if unit == "century":
        return f"{day.year // 100:02d}"
    return f"{day.year:04d}"


def _month_with(first: dt.date, day: int, step: int) -> dt.date:
    """The month of ``first`` or, where it has no such ``day``, the nearest one ``step``-wise
    that has it ("expired on the 31st", written on 14 May: the 31st of March, not a day of
    April that does not exist, hostile43); ``first`` itself when ``step`` is 0."""
    month = first.replace(day=1)
    for _ in range(12 if step else 0):
        try:
            month.replace(day=day)
            return month
        except ValueError:
            month = _shift_month(month, step)
    return first


def _shift_month(day: dt.date, months: int) -> dt.date:
    """The same day of the month ``months`` away (the first of a month always exists)."""
    index = day.year * 12 + day.month - 1 + months
    return day.replace(year=index // 12, month=index % 12 + 1)


def _direction(word: str, ctx: Clues, start: int, end: int) -> str:
    word = (word or "").strip().lower()
    if word in LAST:
        return "last"
    if word in NEXT:
        return "next"
    if word in ("this", "current", "the"):
        return "this"
    tense = ctx.tense(start, end)
    since = SINCE_CLAUSE.search(ctx.text, max(0, start - SINCE_REACH), start)
    if since is not None and tense == "future" \
            and SPAN_SINCE.search(ctx.text, max(0, since.start() - 20), since.start()):
        return tense  # a span since something marked on a day to come: "Russia will mark one
        # year since the annexation of Crimea on Wednesday evening" (probe_events69), the day
        # of the marking, ahead
    if since is not None and (tense == "past" or not SINCE_VERB.search(since.group(0))):
        return "last"  # "since Trump took office in January": what has lasted up to now began
        # before it; and a "since" phrase of no verb whatever the clause's tense ("It would be
        # Moscow's first gain since the fall of Lysychansk in July", written in January)
    return tense


# a "since" clause holding the date, its verb in the past: the date lies before the report
SINCE_REACH = 90
SINCE_VERB = re.compile(r"\b(?:will|would|shall|is|are|was|were|be|been|has|have|had|do|does|did|"
                        r"can|could|may|might|must|should|[a-z]{3,}ed)\b", re.IGNORECASE)
SPAN_SINCE = re.compile(r"\b(?:years?|months?|weeks?|days?|decades?|anniversary)\s+$", re.IGNORECASE)
SINCE_CLAUSE = re.compile(r"\bsince\s+(?:[^,;:.!?\n“”\"]|\n(?![ \t]*\n)){1,80}$", re.IGNORECASE)


def _done_on(ctx: Clues, m: Mention) -> bool:
    """Is the day one "on" which a past passive tells what was done, nothing ahead told before
    it in its sentence and no count of days after it (``PASSIVE_ON``)?"""
    return PASSIVE_ON.search(ctx.text, max(0, m.start - 80), m.start) is not None \
        and not LOOKS_AHEAD.search(ctx.text, ctx.sentence_start(m.start, 0), m.start) \
        and not COUNTED_ON.match(ctx.text, m.end)


def partial(template: str, direction: str, weekday: str, dct: dt.date, deadline: bool = False,
            on: bool = False) -> str:
    """Fill the XXXX of ``template`` with the year that fits the direction best (a weekday
    written with the date picks the year whose day it is: "Tuesday, March 5" in January 2025
    is 2024's; but a date within WEEKDAY_SLIP days of the article is that date whatever
    weekday is written with it: "on Monday (August 19)", written on Tuesday 19 August 2025,
    is a slip of the weekday, not 19 August 2024)."""
    candidates: list[tuple[str, TimeValue]] = []
    if template.startswith("XXXX-XX-"):  # a day of no month ("on the 22nd"): the months
        # around the article's, as the years around it are for a day of no year
        months = [(dct.year + (dct.month - 1 + k) // 12, (dct.month - 1 + k) % 12 + 1) for k in range(-2, 3)]
        fills = [f"{y:04d}-{mo:02d}" for y, mo in months]
    else:
        fills = [f"{year:04d}" for year in (dct.year - 1, dct.year, dct.year + 1)]
    for fill in fills:
        value = holiday_date(template.replace("XXXX-XX" if template.startswith("XXXX-XX-") else "XXXX", fill, 1))
        iv = interval(value)
        if iv is None:
            continue
        if weekday and iv.granularity == "day" and iv.start.isoweekday() != int(weekday) \
                and abs((iv.start - dct).days) > WEEKDAY_SLIP:
            continue
        candidates.append((value, iv))
    if not candidates:
        if template.startswith("XXXX-XX-") and weekday:  # a day of the month no month near
            # has on that weekday ("Friday the 1st", no Friday the 1st within two months): the
            # weekday alone (hostile41: no date at all)
            return weekday_date(int(weekday), direction, dct).isoformat()
        return template
    if direction == "this":
        containing = [c for c in candidates if c[1].start <= dct <= c[1].end]
        same_year = [c for c in candidates if c[0].startswith(f"{dct.year:04d}")]
        return (containing or same_year or candidates)[0][0]
    if direction == "last":
        before = [c for c in candidates if c[1].end < dct and not c[1].start <= dct <= c[1].end]
        return before[-1][0] if before else candidates[0][0]
    if direction == "next":
        after = [c for c in candidates if c[1].start > dct]
        return after[0][0] if after else candidates[-1][0]
    if direction == "coming":  # the one under way, else the next
        ahead = [c for c in candidates if c[1].end >= dct]
        return ahead[0][0] if ahead else candidates[-1][0]
    if direction == "future" and candidates[0][1].granularity == "quarter":
        direction = "none"  # "third-quarter results will ..." in November: the one just ended
    # the occurrence nearest the anchor, where the tense favours one side: in past-tense
    # narration a later day must be PAST_PENALTY times nearer ("extended the offer to Nov.
    # 20"), in future tense an earlier one ("will meet again on 23-24 January", a week ago);
    # in future tense a month or season lies ahead ("will command a mission in December",
    # written in March); past-tense reports speak of months ahead too ("announced an
    # agreement to acquire the company in January")
    later = (ON_PAST_PENALTY if on and candidates[0][1].granularity == "day" and not deadline
             else PAST_PENALTY if candidates[0][1].granularity == "day" or deadline else MONTH_PAST_PENALTY) \
        if direction == "past" else 1
    earlier = 1 if direction != "future" else \
        PAST_PENALTY if candidates[0][1].granularity == "day" else 1000

    def distance(c: tuple[str, TimeValue]) -> int:
        if c[1].start <= dct <= c[1].end:
            return 0
        if c[1].start > dct:
            return (c[1].start - dct).days * later
        return (dct - c[1].end).days * earlier

    return min(candidates, key=distance)[0]


NTH = re.compile(r"^(\d{4})-NTH-(\d{2})-(\d)-(\d|L)(?:\+(\d))?$")


def easter(year: int) -> dt.date:
    """Western Easter Sunday (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    el = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * el) // 451
    month = (h + el - 7 * m + 114) // 31
    return dt.date(year, month, (h + el - 7 * m + 114) % 31 + 1)


def orthodox_easter(year: int) -> dt.date:
    """Orthodox Easter Sunday: the Julian computus (Meeus), as a Gregorian date."""
    a, b, c = year % 4, year % 7, year % 19
    d = (19 * c + 15) % 30
    e = (2 * a + 4 * b - d + 34) % 7
    month, day = (d + e + 114) // 31, (d + e + 114) % 31 + 1
    return dt.date(year, month, day) + dt.timedelta(days=year // 100 - year // 400 - 2)


FEAST = re.compile(r"^(\d{4})-(EASTER|OEASTER)([+-]\d+)?$")


def holiday_date(value: str) -> str:
    """Movable feasts as dates: '1999-NTH-11-4-4' (4th Thursday of November), '2000-EASTER',
    '2025-EASTER-2' (Good Friday), '2025-OEASTER' (Orthodox Easter)."""
    feast = FEAST.match(value)
    if feast:
        year = int(feast[1])
        sunday = easter(year) if feast[2] == "EASTER" else orthodox_easter(year)
        return (sunday + dt.timedelta(days=int(feast[3] or 0))).isoformat()
    m = NTH.match(value)
    if not m:
        return value
    year, month, weekday = int(m[1]), int(m[2]), int(m[3])
    first = dt.date(year, month, 1)
    first_match = first + dt.timedelta(days=(weekday - first.isoweekday()) % 7)
    if m[4] == "L":  # the last such weekday of the month
        day = first_match
        while (day + dt.timedelta(days=7)).month == month:
            day += dt.timedelta(days=7)
    else:
        day = first_match + dt.timedelta(weeks=int(m[4]) - 1)
    return (day + dt.timedelta(days=int(m[5] or 0))).isoformat()


def weekday_date(weekday: int, direction: str, dct: dt.date) -> dt.date:
    delta = weekday - dct.isoweekday()
    if direction == "this":
        return dct + dt.timedelta(days=delta)
    if direction == "last":
        return dct + dt.timedelta(days=delta - 7 if delta >= 0 else delta)
    if direction == "next":
        return dct + dt.timedelta(days=delta + 7 if delta <= 0 else delta)
    if direction == "future":
        return dct + dt.timedelta(days=delta + 7 if delta < 0 else delta)
    if direction == "either":  # the nearer of the two (a week has no tie)
        return dct + dt.timedelta(days=delta if 0 <= delta < 4 else delta - 7 if delta > 0
                                  else delta + 7 if delta < -3 else delta)
    return dct + dt.timedelta(days=delta - 7 if delta > 0 else delta)  # past, or no tense


SMALLER = {"year": (12, "month"), "month": (30, "day"), "week": (7, "day"),
           "day": (24, "hour"), "hour": (60, "minute"), "minute": (60, "second")}


def duration(number: str, unit: str) -> str:
    """TimeML duration: ('3', 'year') -> P3Y, ('2.5', 'year') -> P2Y6M, ('0.5', 'hour') -> PT30M."""
    number = number or "1"
    if number.endswith(".0"):
        number = number[:-2]
    if unit in ("decade", "century") and number != "X":
        # TimeBank writes decades and centuries in years: "two decades" = P20Y
        years = float(number) * (10 if unit == "decade" else 100)
        number, unit = (str(int(years)) if years == int(years) else str(years)), "year"
    elif unit == "decade":  # "decades" = some years: PXY, as TimeBank has it
        unit = "year"
    parts = [(number, unit)]
    if "." in number and unit in SMALLER:  # a fraction: the rest in the next smaller unit
        whole, fraction = int(float(number)), float(number) % 1
        factor, smaller = SMALLER[unit]
        rest = fraction * factor
        parts = [(str(whole), unit)] if whole else []
        parts.append((str(int(rest)) if rest == int(rest) else f"{rest:g}", smaller))
    date = "".join(f"{n}{UNIT_CODES.get(u, 'X')}" for n, u in parts if u not in TIME_CODES)
    time = "".join(f"{n}{TIME_CODES[u]}" for n, u in parts if u in TIME_CODES)
    return "P" + date + (f"T{time}" if time else "")


AUXILIARY_AT = re.compile(r"(?:would|will|could|might|should|can|may|must|is|are|was|were|has|have|had)\b",
                          re.IGNORECASE)
RELATIVE_BEFORE = re.compile(r"\b(?:that|which|who|whom)\s", re.IGNORECASE)  # ... the clause's opening
RELATIVE_REACH = 80  # characters before a date its relative clause may open
DATE_PREPOSITION = re.compile(r"\b(?:on|in|at|during)\s+(?:the\s+)?$", re.IGNORECASE)  # a date's own
WHEN_AFTER = re.compile(r"\s*,\s*when\s+")  # a date's own "when" clause, right after it
HOLIDAY_REACH = 300  # characters before a holiday's sentence where a word still tells whose it
# is (the sentence before it, about: "Putin ordered a 36-hour ceasefire over Orthodox
# Christmas. // Zelensky said Russia wanted to use the Christmas pause as a cover")


@lru_cache(maxsize=4)
def _holiday_contexts(language: str = lang.DEFAULT) -> dict[str, list[tuple[re.Pattern[str], str]]]:
    """The bundle's ``holiday_context``: a holiday's written form (lower case) -> (context
    word, MM-DD) in order."""
    data = lang.resource(language, "timex").get("holiday_context") or {}
    return {" ".join(name.lower().split()): [(re.compile(rf"\b(?:{word})\b"), day) for word, day in days.items()]
            for name, days in data.items()}


def _holiday_of(ctx: Clues, start: int, end: int) -> str | None:
    """The MM-DD of the holiday written at ``start:end`` where a word near it says whose it is
    (its sentence up to its end, and ``HOLIDAY_REACH`` characters before), else None."""
    written = " ".join(re.sub(r"^the\s+", "", ctx.text[start:end], flags=re.IGNORECASE).lower().split())
    contexts = _holiday_contexts()
    if written not in contexts:
        return None
    lo = max(0, ctx.sentence_start(start, 0) - HOLIDAY_REACH)
    # (the sentence's end, at most WINDOW characters on, as the tense's clues: a text with no
    # full stop after a run of holidays was read to its end for each, quadratic)
    hi = ctx.text.find(".", end, end + WINDOW)
    hi = min(len(ctx.text), end + WINDOW) if hi < 0 else hi
    return next((day for word, day in contexts[written] if word.search(ctx.text, lo, hi)), None)


# days before the article beyond which a day told in an earlier paragraph is a recall that no
# "hours earlier" of a later paragraph counts from (news tells the hours around its own week)
HOURS_REACH = 7
LOOK_BACK = 50  # anaphors look back over this many dates at most (a bound: stays linear)
# days before the article beyond which a day told in an earlier paragraph is a recall that no
# "the same day" of a later paragraph counts from
STALE_ANCHOR = 365
ORDER = ["day", "weekend", "week", "month", "quarter", "season", "half", "year", "decade",
         "century"]


@dataclass(frozen=True)
class Ref:
    """A date mentioned earlier in the text, where it ended: what anaphors resolve from."""

    end: int
    value: TimeValue
    topic: bool = True  # False for "a year earlier", "the year-ago quarter": comparisons
    weekday: bool = False  # named by its weekday ("Thursday")
    year: bool = False  # its year written out ("2022", "February 2022", "May 3, 1998")
    ahead: bool = False  # a day told as one to come ("the delegations could meet on Sunday")
    aside: bool = False  # in a relative clause set off by commas: anchors its own sentence only
    since: bool = False  # a day a state has lasted since: a count goes on from it ("... free
    # since 11 November 2022. A week later, Zelensky visited"), the time of a day in its
    # sentence does not ("who has been in Lithuania since August 11, urged ... this morning")


def _framing_year(refs: list[Ref], ctx: Clues, start: int) -> int | None:
    """The year that frames the sentence: one written out at its head ("In 2022, ...", "In the
    year 2022, ...") or named from the document's ("Last year ..."), if the sentence has one
    before ``start``."""
    head = ctx.sentence_start(start, 0)
    first = None  # the sentence's first date
    for ref in reversed(refs[-LOOK_BACK:]):
        if ref.end <= head:
            break
        first = ref
    if first is None or first.value.granularity != "year" or not (
            first.year and FRAME.match(ctx.text, head, first.end + 2)
            or FRAME_NAMED.fullmatch(ctx.text, head, first.end)):
        return None
    return first.value.start.year


NARRATED_YEARS = 2  # a told day this many years before the report's at least: a story of its own
NARRATED_DAYS = 62  # ... and the days after it a day of no year may go on with it (over the 148
# sets, a month's day after a month of a year gone by, "set up in December 2017. On New Year's
# Eve ...", or any day further on, "the Victory Day parade of 9 May", was the report's year
# as often as the story's: days only, two months at most)


def _narrated_day(refs: list[Ref], ctx: Clues, start: int, dct: dt.date) -> dt.date | None:
    """The last date the text told, a day of a year ``NARRATED_YEARS`` or more before the
    report's (its year written out, or a day a story told so went on to), in the sentence of
    ``start`` or the one before it in its paragraph: where a following day of no year goes on
    with that story."""
    since = ctx.sentence_start(start, 1)
    if (blank := BLANK_LINE.search(ctx.text, since, start)) is not None:
        since = blank.end()
    for ref in reversed(refs[-LOOK_BACK:]):
        if ref.end <= since:
            return None
        if not ref.topic:
            continue
        if ref.value.granularity == "day" and dct.year - ref.value.start.year >= NARRATED_YEARS:
            return ref.value.start
        return None
    return None


def _day_of(value: str) -> dt.date | None:
    """The day of an ISO value, or None where there is no such day ("2023-02-29")."""
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


def _since_aside(ref: Ref, text: str) -> bool:
    """Is ``ref`` a day something has lasted since, in an aside a comma closes ("the
    ceasefire, in force since July 27, had saved lives")?"""
    return ref.since and SINCE_ASIDE_END.match(text, ref.end) is not None


SINCE_ASIDE_END = re.compile(r"\s*,")


def _month_year_named_before(refs: list[Ref], ctx: Clues, start: int, month: int) -> int | None:
    """The year of the last date earlier in the sentence holding ``start`` that writes its
    year out, is of ``month`` (a month or a day of it) and a "when" clause after it holds
    ``start`` ("in May 2023, when he addressed the summit on May 19"), if any (not "the
    Eurobond Russia bought in December 2013 matures on December 20": another December)."""
    head = ctx.sentence_start(start, 0)
    for ref in reversed(refs[-LOOK_BACK:]):
        if ref.end <= head:
            return None
        if ref.year and ref.topic and ref.value.granularity in ("month", "day") \
                and ref.value.start.month == month and ref.value.end.month == month:
            return ref.value.start.year if WHEN_CLAUSE.match(ctx.text, ref.end, start) else None
    return None


WHEN_CLAUSE = re.compile(r",\s+when\s[^,;:.!?]*$")  # ", when he addressed the summit in Jeddah on "


def _day_named_before(refs: list[Ref], ctx: Clues, start: int, back: int = 0) -> dt.date | None:
    """The last day named earlier in the sentence that holds ``start`` (with ``back``, in it or
    the ``back`` sentences before it), if any."""
    if refs and refs[-1].value.granularity == "day" and refs[-1].topic and not refs[-1].since and \
            refs[-1].end > ctx.sentence_start(start, back):
        return refs[-1].value.start
    return None


def _year_named_before(refs: list[Ref], ctx: Clues, start: int) -> int | None:
    """The year of the last date finer than a year named earlier in the sentence that holds
    ``start`` ("on December 9"), if any: the year "the year" is in that sentence."""
    head = ctx.sentence_start(start, 0)
    for ref in reversed(refs[-LOOK_BACK:]):
        if ref.end <= head:
            return None
        if ref.topic and ref.value.granularity in ("day", "week", "month") and ref.end <= start:
            return ref.value.start.year
    return None


def _date_under_discussion(refs: list[Ref], ctx: Clues, start: int) -> TimeValue | None:
    """The first date named earlier in the sentence holding ``start``, else the first in the
    sentence before it: the happening a report goes back to ("On January 28 the Kremlin
    announced that talks were planned for February 1. Peskov said at the time ..." is January
    28: a sentence names its happening first, what was said about it after). Counts from
    another date ("a year earlier") are no happening."""
    for back in (0, 1):
        since = ctx.sentence_start(start, back)
        until = ctx.sentence_start(start, back - 1) if back else start
        first = None
        for ref in reversed(refs[-LOOK_BACK:]):
            if ref.end <= since:
                break
            if ref.end <= until and ref.topic:
                first = ref
        if first is not None:
            return first.value
    return None


@lru_cache(maxsize=4)
def _happening_words(language: str = lang.DEFAULT) -> dict[str, re.Pattern[str]]:
    """The bundle's ``happening_words``: a happening's word -> the words of its kind."""
    out: dict[str, re.Pattern[str]] = {}
    for group in lang.resource(language, "timex").get("happening_words") or []:
        kind = re.compile(r"\b(?:" + "|".join(map(re.escape, group)) + r")\b", re.IGNORECASE)
        out.update((word, kind) for word in group)
    return out


def _happening_day(ctx: Clues, m: Mention, refs: list[Ref]) -> TimeValue | None:
    """The last day-level date before ``m`` whose sentence names a happening of the kind ``m``
    ends on ("the day after the talks": "The third round ... was held on July 23"), or None."""
    word = re.findall(r"[a-z]+", ctx.text[m.start:m.end].lower())[-1:]
    kind = _happening_words().get(word[0]) if word else None
    if kind is None:
        return None
    for ref in reversed(refs[-LOOK_BACK:]):
        if ref.value.granularity != "day" or not ref.topic or ref.end > m.start:
            continue
        # the happening named before its date ("The third round ... was held on July 23"), or
        # its day's possessive before it ("Sunday's vote"); never one the sentence names after
        # a day of something else ("On Sunday, Umerov reported to Zelensky on the talks",
        # probe_events16: the talks had ended on 24 January)
        start = ctx.sentence_start(ref.end, 0)
        if kind.search(ctx.text, start, ref.end) or _owned_by_day(ctx.text, ref.end, kind):
            return ref.value
    return None


def _owned_by_day(text: str, at: int, kind: re.Pattern[str]) -> bool:
    """Does a day's possessive ending at ``at`` date a happening of ``kind``, a word or two
    between ("Sunday's| presidential |vote")?"""
    owned = re.match(r"(?:[’']s)?\s+", text[at:at + 60])
    if owned is None:
        return False
    tail, pos = text[at:at + 60], owned.end()
    for _ in range(3):
        if kind.match(tail, pos):
            return True
        word = re.match(r"[a-z-]+\s+", tail[pos:])
        if word is None:
            return False
        pos += word.end()
    return False


def _ref_for(unit: str, refs: list[Ref], since: int | None = None) -> TimeValue | None:
    """The last mentioned date fine enough to anchor ``unit`` (among the last few); with
    ``since`` (where the anaphor's sentence starts), not one of a relative aside before it."""
    limit = ORDER.index(unit) if unit in ORDER else 0
    for ref in reversed(refs[-LOOK_BACK:]):
        if ORDER.index(ref.value.granularity) <= limit and ref.topic \
                and not (ref.aside and since is not None and ref.end <= since):
            return ref.value
    return None


def _aside_since(refs: list[Ref], ctx: Clues, m: Mention) -> int | None:
    """Where the sentence of ``m`` starts, which ``_ref_for`` reads only where a date of a
    relative aside is among the refs it may take (finding it reads the text back)."""
    return ctx.sentence_start(m.start + 1, 0) if any(r.aside for r in refs[-LOOK_BACK:]) else None


def _quarter_ref(refs: list[Ref], ctx: Clues, start: int,
                 sentences: int | None) -> TimeValue | None:
    """The reporting quarter under discussion: the last quarter mentioned (no more than
    ``sentences`` sentence ends before ``start``, when given)."""
    since = ctx.sentence_start(start, sentences) if sentences is not None else 0
    for ref in reversed(refs[-LOOK_BACK:]):
        if ref.end <= since:
            return None
        if ref.value.granularity == "quarter" and ref.topic:
            return ref.value
    return None


def _quarter(args: list[str], ctx: Clues, start: int, dct: dt.date, refs: list[Ref]) -> str:
    """QUARTER(shift,which): the quarter under discussion ("the quarter", "the year-ago
    quarter"), or else the last one completed before the document, ``shift`` years on (a
    number, or last/this/next); ``which`` may name its number ("the year-ago third quarter")
    or its year ("the 1988 period": that year's same quarter)."""
    shift_by = {"last": "-1", "this": "0", "next": "1"}.get(args[0].lower(), args[0])
    n, which = int(shift_by or 0), (args[1] if len(args) > 1 else "")
    ref = _quarter_ref(refs, ctx, start, None)
    base = ref.start if ref else shift(dct, "quarter", -1)
    base = dt.date(base.year, (base.month - 1) // 3 * 3 + 1, 1)  # the quarter's first day
    if len(which) == 4:  # a year: "the 1988 period" is that year's quarter, when one is discussed
        return quarter_value(base.replace(year=int(which))) if ref else which
    if which:
        base = dt.date(base.year, 3 * int(which) - 2, 1)
    return quarter_value(shift(base, "year", n))


# the month from which "the beginning of the year" told as ahead is the next year's: from July,
# the half of the year after its beginning (a beginning ahead in spring is of a year that began)
START_PASSED = 7


def resolve_one(m: Mention, ctx: Clues, dct: dt.date, refs: list[Ref]) -> str:
    fn = FUNCTION.match(m.template)
    if not fn:
        return m.template
    name, args, suffix = fn.group(1), fn.group(2).split(","), fn.group(3)
    value: str
    if name == "PARTIAL" and args[0].startswith("XXXX-") \
            and (day := _holiday_of(ctx, m.start, m.end)) is not None:
        # "Christmas" after "Orthodox" in its sentence or just before it ("Putin ordered a
        # ceasefire for Orthodox Christmas. ... Zelensky said Russia wanted to use the
        # Christmas pause as a cover"): the Orthodox one, 7 January; "Ukraine marks its
        # Independence Day on Saturday": 24 August (lang/en/timex.yaml, holiday_context)
        args[0] = "XXXX-" + day
    if name == "PARTIAL":
        weekday = args[2] if len(args) > 2 else ""
        year = _framing_year(refs, ctx, m.start) if not args[1] else None
        if year is None and not args[1] and re.fullmatch(r"XXXX-\d\d-\d\d", args[0]):
            # "in May 2023, when he addressed the summit in Jeddah on May 19": the year of its
            # month written out before it in the sentence (probe_events75: was 2024)
            year = _month_year_named_before(refs, ctx, m.start, int(args[0][5:7]))
        if year is not None and args[0].startswith("XXXX-"):
            # "In 2022, Russia started its operation on 24th February": that year's
            value = holiday_date(args[0].replace("XXXX", f"{year:04d}", 1))
        else:
            direction = _direction(args[1], ctx, m.start, m.end)
            if not args[1] and SEASON_TEMPLATE.match(args[0]) \
                    and FOR_SEASON.search(ctx.text, max(0, m.start - 5), m.start) \
                    and not PLANNED_FOR.search(ctx.text, max(0, m.start - 40), m.start):
                # what is got or agreed for a season is for the one under way or the one to
                # come, whatever the tense ("had agreed on gas supplies for the winter",
                # written in October 2014: the winter of 2014-15, was 2013-14's)
                direction = "coming"
            value = partial(args[0], direction, weekday, dct,
                            AHEAD_OF.search(ctx.text, max(0, m.start - 12), m.start) is not None,
                            direction == "past" and _done_on(ctx, m))
            if not args[1] and not weekday and direction == "past" \
                    and re.fullmatch(r"XXXX-\d\d-\d\d", args[0]) \
                    and (told := _narrated_day(refs, ctx, m.start, dct)) is not None:
                # a day of no year right after a day of a year gone by, told in the past, is of
                # that story: "On 1 December 1991 Ukrainians voted ... On 2 December, Poland
                # recognised ..." (in an article of 2011, probe_events147: 2011)
                # (the first such day on or after it, within NARRATED_DAYS: a story goes on
                # forward, a day or a few weeks at a time)
                days = [day for y in (told.year, told.year + 1)
                        if (day := _day_of(f"{y:04d}{args[0][4:]}")) is not None
                        and 0 <= (day - told).days <= NARRATED_DAYS]
                value = days[0].isoformat() if days else value
    elif name == "REL":
        rel, unit = args[0].lower(), args[1]
        if unit == "weekend" and rel == "tense":
            # over the weekend: the one just past (or, in future tense, the one to come)
            direction = ctx.tense(m.start, m.end)
            n = 0 if direction == "future" or dct.isoweekday() >= 6 else -1
        elif re.fullmatch(r"[+-][0-9]+", rel):  # "the day after tomorrow": REL(+2,day)
            n = int(rel)
        elif rel == "new":  # "in the new year": the next one from the year's second half
            n = 1 if dct.month >= START_PASSED else 0
        else:  # "last year", "next week", "this month": only an explicit word moves the unit
            n = -1 if rel in LAST else 1 if rel in NEXT else 0
            if unit == "week" and rel in ("this", "the") and dct.isoweekday() == 7 and \
                    (ctx.low.startswith("later", m.start) or ctx.tense(m.start, m.end) == "future"):
                # on a Sunday (the week's last day here, its first in many newsrooms) "later
                # this week" and a "this week" ahead are the week to come; "this week" in a
                # past tense stays the one ending (dev b03: talks proposed on Sunday 11 May 2025)
                n = 1
            if unit == "year" and rel == "the" and m.mod == "START" and dct.month >= START_PASSED \
                    and ctx.tense(m.start, m.end) == "future":
                # "talks expected to begin at the beginning of the year", written in December:
                # a beginning still to come is the next year's
                n = 1
        base = dct
        if unit == "year" and rel == "the" and (year := _year_named_before(refs, ctx, m.start)) is not None:
            # "At the summit in Paris on December 9, the leaders agreed on an exchange by the
            # end of the year", written in April 2020: the year of the sentence's own date
            base = dt.date(year, 1, 1)
        value = value_at(shift(base, unit, n), unit)
        if n == 0 and unit == "day" and suffix.startswith("T"):
            # a clock time with no day of its own is on the day its sentence named last ("a
            # truce on Saturday, to last from 6 p.m."), or else the sentence before ("The talks
            # on Tuesday were useful. The meeting started at around 8pm"; not "this morning"),
            # else on the article's
            # (not a part of the day named from the article's: "Macron, who was re-elected on
            # April 24, is due in Berlin this evening" is the evening of the article's day,
            # probe_events93; "tonight", "later this afternoon")
            day = _day_named_before(refs, ctx, m.start)
            if day is not None and DEICTIC_PART.match(ctx.low, m.start) \
                    and not SAID_BETWEEN.search(ctx.low, refs[-1].end, m.start):
                day = None  # (but the day of a saying before it: "Speaking on Monday, Peskov
                # said Putin would address the nation tonight", hostile42)
            if day is None and suffix[1:2].isdigit():
                day = _day_named_before(refs, ctx, m.start, back=1)
                # ... if the clock's tense agrees: "The president will speak on Friday. Markets
                # closed at 4 p.m." is the article's day
                tense = ctx.tense(m.start, m.end) if day is not None and day != dct else ""
                if (tense == "past" and day > dct) or (tense == "future" and day < dct):
                    day = None
            if day is not None and suffix == "T24:00" and \
                    AFTER_MIDNIGHT.search(ctx.text, max(0, m.start - 12), m.start):
                # "talks on Tuesday ... ended long after midnight": Wednesday's small hours (the
                # same instant as Tuesday T24:00, on the day a claim should have)
                day, suffix = day + dt.timedelta(days=1), "T00:00"
            value = day.isoformat() if day else value
    elif name == "AGO":
        number, unit = args[0], args[1]
        if number in ("", "X"):
            return "PAST_REF"
        n = float(number)
        # in a report on a quarter (this sentence or the one before), "a year ago" is that quarter
        quarter = _quarter_ref(refs, ctx, m.start, 1) if unit == "year" else None
        if quarter is not None and n >= 1:  # "profit rose from $5 million a year ago": that quarter
            value = quarter_value(shift(quarter.start, "year", -int(n)))
        elif unit in ("hour", "minute"):
            value = dct.isoformat()
        elif unit in ("decade", "century"):  # "a decade ago" is a year, not the 1980s
            value = value_at(shift(dct, unit, -int(n) if n >= 1 else -1), "year")
        else:
            # ("a week ago today": that very day, AGO(1,week,day), probe_events105)
            value = value_at(shift(dct, unit, -int(n) if n >= 1 else -1),
                             "day" if args[2:3] == ["day"] else unit)
    elif name == "ANAPHOR":
        spec, unit = args[0].lower(), args[1]
        m2 = re.match(r"^(later|after|afterwards|earlier|before|-)?(.*)$", spec)
        sign = -1 if m2 and m2.group(1) in ("earlier", "before", "-") else 1
        amount = m2.group(2) if m2 else spec
        if amount in ("x", ""):
            return "PAST_REF" if sign < 0 else "FUTURE_REF"
        n = sign * int(float(amount))
        # "Hours earlier, ..." (``ANAPHOR(earlier0,day)``): the day the narration is at, never a
        # day ahead it looked to ("... resume talks on Thursday. Hours earlier, the leaders ...")
        narrated = bool(m2 and m2.group(1)) and n == 0
        if unit == "day" and (n != 0 or suffix[:1] != "T") and any(r.ahead for r in refs[-LOOK_BACK:]) \
                and ctx.tense(m.start, m.end) == "past":
            # "The following day Peskov said ..." after "Zelensky told journalists on 27
            # January that the delegations could meet on Sunday": the day after the telling,
            # not after the day it looked to; and "the same day" ("he said ... had uncovered a
            # plot to overthrow him, scheduled for Dec. 1-2. // The Kremlin dismissed the
            # first claim the same day": the day of the saying; a time of that day, "During
            # the night", after a day ahead is the article's: below)
            refs = [r for r in refs[-LOOK_BACK:] if not r.ahead]
        if n < 0:
            refs = [r for r in refs[-LOOK_BACK:] if not _since_aside(r, ctx.text)]  # (as LATER's: below)
        ref = _ref_for(unit, [r for r in refs[-LOOK_BACK:] if r.value.start <= dct] if narrated else refs,
                       _aside_since(refs, ctx, m))
        if narrated and ref is not None and (dct - ref.start).days > HOURS_REACH \
                and (last := next((r for r in reversed(refs) if r.value == ref), None)) is not None \
                and BLANK_LINE.search(ctx.text, last.end, m.start):
            # "Hours earlier, a Russian missile struck a cafe" after a paragraph recalling a day
            # weeks before ("his private jet crashed north of Moscow on August 23"): the hours
            # are counted from the story's day, the last day named near the article's
            near = [r for r in refs[-LOOK_BACK:] if r.value.granularity == "day" and r.topic
                    and 0 <= (dct - r.value.start).days <= HOURS_REACH]
            ref = near[-1].value if near else None
        if ref is not None and n == 0 and unit == "day" and (dct - ref.start).days > STALE_ANCHOR \
                and (last := next((r for r in reversed(refs) if r.value == ref), None)) is not None \
                and BLANK_LINE.search(ctx.text, last.end, m.start):
            # "the same day" in a paragraph after one recalling a day years before ("The last
            # meeting ... took place in Berlin on October 19, 2016. // ... Gazprom chief Alexei
            # Miller said the same day"): the narration's day, the article's
            ref = None
        if ref is not None and n == 0 and unit == "day" and suffix[:1] == "T" and ref.start != dct:
            # "in the morning" in a past tense after a day ahead ("... by Thursday, November
            # 27. // Advisers met the Ukrainian team in the morning", written on the Sunday
            # before), or in a future one after a day gone by: the article's day
            tense = ctx.tense(m.start, m.end)
            if (tense == "past" and ref.start > dct) or (tense == "future" and ref.end < dct):
                ref = None
        if m2 and m2.group(1) in ("after", "before"):
            # "the day after the talks": from the last day a sentence naming such a happening
            # gave, else no day ("The day after the missile strike on Kryvyi Rih, ..." opening
            # an article was the day after it, probe_events45)
            ref = _happening_day(ctx, m, refs)
            if ref is None:
                return "PAST_REF"
        value = value_at(shift(ref.start if ref else dct, unit, n), unit)
    elif name == "LATER":  # "three days later", "a year earlier": at the anchor's granularity
        spec, unit = args[0].lower(), args[1]
        m2 = re.match(r"^(later|after|afterwards|earlier|before)?(.*)$", spec)
        sign = -1 if m2 and m2.group(1) in ("earlier", "before") else 1
        amount = m2.group(2) if m2 else spec
        if amount in ("x", ""):
            return "PAST_REF" if sign < 0 else "FUTURE_REF"
        n = sign * int(float(amount))
        if unit == "day" and any(r.ahead for r in refs[-LOOK_BACK:]) \
                and ctx.tense(m.start, m.end) == "past":
            # "Switzerland will host a conference on June 15-16. ... Peskov said ..., and a
            # day later Zakharova said": a day after the telling, not after the day ahead
            # (as ANAPHOR's "the following day")
            refs = [r for r in refs[-LOOK_BACK:] if not r.ahead]
        if sign < 0:
            # a day a state has lasted since, told in an aside, is no anchor to count back
            # from: "the ceasefire, in force since July 27, had saved lives. // A day earlier,
            # Putin ..." is the day before the narration's (probe_events74: 26 July); but "The
            # truce has held since 1 September. A day earlier, they signed it" is 31 August
            # (hostile37)
            refs = [r for r in refs[-LOOK_BACK:] if not _since_aside(r, ctx.text)]
        ref = _ref_for(unit, refs, _aside_since(refs, ctx, m))
        if ref is None:
            value = value_at(shift(dct, unit, n), unit)
        else:
            value = value_at(shift(ref.start, unit, n), ref.granularity)
    elif name == "QUARTER":
        value = _quarter(args, ctx, m.start, dct, refs)
    elif name == "WEEKOF":  # WEEKOF(n|-1|Dday,month,year): a week named by its month
        which, month, year = args[0], args[1], args[2]
        month_value = f"{year}-{month}" if year else \
            partial(f"XXXX-{month}", ctx.tense(m.start, m.end), "", dct)
        first = interval(month_value)
        if first is None:
            return "XXXX-WXX"
        if which.startswith("D"):
            day = first.start.replace(day=int(which[1:]))
        elif which == "-1":
            day = first.end
        else:
            day = first.start + dt.timedelta(weeks=int(which) - 1)
        value = week_value(day)
    elif name == "PERIOD":  # PERIOD(q3,2025) -> 2025-Q3; PERIOD(h1,2025) -> 2025-H1
        period, year = args[0].upper(), args[1]
        if period.startswith("H") and period[1:] not in ("1", "2"):
            return year
        value = f"{year}-{period}" if period else year
    elif name == "HALF":  # HALF(first,year,rel): "the second half of 1989 / of next year"
        first, year, rel = args[0], args[1], args[2].lower()
        if not year:
            year = str(dct.year + (-1 if rel == "last" else 1 if rel == "next" else 0))
        value = f"{year}-H{1 if first else 2}"
    elif name == "WEEKDAY" and not args[1] and INDEFINITE.search(ctx.text, max(0, m.start - 4), m.start) \
            and not (ATTRIBUTIVE_DAY.match(ctx.text, m.end)
                     and not EVERY_WEEK.match(ctx.text, m.end)):
        # "when Bennett flew to Moscow on a Saturday": which day of the week a day named before
        # was (of the last two sentences, that weekday), else no day at all
        head = ctx.sentence_start(m.start, 1)
        same = [r for r in reversed(refs[-LOOK_BACK:]) if r.end > head and r.value.granularity == "day"
                and r.value.start == r.value.end and r.value.start.isoweekday() == int(args[0])]
        value = same[0].value.start.isoformat() if same else f"XXXX-WXX-{int(args[0])}"
    elif name == "WEEKDAY" and " ".join(args[1].lower().split()) == "week from":
        # "a week from Saturday": that weekday of this week (today's too), and seven days on
        # (written on Saturday 8 June: 15 June, probe_events105)
        value = (dct + dt.timedelta(days=(int(args[0]) - dct.isoweekday()) % 7 + 7)).isoformat()
    elif name == "WEEKDAY":
        prev = refs[-1] if refs else None
        if not args[1] and prev is not None and prev.weekday and \
                (prev.value.start > dct or prev.value.start == dct
                 and _direction("", ctx, m.start, m.end) != "past") and \
                SERIES.fullmatch(ctx.text, prev.end, m.start):
            # "will visit on Thursday and Friday", "from Monday to Wednesday" (ahead), "gather
            # in London on Tuesday and Wednesday" (written on the Tuesday, no past tense): the
            # next such day after the weekday named before it (not "statements made Friday and
            # Thursday", written on the Friday)
            start = prev.value.start
            value = (start + dt.timedelta(days=(int(args[0]) - start.isoweekday()) % 7 or 7)
                     ).isoformat()
        else:
            direction = _direction(args[1], ctx, m.start, m.end)
            # what someone said on a day named before, of a weekday: counted from that day
            # ("told journalists on 27 January that the delegations could meet on Sunday",
            # written on 3 February: 1 February)
            said_on = _day_named_before(refs, ctx, m.start + 1)
            said_that = said_on is not None and said_on < dct and not args[1] \
                and (SAID_THAT.match(ctx.text, refs[-1].end, m.start) is not None
                     and SAID_BEFORE.search(ctx.text, max(0, refs[-1].end - 70), refs[-1].end) is not None
                     # (or the day opening the clause of the saying: "On Friday evening, he
                     # announced that he would cross into Ukraine on Sunday", written on the
                     # Monday, probe_events162: the Sunday ahead)
                     or OPENED_SAID_THAT.match(ctx.text, refs[-1].end, m.start) is not None)
            # what someone was told on a day named before to do on a weekday: the next such
            # day from it ("Putin on Thursday ordered his forces to observe a cease-fire on
            # Friday and Saturday", written that Thursday: the Friday after)
            directed = said_on is not None and said_on <= dct and not args[1] and not said_that \
                and DIRECTED.match(ctx.text, refs[-1].end, m.start) is not None
            day = weekday_date(int(args[0]), "future" if directed else direction,
                               said_on if said_that or directed else dct)
            if not args[1] and LOCAL_DAY.match(ctx.text, m.end) is not None \
                    and (dct + dt.timedelta(days=1)).isoweekday() == int(args[0]):
                # a day told in the place's own time that is the day after the report's: it is
                # already that day there ("Trump and Xi met in Busan on Thursday, local time",
                # filed in the US on the Wednesday), whatever the verb's tense
                day = dct + dt.timedelta(days=1)
            if (args[1] or "").strip().lower() == "next" and (day - dct).days == 1:
                # "next Sunday" said on a Saturday is not tomorrow ("this Sunday", "tomorrow"
                # are): the Sunday of the week after
                day += dt.timedelta(days=7)
            if (args[1] or "").strip().lower() == "last" and (dct - day).days == 1:
                # ... nor is "last Thursday" said on a Friday yesterday ("on Thursday",
                # "yesterday" are): the Thursday of the week before ("Putin's year-end press
                # conference last Thursday", written on Friday 31 December: the 23rd)
                day -= dt.timedelta(days=7)
            value = day.isoformat()
    elif name == "WEEKDAYOF":  # "Monday next week", "Wednesday of that week": a weekday of a week
        rel = " ".join(args[1].lower().split())
        n = -1 if rel in ("last", "the previous") else 1 if rel in ("next", "the following", "the next") else 0
        ref = _ref_for("week", refs) if rel not in ("next", "last", "this") else None
        if ref is None and rel not in ("next", "last", "this"):
            return f"XXXX-WXX-{int(args[0])}"  # "of that week" with no week named before
        day = shift(ref.start if ref is not None else dct, "week", n)
        value = (day + dt.timedelta(days=int(args[0]) - day.isoweekday())).isoformat()
    elif name == "WEEKENDOF":  # "the Easter weekend": the weekend of (or just before) the feast
        iv = interval(partial(args[0], _direction("", ctx, m.start, m.end), "", dct))
        if iv is None or iv.granularity != "day":
            return "XXXX-WXX-WE"
        day = iv.start - dt.timedelta(days=1) if iv.start.isoweekday() == 1 else iv.start
        value = week_value(day) + "-WE"
    elif name == "DECADE":  # "the '90s": the latest such decade begun by the document's year
        digit = int(args[0]) // 10
        century = dct.year // 100 if (dct.year // 100 * 10 + digit) * 10 <= dct.year \
            else dct.year // 100 - 1
        value = str(century * 10 + digit)
    elif name == "INYEAR":  # "March 29 of that year", "May of the following year"
        which = " ".join(args[0].lower().split())
        n = 1 if which in ("the following", "the next") else \
            -1 if which in ("the previous", "the preceding") else 0
        # (the last year the text wrote, whatever it dated: "The precedent of 2006 ... On
        # January 1 of that year" is 2006's, though "of 2006" after a noun is no topic)
        ref = _ref_for("year", refs) if n else next(
            (r.value for r in reversed(refs[-LOOK_BACK:])
             if ORDER.index(r.value.granularity) <= ORDER.index("year") and (r.topic or r.year)), None)
        year = (ref.start.year if ref else dct.year) + n
        day = dt.date(year, int(args[1]), int(args[2] or 1))  # a day that exists, or XXXX
        value = day.isoformat() if args[2] else day.isoformat()[:7]
    elif name == "INMONTH":  # "on the 30th of last month": that day of the month before the report's
        step = -1 if args[0].lower() in LAST else 1 if args[0].lower() in NEXT else 0
        value = _month_with(_shift_month(dct.replace(day=1), step), int(args[1]), step).replace(
            day=int(args[1])).isoformat() if 1 <= int(args[1]) <= 31 else "XXXX"
    elif name == "DAYOF":  # "on the 12th": that day of the month last mentioned
        # (in its sentence or the one before: "The list came out on May 11. On the 12th, ...";
        # a month named paragraphs before is another story's: "... signed in Pyongyang on June
        # 19 ... The Ministry said on the 12th", written on 13 September, is September's)
        ref = _ref_for("month", [r for r in refs[-LOOK_BACK:] if r.end > ctx.sentence_start(m.start, 1)])
        month = ref.start if ref else dct
        n = int(args[0])
        if ref is None:
            # of the report's own month, unless the tense looks the other way ("was signed on
            # the 30th", written on the 5th: the month before; "will be signed on the 3rd",
            # written on the 5th: the month after)
            direction = ctx.tense(m.start, m.end)
            step = -1 if direction == "past" and n > dct.day else \
                1 if direction == "future" and n < dct.day else 0
            month = _month_with(_shift_month(dct.replace(day=1), step), n, step)
        elif n > dct.day and (month.year, month.month) == (dct.year, dct.month) \
                and ctx.tense(m.start, m.end) == "past":
            # the month last named is the report's, but what was done on the day is done: "said
            # on Saturday [the 5th] ...; the two last sat at one table in Berlin on the 19th",
            # written on the 7th, is the month before (probe_events101: the 19th ahead)
            month = _month_with(_shift_month(month.replace(day=1), -1), n, -1)
        value = month.replace(day=n).isoformat()  # a day that exists, or XXXX
    elif name == "THEN":  # "at the time": the happening the report goes back to
        then = _date_under_discussion(refs, ctx, m.start)
        if then is None:
            return "PAST_REF"
        value = value_at(then.start, then.granularity)
    elif name == "DUR":
        return duration(args[0], args[1])
    elif name == "FORTNIGHTS":  # "a fortnight" P2W
        n = args[0] or "1"
        return duration("X" if n == "X" else f"{float(n) * 2:g}", "week")
    elif name == "QUARTERS":  # "a quarter of a century" P25Y, "three quarters of an hour" PT45M
        return duration("0.75" if args[0] else "0.25", args[1])
    elif name == "SET":
        return SET_WORDS.get(args[0].lower(), "P1D")
    elif name == "CENTURY":
        return f"{int(args[0]) - 1:02d}" if args[0].isdigit() else "XX"
    else:  # pragma: no cover - FUNCTION only matches the names above
        return m.template
    return value + suffix


def resolve(mentions: tuple[Mention, ...], text: str, dct: dt.date,
            language: str = lang.DEFAULT,
            asides: tuple[tuple[int, int], ...] = ()) -> tuple[Timex, ...]:
    """TimeML values for every mention, in text order (anaphors use earlier mentions); tense
    words from ``language``'s bundle. A date within one of the ``asides`` (sorted spans: a
    photo's caption) is no happening the text goes on about: no later anaphor resolves from
    it ("Members of the delegation, March 23, 2025. // The meeting started in the morning")."""
    ctx = Clues(text, tense_words(language), asides)
    aside_starts = [a for a, _ in asides]
    refs: list[Ref] = []
    out: list[Timex] = []
    for i, m in enumerate(mentions):
        try:
            main = _main_clause_day(m, mentions[i + 1], ctx, dct, refs, text) \
                if i + 1 < len(mentions) and m.template.startswith("LATER(") else None
            value = resolve_one(m, ctx, dct, refs if main is None else [*refs, Ref(m.start, main)])
            if m.template == "QUARTER(0,)" and i + 1 < len(mentions):
                value = _quarter_ended(m, mentions[i + 1], ctx, dct, refs) or value
        except (ValueError, OverflowError):  # e.g. a date beyond year 9999: keep it unanchored
            value = "XXXX"
        if m.type in ("DATE", "TIME"):
            iv = interval(value)
            if iv is not None:
                k = bisect.bisect_right(aside_starts, m.start) - 1
                aside = k >= 0 and m.end <= asides[k][1]
                refs.append(Ref(m.end, iv, not aside and (not COMPARISON.match(m.template)
                                                      or _narrated(m, ctx))
                                and not NOUN_OF.search(text, max(0, m.start - 40), m.start)
                                and not (_bracketed(m, text)
                                         and any(r.topic for r in refs[-LOOK_BACK:])),
                                m.template.startswith("WEEKDAY("),
                                bool(YEAR_WRITTEN.match(m.template)),
                                iv.granularity == "day" and (ctx.tense(m.start, m.end) == "future"
                                                             or _deadline(m, text, ctx)),
                                _relative_aside(m, text) and any(r.topic for r in refs[-LOOK_BACK:]),
                                bool(SINCE_BEFORE.search(text, max(0, m.start - 8), m.start))
                                and iv.granularity != "year"))
                if len(refs) > 2 * LOOK_BACK:
                    # anaphors read the last LOOK_BACK only: the older ones go (a text of a date
                    # every few characters kept them all, a third of its extraction's memory)
                    del refs[:-LOOK_BACK]
        out.append(Timex(m.start, m.end, text[m.start:m.end], m.type, value, m.mod, m.rule))
    return _clocks_on_days(_appositions(out, mentions, text), mentions, text)


BRACKETED = 24  # characters at most of brackets holding a date alone ("(5-6 August)", "(23 April)";
# the longest such a date, "(Saturday, 24 September)", is 24: a longer bracket says more)


DEADLINE_BEFORE = re.compile(r"\b(?:by|no\s+later\s+than)\s+$", re.IGNORECASE)
DEADLINE_VERB = re.compile(r"\b(?:to|will|must|shall|should|has\s+to|have\s+to|had\s+to|would\s+have\s+to)\s+"
                           r"(?-i:(?:[a-z]+\s+){0,2}?[a-z]+)\b[^.;:!?]*$", re.IGNORECASE)


def _deadline(m: Mention, text: str, ctx: Clues) -> bool:
    """Is the day a deadline set inside a sentence ("ordered the US to cut its staff by
    September 1"): a day ahead of what the sentence tells, whatever its tense, from which the
    narration does not go on ("It was the answer Putin had promised a day earlier" is a day
    before the order, probe_events70)? Not a "By Friday, ..." opening a sentence."""
    if DEADLINE_BEFORE.search(text, max(0, m.start - 20), m.start) is None:
        return False
    head = text[ctx.sentence_start(m.start, 0):m.start]
    # (what is to be done by it, an infinitive's or a modal's: "had captured Pokrovsk by 1
    # September", "was completed by 1 September" tell a day gone by, hostile35)
    return head.strip().lower() not in ("by", "no later than") and DEADLINE_VERB.search(head[-100:]) is not None


def _bracketed(m: Mention, text: str) -> bool:
    """Is the date alone in brackets, an aside of what it follows ("The previous rounds were
    held in Copenhagen (24 June) and in Jeddah (5-6 August). // Moscow's response came the
    following day": the day after the round the paragraph is about, not after Jeddah's)?
    (``resolve`` asks only where a date was named before it: the first date of a text, in
    brackets or not, is what its narration goes on from, "Putin met Zelensky (23 April 2022).
    The following morning ..." the 24th, not the day after the report's.)"""
    opened = text.rfind("(", max(0, m.start - BRACKETED), m.start)
    closed = text.find(")", m.end, m.end + BRACKETED)
    return opened >= 0 and closed >= 0 and ")" not in text[opened:m.start] \
        and "(" not in text[m.end:closed] and closed - opened <= BRACKETED


# a relative clause set off by commas, the date inside it ("He was responding to the decision,
# which Washington confirmed on May 31, to let Kyiv use American arms")
ASIDE_OPENED = re.compile(r",\s+(?:which|who|whom|whose)\s[^,;:.!?“”\"()\n]{0,120}$")
ASIDE_CLOSED = re.compile(r"[^,;:.!?“”\"()\n]{0,60},")
ASIDE_REACH = 140  # characters looked back for the aside's opening (its 120 and ", which ")


MAIN_REACH = 60  # characters at most between a relative aside's closing comma and the main clause's date
# between the aside and the date, the opening of a clause of what the main clause reports: the
# date is that clause's, not the main clause's ("Zelensky, who denied it a day earlier, said that
# Putin would travel on Thursday": the denial was dated the Wednesday after the report, the
# twenty-fifth sweep)
REPORTED_CLAUSE = re.compile(r"\b(?:that|whether|would|will)\b", re.IGNORECASE)


def _main_clause_day(m: Mention, main: Mention, ctx: Clues, dct: dt.date, refs: list[Ref],
                     text: str) -> TimeValue | None:
    """The day of the main clause a count in a relative aside counts from: "Zelensky, who
    denied any involvement in Helsinki a day earlier, travelled on Thursday to the
    Netherlands" is the day before that Thursday, not before the date named last (the
    aside tells of the one whose day the main clause gives). None where the aside's sentence
    names no day of its own right after it."""
    if not _relative_aside(m, text) or (closed := ASIDE_CLOSED.match(text, m.end)) is None \
            or main.start < closed.end() or main.start - closed.end() > MAIN_REACH \
            or re.search(r"[.;:!?“”\"()]|\n\s*\n", text[closed.end():main.start]) \
            or REPORTED_CLAUSE.search(text, closed.end(), main.start) \
            or COMPARISON.match(main.template):
        return None
    iv = interval(resolve_one(main, ctx, dct, refs))
    return iv if iv is not None and iv.granularity == "day" and iv.start == iv.end else None


def _relative_aside(m: Mention, text: str) -> bool:
    """Does the date stand in a relative clause set off by commas, an aside of what the
    sentence tells ("He was responding to the decision, which Washington confirmed on May 31,
    to let Kyiv strike targets across the border. // The following day, ...": the day after
    the paragraph's, not after May 31)? It anchors its own sentence still ("The exchange, which
    Ukrainian media had expected on Friday, took place a day later"), and a clock time there
    the times after it ("which started at around 8pm and ended long after midnight").
    (``resolve`` asks only where a date was named before it, as for a date in brackets.)"""
    return m.type == "DATE" and ASIDE_OPENED.search(text, max(0, m.start - ASIDE_REACH), m.start) is not None \
        and ASIDE_CLOSED.match(text, m.end) is not None


def _narrated(m: Mention, ctx: Clues) -> bool:
    """Does "a day later" open its sentence, set off by a comma? Then the narration moves on to
    that day ("A day later, Peskov said ... // The same day, Zelensky submitted ...": the later
    day), where "rose 5% from a year earlier" only compares."""
    return m.template.startswith("LATER(") and ctx.text[m.end:m.end + 1] == "," \
        and not ctx.text[ctx.sentence_start(m.start + 1, 0):m.start].strip(" \t\n\"'“(") \
        and not APPOSED_DATE.match(ctx.text, m.end + 1)  # ("Four days earlier, on January 28,":
    # the day written out is the one to go on from)


# (or, with no "that", a clause of what would come: "said on Sunday the talks would begin on
# Monday")
SAID_THAT = re.compile(r"[^.;:!?,“”\"]{0,20}?\bthat\b[^.;:!?,]{0,120}$"
                       r"|\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:[\w’'-]+\s+){0,4}?(?:would|was\s+to|were\s+to|"
                       r"was\s+due\s+to|were\s+due\s+to|was\s+going\s+to|were\s+going\s+to)\s+[^.;:!?,“”\"]{0,100}$")
# (never a clause joined after the date's own, ", and the minister said that ..."; nor "would
# have", what did not happen, hostile53)
OPENED_SAID_THAT = re.compile(r",\s+(?!and\b|but\b|while\b|whereas\b)(?:[\w’'-]+\s+){1,5}?(?:said|told|announced|"
                              r"stated|added|wrote|declared|promised|insisted|claimed|confirmed)\b[^.;:!?“”\"]{0,40}?\bthat\b"
                              r"[^.;:!?,“”\"]{0,20}?\b(?:would(?!\s+have\b)|was\s+to|were\s+to|was\s+going\s+to|"
                              r"were\s+going\s+to)\b[^.;:!?“”\"]{0,120}$")
INDEFINITE = re.compile(r"(?<![\w’'-])(?:a|an)\s+$", re.IGNORECASE)
# ... but a weekday naming a day's own words or meeting is that day, the last or the next: "In a
# Sunday interview with CBS's Face the Nation, Rubio said" (probe_events106: no date, and "the
# same day" after it took the day before)
ATTRIBUTIVE_DAY = re.compile(r"\s+(?:(?:television|TV|radio|video|phone|telephone|news|press|joint|"
                             r"late-night|evening|morning)\s+)?(?:interview|statement|speech|address|"
                             r"post|briefing|call|conversation|meeting|broadcast|conference|editorial|"
                             r"column|sermon|message|tweet|rally|summit|session)s?\b")
# ... unless the weekday is a habit's: "holds a Thursday session every week" names no day
# (hostile43)
EVERY_WEEK = re.compile(r"[^.;!?]{0,60}?\b(?:every|each)\s+week\b", re.IGNORECASE)
DIRECTED = re.compile(r"\s+(?:ordered|told|asked|urged|instructed|called\s+on|invited|authori[sz]ed)\s+"
                      r"[^.;:!?,“”\"]{0,80}?\bto\s+[a-z]+\b[^.;:!?“”\"]{0,100}$")
SAID_BEFORE = re.compile(r"\b(?:said|says|told|tells|announced|stated|added|wrote|declared|promised|"
                         r"insisted|claimed|confirmed)\b[^.;:!?,“”\"]{0,50}$")
APPOSED_DATE = re.compile(r"\s*(?:on|in)\s+(?:the\s+)?[A-Z0-9]")


def _neighbour_day(out: list[Timex], i: int, text: str, after_gap: re.Pattern[str],
                   before_gap: re.Pattern[str], time_before: bool = False) -> str | None:
    """The day (YYYY-MM-DD) of the expression right after ``out[i]`` across ``after_gap``, or
    else of the one right before it across ``before_gap`` (with ``time_before``, the day of a
    time of day too: "Monday morning")."""
    if i + 1 < len(out) and DAY.fullmatch(out[i + 1].value) and \
            after_gap.fullmatch(text, out[i].end, out[i + 1].start):
        return out[i + 1].value
    before = out[i - 1].value if i > 0 else ""
    if (DAY.match(before) if time_before else DAY.fullmatch(before)) and \
            before_gap.fullmatch(text, out[i - 1].end, out[i].start):
        return before[:10]
    return None


def _appositions(out: list[Timex], mentions: tuple[Mention, ...], text: str) -> list[Timex]:
    """A count from another date next to the day it names ("A day earlier, on Tuesday,",
    "Three days later, on March 5,", "on Sept. 30, eight days later"): that day."""
    fixed = list(out)
    for i, m in enumerate(mentions):
        if m.template.startswith(("ANAPHOR(", "LATER(")):
            day = _neighbour_day(out, i, text, APPOSITION, COMMA)
            if day is not None:
                fixed[i] = replace(out[i], value=day)
        elif i > 0 and m.type == "DATE" and DAY.fullmatch(out[i - 1].value) \
                and BRACKET_OPEN.fullmatch(text, out[i - 1].end, m.start) and text[m.end:m.end + 1] == ")":
            # "12 June 2014 (Russia Day)", "February 24, 2022 (Thursday morning)": the date's own
            # name in brackets, no other day (each made an event of this year's, hostile33)
            fixed[i] = replace(out[i], value=out[i - 1].value)
        elif m.template.startswith("WEEKDAY(") and i > 0 and DAY.fullmatch(out[i - 1].value) \
                and A_WEEKDAY.fullmatch(text, out[i - 1].end, m.start) \
                and dt.date.fromisoformat(out[i - 1].value).strftime("%A").lower() \
                == text[m.start:m.end].strip().lower():
            # "on March 5, a Saturday,": the weekday of the date before it, not another day
            fixed[i] = replace(out[i], value=out[i - 1].value)
        elif m.template in DEICTIC_DAYS and i + 1 < len(out) and DAY.fullmatch(out[i + 1].value) \
                and DAY.fullmatch(out[i].value) and DATED.fullmatch(text, m.end, out[i + 1].start):
            # "a truce starting tomorrow, May 12" quoted from the day before the article: the
            # date written out is the day meant ("tomorrow" counts from the speaker's day)
            gap = abs(dt.date.fromisoformat(out[i + 1].value) - dt.date.fromisoformat(out[i].value))
            if gap.days <= DEICTIC_SLIP:
                fixed[i] = replace(out[i], value=out[i + 1].value)
        elif m.template in DEICTIC_DAYS and DAY.fullmatch(out[i].value):
            said = _quoted_speech_day(out, i, text)
            if said is not None:
                day = said + dt.timedelta(days=DEICTIC_OFFSET[m.template])
                fixed[i] = replace(out[i], value=day.isoformat())
    return fixed


# a verb of saying between a day and a part of the day after it: the words were said that day
SAID_BETWEEN = re.compile(r"\b(?:said|says|told|tells|added|wrote|declared|announced|insisted|stressed|"
                          r"warned|speaking|spoke|posted|recalled|explained)\b")
# a part of the day named from the article's ("this evening", "later tonight"), lower case
DEICTIC_PART = re.compile(r"(?:(?:earlier|later|early|late)\s+)?(?:this\s+(?:morning|afternoon|evening|night)|tonight)\b")
DEICTIC_OFFSET = {"REL(this,day)": 0, "REL(next,day)": 1, "REL(last,day)": -1}
BRACKET_OPEN = re.compile(r"\s*\(\s*")  # "12 June 2014 (": what a date's name in brackets follows
A_WEEKDAY = re.compile(r",\s+an?\s+|\s+on\s+")  # "March 5, a Saturday": the date's own weekday
# (and a holiday's: "Ukraine marks its Independence Day on Saturday")
# after a quote, who said it and on what day: '"We made a lot of progress today," Rubio told
# reporters in Geneva on Sunday' (published on Monday: "today" is the Sunday)
QUOTE_CLOSE = re.compile(r"[^“”\"\n]{0,400}?[”\"]")
# (never a day the words are about: 'he said of the session due on Friday', hostile50)
SAID_ABOUT = re.compile(r"\b(?:said|says)\s+(?:of|about|regarding)\s+[^.!?;“”\"]*$"
                        r"|\b(?:said|says|told|tells|added|wrote)\b[^.!?;“”\"]*\b(?:due|scheduled|planned|set|slated)\s+"
                        r"(?:for|on|to)\s+(?:the\s+)?$", re.IGNORECASE)
SAID_ON = re.compile(r"[^.!?;“”\"]{0,80}?\b(?:said|says|told|tells|added|wrote|declared|announced|"
                     r"insisted|stressed)\b[^.!?;,“”\"]{0,40}?\s(?:on\s+)?$", re.IGNORECASE)


# a paragraph's end: a blank line, whatever its line ends ("\r\n\r\n") or the spaces on it (a
# "\n\n" alone missed both: a window's edge in another paragraph's quote dated "yesterday" a day
# early again, the twenty-fifth sweep)
BLANK_LINE = re.compile(r"\n[^\S\n]*\n")


def _quoted_speech_day(out: list[Timex], i: int, text: str) -> dt.date | None:
    """The day a quote holding ``out[i]`` ("today", "yesterday", "tomorrow") was said on, where
    the sentence names it after the quote with the speech verb, no comma between ("..., Rubio
    told reporters in Geneva on Sunday"; not "..., Zelensky said, adding that talks would
    follow on Tuesday"), within ``WEEKDAY_SLIP`` days of the expression's own day; else None."""
    before = text[max(0, out[i].start - 400):out[i].start]
    if (para := max((m.start() for m in BLANK_LINE.finditer(before)), default=-1)) >= 0:
        before = before[para:]  # (quotes are counted from the paragraph's
        # start, where there is one in reach: a window's edge inside another paragraph's quote
        # is no quote opened)
    if before.count("“") - before.count("”") <= 0 and before.count('"') % 2 == 0:
        return None  # not inside a quote
    if (opened := _said_before_quote(out, i, text, out[i].start - len(before))) is not None:
        return opened
    close = QUOTE_CLOSE.match(text, out[i].end)
    if close is None or text[close.end() - 2:close.end() - 1] in (".", "!"):
        return None  # (a quote ending its sentence: "...," with the speaker follows, not
        # '"... start tomorrow." // Arakhamia had said on Sunday ...', a sentence of its own)
    for j in range(i + 1, len(out)):
        if out[j].start < close.end():
            continue
        if not DAY_OR_PART.fullmatch(out[j].value) or out[j].start - close.end() > 140 \
                or not SAID_ON.search(text, close.end(), out[j].start) \
                or SAID_ABOUT.search(text, close.end(), out[j].start):
            return None  # (a part of a day is that day's: '"My brother was on Bankova today,"
            # his sister said by telephone on Friday evening', probe_events149)
        said = dt.date.fromisoformat(out[j].value[:10])
        own = dt.date.fromisoformat(out[i].value)
        return said if abs((said - own).days) <= WEEKDAY_SLIP else None
    return None


# the speech verb and its day before a quote in the same sentence: 'Peskov said on Monday that
# the fighting could end "before the end of today"' (published on Tuesday: "today" is the Monday)
SAID_ON_BEFORE = re.compile(r"\b(?:said|says|told|tells|added|wrote|declared|announced|insisted|"
                            r"stressed|warned)\b[^.!?;“”\"]{0,40}?\s(?:on\s+)?$", re.IGNORECASE)
QUOTE_AFTER_SAID = 200  # characters at most between the speech's day and the quote's opening mark


def _said_before_quote(out: list[Timex], i: int, text: str, since: int) -> dt.date | None:
    """The day named with the speech verb before the quote that holds ``out[i]``, in its
    sentence ('Peskov said on Monday that the fighting could end "before the end of today"'),
    within ``WEEKDAY_SLIP`` days of the expression's own day; else None."""
    opening = max(text.rfind("“", since, out[i].start), text.rfind('"', since, out[i].start))
    if opening < 0:
        return None
    for j in range(i - 1, -1, -1):
        if out[j].end > opening:
            continue
        if not DAY.match(out[j].value) or opening - out[j].end > QUOTE_AFTER_SAID \
                or re.search(r"[.!?;](?:\s|$)", text[out[j].end:opening]) \
                or not SAID_ON_BEFORE.search(text, max(0, out[j].start - 60), out[j].start):
            return None
        # (the saying's time of day too: "said on Wednesday evening that ... "tomorrow"")
        said, own = dt.date.fromisoformat(out[j].value[:10]), dt.date.fromisoformat(out[i].value[:10])
        return said if abs((said - own).days) <= WEEKDAY_SLIP else None
    return None


def _quarter_ended(m: Mention, nxt: Mention, ctx: Clues, dct: dt.date,
                   refs: list[Ref]) -> str | None:
    """"The quarter ended Feb. 28" (no other quarter under discussion): the three months to
    that day, as the calendar quarter holding most of them (2013-Q1)."""
    if not ENDED.fullmatch(ctx.text, m.end, nxt.start) or \
            _quarter_ref(refs, ctx, m.start, 2) is not None:
        return None
    end = interval(resolve_one(nxt, ctx, dct, refs))
    if end is None or end.granularity != "day":
        return None
    return quarter_value(shift(end.start, "month", -1))


def _clocks_on_days(out: list[Timex], mentions: tuple[Mention, ...],
                    text: str) -> tuple[Timex, ...]:
    """A clock time takes the day named right after it ("at 10:35 a.m. (0735 GMT) Friday") or
    right before it ("Monday morning at nine o'clock") instead of the article's."""
    fixed = list(out)
    for i, clock in enumerate(out):
        if mentions[i].template.startswith("REL(this,day)T"):
            day = _neighbour_day(out, i, text, CLOCK_DAY, DAY_CLOCK, time_before=True)
            if day is not None:
                fixed[i] = replace(clock, value=day + clock.value[10:])
    return tuple(fixed)
