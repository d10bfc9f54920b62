"""Income on one scale: every figure annualised with the assumptions in content/assumptions.yml.

hourly   × billable hours per week × weeks per year × (1 − platform fee)
daily    × billable days per week  × weeks per year × (1 − platform fee)
retainer × clients                 × months per year × (1 − platform fee)
salaries and annual percentiles: as published.
What clients spend (budgets, agency and management fees) and per-project prices are never
annualised: they are not a worker's income. A top-coded end (BLS "$239,200 or more") stays open.
Employees' hourly percentiles are not annualised here (the same source's annual percentiles are
shown instead). Currencies are never mixed: a figure is converted to USD only with a dated rate
from the assumptions file, otherwise it stays in its own currency and is charted separately.
"""

from __future__ import annotations

from dataclasses import dataclass

from crossroads.model.dataset import Dataset, Figure, Role

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
    assumed: str = ""          # short, beside the number: "at 10 h a week, 46 weeks, less 10% fees"

    @property
    def mid(self) -> float:
        """The point to plot: the median, else the middle of the range."""
        if self.median is not None:
            return self.median
        return (self.low + self.high) / 2

    @property
    def span(self) -> tuple[float, float]:
        """Low and high; a single-number figure spans only its number (a median is never drawn as an end)."""
        return (self.low if self.low is not None else self.mid, self.high if self.high is not None else self.mid)

    @property
    def open_low(self) -> bool:
        return self.figure.open_low

    @property
    def open_high(self) -> bool:
        return self.figure.open_high


# Helpers

def factor(fig: Figure, data: Dataset) -> tuple[float, str] | None:
    """Multiplier to a year and the formula in words; None when the figure is not annualised."""
    if not fig.is_income:
        return None
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
    assumed = assumed_text(fig, data)
    currency = fig.currency
    if (rate := _rate(fig.currency, data)) is not None:
        mult, words, currency = mult * rate[0], words + rate[1], "USD"

    def scale(v):
        return None if v is None else round(v * mult, 2)
    return Annualised(role, index, fig, scale(fig.low), scale(fig.median), scale(fig.high), currency, words, assumed)


def assumed_text(fig: Figure, data: Dataset) -> str:
    """The hours (or days, or clients) and weeks behind an annualised figure, short enough to print beside it."""
    a = {k: v.value for k, v in data.assumptions.items()}
    fee = f"less {a['platform_fee_percent']:g}% fees"
    if fig.kind == "hourly":
        return f"at {a['billable_hours_per_week']:g} billable hours a week, {a['weeks_per_year']:g} weeks a year, {fee}"
    if fig.kind == "daily":
        days = a["billable_days_per_week"]
        return f"at {days:g} billable day{'s' if days != 1 else ''} a week, {a['weeks_per_year']:g} weeks a year, {fee}"
    if fig.kind == "monthly_retainer":
        return f"with {a['retainer_clients']:g} retainer clients, {a['months_per_year']:g} months a year, {fee}"
    return ""


def all_annualised(data: Dataset) -> list[Annualised]:
    """Every annualisable figure of every role, roles in name order, figures in file order."""
    out = []
    for role in sorted(data.roles.values(), key=lambda r: r.name.lower()):
        for i in range(len(role.income)):
            if (a := annualise(role, i, data)) is not None:
                out.append(a)
    return out


# Headline rules (written down in docs/methodology.md and tested in tests/test_income.py)

CONFIDENCE = {"high": 0, "medium": 1, "low": 2}
FULL_TIME_FIRST = ("full_time",)


def _best(cands: list[Annualised]) -> Annualised | None:
    """The best-supported figure: USD first, then the best confidence, then the newest data."""
    key = lambda a: (a.currency != "USD", CONFIDENCE[a.figure.confidence], -(a.figure.year or 0))  # noqa: E731
    return min(cands, key=key) if cands else None


def salaried_headline(role: Role, data: Dataset) -> Annualised | None:
    """Employees' wages of the role's own nearest occupation (never a more senior proxy), if it has one."""
    if role.soc is None:
        return None
    cands = [a for i, f in enumerate(role.income)
             if f.population == "employees" and f.occupation == role.soc and (a := annualise(role, i, data))]
    return _best(cands)


def freelance_headline(role: Role, data: Dataset) -> Annualised | None:
    """The best freelance rate on the annual scale (never client spend, claims, postings or estimates)."""
    return _best([a for i, f in enumerate(role.income) if f.population == "freelancers" and (a := annualise(role, i, data))])


def thin_evidence(role: Role, data: Dataset) -> Annualised | None:
    """For a role with no headline: its best single posting or claim, shown on the one-scale chart as such."""
    return _best([a for i, f in enumerate(role.income) if f.population in ("posting", "claims") and (a := annualise(role, i, data))])


def headline(role: Role, data: Dataset) -> list[Annualised]:
    """At most two figures that sum a role up, in the order a reader should see them.

    1. Employees' wages only from the role's own nearest occupation (figure.occupation equals the
       role's SOC code): a more senior or unrelated proxy never leads. Roles with no official
       occupation get none.
    2. Freelance rates only from freelancers (not what clients spend, salary claims, single
       postings or estimates), always shown with the hours and weeks they assume.
    3. Among candidates: USD, then the best confidence, then the newest data year.
    4. Full-time roles lead with wages; side-hustle roles (and roles done both ways) lead with
       freelance rates when they have one.
    """
    pay, rate = salaried_headline(role, data), freelance_headline(role, data)
    order = [pay, rate] if role.work_mode in FULL_TIME_FIRST else [rate, pay]
    return [a for a in order if a is not None]
