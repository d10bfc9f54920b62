"""Every rule has a case: one change to the mini content, the message it must give and the line it
must point at. A rule registered without a case fails `test_every_rule_has_a_case`, so no rule ships
untested (the detailed tests of each rule are in test_rules.py)."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from crossroads.content import rules
from tests.mini import FILES, line_of

ROLE = FILES["roles/seo.yml"]
ESTIMATE = """    - kind: hourly
      population: estimate
      median: 100
      currency: USD
      region: US
      year: null
      source: article
      confidence: {confidence}
      match: close
"""
ARTICLE = "id: article\npublisher: The article\ntitle: The article\nyear: null\nkind: article_estimate\n"


@dataclass(frozen=True)
class Case:
    rule: str
    file: str                       # the file changed and where the problem must be reported
    old: str | None                 # text replaced in the mini file (None: the file is new)
    new: str
    message: str                    # a part of the message
    at: str                         # the text on the line the problem must point at
    extra: tuple = ()               # other files changed: (name, old, new)


def role_with(old, new):
    return ROLE.replace(old, new, 1)


WORDS = 'words: {high: "{it} is code", middle: "{it} is some code", low: "{it} is little code"}, '  # the mini quiz trait's words

CASES = [
    Case("id-matches-filename", "roles/seo.yml", "id: seo\n", "id: seo-consultant\n", "does not match the file name", "id: seo-consultant"),
    Case("duplicate-id", "roles/seo.yml", "{skill: talking, level: useful}", "{skill: keywords, level: useful}",
         "is listed twice", "{skill: keywords, level: useful}", (("skills/talking.yml", None, None),)),
    Case("unknown-reference", "roles/seo.yml", "{skill: keywords, level: core}", "{skill: keywrds, level: core}",
         "unknown skill 'keywrds'", "keywrds"),
    Case("figure-source-missing", "roles/seo.yml", "    source: bls\n", "    source: bls-2024\n", "bls-2024", "source: bls-2024"),
    Case("low-above-high", "roles/seo.yml", "low: 42070", "low: 442070", "is above high", "low: 442070"),
    Case("future-date", "roles/seo.yml", 'last_reviewed: "2026-01-01"', 'last_reviewed: "2027-01-01"', "in the future", "last_reviewed"),
    Case("https-only", "sources/bls.yml", "https://www.bls.gov", "http://www.bls.gov", "not an https address", "url:"),
    Case("dimension-coverage", "paths/marketing.yml", "{value: high,", "{value: lowish,", "is not on the scale", "lowish"),
    Case("role-skill-count", "roles/seo.yml", "  - {skill: talking, level: useful}\n", "", "a role needs at least 4", "skills:",
         (("skills/talking.yml", None, None),)),
    Case("orphan-skill", "skills/orphan.yml", None, "id: orphan\nname: Orphan\ncategory: creative\ndescription: x.\nlearn: x.\nshow: x.\n",
         "no role needs the skill", "id: orphan"),
    Case("self-reference", "roles/seo.yml", "related_roles: []", "related_roles: [seo]", "cannot be related to itself", "related_roles"),
    Case("trait-coverage", "paths/marketing.yml", "traits: {technical: 0.2}\n", "", "no quiz profile", "id: marketing"),
    Case("quiz-says", "quiz.yml", ", says: you do not like code}", "}", "answer 'not-really' can be named as a reason but has no `says:`",
         "id: not-really"),
    Case("quiz-once", "quiz.yml", "questions:\n", "questions:\n  - {id: goal, kind: amount, text: Goal?, unit: dollars, max: 100}\n"
         "  - {id: goal-too, kind: amount, text: Again?, unit: dollars, max: 100}\n",
         "question 'goal-too' repeats amount of question 'goal'", "id: goal-too"),
    Case("quiz-weights", "quiz.yml", "    weight: 1\n", "    weight: 5\n", "is outside 0.5–3", "weight: 5"),
    Case("unmeasured-trait", "quiz.yml", "  - {id: technical, name: Technical, description: Likes code., " + WORDS + "weight: 1}\n",
         "  - {id: technical, name: Technical, description: Likes code., " + WORDS + "weight: 1}\n"
         "  - {id: creative, name: Creative, description: Likes words., " + WORDS + "weight: 1}\n",
         "no answer measures the trait 'creative'", "id: creative",
         (("roles/seo.yml", "traits: {technical: 0.4}", "traits: {technical: 0.4, creative: 0.9}"),
          ("paths/marketing.yml", "traits: {technical: 0.2}", "traits: {technical: 0.2, creative: 0.8}"))),
    Case("open-end", "roles/seo.yml", "    high: 144610\n", "    open_end: high\n", "has no high value", "open_end: high"),
    Case("measure-matches-quote", "roles/seo.yml", "measure: employment_change", "measure: demand_change",
         "does not speak of demand_change", "measure: demand_change"),
    Case("id-year", "sources/bls-2023.yml", None, FILES["sources/bls.yml"].replace("id: bls\n", "id: bls-2023\n"),
         "the id says 2023", "year:", (("sources/bls.yml", None, None), ("roles/seo.yml", "source: bls\n", "source: bls-2023\n"),
                                       ("occupations/13-1161.yml", "source: bls\n", "source: bls-2023\n"))),
    Case("derived-dimension", "paths/marketing.yml", "barrier-to-entry: {rationale:", "barrier-to-entry: {value: high, rationale:",
         "is computed from the path's roles", "{value: high, rationale: A laptop"),
    Case("degree-claim", "roles/seo.yml", "summary: Gets sites found.", "summary: Gets sites found, without a degree.",
         "official entry education is a degree", "summary:"),
    Case("prose-number", "roles/seo.yml", "ai_impact: Drafts get cheaper.", "ai_impact: Drafts cost 43% less.",
         "the number '43%' matches none", "ai_impact:"),
    Case("reserved-id", "roles/seo.yml", "id: seo\n", "id: compare\n", "is the address of a generated page", "id: compare"),
    Case("confidence-ceiling", "roles/seo.yml", "startup_cost: {low: 0, high: 500, confidence: low,",
         "startup_cost: {low: 0, high: 500, confidence: high,", "above what a editorial estimate source allows", "startup_cost:"),
    Case("estimate-alone", "roles/seo.yml", "income:\n", "income:\n" + ESTIMATE.format(confidence="medium").replace("    - ", "  - ", 1)
         .replace("\n      ", "\n    "), "must be an estimate of low confidence", "population: estimate",
         (("sources/article.yml", None, ARTICLE),)),
    Case("posting-labelled", "roles/seo.yml", "    population: employees\n", "    population: posting\n",
         "needs a note that says it is one posting", "  - kind: percentiles"),
    Case("uncited-source", "sources/extra.yml", None, "id: extra\npublisher: Someone\ntitle: A report\nurl: https://example.org/r\nyear: 2024\nkind: news\n",
         "no figure, fact or estimate cites the source 'extra'", "id: extra"),
    Case("figure-match", "roles/seo.yml", "    confidence: high\n    match: loose\n", "    confidence: high\n    match: close\n",
         "whose match is 'loose', but it says 'close'", "    match: close"),
    Case("fact-reference", "business/start.yml", "text: Self-employment tax is {tax-rate}", "text: Self-employment tax is {tax-rat}",
         "'{tax-rat}' names no fact", "text: Self-employment tax", (("business/start.yml", "summary: Side income is taxed.",
                                                                  "summary: Side income is taxed at {tax-rate}."),)),
    Case("fact-unused", "business/start.yml", "facts:\n", "facts:\n  - {id: spare, value: 1, unit: count, what: x, region: US, "
         "year: '2026', source: irs, confidence: high, quote: one 1}\n", "is named by no text", "id: spare"),
    Case("fact-in-quote", "business/start.yml", "value: 15.3", "value: 15.2", "does not appear in the fact's quote", "value: 15.2"),
    Case("fact-unit", "business/start.yml", "unit: percent", "unit: money", "money needs a currency", "id: tax-rate"),
    Case("business-number", "business/start.yml", "of profit.", "of profit, 12.4 of it for pensions.",
         "the number '12.4' is typed in the text", "text: Self-employment"),
    Case("business-reference", "business/start.yml", '"site:income"', '"site:incme"', "is not a page a step can link to", "site:incme"),
    Case("plan-reference", "plan.yml", "ref: start/set-aside", "ref: start/set-asid", "names no step of start", "ref: start/set-asid"),
    Case("plan-words", "plan.yml", 'how_to_start: "{item}"', 'how_to_start: "{itme}"', "'{itme}' is not filled", "how_to_start: "),
    Case("plan-pacing", "plan.yml", "min_hours: 1,", "min_hours: 20,", "lies outside", "pacing:"),
    Case("plan-coverage", "plan.yml", "{id: start-1, from: how_to_start, pick: 1,", "{id: start-1, from: how_to_start, pick: 3,",
         "gets no core step in week-1", "- id: week-1"),
    Case("growth-words", "roles/seo.yml", "ai_impact: Drafts get cheaper.", "ai_impact: Jobs look flat at 6.7% a decade.",
         "says 'flat' of a projected change of 6.7%", "ai_impact:"),
    Case("pay-words", "paths/marketing.yml", "strengths: [Cheap to start]", "strengths: [SEO work is better paid than most]",
         "says 'better paid' of roles whose pay cannot be ranked", "strengths:"),
    Case("occupation-note", "roles/seo.yml", "match: loose, note: Proxy.}", "match: loose}", "needs a note saying why",
         "match: loose}"),
]


def apply(case: Case) -> dict:
    """The changed files of a case, as check() takes them."""
    changes: dict[str, str | None] = {}
    for name, old, new in ((case.file, case.old, case.new), *case.extra):
        if old is None:
            changes[name] = new
            continue
        base = changes.get(name) or FILES[name]
        assert old in base, (case.rule, name, old)
        changes[name] = base.replace(old, new, 1)
    if case.rule == "reserved-id":                 # the file name follows the id
        changes["roles/compare.yml"], changes["roles/seo.yml"] = changes["roles/seo.yml"], None
    return changes


def test_every_rule_has_a_case():
    assert sorted(rules.RULES) == sorted({c.rule for c in CASES})


@pytest.mark.parametrize("case", CASES, ids=[c.rule for c in CASES])
def test_the_case_gives_its_message_at_its_line(check, case):
    changes = apply(case)
    found = [p for p in check(changes) if p.rule == case.rule]
    assert found, f"{case.rule}: no problem"
    [p] = [p for p in found if case.message in p.message] or found[:1]
    assert case.message in p.message and p.hint, p.format()
    name = "roles/compare.yml" if case.rule == "reserved-id" else case.file
    assert p.file.endswith(f"content/{name}"), p.format()
    assert p.line == line_of(changes[name], case.at), p.format()


def test_the_mini_tree_passes_every_rule(check):
    assert check() == []
