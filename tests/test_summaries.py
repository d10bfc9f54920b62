"""Path summaries read right (render/summaries.py): a wait or a cost is the range and median of the
roles' estimates in its own unit, never a count of roles; a wide range names the roles at its ends;
a path whose work is for clients leads with freelance income at its stated hours; annualised
figures are rounded to what their assumptions justify."""

from __future__ import annotations

import re

import pytest

from crossroads.content.check import check
from crossroads.model.dataset import build
from crossroads.pages import paths
from crossroads.render import summaries
from tests import mini
from tests.conftest import ROOT, TODAY

DURATION = re.compile(r"(\d+(?:\.\d+)?)(?:\s*[–-]\s*(\d+(?:\.\d+)?))?\s+(weeks?|months?|years?)\b")


@pytest.fixture(scope="module")
def real():
    return build(check(ROOT / "content", ROOT / "schema"))


def at_a_glance(markdown: str) -> str:
    """The computed values of a path page (its "At a glance" list)."""
    return markdown.split("## At a glance", 1)[1].split("\n## ", 1)[0]


def allowed_months(roles) -> set[float]:
    """The numbers a duration on a path page may carry: the roles' bounds and the rounded median."""
    bounds = {x for r in roles for x in (r.time_to_first_income.low, r.time_to_first_income.high)}
    mids = sorted((r.time_to_first_income.low + r.time_to_first_income.high) / 2 for r in roles)
    n = len(mids)
    median = mids[n // 2] if n % 2 else (mids[n // 2 - 1] + mids[n // 2]) / 2
    return bounds | {summaries.half_up(median)}


def test_no_path_page_states_a_count_as_a_duration(real):
    for p in real.paths.values():
        text = at_a_glance(paths.path_page(p, real).markdown)
        roles = real.roles_by_path[p.id]
        found = DURATION.findall(text)
        assert found, f"{p.id}: the page gives its time to first income"
        for low, high, unit in found:
            if unit == "weeks" and not high and float(low) == real.assumptions["weeks_per_year"].value:
                continue                                    # the weeks a year behind the freelance figures
            assert unit.startswith("month"), f"{p.id}: {low} {unit}: the roles' estimates are in months"
            for number in filter(None, (low, high)):
                assert float(number) in allowed_months(roles), f"{p.id}: '{number} {unit}' is no role's estimate"


def test_a_new_role_changes_the_range_not_the_wait(tmp_path):
    """Three roles (1–4, 1–2 and 1–3 months): '1–4 months; median 2', never '3 months' (the count)."""
    dims = mini.FILES["dimensions.yml"] + """\
  - id: time-to-first-income
    name: Time to first income
    question: How soon?
    derive: time_to_first_income
    scale:
      - {value: weeks, up_to: 2, meaning: Soon.}
      - {value: months, meaning: Later.}
"""
    seo = mini.FILES["roles/seo.yml"]
    changes = {"dimensions.yml": dims}
    for rid, high in (("seo-two", 2), ("seo-three", 3)):
        changes[f"roles/{rid}.yml"] = (seo.replace("id: seo\n", f"id: {rid}\n").replace("name: SEO consultant", f"name: SEO {rid}")
                                       .replace("time_to_first_income: {low: 1, high: 4", f"time_to_first_income: {{low: 1, high: {high}"))
    data = build(check(mini.write(tmp_path, changes), mini.SCHEMA, today=TODAY))
    rows = {name: (value, how) for name, value, how in summaries.derived_rows(data.paths["marketing"], data)}
    value, how = rows["Time to first income"]
    assert value == "1–4 months; median 2"
    assert "3 months" not in value + how and "months for 3" not in how
    assert "to 4 months (SEO consultant)" in how


def test_a_wide_range_names_the_roles_at_its_ends(real):
    ai = real.path_summaries["generative-ai"]
    assert ai.months.high >= 12 * ai.months.low
    card = dict((label, (value, meta)) for label, value, meta in summaries.card_rows(real.paths["generative-ai"], real))
    slowest = [real.roles[i].name for i in ai.months.highest]
    assert card["First income"][0].startswith(f"{ai.months.low:g}–{ai.months.high:g} months; median ")
    assert all(name in card["First income"][1] for name in slowest)
    how = dict((n, h) for n, _, h in summaries.derived_rows(real.paths["generative-ai"], real))["Time to first income"]
    assert all(name in how for name in slowest)


def test_a_client_work_path_leads_with_freelance_income(real):
    for p in real.paths.values():
        rows = [label for label, _, _ in summaries.card_rows(p, real)]
        text = summaries.income_text(p, real)
        if "employer" not in p.setup and real.path_summaries[p.id].freelance:
            assert rows[0] == "Freelance income", p.id
            assert text.startswith("Freelance income") and "billable hours a week" in text.split(";")[0]
        elif real.path_summaries[p.id].employees:
            assert rows[0] == "Employees' pay", p.id
    assert "employer" not in real.paths["digital-marketing"].setup      # the guide's side-hustle path is one of them


def test_annualised_figures_in_the_comparison_are_rounded(real):
    page = paths.compare_page(real).markdown
    freelance = re.findall(r"[Ff]reelance income \$([\d,]+)(?: – \$([\d,]+))? a year", page)
    assert freelance
    for pair in freelance:
        for amount in filter(None, pair):
            value = int(amount.replace(",", ""))
            assert value % (1000 if value >= 100_000 else 100) == 0, amount
    assert "$19,872" not in page


def test_the_comparison_shows_waits_and_costs_as_ranges(real):
    page = paths.compare_page(real).markdown
    for p in real.paths.values():
        s = real.path_summaries[p.id]
        assert summaries.estimate_range("time_to_first_income", s.months) in page
        assert summaries.estimate_range("startup_cost", s.startup) in page
