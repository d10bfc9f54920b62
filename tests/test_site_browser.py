"""Whole-site checks in Chromium, on the site served under /crossroads/: every page (the sitemap's,
the 404 page, and the quiz, calculator and compare pages in a shared state) in light and dark at 390
and 1280 px: no Content-Security-Policy violation, no console error, no request to another host,
axe-core finds nothing; and every internal link and anchor resolves.

One sweep per palette and width visits each page once and records everything; the tests read it.
At 390 px axe skips the pages tests/test_layout_browser.py already checks there (it runs axe on
one page of each kind); here it covers the rest, so every page is checked at both widths. (This
sweep replaces test_accessibility.py's light/dark axe run on eleven pages, a subset of it.)
"""

from __future__ import annotations

import json
import re
import urllib.error
import urllib.request
from urllib.parse import unquote, urldefrag, urlsplit

import pytest

from crossroads import routes
from crossroads.model import quiz_data
from tests.browser import axe_violations, recording_page
from tests.test_layout_browser import one_of_each

pytestmark = pytest.mark.browser

COMBOS = [("light", 1280), ("dark", 1280), ("light", 390), ("dark", 390)]

# Violations are recorded from the first script on: a listener added before the page's own scripts.
CSP_PROBE = """window.__csp = [];
document.addEventListener("securitypolicyviolation",
  e => window.__csp.push(`${e.effectiveDirective} blocked ${e.blockedURI || "inline"} ${e.sample || ""}`));"""
LINKS = "[...document.querySelectorAll('a[href]')].map(a => a.href)"


@pytest.fixture(scope="module")
def site_paths(served) -> list[str]:
    """Every page of the sitemap, the 404 page, and the pages whose scripts draw from the address."""
    with urllib.request.urlopen(served + "sitemap.xml") as r:
        paths = sorted({re.sub(r"^https?://[^/]+/crossroads/", "", loc)
                        for loc in re.findall(r"<loc>([^<]+)</loc>", r.read().decode("utf-8"))})
    with urllib.request.urlopen(served + routes.QUIZ_DATA) as r:
        proj = json.loads(r.read().decode("utf-8"))
    answers = [[0, 1] if q["kind"] == "several" else 1000 if q["kind"] == "amount" else len(q["options"]) // 2
               for q in proj["questions"]]
    return paths + ["404.html", "quiz/#" + quiz_data.encode(proj, answers),
                    "roles/compare/?a=prompt-engineer&b=seo-consultant", "income/?hours=25&weeks=40&fee=12.5"]


@pytest.fixture(scope="module")
def sweep(browser, served, site_paths):
    """sweep(scheme, width) → {path: what the visit found}; each combination is visited once."""
    done = {}

    def run(scheme: str, width: int) -> dict[str, dict]:
        if (scheme, width) in done:
            return done[(scheme, width)]
        context = browser.new_context(viewport={"width": width, "height": 900}, color_scheme=scheme)
        context.add_init_script(CSP_PROBE)
        page, found = recording_page(context, served), {}
        axe_paths = set(site_paths) - (set(one_of_each(site_paths)) if width == 390 else set())
        for path in site_paths:
            page.errors.clear(), page.requests.clear()
            page.goto(served + path)
            page.wait_for_load_state("networkidle" if "?" in path or "#" in path else "load")
            found[path] = {"errors": [e for e in page.errors if not (path == "404.html" and "404" in e)],
                           "csp": page.evaluate("window.__csp"),
                           "foreign": [u for u in page.requests if not u.startswith(served)],
                           "axe": axe_violations(page) if path in axe_paths else [],
                           "links": page.evaluate(LINKS) if (scheme, width) == COMBOS[0] else [],
                           "scheme": page.evaluate("document.body.getAttribute('data-md-color-scheme')")}
        context.close()
        done[(scheme, width)] = found
        return found
    return run


def _problems(found: dict[str, dict], key: str) -> dict[str, list]:
    return {path: seen[key] for path, seen in found.items() if seen[key]}


@pytest.mark.parametrize("scheme,width", COMBOS)
def test_no_csp_violation_console_error_or_request_off_the_site(sweep, scheme, width):
    found = sweep(scheme, width)
    assert _problems(found, "csp") == {}
    assert _problems(found, "errors") == {}
    assert _problems(found, "foreign") == {}


@pytest.mark.parametrize("scheme,width", COMBOS)
def test_axe_finds_nothing_on_any_page(sweep, scheme, width):
    found = sweep(scheme, width)
    expected = "slate" if scheme == "dark" else "default"                # the palette really is the one asked for
    assert {path: seen["scheme"] for path, seen in found.items() if seen["scheme"] != expected} == {}
    assert _problems(found, "axe") == {}


def test_every_internal_link_and_anchor_resolves(sweep, served):
    pages: dict[str, str | None] = {}
    broken = {}
    for path, seen in sweep(*COMBOS[0]).items():
        for href in seen["links"]:
            url, fragment = urldefrag(href)
            if not url.startswith(served) or urlsplit(url).path.endswith((".json", ".csv", ".png", ".xml")):
                continue
            target = urlsplit(url)._replace(query="").geturl()
            if target not in pages:
                pages[target] = _fetch(target)
            html = pages[target]
            if html is None:
                broken.setdefault(path, []).append(href)
            elif fragment and "=" not in fragment and not re.search(rf'\b(id|name)="{re.escape(unquote(fragment))}"', html):
                broken.setdefault(path, []).append(href)                     # "#answers=…" is state, not an anchor
    assert broken == {}
    assert len(pages) > 20


def _fetch(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url) as r:
            return r.read().decode("utf-8", "replace")
    except urllib.error.HTTPError:
        return None


# The policy is there and enforced

def test_every_page_carries_the_policy_first_in_its_head(built_site):
    pages = list(built_site.rglob("*.html"))
    assert len(pages) > 30
    for page in pages:
        html = page.read_text("utf-8")
        head = html[:html.index("<meta name=\"viewport\"")]
        assert '<meta http-equiv="Content-Security-Policy"' in head, page
        policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', html).group(1)
        assert "'unsafe-inline'" not in re.search(r"script-src ([^;]+)", policy).group(1)
        for part in ("default-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"):
            assert part in policy, (page, part)


def test_an_injected_inline_script_is_blocked(browser, served):
    context = browser.new_context()
    context.add_init_script(CSP_PROBE)
    page = context.new_page()
    page.goto(served + "roles/prompt-engineer/")
    page.evaluate("""() => { const s = document.createElement("script"); s.textContent = "window.__ran = true";
                             document.body.appendChild(s); }""")
    page.wait_for_timeout(100)
    assert page.evaluate("window.__ran") is None
    assert any(v.startswith("script-src") for v in page.evaluate("window.__csp"))
    context.close()


# Nothing moves while the scripts fill the page

@pytest.mark.parametrize("width", [390, 1280])
def test_no_layout_shift_while_the_quiz_calculator_and_compare_pages_load(browser, served, width):
    from tests.pageweight import CLS_PROBE
    context = browser.new_context(viewport={"width": width, "height": 800})
    context.add_init_script(CLS_PROBE)
    page, shifts = context.new_page(), {}
    for path in ("quiz/", "income/", "roles/seo-consultant/", "roles/compare/?a=prompt-engineer&b=seo-consultant"):
        page.goto(served + path)
        page.wait_for_load_state("networkidle")
        page.wait_for_timeout(200)
        shifts[path] = round(page.evaluate("window.__cls"), 3)
    context.close()
    assert all(v <= 0.01 for v in shifts.values()), shifts
