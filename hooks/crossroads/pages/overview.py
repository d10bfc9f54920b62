"""Site-wide generated pages: all roles, income on one scale, skills (matrix, bridges,
transitions) and sources with the figures that cite them."""

from __future__ import annotations

import re
from dataclasses import replace

from markupsafe import Markup

from crossroads.render import calculator
from crossroads.render import markdown as md
from crossroads.render import tables
from crossroads.render.charts import Bar, RangeChart
from crossroads.model.income import Annualised, all_annualised, headline, thin_evidence
from crossroads.model.dataset import Dataset, Role
from crossroads.render.figures import annual_text, published, source_link
from crossroads.pages.role import bar, headline_text, what_it_measures, year_cell

# Helpers

CATEGORIES = ["creative", "strategic", "analytical", "technical", "interpersonal"]


def role_link(role: Role, here: str) -> Markup:
    return md.link(role.name, f"roles/{role.id}.md", here)


def paths_cell(role: Role, data: Dataset, here: str) -> Markup:
    return Markup(", ").join(md.link(data.paths[p].short_name, f"paths/{p}.md", here) for p in role.paths)


def headline_cell(role: Role, data: Dataset) -> Markup:
    """The role's headline figures (income.headline's written rules), each saying what it measures."""
    return headline_text(role, data) if headline(role, data) else Markup("no reliable figure yet")


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
        tables.Column("Typical pay (what it measures)", lambda r: headline_cell(r, data)),
        tables.Column("Start-up cost (USD)", lambda r: f"{md.money(r.startup_cost.low, 'USD')} – {md.money(r.startup_cost.high, 'USD')}", "right"),
        tables.Column("Months to first income", lambda r: f"{md.number(r.time_to_first_income.low)} – {md.number(r.time_to_first_income.high)}", "right"),
        tables.Column("Barrier", lambda r: r.barrier),
    ], roles)


def income_page(data: Dataset, here: str) -> dict:
    """The income chart (headline figures of every role), the calculator and every figure grouped by role."""
    everything = all_annualised(data)
    charts, currencies = [], sorted({a.currency for a in everything}, key=lambda c: c != "USD")
    for currency in currencies:
        rows = []
        for path in data.paths.values():
            for role in data.roles_by_path[path.id]:
                if path.id == role.paths[0]:
                    picks = headline(role, data) or [a for a in [thin_evidence(role, data)] if a]
                    rows += [a for a in picks if a.currency == currency]
        if currency != "USD":
            rows = [a for a in everything if a.currency == currency]
        if rows:
            desc = "; ".join(f"{a.role.name}: {annual_text(a)}" for a in rows)
            charts.append((currency, RangeChart(f"chart-income-{currency.lower()}",
                                                f"Income of every role on one annual scale ({currency})", desc, currency,
                                                [chart_bar(a, data, with_role=True) for a in rows]).as_svg()))
    groups = []
    for role in sorted(data.roles.values(), key=lambda r: r.name.lower()):
        figs = [a for a in everything if a.role.id == role.id]
        if figs:
            groups.append((role, figure_table(figs, data, here), len(figs)))
    return dict(charts=charts, groups=groups, count=len(everything), calculator=calculator.panel(everything, data))


def chart_bar(a: Annualised, data: Dataset, with_role: bool = False) -> Bar:
    """A chart bar the calculator can move (data-cr-fig), told apart by its publisher when labels repeat."""
    return replace(bar(a, data, with_role), fig=calculator.key(a), detail=data.sources[a.figure.source].publisher)


def figure_table(figs: list[Annualised], data: Dataset, here: str) -> Markup:
    """One role's annualised figures: what, as published, on the annual scale (with how), confidence, source."""
    def annual(a):
        return Markup(f'{calculator.span(a, annual_text(a))}<br><small>{calculator.formula(a)}</small>')
    return tables.Table([
        tables.Column("Figure", lambda a: what_it_measures(a.figure, data)),
        tables.Column("Year", lambda a: year_cell(a.figure, data)),
        tables.Column("As published", lambda a: f"{published(a.figure)} per {a.figure.unit}"),
        tables.Column("On the annual scale", annual),
        tables.Column("Confidence", lambda a: a.figure.confidence),
        tables.Column("Source", lambda a: source_link(a.figure.source, data, here)),
    ], figs).as_html()


def skills_matrix(data: Dataset, here: str) -> Markup:
    """Skills as rows, roles as columns (● core, ○ useful), in a scroll box whose first column stays put."""
    roles = sorted(data.roles.values(), key=lambda r: (list(data.paths).index(r.paths[0]), r.name))
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
    return Markup(f'<div class="cr-matrix" markdown="1">\n\n{tables.Table(columns, skills).as_markdown()}\n\n</div>')


def skills_by_role(data: Dataset, here: str) -> Markup:
    """Each role with its core and useful skills, by name."""
    def names(level):
        def get(role):
            return Markup(", ").join(md.link(data.skills[s].name, f"skills/index.md#{s}", here) for s in role.skill_ids(level))
        return get
    roles = sorted(data.roles.values(), key=lambda r: (list(data.paths).index(r.paths[0]), r.name))
    return tables.Table([
        tables.Column("Role", lambda r: role_link(r, here)),
        tables.Column("Core skills", names("core")),
        tables.Column("Useful skills", names("useful")),
    ], roles).as_html()


def transitions_table(data: Dataset, here: str) -> list[tuple[Role, Markup, int]]:
    """Per role with related roles: (role, table of its moves: to, skills shared, skills to learn, first experiment, count)."""
    def skills(items, none):
        return Markup(", ").join(md.link(s.name, f"skills/index.md#{s.id}", here) for s in items) if items else none
    groups: dict[str, list] = {}
    for t in all_transitions(data):
        groups.setdefault(t[0].id, []).append(t)
    return [(moves[0][0], tables.Table([
        tables.Column("To", lambda t: role_link(t[1], here)),
        tables.Column("You bring", lambda t: skills(t[2], "none of its skills yet")),
        tables.Column("To learn", lambda t: skills(t[3], "nothing new")),
        tables.Column("First experiment", lambda t: t[1].first_experiment),
    ], moves).as_html(), len(moves)) for moves in sorted(groups.values(), key=lambda m: m[0][0].name.lower())]


def bridge_table(data: Dataset, here: str) -> Markup:
    """Skills needed on two or more paths, with the paths and roles that need them."""
    def paths(s):
        ids = sorted({p for r, _ in data.skill_users[s.id] for p in r.paths}, key=list(data.paths).index)
        return f"all {len(ids)}" if len(ids) == len(data.paths) else ", ".join(data.paths[p].short_name for p in ids)
    return tables.Table([
        tables.Column("Skill", lambda s: md.link(s.name, f"skills/index.md#{s.id}", here)),
        tables.Column("Paths", paths),
        tables.Column("Roles", lambda s: len(data.skill_users[s.id]), "right"),
    ], data.bridge_skills).as_html()


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
            out[f.source].append((role, f"{f.measure}: {published(f)} per {f.unit}, {f.region}, {f.year or 'undated'}"))
        for o in role.outlook:
            out[o.source].append((role, f"{o.measure_words.lower()}: {o.value_text}, {o.region}, {o.period}"))
        for key, est in (("start-up cost", role.startup_cost), ("time to first income", role.time_to_first_income)):
            unit = "USD" if key == "start-up cost" else "months"
            out[est.source].append((role, f"{key}: {md.number(est.low)} – {md.number(est.high)} {unit}"))
    return out


def path_cards(data: Dataset) -> list[dict]:
    """Per path: its first summary sentence, its roles' salaried median range and time to first income."""
    out = []
    for p in data.paths.values():
        roles = data.roles_by_path[p.id]
        mids = [a.mid for r in roles for a in headline(r, data) if a.figure.population == "employees" and a.currency == "USD"]
        months = [m for r in roles for m in (r.time_to_first_income.low, r.time_to_first_income.high)]
        first = re.split(r"[.:] ", p.summary, maxsplit=1)[0].rstrip(".") + "."
        pay = (f"{md.money(min(mids), 'USD')} – {md.money(max(mids), 'USD')} a year" if len(set(mids)) > 1
               else f"{md.money(mids[0], 'USD')} a year" if mids else "")
        out.append(dict(path=p, line=first, roles=len(roles), pay=pay, salaried=len(mids),
                        months=f"{md.number(min(months))} – {md.number(max(months))} months" if months else ""))
    return out
