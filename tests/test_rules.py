"""One test per validation rule: the mini tree is clean, and one change produces one located problem."""

from __future__ import annotations

from crossroads import rules
from tests.mini import FILES, line_of

ROLE = FILES["roles/seo.yml"]


def only(problems, rule):
    found = [p for p in problems if p.rule == rule]
    assert found, f"no {rule} problem in: {[p.format() for p in problems]}"
    return found


def test_mini_tree_is_clean(check):
    assert check() == []


def test_every_rule_has_a_test():
    tested = {"id-matches-filename", "duplicate-id", "unknown-reference", "figure-source-missing", "low-above-high",
              "future-date", "https-only", "dimension-coverage", "role-skill-count", "orphan-skill", "self-reference"}
    assert set(rules.RULES) == tested


def test_id_matches_filename(check):
    text = ROLE.replace("id: seo\n", "id: seo-consultant\n")
    [p] = only(check({"roles/seo.yml": text}), "id-matches-filename")
    assert (p.line, p.field) == (1, "id")
    assert p.file.endswith("content/roles/seo.yml")
    assert "does not match the file name 'seo.yml'" in p.message and "rename the file" in p.hint


def test_duplicate_id_in_a_list(check):
    text = ROLE.replace("  - {skill: talking, level: useful}", "  - {skill: keywords, level: useful}")
    problems = check({"roles/seo.yml": text, "skills/talking.yml": None})
    [p] = only(problems, "duplicate-id")
    assert p.line == line_of(text, "{skill: keywords, level: useful}")
    assert p.message == "'keywords' is listed twice"


def test_duplicate_id_across_files(check):
    copy = FILES["sources/bls.yml"]
    [p] = only(check({"sources/bls-copy.yml": copy}), "duplicate-id")
    assert p.file.endswith("sources/bls.yml") or p.file.endswith("sources/bls-copy.yml")
    assert "already used by" in p.message


def test_unknown_reference_lists_closest_ids(check):
    text = ROLE.replace("{skill: keywords, level: core}", "{skill: keywrds, level: core}")
    problems = check({"roles/seo.yml": text})
    [p] = [p for p in only(problems, "unknown-reference") if "keywrds" in p.message]
    assert p.line == line_of(text, "keywrds") and p.col == text.splitlines()[p.line - 1].index("keywrds") + 1
    assert p.field == "skills[0].skill"
    assert p.message == "unknown skill 'keywrds'" and p.hint == "closest: keywords"


def test_unknown_path_and_dimension(check):
    role = ROLE.replace("paths: [marketing]", "paths: [marketting]")
    path = FILES["paths/marketing.yml"].replace("  income-model:", "  income-modle:")
    problems = only(check({"roles/seo.yml": role, "paths/marketing.yml": path}), "unknown-reference")
    messages = {p.message for p in problems}
    assert "unknown path 'marketting'" in messages and "unknown dimension 'income-modle'" in messages


def test_figure_source_missing(check):
    text = ROLE.replace("    source: bls\n", "    source: bls-2024\n")
    [p] = only(check({"roles/seo.yml": text}), "figure-source-missing")
    assert p.line == line_of(text, "source: bls-2024") and p.field == "income[0].source"
    assert "add content/sources/bls-2024.yml" in p.hint


def test_low_above_high(check):
    text = ROLE.replace("low: 42070", "low: 442070")
    [p] = only(check({"roles/seo.yml": text}), "low-above-high")
    assert p.line == line_of(text, "low: 442070") and p.message == "low (442070) is above high (144610)"


def test_median_outside_range(check):
    text = ROLE.replace("median: 76950", "median: 176950")
    [p] = only(check({"roles/seo.yml": text}), "low-above-high")
    assert p.field == "income[0].median"


def test_future_date(check):
    text = ROLE.replace('last_reviewed: "2026-01-01"', 'last_reviewed: "2027-01-01"')
    [p] = only(check({"roles/seo.yml": text}), "future-date")
    assert p.line == line_of(text, "last_reviewed") and "2027-01-01 is in the future" == p.message


def test_future_year_of_a_figure(check):
    text = ROLE.replace("year: 2024", "year: 2031")
    [p] = only(check({"roles/seo.yml": text}), "future-date")
    assert p.field == "income[0].year"


def test_https_only(check):
    text = FILES["sources/bls.yml"].replace("https://www.bls.gov", "http://www.bls.gov")
    [p] = only(check({"sources/bls.yml": text}), "https-only")
    assert p.line == line_of(text, "url:") and "not an https address" in p.message


def test_dimension_coverage_missing_value(check):
    path = FILES["paths/marketing.yml"].replace("  income-model: {value: Retainers, rationale: Clients pay monthly.}\n", "")
    [p] = only(check({"paths/marketing.yml": path}), "dimension-coverage")
    assert p.message == "no value for dimension 'income-model'" and p.line == line_of(path, "dimensions:")


def test_dimension_value_off_the_scale(check):
    path = FILES["paths/marketing.yml"].replace("{value: low,", "{value: lowish,")
    [p] = only(check({"paths/marketing.yml": path}), "dimension-coverage")
    assert "'lowish' is not on the scale" in p.message and p.hint == "use one of: low, high"


def test_role_skill_count(check):
    text = ROLE.replace("  - {skill: talking, level: useful}\n", "")
    [p] = only(check({"roles/seo.yml": text, "skills/talking.yml": None}), "role-skill-count")
    assert p.message == "lists 3 skills; a role needs at least 4"


def test_orphan_skill(check):
    extra = "id: orphan\nname: Orphan\ncategory: creative\ndescription: x.\nlearn: x.\nshow: x.\n"
    [p] = only(check({"skills/orphan.yml": extra}), "orphan-skill")
    assert p.file.endswith("skills/orphan.yml") and p.line == 1


def test_self_reference(check):
    text = ROLE.replace("related_roles: []", "related_roles: [seo]")
    [p] = only(check({"roles/seo.yml": text}), "self-reference")
    assert p.line == line_of(text, "related_roles")
