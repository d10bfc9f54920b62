"""The career-fit quiz: the projection the browser loads (publish/api.py writes it) and the reference scoring
(pages/quiz_how.py prints the method).

Scoring (docs/assets/quiz.js does exactly the same, step by step; tests/test_quiz.py checks that
both give the same numbers). For an answered question q with weight w_q, the chosen option says
the reader's value a_t on some traits t (each with weight v_t). Against a profile p (a path or a
role), the answer matches by

    m_q = Σ_t v_t · (1 − |a_t − p_t|^power) / Σ_t v_t

and the score is the weighted mean of the matches, Σ_q w_q · m_q / Σ_q w_q (0 to 1). An option
that contributes to no trait is left out. The reasons for a score are the answers with the largest
w_q · (m_q − reason_baseline); "what would change it" is the single changed answer that most
narrows (or reverses) the lead of the top item over the runner-up.
"""

from __future__ import annotations

import hashlib
import math

from crossroads import routes
from crossroads.model.dataset import Dataset

# Data

SCHEMA_VERSION = 1


def answer_key(quiz: dict) -> str:
    """A short fingerprint of the question and option ids: a shared link from another version is refused."""
    text = "\n".join(q["id"] + ":" + ",".join(o["id"] for o in q["options"]) for q in quiz["questions"])
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:8]


def projection(data: Dataset) -> dict:
    """The JSON the quiz script loads: only what it needs, traits by position, with schema_version."""
    quiz = data.quiz
    order = [t["id"] for t in quiz["traits"]]

    def profile(item):
        return [item.traits[t] for t in order]

    def contributes(option):
        return [[i, option["contributes"][t]] for i, t in enumerate(order) if t in option["contributes"]]

    return {
        "schema_version": SCHEMA_VERSION,
        "key": answer_key(quiz),
        "scoring": dict(quiz["scoring"]),
        "traits": [{"id": t["id"], "name": t["name"], "weight": t["weight"]} for t in quiz["traits"]],
        "questions": [{"id": q["id"], "kind": q["kind"], "text": q["text"], "weight": q["weight"],
                       "options": [{"id": o["id"], "label": o["label"], "contributes": contributes(o)} for o in q["options"]]}
                      for q in quiz["questions"]],
        "paths": [{"id": p.id, "name": p.name, "url": routes.url(routes.path(p.id)), "profile": profile(p)}
                  for p in data.paths.values()],
        "roles": [{"id": r.id, "name": r.name, "url": routes.url(routes.role(r.id)), "paths": list(r.paths),
                   "profile": profile(r)} for r in data.role_order],
        "backgrounds": [{"id": b.id, "name": b.name, "url": routes.url(routes.PAGES["starting_points"]) + "#" + b.id,
                         "roles": b.role_ids()} for b in data.backgrounds.values()],
        "links": {"compare": routes.url(routes.PAGES["compare_paths"]), "roles": routes.url(routes.PAGES["roles"]),
                  "method": routes.url(routes.PAGES["quiz_how"])},
    }


# Scoring (reference implementation; the browser runs the same steps in quiz.js)

def matches(proj: dict, answers: list, profile: list[float]) -> list[tuple[int, float, float]]:
    """(question index, weight, match) for every answer that speaks to at least one trait."""
    power = proj["scoring"]["distance_power"]
    out = []
    for qi, question in enumerate(proj["questions"]):
        if answers[qi] is None:
            continue
        num = den = 0.0
        for ti, value in question["options"][answers[qi]]["contributes"]:
            v = proj["traits"][ti]["weight"]
            num += v * (1 - abs(value - profile[ti]) ** power)
            den += v
        if den > 0:
            out.append((qi, question["weight"], num / den))
    return out


def fit(proj: dict, answers: list, profile: list[float]) -> float:
    """The weighted mean match of the answers with one profile (0 when no answer counts)."""
    num = den = 0.0
    for _, w, m in matches(proj, answers, profile):
        num += w * m
        den += w
    return num / den if den > 0 else 0.0


def scores(proj: dict, answers: list) -> dict[str, dict[str, float]]:
    """Every path's and role's score, by id."""
    return {kind: {item["id"]: fit(proj, answers, item["profile"]) for item in proj[kind]} for kind in ("paths", "roles")}


def ranked(proj: dict, answers: list, kind: str) -> list[tuple[int, float]]:
    """(item index, score) from best to worst; equal scores keep the data order."""
    found = [(i, fit(proj, answers, item["profile"])) for i, item in enumerate(proj[kind])]
    return sorted(found, key=lambda pair: -pair[1])


def percent(score: float) -> int:
    """A score as a whole percentage, rounded half up (as JavaScript's Math.round)."""
    return math.floor(score * 100 + 0.5)


def level(proj: dict, score: float) -> str:
    """The id of the first fit level whose minimum the score reaches."""
    return next((lv["id"] for lv in proj["scoring"]["fit_levels"] if score >= lv["min"]), proj["scoring"]["fit_levels"][-1]["id"])


def reasons(proj: dict, answers: list, profile: list[float]) -> list[int]:
    """Indexes of the questions whose answers count most: largest weight × (match − reason_baseline)."""
    base = proj["scoring"]["reason_baseline"]
    shares = [(qi, w * (m - base)) for qi, w, m in matches(proj, answers, profile)]
    shares.sort(key=lambda pair: -pair[1])
    return [qi for qi, _ in shares[: proj["scoring"]["reasons"]]]


def what_if(proj: dict, answers: list, kind: str) -> dict | None:
    """The one changed answer that most narrows, or reverses, the top item's lead over the others."""
    items = proj[kind]
    if len(items) < 2:
        return None
    top = ranked(proj, answers, kind)[0][0]
    best = None
    for qi, question in enumerate(proj["questions"]):
        for oi in range(len(question["options"])):
            if answers[qi] is None or oi == answers[qi]:
                continue
            trial = answers[:qi] + [oi] + answers[qi + 1:]
            rival, rival_score = next((i, s) for i, s in ranked(proj, trial, kind) if i != top)
            top_score = fit(proj, trial, items[top]["profile"])
            if best is None or top_score - rival_score < best["margin"]:
                best = {"question": qi, "option": oi, "top": top, "rival": rival, "margin": top_score - rival_score,
                        "top_score": top_score, "rival_score": rival_score}
    return best


def result(proj: dict, answers: list) -> dict:
    """Everything the result screen shows, as ids and numbers (the browser's CrossroadsQuiz.result)."""
    def entries(kind, n):
        return [{"id": proj[kind][i]["id"], "score": s, "percent": percent(s), "level": level(proj, s),
                 "reasons": [proj["questions"][q]["id"] for q in reasons(proj, answers, proj[kind][i]["profile"])]}
                for i, s in ranked(proj, answers, kind)[:n]]

    def change(kind):
        if not (w := what_if(proj, answers, kind)):
            return None
        question = proj["questions"][w["question"]]
        return {"question": question["id"], "option": question["options"][w["option"]]["id"],
                "rival": proj[kind][w["rival"]]["id"], "margin": w["margin"]}

    return {"paths": entries("paths", len(proj["paths"])), "roles": entries("roles", proj["scoring"]["top_roles"]),
            "change": {"paths": change("paths"), "roles": change("roles")}}


def encode(proj: dict, answers: list[int]) -> str:
    """The URL fragment of a complete set of answers: `answers=KEY-DIGITS`, one digit per question."""
    return f"answers={proj['key']}-" + "".join(str(a + 1) for a in answers)
