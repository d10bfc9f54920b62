""""What would I earn?" in words: the reader's rate on a month and a year, the rate a goal needs, and
where a role's published rates and client prices sit against it (model/earnings.py has the numbers).

These are the reference texts: docs/assets/calculator.js builds the same sentences from the same
pieces (`words` and `published` of each compared figure are written here, at build time, and passed
to the script), and tests/test_calculator_browser.py compares the two on random settings.
"""

from __future__ import annotations

from crossroads import vocabulary
from crossroads.model.dataset import Dataset
from crossroads.model.earnings import PER, Comparison, Settings, compare, earnings, needed
from crossroads.model.entities import Figure, Role
from crossroads.render.figures import published
from crossroads.render.formats import money, number

# Data

PER_WORDS = {"hour": "an hour", "day": "a day", "retainer": "a month per client", "project": "a project"}
PER_LABEL = {"hour": "By the hour", "day": "By the day", "retainer": "By monthly retainer (per client)", "project": "By the project"}
POSITION = {"above": "above", "within": "around", "below": "below"}
UNIT_HEADING = {"hour": "Per hour", "day": "Per day", "retainer": "Per month from each retainer client", "project": "Per project"}       # where a published figure sits against the rate needed


# Pieces

def plural(value: float, word: str) -> str:
    """`1 day`, `2.5 days`."""
    return f"{number(value)} {word}{'' if value == 1 else 's'}"


def basis(per: str, s: Settings) -> str:
    """`at 10 hours a week, 46 weeks a year`: the work a rate is sold for."""
    if per == "hour":
        return f"at {plural(s.hours, 'hour')} a week, {plural(s.weeks, 'week')} a year"
    if per == "day":
        return f"at {plural(s.days, 'day')} a week, {plural(s.weeks, 'week')} a year"
    if per == "retainer":
        return f"with {plural(s.clients, 'retainer client')}, {plural(s.months, 'month')} a year"
    return f"at {plural(s.projects, 'project')} a month, {plural(s.months, 'month')} a year"


def whole(value: float, currency: str) -> str:
    """A sum of money to the whole unit (halves to even, as Python's round)."""
    return money(round(value), currency)


def figure_words(fig: Figure, data: Dataset) -> str:
    """`freelance rates, 2023` or `what clients spend, undated (over 3 years old)`: what a compared figure is."""
    old = f", over {data.stale_after_years} years old" if data.is_stale(fig) else ""
    return f"{fig.measure}, {fig.year or 'undated'}{old}"


# Sentences

def own_rows(s: Settings) -> list[tuple[str, str, str]]:
    """(row, a month, a year) for the reader's own rate, before and after the fee allowance ([] without a rate)."""
    if s.rate is None:
        return []
    e = earnings(s.rate, s.per, s)
    return [("Before fees", whole(e.month, s.currency), whole(e.year, s.currency)),
            (f"After a {number(s.fee)}% fee allowance", whole(e.month_after, s.currency), whole(e.year_after, s.currency))]


def own_text(s: Settings) -> str:
    """`At $40 an hour, at 10 hours a week, 46 weeks a year:` (the heading of the month and year table)."""
    if s.rate is None:
        return "Enter your rate to see it on a month and a year."
    return f"{money(s.rate, s.currency)} {PER_WORDS[s.per]}, {basis(s.per, s)}:"


def need_text(s: Settings) -> str:
    """`To take home $1,000 a month after a 10% fee allowance, charge $29 an hour at 10 hours a week, 46 weeks a year.`"""
    if s.goal is None:
        return "Enter a monthly goal to see the rate it needs."
    rate = needed(s.goal, s.per, s)
    return (f"To take home {whole(s.goal, s.currency)} a month after a {number(s.fee)}% fee allowance, charge "
            f"{whole(rate, s.currency)} {PER_WORDS[s.per]} {basis(s.per, s)}.")


def comparison_line(c: Comparison, data: Dataset, with_role: bool = False) -> str:
    """`$75 – $100: freelance rates, 2023 — above` (with the role's name first on the income page)."""
    fig = c.role.income[c.index]
    who = f"{c.role.name}: " if with_role else ""
    return f"{who}{published(fig)}: {figure_words(fig, data)} — {POSITION[c.position]}"


def groups(items: list[Comparison], data: Dataset, with_role: bool = False) -> list[tuple[str, list[str]]]:
    """(heading, lines) per unit, hour first: `Per hour (you need $29):` and each published figure against it."""
    out = []
    for unit in PER:
        mine = [c for c in items if c.unit == unit]
        if mine:
            fig = mine[0].role.income[mine[0].index]
            out.append((f"{UNIT_HEADING[unit]} (you need {whole(mine[0].needed, fig.currency)}):",
                        [comparison_line(c, data, with_role) for c in mine]))
    return out


def comparison_summary(items: list[Comparison], currency: str, where: str = "this role") -> str:
    """`Of 6 published figures for this role in US dollars: 5 above and 1 around what you need.`"""
    name = vocabulary.CURRENCY_NAME.get(currency, currency)
    if not items:
        return f"No rate or client price in {name} per hour, day, retainer or project is published for {where}."
    parts = [f"{n} {POSITION[p]}" for p in ("above", "within", "below") if (n := sum(c.position == p for c in items))]
    said = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]
    return f"Of {len(items)} published figure{'s' if len(items) != 1 else ''} for {where} in {name}: {said} what you need."


def ramp_text(role: Role) -> str:
    """`First income usually takes 1–4 months for this role (editors' estimate): …`."""
    t = role.time_to_first_income
    span = f"{number(t.low)} month{'s' if t.low != 1 else ''}" if t.low == t.high else f"{number(t.low)}–{number(t.high)} months"
    return (f"First income usually takes {span} for this role (editors' estimate), so expect to earn less than this "
            f"while you find your first clients.")


def results(s: Settings, data: Dataset, role: Role | None = None) -> dict:
    """Every text the results show, for the role page (role) or the income page (each role's freelance headline)."""
    if role is not None:
        items = compare(role, s.goal, s) if s.goal is not None else []
        lines = groups(items, data)
        where = "this role"
    else:
        items = [c for r in data.role_order if (h := data.headlines[r.id].freelance) is not None
                 for c in (compare(r, s.goal, s) if s.goal is not None else []) if c.index == h.index]
        lines = groups(items, data, with_role=True)
        where = "the roles' headline freelance rates"
    return {"own": own_text(s), "rows": own_rows(s), "need": need_text(s), "lines": lines,
            "summary": comparison_summary(items, s.currency, where) if s.goal is not None else "",
            "ramp": ramp_text(role) if role is not None else ""}
