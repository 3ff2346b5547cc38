"""Peak memory of a whole `timeline build` per shape of benchmarks/hostile_sweep.py (a fifteenth
sweep).

    .venv/bin/python benchmarks/hostile_memory.py 1000000,2000000 [SHAPE ...]

Each shape's article (hostile_sweep.article) is put alone in a fresh project (`timeline init`)
and built there by `/usr/bin/time -v timeline build --jobs 1` in a process of its own: load,
extraction, pages, MkDocs, Pagefind, the swap of site/. Printed per size: the maximum resident
set size of the largest process (MB), CPU seconds (user + system), wall seconds, the exit code
and TRACEBACK where Python printed one; then the growth of memory from the first size to the
last per megabyte of input (MB / MB of text), and FAST where memory grows faster than the text
or by more than ten times the text's added size. A case over 600 s is TIMEOUT. No assertion:
numbers (docs/benchmarks.md, "A fifteenth sweep").
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
import hostile_sweep  # noqa: E402  (its shapes and article builder)

BIN = Path(sys.executable).parent
WORK = Path(os.environ.get("HOSTILE_WORK") or tempfile.mkdtemp(prefix="hostile-memory-"))


def base() -> Path:
    """A project made once by `timeline init`, copied for each build."""
    made = WORK / "base"
    if not made.exists():
        subprocess.run([str(BIN / "timeline"), "init", "--name", "Hostile", str(made)],
                       check=True, capture_output=True, env=_env())
    return made


def _env() -> dict:
    return {**os.environ, "PYTHONPATH": str(ROOT)}


def build(shape: str, size: int) -> dict:
    project = WORK / f"{re.sub(r'[^a-z0-9-]', '_', shape)}-{size}"
    shutil.rmtree(project, ignore_errors=True)
    shutil.copytree(base(), project)
    text = hostile_sweep.article(shape, size)
    (project / "sources" / "h.md").write_text(text, encoding="utf-8")
    try:
        out = subprocess.run(["/usr/bin/time", "-v", str(BIN / "timeline"), "build", "--jobs", "1"],
                             cwd=project, capture_output=True, text=True, timeout=600, env=_env())
    except subprocess.TimeoutExpired:
        shutil.rmtree(project, ignore_errors=True)
        return {"timeout": True, "chars": len(text)}
    shutil.rmtree(project, ignore_errors=True)
    err = out.stderr

    def field(name: str) -> str:
        m = re.search(rf"^\s*{re.escape(name)}: (.+)$", err, re.M)
        return m.group(1) if m else "0"

    wall = field("Elapsed (wall clock) time (h:mm:ss or m:ss)").split(":")
    said = [ln for ln in err.splitlines() if ln and not ln.startswith("\t")
            and "Command exited" not in ln and "Command being timed" not in ln]
    return {"chars": len(text), "mb": int(field("Maximum resident set size (kbytes)")) / 1024,
            "cpu": float(field("User time (seconds)")) + float(field("System time (seconds)")),
            "wall": sum(float(x) * 60 ** i for i, x in enumerate(reversed(wall))),
            "rc": int(field("Exit status")), "traceback": "Traceback" in err + out.stdout,
            "memory_error": "MemoryError" in err + out.stdout, "said": said[-1:] }


def main(argv: list[str]) -> int:
    sizes = [int(x) for x in argv[0].split(",")] if argv else [256_000, 512_000]
    for shape in argv[1:] or list(hostile_sweep.SHAPES):
        row, runs = [], []
        for size in sizes:
            r = build(shape, size)
            if r.get("timeout"):
                row.append(f"{size // 1000}K TIMEOUT")
                break
            runs.append(r)
            flags = (" TRACEBACK" if r["traceback"] else "") + (" MEMORYERROR" if r["memory_error"] else "")
            rc = f" rc{r['rc']} {r['said'][0][:80] if r['said'] else ''}" if r["rc"] else ""
            row.append(f"{size // 1000}K {r['mb']:.0f}MB {r['cpu']:.1f}s{rc}{flags}")
        verdict = ""
        if len(runs) >= 2:
            grew = (runs[-1]["mb"] - runs[0]["mb"]) / ((runs[-1]["chars"] - runs[0]["chars"]) / 1e6)
            mem_ratio = runs[-1]["mb"] / runs[0]["mb"]
            size_ratio = runs[-1]["chars"] / runs[0]["chars"]
            fast = mem_ratio > size_ratio or grew > 10
            verdict = f" | +{grew:.0f} MB/MB x{mem_ratio:.2f}" + (" FAST" if fast else "")
        print(f"{shape:28}", " | ".join(row) + verdict, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
