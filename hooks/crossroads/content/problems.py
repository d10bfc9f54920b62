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

    def format(self) -> str:
        """`path:line:col: error: field: message (hint) [rule]`, as yamllint prints it."""
        field = f"{self.field}: " if self.field else ""
        hint = f" ({self.hint})" if self.hint else ""
        return f"{self.file}:{self.line}:{self.col}: {self.level}: {field}{self.message}{hint} [{self.rule}]"

    def annotation(self) -> str:
        """The same problem as a GitHub Actions annotation, shown on the pull request diff."""
        text = f"{self.field}: {self.message}" if self.field else self.message
        if self.hint:
            text += f" ({self.hint})"
        text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
        return f"::{self.level} file={self.file},line={self.line},col={self.col},title={self.rule}::{text}"


class ContentError(Exception):
    """Raised when content has problems; carries all of them, already sorted."""

    def __init__(self, problems: list[Problem]):
        self.problems = sorted(problems)
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
    """All problems, one per line, sorted by file and line, then a count."""
    problems = sorted(problems)
    lines = [p.format() for p in problems]
    errors = sum(1 for p in problems if p.level == "error")
    files = len({p.file for p in problems})
    noun = "problem" if len(problems) == 1 else "problems"
    lines.append(f"{len(problems)} {noun} ({errors} error{'s' if errors != 1 else ''}) in {files} file{'s' if files != 1 else ''}.")
    return "\n".join(lines)


def annotations(problems: list[Problem]) -> str:
    """GitHub annotations for every problem, when running in GitHub Actions."""
    if not os.environ.get("GITHUB_ACTIONS"):
        return ""
    return "\n".join(p.annotation() for p in sorted(problems))
