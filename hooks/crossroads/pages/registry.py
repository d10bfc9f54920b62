"""The generated site: which pages and files exist, and the markers hand-written pages ask for.

`pages(data, config)` lists every generated page (URI, Markdown, the file it came from, whether it
is in the navigation); `assets(data, config)` every generated file (API, CSV, schemas, quiz data,
share card). `fill_markers` replaces `<!-- crossroads:NAME -->` in hand-written pages; the adapter
and site/tree.py both use it, so every generator gets the same pages.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from markupsafe import Markup

from crossroads.config import Config
from crossroads.content.problems import Problem
from crossroads.model.dataset import Dataset
from crossroads.pages import (
    api_docs,
    business,
    compare_roles,
    contribute,
    income,
    paths,
    plans,
    quiz_how,
    role,
    roles_index,
    skills,
    sources,
    starting_points,
    whats_new,
)
from crossroads.publish import api, head, schemas, spreadsheets
from crossroads.render.jinja import render
from crossroads.render.output import Asset, Page

# Data

MARKER = re.compile(r"<!--\s*crossroads:([a-z0-9-]+)\s*-->")


# Markers

def _assumptions(data: Dataset, here: str) -> Markup:
    return Markup(render("assumptions.md.j2", here, data=data))


def _confidence_scale(data: Dataset, here: str) -> Markup:
    return Markup(render("confidence-scale.md.j2", here, data=data))


MARKERS: dict[str, Callable[[Dataset, str], Markup]] = {
    "paths-overview": paths.overview,
    "assumptions": _assumptions,
    "confidence-scale": _confidence_scale,
}


# Pages and files

def pages(data: Dataset, config: Config) -> list[Page]:
    """Every generated page, in a stable order (the contributor pages last)."""
    out = [paths.compare_page(data), roles_index.page(data),
           income.page(data, _assumptions(data, income.URI)), skills.page(data), starting_points.page(data),
           *sources.pages(data, _confidence_scale(data, sources.URI))]
    out += [page for p in data.paths.values() for page in (paths.path_page(p, data), paths.roles_page(p, data))]
    out += [skills.skill_page(s, data) for s in sorted(data.skills.values(), key=lambda s: s.id)]
    out += [role.page(r, data) for r in sorted(data.roles.values(), key=lambda r: r.id)]
    out += business.pages(data) + plans.pages(data, config.site_url)
    out += [quiz_how.page(data), compare_roles.page(data), whats_new.page(config.root, data), api_docs.page(data, config)]
    return out + contribute.pages(config)


def assets(data: Dataset, config: Config) -> list[Asset]:
    """Every generated non-Markdown file: the API (JSON, CSV, schemas), quiz data and the share image."""
    return api.assets(data, config) + spreadsheets.assets(data, config) + schemas.assets(config.schema) + head.assets(data)


def fill_markers(markdown: str, here: str, data: Dataset, file: str) -> tuple[str, set[str], list[Problem]]:
    """Replace every marker in a hand-written page; unknown or empty markers are problems."""
    used: set[str] = set()
    problems: list[Problem] = []

    def replace(m: re.Match) -> str:
        name = m.group(1)
        line = markdown.count("\n", 0, m.start()) + 1
        if name not in MARKERS:
            problems.append(Problem(file, line, 1, "", f"unknown marker '{name}'",
                                    f"known markers: {', '.join(sorted(MARKERS))}", "marker"))
            return m.group(0)
        used.add(name)
        text = MARKERS[name](data, here)
        if not text.strip():
            problems.append(Problem(file, line, 1, "", f"marker '{name}' produced nothing", "check the content it lists", "marker"))
        return text

    return MARKER.sub(replace, markdown), used, problems


def unused_markers(used: set[str]) -> list[str]:
    """Markers no hand-written page asked for (each must be used somewhere)."""
    return sorted(set(MARKERS) - used)


def unused_problems(used: set[str]) -> list[Problem]:
    """A problem for each marker no page asked for."""
    return [Problem("docs", 1, 1, "", f"marker '{m}' is used by no page",
                    f"add <!-- crossroads:{m} --> to a page or remove the marker", "marker") for m in unused_markers(used)]
