"""Forms read in context (issue 22, rounds 20 and later), in English, French and Spanish. The sentences were written
for these tests (never taken from an evaluation set)."""

import pytest

from tests.extraction.proposing import proposed

pytestmark = pytest.mark.django_db


AID_IN_THE_PASSIVE = [
    (
        "en",
        "The European Union today announced a new mine action programme.",
        "Support will be provided to Angola and Cambodia to complete clearance of their territory.",
    ),
    (
        "fr",
        "L'Union européenne a annoncé aujourd'hui un nouveau programme de lutte antimines.",
        "Un soutien sera apporté à l'Angola et au Cambodge pour achever le déminage de leur territoire.",
    ),
    (
        "es",
        "La Unión Europea anunció hoy un nuevo programa de acción contra las minas.",
        "Se prestará apoyo a Angola y Camboya para completar la limpieza de sus territorios.",
    ),
    (
        "es",
        "La Unión Europea anunció hoy un nuevo programa de acción contra las minas.",
        "Los fondos serán destinados a Angola y Camboya para completar la limpieza de sus territorios.",
    ),
]


@pytest.mark.parametrize(("language", "lead", "after"), AID_IN_THE_PASSIVE, ids=[c[0] for c in AID_IN_THE_PASSIVE])
def test_aid_given_in_the_passive_is_the_donor_named_before_with_the_states_helped(language, lead, after):
    assert proposed(language, "press_release", lead, after) == [("commitment", ["AGO", "EU", "KHM"])]


def test_aid_in_the_passive_with_no_donor_named_before_is_no_ones():
    assert proposed("en", "news", "The meeting opened in Geneva.", "Assistance will be provided to survivors.") == []
