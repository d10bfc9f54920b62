"""The contributor pages: Contribute (CONTRIBUTING.md itself), Field reference and What's new.

They come from the project rather than from content/: CONTRIBUTING.md is the single source of the
Contribute page (its links to repository files become links to GitHub), the Field reference comes
from schema/, and What's new from the git history.
"""

from __future__ import annotations

import os
import posixpath
import re
from pathlib import Path

from crossroads.pages import field_reference as fieldref
from crossroads.pages import whats_new as history
from crossroads.content.problems import ContentError, Problem
from crossroads.render.jinja import Page

# Data

URI = "contribute/index.md"
DEFAULT_SITE = "https://crossroads-guide.github.io/crossroads/"
_LINK = re.compile(r"\]\(([^)\s]+)\)")
_REPO_URL = re.compile(r"^repo_url:.*?\"(https://[^\"]+)\"", re.M)


# Pages

def pages(root: Path, repo_url: str) -> list[Page]:
    """Contribute, Field reference and What's new, in the navigation."""
    return [Page(URI, contribute(root, repo_url), "CONTRIBUTING.md", True),
            Page(fieldref.URI, fieldref.page(root / "schema"), None, True),
            Page(history.URI, history.page(root, repo_url), None, True)]


def contribute(root: Path, repo_url: str) -> str:
    """CONTRIBUTING.md with its links rewritten for the site."""
    try:
        text = (root / "CONTRIBUTING.md").read_text("utf-8")
    except OSError:
        raise ContentError([Problem("CONTRIBUTING.md", 1, 1, "", "the file is missing",
                                    "restore it: the Contribute page is made from it", "layout")]) from None
    return _LINK.sub(lambda m: f"]({_target(m.group(1), root, repo_url.rstrip('/'))})", text)


def repo_url(root: Path) -> str:
    """REPO_URL, else the default in mkdocs.yml (for the CLI, which runs without MkDocs)."""
    if (url := os.environ.get("REPO_URL")):
        return url
    m = _REPO_URL.search((root / "mkdocs.yml").read_text("utf-8"))
    return m.group(1) if m else ""


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
