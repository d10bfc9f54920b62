"""The real build: strict, complete, safe; bad content stops it with located messages and no traceback."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from crossroads.content.check import check as check_content
from crossroads.model.dataset import build
from crossroads.pages.registry import assets, pages
from crossroads.site.tree import front_matter, hand_written, with_front_matter
from tests.conftest import ROOT, mkdocs_build, project_config, run_cli
from tests.mini import line_of

PROJECT_PARTS = ["mkdocs.yml", "docs", "content", "schema", "hooks", "overrides", "CONTRIBUTING.md"]


@pytest.fixture
def project(tmp_path) -> Path:
    """A copy of the project's site sources to break without touching the real ones."""
    for part in PROJECT_PARTS:
        src = ROOT / part
        (shutil.copytree if src.is_dir() else shutil.copy)(src, tmp_path / part)
    return tmp_path


def dataset():
    return build(check_content(ROOT / "content", ROOT / "schema"))


def test_every_generated_page_is_built(built_site):
    data = dataset()
    for page in pages(data, project_config(data)):
        html = built_site / page.uri.removesuffix(".md").removesuffix("index") / "index.html"
        assert html.is_file(), page.uri
    assert (built_site / "index.html").is_file()


def test_role_pages_are_out_of_the_navigation_and_edit_their_yaml(built_site):
    data = dataset()
    role = next(iter(data.roles.values()))
    home = (built_site / "index.html").read_text("utf-8")
    assert f'roles/{role.id}/"' not in " ".join(re.findall(r'class="md-nav__link[^"]*"[^>]*href="[^"]*"', home))
    page = (built_site / "roles" / role.id / "index.html").read_text("utf-8")
    assert re.search(rf'href="https://github\.com/[^"]+/edit/main/content/roles/{role.id}\.yml"', page)


def test_no_request_leaves_the_site(built_site):
    for html in built_site.rglob("*.html"):
        text = html.read_text("utf-8")
        assert "fonts.googleapis" not in text and "fonts.gstatic" not in text
        for tag in re.findall(r"<(?:script|link|img|iframe)\b[^>]*>", text):
            for url in re.findall(r'(?:src|href)="([^"]+)"', tag):
                if tag.startswith("<link") and re.search(r'rel="(canonical|alternate)"', tag):
                    continue
                assert not url.startswith(("http:", "https:", "//")), (html, tag)


def test_licences_in_the_footer(built_site):
    home = (built_site / "index.html").read_text("utf-8")
    assert "MIT" in home and "CC BY 4.0" in home


def test_cli_writes_the_same_markdown_tree(tmp_path):
    out = tmp_path / "pages"
    result = run_cli(["pages", "--out", str(out)])
    assert result.returncode == 0, result.stderr
    data = dataset()
    cfg = project_config(data)
    docs = hand_written(ROOT / "docs", data)                      # docs/ with markers filled, assets as they are
    expected = {uri: with_front_matter(body, front_matter(uri, body, data, cfg)).encode("utf-8") if isinstance(body, str)
                else body for uri, body in docs.items()}
    expected |= {p.uri: with_front_matter(p.markdown, front_matter(p.uri, p.markdown, data, cfg, p.edit_path)).encode("utf-8")
                 for p in pages(data, cfg)}
    expected |= {a.uri: a.content for a in assets(data, cfg)}
    written = {p.relative_to(out).as_posix(): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    assert written == expected


def test_validate_cli_passes_on_the_real_content():
    result = run_cli(["validate"])
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Content is valid:")


BREAKAGES = {
    "syntax": ("remote_fit: high", "remote_fit: [high", "YAML syntax"),
    "typo": ("remote_fit: high", "remote_fitt: high", "unknown field 'remote_fitt'"),
    "unknown-skill": ("{skill: keyword-research,", "{skill: keyword-reserch,", "unknown skill 'keyword-reserch'"),
    "low-above-high": ("low: 43390", "low: 243390", "is above high"),
    "python-tag": ("remote_fit: high", "remote_fit: !!python/name:os.system", "is not allowed"),
    "duplicate-key": ("remote_fit: high", "remote_fit: high\nremote_fit: low", "duplicate key"),
}


@pytest.mark.parametrize("name", BREAKAGES)
def test_broken_content_stops_validate_and_build(project, name):
    old, new, message = BREAKAGES[name]
    role = project / "content" / "roles" / "seo-consultant.yml"
    text = role.read_text("utf-8")
    assert old in text
    broken = text.replace(old, new, 1)
    role.write_text(broken, "utf-8")
    line = line_of(broken, new.splitlines()[-1]) if name != "syntax" else None

    result = run_cli(["validate"], cwd=project)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    located = re.search(r"content/roles/seo-consultant\.yml:(\d+):(\d+): error: .*" + re.escape(message) + r".*\(.+\)", result.stderr)
    assert located, result.stderr
    if line:
        assert int(located.group(1)) == line

    site = project / "site"
    site.mkdir()
    (site / "keep.txt").write_text("from the last good build")
    built = mkdocs_build(site, cwd=project)
    assert built.returncode != 0
    assert "Traceback" not in built.stderr
    assert located.group(0) in built.stderr
    assert (site / "keep.txt").exists(), "site/ was cleaned before validation"


def test_text_from_yaml_is_escaped_in_html(project, tmp_path):
    role = project / "content" / "roles" / "seo-consultant.yml"
    evil = "</title><script>alert(1)</script> *bold* [link](https://example.com) | pipe & {: .x}"
    text = role.read_text("utf-8").replace("name: SEO consultant", f"name: '{evil}'", 1)
    text = text.replace("  - Audit a client's site", f"  - '{evil}'\n  - Audit a client's site", 1)
    role.write_text(text, "utf-8")
    site = tmp_path / "out"
    result = mkdocs_build(site, cwd=project)
    assert result.returncode == 0, result.stderr
    for page in [site / "roles" / "seo-consultant" / "index.html", site / "roles" / "index.html"]:
        html = page.read_text("utf-8")
        assert "<script>alert(1)</script>" not in html
        assert "&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt; *bold* [link](https://example.com) | pipe &amp; {: .x}" in html
        assert 'href="https://example.com"' not in html


def test_unknown_marker_fails_the_build(project, tmp_path):
    page = project / "docs" / "how-to-choose.md"
    page.write_text(page.read_text("utf-8") + "\n<!-- crossroads:no-such-marker -->\n", "utf-8")
    result = mkdocs_build(tmp_path / "out", cwd=project)
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert re.search(r"docs/how-to-choose\.md:\d+:1: error: unknown marker 'no-such-marker'", result.stderr)


def test_unused_marker_fails_the_build(project, tmp_path):
    page = project / "docs" / "index.md"
    page.write_text(page.read_text("utf-8").replace("<!-- crossroads:paths-overview -->", ""), "utf-8")
    result = mkdocs_build(tmp_path / "out", cwd=project)
    assert result.returncode != 0 and "marker 'paths-overview' is used by no page" in result.stderr


def test_site_url_comes_from_the_environment(project, tmp_path):
    result = mkdocs_build(tmp_path / "out", cwd=project, env={"SITE_URL": "https://example.org/fork/"})
    assert result.returncode == 0, result.stderr
    assert 'href="https://example.org/fork/"' in (tmp_path / "out" / "index.html").read_text("utf-8")
