"""The quiz in Python: reference scoring, the data file against its schema, the "How it works" page."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pytest

from crossroads import config as settings
from crossroads import routes
from crossroads.content import check as content_mod
from crossroads.content import schemas
from crossroads.model import dataset as model
from crossroads.model import quiz
from crossroads.pages import quiz_how
from crossroads.publish import api
from tests import mini

ROOT = mini.ROOT
SCRIPT = ROOT / "docs" / "assets" / "quiz.js"


@pytest.fixture(scope="module")
def data():
    """The real content as a Dataset."""
    return model.build(content_mod.check(ROOT / "content", ROOT / "schema"))


@pytest.fixture(scope="module")
def proj(data):
    return quiz.projection(data)


def tiny(power=1, baseline=0.5):
    """A hand-checkable projection: two traits, three questions, two paths, one role."""
    return {
        "scoring": {"distance_power": power, "top_roles": 5, "reasons": 2, "reason_baseline": baseline,
                    "fit_levels": [{"id": "strong", "label": "Strong", "min": 0.8}, {"id": "good", "label": "Good", "min": 0.6},
                                   {"id": "weak", "label": "Weak", "min": 0}]},
        "traits": [{"id": "tech", "name": "Tech", "weight": 2}, {"id": "words", "name": "Words", "weight": 1}],
        "questions": [
            {"id": "q1", "weight": 2, "options": [{"id": "a", "contributes": [[0, 1], [1, 0]]}, {"id": "b", "contributes": [[0, 0], [1, 1]]}]},
            {"id": "q2", "weight": 1, "options": [{"id": "a", "contributes": [[1, 0.5]]}, {"id": "b", "contributes": []}]},
            {"id": "q3", "weight": 1, "options": [{"id": "a", "contributes": [[0, 0.75]]}, {"id": "b", "contributes": [[0, 0.25]]}]},
        ],
        "paths": [{"id": "coder", "profile": [1, 0]}, {"id": "writer", "profile": [0, 1]}],
        "roles": [{"id": "mixed", "profile": [0.5, 0.5]}],
    }


# Scoring

def test_a_perfect_match_scores_one_and_the_opposite_zero():
    p = tiny()
    assert quiz.fit(p, [0, None, None], [1, 0]) == 1.0
    assert quiz.fit(p, [0, None, None], [0, 1]) == 0.0


def test_score_is_the_question_weighted_mean_of_trait_weighted_matches():
    p = tiny()
    # q1 "a" against [0.5, 0.5]: (2·0.5 + 1·0.5) / 3 = 0.5; q2 "a": words 0.5 → 1; q3 "a": tech 0.75 → 0.75
    assert quiz.fit(p, [0, 0, 0], [0.5, 0.5]) == pytest.approx((2 * 0.5 + 1 * 1 + 1 * 0.75) / 4)
    # against the coder [1, 0]: q1 1, q2 0.5, q3 0.75
    assert quiz.fit(p, [0, 0, 0], [1, 0]) == pytest.approx((2 * 1 + 0.5 + 0.75) / 4)


def test_distance_power_forgives_small_differences():
    assert quiz.fit(tiny(power=2), [None, None, 0], [1, 0]) == pytest.approx(1 - 0.25 ** 2)
    assert quiz.fit(tiny(power=1), [None, None, 0], [1, 0]) == pytest.approx(0.75)


def test_an_answer_that_contributes_nothing_is_left_out():
    p = tiny()
    assert quiz.fit(p, [0, 1, None], [1, 0]) == quiz.fit(p, [0, None, None], [1, 0]) == 1.0
    assert quiz.fit(p, [None, 1, None], [1, 0]) == 0.0            # nothing counts at all


def test_ranking_keeps_data_order_for_equal_scores():
    p = tiny()
    p["paths"].append({"id": "coder-too", "profile": [1, 0]})
    assert [i for i, _ in quiz.ranked(p, [0, None, None], "paths")] == [0, 2, 1]


def test_levels_and_percentages():
    p = tiny()
    assert [quiz.level(p, s) for s in (0.8, 0.79, 0.6, 0.1)] == ["strong", "good", "good", "weak"]
    assert quiz.percent(0.125) == 13 and quiz.percent(0.8049) == 80 and quiz.percent(1.0) == 100


def test_reasons_rank_answers_by_weight_times_match_above_the_baseline():
    p = tiny()
    # against the coder: q1 match 1 (w 2 → 1.0), q2 0.5 (w 1 → 0), q3 0.75 (w 1 → 0.25)
    assert quiz.reasons(p, [0, 0, 0], [1, 0]) == [0, 2]
    # against the mixed role: q1 "b" matches 0.5 (w 2), q3 "a" 0.75 (w 1); the baseline decides which counts more
    assert quiz.reasons(tiny(baseline=0), [1, None, 0], [0.5, 0.5]) == [0, 2]
    assert quiz.reasons(tiny(baseline=0.5), [1, None, 0], [0.5, 0.5]) == [2, 0]


def test_what_if_finds_the_answer_that_reverses_the_top_path():
    p = tiny()
    change = quiz.what_if(p, [0, 0, 0], "paths")
    assert (change["question"], change["option"], change["rival"]) == (0, 1, 1)
    assert change["margin"] < 0 and p["paths"][change["top"]]["id"] == "coder"


def test_result_names_ids_levels_and_changes():
    p = tiny()
    r = quiz.result(p, [0, 0, 0])
    assert [e["id"] for e in r["paths"]] == ["coder", "writer"]
    assert r["paths"][0]["reasons"] == ["q1", "q3"] and r["paths"][0]["level"] == "strong"
    assert r["change"]["paths"] == {"question": "q1", "option": "b", "rival": "writer", "margin": r["change"]["paths"]["margin"]}
    assert r["change"]["roles"] is None                               # one role: nothing to overtake it


def test_fragment_and_key():
    q = {"questions": [{"id": "a", "options": [{"id": "x"}, {"id": "y"}]}]}
    key = quiz.answer_key(q)
    assert re.fullmatch(r"[0-9a-f]{8}", key)
    q2 = {"questions": [{"id": "a", "options": [{"id": "x"}, {"id": "z"}]}]}
    assert quiz.answer_key(q2) != key
    assert quiz.encode({"key": key}, [1, 0, 2]) == f"answers={key}-213"


def test_page_urls():
    assert routes.url("roles/seo-consultant.md") == "roles/seo-consultant/"
    assert routes.url("roles/index.md") == "roles/"
    assert routes.url("index.md") == ""


# The real quiz

def test_the_real_quiz_has_10_to_16_questions_with_explicit_contributions(data):
    questions = data.quiz["questions"]
    assert 10 <= len(questions) <= 16
    assert {q["kind"] for q in questions} == {"choice", "scale"}
    assert all("contributes" in o for q in questions for o in q["options"])
    traits = [t["id"] for t in data.quiz["traits"]]
    for item in list(data.paths.values()) + list(data.roles.values()):
        assert sorted(item.traits) == sorted(traits), item.id


def test_the_data_file_matches_its_schema(data, proj):
    cfg = settings.Config(root=ROOT, content=ROOT / "content", schema=ROOT / "schema", docs=ROOT / "docs", stamp="2026-01-01T00:00:00Z")
    [asset] = [a for a in api.assets(data, cfg) if a.uri == routes.QUIZ_DATA]
    loaded = json.loads(asset.content.decode("utf-8"))
    assert loaded == proj and loaded["schema_version"] == quiz.SCHEMA_VERSION
    errors = [e.message for e in schemas.validator(ROOT / "schema", "quiz-data").iter_errors(loaded)]
    assert errors == []
    assert len(asset.content) < 20_000


def test_the_data_file_schema_rejects_a_broken_file(proj):
    broken = json.loads(json.dumps(proj))
    broken["questions"][0]["options"][0]["contributes"] = [[0, 2]]
    del broken["key"]
    errors = list(schemas.validator(ROOT / "schema", "quiz-data").iter_errors(broken))
    assert len(errors) == 2


def test_every_real_answer_set_gets_a_result(proj):
    answers = [len(q["options"]) - 1 for q in proj["questions"]]
    r = quiz.result(proj, answers)
    assert len(r["paths"]) == len(proj["paths"]) and len(r["roles"]) == proj["scoring"]["top_roles"]
    assert all(0 <= e["score"] <= 1 for e in r["paths"] + r["roles"])
    assert all(len(e["reasons"]) == proj["scoring"]["reasons"] for e in r["roles"])


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
        assert section.startswith(f"{n}. {q['text']}") and f", weight {num(q['weight'])}." in section
        for o in q["options"]:
            assert f"| {o['label']} | {quiz_how.contribution_words(data.quiz, o)} |" in section
    for item in list(data.paths.values()) + list(data.roles.values()):
        row = next(line for line in text.splitlines() if line.startswith(f"| [{item.name}]("))
        assert row.split("|")[2:-1] == [f" {num(item.traits[t['id']])} " for t in data.quiz["traits"]], item.id
    s = data.quiz["scoring"]
    power = f"|<sup>{num(s['distance_power'])}</sup>" if s["distance_power"] != 1 else "profile value|. "
    assert power in text and "^" not in text                      # no stray exponent of 1
    assert f"the {s['top_roles']} roles" in text and f"the {s['reasons']} answers" in text
    assert f"(match − {num(s['reason_baseline'])})" in text
    assert f"between {num(s['weight_range']['min'])} and\n{num(s['weight_range']['max'])}" in text
    for lv in s["fit_levels"]:
        assert f"**{lv['label']}** from {num(lv['min'] * 100)}%" in text
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
