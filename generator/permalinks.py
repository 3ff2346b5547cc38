"""Pure: permalinks that last. Every event address ever published still leads somewhere.

An event's id comes from one of its claims: ``events.event_id`` of the earliest-published one
(``events.id_claim``). Claim ids are stable (``claims.claim_id``), so any event id ever
published came from a claim; when sources are added, events merge or split and that claim may
end up in an event with another id. The id each *other* claim of an event would give is an
**alias** of that event: the built site has a small redirect page at
``events/<alias>/index.html`` that sends readers to the event now holding the claim, and
``curation.yaml`` decisions written against an alias apply to that event.

Stateless on purpose: nothing remembers old builds; the aliases follow from today's events.
What this cannot keep: an alias whose claim is gone (its source deleted), and the page of an
event whose claims editors all hid (no page to send readers to).

The redirect pages are written into the built site after MkDocs (``site.build_site``): MkDocs
never sees them, so they cost its build nothing and never reach the search index or sitemap.
"""

from __future__ import annotations

import html
from collections.abc import Iterable

from generator.events import event_id
from generator.model import Event, Page, Timeline
from generator.text import bidi_closers


def alias_claims(claim_ids: Iterable[str]) -> dict[str, str]:
    """The id each claim would give an event -> that claim's id (the smallest claim id, should
    two ever share a hash prefix).

    >>> alias_claims(["c-0123456789"])
    {'e-6f036f2257': 'c-0123456789'}
    """
    out: dict[str, str] = {}
    for cid in sorted(set(claim_ids)):
        out.setdefault(event_id(cid), cid)
    return out


def aliases(events: Iterable[Event]) -> dict[str, str]:
    """Alias id -> id of the shown event now holding the claim the alias comes from, sorted.

    Only events with a page (some claim not hidden) are targets; a claim the editors hid
    still belongs to its event. A real event id is never an alias: a real page wins.
    """
    shown = sorted((e for e in events if e.claims), key=lambda e: e.id)
    real = {e.id for e in shown}
    holder = {cid: e.id for e in shown for cid in (*e.claims, *(h for h, _ in e.hidden))}
    return {alias: holder[cid] for alias, cid in alias_claims(holder).items()
            if alias not in real}


def redirect_html(event: Event) -> str:
    """A page that sends the reader on to ``event``'s page, next to it under events/.

    Works without JavaScript (meta refresh, and a visible link) and under any site address
    (relative links only). The title is article text: escaped.
    """
    href = html.escape(f"../{event.id}/", quote=True)
    title = html.escape(event.title + bidi_closers(event.title), quote=True)
    return (
        "<!doctype html>\n"
        '<html lang="en">\n'
        "<head>\n"
        '<meta charset="utf-8">\n'
        f"<title>{title}</title>\n"
        f'<link rel="canonical" href="{href}">\n'
        f'<meta http-equiv="refresh" content="0; url={href}">\n'
        "</head>\n"
        "<body>\n"
        f'<p>This event is now at <a href="{href}">{title}</a>.</p>\n'
        "</body>\n"
        "</html>\n"
    )


def redirect_pages(timeline: Timeline) -> tuple[Page, ...]:
    """The redirect page of every alias, sorted by path. Paths are relative to the built site
    (not to docs/): ``site.build_site`` writes them after MkDocs has run."""
    by_id = {e.id: e for e in timeline.events}
    return tuple(Page(f"events/{alias}/index.html", redirect_html(by_id[target]))
                 for alias, target in aliases(timeline.events).items())
