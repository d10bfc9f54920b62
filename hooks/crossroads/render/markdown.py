"""Markdown output: escaping (every YAML string passes through here) and links between pages."""

from __future__ import annotations

import re

from markupsafe import Markup

from crossroads import routes

# Data

_MD_INLINE = re.compile(r"([\\`*_\[\]{}|])")        # Markdown syntax anywhere in a line
_MD_LINE_START = re.compile(r"^(\s*)([#>+-]|\d+(?=[.)]))")  # block syntax at the start of a line


# Helpers

def md_escape(value: object) -> Markup:
    """Plain text → Markdown that shows exactly that text (HTML-escaped, Markdown syntax disarmed)."""
    if isinstance(value, Markup):
        return value
    text = " ".join(str(value).split())          # no line breaks: a value never starts a block
    text = text.replace("&", "\x00").replace("<", "&lt;").replace(">", "&gt;")
    text = _MD_INLINE.sub(r"\\\1", text)
    text = _MD_LINE_START.sub(lambda m: m.group(1) + ("\\" + m.group(2) if not m.group(2).isdigit() else m.group(2) + "\\"), text)
    return Markup(text.replace("\x00", "&amp;"))


def link(text: object, target: str, here: str) -> Markup:
    """A relative Markdown link from page `here` to page `target` (both src URIs)."""
    return Markup(f"[{md_escape(text)}]({routes.relative(target, here)})")


def url_link(text: object, url: str) -> Markup:
    """A Markdown link to an external https address (the address is escaped for `<>` form)."""
    safe = str(url).replace(" ", "%20").replace("<", "%3C").replace(">", "%3E")
    return Markup(f"[{md_escape(text)}](<{safe}>)")

