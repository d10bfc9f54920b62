"""How well the quiz's scores tell roles apart, over a fixed set of random answer sets (issue 18's targets).

`make bench` prints these figures against their targets; tests/test_quiz.py asserts them. A random answer
set picks one option per choice or scale question, none to three starting points, and no income goal
(the goal is never scored). Roles a hard limit sets aside ("not now") are left out of the ranking, as
the result screen leaves them out.
"""

from __future__ import annotations

import random
import statistics

from crossroads.model import quiz
from crossroads.pages.quiz_how import BENCH_SETS

SEED = 18
LABELS = {"median_gap_1_5": "median gap between the 1st and 5th role, points",
          "median_within_3": "median number of roles within 3 points of the 1st",
          "share_top_level_at_most_3": "share of sets giving the top fit level to at most 3 roles",
          "all_middle_top_level": "roles at the top fit level for all-middle answers"}
TARGETS = {"median_gap_1_5": (">=", 15), "median_within_3": ("<=", 1.5), "share_top_level_at_most_3": (">=", 0.9),
           "all_middle_top_level": ("<=", 0)}


def draw(proj: dict, rng: random.Random) -> list:
    """One random answer set."""
    out = []
    for q in proj["questions"]:
        if q["kind"] == "amount":
            out.append(None)
        elif q["kind"] == "several":
            out.append(sorted(rng.sample(range(len(q["options"])), rng.randrange(4))))
        else:
            out.append(rng.randrange(len(q["options"])))
    return out


def middle(proj: dict) -> list:
    """The all-middle answer set: every question's most middle option (values nearest 0.5), no tick, no goal."""
    out = []
    for q in proj["questions"]:
        if q["kind"] == "amount":
            out.append(None)
        elif q["kind"] == "several":
            out.append([])
        else:
            out.append(min(range(len(q["options"])),
                           key=lambda i: max([abs(v - 0.5) for _, v in q["options"][i]["contributes"]] or [0])))
    return out


def measure(proj: dict, sets: int = BENCH_SETS, seed: int = SEED) -> dict:
    """Median gap between the first and fifth role (points), median number of other roles within 3 points of
    the first, the share of sets giving the top fit level to at most 3 roles, and how many roles the
    all-middle answers put at the top level."""
    rng = random.Random(seed)
    top = proj["scoring"]["fit_levels"][0]["id"]
    gaps, within, few_top = [], [], 0
    for _ in range(sets):
        answers = draw(proj, rng)
        fits = [s for _, s, lim in quiz.ranked(proj, answers, "roles") if not lim]
        shown = [quiz.percent(s) for s in fits]                  # the points the reader sees
        gaps.append(shown[0] - shown[4])
        within.append(sum(1 for p in shown[1:] if shown[0] - p <= 3))
        few_top += sum(1 for s in fits if quiz.level(proj, s) == top) <= 3
    mid = quiz.scores(proj, middle(proj))["roles"]
    return {"sets": sets, "median_gap_1_5": statistics.median(gaps), "median_within_3": statistics.median(within),
            "share_top_level_at_most_3": few_top / sets,
            "all_middle_top_level": sum(1 for s in mid.values() if quiz.level(proj, s) == top)}


def verdicts(m: dict) -> list[tuple[str, float, str, float, bool]]:
    """(name, measured, comparison, target, met) for each target."""
    out = []
    for name, (op, target) in TARGETS.items():
        value = m[name]
        out.append((name, value, op, target, value >= target if op == ">=" else value <= target))
    return out
