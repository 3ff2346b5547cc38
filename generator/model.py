"""The typed values that flow through the pipeline. All frozen: stages return new values."""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property

GRANULARITIES = ("day", "weekend", "week", "month", "quarter", "season", "half", "year", "decade",
                 "century")
"""Finest first. A claim matches a gold entry at the same or a finer granularity."""


@dataclass(frozen=True)
class TimeValue:
    """A date as an interval with its granularity; never padded with an invented day."""

    start: dt.date
    end: dt.date
    granularity: str

    def overlaps(self, other: TimeValue) -> bool:
        return self.start <= other.end and other.start <= self.end

    def to_json(self) -> dict[str, str]:
        return {
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "granularity": self.granularity,
        }


@dataclass(frozen=True)
class Timex:
    """A TIMEX3 found in a text: offsets into that text, TimeML type and value."""

    start: int
    end: int
    text: str
    type: str  # DATE | TIME | DURATION | SET
    value: str
    mod: str | None = None
    rule: str = ""

    def shifted(self, offset: int) -> Timex:
        """The same expression with offsets moved by ``offset`` (body -> raw file)."""
        return Timex(self.start + offset, self.end + offset, self.text, self.type, self.value,
                     self.mod, self.rule)


@dataclass(frozen=True)
class Follows:
    """The earlier report that a rewrite follows (so it is not an independent source)."""

    outlet: str | None
    url: str | None
    published: dt.date | None


@dataclass(frozen=True)
class Source:
    """One article file, validated. ``raw`` is the whole file; the body starts at ``body_start``."""

    id: str
    path: str
    url: str
    title: str
    published: dt.date
    raw: str
    body_start: int
    outlet: str | None = None
    author: str | None = None
    language: str | None = None
    published_estimated: bool = False
    follows: Follows | None = None
    known_errors: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    extra: tuple[tuple[str, object], ...] = ()

    @property
    def body(self) -> str:
        return self.raw[self.body_start:]

    @cached_property
    def _line_starts(self) -> list[int]:
        starts, i = [0], self.raw.find("\n")
        while i != -1:
            starts.append(i + 1)
            i = self.raw.find("\n", i + 1)
        return starts

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based line and column of a character offset into ``raw`` (a binary search over
        the line starts, found once: many claims in one long file stay cheap)."""
        line = bisect.bisect_right(self._line_starts, offset)
        return line, offset - self._line_starts[line - 1] + 1


@dataclass(frozen=True)
class Sentence:
    """A sentence of a source: ``raw[start:end] == text``."""

    start: int
    end: int
    text: str
    paragraph: int
    kind: str = "text"  # text | heading | caption | dateline | credit | furniture (text.py)

    @property
    def heading(self) -> bool:
        return self.kind == "heading"

    @property
    def carries_claims(self) -> bool:
        """Datelines, photo credits and page furniture state nothing dated."""
        return self.kind in ("text", "heading", "caption")


@dataclass(frozen=True)
class Attribution:
    """Who a claim is reported as coming from: the words used, and the registry entity if known."""

    text: str
    entity: str | None = None


@dataclass(frozen=True)
class Claim:
    """A sentence of a source with the date it states (explicit), the date of the heading it
    stands under (heading: "## 16 May 2025"), or its report's date (publication)."""

    id: str
    source: str
    text: str
    start: int
    end: int
    line: int
    when: TimeValue
    basis: str  # "explicit" | "heading" | "publication" (and "undated", "linked": recalls.py)
    timex: Timex | None = None
    attribution: Attribution | None = None
    actors: tuple[str, ...] = ()  # entity ids of people and organisations, in order of mention
    places: tuple[str, ...] = ()  # entity ids of places
    mentions: tuple[tuple[int, int, str], ...] = ()  # (start, end, entity id) in ``text``, in order
    part: str = "text"  # where the sentence stands: text | heading | caption (text.py)
    # the person (entity id) the "he" or "she" the sentence opens on means, where it says no
    # speaker ("He met Indonesia's President ..."): who the sentence's title names
    subject: str | None = None
    # the name the "The ..." the sentence opens on means in its article ("The summit ended ..."
    # after "the Alaska summit": "Alaska summit"), for titles only (claims.described)
    described: str | None = None

    @property
    def stated(self) -> bool:
        """Is the claim's date one its article states, in the sentence or its section's heading
        (not its report's date, nor a recalled happening's)?"""
        return self.basis in ("explicit", "heading")


@dataclass(frozen=True)
class Event:
    """A happening: the claims of one or more sources about it."""

    id: str
    title: str
    when: TimeValue
    claims: tuple[str, ...]
    sources: tuple[str, ...]
    conflicts: tuple[dict, ...] = field(default_factory=tuple)
    actors: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    independent: int = 1  # sources that do not follow one another's report
    notes: tuple[str, ...] = ()  # editors' curation notes, shown with the event
    errors: tuple[tuple[str, str], ...] = ()  # (claim id, why editors mark it as an error)
    hidden: tuple[tuple[str, str], ...] = ()  # (claim id, why editors hid it)
    kind: str = "happening"  # or "background": every claim recalls it in passing (events.py)
    summary: str = ""  # its best complete sentence (events.summary_of)

    @property
    def moved(self) -> bool:
        """Was a date of it a plan that moved to a later date (events.conflicts_of)?"""
        return any(v.get("planned") for v in self.conflicts)

    @property
    def disputed(self) -> bool:
        """Do its sources disagree on its date (not a plan that moved)?"""
        return bool(self.conflicts) and not self.moved


@dataclass(frozen=True)
class Phase:
    """A chapter of the story, named by the editors (curation.yaml): the timeline page groups
    the events that start within its dates under its title and paragraph of context."""

    title: str
    start: dt.date
    end: dt.date
    text: str = ""


@dataclass(frozen=True)
class Reply:
    """An event that answers another (curation.yaml's ``reply``/``response_to``), with why."""

    event: str  # the reply's event id
    response_to: str  # the id of the event it answers
    reason: str


@dataclass(frozen=True)
class Timeline:
    """Everything extracted from a set of sources, ready to export or render."""

    sources: tuple[Source, ...]
    claims: tuple[Claim, ...]
    events: tuple[Event, ...]
    phases: tuple[Phase, ...] = ()  # the editors' story (curation.py: story_of), oldest first
    replies: tuple[Reply, ...] = ()


@dataclass(frozen=True)
class Page:
    """A generated file: path relative to the docs folder, and its text."""

    path: str
    text: str

    def pieces(self) -> tuple[str, ...]:
        """The text in pieces, to be written one after the other (``Pieced``)."""
        return (self.text,)


class Pieced(Page):
    """A page given as pieces of text, written piece by piece and joined only where its
    ``text`` is asked for: the JSON export of 10,000 sources is 80 MB, held already as its
    records (the page cache keeps them), and joined it was held twice at the peak of a
    build (rendering). Equal to a ``Page`` of the same path and text."""

    def __init__(self, path: str, parts: Iterable[str]):
        object.__setattr__(self, "path", path)
        object.__setattr__(self, "parts", tuple(parts))

    @property
    def text(self) -> str:  # type: ignore[override]
        return "".join(self.parts)

    def pieces(self) -> tuple[str, ...]:
        return self.parts

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Page) and (self.path, self.text) == (other.path, other.text)

    def __hash__(self) -> int:
        return hash((self.path, self.text))

    def __repr__(self) -> str:
        return f"Pieced(path={self.path!r}, parts={len(self.parts)})"
