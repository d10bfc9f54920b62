"""Sources: an index of every publication the guide cites (`sources/index.md`), and a page per kind of source
(`sources/<kind>.md`) with each publication and the figures and business facts that cite it.

One page per kind keeps every page within the element budget however many sources are added (the single
page had reached 2,754 elements with 130 sources; tests/pageweight.py). The index keeps an anchor for every
source id, so an address of the single page (`sources/#<id>`) still lands on the source, one link from its
entry."""

from __future__ import annotations

from markupsafe import Markup

from crossroads import routes, vocabulary
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
    the business pages' facts and the steps that name it. (`by_page` groups them for the page.)"""
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


def by_page(cited: list[tuple[str, str, str]]) -> list[tuple[str, str, list[str]]]:
    """The citations grouped by the page they sit on (a business fact's anchor kept for the first), in
    order: one line per page, not one per figure, keeps the Sources page within its element budget."""
    groups: dict[str, tuple[str, str, list[str]]] = {}
    for name, page, what in cited:
        groups.setdefault(page.split("#")[0], (name, page, []))[2].append(what)
    return list(groups.values())


def kinds(data: Dataset) -> list[tuple[str, str, list]]:
    """(kind, label, its sources by publisher) for each kind that has a source, in the vocabulary's order."""
    out = []
    for kind, label in vocabulary.SOURCE_KIND.items():
        group = sorted((s for s in data.sources.values() if s.kind == kind), key=lambda s: (s.publisher, s.title))
        if group:
            out.append((kind, label, group))
    return out


# The pages

def pages(data: Dataset, confidence: Markup) -> list[Page]:
    """The index, then one page per kind (outside the menu; a breadcrumb leads back)."""
    cited = {sid: by_page(c) for sid, c in citations(data).items()}
    groups = kinds(data)
    out = [Page(URI, render("sources-index.md.j2", URI, data=data, confidence=confidence, kinds=groups), None, True)]
    for kind, label, group in groups:
        here = routes.source_kind(kind)
        out.append(Page(here, render("sources-kind.md.j2", here, title=f"Sources: {label}",
                                     crumbs=[(vocabulary.PAGE_NAMES["sources"], URI), (label, here)],
                                     label=label, sources=group, citations=cited), None))
    return out
