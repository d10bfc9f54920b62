"""The rule registry and the helpers every rule module shares.

A rule is a small function registered under a name with `@rule("name")`; it gets the
Content (documents that passed the schema) and yields Problems. Each module of this
folder holds the rules of one concern; tests/test_rules.py has a good and a bad case
for every rule.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from crossroads.content.problems import Problem

if TYPE_CHECKING:
    from crossroads.content.documents import Content

# Data

RULES: dict[str, Callable[[Content], Iterator[Problem]]] = {}
# Rules that read only the file they report on; the others read other files too, so while another
# file is broken their problems may only follow from it (content/check.py marks those).
OWN_FILE: set[str] = set()
# Rules that report warnings while the content is brought in line with them (empty when all are errors).
WARN_ONLY: set[str] = set()


def rule(name: str, own_file: bool = False):
    """Register a rule function under `name`; `own_file` when it reads nothing but the file it reports on."""
    def register(fn):
        RULES[name] = fn
        fn.rule_name = name
        if own_file:
            OWN_FILE.add(name)
        return fn
    return register


def run(content: Content) -> list[Problem]:
    """Run every rule; each Problem is tagged with its rule's name."""
    found = []
    for name, fn in RULES.items():
        found.extend(_tag(p, name) for p in fn(content))
    return found


# Helpers

def _tag(p: Problem, name: str) -> Problem:
    return Problem(p.file, p.line, p.col, p.field, p.message, p.hint, name, "warning" if name in WARN_ONLY else p.level)


def closest(value: str, known: list[str]) -> str:
    """A hint listing the closest valid ids (or all of them when few)."""
    near = difflib.get_close_matches(value, known, n=3, cutoff=0.5)
    if near:
        return "closest: " + ", ".join(near)
    return "valid ids: " + ", ".join(known[:12]) + (" …" if len(known) > 12 else "") if known else "there are none yet"


def figures(role: dict) -> Iterator[tuple[tuple, dict]]:
    """Every sourced number in a role: income, outlook, start-up cost, time to first income."""
    for i, fig in enumerate(role.get("income", [])):
        yield ("income", i), fig
    for i, item in enumerate(role.get("outlook", [])):
        yield ("outlook", i), item
    for key in ("startup_cost", "time_to_first_income"):
        if key in role:
            yield (key,), role[key]


def trait_ids(content: Content) -> list[str] | None:
    """The quiz's trait ids, sorted (None when quiz.yml is broken)."""
    quiz = content.single("quiz")
    return sorted(t["id"] for t in quiz.data["traits"]) if quiz else None


def soc(code: str | None) -> str | None:
    """The six-digit SOC part of an O*NET-SOC code: 13-1161.01 → 13-1161."""
    return code[:7] if code else None
