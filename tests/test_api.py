"""The static API (api/v1/): every file validates against its published schema, the files agree
with the pages, the same content gives the same bytes, and the CSV files are safe in a spreadsheet."""

from __future__ import annotations

import csv
import io
import json
import posixpath
import re
from dataclasses import replace
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator
from referencing import Registry, Resource

from crossroads import config as settings
from crossroads import routes
from crossroads.content.check import check as check_content
from crossroads.model.dataset import build
from crossroads.pages import api_docs as apidocs
from crossroads.publish import api, schemas
from crossroads.publish import spreadsheets as csvexport
from tests.conftest import ROOT, project_config, run_cli

API = "api/v1"


@pytest.fixture(scope="module")
def data():
    return build(check_content(ROOT / "content", ROOT / "schema"))


def api_files(site: Path) -> dict[str, bytes]:
    """Every file under the built site's api/v1/, by its path there."""
    base = site / API
    return {p.relative_to(base).as_posix(): p.read_bytes() for p in sorted(base.rglob("*")) if p.is_file()}


def registry(site: Path) -> Registry:
    """The schemas as the site publishes them, registered under their paths in api/v1/schema/."""
    base = site / API / "schema"
    return Registry().with_resources((p.relative_to(base).as_posix(), Resource.from_contents(json.loads(p.read_text("utf-8"))))
                                     for p in sorted(base.rglob("*.schema.json")))


def money(v: float, currency: str = "USD") -> str:
    """$45,540: the pages' whole-number form, written independently of the package."""
    return {"USD": "$", "GBP": "£", "EUR": "€"}.get(currency, currency + " ") + f"{round(v):,}"


# Schemas

def test_every_api_file_validates_against_the_schema_it_names(built_site):
    files, reg = api_files(built_site), registry(built_site)
    json_files = [f for f in files if f.endswith(".json") and not f.startswith("schema/")]
    assert {"paths.json", "roles.json", "skills.json", "sources.json", "dimensions.json", "assumptions.json",
            "quiz.json"} <= set(json_files)
    for name in json_files:
        doc = json.loads(files[name])
        assert set(doc) == {"$schema", "schema_version", "generated_at", "data"}, name
        schema_path = posixpath.normpath(posixpath.join(posixpath.dirname(name), doc["$schema"]))
        assert schema_path.startswith("schema/") and schema_path in files, (name, doc["$schema"])
        validator = Draft202012Validator(reg[schema_path.removeprefix("schema/")].contents, registry=reg)
        errors = [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(doc)]
        assert errors == [], name


def test_the_schemas_reject_what_they_should(built_site):
    reg = registry(built_site)
    doc = json.loads((built_site / API / "roles" / "seo-consultant.json").read_text("utf-8"))
    validator = Draft202012Validator(reg["role.schema.json"].contents, registry=reg)
    doc["data"]["income"][0]["surprise"] = 1
    doc["data"]["work_mode"] = "weekends"
    messages = " ".join(e.message for e in validator.iter_errors(doc))
    assert "surprise" in messages and "weekends" in messages


def test_schemas_are_published_unchanged(built_site):
    for path in sorted((ROOT / "schema").glob("*.schema.json")):
        assert (built_site / API / "schema" / "content" / path.name).read_bytes() == path.read_bytes()
    for path in sorted((ROOT / "schema" / "api").glob("*.schema.json")):
        assert (built_site / API / "schema" / path.name).read_bytes() == path.read_bytes()
        Draft202012Validator.check_schema(json.loads(path.read_text("utf-8")))


# Agreement with the pages

def test_same_roles_as_the_pages(built_site, data):
    roles = json.loads((built_site / API / "roles.json").read_text("utf-8"))["data"]
    ids = [r["id"] for r in roles]
    pages = sorted(p.parent.name for p in (built_site / "roles").glob("*/index.html") if p.parent.name != "compare")
    assert sorted(ids) == pages == sorted(data.roles)
    assert ids == [r.id for r in sorted(data.roles.values(), key=lambda r: r.name.lower())]
    for r in roles:
        assert (built_site / r["url"] / "index.html").is_file()
        assert (built_site / API / r["api"]).is_file()


def test_every_figure_and_annual_value_is_on_the_role_page(built_site, data):
    for role in data.roles.values():
        doc = json.loads((built_site / API / "roles" / f"{role.id}.json").read_text("utf-8"))["data"]
        html = (built_site / "roles" / role.id / "index.html").read_text("utf-8")
        assert len(doc["income"]) == len(role.income)
        for fig, src in zip(doc["income"], role.income, strict=True):
            assert (fig["low"], fig["median"], fig["high"], fig["kind"], fig["source"]) == \
                   (src.low, src.median, src.high, src.kind, src.source)
            for v in (fig["low"], fig["median"], fig["high"]):
                if v is not None and v >= 1000:
                    assert f"{v:,.0f}" in html, (role.id, v)
            a = fig["annual"]
            if a is None or a["assumes"] == "":
                continue
            lo = a["low"] if a["low"] is not None else a["median"]
            hi = a["high"] if a["high"] is not None else a["median"]
            c = a["currency"]
            text = f"{money(lo, c)} a year" if lo == hi else f"{money(lo, c)} – {money(hi, c)}"
            assert text in html, (role.id, fig["index"], text)


def test_typical_pay_in_roles_json_is_what_the_roles_table_shows(built_site):
    roles = json.loads((built_site / API / "roles.json").read_text("utf-8"))["data"]
    table = (built_site / "roles" / "index.html").read_text("utf-8")
    for r in roles:
        row = re.search(rf'href="{r["id"]}/".*?</tr>', table, re.S).group(0)
        pay = r["typical"]["employees"]
        if pay:
            a = pay["annual"]
            mid = a["median"] if a["median"] is not None else (a["low"] + a["high"]) / 2
            assert money(mid) in row, r["id"]
        if not pay and not r["typical"]["freelance"]:
            assert "no reliable figure" in row.lower(), r["id"]


def test_annual_values_follow_the_assumptions(data):
    hours, weeks, fee = (data.assumptions[k].value for k in ("billable_hours_per_week", "weeks_per_year", "platform_fee_percent"))
    seo = api.role_detail(data.roles["seo-consultant"], data)
    hourly = next(f for f in seo["income"] if f["kind"] == "hourly" and f["population"] == "freelancers_and_agencies")
    assert hourly["annual"]["median"] == pytest.approx(hourly["median"] * hours * weeks * (1 - fee / 100))
    spend = [f for r in data.roles.values() for f in api.role_detail(r, data)["income"] if f["population"] == "client_spend"]
    assert spend and all(f["annual"] is None and f["is_income"] is False for f in spend)


def test_quiz_json_is_the_quiz_data(built_site):
    served = json.loads((built_site / routes.QUIZ_DATA).read_text("utf-8"))
    assert json.loads((built_site / API / "quiz.json").read_text("utf-8"))["data"] == served


def test_assumptions_name_the_calculators_url_parameters(data):
    """Every field of the calculator's form that overrides an assumption, by its name in the address."""
    from crossroads.render import calculator
    fields = {name for name, *_ in calculator.FIELDS}
    got = api.assumptions(data)["url_parameters"]
    assert set(got) <= fields and set(got) == {"hours", "weeks", "fee", "days", "clients", "projects"}
    assert all(a in data.assumptions for a in got.values())


# Reproducible bytes

def test_two_builds_of_the_same_content_give_the_same_bytes(tmp_path):
    env = {"SOURCE_DATE_EPOCH": "1767225600"}
    outs = []
    for n in (1, 2):
        out = tmp_path / f"out{n}"
        assert run_cli(["pages", "--out", str(out)], env=env).returncode == 0
        outs.append({p.relative_to(out / API).as_posix(): p.read_bytes() for p in (out / API).rglob("*") if p.is_file()})
    assert outs[0] == outs[1] and len(outs[0]) > 20
    assert json.loads(outs[0]["roles.json"])["generated_at"] == "2026-01-01T00:00:00Z"


def test_generated_at_never_reads_the_clock(data, tmp_path):
    reviewed = [x.last_reviewed for x in [*data.roles.values(), *data.paths.values()]]
    cfg = settings.from_project(ROOT)
    assert settings.stamped(cfg, reviewed, env={"SOURCE_DATE_EPOCH": "0"}).stamp == "1970-01-01T00:00:00Z"
    elsewhere = replace(cfg, root=tmp_path, content=tmp_path / "content")
    assert settings.stamped(elsewhere, reviewed, env={}).stamp == f"{max(reviewed)}T00:00:00Z"      # no git history there
    from_git = settings.stamped(cfg, reviewed, env={}).stamp
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", from_git)
    assert settings.stamped(cfg, reviewed, env={}).stamp == from_git


def test_stale_flags_are_judged_on_the_day_of_generated_at_not_today(data):
    def stale(stamp):
        cfg = replace(project_config(data), stamp=stamp)
        files = {a.uri: a.content for a in api.assets(data, cfg) + csvexport.assets(data, cfg)}
        roles = [json.loads(files[f"{api.ROOT}roles/{r}.json"])["data"] for r in sorted(data.roles)]
        flags = [f["stale"] for r in roles for f in r["income"] if f["year"] is not None]
        return flags, files[f"{api.ROOT}roles.csv"].count(b",true,")
    limit = data.stale_after_years
    years = [f.year for r in data.roles.values() for f in r.income if f.year]
    early, late = f"{min(years)}-06-01T00:00:00Z", f"{max(years) + limit + 2}-06-01T00:00:00Z"
    assert not any(stale(early)[0]) and all(stale(late)[0])
    assert stale(early)[1] < stale(late)[1]


def test_the_built_site_has_the_packages_bytes(built_site, data):
    stamp = json.loads((built_site / API / "roles.json").read_text("utf-8"))["generated_at"]
    files = api_files(built_site)
    cfg = replace(project_config(data), stamp=stamp)
    for asset in api.assets(data, cfg) + csvexport.assets(data, cfg) + schemas.assets(cfg.schema):
        if asset.uri.startswith("assets/"):
            continue
        assert files[asset.uri.removeprefix(api.ROOT)] == asset.content, asset.uri


# CSV

def test_roles_csv_has_one_row_per_role_and_figure(built_site, data):
    raw = (built_site / API / "roles.csv").read_bytes()
    assert b"\r\n" in raw and not raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert list(rows[0]) == csvexport.FIGURE_COLUMNS
    assert len(rows) == sum(len(r.income) for r in data.roles.values())
    for row in rows:
        fig = api.role_detail(data.roles[row["role_id"]], data)["income"][int(row["figure_index"])]
        assert row["unit"] == fig["unit"] and row["source_id"] == fig["source"] and row["year"] == str(fig["year"] or "")
        annual = fig["annual"] or {}
        assert row["annual_median"] == ("" if annual.get("median") is None else str(annual["median"]))
        assert row["on_income_scale"] == ("true" if fig["annual"] else "false")


def test_roles_summary_csv_has_one_row_per_role(built_site, data):
    rows = list(csv.DictReader(io.StringIO((built_site / API / "roles-summary.csv").read_text("utf-8"))))
    assert list(rows[0]) == csvexport.SUMMARY_COLUMNS
    assert sorted(r["role_id"] for r in rows) == sorted(data.roles)


@pytest.mark.parametrize("value, cell", [("=HYPERLINK(\"x\")", "'=HYPERLINK(\"x\")"), ("+1", "'+1"), ("-1 day", "'-1 day"),
                                         ("@SUM(A1)", "'@SUM(A1)"), ("plain", "plain"), (-5, -5), (1.5, 1.5), (2.0, 2),
                                         (None, ""), (True, "true")])
def test_csv_cells_never_run_as_formulas(value, cell):
    assert csvexport.cell(value) == cell


def test_csv_quotes_commas_quotes_and_line_breaks():
    text = csvexport.table(["a", "b"], [{"a": 'say "hi", then\nleave', "b": 3}]).decode("utf-8")
    assert list(csv.reader(io.StringIO(text))) == [["a", "b"], ['say "hi", then leave', "3"]]


# The Data and API page

def test_the_api_page_documents_every_file_and_field(built_site):
    html = (built_site / "api" / "index.html").read_text("utf-8")
    docs = schemas.documents(ROOT / "schema")
    for file, name in apidocs.FILES:
        assert f"<code>{file.replace('<', '&lt;').replace('>', '&gt;')}</code>" in html, file
        rows = apidocs.fields(docs[f"{name}.schema.json"]["properties"]["data"], "data", f"{name}.schema.json", docs)
        for row in rows:
            assert row.description.strip(), (file, row.path)
            assert f"<code>{row.path.replace('<', '&lt;').replace('>', '&gt;')}</code>" in html, (file, row.path)
    for needed in ("CC BY 4.0", "O*NET", "v2", "roles.csv", "roles-summary.csv", "SOURCE_DATE_EPOCH"):
        assert needed in html, needed
    for href in re.findall(r'href="(v1/[^"]+)"', html):
        assert (built_site / "api" / href).is_file(), href
