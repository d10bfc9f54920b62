"""Who a role suits: the "good if / hard if" lines of its card, drawn from its quiz profile.

A role's profile (content/roles/*.yml `traits:`) gives each quiz trait a value from 0 to 1; each
trait in content/quiz.yml says, under `fit:`, what a card says when a role is high (HIGH or more)
or low (LOW or less) on it, as one "good if" or one "hard if" phrase. A role's lines are those
phrases, strongest first: how far the value is from the middle times the trait's weight, at most
SHOWN a side. When no trait gives a "hard if", the role's own time to first income does when it is
WAIT_MONTHS or more (render/card.py words it). Renderers only word the result.
"""

from __future__ import annotations

from dataclasses import dataclass

from crossroads.model.entities import Role

# Data

HIGH, LOW = 0.7, 0.3        # a profile value this far from the middle says something about the role
SHOWN = 3                   # lines a side
WAIT_MONTHS = 3             # a first income this far away is a "hard if" on its own


@dataclass(frozen=True)
class Fit:
    """A role's card lines: phrases that follow "Good if" and "Hard if", strongest first."""

    good: tuple[str, ...]
    hard: tuple[str, ...]
    wait_months: float | None = None     # a "hard if you need income within N months", when no trait gives one


# Computing

def lines(role: Role, traits: list[dict]) -> Fit:
    """The role's good-if and hard-if phrases from its profile and the traits' `fit:` phrases."""
    found: dict[str, list[tuple[float, str]]] = {"good_if": [], "hard_if": []}
    for trait in traits:
        value = role.traits.get(trait["id"])
        if value is None:
            continue
        end = "high" if value >= HIGH else "low" if value <= LOW else None
        for side, text in (trait.get("fit", {}).get(end, {}) if end else {}).items():
            found[side].append((abs(value - 0.5) * trait["weight"], text))
    good, hard = (tuple(text for _, text in sorted(found[side], key=lambda x: -x[0])[:SHOWN]) for side in ("good_if", "hard_if"))
    wait = role.time_to_first_income.low
    return Fit(good, hard, wait if not hard and wait >= WAIT_MONTHS else None)
