"""The answer first: the compact card that opens a role page (and, shorter, each role on its path's
roles index). Typical pay with what it measures, time to first income, start-up cost,
the entry path, and who the role suits ("good if" / "hard if", model/fit.py), all short enough to
fit the first screen of a 390 px phone (tests/test_reader_browser.py). The full quick facts, with
every source, follow further down the page (render/facts.py).
"""

from __future__ import annotations

from markupsafe import Markup

from crossroads import vocabulary
from crossroads.model.dataset import Dataset
from crossroads.model.entities import Role
from crossroads.render import markdown as md
from crossroads.render.figures import annual_with_hours, published, stale_mark
from crossroads.render.formats import money, number

# Data

WAIT = "you need income within {months} months"          # the hard-if drawn from the time to first income


# Pieces

def _fact(label: str, value, meta="", wide: bool = False) -> Markup:
    """One fact of the card: its label, its value and, under it, what the value is."""
    note = Markup(f'<span class="cr-answer__meta">{md.md_escape(meta)}</span>') if meta else Markup("")
    cls = "cr-answer__fact cr-answer__fact--wide" if wide else "cr-answer__fact"
    return Markup(f'<div class="{cls}" markdown="1"><dt>{md.md_escape(label)}</dt>'
                  f'<dd markdown="span">{md.md_escape(value)}{note}</dd></div>')


def pay(role: Role, data: Dataset) -> tuple[Markup, Markup]:
    """The lead figure as the headline rules pick it (value, what it measures); or why there is none."""
    head = data.headlines[role.id]
    if head.order:
        a = head.order[0]
        f = a.figure
        where = ", ".join(str(x) for x in (f.region, f.year or "undated"))
        if f.population == "employees":
            occ = data.official(role)
            what = f"{'median ' if f.median is not None else ''}{f.measure}, {where}" + (
                f", {occ.title.lower()}" if occ else "") + (" (a loose match)" if role.occupation.match == "loose" else "")
            return md.md_escape(f"{money(round(a.mid), a.currency)} a year"), md.md_escape(what) + stale_mark(f, data)
        what = md.md_escape(f"{f.measure} ({published(f)} per {f.unit}, {where})")
        return annual_with_hours(a), what + stale_mark(f, data)
    if (a := head.thin) is not None:
        f = a.figure
        return (md.md_escape("No reliable figure yet"),
                md.md_escape(f"the best there is: {f.measure}, {published(f)} per {f.unit} ({f.year or 'undated'})"))
    return md.md_escape("No reliable figure yet"), md.md_escape("see Income below")


def entry(role: Role, data: Dataset) -> tuple[str, str]:
    """How people get in: work mode and barrier (value), the barrier step's meaning (what it is)."""
    scale = next((d.scale for d in data.dimensions if d.derive == "barrier"), ())
    meaning = next((s.meaning for s in scale if s.value == role.barrier), "")
    return f"{vocabulary.WORK_MODE[role.work_mode]}; {role.barrier} barrier", meaning


def fit_lines(role: Role, data: Dataset) -> tuple[list[str], list[str]]:
    """The good-if and hard-if phrases (model/fit.py), the wait worded when it stands in."""
    fit = data.fit[role.id]
    hard = list(fit.hard) or ([WAIT.format(months=number(fit.wait_months))] if fit.wait_months is not None else [])
    return list(fit.good), hard


def _fit(role: Role, data: Dataset) -> Markup:
    """The good-if and hard-if lists, side by side where there is room."""
    good, hard = fit_lines(role, data)
    parts = []
    for label, items in (("Good if", good), ("Hard if", hard)):
        if items:
            lis = Markup("\n").join(Markup("- ") + md.md_escape(t) for t in items)
            parts.append(Markup(f'<div class="cr-answer__fit" markdown="1">\n\n**{label}**\n\n{lis}\n\n</div>'))
    return Markup("\n").join(parts)


# The card

def card(role: Role, data: Dataset, here: str, actions: Markup | None = None) -> Markup:
    """The answer card at the top of a role page; `actions` (links) close it."""
    value, what = pay(role, data)
    path, meaning = entry(role, data)
    est = role.startup_cost, role.time_to_first_income
    facts = [
        _fact("Typical pay", value, what, wide=True),
        _fact("First income", f"{number(est[1].low)} – {number(est[1].high)} months", "editors' estimate"),
        _fact("Start-up cost", f"{money(est[0].low, 'USD')} – {money(est[0].high, 'USD')}", "editors' estimate"),
        _fact("Entry path", path, meaning, wide=True),
    ]
    body = Markup('<dl class="cr-answer__facts" markdown="1">\n') + Markup("\n").join(facts) + Markup("\n</dl>")
    fit = _fit(role, data)
    fits = Markup(f'\n<div class="cr-answer__fits" markdown="1">\n{fit}\n</div>') if fit else Markup("")
    tail = Markup(f'\n<p class="cr-answer__actions" markdown="span">{actions}</p>') if actions else Markup("")
    return Markup(f'<section class="cr-answer" aria-label="At a glance" markdown="1">\n{body}{fits}{tail}\n</section>')


def short(role: Role, data: Dataset) -> Markup:
    """The card's facts, compact (a path's roles index): pay with what it measures, first income, start-up cost."""
    value, what = pay(role, data)
    tti, cost = role.time_to_first_income, role.startup_cost
    rows = [("Typical pay", value + Markup(f' <span class="cr-answer__meta">{what}</span>')),
            ("First income", md.md_escape(f"{number(tti.low)} – {number(tti.high)} months")),
            ("Start-up cost", md.md_escape(f"{money(cost.low, 'USD')} – {money(cost.high, 'USD')}"))]
    return Markup('<dl class="cr-facts cr-facts--compact" markdown="1">\n') + Markup("\n").join(
        Markup(f'<div class="cr-facts__row" markdown="1"><dt>{label}</dt><dd markdown="span">{value}</dd></div>')
        for label, value in rows) + Markup("\n</dl>")


