"""Cross-file rules: what JSON Schema cannot check, one module per concern.

references  ids, file names and references between files
numbers     what each figure is: sources, ranges, open ends, measures
freshness   dates, years in ids, https addresses
consistency paths against their roles, skills against roles
prose       numbers and degree claims in text against figures and official facts
quiz        trait profiles and weights
addresses   ids that would take a generated page's address
"""

from crossroads.content.rules import addresses
from crossroads.content.rules import consistency
from crossroads.content.rules import freshness
from crossroads.content.rules import numbers
from crossroads.content.rules import prose
from crossroads.content.rules import quiz
from crossroads.content.rules import references  # noqa: F401  (registers the rules)
from crossroads.content.rules.base import RULES, closest, figures, rule, run

__all__ = ["RULES", "closest", "figures", "rule", "run"]
