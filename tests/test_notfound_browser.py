"""The 404 page works under any sub-path (site/notfound.py), and `make preview` answers as GitHub Pages
does: `/` and the prefix without its slash redirect to the site, a missing page gets the 404 page."""

from __future__ import annotations

import urllib.error
import urllib.request

import pytest

from crossroads import routes, vocabulary
from tests.browser import PREFIX, recording_page, serve

pytestmark = pytest.mark.browser

OTHER = "/elsewhere/"


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def status(url: str) -> tuple[int, str]:
    """The status and Location of one request, redirects not followed."""
    try:
        with urllib.request.build_opener(NoRedirect).open(url) as r:
            return r.status, r.headers.get("Location", "")
    except urllib.error.HTTPError as e:
        return e.code, e.headers.get("Location", "")


@pytest.mark.parametrize("prefix", [PREFIX, OTHER])
def test_the_404_page_is_styled_and_its_links_work_under_any_prefix(browser, built_site, prefix):
    with serve(built_site, prefix=prefix) as base:
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        page = recording_page(context, base)
        response = page.goto(base + "no/such/page/")
        assert response.status == 404
        page.wait_for_load_state("networkidle")
        assert page.evaluate("getComputedStyle(document.querySelector('.md-header')).position") == "sticky"   # the theme's CSS
        assert page.evaluate("document.baseURI") == base
        assert page.evaluate("!!window.Crossroads")                                                        # the site's scripts
        link = page.locator("nav.md-nav--primary a.md-nav__link", has_text=vocabulary.PAGE_NAMES["roles"]).first
        assert link.get_attribute("href") and link.evaluate("a => a.href") == base + routes.url(routes.PAGES["roles"])
        link.click()
        page.wait_for_url(base + routes.url(routes.PAGES["roles"]))
        assert page.locator("article h1").inner_text().startswith(vocabulary.PAGE_NAMES["roles"])
        assert [e for e in page.errors if "404" not in e] == []
        assert all(u.startswith(base.removesuffix(prefix)) for u in page.requests)
        context.close()


def test_preview_redirects_the_root_and_the_prefix_without_its_slash(built_site):
    with serve(built_site) as base:
        host = base.removesuffix(PREFIX)
        assert status(host + "/") == (301, PREFIX)
        assert status(host + PREFIX.rstrip("/")) == (301, PREFIX)
        assert status(base)[0] == 200
        assert status(base + "no/such/page/")[0] == 404
        with pytest.raises(urllib.error.HTTPError) as missing:
            urllib.request.urlopen(base + "no/such/page/")
        assert b"404" in missing.value.read()                            # the site's own 404 page, not a bare error
