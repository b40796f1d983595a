"""Forms read in context (issue 22, round 67), in English, French and Spanish. The sentences were written for these
tests (never taken from an evaluation set)."""

import pytest

from tests.extraction.proposing import case_ids, proposed_by_position

pytestmark = pytest.mark.django_db


# A contribution authorised or approved ("authorized two contributions of", "a autorisé deux contributions", "autorizó
# dos contribuciones"): the donor's pledge.
CONTRIBUTIONS_AUTHORISED = [
    ("en", "The Government of Norway recently authorized two contributions of 166,300 dollars to demining in Peru."),
    ("fr", "Le gouvernement de la Norvège a récemment autorisé deux contributions de 166 300 dollars au déminage."),
    ("es", "El Gobierno de Noruega autorizó dos contribuciones de 166.300 dólares para el desminado en el Perú."),
]


@pytest.mark.parametrize(("language", "text"), CONTRIBUTIONS_AUTHORISED, ids=case_ids(CONTRIBUTIONS_AUTHORISED))
def test_a_contribution_authorised_is_the_donors_commitment(language, text):
    found = proposed_by_position(language, "press_release", [text])
    assert [kind for kind, _owners in found[1]] == ["commitment"] and "NOR" in found[1][0][1]


def test_representatives_of_a_counted_number_of_countries_are_the_states_parties():
    text = "Representatives of 156 countries signed the declaration, a pledge to devote more effort to victims."
    assert proposed_by_position("en", "news", [text]) == {1: [("commitment", ["states-parties"])]}


def test_a_request_made_in_a_past_year_without_a_comma_is_background():
    text = "In 1991 the Nicaraguan government asked the OAS for technical and financial assistance for demining."
    assert proposed_by_position("en", "press_release", [text]) == {}
