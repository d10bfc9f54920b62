"""Sources (`sources/index.md`): every publication the guide cites, by kind, with the figures that cite it."""

from __future__ import annotations

from markupsafe import Markup

from crossroads import routes
from crossroads.model.dataset import Dataset
from crossroads.model.entities import Role
from crossroads.render.figures import published
from crossroads.render.formats import number
from crossroads.render.jinja import render
from crossroads.render.output import Page

# Data

URI = routes.PAGES["sources"]


# Pieces

def citations(data: Dataset) -> dict[str, list[tuple[Role, str]]]:
    """For each source, the (role, what) pairs that cite it."""
    out: dict[str, list[tuple[Role, str]]] = {s: [] for s in data.sources}
    for role in data.role_order:
        for f in role.income:
            out[f.source].append((role, f"{f.measure}: {published(f)} per {f.unit}, {f.region}, {f.year or 'undated'}"))
        for o in role.outlook:
            out[o.source].append((role, f"{o.measure_words.lower()}: {o.value_text}, {o.region}, {o.period}"))
        for key, est, unit in (("start-up cost", role.startup_cost, "USD"), ("time to first income", role.time_to_first_income, "months")):
            out[est.source].append((role, f"{key}: {number(est.low)} – {number(est.high)} {unit}"))
    return out


# The page

def page(data: Dataset, confidence: Markup) -> Page:
    return Page(URI, render("sources-index.md.j2", URI, data=data, confidence=confidence, citations=citations(data)),
                None, True)
