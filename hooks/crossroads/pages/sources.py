"""Sources (`sources/index.md`): every publication the guide cites, by kind, with the figures and business facts
that cite it."""

from __future__ import annotations

from markupsafe import Markup

from crossroads import routes
from crossroads.model.dataset import Dataset
from crossroads.render.business import anchor, value_text
from crossroads.render.figures import published
from crossroads.render.formats import number
from crossroads.render.jinja import render
from crossroads.render.output import Page

# Data

URI = routes.PAGES["sources"]


# Pieces

def citations(data: Dataset) -> dict[str, list[tuple[str, str, str]]]:
    """For each source, the (page name, page URI, what) of everything that cites it: role figures, then
    the business pages' facts and the steps that name it."""
    out: dict[str, list[tuple[str, str, str]]] = {s: [] for s in data.sources}
    for role in data.role_order:
        page = routes.role(role.id)
        for f in role.income:
            out[f.source].append((role.name, page, f"{f.measure}: {published(f)} per {f.unit}, {f.region}, {f.year or 'undated'}"))
        for o in role.outlook:
            out[o.source].append((role.name, page, f"{o.measure_words.lower()}: {o.value_text}, {o.region}, {o.period}"))
        for key, est, unit in (("start-up cost", role.startup_cost, "USD"), ("time to first income", role.time_to_first_income, "months")):
            out[est.source].append((role.name, page, f"{key}: {number(est.low)} – {number(est.high)} {unit}"))
    for topic in data.topics.values():
        for f in topic.facts.values():
            out[f.source].append((topic.title, f"{routes.business(topic.id)}#{anchor(f, topic.id)}",
                                  f"{f.what}: {value_text(f)}, {f.region}, {f.year}"))
        for sid in topic.cited_sources():
            if not any(page.startswith(routes.business(topic.id)) for _, page, _ in out[sid]):
                out[sid].append((topic.title, routes.business(topic.id), "a step of the page"))
    return out


# The page

def page(data: Dataset, confidence: Markup) -> Page:
    return Page(URI, render("sources-index.md.j2", URI, data=data, confidence=confidence, citations=citations(data)),
                None, True)
