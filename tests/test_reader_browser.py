"""Reader-first pages in Chromium: the menu reaches every path and its roles by keyboard (and by touch at
390 px), a role page's breadcrumb leads back up, its answer card fits the first screen of a phone, and a
skill page shows how to learn it without a click."""

from __future__ import annotations

import pytest

from crossroads import routes, vocabulary
from crossroads.content.check import check
from crossroads.model.dataset import build
from tests.browser import PREFIX
from tests.conftest import ROOT

pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 844}


@pytest.fixture(scope="module")
def data():
    return build(check(ROOT / "content", ROOT / "schema"))


def tab_to(page, text: str, within: str = "body", limit: int = 250) -> None:
    """Press Tab until the focused element, inside `within`, reads `text` (fails after `limit` presses)."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("([within, text]) => { const a = document.activeElement;"
                         " return !!a && !!a.closest(within) && a.textContent.trim() === text; }", [within, text]):
            return
    raise AssertionError(f"never reached {text!r} in {within} by Tab")


def test_the_menu_reaches_every_path_and_its_roles_by_keyboard(browser, served, data):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    for path in data.paths.values():
        page.goto(served)
        tab_to(page, path.name, "nav.md-nav--primary")   # the path's group in the menu
        page.keyboard.press("Enter")                     # opens it
        count = len(data.roles_by_path[path.id])
        tab_to(page, f"{vocabulary.PATH_ROLES} ({count})", "nav.md-nav--primary")
        page.keyboard.press("Enter")
        page.wait_for_url(f"**{PREFIX}{routes.url(routes.path_roles(path.id))}")
        page.locator("article h1", has_text=path.name).wait_for()
        cards = page.locator("article .cr-card h2 a:not(.headerlink)")
        assert cards.count() == count
        first = data.roles_by_path[path.id][0]
        tab_to(page, first.name, "article")
        page.keyboard.press("Enter")
        page.wait_for_url(f"**{PREFIX}{routes.url(routes.role(first.id))}")
        page.locator("article h1", has_text=first.name).wait_for()           
    context.close()


def test_the_menu_on_a_phone_lists_the_paths_with_their_roles(browser, served, data):
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    page.goto(served)
    page.locator("label.md-header__button[for=__drawer]").click()
    drawer = page.locator("nav.md-nav--primary")
    drawer.get_by_text(vocabulary.MENU_GROUPS["paths"], exact=True).first.click()
    path = next(iter(data.paths.values()))
    drawer.get_by_text(path.name, exact=True).first.click()
    link = drawer.get_by_role("link", name=f"{vocabulary.PATH_ROLES} ({len(data.roles_by_path[path.id])})")
    link.click()
    page.wait_for_url(f"**{PREFIX}{routes.url(routes.path_roles(path.id))}")
    groups = page.evaluate("""() => [...document.querySelectorAll("nav.md-nav--primary > ul > li")].map(li => [
        (li.querySelector(":scope > label, :scope > a, :scope > div > a") || li).textContent.trim(),
        [...li.querySelectorAll("nav a.md-nav__link")].map(a => a.textContent.trim())])""")
    names = vocabulary.PAGE_NAMES
    assert [g[0] for g in groups][:2] == [names["home"], names["quiz"]]            # reader pages first
    assert groups[-1] == [vocabulary.MENU_GROUPS["contributors"],                   # contributor pages apart, last
                          [names["contribute"], names["fields"], names["api"], names["changes"]]]
    context.close()


def test_a_role_page_has_a_breadcrumb_back_to_its_path_and_roles(browser, served, data):
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    role = data.roles["seo-consultant"]
    home = data.paths[role.paths[0]]
    page.goto(served + routes.url(routes.role(role.id)))
    crumbs = page.locator("nav.cr-crumbs[aria-label=Breadcrumb] li")
    assert [c.inner_text().strip() for c in crumbs.all()] == [home.name, vocabulary.PATH_ROLES, role.name]
    assert page.locator("nav.cr-crumbs [aria-current=page]").inner_text() == role.name
    crumbs.nth(1).locator("a").click()
    page.wait_for_url(f"**{PREFIX}{routes.url(routes.path_roles(home.id))}")
    page.locator("article h1", has_text=home.name).wait_for()
    assert page.locator(f"article .cr-card h2 a:not(.headerlink):text-is('{role.name}')").count() == 1
    context.close()


def test_every_role_answers_in_the_first_screen_of_a_phone(browser, served, data):
    context = browser.new_context(viewport=PHONE)
    page, late = context.new_page(), {}
    for role in data.roles.values():
        page.goto(served + routes.url(routes.role(role.id)))
        card = page.locator("section.cr-answer")
        box = card.bounding_box()
        text = card.inner_text()
        for label in ("Typical pay", "First income", "Start-up cost", "Entry path", "Good if", "Hard if"):
            assert label in text, (role.id, label)
        if box["y"] + box["height"] > PHONE["height"]:
            late[role.id] = round(box["y"] + box["height"])
        assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"], role.id
    assert late == {}, f"the card ends below the first screen ({PHONE['height']} px): {late}"
    context.close()


def test_a_skill_page_shows_how_to_learn_it_without_a_click(browser, served, data):
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    role = data.roles["prompt-engineer"]
    skill = data.skills[role.skills[0].skill]
    page.goto(served + routes.url(routes.role(role.id)))
    page.locator("article a", has_text=skill.name).first.click()              # one tap from the role
    page.locator("article h1", has_text=skill.name).wait_for()
    assert f"{PREFIX}{routes.url(routes.skill(skill.id))}" in page.url
    learn = page.get_by_role("heading", name="How to learn it")
    assert learn.is_visible() and page.get_by_role("heading", name="How to show it").is_visible()
    assert page.locator("article p", has_text=skill.learn[:40]).is_visible()
    assert page.locator("article a", has_text=role.name).count() >= 1          # back to the roles that need it
    assert page.locator("nav.cr-crumbs a", has_text=vocabulary.PAGE_NAMES["skills"]).count() == 1
    context.close()
