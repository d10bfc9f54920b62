"""Tables as small typed objects: rows, filtered, as_markdown, as_html (as pydantic's docs build theirs).

as_html writes `data-label` (the column header) on every cell, so the stylesheet can show each row
as a card with labelled values on a phone (docs/assets/crossroads.css, "Stacked tables")."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from markupsafe import Markup, escape

from crossroads.render.markdown import md_escape


@dataclass(frozen=True)
class Column:
    """A column: its header, how to get a cell from a row, and its alignment."""

    header: str
    cell: Callable[[Any], object]
    align: str = "left"


@dataclass(frozen=True)
class Table:
    """Rows of any objects shown through columns; cells are escaped unless already Markup."""

    columns: Sequence[Column]
    rows: Sequence[Any] = field(default_factory=tuple)

    def filtered(self, keep: Callable[[Any], bool]) -> Table:
        """The same table with only the rows `keep` accepts."""
        return Table(self.columns, tuple(r for r in self.rows if keep(r)))

    def as_markdown(self) -> Markup:
        """A Markdown pipe table (empty string when there are no rows)."""
        if not self.rows:
            return Markup("")
        rule = {"left": "---", "right": "---:", "center": ":---:"}
        lines = ["| " + " | ".join(str(md_escape(c.header)) for c in self.columns) + " |",
                 "|" + "|".join(rule[c.align] for c in self.columns) + "|"]
        for row in self.rows:
            lines.append("| " + " | ".join(str(md_escape(c.cell(row))) or " " for c in self.columns) + " |")
        return Markup("\n".join(lines))

    def as_html(self, cls: str = "cr-table", heads: dict | None = None) -> Markup:
        """An HTML table in a `<div class=cls>` whose cells carry data-label; Markdown in cells still renders.
        `heads` may give a header cell's content (a link) by column header."""
        if not self.rows:
            return Markup("")
        align = {"left": "", "right": ' class="cr-num"', "center": ' class="cr-center"'}
        heads = heads or {}
        head = "".join(f'<th{align[c.align]} markdown="span">{md_escape(heads.get(c.header, c.header))}</th>'
                       for c in self.columns)
        body = "\n".join("<tr markdown=\"1\">" + "".join(
            f'<td{align[c.align]} data-label="{escape(c.header)}" markdown="span">{md_escape(c.cell(row))}</td>'
            for c in self.columns) + "</tr>" for row in self.rows)
        return Markup(f'<div class="{escape(cls)}" markdown="1">\n<table markdown="1">\n<thead markdown="1"><tr markdown="1">{head}</tr></thead>\n'
                      f'<tbody markdown="1">\n{body}\n</tbody>\n</table>\n</div>')
