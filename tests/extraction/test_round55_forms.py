"""Forms read in context (issue 22, round 55), in English, French and Spanish. The sentences were written for these
tests (never taken from an evaluation set)."""

import pytest

from tests.extraction.proposing import case_ids, proposed_by_position

pytestmark = pytest.mark.django_db


# Work deployed "with a goal of" doing it by a year: the State's commitment.
GOALS_OF_THE_WORK = [
    ("en", "Peruvian army teams have been deployed with a goal of clearing 12 mined areas in 2026."),
    ("fr", "Des équipes de l'armée péruvienne ont été déployées avec pour objectif de déminer 12 zones en 2026."),
    ("es", "Equipos del ejército peruano fueron desplegados con el objetivo de despejar 12 zonas minadas en 2026."),
]


@pytest.mark.parametrize(("language", "text"), GOALS_OF_THE_WORK, ids=case_ids(GOALS_OF_THE_WORK))
def test_work_deployed_with_a_goal_by_a_year_is_a_commitment(language, text):
    assert proposed_by_position(language, "news", [text]) == {1: [("commitment", ["PER"])]}


def test_a_decision_to_send_in_the_preterite_is_a_commitment():
    text = "Japón decidió enviar a Angola dos camiones para el desminado humanitario."
    found = proposed_by_position("es", "news", [text])
    assert [kind for kind, _owners in found[1]] == ["commitment"] and "JPN" in found[1][0][1]


def test_the_white_house_speaks_for_the_united_states():
    text = "The White House said it would order the Pentagon to find alternatives to anti-personnel landmines."
    assert proposed_by_position("en", "news", [text]) == {1: [("commitment", ["USA"])]}


def test_a_sum_being_invested_is_a_commitment():
    text = "The Government of Angola is investing $60 million in clearance over the next five years."
    assert proposed_by_position("en", "news", [text]) == {1: [("commitment", ["AGO"])]}
