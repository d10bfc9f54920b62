"""At phone width the charts stay reachable and axe finds nothing (every page, light and dark, at both widths:
tests/test_site_browser.py)."""

from __future__ import annotations

import pytest

from tests.browser import axe_violations

pytestmark = pytest.mark.browser

# axe on every page, light and dark, at 390 and 1280 px: tests/test_site_browser.py.


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
