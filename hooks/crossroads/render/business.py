"""How a business fact is written (15.3%, $0.99 – $14.99, 5 October, £3.65 a week) and how a text
that names facts becomes Markdown: each number a link to its entry in the page's list of where the
numbers come from, everything else escaped."""

from __future__ import annotations

from markupsafe import Markup

from crossroads import routes, vocabulary
from crossroads.model.business import Fact, pieces
from crossroads.model.dataset import Dataset
from crossroads.render.formats import number
from crossroads.render.markdown import link, md_escape

# Data

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


# Wording a fact

def amount(v: float | str, unit: str, currency: str | None) -> str:
    """One value in its unit: 15.3%, $1,000, $0.15, 72.5 cents, 200, 30 days, 2 August 2026, 5 October."""
    if unit == "percent":
        return f"{number(v)}%"
    if unit == "money":
        whole = float(v).is_integer()
        return vocabulary.CURRENCY_SYMBOL[currency] + (f"{v:,.0f}" if whole else f"{v:,.2f}")
    if unit == "cents":
        return f"{number(v)} cents"
    if unit == "days":
        return f"{number(v)} day{'' if v == 1 else 's'}"
    if unit in ("date", "day_month"):
        parts = [int(x) for x in str(v).split("-")]
        year, month, day = parts if unit == "date" else (None, *parts)
        return f"{day} {MONTHS[month - 1]}" + (f" {year}" if year else "")
    return number(v)


def value_text(f: Fact) -> str:
    """The fact as pages write it: `15.3%`, `0–15%`, `$0.99 – $14.99`, `£3.65 a week`."""
    if f.value is not None:
        text = amount(f.value, f.unit, f.currency)
    elif f.unit == "percent":
        text = f"{number(f.low)}–{number(f.high)}%"
    else:
        text = f"{amount(f.low, f.unit, f.currency)} – {amount(f.high, f.unit, f.currency)}"
    return f"{text} {f.per}" if f.per else text


def anchor(f: Fact, topic_id: str) -> str:
    """The id of the fact's entry in the list of numbers of the page of `topic_id` (another page's fact is
    listed there too, under its topic's name)."""
    return f"fact-{f.id}" if f.topic == topic_id else f"fact-{f.topic}-{f.id}"


# Texts that name facts

def text(raw: str, topic_id: str, data: Dataset, here: str) -> Markup:
    """A business text as Markdown: plain parts escaped, each fact its value linked to where it comes from."""
    out = []
    for part in pieces(raw, topic_id, data.facts):
        target = f"{routes.business(topic_id)}#{anchor(part, topic_id)}" if isinstance(part, Fact) else ""
        out.append(link(value_text(part), target, here) if isinstance(part, Fact) else _escaped(part))
    return Markup("").join(out)


def _escaped(part: str) -> Markup:
    """A plain part of a text, escaped, keeping the single space at either end that md_escape folds away."""
    lead = " " if part[:1].isspace() else ""
    tail = " " if part[-1:].isspace() and part.strip() else ""
    return Markup(lead) + md_escape(part) + Markup(tail)


def plain(raw: str, topic_id: str, data: Dataset) -> str:
    """A business text as plain words (page descriptions, plans): facts written out, no links."""
    return "".join(value_text(p) if isinstance(p, Fact) else p for p in pieces(raw, topic_id, data.facts))


def facts_in_order(topic, data: Dataset) -> list[Fact]:
    """The facts a page shows, in the order the reader meets them (its own and other pages' facts)."""
    seen: dict[str, Fact] = {}
    for raw in topic.texts():
        for p in pieces(raw, topic.id, data.facts):
            if isinstance(p, Fact):
                seen.setdefault(p.key, p)
    return list(seen.values())
