"""Life after Material: the CLI writes the complete page tree (hand-written pages with their markers
filled by the same function the adapter uses, generated pages, assets and data), and Zensical builds
the same site from it with the same overrides; a smoke test runs that site in Chromium under /crossroads/."""

from __future__ import annotations

import os
import shutil

import pytest
import yaml

from crossroads.content.check import check
from crossroads.model.dataset import build
from crossroads.pages import registry
from crossroads.site import nav
from crossroads.site import zensical as zensical_site
from crossroads.site.tree import front_matter, own_front_matter, with_front_matter
from tests.browser import PREFIX, free_port, recording_page, serve, wait_until
from tests.conftest import ROOT, project_config, run_cli


@pytest.fixture(scope="module")
def tree(tmp_path_factory):
    out = tmp_path_factory.mktemp("tree")
    result = run_cli(["pages", "--out", str(out)])
    assert result.returncode == 0, result.stderr
    return out


def test_the_tree_holds_every_hand_written_page_and_asset(tree):
    docs = ROOT / "docs"
    for path in docs.rglob("*"):
        if path.is_file():
            uri = path.relative_to(docs).as_posix()
            assert (tree / uri).is_file(), uri
            if path.suffix != ".md":
                assert (tree / uri).read_bytes() == path.read_bytes(), uri
    assert not [p for p in tree.rglob("*.md") if "<!-- crossroads:" in p.read_text("utf-8")]


def test_markers_are_filled_by_the_function_the_adapter_uses(tree):
    data = build(check(ROOT / "content", ROOT / "schema"))
    for path in (ROOT / "docs").rglob("*.md"):
        uri = path.relative_to(ROOT / "docs").as_posix()
        text, _, problems = registry.fill_markers(path.read_text("utf-8"), uri, data, f"docs/{uri}")
        written = (tree / uri).read_text("utf-8")
        assert problems == [] and own_front_matter(written)["description"], uri
        assert body(written) == body(text) and own_front_matter(text).items() <= own_front_matter(written).items(), uri
    home = (tree / "index.md").read_text("utf-8")
    assert "<!--" not in home and all(p.name in home for p in data.paths.values())


def body(markdown: str) -> str:
    """A page's Markdown after its front matter."""
    return markdown.split("\n---\n", 1)[1].lstrip("\n") if markdown.startswith("---\n") else markdown


def test_generated_pages_assets_and_data_are_all_there(tree):
    data = build(check(ROOT / "content", ROOT / "schema"))
    cfg = project_config(data)
    for page in registry.pages(data, cfg):
        text = (tree / page.uri).read_text("utf-8")
        assert text == with_front_matter(page.markdown, front_matter(page.uri, page.markdown, data, cfg, page.edit_path)), page.uri
    for asset in registry.assets(data, cfg):
        assert (tree / asset.uri).read_bytes() == asset.content, asset.uri
    role = own_front_matter((tree / "roles" / "prompt-engineer.md").read_text("utf-8"))
    assert role["search"] == {"boost": 2.0} and role["edit_url"].endswith("/edit/main/content/roles/prompt-engineer.yml")
    assert '"@type":"Occupation"' in role["crossroads"]["jsonld"] and role["description"]


def test_an_unknown_or_unused_marker_stops_the_tree(tmp_path):
    docs = tmp_path / "docs"
    shutil.copytree(ROOT / "docs", docs)
    home = docs / "index.md"
    home.write_text(home.read_text("utf-8").replace("<!-- crossroads:paths-overview -->", "<!-- crossroads:nope -->"), "utf-8")
    result = run_cli(["pages", "--out", str(tmp_path / "out"), "--docs", str(docs)])
    assert result.returncode == 1
    assert "docs/index.md" in result.stderr and "unknown marker 'nope'" in result.stderr
    assert "marker 'paths-overview' is used by no page" in result.stderr


def test_front_matter_is_added_to_or_merged_with_the_page_own():
    assert with_front_matter("# A\n", {}) == "# A\n"
    assert with_front_matter("# A\n", {"search": {"boost": 2}}) == "---\nsearch:\n  boost: 2\n---\n\n# A\n"
    assert with_front_matter("---\ntitle: A\n---\n# A\n", {"search": {"boost": 2}}) == \
        "---\nsearch:\n  boost: 2\ntitle: A\n---\n# A\n"
    assert with_front_matter("---\nsearch: {exclude: true}\n---\n", {"search": {"boost": 2}}) == \
        "---\nsearch: {exclude: true}\n---\n"


def test_the_staged_config_drops_only_the_hooks_and_the_watch_list_and_carries_the_menu():
    real = build(check(ROOT / "content", ROOT / "schema"))
    original = (ROOT / "mkdocs.yml").read_text("utf-8")
    menu = nav.tree(real)
    staged = zensical_site.config(original, menu)
    assert "hooks:" not in staged and "adapter.py" not in staged and "\nwatch:" not in staged
    assert "docs_dir: docs\n" in staged and "site_dir: site\n" in staged and "theme:\n  variant: classic\n" in staged
    for line in original.splitlines():                        # everything else is kept, line for line
        if line.startswith(("theme:", "extra_javascript:", "extra_css:", "  custom_dir:", "  - navigation.tracking")):
            assert line in staged.splitlines(), line
    assert yaml.safe_load(staged[staged.index("\nnav:"):])["nav"] == menu       # the same menu as the MkDocs build


# The Zensical build, served under /crossroads/ and run in Chromium

@pytest.fixture(scope="module")
def zensical_served(tmp_path_factory):
    port = free_port()
    tmp = tmp_path_factory.mktemp("zensical")
    env = {**os.environ, "SITE_URL": f"http://127.0.0.1:{port}{PREFIX}"}
    data = build(check(ROOT / "content", ROOT / "schema"))
    config = zensical_site.stage(data, project_config(data, env=env), tmp / "stage")
    result = zensical_site.build(config, tmp / "site", env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    with serve(tmp / "site", port) as base:
        yield base


@pytest.mark.browser
def test_zensical_site_home_to_role_by_the_menu_and_quiz_to_result(browser, zensical_served):
    context = browser.new_context()
    pg = recording_page(context, zensical_served)
    pg.goto(zensical_served)
    assert "Crossroads" in pg.locator("h1").first.inner_text()
    pg.locator("nav.md-nav--primary a.md-nav__link", has_text="All roles").first.click()
    pg.wait_for_url(f"**{PREFIX}roles/")
    pg.locator("article a[href*='seo-consultant']").first.click()
    pg.wait_for_url(f"**{PREFIX}roles/seo-consultant/")
    wait_until(pg, "document.querySelector('h1') && document.querySelector('h1').textContent.includes('SEO consultant')")
    assert pg.locator("svg.cr-chart[role=img]").first.is_visible()

    pg.locator("nav.md-nav--primary a.md-nav__link", has_text="Take the quiz").first.click()
    pg.wait_for_url(f"**{PREFIX}quiz/")
    pg.locator("#crossroads-quiz").get_by_role("button", name="Start the quiz").click()
    while pg.locator("#crossroads-quiz legend").count():
        if pg.locator("#crossroads-quiz .cq-option").count():      # the income goal has no option: left empty
            pg.locator("#crossroads-quiz .cq-option").first.click()
        pg.locator("#crossroads-quiz").get_by_role("button", name=["Next", "See my result"][
            pg.locator("#crossroads-quiz").get_by_role("button", name="See my result").count()]).click()
    pg.wait_for_selector("#crossroads-quiz .cq-list")
    assert pg.locator("#crossroads-quiz .cq-item__head").count() > 3
    assert pg.errors == []
    assert [u for u in pg.requests if not u.startswith(zensical_served)] == []
    context.close()


@pytest.mark.browser
def test_zensical_pages_carry_the_same_meta_json_ld_and_edit_links(browser, zensical_served):
    """What only the MkDocs adapter used to add: description, Open Graph, JSON-LD, the YAML edit link."""
    context = browser.new_context()
    pg = recording_page(context, zensical_served)
    pg.goto(zensical_served + "roles/seo-consultant/")
    head = pg.evaluate("""() => ({
      description: document.querySelector('meta[name=description]').content,
      og: document.querySelector('meta[property="og:title"]').content,
      image: document.querySelector('meta[property="og:image"]').content,
      ld: JSON.parse(document.querySelector('script[type="application/ld+json"]').textContent),
      edit: document.querySelector('a[rel=edit]').href,
      csp: !!document.querySelector('meta[http-equiv="Content-Security-Policy"]')})""")
    data = build(check(ROOT / "content", ROOT / "schema"))
    assert head["description"].startswith(data.roles["seo-consultant"].summary.split()[0])
    assert head["og"] == "SEO consultant - Crossroads" and head["image"].endswith("assets/crossroads-card.png")
    assert head["ld"]["@type"] == "Occupation" and head["ld"]["name"] == "SEO consultant"
    assert head["ld"]["url"] == zensical_served + "roles/seo-consultant/"
    assert head["edit"].endswith("/edit/main/content/roles/seo-consultant.yml") and head["csp"]
    pg.goto(zensical_served)
    assert pg.evaluate("JSON.parse(document.querySelector('script[type=\"application/ld+json\"]').textContent)['@type']") == "WebSite"
    context.close()


def test_the_cli_builds_the_zensical_site(tmp_path):
    result = run_cli(["zensical", "--out", str(tmp_path / "site"), "--stage", str(tmp_path / "stage")])
    assert result.returncode == 0, result.stdout + result.stderr
    role = (tmp_path / "site" / "roles" / "seo-consultant" / "index.html").read_text("utf-8")
    assert '"@type":"Occupation"' in role and "/edit/main/content/roles/seo-consultant.yml" in role
