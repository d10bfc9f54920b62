"""The colour palette toggle (overrides/partials/palette.html, assets/palette.js), served under /crossroads/:
the system's palette from the first paint, a click or a key switches and the choice is kept across pages,
the system is followed until the reader chooses, the browser's color-scheme and theme colour follow, and the
theme's own palette component is not mounted (it cost three full style recalculations per page load)."""

from __future__ import annotations

import re

import pytest

from tests.browser import recording_page, wait_until

pytestmark = pytest.mark.browser

STATE = """() => ({scheme: document.body.getAttribute('data-md-color-scheme'),
  shown: [...document.querySelectorAll('form[data-cr-palette] label')].filter(l => !l.hidden).map(l => l.title),
  checked: [...document.querySelectorAll('form[data-cr-palette] input')].findIndex(i => i.checked),
  colorScheme: document.querySelector('meta[name=color-scheme]')?.content,
  theme: document.querySelector('meta[name=theme-color]')?.content,
  themeMetas: document.querySelectorAll('meta[name=theme-color]').length})"""


@pytest.fixture
def home(browser, served):
    """home(system) → the home page opened with the system's palette (console errors recorded); closed after."""
    contexts = []

    def open_home(system: str = "light"):
        contexts.append(browser.new_context(color_scheme=system))
        page = recording_page(contexts[-1], served)
        page.goto(served)
        return page
    yield open_home
    for context in contexts:
        context.close()


def state(page) -> dict:
    wait_until(page, "!!(document.querySelector('meta[name=theme-color]') || {}).content")     # set when idle
    return page.evaluate(STATE)


@pytest.mark.parametrize("system, scheme, toggle", [("light", "default", "Switch to dark mode"),
                                                     ("dark", "slate", "Switch to light mode")])
def test_the_first_visit_shows_the_system_palette_before_any_script_loads(browser, served, system, scheme, toggle):
    context = browser.new_context(color_scheme=system)
    page = recording_page(context, served)
    page.route("**/*.js", lambda route: route.abort())            # only the inline snippet runs
    page.goto(served)
    got = page.evaluate(STATE)
    assert (got["scheme"], got["shown"], got["colorScheme"]) == (scheme, [toggle], "dark" if system == "dark" else "light")
    assert [e for e in page.errors if "Failed to load resource" not in e] == []    # the snippet itself throws nothing
    context.close()


def test_a_click_switches_and_the_choice_is_kept_on_the_next_page(home, served):
    page = home("light")
    before = state(page)
    assert before["scheme"] == "default" and before["checked"] == 0 and before["themeMetas"] == 1
    page.locator("form[data-cr-palette] label:not([hidden])").click()
    wait_until(page, "document.body.getAttribute('data-md-color-scheme') === 'slate'")
    after = state(page)
    assert after["shown"] == ["Switch to light mode"] and after["checked"] == 1 and after["colorScheme"] == "dark"
    assert re.fullmatch(r"#[0-9a-f]{6}", after["theme"]), after                 # the header's colour
    page.goto(served + "quiz/")
    assert state(page)["scheme"] == "slate"                          # kept, though the system still says light
    page.emulate_media(color_scheme="light")
    assert state(page)["scheme"] == "slate"
    assert page.errors == []


def test_until_the_reader_chooses_the_palette_follows_the_system(home):
    page = home("light")
    assert state(page)["scheme"] == "default"
    page.emulate_media(color_scheme="dark")
    wait_until(page, "document.body.getAttribute('data-md-color-scheme') === 'slate'")
    assert state(page)["shown"] == ["Switch to light mode"]
    assert page.evaluate("Object.keys(localStorage).filter(k => k.endsWith('__palette'))") == []   # nothing kept yet
    assert page.errors == []


def test_the_toggle_works_by_keyboard_and_says_what_it_does(home):
    page = home("light")
    state(page)
    page.locator("#__palette_0").focus()
    assert page.evaluate("document.activeElement.getAttribute('aria-label')") == "Switch to dark mode"
    page.keyboard.press("Enter")
    wait_until(page, "document.body.getAttribute('data-md-color-scheme') === 'slate'")
    assert page.evaluate("document.activeElement.getAttribute('aria-label')") == "Switch to light mode"
    page.keyboard.press(" ")
    wait_until(page, "document.body.getAttribute('data-md-color-scheme') === 'default'")
    page.reload()
    assert state(page)["scheme"] == "default" and state(page)["checked"] == 0
    assert page.errors == []


def test_the_theme_does_not_mount_its_own_palette_component(home):
    page = home()
    state(page)
    assert page.locator("[data-md-component=palette]").count() == 0
    assert page.evaluate("!document.body.hasAttribute('data-md-color-switching')")
    assert page.errors == []
