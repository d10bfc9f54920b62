"""schema.org structured data (JSON-LD) for search engines, built from the model.

Role pages describe an `Occupation`: name, description, responsibilities, skills, the SOC code as
`occupationalCategory`, `estimatedSalary` as `MonetaryAmountDistribution` (employees' wages of the
role's own occupation only, as published: never an annualised freelance estimate, never a top-coded
bound as a percentile) and `educationRequirements` from the official occupation. The home page is a
`WebSite`, path pages a `CollectionPage` listing their roles, the Data and API page a `Dataset`.
`script_json` makes the text safe inside `<script type="application/ld+json">`.
"""

from __future__ import annotations

import json

from markupsafe import Markup

from crossroads import routes
from crossroads.model.dataset import Dataset, Path, Role
from crossroads.model.entities import Figure
from crossroads.model.income import own_wage_figures
from crossroads.publish.api import num
from crossroads.vocabulary import CREDENTIAL

# Data

CONTEXT = "https://schema.org"
LICENSE = "https://creativecommons.org/licenses/by/4.0/"
SOC_SET = {"@type": "CategoryCodeSet", "name": "Standard Occupational Classification (SOC) 2018"}
DURATION = {"hour": "PT1H", "day": "P1D", "month": "P1M", "year": "P1Y"}
_SCRIPT_UNSAFE = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}


# Escaping

def script_json(value) -> Markup:
    """JSON that cannot end its <script> (`</script>`, `<!--`) or break a JavaScript line (U+2028/9)."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=False, separators=(",", ":"))
    return Markup("".join(_SCRIPT_UNSAFE.get(ch, ch) for ch in text))


def text(value: str) -> str:
    """Prose from YAML on one line."""
    return " ".join(str(value).split())


# Occupation

def salary(fig: Figure, data: Dataset) -> dict | None:
    """One wage figure as a MonetaryAmountDistribution (None when it gives no median or percentile)."""
    dist = {"@type": "MonetaryAmountDistribution",
            "name": f"{fig.measure.capitalize()}, {fig.region}, {fig.year or 'undated'} ({data.sources[fig.source].publisher})",
            "currency": fig.currency, "duration": DURATION[fig.unit]}
    percentiles = fig.kind == "percentiles"
    if percentiles and fig.low is not None and not fig.open_low:
        dist["percentile10"] = num(fig.low)
    if fig.median is not None:
        dist["median"] = num(fig.median)
    if percentiles and fig.high is not None and not fig.open_high:
        dist["percentile90"] = num(fig.high)
    return dist if len(dist) > 4 else None


# The kinds of wage figure schema.org's MonetaryAmountDistribution can carry.
WAGE_KINDS = ("percentiles", "annual_salary", "hourly")


def wage_figures(role: Role) -> list[Figure]:
    """Employees' wages of the role's own nearest occupation, as published (no proxy, no freelance rate)."""
    return [role.income[i] for i in own_wage_figures(role) if role.income[i].kind in WAGE_KINDS]


def occupation(role: Role, data: Dataset, url: str) -> dict:
    """The role page's `Occupation`."""
    out = {"@context": CONTEXT, "@type": "Occupation", "name": role.name, "description": text(role.summary), "url": url,
           "responsibilities": [text(t) for t in role.tasks], "skills": [data.skills[s].name for s in role.skill_ids()]}
    official = data.official(role)
    if role.soc:
        out["occupationalCategory"] = {"@type": "CategoryCode", "codeValue": role.soc, "inCodeSet": SOC_SET,
                                       "name": official.title if official else role.occupation.title}
    wages = [d for f in wage_figures(role) if (d := salary(f, data))]
    if wages:
        out["estimatedSalary"] = wages
        regions = sorted({f.region for f in wage_figures(role)})
        out["occupationLocation"] = [{"@type": "Country", "name": r} for r in regions if r.isalpha() and r.isupper()]
        if not out["occupationLocation"]:
            del out["occupationLocation"]
    if official:
        credential = {"@type": "EducationalOccupationalCredential", "educationalLevel": official.entry_education}
        if official.entry_education in CREDENTIAL:
            credential["credentialCategory"] = CREDENTIAL[official.entry_education]
        out["educationRequirements"] = credential
        if official.work_experience.lower() != "none":
            out["experienceRequirements"] = official.work_experience
    return out


# Other pages

def website(name: str, description: str, url: str) -> dict:
    """The home page's `WebSite`."""
    return {"@context": CONTEXT, "@type": "WebSite", "name": name, "description": text(description), "url": url,
            "inLanguage": "en", "license": LICENSE}


def path_page(path: Path, data: Dataset, url: str, site: str) -> dict:
    """A path page: a `CollectionPage` whose main entity lists the path's roles."""
    roles = data.roles_by_path[path.id]
    return {"@context": CONTEXT, "@type": "CollectionPage", "name": path.name, "description": text(path.summary), "url": url,
            "mainEntity": {"@type": "ItemList", "numberOfItems": len(roles),
                           "itemListElement": [{"@type": "ListItem", "position": i + 1, "name": r.name,
                                                "url": site + routes.url(routes.role(r.id))} for i, r in enumerate(roles)]}}


def dataset(data: Dataset, url: str, site: str, modified: str) -> dict:
    """The Data and API page: a `Dataset` with its downloads."""
    files = [("roles.json", "application/json"), ("paths.json", "application/json"), ("skills.json", "application/json"),
             ("sources.json", "application/json"), ("roles.csv", "text/csv"), ("roles-summary.csv", "text/csv")]
    return {"@context": CONTEXT, "@type": "Dataset", "name": "Crossroads career data",
            "description": (f"{len(data.roles)} roles on {len(data.paths)} career paths (digital marketing side hustles, "
                            "generative-AI jobs and the hybrid): income figures with source, year, region, unit and "
                            "confidence, on one annual scale; skills; start-up cost; time to first income; outlook."),
            "url": url, "license": LICENSE, "isAccessibleForFree": True, "dateModified": modified,
            "creator": {"@type": "Organization", "name": "Crossroads"},
            "distribution": [{"@type": "DataDownload", "encodingFormat": kind, "contentUrl": site + routes.API_ROOT + f}
                             for f, kind in files]}
