"""What a first visit costs, per page type: the site served gzipped under /crossroads/ (as GitHub
Pages serves it), one fresh Chromium context per page, every request counted (the search worker's
too) with its bytes on the wire, and the layout shift while the page loads.

Used by `make bench` (tests/bench.py) and `make lighthouse`; asserts nothing.
"""

from __future__ import annotations

import functools
import gzip
import io
import threading
from contextlib import contextmanager
from http.server import ThreadingHTTPServer
from pathlib import Path

from tests.browser import CHROME_ARGS, PREFIX, _SubPathHandler, chromium_path

# One page per type; the compare page with a pair, as a shared link opens it.
PAGE_TYPES = {
    "home": "",
    "comparison": "compare/",
    "path": "paths/hybrid/",
    "role": "roles/prompt-engineer/",
    "income": "income/",
    "skills": "skills/",
    "skill": "skills/keyword-research/",
    "quiz": "quiz/",
    "compare two roles": "roles/compare/?a=prompt-engineer&b=seo-consultant",
}
ELEMENT_BUDGET = 1_500               # elements per page once its scripts have run (a large DOM slows style and layout)
ROLE_BUDGET_BYTES = 120 * 1024
ROLE_BUDGET_REQUESTS = 12
SEARCH_BUDGET_GZ = 40_000            # bytes, the real content
SEARCH_GROWTH_GZ = 1_500             # bytes per role, measured at 10× the roles
COMPRESSIBLE = (".html", ".css", ".js", ".json", ".svg", ".xml", ".csv", ".txt", ".map")

# Layout shifts not caused by input, summed (the load part of CLS), collected from the first paint.
CLS_PROBE = """
window.__cls = 0;
new PerformanceObserver(list => { for (const e of list.getEntries()) if (!e.hadRecentInput) window.__cls += e.value; })
  .observe({type: "layout-shift", buffered: true});
"""


class _GzipHandler(_SubPathHandler):
    """Serves text files gzipped (level 6, as a web server does) and logs each answer's bytes on the wire."""

    def send_head(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir() and self.path.split("?")[0].endswith("/"):
            path = path / "index.html"
        if not (path.is_file() and path.name.endswith(COMPRESSIBLE) and "gzip" in self.headers.get("Accept-Encoding", "")):
            return super().send_head()                  # directories without the slash, images, missing files
        body = gzip.compress(path.read_bytes(), 6)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return io.BytesIO(body)

    def send_header(self, keyword, value):
        super().send_header(keyword, value)
        if keyword == "Content-Length":
            self.server.log.append((self.path, int(value)))


@contextmanager
def serve_gzipped(site: Path, port: int = 0):
    """Serve `site` gzipped at http://127.0.0.1:PORT/crossroads/; yields (base URL, log of (path, bytes))."""
    server = ThreadingHTTPServer(("127.0.0.1", port), functools.partial(_GzipHandler, directory=str(site)))
    server.log = []
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}{PREFIX}", server.log
    finally:
        server.shutdown()
        server.server_close()


def first_visit(browser, url: str, log: list) -> dict:
    """One fresh visit: requests, gzipped bytes by kind (as the server sent them), layout shift while loading."""
    context = browser.new_context(viewport={"width": 390, "height": 800})
    page = context.new_page()
    page.add_init_script(CLS_PROBE)
    log.clear()
    page.goto(url, wait_until="load")
    page.wait_for_load_state("networkidle")
    page.wait_for_timeout(300)
    cls = page.evaluate("window.__cls")
    elements = page.evaluate("document.getElementsByTagName('*').length")
    context.close()
    kinds: dict[str, int] = {}
    for path, size in log:
        kinds[_kind(path)] = kinds.get(_kind(path), 0) + size
    return {"requests": len(log), "bytes": sum(kinds.values()), "kinds": kinds, "cls": cls, "elements": elements,
            "files": sorted(log, key=lambda x: -x[1])}


def _kind(url: str) -> str:
    """html, css, js, search index, data or other: what a request fetched."""
    path = url.split("?")[0].split("#")[0]
    if path.endswith("search_index.json"):
        return "search"
    for ext, kind in ((".css", "css"), (".js", "js"), (".json", "data"), ("/", "html"), (".html", "html")):
        if path.endswith(ext):
            return kind
    return "other"


def measure(site: Path) -> dict[str, dict]:
    """first_visit for every page type of the built `site`."""
    from playwright.sync_api import sync_playwright
    with sync_playwright() as p, serve_gzipped(site) as (base, log):
        exe = chromium_path()
        browser = p.chromium.launch(executable_path=exe, args=CHROME_ARGS) if exe else p.chromium.launch(args=CHROME_ARGS)
        try:
            return {name: first_visit(browser, base + path, log) for name, path in PAGE_TYPES.items()}
        finally:
            browser.close()


def search_index_gz(site: Path) -> int:
    """The search index gzipped (level 6), the bytes a first visit fetches for search."""
    return len(gzip.compress((site / "search" / "search_index.json").read_bytes(), 6))


def table(results: dict[str, dict]) -> list[str]:
    """One line per page type: requests, KiB on the wire, the split by kind, CLS, elements."""
    lines = []
    for name, r in results.items():
        split = ", ".join(f"{k} {v / 1024:.1f}" for k, v in sorted(r["kinds"].items()))
        lines.append(f"  {name:<18} {r['requests']:3d} requests {r['bytes'] / 1024:7.1f} KiB  ({split})  CLS {r['cls']:.3f}"
                     f"  {r.get('elements', 0):5,d} elements")
    return lines


if __name__ == "__main__":
    import sys
    site = Path(sys.argv[1])
    print("\n".join(table(measure(site))))
    print(f"search index: {(site / 'search' / 'search_index.json').stat().st_size:,} bytes, {search_index_gz(site):,} gzipped")
