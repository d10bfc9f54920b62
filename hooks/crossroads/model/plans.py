"""A first-month plan for every role, built once from content/plan.yml and the role's own data.

Each week of plan.yml lists the steps it may hold; `build` fills them from the role (how-to-start
steps, the first experiment, portfolio ideas, core skills), from a business step's `todo`, or
from the plan's own text, and drops those the role cannot fill. `pace` is the one pacing rule
(docs/assets/plan.js repeats it): core steps always; then extra, then stretch steps, in order,
each one that still fits in the week's hours.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from crossroads import routes, vocabulary

# Data

FILL_ORDER = ("extra", "stretch")      # after the core steps, which are always in
EPSILON = 1e-9
# A sentence ends at . ! or ? before a capital, but not after an initial ("S. Hunter") or "e.g."/"i.e.".
SENTENCE_END = re.compile(r"(?<![\s.][A-Z])(?<!\be\.g)(?<!\bi\.e)[.!?](?=\s+[A-Z\"'(])")


@dataclass(frozen=True)
class Pacing:
    default_hours: float
    min_hours: float
    max_hours: float
    rule: str
    over_budget: str
    spare: str


@dataclass(frozen=True)
class PlanSpec:
    """content/plan.yml as read: words, pacing, templates and the weeks' step lists (raw)."""

    title: str
    summary: str
    storage_note: str
    pacing: Pacing
    templates: dict[str, str]
    weeks: tuple[dict, ...]
    file: str = ""


@dataclass(frozen=True)
class PlanStep:
    key: str                            # week-id/step-id: where a tick is kept
    text: str
    tier: str
    hours: float
    detail: str | None = None           # a skill's how-to-learn text
    link: tuple[str, str] | None = None  # (words, page URI with #anchor) to read more


@dataclass(frozen=True)
class PlanWeek:
    id: str
    number: int
    title: str
    aim: str
    spare: str
    steps: tuple[PlanStep, ...]

    @property
    def core_hours(self) -> float:
        return sum(s.hours for s in self.steps if s.tier == "core")


@dataclass(frozen=True)
class Paced:
    """One week at the reader's hours: which steps show, the hours they take, what the note says."""

    shown: tuple[str, ...]   # step keys
    used: float
    over: bool               # the core steps alone need more than the hours
    spare: float             # hours left (0 when over)


@dataclass(frozen=True)
class Plan:
    role: str
    weeks: tuple[PlanWeek, ...]


# Pacing

def pace(week: PlanWeek, hours: float) -> Paced:
    """Core steps always; then extra, then stretch steps, in order, each one that still fits."""
    shown = {s.key for s in week.steps if s.tier == "core"}
    used = week.core_hours
    for tier in FILL_ORDER:
        for s in week.steps:
            if s.tier == tier and used + s.hours <= hours + EPSILON:
                shown.add(s.key)
                used += s.hours
    over = week.core_hours > hours + EPSILON
    return Paced(tuple(s.key for s in week.steps if s.key in shown), used, over, 0 if over else max(hours - used, 0))


# Building

def spec(d: dict, file: str) -> PlanSpec:
    """The PlanSpec of a validated content/plan.yml."""
    return PlanSpec(title=d["title"], summary=d["summary"], storage_note=d["storage_note"], pacing=Pacing(**d["pacing"]),
                    templates=dict(d["templates"]), weeks=tuple(d["weeks"]), file=file)


def build(role, plan: PlanSpec, skills: dict, topics: dict) -> Plan:
    """The role's plan: every step it can fill, week by week."""
    weeks = []
    for n, w in enumerate(plan.weeks, 1):
        steps = [s for raw in w["steps"] if (s := _step(raw, w["id"], role, plan, skills, topics))]
        weeks.append(PlanWeek(w["id"], n, w["title"], w["aim"], w["spare"], tuple(steps)))
    return Plan(role.id, tuple(weeks))


def _step(raw: dict, week: str, role, plan: PlanSpec, skills: dict, topics: dict) -> PlanStep | None:
    """One step filled from the role, or None when the role has no such item or the step is not for it."""
    if "for" in raw and role.work_mode not in raw["for"]:
        return None
    base = {"key": f"{week}/{raw['id']}", "tier": raw["tier"], "hours": raw["hours"]}
    kind, pick = raw["from"], raw.get("pick", 1) - 1
    words = {"role": role.name}
    if kind in ("how_to_start", "portfolio_idea", "first_experiment"):
        items = {"how_to_start": role.steps, "portfolio_idea": role.portfolio_ideas,
                 "first_experiment": (role.first_experiment,)}[kind]
        if pick >= len(items):
            return None
        return PlanStep(text=fill(plan.templates[kind], words | {"item": items[pick]}), **base)
    if kind == "skill":
        core = [n.skill for n in role.skills if n.level == "core"]
        if pick >= len(core):
            return None
        skill = skills[core[pick]]
        return PlanStep(text=fill(plan.templates["skill"], words | {"skill": skill.name}), detail=first_sentence(skill.learn),
                        link=(skill.name, routes.skill(skill.id)), **base)
    if kind == "business":
        topic_id, step_id = raw["ref"].split("/")
        topic = topics[topic_id]
        section = next(sec for sec in topic.sections if any(s.id == step_id for s in sec.steps))
        return PlanStep(text=topic.step(step_id).todo, link=(topic.title, f"{routes.business(topic_id)}#{section.id}"), **base)
    link = see_link(raw["see"], topics) if raw.get("see") else None
    return PlanStep(text=raw["text"], link=link, **base)


def first_sentence(text: str) -> str:
    """The first sentence of a text (a skill's how-to-learn names its first resources there)."""
    m = SENTENCE_END.search(text)
    return text[:m.end()] if m else text


def fill(template: str, words: dict[str, str]) -> str:
    """A step template with {item}, {skill} and {role} filled in (plain text throughout)."""
    for k, v in words.items():
        template = template.replace("{" + k + "}", str(v))
    return template


def see_link(ref: str, topics: dict) -> tuple[str, str]:
    """(words, page URI) for a `see` reference: topic-id[#section-id] or site:NAME (a page of routes.PAGES)."""
    if ref.startswith("site:"):
        name = ref.removeprefix("site:")
        return vocabulary.SEE_PAGE[name], routes.PAGES[name]
    topic_id, _, anchor = ref.partition("#")
    return topics[topic_id].title, routes.business(topic_id) + (f"#{anchor}" if anchor else "")
