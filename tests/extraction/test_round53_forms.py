"""Forms read in context (issue 22, round 53), in English, French and Spanish. The sentences were written for these
tests (never taken from an evaluation set)."""

import pytest

from tests.extraction.proposing import case_ids, proposed_by_position

pytestmark = pytest.mark.django_db


# A gift just made, its sum in words ("vient d'octroyer un don de deux millions"): the donor's commitment, with the
# State helped ("RD Congo" is the Democratic Republic of the Congo).
GIFTS_JUST_MADE = [
    ("en", "Japan has just granted a new donation of two million dollars to UNMAS for its work in Angola."),
    ("fr", "Le Japon vient d'octroyer un don de deux millions de dollars à l'UNMAS pour ses activités en RD Congo."),
    ("es", "Japón acaba de otorgar una donación de dos millones de dólares al UNMAS para sus actividades en Angola."),
]


@pytest.mark.parametrize(("language", "text"), GIFTS_JUST_MADE, ids=case_ids(GIFTS_JUST_MADE))
def test_a_gift_just_made_is_the_donors_commitment(language, text):
    found = proposed_by_position(language, "news", [text])
    assert [kind for kind, _owners in found[1]] == ["commitment"]
    assert "JPN" in found[1][0][1]
    assert ({"AGO", "COD"} & set(found[1][0][1])) and "COG" not in found[1][0][1]


# A committee's priorities "will be focused on": what it will do, said by the State that chairs it.
PRIORITIES = [
    ("en", "The Algerian ambassador said that the Committee's priorities for 2022 will be focused on survivors."),
    ("fr", "L'ambassadeur algérien a souligné que les priorités du Comité seront axées notamment, sur les survivants."),
    ("es", "El embajador argelino dijo que las prioridades del Comité para 2022 se centrarán en los sobrevivientes."),
]


@pytest.mark.parametrize(("language", "text"), PRIORITIES, ids=case_ids(PRIORITIES))
def test_priorities_that_will_be_focused_are_a_pledge(language, text):
    assert proposed_by_position(language, "news", [text]) == {1: [("commitment", ["DZA"])]}


# A call on the Convention's own States, past a remark between dashes, to ratify another treaty: a call on the
# States Parties, not on those outside.
OTHER_TREATY = [
    (
        "en",
        "The High Commissioner urged the States of the Ottawa Convention – the treaty that bans anti-personnel mines "
        "– to ratify the disability convention.",
    ),
    (
        "es",
        "La Alta Comisionada instó hoy a los Estados de la Convención de Ottawa -el tratado que prohíbe las minas "
        "antipersonal- a ratificar la Convención sobre los Derechos de las Personas con Discapacidad.",
    ),
]


@pytest.mark.parametrize(("language", "text"), OTHER_TREATY, ids=case_ids(OTHER_TREATY))
def test_a_call_on_the_conventions_states_to_ratify_another_treaty(language, text):
    assert proposed_by_position(language, "news", [text]) == {1: [("call", ["states-parties"])]}


def test_a_call_on_all_states_to_ratify_is_still_on_those_outside():
    text = "The High Commissioner urged all States to ratify the Convention without delay."
    assert proposed_by_position("en", "news", [text]) == {1: [("call", ["states-not-party"])]}
