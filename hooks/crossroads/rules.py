"""Cross-file rules: what JSON Schema cannot check (references, ranges, dates, duplicates).

Each rule is a small function registered under a name; it gets the Content (documents
that passed the schema) and yields Problems. tests/test_rules.py has a good and a bad
case for every rule.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from .problems import Problem

if TYPE_CHECKING:
    from .content import Content

# Data

RULES: dict[str, Callable[["Content"], Iterator[Problem]]] = {}
MIN_ROLE_SKILLS = 4


def rule(name: str):
    """Register a rule function under `name`."""
    def register(fn):
        RULES[name] = fn
        fn.rule_name = name
        return fn
    return register


def run(content: "Content") -> list[Problem]:
    """Run every rule; each Problem is tagged with its rule's name."""
    found = []
    for name, fn in RULES.items():
        found.extend(_tag(p, name) for p in fn(content))
    return found


# Helpers

def _tag(p: Problem, name: str) -> Problem:
    return Problem(p.file, p.line, p.col, p.field, p.message, p.hint, name, p.level)


def closest(value: str, known: list[str]) -> str:
    """A hint listing the closest valid ids (or all of them when few)."""
    near = difflib.get_close_matches(value, known, n=3, cutoff=0.5)
    if near:
        return "closest: " + ", ".join(near)
    return "valid ids: " + ", ".join(known[:12]) + (" …" if len(known) > 12 else "") if known else "there are none yet"


def figures(role: dict) -> Iterator[tuple[tuple, dict]]:
    """Every sourced number in a role: income, outlook, start-up cost, time to first income."""
    for i, fig in enumerate(role.get("income", [])):
        yield ("income", i), fig
    for i, item in enumerate(role.get("outlook", [])):
        yield ("outlook", i), item
    for key in ("startup_cost", "time_to_first_income"):
        if key in role:
            yield (key,), role[key]


def _trait_ids(content: "Content") -> list[str] | None:
    quiz = content.single("quiz")
    return sorted(t["id"] for t in quiz.data["traits"]) if quiz else None


# Rules

@rule("id-matches-filename")
def check_id_matches_filename(content):
    """The id inside a file equals its file name."""
    for folder in content.collections:
        for stem, doc in content.valid(folder):
            if doc.data["id"] != stem:
                yield doc.problem(("id",), f"id '{doc.data['id']}' does not match the file name '{stem}.yml'",
                                  f"rename the file to {doc.data['id']}.yml or set id: {stem}")


@rule("duplicate-id")
def check_duplicate_ids(content):
    """No id is used twice: across files, in the ordered lists, or in a role's skill list."""
    for folder in content.collections:
        seen: dict[str, str] = {}
        for stem, doc in content.valid(folder):
            i = doc.data["id"]
            if i in seen:
                yield doc.problem(("id",), f"id '{i}' is already used by {seen[i]}", "ids must be unique; pick another")
            seen.setdefault(i, doc.file)
    lists = []
    if (d := content.single("dimensions")):
        lists.append((d, ("dimensions",), d.data["dimensions"]))
    if (q := content.single("quiz")):
        lists.append((q, ("traits",), q.data["traits"]))
        lists.append((q, ("questions",), q.data["questions"]))
        lists += [(q, ("questions", n, "options"), qu["options"]) for n, qu in enumerate(q.data["questions"])]
    for _, doc in content.valid("roles"):
        lists.append((doc, ("skills",), [{"id": s["skill"]} for s in doc.data["skills"]]))
    for doc, base, items in lists:
        seen_at: dict[str, int] = {}
        for n, item in enumerate(items):
            if item["id"] in seen_at:
                field = "skill" if base == ("skills",) else "id"
                yield doc.problem(base + (n, field), f"'{item['id']}' is listed twice",
                                  f"it is already item {seen_at[item['id']] + 1}; keep one")
            seen_at.setdefault(item["id"], n)


@rule("unknown-reference")
def check_references(content):
    """Every id a file refers to (paths, skills, roles, dimensions, traits, sources) exists."""
    known = {k: content.ids(k) for k in content.collections}
    dims = content.single("dimensions")
    dim_ids = [d["id"] for d in dims.data["dimensions"]] if dims else None
    traits = _trait_ids(content)
    for _, doc in content.valid("roles"):
        r = doc.data
        refs = [(("paths", i), v, "paths") for i, v in enumerate(r["paths"])]
        refs += [(("skills", i, "skill"), s["skill"], "skills") for i, s in enumerate(r["skills"])]
        refs += [(("related_roles", i), v, "roles") for i, v in enumerate(r["related_roles"])]
        for where, value, kind in refs:
            if value not in known[kind]:
                yield doc.problem(where, f"unknown {kind[:-1]} '{value}'", closest(value, known[kind]))
    profiled = content.valid("roles") + content.valid("paths")
    for _, doc in profiled:
        for t in doc.data.get("traits", {}):
            if traits is not None and t not in traits:
                yield doc.problem(("traits", t), f"unknown quiz trait '{t}'", closest(t, traits), key=True)
    for _, doc in content.valid("paths"):
        for d in doc.data["dimensions"]:
            if dim_ids is not None and d not in dim_ids:
                yield doc.problem(("dimensions", d), f"unknown dimension '{d}'", closest(d, dim_ids), key=True)
    if (quiz := content.single("quiz")) and traits is not None:
        for qn, q in enumerate(quiz.data["questions"]):
            for on, o in enumerate(q["options"]):
                for t in o["contributes"]:
                    if t not in traits:
                        yield quiz.problem(("questions", qn, "options", on, "contributes", t),
                                           f"unknown quiz trait '{t}'", closest(t, traits), key=True)
    if (a := content.single("assumptions")):
        refs = [(("annualisation", k, "source"), v["source"]) for k, v in a.data["annualisation"].items() if "source" in v]
        refs += [(("exchange_rates", i, "source"), r["source"]) for i, r in enumerate(a.data["exchange_rates"])]
        for where, value in refs:
            if value not in known["sources"]:
                yield a.problem(where, f"unknown source '{value}'", closest(value, known["sources"]))


@rule("figure-source-missing")
def check_figure_sources(content):
    """Every figure, outlook number and estimate names a source record that exists."""
    sources = content.ids("sources")
    for _, doc in content.valid("roles"):
        for where, fig in figures(doc.data):
            if fig["source"] not in sources:
                yield doc.problem(where + ("source",), f"the figure's source '{fig['source']}' does not exist",
                                  f"add content/sources/{fig['source']}.yml or fix the id; {closest(fig['source'], sources)}")


@rule("low-above-high")
def check_ranges(content):
    """In every figure and estimate, low ≤ median ≤ high."""
    for _, doc in content.valid("roles"):
        for where, fig in figures(doc.data):
            lo, mid, hi = fig.get("low"), fig.get("median"), fig.get("high")
            if lo is not None and hi is not None and lo > hi:
                yield doc.problem(where + ("low",), f"low ({lo:g}) is above high ({hi:g})", "swap them or fix the typo")
            elif mid is not None and ((lo is not None and mid < lo) or (hi is not None and mid > hi)):
                yield doc.problem(where + ("median",), f"median ({mid:g}) is outside low–high", "check the three numbers against the source")


@rule("future-date")
def check_dates(content):
    """No date or year lies in the future (reviews, access dates, figures)."""
    today = content.today
    for folder in content.collections:
        for _, doc in content.valid(folder):
            data = doc.data
            for key in ("last_reviewed", "accessed", "published"):
                if key in data and data[key] > today.isoformat():
                    yield doc.problem((key,), f"{data[key]} is in the future", f"use a date on or before {today.isoformat()}")
            if isinstance(data.get("year"), int) and data["year"] > today.year:
                yield doc.problem(("year",), f"{data['year']} is in the future", "use the year the source was published")
            if folder == "roles":
                for where, fig in figures(data):
                    if isinstance(fig.get("year"), int) and fig["year"] > today.year:
                        yield doc.problem(where + ("year",), f"{fig['year']} is in the future", "use the year the figure refers to")
    if (a := content.single("assumptions")):
        for i, r in enumerate(a.data["exchange_rates"]):
            if r["date"] > today.isoformat():
                yield a.problem(("exchange_rates", i, "date"), f"{r['date']} is in the future", "use the rate's date")


@rule("https-only")
def check_https(content):
    """Source addresses use https."""
    for _, doc in content.valid("sources"):
        for key in ("url", "copy_url"):
            url = doc.data.get(key)
            if url and not url.startswith("https://"):
                yield doc.problem((key,), f"'{url}' is not an https address", "use the https:// form of the address")


@rule("dimension-coverage")
def check_dimension_values(content):
    """Every path has a value for every dimension, and scaled values are on the scale."""
    dims = content.single("dimensions")
    if not dims:
        return
    for _, doc in content.valid("paths"):
        values = doc.data["dimensions"]
        for d in dims.data["dimensions"]:
            if d["id"] not in values:
                yield doc.problem(("dimensions",), f"no value for dimension '{d['id']}'", f"add `{d['id']}:` with value and rationale", key=True)
                continue
            steps = [s["value"] for s in d.get("scale", [])]
            if steps and values[d["id"]]["value"] not in steps:
                v = values[d["id"]]["value"]
                yield doc.problem(("dimensions", d["id"], "value"), f"'{v}' is not on the scale of '{d['id']}'",
                                  f"use one of: {', '.join(steps)}")


@rule("role-skill-count")
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


@rule("self-reference")
def check_self_reference(content):
    """A role is not related to itself."""
    for stem, doc in content.valid("roles"):
        for i, other in enumerate(doc.data["related_roles"]):
            if other == stem:
                yield doc.problem(("related_roles", i), "a role cannot be related to itself", "remove it")


@rule("trait-coverage")
def check_trait_coverage(content):
    """Every path and role has a quiz profile with a value for every quiz trait."""
    traits = _trait_ids(content)
    if not traits:
        return
    for folder in ("paths", "roles"):
        for _, doc in content.valid(folder):
            profile = doc.data.get("traits")
            if profile is None:
                yield doc.problem(("id",), "no quiz profile (traits:)",
                                  f"add `traits:` with a value from 0 to 1 for each of: {', '.join(traits)}")
                continue
            missing = [t for t in traits if t not in profile]
            if missing:
                yield doc.problem(("traits",), f"the quiz profile has no value for {', '.join(missing)}",
                                  f"add `{missing[0]}:` with a value from 0 to 1 under traits:", key=True)


@rule("quiz-weights")
def check_quiz_weights(content):
    """Question and trait weights lie in scoring.weight_range; fit levels go from high to low and end at 0."""
    if not (quiz := content.single("quiz")):
        return
    scoring = quiz.data["scoring"]
    lo, hi = scoring["weight_range"]["min"], scoring["weight_range"]["max"]
    if lo > hi:
        yield quiz.problem(("scoring", "weight_range", "min"), f"min ({lo:g}) is above max ({hi:g})", "swap them")
    weights = [(("traits", i, "weight"), t, "trait") for i, t in enumerate(quiz.data["traits"])]
    weights += [(("questions", i, "weight"), q, "question") for i, q in enumerate(quiz.data["questions"])]
    for where, item, kind in weights:
        if not lo <= item["weight"] <= hi:
            yield quiz.problem(where, f"the weight of {kind} '{item['id']}' ({item['weight']:g}) is outside {lo:g}–{hi:g}",
                               "use a weight within scoring.weight_range, or change the range")
    levels = scoring["fit_levels"]
    for n in range(1, len(levels)):
        if levels[n]["min"] >= levels[n - 1]["min"]:
            yield quiz.problem(("scoring", "fit_levels", n, "min"),
                               f"fit level '{levels[n]['id']}' starts at {levels[n]['min']:g}, not below '{levels[n - 1]['id']}'",
                               "list the levels from the highest minimum down")
    if levels[-1]["min"] != 0:
        yield quiz.problem(("scoring", "fit_levels", len(levels) - 1, "min"), "the last fit level must start at 0",
                           "set its min to 0 so that every score gets a level")


@rule("unmeasured-trait")
def check_unmeasured_traits(content):
    """Every quiz trait is set by at least one answer (otherwise it never counts)."""
    if not (quiz := content.single("quiz")):
        return
    used = {t for q in quiz.data["questions"] for o in q["options"] for t in o["contributes"]}
    for i, trait in enumerate(quiz.data["traits"]):
        if trait["id"] not in used:
            yield quiz.problem(("traits", i, "id"), f"no answer measures the trait '{trait['id']}'",
                               "add it to the contributes: of some answers, or remove the trait")
