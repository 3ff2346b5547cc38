"""Editors' curation: a YAML file in sources/ (``curation.yaml``) applied at every build.

Each entry is one decision with a ``reason`` that the site shows::

    - merge: [e-1a2b3c4d5e, e-6f7a8b9c0d]     # into the first event
      reason: "Both report the Beijing press conference"
    - split: [c-0123456789]                    # these claims become an event of their own
      title: "Zelensky offers Kyiv instead"     # optional
      reason: "A reply, not the invitation"
    - title: e-1a2b3c4d5e
      text: "In Beijing, Putin invites Zelensky to Moscow"
      reason: "Clearer"
    - date: e-1a2b3c4d5e
      start: 2025-09-03
      end: 2025-09-03
      granularity: day
      reason: "The press conference was on Wednesday"
    - hide: c-0123456789
      reason: "A caption, not a claim"
    - error: c-0123456789
      reason: "The original report says Wednesday"

The story (see ``story_of``): phases that the timeline page is organised by, and replies::

    - phase: "The Istanbul rounds"             # a title
      start: 2025-05-01
      end: 2025-07-31
      text: "Direct talks resume in Istanbul…"  # optional: a paragraph of context
    - reply: e-1a2b3c4d5e                       # this event answers
      response_to: e-6f7a8b9c0d                 # that one
      reason: "Kyiv's answer to the invitation"

Decisions apply in file order. An event id written against an earlier build that is no longer
an event's id still applies: it came from a claim, and names the event now holding that claim
(generator/permalinks.py). Ids that match nothing are errors naming the file and line.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from pathlib import Path

import yaml

from generator.model import GRANULARITIES, Claim, Event, Phase, Reply, Source, TimeValue
from generator.problems import InputError, Problem
from generator.sources import CURATION
from generator.sources import shown as shown_text
from generator.timex.resolve import value_at
from generator.timex.values import interval

FILENAME = CURATION  # (one name: sources.py warns of one in a subfolder)
ACTIONS = ("merge", "split", "title", "date", "hide", "error", "phase", "reply")
STORY = ("phase", "reply")  # the story's entries: they change no event (story_of reads them)
# the keys each decision takes besides its action's own: any other is a typo that would be
# ignored without a word (`granularty: month` left a day, `titel:` a split untitled). A phase
# may carry a reason like every other decision (it is not shown).
KEYS = {"merge": ("reason",), "split": ("title", "reason"), "title": ("text", "reason"),
        "date": ("start", "end", "granularity", "reason"), "hide": ("reason",),
        "error": ("reason",), "phase": ("start", "end", "text", "reason"),
        "reply": ("response_to", "reason")}
LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(frozen=True)
class Decision:
    action: str
    target: tuple[str, ...]  # event ids (merge, title, date) or claim ids (split, hide, error)
    reason: str
    where: str
    line: int
    text: str | None = None  # title
    when: TimeValue | None = None  # date


# The longest a decision's reason and a new title may be, in characters: a hide or error
# decision's reason is shown again with each claim it names, so one reason of 1 MB over 500
# claims made a timeline.json and event pages of gigabytes from a curation file of 1 MB
# (docs/benchmarks.md, "A fourth sweep"). The editors' longest has 159 characters; a new title
# has the limit of a source's title (generator/sources.py: LONGEST).
LONGEST_REASON, LONGEST_TITLE = 2_000, 1_000

# the dates a decision may give: datetime's range, less a day at the end (pages show the day
# after an event's end: 31 December 9999 has none)
FIRST_DAY, LAST_DAY = dt.date(1, 1, 1), dt.date(9999, 12, 30)


def _plain(node: yaml.Node, seen: set[int]) -> object:
    """YAML node -> plain Python, scalars kept as text. Aliases and keys given twice are
    refused (YAML keeps the last of two keys silently: an editor's first value would vanish)."""
    if id(node) in seen:
        raise ValueError("YAML aliases are not allowed")
    seen.add(id(node))
    if isinstance(node, yaml.ScalarNode):
        # YAML's null is none (as in sources): 'reason: ~' passed as the reason "~", shown on
        # the site, and a split's 'title: null' titled its event "null"
        if node.tag == "tag:yaml.org,2002:null" or (
                node.style is None and node.value in ("~", "null", "Null", "NULL")):
            return None
        return node.value
    if isinstance(node, yaml.SequenceNode):
        return [_plain(n, seen) for n in node.value]
    out: dict[str, object] = {}
    for k, v in node.value:
        key = str(_plain(k, seen))
        if key in out:
            raise ValueError(f"'{key}' is given twice (line {k.start_mark.line + 1}); keep one")
        out[key] = _plain(v, seen)
    return out


def _day(value: object) -> dt.date:
    """A date written YYYY-MM-DD, as the messages ask; ValueError otherwise. Python's
    ``fromisoformat`` alone took '20250101' and '2025-W01-3' as well (a typo read as a day)."""
    if not isinstance(value, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value.strip()):
        raise ValueError(value)
    return dt.date.fromisoformat(value.strip())


def _blank(text: object) -> bool:
    """Not a text, or one that shows nothing (sources.blank: a zero-width space passed as a
    reason or a title)."""
    from generator.sources import blank

    return not isinstance(text, str) or blank(text)


def _control(item: dict) -> str | None:
    """The first text of an decision holding a control character, described."""
    from generator.sources import control_in

    return control_in(item)


def parse_curation(text: str, where: str) -> tuple[Decision, ...]:
    """Validate a curation file; InputError lists every problem with its line."""
    try:
        root = yaml.compose(text, Loader=LOADER)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise InputError((Problem(where, mark.line + 1 if mark else None, None,
                                  f"invalid YAML: {getattr(exc, 'problem', exc)}"),)) from None
    if root is None:
        return ()
    if not isinstance(root, yaml.SequenceNode):
        raise InputError((Problem(where, 1, None, "expected a list of decisions (- merge: …, "
                                  "- split: …, - title: …, - date: …, - hide: …, - error: …)"),))
    problems: list[Problem] = []
    decisions: list[Decision] = []
    seen: set[int] = set()  # the whole file's nodes: a decision repeated by alias is refused too
    for node in root.value:
        line = node.start_mark.line + 1
        try:
            item = _plain(node, seen)
        except ValueError as exc:
            problems.append(Problem(where, line, None, str(exc)))
            continue
        if not isinstance(item, dict):
            problems.append(Problem(where, line, None, "a decision must be a mapping"))
            continue
        if (bad_text := _control(item)) is not None:
            problems.append(Problem(where, line, None, bad_text))
            continue
        # a split may carry the new event's `title`; that is not the title action
        actions = [a for a in ACTIONS if a in item and not (a == "title" and "split" in item)]
        if len(actions) != 1:
            problems.append(Problem(where, line, None, "a decision names exactly one of "
                                    + ", ".join(ACTIONS)))
            continue
        action = actions[0]
        unknown = [k for k in item if k != action and k not in KEYS[action]]
        if unknown:
            problems.append(Problem(where, line, None, f"{action}: unknown key {unknown[0]!r}; "
                                    f"a {action} takes " + ", ".join(KEYS[action])))
            continue
        if action in STORY:
            found = _story_entry(item, action, where, line)
            (problems if isinstance(found, Problem) else decisions).append(found)
            continue
        reason = item.get("reason")
        if _blank(reason):
            problems.append(Problem(where, line, None, f"{action}: 'reason' is missing; every "
                                    "decision says why (the site shows it)"))
            continue
        if len(reason) > LONGEST_REASON:
            problems.append(Problem(where, line, None, f"{action}: 'reason' is {len(reason):,} "
                                    f"characters long; the limit is {LONGEST_REASON:,} (it is "
                                    "shown again with each claim it names)"))
            continue
        raw = item[action]
        target = tuple(raw) if isinstance(raw, list) else (raw,)
        if not target or not all(isinstance(t, str) for t in target):
            problems.append(Problem(where, line, None, f"{action}: expected an id or a list of ids"))
            continue
        prefix = "e-" if action in ("merge", "title", "date") else "c-"
        bad = [t for t in target if not t.startswith(prefix)]
        if bad:
            kind = "event ids (e-…)" if prefix == "e-" else "claim ids (c-…)"
            problems.append(Problem(where, line, None, f"{action}: {bad[0]!r} is not one of the "
                                    f"{kind} it takes"))
            continue
        if action == "merge" and len(target) < 2:
            problems.append(Problem(where, line, None, "merge: name two events or more"))
            continue
        if action in ("title", "date") and len(target) > 1:
            # (hostile30: "title: [A, B]" retitled A alone, B silently as it was)
            problems.append(Problem(where, line, None, f"{action}: name one event; give each "
                                    f"its own {action} (or merge them first)"))
            continue
        text = item.get("text") if action == "title" else item.get("title")
        if text is not None and not isinstance(text, str):  # a list was "missing" in a title
            # and dropped without a word from a split (the new event untitled)
            key = "text" if action == "title" else "title"
            kind = "a list" if isinstance(text, list) else "a mapping" \
                if isinstance(text, dict) else repr(text)
            problems.append(Problem(where, line, None, f"{action}: '{key}' (the new title) is "
                                    f"{kind}; expected text"))
            continue
        if action == "title" and _blank(text):
            problems.append(Problem(where, line, None, "title: 'text' (the new title) is missing"
                                    if text is None or not text.strip() else
                                    f"title: 'text' (the new title) is \"{shown_text(text)}\", which "
                                    "shows nothing; expected text"))  # (hostile28: "missing")
            continue
        if isinstance(text, str):  # a title is one line ("text: |" kept its line ends in the
            text = " ".join(text.split())  # feeds and the CSV, where pages joined them; hostile27)
        if isinstance(text, str) and len(text) > LONGEST_TITLE:
            key = "text" if action == "title" else "title"
            problems.append(Problem(where, line, None, f"{action}: '{key}' (the new title) is "
                                    f"{len(text):,} characters long; the limit is "
                                    f"{LONGEST_TITLE:,}"))
            continue
        when = None
        if action == "date":
            try:
                start = _day(item.get("start"))
                end = _day(item.get("end", item.get("start")))
                granularity = str(item.get("granularity", "day"))
                if granularity not in GRANULARITIES or end < start:
                    raise ValueError
                when = TimeValue(start, end, granularity)
            except ValueError:  # fromisoformat refuses years past 9999 and before 1
                problems.append(Problem(where, line, None, "date: expected start and end as "
                                        "YYYY-MM-DD (end not before start) and a granularity: "
                                        + ", ".join(GRANULARITIES)))
                continue
        if when is not None and (misfit := _misfit(when)) is not None:
            # (hostile30: a weekend from a Wednesday to itself was shown as "weekend of 3–3
            # September 2025")
            problems.append(Problem(where, line, None, f"date: {misfit}"))
            continue
        if when is not None and not (FIRST_DAY <= when.start and when.end <= LAST_DAY):
            problems.append(Problem(where, line, None, f"date: {when.end.isoformat()} is out of "
                                    f"range; expected a date up to {LAST_DAY.isoformat()}"))
            continue
        decisions.append(Decision(action, target, reason.strip(), where, line,
                                  text.strip() if not _blank(text) else None, when))
    if problems:
        raise InputError(tuple(problems))
    return tuple(decisions)


def _story_entry(item: dict, action: str, where: str, line: int) -> Decision | Problem:
    """A phase (as a Decision: ``text`` its title, ``when`` its dates, ``reason`` its paragraph
    of context) or a reply (``target`` = (reply, answered event)), or the Problem with it."""
    if action == "phase":
        title, context = item.get("phase"), item.get("text", "")
        if _blank(title):
            return Problem(where, line, None, "phase: expected a title (phase: \"The Istanbul rounds\")")
        if not isinstance(context, str):
            return Problem(where, line, None, "phase: 'text' must be a paragraph of text")
        try:
            start = _day(item.get("start"))
            end = _day(item.get("end"))
            if end < start:
                raise ValueError
        except ValueError:
            return Problem(where, line, None, "phase: expected start and end as YYYY-MM-DD (end "
                           "not before start)")
        if not (FIRST_DAY <= start and end <= LAST_DAY):
            return Problem(where, line, None, f"phase: {end.isoformat()} is out of range; "
                           f"expected a date up to {LAST_DAY.isoformat()}")
        return Decision("phase", (), " ".join(context.split()), where, line,
                        " ".join(title.split()), TimeValue(start, end, "day"))
    reply, answered, reason = item.get("reply"), item.get("response_to"), item.get("reason")
    if not (isinstance(reply, str) and reply.startswith("e-") and isinstance(answered, str)
            and answered.startswith("e-")):
        return Problem(where, line, None, "reply: expected an event id (e-…) and, as "
                       "response_to, the event id it answers")
    if _blank(reason):
        return Problem(where, line, None, "reply: 'reason' is missing; every decision says why "
                       "(the site shows it)")
    return Decision("reply", (reply, answered), reason.strip(), where, line)


def story_of(events: tuple[Event, ...], claims: tuple[Claim, ...],
             decisions: tuple[Decision, ...]) -> tuple[tuple[Phase, ...], tuple[Reply, ...]]:
    """The editors' phases (oldest first) and replies, against the events after curation. An
    older event id still names the event now holding its claim (as in apply_curation); ids that
    name no shown event are errors with the file and line."""
    from generator.permalinks import alias_claims

    shown = {e.id: e for e in events if e.claims}
    holder = {c: e.id for e in shown.values() for c in e.claims}
    claim_of_alias = alias_claims({c.id: c for c in claims})

    def resolve(target: str) -> str | None:
        if target in shown:
            return target
        return holder.get(claim_of_alias.get(target, ""))

    phases, replies, problems = [], [], []
    hidden = {e.id for e in events if not e.claims and e.hidden}
    # the replies given so far, as pairs, as a graph (an event -> those it answers) and the
    # events some reply answers: a reply closes a ring only where its event is answered, so a
    # chain of thousands is checked in linear time (it was quadratic, hostile35)
    given: set[tuple[str, str]] = set()
    answers: dict[str, list[str]] = {}
    answered: set[str] = set()
    for d in decisions:
        if d.action == "phase" and d.when is not None:
            phases.append(Phase(d.text or "", d.when.start, d.when.end, d.reason))
        elif d.action == "reply":
            ids = [resolve(t) for t in d.target]
            unknown = [t for t, r in zip(d.target, ids, strict=True) if r is None]
            if unknown and unknown[0] in hidden:  # (hostile26: "no event has the id" of an
                # event timeline.json lists)
                problems.append(Problem(d.where, d.line, None, f"reply: every claim of the event "
                                        f"{unknown[0]} is hidden, so it is not shown and no reply "
                                        "can name it; remove the reply or hide fewer claims"))
            elif unknown:
                problems.append(Problem(d.where, d.line, None, f"reply: no event has the id "
                                        f"{shown_text(unknown[0])} (see timeline.json for ids)"))
            elif ids[0] == ids[1]:
                problems.append(Problem(d.where, d.line, None, "reply: an event cannot answer "
                                        "itself"))
            elif (ids[0], ids[1]) in given:
                # (the same reply twice: each page listed it twice, hostile34)
                problems.append(Problem(d.where, d.line, None, f"reply: {ids[0]} already answers "
                                        f"{ids[1]} (an entry above says so); remove this one"))
            elif ids[0] in answered and (chain := _answered_by(ids[0], ids[1], answers)) is not None:
                # (events answering each other, two or more in a ring: each page said it
                # answered the next and was answered by the one before, hostile33, hostile34)
                through = f" (through {', '.join(chain[1:-1])})" if len(chain) > 2 else ""
                problems.append(Problem(d.where, d.line, None, f"reply: {ids[1]} already answers "
                                        f"{ids[0]}{through}; an event cannot answer the one that "
                                        "answers it"))
            else:
                replies.append(Reply(ids[0], ids[1], d.reason))
                given.add((ids[0], ids[1]))
                answers.setdefault(ids[0], []).append(ids[1])
                answered.add(ids[1])
    if problems:
        raise InputError(tuple(problems))
    return tuple(sorted(phases, key=lambda p: (p.start, p.end, p.title))), tuple(replies)


def _answered_by(event: str, answered: str, answers: dict[str, list[str]]) -> list[str] | None:
    """The replies by which ``answered`` already answers ``event``, directly or through
    others (``answered`` -> ... -> ``event``; ``answers``: each event -> those it answers), if
    any: one reply more would close a ring."""
    path = {answered: answered}  # each event reached -> the one it was reached from
    todo = [answered]
    while todo:
        at = todo.pop()
        for nxt in answers.get(at, ()):
            if nxt not in path:
                path[nxt] = at
                todo.append(nxt)
    if event not in path:
        return None
    chain = [event]
    while chain[-1] != answered:
        chain.append(path[chain[-1]])
    return chain[::-1]


def _misfit(when: TimeValue) -> str | None:
    """Why a date an editor gives does not fit its granularity (None: it does): the site names
    a date by its granularity ("weekend of 6-7 September", "Q3 2025", "winter 2025-2026"), so
    the start and end must be that unit's own, as the tagger's calendar gives it (a week is
    named by the day it starts, "week of 3 September": seven days at most, as "earlier this
    week" is; a day may span days).

    >>> import datetime as dt
    >>> _misfit(TimeValue(dt.date(2025, 9, 3), dt.date(2025, 9, 3), "weekend"))
    'a weekend runs from a Saturday to the Sunday after it (2025-09-03 is a Wednesday)'
    >>> _misfit(TimeValue(dt.date(2025, 9, 6), dt.date(2025, 9, 7), "weekend")) is None
    True
    >>> _misfit(TimeValue(dt.date(2025, 9, 1), dt.date(2026, 4, 30), "quarter"))
    'a quarter runs from its first day to its last: the one of 2025-09-01 from 2025-07-01 to 2025-09-30'
    >>> _misfit(TimeValue(dt.date(9999, 12, 1), dt.date(9999, 12, 31), "month"))
    'a month of 9999-12-01 ends after the last day a date may have (9999-12-30)'
    """
    s, e = when.start, when.end
    day = s.strftime("%A")
    g = when.granularity
    if g == "day":
        return None
    if g == "weekend":
        return None if s.isoweekday() == 6 and (e - s).days == 1 else \
            f"a weekend runs from a Saturday to the Sunday after it ({s.isoformat()} is a {day})"
    if g == "week":
        return None if (e - s).days <= 6 else "a week is seven days at most (the site names it by its first day)"
    unit = interval(value_at(s, g))
    if unit is None or unit.end > LAST_DAY:
        return f"a {g} of {s.isoformat()} ends after the last day a date may have ({LAST_DAY.isoformat()})"
    if unit.start.year < 100:
        return f"a {g} of the year {s.year} reads as a day on the site (\"January {s.year}\"); years from 100 on"
    if (unit.start, unit.end) != (s, e):
        if g == "month":
            return "a month runs from its first day to its last (start: YYYY-MM-01, end: its last day)"
        if g == "year":
            return "a year runs from 1 January to 31 December of one year"
        return (f"a {g} runs from its first day to its last: the one of {s.isoformat()} from "
                f"{unit.start.isoformat()} to {unit.end.isoformat()}")
    return None


def load_curation(folder: Path, where: str) -> tuple[Decision, ...]:
    """The curation file of a sources folder, if it has one (I/O)."""
    from generator.sources import read_text

    path = folder / FILENAME
    if path.is_dir():
        raise InputError((Problem(where, None, None, "is a folder; expected a YAML file of "
                                  "decisions (see docs/curation.md)"),))
    if not path.exists() and not path.is_symlink():
        return ()
    if path.is_symlink() and path.exists() \
            and not (target := path.resolve()).is_relative_to(folder.resolve()):
        # (hostile29: a link to /etc/passwd was read, and refused only as "expected a list of
        # decisions"; a source linked outside the folder is refused the same way)
        raise InputError((Problem(where, None, None, f"is a symbolic link to {target.as_posix()}, "
                                  "outside the sources folder; copy the file in instead"),))
    text, problem = read_text(path, where)  # not UTF-8, binary, too large: named, not raised
    if problem is not None:
        raise InputError((problem,))
    return parse_curation(text, where)


def apply_curation(events: tuple[Event, ...], claims: tuple[Claim, ...],
                   sources: tuple[Source, ...], decisions: tuple[Decision, ...]) -> tuple[Event, ...]:
    """Events after the editors' decisions, in order. Unknown ids raise InputError."""
    from generator.events import event_id, id_claim, rebuild  # events imports nothing from here
    from generator.permalinks import alias_claims

    by_claim = {c.id: c for c in claims}
    source_of = {s.id: s for s in sources}
    current = {e.id: e for e in events}
    problems: list[Problem] = []

    def event_holding(claim_id: str) -> Event | None:
        return next((e for e in current.values()
                     if claim_id in e.claims or claim_id in dict(e.hidden)), None)

    def members(e: Event) -> list[Claim]:
        return [by_claim[c] for c in e.claims]

    claim_of_alias = alias_claims(by_claim)

    def resolve(target: str) -> str:
        """An event id as it is now. An older one (an alias: the id another of the event's
        claims would give) names the event now holding that claim; unknown ids stay."""
        if target in current or target not in claim_of_alias:
            return target
        holder = event_holding(claim_of_alias[target])
        return target if holder is None else holder.id

    def free(preferred: str, claims_of: list[Claim]) -> str:
        """An id for an event made by a split: ``preferred`` (the id its first claim gives,
        stable across builds), else another of its claims', else one derived from all of them;
        never the id of another event, which it would overwrite."""
        candidates = [preferred] + [event_id(c.id) for c in sorted(claims_of, key=lambda c: c.id)]
        for candidate in candidates:
            if candidate not in current:
                return candidate
        joined = ",".join(sorted(c.id for c in claims_of))
        n = 0
        while (candidate := event_id(f"{joined}#{n}")) in current:
            n += 1
        return candidate

    def hidden_only(e: Event) -> Event:
        """An event whose claims are all hidden: kept in the data (with the reasons), not shown."""
        return replace(e, claims=(), sources=(), conflicts=())

    # the line of the decision that titled or dated each event: a second one for the same
    # event replaced the first without a word (the same id twice, or two older ids that now
    # name one event)
    given: dict[tuple[str, str], Decision] = {}
    # the editors' dates by event: a merge, split, hide or error after a date decision made
    # the event's date again from its claims, and the editor's date was lost without a word
    # (its reason still shown); set again once every decision is applied
    dated: dict[str, TimeValue] = {}
    titled: dict[str, str] = {}  # and their titles (kept by every other decision)
    for d in decisions:
        if d.action in STORY:  # the story changes no event: story_of reads it
            continue
        if d.action in ("merge", "title", "date"):  # two old ids may now name one event: once
            d = replace(d, target=tuple(dict.fromkeys(resolve(t) for t in d.target)))
        else:
            d = replace(d, target=tuple(dict.fromkeys(d.target)))  # a claim named twice: once
        unknown = [t for t in d.target if (t not in current if t.startswith("e-")
                                            else t not in by_claim)]
        if unknown:
            kind = "event" if unknown[0].startswith("e-") else "claim"
            problems.append(Problem(d.where, d.line, None, f"{d.action}: no {kind} has the id "
                                    f"{shown_text(unknown[0])} (see timeline.json for ids)"))
            continue
        note = f"{d.reason}"
        if d.action == "merge":
            first, *rest = [current[t] for t in d.target]
            claims_of = members(first) + [c for e in rest for c in members(e)]
            for e in rest:
                del current[e.id]
            kept = [dated.pop(e.id) for e in (first, *rest) if e.id in dated]
            if kept:  # the first event's own date, else the first merged event's
                dated[first.id] = kept[0]
            titles = [titled.pop(e.id) for e in (first, *rest) if e.id in titled]
            if titles:  # the same for an editor's title
                titled[first.id] = titles[0]
            for action in ("title", "date"):
                # ... and the decision that gave it: a title or date given later to the merged
                # event is a second one (hostile29: "title: A", "merge: [B, A]", "title: B"
                # lost A's title without a word)
                lines = [given.pop((action, e.id)) for e in (first, *rest) if (action, e.id) in given]
                if len(lines) > 1:
                    # (hostile30: two titled events merged kept the first title, the other
                    # lost without a word)
                    problems.append(Problem(d.where, d.line, None, f"merge: joins events each "
                                            f"given a {action} (at lines {lines[0].line} and "
                                            f"{lines[1].line}); keep one of the two decisions"))
                if lines:
                    given[(action, first.id)] = lines[0]
            # the reasons given for the events merged in stay with the event (they were
            # dropped, with the title or date they explain)
            merged = replace(first, title=titles[0] if titles else first.title,
                             notes=first.notes + tuple(n for e in rest for n in e.notes) + (note,),
                             hidden=first.hidden + tuple(h for e in rest for h in e.hidden),
                             errors=first.errors + tuple(x for e in rest for x in e.errors))
            current[first.id] = rebuild(merged, claims_of, sources) if claims_of \
                else hidden_only(merged)
        elif d.action == "split":
            ids = set(d.target)
            moved = [by_claim[t] for t in d.target]
            moved_ids = {event_id(c.id) for c in moved}
            moved_hidden: list[tuple[str, str]] = []
            moved_errors: list[tuple[str, str]] = []
            # what the editors gave an event the split takes whole goes with its claims to the
            # new event (hostile30: "date: A" then a split of all A's claims, or a split's own
            # date then the same claim split again, lost the date without a word)
            taken: dict[str, tuple[Decision, object]] = {}
            for e in list(current.values()):
                if not ids & (set(e.claims) | {c for c, _ in e.hidden}):
                    continue
                del current[e.id]
                date = dated.pop(e.id, None)  # stays with what is left of the event
                title = titled.pop(e.id, None)
                moved_hidden += [h for h in e.hidden if h[0] in ids]
                moved_errors += [x for x in e.errors if x[0] in ids]
                left = [c for c in members(e) if c.id not in ids]
                rest = replace(e, hidden=tuple(h for h in e.hidden if h[0] not in ids),
                               errors=tuple(x for x in e.errors if x[0] not in ids))
                if not left:  # (hostile31: and of an event left with hidden claims only, the
                    # title and date went nowhere shown: "title: A", "hide" one of A's claims,
                    # then a split of the rest)
                    for action, value in (("title", title), ("date", date)):
                        if (given_by := given.pop((action, e.id), None)) is None:
                            continue
                        if action in taken:
                            problems.append(Problem(d.where, d.line, None, f"split: takes whole "
                                                    f"two events given a {action} (at lines "
                                                    f"{taken[action][0].line} and {given_by.line}); "
                                                    "keep one of the two decisions"))
                        else:
                            taken[action] = (given_by, value)
                    if not rest.hidden:
                        continue
                    date = title = None
                # an event keeps its id while it keeps the claim the id came from; else it
                # takes its earliest-published claim's (the new event may need the old id,
                # and the old address follows the claim)
                keep = left or [by_claim[c] for c, _ in rest.hidden]
                own = e.id if e.id not in moved_ids else \
                    free(event_id(id_claim(keep, source_of).id), keep)
                rest = replace(rest, id=own)
                for action in ("title", "date"):  # (the decisions stay with them too)
                    if (action, e.id) in given:
                        given[(action, own)] = given.pop((action, e.id))
                if date is not None:
                    dated[own] = date
                if title is not None:
                    titled[own] = title
                current[own] = rebuild(rest, left, sources) if left else hidden_only(rest)
            hidden_ids = {c for c, _ in moved_hidden}
            shown = [c for c in moved if c.id not in hidden_ids]
            new_id = free(event_id(moved[0].id), moved)
            if d.text and "title" in taken:
                problems.append(Problem(d.where, d.line, None, f"split: the event it takes whole "
                                        f"is given a title at line {taken['title'][0].line} "
                                        "already; keep one of the two decisions"))
            elif d.text:  # the split's own title is an editor's title (hostile30: a merge or
                # a "title:" after it lost or replaced it without a word)
                taken["title"] = (d, d.text)
            template = Event(new_id, d.text or moved[0].text, moved[0].when, (), (),
                             notes=(note,), hidden=tuple(moved_hidden), errors=tuple(moved_errors))
            current[new_id] = rebuild(template, shown, sources, keep_title=bool(d.text)) \
                if shown else hidden_only(template)
            for action, (given_by, value) in taken.items():
                given[(action, new_id)] = given_by
                if action == "title" and value is not None:
                    titled[new_id] = value
                    current[new_id] = replace(current[new_id], title=value)
                elif action == "date" and value is not None:
                    dated[new_id] = value
        elif d.action in ("title", "date") and (d.action, d.target[0]) in given:
            first = given[(d.action, d.target[0])]
            problems.append(Problem(d.where, d.line, None, f"{d.action}: the event "
                                    f"{d.target[0]} is given a {d.action} at line {first.line} "
                                    "already; keep one of the two decisions"))
        elif d.action == "title":
            given[("title", d.target[0])] = d
            e = current[d.target[0]]
            if d.text:
                titled[e.id] = d.text
            current[e.id] = replace(e, title=d.text or e.title, notes=e.notes + (note,))
        elif d.action == "date":
            given[("date", d.target[0])] = d
            e = current[d.target[0]]
            if d.when is not None:
                dated[e.id] = d.when
            current[e.id] = replace(e, when=d.when or e.when, notes=e.notes + (note,))
        elif d.action in ("hide", "error"):
            for claim_id in d.target:
                e = event_holding(claim_id)
                if e is None:
                    continue
                if d.action == "hide":
                    if claim_id in dict(e.hidden):
                        continue  # hidden already, for the first reason given
                    left = [c for c in members(e) if c.id != claim_id]
                    e = replace(e, hidden=e.hidden + ((claim_id, d.reason),))
                    current[e.id] = rebuild(e, left, sources) if left else hidden_only(e)
                elif claim_id not in dict(e.errors):
                    e = replace(e, errors=e.errors + ((claim_id, d.reason),))
                    current[e.id] = rebuild(e, members(e), sources) if e.claims else e
    if problems:
        raise InputError(tuple(problems))
    for event_id_, when in dated.items():
        if event_id_ in current:
            current[event_id_] = replace(current[event_id_], when=when)
    return tuple(sorted(current.values(),
                        key=lambda e: (e.when.start, e.when.end,
                                       GRANULARITIES.index(e.when.granularity), e.id)))
