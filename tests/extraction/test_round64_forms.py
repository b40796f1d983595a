"""Forms read in context (issue 22, round 64), in English, French and Spanish. The sentences were written for these
tests (never taken from an evaluation set)."""

import pytest

from tests.extraction.proposing import case_ids, proposed_by_position

pytestmark = pytest.mark.django_db


# States named by their mine victims without "Parties" ("States with mine victims"): the affected States Parties.
STATES_WITH_VICTIMS = [
    ("en", "Delegates urged States with mine victims to include survivors in their national disability plans."),
    ("fr", "Les délégués ont appelé les pays ayant des victimes des mines à intégrer les survivants dans leurs plans."),
    ("es", "Los delegados instaron a los países con víctimas de minas a incluir a los sobrevivientes en sus planes."),
]


@pytest.mark.parametrize(("language", "text"), STATES_WITH_VICTIMS, ids=case_ids(STATES_WITH_VICTIMS))
def test_states_with_mine_victims_are_the_affected_states_parties(language, text):
    found = proposed_by_position(language, "news", [text])
    assert found[1] == [("call", ["affected-states-parties"])]


# A call to do what only States with mined areas can ("to meet their clearance deadlines", "respecter leurs délais de
# déminage", "cumplir sus plazos de desminado"): the affected States Parties', even when the call names them all.
CLEARING_CALLS = [
    ("en", "The campaign urged States Parties to meet their clearance deadlines and to clear all mined areas."),
    ("fr", "La campagne a exhorté les États parties à respecter leurs délais de déminage."),
    ("es", "La campaña instó a los Estados Parte a cumplir sus plazos de desminado."),
]


@pytest.mark.parametrize(("language", "text"), CLEARING_CALLS, ids=case_ids(CLEARING_CALLS))
def test_a_call_to_meet_clearance_deadlines_is_the_affected_states_parties(language, text):
    found = proposed_by_position(language, "news", [text])
    assert found[1] == [("call", ["affected-states-parties"])]


def test_a_declarations_own_aim_of_clearing_mined_areas_stays_everyones():
    text = "We reaffirm our aim of clearing all mined areas as soon as possible and will report on our progress."
    found = proposed_by_position("en", "declaration", [text])
    assert [owners for _kind, owners in found[1]] != [["affected-states-parties"]]
