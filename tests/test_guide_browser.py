"""The contributor pages on a phone and a desktop: nothing needs sideways scrolling."""

from __future__ import annotations

import pytest

from tests.browser import recording_page

pytestmark = pytest.mark.browser

PAGES = ["contribute/", "contribute/fields/", "whats-new/"]


@pytest.mark.parametrize("width", [390, 1280])
def test_contributor_pages_fit_the_screen(browser, served, width):
    context = browser.new_context(viewport={"width": width, "height": 800})
    try:
        page = recording_page(context, served)
        for uri in PAGES:
            page.goto(served + uri)
            assert page.evaluate("document.scrollingElement.scrollWidth") <= width, uri
            wide = page.evaluate("""() => [...document.querySelectorAll('article *')]
                .filter(e => e.getBoundingClientRect().right > window.innerWidth + 1).length""")
            assert wide == 0, uri
        assert page.errors == []
    finally:
        context.close()
