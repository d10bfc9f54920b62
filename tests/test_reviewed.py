"""Overview pages say on screen when their figures were last reviewed (the span of their roles' and paths'
review dates, as readers write dates); role and path pages give their own date the same way."""

from __future__ import annotations

import html
import re

import pytest

from crossroads import routes
from crossroads.content.check import check
from crossroads.model.dataset import build
from crossroads.render.formats import date, dates
from tests.conftest import ROOT


@pytest.fixture(scope="module")
def data():
    return build(check(ROOT / "content", ROOT / "schema"))


def reviewed_line(site, uri: str) -> str:
    page = (site / routes.url(uri) / "index.html").read_text("utf-8")
    found = re.findall(r'<p class="cr-reviewed">(.*?)</p>', page, re.S)
    assert found, f"{uri}: no review line"
    return html.unescape(re.sub(r"<[^>]+>", "", found[0]))


@pytest.mark.parametrize("name", ["home", "compare_paths", "roles", "income", "compare_roles"])
def test_overview_pages_say_when_their_figures_were_last_reviewed(built_site, data, name):
    roles_only = name in ("roles", "income", "compare_roles")
    span = data.reviewed(list(data.roles.values())) if roles_only else data.reviewed()
    assert reviewed_line(built_site, routes.PAGES[name]) == f"Figures last reviewed {dates(span)}."


def test_role_and_path_pages_give_their_review_date_as_readers_write_it(built_site, data):
    role, path = data.roles["seo-consultant"], data.paths["hybrid"]
    assert reviewed_line(built_site, routes.role(role.id)).startswith(f"Last reviewed {date(role.last_reviewed)}.")
    assert reviewed_line(built_site, routes.path(path.id)) == f"Last reviewed {date(path.last_reviewed)}."
