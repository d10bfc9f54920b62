"""Starting points (`starting-points.md`): the backgrounds a reader may come from, each with who it is,
what carries over, what is missing, its nearest roles with the skills it brings and still needs
(model/dataset.from_background), and a first experiment."""

from __future__ import annotations

from markupsafe import Markup

from crossroads import routes
from crossroads.model.backgrounds import Background
from crossroads.model.dataset import Dataset
from crossroads.render import tables
from crossroads.render.jinja import render
from crossroads.render.links import role_link, skill_links
from crossroads.render.output import Page

# Data

URI = routes.PAGES["starting_points"]


# Pieces

def nearest_roles(bg: Background, data: Dataset, here: str) -> Markup:
    """The background's nearest roles: why each is near, the skills it brings and the ones still to learn."""
    rows = [(data.roles[r.role], r.why, *data.from_background(bg, data.roles[r.role])) for r in bg.roles]
    return tables.Table([
        tables.Column("Role", lambda r: role_link(r[0], here)),
        tables.Column("Why it is near", lambda r: r[1]),
        tables.Column("You bring", lambda r: skill_links(r[2], here, "none of its skills yet")),
        tables.Column("To learn", lambda r: skill_links(r[3], here, "nothing new")),
    ], rows).as_html()


# The page

def page(data: Dataset) -> Page:
    backgrounds = [(bg, nearest_roles(bg, data, URI)) for bg in data.backgrounds.values()]
    return Page(URI, render("starting-points.md.j2", URI, data=data, backgrounds=backgrounds), None, True)
