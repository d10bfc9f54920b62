"""The real dataset: complete, consistent and honest (issue 3's bar)."""

from __future__ import annotations

import re

import pytest

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
    return {float(n.replace(",", "")) for n in re.findall(r"\d[\d,]*\.?\d*", text)}


@pytest.mark.skipif(not RESEARCH.is_dir(), reason="shared/research is not beside this checkout")
def test_every_published_figure_is_in_the_research_files(data):
    """No number is invented: each low/median/high/value appears in the research notes."""
    known = set()
    for f in RESEARCH.glob("*"):
        known |= _numbers_in(f.read_text("utf-8"))
    missing = []
    for role in data.roles.values():
        for f in role.income:
            if f.source == "seed-article":
                continue
            for v in (f.low, f.median, f.high):
                if v is not None and float(v) not in known and float(abs(v)) not in known:
                    missing.append((role.id, f.source, v))
        for o in role.outlook:
            if float(abs(o.value)) not in known:
                missing.append((role.id, o.source, o.value))
    assert missing == []


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

