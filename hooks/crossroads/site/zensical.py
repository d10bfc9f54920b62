"""The same site built by Zensical (`make zensical`), the Material team's successor to MkDocs.

Zensical reads `mkdocs.yml` and Material's theme overrides but runs no MkDocs hook, so it builds
the complete page tree the CLI writes (`site.write_pages`: hand-written pages with their markers
filled, generated pages, assets and data). `stage` lays out a project Zensical accepts (it wants
every path inside the folder of its config): the tree as `docs/`, a copy of `overrides/`, and
`mkdocs.yml` with the hooks and watch lists left out and the menu (site/nav.py) written in; `build` runs `zensical build` on it, adds
the same Content-Security-Policy to every page (csp.py; every inline script there is the theme's)
and moves the site to its place beside `site/`.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import yaml

from crossroads import config as settings
from crossroads import routes
from crossroads.config import Config
from crossroads.model.dataset import Dataset
from crossroads.site import finish, nav, notfound, tree

# Data

# Lines of mkdocs.yml that Zensical has no use for: the hooks (it runs none) and the watch list;
# a `nav:` block is replaced by the menu site/nav.py makes (the adapter sets the same one).
DROPPED_BLOCKS = ("hooks", "watch", "nav")

# Material's look: Zensical draws its own "modern" variant unless told otherwise.
VARIANT = "classic"


# Helpers

def config(mkdocs_yml: str, menu: list | None = None) -> str:
    """mkdocs.yml for the staged project: the same settings in Material's classic look, without the hooks and
    the watch list, with the menu (`menu`, from site/nav.py) when given."""
    for key in DROPPED_BLOCKS:
        mkdocs_yml = re.sub(rf"(?m)^{key}:\n(?:[ \t]+.*\n|\n)*", "", mkdocs_yml)
    mkdocs_yml = re.sub(r"(?m)^docs_dir: .*$", "docs_dir: docs", mkdocs_yml)
    mkdocs_yml = re.sub(r"(?m)^theme:\n", f"theme:\n  variant: {VARIANT}\n", mkdocs_yml, count=1)
    mkdocs_yml = re.sub(r"(?m)^site_dir: .*\n", "", mkdocs_yml) + "site_dir: site\n"
    return mkdocs_yml + (yaml.safe_dump({"nav": menu}, sort_keys=False, allow_unicode=True) if menu else "")


def stage(data: Dataset, settings: Config, stage_dir: Path) -> Path:
    """Write the staged project (tree, overrides, config) into stage_dir; returns its config file."""
    if stage_dir.exists():
        shutil.rmtree(stage_dir)
    tree.write_pages(data, settings, stage_dir / "docs")
    shutil.copytree(settings.root / "overrides", stage_dir / "overrides")
    original = (settings.root / "mkdocs.yml").read_text("utf-8")
    (target := stage_dir / "mkdocs.yml").write_text(config(original, nav.tree(data)), "utf-8")
    return target


def build(config_file: Path, site_dir: Path, env: dict | None = None) -> subprocess.CompletedProcess:
    """Run `zensical build --strict` on the staged project (with `env`, e.g. SITE_URL) and move its site to site_dir."""
    result = subprocess.run([sys.executable, "-m", "zensical", "build", "--clean", "--strict", "-f", config_file.name],
                            cwd=config_file.parent, capture_output=True, text=True, timeout=600, env=env)
    if result.returncode == 0:
        built = config_file.parent / "site"
        edits = edit_urls(config_file.parent / "docs")
        for page in built.rglob("*.html"):                      # the same finishing as the MkDocs build
            url = page.relative_to(built).as_posix().removesuffix("index.html")
            html = page.read_text("utf-8")
            if url == notfound.NAME:                             # the 404 page, as the MkDocs build makes it
                page.write_text(finish.template(html, notfound.NAME, site_url=site_url(config_file, env)), "utf-8")
                continue
            page.write_text(finish.page(html, edit_url=edits.get(url)), "utf-8")
        if site_dir.exists():
            shutil.rmtree(site_dir)
        shutil.move(str(built), str(site_dir))
    return result


def edit_urls(docs: Path) -> dict[str, str]:
    """Page address → edit address, from the `edit_url` front matter of the staged pages."""
    out = {}
    for page in docs.rglob("*.md"):
        if (url := tree.own_front_matter(page.read_text("utf-8")).get("edit_url")):
            out[routes.url(page.relative_to(docs).as_posix())] = url
    return out


def site_url(config_file: Path, env: dict | None = None) -> str:
    """The staged project's site address (mkdocs.yml's site_url, `!ENV` resolved as MkDocs does)."""
    return settings.from_project(config_file.parent, env=env).site_url
