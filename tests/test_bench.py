"""`make bench` flags each figure that misses its target (it measures; it never asserts speed)."""

from __future__ import annotations

from tests import bench


def test_a_figure_above_its_target_is_flagged():
    assert bench.flag(33.0, bench.HOOKS_SHARE_TARGET) == bench.MISS
    assert bench.flag(11.4, bench.RATIO_TARGET) == bench.MISS


def test_a_figure_within_its_target_is_not():
    assert bench.flag(30.0, bench.HOOKS_SHARE_TARGET) == ""
    assert bench.flag(5218, bench.QUIZ_BUDGET_GZ) == ""
