"""What search engines and link previews read in a page's <head>: a description, Open Graph and
Twitter values, the share image and JSON-LD, as front matter (`description`, `crossroads`) that any
generator puts in `page.meta`: site/tree.py writes it into every page of the tree (Zensical), the
adapter into MkDocs' pages; overrides/main.html prints it.

Every value is HTML-escaped here, because neither MkDocs nor Zensical autoescapes theme templates:
Material prints `page.meta.description` as it is.
"""

from __future__ import annotations

import html
import re

from markupsafe import escape

from crossroads import routes
from crossroads.config import Config
from crossroads.model.dataset import Dataset
from crossroads.publish import jsonld
from crossroads.publish import share_card as pngcard
from crossroads.render.output import Asset

# Data

IMAGE = routes.SHARE_CARD
IMAGE_ALT = "Crossroads: marketing side hustles or generative-AI jobs? An open, sourced career guide."
DESCRIPTION_CHARS = 300
_SKIP = re.compile(r"^\s*(#|<|!!!|\?\?\?|\||[-*+] |\d+\. |```|\{|---|:::|>)")
_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_TAG = re.compile(r"<[^>]+>")
_H1 = re.compile(r"^#\s+(.+?)\s*(\{[^}]*\})?\s*$", re.M)


# Helpers

def first_paragraph(markdown: str) -> str:
    """The first plain paragraph of a page's Markdown as text (links keep their words; tags and marks go)."""
    for block in re.split(r"\n\s*\n", markdown or ""):
        if not block.strip() or _SKIP.match(block) or block.lstrip().startswith("    "):
            continue
        text = _TAG.sub("", _LINK.sub(r"\1", block))
        text = re.sub(r"[*_`]+", "", re.sub(r"\\(.)", r"\1", text))
        text = " ".join(html.unescape(text).split())
        if len(text) > 40:
            return text
    return ""


def shorten(text: str, limit: int = DESCRIPTION_CHARS) -> str:
    """At most `limit` characters, cut at a word with an ellipsis."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    return text[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:") + "…"


def title(markdown: str, front: dict, nav_title: str | None = None) -> str:
    """A page's title as the generators show it: its title in the nav, else front matter `title`, else the first heading."""
    if nav_title:
        return nav_title
    if front.get("title"):
        return html.unescape(str(front["title"]))
    m = _H1.search(markdown or "")
    return html.unescape(re.sub(r"\\(.)", r"\1", m.group(1))) if m else ""


def description(data: Dataset, uri: str, given: str | None, markdown: str, fallback: str) -> str:
    """A role's or path's summary; else the page's own description; else its first paragraph; else the site's."""
    kind, ident = routes.parse(uri)
    if kind == "role" and ident in data.roles:
        return shorten(data.roles[ident].summary)
    if kind == "path" and ident in data.paths:
        return shorten(data.paths[ident].summary)
    return shorten(html.unescape(str(given)) if given else (first_paragraph(markdown) or fallback))


def structured(data: Dataset, config: Config, uri: str) -> dict | None:
    """The JSON-LD of a page, or None: Occupation (role), CollectionPage (path), WebSite (home), Dataset (API)."""
    kind, ident = routes.parse(uri)
    site, url = config.site_url, config.site_url + routes.url(uri)
    if kind == "role" and ident in data.roles:
        return jsonld.occupation(data.roles[ident], data, url)
    if kind == "path" and ident in data.paths:
        return jsonld.path_page(data.paths[ident], data, url, site)
    if (kind, ident) == ("page", "home"):
        return jsonld.website(config.site_name, config.site_description, site)
    if (kind, ident) == ("page", "api"):
        return jsonld.dataset(data, url, site, config.stamp)
    return None


# The page's meta

def page_meta(data: Dataset, config: Config, uri: str, markdown: str, front: dict) -> dict:
    """`description` (Material prints it) and `crossroads` (the Open Graph, Twitter and JSON-LD values),
    every value HTML-escaped; `front` is the page's own front matter (its description and title win)."""
    site, home = config.site_url, uri == routes.PAGES["home"]
    text = description(data, uri, front.get("description"), markdown, config.site_description)
    plain_title = html.unescape(_TAG.sub("", title(markdown, front, config.titles.get(uri)) or config.site_name))
    ld = structured(data, config, uri)
    return {
        "description": str(escape(text)),
        "crossroads": {
            "type": "website" if home else "article",
            "title": str(escape(config.site_name if home else f"{plain_title} - {config.site_name}")),
            "description": str(escape(text)),
            "image": str(escape(site + IMAGE)),
            "image_alt": str(escape(IMAGE_ALT)),
            "jsonld": str(jsonld.script_json(ld)) if ld else "",
        },
    }


def assets(data: Dataset) -> list[Asset]:
    """The share card every page points to (og:image, twitter:image)."""
    return [Asset(IMAGE, pngcard.card())]
