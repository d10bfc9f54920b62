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


@pytest.mark.parametrize("path", ["roles/seo-consultant/", "income/", "compare/"])
def test_phone_width_is_clean_and_wide_charts_are_reachable(browser, served, path):
    context = browser.new_context(viewport={"width": 390, "height": 800})
    page = context.new_page()
    page.goto(served + path)
    violations = axe_violations(page)
    overflowing = page.evaluate("""[...document.querySelectorAll('.cr-figure')]
        .filter(f => f.scrollWidth > f.clientWidth + 1)
        .map(f => f.getAttribute('tabindex'))""")
    context.close()
    assert violations == []
    assert all(t == "0" for t in overflowing)
