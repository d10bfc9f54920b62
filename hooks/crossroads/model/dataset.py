"""The typed model: dataclasses built once from validated content, then enriched.

Raw fields keep their YAML names. `enrich` computes every derived value once, before any page
is made (as endoflife.date's enricher does): the role order, each figure on the annual scale, the
headline figures, each role's own occupation growth, the path summaries and each role's good-if /
hard-if lines, as numbers and picks.
Renderers and exports only word or project them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from crossroads.content import scales
from crossroads.content.documents import Content
from crossroads.model import business, fit, income, plans, summaries
from crossroads.model.backgrounds import Background, BackgroundRole
from crossroads.model.entities import (
    Assumption,
    Dimension,
    DimensionValue,
    Estimate,
    Figure,
    Occupation,
    OfficialOccupation,
    Outlook,
    Path,
    Role,
    ScaleStep,
    Skill,
    SkillNeed,
    Source,
)


@dataclass
class Dataset:
    """Everything the renderers need, with lookups and derived values."""

    paths: dict[str, Path]
    roles: dict[str, Role]
    skills: dict[str, Skill]
    sources: dict[str, Source]
    dimensions: tuple[Dimension, ...]
    assumptions: dict[str, Assumption]
    stale_after_years: int
    exchange_rates: tuple[dict, ...]
    quiz: dict[str, Any]
    occupations: dict[str, OfficialOccupation] = field(default_factory=dict)
    backgrounds: dict[str, Background] = field(default_factory=dict)
    topics: dict[str, business.Topic] = field(default_factory=dict)        # Run it as a business, in page order
    plan_spec: plans.PlanSpec | None = None
    today: dt.date = field(default_factory=dt.date.today)
    # Derived by enrich(), never typed:
    role_order: tuple[Role, ...] = ()                                   # by name (case-insensitive), then id
    annual: dict[str, tuple[income.Annualised | None, ...]] = field(default_factory=dict)   # per role, per figure
    headlines: dict[str, income.Headline] = field(default_factory=dict)
    growth: dict[str, Outlook | None] = field(default_factory=dict)    # the role's own occupation's projection
    path_summaries: dict[str, summaries.PathSummary] = field(default_factory=dict)
    newest_freelance: dict[str, Figure | None] = field(default_factory=dict)   # newest freelance rate or client price
    facts: dict[str, business.Fact] = field(default_factory=dict)      # every business fact by topic-id/fact-id
    plans: dict[str, plans.Plan] = field(default_factory=dict)         # each role's first-month plan
    fit: dict[str, fit.Fit] = field(default_factory=dict)             # per role: its card's good-if / hard-if lines

    @cached_property
    def roles_by_path(self) -> dict[str, list[Role]]:
        """Roles of each path, in role order."""
        out: dict[str, list[Role]] = {p: [] for p in self.paths}
        for role in self.role_order:
            for p in role.paths:
                out[p].append(role)
        return out

    @cached_property
    def roles_grouped(self) -> list[Role]:
        """Roles grouped by their first path (in path order), in role order within a path."""
        order = list(self.paths)
        return sorted(self.role_order, key=lambda r: order.index(r.paths[0]))

    def reviewed(self, items=None) -> tuple[str, str]:
        """The oldest and newest review date (ISO) of `items` (roles or paths; default every role and path)."""
        found = sorted(x.last_reviewed for x in (items if items is not None else [*self.roles.values(), *self.paths.values()]))
        return (found[0], found[-1]) if found else ("", "")

    def is_stale(self, item) -> bool:
        """True when a figure's (or outlook number's) data year is older than stale_after_years."""
        return item.year is not None and self.today.year - item.year > self.stale_after_years

    def stale_figures(self, role: Role) -> list[Figure]:
        """The role's income figures older than the stale limit, each flagged where it is shown."""
        return [f for f in role.income if self.is_stale(f)]

    def official(self, role: Role) -> OfficialOccupation | None:
        """The role's nearest official occupation with its quick facts (None when it has none)."""
        return self.occupations.get(role.soc) if role.soc else None

    def role_sources(self, role: Role) -> list[str]:
        """Every source a role's page cites, in first-use order: its figures' and estimates', then its official
        occupation's (people employed, entry education)."""
        occ = self.official(role)
        return list(dict.fromkeys(role.source_ids() + ([occ.source] if occ else [])))

    @cached_property
    def bridge_skills(self) -> list[Skill]:
        """Skills needed by roles on two or more paths, most shared first."""
        def paths_of(sid):
            return {p for role, _ in self.skill_users[sid] for p in role.paths}
        shared = [s for s in self.skills.values() if len(paths_of(s.id)) >= 2]
        return sorted(shared, key=lambda s: (-len(paths_of(s.id)), -len(self.skill_users[s.id]), s.name))

    def from_background(self, bg: Background, role: Role) -> tuple[list[Skill], list[Skill]]:
        """Starting from a background: the role's skills it usually brings, and those still to learn."""
        have = set(bg.skills_you_have)
        need = role.skill_ids()
        return ([self.skills[s] for s in need if s in have], [self.skills[s] for s in need if s not in have])

    def coming_from(self, role: Role) -> list[tuple[Background, str]]:
        """The backgrounds that name this role among their nearest, with why, in background order."""
        return [(bg, br.why) for bg in self.backgrounds.values() for br in bg.roles if br.role == role.id]

    def transition(self, a: Role, b: Role) -> tuple[list[Skill], list[Skill]]:
        """Moving from role a to role b: the skills a already has that b needs, and those still missing."""
        have = set(a.skill_ids())
        need = b.skill_ids()
        return ([self.skills[s] for s in need if s in have], [self.skills[s] for s in need if s not in have])

    @cached_property
    def skill_users(self) -> dict[str, list[tuple[Role, str]]]:
        """For each skill, the roles that need it and at what level."""
        out: dict[str, list[tuple[Role, str]]] = {s: [] for s in self.skills}
        for role in self.role_order:
            for need in role.skills:
                out[need.skill].append((role, need.level))
        return out


# Building

def _t(items) -> tuple:
    return tuple(items or ())


def _role(d: dict, file: str, barrier_scale: list[dict]) -> Role:
    start = d["how_to_start"]
    return Role(
        id=d["id"], name=d["name"], paths=_t(d["paths"]), summary=d["summary"], tasks=_t(d["tasks"]),
        skills=tuple(SkillNeed(**s) for s in d["skills"]), steps=_t(start["steps"]),
        first_experiment=start["first_experiment"], portfolio_ideas=_t(start["portfolio_ideas"]),
        startup_cost=Estimate(**d["startup_cost"]), time_to_first_income=Estimate(**d["time_to_first_income"]),
        work_mode=d["work_mode"], remote_fit=d["remote_fit"], income=tuple(Figure(**f) for f in d["income"]),
        outlook=tuple(Outlook(**o) for o in d["outlook"]), ai_impact=d["ai_impact"],
        occupation=Occupation(**d["occupation"]), related_roles=_t(d["related_roles"]),
        last_reviewed=d["last_reviewed"], income_gap=d.get("income_gap"), outlook_summary=d.get("outlook_summary"),
        traits=dict(d.get("traits", {})), file=file,
        barrier=scales.step(scales.ROLE_NUMBER["barrier"](d), barrier_scale) if barrier_scale else "")


def _background(d: dict, file: str) -> Background:
    return Background(id=d["id"], name=d["name"], who=d["who"], examples=_t(d["examples"]),
                      skills_you_have=_t(d["skills_you_have"]), carries_over=_t(d["carries_over"]), missing=_t(d["missing"]),
                      roles=tuple(BackgroundRole(**r) for r in d["roles"]), first_experiment=d["first_experiment"],
                      last_reviewed=d.get("last_reviewed"), file=file)


def _path(d: dict, file: str, roles: list[dict], dims_raw: list[dict]) -> Path:
    """A path with its derived scaled dimensions computed from its roles (see scales.py)."""
    dims = {k: DimensionValue(**v) for k, v in d["dimensions"].items()}
    mine = [r for r in roles if d["id"] in r["paths"]]
    for x in dims_raw:
        if x.get("derive"):
            dims.setdefault(x["id"], DimensionValue())      # computed; words for income and growth: render/summaries.py
        if x.get("derive") in scales.ROLE_NUMBER and x.get("scale") and mine:
            value, each = scales.path_step(x["derive"], mine, x["scale"])
            dims[x["id"]] = DimensionValue(value, dims.get(x["id"], DimensionValue()).rationale, tuple(each.values()))
    return Path(id=d["id"], name=d["name"], short_name=d["short_name"], summary=d["summary"], suits=_t(d["suits"]),
                strengths=_t(d["strengths"]), risks=_t(d["risks"]), setup=_t(d["setup"]), dimensions=dims,
                last_reviewed=d["last_reviewed"], traits=dict(d.get("traits", {})), file=file)


def build(content: Content) -> Dataset:
    """The Dataset for content that passed validation (call content.check first)."""
    def docs(folder):
        return content.valid(folder)
    dims = content.single("dimensions").data["dimensions"]
    assumptions = content.single("assumptions").data
    barrier = next((x["scale"] for x in dims if x.get("derive") == "barrier"), [])
    raw_roles = [d.data for _, d in docs("roles")]
    data = Dataset(
        paths={i: _path(d.data, d.file, raw_roles, dims) for i, d in docs("paths")},
        roles={i: _role(d.data, d.file, barrier) for i, d in docs("roles")},
        skills={i: Skill(**d.data, file=d.file) for i, d in docs("skills")},
        sources={i: Source(**d.data, file=d.file) for i, d in docs("sources")},
        dimensions=tuple(Dimension(id=x["id"], name=x["name"], question=x["question"], meaning=x.get("meaning"),
                                   derive=x.get("derive"), scale=tuple(ScaleStep(**s) for s in x.get("scale", [])))
                         for x in dims),
        occupations={i: OfficialOccupation(**d.data, file=d.file) for i, d in docs("occupations")},
        backgrounds={b.id: b for b in sorted((_background(d.data, d.file) for _, d in docs("backgrounds")),
                                             key=lambda b: (b.name.lower(), b.id))},
        assumptions={k: Assumption(id=k, **v) for k, v in assumptions["annualisation"].items()},
        stale_after_years=assumptions["stale_after_years"],
        exchange_rates=tuple(assumptions["exchange_rates"]),
        quiz=content.single("quiz").data,
        topics={t.id: t for t in sorted((business.topic(d.data, d.file) for _, d in docs("business")), key=lambda t: t.order)},
        plan_spec=plans.spec(content.single("plan").data, content.single("plan").file),
        today=content.today,
    )
    return enrich(data)


def enrich(data: Dataset) -> Dataset:
    """Every derived value, computed once: role order, annual values, headlines, growth, path summaries,
    the business facts by key, each role's first-month plan and its card's good-if / hard-if lines."""
    data.role_order = tuple(sorted(data.roles.values(), key=lambda r: (r.name.lower(), r.id)))
    data.annual = {r.id: income.role_annualised(r, data) for r in data.role_order}
    data.headlines = {r.id: income.headline(r, data.annual[r.id]) for r in data.role_order}
    data.growth = {r.id: summaries.own_growth(r) for r in data.role_order}
    data.path_summaries = {p: summaries.summary(path, data.roles_by_path[p], data.headlines, data.growth)
                           for p, path in data.paths.items()}
    data.facts = {f.key: f for t in data.topics.values() for f in t.facts.values()}
    data.plans = {r.id: plans.build(r, data.plan_spec, data.skills, data.topics) for r in data.role_order}
    data.newest_freelance = {r.id: newest_freelance(r) for r in data.role_order}
    data.fit = {r.id: fit.lines(r, data.quiz["traits"]) for r in data.role_order}
    return data


def newest_freelance(role: Role) -> Figure | None:
    """The role's newest freelance rate or client price (freelancers, freelancers and agencies, what clients
    spend), dated before undated, so every role page can show it or say that none has been published."""
    cands = [f for f in role.income if f.is_freelance or f.population == "client_spend"]
    return max(cands, key=lambda f: (f.year is not None, f.year or 0), default=None)
