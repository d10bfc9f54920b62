"""Ids, file names and references between files."""

from __future__ import annotations

from dataclasses import replace

from crossroads.content.rules.base import closest, rule, soc, trait_ids

# Rules

@rule("id-matches-filename", own_file=True)
def check_id_matches_filename(content):
    """The id inside a file equals its file name."""
    for folder in content.collections:
        for stem, doc in content.valid(folder):
            if doc.data["id"] != stem:
                yield doc.problem(("id",), f"id '{doc.data['id']}' does not match the file name '{stem}.yml'",
                                  f"rename the file to {doc.data['id']}.yml or set id: {stem}")


@rule("duplicate-id")
def check_duplicate_ids(content):
    """No id is used twice: across files, in the ordered lists, or in a role's skill list."""
    for folder in content.collections:
        seen: dict[str, str] = {}
        for _, doc in content.valid(folder):
            i = doc.data["id"]
            if i in seen:
                yield doc.problem(("id",), f"id '{i}' is already used by {seen[i]}", "ids must be unique; pick another")
            seen.setdefault(i, doc.file)
    lists = []
    if (d := content.single("dimensions")):
        lists.append((d, ("dimensions",), d.data["dimensions"]))
    if (q := content.single("quiz")):
        lists.append((q, ("traits",), q.data["traits"]))
        lists.append((q, ("questions",), q.data["questions"]))
        lists += [(q, ("questions", n, "options"), qu["options"]) for n, qu in enumerate(q.data["questions"])]
    for _, doc in content.valid("roles"):
        lists.append((doc, ("skills",), [{"id": s["skill"]} for s in doc.data["skills"]]))
    for _, doc in content.valid("backgrounds"):
        lists.append((doc, ("roles",), [{"id": r["role"]} for r in doc.data["roles"]]))
    for doc, base, items in lists:
        seen_at: dict[str, int] = {}
        for n, item in enumerate(items):
            if item["id"] in seen_at:
                field = {("skills",): "skill", ("roles",): "role"}.get(base, "id")
                yield doc.problem(base + (n, field), f"'{item['id']}' is listed twice",
                                  f"it is already item {seen_at[item['id']] + 1}; keep one")
            seen_at.setdefault(item["id"], n)


@rule("unknown-reference")
def check_references(content):
    """Every id a file refers to (paths, skills, roles, dimensions, traits, sources) exists."""
    known = {k: content.ids(k) for k in content.collections}
    dims = content.single("dimensions")
    dim_ids = [d["id"] for d in dims.data["dimensions"]] if dims else None
    traits = trait_ids(content)
    for _, doc in content.valid("roles"):
        r = doc.data
        refs = [(("paths", i), v, "paths") for i, v in enumerate(r["paths"])]
        refs += [(("skills", i, "skill"), s["skill"], "skills") for i, s in enumerate(r["skills"])]
        refs += [(("related_roles", i), v, "roles") for i, v in enumerate(r["related_roles"])]
        if r["occupation"].get("code"):
            refs.append((("occupation", "code"), soc(r["occupation"]["code"]), "occupations"))
        refs += [((part, i, "occupation"), f["occupation"], "occupations")
                 for part in ("income", "outlook") for i, f in enumerate(r[part]) if f.get("occupation")]
        for where, value, kind in refs:
            if value not in known[kind]:
                yield doc.problem(where, f"unknown {kind[:-1]} '{value}'", closest(value, known[kind]))
    for _, doc in content.valid("backgrounds"):
        b = doc.data
        refs = [(("roles", i, "role"), r["role"], "roles") for i, r in enumerate(b["roles"])]
        refs += [(("skills_you_have", i), s, "skills") for i, s in enumerate(b["skills_you_have"])]
        for where, value, kind in refs:
            if value not in known[kind]:
                yield doc.problem(where, f"unknown {kind[:-1]} '{value}'", closest(value, known[kind]))
    profiled = content.valid("roles") + content.valid("paths")
    for _, doc in profiled:
        for t in doc.data.get("traits", {}):
            if traits is not None and t not in traits:
                yield doc.problem(("traits", t), f"unknown quiz trait '{t}'", closest(t, traits), key=True)
    for _, doc in content.valid("paths"):
        for d in doc.data["dimensions"]:
            if dim_ids is not None and d not in dim_ids:
                yield doc.problem(("dimensions", d), f"unknown dimension '{d}'", closest(d, dim_ids), key=True)
    if (quiz := content.single("quiz")) and traits is not None:
        for qn, q in enumerate(quiz.data["questions"]):
            for on, o in enumerate(q["options"]):
                for t in o["contributes"]:
                    if t not in traits:
                        yield quiz.problem(("questions", qn, "options", on, "contributes", t),
                                           f"unknown quiz trait '{t}'", closest(t, traits), key=True)
    if (a := content.single("assumptions")):
        refs = [(("annualisation", k, "source"), v["source"]) for k, v in a.data["annualisation"].items() if "source" in v]
        refs += [(("exchange_rates", i, "source"), r["source"]) for i, r in enumerate(a.data["exchange_rates"])]
        if "all_occupations_growth" in a.data:
            refs.append((("all_occupations_growth", "source"), a.data["all_occupations_growth"]["source"]))
        for where, value in refs:
            if value not in known["sources"]:
                yield a.problem(where, f"unknown source '{value}'", closest(value, known["sources"]))


@rule("uncited-source")
def check_uncited_sources(content):
    """Every source is cited by some figure, fact or estimate (a warning: it may be kept for the methodology)."""
    if any(not content.all_valid(c) for c in content.collections):
        return                       # a broken file may be the one that cites it
    cited: set[str] = set()
    for collection in content.collections:
        for _, doc in content.valid(collection):
            cited |= set(_cited(doc.data))
    for name in ("assumptions",):
        if (single := content.single(name)) is not None:
            cited |= set(_cited(single.data))
    for _, doc in content.valid("sources"):
        if doc.data["id"] not in cited:
            found = doc.problem(("id",), f"no figure, fact or estimate cites the source '{doc.data['id']}'",
                                "cite it with `source:` where its number is used, or delete the file")
            yield replace(found, level="warning")


def _cited(value, key: str = ""):
    """Every source id a document names: a `source:` value, or the items of a `sources:` list."""
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _cited(v, k)
    elif isinstance(value, list):
        for v in value:
            yield from _cited(v, key)
    elif isinstance(value, str) and key in ("source", "sources"):
        yield value
