"""Find, load and validate everything in content/: the one entry point for raw data.

Stages (each collects problems, none stops early): discover files → load YAML safely →
JSON Schema per document → cross-file rules (rules.py) on the documents whose shape is
right. `load_content` returns the documents and every problem, sorted.
"""

from __future__ import annotations

import datetime as dt
import subprocess
from dataclasses import replace
from pathlib import Path

from crossroads.content import rules, schemas
from crossroads.content.documents import COLLECTIONS, SINGLES, Content
from crossroads.content.loader import load_file
from crossroads.content.problems import ContentError, Problem
from crossroads.content.rules.base import OWN_FILE

# Stages

def discover(root: Path) -> tuple[list[tuple[str, Path]], list[Problem]]:
    """Every content file with its schema name; problems for files in the wrong place."""
    found, problems = [], []
    display = _display_root(root)
    for name, schema in SINGLES.items():
        path = root / name
        if path.is_file():
            found.append((schema, path))
        else:
            problems.append(Problem(f"{display}/{name}", 1, 1, "", "the file is missing", f"create {display}/{name}", "layout"))
    for folder, schema in COLLECTIONS.items():
        for path in sorted((root / folder).glob("*")):
            if path.suffix == ".yml" and path.is_file():
                found.append((schema, path))
            elif path.is_file() and not path.name.startswith("."):
                problems.append(Problem(f"{display}/{folder}/{path.name}", 1, 1, "", "not a .yml file",
                                        "content files end in .yml", "layout"))
    return found, problems


def load_content(root: Path, schema_dir: Path, today: dt.date | None = None) -> Content:
    """Load and validate all content under `root`. Never raises on bad content."""
    content = Content(root=root, today=today or dt.date.today())
    files, content.problems = discover(root)
    display = _display_root(root)
    for schema, path in files:
        rel = f"{display}/{path.relative_to(root).as_posix()}"
        doc, problems = load_file(path, rel)
        if not problems:
            try:
                problems = schemas.validate(doc, schema_dir, schema)
            except ContentError as e:              # a broken schema file: report it once, check nothing against it
                problems = [p for p in e.problems if p not in content.problems]
                doc.ok = False
        if problems:
            doc.ok = False
        content.problems.extend(problems)
        if schema in COLLECTIONS.values():
            folder = path.parent.name
            content.collections[folder][path.stem] = doc
        else:
            content.singles[schema] = doc
    content.problems.extend(rules.run(content))
    content.problems = ordered(content.problems, files, root)
    return content


def ordered(problems: list[Problem], files: list[tuple[str, Path]], root: Path) -> list[Problem]:
    """The problems as a contributor needs them: those in files being edited first (`touched`), and a
    cross-file rule's problem in a sound file marked as possibly following from a broken file (`after`)."""
    shown = {path.resolve(): f"{_display_root(root)}/{path.relative_to(root).as_posix()}" for _, path in files}
    touched = {shown[p] for p in _edited(root) if p in shown}
    broken: dict[str, Problem] = {}
    for p in sorted(problems, key=lambda p: (p.file not in touched, p.file, p.line)):
        if p.rule not in rules.RULES:                  # loading or the schema: the file itself is wrong
            broken.setdefault(p.file, p)
    first = next(iter(broken.values()), None)
    out = []
    for p in problems:
        knock_on = first is not None and p.rule in rules.RULES and p.rule not in OWN_FILE and p.file not in broken
        out.append(replace(p, touched=p.file in touched, after=f"{first.file}:{first.line}" if knock_on else ""))
    return sorted(out, key=Problem.rank)


def _edited(root: Path) -> set[Path]:
    """Files under `root` with uncommitted changes, new files included (nothing outside a git work tree)."""
    try:
        out = subprocess.run(["git", "-C", str(root), "status", "--porcelain", "--untracked-files=all", "--", "."],
                             capture_output=True, text=True, timeout=10)
        top = subprocess.run(["git", "-C", str(root), "rev-parse", "--show-toplevel"], capture_output=True, text=True, timeout=10)
    except (OSError, subprocess.SubprocessError):
        return set()
    if out.returncode or top.returncode:
        return set()
    base = Path(top.stdout.strip())
    return {(base / line[3:].split(" -> ")[-1].strip('"')).resolve() for line in out.stdout.splitlines() if len(line) > 3}


def check(root: Path, schema_dir: Path, today: dt.date | None = None) -> Content:
    """Like load_content, but raise ContentError when there is any error."""
    content = load_content(root, schema_dir, today)
    if any(p.level == "error" for p in content.problems):
        raise ContentError(content.problems)
    return content


def _display_root(root: Path) -> str:
    """The content folder as shown in messages: relative to the working directory when possible."""
    try:
        return root.resolve().relative_to(Path.cwd().resolve()).as_posix() or "."
    except ValueError:
        return root.as_posix()
