"""The quiz: every profile complete, weights in range, every trait measured."""

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


@rule("unmeasured-trait", own_file=True)
def check_unmeasured_traits(content):
    """Every quiz trait is set by at least one answer (otherwise it never counts)."""
    if not (quiz := content.single("quiz")):
        return
    used = {t for q in quiz.data["questions"] for o in q["options"] for t in o["contributes"]}
    for i, trait in enumerate(quiz.data["traits"]):
        if trait["id"] not in used:
            yield quiz.problem(("traits", i, "id"), f"no answer measures the trait '{trait['id']}'",
                               "add it to the contributes: of some answers, or remove the trait")
