"""The quiz: every profile complete, weights in range, every trait measured, every answer worded, limits and
special questions once each."""

from __future__ import annotations

from crossroads.content.rules.base import rule, trait_ids

# Rules

@rule("trait-coverage")
def check_trait_coverage(content):
    """Every path and role has a quiz profile with a value for every quiz trait."""
    traits = trait_ids(content)
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


@rule("quiz-weights", own_file=True)
def check_quiz_weights(content):
    """Question and trait weights lie in scoring.weight_range; fit levels go from high to low and end at 0."""
    if not (quiz := content.single("quiz")):
        return
    scoring = quiz.data["scoring"]
    lo, hi = scoring["weight_range"]["min"], scoring["weight_range"]["max"]
    if lo > hi:
        yield quiz.problem(("scoring", "weight_range", "min"), f"min ({lo:g}) is above max ({hi:g})", "swap them")
    weights = [(("traits", i, "weight"), t, "trait") for i, t in enumerate(quiz.data["traits"])]
    weights += [(("questions", i, "weight"), q, "question") for i, q in enumerate(quiz.data["questions"]) if "weight" in q]
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


@rule("unmeasured-trait", own_file=True)
def check_unmeasured_traits(content):
    """Every quiz trait is set by at least one answer (otherwise it never counts)."""
    if not (quiz := content.single("quiz")):
        return
    used = {t for q in quiz.data["questions"] for o in q.get("options", []) for t in o["contributes"]}
    for i, trait in enumerate(quiz.data["traits"]):
        if trait["id"] not in used:
            yield quiz.problem(("traits", i, "id"), f"no answer measures the trait '{trait['id']}'",
                               "add it to the contributes: of some answers, or remove the trait")


@rule("quiz-says", own_file=True)
def check_quiz_says(content):
    """Every answer that can be named as a reason (not a middle answer, not one that counts for nothing), and
    every answer that sets a limit, says in plain words what it means: `says:`."""
    if not (quiz := content.single("quiz")):
        return
    band = quiz.data["scoring"]["middle_band"]
    for qn, q in enumerate(quiz.data["questions"]):
        for on, o in enumerate(q.get("options", [])):
            values = list(o["contributes"].values())
            if "says" in o:
                continue
            if values and any(abs(v - 0.5) > band + 1e-9 for v in values):
                yield quiz.problem(("questions", qn, "options", on, "id"), f"answer '{o['id']}' can be named as a reason "
                                   "but has no `says:`", "add `says:` with the answer in plain words, e.g. "
                                   "'you want a salaried full-time job'")
            elif "limit" in o:
                yield quiz.problem(("questions", qn, "options", on, "id"), f"answer '{o['id']}' sets a limit that can "
                                   "set a role aside, but has no `says:`", "add `says:` with the answer in plain words, "
                                   "e.g. 'you have up to 5 hours a week'")


@rule("quiz-once", own_file=True)
def check_quiz_once(content):
    """At most one question sets each kind of limit (hours, months, usd), and at most one is the starting-point
    (several) or the income-goal (amount) question."""
    if not (quiz := content.single("quiz")):
        return
    seen: dict[str, str] = {}
    for qn, q in enumerate(quiz.data["questions"]):
        kinds = {q["kind"]} & {"several", "amount"}
        kinds |= {f"a {name} limit" for o in q.get("options", []) for name in o.get("limit", {})}
        for kind in sorted(kinds):
            if kind in seen:
                yield quiz.problem(("questions", qn, "id"), f"question '{q['id']}' repeats {kind} of question "
                                   f"'{seen[kind]}'", "keep it in one question")
            seen.setdefault(kind, q["id"])
