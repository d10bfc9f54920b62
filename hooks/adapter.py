"""MkDocs adapter: the only module that imports mkdocs. It maps build events to the plain
`crossroads` package (installed in the environment by `make`) and does nothing else.

- on_config: the project's Config, then load and validate content/ (before site/ is cleaned); stop
  with every problem. The menu comes from site/nav.py; the site's own CSS and JS are listed as one
  bundle each (site/bundle.py).
- on_files: add the generated pages and files as virtual files (nothing is written to docs/ or content/).
- on_page_markdown: fill `<!-- crossroads:NAME -->` markers in hand-written pages; every page gets
  the front matter the theme reads (site/tree.py: description, Open Graph, JSON-LD, search boost).
- on_page_content: mark what the lean search index leaves out (site/search.py).
- on_env: fail when a marker was asked for by no page.
- on_startup / on_post_page: while `mkdocs serve` runs, bad content keeps the last good data and
  puts a "stale preview" banner on every page instead of stopping (site/preview.py).
- on_post_page / on_post_template: the same finishing as every generator (site/finish.py: banner,
  edit link, Content-Security-Policy).
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, InclusionLevel

from crossroads import config as settings
from crossroads.content.check import check
from crossroads.content.problems import ContentError, Problem, annotations, report
from crossroads.model.dataset import build
from crossroads.pages import registry
from crossroads.site import bundle, csp, finish, nav, preview, search, tree

# State for one build (MkDocs calls the events in order, one build at a time).
_build: dict = {}
_bundles: dict[str, list[str]] = {}


# Hooks

def on_startup(command, dirty):
    """Remember whether this is `mkdocs serve` (which survives bad content) or a build (which stops)."""
    preview.start(command)


def on_config(config):
    """Validate content before anything is written; keep the dataset for the other events."""
    cfg = _settings(config)
    _bundle(config)
    preview.begin()
    try:
        data = build(check(cfg.content, cfg.schema))
        cfg = settings.stamped(cfg, [x.last_reviewed for x in [*data.roles.values(), *data.paths.values()]])
        cfg, menu = nav.configured(cfg, data)
        pages = registry.pages(data, cfg)
    except ContentError as e:
        if (last := preview.stale(e.problems)) is None:
            _stop(e.problems)
        _build.clear()
        _build.update(last, used=set())
        config["nav"] = _build["menu"]
        return config
    _build.clear()
    _build.update(data=data, config=cfg, menu=menu, pages={p.uri: p for p in pages}, assets=registry.assets(data, cfg),
                  used=set())
    preview.good(_build)
    config["nav"] = menu
    return config


def on_files(files, config):
    """Add every generated page and file; role and path pages stay out of the navigation."""
    for page in _build["pages"].values():
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
    """Fill the named markers of a hand-written page; then the page's front matter for the theme."""
    uri = page.file.src_uri
    if not page.file.generated_by:
        markdown, used, problems = registry.fill_markers(markdown, uri, _build["data"], f"docs/{uri}")
        _build["used"] |= used
        if problems:
            _fail(problems)
    meta = tree.front_matter(uri, markdown, _build["data"], _build["config"], own=dict(page.meta))
    for key, value in meta.items():             # the page's own front matter wins
        page.meta.setdefault(key, value)
    return markdown


def on_page_content(html, page, config, files):
    """Mark what the search index leaves out (tables of figures, charts, notes, source lists)."""
    return search.mark(html, page.file.src_uri)


def on_env(env, config, files):
    """Every marker must be used by some page: a marker nobody asks for is a mistake."""
    if (unused := registry.unused_problems(_build["used"])):
        _fail(unused)
    return env


def on_post_page(output, page, config):
    """The same finishing as every generator (site/finish.py); an inline script in content stops the build."""
    if (problems := csp.content_problems(page.content or "", f"docs/{page.file.src_uri}")):
        _fail(problems)
    return finish.page(output, page.content or "", serving=preview.serving())


def on_post_template(output_content, template_name, config):
    """The same policy on the theme's own pages; the 404 page made to work under any sub-path."""
    return finish.template(output_content, template_name, serving=preview.serving(), site_url=getattr(config, "site_url", None) or "")


# Helpers

def _settings(config) -> settings.Config:
    """The project's Config from MkDocs' own (site and repository addresses as MkDocs resolved them)."""
    root = Path(config.config_file_path).parent
    return settings.Config(root=root, content=root / "content", schema=root / "schema", docs=Path(config.docs_dir),
                           site_url=(config.site_url or settings.DEFAULT_SITE).rstrip("/") + "/",
                           repo_url=config.repo_url or "", site_name=config.site_name,
                           site_description=config.site_description or "")


def _bundle(config):
    """List one stylesheet and one script for the site's own assets instead of each file (site/bundle.py)."""
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
