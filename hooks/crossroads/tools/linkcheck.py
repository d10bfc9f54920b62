"""Do the source addresses still answer? A weekly report that never blocks anyone.

Every `url` and `copy_url` in content/sources/ is asked for with HEAD, then GET when HEAD is
refused (many servers answer HEAD with 403, 404 or 405). Redirects are followed; each request
has a timeout. Dead or unreachable addresses become warnings with the file and line, printed
(and annotated, and summarised for the job page, in GitHub Actions); nothing raises.
"""

from __future__ import annotations

import os
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from crossroads.content.loader import load_file
from crossroads.content.problems import Problem

# Data

FIELDS = ("url", "copy_url")
USER_AGENT = "Mozilla/5.0 (compatible; crossroads-link-check; +https://github.com/crossroads-guide/crossroads)"
RULE = "link-check"


@dataclass(frozen=True)
class Link:
    """One address in a source file, where it is and how it answered."""

    file: str
    line: int
    col: int
    field: str
    url: str
    status: int | None = None     # the final HTTP status; None when there was no answer
    error: str = ""               # why it counts as broken; empty when it answered

    @property
    def ok(self) -> bool:
        return not self.error

    def problem(self) -> Problem:
        return Problem(self.file, self.line, self.col, self.field, f"{self.url} {self.error}",
                       "check the address; if the page moved, update url (and accessed)", RULE, "warning")


# Checking

def answer(url: str, timeout: float = 20) -> tuple[int | None, str]:
    """(status, error) for one address: HEAD first, GET when HEAD is refused."""
    status = None
    for method in ("HEAD", "GET"):
        request = urllib.request.Request(url, method=method, headers={"User-Agent": USER_AGENT, "Accept": "*/*"})
        try:
            with urllib.request.urlopen(request, timeout=timeout) as response:
                return response.status, ""
        except urllib.error.HTTPError as e:
            status = e.code
        except (urllib.error.URLError, TimeoutError, OSError, ValueError) as e:
            reason = getattr(e, "reason", e)
            return None, f"did not answer ({reason or type(e).__name__})"
    return status, f"answered HTTP {status}"


def addresses(content: Path) -> list[Link]:
    """Every source address, with its file and line (files that do not load are skipped)."""
    links = []
    for path in sorted((content / "sources").glob("*.yml")):
        doc, problems = load_file(path, f"{content.as_posix()}/sources/{path.name}")
        if problems or not isinstance(doc.data, dict):
            continue
        for field in FIELDS:
            if isinstance(url := doc.data.get(field), str):
                line, col = doc.where((field,))
                links.append(Link(doc.file, line, col, field, url))
    return links


def check(content: Path, timeout: float = 20, workers: int = 8) -> list[Link]:
    """Ask every address (a few at a time); the links with their answers, in file order."""
    links = addresses(content)

    def one(link: Link) -> Link:
        status, error = answer(link.url, timeout)
        return Link(link.file, link.line, link.col, link.field, link.url, status, error)

    with ThreadPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(one, links))


# Reporting

def report(links: list[Link]) -> str:
    """One warning line per broken address, then a count."""
    broken = [link for link in links if not link.ok]
    lines = [link.problem().format() for link in broken]
    lines.append(f"{len(links) - len(broken)} of {len(links)} source addresses answered; {len(broken)} did not.")
    return "\n".join(lines)


def summary(links: list[Link]) -> str:
    """A Markdown summary for the GitHub job page."""
    broken = [link for link in links if not link.ok]
    out = ["## Source addresses", "", f"{len(links) - len(broken)} of {len(links)} answered."]
    if broken:
        out += ["", "| file | field | address | answer |", "|---|---|---|---|"]
        out += [f"| {b.file}:{b.line} | {b.field} | {b.url} | {b.error} |" for b in broken]
    return "\n".join(out) + "\n"


def offline(links: list[Link]) -> bool:
    """No address answered at all, not even with an HTTP error: the machine has no network."""
    return len(links) > 1 and all(link.status is None and link.error for link in links)


def main(content: Path, timeout: float = 20) -> int:
    """Check, print, annotate and summarise; always 0, so the weekly job blocks no one."""
    links = check(content, timeout)
    if offline(links):
        print(f"No network: none of the {len(links)} source addresses could be reached from this machine "
              f"(the first said: {links[0].error}). Run make links where the internet is reachable; "
              "the weekly links workflow does.")
        return 0
    print(report(links))
    if os.environ.get("GITHUB_ACTIONS"):
        for link in links:
            if not link.ok:
                print(link.problem().annotation())
        if (target := os.environ.get("GITHUB_STEP_SUMMARY")):
            with open(target, "a", encoding="utf-8") as f:
                f.write(summary(links))
    return 0
