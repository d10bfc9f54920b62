"""Compare any two roles (`roles/compare/?a=ID&b=ID`): the page the browser fills in.

The page carries the role picker (hidden until the script runs) and a fallback that links the
roles table; docs/assets/roles.js reads `api/v1/roles/<id>.json` for the two roles picked and
builds the comparison with textContent only; the enum labels it writes come from `vocabulary`
through the form's `data-cr-labels` (HTML-escaped JSON), never from a copy in the script. What the
view says is `compare_roles_view.view` (the Python reference the browser test compares with). Only
the role names and ids come from YAML here, and both are HTML-escaped.
"""

from __future__ import annotations

import json

from markupsafe import Markup, escape

from crossroads import routes, vocabulary
from crossroads.model.dataset import Dataset, Role
from crossroads.render.jinja import render
from crossroads.render.output import Page

# Data

URI = routes.PAGES["compare_roles"]


# Helpers

def default_pair(data: Dataset) -> tuple[str, str]:
    """The pair shown before the reader picks: the first role (by name) of the first two paths."""
    firsts = [roles[0].id for roles in data.roles_by_path.values() if roles]
    ids = list(dict.fromkeys(firsts)) + [r.id for r in data.role_order]
    ids = list(dict.fromkeys(ids))
    return (ids[0], ids[1]) if len(ids) > 1 else (ids[0], ids[0])


def options(roles: list[Role]) -> Markup:
    return Markup("").join(Markup(f'<option value="{escape(r.id)}">{escape(r.name)}</option>') for r in roles)


def labels() -> dict[str, dict[str, str]]:
    """The labels of the enum values the compare view writes (roles.js reads them from data-cr-labels)."""
    return {"work_mode": vocabulary.WORK_MODE, "remote_fit": vocabulary.REMOTE_FIT, "skill_level": vocabulary.SKILL_LEVEL}


def source_pages() -> str:
    """Each kind of source's page, from the site root, as JSON (roles.js links a figure's source there)."""
    return json.dumps({kind: routes.url(routes.source_kind(kind)) for kind in vocabulary.SOURCE_KIND},
                      sort_keys=True, separators=(",", ":"))


def picker(data: Dataset) -> Markup:
    """The form: two role lists and a swap button; hidden without JavaScript (assets/stable-layout.css)."""
    roles = list(data.role_order)
    a, b = default_pair(data)
    fields = "".join(
        f'<label class="cr-compare__field"><span>{label}</span><select name="{name}">{options(roles)}</select></label>'
        for name, label in (("a", "First role"), ("b", "Second role")))
    words = json.dumps(labels(), ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return Markup(f'<form class="cr-compare__form" data-cr-compare="{escape(routes.API_ROOT)}" data-cr-default="{escape(a)},{escape(b)}"'
                  f' data-cr-sources="{escape(source_pages())}" data-cr-labels="{escape(words)}">'
                  f'{fields}<button type="button" class="md-button cr-compare__swap">Swap</button></form>')


def page(data: Dataset) -> Page:
    return Page(URI, render("compare-roles.md.j2", URI, data=data, picker=picker(data)), None, in_nav=True)
