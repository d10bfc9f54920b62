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
    code = ("import sys, crossroads.site, crossroads.__main__, crossroads.model; "
            "print(any(m == 'mkdocs' or m.startswith('mkdocs.') for m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={"PYTHONPATH": str(PACKAGE.parent)})
    assert out.stdout.strip() == "False"
