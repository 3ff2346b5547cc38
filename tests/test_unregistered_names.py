"""A name in apposition the registry does not know is a person's only if a name could be it."""

from __future__ import annotations

from generator.attribution import attribute_sentences
from generator.entities import load_registry
from generator.model import Sentence


def _speaker(text: str):
    registry = load_registry()
    return attribute_sentences([Sentence(0, len(text), text, 0)], [registry.find(text)], registry)[0]


def test_a_day_is_no_name_in_apposition() -> None:
    # (was 'Friday Night', who then said the talks would resume)
    who = _speaker("The Ukrainian president, Friday Night, said the talks would resume.")
    assert who is not None and who.text == "The Ukrainian president", who


def test_a_name_in_apposition_still_speaks() -> None:
    who = _speaker("The UN spokesman, Stéphane Dujarric, said the trip would go ahead.")
    assert who is not None and who.text.endswith("Stéphane Dujarric"), who
