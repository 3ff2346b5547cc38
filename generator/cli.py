"""The ``timeline`` command: parse arguments, call the library, print, map errors to exit codes.

Exit codes: 0 ok, 1 bad input (every problem is listed, with file:line), 2 usage.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

from generator import __version__
from generator.config import Config
from generator.output import OutputError
from generator.problems import InputError, Problem

EXAMPLES = {
    "build": "timeline build --strict",
    "extract": "timeline extract sources/ > timeline.json",
    "timex": "timeline timex --dct 2026-01-29 article.txt",
    "check": "timeline check sources/",
    "names": "timeline names sources/",
    "add": "timeline add --url https://example.com/story --title \"Putin invites Zelensky\" "
           "--outlet Reuters --published 2025-09-03 article.txt",
}
FORMAT = "text"  # or "github": problems as GitHub Actions annotations


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # usage errors exit 2, as documented
        self.print_usage(sys.stderr)
        print(f"{self.prog}: error: {message}", file=sys.stderr)
        sys.exit(2)


def parser() -> argparse.ArgumentParser:
    p = _Parser(prog="timeline", description="Build a cross-linked timeline site from news "
                "articles in sources/.")
    p.add_argument("--version", action="version", version=f"timeline {__version__}")
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--format", choices=("text", "github"), default="text",
                        help="how problems are printed: file:line: message (default), or as "
                        "GitHub Actions annotations")
    sub = p.add_subparsers(dest="command", required=True, parser_class=_Parser)
    add_parser = sub.add_parser

    def with_format(*a, **k):
        return add_parser(*a, parents=[common], **k)

    sub.add_parser = with_format  # every command takes --format

    b = sub.add_parser("build", help="generate pages from sources/ and build the site into site/",
                       epilog=f"example: {EXAMPLES['build']}")
    b.add_argument("--strict", action="store_true",
                   help="treat warnings (unknown front-matter keys, MkDocs warnings) as errors")

    e = sub.add_parser("extract", help="print the JSON export for source files or folders",
                       epilog=f"example: {EXAMPLES['extract']}")
    e.add_argument("paths", nargs="+", type=Path, metavar="PATH")

    t = sub.add_parser("timex", help="tag temporal expressions in plain-text files (JSON lines)",
                       epilog=f"example: {EXAMPLES['timex']}")
    t.add_argument("--dct", required=True, metavar="YYYY-MM-DD",
                   help="document creation time: the date relative expressions resolve against")
    t.add_argument("files", nargs="+", type=Path, metavar="FILE",
                   help="one or more files; with several, each line also names its \"file\"")

    c = sub.add_parser("check", help="validate sources only (all problems at once)",
                       epilog=f"example: {EXAMPLES['check']}")
    c.add_argument("paths", nargs="*", type=Path, metavar="PATH",
                   help="files or folders (default: sources/)")
    a = sub.add_parser("add", help="create a source file from an article's text and details, "
                       "then check it", epilog=f"example: {EXAMPLES['add']}")
    a.add_argument("--url", required=True, help="the article's http(s) address")
    a.add_argument("--title", required=True, help="its headline")
    a.add_argument("--published", required=True, metavar="YYYY-MM-DD", help="its date")
    a.add_argument("--outlet", help="who published it")
    a.add_argument("--dir", type=Path, default=None, help="where to write (default: sources/)")
    a.add_argument("file", nargs="?", type=Path, metavar="FILE",
                   help="the article text (default: read standard input)")

    n = sub.add_parser("names", help="list names in sources that the entity registry does not "
                       "know yet (add them to generator/data/entities.yaml)",
                       epilog=f"example: {EXAMPLES['names']}")
    n.add_argument("paths", nargs="*", type=Path, metavar="PATH",
                   help="files or folders (default: sources/)")
    n.add_argument("--min", type=int, default=1, metavar="N",
                   help="only names seen at least N times (default 1)")
    return p


def _print_problems(problems: tuple[Problem, ...] | list[Problem]) -> None:
    for problem in problems:
        if FORMAT == "github":
            print(problem.github())  # annotations are read from standard output
        else:
            print(str(problem), file=sys.stderr)


def today_utc() -> dt.date:
    """The one use of the clock: publication dates after today are typos."""
    return dt.datetime.now(dt.timezone.utc).date()


def _load(paths: list[Path], strict: bool):
    from generator.pipeline import check

    sources, warnings = check(paths, today_utc())
    _print_problems(warnings)
    if strict and warnings:
        raise InputError(tuple(warnings))
    return sources


def cmd_check(args: argparse.Namespace) -> int:
    from generator.pipeline import curation_of, extract

    paths = args.paths or [Config().path("sources")]
    sources = _load(paths, strict=False)
    decisions = curation_of(paths)
    if decisions:
        extract(sources, decisions)  # curation refers to ids: only extraction can check them
    print(f"{len(sources)} sources OK" + (f", {len(decisions)} curation decisions OK"
                                          if decisions else ""))
    return 0


def cmd_extract(args: argparse.Namespace) -> int:
    from generator.export import to_json
    from generator.pipeline import curation_of, extract

    sources = _load(args.paths, strict=False)
    sys.stdout.write(to_json(extract(sources, curation_of(args.paths))))
    return 0


def cmd_timex(args: argparse.Namespace) -> int:
    from generator.sources import read_text
    from generator.timex import tag

    try:
        dct = dt.date.fromisoformat(args.dct)
    except ValueError:
        print(f"timeline timex: --dct is {args.dct!r}; expected YYYY-MM-DD", file=sys.stderr)
        return 2
    problems: list[Problem] = []
    several = len(args.files) > 1
    for path in args.files:
        if not path.is_file():
            problems.append(Problem(path.as_posix(), None, None, "does not exist or is not a file"))
            continue
        text, problem = read_text(path, path.as_posix())
        if problem:
            problems.append(problem)
            continue
        lines = []
        for t in tag(text, dct):
            record = {"start": t.start, "end": t.end, "text": t.text, "type": t.type,
                      "value": t.value}
            if several:
                record["file"] = path.as_posix()
            lines.append(json.dumps(record, ensure_ascii=False) + "\n")
        sys.stdout.write("".join(lines))
    if problems:
        _print_problems(problems)
        return 1
    return 0


def cmd_add(args: argparse.Namespace) -> int:
    import frontmatter

    from generator.sources import parse_source, slugify

    folder = args.dir or Config().path("sources")
    if args.file is not None:
        if not args.file.is_file():
            print(f"{args.file}: does not exist or is not a file", file=sys.stderr)
            return 1
        body = args.file.read_text(encoding="utf-8")
    else:
        body = sys.stdin.read()
    meta = {"title": args.title, "url": args.url, "published": args.published}
    if args.outlet:
        meta["outlet"] = args.outlet
    text = frontmatter.dumps(frontmatter.Post(body, **meta), sort_keys=False) + "\n"
    name = f"{args.published}-{slugify(args.outlet or args.title)[:60]}"
    path = folder / f"{name}.md"
    n = 2
    while path.exists():
        path, n = folder / f"{name}-{n}.md", n + 1
    source, problems = parse_source(text, path.as_posix(), path.stem)
    if source is not None and source.published > today_utc():
        source = None
        problems.append(Problem(path.as_posix(), 4, None, f"'published' is {args.published}, "
                                "later than today (UTC)"))
    if source is None:
        _print_problems(problems)
        print("nothing was written", file=sys.stderr)
        return 1
    folder.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8", newline="\n")
    from generator.pipeline import check

    try:  # the new file must not clash with the others (same url)
        check([folder], today_utc())
    except InputError as exc:
        path.unlink()
        _print_problems(exc.problems)
        print("nothing was written", file=sys.stderr)
        return 1
    print(path.as_posix())
    return 0


def cmd_names(args: argparse.Namespace) -> int:
    from generator.entities import load_registry, suggest_names
    from generator.text import source_sentences

    sources = _load(args.paths or [Config().path("sources")], strict=False)
    sentences = [(s.text, s.heading) for src in sources
                 for s in source_sentences(src)]
    for name, count in suggest_names(sentences, load_registry()):
        if count >= args.min:
            print(f"{count:5d}  {name}")
    return 0


def cmd_build(args: argparse.Namespace) -> int:
    from generator.cache import ExtractCache
    from generator.output import exclusive
    from generator.permalinks import redirect_pages
    from generator.pipeline import curation_of, extract
    from generator.render import render
    from generator.site import SiteError, build_site
    from generator.write import write_pages

    config = Config.from_project()
    with exclusive(config.root) as work:  # one build at a time; finishes a killed one's moves
        sources = _load([config.path("sources")], strict=args.strict)
        cache = ExtractCache(config.path("cache"))
        timeline = extract(sources, curation_of([config.path("sources")]), cache)
        for w in cache.warnings:
            print(f"warning: {w}", file=sys.stderr)
        pages = render(timeline, config)
        redirects = redirect_pages(timeline)  # older event addresses (generator/permalinks.py)
        write_pages(pages, config.path("docs"), work)
        newest = max((s.published for s in sources), default=None)
        try:
            warnings = build_site(config, args.strict, newest, redirects, work)
        except SiteError as exc:
            print(f"the site was not built (the previous site/ is unchanged):\n{exc}",
                  file=sys.stderr)
            return 1
    for w in warnings:
        print(w, file=sys.stderr)
    print(f"{len(sources)} sources ({cache.misses} extracted, {cache.hits} from the cache), "
          f"{len(timeline.claims)} claims, {len(timeline.events)} events, "
          f"{len(redirects)} redirects from older event addresses -> {config.path('site')}/")
    return 0


COMMANDS = {"build": cmd_build, "extract": cmd_extract, "timex": cmd_timex, "check": cmd_check,
            "names": cmd_names, "add": cmd_add}


def main(argv: list[str] | None = None) -> int:
    global FORMAT
    args = parser().parse_args(argv)
    FORMAT = getattr(args, "format", "text")
    try:
        return COMMANDS[args.command](args)
    except InputError as exc:
        _print_problems(exc.problems)
        n = len([p for p in exc.problems if p.severity == "error"]) or len(exc.problems)
        print(f"{n} problem{'s' if n != 1 else ''} found; nothing was built", file=sys.stderr)
        return 1
    except BrokenPipeError:
        return 0
    except OutputError as exc:  # one line naming the path; site/ is left as it was
        print(f"timeline: {exc}; the previous site/ is unchanged", file=sys.stderr)
        return 1
