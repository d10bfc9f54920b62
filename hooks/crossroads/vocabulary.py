"""The words for every enum value of the content schemas, and the one name of every page, in one place.

A schema's `enum` says which values a field may take; this module says how each is shown to a
reader, in the order pages list them. `SCHEMA_ENUMS` ties every vocabulary to the enum it labels,
and tests/test_vocabulary.py fails when a schema enum has a value without a label here (or an enum
no vocabulary covers), so a new value can never silently vanish from a page.
"""

from __future__ import annotations

# Data: the name of each page (routes.PAGES), used by the menu, headings and links: one name per feature

PAGE_NAMES = {
    "home": "Home", "quiz": "Take the quiz", "how_to_choose": "How to choose", "quiz_how": "How the quiz works",
    "compare_paths": "Compare the paths", "roles": "All roles", "compare_roles": "Compare two roles",
    "income": "Income calculator", "skills": "Skills", "future_proofing": "Future-proofing",
    "whats_new": "What's new", "methodology": "Methodology", "sources": "Sources",
    "contribute": "Contribute", "fields": "Field reference", "api": "Data and API", "changes": "Change log",
    "business": "Run it as a business", "plans": "Your first month", "starting_points": "Starting points",
}
BUSINESS_OVERVIEW = "Where to start"     # the business section's own index page, first under its name in the menu
PATH_OVERVIEW = "About this path"       # a path's own page, under its name in the menu
PATH_ROLES = "Roles"                    # a path's roles index, under its name in the menu and in breadcrumbs
MENU_GROUPS = {"paths": "Paths and roles", "money": "Money and skills", "business": PAGE_NAMES["business"],
               "deciding": "Deciding", "figures": "About the figures", "contributors": "For contributors"}

# Data: label of each value, in the order pages list them

CONFIDENCE = {  # how sure the statistic is; the definition is printed on the methodology and sources pages
    "high": "Official statistics, or a primary survey with a stated method.",
    "medium": "A third-party page republishing official data, or a survey read in someone else's report.",
    "low": "A blog, a vendor, a single job posting, a salary-site claim without a method, or an estimate.",
}
CURRENCY_SYMBOL = {"USD": "$", "GBP": "£", "EUR": "€"}
CURRENCY_NAME = {"USD": "US dollars", "GBP": "pounds sterling", "EUR": "euros"}   # in chart captions
FIGURE_KIND = {"hourly": "hourly", "daily": "daily", "monthly_retainer": "monthly retainer",
               "annual_salary": "annual salary", "percentiles": "percentiles", "project": "project"}
UNIT = {"hourly": "hour", "daily": "day", "monthly_retainer": "month", "project": "project", "annual_salary": "year"}
PERIOD = {"hour": "hour", "year": "year"}
MEASURE = {  # what a figure measures, by whose pay it is (figure.population)
    "employees": "employees' wages", "freelancers": "freelance rates",
    "freelancers_and_agencies": "rates of freelancers and agencies together", "posting": "one job posting's pay range",
    "claims": "pay claimed without a stated method", "estimate": "an estimate", "client_spend": "what clients spend",
}
WHO = {  # the short word in a chart label
    "employees": "salaried", "freelancers": "freelance", "freelancers_and_agencies": "freelance and agency",
    "posting": "one posting", "claims": "claim",
    "estimate": "estimate", "client_spend": "client spend",
}
LEGEND = {  # the chart legend, by bar group (a figure's population)
    "employees": "salaried employees", "freelancers": "freelance rates",
    "freelancers_and_agencies": "freelance and agency rates", "posting": "single posting or claim",
    "claims": "single posting or claim", "estimate": "estimate", "client_spend": "client spend",
}
OPEN_END = {"high": "or more", "low": "or less"}
DERIVE = {"barrier": "from the time to first income", "startup_cost": "from the roles' start-up costs",
          "time_to_first_income": "from the roles' time to first income", "income": "from the roles' headline figures",
          "growth": "from BLS Employment Projections"}
SETUP = {"solo": "solo", "agency": "agency", "employer": "employer"}
QUESTION_KIND = {"choice": "one choice", "scale": "a five-point scale", "several": "tick any that fit, or none",
                 "amount": "an optional amount, not scored"}
SKILL_LEVEL = {"core": "Core", "useful": "Useful"}
WORK_MODE = {"side_hustle": "Side hustle", "full_time": "Full time", "both": "Side hustle or full time"}
REMOTE_FIT = {"high": "high", "medium": "medium", "low": "low"}
OUTLOOK_MEASURE = {
    "employment_change": "Projected change in jobs", "annual_openings": "Openings a year",
    "self_employed_share": "Share self-employed", "demand_change": "Change in demand from buyers",
    "supply_change": "Change in what workers offer (bids, applications)", "earnings_change": "Change in earnings",
    "work_volume_change": "Change in work won", "wage_premium": "Pay premium", "adoption_share": "Share adopting",
    "ai_usage_share": "Share of AI use", "click_through_change": "Change in clicks from search",
    "click_share": "Share of searches ending in a click", "job_postings": "Job postings",
    "prior_experience": "Experience when hired",
}
OUTLOOK_UNIT = {"percent": "%", "percentage_points": " points", "people": " people", "postings": " postings", "years": " years"}
SCOPE = {"occupation": "the official occupation", "role": "this kind of work", "category": "a wider category of work",
         "all_work": "all work", "market": "the market the work serves (searchers' clicks)"}
MATCH = {"exact": "exact match", "close": "close match", "loose": "loose match", "none": "no official occupation"}
FIGURE_MATCH = {  # how well a figure's population matches the role, always printed beside its confidence
    "exact": "exact match for this role", "close": "close match for this role",
    "loose": "loose stand-in for this role", "none": "context only, not this role's own people",
}
MATCH_MEANING = {  # the one definition of each match level (schema and methodology print it from here)
    "exact": "The figure measures this role's own people, e.g. a survey of freelance SEO consultants.",
    "close": "Mostly the same people, e.g. an official occupation that contains the role and little else.",
    "loose": "A stand-in: overlapping but different people or work, e.g. all software developers for AI engineers.",
    "none": "Context only, not this role's people: all freelancers, all jobs, or the market the role sells to.",
}
FIGURE_MATCH_SHORT = {"exact": "exact match", "close": "close match", "loose": "loose stand-in", "none": "context only"}
SKILL_CATEGORY = {"creative": "Creative", "strategic": "Strategic", "analytical": "Analytical",
                  "technical": "Technical", "interpersonal": "Interpersonal"}
SOURCE_KIND = {  # headings of the sources page, in its order
    "official_statistics": "Official statistics", "secondary_official": "Official statistics republished by others",
    "industry_survey": "Surveys and reports", "marketplace_data": "Freelance marketplace data",
    "academic_study": "Academic studies", "job_posting": "Job postings", "news": "News",
    "career_site": "Career and reference sites", "vendor_blog": "Vendor and practitioner blogs",
    "salary_aggregator": "Salary sites and claims", "official_guidance": "Laws and official guidance",
    "platform_help": "Platforms' own help and price pages",
    "professional_summary": "Law firms', accountants' and professional bodies' summaries",
    "article_estimate": "The article's estimates", "editorial_estimate": "Editors' estimates",
}
# Run it as a business (content/business/) and the first-month plan (content/plan.yml)
FACT_UNIT = {"percent": "percent", "money": "an amount of money", "cents": "US cents", "count": "a count",
             "days": "days", "date": "a date", "day_month": "a day of the year"}
SECTION_STYLE = {"steps": "numbered steps", "checklist": "a checklist", "points": "a list"}
SECTION_BLOCK = {"role-rates": "each role's published rates and what clients pay",
                 "calculator": "the calculator's target solver"}
PLAN_FROM = {"how_to_start": "a how-to-start step of the role", "first_experiment": "the role's first experiment",
             "portfolio_idea": "a portfolio idea of the role", "skill": "one of the role's core skills",
             "business": "a step of a business page", "text": "the plan's own words"}
PLAN_TIER = {"core": "Core", "extra": "If you have time", "stretch": "Stretch"}
# Pages of the site a business step or plan step may link to (`see: site:NAME`, NAME a key of routes.PAGES).
SEE_PAGE = {"income": "the income calculator", "quiz": "the quiz", "roles": "all roles", "skills": "skills",
            "compare_roles": "compare two roles", "how_to_choose": "how to choose", "sources": "sources"}
# BLS typical entry education (free text in content/occupations/) → Google's credentialCategory words.
CREDENTIAL = {"High school diploma or equivalent": "high school", "Postsecondary nondegree award": "professional certificate",
              "Associate's degree": "associate degree", "Bachelor's degree": "bachelor degree",
              "Master's degree": "postgraduate degree", "Doctoral or professional degree": "postgraduate degree"}

# Which schema enum each vocabulary labels: (schema file, JSON pointer to the node with the enum).
SCHEMA_ENUMS = {
    "CONFIDENCE": [("common.schema.json", "/$defs/confidence")],
    "CURRENCY_SYMBOL": [("common.schema.json", "/$defs/currency")],
    "CURRENCY_NAME": [("common.schema.json", "/$defs/currency")],
    "FIGURE_KIND": [("common.schema.json", "/$defs/figure/properties/kind")],
    "PERIOD": [("common.schema.json", "/$defs/figure/properties/period")],
    "MEASURE": [("common.schema.json", "/$defs/figure/properties/population")],
    "WHO": [("common.schema.json", "/$defs/figure/properties/population")],
    "LEGEND": [("common.schema.json", "/$defs/figure/properties/population")],
    "OPEN_END": [("common.schema.json", "/$defs/figure/properties/open_end")],
    "DERIVE": [("dimensions.schema.json", "/properties/dimensions/items/properties/derive")],
    "SETUP": [("path.schema.json", "/properties/setup/items")],
    "QUESTION_KIND": [("quiz.schema.json", "/properties/questions/items/properties/kind"),
                      ("quiz-data.schema.json", "/properties/questions/items/properties/kind")],
    "SKILL_LEVEL": [("role.schema.json", "/properties/skills/items/properties/level")],
    "WORK_MODE": [("role.schema.json", "/properties/work_mode"), ("plan.schema.json", "/$defs/step/properties/for/items"),
                  ("quiz-data.schema.json", "/properties/roles/items/properties/mode")],
    "REMOTE_FIT": [("role.schema.json", "/properties/remote_fit")],
    "OUTLOOK_MEASURE": [("role.schema.json", "/properties/outlook/items/properties/measure")],
    "OUTLOOK_UNIT": [("role.schema.json", "/properties/outlook/items/properties/unit")],
    "SCOPE": [("role.schema.json", "/properties/outlook/items/properties/scope")],
    "MATCH": [("role.schema.json", "/properties/occupation/properties/match")],
    "FIGURE_MATCH": [("common.schema.json", "/$defs/match")],
    "FIGURE_MATCH_SHORT": [("common.schema.json", "/$defs/match")],
    "MATCH_MEANING": [("common.schema.json", "/$defs/match")],
    "SKILL_CATEGORY": [("skill.schema.json", "/properties/category")],
    "SOURCE_KIND": [("source.schema.json", "/properties/kind")],
    "FACT_UNIT": [("business.schema.json", "/$defs/fact/properties/unit")],
    "SECTION_STYLE": [("business.schema.json", "/$defs/section/properties/style")],
    "SECTION_BLOCK": [("business.schema.json", "/$defs/section/properties/block")],
    "PLAN_FROM": [("plan.schema.json", "/$defs/step/properties/from")],
    "PLAN_TIER": [("plan.schema.json", "/$defs/step/properties/tier")],
}
# Enums that only restrict another enum (the source schema's `if` on estimate kinds, the quiz data's on question kinds).
# Where each is → the vocabulary whose values it must stay within.
SUBSET_ENUMS = {("source.schema.json", "/if/properties/kind"): "SOURCE_KIND",
                ("quiz-data.schema.json", "/properties/questions/items/allOf/0/if/properties/kind"): "QUESTION_KIND"}

