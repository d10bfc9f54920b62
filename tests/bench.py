"""`make bench`: build time per page at 1×, 10× and 100× the roles, the hooks' share of a real
build, and the size of what the browser downloads. Prints numbers and flags each one that misses
its target; asserts nothing (speed is measured here, never in timed tests).

Synthetic content is the real content with every role copied N-1 times (ids `<id>-xK`) in a
temporary copy of the project; nothing in the working tree changes.
"""

from __future__ import annotations

import gzip
import logging
import os
import re
import shutil
import sys
import tempfile
import time
from pathlib import Path

from tests import pageweight

ROOT = Path(__file__).resolve().parent.parent
PARTS = ["mkdocs.yml", "docs", "content", "schema", "hooks", "overrides", "CONTRIBUTING.md"]
QUIZ_BUDGET_GZ = 12 * 1024
RATIO_TARGET = 11.0          # 100×/10× build time; 10 is linear
HOOKS_SHARE_TARGET = 30.0    # % of the real build spent in our hooks
CLS_TARGET = 0.01            # layout shift while the quiz, calculator and compare pages load
MISS = "  ⚠ MISSES TARGET"


def flag(value: float, target: float) -> str:
    """A visible flag when `value` is above its (upper-bound) target, else nothing."""
    return MISS if value > target else ""


def copy_project(dest: Path, factor: int) -> None:
    """Copy the site sources to dest, with every role repeated `factor` times."""
    dest.mkdir(parents=True)
    for part in PARTS:
        src = ROOT / part
        (shutil.copytree if src.is_dir() else shutil.copy)(src, dest / part)
    roles = dest / "content" / "roles"
    for path in sorted(roles.glob("*.yml")):
        text = path.read_text("utf-8")
        for k in range(2, factor + 1):
            new_id = f"{path.stem}-x{k}"
            copy = re.sub(r"(?m)^id: .*$", f"id: {new_id}", text, count=1)
            copy = re.sub(r"(?m)^name: (.*)$", lambda m, k=k: f"name: {m.group(1).strip(chr(39))} copy {k}", copy, count=1)
            (roles / f"{new_id}.yml").write_text(copy, "utf-8")


def timed_build(project: Path) -> tuple[float, float, int]:
    """Build the project in-process; return (total seconds, seconds inside our hooks, pages)."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    os.chdir(project)
    config = load_config(str(project / "mkdocs.yml"), site_dir=str(project / "site"))
    spent = [0.0]

    def timer(fn):
        def wrapped(*args, **kwargs):
            start = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                spent[0] += time.perf_counter() - start
        return wrapped

    for name, methods in config.plugins.events.items():
        config.plugins.events[name] = [timer(m) if "hooks" in getattr(getattr(m, "__code__", None), "co_filename", "") else m
                                       for m in methods]
    start = time.perf_counter()
    build(config)
    total = time.perf_counter() - start
    pages = sum(1 for _ in (project / "site").rglob("index.html"))
    return total, spent[0], pages


def sizes(site: Path) -> dict[str, int]:
    """Bytes of the whole site, the largest HTML page, and the quiz script gzipped (if there is one)."""
    html = [p for p in site.rglob("*.html")]
    out = {"site_bytes": sum(p.stat().st_size for p in site.rglob("*") if p.is_file()),
           "largest_page_bytes": max(p.stat().st_size for p in html)}
    quiz = [p for p in site.rglob("*.js") if "quiz" in p.name]
    if quiz:
        out["quiz_js_gzip_bytes"] = sum(len(gzip.compress(p.read_bytes(), 9)) for p in quiz)
    return out


def budget_lines(visits: dict, index_gz: dict, roles: dict) -> list[str]:
    """First visit per page type (gzipped bytes, requests, layout shift) and the search index, against their budgets."""
    lines = ["first visit, served gzipped under /crossroads/ (the search index loads when the reader opens search):"]
    lines += pageweight.table(visits)
    role = visits["role"]
    lines.append(f"role page: {role['bytes'] / 1024:.1f} KiB of {pageweight.ROLE_BUDGET_BYTES / 1024:g} KiB"
                 f"{flag(role['bytes'], pageweight.ROLE_BUDGET_BYTES)}, {role['requests']} requests of "
                 f"{pageweight.ROLE_BUDGET_REQUESTS}{flag(role['requests'], pageweight.ROLE_BUDGET_REQUESTS)}; "
                 f"with the search index once the reader searches: {(role['bytes'] + index_gz[1]) / 1024:.1f} KiB")
    lines += [f"layout shift on {name}: {visits[name]['cls']:.3f} (target ≤ {CLS_TARGET}){flag(visits[name]['cls'], CLS_TARGET)}"
              for name in ("quiz", "income", "compare two roles")]
    lines.append(elements_line(visits))
    growth = (index_gz[10] - index_gz[1]) / (roles[10] - roles[1])
    lines.append(f"search index: {index_gz[1]:,} bytes gzipped (budget {pageweight.SEARCH_BUDGET_GZ:,})"
                 f"{flag(index_gz[1], pageweight.SEARCH_BUDGET_GZ)}; at 10× roles {index_gz[10]:,}, "
                 f"{growth:,.0f} bytes per role (budget {pageweight.SEARCH_GROWTH_GZ:,}){flag(growth, pageweight.SEARCH_GROWTH_GZ)}")
    return lines


def quiz_lines() -> list[str]:
    """How well the quiz's scores tell roles apart (tests/quizspread.py), against issue 18's targets."""
    from crossroads.content import check as content_check
    from crossroads.model import dataset, quiz_data
    from tests import quizspread
    proj = quiz_data.projection(dataset.build(content_check.check(ROOT / "content", ROOT / "schema")))
    m = quizspread.measure(proj)
    out = [f"quiz over {m['sets']} random answer sets (seed {quizspread.SEED}):"]
    for name, value, op, target, met in quizspread.verdicts(m):
        out.append(f"  {quizspread.LABELS[name]}: {value:.3g} (target {op} {target:g}){'' if met else MISS}")
    return out


def elements_line(visits: dict) -> str:
    """Elements per page type once its scripts have run, against the budget; the line names the pages over it."""
    over = [name for name, v in visits.items() if v["elements"] > pageweight.ELEMENT_BUDGET]
    counts = ", ".join(f"{name} {v['elements']:,}" for name, v in visits.items())
    return (f"elements per page (budget {pageweight.ELEMENT_BUDGET:,}): {counts}"
            + (f"; over: {', '.join(over)}{MISS}" if over else ""))


def main() -> int:
    logging.getLogger("mkdocs").setLevel(logging.WARNING)
    os.environ["NO_MKDOCS_2_WARNING"] = "1"
    results, index_gz, roles = {}, {}, {}
    spread = quiz_lines()          # first: the builds below import the package from their copies, deleted after
    with tempfile.TemporaryDirectory() as tmp:
        for factor in (1, 10, 100):
            project = Path(tmp) / f"x{factor}"
            copy_project(project, factor)
            results[factor] = timed_build(project)
            total, hooks, pages = results[factor]
            print(f"{factor:>3}× roles: {pages:5d} pages in {total:6.2f} s = {1000 * total / pages:6.2f} ms per page; "
                  f"hooks {hooks:5.2f} s ({100 * hooks / total:4.1f} %)")
            index_gz[factor] = pageweight.search_index_gz(project / "site")
            roles[factor] = len(list((project / "content" / "roles").glob("*.yml")))
            if factor == 1:
                site_sizes = sizes(project / "site")
                visits = pageweight.measure(project / "site")
    ratio = results[100][0] / results[10][0]
    share = 100 * results[1][1] / results[1][0]
    lines = [f"100×/10× build-time ratio: {ratio:.2f} (target ≤ {RATIO_TARGET:g}; 10 is linear){flag(ratio, RATIO_TARGET)}",
             f"hooks' share of the real build: {share:.1f} % (target ≤ {HOOKS_SHARE_TARGET:g} %){flag(share, HOOKS_SHARE_TARGET)}"]
    lines += [f"{key}: {value:,}" for key, value in site_sizes.items()]
    lines += budget_lines(visits, index_gz, roles)
    if "quiz_js_gzip_bytes" in site_sizes:
        quiz = site_sizes["quiz_js_gzip_bytes"]
        lines.append(f"quiz script budget: {quiz:,} of {QUIZ_BUDGET_GZ:,} bytes gzipped{flag(quiz, QUIZ_BUDGET_GZ)}")
    lines += spread
    print("\n".join(lines))
    text, code = verdict(lines)
    print(text)
    return code


def verdict(lines: list[str]) -> tuple[str, int]:
    """The closing lines and the exit code: 1, naming each figure, when any misses its target."""
    missed = [line.replace(MISS, "") for line in lines if MISS in line]
    if not missed:
        return "Every figure meets its target.", 0
    head = f"{len(missed)} figure{'s' if len(missed) != 1 else ''} miss{'es' if len(missed) == 1 else ''} " \
           f"{'its' if len(missed) == 1 else 'their'} target:"
    return "\n".join([head, *(f"  - {m}" for m in missed),
                      "A pull request that causes a miss is not merged until it is fixed or the budget is raised "
                      "with a reason (CONTRIBUTING.md, Budgets)."]), 1


if __name__ == "__main__":
    sys.exit(main())
