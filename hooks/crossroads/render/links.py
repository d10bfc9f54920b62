"""Links to the guide's entities from any page (addresses from routes.py)."""

from __future__ import annotations

from markupsafe import Markup

from crossroads import routes
from crossroads.model.dataset import Dataset
from crossroads.model.entities import Role
from crossroads.render.markdown import link

# Helpers


def role_link(role: Role, here: str) -> Markup:
    """The role's name, linked to its page."""
    return link(role.name, routes.role(role.id), here)


def paths_cell(role: Role, data: Dataset, here: str) -> Markup:
    """The role's paths by short name, each linked."""
    return Markup(", ").join(link(data.paths[p].short_name, routes.path(p), here) for p in role.paths)


def skill_link(skill, here: str) -> Markup:
    """The skill's name, linked to its entry."""
    return link(skill.name, routes.skill(skill.id), here)


def skill_links(skills, here: str, none: str = "") -> Markup | str:
    """Several skills, comma-separated and linked (`none` when there are none)."""
    return Markup(", ").join(skill_link(s, here) for s in skills) if skills else none
