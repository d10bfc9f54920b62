"""The content's history, read from git: every commit that touched content/ (the contributors' change
log) and, for readers, what each day changed that a reader cares about: roles and skills added,
roles whose figures (income or outlook) changed.

One `git log --raw` lists the commits with the old and new blob of every file; one `git cat-file
--batch` reads the role files a reader-facing change needs, so the build stays fast however long
the history. A copy without git, or with a shallow history (as CI checks out by default), gets a
note instead of a failure; the deploy workflow fetches the whole history.
"""

from __future__ import annotations

import subprocess
from dataclasses import dataclass, field
from pathlib import Path

import yaml

# Data

LIMIT = 300          # commits read
_SEP, _REC = "\x1f", "\x1e"
FIGURES = ("income", "outlook")     # a role's figures: a change here is "figures updated"
NO_GIT = "The change history is not available in this copy of the guide (it is not a git checkout)."
SHALLOW = "This copy has only part of the change history (a shallow clone), so older changes are missing here."


@dataclass(frozen=True)
class Change:
    """One commit that touched content/."""

    date: str
    subject: str
    sha: str
    files: tuple[str, ...]      # e.g. roles/seo-consultant


@dataclass
class Day:
    """What one day changed for readers: ids with the name they had then."""

    date: str
    roles_added: dict[str, str] = field(default_factory=dict)
    skills_added: dict[str, str] = field(default_factory=dict)
    figures: dict[str, str] = field(default_factory=dict)


# The contributors' change log

def changes(root: Path, limit: int = 60) -> tuple[list[Change], str]:
    """The latest commits that changed content/, and a note when the history is missing or partial."""
    log = _git(root, "log", f"-n{limit}", "--date=short", f"--format={_REC}%H{_SEP}%ad{_SEP}%s", "--name-only", "--", "content/")
    if log is None:
        return [], NO_GIT
    out = []
    for record in filter(None, (r.strip() for r in log.split(_REC))):
        head, *names = record.splitlines()
        sha, date, subject = (head.split(_SEP) + ["", ""])[:3]
        files = tuple(n.removeprefix("content/").removesuffix(".yml") for n in names if n.startswith("content/"))
        out.append(Change(date, subject, sha, files))
    return out, _note(root, bool(out))


# What's new for readers

def reader_days(root: Path, limit: int = LIMIT) -> tuple[list[Day], str]:
    """Days (newest first) on which roles or skills were added or a role's figures changed."""
    log = _git(root, "log", f"-n{limit}", "--date=short", "--raw", "--no-renames", "--no-abbrev",
               f"--format={_REC}%ad", "--", "content/roles/", "content/skills/")
    if log is None:
        return [], NO_GIT
    entries = []            # (date, status, folder, id, old blob, new blob)
    for record in filter(None, (r.strip() for r in log.split(_REC))):
        date, *lines = record.splitlines()
        for line in filter(None, lines):
            meta, _, path = line.partition("\t")
            _, _, old, new, status = meta.split()
            folder, _, name = path.removeprefix("content/").partition("/")
            if name.endswith(".yml") and status in "AM":
                entries.append((date, status, folder, name.removesuffix(".yml"), old, new))
    blobs = _blobs(root, {b for e in entries for b in (e[4], e[5]) if e[1] == "M" or b == e[5]} - {"0" * 40})
    days: dict[str, Day] = {}
    for date, status, folder, ident, old, new in entries:
        now = blobs.get(new) or {}
        day = days.setdefault(date, Day(date))
        name = str(now.get("name") or ident)
        if status == "A":
            (day.roles_added if folder == "roles" else day.skills_added)[ident] = name
        elif folder == "roles" and _figures(blobs.get(old) or {}) != _figures(now):
            day.figures[ident] = name
    for day in days.values():               # a role added that day is not also "updated"
        for ident in day.roles_added:
            day.figures.pop(ident, None)
    found = [d for d in sorted(days.values(), key=lambda d: d.date, reverse=True) if d.roles_added or d.skills_added or d.figures]
    return found, _note(root, bool(found))


# Helpers

def _figures(doc: dict) -> tuple:
    return tuple(repr(doc.get(k)) for k in FIGURES)


def _note(root: Path, found: bool) -> str:
    if _git(root, "rev-parse", "--is-shallow-repository") == "true":
        return SHALLOW
    return "" if found else "No change to the content has been recorded yet."


def _blobs(root: Path, shas: set[str]) -> dict[str, dict]:
    """The parsed YAML of each blob (an unreadable one is left out), read by one `git cat-file --batch`."""
    if not shas:
        return {}
    order = sorted(shas)
    try:
        out = subprocess.run(["git", "-C", str(root), "cat-file", "--batch"], input=("\n".join(order) + "\n").encode("ascii"),
                             capture_output=True, timeout=60).stdout
    except (OSError, subprocess.SubprocessError):
        return {}
    found, pos = {}, 0
    for sha in order:
        end = out.index(b"\n", pos)
        header = out[pos:end].split()
        if len(header) < 3 or header[1] != b"blob":
            pos = end + 1
            continue
        size = int(header[2])
        body = out[end + 1:end + 1 + size]
        pos = end + 1 + size + 1
        try:
            doc = yaml.load(body.decode("utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
        except (UnicodeDecodeError, yaml.YAMLError):
            continue
        if isinstance(doc, dict):
            found[sha] = doc
    return found


def _git(root: Path, *args: str) -> str | None:
    """Output of a git command in `root`, or None when git or the repository is missing."""
    try:
        result = subprocess.run(["git", "-C", str(root), *args], capture_output=True, text=True, timeout=20)
    except (OSError, subprocess.SubprocessError):
        return None
    return result.stdout.strip() if result.returncode == 0 else None
