"""The entity registry: its examples, validation with lines, and unknown-name suggestions."""

from __future__ import annotations

import re

import pytest
import yaml

from generator.entities import FILENAME, load_registry, parse_registry, suggest_names
from generator.problems import InputError
from tests.conftest import ROOT

EXAMPLES = yaml.safe_load((ROOT / FILENAME).read_text(encoding="utf-8"))["examples"]


@pytest.mark.parametrize("case", EXAMPLES, ids=lambda c: c["text"][:30])
def test_registry_examples(case: dict) -> None:
    found = [m.entity for m in load_registry().find(case["text"], case.get("written"))]
    assert list(dict.fromkeys(found)) == case["entities"]


def test_spellings_resolve_to_one_person() -> None:
    registry = load_registry()
    for name in ("Zelensky", "Zelenskyy", "Zelenskiy", "Volodymyr Zelensky"):
        assert [m.entity for m in registry.find(f"{name} spoke.")] == ["volodymyr-zelensky"]


def test_bad_registry_names_the_line() -> None:
    text = "entities:\n  - id: ok\n    name: OK\n    kind: place\n  - id: Bad Id\n    name: x\n    kind: place\n"
    with pytest.raises(InputError) as err:
        parse_registry(text, "entities.yaml")
    assert str(err.value.problems[0]).startswith("entities.yaml:5: id is 'Bad Id'")


def test_same_name_for_two_entities_is_an_error() -> None:
    text = ("entities:\n  - {id: a, name: Kyiv, kind: place}\n"
            "  - {id: b, name: Kiev, kind: place, aliases: [Kyiv]}\n")
    with pytest.raises(InputError, match="the name 'Kyiv' already belongs to a"):
        parse_registry(text, "entities.yaml")


def test_unknown_names_are_suggested() -> None:
    sentences = [("Ihor Klymenko visited the site with Zelensky.", False),
                 ("Later, Ihor Klymenko spoke.", False), ("A Heading", True)]
    assert suggest_names(sentences, load_registry())[0] == ("Ihor Klymenko", 2)


def test_a_name_running_over_a_line_end_is_found() -> None:
    """Hard-wrapped paragraphs break names at line ends: the registry's names match across
    any white space."""
    from generator.entities import parse_registry
    registry = parse_registry("entities:\n  - {id: belovezhskaya-pushcha, name: Belovezhskaya Pushcha,"
                              " kind: place, aliases: [Bialowieza  Forest]}\n", "entities.yaml")
    found = registry.find("held in Belovezhskaya\nPushcha and in the Bialowieza\n  Forest.")
    assert [(m.entity, m.start) for m in found] == [("belovezhskaya-pushcha", 8),
                                                     ("belovezhskaya-pushcha", 41)]


def test_an_empty_alias_is_refused_with_its_line() -> None:
    from generator.entities import parse_registry
    from generator.problems import InputError
    with pytest.raises(InputError) as caught:
        parse_registry("entities:\n  - {id: x, name: X, kind: place, aliases: ['']}\n", "entities.yaml")
    assert "none empty" in str(caught.value) and ":2" in str(caught.value)


def test_an_id_used_twice_is_named_with_its_line() -> None:
    from generator.entities import parse_registry
    from generator.problems import InputError

    text = ("entities:\n"
            "  - {id: a-b, name: Alpha Beta, kind: person}\n"
            "  - {id: c-d, name: Gamma Delta, kind: place}\n"
            "  - {id: a-b, name: Other Name, kind: person}\n")
    with pytest.raises(InputError) as caught:
        parse_registry(text, "entities.yaml")
    assert [str(p) for p in caught.value.problems] == [
        "entities.yaml:4: entity a-b: the id is used twice"]


def test_a_side_must_name_an_entity_of_the_file() -> None:
    """``side`` names the entity an entity speaks and acts for (a title keeps "Peskov says"
    before what he says of others): an id that is not in the file, or no id, is refused with
    the entry's line."""
    ok = ("entities:\n  - {id: russia, name: Russia, kind: place}\n"
          "  - {id: dmitry-peskov, name: Dmitry Peskov, kind: person, side: russia}\n")
    assert parse_registry(ok, "entities.yaml").by_id["dmitry-peskov"].side == "russia"
    with pytest.raises(InputError) as err:
        parse_registry(ok.replace("side: russia", "side: rusia"), "entities.yaml")
    assert str(err.value.problems[0]).startswith("entities.yaml:3: side 'rusia' names no entity")
    with pytest.raises(InputError) as err:
        parse_registry(ok.replace("side: russia", "side: [russia]"), "entities.yaml")
    assert str(err.value.problems[0]).startswith("entities.yaml:3: entity dmitry-peskov: side is")


@pytest.mark.parametrize("alias", ["May", "sunday", "Aug"])
def test_a_name_that_is_a_month_or_a_weekday_is_refused(alias: str) -> None:
    """hostile27: "May" as an alias of Theresa May made her an actor of "on 3 May 2025" and of
    "In May 2024", without a word; such a name is an error naming the line."""
    text = ("entities:\n  - {id: ok, name: Kyiv, kind: place}\n"
            f"  - {{id: theresa-may, name: Theresa May, kind: person, aliases: [{alias}]}}\n")
    with pytest.raises(InputError) as err:
        parse_registry(text, "entities.yaml")
    assert str(err.value) == (f"entities.yaml:3: entity theresa-may: the name '{alias}' is a "
                              "month's or a weekday's, which every date holds; give a longer name "
                              "(the full name) instead")


def test_an_office_is_its_holders_on_the_day_written() -> None:
    """'the Ukrainian president' of an article of 2014 is Poroshenko, of 2020 Zelensky, of 2010
    Yanukovych, and no one in 1993: no entry held the office then (probe_events67 read it as
    Zelensky's)."""
    import datetime as dt

    registry = load_registry()
    text = "The Ukrainian president said talks would resume."
    assert [m.entity for m in registry.find(text, dt.date(2014, 6, 21))] == ["petro-poroshenko"]
    assert [m.entity for m in registry.find(text, dt.date(2020, 6, 21))] == ["volodymyr-zelensky"]
    assert [m.entity for m in registry.find(text, dt.date(2010, 3, 1))] == ["viktor-yanukovych"]
    assert registry.find(text, dt.date(1993, 3, 1)) == ()
    assert [m.entity for m in registry.find(text)] == ["volodymyr-zelensky"]  # undated: now


@pytest.mark.parametrize(("titles", "message"), [
    ("[{names: [the PM], from: 2010-01-01, until: 2012-01-01}]",
     "entities.yaml:2: entity a: the title 'the PM' is b's on some of the same days"),
    ("[{names: [Ada], from: 2013-01-01}]", "the title 'Ada' is a name of a"),
    ("[{names: [the PM], from: '2013-02-30'}]", "'from' is '2013-02-30'; expected a day"),
    ("[{names: [the PM], from: 2013-01-01, until: 2012-01-01}]", "'from' (2013-01-01) is after 'until'"),
    ("[{names: [the PM], form: 2013-01-01}]", "unknown key 'form'"),
    ("[the PM]", "'titles' must be a list of {names: [...]"),
])
def test_a_bad_title_is_refused_with_its_line(titles: str, message: str) -> None:
    text = ("entities:\n  - {id: a, name: Ada, kind: person, titles: [{names: [the PM], from: 2011-01-01}]}\n"
            f"  - {{id: b, name: Bob, kind: person, titles: {titles}}}\n")
    with pytest.raises(InputError, match=re.escape(message)):
        parse_registry(text, "entities.yaml")
