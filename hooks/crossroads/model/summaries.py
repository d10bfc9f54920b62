"""Path summaries computed from their roles, never typed: the income range (the roles' headline
figures, saying what each side measures) and the projected growth of the roles' occupations.

`fill(data)` runs once at the end of model.build and sets the values of derived free-text
dimensions (dimensions.yml `derive: income` or `derive: growth`).
"""

from __future__ import annotations

from collections import Counter

from crossroads.render import markdown as md
from crossroads.model.entities import DimensionValue
from crossroads.model.income import freelance_headline, salaried_headline
from crossroads.model.dataset import Dataset, Path

# Helpers


def _range(values: list[float], currency: str) -> str:
    lo, hi = min(values), max(values)
    return md.money(round(lo), currency) if lo == hi else f"{md.money(round(lo), currency)} – {md.money(round(hi), currency)}"


def income_text(path: Path, data: Dataset) -> str:
    """`Employees' median wages $69,780 – $166,790 a year (US, 2024–2025); freelance rates $13,828 – $45,540 a year at 10 billable hours a week`."""
    roles = data.roles_by_path[path.id]
    pay = [a for r in roles if (a := salaried_headline(r, data)) and a.currency == "USD"]
    rate = [a for r in roles if (a := freelance_headline(r, data)) and a.currency == "USD"]
    parts = []
    if pay:
        years = sorted({a.figure.year for a in pay if a.figure.year})
        when = f"{years[0]}" if len(years) == 1 else f"{years[0]}–{years[-1]}"
        parts.append(f"Employees' median wages {_range([a.mid for a in pay], 'USD')} a year (US, {when}; {len(pay)} of {len(roles)} roles)")
    if rate:
        hours = data.assumptions["billable_hours_per_week"].value
        parts.append(f"freelance rates {_range([a.mid for a in rate], 'USD')} a year at {hours:g} billable hours a week "
                     f"({len(rate)} of {len(roles)} roles)")
    return "; ".join(parts) or "No reliable figure yet"


def growth_text(path: Path, data: Dataset) -> str:
    """`+3.6% to +33.5% projected job growth, 2024-34, for the roles' nearest occupations (US)`."""
    found = {}
    for r in data.roles_by_path[path.id]:
        for o in r.outlook:
            if o.measure == "employment_change" and o.occupation == r.soc:
                found.setdefault(o.occupation, o)
    if not found:
        return "No official projection fits these roles"
    items = sorted(found.values(), key=lambda o: o.value)
    periods = sorted({o.period for o in items})
    span = items[0].value_text if len(items) == 1 else f"{items[0].value_text} to {items[-1].value_text}"
    return f"{span} projected job growth, {', '.join(periods)}, for the roles' {len(items)} nearest official occupations (US)"


TEXT = {"income": income_text, "growth": growth_text}


def fill(data: Dataset) -> None:
    """Set every derived free-text dimension of every path from its roles."""
    for dim in data.dimensions:
        if dim.derive in TEXT:
            for path in data.paths.values():
                old = path.dimensions.get(dim.id, DimensionValue())
                path.dimensions[dim.id] = DimensionValue(TEXT[dim.derive](path, data), old.rationale)





def derived_rows(path: Path, data: Dataset) -> list[tuple[str, str, str]]:
    """(dimension name, computed value, how) for each derived dimension of a path, for its page."""
    roles = data.roles_by_path[path.id]
    rows = []
    for dim in data.dimensions:
        if not dim.derive:
            continue
        dv = path.dimensions[dim.id]
        value = dv.value or ""
        if dv.steps:
            counts = Counter(dv.steps)
            how = f"The median of its {len(roles)} roles: {', '.join(f'{n} {v}' for v, n in counts.most_common())}"
        else:
            how = "From its roles' headline figures" if dim.derive == "income" else "From BLS Employment Projections"
        rows.append((dim.name, value, how))
    return rows
