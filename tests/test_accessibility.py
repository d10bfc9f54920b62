"""axe-core finds nothing on the main pages, in the light and the dark palette."""

from __future__ import annotations

import pytest

from tests.browser import axe_violations

pytestmark = pytest.mark.browser

PAGES = ["", "compare/", "roles/", "roles/seo-consultant/", "roles/prompt-engineer/", "paths/hybrid/", "income/", "sources/",
         "skills/", "methodology/", "how-to-choose/"]


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("path", PAGES)
def test_axe_finds_nothing(browser, served, path, scheme):
    context = browser.new_context(color_scheme=scheme)
    page = context.new_page()
    page.goto(served + path)
    expected = "slate" if scheme == "dark" else "default"
    assert page.evaluate("document.body.getAttribute('data-md-color-scheme')") == expected
    violations = axe_violations(page)
    context.close()
    assert violations == []
