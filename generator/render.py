"""Pure: a Timeline -> pages (Markdown for MkDocs, plus the JSON export), via Jinja2 templates.

Article text is untrusted. It reaches pages only (a) HTML-escaped inside raw HTML blocks, which
Markdown leaves alone, or (b) HTML-escaped *and* Markdown-escaped in link texts and headings,
so that neither markup nor ``javascript:`` links nor ``{{ }}`` in an article can do anything.
"""

from __future__ import annotations

import bisect
import datetime as dt
import hashlib
import html
import json
import re
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Callable, Mapping
from urllib.parse import quote, urlsplit

from jinja2 import Environment, FunctionLoader, StrictUndefined, TemplateError, TemplateNotFound
from markupsafe import Markup, escape

from generator import feeds
from generator.config import Config
from generator.entities import Registry
from generator.events import planned
from generator.export import excerpt, iter_json, quoted, summary
from generator.feeds import Remember
from generator.model import (
    GRANULARITIES,
    Claim,
    Event,
    Page,
    Phase,
    Pieced,
    Source,
    Timeline,
    TimeValue,
)
from generator.text import bidi_closers, dateline, paragraphs

VIS_TIMELINE_VERSION = "8.5.4"  # docs/vendor/vis-timeline, from package.json (`make vendor`)
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
# inline Markdown that text could trigger: escapes, code, emphasis, links and images (brackets),
# attribute lists ({: onclick=…} after a heading), and '#': a heading's closing sequence, so a
# title ending in '#' ("Putin learns C# #") lost it in its heading (attr_list and the heading
# both strip trailing '#'). Line-start syntax (#, -, 1.) is escaped where text starts a line (md).
MD_SPECIAL = re.compile(r"([\\`*_{}\[\]#])")
# (a tenth sweep) the inline syntax of the Markdown extensions a project may add to mkdocs.yml:
# pymdownx's mark (==), caret (^^, ^), tilde (~~, ~), keys (++), arithmatex ($) and emoji
# (:smile:, an image from another host). Their backslash is no escape to Python-Markdown, so
# such a character is written as a character reference, which no extension reads and every
# browser shows as the character (a title "P ==m== $x^2$" was a <mark> and a <script
# type="math/tex"> in its heading, unlike its <title>); heading ids stay the same
MD_EXTENSION = re.compile(r"[\^~$]|([=+])(?=\1)|:(?=[\w+-]+:)")
# critic's marks ({++ ++}, {-- --}, {~~ ~> ~~}, {== ==}, {>> <<}): a preprocessor that reads
# the whole page, raw HTML blocks included, so an article's "{--x--}" was struck through
CRITIC_OPEN = re.compile(r"\{(?=\+\+|--|~~|==|>>)")


def _reference(match: re.Match) -> str:
    return f"&#{ord(match.group(0))};"


# a block quote's marker at the start of a sentence's later line ("... Zelensky said\n> on
# Wednesday."): the file's, not the words'
QUOTE_MARKER = re.compile(r"\n[ \t]*>[ \t]?")


def text_html(text: str) -> str:
    """Text for raw HTML blocks: HTML-escaped, and brackets as entities so that even a Markdown
    pass over the block could not turn ``[x](javascript:…)`` into a link; direction overrides
    it leaves open closed (``bidi_closers``)."""
    escaped = html.escape(QUOTE_MARKER.sub("\n", text)).replace("[", "&#91;").replace("]", "&#93;")
    return CRITIC_OPEN.sub("&#123;", escaped) + bidi_closers(text)


def h(text: str) -> Markup:
    """Text for the content of an element in an HTML block (never an attribute: quotes are left
    as they are, as Markdown leaves them): whitespace made single spaces (as Markdown shows it),
    ``<``, ``>``, ``&`` escaped and brackets as entities (``text_html``).

    >>> print(h("Kyiv's  [offer](javascript:x) <b>"))
    Kyiv's &#91;offer&#93;(javascript:x) &lt;b&gt;
    """
    escaped = html.escape(" ".join(str(text).split()), quote=False)
    escaped = CRITIC_OPEN.sub("&#123;", escaped.replace("[", "&#91;").replace("]", "&#93;"))
    return Markup(escaped + bidi_closers(str(text)))


def md(text: str) -> Markup:
    """Text safe inside Markdown: HTML-escaped, Markdown punctuation backslash-escaped.

    >>> print(md("Putin learns C# #"))
    Putin learns C\\# \\#
    """
    escaped = html.escape(" ".join(QUOTE_MARKER.sub("\n", str(text)).split()), quote=False)
    escaped = MD_SPECIAL.sub(r"\\\1", escaped)
    # critic's marks: a backslash before '{' stops none of them ('++', '~~', '==' are references
    # by then, '>>' is '&gt;&gt;'); "{--a--} {>>b<<}" in a title was struck through
    escaped = MD_EXTENSION.sub(_reference, re.sub(r"\\\{(?=--)", "&#123;", escaped))
    # where text starts a line it must not start a heading, a list or a quote
    escaped = re.sub(r"^([#+\->])", r"\\\1", escaped)
    escaped = re.sub(r"^(\d+)([.)])", r"\1\\\2", escaped)
    return Markup(escaped + bidi_closers(str(text)))


# what a YAML double-quoted scalar may hold as it is (YAML 1.1 printable, as PyYAML reads it;
# U+0085, U+2028 and U+2029 are line breaks to YAML and are written as escapes too)
YAML_PRINTABLE = re.compile("[\t\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe"
                            "\uff00-\ufffd\U00010000-\U0010ffff]")


def yaml_string(text: str) -> str:
    """``text`` as a YAML double-quoted scalar that any YAML reader gives back exactly.

    Characters beyond U+FFFF (emoji) are written as themselves in UTF-8: JSON's
    ``"\\ud83e\\udd14"`` surrogate pairs are not YAML, and MkDocs then dropped the page's whole
    front matter, title included.

    >>> print(yaml_string('Putin 🤝 "Zelensky"'))
    "Putin 🤝 \\"Zelensky\\""
    """
    out = ['"']
    for ch in text:
        if ch in '"\\':
            out.append("\\" + ch)
        elif YAML_PRINTABLE.fullmatch(ch):
            out.append(ch)
        elif ord(ch) <= 0xFFFF:
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(f"\\U{ord(ch):08x}")
    out.append('"')
    return "".join(out)


def meta_title(text: str, limit: int = 70) -> Markup:
    """A page title (or description) for YAML front matter: one line, HTML-escaped quotes
    included (the theme puts it in <title> and in attributes of <meta> as it is), as a YAML
    string that keeps any character (yaml_string)."""
    from generator.events import shorten

    short = shorten(" ".join(str(text).split()), limit)
    return Markup(yaml_string(html.escape(short + bidi_closers(short))))


def safe_url(url: str | None) -> Markup:
    """An http(s) URL made safe for a Markdown link target or an href; anything else -> '#'."""
    if not url:
        return Markup("#")
    try:
        parts = urlsplit(url)
    except ValueError:  # "https://[x": an unclosed IPv6 bracket
        return Markup("#")
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return Markup("#")
    return Markup(html.escape(quote(url, safe=":/?#[]@!$&'*+,;=%-._~"), quote=True)
                  .replace("(", "%28").replace(")", "%29"))


def day_label(day: dt.date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def date_label(when: TimeValue) -> str:
    """A date at its own granularity: '2019', 'February 2022', 'weekend of 24–25 January 2026',
    '4–5 February 2026' (a span of days)."""
    s, e, g = when.start, when.end, when.granularity
    if g == "day" and e != s:  # a span of days: "4–5 February 2026"
        if (s.year, s.month) == (e.year, e.month):
            return f"{s.day}–{e.day} {MONTHS[s.month - 1]} {s.year}"
        return f"{day_label(s)} – {day_label(e)}"
    if g == "day":
        return day_label(s)
    if g == "weekend":
        if s.month == e.month:
            return f"weekend of {s.day}–{e.day} {MONTHS[s.month - 1]} {s.year}"
        return f"weekend of {day_label(s)} – {day_label(e)}"
    if g == "week":
        return f"week of {day_label(s)}"
    if g == "month":
        return f"{MONTHS[s.month - 1]} {s.year}"
    if g == "quarter":
        return f"Q{(s.month - 1) // 3 + 1} {s.year}"
    # by the month it starts in: an editor's date (curation.yaml) may start anywhere in a half
    # or a season (a season starting in January was a KeyError)
    if g == "half":
        return f"{'first' if s.month <= 6 else 'second'} half of {s.year}"
    if g == "season":
        name = ("winter", "spring", "summer", "autumn")[s.month % 12 // 3]
        if name != "winter":
            return f"{name} {s.year}"
        first = s.year if s.month == 12 else s.year - 1
        return f"winter {first}–{first + 1}"
    if g == "year":
        return str(s.year)
    if g == "decade":
        return f"the {s.year}s"
    century = s.year // 100 + 1
    suffix = "th" if 10 <= century % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(century % 10, "th")
    return f"the {century}{suffix} century"


def highlight(claim: Claim) -> Markup:
    """The claim's sentence (or, in a very long one, the clause around its date, with '…'
    where it is cut: export.excerpt), escaped, with its temporal expression marked."""
    start, end = excerpt(claim)
    text = claim.text[start - claim.start: end - claim.start]
    before = "… " if start > claim.start else ""
    after = " …" if end < claim.end else ""
    spans = [] if claim.timex is None else [(claim.timex.start - start, claim.timex.end - start)]
    return Markup(before + _marked(text, spans) + after)


def _marked(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` escaped, each of the sorted ``spans`` in a <mark> (an overlapping one: the first)."""
    out, at = [], 0
    for a, b in spans:
        if a < at:
            continue
        out += [text_html(text[at:a]), "<mark>", text_html(text[a:b]), "</mark>"]
        at = b
    return "".join(out) + text_html(text[at:])


LOWER_OPENERS = frozenset("The A An One Two Three Four Some Several Many Both Each His Her Its Their "
                          "This That These Those Other Another Senior Western".split())


def speaker_phrase(text: str) -> str:
    """A speaker as it follows "according to": a description that opened its sentence in lower
    case ("One of the interlocutors said" -> "according to one of the interlocutors"); a name
    as written.

    >>> speaker_phrase("One of the interlocutors"), speaker_phrase("The Kremlin"), speaker_phrase("Peskov")
    ('one of the interlocutors', 'the Kremlin', 'Peskov')
    """
    first, _, rest = text.partition(" ")
    if first in LOWER_OPENERS and rest:
        return first.lower() + " " + rest
    return text


def highlight_all(said: list[Claim]) -> Markup:
    """A sentence that gives an event two or more claims (one a date), quoted once with every
    date marked ("on Monday, August 19": a reader saw the sentence twice in a row, look37).
    Claims of one sentence, in order; one quoting a clause of a very long sentence is quoted
    as ``highlight`` does."""
    first = said[0]
    if len(said) == 1 or any(excerpt(c) != (c.start, c.end) for c in said):
        return highlight(first)
    return Markup(_marked(first.text, sorted({(c.timex.start - c.start, c.timex.end - c.start)
                                              for c in said if c.timex is not None})))


def by_sentence(claims: list[Claim]) -> list[list[Claim]]:
    """An event's claims, those of one sentence together, in the order of each sentence's first
    (a sentence quoted in full once; one cut to the clauses of its dates, as often as cut)."""
    groups: dict[tuple, list[Claim]] = {}
    for c in claims:
        key = (c.source, c.start) if excerpt(c) == (c.start, c.end) else (c.source, c.start, c.id)
        groups.setdefault(key, []).append(c)
    return list(groups.values())


def versions(event: Event, claims: dict[str, Claim], sources: dict[str, Source]) -> list[dict]:
    """The event's disagreement in words: each date version with the outlets that give it and
    the sentences that say so ("Ynetnews, Hürriyet: 15 May 2025"); ``line`` is HTML for the
    event page (links to the built source pages)."""
    out = []
    for v in event.conflicts:
        when = TimeValue(dt.date.fromisoformat(v["when"]["start"]),
                         dt.date.fromisoformat(v["when"]["end"]), v["when"]["granularity"])
        outlets = ", ".join(f'<a href="../../sources/{sid}/">{h(sources[sid].outlet or sources[sid].title)}</a>'
                            for sid in v["sources"])
        label = date_label(when) + (" (planned)" if v.get("planned") else "")
        # each sentence once, though two of its dates give the version ("on Friday (23 April)")
        said: dict[tuple[str, int], Claim] = {}
        for c in (claims[k] for k in v["claims"] if k in claims):
            said.setdefault((c.source, c.start), c)
        out.append({"label": label, "line": Markup(f"<strong>{label}</strong>: {outlets}"),
                    "claims": list(said.values()), "planned": bool(v.get("planned"))})
    return out


def claim_status(claim: Claim, source: Source) -> str:
    """How a claim dates its happening: 'happened' (a date it states, on or before its report),
    'planned' (a date ahead of its report: a plan, a deadline, a schedule), 'recalled' (no
    date: a statement matched to the happening it tells of, recalls.py) or 'reported'."""
    if claim.basis == "linked":
        return "recalled"
    if claim.basis == "heading":  # (its section's date: ahead of the report, a plan)
        return "planned" if claim.when.start > source.published else "happened"
    if claim.basis != "explicit":
        return "reported"
    return "planned" if planned(claim, source.published) else "happened"


def article_html(source: Source, claims: list[Claim], event_of: dict[str, str]) -> Markup:
    """The article text as escaped HTML paragraphs, each claim sentence anchored by claim id."""
    by_span: dict[tuple[int, int], list[Claim]] = defaultdict(list)
    for c in claims:
        by_span[(c.start, c.end)].append(c)
    spans = sorted(by_span)  # each paragraph takes its own by bisection (all of them for each
    # paragraph cost paragraphs x claims: 40,000 one-line paragraphs with 500 claims, 2 s)
    raw = source.raw
    parts: list[str] = []
    for para in paragraphs(raw, source.body_start, source.author):
        p_start, p_end = para.start, para.end
        cursor = p_start
        pieces: list[str] = []
        for (s, e) in spans[bisect_left(spans, (p_start,)):bisect_left(spans, (p_end,))]:
            pieces.append(text_html(raw[cursor:s]))
            ids = by_span[(s, e)]
            anchors = "".join(f'<a id="{c.id}" class="claim-anchor"></a>' for c in ids[1:])
            title = text_html(", ".join(date_label(c.when) for c in ids))
            pieces.append(f'<span class="claim" id="{ids[0].id}" title="{title}">{anchors}'
                          f"{text_html(raw[s:e])}</span>")
            cursor = e
        pieces.append(text_html(raw[cursor:p_end]))
        kind = "" if para.kind == "text" else f' class="{para.kind}"'
        parts.append(f"<p{kind}>" + "".join(pieces) + "</p>")
    # the full text is left out of the search index: its sentences are on the event pages
    return Markup('<div class="article" markdown="0" data-pagefind-ignore="all">\n' + "\n".join(parts)
                  + "\n</div>")


def _closed(value: object) -> object:
    """Each value a template prints as it is: direction overrides it leaves open are closed
    (``bidi_closers``); the filters' output (Markup) has closed its own."""
    if isinstance(value, str) and not isinstance(value, Markup):
        if CRITIC_OPEN.search(value):  # escaped here as autoescape would, critic's marks too
            return Markup(CRITIC_OPEN.sub("&#123;", str(escape(value)))) + bidi_closers(value)
        return value + bidi_closers(value)
    return value


TEMPLATES = "site_templates"  # the project's folder of page templates (Config.templates)


def template_error(exc: TemplateError | RecursionError) -> tuple[str, int | None, str]:
    """Where a template went wrong and how, for an error naming the file and line: a syntax
    error carries both; a name a page is not given ("'events' is undefined": a page of one
    event, source or entity is given that one only) is found in the traceback's template
    frames, and so is a macro or include that calls itself without end (a RecursionError)."""
    path = getattr(exc, "name", None) and f"{TEMPLATES}/{exc.name}"
    line = getattr(exc, "lineno", None)
    tb = exc.__traceback__
    while tb is not None:
        name = tb.tb_frame.f_code.co_filename
        if name.startswith(f"{TEMPLATES}/"):
            path, line = name, tb.tb_lineno
            if isinstance(exc, RecursionError):
                break  # the first call of the chain
        tb = tb.tb_next
    if isinstance(exc, TemplateNotFound):
        return path or TEMPLATES, line, (f"the template {exc.name} is missing (the build "
                                         "needs it; `timeline init` writes a project's templates)")
    if isinstance(exc, RecursionError):
        return path or TEMPLATES, line, ("template error: a macro, include or block calls itself "
                                         "without end")
    return path or TEMPLATES, line, f"template error: {exc.message or exc}"


def environment(templates: Mapping[str, str]) -> Environment:
    """Jinja2 over the project's templates (name -> text, read by ``project.read_templates``):
    autoescaping on, undefined names an error, direction overrides closed (``_closed``)."""
    env = Environment(
        finalize=_closed,
        # each template known by its file, so that an error in it names the file and line
        loader=FunctionLoader(lambda name: (templates[name], f"{TEMPLATES}/{name}", lambda: True)
                              if name in templates else None),
        autoescape=True,
        undefined=StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(md=md, h=h, quoted=quoted, summary=summary, meta_title=meta_title, url=safe_url, date_label=date_label, day_label=day_label,
                       highlight=highlight, highlight_all=highlight_all,
                       speaker=speaker_phrase)
    return env


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _months(events: list[Event]) -> dict:
    """Events -> those spanning a year or more ("whole"), months -> events, and the background
    recalled in passing (not headline entries of the timeline)."""
    whole, background, months = [], [], defaultdict(list)
    for e in events:
        if e.kind == "background":
            background.append(e)
        elif e.when.granularity in ("year", "decade", "century") or e.when.start.month != e.when.end.month \
                and e.when.granularity in ("quarter", "season", "half"):
            whole.append(e)
        else:
            months[(e.when.start.year, e.when.start.month)].append(e)
    return {"whole": whole, "background": background,
            "months": [{"label": f"{MONTHS[m - 1]} {y}", "events": months[(y, m)]}
                       for y, m in sorted(months)]}


def phase_anchor(phase: Phase) -> str:
    """The id of a phase's heading on the timeline page (the home page links to it), from its
    title's letters and digits in any script (``phase_anchors`` makes each one unique).

    >>> phase_anchor(Phase("Istanbul talks", dt.date(2025, 5, 1), dt.date(2025, 6, 1)))
    'phase-istanbul-talks'
    >>> phase_anchor(Phase("Переговоры в Стамбуле", dt.date(2025, 5, 1), dt.date(2025, 6, 1)))
    'phase-переговоры-в-стамбуле'
    """
    return "phase-" + (re.sub(r"[\W_]+", "-", phase.title.lower()).strip("-") or "untitled")


def phase_anchors(phases: tuple[Phase, ...]) -> tuple[str, ...]:
    """Each phase's heading id, in order, none twice: two phases of one title (or of titles
    with no Latin letter: every one was 'phase-untitled') gave one id to two headings, and the
    home page's link to the second led to the first. A repeat takes '-2', '-3' ...

    >>> day = dt.date(2025, 5, 1)
    >>> phase_anchors((Phase("Talks", day, day), Phase("Talks", day, day), Phase("Talks 2", day, day)))
    ('phase-talks', 'phase-talks-2', 'phase-talks-2-2')
    """
    anchors: list[str] = []
    used: set[str] = set()
    # (a ninth sweep) each title's count goes on from where it stopped (what is taken stays
    # taken): 1,000 phases of one title took 5.5 s, the list searched for each count tried
    last: dict[str, int] = {}
    for phase in phases:
        base = phase_anchor(phase)
        n = last.get(base, 1)
        anchor = base if n == 1 else f"{base}-{n}"
        while anchor in used:
            n += 1
            anchor = f"{base}-{n}"
        last[base] = n
        used.add(anchor)
        anchors.append(anchor)
    return tuple(anchors)


def _anchor_of(phases: tuple[Phase, ...]) -> Callable[[Phase], str]:
    """The home page's ``anchor(p)``: the heading id ``phase_anchors`` gave this very phase
    (two phases may be equal: one given twice in curation.yaml)."""
    anchors = {id(p): a for p, a in zip(phases, phase_anchors(phases), strict=True)}
    return lambda phase: anchors.get(id(phase)) or phase_anchor(phase)


def timeline_groups(events: tuple[Event, ...], phases: tuple[Phase, ...] = ()) -> list[dict]:
    """The timeline page's sections, oldest first. Each phase (curation.yaml) holds the events
    that start within its dates; the other events are grouped by year, as the whole page is
    when there are no phases. A section: its heading, then events spanning the year or more,
    then months -> events, then the background recalled in passing."""
    in_phase: dict[int, list[Event]] = defaultdict(list)
    # events outside the phases: by year, apart before, between and after the phases (a year
    # may thus have two sections, on either side of a phase)
    outside: dict[tuple[int, int], list[Event]] = defaultdict(list)
    ends = sorted(p.end for p in phases)  # the phases over before a day: bisect_left(ends, day)
    for e in events:
        at = next((i for i, p in enumerate(phases) if p.start <= e.when.start <= p.end), None)
        if at is None:
            gap = bisect.bisect_left(ends, e.when.start)
            outside[(gap, e.when.start.year)].append(e)
        else:
            in_phase[at].append(e)
    sections = [((gap, min(e.when.start for e in evs)),
                 {"heading": str(year), "year": year, "phase": None, **_months(evs)})
                for (gap, year), evs in outside.items()]
    # a year that a phase shares is named by its months ("July–August 2025"): the page's
    # headings and contents read "2025" three times over (look37)
    phased = {y for p in phases for y in range(p.start.year, p.end.year + 1)}
    for _, section in sections:
        if section["year"] in phased:
            section["heading"] = _months_span(section)
    anchors = phase_anchors(phases)
    for i, p in enumerate(phases):
        gap = bisect.bisect_left(ends, p.start)
        sections.append(((gap, p.start), {"heading": p.title, "year": p.start.year, "phase": p,
                                          "anchor": anchors[i], **_months(in_phase[i])}))
    return [s for _, s in sorted(sections, key=lambda t: t[0])]


def _months_span(section: dict) -> str:
    """The months a year's section holds, as a heading ("July–August 2025", "March 2025"), or
    its year where it holds a whole year's events or only background."""
    months = [m["label"] for m in section["months"]]
    if section["whole"] or not months:
        return section["heading"]
    first, last = months[0], months[-1]
    return first if first == last else f"{first.rsplit(' ', 1)[0]}–{last}"


def story_links(timeline: Timeline, events: dict[str, Event]) -> dict[str, dict[str, list]]:
    """For each event, the events it answers and the events that answer it (with the reason)."""
    links: dict[str, dict[str, list]] = defaultdict(lambda: {"answers": [], "answered_by": []})
    for r in timeline.replies:
        if r.event in events and r.response_to in events:
            links[r.event]["answers"].append((events[r.response_to], r.reason))
            links[r.response_to]["answered_by"].append((events[r.event], r.reason))
    return links


def render(timeline: Timeline, config: Config, registry: Registry,
           templates: Mapping[str, str], reuse: Reuse | None = None) -> tuple[Page, ...]:
    """Every generated page of the site, in a fixed order (``registry``: the project's
    entities, for their pages and the export; ``templates``: the project's page templates;
    ``reuse``: the pages of an earlier build with these templates, taken again where what
    their template is given is the same)."""
    env = environment(templates)
    reuse = reuse if reuse is not None else Reuse()
    sources = {s.id: s for s in timeline.sources}
    claims = {c.id: c for c in timeline.claims}
    events = tuple(e for e in timeline.events if e.claims)  # all-hidden events are not shown
    event_of = {cid: e.id for e in events for cid in e.claims}
    title_of = {e.id: e.title for e in events}
    claims_of_source: dict[str, list[Claim]] = defaultdict(list)
    for c in timeline.claims:
        claims_of_source[c.source].append(c)
    events_of_entity: dict[str, list[Event]] = defaultdict(list)
    for e in events:
        for entity in e.actors + e.places:
            events_of_entity[entity].append(e)
    entities = {e.id: e for e in registry.entities if e.id in events_of_entity}
    common = {"sources": sources, "claims": claims, "plural": _plural, "entities": entities,
              "basis_of": {e.id: _basis(e, claims, sources) for e in events},
              "status": lambda c: claim_status(c, sources[c.source])}
    happenings = tuple(e for e in events if e.kind != "background")
    # a tag written in two cases ("Peace", "peace") is one filter option, spelled as the first
    # source (by id) writes it
    spelling: dict[str, str] = {}
    for sid in sorted(sources):
        for t in sources[sid].tags:
            spelling.setdefault(t.casefold(), t)
    tags_of = {e.id: tuple(sorted({tag_token(spelling[t.casefold()]) for sid in e.sources
                                   for t in sources[sid].tags})) for e in events}

    # each event's pieces of the whole-timeline pages and feeds, kept by all they read
    twins = {e.id: twin for e, twin in _visual_order(happenings)}
    pieces = Pieces(reuse, {e.id: (e, *(sources[s] for s in e.sources), common["basis_of"][e.id],
                                   tags_of[e.id], "../", twins.get(e.id, False))
                            for e in events})
    latest = sorted(happenings, key=lambda e: (e.when.start, e.when.end, e.id),
                    reverse=True)[: config.latest_events]
    last_source = max((s.published for s in timeline.sources), default=None)
    pages = [
        Page("index.md", env.get_template("home.md.j2").render(
            latest=latest, phases=timeline.phases, anchor=_anchor_of(timeline.phases),
            site_name=config.site_name, n_events=len(events), n_claims=len(timeline.claims),
            n_sources=len(timeline.sources), last_source=last_source, **common)),
        Page("timeline.md", env.get_template("timeline.md.j2").render(
            sections=timeline_groups(events, timeline.phases),
            entries=lambda evs: timeline_entries(evs, common["basis_of"], tags_of,
                                                 remember=pieces.text),
            filter_people=[entities[i] for i in entities if entities[i].kind != "place"],
            filter_places=[entities[i] for i in entities if entities[i].kind == "place"],
            filter_tags=sorted({t for ts in tags_of.values() for t in ts}), **common)),
        Page("visual.md", env.get_template("visual.md.j2").render(
            data=visual_data(happenings, pieces.text),
            items_list=visual_list(happenings, pieces.text),
            phases_data=visual_phases(timeline.phases) if timeline.phases else None,
            version=VIS_TIMELINE_VERSION, **common)),
        Page("people-and-places.md", env.get_template("entities.md.j2").render(
            groups=[(title, [entities[i] for i in entities if entities[i].kind == kind])
                    for kind, title in (("person", "People"), ("organisation", "Organisations"),
                                        ("place", "Places"))],
            counts={i: len(v) for i, v in events_of_entity.items()}, **common)),
    ]
    # A page of one event, source or entity is given what it shows, and nothing of the rest of
    # the timeline: its template could not read more (an error, not a stale page), so what it
    # is given says whether its text can change (``Reuse``: an earlier build's text is taken
    # again where it is given the same).
    status = common["status"]
    event_tpl = env.get_template("event.md.j2")
    story = story_links(timeline, {e.id: e for e in events})
    for e in events:
        own = [claims[c] for c in e.claims]
        # (and the outlets of a version of its date told in another event's sentence:
        # events.told_apart)
        named = {s: sources[s] for s in dict.fromkeys((*e.sources, *(c.source for c in own),
                                                       *(sid for v in e.conflicts for sid in v["sources"])))}
        shown = {x: entities[x] for x in dict.fromkeys(e.actors + e.places) if x in entities}
        told = story.get(e.id)
        pages.append(reuse.page(
            f"events/{e.id}.md",
            ("event", e, *own, *named.values(), *shown.values(), told, common["basis_of"][e.id]),
            lambda e=e, own=own, named=named, shown=shown, told=told: event_tpl.render(
                event=e, story=told, event_claims=by_sentence(own), errors=dict(e.errors),
                reported_by=sorted(e.sources, key=lambda k, named=named: (named[k].published, k)),
                versions=versions(e, claims, sources), sources=named,
                claims={c.id: c for c in own}, entities=shown,
                basis_of={e.id: common["basis_of"][e.id]}, plural=_plural, status=status)))
    source_tpl = env.get_template("source.md.j2")
    for s in timeline.sources:
        shown_claims = [c for c in claims_of_source[s.id] if c.id in event_of]
        pages.append(reuse.page(
            f"sources/{s.id}.md",
            # (each claim's event by its title: "→ event" was every link's words, look37)
            ("source", s, *shown_claims, *((event_of[c.id], title_of[event_of[c.id]]) for c in shown_claims)),
            lambda s=s, own=shown_claims: source_tpl.render(
                source=s, source_claims=own, event_of={c.id: event_of[c.id] for c in own},
                event_titles={event_of[c.id]: title_of[event_of[c.id]] for c in own},
                dateline=dateline(s.raw, s.body_start), article=article_html(s, own, event_of),
                sources={s.id: s}, claims={c.id: c for c in own}, entities={}, basis_of={},
                plural=_plural, status=status)))
    entity_tpl = env.get_template("entity.md.j2")
    for entity_id, entity in entities.items():
        listed = sorted(events_of_entity[entity_id], key=lambda e: (e.when.start, e.when.end, e.id))
        pages.append(reuse.page(
            f"entities/{entity_id}.md",
            ("entity", entity, *listed, *(common["basis_of"][e.id] for e in listed)),
            lambda entity=entity, listed=listed: entity_tpl.render(
                entity=entity, entity_events=listed, sources={}, claims={},
                entities={entity.id: entity},
                basis_of={e.id: common["basis_of"][e.id] for e in listed},
                plural=_plural, status=status,
                entries=lambda evs: entity_entries(evs, pieces.text))))
    def exported(key: str, given: tuple[object, ...], make: Callable[[], str]) -> str:
        """A record of the export, kept as ``Reuse.text`` keeps it; an event's, as one of its
        pieces (``Pieces``: one entry of the page cache per event, not two; 2,111 entries
        fewer to digest, read and write at 1,000 sources)."""
        section, _, eid = key.partition("#")[2].partition("/")
        if section == "events":
            return pieces.text(f"timeline.json#{eid}", given, make)
        return reuse.text(key, given, make)

    pages += [
        # (never joined: model.Pieced)
        Pieced("timeline.json", iter_json(timeline, registry, exported)),
        # (each event's row, entry, VEVENT and item kept by what it reads: generator/feeds.py)
        Page("events.csv", feeds.to_csv(timeline, date_label, pieces.text)),
        Page("events.atom", feeds.to_atom(timeline, config.site_name, config.site_url, date_label,
                                          pieces.text)),
        Page("events.ics", feeds.to_ics(timeline, config.site_name, config.site_url, date_label,
                                        pieces.text)),
        Page("timelinejs.json", feeds.to_timelinejs(timeline, config.site_name, date_label,
                                                    config.site_url, pieces.text)),
    ]
    pieces.close()
    return tuple(pages)


class Reuse:
    """Text an earlier build rendered (a page, a record of the JSON export), by key, with a
    digest of what made it (``known``: key -> [digest, text], as cache.PageCache keeps them,
    made by the same templates, settings and generator); text made from the same values is
    taken from it, not made again. ``made`` is this build's table, ``hits`` how many were
    taken."""

    def __init__(self, known: Mapping[str, list[str]] | None = None,
                 digests: Mapping[int, tuple[object, bytes]] | None = None):
        self.known = known or {}
        self.made: dict[str, list[str]] = {}
        self.hits = 0
        # id -> the value and its digest: ``digests`` gives some ahead (each a digest of what
        # the value is a function of, never equal to a ``repr``'s: the claims read from the
        # extraction cache, ``cache.ExtractCache.origins``); the rest are made when asked
        self._digests: dict[int, tuple[object, bytes]] = dict(digests or {})

    def _digest(self, value: object) -> bytes:
        """A digest of a value's ``repr``, made once (a claim or source is given to several
        pages). Only the digest is kept: a ``repr`` kept per value held every claim's sentence
        again, escaped (a 2 MB sentence of marks: 803 MB of a build, the fourteenth sweep)."""
        hit = self._digests.get(id(value))
        if hit is None or hit[0] is not value:
            made = hashlib.sha256(repr(value).encode("utf-8", "surrogatepass")).digest()
            hit = self._digests[id(value)] = (value, made)
        return hit[1]

    def digest(self, given: tuple[object, ...]) -> str:
        """A digest of the values ``given``: of the digests of their ``repr``."""
        digests = self._digests  # (``_digest`` inlined: a rebuild asks it some 90,000 times)
        parts = []
        for value in given:
            hit = digests.get(id(value))
            parts.append(hit[1] if hit is not None and hit[0] is value else self._digest(value))
        return hashlib.sha256(b"".join(parts)).hexdigest()

    def text(self, key: str, given: tuple[object, ...], make: Callable[[], str]) -> str:
        """The text at ``key`` that ``make`` makes from the values ``given`` (and nothing else:
        the digests of their ``repr`` are its digest), from an earlier build where it is known for them."""
        digest = self.digest(given)
        known = self.known.get(key)
        if known is not None and len(known) == 2 and known[0] == digest:
            self.hits += 1
            text = known[1]
        else:
            text = make()
        self.made[key] = [digest, text]
        return text

    def page(self, path: str, given: tuple[object, ...], make: Callable[[], str]) -> Page:
        return Page(path, self.text(path, given, make))


PLAIN = (str, bool, int, tuple)  # values a piece may be given equal to an input, not it


class Pieces:
    """The pieces of the whole-timeline pages and feeds that are an event's own (its entry of
    the timeline, its item and row of the visual timeline, its CSV row, Atom entry, VEVENT and
    TimelineJS item, its record of the JSON export), kept together in one entry of the page
    cache per event (``pieces#`` and
    its id) under one digest of everything they read (``inputs``: the event, its sources, its
    basis and tags, the timeline's link prefix, whether its visual label reads as another's).
    A piece asked for with a value that is not among its event's inputs
    is kept on its own (``Reuse.text``), never under the event's digest. Kept one by one, the
    pieces cost the page cache as much as they saved (14,229 entries more at 1,000 sources,
    each with its own digest): docs/benchmarks.md."""

    KINDS = ("timeline.md", "visual-data", "visual-list", "events.csv", "events.atom",
             "events.ics", "timelinejs.json", "timeline.json", "entity.md")

    def __init__(self, reuse: Reuse, inputs: Mapping[str, tuple[object, ...]]):
        self.reuse, self.inputs = reuse, inputs
        self.at = {kind: n for n, kind in enumerate(self.KINDS)}
        self._ids: dict[str, set[int]] = {}  # event id -> the ids of its inputs
        # event id -> its digest, the texts the last build kept (or None), those made now
        self.open: dict[str, tuple[str, list[str] | None, list[str | None]]] = {}

    def text(self, key: str, given: tuple[object, ...], make: Callable[[], str]) -> str:
        """``Reuse.text`` for a piece (``kind#event id``)."""
        kind, _, eid = key.partition("#")
        inputs, n = self.inputs.get(eid), self.at.get(kind)
        if inputs is not None and (ids := self._ids.get(eid)) is None:
            ids = self._ids[eid] = {id(v) for v in inputs}  # (the inputs hold them: ids stay)
        if inputs is None or n is None:
            return self.reuse.text(key, given, make)
        for x in given:  # (a loop, not all() over a generator: 14,000 calls a build)
            if id(x) not in ids and not (type(x) in PLAIN and x in inputs):
                return self.reuse.text(key, given, make)
        entry = self.open.get(eid)
        if entry is None:
            digest = self.reuse.digest(inputs)
            known = self.reuse.known.get(f"pieces#{eid}")
            taken = known[1:] if known is not None and len(known) == 1 + len(self.KINDS) \
                and known[0].partition(":")[0] == digest else None
            mask = known[0].partition(":")[2] if taken is not None else ""
            entry = self.open[eid] = (digest, [t if mask[k:k + 1] == "1" else None
                                               for k, t in enumerate(taken)]
                                      if taken is not None else None, [None] * len(self.KINDS))
        digest, taken, made = entry
        if made[n] is not None:  # (an entry of an entity's page: asked by each it names)
            return made[n]
        text = taken[n] if taken is not None and taken[n] is not None else make()
        made[n] = text
        return text

    def close(self) -> None:
        """This build's entries into ``reuse.made`` (a mask of the pieces made after the digest).
        A piece not asked for this build but kept by the last under the same digest is kept
        again (an event's entry of an entity's page, asked for only where the page is made
        again: made from the same values, it is the same text)."""
        for eid, (digest, taken, made) in self.open.items():
            if taken is not None:
                made = [t if t is not None else k for t, k in zip(made, taken, strict=True)]
            mask = "".join("0" if t is None else "1" for t in made)
            self.reuse.made[f"pieces#{eid}"] = [f"{digest}:{mask}", *(t or "" for t in made)]
            if taken is not None and all(t is None or k is not None
                                         for t, k in zip(made, taken, strict=True)):
                self.reuse.hits += 1
        self.open.clear()


def tag_token(tag: str) -> str:
    """A tag as the timeline's filter shows and matches it. The entries list their tags
    separated by spaces (``data-tags``, read by docs/javascripts/filters.js), so a space within
    a tag is a no-break space ('peace talks' was two tags: its option matched no entry, or one
    tagged 'peace' and 'talks'), and a direction override the tag leaves open is closed within
    it (the option's value was closed where it ended, the list only at its end: they differed).

    >>> tag_token("peace talks") == "peace\u00a0talks"
    True
    """
    return tag.replace(" ", "\u00a0") + bidi_closers(tag)


def timeline_entries(events: list[Event], basis_of: dict[str, str],
                     tags_of: dict[str, tuple[str, ...]], prefix: str = "../",
                     remember: Remember = feeds._made) -> Markup:
    """Raw HTML list of timeline entries with what the filters need as data attributes. An
    entry reads its event, its basis and its tags alone: ``remember`` keeps it by them (a
    rebuild makes only the entries of the events that changed)."""
    items = [remember(f"timeline.md#{e.id}", (e, basis_of[e.id], tags_of.get(e.id, ()), prefix),
                      lambda e=e: _entry(e, basis_of, tags_of, prefix)) for e in events]
    # left out of the search index: the events' own pages are found (and the timeline page's
    # index entry would otherwise grow with the whole timeline)
    return Markup('<ul class="tl-list" markdown="0" data-pagefind-ignore="all">\n' + "\n".join(items)
                  + "\n</ul>")


def entity_entries(events: list[Event], remember: Remember = feeds._made) -> Markup:
    """The ``<li>`` of each event in a list of an entity's page, each ending a line. An entry
    reads its event alone: ``remember`` keeps it by it (``Pieces``), so that the page of an
    entity whose events changed joins the entries of the others as the last build made them:
    a source added made some 28 entity pages again at 1,000 sources, each the template's loop
    over some hundreds of events (0.05 CPU s of a rebuild)."""
    return Markup("".join([remember(f"entity.md#{e.id}", (e,), lambda e=e: _entity_entry(e))
                           for e in events]))


def _printed(value: object) -> str:
    """``value`` as a page template prints ``{{ value }}``: closed (``_closed``), then escaped
    (autoescape)."""
    return str(escape(_closed(value)))


def _entity_entry(e: Event) -> str:
    """One event's ``<li>`` of an entity's page (``entity_entries``), with its line's end."""
    extra = " · sources disagree" if e.disputed else " · the date moved" if e.moved else ""
    return (f"<li><strong>{_printed(date_label(e.when))}</strong> — <a href=\"../../events/"
            f"{_printed(e.id)}/\">{h(e.title)}</a> <small>"
            f"{_printed(_plural(e.independent, 'independent source'))}{extra}</small></li>\n")


def _entry(e: Event, basis_of: dict[str, str], tags_of: dict[str, tuple[str, ...]],
           prefix: str) -> str:
    """One event's ``<li>`` of the timeline (``timeline_entries``), known by the event's id
    (an event page's "On the timeline" lands on it)."""
    people = " ".join(e.actors)
    places = " ".join(e.places)
    tags = " ".join(tags_of.get(e.id, ()))
    basis = {"happened": "happened", "planned": "planned"}.get(basis_of[e.id], "reported on")
    n = e.independent
    extra = (' · <strong class="tl-disagree">sources disagree</strong>' if e.disputed else
             ' · <strong class="tl-disagree">the date moved</strong>' if e.moved else "")
    return (
        f'<li class="tl-entry" id="{e.id}" data-people="{text_html(people)}" data-places='
        f'"{text_html(places)}" data-tags="{text_html(tags)}"><strong>'
        f"{text_html(date_label(e.when))}</strong> — <a href=\"{prefix}events/{e.id}/\">"
        f"{text_html(e.title)}</a> <small>{basis} · {n} independent source"
        f"{'s' if n != 1 else ''}{extra}</small></li>")


VISUAL_LABEL = 42  # characters of a headline on the visual timeline: about 250 px at 0.7rem


def visual_label(title: str, limit: int = VISUAL_LABEL) -> str:
    """A headline cut at a word to fit a label of the visual timeline ('…' where cut)."""
    text = " ".join(title.split())
    if len(text) > limit:
        cut = text.rfind(" ", 0, limit)
        text = text[: cut if cut > limit // 2 else limit].rstrip(",;:—- ") + "…"
    return text + bidi_closers(text)  # the date may follow it


def _visual_order(events: tuple[Event, ...]) -> list[tuple[Event, bool]]:
    """The visual timeline's events, oldest first, each with whether its short label reads as
    another's (it is then made unique with the date)."""
    ordered = sorted(events, key=lambda e: (e.when.start, e.when.end, e.id))
    labels = [visual_label(e.title) for e in ordered]
    seen: dict[str, int] = defaultdict(int)
    for label in labels:
        seen[label] += 1
    return [(e, seen[label] > 1) for e, label in zip(ordered, labels, strict=True)]


def _visual_item(e: Event, twin: bool) -> dict:
    label = visual_label(e.title)
    if twin:
        label = f"{label} ({date_label(e.when)})"
    return {"id": e.id, "label": label, "title": e.title + bidi_closers(e.title),
            "date": date_label(e.when),
            "granularity": e.when.granularity, "start": e.when.start.isoformat(),
            "end": (e.when.end + dt.timedelta(days=1)).isoformat(),
            "url": f"../events/{e.id}/"}


def visual_items(events: tuple[Event, ...]) -> list[dict]:
    """The visual timeline's items, oldest first: a short label (made unique with the date
    where two would read the same), the full title and date for the tooltip, the span."""
    return [_visual_item(e, twin) for e, twin in _visual_order(events)]


def visual_data(events: tuple[Event, ...], remember: Remember = feeds._made) -> Markup:
    """The visual timeline's items as JSON safe inside a <script> element: each item's JSON
    alone, joined (compact JSON of a list is its items' joined by commas), so that
    ``remember`` keeps an item by its event and whether its label reads as another's."""
    return Markup("[" + ",".join(
        remember(f"visual-data#{e.id}", (e, twin), lambda e=e, twin=twin: script_json(
            _visual_item(e, twin))) for e, twin in _visual_order(events)) + "]")


def script_json(value: object) -> Markup:
    """``value`` as JSON safe inside a <script> element: "</script>" or "<!--" in a title must
    not end it early (<, > and & never occur outside strings in JSON)."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    for ch in "<>&":
        text = text.replace(ch, f"\\u{ord(ch):04x}")
    return Markup(text)


def visual_phases(phases: tuple[Phase, ...]) -> Markup:
    """The phases as background bands of the visual timeline: JSON safe inside <script>."""
    return script_json([{"title": p.title, "start": p.start.isoformat(),
                         "end": (p.end + dt.timedelta(days=1)).isoformat()} for p in phases])


def visual_list(events: tuple[Event, ...], remember: Remember = feeds._made) -> Markup:
    """The same events as a vertical list (raw HTML, escaped): what a phone shows instead (a
    row kept by ``remember`` as an item of ``visual_data`` is)."""
    def row(e: Event, twin: bool) -> str:
        i = _visual_item(e, twin)
        return (f'<li><strong>{text_html(i["date"])}</strong> — <a href="{i["url"]}">'
                f'{text_html(i["title"])}</a></li>')

    rows = [remember(f"visual-list#{e.id}", (e, twin), lambda e=e, twin=twin: row(e, twin))
            for e, twin in _visual_order(events)]
    return Markup('<ol class="vis-list" markdown="0" data-pagefind-ignore="all">\n'
                  + "\n".join(rows) + "\n</ol>")


def _basis(event: Event, claims: dict[str, Claim], sources: dict[str, Source]) -> str:
    """'happened' when any claim stating the event's date says it happened, 'planned' when
    they all plan it (claim_status), else 'reported' (dated by publication). A coarser date
    says nothing of the day: "in 2025, Zelensky invited Putin" does not make talks planned for
    16 May 2025 happen."""
    fine = GRANULARITIES.index(event.when.granularity)
    stated = False  # (the first that happened decides: the rest are not read, 0.02 CPU s a build)
    for c in event.claims:
        claim = claims[c]
        if claim.stated and claim.when.overlaps(event.when) \
                and GRANULARITIES.index(claim.when.granularity) <= fine:
            if claim_status(claim, sources[claim.source]) == "happened":
                return "happened"
            stated = True
    return "planned" if stated else "reported"
