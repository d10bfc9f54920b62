"""Messages a contributor reads: syntax errors point at the real mistake; counts read naturally."""

from __future__ import annotations

from crossroads.content.loader import load_text
from crossroads.content.problems import Problem, report


def _one(text: str) -> Problem:
    doc, problems = load_text(text, "content/roles/x.yml")
    assert len(problems) == 1, problems
    return problems[0]


def test_error_at_the_start_of_a_line_points_at_the_end_of_the_previous_one():
    p = _one("id: x\nname Foo\nsummary: y\n")           # the colon is missing on line 2
    assert (p.line, p.col) == (3, 1)
    assert p.hint.startswith("check the end of line 2:")


def test_the_previous_line_skips_blank_lines_and_comments():
    p = _one("id: x\nname Foo\n\n# a comment\nsummary: y\n")
    assert "check the end of line 2:" in p.hint


def test_an_unclosed_quote_names_where_it_opened():
    p = _one('id: x\nname: "Foo\nsummary: y\n')
    assert p.hint == "the quote opened on line 2, column 7 is never closed"


def test_an_error_inside_a_line_gets_no_previous_line_hint():
    p = _one("id: x\npaths: [a, b\nsummary: y\n")          # reported where the bracket opens (issue 21)
    assert (p.line, p.col) == (2, 8) and "end of line" not in p.hint and "never closed" in p.message


def test_bad_indentation_says_so():
    p = _one("id: x\nhow:\n  a: 1\n b: 2\n")
    assert p.hint.startswith("check the indentation of line 4")


def test_summary_counts_in_the_singular_and_plural():
    one = Problem("content/roles/x.yml", 3, 1, "", "m")
    assert report([one]).splitlines()[-1] == "1 problem (1 error) in 1 file."
    two = Problem("content/roles/y.yml", 1, 1, "", "m")
    assert report([one, two]).splitlines()[-1] == "2 problems (2 errors) in 2 files."
