"""`make bench` flags each figure that misses its target (it measures; it never asserts speed)."""

from __future__ import annotations

from tests import bench


def test_a_figure_above_its_target_is_flagged():
    assert bench.flag(33.0, bench.HOOKS_SHARE_TARGET) == bench.MISS
    assert bench.flag(11.4, bench.RATIO_TARGET) == bench.MISS


def test_a_figure_within_its_target_is_not():
    assert bench.flag(30.0, bench.HOOKS_SHARE_TARGET) == ""
    assert bench.flag(5218, bench.QUIZ_BUDGET_GZ) == ""


def test_a_page_with_too_many_elements_fails_the_budget_line():
    visits = {"home": {"elements": 900}, "skills": {"elements": bench.pageweight.ELEMENT_BUDGET + 1}}
    line = bench.elements_line(visits)
    assert line.endswith(bench.MISS) and "over: skills" in line and "home 900" in line
    assert bench.verdict([line])[1] == 1
    visits["skills"]["elements"] = bench.pageweight.ELEMENT_BUDGET
    assert bench.MISS not in bench.elements_line(visits) and bench.verdict([bench.elements_line(visits)])[1] == 0
