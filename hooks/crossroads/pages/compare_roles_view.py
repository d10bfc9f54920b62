"""What the compare view says about two roles: the Python reference of docs/assets/roles.js.

The browser builds the view from `api/v1/roles/<id>.json` (and the labels the page's form carries,
`compare_roles.labels`); this module words the same facts from the model, with the same helpers
the role pages use (money, the annual value with its hours, the figure as published), so a figure
reads the same on a role page and in the comparison; every figure names its source, and a long text
shows its first sentence so the two columns stay level. tests/test_compare_browser.py compares every
pair of roles in Chromium with `view` (and a few pairs under the reader's own hours and fees).
"""

from __future__ import annotations

import re
from dataclasses import replace

from crossroads import vocabulary
from crossroads.model.dataset import Dataset, Role
from crossroads.model.income import Annualised, annualise
from crossroads.render.figures import annual_text, assumed_text, published
from crossroads.render.formats import money, number

# Data

NO_PAY = "No reliable figure yet"
# The calculator's query-string names → assumption ids (publish/api.URL_PARAMETERS, docs/assets/calculator.js).
SETTINGS = {"hours": "billable_hours_per_week", "weeks": "weeks_per_year", "fee": "platform_fee_percent"}


# Helpers

def cap(text: str) -> str:
    """The first letter upper-cased (JavaScript's charAt(0).toUpperCase(): the rest is kept)."""
    return text[:1].upper() + text[1:]


def with_settings(data: Dataset, settings: dict[str, float] | None) -> Dataset:
    """The dataset under the reader's hours, weeks and fee (the others stay the defaults)."""
    if not settings:
        return data
    values = {SETTINGS[k]: v for k, v in settings.items()}
    return replace(data, assumptions={k: replace(a, value=values.get(k, a.value)) for k, a in data.assumptions.items()})


def cited(text: str, source: str, data: Dataset) -> str:
    """`…. Source: U.S. Bureau of Labor Statistics.`: every figure names its source (linked on the page)."""
    return f"{text} Source: {data.sources[source].publisher}." if source in data.sources else text


def brief(text: str) -> str:
    """A long text (200 characters or more) as its first sentence and a link to the rest on the role's page."""
    cut = re.search(r"[.!?]\s", text)
    return text if len(text) < 200 or not cut else f"{text[:cut.start() + 1]} More on its page."


def pay_line(role: Role, a: Annualised, freelance: bool, data: Dataset, official: str = "") -> str:
    """`Freelance rates: $45,540 a year at 10 billable hours …, 46 weeks a year, less 10% fees (from $110 per hour,
    median, US, 2024); close match. Source: BrightLocal.`"""
    f = a.figure
    where = ", ".join(x for x in ("median" if f.median is not None else "", f.region, str(f.year or "undated")) if x)
    match = vocabulary.FIGURE_MATCH[f.match]
    if freelance:
        return cited(f"{cap(f.measure)}: {annual_text(a)} {assumed_text(a)} (from {published(f)} per {f.unit}, {where}); {match}.",
                     f.source, data)
    occ = f", for {official.lower()}" if official else ""
    return cited(f"{cap(f.measure)}: {money(round(a.mid), a.currency)} a year ({where}){occ}; {match}.", f.source, data)


def pay(role: Role, data: Dataset, values: Dataset) -> list[str]:
    """The headline figures (as the headline rules picked them), in the order the role leads with."""
    head = data.headlines[role.id]
    lines = []
    for which in (["employees", "freelance"] if head.full_time else ["freelance", "employees"]):
        if (picked := getattr(head, which)) is not None:
            occ = data.official(role)
            lines.append(pay_line(role, annualise(role, picked.index, values), which == "freelance", data,
                                  occ.title if occ else ""))
    return lines or [NO_PAY]


def cells(role: Role, data: Dataset, values: Dataset) -> dict[str, list[str]]:
    """Each row's value for one role: a list of lines (one for plain text, one per item for a list)."""
    occ = data.official(role)
    growth = data.growth[role.id]
    cost, time = role.startup_cost, role.time_to_first_income
    return {
        "Path": [", ".join(data.paths[p].short_name for p in role.paths)],
        "Typical pay, on one annual scale": pay(role, data, values),
        "People employed": [cited(f"{occ.employment:,} in {occ.employment_year} ({occ.title.lower()}).", occ.source, data) if occ
                            else "Not counted: no official occupation fits this role"],
        "Typical entry education": [cited(f"{occ.entry_education}.", occ.source, data) if occ else "No official figure"],
        "Projected growth": [cited(f"{growth.value_text} over {growth.period} in {growth.region}.", growth.source, data) if growth
                             else "No official projection"],
        "Start-up cost": [cited(f"{money(cost.low, 'USD')} – {money(cost.high, 'USD')}, an estimate.", cost.source, data)],
        "Time to first income": [cited(f"{number(time.low)} – {number(time.high)} months, an estimate.", time.source, data)],
        "Barrier to entry": [cap(role.barrier)],
        "Work mode": [f"{vocabulary.WORK_MODE[role.work_mode]}; remote fit {vocabulary.REMOTE_FIT[role.remote_fit]}"],
        "Core skills": [data.skills[s].name for s in role.skill_ids("core")],
        "How AI changes it": [brief(role.ai_impact)],
    }


def move(a: Role, b: Role, data: Dataset) -> list[str]:
    """Moving from a to b: the heading, then the shared skills, what the move needs and a first experiment."""
    shared, missing = data.transition(a, b)
    level = {s.skill: s.level for s in b.skills}
    needs = ", ".join(f"{s.name} ({vocabulary.SKILL_LEVEL[level[s.id]].lower()})" for s in missing)
    return [f"Moving from {a.name} to {b.name}",
            "Skills they share: " + (", ".join(s.name for s in shared) or "none yet"),
            "What the move needs: " + (needs or "nothing new"),
            "A first experiment: " + b.first_experiment]


def note(settings: dict[str, float] | None) -> str | None:
    """The sentence over the view when the reader's own hours and fees are in the address."""
    if not settings:
        return None
    return (f"Freelance figures use your numbers: {settings['hours']:g} billable hours a week, {settings['weeks']:g} "
            f"weeks a year, a {settings['fee']:g}% fee allowance.")


def stand_in(a: Role, b: Role, data: Dataset) -> str | None:
    """When both roles' salaried headline comes from an occupation: say that the same one does not tell them
    apart, or that two different stand-ins do not show which earns more (None when both match closely)."""
    wa, wb = data.headlines[a.id].employees, data.headlines[b.id].employees
    if wa is None or wb is None:
        return None
    ta, tb = data.official(a).title.lower(), data.official(b).title.lower()
    if wa.figure.occupation == wb.figure.occupation:
        return f"Both roles use the same occupation's wages ({ta}), so the salaried figure does not tell them apart."
    if {wa.figure.match, wb.figure.match} <= {"exact", "close"}:
        return None
    return (f"Their salaried pay comes from different stand-in occupations ({ta} for {a.name}; {tb} for {b.name}), "
            "so the two figures do not show which role earns more.")


def view(a: Role, b: Role, data: Dataset, settings: dict[str, float] | None = None) -> dict:
    """Everything the view writes for the pair: title, note, column heads, rows (label → both roles' lines), the move.

    `settings` is the reader's {hours, weeks, fee} from the address (all three, as the page fills in
    the defaults for any missing); None is the page as first shown.
    """
    values = with_settings(data, settings)
    ca, cb = cells(a, data, values), cells(b, data, values)
    return {"title": f"{a.name} and {b.name}, side by side", "note": note(settings), "stand_in": stand_in(a, b, data),
            "heads": [a.name, b.name],
            "rows": [[label, ca[label], cb[label]] for label in ca], "move": move(a, b, data)}
