"""What search engines and link previews read in a page's <head>: a description, Open Graph and
Twitter values, the share image and JSON-LD. The adapter passes the page's address and title in
and puts the result in `page.meta`; overrides/main.html prints it.

Every value is returned HTML-escaped (Markup), because MkDocs renders theme templates without
autoescaping: Material prints `page.meta.description` as it is.
"""

from __future__ import annotations

import html
import re

from markupsafe import Markup, escape

from crossroads.publish import api
from crossroads.publish import jsonld
from crossroads.publish import share_card as pngcard
from crossroads.model.dataset import Dataset
from crossroads.render.jinja import Asset

# Data

IMAGE = "assets/crossroads-card.png"
IMAGE_ALT = "Crossroads: marketing side hustles or generative-AI jobs? An open, sourced career guide."
DESCRIPTION_CHARS = 300
_ROLE = re.compile(r"^roles/([a-z0-9-]+)\.md$")
_PATH = re.compile(r"^paths/([a-z0-9-]+)\.md$")
_SKIP = re.compile(r"^\s*(#|<|!!!|\?\?\?|\||[-*+] |\d+\. |```|\{|---|:::|>)")
_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_TAG = re.compile(r"<[^>]+>")


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


def description(data: Dataset, uri: str, given: str | None, markdown: str, fallback: str) -> str:
    """A role's or path's summary; else the page's own description; else its first paragraph; else the site's."""
    if (m := _ROLE.match(uri)) and m.group(1) in data.roles:
        return shorten(data.roles[m.group(1)].summary)
    if (m := _PATH.match(uri)) and m.group(1) in data.paths:
        return shorten(data.paths[m.group(1)].summary)
    return shorten(html.unescape(str(given)) if given else (first_paragraph(markdown) or fallback))


def structured(data: Dataset, uri: str, url: str, site: str, site_name: str, site_description: str) -> dict | None:
    """The JSON-LD of a page, or None: Occupation (role), CollectionPage (path), WebSite (home), Dataset (API)."""
    if (m := _ROLE.match(uri)) and m.group(1) in data.roles:
        return jsonld.occupation(data.roles[m.group(1)], data, url)
    if (m := _PATH.match(uri)) and m.group(1) in data.paths:
        return jsonld.path_page(data.paths[m.group(1)], data, url, site)
    if uri == "index.md":
        return jsonld.website(site_name, site_description, site)
    if uri == "api/index.md":
        return jsonld.dataset(data, url, site, api.generated_at(data))
    return None


# The page's meta

def page_meta(data: Dataset, uri: str, title: str, given: str | None, markdown: str, url: str | None,
              site_url: str | None, site_name: str, site_description: str) -> dict:
    """`description` (Material prints it) and `crossroads` (the Open Graph, Twitter and JSON-LD values)."""
    site = (site_url or "").rstrip("/") + "/" if site_url else ""
    text = description(data, uri, given, markdown, site_description)
    plain_title = html.unescape(_TAG.sub("", str(title or site_name)))
    ld = structured(data, uri, url or "", site, site_name, site_description) if site else None
    return {
        "description": escape(text),
        "crossroads": {
            "type": "website" if uri == "index.md" else "article",
            "title": escape(site_name if uri == "index.md" else f"{plain_title} - {site_name}"),
            "description": escape(text),
            "image": escape(site + IMAGE) if site else "",
            "image_alt": escape(IMAGE_ALT),
            "jsonld": jsonld.script_json(ld) if ld else Markup(""),
        },
    }


def assets(data: Dataset) -> list[Asset]:
    """The share card every page points to (og:image, twitter:image)."""
    return [Asset(IMAGE, pngcard.card())]
