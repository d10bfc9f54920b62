"""The first-month plan and the business pages in a real Chromium, on the site served under
/crossroads/: ticks kept in this browser only (reload, leaving and coming back, reset), the plan paced
to ?hours= exactly as model/plans.pace paces it, the goal carried over, no request leaving the
site, axe at 390 and 1280 px in both palettes, and the printed plan on at most two A4 pages."""

from __future__ import annotations

import re

import pytest

from crossroads.content.check import check
from crossroads.model.dataset import build
from crossroads.model.plans import pace
from crossroads.pages.plans import week_note
from tests.browser import axe_violations, recording_page, wait_until
from tests.conftest import ROOT

pytestmark = pytest.mark.browser

ROLE = "seo-consultant"
PLAN = f"plans/{ROLE}/"
KEY = f"crossroads:plan:{ROLE}"


@pytest.fixture(scope="module")
def data():
    return build(check(ROOT / "content", ROOT / "schema"))


@pytest.fixture
def open_page(browser, served):
    """open_page(path, width, scheme) → a recording page on the served site with the plan mounted."""
    contexts = []

    def run(path, width=1280, scheme="light", context=None, js=True):
        if context is None:
            context = browser.new_context(viewport={"width": width, "height": 900}, color_scheme=scheme,
                                          java_script_enabled=js)
            contexts.append(context)
        pg = recording_page(context, served)
        pg.goto(served + path)
        if js and path.startswith("plans/") and path != "plans/":
            wait_until(pg, "document.querySelector('form[data-cr-plan]').hasAttribute('data-cr-mounted')")
        return pg
    yield run
    for c in contexts:
        c.close()


def shown(pg) -> list[str]:
    return pg.evaluate("[...document.querySelectorAll('[data-cr-step]')].filter(s => !s.hidden).map(s => s.dataset.crStep)")


def tick(pg, key: str):
    pg.locator(f'[data-cr-step="{key}"] label').click()


# Ticks: this browser only

def test_a_tick_survives_a_reload_and_is_gone_after_reset(open_page):
    pg = open_page(PLAN)
    tick(pg, "week-1/start-1")
    tick(pg, "week-2/experiment")
    assert pg.evaluate(f"JSON.parse(localStorage.getItem('{KEY}')).done") == ["week-1/start-1", "week-2/experiment"]
    pg.reload()
    wait_until(pg, "document.querySelector('form[data-cr-plan]').hasAttribute('data-cr-mounted')")
    assert pg.is_checked('[data-cr-step="week-1/start-1"] input') and pg.is_checked('[data-cr-step="week-2/experiment"] input')
    assert not pg.is_checked('[data-cr-step="week-1/skill-1"] input')
    assert pg.inner_text("[data-cr-plan-progress]").startswith("2 of ")
    pg.once("dialog", lambda d: d.accept())
    pg.click("[data-cr-plan-reset]")
    assert not pg.is_checked('[data-cr-step="week-1/start-1"] input')
    assert pg.evaluate(f"localStorage.getItem('{KEY}')") is None
    pg.reload()
    wait_until(pg, "document.querySelector('form[data-cr-plan]').hasAttribute('data-cr-mounted')")
    assert not pg.is_checked('[data-cr-step="week-1/start-1"] input')
    assert pg.errors == []


def test_reset_asks_first_and_keeps_the_ticks_when_the_reader_says_no(open_page):
    pg = open_page(PLAN)
    tick(pg, "week-1/start-1")
    pg.once("dialog", lambda d: d.dismiss())
    pg.click("[data-cr-plan-reset]")
    assert pg.is_checked('[data-cr-step="week-1/start-1"] input')


def test_ticks_survive_leaving_the_plan_and_stay_per_role(open_page):
    pg = open_page(PLAN)
    tick(pg, "week-3/portfolio-1")
    pg.click(f"article a[href$='roles/{ROLE}/']")
    pg.wait_for_url(re.compile(f"roles/{ROLE}/$"))
    pg.click(f"article a[href*='plans/{ROLE}/']")
    pg.wait_for_url(re.compile(f"plans/{ROLE}/$"))
    wait_until(pg, "document.querySelector('form[data-cr-plan]')?.hasAttribute('data-cr-mounted')")
    assert pg.is_checked('[data-cr-step="week-3/portfolio-1"] input')
    other = open_page("plans/content-writer/", context=pg.context)
    assert not other.is_checked('[data-cr-step="week-3/portfolio-1"] input')


def test_nothing_leaves_the_device(open_page, served):
    pg = open_page(PLAN + "?hours=6&goal=1000")
    tick(pg, "week-1/start-1")
    pg.reload()
    wait_until(pg, "document.querySelector('form[data-cr-plan]').hasAttribute('data-cr-mounted')")
    assert [u for u in pg.requests if not u.startswith(served)] == []
    assert [u for u in pg.requests if "?" in u and "plans/" not in u] == []        # the ticks ride in no request
    mine = pg.evaluate("Object.keys(localStorage).filter(k => !k.includes('.__'))")   # Material keeps its palette as /crossroads/.__palette
    assert mine == [KEY]
    assert pg.context.cookies() == []


# Pacing to ?hours=

@pytest.mark.parametrize("role, hours", [(ROLE, 3), (ROLE, 6), (ROLE, 25), ("ml-engineer", 4), ("ai-consultant", 12.5)])
def test_the_plan_adapts_to_the_hours_in_the_address(open_page, data, role, hours):
    pg = open_page(f"plans/{role}/?hours={hours}")
    plan = data.plans[role]
    expected = [k for w in plan.weeks for k in pace(w, hours).shown]
    assert shown(pg) == expected
    for w in plan.weeks:
        note = pg.locator(f'[data-cr-week-note="{w.id}"]')
        assert (note.inner_text() if note.is_visible() else "") == week_note(w, pace(w, hours), hours, data.plan_spec.pacing)
    assert pg.input_value("#cr-plan-hours") == f"{hours:g}"
    assert pg.inner_text("[data-cr-plan-progress]") == f"0 of {len(expected)} steps ticked."


def test_changing_the_hours_repaces_and_keeps_them_in_the_address(open_page, data):
    pg = open_page(PLAN)
    default = [k for w in data.plans[ROLE].weeks for k in pace(w, 10).shown]
    assert shown(pg) == default
    pg.fill("#cr-plan-hours", "4")
    pg.click("text=Pace the plan")
    assert "hours=4" in pg.url
    assert shown(pg) == [k for w in data.plans[ROLE].weeks for k in pace(w, 4).shown]
    pg.fill("#cr-plan-hours", "0")
    pg.click("text=Pace the plan")
    assert pg.is_visible("[data-cr-plan-error]") and pg.get_attribute("#cr-plan-hours", "aria-invalid") == "true"
    assert "hours=4" in pg.url                                          # the last good value is kept


@pytest.mark.parametrize("query", ["?hours=0", "?hours=lots", "?hours=500"])
def test_a_bad_hours_value_is_refused_and_the_default_plan_shown(open_page, data, query):
    pg = open_page(PLAN + query)
    assert pg.is_visible("[data-cr-plan-error]")
    assert shown(pg) == [k for w in data.plans[ROLE].weeks for k in pace(w, data.plan_spec.pacing.default_hours).shown]


def test_the_goal_is_shown_and_carried_on_to_the_calculator(open_page):
    pg = open_page(PLAN + "?hours=8&goal=1500")
    assert pg.is_visible("[data-cr-plan-goal]")
    assert pg.inner_text("[data-cr-plan-goal-value]") == "$1,500 a month"
    href = pg.get_attribute("[data-cr-plan-goal] a", "href")
    assert "business/pricing/" in href and "goal=1500" in href and "hours=8" in href and href.endswith("#from-your-goal")
    assert not open_page(PLAN).is_visible("[data-cr-plan-goal]")
    pg.click("[data-cr-plan-goal] a")                                  # the calculator on Pricing takes both up
    pg.wait_for_url(re.compile(r"business/pricing/\?.*goal=1500"))
    wait_until(pg, "document.querySelector('.cr-calc [name=goal]')?.value === '1500'")
    assert pg.input_value(".cr-calc [name=hours]") == "8"


def test_without_javascript_the_plan_says_what_it_cannot_do(open_page, data):
    pg = open_page(PLAN + "?hours=3", js=False)
    assert pg.is_visible(".cr-plan__nojs") and not pg.is_visible(".cr-plan__storage")
    assert not pg.is_visible("[data-cr-plan-reset]")
    default = data.plan_spec.pacing.default_hours
    assert shown(pg) == [k for w in data.plans[ROLE].weeks for k in pace(w, default).shown]


# Accessibility, layout and print

@pytest.mark.parametrize("width", [390, 1280])
@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("path", [PLAN + "?hours=6&goal=1000", "business/taxes-and-registering/", "business/first-clients/",
                                  "business/pricing/?goal=1000&hours=10",
                                  "business/", "plans/"])
def test_axe_finds_nothing_and_nothing_scrolls_sideways(open_page, path, width, scheme):
    pg = open_page(path, width, scheme)
    if path.startswith(PLAN):
        tick(pg, "week-1/start-1")
    assert axe_violations(pg) == []
    assert pg.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    assert pg.errors == []


def pdf_pages(pg) -> int:
    pdf = pg.pdf(format="A4", print_background=True)
    return len(re.findall(rb"/Type\s*/Page(?!s)", pdf))


@pytest.mark.parametrize("role, hours", [(ROLE, None), (ROLE, 60), ("ml-engineer", 60), ("ai-marketing-strategist", 25)])
def test_the_printed_plan_fits_two_a4_pages(open_page, role, hours):
    pg = open_page(f"plans/{role}/" + (f"?hours={hours}" if hours else ""), scheme="dark")
    tick(pg, "week-1/start-1")
    pg.emulate_media(media="print")
    assert not pg.is_visible("#cr-plan-hours") and not pg.is_visible("[data-cr-plan-reset]")
    footer = pg.inner_text(".cr-plan__printed")
    assert re.search(rf"https?://\S+/plans/{role}/ on \d{{4}}-\d{{2}}-\d{{2}}", footer), footer
    background = pg.evaluate("getComputedStyle(document.body).backgroundColor")
    assert background in ("rgb(255, 255, 255)", "rgba(0, 0, 0, 0)"), background
    assert pdf_pages(pg) <= 2


# Business pages

def test_a_number_leads_to_its_source_and_quote(open_page):
    pg = open_page("business/taxes-and-registering/", width=390)
    pg.click("article a[href$='#fact-us-se-tax-rate'] >> nth=0")
    pg.wait_for_url(re.compile("#fact-us-se-tax-rate$"))
    entry = pg.locator("#fact-us-se-tax-rate").locator("xpath=..")
    assert entry.is_visible() and "15.3 percent" in entry.inner_text()
    assert pg.locator("#fact-us-se-tax-rate").evaluate("e => e.closest('details').open")
