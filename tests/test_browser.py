"""Smoke test in a real Chromium: the site served under a sub-path, from the home page to a role by the menu, no console error."""

from __future__ import annotations

import pytest

from tests.browser import PREFIX, recording_page, wait_until

pytestmark = pytest.mark.browser


@pytest.fixture
def page(browser, served):
    """A fresh page on the served site; records console errors and every request's host."""
    context = browser.new_context()
    yield recording_page(context, served)
    context.close()


def test_home_to_role_page_by_the_menu_and_a_link(page):
    page.goto(page.base)
    assert page.locator("h1").first.inner_text().strip()

    page.locator("nav.md-nav--primary a.md-nav__link", has_text="All roles").first.click()
    page.wait_for_url(f"**{PREFIX}roles/")
    role_link = page.locator("article a[href*='seo-consultant']").first
    role_link.click()
    page.wait_for_url(f"**{PREFIX}roles/seo-consultant/")
    wait_until(page, "document.querySelector('h1') && document.querySelector('h1').textContent.includes('SEO consultant')")

    assert page.errors == []
    assert all(url.startswith(page.base) for url in page.requests), [u for u in page.requests if not u.startswith(page.base)]


def test_role_page_renders_its_chart_and_table(page):
    page.goto(page.base + "roles/seo-consultant/")
    chart = page.locator("svg.cr-chart[role=img]").first
    assert chart.is_visible()
    assert "SEO consultant" in chart.locator("title").first.text_content()
    assert chart.bounding_box()["width"] > 300
    bars = chart.locator("g.cr-bar").count()
    folded = page.locator("h2#income ~ details.cr-details").first     # every figure folds away under the chart
    assert folded.get_attribute("open") is None
    folded.locator("summary").click()
    income = folded.locator("table").first
    assert income.is_visible() and income.locator("tbody tr").count() >= bars > 0
    assert page.errors == []


def test_roles_table_sorts_by_keyboard(page):
    page.goto(page.base + "roles/")
    header = page.locator(".cr-sortable th button", has_text="Role")
    header.focus()
    page.keyboard.press("Enter")
    names = page.locator(".cr-sortable tbody tr td:first-child").all_text_contents()
    assert names == sorted(names, key=str.lower) or names == sorted(names)
    assert page.locator(".cr-sortable th[aria-sort=ascending]").count() == 1
    page.keyboard.press("Enter")
    desc = page.locator(".cr-sortable tbody tr td:first-child").all_text_contents()
    assert desc == list(reversed(names))
    cost = page.locator(".cr-sortable th button", has_text="Start-up cost")
    cost.click()
    column = cost.evaluate("b => b.closest('th').cellIndex") + 1
    lows = [float(t.split("–")[0].strip().lstrip("$").replace(",", "")) for t in
            page.locator(f".cr-sortable tbody tr td:nth-child({column})").all_text_contents()]
    assert lows == sorted(lows)
    assert page.errors == []
