"""The package's shape: the plain package never imports MkDocs (only hooks/adapter.py does), each
stage imports only from the stages before it, there is no import circle, and modules stay small."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "hooks" / "crossroads"
# The pipeline, in order: a module may import its own stage and those before it, never one after.
STAGES = ["base", "content", "model", "render", "publish", "pages", "site", "tools", "cli"]
BASE = {"routes", "vocabulary", "config", "__init__"}


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text("utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names |= {f"{node.module}.{a.name}" for a in node.names}
    return names


def module_name(path: Path) -> str:
    return "crossroads." + path.relative_to(PACKAGE).with_suffix("").as_posix().replace("/", ".").removesuffix(".__init__")


def stage_of(module: str) -> str:
    """The stage of a package module: its folder, `base` for routes/vocabulary/config, `cli` for the CLI."""
    part = module.split(".")[1] if "." in module else "__init__"
    if part in BASE:
        return "base"
    return "cli" if part in ("cli", "__main__") else part


def package_imports() -> dict[str, set[str]]:
    """Each module of the package → the package modules (or packages) it imports."""
    out = {}
    for path in PACKAGE.rglob("*.py"):
        found = {m for m in imported_modules(path) if m == "crossroads" or m.startswith("crossroads.")}
        out[module_name(path)] = {m for m in found if _exists(m)}
    return out


def _exists(module: str) -> bool:
    rel = Path(*module.split(".")[1:])
    return (PACKAGE / rel).with_suffix(".py").is_file() or (PACKAGE / rel / "__init__.py").is_file()


def test_no_module_of_the_package_imports_mkdocs():
    offenders = {p.name: m for p in PACKAGE.rglob("*.py") for m in imported_modules(p) if m.split(".")[0] == "mkdocs"}
    assert offenders == {}


def test_importing_the_package_and_cli_loads_no_mkdocs():
    code = ("import sys, crossroads.pages.registry, crossroads.site.tree, crossroads.cli, crossroads.model.dataset; "
            "print(any(m == 'mkdocs' or m.startswith('mkdocs.') for m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={"PYTHONPATH": str(PACKAGE.parent)})
    assert out.stdout.strip() == "False"


def test_the_top_folder_reads_as_the_pipeline():
    folders = {p.name for p in PACKAGE.iterdir() if p.is_dir() and not p.name.startswith("__")}
    assert folders == set(STAGES) - {"base", "cli"}


def upward(graph: dict[str, set[str]]) -> list[tuple[str, str]]:
    """(module, import) pairs where a module imports a later stage."""
    return sorted((m, i) for m, deps in graph.items() for i in deps
                  if i != "crossroads" and STAGES.index(stage_of(i)) > STAGES.index(stage_of(m)))


def circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Every import circle found by a depth-first walk."""
    graph = {m: {i for i in deps if i in graph and i != m} for m, deps in graph.items()}
    seen, stack, found = set(), [], []

    def visit(node):
        if node in stack:
            found.append(stack[stack.index(node):] + [node])
            return
        if node in seen:
            return
        seen.add(node)
        stack.append(node)
        for nxt in sorted(graph[node]):
            visit(nxt)
        stack.pop()
    for m in sorted(graph):
        visit(m)
    return found


def test_no_stage_imports_a_later_one():
    """content → model → render → publish → pages → site (→ tools, cli): nothing imports upward."""
    assert upward(package_imports()) == []


def test_there_is_no_import_circle():
    assert circles(package_imports()) == []


def test_the_checks_catch_an_upward_import_and_a_circle():
    bad = {"crossroads.model.income": {"crossroads.render.figures"}, "crossroads.render.figures": {"crossroads.model.income"}}
    assert upward(bad) == [("crossroads.model.income", "crossroads.render.figures")]
    assert circles(bad) == [["crossroads.model.income", "crossroads.render.figures", "crossroads.model.income"]]
    assert stage_of("crossroads.routes") == "base" and stage_of("crossroads.cli") == "cli"


def test_modules_stay_small():
    """A module under ~300 lines: small enough to read in one sitting."""
    sizes = {p.relative_to(PACKAGE).as_posix(): len(p.read_text("utf-8").splitlines()) for p in PACKAGE.rglob("*.py")}
    assert {name: n for name, n in sizes.items() if n > 300} == {}


def test_the_adapter_is_thin():
    """The adapter maps events to the package: no rendering or data handling of its own."""
    text = (PACKAGE.parent / "adapter.py").read_text("utf-8")
    assert len(text.splitlines()) < 160 and "sys.path" not in text
