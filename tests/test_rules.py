"""One test per validation rule: the mini tree is clean, and one change produces one located problem."""

from __future__ import annotations

from tests.mini import FILES, line_of

ROLE = FILES["roles/seo.yml"]


def only(problems, rule):
    found = [p for p in problems if p.rule == rule]
    assert found, f"no {rule} problem in: {[p.format() for p in problems]}"
    return found


def test_mini_tree_is_clean(check):
    assert check() == []


def test_id_matches_filename(check):
    text = ROLE.replace("id: seo\n", "id: seo-consultant\n")
    [p] = only(check({"roles/seo.yml": text}), "id-matches-filename")
    assert (p.line, p.field) == (1, "id")
    assert p.file.endswith("content/roles/seo.yml")
    assert "does not match the file name 'seo.yml'" in p.message and "rename the file" in p.hint


def test_duplicate_id_in_a_list(check):
    text = ROLE.replace("  - {skill: talking, level: useful}", "  - {skill: keywords, level: useful}")
    problems = check({"roles/seo.yml": text, "skills/talking.yml": None})
    [p] = only(problems, "duplicate-id")
    assert p.line == line_of(text, "{skill: keywords, level: useful}")
    assert p.message == "'keywords' is listed twice"


def test_duplicate_id_across_files(check):
    copy = FILES["sources/bls.yml"]
    [p] = only(check({"sources/bls-copy.yml": copy}), "duplicate-id")
    assert p.file.endswith("sources/bls.yml") or p.file.endswith("sources/bls-copy.yml")
    assert "already used by" in p.message


def test_unknown_reference_lists_closest_ids(check):
    text = ROLE.replace("{skill: keywords, level: core}", "{skill: keywrds, level: core}")
    problems = check({"roles/seo.yml": text})
    [p] = [p for p in only(problems, "unknown-reference") if "keywrds" in p.message]
    assert p.line == line_of(text, "keywrds") and p.col == text.splitlines()[p.line - 1].index("keywrds") + 1
    assert p.field == "skills[0].skill"
    assert p.message == "unknown skill 'keywrds'" and p.hint == "closest: keywords"


def test_unknown_path_and_dimension(check):
    role = ROLE.replace("paths: [marketing]", "paths: [marketting]")
    path = FILES["paths/marketing.yml"].replace("  income-model:", "  income-modle:")
    problems = only(check({"roles/seo.yml": role, "paths/marketing.yml": path}), "unknown-reference")
    messages = {p.message for p in problems}
    assert "unknown path 'marketting'" in messages and "unknown dimension 'income-modle'" in messages


def test_figure_source_missing(check):
    text = ROLE.replace("    source: bls\n", "    source: bls-2024\n", 1)
    [p] = only(check({"roles/seo.yml": text}), "figure-source-missing")
    assert p.line == line_of(text, "source: bls-2024") and p.field == "income[0].source"
    assert "add content/sources/bls-2024.yml" in p.hint


def test_low_above_high(check):
    text = ROLE.replace("low: 42070", "low: 442070")
    [p] = only(check({"roles/seo.yml": text}), "low-above-high")
    assert p.line == line_of(text, "low: 442070") and p.message == "low (442070) is above high (144610)"


def test_median_outside_range(check):
    text = ROLE.replace("median: 76950", "median: 176950")
    [p] = only(check({"roles/seo.yml": text}), "low-above-high")
    assert p.field == "income[0].median"


def test_future_date(check):
    text = ROLE.replace('last_reviewed: "2026-01-01"', 'last_reviewed: "2027-01-01"')
    [p] = only(check({"roles/seo.yml": text}), "future-date")
    assert p.line == line_of(text, "last_reviewed") and "2027-01-01 is in the future" == p.message


def test_future_year_of_a_figure(check):
    text = ROLE.replace("year: 2024", "year: 2031", 1)
    [p] = only(check({"roles/seo.yml": text}), "future-date")
    assert p.field == "income[0].year"


def test_https_only(check):
    text = FILES["sources/bls.yml"].replace("https://www.bls.gov", "http://www.bls.gov")
    [p] = only(check({"sources/bls.yml": text}), "https-only")
    assert p.line == line_of(text, "url:") and "not an https address" in p.message


def test_dimension_coverage_missing_value(check):
    path = FILES["paths/marketing.yml"].replace("  income-model: {value: Retainers, rationale: Clients pay monthly.}\n", "")
    [p] = only(check({"paths/marketing.yml": path}), "dimension-coverage")
    assert p.message == "no value for dimension 'income-model'" and p.line == line_of(path, "dimensions:")


def test_dimension_value_off_the_scale(check):
    path = FILES["paths/marketing.yml"].replace("{value: high,", "{value: lowish,")
    [p] = only(check({"paths/marketing.yml": path}), "dimension-coverage")
    assert "'lowish' is not on the scale" in p.message and p.hint == "use one of: low, high"


def test_role_skill_count(check):
    text = ROLE.replace("  - {skill: talking, level: useful}\n", "")
    [p] = only(check({"roles/seo.yml": text, "skills/talking.yml": None}), "role-skill-count")
    assert p.message == "lists 3 skills; a role needs at least 4"


def test_orphan_skill(check):
    extra = "id: orphan\nname: Orphan\ncategory: creative\ndescription: x.\nlearn: x.\nshow: x.\n"
    [p] = only(check({"skills/orphan.yml": extra}), "orphan-skill")
    assert p.file.endswith("skills/orphan.yml") and p.line == 1


def test_self_reference(check):
    text = ROLE.replace("related_roles: []", "related_roles: [seo]")
    [p] = only(check({"roles/seo.yml": text}), "self-reference")
    assert p.line == line_of(text, "related_roles")


# Quiz rules

QUIZ = FILES["quiz.yml"]
PATH = FILES["paths/marketing.yml"]
WORDS = 'words: {high: "{it} is code", middle: "{it} is some code", low: "{it} is little code"}, '
TWO_TRAITS = QUIZ.replace("  - {id: technical, name: Technical, description: Likes code., " + WORDS + "weight: 1}\n",
                          "  - {id: technical, name: Technical, description: Likes code., " + WORDS + "weight: 1}\n"
                          "  - {id: creative, name: Creative, description: Likes words., " + WORDS + "weight: 1}\n"
                          ).replace("{technical: 1}, says", "{technical: 1, creative: 0.2}, says")


def none_of(problems, rule):
    assert [p.format() for p in problems if p.rule == rule] == []


def test_quiz_option_with_an_unknown_trait(check):
    text = QUIZ.replace("contributes: {technical: 0}", "contributes: {tecnical: 0}")
    [p] = [p for p in only(check({"quiz.yml": text}), "unknown-reference") if "tecnical" in p.message]
    assert p.line == line_of(text, "tecnical") and p.field == "questions[0].options[1].contributes.tecnical"
    assert p.message == "unknown quiz trait 'tecnical'" and p.hint == "closest: technical"


def test_trait_coverage_good(check):
    role = ROLE.replace("traits: {technical: 0.4}", "traits: {technical: 0.4, creative: 0.9}")
    path = PATH.replace("traits: {technical: 0.2}", "traits: {technical: 0.2, creative: 0.8}")
    none_of(check({"quiz.yml": TWO_TRAITS, "roles/seo.yml": role, "paths/marketing.yml": path}), "trait-coverage")


def test_trait_coverage_missing_value(check):
    path = PATH.replace("traits: {technical: 0.2}", "traits: {technical: 0.2, creative: 0.8}")
    [p] = only(check({"quiz.yml": TWO_TRAITS, "paths/marketing.yml": path}), "trait-coverage")
    assert p.file.endswith("roles/seo.yml") and p.line == line_of(ROLE, "traits:") and p.field == "traits"
    assert p.message == "the quiz profile has no value for creative" and "`creative:`" in p.hint


def test_trait_coverage_missing_profile(check):
    path = PATH.replace("traits: {technical: 0.2}\n", "")
    [p] = only(check({"paths/marketing.yml": path}), "trait-coverage")
    assert p.file.endswith("paths/marketing.yml") and p.line == 1
    assert p.message == "no quiz profile (traits:)" and "technical" in p.hint


def test_quiz_weights_good(check):
    text = QUIZ.replace("weight: 1}", "weight: 3}").replace("    weight: 1\n", "    weight: 0.5\n")
    assert "weight: 3}" in text and "weight: 0.5" in text
    none_of(check({"quiz.yml": text}), "quiz-weights")


def test_quiz_weight_out_of_range(check):
    text = QUIZ.replace("    weight: 1\n", "    weight: 5\n")
    [p] = only(check({"quiz.yml": text}), "quiz-weights")
    assert p.line == line_of(text, "weight: 5") and p.field == "questions[0].weight"
    assert p.message == "the weight of question 'code' (5) is outside 0.5–3"


def test_quiz_fit_levels_out_of_order(check):
    text = QUIZ.replace("min: 0.8}", "min: 0.1}").replace("min: 0}", "min: 0.3}")
    problems = only(check({"quiz.yml": text}), "quiz-weights")
    assert {p.message for p in problems} == {"fit level 'weak' starts at 0.3, not below 'strong'",
                                             "the last fit level must start at 0"}
    assert {p.line for p in problems} == {line_of(text, "min: 0.3}")}


def test_unmeasured_trait_good(check):
    role = ROLE.replace("traits: {technical: 0.4}", "traits: {technical: 0.4, creative: 0.9}")
    path = PATH.replace("traits: {technical: 0.2}", "traits: {technical: 0.2, creative: 0.8}")
    none_of(check({"quiz.yml": TWO_TRAITS, "roles/seo.yml": role, "paths/marketing.yml": path}), "unmeasured-trait")


def test_unmeasured_trait(check):
    text = TWO_TRAITS.replace("{technical: 1, creative: 0.2}, says", "{technical: 1}, says")
    role = ROLE.replace("traits: {technical: 0.4}", "traits: {technical: 0.4, creative: 0.9}")
    path = PATH.replace("traits: {technical: 0.2}", "traits: {technical: 0.2, creative: 0.8}")
    [p] = only(check({"quiz.yml": text, "roles/seo.yml": role, "paths/marketing.yml": path}), "unmeasured-trait")
    assert p.line == line_of(text, "id: creative") and p.message == "no answer measures the trait 'creative'"


def test_orphan_skill_is_not_reported_while_a_role_is_broken(check):
    text = ROLE.replace("remote_fit: high", "remote_fit: hgh")
    problems = check({"roles/seo.yml": text})
    assert [p.rule for p in problems] == ["schema"]


def test_open_end_percentiles_need_both_ends(check):
    text = ROLE.replace("    high: 144610\n", "")
    [p] = only(check({"roles/seo.yml": text}), "open-end")
    assert p.line == line_of(text, "  - kind: percentiles") and p.field == "income[0]"
    assert "reads as if the median were the high" in p.message and "open_end: high" in p.hint


def test_open_end_needs_its_bound(check):
    text = ROLE.replace("    high: 144610\n", "    open_end: high\n")
    [p] = only(check({"roles/seo.yml": text}), "open-end")
    assert p.line == line_of(text, "open_end: high") and p.message == "open_end is high but the figure has no high value"
    assert check({"roles/seo.yml": ROLE.replace("    high: 144610\n", "    high: 239200\n    open_end: high\n")}) == []


def test_measure_matches_quote(check):
    text = ROLE.replace('quote: "Market research analysts and marketing specialists | 13-1161 | change percent 6.7"',
                        'quote: "freelancers submitted 51% fewer bids"').replace("measure: employment_change", "measure: demand_change")
    [p] = only(check({"roles/seo.yml": text}), "measure-matches-quote")
    assert p.line == line_of(text, "measure: demand_change") and p.field == "outlook[0].measure"
    assert p.message == "the quote does not speak of demand_change" and "supply_change" in p.hint
    fixed = text.replace("measure: demand_change", "measure: supply_change")
    assert not [x for x in check({"roles/seo.yml": fixed}) if x.rule == "measure-matches-quote"]


def test_id_year_matches_data_or_publication_year(check):
    src = FILES["sources/bls.yml"].replace("id: bls\n", "id: bls-2023\n")
    role = ROLE.replace("source: bls\n", "source: bls-2023\n")
    occ = FILES["occupations/13-1161.yml"].replace("source: bls\n", "source: bls-2023\n")
    changes = {"sources/bls.yml": None, "sources/bls-2023.yml": src, "roles/seo.yml": role, "occupations/13-1161.yml": occ}
    [p] = only(check(changes), "id-year")
    assert p.line == line_of(src, "year:") and p.message == "the id says 2023 but the data year is 2024 and no publication date is given"
    assert "rename the file" in p.hint
    changes["sources/bls-2023.yml"] = src + 'published: "2023-05-01"\n'
    assert not [x for x in check(changes) if x.rule == "id-year"]


def test_derived_dimension_is_not_typed(check):
    path = FILES["paths/marketing.yml"].replace("barrier-to-entry: {rationale:", "barrier-to-entry: {value: high, rationale:")
    [p] = only(check({"paths/marketing.yml": path}), "derived-dimension")
    assert p.line == line_of(path, "{value: high, rationale: A laptop")
    assert p.message == "'barrier-to-entry' is computed from the path's roles: it is 'high' from its 1 roles (1 high)"
    assert p.hint.startswith("remove `value:`")


def test_degree_claim_against_entry_education(check):
    text = ROLE.replace("summary: Gets sites found.", "summary: Gets sites found, without a degree.")
    [p] = only(check({"roles/seo.yml": text}), "degree-claim")
    assert p.line == line_of(text, "summary:") and p.field == "summary"
    assert "official entry education is a degree: Market research analysts and marketing specialists (Bachelor's degree)" in p.message
    ok = ROLE.replace("summary: Gets sites found.", "summary: Gets sites found without a degree in computing.")
    assert not [x for x in check({"roles/seo.yml": ok}) if x.rule == "degree-claim"]


def test_prose_number_must_match_a_figure(check):
    text = ROLE.replace("ai_impact: Drafts get cheaper.", "ai_impact: Drafts cost 43% less.")
    [p] = only(check({"roles/seo.yml": text}), "prose-number")
    assert p.line == line_of(text, "ai_impact:") and p.field == "ai_impact"
    assert p.message == "the number '43%' matches none of the figures or quotes it could come from"
    for good in ("Pay is near $77k (2024).", "Jobs grow about 7% (2024-34).", "Pay $76,950; three clients; 941,700 jobs."):
        fixed = ROLE.replace("ai_impact: Drafts get cheaper.", f"ai_impact: {good}")
        assert not [x for x in check({"roles/seo.yml": fixed}) if x.rule == "prose-number"], good


def test_quiz_a_limit_needs_words(check):
    text = QUIZ.replace("questions:\n", "questions:\n  - id: hours\n    kind: choice\n    text: Hours?\n    weight: 1\n    options:\n"
                        "      - {id: few, label: Few, contributes: {}, limit: {hours: 5}}\n"
                        "      - {id: many, label: Many, contributes: {}}\n")
    [p] = only(check({"quiz.yml": text}), "quiz-says")
    assert p.line == line_of(text, "id: few") and "sets a limit" in p.message and "says:" in p.hint
