"""What the render stage hands on: generated pages and files, as plain records."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Page:
    """One generated page."""

    uri: str                 # e.g. roles/seo-consultant.md (routes.py)
    markdown: str
    edit_path: str | None    # the file it came from, e.g. content/roles/seo-consultant.yml
    in_nav: bool = False


@dataclass(frozen=True)
class Asset:
    """One generated non-Markdown file (JSON, CSV…), copied to the site as is."""

    uri: str                 # e.g. assets/quiz.json
    content: bytes
