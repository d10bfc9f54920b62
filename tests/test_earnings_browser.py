""""What would I earn?" in a real Chromium on the served site: the script's results (own rate on a month and
a year, the rate a goal needs, where the role's published figures sit, the ramp) match render/earnings.py
for random settings of every field on role pages and the income page; chart row values and ticks match
render/charts.py; a bad value keeps its field, says the allowed range beside it and marks the results as
not updated; the Chart / Table and full-time switches work and stay in the address; the issue's example
reads right on a 390 px phone."""

from __future__ import annotations

import random
from dataclasses import replace

import pytest

from crossroads.content.check import check
from crossroads.model import earnings as model
from crossroads.model.dataset import build
from crossroads.model.income import all_annualised
from crossroads.render import charts
from crossroads.render import earnings as words
from crossroads.render.figures import bar, key
from tests.browser import axe_violations, wait_until
from tests.conftest import ROOT

pytestmark = pytest.mark.browser

READ = """() => {
  const f = document.querySelector("form.cr-calc"), q = n => f.querySelector(`[data-cr-out="${n}"]`);
  const text = n => q(n).hidden ? "" : q(n).textContent;
  const groups = [], box = q("lines"), kids = [...box.children];
  if (!box.hidden) for (let i = 0; i < kids.length; i += 2)
    groups.push([kids[i].textContent, [...kids[i + 1].children].map(li => li.textContent)]);
  const rows = q("rows").hidden ? [] : [...q("rows").tBodies[0].rows].map(r => [...r.cells].map(c => c.textContent));
  return {need: text("need"), summary: text("summary"), ramp: text("ramp"), own: text("own"), lines: groups, rows: rows};
}"""

FILL = """(values) => {
  const f = document.querySelector("form.cr-calc");
  for (const [k, v] of Object.entries(values)) if (f.elements[k]) f.elements[k].value = v;
  f.elements.goal.dispatchEvent(new Event("input", {bubbles: true}));
}"""

CHARTS = """() => [...document.querySelectorAll("svg.cr-chart")].map(svg => ({
  wide: svg.classList.contains("cr-chart--wide"), intervals: +svg.dataset.crTicks,
  ticks: [...svg.querySelectorAll(".cr-tick")].map(t => t.textContent),
  rows: [...svg.querySelectorAll("g[data-cr-fig]")].map(g => [g.dataset.crFig, g.querySelector(".cr-value").textContent])}))"""

NUMBERS = ("goal", "hours", "weeks", "fee", "days", "clients", "projects", "rate")


@pytest.fixture(scope="module")
def real():
    return build(check(ROOT / "content", ROOT / "schema"))


@pytest.fixture
def page(browser, served):
    context = browser.new_context(viewport={"width": 390, "height": 844})
    pg = context.new_page()
    pg.errors = []
    pg.on("pageerror", lambda e: pg.errors.append(str(e)))
    pg.served = served
    yield pg
    context.close()


def random_values(rng: random.Random, currencies: list[str]) -> dict[str, str]:
    """One random, valid setting of every field, as a reader would type it."""
    goal = rng.choice(["", str(rng.randint(50, 20000)), f"{rng.randint(50, 20000)}.{rng.randint(0, 99):02d}"])
    rate = rng.choice(["", str(rng.randint(5, 3000)), f"{rng.randint(5, 300)}.{rng.randint(0, 99):02d}"])
    return {"goal": goal, "hours": str(rng.randint(2, 160) / 2), "weeks": str(rng.randint(1, 52)),
            "fee": str(rng.randint(0, 120) / 2), "days": str(rng.randint(1, 14) / 2), "clients": str(rng.randint(1, 50)),
            "projects": str(rng.randint(1, 200) / 2), "per": rng.choice(model.PER), "rate": rate, "cur": rng.choice(currencies)}


def settings(data, values: dict[str, str]) -> model.Settings:
    s = model.Settings.defaults(data.assumptions)
    numbers = {n: (float(values[n]) if values[n] != "" else None) for n in NUMBERS}
    return replace(s, **numbers, per=values["per"], currency=values["cur"])


def expected(data, values, role) -> dict:
    r = words.results(settings(data, values), data, role)
    return {**r, "lines": [[h, list(lines)] for h, lines in r["lines"]], "rows": [list(x) for x in r["rows"]]}


def currencies_on(page) -> list[str]:
    return page.evaluate("[...document.querySelectorAll('form.cr-calc select[name=cur] option')].map(o => o.value)") or ["USD"]


@pytest.mark.parametrize("where", ["roles/seo-consultant/", "roles/content-writer/", "roles/digital-marketing-strategist/",
                                   "roles/ai-research-scientist/", "income/"])
def test_random_settings_give_the_python_results(page, real, where):
    page.goto(page.served + where)
    role = real.roles[where.split("/")[1]] if where.startswith("roles/") else None
    rng, bad = random.Random(where), []
    for _ in range(40):
        values = random_values(rng, currencies_on(page))
        page.evaluate(FILL, values)
        if (got := page.evaluate(READ)) != (want := expected(real, values, role)):
            bad.append((values, got, want))
    assert bad == [], bad[:2]
    assert page.errors == []


def test_chart_row_values_and_ticks_follow_the_settings_as_python_draws_them(page, real):
    page.goto(page.served + "income/")
    for hours, weeks, fee, days, clients in ((10, 46, 10, 1, 2), (35, 48, 0, 5, 6), (3.5, 12, 42.5, 0.5, 1)):
        page.evaluate(FILL, {"hours": hours, "weeks": weeks, "fee": fee, "days": days, "clients": clients})
        changed = {"billable_hours_per_week": hours, "weeks_per_year": weeks, "platform_fee_percent": fee,
                   "billable_days_per_week": days, "retainer_clients": clients}
        data = replace(real, assumptions={k: replace(v, value=changed.get(k, v.value)) for k, v in real.assumptions.items()})
        bars = {key(a): (bar(a, data), a.currency) for a in all_annualised(data)}
        for svg in page.evaluate(CHARTS):
            want = [[k, charts.value_label(bars[k][0], bars[k][1], svg["wide"])] for k, _ in svg["rows"]]
            assert svg["rows"] == want
            top = max(max(bars[k][0].mid, bars[k][0].high) for k, _ in svg["rows"])
            axis_max, step = charts.axis(top, svg["intervals"])
            currency = bars[svg["rows"][0][0]][1]
            assert svg["ticks"] == [charts.short(i * step, currency) for i in range(round(axis_max / step) + 1)]


def test_a_goal_of_1000_a_month_on_a_phone(page, real):
    """The issue's example: a marketer with ten hours a week who wants $1,000 a month, on a role page, 390 px wide."""
    page.goto(page.served + "roles/seo-consultant/")
    page.get_by_label("Monthly goal, after fees").fill("1000")
    page.get_by_label("Billable hours a week").fill("10")
    need = page.locator('[data-cr-out="need"]')
    need.scroll_into_view_if_needed()
    assert "charge $29 an hour at 10 hours a week" in need.text_content() and need.is_visible()
    assert page.locator('[data-cr-out="summary"]').is_visible() and page.locator('[data-cr-out="lines"] li').count() > 2
    assert "First income usually takes" in page.locator('[data-cr-out="ramp"]').text_content()
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    box = page.locator(".cr-calc__results").bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= 390
    assert "goal=1000" in page.url


@pytest.mark.parametrize("typed, message", [("0", "Enter hours a week from 1 to 80."), ("-5", "Enter hours a week from 1 to 80."),
                                            ("200", "Enter hours a week from 1 to 80.")])
def test_a_bad_value_stays_says_its_range_and_marks_the_results_not_updated(page, typed, message):
    page.goto(page.served + "roles/seo-consultant/?goal=1000")
    before = page.evaluate(READ)
    hours = page.get_by_label("Billable hours a week")
    hours.fill(typed)
    error = page.locator("#cr-calc-hours-error")
    assert hours.input_value() == typed and hours.get_attribute("aria-invalid") == "true"
    assert error.is_visible() and error.text_content() == message
    assert hours.get_attribute("aria-describedby") == "cr-calc-hours-error"
    assert page.locator("[data-cr-stale]").is_visible() and "Not updated" in page.locator("[data-cr-stale]").text_content()
    assert page.evaluate(READ) == before and "hours=" not in page.url          # the last good numbers, still labelled
    wait_until(page, "document.querySelector('.cr-calc__status').textContent.includes('Results not updated')")
    assert message in page.locator(".cr-calc__status").text_content()
    hours.fill("20")
    assert not error.is_visible() and not page.locator("[data-cr-stale]").is_visible()
    assert "at 20 hours a week" in page.locator('[data-cr-out="need"]').text_content()


def test_text_that_is_no_number_is_an_error_but_an_empty_goal_is_not(page):
    page.goto(page.served + "income/")
    goal = page.get_by_label("Monthly goal, after fees")
    goal.press_sequentially("1e")                      # not a number: the browser keeps it, its value reads ""
    assert page.locator("#cr-calc-goal-error").text_content() == "Enter an amount from 1 to 1,000,000, or leave it empty."
    goal.fill("")
    assert not page.locator("#cr-calc-goal-error").is_visible() and not page.locator("[data-cr-stale]").is_visible()


def test_a_bad_value_in_the_address_stays_in_its_field(page):
    page.goto(page.served + "roles/seo-consultant/?hours=200&goal=1000")
    assert page.get_by_label("Billable hours a week").input_value() == "200"
    assert page.locator("#cr-calc-hours-error").is_visible() and page.locator("[data-cr-stale]").is_visible()
    assert "at 10 hours a week" in page.locator('[data-cr-out="need"]').text_content()      # the defaults meanwhile


def test_goal_rate_and_choices_round_trip_through_the_address(page, browser):
    page.goto(page.served + "roles/content-writer/")
    page.evaluate(FILL, {"goal": "1500", "rate": "300", "days": "2"})
    page.get_by_label("I charge").select_option("day")
    page.get_by_label("Currency").select_option("GBP")
    url = page.url
    assert all(x in url for x in ("goal=1500", "rate=300", "days=2", "per=day", "cur=GBP"))
    shown = page.evaluate(READ)
    assert "£" in shown["need"] and shown["rows"]
    other = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
    other.goto(url)
    assert other.evaluate(READ) == shown
    other.context.close()


def test_chart_and_table_switch_stays_in_the_address(page, browser):
    page.goto(page.served + "income/")
    table = page.locator(".cr-figure__table").first
    assert not table.is_visible() and page.locator("svg.cr-chart--narrow").first.is_visible()
    page.get_by_role("button", name="Table", exact=True).first.click()
    assert table.is_visible() and not page.locator("svg.cr-chart--narrow").first.is_visible() and "view=table" in page.url
    assert page.get_by_role("button", name="Table", exact=True).first.get_attribute("aria-pressed") == "true"
    rows = table.locator("tbody tr").count()
    assert rows == page.locator("svg.cr-chart--narrow").first.locator("g.cr-bar").count()
    other = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
    other.goto(page.url)
    assert other.locator(".cr-figure__table").first.is_visible()
    assert other.evaluate("document.documentElement.classList.contains('cr-view-table')")
    other.context.close()
    page.get_by_role("button", name="Chart", exact=True).first.click()
    assert not table.is_visible() and "view=" not in page.url


def test_the_full_time_switch_shows_freelance_figures_at_full_time_hours(page, real):
    page.goto(page.served + "income/")
    ft = real.assumptions["full_time_hours_per_week"].value
    switch = page.get_by_role("button", name=f"Freelance at full-time hours ({ft:g} a week)").first
    dots = "[...document.querySelectorAll('svg.cr-chart--narrow g.cr-bar--freelancers .cr-mid')].map(c => +c.getAttribute('cx'))"
    before = page.evaluate(dots)
    switch.click()
    assert switch.get_attribute("aria-pressed") == "true"
    assert page.get_by_label("Billable hours a week").input_value() == f"{ft:g}" and f"hours={ft:g}" in page.url
    assert f"at {ft:g} billable hours a week" in page.locator(".cr-figure__caption").first.text_content()
    tops = page.evaluate("[...document.querySelectorAll('svg.cr-chart--narrow .cr-tick')].map(t => t.textContent)")
    assert tops and page.evaluate(dots) != before
    switch.click()
    assert switch.get_attribute("aria-pressed") == "false" and page.get_by_label("Billable hours a week").input_value() == "10"
    assert page.evaluate(dots) == before


def test_axe_finds_nothing_with_an_error_and_results_showing(page):
    page.goto(page.served + "roles/seo-consultant/?goal=1000&rate=40&view=table")
    page.get_by_label("Weeks worked a year").fill("60")
    assert axe_violations(page) == []
    page.emulate_media(color_scheme="dark")
    assert axe_violations(page) == []


def test_sorting_by_pay_keeps_currencies_apart_and_says_the_hours(page, real):
    page.goto(page.served + "roles/")
    page.get_by_label("Sort by").select_option(label=f"Freelance income (a year at {real.assumptions['billable_hours_per_week'].value:g} billable hours a week)")
    hours = real.assumptions["billable_hours_per_week"].value
    header = page.locator("table th", has_text="Freelance income").first
    assert f"a year at {hours:g} billable hours a week" in header.text_content()
    for turn in range(2):                                # ascending (the menu), then descending: US dollars first both times
        if turn:
            header.locator("button").evaluate("b => b.click()")         # the table is cards here: its header is hidden
        keys = page.evaluate("""(i) => [...document.querySelectorAll(".cr-sortable table tbody tr")].map(r => {
            const s = r.cells[i].querySelector("[data-cr-sort]");
            return s ? [s.dataset.crSortGroup, +s.dataset.crSort] : null; }).filter(Boolean)""",
                             header.evaluate("th => th.cellIndex"))
        groups = [g for g, _ in keys]
        assert "GBP" in groups and groups == sorted(groups, key=lambda g: g != "USD")
        usd = [v for g, v in keys if g == "USD"]
        assert usd == sorted(usd, reverse=header.get_attribute("aria-sort") == "descending")
