"""What's new for readers (`whats-new.md`): by day, newest first, the roles and skills added and the
roles whose figures changed, each linked to its page while it exists (content/history.py reads the
git history; the contributors' change log is pages/changes.py)."""

from __future__ import annotations

from pathlib import Path

from markupsafe import Markup

from crossroads import routes
from crossroads.content.history import reader_days
from crossroads.model.dataset import Dataset
from crossroads.render.jinja import render
from crossroads.render.markdown import link, md_escape
from crossroads.render.output import Page

# Data

URI = routes.PAGES["whats_new"]


# The page

def page(root: Path, data: Dataset) -> Page:
    """The reader's What's new: a name is linked while its role or skill still exists."""
    days, note = reader_days(root)

    def to(name: str, ident: str, label: str) -> Markup:
        """The entity's current name linked to its page; the name it had then, when it is gone."""
        kind = "skill" if label == "New skills" else "role"
        now = (data.skills if kind == "skill" else data.roles).get(ident)
        return link(now.name, getattr(routes, kind)(ident), URI) if now else md_escape(name)
    return Page(URI, render("whats-new.md.j2", URI, days=days, note=note, link=to), None, True)
