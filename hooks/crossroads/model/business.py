"""Run it as a business: the topic pages (content/business/) as typed records.

A topic's text names its numbers as facts in braces ({fact-id}, or {topic-id/fact-id} for a
fact of another topic); `pieces` splits a text into plain strings and the facts it names, so
renderers word each fact once (render/business.py) and never see a typed number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Data

PLACEHOLDER = re.compile(r"\{([a-z0-9]+(?:-[a-z0-9]+)*(?:/[a-z0-9]+(?:-[a-z0-9]+)*)?)\}")


@dataclass(frozen=True)
class Fact:
    id: str
    topic: str
    unit: str
    what: str
    region: str
    year: str
    source: str
    confidence: str
    quote: str
    value: float | str | None = None
    low: float | None = None
    high: float | None = None
    currency: str | None = None
    per: str | None = None
    note: str | None = None

    @property
    def key(self) -> str:
        """topic-id/fact-id: the fact's name across pages and its anchor on its own page."""
        return f"{self.topic}/{self.id}"


@dataclass(frozen=True)
class Step:
    id: str
    text: str
    title: str | None = None
    todo: str | None = None
    sources: tuple[str, ...] = ()
    see: tuple[str, ...] = ()


@dataclass(frozen=True)
class Table:
    caption: str
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class Link:
    title: str
    publisher: str
    url: str


@dataclass(frozen=True)
class Section:
    id: str
    heading: str
    style: str = "steps"
    steps: tuple[Step, ...] = ()
    lead: str | None = None
    region: str | None = None
    table: Table | None = None
    block: str | None = None
    links: tuple[Link, ...] = ()
    sources: tuple[str, ...] = ()


@dataclass(frozen=True)
class Topic:
    id: str
    title: str
    order: int
    summary: str
    reviewed: str
    sections: tuple[Section, ...]
    facts: dict[str, Fact]
    notice: str | None = None
    file: str = ""

    def step(self, step_id: str) -> Step | None:
        """A step of the page by its id (plans refer to topic-id/step-id)."""
        return next((s for sec in self.sections for s in sec.steps if s.id == step_id), None)

    def texts(self) -> list[str]:
        """Every text of the page that may name facts, in reading order."""
        out = [self.summary]
        for sec in self.sections:
            out += [sec.lead] if sec.lead else []
            out += [s.text for s in sec.steps]
            if sec.table:
                out += [sec.table.caption, *(c for row in sec.table.rows for c in row)]
        return out

    def cited_sources(self) -> list[str]:
        """Ids of every source the page cites (facts, steps and sections), in order, once each."""
        ids = [f.source for f in self.facts.values()]
        ids += [s for sec in self.sections for s in sec.sources]
        ids += [s for sec in self.sections for st in sec.steps for s in st.sources]
        return list(dict.fromkeys(ids))


# Building

def topic(d: dict, file: str) -> Topic:
    """A Topic from a validated content/business/<id>.yml."""
    sections = tuple(_section(s) for s in d["sections"])
    facts = {f["id"]: Fact(topic=d["id"], **f) for f in d["facts"]}
    return Topic(id=d["id"], title=d["title"], order=d["order"], summary=d["summary"], reviewed=d["reviewed"],
                 sections=sections, facts=facts, notice=d.get("notice"), file=file)


def _section(s: dict) -> Section:
    table = s.get("table")
    return Section(
        id=s["id"], heading=s["heading"], style=s.get("style", "steps"), lead=s.get("lead"), region=s.get("region"),
        steps=tuple(Step(id=x["id"], text=x["text"], title=x.get("title"), todo=x.get("todo"),
                         sources=tuple(x.get("sources", ())), see=tuple(x.get("see", ()))) for x in s.get("steps", ())),
        table=Table(table["caption"], tuple(table["columns"]), tuple(tuple(r) for r in table["rows"])) if table else None,
        block=s.get("block"), links=tuple(Link(**x) for x in s.get("links", ())), sources=tuple(s.get("sources", ())))


# Reading texts

def pieces(text: str, topic_id: str, facts: dict[str, Fact]) -> list[str | Fact]:
    """A text split into plain strings and the facts it names (facts keyed topic-id/fact-id)."""
    out: list[str | Fact] = []
    last = 0
    for m in PLACEHOLDER.finditer(text):
        out.append(text[last:m.start()])
        ref = m.group(1)
        out.append(facts[ref if "/" in ref else f"{topic_id}/{ref}"])
        last = m.end()
    out.append(text[last:])
    return [p for p in out if p != ""]
