"""The quick facts that open a role page, as the Handbook's box does: typical pay (saying what it
measures, with the hours behind a freelance year), people employed, entry education, growth,
start-up cost, time to first income and work mode, each with its confidence and source.

Rendered as a summary list (`<dl class="cr-facts">`, GOV.UK style), styled in crossroads.css.
"""

from __future__ import annotations

from markupsafe import Markup

from crossroads import vocabulary
from crossroads.model.dataset import Dataset, Role
from crossroads.render import markdown as md
from crossroads.render.figures import annual_with_hours, published, rating, source_link, stale_mark
from crossroads.render.formats import money, number

# Helpers


def _row(label: str, value: Markup | str, where: Markup | str = "") -> Markup:
    """One fact: its label, its value, and where it comes from (confidence and source link)."""
    src = Markup(f' <span class="cr-facts__meta">{md.md_escape(where)}</span>') if where else Markup("")
    return Markup(f'<div class="cr-facts__row" markdown="1"><dt>{md.md_escape(label)}</dt>'
                  f'<dd markdown="span">{md.md_escape(value)}{src}</dd></div>')


def _from(confidence: str, sid: str, data: Dataset, here: str, match: str | None = None) -> Markup:
    """`(high confidence, BLS)` with the publisher linked; for a figure, its match to the role beside
    the confidence: `(high confidence; loose stand-in for this role, BLS)`."""
    said = rating(confidence, match) if match else f"{confidence} confidence"
    return Markup(f"({md.md_escape(said)}, {source_link(sid, data, here)})")


def _pay_rows(role: Role, data: Dataset, here: str) -> list[Markup]:
    """Employees' median wage and the freelance annual figure with its hours, as the headline rules pick them."""
    rows = []
    head = data.headlines[role.id]
    if (a := head.employees) is not None:
        occ = data.official(role)
        label = "Employees' median wage" if a.figure.median is not None else "Employees' wages"
        value = f"{money(round(a.mid), a.currency)} a year in {a.figure.region}, {a.figure.year}" + (
            f", for {occ.title.lower()}" if occ else "")
        rows.append(_row(label, value, _from(a.figure.confidence, a.figure.source, data, here, a.figure.match)))
    if (a := head.freelance) is not None:
        f = a.figure
        label = "Freelance, on the common scale" if f.population == "freelancers" else "Freelance and agency, on the common scale"
        detail = f"; {f.detail}" if f.detail else ""
        value = annual_with_hours(a) + md.md_escape(f", from {published(f)} per {f.unit} ({f.region}, {f.year or 'undated'}{detail})")
        rows.append(_row(label, value + stale_mark(f, data), _from(f.confidence, f.source, data, here, f.match)))
    if not rows:
        rows.append(_row("Typical pay", "No reliable figure yet: see the income section below"))
    rows.append(_newest_row(role, data, here))
    return rows


def _newest_row(role: Role, data: Dataset, here: str) -> Markup:
    """The newest freelance rate or client price with what it measures, or a plain word that none exists."""
    f = data.newest_freelance[role.id]
    label = "Newest freelance rate or client price"
    if f is None:
        return _row(label, "None published: no freelance rate or client price with a source was found for this role")
    head = data.headlines[role.id].freelance
    if head is not None and head.figure is f:
        return _row(label, "The freelance figure above is the newest")
    detail = f"; {f.detail}" if f.detail else ""
    value = md.md_escape(f"{published(f)} per {f.unit} ({f.region}, {f.year or 'undated'}): {f.measure}{detail}")
    return _row(label, value + stale_mark(f, data), _from(f.confidence, f.source, data, here, f.match))


# The card

def card(role: Role, data: Dataset, here: str) -> Markup:
    """The quick-facts summary list of a role page."""
    rows = _pay_rows(role, data, here)
    occ = data.official(role)
    if occ:
        self_emp = f", {occ.self_employed_percent:g}% of them self-employed" if occ.self_employed_percent is not None else ""
        where = _from(occ.confidence, occ.source, data, here, role.occupation.match)   # facts of a stand-in say so
        rows.append(_row("People employed", f"{occ.employment:,} in {occ.employment_year} ({occ.title.lower()}{self_emp})", where))
        rows.append(_row("Typical entry education", f"{occ.entry_education}; work experience: {occ.work_experience.lower()}", where))
    else:
        rows.append(_row("People employed", "Not counted: no official occupation fits this role"))
        rows.append(_row("Typical entry education", "No official figure: no official occupation fits this role"))
    if (o := data.growth[role.id]) is not None:
        rows.append(_row("Projected growth", f"{o.value_text} over {o.period} in {o.region}",
                         _from(o.confidence, o.source, data, here, role.outlook_match(o))))
    for label, est, unit in (("Start-up cost", role.startup_cost, None), ("Time to first income", role.time_to_first_income, "months")):
        value = (f"{money(est.low, 'USD')} – {money(est.high, 'USD')}" if unit is None
                 else f"{number(est.low)} – {number(est.high)} {unit}")
        rows.append(_row(label, f"{value}, an estimate", _from(est.confidence, est.source, data, here)))
    rows.append(_row("Barrier to entry", role.barrier.capitalize() + " (from the time to first income)"))
    rows.append(_row("Work mode", f"{vocabulary.WORK_MODE[role.work_mode]}; remote fit {vocabulary.REMOTE_FIT[role.remote_fit]}"))
    return Markup('<dl class="cr-facts" markdown="1">\n') + Markup("\n").join(rows) + Markup("\n</dl>")
