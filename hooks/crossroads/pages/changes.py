"""The change log for contributors (`contribute/changes.md`): every commit that touched content/,
newest first, each linked to its commit, from content/history.py."""

from __future__ import annotations

from pathlib import Path

from crossroads import routes
from crossroads.content.history import changes
from crossroads.render.jinja import render
from crossroads.render.markdown import url_link

# Data

URI = routes.PAGES["changes"]
LIMIT = 60          # commits listed
FILES_SHOWN = 6     # changed files named per commit


# The page

def page(root: Path, repo_url: str) -> str:
    """The Markdown of the change log."""
    found, note = changes(root, LIMIT)
    by_date: dict[str, list] = {}
    for change in found:
        by_date.setdefault(change.date, []).append(change)
    links = {c.sha: url_link(c.sha[:7], f"{repo_url.rstrip('/')}/commit/{c.sha}") for c in found}
    return render("changes.md.j2", URI, by_date=by_date, note=note, links=links, shown=FILES_SHOWN)
