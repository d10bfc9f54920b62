""""What would I earn?": a reader's own rate on a month and a year, and the rate a monthly goal needs,
set against a role's published rates and client prices. Numbers only (render/calculator.py words
them); docs/assets/calculator.js repeats every function here in the same order of operations, and
tests/test_calculator_browser.py compares the two on random settings.

A reader charges by the hour, the day, the retainer (per client, per month) or the project:
  units a year   hour: hours × weeks · day: days × weeks · retainer: clients × months · project: projects × months
  a year         rate × units (before fees); × (1 − fee / 100) after the fee allowance
  a month        a year ÷ 12 (an average month of the year)
  rate needed    goal a month (after fees) × 12 ÷ (units × (1 − fee / 100)), rounded up to a whole unit of money
A published figure sits above, within or below the rate needed in its own unit and currency; a
figure per year, or in another currency, is never compared (no unit or exchange rate to do it with).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

from crossroads.model.entities import Figure, Role

# Data

PER = ("hour", "day", "retainer", "project")
UNIT_OF_KIND = {"hourly": "hour", "daily": "day", "monthly_retainer": "retainer", "project": "project"}
NOT_COMPARED = ("employees",)     # employees' wages are no rate a freelancer charges; every other population is
# The reader's numbers: URL name → (assumption id or None, lowest, highest, step). Goal and rate have no default.
LIMITS = {
    "goal": (None, 1, 1_000_000, 1), "hours": ("billable_hours_per_week", 1, 80, 0.5),
    "weeks": ("weeks_per_year", 1, 52, 1), "fee": ("platform_fee_percent", 0, 60, 0.5),
    "days": ("billable_days_per_week", 0.5, 7, 0.5), "clients": ("retainer_clients", 1, 50, 1),
    "projects": ("projects_per_month", 0.5, 100, 0.5), "rate": (None, 0.01, 1_000_000, 0.01),
}


@dataclass(frozen=True)
class Settings:
    """What the reader works and charges (defaults: content/assumptions.yml)."""

    hours: float
    weeks: float
    fee: float
    days: float
    clients: float
    months: float
    projects: float
    per: str = "hour"
    rate: float | None = None
    goal: float | None = None
    currency: str = "USD"

    @classmethod
    def defaults(cls, assumptions: dict) -> Settings:
        v = {k: a.value for k, a in assumptions.items()}
        return cls(v["billable_hours_per_week"], v["weeks_per_year"], v["platform_fee_percent"], v["billable_days_per_week"],
                   v["retainer_clients"], v["months_per_year"], v["projects_per_month"])

    def full_time(self, assumptions: dict) -> Settings:
        """The same settings at full-time hours and days ("if this were your job")."""
        return replace(self, hours=assumptions["full_time_hours_per_week"].value, days=assumptions["full_time_days_per_week"].value)


@dataclass(frozen=True)
class Earnings:
    """One rate on a year and an average month, before and after the fee allowance."""

    year: float
    month: float
    year_after: float
    month_after: float


@dataclass(frozen=True)
class Comparison:
    """A published figure set against the rate needed in its unit: above, within or below."""

    role: Role
    index: int                 # position in role.income
    unit: str                  # hour, day, retainer or project
    needed: float              # the rate needed in that unit (rounded up)
    position: str              # above | within | below


# Numbers

def invalid(name: str, value: float | None) -> bool:
    """True when a value is out of its allowed range (a missing goal or rate is allowed: it asks for nothing)."""
    _, low, high, _ = LIMITS[name]
    if value is None:
        return name not in ("goal", "rate")
    return not (math.isfinite(value) and low <= value <= high)


def units(per: str, s: Settings) -> float:
    """How many hours, days, retainer-months or projects a year the settings sell."""
    return {"hour": s.hours * s.weeks, "day": s.days * s.weeks, "retainer": s.clients * s.months,
            "project": s.projects * s.months}[per]


def earnings(rate: float, per: str, s: Settings) -> Earnings:
    """A rate on a year and an average month, before and after the fee allowance."""
    year = rate * units(per, s)
    after = year * (1 - s.fee / 100)
    return Earnings(year, year / 12, after, after / 12)


def needed(goal: float, per: str, s: Settings) -> float:
    """The rate that reaches `goal` a month after fees, rounded up to a whole unit of money."""
    exact = goal * 12 / (units(per, s) * (1 - s.fee / 100))
    return float(math.ceil(exact - 1e-9))


def position(fig: Figure, need: float) -> str:
    """Where a published figure sits against the rate needed: above (all of it), below (all of it) or within."""
    low = fig.low if fig.low is not None else fig.median
    high = fig.high if fig.high is not None else fig.median
    if low > need:
        return "above"
    if high < need and not fig.open_high:
        return "below"
    return "within"


def comparable(role: Role, currency: str) -> list[int]:
    """Indexes of the role's rates and client prices per hour, day, retainer month or project in `currency`."""
    return [i for i, f in enumerate(role.income)
            if f.kind in UNIT_OF_KIND and f.population not in NOT_COMPARED and f.currency == currency]


def compare(role: Role, goal: float, s: Settings) -> list[Comparison]:
    """Each comparable figure of the role against the rate the goal needs in its unit."""
    out = []
    for i in comparable(role, s.currency):
        unit = UNIT_OF_KIND[role.income[i].kind]
        need = needed(goal, unit, s)
        out.append(Comparison(role, i, unit, need, position(role.income[i], need)))
    return out
