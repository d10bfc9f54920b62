"""Income semantics: figures shown as their sources mean them, and the written headline rules.

Each test builds the mini tree with a few income figures and checks what a reader is shown.
Golden renders keep a top-coded percentile, a client-spend figure and a stale figure honest.
"""

from __future__ import annotations

import re

import pytest

from crossroads.content.check import check
from crossroads.model.dataset import build
from crossroads.model.income import annualise
from crossroads.pages.role import income_table, spend_table
from tests import mini
from tests.conftest import TODAY
from tests.test_pages import golden

ROLE = mini.FILES["roles/seo.yml"]
BLS = ROLE[ROLE.index("  - kind: percentiles"):ROLE.index("outlook:")]   # the mini role's one figure
FIGURES = {
    "senior": """\
  - kind: percentiles
    period: year
    population: employees
    low: 81900
    median: 161030
    high: 239200
    open_end: high
    currency: USD
    region: US
    year: 2024
    occupation: 11-2021
    source: bls
    confidence: high
    match: loose
""",
    "rate": """\
  - kind: hourly
    population: freelancers
    median: 110
    currency: USD
    region: not stated
    year: 2017
    source: bls
    confidence: medium
    match: loose
""",
    "newer-rate": """\
  - kind: hourly
    population: freelancers
    low: 75
    high: 100
    currency: USD
    region: not stated
    year: 2023
    source: bls
    confidence: medium
    match: loose
""",
    "agency-rate": """\
  - kind: hourly
    population: freelancers_and_agencies
    median: 110
    currency: USD
    region: not stated
    year: 2023
    source: bls
    confidence: medium
    detail: "average billed"
    match: close
""",
    "spend": """\
  - kind: monthly_retainer
    population: client_spend
    low: 500
    high: 10000
    currency: USD
    region: not stated
    year: 2026
    source: bls
    confidence: low
    match: loose
""",
    "claim": """\
  - kind: annual_salary
    population: claims
    median: 250000
    currency: USD
    region: US
    year: 2025
    source: bls
    confidence: low
    match: loose
""",
}
SENIOR_OCC = mini.FILES["occupations/13-1161.yml"].replace('id: "13-1161"', 'id: "11-2021"').replace(
    "title: Market research analysts and marketing specialists", "title: Marketing managers")


def dataset(tmp_path, *names, work_mode="both", occupation="13-1161"):
    """The mini tree whose role has the BLS figure plus the named figures."""
    text = ROLE.replace(BLS, BLS + "".join(FIGURES[n] for n in names)).replace("work_mode: both", f"work_mode: {work_mode}")
    if occupation is None:
        text = text.replace("occupation: {code: 13-1161, title: Marketing Specialists, match: loose, note: Proxy.}",
                            "occupation: {match: none, note: No code.}")
    files = {"roles/seo.yml": text, "occupations/11-2021.yml": SENIOR_OCC}
    return build(check(mini.write(tmp_path, files), mini.SCHEMA, today=TODAY))


def picks(data):
    role = data.roles["seo"]
    return [(a.figure.population, a.figure.occupation, a.figure.year) for a in data.headlines[role.id].order]


# Headline rules

def test_a_more_senior_occupation_never_leads(tmp_path):
    data = dataset(tmp_path, "senior")
    assert picks(data) == [("employees", "13-1161", 2024)]


def test_no_official_occupation_no_salaried_headline(tmp_path):
    assert picks(dataset(tmp_path, occupation=None)) == []


def test_side_hustle_roles_lead_with_the_freelance_rate(tmp_path):
    assert picks(dataset(tmp_path, "rate")) == [("freelancers", None, 2017), ("employees", "13-1161", 2024)]
    assert picks(dataset(tmp_path, "rate", work_mode="full_time")) == [("employees", "13-1161", 2024), ("freelancers", None, 2017)]


def test_newest_data_wins_at_equal_confidence(tmp_path):
    assert picks(dataset(tmp_path, "rate", "newer-rate"))[0] == ("freelancers", None, 2023)


def test_freelancers_and_agencies_lead_only_without_freelancers_own_rate(tmp_path):
    assert picks(dataset(tmp_path, "agency-rate"))[0] == ("freelancers_and_agencies", None, 2023)
    assert picks(dataset(tmp_path, "agency-rate", "rate"))[0] == ("freelancers", None, 2017)


def test_a_figure_of_freelancers_and_agencies_says_so_beside_its_match(tmp_path):
    from crossroads.render.facts import card
    data = dataset(tmp_path, "agency-rate")
    text = str(card(data.roles["seo"], data, "roles/seo.md"))
    assert "Freelance and agency, on the common scale" in text and "average billed" in text
    assert "medium confidence; close match for this role" in text
    assert "Rates of freelancers and agencies together per hour; average billed" in income_table(data.roles["seo"], data, "roles/seo.md")


def test_a_loose_stand_in_never_shows_high_on_its_own(tmp_path):
    from crossroads.render.facts import card
    data = dataset(tmp_path)
    text = re.sub(r"<[^>]+>", "", str(card(data.roles["seo"], data, "roles/seo.md")))
    assert "high confidence; loose stand-in for this role" in text
    assert "high confidence," not in text          # never bare: pay, people employed, entry education, growth


def test_claims_and_client_spend_never_lead(tmp_path):
    assert picks(dataset(tmp_path, "spend", "claim")) == [("employees", "13-1161", 2024)]


# Figures as their sources mean them

def test_client_spend_is_never_annualised(tmp_path):
    data = dataset(tmp_path, "spend")
    role = data.roles["seo"]
    assert annualise(role, 1, data) is None
    assert "per month" in spend_table(role, data, "roles/seo.md") and "what clients spend" in spend_table(role, data, "roles/seo.md").lower()
    assert "10,000" not in income_table(role, data, "roles/seo.md")


def test_top_coded_end_stays_open(tmp_path):
    data = dataset(tmp_path, "senior")
    a = annualise(data.roles["seo"], 1, data)
    assert a.open_high and a.span == (81900, 239200) and a.mid == 161030
    assert "$81,900 – $239,200 or more (median $161,030)" in income_table(data.roles["seo"], data, "roles/seo.md")


def test_freelance_years_carry_their_hours(tmp_path):
    data = dataset(tmp_path, "rate")
    table = income_table(data.roles["seo"], data, "roles/seo.md")
    text = re.sub(r"<[^>]+>", "", str(table))          # the calculator's spans aside (calculator.span/assumed)
    assert "$45,540 a year at 10 billable hours a week, 46 weeks a year, less 10% fees" in text


@pytest.mark.parametrize("names, name", [(("senior",), "figure-top-coded.md"), (("spend",), "figure-client-spend.md"),
                                         (("rate",), "figure-stale.md"), (("agency-rate",), "figure-freelancers-and-agencies.md")])
def test_golden_figure_renders(tmp_path, names, name):
    data = dataset(tmp_path, *names)
    role = data.roles["seo"]
    golden(name, income_table(role, data, "roles/seo.md") + "\n\n" + spend_table(role, data, "roles/seo.md") + "\n")


def test_stale_figure_is_flagged_in_its_row(tmp_path):
    data = dataset(tmp_path, "rate", "newer-rate")
    table = income_table(data.roles["seo"], data, "roles/seo.md")
    assert '<span class="cr-stale">2017 (over 3 years old)</span>' in table
    assert "2023 (over" not in table and "2024 (over" not in table


# Paths computed from their roles

def test_path_values_are_computed_from_the_roles(tmp_path):
    data = dataset(tmp_path, "rate")
    path = data.paths["marketing"]
    assert path.dimensions["barrier-to-entry"].value == "high"           # time to first income up to 4 months > 3
    quick = ROLE.replace("time_to_first_income: {low: 1, high: 4,", "time_to_first_income: {low: 1, high: 2,")
    faster = build(check(mini.write(tmp_path / "b", {"roles/seo.yml": quick}), mini.SCHEMA, today=TODAY))
    assert faster.paths["marketing"].dimensions["barrier-to-entry"].value == "low"
    assert faster.roles["seo"].barrier == "low"


def test_a_role_without_a_headline_shows_its_thin_evidence(tmp_path):
    data = dataset(tmp_path, "claim", occupation=None)
    assert data.headlines["seo"].order == []
    a = data.headlines["seo"].thin
    assert (a.figure.population, a.mid) == ("claims", 250000)


def test_an_old_figure_is_flagged_in_the_headline_and_on_the_chart(tmp_path):
    from crossroads.render.figures import bar_label, headline_text
    data = dataset(tmp_path, "rate")
    text = headline_text(data.roles["seo"], data)
    assert text.count('<span class="cr-stale">(over 3 years old)</span>') == 1          # the 2017 rate, not the 2024 wage
    old = [a for a in data.headlines["seo"].order if a.figure.year == 2017][0]
    assert bar_label(old, data) == "Freelance, hourly, 2017 (old)"
