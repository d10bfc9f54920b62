"""Income on one scale (`income/index.md`): the calculator, a chart of every role's headline figures
(one per currency), the assumptions, and every annualised figure grouped by role."""

from __future__ import annotations

from markupsafe import Markup

from crossroads import routes
from crossroads.model.dataset import Dataset
from crossroads.model.income import Annualised
from crossroads.render import calculator, tables
from crossroads.render.charts import RangeChart
from crossroads.render.figures import (
    annual_text,
    bar,
    chart_caption,
    formula,
    full_time_label,
    published,
    source_link,
    span,
    what_it_measures,
    year_cell,
)
from crossroads.render.jinja import render
from crossroads.render.output import Page

# Data

URI = routes.PAGES["income"]


# Pieces

def chart_rows(data: Dataset, currency: str, everything: list[Annualised]) -> list[Annualised]:
    """USD: each role's headline figures (or its thin evidence), by path; another currency: all its figures."""
    if currency != "USD":
        return [a for a in everything if a.currency == currency]
    rows = []
    for path in data.paths.values():
        for role in data.roles_by_path[path.id]:
            if path.id == role.paths[0]:
                head = data.headlines[role.id]
                rows += [a for a in (head.order or [head.thin]) if a is not None and a.currency == currency]
    return rows


def charts(data: Dataset, everything: list[Annualised]) -> list[tuple[str, int, Markup]]:
    """(currency, rows drawn, chart) for every currency that has figures, US dollars first."""
    out = []
    for currency in sorted({a.currency for a in everything}, key=lambda c: c != "USD"):
        if rows := chart_rows(data, currency, everything):
            desc = "; ".join(f"{a.role.name}: {annual_text(a)}" for a in rows)
            roles = len({a.role.id for a in rows})
            what = (f"Each role's headline figures ({roles} roles) on one annual scale" if currency == "USD" else
                    f"Every figure published in {currency} ({roles} roles), kept apart: no dated exchange rate converts it")
            out.append((currency, len(rows), RangeChart(f"chart-income-{currency.lower()}",
                                                        f"Income of every role on one annual scale ({currency})", desc, currency,
                                                        [bar(a, data, with_role=True) for a in rows],
                                                        chart_caption(what, rows, data), full_time_label(rows, data)).as_svg()))
    return out


def figure_table(figs: list[Annualised], data: Dataset, here: str) -> Markup:
    """One role's annualised figures: what, as published, on the annual scale (with how), confidence, source."""
    def annual(a):
        return Markup(f'{span(a, annual_text(a))}<br><small>{formula(a)}</small>')
    return tables.Table([
        tables.Column("Figure", lambda a: what_it_measures(a.figure, data)),
        tables.Column("Year", lambda a: year_cell(a.figure, data)),
        tables.Column("As published", lambda a: f"{published(a.figure)} per {a.figure.unit}"),
        tables.Column("On the annual scale", annual),
        tables.Column("Confidence", lambda a: a.figure.confidence),
        tables.Column("Source", lambda a: source_link(a.figure.source, data, here)),
    ], figs).as_html()


# The page

def page(data: Dataset, assumptions: Markup) -> Page:
    everything = [a for r in data.role_order for a in data.annual[r.id] if a is not None]
    groups = []
    for role in data.role_order:
        if figs := [a for a in data.annual[role.id] if a is not None]:
            groups.append((role, figure_table(figs, data, URI), len(figs)))
    return Page(URI, render("income.md.j2", URI, data=data, assumptions=assumptions, charts=charts(data, everything),
                            groups=groups, count=len(everything), calculator=calculator.panel(data, None, everything, URI)),
                "content/assumptions.yml", True)
