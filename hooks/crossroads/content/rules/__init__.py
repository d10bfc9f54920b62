"""Cross-file rules: what JSON Schema cannot check, one module per concern.

references  ids, file names and references between files
numbers     what each figure is: sources, ranges, open ends, measures
freshness   dates, years in ids, https addresses
consistency paths against their roles, skills against roles
prose       numbers and degree claims in text against figures and official facts
honesty     confidence ceilings per kind of source, estimates, postings and occupation matches labelled
quiz        trait profiles and weights
addresses   ids that would take a generated page's address
business    the business pages: numbers as facts their quotes bear out, references that resolve
plan        the first-month plan: references, words, pacing, weeks every role can fill
words       growth words and pay comparisons against the figures they describe
"""

# Importing each concern's module registers its rules.
from crossroads.content.rules import (
    addresses,
    business,
    consistency,
    freshness,
    honesty,
    numbers,
    plan,
    prose,
    quiz,
    references,
    words,
)
from crossroads.content.rules.base import RULES, closest, figures, rule, run

__all__ = ["RULES", "addresses", "business", "closest", "consistency", "figures", "freshness", "honesty", "numbers", "plan",
           "prose", "quiz", "references", "rule", "run", "words"]
