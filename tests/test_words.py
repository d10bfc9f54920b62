"""Growth words and pay comparisons against the figures they describe (content/rules/words.py), beyond the
one case each in test_rule_cases.py: multiples of the average, declines, the nearest number in a sentence, and a
pay ranking whose direction the figures contradict."""

from __future__ import annotations

from tests.mini import FILES, line_of

ROLE = FILES["roles/seo.yml"]


def problems(check, rule, changes):
    return [p for p in check(changes) if p.rule == rule]


def with_impact(text):
    return {"roles/seo.yml": ROLE.replace("ai_impact: Drafts get cheaper.", f"ai_impact: {text}")}


def test_a_multiple_of_the_average_is_checked(check):
    [p] = problems(check, "growth-words", with_impact("Jobs grow 6.7%, five times the 3.1% average."))
    assert "2.2 times" in p.message and "about 2 times" in p.hint
    assert problems(check, "growth-words", with_impact("Jobs grow 6.7%, about twice the 3.1% average.")) == []


def test_decline_words_need_a_fall_and_average_words_a_modest_rise(check):
    assert problems(check, "growth-words", with_impact("Jobs will shrink by 6.7% by 2034."))
    assert problems(check, "growth-words", with_impact("Growth of 6.7% is faster than the average.")) == []
    assert problems(check, "growth-words", with_impact("Growth of 6.7% is slower than average."))


def test_the_word_is_read_against_the_nearest_projection_in_its_sentence(check):
    text = ROLE.replace("    confidence: high\n    quote: \"Market research", "    confidence: high\n    quote: \"Market research", 1)
    second = text.replace("outlook:\n", """outlook:
  - measure: employment_change
    value: -2.2
    unit: percent
    period: 2024-34
    year: 2024
    region: US
    scope: category
    source: bls
    confidence: high
    quote: "Advertising managers | change percent -2.2"
""", 1)
    second = second.replace("ai_impact: Drafts get cheaper.", "ai_impact: Specialists grow 6.7%, faster than average, while managers shrink by 2.2%.")
    assert problems(check, "growth-words", {"roles/seo.yml": second}) == []
    wrong = second.replace("managers shrink by 2.2%", "managers grow faster than average at 2.2%")
    [p] = problems(check, "growth-words", {"roles/seo.yml": wrong})
    assert "-2.2%" in p.message and p.line == line_of(wrong, "ai_impact:")


def test_a_pay_ranking_of_closely_matched_roles_must_agree_with_their_wages(check):
    close = ROLE.replace("match: loose, note: Proxy.}", "match: close}").replace("    match: loose\n", "    match: close\n")
    cheap = close.replace("id: seo\n", "id: blog\n").replace("name: SEO consultant", "name: Blogger").replace(
        "median: 76950", "median: 50000").replace("low: 42070", "low: 30000")
    path = FILES["paths/marketing.yml"].replace("strengths: [Cheap to start]", "strengths: [Blogger work is better paid than SEO]")
    [p] = problems(check, "pay-words", {"roles/seo.yml": close, "roles/blog.yml": cheap, "paths/marketing.yml": path})
    assert "Blogger" in p.message and "$50,000" in p.message and "below" in p.message
    fine = path.replace("Blogger work is better paid", "SEO work is better paid").replace("than SEO", "than blogging")
    assert problems(check, "pay-words", {"roles/seo.yml": close, "roles/blog.yml": cheap, "paths/marketing.yml": fine}) == []
