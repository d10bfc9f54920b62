"""Personas: eleven people a careers adviser might meet take the quiz in Chromium by clicking, and the result
must look like the adviser's own first thoughts.

The expectations were written from the role pages (content/roles/*.yml: work mode, start-up cost, time to
first income, skills) before the quiz was run; a persona whose result an adviser would not accept is written
down (and the weights or content fixed) rather than the expectation bent to pass.

| persona     | who, in plain words                                                    | starts from          | hours | goal/mo | income needed | budget     | tastes                                                     |
|-------------|------------------------------------------------------------------------|----------------------|-------|---------|---------------|------------|------------------------------------------------------------|
| marketer    | marketing coordinator wanting extra income beside the job              | marketing generalist | 10    | $1,000  | ~6 months     | ≤ $1,000   | numbers, writes well, sells when needed, learns by doing    |
| backend     | backend developer moving into AI, wants a salaried job within a year   | software developer   | 20    | —       | within a year | ≤ $1,000   | code and maths, how models work, short courses, steady pay  |
| agency      | small-agency owner adding an AI service to sell to existing clients    | agency owner, mktg   | 10    | $3,000  | ~6 months     | ≤ $5,000   | words, likes selling, variety, uneven income is fine        |
| student     | student, no work experience, no money, needs income within two months  | student              | 20    | $500    | 1–2 months    | < $100     | images and video, writes, no strong taste for code          |
| writer      | writer or teacher growing a side line into main work                   | writer or teacher    | 10    | $800    | ~6 months     | ≤ $1,000   | writing above all, no numbers or code                       |
| law         | compliance professional drawn to AI rules, wants a salaried job        | law, compliance      | 20    | —       | within a year | ≤ $5,000   | fairness and rules, studies from the ground up, steady pay  |
| five-hours  | developer with a demanding job and only five hours a week             | software developer   | 5     | —       | can wait      | can study  | code, maths, how models work; would qualify for AI jobs     |
| parent      | parent who needs income within a month or two, with no budget          | (nothing ticked)     | 10    | $500    | 1–2 months    | < $100     | writes, avoids selling and maths, wants steady income       |
| creator     | video-loving creator who wants to grow it into main work               | (nothing ticked)     | 20    | $2,000  | ~6 months     | ≤ $1,000   | images and video, enjoys selling, uneven income is fine     |
| analyst     | numbers person in marketing who tests ads and pages                    | marketing generalist | 20    | $1,500  | ~6 months     | ≤ $1,000   | numbers first, some code, no writing or video               |
| graduate    | maths graduate who can study for years and wants a research career     | student              | 30+   | —       | can wait      | can study  | maths, code, models inside, long solo problems              |

Expected (an adviser's view): the path first (one of those named); at least one `near` role among the first
three; no `not_first` role first; every `not_top` role either "not now" or out of the top list.
"""

from __future__ import annotations

import json
import re
import urllib.request
from dataclasses import dataclass, field

import pytest

from crossroads import routes
from crossroads.model import quiz
from tests.browser import recording_page

pytestmark = pytest.mark.browser

QUIZ = "#crossroads-quiz"
FULL_TIME_ONLY = ["ai-research-scientist", "ml-engineer", "ai-engineer", "ai-product-manager", "ai-ethics-specialist"]


@dataclass
class Persona:
    name: str
    answers: dict[str, str]                        # question id → option id
    background: list[str]                          # starting points ticked
    goal: int | None
    paths: list[str]                               # the path expected first (one of these)
    near: list[str]                                # at least one among the first three roles
    not_first: list[str] = field(default_factory=list)
    not_top: list[str] = field(default_factory=list)   # "not now", or absent from the top roles


def tastes(**given: str) -> dict[str, str]:
    return {k.replace("_", "-"): v for k, v in given.items()}


PERSONAS = [
    Persona("marketer", tastes(absorbing_problem="numbers", writing_comes_naturally="agree", images_and_video="neutral",
                               maths_and_code="neutral", numbers="agree", selling="can-do", working_week="variety",
                               learning="by-doing", inside_the_models="neutral", fairness_and_rules="neutral",
                               uneven_income="agree", what_you_want="extra", hours="about-10", first_payment="half-year",
                               budget="hundreds"),
            ["marketing-generalist"], 1000, paths=["hybrid", "digital-marketing"],
            near=["ai-marketing-strategist", "marketing-automation-specialist", "email-marketing-specialist", "ppc-manager",
                  "ai-content-strategist"],
            not_first=FULL_TIME_ONLY + ["ai-trainer", "chatbot-developer", "content-writer"],
            not_top=["ai-research-scientist", "ml-engineer", "ai-engineer"]),
    Persona("backend", tastes(absorbing_problem="systems", writing_comes_naturally="disagree",
                              images_and_video="strongly-disagree", maths_and_code="strongly-agree", numbers="neutral",
                              selling="avoid", working_week="deep", learning="short-courses", inside_the_models="agree",
                              fairness_and_rules="neutral", uneven_income="disagree", what_you_want="career",
                              hours="about-20", first_payment="year", budget="hundreds"),
            ["software-developer"], None, paths=["generative-ai"], near=["ai-engineer", "chatbot-developer"],
            not_first=["ai-research-scientist", "content-writer", "social-media-manager", "ai-video-ugc-creator", "ai-consultant"],
            not_top=["ai-research-scientist", "social-media-manager", "content-writer"]),
    Persona("agency", tastes(absorbing_problem="words", writing_comes_naturally="agree", images_and_video="agree",
                             maths_and_code="neutral", numbers="agree", selling="enjoy", working_week="variety",
                             learning="by-doing", inside_the_models="neutral", fairness_and_rules="neutral",
                             uneven_income="agree", what_you_want="business", hours="about-10", first_payment="half-year",
                             budget="thousands"),
            ["agency-owner", "marketing-generalist"], 3000, paths=["hybrid", "digital-marketing"],
            near=["ai-consultant", "ai-marketing-strategist"],
            not_first=FULL_TIME_ONLY + ["ai-trainer", "prompt-engineer"],
            not_top=["ai-research-scientist", "ml-engineer", "ai-engineer", "ai-trainer"]),
    Persona("student", tastes(absorbing_problem="visuals", writing_comes_naturally="agree", images_and_video="agree",
                              maths_and_code="neutral", numbers="neutral", selling="can-do", working_week="projects",
                              learning="by-doing", inside_the_models="neutral", fairness_and_rules="neutral",
                              uneven_income="neutral", what_you_want="grow", hours="about-20", first_payment="weeks",
                              budget="nothing"),
            ["student-no-experience"], 500, paths=["digital-marketing", "hybrid"],
            near=["social-media-manager", "ai-video-ugc-creator", "content-writer", "ai-trainer"],
            not_first=FULL_TIME_ONLY + ["ai-consultant", "chatbot-developer", "prompt-engineer"],
            not_top=["ml-engineer", "ai-research-scientist", "ai-ethics-specialist", "ai-engineer"]),
    Persona("writer", tastes(absorbing_problem="words", writing_comes_naturally="strongly-agree", images_and_video="disagree",
                             maths_and_code="disagree", numbers="disagree", selling="can-do", working_week="projects",
                             learning="short-courses", inside_the_models="neutral", fairness_and_rules="agree",
                             uneven_income="neutral", what_you_want="grow", hours="about-10", first_payment="half-year",
                             budget="hundreds"),
            ["writer-or-teacher"], 800, paths=["hybrid", "digital-marketing"],
            near=["ai-assisted-copywriter", "content-writer", "ai-content-strategist"],
            not_first=FULL_TIME_ONLY + ["ppc-manager", "seo-consultant", "chatbot-developer", "marketing-automation-specialist"],
            not_top=["ml-engineer", "ai-research-scientist", "ai-engineer", "ppc-manager"]),
    Persona("law", tastes(absorbing_problem="rules", writing_comes_naturally="agree", images_and_video="strongly-disagree",
                          maths_and_code="neutral", numbers="neutral", selling="can-do", working_week="deep",
                          learning="ground-up", inside_the_models="agree", fairness_and_rules="strongly-agree",
                          uneven_income="disagree", what_you_want="career", hours="about-20", first_payment="year",
                          budget="thousands"),
            ["law-compliance-risk"], None, paths=["generative-ai", "hybrid"], near=["ai-ethics-specialist"],
            not_first=["social-media-manager", "ai-video-ugc-creator", "content-writer", "ppc-manager", "seo-consultant",
                       "ai-research-scientist", "ml-engineer"],
            not_top=["social-media-manager", "ai-video-ugc-creator", "ai-research-scientist"]),
    Persona("five-hours", tastes(absorbing_problem="systems", writing_comes_naturally="neutral", images_and_video="disagree",
                                 maths_and_code="strongly-agree", numbers="agree", selling="avoid", working_week="deep",
                                 learning="ground-up", inside_the_models="strongly-agree", fairness_and_rules="neutral",
                                 uneven_income="neutral", what_you_want="extra", hours="up-to-5", first_payment="longer",
                                 budget="study"),
            ["software-developer"], None, paths=["generative-ai"], near=["chatbot-developer", "prompt-engineer"],
            not_first=FULL_TIME_ONLY, not_top=FULL_TIME_ONLY),
    Persona("parent", tastes(absorbing_problem="words", writing_comes_naturally="agree", images_and_video="neutral",
                             maths_and_code="disagree", numbers="neutral", selling="avoid", working_week="projects",
                             learning="by-doing", inside_the_models="neutral", fairness_and_rules="neutral",
                             uneven_income="disagree", what_you_want="extra", hours="about-10", first_payment="weeks",
                             budget="nothing"),
            [], 500, paths=["digital-marketing", "hybrid"],
            near=["ai-trainer", "content-writer", "ai-assisted-copywriter", "social-media-manager"],
            not_first=FULL_TIME_ONLY + ["ai-consultant", "chatbot-developer", "prompt-engineer", "ai-marketing-strategist"],
            not_top=["ml-engineer", "ai-research-scientist", "ai-ethics-specialist", "ai-engineer", "ai-consultant"]),
    Persona("creator", tastes(absorbing_problem="visuals", writing_comes_naturally="agree", images_and_video="strongly-agree",
                              maths_and_code="disagree", numbers="neutral", selling="enjoy", working_week="variety",
                              learning="by-doing", inside_the_models="neutral", fairness_and_rules="disagree",
                              uneven_income="strongly-agree", what_you_want="grow", hours="about-20",
                              first_payment="half-year", budget="hundreds"),
            [], 2000, paths=["hybrid", "digital-marketing"], near=["ai-video-ugc-creator", "social-media-manager"],
            not_first=FULL_TIME_ONLY + ["seo-consultant", "ppc-manager", "email-marketing-specialist", "chatbot-developer"],
            not_top=["ml-engineer", "ai-research-scientist", "ai-engineer", "ai-ethics-specialist", "seo-consultant"]),
    Persona("analyst", tastes(absorbing_problem="numbers", writing_comes_naturally="disagree", images_and_video="disagree",
                              maths_and_code="agree", numbers="strongly-agree", selling="can-do", working_week="variety",
                              learning="short-courses", inside_the_models="disagree", fairness_and_rules="neutral",
                              uneven_income="agree", what_you_want="grow", hours="about-20", first_payment="half-year",
                              budget="hundreds"),
            ["marketing-generalist"], 1500, paths=["hybrid", "digital-marketing"], near=["ppc-manager", "seo-consultant"],
            not_first=FULL_TIME_ONLY + ["content-writer", "social-media-manager", "ai-video-ugc-creator",
                                        "ai-assisted-copywriter"],
            not_top=["content-writer", "social-media-manager", "ai-video-ugc-creator", "ai-research-scientist"]),
    Persona("graduate", tastes(absorbing_problem="systems", writing_comes_naturally="neutral",
                               images_and_video="strongly-disagree", maths_and_code="strongly-agree", numbers="agree",
                               selling="avoid", working_week="deep", learning="ground-up", inside_the_models="strongly-agree",
                               fairness_and_rules="neutral", uneven_income="strongly-disagree", what_you_want="career",
                               hours="full-time", first_payment="longer", budget="study"),
            ["student-no-experience"], None, paths=["generative-ai"],
            near=["ai-research-scientist", "ml-engineer", "ai-engineer"],
            not_first=["social-media-manager", "content-writer", "ai-video-ugc-creator", "ai-trainer", "ai-consultant"],
            not_top=["social-media-manager", "content-writer", "ai-video-ugc-creator", "seo-consultant", "ppc-manager"]),
]


@pytest.fixture(scope="module")
def proj(served):
    """The quiz data exactly as the site serves it."""
    with urllib.request.urlopen(served + routes.QUIZ_DATA) as response:
        return json.loads(response.read().decode("utf-8"))


def answers_of(proj, p: Persona) -> list:
    """The persona's answers as option indexes (to compare with the Python reference)."""
    out = []
    for q in proj["questions"]:
        ids = [o["id"] for o in q.get("options", [])]
        out.append(p.goal if q["kind"] == "amount" else sorted(ids.index(b) for b in p.background)
                   if q["kind"] == "several" else ids.index(p.answers[q["id"]]))
    return out


def take_quiz(pg, proj, p: Persona) -> None:
    """Answer every question by clicking the option whose label is the persona's answer, in whatever order the
    quiz asks them (the question is found by the text of its legend)."""
    by_text = {q["text"]: q for q in proj["questions"]}
    box = pg.locator(QUIZ)
    box.get_by_role("button", name="Start the quiz").click()
    asked = []
    while not pg.locator(f"{QUIZ} .cq-list").count():
        legend = pg.locator(f"{QUIZ} legend")
        legend.wait_for()
        q = by_text[legend.inner_text()]
        assert q["id"] not in asked, f"asked twice: {q['id']}"
        asked.append(q["id"])
        labels = {o["id"]: o["label"] for o in q.get("options", [])}
        if q["kind"] == "amount":
            box.get_by_label(re.compile(re.escape(q["unit"]))).fill("" if p.goal is None else f"{p.goal:,}")
        elif q["kind"] == "several":
            for b in p.background:
                box.get_by_label(labels[b], exact=True).check()
        else:
            box.get_by_label(labels[p.answers[q["id"]]], exact=True).check()
        button = pg.locator(f"{QUIZ} button[type=submit]")
        last = button.inner_text() == "See my result"
        button.click()
        if last:
            pg.wait_for_selector(f"{QUIZ} .cq-list")
    assert sorted(asked) == sorted(q["id"] for q in proj["questions"])


def read_result(pg) -> dict:
    """The result as the reader sees it: role and path ids in order (from their links), each role's facts and
    reasons, and the not-now roles with their sentences."""
    return pg.evaluate("""() => {
      const id = a => a.getAttribute("href").replace(/\\/$/, "").split("/").pop();
      const lists = document.querySelectorAll("#crossroads-quiz .cq-list");
      return {
        roles: [...lists[0].querySelectorAll(":scope > li")].map(li => ({
          id: id(li.querySelector(".cq-item__head a")),
          facts: Object.fromEntries([...li.querySelectorAll(".cq-facts > div")].map(d =>
            [d.querySelector("dt").textContent, d.querySelector("dd").textContent])),
          reasons: [...li.querySelectorAll(".cq-why li")].map(x => x.textContent)})),
        paths: [...lists[1].querySelectorAll(".cq-item__head a")].map(id),
        notNow: [...document.querySelectorAll("#crossroads-quiz .cq-notnow li")].map(li =>
          ({id: id(li.querySelector("a")), text: li.textContent}))};
    }""")


@pytest.mark.parametrize("p", PERSONAS, ids=[p.name for p in PERSONAS])
def test_persona_gets_what_a_careers_adviser_would_expect(browser, served, proj, p):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = recording_page(context, served)
    pg.goto(served + "quiz/")
    take_quiz(pg, proj, p)
    got = read_result(pg)
    roles = [r["id"] for r in got["roles"]]
    not_now = {n["id"]: n["text"] for n in got["notNow"]}
    summary = f"{p.name}: paths {got['paths']}, roles {roles}, not now {list(not_now)}"

    # the clicks gave the persona's answers: the page shows what the Python reference computes for them
    ref = quiz.result(proj, answers_of(proj, p))
    assert roles == [e["id"] for e in ref["roles"]] and got["paths"] == [e["id"] for e in ref["paths"]], summary
    assert list(not_now) == [e["id"] for e in ref["not_now"]], summary

    # what a careers adviser would expect
    assert got["paths"][0] in p.paths, summary
    assert set(roles[:3]) & set(p.near), summary
    assert roles[0] not in p.not_first, summary
    assert not set(roles) & set(p.not_top), summary

    # every top role says what it pays, costs and takes, with at most three short reasons for or against
    for r in got["roles"]:
        assert list(r["facts"]) == ["Pay", "Start-up cost", "First income", "Work"], summary
        assert all(v.strip() for v in r["facts"].values()), r
        assert re.fullmatch(r"\$[\d,]+ to \$[\d,]+", r["facts"]["Start-up cost"]), r
        assert re.fullmatch(r"usually \d+ to \d+ months", r["facts"]["First income"]), r
        assert len(r["reasons"]) <= 3 and all(re.match(r"(For|Against): ", x) and "%" not in x for x in r["reasons"]), r

    # a limit that rules a role out names the limit (the five-hour week: every full-time role that would rank)
    modes = {r["id"]: r["mode"] for r in proj["roles"]}
    if p.answers["hours"] == "up-to-5":
        assert not any(modes[x] == "full_time" for x in roles), summary
        assert not_now and all(modes[x] == "full_time" for x in not_now), summary
        assert all("you have up to 5 hours a week; this role is a full-time job" in t for t in not_now.values()), not_now
    assert pg.errors == [] and [u for u in pg.requests if not u.startswith(served)] == []
    context.close()
