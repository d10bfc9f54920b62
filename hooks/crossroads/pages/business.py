"""Run it as a business: one short page per topic (`business/<id>.md`) and the section's index
(`business/index.md`), rendered through templates/business-topic.md.j2 and business-index.md.j2."""

from __future__ import annotations

from markupsafe import Markup

from crossroads import routes
from crossroads.model.business import Section, Step, Topic
from crossroads.model.dataset import Dataset
from crossroads.model.plans import see_link
from crossroads.render import business, calculator, tables
from crossroads.render.figures import published, source_link
from crossroads.render.jinja import render
from crossroads.render.markdown import link, md_escape
from crossroads.render.output import Page

# Data

INDEX = routes.PAGES["business"]


# Pieces

def step_links(step: Step, data: Dataset, here: str) -> Markup:
    """` See: Pricing, the income calculator. Source: IRS.` after a step ('' when it has neither)."""
    out = Markup("")
    if step.see:
        out += Markup(" See: ") + Markup(", ").join(link(*see_link(ref, data.topics), here) for ref in step.see) + Markup(".")
    if step.sources:
        out += Markup(" Source: ") + Markup(", ").join(source_link(s, data, here) for s in step.sources) + Markup(".")
    return out


def table(section: Section, topic: Topic, data: Dataset, here: str) -> Markup:
    """The section's table, every cell's facts linked; rows become labelled cards on a phone."""
    t = section.table
    columns = [tables.Column(name, lambda row, i=i: business.text(row[i], topic.id, data, here)) for i, name in enumerate(t.columns)]
    return tables.Table(columns, t.rows).as_html("cr-table cr-business-table")


def fact_entry(fact, topic: Topic, data: Dataset, here: str) -> Markup:
    """One line of "Where each number comes from": value, what, region, year, source, confidence, quote."""
    other = "" if fact.topic == topic.id else f" (from {data.topics[fact.topic].title})"
    note = Markup(" ") + md_escape(fact.note) if fact.note else Markup("")
    return Markup(
        f'<span class="cr-anchor" id="{business.anchor(fact, topic.id)}"></span>**{md_escape(business.value_text(fact))}**: '
        f"{md_escape(fact.what + other)}. {md_escape(fact.region)}, {md_escape(fact.year)}. "
        f"{source_link(fact.source, data, here)}, {md_escape(fact.confidence)} confidence.{note}  \n"
        f'  <span class="cr-quote">“{md_escape(fact.quote)}”</span>')


def role_rates(data: Dataset, here: str) -> Markup:
    """Each side-hustle role's headline freelance rate and what its clients pay, as published, linked to
    the role (folded: a long list on a phone)."""
    roles = [r for r in data.role_order if r.work_mode != "full_time"]
    rows = tables.Table([
        tables.Column("Role", lambda r: link(r.name, routes.role(r.id), here)),
        tables.Column("Freelance rate, as published", lambda r: as_published(freelance(r, data)) or "no reliable figure yet"),
        tables.Column("What clients pay", lambda r: "; ".join(as_published(f) for f in spend(r)) or "no figure yet"),
    ], roles).as_html("cr-table cr-business-table")
    return Markup('<details class="cr-details" markdown="1">\n<summary>Published rates and client prices for '
                  f"{len(roles)} roles</summary>\n\n{rows}\n\n</details>")


def freelance(role, data: Dataset):
    """The role's headline freelance figure (model/income.headline's pick), or None."""
    a = data.headlines[role.id].freelance
    return a.figure if a else None


def spend(role) -> list:
    """What the role's clients pay (budgets, agency fees, project prices): at most two figures."""
    return [f for f in role.income if not f.is_income][:2]


def as_published(f) -> str:
    """`$48 – $75 per hour (US, 2016)`: a figure as its source gives it, with its unit, region and year."""
    if f is None:
        return ""
    return f"{published(f)} per {f.unit} ({f.region}, {f.year or 'undated'})"


# Generated blocks a section may ask for (`block:`; one per value of vocabulary.SECTION_BLOCK)
def calculator_panel(data: Dataset, here: str) -> Markup:
    """The income calculator without a role: the rate a monthly goal needs, set against each role's headline rate."""
    return calculator.panel(data, None, [], here)


BLOCKS = {"role-rates": role_rates, "calculator": calculator_panel}


# Pages

def topic_page(topic: Topic, data: Dataset) -> Page:
    here = routes.business(topic.id)
    facts = business.facts_in_order(topic, data)
    md = render("business-topic.md.j2", here, title=topic.title, topic=topic, data=data, facts=facts,
                text=lambda raw: business.text(raw, topic.id, data, here),
                step_links=lambda s: step_links(s, data, here), table=lambda s: table(s, topic, data, here),
                entry=lambda f: fact_entry(f, topic, data, here), block=lambda s: BLOCKS[s.block](data, here),
                sources=lambda ids: Markup(", ").join(source_link(i, data, here) for i in ids))
    return Page(here, md, topic.file, True)


def index_page(data: Dataset) -> Page:
    md = render("business-index.md.j2", INDEX, data=data,
                summary=lambda t: business.text(t.summary, t.id, data, INDEX))
    return Page(INDEX, md, None, True)


def pages(data: Dataset) -> list[Page]:
    """The section's index and one page per topic, in topic order."""
    return [index_page(data)] + [topic_page(t, data) for t in data.topics.values()]

