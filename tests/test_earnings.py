""""What would I earn?" in Python (model/earnings.py, render/earnings.py, render/calculator.py): the reader's
rate on a month and a year, the rate a goal needs, where published figures sit against it, the form's
labels and messages. The browser repeats all of it: tests/test_earnings_browser.py."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from crossroads.content.check import check
from crossroads.model import earnings as model
from crossroads.model.dataset import build
from crossroads.model.entities import Figure
from crossroads.render import calculator
from crossroads.render import earnings as words
from tests.conftest import ROOT


@pytest.fixture(scope="module")
def real():
    return build(check(ROOT / "content", ROOT / "schema"))


@pytest.fixture(scope="module")
def base(real):
    return model.Settings.defaults(real.assumptions)


def fig(low=None, median=None, high=None, open_end=None, kind="hourly", population="freelancers", currency="USD"):
    return Figure(kind=kind, population=population, currency=currency, region="US", year=2024, source="x", confidence="low",
                  match="close", low=low, median=median, high=high, open_end=open_end)


def test_a_goal_of_1000_a_month_at_10_hours_needs_about_29_an_hour(base):
    """The issue's example: 10 hours a week, 46 weeks, a 10% fee allowance."""
    assert (base.hours, base.weeks, base.fee) == (10, 46, 10)
    assert model.needed(1000, "hour", base) == 29                       # 12,000 / (460 × 0.9) = 28.99, rounded up
    assert model.earnings(29, "hour", base).month_after >= 1000 > model.earnings(28, "hour", base).month_after


def test_own_rate_on_a_month_and_a_year_before_and_after_fees(base):
    e = model.earnings(40, "hour", base)
    assert (e.year, e.year_after) == (18400, 16560) and round(e.month, 2) == 1533.33 and e.month_after == 1380
    assert model.earnings(500, "day", replace(base, days=2)).year == 500 * 2 * 46
    assert model.earnings(800, "retainer", replace(base, clients=3)).year == 800 * 3 * 12
    assert model.earnings(1500, "project", replace(base, projects=2)).month == 3000


@pytest.mark.parametrize("per, settings, goal, want", [
    ("day", {"days": 1}, 1000, 290),                 # 12,000 / (46 × 0.9)
    ("retainer", {"clients": 2}, 1000, 556),         # 12,000 / (24 × 0.9)
    ("project", {"projects": 1}, 1000, 1112),
    ("hour", {"hours": 20, "fee": 0}, 3000, 40),     # 36,000 / 920 = 39.13
    ("hour", {"hours": 10, "weeks": 40, "fee": 10}, 900, 30),   # 30 exactly (float 30.000000000000004): not 31
])
def test_the_rate_needed_in_every_unit(base, per, settings, goal, want):
    assert model.needed(goal, per, replace(base, **settings)) == want


def test_published_figures_sit_above_within_or_below_the_rate_needed():
    assert model.position(fig(75, None, 100), 29) == "above"
    assert model.position(fig(10, None, 25), 29) == "below"
    assert model.position(fig(25, None, 40), 29) == "within"
    assert model.position(fig(None, 29, None), 29) == "within"
    assert model.position(fig(10, None, 20, open_end="high"), 29) == "within"      # "or more" is never below


def test_only_rates_and_client_prices_in_the_goals_currency_are_compared(real):
    writer = real.roles["content-writer"]
    usd, gbp = model.comparable(writer, "USD"), model.comparable(writer, "GBP")
    assert all(writer.income[i].population != "employees" for i in usd + gbp)
    assert {writer.income[i].currency for i in usd} == {"USD"} and {writer.income[i].currency for i in gbp} == {"GBP"}
    assert gbp and all(writer.income[i].kind == "daily" for i in gbp)


@pytest.mark.parametrize("name, value, bad", [
    ("hours", 0, True), ("hours", -5, True), ("hours", 200, True), ("hours", 80, False), ("hours", 0.5, True),
    ("goal", None, False), ("goal", 0, True), ("rate", None, False), ("fee", 60, False), ("fee", 61, True),
    ("hours", None, True), ("weeks", float("nan"), True),
])
def test_limits(name, value, bad):
    assert model.invalid(name, value) is bad


def test_the_results_in_words_on_a_role_page(real, base):
    seo = real.roles["seo-consultant"]
    r = words.results(replace(base, goal=1000, rate=40), real, seo)
    assert r["need"] == ("To take home $1,000 a month after a 10% fee allowance, charge $29 an hour at 10 hours a week, "
                         "46 weeks a year.")
    assert r["rows"] == [("Before fees", "$1,533", "$18,400"), ("After a 10% fee allowance", "$1,380", "$16,560")]
    heading, lines = r["lines"][0]
    assert heading == "Per hour (you need $29):"
    assert all(re.fullmatch(r"\$[\d,.]+( – \$[\d,.]+)?( or more)?: .+, (\d{4}|undated).* — (above|around|below)", x) for x in lines), lines
    n = len(model.comparable(seo, "USD"))
    assert sum(len(group) for _, group in r["lines"]) == n
    assert r["summary"].startswith(f"Of {n} published figures for this role in US dollars: ") and "what you need" in r["summary"]
    low, high = seo.time_to_first_income.low, seo.time_to_first_income.high
    assert f"First income usually takes {low:g}–{high:g} months for this role (editors' estimate)" in r["ramp"]


def test_the_results_without_a_goal_or_a_rate_ask_for_them(real, base):
    r = words.results(base, real, real.roles["seo-consultant"])
    assert r["need"] == "Enter a monthly goal to see the rate it needs." and r["lines"] == [] and r["summary"] == ""
    assert r["own"] == "Enter your rate to see it on a month and a year." and r["rows"] == []


def test_a_role_without_freelance_figures_says_so(real, base):
    r = words.results(replace(base, goal=2000), real, real.roles["ai-research-scientist"])
    assert r["lines"] == [] and r["summary"].startswith("No rate or client price in US dollars")


def test_the_income_page_sets_the_goal_against_each_roles_headline_rate(real, base):
    r = words.results(replace(base, goal=1000), real)
    lines = [line for _, group in r["lines"] for line in group]
    heads = [h for h in real.headlines.values() if h.freelance and h.freelance.currency == "USD"
             and h.freelance.figure.kind in model.UNIT_OF_KIND]
    assert len(lines) == len(heads) and all(":" in line.split("$")[0] for line in lines)     # each names its role
    assert r["ramp"] == ""


def test_the_form_says_every_allowed_range_in_words_and_describes_each_field(real):
    html = str(calculator.panel(real, real.roles["seo-consultant"], calculator.role_figures(real.roles["seo-consultant"], real)))
    for name, label, _ in calculator.FIELDS:
        assert f'<label for="cr-calc-{name}">{label}</label>' in html.replace("&#39;", "'") and f'id="cr-calc-{name}"' in html, name
        assert f'aria-describedby="cr-calc-{name}-error"' in html and f'id="cr-calc-{name}-error"' in html, name
    messages = calculator.messages()
    assert messages["hours"] == "Enter hours a week from 1 to 80."
    assert messages["fee"] == "Enter a fee allowance from 0 to 60 percent."
    assert messages["goal"] == "Enter an amount from 1 to 1,000,000, or leave it empty."
    assert "novalidate" in html and 'role="status"' in html and "data-cr-stale" in html


def test_the_form_offers_a_currency_only_where_the_role_has_figures_in_another(real):
    def currencies(role):
        html = str(calculator.panel(real, role, []))
        return re.findall(r'<option value="([A-Z]{3})"', html)
    assert currencies(real.roles["content-writer"]) == ["USD", "GBP"]
    assert currencies(real.roles["seo-consultant"]) == []


def test_the_form_is_a_reusable_partial_without_a_role(real):
    """A business page (issue 19) can ask for the solver alone: no role, no page figures."""
    html = str(calculator.panel(real))
    assert 'name="goal"' in html and 'name="hours"' in html and "the roles&#39; headline freelance rates" in html


def test_the_tax_note_quotes_the_business_facts_with_source_and_tax_year(real):
    from crossroads.render.business import value_text
    from crossroads.render.markdown import md_escape
    here = "roles/content-writer.md"
    note = str(calculator.panel(real, real.roles["content-writer"], calculator.role_figures(real.roles["content-writer"], real), here))
    rate = real.facts["taxes-and-registering/us-se-tax-rate"]
    assert f"self-employment tax is [{md_escape(value_text(rate))}](../business/taxes-and-registering.md#fact-us-se-tax-rate)" in note
    assert f"({rate.year}; [{real.sources[rate.source].publisher}](../sources/{real.sources[rate.source].kind.replace('_', '-')}.md#{rate.source}))" in note
    ni = real.facts["taxes-and-registering/ni-2024-main-rate"]
    assert f"Class 4 National Insurance is [{md_escape(value_text(ni))}]" in note and ni.year in note
    seo = str(calculator.panel(real, real.roles["seo-consultant"], calculator.role_figures(real.roles["seo-consultant"], real),
                               "roles/seo-consultant.md"))
    assert "self-employment tax" in seo and "National Insurance" not in seo          # no pound figure on that page


def test_no_tax_note_without_the_facts(real):
    data = replace(real, facts={})
    assert "Before tax" not in str(calculator.panel(data, real.roles["seo-consultant"], [], "roles/seo-consultant.md"))
