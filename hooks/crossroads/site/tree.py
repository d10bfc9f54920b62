"""The complete page tree for any Markdown site generator (the CLI's `pages --out DIR`, and what
Zensical builds): the files of docs/ (hand-written pages with their markers filled, assets as they
are), every generated page and file, each page with the front matter the theme reads
(`front_matter`: description, Open Graph and JSON-LD values, the search boost, the edit address, the
review date a printed page gives in its footer).
The MkDocs adapter gives its pages the same front matter, so both builds carry the same meta.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from crossroads import routes
from crossroads.config import Config
from crossroads.content.problems import ContentError
from crossroads.model.dataset import Dataset
from crossroads.pages import registry
from crossroads.publish import head
from crossroads.render import formats
from crossroads.render.output import Page
from crossroads.site import search

# Front matter


def own_front_matter(markdown: str) -> dict:
    """The page's own YAML front matter ({} when it has none)."""
    if not markdown.startswith("---\n") or "\n---\n" not in markdown[3:]:
        return {}
    return yaml.safe_load(markdown[4:markdown.index("\n---\n", 3)]) or {}


# Overview pages whose printed footer gives the newest review date of the figures they sum up.
OVERVIEWS = {"home", "compare_paths", "roles", "income", "compare_roles"}


def reviewed(uri: str, data: Dataset) -> str | None:
    """When the page's figures were last reviewed, as printed in its footer: the role's, path's, business
    topic's date; a plan's role's; the newest of a path's roles, or of all roles and paths on an overview."""
    kind, ident = routes.parse(uri)
    found = {"role": lambda: data.roles[ident].last_reviewed, "plan": lambda: data.roles[ident].last_reviewed,
             "path": lambda: data.paths[ident].last_reviewed, "business": lambda: data.topics[ident].reviewed,
             "path_roles": lambda: data.reviewed(data.roles_by_path[ident])[1],
             "page": lambda: data.reviewed()[1] if ident in OVERVIEWS else None}.get(kind)
    try:
        iso = found() if found else None
    except KeyError:                     # an index page of the folder (plans/index.md), not an entity
        return None
    return formats.date(iso) if iso else None


def edit_url(config: Config, edit_path: str | None) -> str | None:
    """The repository address where a generated page's source is edited (`content/roles/x.yml`)."""
    return f"{config.repo_url.rstrip('/')}/edit/main/{edit_path}" if edit_path and config.repo_url else None


def front_matter(uri: str, markdown: str, data: Dataset, config: Config, edit_path: str | None = None,
                 own: dict | None = None) -> dict:
    """What a page's front matter adds for the theme: meta (publish/head.py), the search boost and,
    for a generated page, its edit address. `own` is the page's own front matter (read from `markdown`
    when not given)."""
    own = own_front_matter(markdown) if own is None else own
    meta = head.page_meta(data, config, uri, markdown, own) | search.meta(uri)
    if (url := edit_url(config, edit_path)):
        meta["edit_url"] = url
    if (date := reviewed(uri, data)):
        meta["reviewed"] = date
    return meta


def with_front_matter(markdown: str, meta: dict) -> str:
    """The page with `meta` added to its YAML front matter (which is created if missing; its own keys win)."""
    has = markdown.startswith("---\n")
    own = own_front_matter(markdown)
    meta = {k: v for k, v in meta.items() if k not in own}
    if not meta:
        return markdown
    added = yaml.safe_dump(meta, sort_keys=True, allow_unicode=True, width=10_000)
    return f"---\n{added}{markdown[4:]}" if has else f"---\n{added}---\n\n{markdown}"


# The tree

def hand_written(docs: Path, data: Dataset) -> dict[str, str | bytes]:
    """Every file of docs/ by its URI: Markdown with its markers filled (as the adapter fills them), the rest as is."""
    files: dict[str, str | bytes] = {}
    used, problems = set(), []
    for path in sorted(p for p in docs.rglob("*") if p.is_file() and not any(part.startswith(".") for part in p.parts)):
        uri = path.relative_to(docs).as_posix()
        if path.suffix != ".md":
            files[uri] = path.read_bytes()
            continue
        text, found, wrong = registry.fill_markers(path.read_text("utf-8"), uri, data, f"docs/{uri}")
        files[uri], used, problems = text, used | found, problems + wrong
    problems += registry.unused_problems(used)
    if problems:
        raise ContentError(problems)
    return files


def write_pages(data: Dataset, config: Config, out: Path, extra: list[Page] = ()) -> list[Path]:
    """Write the complete page tree under `out`. Raises ContentError when a marker is unknown,
    produces nothing or is used by no page."""
    files = hand_written(config.docs, data) if config.docs.is_dir() else {}
    pages = {p.uri: p for p in registry.pages(data, config) + list(extra)}
    for uri, body in list(files.items()):
        if isinstance(body, str):
            files[uri] = with_front_matter(body, front_matter(uri, body, data, config)).encode("utf-8")
    for uri, page in pages.items():
        meta = front_matter(uri, page.markdown, data, config, page.edit_path)
        files[uri] = with_front_matter(page.markdown, meta).encode("utf-8")
    files |= {a.uri: a.content for a in registry.assets(data, config)}
    written = []
    for uri, body in sorted(files.items()):
        target = out / uri
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(body)
        written.append(target)
    return written
