"""The career-fit quiz's reference scoring, on the data of model/quiz_data.py (pages/quiz_how.py prints
the method; docs/assets/quiz.js runs the same steps in the same order, and tests/test_quiz_browser.py
compares the two on random answer sets).

Answers: one entry per question: an option index (choice, scale), a sorted list of option indexes
(several; [] when none is ticked), a whole number or None (amount); None for a question not answered.

1. Match m(q, item): for a trait answer, the trait-weighted mean of 1 − |answer − profile|^power over
   its traits; for the starting points, the best ticked one: background_match[place] when it names the
   role (a path: its best role), else 0. An answer that speaks to no trait, no tick and the amount
   do not count.
2. Lead(q, item) = m(q, item) − the mean of m(q, ·) over the kind's items: an answer that fits every
   item alike leads none.
3. Score = 1 / (1 + e^(−4 · spread · L)), L = Σ_q w_q · lead(q, item) / Σ_q w_q: 50% for an item no
   answer tells apart, rising as steeply as 50% + spread × L near the middle, never quite 0% or 100%
   (path_spread for paths). JavaScript's Math.exp may differ from Python's in the last bit: the parity
   test allows 1e-12.
4. A role that a hard limit rules out (hours, how soon income is needed, budget) comes after every
   other role, "not now", with the limits named.
5. Reasons: answers (never a middle one) whose |lead| ≥ reason_min_lead, worded by the answer's main
   trait and kept only when the item's profile bears the direction out: the strongest (w_q · |lead|)
   reasons against (at most `reasons_against`), and the strongest reasons for, one per trait, up to
   `reasons` in all; for first.
6. What would change it: the one changed answer (or tick) that most narrows, or reverses, the top
   item's lead over the best other (that fits the limits).
"""

from __future__ import annotations

import math

KINDS = ("paths", "roles")


# Matches and scores

def counts(question: dict, answer) -> bool:
    """True when the answer takes part in scoring."""
    if answer is None or question["kind"] == "amount":
        return False
    if question["kind"] == "several":
        return len(answer) > 0
    return len(question["options"][answer]["contributes"]) > 0


def near(proj: dict, option: dict, role_id: str) -> float:
    """A role's match with one starting point: by its place among the nearest roles, else 0."""
    scale = proj["scoring"]["background_match"]
    if role_id not in option["roles"]:
        return 0.0
    return scale[min(option["roles"].index(role_id), len(scale) - 1)]


def near_item(proj: dict, option: dict, kind: str, item: dict) -> float:
    """A role's match with one starting point; a path's is its best role's."""
    if kind == "roles":
        return near(proj, option, item["id"])
    best = 0.0
    for role in proj["roles"]:
        if item["id"] in role["paths"]:
            best = max(best, near(proj, option, role["id"]))
    return best


def trait_match(proj: dict, ti: int, value: float, profile: list[float]) -> float:
    return 1 - abs(value - profile[ti]) ** proj["scoring"]["distance_power"]


def match(proj: dict, qi: int, answer, kind: str, item: dict) -> float:
    """How well one (counting) answer matches one path or role, 0 to 1."""
    question = proj["questions"][qi]
    if question["kind"] == "several":
        best = 0.0
        for oi in answer:
            best = max(best, near_item(proj, question["options"][oi], kind, item))
        return best
    num = den = 0.0
    for ti, value in question["options"][answer]["contributes"]:
        weight = proj["traits"][ti]["weight"]
        num += weight * trait_match(proj, ti, value, item["profile"])
        den += weight
    return num / den


def table(proj: dict, answers: list, kind: str) -> list[tuple[int, list[float], float]]:
    """(question index, every item's match, their mean) for each answer that counts."""
    out = []
    for qi, question in enumerate(proj["questions"]):
        if not counts(question, answers[qi]):
            continue
        ms = [match(proj, qi, answers[qi], kind, item) for item in proj[kind]]
        total = 0.0
        for m in ms:
            total += m
        out.append((qi, ms, total / len(ms)))
    return out


def scores_of(proj: dict, answers: list, kind: str, rows=None) -> list[float]:
    """Every item's score, in data order: the weighted mean lead on the curve of step 3."""
    rows = table(proj, answers, kind) if rows is None else rows
    n = len(proj[kind])
    num = [0.0] * n
    den = 0.0
    for qi, ms, mean in rows:
        w = proj["questions"][qi]["weight"]
        for i in range(n):
            num[i] += w * (ms[i] - mean)
        den += w
    spread = proj["scoring"]["spread" if kind == "roles" else "path_spread"]
    return [1 / (1 + math.exp(-4 * spread * (x / den if den > 0 else 0.0))) for x in num]


def scores(proj: dict, answers: list) -> dict[str, dict[str, float]]:
    """Every path's and role's score, by id."""
    return {kind: dict(zip([i["id"] for i in proj[kind]], scores_of(proj, answers, kind), strict=True)) for kind in KINDS}


def percent(score: float) -> int:
    """A score as a whole percentage, rounded half up (as JavaScript's Math.round)."""
    return math.floor(score * 100 + 0.5)


def level(proj: dict, score: float) -> str:
    """The id of the first fit level whose minimum the score reaches."""
    levels = proj["scoring"]["fit_levels"]
    return next((lv["id"] for lv in levels if score >= lv["min"]), levels[-1]["id"])


# Hard limits

def limits(proj: dict, answers: list) -> dict[str, tuple[int, float]]:
    """The limits the answers set: kind (hours, months, usd) → (question index, value)."""
    out = {}
    for qi, question in enumerate(proj["questions"]):
        if question["kind"] in ("choice", "scale") and answers[qi] is not None:
            for name, value in question["options"][answers[qi]].get("limit", {}).items():
                out[name] = (qi, value)
    return out


def blocked(proj: dict, found: dict, role: dict) -> list[dict]:
    """The hard limits a role cannot fit: [{"limit": hours | months | cost, "question": id}], in that order."""
    rules = proj["scoring"]["limits"]
    out = []
    if "hours" in found and role["mode"] == "full_time" and found["hours"][1] < rules["full_time_min_hours"]:
        out.append({"limit": "hours", "question": proj["questions"][found["hours"][0]]["id"]})
    if "months" in found and role["months"][0] > rules["months_factor"] * found["months"][1]:
        out.append({"limit": "months", "question": proj["questions"][found["months"][0]]["id"]})
    if "usd" in found and role["cost"][0] > rules["cost_factor"] * found["usd"][1]:
        out.append({"limit": "cost", "question": proj["questions"][found["usd"][0]]["id"]})
    return out


def ranked(proj: dict, answers: list, kind: str, rows=None) -> list[tuple[int, float, list]]:
    """(item index, score, limits it cannot fit) from best to worst; roles that fit the limits first; equal
    scores keep the data order."""
    found = limits(proj, answers) if kind == "roles" else {}
    out = [(i, s, blocked(proj, found, proj[kind][i]) if kind == "roles" else [])
           for i, s in enumerate(scores_of(proj, answers, kind, rows))]
    return sorted(out, key=lambda x: (len(x[2]) > 0, -x[1]))


# Reasons

def is_middle(proj: dict, option: dict) -> bool:
    """A middle answer: every value it gives lies within middle_band of 0.5 (it never becomes a reason)."""
    band = proj["scoring"]["middle_band"]
    return all(abs(value - 0.5) <= band + 1e-9 for _, value in option["contributes"])


def reasons(proj: dict, answers: list, kind: str, index: int, rows=None) -> list[dict]:
    """The answers that tell this item apart, strongest first: [{"question", "trait", "option", "for"}]."""
    rows = table(proj, answers, kind) if rows is None else rows
    s = proj["scoring"]
    item = proj[kind][index]
    found = []
    for qi, ms, mean in rows:
        question, lead = proj["questions"][qi], ms[index] - mean
        if abs(lead) < s["reason_min_lead"]:
            continue
        if question["kind"] == "several":
            if lead < 0 and ms[index] > 0:          # "not among the nearest" would not be true
                continue
            best = [oi for oi in answers[qi] if near_item(proj, question["options"][oi], kind, item) == ms[index]]
            option = question["options"][best[0]]["id"] if lead > 0 else None
            found.append((question["weight"] * abs(lead), {"question": question["id"], "trait": None, "option": option,
                                                           "for": lead > 0}))
            continue
        option = question["options"][answers[qi]]
        trait = main_trait(option)
        if is_middle(proj, option) or not agrees(proj, option, trait, item, lead > 0):
            continue
        found.append((question["weight"] * abs(lead), {"question": question["id"], "trait": proj["traits"][trait]["id"],
                                                       "option": option["id"], "for": lead > 0}))
    found.sort(key=lambda x: -x[0])
    against = [r for _, r in found if not r["for"]][: s["reasons_against"]]
    out, traits = [], {r["trait"] for r in against if r["trait"] is not None}
    for _, r in found:
        if len(out) + len(against) == s["reasons"]:
            break
        if r["for"] and (r["trait"] is None or r["trait"] not in traits):
            traits.add(r["trait"])
            out.append(r)
    return out + against


def band(proj: dict, value: float) -> str:
    """Which of a trait's words describe a profile value: low, middle or high."""
    bands = proj["scoring"]["word_bands"]
    return "low" if value <= bands["low"] else "high" if value >= bands["high"] else "middle"


def agrees(proj: dict, option: dict, ti: int, item: dict, for_it: bool) -> bool:
    """True when the words bear the direction out: a reason for pairs an answer with an item on the same side
    (a high answer, a high item); a reason against never does."""
    value = next(v for t, v in option["contributes"] if t == ti)
    side, words = (value > 0.5) - (value < 0.5), band(proj, item["profile"][ti])
    same = (side > 0 and words == "high") or (side < 0 and words == "low")
    return same if for_it else not same


def main_trait(option: dict) -> int:
    """The trait (position) an answer says most about: its value furthest from the middle (the first on a tie).
    A reason words only this trait, so what the reader said and what the item is are about the same thing."""
    best, best_ti = -1.0, None
    for ti, value in option["contributes"]:
        if abs(value - 0.5) > best:
            best, best_ti = abs(value - 0.5), ti
    return best_ti


# What would change the result

def trials(proj: dict, answers: list):
    """(question index, option index, answers with that one change): every other option; a tick added or removed."""
    for qi, question in enumerate(proj["questions"]):
        a = answers[qi]
        if a is None or question["kind"] == "amount":
            continue
        for oi in range(len(question["options"])):
            if question["kind"] == "several":
                value = sorted(set(a) ^ {oi})
            elif oi == a:
                continue
            else:
                value = oi
            yield qi, oi, answers[:qi] + [value] + answers[qi + 1:]


def what_if(proj: dict, answers: list, kind: str) -> dict | None:
    """The one changed answer that most narrows, or reverses, the top item's lead over the best other."""
    order = ranked(proj, answers, kind)
    if len(order) < 2 or order[0][2]:
        return None
    top, best = order[0][0], None
    for qi, oi, trial in trials(proj, answers):
        now = ranked(proj, trial, kind)
        mine = next(x for x in now if x[0] == top)
        rival = next((x for x in now if x[0] != top and not x[2]), None)
        if mine[2] or rival is None:
            continue
        if best is None or mine[1] - rival[1] < best["margin"]:
            best = {"question": qi, "option": oi, "rival": rival[0], "margin": mine[1] - rival[1]}
    return best


# The result

def result(proj: dict, answers: list) -> dict:
    """Everything the result screen shows, as ids and numbers (the browser's CrossroadsQuiz.result)."""
    out = {"change": {}}
    for kind in KINDS:
        rows = table(proj, answers, kind)
        order = ranked(proj, answers, kind, rows)
        shown = [x for x in order if not x[2]][: proj["scoring"]["top_roles"] if kind == "roles" else len(order)]
        out[kind] = [{"id": proj[kind][i]["id"], "score": s, "percent": percent(s), "level": level(proj, s),
                      "reasons": reasons(proj, answers, kind, i, rows)} for i, s, _ in shown]
        w = what_if(proj, answers, kind)
        q = proj["questions"][w["question"]] if w else None
        out["change"][kind] = w and {"question": q["id"], "option": q["options"][w["option"]]["id"],
                                     "rival": proj[kind][w["rival"]]["id"], "margin": w["margin"]}
    by_score = sorted(ranked(proj, answers, "roles"), key=lambda x: -x[1])[: proj["scoring"]["top_roles"]]
    out["not_now"] = [{"id": proj["roles"][i]["id"], "score": s, "percent": percent(s), "limits": lim}
                      for i, s, lim in by_score if lim]
    return out
