"""The three paths: the side-by-side comparison (`compare.md`), a page per path, each path's roles
index (`paths/<id>/roles.md`, listed under the path in the menu) and the home page's path cards (the
`paths-overview` marker). Every computed value comes from model/summaries.py."""

from __future__ import annotations

import re

from markupsafe import Markup

from crossroads import routes
from crossroads.model.dataset import Dataset
from crossroads.model.entities import Path
from crossroads.pages.roles_index import roles_table
from crossroads.render import card as role_card
from crossroads.render import summaries
from crossroads.render.formats import money, number
from crossroads.render.jinja import render
from crossroads.render.output import Page

# Data

URI = routes.PAGES["compare_paths"]


# Pieces

def scale_marks(rank: int, steps: int) -> Markup:
    """` ●●○` for step 2 of 3: dots for the eye, words for screen readers."""
    dots = "●" * (rank + 1) + "○" * (steps - rank - 1)
    return Markup(f' <span class="cr-scale" aria-hidden="true">{dots}</span>'
                  f'<span class="cr-sr-only"> ({rank + 1} of {steps})</span>')


def card(p: Path, data: Dataset) -> dict:
    """A path's home-page card: its first summary sentence, its roles' salaried median range and time to first income."""
    s = data.path_summaries[p.id]
    first = re.split(r"[.:] ", p.summary, maxsplit=1)[0].rstrip(".") + "."
    pay = ""
    if (span := s.employees):
        pay = f"{money(span.low, 'USD')} – {money(span.high, 'USD')} a year" if span.low != span.high else f"{money(span.low, 'USD')} a year"
    months = f"{number(s.months.low)} – {number(s.months.high)} months" if s.months else ""
    return dict(path=p, line=first, roles=s.roles, pay=pay, salaried=s.employees.count if s.employees else 0, months=months)


def overview(data: Dataset, here: str) -> Markup:
    """The home page's cards, one per path (the `paths-overview` marker)."""
    return Markup(render("paths-overview.md.j2", here, data=data, cards=[card(p, data) for p in data.paths.values()]))


# Pages

def compare_page(data: Dataset) -> Page:
    return Page(URI, render("compare.md.j2", URI, data=data, scale=scale_marks,
                            value=lambda p, d: summaries.value(p, d, data)), "content/dimensions.yml", True)


def path_page(p: Path, data: Dataset) -> Page:
    here = routes.path(p.id)
    table = roles_table(data, here).filtered(lambda r: p.id in r.paths).as_markdown()
    return Page(here, render("path.md.j2", here, title=p.name, data=data, path=p, table=table,
                             derived=summaries.derived_rows(p, data)), f"content/paths/{p.id}.yml", True)


def roles_page(p: Path, data: Dataset) -> Page:
    """A path's roles index: each role's card facts on one line and who it suits."""
    here = routes.path_roles(p.id)
    roles = [(r, role_card.short(r, data), *role_card.fit_lines(r, data)) for r in data.roles_by_path[p.id]]
    return Page(here, render("path-roles.md.j2", here, title=f"{p.name}: the roles", data=data, path=p, roles=roles),
                f"content/paths/{p.id}.yml", True)
