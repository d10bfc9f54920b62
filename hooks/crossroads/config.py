"""The project's settings, made once and passed down: its folders, the site and repository
addresses, and the build stamp.

The MkDocs adapter makes a `Config` from MkDocs' own config; the CLI from its options and
`mkdocs.yml` (read here, `!ENV` tags resolved as MkDocs does), so `--content`, `--schema` and
`--docs` are honoured everywhere and no module finds the project by its own position on disk.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
from dataclasses import dataclass, field, replace
from pathlib import Path

import yaml

# Data

DEFAULT_SITE = "https://crossroads-guide.github.io/crossroads/"


@dataclass(frozen=True)
class Config:
    """Where everything is and what the site is called."""

    root: Path                      # the project folder (holds mkdocs.yml, CONTRIBUTING.md, .git)
    content: Path
    schema: Path
    docs: Path
    site_url: str = DEFAULT_SITE    # ends with "/"
    repo_url: str = ""
    site_name: str = "Crossroads"
    site_description: str = ""
    titles: dict = field(default_factory=dict, compare=False)   # page URI → its title in the menu (site/nav.py)
    stamp: str = ""                 # generated_at of the API files (see `stamped`)


# Making one

def from_project(root: Path, content: Path | None = None, schema: Path | None = None, docs: Path | None = None,
                 env: dict | None = None) -> Config:
    """The settings of the project at `root` (mkdocs.yml, with SITE_URL/REPO_URL from the environment)."""
    env = os.environ if env is None else env
    settings = _mkdocs_yml(root / "mkdocs.yml", env)
    return Config(root=root, content=content or root / "content", schema=schema or root / "schema",
                  docs=docs or root / settings.get("docs_dir", "docs"),
                  site_url=_slash(settings.get("site_url") or DEFAULT_SITE), repo_url=settings.get("repo_url") or "",
                  site_name=settings.get("site_name") or "Crossroads",
                  site_description=settings.get("site_description") or "")


def stamped(config: Config, reviewed: list[str], env: dict | None = None) -> Config:
    """The config with its build stamp: `SOURCE_DATE_EPOCH`, else the last commit touching the content,
    else the newest review date (`reviewed`): never the clock, so the same content gives the same bytes."""
    env = os.environ if env is None else env
    stamp = env.get("SOURCE_DATE_EPOCH", "").strip()
    if not stamp.isdigit():
        stamp = _last_commit(config.root, config.content)
    if stamp:
        text = dt.datetime.fromtimestamp(int(stamp), dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    else:
        text = (max(reviewed) if reviewed else "2026-01-01") + "T00:00:00Z"
    return replace(config, stamp=text)


# Helpers

def _slash(url: str) -> str:
    return url if url.endswith("/") else url + "/"


class _Loader(yaml.SafeLoader):
    """mkdocs.yml's own tags: `!ENV [NAME, default]` is resolved, any other tag reads as null."""


def _mkdocs_yml(path: Path, env) -> dict:
    """mkdocs.yml as data ({} when missing)."""
    def env_tag(loader, node):
        names = loader.construct_sequence(node) if isinstance(node, yaml.SequenceNode) else [loader.construct_scalar(node)]
        *keys, default = names if len(names) > 1 else (names[0], None)
        return next((env[k] for k in keys if env.get(k)), default)
    _Loader.add_constructor("!ENV", env_tag)
    _Loader.add_multi_constructor("", lambda loader, suffix, node: None)
    try:
        return yaml.load(path.read_text("utf-8"), Loader=_Loader) or {}
    except (OSError, yaml.YAMLError):
        return {}


def _last_commit(root: Path, folder: Path) -> str:
    """Unix time of the last commit that touched `folder` ('' outside a git work tree)."""
    try:
        out = subprocess.run(["git", "-C", str(root), "log", "-1", "--format=%ct", "--", str(folder)],
                             capture_output=True, text=True, timeout=10)
    except (OSError, subprocess.SubprocessError):
        return ""
    stamp = out.stdout.strip()
    return stamp if out.returncode == 0 and stamp.isdigit() else ""
