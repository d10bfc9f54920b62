"""`make serve` survives broken content: a real `mkdocs serve` on 127.0.0.1 keeps answering."""

from __future__ import annotations

import os
import queue
import re
import shutil
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

import pytest

from crossroads.content.problems import Problem
from crossroads.site import preview
from tests.browser import PREFIX, free_port
from tests.conftest import ROOT

PARTS = ["mkdocs.yml", "docs", "content", "schema", "hooks", "overrides", "CONTRIBUTING.md"]
ROLE = "content/roles/prompt-engineer.yml"
BANNER = "This preview is stale"


def _copy(dest: Path) -> Path:
    for part in PARTS:
        src = ROOT / part
        if src.exists():
            (shutil.copytree if src.is_dir() else shutil.copy)(src, dest / part)
    return dest


def _get(url: str) -> tuple[int, str]:
    """One request that must answer: MkDocs holds a request while it rebuilds (a full build takes several
    seconds on a busy two-core machine), but before the fix a request made after bad content waited forever."""
    with urllib.request.urlopen(url, timeout=90) as r:
        return r.status, r.read().decode("utf-8")


def _until(url: str, predicate, seconds: float = 60) -> str:
    """Request the page until `predicate(body)` holds; every answer is a 200 (see _get)."""
    deadline = time.monotonic() + seconds
    while True:
        status, body = _get(url)
        assert status == 200
        if predicate(body):
            return body
        assert time.monotonic() < deadline, "the preview never showed the change"
        time.sleep(0.3)


@pytest.fixture
def server(tmp_path):
    """`mkdocs serve` of a copy of the project; yields (project, base URL, output lines)."""
    project = _copy(tmp_path)
    port = free_port()
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONPATH": str(project / "hooks")}
    proc = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "-a", f"127.0.0.1:{port}"],
                            cwd=project, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(target=lambda: [lines.put(line) for line in proc.stdout], daemon=True).start()
    try:
        deadline = time.monotonic() + 60
        seen = []
        while not any("Serving on" in s for s in seen):
            assert proc.poll() is None and time.monotonic() < deadline, "".join(seen)
            try:
                seen.append(lines.get(timeout=1))
            except queue.Empty:
                pass
        yield project, f"http://127.0.0.1:{port}{PREFIX}", lines
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


def _drain(lines: queue.Queue) -> str:
    out = []
    while not lines.empty():
        out.append(lines.get())
    return "".join(out)


def test_served_preview_survives_broken_content_and_recovers(server):
    project, base, lines = server
    page = base + "roles/prompt-engineer/"
    role = project / ROLE
    good = role.read_text("utf-8")
    name = re.search(r"^name: (.+)$", good, re.M).group(1).strip()
    assert BANNER not in _get(page)[1]

    role.write_text(good.replace("\nname: ", "\nname ", 1), "utf-8")       # a missing colon
    stale = _until(page, lambda body: BANNER in body)
    assert ROLE in stale and name in stale                                  # why, and the last good page
    assert BANNER in _get(base)[1]                                          # on every page
    time.sleep(0.5)
    assert f"{ROLE}:" in _drain(lines)                                      # the terminal lists it too

    role.write_text(good.replace(f"name: {name}", f"name: {name} (edited)", 1), "utf-8")
    fresh = _until(page, lambda body: f"{name} (edited)" in body)
    assert BANNER not in fresh


def test_preview_state_only_survives_while_serving(monkeypatch):
    bad = [Problem("content/roles/x.yml", 3, 1, "", "YAML syntax: could not find expected ':'")]
    monkeypatch.setattr(preview, "STATE", preview.Preview())
    preview.good({"data": "last"})
    assert preview.stale(bad) is None and preview.banner() == ""           # mkdocs build: stop
    monkeypatch.setattr(preview, "STATE", preview.Preview())
    preview.start("serve")
    assert preview.stale(bad) is None                                       # no good build yet: stop
    preview.good({"data": "last"})
    assert preview.stale(bad) == {"data": "last"}
    page = '<html><article class="md-content__inner md-typeset"><h1>T</h1></article></html>'
    shown = preview.with_banner(page)
    assert shown.index(BANNER) > shown.index("<article") and "content/roles/x.yml:3:1" in shown
    assert "The content has 1 error," in shown
    preview.tolerate([Problem("content/roles/y.yml", 9, 1, "", "a number without a figure", level="warning")])
    assert "content/roles/y.yml" not in preview.with_banner(page)                # warnings never make it stale
    preview.begin()
    assert preview.with_banner(page) == page
