"""The ``timeline`` command: parse arguments, call the library, print, map errors to exit codes.

Exit codes: 0 ok, 1 bad input (every problem is listed, with file:line), 2 usage.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import os
import signal
import sys
import threading
from pathlib import Path

from generator import __version__
from generator.config import Config
from generator.output import OutputError
from generator.problems import InputError, Problem

EXAMPLES = {
    "build": "timeline build --strict --jobs 2",
    "extract": "timeline extract sources/ > timeline.json",
    "timex": "timeline timex --dct 2026-01-29 article.txt",
    "check": "timeline check sources/",
    "names": "timeline names sources/",
    "init": "timeline init --name \"My saga: a timeline\" my-timeline",
    "add": "timeline add --url https://example.com/story --title \"Putin invites Zelensky\" "
           "--outlet Reuters --published 2025-09-03 article.txt",
    "serve": "timeline serve --port 8000",
}
FORMAT = "text"  # or "github": problems as GitHub Actions annotations


def _cores() -> int:
    """The cores this process may run on (a container or ``taskset`` may give it fewer than
    the machine has)."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return os.cpu_count() or 1


# ``--jobs`` above this is this: extraction and merging are work for a core, and more processes
# than cores only cost (``--jobs 500`` over 500 sources on 2 cores forked 500 processes: 148 s
# and 9 GB, against 13 s and 60 MB with one; as many sources at 2,000 would exhaust memory)
CORES = _cores()


def _jobs(text: str) -> int:
    if not (text.isascii() and text.isdigit()) or int(text) < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of processes (1 or more)")
    return int(text)


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
    b.add_argument("--jobs", type=_jobs, default=CORES, metavar="N",
                   help="processes that extract sources not in the cache and share merging's "
                   "work (default, and at most: the number of cores); the site is the same "
                   "whatever N")
    b.add_argument("--engine", choices=("mkdocs", "zensical"), default="mkdocs",
                   help="what builds the site from docs/: MkDocs + Material (default) or "
                   "Zensical (an optional extra; see docs/engines.md)")

    e = sub.add_parser("extract", help="print the JSON export for source files or folders",
                       epilog=f"example: {EXAMPLES['extract']}")
    e.add_argument("paths", nargs="+", type=_path, metavar="PATH")

    t = sub.add_parser("timex", help="tag temporal expressions in plain-text files (JSON lines)",
                       epilog=f"example: {EXAMPLES['timex']}")
    t.add_argument("--dct", required=True, metavar="YYYY-MM-DD",
                   help="document creation time: the date relative expressions resolve against")
    t.add_argument("files", nargs="+", type=_path, metavar="FILE",
                   help="one or more files; with several, each line also names its \"file\"")

    c = sub.add_parser("check", help="validate sources only (all problems at once)",
                       epilog=f"example: {EXAMPLES['check']}")
    c.add_argument("paths", nargs="*", type=_path, metavar="PATH",
                   help="files or folders (default: sources/)")
    a = sub.add_parser("add", help="create a source file from an article's text and details, "
                       "then check it", epilog=f"example: {EXAMPLES['add']}")
    a.add_argument("--url", required=True, help="the article's http(s) address")
    a.add_argument("--title", required=True, help="its headline")
    a.add_argument("--published", required=True, metavar="YYYY-MM-DD", help="its date")
    a.add_argument("--outlet", help="who published it")
    a.add_argument("--follows-outlet", metavar="OUTLET",
                   help="the earlier report this one rewrites: its outlet (front matter follows:)")
    a.add_argument("--follows-url", metavar="URL", help="… its address")
    a.add_argument("--follows-published", metavar="YYYY-MM-DD", help="… its date")
    a.add_argument("--known-error", action="append", default=[], metavar="TEXT",
                   help="a statement of the article that other reports contradict "
                   "(known_errors:); repeat for several")
    a.add_argument("--dir", type=Path, default=None, help="where to write (default: sources/)")
    a.add_argument("file", nargs="?", type=_path, metavar="FILE",
                   help="the article text (default: read standard input)")

    s = sub.add_parser("serve", help="live preview: build, serve site/ locally, and build again "
                       "(reloading the open pages) when a source, curation.yaml, a doc or a "
                       "template changes", epilog=f"example: {EXAMPLES['serve']}")
    s.add_argument("--port", type=_port, default=8000, help="port (default 8000)")
    s.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    s.add_argument("--engine", choices=("mkdocs", "zensical"), default="mkdocs",
                   help="what builds the site, as for build")

    n = sub.add_parser("names", help="list names in sources that the entity registry does not "
                       "know yet (add them to entities.yaml)",
                       epilog=f"example: {EXAMPLES['names']}")
    n.add_argument("paths", nargs="*", type=_path, metavar="PATH",
                   help="files or folders (default: sources/)")
    n.add_argument("--min", type=int, default=1, metavar="N",
                   help="only names seen at least N times (default 1)")
    i = sub.add_parser("init", help="create a new timeline project (mkdocs.yml, entities.yaml, "
                       "sources/ with curation.yaml, templates, docs/) in an empty folder",
                       epilog=f"example: {EXAMPLES['init']}")
    i.add_argument("--name", default="A timeline", help="the site's name (mkdocs.yml site_name)")
    i.add_argument("dir", type=Path, metavar="DIR", help="the new project's folder")
    return p


def _print_problems(problems: tuple[Problem, ...] | list[Problem]) -> None:
    for problem in problems:
        if FORMAT == "github":
            print(problem.github())  # annotations are read from standard output
        else:
            print(str(problem), file=sys.stderr)


# the time zone that reaches each date first (Kiribati's Line Islands, UTC+14)
EARLIEST_ZONE = dt.timezone(dt.timedelta(hours=14))


def today_anywhere(now: dt.datetime | None = None) -> dt.date:
    """The one use of the clock: publication dates after today are typos. Today is the latest
    date on any clock on Earth (at UTC+14): by UTC's date an article of Auckland's (UTC+13) or
    Kiritimati's morning, dated as it appeared there, was refused as later than today until
    UTC's midnight (a tenth sweep)."""
    return (now or dt.datetime.now(dt.UTC)).astimezone(EARLIEST_ZONE).date()


def _warn(problems: tuple[Problem, ...]) -> None:
    _print_problems(problems)


def _path(text: str) -> Path:
    """A path argument: an empty one (`timeline check "$FILE"` with FILE unset) was the working
    folder, and `check` read every Markdown file of the project as a source (docs/ included:
    dozens of problems about files that are no sources); now a usage error (exit 2)."""
    if not text.strip():
        raise argparse.ArgumentTypeError("an empty path; name a file or folder")
    return Path(text)


def _port(text: str) -> int:
    """A TCP port for --port: 99999 or -1 built the site, then ended in an OverflowError
    traceback from the socket ("bind(): port must be 0-65535"); now a usage error (exit 2)."""
    try:
        port = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"invalid int value: {text!r}") from None
    if not 0 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"{port} is not a port; expected 0 to 65535 (0: any "
                                         "free port)")
    return port


def cmd_check(args: argparse.Namespace) -> int:
    from generator.pipeline import check_paths
    from generator.project import load_project

    if not args.paths and (why := no_project("sources")) is not None:
        print(f"timeline: {why}", file=sys.stderr)
        return 2
    project = load_project()
    n_sources, n_decisions, warnings = check_paths(args.paths or [project.config.path("sources")],
                                                   project, today_anywhere())
    _warn(warnings)
    print(f"{n_sources} sources OK" + (f", {n_decisions} curation decisions OK"
                                       if n_decisions else ""))
    return 0


def cmd_extract(args: argparse.Namespace) -> int:
    from generator.pipeline import export_paths
    from generator.project import load_project

    pieces, warnings = export_paths(args.paths, load_project(), today_anywhere())
    _warn(warnings)
    for piece in pieces:  # written as made: the export is never held whole
        sys.stdout.write(piece)
    return 0


def cmd_timex(args: argparse.Namespace) -> int:
    from generator.pipeline import tag_files

    try:
        dct = dt.date.fromisoformat(args.dct)
    except ValueError:
        print(f"timeline timex: --dct is {args.dct!r}; expected YYYY-MM-DD", file=sys.stderr)
        return 2
    problems: list[Problem] = []
    several = len(args.files) > 1
    for path, timexes, problem in tag_files(args.files, dct):
        if problem:
            problems.append(problem)
            continue
        lines = []
        for t in timexes:
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


def extra_front_matter(args: argparse.Namespace) -> dict:
    """``follows`` and ``known_errors`` from add's flags (only those given)."""
    extra: dict = {}
    follows = {key: value for key, value in (("outlet", args.follows_outlet),
                                             ("url", args.follows_url),
                                             ("published", args.follows_published)) if value}
    if follows:
        extra["follows"] = follows
    if args.known_error:
        extra["known_errors"] = list(args.known_error)
    return extra


def cmd_add(args: argparse.Namespace) -> int:
    from generator.project import add_source

    if not args.dir and (why := no_project("sources")) is not None:  # it wrote sources/sources/
        print(f"timeline: {why}", file=sys.stderr)
        return 2
    folder = args.dir or Config.from_project().path("sources")
    if args.file is not None:
        if not args.file.is_file():
            print(f"{args.file}: does not exist or is not a file", file=sys.stderr)
            return 1
        try:
            body = args.file.read_text(encoding="utf-8")
        except UnicodeDecodeError as exc:
            print(f"{args.file}: is not UTF-8 (byte 0x{exc.object[exc.start]:02x} at offset "
                  f"{exc.start}); save it as UTF-8", file=sys.stderr)
            return 1
    else:
        body = sys.stdin.read()
    try:
        path = add_source(folder, body, args.title, args.url, args.published, args.outlet,
                          today_anywhere(), extra_front_matter(args))
    except InputError as exc:
        _print_problems(exc.problems)
        print("nothing was written", file=sys.stderr)
        return 1
    print(path.as_posix())
    return 0


def cmd_names(args: argparse.Namespace) -> int:
    from generator.pipeline import unknown_names
    from generator.project import load_project

    if not args.paths and (why := no_project("sources")) is not None:
        print(f"timeline: {why}", file=sys.stderr)
        return 2
    project = load_project()
    names, warnings = unknown_names(args.paths or [project.config.path("sources")], project,
                                    today_anywhere())
    _warn(warnings)
    for name, count in names:
        if count >= args.min:
            print(f"{count:5d}  {name}")
    return 0


def cmd_init(args: argparse.Namespace) -> int:
    from generator.project import init_project

    written = init_project(args.dir, args.name)
    print(f"{len(written)} files written to {args.dir.as_posix()}/; next: cd {args.dir.as_posix()}"
          " && timeline add ... && timeline build")
    return 0


def no_project(need: str = "mkdocs_yml") -> str | None:
    """Why the current folder is no timeline project, naming the nearest project above it, if
    any; None in a project. A project has a mkdocs.yml; with ``need="sources"`` (`check`,
    which may read a folder of articles alone) a sources folder will do, in no project's
    subfolder. `timeline build` run in sources/ said only "sources: does not exist"; run in
    docs/ it read the generated pages of docs/sources/ as articles (20 problems about files
    that are no sources); run in any other folder it left a .timeline-build/ there."""
    config = Config()
    here = Path.cwd()
    above = next((p for p in here.parents if (p / config.mkdocs_yml).is_file()), None)
    if config.path("mkdocs_yml").exists() or config.path("mkdocs_yml").is_symlink() or (
            need != "mkdocs_yml" and above is None and config.path(need).is_dir()):
        return None
    missing = "mkdocs.yml" if need == "mkdocs_yml" or above else "mkdocs.yml or sources folder"
    return (f"no timeline project in {here} (no {missing} there); run it in the "
            "project's folder, the one holding mkdocs.yml"
            + (f" ({above}, above this one)" if above is not None else
               "; `timeline init DIR` makes one"))


def cmd_build(args: argparse.Namespace) -> int:
    from generator import patterns

    if (why := no_project()) is not None:
        print(f"timeline: {why}", file=sys.stderr)
        return 2
    # the patterns the last build compiled, made from their code (generator/patterns.py), from
    # before the modules that compile theirs when imported are
    with patterns.kept(Config().path("cache").parent / patterns.FILENAME):
        # (the cyclic garbage collector off while they are imported: what they make lives to
        # the end of the process, and its passes over it were 15 ms of a build's start)
        collecting = gc.isenabled()
        gc.disable()
        try:
            from generator.pipeline import SiteFailed, build
            from generator.project import load_project
        finally:
            if collecting:
                gc.enable()
        try:
            # (`timeline serve` and callers of cmd_build may leave --jobs out: every core)
            jobs = min(getattr(args, "jobs", None) or CORES, CORES)
            report = build(load_project(), args.strict, today_anywhere(), args.engine, jobs)
        except SiteFailed as exc:
            _warn(exc.problems)
            print(f"the site was not built (the previous site/ is unchanged):\n{exc}",
                  file=sys.stderr)
            return 1
    _warn(report.problems)
    for w in report.site_warnings:
        print(w, file=sys.stderr)
    print(report.summary())
    return 0


def serve_build(engine: str, wait: float = 1.0) -> bool:
    """One build of the preview: True if it succeeded. A bad source, a full disk or an
    unwritable folder is reported and the previous site stays served (the next change builds
    again); a build running in another terminal is waited for, then this one runs (the preview
    exited there, its edit never built: hostile26)."""
    from generator.output import BuildRunning

    waited = False
    while True:
        try:
            return cmd_build(argparse.Namespace(strict=False, engine=engine)) == 0
        except InputError as exc:
            _print_problems(exc.problems)
            print("the site was not built; the previous one is still served", file=sys.stderr)
            return False
        except BuildRunning as exc:
            if not waited:
                print(f"timeline serve: {exc}; building when it ends", file=sys.stderr)
                waited = True
            threading.Event().wait(wait)
        except (OutputError, OSError) as exc:
            print(f"timeline serve: {exc}; the previous site is still served", file=sys.stderr)
            return False


def cmd_serve(args: argparse.Namespace) -> int:
    import threading

    from generator.serve import Preview, host_port, watched

    if (why := no_project()) is not None:
        print(f"timeline: {why}", file=sys.stderr)
        return 2
    config = Config.from_project()

    preview = Preview(config, lambda: serve_build(args.engine))
    # the address is taken before the site is built: a host that does not resolve, or a port
    # in use, was reported only after a whole build
    try:
        server = preview.server(args.host, args.port)
    except OSError as exc:
        print(f"timeline serve: cannot listen on {host_port(args.host, args.port)}: "
              f"{exc.strerror or exc}", file=sys.stderr)
        return 1
    first = watched(config)  # (an edit saved during the first build is built after it)
    if not preview.rebuild() and not config.path("site").is_dir():
        server.server_close()
        return 1
    host, port = server.server_address[:2]
    print(f"serving {config.path('site')}/ at http://{host_port(host, port)}/ (search included); "
          "building again when sources/, docs/, site_templates/, overrides/, mkdocs.yml or "
          "entities.yaml change. Ctrl+C stops.")
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        preview.watch(before=first)
    except KeyboardInterrupt as exc:
        # Ctrl+C while watching is the way to stop; a signal, or a stop during a rebuild, is
        # told as a build's is (it exited 0 and said nothing: hostile26)
        if preview.building or isinstance(exc, Stopped):
            raise
    finally:
        server.shutdown()
    return 0


COMMANDS = {"build": cmd_build, "extract": cmd_extract, "timex": cmd_timex, "check": cmd_check,
            "names": cmd_names, "add": cmd_add, "init": cmd_init, "serve": cmd_serve}


class Stopped(KeyboardInterrupt):
    """SIGTERM (kill, a service manager, a CI's time-out) or SIGHUP (the terminal closed): the
    build stops as on Ctrl-C, with the same clean-up (a KeyboardInterrupt: whatever handles
    Ctrl-C handles this) and one line, not a silent exit 143."""

    def __init__(self, signum: int):
        super().__init__(signum)
        self.signum = signum


STOP_SIGNALS = tuple(s for s in (getattr(signal, "SIGTERM", None), getattr(signal, "SIGHUP", None))
                     if s is not None)


def _stop(signum: int, frame: object) -> None:  # noqa: ARG001 - a signal handler's signature
    raise Stopped(signum)


def _raise_again(unraisable: object) -> None:
    """``sys.unraisablehook`` while a command runs: a ``Stopped`` raised where Python ignores
    exceptions (an at-fork hook such as logging's, a finaliser) is not lost (the build went on
    to the end, printing "Exception ignored in: <function _releaseLock ...>"): the signal is
    raised again a moment later (an alarm of 10 ms: raised from here, it was ignored again),
    where the main thread is then."""
    exc = getattr(unraisable, "exc_value", None)
    if isinstance(exc, Stopped) and hasattr(signal, "setitimer"):
        signal.signal(signal.SIGALRM, lambda _s, frame: _stop(exc.signum, frame))
        signal.setitimer(signal.ITIMER_REAL, 0.01)
        return
    sys.__unraisablehook__(unraisable)


def _catch_stops() -> dict[int, object]:
    """Handle SIGTERM and SIGHUP as ``Stopped`` while a command runs; the handlers before."""
    if threading.current_thread() is not threading.main_thread():
        return {}
    before = {s: signal.signal(s, _stop) for s in STOP_SIGNALS}
    if hasattr(signal, "SIGALRM"):  # restored with the others (``_raise_again`` may set it)
        before[signal.SIGALRM] = signal.getsignal(signal.SIGALRM)
    sys.unraisablehook = _raise_again
    return before


def main(argv: list[str] | None = None) -> int:
    global FORMAT
    args = parser().parse_args(argv)
    FORMAT = getattr(args, "format", "text")
    # a standard stream closed by the shell ("timeline extract sources >&-"): read as empty or
    # written to nowhere, never an AttributeError; the commands that print what they make say so
    closed = [name for name in ("stdin", "stdout", "stderr") if getattr(sys, name) is None]
    for name in closed:
        setattr(sys, name, open(os.devnull, "r" if name == "stdin" else "w", encoding="utf-8"))
    if "stdout" in closed and args.command in ("extract", "timex"):
        print(f"timeline {args.command}: the standard output is closed; nothing to write to", file=sys.stderr)
        return 1
    before = _catch_stops()
    try:
        return COMMANDS[args.command](args)
    except InputError as exc:
        _print_problems(exc.problems)
        n = len([p for p in exc.problems if p.severity == "error"]) or len(exc.problems)
        # (what a command would have made: "nothing was built" of `init`, hostile27)
        nothing = {"init": "nothing was written", "add": "nothing was added"}.get(args.command,
                                                                                   "nothing was built")
        print(f"{n} problem{'s' if n != 1 else ''} found; {nothing}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt as exc:  # Ctrl-C, SIGTERM, SIGHUP: no traceback; the switches
        # are atomic (output.py)
        how = (f"stopped by {signal.Signals(exc.signum).name}" if isinstance(exc, Stopped)
               else "interrupted")
        print(f"timeline: {how}; site/ and docs/ are whole (the previous ones, or the new "
              "ones if they were already switched); the next build removes what this one left"
              if args.command in ("build", "serve") else f"timeline {args.command}: {how}",
              file=sys.stderr)  # (the other commands write no site: hostile27)
        return 128 + exc.signum if isinstance(exc, Stopped) else 130
    except OutputError as exc:  # one line naming the path; site/ is left as it was
        print(f"timeline: {exc}; the previous site/ is unchanged", file=sys.stderr)
        return 1
    except MemoryError:  # (a thirteenth sweep) no traceback, and the switches are atomic
        print("timeline: out of memory; site/ and docs/ are whole (the previous ones, or the "
              "new ones if they were already switched); --jobs 1 holds less at once",
              file=sys.stderr)
        return 1
    except OSError as exc:  # any other file that cannot be read or written: one line, no trace
        # (with no file named, a standard stream or the working folder: "build > /dev/full"
        # printed "timeline: : No space left on device" after the site was switched)
        print(f"timeline: {exc.filename}: {exc.strerror or exc}" if exc.filename else
              f"timeline: {exc.strerror or exc} (writing the standard output or error, or reading the "
              "working folder)" + ("; site/ and docs/ are whole, the previous ones or the new ones"
                                   if args.command in ("build", "serve") else ""), file=sys.stderr)
        return 1
    finally:
        if signal.SIGALRM in before:
            signal.setitimer(signal.ITIMER_REAL, 0)
        for s, handler in before.items():
            signal.signal(s, handler)
        if before:
            sys.unraisablehook = sys.__unraisablehook__
