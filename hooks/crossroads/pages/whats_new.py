"""The "What's new" page: the git history of content/, newest first, each change linked to its commit.

A copy without git, or with a shallow history (as CI checks out by default), gets a short note
instead of a failure; the deploy workflow fetches the whole history.
"""

from __future__ import annotations

import subprocess
from dataclasses import dataclass
from pathlib import Path

from crossroads import routes
from crossroads.render.jinja import render
from crossroads.render.markdown import url_link

# Data

URI = routes.PAGES["whats_new"]
LIMIT = 60          # commits listed
FILES_SHOWN = 6     # changed files named per commit
_SEP = "\x1f"


@dataclass(frozen=True)
class Change:
    """One commit that touched content/."""

    date: str
    subject: str
    sha: str
    files: tuple[str, ...]      # e.g. roles/seo-consultant


# History

def changes(root: Path, limit: int = LIMIT) -> tuple[list[Change], str]:
    """The latest commits that changed content/, and a note when the history is missing or partial."""
    log = _git(root, "log", f"-n{limit}", "--date=short", f"--format=%x1e%H{_SEP}%ad{_SEP}%s", "--name-only", "--", "content/")
    if log is None:
        return [], "The change history is not available in this copy of the guide (it is not a git checkout)."
    out = []
    for record in filter(None, (r.strip() for r in log.split("\x1e"))):
        head, *names = record.splitlines()
        sha, date, subject = (head.split(_SEP) + ["", ""])[:3]
        files = tuple(n.removeprefix("content/").removesuffix(".yml") for n in names if n.startswith("content/"))
        out.append(Change(date, subject, sha, files))
    note = ""
    if _git(root, "rev-parse", "--is-shallow-repository") == "true":
        note = "This copy has only part of the change history (a shallow clone), so older changes are missing here."
    if not out and not note:
        note = "No change to the content has been recorded yet."
    return out, note


def page(root: Path, repo_url: str) -> str:
    """The Markdown of the What's new page."""
    found, note = changes(root)
    by_date: dict[str, list[Change]] = {}
    for change in found:
        by_date.setdefault(change.date, []).append(change)
    links = {c.sha: url_link(c.sha[:7], f"{repo_url.rstrip('/')}/commit/{c.sha}") for c in found}
    return render("whats-new.md.j2", URI, by_date=by_date, note=note, links=links, shown=FILES_SHOWN)


# Helpers

def _git(root: Path, *args: str) -> str | None:
    """Output of a git command in `root`, or None when git or the repository is missing."""
    try:
        result = subprocess.run(["git", "-C", str(root), *args], capture_output=True, text=True, timeout=20)
    except (OSError, subprocess.SubprocessError):
        return None
    return result.stdout.strip() if result.returncode == 0 else None
