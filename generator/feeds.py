"""Pure: exports and feeds of a timeline besides timeline.json.

* ``events.csv``   — one row per event (spreadsheet-safe: no cell starts a formula);
* ``events.atom``  — Atom 1.0, newest events first, entry ids stable (from event ids);
* ``events.ics``   — iCalendar (RFC 5545) all-day entries for events dated to a week or finer;
* ``timelinejs.json`` — the TimelineJS3 JSON format.

Nothing reads the clock: "updated" stamps come from the sources' publication dates.
"""

from __future__ import annotations

import csv
import datetime as dt
import html
import io
import json
import re
import uuid
from collections.abc import Callable

from generator.model import Event, Source, Timeline

NAMESPACE = uuid.UUID("6f1c9d52-3b7e-4c1a-9a51-1b2d3e4f5a60")  # this project's; never change it
CALENDAR_GRANULARITIES = ("day", "weekend", "week")


# characters XML 1.0 cannot hold at all (C0 controls but tab and line ends, lone surrogates,
# U+FFFE/U+FFFF), and C1 controls and DEL, which it may hold but no reader wants. Sources with
# them are refused (generator/sources.py); texts from elsewhere (mkdocs.yml's site name, a
# library's caller) are cleaned here, so that the feed is well-formed XML whatever it is given.
NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


def xml_escape(text: str) -> str:
    return _xml_escape(NOT_XML.sub("", text))


def quoteattr(text: str) -> str:
    return _quoteattr(NOT_XML.sub("", text))


# ``xml.sax.saxutils``' escape and quoteattr, as they are written there (tests/test_feeds.py
# compares them): importing that module imports ``urllib.request``, ``http.client`` and ``ssl``
# with it, 18 ms of every build's start for three replacements
def _xml_escape(data: str) -> str:
    """&, <, and > escaped (``&`` first)."""
    return data.replace("&", "&amp;").replace(">", "&gt;").replace("<", "&lt;")


def _quoteattr(data: str) -> str:
    """An attribute value escaped (line ends and tabs as references too) and quoted: in double
    quotes, or in single quotes if it holds a double quote and no single one."""
    data = _xml_escape(data).replace("\n", "&#10;").replace("\r", "&#13;").replace("\t", "&#9;")
    if '"' not in data:
        return f'"{data}"'
    if "'" not in data:
        return f"'{data}'"
    quoted = data.replace('"', "&quot;")
    return f'"{quoted}"'


# (key, the values a text is made from, how to make it) -> the text: render.Reuse.text, which
# takes an earlier build's text where the values are the same (export.Remember)
Remember = Callable[[str, tuple[object, ...], Callable[[], str]], str]


def _made(key: str, given: tuple[object, ...], make: Callable[[], str]) -> str:
    """``Remember`` without an earlier build: the text made."""
    return make()


def visible(timeline: Timeline) -> list[Event]:
    return [e for e in timeline.events if e.claims]


def event_path(event: Event) -> str:
    """The event page's address relative to the site root."""
    return f"events/{event.id}/"


def site_link(site_url: str, path: str) -> str:
    """``path`` (relative to the site root) as an absolute address on the published site when
    its address is known (mkdocs.yml's site_url), else as it is."""
    return site_url.rstrip("/") + "/" + path if site_url else path


def _updated(event: Event, sources: dict[str, Source]) -> dt.date:
    return max(sources[s].published for s in event.sources)


def _spreadsheet_safe(value: str) -> str:
    value = NOT_XML.sub("", value)
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


def _csv_row(cells: list) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerow(cells)
    return out.getvalue()


def to_csv(timeline: Timeline, date_label, remember: Remember = _made) -> str:
    """One row per event. A row is made of its event alone (the writer quotes each row by its
    own cells), so ``remember`` keeps it by the event: a rebuild makes only the rows of the
    events that changed."""
    rows = [_csv_row(["id", "start", "end", "granularity", "date", "title", "sources",
                      "independent_sources", "sources_disagree", "actors", "places", "page"])]
    for e in visible(timeline):
        rows.append(remember(f"events.csv#{e.id}", (e,), lambda e=e: _csv_row(
            [e.id, e.when.start.isoformat(), e.when.end.isoformat(),
             e.when.granularity, date_label(e.when), _spreadsheet_safe(e.title),
             len(e.sources), e.independent, "yes" if e.disputed else "no",
             " ".join(e.actors), " ".join(e.places), event_path(e)])))
    return "".join(rows)


def to_atom(timeline: Timeline, site_name: str, site_url: str, date_label,
            remember: Remember = _made) -> str:
    """Atom 1.0, newest events first. An entry reads its event and its sources' outlets,
    titles and dates, nothing else (the site's address is a setting: every kept text is made
    again when a setting changes), so ``remember`` keeps it by them."""
    events = sorted(visible(timeline), key=lambda e: (e.when.start, e.when.end, e.id),
                    reverse=True)
    newest = max((s.published for s in timeline.sources), default=dt.date(1970, 1, 1))
    sources = {s.id: s for s in timeline.sources}
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<feed xmlns="http://www.w3.org/2005/Atom">',
        f"  <title>{xml_escape(site_name)}</title>",
        f"  <id>urn:uuid:{uuid.uuid5(NAMESPACE, 'feed')}</id>",
        f"  <updated>{newest.isoformat()}T00:00:00Z</updated>",
        f'  <link rel="self" href={quoteattr(site_link(site_url, "events.atom"))}/>',
        f'  <link rel="alternate" type="text/html" href={quoteattr(site_link(site_url, "timeline/"))}/>',
        "  <author><name>The timeline's editors</name></author>",
    ]
    for e in events:
        lines.append(remember(f"events.atom#{e.id}", (e, *(sources[s] for s in e.sources)),
                              lambda e=e: _atom_entry(e, sources, site_url, date_label)))
    lines.append("</feed>")
    return "\n".join(lines) + "\n"


def _atom_entry(e: Event, sources: dict[str, Source], site_url: str, date_label) -> str:
    """An event's ``<entry>``, its lines joined (no line end after the last)."""
    outlets = ", ".join(sources[s].outlet or sources[s].title for s in e.sources)
    summary = f"{date_label(e.when)}. Reported by {outlets}."
    if e.disputed:
        summary += " Sources disagree on the date."
    elif e.moved:
        summary += " The date moved: it was planned for an earlier date."
    return "\n".join([
        "  <entry>",
        f"    <title>{xml_escape(e.title)}</title>",
        f"    <id>urn:uuid:{uuid.uuid5(NAMESPACE, e.id)}</id>",
        f"    <updated>{_updated(e, sources).isoformat()}T00:00:00Z</updated>",
        f'    <link rel="alternate" type="text/html" href={quoteattr(site_link(site_url, event_path(e)))}/>',
        f"    <summary>{xml_escape(summary)}</summary>",
        "  </entry>",
    ])


def _ics_text(value: str) -> str:
    """A TEXT value (RFC 5545 3.3.11): escaped, line ends as \\n, controls removed (the RFC
    allows none but tab in a value)."""
    value = NOT_XML.sub("", value)
    return (value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n"))


def _fold(line: str) -> str:
    """RFC 5545 line folding: at most 75 octets a line, never inside a UTF-8 character.

    An ASCII line (one octet a character, most of them) is cut by slicing, the same cuts as
    the loop below makes, without a step a character (it was most of a rebuild's ``events.ics``):

    >>> line = "SUMMARY:" + "x" * 200
    >>> _fold(line) == _fold_each(line) and _fold("é" * 80) == _fold_each("é" * 80)
    True
    """
    if line.isascii():
        return "\r\n ".join([line[:75], *(line[at:at + 74] for at in range(75, len(line), 74))])
    return _fold_each(line)


def _fold_each(line: str) -> str:
    """``_fold`` a character at a time (a character of several octets is never cut)."""
    out, current, size = [], "", 0
    for ch in line:
        n = len(ch.encode("utf-8"))
        if size + n > 75:
            out.append(current)
            current, size = " ", 1
        current += ch
        size += n
    out.append(current)
    return "\r\n".join(out)


def _ics_date(day: dt.date) -> str:
    """A DATE value (RFC 5545 3.3.4): always eight digits. ``strftime("%Y")`` gives the C
    library's year, which on Linux has no leading zeros: 3 May 50 (an editor's date in
    curation.yaml) was '500503', which calendars cannot read.

    >>> _ics_date(dt.date(50, 5, 3)), _ics_date(dt.date(2025, 9, 3))
    ('00500503', '20250903')
    """
    return f"{day.year:04d}{day.month:02d}{day.day:02d}"


def to_ics(timeline: Timeline, site_name: str, site_url: str, date_label,
           remember: Remember = _made) -> str:
    """An all-day VEVENT per event dated to a week or finer. A VEVENT reads its event and the
    stamp, the newest source's date, which is the same for all and moves with most new
    sources: what follows the stamp is kept by the event alone (``remember``), and the lines
    up to it are made each time (a source newer than all the others made every VEVENT again)."""
    stamp = calendar_stamp(timeline)
    head = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//timeline-generator//EN",
            "CALSCALE:GREGORIAN", f"X-WR-CALNAME:{_ics_text(site_name)}"]
    out = ["".join(_fold(line) + "\r\n" for line in head)]
    stamped = _fold(f"DTSTAMP:{stamp}") + "\r\n"
    for e in visible(timeline):
        if e.when.granularity not in CALENDAR_GRANULARITIES:
            continue
        out.append("BEGIN:VEVENT\r\n" + _fold(f"UID:{e.id}@timeline-generator") + "\r\n" + stamped)
        out.append(remember(f"events.ics#{e.id}", (e,),
                            lambda e=e: _vevent_rest(e, site_url, date_label)))
    out.append(_fold("END:VCALENDAR") + "\r\n")
    return "".join(out)


def calendar_stamp(timeline: Timeline) -> str:
    """Every VEVENT's DTSTAMP: the newest source's date (never the clock)."""
    newest = max((s.published for s in timeline.sources), default=dt.date(1970, 1, 1))
    return _ics_date(newest) + "T000000Z"


def _vevent_rest(e: Event, site_url: str, date_label) -> str:
    """An event's VEVENT after its stamp, each line folded and ended."""
    lines = [
        f"DTSTART;VALUE=DATE:{_ics_date(e.when.start)}",
        f"DTEND;VALUE=DATE:{_ics_date(e.when.end + dt.timedelta(days=1))}",
        f"SUMMARY:{_ics_text(e.title)}",
        f"DESCRIPTION:{_ics_text(date_label(e.when) + ('. Sources disagree on the date.' if e.disputed else '. The date moved.' if e.moved else '.'))}",
    ]
    if site_url:
        lines.append(f"URL:{site_link(site_url, event_path(e))}")
    lines.append("END:VEVENT")
    return "".join(_fold(line) + "\r\n" for line in lines)


def _tl_date(day: dt.date, granularity: str) -> dict:
    d = {"year": day.year}
    if granularity not in ("year", "decade", "century"):
        d["month"] = day.month
        if granularity in ("day", "weekend", "week"):
            d["day"] = day.day
    return d


def to_timelinejs(timeline: Timeline, site_name: str, date_label, site_url: str = "",
                  remember: Remember = _made) -> str:
    """TimelineJS3 JSON; its text fields are HTML, so every text is escaped. Links to event
    pages are absolute when the site's address is known (the file is meant to be embedded
    elsewhere), else relative to the file.

    The bytes of ``json.dumps(data, ensure_ascii=False, indent=1)``, each event's item dumped
    alone and indented to its depth (JSON strings hold no raw line break), so that
    ``remember`` keeps an item by its event."""
    items = []
    for e in visible(timeline):
        items.append(remember(f"timelinejs.json#{e.id}", (e,), lambda e=e: json.dumps(
            _tl_item(e, site_url, date_label), ensure_ascii=False, indent=1).replace("\n", "\n  ")))
    data = {"title": {"text": {"headline": html.escape(site_name), "text": ""}}, "events": []}
    text = json.dumps(data, ensure_ascii=False, indent=1)
    if items:  # (the dump ends in '"events": []\n}')
        text = text[:-len("[]\n}")] + "[\n  " + ",\n  ".join(items) + "\n ]\n}"
    return text + "\n"


def _tl_item(e: Event, site_url: str, date_label) -> dict:
    link = site_link(site_url, event_path(e)) if site_url else "../" + event_path(e)
    item = {
        "unique_id": e.id,
        "start_date": _tl_date(e.when.start, e.when.granularity),
        "display_date": date_label(e.when),
        "text": {"headline": html.escape(e.title),
                 "text": f'<a href="{html.escape(link)}">{html.escape(date_label(e.when))}'
                         f" — {len(e.sources)} source{'s' if len(e.sources) != 1 else ''}</a>"},
    }
    if e.when.end != e.when.start:
        item["end_date"] = _tl_date(e.when.end, e.when.granularity)
    return item
