"""How the quiz works (`how-the-quiz-works.md`): every weight, contribution and profile from
content/quiz.yml, printed so the reader can check the scoring (model/quiz.py)."""

from __future__ import annotations

from markupsafe import Markup

from crossroads import routes, vocabulary
from crossroads.model.dataset import Dataset
from crossroads.render import formats, tables
from crossroads.render.jinja import render
from crossroads.render.markdown import link
from crossroads.render.output import Page

# Data

URI = routes.PAGES["quiz_how"]
BENCH_SETS = 300          # tests/bench.py's quiz line: random answer sets measured (the page says how many)


# Helpers

def num(value: float) -> str:
    """A weight or profile value as written in YAML: `1`, `0.25`."""
    return f"{value:g}"


def contribution_words(quiz: dict, option: dict) -> str:
    """`Technical depth 1, Creative work 0.2`, in trait order; a note when the answer counts for nothing."""
    names = [(t["name"], option["contributes"][t["id"]]) for t in quiz["traits"] if t["id"] in option["contributes"]]
    return ", ".join(f"{n} {num(v)}" for n, v in names) or "nothing (this answer changes no score)"


def profile_table(quiz: dict, items: list, header: str, address, here: str):
    """Items as rows, traits as columns: the profile values every score is measured against."""
    columns = [tables.Column(header, lambda item: link(item.name, address(item.id), here))]
    columns += [tables.Column(t["name"], lambda item, t=t["id"]: num(item.traits[t]), "right") for t in quiz["traits"]]
    return tables.Table(columns, items).as_markdown()


def limits_table(data: Dataset, here: str) -> str:
    """What the "not now" limits read of each role: its work mode, start-up cost and months to first income."""
    columns = [tables.Column("Role", lambda r: link(r.name, routes.role(r.id), here)),
               tables.Column("Work", lambda r: vocabulary.WORK_MODE[r.work_mode]),
               tables.Column("Start-up cost", lambda r: f"{formats.money(r.startup_cost.low, 'USD')} to "
                                                      f"{formats.money(r.startup_cost.high, 'USD')}", "right"),
               tables.Column("First income (months)", lambda r: f"{r.time_to_first_income.low:g} to "
                                                               f"{r.time_to_first_income.high:g}", "right")]
    return tables.Table(columns, list(data.role_order)).as_markdown()


def backgrounds(data: Dataset, here: str) -> list[dict]:
    """Each starting point with its nearest roles (links), nearest first."""
    return [{"name": b.name, "roles": Markup(", ").join(link(data.roles[r].name, routes.role(r), here) for r in b.role_ids())}
            for b in data.backgrounds.values()]


# The page

def page(data: Dataset) -> Page:
    """Every weight, contribution and profile from YAML."""
    quiz = data.quiz
    return Page(URI, render("quiz-how.md.j2", URI, quiz=quiz, scoring=quiz["scoring"], num=num,
                            contributions=lambda o: contribution_words(quiz, o),
                            paths_table=profile_table(quiz, list(data.paths.values()), "Path", routes.path, URI),
                            roles_table=profile_table(quiz, list(data.role_order), "Role", routes.role, URI),
                            limits_table=limits_table(data, URI), backgrounds=backgrounds(data, URI),
                            n_roles=len(data.roles), bench_sets=BENCH_SETS),
                "content/quiz.yml", in_nav=True)
