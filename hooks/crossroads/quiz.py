"""The career-fit quiz: scoring reference, generated data file and pages. (Filled in by the quiz issue.)"""

from __future__ import annotations

from .model import Dataset
from .render import Asset, Page


def pages(data: Dataset) -> list[Page]:
    """Generated quiz pages."""
    return []


def assets(data: Dataset) -> list[Asset]:
    """Generated non-Markdown files, e.g. the quiz data JSON."""
    return []
