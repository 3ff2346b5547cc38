"""What the sixteenth hostile sweep found (the reading and headline rules of sessions 22-23)
and was fixed: docs/benchmarks.md, "A sixteenth sweep"."""

from __future__ import annotations

import re
import sys
import types

import pytest

from generator import claims
from generator.entities import load_registry
from generator.sources import parse_source

REGISTRY = load_registry()
FRONT = "---\ntitle: A\nurl: https://example.com/a\npublished: 2025-09-03\n---\n"


class _Counted:
    """A compiled pattern that adds the characters each search may read to ``read``."""

    def __init__(self, pattern: re.Pattern[str], read: list[int]) -> None:
        self.pattern, self.read = pattern, read

    def __getattr__(self, name: str):
        return getattr(self.pattern, name)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize):
        self.read[0] += max(0, min(endpos, len(text)) - pos)
        return self.pattern.search(text, pos, endpos)


def _read_by_counts(monkeypatch: pytest.MonkeyPatch, raw: str) -> int:
    """The characters read by the patterns claims.py compiles or searches with while ``raw``'s
    claims are extracted (``counted_from``'s for a count's noun among them; the vocabularies,
    compiled before, are not counted)."""
    read = [0]
    counting = types.SimpleNamespace(**{k: getattr(re, k) for k in dir(re) if not k.startswith("__")})
    counting.compile = lambda p, flags=0: _Counted(re.compile(p, flags), read)
    counting.search = lambda p, text, flags=0: _Counted(re.compile(p, flags), read).search(text)
    source, problems = parse_source(raw, "a.md", "a")
    assert source is not None, problems
    claims.extract_source(source, REGISTRY)  # (the vocabularies compiled first, uncounted)
    with monkeypatch.context() as m:
        m.setattr(claims, "re", counting)
        claims.extract_source(source, REGISTRY)
    return read[0]


def _long_then(n: int, after: str) -> str:
    """A sentence of ``n`` dated clauses (its 20 claims each hold it whole), then ``after``
    ``n`` times."""
    dated = " and ".join(f"Putin spoke to Zelensky on {1 + k % 28} May {1990 + k // 28 % 30}"
                         for k in range(n))
    return FRONT + dated + ".\n\n" + after * n + "\n"


@pytest.mark.parametrize("after", [
    "Hours after the speech, thousands marched. ",  # counted_hours
    "A day after the summit, thousands marched. ",  # a count opening the sentence
    "The visit came a day after the summit. ",  # a count of the subject's
    "on the same day as the summit, and ",  # same_day_as, thousands in one sentence
])
def test_a_count_reads_the_claims_before_it_near_their_dates(monkeypatch: pytest.MonkeyPatch,
                                                              after: str) -> None:
    """Each count ("Hours after the speech", "A day after the summit", "the same day as the
    summit") read the whole sentence of each of the 64 claims before it for its noun: after a
    sentence of 500 KB, thousands of counts read it whole each (the square of the article:
    135 s at 400 KB). It reads ``NAMING_REACH`` characters around each claim's date, and the
    dates of one sentence past ``SENTENCE_CLAIMS`` are not looked up."""
    small = _read_by_counts(monkeypatch, _long_then(300, after))
    large = _read_by_counts(monkeypatch, _long_then(600, after))
    assert large <= 2.5 * small, (small, large)


def test_a_count_still_finds_its_noun_in_a_real_sentence() -> None:
    raw = FRONT + ("Putin and Zelensky held talks in Istanbul on 3 May 2025, officials said.\n\n"
                   "A day after the talks, a Russian drone hit a bus.\n")
    source, _ = parse_source(raw, "a.md", "a")
    found = claims.extract_source(source, REGISTRY)[0]
    assert [c.when.start.isoformat() for c in found] == ["2025-05-03", "2025-05-04"]


def _titles(body: str) -> list[str]:
    from generator.pipeline import extract

    source, problems = parse_source(FRONT + body + "\n", "a.md", "a")
    assert source is not None, problems
    return [e.title for e in extract((source,)).events]


@pytest.mark.parametrize("line", [
    "WASHINGTON, March 31 (AFP/Reuters): Trump said on Monday that he was angry.",
    "WASHINGTON, March 31 (Agencies, AFP): Trump said on Monday that he was angry.",
    "WASHINGTON (Agencies) (Reuters): Trump said on Monday that he was angry.",
    "WASHINGTON, March 31 (Agencies): 2 US envoys said on Monday that talks would go on.",
])
def test_a_dateline_of_two_agencies_or_before_a_digit_is_no_title(line: str) -> None:
    """A dateline whose bracket names two agencies ("(AFP/Reuters)", "(Agencies, AFP)"), has
    two brackets, or is followed by a digit after its colon was read as the sentence's words:
    titles "WASHINGTON,: Trump said that he was angry", "WASHINGTON, March 31 (Agencies): 2 US
    envoys said on Monday that talks" (text.yaml ``dateline``)."""
    titles = _titles(line)
    assert titles and not any("WASHINGTON" in t or "Agencies" in t for t in titles), titles


@pytest.mark.parametrize(("sentence", "speaker", "headline"), [
    ("Zelensky met envoys on Monday, Ukrinform reports.", None, "Zelensky meets envoys"),
    ("Zelensky met envoys on Monday, TASS and RIA Novosti report.", None, "Zelensky meets envoys"),
    ("Zelensky met envoys on Monday, TASS reports citing sources.", None, "Zelensky meets envoys"),
    ("Zelensky met envoys on Monday, the agency reports.", None, "Zelensky meets envoys"),
    ("Peskov said on Monday that the talks would resume, Interfax reports.", "Peskov",
     "Peskov says the talks will resume"),
])
def test_an_agency_relaying_the_sentence_is_no_part_of_its_title(sentence: str, speaker: str | None,
                                                                  headline: str) -> None:
    """", TASS reports" at a sentence's end is a credit: titles kept it ("Zelensky meets
    envoys, Ukrinform reports"; probe_events9: "Court of appeal in Kyiv releases Volodymyr
    Tsemakh from custody, NOS reports"). headlines.yaml ``trailing_asides``."""
    from generator.headlines import make_headline

    assert make_headline(sentence, speaker=speaker, keep="on Monday").text == headline


@pytest.mark.parametrize("line", [
    "WASHINGTON, March 5, (Agencies): US President Donald Trump said on Monday that he was angry.",
    "WASHINGTON, March 5 (AFP/Reuters) - US President Donald Trump said on Monday that he was angry.",
    "WASHINGTON, March 5 (Agencies) (Reuters): Trump said on Monday that he was angry.",
])
def test_a_dateline_deep_in_an_article_is_no_title_either(line: str) -> None:
    """Past the first paragraphs (a digest of wire items) a dateline stays in the sentence and
    the headline builder strips it (headlines.yaml ``datelines``); a comma before its bracket,
    a bracket naming two agencies or two brackets kept it: "WASHINGTON,: Trump said that he
    was angry", "WASHINGTON, - Trump said ..."."""
    titles = _titles("Talks went on in Geneva.\n\nPeskov spoke.\n\nLavrov spoke.\n\nShoigu spoke.\n\n" + line)
    assert titles and not any("WASHINGTON" in t for t in titles), titles
