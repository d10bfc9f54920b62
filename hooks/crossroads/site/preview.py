"""The live preview survives broken content: `mkdocs serve` keeps the last good data and says why.

MkDocs 1.6's dev server makes every request wait until a rebuild succeeds, so a build that stops
on bad content leaves the preview hanging until the file is fixed. While serving, content
problems therefore do not stop the rebuild: they are printed, the pages are built from the last
good data, and each page carries a banner listing the problems. `mkdocs build` (and serve before
any good build exists) still stops on the first bad build: a broken page is never published.
"""

from __future__ import annotations

import html
import re
import sys
from dataclasses import dataclass, field

from crossroads.content.problems import Problem, report

# Data

SHOWN = 12          # problems listed in the banner; the terminal lists all of them
_CONTENT_START = re.compile(r'<article class="md-content__inner[^"]*">')


@dataclass
class Preview:
    """What one `mkdocs serve` process remembers between rebuilds."""

    command: str = "build"
    last_good: dict | None = None
    problems: list[Problem] = field(default_factory=list)


STATE = Preview()


# Events

def start(command: str) -> None:
    """Called once when MkDocs starts: `serve` turns the survival on, anything else keeps it off."""
    STATE.command = command


def serving() -> bool:
    return STATE.command == "serve"


def begin() -> None:
    """A new build starts: forget the previous build's problems."""
    STATE.problems = []


def good(build: dict) -> None:
    """The content was valid: remember this build's data as the last good one."""
    STATE.last_good = dict(build)


def stale(problems: list[Problem]) -> dict | None:
    """Bad content: while serving (after a good build), print the problems and return the last good data."""
    if not serving() or STATE.last_good is None:
        return None
    tolerate(problems)
    return dict(STATE.last_good)


def tolerate(problems: list[Problem]) -> bool:
    """While serving, record and print the problems instead of stopping; False when not serving."""
    if not serving():
        return False
    STATE.problems = sorted(set(STATE.problems) | {p for p in problems if p.level == "error"}, key=Problem.rank)  # warnings do not stop
    print("The preview is stale: the content has problems (pages show the last good build):\n"
          + report(problems), file=sys.stderr, flush=True)
    return True


# Banner

def banner() -> str:
    """HTML banner for the top of every page while the preview is stale; empty when it is fresh."""
    if not STATE.problems:
        return ""
    n = len(STATE.problems)
    items = "".join(f"<li><code>{html.escape(f'{p.file}:{p.line}:{p.col}')}</code> "
                    f"{html.escape(p.format().split(': ', 2)[-1])}</li>" for p in STATE.problems[:SHOWN])
    more = f"<li>… and {n - SHOWN} more (the terminal lists them all)</li>" if n > SHOWN else ""
    return ('<div class="admonition danger cr-stale" role="alert">'
            '<p class="admonition-title">This preview is stale</p>'
            f"<p>The content has {n} error{'s' if n != 1 else ''}, so this page shows the last good build. "
            "Fix the file and the preview rebuilds by itself.</p>"
            f"<ul>{items}{more}</ul></div>\n")


def with_banner(page_html: str) -> str:
    """The page with the banner at the start of its content (Material's article), when stale."""
    if not (text := banner()):
        return page_html
    if not (m := _CONTENT_START.search(page_html)):
        return page_html
    return page_html[:m.end()] + text + page_html[m.end():]
