"""Range charts (render/charts.py): both layouts, labels wrapped never cut, a value on every row, round
ticks, a caption, a table view of the same rows, open ends, the legend, data for the calculator; and on
the built pages: every chart has a caption and a table, and the counts in the text match the rows drawn."""

from __future__ import annotations

import re

import pytest

from crossroads.content.check import check
from crossroads.model.dataset import build
from crossroads.pages import income, role
from crossroads.render.charts import NARROW, WIDE, Bar, RangeChart, axis, plot_edges, value_label, wrap
from crossroads.render.formats import compact
from tests.conftest import ROOT
from tests.test_pages import golden


def chart(*bars: Bar, caption="", full_time="") -> str:
    return str(RangeChart("c", "Title", "Desc", "USD", list(bars), caption, full_time).as_svg())


def layout(svg: str, name: str) -> str:
    return svg.split(f"cr-chart--{name}")[1].split("</svg>")[0]


def labels(part: str) -> list[str]:
    """Each row's label, its lines joined."""
    return [" ".join(re.findall(r"<tspan[^>]*>([^<]*)</tspan>", t)) for t in re.findall(r'<text class="cr-label"[^>]*>(.*?)</text>', part)]


@pytest.fixture(scope="module")
def real():
    return build(check(ROOT / "content", ROOT / "schema"))


def test_both_layouts_are_drawn_with_their_own_ids_and_plot_edges():
    svg = chart(Bar("A", 1, 2, 3, "employees", fig="r.0", text="$2 a year"))
    assert 'class="cr-chart cr-chart--wide" viewBox="0 0 760' in svg and 'class="cr-chart cr-chart--narrow" viewBox="0 0 340' in svg
    assert 'aria-labelledby="c-title c-desc"' in svg and 'aria-labelledby="c-narrow-title c-narrow-desc"' in svg
    assert svg.count('<g class="cr-bar cr-bar--employees" data-cr-fig="r.0"') == 2
    assert svg.count('<span class="cr-derived" data-cr-fig="r.0">$2 a year</span>') == 1          # the table view
    assert f'data-cr-x0="{plot_edges(WIDE)[0]:.1f}"' in svg and f'data-cr-x0="{plot_edges(NARROW)[0]:.1f}"' in svg
    assert WIDE.font >= 11 and NARROW.font >= 11


def test_long_labels_wrap_and_are_never_cut():
    long = "Marketing and AI automation specialist (freelance), with a very long qualifier"
    svg = chart(Bar(long, 1, 2, 3))
    for name, lay in (("wide", WIDE), ("narrow", NARROW)):
        part = layout(svg, name)
        assert labels(part) == [long] and "…" not in part
        assert all(len(line) <= lay.chars for line in wrap(long, lay.chars))


def test_repeated_labels_stay_unique():
    long = "Content writer / copywriter (freelance)"
    svg = chart(Bar(long, 1, 2, 3, detail="Payoneer survey"), Bar(long, 1, 2, 3, detail="Upwork report"),
                Bar("Same", 1, 2, 3), Bar("Same", 1, 2, 3))
    for name in ("wide", "narrow"):
        found = labels(layout(svg, name))
        assert len(found) == len(set(found)) == 4, found
        assert any("Payoneer" in x for x in found) and any("Upwork" in x for x in found)


def test_every_row_shows_its_value_as_text_at_both_widths():
    svg = chart(Bar("Range and median", 44310, 76910, 139870, "employees"), Bar("Range only", 31050, 35000, 38950, median=False),
                Bar("One number", 45540, 45540, 45540), Bar("Top-coded", 81900, 161030, 239200, open_high=True))
    wide = re.findall(r'class="cr-value"[^>]*>([^<]+)<', layout(svg, "wide"))
    narrow = re.findall(r'class="cr-value"[^>]*>([^<]+)<', layout(svg, "narrow"))
    assert wide == ["$76.9k (44.3k–140k)", "$31k–39k", "$45.5k", "$161k (81.9k–239k+)"]
    assert narrow == ["$76.9k", "$31k–39k", "$45.5k", "$161k"]


@pytest.mark.parametrize("value, text", [(950, "$950"), (7245, "$7.24k"), (19872, "$19.9k"), (45540, "$45.5k"),
                                         (139870, "$140k"), (999_999, "$1M"), (1_234_567, "$1.23M"), (31050, "$31k")])
def test_compact_values_keep_three_significant_digits(value, text):
    assert compact(value, "USD") == text


@pytest.mark.parametrize("top", [1, 7, 45, 999, 7245, 19872, 45540, 68310, 139870, 155480, 239200, 293610, 1_200_000])
@pytest.mark.parametrize("intervals", [4, 5])
def test_ticks_fall_on_round_steps(top, intervals):
    """1, 2 or 5 × a power of ten: never $62.5k or $187.5k; the axis covers the top in at most `intervals` steps."""
    axis_max, step = axis(top, intervals)
    mantissa = step / 10 ** int(f"{step:e}".split("e")[1])
    assert round(mantissa, 9) in (1, 2, 5) and axis_max >= top and axis_max / step <= intervals
    assert axis_max - step < top                                     # no empty step at the end


def test_old_ticks_are_gone():
    svg = chart(Bar("A", 0, 76910, 239200))
    assert "62.5k" not in svg and "187.5k" not in svg and ">$250k<" in layout(svg, "wide")


def test_the_caption_switches_and_table_view():
    svg = chart(Bar("Salaried", 42070, 76950, 144610, "employees", fig="r.0", text="$42,070 – $144,610 a year"),
                Bar("Freelance", 45540, 45540, 45540, "freelancers", fig="r.1", text="$45,540 a year",
                    assumes="at 10 billable hours a week, 46 weeks a year, less 10% fees"),
                caption="What, in US dollars a year.", full_time="Freelance at full-time hours (35 a week)")
    assert svg.index("<figcaption") < svg.index("<svg") and "What, in US dollars a year." in svg
    assert 'data-cr-view="chart" aria-pressed="true"' in svg and 'data-cr-view="table" aria-pressed="false"' in svg
    assert 'data-cr-fulltime aria-pressed="false">Freelance at full-time hours (35 a week)</button>' in svg
    table = svg.split('<div class="cr-figure__table">')[1]
    assert table.count("<tr>") == 3 and '<th scope="row">Freelance</th>' in table
    assert '<span data-cr-assumed="r.1">at 10 billable hours a week, 46 weeks a year, less 10% fees</span>' in table
    assert "<span>as published</span>" in table
    assert "full-time" not in chart(Bar("A", 1, 2, 3))                   # no switch where no row depends on hours


def test_an_open_end_fades_and_says_or_more_and_no_missing_end_is_drawn():
    svg = chart(Bar("Top-coded", 100, 150, 239200, "employees", "BLS", open_high=True), Bar("Median only", None, 50, None))
    assert 'class="cr-open"' in svg and 'class="cr-arrow"' in svg and "open-ended (or more)" in svg
    assert "“or more”" in svg                                           # in the desc and the legend
    median_only = svg.split("Median only")[1].split("</g>")[0]
    assert "cr-range" not in median_only and "cr-mid" in median_only


def test_the_legend_names_each_colour_once():
    svg = chart(Bar("A", 1, 2, 3, "employees"), Bar("B", 1, 2, 3, "freelancers"), Bar("C", 1, 2, 3, "employees"))
    legend = svg.split('class="cr-legend"')[1]
    assert legend.count("salaried employees") == 1 and legend.count("freelance rates") == 1 and "cr-key--freelancers" in legend


def test_value_label_of_an_open_low_range():
    assert value_label(Bar("x", 1000, 1500, 2000, open_low=True, median=False), "GBP", True) == "£≤1k–2k"


def test_golden_chart_with_captions_wrapped_labels_and_table():
    golden("chart-figure.html", chart(
        Bar("AI adoption consultant for small businesses (salaried)", 60640, 101860, 171640, "employees", "BLS",
            fig="ai.0", text="$60,640 – $171,640 a year"),
        Bar("SEO consultant (freelance)", 45540, 45540, 45540, "freelancers", fig="seo.0", text="$45,540 a year",
            assumes="at 10 billable hours a week, 46 weeks a year, less 10% fees"),
        Bar("Marketing managers", 81900, 161030, 239200, "employees", open_high=True, fig="mm.0",
            text="$81,900 – $239,200 or more a year"),
        caption="Each role's headline figures on one annual scale, in US dollars a year.",
        full_time="Freelance at full-time hours (35 a week)") + "\n")


# On the built pages

def test_every_chart_of_the_site_has_a_caption_a_table_and_a_value_per_row(real):
    pages = [role.income_chart(r, real) for r in real.role_order] + [svg for _, _, svg in income.charts(real, [
        a for r in real.role_order for a in real.annual[r.id] if a is not None])]
    found = 0
    for html in pages:
        for fig in str(html).split('<figure class="cr-figure"')[1:]:
            found += 1
            caption = re.search(r'<figcaption class="cr-figure__caption">(.*?)</figcaption>', fig)
            assert caption and re.search(r"in (US dollars|pounds sterling|euros) a year", caption.group(1)), fig[:200]
            rows = fig.count('<g class="cr-bar')
            assert fig.count('class="cr-value"') == rows and fig.split("cr-figure__table")[1].count("<tr>") == rows // 2 + 1
            assert "…" not in fig
    assert found > len(real.roles)


def test_the_income_page_counts_what_its_charts_draw(real):
    page = income.page(real, "").markdown
    said = [int(n) for n in re.findall(r"(?:The first chart shows .*?, in (\d+) rows|a second chart shows the (\d+) figures)", page)
            for n in [x for x in n if x]]
    drawn = [svg.split("cr-chart--narrow")[0].count('<g class="cr-bar') for svg in re.findall(r'<figure class="cr-figure".*?</figure>', page)]
    assert said and said == drawn
    total = sum(1 for r in real.role_order for a in real.annual[r.id] if a is not None)
    assert f"All {total} figures that can be put on a year" in page
