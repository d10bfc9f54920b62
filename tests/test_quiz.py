"""The quiz in Python: reference scoring, the data file against its schema, the "How it works" page."""

from __future__ import annotations

import gzip
import html
import json
import math
import random
import re
from pathlib import Path

import pytest

from crossroads import config as settings
from crossroads import routes
from crossroads.content import check as content_mod
from crossroads.content import schemas
from crossroads.model import dataset as model
from crossroads.model import quiz, quiz_data, quiz_words
from crossroads.pages import quiz_how
from crossroads.publish import api
from tests import mini, quizspread

ROOT = mini.ROOT
SCRIPT = ROOT / "docs" / "assets" / "quiz.js"


@pytest.fixture(scope="module")
def data():
    """The real content as a Dataset."""
    return model.build(content_mod.check(ROOT / "content", ROOT / "schema"))


@pytest.fixture(scope="module")
def proj(data):
    return quiz_data.projection(data)


def tiny(**scoring):
    """A hand-checkable projection: two traits, a choice, a scale with a middle answer, the starting points,
    limits and the income goal; two paths, three roles."""
    words = {"high": "{it} is high", "middle": "{it} is middling", "low": "{it} is low"}
    return {
        "scoring": {"distance_power": 1, "spread": 1, "path_spread": 1, "top_roles": 5, "reasons": 3, "reasons_against": 1,
                    "reason_min_lead": 0.1, "middle_band": 0.1, "word_bands": {"low": 0.35, "high": 0.65},
                    "background_match": [1, 0.5],
                    "fit_levels": [{"id": "strong", "label": "Strong", "min": 0.8}, {"id": "good", "label": "Good", "min": 0.6},
                                   {"id": "weak", "label": "Weak", "min": 0}],
                    "limits": {"full_time_min_hours": 10, "months_factor": 1.5, "cost_factor": 2,
                               "words": {"hours": "{it} is a full-time job", "months": "first income takes {low} to {high} months",
                                         "cost": "starting costs {low} to {high}"}}} | scoring,
        "traits": [{"id": "tech", "name": "Tech", "weight": 2, "words": words},
                   {"id": "words", "name": "Words", "weight": 1, "words": words}],
        "questions": [
            {"id": "q1", "kind": "choice", "text": "Q1?", "weight": 2, "options": [
                {"id": "code", "label": "Code", "contributes": [[0, 1], [1, 0]], "says": "you like code"},
                {"id": "prose", "label": "Prose", "contributes": [[0, 0], [1, 1]], "says": "you like prose"}]},
            {"id": "q2", "kind": "scale", "text": "Q2?", "weight": 1, "options": [
                {"id": "low", "label": "Low", "contributes": [[1, 0]], "says": "words are not for you"},
                {"id": "mid", "label": "Mid", "contributes": [[1, 0.5]]},
                {"id": "none", "label": "None", "contributes": []}]},
            {"id": "hours", "kind": "choice", "text": "Hours?", "weight": 1, "options": [
                {"id": "five", "label": "5", "contributes": [], "says": "you have 5 hours", "limit": {"hours": 5}},
                {"id": "many", "label": "40", "contributes": [], "limit": {"hours": 40}}]},
            {"id": "soon", "kind": "choice", "text": "Soon?", "weight": 1, "options": [
                {"id": "now", "label": "Now", "contributes": [], "says": "you need money now", "limit": {"months": 2}},
                {"id": "later", "label": "Later", "contributes": []}]},
            {"id": "budget", "kind": "choice", "text": "Budget?", "weight": 1, "options": [
                {"id": "none", "label": "None", "contributes": [], "says": "you can spend $100", "limit": {"usd": 100}},
                {"id": "lots", "label": "Lots", "contributes": []}]},
            {"id": "from", "kind": "several", "text": "From?", "weight": 2, "says": "you start from {names}",
             "near": "{it} is near", "far": "{it} is far", "options": [
                {"id": "dev", "label": "Developer", "contributes": [], "roles": ["coder", "mixed"]},
                {"id": "poet", "label": "Poet", "contributes": [], "roles": ["scribe"]}]},
            {"id": "goal", "kind": "amount", "text": "Goal?", "unit": "dollars", "max": 1000},
        ],
        "paths": [{"id": "tech", "profile": [1, 0]}, {"id": "prose", "profile": [0, 1]}],
        "roles": [{"id": "coder", "paths": ["tech"], "profile": [1, 0], "mode": "full_time", "cost": [500, 900], "months": [12, 24]},
                  {"id": "scribe", "paths": ["prose"], "profile": [0, 1], "mode": "side_hustle", "cost": [0, 50], "months": [1, 2]},
                  {"id": "mixed", "paths": ["tech", "prose"], "profile": [0.5, 0.5], "mode": "both", "cost": [0, 100], "months": [2, 6]}],
    }


NONE = [None, None, None, None, None, [], None]     # nothing answered


def answers(**given):
    """Answers by question id, for tiny()."""
    ids = [q["id"] for q in tiny()["questions"]]
    out = list(NONE)
    for k, v in given.items():
        out[ids.index(k)] = v
    return out


def curve(spread, lead):
    return 1 / (1 + math.exp(-4 * spread * lead))


# Scoring

def test_nothing_answered_scores_every_item_fifty_percent():
    p = tiny()
    assert quiz.scores(p, NONE) == {"paths": {"tech": 0.5, "prose": 0.5}, "roles": {"coder": 0.5, "scribe": 0.5, "mixed": 0.5}}


def test_a_score_is_the_curve_of_the_weighted_lead_over_the_average_item():
    p = tiny()
    # q1 "code" (tech 1 ×2, words 0 ×1): coder matches 1, scribe 0, mixed 0.5; mean 0.5 → leads 0.5, −0.5, 0
    s = quiz.scores(p, answers(q1=0))["roles"]
    assert s["coder"] == pytest.approx(curve(1, 0.5)) and s["scribe"] == pytest.approx(curve(1, -0.5)) and s["mixed"] == 0.5
    # adding q2 "low" (weight 1, words 0): coder 1, scribe 0, mixed 0.5 again → the weighted lead stays 0.5
    assert quiz.scores(p, answers(q1=0, q2=0))["roles"]["coder"] == pytest.approx(curve(1, 0.5))
    # a steeper spread separates more; paths use path_spread
    assert quiz.scores(tiny(spread=4), answers(q1=0))["roles"]["coder"] == pytest.approx(curve(4, 0.5))
    assert quiz.scores(tiny(path_spread=2), answers(q1=0))["paths"]["tech"] == pytest.approx(curve(2, 0.5))


def test_a_middle_answer_favours_neither_side():
    p = tiny()
    p["roles"] = [r | {"profile": [r["profile"][0], v]} for r, v in zip(p["roles"], (0.2, 0.8, 0.5), strict=True)]
    # Q2 "mid" (words 0.5) matches 0.7, 0.7 and 1: high and low alike; only the middle role leads
    s = quiz.scores(p, answers(q2=1))["roles"]
    assert s["coder"] == s["scribe"] < 0.5 < s["mixed"]
    p["roles"] = [r | {"profile": [r["profile"][0], v]} for r, v in zip(p["roles"], (0.2, 0.8, 0.8), strict=True)]
    assert len(set(quiz.scores(p, answers(q2=1))["roles"].values())) == 1


def test_answers_that_count_for_nothing_are_left_out():
    p = tiny()
    assert quiz.scores(p, answers(q1=0, q2=2)) == quiz.scores(p, answers(q1=0))
    assert quiz.scores(p, answers(goal=500)) == quiz.scores(p, NONE)          # the income goal is never scored
    assert quiz.scores(p, answers(hours=0)) == quiz.scores(p, NONE)           # a limit alone is not a taste


def test_starting_points_match_by_place_and_a_path_by_its_best_role():
    p = tiny()
    s = quiz.scores(p, answers(**{"from": [0]}))
    # Developer: coder 1, mixed 0.5, scribe 0 → mean 0.5; leads 0.5, −0.5, 0 (weight 2)
    assert s["roles"]["coder"] == pytest.approx(curve(1, 0.5)) and s["roles"]["mixed"] == 0.5
    # paths: tech's best role is coder (1); prose's is mixed (0.5)
    assert s["paths"]["tech"] == pytest.approx(curve(1, 0.25)) and s["paths"]["prose"] == pytest.approx(curve(1, -0.25))
    # two ticks: each role takes its best
    both = quiz.scores(p, answers(**{"from": [0, 1]}))["roles"]
    assert both["coder"] == both["scribe"] > both["mixed"]


def test_ranking_keeps_data_order_for_equal_scores():
    p = tiny()
    p["paths"].append({"id": "tech-too", "profile": [1, 0]})
    assert [i for i, _, _ in quiz.ranked(p, answers(q1=0), "paths")] == [0, 2, 1]


def test_levels_and_percentages():
    p = tiny()
    assert [quiz.level(p, s) for s in (0.8, 0.79, 0.6, 0.1)] == ["strong", "good", "good", "weak"]
    assert quiz.percent(0.125) == 13 and quiz.percent(0.8049) == 80 and quiz.percent(1.0) == 100


# Limits: "not now"

def test_a_role_beyond_a_hard_limit_is_not_now_and_never_first():
    p = tiny()
    best_for_coder = answers(q1=0, **{"from": [0]})
    assert quiz.ranked(p, best_for_coder, "roles")[0][0] == 0
    # five hours a week: the full-time-only coder is set aside, whatever its score
    five = answers(q1=0, hours=0, **{"from": [0]})
    order = quiz.ranked(p, five, "roles")
    assert [p["roles"][i]["id"] for i, _, _ in order] == ["mixed", "scribe", "coder"]
    assert order[-1][2] == [{"limit": "hours", "question": "hours"}]
    r = quiz.result(p, five)
    assert [e["id"] for e in r["roles"]] == ["mixed", "scribe"]
    assert r["not_now"] == [{"id": "coder", "score": order[-1][1], "percent": quiz.percent(order[-1][1]),
                             "limits": [{"limit": "hours", "question": "hours"}]}]
    # money needed now (2 months × 1.5 < 12) and $100 budget (× 2 < 500): both named, in that order
    all_three = answers(q1=0, hours=0, soon=0, budget=0)
    assert [x["limit"] for x in quiz.ranked(p, all_three, "roles")[-1][2]] == ["hours", "months", "cost"]
    assert quiz_words.limit_text(p, all_three, p["roles"][0], {"limit": "months", "question": "soon"}) == \
        "you need money now; first income takes 12 to 24 months"
    assert quiz_words.limit_text(p, all_three, p["roles"][0], {"limit": "cost", "question": "budget"}) == \
        "you can spend $100; starting costs $500 to $900"
    # within the factors nothing is set aside: 40 hours, later, lots
    assert all(not x[2] for x in quiz.ranked(p, answers(q1=0, hours=1, soon=1, budget=1), "roles"))


# Reasons

def test_reasons_come_from_answers_that_set_the_item_apart_for_and_against():
    p = tiny()
    a = answers(q1=0, q2=0)
    coder = quiz.reasons(p, a, "roles", 0)
    assert coder == [{"question": "q1", "trait": "tech", "option": "code", "for": True},
                     {"question": "q2", "trait": "words", "option": "low", "for": True}]
    scribe = quiz.reasons(p, a, "roles", 1)
    assert [r["for"] for r in scribe] == [False]          # at most reasons_against against
    assert quiz.reasons(p, a, "roles", 2) == []           # the middle role: nothing sets it apart
    assert quiz_words.reason_text(p, a, "roles", 0, coder[0]) == "For: you like code; this role is high."
    assert quiz_words.reason_text(p, a, "roles", 1, scribe[0]) == "Against: you like code; this role is low."
    assert quiz_words.reason_text(p, a, "paths", 0, coder[0]) == "For: you like code; this path is high."


def test_a_middle_answer_is_never_a_reason():
    p = tiny()
    p["roles"][2]["profile"] = [0.5, 0.9]
    a = answers(q2=1)
    assert quiz.table(p, a, "roles")[0][1][2] != quiz.table(p, a, "roles")[0][2]   # it does lead
    assert all(quiz.reasons(p, a, "roles", i) == [] for i in range(3))


def test_a_reason_for_needs_the_profile_on_the_same_side():
    p = tiny()
    p["roles"] = [r | {"profile": v} for r, v in zip(p["roles"], ([0.55, 0.5], [0, 1], [0, 0.9]), strict=True)]
    # q1 "code" leads for the first role (0.55 is middling on tech): no reason may say "this role is high" of it
    a = answers(q1=0)
    assert quiz.table(p, a, "roles")[0][1][0] > quiz.table(p, a, "roles")[0][2]
    assert quiz.reasons(p, a, "roles", 0) == []


def test_starting_point_reasons_name_the_ticks():
    p = tiny()
    a = answers(**{"from": [0, 1]})
    [r] = quiz.reasons(p, a, "roles", 0)
    assert r == {"question": "from", "trait": None, "option": "dev", "for": True}
    assert quiz_words.reason_text(p, a, "roles", 0, r) == "For: you start from Developer and Poet; this role is near."
    [r] = quiz.reasons(p, answers(**{"from": [1]}), "roles", 0)
    assert quiz_words.reason_text(p, answers(**{"from": [1]}), "roles", 0, r) == "Against: you start from Poet; this role is far."


def test_at_most_three_reasons_one_per_trait():
    p = tiny(reasons=1)
    assert len(quiz.reasons(p, answers(q1=0, q2=0), "roles", 0)) == 1


# What would change it

def test_what_if_finds_the_answer_that_reverses_the_top_item():
    p = tiny()
    change = quiz.what_if(p, answers(q1=0), "paths")
    assert (change["question"], change["option"], change["rival"]) == (0, 1, 1) and change["margin"] < 0
    r = quiz.result(p, answers(q1=0))
    assert r["change"]["paths"] == {"question": "q1", "option": "prose", "rival": "prose", "margin": change["margin"]}
    # a tick can be the change: taking "Developer" away from a developer's ticks
    w = quiz.what_if(p, answers(**{"from": [0]}), "roles")
    assert (w["question"], w["option"]) == (5, 0) and w["margin"] <= 0


# Result links

def test_fragment_round_trip_and_refusals(proj):
    rng = random.Random(7)
    for _ in range(50):
        a = [None if q["kind"] == "amount" and rng.random() < 0.5 else rng.randrange(1, 10**6) if q["kind"] == "amount"
             else sorted(rng.sample(range(len(q["options"])), rng.randrange(3))) if q["kind"] == "several"
             else rng.randrange(len(q["options"])) for q in proj["questions"]]
        text = quiz_data.encode(proj, a)
        assert re.fullmatch(r"answers=[0-9a-f]{8}-[0-9a-z.]*", text)
        assert quiz_data.decode(proj, "#" + text) == {"answers": a}
    good = quiz_data.encode(proj, a)
    assert quiz_data.decode(proj, "") is None
    assert quiz_data.decode(proj, good.replace(proj["key"], "00000000")) == {"error": "outdated"}
    assert quiz_data.decode(proj, good + ".1") == {"error": "outdated"}
    assert quiz_data.decode(proj, good[:-1] + "z") == {"error": "damaged"}
    assert quiz_data.decode(proj, "answers=zz") == {"error": "damaged"}


def test_answer_key_changes_with_question_or_option_ids():
    q = [{"id": "a", "kind": "choice", "options": [{"id": "x"}, {"id": "y"}]}]
    key = quiz_data.answer_key(q)
    assert re.fullmatch(r"[0-9a-f]{8}", key)
    assert quiz_data.answer_key([{"id": "a", "kind": "choice", "options": [{"id": "x"}, {"id": "z"}]}]) != key


def test_page_urls():
    assert routes.url("roles/seo-consultant.md") == "roles/seo-consultant/"
    assert routes.url("roles/index.md") == "roles/"
    assert routes.url("index.md") == ""
    assert routes.url(routes.first_experiment("seo-consultant")) == "roles/seo-consultant/#first-experiment"


# The real quiz

def random_answers(proj, rng):
    """One random answer set (tests/quizspread.py's draw)."""
    return quizspread.draw(proj, rng)


def test_the_real_quiz_asks_tastes_and_constraints(data, proj):
    questions = data.quiz["questions"]
    assert 12 <= len(questions) <= 20
    assert {q["kind"] for q in questions} == {"choice", "scale", "several", "amount"}
    limits = {name for q in questions for o in q.get("options", []) for name in o.get("limit", {})}
    assert limits == {"hours", "months", "usd"}
    assert any("business" in o["id"] for q in questions for o in q.get("options", []))   # a choice for business owners
    several = next(q for q in proj["questions"] if q["kind"] == "several")
    assert [o["id"] for o in several["options"]] == list(data.backgrounds)
    traits = [t["id"] for t in data.quiz["traits"]]
    for item in list(data.paths.values()) + list(data.roles.values()):
        assert sorted(item.traits) == sorted(traits), item.id


def test_the_data_file_matches_its_schema(data, proj):
    cfg = settings.Config(root=ROOT, content=ROOT / "content", schema=ROOT / "schema", docs=ROOT / "docs", stamp="2026-01-01T00:00:00Z")
    [asset] = [a for a in api.assets(data, cfg) if a.uri == routes.QUIZ_DATA]
    loaded = json.loads(asset.content.decode("utf-8"))
    assert loaded == proj and loaded["schema_version"] == quiz_data.SCHEMA_VERSION
    errors = [e.message for e in schemas.validator(ROOT / "schema", "quiz-data").iter_errors(loaded)]
    assert errors == []
    assert len(gzip.compress(asset.content, 9)) < 10_000


def test_the_data_file_schema_rejects_a_broken_file(proj):
    broken = json.loads(json.dumps(proj))
    broken["questions"][0]["options"][0]["contributes"] = [[0, 2]]
    del broken["key"]
    errors = list(schemas.validator(ROOT / "schema", "quiz-data").iter_errors(broken))
    assert len(errors) == 2


def test_reasons_over_random_answers_read_true(proj):
    """Over many answer sets: at most three reasons, never a middle answer, never a percentage, and the words
    bear the direction out (for: the answer and the work on the same side of a trait)."""
    rng = random.Random(18)
    middle = {(q["id"], o["id"]) for q in proj["questions"] for o in q.get("options", [])
              if q["kind"] in ("choice", "scale") and quiz.is_middle(proj, o)}
    assert middle                                                          # the check below can fail
    seen_for = seen_against = 0
    for _ in range(150):
        a = random_answers(proj, rng)
        r = quiz.result(proj, a)
        for kind in quiz.KINDS:
            for e in r[kind]:
                index = [x["id"] for x in proj[kind]].index(e["id"])
                assert len(e["reasons"]) <= 3
                assert sum(not x["for"] for x in e["reasons"]) <= proj["scoring"]["reasons_against"]
                for reason in e["reasons"]:
                    assert (reason["question"], reason["option"]) not in middle
                    text = quiz_words.reason_text(proj, a, kind, index, reason)
                    assert "%" not in text and text.startswith(("For: ", "Against: ")) and text.endswith(".")
                    if reason["trait"] is not None:
                        ti = [t["id"] for t in proj["traits"]].index(reason["trait"])
                        option = next(o for q in proj["questions"] if q["id"] == reason["question"]
                                      for o in q["options"] if o["id"] == reason["option"])
                        value = dict(option["contributes"])[ti]
                        side = quiz.band(proj, proj[kind][index]["profile"][ti])
                        if reason["for"]:
                            assert side == ("high" if value > 0.5 else "low"), text
                        else:
                            assert side != ("high" if value > 0.5 else "low"), text
                    seen_for += reason["for"]
                    seen_against += not reason["for"]
    assert seen_for and seen_against


def test_no_role_beyond_a_limit_leads_any_result(proj):
    rng = random.Random(3)
    for _ in range(150):
        a = random_answers(proj, rng)
        r = quiz.result(proj, a)
        found = quiz.limits(proj, a)
        for e in r["roles"]:
            assert quiz.blocked(proj, found, next(x for x in proj["roles"] if x["id"] == e["id"])) == []
        assert all(e["limits"] for e in r["not_now"])


def test_the_scores_tell_roles_apart(proj):
    """The discrimination targets of issue 18 (make bench prints the same figures)."""
    m = quizspread.measure(proj)
    assert m["median_gap_1_5"] >= 15, m
    assert m["median_within_3"] <= 1.5, m
    assert m["share_top_level_at_most_3"] >= 0.9, m
    assert m["all_middle_top_level"] == 0, m


# The "How the quiz works" page

def test_the_method_page_lists_every_weight_contribution_and_profile(data):
    page = quiz_how.page(data)
    assert page.uri == routes.PAGES["quiz_how"] and page.in_nav and page.edit_path == "content/quiz.yml"
    text = html.unescape(page.markdown.replace("\\", ""))      # read it as the reader sees it
    num = quiz_how.num
    for t in data.quiz["traits"]:
        assert f"| {t['name']} | {t['description']} | {num(t['weight'])} |" in text
    sections = text.split("\n### ")[1:]
    assert len(sections) == len(data.quiz["questions"])
    for n, (section, q) in enumerate(zip(sections, data.quiz["questions"], strict=True), 1):
        assert section.startswith(f"{n}. {q['text']}")
        if "weight" in q:
            assert f", weight {num(q['weight'])}." in section
        for o in q.get("options", []):
            assert f"| {o['label']} | {quiz_how.contribution_words(data.quiz, o)} |" in section
        if q["kind"] == "several":
            for b in data.backgrounds.values():
                assert f"| {b.name} | [{data.roles[b.role_ids()[0]].name}](" in section
        if q["kind"] == "amount":
            assert "it changes no score" in section
    for item in list(data.paths.values()) + list(data.roles.values()):
        row = next(line for line in text.splitlines() if line.startswith(f"| [{item.name}]("))
        assert row.split("|")[2:-1] == [f" {num(item.traits[t['id']])} " for t in data.quiz["traits"]], item.id
    s = data.quiz["scoring"]
    power = f"|<sup>{num(s['distance_power'])}</sup>" if s["distance_power"] != 1 else "profile value|. "
    assert power in text and "^" not in text                      # no stray exponent of 1
    assert f"−4 × {num(s['spread'])} × L" in text and f"({num(s['path_spread'])} instead of" in text
    assert f"the {s['top_roles']} best roles" in text and f"at most {s['reasons']} reasons" in text
    assert f"at least {num(s['reason_min_lead'] * 100)} points" in " ".join(text.split())
    assert f"{s['limits']['full_time_min_hours']} hours a week" in text and f"{num(s['limits']['months_factor'])} times" in text
    assert f"between {num(s['weight_range']['min'])} and\n{num(s['weight_range']['max'])}" in text
    for lv in s["fit_levels"]:
        assert f"**{lv['label']}** from {num(lv['min'] * 100)}%" in text
    assert "not a validated psychometric test" in text and "O*NET Interest Profiler" in text
    for r in data.role_order:                                      # what the limits read, per role
        assert f"| {r.startup_cost.low:,.0f} to ${r.startup_cost.high:,.0f} | {r.time_to_first_income.low:g} to" in text.replace("| $", "| ")
    steps = re.findall(r"^(\d+)\. ", text.split("## Traits")[0], re.M)
    assert steps == [str(i) for i in range(1, len(steps) + 1)]     # one list: the numbering never restarts


def test_the_method_page_escapes_text_from_yaml(tmp_path):
    evil = mini.FILES["quiz.yml"].replace("label: Yes please", "label: '<img src=x onerror=alert(1)> | *boo*'")
    root = mini.write(tmp_path, {"quiz.yml": evil})
    dataset = model.build(content_mod.check(root, mini.SCHEMA, today=mini_today()))
    text = quiz_how.page(dataset).markdown
    assert "<img" not in text and "&lt;img src=x onerror=alert(1)&gt; \\| \\*boo\\*" in text
    cfg = settings.Config(root=root, content=root, schema=mini.SCHEMA, docs=root / "docs", stamp="2026-01-01T00:00:00Z")
    loaded = json.loads(next(a.content for a in api.assets(dataset, cfg) if a.uri == routes.QUIZ_DATA))
    assert loaded["questions"][0]["options"][0]["label"] == "<img src=x onerror=alert(1)> | *boo*"


def mini_today():
    import datetime as dt
    return dt.date(2026, 6, 1)


# The shipped script, read as text

def test_the_script_sets_text_safely_and_stores_nothing():
    js = SCRIPT.read_text("utf-8")
    for banned in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "localStorage", "sessionStorage",
                   "document.cookie", "eval(", "new Function", "XMLHttpRequest", "sendBeacon"):
        assert banned not in js, banned
    assert js.count("fetch(") == 0 and js.count("C.getJSON(") == 1   # the quiz data, through crossroads-core.js, nothing else
    assert "C.onPage(start)" in js and "document$" in (SCRIPT.parent / "crossroads-core.js").read_text("utf-8")


def test_the_script_stays_within_its_budget():
    import gzip
    assert len(gzip.compress(SCRIPT.read_bytes(), 9)) <= 12 * 1024


def test_the_quiz_page_links_the_roles_table_and_the_container():
    text = (ROOT / "docs" / "quiz.md").read_text("utf-8")
    assert "(roles/index.md)" in text and f'data-src="{routes.QUIZ_DATA}"' in text and 'id="crossroads-quiz"' in text
    assert Path(ROOT / "docs" / "assets" / "quiz.css").is_file()
