"""The generated site: which pages exist, their Markdown, and the markers hand-written pages use.

`pages(dataset)` lists every generated page (URI, Markdown, the YAML it came from, whether it
is in the navigation). `fill_markers` replaces `<!-- crossroads:NAME -->` in hand-written
pages. `write_pages` writes the same tree to a folder for use without MkDocs.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from markupsafe import Markup

from . import md, quiz, tables
from .model import Dataset, Role
from .render import WORK_MODE, Asset, Page, render
from .problems import Problem

# Data

MARKER = re.compile(r"<!--\s*crossroads:([a-z0-9-]+)\s*-->")


def role_uri(role_id: str) -> str:
    return f"roles/{role_id}.md"


def path_uri(path_id: str) -> str:
    return f"paths/{path_id}.md"


def skill_anchor(skill_id: str) -> str:
    return f"skills/index.md#{skill_id}"


def figure_range(fig) -> str:
    """`$42,070 – $144,610` or `$110` (the median alone)."""
    if fig.low is not None and fig.high is not None:
        return f"{md.money(fig.low, fig.currency)} – {md.money(fig.high, fig.currency)}"
    return md.money(fig.median, fig.currency)


def roles_table(data: Dataset, here: str, roles: list[Role]) -> Markup:
    """Role, paths, start-up cost, time to first income, work mode."""
    def paths(r):
        return Markup(", ".join(md.link(data.paths[p].short_name, path_uri(p), here) for p in r.paths))
    return tables.Table([
        tables.Column("Role", lambda r: md.link(r.name, role_uri(r.id), here)),
        tables.Column("Path", paths),
        tables.Column("Start-up cost (USD)", lambda r: f"{md.money(r.startup_cost.low, 'USD')} – {md.money(r.startup_cost.high, 'USD')}", "right"),
        tables.Column("Months to first income", lambda r: f"{md.number(r.time_to_first_income.low)} – {md.number(r.time_to_first_income.high)}", "right"),
        tables.Column("Work mode", lambda r: WORK_MODE[r.work_mode]),
    ], roles).as_markdown()


# Pages

def pages(data: Dataset) -> list[Page]:
    """Every generated page, in a stable order."""
    out = [Page("compare.md", render("compare.md.j2", "compare.md", data=data), "content/dimensions.yml", True),
           Page("roles/index.md", render("roles-index.md.j2", "roles/index.md", data=data,
                                         table=roles_table(data, "roles/index.md", sorted(data.roles.values(), key=lambda r: r.name.lower()))), None, True),
           Page("skills/index.md", render("skills-index.md.j2", "skills/index.md", data=data), None, True)]
    for p in data.paths.values():
        here = path_uri(p.id)
        out.append(Page(here, render("path.md.j2", here, title=p.name, data=data, path=p,
                                     table=roles_table(data, here, data.roles_by_path[p.id])), f"content/paths/{p.id}.yml"))
    for r in sorted(data.roles.values(), key=lambda r: r.id):
        here = role_uri(r.id)
        out.append(Page(here, render("role.md.j2", here, title=r.name, data=data, role=r, figure_range=figure_range), f"content/roles/{r.id}.yml"))
    return out + quiz.pages(data)


def assets(data: Dataset) -> list[Asset]:
    """Every generated non-Markdown file."""
    return quiz.assets(data)


def write_pages(content, out: Path) -> list[Path]:
    """Write every generated page under `out` (the CLI's `pages --out DIR`)."""
    from .model import build
    written = []
    for page in pages(build(content)):
        target = out / page.uri
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(page.markdown, "utf-8")
        written.append(target)
    return written


# Markers

def _paths_overview(data: Dataset, here: str) -> str:
    return render("paths-overview.md.j2", here, data=data)


def _assumptions(data: Dataset, here: str) -> str:
    return render("assumptions.md.j2", here, data=data)


def _confidence_scale(data: Dataset, here: str) -> str:
    return render("confidence-scale.md.j2", here, data=data)


MARKERS: dict[str, Callable[[Dataset, str], str]] = {
    "paths-overview": _paths_overview,
    "assumptions": _assumptions,
    "confidence-scale": _confidence_scale,
}


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
