"""The site's scripts without a browser: each reads the data version the build writes, and the
JavaScript linter's configuration bites (`make lint-js`, run by `make test` where Node is present and
by CI, would pass vacuously if eslint.config.js matched no file or knew no rule; those tests are
skipped until `make lint-js` has installed ESLint into node_modules/)."""

from __future__ import annotations

import json
import re
import subprocess

import pytest

from crossroads.model import quiz_data
from crossroads.publish import api
from tests.conftest import ROOT

ASSETS = ROOT / "docs" / "assets"
ESLINT = ROOT / "node_modules" / ".bin" / "eslint"
needs_eslint = pytest.mark.skipif(not ESLINT.exists(), reason="ESLint not installed (make lint-js installs it)")


def test_each_script_reads_the_schema_version_the_build_writes():
    """getJSON refuses a file of another schema_version, so a script's constant must be the build's."""
    def constant(name, script):
        return int(re.search(rf"var {name} = (\d+);", (ASSETS / script).read_text("utf-8")).group(1))
    assert constant("API_VERSION", "roles.js") == api.SCHEMA_VERSION
    assert constant("SCHEMA_VERSION", "quiz.js") == quiz_data.SCHEMA_VERSION


def lint(source: str, name: str) -> list[str]:
    """The rule ids ESLint reports for `source` linted as if it were the file `name`."""
    result = subprocess.run([str(ESLINT), "--format", "json", "--stdin", "--stdin-filename", name],
                            input=source, capture_output=True, text=True, timeout=120, cwd=ROOT)
    return [m["ruleId"] for f in json.loads(result.stdout) for m in f["messages"]]


@needs_eslint
def test_site_scripts_get_the_recommended_rules_and_browser_globals():
    bad = '(function () {\n  "use strict";\n  var unused = 1;\n  undefinedThing();\n})();\n'
    assert sorted(lint(bad, "docs/assets/new.js")) == ["no-undef", "no-unused-vars"]
    assert sorted(lint(bad, "overrides/assets/javascripts/new.js")) == ["no-undef", "no-unused-vars"]
    good = 'window.Crossroads.onPage(function () { fetch(new URL("x", location.href)).then(function () { document.title = ""; }); });\n'
    assert lint(good, "docs/assets/new.js") == []


@needs_eslint
def test_every_site_script_is_linted_and_clean():
    scripts = sorted(p.relative_to(ROOT).as_posix() for d in ("docs/assets", "overrides") for p in (ROOT / d).rglob("*.js"))
    result = subprocess.run([str(ESLINT), "--format", "json", *scripts], capture_output=True, text=True, timeout=120, cwd=ROOT)
    report = json.loads(result.stdout)
    assert sorted(r["filePath"] for r in report) == sorted(str(ROOT / s) for s in scripts) and len(scripts) >= 6
    assert [(r["filePath"], m["ruleId"], m["line"]) for r in report for m in r["messages"]] == []
