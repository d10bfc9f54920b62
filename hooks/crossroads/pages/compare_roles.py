"""Compare any two roles (`roles/compare/?a=ID&b=ID`): the page the browser fills in.

The page carries the role picker (hidden until the script runs) and a fallback that links the
roles table; docs/assets/roles.js reads `api/v1/roles/<id>.json` for the two roles picked and
builds the comparison with textContent only. Only the role names and ids come from YAML here,
and both are HTML-escaped.
"""

from __future__ import annotations

from markupsafe import Markup, escape

from crossroads.publish import api
from crossroads.model.dataset import Dataset, Role
from crossroads.render.jinja import Page, render

# Data

URI = "roles/compare.md"


# Helpers

def default_pair(data: Dataset) -> tuple[str, str]:
    """The pair shown before the reader picks: the first role (by name) of the first two paths."""
    firsts = [roles[0].id for roles in data.roles_by_path.values() if roles]
    ids = list(dict.fromkeys(firsts)) + [r.id for r in api.by_name(data.roles.values())]
    ids = list(dict.fromkeys(ids))
    return (ids[0], ids[1]) if len(ids) > 1 else (ids[0], ids[0])


def options(roles: list[Role]) -> Markup:
    return Markup("").join(Markup(f'<option value="{escape(r.id)}">{escape(r.name)}</option>') for r in roles)


def picker(data: Dataset) -> Markup:
    """The form: two role lists and a swap button; hidden without JavaScript (assets/stable-layout.css)."""
    roles = api.by_name(data.roles.values())
    a, b = default_pair(data)
    fields = "".join(
        f'<label class="cr-compare__field"><span>{label}</span><select name="{name}">{options(roles)}</select></label>'
        for name, label in (("a", "First role"), ("b", "Second role")))
    return Markup(f'<form class="cr-compare__form" data-cr-compare="{escape(api.ROOT)}" data-cr-default="{escape(a)},{escape(b)}">'
                  f'{fields}<button type="button" class="md-button cr-compare__swap">Swap</button></form>')


def page(data: Dataset) -> Page:
    return Page(URI, render("compare-roles.md.j2", URI, data=data, picker=picker(data)), None, in_nav=True)


def filters(data: Dataset) -> Markup:
    """The all-roles table's filter and sort form (hidden until docs/assets/roles.js has the roles' data)."""
    paths = Markup("").join(Markup(f'<option value="{escape(p.id)}">{escape(p.short_name)}</option>') for p in data.paths.values())
    return Markup(
        f'<form class="cr-filter" data-cr-filter="{escape(api.ROOT)}" hidden>'
        f'<label class="cr-filter__field"><span>Path</span><select name="path"><option value="">All paths</option>{paths}</select></label>'
        f'<label class="cr-filter__field"><span>Work mode</span><select name="mode"><option value="">Any</option>'
        f'<option value="side_hustle">Side hustle</option><option value="full_time">Full time</option></select></label>'
        f'<label class="cr-filter__field"><span>Sort by</span><select name="sort"><option value="">As listed</option></select></label>'
        f'<p class="cr-filter__status" role="status" aria-live="polite"></p></form>')
