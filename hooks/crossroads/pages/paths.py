"""The three paths: the side-by-side comparison (`compare.md`: a table of short values, one line
each, with the reasoning folded below), a page per path, each path's roles index
(`paths/<id>/roles.md`, listed under the path in the menu) and the home page's path cards (the
`paths-overview` marker). Every computed value comes from model/summaries.py."""

from __future__ import annotations

import re

from markupsafe import Markup

from crossroads import routes
from crossroads.model.dataset import Dataset
from crossroads.model.entities import Dimension, Path
from crossroads.pages.roles_index import roles_table
from crossroads.render import card as role_card
from crossroads.render import summaries, tables
from crossroads.render.jinja import render
from crossroads.render.markdown import link, md_escape
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
    """A path's home-page card: its first summary sentence, its income (freelance first on a client-work path)
    and its time to first income (render/summaries.card_rows)."""
    first = re.split(r"[.:] ", p.summary, maxsplit=1)[0].rstrip(".") + "."
    return dict(path=p, line=first, rows=summaries.card_rows(p, data))


def overview(data: Dataset, here: str) -> Markup:
    """The home page's cards, one per path (the `paths-overview` marker)."""
    return Markup(render("paths-overview.md.j2", here, data=data, cards=[card(p, data) for p in data.paths.values()]))


def _thousands(value: float) -> str:
    return f"${round(value / 1000):,}k"


def short_value(p: Path, dim: Dimension, data: Dataset) -> Markup:
    """A path's value in a few words, for the comparison table (the full wording is folded below it): the
    income span that leads on the path (freelance first on client work) in thousands, the growth span, an
    estimate's range and median, or the typed value; with its place on the scale."""
    s = data.path_summaries[p.id]
    step = p.dimensions[dim.id].value
    if dim.derive == "income":
        order = [(s.freelance, "freelance"), (s.employees, "salaried")]
        span, who = next(((x, w) for x, w in (order if s.freelance_first else order[::-1]) if x), (None, ""))
        text = (f"{_thousands(span.low)} – {_thousands(span.high)} {who}" if span and span.low != span.high
                else f"{_thousands(span.low)} {who}" if span else "no figure yet")
    elif dim.derive == "growth":
        text = (f"{s.growth[0].value_text} to {s.growth[-1].value_text}" if len(s.growth) > 1
                else s.growth[0].value_text if s.growth else "no projection")
    elif dim.derive in summaries.ESTIMATES and (r := summaries.estimate(p, dim.derive, data)):
        text = summaries.estimate_range(dim.derive, r)
    else:
        text = step or ""
    rank = dim.rank(step) if dim.scale and step else None
    marks = scale_marks(rank, len(dim.scale)) if rank is not None else Markup("")
    return Markup('<span class="cr-glance__value">') + md_escape(text) + marks + Markup("</span>")


def glance_table(data: Dataset, here: str) -> Markup:
    """Dimensions as rows, paths as columns, a short value in each cell (stacked per dimension on a phone)."""
    columns = [tables.Column("Dimension", lambda d: d.name)]
    columns += [tables.Column(p.short_name, lambda d, p=p: short_value(p, d, data)) for p in data.paths.values()]
    head = {p.short_name: link(p.short_name, routes.path(p.id), here) for p in data.paths.values()}
    return tables.Table(columns, data.dimensions).as_html("cr-table cr-glance__table", head)


# Pages

def compare_page(data: Dataset) -> Page:
    return Page(URI, render("compare.md.j2", URI, data=data, table=glance_table(data, URI),
                            value=lambda p, d: summaries.shown(p, d, data)), "content/dimensions.yml", True)


def path_page(p: Path, data: Dataset) -> Page:
    here = routes.path(p.id)
    table = Markup(f'<div class="cr-roles-table" markdown="1">\n\n{roles_table(data, here).filtered(lambda r: p.id in r.paths).as_markdown()}\n\n</div>')
    return Page(here, render("path.md.j2", here, title=p.name, data=data, path=p, table=table,
                             derived=summaries.derived_rows(p, data)), f"content/paths/{p.id}.yml", True)


def roles_page(p: Path, data: Dataset) -> Page:
    """A path's roles index: each role's card facts on one line and who it suits."""
    here = routes.path_roles(p.id)
    roles = [(r, role_card.short(r, data), *role_card.fit_lines(r, data)) for r in data.roles_by_path[p.id]]
    return Page(here, render("path-roles.md.j2", here, title=f"{p.name}: the roles", data=data, path=p, roles=roles),
                f"content/paths/{p.id}.yml", True)
