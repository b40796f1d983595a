"""Forms read in context (issue 22, round 49), in English, French and Spanish. The sentences were written for these
tests (never taken from an evaluation set)."""

import pytest

from tests.extraction.proposing import case_ids, proposed_by_position

pytestmark = pytest.mark.django_db


# A party's goal or commitment named as a noun, with the party after "of" or in the possessive: its pledge.
NAMED_GOALS = [
    ("en", "The commitment of Chile is to complete clearance by 2026.", "CHL"),
    ("en", "Cambodia’s goal is to complete clearance by 2025.", "KHM"),
    ("fr", "L’objectif du Cambodge est d’achever le déminage en 2025.", "KHM"),
    ("fr", "L’engagement du Chili est de terminer le déminage en 2026.", "CHL"),
    ("es", "El compromiso de Chile es terminar el desminado en 2026.", "CHL"),
    ("es", "El compromiso del Gobierno chileno es destruir las existencias antes de 2026.", "CHL"),
]


@pytest.mark.parametrize(("language", "text", "owner"), NAMED_GOALS, ids=case_ids(NAMED_GOALS))
def test_a_partys_goal_named_as_a_noun_is_its_pledge(language, text, owner):
    assert proposed_by_position(language, "news", [text]) == {1: [("commitment", [owner])]}


# The purpose of a treaty or a meeting is no one's goal.
PURPOSES = [
    ("en", "The aim of the Convention is to end the suffering caused by mines."),
    ("fr", "L’objectif de la Convention est de mettre fin aux souffrances causées par les mines."),
    ("es", "El compromiso de la reunión es un gesto simbólico."),
]


@pytest.mark.parametrize(("language", "text"), PURPOSES, ids=case_ids(PURPOSES))
def test_a_treatys_purpose_is_no_ones_goal(language, text):
    assert proposed_by_position(language, "news", [text]) == {}
