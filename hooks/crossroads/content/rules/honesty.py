"""How far a figure can be trusted and how it is labelled: a confidence no higher than its kind of
source allows, the article's estimates never standing alone, single job postings saying so, and a
role without a close official occupation saying why."""

from __future__ import annotations

from crossroads.content.rules.base import figures, rule

# Data

# The highest confidence a figure may claim, by the kind of source it comes from.
CEILING = {"secondary_official": "medium", "vendor_blog": "low", "salary_aggregator": "low",
           "article_estimate": "low", "editorial_estimate": "low"}
ORDER = {"low": 0, "medium": 1, "high": 2}


# Rules

def _kinds(content) -> dict[str, str]:
    return {sid: doc.data["kind"] for sid, doc in content.valid("sources")}


@rule("confidence-ceiling")
def check_confidence_ceiling(content):
    """A figure or business fact claims no more confidence than its kind of source allows (a blog is never high)."""
    kinds = _kinds(content)
    for _, doc in content.valid("roles"):
        for where, item in figures(doc.data):
            kind = kinds.get(item.get("source"))
            if kind in CEILING and ORDER[item["confidence"]] > ORDER[CEILING[kind]]:
                yield doc.problem((*where, "confidence"), f"confidence '{item['confidence']}' is above what a "
                                  f"{kind.replace('_', ' ')} source allows", f"use {CEILING[kind]} (or lower)")
    for _, doc in content.valid("business"):
        for i, fact in enumerate(doc.data["facts"]):
            kind = kinds.get(fact["source"])
            if kind in CEILING and ORDER[fact["confidence"]] > ORDER[CEILING[kind]]:
                yield doc.problem(("facts", i, "confidence"), f"confidence '{fact['confidence']}' is above what a "
                                  f"{kind.replace('_', ' ')} source allows", f"use {CEILING[kind]} (or lower)")


@rule("estimate-alone")
def check_article_estimates(content):
    """The article's own estimates are low-confidence estimates, shown only beside a sourced figure."""
    kinds = _kinds(content)
    for _, doc in content.valid("roles"):
        income = doc.data["income"]
        article = [i for i, f in enumerate(income) if kinds.get(f["source"]) == "article_estimate"]
        for i in article:
            if income[i]["population"] != "estimate" or income[i]["confidence"] != "low":
                yield doc.problem(("income", i, "population"), "the article's figure must be an estimate of low confidence",
                                  "set population: estimate and confidence: low")
        if article and len(article) == len(income):
            yield doc.problem(("income", article[0], "source"), "the article's estimate is the role's only income figure",
                              "add a sourced figure beside it, or move the estimate into income_gap's words")


@rule("posting-labelled", own_file=True)
def check_postings_labelled(content):
    """A single job posting says so in its note, so no reader takes it for a market rate."""
    for _, doc in content.valid("roles"):
        for i, f in enumerate(doc.data["income"]):
            if f["population"] == "posting" and "posting" not in (f.get("note") or "").lower():
                yield doc.problem(("income", i), "a single job posting needs a note that says it is one posting",
                                  "add note: explaining whose posting, when, and why it is not a market rate", key=True)


@rule("occupation-note", own_file=True)
def check_occupation_note(content):
    """A role whose official occupation is a loose match, or which has none, says why in occupation.note."""
    for _, doc in content.valid("roles"):
        occ = doc.data["occupation"]
        if occ["match"] != "close" and not occ.get("note"):
            yield doc.problem(("occupation", "match"), f"a '{occ['match']}' match needs a note saying why",
                              "add occupation.note: what the official occupation covers and what it misses")


@rule("figure-match", own_file=True)
def check_figure_match(content):
    """A figure's match to the role agrees with what it measures: the role's own occupation carries the
    role's match, another occupation is at best a loose stand-in, and agencies mixed in are never exact."""
    for _, doc in content.valid("roles"):
        role_match, soc = doc.data["occupation"]["match"], (doc.data["occupation"].get("code") or "")[:7]
        for i, f in enumerate(doc.data["income"]):
            where, occ = ("income", i, "match"), f.get("occupation")
            if occ and occ == soc and f["match"] != role_match:
                yield doc.problem(where, f"the figure is for the role's own occupation ({occ}), whose match is "
                                  f"'{role_match}', but it says '{f['match']}'", f"use match: {role_match}")
            elif occ and occ != soc and f["match"] not in ("loose", "none"):
                yield doc.problem(where, f"the figure is for another occupation ({occ}) than the role's own, so it "
                                  f"cannot be a '{f['match']}' match", "use match: loose (a stand-in) or none (context)")
            elif f["population"] == "freelancers_and_agencies" and f["match"] == "exact":
                yield doc.problem(where, "a figure that counts agencies with freelancers is not an exact match",
                                  "use match: close (or loose)")
