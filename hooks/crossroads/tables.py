"""Tables as small typed objects: rows, filtered, as_markdown (see STYLE.md)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from markupsafe import Markup

from .md import md_escape


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

    def filtered(self, keep: Callable[[Any], bool]) -> "Table":
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
