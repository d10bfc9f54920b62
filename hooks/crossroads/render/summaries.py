"""A path's computed values in words: its income and growth spans (model/summaries.py has the
numbers) and how each derived dimension was computed, for the comparison, path pages and the API."""

from __future__ import annotations

from collections import Counter

from crossroads.model.dataset import Dataset
from crossroads.model.entities import Dimension, Path
from crossroads.model.summaries import Span
from crossroads.render.formats import money

# Wording


def _range(span: Span) -> str:
    lo, hi = round(span.low), round(span.high)
    return money(lo, "USD") if lo == hi else f"{money(lo, 'USD')} – {money(hi, 'USD')}"


def income_text(path: Path, data: Dataset) -> str:
    """`Employees' median wages $69,780 – $166,790 a year (US, 2024–2025; …); freelance rates … at 10 billable hours a week`."""
    s = data.path_summaries[path.id]
    parts = []
    if (pay := s.employees):
        when = f"{pay.years[0]}" if len(pay.years) == 1 else f"{pay.years[0]}–{pay.years[-1]}"
        parts.append(f"Employees' median wages {_range(pay)} a year (US, {when}; {pay.count} of {s.roles} roles)")
    if (rate := s.freelance):
        hours = data.assumptions["billable_hours_per_week"].value
        parts.append(f"freelance rates {_range(rate)} a year at {hours:g} billable hours a week ({rate.count} of {s.roles} roles)")
    return "; ".join(parts) or "No reliable figure yet"


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
    """A path's value on a dimension: typed, a computed step, or (income, growth) the computed span in words."""
    if dim.derive in TEXT:
        return TEXT[dim.derive](path, data)
    return path.dimensions[dim.id].value


def derived_rows(path: Path, data: Dataset) -> list[tuple[str, str, str]]:
    """(dimension name, computed value, how) for each derived dimension of a path, for its page."""
    rows = []
    for dim in data.dimensions:
        if not dim.derive:
            continue
        steps = path.dimensions[dim.id].steps
        if steps:
            counts = Counter(steps)
            how = f"The median of its {len(data.roles_by_path[path.id])} roles: {', '.join(f'{n} {v}' for v, n in counts.most_common())}"
        else:
            how = "From its roles' headline figures" if dim.derive == "income" else "From BLS Employment Projections"
        rows.append((dim.name, value(path, dim, data) or "", how))
    return rows
