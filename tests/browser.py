"""Real-browser helpers: serve site/ under a sub-path and drive the system Chromium with Playwright."""

from __future__ import annotations

import functools
import os
import shutil
import socket
import threading
from contextlib import contextmanager
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

PREFIX = "/crossroads/"
CHROME_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
               "--disable-component-update", "--disable-sync", "--disable-default-apps"]


class _SubPathHandler(SimpleHTTPRequestHandler):
    """Serves the site only under its prefix (PREFIX unless `prefix` is given), as GitHub Pages serves a
    project site: `/` and the prefix without its slash redirect to the site, and a missing page gets the
    site's 404.html with status 404."""

    prefix = PREFIX

    def translate_path(self, path):
        if not path.startswith(self.prefix):
            return str(Path(self.directory) / "__not_under_prefix__")
        return super().translate_path("/" + path[len(self.prefix):])

    def send_head(self):
        path = self.path.split("?", 1)[0].split("#", 1)[0]
        if path in ("/", self.prefix.rstrip("/")):
            self.send_response(301)
            self.send_header("Location", self.prefix)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return None
        return super().send_head()

    def send_error(self, code, message=None, explain=None):
        page = Path(self.directory) / "404.html"
        if code != 404 or not page.is_file():
            return super().send_error(code, message, explain)
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def log_message(self, *args):
        pass


def free_port() -> int:
    """A port on the loopback interface that is free now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def serve(site: Path, port: int = 0, prefix: str = PREFIX):
    """Serve `site` at http://127.0.0.1:PORT/crossroads/ (or another `prefix`) in a thread; yields the base URL."""
    handler = functools.partial(type("Handler", (_SubPathHandler,), {"prefix": prefix}), directory=str(site))
    server = ThreadingHTTPServer(("127.0.0.1", port), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}{prefix}"
    finally:
        server.shutdown()
        server.server_close()


def chromium_path() -> str | None:
    """CHROME_PATH, else Debian's chromium on PATH; None lets Playwright use its own browser."""
    return os.environ.get("CHROME_PATH") or shutil.which("chromium") or shutil.which("chromium-browser")


def axe_violations(page, context=None) -> list[str]:
    """axe-core (bundled in axe-playwright-python) on the current page: one line per violation node."""
    from axe_playwright_python.sync_playwright import Axe
    results = Axe().run(page, context=context)
    return [f"{v['id']} ({v['impact']}): {v['help']} at {n['target']}"
            for v in results.response["violations"] for n in v["nodes"]]


def recording_page(context, base: str):
    """A new page that records console errors (`.errors`) and every requested URL (`.requests`)."""
    pg = context.new_page()
    pg.errors, pg.requests = [], []
    pg.on("console", lambda m: pg.errors.append(m.text) if m.type == "error" else None)
    pg.on("pageerror", lambda e: pg.errors.append(str(e)))
    pg.on("request", lambda r: pg.requests.append(r.url))
    pg.base = base
    return pg


def wait_until(page, expression: str, timeout: float = 5.0) -> None:
    """Poll a JavaScript expression with page.evaluate until it is true (wait_for_function needs eval,
    which the site's Content-Security-Policy forbids)."""
    import time
    end = time.monotonic() + timeout
    while not page.evaluate(expression):
        assert time.monotonic() < end, f"timed out waiting for {expression}"
        page.wait_for_timeout(50)
