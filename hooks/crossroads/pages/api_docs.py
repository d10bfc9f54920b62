"""The API's published schemas and its "Data and API" page, written from the schemas themselves.

The JSON Schemas of the API (schema/api/) are copied to `api/v1/schema/`, and those of the YAML
content (schema/) to `api/v1/schema/content/`, so every `$ref` resolves the same way on the site as
in the tests. The page lists every file and every field with the schemas' own titles and
descriptions: the documentation cannot drift from what the tests validate.
"""

from __future__ import annotations

import json
import posixpath
from dataclasses import dataclass, replace

from markupsafe import Markup

from crossroads import routes
from crossroads.config import Config
from crossroads.model.dataset import Dataset
from crossroads.publish import api, schemas
from crossroads.publish import spreadsheets as csvexport
from crossroads.render import markdown as md
from crossroads.render.jinja import render
from crossroads.render.output import Page

# Data

URI = routes.PAGES["api"]
SHARED = "common.schema.json"
FILES = [  # (file under api/v1/, schema name, what it is for)
    ("roles.json", "roles"), ("roles/<id>.json", "role"), ("paths.json", "paths"), ("skills.json", "skills"),
    ("sources.json", "sources"), ("backgrounds.json", "backgrounds"), ("dimensions.json", "dimensions"),
    ("assumptions.json", "assumptions"),
    ("quiz.json", "quiz"),
]
ONET = "onet-29"


@dataclass(frozen=True)
class Field:
    path: str
    type: Markup | str
    description: str


# Walking a schema into fields

def _resolve(ref: str, base: str, docs: dict) -> tuple[dict, str]:
    """The node a `$ref` points at and the file it is in (refs are relative to the current file)."""
    target, _, pointer = ref.partition("#")
    file = posixpath.normpath(posixpath.join(posixpath.dirname(base), target)) if target else base
    node = docs[file]
    for part in [p for p in pointer.split("/") if p]:
        node = node[part]
    return node, file


def _shared_name(ref: str, base: str, docs: dict) -> str | None:
    """The name of a shared object definition (figure, source…) documented once, else None."""
    node, file = _resolve(ref, base, docs)
    kinds = node.get("type", [])
    is_object = "object" in (kinds if isinstance(kinds, list) else [kinds])
    return ref.rsplit("/", 1)[-1] if file == SHARED and "#/$defs/" in ref and is_object else None


def type_text(node: dict) -> str:
    """The type in words: `text`, `number or null`, `one of high, medium, low`, `list`."""
    if "const" in node:
        return f"always {json.dumps(node['const'])}"
    if "enum" in node:
        return "one of " + ", ".join("null" if v is None else str(v) for v in node["enum"])
    kinds = node.get("type", "object")
    words = {"string": "text", "number": "number", "integer": "whole number", "boolean": "true or false",
             "object": "object", "array": "list", "null": "null"}
    return " or ".join(words[k] for k in (kinds if isinstance(kinds, list) else [kinds]))


def fields(node: dict, path: str, base: str, docs: dict, depth: int = 0) -> list[Field]:
    """Every field under `node`, depth first; shared object definitions become a link to their section."""
    if depth > 12:
        return []
    own = node.get("description")
    if "$ref" in node:
        if (name := _shared_name(node["$ref"], base, docs)):
            target, _ = _resolve(node["$ref"], base, docs)
            link = Markup(f"{md.md_escape(type_text(target))}: [{md.md_escape(target['title'])}](#{name})")
            return [Field(path, link, own or target.get("description", ""))]
        target, file = _resolve(node["$ref"], base, docs)
        return fields({**target, **{k: v for k, v in node.items() if k != "$ref"}}, path, file, docs, depth + 1)
    if "anyOf" in node:
        branch = next(b for b in node["anyOf"] if b.get("type") != "null")
        found = fields({**branch, "description": own or branch.get("description", "")}, path, base, docs, depth + 1)
        return [Field(found[0].path, Markup(f"{found[0].type} or null"), found[0].description)] + found[1:] if found else []
    out = [Field(path, type_text(node), own or node.get("title", ""))] if path and not path.endswith("[]") else []
    for key, sub in node.get("properties", {}).items():
        out += fields(sub, f"{path}.{key}" if path else key, base, docs, depth + 1)
    if isinstance(node.get("additionalProperties"), dict):
        out += fields(node["additionalProperties"], f"{path}.<key>", base, docs, depth + 1)
    if isinstance(node.get("items"), dict):
        out += fields(node["items"], f"{path}[]", base, docs, depth + 1)
    return out


def field_table(rows: list[Field]) -> Markup:
    """Field, type and description, one list item each: `field` · type · what it is. A list, not a table: a
    page documents several hundred fields, and a table row costs five elements where an item costs two
    (the 1,500-element budget per page, DESIGN); on a phone a table of three columns would stack anyway."""
    def cell(value):
        return value if isinstance(value, Markup) else md.md_escape(value)
    items = [Markup("- `{}` · {} · {}").format(Markup(f.path), cell(f.type), cell(f.description)) for f in rows]
    return Markup('<div class="cr-fields" markdown="1">\n\n') + Markup("\n").join(items) + Markup("\n\n</div>")


# The page

def sections(docs: dict, first_role: str | None) -> tuple[list[dict], list[dict]]:
    """One section per API file and one per shared definition, each with its field table."""
    files = []
    for file, name in FILES:
        schema = docs[f"{name}.schema.json"]
        rows = fields(schema["properties"]["data"], "data", f"{name}.schema.json", docs)
        example = file.replace("<id>", first_role) if first_role else file
        files.append({"link": Markup(f"[`{file}`](v1/{example})"), "heading": Markup(f"`{file}`"),
                      "schema_link": Markup(f"[`schema/{name}.schema.json`](v1/schema/{name}.schema.json)"),
                      "example": example, "description": schema["description"], "table": field_table(rows)})
    shared = []
    for name, node in docs[SHARED]["$defs"].items():
        if _shared_name(f"#/$defs/{name}", SHARED, docs):
            rows = [f for key, sub in node.get("properties", {}).items()
                    for f in fields(sub, key, SHARED, docs)]
            shared.append({"anchor": Markup(f"{{ #{name} }}"), "title": node["title"], "description": node["description"],
                           "table": field_table(rows)})
    return files, shared


def page(data: Dataset, config: Config) -> Page:
    """The generated "Data and API" page."""
    docs = schemas.documents(config.schema)
    roles = list(data.role_order)
    files, shared = sections(docs, roles[0].id if roles else None)
    envelope = field_table([f for key in ("$schema", "schema_version", "generated_at")
                            for f in fields(docs["roles.schema.json"]["properties"][key], key, "roles.schema.json", docs)])
    stamp = "2000-01-01T00:00:00Z"                  # as long as any generated_at
    shown = {roles[0].id} if roles else set()
    sizes = {rel: len(api.dumps(api.envelope(name, rel, stamp, body))) for rel, (name, body) in api.documents(data, shown).items()}
    sizes |= {a.uri.removeprefix(api.ROOT): len(a.content) for a in csvexport.assets(data, replace(config, stamp=stamp))}
    for f in files:
        f["size"] = f"{sizes.get(f['example'], 0) / 1024:.0f} KB"
    onet = data.sources.get(ONET)
    return Page(URI, render("api.md.j2", URI, data=data, files=files, shared=shared, envelope=envelope, root=api.ROOT,
                            content_schemas=sorted(k for k in docs if k.startswith("content/")), onet=onet,
                            roles=roles, csv_size={k: f"{v / 1024:.0f} KB" for k, v in sizes.items() if k.endswith(".csv")}),
                None, in_nav=True)
