"""Path summaries computed from their roles, as numbers (render/summaries.py words them).

Income: the span of the roles' headline figures, employees' wages and freelance rates apart (USD
only), each with the roles at its ends. Growth: the projected employment change of the roles' own
occupations. Time to first income and start-up cost: the range and median of the roles' estimates,
with the roles at each end (a wide range says where it comes from). A path whose work is for
clients (no employer in its set-up) leads with freelance income. Derived scaled dimensions
(barrier, start-up cost, time to first income as steps) are set on the path by model/dataset.py.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass

from crossroads.model.entities import Outlook, Path, Role
from crossroads.model.income import Annualised, Headline

# Data


@dataclass(frozen=True)
class Span:
    """Figures of several roles: lowest and highest middle value, how many roles gave one, their years,
    and the roles at each end."""

    low: float
    high: float
    count: int
    years: tuple[int, ...] = ()
    lowest: tuple[str, ...] = ()     # ids of the roles whose figure is the lowest
    highest: tuple[str, ...] = ()    # ids of the roles whose figure is the highest

    @classmethod
    def of(cls, picks: list[Annualised]) -> Span | None:
        if not picks:
            return None
        mids = [a.mid for a in picks]
        low, high = min(mids), max(mids)
        return cls(low, high, len(picks), tuple(sorted({a.figure.year for a in picks if a.figure.year})),
                   tuple(a.role.id for a in picks if a.mid == low), tuple(a.role.id for a in picks if a.mid == high))


@dataclass(frozen=True)
class Range:
    """An estimate over several roles: lowest low, highest high, the median of the roles' middles,
    and the roles at each end (so a wide range can say where it comes from)."""

    low: float
    high: float
    median: float
    lowest: tuple[str, ...]          # ids of the roles with the lowest low
    highest: tuple[str, ...]         # ids of the roles with the highest high

    @classmethod
    def of(cls, items: list[tuple[Role, float, float]]) -> Range | None:
        if not items:
            return None
        low, high = min(lo for _, lo, _ in items), max(hi for _, _, hi in items)
        return cls(low, high, statistics.median((lo + hi) / 2 for _, lo, hi in items),
                   tuple(r.id for r, lo, _ in items if lo == low), tuple(r.id for r, _, hi in items if hi == high))


@dataclass(frozen=True)
class PathSummary:
    """What a path's roles add up to."""

    roles: int
    freelance_first: bool            # the path's work is for clients (no employer): freelance income leads
    employees: Span | None           # the roles' employees' wage headlines, USD
    freelance: Span | None           # the roles' freelance headlines on the annual scale, USD
    growth: tuple[Outlook, ...]      # own-occupation projections, lowest first, one per occupation
    months: Range | None             # time to first income
    startup: Range | None            # start-up cost (USD)


# Computing

def summary(path: Path, roles: list[Role], headlines: dict[str, Headline], growth: dict[str, Outlook | None]) -> PathSummary:
    """The summary of a path from its roles (in name order)."""
    pay = [a for r in roles if (a := headlines[r.id].employees) and a.currency == "USD"]
    rate = [a for r in roles if (a := headlines[r.id].freelance) and a.currency == "USD"]
    found: dict[str, Outlook] = {}
    for r in roles:
        if (o := growth[r.id]) is not None:
            found.setdefault(o.occupation, o)
    return PathSummary(
        roles=len(roles), freelance_first="employer" not in path.setup, employees=Span.of(pay), freelance=Span.of(rate),
        growth=tuple(sorted(found.values(), key=lambda o: o.value)),
        months=Range.of([(r, r.time_to_first_income.low, r.time_to_first_income.high) for r in roles]),
        startup=Range.of([(r, r.startup_cost.low, r.startup_cost.high) for r in roles]))


def own_growth(role: Role) -> Outlook | None:
    """The projected employment change of the role's own nearest occupation, if the role lists it."""
    return next((o for o in role.outlook if o.measure == "employment_change" and o.occupation == role.soc), None)
