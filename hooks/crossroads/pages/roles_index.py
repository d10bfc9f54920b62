"""All roles (`roles/index.md`): a sortable, filterable table of every role's pay, start-up cost and
time to first income; path pages show the same table filtered to their roles."""

from __future__ import annotations

from markupsafe import Markup, escape

from crossroads import routes, vocabulary
from crossroads.model.dataset import Dataset
from crossroads.render import tables
from crossroads.render.figures import published, stale_mark
from crossroads.render.formats import annual_money, money, number
from crossroads.render.jinja import render
from crossroads.render.links import paths_cell, role_link
from crossroads.render.markdown import md_escape
from crossroads.render.output import Page

# Data

URI = routes.PAGES["roles"]


# Pieces

def pay_cell(role, which: str, data: Dataset) -> Markup:
    """One headline figure (employees' wages or freelance income, model/income.headline's pick) without the words
    its column header already says; a freelance figure rounded to what its assumptions justify. Its sort key keeps
    currencies apart (crossroads.js sorts US dollars first, then each other currency on its own)."""
    head = data.headlines[role.id]
    a = head.employees if which == "employees" else head.freelance
    if a is None:
        return Markup("no reliable figure yet" if not head.order else "none published")
    f = a.figure
    where = ", ".join(str(x) for x in ("median" if f.median is not None else "", f.region, f.year or "undated") if x)
    if which == "employees":
        text = md_escape(f"{money(round(a.mid), a.currency)} a year ({where})")
    else:
        text = md_escape(f"{annual_money(a.mid, a.currency)} a year (from {published(f)} per {f.unit}, {where})")
    return Markup(f'<span data-cr-sort="{a.mid:g}" data-cr-sort-group="{escape(a.currency)}">{text}</span>'
                  f"{stale_mark(f, data)}")


def roles_table(data: Dataset, here: str) -> tables.Table:
    """Every role, by name: role, path, employees' pay and freelance income apart (each sorts on its own, the hours
    in the header), start-up cost, time to first income, barrier."""
    hours = data.assumptions["billable_hours_per_week"].value
    return tables.Table([
        tables.Column("Role", lambda r: role_link(r, here)),
        tables.Column("Path", lambda r: paths_cell(r, data, here)),
        tables.Column("Employees' pay (a year)", lambda r: pay_cell(r, "employees", data)),
        tables.Column(f"Freelance income (a year at {hours:g} billable hours a week)", lambda r: pay_cell(r, "freelance", data)),
        tables.Column("Start-up cost (USD)", lambda r: f"{money(r.startup_cost.low, 'USD')} – {money(r.startup_cost.high, 'USD')}", "right"),
        tables.Column("Months to first income", lambda r: f"{number(r.time_to_first_income.low)} – {number(r.time_to_first_income.high)}", "right"),
        tables.Column("Barrier", lambda r: r.barrier),
    ], data.role_order)


def sortable(table: Markup) -> Markup:
    """Wrap a Markdown table so the browser script can sort it by any column."""
    return Markup(f'<div class="cr-sortable" markdown="1">\n\n{table}\n\n</div>')


def filters(data: Dataset) -> Markup:
    """The table's filter and sort form (hidden until docs/assets/roles.js has the roles' data)."""
    paths = Markup("").join(Markup(f'<option value="{escape(p.id)}">{escape(p.short_name)}</option>') for p in data.paths.values())
    modes = Markup("").join(Markup(f'<option value="{escape(k)}">{escape(v)}</option>')
                            for k, v in vocabulary.WORK_MODE.items() if k != "both")
    return Markup(
        f'<form class="cr-filter" data-cr-filter="{escape(routes.API_ROOT)}" hidden>'
        f'<label class="cr-filter__field"><span>Path</span><select name="path"><option value="">All paths</option>{paths}</select></label>'
        f'<label class="cr-filter__field"><span>Work mode</span><select name="mode"><option value="">Any</option>'
        f'{modes}</select></label>'
        f'<label class="cr-filter__field"><span>Sort by</span><select name="sort"><option value="">As listed</option></select></label>'
        f'<p class="cr-filter__status" role="status" aria-live="polite"></p></form>')


# The page

def page(data: Dataset) -> Page:
    return Page(URI, render("roles-index.md.j2", URI, data=data, filters=filters(data),
                            table=sortable(roles_table(data, URI).as_markdown())), None, True)
