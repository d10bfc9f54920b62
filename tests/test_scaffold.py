"""`make new`: a starter file from the schema that validates once its placeholders are filled."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
import yaml

from crossroads.content import placeholders, schemawalk
from crossroads.content.check import load_content
from crossroads.tools.scaffold import KINDS, ScaffoldError, new, render
from tests.conftest import ROOT, run_cli

# A value of the right shape for a placeholder whose schema gives no example (tried in order).
SHAPED = ["2026-01-15", "https://example.org/report", "example-value", "Filled in by the test."]


@pytest.fixture
def project(tmp_path) -> Path:
    for part in ("content", "schema"):
        shutil.copytree(ROOT / part, tmp_path / part)
    return tmp_path


def _fill(value, node: dict):
    """Replace every placeholder with the schema's example, or a value matching its pattern."""
    if isinstance(value, dict):
        props = node.get("properties", {})
        return {k: _fill(v, props.get(k) or node.get("additionalProperties") or {}) for k, v in value.items()}
    if isinstance(value, list):
        return [_fill(v, node.get("items", {})) for v in value]
    if not placeholders.is_placeholder(value):
        return value
    example = schemawalk.first_example(node)
    if (m := re.match(r"TODO: one of (.+)$", value)):      # the placeholder lists the choices
        options = m.group(1).split(", ")
        return example if example in options else options[0]
    if example is not None:
        return example
    kind = node.get("type")
    if (kind[0] if isinstance(kind, list) else kind) in ("number", "integer"):
        return node.get("minimum", 1)
    if "pattern" not in node:
        return "Filled in by the test."
    return next(s for s in SHAPED if re.fullmatch(node["pattern"], s))


def _references(data: dict, kind: str) -> dict:
    """Point the filled file's references at real ids, as a contributor would."""
    def sources(value):
        if isinstance(value, dict):
            return {k: ("editors-estimate" if k == "source" else sources(v)) for k, v in value.items()}
        return [sources(v) for v in value] if isinstance(value, list) else value
    if kind == "role":
        skills = sorted(p.stem for p in (ROOT / "content" / "skills").glob("*.yml"))[:4]
        data["skills"] = [{"skill": s, "level": "core"} for s in skills]
        data["related_roles"] = ["content-writer"]
        data = sources(data)
        for figure in data["income"]:
            figure.update(population="estimate", confidence="low", low=figure["median"] // 2, high=figure["median"] * 2)
            figure.pop("occupation", None)
        for key in ("startup_cost", "time_to_first_income"):      # an editors' estimate is never more than low
            data[key]["confidence"] = "low"
        data["occupation"] = {"match": "none", "note": "Filled in by the test."}
        data["outlook"] = []
    return data


def _errors(project: Path) -> list:
    problems = load_content(project / "content", project / "schema").problems
    return [p for p in problems if p.level == "error"]


@pytest.mark.parametrize("kind", list(KINDS))
def test_every_placeholder_is_reported_as_fill_in_with_its_line(project, kind):
    target = new(kind, "brand-new", project, "hybrid" if kind == "role" else None)
    text = target.read_text("utf-8").splitlines()
    errors = _errors(project)
    assert errors and all(p.rule == "placeholder" and p.message.startswith("fill in ") for p in errors), errors
    assert {p.file for p in errors} == {f"{(project / 'content').as_posix()}/{KINDS[kind]}/brand-new.yml"}
    for p in errors:
        assert text[p.line - 1][p.col - 1:].startswith('"TODO:'), (p.line, text[p.line - 1])
    assert len(errors) == sum(line.lstrip().startswith(("- \"TODO:",)) or ': "TODO:' in line
                              for line in text if not line.lstrip().startswith("#"))


@pytest.mark.parametrize("kind", list(KINDS))
def test_the_scaffold_validates_once_its_placeholders_are_filled(project, kind):
    target = new(kind, "brand-new", project, "hybrid" if kind == "role" else None)
    schema = schemawalk.load(project / "schema", kind)
    data = _references(_fill(yaml.safe_load(target.read_text("utf-8")), schema), kind)
    target.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), "utf-8")
    if kind == "skill":   # a skill must be needed by some role
        role = project / "content" / "roles" / "content-writer.yml"
        role.write_text(role.read_text("utf-8").replace("skills:\n", "skills:\n  - {skill: brand-new, level: useful}\n", 1))
    assert _errors(project) == []


def test_every_field_is_explained_and_optional_ones_are_marked():
    text = render("role", "brand-new", ROOT, "hybrid")
    schema = schemawalk.load(ROOT / "schema", "role")
    for f in schemawalk.fields(schema):
        title = f.node.get("title", f.key)
        assert re.search(rf"^# {re.escape(title)} \((required|optional|required [^)]*)\)", text, re.M), title
        if not (f.required or f.applies or f.key == "traits"):
            assert re.search(rf"^# {f.key}:", text, re.M), f"optional {f.key} is not commented out"
    assert text.startswith("# yaml-language-server: $schema=../../schema/role.schema.json")


def test_a_roles_quiz_traits_start_from_its_paths_profile():
    data = yaml.safe_load(render("role", "brand-new", ROOT, "generative-ai"))
    path = yaml.safe_load((ROOT / "content" / "paths" / "generative-ai.yml").read_text("utf-8"))
    assert data["traits"] == path["traits"] and data["paths"] == ["generative-ai"]
    assert "# Pre-filled from the generative-ai path's profile" in render("role", "brand-new", ROOT, "generative-ai")


@pytest.mark.parametrize("bad", ["Brand_New", "brand--new", "-brand", "brand new", ""])
def test_refuses_ids_that_are_not_kebab_case(bad):
    with pytest.raises(ScaffoldError, match="kebab-case"):
        render("skill", bad, ROOT)


def test_cli_refuses_an_existing_id_and_writes_nothing(project):
    before = (project / "content" / "roles" / "seo-consultant.yml").read_text("utf-8")
    result = run_cli(["--content", str(project / "content"), "new", "role", "seo-consultant"])
    assert result.returncode == 2 and "already exists" in result.stderr and "Traceback" not in result.stderr
    assert (project / "content" / "roles" / "seo-consultant.yml").read_text("utf-8") == before


def test_cli_writes_the_file_and_says_what_to_do(project):
    result = run_cli(["--content", str(project / "content"), "new", "source", "brand-new"])
    assert result.returncode == 0, result.stderr
    assert (project / "content" / "sources" / "brand-new.yml").is_file()
    assert "make validate" in result.stdout


def test_a_first_draft_asks_for_much_less_and_validates_once_filled(project):
    full = render("role", "full-one", project, "hybrid")
    target = new("role", "brand-new", project, "hybrid", draft=True)
    text = target.read_text("utf-8")
    todo = sum('"TODO:' in line for line in text.splitlines() if not line.lstrip().startswith("#"))
    assert todo <= 32 and todo < 0.7 * full.count('"TODO:')
    assert "income: []" in text and "outlook: []" in text and 'source: "editors-estimate"' in text
    assert "# income:" not in text and "e.g. 500" not in text.split("time_to_first_income:")[1].split("work_mode:")[0]
    schema = schemawalk.load(project / "schema", "role")
    data = _fill(yaml.safe_load(text), schema)
    data["skills"] = [{"skill": s, "level": "core"} for s in sorted(p.stem for p in (ROOT / "content" / "skills").glob("*.yml"))[:4]]
    target.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), "utf-8")
    assert _errors(project) == []
