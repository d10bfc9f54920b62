"""The quiz's reasons and limits in words (model/quiz.py finds them; docs/assets/quiz.js writes the same
sentences, and tests/test_quiz_browser.py compares them): what the reader said, then what the work is.
Never a percentage."""

from __future__ import annotations

from crossroads.model.quiz import band


def names(items: list[str]) -> str:
    """`a`, `a and b`, `a, b and c`."""
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def reason_text(proj: dict, answers: list, kind: str, index: int, reason: dict) -> str:
    """One reason in plain words: what the reader said, then what this item is, e.g. "For: you want a salaried
    full-time job; this role is mostly freelance or part-time." Never a percentage."""
    it = "this role" if kind == "roles" else "this path"
    qi = next(i for i, q in enumerate(proj["questions"]) if q["id"] == reason["question"])
    question = proj["questions"][qi]
    if question["kind"] == "several":
        ticked = [question["options"][oi]["label"] for oi in answers[qi]]
        said = question["says"].replace("{names}", names(ticked))
        about = (question["near"] if reason["for"] else question["far"]).replace("{it}", it)
    else:
        said = next(o for o in question["options"] if o["id"] == reason["option"])["says"]
        ti = next(i for i, t in enumerate(proj["traits"]) if t["id"] == reason["trait"])
        words = proj["traits"][ti]["words"][band(proj, proj[kind][index]["profile"][ti])]
        about = words.replace("{it}", it)
    return ("For: " if reason["for"] else "Against: ") + said + "; " + about + "."


def limit_text(proj: dict, answers: list, role: dict, limit: dict) -> str:
    """Why a role is "not now", in plain words: "you need income within about six months; first income usually
    takes 24 to 72 months"."""
    qi = next(i for i, q in enumerate(proj["questions"]) if q["id"] == limit["question"])
    said = proj["questions"][qi]["options"][answers[qi]]["says"]
    low, high = (role["cost"] if limit["limit"] == "cost" else role["months"])
    if limit["limit"] == "cost":
        low, high = _amount(low), _amount(high)
    words = proj["scoring"]["limits"]["words"][limit["limit"]]
    return said + "; " + words.replace("{it}", "this role").replace("{low}", str(low)).replace("{high}", str(high))


def _amount(usd: float) -> str:
    """Dollars as the site writes them: `$1,000` (crossroads-core.js's money for whole US dollars)."""
    return f"${usd:,.0f}"

