"""Hostile project files and articles against the `timeline` command (a third sweep).

    .venv/bin/python benchmarks/hostile_project.py [ATTACK ...]

Each attack is made on a fresh copy of a small project (`timeline init`, three of sources/,
entities.yaml): odd front matter, Markdown nested past any real page or written in MkDocs'
own syntax, odd file names, entities.yaml, curation.yaml, mkdocs.yml and templates edited
badly. Then `timeline check` and (where it says so) `timeline build` run on it, each in its
own process with a 300 s time-out. Printed per attack and command: the exit code, the
seconds, TRACEBACK if Python's traceback was printed, the last lines of what it said, and,
after a build, UNSAFE if a page of site/ holds a script, handler or link of the article's.
What each should give (docs/benchmarks.md, "A third sweep"): one clear line naming the file
(and line) or a site, never a traceback, a wait or an unsafe page. No assertion: a sweep.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import unicodedata
from html.parser import HTMLParser
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
WORK = Path(tempfile.mkdtemp(prefix="hostile-project-"))
BASE = WORK / "base"
FM = '---\ntitle: "A hostile article"\nurl: https://example.com/{n}\npublished: 2025-09-03\n---\n'
BODY = "Putin met Zelensky in Moscow on 3 September 2025, the Kremlin said.\n"
# what an article may not put in a page: its own script, a handler, a javascript: link, a
# frame, a base address (read as a browser reads the page: text and attribute values printed
# escaped, '&lt;svg onload=…' or content="… onclick=&quot;…", are safe)
class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: str | None = None
        self._script = False

    def handle_starttag(self, tag: str, attrs: list) -> None:
        # (a sixth sweep) a script of JSON data holds texts, not code: its '<' are escaped
        self._script = tag == "script" and ("type", "application/json") not in attrs
        for name, value in attrs:
            if name.startswith("on") or (name in ("href", "src") and (value or "").strip()
                                         .lower().startswith("javascript:")):
                self.found = self.found or f"<{tag} {name}={value!r}>"
        given = dict(attrs)
        where = [v for k in ("href", "src", "action") if not (v := given.get(k) or "")
                 .startswith("#")]  # a heading's anchor is made of its (escaped) words
        if tag == "meta" and given.get("http-equiv"):  # a refresh to elsewhere
            where.append(given.get("content") or "")
        if any("evil" in w for w in where):  # the attacks' address
            self.found = self.found or f"<{tag} …evil…>"

    def handle_data(self, data: str) -> None:
        if self._script and "alert(" in data:
            self.found = self.found or "<script>alert("

    def handle_endtag(self, tag: str) -> None:
        self._script = False


def base():
    if BASE.exists():
        return
    subprocess.run([BIN / "timeline", "init", "--name", "T", str(BASE)], check=True,
                   capture_output=True)
    for f in sorted((ROOT / "sources").glob("*.md"))[:3]:
        shutil.copy(f, BASE / "sources" / f.name)
    shutil.copy(ROOT / "entities.yaml", BASE / "entities.yaml")


def src(name, text):
    return lambda p: (p / "sources" / name).write_bytes(
        text.encode("utf-8") if isinstance(text, str) else text)


def art(body, fm=None, name="h.md"):
    return src(name, (fm or FM.format(n="h")) + body)


def write(rel, data):
    def f(p):
        t = p / rel
        t.parent.mkdir(parents=True, exist_ok=True)
        if t.is_dir() and not t.is_symlink():
            shutil.rmtree(t)
        elif t.exists():
            t.unlink()
        t.write_bytes(data.encode() if isinstance(data, str) else data)
    return f


ATTACKS = {}


def attack(name, build=True, check=("check",), where="."):
    def deco(f):
        ATTACKS[name] = (f, build, list(check), where)
        return f
    return deco


def unsafe(site: Path) -> str:
    for page in sorted(site.rglob("*.html")):
        tags = _Tags()
        tags.feed(page.read_text(encoding="utf-8", errors="replace"))
        if tags.found is not None:
            return f" UNSAFE {page.relative_to(site)}: {tags.found[:80]}"
    return ""


def malformed(site: Path) -> str:
    """(A fourth sweep) what a reader of the output would trip on: the Atom feed not XML, a
    calendar date or entry its parser cannot read, an id given twice in one page."""
    import xml.etree.ElementTree as ET

    import icalendar
    try:
        ET.parse(site / "events.atom")
    except (ET.ParseError, OSError) as exc:
        return f" BAD-ATOM {exc}"
    try:
        for entry in icalendar.Calendar.from_ical((site / "events.ics").read_bytes()).walk("VEVENT"):
            if not hasattr(entry.decoded("DTSTART"), "year"):
                return f" BAD-ICS {entry.get('DTSTART')!r}"
    except (ValueError, OSError) as exc:
        return f" BAD-ICS {exc}"
    for page in sorted(site.rglob("*.html")):
        ids = re.findall(r'\sid="([^"]+)"', page.read_text(encoding="utf-8", errors="replace"))
        if len(ids) != len(set(ids)):
            return f" DUP-ID {page.relative_to(site)}"
    return outputs(site)


def outputs(site: Path) -> str:
    """(A sixth sweep) the calendar's lines (at most 75 octets, CRLF, each UTF-8: a fold may not
    cut a character), the CSV's rows (one width, no cell a formula), the JSON, the sitemap, and
    each event's and source's page: its window title is its heading (or the start of it, cut
    with '…'), followed by the site's name."""
    import csv
    import html
    import io
    import json
    import xml.etree.ElementTree as ET
    for i, line in enumerate((site / "events.ics").read_bytes().split(b"\r\n")):
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            return f" BAD-ICS-LINE {i}: not UTF-8"
        if len(line) > 75 or b"\n" in line or b"\r" in line:
            return f" BAD-ICS-LINE {i}: {line[:40]!r}"
    rows = list(csv.reader(io.StringIO((site / "events.csv").read_text(encoding="utf-8"),
                                       newline="")))
    if len({len(r) for r in rows}) > 1:
        return " BAD-CSV rows of different widths"
    if any(c[:1] in ("=", "+", "-", "@") and c != "-" for r in rows for c in r):
        return " BAD-CSV a formula"
    try:
        for name in ("timeline.json", "timelinejs.json"):
            json.loads((site / name).read_text(encoding="utf-8"))
        ET.parse(site / "sitemap.xml")
    except (ValueError, ET.ParseError) as exc:
        return f" BAD-EXPORT {exc}"
    for page in sorted(site.glob("events/*/index.html")) + sorted(site.glob("sources/*/index.html")):
        text = page.read_text(encoding="utf-8")
        title = re.search(r"<title>(.*?)</title>", text, re.S)
        head = re.search(r"<h1[^>]*>(.*?)(?:<a class=\"headerlink\"|</h1>)", text, re.S)
        if head is None or 'http-equiv="refresh"' in text:
            continue  # an older address's redirect
        shown = " ".join(html.unescape(title.group(1) if title else "").split())
        heading = " ".join(html.unescape(re.sub(r"<[^>]+>", "", head.group(1))).split())
        shown = shown.rsplit(" - ", 1)[0] if " - " in shown else shown
        if not shown.strip() or (shown != heading and not (
                shown.endswith("…") and heading.startswith(shown[:-1].rstrip()))):
            return f" BAD-TITLE {page.relative_to(site)}: {shown[:40]!r} / {heading[:40]!r}"
    return ""


def run(name, f, do_build, check=("check",), where="."):
    p = WORK / name
    shutil.copytree(BASE, p, symlinks=True)
    f(p)
    out = {}
    for cmd in [list(check)] + ([["build", "--jobs", "1"]] if do_build else []):
        t = time.time()
        try:
            r = subprocess.run([BIN / "timeline", *cmd], cwd=p / where, capture_output=True, text=True,
                               timeout=300)
            rc, err = r.returncode, r.stderr
        except subprocess.TimeoutExpired:
            rc, err = "TIMEOUT", ""
        extra = unsafe(p / "site") + malformed(p / "site") + gone(p) \
            if cmd[0] == "build" and (p / "site").is_dir() else ""
        if cmd[0] == "build" and name in COLD:
            extra += against_cold(p, err)
        out[cmd[0]] = (rc, round(time.time() - t, 1), err, extra)
    shutil.rmtree(p, ignore_errors=True)
    return out


COLD = set()  # (an eleventh sweep) attacks whose last build is compared with a cold build


def against_cold(p: Path, err: str) -> str:
    """(An eleventh sweep) The project's inputs copied to a new folder and built from nothing:
    `diff -r` of site/ and docs/ and the build's warnings against the last (incremental) build.
    COLD-DIFF: files that differ; COLD-WARN: warnings one build gave and the other did not."""
    generated = {"events", "sources", "entities", "index.md", "timeline.md", "visual.md",
                 "people-and-places.md", "timeline.json", "events.csv", "events.atom",
                 "events.ics", "timelinejs.json"}

    def ignore(d, names):
        if Path(d) == p:
            return [n for n in names if n in ("site", ".cache", ".timeline-build", ".timeline-pages")]
        return [n for n in names if n in generated] if Path(d) == p / "docs" else []
    cold = p.parent / (p.name + "-cold")
    shutil.rmtree(cold, ignore_errors=True)
    shutil.copytree(p, cold, symlinks=True, ignore=ignore)
    r = subprocess.run([BIN / "timeline", "build", "--jobs", "1"], cwd=cold, capture_output=True,
                       text=True, timeout=300)
    out = ""
    differ = []
    for what in ("site", "docs"):
        d = subprocess.run(["diff", "-rq", str(p / what), str(cold / what)], capture_output=True,
                           text=True)
        differ += d.stdout.splitlines()
    if differ:
        out += f" COLD-DIFF {len(differ)}: {differ[0][:160]}"
    warned = {x for x in err.splitlines() if "warning" in x}
    cold_warned = {x for x in r.stderr.splitlines() if "warning" in x}
    if warned != cold_warned:
        out += f" COLD-WARN {sorted(warned ^ cold_warned)[0][:160]}"
    shutil.rmtree(cold, ignore_errors=True)
    return out


def gone(p: Path) -> str:
    """(An eighth sweep) the addresses an earlier build published (listed in .addresses by the
    attack) that lead nowhere now."""
    if not (p / ".addresses").is_file():
        return ""
    lost = [a for a in (p / ".addresses").read_text().split() if not (p / "site" / a / "index.html").is_file()]
    return f" GONE {len(lost)}: {' '.join(lost[:3])}" if lost else ""


def fm(extra, title='"A hostile article"', url="https://example.com/x", pub="2025-09-03"):
    return f"---\ntitle: {title}\nurl: {url}\npublished: {pub}\n{extra}---\n"


# ---- front matter
bomb = "a: &a [x,x,x,x,x,x,x,x,x]\n" + "".join(f"{chr(98+i)}: &{chr(98+i)} [" + ",".join([f"*{chr(97+i)}"]*9) + "]\n" for i in range(8))
attack("fm-alias-bomb", False)(art(BODY, fm(bomb)))
attack("fm-python-object", False)(art(BODY, fm("", title="!!python/object/apply:os.system ['echo pwned']")))
attack("fm-python-name-key", False)(art(BODY, fm("!!python/name:os.system x: 1\n")))
attack("fm-huge-number", False)(art(BODY, fm("", pub="9" * 5000)))
attack("fm-huge-title", False)(art(BODY, fm("", title="1e99999")))
attack("fm-date-as-timestamp", False)(art(BODY, fm("", pub="2025-09-03T10:00:00+03:00")))
attack("fm-date-as-list", False)(art(BODY, fm("", pub="[2025-09-03]")))
attack("fm-date-as-int", False)(art(BODY, fm("", pub="20250903")))
attack("fm-title-list", False)(art(BODY, fm("", title="[a, b]")))
attack("fm-title-map", False)(art(BODY, fm("", title="{a: b}")))
attack("fm-url-list", False)(art(BODY, fm("", url="[https://example.com/a]")))
attack("fm-outlet-list", False)(art(BODY, fm("outlet: [Reuters, AP]\n")))
attack("fm-tags-nested", False)(art(BODY, fm("tags: [[a], [b]]\n")))
attack("fm-bom-middle-key", False)(art(BODY, "---\n\ufefftitle: x\nurl: https://example.com/b\npublished: 2025-09-03\n---\n"))
attack("fm-bom-middle-value", True)(art(BODY, fm("", title='"A\ufeffB"')))
attack("fm-bom-before-fence2", False)(art(BODY, "\ufeff---\ntitle: x\nurl: https://example.com/b\npublished: 2025-09-03\n\ufeff---\n"))
attack("fm-merge-key", False)(art(BODY, fm("base: &b {outlet: X}\n<<: *b\n")))
attack("fm-binary", False)(art(BODY, fm("notes: !!binary aGVsbG8=\n")))
attack("fm-set", False)(art(BODY, fm("tags: !!set {a, b}\n")))
attack("fm-complex-key", False)(art(BODY, fm("? [a, b]\n: c\n")))
attack("fm-null-key", False)(art(BODY, fm("~: c\n")))
attack("fm-bool-key", False)(art(BODY, fm("true: c\n")))
attack("fm-title-yes", True)(art(BODY, fm("", title="yes")))
attack("fm-title-null", False)(art(BODY, fm("", title="null")))
attack("fm-title-multiline", True)(art(BODY, fm("", title="|\n  line one\n  line two")))
attack("fm-deep-flow", False)(art(BODY, fm("notes: " + "[" * 5000 + "]" * 5000 + "\n")))
attack("fm-long-yaml", False)(art(BODY, fm("notes:\n" + "".join(f"  - note {i}\n" for i in range(120000)))))
attack("fm-many-keys", False)(art(BODY, fm("".join(f"k{i}: v\n" for i in range(60000)))))
attack("fm-published-estimated-list", False)(art(BODY, fm("published_estimated: [true]\n")))
attack("fm-language-list", False)(art(BODY, fm("language: [en]\n")))
attack("fm-follows-list", False)(art(BODY, fm("follows: [a]\n")))
attack("fm-follows-url-list", False)(art(BODY, fm("follows: {url: [a]}\n")))
attack("fm-follows-published-int", False)(art(BODY, fm("follows: {published: 20250101}\n")))
attack("fm-follows-key-list", False)(art(BODY, fm("follows: {[a]: b}\n")))
attack("fm-three-fences", True)(art("---\n" + BODY, fm("")))
attack("fm-crlf", True)(art(BODY.replace("\n", "\r\n"), fm("").replace("\n", "\r\n")))
attack("fm-tab-indent", False)(art(BODY, fm("follows:\n\turl: x\n")))

# ---- markdown body
attack("md-1000-list")(art("".join("  " * i + f"- Putin met on {1 + i % 28} May 2025\n" for i in range(1000))))
attack("md-1000-quote")(art("".join(">" * i + f" Putin met on {1 + i % 28} May 2025\n" for i in range(1, 1000))))
attack("md-quote-one-line")(art(">" * 5000 + " Putin met on 3 May 2025.\n"))
attack("md-list-one-line")(art("- " * 5000 + "Putin met on 3 May 2025.\n"))
attack("md-huge-table")(art("| a | b |\n|---|---|\n" + "".join(f"| {1 + i % 28} May 2025 | Putin met {i} |\n" for i in range(20000))))
attack("md-giant-link")(art("Putin met on 3 May 2025 [here](https://example.com/" + "a" * 500000 + ").\n"))
attack("md-comment-open")(art("Putin met on 3 May 2025. <!-- never closed\n" + BODY * 50))
attack("md-script-style-iframe")(art("<script>alert(1)</script><style>body{display:none}</style><iframe src=//evil.example></iframe> Putin met on 3 May 2025.\n"))
attack("md-jinja-raw")(art("{% raw %}{{ config }}{% endraw %} {{ 7*7 }} {% include 'x' %} Putin met on 3 May 2025.\n"))
attack("md-snippet")(art('--8<-- "/etc/passwd"\n\n;--8<-- "mkdocs.yml"\n\nPutin met on 3 May 2025.\n'))
attack("md-admonition")(art('!!! danger "Putin met on 3 May 2025"\n    <script>alert(1)</script>\n\n??? note\n    x\n'))
attack("md-attr-list")(art('Putin met on 3 May 2025. {: onclick="alert(1)" }\n\n# Heading {: #x onclick=alert(1) }\n'))
attack("md-html-entity-bomb")(art("&#x3C;script&#x3E;alert(1)&#x3C;/script&#x3E; Putin met on 3 May 2025. &lt;b&gt;\n"))
attack("md-md-in-html")(art('<div markdown="1">\n[x](javascript:alert(1)) Putin met on 3 May 2025.\n</div>\n'))
attack("md-link-js")(art('[click](javascript:alert(1)) <a href="javascript:alert(1)">a</a> Putin met on 3 May 2025.\n'))
attack("md-data-uri")(art('![x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==) Putin met on 3 May 2025.\n'))
attack("md-svg")(art('<svg onload=alert(1)><script>alert(2)</script></svg> Putin met on 3 May 2025.\n'))
attack("md-null-escape")(art('Putin met on 3 May 2025 \\u0000 &#0; &#x0; &#xD800;.\n'))
attack("md-heading-only")(art("# Putin met on 3 May 2025\n"))
attack("md-1000-emph")(art("*" * 20000 + "Putin met on 3 May 2025" + "*" * 20000 + "\n"))
attack("md-brackets")(art("[" * 20000 + "Putin met on 3 May 2025" + "]" * 20000 + "\n"))
attack("md-backticks-many")(art("`" * 20000 + " Putin met on 3 May 2025.\n"))
attack("md-pre-tag-open")(art("<pre>\n" + BODY * 100))
attack("md-textarea-open")(art("<textarea>\n" + BODY * 10))
attack("md-base-tag")(art('<base href="https://evil.example/"> <meta http-equiv="refresh" content="0;url=https://evil.example"> Putin met on 3 May 2025.\n'))
attack("md-form")(art('<form action="https://evil.example"><input name=x></form> Putin met on 3 May 2025.\n'))
attack("md-cdata")(art('<![CDATA[ ]]> Putin met on 3 May 2025. ]]> <?xml ?>\n'))
attack("md-footnote-loop")(art("Putin met on 3 May 2025.[^1]\n\n[^1]: See [^1].\n"))
attack("md-abbr")(art("*[Putin]: <script>alert(1)</script>\n\nPutin met on 3 May 2025.\n"))
attack("md-toc-marker")(art("[TOC]\n\nPutin met on 3 May 2025.\n"))
attack("md-mkdocs-macros")(art("{{ config.site_name }} {%- for x in range(10**9) %}{% endfor %} Putin met on 3 May 2025.\n"))
attack("md-bidi-filename", True)(art(BODY, name="note\u202egpj.md"))

# ---- file names
attack("fn-leading-dash")(art(BODY, name="-rf.md"))
attack("fn-double-dash")(art(BODY, name="--help.md"))
attack("fn-spaces")(art(BODY, name="  a  b  .md"))
attack("fn-newline")(art(BODY, name="a\nb.md"))
attack("fn-tab")(art(BODY, name="a\tb.md"))
attack("fn-long")(art(BODY, name="a" * 250 + ".md"))
attack("fn-case-collide")(lambda p: (art(BODY, name="Story.md")(p), art(BODY.replace("3 S", "4 S"), fm("", url="https://example.com/y"), name="story.md")(p)))
attack("fn-MD")(art(BODY, name="upper.MD"))
attack("fn-Md-only", False)(lambda p: [f.unlink() for f in (p/"sources").glob("*.md")] and art(BODY, name="only.MD")(p))
attack("fn-dot-md")(art(BODY, name=".md"))
attack("fn-hidden")(art(BODY, name=".hidden.md"))
attack("fn-percent")(art(BODY, name="100%25 a%2Fb.md"))
attack("fn-hash-question")(art(BODY, name="a#b?c.md"))
attack("fn-quote")(art(BODY, name="a\"b'c<d>.md"))
attack("fn-backslash")(art(BODY, name="a\\b.md"))
attack("fn-dir-named-md")(lambda p: (p/"sources"/"dir.md").mkdir())
attack("fn-subdir")(lambda p: ((p/"sources"/"sub").mkdir(), art(BODY, name="sub/x.md")(p)))
attack("fn-subdir-same-stem")(lambda p: ((p/"sources"/"sub").mkdir(), art(BODY, name="sub/h.md")(p), art(BODY, fm("", url="https://example.com/z"), name="h.md")(p)))
attack("fn-curation-upper")(lambda p: (p/"sources"/"CURATION.YAML").write_text("- hide: c-x\n  reason: r\n"))
attack("fn-curation-yml")(lambda p: (p/"sources"/"curation.yml").write_text("- hide: c-x\n  reason: r\n"))

# ---- entities.yaml
ENT = "entities:\n  - {id: vladimir-putin, name: Vladimir Putin, kind: person, aliases: [Putin]}\n"
attack("ent-latin1")(write("entities.yaml", ENT.encode() + "  - {id: x, name: Caf\u00e9, kind: place}\n".encode("latin-1")))
attack("ent-utf16")(write("entities.yaml", ENT.encode("utf-16")))
attack("ent-dir")(lambda p: ((p/"entities.yaml").unlink(), (p/"entities.yaml").mkdir()))
attack("ent-alias-bomb")(write("entities.yaml", "a: &a [" + ",".join(f"N{i}x" for i in range(2000)) + "]\nentities:\n" + "".join(f"  - {{id: e{i}, name: E{i}q, kind: person, aliases: *a}}\n" for i in range(2000))))
attack("ent-python-object")(write("entities.yaml", "entities:\n  - !!python/object/apply:os.system ['echo pwned']\n"))
attack("ent-name-list")(write("entities.yaml", "entities:\n  - {id: x, name: [a, b], kind: person}\n"))
attack("ent-name-int")(write("entities.yaml", "entities:\n  - {id: x, name: 42, kind: person}\n"))
attack("ent-role-list")(write("entities.yaml", ENT + "  - {id: x, name: Xavier Q, kind: person, role: [a]}\n"))
attack("ent-kind-bad")(write("entities.yaml", "entities:\n  - {id: x, name: X, kind: Person}\n"))
attack("ent-regex-name")(write("entities.yaml", ENT + "  - {id: x, name: '(.*)+', kind: place}\n  - {id: y, name: '\\\\b', kind: place}\n"))
attack("ent-zero-width-name")(write("entities.yaml", ENT + "  - {id: x, name: \"\\u200b\", kind: place}\n"))
attack("ent-long-name")(write("entities.yaml", ENT + f"  - {{id: x, name: {'Ab' * 5000}, kind: place}}\n"))
attack("ent-prefix-chain")(write("entities.yaml", ENT + "".join(f"  - {{id: x{i}, name: {'A' + 'a' * i}, kind: place}}\n" for i in range(1500))))
attack("ent-html-name")(write("entities.yaml", ENT + "  - {id: x, name: '<script>alert(1)</script> Moscow', kind: place, aliases: [Moscow]}\n"))
attack("ent-dup-key")(write("entities.yaml", "entities:\n  - {id: x, name: X, name: Y, kind: place}\n"))
attack("ent-entities-map")(write("entities.yaml", "entities: {a: b}\n"))
attack("ent-empty")(write("entities.yaml", ""))
attack("ent-tabs")(write("entities.yaml", "entities:\n\t- {id: x, name: X, kind: place}\n"))
attack("ent-side-self")(write("entities.yaml", "entities:\n  - {id: x, name: Xq, kind: place, side: x}\n"))
attack("ent-side-cycle")(write("entities.yaml", "entities:\n  - {id: x, name: Xq, kind: place, side: y}\n  - {id: y, name: Yq, kind: place, side: x}\n"))
attack("ent-id-unicode")(write("entities.yaml", "entities:\n  - {id: путин, name: Путин, kind: person}\n"))
attack("ent-8000")(write("entities.yaml", "entities:\n" + "".join(f"  - {{id: e{i}, name: Name{i} Person{i}, kind: person, aliases: [P{i}x]}}\n" for i in range(8000))))

# ---- curation.yaml
CUR = "sources/curation.yaml"
attack("cur-alias-bomb")(write(CUR, "- &a {hide: c-x, reason: r}\n- *a\n"))
attack("cur-python")(write(CUR, "- !!python/object/apply:os.system ['echo pwned']\n"))
attack("cur-binary")(write(CUR, b"\x00\x01\x02"))
attack("cur-utf16")(write(CUR, "- hide: c-x\n  reason: r\n".encode("utf-16")))
attack("cur-bom")(write(CUR, "\ufeff[]\n"))
attack("cur-mapping")(write(CUR, "hide: c-x\n"))
attack("cur-scalar")(write(CUR, "just text\n"))
attack("cur-huge-list")(write(CUR, "".join(f"- hide: c-{i:010x}\n  reason: r\n" for i in range(30000))))
attack("cur-merge-self")(write(CUR, "- merge: [e-1, e-1]\n  reason: r\n"))
attack("cur-date-int")(write(CUR, "- date: e-1\n  start: 20250101\n  reason: r\n"))
attack("cur-phase-huge")(write(CUR, "- phase: x\n  start: 0001-01-01\n  end: 9999-12-30\n"))
attack("cur-reason-list")(write(CUR, "- hide: c-x\n  reason: [a]\n"))
attack("cur-deep")(write(CUR, "- hide: " + "[" * 3000 + "]" * 3000 + "\n  reason: r\n"))
attack("cur-symlink-out")(lambda p: ((p/CUR).unlink(), os.symlink("/etc/passwd", p/CUR)))
attack("cur-fifo", False)(lambda p: ((p/CUR).unlink(), os.mkfifo(p/CUR)))

# ---- mkdocs.yml
def mk(edit):
    def f(p):
        t = (p/"mkdocs.yml").read_text()
        (p/"mkdocs.yml").write_text(edit(t))
    return f
attack("mk-latin1")(lambda p: (p/"mkdocs.yml").write_bytes((p/"mkdocs.yml").read_bytes() + "# caf\u00e9\n".encode("latin-1")))
attack("mk-invalid-yaml")(mk(lambda t: t + "\n: : [\n"))
attack("mk-site-name-list")(mk(lambda t: t.replace("site_name:", "site_name: [a, b]\nx_site_name:")))
attack("mk-site-name-html")(mk(lambda t: t.replace("site_name:", "site_name: \"<script>alert(1)</script>\"\nx_site_name:")))
attack("mk-site-name-empty")(mk(lambda t: t.replace("site_name:", "site_name: ''\nx_site_name:")))
attack("mk-python-tag")(mk(lambda t: t + "\nextra: !!python/object/apply:os.system ['echo pwned']\n"))
attack("mk-docs-dir-escape")(mk(lambda t: t + "\ndocs_dir: /etc\n"))
attack("mk-site-dir-escape")(mk(lambda t: t + "\nsite_dir: ../escaped-site\n"))
attack("mk-site-dir-docs")(mk(lambda t: t + "\nsite_dir: docs/out\n"))
attack("mk-directory-urls-str")(mk(lambda t: t + "\nuse_directory_urls: 'no'\n"))
attack("mk-dir")(lambda p: ((p/"mkdocs.yml").unlink(), (p/"mkdocs.yml").mkdir()))
attack("mk-missing")(lambda p: (p/"mkdocs.yml").unlink())
attack("mk-site-url-js")(mk(lambda t: t + "\nsite_url: javascript:alert(1)\n"))
attack("mk-nav-bad")(mk(lambda t: t + "\nnav: 42\n"))
attack("mk-plugins-unknown")(mk(lambda t: t + "\nplugins:\n  - nonexistent-plugin\n"))
attack("mk-hooks-missing")(mk(lambda t: t + "\nhooks:\n  - nothere.py\n"))
attack("mk-env-missing")(mk(lambda t: t + "\nsite_url: !ENV NOPE_NOT_SET\n"))
attack("mk-utf8-bom")(lambda p: (p/"mkdocs.yml").write_bytes(b"\xef\xbb\xbf" + (p/"mkdocs.yml").read_bytes()))

# ---- templates
attack("tpl-dir")(lambda p: ((p/"site_templates"/"event.md.j2").unlink(), (p/"site_templates"/"event.md.j2").mkdir()))
attack("tpl-latin1")(lambda p: (p/"site_templates"/"event.md.j2").write_bytes((p/"site_templates"/"event.md.j2").read_bytes() + b"\xe9"))
attack("tpl-missing")(lambda p: (p/"site_templates"/"event.md.j2").unlink())
attack("tpl-recursion")(lambda p: (p/"site_templates"/"event.md.j2").write_text("{% macro f() %}{{ f() }}{% endmacro %}{{ f() }}"))
attack("tpl-loop")(lambda p: (p/"site_templates"/"home.md.j2").write_text("{% for i in range(10**7) %}x{% endfor %}"))


# ---- a fourth sweep (docs/benchmarks.md, "A fourth sweep"): texts printed again for every
# event, dates before the year 1000 in the calendar, hand-written pages at generated addresses,
# headings and ids from odd titles, entity ids, line ends and encodings of other systems
CHRONO = "".join(f"Talks were held on {1 + i % 28} May {1990 + i // 28 % 30}.\n\n" for i in range(500))
attack("f4-title-400k")(art(CHRONO, fm("", title='"' + "Talks " * 70000 + '"')))
attack("f4-outlet-400k")(art(CHRONO, fm("outlet: " + "Reuters " * 50000 + "\n")))
attack("f4-url-400k")(art(CHRONO, fm("", url="https://example.com/" + "a" * 400000)))
attack("f4-tags-30k")(art(CHRONO, fm("tags: [" + ", ".join(f"t{i:08d}" for i in range(30000)) + "]\n")))
attack("f4-tag-spaces")(art(BODY, fm('tags: ["peace talks", "peace", "x\\u202e"]\n')))
attack("f4-title-hash")(art(BODY, fm("", title='"Putin learns C# #"')))
attack("f4-cr-only")(art(BODY.replace("\n", "\r"), fm("").replace("\n", "\r")))
attack("f4-bom-crlf")(art(BODY.replace("\n", "\r\n"), "\ufeff" + fm("").replace("\n", "\r\n")))
attack("f4-published-fullwidth", False)(art(BODY, fm("", pub="２０２５-０９-０３")))
attack("f4-lone-surrogate-escape", False)(art(BODY, fm("", title='"A \\ud83d title"')))
attack("f4-name-not-utf8", False)(src(b"bad\xff.md".decode("utf-8", "surrogateescape"), FM.format(n="u") + BODY))
attack("f4-outlets-nfc-nfd")(lambda p: (art(BODY, fm("outlet: Caf\u00e9\n", url="https://example.com/o1"), "o1.md")(p),
                                        art(BODY, fm("outlet: Cafe\u0301\n", url="https://example.com/o2"), "o2.md")(p)))
attack("f4-docs-timeline-index")(write("docs/timeline/index.md", "# Notes\n"))
attack("f4-docs-index-html")(write("docs/index.html", "<h1>static</h1>\n"))
attack("f4-docs-visual-readme")(write("docs/visual/README.md", "# V\n"))
attack("f4-site-url-fragment")(mk(lambda t: t + "\nsite_url: https://example.org/?q=1#f\n"))
attack("f4-cur-reason-1m")(lambda p: write(CUR, "- hide: [" + ", ".join(f"c-{i:010x}" for i in range(500))
                                       + "]\n  reason: " + "why " * 250000 + "\n")(p))
attack("f4-cur-date-year-50")(lambda p: write(CUR, "".join(
    f"- date: {e}\n  start: 0050-05-03\n  granularity: day\n  reason: r\n" for e in _events(p)[:1]))(p))
attack("f4-cur-phases-alike")(write(CUR, "- phase: Talks\n  start: 2025-01-01\n  end: 2025-06-30\n"
                                    "- phase: Talks\n  start: 2025-07-01\n  end: 2025-12-31\n"
                                    "- phase: Переговоры\n  start: 2024-01-01\n  end: 2024-06-30\n"
                                    "- phase: 東京\n  start: 2024-07-01\n  end: 2024-12-31\n"))
ENT_PLACE = "entities:\n  - {{id: {id}, name: Qarth, kind: place}}\n"
attack("f4-ent-id-index")(lambda p: (write("entities.yaml", ENT_PLACE.format(id="index"))(p),
                                     art("Putin met Zelensky in Qarth on 3 May 2025.\n")(p)))
attack("f4-ent-id-300")(lambda p: (write("entities.yaml", ENT_PLACE.format(id="q" * 300))(p),
                                   art("Putin met Zelensky in Qarth on 3 May 2025.\n")(p)))


# ---- a fifth sweep (docs/benchmarks.md, "A fifth sweep"): one article's address written
# several ways, names and years the tagger and registry misread, mkdocs.yml that holds no
# settings or an empty name
attack("f5-url-slash")(lambda p: (art(BODY, fm("", url="https://example.com/h/"), "h2.md")(p),
                                  art(BODY)(p)))
attack("f5-url-host-case-port-fragment")(lambda p: (art(BODY, fm("", url="https://EXAMPLE.com:443/h#a"),
                                                        "h2.md")(p), art(BODY)(p)))
attack("f5-nfd-names")(art(unicodedata.normalize("NFD", "Viktor Orbán said on 3 May 2025 that "
                                                        "José met Zelensky.\n")))
attack("f5-padded-years")(art("Putin met Zelensky on 3 May 0050 and on 1 January 0001; the "
                              "convoy left on 3 May 0800 GMT.\n"))
attack("f5-mk-list")(mk(lambda t: "- a\n- b\n"))
attack("f5-mk-text")(mk(lambda t: "hello\n"))
attack("f5-mk-site-name-null")(mk(lambda t: t.replace("site_name:", "site_name:\nx_site_name:")))

# ---- a sixth sweep (docs/benchmarks.md, "A sixth sweep"): keys misspelt in the editors'
# files, texts that show nothing, addresses that hide what they are, dates at the calendar's
# edges, markup where a headline is made, GitHub annotations
B6 = "Putin met Zelensky in Moscow on 3 September 2025, the Kremlin said.\n"
attack("f6-title-zero-width")(art(B6, fm("", title='"\\u200b"')))
attack("f6-title-only-markup")(art(B6, fm("", title="'<b></b>'")))
attack("f6-title-link-jinja")(art(B6, fm("", title="'[x](https://evil.example/) {{ config }} {% raw %}'")))
attack("f6-title-scalars")(lambda p: [art(B6, fm("", title=t, url=f"https://example.com/{i}"),
                                         f"t{i}.md")(p) for i, t in enumerate(
                                             ["2025", "1e3", "true", "2025-09-03", "'   x   '"])])
attack("f6-body-zero-width")(art("\u200b\u2060\n\n\ufeff\n"))
attack("f6-body-only-heading")(art("# Heading\n"))
attack("f6-tags-blank")(art(B6, fm("tags: ['', ' ', \"\\u200b\"]\n")))
attack("f6-tags-alike")(art(B6, fm("tags: [a, 'a ', A]\n")))
attack("f6-url-port")(art(B6, fm("", url="https://example.com:99999/a")))
attack("f6-url-zero-width-host")(art(B6, fm("", url='"https://exa\\u200bmple.com/a"')))
attack("f6-url-rlo")(art(B6, fm("", url='"https://example.com/\\u202egpj.exe"')))
attack("f6-url-userinfo")(art(B6, fm("", url="https://example.com@evil.example/")))
attack("f6-follows-self")(art(B6, fm("follows: {outlet: X, url: 'https://example.com/x', published: 2025-09-03}\n")))
attack("f6-impossible-days")(art("Putin met Zelensky on 30 February 2024, the Kremlin said.\n\n"
                                 "Zelensky met Trump on 31 April 2025 in Kyiv.\n"))
attack("f6-calendar-edges")(art("Putin met Zelensky on 31 December 9999. The next day they met "
                                "again. They met 60000 weeks ago and 1001 years ago, on 29 "
                                "February 2100 and in the 1st century.\n",
                                fm("", pub="1000-01-01")))
attack("f6-markup-headlines")(art(
    "Putin met [Zelensky][1] in Moscow on 3 September 2025, the Kremlin said.\n\n"
    "[1]: javascript:alert(1)\n\nZelensky said `<script>alert(1)</script>` on 4 September "
    "2025 {: #x onclick=\"alert(1)\" }\n\n<div onclick=\"alert(2)\">Trump met Putin on 5 "
    "September 2025, Peskov said.</div>\n\nPeskov said on 6 September 2025 that {{ config }} "
    "and {% include \"x\" %} were fine.\n"))
attack("f6-gh-file-name", False)(art("x", fm("", pub="'2025-13-01'"), "a,line=99::b.md"))
attack("f6-cur-typo-granularity")(lambda p: write(CUR, f"- date: {_events(p)[0]}\n  start: "
                                                  "2025-01-01\n  end: 2025-03-31\n  "
                                                  "granularty: month\n  reason: r\n")(p))
attack("f6-cur-typo-title")(write(CUR, "- split: [c-x]\n  titel: New\n  reason: r\n"))
attack("f6-cur-zero-width")(lambda p: write(CUR, f"- title: {_events(p)[0]}\n  text: \"\\u200b\"\n"
                                            "  reason: \"\\u200b\"\n- phase: \"\\u200b\"\n  start: "
                                            "2025-01-01\n  end: 2025-12-31\n")(p))
attack("f6-cur-phase-markup")(write(CUR, "- phase: '<script>alert(1)</script> {{ 7*7 }} "
                                    "[x](javascript:alert(1)) # h'\n  start: 2025-01-01\n  end: "
                                    "2025-12-31\n  text: '<img src=x onerror=alert(1)> {% raw %}'\n"))
attack("f6-cur-reply-cycle")(lambda p: write(CUR, "".join(
    f"- reply: {a}\n  response_to: {b}\n  reason: r\n"
    for a, b in [(_events(p)[0], _events(p)[1]), (_events(p)[1], _events(p)[0])]))(p))
attack("f6-cur-phases-overlap")(write(CUR, "- phase: P1\n  start: 2025-01-01\n  end: 2025-12-31\n"
                                      "- phase: P2\n  start: 2025-06-01\n  end: 2026-06-30\n"
                                      "- phase: P3\n  start: 2025-01-01\n  end: 2025-12-31\n"))
attack("f6-ent-typo-aliases")(write("entities.yaml", ENT + "  - {id: x, name: Xavier Q, kind: "
                                    "person, alias: [Zelensky]}\n"))
attack("f6-ent-zero-width")(write("entities.yaml", ENT + "  - {id: x, name: \"\\u200b\\u200d\", "
                                  "kind: place}\n"))
attack("f6-ent-markup")(write("entities.yaml", ENT + "  - {id: x, name: '[Zelensky](javascript:"
                              "alert(1)) {{ 7*7 }}', kind: person, role: '<b>r</b> # x', "
                              "aliases: [Zelensky]}\n"))


# ---- a seventh sweep (docs/benchmarks.md, "A seventh sweep"): front matter of odd YAML types,
# publication dates at the calendar's edges, titles and outlets that look like markup, names in
# two Unicode forms, curation naming events that are gone, entities.yaml oddities, line ends
B7 = "Putin met Zelensky in Moscow on 3 September 2025, the Kremlin said.\n"
attack("f7-pub-int", False)(art(B7, fm("", pub="20250903")))
attack("f7-pub-list", False)(art(B7, fm("", pub="[2025-09-03]")))
attack("f7-pub-map", False)(art(B7, fm("", pub="{y: 2025}")))
attack("f7-pub-timestamp")(art(B7, fm("", pub="2025-09-03T23:59:59+14:00")))
attack("f7-pub-year-1")(art("Putin met Zelensky last year, a year ago, 999,999 days ago, next "
                            "year and in 8,000 years, the Kremlin said.\n", fm("", pub="0001-01-01")))
attack("f7-pub-year-1000")(art("Putin met Zelensky last year, a year ago, 1,001 years earlier "
                               "and the previous century, the Kremlin said.\n", fm("", pub="1000-01-01")))
attack("f7-pub-feb-29")(art("Putin met Zelensky a year ago and a year later, on this day next "
                            "year and on 29 February next year, the Kremlin said.\n",
                            fm("", pub="2024-02-29")))
attack("f7-pub-far-future", False)(art("Putin will meet Zelensky next year.\n", fm("", pub="9998-06-01")))
attack("f7-title-whitespace", False)(art(B7, fm("", title="'   \t  '")))
attack("f7-title-html")(art(B7, fm("", title="'<a href=\"https://evil.example/\">x</a><img src=x onerror=alert(1)>'")))
attack("f7-title-md-link")(art(B7, fm("", title="'[Putin](https://evil.example/) ![i](https://evil.example/i.png) <https://evil.example/>'")))
attack("f7-title-jinja")(art(B7, fm("outlet: '{{ config.site_name }}{% for x in [1] %}x{% endfor %}'\n",
                                    title="'{{ 7*7 }} {% if true %}T{% endif %} {#c#}'")))
attack("f7-outlet-markup")(art(B7, fm("outlet: '<script>alert(1)</script>[x](javascript:alert(1))'\n"
                                      "author: '\"><svg onload=alert(1)>'\n")))
attack("f7-yaml-tags")(lambda p: [art(B7, fm("", title=t, url=f"https://example.com/{i}"),
                                     f"t{i}.md")(p) for i, t in enumerate(
                                         ["!!str 2025", "!!int 5", "!!float 1e3", "!!null ''",
                                          "!!timestamp 2025-09-03", "!!bool true", "!!binary aGk="])])
attack("f7-anchor-title", False)(art(B7, fm("outlet: *t\n", title="&t Title")))
attack("f7-long-values")(art(B7, fm("outlet: '" + "O" * 5000 + "'\nnotes: ['" + "n" * 100000 + "']\n")))
attack("f7-only-front-matter", False)(src("h.md", FM.format(n="h")))
attack("f7-only-front-matter-no-eol", False)(src("h.md", FM.format(n="h").rstrip("\n")))
attack("f7-bom-crlf-mixed")(src("h.md", "\ufeff" + FM.format(n="h").replace("\n", "\r\n")
                                + "Putin met Zelensky on 3 September 2025.\r\rZelensky spoke on "
                                  "4 September 2025.\n\r\nTrump spoke on 5 September 2025.\r\n"))
attack("f7-tab-indent", False)(art(B7, fm("follows:\n\toutlet: X\n")))
attack("f7-zero-width-bidi-names")(lambda p: (
    write("entities.yaml", ENT + "  - {id: x, name: \"Xa\\u200bvier\", kind: person}\n"
          "  - {id: y, name: \"\\u202eYann\", kind: person}\n")(p),
    art("Xa\u200bvier met \u202eYann on 3 September 2025, the Kremlin said.\n")(p)))
attack("f7-md-specials")(art(
    "<div markdown=\"1\">Putin met Zelensky on 3 September 2025.</div>\n\n"
    "[evil]: javascript:alert(1) \"t\"\n\nZelensky said `<script>alert(1)</script>` on 4 "
    "September 2025.\n{: onclick=\"alert(1)\" }\n\n*[Putin]: <img src=x onerror=alert(1)>\n\n"
    "Trump spoke on 5 September 2025 <https://evil.example/> [x][evil].\n"))
attack("f7-url-quotes")(art(B7, fm("", url="'https://example.com/a\"onmouseover=\"alert(1)'")))
attack("f7-url-javascript", False)(art(B7, fm("", url="'javascript:alert(1)//https://x'")))
attack("f7-url-data", False)(art(B7, fm("", url="'data:text/html,<script>alert(1)</script>'")))
attack("f7-url-angle")(art(B7, fm("", url="'https://example.com/<script>alert(1)</script>'")))
attack("f7-outlets-nfc-nfd")(lambda p: [art(B7, fm(f"outlet: {o}\ntags: [{t}]\n",
                                                   url=f"https://example.com/{i}"), f"n{i}.md")(p)
                                        for i, (o, t) in enumerate([
                                            ("H\u00fcrriyet", "caf\u00e9"),
                                            ("Hu\u0308rriyet", "cafe\u0301")])])
attack("f7-500-outlets")(lambda p: [art(B7, fm(f"outlet: Outlet {i}\n",
                                               url=f"https://example.com/o{i}"), f"o{i}.md")(p)
                                    for i in range(500)])
attack("f7-cur-gone-ids")(write(CUR, "- title: e-0123456789\n  text: T\n  reason: r\n"
                                "- hide: c-0123456789\n  reason: r\n"
                                "- merge: [e-0123456789, e-abcdefabcd]\n  reason: r\n"))
attack("f7-cur-odd-shapes", False)(write(CUR, "- merge: e-1\n  reason: r\n- merge: []\n  reason: r\n"
                                         "- [hide, c-1]\n- hide: [c-1]\n  reason: 5\n"
                                         "- {hide: c-1, error: c-2, reason: r}\n- ~\n- reason: r\n"))
attack("f7-cur-comments-only")(write(CUR, "# nothing yet\n"))
attack("f7-ent-dup-alias")(write("entities.yaml", ENT + "  - {id: x, name: Xavier Q, kind: person, "
                                 "aliases: [Putin, XQ]}\n  - {id: y, name: Yan Q, kind: person, "
                                 "aliases: [XQ, Xavier Q]}\n"))
attack("f7-ent-dup-id")(write("entities.yaml", ENT + "  - {id: vladimir-putin, name: Other, kind: person}\n"))
attack("f7-ent-self-alias")(write("entities.yaml", ENT + "  - {id: x, name: Xavier Q, kind: person, "
                                  "aliases: [Xavier Q, xavier q, ' Xavier Q ']}\n"))
attack("f7-ent-empty")(write("entities.yaml", "entities: []\n"))
attack("f7-ent-null")(write("entities.yaml", "entities:\n"))
attack("f7-docs-hand-edit")(lambda p: (write("docs/index.md", "# hand\n<script>alert(1)</script>\n")(p),
                                       write("docs/events/e-hand/index.md", "# hand\n")(p)))
attack("f7-names-only")(art(("Putin Zelensky Trump Peskov Lavrov Erdogan Macron. " * 400) +
                            "\n\nPutin met Zelensky on 3 September 2025.\n"))
attack("f7-quotes-parens")(art("Putin said " + "\u201c" * 5000 + "(" * 5000 + "on 3 September "
                               "2025" + ")" * 5000 + "\u201d" * 5000 + ".\n"))

attack("f7-follows-later")(art(B7, fm("follows: {outlet: X, url: 'https://example.com/y', published: 2025-09-04}\n")))
attack("f7-title-null")(art(B7, fm("", title="!!null ''")))
attack("f7-value-newline")(art(B7, fm("", pub='"2025-09-03\\nx"')))
attack("f7-lone-cr")(src("h.md", FM.format(n="h") + "Putin met Zelensky on 3 September 2025.\r\r"
                         "Zelensky spoke on 4 September 2025.\n"))
attack("f7-far-years")(art("Putin will meet Zelensky on 31 December 9998, Peskov said. The next day "
                           "they will meet again. Trump met Putin on 14 October 1066, on May 3, "
                           "2450 and on 31 December 9999, Peskov said. It happened 999,999 days "
                           "ago and 2,000 days ago, Peskov said.\n"))
attack("f7-cur-date-then-merge")(lambda p: write(CUR, f"- date: {_events(p)[0]}\n  start: 2020-01-01\n"
                                                 "  end: 2020-01-31\n  granularity: month\n  reason: d\n"
                                                 f"- merge: [{_events(p)[1]}, {_events(p)[0]}]\n"
                                                 "  reason: m\n")(p))
attack("f7-cur-title-twice")(lambda p: write(CUR, "".join(f"- title: {_events(p)[0]}\n  text: {t}\n"
                                                          "  reason: r\n" for t in "AB"))(p))


# ---- an eighth sweep (docs/benchmarks.md, "An eighth sweep"): the seventh's leftovers, texts
# in other scripts only, character references, Markdown's extensions holding dates, names of
# 2,000 characters, sources deleted, renamed or doubled between builds, odd publication times,
# folders that are links, the command run from elsewhere
def _built(p: Path) -> None:
    """Build once (the site a later attack changes the project under)."""
    subprocess.run([BIN / "timeline", "build", "--jobs", "1"], cwd=p, check=True,
                   capture_output=True)


B8 = B7
attack("f8-far-year-2100")(art("Putin will meet Zelensky on 3 May 2100, Peskov said. The next day "
                               "they will meet again. Trump met Putin on May 3, 2300 and on 3 May "
                               "1430, and on 31 December 2399, Peskov said.\n"))
attack("f8-zero-width-names")(lambda p: [art(f"Pu{chr(z)}tin met Zele{chr(z)}nsky in Moscow on 3 "
                                             "September 2025, the Kremlin said.\n",
                                             fm(f'outlet: "Reu\\u{z:04x}ters"\ntags: ["pea\\u{z:04x}ce"]\n',
                                                url=f"https://example.com/z{z}"), f"z{z}.md")(p)
                                         for z in [0x200b, 0x200c, 0x200d, 0x2060, 0xfeff]])
attack("f8-ent-zero-width-lookalike")(write("entities.yaml", ENT + "  - {id: x, name: \"Pu\\u200btin\", "
                                            "kind: person}\n"))
attack("f8-check-dot-with-docs", check=["check", "."])(write("docs/extra.md", "# An extra page\n"))
attack("f8-cyrillic-only")(art("\u041f\u0443\u0442\u0438\u043d \u0432\u0441\u0442\u0440\u0435\u0442"
                               "\u0438\u043b\u0441\u044f \u0441 \u0417\u0435\u043b\u0435\u043d\u0441"
                               "\u043a\u0438\u043c 3 \u0441\u0435\u043d\u0442\u044f\u0431\u0440\u044f "
                               "2025 \u0433\u043e\u0434\u0430.\n" * 3,
                               fm("outlet: \u0422\u0410\u0421\u0421\n",
                                  title="\u041f\u0443\u0442\u0438\u043d \u0438 \u0417\u0435\u043b"
                                        "\u0435\u043d\u0441\u043a\u0438\u0439")))
AR = ("\u0627\u0644\u062a\u0642\u0649 \u0628\u0648\u062a\u064a\u0646 "
      "\u0632\u064a\u0644\u064a\u0646\u0633\u0643\u064a \u0641\u064a 3 \u0633\u0628\u062a"
      "\u0645\u0628\u0631 2025.")
attack("f8-arabic-rtl")(art((AR + " ") * 3 + "\n", fm("outlet: \u0627\u0644\u062c\u0632\u064a\u0631"
                                                     "\u0629\n", title=f'"{AR}"')))
attack("f8-cjk-only")(art("\u666e\u4eac\u4e8e2025\u5e749\u67083\u65e5\u5728\u83ab\u65af\u79d1"
                          "\u4f1a\u89c1\u6cfd\u8fde\u65af\u57fa\u3002" * 20 + "\n",
                          fm("outlet: \u65b0\u534e\u793e\n",
                             title="\u666e\u4eac\u4f1a\u89c1\u6cfd\u8fde\u65af\u57fa")))
attack("f8-mixed-script")(art("Putin met \u0417\u0435\u043b\u0435\u043d\u0441\u043a\u0438\u0439 in "
                              "\u0645\u0648\u0633\u0643\u0648 on 3 September 2025, \u6771\u4eac "
                              "said \u202bon 4 September 2025\u202c. Zelensky spoke on 5 September "
                              "2025 \u05d1\u05d9\u05e8\u05d5\u05e9\u05dc\u05d9\u05dd.\n",
                              fm("outlet: \"\u202eReuters\"\n", title='"\u0417\u0435\u043b\u0435'
                                 '\u043d\u0441\u043a\u0438\u0439 \u0645\u0648\u0633\u0643\u0648 '
                                 '\u6771\u4eac \u202bmixed"')))
attack("f8-table-1mb")(art("| date | what |\n|---|---|\n" + "".join(
    f"| {d % 28 + 1} September 2025 | Putin met Zelensky in Moscow, the Kremlin said. |\n"
    for d in range(14000))))
attack("f8-list-1mb")(art("".join(f"- On {d % 28 + 1} September 2025 Putin met Zelensky in Moscow, "
                                  "the Kremlin said.\n" for d in range(13000))))
attack("f8-charrefs")(art("Putin &#x202E;met&#x202C; Zelensky &#0; on 3 September 2025 &amp;lt;script"
                          "&amp;gt;alert(1)&amp;lt;/script&amp;gt; &#x3C;script&#x3E;alert(1)"
                          "&#x3C;/script&#x3E;, the Kremlin said &#xD800; &#1114112; &#128512;.\n",
                          fm("outlet: '&#x202E;Reuters &#0; &amp;lt;b&amp;gt;'\ntags: ['&#0;', "
                             "'&lt;i&gt;']\n", title="'&#x202E;A title &#0; &amp;lt;script&amp;gt;"
                             "alert(1)&amp;lt;/script&amp;gt; &#x3C;b&#x3E;'")))
attack("f8-md-extensions")(art(
    "## 3 September 2025: Putin meets Zelensky\n\nPutin met Zelensky on 3 September 2025[^1], "
    "the Kremlin said.\n\n[^1]: Zelensky said on 4 September 2025 that it was so.\n\n"
    "Term dated 5 September 2025\n:   Trump spoke on 5 September 2025, the White House said.\n\n"
    "!!! note \"On 6 September 2025\"\n    Macron spoke on 6 September 2025, Elysee said.\n\n"
    "```python\n# Putin met Zelensky on 7 September 2025\nprint('8 September 2025')\n```\n\n"
    "~~~\nErdogan met Putin on 9 September 2025, Ankara said.\n~~~\n\n"
    "    Lavrov met Rubio on 10 September 2025 (indented code).\n\n"
    "<details><summary>11 September 2025</summary>Peskov spoke on 11 September 2025.</details>\n"))
attack("f8-long-outlet", False)(art(B8, fm("outlet: '" + "Outlet " * 286 + "'\nauthor: '" + "A" * 2000 + "'\n")))
attack("f8-long-title")(art(B8, fm("", title="'" + "Putin and Zelensky " * 105 + "'")))
attack("f8-many-entities")(write("entities.yaml", ENT + "".join(
    f"  - {{id: e{i}, name: Person{i} Q{i}, kind: person, aliases: [P{i}Q]}}\n" for i in range(20000))))
def _cur_after_delete(p: Path) -> None:
    """Curation against the events and claims of two sources, built, then the sources gone."""
    _built(p)
    named = _ids(p)[:2]
    write(CUR, "".join(f"- title: {e}\n  text: T{i}\n  reason: r\n- hide: {c}\n  reason: r\n"
                       for i, (e, c, _) in enumerate(named)))(p)
    _built(p)
    for _, _, source in named:
        (p / "sources" / f"{source}.md").unlink(missing_ok=True)


attack("f8-cur-after-delete")(_cur_after_delete)
attack("f8-renamed-source")(lambda p: (_built(p), _keep_addresses(p),
                                        (p / "sources" / sorted(x.name for x in (p / "sources").glob("*.md"))[0]).rename(
                                            p / "sources" / "renamed.md")))
attack("f8-same-text-two-urls")(lambda p: [art("Putin met Zelensky in Moscow on 3 September 2025, "
                                               "the Kremlin said, and the two leaders agreed to meet "
                                               "again in Istanbul before the end of the year, when "
                                               "a peace plan would be ready.\n", fm("outlet: O\n", url=u),
                                               f"s{i}.md")(p) for i, u in enumerate(
                                                   ["https://example.com/a", "https://example.com/b"])])
attack("f8-iso-old-years")(art("Putin met Zelensky on 1850-03-03, on 0999-12-31, on 0000-01-01, on "
                               "-0044-03-15, on +002025-09-03, on 1899-12-31 and on 1900-02-29, the "
                               "Kremlin said.\n", fm("", pub="1899-12-31")))
attack("f8-pub-time-zone")(lambda p: [art(B8, fm("", pub=v, url=f"https://example.com/t{i}"),
                                          f"t{i}.md")(p) for i, v in enumerate(
                                              ["2025-09-03T23:30:00-05:00", "2025-09-03 10:00",
                                               "2025-09-03T10:00:00Z", "'2025-09-03T10:00+02:00'",
                                               "2025-09-03t10:00:00.123456789Z"])])
attack("f8-site-symlink")(lambda p: ((p.parent / (p.name + "-out")).mkdir(),
                                     (p / "site").symlink_to(p.parent / (p.name + "-out"))))
attack("f8-docs-symlink")(lambda p: (shutil.move(str(p / "docs"), str(p.parent / (p.name + "-docs"))),
                                     (p / "docs").symlink_to(p.parent / (p.name + "-docs"))))


attack("f8-zero-width-file-name")(lambda p: [art(B8, fm("", url=f"https://example.com/f{i}"), n)(p)
                                              for i, n in enumerate(["2025-09-03-reuters.md",
                                                                     "2025-09-03-reu\u200bters.md"])])
attack("f8-cjk-glued-iso")(art("\u53cc\u65b9\u5c06\u4e8e2025-09-05\u518d\u6b21\u4f1a\u8c08\u3002"
                               "Putin met Zelensky on 3 September 2025.\n"))
attack("f8-follows-chain")(lambda p: [art("Erdogan met Macron in Ankara on 12 September 2025, the "
                                         "Elysee said.\n", fm(f"outlet: {n}\n" + (
                                             f"follows: {{outlet: {up}, url: 'https://{up}.example/1', "
                                             "published: 2025-09-03}\n" if up else ""),
                                             url=f"https://{n}.example/1"), f"{n}.md")(p)
                                     for n, up in [("a", None), ("b", "a"), ("c", "b")]])
attack("f8-build-in-sources", where="sources")(lambda p: None)
attack("f8-build-in-docs", where="docs")(lambda p: _built(p))
attack("f8-build-in-empty", where="empty")(lambda p: (p / "empty").mkdir())


# ---- a ninth sweep (docs/benchmarks.md, "A ninth sweep"): what the eighth left (Markdown's
# markers in claims, military time, names in scripts without spaces), then files that are no
# files, links in docs/ that loop, thousands of sources or curation entries, a sentence of
# dates only, addresses and names of odd characters, line separators in front matter
B9 = B7
attack("f9-md-markers")(art(
    "Putin met Zelensky in Moscow on 3 September 2025, the Kremlin said.[^1]\n\n"
    "[^1]: Zelensky said on 4 September 2025 that the talks went well.\n\n"
    "```\nTrump called Erdogan on 5 September 2025 in a code block.\n```\n\n"
    "!!! note \"On 7 September 2025\"\n    Erdogan met Putin on 7 September 2025 in Ankara.\n\n"
    "Term\n:   Macron visited Kyiv on 8 September 2025, his office said.\n\n"
    "<!-- Lavrov met Rubio on 9 September 2025, a comment. -->\n\n"
    "| date | what |\n|---|---|\n| 2 September 2025 | Putin met Trump in Alaska |\n\n"
    "````\nnever closed on 10 September 2025\n\n<!-- never closed either, 11 September 2025\n\n"
    "Peskov spoke at 2100 hours on 12 September 2025.\n"))
attack("f9-military-time")(art("Troops moved at 2100 hours on 3 September 2025. A briefing was "
                               "held at 0900 hours. Pilots logged 2000 hours of training. By 2100, "
                               "in 2100 and the 2100 hours meeting.\n"))
attack("f9-cjk-names")(lambda p: (write("entities.yaml", "entities:\n  - {id: putin-zh, name: "
                                        "\u666e\u4eac, kind: person}\n  - {id: moscow-zh, name: "
                                        "\u83ab\u65af\u79d1, kind: place}\n")(p),
                                  art("\u666e\u4eac met Zelensky in \u83ab\u65af\u79d1 on 3 "
                                      "September 2025\u3002\u666e\u4eac\u4e8e2025\u5e74\u4f1a"
                                      "\u89c1\u3002\n")(p)))
attack("f9-fifo-source", check=["check"])(lambda p: os.mkfifo(p / "sources" / "pipe.md"))
attack("f9-fifo-curation")(lambda p: ((p / "sources" / "curation.yaml").unlink(missing_ok=True),
                                      os.mkfifo(p / "sources" / "curation.yaml")))
attack("f9-fifo-docs")(lambda p: os.mkfifo(p / "docs" / "extra.md"))
attack("f9-fifo-docs-css")(lambda p: os.mkfifo(p / "docs" / "stylesheets" / "x.css"))
attack("f9-docs-link-loop")(lambda p: [(p / "docs" / n).symlink_to(t) for n, t in
                                       [("loop", "."), ("loop2", "."), ("stylesheets/up", "..")]])
attack("f9-source-dev-link", False)(lambda p: (p / "sources" / "zero.md").symlink_to("/dev/zero"))
attack("f9-5000-tiny")(lambda p: [art(f"Putin met Zelensky on {1 + i % 28} May 2025.\n",
                                      fm("", url=f"https://example.com/t{i}"), f"t{i:04d}.md")(p)
                                  for i in range(5000)])
attack("f9-dates-only")(art(
    "3 September 2025, 2025-09-03, 09/03/2025, 3.9.2025, Sept. 3, Wednesday, yesterday, last "
    "week, 3 Sep 2025 at 14:00 GMT, the 3rd, 2025-W36, Q3 2025, summer 2025, the 2020s, the "
    "21st century, 2100 hours, a week ago, 03/09/25, mid-September, early 2025, 1 May 0800 GMT, "
    "the day before, two days later, this year, next month, 1999, 3 May 2100.\n"))
attack("f9-url-schemes", False)(lambda p: [art(B9, fm("", url=u, title=f'"U{i}"'), f"u{i}.md")(p)
                                           for i, u in enumerate([
                                               "' javascript:alert(1)'", "JaVaScRiPt:alert(1)",
                                               '"java\\tscript:alert(1)"', "vbscript:msgbox(1)",
                                               "//evil.example/a", "'https:evil.example'",
                                               '"https://example.com/a\\u2028b"',
                                               "file:///etc/passwd", "mailto:a@evil.example"])])
attack("f9-follows-url-js", False)(art(B9, fm("follows: {outlet: X, url: 'javascript:alert(1)', "
                                              "published: 2025-09-01}\n")))
attack("f9-ent-replacement-meta")(write("entities.yaml", ENT + "  - {id: x, name: '$1 \\g<0> \\1', "
                                        "kind: place}\n  - {id: y, name: '(?P<x>a)|*', kind: place}\n"
                                        "  - {id: z, name: '<img src=x onerror=alert(1)>', kind: person, "
                                        "aliases: [Zelensky]}\n"))
attack("f9-cur-10000-hides")(write(CUR, "".join(f"- hide: c-{i:010x}\n  reason: r\n" for i in range(10000))))
attack("f9-cur-10000-phases")(write(CUR, "".join(f"- phase: P{i}\n  start: 2025-01-01\n  end: "
                                                 "2025-12-31\n" for i in range(10000))))
attack("f9-cur-10000-phases-one-title")(write(CUR, "".join("- phase: Talks\n  start: 2025-01-01\n  "
                                                           "end: 2025-12-31\n" for _ in range(10000))))
# a title with every character the calendar, CSV and Atom escape (YAML single quotes: a
# backslash is itself), a formula, markup, a flag and a family emoji, long enough to fold
T9 = "'A;B,C\\D \"q\" <x> &amp; =1+1 e\u0301 \U0001F1FA\U0001F1E6\U0001F468\u200d\U0001F469 " + "x" * 60 + "'"
attack("f9-cur-title-specials")(lambda p: write(CUR, f"- title: {_events(p)[0]}\n  text: {T9}\n"
                                                "  reason: 'r;,\\ \"<script>\"'\n")(p))
attack("f9-fm-line-separators", False)(art(B9, "---\ntitle: A\u2028bogus: 1\nurl: "
                                           "https://example.com/ls\npublished: 2025-09-03\n"
                                           "tags: [x]\u2029nonsense: [\n---\n"))
attack("f9-fm-lone-cr", False)(art(B9, "---\rtitle: A\rurl: https://example.com/cr\rpublished: "
                                   "2025-09-03\r---\r"))
attack("f9-fm-str-dates")(lambda p: [art(B9, fm("", pub=v, url=f"https://example.com/d{i}"),
                                         f"d{i}.md")(p) for i, v in
                                     enumerate(["'2025-09-03'", "!!str 2025-09-03", "!!timestamp 2025-09-03"])])
attack("f9-text-separators")(art("Putin met Zelensky in Moscow on 3 September 2025,\u2028the "
                                 "Kremlin said\u2029. Trump spoke on 4\u00a0September 2025.\n",
                                 fm("outlet: 'Out\\u2028let'\n", title='"T\\u2028itle"')))


# ---- a tenth sweep: the calendar's edges, front matter at its limits, mkdocs.yml edited
B10 = B7
CAL10 = ("Putin said on 29 February 2025 that talks would go on. Zelensky replied on 31 April 2025.\n"
         "Lavrov spoke on 30 February 2025 in Moscow. The meeting ended at 24:00 on 3 March 2025.\n"
         "Peskov said the 0th of March was chosen, and 32 March 2025 too. Nothing happened in year "
         "0, in year 1 or in 9999.\nIn 10000 the world will be different, Trump said on 4 March 2025. "
         "In 1900 a treaty was signed.\nMacron spoke on 1 January 1970 of the epoch. Hastings was on "
         "14 October 1066.\nOn 15 March 1582 nothing was reformed. A leap second at 23:59:60 on 31 "
         "December 2016 was added.\nErdogan met Putin on 5 March 2025 at 23:59:60 UTC. Rubio landed "
         "at 2025-09-03T23:30:00-12:00 and left at 2025-09-04T00:10:00.123456+14:00.\nWitkoff met "
         "Dmitriev on 2025-03-00 and on 1 January 0001, and again on 1 January 10000.\n")
attack("f10-calendar-text")(art(CAL10, fm("", pub="2025-03-01")))
attack("f10-published-times", False)(lambda p: [art(B10, fm("", pub=v, url=f"https://example.com/p{i}"),
                                                    f"p{i}.md")(p) for i, v in enumerate([
    "2025-09-03T23:30:00+14:00", "2025-09-03T00:30:00-12:00", "2025-09-03 23:59:59.999999",
    "2025-09-03T23:59:60Z", "2025-02-29", "2025-04-31", "'2025-09-03 +14:00'", "0000-01-01",
    "10000-01-01"])])
attack("f10-published-far")(lambda p: [art(f"Putin met Zelensky {w}. Trump said so on 3 May 2025.\n",
                                           fm("", pub=v, url=f"https://example.com/f{i}"), f"f{i}.md")(p)
                                       for i, (v, w) in enumerate([
    ("0001-01-01", "the day before"), ("0001-01-01", "a year ago"), ("9998-12-31", "the next day"),
    ("9998-12-31", "next year"), ("1969-12-31", "yesterday"), ("1582-10-10", "today"),
    ("1000-01-01", "last week")])])
attack("f10-title-1mb", False)(art(B10, fm("", title='"' + "T" * 1_000_000 + '"')))
attack("f10-word-200k")(art("Putin met Zelensky on 3 September 2025 in " + "a" * 200_000 + ", the Kremlin said.\n"))
attack("f10-2000-same-title")(lambda p: [art(f"Putin met Zelensky on {1 + i % 28} May 2025.\n",
                                             fm("", title='"One title"', url=f"https://example.com/s{i}"),
                                             f"s{i:04d}.md")(p) for i in range(2000)])
attack("f10-same-url")(lambda p: [art(b, fm("", url="https://example.com/same"), n)(p) for n, b in
                                  [("u1.md", B10), ("u2.md", "Trump called Erdogan on 4 September 2025.\n")]])
attack("f10-follows-self")(art(B10, fm("follows: {outlet: Me, url: 'https://example.com/x', published: 2025-09-03}\n")))
attack("f10-follows-cycle")(lambda p: [art(b, fm(f"follows: {{outlet: O, url: 'https://example.com/{o}', "
                                                 "published: 2025-09-03}\n", url=f"https://example.com/{n}"),
                                           f"{n}.md")(p) for n, o, b in
                                       [("a", "b", B10), ("b", "c", B10), ("c", "a", B10)]])
attack("f10-follows-later")(art(B10, fm("follows: {outlet: O, url: 'https://example.com/o', published: 2030-01-01}\n")))


def _ents(n):
    return write("entities.yaml", "entities:\n" + "".join(
        f"  - {{id: p{i}, name: Person{i} Q{i}, kind: person, aliases: [Q{i}x]}}\n" for i in range(n)))


attack("f10-ent-timestamps")(write("entities.yaml", ENT + "  - {id: y, name: Yq, kind: place, "
                                   "note: 2025-09-03T23:59:60Z}\n  - {id: z, name: 2025-02-30, kind: place}\n"))
attack("f10-mkdocs-timestamp")(lambda p: (p / "mkdocs.yml").write_text(
    (p / "mkdocs.yml").read_text(encoding="utf-8") + "extra:\n  when: 2025-02-30\n", encoding="utf-8"))
attack("f10-fm-timestamps")(art(B10, fm("follows: {outlet: O, url: 'https://example.com/o', published: "
                                        "2025-09-02T23:59:60Z}\ntags: [2025-09-03T25:00:00]\n")))
attack("f10-ent-5000")(_ents(5000))
attack("f10-ent-10000")(_ents(10000))


def _mkdocs(old, new):
    def f(p):
        t = (p / "mkdocs.yml").read_text(encoding="utf-8")
        assert old in t, old
        (p / "mkdocs.yml").write_text(t.replace(old, new, 1), encoding="utf-8")
    return f


EXT10 = ("  - toc:\n      permalink: true\n" + "".join(f"  - {x}\n" for x in [
    "footnotes", "def_list", "abbr", "tables", "pymdownx.superfences", "pymdownx.details",
    "pymdownx.tasklist", "pymdownx.emoji", "pymdownx.arithmatex", "pymdownx.smartsymbols",
    "pymdownx.caret", "pymdownx.tilde", "pymdownx.mark", "pymdownx.critic", "pymdownx.keys",
    "pymdownx.snippets", "nl2br", "sane_lists", "wikilinks"]))  # smarty: its dashes are typography
MARKS10 = "==m== ^^c^^ ~~t~~ {++ins++} {--del--} {>>note<<} ++ctrl++ $x^2$ :smile: [[W]]"
attack("f10-mkdocs-extensions", check=["build", "--strict"])(lambda p: (
    _mkdocs("  - toc:\n      permalink: true\n", EXT10)(p),
    art(f"Putin met Zelensky on 3 September 2025, {MARKS10}, the Kremlin said.\n\n--8<-- \"mkdocs.yml\"\n",
        fm(f"outlet: '{MARKS10}'\nknown_errors: ['{MARKS10}']\n", title=f"'P {MARKS10}'"))(p)))
attack("f10-mkdocs-palette", check=["build", "--strict"])(
    _mkdocs("primary: indigo\n      accent: amber", "primary: deep orange\n      accent: pink"))
attack("f10-mkdocs-subpath", check=["build", "--strict"])(
    _mkdocs("site_url: !ENV SITE_URL", "site_url: https://example.org/sub/path"))
attack("f10-mkdocs-no-directory-urls", False)(
    _mkdocs("use_directory_urls: true", "use_directory_urls: false"))
attack("f10-mkdocs-offline", False)(_mkdocs("plugins: []", "plugins: [offline]"))
attack("f10-mkdocs-no-attr-list", False)(_mkdocs("  - attr_list\n", ""))
attack("f10-mkdocs-inherit", check=["build", "--strict"])(lambda p: (
    (p / "base.yml").write_text("markdown_extensions:\n  - attr_list\n  - md_in_html\n  - toc:\n"
                                "      permalink: true\n", encoding="utf-8"),
    _mkdocs("markdown_extensions:\n  - admonition\n  - attr_list\n  - md_in_html\n  - toc:\n"
            "      permalink: true\n", "INHERIT: base.yml\n")(p)))
attack("f10-mkdocs-inherit-loop", False)(lambda p: (
    (p / "base.yml").write_text("INHERIT: mkdocs.yml\n", encoding="utf-8"),
    _mkdocs("site_name:", "INHERIT: base.yml\nsite_name:")(p)))
attack("f10-mkdocs-search-tags", check=["build", "--strict"])(_mkdocs("plugins: []", "plugins: [search, tags]"))
attack("f10-mkdocs-language-ar", check=["build", "--strict"])(_mkdocs("language: en", "language: ar"))


# ---- an eleventh sweep: incremental builds after odd sequences, compared with a cold build
# (COLD-DIFF, COLD-WARN), and what the tenth left
def _build(p: Path, kill: str | None = None, env: dict | None = None) -> None:
    """A build between the steps of a sequence; ``kill``: SIGKILL it at that step of
    ``output._step`` (a real kill -9 between two steps, as tests/test_faults.py injects)."""
    code = ("import os, signal, sys\nfrom generator import output\nfrom generator.cli import main\n"
            f"output._step = lambda at: at == {kill!r} and os.kill(os.getpid(), signal.SIGKILL)\n"
            "sys.exit(main(['build', '--jobs', '1']))\n")
    subprocess.run([sys.executable, "-c", code], cwd=p, capture_output=True, timeout=300,
                   env=dict(os.environ, **(env or {})))


def sequence(name, *steps, build=True, check=("check",)):
    """An attack made of steps with a build after each but the last (the harness's own build
    after it is then compared with a cold build of the same inputs)."""
    def f(p):
        _build(p)
        for step in steps:
            step(p)
    COLD.add(name)
    attack(name, build, check)(f)



def _add(i):
    def f(p):
        src = sorted((ROOT / "sources").glob("*.md"))[3 + i % 3]
        shutil.copy(src, p / "sources" / src.name)
    return f


def _edit(rel, old, new):
    def f(p):
        t = (p / rel).read_text(encoding="utf-8")
        (p / rel).write_text(t.replace(old, new, 1) if old else t + new, encoding="utf-8")
    return f


def _cache(name, damage):
    def f(p):
        for t in sorted((p / ".cache").rglob(name)):
            damage(t)
    return f


def _shape(key, value):
    def f(t):
        import json

        from generator.output import write_json
        data = json.loads(t.read_bytes().partition(b"\n")[2])
        data[key] = value if not isinstance(value, str) else dict.fromkeys(data[key], value)
        write_json(t, data)
    return f


def _renamed(p):
    first = sorted((p / "sources").glob("*.md"))[0]
    first.rename(first.with_name("renamed-" + first.name))


def _kill_then(point):
    return lambda p: (_add(0)(p), _build(p, kill=point), _add(1)(p))


sequence("f11-add-rename-published-touch", _add(0), lambda p: _build(p), _renamed,
         lambda p: _build(p), _edit(f"sources/{sorted((ROOT / 'sources').glob('*.md'))[1].name}",
                                    "published: 2025-09-05", "published: 2025-09-06"),
         lambda p: _build(p), lambda p: [os.utime(f) for f in (p / "sources").glob("*")])
sequence("f11-entities-curation-mkdocs", _edit("entities.yaml", "", "  - id: elysee-x\n    name: "
                                               "Élysée Palace\n    kind: place\n"),
         lambda p: _build(p), _edit("sources/curation.yaml", "", "\n- phase: P11\n  start: "
                                    "2025-01-01\n  end: 2025-12-31\n  text: t\n"),
         lambda p: _build(p), _edit("mkdocs.yml", 'site_name: "T"', 'site_name: "T two"'),
         lambda p: _build(p), _edit("mkdocs.yml", "  - Search: search.md\n", "  - Find: search.md\n"))
for _point in ["pages written", "switch made", "pages switched", "mkdocs built", "search indexed",
               "switched"]:
    sequence(f"f11-kill-at-{_point.replace(' ', '-')}", _kill_then(_point))
for _file in ["docs.json", "headlines.json", "pages.json", "site.json", "*.json"]:
    sequence(f"f11-cache-{_file.strip('*.')}-deleted", _cache(_file, lambda t: t.unlink()), _add(0))
    sequence(f"f11-cache-{_file.strip('*.')}-truncated", _cache(_file, lambda t: t.write_bytes(
        t.read_bytes()[:len(t.read_bytes()) // 2])), _add(0))
    sequence(f"f11-cache-{_file.strip('*.')}-garbage", _cache(_file, lambda t: t.write_bytes(
        b"\x00\xff{{{")), _add(0))
sequence("f11-cache-extract-df-strings", _cache("extract/*.json", _shape("df", "x")), _add(0))
sequence("f11-cache-extract-sentences-negative", _cache("extract/*.json", _shape("sentences", -5)),
         _add(0))
sequence("f11-cache-docs-shape", _cache("docs.json", lambda t: __import__(
    "generator.output", fromlist=["write_json"]).write_json(t, {"docs/index.md": ["a", "b", "c"]})),
    _add(0))
sequence("f11-cache-docs-immutable", _cache("docs.json", lambda t: subprocess.run(
    ["chattr", "+i", str(t)])), _add(0), lambda p: _build(p), _add(1),
    lambda p: subprocess.run(["chattr", "-i", str(p / ".cache" / "docs.json")]))
sequence("f11-inherit-edited", lambda p: ((p / "base.yml").write_text("copyright: Old\n"),
                                          _edit("mkdocs.yml", "site_name:", "INHERIT: base.yml\nsite_name:")(p)),
         lambda p: _build(p), lambda p: (p / "base.yml").write_text("copyright: New\n"))
sequence("f11-env-edited", _edit("mkdocs.yml", "", "copyright: !ENV [T11_COPYRIGHT, Old]\n"),
         lambda p: _build(p), lambda p: os.environ.__setitem__("T11_COPYRIGHT", "New"))
sequence("f11-snippet-edited", _edit("mkdocs.yml", "  - attr_list\n", "  - attr_list\n  - "
                                     "pymdownx.snippets:\n      base_path: ['.']\n"),
         lambda p: ((p / "NOTE.txt").write_text("Old note\n"),
                    (p / "docs" / "note.md").write_text('# Note\n\n--8<-- "NOTE.txt"\n')),
         lambda p: _build(p), lambda p: (p / "NOTE.txt").write_text("New note\n"))
sequence("f11-site-edited-by-hand", lambda p: (
    (p / "site" / "index.html").write_text("x"), shutil.rmtree(p / "site" / "assets"),
    [f.unlink() for f in sorted((p / "site" / "pagefind").rglob("*.pf_fragment"))[:1]]))
# (a thirteenth sweep) caches: entries swapped or linked under another's key, links to
# themselves, a huge file of garbage, entities.yaml a link to itself
def _swap_two(p):
    a, b = sorted((p / ".cache" / "extract").glob("*.json"))[:2]
    data = a.read_bytes()
    a.write_bytes(b.read_bytes())
    b.write_bytes(data)


def _link_to_next(p):
    a, b = sorted((p / ".cache" / "extract").glob("*.json"))[:2]
    a.unlink()
    a.symlink_to(b.name)


def _self_link(rel):
    def f(p):
        t = p / rel
        if t.is_dir() and not t.is_symlink():
            shutil.rmtree(t)
        elif t.exists() or t.is_symlink():
            t.unlink()
        t.symlink_to(t.name)
    return f


sequence("f13-cache-extract-swapped", _swap_two, _add(0))
sequence("f13-cache-extract-linked", _link_to_next, _add(0))
sequence("f13-cache-self-link", _self_link(".cache"), _add(0))
sequence("f13-cache-extract-self-link", _self_link(".cache/extract"), _add(0))
sequence("f13-cache-headlines-huge", _cache("headlines.json", lambda t: t.write_bytes(
    b"x" * 200_000_000)), _add(0))
attack("f13-docs-self-link")(lambda p: (p / "docs" / "js").symlink_to("js"))
attack("f13-entities-self-link")(_self_link("entities.yaml"))
attack("f11-unread-days")(art("Peskov said the 0th of March was chosen. Putin will meet Zelensky "
                              "on 32 March 2025.\nTrump called on March 0, 2025. Macron met Scholz "
                              "on the 31st of April.\nWitkoff met Dmitriev on March 32nd. In March "
                              "40 soldiers were killed.\n", fm("", pub="2025-03-01")))
attack("f11-site-url-idn", check=["build", "--strict"])(
    _mkdocs("site_url: !ENV SITE_URL", "site_url: https://пример.рф/хроника/"))


def _ids(p: Path) -> list[tuple[str, str, str]]:
    """(event id, its first claim id, that claim's source) of the project's last build."""
    import json
    data = json.loads((p / "site" / "timeline.json").read_text(encoding="utf-8"))
    first = {}
    for c in data["claims"]:
        first.setdefault(c["event"], (c["id"], c["source"]))
    return [(e["id"], *first[e["id"]]) for e in data["events"] if e["id"] in first]


def _keep_addresses(p: Path) -> None:
    """The pages the first build published (the renamed attack checks they all still lead
    somewhere: `gone` in the output)."""
    (p / ".addresses").write_text("\n".join(sorted(
        x.parent.relative_to(p / "site").as_posix() for x in (p / "site").rglob("index.html"))))


def _events(p: Path) -> list[str]:
    """The ids of the events a build of the base project makes (for curation attacks)."""
    import json
    out = WORK / "events.json"
    if not out.exists():
        subprocess.run([BIN / "timeline", "extract", "sources/"], cwd=BASE, check=True,
                       stdout=out.open("w"), stderr=subprocess.DEVNULL)
    return [e["id"] for e in json.loads(out.read_text())["events"]]


def main(argv: list[str]) -> int:
    base()
    for name, (f, b, check, where) in ATTACKS.items():
        if argv and name not in argv:
            continue
        line = [name]
        for k, (rc, t, err, extra) in run(name, f, b, check, where).items():
            tb = " TRACEBACK" if "Traceback" in err else ""
            last = " / ".join(x[:160] for x in err.strip().splitlines()[-2:])
            line.append(f"{k}: rc={rc} {t}s{tb}{extra} {last}")
        print("\n   ".join(line), flush=True)
    shutil.rmtree(WORK, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
