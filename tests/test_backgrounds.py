"""Starting points (content/backgrounds/): references and numbers checked with file and line, the skills a
background brings and still needs worked out from the roles, and the background shown on the starting-points
page, on the role pages it names, on the skills page and in the quiz data."""

from __future__ import annotations

import json

import jsonschema

from crossroads.content.check import check as strict_check
from crossroads.model import quiz_data
from crossroads.model.dataset import build
from crossroads.pages import role as role_page
from crossroads.pages import skills, starting_points
from crossroads.publish import api
from tests import mini
from tests.conftest import ROOT, TODAY
from tests.mini import line_of

BACKGROUND = """\
id: marketer
name: Marketer
who: You run campaigns.
examples: [Marketing coordinator, Marketing executive]
skills_you_have: [writing, talking]
carries_over: [Campaigns from brief to report., Writing for customers.]
missing: [One specialism., Results in numbers.]
roles:
  - role: seo
    why: You already write for search.
  - role: seo
    why: Twice on purpose.
first_experiment: Audit a friend's site.
"""


def one(problems, rule):
    found = [p for p in problems if p.rule == rule]
    assert found, [p.format() for p in problems]
    return found[0]


def test_a_background_naming_an_unknown_role_or_skill_is_located(check):
    text = BACKGROUND.replace("  - role: seo\n    why: Twice on purpose.\n", "").replace("role: seo", "role: seoo").replace(
        "[writing, talking]", "[writing, talkin]")
    problems = check({"backgrounds/marketer.yml": text})
    role = [p for p in problems if p.rule == "unknown-reference" and "role 'seoo'" in p.message]
    skill = [p for p in problems if p.rule == "unknown-reference" and "skill 'talkin'" in p.message]
    assert role and role[0].line == line_of(text, "role: seoo") and "seo" in role[0].hint
    assert skill and skill[0].line == line_of(text, "talkin") and skill[0].file.endswith("content/backgrounds/marketer.yml")


def test_a_role_named_twice_and_an_untraced_number_are_problems(check):
    p = one(check({"backgrounds/marketer.yml": BACKGROUND}), "duplicate-id")
    assert "'seo' is listed twice" in p.message and p.line == line_of(BACKGROUND, "  - role: seo\n    why: Twice")
    text = BACKGROUND.replace("  - role: seo\n    why: Twice on purpose.\n", "").replace("One specialism.", "One specialism, 43% of them.")
    p = one(check({"backgrounds/marketer.yml": text}), "prose-number")
    assert "'43%'" in p.message and p.line == line_of(text, "43%")


def test_a_missing_field_names_the_field(check):
    text = BACKGROUND.replace("first_experiment: Audit a friend's site.\n", "")
    p = one(check({"backgrounds/marketer.yml": text}), "schema")
    assert "first_experiment" in p.message


def mini_with_background(tmp_path):
    text = BACKGROUND.replace("  - role: seo\n    why: Twice on purpose.\n", "")
    return build(strict_check(mini.write(tmp_path, {"backgrounds/marketer.yml": text}), mini.SCHEMA, today=TODAY))


def test_the_skills_a_background_brings_and_needs_come_from_the_role(tmp_path):
    data = mini_with_background(tmp_path)
    have, missing = data.from_background(data.backgrounds["marketer"], data.roles["seo"])
    assert [s.id for s in have] == ["writing", "talking"] and [s.id for s in missing] == ["keywords", "analytics"]
    assert [(b.id, why) for b, why in data.coming_from(data.roles["seo"])] == [("marketer", "You already write for search.")]


def test_the_background_is_shown_where_a_reader_looks_for_it(tmp_path):
    data = mini_with_background(tmp_path)
    page = starting_points.page(data).markdown
    assert "## Marketer { #marketer }" in page and "You already write for search." in page and "Audit a friend" in page
    assert "[Keyword research](skills/keywords.md)" in page                    # to learn, linked to the skill's page
    role = role_page.page(data.roles["seo"], data).markdown
    assert "### Coming from another job" in role and "[marketer](../starting-points.md#marketer)" in role
    assert "[Marketer](../starting-points.md#marketer)" in skills.page(data).markdown
    proj = quiz_data.projection(data)
    assert proj["backgrounds"] == [{"id": "marketer", "name": "Marketer", "url": "starting-points/#marketer", "roles": ["seo"]}]
    part = json.loads((ROOT / "schema" / "quiz-data.schema.json").read_text("utf-8"))["properties"]["backgrounds"]
    jsonschema.Draft202012Validator(part, registry=_registry()).validate(proj["backgrounds"])
    [entry] = api.documents(data)["backgrounds.json"][1]
    assert entry["roles"] == [{"id": "seo", "why": "You already write for search.", "skills_you_bring": ["writing", "talking"],
                               "skills_to_learn": ["keywords", "analytics"]}]


def test_every_real_background_names_real_roles_and_the_quiz_carries_them():
    from crossroads.content.check import check as real_check
    data = build(real_check(ROOT / "content", ROOT / "schema"))
    ids = {"software-developer", "marketing-generalist", "writer-or-teacher", "law-compliance-risk", "agency-owner",
           "student-no-experience"}
    assert ids <= set(data.backgrounds)
    assert {b["id"] for b in quiz_data.projection(data)["backgrounds"]} == set(data.backgrounds)
    assert data.backgrounds["software-developer"].role_ids()[0] == "ai-engineer"


def _registry():
    from referencing import Registry, Resource
    schemas = ROOT / "schema"
    resources = [(p.name, Resource.from_contents(json.loads(p.read_text("utf-8")))) for p in schemas.glob("*.schema.json")]
    return Registry().with_resources(resources)
