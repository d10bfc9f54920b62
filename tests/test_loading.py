"""Loader and schema edge cases: every bad input gives a located Problem with a hint, never an exception."""

from __future__ import annotations

import pytest

from crossroads.content.loader import MAX_BYTES, load_file, load_text
from tests.mini import FILES, line_of

ROLE = FILES["roles/seo.yml"]


def one(problems, contains):
    found = [p for p in problems if contains in p.message]
    assert found, [p.format() for p in problems]
    return found[0]


def test_python_tag_is_refused_not_run(check):
    text = ROLE.replace("remote_fit: high", "remote_fit: !!python/object/apply:os.system ['echo hacked']")
    p = one(check({"roles/seo.yml": text}), "is not allowed")
    assert p.line == line_of(text, "remote_fit") and "!!python/object/apply:os.system" in p.message
    assert "remove the '!' tag" in p.hint


def test_duplicate_key(check):
    text = ROLE.replace("remote_fit: high\n", "remote_fit: high\nremote_fit: low\n")
    p = one(check({"roles/seo.yml": text}), "duplicate key 'remote_fit'")
    assert p.line == line_of(text, "remote_fit: low") and p.hint == f"it is already set on line {line_of(text, 'remote_fit: high')}; keep one"


def test_yaml11_no_becomes_false_is_caught_with_a_hint(check):
    text = ROLE.replace("remote_fit: high", "remote_fit: no")
    p = one(check({"roles/seo.yml": text}), "is not one of")
    assert p.line == line_of(text, "remote_fit") and "quote the value" in p.hint


def test_yaml11_octal_is_caught(check):
    text = ROLE.replace("code: 13-1161", "code: 0131161")
    p = one(check({"roles/seo.yml": text}), "octal")
    assert p.line == line_of(text, "code:") and p.hint.startswith('quote it ("0131161")')


def test_unquoted_date_is_caught_with_a_hint(check):
    text = ROLE.replace('last_reviewed: "2026-01-01"', "last_reviewed: 2026-01-01")
    p = one(check({"roles/seo.yml": text}), "expected text, got a date")
    assert p.line == line_of(text, "last_reviewed") and p.hint == 'YAML read 2026-01-01 as a date; put it in quotes: "2026-01-01"'


def test_typo_in_a_key_suggests_the_field(check):
    text = ROLE.replace("summary:", "summry:")
    problems = check({"roles/seo.yml": text})
    p = one(problems, "unknown field 'summry'")
    assert (p.line, p.col) == (line_of(text, "summry"), 1) and p.hint == "did you mean 'summary'?"
    assert one(problems, "missing required field 'summary'")


def test_wrong_type_names_what_yaml_read(check):
    text = ROLE.replace("low: 42070", "low: 42k")
    p = one(check({"roles/seo.yml": text}), "expected a number, got text")
    assert p.line == line_of(text, "low: 42k") and p.field == "income[0].low"


def test_syntax_error_is_located():
    doc, [p] = load_text("id: x\nname: [unclosed\nsummary: y\n", "f.yml")
    assert p.message.startswith("YAML syntax") and p.line == 2          # where the '[' opens


def test_non_utf8(tmp_path):
    path = tmp_path / "bad.yml"
    path.write_bytes(b"id: x\nname: caf\xe9\n")
    _, [p] = load_file(path, "bad.yml")
    assert (p.line, p.col) == (2, 10) and "not UTF-8" in p.message and p.hint == "save the file as UTF-8"


@pytest.mark.parametrize("text", ["", "   \n", "# only a comment\n"])
def test_empty_file(text):
    _, [p] = load_text(text, "f.yml")
    assert p.message == "the file is empty"


@pytest.mark.parametrize("text, kind", [("- a\n- b\n", "a list"), ("just text\n", "a str")])
def test_wrong_root_type(text, kind):
    _, [p] = load_text(text, "f.yml")
    assert p.message == f"the file holds {kind}, not a mapping of fields"


def test_deep_nesting_is_refused():
    _, [p] = load_text("a: " + "[" * 200_000, "f.yml")
    assert p.message == "nested more than 24 levels deep" and (p.line, p.col) == (1, 28)
    _, problems = load_text("a: " + "[" * 40 + "]" * 40, "f.yml")
    assert any("nested more than" in q.message for q in problems)


def test_alias_bomb_is_refused():
    lines = ["a: &a [x, x, x, x, x, x, x, x, x]"]
    for prev, name in zip("abcdefgh", "bcdefghi", strict=False):
        lines.append(f"{name}: &{name} [" + ", ".join([f"*{prev}"] * 9) + "]")
    doc, problems = load_text("\n".join(lines) + "\n", "f.yml")
    assert problems and all("aliases" in p.message for p in problems)
    assert len(problems) < 100


def test_huge_file_is_refused_before_reading(tmp_path):
    path = tmp_path / "huge.yml"
    path.write_text("a: " + "x" * (MAX_BYTES + 1))
    _, [p] = load_file(path, "huge.yml")
    assert "the limit is 1,000,000" in p.message


def test_nan_is_refused():
    _, [p] = load_text("a: .nan\n", "f.yml")
    assert "not a finite number" in p.message


def test_problems_are_sorted_and_counted(check):
    from crossroads.content.problems import report
    text = ROLE.replace("remote_fit: high", "remote_fit: hgh").replace("summary:", "summry:")
    problems = check({"roles/seo.yml": text})
    out = report(problems)
    assert out.splitlines()[-1] == "3 problems (3 errors) in 1 file."
    assert [p.line for p in problems] == sorted(p.line for p in problems)


def test_github_annotations(check, monkeypatch):
    from crossroads.content.problems import annotations
    text = ROLE.replace("remote_fit: high", "remote_fit: hgh")
    problems = check({"roles/seo.yml": text})
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    assert annotations(problems) == ""
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    line = line_of(text, "remote_fit")
    assert annotations(problems).startswith(f"::error file={problems[0].file},line={line},col=13,title=schema::remote_fit:")


def test_an_edited_schema_is_read_again(tmp_path):
    """`make serve` keeps one process: a schema edited meanwhile must take effect on the next build."""
    import os
    import shutil

    from crossroads.content.schemas import validator
    from tests.mini import SCHEMA
    schemas = tmp_path / "schema"
    shutil.copytree(SCHEMA, schemas)
    assert validator(schemas, "skill").is_valid({"id": "x"}) is False
    path = schemas / "skill.schema.json"
    path.write_text(path.read_text("utf-8").replace('"required": ["id", "name", "category", "description", "learn", "show"]',
                                                     '"required": ["id"]'), "utf-8")
    os.utime(path, ns=(path.stat().st_mtime_ns + 10**9,) * 2)
    assert validator(schemas, "skill").is_valid({"id": "x"}) is True


def test_a_broken_schema_file_is_a_located_problem_not_a_traceback(tmp_path):
    import shutil

    from crossroads.content.check import check as check_content
    from crossroads.content.problems import ContentError
    from tests import mini
    schema = tmp_path / "schema"
    shutil.copytree(mini.SCHEMA, schema)
    text = (schema / "skill.schema.json").read_text("utf-8").splitlines()
    text[3] = text[3].rstrip(",")                  # drop a comma: invalid JSON on the next line
    (schema / "skill.schema.json").write_text("\n".join(text), "utf-8")
    try:
        check_content(mini.write(tmp_path), schema)
    except ContentError as e:
        [p] = e.problems
    assert p.file == "schema/skill.schema.json" and p.line == 5 and "not valid JSON" in p.message
    assert "missing comma" in p.hint and p.rule == "schema-file"
    cli = subprocess_run_validate(tmp_path, schema)
    assert cli.returncode != 0 and "Traceback" not in cli.stderr and "schema/skill.schema.json:5:" in cli.stdout + cli.stderr


def subprocess_run_validate(tmp_path, schema):
    """`python -m crossroads validate` in a copy of the project whose schema folder is broken."""
    import shutil

    from tests.conftest import ROOT, run_cli
    project = tmp_path / "project"
    shutil.copytree(tmp_path / "content", project / "content")
    shutil.copytree(schema, project / "schema")
    shutil.copytree(ROOT / "hooks", project / "hooks")
    return run_cli(["validate"], cwd=project)
