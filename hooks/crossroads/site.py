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

from . import api, apidocs, csvexport, meta, overview, profiles, quiz, rolecompare, summaries
from .model import Dataset
from .problems import Problem
from .render import Asset, Page, render

# Data

MARKER = re.compile(r"<!--\s*crossroads:([a-z0-9-]+)\s*-->")


def role_uri(role_id: str) -> str:
    return f"roles/{role_id}.md"


def path_uri(path_id: str) -> str:
    return f"paths/{path_id}.md"


# Pages

SOURCE_KINDS = [("official_statistics", "Official statistics"), ("secondary_official", "Official statistics republished by others"),
                ("industry_survey", "Surveys and reports"), ("marketplace_data", "Freelance marketplace data"),
                ("academic_study", "Academic studies"), ("job_posting", "Job postings"), ("news", "News"),
                ("career_site", "Career and reference sites"), ("vendor_blog", "Vendor and practitioner blogs"),
                ("salary_aggregator", "Salary sites and claims"), ("article_estimate", "The article's estimates"),
                ("editorial_estimate", "Editors' estimates")]


def scale_marks(rank: int, steps: int) -> Markup:
    """` ●●○` for step 2 of 3: dots for the eye, words for screen readers."""
    dots = "●" * (rank + 1) + "○" * (steps - rank - 1)
    return Markup(f' <span class="cr-scale" aria-hidden="true">{dots}</span>'
                  f'<span class="cr-sr-only"> ({rank + 1} of {steps})</span>')


def pages(data: Dataset) -> list[Page]:
    """Every generated page, in a stable order."""
    out = [
        Page("compare.md", render("compare.md.j2", "compare.md", data=data, scale=scale_marks), "content/dimensions.yml", True),
        Page("roles/index.md", render("roles-index.md.j2", "roles/index.md", data=data, filters=rolecompare.filters(data),
                                      table=overview.sortable(overview.roles_table(data, "roles/index.md").as_markdown())), None, True),
        Page("income/index.md", render("income.md.j2", "income/index.md", data=data, assumptions=_assumptions(data, "income/index.md"),
                                       **overview.income_page(data, "income/index.md")), "content/assumptions.yml", True),
        Page("skills/index.md", render("skills-index.md.j2", "skills/index.md", data=data, categories=overview.CATEGORIES,
                                       bridges=overview.bridge_table(data, "skills/index.md"),
                                       matrix=overview.skills_matrix(data, "skills/index.md"),
                                       by_role=overview.skills_by_role(data, "skills/index.md"),
                                       transitions=overview.transitions_table(data, "skills/index.md")), None, True),
        Page("sources/index.md", render("sources-index.md.j2", "sources/index.md", data=data, kinds=SOURCE_KINDS,
                                        confidence=_confidence_scale(data, "sources/index.md"),
                                        citations=overview.citations(data)), None, True),
    ]
    for p in data.paths.values():
        here = path_uri(p.id)
        out.append(Page(here, render("path.md.j2", here, title=p.name, data=data, path=p, derived=summaries.derived_rows(p, data),
                                     table=overview.roles_table(data, here).filtered(lambda r, p=p: p.id in r.paths).as_markdown()),
                        f"content/paths/{p.id}.yml"))
    for r in sorted(data.roles.values(), key=lambda r: r.id):
        here = role_uri(r.id)
        out.append(Page(here, render("role.md.j2", here, title=r.name, data=data, role=r, **profiles.context(r, data, here)),
                        f"content/roles/{r.id}.yml"))
    return out + quiz.pages(data) + [rolecompare.page(data), apidocs.page(data)]


def assets(data: Dataset) -> list[Asset]:
    """Every generated non-Markdown file: quiz data, the API (JSON, CSV, schemas) and the site's share image."""
    return quiz.assets(data) + api.assets(data) + csvexport.assets(data) + apidocs.assets() + meta.assets(data)


def write_pages(content, out: Path) -> list[Path]:
    """Write every generated page and asset under `out` (the CLI's `pages --out DIR`)."""
    from .model import build
    data = build(content)
    written = []
    for uri, body in [(p.uri, p.markdown.encode("utf-8")) for p in pages(data)] + [(a.uri, a.content) for a in assets(data)]:
        target = out / uri
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(body)
        written.append(target)
    return written


# Markers

def _paths_overview(data: Dataset, here: str) -> str:
    return Markup(render("paths-overview.md.j2", here, data=data, cards=overview.path_cards(data)))


def _assumptions(data: Dataset, here: str) -> str:
    return Markup(render("assumptions.md.j2", here, data=data))


def _confidence_scale(data: Dataset, here: str) -> str:
    return Markup(render("confidence-scale.md.j2", here, data=data))


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
