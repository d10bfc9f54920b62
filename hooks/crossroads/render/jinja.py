"""Rendering primitives: generated Page/Asset records and the Jinja environment (templates in files).

Every `{{ value }}` in a template is Markdown-escaped (md.md_escape); only Markup built by the
package (links, tables, charts) is inserted as is.
"""

from __future__ import annotations

import html
import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from crossroads.render import markdown as md

TEMPLATES = Path(__file__).parent / "templates"
CONFIDENCE = {
    "high": "Official statistics, or a primary survey with a stated method.",
    "medium": "A third-party page republishing official data, or a survey read in someone else's report.",
    "low": "A blog, a vendor, a single job posting, a salary-site claim without a method, or an estimate.",
}
WORK_MODE = {"side_hustle": "Side hustle", "full_time": "Full time", "both": "Side hustle or full time"}


@dataclass(frozen=True)
class Page:
    """One generated page."""

    uri: str                 # e.g. roles/seo-consultant.md
    markdown: str
    edit_path: str | None    # the YAML file it came from, e.g. content/roles/seo-consultant.yml
    in_nav: bool = False


@dataclass(frozen=True)
class Asset:
    """One generated non-Markdown file (JSON, CSV…), copied to the site as is."""

    uri: str                 # e.g. assets/quiz.json
    content: bytes


@cache
def environment() -> Environment:
    """Jinja environment: templates from files; every `{{ value }}` is Markdown-escaped."""
    env = Environment(loader=FileSystemLoader(TEMPLATES), undefined=StrictUndefined, autoescape=False,
                      finalize=md.md_escape, trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)
    env.filters.update(money=md.money, number=md.number, words=md.words, e=md.md_escape)
    env.globals.update(CONFIDENCE=CONFIDENCE, WORK_MODE=WORK_MODE, url_link=md.url_link)
    return env


def render(template: str, here: str, title: str | None = None, **context) -> str:
    """Render a template for the page at `here`; `ln(text, target)` makes relative links.

    A page titled from data gets an HTML-escaped `title:` in front matter: MkDocs would
    otherwise take the title from the heading's *unescaped* text into `<title>`.
    """
    def ln(text, target):
        return md.link(text, target, here)
    body = environment().get_template(template).render(here=here, ln=ln, **context)
    if title is None:
        return body
    return f"---\ntitle: {json.dumps(html.escape(title), ensure_ascii=False)}\n---\n\n{body}"
