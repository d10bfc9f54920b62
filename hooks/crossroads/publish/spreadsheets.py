"""The API's spreadsheets: `api/v1/roles.csv` (one row per role × income figure) and
`api/v1/roles-summary.csv` (one row per role), made from the same projections as the JSON files.

RFC 4180 CSV in UTF-8 (no byte-order mark), CRLF line ends, a header row, numbers unformatted.
Text cells that a spreadsheet would run as a formula (starting with = + - @, a tab or a carriage
return) get a leading apostrophe, as OWASP advises; numbers are written as numbers and never touched.
"""

from __future__ import annotations

import csv
import io

from crossroads.config import Config
from crossroads.model.dataset import Dataset
from crossroads.publish import api
from crossroads.render.output import Asset

# Data

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

FIGURE_COLUMNS = [
    "role_id", "role_name", "paths", "figure_index", "kind", "population", "measure", "unit", "period", "currency",
    "low", "median", "high", "open_end", "region", "year", "occupation", "source_id", "source_publisher", "confidence",
    "stale", "on_income_scale", "annual_low", "annual_median", "annual_high", "annual_currency", "annual_assumes",
    "match", "detail",
]
SUMMARY_COLUMNS = [
    "role_id", "role_name", "paths", "work_mode", "remote_fit", "barrier", "startup_cost_low_usd", "startup_cost_high_usd",
    "months_to_first_income_low", "months_to_first_income_high", "occupation_code", "soc", "occupation_title",
    "occupation_match", "employees_annual_low", "employees_annual_median", "employees_annual_high", "employees_currency", "employees_year", "employees_source_id",
    "freelance_annual_low", "freelance_annual_median", "freelance_annual_high", "freelance_currency",
    "freelance_annual_assumes", "freelance_source_id", "employment", "entry_education", "core_skills", "url",
]


# Helpers

def cell(value) -> object:
    """A CSV cell: numbers as they are, booleans as true/false, None as empty, risky text disarmed."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return api.num(value)
    text = " ".join(str(value).split())
    return "'" + text if text.startswith(FORMULA_START) else text


def table(columns: list[str], rows: list[dict]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([cell(row.get(c)) for c in columns])
    return out.getvalue().encode("utf-8")


# Rows

def figure_rows(data: Dataset) -> list[dict]:
    """Every income figure of every role (roles by name, figures in file order), with its annual value."""
    rows = []
    for role in data.role_order:
        for i in range(len(role.income)):
            f = api.figure(role, i, data)
            a = f["annual"] or {}
            rows.append({"role_id": role.id, "role_name": role.name, "paths": ";".join(role.paths), "figure_index": i,
                         **{k: f[k] for k in ("kind", "population", "measure", "unit", "period", "currency", "low",
                                              "median", "high", "open_end", "region", "year", "occupation", "confidence",
                                              "stale", "match", "detail")},
                         "source_id": f["source"], "source_publisher": data.sources[f["source"]].publisher,
                         "on_income_scale": f["annual"] is not None, "annual_low": a.get("low"),
                         "annual_median": a.get("median"), "annual_high": a.get("high"),
                         "annual_currency": a.get("currency"), "annual_assumes": a.get("assumes")})
    return rows


def summary_rows(data: Dataset) -> list[dict]:
    """One row per role: the facts a spreadsheet compares, with the headline figures on the annual scale."""
    rows = []
    for role in data.role_order:
        s = api.role_summary(role, data)
        pay, rate = s["typical"]["employees"], s["typical"]["freelance"]
        occ = api.official(role, data) or {}
        row = {"role_id": role.id, "role_name": role.name, "paths": ";".join(role.paths), "work_mode": role.work_mode,
               "remote_fit": role.remote_fit, "barrier": role.barrier,
               "startup_cost_low_usd": role.startup_cost.low, "startup_cost_high_usd": role.startup_cost.high,
               "months_to_first_income_low": role.time_to_first_income.low,
               "months_to_first_income_high": role.time_to_first_income.high,
               "occupation_code": role.occupation.code, "soc": role.soc, "occupation_title": role.occupation.title,
               "occupation_match": role.occupation.match, "employment": occ.get("employment"),
               "entry_education": occ.get("entry_education"), "core_skills": ";".join(role.skill_ids("core")),
               "url": s["url"]}
        if pay:
            a = pay["annual"]
            row |= {"employees_annual_low": a["low"], "employees_annual_median": a["median"],
                    "employees_annual_high": a["high"], "employees_currency": a["currency"], "employees_year": pay["year"], "employees_source_id": pay["source"]}
        if rate:
            a = rate["annual"]
            row |= {"freelance_annual_low": a["low"], "freelance_annual_median": a["median"], "freelance_annual_high": a["high"],
                    "freelance_currency": a["currency"], "freelance_annual_assumes": a["assumes"],
                    "freelance_source_id": rate["source"]}
        rows.append(row)
    return rows


def assets(data: Dataset, config: Config) -> list[Asset]:
    """Both CSV files; `stale` is judged on the day of `generated_at`, as in the JSON files."""
    data = api.as_of(data, config.stamp)
    return [Asset(api.ROOT + "roles.csv", table(FIGURE_COLUMNS, figure_rows(data))),
            Asset(api.ROOT + "roles-summary.csv", table(SUMMARY_COLUMNS, summary_rows(data)))]
