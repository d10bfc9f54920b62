"""Placeholders left by `make new`: every `"TODO: …"` value is reported as "fill in …" with its line.

The schema layer calls `find` before JSON Schema, and drops the schema's own error for a value that
is a placeholder (a "TODO" in a number or date field would otherwise read as a type error). A file
with placeholders counts as invalid, so the cross-file rules wait until it is filled in.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from crossroads.content.loader import Document
from crossroads.content.problems import Problem

# Data

PREFIX = "TODO:"
RULE = "placeholder"
_CONDITIONS = {"if", "then", "else", "not", "anyOf", "oneOf", "allOf", "dependentRequired"}


def is_placeholder(value: Any) -> bool:
    """True for a value `make new` wrote for the contributor to replace."""
    return isinstance(value, str) and value.startswith(PREFIX)


def hides(instance: Any, validator: str) -> bool:
    """True when a schema error is only a consequence of a placeholder (reported as "fill in" instead):
    the value is one, or a condition (if/not/anyOf…) tested an object that still holds one."""
    if is_placeholder(instance):
        return True
    return validator in _CONDITIONS and isinstance(instance, dict) and any(map(is_placeholder, instance.values()))


def find(doc: Document) -> list[Problem]:
    """A "fill in" Problem for every placeholder in the document, at its line and column."""
    return [doc.problem(path, f"fill in {value[len(PREFIX):].strip() or 'this value'}",
                        f"replace the \"{PREFIX} …\" text; the comment above the field explains it", RULE)
            for path, value in _walk(doc.data, ()) if is_placeholder(value)]


# Helpers

def _walk(value: Any, path: tuple) -> Iterator[tuple[tuple, Any]]:
    """Every (path, value) in nested data, depth first."""
    yield path, value
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _walk(item, path + (key,))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from _walk(item, path + (i,))

