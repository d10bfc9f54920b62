"""Phone first: every page of the served site at 390 and 1280 px fits the screen, its tables and charts
need no sideways scrolling, chart text renders at 11 px
or more, axe-core finds nothing at 390 px, and the quiz's next question lands below the header."""

from __future__ import annotations

import re
import urllib.request

import pytest

from tests.browser import axe_violations

pytestmark = pytest.mark.browser

WIDTHS = (390, 1280)

# One call per page: what does not fit, as readable lines (empty when everything fits).
MEASURE = """() => {
  const out = [], vw = document.documentElement.clientWidth;
  if (document.documentElement.scrollWidth > vw) out.push(`page is ${document.documentElement.scrollWidth} px wide`);
  const article = document.querySelector("article").getBoundingClientRect();
  document.querySelectorAll("article table").forEach((t, i) => {
    const box = t.closest(".md-typeset__scrollwrap") || t.parentElement;
    if (box.scrollWidth > box.clientWidth + 1 || t.getBoundingClientRect().right > article.right + 1)
      out.push(`table ${i} (${t.querySelector("th") ? t.querySelector("th").textContent.trim() : ""}) needs ${box.scrollWidth} px in ${box.clientWidth}`);
  });
  document.querySelectorAll("article .cr-figure").forEach((f, i) => {
    if (f.scrollWidth > f.clientWidth + 1 || f.getBoundingClientRect().right > article.right + 1) out.push(`chart ${i} overflows`);
  });
  document.querySelectorAll("article svg.cr-chart").forEach(svg => {
    if (!svg.getClientRects().length) return;                       // the other layout, not displayed
    const edge = svg.getBoundingClientRect();
    svg.querySelectorAll("text").forEach(t => {
      const px = parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM().a, r = t.getBoundingClientRect();
      if (px < 11) out.push(`chart text "${t.textContent}" renders at ${px.toFixed(1)} px`);
      if (r.left < edge.left - 1 || r.right > edge.right + 1) out.push(`chart text "${t.textContent}" is cut at the chart's edge`);
    });
    svg.querySelectorAll("g.cr-bar").forEach(g => {                // a row's value never sits on its bar
      const value = g.querySelector(".cr-value").getBoundingClientRect();
      const ends = [...g.querySelectorAll(".cr-range, .cr-mid, .cr-open, .cr-arrow")].map(n => n.getBoundingClientRect().right);
      if (value.left < Math.max(...ends)) out.push(`chart value "${g.querySelector(".cr-value").textContent}" overlaps its bar`);
    });
  });
  return out;
}"""


@pytest.fixture(scope="module")
def site_pages(served) -> list[str]:
    """Every page of the site, from its sitemap (paths under the served root)."""
    with urllib.request.urlopen(served + "sitemap.xml") as response:
        locs = re.findall(r"<loc>([^<]+)</loc>", response.read().decode("utf-8"))
    paths = sorted({re.sub(r"^https?://[^/]+/crossroads/", "", loc) for loc in locs})
    assert len(paths) > 20
    return paths


@pytest.fixture(scope="module")
def phone_and_desktop(browser):
    """One page per width, reused for every site page (fast)."""
    pages = {}
    for width in WIDTHS:
        context = browser.new_context(viewport={"width": width, "height": 800})
        pages[width] = context.new_page()
    yield pages
    for page in pages.values():
        page.context.close()


def test_every_page_fits_a_desktop(served, site_pages, phone_and_desktop):
    page, problems = phone_and_desktop[1280], {}
    for path in site_pages:
        page.goto(served + path)
        if found := page.evaluate(MEASURE):
            problems[path] = found
    assert problems == {}


def test_every_page_fits_a_phone_and_axe_finds_nothing(served, site_pages, phone_and_desktop):
    """At 390 px, light palette: the layout of every page, and axe on one page of each kind (same visit)."""
    page, problems, checked = phone_and_desktop[390], {}, one_of_each(site_pages)
    for path in site_pages:
        page.goto(served + path)
        found = page.evaluate(MEASURE) + (axe_violations(page) if path in checked else [])
        if found:
            problems[path] = found
    assert problems == {}


@pytest.mark.parametrize("width", WIDTHS)
def test_charts_as_tables_and_the_calculator_fit(served, phone_and_desktop, width):
    """The table view (?view=table) and the calculator with results and an error showing, on a role and the income page."""
    page, problems = phone_and_desktop[width], {}
    for path in ("roles/seo-consultant/?view=table&goal=1000&rate=40&hours=0", "roles/content-writer/?view=table&goal=900&cur=GBP",
                 "income/?view=table&goal=1000"):
        page.goto(served + path)
        page.wait_for_timeout(100)
        assert page.locator(".cr-figure__table").first.is_visible()
        if found := page.evaluate(MEASURE):
            problems[path] = found
        results = page.locator(".cr-calc__results").bounding_box()
        if results["x"] + results["width"] > width:
            problems[path + " results"] = results
    assert problems == {}


def test_a_too_wide_table_is_caught(served, phone_and_desktop):
    """The measurement itself fails a table that needs sideways scrolling."""
    page = phone_and_desktop[390]
    page.goto(served + "roles/")
    page.evaluate("""() => {
      const wrap = document.createElement("div");
      wrap.className = "md-typeset__scrollwrap";
      const table = wrap.appendChild(document.createElement("table"));
      table.createTBody().insertRow().insertCell().textContent = "x".repeat(200);
      document.querySelector("article").appendChild(wrap);
    }""")
    assert any("table" in p for p in page.evaluate(MEASURE))


def one_of_each(paths: list[str]) -> list[str]:
    """Every page, but only two role pages, one path page, one path's roles and one skill page: each kind shares
    a template (keeps axe under a minute)."""
    roles = [p for p in paths if p.startswith("roles/") and p.count("/") == 2 and p != "roles/compare/"]
    skills = [p for p in paths if p.startswith("skills/") and p.count("/") == 2]
    path_pages = [p for p in paths if p.startswith("paths/") and p.count("/") == 2]
    path_roles = [p for p in paths if p.startswith("paths/") and p.endswith("/roles/")]
    dropped = set(roles[2:]) | set(skills[1:]) | set(path_pages[1:]) | set(path_roles[1:])
    return [p for p in paths if p not in dropped]


def test_axe_finds_nothing_at_phone_width_in_the_dark(browser, served, site_pages):
    context = browser.new_context(viewport={"width": 390, "height": 800}, color_scheme="dark")
    page, found = context.new_page(), {}
    for path in one_of_each(site_pages):
        page.goto(served + path)
        if violations := axe_violations(page):
            found[path] = violations
    context.close()
    assert found == {}


def test_quiz_next_question_shows_below_the_sticky_header(browser, served):
    context = browser.new_context(viewport={"width": 390, "height": 700})
    page = context.new_page()
    page.goto(served + "quiz/")
    page.get_by_role("button", name="Start the quiz").click()
    for _ in range(3):
        page.locator("#crossroads-quiz input[type=radio]").first.check()
        page.get_by_role("button", name="Next").click()
        page.wait_for_timeout(50)
        header = page.locator(".md-header").bounding_box()
        legend = page.locator("#crossroads-quiz legend").bounding_box()
        assert legend["y"] >= header["y"] + header["height"], (legend, header)
        assert legend["y"] + legend["height"] <= 700
    context.close()


@pytest.mark.parametrize("width", WIDTHS)
def test_the_quiz_start_screen_leaves_no_empty_band(browser, served, width):
    """The space kept for the quiz while it loads (stable-layout.css) is its start screen's height, not more."""
    context = browser.new_context(viewport={"width": width, "height": 800})
    page = context.new_page()
    page.goto(served + "quiz/")
    page.get_by_role("button", name="Start the quiz").wait_for()
    band = page.evaluate("""() => {
      const quiz = document.querySelector("#crossroads-quiz"), style = getComputedStyle(quiz);
      const inner = quiz.getBoundingClientRect().bottom - parseFloat(style.paddingBottom) - parseFloat(style.borderBottomWidth);
      const last = [...quiz.querySelectorAll("*")].reduce((m, e) => Math.max(m, e.getBoundingClientRect().bottom), 0);
      return inner - last;
    }""")
    context.close()
    assert band <= 20, f"{band:.0f} px of empty space under the start screen"


def test_back_to_top_does_not_cover_the_quiz_result_heading(browser, served):
    """At 390 px the result, scrolled to when it appears, opens below Material's "Back to top" (which shows while
    the page scrolls up), so neither that scroll nor the reader's next one up hides "Your result"."""
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.goto(served + "quiz/")
    page.get_by_role("button", name="Start the quiz").click()
    while True:                                # radios, ticks (none needed) and the goal (left empty)
        if page.locator("#crossroads-quiz input[type=radio]").count():
            page.locator("#crossroads-quiz input[type=radio]").first.check()
        if page.get_by_role("button", name="See my result").count():
            break
        page.get_by_role("button", name="Next").click()
    page.get_by_role("button", name="See my result").click()
    heading = page.locator("#crossroads-quiz h2", has_text="Your result")
    heading.wait_for()
    page.wait_for_timeout(200)
    top = page.locator(".md-top").bounding_box()           # fixed: its place whether shown or not
    box = heading.bounding_box()
    context.close()
    assert box["y"] >= top["y"] + top["height"], (box, top)


# The one script allowed to keep anything: the plan keeps the reader's ticks in this browser's localStorage.
STORES_TICKS = {"plan.js"}


def test_page_scripts_set_text_safely_and_store_nothing():
    """Every shipped script: text through textContent, no storage (the plan's ticks in localStorage aside),
    no request but crossroads-core.js getJSON's."""
    from tests.conftest import ROOT
    for script in sorted((ROOT / "docs" / "assets").glob("*.js")):
        js = script.read_text("utf-8")
        for banned in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "localStorage", "sessionStorage",
                       "document.cookie", "eval(", "new Function", "XMLHttpRequest", "sendBeacon"):
            if banned == "localStorage" and script.name in STORES_TICKS:
                continue
            assert banned not in js, (script.name, banned)
        assert js.count("fetch(") == (1 if script.name == "crossroads-core.js" else 0), script.name   # only getJSON fetches
    plan = (ROOT / "docs" / "assets" / "plan.js").read_text("utf-8")
    assert plan.count("localStorage.") == 3          # getItem, setItem, removeItem of its one key: nothing else
