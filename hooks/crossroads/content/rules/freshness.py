"""Dates and years: nothing in the future, years in ids that match, https addresses."""

from __future__ import annotations

import re

from crossroads.content.rules.base import figures, rule

# Rules

@rule("future-date", own_file=True)
def check_dates(content):
    """No date or year lies in the future (reviews, access dates, figures)."""
    today = content.today
    for folder in content.collections:
        for _, doc in content.valid(folder):
            data = doc.data
            for key in ("last_reviewed", "reviewed", "accessed", "published"):
                if key in data and data[key] > today.isoformat():
                    yield doc.problem((key,), f"{data[key]} is in the future", f"use a date on or before {today.isoformat()}")
            if isinstance(data.get("year"), int) and data["year"] > today.year:
                yield doc.problem(("year",), f"{data['year']} is in the future", "use the year the source was published")
            if folder == "roles":
                for where, fig in figures(data):
                    if isinstance(fig.get("year"), int) and fig["year"] > today.year:
                        yield doc.problem(where + ("year",), f"{fig['year']} is in the future", "use the year the figure refers to")
    if (a := content.single("assumptions")):
        for i, r in enumerate(a.data["exchange_rates"]):
            if r["date"] > today.isoformat():
                yield a.problem(("exchange_rates", i, "date"), f"{r['date']} is in the future", "use the rate's date")


@rule("https-only", own_file=True)
def check_https(content):
    """Source addresses and the business pages' official links use https."""
    for _, doc in content.valid("sources"):
        for key in ("url", "copy_url"):
            url = doc.data.get(key)
            if url and not url.startswith("https://"):
                yield doc.problem((key,), f"'{url}' is not an https address", "use the https:// form of the address")
    for _, doc in content.valid("business"):
        for i, sec in enumerate(doc.data["sections"]):
            for j, link in enumerate(sec.get("links", ())):
                if not link["url"].startswith("https://"):
                    yield doc.problem(("sections", i, "links", j, "url"), f"'{link['url']}' is not an https address",
                                      "use the https:// form of the address")


@rule("id-year", own_file=True)
def check_id_year(content):
    """A year in a source's id equals the data year the source states, or the year it was published."""
    for stem, doc in content.valid("sources"):
        found = re.findall(r"(?<![0-9])((?:19|20)[0-9]{2})(?![0-9])", stem)
        if not found:
            continue
        year, published = doc.data["year"], doc.data.get("published", "")[:4]
        if int(found[0]) in (year, int(published or 0)):
            continue
        said = f"the data year is {year}" if year else "the source states no data year"
        said += f" and it was published in {published}" if published else " and no publication date is given"
        yield doc.problem(("year",), f"the id says {found[0]} but {said}",
                          "rename the file (and its references) to the data year, or add `published:` with its date")
