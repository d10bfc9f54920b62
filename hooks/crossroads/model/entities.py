"""The entities of the model: frozen dataclasses built from validated content.

Raw fields keep their YAML names. Semantics that belong to one figure (which ends are open,
what it measures, whether it can be put on the annual scale, whether it is stale) are
properties here, so pages never decide them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from crossroads import vocabulary


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
    up_to: float | None = None


@dataclass(frozen=True)
class Dimension:
    id: str
    name: str
    question: str
    scale: tuple[ScaleStep, ...] = ()
    meaning: str | None = None
    derive: str | None = None

    def rank(self, value: str) -> int | None:
        """Position of a value on the scale (0 = first), or None for free text."""
        steps = [s.value for s in self.scale]
        return steps.index(value) if value in steps else None


@dataclass(frozen=True)
class DimensionValue:
    value: str | None = None
    rationale: str | None = None
    steps: tuple[str, ...] = ()    # for a derived scaled dimension: each role's step, in role order


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
    match: str                 # how well its population matches the role (exact, close, loose, none)
    low: float | None = None
    median: float | None = None
    high: float | None = None
    detail: str | None = None  # what exactly was measured (asking prices, most common band…)
    period: str | None = None
    open_end: str | None = None
    occupation: str | None = None
    quote: str | None = None
    note: str | None = None

    @property
    def unit(self) -> str:
        """What one number is per: hour, day, month, project or year."""
        return vocabulary.UNIT.get(self.kind, self.period or "year")

    @property
    def measure(self) -> str:
        """What the figure measures, in words a reader can check: employees' wages, freelance rates…"""
        return vocabulary.MEASURE[self.population]

    @property
    def is_income(self) -> bool:
        """False for what clients spend, per-project prices and an article's estimates: never on the income scale."""
        return self.population not in ("client_spend", "estimate") and self.kind != "project"

    @property
    def is_freelance(self) -> bool:
        """A rate freelancers charge (alone, or counted together with agencies)."""
        return self.population in ("freelancers", "freelancers_and_agencies")

    @property
    def open_low(self) -> bool:
        """The low end is a bound ('or less'), not a value."""
        return self.open_end == "low"

    @property
    def open_high(self) -> bool:
        """The high end is a bound ('or more', as BLS top-codes wages), not a value."""
        return self.open_end == "high"


@dataclass(frozen=True)
class Outlook:
    """One demand or outlook number: what it measures, over what work (scope), where and when."""

    measure: str
    value: float
    unit: str
    period: str
    year: int | None
    region: str
    scope: str
    source: str
    confidence: str
    occupation: str | None = None
    detail: str | None = None
    quote: str | None = None
    note: str | None = None

    @property
    def measure_words(self) -> str:
        """The measure in words, with its detail: 'Change in demand from buyers: writing job posts on Upwork'."""
        return vocabulary.OUTLOOK_MEASURE[self.measure] + (f": {self.detail}" if self.detail else "")

    @property
    def value_text(self) -> str:
        """The number with its unit and sign: '+6.7%', '−51%', '87,200 people'."""
        if self.unit in ("people", "postings"):
            return f"{self.value:,.0f}{vocabulary.OUTLOOK_UNIT[self.unit]}"
        if self.unit == "years":
            return f"{self.value:g}{vocabulary.OUTLOOK_UNIT['years']}"
        sign = "+" if self.value > 0 and self.measure.endswith("_change") else "−" if self.value < 0 else ""
        return f"{sign}{abs(self.value):g}{vocabulary.OUTLOOK_UNIT[self.unit]}"


@dataclass(frozen=True)
class OfficialOccupation:
    """An official occupation with its Handbook-style quick facts (BLS Table 1.2)."""

    id: str
    title: str
    employment: int
    employment_year: int
    entry_education: str
    work_experience: str
    source: str
    confidence: str
    quote: str
    on_the_job_training: str | None = None     # omitted when the research did not record it
    self_employed_percent: float | None = None
    note: str | None = None
    file: str = ""


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
    barrier: str = ""          # derived in model.build from dimensions.yml (never typed)
    file: str = ""

    @property
    def soc(self) -> str | None:
        """The six-digit SOC code of the nearest occupation (13-1161.01 → 13-1161), None when there is none."""
        return self.occupation.code[:7] if self.occupation.code else None

    def skill_ids(self, level: str | None = None) -> list[str]:
        """The role's skill ids, optionally only those at one level."""
        return [s.skill for s in self.skills if level is None or s.level == level]

    def outlook_match(self, o: Outlook) -> str:
        """How well an outlook number's scope matches the role, derived from its scope (never typed):
        the role's own occupation carries the role's match, another occupation or a wider category is
        a loose stand-in, work like this role's is close, all work and the market are context only."""
        if o.scope == "occupation":
            return self.occupation.match if o.occupation == self.soc else "loose"
        return {"role": "close", "category": "loose"}.get(o.scope, "none")

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
