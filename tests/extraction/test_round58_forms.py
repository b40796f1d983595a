"""Forms read in context (issue 22, round 58), in English, French and Spanish. The sentences were written for these
tests (never taken from an evaluation set)."""

import pytest

from tests.extraction.proposing import case_ids, proposed_by_position

pytestmark = pytest.mark.django_db


# The treaty's obligation restated ("In accordance with Article 5, X undertook to destroy ..."): background.
OBLIGATIONS_RESTATED = [
    (
        "en",
        "In accordance with Article 5 of the Convention, Eritrea undertook to destroy all anti-personnel mines in "
        "mined areas not later than 1 February 2012.",
    ),
    (
        "fr",
        "Conformément à l'article 5 de la Convention, l'Érythrée s'est engagée à détruire toutes les mines "
        "antipersonnel au plus tard le 1er février 2012.",
    ),
    (
        "es",
        "En virtud del acuerdo, que entró en vigor en 2002, el país se comprometió a la remoción de los campos "
        "minados de la frontera.",
    ),
]


@pytest.mark.parametrize(("language", "text"), OBLIGATIONS_RESTATED, ids=case_ids(OBLIGATIONS_RESTATED))
def test_an_obligation_under_the_convention_restated_is_no_pledge(language, text):
    assert proposed_by_position(language, "web_page", [text]) == {}


def test_a_decision_taken_under_an_article_still_decides():
    text = "Under Article 5 of the Convention, the Meeting granted Eritrea an extension until 2027."
    assert proposed_by_position("en", "news", [text]) == {1: [("conclusion", ["ERI"])]}


# A pledge told in the pluperfect with a deadline long past: the story's background.
PAST_PLEDGES = [
    ("en", "Turkey had committed to clear its territory by March 2014."),
    ("fr", "Signataire en 2004 du traité, la Turquie s'était engagée à nettoyer son territoire avant mars 2014."),
    ("es", "Turquía se había comprometido a limpiar su territorio antes de marzo de 2014."),
]


@pytest.mark.parametrize(("language", "text"), PAST_PLEDGES, ids=case_ids(PAST_PLEDGES))
def test_a_pledge_whose_past_deadline_is_told_as_background_is_none(language, text):
    assert proposed_by_position(language, "news", [text]) == {}


# What a task will require or cost is a forecast, not a pledge.
FORECAST_NEEDS = [
    ("en", "Responding to newly laid landmines will require additional money."),
    ("fr", "Le déminage des nouvelles zones nécessitera 50 millions de dollars."),
    ("es", "El desminado de las nuevas zonas requerirá 50 millones de dólares."),
]


@pytest.mark.parametrize(("language", "text"), FORECAST_NEEDS, ids=case_ids(FORECAST_NEEDS))
def test_what_work_will_require_is_no_pledge(language, text):
    assert proposed_by_position(language, "press_release", [text]) == {}


# Taking part in a meeting of the Convention is its programme.
ATTENDING = [
    (
        "en",
        "Next week, we, the GICHD, will be participating and contributing to the discussions of the Meeting of "
        "the States Parties.",
    ),
    ("fr", "La Suisse participera à la réunion des États parties à Genève."),
    ("es", "Colombia asistirá a la conferencia de examen en Siem Reap."),
]


@pytest.mark.parametrize(("language", "text"), ATTENDING, ids=case_ids(ATTENDING))
def test_taking_part_in_a_meeting_is_no_pledge(language, text):
    assert proposed_by_position(language, "web_page", [text]) == {}


def test_taking_part_in_clearance_is_still_a_pledge():
    assert proposed_by_position("en", "news", ["Canada will take part in the clearance of the border."]) == {
        1: [("commitment", ["CAN"])]
    }


def test_plans_as_a_noun_are_no_intention():
    text = "Through their requests, Iraq and Sudan are putting forward respective plans to meet their obligations."
    assert proposed_by_position("en", "press_release", [text]) == {}


def test_plans_announced_are_still_an_intention():
    found = proposed_by_position("en", "news", ["Norway announced its plans to fund clearance in Iraq."])
    assert found == {1: [("commitment", ["IRQ", "NOR"])]}


def test_due_to_on_a_web_page_is_no_order():
    text = "Due to the pandemic, the Meeting of the States Parties was held online from 15 to 19 November."
    assert proposed_by_position("en", "web_page", [text]) == {}


def test_the_items_of_a_treaty_quoted_over_several_paragraphs_are_its_text():
    texts = [
        "Le traité rassemble 164 États parties. Il prévoit que « chaque État partie s’engage à ne jamais, en aucune "
        "circonstance :",
        "employer de mines antipersonnel ;",
        "mettre au point, produire, acquérir ou stocker des mines antipersonnel »",
        "La France s'engage à verser 2 millions d'euros au déminage.",
    ]
    assert proposed_by_position("fr", "web_page", texts) == {4: [("commitment", ["FRA"])]}


# Encouraging a thing is promoting it: no one is called on.
def test_encouraging_the_elimination_of_mines_calls_on_no_one():
    texts = ["Par ses actions, elle encourage l'élimination des mines.", "La France encourage l'Égypte à adhérer."]
    assert proposed_by_position("fr", "news", texts) == {2: [("call", ["FRA"])]}
