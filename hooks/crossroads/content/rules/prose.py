"""Prose against figures: every number in a text field traces to a sourced figure or quote,
and claims about degrees agree with the official entry education."""

from __future__ import annotations

import re
from collections.abc import Iterator

from crossroads.content.rules.base import figures, rule, soc

# Data

ROLE_TEXT = [("summary",), ("tasks", "*"), ("how_to_start", "steps", "*"), ("how_to_start", "first_experiment"),
             ("how_to_start", "portfolio_ideas", "*"), ("ai_impact",), ("outlook_summary",), ("income_gap",),
             ("occupation", "note"), ("startup_cost", "basis"), ("time_to_first_income", "basis"), ("outlook", "*", "detail")]
BACKGROUND_TEXT = [("who",), ("carries_over", "*"), ("missing", "*"), ("roles", "*", "why"), ("first_experiment",)]
PATH_TEXT = [("summary",), ("suits", "*"), ("strengths", "*"), ("risks", "*"), ("dimensions", "*", "value"),
             ("dimensions", "*", "rationale")]
NUMBER = re.compile(r"(?<![\w.\-/])([$£€])?(\d[\d,]*(?:\.\d+)?)(?:\s?(k|million|billion)\b)?(\s?%|\s?percent\b)?(?![\w/])", re.I)
PERIOD = re.compile(r"(?<![\w.])((?:19|20)\d{2})[-–]((?:19|20)?\d{2})(?![\w])")
SCALE = {"k": 1e3, "million": 1e6, "billion": 1e9}
NO_DEGREE = re.compile(r"\b(?:without|no|not need|don't need|do not need|never need)\s+(?:a\s+|any\s+)?(?:college\s+|university\s+)?degree\b(?!\s+in\b)", re.I)


# Rules

@rule("prose-number")
def check_prose_numbers(content):
    """Every number in a role's, path's or background's prose matches one of its figures, quotes or assumptions."""
    known = _global_numbers(content)
    per_role = {rid: known | _role_numbers(doc.data, content) for rid, doc in content.valid("roles")}
    for rid, doc in content.valid("roles"):
        yield from _untraced(doc, ROLE_TEXT, per_role[rid])
    for pid, doc in content.valid("paths"):
        mine = set().union(known, *(per_role[r] for r, d in content.valid("roles") if pid in d.data["paths"]))
        yield from _untraced(doc, PATH_TEXT, mine)
    for _, doc in content.valid("backgrounds"):
        mine = set().union(known, *(per_role.get(r["role"], set()) for r in doc.data["roles"]))
        yield from _untraced(doc, BACKGROUND_TEXT, mine)


@rule("degree-claim")
def check_degree_claims(content):
    """Text that says no degree is needed is not used where the official entry education is a degree."""
    occupations = {i: d.data for i, d in content.valid("occupations")}
    roles = {rid: doc.data for rid, doc in content.valid("roles")}

    def degree_occupations(role_ids):
        codes = {soc(roles[r]["occupation"].get("code")) for r in role_ids}
        return sorted(f"{occupations[c]['title']} ({occupations[c]['entry_education']})" for c in codes
                      if c in occupations and "degree" in occupations[c]["entry_education"].lower())
    docs = [(doc, ROLE_TEXT, [rid]) for rid, doc in content.valid("roles")]
    docs += [(doc, PATH_TEXT, [r for r in roles if pid in roles[r]["paths"]]) for pid, doc in content.valid("paths")]
    for doc, fields, role_ids in docs:
        official = degree_occupations(role_ids)
        for where, text in _texts(doc.data, fields):
            if official and (m := NO_DEGREE.search(text)):
                yield doc.problem(where, f"says '{m.group(0)}' but the official entry education is a degree: {official[0]}",
                                  "say what clients ask for instead (e.g. 'clients ask for results, not a degree'), "
                                  "or name the degree that is not needed")


# Helpers

def _texts(data: dict, fields: list[tuple]) -> Iterator[tuple[tuple, str]]:
    """(path, text) for every string at the field patterns ('*' = every item or key)."""
    def walk(node, pattern, path):
        if not pattern:
            if isinstance(node, str):
                yield path, node
            return
        head, rest = pattern[0], pattern[1:]
        if head == "*":
            items = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else ()
            for k, v in items:
                yield from walk(v, rest, path + (k,))
        elif isinstance(node, dict) and head in node:
            yield from walk(node[head], rest, path + (head,))
    for pattern in fields:
        yield from walk(data, pattern, ())


def numbers_in(text: str) -> list[tuple[str, float, int]]:
    """(token, value, decimals) for each number in the text; periods like 2024-34 count as their years."""
    out = []
    for m in PERIOD.finditer(text):
        start, end = m.group(1), m.group(2)
        out += [(start, float(start), 0), (end, float(end if len(end) == 4 else start[:2] + end), 0)]
    text = PERIOD.sub(" ", text)
    for m in NUMBER.finditer(text):
        digits = m.group(2).replace(",", "")
        scale = SCALE.get((m.group(3) or "").lower(), 1)
        decimals = len(digits.split(".")[1]) if "." in digits else 0
        out.append((m.group(0).strip(), float(digits) * scale, decimals - (3 if scale == 1e3 else 6 if scale == 1e6 else 0)))
    return out


def _matches(value: float, decimals: int, known: set[float]) -> bool:
    """True when a known number, rounded to the prose number's precision, equals it."""
    return any(abs(round(k, decimals) - value) < 1e-6 or abs(k - value) < 1e-6 for k in known)


def _values(text: str | None) -> set[float]:
    return {v for _, v, _ in numbers_in(text or "")}


def _role_numbers(role: dict, content) -> set[float]:
    """Numbers a role's prose may use: its figures, their quotes, notes and years, its occupation's facts."""
    out: set[float] = set()
    for _, fig in figures(role):
        out |= {float(fig[k]) for k in ("low", "median", "high", "value", "year") if isinstance(fig.get(k), (int, float))}
        out |= _values(fig.get("quote")) | _values(fig.get("note")) | _values(fig.get("period"))
        if (src := content.collections["sources"].get(fig["source"])) is not None and src.ok:
            out |= {float(src.data["year"])} if src.data.get("year") else set()
    code = soc(role["occupation"].get("code"))
    if code and (occ := content.collections["occupations"].get(code)) is not None and occ.ok:
        out |= {float(occ.data[k]) for k in ("employment", "employment_year", "self_employed_percent") if k in occ.data}
        out |= _values(occ.data["quote"])
    return out


def _global_numbers(content) -> set[float]:
    """Numbers any prose may use: the annualisation assumptions."""
    a = content.single("assumptions")
    return {float(v["value"]) for v in a.data["annualisation"].values()} if a else set()


def _untraced(doc, fields, known):
    for where, text in _texts(doc.data, fields):
        for token, value, decimals in numbers_in(text):
            plain = not any(c in token for c in "$£€%") and "percent" not in token and "k" not in token.lower()
            if plain and value <= 12 and decimals <= 0:
                continue                       # small counts: "two clients", "3 months"
            if not _matches(value, max(decimals, 0) if decimals >= 0 else decimals, known):
                yield doc.problem(where, f"the number '{token}' matches none of the figures or quotes it could come from",
                                  "make it a figure with a source (income: or outlook:), or quote the number as its source gives it")
