"""The contributor pages (Contribute, Field reference, the change log) and the editor set-up."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from crossroads.content import schemawalk
from crossroads.content.problems import ContentError
from crossroads.pages import changes as history
from crossroads.pages import contribute as guide
from crossroads.pages import field_reference as fieldref
from tests.conftest import ROOT

REPO = "https://github.com/example/fork"


# Contribute: CONTRIBUTING.md is the single source

def test_contribute_page_is_contributing_md_with_links_for_the_site(tmp_path):
    (tmp_path / "content").mkdir()
    (tmp_path / "CONTRIBUTING.md").write_text(
        "# Contributing\n\nSee [the roles](content/) and [the schema](schema/role.schema.json#L3), "
        "[developers](DEVELOPERS.md), [a page](docs/methodology.md#how), [fields]"
        "(https://crossroads-guide.github.io/crossroads/contribute/fields/), [home]"
        "(https://crossroads-guide.github.io/crossroads/), [below](#below) and [elsewhere](https://example.org/x).\n", "utf-8")
    text = guide.contribute(tmp_path, REPO + "/")
    assert text.startswith("# Contributing\n")
    assert f"[the roles]({REPO}/tree/main/content)" in text
    assert f"[the schema]({REPO}/blob/main/schema/role.schema.json#L3)" in text
    assert f"[developers]({REPO}/blob/main/DEVELOPERS.md)" in text
    assert "[a page](../methodology.md#how)" in text and "[fields](fields.md)" in text and "[home](../index.md)" in text
    assert "[below](#below)" in text and "[elsewhere](https://example.org/x)" in text


def test_the_real_contributing_md_covers_what_a_contributor_needs():
    text = (ROOT / "CONTRIBUTING.md").read_text("utf-8")
    for heading in ["How the data is organised", "Add a role", "Add a skill, a source or a path", "Add or fix a figure",
                    "Honesty rules", "Preview and check", "Open a pull request"]:
        assert re.search(rf"^## {re.escape(heading)}$", text, re.M), heading
    for words in ["exact quote", "`high`", "`medium`", "`low`", "income_gap", "editors-estimate", "annotation"]:
        assert words in text, words
    targets = set(re.findall(r"^([a-z][a-z-]*):", (ROOT / "Makefile").read_text("utf-8"), re.M))
    used = {a or b for a, b in re.findall(r"^make ([a-z][a-z-]*)|`make ([a-z][a-z-]*)", text, re.M)}
    assert {"new", "serve", "validate"} <= used <= targets


def test_a_missing_contributing_md_is_a_located_problem(tmp_path):
    with pytest.raises(ContentError) as e:
        guide.contribute(tmp_path, REPO)
    assert e.value.problems[0].file == "CONTRIBUTING.md" and "missing" in e.value.problems[0].message


# Field reference: generated from the schemas

def test_field_reference_lists_every_field_with_its_facts():
    text = fieldref.page(ROOT / "schema")
    role = schemawalk.load(ROOT / "schema", "role")
    for f in schemawalk.fields(role):
        assert f"- <code>{f.key}</code> · " in text, f.key
    assert re.search(r"<code>income\[\]\.kind</code> · required · text · one of hourly, daily", text)
    assert "<code>income[].period</code> · required when kind is percentiles" in text
    assert "Example: <code>SEO consultant</code>" in text
    assert "## Role { #role }" in text and "## Source { #source }" in text


def test_field_reference_follows_a_schema_change(tmp_path):
    schemas = tmp_path / "schema"
    shutil.copytree(ROOT / "schema", schemas)
    skill = json.loads((schemas / "skill.schema.json").read_text("utf-8"))
    skill["properties"]["mentor"] = {"title": "Mentor", "description": "Someone who teaches it.", "type": "string",
                                     "enum": ["peer", "coach"], "examples": ["coach"]}
    (schemas / "skill.schema.json").write_text(json.dumps(skill), "utf-8")
    text = fieldref.page(schemas)
    assert "- <code>mentor</code> · optional · text · one of peer, coach. Someone who teaches it. Example: <code>coach</code>" in text


# The change log: from git, never failing

def _git(cwd: Path, *args: str) -> str:
    env = {"GIT_AUTHOR_NAME": "T", "GIT_AUTHOR_EMAIL": "t@example.org", "GIT_COMMITTER_NAME": "T",
           "GIT_COMMITTER_EMAIL": "t@example.org", "GIT_AUTHOR_DATE": "2026-03-04T10:00:00Z",
           "GIT_COMMITTER_DATE": "2026-03-04T10:00:00Z", "PATH": "/usr/bin:/bin"}
    return subprocess.run(["git", "-C", str(cwd), *args], capture_output=True, text=True, check=True, env=env).stdout


@pytest.fixture
def repo(tmp_path) -> Path:
    (tmp_path / "content" / "roles").mkdir(parents=True)
    _git(tmp_path, "init", "-q", "-b", "main")
    (tmp_path / "README.md").write_text("x")
    _git(tmp_path, "add", ".")
    _git(tmp_path, "commit", "-qm", "Not about content")
    (tmp_path / "content" / "roles" / "seo-consultant.yml").write_text("id: seo-consultant\n")
    _git(tmp_path, "add", ".")
    _git(tmp_path, "commit", "-qm", "SEO consultant: 2024 <b>pay</b> figures")
    return tmp_path


def test_the_change_log_lists_content_changes_with_date_and_commit_link(repo):
    sha = _git(repo, "rev-parse", "HEAD").strip()
    text = history.page(repo, REPO)
    assert "## 2026-03-04" in text
    assert f"- SEO consultant: 2024 &lt;b&gt;pay&lt;/b&gt; figures ([{sha[:7]}](<{REPO}/commit/{sha}>))" in text
    assert "Changed: roles/seo-consultant" in text and "Not about content" not in text
    assert "!!! note" not in text


def test_the_change_log_says_when_the_history_is_shallow(repo, tmp_path_factory):
    clone = tmp_path_factory.mktemp("clone") / "c"
    subprocess.run(["git", "clone", "-q", "--depth", "1", f"file://{repo}", str(clone)], check=True, capture_output=True)
    found, note = history.changes(clone)
    assert len(found) == 1 and "shallow" in note
    assert "shallow" in history.page(clone, REPO)


def test_the_change_log_without_git_is_a_note_not_a_failure(tmp_path):
    found, note = history.changes(tmp_path)
    assert found == [] and "not a git checkout" in note


# The built site and the editor set-up

def test_the_pages_are_built_and_in_the_navigation(built_site):
    home = (built_site / "index.html").read_text("utf-8")
    for uri, title in [("contribute/", "Contribute"), ("contribute/fields/", "Field reference"), ("contribute/changes/", "Change log"),
                       ("whats-new/", "What's new")]:
        assert (built_site / uri / "index.html").is_file(), uri
        assert re.search(rf'href="{re.escape(uri)}"[^>]*>\s*(<[^>]+>\s*)*{re.escape(title)}', home.replace("&#39;", "'")), uri
    page = (built_site / "contribute" / "index.html").read_text("utf-8")
    assert re.search(r'href="https://github\.com/[^"]+/edit/main/CONTRIBUTING\.md"', page)


def test_vscode_maps_every_content_folder_to_an_existing_schema():
    settings = json.loads((ROOT / ".vscode" / "settings.json").read_text("utf-8"))
    mapped = {glob: schema for schema, glob in settings["yaml.schemas"].items()}
    for folder in (ROOT / "content").iterdir():
        glob = f"content/{folder.name}/*.yml" if folder.is_dir() else f"content/{folder.name}"
        assert glob in mapped, glob
        assert (ROOT / mapped[glob]).is_file(), mapped[glob]
    extensions = json.loads((ROOT / ".vscode" / "extensions.json").read_text("utf-8"))
    assert "redhat.vscode-yaml" in extensions["recommendations"]
    assert "indent_style = space" in (ROOT / ".editorconfig").read_text("utf-8")
