"""The menu (MkDocs' `nav`), made from routes (addresses) and vocabulary (names), never typed twice.

Reader pages come first, grouped by what a reader is doing; each path is listed with its overview
and its roles index, never with every role page: the menu is printed into every page, so listing
every role would make each page grow with the number of roles and the build quadratic (DESIGN).
Role and skill pages are reached from those indexes (and carry a breadcrumb). The contributor
pages sit apart, last. Titles from the content are HTML-escaped: the theme prints menu titles as they are. The adapter sets the menu in `on_config`; the Zensical stage writes it
into its copy of mkdocs.yml, so both builds show the same menu.
"""

from __future__ import annotations

import html
from dataclasses import replace

from crossroads import routes, vocabulary
from crossroads.config import Config
from crossroads.model.dataset import Dataset

# Data

PATHS = "<paths>"          # where each path (overview and roles index) is listed
TOPICS = "<topics>"        # where each "Run it as a business" page is listed
MENU: list[tuple[str | None, list[str]]] = [
    (None, ["home", "quiz"]),
    ("paths", ["compare_paths", PATHS, "roles", "compare_roles"]),
    ("money", ["income", "skills", "future_proofing"]),
    ("business", ["business", TOPICS, "plans"]),
    ("deciding", ["how_to_choose", "starting_points", "quiz_how"]),
    ("figures", ["whats_new", "methodology", "sources"]),
    ("contributors", ["contribute", "fields", "api", "changes"]),
]


# The menu

def tree(data: Dataset) -> list[dict]:
    """The nav as MkDocs reads it: `[{title: uri}, {group: [...]}]`."""
    out: list[dict] = []
    for group, names in MENU:
        items: list[dict] = []
        for name in names:
            if name == PATHS:
                items += _paths(data)
            elif name == TOPICS:
                items += [{html.escape(t.title): routes.business(t.id)} for t in data.topics.values()]
            else:
                title = vocabulary.BUSINESS_OVERVIEW if name == "business" else vocabulary.PAGE_NAMES[name]
                items.append({title: routes.PAGES[name]})
        out += items if group is None else [{vocabulary.MENU_GROUPS[group]: items}]
    return out


def titles(nav: list) -> dict[str, str]:
    """Page URI → its title in the menu (nested groups included)."""
    out: dict[str, str] = {}
    for item in nav:
        for title, target in item.items():
            if isinstance(target, list):
                out |= titles(target)
            else:
                out[target] = title
    return out


def _paths(data: Dataset) -> list[dict]:
    """Each path under its name: its overview and its roles index."""
    return [{html.escape(p.name): [{vocabulary.PATH_OVERVIEW: routes.path(p.id)},
                      {f"{vocabulary.PATH_ROLES} ({len(data.roles_by_path[p.id])})": routes.path_roles(p.id)}]}
            for p in data.paths.values()]


def configured(config: Config, data: Dataset) -> tuple[Config, list[dict]]:
    """The config with the menu's page titles (page meta reads them), and the menu."""
    menu = tree(data)
    return replace(config, titles=titles(menu)), menu
