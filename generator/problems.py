"""Problems found in input: collected for a whole run, then reported together."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong with an input file, located as precisely as we can.

    ``str(problem)`` is the contract tests assert::

        sources/x.md:3:12: 'published' is "Marhc 2019"; expected YYYY-MM-DD
    """

    path: str
    line: int | None = None
    col: int | None = None
    message: str = ""
    severity: str = "error"  # "error" | "warning"

    def github(self) -> str:
        """The problem as a GitHub Actions annotation on its file and line."""
        kind = "warning" if self.severity == "warning" else "error"
        # a property's value escapes ':' and ',' too (as GitHub's toolkit does): a file named
        # 'a,line=99::b.md' put the annotation on line 99 of 'sources/a'
        where = "file=" + self.path.replace("%", "%25").replace("\r", "%0D") \
            .replace("\n", "%0A").replace(":", "%3A").replace(",", "%2C")
        if self.line is not None:
            where += f",line={self.line}"
            if self.col is not None:
                where += f",col={self.col}"
        message = self.message.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
        return f"::{kind} {where}::{message}"

    def __str__(self) -> str:
        where = self.path
        if self.line is not None:
            where += f":{self.line}"
            if self.col is not None:
                where += f":{self.col}"
        prefix = "warning: " if self.severity == "warning" else ""
        return f"{where}: {prefix}{self.message}"


class InputError(Exception):
    """Raised by a stage when input is bad; carries every problem found."""

    def __init__(self, problems: tuple[Problem, ...]):
        self.problems = tuple(sorted(problems, key=lambda p: (p.path, p.line or 0, p.col or 0)))
        super().__init__("\n".join(str(p) for p in self.problems))
