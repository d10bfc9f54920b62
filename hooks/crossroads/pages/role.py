"""A role's profile page (`roles/<id>.md`): the answer card, quick facts, income chart and tables,
what clients pay, outlook, transitions to related roles and sources, rendered through
templates/role.md.j2 (one include per block, in templates/role/)."""

from __future__ import annotations

from markupsafe import Markup

from crossroads import routes, vocabulary
from crossroads.model.dataset import Dataset
from crossroads.model.entities import Outlook, Role
from crossroads.render import calculator, card, facts, tables
from crossroads.render.charts import RangeChart
from crossroads.render.figures import (
    annual_text,
    bar,
    bar_label,
    chart_caption,
    full_time_label,
    published,
    rating_short,
    source_link,
    what_it_measures,
    year_cell,
    year_value,
)
from crossroads.render.jinja import render
from crossroads.render.markdown import link
from crossroads.render.output import Page

# Pieces


def income_table(role: Role, data: Dataset, here: str) -> Markup:
    """Every income figure as published, with what it measures, its annual value and hours, and its source."""
    rows = [(f, data.annual[role.id][i]) for i, f in enumerate(role.income) if f.is_income]
    return tables.Table([
        tables.Column("What it measures", lambda r: what_it_measures(r[0], data)),
        tables.Column("As published", lambda r: published(r[0]), "right"),
        tables.Column("A year on the common scale", lambda r: year_value(r[0], r[1])),
        tables.Column("Region", lambda r: r[0].region),
        tables.Column("Year", lambda r: year_cell(r[0], data)),
        tables.Column("Confidence and match", lambda r: rating_short(r[0].confidence, r[0].match)),
        tables.Column("Source", lambda r: source_link(r[0].source, data, here)),
    ], rows).as_markdown()


def spend_table(role: Role, data: Dataset, here: str) -> Markup:
    """What clients pay (budgets, agency and management fees, project prices): never shown as income."""
    return tables.Table([
        tables.Column("What clients pay", lambda f: what_it_measures(f, data)),
        tables.Column("As published", lambda f: published(f), "right"),
        tables.Column("Region", lambda f: f.region),
        tables.Column("Year", lambda f: year_cell(f, data)),
        tables.Column("Confidence and match", lambda f: rating_short(f.confidence, f.match)),
        tables.Column("Source", lambda f: source_link(f.source, data, here)),
    ], [f for f in role.income if not f.is_income and f.population != "estimate"]).as_markdown()


def claims_table(role: Role, data: Dataset, here: str) -> Markup:
    """An unattributed article's own estimates: quoted as its claim, low confidence, never charted."""
    return tables.Table([
        tables.Column("The article claims", lambda f: f"{f.kind.replace('_', ' ').capitalize()}, per {f.unit}"),
        tables.Column("As published", lambda f: published(f), "right"),
        tables.Column("Confidence and match", lambda f: rating_short(f.confidence, f.match)),
        tables.Column("Source", lambda f: source_link(f.source, data, here)),
    ], [f for f in role.income if f.population == "estimate"]).as_markdown()


def covers(o: Outlook, data: Dataset) -> str:
    """What work an outlook number covers: the occupation's title, or the scope in words."""
    if o.scope == "occupation" and o.occupation in data.occupations:
        return f"{data.occupations[o.occupation].title} ({o.occupation})"
    return vocabulary.SCOPE[o.scope]


def outlook_table(role: Role, data: Dataset, here: str) -> Markup:
    """Demand and outlook numbers: what each measures, over what work, where, when, and its source."""
    return tables.Table([
        tables.Column("What it measures", lambda o: o.measure_words),
        tables.Column("Value", lambda o: o.value_text, "right"),
        tables.Column("Covers", lambda o: covers(o, data)),
        tables.Column("Region", lambda o: o.region),
        tables.Column("Period", lambda o: o.period),
        tables.Column("Confidence and match", lambda o: rating_short(o.confidence, role.outlook_match(o))),
        tables.Column("Source", lambda o: source_link(o.source, data, here)),
    ], role.outlook).as_markdown()


def income_chart(role: Role, data: Dataset) -> Markup:
    """Inline SVG of the role's annualised figures, one chart per currency."""
    figs = [a for a in data.annual[role.id] if a is not None]
    charts = []
    for currency in sorted({a.currency for a in figs}, key=lambda c: c != "USD"):
        group = [a for a in figs if a.currency == currency]
        title = f"{role.name}: income on one annual scale ({currency})"
        desc = "; ".join(f"{bar_label(a, data)}: {annual_text(a)}" for a in group)
        what = f"{role.name}: every income figure on one annual scale"
        charts.append(RangeChart(f"chart-{role.id}-{currency.lower()}", title, desc, currency,
                                 [bar(a, data) for a in group], chart_caption(what, group, data),
                                 full_time_label(group, data)).as_svg())
    return Markup("\n\n".join(charts))


def coming_from(role: Role, data: Dataset) -> list[tuple]:
    """(background, why, skills it brings, skills to learn) for each background that names this role."""
    return [(bg, why, *data.from_background(bg, role)) for bg, why in data.coming_from(role)]


def transitions(role: Role, data: Dataset) -> list[tuple[Role, list, list]]:
    """(related role, skills you have, skills you need) for each related role."""
    return [(data.roles[r], *data.transition(role, data.roles[r])) for r in role.related_roles]


def actions(role: Role, here: str) -> Markup:
    """The links that close the answer card: what to do next with this role."""
    return (link("Your first month: a four-week plan", routes.plan(role.id), here) + Markup(" · ")
            + link("Compare with another role", routes.compare_roles(role.id), here))


# The page

def crumbs(role: Role, data: Dataset) -> list[tuple[str, str]]:
    """The breadcrumb: the role's first path › that path's roles › the role."""
    home = role.paths[0]
    return [(data.paths[home].name, routes.path(home)), (vocabulary.PATH_ROLES, routes.path_roles(home)),
            (role.name, routes.role(role.id))]


def page(role: Role, data: Dataset) -> Page:
    here = routes.role(role.id)
    return Page(here, render(
        "role.md.j2", here, title=role.name, crumbs=crumbs(role, data), data=data, role=role, chart=income_chart(role, data),
        card=card.card(role, data, here, actions(role, here)),
        facts=facts.card(role, data, here), income_table=income_table(role, data, here),
        spend_table=spend_table(role, data, here), claims_table=claims_table(role, data, here),
        outlook_table=outlook_table(role, data, here),
        transitions=transitions(role, data), coming_from=coming_from(role, data), stale=data.stale_figures(role),
        calculator=calculator.panel(data, role, calculator.role_figures(role, data), here)), f"content/roles/{role.id}.yml")
