"""The Jinja environment: templates live in files (templates/), every `{{ value }}` is Markdown-escaped
(markdown.md_escape); only Markup built by the package (links, tables, charts) is inserted as is.
Templates get `route` (routes.py) for every address and `vocab` (vocabulary.py) for every label.
"""

from __future__ import annotations

import html
import json
from functools import cache
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from crossroads import routes, vocabulary
from crossroads.render import formats
from crossroads.render.markdown import link, md_escape, url_link

# Data

TEMPLATES = Path(__file__).parent / "templates"


# Rendering

@cache
def environment() -> Environment:
    """Jinja environment: templates from files; every `{{ value }}` is Markdown-escaped."""
    env = Environment(loader=FileSystemLoader(TEMPLATES), undefined=StrictUndefined, autoescape=False,
                      finalize=md_escape, trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)
    env.filters.update(money=formats.money, number=formats.number, quantity=formats.quantity, words=formats.words, e=md_escape,
                       date=formats.date, dates=formats.dates)
    env.globals.update(route=routes, vocab=vocabulary, url_link=url_link)
    return env


def render(template: str, here: str, title: str | None = None, crumbs: list[tuple[str, str]] = (), **context) -> str:
    """Render a template for the page at `here`; `ln(text, target)` makes relative links.

    A page titled from data gets an HTML-escaped `title:` in front matter: MkDocs would
    otherwise take the title from the heading's *unescaped* text into `<title>`. `crumbs`,
    (name, page URI) pairs, become the page's breadcrumb (`crumbs:` front matter, printed by
    overrides/main.html above the content, so search never indexes it): names HTML-escaped,
    addresses from the site root.
    """
    def ln(text, target):
        return link(text, target, here)
    body = environment().get_template(template).render(here=here, ln=ln, **context)
    meta = {"title": html.escape(title)} if title is not None else {}
    if crumbs:
        meta["crumbs"] = [{"title": html.escape(name), "url": routes.url(uri)} for name, uri in crumbs]
    if not meta:
        return body
    lines = "".join(f"{key}: {json.dumps(value, ensure_ascii=False)}\n" for key, value in meta.items())
    return f"---\n{lines}---\n\n{body}"
