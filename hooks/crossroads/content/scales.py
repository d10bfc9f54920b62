"""Derived scale values, shared by the model and the rules: a number's step on a dimension's
scale (`up_to` bounds in content/dimensions.yml) and a path's value as its median role's step.

Plain data in, plain data out, so rules can use it on raw YAML and the model on dataclasses.
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence

# The number of a raw role dict each derived scaled dimension reads.
ROLE_NUMBER = {
    "barrier": lambda r: r["time_to_first_income"]["high"],
    "startup_cost": lambda r: r["startup_cost"]["high"],
    "time_to_first_income": lambda r: r["time_to_first_income"]["high"],
}


def step(value: float, scale: Sequence[dict]) -> str:
    """The first step whose `up_to` the value does not exceed (the last step takes the rest)."""
    for s in scale:
        if s.get("up_to") is None or value <= s["up_to"]:
            return s["value"]
    return scale[-1]["value"]


def median_step(steps: Sequence[str], scale: Sequence[dict]) -> str:
    """The median of role steps on the scale; with an even count, the harder of the two middle steps
    (never understate a barrier, a cost or a wait)."""
    order = [s["value"] for s in scale]
    return order[statistics.median_high(sorted(order.index(v) for v in steps))]


def path_step(derive: str, roles: Sequence[dict], scale: Sequence[dict]) -> tuple[str, dict[str, str]]:
    """A path's value on a derived scaled dimension and each role's step (role id → step)."""
    each = {r["id"]: step(ROLE_NUMBER[derive](r), scale) for r in roles}
    return median_step(list(each.values()), scale), each
