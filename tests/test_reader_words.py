"""No reader page speaks of how the research was done: "copy read", "seed article", "the text this guide grew
from", "never typed" (and the slips they stood for: "title not shown", "machine-written") belong in source
records' notes for contributors and in the project's history, not on the pages readers use."""

from __future__ import annotations

import re

from crossroads import routes

PIPELINE_WORDS = re.compile(r"copy read|seed article|the text this guide grew from|never typed|title not shown|machine-written",
                            re.I)
# Pages for contributors (how to edit the guide, the field reference) and the change log, which quotes the
# project's own commit messages: the only pages where the research pipeline may be named.
NOT_READER = (routes.url(routes.PAGES["contribute"]), routes.url(routes.PAGES["whats_new"]))


def reader_pages(site):
    for page in sorted(site.rglob("*.html")):
        rel = page.relative_to(site).as_posix()
        if not rel.startswith(NOT_READER):
            yield rel, page


def found_in(text: str) -> list[str]:
    plain = re.sub(r"<[^>]+>", " ", text)
    return [m.group(0) for m in PIPELINE_WORDS.finditer(plain)]


def test_no_reader_page_names_the_research_pipeline(built_site):
    pages = dict(reader_pages(built_site))
    assert "roles/seo-consultant/index.html" in pages and "sources/index.html" in pages and len(pages) > 40
    bad = {rel: found_in(page.read_text("utf-8")) for rel, page in pages.items()}
    assert {rel: words for rel, words in bad.items() if words} == {}


def test_the_check_finds_the_words_it_looks_for():
    assert found_in("<p>The title was not shown in the <b>copy read</b>.</p>") == ["copy read"]
    assert found_in("from the seed article; never typed") == ["seed article", "never typed"]
    assert found_in("A copy of the publication was read.") == []
