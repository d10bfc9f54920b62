"""Every address of the guide, in one place (as Our World in Data's `etl` keeps its step addresses).

A page is named by its source URI, the path any Markdown site generator sees (`roles/x.md`);
`url` turns it into the address MkDocs and Zensical publish (`roles/x/`). Code and templates ask
here for the page of an entity or a generated page, never spell one out; `parse` reads a URI back
(page meta, search marks), and `RESERVED` (the ids an entity may not take) follows from `PAGES`.
"""

from __future__ import annotations

import posixpath
import re

# Data

# Pages made by the package or written by hand that code links to, by name.
PAGES = {
    "home": "index.md",
    "how_to_choose": "how-to-choose.md",
    "quiz": "quiz.md",
    "quiz_how": "how-the-quiz-works.md",
    "compare_paths": "compare.md",
    "roles": "roles/index.md",
    "compare_roles": "roles/compare.md",
    "income": "income/index.md",
    "skills": "skills/index.md",
    "starting_points": "starting-points.md",
    "sources": "sources/index.md",
    "methodology": "methodology.md",
    "api": "api/index.md",
    "contribute": "contribute/index.md",
    "fields": "contribute/fields.md",
    "whats_new": "whats-new.md",
    "changes": "contribute/changes.md",
    "future_proofing": "future-proofing.md",
    "business": "business/index.md",
    "plans": "plans/index.md",
}
ENTITY_FOLDERS = {"role": "roles", "path": "paths", "skill": "skills", "business": "business", "plan": "plans"}  # <folder>/<id>.md

API_VERSION = "v1"
API_ROOT = f"api/{API_VERSION}/"                          # the static API (publish/api.py)
API_SCHEMAS = API_ROOT + "schema/"                        # its JSON Schemas; content schemas under content/
QUIZ_DATA = "assets/quiz.json"
SHARE_CARD = "assets/crossroads-card.png"
CSS_BUNDLE = "assets/crossroads.bundle.css"
JS_BUNDLE = "assets/crossroads.bundle.js"

_ENTITY = re.compile(r"^(roles|paths|skills|business|plans)/([a-z0-9-]+)\.md$")
_PATH_ROLES = re.compile(r"^paths/([a-z0-9-]+)/roles\.md$")
_SOURCE_KIND = re.compile(r"^sources/([a-z0-9-]+)\.md$")
_KIND = {folder: kind for kind, folder in ENTITY_FOLDERS.items()}


# Pages of entities

def role(role_id: str) -> str:
    """`roles/<id>.md`: a role's profile page."""
    return f"roles/{role_id}.md"


def path(path_id: str) -> str:
    """`paths/<id>.md`: a path's page."""
    return f"paths/{path_id}.md"


def path_roles(path_id: str) -> str:
    """`paths/<id>/roles.md`: the index of a path's roles (the menu lists it under the path)."""
    return f"paths/{path_id}/roles.md"


def business(topic_id: str) -> str:
    """`business/<id>.md`: a page of the section "Run it as a business"."""
    return f"business/{topic_id}.md"


def plan(role_id: str, hours: float | None = None, goal: float | None = None) -> str:
    """`plans/<role-id>.md`: a role's first-month plan, optionally paced (?hours=) and with a goal (?goal=)."""
    query = "&".join(f"{k}={v:g}" for k, v in (("hours", hours), ("goal", goal)) if v is not None)
    return f"plans/{role_id}.md" + (f"?{query}" if query else "")


def first_experiment(role_id: str) -> str:
    """A role's first cheap experiment, under "How to start" on its page."""
    return f"{role(role_id)}#first-experiment"


def skill(skill_id: str) -> str:
    """`skills/<id>.md`: a skill's page (what it is, how to learn and show it, the roles that need it)."""
    return f"skills/{skill_id}.md"


def background(background_id: str) -> str:
    """A background's entry on the starting-points page."""
    return f"{PAGES['starting_points']}#{background_id}"


def source_kind(kind: str) -> str:
    """`sources/<kind>.md`: the sources of one kind, each with the figures that cite it (underscores of
    the kind's id become hyphens)."""
    return f"sources/{kind.replace('_', '-')}.md"


def source(source_id: str, kind: str) -> str:
    """A source's entry on the page of its kind (`sources/<kind>.md#<id>`). The sources index keeps an
    anchor for each id too, so an address of the one-page Sources (`sources/#<id>`) still finds it."""
    return f"{source_kind(kind)}#{source_id}"


def compare_roles(a: str, b: str | None = None) -> str:
    """The compare page with one or two roles picked (`roles/compare.md?a=…&b=…`)."""
    return f"{PAGES['compare_roles']}?a={a}" + (f"&b={b}" if b else "")


def api_role(role_id: str) -> str:
    """A role's API file, relative to the API root."""
    return f"roles/{role_id}.json"


# Reading and writing addresses

def url(uri: str) -> str:
    """A page's address relative to the site root, as the generators write it (`roles/x.md` → `roles/x/`;
    a `#anchor` or `?query` is kept)."""
    cut = min((i for i in (uri.find("#"), uri.find("?")) if i >= 0), default=len(uri))
    stem, tail = uri[:cut].removesuffix(".md"), uri[cut:]
    if stem == "index" or stem.endswith("/index"):
        return stem.removesuffix("index") + tail
    return stem + "/" + tail


def parse(uri: str) -> tuple[str, str]:
    """What a page URI is: ("role"|"path"|"skill"|"business"|"plan", id), ("path_roles", path id),
    ("source_kind", kind id), ("page", name) or ("other", uri)."""
    if uri in _BY_URI:
        return "page", _BY_URI[uri]
    if (m := _ENTITY.match(uri)):
        return _KIND[m.group(1)], m.group(2)
    if (m := _PATH_ROLES.match(uri)):
        return "path_roles", m.group(1)
    if (m := _SOURCE_KIND.match(uri)):
        return "source_kind", m.group(1).replace("-", "_")
    return "other", uri


def relative(target: str, here: str) -> str:
    """The link from page `here` to page `target` (both source URIs; a target may carry #anchor or ?query)."""
    return posixpath.relpath(target, posixpath.dirname(here) or ".")


# Ids an entity may not take: the stem of any generated page in its folder, and `index`.

_BY_URI = {uri: name for name, uri in PAGES.items()}
RESERVED = {folder: {"index"} | {posixpath.splitext(posixpath.basename(u))[0] for u in PAGES.values()
                                  if posixpath.dirname(u) == folder}
            for folder in ENTITY_FOLDERS.values()}
