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

Numbers only: how a formula or the hours behind a figure are written is render/figures.py's job.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from crossroads.model.entities import Figure, Role

# Data

CONFIDENCE_ORDER = {"high": 0, "medium": 1, "low": 2}
FULL_TIME_FIRST = ("full_time",)


@dataclass(frozen=True)
class Basis:
    """The numbers an annual value was worked out with (what render/figures.py writes beside it)."""

    kind: str                  # the figure's kind: hourly, daily, monthly_retainer, or "as_published"
    per_week: float = 0        # billable hours (hourly) or days (daily) a week
    weeks: float = 0
    clients: float = 0         # retainer clients
    months: float = 0
    fee: float = 0             # fee allowance, percent
    rate: float = 1.0          # USD per unit of the published currency (1 when not converted)
    rate_currency: str = ""    # the published currency when converted
    rate_date: str = ""


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
    basis: Basis

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

    @property
    def converted(self) -> bool:
        return self.currency != self.figure.currency

    @property
    def as_published(self) -> bool:
        """A yearly figure in its own currency: nothing was assumed to put it on the scale."""
        return self.basis.kind == "as_published" and not self.converted


# Annualising

def basis(fig: Figure, values: dict[str, float]) -> Basis | None:
    """The assumptions that put a figure on the annual scale; None when it is never annualised."""
    if not fig.is_income:
        return None
    fee, weeks = values["platform_fee_percent"], values["weeks_per_year"]
    if fig.kind == "hourly":
        return Basis("hourly", values["billable_hours_per_week"], weeks, fee=fee)
    if fig.kind == "daily":
        return Basis("daily", values["billable_days_per_week"], weeks, fee=fee)
    if fig.kind == "monthly_retainer":
        return Basis("monthly_retainer", clients=values["retainer_clients"], months=values["months_per_year"], fee=fee)
    if fig.kind == "annual_salary" or (fig.kind == "percentiles" and fig.period == "year"):
        return Basis("as_published")
    return None


def multiplier(b: Basis) -> float:
    """What one published number is multiplied by to reach a year (in USD when converted)."""
    after_fee = 1 - b.fee / 100
    per_year = {"hourly": b.per_week * b.weeks * after_fee, "daily": b.per_week * b.weeks * after_fee,
                "monthly_retainer": b.clients * b.months * after_fee}.get(b.kind, 1.0)
    return per_year * b.rate


def annualise(role: Role, index: int, data) -> Annualised | None:
    """The figure at role.income[index] on the annual scale (in USD when a dated rate allows)."""
    fig = role.income[index]
    b = basis(fig, {k: v.value for k, v in data.assumptions.items()})
    if b is None:
        return None
    currency = fig.currency
    rate = next((r for r in data.exchange_rates if r["currency"] == fig.currency), None)
    if rate is not None and fig.currency != "USD":
        b = replace(b, rate=rate["usd_per_unit"], rate_currency=fig.currency, rate_date=rate["date"])
        currency = "USD"
    mult = multiplier(b)

    def scale(v):
        return None if v is None else round(v * mult, 2)
    return Annualised(role, index, fig, scale(fig.low), scale(fig.median), scale(fig.high), currency, b)


def role_annualised(role: Role, data) -> tuple[Annualised | None, ...]:
    """Every figure of a role on the annual scale (None where a figure is never annualised)."""
    return tuple(annualise(role, i, data) for i in range(len(role.income)))


def all_annualised(data) -> list[Annualised]:
    """Every annualisable figure of every role, roles in name order, figures in file order."""
    return [a for role in data.role_order for a in role_annualised(role, data) if a is not None]


# Headline rules (written down in docs/methodology.md and tested in tests/test_income.py)

@dataclass(frozen=True)
class Headline:
    """The figures that sum a role up, as the written rules pick them."""

    employees: Annualised | None     # employees' wages of the role's own occupation
    freelance: Annualised | None     # freelancers' rates
    thin: Annualised | None          # for a role with neither: its best single posting or claim
    full_time: bool

    @property
    def order(self) -> list[Annualised]:
        """At most two figures, in the order a reader should see them."""
        pair = [self.employees, self.freelance] if self.full_time else [self.freelance, self.employees]
        return [a for a in pair if a is not None]


def _best(cands: list[Annualised]) -> Annualised | None:
    """The best-supported figure: USD first, then the best confidence, then the newest data."""
    def key(a):
        return (a.currency != "USD", CONFIDENCE_ORDER[a.figure.confidence], -(a.figure.year or 0))
    return min(cands, key=key) if cands else None


def own_wage_figures(role: Role) -> list[int]:
    """Indexes of employees' wages of the role's own nearest occupation (never a more senior proxy)."""
    return [i for i, f in enumerate(role.income)
            if role.soc is not None and f.population == "employees" and f.occupation == role.soc]


def headline(role: Role, annual: tuple[Annualised | None, ...]) -> Headline:
    """The role's headline figures.

    1. Employees' wages only from the role's own nearest occupation (figure.occupation equals the
       role's SOC code): a more senior or unrelated proxy never leads. Roles with no official
       occupation get none.
    2. Freelance rates only from freelancers (not what clients spend, salary claims, single
       postings or estimates), always shown with the hours and weeks they assume; a survey of
       freelancers and agencies together leads only when no freelancers' own figure exists, and
       says so.
    3. Among candidates: USD, then the best confidence, then the newest data year.
    4. Full-time roles lead with wages; side-hustle roles (and roles done both ways) lead with
       freelance rates when they have one.
    """
    def pick(keep):
        return _best([a for a in annual if a is not None and keep(a.figure)])
    own = set(own_wage_figures(role))
    employees = _best([annual[i] for i in own if annual[i] is not None])
    freelance = pick(lambda f: f.population == "freelancers") or pick(lambda f: f.population == "freelancers_and_agencies")
    thin = None if employees or freelance else pick(lambda f: f.population in ("posting", "claims"))
    return Headline(employees, freelance, thin, role.work_mode in FULL_TIME_FIRST)


# Shared stand-ins

def stand_in_key(a: Annualised) -> tuple | None:
    """What makes two roles' employees' figures one and the same statistic (None for any other figure)."""
    f = a.figure
    if f.population != "employees" or f.occupation is None:
        return None
    return (f.source, f.occupation, f.year, f.period, f.low, f.median, f.high, a.currency)


def drawn_once(rows: list[Annualised]) -> list[tuple[Annualised, tuple[Role, ...]]]:
    """Each row with the roles it stands for: an occupation's figure that several roles use as their
    stand-in is kept once (where it first appears) with every role that uses it, never repeated."""
    out: list[tuple[Annualised, list[Role]]] = []
    seen: dict[tuple, int] = {}
    for a in rows:
        key = stand_in_key(a)
        if key is not None and key in seen:
            out[seen[key]][1].append(a.role)
            continue
        if key is not None:
            seen[key] = len(out)
        out.append((a, [a.role]))
    return [(a, tuple(roles)) for a, roles in out]
