"""How numbers and dates are written: money, plain numbers, ids as words, dates for readers."""

from __future__ import annotations

import datetime as dt

from crossroads.vocabulary import CURRENCY_SYMBOL

# Helpers


def money(value: float | None, currency: str) -> str:
    """`$76,950`, `£334`, `$37.50`: whole numbers without decimals."""
    if value is None:
        return "–"
    sym = CURRENCY_SYMBOL.get(currency, currency + " ")
    return f"{sym}{value:,.0f}" if float(value).is_integer() or value >= 1000 else f"{sym}{value:,.2f}"


def compact(value: float, currency: str, symbol: bool = True) -> str:
    """`$45.5k`, `$140k`, `$1.2M`, `$950`: three significant digits, for a chart row (its table has the full value)."""
    sym = CURRENCY_SYMBOL.get(currency, currency + " ") if symbol else ""
    if value < 1000:
        return f"{sym}{round(value):,}"
    scale = 10 ** (len(str(int(value))) - 3)
    kept = round(value / scale) * scale
    return f"{sym}{kept / 1_000_000:g}M" if kept >= 1_000_000 else f"{sym}{kept / 1000:g}k"


def quantity(value: float, unit: str) -> str:
    """`1 day per week`, `2 clients at a time`: a value and its unit, the unit's first word singular for 1."""
    first, _, rest = unit.partition(" ")
    if value == 1 and first.endswith("s"):
        unit = first[:-1] + (f" {rest}" if rest else "")
    return f"{number(value)} {unit}"


def annual_step(value: float) -> int:
    """What an annual figure worked out under assumptions is rounded to: $100, or $1,000 from $100,000."""
    return 1000 if abs(value) >= 100_000 else 100


def annual_money(value: float, currency: str) -> str:
    """`$19,900` for 19,872: an annualised figure rounded to what its assumptions justify."""
    step = annual_step(value)
    return money(round(value / step) * step, currency)


def number(value: float) -> str:
    """`87,200`, `6.7`: as published."""
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,}"


def words(token: str) -> str:
    """snake_case or kebab-case token → words (`monthly_retainer` → `monthly retainer`)."""
    return token.replace("_", " ").replace("-", " ")


def date(iso: str) -> str:
    """`2026-11-24` → `24 November 2026` (as written for readers; the ISO form stays in the data)."""
    d = dt.date.fromisoformat(iso)
    return f"{d.day} {d:%B %Y}"


def dates(span: tuple[str, str]) -> str:
    """`24 November 2026`, or `24 November – 4 December 2026` for a span of review dates."""
    first, last = (dt.date.fromisoformat(x) for x in span)
    if first == last:
        return date(span[0])
    if first.year == last.year:
        return f"{first.day} {first:%B} – {date(span[1])}"
    return f"{date(span[0])} – {date(span[1])}"
