"""The quiz in a real Chromium, on the site built and served under /crossroads/.

Parity with the Python reference, keyboard-only use, share links, bad fragments, instant
navigation, no console error, no request off the site, and axe-core on every screen.
"""

from __future__ import annotations

import json
import random
import re
import urllib.request

import pytest

from crossroads import routes
from crossroads.model import quiz
from tests.browser import PREFIX, axe_violations, recording_page, wait_until

pytestmark = pytest.mark.browser

QUIZ = "#crossroads-quiz"
LEGEND = f"{QUIZ} legend"


@pytest.fixture(scope="module")
def proj(served):
    """The quiz data exactly as the site serves it."""
    with urllib.request.urlopen(served + routes.QUIZ_DATA) as response:
        return json.loads(response.read().decode("utf-8"))


@pytest.fixture
def open_page(browser, served):
    """open_page(path, scheme) → a page on the served site that records console errors and requests."""
    contexts = []

    def run(path="quiz/", scheme="light"):
        context = browser.new_context(color_scheme=scheme)
        contexts.append(context)
        pg = recording_page(context, served)
        pg.goto(served + path)
        return pg

    yield run
    for context in contexts:
        assert context.cookies() == []
        context.close()


def clean(pg):
    """No console error, and no request left the site."""
    assert pg.errors == []
    assert [u for u in pg.requests if not u.startswith(pg.base)] == []


def answers_for(proj, seed):
    rng = random.Random(seed)
    return [rng.randrange(len(q["options"])) for q in proj["questions"]]


def start(pg):
    pg.locator(QUIZ).get_by_role("button", name="Start the quiz").click()
    pg.wait_for_selector(LEGEND)


def focused(pg) -> str:
    """What has the focus: tag, and its text."""
    return pg.evaluate("(() => { const e = document.activeElement; return e.tagName + ':' + e.textContent.trim(); })()")


def shown_result(pg) -> list[str]:
    """The result lists as the reader sees them: one line per path and role."""
    pg.wait_for_selector(f"{QUIZ} .cq-list")
    return pg.locator(f"{QUIZ} .cq-item__head").all_inner_texts()


def expected_heads(proj, answers) -> list[str]:
    """The same lines computed by the Python reference."""
    ref = quiz.result(proj, answers)
    labels = {lv["id"]: lv["label"] for lv in proj["scoring"]["fit_levels"]}
    names = {kind: {i["id"]: i["name"] for i in proj[kind]} for kind in ("paths", "roles")}
    return [f"{names[kind][e['id']]} {labels[e['level']]} · {e['percent']}%" for kind in ("paths", "roles") for e in ref[kind]]


# Parity

def test_300_random_answer_sets_score_the_same_in_the_browser(open_page, proj):
    pg = open_page()
    wait_until(pg, "window.CrossroadsQuiz !== undefined")
    rng = random.Random(20261124)
    sets = [[rng.randrange(len(q["options"])) if rng.random() > 0.1 else None for q in proj["questions"]] for _ in range(300)]
    got = pg.evaluate("([data, sets]) => sets.map(a => [CrossroadsQuiz.score(data, a), CrossroadsQuiz.result(data, a)])",
                      [proj, sets])
    for answers, (scores, result) in zip(sets, got, strict=True):
        ref = quiz.scores(proj, answers)
        for kind in ("paths", "roles"):
            assert scores[kind].keys() == ref[kind].keys()
            assert all(abs(scores[kind][i] - ref[kind][i]) <= 1e-9 for i in ref[kind]), answers
        expected = quiz.result(proj, answers)
        assert strip(result) == strip(expected), answers
        assert all(abs(a["score"] - b["score"]) <= 1e-9 for k in ("paths", "roles") for a, b in zip(result[k], expected[k], strict=True))
    clean(pg)


def strip(result: dict) -> dict:
    """A result without its floating-point numbers (compared to 1e-9 separately)."""
    out = json.loads(json.dumps(result))
    for kind in ("paths", "roles"):
        for e in out[kind]:
            e.pop("score")
        if out["change"][kind]:
            out["change"][kind]["margin"] = round(out["change"][kind]["margin"], 9)
    return out


# Keyboard, result and share link

def test_keyboard_only_quiz_matches_the_reference_and_the_link_reproduces_it(open_page, proj):
    pg = open_page()
    pg.wait_for_selector(f"{QUIZ} button")
    for _ in range(120):                                  # Tab from the top of the page to the start button
        pg.keyboard.press("Tab")
        if focused(pg) == "BUTTON:Start the quiz":
            break
    assert focused(pg) == "BUTTON:Start the quiz"
    pg.keyboard.press("Enter")
    answers = answers_for(proj, 7)
    n = len(proj["questions"])
    for i, (q, choice) in enumerate(zip(proj["questions"], answers, strict=True)):
        assert focused(pg) == f"LEGEND:{q['text']}"            # focus moved to the new question, visibly
        assert pg.evaluate("getComputedStyle(document.activeElement).outlineStyle") == "solid"
        assert pg.locator(f"{QUIZ} .cq-progress").inner_text() == f"Question {i + 1} of {n}"
        pg.keyboard.press("Tab")                              # into the radio group (first option)
        if choice == 0:
            pg.keyboard.press("Space")
        for _ in range(choice):
            pg.keyboard.press("ArrowDown")
        assert pg.locator(f"{QUIZ} input[type=radio]:checked").get_attribute("value") == str(choice)
        pg.keyboard.press("Tab")                              # Back
        pg.keyboard.press("Tab")                              # Next / See my result
        assert focused(pg) == ("BUTTON:Next" if i + 1 < n else "BUTTON:See my result")
        pg.keyboard.press("Enter")
    pg.wait_for_selector(f"{QUIZ} .cq-list")
    assert focused(pg) == "H2:Your result"
    wait_until(pg, "document.querySelector('#crossroads-quiz [aria-live]').textContent.includes('Your result is ready')")
    assert shown_result(pg) == expected_heads(proj, answers)
    assert pg.url.endswith("quiz/#" + quiz.encode(proj, answers))
    assert pg.locator("#cq-link").input_value() == pg.url
    why = pg.locator(f"{QUIZ} .cq-why").first.locator("li").all_inner_texts()
    assert len(why) == proj["scoring"]["reasons"] and all(re.match(r"(For|Against) it: you answered “.+% match on ", w) for w in why)
    heads = pg.locator(f"{QUIZ} .cq-item__head a").evaluate_all("as => as.map(a => a.href)")
    ref = quiz.result(proj, answers)
    assert heads == [pg.base + f"{kind}/{e['id']}/" for kind in ("paths", "roles") for e in ref[kind]]
    links = pg.locator(f"{QUIZ} a").evaluate_all("as => as.map(a => a.href)")
    assert pg.base + "compare/" in links and pg.base + "roles/" in links
    changes = pg.locator(f"{QUIZ} h3:has-text('What would change') ~ p").all_inner_texts()[:2]
    assert all(changes) and all("“" in c for c in changes)
    clean(pg)

    other = open_page("quiz/#" + quiz.encode(proj, answers))   # the share link, in a new page
    assert shown_result(other) == expected_heads(proj, answers)
    clean(other)


def test_copy_link_and_retake(open_page, proj, browser):
    answers = answers_for(proj, 3)
    pg = open_page("quiz/#" + quiz.encode(proj, answers))
    pg.context.grant_permissions(["clipboard-read", "clipboard-write"])
    shown_result(pg)
    pg.locator(QUIZ).get_by_role("button", name="Copy link").click()
    wait_until(pg, "document.querySelector('#crossroads-quiz [aria-live]').textContent === 'Link copied.'")
    assert pg.evaluate("navigator.clipboard.readText()") == pg.url
    pg.locator(QUIZ).get_by_role("button", name="Retake the quiz").click()
    pg.wait_for_selector(LEGEND)
    assert focused(pg) == f"LEGEND:{proj['questions'][0]['text']}"
    assert "#" not in pg.url and pg.locator(f"{QUIZ} input:checked").count() == 0
    clean(pg)


def test_next_without_an_answer_asks_for_one_and_back_keeps_answers(open_page, proj):
    pg = open_page()
    start(pg)
    pg.locator(QUIZ).get_by_role("button", name="Next").click()
    assert pg.locator(f"{QUIZ} .cq-error").is_visible()
    assert pg.locator(f"{QUIZ} .cq-progress").inner_text().startswith("Question 1 of")
    pg.locator(f"{QUIZ} .cq-option").nth(2).click()
    pg.locator(QUIZ).get_by_role("button", name="Next").click()
    assert pg.locator(f"{QUIZ} .cq-progress").inner_text().startswith("Question 2 of")
    pg.locator(QUIZ).get_by_role("button", name="Back").click()
    assert pg.locator(f"{QUIZ} input:checked").get_attribute("value") == "2"
    pg.locator(QUIZ).get_by_role("button", name="Back").click()
    assert focused(pg) == f"H2:Find your path in {len(proj['questions'])} questions"
    clean(pg)


# Hostile or missing data

def test_text_from_the_data_is_never_parsed_as_html(browser, served, proj):
    evil = "<img src=x onerror=\"window.__xss = 1\"> *boo*"
    data = json.loads(json.dumps(proj))
    data["questions"][0]["text"] = evil
    data["questions"][0]["options"][0]["label"] = evil
    context = browser.new_context()
    pg = context.new_page()
    pg.route(f"**{PREFIX}{routes.QUIZ_DATA}", lambda route: route.fulfill(json=data))
    pg.goto(served + "quiz/")
    start(pg)
    assert pg.locator(LEGEND).text_content() == evil
    assert pg.locator(f"{QUIZ} .cq-option span").first.text_content() == evil
    assert pg.locator(f"{QUIZ} img").count() == 0 and pg.evaluate("window.__xss") is None
    context.close()


def test_data_that_cannot_be_loaded_gives_a_message(browser, served):
    context = browser.new_context()
    pg = context.new_page()
    pg.route(f"**{PREFIX}{routes.QUIZ_DATA}", lambda route: route.fulfill(json={"schema_version": 99}))
    pg.goto(served + "quiz/")
    pg.wait_for_selector(f"{QUIZ} .cq-notice")
    assert "could not be loaded" in pg.locator(f"{QUIZ} .cq-notice").inner_text()
    context.close()


# Bad fragments

@pytest.mark.parametrize("fragment", ["%%garbage<script>", "answers=zzz", "answers=00000000-1111111111111", "KEY-12", "KEY-1111111111111119"])
def test_a_bad_fragment_shows_the_start_screen_with_a_notice(open_page, proj, fragment):
    pg = open_page("quiz/#" + fragment.replace("KEY", "answers=" + proj["key"]))
    pg.wait_for_selector(f"{QUIZ} .cq-notice")
    assert "ignored" in pg.locator(f"{QUIZ} .cq-notice").inner_text()
    assert pg.locator(QUIZ).get_by_role("button", name="Start the quiz").is_visible()
    assert pg.locator(f"{QUIZ} .cq-list").count() == 0
    clean(pg)


def test_a_result_link_opened_on_the_quiz_page_shows_its_result(open_page, proj):
    pg = open_page()
    pg.wait_for_selector(f"{QUIZ} button")
    answers = answers_for(proj, 11)
    pg.evaluate("hash => { location.hash = hash; }", quiz.encode(proj, answers))
    assert shown_result(pg) == expected_heads(proj, answers)
    clean(pg)


# Instant navigation

def test_reaching_the_quiz_by_instant_navigation_binds_once(open_page, proj):
    pg = open_page("")
    pg.evaluate("window.__sameDocument = true")
    for _ in range(2):                                    # there and back twice: still one set of handlers
        pg.locator("nav.md-nav--primary a.md-nav__link", has_text="Take the quiz").first.click()
        pg.wait_for_url(f"**{PREFIX}quiz/")
        start(pg)
        pg.locator(f"{QUIZ} .cq-option").first.click()
        pg.locator(QUIZ).get_by_role("button", name="Next").click()
        assert pg.locator(f"{QUIZ} .cq-progress").inner_text() == f"Question 2 of {len(proj['questions'])}"
        assert pg.locator(f"{QUIZ} form").count() == 1
        pg.locator("nav.md-nav--primary a.md-nav__link", has_text="Home").first.click()
        pg.wait_for_url(lambda url: url.rstrip("/").endswith(PREFIX.rstrip("/")))
    assert pg.evaluate("window.__sameDocument === true"), "navigation reloaded the page: instant navigation is off"
    clean(pg)


# Accessibility: axe-core on every screen, light and dark

@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_nothing_on_the_start_question_and_result_screens(open_page, proj, scheme):
    pg = open_page("quiz/", scheme)
    pg.wait_for_selector(f"{QUIZ} button")
    found = {"start": axe_violations(pg, context=QUIZ)}
    start(pg)
    pg.locator(f"{QUIZ} .cq-option").first.click()
    found["question"] = axe_violations(pg, context=QUIZ)
    pg.locator(QUIZ).get_by_role("button", name="Next").click()
    pg.locator(QUIZ).get_by_role("button", name="Next").click()       # the error state too
    found["error"] = axe_violations(pg, context=QUIZ)
    clean(pg)
    result = open_page("quiz/#" + quiz.encode(proj, answers_for(proj, 1)), scheme)
    shown_result(result)
    found["result"] = axe_violations(result, context=QUIZ)
    notice = open_page("quiz/#garbage", scheme)
    notice.wait_for_selector(f"{QUIZ} .cq-notice")
    found["notice"] = axe_violations(notice, context=QUIZ)
    assert found == {k: [] for k in found}
    clean(result)
    clean(notice)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_nothing_on_how_the_quiz_works(open_page, scheme):
    pg = open_page(routes.url(routes.PAGES["quiz_how"]), scheme)
    assert pg.locator("h1").inner_text().startswith("How the quiz works")
    assert axe_violations(pg, context=".md-content") == []
    clean(pg)


def test_back_from_a_role_page_returns_to_the_result(open_page, proj):
    answers = answers_for(proj, 5)
    pg = open_page("quiz/#" + quiz.encode(proj, answers))
    before = shown_result(pg)
    pg.evaluate("window.__sameDocument = true")
    pg.locator(f"{QUIZ} .cq-list").nth(1).locator("a").first.click()
    pg.wait_for_url("**/roles/**")
    pg.go_back()
    pg.wait_for_url("**/quiz/#answers=*")
    assert shown_result(pg) == before
    assert pg.evaluate("window.__sameDocument === true")
    clean(pg)


def test_a_reason_that_counts_against_reads_as_a_mismatch(open_page, proj):
    """A reason whose match is below the baseline says 'Against it'; the rest say 'For it'."""
    base, qids = proj["scoring"]["reason_baseline"], [q["id"] for q in proj["questions"]]

    def expected(answers):
        out = []
        for kind in ("paths", "roles"):
            for e in quiz.result(proj, answers)[kind]:
                profile = next(p["profile"] for p in proj[kind] if p["id"] == e["id"])
                match = {qi: m for qi, _, m in quiz.matches(proj, answers, profile)}
                out += ["Against it:" if match[qids.index(q)] < base else "For it:" for q in e["reasons"]]
        return out
    answers = next(a for seed in range(500) if "Against it:" in expected(a := answers_for(proj, seed)))
    pg = open_page("quiz/#" + quiz.encode(proj, answers))
    pg.wait_for_selector(f"{QUIZ} .cq-list")
    shown = pg.locator(f"{QUIZ} .cq-why li").all_inner_texts()
    assert [t.split(" ", 2)[0] + " " + t.split(" ", 2)[1] for t in shown] == expected(answers)
    clean(pg)
