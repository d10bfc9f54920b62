"""The generated site: which pages exist, their Markdown, and the markers hand-written pages use.

`pages(dataset)` lists every generated page (URI, Markdown, the YAML it came from, whether it
is in the navigation). `fill_markers` replaces `<!-- crossroads:NAME -->` in hand-written
pages (the adapter and `write_pages` both use it). `write_pages` writes the complete tree (hand-written
and generated pages, assets, data) to a folder, so any Markdown site generator can build it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from markupsafe import Markup

import yaml

from crossroads.publish import api
from crossroads.pages import api_docs as apidocs
from crossroads.publish import spreadsheets as csvexport
from crossroads.publish import head as meta
from crossroads.pages import overview
from crossroads.pages import role as profiles
from crossroads.model import quiz
from crossroads.pages import compare_roles as rolecompare
from crossroads.site import search as searchlean
from crossroads.model import summaries
from crossroads.model.dataset import Dataset
from crossroads.content.problems import ContentError, Problem
from crossroads.render.jinja import Asset, Page, render

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


def write_pages(content, out: Path, docs: Path | None = None, extra: list[Page] = ()) -> list[Path]:
    """Write the complete page tree under `out` (the CLI's `pages --out DIR`), for any Markdown site
    generator: the files of `docs` (hand-written pages with their markers filled, assets as they are),
    every generated page (with its `search:` front matter) and asset, and the `extra` pages.
    Raises ContentError when a marker is unknown, produces nothing or is used by no page."""
    from crossroads.model.dataset import build
    data = build(content)
    files = hand_written(docs, data) if docs else {}
    files |= {p.uri: with_front_matter(p.markdown, searchlean.meta(p.uri)).encode("utf-8") for p in pages(data) + list(extra)}
    files |= {a.uri: a.content for a in assets(data)}
    written = []
    for uri, body in sorted(files.items()):
        target = out / uri
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(body)
        written.append(target)
    return written


def hand_written(docs: Path, data: Dataset) -> dict[str, bytes]:
    """Every file of docs/ by its URI: Markdown with its markers filled (as the adapter fills them), the rest as is."""
    files, used, problems = {}, set(), []
    for path in sorted(p for p in docs.rglob("*") if p.is_file() and not any(part.startswith(".") for part in p.parts)):
        uri = path.relative_to(docs).as_posix()
        if path.suffix != ".md":
            files[uri] = path.read_bytes()
            continue
        text, found, wrong = fill_markers(path.read_text("utf-8"), uri, data, f"docs/{uri}")
        files[uri], used, problems = text.encode("utf-8"), used | found, problems + wrong
    problems += [Problem("docs", 1, 1, "", f"marker '{m}' is used by no page",
                         f"add <!-- crossroads:{m} --> to a page or remove the marker", "marker") for m in unused_markers(used)]
    if problems:
        raise ContentError(problems)
    return files


def with_front_matter(markdown: str, meta: dict) -> str:
    """The page with `meta` added to its YAML front matter (which is created if missing; its own keys win)."""
    has = markdown.startswith("---\n")
    own = (yaml.safe_load(markdown[4:markdown.index("\n---\n", 4)]) or {}) if has else {}
    meta = {k: v for k, v in meta.items() if k not in own}
    if not meta:
        return markdown
    added = yaml.safe_dump(meta, sort_keys=True)
    return f"---\n{added}{markdown[4:]}" if has else f"---\n{added}---\n\n{markdown}"


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
