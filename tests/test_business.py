"""Run it as a business and the first-month plan: goldens of a business page and a plan (mini
content), how facts are worded and found in their quotes, the pacing rule, and each plan's steps."""

from __future__ import annotations

from dataclasses import replace

import pytest

from crossroads.content.check import check
from crossroads.content.rules.business import in_quote, numbers
from crossroads.model.business import Fact
from crossroads.model.dataset import build
from crossroads.model.plans import PlanStep, PlanWeek, first_sentence, pace
from crossroads.pages import business as business_pages
from crossroads.pages import plans as plan_pages
from crossroads.render.business import value_text
from tests import mini
from tests.conftest import ROOT, TODAY
from tests.test_pages import golden


@pytest.fixture
def mini_data(tmp_path):
    return build(check(mini.write(tmp_path), mini.SCHEMA, today=TODAY))


@pytest.fixture(scope="module")
def real():
    return build(check(ROOT / "content", ROOT / "schema"))


def fact(**kw) -> Fact:
    base = {"id": "f", "topic": "t", "unit": "percent", "what": "x", "region": "US", "year": "2026", "source": "s",
            "confidence": "high", "quote": "q", "value": 1}
    return Fact(**(base | kw))


# Goldens

def test_golden_business_page(mini_data):
    golden("business-start.md", business_pages.topic_page(mini_data.topics["start"], mini_data).markdown)


def test_golden_plan(mini_data):
    golden("plan-seo.md", plan_pages.page(mini_data.plans["seo"], mini_data, "https://example.org/crossroads/").markdown)


# Wording a fact

@pytest.mark.parametrize("kw, text", [
    ({"value": 15.3}, "15.3%"),
    ({"low": 0, "high": 15, "value": None}, "0–15%"),
    ({"unit": "money", "currency": "USD", "value": 184500}, "$184,500"),
    ({"unit": "money", "currency": "USD", "value": 0.15}, "$0.15"),
    ({"unit": "money", "currency": "GBP", "value": 3.5, "per": "a week"}, "£3.50 a week"),
    ({"unit": "money", "currency": "USD", "low": 0.99, "high": 14.99, "value": None}, "$0.99 – $14.99"),
    ({"unit": "money", "currency": "EUR", "value": 15000000}, "€15,000,000"),
    ({"unit": "cents", "value": 72.5}, "72.5 cents"),
    ({"unit": "count", "value": 200}, "200"),
    ({"unit": "date", "value": "2026-08-02"}, "2 August 2026"),
    ({"unit": "day_month", "value": "10-05"}, "5 October"),
])
def test_a_fact_is_worded_in_its_unit(kw, text):
    assert value_text(fact(**kw)) == text


@pytest.mark.parametrize("f, quote, found", [
    ({"unit": "money", "value": 184500}, "up to $184,500 annually", True),
    ({"unit": "money", "value": 15000000}, "Up to EUR 15 000 000 or 3%", True),
    ({"unit": "money", "value": 3.5}, "to £3.50 and £17.75", True),
    ({"unit": "percent", "value": 15.3}, "is 15.3 percent of", True),
    ({"unit": "percent", "value": 15.2}, "is 15.3 percent of", False),
    ({"unit": "percent", "value": 5}, "a 15% fee", False),                 # not a part of another number
    ({"unit": "percent", "low": 0, "high": 15}, "a fee of 0%-15%", True),
    ({"unit": "day_month", "value": "09-15"}, "June 1–Aug. 31 | Sept. 15", True),
    ({"unit": "day_month", "value": "10-05"}, "by 5 October if", True),
    ({"unit": "date", "value": "2024-10-21"}, "effective October 21, 2024.", True),
    ({"unit": "date", "value": "2025-10-21"}, "effective October 21, 2024.", False),
])
def test_a_fact_is_found_in_its_quote_however_the_source_writes_it(f, quote, found):
    assert in_quote(f | {"quote": quote}) is found


def test_numbers_in_text_ignore_thousands_separators():
    assert numbers("Form 1099-NEC, £1,000 and 2.9%") == {"1099", "1000", "2.9"}


# Pacing

def week(*steps) -> PlanWeek:
    return PlanWeek("w", 1, "W", "Aim.", "rest.", tuple(PlanStep(f"w/{k}", k, tier, h) for k, tier, h in steps))


def test_core_steps_always_then_extra_then_stretch_each_that_fits():
    w = week(("a", "core", 2), ("b", "stretch", 1), ("c", "extra", 3), ("d", "extra", 5), ("e", "extra", 1))
    assert pace(w, 10).shown == ("w/a", "w/c", "w/d")                # then neither e nor b fits
    assert pace(w, 10).used == 10 and pace(w, 10).spare == 0 and not pace(w, 10).over
    assert pace(w, 9).shown == ("w/a", "w/b", "w/c", "w/e")          # d does not fit; e and then b do
    assert pace(w, 9).spare == 2
    assert pace(w, 3).shown == ("w/a", "w/e")
    assert pace(w, 100).shown == ("w/a", "w/b", "w/c", "w/d", "w/e")


def test_a_week_whose_core_needs_more_than_the_hours_says_so():
    p = pace(week(("a", "core", 3), ("b", "core", 2), ("c", "extra", 1)), 4)
    assert p.shown == ("w/a", "w/b") and p.over and p.spare == 0


def test_fewer_hours_never_show_more_steps(real):
    for plan in real.plans.values():
        for w in plan.weeks:
            counts = [len(pace(w, h).shown) for h in (1, 3, 5, 8, 10, 15, 20, 40)]
            assert counts == sorted(counts), (plan.role, w.id)


# Plans from the roles' data

def test_every_role_gets_four_weeks_each_with_a_core_step(real):
    assert set(real.plans) == set(real.roles)
    for plan in real.plans.values():
        assert [w.number for w in plan.weeks] == [1, 2, 3, 4]
        assert all(any(s.tier == "core" for s in w.steps) for w in plan.weeks), plan.role


def test_a_plan_is_built_from_the_role_and_the_business_pages(real):
    plan, role = real.plans["seo-consultant"], real.roles["seo-consultant"]
    steps = {s.key: s for w in plan.weeks for s in w.steps}
    assert steps["week-1/start-1"].text == role.steps[0]
    assert role.first_experiment in steps["week-2/experiment"].text
    core = [n.skill for n in role.skills if n.level == "core"]
    assert real.skills[core[0]].name in steps["week-1/skill-1"].text
    assert steps["week-1/skill-1"].detail == first_sentence(real.skills[core[0]].learn)
    assert steps["week-3/tell-people"].text == real.topics["first-clients"].step("warm-network").todo


def test_full_time_roles_get_job_steps_instead_of_client_steps(real):
    full = next(r for r in real.roles.values() if r.work_mode == "full_time")
    keys = {s.key for w in real.plans[full.id].weeks for s in w.steps}
    assert "week-3/read-postings" in keys and "week-3/tell-people" not in keys and "week-4/price" not in keys


def test_a_step_the_role_cannot_fill_is_left_out(mini_data):
    keys = {s.key for w in mini_data.plans["seo"].weeks for s in w.steps}
    assert "week-4/apply" not in keys                        # for full-time roles only
    short = replace(mini_data.roles["seo"], steps=("Learn",))
    from crossroads.model.plans import build as build_plan
    plan = build_plan(short, mini_data.plan_spec, mini_data.skills, mini_data.topics)
    assert "week-2/start-2" not in {s.key for w in plan.weeks for s in w.steps}


@pytest.mark.parametrize("text, first", [
    ("Read S. Keshav's note. Then practise.", "Read S. Keshav's note."),
    ("Use free tools, e.g. Trends. Then more.", "Use free tools, e.g. Trends."),
    ("One sentence only", "One sentence only"),
])
def test_the_first_sentence_of_a_skill_s_how_to_learn(text, first):
    assert first_sentence(text) == first


# The pages

def test_every_number_of_a_business_page_links_to_its_source_entry(real):
    for topic in real.topics.values():
        md = business_pages.topic_page(topic, real).markdown
        for f in topic.facts.values():
            assert f'id="fact-{f.id}"' in md, (topic.id, f.id)


def test_the_plan_page_holds_every_step_and_hides_what_does_not_fit(real):
    page = plan_pages.page(real.plans["seo-consultant"], real, "https://example.org/crossroads/").markdown
    for w in real.plans["seo-consultant"].weeks:
        shown = pace(w, real.plan_spec.pacing.default_hours).shown
        for s in w.steps:
            tag = page[page.index(f'data-cr-step="{s.key}"'):].split(">", 1)[0]
            assert (" hidden" in tag) is (s.key not in shown), s.key


# Search

def test_plans_stay_out_of_the_search_index_and_business_steps_keep_only_their_titles():
    from crossroads.site import search
    assert search.meta("plans/seo-consultant.md") == {"search": {"exclude": True}}
    assert search.meta("plans/index.md") == {}
    html = '<h2 id="x">X</h2><ol><li><strong>Title.</strong> <span class="cr-step-text">Long text.</span></li></ol>'
    marked = search.mark(html, "business/first-clients.md")
    assert '<span class="cr-step-text" data-search-exclude' in marked and "<strong>Title.</strong>" in marked
    assert search.mark(html, "roles/seo-consultant.md").count("data-search-exclude") == 0
