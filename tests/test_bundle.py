"""The joined stylesheet and script (site/bundle.py) are lean: comments and indentation go, code stays
line for line, so the browser runs the same statements (the browser tests run the bundle)."""

from __future__ import annotations

import re

import yaml

from crossroads.site import bundle
from tests.conftest import ROOT

JS = """(function () {
  // a note
  /* a block
     over lines */
  var url = "http://example.org/*x*/"; // kept: after code
  const s = `a
b`.length;
}());
"""


def test_lean_drops_comment_lines_and_indentation_and_keeps_every_statement():
    out = bundle.lean(JS, script=True)
    assert "a note" not in out and "a block" not in out and "over lines" not in out
    assert 'var url = "http://example.org/*x*/"; // kept: after code' in out
    assert out.splitlines()[0] == "(function () {" and out.endswith("}());")
    css = bundle.lean("/* head */\n.a {\n  color: red; /* kept */\n}\n\n\n.b { x: y; }\n", script=False)
    assert css == ".a {\ncolor: red; /* kept */\n}\n.b { x: y; }"


def test_the_sites_scripts_have_no_template_literal_over_several_lines():
    """`lean` strips indentation line by line, which would change such a literal's text."""
    config = yaml.load((ROOT / "mkdocs.yml").read_text("utf-8"), Loader=yaml.BaseLoader)
    for uri in config["extra_javascript"]:
        text = (ROOT / "docs" / uri).read_text("utf-8")
        assert not [m for m in re.findall(r"`[^`]*`", text) if "\n" in m], uri


def test_the_built_bundles_are_lean(built_site):
    for name in (bundle.JS, bundle.CSS):
        text = (built_site / name).read_text("utf-8")
        assert "\n  " not in text and "\n\n" not in text
        assert text.count("/* assets/") >= 2                   # each part still names its file
