"""Discovery: JSON-LD parsed back from the built pages matches the data; every page has a
description, Open Graph and Twitter tags and a canonical link; the share card is a real PNG;
the sitemap and the 404 page work under the /crossroads/ sub-path."""

from __future__ import annotations

import dataclasses
import json
import re
import struct
import urllib.error
import urllib.request
import zlib
from html.parser import HTMLParser

import pytest

from crossroads import config as settings
from crossroads.content.check import check as check_content
from crossroads.model.dataset import build
from crossroads.publish import head as meta
from crossroads.publish import jsonld
from tests.browser import recording_page
from tests.conftest import ROOT

SITE = "https://crossroads-guide.github.io/crossroads/"      # mkdocs.yml's default site_url (built_site uses it)


@pytest.fixture(scope="module")
def data():
    return build(check_content(ROOT / "content", ROOT / "schema"))


class Head(HTMLParser):
    """The <meta>, canonical <link> and JSON-LD scripts of a page."""

    def __init__(self, text: str):
        super().__init__()
        self.meta: dict[str, str] = {}
        self.canonical = None
        self.ld: list[str] = []
        self._in_ld = False
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "meta" and ("property" in a or "name" in a):
            self.meta[a.get("property") or a["name"]] = a.get("content", "")
        elif tag == "link" and a.get("rel") == "canonical":
            self.canonical = a["href"]
        elif tag == "script" and a.get("type") == "application/ld+json":
            self._in_ld = True
            self.ld.append("")

    def handle_endtag(self, tag):
        self._in_ld = self._in_ld and tag != "script"

    def handle_data(self, text):
        if self._in_ld:
            self.ld[-1] += text


def head(site, path: str) -> Head:
    return Head((site / path / "index.html").read_text("utf-8"))


# JSON-LD

def test_every_role_page_carries_its_occupation(built_site, data):
    for role in data.roles.values():
        page = head(built_site, f"roles/{role.id}")
        assert len(page.ld) == 1, role.id
        got = json.loads(page.ld[0])
        assert got["@context"] == "https://schema.org" and got["@type"] == "Occupation"
        assert got["name"] == role.name and got["description"] == " ".join(role.summary.split())
        assert got["url"] == page.canonical == f"{SITE}roles/{role.id}/"
        assert got["skills"] == [data.skills[s.skill].name for s in role.skills]
        if role.soc:
            assert got["occupationalCategory"]["codeValue"] == role.soc
        else:
            assert "occupationalCategory" not in got and "estimatedSalary" not in got
        official = data.official(role)
        if official:
            assert got["educationRequirements"]["educationalLevel"] == official.entry_education
        wages = [f for f in role.income if f.population == "employees" and f.occupation == role.soc and role.soc]
        expected = []
        for f in wages:
            dist = {k: v for k, v in (("percentile10", f.low if f.kind == "percentiles" and not f.open_low else None),
                                      ("median", f.median),
                                      ("percentile90", f.high if f.kind == "percentiles" and not f.open_high else None))
                    if v is not None}
            if dist:
                expected.append(dist | {"currency": f.currency})
        salaries = [{k: v for k, v in d.items() if k in ("percentile10", "median", "percentile90", "currency")}
                    for d in got.get("estimatedSalary", [])]
        assert salaries == expected, role.id
        for d in got.get("estimatedSalary", []):
            assert d["@type"] == "MonetaryAmountDistribution" and d["duration"] in ("P1Y", "PT1H")


def test_salary_is_employees_wages_only_never_an_annualised_freelance_estimate(data):
    for role in data.roles.values():
        got = jsonld.occupation(role, data, "u")
        for d in got.get("estimatedSalary", []):
            assert d["name"].startswith("Employees' wages")
    seo = data.roles["seo-consultant"]
    freelance_only = dataclasses.replace(seo, income=tuple(f for f in seo.income if f.population != "employees"))
    assert "estimatedSalary" not in jsonld.occupation(freelance_only, data, "u")


def test_a_top_coded_end_is_not_given_as_a_percentile(data):
    seo = data.roles["seo-consultant"]
    wage = next(f for f in seo.income if f.population == "employees" and f.kind == "percentiles")
    capped = dataclasses.replace(seo, income=(dataclasses.replace(wage, open_end="high"),))
    (dist,) = jsonld.occupation(capped, data, "u")["estimatedSalary"]
    assert "percentile90" not in dist and dist["percentile10"] == wage.low


def test_json_ld_cannot_end_its_script_element(data):
    nasty = "</script><script>alert(1)</script> <!-- \u2028 \u2029 & >"
    role = dataclasses.replace(data.roles["seo-consultant"], name=nasty, summary=nasty)
    text = str(jsonld.script_json(jsonld.occupation(role, data, "u")))
    for bad in ("</", "<!--", "<", ">", "\u2028", "\u2029"):
        assert bad not in text
    back = json.loads(text)
    assert back["name"] == nasty and back["description"] == " ".join(nasty.split())


def test_home_path_and_api_pages_carry_suitable_json_ld(built_site, data):
    home = json.loads(head(built_site, ".").ld[0])
    assert home["@type"] == "WebSite" and home["url"] == SITE
    for path in data.paths.values():
        got = json.loads(head(built_site, f"paths/{path.id}").ld[0])
        assert got["@type"] == "CollectionPage" and got["name"] == path.name
        assert [i["name"] for i in got["mainEntity"]["itemListElement"]] == [r.name for r in data.roles_by_path[path.id]]
        assert all(i["url"].startswith(SITE + "roles/") for i in got["mainEntity"]["itemListElement"])
    ds = json.loads(head(built_site, "api").ld[0])
    assert ds["@type"] == "Dataset" and ds["license"].startswith("https://creativecommons.org/licenses/by/4.0")
    assert all(d["contentUrl"].startswith(SITE + "api/v1/") for d in ds["distribution"])


# Social and search meta on every page

def test_every_page_has_description_open_graph_twitter_and_canonical(built_site):
    pages = [p for p in built_site.rglob("index.html")]
    assert len(pages) > 30
    for html in pages:
        page = Head(html.read_text("utf-8"))
        where = html.relative_to(built_site).parent.as_posix()
        url = SITE + ("" if where == "." else where + "/")
        assert page.canonical == url, where
        m = page.meta
        assert len(m.get("description", "")) > 40, where
        assert m["og:url"] == url and m["og:title"] and m["og:description"] == m["description"], where
        assert m["og:image"] == SITE + meta.IMAGE and m["twitter:image"] == m["og:image"], where
        assert m["twitter:card"] == "summary_large_image" and m["twitter:title"] == m["og:title"], where
        assert m["og:image:alt"] and m["og:type"] in ("website", "article"), where


def test_role_descriptions_are_their_summaries_and_escaped(built_site, data):
    for role in data.roles.values():
        page = head(built_site, f"roles/{role.id}")
        assert page.meta["description"] == meta.shorten(role.summary)
    cfg = settings.from_project(ROOT)
    got = meta.page_meta(data, cfg, "x.md", "", {"title": 'A "quoted" <b>title</b>', "description": 'Say "hi" & <go>'})
    assert str(got["description"]) == "Say &#34;hi&#34; &amp; &lt;go&gt;"
    assert str(got["crossroads"]["title"]) == "A &#34;quoted&#34; title - Crossroads"


def test_a_hand_written_page_is_described_by_its_first_paragraph():
    markdown = "# Title\n\n!!! note\n    Skip me.\n\nThe **first** [real](x.md) paragraph, long enough to be a description of the page.\n"
    assert meta.first_paragraph(markdown) == "The first real paragraph, long enough to be a description of the page."
    assert meta.shorten("word " * 100, 30).endswith("…") and len(meta.shorten("word " * 100, 30)) <= 30


def test_the_share_card_is_a_1200_by_630_png(built_site):
    png = (built_site / meta.IMAGE).read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    pos, chunks = 8, {}
    while pos < len(png):
        (length,), kind = struct.unpack(">I", png[pos:pos + 4]), png[pos + 4:pos + 8]
        body = png[pos + 8:pos + 8 + length]
        assert struct.unpack(">I", png[pos + 8 + length:pos + 12 + length])[0] == zlib.crc32(kind + body) & 0xFFFFFFFF
        chunks[kind] = chunks.get(kind, b"") + body
        pos += 12 + length
    width, height, depth, colour = struct.unpack(">IIBB", chunks[b"IHDR"][:10])
    assert (width, height, depth, colour) == (1200, 630, 8, 2)
    assert len(zlib.decompress(chunks[b"IDAT"])) == (1 + 1200 * 3) * 630
    assert len(png) < 50_000


# Sitemap and 404 under the sub-path

def test_the_sitemap_lists_every_page_under_the_site_address(built_site, data):
    xml = (built_site / "sitemap.xml").read_text("utf-8")
    locs = re.findall(r"<loc>([^<]+)</loc>", xml)
    assert locs and all(loc.startswith(SITE) for loc in locs)
    for needed in ["", "roles/compare/", "api/"] + [f"roles/{r}/" for r in data.roles]:
        assert SITE + needed in locs, needed
    assert not any("404" in loc for loc in locs)


def test_the_404_page_works_under_any_sub_path(built_site):
    """Its addresses are relative to the site root, which a script sets as <base> before anything loads
    (site/notfound.py; tests/test_notfound_browser.py serves it under another prefix)."""
    html = (built_site / "404.html").read_text("utf-8")
    urls = [u for u in re.findall(r'(?:src|href|action)="([^"#]+)"', re.sub(r"<script>.*?</script>", "", html)) if not u.startswith(("http:", "https:", "mailto:"))]
    assert urls and not [u for u in urls if u.startswith("/")]
    head = html[html.index("<head"):html.index("<meta charset")]
    assert "createElement(\"base\")" in head and ".slice(0,1)" in head          # one segment: /crossroads/


@pytest.mark.browser
def test_a_missing_page_shows_the_styled_404_with_working_links(browser, served):
    with urllib.request.urlopen(served + "404.html") as r:
        body = r.read()
    context = browser.new_context()
    pg = recording_page(context, served)
    failed = []
    pg.on("requestfailed", lambda r: failed.append(r.url))
    pg.on("response", lambda r: failed.append(r.url) if r.status >= 400 and "no/such" not in r.url else None)
    pg.route("**/no/such/page/", lambda route: route.fulfill(status=404, body=body, content_type="text/html"))
    pg.goto(served + "no/such/page/")
    assert pg.locator("h1").first.inner_text().strip() == "404 - Not found"
    assert pg.evaluate("getComputedStyle(document.querySelector('.md-header')).position") == "sticky"   # the CSS loaded
    home = pg.locator(".md-header__button.md-logo").evaluate("a => a.href")
    context.close()
    # The page itself answers 404 (the browser logs that); every file it loads must answer 200.
    assert home == served and failed == [] and [e for e in pg.errors if "status of 404" not in e] == []
    with pytest.raises(urllib.error.HTTPError):
        urllib.request.urlopen(served.replace("/crossroads/", "/") + "index.html")
