"""The JSON Schemas editors use: every field documented with a title, a description and an example."""

from __future__ import annotations

import json

import pytest

from tests.conftest import ROOT

ENTITY_SCHEMAS = ["common", "path", "role", "skill", "source", "occupation", "dimensions", "assumptions", "quiz",
                  "business", "plan"]


def fields(node, path=""):
    """(path, schema) for every named property, at any depth (if/then/else conditions excluded)."""
    if isinstance(node, dict):
        for key, sub in node.get("properties", {}).items():
            yield f"{path}.{key}", sub
        for key, sub in node.items():
            if key not in ("if", "then", "else", "not"):
                yield from fields(sub, f"{path}.{key}" if key != "properties" else path)
    elif isinstance(node, list):
        for sub in node:
            yield from fields(sub, path)


def documented(schema: dict, defs: dict, key: str) -> bool:
    """True when the field, or the definition it refers to, has `key`."""
    if key in schema:
        return True
    ref = schema.get("$ref", "")
    if "#/$defs/" in ref:
        target = defs[ref.split("#/$defs/")[1]]
        return key in target or documented(target, defs, key)
    return False


@pytest.mark.parametrize("name", ENTITY_SCHEMAS)
def test_every_field_has_a_title_description_and_example(name):
    schema = json.loads((ROOT / "schema" / f"{name}.schema.json").read_text("utf-8"))
    defs = json.loads((ROOT / "schema" / "common.schema.json").read_text("utf-8"))["$defs"] | schema.get("$defs", {})
    missing = [(path, key) for path, sub in fields(schema) for key in ("title", "description", "examples")
               if not documented(sub, defs, key)]
    assert missing == []


def test_every_content_file_names_its_schema():
    for path in (ROOT / "content").rglob("*.yml"):
        first = path.read_text("utf-8").splitlines()[0]
        assert first.startswith("# yaml-language-server: $schema=") and first.endswith(".schema.json"), path
        target = (path.parent / first.split("$schema=")[1]).resolve()
        assert target.is_file(), path
