"""The quiz's data file (`assets/quiz.json`, and `data` of api/v1/quiz.json): a projection of
content/quiz.yml, the trait profiles and what the result shows of each role, with traits by position.

Only numbers and ids from the model, and labels from `vocabulary`: docs/assets/quiz.js words them
(pay as render/figures.py does, with crossroads-core.js's money and rounding). The starting-point
question (kind `several`) takes its options from content/backgrounds/, each with its nearest roles.
"""

from __future__ import annotations

import hashlib
import re

from crossroads import routes, vocabulary
from crossroads.model.dataset import Dataset
from crossroads.model.income import Annualised

# Data

SCHEMA_VERSION = 2       # 2: constraints, several and amount questions, scores against the average item (issue 18)
PLAN_QUERY = ("hours", "goal")   # what routes.plan reads: the result's plan links carry both
DIGITS = "123456789abcdefghijklmnopqrstuvwxyz"   # option numbers in a result link (1 = the first option)


def answer_key(questions: list[dict]) -> str:
    """A short fingerprint of the question and option ids: a shared link from another version is refused."""
    text = "\n".join(q["id"] + ":" + q["kind"] + ":" + ",".join(o["id"] for o in q.get("options", [])) for q in questions)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:8]


# Pieces

def _question(q: dict, order: list[str], data: Dataset) -> dict:
    """One question as the script reads it: contributions by trait position; starting points as options."""
    out = {"id": q["id"], "kind": q["kind"], "text": q["text"]}
    out.update({k: q[k] for k in ("weight", "hint", "unit", "max", "says", "near", "far") if k in q})
    if q["kind"] == "several":
        out["options"] = [{"id": b.id, "label": b.name, "contributes": [], "roles": b.role_ids()}
                          for b in data.backgrounds.values()]
    elif "options" in q:
        out["options"] = [{"id": o["id"], "label": o["label"],
                           "contributes": [[i, o["contributes"][t]] for i, t in enumerate(order) if t in o["contributes"]],
                           **{k: o[k] for k in ("says", "limit") if k in o}} for o in q["options"]]
    return out


def basis(a: Annualised) -> dict | None:
    """The hours (days, clients), weeks (months) and fee behind an annualised figure (None as published)."""
    b = a.basis
    if b.kind not in ("hourly", "daily", "monthly_retainer"):
        return None
    out = {"kind": b.kind, "per_week": b.per_week, "weeks": b.weeks, "clients": b.clients, "months": b.months, "fee": b.fee}
    if b.rate_currency:
        out["from"] = b.rate_currency
    return out


def pay(a: Annualised, data: Dataset) -> dict:
    """One headline figure (model/income.headline's pick): its annual value and what it measures."""
    f = a.figure
    occ = data.occupations.get(f.occupation or "")
    return {"measure": vocabulary.MEASURE[f.population], "employees": f.population == "employees", "value": a.mid,
            "currency": a.currency, "median": f.median is not None, "region": f.region, "year": f.year,
            "occupation": occ.title.lower() if occ else None, "match": vocabulary.FIGURE_MATCH_SHORT[f.match],
            "basis": basis(a), "unit": f.unit, "published": [f.low, f.median, f.high], "published_currency": f.currency}


def _role(r, data: Dataset, profile) -> dict:
    """A role with what its result card shows: pay, start-up cost, months to first income and where to go next."""
    return {"id": r.id, "name": r.name, "url": routes.url(routes.role(r.id)), "paths": list(r.paths), "profile": profile(r),
            "mode": r.work_mode, "cost": [r.startup_cost.low, r.startup_cost.high],
            "months": [r.time_to_first_income.low, r.time_to_first_income.high],
            "pay": [pay(a, data) for a in data.headlines[r.id].order],
            "experiment": routes.url(routes.first_experiment(r.id)), "plan": routes.url(routes.plan(r.id))}


# The file

def projection(data: Dataset) -> dict:
    """The JSON the quiz script loads: only what it needs, traits by position, with schema_version."""
    quiz = data.quiz
    order = [t["id"] for t in quiz["traits"]]

    def profile(item):
        return [item.traits[t] for t in order]

    questions = [_question(q, order, data) for q in quiz["questions"]]
    return {
        "schema_version": SCHEMA_VERSION,
        "key": answer_key(questions),
        "scoring": dict(quiz["scoring"]),
        "traits": [{"id": t["id"], "name": t["name"], "weight": t["weight"], "words": t["words"]} for t in quiz["traits"]],
        "questions": questions,
        "paths": [{"id": p.id, "name": p.name, "url": routes.url(routes.path(p.id)), "profile": profile(p)}
                  for p in data.paths.values()],
        "roles": [_role(r, data, profile) for r in data.role_order],
        "backgrounds": [{"id": b.id, "name": b.name, "url": routes.url(routes.background(b.id)), "roles": b.role_ids()}
                        for b in data.backgrounds.values()],
        "labels": {"mode": dict(vocabulary.WORK_MODE)},
        "links": {"compare": routes.url(routes.PAGES["compare_paths"]), "roles": routes.url(routes.PAGES["roles"]),
                  "method": routes.url(routes.PAGES["quiz_how"]),
                  "compare_roles": routes.url(routes.compare_roles("{a}", "{b}")), "plan_query": list(PLAN_QUERY)},
    }


# Result links: #answers=KEY-T.T.T… (one token per question)

def encode(proj: dict, answers: list) -> str:
    """The URL fragment of a complete set of answers: option numbers, ticked option numbers, the amount."""
    def token(question, a):
        if question["kind"] == "amount":
            return "" if a is None else str(a)
        if question["kind"] == "several":
            return "".join(DIGITS[o] for o in a)
        return DIGITS[a]
    return f"answers={proj['key']}-" + ".".join(token(q, a) for q, a in zip(proj["questions"], answers, strict=True))


def decode(proj: dict, text: str) -> dict | None:
    """None for no answers; {"answers": [...]}; or {"error": "outdated" | "damaged"} (quiz.js's decode)."""
    text = text.removeprefix("#")
    if not text:
        return None
    m = re.fullmatch(r"answers=([0-9a-f]{8})-([0-9a-z.]*)", text)
    if not m:
        return {"error": "damaged"}
    tokens = m.group(2).split(".")
    if m.group(1) != proj["key"] or len(tokens) != len(proj["questions"]):
        return {"error": "outdated"}
    answers = []
    for question, t in zip(proj["questions"], tokens, strict=True):
        n = len(question.get("options", []))
        if question["kind"] == "amount":
            if not re.fullmatch(r"([1-9][0-9]{0,8})?", t) or (t and int(t) > question["max"]):
                return {"error": "damaged"}
            answers.append(int(t) if t else None)
        elif question["kind"] == "several":
            picked = [DIGITS.find(c) for c in t]
            if any(p < 0 or p >= n for p in picked) or picked != sorted(set(picked)):
                return {"error": "damaged"}
            answers.append(picked)
        else:
            if len(t) != 1 or not 0 <= DIGITS.find(t) < n:
                return {"error": "damaged"}
            answers.append(DIGITS.find(t))
    return {"answers": answers}
