"""The first-month plan (content/plan.yml): steps that resolve, words without numbers or unknown
placeholders, pacing numbers that agree, and weeks every role can fill."""

from __future__ import annotations

import re

from crossroads.content.rules.base import closest, rule
from crossroads.content.rules.business import NUMBER, broken_topics, see_problem

# Data

PLACEHOLDER = re.compile(r"\{([^{}]*)\}")
TEMPLATE_WORDS = {"how_to_start": {"item", "role"}, "first_experiment": {"item", "role"},
                  "portfolio_idea": {"item", "role"}, "skill": {"skill", "role"}}
PACING_WORDS = {"over_budget": {"need", "hours"}, "spare": {"spare", "use"}}
ROLE_ITEMS = {"how_to_start": ("how_to_start", "steps"), "portfolio_idea": ("how_to_start", "portfolio_ideas")}


# Rules

@rule("plan-reference")
def check_plan_references(content):
    """A plan step's business `ref` names a step with a `todo`, its `see` a real page; ids are unique."""
    if not (doc := content.single("plan")):
        return
    topics = {tid: d.data for tid, d in content.valid("business")}
    sections = {tid: [s["id"] for s in d["sections"]] for tid, d in topics.items()}
    broken = broken_topics(content)
    weeks = set()
    for w, week in enumerate(doc.data["weeks"]):
        if week["id"] in weeks:
            yield doc.problem(("weeks", w, "id"), f"the week id '{week['id']}' is used twice", "give each week its own id")
        weeks.add(week["id"])
        steps = set()
        for s, step in enumerate(week["steps"]):
            where = ("weeks", w, "steps", s)
            if step["id"] in steps:
                yield doc.problem((*where, "id"), f"the step id '{step['id']}' is used twice in {week['id']}",
                                  "step ids are where readers' ticks are kept: give each its own")
            steps.add(step["id"])
            if "ref" in step and step["ref"].split("/")[0] not in broken and (problem := _ref_problem(step["ref"], topics)):
                yield doc.problem((*where, "ref"), *problem)
            if "see" in step and (problem := see_problem(step["see"], sections, broken)):
                yield doc.problem((*where, "see"), *problem)


@rule("plan-words", own_file=True)
def check_plan_words(content):
    """Templates use only the placeholders their kind fills; the plan's own step texts carry no number."""
    if not (doc := content.single("plan")):
        return
    for key, allowed in [*TEMPLATE_WORDS.items()]:
        for name in set(PLACEHOLDER.findall(doc.data["templates"][key])) - allowed:
            yield doc.problem(("templates", key), f"'{{{name}}}' is not filled in a {key} step",
                              "use " + ", ".join(f"{{{a}}}" for a in sorted(allowed)))
    for key, needed in PACING_WORDS.items():
        for name in set(PLACEHOLDER.findall(doc.data["pacing"][key])) ^ needed:
            yield doc.problem(("pacing", key), f"'{{{name}}}' is {'not filled' if name not in needed else 'missing'} here",
                              "use " + " and ".join(f"{{{a}}}" for a in sorted(needed)))
    for w, week in enumerate(doc.data["weeks"]):
        for s, step in enumerate(week["steps"]):
            if "text" in step and NUMBER.search(step["text"]):
                yield doc.problem(("weeks", w, "steps", s, "text"), "a plan step has a number",
                                  "write it without the number (numbers need a source)")


@rule("plan-pacing", own_file=True)
def check_plan_pacing(content):
    """The fewest hours ≤ the default ≤ the most, and every week has a core step."""
    if not (doc := content.single("plan")):
        return
    p = doc.data["pacing"]
    if not p["min_hours"] <= p["default_hours"] <= p["max_hours"]:
        yield doc.problem(("pacing", "default_hours"), f"the default {p['default_hours']} lies outside "
                          f"{p['min_hours']}–{p['max_hours']} hours", "make min_hours ≤ default_hours ≤ max_hours")
    for w, week in enumerate(doc.data["weeks"]):
        if not any(s["tier"] == "core" for s in week["steps"]):
            yield doc.problem(("weeks", w, "steps"), f"{week['id']} has no core step", "mark at least one step tier: core")


@rule("plan-coverage")
def check_plan_coverage(content):
    """Every role finds at least one core step in every week (a step the role has data for)."""
    if not (doc := content.single("plan")):
        return
    for w, week in enumerate(doc.data["weeks"]):
        for rid, role in content.valid("roles"):
            if not any(_fills(step, role.data) for step in week["steps"] if step["tier"] == "core"):
                yield doc.problem(("weeks", w, "id"), f"the role '{rid}' gets no core step in {week['id']}",
                                  "add a core step for its work mode, or one every role can fill")


# Helpers

def _ref_problem(ref: str, topics: dict[str, dict]) -> tuple[str, str] | None:
    topic, _, step_id = ref.partition("/")
    if topic not in topics:
        return f"'{ref}' names no business topic", closest(topic, sorted(topics))
    steps = {s["id"]: s for sec in topics[topic]["sections"] for s in sec.get("steps", ())}
    if step_id not in steps:
        return f"'{ref}' names no step of {topic}", closest(step_id, sorted(steps))
    if "todo" not in steps[step_id]:
        return f"the step '{ref}' has no `todo` to show in a plan", f"add todo: to the step in content/business/{topic}.yml"
    return None


def _fills(step: dict, role: dict) -> bool:
    """True when the role can fill the step: its work mode is included and the item exists."""
    if "for" in step and role["work_mode"] not in step["for"]:
        return False
    if step["from"] in ROLE_ITEMS:
        a, b = ROLE_ITEMS[step["from"]]
        return step["pick"] <= len(role[a][b])
    if step["from"] == "skill":
        return step["pick"] <= sum(1 for s in role["skills"] if s["level"] == "core")
    return True
