"""Run it as a business (content/business/): every number a fact its quote bears out, named in
text as {fact-id} and never typed; every reference resolved."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from crossroads import routes, vocabulary
from crossroads.content.rules.base import closest, rule

# Data

PLACEHOLDER = re.compile(r"(?<!\{)\{([^{}]*)\}(?!\})")      # {fact-id}; {{ … }} is not a reference
FACT_REF = re.compile(r"^(?:([a-z0-9]+(?:-[a-z0-9]+)*)/)?([a-z0-9]+(?:-[a-z0-9]+)*)$")
NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


# Rules

@rule("fact-reference")
def check_fact_references(content):
    """Every {fact} in a business text names a fact of its page, or topic-id/fact-id of another page."""
    facts, broken = all_facts(content), broken_topics(content)
    for tid, doc in content.valid("business"):
        for where, text in texts(doc.data):
            for ref in PLACEHOLDER.findall(text):
                if fact_key(ref, tid) not in facts and fact_key(ref, tid).split("/")[0] not in broken:
                    own = [k.split("/")[1] for k in facts if k.startswith(f"{tid}/")]
                    yield doc.problem(where, f"'{{{ref}}}' names no fact",
                                      f"{closest(ref, own)} (another page's fact: {{topic-id/fact-id}})")


@rule("fact-unused")
def check_unused_facts(content):
    """Every fact is named by some text: a number nobody shows is a number nobody checks."""
    if broken_topics(content):
        return                       # a page with an error may be the one that names the fact
    named = {fact_key(ref, tid) for tid, doc in content.valid("business")
             for _, text in texts(doc.data) for ref in PLACEHOLDER.findall(text)}
    for tid, doc in content.valid("business"):
        for i, f in enumerate(doc.data["facts"]):
            if f"{tid}/{f['id']}" not in named:
                yield doc.problem(("facts", i, "id"), f"the fact '{f['id']}' is named by no text",
                                  f"write {{{f['id']}}} where the number belongs, or remove the fact")


@rule("fact-in-quote", own_file=True)
def check_fact_in_quote(content):
    """A fact's value appears in its quote, in one of the ways a number or date is written."""
    for _, doc in content.valid("business"):
        for i, f in enumerate(doc.data["facts"]):
            if unit_problem(f) is None and not in_quote(f):
                shown = f.get("value", f"{f.get('low')}–{f.get('high')}")
                yield doc.problem(("facts", i, "value" if "value" in f else "low"),
                                  f"the value {shown} does not appear in the fact's quote",
                                  "copy the number as the source gives it, or quote the sentence that gives it")


@rule("fact-unit", own_file=True)
def check_fact_units(content):
    """A fact's value fits its unit: money has a currency, dates are real dates, ranges run low to high."""
    for _, doc in content.valid("business"):
        for i, f in enumerate(doc.data["facts"]):
            if (problem := unit_problem(f)):
                yield doc.problem(("facts", i), problem[0], problem[1], key=True)


@rule("business-number")
def check_typed_numbers(content):
    """Text names numbers as facts: a number typed in text must appear in the page's facts (quote, note,
    year) or in the title of a source the page cites; plan steps (`todo`) carry no number at all."""
    titles = {sid: d.data["title"] for sid, d in content.valid("sources")}
    for _, doc in content.valid("business"):
        known = set()
        for f in doc.data["facts"]:
            known |= numbers(" ".join([f["quote"], f.get("note", ""), f["year"], titles.get(f["source"], "")]))
        known |= numbers(" ".join(titles.get(s, "") for s in cited_sources(doc.data)))
        for where, text in texts(doc.data):
            for n in sorted(numbers(PLACEHOLDER.sub(" ", text)) - known):
                yield doc.problem(where, f"the number '{n}' is typed in the text",
                                  "make it a fact (value, unit, source, quote) and write {fact-id} instead")
        for where, text in todos(doc.data):
            if NUMBER.search(text):
                yield doc.problem(where, "a plan's to-do has a number", "write it without the number (numbers need a source)")


@rule("business-reference")
def check_business_references(content):
    """Sources, `see` links and ids of the business pages resolve: existing sources, topics, sections
    and site pages; ids unique on a page; each topic its own `order`."""
    sources = sorted(content.ids("sources"))
    sections = {tid: [s["id"] for s in d.data["sections"]] for tid, d in content.valid("business")}
    orders: dict[int, str] = {}
    for tid, doc in content.valid("business"):
        d = doc.data
        for where, sid in source_refs(d):
            if sid not in sources:
                yield doc.problem(where, f"unknown source '{sid}'", closest(sid, sources))
        for where, ref in see_refs(d):
            if (problem := see_problem(ref, sections, broken_topics(content))):
                yield doc.problem(where, problem[0], problem[1])
        for where, kind, ident in duplicate_ids(d):
            yield doc.problem(where, f"the {kind} id '{ident}' is used twice on the page", "give each its own id")
        if d["order"] in orders:
            yield doc.problem(("order",), f"order {d['order']} is also {orders[d['order']]}'s", "give each topic its own number")
        orders.setdefault(d["order"], tid)
        for i, sec in enumerate(d["sections"]):
            if (table := sec.get("table")):
                for r, row in enumerate(table["rows"]):
                    if len(row) != len(table["columns"]):
                        yield doc.problem(("sections", i, "table", "rows", r), f"the row has {len(row)} cells for "
                                          f"{len(table['columns'])} columns", "give every row one cell per column")


# Helpers: the texts of a page

def texts(d: dict) -> Iterator[tuple[tuple, str]]:
    """(field path, text) for every text of a topic that may name facts."""
    yield ("summary",), d["summary"]
    for i, sec in enumerate(d["sections"]):
        if "lead" in sec:
            yield ("sections", i, "lead"), sec["lead"]
        for j, step in enumerate(sec.get("steps", ())):
            yield ("sections", i, "steps", j, "text"), step["text"]
        if (table := sec.get("table")):
            yield ("sections", i, "table", "caption"), table["caption"]
            for r, row in enumerate(table["rows"]):
                for c, cell in enumerate(row):
                    yield ("sections", i, "table", "rows", r, c), cell


def todos(d: dict) -> Iterator[tuple[tuple, str]]:
    for i, sec in enumerate(d["sections"]):
        for j, step in enumerate(sec.get("steps", ())):
            if "todo" in step:
                yield ("sections", i, "steps", j, "todo"), step["todo"]


def source_refs(d: dict) -> Iterator[tuple[tuple, str]]:
    for i, f in enumerate(d["facts"]):
        yield ("facts", i, "source"), f["source"]
    for i, sec in enumerate(d["sections"]):
        for k, sid in enumerate(sec.get("sources", ())):
            yield ("sections", i, "sources", k), sid
        for j, step in enumerate(sec.get("steps", ())):
            for k, sid in enumerate(step.get("sources", ())):
                yield ("sections", i, "steps", j, "sources", k), sid


def cited_sources(d: dict) -> list[str]:
    return [sid for _, sid in source_refs(d)]


def see_refs(d: dict) -> Iterator[tuple[tuple, str]]:
    for i, sec in enumerate(d["sections"]):
        for j, step in enumerate(sec.get("steps", ())):
            for k, ref in enumerate(step.get("see", ())):
                yield ("sections", i, "steps", j, "see", k), ref


def see_problem(ref: str, sections: dict[str, list[str]], broken: set[str] = frozenset()) -> tuple[str, str] | None:
    """What is wrong with a `see` reference (topic-id, topic-id#section-id or site:NAME), or None (also when
    it names a topic whose own file has an error: that file's problem comes first)."""
    if ref.startswith("site:"):
        name = ref.removeprefix("site:")
        if name in vocabulary.SEE_PAGE and name in routes.PAGES:
            return None
        return f"'{ref}' is not a page a step can link to", closest(name, sorted(vocabulary.SEE_PAGE))
    topic, _, anchor = ref.partition("#")
    if topic in broken:
        return None
    if topic not in sections:
        return f"'{ref}' names no business topic", closest(topic, sorted(sections))
    if anchor and anchor not in sections[topic]:
        return f"'{ref}' names no section of {topic}", closest(anchor, sections[topic])
    return None


def duplicate_ids(d: dict) -> Iterator[tuple[tuple, str, str]]:
    seen: dict[tuple[str, str], bool] = {}
    items = [(("facts", i, "id"), "fact", f["id"]) for i, f in enumerate(d["facts"])]
    for i, sec in enumerate(d["sections"]):
        items.append((("sections", i, "id"), "section", sec["id"]))
        items += [(("sections", i, "steps", j, "id"), "step", s["id"]) for j, s in enumerate(sec.get("steps", ()))]
    for where, kind, ident in items:
        if (kind, ident) in seen:
            yield where, kind, ident
        seen[(kind, ident)] = True


def broken_topics(content) -> set[str]:
    """Topics whose file did not load or pass the schema (references to them are not reported twice)."""
    return {tid for tid, doc in content.collections["business"].items() if not doc.ok}


def all_facts(content) -> set[str]:
    return {f"{tid}/{f['id']}" for tid, doc in content.valid("business") for f in doc.data["facts"]}


def fact_key(ref: str, topic_id: str) -> str:
    """`{ref}` as topic-id/fact-id (a malformed reference is returned as written, so it matches nothing)."""
    m = FACT_REF.match(ref)
    return f"{m.group(1) or topic_id}/{m.group(2)}" if m else ref


def numbers(text: str) -> set[str]:
    """The numbers in a text, without thousands separators: 'Form 1099-NEC, £1,000' → {'1099', '1000'}."""
    return {n.replace(",", "") for n in NUMBER.findall(text)}


# Helpers: a fact's value

def unit_problem(f: dict) -> tuple[str, str] | None:
    """(message, hint) when the value does not fit the unit, else None."""
    unit, values = f["unit"], [f["value"]] if "value" in f else [f["low"], f["high"]]
    if (unit == "money") != ("currency" in f):
        return ("money needs a currency", "add currency: USD, GBP or EUR") if unit == "money" else \
               ("only money has a currency", "remove currency, or set unit: money")
    if unit in ("date", "day_month"):
        if not all(isinstance(v, str) and _date(v, unit) for v in values):
            return f"a {unit} is written {'YYYY-MM-DD' if unit == 'date' else 'MM-DD'}", 'quote it, e.g. value: "2026-08-02"'
        return None
    if not all(isinstance(v, (int, float)) for v in values):
        return f"a {vocabulary.FACT_UNIT[unit]} is a number", "write the number alone (15.3, 1000), without % or a currency sign"
    if "low" in f and f["low"] > f["high"]:
        return "low is above high", "swap them"
    if unit == "percent" and max(values) > 100:
        return "a percentage above 100", "check the value"
    return None


def _date(v: str, unit: str) -> bool:
    try:
        dt.date.fromisoformat(v if unit == "date" else f"2024-{v}")    # 2024: a leap year, so 02-29 is a real day
        return bool(re.fullmatch(r"\d{4}-\d{2}-\d{2}" if unit == "date" else r"\d{2}-\d{2}", v))
    except ValueError:
        return False


def number_forms(v: float) -> set[str]:
    """How a number may be written: 1000 → 1000, 1,000, 1 000; 3.5 → 3.5, 3.50."""
    out = set()
    for places in range(4):
        if float(f"{v:.{places}f}") == float(v):
            grouped = f"{v:,.{places}f}"
            out |= {f"{v:.{places}f}", grouped, grouped.replace(",", " ")}
    return out


def day_forms(month: int, day: int) -> set[str]:
    """How a day may be written: 5 October, October 5, Oct. 5, Sept. 15, 5th October."""
    name = MONTHS[month - 1]
    names = {name, name[:3], name[:3] + "."} | ({"Sept."} if month == 9 else set())
    nth = f"{day}{'th' if 10 <= day % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(day % 10, 'th')}"
    return {form for n in names for d in (str(day), nth) for form in (f"{d} {n}", f"{n} {d}")}


def in_quote(f: dict) -> bool:
    """True when every number of the fact appears in its quote in one of its written forms."""
    quote = " ".join(f["quote"].split())
    for v in [f["value"]] if "value" in f else [f["low"], f["high"]]:
        if f["unit"] in ("date", "day_month"):
            parts = [int(x) for x in v.split("-")]
            year, month, day = parts if f["unit"] == "date" else (None, *parts)
            if not any(form in quote for form in day_forms(month, day)) or (year and str(year) not in quote):
                return False
        elif not any(re.search(rf"(?<![\d.,]){re.escape(form)}(?!\d|[.,]\d)", quote) for form in number_forms(v)):
            return False
    return True
