"""Loading and validating sources: every problem named with file:line and the expected form."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.sources import load_sources, parse_source
from tests.conftest import GOOD_FRONT, write_source


def messages(folder: Path) -> list[str]:
    _, problems = load_sources([folder])
    return [str(p) for p in problems]


def test_valid_source_keeps_body_offset_into_raw_file() -> None:
    raw = "---\n" + GOOD_FRONT + "---\nBody text.\n"
    source, problems = parse_source(raw, "s.md", "s")
    assert problems == [] and source is not None
    assert source.raw[source.body_start:] == "Body text.\n"
    assert source.published.isoformat() == "2026-01-29"


def test_the_seed_sources_load_without_problems() -> None:
    sources, problems = load_sources([Path("sources")])
    assert len(sources) == 5 and problems == ()


def test_bad_date_names_file_line_column_and_form(tmp_path: Path) -> None:
    write_source(tmp_path, "a.md", 'title: "T"\nurl: https://e.com/a\npublished: Marhc 2019\n')
    assert messages(tmp_path) == [
        f"{tmp_path.as_posix()}/a.md:4:12: 'published' is \"Marhc 2019\"; expected a date YYYY-MM-DD"
    ]


def test_impossible_date(tmp_path: Path) -> None:
    write_source(tmp_path, "a.md", 'title: "T"\nurl: https://e.com/a\npublished: 2025-02-30\n')
    assert messages(tmp_path) == [f"{tmp_path.as_posix()}/a.md:4:12: 'published' is "
                                  "\"2025-02-30\", which is not a real date; expected YYYY-MM-DD"]


def test_every_problem_of_every_file_is_reported(tmp_path: Path) -> None:
    write_source(tmp_path, "a.md", 'title: ""\nurl: ftp://e.com/a\n')
    (tmp_path / "b.md").write_text("no front matter here\n", encoding="utf-8")
    (tmp_path / "c.md").write_text("---\ntitle: x\n", encoding="utf-8")
    (tmp_path / "d.md").write_text("---\n- a list\n---\nbody\n", encoding="utf-8")
    (tmp_path / "e.md").write_text("---\ntitle: [unclosed\n---\nbody\n", encoding="utf-8")
    (tmp_path / "f.md").write_bytes(b"---\ntitle: caf\xe9\n---\n")
    (tmp_path / "g.md").write_text("", encoding="utf-8")
    got = "\n".join(messages(tmp_path))
    p = tmp_path.as_posix()
    assert f"{p}/a.md:2:8: 'title' is \"\"; expected text" in got
    assert f"{p}/a.md:3:6: 'url' is \"ftp://e.com/a\"; expected an http:// or https:// address" in got
    assert f"{p}/a.md:1: 'published' is missing; expected published: YYYY-MM-DD" in got
    assert f"{p}/b.md:1:1: no front matter" in got
    assert f"{p}/c.md:1:1: front matter is not closed" in got
    assert f"{p}/d.md:2:1: front matter must be a mapping" in got
    assert f"{p}/e.md:3:1: front matter is not valid YAML" in got
    assert f"{p}/f.md:2: is not UTF-8 (byte 0xe9" in got
    assert f"{p}/g.md:1:1: the file is empty" in got


def test_unknown_keys_are_kept_and_warned(tmp_path: Path) -> None:
    write_source(tmp_path, "a.md", GOOD_FRONT + "mood: grim\n")
    sources, problems = load_sources([tmp_path])
    assert sources[0].extra == (("mood", "grim"),)
    assert [p.severity for p in problems] == ["warning"]
    assert "a.md:5: warning: unknown key 'mood' is kept but not used" in str(problems[0])


def test_yaml_aliases_are_refused(tmp_path: Path) -> None:
    bomb = 'a: &a ["x","x"]\nb: &b [*a,*a]\n' + GOOD_FRONT
    write_source(tmp_path, "a.md", bomb)
    assert any("YAML aliases (*name) are not allowed" in m for m in messages(tmp_path))


@pytest.mark.parametrize("tagged", ["mood: !foo grim", "mood: !!python/object:os.system x",
                                    "mood: !!binary aGk="])
def test_a_yaml_tag_with_no_meaning_is_refused_at_its_line(tmp_path: Path, tagged: str) -> None:
    """hostile28: "title: !foo bar" was read as "bar", its tag dropped silently."""
    write_source(tmp_path, "a.md", GOOD_FRONT + tagged + "\n")
    (message,) = messages(tmp_path)
    assert ":5:7: the YAML tag " in message and "has no meaning in front matter; remove it" in message


def test_binary_file_and_duplicate_url(tmp_path: Path) -> None:
    (tmp_path / "bin.md").write_bytes(b"\x00\x01\x02")
    write_source(tmp_path, "x.md", GOOD_FRONT)
    write_source(tmp_path, "y.md", GOOD_FRONT)
    got = messages(tmp_path)
    assert f"{tmp_path.as_posix()}/bin.md: is a binary file; expected UTF-8 Markdown text" in got
    assert any("y.md:3: url https://example.com/a is already the url of" in m for m in got)


def test_follows_is_validated(tmp_path: Path) -> None:
    write_source(tmp_path, "a.md", GOOD_FRONT + "follows:\n  url: javascript:alert(1)\n")
    assert any("'follows.url' is \"javascript:alert(1)\"" in m for m in messages(tmp_path))


def test_a_dateline_that_contradicts_published_is_a_warning(tmp_path: Path) -> None:
    front = 'title: "T"\nurl: https://e.com/a\npublished: 2022-03-10\n'
    (tmp_path / "a.md").write_text(f"---\n{front}---\nMOSCOW, March 2 (Reuters) - Talks are "
                                   "expected on Wednesday.\n", encoding="utf-8")
    (tmp_path / "b.md").write_text(f"---\n{front.replace('/a', '/b')}---\nMOSCOW, March 9 "
                                   "(Reuters) - Talks are expected on Friday.\n", encoding="utf-8")
    sources, problems = load_sources([tmp_path])
    assert len(sources) == 2
    assert [str(p) for p in problems] == [
        f"{tmp_path.as_posix()}/a.md:6:1: warning: the dateline 'MOSCOW, March 2' names "
        "2022-03-02, but 'published' is 2022-03-10; check the publication date"]
