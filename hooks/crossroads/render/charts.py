"""Inline SVG range charts, made at build time: accessible (role="img", <title>, <desc>) and styled
only by CSS classes (docs/assets/crossroads.css), so light and dark both work.

Each chart is drawn twice, in a wide layout (labels left of the bars) and a narrow one (labels above
the bars); the stylesheet shows the one that fits the column, so chart text never renders below
11 px. Every row shows its value as text at the right (no hover needed); labels wrap onto up to
three lines, never cut. Ticks fall on round steps (1, 2 or 5 × a power of ten). A chart is a
<figure> with a caption (what, currency, assumptions), a Chart / Table switch (docs/assets/
calculator.js keeps it in the address as ?view=table) and a table of the same rows. Bars and value
texts carry `data-cr-fig` and the SVG its plot edges, so the income calculator can move them when
the reader changes the assumptions (its `axis` and `compact` repeat this module's).
"""

from __future__ import annotations

import math
import re
import textwrap
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from markupsafe import Markup, escape

from crossroads.render.formats import compact, money
from crossroads.vocabulary import LEGEND

# Data


@dataclass(frozen=True)
class Layout:
    """Geometry of one layout: viewBox width, label column (0: labels above), plot margins, value
    column, line height, characters per label line, most ticks, font size (set by the stylesheet)."""

    name: str
    width: int
    label_w: int
    left: int
    value_w: int       # the value column at the right (text right-aligned at width - 4)
    line: int          # px per label line
    chars: int         # characters per label line before it wraps
    intervals: int     # at most this many tick intervals
    font: int
    top: int = 8
    axis_h: int = 30


WIDE = Layout("wide", 760, 250, 8, 150, 17, 34, 5, 14)
NARROW = Layout("narrow", 340, 0, 12, 104, 16, 44, 4, 13)
OPEN_TAIL = 16         # pixels of the fading tail that marks an open end (plus 6 for its arrow)
MAX_LINES = 3          # lines a label takes at most once its detail is shortened


@dataclass(frozen=True)
class Bar:
    """One row of a range chart: a label, low–high range (None: not published), a middle mark, a CSS group.

    open_low / open_high: the source gives that end only as "or less" / "or more" (a top-coded
    percentile); the bar fades out there instead of stopping. A median is never drawn as a range end.
    `text` is the row's full value in words and `assumes` what it assumes (both for the table view);
    `median` says whether `mid` is a published median (else the middle of the range).
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
    text: str = ""
    assumes: str = ""
    median: bool = True


@dataclass(frozen=True)
class RangeChart:
    """Horizontal range bars on a shared axis starting at zero, in one currency."""

    chart_id: str
    title: str
    desc: str
    currency: str
    bars: Sequence[Bar]
    caption: Markup | str = ""    # what, in which currency, under which assumptions (Markup may carry data-cr-assumed-kind)
    full_time: str = ""           # the label of the full-time-hours switch ('' when no row depends on hours)

    def top(self) -> float:
        return max((max(b.mid, b.high or 0) for b in self.bars), default=0)

    def labels(self, full: bool = False) -> list[str]:
        """Bar labels, unique: a repeated label gets its detail (shortened in the chart, whole in the table), then a number."""
        seen = Counter(b.label for b in self.bars)
        out = [b.label + (f" · {b.detail if full else short_detail(b.detail)}" if seen[b.label] > 1 and b.detail else "")
               for b in self.bars]
        count, total = Counter(), Counter(out)
        for i, text in enumerate(out):
            if total[text] > 1:
                count[text] += 1
                out[i] = f"{text} ({count[text]})"
        return out

    def as_svg(self) -> Markup:
        """The chart as a <figure>: caption, switch, both layouts, legend and the table view; every text escaped."""
        svgs = "".join(self._svg(layout) for layout in (WIDE, NARROW))
        caption = f'<figcaption class="cr-figure__caption">{escape(self.caption)}</figcaption>' if self.caption else ""
        full = (f'<button type="button" class="cr-switch" data-cr-fulltime aria-pressed="false">{escape(self.full_time)}</button>'
                if self.full_time else "")
        switch = (f'<div class="cr-figure__switch"><span role="group" class="cr-figure__views" aria-label="Show as">'
                  f'<button type="button" class="cr-switch" data-cr-view="chart" aria-pressed="true" aria-controls="{self.chart_id}-view">Chart</button>'
                  f'<button type="button" class="cr-switch" data-cr-view="table" aria-pressed="false" aria-controls="{self.chart_id}-view">Table</button>'
                  f'</span>{full}</div>')
        return Markup(f'<figure class="cr-figure" id="{escape(self.chart_id)}">{caption}{switch}'
                      f'<div class="cr-figure__view" id="{escape(self.chart_id)}-view">'
                      f'<div class="cr-figure__chart">{svgs}{self._legend()}</div>{self._table()}</div></figure>')

    # Drawing

    def _x(self, value: float, lay: Layout) -> float:
        """Pixel position of a value in a layout."""
        x0, x1 = plot_edges(lay)
        return round(x0 + (x1 - x0) * value / axis(self.top(), lay.intervals)[0], 1)

    def _svg(self, lay: Layout) -> str:
        """One layout of the chart."""
        cid = self.chart_id if lay is WIDE else f"{self.chart_id}-{lay.name}"
        lines = [wrap(label, lay.chars) for label in self.labels()]
        heights = [row_height(len(ls), lay) for ls in lines]
        base = lay.top + sum(heights)
        desc = self.desc + (" An arrow at the end of a bar means the source gives only “or more”."
                            if any(b.open_high or b.open_low for b in self.bars) else "")
        x0, x1 = plot_edges(lay)
        parts = [f'<svg class="cr-chart cr-chart--{lay.name}" viewBox="0 0 {lay.width} {base + lay.axis_h}" role="img" '
                 f'aria-labelledby="{cid}-title {cid}-desc" data-cr-x0="{x0:.1f}" data-cr-x1="{x1:.1f}" '
                 f'data-cr-ticks="{lay.intervals}" data-cr-base="{base}" xmlns="http://www.w3.org/2000/svg">',
                 f'<title id="{cid}-title">{escape(self.title)}</title>', f'<desc id="{cid}-desc">{escape(desc)}</desc>',
                 f'<g class="cr-axis">{self._axis(lay, base)}</g>']
        top = lay.top
        for b, ls, h in zip(self.bars, lines, heights, strict=True):
            parts.append(self._bar(b, ls, lay, top, h))
            top += h
        parts.append("</svg>")
        return "".join(parts)

    def _axis(self, lay: Layout, base: float) -> str:
        """Grid lines and tick labels on round steps."""
        top, step = axis(self.top(), lay.intervals)
        out = []
        for i in range(int(round(top / step)) + 1):
            x = self._x(i * step, lay)
            anchor = "start" if i == 0 and not lay.label_w else "middle"
            out.append(f'<line class="cr-grid" x1="{x}" y1="{lay.top}" x2="{x}" y2="{base}"/>'
                       f'<text class="cr-tick" x="{x}" y="{base + 20}" text-anchor="{anchor}">'
                       f'{escape(short(i * step, self.currency))}</text>')
        return "".join(out)

    def _bar(self, b: Bar, lines: list[str], lay: Layout, top: float, h: float) -> str:
        """One row: its label (wrapped), range (only between published ends), open-end tails, the middle mark and its value."""
        if lay.label_w:
            y = top + h / 2
            first = y - (len(lines) - 1) * lay.line / 2 + 5
            spans = "".join(f'<tspan x="{lay.label_w - 8}" y="{first + i * lay.line:g}">{escape(t)}</tspan>' for i, t in enumerate(lines))
            text = f'<text class="cr-label" text-anchor="end">{spans}</text>'
        else:
            y = top + len(lines) * lay.line + 10
            spans = "".join(f'<tspan x="{lay.left}" y="{top + 13 + i * lay.line:g}">{escape(t)}</tspan>' for i, t in enumerate(lines))
            text = f'<text class="cr-label">{spans}</text>'
        tip = b.tooltip + (" The top of the range is open-ended (or more)." if b.open_high else "") \
            + (" The bottom of the range is open-ended (or less)." if b.open_low else "")
        fig = f' data-cr-fig="{escape(b.fig)}"' if b.fig else ""
        open_ = f' data-cr-open="{"low " if b.open_low else ""}{"high" if b.open_high else ""}"' if b.open_low or b.open_high else ""
        out = [f'<g class="cr-bar cr-bar--{escape(b.group)}"{fig}{open_}>', f"<title>{escape(tip.strip())}</title>" if tip.strip() else "", text]
        if b.low is not None and b.high is not None:
            x1, x2 = self._x(b.low, lay), self._x(b.high, lay)
            out.append(f'<line class="cr-range" x1="{x1}" y1="{y:g}" x2="{max(x2, x1 + 2)}" y2="{y:g}"/>')
            if b.open_high:
                out.append(f'<line class="cr-open" x1="{x2}" y1="{y:g}" x2="{x2 + OPEN_TAIL}" y2="{y:g}"/>'
                           f'<path class="cr-arrow" d="M{x2 + OPEN_TAIL},{y - 5:g}l6,5l-6,5z"/>')
            if b.open_low:
                out.append(f'<line class="cr-open" x1="{x1}" y1="{y:g}" x2="{max(x1 - OPEN_TAIL, self._x(0, lay))}" y2="{y:g}"/>')
        value = value_label(b, self.currency, wide=bool(lay.label_w))
        out.append(f'<circle class="cr-mid" cx="{self._x(b.mid, lay)}" cy="{y:g}" r="4.5"/>'
                   f'<text class="cr-value" x="{lay.width - 4}" y="{y + 5:g}" text-anchor="end">{escape(value)}</text></g>')
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
        return f'<p class="cr-legend">{"".join(keys)}</p>'

    def _table(self) -> str:
        """The same rows as a table: full label, the value in words, what it assumes (the calculator keeps both current)."""
        rows = []
        for b, label in zip(self.bars, self.labels(full=True), strict=True):
            fig = f' class="cr-derived" data-cr-fig="{escape(b.fig)}"' if b.fig else ""
            assumed = f' data-cr-assumed="{escape(b.fig)}"' if b.fig and b.assumes else ""
            rows.append(f'<tr><th scope="row">{escape(label)}</th><td><span{fig}>{escape(b.text)}</span></td>'
                        f'<td><span{assumed}>{escape(b.assumes or "as published")}</span></td></tr>')
        return (f'<div class="cr-figure__table"><table><caption class="cr-sr-only">{escape(self.title)}</caption>'
                f'<thead><tr><th scope="col">Figure</th><th scope="col">A year ({escape(self.currency)})</th>'
                f'<th scope="col">Assumes</th></tr></thead><tbody>{"".join(rows)}</tbody></table></div>')


# Helpers

def plot_edges(lay: Layout) -> tuple[float, float]:
    """Left and right edge of the plot (the right leaves room for an open-end arrow and the value column)."""
    return float(lay.label_w + lay.left), float(lay.width - lay.value_w - OPEN_TAIL - 8)


def row_height(lines: int, lay: Layout) -> int:
    """A row's height for its label lines: wide rows centre the bar on the label, narrow ones put it below."""
    return max(28, lines * lay.line + 11) if lay.label_w else lines * lay.line + 24


def wrap(label: str, chars: int) -> list[str]:
    """The label on lines of at most `chars` characters, broken between words; never cut (a longer label takes
    more lines; short_detail keeps the ones the charts make within MAX_LINES)."""
    return textwrap.wrap(label, chars, break_long_words=False, break_on_hyphens=False) or [""]


def short_detail(detail: str, n: int = 24) -> str:
    """`ProCopywriters` for `ProCopywriters (Professional Copywriters' Network) Survey 2020, …`: the lead words of a
    detail that tells two same-named rows apart (the table beside the chart gives it whole)."""
    lead = re.split(r" \(|, | – | - |: ", detail, maxsplit=1)[0]
    return lead if len(lead) <= n else textwrap.shorten(lead, n, placeholder="")


def axis(top: float, intervals: int) -> tuple[float, float]:
    """(axis maximum, tick step): the smallest round step (1, 2 or 5 × a power of ten) that covers `top`
    in at most `intervals` steps. No $62.5k: every tick is a multiple of the step."""
    if top <= 0:
        return 1.0, 1.0
    power, least = 1.0, top / intervals
    while power * 10 <= least:
        power *= 10
    while power > least:
        power /= 10
    for factor in (1, 2, 5, 10):
        step = factor * power
        if math.ceil(top / step - 1e-9) <= intervals:
            return math.ceil(top / step - 1e-9) * step, step
    return intervals * 10 * power, 10 * power


def short(value: float, currency: str) -> str:
    """Axis label: $0, $50k, $1.5M."""
    if value >= 1_000_000:
        return f"{money(0, currency)[:-1]}{value / 1_000_000:g}M"
    if value >= 1000:
        return f"{money(0, currency)[:-1]}{value / 1000:g}k"
    return money(value, currency)


def value_label(b: Bar, currency: str, wide: bool) -> str:
    """A row's value as text: `$76.9k (44.3k–140k)` wide, `$76.9k` narrow; a range alone `$44.3k–140k`; `+` for an open top."""
    if b.low is None or b.high is None or b.low == b.high:
        return compact(b.mid, currency)
    rng = f"{compact(b.low, currency, False)}–{compact(b.high, currency, False)}" + ("+" if b.open_high else "")
    rng = ("≤" if b.open_low else "") + rng
    if not b.median:
        return compact(0, currency)[:-1] + rng
    return f"{compact(b.mid, currency)} ({rng})" if wide else compact(b.mid, currency)
