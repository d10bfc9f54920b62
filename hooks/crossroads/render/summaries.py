"""A path's computed values in words: its income and growth spans, its time to first income and
start-up cost as the range and median of its roles' estimates (model/summaries.py has the numbers),
and how each derived dimension was computed, for the comparison, path pages, home cards and the API.

A duration or a cost is always written in its own unit ("1–4 months; median 2"), never as a count
of roles; a wide range names the roles at each end. Freelance income is on the annual scale under
the site's assumptions, so it is rounded to what they justify ($100, or $1,000 from $100,000).
"""

from __future__ import annotations

import math
from collections import Counter

from crossroads.model.dataset import Dataset
from crossroads.model.entities import Dimension, Path
from crossroads.model.summaries import Range, Span
from crossroads.render.formats import annual_money, money, number

# Data

ESTIMATES = ("time_to_first_income", "startup_cost")      # derived dimensions worded as a range and median
NAMED = 2                                                   # roles named at one end before "and N more"


# Pieces

def months(value: float) -> str:
    """`1 month`, `2.5 months`."""
    return f"{number(value)} month{'' if value == 1 else 's'}"


def names(ids: tuple[str, ...], data: Dataset, limit: int = NAMED) -> str:
    """`AI trainer`, `AI trainer and Content writer`, or `5 roles, such as AI trainer` when many share an end."""
    if len(ids) > limit:
        return f"{len(ids)} roles, such as {data.roles[ids[0]].name}"
    return " and ".join(data.roles[i].name for i in ids)


def half_up(value: float, step: float = 1) -> float:
    """Rounded to the step, halves up (a median wait or cost is never understated)."""
    return math.floor(value / step + 0.5) * step


def estimate_range(kind: str, r: Range) -> str:
    """`1–8 months; median 3` or `$0 – $1,000; median $250`: the range in its unit, then the median."""
    if kind == "time_to_first_income":
        span = months(r.low) if r.low == r.high else f"{number(r.low)}–{months(r.high)}"
        return f"{span}; median {number(half_up(r.median))}"
    span = money(r.low, "USD") if r.low == r.high else f"{money(r.low, 'USD')} – {money(r.high, 'USD')}"
    return f"{span}; median {money(half_up(r.median, 50), 'USD')}"


def estimate_ends(kind: str, r: Range, data: Dataset) -> str:
    """`from 1 month (AI trainer and 2 more) to 72 months (AI research scientist)`: which roles make the range."""
    word = months if kind == "time_to_first_income" else (lambda v: money(v, "USD"))
    if r.low == r.high:
        return f"{word(r.low)} for every role"
    return f"from {word(r.low)} ({names(r.lowest, data)}) to {word(r.high)} ({names(r.highest, data)})"


def estimate(path: Path, kind: str, data: Dataset) -> Range | None:
    s = data.path_summaries[path.id]
    return s.months if kind == "time_to_first_income" else s.startup


def _span(span: Span) -> str:
    """`$19,900 – $45,500`: an annual span rounded to what its assumptions justify."""
    lo, hi = annual_money(span.low, "USD"), annual_money(span.high, "USD")
    return lo if lo == hi else f"{lo} – {hi}"


def _wages(span: Span) -> str:
    """`$74,750 – $78,760`: employees' medians as published."""
    lo, hi = money(round(span.low), "USD"), money(round(span.high), "USD")
    return lo if lo == hi else f"{lo} – {hi}"


# Wording

def freelance_text(path: Path, data: Dataset) -> str:
    """`freelance income $19,900 – $45,500 a year at 10 billable hours a week, 46 weeks, less 10% fees (4 of 7 roles)`."""
    s = data.path_summaries[path.id]
    if not (rate := s.freelance):
        return ""
    a = {k: v.value for k, v in data.assumptions.items()}
    return (f"freelance income {_span(rate)} a year at {a['billable_hours_per_week']:g} billable hours a week, "
            f"{a['weeks_per_year']:g} weeks, less {a['platform_fee_percent']:g}% fees ({rate.count} of {s.roles} roles)")


def wages_text(path: Path, data: Dataset) -> str:
    """`employees' median wages $69,780 – $166,790 a year (US, 2024–2025; 5 of 8 roles)`."""
    s = data.path_summaries[path.id]
    if not (pay := s.employees):
        return ""
    when = f"{pay.years[0]}" if len(pay.years) == 1 else f"{pay.years[0]}–{pay.years[-1]}"
    return f"employees' median wages {_wages(pay)} a year (US, {when}; {pay.count} of {s.roles} roles)"


def income_text(path: Path, data: Dataset) -> str:
    """Both spans, freelance income first on a path whose work is for clients; `No reliable figure yet` without either."""
    s = data.path_summaries[path.id]
    parts = [freelance_text(path, data), wages_text(path, data)]
    text = "; ".join(p for p in (parts if s.freelance_first else parts[::-1]) if p)
    return text[:1].upper() + text[1:] if text else "No reliable figure yet"


def income_ends(path: Path, data: Dataset) -> str:
    """`Freelance: lowest Content writer, highest SEO consultant. Employees: …`, for a span of two or more roles."""
    s = data.path_summaries[path.id]
    out = []
    for label, span in (("freelance", s.freelance), ("employees' wages", s.employees)):
        if span and span.low != span.high:
            out.append(f"{label}, lowest: {names(span.lowest, data)}; highest: {names(span.highest, data)}")
    if not s.freelance_first:
        out.reverse()
    return "; ".join(out)


def card_rows(path: Path, data: Dataset) -> list[tuple[str, str, str]]:
    """(label, value, what it is) for a path's home-page card: income (freelance first on a client-work path)
    and time to first income, with the role that takes longest when the range is wide."""
    s = data.path_summaries[path.id]
    a = {k: v.value for k, v in data.assumptions.items()}
    rows = []
    if s.freelance:
        rows.append(("Freelance income", f"{_span(s.freelance)} a year",
                     f"at {a['billable_hours_per_week']:g} billable hours a week; {s.freelance.count} of its {s.roles} roles"))
    if s.employees:
        rows.append(("Employees' pay", f"{_wages(s.employees)} a year", f"medians of {s.employees.count} of its {s.roles} roles"))
    if not s.freelance_first:
        rows.reverse()
    if (r := s.months):
        wide = r.high >= 3 * max(r.low, 1) and len(r.highest) <= NAMED
        rows.append(("First income", estimate_range("time_to_first_income", r),
                     "editors' estimates" + (f"; longest: {names(r.highest, data)}" if wide else "")))
    return rows


def growth_text(path: Path, data: Dataset) -> str:
    """`+3.6% to +33.5% projected job growth, 2024-34, for the roles' 5 nearest official occupations (US)`."""
    items = data.path_summaries[path.id].growth
    if not items:
        return "No official projection fits these roles"
    periods = sorted({o.period for o in items})
    span = items[0].value_text if len(items) == 1 else f"{items[0].value_text} to {items[-1].value_text}"
    return f"{span} projected job growth, {', '.join(periods)}, for the roles' {len(items)} nearest official occupations (US)"


TEXT = {"income": income_text, "growth": growth_text}


def value(path: Path, dim: Dimension, data: Dataset) -> str | None:
    """A path's value on a dimension as the API carries it: typed, a computed step, or (income, growth) the span in words."""
    if dim.derive in TEXT:
        return TEXT[dim.derive](path, data)
    return path.dimensions[dim.id].value


def shown(path: Path, dim: Dimension, data: Dataset) -> str | None:
    """A path's value as pages show it: time to first income and start-up cost as their range and median."""
    if dim.derive in ESTIMATES and (r := estimate(path, dim.derive, data)):
        return estimate_range(dim.derive, r)
    return value(path, dim, data)


def steps_text(steps: tuple[str, ...]) -> str:
    """`its 8 roles: medium for 4, high for 3, low for 1`: how many roles sit on each step (a count, never a duration)."""
    counts = ", ".join(f"{v} for {n}" for v, n in Counter(steps).most_common())
    return f"its {len(steps)} role{'s' if len(steps) != 1 else ''}: {counts}"


def derived_rows(path: Path, data: Dataset) -> list[tuple[str, str, str]]:
    """(dimension name, computed value, how) for each derived dimension of a path, for its page."""
    rows = []
    n = len(data.roles_by_path[path.id])
    for dim in data.dimensions:
        if not dim.derive:
            continue
        steps = path.dimensions[dim.id].steps
        if dim.derive in ESTIMATES and (r := estimate(path, dim.derive, data)):
            how = (f"Editors' estimates for its {n} roles, {estimate_ends(dim.derive, r, data)}; the median is of each "
                   f"role's middle value. On the comparison's scale: {path.dimensions[dim.id].value} (the median role's step)")
        elif steps:
            how = f"The median role's step ({steps_text(steps)})"
        elif dim.derive == "income":
            ends = income_ends(path, data)
            how = "From its roles' headline figures" + (f" ({ends})" if ends else "")
        else:
            how = "From BLS Employment Projections"
        rows.append((dim.name, shown(path, dim, data) or "", how))
    return rows
