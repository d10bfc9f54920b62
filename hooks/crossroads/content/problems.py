"""Problems found in content: file, position, field, message and a hint to fix it."""

from __future__ import annotations

import os
from dataclasses import dataclass

# Data

@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong with the content, located as precisely as we can."""

    file: str
    line: int
    col: int
    field: str
    message: str
    hint: str = ""
    rule: str = "schema"
    level: str = "error"
    after: str = ""          # `file:line` of another file's error this one may only follow from
    touched: bool = False    # the file has uncommitted changes: it is listed first

    def format(self) -> str:
        """`path:line:col: error: field: message (hint) [rule]`, as yamllint prints it."""
        field = f"{self.field}: " if self.field else ""
        hint = f" ({self.hint})" if self.hint else ""
        after = f" (may only follow from the error at {self.after}: fix that first)" if self.after else ""
        return f"{self.file}:{self.line}:{self.col}: {self.level}: {field}{self.message}{hint} [{self.rule}]{after}"

    def rank(self) -> tuple:
        """Report order: errors of their own before knock-ons, files being edited first, then by place."""
        return (bool(self.after), not self.touched, self.level != "error", self.file, self.line, self.col,
                self.field, self.message)

    def annotation(self) -> str:
        """The same problem as a GitHub Actions annotation, shown on the pull request diff."""
        text = f"{self.field}: {self.message}" if self.field else self.message
        if self.hint:
            text += f" ({self.hint})"
        if self.after:
            text += f" (may only follow from the error at {self.after}: fix that first)"
        text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
        return f"::{self.level} file={self.file},line={self.line},col={self.col},title={self.rule}::{text}"


class ContentError(Exception):
    """Raised when content has problems; carries all of them, already sorted."""

    def __init__(self, problems: list[Problem]):
        self.problems = sorted(problems, key=Problem.rank)
        super().__init__(report(self.problems))


# Helpers

def field_path(path: tuple) -> str:
    """Render a data path like ('income', 0, 'high') as `income[0].high`."""
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out


def report(problems: list[Problem]) -> str:
    """All problems, one per line: a file being edited first, then by file and line; problems that may
    only follow from another file's error come last, under a line that says so; then a count."""
    problems = sorted(problems, key=Problem.rank)
    lines = [p.format() for p in problems if not p.after]
    if (later := [p.format() for p in problems if p.after]):
        lines += ["These may only follow from the errors above; fix those first:", *later]
    errors = sum(1 for p in problems if p.level == "error")
    files = len({p.file for p in problems})
    noun = "problem" if len(problems) == 1 else "problems"
    lines.append(f"{len(problems)} {noun} ({errors} error{'s' if errors != 1 else ''}) in {files} file{'s' if files != 1 else ''}.")
    return "\n".join(lines)


def annotations(problems: list[Problem]) -> str:
    """GitHub annotations for every problem, when running in GitHub Actions."""
    if not os.environ.get("GITHUB_ACTIONS"):
        return ""
    return "\n".join(p.annotation() for p in sorted(problems, key=Problem.rank))
