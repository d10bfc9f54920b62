"""Starting points: the backgrounds a reader may come from (content/backgrounds/), built once from
validated content; the skills each brings and still needs for a role are worked out by
Dataset.from_background."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class BackgroundRole:
    role: str
    why: str


@dataclass(frozen=True)
class Background:
    """A starting point a reader may come from, with the roles nearest to it."""

    id: str
    name: str
    who: str
    examples: tuple[str, ...]
    skills_you_have: tuple[str, ...]
    carries_over: tuple[str, ...]
    missing: tuple[str, ...]
    roles: tuple[BackgroundRole, ...]
    first_experiment: str
    last_reviewed: str | None = None
    file: str = ""

    def role_ids(self) -> list[str]:
        """The nearest roles' ids, nearest first."""
        return [r.role for r in self.roles]
