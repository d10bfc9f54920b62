"""crossroads-core.js in a real Chromium on the served site: numbers worded exactly as Python words
them (format and round, halves to even, thousands of values), data refused when its schema_version
differs (the reader is told to reload), a failed load tried again, and every widget mounted once
however often Material's document$ runs the page scripts."""

from __future__ import annotations

import json
import random
import struct

import pytest

from crossroads import vocabulary
from crossroads.render.formats import money, number
from tests.browser import PREFIX, recording_page, wait_until

pytestmark = pytest.mark.browser

STALE = "The guide was updated while this page was open: reload the page to get the new version."


@pytest.fixture
def open_page(browser, served):
    """open_page(path, route) → a recording page on the served site; route(pg) is set up before loading."""
    contexts = []

    def run(path, route=None):
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        contexts.append(context)
        pg = recording_page(context, served)
        if route:
            route(pg)
        pg.goto(served + path)
        return pg
    yield run
    for c in contexts:
        c.close()


def numbers(n: int, seed: int) -> list[float]:
    """Values that catch a sloppy formatter: exact halves at 0 and 2 decimals, near-halves, tiny, huge, negative."""
    rng = random.Random(seed)
    out = [0.0, -0.0, 0.5, 1.5, 2.5, -2.5, 0.125, 0.375, 1.005, 2.675, 937.5, 2675.5, 12.34375, 999999.5, 9999995.0,
           123456.5, 1e21, 1.5e300, 5e-324, 1e-5, 0.0001, 45539.995]
    while len(out) < n:
        k = rng.random()
        if k < 0.3:
            v = rng.randint(0, 10**7) / 8                          # x.125, x.5, …: exact halves
        elif k < 0.5:
            v = rng.randint(0, 10**6) / 1000
        elif k < 0.7:
            v = rng.uniform(0, 1e7)
        elif k < 0.8:
            v = rng.uniform(0, 1e-3) * 10 ** -rng.randint(0, 30)
        elif k < 0.9:
            v = rng.randint(0, 10**9) * 5 / 10 ** rng.randint(0, 12)
        else:
            v = struct.unpack("d", struct.pack("Q", rng.getrandbits(63)))[0]   # any finite double
        out.append(-v if rng.random() < 0.1 else v)
    return out


def test_numbers_are_worded_as_python_words_them(open_page):
    pg = open_page("")
    values = numbers(3000, 15)
    got = pg.evaluate("""vs => vs.map(v => [Crossroads.fixed(v, 0), Crossroads.fixed(v, 2), Crossroads.general(v),
                                            Crossroads.round(v, 2), Crossroads.roundEven(v)])""", values)
    got = [g[:3] + [float(x) for x in g[3:]] for g in got]           # a whole number comes back as a Python int
    wrong = [(v, g, w) for v, g in zip(values, got, strict=True)
             if g != (w := [format(v, ".0f"), format(v, ".2f"), format(v, "g"), round(v, 2), float(round(v))])]
    assert wrong[:5] == []


def test_money_and_numbers_are_render_formats(open_page):
    """Crossroads.money and .number against render/formats.py, in every currency the schema knows and one it does not."""
    pg = open_page("")
    values = [v for v in numbers(1500, 16) if abs(v) < 1e15] + [37.5, 1234567.5, 999.995, 0.125, 1000.5]
    currencies = sorted(vocabulary.CURRENCY_SYMBOL) + ["CAD"]
    got = pg.evaluate("""([vs, cs]) => vs.map((v, i) => [Crossroads.money(v, cs[i % cs.length]), Crossroads.number(v)])""",
                      [values, currencies])
    want = [[money(v, currencies[i % len(currencies)]), number(v)] for i, v in enumerate(values)]
    assert [(v, g, w) for v, g, w in zip(values, got, want, strict=True) if g != w][:5] == []
    assert pg.evaluate("Crossroads.money(null, 'USD')") == money(None, "USD")
    assert pg.evaluate("Crossroads.symbols") == vocabulary.CURRENCY_SYMBOL


def stale(pattern: str, version: int = 99):
    """A route that serves the file at `pattern` with another schema_version (as after a deploy)."""
    def route(pg):
        def answer(r):
            body = json.loads(r.fetch().text())
            body["schema_version"] = version
            r.fulfill(json=body)
        pg.route(f"**{PREFIX}{pattern}", answer)
    return route


def test_a_role_file_of_another_version_is_refused_with_a_reason(open_page):
    pg = open_page("roles/compare/?a=seo-consultant&b=prompt-engineer", stale("api/v1/roles/prompt-engineer.json"))
    pg.wait_for_selector(".cr-compare__error")
    assert pg.locator(".cr-compare__error").inner_text() == "The role data could not be loaded. " + STALE
    assert pg.locator(".cr-compare__grid").count() == 0


def test_quiz_data_of_another_version_is_refused_with_a_reason(open_page):
    pg = open_page("quiz/", stale("assets/quiz.json"))
    pg.wait_for_selector("#crossroads-quiz .cq-notice")
    assert pg.locator("#crossroads-quiz .cq-notice").inner_text() == "The quiz could not be loaded. " + STALE


def test_the_roles_table_stays_whole_when_its_data_is_of_another_version(open_page):
    pg = open_page("roles/", stale("api/v1/roles.json"))
    pg.wait_for_selector(".cr-sortable th button")
    pg.wait_for_timeout(300)
    assert pg.locator(".cr-filter").is_hidden()
    assert pg.locator(".cr-sortable tbody tr[hidden]").count() == 0


def test_a_failed_load_is_tried_again(open_page):
    """The first request for a role fails; choosing another role asks for it again (a failure is not kept)."""
    tries = []

    def route(pg):
        def answer(r):
            tries.append(r.request.url)
            if len(tries) == 1:
                r.fulfill(status=503, body="busy")
            else:
                r.continue_()
        pg.route(f"**{PREFIX}api/v1/roles/seo-consultant.json", answer)
    pg = open_page("roles/compare/?a=seo-consultant&b=prompt-engineer", route)
    pg.wait_for_selector(".cr-compare__error")
    assert pg.locator(".cr-compare__error").inner_text() == \
        "The role data could not be loaded. Try again, or use the table of all roles."
    pg.select_option("select[name=b]", "ml-engineer")
    pg.wait_for_selector(".cr-compare__grid")
    assert len(tries) == 2 and pg.locator(".cr-compare__head a").first.inner_text() == "SEO consultant"


def test_mount_starts_each_node_once(open_page):
    pg = open_page("")
    assert pg.evaluate("""() => {
        const box = document.createElement("div");
        box.className = "cr-test-mount";
        document.body.appendChild(box);
        let started = 0;
        for (let i = 0; i < 3; i++) Crossroads.mount(".cr-test-mount", () => { started++; });
        Crossroads.mount(box, () => { started++; });
        return [started, box.hasAttribute("data-mounted")];
    }""") == [1, True]


def test_back_and_forth_by_the_menu_binds_the_roles_table_once(open_page):
    pg = open_page("")
    for _ in range(2):
        pg.locator("nav.md-nav--primary a.md-nav__link", has_text="All roles").first.click()
        pg.wait_for_url(f"**{PREFIX}roles/")
        pg.wait_for_selector(".cr-filter:not([hidden])")
        columns = pg.locator(".cr-sortable thead th").count()
        assert pg.locator(".cr-sortable thead th button").count() == columns
        assert pg.locator(".cr-filter select[name=sort] option").count() == columns + 1     # "As listed" and each column
        pg.locator("nav.md-nav--primary a.md-nav__link", has_text=vocabulary.PAGE_NAMES["income"]).first.click()
        pg.wait_for_url(f"**{PREFIX}income/")
        wait_until(pg, "document.querySelector('form.cr-calc') && !document.querySelector('form.cr-calc').hidden")
        assert pg.locator("form.cr-calc[data-mounted]").count() == 1
    assert pg.errors == []
