"""`make new KIND=role|path|skill|source ID=…`: a starter file generated from the JSON Schema.

Every field comes with its title, whether it is required and its description as a comment; optional
fields are written commented out; values to write are `"TODO: …"` placeholders, which validation
reports as "fill in …" with their line. A role's quiz traits start from its path's profile.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import textwrap
from pathlib import Path
from typing import Any

import yaml

from crossroads.content import schemawalk
from crossroads.content.placeholders import PREFIX
from crossroads.content.schemawalk import Field

# Data

KINDS = {"role": "roles", "path": "paths", "skill": "skills", "source": "sources"}
WIDTH = 100
# A first draft (`make new … DRAFT=1`): only what a first pull request needs. Optional fields are left
# out, and these start with values a draft can keep (figures and an occupation code can come in a later
# pull request; the page then says that no reliable figure exists yet).
DRAFT_VALUES = {
    "role": {("startup_cost", "confidence"): "low", ("startup_cost", "source"): "editors-estimate",
             ("time_to_first_income", "confidence"): "low", ("time_to_first_income", "source"): "editors-estimate",
             ("income",): [], ("outlook",): [], ("related_roles",): [], ("occupation", "match"): "none"},
}
DRAFT_KEEP = {"role": {("income_gap",), ("occupation", "note")}}     # optional, but a draft needs them
DRAFT_SKIP = {"role": {("occupation", "code"), ("occupation", "title")}}   # given once an official code fits
DRAFT_ITEMS = {"role": {("skills",): 4}}                              # the role-skill-count rule wants four


class ScaffoldError(Exception):
    """A request `make new` refuses, with the reason in words."""


# Entry points

def new(kind: str, new_id: str, root: Path, path_id: str | None = None, draft: bool = False) -> Path:
    """Write content/<kind>s/<id>.yml from the schema; refuse bad or existing ids."""
    text = render(kind, new_id, root, path_id, draft)
    target = root / "content" / KINDS[kind] / f"{new_id}.yml"
    if target.exists():
        raise ScaffoldError(f"content/{KINDS[kind]}/{new_id}.yml already exists: choose another id or edit that file")
    target.write_text(text, "utf-8")
    return target


def render(kind: str, new_id: str, root: Path, path_id: str | None = None, draft: bool = False) -> str:
    """The starter file's text."""
    if kind not in KINDS:
        raise ScaffoldError(f"unknown kind {kind!r}: use one of {', '.join(KINDS)}")
    try:
        schema = schemawalk.load(root / "schema", kind)
    except (OSError, ValueError, KeyError) as e:
        raise ScaffoldError(f"cannot read schema/{kind}.schema.json ({e}): run make new from the project folder") from None
    pattern = schema["properties"]["id"].get("pattern", "")
    if not new_id or not re.fullmatch(pattern, new_id):
        raise ScaffoldError(f"{new_id!r} is not a kebab-case id: lower-case letters, digits and single hyphens, "
                            "e.g. seo-consultant")
    ctx = _Context(root, kind, new_id, path_id, draft)
    head = [f"# yaml-language-server: $schema=../../schema/{kind}.schema.json",
            f"# A new {kind}, started by `make new`. Replace every \"{PREFIX} …\" value (`make validate` lists",
            "# each one with its line); optional fields are commented out: uncomment the ones you use.",
            f"# Every field is explained on the site's Field reference page and in schema/{kind}.schema.json.", ""]
    if draft:
        head[1:3] = [f"# A first draft of a new {kind}, started by `make new … DRAFT=1`: only what a first pull request",
                     f"# needs. Replace every \"{PREFIX} …\" value (`make validate` lists each one with its line)."]
        if kind == "role":
            head[3:3] = ["# Income and outlook figures start empty, so the page says no reliable figure exists yet;",
                         "# add them (each with a source and its quote) in this or a later pull request. Start-up cost",
                         "# and time to first income are the editors' estimates until a source measures them."]
    return "\n".join(head + _object(schema, 0, ctx)) + "\n"


# Rendering

class _Context:
    """What the generator reads from content: quiz traits, dimensions, the path's profile."""

    def __init__(self, root: Path, kind: str, new_id: str, path_id: str | None, draft: bool = False):
        self.kind, self.id, self.path_id, self.draft = kind, new_id, path_id, draft
        self.values = DRAFT_VALUES.get(kind, {}) if draft else {}
        self.keep = DRAFT_KEEP.get(kind, set()) if draft else set()
        self.skip = DRAFT_SKIP.get(kind, set()) if draft else set()
        self.items = DRAFT_ITEMS.get(kind, {}) if draft else {}
        if draft:
            self.values = {**self.values, ("last_reviewed",): dt.date.today().isoformat()}
        content = root / "content"
        quiz = _read(content / "quiz.yml")
        self.traits = quiz.get("traits", [])
        self.dimensions = _read(content / "dimensions.yml").get("dimensions", [])
        paths = {p.stem: _read(p) for p in sorted((content / "paths").glob("*.yml"))}
        if path_id is not None and path_id not in paths:
            raise ScaffoldError(f"unknown path {path_id!r}: use one of {', '.join(paths)}")
        self.profiles = {k: v.get("traits", {}) for k, v in paths.items()}


def _object(node: dict, indent: int, ctx: _Context, where: tuple = ()) -> list[str]:
    """Lines for every field of an object schema: active fields as placeholders, the rest commented out
    (left out of a first draft)."""
    out = []
    for f in schemawalk.fields(node):
        here = where + (f.key,)
        active = f.required or f.applies or (f.key == "traits" and bool(ctx.traits)) or here in ctx.keep
        if ctx.draft and (not active or here in ctx.skip):
            continue
        lines = _field(f, indent, ctx, here)
        out += _comment(f, indent) + (lines if active else [_commented(line, indent) for line in lines])
    return out


def _field(f: Field, indent: int, ctx: _Context, where: tuple = ()) -> list[str]:
    """The YAML lines of one field (without its explanatory comment)."""
    pad, node = " " * indent, f.node
    if where in ctx.values:
        return [f"{pad}{f.key}: {json.dumps(ctx.values[where])}"]
    if indent == 0 and f.key == "id":
        return [f"id: {ctx.id}"]
    if indent == 0 and f.key == "paths" and ctx.kind == "role" and ctx.path_id:
        return [f"paths: [{ctx.path_id}]"]
    if f.key == "traits" and ctx.traits:
        return _traits(indent, ctx)
    kind = node.get("type")
    if kind == "array":
        return [f"{pad}{f.key}:"] + _items(node, indent + 2, ctx, ctx.items.get(where, 1))
    if kind == "object" and "properties" in node:
        return [f"{pad}{f.key}:"] + _object(node, indent + 2, ctx, where)
    if kind == "object" and f.key == "dimensions" and ctx.dimensions:
        return [f"{pad}{f.key}:"] + _dimensions(node, indent + 2, ctx)
    return [f"{pad}{f.key}: {_placeholder(node, _label(f))}"]


def _items(node: dict, indent: int, ctx: _Context, least: int = 1) -> list[str]:
    """List items: as many as the list needs at least (`least` when it may have fewer)."""
    items, n = node.get("items", {}), max(node.get("minItems", 0), least)
    pad = " " * indent
    if items.get("type") == "object" and "properties" in items:
        out = []
        for i in range(n):
            lines = _object(items, indent + 2, ctx)
            if i:
                lines = [line for line in lines if not line.lstrip().startswith("#")]
            first = next(j for j, line in enumerate(lines) if not line.lstrip().startswith("#"))
            lines[first] = f"{pad}- {lines[first][indent + 2:]}"
            out += lines
        return out
    what = (node.get("title") or "item").lower()
    return [f"{pad}- {_placeholder(items, f'{what}, item {i + 1} of {n}' if n > 1 else what)}" for i in range(n)]


def _traits(indent: int, ctx: _Context) -> list[str]:
    """Quiz traits, explained, pre-filled from the path's profile (or the mean of all paths)."""
    pad = " " * indent
    if ctx.path_id:
        start, origin = ctx.profiles[ctx.path_id], f"the {ctx.path_id} path's profile"
    else:
        start = {t["id"]: round(sum(p.get(t["id"], 0.5) for p in ctx.profiles.values()) / max(len(ctx.profiles), 1), 2)
                 for t in ctx.traits}
        origin = "the mean of all paths' profiles"
    out = [f"{pad}# Pre-filled from {origin} as a starting point: 0 means the {ctx.kind} does not call for",
           f"{pad}# the trait at all, 1 that it is central. Adjust each one to this {ctx.kind}.", f"{pad}traits:"]
    for t in ctx.traits:
        out += _wrap(f"{t['id']}: {t.get('name', '')}. {t.get('description', '')}", indent + 2)
        out.append(f"{pad}  {t['id']}: {start.get(t['id'], 0.5)}")
    return out


def _dimensions(node: dict, indent: int, ctx: _Context) -> list[str]:
    """A path's entry for every dimension: all fields, or only the required ones for a derived dimension."""
    value_schema, pad, out = node.get("additionalProperties", {}), " " * indent, []
    for d in ctx.dimensions:
        scale, derived = [s["value"] for s in d.get("scale", [])], "derive" in d
        note = " Derived from the path's roles: give no value." if derived else (
            f" One of: {', '.join(scale)}." if scale else "")
        out += _wrap(f"{d['name']}: {d.get('question', '')}{note}", indent) + [f"{pad}{d['id']}:"]
        for f in schemawalk.fields(value_schema):
            if f.required or not derived:
                shown = {**f.node, "enum": scale} if scale and f.node.get("type") == "string" and "enum" not in f.node \
                    and not f.required else f.node
                out.append(f"{pad}  {f.key}: {_placeholder(shown, _label(f))}")
    return out


# Helpers

def _placeholder(node: dict, label: str) -> str:
    """A quoted `"TODO: …"` saying what to write; the schema rejects it, validation says "fill in"."""
    if "enum" in node:
        label = "one of " + ", ".join(str(v) for v in node["enum"])
    elif isinstance(example := schemawalk.first_example(node), (str, int, float)) and len(str(example)) <= 30:
        label += f", e.g. {example}"
    return json.dumps(f"{PREFIX} {label}", ensure_ascii=False)


def _label(f: Field) -> str:
    """What a field holds, in words: its title, or its key."""
    return (f.node.get("title") or f.key.replace("_", " ")).lower()


def _comment(f: Field, indent: int) -> list[str]:
    """`# Title (required): description`, then the example when it is short."""
    status = "required" if f.required else (f.when or "optional")
    lines = _wrap(f"{f.node.get('title', f.key)} ({status}): {f.node.get('description', '')}".rstrip(": "), indent)
    example = schemawalk.first_example(f.node)
    if example is not None and not isinstance(example, dict) and f.key != "id":
        shown = json.dumps(example, ensure_ascii=False)
        lines += _wrap("Example: " + (shown if len(shown) <= 160 else shown[:157] + "…"), indent)
    return lines


def _wrap(text: str, indent: int) -> list[str]:
    pad = " " * indent + "# "
    return textwrap.wrap(text, WIDTH, initial_indent=pad, subsequent_indent=pad, break_on_hyphens=False) or [pad.rstrip()]


def _commented(line: str, indent: int) -> str:
    """An optional field's line, commented out at its own indentation."""
    stripped = line.lstrip()
    if stripped.startswith("#"):
        return line
    pad = " " * indent
    return f"{pad}# {line[indent:]}" if line.startswith(pad) else f"# {line}"


def _read(path: Path) -> dict[str, Any]:
    """A content file's data (plain YAML), or {} when it is missing or unreadable."""
    try:
        data = yaml.safe_load(path.read_text("utf-8"))
    except (OSError, yaml.YAMLError):
        return {}
    return data if isinstance(data, dict) else {}
