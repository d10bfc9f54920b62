"""The real dataset: complete, consistent and honest (issue 3's bar)."""

from __future__ import annotations

import re

import pytest
import yaml

from crossroads.content.check import check
from crossroads.model.dataset import build
from tests.conftest import ROOT

RESEARCH = ROOT.parent / "shared" / "research"


@pytest.fixture(scope="module")
def data():
    return build(check(ROOT / "content", ROOT / "schema"))


def test_counts(data):
    assert len(data.paths) == 3
    assert len(data.roles) >= 15
    assert len(data.skills) >= 35
    assert len(data.dimensions) >= 10


def test_every_path_has_roles_and_every_role_says_what_it_pays_or_why_not(data):
    """What the schema cannot say: a path with no role, a role with neither a figure nor an income gap."""
    for path in data.paths:
        assert data.roles_by_path[path], path
    for role in data.roles.values():
        assert role.income or role.income_gap, f"{role.id}: no figure and no income_gap"


def test_the_articles_three_estimates_are_present(data):
    seeded = {(r.id, f.kind, f.low, f.high) for r in data.roles.values() for f in r.income if f.source == "seed-article"}
    assert ("seo-consultant", "hourly", 50, 150) in seeded
    assert ("seo-consultant", "monthly_retainer", 3000, 5000) in seeded
    assert ("prompt-engineer", "annual_salary", 175000, 300000) in seeded


def test_roles_without_an_official_code_say_so(data):
    """The two roles no standard occupation covers stay marked so (the note is the occupation-note rule's)."""
    none = {r.id for r in data.roles.values() if r.occupation.match == "none"}
    assert {"prompt-engineer", "ai-ethics-specialist"} <= none


def _numbers_in(text: str) -> set[float]:
    return {float(n.replace(",", "").rstrip(".")) for n in re.findall(r"\d[\d,]*\.?\d*", text)}


def _address(url: str | None) -> str:
    """An address as the research rows and the source records may both write it (scheme, www, query dropped)."""
    return re.sub(r"^https?://(www\.)?", "", url or "").split("?")[0].split("#")[0].rstrip("/")


def _rows_by_address() -> dict[str, set[float]]:
    """Every number of every research row (all *.yaml files), by the address the row was read at; a row
    that speaks of thousands also knows its numbers × 1,000 (openings and employment are published so)."""
    rows: dict[str, set[float]] = {}
    for path in RESEARCH.glob("*.yaml"):
        for row in yaml.safe_load(path.read_text("utf-8")) or []:
            text = yaml.safe_dump(row, allow_unicode=True)
            found = _numbers_in(text)
            if "thousand" in text:
                found |= {round(n * 1000, 6) for n in found}
            rows.setdefault(_address(row.get("url")), set()).update(found)
    return rows


@pytest.mark.skipif(not RESEARCH.is_dir(), reason="shared/research is not beside this checkout")
def test_every_published_figure_is_in_its_own_research_row(data):
    """No number is invented or borrowed: each low/median/high/value of a figure or outlook number appears in
    a research row read at its source's address (its url, the copy read, or an address its note names)."""
    assert _untraced_figures(data, _rows_by_address()) == []


@pytest.mark.skipif(not RESEARCH.is_dir(), reason="shared/research is not beside this checkout")
def test_the_figure_audit_fails_on_a_number_from_another_row(data):
    """The audit is not fooled by a number that exists somewhere in the research but not in the source's rows."""
    from dataclasses import replace
    role = data.roles["seo-consultant"]
    wrong = replace(role, income=(replace(role.income[0], median=39850),) + role.income[1:])   # data entry keyers' wage
    assert _untraced_figures(replace(data, roles={**data.roles, role.id: wrong}), _rows_by_address()) == [
        ("seo-consultant", role.income[0].source, 39850)]


def _untraced_figures(data, rows: dict[str, set[float]]) -> list[tuple]:
    """(role, source, value) for every figure or outlook number not found in its source's research rows."""
    missing = []
    for role in data.roles.values():
        for f in (*role.income, *role.outlook):
            src = data.sources[f.source]
            if src.kind == "article_estimate":
                continue
            addresses = [src.url, src.copy_url, *re.findall(r"https://[^\s)]+", src.note or "")]
            known = set().union(*(rows.get(_address(a), set()) for a in addresses if a))
            for v in (getattr(f, k, None) for k in ("low", "median", "high", "value")):
                if v is not None and abs(float(v)) not in known and float(v) not in known:
                    missing.append((role.id, f.source, v))
    return missing


SEED = ROOT.parent / "shared" / "seed"


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9$]+", text.lower())


@pytest.mark.skipif(not SEED.is_dir(), reason="shared/seed is not beside this checkout")
def test_no_sentence_of_the_article_is_copied():
    """Every sentence is in our own words: no run of 8 words from the article appears in the guide."""
    n = 8
    seed = " ".join(p.read_text("utf-8") for p in SEED.glob("*"))
    sw = _words(seed)
    shingles = {tuple(sw[i:i + n]) for i in range(len(sw) - n + 1)}
    copied = []
    for path in list((ROOT / "content").rglob("*.yml")) + list((ROOT / "docs").rglob("*.md")):
        w = _words(path.read_text("utf-8"))
        copied += [(path.name, " ".join(w[i:i + n])) for i in range(len(w) - n + 1) if tuple(w[i:i + n]) in shingles]
    assert copied == []



# Run it as a business: every fact read in a research row, every number on the pages traced

def _normal(text: str) -> str:
    text = str(text).replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return " ".join(text.split())


def _research_rows() -> list[dict]:
    import yaml
    rows = []
    for path in sorted(RESEARCH.glob("*.yaml")):
        loaded = yaml.safe_load(path.read_text("utf-8"))
        rows += [r | {"_file": path.name} for r in loaded if isinstance(r, dict)] if isinstance(loaded, list) else []
    return rows


def _row_of(quote: str, rows: list[dict]) -> dict | None:
    """The research row whose quote (or note) holds every part of a fact's quote ('...' marks a cut)."""
    parts = [_normal(p) for p in re.split(r"\s*\.\.\.\s*", quote) if p.strip()]
    for row in rows:
        text = _normal(row.get("quote", "")) + " " + _normal(row.get("note", ""))
        if all(p in text for p in parts):
            return row
    return None


def _untraced_facts(data, rows: list[dict]) -> list[str]:
    """Facts whose quote is no research row's words, or whose value that row does not hold."""
    from crossroads.content.rules.business import in_quote
    untraced = []
    for key, f in data.facts.items():
        row = _row_of(f.quote, rows)
        raw = {k: v for k, v in {"unit": f.unit, "value": f.value, "low": f.low, "high": f.high}.items() if v is not None}
        if row is None or not in_quote(raw | {"quote": _normal(row.get("quote", "")) + " " + _normal(row.get("value", ""))}):
            untraced.append(key)
    return untraced


def _untraced_numbers(data, known: set[float]) -> list[tuple[str, float]]:
    """Numbers a reader sees on a rendered business page (facts, role anchors, quotes) that no research file holds."""
    from crossroads.pages import business as business_pages
    missing = []
    for topic in data.topics.values():
        md = business_pages.topic_page(topic, data).markdown
        md = re.sub(r"\]\([^)]*\)|<[^>]*>|^---.*?---", " ", md, flags=re.S)          # link targets, tags, front matter
        md = md.replace(topic.reviewed, " ").replace("\\", "")
        missing += [(topic.id, n) for n in sorted(_numbers_in(md)) if n not in known]
    return missing


def _known_numbers() -> set[float]:
    known = set()
    for f in RESEARCH.glob("*"):
        known |= _numbers_in(f.read_text("utf-8"))
    return known


needs_research = pytest.mark.skipif(not RESEARCH.is_dir(), reason="shared/research is not beside this checkout")


@needs_research
def test_every_business_fact_is_read_in_a_research_row(data):
    """Each fact's quote is a research row's words, and the fact's value is in that row."""
    assert _untraced_facts(data, _research_rows()) == []


@needs_research
def test_every_number_on_the_business_pages_is_in_the_research(data):
    """What a reader sees: every number of a rendered business page is in a research file."""
    assert _untraced_numbers(data, _known_numbers()) == []


@needs_research
def test_the_business_audit_fails_on_a_wrong_number(tmp_path):
    """Not a formality: one fact changed to a number no research row holds is caught by both audits."""
    from dataclasses import replace
    data = build(check(ROOT / "content", ROOT / "schema"))
    key = "taxes-and-registering/us-se-tax-rate"
    wrong = replace(data.facts[key], value=915.37)
    topic = data.topics["taxes-and-registering"]
    data.topics["taxes-and-registering"] = replace(topic, facts=topic.facts | {"us-se-tax-rate": wrong})
    data.facts[key] = wrong
    assert key in _untraced_facts(data, _research_rows())
    assert ("taxes-and-registering", 915.37) in _untraced_numbers(data, _known_numbers())
