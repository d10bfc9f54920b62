"""The pieces of a role profile: income and outlook tables, the income chart, the headline
figure on the common scale and the transitions to related roles."""

from __future__ import annotations

from markupsafe import Markup

from crossroads.render import calculator
from crossroads.render import facts
from crossroads.render import markdown as md
from crossroads.render import tables
from crossroads.render.charts import Bar, RangeChart
from crossroads.render.figures import annual_text, annual_with_hours, published, source_link, stale_mark
from crossroads.model.income import Annualised, annualise, headline
from crossroads.model.entities import SCOPES
from crossroads.model.dataset import Dataset, Figure, Outlook, Role

# Helpers


def bar_label(a: Annualised, data: Dataset, with_role: bool = False) -> str:
    """`Employees · BLS 2024` (optionally led by the role's name)."""
    src = data.sources[a.figure.source]
    who = {"employees": "salaried", "freelancers": "freelance", "posting": "one posting", "claims": "claim",
           "estimate": "article's estimate" if src.kind == "article_estimate" else "estimate",
           "client_spend": "client spend"}[a.figure.population]
    if with_role:
        return f"{a.role.name} ({who})"
    occ = data.occupations.get(a.figure.occupation or "")
    if occ is not None:                    # two official rows differ by occupation, not by kind
        return f"{who} {a.figure.year or 'undated'}: {occ.title}".capitalize()
    old = " (old)" if data.is_stale(a.figure) else ""
    return f"{who}, {md.words(a.figure.kind)}, {a.figure.year or 'undated'}{old}".capitalize()


def bar(a: Annualised, data: Dataset, with_role: bool = False) -> Bar:
    """One chart row for an annualised figure, with its source in the tooltip."""
    lo, hi = a.span
    src = data.sources[a.figure.source]
    tip = (f"{a.role.name}, {bar_label(a, data).lower()}: {annual_text(a)} ({a.formula}). "
           f"Source: {src.publisher}, {src.title}.")
    return Bar(bar_label(a, data, with_role), lo, a.mid, hi, a.figure.population, tip, open_low=a.open_low,
               open_high=a.open_high, detail=src.publisher, fig=calculator.key(a))


# Role page pieces

def year_cell(item, data: Dataset) -> Markup:
    """The data year, flagged where it is shown when it is older than the stale limit."""
    if item.year is None:
        return Markup("undated")
    if data.is_stale(item):
        return Markup(f'<span class="cr-stale">{item.year} (over {data.stale_after_years} years old)</span>')
    return md.md_escape(item.year)


def income_table(role: Role, data: Dataset, here: str) -> Markup:
    """Every income figure as published, with what it measures, its annual value and hours, and its source."""
    rows = [(f, annualise(role, i, data)) for i, f in enumerate(role.income) if f.is_income]
    return tables.Table([
        tables.Column("What it measures", lambda r: what_it_measures(r[0], data)),
        tables.Column("As published", lambda r: published(r[0]), "right"),
        tables.Column("A year on the common scale", lambda r: year_value(r[0], r[1])),
        tables.Column("Region", lambda r: r[0].region),
        tables.Column("Year", lambda r: year_cell(r[0], data)),
        tables.Column("Confidence", lambda r: r[0].confidence),
        tables.Column("Source", lambda r: source_link(r[0].source, data, here)),
    ], rows).as_markdown()


def what_it_measures(fig: Figure, data: Dataset) -> str:
    """`Employees' wages per year: marketing managers (11-2021)` or `Freelance rates per hour`."""
    occ = data.occupations.get(fig.occupation or "")
    return f"{fig.measure.capitalize()} per {fig.unit}" + (f": {occ.title.lower()} ({occ.id})" if occ else "")


def year_value(fig: Figure, a: Annualised | None) -> Markup | str:
    """The annual value with its hours; 'already a year' for yearly figures; why not, for the rest."""
    if a is None:
        return not_annualised(fig)
    return annual_with_hours(a) if a.assumed or a.currency != fig.currency else "already a year"


def not_annualised(fig: Figure) -> str:
    """Why a figure has no annual value."""
    if fig.kind == "percentiles" and fig.period == "hour":
        return "not annualised: the same source's annual wages are shown"
    return "not annualised"


def spend_table(role: Role, data: Dataset, here: str) -> Markup:
    """What clients pay (budgets, agency and management fees, project prices): never shown as income."""
    rows = [f for f in role.income if not f.is_income]
    return tables.Table([
        tables.Column("What clients pay", lambda f: f"{f.measure.capitalize()}, per {f.unit}"),
        tables.Column("As published", lambda f: published(f), "right"),
        tables.Column("Region", lambda f: f.region),
        tables.Column("Year", lambda f: year_cell(f, data)),
        tables.Column("Confidence", lambda f: f.confidence),
        tables.Column("Source", lambda f: source_link(f.source, data, here)),
    ], rows).as_markdown()


def covers(o: Outlook, data: Dataset) -> str:
    """What work an outlook number covers: the occupation's title, or the scope in words."""
    if o.scope == "occupation" and o.occupation in data.occupations:
        return f"{data.occupations[o.occupation].title} ({o.occupation})"
    return SCOPES[o.scope]


def outlook_table(role: Role, data: Dataset, here: str) -> Markup:
    """Demand and outlook numbers: what each measures, over what work, where, when, and its source."""
    return tables.Table([
        tables.Column("What it measures", lambda o: o.measure_words),
        tables.Column("Value", lambda o: o.value_text, "right"),
        tables.Column("Covers", lambda o: covers(o, data)),
        tables.Column("Region", lambda o: o.region),
        tables.Column("Period", lambda o: o.period),
        tables.Column("Confidence", lambda o: o.confidence),
        tables.Column("Source", lambda o: source_link(o.source, data, here)),
    ], role.outlook).as_markdown()


def income_chart(role: Role, data: Dataset) -> Markup:
    """Inline SVG of the role's annualised figures, one chart per currency."""
    figs = [a for i in range(len(role.income)) if (a := annualise(role, i, data))]
    charts = []
    for currency in sorted({a.currency for a in figs}, key=lambda c: c != "USD"):
        group = [a for a in figs if a.currency == currency]
        title = f"{role.name}: income on one annual scale ({currency})"
        desc = "; ".join(f"{bar_label(a, data)}: {annual_text(a)}" for a in group)
        charts.append(RangeChart(f"chart-{role.id}-{currency.lower()}", title, desc, currency,
                                 [bar(a, data) for a in group]).as_svg())
    return Markup("\n\n".join(charts))


def headline_text(role: Role, data: Dataset) -> Markup:
    """The headline income (income.headline's written rules), each figure saying what it measures."""
    picks = headline(role, data)
    if not picks:
        weaker = " (see the weaker figures under Income below)" if role.income else ""
        return Markup("No reliable figure yet" + weaker)
    return Markup("; ").join(headline_part(a, data) for a in picks)


def headline_part(a: Annualised, data: Dataset) -> Markup:
    """`Employees' wages: $76,950 a year (median, US, 2024)` or a freelance rate with its hours."""
    f = a.figure
    where = ", ".join(str(x) for x in ("median" if f.median is not None else "", f.region, f.year or "undated") if x)
    old = stale_mark(f, data)
    if f.population == "employees":
        return md.md_escape(f"{f.measure.capitalize()}: {md.money(round(a.mid), a.currency)} a year ({where})") + old
    return Markup(f"{md.md_escape(f.measure.capitalize())}: {annual_with_hours(a)} "
                  f"({md.md_escape(published(f))} per {md.md_escape(f.unit)}, {md.md_escape(where)})") + old



def transitions(role: Role, data: Dataset) -> list[tuple[Role, list, list]]:
    """(related role, skills you have, skills you need) for each related role."""
    return [(data.roles[r], *data.transition(role, data.roles[r])) for r in role.related_roles]


def context(role: Role, data: Dataset, here: str) -> dict:
    """Everything role.md.j2 needs beyond the role itself."""
    return dict(chart=income_chart(role, data), facts=facts.card(role, data, here),
                income_table=income_table(role, data, here), spend_table=spend_table(role, data, here),
                outlook_table=outlook_table(role, data, here), transitions=transitions(role, data),
                stale=data.stale_figures(role), calculator=calculator.panel(calculator.role_figures(role, data), data))
