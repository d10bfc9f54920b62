"""Who a role suits (model/fit.py): the card's "good if" / "hard if" lines come from the role's quiz
profile and the phrases each trait gives for a high or a low value; strongest first, a few a side."""

from __future__ import annotations

import dataclasses

from crossroads.content.check import check
from crossroads.model import fit
from crossroads.model.dataset import build
from crossroads.render import card
from tests.conftest import ROOT

TRAITS = [
    {"id": "runway", "weight": 1.5, "fit": {"high": {"hard_if": "you need income within a few months"},
                                           "low": {"good_if": "you need income soon"}}},
    {"id": "flexibility", "weight": 1, "fit": {"high": {"good_if": "you want part-time work"},
                                              "low": {"hard_if": "you can only work part-time"}}},
    {"id": "volatility", "weight": 1, "fit": {"high": {"hard_if": "you need the same income every month"}}},
    {"id": "creative", "weight": 1},                                    # no phrases: never on a card
]


def role(real, **traits):
    return dataclasses.replace(real.roles["seo-consultant"], traits=traits)


def test_high_and_low_values_give_their_phrase_strongest_first():
    real = build(check(ROOT / "content", ROOT / "schema"))
    got = fit.lines(role(real, runway=0.1, flexibility=0.8, volatility=0.95, creative=1.0), TRAITS)
    assert got.good == ("you need income soon", "you want part-time work")       # 0.4 × 1.5 before 0.3 × 1
    assert got.hard == ("you need the same income every month",)
    assert got.wait_months is None


def test_a_middling_value_says_nothing_and_the_wait_stands_in_for_a_missing_hard_if():
    real = build(check(ROOT / "content", ROOT / "schema"))
    r = role(real, runway=0.5, flexibility=0.35, volatility=0.6)
    r = dataclasses.replace(r, time_to_first_income=dataclasses.replace(r.time_to_first_income, low=4))
    got = fit.lines(r, TRAITS)
    assert got.good == got.hard == () and got.wait_months == 4
    assert fit.lines(dataclasses.replace(r, time_to_first_income=dataclasses.replace(r.time_to_first_income, low=1)),
                     TRAITS).wait_months is None


def test_every_real_role_has_both_sides_on_its_card():
    real = build(check(ROOT / "content", ROOT / "schema"))
    for r in real.roles.values():
        good, hard = card.fit_lines(r, real)
        assert good and hard, r.id
        assert len(good) <= fit.SHOWN and len(hard) <= fit.SHOWN
