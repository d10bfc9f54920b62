""""Your numbers": the data and markup the income calculator (docs/assets/calculator.js) needs.

model/income.py stays the reference: a figure is on the calculator only when `annualise()` gives it an
annual value, and the script re-applies the same formula per kind with the reader's hours, weeks
and fee allowance (tests/test_calculator_browser.py checks 200 random settings against Python).
"""

from __future__ import annotations

import json

from markupsafe import Markup, escape

from crossroads.model.dataset import Dataset
from crossroads.model.income import Annualised
from crossroads.render.figures import key, rate_text

# Data

INPUTS = (  # (name in the URL, assumption id, label, min, max, step)
    ("hours", "billable_hours_per_week", "Billable hours a week", 1, 80, 1),
    ("weeks", "weeks_per_year", "Weeks worked a year", 1, 52, 1),
    ("fee", "platform_fee_percent", "Fee allowance (%)", 0, 60, 0.5),
)


# Helpers

def figure(a: Annualised) -> dict:
    """What the script needs to re-annualise one figure: kind, published numbers, currency, conversion."""
    fig = a.figure
    return {"kind": fig.kind, "low": fig.low, "median": fig.median, "high": fig.high, "currency": a.currency,
            "rate": a.basis.rate, "rate_words": rate_text(a), "open_low": a.open_low, "open_high": a.open_high}


def defaults(data: Dataset) -> dict:
    """The assumptions the site is built with, plus the ones the reader cannot change (days, clients, months)."""
    a = data.assumptions
    return {"hours": a["billable_hours_per_week"].value, "weeks": a["weeks_per_year"].value,
            "fee": a["platform_fee_percent"].value, "days": a["billable_days_per_week"].value,
            "clients": a["retainer_clients"].value, "months": a["months_per_year"].value}


def role_figures(role, data: Dataset) -> list[Annualised]:
    """The role's figures that have an annual value."""
    return [a for a in data.annual[role.id] if a is not None]


# Markup

def panel(figures: list[Annualised], data: Dataset) -> Markup:
    """The "your numbers" form (hidden without JavaScript: assets/stable-layout.css) and the assumptions sentence (always shown)."""
    if not any(a.figure.kind in ("hourly", "daily", "monthly_retainer") for a in figures):
        return Markup("")
    d = defaults(data)
    payload = json.dumps({"defaults": d, "figures": {key(a): figure(a) for a in figures}}, sort_keys=True)
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
