"""The slips a new contributor makes, each with one clear, located message and its fix (issue 21)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from crossroads.content.check import load_content
from crossroads.content.loader import load_text
from crossroads.content.problems import report
from crossroads.tools import linkcheck
from tests import bench, mini
from tests.conftest import ROOT, TODAY
from tests.mini import FILES, line_of

ROLE = FILES["roles/seo.yml"]


def problems_for(tmp_path, changes):
    return load_content(mini.write(tmp_path, changes), mini.SCHEMA, today=TODAY).problems


# Errors in the file you touched first; knock-ons marked

def test_a_broken_role_leads_and_the_path_problem_it_causes_is_marked(tmp_path):
    path = FILES["paths/marketing.yml"].replace("risks: [Volatile income]", "risks: [Pay is near $77k (2024).]")
    assert problems_for(tmp_path / "a", {"paths/marketing.yml": path}) == []
    role = ROLE.replace("\npaths:", "\npathz:", 1)
    found = problems_for(tmp_path / "b", {"paths/marketing.yml": path, "roles/seo.yml": role})
    first, *rest = found
    assert first.file.endswith("roles/seo.yml") and "missing required field 'paths'" in first.message
    assert first.line == line_of(role, "pathz:") and "is `pathz:` on this line meant to be `paths:`?" in first.hint
    knock = [p for p in found if p.file.endswith("paths/marketing.yml")]
    assert knock and all(p.after.endswith(f"roles/seo.yml:{first.line}") for p in knock)
    text = report(found)
    assert text.index("roles/seo.yml") < text.index("These may only follow from the errors above") < text.index("paths/marketing.yml")
    assert "may only follow from the error at" in text


def test_the_file_being_edited_comes_first(tmp_path):
    root = mini.write(tmp_path, {"roles/seo.yml": ROLE.replace("low: 42070", "low: 442070")})
    git = ["git", "-C", str(tmp_path), "-c", "user.email=t@t", "-c", "user.name=t"]
    for args in (["init", "-q"], ["add", "."], ["commit", "-qm", "start"]):
        subprocess.run(git + args, check=True, capture_output=True)
    skill = root / "skills" / "keywords.yml"
    skill.write_text(skill.read_text("utf-8").replace("category: analytical", "category: analytics"), "utf-8")
    found = load_content(root, mini.SCHEMA, today=TODAY).problems
    assert found[0].file.endswith("skills/keywords.yml") and found[0].touched
    assert any(p.file.endswith("roles/seo.yml") and not p.touched for p in found)


# Numbers typed as text

@pytest.mark.parametrize("typed, shown, fix", [("45k", "'45k'", "write 45000: digits only, without 'k'"),
                                               ('"45k"', "'45k'", "write 45000: digits only, without 'k'"),
                                               ("45,000", "'45,000'", "write 45000: digits only, without thousands separators"),
                                               ("$45", "'$45'", "write 45: digits only, without a currency sign; the currency goes in `currency:`"),
                                               ("'$1.5k'", "'$1.5k'", "write 1500")])
def test_a_number_written_as_text_says_the_number_to_write(tmp_path, typed, shown, fix):
    role = ROLE.replace("low: 42070", f"low: {typed}")
    [p] = problems_for(tmp_path, {"roles/seo.yml": role})
    assert p.line == line_of(role, f"low: {typed}") and p.field == "income[0].low"
    assert p.message == f"expected a number, got text ({shown})" and p.hint.startswith(fix)


# YAML slips in plain words

def test_a_mis_indented_list_item_is_named_at_its_line():
    text = "tasks:\n  - Draft prompts\n  - Build a test set\n   - Score outputs\n  - Chain prompts\n"
    [p] = load_text(text, "f.yml")[1]
    assert (p.line, p.col, p.rule) == (4, 4, "indentation")
    assert "looks like a new list item" in p.message and "column 3" in p.hint


def test_an_unclosed_bracket_is_reported_where_it_opens():
    [p] = load_text("a: 1\nskills: {\n  - x\nb: 2\n", "f.yml")[1]
    assert (p.line, p.col) == (2, 9) and p.message == "YAML syntax: the '{' opened here is never closed"
    [q] = load_text("a: [x, 'y]'\nb: 2\n", "f.yml")[1]
    assert (q.line, q.col) == (1, 4) and "'['" in q.message


def test_a_tab_is_named_in_plain_words():
    [p] = load_text("a: 1\n\tb: 2\n", "f.yml")[1]
    assert p.line == 2 and p.message == "YAML syntax: a tab character where YAML expects spaces" and "spaces" in p.hint


def test_a_missing_field_is_reported_where_it_belongs(tmp_path):
    role = ROLE.replace("summary: Gets sites found.\n", "")
    [p] = problems_for(tmp_path, {"roles/seo.yml": role})
    assert p.line == line_of(role, "paths:") and p.field == "summary"
    assert p.hint.startswith("add `summary:` after `paths:`")


# Sources

def test_a_source_nothing_cites_is_a_warning_not_an_error(tmp_path):
    extra = "id: extra\npublisher: Someone\ntitle: A report\nurl: https://example.org/r\nyear: 2024\nkind: news\n"
    [p] = problems_for(tmp_path, {"sources/extra.yml": extra})
    assert p.level == "warning" and p.rule == "uncited-source" and p.line == 1


# Tools

def test_bench_fails_and_names_each_missed_budget():
    text, code = bench.verdict(["a: 1", f"b: 2{bench.MISS}", f"c: 3{bench.MISS}"])
    assert code == 1 and "2 figures miss their target:\n  - b: 2\n  - c: 3" in text
    assert bench.verdict(["a: 1"]) == ("Every figure meets its target.", 0)


def test_the_link_check_says_plainly_when_there_is_no_network():
    down = [linkcheck.Link("f", 1, 1, "url", f"https://x{i}.org", None, "did not answer (Name or service not known)")
            for i in range(3)]
    assert linkcheck.offline(down)
    assert not linkcheck.offline(down[:2] + [linkcheck.Link("f", 1, 1, "url", "https://y.org", 404, "answered HTTP 404")])


def _pytest_without_browser(env_extra: dict) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("CHROME_PATH", "CI", "GITHUB_ACTIONS")}
    env |= {"PATH": os.path.dirname(sys.executable), "PLAYWRIGHT_BROWSERS_PATH": "/nonexistent", **env_extra}
    return subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests/test_zensical.py",
                           "-k", "front_matter or meta_json_ld"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)


def test_without_a_browser_the_browser_tests_are_reported_in_one_line():
    result = _pytest_without_browser({})
    assert result.returncode == 0, result.stdout + result.stderr
    lines = [line for line in result.stdout.splitlines() if "browser tests not run" in line]
    assert len(lines) == 1 and "apt-get install chromium" in lines[0] and "CHROME_PATH" in lines[0]
    assert "playwright install" not in result.stdout + result.stderr and "Traceback" not in result.stdout


def test_ci_still_requires_the_browser_tests():
    result = _pytest_without_browser({"CI": "true"})
    assert result.returncode != 0 and "browser tests not run" in result.stdout + result.stderr


def test_a_field_required_only_in_some_cases_is_placed_too(tmp_path):
    extra = "id: extra\npublisher: Someone\ntitle: A report\nyear: 2024\nkind: news\n"
    [p] = [p for p in problems_for(tmp_path, {"sources/extra.yml": extra}) if p.field == "url"]
    assert p.line == line_of(extra, "title:") and p.hint.startswith("add `url:` after `title:`")
