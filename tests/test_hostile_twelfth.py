"""The twelfth hostile sweep (docs/benchmarks.md, "A twelfth sweep"): the reading rules added
since the last sweep of time (tense markers, datelines, titles and their holders, who acts,
parting a report's day, headlines) fed the runs they read: no traceback, and work linear in
the article."""

from __future__ import annotations

import datetime as dt

from generator.pipeline import extract
from generator.sources import parse_source
from generator.timex import tag

FRONT = '---\ntitle: "A live report"\nurl: https://example.com/live\npublished: 2025-09-03\n---\n'


def _extract(body: str):
    source, problems = parse_source(FRONT + body + "\n", "live.md", "live")
    assert source is not None, problems
    return extract((source,))


# ------------------------------------------------------------------ parting a report's day
def test_a_night_parted_from_a_day_of_more_than_unit_reach_claims_is_no_traceback() -> None:
    """A live report of 40 sentences on one day and a night's strike among its first: the
    night was parted off, then the day's claims read again from the first UNIT_REACH of those
    left, which now held claims whose agents were never read (KeyError: 32 from `timeline
    build`). The claims read are those read before."""
    paras = ["Late on Tuesday night, Russian drones struck Kyiv, killing at least three people."]
    paras += [f"Putin met envoy number {i} in Moscow on Tuesday." for i in range(40)]
    timeline = _extract("\n\n".join(paras))
    assert len(timeline.claims) == 41
    assert len(timeline.events) == 2  # the night's strike apart from the day's meetings
    assert sorted(len(e.claims) for e in timeline.events) == [1, 40]


def test_two_nights_of_one_date_and_no_day_are_two_events_not_a_traceback() -> None:
    """Two nights dated by one day, the one it began ("Late on Tuesday") and the one it ended
    ("Overnight into Tuesday"), of two kinds of happening and no claim of the day itself: each
    night was parted from the other, nothing was left of the day, and its empty part ended the
    build in an IndexError traceback (found by random articles of the reading rules' words)."""
    timeline = _extract("Late on Tuesday, Russian drones struck Kyiv, killing at least three people.\n\n"
                        "Overnight into Tuesday, the delegations held talks in Istanbul.")
    assert len(timeline.claims) == 2
    assert sorted(len(e.claims) for e in timeline.events) == [1, 1]


# ------------------------------------------------------------------ who speaks
def test_a_list_of_names_is_read_back_a_bounded_number_of_times(monkeypatch) -> None:
    """Each person's name reads the phrase before it back through one appositive comma, and
    that phrase the one before it: a sentence listing names ("Putin, Peskov, Lavrov, ...")
    read every comma before each name, the square of the list (a sentence of 1,960 characters
    of the registry's names: 330 ms; 2 MB of them: some 5 minutes). Each phrase is read once."""
    from generator import attribution
    from generator.entities import load_registry
    from generator.model import Sentence

    registry = load_registry()
    names = ["Vladimir Putin", "Dmitry Peskov", "Sergei Lavrov", "Volodymyr Zelensky", "Donald Trump"]
    reads = [0]
    real = attribution._near

    def counting(*args, **kwargs):
        reads[0] += 1
        return real(*args, **kwargs)

    monkeypatch.setattr(attribution, "_near", counting)
    counts = []
    for n in (30, 60, 120):
        text = ", ".join(names[i % len(names)] for i in range(n)) + " met in Moscow."
        assert len(text) < attribution.LONGEST
        reads[0] = 0
        sentence = Sentence(0, len(text), text, 0)
        attribution.attribute_sentences([sentence], [registry.find(text)], registry)
        counts.append(reads[0])
    assert counts[1] <= 2.5 * counts[0] and counts[2] <= 2.5 * counts[1], counts


# ------------------------------------------------------------------ counts from a happening
def test_a_sentence_of_counts_reads_its_subject_in_place(monkeypatch) -> None:
    """For each count of days ("The talks in Moscow came a day after ..."), the subject before
    it was read from a copy of the sentence up to it: a sentence of 2 MB of counts copied its
    square (f12-counted: 15.3 CPU s at 2 MB, 2.39x for 2x). The pattern reads the sentence
    itself, up to the count; what it finds is the same."""
    from generator import claims

    patterns = dict(claims.vocabulary())
    given = []

    class Recording:
        def search(self, text, *bounds):
            given.append((text, bounds))
            return patterns["counted_subject"].search(text, *bounds)

    monkeypatch.setattr(claims, "vocabulary", lambda: {**patterns, "counted_subject": Recording()})
    text = "The call came three days after delegations met in Istanbul."
    sentence_text = text + " The talks came a day after" * 3  # (one sentence here: the text given)
    counts = [t for t in tag(sentence_text, dt.date(2025, 9, 3)) if t.type == "DURATION"]
    assert counts
    found = [claims.counted(sentence_text, 0, t) for t in counts]
    assert found[0] is not None and found[0][0] == "call"
    assert given and all(text is sentence_text for text, _ in given)


# ------------------------------------------------------------------ a project's name
def test_a_project_named_with_an_emoji_by_init_builds(tmp_path, capsys, monkeypatch) -> None:
    """`timeline init --name "H12 shapes 🙂"` wrote site_name as JSON does, the emoji as two
    escapes of half a character ("\\ud83d\\ude42"), which YAML reads as two lone surrogates:
    `timeline check` and `build` refused the project init had just made ("mkdocs.yml:3: holds
    the escape of a lone surrogate"), and `mkdocs build` ended in a UnicodeEncodeError
    traceback. Written with YAML's own escape, the name is read back whole."""
    import yaml

    from generator.cli import main

    name = "Harbour 🙂 «x» 𝐏 \"quoted\" back\\slash"
    assert main(["init", "--name", name, str(tmp_path / "p")]) == 0
    text = (tmp_path / "p" / "mkdocs.yml").read_text(encoding="utf-8")
    line = next(x for x in text.splitlines() if x.startswith("site_name:"))
    assert line.isascii()
    assert yaml.safe_load(line)["site_name"] == name
    monkeypatch.chdir(tmp_path / "p")
    capsys.readouterr()
    assert main(["check"]) == 0, capsys.readouterr().err
