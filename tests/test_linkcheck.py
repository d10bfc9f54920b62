"""The weekly source-address check, against a local server on 127.0.0.1 (no outside network)."""

from __future__ import annotations

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from crossroads.tools import linkcheck
from tests.browser import free_port
from tests.conftest import run_cli


class _Handler(BaseHTTPRequestHandler):
    """/ok answers; /no-head refuses HEAD; /gone is 404; /moved redirects to /ok; /slow never answers in time."""

    def _answer(self, body: bool):
        self.server.seen.append((self.command, self.path))
        if self.path == "/moved":
            self.send_response(301)
            self.send_header("Location", "/ok")
        elif self.path == "/gone" or (self.path == "/no-head" and not body):
            self.send_response(404 if self.path == "/gone" else 405)
        elif self.path == "/slow":
            time.sleep(2)
            self.send_response(200)
        else:
            self.send_response(200)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_HEAD(self):
        self._answer(body=False)

    def do_GET(self):
        self._answer(body=True)

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.seen = []
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield httpd, f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_an_address_that_answers_head_is_asked_once(server):
    httpd, base = server
    httpd.seen.clear()
    assert linkcheck.answer(base + "/ok", timeout=1) == (200, "")
    assert httpd.seen == [("HEAD", "/ok")]


def test_head_refused_falls_back_to_get(server):
    httpd, base = server
    httpd.seen.clear()
    assert linkcheck.answer(base + "/no-head", timeout=1) == (200, "")
    assert httpd.seen == [("HEAD", "/no-head"), ("GET", "/no-head")]


def test_redirects_are_followed(server):
    assert linkcheck.answer(server[1] + "/moved", timeout=1) == (200, "")


def test_dead_slow_and_unreachable_addresses_are_reported(server):
    base = server[1]
    assert linkcheck.answer(base + "/gone", timeout=1) == (404, "answered HTTP 404")
    status, error = linkcheck.answer(base + "/slow", timeout=0.5)
    assert status is None and error.startswith("did not answer")
    status, error = linkcheck.answer(f"http://127.0.0.1:{free_port()}/", timeout=1)
    assert status is None and error.startswith("did not answer")


def _sources(tmp_path, base):
    folder = tmp_path / "content" / "sources"
    folder.mkdir(parents=True)
    (folder / "alive.yml").write_text(f"id: alive\npublisher: P\nurl: {base}/ok\ncopy_url: {base}/no-head\n", "utf-8")
    (folder / "dead.yml").write_text(f"id: dead\npublisher: P\n\nurl: {base}/gone\n", "utf-8")
    (folder / "estimate.yml").write_text("id: estimate\npublisher: P\n", "utf-8")
    return tmp_path / "content"


def test_check_reports_each_dead_address_with_file_and_line(server, tmp_path):
    content = _sources(tmp_path, server[1])
    links = linkcheck.check(content, timeout=1)
    assert [(link.file.rsplit("/", 1)[-1], link.field, link.ok) for link in links] == [
        ("alive.yml", "url", True), ("alive.yml", "copy_url", True), ("dead.yml", "url", False)]
    text = linkcheck.report(links)
    assert f"dead.yml:4:6: warning: url: {server[1]}/gone answered HTTP 404" in text
    assert text.splitlines()[-1] == "2 of 3 source addresses answered; 1 did not."
    assert "dead.yml:4 | url | " in linkcheck.summary(links) and "/gone | answered HTTP 404 |" in linkcheck.summary(links)


def test_cli_reports_without_failing_and_writes_the_job_summary(server, tmp_path):
    content = _sources(tmp_path, server[1])
    summary = tmp_path / "summary.md"
    result = run_cli(["--content", str(content), "links", "--timeout", "1"],
                     env={"GITHUB_ACTIONS": "true", "GITHUB_STEP_SUMMARY": str(summary)})
    assert result.returncode == 0, result.stderr
    assert "1 did not" in result.stdout and "::warning file=" in result.stdout
    assert "## Source addresses" in summary.read_text("utf-8")
