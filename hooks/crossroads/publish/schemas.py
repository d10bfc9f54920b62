"""The JSON Schemas the site publishes: those of the API (schema/api/) under `api/v1/schema/`, and
those of the YAML content (schema/) under `api/v1/schema/content/`, so every `$ref` resolves the same
way on the site as in the tests."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

from crossroads import routes
from crossroads.render.output import Asset

# Schemas

def _files(schema_dir: Path) -> list[tuple[str, Path]]:
    """(name under api/v1/schema/, file) for the API schemas and the content schemas."""
    return ([(p.name, p) for p in sorted((schema_dir / "api").glob("*.schema.json"))]
            + [(f"content/{p.name}", p) for p in sorted(schema_dir.glob("*.schema.json"))])


@cache
def _read(files: tuple, stamp: tuple) -> dict[str, bytes]:
    return {name: path.read_bytes() for name, path in files}


def published(schema_dir: Path) -> dict[str, bytes]:
    """Every schema as the site publishes it: name under api/v1/schema/ → bytes (re-read when a file changes)."""
    files = tuple(_files(schema_dir))
    return _read(files, tuple(p.stat().st_mtime_ns for _, p in files))


def documents(schema_dir: Path) -> dict[str, dict]:
    """The published schemas, parsed."""
    return {k: json.loads(v) for k, v in published(schema_dir).items()}


def assets(schema_dir: Path) -> list[Asset]:
    """Every schema, as a file of the site."""
    return [Asset(f"{routes.API_SCHEMAS}{name}", body) for name, body in published(schema_dir).items()]
