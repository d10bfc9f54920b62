"""Compare two roles, and the all-roles table's filters, in a real Chromium on the site served
under /crossroads/: every pair's sentences as the Python reference words them (also under the
reader's own hours and fees), labels from the page, shared URLs, the URL following the selection,
unknown ids, the calculator's numbers, no JavaScript, reached by the menu, no console error, axe at
390 and 1280 px."""

from __future__ import annotations

import html
import itertools
import json
import random
import re
import urllib.request
from dataclasses import replace
from urllib.parse import parse_qs, urlsplit

import pytest

from crossroads import routes
from crossroads.content.check import check
from crossroads.model.dataset import build, enrich
from crossroads.pages import compare_roles, compare_roles_view
from crossroads.publish import api as api_files
from tests.browser import axe_violations, recording_page
from tests.conftest import ROOT

pytestmark = pytest.mark.browser

COMPARE = "roles/compare/"
VIEW = ".cr-compare__view"


@pytest.fixture(scope="module")
def api(served):
    """get(name) → the `data` of an API file exactly as the site serves it."""
    def get(name):
        with urllib.request.urlopen(served + "api/v1/" + name) as r:
            return json.loads(r.read().decode("utf-8"))["data"]
    return get


@pytest.fixture
def open_page(browser, served):
    """open_page(path, width, scheme, js) → a recording page on the served site, the view drawn."""
    contexts = []

    def run(path, width=1280, scheme="light", js=True):
        context = browser.new_context(viewport={"width": width, "height": 900}, color_scheme=scheme, java_script_enabled=js)
        contexts.append(context)
        pg = recording_page(context, served)
        pg.goto(served + path)
        if js and path.startswith(COMPARE):
            pg.wait_for_selector(f"{VIEW} .cr-compare__grid")
        return pg
    yield run
    for c in contexts:
        c.close()


def wait_until(pg, expression: str, timeout: float = 10.0):
    """Poll a JavaScript expression until it is true (page.evaluate is not subject to the page's CSP;
    wait_for_function evaluates a string in the page, which the CSP forbids)."""
    import time
    end = time.monotonic() + timeout
    while not pg.evaluate(expression):
        assert time.monotonic() < end, f"timed out waiting for {expression}"
        pg.wait_for_timeout(50)


def query(pg) -> dict:
    return {k: v[0] for k, v in parse_qs(urlsplit(pg.url).query).items()}


def shown(pg) -> dict:
    """The view as text: the two column heads and each row's label with its two values (screen-reader prefixes left out)."""
    rows = pg.evaluate("""() => Object.fromEntries([...document.querySelectorAll('.cr-compare__view .cr-compare__row')].map(row => [
        row.querySelector('dt').textContent.trim(),
        [...row.querySelectorAll('dd')].map(dd => [...dd.childNodes]
            .filter(n => !(n.classList && n.classList.contains('cr-sr-only')))
            .map(n => n.nodeType === 1 ? n.innerText : n.textContent).join('').trim())]))""")
    heads = pg.locator(f"{VIEW} .cr-compare__head a").all_inner_texts()
    return {"heads": heads, "rows": rows, "move": pg.locator(".cr-compare__move").inner_text()}


# Parity: what the view says, pair by pair, against pages/compare_roles_view.py

@pytest.fixture(scope="module")
def real():
    return build(check(ROOT / "content", ROOT / "schema"))


# Show each pair in turn (the form's change event, as a reader's pick) and read the view back once it is drawn.
READ_PAIRS = """async (pairs) => {
  const form = document.querySelector("form[data-cr-compare]"), view = document.querySelector(".cr-compare__view");
  const text = n => n ? n.textContent : null;
  const cell = dd => {
    const ul = dd.querySelector(":scope > ul");
    if (ul) return [...ul.children].map(li => li.textContent);
    return [[...dd.childNodes].filter(n => !(n.classList && n.classList.contains("cr-sr-only"))).map(n => n.textContent).join("")];
  };
  const out = [];
  for (const [a, b, title] of pairs) {
    form.elements.a.value = a; form.elements.b.value = b;
    form.dispatchEvent(new Event("change", {bubbles: true}));
    for (let i = 0; i < 400 && !(text(view.querySelector("#cr-side-by-side")) === title && !view.hasAttribute("aria-busy")); i++) {
      await new Promise(r => setTimeout(r, 10));
    }
    out.push({title: text(view.querySelector("#cr-side-by-side")), note: text(view.querySelector(".cr-compare__note")),
      stand_in: text(view.querySelector(".cr-compare__stand-in")),
      heads: [...view.querySelectorAll(".cr-compare__head a")].map(text),
      links: [...view.querySelectorAll(".cr-compare__head a")].map(n => n.href),
      rows: [...view.querySelectorAll(".cr-compare__row")].map(r => [text(r.querySelector("dt")), ...[...r.querySelectorAll("dd")].map(cell)]),
      spoken: [...view.querySelectorAll(".cr-compare__row dd > .cr-sr-only")].map(text),
      move: [...view.querySelectorAll(".cr-compare__move h2, .cr-compare__move p")].map(text)});
  }
  return out;
}"""


def differences(pg, served, real, pairs, settings=None) -> list:
    """(pair, shown, expected) wherever the browser's view differs from the Python reference."""
    roles = real.roles
    want = [compare_roles_view.view(roles[a], roles[b], real, settings) for a, b in pairs]
    got = pg.evaluate(READ_PAIRS, [[a, b, w["title"]] for (a, b), w in zip(pairs, want, strict=True)])
    out = []
    for (a, b), g, w in zip(pairs, got, want, strict=True):
        w = dict(w, links=[served + routes.url(routes.role(x)) for x in (a, b)],
                 spoken=[f"{roles[x].name}: " for _ in w["rows"] for x in (a, b)])
        if g != w:
            out.append(((a, b), g, w))
    return out


def test_every_pair_says_what_the_python_reference_says(open_page, served, real):
    ids = [r.id for r in real.role_order]
    pairs = list(itertools.permutations(ids, 2))
    assert len(pairs) >= 40
    pg = open_page(COMPARE + f"?a={ids[0]}&b={ids[1]}")
    assert differences(pg, served, real, pairs)[:1] == []
    assert pg.errors == [] and all(u.startswith(pg.base) for u in pg.requests)


@pytest.mark.parametrize("settings", [{"hours": 20, "weeks": 40, "fee": 0}, {"hours": 12.5, "weeks": 48, "fee": 17.5},
                                      {"hours": 1, "weeks": 52, "fee": 60}])
def test_pairs_under_the_readers_hours_and_fees_say_what_the_reference_says(open_page, served, real, settings):
    ids = [r.id for r in real.role_order]
    pairs = random.Random(15).sample(list(itertools.permutations(ids, 2)), 12)
    pg = open_page(COMPARE + f"?a={ids[0]}&b={ids[1]}&" + "&".join(f"{k}={v:g}" for k, v in settings.items()))
    assert differences(pg, served, real, pairs, settings)[:1] == []
    assert pg.errors == []


def edged(data):
    """The real data with figures and estimates the real content does not have (yet): an open low end, a
    half-cent and a half-dollar tie, cents under $1,000, equal ends, fractional months, no official projection."""
    seo, writer = data.roles["seo-consultant"], data.roles["content-writer"]
    fi, ei = data.headlines[seo.id].freelance.index, data.headlines[seo.id].employees.index
    income = list(seo.income)
    income[fi] = replace(income[fi], low=0.125, median=None, high=2.675, open_end="low")
    income[ei] = replace(income[ei], low=1001, median=None, high=1002, open_end="high")
    seo = replace(seo, income=tuple(income), startup_cost=replace(seo.startup_cost, low=250.5, high=250.5),
                  time_to_first_income=replace(seo.time_to_first_income, low=0.5, high=1.5))
    writer = replace(writer, outlook=(), time_to_first_income=replace(writer.time_to_first_income, low=2, high=2))
    return enrich(replace(data, roles=dict(data.roles, **{seo.id: seo, writer.id: writer})))


def serve_json(doc):
    """A route handler that answers with `doc`."""
    return lambda route: route.fulfill(json=doc)


@pytest.mark.parametrize("settings", [None, {"hours": 7.5, "weeks": 45, "fee": 12.5}])
def test_edge_figures_say_what_the_reference_says(browser, served, real, settings):
    """The two edged roles' files are served from the edged model; the view must still match the reference."""
    data = edged(real)
    context = browser.new_context()
    pg = recording_page(context, served)
    for rid in ("seo-consultant", "content-writer"):
        doc = {"schema_version": api_files.SCHEMA_VERSION, "data": api_files.role_detail(data.roles[rid], data)}
        pg.route(f"**/api/v1/roles/{rid}.json", serve_json(doc))
    query = "&" + "&".join(f"{k}={v:g}" for k, v in settings.items()) if settings else ""
    pg.goto(served + COMPARE + "?a=seo-consultant&b=content-writer" + query)
    pg.wait_for_selector(f"{VIEW} .cr-compare__grid")
    pairs = [("seo-consultant", "content-writer"), ("content-writer", "seo-consultant"), ("seo-consultant", "ml-engineer")]
    assert differences(pg, served, data, pairs, settings) == []
    pay = compare_roles_view.view(data.roles["seo-consultant"], data.roles["content-writer"], data, settings)["rows"][1][1]
    assert "or less – " in pay[0] and "$1,002 a year" in " ".join(pay)            # the edges are really there
    assert pg.errors == []
    context.close()


def test_the_labels_come_from_the_page_not_the_script(browser, served):
    """The form carries vocabulary's labels (HTML-escaped JSON) and the view writes what it is given."""
    with urllib.request.urlopen(served + COMPARE) as r:
        page = r.read().decode("utf-8")
    carried = re.search(r'data-cr-labels="([^"]*)"', page).group(1)
    assert json.loads(html.unescape(carried)) == compare_roles.labels()
    assert "Side hustle or full time" not in (ROOT / "docs" / "assets" / "roles.js").read_text("utf-8")
    other = dict(compare_roles.labels(), work_mode={"both": "Either <b>way</b>", "full_time": "F", "side_hustle": "S"},
                 skill_level={"core": "KEY", "useful": "Nice"})

    def relabel(route):
        text = route.fetch().text().replace(carried, html.escape(json.dumps(other), quote=True))
        route.fulfill(body=text, content_type="text/html")
    context = browser.new_context()
    pg = recording_page(context, served)
    pg.route(f"**{COMPARE}?*", relabel)
    pg.goto(served + COMPARE + "?a=seo-consultant&b=prompt-engineer")
    pg.wait_for_selector(f"{VIEW} .cr-compare__grid")
    rows = shown(pg)["rows"]
    assert rows["Work mode"][0] == "Either <b>way</b>; remote fit high"
    assert "(key)" in pg.locator(".cr-compare__move").inner_text()
    assert pg.errors == []
    context.close()


def test_a_shared_url_shows_the_right_pair(open_page, api):
    pg = open_page(COMPARE + "?a=seo-consultant&b=prompt-engineer")
    a, b = api("roles/seo-consultant.json"), api("roles/prompt-engineer.json")
    got = shown(pg)
    assert got["heads"] == [a["name"], b["name"]]
    assert pg.locator("select[name=a]").input_value() == "seo-consultant"
    assert pg.locator("select[name=b]").input_value() == "prompt-engineer"
    rows = got["rows"]
    editors = {s["id"]: s["publisher"] for s in a["sources"]}[a["startup_cost"]["source"]]
    assert rows["Start-up cost"] == [f"${a['startup_cost']['low']:,} – ${a['startup_cost']['high']:,}, an estimate. Source: {editors}.",
                                     f"${b['startup_cost']['low']:,} – ${b['startup_cost']['high']:,}, an estimate. Source: {editors}."]
    assert rows["Time to first income"][1].startswith(f"{b['time_to_first_income']['low']} – {b['time_to_first_income']['high']} months")
    assert rows["Barrier to entry"] == [a["barrier"].capitalize(), b["barrier"].capitalize()]
    for role, text in zip((a, b), rows["How AI changes it"], strict=True):       # the first sentence, the rest on its page
        assert text.endswith("More on its page.") and " ".join(role["ai_impact"].split()).startswith(text.removesuffix("More on its page.").strip())
    sources = pg.locator(f"{VIEW} a.cr-compare__source")                         # every figure's source, linked
    assert sources.count() >= 8 and all(re.search(r"/sources/[a-z-]+/#[a-z0-9-]+$", h) for h in sources.evaluate_all("l => l.map(a => a.href)"))
    assert rows["Core skills"][1].split("\n") == [s["name"] for s in b["skills"] if s["level"] == "core"]
    official = a["occupation"]["official"]
    assert rows["People employed"][0].startswith(f"{official['employment']:,} in {official['employment_year']}")
    assert rows["People employed"][1].startswith("Not counted")
    pay = a["income"][a["headline"]["employees"]]["annual"]
    assert f"${round(pay['median']):,} a year" in rows["Typical pay, on one annual scale"][0]
    have = {s["id"] for s in a["skills"]}
    shared = ", ".join(s["name"] for s in b["skills"] if s["id"] in have)
    needs = ", ".join(f"{s['name']} ({s['level']})" for s in b["skills"] if s["id"] not in have)
    assert f"Skills they share: {shared or 'none yet'}" in got["move"] and f"What the move needs: {needs}" in got["move"]
    assert f"Moving from {a['name']} to {b['name']}" in got["move"] and " ".join(b["first_experiment"].split()) in got["move"]
    assert pg.errors == [] and all(u.startswith(pg.base) for u in pg.requests)


def test_pay_from_different_stand_ins_never_reads_as_one_earning_more(open_page, api):
    """Chatbot developer (software developers) against ML engineer (data scientists): the page says the two
    salaried figures come from different stand-ins; two roles sharing one occupation are said to share it."""
    pg = open_page(COMPARE + "?a=chatbot-developer&b=ml-engineer")
    note = pg.locator(".cr-compare__stand-in").inner_text()
    assert "different stand-in occupations" in note and "software developers" in note and "data scientists" in note
    assert "do not show which role earns more" in note and "earns more than" not in pg.locator(VIEW).inner_text()
    assert "loose stand-in for this role" in shown(pg)["rows"]["Typical pay, on one annual scale"][0]
    pg = open_page(COMPARE + "?a=ai-engineer&b=chatbot-developer")
    assert "same occupation's wages (software developers)" in pg.locator(".cr-compare__stand-in").inner_text()
    pg = open_page(COMPARE + "?a=seo-consultant&b=prompt-engineer")
    assert pg.locator(".cr-compare__stand-in").count() == 0          # only one of them has a salaried figure
    assert pg.errors == []


def test_changing_a_role_updates_the_url_and_the_view(open_page, api):
    pg = open_page(COMPARE + "?a=seo-consultant&b=prompt-engineer")
    pg.select_option("select[name=b]", "ml-engineer")
    wait_until(pg, "document.querySelector('.cr-compare__head').textContent.includes('Machine')"
                         " || document.querySelector('.cr-compare__head').textContent.includes('ML')")
    assert query(pg) == {"a": "seo-consultant", "b": "ml-engineer"}
    assert shown(pg)["heads"][1] == api("roles/ml-engineer.json")["name"]
    pg.click(".cr-compare__swap")
    wait_until(pg, "new URL(location.href).searchParams.get('a') === 'ml-engineer'")
    assert query(pg) == {"a": "ml-engineer", "b": "seo-consultant"}
    wait_until(pg, "document.querySelector('.cr-compare__status').textContent.startsWith('Showing ')")
    wait_until(pg, "document.querySelector('.cr-compare__move h2').textContent.startsWith('Moving from ' + "
                         f"{json.dumps(api('roles/ml-engineer.json')['name'])})")
    assert pg.errors == []


def test_an_unknown_id_gets_a_message_naming_it(open_page, api):
    pg = open_page(COMPARE + "?a=astronaut&b=prompt-engineer")
    alert = pg.locator(".cr-compare__unknown")
    assert "“astronaut”" in alert.inner_text() and alert.get_attribute("role") == "alert"
    assert pg.locator("select[name=b]").input_value() == "prompt-engineer"
    assert pg.locator("select[name=a]").input_value() != "prompt-engineer"
    assert shown(pg)["heads"][1] == api("roles/prompt-engineer.json")["name"]
    pg2 = open_page(COMPARE + "?a=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E")
    assert "<img src=x onerror=alert(1)>" in pg2.locator(".cr-compare__unknown").inner_text()
    assert pg2.locator(".cr-compare__unknown img").count() == 0
    assert pg.errors == [] and pg2.errors == []


def test_the_calculators_numbers_in_the_url_change_freelance_figures(open_page, api):
    seo = api("roles/seo-consultant.json")
    fig = seo["income"][seo["headline"]["freelance"]]
    pg = open_page(COMPARE + "?a=seo-consultant&b=prompt-engineer&hours=20&weeks=40&fee=0")
    text = shown(pg)["rows"]["Typical pay, on one annual scale"][0]
    assert f"${round(fig['median'] * 20 * 40):,} a year at 20 billable hours a week, 40 weeks a year, less 0% fees" in text
    assert "use your numbers" in pg.locator(f"{VIEW} .cr-compare__note").inner_text()
    pg.select_option("select[name=b]", "content-writer")
    wait_until(pg, "new URL(location.href).searchParams.get('b') === 'content-writer'")
    assert query(pg)["hours"] == "20"
    default = open_page(COMPARE + "?a=seo-consultant&b=prompt-engineer")
    assert f"${round(fig['annual']['median']):,} a year" in shown(default)["rows"]["Typical pay, on one annual scale"][0]
    assert pg.errors == []


def test_without_javascript_the_page_links_the_roles_table(open_page):
    pg = open_page(COMPARE, js=False)
    fallback = pg.locator(".cr-compare__fallback")
    assert fallback.is_visible() and "table of all roles" in fallback.inner_text()
    assert fallback.locator("a").first.get_attribute("href") == "../"
    assert not pg.locator(".cr-compare__form").is_visible()


def test_reached_from_the_home_page_by_the_menu_it_reads_the_api_from_the_site_root(open_page):
    pg = open_page("")
    pg.locator("nav.md-nav--primary a.md-nav__link", has_text="All roles").first.click()
    pg.wait_for_selector(".cr-filter:not([hidden])")
    pg.locator("nav.md-nav--primary a.md-nav__link", has_text="Compare two roles").first.click()
    pg.wait_for_selector(f"{VIEW} .cr-compare__grid")
    assert pg.errors == [] and all(u.startswith(pg.base) for u in pg.requests)


def test_every_role_page_links_to_compare_and_the_link_mounts_it(open_page):
    pg = open_page("roles/content-writer/")
    pg.click("article a[href*='compare/?a=content-writer']")
    pg.wait_for_selector(f"{VIEW} .cr-compare__grid")
    assert query(pg)["a"] == "content-writer"
    assert pg.locator("select[name=a]").input_value() == "content-writer"
    assert pg.locator("select[name=b]").input_value() != "content-writer"
    assert pg.locator(".cr-compare__fallback").is_hidden()
    assert pg.errors == []


@pytest.mark.parametrize("width", [390, 1280])
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_nothing_and_nothing_is_wider_than_the_screen(open_page, width, scheme):
    for path in (COMPARE + "?a=seo-consultant&b=ai-research-scientist&hours=15", "roles/", "api/"):
        pg = open_page(path, width, scheme)
        if path == "roles/":
            pg.wait_for_selector(".cr-filter:not([hidden])")
        assert axe_violations(pg) == [], path
        assert pg.evaluate("document.documentElement.scrollWidth") <= width, path
        assert pg.errors == [], path


def test_the_roles_table_filters_by_path_and_work_mode_and_sorts(open_page, api):
    roles = api("roles.json")
    pg = open_page("roles/")
    pg.wait_for_selector(".cr-filter:not([hidden])")
    status = pg.locator(".cr-filter__status")
    assert status.inner_text() == f"Showing {len(roles)} of {len(roles)} roles."

    def visible():
        return pg.locator(".cr-sortable tbody tr:not([hidden]) td:first-child a").all_inner_texts()
    pg.select_option("select[name=path]", "hybrid")
    expected = [r["name"] for r in roles if "hybrid" in r["paths"]]
    wait_until(pg, f"document.querySelector('.cr-filter__status').textContent.includes('Showing {len(expected)} ')")
    assert visible() == expected
    pg.select_option("select[name=mode]", "full_time")
    expected = [r["name"] for r in roles if "hybrid" in r["paths"] and r["work_mode"] in ("full_time", "both")]
    wait_until(pg, f"document.querySelector('.cr-filter__status').textContent.includes('Showing {len(expected)} ')")
    assert visible() == expected
    pg.select_option("select[name=path]", "")
    pg.select_option("select[name=mode]", "")
    heads = pg.locator(".cr-sortable thead th").all_inner_texts()
    cost = next(i for i, h in enumerate(heads) if h.startswith("Start-up cost"))
    pg.select_option("select[name=sort]", str(cost))
    assert pg.locator(".cr-sortable thead th").nth(cost).get_attribute("aria-sort") == "ascending"
    order = [r["name"] for r in sorted(roles, key=lambda r: r["startup_cost"]["low"])]
    lows = [next(r["startup_cost"]["low"] for r in roles if r["name"] == n) for n in visible()]
    assert lows == sorted(lows) and sorted(visible()) == sorted(order)
    assert pg.evaluate("getComputedStyle(document.querySelector('.cr-sortable th:not([aria-sort]) button'), '::after').content") \
        == '" ↕"'
    assert pg.errors == []


def test_the_picker_works_from_the_keyboard_and_announces_the_pair(open_page, api):
    pg = open_page(COMPARE + "?a=seo-consultant&b=prompt-engineer")
    pg.focus("select[name=a]")
    pg.keyboard.press("Tab")
    assert pg.evaluate("document.activeElement.name") == "b"
    assert pg.evaluate("getComputedStyle(document.activeElement).outlineStyle") == "solid"
    pg.keyboard.press("ArrowDown")
    wait_until(pg, "new URL(location.href).searchParams.get('b') !== 'prompt-engineer'")
    b = query(pg)["b"]
    name = api(f"roles/{b}.json")["name"]
    wait_until(pg, f"document.querySelector('.cr-compare__status').textContent === {json.dumps('Showing SEO consultant and ' + name + '.')}")
    assert pg.locator(".cr-compare__status").get_attribute("aria-live") == "polite"
    pg.keyboard.press("Tab")
    assert pg.evaluate("document.activeElement.textContent") == "Swap"
    pg.keyboard.press("Enter")
    wait_until(pg, f"new URL(location.href).searchParams.get('a') === {json.dumps(b)}")
    assert pg.errors == []
