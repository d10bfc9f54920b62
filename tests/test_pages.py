"""Generated pages: golden files for a role page, the comparison table and a chart; every number on a
role page traced to YAML; the income scale; transitions."""

from __future__ import annotations

import os
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from crossroads.content.check import check
from crossroads.model.dataset import build
from crossroads.model.income import all_annualised, annualise
from crossroads.pages import paths
from crossroads.pages import role as role_page
from crossroads.render.charts import Bar, RangeChart
from tests import mini
from tests.conftest import ROOT, TODAY

GOLDEN = Path(__file__).parent / "golden"


def golden(name: str, text: str):
    """Compare with tests/golden/NAME; UPDATE_GOLDEN=1 rewrites it."""
    path = GOLDEN / name
    if os.environ.get("UPDATE_GOLDEN"):
        path.write_text(text, "utf-8")
    assert text == path.read_text("utf-8"), f"{name} changed; rerun with UPDATE_GOLDEN=1 if intended"


@pytest.fixture
def mini_data(tmp_path):
    return build(check(mini.write(tmp_path), mini.SCHEMA, today=TODAY))


@pytest.fixture(scope="module")
def real():
    return build(check(ROOT / "content", ROOT / "schema"))


def test_golden_role_page(mini_data):
    golden("role-seo.md", role_page.page(mini_data.roles["seo"], mini_data).markdown)


def test_golden_comparison_table(mini_data):
    golden("compare.md", paths.compare_page(mini_data).markdown)


def test_golden_chart():
    chart = RangeChart("chart-x", "Pay <&> scale", "Two bars", "USD",
                       [Bar("Salaried", 42070, 76950, 144610, "employees", "BLS 2024"),
                        Bar("Freelance <b>", 45540, 45540, 45540, "freelancers")])
    golden("chart.svg", str(chart.as_svg()))


def test_chart_is_accessible_and_escaped():
    svg = str(RangeChart("c1", "T <x>", "D & d", "USD", [Bar("<script>", 1, 2, 3)]).as_svg())
    assert 'role="img"' in svg and 'aria-labelledby="c1-title c1-desc"' in svg
    assert "<title id=\"c1-title\">T &lt;x&gt;</title>" in svg and "<desc id=\"c1-desc\">D &amp; d</desc>" in svg
    assert "<script>" not in svg and "style=" not in svg


def test_annualisation_uses_the_yaml_assumptions(mini_data):
    a = mini_data.assumptions
    seo = mini_data.roles["seo"]
    salary = annualise(seo, 0, mini_data)
    assert (salary.low, salary.median, salary.high) == (42070, 76950, 144610)
    from dataclasses import replace
    hourly = replace(seo.income[0], kind="hourly", period=None, population="freelancers", low=None, median=110, high=None)
    role2 = replace(seo, income=(hourly,))
    got = annualise(role2, 0, mini_data)
    fee = 1 - a["platform_fee_percent"].value / 100
    assert got.median == round(110 * a["billable_hours_per_week"].value * a["weeks_per_year"].value * fee, 2)


def test_currencies_are_never_mixed(real):
    for a in all_annualised(real):
        converted = any(r["currency"] == a.figure.currency for r in real.exchange_rates)
        assert a.currency == ("USD" if converted else a.figure.currency)


def test_transitions_list_shared_and_missing_skills(real):
    a, b = real.roles["email-marketing-specialist"], real.roles["marketing-automation-specialist"]
    have, need = real.transition(a, b)
    assert {s.id for s in have} == set(a.skill_ids()) & set(b.skill_ids())
    assert {s.id for s in need} == set(b.skill_ids()) - set(a.skill_ids())


# Every number printed on a role page appears in YAML

class _ArticleText(HTMLParser):
    """The text of <article>, without computed numbers (.cr-derived), charts and screen-reader extras."""

    SKIP = ("cr-derived", "cr-sr-only", "headerlink", "cr-printed")     # cr-printed: the address, on paper only

    def __init__(self):
        super().__init__()
        self.depth = self.skip = 0
        self.text: list[str] = []
        self.derived: list[str] = []
        self._derived = False

    def handle_starttag(self, tag, attrs):
        cls = dict(attrs).get("class") or ""
        if tag == "article":
            self.depth += 1
        if self.skip or tag == "svg" or any(c in cls.split() for c in self.SKIP):
            self.skip += 1
            self._derived = "cr-derived" in cls.split()

    def handle_endtag(self, tag):
        if self.skip:
            self.skip -= 1
        if tag == "article":
            self.depth -= 1

    def handle_data(self, data):
        if self.depth and not self.skip:
            self.text.append(data)
        elif self._derived and self.skip:
            self.derived.append(data)


def numbers(text: str) -> set[float]:
    return {float(n.replace(",", "")) for n in re.findall(r"\d[\d,]*(?:\.\d+)?", text)}


def test_every_number_on_a_role_page_is_in_its_yaml(real, built_site):
    assumptions = (ROOT / "content" / "assumptions.yml").read_text("utf-8")
    taxes = (ROOT / "content" / "business" / "taxes-and-registering.yml").read_text("utf-8")   # the calculator's tax note
    for role in real.roles.values():
        html = (built_site / "roles" / role.id / "index.html").read_text("utf-8")
        parser = _ArticleText()
        parser.feed(html)
        yaml_text = (ROOT / "content" / "roles" / f"{role.id}.yml").read_text("utf-8") + assumptions + taxes
        yaml_text += "".join((ROOT / "content" / "sources" / f"{s}.yml").read_text("utf-8") for s in real.role_sources(role))
        yaml_text += "".join((ROOT / "content" / "roles" / f"{r}.yml").read_text("utf-8") for r in role.related_roles)
        if role.soc:
            yaml_text += (ROOT / "content" / "occupations" / f"{role.soc}.yml").read_text("utf-8")
        unexplained = numbers(" ".join(parser.text)) - numbers(yaml_text)
        assert unexplained == set(), f"{role.id}: {sorted(unexplained)}"
        computed = numbers(" ".join(parser.derived))
        expected = set()
        for i in range(len(role.income)):
            if (a := annualise(role, i, real)):
                expected |= {float(round(v)) for v in a.span}
        assert computed <= expected, f"{role.id}: {sorted(computed - expected)}"


def test_stale_figures_are_flagged_where_they_are_shown(real, built_site):
    """Each figure older than the stale limit is marked in its row; the page warns when any is."""
    for role in real.roles.values():
        html = (built_site / "roles" / role.id / "index.html").read_text("utf-8")
        stale = real.stale_figures(role)
        assert ("Some figures are old" in html) == bool(stale), role.id
        for fig in stale:
            assert f'<span class="cr-stale">{fig.year} (over {real.stale_after_years} years old)</span>' in html, (role.id, fig)
        assert html.count('class="cr-stale"') >= len(stale), role.id



def test_golden_shared_stand_in_is_drawn_once(tmp_path):
    """Two roles that use the same occupation's wages as their stand-in get one bar naming both, never two
    identical bars; a role with a figure of its own keeps its own bar."""
    from crossroads.pages import income
    twin = mini.FILES["roles/seo.yml"].replace("id: seo\n", "id: seo-twin\n").replace("name: SEO consultant", "name: Local SEO helper")
    data = build(check(mini.write(tmp_path, {"roles/seo-twin.yml": twin}), mini.SCHEMA, today=TODAY))
    everything = [a for r in data.role_order for a in data.annual[r.id] if a is not None]
    [(currency, rows, svg)] = income.charts(data, everything)
    assert svg.count('class="cr-bar ') == 2 and rows == 1     # one bar, drawn in the wide and the narrow layout
    assert "2 roles&#39; stand-in: market research analysts" in svg and "Local SEO helper and SEO consultant" in svg
    assert income.shared(data, everything) == [("Market research analysts and marketing specialists (13-1161), "
                                                 "$42,070 – $144,610 a year", "Local SEO helper and SEO consultant")]
    golden("chart-shared-stand-in.svg", str(svg))


class _Elements(HTMLParser):
    """Element start tags inside <body>, as written by the build (scripts add a few more in the browser)."""

    def __init__(self):
        super().__init__()
        self.count = 0
        self.body = False

    def handle_starttag(self, tag, attrs):
        self.body = self.body or tag == "body"
        self.count += self.body


def test_every_page_keeps_within_the_element_budget(built_site):
    """Every built page has at most pageweight.ELEMENT_BUDGET elements (make bench measures the page types
    after their scripts ran); a page that grows past it fails here, whichever page it is."""
    from tests.pageweight import ELEMENT_BUDGET
    over = {}
    for page in sorted(built_site.rglob("*.html")):
        parser = _Elements()
        parser.feed(page.read_text("utf-8"))
        name = page.relative_to(built_site).as_posix()
        if parser.count > ELEMENT_BUDGET:
            over[name] = parser.count
    assert over == {}


# Sources: an index and a page per kind (pages/sources.py)

def test_every_source_has_an_entry_on_its_kind_page_and_an_anchor_in_the_index(real, built_site):
    from crossroads import routes
    index = (built_site / "sources" / "index.html").read_text("utf-8")
    by_kind: dict[str, str] = {}
    for s in real.sources.values():
        page = routes.url(routes.source_kind(s.kind))
        text = by_kind.setdefault(page, (built_site / page / "index.html").read_text("utf-8"))
        assert re.search(rf'<h2 [^>]*\bid="{re.escape(s.id)}"', text), (s.id, page)   # the entry, under its own heading
        # the index: an anchor with the source's id (so `sources/#<id>` still finds it) linking to that entry
        assert re.search(rf'<a id="{re.escape(s.id)}" href="{re.escape(page.removeprefix("sources/"))}#{re.escape(s.id)}"|'
                         rf'<a href="{re.escape(page.removeprefix("sources/"))}#{re.escape(s.id)}" id="{re.escape(s.id)}"', index), s.id
    assert len(by_kind) == len({s.kind for s in real.sources.values()})
    kind_page = next(iter(by_kind))
    text = (built_site / kind_page / "index.html").read_text("utf-8")
    assert 'aria-label="Breadcrumb"' in text and 'href="../">Sources</a>' in text          # the way back


def test_a_figure_links_its_source_on_the_page_of_its_kind(real, built_site):
    from crossroads import routes
    role = real.roles["prompt-engineer"]
    text = (built_site / "roles" / role.id / "index.html").read_text("utf-8")
    for f in role.income:
        s = real.sources[f.source]
        assert f'href="../../{routes.url(routes.source(s.id, s.kind))}"' in text, s.id
