"""The three paths: the side-by-side comparison (`compare.md`), a page per path and the home page's
path cards (the `paths-overview` marker). Every computed value comes from model/summaries.py."""

from __future__ import annotations

import re

from markupsafe import Markup

from crossroads import routes
from crossroads.model.dataset import Dataset
from crossroads.model.entities import Path
from crossroads.pages.roles_index import roles_table
from crossroads.render import summaries
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
    """A path's home-page card: its first summary sentence, its income (freelance first on a client-work path)
    and its time to first income (render/summaries.card_rows)."""
    first = re.split(r"[.:] ", p.summary, maxsplit=1)[0].rstrip(".") + "."
    return dict(path=p, line=first, rows=summaries.card_rows(p, data))


def overview(data: Dataset, here: str) -> Markup:
    """The home page's cards, one per path (the `paths-overview` marker)."""
    return Markup(render("paths-overview.md.j2", here, data=data, cards=[card(p, data) for p in data.paths.values()]))


# Pages

def compare_page(data: Dataset) -> Page:
    return Page(URI, render("compare.md.j2", URI, data=data, scale=scale_marks,
                            value=lambda p, d: summaries.shown(p, d, data)), "content/dimensions.yml", True)


def path_page(p: Path, data: Dataset) -> Page:
    here = routes.path(p.id)
    table = Markup(f'<div class="cr-roles-table" markdown="1">\n\n{roles_table(data, here).filtered(lambda r: p.id in r.paths).as_markdown()}\n\n</div>')
    return Page(here, render("path.md.j2", here, title=p.name, data=data, path=p, table=table,
                             derived=summaries.derived_rows(p, data)), f"content/paths/{p.id}.yml")
