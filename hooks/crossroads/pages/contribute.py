"""The contributor pages: Contribute (CONTRIBUTING.md itself), Field reference and the change log.

They come from the project rather than from content/: CONTRIBUTING.md is the single source of the
Contribute page (its links to repository files become links to GitHub), the Field reference comes
from schema/, and the change log from the git history (pages/changes.py).
"""

from __future__ import annotations

import posixpath
import re
from pathlib import Path

from crossroads import routes
from crossroads.config import DEFAULT_SITE, Config
from crossroads.content.problems import ContentError, Problem
from crossroads.pages import changes as history
from crossroads.pages import field_reference as fieldref
from crossroads.render.output import Page

# Data

URI = routes.PAGES["contribute"]
_LINK = re.compile(r"\]\(([^)\s]+)\)")


# Pages

def pages(config: Config) -> list[Page]:
    """Contribute, Field reference and the change log, in the navigation."""
    return [Page(URI, contribute(config.root, config.repo_url), "CONTRIBUTING.md", True),
            Page(fieldref.URI, fieldref.page(config.schema), None, True),
            Page(history.URI, history.page(config.root, config.repo_url), None, True)]


def contribute(root: Path, repo_url: str) -> str:
    """CONTRIBUTING.md with its links rewritten for the site."""
    try:
        text = (root / "CONTRIBUTING.md").read_text("utf-8")
    except OSError:
        raise ContentError([Problem("CONTRIBUTING.md", 1, 1, "", "the file is missing",
                                    "restore it: the Contribute page is made from it", "layout")]) from None
    return _LINK.sub(lambda m: f"]({_target(m.group(1), root, repo_url.rstrip('/'))})", text)


# Helpers

def _target(target: str, root: Path, repo: str) -> str:
    """A link of CONTRIBUTING.md as the Contribute page needs it.

    `#anchor`, `mailto:` and other sites stay; a link to a page of the published guide becomes a
    relative page link; `docs/x.md` becomes `x.md`; any other repository path links to GitHub.
    """
    if target.startswith(DEFAULT_SITE):
        path, _, anchor = target[len(DEFAULT_SITE):].partition("#")
        page = (path.rstrip("/") + ".md") if path else "index.md"
        return posixpath.relpath(page, posixpath.dirname(URI)) + (f"#{anchor}" if anchor else "")
    if target.startswith(("#", "mailto:", "http:", "https:")):
        return target
    path, _, anchor = target.partition("#")
    if path.startswith("docs/") and path.endswith(".md"):
        return posixpath.relpath(path[len("docs/"):], posixpath.dirname(URI)) + (f"#{anchor}" if anchor else "")
    kind = "tree" if (root / path).is_dir() else "blob"
    return f"{repo}/{kind}/main/{path.rstrip('/')}" + (f"#{anchor}" if anchor else "")
