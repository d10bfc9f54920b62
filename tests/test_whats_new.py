"""What's new for readers: from the content's git history, the roles and skills added and the roles
whose figures changed, by day, newest first; a rename or a change to anything but figures is not news."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from crossroads.content import history
from crossroads.content.check import check
from crossroads.model.dataset import build
from crossroads.pages import whats_new
from tests import mini
from tests.conftest import TODAY

ROLE = "id: seo\nname: SEO consultant\nincome:\n  - {kind: hourly, low: 50}\nsummary: Finds searches.\n"


def _commit(root: Path, message: str, date: str) -> None:
    env = {"GIT_AUTHOR_NAME": "T", "GIT_AUTHOR_EMAIL": "t@example.org", "GIT_COMMITTER_NAME": "T",
           "GIT_COMMITTER_EMAIL": "t@example.org", "GIT_AUTHOR_DATE": f"{date}T10:00:00Z",
           "GIT_COMMITTER_DATE": f"{date}T10:00:00Z", "PATH": "/usr/bin:/bin"}
    for args in (["add", "-A"], ["commit", "-qm", message]):
        subprocess.run(["git", "-C", str(root), *args], check=True, capture_output=True, env=env)


@pytest.fixture
def repo(tmp_path) -> Path:
    roles, skills = tmp_path / "content" / "roles", tmp_path / "content" / "skills"
    roles.mkdir(parents=True), skills.mkdir(parents=True)
    subprocess.run(["git", "-C", str(tmp_path), "init", "-q", "-b", "main"], check=True)
    (roles / "seo.yml").write_text(ROLE)
    (skills / "keywords.yml").write_text("id: keywords\nname: Keyword research\n")
    _commit(tmp_path, "First roles", "2026-03-01")
    (roles / "seo.yml").write_text(ROLE.replace("Finds searches.", "Finds what people search for."))
    _commit(tmp_path, "Wording only", "2026-03-02")
    (roles / "seo.yml").write_text(ROLE.replace("low: 50", "low: 60"))
    (roles / "writer.yml").write_text("id: writer\nname: Content writer\n")
    _commit(tmp_path, "2025 rates; a new role", "2026-03-05")
    return tmp_path


def test_reader_days_say_what_was_added_and_whose_figures_changed(repo):
    days, note = history.reader_days(repo)
    assert note == ""
    assert [d.date for d in days] == ["2026-03-05", "2026-03-01"]          # the wording-only day is not news
    new, first = days
    assert new.roles_added == {"writer": "Content writer"} and new.figures == {"seo": "SEO consultant"}
    assert first.roles_added == {"seo": "SEO consultant"} and first.skills_added == {"keywords": "Keyword research"}
    assert first.figures == {}                                              # added, not "updated"


def test_the_page_links_what_still_exists_by_its_current_name(repo, tmp_path_factory):
    data = build(check(mini.write(tmp_path_factory.mktemp("mini")), mini.SCHEMA, today=TODAY))
    text = whats_new.page(repo, data).markdown
    assert text.index("## 5 March 2026") < text.index("## 1 March 2026")
    seo = data.roles["seo"].name
    assert f"- **Figures updated:** [{seo}](roles/seo.md)" in text
    assert "- **New roles:** Content writer\n" in text                     # gone from the content: not linked


def test_without_git_the_page_says_so(tmp_path):
    days, note = history.reader_days(tmp_path)
    assert days == [] and "not a git checkout" in note
