"""Shared fixtures: content loading on the mini tree, and the real site built once."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest

from crossroads import config as settings
from crossroads.content.check import load_content
from tests import mini
from tests.browser import CHROME_ARGS, PREFIX, chromium_path, free_port, serve

ROOT = mini.ROOT
TODAY = dt.date(2026, 6, 1)


NO_BROWSER = ("browser tests not run: no Chromium found. Install Debian's chromium (apt-get install chromium) "
              "or set CHROME_PATH to a Chromium or Chrome; CI requires them")


def has_browser() -> bool:
    """The system Chromium (CHROME_PATH or on PATH), or one Playwright downloaded itself."""
    if chromium_path():
        return True
    cache = Path(os.environ.get("PLAYWRIGHT_BROWSERS_PATH") or Path.home() / ".cache" / "ms-playwright")
    return any(cache.glob("chromium*/chrome-linux*/chrome"))


def pytest_collection_modifyitems(config, items):
    """Without a browser the browser tests are left out and said so once (CI stops instead)."""
    if has_browser():
        return
    needing = [i for i in items if "browser" in getattr(i, "fixturenames", ()) or i.get_closest_marker("browser")]
    if not needing:
        return
    if os.environ.get("CI"):
        raise pytest.UsageError(f"{len(needing)} {NO_BROWSER}.")
    config.hook.pytest_deselected(items=needing)
    items[:] = [i for i in items if i not in needing]
    config.stash[_LEFT_OUT] = len(needing)


_LEFT_OUT = pytest.StashKey[int]()


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    if (n := config.stash.get(_LEFT_OUT, 0)):
        terminalreporter.write_line(f"{n} {NO_BROWSER}.", yellow=True, bold=True)


@pytest.fixture
def check(tmp_path):
    """check({file: text}) → problems for the mini tree with those changes."""
    def run(changes=None, today=TODAY):
        root = mini.write(tmp_path, changes)
        return load_content(root, mini.SCHEMA, today=today).problems
    return run


def project_config(data, root: Path = ROOT, env: dict | None = None) -> settings.Config:
    """The project's Config as the CLI makes it (site address from mkdocs.yml or SITE_URL), with its build stamp and menu titles."""
    from crossroads.site import nav
    cfg = settings.from_project(root, env=env)
    cfg = settings.stamped(cfg, [x.last_reviewed for x in [*data.roles.values(), *data.paths.values()]], env=env)
    return nav.configured(cfg, data)[0]


def run_cli(args: list[str], cwd: Path = ROOT, env: dict | None = None) -> subprocess.CompletedProcess:
    """Run `python -m crossroads ARGS` in `cwd` with that project's hooks/ on the path."""
    env = {**os.environ, "PYTHONPATH": str(cwd / "hooks"), **(env or {})}
    return subprocess.run([sys.executable, "-m", "crossroads", *args], cwd=cwd, capture_output=True, text=True,
                          env=env, timeout=120)


def mkdocs_build(site_dir: Path, env: dict | None = None, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    """Run `mkdocs build --strict` with this interpreter's mkdocs into site_dir."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", **(env or {})}
    return subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site_dir)],
                          cwd=cwd, capture_output=True, text=True, env=env, timeout=300)


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    """The real content, built strictly once per test session."""
    site = tmp_path_factory.mktemp("site")
    result = mkdocs_build(site)
    assert result.returncode == 0, result.stderr
    return site


# Browser fixtures: the real site built for and served at http://127.0.0.1:PORT/crossroads/

@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:
        exe = chromium_path()
        b = p.chromium.launch(executable_path=exe, args=CHROME_ARGS) if exe else p.chromium.launch(args=CHROME_ARGS)
        yield b
        b.close()


@pytest.fixture(scope="session")
def served(tmp_path_factory):
    """The real site built for, and served at, http://127.0.0.1:PORT/crossroads/.

    site_url matches the address (host and port), as on GitHub Pages: canonical links, the sitemap
    and the 404 page's links are made from it.
    """
    port = free_port()
    site = tmp_path_factory.mktemp("served") / "site"
    result = mkdocs_build(site, env={"SITE_URL": f"http://127.0.0.1:{port}{PREFIX}"})
    assert result.returncode == 0, result.stderr
    with serve(site, port) as base:
        yield base
