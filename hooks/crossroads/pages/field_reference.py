"""The Field reference page, generated from the JSON Schemas: docs and validation never drift apart.

Each content file kind gets a section listing every field (nested ones as `income[].kind`): whether
it is required, its type, the values it allows, its description and an example.
"""

from __future__ import annotations

import html
import json
from dataclasses import dataclass
from pathlib import Path

from markupsafe import Markup

from crossroads import routes
from crossroads.content import schemawalk
from crossroads.render.jinja import render

# Data

URI = routes.PAGES["fields"]
FILES = {"role": "content/roles/<id>.yml", "path": "content/paths/<id>.yml", "skill": "content/skills/<id>.yml",
         "source": "content/sources/<id>.yml", "occupation": "content/occupations/<code>.yml",
         "background": "content/backgrounds/<id>.yml",
         "dimensions": "content/dimensions.yml",
         "assumptions": "content/assumptions.yml", "quiz": "content/quiz.yml",
         "business": "content/business/<id>.yml", "plan": "content/plan.yml"}
EXAMPLE_CHARS = 120


@dataclass(frozen=True)
class Row:
    """One field as the reference page lists it."""

    path: Markup
    status: str
    type: str
    allowed: Markup
    description: str
    example: Markup | None


@dataclass(frozen=True)
class Section:
    """One schema: its name, file, description and fields."""

    id: str
    title: str
    file: str
    description: str
    rows: list[Row]


# Page

def page(schema_dir: Path) -> str:
    """The Markdown of the Field reference page."""
    sections = []
    for name, file in FILES.items():
        if (schema_dir / f"{name}.schema.json").is_file():
            node = schemawalk.load(schema_dir, name)
            sections.append(Section(name, node.get("title", name), file, node.get("description", ""), rows(node)))
    return render("fields.md.j2", URI, sections=sections)


def rows(node: dict, prefix: str = "") -> list[Row]:
    """Every field of an object schema, depth first, nested fields after their parent."""
    out = []
    for f in schemawalk.fields(node):
        path, sub = prefix + f.key, f.node
        out.append(_row(path, f))
        items = sub.get("items") if sub.get("type") == "array" else None
        if sub.get("properties"):
            out += rows(sub, path + ".")
        elif isinstance(items, dict) and items.get("properties"):
            out += rows(items, path + "[].")
        elif isinstance(extra := sub.get("additionalProperties"), dict) and extra.get("properties"):
            out += rows(extra, path + ".<id>.")
    return out


# Helpers

def _row(path: str, f: schemawalk.Field) -> Row:
    status = "required" if f.required else (f.when or "optional")
    example = schemawalk.first_example(f.node)
    return Row(_code(path), status, schemawalk.type_words(f.node), Markup(_allowed(f.node)),
               f.node.get("description", ""), _code(_shown(example)) if example is not None and not isinstance(example, dict) else None)


def _allowed(node: dict) -> str:
    """Allowed values without raw regular expressions (the description says what they mean)."""
    parts = [p for p in schemawalk.allowed(node).split("; ") if p and not p.startswith("matching ")]
    return html.escape("; ".join(parts)).replace("`", "")


def _shown(example) -> str:
    text = example if isinstance(example, str) else json.dumps(example, ensure_ascii=False)
    return text if len(text) <= EXAMPLE_CHARS else text[:EXAMPLE_CHARS - 1] + "…"


def _code(text: str) -> Markup:
    return Markup(f"<code>{html.escape(text)}</code>")
