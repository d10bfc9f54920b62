"""Safe, exact YAML loading that remembers where every value came from.

Only plain YAML data is accepted: no Python or custom tags, no anchors or aliases
(which also rules out alias bombs), no duplicate keys, no NaN/infinity, no nesting
deeper than MAX_DEPTH and no file over MAX_BYTES. Every failure becomes a Problem
with a line and column; nothing here raises on bad input.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from crossroads.content.problems import Problem, field_path

# Data

MAX_BYTES = 1_000_000
MAX_DEPTH = 24
_STD = "tag:yaml.org,2002:"
ALLOWED_TAGS = {_STD + t for t in ("str", "int", "float", "bool", "null", "timestamp", "seq", "map")}
_OCTAL = re.compile(r"^[-+]?0[0-9_]+$")
# libyaml (C) when PyYAML was built with it: several times faster. Its composer recurses in C,
# so nesting depth is first measured from the (iterative) event stream.
Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_OPEN = (yaml.MappingStartEvent, yaml.SequenceStartEvent)
_CLOSE = (yaml.MappingEndEvent, yaml.SequenceEndEvent)


@dataclass
class Document:
    """A loaded YAML file: its data and the position of every value and key in it."""

    file: str                                   # path as shown in messages, e.g. content/roles/x.yml
    data: Any = None
    ok: bool = True                             # False once loading or the schema found a problem
    values: dict[tuple, tuple[int, int]] = field(default_factory=dict)
    keys: dict[tuple, tuple[int, int]] = field(default_factory=dict)
    source_text: dict[tuple, str] = field(default_factory=dict)

    def where(self, path: tuple, key: bool = False) -> tuple[int, int]:
        """Line and column of the value (or key) at `path`, or of its nearest known parent."""
        path = tuple(path)
        if key and path in self.keys:
            return self.keys[path]
        while path not in self.values and path:
            path = path[:-1]
        return self.values.get(path, (1, 1))

    def problem(self, path: tuple, message: str, hint: str = "", rule: str = "schema", key: bool = False) -> Problem:
        """A Problem located at `path` in this document."""
        line, col = self.where(path, key=key)
        return Problem(self.file, line, col, field_path(path), message, hint, rule)


class _Walk:
    """Turns a composed YAML node tree into plain data, recording positions and problems."""

    def __init__(self, doc: Document, loader, lines: list[str] = ()):
        self.doc, self.loader, self.lines = doc, loader, lines
        self.seen: set[int] = set()
        self.problems: list[Problem] = []

    def at(self, node, path, message, hint, rule="yaml"):
        m = node.start_mark
        self.problems.append(Problem(self.doc.file, m.line + 1, m.column + 1, field_path(path), message, hint, rule))

    def value(self, node, path: tuple, depth: int = 0) -> Any:
        if id(node) in self.seen:
            self.at(node, path, "anchors and aliases (&name, *name) are not supported",
                    "write the value out in full")
            return None
        self.seen.add(id(node))
        if depth > MAX_DEPTH:
            self.at(node, path, f"nested more than {MAX_DEPTH} levels deep", "flatten the structure")
            return None
        self.doc.values[path] = (node.start_mark.line + 1, node.start_mark.column + 1)
        if node.tag not in ALLOWED_TAGS:
            self.at(node, path, f"the tag {node.tag.replace(_STD, '!!')!r} is not allowed",
                    "content is plain YAML data: remove the '!' tag")
            return None
        if isinstance(node, yaml.MappingNode):
            return self.mapping(node, path, depth)
        if isinstance(node, yaml.SequenceNode):
            for i, item in enumerate(node.value):
                self.merged_item(item, path + (i,))
            return [self.value(item, path + (i,), depth + 1) for i, item in enumerate(node.value)]
        return self.scalar(node, path)

    def mapping(self, node, path, depth) -> dict:
        out: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode) or key_node.tag not in ALLOWED_TAGS:
                self.at(key_node, path, "keys must be plain text", "use a simple word as the key")
                continue
            if key_node.tag == _STD + "merge":
                continue
            key = key_node.value
            if key_node.tag != _STD + "str" and not key_node.style:
                self.at(key_node, path + (key,), f"the key {key!r} is not read as text by YAML",
                        f"quote it: \"{key}\"")
            kpos = (key_node.start_mark.line + 1, key_node.start_mark.column + 1)
            if key in out:
                first = self.doc.keys[path + (key,)]
                self.at(key_node, path + (key,), f"duplicate key {key!r}",
                        f"it is already set on line {first[0]}; keep one", rule="duplicate-key")
                continue
            self.doc.keys[path + (key,)] = kpos
            out[key] = self.value(value_node, path + (key,), depth + 1)
        return out

    def merged_item(self, item, path) -> None:
        """A list item that swallowed the next one: a line of a plain multi-line item that starts with '- '
        (indented deeper than its siblings, YAML reads it as more words of the item above)."""
        if not isinstance(item, yaml.ScalarNode) or item.style or item.end_mark.line == item.start_mark.line:
            return
        dash = item.start_mark.column - 1
        for n in range(item.start_mark.line + 1, min(item.end_mark.line + 1, len(self.lines))):
            row = self.lines[n]
            if row.lstrip().startswith("- "):
                col = len(row) - len(row.lstrip()) + 1
                self.problems.append(Problem(self.doc.file, n + 1, col, field_path(path),
                                             "this line looks like a new list item, but YAML read it as part of the item above",
                                             f"its '-' is at column {col}; line it up with the other items' '-' at column {dash}",
                                             "indentation"))
                return

    def scalar(self, node, path) -> Any:
        self.doc.source_text[path] = node.value
        if node.tag == _STD + "int" and not node.style and _OCTAL.match(node.value):
            self.at(node, path, f"{node.value} is read by YAML 1.1 as an octal number",
                    f"quote it (\"{node.value}\") or drop the leading zero")
            return None
        try:
            value = self.loader.construct_object(node, deep=True)
        except (yaml.YAMLError, ValueError, OverflowError) as e:
            self.at(node, path, f"cannot read {node.value!r}: {e}", "quote the value")
            return None
        if isinstance(value, float) and not math.isfinite(value):
            self.at(node, path, f"{node.value} is not a finite number", "write a plain number")
            return None
        return value


# Loading

def load_text(text: str, file: str) -> tuple[Document, list[Problem]]:
    """Parse YAML text; return the document and any problems (never raises on bad YAML)."""
    doc = Document(file)
    if text.startswith("\ufeff"):
        text = text[1:]
    loader = Loader(text)
    try:
        if (deep := _too_deep(text)) is not None:
            return doc, [Problem(file, deep[0], deep[1], "", f"nested more than {MAX_DEPTH} levels deep",
                                 "flatten the structure", "yaml")]
        node = loader.get_single_node()
    except yaml.MarkedYAMLError as e:
        return doc, [_syntax_problem(e, text, file)]
    except yaml.YAMLError as e:
        return doc, [Problem(file, 1, 1, "", f"YAML error: {e}", "check the file is valid YAML", "yaml")]
    except RecursionError:
        return doc, [Problem(file, 1, 1, "", "the file is nested too deeply to read", "flatten the structure", "yaml")]
    finally:
        loader.dispose()
    if node is None:
        return doc, [Problem(file, 1, 1, "", "the file is empty", "start from a file next to it, or delete it", "yaml")]
    walk = _Walk(doc, loader, text.splitlines())
    try:
        doc.data = walk.value(node, ())
    except RecursionError:
        return doc, [Problem(file, 1, 1, "", "the file is nested too deeply to read", "flatten the structure", "yaml")]
    if not isinstance(doc.data, dict) and not walk.problems:
        kind = "a list" if isinstance(doc.data, list) else f"a {type(doc.data).__name__}"
        walk.problems.append(Problem(file, 1, 1, "", f"the file holds {kind}, not a mapping of fields",
                                     "write `field: value` lines at the top level", "yaml"))
    return doc, walk.problems


def _syntax_problem(e: yaml.MarkedYAMLError, text: str, file: str) -> Problem:
    """A syntax error; one reported at the start of a line points back at the line before it."""
    mark = e.problem_mark or e.context_mark
    line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
    hint = (e.context or "").strip() or "check indentation, colons and quotes"
    if e.context_mark and mark and e.context_mark.line < mark.line:
        hint += f" that starts on line {e.context_mark.line + 1}"
    lines = text.splitlines()
    before = lines[line - 1][: col - 1] if line <= len(lines) else ""
    previous = next((n for n in range(min(line, len(lines) + 1) - 1, 0, -1)
                     if lines[n - 1].strip() and not lines[n - 1].lstrip().startswith("#")), None)
    problem = e.problem or ""
    if "tab character" in problem:
        return Problem(file, line, col, "", "YAML syntax: a tab character where YAML expects spaces",
                       f"indent with spaces only: replace the tab on line {line} with spaces, lined up with the lines around it",
                       "yaml")
    if (opener := _unclosed(text, line, col)) and ("flow" in (e.context or "") or "expected ','" in problem):
        o_line, o_col, char = opener
        close = "}" if char == "{" else "]"
        return Problem(file, o_line, o_col, "", f"YAML syntax: the '{char}' opened here is never closed",
                       f"close it with '{close}' on the same line, or, to start an indented block, drop the '{char}' "
                       "and write the items on the lines below", "yaml")
    if "quoted scalar" in hint and e.context_mark:
        hint = f"the quote opened on line {e.context_mark.line + 1}, column {e.context_mark.column + 1} is never closed"
    elif "expected key" in problem or "'-' indicator" in problem:
        hint = f"check the indentation of line {line} against the lines above it; {hint}"
    elif not before.strip() and previous and "tab" not in problem:
        hint = (f"check the end of line {previous}: a missing ':', closing quote or bracket there "
                f"is only noticed here; {hint}")
    return Problem(file, line, col, "", f"YAML syntax: {e.problem}", hint, "yaml")


def _unclosed(text: str, line: int, col: int) -> tuple[int, int, str] | None:
    """The last '{' or '[' before (line, col) that is not closed, outside quotes and comments."""
    stack: list[tuple[int, int, str]] = []
    for n, row in enumerate(text.splitlines()[:line], 1):
        quote = None
        for c, ch in enumerate(row if n < line else row[: col - 1], 1):
            if quote:
                quote = None if ch == quote else quote
            elif ch in "'\"" and (c == 1 or row[c - 2] in " [{,:"):
                quote = ch
            elif ch == "#" and (c == 1 or row[c - 2] == " "):
                break
            elif ch in "{[":
                stack.append((n, c, ch))
            elif ch in "}]" and stack:
                stack.pop()
    return stack[-1] if stack else None


def _too_deep(text: str) -> tuple[int, int] | None:
    """Position where nesting first exceeds MAX_DEPTH, read from the event stream (no recursion)."""
    depth = 0
    for event in yaml.parse(text, Loader=Loader):
        if isinstance(event, _OPEN):
            depth += 1
            if depth > MAX_DEPTH + 1:
                return event.start_mark.line + 1, event.start_mark.column + 1
        elif isinstance(event, _CLOSE):
            depth -= 1
    return None


def load_file(path: Path, file: str) -> tuple[Document, list[Problem]]:
    """Read one YAML file safely: size limit, strict UTF-8, then `load_text`."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            return Document(file), [Problem(file, 1, 1, "", f"the file is {size:,} bytes; the limit is {MAX_BYTES:,}",
                                            "split it or trim it", "yaml")]
        raw = path.read_bytes()
    except OSError as e:
        return Document(file), [Problem(file, 1, 1, "", f"cannot read the file: {e.strerror}", "check it exists and is readable", "yaml")]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        line = raw[: e.start].count(b"\n") + 1
        col = e.start - (raw.rfind(b"\n", 0, e.start) + 1) + 1
        return Document(file), [Problem(file, line, col, "", f"not UTF-8 text (byte 0x{raw[e.start]:02x})",
                                        "save the file as UTF-8", "yaml")]
    return load_text(text, file)
