"""Income on one scale: every figure annualised with the assumptions in content/assumptions.yml.

hourly   × billable hours per week × weeks per year × (1 − platform fee)
daily    × billable days per week  × weeks per year × (1 − platform fee)
retainer × clients                 × months per year × (1 − platform fee)
salaries and annual percentiles: as published.
Employees' hourly percentiles are not annualised here (the same source's annual percentiles are
shown instead). Currencies are never mixed: a figure is converted to USD only with a dated rate
from the assumptions file, otherwise it stays in its own currency and is charted separately.
"""

from __future__ import annotations

from dataclasses import dataclass

from .model import Dataset, Figure, Role

# Data


@dataclass(frozen=True)
class Annualised:
    """One figure of one role on the annual scale, with how it got there."""

    role: Role
    index: int                 # position in role.income
    figure: Figure
    low: float | None
    median: float | None
    high: float | None
    currency: str
    formula: str               # in words, e.g. "hourly rate × 10 hours per week × 46 weeks × 90% after fees"

    @property
    def mid(self) -> float:
        """The point to plot: the median, else the middle of the range."""
        if self.median is not None:
            return self.median
        return (self.low + self.high) / 2

    @property
    def span(self) -> tuple[float, float]:
        """Low and high, falling back to the median for single-number figures."""
        return (self.low if self.low is not None else self.mid, self.high if self.high is not None else self.mid)


# Helpers

def factor(fig: Figure, data: Dataset) -> tuple[float, str] | None:
    """Multiplier to a year and the formula in words; None when the figure is not annualised."""
    a = data.assumptions
    fee = 1 - a["platform_fee_percent"].value / 100
    fee_words = f"{fee:.0%} after a {a['platform_fee_percent'].value:g}% fee allowance"
    weeks = a["weeks_per_year"].value
    if fig.kind == "hourly":
        h = a["billable_hours_per_week"].value
        return h * weeks * fee, f"hourly rate × {h:g} hours a week × {weeks:g} weeks × {fee_words}"
    if fig.kind == "daily":
        d = a["billable_days_per_week"].value
        return d * weeks * fee, f"day rate × {d:g} day a week × {weeks:g} weeks × {fee_words}"
    if fig.kind == "monthly_retainer":
        c, m = a["retainer_clients"].value, a["months_per_year"].value
        return c * m * fee, f"retainer × {c:g} clients × {m:g} months × {fee_words}"
    if fig.kind == "annual_salary" or (fig.kind == "percentiles" and fig.period == "year"):
        return 1.0, "annual figure as published"
    return None


def _rate(currency: str, data: Dataset) -> tuple[float, str] | None:
    if currency == "USD":
        return 1.0, ""
    for r in data.exchange_rates:
        if r["currency"] == currency:
            return r["usd_per_unit"], f" × {r['usd_per_unit']:g} USD per {currency} ({r['date']})"
    return None


def annualise(role: Role, index: int, data: Dataset) -> Annualised | None:
    """The figure at role.income[index] on the annual scale (in USD when a dated rate allows)."""
    fig = role.income[index]
    got = factor(fig, data)
    if got is None:
        return None
    mult, words = got
    currency = fig.currency
    if (rate := _rate(fig.currency, data)) is not None:
        mult, words, currency = mult * rate[0], words + rate[1], "USD"

    def scale(v):
        return None if v is None else round(v * mult, 2)
    return Annualised(role, index, fig, scale(fig.low), scale(fig.median), scale(fig.high), currency, words)


def all_annualised(data: Dataset) -> list[Annualised]:
    """Every annualisable figure of every role, roles in name order, figures in file order."""
    out = []
    for role in sorted(data.roles.values(), key=lambda r: r.name.lower()):
        for i in range(len(role.income)):
            if (a := annualise(role, i, data)) is not None:
                out.append(a)
    return out


def headline(role: Role, data: Dataset) -> list[Annualised]:
    """At most two figures that sum a role up: the best employee figure and the best freelance one.

    A role with no official occupation (match: none) gets no salaried headline: any employees'
    figure it shows is an adjacent proxy, not the role's own pay.
    """
    conf = {"high": 0, "medium": 1, "low": 2}
    picks = []
    populations = ("freelancers",) if role.occupation.match == "none" else ("employees", "freelancers")
    for population in populations:
        cands = [a for i in range(len(role.income)) if (a := annualise(role, i, data)) and a.figure.population == population]
        if cands:
            picks.append(min(cands, key=lambda a: (a.currency != "USD", conf[a.figure.confidence], -(a.figure.year or 0))))
    return picks
