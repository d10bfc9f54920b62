"""Paths against their roles, prose against figures, skills against roles."""

from __future__ import annotations

from collections import Counter

from crossroads.content import scales
from crossroads.content.rules.base import rule

# Rules

MIN_ROLE_SKILLS = 4


@rule("dimension-coverage")
def check_dimension_values(content):
    """Every path has a value for every typed dimension, and scaled values are on the scale."""
    dims = content.single("dimensions")
    if not dims:
        return
    for _, doc in content.valid("paths"):
        values = doc.data["dimensions"]
        for d in dims.data["dimensions"]:
            if d.get("derive"):
                continue                      # computed from the roles (see derived-dimension)
            if d["id"] not in values or "value" not in values[d["id"]]:
                where = ("dimensions", d["id"]) if d["id"] in values else ("dimensions",)
                yield doc.problem(where, f"no value for dimension '{d['id']}'", f"add `{d['id']}:` with value and rationale", key=True)
                continue
            steps = [s["value"] for s in d.get("scale", [])]
            if steps and values[d["id"]]["value"] not in steps:
                v = values[d["id"]]["value"]
                yield doc.problem(("dimensions", d["id"], "value"), f"'{v}' is not on the scale of '{d['id']}'",
                                  f"use one of: {', '.join(steps)}")


@rule("derived-dimension")
def check_derived_dimensions(content):
    """A derived dimension is never typed: its value is computed from the path's roles."""
    dims = content.single("dimensions")
    if not dims:
        return
    roles = [doc.data for _, doc in content.valid("roles")]
    for pid, doc in content.valid("paths"):
        mine = [r for r in roles if pid in r["paths"]]
        for d in dims.data["dimensions"]:
            typed = doc.data["dimensions"].get(d["id"], {}).get("value")
            if not d.get("derive") or typed is None:
                continue
            why = ""
            if d.get("scale") and mine and d["derive"] in scales.ROLE_NUMBER:
                value, each = scales.path_step(d["derive"], mine, d["scale"])
                counts = ", ".join(f"{n} {v}" for v, n in Counter(each.values()).most_common())
                why = f": it is '{value}' from its {len(mine)} roles ({counts})"
            yield doc.problem(("dimensions", d["id"], "value"), f"'{d['id']}' is computed from the path's roles{why}",
                              "remove `value:`; keep a rationale only for what the computed value hides")


@rule("role-skill-count", own_file=True)
def check_role_skill_count(content):
    """Every role links at least MIN_ROLE_SKILLS skills."""
    for _, doc in content.valid("roles"):
        n = len(doc.data["skills"])
        if n < MIN_ROLE_SKILLS:
            yield doc.problem(("skills",), f"lists {n} skills; a role needs at least {MIN_ROLE_SKILLS}",
                              "add the skills the role uses from content/skills/", key=True)


@rule("orphan-skill")
def check_orphan_skills(content):
    """Every skill is needed by at least one role."""
    if not content.valid("roles") or not content.all_valid("roles"):
        return                       # a role with schema errors may be the one that needs the skill
    used = {s["skill"] for _, doc in content.valid("roles") for s in doc.data["skills"]}
    for stem, doc in content.valid("skills"):
        if stem not in used:
            yield doc.problem(("id",), f"no role needs the skill '{stem}'", "link it from a role's skills, or delete the file")


@rule("self-reference", own_file=True)
def check_self_reference(content):
    """A role is not related to itself."""
    for stem, doc in content.valid("roles"):
        for i, other in enumerate(doc.data["related_roles"]):
            if other == stem:
                yield doc.problem(("related_roles", i), "a role cannot be related to itself", "remove it")
