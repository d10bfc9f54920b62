"""Site-wide generated pages: all roles, income on one scale, skills (matrix, bridges,
transitions) and sources with the figures that cite them."""

from __future__ import annotations

from markupsafe import Markup

from . import md, tables
from .charts import RangeChart
from .income import all_annualised, headline
from .model import Dataset, Role
from .profiles import annual_text, bar, derived, published, source_link

# Helpers

CATEGORIES = ["creative", "strategic", "analytical", "technical", "interpersonal"]


def role_link(role: Role, here: str) -> Markup:
    return md.link(role.name, f"roles/{role.id}.md", here)


def paths_cell(role: Role, data: Dataset, here: str) -> Markup:
    return Markup(", ").join(md.link(data.paths[p].short_name, f"paths/{p}.md", here) for p in role.paths)


def headline_cell(role: Role, data: Dataset) -> Markup:
    picks = headline(role, data)
    return Markup("; ").join(derived(annual_text(a)) for a in picks) if picks else Markup("no reliable figure yet")


def sortable(table: Markup) -> Markup:
    """Wrap a Markdown table so the browser script can sort it by any column."""
    return Markup(f'<div class="cr-sortable" markdown="1">\n\n{table}\n\n</div>')


# Pages

def roles_table(data: Dataset, here: str) -> tables.Table:
    """Every role, by name: role, path, income on the common scale, start-up cost, time to first income, barrier."""
    roles = sorted(data.roles.values(), key=lambda r: r.name.lower())
    return tables.Table([
        tables.Column("Role", lambda r: role_link(r, here)),
        tables.Column("Path", lambda r: paths_cell(r, data, here)),
        tables.Column("Income on the common scale (USD a year)", lambda r: headline_cell(r, data)),
        tables.Column("Start-up cost (USD)", lambda r: f"{md.money(r.startup_cost.low, 'USD')} – {md.money(r.startup_cost.high, 'USD')}", "right"),
        tables.Column("Months to first income", lambda r: f"{md.number(r.time_to_first_income.low)} – {md.number(r.time_to_first_income.high)}", "right"),
        tables.Column("Barrier", lambda r: r.barrier),
    ], roles)


def income_page(data: Dataset, here: str) -> dict:
    """The income chart (headline figures of every role) and the table of every annualised figure."""
    everything = all_annualised(data)
    charts, currencies = [], sorted({a.currency for a in everything}, key=lambda c: c != "USD")
    for currency in currencies:
        rows = []
        for path in data.paths.values():
            for role in data.roles_by_path[path.id]:
                if path.id == role.paths[0]:
                    rows += [a for a in headline(role, data) if a.currency == currency]
        if currency != "USD":
            rows = [a for a in everything if a.currency == currency]
        if rows:
            desc = "; ".join(f"{a.role.name}: {annual_text(a)}" for a in rows)
            charts.append((currency, RangeChart(f"chart-income-{currency.lower()}",
                                                f"Income of every role on one annual scale ({currency})", desc, currency,
                                                [bar(a, data, with_role=True) for a in rows]).as_svg()))
    table = tables.Table([
        tables.Column("Role", lambda a: role_link(a.role, here)),
        tables.Column("Figure", lambda a: f"{md.words(a.figure.kind)}, {a.figure.population}, {a.figure.year or 'undated'}"),
        tables.Column("As published", lambda a: published(a.figure), "right"),
        tables.Column("On the annual scale", lambda a: derived(annual_text(a)), "right"),
        tables.Column("How", lambda a: a.formula),
        tables.Column("Confidence", lambda a: a.figure.confidence),
        tables.Column("Source", lambda a: source_link(a.figure.source, data, here)),
    ], everything).as_markdown()
    return dict(charts=charts, table=sortable(table), count=len(everything))


def skills_matrix(data: Dataset, here: str) -> Markup:
    """Skills as rows, roles as columns: ● core, ○ useful."""
    roles = sorted(data.roles.values(), key=lambda r: (data.paths[r.paths[0]].id, r.name))
    mark = {"core": '<span aria-hidden="true">●</span><span class="cr-sr-only">core</span>',
            "useful": '<span aria-hidden="true">○</span><span class="cr-sr-only">useful</span>'}

    def cell(role):
        def get(skill):
            need = next((n.level for n in role.skills if n.skill == skill.id), None)
            return Markup(mark[need]) if need else ""
        return get
    columns = [tables.Column("Skill", lambda s: md.link(s.name, f"skills/index.md#{s.id}", here))]
    columns += [tables.Column(r.name, cell(r), "center") for r in roles]
    skills = sorted(data.skills.values(), key=lambda s: (CATEGORIES.index(s.category), s.name))
    return tables.Table(columns, skills).as_markdown()


def bridge_table(data: Dataset, here: str) -> Markup:
    """Skills needed on two or more paths, with the paths and roles that need them."""
    def paths(s):
        ids = sorted({p for r, _ in data.skill_users[s.id] for p in r.paths}, key=list(data.paths).index)
        return ", ".join(data.paths[p].short_name for p in ids)
    return tables.Table([
        tables.Column("Skill", lambda s: md.link(s.name, f"skills/index.md#{s.id}", here)),
        tables.Column("Paths", paths),
        tables.Column("Roles", lambda s: len(data.skill_users[s.id]), "right"),
    ], data.bridge_skills).as_markdown()


def all_transitions(data: Dataset) -> list[tuple[Role, Role, list, list]]:
    """Every (from, to) pair of related roles with shared and missing skills."""
    out = []
    for a in sorted(data.roles.values(), key=lambda r: r.name):
        for b_id in a.related_roles:
            b = data.roles[b_id]
            out.append((a, b, *data.transition(a, b)))
    return out


def citations(data: Dataset) -> dict[str, list[tuple[Role, str]]]:
    """For each source, the (role, what) pairs that cite it."""
    out: dict[str, list[tuple[Role, str]]] = {s: [] for s in data.sources}
    for role in sorted(data.roles.values(), key=lambda r: r.name):
        for f in role.income:
            out[f.source].append((role, f"{md.words(f.kind)}: {published(f)} per {f.unit}, {f.year or 'undated'}"))
        for o in role.outlook:
            value = f"{md.number(o.value)}%" if o.unit == "percent" else f"{md.number(o.value)} people"
            out[o.source].append((role, f"{md.words(o.measure)}: {value}, {o.period}"))
        for key, est in (("start-up cost", role.startup_cost), ("time to first income", role.time_to_first_income)):
            unit = "USD" if key == "start-up cost" else "months"
            out[est.source].append((role, f"{key}: {md.number(est.low)} – {md.number(est.high)} {unit}"))
    return out
