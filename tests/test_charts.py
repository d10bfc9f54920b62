"""Range charts (hooks/crossroads/charts.py): both layouts, unique labels, open ends, legend, data for the calculator."""

from __future__ import annotations

import re

from crossroads.render.charts import NARROW, WIDE, Bar, RangeChart


def chart(*bars: Bar) -> str:
    return str(RangeChart("c", "Title", "Desc", "USD", list(bars)).as_svg())


def test_both_layouts_are_drawn_with_their_own_ids_and_plot_edges():
    svg = chart(Bar("A", 1, 2, 3, "employees", fig="r.0"))
    assert 'class="cr-chart cr-chart--wide" viewBox="0 0 760' in svg and 'class="cr-chart cr-chart--narrow" viewBox="0 0 340' in svg
    assert 'aria-labelledby="c-title c-desc"' in svg and 'aria-labelledby="c-narrow-title c-narrow-desc"' in svg
    assert svg.count('data-cr-fig="r.0"') == 2 and 'data-cr-x0="300.0"' in svg and f'data-cr-x0="{float(NARROW.left)}"' in svg
    assert WIDE.font >= 11 and NARROW.font >= 11


def test_repeated_labels_stay_unique_after_clipping():
    long = "Content writer / copywriter (freelance)"
    svg = chart(Bar(long, 1, 2, 3, detail="Payoneer survey"), Bar(long, 1, 2, 3, detail="Upwork report"),
                Bar("Same", 1, 2, 3), Bar("Same", 1, 2, 3))
    for layout in ("wide", "narrow"):
        part = svg.split(f"cr-chart--{layout}")[1].split("</svg>")[0]
        labels = re.findall(r'class="cr-label"[^>]*>([^<]+)<', part)
        assert len(labels) == len(set(labels)) == 4, labels
        assert any("Payoneer" in x for x in labels) and any("Upwork" in x for x in labels)


def test_an_open_end_fades_and_says_or_more_and_no_missing_end_is_drawn():
    svg = chart(Bar("Top-coded", 100, 150, 239200, "employees", "BLS", open_high=True), Bar("Median only", None, 50, None))
    assert 'class="cr-open"' in svg and 'class="cr-arrow"' in svg and "open-ended (or more)" in svg
    assert "“or more”" in svg                                           # in the desc and the legend
    median_only = svg.split("Median only")[1].split("</g>")[0]
    assert "cr-range" not in median_only and "cr-mid" in median_only


def test_the_legend_names_each_colour_once():
    svg = chart(Bar("A", 1, 2, 3, "employees"), Bar("B", 1, 2, 3, "freelancers"), Bar("C", 1, 2, 3, "employees"))
    legend = svg.split("<figcaption")[1]
    assert legend.count("salaried employees") == 1 and legend.count("freelance rates") == 1 and "cr-key--freelancers" in legend
