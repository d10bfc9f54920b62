""""Your numbers" in a real Chromium on the served site: the script re-annualises exactly as model/income.py
does (200 random settings of hours, weeks, fee, days and retainer clients), the settings round-trip through
the URL, the page without JavaScript shows the defaults (chart and table), the form works from the keyboard
and announces changes, and axe finds nothing. The reader's own rate and goal: tests/test_earnings_browser.py."""

from __future__ import annotations

import random
from dataclasses import replace

import pytest

from crossroads.content.check import check
from crossroads.model.dataset import build
from crossroads.model.income import all_annualised
from crossroads.render.figures import annual_text, assumed_text, formula_text, key
from tests.browser import axe_violations, wait_until
from tests.conftest import ROOT

pytestmark = pytest.mark.browser

READ = """() => {
  const out = {};
  document.querySelectorAll("span[data-cr-fig]").forEach(n => { out[n.dataset.crFig] = [n.textContent, null, null]; });
  document.querySelectorAll("[data-cr-formula]").forEach(n => { out[n.dataset.crFormula][1] = n.textContent; });
  document.querySelectorAll("[data-cr-assumed]").forEach(n => { out[n.dataset.crAssumed][2] = n.textContent; });
  return out;
}"""

SET = """([hours, weeks, fee, days, clients]) => {
  const form = document.querySelector("form.cr-calc");
  form.elements.hours.value = hours; form.elements.weeks.value = weeks; form.elements.fee.value = fee;
  if (days !== undefined) { form.elements.days.value = days; form.elements.clients.value = clients; }
  form.elements.fee.dispatchEvent(new Event("input", {bubbles: true}));
}"""


@pytest.fixture(scope="module")
def real():
    return build(check(ROOT / "content", ROOT / "schema"))


def expected(data, hours, weeks, fee, days=None, clients=None) -> dict:
    """Python's annual text and formula for every figure, under the reader's settings."""
    a = data.assumptions
    changed = {"billable_hours_per_week": hours, "weeks_per_year": weeks, "platform_fee_percent": fee}
    changed |= {"billable_days_per_week": days, "retainer_clients": clients} if days is not None else {}
    data = replace(data, assumptions={k: replace(v, value=changed.get(k, v.value)) for k, v in a.items()})
    return {key(x): [annual_text(x), formula_text(x), assumed_text(x)] for x in all_annualised(data)}


@pytest.fixture
def page(browser, served):
    context = browser.new_context(viewport={"width": 390, "height": 800})
    pg = context.new_page()
    pg.errors = []
    pg.on("pageerror", lambda e: pg.errors.append(str(e)))
    pg.goto(served + "income/")
    yield pg
    context.close()


def mismatches(page, real, settings) -> list:
    """(setting, figure, shown, expected) wherever the page differs from Python (parts a page does not show: None)."""
    got = page.evaluate(f"(settings) => settings.map(s => {{ ({SET})(s); return ({READ})(); }})", settings)
    out = []
    for s, shown in zip(settings, got, strict=True):
        want = expected(real, *s)
        for k, parts in shown.items():
            if [w if p is not None else None for p, w in zip(parts, want.get(k, [None] * 3), strict=True)] != parts:
                out.append((s, k, parts, want.get(k)))
    return out


def random_settings(n: int, seed: int) -> list[tuple]:
    """Hours, weeks, fee, days a week and retainer clients (halves where the form allows them)."""
    rng = random.Random(seed)
    return [(rng.randint(2, 160) / 2, rng.randint(1, 52), rng.randint(0, 120) / 2, rng.randint(1, 14) / 2, rng.randint(1, 50))
            for _ in range(n)]


def test_200_random_settings_annualise_as_the_python_reference(page, real):
    settings = random_settings(200, 9)
    assert mismatches(page, real, settings) == []
    got = page.evaluate(READ)
    assert len(got) > 20 and set(got) <= set(expected(real, 10, 46, 10))    # the chart's headline figures
    assert page.errors == []


def test_every_figure_follows_the_numbers_on_its_role_page(page, served, real):
    """The income page charts headline figures and links each role's figures in full: every figure is on its role's page."""
    seen = set()
    for n, role in enumerate(real.roles):
        page.goto(served + f"roles/{role}/")
        assert mismatches(page, real, random_settings(2, 100 + n)) == [], role
        seen |= set(page.evaluate(READ))
    assert seen == set(expected(real, 10, 46, 10))
    assert page.errors == []


@pytest.mark.parametrize("role", ["seo-consultant", "content-writer"])
def test_a_role_page_follows_the_numbers_too(page, served, real, role):
    page.goto(served + f"roles/{role}/")
    shown = page.evaluate(READ)
    assert any(parts[2] for parts in shown.values()), "the hours stand beside each annual freelance figure"
    assert mismatches(page, real, random_settings(20, 10)) == []


def test_the_chart_follows_the_numbers(page):
    def freelance_x():
        return page.evaluate("""[...document.querySelectorAll("svg.cr-chart--narrow g.cr-bar--freelancers .cr-mid")]
                                .map(c => +c.getAttribute("cx"))""")
    before = freelance_x()
    page.evaluate(SET, [40, 48, 5])
    after = freelance_x()
    assert before and all(b < a for b, a in zip(before, after, strict=True))
    assert page.locator("svg.cr-chart--narrow text.cr-tick").last.text_content() != "$0"


def test_settings_round_trip_through_the_url(page, served, browser):
    page.evaluate(SET, [25, 40, 12.5, 2.5, 3])
    url = page.url
    assert all(x in url for x in ("hours=25", "weeks=40", "fee=12.5", "days=2.5", "clients=3"))
    shown = page.evaluate(READ)
    other = browser.new_context().new_page()
    other.goto(url)
    names = ("hours", "weeks", "fee", "days", "clients")
    assert [other.input_value(f"form.cr-calc input[name={n}]") for n in names] == ["25", "40", "12.5", "2.5", "3"]
    assert other.evaluate(READ) == shown
    page.evaluate(SET, [10, 46, 10, 1, 2])              # back to the defaults: nothing left in the address
    assert "hours=" not in page.url and "days=" not in page.url
    other.context.close()


def test_without_javascript_the_defaults_show(browser, served, real):
    context = browser.new_context(java_script_enabled=False)
    pg = context.new_page()
    pg.goto(served + "income/")
    assert not pg.locator("form.cr-calc").is_visible()
    want = expected(real, 10, 46, 10)
    got = {n.get_attribute("data-cr-fig"): n.text_content() for n in pg.locator("span[data-cr-fig]").all()}
    assert got and got == {k: want[k][0] for k in got}
    assert "10 billable hours a week" in pg.locator(".cr-calc__assume").text_content()
    assert pg.locator(".cr-figure__table").first.is_visible() and pg.locator("svg.cr-chart").first.is_visible()
    context.close()


def test_keyboard_use_is_announced_and_axe_finds_nothing(page):
    hours = page.get_by_label("Billable hours a week")
    hours.focus()
    page.keyboard.press("Control+A")
    page.keyboard.type("30")
    wait_until(page, "document.querySelector('.cr-calc__status').textContent.includes('30 hours a week')")
    assert "at 30 billable hours a week" in page.locator("[data-cr-assumed-kind=hourly]").first.text_content()
    hours.fill("0")                                     # out of range: marked, figures keep the last good value
    assert hours.get_attribute("aria-invalid") == "true"
    page.get_by_role("button", name="Reset").click()
    wait_until(page, "document.querySelector('form.cr-calc input[name=hours]').value === '10'")
    assert axe_violations(page) == []         # dark and every other page: tests/test_layout_browser.py


DRAWN = """() => [...document.querySelectorAll(
  "article span[data-cr-fig], article [data-cr-formula], article [data-cr-assumed], article [data-cr-assumed-kind], " +
  "article [data-cr-setting], article svg.cr-chart")].map(n => n.outerHTML.replace(/(\\d)\\.0(?!\\d)/g, "$1"))"""
# the build writes a coordinate as 258.0, the script as 258: the same drawing


@pytest.mark.parametrize("where", ["income/", "roles/content-writer/", "roles/ai-consultant/"])
def test_at_the_defaults_the_page_as_built_is_what_the_script_would_draw(browser, served, where):
    """The calculator leaves figures and charts as the build wrote them at the default settings (calculator.js
    `asBuilt`, most of its start-up time): they must be exactly what a redraw at those settings gives."""
    context = browser.new_context(viewport={"width": 390, "height": 800})
    pg = context.new_page()
    pg.goto(served + where)
    wait_until(pg, "!document.querySelector('form.cr-calc').hidden")
    built = pg.evaluate(DRAWN)
    pg.evaluate("""() => { const form = document.querySelector("form.cr-calc");
                           form.elements.fee.dispatchEvent(new Event("input", {bubbles: true})); }""")   # a full redraw, same settings
    assert pg.evaluate("location.search") == ""
    assert len(built) > 10 and pg.evaluate(DRAWN) == built
    context.close()
