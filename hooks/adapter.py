"""MkDocs adapter: the only module that imports mkdocs. It maps build events to the plain
`crossroads` package beside it and does nothing else.

- on_config: load and validate content/ (before site/ is cleaned); stop with every problem. The site's
  own CSS and JS are listed as one bundle each (crossroads/bundle.py).
- on_files: add the generated pages as virtual files (nothing is written to docs/ or content/).
- on_page_markdown: fill `<!-- crossroads:NAME -->` markers in hand-written pages.
- on_page_content: mark what the lean search index leaves out (crossroads/searchlean.py).
- on_page_context: the page's description, Open Graph and JSON-LD values (crossroads/meta.py).
- on_env: fail when a marker was asked for by no page.
- on_startup / on_post_page: while `mkdocs serve` runs, bad content keeps the last good data
  and puts a "stale preview" banner on every page instead of stopping (see crossroads/preview.py).
- on_post_page: the Content-Security-Policy <meta> of every page (crossroads/csp.py).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, InclusionLevel

sys.path.insert(0, os.path.dirname(__file__))

from crossroads.content import check as _content  # noqa: E402
from crossroads.site import bundle
from crossroads.site import csp
from crossroads.pages import contribute as guide
from crossroads.publish import head as meta
from crossroads.model import dataset as model
from crossroads.site import preview
from crossroads.site import search as searchlean
from crossroads.pages import registry as site  # noqa: E402
from crossroads.content.problems import ContentError, Problem, annotations, report  # noqa: E402

# State for one build (MkDocs calls the events in order, one build at a time).
_build: dict = {}
_bundles: dict[str, list[str]] = {}


# Hooks

def on_startup(command, dirty):
    """Remember whether this is `mkdocs serve` (which survives bad content) or a build (which stops)."""
    preview.start(command)


def on_config(config):
    """Validate content before anything is written; keep the dataset for the other events."""
    root = Path(config.config_file_path).parent
    _bundle(config)
    preview.begin()
    try:
        checked = _content.check(root / "content", root / "schema")
        contributing = guide.pages(root, config.repo_url or "")
    except ContentError as e:
        if (last := preview.stale(e.problems)) is None:
            _stop(e.problems)
        _build.clear()
        _build.update(last, used=set())
        return config
    data = model.build(checked)
    _build.clear()
    _build.update(data=data, pages=site.pages(data) + contributing, assets=site.assets(data),
                  used=set())
    preview.good(_build)
    return config


def on_files(files, config):
    """Add every generated page; role and path pages stay out of the navigation."""
    for page in _build["pages"]:
        inclusion = InclusionLevel.INCLUDED if page.in_nav else InclusionLevel.NOT_IN_NAV
        f = File.generated(config, page.uri, content=page.markdown, inclusion=inclusion)
        f.edit_uri = f"../{page.edit_path}" if page.edit_path else None
        files.append(f)
    for asset in _build["assets"]:
        files.append(File.generated(config, asset.uri, content=asset.content))
    for uri, parts in _bundles.items():
        files.append(File.generated(config, uri, content=bundle.join(parts, Path(config.docs_dir))))
    return files


def on_page_markdown(markdown, page, config, files):
    """Fill the named markers of a hand-written page; role pages get their search boost."""
    for key, value in searchlean.meta(page.file.src_uri).items():      # the page's own front matter wins
        page.meta.setdefault(key, value)
    if page.file.generated_by:
        return markdown
    text, used, problems = site.fill_markers(markdown, page.file.src_uri, _build["data"], f"docs/{page.file.src_uri}")
    _build["used"] |= used
    if problems:
        _fail(problems)
    return text


def on_page_content(html, page, config, files):
    """Mark what the search index leaves out (tables of figures, charts, notes, source lists)."""
    return searchlean.mark(html, page.file.src_uri)


def on_page_context(context, page, config, nav):
    """Description, Open Graph, Twitter and JSON-LD values for the page's <head> (overrides/main.html)."""
    page.meta.update(meta.page_meta(_build["data"], page.file.src_uri, page.title, page.meta.get("description"),
                                    page.markdown, page.canonical_url, config.site_url, config.site_name,
                                    config.site_description or ""))
    return context


def on_env(env, config, files):
    """Every marker must be used by some page: a marker nobody asks for is a mistake."""
    if (unused := site.unused_markers(_build["used"])):
        _fail([Problem("docs", 1, 1, "", f"marker '{m}' is used by no page",
                       f"add <!-- crossroads:{m} --> to a page or remove the marker", "marker") for m in unused])
    return env


def on_post_page(output, page, config):
    """While a served preview is stale, say so (and why) at the top of every page; then the page's
    Content-Security-Policy, hashing the theme's inline scripts (never the content's) in the final HTML.
    `mkdocs serve` gets none: its live-reload script is inline and changes on every request."""
    if (problems := csp.content_problems(page.content or "", f"docs/{page.file.src_uri}")):
        _fail(problems)
    output = preview.with_banner(output)
    return output if preview.serving() else csp.with_policy(output, page.content or "")


def on_post_template(output_content, template_name, config):
    """The same policy on the theme's own pages (404.html)."""
    keep = preview.serving() or not template_name.endswith(".html")
    return output_content if keep else csp.with_policy(output_content)


# Helpers

def _bundle(config):
    """List one stylesheet and one script for the site's own assets instead of each file (crossroads/bundle.py)."""
    _bundles.clear()
    for key, uri in (("extra_css", bundle.CSS), ("extra_javascript", bundle.JS)):
        joined, kept = bundle.split(config[key], Path(config.docs_dir))
        if joined:
            _bundles[uri] = joined
            config[key] = [uri, *kept]


def _fail(problems: list[Problem]):
    """Stop the build on these problems; a served preview lists them on the page and goes on."""
    if not preview.tolerate(problems):
        _stop(problems)


def _stop(problems: list[Problem]):
    """Stop the build with every problem listed and no traceback."""
    if (notes := annotations(problems)):
        print(notes)
    raise PluginError("Content has problems:\n" + report(problems))
