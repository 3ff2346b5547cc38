"""A generator of realistic synthetic source corpora for benchmarks (deterministic).

    python benchmarks/corpus.py N OUT_DIR [--seed S]

Each article: front matter, a dated lead about a saga happening, attributed statements, dates
of every kind the tagger reads ("on Wednesday", "last weekend", "in February 2022",
"3 September 2025"), background paragraphs; about 2.5 KB, like the seed articles.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
from pathlib import Path

PEOPLE = ["Vladimir Putin", "Volodymyr Zelensky", "Dmitry Peskov", "Yuri Ushakov",
          "Mykhailo Podolyak", "Sergei Lavrov", "Donald Trump", "Steve Witkoff",
          "Recep Tayyip Erdogan", "Andriy Yermak", "Marco Rubio", "Rustem Umerov"]
PLACES = ["Moscow", "Kyiv", "Istanbul", "Abu Dhabi", "Ankara", "Riyadh", "Geneva", "Beijing",
          "Vladivostok", "Alaska", "Paris", "Minsk"]
OUTLETS = ["Example Wire", "Daily Example", "The Example Times", "Example Monitor",
           "Example Agency", "Example Herald", "Example Post", "Example Review"]
ACTIONS = ["invited {b} to talks in {p}", "proposed a meeting with {b} in {p}",
           "rejected an offer to meet {b} in {p}", "said talks with {b} could take place in {p}",
           "called on {b} to come to {p}", "offered security guarantees for a visit to {p}"]
BACKGROUND = [
    "Russia launched its full-scale invasion of Ukraine in February 2022.",
    "The two presidents have met in person only once, in Paris in December 2019.",
    "Crimea was annexed by Russia in 2014, a move most countries do not recognise.",
    "Direct talks collapsed in the spring of 2022 after early rounds in Belarus and Turkey.",
    "Analysts say the offer is unlikely to lead to a meeting soon.",
    "The war has killed tens of thousands of people and displaced millions.",
    "Western governments have imposed several rounds of sanctions on Moscow.",
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def article(i: int, rng: random.Random) -> tuple[str, str]:
    published = dt.date(2019, 1, 1) + dt.timedelta(days=rng.randrange(0, 7 * 365 - 40))
    a, b = rng.sample(PEOPLE, 2)
    place = rng.choice(PLACES)
    outlet = rng.choice(OUTLETS)
    happened = published - dt.timedelta(days=rng.choice([0, 1, 1, 2]))
    weekday = WEEKDAYS[happened.weekday()]
    action = rng.choice(ACTIONS).format(b=b, p=place)
    title = f"{a.split()[-1]} {action.split(' ')[0]} {b.split()[-1]} ({i})"
    month = happened.strftime("%B")
    lines = [
        f"{a} {action} on {weekday}, officials said.",
        f"According to {rng.choice(PEOPLE)}, the proposal was discussed last week in {rng.choice(PLACES)}.",
        f"{b} said the offer would be considered, but added that a ceasefire must come first.",
        f"Negotiators met in {rng.choice(PLACES)} last weekend for a round of technical talks.",
        f"A previous round was held on {happened.day} {month} {happened.year - 1} in {rng.choice(PLACES)}.",
        rng.choice(BACKGROUND),
        f"The next meeting is expected in {rng.choice(PLACES)} next month, {rng.choice(PEOPLE)} told reporters.",
        rng.choice(BACKGROUND),
        "Fighting continued along the front line, where both sides reported drone attacks overnight.",
        f"Officials in {rng.choice(PLACES)} declined to comment on the timing of any summit.",
        rng.choice(BACKGROUND),
        f"Earlier this year, {rng.choice(PEOPLE)} said a meeting was possible only after agreements were ready.",
    ]
    body = "\n".join(" ".join(lines[k:k + 2]) for k in range(0, len(lines), 2)) + "\n"
    name = f"{published.isoformat()}-bench-{i:05d}.md"
    text = (f"---\ntitle: \"{title}\"\nurl: https://bench.example.org/{i:05d}\n"
            f"outlet: \"{outlet}\"\npublished: {published.isoformat()}\n---\n{body}")
    return name, text


def generate(n: int, out: Path, seed: int = 7) -> list[Path]:
    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        name, text = article(i, rng)
        path = out / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("n", type=int)
    p.add_argument("out", type=Path)
    p.add_argument("--seed", type=int, default=7)
    args = p.parse_args()
    generate(args.n, args.out, args.seed)


if __name__ == "__main__":
    main()
