"""JSON Schema validation (the `jsonschema` package) with positions and plain-English hints."""

from __future__ import annotations

import datetime as dt
import difflib
import json
import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError, best_match
from referencing import Registry, Resource

from crossroads.content import placeholders
from crossroads.content.loader import Document
from crossroads.content.problems import ContentError, Problem, field_path

# Data

_JSON_TYPES = {"string": "text", "number": "a number", "integer": "a whole number", "boolean": "true or false",
               "object": "a mapping of fields", "array": "a list", "null": "null"}


# Schemas

def _stamp(schema_dir: Path) -> tuple:
    """File names and modification times: a changed schema (e.g. during `make serve`) is re-read."""
    return tuple((p.name, p.stat().st_mtime_ns) for p in sorted(schema_dir.glob("*.schema.json")))


@cache
def _registry(schema_dir: Path, stamp: tuple) -> Registry:
    """Every schema in the folder, registered under its file name so `$ref`s resolve offline."""
    resources = [(p.name, Resource.from_contents(_read(p))) for p in sorted(schema_dir.glob("*.schema.json"))]
    return Registry().with_resources(resources)


def _read(path: Path) -> dict:
    """A schema file's JSON; a syntax error stops with its file, line and column, not a traceback."""
    try:
        return json.loads(path.read_text("utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as e:
        line, col = getattr(e, "lineno", 1), getattr(e, "colno", 1)
        raise ContentError([Problem(f"schema/{path.name}", line, col, "", f"the schema is not valid JSON: {getattr(e, 'msg', e)}",
                                    "check the end of this line and the one before it (a missing comma, quote or bracket?)",
                                    "schema-file")]) from None


@cache
def _validator(schema_dir: Path, name: str, stamp: tuple) -> Draft202012Validator:
    registry = _registry(schema_dir, stamp)
    return Draft202012Validator(registry[f"{name}.schema.json"].contents, registry=registry)


def validator(schema_dir: Path, name: str) -> Draft202012Validator:
    """A validator for `<name>.schema.json` in `schema_dir`, rebuilt when a schema file changes."""
    return _validator(schema_dir, name, _stamp(schema_dir))


def validate(doc: Document, schema_dir: Path, name: str) -> list[Problem]:
    """Check one document against its schema; one Problem per error, with a hint."""
    problems = placeholders.find(doc)
    check = validator(schema_dir, name)
    for error in check.iter_errors(doc.data):
        if not placeholders.hides((error := _deepest(error)).instance, error.validator):
            problems.extend(_explain(error, doc, check.schema))
    return problems


# Helpers

def _deepest(error: ValidationError) -> ValidationError:
    """For anyOf/oneOf failures, the branch error that best says what is wrong."""
    if error.context and error.validator in ("anyOf", "oneOf"):
        inner = best_match(error.context)
        if len(inner.absolute_path) >= len(error.absolute_path) and inner.validator != "required":
            return _deepest(inner)
    return error


def _kind(value: Any) -> str:
    """How YAML read a value, in words."""
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, (dt.date, dt.datetime)):
        return "a date"
    if isinstance(value, (int, float)):
        return "a number"
    if value is None:
        return "empty (null)"
    return {str: "text", list: "a list", dict: "a mapping"}.get(type(value), type(value).__name__)


def _describe(schema: dict) -> str:
    """First sentence of a schema's description, as a hint."""
    text = schema.get("description", "")
    return text.split(". ")[0].rstrip(".") if text else ""


_NUMBER_TEXT = re.compile(r"^\s*([$£€]|USD|GBP|EUR)?\s*([0-9][0-9,]*(?:\.[0-9]+)?)\s*([kKmM])?\s*$")


def _number_hint(text: str) -> str:
    """`write 45000`: how to write a number that was typed as text (45k, $45, 45,000)."""
    m = _NUMBER_TEXT.match(text)
    if not m:
        return "write a plain number: digits only, with a dot for decimals"
    value = float(m.group(2).replace(",", "")) * {"k": 1e3, "m": 1e6}.get((m.group(3) or "").lower(), 1)
    number = f"{value:.2f}".rstrip("0").rstrip(".")
    why = [w for w, hit in (("a currency sign", m.group(1)), ("thousands separators", "," in m.group(2)),
                            (f"'{m.group(3)}'", m.group(3))) if hit]
    money = "; the currency goes in `currency:`" if m.group(1) else ""
    return f"write {number}: digits only, without {' or '.join(why)}{money}" if why else f"write {number}"


def _object_schema(error: ValidationError, schema: dict, root: dict | None) -> dict:
    """The object schema whose field is missing: for a field required only in some cases (`if`/`then`),
    the object that holds the `then`, found along the error's schema path."""
    if "properties" in schema or root is None:
        return schema
    node, found = root, (root if "properties" in root else schema)
    for part in list(error.absolute_schema_path)[:-1]:
        try:
            node = node[part]
        except (KeyError, IndexError, TypeError):
            break
        if isinstance(node, dict) and "properties" in node:
            found = node
    return found


def _missing(error: ValidationError, doc: Document, path: tuple, schema: dict) -> Problem:
    """A missing required field, placed where it belongs: at a misspelt key that looks like it, else
    after the field that comes before it in the schema's order."""
    missing = error.message.split("'")[1] if "'" in error.message else error.message
    described = _describe(schema.get("properties", {}).get(missing, {}))
    hint = described or f"see `{missing}` on the Field reference page"
    have = list(error.instance) if isinstance(error.instance, dict) else []
    order = list(schema.get("properties", {}))
    unknown = [k for k in have if k not in order]
    field = field_path(path + (missing,))
    if (typo := difflib.get_close_matches(missing, unknown, n=1, cutoff=0.6)):
        line, col = doc.where(path + (typo[0],), key=True)
        return Problem(doc.file, line, col, field, f"missing required field '{missing}'",
                       f"is `{typo[0]}:` on this line meant to be `{missing}:`? {hint}")
    before = [k for k in order[: order.index(missing)] if k in have] if missing in order else []
    anchor = before[-1] if before else (have[0] if have else None)
    if anchor is None:
        line, col = doc.where(path)
        return Problem(doc.file, line, col, field, f"missing required field '{missing}'", f"add `{missing}:`; {hint}")
    line, col = doc.where(path + (anchor,), key=True)
    where = "after" if before else "before"
    return Problem(doc.file, line, col, field, f"missing required field '{missing}'",
                   f"add `{missing}:` {where} `{anchor}:` (line {line}); {hint}")


def _explain(error: ValidationError, doc: Document, root: dict | None = None) -> Iterator[Problem]:
    """Turn one jsonschema error into one or more located Problems."""
    path, v, schema = tuple(error.absolute_path), error.validator, error.schema
    if v == "additionalProperties" and isinstance(error.instance, dict):
        allowed = sorted(schema.get("properties", {}))
        for key in sorted(set(error.instance) - set(allowed)):
            close = difflib.get_close_matches(key, allowed, n=1)
            hint = f"did you mean '{close[0]}'?" if close else f"allowed fields: {', '.join(allowed)}"
            yield doc.problem(path + (key,), f"unknown field '{key}'", hint, key=True)
        return
    if v == "required":
        yield _missing(error, doc, path, _object_schema(error, schema, root))
        return
    if v == "type":
        wanted = error.validator_value if isinstance(error.validator_value, list) else [error.validator_value]
        wanted_words = " or ".join(_JSON_TYPES.get(w, w) for w in wanted)
        raw = doc.source_text.get(path, str(error.instance))
        got = _kind(error.instance)
        hint = _describe(schema)
        if "string" in wanted and got in ("a date", "true/false", "a number"):
            hint = f"YAML read {raw} as {got}; put it in quotes: \"{raw}\""
        if {"number", "integer"} & set(wanted) and isinstance(error.instance, str):
            got, hint = f"text ({error.instance!r})", _number_hint(error.instance)
        yield doc.problem(path, f"expected {wanted_words}, got {got}", hint)
        return
    if v == "enum":
        options = [str(o) for o in error.validator_value]
        close = difflib.get_close_matches(str(error.instance), options, n=1)
        hint = f"did you mean '{close[0]}'?" if close else f"use one of: {', '.join(options)}"
        if isinstance(error.instance, bool):
            hint = f"YAML reads yes/no/on/off as true/false; quote the value. Use one of: {', '.join(options)}"
        yield doc.problem(path, f"{error.instance!r} is not one of: {', '.join(options)}", hint)
        return
    if v == "pattern":
        what = schema.get("title", "value")
        yield doc.problem(path, f"{error.instance!r} is not a valid {what.lower()}", _describe(schema))
        return
    if v in ("minItems", "maxItems"):
        n = len(error.instance) if isinstance(error.instance, list) else 0
        need = "at least" if v == "minItems" else "at most"
        yield doc.problem(path, f"needs {need} {error.validator_value} items, has {n}", _describe(schema) or "")
        return
    if v == "not" and isinstance(error.validator_value, dict) and "required" in error.validator_value:
        field = error.validator_value["required"][0]
        yield doc.problem(path + (field,), f"'{field}' is not allowed here", "remove it (see the field's description)", key=True)
        return
    yield doc.problem(path, error.message, _describe(schema))
