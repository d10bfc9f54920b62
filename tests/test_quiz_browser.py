"""The quiz in a real Chromium, on the site built and served under /crossroads/.

Parity with the Python reference (model/quiz.py, model/quiz_data.py) over random answer sets: results,
sentences and result links. Then the screens as a reader uses them: every question kind (choice, scale,
several, amount), keyboard only, the result's facts and links, share links, bad fragments, reached
by the menu; no console error, no request off the site, no cookie, axe-core on every screen.
"""

from __future__ import annotations

import json
import random
import urllib.request

import pytest

from crossroads import routes
from crossroads.model import quiz, quiz_data, quiz_words
from tests.browser import PREFIX, axe_violations, recording_page, wait_until

pytestmark = pytest.mark.browser

QUIZ = "#crossroads-quiz"
LEGEND = f"{QUIZ} legend"
KINDS = ("paths", "roles")


@pytest.fixture(scope="module")
def proj(served):
    """The quiz data exactly as the site serves it."""
    with urllib.request.urlopen(served + routes.QUIZ_DATA) as response:
        return json.loads(response.read().decode("utf-8"))


@pytest.fixture
def open_page(browser, served):
    """open_page(path, scheme, width) → a page on the served site that records console errors and requests."""
    contexts = []

    def run(path="quiz/", scheme="light", width=1280):
        context = browser.new_context(color_scheme=scheme, viewport={"width": width, "height": 900})
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


def index(proj, qid: str) -> int:
    return next(i for i, q in enumerate(proj["questions"]) if q["id"] == qid)


def random_answers(proj, rng: random.Random) -> list:
    """A complete answer set as the quiz can give it: an option per choice or scale question, 0–3 ticks for the
    starting points, no goal or a random one."""
    out = []
    for q in proj["questions"]:
        if q["kind"] == "amount":
            out.append(None if rng.random() < 0.4 else rng.choice([rng.randint(1, 99), rng.randint(100, 20000), q["max"]]))
        elif q["kind"] == "several":
            out.append(sorted(rng.sample(range(len(q["options"])), rng.randint(0, 3))))
        else:
            out.append(rng.randrange(len(q["options"])))
    return out


def answers_for(proj, seed: int) -> list:
    return random_answers(proj, random.Random(seed))


def start(pg):
    pg.locator(QUIZ).get_by_role("button", name="Start the quiz").click()
    pg.wait_for_selector(LEGEND)


def focused(pg) -> str:
    """What has the focus: tag, and its text."""
    return pg.evaluate("(() => { const e = document.activeElement; return e.tagName + ':' + e.textContent.trim(); })()")


def progress(pg) -> str:
    return pg.locator(f"{QUIZ} .cq-progress").inner_text()


def shown_result(pg) -> list[str]:
    """The result lists as the reader sees them: one line per role, then per path."""
    pg.wait_for_selector(f"{QUIZ} .cq-list")
    return pg.locator(f"{QUIZ} .cq-item__head").all_inner_texts()


def expected_heads(proj, answers) -> list[str]:
    """The same lines computed by the Python reference."""
    ref = quiz.result(proj, answers)
    labels = {lv["id"]: lv["label"] for lv in proj["scoring"]["fit_levels"]}
    names = {kind: {i["id"]: i["name"] for i in proj[kind]} for kind in KINDS}
    return [f"{names[kind][e['id']]} {labels[e['level']]} · {e['percent']}%" for kind in ("roles", "paths") for e in ref[kind]]


def differences(got, want, where="") -> list[str]:
    """Where two JSON values differ; numbers may differ by 1e-12 (Math.exp and math.exp), ints and floats alike."""
    if isinstance(want, bool) or isinstance(got, bool) or want is None or isinstance(want, str):
        return [] if got == want and type(got) is type(want) else [f"{where}: {got!r} != {want!r}"]
    if isinstance(want, (int, float)):
        ok = isinstance(got, (int, float)) and abs(got - want) <= 1e-12
        return [] if ok else [f"{where}: {got!r} != {want!r}"]
    if isinstance(want, dict):
        if not isinstance(got, dict) or got.keys() != want.keys():
            return [f"{where}: keys {sorted(got) if isinstance(got, dict) else got!r} != {sorted(want)}"]
        return [d for k in want for d in differences(got[k], want[k], f"{where}.{k}")]
    if isinstance(want, (list, tuple)):
        if not isinstance(got, list) or len(got) != len(want):
            return [f"{where}: {got!r} != {want!r}"]
        return [d for i, (g, w) in enumerate(zip(got, want, strict=True)) for d in differences(g, w, f"{where}[{i}]")]
    raise TypeError(type(want))


# Parity: 240 random answer sets in one page, one evaluate call per batch

PARITY = """([data, batch]) => batch.map(([a, every, blocked]) => {
  const Q = CrossroadsQuiz, r = Q.result(data, a);
  const at = (kind, id) => data[kind].findIndex(x => x.id === id);
  const words = {}, code = Q.encode(data, a);
  for (const kind of ["paths", "roles"]) {
    words[kind] = r[kind].map(e => e.reasons.map(x => Q.reasonText(data, a, kind, at(kind, e.id), x)));
  }
  return {result: r, words: words,
    limits: r.not_now.map(e => e.limits.map(l => Q.limitText(data, a, data.roles[at("roles", e.id)], l))),
    every: every.map(([kind, i, rs]) => rs.map(x => Q.reasonText(data, a, kind, i, x))),
    everyLimit: blocked.map(([i, ls]) => ls.map(l => Q.limitText(data, a, data.roles[i], l))),
    code: code, back: Q.decode(data, "#" + code)};
})"""


def test_240_random_answer_sets_give_the_same_result_words_and_link_in_the_browser(open_page, proj):
    pg = open_page()
    wait_until(pg, "window.CrossroadsQuiz !== undefined")
    rng = random.Random(20261204)
    sets = [random_answers(proj, rng) for _ in range(240)]
    seen = {"against": 0, "for": 0, "several": 0, "hours": 0, "months": 0, "cost": 0, "reverses": 0, "holds": 0}
    for start_at in range(0, len(sets), 60):
        batch = sets[start_at:start_at + 60]
        extra = []
        for answers in batch:
            # every path's and role's reasons (not only those shown) and every role's limits, worded by the browser too
            every = [[kind, i, quiz.reasons(proj, answers, kind, i)] for kind in KINDS for i in range(len(proj[kind]))]
            found = quiz.limits(proj, answers)
            blocked = [[i, b] for i, role in enumerate(proj["roles"]) if (b := quiz.blocked(proj, found, role))]
            extra.append((every, blocked))
        got = pg.evaluate(PARITY, [proj, [[a, e, b] for a, (e, b) in zip(batch, extra, strict=True)]])
        for answers, (every, blocked), g in zip(batch, extra, got, strict=True):
            ref = quiz.result(proj, answers)
            assert differences(g["result"], ref) == [], answers
            idx = {kind: [x["id"] for x in proj[kind]] for kind in KINDS}
            words = {kind: [[quiz_words.reason_text(proj, answers, kind, idx[kind].index(e["id"]), r) for r in e["reasons"]]
                            for e in ref[kind]] for kind in KINDS}
            assert g["words"] == words, answers
            roles = {r["id"]: r for r in proj["roles"]}
            assert g["limits"] == [[quiz_words.limit_text(proj, answers, roles[e["id"]], lim) for lim in e["limits"]]
                                   for e in ref["not_now"]], answers
            assert g["every"] == [[quiz_words.reason_text(proj, answers, kind, i, r) for r in rs] for kind, i, rs in every], answers
            assert g["everyLimit"] == [[quiz_words.limit_text(proj, answers, proj["roles"][i], lim) for lim in ls]
                                       for i, ls in blocked], answers
            assert g["code"] == quiz_data.encode(proj, answers)
            assert g["back"] == quiz_data.decode(proj, "#" + g["code"]) == {"answers": answers}
            # the sentences themselves: for or against, never a percentage, at most `reasons` per item
            for text in [t for kind in KINDS for ts in words[kind] for t in ts]:
                assert text.startswith(("For: ", "Against: ")) and "%" not in text, text
                seen["for" if text.startswith("For") else "against"] += 1
            assert all(len(e["reasons"]) <= proj["scoring"]["reasons"] for kind in KINDS for e in ref[kind])
            seen["several"] += sum(r["trait"] is None for kind in KINDS for e in ref[kind] for r in e["reasons"])
            for e in ref["not_now"]:
                for lim in e["limits"]:
                    seen[lim["limit"]] += 1
            change = ref["change"]["roles"]
            if change:
                seen["reverses" if change["margin"] < 0 else "holds"] += 1
    # the sets reach every branch the parity should cover
    assert all(v > 0 for v in seen.values()), seen
    clean(pg)


BAD_TOKENS = ["", "#", "answers=zzz", "answers=00000000-1", "KEY-", "KEY-1.1", "answers=KEYX-1"]


def test_damaged_and_outdated_links_are_read_the_same_in_the_browser(open_page, proj):
    pg = open_page()
    wait_until(pg, "window.CrossroadsQuiz !== undefined")
    answers = answers_for(proj, 2)
    answers[index(proj, "background")] = [0, 2]
    answers[index(proj, "goal")] = 250
    tokens = quiz_data.encode(proj, answers).split("-", 1)[1].split(".")
    g, b = index(proj, "goal"), index(proj, "background")

    def with_token(i, t):
        return f"answers={proj['key']}-" + ".".join(t if j == i else x for j, x in enumerate(tokens))
    fragments = [f.replace("KEY", proj["key"]) for f in BAD_TOKENS] + [
        with_token(g, "0"), with_token(g, "01"), with_token(g, "-5"), with_token(g, str(proj["questions"][g]["max"] + 1)),
        with_token(g, ""), with_token(g, str(proj["questions"][g]["max"])),
        with_token(b, "31"), with_token(b, "11"), with_token(b, "z"), with_token(b, ""),
        with_token(0, "0"), with_token(0, "z"), with_token(0, "12"), with_token(0, ""),
        quiz_data.encode(proj, answers), quiz_data.encode(proj, answers) + ".1",
    ]
    got = pg.evaluate("([data, fs]) => fs.map(f => CrossroadsQuiz.decode(data, f))", [proj, fragments])
    want = [quiz_data.decode(proj, f) for f in fragments]
    assert got == want
    assert {"error": "damaged"} in want and {"error": "outdated"} in want and None in want
    clean(pg)


# Keyboard, result and share link

def keyboard_answer(pg, q, answer):
    """Answer the question on screen with the keyboard only; focus ends on Back."""
    if q["kind"] == "amount":
        pg.keyboard.press("Tab")
        assert pg.evaluate("document.activeElement.id") == "cq-amount"
        if answer is not None:
            pg.keyboard.type(str(answer))
        pg.keyboard.press("Tab")
    elif q["kind"] == "several":
        for oi in range(len(q["options"])):
            pg.keyboard.press("Tab")
            if oi in answer:
                pg.keyboard.press("Space")
        pg.keyboard.press("Tab")
        checked = pg.locator(f"{QUIZ} input[type=checkbox]:checked").evaluate_all("xs => xs.map(x => Number(x.value))")
        assert checked == answer
    else:
        pg.keyboard.press("Tab")                              # into the radio group (first option)
        if answer == 0:
            pg.keyboard.press("Space")
        for _ in range(answer):
            pg.keyboard.press("ArrowDown")
        assert pg.locator(f"{QUIZ} input[type=radio]:checked").get_attribute("value") == str(answer)
        pg.keyboard.press("Tab")
    assert focused(pg) == "BUTTON:Back"


def test_keyboard_only_quiz_matches_the_reference_and_the_link_reproduces_it(open_page, proj):
    pg = open_page()
    pg.wait_for_selector(f"{QUIZ} button")
    for _ in range(150):                                  # Tab from the top of the page to the start button
        pg.keyboard.press("Tab")
        if focused(pg) == "BUTTON:Start the quiz":
            break
    assert focused(pg) == "BUTTON:Start the quiz"
    pg.keyboard.press("Enter")
    answers = answers_for(proj, 7)
    answers[index(proj, "background")] = [1, 3]
    answers[index(proj, "goal")] = 1200
    n = len(proj["questions"])
    for i, (q, answer) in enumerate(zip(proj["questions"], answers, strict=True)):
        assert focused(pg) == f"LEGEND:{q['text']}"            # focus moved to the new question, visibly
        assert pg.evaluate("getComputedStyle(document.activeElement).outlineStyle") == "solid"
        assert progress(pg) == f"Question {i + 1} of {n}"
        keyboard_answer(pg, q, answer)
        pg.keyboard.press("Tab")                              # Next / See my result
        assert focused(pg) == ("BUTTON:Next" if i + 1 < n else "BUTTON:See my result")
        pg.keyboard.press("Enter")
    pg.wait_for_selector(f"{QUIZ} .cq-list")
    assert focused(pg) == "H2:Your result"
    wait_until(pg, "document.querySelector('#crossroads-quiz [aria-live]').textContent.includes('Your result is ready')")
    assert shown_result(pg) == expected_heads(proj, answers)
    assert pg.url.endswith("quiz/#" + quiz_data.encode(proj, answers))
    assert pg.locator("#cq-link").input_value() == pg.url
    clean(pg)

    other = open_page("quiz/#" + quiz_data.encode(proj, answers))   # the share link, in a new page
    assert shown_result(other) == expected_heads(proj, answers)
    clean(other)


def walk_to(pg, qid: str, proj):
    """From the start screen, answer every question before `qid` with its first option (no tick, no goal)."""
    start(pg)
    for q in proj["questions"][:index(proj, qid)]:
        if q["kind"] in ("choice", "scale"):
            pg.locator(f"{QUIZ} .cq-option").first.click()
        pg.locator(QUIZ).get_by_role("button", name="Next").click()
    assert pg.locator(LEGEND).inner_text() == proj["questions"][index(proj, qid)]["text"]


def test_the_income_goal_refuses_what_is_not_a_whole_number_and_allows_empty(open_page, proj):
    pg = open_page()
    walk_to(pg, "goal", proj)
    field, error = pg.locator("#cq-amount"), pg.locator(f"{QUIZ} .cq-error")
    assert not error.is_visible()
    here = progress(pg)
    for bad in ["abc", "-5", "0", "12.5", str(proj["questions"][index(proj, "goal")]["max"] + 1)]:
        field.fill(bad)
        pg.locator(QUIZ).get_by_role("button", name="Next").click()
        assert error.is_visible() and "whole number" in error.inner_text(), bad
        assert progress(pg) == here, bad
        assert pg.evaluate("document.activeElement.id") == "cq-amount", bad
        assert field.get_attribute("aria-invalid") == "true"
        field.fill("")                                       # typing again hides the error
        assert not error.is_visible()
    pg.locator(QUIZ).get_by_role("button", name="Next").click()   # empty: allowed
    assert progress(pg) != here and pg.locator(LEGEND).inner_text() == proj["questions"][index(proj, "goal") + 1]["text"]
    pg.locator(QUIZ).get_by_role("button", name="Back").click()
    assert field.input_value() == ""
    field.fill("1,000")                                      # read as 1000
    pg.locator(QUIZ).get_by_role("button", name="Next").click()
    pg.locator(QUIZ).get_by_role("button", name="Back").click()
    assert field.input_value() == "1000"
    pg.locator(QUIZ).get_by_role("button", name="Next").click()
    # the starting points: none ticked is allowed, and the result link carries the goal and no tick
    assert pg.locator(f"{QUIZ} input[type=checkbox]:checked").count() == 0
    pg.locator(QUIZ).get_by_role("button", name="See my result").click()
    shown_result(pg)
    decoded = quiz_data.decode(proj, pg.url.split("#", 1)[1])["answers"]
    assert decoded[index(proj, "goal")] == 1000 and decoded[index(proj, "background")] == []
    assert shown_result(pg) == expected_heads(proj, decoded)
    clean(pg)


def test_next_without_an_answer_asks_for_one_and_back_keeps_answers(open_page, proj):
    pg = open_page()
    start(pg)
    pg.locator(QUIZ).get_by_role("button", name="Next").click()
    assert pg.locator(f"{QUIZ} .cq-error").is_visible()
    assert progress(pg).startswith("Question 1 of")
    pg.locator(f"{QUIZ} .cq-option").nth(2).click()
    assert not pg.locator(f"{QUIZ} .cq-error").is_visible()
    pg.locator(QUIZ).get_by_role("button", name="Next").click()
    assert progress(pg).startswith("Question 2 of")
    pg.locator(QUIZ).get_by_role("button", name="Back").click()
    assert pg.locator(f"{QUIZ} input:checked").get_attribute("value") == "2"
    pg.locator(QUIZ).get_by_role("button", name="Back").click()
    assert focused(pg) == f"H2:Find your path in {len(proj['questions'])} questions"
    clean(pg)


def test_ticks_are_kept_going_back_and_forth(open_page, proj):
    pg = open_page()
    walk_to(pg, "background", proj)
    labels = [o["label"] for o in proj["questions"][index(proj, "background")]["options"]]
    pg.locator(QUIZ).get_by_label(labels[2], exact=True).check()
    pg.locator(QUIZ).get_by_label(labels[0], exact=True).check()
    pg.locator(QUIZ).get_by_label(labels[2], exact=True).uncheck()
    pg.locator(QUIZ).get_by_label(labels[3], exact=True).check()
    pg.locator(QUIZ).get_by_role("button", name="Back").click()
    pg.locator(QUIZ).get_by_role("button", name="Next").click()
    checked = pg.locator(f"{QUIZ} input[type=checkbox]:checked").evaluate_all("xs => xs.map(x => Number(x.value))")
    assert checked == [0, 3]
    pg.locator(QUIZ).get_by_role("button", name="See my result").click()
    shown_result(pg)
    assert quiz_data.decode(proj, pg.url.split("#", 1)[1])["answers"][index(proj, "background")] == [0, 3]
    clean(pg)


# The result: what each top role shows, and where its links go

def rich_answers(proj) -> list:
    """An answer set with middle answers, two ticks, a goal, and a limit that sets roles aside as not now."""
    for seed in range(2000):
        answers = answers_for(proj, seed)
        answers[index(proj, "background")] = [0, 3]
        answers[index(proj, "goal")] = 1500
        ref = quiz.result(proj, answers)
        middles = [i for i, q in enumerate(proj["questions"]) if q["kind"] in ("choice", "scale")
                   and quiz.is_middle(proj, q["options"][answers[i]])]
        if ref["not_now"] and len(middles) >= 3 and len(ref["roles"]) == proj["scoring"]["top_roles"] \
                and any(not r["for"] for e in ref["roles"] for r in e["reasons"]):
            return answers
    raise AssertionError("no answer set with middle answers and a role not now")


def fetch(url: str) -> str:
    with urllib.request.urlopen(url) as response:
        return response.read().decode("utf-8")


def test_every_top_role_shows_pay_cost_time_work_reasons_and_its_next_steps(open_page, proj, served):
    answers = rich_answers(proj)
    ref = quiz.result(proj, answers)
    pg = open_page("quiz/#" + quiz_data.encode(proj, answers))
    assert shown_result(pg) == expected_heads(proj, answers)
    roles = {r["id"]: (i, r) for i, r in enumerate(proj["roles"])}
    hours = quiz.limits(proj, answers)["hours"][1]
    middle_labels = {o["label"] for q in proj["questions"] if q["kind"] in ("choice", "scale")
                     for o in q["options"] if quiz.is_middle(proj, o)}
    items = pg.locator(f"{QUIZ} .cq-list").first.locator(":scope > li")
    assert items.count() == len(ref["roles"]) == proj["scoring"]["top_roles"]
    for n, e in enumerate(ref["roles"]):
        i, role = roles[e["id"]]
        item = items.nth(n)
        facts = dict(zip(item.locator("dt").all_inner_texts(), item.locator("dd").all_inner_texts(), strict=True))
        assert list(facts) == ["Pay", "Start-up cost", "First income", "Work"]
        pay = role["pay"][0] if role["pay"] else None
        assert facts["Pay"].startswith(pay["measure"][:1].upper() + pay["measure"][1:] + ": " if pay else "No reliable figure")
        assert facts["Start-up cost"] == f"${role['cost'][0]:,} to ${role['cost'][1]:,}"
        assert facts["First income"] == f"usually {role['months'][0]} to {role['months'][1]} months"
        assert facts["Work"] == proj["labels"]["mode"][role["mode"]]
        why = item.locator(".cq-why li").all_inner_texts()
        assert why == [quiz_words.reason_text(proj, answers, "roles", i, r) for r in e["reasons"]]
        assert len(why) <= 3 and all(w.startswith(("For: ", "Against: ")) and "%" not in w for w in why)
        assert not any(label in w for w in why for label in middle_labels)
        experiment = item.get_by_role("link", name="Its first experiment", exact=True).get_attribute("href")
        assert experiment == served + f"roles/{e['id']}/#first-experiment"
        assert 'id="first-experiment"' in fetch(experiment.split("#")[0])
        plan = item.get_by_role("link", name="A plan for your first month", exact=True).get_attribute("href")
        assert plan == served + f"plans/{e['id']}/?hours={hours}&goal=1500"
        fetch(plan)                                          # the plan page exists
    # not now: the roles a limit sets aside, with the limit in words
    not_now = pg.locator(f"{QUIZ} .cq-notnow li").all_inner_texts()
    assert not_now == [next(r["name"] for r in proj["roles"] if r["id"] == e["id"]) + ": " + "; and ".join(
        quiz_words.limit_text(proj, answers, roles[e["id"]][1], lim) for lim in e["limits"]) + "." for e in ref["not_now"]]
    assert not_now
    clean(pg)


def test_without_a_goal_the_plan_link_carries_only_the_hours(open_page, proj, served):
    answers = answers_for(proj, 9)
    answers[index(proj, "goal")] = None
    ref = quiz.result(proj, answers)
    pg = open_page("quiz/#" + quiz_data.encode(proj, answers))
    shown_result(pg)
    hours = quiz.limits(proj, answers)["hours"][1]
    plans = pg.locator(QUIZ).get_by_role("link", name="A plan for your first month", exact=True).evaluate_all(
        "as => as.map(a => a.href)")
    assert plans == [served + f"plans/{e['id']}/?hours={hours}" for e in ref["roles"]]
    clean(pg)


def test_compare_your_top_two_opens_the_compare_page_with_both(open_page, proj, served):
    answers = answers_for(proj, 4)
    ref = quiz.result(proj, answers)
    a, b = ref["roles"][0]["id"], ref["roles"][1]["id"]
    names = {r["id"]: r["name"] for r in proj["roles"]}
    pg = open_page("quiz/#" + quiz_data.encode(proj, answers))
    shown_result(pg)
    link = pg.locator(f"{QUIZ} .cq-compare a")
    assert link.inner_text() == f"Compare your top two roles side by side: {names[a]} and {names[b]}"
    assert link.get_attribute("href") == served + f"roles/compare/?a={a}&b={b}"
    link.click()
    pg.wait_for_selector(".cr-compare__view .cr-compare__grid")
    assert pg.locator(".cr-compare__view .cr-compare__head a").all_inner_texts() == [names[a], names[b]]
    assert pg.locator("select[name=a]").input_value() == a and pg.locator("select[name=b]").input_value() == b
    clean(pg)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_result_fits_a_phone_without_sideways_scrolling(open_page, proj, scheme):
    pg = open_page("quiz/#" + quiz_data.encode(proj, rich_answers(proj)), scheme, width=390)
    shown_result(pg)
    assert pg.evaluate("document.documentElement.scrollWidth") <= 390
    # and every question screen too (the longest labels)
    pg.locator(QUIZ).get_by_role("button", name="Retake the quiz").click()
    for q in proj["questions"]:
        assert pg.evaluate("document.documentElement.scrollWidth") <= 390, q["id"]
        if q["kind"] in ("choice", "scale"):
            pg.locator(f"{QUIZ} .cq-option").first.click()
        pg.locator(f"{QUIZ} button[type=submit]").click()
    shown_result(pg)
    clean(pg)


def test_copy_link_and_retake(open_page, proj):
    answers = answers_for(proj, 3)
    pg = open_page("quiz/#" + quiz_data.encode(proj, answers))
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


# Hostile or missing data

def test_text_from_the_data_is_never_parsed_as_html(browser, served, proj):
    evil = "<img src=x onerror=\"window.__xss = 1\"> *boo*"
    data = json.loads(json.dumps(proj))
    data["questions"][0]["text"] = evil
    data["questions"][0]["options"][0]["label"] = evil
    data["questions"][index(proj, "background")]["options"][0]["label"] = evil
    data["questions"][index(proj, "goal")]["hint"] = evil
    context = browser.new_context()
    pg = context.new_page()
    pg.route(f"**{PREFIX}{routes.QUIZ_DATA}", lambda route: route.fulfill(json=data))
    pg.goto(served + "quiz/")
    start(pg)
    assert pg.locator(LEGEND).text_content() == evil
    assert pg.locator(f"{QUIZ} .cq-option span").first.text_content() == evil
    pg.locator(f"{QUIZ} .cq-option").first.click()
    for _ in range(index(proj, "goal")):
        if pg.locator(f"{QUIZ} .cq-option").count():
            pg.locator(f"{QUIZ} .cq-option").first.click()
        pg.locator(QUIZ).get_by_role("button", name="Next").click()
    assert pg.locator("#cq-amount-hint").text_content() == evil
    pg.locator(QUIZ).get_by_role("button", name="Next").click()
    assert pg.locator(f"{QUIZ} .cq-option span").first.text_content() == evil
    pg.locator(f"{QUIZ} .cq-option").first.click()
    pg.locator(QUIZ).get_by_role("button", name="See my result").click()
    pg.wait_for_selector(f"{QUIZ} .cq-list")
    assert pg.locator(f"{QUIZ} img").count() == 0 and pg.evaluate("window.__xss") is None
    context.close()


def test_data_that_cannot_be_loaded_gives_a_message(browser, served):
    context = browser.new_context()
    pg = context.new_page()
    pg.route(f"**{PREFIX}{routes.QUIZ_DATA}", lambda route: route.fulfill(json={"schema_version": 1}))
    pg.goto(served + "quiz/")
    pg.wait_for_selector(f"{QUIZ} .cq-notice")
    assert "could not be loaded" in pg.locator(f"{QUIZ} .cq-notice").inner_text()
    context.close()


# Bad fragments

def outdated(proj) -> list[str]:
    code = quiz_data.encode(proj, answers_for(proj, 1))
    return ["answers=00000000-" + code.split("-", 1)[1], code + ".1", code.rsplit(".", 1)[0]]


def test_a_bad_fragment_shows_the_start_screen_with_a_notice(open_page, proj):
    key = proj["key"]
    cases = [(f, "could not be read") for f in ["%%garbage<script>", "answers=zzz", f"answers={key}-" + ".".join("z" * len(proj["questions"]))]]
    cases += [(f, "older version") for f in outdated(proj)]
    code = quiz_data.encode(proj, answers_for(proj, 1)).split(".")
    cases.append((".".join(code[:index(proj, "goal")] + ["0"] + code[index(proj, "goal") + 1:]), "could not be read"))
    for fragment, words in cases:
        assert quiz_data.decode(proj, fragment) is not None and "error" in quiz_data.decode(proj, fragment)
        pg = open_page("quiz/#" + fragment)
        pg.wait_for_selector(f"{QUIZ} .cq-notice")
        assert words in pg.locator(f"{QUIZ} .cq-notice").inner_text() and "ignored" in pg.locator(f"{QUIZ} .cq-notice").inner_text()
        assert pg.locator(QUIZ).get_by_role("button", name="Start the quiz").is_visible()
        assert pg.locator(f"{QUIZ} .cq-list").count() == 0
        clean(pg)


def test_a_result_link_opened_on_the_quiz_page_shows_its_result(open_page, proj):
    pg = open_page()
    pg.wait_for_selector(f"{QUIZ} button")
    answers = answers_for(proj, 11)
    pg.evaluate("hash => { location.hash = hash; }", quiz_data.encode(proj, answers))
    assert shown_result(pg) == expected_heads(proj, answers)
    clean(pg)


# Reached by the menu, and back

def test_reaching_the_quiz_by_the_menu_binds_once(open_page, proj):
    pg = open_page("")
    for _ in range(2):                                    # there and back twice: still one set of handlers
        pg.locator("nav.md-nav--primary a.md-nav__link", has_text="Take the quiz").first.click()
        pg.wait_for_url(f"**{PREFIX}quiz/")
        start(pg)
        pg.locator(f"{QUIZ} .cq-option").first.click()
        pg.locator(QUIZ).get_by_role("button", name="Next").click()
        assert progress(pg) == f"Question 2 of {len(proj['questions'])}"
        assert pg.locator(f"{QUIZ} form").count() == 1
        pg.locator("nav.md-nav--primary a.md-nav__link", has_text="Home").first.click()
        pg.wait_for_url(lambda url: url.rstrip("/").endswith(PREFIX.rstrip("/")))
    clean(pg)


def test_back_from_a_role_page_returns_to_the_result(open_page, proj):
    answers = answers_for(proj, 5)
    pg = open_page("quiz/#" + quiz_data.encode(proj, answers))
    before = shown_result(pg)
    pg.locator(f"{QUIZ} .cq-list").first.locator(".cq-item__head a").first.click()
    pg.wait_for_url("**/roles/**")
    pg.go_back()
    pg.wait_for_url("**/quiz/#answers=*")
    assert shown_result(pg) == before
    clean(pg)


# Accessibility: axe-core on every screen and question kind, light and dark

def axe(pg) -> list[str]:
    """axe-core on the quiz at rest: the pointer moved off the page first, so a link or option left under it
    where the last button was is not checked in its hover colour (Material's hover accent), nor half-way
    through the colour's transition back."""
    pg.mouse.move(0, 0)
    wait_until(pg, "document.getAnimations().every(a => a.playState !== 'running')")
    return axe_violations(pg, context=QUIZ)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_nothing_on_any_screen(open_page, proj, scheme):
    pg = open_page("quiz/", scheme)
    pg.wait_for_selector(f"{QUIZ} button")
    found = {"start": axe(pg)}
    start(pg)
    pg.locator(QUIZ).get_by_role("button", name="Next").click()       # the error state
    found["error"] = axe(pg)
    kinds = {}
    for q in proj["questions"]:
        if q["kind"] in ("choice", "scale"):
            pg.locator(f"{QUIZ} .cq-option").first.click()
        if q["kind"] not in kinds:
            if q["kind"] == "several":
                pg.locator(f"{QUIZ} .cq-option").nth(1).click()
            kinds[q["kind"]] = axe(pg)
        if q["kind"] == "amount":
            pg.locator("#cq-amount").fill("abc")
            pg.locator(QUIZ).get_by_role("button", name="Next").click()
            found["amount error"] = axe(pg)
            pg.locator("#cq-amount").fill("900")
        pg.locator(f"{QUIZ} button[type=submit]").click()
    assert set(kinds) == {"choice", "scale", "several", "amount"}
    found.update(kinds)
    shown_result(pg)
    found["result"] = axe(pg)
    clean(pg)
    rich = open_page("quiz/#" + quiz_data.encode(proj, rich_answers(proj)), scheme)   # with not now
    shown_result(rich)
    found["result with not now"] = axe(rich)
    notice = open_page("quiz/#garbage", scheme)
    notice.wait_for_selector(f"{QUIZ} .cq-notice")
    found["notice"] = axe(notice)
    assert found == {k: [] for k in found}
    clean(rich)
    clean(notice)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_nothing_on_how_the_quiz_works(open_page, scheme):
    pg = open_page(routes.url(routes.PAGES["quiz_how"]), scheme)
    assert pg.locator("h1").inner_text().startswith("How the quiz works")
    assert axe_violations(pg, context=".md-content") == []
    clean(pg)
