"""Read the JSON Schemas as a tree of fields, for `make new` and the field reference.

`$ref`s are inlined (a field's own title and description win over the shared definition's), and
each object's fields come with whether they are required: always, or only in some cases
(`anyOf` of `required` lists, `if`/`then`/`else`). Nothing here knows a field by name.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

# Data

@dataclass(frozen=True)
class Field:
    """One property of an object schema."""

    key: str
    node: dict
    required: bool          # always required
    when: str = ""          # "required when kind is percentiles", "median, or low and high"
    applies: bool = False   # the condition holds for the schema's own example values


# Loading

def load(schema_dir: Path, name: str) -> dict:
    """`<name>.schema.json` with every `$ref` inlined."""
    docs = {p.name: json.loads(p.read_text("utf-8")) for p in sorted(schema_dir.glob("*.schema.json"))}
    file = f"{name}.schema.json"
    return _inline(docs[file], file, docs, 0)


def _inline(node: Any, file: str, docs: dict, depth: int) -> Any:
    """A copy of `node` with `$ref`s replaced by what they point at (sibling keys win)."""
    if depth > 40:
        raise ValueError(f"{file}: $ref nesting is too deep (a cycle?)")
    if isinstance(node, list):
        return [_inline(x, file, docs, depth + 1) for x in node]
    if not isinstance(node, dict):
        return node
    if "$ref" in node:
        target_file, _, pointer = node["$ref"].partition("#")
        target_file = target_file or file
        target = docs[target_file]
        for part in [p for p in pointer.split("/") if p]:
            target = target[part]
        shared = _inline(target, target_file, docs, depth + 1)
        formatted = "pattern" in shared and not pointer.endswith("/id")   # a date or an address: its example shows the format
        if "description" in node and not formatted:     # a field of its own: another field's example may mislead
            shared.pop("examples", None)
        merged = {**shared, **{k: v for k, v in node.items() if k != "$ref"}}
        if "properties" in node and "properties" in shared:      # a field may reword the shared fields it holds
            merged["properties"] = {k: {**shared["properties"].get(k, {}), **node["properties"].get(k, {})}
                                    for k in [*shared["properties"], *node["properties"]]}
        return _inline(merged, file, docs, depth + 1)
    return {k: (v if k in ("examples", "const", "enum", "default") else _inline(v, file, docs, depth + 1))
            for k, v in node.items()}


# Fields

def fields(node: dict) -> list[Field]:
    """The properties of an object schema, in order, with when each is required."""
    props = node.get("properties", {})
    always = set(node.get("required", []))
    example = {k: first_example(v) for k, v in props.items()}
    when: dict[str, tuple[str, bool]] = {}
    branches = [b.get("required", []) for b in node.get("anyOf", []) if set(b) <= {"required"}]
    if branches:
        text = "required: " + ", or ".join(" and ".join(b) for b in branches)
        for i, branch in enumerate(branches):
            for key in branch:
                when.setdefault(key, (text, i == 0))
    if "if" in node:
        cond, holds = _condition(node["if"], example)
        for key in node.get("then", {}).get("required", []):
            when.setdefault(key, (f"required when {cond}", holds))
        for key in node.get("else", {}).get("required", []):
            when.setdefault(key, (f"required unless {cond}", not holds))
    return [Field(k, v, k in always, *when.get(k, ("", False))) for k, v in props.items()]


def first_example(node: dict) -> Any:
    """The schema's first example for a node, or None."""
    examples = node.get("examples") or []
    return examples[0] if examples else None


def type_words(node: dict) -> str:
    """The type in words: text, a number, a list of texts…"""
    kind = node.get("type", "string" if "enum" in node or "const" in node else "object")
    kinds = kind if isinstance(kind, list) else [kind]
    words = {"string": "text", "number": "number", "integer": "whole number", "boolean": "true or false",
             "object": "mapping", "array": "list", "null": "null"}
    text = " or ".join(words.get(k, k) for k in kinds)
    if "array" in kinds and isinstance(node.get("items"), dict):
        text = f"list of {type_words(node['items'])}s" if "properties" not in node["items"] else "list of mappings"
    return text


def allowed(node: dict) -> str:
    """Allowed values in words: the enum, the pattern's meaning, the range, the length."""
    out = []
    if "enum" in node:
        out.append("one of " + ", ".join(f"`{v}`" for v in node["enum"]))
    if "const" in node:
        out.append(f"exactly `{node['const']}`")
    out.append(_range(node.get("minimum"), node.get("maximum"), ""))
    out.append(_range(node.get("minItems") or None, node.get("maxItems"), " items"))
    out.append(_range(node.get("minLength", 0) if node.get("minLength", 0) > 1 else None, node.get("maxLength"), " characters"))
    if "pattern" in node:
        out.append(f"matching `{node['pattern']}`")
    return "; ".join(x for x in out if x)


def _range(low, high, unit: str) -> str:
    """`from 0 to 1`, `at least 5 items`, `at most 24 characters`, or nothing."""
    if unit == " items" and 1 in (low, high) and not (low and high):
        unit = " item"
    if low is not None and high is not None:
        return f"from {low} to {high}{unit}"
    if low is not None:
        return f"at least {low}{unit}" if unit else f"{low} or more"
    return f"at most {high}{unit}" if high is not None else ""


def _condition(cond: dict, example: dict) -> tuple[str, bool]:
    """An `if` schema in words ("kind is percentiles") and whether the example values meet it."""
    parts, holds = [], True
    for key, sub in cond.get("properties", {}).items():
        values = [sub["const"]] if "const" in sub else sub.get("enum", [])
        parts.append(f"{key} is " + " or ".join(str(v) for v in values))
        holds = holds and example.get(key) in values
    return " and ".join(parts) or "the condition holds", holds
