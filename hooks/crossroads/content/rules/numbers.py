"""What each figure is: its source, its range and open ends, the measure its quote speaks of."""

from __future__ import annotations

import re

from crossroads.content.rules.base import closest, figures, rule

# Data

# Words a quote uses when it speaks of each measure (lower case, matched as word starts).
MEASURE_WORDS = {
    "employment_change": ("employment", "change percent", "jobs", "grow", "projected"),
    "annual_openings": ("openings",),
    "self_employed_share": ("self employed", "self-employed"),
    "demand_change": ("demand", "job post", "posts", "postings", "listings", "searches", "projects", "hiring",
                      "number of", "jobs", "openings"),
    "supply_change": ("bid", "applica", "proposal", "freelancers competing", "supply"),
    "earnings_change": ("earn", "income", "pay"),
    "work_volume_change": ("jobs", "hours", "work"),
    "wage_premium": ("premium", "more per hour", "more pay"),
    "adoption_share": ("use", "using", "adopt", "took on", "taken on", "respondents", "%"),
    "ai_usage_share": ("automat", "augment", "exposure", "exposed", "tasks", "conversations"),
    "click_through_change": ("click", "ctr"),
    "click_share": ("click",),
    "job_postings": ("posting", "postings", "listings"),
    "prior_experience": ("experience",),
}

@rule("figure-source-missing")
def check_figure_sources(content):
    """Every figure, outlook number and estimate names a source record that exists."""
    sources = content.ids("sources")
    for _, doc in content.valid("roles"):
        for where, fig in figures(doc.data):
            if fig["source"] not in sources:
                yield doc.problem(where + ("source",), f"the figure's source '{fig['source']}' does not exist",
                                  f"add content/sources/{fig['source']}.yml or fix the id; {closest(fig['source'], sources)}")
    for _, doc in content.valid("occupations"):
        if doc.data["source"] not in sources:
            yield doc.problem(("source",), f"the source '{doc.data['source']}' does not exist", closest(doc.data["source"], sources))


@rule("low-above-high", own_file=True)
def check_ranges(content):
    """In every figure and estimate, low ≤ median ≤ high."""
    for _, doc in content.valid("roles"):
        for where, fig in figures(doc.data):
            lo, mid, hi = fig.get("low"), fig.get("median"), fig.get("high")
            if lo is not None and hi is not None and lo > hi:
                yield doc.problem(where + ("low",), f"low ({lo:g}) is above high ({hi:g})", "swap them or fix the typo")
            elif mid is not None and ((lo is not None and mid < lo) or (hi is not None and mid > hi)):
                yield doc.problem(where + ("median",), f"median ({mid:g}) is outside low–high", "check the three numbers against the source")


@rule("open-end", own_file=True)
def check_open_ends(content):
    """Percentiles give both ends (a top-coded end is marked open_end), and an open end has its bound."""
    for _, doc in content.valid("roles"):
        for i, fig in enumerate(doc.data["income"]):
            where = ("income", i)
            if fig.get("open_end") and fig.get(fig["open_end"]) is None:
                end = fig["open_end"]
                yield doc.problem(where + ("open_end",), f"open_end is {end} but the figure has no {end} value",
                                  f"put the bound the source gives (e.g. 239200 for BLS '$239,200 or more') in {end}")
            elif fig["kind"] == "percentiles":
                for end in ("low", "high"):
                    if fig.get(end) is None:
                        yield doc.problem(where, f"a percentile figure without its {end} end reads as if the median were the {end}",
                                          f"add {end}: the bound the source gives, with open_end: {end} when it is top- or "
                                          f"bottom-coded (BLS '#': $239,200 or more)", key=True)


@rule("measure-matches-quote", own_file=True)
def check_measure_words(content):
    """An outlook figure's quote speaks of the measure it is filed under (demand is not earnings or bids)."""
    for _, doc in content.valid("roles"):
        for i, item in enumerate(doc.data["outlook"]):
            quote = item.get("quote", "").lower()
            if not quote or _speaks_of(quote, item["measure"]):
                continue
            other = [m for m in MEASURE_WORDS if m != item["measure"] and _speaks_of(quote, m)]
            hint = f"the quote speaks of {', '.join(other[:3])}" if other else "quote the sentence that gives this measure"
            yield doc.problem(("outlook", i, "measure"), f"the quote does not speak of {item['measure']}", hint)


# Helpers

def _speaks_of(quote: str, measure: str) -> bool:
    """True when one of the measure's words starts a word of the quote."""
    return any(re.search(r"(?<![a-z])" + re.escape(w), quote) for w in MEASURE_WORDS[measure])
