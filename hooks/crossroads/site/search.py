"""A lean search index: what each page leaves out of search, and the weight of role pages.

The search index is fetched on a reader's first visit, so it holds the words a reader searches
for (titles, every heading, summaries, tasks, skills, outlook and the guide's prose) and leaves
out what only the page itself shows well: tables of figures, charts, the calculator, notes on
the figures, lists of sources, step-by-step detail and reference lists; long prose (the reference
pages, how generative AI changes a role) is indexed by its headings and each section's first
paragraph. Material's search
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

# By kind of page (routes.parse): sections left out whole ("out": heading and text), sections whose
# heading stays findable while their text is left out ("body"), and sections that keep their heading and
# first paragraph's opening sentences, their summary, while the rest is left out ("lead": long prose, as
# on the reference pages), by heading id; "*" is every section after the h1's. The leads keep the index
# within its budget (tests/pageweight.py): the whole prose of these pages and sections took it from 40 to
# 54 KB gzipped (December 2026: 20 roles, 45 skills); with the leads it is about 38 KB.
PAGES = {
    ("role", None): {"out": {"sources", "similar-roles-and-transitions"},
                     "body": {"quick-facts", "how-to-start", "income", "what-clients-pay",
                              "what-an-unattributed-article-claims"},
                     "lead": {"how-generative-ai-changes-the-role", "demand-and-outlook"}},
    ("path", None): {"out": {"sources"}, "body": {"at-a-glance"}},        # figures summed up from the roles
    ("path_roles", None): {"body": {"*"}},
    ("skill", None): {"out": {"*"}},                    # its name and what it is; the rest is the page's
    ("business", None): {"out": {"numbers"}},
    ("page", "sources"): {"out": {"*"}},
    ("page", "methodology"): {"lead": {"*"}},
    ("page", "future_proofing"): {"lead": {"*"}},
    ("page", "starting_points"): {"lead": {"*"}},
    ("page", "how_to_choose"): {"lead": {"*"}},
    ("page", "quiz_how"): {"lead": {"*"}},
    ("page", "contribute"): {"body": {"*"}},
    ("page", "fields"): {"body": {"*"}},
    ("page", "api"): {"body": {"*"}},
    ("page", "whats_new"): {"body": {"*"}},
    ("page", "changes"): {"body": {"*"}},
}

ENTITIES = ("role", "path", "path_roles", "skill", "business")      # rules by kind of page, whichever entity

HEADING = re.compile(r'<(h[2-6])\b([^>]*\bid="([^"]+)"[^>]*)>')
BLOCK = re.compile(r"<(p|ul|ol|div|pre|blockquote)\b(?! data-search-exclude)")
FIRST_PARAGRAPH = re.compile(r"<p\b(?! data-search-exclude)[^>]*>(.*?)</p>", re.S)
LEAD_CHARS = 160          # a lead keeps whole sentences up to about this many characters of its paragraph
SENTENCE_END = re.compile(r"[.!?:](?=\s)")
TAG = re.compile(r"<(/?)([a-z0-9]+)\b[^>]*?(/?)>")


# Helpers

def meta(uri: str) -> dict:
    """The page's `search:` front matter: a boost for role pages; a role's plan is left out of the index
    (its steps repeat the role page's; the plans index stays findable), and so is a page of sources of one
    kind (only lists of publications and the figures citing them; the sources index stays findable); else nothing."""
    kind = routes.parse(uri)[0]
    if kind in ("plan", "source_kind"):
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
    if wanted("lead") and (first := FIRST_PARAGRAPH.search(part, m.end())):
        return (part[:first.start(1)] + _lead(first.group(1)) + part[first.end(1):first.end()]
                + BLOCK.sub(rf"<\1 {ATTR}", part[first.end():]))
    return part


def _lead(inner: str) -> str:
    """A paragraph's content with what follows its opening sentences (about LEAD_CHARS characters) wrapped
    in an excluded span; cut only between elements, never inside a link or other inline element."""
    depth, seen, last = 0, 0, 0
    for tag in [*TAG.finditer(inner), None]:
        piece = inner[last:tag.start() if tag else len(inner)]
        ends = [e.end() for e in SENTENCE_END.finditer(piece) if seen + e.end() >= LEAD_CHARS] if depth == 0 else []
        if ends:
            cut = last + ends[0]
            rest = inner[cut:]
            return inner[:cut] + (f"<span {ATTR}>{rest}</span>" if rest.strip() else rest)
        if tag is None:
            return inner
        seen, last = seen + len(piece), tag.end()
        if not tag.group(3) and tag.group(2) not in ("br", "img", "wbr"):
            depth = max(0, depth + (-1 if tag.group(1) else 1))
    return inner
