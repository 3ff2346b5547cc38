"""The thirty-fifth hostile sweep (hostile35), session 41's rules attacked: an office read on a
date that qualified a noun ("the 12 February 2015 Minsk agreement") gave the wrong holder, an
interview's turn ran on into the article's narration, "A:" answered for the first person the
registry knew (or for "A"), a lettered list's "A." was a turn, a "by DATE" of a deed done was a
deadline ahead, an according-to aside swallowed a clause ("seven drones were shot down"),
"could go on to annex" became 'could annexed', "LULA:" lost its entity, a title-case heading's
"Meets Putin" was read as a name, a quoted name in a listener garbled a title, a recursive or
aliased `mkdocs.yml` was walked once per alias (65 s for eight lines), and replies were
checked in quadratic time."""
from __future__ import annotations

from pathlib import Path

import pytest

from generator.headlines import make_headline
from tests.conftest import timeline_of


def _claims(body: str, published: str = "2025-09-10"):
    return timeline_of(body, published=lambda _: published).claims


@pytest.mark.parametrize(("body", "holder"), [
    ("The Ukrainian president said the 12 February 2015 Minsk agreement was dead, in a speech on Monday.",
     "volodymyr-zelensky"),
    ("The Russian president called the 2010 New START treaty dead on Monday.", "vladimir-putin"),
    ("Ten years after the 2008 war, the Russian president visited Abkhazia on 8 August 2018.", "vladimir-putin"),
])
def test_an_office_is_read_on_the_day_told_not_on_a_date_of_a_noun(body: str, holder: str) -> None:
    assert {holder} == {a for c in _claims(body) for a in c.actors if a.endswith(("putin", "zelensky",
                                                                                  "poroshenko", "medvedev"))}


def test_a_turn_ends_where_the_article_tells_again_in_the_third_person() -> None:
    claims = _claims("**Zelensky:** We are ready to meet Putin anywhere.\n\n"
                     "**Interviewer:** And the talks?\n\n"
                     "**Zelensky:** We sent our team on Monday.\n\n"
                     "Our delegation will report on Friday.\n\n"
                     "Russian drones struck Kharkiv on Tuesday night, killing two people.\n\n"
                     "Putin met Xi in Beijing on Wednesday.\n")
    speakers = {c.text.split(".")[0]: c.attribution and c.attribution.text for c in claims if c.timex}
    assert speakers == {"**Zelensky:** We sent our team on Monday": "Zelensky",
                        "Our delegation will report on Friday": "Zelensky",
                        "Russian drones struck Kharkiv on Tuesday night, killing two people": None,
                        "Putin met Xi in Beijing on Wednesday": None}


def test_an_answer_is_the_one_the_opening_names_first_and_a_letter_is_no_turn() -> None:
    claims = _claims("Oleksandra Matviichuk, the Nobel laureate, spoke to us about Putin's war.\n\n"
                     "**Q: What comes next?**\n\nA: We will publish a new report on Friday.\n\n"
                     "**Q: And Kherson?**\n\nA: Russian troops shelled it again on Monday.\n")
    assert {c.attribution and c.attribution.text for c in claims if c.timex} == {"Oleksandra Matviichuk"}
    nameless = _claims("In an interview, Ukraine's finance minister spoke about the default.\n\n"
                       "**Q: The coupon?**\n\nA: We paid the coupon on Monday.\n\n"
                       "**Q: And Russia?**\n\nA: Russia filed its claim in London on Tuesday.\n")
    assert {c.attribution for c in nameless if c.timex} == {None}
    lettered = _claims("The plan has four points.\n\nA. Russia withdraws its troops by 1 October.\n\n"
                       "B. Ukraine holds elections.\n\nA. Kyiv drops its NATO bid on 1 November.\n")
    assert {c.attribution for c in lettered if c.timex} == {None}


@pytest.mark.parametrize(("body", "day"), [
    ("Russian troops had captured Pokrovsk by 1 September, the ministry said. Two days later, Zelensky "
     "visited Kramatorsk.", "2025-09-03"),
    ("Zelensky said the swap was completed by 1 September. The next day, Putin met Xi.", "2025-09-02"),
])
def test_a_day_by_which_something_was_done_is_counted_from(body: str, day: str) -> None:
    assert str(_claims(body)[-1].when.start) == day


@pytest.mark.parametrize(("sentence", "title"), [
    ("According to the ministry, seven drones were shot down, and two hit buildings in Kyiv.",
     "Ministry says seven drones shot down"),
    ("According to Peskov, speaking on Tuesday, Putin would not attend.", "Peskov says Putin will not attend"),
    ("Russia could go on to annex Kherson in 2026.", "Russia could go on to annex Kherson"),
    ("Russia did not go on to annex Kyiv.", "Russia did not go on to annex Kyiv"),
    ('Putin told the Rossiya-1 programme "Moscow. Kremlin. Putin" on Sunday that he was ready.',
     "Putin says he is ready"),
])
def test_headlines_of_the_sweep(sentence: str, title: str) -> None:
    assert make_headline(sentence).text == title


def test_a_label_in_capitals_is_the_registrys_name() -> None:
    claims = _claims("**LULA:** Brazil will host talks on Friday.\n\n**XI:** We sent envoys on Monday.\n\n"
                     "**LULA:** We invited both sides on Tuesday.\n")
    assert [(c.attribution.text, c.attribution.entity) for c in claims if c.timex] == [
        ("Lula", "luiz-inacio-lula-da-silva"), ("Xi", "xi-jinping"), ("Lula", "luiz-inacio-lula-da-silva")]


def test_a_title_case_headings_office_keeps_its_holder() -> None:
    (claim,) = _claims("## Ukrainian President Meets Putin In Paris On 9 December 2019\n", "2025-09-10")
    assert claim.actors == ("volodymyr-zelensky", "vladimir-putin")


def test_a_recursive_or_aliased_mkdocs_yml_is_read_once_per_node(tmp_path: Path) -> None:
    """Each list and mapping is read once: a recursive alias (a list holding itself) ran out of
    stack, eight lines of anchors naming the one before ten times took 65 s."""
    from generator.config import Config

    (tmp_path / "mkdocs.yml").write_text(
        "site_name: T\nextra:\n  loop: &a [x, *a]\n  a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        + "".join(f"  a{k}: &a{k} [{', '.join([f'*a{k - 1}'] * 10)}]\n" for k in range(1, 30)),
        encoding="utf-8")
    assert Config.from_project(tmp_path).site_name == "T"


def test_a_chain_of_replies_is_read_reply_by_reply() -> None:
    """Each reply once against the replies before it (a chain of k answering k-1 was checked
    in quadratic time); a ring through the chain is still refused."""
    import dataclasses
    import datetime as dt

    from generator.curation import Decision, story_of
    from generator.pipeline import extract
    from generator.problems import InputError
    from generator.sources import parse_source

    front = '---\ntitle: "T"\nurl: https://example.com/t\npublished: 2025-09-03\n---\n'
    source, _ = parse_source(front + "Putin invited Zelensky to Moscow on 1 September 2025.\n", "t.md", "t")
    timeline = extract((source,))
    first = timeline.events[0]
    events = tuple(dataclasses.replace(first, id=f"e-{k:06d}", claims=(f"c{k}",), when=dataclasses.replace(
        first.when, start=dt.date(2000, 1, 1) + dt.timedelta(days=k), end=dt.date(2000, 1, 1) + dt.timedelta(days=k)))
        for k in range(3000))
    chain = tuple(Decision("reply", (f"e-{k + 1:06d}", f"e-{k:06d}"), "why", "curation.yaml", k + 1)
                  for k in range(2999))
    _, replies = story_of(events, timeline.claims, chain)
    assert len(replies) == 2999
    with pytest.raises(InputError) as err:
        story_of(events, timeline.claims, (*chain, Decision("reply", ("e-000000", "e-002999"), "ring",
                                                            "curation.yaml", 3000)))
    assert "already answers" in str(err.value)
