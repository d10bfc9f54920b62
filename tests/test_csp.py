"""The Content-Security-Policy: which inline scripts get a hash, the policy text, and content that
tries to bring its own inline script (a build error)."""

from __future__ import annotations

import base64
import hashlib
import shutil

from crossroads.site import csp
from tests.conftest import ROOT, mkdocs_build

PAGE = """<!doctype html><html><head>
<meta charset="utf-8">
<script>var a = 1;</script>
<script type="application/ld+json">{"@type": "WebSite"}</script>
<script id="__config" type="application/json">{"base": "."}</script>
<script src="assets/x.js"></script>
<script type="module">import "./y.js";</script>
</head><body><article><p>text</p></article></body></html>"""


def digest(body: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(body.encode()).digest()).decode() + "'"


def test_only_inline_executable_scripts_are_found():
    assert csp.inline_scripts(PAGE) == ["var a = 1;", 'import "./y.js";']


def test_the_policy_hashes_the_theme_snippets_and_goes_first_in_head():
    html = csp.with_policy(PAGE)
    assert html.index("Content-Security-Policy") < html.index("<script>")
    policy = html.split('content="')[1].split('"')[0]
    hashes = " ".join(sorted([digest("var a = 1;"), digest('import "./y.js";')]))
    assert f"script-src 'self' {hashes};" in policy
    assert "'unsafe-inline'" not in policy.split("script-src")[1].split(";")[0]
    for part in ("default-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"):
        assert part in policy


def test_a_script_inside_the_page_content_never_gets_a_hash():
    content = "<p>text</p><script>steal()</script>"
    html = PAGE.replace("<p>text</p>", content)
    policy = csp.with_policy(html, content)
    assert digest("steal()") not in policy and digest("var a = 1;") in policy
    assert [p.message for p in csp.content_problems(content, "docs/x.md")] == ["the page's content has an inline <script>"]
    assert csp.content_problems("<p>x</p>", "docs/x.md") == []


def test_a_page_with_an_inline_script_stops_the_build(tmp_path):
    for part in ("mkdocs.yml", "content", "schema", "hooks", "overrides", "docs", "CONTRIBUTING.md"):
        src = ROOT / part
        (shutil.copytree if src.is_dir() else shutil.copy)(src, tmp_path / part)
    page = tmp_path / "docs" / "methodology.md"
    page.write_text(page.read_text("utf-8") + "\n<script>alert(1)</script>\n", "utf-8")
    result = mkdocs_build(tmp_path / "site", cwd=tmp_path)
    assert result.returncode != 0
    assert "docs/methodology.md" in result.stderr and "inline <script>" in result.stderr


def test_mkdocs_serve_pages_carry_no_policy_so_live_reload_runs():
    """MkDocs injects its live-reload script inline, with numbers that change on every request."""
    import importlib.util
    from types import SimpleNamespace

    from crossroads.site import preview
    spec = importlib.util.spec_from_file_location("adapter_under_test", ROOT / "hooks" / "adapter.py")
    adapter = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(adapter)
    page = SimpleNamespace(content="<p>text</p>", file=SimpleNamespace(src_uri="index.md"))
    try:
        preview.start("serve")
        assert "Content-Security-Policy" not in adapter.on_post_page(PAGE, page, None)
        preview.start("build")
        assert "Content-Security-Policy" in adapter.on_post_page(PAGE, page, None)
        assert "Content-Security-Policy" in adapter.on_post_template(PAGE, "404.html", None)
    finally:
        preview.start("build")
