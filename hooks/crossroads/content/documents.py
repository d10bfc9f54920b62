"""The validated documents of content/: collections by id and the single files.

Kept apart from content.py (which runs the stages) so that rules/ can use it without an
import circle: content.py → rules → documents, never back.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from crossroads.content.loader import Document
from crossroads.content.problems import Problem

# Data

COLLECTIONS = {"paths": "path", "roles": "role", "skills": "skill", "sources": "source", "occupations": "occupation",
               "business": "business", "backgrounds": "background"}
SINGLES = {"dimensions.yml": "dimensions", "assumptions.yml": "assumptions", "quiz.yml": "quiz", "plan.yml": "plan"}


@dataclass
class Content:
    """Validated raw documents: collections by id (= file stem) and the single files."""

    root: Path
    collections: dict[str, dict[str, Document]] = field(default_factory=lambda: {k: {} for k in COLLECTIONS})
    singles: dict[str, Document] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    today: dt.date = field(default_factory=dt.date.today)

    def ids(self, collection: str) -> list[str]:
        """Ids of a collection, sorted (the file stems, which must equal the ids)."""
        return sorted(self.collections[collection])

    def valid(self, collection: str) -> list[tuple[str, Document]]:
        """(id, document) pairs whose data passed loading and the schema."""
        return [(i, d) for i, d in sorted(self.collections[collection].items()) if d.ok]

    def all_valid(self, collection: str) -> bool:
        """True when every file of a collection passed loading and the schema."""
        return all(d.ok for d in self.collections[collection].values())

    def single(self, name: str) -> Document | None:
        """A single-file document (dimensions, assumptions, quiz, plan) if it loaded and is valid."""
        doc = self.singles.get(name)
        return doc if doc is not None and doc.ok else None
