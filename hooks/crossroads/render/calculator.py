""""Your numbers": the data and markup the income calculator (docs/assets/calculator.js) needs.

income.py stays the reference: a figure is on the calculator only when `annualise()` gives it an
annual value, and the script re-applies the same formula per kind with the reader's hours, weeks
and fee allowance (tests/test_calculator_browser.py checks 200 random settings against Python).
"""

from __future__ import annotations

import json

from markupsafe import Markup, escape

from crossroads.model.income import Annualised, annualise, factor
from crossroads.render.markdown import md_escape
from crossroads.model.dataset import Dataset, Role

# Data

INPUTS = (  # (name in the URL, assumption id, label, min, max, step)
    ("hours", "billable_hours_per_week", "Billable hours a week", 1, 80, 1),
    ("weeks", "weeks_per_year", "Weeks worked a year", 1, 52, 1),
    ("fee", "platform_fee_percent", "Fee allowance (%)", 0, 60, 0.5),
)


# Helpers

def key(a: Annualised) -> str:
    """The figure's key on a page: role id and position in its income list."""
    return f"{a.role.id}.{a.index}"


def figure(a: Annualised, data: Dataset) -> dict:
    """What the script needs to re-annualise one figure: kind, published numbers, currency, conversion."""
    fig = a.figure
    rate = 1.0
    if a.currency != fig.currency:
        rate = next(r["usd_per_unit"] for r in data.exchange_rates if r["currency"] == fig.currency)
    words = factor(fig, data)[1]
    return {"kind": fig.kind, "low": fig.low, "median": fig.median, "high": fig.high, "currency": a.currency,
            "rate": rate, "rate_words": a.formula[len(words):], "open_low": bool(getattr(a, "open_low", False)), "open_high": bool(getattr(a, "open_high", False))}


def defaults(data: Dataset) -> dict:
    """The assumptions the site is built with, plus the ones the reader cannot change (days, clients, months)."""
    a = data.assumptions
    return {"hours": a["billable_hours_per_week"].value, "weeks": a["weeks_per_year"].value,
            "fee": a["platform_fee_percent"].value, "days": a["billable_days_per_week"].value,
            "clients": a["retainer_clients"].value, "months": a["months_per_year"].value}


def span(a: Annualised, text: str) -> Markup:
    """An annualised value the script keeps up to date (marked cr-derived, like every computed number)."""
    return Markup(f'<span class="cr-derived" data-cr-fig="{escape(key(a))}">{md_escape(text)}</span>')


def assumed(a: Annualised) -> Markup:
    """What the annual value assumes (hours, weeks, fees), which the script rewrites too ('' for salaries)."""
    return Markup(f'<span data-cr-assumed="{escape(key(a))}">{md_escape(a.assumed)}</span>') if a.assumed else Markup("")


def formula(a: Annualised) -> Markup:
    """The formula in words, which the script rewrites with the reader's numbers."""
    return Markup(f'<span data-cr-formula="{escape(key(a))}">{md_escape(a.formula)}</span>')


def role_figures(role: Role, data: Dataset) -> list[Annualised]:
    """The role's figures that have an annual value."""
    return [a for i in range(len(role.income)) if (a := annualise(role, i, data)) is not None]


# Markup

def panel(figures: list[Annualised], data: Dataset) -> Markup:
    """The "your numbers" form (hidden without JavaScript: assets/stable-layout.css) and the assumptions sentence (always shown)."""
    if not any(a.figure.kind in ("hourly", "daily", "monthly_retainer") for a in figures):
        return Markup("")
    d = defaults(data)
    payload = json.dumps({"defaults": d, "figures": {key(a): figure(a, data) for a in figures}}, sort_keys=True)
    fields = "".join(
        f'<label class="cr-calc__field"><span>{escape(label)}</span>'
        f'<input type="number" name="{name}" min="{lo}" max="{hi}" step="{step}" value="{d[name]:g}" inputmode="decimal"></label>'
        for name, _, label, lo, hi, step in INPUTS)
    return Markup(
        f'<form class="cr-calc" data-cr-calc="{escape(payload)}">'
        f'<fieldset><legend>Your numbers</legend><p class="cr-calc__hint">Every freelance figure on this page follows '
        f'these numbers; the address keeps them, so you can share the view.</p>'
        f'<div class="cr-calc__fields">{fields}<button type="reset" class="md-button">Reset</button></div>'
        f'<p class="cr-calc__status cr-sr-only" role="status" aria-live="polite"></p></fieldset></form>\n\n'
        f'<p class="cr-calc__assume">Freelance figures assume <strong><span data-cr-setting="hours">{d["hours"]:g}</span> '
        f'billable hours a week</strong>, <strong><span data-cr-setting="weeks">{d["weeks"]:g}</span> weeks a year</strong> '
        f'and a <strong><span data-cr-setting="fee">{d["fee"]:g}</span>% fee allowance</strong>; day rates '
        f'{d["days"]:g} day a week, retainers {d["clients"]:g} clients for {d["months"]:g} months. Salaries are as published.</p>')
