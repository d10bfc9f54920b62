"""reserved-id: a role or path id never takes a generated page's address (roles/compare/)."""

from __future__ import annotations

from tests.mini import FILES, line_of

ROLE = FILES["roles/seo.yml"]


def test_a_role_named_like_the_compare_page_is_refused(check):
    text = ROLE.replace("id: seo\n", "id: compare\n")
    problems = [p for p in check({"roles/seo.yml": None, "roles/compare.yml": text}) if p.rule == "reserved-id"]
    [p] = problems
    assert p.file.endswith("content/roles/compare.yml") and (p.line, p.field) == (line_of(text, "id: compare"), "id")
    assert "roles/compare/" in p.message and "reserved" in p.hint


def test_ordinary_ids_pass(check):
    assert [p for p in check() if p.rule == "reserved-id"] == []
