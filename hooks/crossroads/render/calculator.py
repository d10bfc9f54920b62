""""Your numbers": the form, its first results and the data docs/assets/calculator.js needs.

One reusable partial, `panel(data, role=None)`: on a role page it sets the reader's goal against
that role's published rates and client prices; without a role (the income page, a business page)
against each role's headline freelance rate. Numbers come from model/earnings.py and model/income.py,
sentences from render/earnings.py; the script repeats both (tests/test_calculator_browser.py). The
address keeps every setting (`?goal=&hours=&weeks=&fee=&days=&clients=&projects=&per=&rate=&cur=`,
listed in DEVELOPERS.md), so a view can be shared. An invalid value stays in its field with the
allowed range in words beside it; the results say they are not updated until it is fixed.
"""

from __future__ import annotations

import json

from markupsafe import Markup, escape

from crossroads import routes, vocabulary
from crossroads.model import earnings as model
from crossroads.model.dataset import Dataset
from crossroads.model.entities import Role
from crossroads.model.income import Annualised, Basis
from crossroads.render.business import anchor, value_text
from crossroads.render.earnings import PER_LABEL, PER_WORDS, UNIT_HEADING, figure_words, ramp_text, results
from crossroads.render.figures import basis_text, key, published, rate_text
from crossroads.render.formats import number
from crossroads.render.markdown import link, md_escape

# Data

FIELDS = (  # (URL name, label, what the error message asks for)
    ("goal", "Monthly goal, after fees", "an amount from {lo} to {hi}, or leave it empty"),
    ("hours", "Billable hours a week", "hours a week from {lo} to {hi}"),
    ("weeks", "Weeks worked a year", "weeks a year from {lo} to {hi}"),
    ("fee", "Fee allowance (%)", "a fee allowance from {lo} to {hi} percent"),
    ("days", "Billable days a week", "days a week from {lo} to {hi}"),
    ("clients", "Retainer clients", "retainer clients from {lo} to {hi}"),
    ("projects", "Projects a month", "projects a month from {lo} to {hi}"),
    ("rate", "Your rate (optional)", "a rate from {lo} to {hi}, or leave it empty"),
)


# Helpers

def figure(a: Annualised) -> dict:
    """What the script needs to re-annualise one figure: kind, published numbers, currency, conversion."""
    fig = a.figure
    return {"kind": fig.kind, "low": fig.low, "median": fig.median, "high": fig.high, "currency": a.currency,
            "rate": a.basis.rate, "rate_words": rate_text(a), "open_low": a.open_low, "open_high": a.open_high}


def defaults(data: Dataset) -> dict:
    """The settings the site is built with (content/assumptions.yml), as the script reads them."""
    s = model.Settings.defaults(data.assumptions)
    return {"hours": s.hours, "weeks": s.weeks, "fee": s.fee, "days": s.days, "clients": s.clients,
            "months": s.months, "projects": s.projects, "per": s.per, "goal": None, "rate": None, "cur": s.currency}


def messages() -> dict[str, str]:
    """The allowed range of every field, in words (shown beside a bad value and announced)."""
    return {name: f"Enter {ask.format(lo=number(model.LIMITS[name][1]), hi=number(model.LIMITS[name][2]))}."
            for name, _, ask in FIELDS}


def role_figures(role, data: Dataset) -> list[Annualised]:
    """The role's figures that have an annual value."""
    return [a for a in data.annual[role.id] if a is not None]


def compared(data: Dataset, role: Role | None) -> list[dict]:
    """The published figures the goal is set against: the role's rates and client prices (every currency), or
    each role's headline freelance rate; with the words the build writes for them."""
    if role is not None:
        pairs = [(role, i) for c in {f.currency for f in role.income} for i in model.comparable(role, c)]
        pairs.sort(key=lambda p: p[1])
    else:
        pairs = [(r, h.index) for r in data.role_order if (h := data.headlines[r.id].freelance) is not None
                 and h.index in model.comparable(r, h.figure.currency)]
    out = []
    for r, i in pairs:
        f = r.income[i]
        out.append({"role": "" if role is not None else r.name, "unit": model.UNIT_OF_KIND[f.kind], "low": f.low,
                    "median": f.median, "high": f.high, "open_high": f.open_high, "currency": f.currency,
                    "published": published(f), "words": figure_words(f, data)})
    return out


def payload(data: Dataset, role: Role | None, figures: list[Annualised]) -> dict:
    """Everything the script reads from the form's data-cr-calc attribute."""
    a = data.assumptions
    return {"defaults": defaults(data), "limits": {k: [v[1], v[2]] for k, v in model.LIMITS.items()},
            "messages": messages(), "full_time": {"hours": a["full_time_hours_per_week"].value, "days": a["full_time_days_per_week"].value},
            "figures": {key(x): figure(x) for x in figures}, "compare": compared(data, role),
            "where": "this role" if role is not None else "the roles' headline freelance rates",
            "ramp": ramp_text(role) if role is not None else "", "per_words": PER_WORDS, "unit_heading": UNIT_HEADING,
            "currency_names": vocabulary.CURRENCY_NAME}


# Markup

def field(name: str, label: str, value, extra: str = "") -> str:
    """One labelled number field with its (empty) error line, described by it."""
    shown = "" if value is None else f"{value:g}"
    return (f'<div class="cr-calc__field"><label for="cr-calc-{name}">{escape(label)}</label>'
            f'<input id="cr-calc-{name}" name="{name}" type="number" step="any" inputmode="decimal" value="{shown}" '
            f'aria-describedby="cr-calc-{name}-error"{extra}>'
            f'<p class="cr-calc__error" id="cr-calc-{name}-error" hidden></p></div>')


def select(name: str, label: str, options: list[tuple[str, str]], chosen: str) -> str:
    opts = "".join(f'<option value="{escape(v)}"{" selected" if v == chosen else ""}>{escape(t)}</option>' for v, t in options)
    return (f'<div class="cr-calc__field"><label for="cr-calc-{name}">{escape(label)}</label>'
            f'<select id="cr-calc-{name}" name="{name}">{opts}</select></div>')


def results_block(data: Dataset, role: Role | None) -> str:
    """The results as the build's defaults give them (the script rewrites each marked part)."""
    r = results(model.Settings.defaults(data.assumptions), data, role)
    def out(name, text, tag="p"):
        return f'<{tag} data-cr-out="{name}"{" hidden" if not text else ""}>{escape(text)}</{tag}>'
    return (f'<div class="cr-calc__results">'
            f'<p class="cr-calc__stale" data-cr-stale hidden><strong>Not updated.</strong> Fix the value marked above: '
            f'until then the results and the figures on this page are for your last valid numbers.</p>'
            f'<p class="cr-calc__head">The rate your goal needs</p>{out("need", r["need"])}{out("summary", r["summary"])}'
            f'<div class="cr-calc__groups" data-cr-out="lines" hidden></div>{out("ramp", r["ramp"])}'
            f'<p class="cr-calc__head">Your rate on a month and a year</p>{out("own", r["own"])}'
            f'<table class="cr-calc__table" data-cr-out="rows" hidden><thead><tr><th scope="col">Your rate</th>'
            f'<th scope="col">A month</th><th scope="col">A year</th></tr></thead><tbody></tbody></table></div>')


TAX = "taxes-and-registering"         # the business topic whose facts the tax note quotes (content/business/)


def fact(data: Dataset, fid: str, here: str) -> Markup:
    """A business fact's value, linked to its entry on its topic's page."""
    f = data.facts[f"{TAX}/{fid}"]
    return link(value_text(f), routes.business(TAX) + "#" + anchor(f, TAX), here)


def tax_note(data: Dataset, here: str, currencies: list[str]) -> Markup:
    """`Before tax: … US self-employment tax is 15.3% of profit …` from the business facts (none without them):
    the US line always, the UK line where a figure or the goal can be in pounds."""
    lines = []
    if all(f"{TAX}/{k}" in data.facts for k in ("us-se-tax-rate", "us-se-threshold")):
        rate = data.facts[f"{TAX}/us-se-tax-rate"]
        lines.append(Markup(f"In the US, self-employment tax is {fact(data, 'us-se-tax-rate', here)} of self-employment profit "
                            f"once net earnings reach {fact(data, 'us-se-threshold', here)} a year ({md_escape(rate.year)}; "
                            f"{link(data.sources[rate.source].publisher, routes.source(rate.source, data.sources[rate.source].kind), here)}), on top of income tax."))
    keys = ("ni-2024-main-rate", "ni-2024-lower-limit", "ni-2024-upper-limit")
    if "GBP" in currencies and all(f"{TAX}/{k}" in data.facts for k in keys):
        main = data.facts[f"{TAX}/{keys[0]}"]
        lines.append(Markup(f"In the UK, Class 4 National Insurance is {fact(data, keys[0], here)} of profits between "
                            f"{fact(data, keys[1], here)} and {fact(data, keys[2], here)} ({md_escape(main.year)}; "
                            f"{link(data.sources[main.source].publisher, routes.source(main.source, data.sources[main.source].kind), here)})."))
    if not lines:
        return Markup("")
    more = link("Taxes and registering", routes.business(TAX), here)
    return Markup(f'<p class="cr-calc__tax" markdown="1">**Before tax.** Every amount here is before tax. '
                  f'{Markup(" ").join(lines)} {more} says what to set aside and when.</p>')


def panel(data: Dataset, role: Role | None = None, figures: list[Annualised] | None = None, here: str = "") -> Markup:
    """The "your numbers" form (hidden without JavaScript: assets/stable-layout.css), its results, and the
    assumptions sentence and tax note (always shown). `figures`: the annualised figures on the page the script
    keeps current; `here`: the page's URI (for the tax note's links)."""
    figures = figures if figures is not None else []
    d = defaults(data)
    info = payload(data, role, figures)
    currencies = sorted({c["currency"] for c in info["compare"]} | {"USD"}, key=lambda c: (c != "USD", c))
    per = select("per", "I charge", [(p, PER_LABEL[p]) for p in model.PER], d["per"])
    note = tax_note(data, here, currencies + [a.currency for a in figures])
    cur = select("cur", "Currency", [(c, vocabulary.CURRENCY_NAME.get(c, c)) for c in currencies], "USD") if len(currencies) > 1 else ""
    fields = "".join(field(n, label, d[n]) for n, label, _ in FIELDS if n != "rate")
    return Markup(
        f'<form class="cr-calc" data-cr-calc="{escape(json.dumps(info, sort_keys=True))}" novalidate>'
        f'<fieldset><legend>Your numbers</legend><p class="cr-calc__hint">Put in a monthly goal and the hours you have, '
        f'or your own rate. Every freelance figure on this page follows these numbers; the address keeps them, so '
        f'you can share the view.</p>'
        f'<div class="cr-calc__fields">{fields}{cur}{per}{field("rate", "Your rate (optional)", None)}'
        f'<div class="cr-calc__field cr-calc__actions"><button type="reset" class="md-button">Reset</button></div></div>'
        f'</fieldset>{results_block(data, role)}'
        f'<p class="cr-calc__status cr-sr-only" role="status" aria-live="polite"></p></form>\n\n'
        f'{assume_sentence(data)}' + (f'\n\n{note}' if note else ''))


def assume_sentence(data: Dataset) -> str:
    """`Freelance figures on this page: hourly rates at 10 billable hours a week, …; salaries as published.` (always shown)."""
    v = {k: a.value for k, a in data.assumptions.items()}
    fee, weeks = v["platform_fee_percent"], v["weeks_per_year"]
    kinds = (("hourly rates", Basis("hourly", v["billable_hours_per_week"], weeks, fee=fee)),
             ("day rates", Basis("daily", v["billable_days_per_week"], weeks, fee=fee)),
             ("retainers", Basis("monthly_retainer", clients=v["retainer_clients"], months=v["months_per_year"], fee=fee)))
    parts = "; ".join(f'{words} <span data-cr-assumed-kind="{b.kind}">{escape(basis_text(b))}</span>' for words, b in kinds)
    return f'<p class="cr-calc__assume">Freelance figures on this page: {parts}. Salaries are as published.</p>'
