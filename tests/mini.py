"""A tiny valid content tree for rule tests: each test changes one thing and checks the message."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCHEMA = ROOT / "schema"

FILES = {
    "dimensions.yml": """\
dimensions:
  - id: barrier-to-entry
    name: Barrier to entry
    question: How hard is it to start?
    derive: barrier
    scale:
      - {value: low, up_to: 3, meaning: Easy.}
      - {value: high, meaning: Hard.}
  - id: flexibility
    name: Flexibility
    question: Can you do it beside a job?
    scale:
      - {value: low, meaning: Rarely.}
      - {value: high, meaning: Usually.}
  - id: income-model
    name: Income model
    question: How does money come in?
    meaning: Clients or salary.
""",
    "assumptions.yml": """\
annualisation:
  billable_hours_per_week: {value: 10, unit: hours per week, rationale: Side hustle.}
  weeks_per_year: {value: 46, unit: weeks per year, rationale: Holidays.}
  billable_days_per_week: {value: 1, unit: days per week, rationale: One day.}
  retainer_clients: {value: 2, unit: clients, rationale: Two.}
  months_per_year: {value: 12, unit: months, rationale: All year.}
  platform_fee_percent: {value: 10, unit: percent, rationale: Fees.}
  full_time_hours_per_week: {value: 35, unit: hours per week, rationale: A job.}
  full_time_days_per_week: {value: 5, unit: days per week, rationale: A week.}
  projects_per_month: {value: 1, unit: projects per month, rationale: One.}
stale_after_years: 3
exchange_rates: []
all_occupations_growth: {value: 3.1, period: 2024-34, source: bls, quote: grow 3.1 percent}
""",
    "quiz.yml": """\
scoring:
  distance_power: 1
  spread: 4
  path_spread: 1.5
  top_roles: 5
  reasons: 3
  reasons_against: 1
  reason_min_lead: 0.15
  middle_band: 0.1
  word_bands: {low: 0.35, high: 0.65}
  background_match: [1, 0.8]
  weight_range: {min: 0.5, max: 3}
  fit_levels:
    - {id: strong, label: Strong fit, min: 0.8}
    - {id: weak, label: Weak fit, min: 0}
  limits:
    full_time_min_hours: 10
    months_factor: 1.5
    cost_factor: 2
    words: {hours: "{it} is a full-time job", months: "first income takes {low} to {high} months", cost: "it costs {low} to {high}"}
traits:
  - {id: technical, name: Technical, description: Likes code., words: {high: "{it} is code", middle: "{it} is some code", low: "{it} is little code"}, weight: 1}
questions:
  - id: code
    kind: choice
    text: Do you like code?
    weight: 1
    options:
      - {id: yes-please, label: Yes please, contributes: {technical: 1}, says: you like code}
      - {id: not-really, label: Not really, contributes: {technical: 0}, says: you do not like code}
""",
    "paths/marketing.yml": """\
id: marketing
name: Marketing side hustles
short_name: Marketing
summary: Clients and campaigns.
suits: [Creative people]
strengths: [Cheap to start]
risks: [Volatile income]
setup: [solo]
dimensions:
  barrier-to-entry: {rationale: A laptop is enough.}
  flexibility: {value: high, rationale: Evenings work.}
  income-model: {value: Retainers, rationale: Clients pay monthly.}
last_reviewed: "2026-01-01"
traits: {technical: 0.2}
""",
    "sources/bls.yml": """\
id: bls
publisher: U.S. Bureau of Labor Statistics
title: OEWS May 2024
url: https://www.bls.gov/oes/tables.htm
year: 2024
kind: official_statistics
""",
    "occupations/13-1161.yml": """\
id: "13-1161"
title: Market research analysts and marketing specialists
employment: 941700
employment_year: 2024
self_employed_percent: 5.9
entry_education: Bachelor's degree
work_experience: None
on_the_job_training: None
source: bls
confidence: high
quote: "Employment 2024 941.7 | percent self employed 2024 5.9 | Bachelor's degree"
""",
    "sources/guess.yml": """\
id: guess
publisher: Editors
title: Estimates
year: 2026
kind: editorial_estimate
""",
    "roles/seo.yml": """\
id: seo
name: SEO consultant
paths: [marketing]
summary: Gets sites found.
tasks: [Audit, Research, Rewrite, Plan, Report]
skills:
  - {skill: keywords, level: core}
  - {skill: analytics, level: core}
  - {skill: writing, level: useful}
  - {skill: talking, level: useful}
how_to_start:
  steps: [Learn, Practise]
  first_experiment: Audit a friend's site.
  portfolio_ideas: [A case study]
startup_cost: {low: 0, high: 500, confidence: low, source: guess, basis: Free tools.}
time_to_first_income: {low: 1, high: 4, confidence: low, source: guess, basis: Weeks.}
work_mode: both
remote_fit: high
income:
  - kind: percentiles
    period: year
    population: employees
    low: 42070
    median: 76950
    high: 144610
    currency: USD
    region: US
    year: 2024
    occupation: 13-1161
    source: bls
    confidence: high
    match: loose
outlook:
  - measure: employment_change
    value: 6.7
    unit: percent
    period: 2024-34
    year: 2024
    region: US
    scope: occupation
    occupation: 13-1161
    source: bls
    confidence: high
    quote: "Market research analysts and marketing specialists | 13-1161 | change percent 6.7"
ai_impact: Drafts get cheaper.
occupation: {code: 13-1161, title: Marketing Specialists, match: loose, note: Proxy.}
related_roles: []
last_reviewed: "2026-01-01"
traits: {technical: 0.4}
""",
    "sources/irs.yml": """\
id: irs
publisher: Internal Revenue Service
title: Self-employment tax
url: https://www.irs.gov/se
year: null
kind: official_guidance
""",
    "business/start.yml": """\
id: start
title: Getting started
order: 1
summary: Side income is taxed.
reviewed: "2026-01-01"
sections:
  - id: taxes
    heading: Taxes
    style: steps
    steps:
      - id: set-aside
        title: Set money aside
        text: Self-employment tax is {tax-rate} of profit.
        todo: Open a separate account for tax.
        see: ["site:income"]
    links:
      - {title: Self-employment tax, publisher: IRS, url: "https://www.irs.gov/se"}
  - id: contract
    heading: "What the agreement covers: <scope> & *changes*"
    lead: Clients in the US pay {fee}.
    style: checklist
    steps:
      - {id: scope, title: Scope, text: What you deliver and by when.}
    table:
      caption: Fees as published
      columns: [Method, Fee]
      rows:
        - [Card, "{fee} + {tax-rate}"]
facts:
  - id: fee
    low: 0.99
    high: 14.99
    unit: money
    currency: USD
    per: per contract
    what: A platform's contract fee
    region: Global
    year: "2026"
    source: irs
    confidence: high
    quote: a one-time Contract Initiation Fee ranging from $0.99 to $14.99 USD.
  - id: tax-rate
    value: 15.3
    unit: percent
    what: Self-employment tax rate
    region: US
    year: "2026"
    source: irs
    confidence: high
    quote: The self-employment tax rate is 15.3 percent of self-employment profit.
""",
    "plan.yml": """\
title: "{role}: your first month"
summary: Four weeks.
storage_note: Ticks stay in this browser.
pacing: {default_hours: 10, min_hours: 1, max_hours: 60, rule: Core steps first., over_budget: "Needs {need} of your {hours}.", spare: "About {spare} left: {use}"}
templates:
  how_to_start: "{item}"
  first_experiment: "First experiment: {item}"
  portfolio_idea: "Portfolio piece: {item}"
  skill: "Learn the basics: {skill}."
weeks:
  - id: week-1
    title: Learn
    aim: Learn the basics.
    spare: go deeper.
    steps:
      - {id: start-1, from: how_to_start, pick: 1, tier: core, hours: 2}
      - {id: skill-1, from: skill, pick: 1, tier: extra, hours: 2}
  - id: week-2
    title: Try
    aim: Try it.
    spare: try again.
    steps:
      - {id: start-2, from: how_to_start, pick: 2, tier: core, hours: 2}
      - {id: experiment, from: first_experiment, tier: extra, hours: 3}
  - id: week-3
    title: Show
    aim: Show it.
    spare: polish it.
    steps:
      - {id: portfolio-1, from: portfolio_idea, pick: 1, tier: core, hours: 3}
  - id: week-4
    title: Sell
    aim: Sell it.
    spare: tell more people.
    steps:
      - {id: tax, from: business, ref: start/set-aside, tier: core, hours: 1}
      - {id: apply, from: text, text: Apply for one job., tier: stretch, hours: 1, for: [full_time]}
""",
}
for _sid, _name in [("keywords", "Keyword research"), ("analytics", "Web analytics"),
                    ("writing", "Copywriting"), ("talking", "Client communication")]:
    FILES[f"skills/{_sid}.yml"] = (f"id: {_sid}\nname: {_name}\ncategory: analytical\n"
                                   f"description: The skill.\nlearn: Practise.\nshow: A sample.\n")


def write(root: Path, changes: dict[str, str | None] | None = None) -> Path:
    """Write the mini tree under root/content, applying {file: new text or None to delete}."""
    files = dict(FILES)
    for name, text in (changes or {}).items():
        if text is None:
            files.pop(name, None)
        else:
            files[name] = text
    content = root / "content"
    for name, text in files.items():
        path = content / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, "utf-8")
    for folder in ("paths", "roles", "skills", "sources", "occupations", "business", "backgrounds"):
        (content / folder).mkdir(parents=True, exist_ok=True)
    return content


def line_of(text: str, needle: str) -> int:
    """1-based line of the first occurrence of needle in text."""
    return text[: text.index(needle)].count("\n") + 1
