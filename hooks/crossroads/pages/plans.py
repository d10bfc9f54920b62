"""A first-month plan per role (`plans/<role-id>.md`) and their index (`plans/index.md`).

The page is built at the plan's default hours (what a printout or a browser without JavaScript
shows); every step the role can fill is in the HTML, those that do not fit are `hidden`, and
docs/assets/plan.js re-paces the weeks to `?hours=` with the same rule (model/plans.pace)."""

from __future__ import annotations

import json

from markupsafe import Markup, escape

from crossroads import routes, vocabulary
from crossroads.model.dataset import Dataset
from crossroads.model.plans import Paced, Plan, PlanWeek, fill, pace
from crossroads.render.jinja import render
from crossroads.render.output import Page

# Data

INDEX = routes.PAGES["plans"]
WORDS = {  # what the script writes; {placeholders} are filled by plan.js and here alike
    "week_hours": "About {used} of your {hours} hours.",
    "progress": "{done} of {total} steps ticked.",
    "paced": "Plan paced to {hours} hours a week.",
    "goal": "${goal} a month",
    "confirm_reset": "Clear every tick on this plan in this browser?",
    "reset_done": "Ticks cleared.",
}


# Pieces

def hours_text(h: float) -> str:
    """`8.5`, `10`, `0.25`: as plan.js writes hours (String(Math.round(h * 100) / 100))."""
    return f"{round(h * 100) / 100:g}"


def week_note(week: PlanWeek, paced: Paced, hours: float, words) -> str:
    """The line under a week: over budget, spare hours, or nothing."""
    if paced.over:
        return fill(words.over_budget, {"need": hours_text(week.core_hours), "hours": hours_text(hours)})
    if paced.spare >= 1:
        return fill(words.spare, {"spare": hours_text(paced.spare), "use": week.spare})
    return ""


def config(plan: Plan, data: Dataset) -> Markup:
    """The data-cr-plan attribute: what plan.js needs to pace and keep ticks (HTML-escaped JSON)."""
    p = data.plan_spec.pacing
    cfg = {"role": plan.role, "default_hours": p.default_hours, "min_hours": p.min_hours, "max_hours": p.max_hours,
           "over_budget": p.over_budget, "spare": p.spare, **WORDS}
    return escape(json.dumps(cfg, ensure_ascii=False, sort_keys=True))


def step_count(plan: Plan, hours: float) -> int:
    return sum(len(pace(w, hours).shown) for w in plan.weeks)


# Pages

def page(plan: Plan, data: Dataset, site_url: str) -> Page:
    role, spec = data.roles[plan.role], data.plan_spec
    here, hours = routes.plan(role.id), spec.pacing.default_hours
    title = fill(spec.title, {"role": role.name})
    paced = {w.id: pace(w, hours) for w in plan.weeks}
    md = render("plan.md.j2", here, title=title, title_text=title, plan=plan, role=role, spec=spec, data=data,
                paced=paced, hours=hours, hours_text=hours_text, config=config(plan, data), words=WORDS,
                note=lambda w: week_note(w, paced[w.id], hours, spec.pacing), fill=fill, tiers=vocabulary.PLAN_TIER,
                total=step_count(plan, hours), attr=escape, site_url=site_url)
    return Page(here, md, spec.file, False)


def index_page(data: Dataset) -> Page:
    return Page(INDEX, render("plans-index.md.j2", INDEX, data=data, spec=data.plan_spec), data.plan_spec.file, True)


def pages(data: Dataset, site_url: str) -> list[Page]:
    """The index (in the menu) and one plan per role (reached from the role page and the quiz); `site_url`
    gives the printed plan its full address."""
    return [index_page(data)] + [page(data.plans[r.id], data, site_url) for r in data.role_order]
