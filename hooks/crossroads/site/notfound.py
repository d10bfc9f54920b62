"""The 404 page, working under any sub-path.

A host serves 404.html at whatever address was missing (`/crossroads/no/such/page`), so its links
cannot be relative to itself, and MkDocs writes them from the site address (`/crossroads/assets/…`),
which breaks as soon as the site is served under another prefix (a fork, a preview). `portable`
makes every address relative to the site root and adds two small scripts the policy allows by hash
(site/csp.py): the first, before anything is fetched, sets `<base>` to the first segments of the
address (as many as the site address has: a project site's one, none for a domain's own site); the
second, before Material's bundle reads it, points the theme's base at the same place.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

# Data

NAME = "404.html"

BASE = ('<script>(function(){var p=location.pathname.split("/").filter(Boolean).slice(0,DEPTH),'
        'b=document.createElement("base");b.href="/"+p.map(function(s){return s+"/"}).join("");'
        'document.head.insertBefore(b,document.head.firstChild)})()</script>')
CONFIG = ('<script>(function(){var c=document.getElementById("__config"),j=JSON.parse(c.textContent);'
          'j.base=document.baseURI;c.textContent=JSON.stringify(j)})()</script>')


# The page

def portable(html: str, site_url: str) -> str:
    """The 404 page with root-relative addresses and the two scripts that root them wherever it is served."""
    prefix = urlsplit(site_url).path or "/"
    if not prefix.endswith("/"):
        prefix += "/"
    depth = len([s for s in prefix.split("/") if s])
    html = re.sub(rf'(\b(?:href|src|action)="){re.escape(prefix)}', r"\1", html)
    html = html.replace(f'new URL("{prefix}",location)', "new URL(document.baseURI)")
    html = html.replace(f'"base": "{prefix}"', '"base": "."')
    html = html.replace(f'"search": "{prefix}', '"search": "')
    html = re.sub(r"(<head[^>]*>)", lambda m: m.group(1) + BASE.replace("DEPTH", str(depth)), html, count=1)
    return re.sub(r'(<script id="__config"[^>]*>.*?</script>)', lambda m: m.group(1) + CONFIG, html, count=1, flags=re.S)
