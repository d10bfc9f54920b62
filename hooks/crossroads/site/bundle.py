"""One stylesheet and one script for the site's own assets: fewer requests on a first visit.

mkdocs.yml lists the site's CSS and JS files one by one; that list stays the source of truth (and
is what Zensical uses). The MkDocs build joins the plain local ones, in their order, into
`assets/crossroads.bundle.css` and `assets/crossroads.bundle.js` and lists those instead. Each part
starts with a comment naming its file; scripts with `async`, `defer` or a `type` stay as listed.
Every script is a self-contained IIFE, so joining them changes nothing but the number of requests.
"""

from __future__ import annotations

from pathlib import Path

from crossroads import routes

# Data

CSS = routes.CSS_BUNDLE
JS = routes.JS_BUNDLE


# Helpers

def split(entries: list, docs: Path) -> tuple[list[str], list]:
    """(the local plain files to join, the entries that stay as they are), in order."""
    joined, kept = [], []
    for entry in entries:
        uri = str(entry)
        special = not isinstance(entry, str) and (entry.type or entry.defer or entry.async_)
        local = not uri.startswith(("http:", "https:", "//")) and (docs / uri).is_file()
        (joined if local and not special else kept).append(entry if special or not local else uri)
    return joined, kept


def join(uris: list[str], docs: Path) -> str:
    """The files one after the other, each under a comment naming it (a `;` closes every script)."""
    end = ";\n" if uris and uris[0].endswith(".js") else "\n"
    return "".join(f"/* {uri} */\n{(docs / uri).read_text('utf-8').rstrip()}{end}" for uri in uris)
