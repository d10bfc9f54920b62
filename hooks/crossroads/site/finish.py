"""The last step for every page, whichever generator built it: the stale-preview banner, the edit
button pointing at the page's real source (a generated page is edited in its YAML file), and the
Content-Security-Policy. The MkDocs adapter calls `page` in `on_post_page`; the Zensical build on
every HTML file it writes (site/zensical.py).
"""

from __future__ import annotations

import re

from markupsafe import escape

from crossroads.site import csp, notfound, preview

# Data

EDIT_LINK = re.compile(r'(<a\b[^>]*?\bhref=")[^"]*("[^>]*\brel="edit")')


# Finishing

def page(html: str, content: str = "", edit_url: str | None = None, serving: bool = False) -> str:
    """The finished page: banner while a served preview is stale, the edit link, and (except while
    serving, where MkDocs' live-reload script is inline and changes every time) the page's CSP;
    `content` is the page's own HTML, whose inline scripts are never hashed."""
    html = preview.with_banner(html)
    if edit_url:
        html = EDIT_LINK.sub(lambda m: f"{m.group(1)}{escape(edit_url)}{m.group(2)}", html, count=1)
    return html if serving else csp.with_policy(html, content)


def template(html: str, name: str, serving: bool = False, site_url: str = "") -> str:
    """A page the theme makes on its own (404.html): working under any sub-path (site/notfound.py), with the
    same policy."""
    if name == notfound.NAME and site_url:
        html = notfound.portable(html, site_url)
    return html if serving or not name.endswith(".html") else csp.with_policy(html)
