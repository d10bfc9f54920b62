"""How a figure is written wherever it appears: ranges with open ends, the figure as published, its
annual value with the hours it assumes and the formula behind it, what it measures, its year (old
ones flagged), a link to its source, its headline sentence and its chart bar.

Annual values the calculator can rewrite are wrapped in marked spans (`data-cr-fig`,
`data-cr-assumed`, `data-cr-formula`, keyed by `key(a)`); docs/assets/calculator.js repeats
`formula_text`, `assumed_text` and `annual_text` step by step (tests/test_calculator_browser.py).
"""

from __future__ import annotations

from markupsafe import Markup, escape

from crossroads import routes, vocabulary
from crossroads.model.dataset import Dataset
from crossroads.model.entities import Figure
from crossroads.model.income import Annualised, Basis
from crossroads.render.charts import Bar
from crossroads.render.formats import money, words
from crossroads.render.markdown import link, md_escape

# Numbers and ranges


def ends(low: float | None, high: float | None, currency: str, open_low: bool = False, open_high: bool = False) -> str:
    """`$81,900 – $239,200 or more`: a range whose open end says so ('' when an end is missing)."""
    if low is None or high is None:
        return ""
    lo = money(round(low, 2), currency) + (" or less" if open_low else "")
    return f"{lo} – {money(round(high, 2), currency)}" + (" or more" if open_high else "")


def published(fig: Figure) -> str:
    """`$42,070 – $144,610 (median $76,950)` or `$110`: the figure as its source gives it, open ends marked."""
    rng = ends(fig.low, fig.high, fig.currency, fig.open_low, fig.open_high)
    mid = money(fig.median, fig.currency) if fig.median is not None else ""
    if rng and mid:
        return f"{rng} (median {mid})"
    return rng or mid


def annual_text(a: Annualised) -> str:
    """`$45,540 – $68,310 a year` on the common scale (an open end says 'or more')."""
    lo, hi = a.span
    if lo == hi:
        return f"{money(round(lo), a.currency)} a year"
    return ends(round(lo), round(hi), a.currency, a.open_low, a.open_high) + " a year"


# How an annual value was worked out

def formula_text(a: Annualised) -> str:
    """`hourly rate × 10 hours a week × 46 weeks × 90% after a 10% fee allowance` (+ a currency conversion)."""
    b = a.basis
    fee = 1 - b.fee / 100
    fee_words = f"{fee:.0%} after a {b.fee:g}% fee allowance"
    text = {"hourly": f"hourly rate × {b.per_week:g} hours a week × {b.weeks:g} weeks × {fee_words}",
            "daily": f"day rate × {b.per_week:g} day a week × {b.weeks:g} weeks × {fee_words}",
            "monthly_retainer": f"retainer × {b.clients:g} clients × {b.months:g} months × {fee_words}",
            }.get(b.kind, "annual figure as published")
    return text + rate_text(a)


def rate_text(a: Annualised) -> str:
    """` × 1.27 USD per GBP (2025-01-02)` for a converted figure ('' otherwise)."""
    b = a.basis
    return f" × {b.rate:g} USD per {b.rate_currency} ({b.rate_date})" if b.rate_currency else ""


def assumed_text(a: Annualised) -> str:
    """The hours (or days, or clients) and weeks behind an annual value, short enough to print beside it."""
    return basis_text(a.basis)


def basis_text(b: Basis) -> str:
    """`at 10 billable hours a week, 46 weeks a year, less 10% fees` for a basis ('' for figures as published)."""
    fee = f"less {b.fee:g}% fees"
    if b.kind == "hourly":
        return f"at {b.per_week:g} billable hours a week, {b.weeks:g} weeks a year, {fee}"
    if b.kind == "daily":
        return f"at {b.per_week:g} billable day{'s' if b.per_week != 1 else ''} a week, {b.weeks:g} weeks a year, {fee}"
    if b.kind == "monthly_retainer":
        return f"with {b.clients:g} retainer clients, {b.months:g} months a year, {fee}"
    return ""


# Marked spans the calculator rewrites

def key(a: Annualised) -> str:
    """The figure's key on a page: role id and position in its income list."""
    return f"{a.role.id}.{a.index}"


def span(a: Annualised, text: str) -> Markup:
    """An annualised value the script keeps up to date (marked cr-derived, like every computed number)."""
    return Markup(f'<span class="cr-derived" data-cr-fig="{escape(key(a))}">{md_escape(text)}</span>')


def assumed(a: Annualised) -> Markup:
    """What the annual value assumes (hours, weeks, fees), which the script rewrites too ('' for salaries)."""
    text = assumed_text(a)
    return Markup(f'<span data-cr-assumed="{escape(key(a))}">{md_escape(text)}</span>') if text else Markup("")


def formula(a: Annualised) -> Markup:
    """The formula in words, which the script rewrites with the reader's numbers."""
    return Markup(f'<span data-cr-formula="{escape(key(a))}">{md_escape(formula_text(a))}</span>')


def annual_with_hours(a: Annualised) -> Markup:
    """The annual figure (marked derived) with what it assumes beside it: `$45,540 a year at 10 billable hours a week, …`."""
    return Markup(f"{span(a, annual_text(a))} {assumed(a)}".strip())


# What a figure is and where it comes from

def what_it_measures(fig: Figure, data: Dataset) -> str:
    """`Employees' wages per year: marketing managers (11-2021)` or `Freelance rates per video: asking prices…`."""
    occ = data.occupations.get(fig.occupation or "")
    what = f"{fig.measure.capitalize()} per {fig.unit}" + (f": {occ.title.lower()} ({occ.id})" if occ else "")
    return what + (f"; {fig.detail}" if fig.detail else "")


def rating(confidence: str, match: str) -> str:
    """`high confidence; loose stand-in for this role`: how sure the statistic is, always with how well
    its population matches the role, so a high-confidence stand-in never reads as the role's own figure."""
    return f"{confidence} confidence; {vocabulary.FIGURE_MATCH[match]}"


def rating_short(confidence: str, match: str) -> str:
    """`high confidence, loose stand-in`: the same two ratings for table cells and chart tooltips."""
    return f"{confidence} confidence, {vocabulary.FIGURE_MATCH_SHORT[match]}"


def year_value(fig: Figure, a: Annualised | None) -> Markup | str:
    """The annual value with its hours; 'already a year' for yearly figures; why not, for the rest."""
    if a is None:
        if fig.kind == "percentiles" and fig.period == "hour":
            return "not annualised: the same source's annual wages are shown"
        return "not annualised"
    return "already a year" if a.as_published else annual_with_hours(a)


def source_link(sid: str, data: Dataset, here: str) -> Markup:
    """The source's publisher, linked to its entry on the sources page."""
    return link(data.sources[sid].publisher, routes.source(sid, data.sources[sid].kind), here)


def stale_mark(item, data: Dataset) -> Markup:
    """` (over 3 years old)`, flagged, for a figure older than the stale limit ('' otherwise)."""
    if not data.is_stale(item):
        return Markup("")
    return Markup(f' <span class="cr-stale">(over {data.stale_after_years} years old)</span>')


def year_cell(item, data: Dataset) -> Markup:
    """The data year, flagged where it is shown when it is older than the stale limit."""
    if item.year is None:
        return Markup("undated")
    if data.is_stale(item):
        return Markup(f'<span class="cr-stale">{item.year} (over {data.stale_after_years} years old)</span>')
    return md_escape(item.year)


# Headline figures

def headline_text(role, data: Dataset) -> Markup:
    """The headline income (the written rules of model/income.py), each figure saying what it measures."""
    picks = data.headlines[role.id].order
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
        return md_escape(f"{f.measure.capitalize()}: {money(round(a.mid), a.currency)} a year ({where})") + old
    return Markup(f"{md_escape(f.measure.capitalize())}: {annual_with_hours(a)} "
                  f"({md_escape(published(f))} per {md_escape(f.unit)}, {md_escape(where)})") + old


# Chart bars

def bar_label(a: Annualised, data: Dataset, with_role: bool = False) -> str:
    """`Salaried 2024: Marketing specialists` or `Freelance, hourly, 2016 (old)` (optionally the role's name)."""
    src = data.sources[a.figure.source]
    who = vocabulary.WHO[a.figure.population]
    if a.figure.population == "estimate" and src.kind == "article_estimate":
        who = "article's estimate"
    if with_role:
        return f"{a.role.name} ({who})"
    occ = data.occupations.get(a.figure.occupation or "")
    if occ is not None:                    # two official rows differ by occupation, not by kind
        return f"{who} {a.figure.year or 'undated'}: {occ.title}".capitalize()
    old = " (old)" if data.is_stale(a.figure) else ""
    return f"{who}, {words(a.figure.kind)}, {a.figure.year or 'undated'}{old}".capitalize()


def shared_label(a: Annualised, roles, data: Dataset) -> str:
    """`2 roles' stand-in: software developers, salaried 2025` (the count first, so a short label keeps it;
    the roles are named in the tooltip and in the list under the chart)."""
    occ = data.occupations[a.figure.occupation]
    return f"{len(roles)} roles' stand-in: {occ.title.lower()}, {vocabulary.WHO[a.figure.population]} {a.figure.year or 'undated'}"


def role_names(roles) -> str:
    """`SEO consultant, Email marketing specialist and PPC manager`."""
    names = [r.name for r in roles]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def shared_bar(a: Annualised, roles, data: Dataset) -> Bar:
    """One chart row for an occupation's figure that several roles share as their stand-in: drawn once,
    naming every role that uses it, so identical bars never suggest the roles earn the same."""
    lo, hi = a.span
    src = data.sources[a.figure.source]
    tip = (f"{shared_label(a, roles, data)} ({role_names(roles)}): {annual_text(a)} ({formula_text(a)}); "
           f"{rating_short(a.figure.confidence, a.figure.match)}. Source: {src.publisher}, {src.title}.")
    return Bar(shared_label(a, roles, data), lo, a.mid, hi, a.figure.population, tip, open_low=a.open_low,
               open_high=a.open_high, detail=src.publisher, fig=key(a), text=annual_text(a), assumes=assumed_text(a),
               median=a.median is not None)


def bar(a: Annualised, data: Dataset, with_role: bool = False) -> Bar:
    """One chart row for an annualised figure, with its source in the tooltip; the calculator can move it."""
    lo, hi = a.span
    src = data.sources[a.figure.source]
    tip = (f"{a.role.name}, {bar_label(a, data).lower()}: {annual_text(a)} ({formula_text(a)}); "
           f"{rating_short(a.figure.confidence, a.figure.match)}. Source: {src.publisher}, {src.title}.")
    return Bar(bar_label(a, data, with_role), lo, a.mid, hi, a.figure.population, tip, open_low=a.open_low,
               open_high=a.open_high, detail=src.publisher, fig=key(a), text=annual_text(a), assumes=assumed_text(a),
               median=a.median is not None)


KIND_WORDS = {"hourly": "hourly rates", "daily": "day rates", "monthly_retainer": "retainers"}


def full_time_label(figs: list[Annualised], data: Dataset) -> str:
    """The label of a chart's full-time switch, when one of its rows depends on hours or days ('' otherwise)."""
    if not any(a.basis.kind in ("hourly", "daily") for a in figs):
        return ""
    hours = data.assumptions["full_time_hours_per_week"].value
    return f"Freelance at full-time hours ({hours:g} a week)"


def chart_caption(what: str, figs: list[Annualised], data: Dataset) -> Markup:
    """`What, in US dollars a year. Hourly rates at 10 billable hours a week, …; salaries as published. 25 rows.`:
    what a chart shows, its currency and the assumptions behind its rows (which the calculator rewrites)."""
    currency = figs[0].currency if figs else "USD"
    parts = []
    for kind, name in KIND_WORDS.items():
        if (one := next((a for a in figs if a.basis.kind == kind), None)):
            parts.append(Markup(f'{escape(name)} <span data-cr-assumed-kind="{kind}">{escape(assumed_text(one))}</span>'))
    if any(a.basis.kind == "as_published" for a in figs):
        parts.append(Markup("salaries and annual wages as published"))
    rows = f"{len(figs)} row{'s' if len(figs) != 1 else ''}"
    assumptions = Markup("; ").join(parts)
    assumptions = assumptions[:1].upper() + assumptions[1:] if assumptions else ""
    return Markup(f"{escape(what)}, in {escape(vocabulary.CURRENCY_NAME.get(currency, currency))} a year. "
                  f"{Markup(assumptions)}. {rows}.")
