"""Print in Chromium (docs/assets/print.css): a role page prints on five A4 pages or fewer (as a PDF,
page.pdf), light even from the dark palette, with no form or button, every folded detail open, and
the page's address and review date in the footer."""

from __future__ import annotations

import re

import pytest

from crossroads import routes
from crossroads.content.check import check
from crossroads.model.dataset import build
from crossroads.render.formats import date
from tests.conftest import ROOT

pytestmark = pytest.mark.browser

MAX_PAGES = 5

# In print: what is still shown that should not be, closed details whose content is hidden, and the colours.
PRINTED = """() => {
  const shown = e => e.checkVisibility({visibilityProperty: true});      // false inside a closed <details>, too
  const controls = [...document.querySelectorAll("form, button, .md-button, select, input:not([type=checkbox])")].filter(shown)
    .map(e => e.outerHTML.slice(0, 80));
  const folded = [...document.querySelectorAll("article details")].filter(d => {
    const inner = [...d.children].find(c => c.tagName !== "SUMMARY");
    return inner && !shown(inner);
  }).map(d => d.querySelector("summary").textContent.trim());
  const style = getComputedStyle(document.body);
  const printed = document.querySelector(".cr-printed");
  return {controls, folded, background: style.backgroundColor, text: getComputedStyle(document.querySelector("article p")).color,
          printed: printed && shown(printed) ? printed.textContent.trim() : null,
          margins: [...document.querySelectorAll("style[media=print]")].map(s => s.textContent).join(" ")};
}"""


@pytest.fixture(scope="module")
def data():
    return build(check(ROOT / "content", ROOT / "schema"))


def pages(pdf: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page[^s]", pdf))


def test_every_role_prints_on_five_a4_pages_or_fewer(browser, served, data):
    context = browser.new_context()
    page, counts = context.new_page(), {}
    for role in data.roles.values():
        page.goto(served + routes.url(routes.role(role.id)))
        page.wait_for_load_state("networkidle")
        counts[role.id] = pages(page.pdf(format="A4", print_background=True))
    context.close()
    assert counts and max(counts.values()) <= MAX_PAGES, {k: v for k, v in counts.items() if v > MAX_PAGES}


@pytest.mark.parametrize("kind", ["role", "path", "plan", "business"])
def test_a_printed_page_is_light_open_without_controls_and_signed(browser, served, data, kind):
    """Printed from the dark palette at a phone's width (the worst case): light, nothing folded, no control."""
    role = data.roles["seo-consultant"]
    uri, reviewed = {"role": (routes.role(role.id), role.last_reviewed),
                     "path": (routes.path(role.paths[0]), data.paths[role.paths[0]].last_reviewed),
                     "plan": (routes.plan(role.id), role.last_reviewed),
                     "business": next((routes.business(t.id), t.reviewed) for t in data.topics.values())}[kind]
    context = browser.new_context(viewport={"width": 390, "height": 844}, color_scheme="dark")
    page = context.new_page()
    page.goto(served + routes.url(uri))
    page.wait_for_load_state("networkidle")
    assert page.evaluate("document.body.getAttribute('data-md-color-scheme')") == "slate"
    page.emulate_media(media="print")
    got = page.evaluate(PRINTED)
    context.close()
    assert got["controls"] == [] and got["folded"] == []
    assert got["background"] == "rgb(255, 255, 255)"
    assert got["text"].startswith("rgba(0, 0, 0") or got["text"].startswith("rgb(0, 0, 0)"), got["text"]
    address = f"/crossroads/{routes.url(uri)}"                  # the canonical address, from site_url
    assert got["printed"] and address in got["printed"] and f"Last reviewed {date(reviewed)}" in got["printed"]
    assert "@bottom-left" in got["margins"] and address in got["margins"] and date(reviewed) in got["margins"]


def test_a_role_printed_from_the_dark_palette_fits_as_well(browser, served, data):
    context = browser.new_context(color_scheme="dark")
    page = context.new_page()
    page.goto(served + routes.url(routes.role("seo-consultant")))
    page.wait_for_load_state("networkidle")
    assert pages(page.pdf(format="A4", print_background=True)) <= MAX_PAGES
    context.close()
