"""The versioned static API (`api/v1/`): explicit projections of the model, each in an envelope.

Every file is `{"$schema", "schema_version", "generated_at", "data"}`; `$schema` is relative to the
file and points at its JSON Schema under `api/v1/schema/` (published by apidocs.py). Files are
written with sorted keys and fixed separators, and `generated_at` comes from the content's history
(never the clock), so the same content always gives the same bytes. `v1` only grows: a new field or
file is added in place; renaming, removing or changing the meaning of one starts `v2`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json

from crossroads import routes, vocabulary
from crossroads.config import Config
from crossroads.model import earnings, quiz_data
from crossroads.model.dataset import Dataset, Role
from crossroads.model.entities import Figure, Outlook
from crossroads.render import summaries
from crossroads.render.figures import assumed_text, formula_text
from crossroads.render.output import Asset

# Data

ROOT = routes.API_ROOT
SCHEMA_VERSION = 1
# The calculator's query-string names (docs/assets/calculator.js, model/earnings.LIMITS) → assumption ids.
URL_PARAMETERS = {name: aid for name, (aid, *_) in earnings.LIMITS.items() if aid}


# Reproducible time

def as_of(data: Dataset, stamp: str) -> Dataset:
    """The dataset with `today` set to the day of `generated_at`, so `stale` flags depend on the content only."""
    return dataclasses.replace(data, today=dt.date.fromisoformat(stamp[:10]))


# Helpers

def num(value):
    """A number as JSON should carry it: 45540.0 → 45540, None stays None."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def annual(role: Role, index: int, data: Dataset) -> dict | None:
    """The figure on the annual scale under the default assumptions, with how (None when never annualised)."""
    a = data.annual[role.id][index]
    if a is None:
        return None
    return {"low": num(a.low), "median": num(a.median), "high": num(a.high), "currency": a.currency, "rate": num(a.basis.rate),
            "formula": formula_text(a), "assumes": assumed_text(a)}


def figure(role: Role, index: int, data: Dataset) -> dict:
    """One income figure as published, what it measures, and its annual value."""
    f: Figure = role.income[index]
    return {"index": index, "kind": f.kind, "population": f.population, "measure": f.measure, "unit": f.unit,
            "period": f.period, "currency": f.currency, "low": num(f.low), "median": num(f.median), "high": num(f.high),
            "open_end": f.open_end, "region": f.region, "year": f.year, "occupation": f.occupation, "source": f.source,
            "confidence": f.confidence, "match": f.match, "match_words": vocabulary.FIGURE_MATCH[f.match],
            "detail": f.detail, "note": f.note, "is_income": f.is_income, "stale": data.is_stale(f),
            "annual": annual(role, index, data)}


def outlook(role: Role, o: Outlook, data: Dataset) -> dict:
    """One demand or outlook number with what it measures and covers, and how well that matches the role."""
    return {"measure": o.measure, "measure_words": o.measure_words, "value": num(o.value), "value_text": o.value_text,
            "unit": o.unit, "period": o.period, "year": o.year, "region": o.region, "scope": o.scope,
            "occupation": o.occupation, "source": o.source, "confidence": o.confidence, "match": role.outlook_match(o),
            "note": o.note, "stale": data.is_stale(o)}


def estimate(e, unit: str) -> dict:
    return {"low": num(e.low), "high": num(e.high), "unit": unit, "confidence": e.confidence, "source": e.source,
            "basis": e.basis}


def headline(role: Role, data: Dataset) -> dict:
    """Indexes into `income` of the figures the headline rules pick (model/income.py), null when none fits."""
    pay, rate = data.headlines[role.id].employees, data.headlines[role.id].freelance
    return {"employees": pay.index if pay else None, "freelance": rate.index if rate else None,
            "leads_with": "employees" if role.work_mode == "full_time" else "freelance"}


def official(role: Role, data: Dataset) -> dict | None:
    """The nearest official occupation's quick facts (BLS), or None."""
    occ = data.official(role)
    if occ is None:
        return None
    return {"code": occ.id, "title": occ.title, "employment": occ.employment, "employment_year": occ.employment_year,
            "self_employed_percent": num(occ.self_employed_percent), "entry_education": occ.entry_education,
            "work_experience": occ.work_experience, "on_the_job_training": occ.on_the_job_training,
            "source": occ.source, "confidence": occ.confidence}


def growth(role: Role, data: Dataset) -> int | None:
    """Index into `outlook` of the projected employment change of the role's own occupation."""
    own = data.growth[role.id]
    return next((i for i, o in enumerate(role.outlook) if o is own), None)


# Projections

def role_summary(role: Role, data: Dataset) -> dict:
    """A role in roles.json: enough to list, filter and link it; roles/<id>.json has the rest."""
    pick = headline(role, data)
    return {"id": role.id, "name": role.name, "url": routes.url(routes.role(role.id)), "api": routes.api_role(role.id),
            "paths": list(role.paths), "summary": role.summary, "work_mode": role.work_mode, "remote_fit": role.remote_fit,
            "barrier": role.barrier, "startup_cost": estimate(role.startup_cost, "USD"),
            "time_to_first_income": estimate(role.time_to_first_income, "months"),
            "occupation": {"code": role.occupation.code, "soc": role.soc, "title": role.occupation.title,
                           "match": role.occupation.match},
            "typical": {k: (figure(role, v, data) if k != "leads_with" and v is not None else v) for k, v in pick.items()},
            "skills": role.skill_ids(), "last_reviewed": role.last_reviewed}


def role_detail(role: Role, data: Dataset) -> dict:
    """roles/<id>.json: the whole role page as data (what the compare page reads)."""
    out = role_summary(role, data)
    del out["typical"]
    out["headline"] = headline(role, data)
    out["paths"] = [{"id": p, "name": data.paths[p].name, "short_name": data.paths[p].short_name,
                     "url": routes.url(routes.path(p))} for p in role.paths]
    out["skills"] = [{"id": s.skill, "name": data.skills[s.skill].name, "level": s.level} for s in role.skills]
    out["occupation"] |= {"note": role.occupation.note, "official": official(role, data)}
    out |= {"tasks": list(role.tasks), "steps": list(role.steps), "first_experiment": role.first_experiment,
            "portfolio_ideas": list(role.portfolio_ideas), "ai_impact": role.ai_impact, "income_gap": role.income_gap,
            "income": [figure(role, i, data) for i in range(len(role.income))],
            "outlook": [outlook(role, o, data) for o in role.outlook], "outlook_summary": role.outlook_summary,
            "growth": growth(role, data), "related_roles": list(role.related_roles),
            "sources": [source(data.sources[s]) for s in data.role_sources(role)]}
    return out


def path(p, data: Dataset) -> dict:
    """A path with its dimension values (derived ones computed from its roles) and its roles."""
    derived = {d.id for d in data.dimensions if d.derive}
    return {"id": p.id, "name": p.name, "short_name": p.short_name, "url": routes.url(routes.path(p.id)),
            "summary": p.summary, "suits": list(p.suits), "strengths": list(p.strengths), "risks": list(p.risks),
            "setup": list(p.setup), "roles": [r.id for r in data.roles_by_path[p.id]],
            "dimensions": {d.id: {"value": summaries.value(p, d, data), "rationale": p.dimensions[d.id].rationale,
                                  "derived": d.id in derived} for d in data.dimensions},
            "estimates": estimates(data.path_summaries[p.id]), "last_reviewed": p.last_reviewed}


def estimates(s) -> dict:
    """A path's time to first income and start-up cost over its roles, as numbers (model/summaries.Range)."""
    def one(r, unit):
        return None if r is None else {"low": num(r.low), "high": num(r.high), "median": num(r.median), "unit": unit,
                                       "lowest": list(r.lowest), "highest": list(r.highest)}
    return {"time_to_first_income": one(s.months, "months"), "startup_cost": one(s.startup, "USD")}


def skill(s, data: Dataset) -> dict:
    """A skill with the roles that need it and whether it bridges paths."""
    return {"id": s.id, "name": s.name, "category": s.category, "description": s.description, "learn": s.learn,
            "show": s.show, "roles": [{"id": r.id, "level": level} for r, level in data.skill_users[s.id]],
            "bridge": s in data.bridge_skills}


def background(b, data: Dataset) -> dict:
    """A starting point with its nearest roles and, for each, the skills it brings and still needs."""
    def near(r):
        have, missing = data.from_background(b, data.roles[r.role])
        return {"id": r.role, "why": r.why, "skills_you_bring": [s.id for s in have], "skills_to_learn": [s.id for s in missing]}
    return {"id": b.id, "name": b.name, "url": routes.url(routes.PAGES["starting_points"]) + "#" + b.id, "who": b.who,
            "examples": list(b.examples), "skills_you_have": list(b.skills_you_have), "carries_over": list(b.carries_over),
            "missing": list(b.missing), "roles": [near(r) for r in b.roles], "first_experiment": b.first_experiment}


def source(s) -> dict:
    return {"id": s.id, "publisher": s.publisher, "title": s.title, "kind": s.kind, "year": s.year, "url": s.url,
            "copy_url": s.copy_url, "published": s.published, "accessed": s.accessed, "license": s.license,
            "attribution": s.attribution, "note": s.note}


def dimension(d) -> dict:
    return {"id": d.id, "name": d.name, "question": d.question, "meaning": d.meaning, "derive": d.derive,
            "scale": [{"value": s.value, "meaning": s.meaning, "up_to": num(s.up_to)} for s in d.scale]}


def assumptions(data: Dataset) -> dict:
    """The annualisation assumptions, the stale limit, exchange rates and the calculator's URL names."""
    return {"annualisation": {k: {"value": num(a.value), "unit": a.unit, "rationale": a.rationale, "source": a.source}
                              for k, a in data.assumptions.items()},
            "stale_after_years": data.stale_after_years,
            "exchange_rates": [dict(r) for r in data.exchange_rates],
            "url_parameters": dict(URL_PARAMETERS)}


def documents(data: Dataset, roles: set[str] | None = None) -> dict[str, tuple[str, object]]:
    """Every JSON file of the API: path under api/v1/ → (schema name, data); `roles` limits the roles/<id>.json files."""
    docs = {
        "paths.json": ("paths", [path(p, data) for p in data.paths.values()]),
        "roles.json": ("roles", [role_summary(r, data) for r in data.role_order]),
        "skills.json": ("skills", [skill(s, data) for s in sorted(data.skills.values(), key=lambda x: (x.name.lower(), x.id))]),
        "sources.json": ("sources", [source(s) for s in sorted(data.sources.values(), key=lambda s: s.id)]),
        "backgrounds.json": ("backgrounds", [background(b, data) for b in data.backgrounds.values()]),
        "dimensions.json": ("dimensions", [dimension(d) for d in data.dimensions]),
        "assumptions.json": ("assumptions", assumptions(data)),
        "quiz.json": ("quiz", quiz_data.projection(data)),
    }
    for r in sorted(data.roles.values(), key=lambda r: r.id):
        if roles is None or r.id in roles:
            docs[f"roles/{r.id}.json"] = ("role", role_detail(r, data))
    return docs


# Files

def dumps(value) -> bytes:
    """Stable JSON bytes: sorted keys, fixed separators, UTF-8, one trailing newline."""
    return (json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False) + "\n").encode("utf-8")


def envelope(name: str, rel: str, stamp: str, data) -> dict:
    """The wrapper every API file has; `$schema` is relative to the file itself."""
    up = "../" * rel.count("/")
    return {"$schema": f"{up}schema/{name}.schema.json", "schema_version": SCHEMA_VERSION, "generated_at": stamp, "data": data}


def assets(data: Dataset, config: Config) -> list[Asset]:
    """Every JSON file of api/v1/ (CSV files and schemas come from spreadsheets.py and schemas.py), and the
    quiz's own data file (the same projection as api/v1/quiz.json's `data`)."""
    docs = documents(as_of(data, config.stamp))
    files = [Asset(ROOT + rel, dumps(envelope(name, rel, config.stamp, body))) for rel, (name, body) in docs.items()]
    quiz_file = json.dumps(quiz_data.projection(data), ensure_ascii=False, separators=(",", ":"), sort_keys=False)
    return files + [Asset(routes.QUIZ_DATA, quiz_file.encode("utf-8"))]
