"""The JSON export is written as it is made (export.iter_json), and its bytes are those of the
whole export dumped at once: `json.dumps(the dict, ensure_ascii=False, indent=2)`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from generator.cli import main
from generator.entities import read_registry
from generator.export import claim_json, entities_json, event_json, iter_json, source_json, to_json
from generator.model import Timeline
from generator.pipeline import check, extract
from tests.conftest import ROOT

REGISTRY = read_registry(ROOT / "entities.yaml")


def whole(timeline: Timeline) -> str:
    """The export as it was made before it was streamed: one dict, dumped at once."""
    event_of = {cid: e.id for e in timeline.events for cid in e.claims}
    data = {
        "sources": [source_json(s) for s in timeline.sources],
        "entities": entities_json(timeline, REGISTRY),
        "claims": [claim_json(c, event_of) for c in timeline.claims],
        "events": [event_json(e) for e in timeline.events],
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


@pytest.mark.parametrize("folder", ["sources", "tests/golden/sources"])
def test_streamed_export_is_the_whole_export_byte_for_byte(folder: str) -> None:
    sources, _ = check([ROOT / folder])
    timeline = extract(sources, registry=REGISTRY)
    assert timeline.claims and timeline.events
    pieces = list(iter_json(timeline, REGISTRY))
    assert len(pieces) > len(timeline.claims)  # written record by record, not whole
    assert "".join(pieces) == whole(timeline) == to_json(timeline, REGISTRY)


def test_an_empty_export_is_the_whole_export() -> None:
    empty = Timeline((), (), ())
    assert to_json(empty, REGISTRY) == whole(empty)
    assert json.loads(to_json(empty, REGISTRY)) == {"sources": [], "entities": [], "claims": [],
                                                    "events": []}


def test_timeline_extract_writes_the_export(capsys: pytest.CaptureFixture[str],
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    assert main(["extract", "tests/golden/sources"]) == 0
    sources, _ = check([Path("tests/golden/sources")])
    assert capsys.readouterr().out == whole(extract(sources, registry=REGISTRY))
