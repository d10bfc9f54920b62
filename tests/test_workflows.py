"""The GitHub workflows and forms: pinned, least privilege, zizmor-clean, valid YAML."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import yaml

from tests.conftest import ROOT

GITHUB = ROOT / ".github"
WORKFLOWS = sorted((GITHUB / "workflows").glob("*.yml"))
PINNED = re.compile(r"^[\w.-]+/[\w.-]+(/[\w./-]+)?@[0-9a-f]{40} # v\d+(\.\d+)*$")


def _load(path: Path) -> dict:
    return yaml.safe_load(path.read_text("utf-8"))


def _zizmor() -> str:
    exe = Path(sys.executable).parent / "zizmor"
    return str(exe) if exe.exists() else (shutil.which("zizmor") or "zizmor")


def test_the_three_workflows_exist():
    assert {p.stem for p in WORKFLOWS} == {"ci", "deploy", "links"}


def test_zizmor_reports_nothing():
    result = subprocess.run([_zizmor(), "--offline", "--no-progress", str(GITHUB / "workflows")],
                            capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "No findings to report" in result.stdout, result.stdout


def test_every_action_is_pinned_by_sha_with_its_version():
    for path in WORKFLOWS:
        for line in path.read_text("utf-8").splitlines():
            if (m := re.match(r"\s*(?:- )?uses: (.+)$", line)):
                assert PINNED.match(m.group(1).strip()), f"{path.name}: {line.strip()}"


def test_least_privilege_and_no_pull_request_target():
    for path in WORKFLOWS:
        flow = _load(path)
        triggers = flow[True] if True in flow else flow["on"]   # YAML 1.1 reads `on` as true
        assert "pull_request_target" not in triggers, path.name
        assert flow["permissions"] == {}, path.name
        for name, job in flow["jobs"].items():
            perms = job["permissions"]
            writes = {k for k, v in perms.items() if v == "write"}
            if path.stem == "deploy" and name == "deploy":
                assert writes == {"pages", "id-token"}
            else:
                assert writes == set(), (path.name, name)


def test_deploy_builds_and_tests_before_deploying_one_at_a_time():
    flow = _load(GITHUB / "workflows" / "deploy.yml")
    assert flow["concurrency"]["group"] == "pages" and flow["concurrency"]["cancel-in-progress"] is False
    build, deploy = flow["jobs"]["build"], flow["jobs"]["deploy"]
    assert deploy["needs"] == "build"
    runs = [s.get("run", "") for s in build["steps"]]
    assert runs.index(".ci/run") < runs.index("make build")
    make_build = next(s for s in build["steps"] if s.get("run") == "make build")
    assert make_build["env"]["SITE_URL"] == "${{ steps.pages.outputs.base_url }}/"


def test_ci_annotates_validates_tests_builds_and_keeps_the_site():
    flow = _load(GITHUB / "workflows" / "ci.yml")
    triggers = flow[True]
    assert "pull_request" in triggers and "push" in triggers
    steps = flow["jobs"]["check"]["steps"]
    runs = [s.get("run", "") for s in steps]
    assert "make validate" in runs and ".ci/run" in runs and "make build" in runs
    assert any("chromium" in r and "nodejs npm" in r for r in runs)
    assert runs.index("make lint-js") < runs.index(".ci/run")
    assert any("upload-artifact" in s.get("uses", "") for s in steps)


def test_link_check_is_weekly_and_never_blocks():
    flow = _load(GITHUB / "workflows" / "links.yml")
    assert flow[True]["schedule"][0]["cron"].endswith("* * 1")
    assert [s.get("run") for s in flow["jobs"]["links"]["steps"] if s.get("run")] == ["make links"]


def test_issue_forms_and_pull_request_template():
    forms = {p.stem: _load(p) for p in (GITHUB / "ISSUE_TEMPLATE").glob("*.yml") if p.stem != "config"}
    assert set(forms) == {"figure", "role", "problem"}
    for form in forms.values():
        assert form["name"] and form["description"] and form["body"]
        ids = [item["id"] for item in form["body"] if "id" in item]
        assert len(ids) == len(set(ids))
    figure_fields = {item["id"] for item in forms["figure"]["body"] if "id" in item}
    assert {"address", "year", "region", "unit", "quote"} <= figure_fields
    assert "- [ ]" in (GITHUB / "pull_request_template.md").read_text("utf-8")
