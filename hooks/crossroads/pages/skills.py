"""Skills: the compact index (`skills/index.md`: bridge skills, every skill by category with a link
to its page, each role's skills, folded) and a page per skill (`skills/<id>.md`: what
it is, how to learn it, how to show it, the roles that need it and the moves where it is new)."""

from __future__ import annotations

from markupsafe import Markup

from crossroads import routes, vocabulary
from crossroads.model.dataset import Dataset
from crossroads.model.entities import Role, Skill
from crossroads.render import tables
from crossroads.render.jinja import render
from crossroads.render.links import role_link, skill_link, skill_links
from crossroads.render.markdown import link
from crossroads.render.output import Page

# Data

URI = routes.PAGES["skills"]


# Pieces

def skills_by_role(data: Dataset, here: str) -> Markup:
    """Each role with its core and useful skills, by name."""
    def names(level):
        return lambda role: skill_links([data.skills[s] for s in role.skill_ids(level)], here)
    return tables.Table([
        tables.Column("Role", lambda r: role_link(r, here)),
        tables.Column("Core skills", names("core")),
        tables.Column("Useful skills", names("useful")),
    ], data.roles_grouped).as_html()


def all_transitions(data: Dataset) -> list[tuple[Role, Role, list, list]]:
    """Every (from, to) pair of related roles with shared and missing skills."""
    return [(a, data.roles[b], *data.transition(a, data.roles[b])) for a in data.role_order for b in a.related_roles]


def moves_needing(skill: Skill, data: Dataset) -> list[tuple[Role, Role]]:
    """The moves between related roles for which this skill is new."""
    return [(a, b) for a, b, _, missing in all_transitions(data) if skill in missing]


def bridge_paths(skill: Skill, data: Dataset) -> list[str]:
    """The short names of the paths whose roles need the skill, when there are two or more."""
    ids = sorted({p for r, _ in data.skill_users[skill.id] for p in r.paths}, key=list(data.paths).index)
    return [data.paths[p].short_name for p in ids] if len(ids) > 1 else []


def backgrounds_table(data: Dataset, here: str) -> Markup:
    """Each starting point with the skills it usually brings and its nearest roles."""
    return tables.Table([
        tables.Column("Coming from", lambda b: link(b.name, routes.background(b.id), here)),
        tables.Column("Skills you usually bring", lambda b: skill_links([data.skills[s] for s in b.skills_you_have], here)),
        tables.Column("Nearest roles", lambda b: Markup(", ").join(role_link(data.roles[r], here) for r in b.role_ids())),
    ], list(data.backgrounds.values())).as_html()


def bridge_table(data: Dataset, here: str) -> Markup:
    """Skills needed on two or more paths, with the paths and roles that need them."""
    def paths(s):
        ids = sorted({p for r, _ in data.skill_users[s.id] for p in r.paths}, key=list(data.paths).index)
        return f"all {len(ids)}" if len(ids) == len(data.paths) else ", ".join(data.paths[p].short_name for p in ids)
    return tables.Table([
        tables.Column("Skill", lambda s: skill_link(s, here)),
        tables.Column("Paths", paths),
        tables.Column("Roles", lambda s: len(data.skill_users[s.id]), "right"),
    ], data.bridge_skills).as_html()


# The pages

def page(data: Dataset) -> Page:
    """The compact skills index. No skills × roles matrix: it grew as their product (1,400 elements at 45 skills
    and 20 roles, over the 1,500 a page may have with the theme's), and each role's skills (folded) and each
    skill's page (the roles that need it) say the same."""
    return Page(URI, render("skills-index.md.j2", URI, data=data, categories=list(vocabulary.SKILL_CATEGORY),
                            bridges=bridge_table(data, URI),
                            backgrounds=backgrounds_table(data, URI), by_role=skills_by_role(data, URI)), None, True)


def skill_page(skill: Skill, data: Dataset) -> Page:
    """A skill's own page, edited in its YAML file."""
    here = routes.skill(skill.id)
    crumbs = [(vocabulary.PAGE_NAMES["skills"], URI), (vocabulary.SKILL_CATEGORY[skill.category], f"{URI}#{skill.category}"),
              (skill.name, here)]
    return Page(here, render("skill.md.j2", here, title=skill.name, crumbs=crumbs, data=data, skill=skill, users=data.skill_users[skill.id],
                             bridges=bridge_paths(skill, data), moves=moves_needing(skill, data)), f"content/skills/{skill.id}.yml")
