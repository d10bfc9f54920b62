"""Hostile text: a copy of the real content with payloads in every text field, built once and opened
page by page in Chromium (the quiz with a result, the compare page with a pair and the calculator
with settings included). Nothing executes, the text shows literally, and the API's JSON and the
pages' JSON-LD stay valid.

Every string with a space in it (names, summaries, tasks, notes, quotes, titles…) gets the payload
appended; ids, enums, codes, dates and addresses have no spaces and keep their value, since the
schema would refuse anything else. Where a cross-file rule refuses the payload (numbers in prose
must match a figure, so `{{ 7*7 }}` cannot go there; a business page or the plan takes no typed
number at all) the field gets the payload without digits; a
field with a maximum length gets a short payload (appended, or in place of the text where even that
is too long: a path's short name).
"""

from __future__ import annotations

import json
import re
import shutil
import urllib.request
from pathlib import Path

import pytest
import yaml

from crossroads import routes
from crossroads.content.check import load_content
from crossroads.model import quiz_data
from tests.browser import PREFIX, free_port, recording_page, serve
from tests.conftest import ROOT, mkdocs_build

pytestmark = pytest.mark.browser

# Each payload calls __pwned(name) if it ever runs; the browser traps the call.
BREAKERS = ('</script><script>__pwned("script")</script> "><img src=x onerror=__pwned("img")> '
            '[link](javascript:__pwned("link")) ![pic](javascript:__pwned("image")) '
            '<a href="javascript:__pwned(\'href\')">a</a> <svg onload=__pwned("svg")> \u2028\u2029 end')
FULL = " " + BREAKERS + " {{ 7*7 }} {% raw %}"
NO_DIGITS = " " + BREAKERS + " {{ config }}"
SHORT = "<svg onload=__pwned()>"                    # for fields with a maximum length
PARTS = ["mkdocs.yml", "docs", "content", "schema", "hooks", "overrides", "CONTRIBUTING.md"]
TRAP = """window.__hits = [];
window.__pwned = name => window.__hits.push(name);
window.alert = window.confirm = window.prompt = () => window.__hits.push("dialog");"""
SEEN = """() => ({
  hits: window.__hits,
  dangerous: [...document.querySelectorAll('img[src="x"], img[src$="/x"], [onerror], [onload], svg[onload], a[href^="javascript:" i], img[src^="javascript:" i]')]
              .map(e => e.outerHTML.slice(0, 80)),
  literal: document.body.innerText.includes('onerror=__pwned("img")'),
  jsonld: [...document.querySelectorAll('script[type="application/ld+json"]')].map(s => {
    try { JSON.parse(s.textContent); return null; } catch (e) { return String(e); } }).filter(Boolean),
})"""


# The hostile copy

def text_fields(value, path=()):
    """Paths of the strings with a space in them (free text; ids, enums, dates and addresses have none)."""
    if isinstance(value, dict):
        return [p for k, v in value.items() for p in text_fields(v, path + (k,))]
    if isinstance(value, list):
        return [p for i, v in enumerate(value) for p in text_fields(v, path + (i,))]
    return [path] if isinstance(value, str) and " " in value.strip() else []


def get(data, path):
    for key in path:
        data = data[key]
    return data


def put(data, path, value):
    get(data, path[:-1])[path[-1]] = value


def field_path(field: str) -> tuple:
    """`income[0].note` → ("income", 0, "note")."""
    return tuple(int(p) if p.isdigit() else p for p in re.findall(r"[^.\[\]]+", field))


def make_hostile(root: Path) -> dict:
    """Put payloads into every text field under root/content; returns counts of what each field got."""
    docs, original, level = {}, {}, {}
    for path in sorted((root / "content").rglob("*.yml")):
        data = yaml.safe_load(path.read_text("utf-8"))
        docs[path], original[path] = data, {p: get(data, p) for p in text_fields(data)}
        level |= {(path, p): 0 for p in original[path]}
    for _ in range(6):
        for (path, p), lv in level.items():
            text = original[path][p]
            put(docs[path], p, [text + FULL, text + NO_DIGITS, text + " " + SHORT, text[:2] + SHORT, text][lv])
        for path, data in docs.items():
            path.write_text(yaml.safe_dump(data, allow_unicode=False, sort_keys=False, width=10_000), "utf-8")
        problems = [p for p in load_content(root / "content", root / "schema").problems if p.level == "error"]
        if not problems:
            break
        for problem in problems:
            path = root / problem.file if not Path(problem.file).is_absolute() else Path(problem.file)
            where = field_path(problem.field)
            hit = [k for k in level if k[0] == path and (k[1][:len(where)] == where or where[:len(k[1])] == k[1])]
            for key in hit or [k for k in level if k[0] == path]:
                level[key] = min(level[key] + 1, 4)
    assert not problems, [p.format() for p in problems]
    # The business pages and the plan name every number as a fact, so their texts take no digit at all.
    facts_only = [v for (path, _), v in level.items() if path.parent.name == "business" or path.name == "plan.yml"]
    return {"numbers as facts": sum(v in (1, 2, 3) for v in facts_only),
            "full": sum(v == 0 for v in level.values()), "no digits": sum(v == 1 for v in level.values()),
            "short": sum(v in (2, 3) for v in level.values()),
            "none": [f"{k[0].name}:{'.'.join(map(str, k[1]))}" for k, v in level.items() if v == 4]}


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    root = tmp_path_factory.mktemp("hostile")
    for part in PARTS:
        src = ROOT / part
        (shutil.copytree if src.is_dir() else shutil.copy)(src, root / part)
    counts = make_hostile(root)
    port = free_port()
    result = mkdocs_build(root / "site", env={"SITE_URL": f"http://127.0.0.1:{port}{PREFIX}"}, cwd=root)
    assert result.returncode == 0, result.stderr
    with serve(root / "site", port) as base:
        yield {"base": base, "site": root / "site", "counts": counts}


def test_every_text_field_carries_a_payload(hostile):
    counts = hostile["counts"]
    assert counts["full"] > 500 and counts["none"] == []
    assert counts["no digits"] + counts["short"] - counts["numbers as facts"] < counts["full"] / 10


def test_nothing_executes_and_the_text_shows_literally(browser, hostile):
    base, site = hostile["base"], hostile["site"]
    with urllib.request.urlopen(base + routes.QUIZ_DATA) as r:
        proj = json.loads(r.read().decode("utf-8"))
    paths = sorted(p.parent.relative_to(site).as_posix() + "/" for p in site.rglob("index.html"))
    paths = [p.removeprefix("./") for p in paths] + [
        "quiz/#" + quiz_data.encode(proj, [[0] if q["kind"] == "several" else 1000 if q["kind"] == "amount" else 0
                                            for q in proj["questions"]]),
        "roles/compare/?a=prompt-engineer&b=seo-consultant", "income/?hours=25&weeks=40&fee=12.5",
        "roles/seo-consultant/?hours=20"]
    context = browser.new_context()
    context.add_init_script(TRAP)
    page, found, literal = recording_page(context, base), {}, []
    page.on("dialog", lambda d: (found.setdefault("dialog", []).append(d.message), d.dismiss()))
    for path in paths:
        page.goto(base + path)
        page.wait_for_load_state("networkidle")
        seen = page.evaluate(SEEN)
        if seen["hits"] or seen["dangerous"] or seen["jsonld"]:
            found[path] = seen
        if seen["literal"]:
            literal.append(path)
    page.goto(base + "quiz/")                                       # the quiz, answered by hand to its result
    page.locator("#crossroads-quiz").get_by_role("button", name="Start the quiz").click()
    while page.locator("#crossroads-quiz legend").count():
        if page.locator("#crossroads-quiz .cq-option").count():     # the income goal has no option: left empty
            page.locator("#crossroads-quiz .cq-option").first.click()
        last = page.locator("#crossroads-quiz").get_by_role("button", name="See my result").count()
        page.locator("#crossroads-quiz").get_by_role("button", name="See my result" if last else "Next").click()
    page.wait_for_selector("#crossroads-quiz .cq-list")
    assert page.evaluate(SEEN)["literal"] and page.evaluate("window.__hits") == []
    context.close()
    assert found == {}
    assert page.errors == []
    for must in ("", "roles/seo-consultant/", "roles/", "compare/", "income/", "skills/", "sources/", "quiz/",
                 "roles/compare/?a=prompt-engineer&b=seo-consultant"):
        assert any(p == must or p.startswith(must + "#") for p in literal) or must == "" and "" in literal, must
    assert "{{ 7*7 }}" in (site / "roles" / "seo-consultant" / "index.html").read_text("utf-8")


def test_api_json_and_json_ld_stay_valid_and_keep_the_text(hostile):
    site = hostile["site"]
    files = list((site / "api" / "v1").rglob("*.json"))
    assert len(files) > 20
    for f in files:
        json.loads(f.read_text("utf-8"))                           # valid JSON, U+2028 and </script> included
    roles = json.loads((site / "api" / "v1" / "roles.json").read_text("utf-8"))
    assert all(BREAKERS in r["name"] for r in roles["data"])
    for page in site.rglob("*.html"):
        html = page.read_text("utf-8")
        for block in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S):
            data = json.loads(block)
            assert "</script" not in block.lower() and "\u2028" not in block
            if page.parent.name == "seo-consultant":                   # the name, its line breaks folded
                assert " ".join(BREAKERS.split()) in " ".join(str(data["name"]).split())
