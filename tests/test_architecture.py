"""The plain package never imports MkDocs; only hooks/adapter.py does."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "hooks" / "crossroads"


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text("utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_no_module_of_the_package_imports_mkdocs():
    offenders = {p.name: m for p in PACKAGE.rglob("*.py") for m in imported_modules(p) if m.split(".")[0] == "mkdocs"}
    assert offenders == {}


def test_importing_the_package_and_cli_loads_no_mkdocs():
    code = ("import sys, crossroads.pages.registry, crossroads.cli, crossroads.model.dataset; "
            "print(any(m == 'mkdocs' or m.startswith('mkdocs.') for m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={"PYTHONPATH": str(PACKAGE.parent)})
    assert out.stdout.strip() == "False"


def relative_imports(path: Path) -> set[str]:
    """Modules of the package that a file imports (`from .x import`, `from ..x import`, `from . import x`)."""
    tree = ast.parse(path.read_text("utf-8"))
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.level:
            out |= {node.module.split(".")[0]} if node.module else {a.name for a in node.names}
    return out


def test_rules_never_import_the_content_stage():
    """content.py runs the rules; the rules see documents.py only, so there is no import circle."""
    offenders = {p.name for p in (PACKAGE / "content" / "rules").glob("*.py") if "content" in relative_imports(p)}
    assert offenders == set()
    assert "content" not in relative_imports(PACKAGE / "content" / "documents.py")


def test_modules_stay_small():
    """A module under ~300 lines (STYLE.md): small enough to read in one sitting."""
    sizes = {p.relative_to(PACKAGE).as_posix(): len(p.read_text("utf-8").splitlines()) for p in PACKAGE.rglob("*.py")}
    assert {name: n for name, n in sizes.items() if n > 330} == {}
