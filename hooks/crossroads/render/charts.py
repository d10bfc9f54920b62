"""Inline SVG range charts, made at build time: accessible (role="img", <title>, <desc>) and styled
only by CSS classes (docs/assets/crossroads.css), so light and dark both work.

Each chart is drawn twice, in a wide layout (labels left of the bars) and a narrow one (labels above
the bars); the stylesheet shows the one that fits the column, so chart text never renders below
11 px. Bars carry `data-cr-fig` and the SVG its plot edges, so the income calculator
(docs/assets/calculator.js) can move them when the reader changes the assumptions.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from markupsafe import Markup, escape

from crossroads.render.formats import money
from crossroads.vocabulary import LEGEND

# Data


@dataclass(frozen=True)
class Layout:
    """Geometry of one layout: viewBox width, label column, margins, row height, font size."""

    name: str
    width: int
    label_w: int      # 0: labels sit above the bars
    left: int
    right: int
    row_h: int
    font: int         # px in the viewBox, set by the stylesheet (.cr-chart--<name>); kept here for the record
    top: int = 8
    axis_h: int = 30


WIDE = Layout("wide", 760, 300, 0, 34, 28, 14)
NARROW = Layout("narrow", 340, 0, 12, 30, 42, 13)
OPEN_TAIL = 16         # pixels of the fading tail that marks an open end



@dataclass(frozen=True)
class Bar:
    """One row of a range chart: a label, low–high range (None: not published), a middle mark, a CSS group.

    open_low / open_high: the source gives that end only as "or less" / "or more" (a top-coded
    percentile); the bar fades out there instead of stopping. A median is never drawn as a range end.
    """

    label: str
    low: float | None
    mid: float
    high: float | None
    group: str = "default"     # becomes the CSS class cr-bar--<group>
    tooltip: str = ""
    open_low: bool = False
    open_high: bool = False
    fig: str = ""              # figure key for the calculator (data-cr-fig)
    detail: str = ""           # told apart by this when two bars share a label (e.g. the publisher)


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
        return nice_max(max((max(b.mid, b.high or 0) for b in self.bars), default=1))

    def ticks(self) -> list[float]:
        """Five evenly spaced ticks from zero to axis_max."""
        top = self.axis_max()
        return [top * i / 4 for i in range(5)]

    def labels(self, n: int = 48) -> list[str]:
        """Bar labels of at most n characters, unique once clipped: a repeated label keeps its detail, then a number."""
        seen = Counter(b.label for b in self.bars)
        out = []
        for b in self.bars:
            tail = f" · {clip(b.detail, 20)}" if seen[b.label] > 1 and b.detail else ""
            out.append(clip(b.label, n - len(tail)) + tail)
        count, total = Counter(), Counter(out)
        for i, text in enumerate(out):
            if total[text] > 1:
                count[text] += 1
                out[i] = f"{clip(text, n - 4)} ({count[text]})"
        return out

    def as_svg(self) -> Markup:
        """The chart as a <figure>: both layouts and a legend, every text escaped."""
        svgs = "".join(self._svg(layout) for layout in (WIDE, NARROW))
        return Markup(f'<figure class="cr-figure">{svgs}{self._legend()}</figure>')

    # Drawing

    def _x(self, value: float, lay: Layout) -> float:
        """Pixel position of a value in a layout."""
        x0 = lay.label_w + lay.left
        return round(x0 + (lay.width - x0 - lay.right) * value / self.axis_max(), 1)

    def _svg(self, lay: Layout) -> str:
        """One layout of the chart."""
        cid = self.chart_id if lay is WIDE else f"{self.chart_id}-{lay.name}"
        height = lay.top + lay.row_h * len(self.bars) + lay.axis_h
        base = lay.top + lay.row_h * len(self.bars)
        desc = self.desc + (" An arrow at the end of a bar means the source gives only “or more”."
                            if any(b.open_high or b.open_low for b in self.bars) else "")
        parts = [f'<svg class="cr-chart cr-chart--{lay.name}" viewBox="0 0 {lay.width} {height}" role="img" '
                 f'aria-labelledby="{cid}-title {cid}-desc" data-cr-x0="{self._x(0, lay)}" '
                 f'data-cr-x1="{self._x(self.axis_max(), lay)}" xmlns="http://www.w3.org/2000/svg">',
                 f'<title id="{cid}-title">{escape(self.title)}</title>', f'<desc id="{cid}-desc">{escape(desc)}</desc>']
        ticks = self.ticks()
        for i, t in enumerate(ticks):
            x = self._x(t, lay)
            anchor = "start" if i == 0 and not lay.label_w else "end" if i == len(ticks) - 1 else "middle"
            parts.append(f'<line class="cr-grid" x1="{x}" y1="{lay.top}" x2="{x}" y2="{base}"/>'
                         f'<text class="cr-tick" x="{x}" y="{base + 20}" text-anchor="{anchor}">'
                         f'{escape(short(t, self.currency))}</text>')
        for i, (b, label) in enumerate(zip(self.bars, self.labels(40 if lay.label_w else 44), strict=False)):
            parts.append(self._bar(b, label, lay, lay.top + lay.row_h * i))
        parts.append("</svg>")
        return "".join(parts)

    def _bar(self, b: Bar, label: str, lay: Layout, top: float) -> str:
        """One bar: its label, range (only between published ends), open-end tails and the middle mark."""
        y = top + (lay.row_h * 0.68 if not lay.label_w else lay.row_h / 2)
        if lay.label_w:
            text = f'<text class="cr-label" x="{lay.label_w - 8}" y="{y + 5}" text-anchor="end">{escape(label)}</text>'
        else:
            text = f'<text class="cr-label" x="{lay.left}" y="{top + 14}">{escape(label)}</text>'
        tip = b.tooltip + (" The top of the range is open-ended (or more)." if b.open_high else "") \
            + (" The bottom of the range is open-ended (or less)." if b.open_low else "")
        fig = f' data-cr-fig="{escape(b.fig)}"' if b.fig else ""
        open_ = f' data-cr-open="{"low " if b.open_low else ""}{"high" if b.open_high else ""}"' if b.open_low or b.open_high else ""
        out = [f'<g class="cr-bar cr-bar--{escape(b.group)}"{fig}{open_}>', f"<title>{escape(tip.strip())}</title>" if tip.strip() else "", text]
        if b.low is not None and b.high is not None:
            x1, x2 = self._x(b.low, lay), self._x(b.high, lay)
            out.append(f'<line class="cr-range" x1="{x1}" y1="{y}" x2="{max(x2, x1 + 2)}" y2="{y}"/>')
            if b.open_high:
                out.append(f'<line class="cr-open" x1="{x2}" y1="{y}" x2="{x2 + OPEN_TAIL}" y2="{y}"/>'
                           f'<path class="cr-arrow" d="M{x2 + OPEN_TAIL},{y - 5}l6,5l-6,5z"/>')
            if b.open_low:
                out.append(f'<line class="cr-open" x1="{x1}" y1="{y}" x2="{max(x1 - OPEN_TAIL, self._x(0, lay))}" y2="{y}"/>')
        out.append(f'<circle class="cr-mid" cx="{self._x(b.mid, lay)}" cy="{y}" r="4.5"/></g>')
        return "".join(out)

    def _legend(self) -> str:
        """What the colours, the dot and an arrow mean (HTML, below both layouts)."""
        groups = list(dict.fromkeys(LEGEND.get(b.group, b.group.replace("_", " ")) for b in self.bars))
        cls = {LEGEND.get(b.group, b.group): b.group for b in self.bars}
        keys = [f'<span class="cr-legend__item"><span class="cr-key cr-key--{escape(cls[g])}"></span> {escape(g)}</span>'
                for g in groups]
        keys.append('<span class="cr-legend__item"><span class="cr-key-dot"></span> median, or middle of the range</span>')
        if any(b.open_high for b in self.bars):
            keys.append('<span class="cr-legend__item"><span class="cr-key-open">→</span> open-ended: “or more”</span>')
        return f'<figcaption class="cr-legend">{"".join(keys)}</figcaption>'


# Helpers

def nice_max(top: float) -> float:
    """A round number at or above `top` (1, 1.5, 2, 2.5, 3, 4, 5, 6, 8 × a power of ten)."""
    step = 10 ** math.floor(math.log10(top)) if top > 0 else 1
    for nice in (1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10):
        if top <= nice * step:
            return nice * step
    return 10 * step


def short(value: float, currency: str) -> str:
    """Axis label: $0, $50k, $1.5M."""
    if value >= 1_000_000:
        return f"{money(0, currency)[:-1]}{value / 1_000_000:g}M"
    if value >= 1000:
        return f"{money(0, currency)[:-1]}{value / 1000:g}k"
    return money(value, currency)


def clip(text: str, n: int = 48) -> str:
    """Keep labels on one line; the full text is in the table beside the chart."""
    return text if len(text) <= n else text[: n - 1] + "…"
