"""Content-Security-Policy for every page, as a `<meta http-equiv>` (GitHub Pages sets no headers).

Scripts run only from the site itself or, for the few inline snippets the theme writes into its
template (Material's `__md_scope` helpers, the palette restore, the tab target), by their sha256
hash, computed over the final HTML of each page (the snippets differ per page: `new URL("../..")`).
Only scripts outside the page's content are hashed: an executable inline script inside content
made from Markdown is a build error, so nothing from content/ or docs/ can ever be allowed by a
hash. Data blocks (`application/ld+json`, Material's `application/json` config) are not scripts.

Styles allow 'unsafe-inline': Python-Markdown writes `style="text-align: …"` on aligned table
cells, and Material and the charts set inline styles; a style cannot run code, and every text
from the data is escaped. Images allow `data:` (Material's icons are data: URIs in its CSS).
"""

from __future__ import annotations

import base64
import hashlib
import re

from crossroads.content.problems import Problem

# Data

SCRIPT = re.compile(r"<script\b([^>]*)>(.*?)</script\s*>", re.S | re.I)
TYPE = re.compile(r"""\btype\s*=\s*["']?([^"'\s>]+)""", re.I)
SRC = re.compile(r"\bsrc\s*=", re.I)
EXECUTABLE = {"", "text/javascript", "application/javascript", "module", "text/ecmascript", "application/ecmascript"}

POLICY = [
    ("default-src", "'self'"),
    ("script-src", "'self'"),                  # + the sha256 of each inline snippet of the page
    ("style-src", "'self' 'unsafe-inline'"),
    ("img-src", "'self' data:"),
    ("font-src", "'self'"),
    ("connect-src", "'self'"),
    ("object-src", "'none'"),
    ("base-uri", "'self'"),
    ("form-action", "'self'"),
]
META = '<meta http-equiv="Content-Security-Policy" content="{}">'


# Helpers

def inline_scripts(html: str) -> list[str]:
    """The bodies of the inline executable <script> elements (no src; a JavaScript type or none)."""
    found = []
    for m in SCRIPT.finditer(html):
        attrs = m.group(1)
        kind = (t.group(1).lower() if (t := TYPE.search(attrs)) else "")
        if not SRC.search(attrs) and kind in EXECUTABLE:
            found.append(m.group(2))
    return found


def source_hash(body: str) -> str:
    """A CSP source expression for one inline script: 'sha256-<base64>' of its exact UTF-8 text."""
    return "'sha256-" + base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode("ascii") + "'"


def policy(hashes: list[str]) -> str:
    """The policy text, with these hashes allowed for scripts (sorted, each once)."""
    parts = []
    for name, value in POLICY:
        if name == "script-src":
            value = " ".join([value, *sorted(set(hashes))])
        parts.append(f"{name} {value}")
    return "; ".join(parts)


def content_problems(content: str, file: str) -> list[Problem]:
    """An executable inline script in a page's content is a mistake: content never gets a hash."""
    return [Problem(file, 1, 1, "", "the page's content has an inline <script>",
                    "move the script to docs/assets/ and list it under extra_javascript", "csp")
            for _ in inline_scripts(content)]


def with_policy(html: str, content: str = "") -> str:
    """The page with its CSP <meta> first in <head>; inline scripts of `content` (the page's own) are not hashed."""
    theme = html.replace(content, "", 1) if content else html
    meta = META.format(policy([source_hash(body) for body in inline_scripts(theme)]))
    head = re.search(r"<head\b[^>]*>", html, re.I)
    if not head:
        return html
    charset = re.compile(r"\s*<meta charset=[^>]*>", re.I).match(html, head.end())
    at = charset.end() if charset else head.end()
    return html[:at] + "\n    " + meta + html[at:]
