"""The pieces of a role profile: income and outlook tables, the income chart, the headline
figure on the common scale and the transitions to related roles."""

from __future__ import annotations

from markupsafe import Markup

from . import md, tables
from .charts import Bar, RangeChart
from .income import Annualised, annualise, headline
from .model import Dataset, Figure, Role

# Helpers


def derived(text: str) -> Markup:
    """A computed number (annualised), marked so readers and tests can tell it from a published one."""
    return Markup(f'<span class="cr-derived">{md.md_escape(text)}</span>')


def published(fig: Figure) -> str:
    """`$42,070 – $144,610 (median $76,950)` or `$110`: the figure as its source gives it."""
    rng = f"{md.money(fig.low, fig.currency)} – {md.money(fig.high, fig.currency)}" if fig.low is not None and fig.high is not None else ""
    mid = md.money(fig.median, fig.currency) if fig.median is not None else ""
    if rng and mid:
        return f"{rng} (median {mid})"
    return rng or mid


def annual_text(a: Annualised) -> str:
    """`$45,540 – $68,310 a year` on the common scale."""
    lo, hi = a.span
    if lo == hi:
        return f"{md.money(round(lo), a.currency)} a year"
    return f"{md.money(round(lo), a.currency)} – {md.money(round(hi), a.currency)} a year"


def source_link(sid: str, data: Dataset, here: str) -> Markup:
    """The source's publisher, linked to its entry on the sources page."""
    return md.link(data.sources[sid].publisher, "sources/index.md#" + sid, here)


def bar_label(a: Annualised, data: Dataset, with_role: bool = False) -> str:
    """`Employees · BLS 2024` (optionally led by the role's name)."""
    src = data.sources[a.figure.source]
    who = {"employees": "salaried", "freelancers": "freelance", "posting": "one posting", "claims": "claim",
           "estimate": "article's estimate" if src.kind == "article_estimate" else "estimate"}[a.figure.population]
    if with_role:
        return f"{a.role.name} ({who})"
    return f"{who}, {md.words(a.figure.kind)}, {a.figure.year or 'undated'}".capitalize()


def bar(a: Annualised, data: Dataset, with_role: bool = False) -> Bar:
    """One chart row for an annualised figure, with its source in the tooltip."""
    lo, hi = a.span
    src = data.sources[a.figure.source]
    tip = (f"{a.role.name}, {bar_label(a, data).lower()}: {annual_text(a)} ({a.formula}). "
           f"Source: {src.publisher}, {src.title}.")
    return Bar(bar_label(a, data, with_role), lo, a.mid, hi, a.figure.population, tip)


# Role page pieces

def income_table(role: Role, data: Dataset, here: str) -> Markup:
    """Every figure as published, with its annualised value and source."""
    rows = [(i, f, annualise(role, i, data)) for i, f in enumerate(role.income)]
    return tables.Table([
        tables.Column("Kind", lambda r: md.words(r[1].kind) + (f" ({r[1].period}ly)" if r[1].period else "")),
        tables.Column("As published", lambda r: published(r[1]), "right"),
        tables.Column("Per", lambda r: r[1].unit),
        tables.Column("On the annual scale", lambda r: derived(annual_text(r[2])) if r[2] else "not annualised", "right"),
        tables.Column("Who", lambda r: r[1].population),
        tables.Column("Region", lambda r: r[1].region),
        tables.Column("Year", lambda r: r[1].year or "undated"),
        tables.Column("Confidence", lambda r: r[1].confidence),
        tables.Column("Source", lambda r: source_link(r[1].source, data, here)),
    ], rows).as_markdown()


def outlook_table(role: Role, data: Dataset, here: str) -> Markup:
    """Demand and outlook figures with period and source."""
    def value(o):
        return f"{md.number(o.value)}%" if o.unit == "percent" else f"{md.number(o.value)} people"
    return tables.Table([
        tables.Column("Measure", lambda o: md.words(o.measure)),
        tables.Column("Value", value, "right"),
        tables.Column("Period", lambda o: o.period),
        tables.Column("Occupation", lambda o: o.occupation or "–"),
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
    """The at-a-glance income: best salaried and best freelance figure on the annual scale."""
    picks = headline(role, data)
    if not picks:
        weaker = " (see the weaker figures under Income below)" if role.income else ""
        return Markup("No reliable figure yet" + weaker)
    parts = [Markup(f"{derived(annual_text(a))} ({md.md_escape(bar_label(a, data).lower())})") for a in picks]
    return Markup("; ").join(parts)


def transitions(role: Role, data: Dataset) -> list[tuple[Role, list, list]]:
    """(related role, skills you have, skills you need) for each related role."""
    return [(data.roles[r], *data.transition(role, data.roles[r])) for r in role.related_roles]


def context(role: Role, data: Dataset, here: str) -> dict:
    """Everything role.md.j2 needs beyond the role itself."""
    return dict(headline=headline_text(role, data), chart=income_chart(role, data),
                income_table=income_table(role, data, here), outlook_table=outlook_table(role, data, here),
                transitions=transitions(role, data), stale=data.is_stale(role))
