"""Smoke test in a real Chromium: the site served under a sub-path, instant navigation, no console error."""

from __future__ import annotations

import pytest

from tests.browser import PREFIX

pytestmark = pytest.mark.browser


@pytest.fixture
def page(browser, served):
    """A fresh page on the served site; records console errors and every request's host."""
    context = browser.new_context()
    pg = context.new_page()
    pg.errors, pg.requests = [], []
    pg.on("console", lambda m: pg.errors.append(m.text) if m.type == "error" else None)
    pg.on("pageerror", lambda e: pg.errors.append(str(e)))
    pg.on("request", lambda r: pg.requests.append(r.url))
    pg.base = served
    yield pg
    context.close()


def test_home_to_role_page_by_instant_navigation(page):
    page.goto(page.base)
    assert page.locator("h1").first.inner_text().strip()
    page.evaluate("window.__sameDocument = true")       # survives only if navigation is instant (no reload)

    page.locator("nav.md-nav--primary a.md-nav__link", has_text="All roles").first.click()
    page.wait_for_url(f"**{PREFIX}roles/")
    role_link = page.locator("article a[href*='seo-consultant']").first
    role_link.click()
    page.wait_for_url(f"**{PREFIX}roles/seo-consultant/")
    page.wait_for_function("document.querySelector('h1') && document.querySelector('h1').textContent.includes('SEO consultant')")

    assert page.evaluate("window.__sameDocument === true"), "navigation reloaded the page: instant navigation is off"
    assert page.errors == []
    assert all(url.startswith(page.base) for url in page.requests), [u for u in page.requests if not u.startswith(page.base)]
