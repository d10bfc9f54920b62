"""A lean search index: tables of figures, charts, notes and source lists stay out; role pages are
boosted and come first for their name; the page itself keeps everything (the marks are stripped)."""

from __future__ import annotations

import json

import pytest

from crossroads.content.check import check
from crossroads.model.dataset import build
from crossroads.site import search as searchlean
from tests.conftest import ROOT

ROLE_HTML = """<h1 id="seo">SEO</h1><p>Finds searches.</p><table><tr><td>$42,070</td></tr></table>
<h2 id="income">Income<a class="headerlink" href="#income">¶</a></h2><figure><svg><text>$0</text></svg></figure>
<p>Chart words.</p><p>Notes on the figures:</p>
<ul><li>A note.</li></ul>
<h2 id="what-they-do">What they do</h2><ul><li>Audits sites.</li></ul><p>Notes on the outlook:</p><ul><li>Old.</li></ul>
<h2 id="sources">Sources</h2><ol><li>BLS.</li></ol>"""


@pytest.fixture(scope="module")
def index(built_site) -> list[dict]:
    return json.loads((built_site / "search" / "search_index.json").read_text("utf-8"))["docs"]


@pytest.fixture(scope="module")
def data():
    return build(check(ROOT / "content", ROOT / "schema"))


def test_tables_charts_notes_and_sources_are_marked_prose_is_not():
    html = searchlean.mark(ROLE_HTML, "roles/seo.md")
    attr = searchlean.ATTR
    assert f"<table {attr}>" in html and f"<figure {attr}>" in html and f"<svg {attr}>" in html
    assert f'<h2 {attr} id="sources">' in html                           # the whole section
    assert '<h2 id="income">' in html and f"<p {attr}>Chart words." in html  # heading kept, text out
    assert f"<p {attr}>Notes on the outlook:</p><ul {attr}>" in html and f"<p {attr}>Notes on the figures:</p>\n<ul {attr}>" in html
    assert '<h2 id="what-they-do">What they do</h2><ul>' in html and "<p>Finds searches.</p>" in html


def test_the_calculators_sentences_stay_out_of_the_index():
    html = searchlean.mark('<p class="cr-calc__assume">At 10 hours.</p><p class="cr-calc__tax">Before tax.</p><p>Prose.</p>',
                           "income/index.md")
    attr = searchlean.ATTR
    assert f'<p {attr} class="cr-calc__assume">' in html and f'<p {attr} class="cr-calc__tax">' in html and "<p>Prose." in html


def test_other_pages_keep_their_sections():
    html = searchlean.mark(ROLE_HTML, "methodology.md")
    assert '<h2 id="income">' in html and "<p>Chart words." in html and '<h2 id="sources">' in html


LONG = ("<h2 id=\"why\">Why</h2><p>The first sentence says what the section is about, in a few words that a "
        "reader might search for, long enough to be a whole summary on its own, as the guide's sections are. The second sentence goes on with detail, <a href=\"x\">a link. with dots</a> and "
        "more.</p>\n<ul><li>Detail.</li></ul><p>More prose.</p>")


def test_long_prose_is_indexed_by_its_headings_and_opening_sentences():
    attr = searchlean.ATTR
    html = searchlean.mark(LONG, "methodology.md")
    assert '<h2 id="why">Why</h2>' in html
    assert ("<p>The first sentence says what the section is about, in a few words that a reader might search for, long enough to be a whole summary on its own, as "
            "the guide's sections are. The second sentence goes on with detail,") not in html                # cut after the opening sentences
    assert f"sections are.<span {attr}> The second sentence goes on with detail, <a href=\"x\">a link. with dots</a> and " \
           "more.</span></p>" in html                                             # the link is never cut
    assert f"<ul {attr}><li>Detail." in html and f"<p {attr}>More prose." in html
    assert "<p>More prose." in searchlean.mark(LONG, "index.md")                  # only the pages listed
    short = searchlean.mark("<h2 id=\"a\">A</h2><p>Short. Only.</p>", "methodology.md")
    assert short == "<h2 id=\"a\">A</h2><p>Short. Only.</p>"


def test_the_index_keeps_a_roles_outlook_and_ai_section_short(index, data):
    by_location = {d["location"]: d["text"] for d in index}
    role = data.roles["seo-consultant"]
    text = by_location[f"roles/{role.id}/#how-generative-ai-changes-the-role"]
    assert 0 < len(text) < 400 and text.startswith("<p>AI tools now draft")


def test_only_role_pages_are_boosted():
    assert searchlean.meta("roles/prompt-engineer.md") == {"search": {"boost": searchlean.ROLE_BOOST}}
    assert searchlean.meta("roles/index.md") == searchlean.meta("roles/compare.md") == searchlean.meta("index.md") == {}


def test_the_index_has_every_role_title_boosted(index, data):
    first = {d["location"]: d for d in index}
    for role in data.roles.values():
        entry = first[f"roles/{role.id}/"]
        assert entry["title"] == role.name and entry["boost"] == searchlean.ROLE_BOOST
        assert role.summary.split(".")[0][:40] in entry["text"]
        assert "Good if" not in entry["text"] and "Roles" not in entry["text"]     # the card and the breadcrumb are not indexed


def test_the_index_leaves_out_figures_notes_and_sources(index, data):
    text = " ".join(d["title"] + " " + d["text"] for d in index)
    role = data.roles["prompt-engineer"]
    notes = [f.note for f in role.income if f.note]
    assert notes and not any(n[:50] in text for n in notes)
    assert not any(d["location"].endswith("#sources") for d in index)
    assert "$175,000" not in text                                    # a figure from the role's income table
    assert not [d for d in index if d["location"].startswith("sources/") and "#" in d["location"]]
    assert {d["location"] for d in index if d["location"].startswith("sources/")} == {"sources/"}   # no page per kind


def test_the_page_keeps_what_the_index_leaves_out(built_site, data):
    html = (built_site / "roles" / "prompt-engineer" / "index.html").read_text("utf-8")
    assert "data-search-exclude" not in html
    note = next(f.note for f in data.roles["prompt-engineer"].income if f.note)
    assert note[:30].replace('"', "&quot;") in html or note[:30] in html


# In the browser: the index waits for the reader, and a role's page comes first for its name

@pytest.mark.browser
@pytest.mark.parametrize("query,first", [("prompt engineer salary", "roles/prompt-engineer/"),
                                         ("seo consultant", "roles/seo-consultant/")])
def test_search_loads_when_opened_and_finds_the_role_page_first(browser, served, query, first):
    from tests.browser import recording_page
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = recording_page(context, served)
    page.goto(served + "income/")
    page.wait_for_load_state("networkidle")
    assert not [u for u in page.requests if u.endswith("search_index.json")], "the index was fetched before search opened"
    page.keyboard.press("/")                                        # Material's key to open search
    page.locator("input.md-search__input").press_sequentially(query)   # keys, as a reader types
    page.wait_for_selector(".md-search-result__item")
    href = page.locator(".md-search-result__item a").first.get_attribute("href")
    assert href.split("#")[0].split("?")[0].endswith(first), href
    assert [u for u in page.requests if u.endswith("search_index.json")]
    assert page.errors == []
    context.close()
