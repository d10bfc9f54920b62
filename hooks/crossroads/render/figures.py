"""How a figure is written wherever it appears: ranges with open ends, the figure as published,
its annual value with the hours it assumes, and a link to its source. Shared by the role page,
its quick facts and the overview pages."""

from __future__ import annotations

from markupsafe import Markup

from crossroads.render import calculator
from crossroads.render import markdown as md
from crossroads.model.income import Annualised
from crossroads.model.dataset import Dataset, Figure

# Helpers


def ends(low: float | None, high: float | None, currency: str, open_low: bool = False, open_high: bool = False) -> str:
    """`$81,900 – $239,200 or more`: a range whose open end says so ('' when an end is missing)."""
    if low is None or high is None:
        return ""
    lo = md.money(round(low, 2), currency) + (" or less" if open_low else "")
    return f"{lo} – {md.money(round(high, 2), currency)}" + (" or more" if open_high else "")


def published(fig: Figure) -> str:
    """`$42,070 – $144,610 (median $76,950)` or `$110`: the figure as its source gives it, open ends marked."""
    rng = ends(fig.low, fig.high, fig.currency, fig.open_low, fig.open_high)
    mid = md.money(fig.median, fig.currency) if fig.median is not None else ""
    if rng and mid:
        return f"{rng} (median {mid})"
    return rng or mid


def annual_text(a: Annualised) -> str:
    """`$45,540 – $68,310 a year` on the common scale (an open end says 'or more')."""
    lo, hi = a.span
    if lo == hi:
        return f"{md.money(round(lo), a.currency)} a year"
    return ends(round(lo), round(hi), a.currency, a.open_low, a.open_high) + " a year"


def annual_with_hours(a: Annualised) -> Markup:
    """The annual figure (marked derived) with what it assumes beside it: `$45,540 a year at 10 billable hours a week, …`."""
    return Markup(f"{calculator.span(a, annual_text(a))} {calculator.assumed(a)}".strip())


def source_link(sid: str, data: Dataset, here: str) -> Markup:
    """The source's publisher, linked to its entry on the sources page."""
    return md.link(data.sources[sid].publisher, "sources/index.md#" + sid, here)


def stale_mark(item, data: Dataset) -> Markup:
    """` (over 3 years old)`, flagged, for a figure older than the stale limit ('' otherwise)."""
    if not data.is_stale(item):
        return Markup("")
    return Markup(f' <span class="cr-stale">(over {data.stale_after_years} years old)</span>')
