"""Income on one scale (`income/index.md`): the calculator, a chart of every role's headline figures
(one per currency), the assumptions, and a link to each role's figures in full (on its page)."""

from __future__ import annotations

from markupsafe import Markup

from crossroads import routes
from crossroads.model.dataset import Dataset
from crossroads.model.income import Annualised, drawn_once
from crossroads.render import calculator
from crossroads.render.charts import RangeChart
from crossroads.render.figures import (
    annual_text,
    bar,
    chart_caption,
    full_time_label,
    role_names,
    shared_bar,
    shared_label,
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
    """(currency, rows drawn, chart) for every currency that has figures, US dollars first; an occupation's figure
    that several roles share as their stand-in is one bar naming them all (model/income.drawn_once)."""
    out = []
    for currency in sorted({a.currency for a in everything}, key=lambda c: c != "USD"):
        if rows := drawn_once(chart_rows(data, currency, everything)):
            desc = "; ".join(_described(a, roles, data) for a, roles in rows)
            bars = [shared_bar(a, roles, data) if len(roles) > 1 else bar(a, data, with_role=True) for a, roles in rows]
            figs = [a for a, _ in rows]
            names = len({r.id for _, roles in rows for r in roles})
            what = (f"Each role's headline figures ({names} roles) on one annual scale" if currency == "USD" else
                    f"Every figure published in {currency} ({names} roles), kept apart: no dated exchange rate converts it")
            out.append((currency, len(rows), RangeChart(f"chart-income-{currency.lower()}",
                                                        f"Income of every role on one annual scale ({currency})", desc,
                                                        currency, bars, chart_caption(what, figs, data),
                                                        full_time_label(figs, data)).as_svg()))
    return out


def _described(a: Annualised, roles, data: Dataset) -> str:
    """One bar in the chart's text description, a shared stand-in with the roles it stands for."""
    if len(roles) > 1:
        return f"{shared_label(a, roles, data)} ({role_names(roles)}): {annual_text(a)}"
    return f"{a.role.name}: {annual_text(a)}"


def shared(data: Dataset, everything: list[Annualised]) -> list[tuple[str, str]]:
    """(stand-in, the roles it stands for) for every bar of the charts that several roles share."""
    out = []
    for currency in sorted({a.currency for a in everything}, key=lambda c: c != "USD"):
        for a, roles in drawn_once(chart_rows(data, currency, everything)):
            if len(roles) > 1:
                occ = data.occupations[a.figure.occupation]
                out.append((f"{occ.title} ({occ.id}), {annual_text(a)}", role_names(roles)))
    return out


# The page

def page(data: Dataset, assumptions: Markup) -> Page:
    everything = [a for r in data.role_order for a in data.annual[r.id] if a is not None]
    # Each role's figures in full are on its page (role.income_table): listed here too, they made this page
    # grow by about 60 elements a role (2,400 elements at 20 roles; the budget is 1,500, tests/pageweight.py).
    groups = [(role, n) for role in data.role_order if (n := sum(a is not None for a in data.annual[role.id]))]
    return Page(URI, render("income.md.j2", URI, data=data, assumptions=assumptions, charts=charts(data, everything),
                            shared=shared(data, everything),
                            groups=groups, count=len(everything), calculator=calculator.panel(data, None, everything, URI)),
                "content/assumptions.yml", True)
