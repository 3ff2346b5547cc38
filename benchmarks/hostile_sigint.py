"""Ctrl-C during a build (an eighth sweep, docs/benchmarks.md "An eighth sweep").

    .venv/bin/python benchmarks/hostile_sigint.py PROJECT SECONDS [SECONDS ...]

For each number of seconds: the extraction cache removed, `timeline build --jobs 1` started in
PROJECT in a session of its own (SIGINT not ignored, as a terminal starts it), SIGINT sent to
its process group after that long, as Ctrl-C does. Printed: the exit code, whether site/ is
byte for byte what it was before (an unchanged project builds the same site, so 'same' also
after a build that finished), what is left in .timeline-build/ and .timeline-pages/ (the next
build removes it), other hidden leftovers in PROJECT, TRACEBACK if one was printed, and the
last line the build said. No assertion: a sweep.
"""
import hashlib
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

TIMELINE = str(Path(sys.executable).parent / "timeline")


def digest(site: Path) -> str:
    h = hashlib.md5()
    for f in sorted(site.rglob("*")):
        if f.is_file():
            h.update(f.as_posix().encode())
            h.update(f.read_bytes())
    return h.hexdigest()[:8]


def listing(folder: Path) -> list[str]:
    return sorted(x.name for x in folder.iterdir()) if folder.is_dir() else []


def main(argv: list[str]) -> int:
    project = Path(argv[0])
    for t in [float(x) for x in argv[1:]]:
        shutil.rmtree(project / ".cache", ignore_errors=True)
        before = digest(project / "site")
        p = subprocess.Popen([TIMELINE, "build", "--jobs", "1"], cwd=project, text=True,
                             stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                             start_new_session=True,
                             preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
        time.sleep(t)
        try:
            os.killpg(p.pid, signal.SIGINT)
        except ProcessLookupError:
            pass
        out, _ = p.communicate()
        stray = [x.name for x in project.iterdir() if x.name.startswith(".")
                 and x.name not in (".cache", ".timeline-build", ".timeline-pages")]
        last = out.strip().splitlines()[-1][:150] if out.strip() else ""
        print(f"t={t} rc={p.returncode} site={'same' if digest(project / 'site') == before else 'NEW'}"
              f" left={listing(project / '.timeline-build')} pages={listing(project / '.timeline-pages')}"
              f" stray={stray}{' TRACEBACK' if 'Traceback' in out else ''} :: {last}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
