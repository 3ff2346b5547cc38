"""Page-level rendering: the visual timeline's labels and list."""

from __future__ import annotations

import datetime as dt
import json

from generator.model import Event, TimeValue
from generator.render import VISUAL_LABEL, visual_data, visual_items, visual_label, visual_list


def event(eid: str, title: str, day: str, granularity: str = "day") -> Event:
    d = dt.date.fromisoformat(day)
    return Event(eid, title, TimeValue(d, d, granularity), ("c-1",), ("s",))


def test_labels_are_cut_at_a_word_and_marked() -> None:
    long = "Kremlin reiterates its invitation to Zelensky to travel to Moscow for talks"
    label = visual_label(long)
    assert len(label) <= VISUAL_LABEL + 1 and label.endswith("…")
    assert long.startswith(label[:-1]) and long[len(label) - 1] == " "
    assert visual_label("Short title") == "Short title"


def test_labels_that_would_read_the_same_carry_their_dates() -> None:
    same = "Kremlin reiterates its invitation to Zelensky to travel to Moscow"
    items = visual_items((event("e-2", same + " again", "2026-01-29"),
                          event("e-1", same, "2025-09-03"), event("e-3", "Other", "2025-05-13")))
    labels = [i["label"] for i in items]
    assert [i["id"] for i in items] == ["e-3", "e-1", "e-2"]  # oldest first
    assert len(set(labels)) == 3
    assert labels[1].endswith("(3 September 2025)") and labels[2].endswith("(29 January 2026)")
    assert labels[0] == "Other"


def test_visual_data_and_list_escape_titles() -> None:
    hostile = event("e-9", "</script><img src=x onerror=alert(1)>", "2026-01-30")
    data = str(visual_data((hostile,)))
    assert "<" not in data and json.loads(data)[0]["title"].startswith("</script>")
    listed = str(visual_list((hostile,)))
    assert "<img" not in listed and "&lt;img" in listed


def test_a_year_a_phase_shares_is_named_by_its_months() -> None:
    """look37: the timeline's headings and contents read "2025 / The Istanbul talks / 2025 /
    ..." where events fell before, between and after the phases of one year."""
    from generator.model import Phase
    from generator.render import timeline_groups

    phases = (Phase("The Istanbul talks", dt.date(2025, 5, 1), dt.date(2025, 6, 30)),)
    events = (event("e-1", "Before", "2025-03-04"), event("e-2", "Also before", "2025-04-20"),
              event("e-3", "Talks", "2025-05-16"), event("e-4", "After", "2025-08-02"),
              event("e-5", "Long ago", "2019-12-09"))
    headings = [s["heading"] for s in timeline_groups(events, phases)]
    assert headings == ["2019", "March–April 2025", "The Istanbul talks", "August 2025"]
