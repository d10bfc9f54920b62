"""Words against numbers: growth words (flat, about average, faster, twice the average, decline) agree
with the projection they describe and the all-occupations average, and a path never ranks its roles
by pay where their figures come from stand-ins that cannot be ranked."""

from __future__ import annotations

import re

from crossroads.content.rules.base import rule, soc
from crossroads.content.rules.prose import BACKGROUND_TEXT, PATH_TEXT, ROLE_TEXT, _texts

# Data

SENTENCE = re.compile(r"(?:[^.!?]|[.](?=\d))+(?:[.!?]|$)")     # a decimal point does not end a sentence
PERCENT = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)\s?(?:%|percent)")
# Growth words as BLS orders them (little or no change < slower than average < about as fast < faster),
# with the test each sets for the projected change x against the all-occupations average a.
GROWTH_WORDS = [
    ("flat", re.compile(r"\bflat\b|little or no (?:change|growth)|\bno growth\b|\bstagnant\b", re.I),
     lambda x, a: abs(x) < a, "below the average"),
    ("slower than average", re.compile(r"slower than (?:the )?(?:[\d.]+% )?average|below (?:the )?(?:[\d.]+% )?average", re.I),
     lambda x, a: x < a, "below the average"),
    ("about average", re.compile(r"(?:about|close to|near|roughly|around|as fast as) (?:the )?(?:[\d.]+% )?average", re.I),
     lambda x, a: 0 < x < 2 * a, "above zero and under twice the average"),
    ("faster than average", re.compile(r"(?:faster than|above|far above|well above) (?:the )?(?:[\d.]+% )?average", re.I),
     lambda x, a: x > a, "above the average"),
    ("decline", re.compile(r"\b(?:shrink|shrinks|decline|declines|fall|falls|drop|drops)\b", re.I),
     lambda x, a: x < 0, "a fall"),
]
TIMES = re.compile(r"\b(twice|three times|four times|five times|six times|ten times)\s+(?:the\s+)?(?:[\d.]+%\s+)?average", re.I)
MULTIPLE = {"twice": 2, "three times": 3, "four times": 4, "five times": 5, "six times": 6, "ten times": 10}
PAY_WORDS = re.compile(r"\b(?:less well paid|better paid|worse paid|lower[- ]paid|higher[- ]paid|pays? (?:more|less)"
                       r"|earns? (?:more|less)|(?:higher|lower) pay)\b", re.I)
COMMON = {"and", "the", "for", "with", "ai"}
LOWER = re.compile(r"less|lower|worse", re.I)
STOP = {"engineer", "specialist", "manager", "consultant", "developer", "marketing", "strategist", "creator", "scientist",
        "research", "writer", "assisted", "augmented", "digital", "content", "applications", "small", "businesses",
        "adoption", "automation", "learning", "machine", "models", "generative", "trainer", "annotator", "product"}


# Helpers

def _average(content) -> float | None:
    """The all-occupations projected growth (content/assumptions.yml), None when it is not recorded."""
    a = content.single("assumptions")
    growth = a.data.get("all_occupations_growth") if a else None
    return float(growth["value"]) if growth else None


def _projections(roles: list[dict]) -> list[float]:
    """The projected employment changes (official outlook numbers) of the roles."""
    return [float(o["value"]) for r in roles for o in r["outlook"] if o["measure"] == "employment_change"]


def _sentences(text: str):
    for m in SENTENCE.finditer(text):
        yield m.group(0)


def _growth_problems(doc, fields, values: list[float], average: float):
    """A growth word whose nearest projected change in the same sentence does not fit it."""
    for where, text in _texts(doc.data, fields):
        for sentence in _sentences(text):
            found = [(m.start(), float(m.group(1))) for m in PERCENT.finditer(sentence)]
            found = [(i, v) for i, v in found if v != average]
            signed = [(i, next((x for x in values if abs(abs(x) - v) < 1e-9), None)) for i, v in found]
            signed = [(i, x) for i, x in signed if x is not None]
            if not signed:
                continue
            for name, pattern, fits, needs in GROWTH_WORDS:
                for m in pattern.finditer(sentence):
                    x = min(signed, key=lambda s: abs(s[0] - m.start()))[1]
                    if not fits(x, average):
                        yield doc.problem(where, f"says '{m.group(0)}' of a projected change of {x:g}%, but '{name}' "
                                          f"needs a change {needs} ({average:g}% for all occupations)",
                                          "use the words for where the number sits against the average, or drop them")
            for m in TIMES.finditer(sentence):
                x = min(signed, key=lambda s: abs(s[0] - m.start()))[1]
                ratio = x / average
                want = MULTIPLE[m.group(1).lower()]
                if abs(ratio - want) > 0.5:
                    yield doc.problem(where, f"says '{m.group(0)}' of {x:g}%, which is {ratio:.1f} times the "
                                      f"{average:g}% average", f"say about {round(ratio):g} times, or give the number alone")


# Rules

@rule("growth-words")
def check_growth_words(content):
    """Growth words (flat, about average, faster, twice the average, decline) fit the projection they describe."""
    average = _average(content)
    if average is None:
        return
    roles = {rid: doc.data for rid, doc in content.valid("roles")}
    for rid, doc in content.valid("roles"):
        yield from _growth_problems(doc, ROLE_TEXT, _projections([roles[rid]]), average)
    for pid, doc in content.valid("paths"):
        yield from _growth_problems(doc, PATH_TEXT, _projections([r for r in roles.values() if pid in r["paths"]]), average)
    for _, doc in content.valid("backgrounds"):
        near = [roles[r["role"]] for r in doc.data["roles"] if r["role"] in roles]
        yield from _growth_problems(doc, BACKGROUND_TEXT, _projections(near), average)


def _keywords(role: dict) -> set[str]:
    """Distinctive word stems of a role's name and id, to find it named in a sentence."""
    words = re.findall(r"[a-z]+", (role["name"] + " " + role["id"]).lower())
    return {w[:7] for w in words if len(w) >= 3 and w not in STOP and w not in COMMON}


def _wage(role: dict) -> tuple[str | None, float | None, str]:
    """(occupation, median, match) of the role's own occupation's annual wage figure, if it has one."""
    code = soc(role["occupation"].get("code"))
    for f in role["income"]:
        if f["population"] == "employees" and code and f.get("occupation") == code and f.get("median") is not None \
                and (f["kind"] == "annual_salary" or f.get("period") == "year"):
            return code, float(f["median"]), f["match"]
    return None, None, "none"


@rule("pay-words")
def check_pay_words(content):
    """A path ranks its roles by pay only where their figures can be ranked: its own occupation, closely matched."""
    roles = {rid: doc.data for rid, doc in content.valid("roles")}
    for pid, doc in content.valid("paths"):
        mine = {rid: r for rid, r in roles.items() if pid in r["paths"]}
        for where, text in _texts(doc.data, PATH_TEXT):
            for sentence in _sentences(text):
                if not (m := PAY_WORDS.search(sentence)):
                    continue
                low = sentence.lower()
                named = [rid for rid, r in mine.items() if any(re.search(r"\b" + k, low) for k in _keywords(r))]
                if not named:
                    continue
                wages = {rid: _wage(mine[rid]) for rid in mine}
                weak = [rid for rid in named if wages[rid][2] not in ("exact", "close")]
                head, _, tail = low.partition(" than ")
                subject = [rid for rid in named if any(re.search(r"\b" + k, head) for k in _keywords(mine[rid]))]
                others = ([rid for rid in named if rid not in subject] if tail else [rid for rid in mine if rid not in named])
                others = [rid for rid in others if wages[rid][1] is not None]
                named = subject or named
                if weak:
                    what = "; ".join(f"{mine[r]['name']}: {'no official occupation' if wages[r][0] is None else wages[r][0] + ', a ' + wages[r][2] + ' stand-in'}"
                                     for r in weak)
                    yield doc.problem(where, f"says '{m.group(0)}' of roles whose pay cannot be ranked ({what})",
                                      "say what each figure measures instead of ranking the roles by pay")
                    continue
                direction_lower = bool(LOWER.search(m.group(0)))
                for rid in named:
                    for other in others:
                        a, b = wages[rid][1], wages[other][1]
                        if (a > b) if direction_lower else (a < b):
                            yield doc.problem(where, f"says '{m.group(0)}' of {mine[rid]['name']}, but its median wage "
                                              f"(${a:,.0f}) is {'above' if direction_lower else 'below'} "
                                              f"{mine[other]['name']}'s (${b:,.0f})", "fix the words or the figures")
