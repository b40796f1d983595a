"""Forms read in context (issue 22, round 56), in English, French and Spanish. The sentences were written for these
tests (never taken from an evaluation set)."""

import pytest

from tests.extraction.proposing import case_ids, proposed_by_position

pytestmark = pytest.mark.django_db


# A list whose items lost their bullets: each item but the last ends with ";", under a chapeau that pledges or calls.
PLEDGED_LISTS = [
    ("en", "Norway commits to the following:", "Increasing its funding for victim assistance;", "NOR"),
    ("fr", "La Belgique s'engage à prendre les mesures suivantes :", "Renforcer son soutien aux victimes ;", "BEL"),
    ("es", "España se compromete a las siguientes acciones:", "Aumentar su apoyo a las víctimas;", "ESP"),
]
LAST_ITEMS = {
    "en": "Supporting national mine action authorities.",
    "fr": "Appuyer les autorités nationales de déminage.",
    "es": "Apoyar a las autoridades nacionales de desminado.",
}


@pytest.mark.parametrize(("language", "chapeau", "item", "owner"), PLEDGED_LISTS, ids=case_ids(PLEDGED_LISTS))
def test_items_without_bullets_under_a_pledge_are_the_pledging_partys(language, chapeau, item, owner):
    found = proposed_by_position(language, "news", [chapeau, item, LAST_ITEMS[language]])
    assert found[2] == found[3] == [("commitment", [owner])]


CALLED_LISTS = [
    (
        "en",
        "The Conference called on affected States Parties to take the following steps:",
        "Designating a focal point for victim assistance;",
        "Developing a measurable national plan.",
    ),
    (
        "fr",
        "La Conférence appelle les États parties touchés à prendre les mesures suivantes :",
        "Désigner un point focal pour l'assistance aux victimes ;",
        "Élaborer un plan national mesurable.",
    ),
    (
        "es",
        "La Conferencia exhorta a los Estados partes afectados a adoptar las siguientes medidas:",
        "Designar un punto focal para la asistencia a las víctimas;",
        "Elaborar un plan nacional medible.",
    ),
]


@pytest.mark.parametrize(("language", "chapeau", "item", "last"), CALLED_LISTS, ids=case_ids(CALLED_LISTS))
def test_items_under_a_call_to_take_the_following_steps_are_calls_on_its_addressees(language, chapeau, item, last):
    found = proposed_by_position(language, "news", [chapeau, item, last])
    assert found[2] == found[3] == [("call", ["affected-states-parties"])]


def test_a_sentence_ending_with_a_semicolon_outside_a_list_stays_as_it_reads():
    texts = ["The meeting opened on Monday;", "Delegates heard statements from observers."]
    assert proposed_by_position("en", "news", texts) == {}


# The States Parties, with the delegates who speak for them or where they met, decided to grant a State's request.
GRANTED_BY_A_LONG_SUBJECT = [
    (
        "en",
        "Delegates from 150 States Parties meeting in Geneva decided on Thursday to grant Chad a further three years.",
        "TCD",
    ),
    (
        "fr",
        "Les délégués de 156 Etats parties au traité d'Ottawa réunis à Genève ont décidé mardi d'accorder au "
        "Sénégal un délai supplémentaire de cinq ans.",
        "SEN",
    ),
    (
        "es",
        "Los delegados de 160 Estados partes de la Convención reunidos en Ginebra decidieron el jueves conceder a "
        "Argentina una prórroga de tres años.",
        "ARG",
    ),
]


@pytest.mark.parametrize(
    ("language", "text", "owner"), GRANTED_BY_A_LONG_SUBJECT, ids=case_ids(GRANTED_BY_A_LONG_SUBJECT)
)
def test_states_parties_named_at_length_who_decide_to_grant_give_the_granted_state(language, text, owner):
    assert proposed_by_position(language, "news", [text]) == {1: [("conclusion", [owner])]}


def test_states_parties_who_decide_to_do_something_themselves_still_pledge():
    text = "Los Estados partes reunidos en Ginebra decidieron intensificar la cooperación en asistencia a víctimas."
    assert proposed_by_position("es", "news", [text]) == {1: [("commitment", ["states-parties"])]}
