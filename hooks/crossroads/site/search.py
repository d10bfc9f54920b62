"""A lean search index: what each page leaves out of search, and the weight of role pages.

The search index is fetched on a reader's first visit, so it holds the words a reader searches
for (titles, every heading, summaries, tasks, skills, outlook and the guide's prose) and leaves
out what only the page itself shows well: tables of figures, charts, the calculator, notes on
the figures, lists of sources, step-by-step detail and reference lists. Material's search
plugin skips an element marked `data-search-exclude` (a whole section when its heading is
marked) and then strips the attribute from the page, so `mark` changes the index, never the page.

`meta(uri)` is a page's `search:` front matter: role pages are boosted so that a role's own
page comes first for its name ("prompt engineer salary"); the plans (one per role) stay out.
"""

from __future__ import annotations

import re

from crossroads import routes

# Data

ATTR = 'data-search-exclude="lean"'

# Left out wherever they are: tables of figures, charts, summary lists of facts, folded reference
# material, forms (the calculator's labels are controls, not content), breadcrumbs and the answer card.
ELEMENTS = ("table", "svg", "figure", "dl", "details", "form", "nav", "section")

# The calculator's sentences beside its form (what the figures assume, the tax note): they repeat the assumptions.
CALCULATOR = re.compile(r'<p class="(cr-calc__(?:assume|tax))"')

# A paragraph introducing notes ("Notes on the figures:") and the list after it.
NOTES = re.compile(r"<p>(Notes on [^<]*:)</p>(\s*)<(ul|ol)\b")

ROLE_BOOST = 2.0

# By kind of page (routes.parse): sections left out whole ("out": heading and text) and sections whose
# heading stays findable while their text is left out ("body"), by heading id; "*" is every section
# after the h1's.
PAGES = {
    ("role", None): {"out": {"sources", "similar-roles-and-transitions"},
                     "body": {"quick-facts", "how-to-start", "income", "what-clients-pay"}},
    ("path", None): {"out": {"sources"}},
    ("path_roles", None): {"body": {"*"}},
    ("skill", None): {"out": {"*"}},                    # its name and what it is; the rest is the page's
    ("business", None): {"out": {"numbers"}},
    ("page", "sources"): {"out": {"*"}},
    ("page", "contribute"): {"body": {"*"}},
    ("page", "fields"): {"body": {"*"}},
    ("page", "api"): {"body": {"*"}},
    ("page", "whats_new"): {"body": {"*"}},
    ("page", "changes"): {"body": {"*"}},
}

ENTITIES = ("role", "path", "path_roles", "skill", "business")      # rules by kind of page, whichever entity

HEADING = re.compile(r'<(h[2-6])\b([^>]*\bid="([^"]+)"[^>]*)>')
BLOCK = re.compile(r"<(p|ul|ol|div|pre|blockquote)\b(?! data-search-exclude)")


# Helpers

def meta(uri: str) -> dict:
    """The page's `search:` front matter: a boost for role pages; a role's plan is left out of the index
    (its steps repeat the role page's; the plans index stays findable); else nothing."""
    kind = routes.parse(uri)[0]
    if kind == "plan":
        return {"search": {"exclude": True}}
    return {"search": {"boost": ROLE_BOOST}} if kind == "role" else {}


def mark(html: str, uri: str) -> str:
    """The page's HTML with what search leaves out marked `data-search-exclude`."""
    html = re.sub(rf"<({'|'.join(ELEMENTS)})\b", rf"<\1 {ATTR}", html)
    html = NOTES.sub(rf"<p {ATTR}>\1</p>\2<\3 {ATTR}", html)
    html = CALCULATOR.sub(rf'<p {ATTR} class="\1"', html)
    kind, ident = routes.parse(uri)
    if kind == "business":                       # a step's title stays findable, its text is left out
        html = html.replace('<span class="cr-step-text">', f'<span class="cr-step-text" {ATTR}>')
    if (rules := PAGES.get((kind, None if kind in ENTITIES else ident))):
        html = "".join(_mark_section(part, rules) for part in re.split(r"(?=<h[1-6]\b)", html))
    return html


def _mark_section(part: str, rules: dict) -> str:
    """One section (its heading and what follows up to the next heading), marked as the rules say."""
    if not (m := HEADING.match(part)):
        return part
    def wanted(key):
        return bool({"*", m.group(3)} & rules.get(key, set()))
    if wanted("out"):
        return f"<{m.group(1)} {ATTR}{m.group(2)}>" + part[m.end():]
    if wanted("body"):
        return part[:m.end()] + BLOCK.sub(rf"<\1 {ATTR}", part[m.end():])
    return part
