"""Inline SVG range charts, made at build time: accessible (role="img", <title>, <desc>) and styled
only by CSS classes (overrides/ and docs/assets/crossroads.css), so light and dark both work."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from markupsafe import Markup, escape

from .md import money

# Data

WIDTH, LABEL_W, RIGHT, ROW_H, TOP, AXIS_H = 760, 320, 28, 26, 8, 34


@dataclass(frozen=True)
class Bar:
    """One row of a range chart: a label, low–high range, a middle mark and a CSS group."""

    label: str
    low: float
    mid: float
    high: float
    group: str = "default"     # becomes the CSS class cr-bar--<group>
    tooltip: str = ""


@dataclass(frozen=True)
class RangeChart:
    """Horizontal range bars on a shared axis starting at zero."""

    chart_id: str
    title: str
    desc: str
    currency: str
    bars: Sequence[Bar]

    def axis_max(self) -> float:
        """A round number just above the highest value."""
        top = max(b.high for b in self.bars) if self.bars else 1
        step = 10 ** math.floor(math.log10(top)) if top > 0 else 1
        for nice in (1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10):
            if top <= nice * step:
                return nice * step
        return 10 * step

    def ticks(self) -> list[float]:
        """Five evenly spaced ticks from zero to axis_max."""
        top = self.axis_max()
        return [top * i / 4 for i in range(5)]

    def x(self, value: float) -> float:
        """Pixel position of a value."""
        return round(LABEL_W + (WIDTH - LABEL_W - RIGHT) * value / self.axis_max(), 1)

    def as_svg(self) -> Markup:
        """The chart as one block of SVG markup, every text escaped."""
        height = TOP + ROW_H * len(self.bars) + AXIS_H
        tid, did = f"{self.chart_id}-title", f"{self.chart_id}-desc"
        parts = [f'<svg class="cr-chart" viewBox="0 0 {WIDTH} {height}" role="img" aria-labelledby="{tid} {did}" '
                 f'xmlns="http://www.w3.org/2000/svg">',
                 f'<title id="{tid}">{escape(self.title)}</title>', f'<desc id="{did}">{escape(self.desc)}</desc>']
        base = TOP + ROW_H * len(self.bars)
        for t in self.ticks():
            parts.append(f'<line class="cr-grid" x1="{self.x(t)}" y1="{TOP}" x2="{self.x(t)}" y2="{base}"/>')
            parts.append(f'<text class="cr-tick" x="{self.x(t)}" y="{base + 18}" text-anchor="middle">'
                         f'{escape(_short(t, self.currency))}</text>')
        for i, b in enumerate(self.bars):
            y = TOP + ROW_H * i + ROW_H / 2
            parts.append(f'<g class="cr-bar cr-bar--{escape(b.group)}">'
                         + (f'<title>{escape(b.tooltip)}</title>' if b.tooltip else "")
                         + f'<text class="cr-label" x="{LABEL_W - 8}" y="{y + 4}" text-anchor="end">{escape(_clip(b.label))}</text>'
                         + f'<line class="cr-range" x1="{self.x(b.low)}" y1="{y}" x2="{max(self.x(b.high), self.x(b.low) + 2)}" y2="{y}"/>'
                         + f'<circle class="cr-mid" cx="{self.x(b.mid)}" cy="{y}" r="4.5"/></g>')
        parts.append("</svg>")
        return Markup(f'<figure class="cr-figure">{"".join(parts)}</figure>')


# Helpers

def _short(value: float, currency: str) -> str:
    """Axis label: $0, $50k, $1.5M."""
    if value >= 1_000_000:
        return f"{money(0, currency)[:-1]}{value / 1_000_000:g}M"
    if value >= 1000:
        return f"{money(0, currency)[:-1]}{value / 1000:g}k"
    return money(value, currency)


def _clip(text: str, n: int = 48) -> str:
    """Keep labels on one line; the full text is in the table beside the chart."""
    return text if len(text) <= n else text[: n - 1] + "…"
