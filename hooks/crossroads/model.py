"""The typed model: dataclasses built once from validated content, with derived values.

Raw fields keep their YAML names; derived values (roles of a path, users of a skill,
newest figure year…) are computed here, once, and never typed by contributors.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from .content import Content

# Data


@dataclass(frozen=True)
class Source:
    id: str
    publisher: str
    title: str
    kind: str
    year: int | None
    url: str | None = None
    copy_url: str | None = None
    published: str | None = None
    accessed: str | None = None
    license: str | None = None
    attribution: str | None = None
    note: str | None = None
    file: str = ""


@dataclass(frozen=True)
class Skill:
    id: str
    name: str
    category: str
    description: str
    learn: str
    show: str
    file: str = ""


@dataclass(frozen=True)
class ScaleStep:
    value: str
    meaning: str


@dataclass(frozen=True)
class Dimension:
    id: str
    name: str
    question: str
    scale: tuple[ScaleStep, ...] = ()
    meaning: str | None = None

    def rank(self, value: str) -> int | None:
        """Position of a value on the scale (0 = first), or None for free text."""
        steps = [s.value for s in self.scale]
        return steps.index(value) if value in steps else None


@dataclass(frozen=True)
class DimensionValue:
    value: str
    rationale: str


@dataclass(frozen=True)
class Figure:
    """One published income figure, as its source gives it."""

    kind: str
    population: str
    currency: str
    region: str
    year: int | None
    source: str
    confidence: str
    low: float | None = None
    median: float | None = None
    high: float | None = None
    period: str | None = None
    occupation: str | None = None
    quote: str | None = None
    note: str | None = None

    @property
    def unit(self) -> str:
        """What one number is per: hour, day, month or year."""
        return {"hourly": "hour", "daily": "day", "monthly_retainer": "month",
                "annual_salary": "year"}.get(self.kind, self.period or "year")


@dataclass(frozen=True)
class Outlook:
    measure: str
    value: float
    unit: str
    period: str
    source: str
    confidence: str
    region: str | None = None
    occupation: str | None = None
    quote: str | None = None
    note: str | None = None


@dataclass(frozen=True)
class Estimate:
    low: float
    high: float
    confidence: str
    source: str
    basis: str


@dataclass(frozen=True)
class Occupation:
    match: str
    code: str | None = None
    title: str | None = None
    note: str | None = None


@dataclass(frozen=True)
class SkillNeed:
    skill: str
    level: str


@dataclass(frozen=True)
class Role:
    id: str
    name: str
    paths: tuple[str, ...]
    summary: str
    tasks: tuple[str, ...]
    skills: tuple[SkillNeed, ...]
    steps: tuple[str, ...]
    first_experiment: str
    portfolio_ideas: tuple[str, ...]
    startup_cost: Estimate
    time_to_first_income: Estimate
    work_mode: str
    remote_fit: str
    income: tuple[Figure, ...]
    outlook: tuple[Outlook, ...]
    ai_impact: str
    occupation: Occupation
    related_roles: tuple[str, ...]
    last_reviewed: str
    income_gap: str | None = None
    outlook_summary: str | None = None
    traits: dict[str, float] = field(default_factory=dict)
    file: str = ""

    @property
    def newest_year(self) -> int | None:
        """The most recent year among the role's income figures (None if no dated figure)."""
        years = [f.year for f in self.income if f.year is not None]
        return max(years) if years else None

    @property
    def barrier(self) -> str:
        """Barrier to entry, derived from the top of the time-to-first-income estimate (months):
        up to 3 → low, up to 12 → medium, more → high (the scale of the barrier-to-entry dimension)."""
        top = self.time_to_first_income.high
        return "low" if top <= 3 else "medium" if top <= 12 else "high"

    def skill_ids(self, level: str | None = None) -> list[str]:
        """The role's skill ids, optionally only those at one level."""
        return [s.skill for s in self.skills if level is None or s.level == level]

    def source_ids(self) -> list[str]:
        """Every source the role cites, in first-use order."""
        ids = [f.source for f in self.income] + [o.source for o in self.outlook]
        ids += [self.startup_cost.source, self.time_to_first_income.source]
        return list(dict.fromkeys(ids))


@dataclass(frozen=True)
class Path:
    id: str
    name: str
    short_name: str
    summary: str
    suits: tuple[str, ...]
    strengths: tuple[str, ...]
    risks: tuple[str, ...]
    setup: tuple[str, ...]
    dimensions: dict[str, DimensionValue]
    last_reviewed: str
    traits: dict[str, float] = field(default_factory=dict)
    file: str = ""


@dataclass(frozen=True)
class Assumption:
    id: str
    value: float
    unit: str
    rationale: str
    source: str | None = None


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
    today: dt.date = field(default_factory=dt.date.today)

    @cached_property
    def roles_by_path(self) -> dict[str, list[Role]]:
        """Roles of each path, sorted by name."""
        out: dict[str, list[Role]] = {p: [] for p in self.paths}
        for role in sorted(self.roles.values(), key=lambda r: r.name.lower()):
            for p in role.paths:
                out[p].append(role)
        return out

    def is_stale(self, role: Role) -> bool:
        """True when the role's newest dated figure is older than stale_after_years."""
        newest = role.newest_year
        return newest is not None and self.today.year - newest > self.stale_after_years

    @cached_property
    def bridge_skills(self) -> list[Skill]:
        """Skills needed by roles on two or more paths, most shared first."""
        def paths_of(sid):
            return {p for role, _ in self.skill_users[sid] for p in role.paths}
        shared = [s for s in self.skills.values() if len(paths_of(s.id)) >= 2]
        return sorted(shared, key=lambda s: (-len(paths_of(s.id)), -len(self.skill_users[s.id]), s.name))

    def transition(self, a: Role, b: Role) -> tuple[list[Skill], list[Skill]]:
        """Moving from role a to role b: the skills a already has that b needs, and those still missing."""
        have = set(a.skill_ids())
        need = b.skill_ids()
        return ([self.skills[s] for s in need if s in have], [self.skills[s] for s in need if s not in have])

    @cached_property
    def skill_users(self) -> dict[str, list[tuple[Role, str]]]:
        """For each skill, the roles that need it and at what level."""
        out: dict[str, list[tuple[Role, str]]] = {s: [] for s in self.skills}
        for role in sorted(self.roles.values(), key=lambda r: r.name.lower()):
            for need in role.skills:
                out[need.skill].append((role, need.level))
        return out


# Building

def _t(items) -> tuple:
    return tuple(items or ())


def _role(d: dict, file: str) -> Role:
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
        traits=dict(d.get("traits", {})), file=file)


def _path(d: dict, file: str) -> Path:
    dims = {k: DimensionValue(**v) for k, v in d["dimensions"].items()}
    return Path(id=d["id"], name=d["name"], short_name=d["short_name"], summary=d["summary"], suits=_t(d["suits"]),
                strengths=_t(d["strengths"]), risks=_t(d["risks"]), setup=_t(d["setup"]), dimensions=dims,
                last_reviewed=d["last_reviewed"], traits=dict(d.get("traits", {})), file=file)


def build(content: Content) -> Dataset:
    """The Dataset for content that passed validation (call content.check first)."""
    def docs(folder):
        return content.valid(folder)
    dims = content.single("dimensions").data["dimensions"]
    assumptions = content.single("assumptions").data
    return Dataset(
        paths={i: _path(d.data, d.file) for i, d in docs("paths")},
        roles={i: _role(d.data, d.file) for i, d in docs("roles")},
        skills={i: Skill(**d.data, file=d.file) for i, d in docs("skills")},
        sources={i: Source(**d.data, file=d.file) for i, d in docs("sources")},
        dimensions=tuple(Dimension(id=x["id"], name=x["name"], question=x["question"], meaning=x.get("meaning"),
                                   scale=tuple(ScaleStep(**s) for s in x.get("scale", []))) for x in dims),
        assumptions={k: Assumption(id=k, **v) for k, v in assumptions["annualisation"].items()},
        stale_after_years=assumptions["stale_after_years"],
        exchange_rates=tuple(assumptions["exchange_rates"]),
        quiz=content.single("quiz").data,
        today=content.today,
    )
