"""Ids that would take the address of a generated page."""

from __future__ import annotations

from crossroads.content.rules.base import rule
from crossroads.routes import RESERVED

# Rules

@rule("reserved-id", own_file=True)
def check_reserved_ids(content):
    """A role or path id never takes the address of a generated page (roles/compare/, roles/)."""
    for folder, ids in RESERVED.items():
        for _, doc in content.valid(folder) if folder in content.collections else ():
            if doc.data["id"] in ids:
                yield doc.problem(("id",), f"id '{doc.data['id']}' is the address of a generated page ({folder}/{doc.data['id']}/)",
                                  f"pick another id (and file name); {', '.join(sorted(ids))} are reserved in {folder}/")
