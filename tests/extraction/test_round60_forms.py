"""Forms read in context (issue 22, round 60), in English, French and Spanish. The sentences were written for these
tests (never taken from an evaluation set)."""

import pytest

from tests.extraction.proposing import case_ids, proposed_by_position

pytestmark = pytest.mark.django_db


# A declaration's States Parties that "agree to" do something, in the present: their commitment.
AGREED_IN_THE_PRESENT = [
    ("en", "The States Parties agree to increase the resources allotted to clearance."),
    ("fr", "Les États parties conviennent d'accroître les ressources consacrées au déminage."),
    ("es", "Los Estados partes acuerdan aumentar los recursos destinados al desminado."),
]


@pytest.mark.parametrize(("language", "text"), AGREED_IN_THE_PRESENT, ids=case_ids(AGREED_IN_THE_PRESENT))
def test_states_parties_that_agree_to_act_commit(language, text):
    assert proposed_by_position(language, "declaration", [text]) == {1: [("commitment", ["states-parties"])]}


def test_agreeing_to_a_text_is_no_pledge_to_act():
    assert proposed_by_position("en", "news", ["The two delegations agree to the terms of the agenda."]) == {}


# A decision announced to sign, ratify or fund: the State's pledge.
DECISIONS_ANNOUNCED = [
    ("en", "She also announced a Jordanian Cabinet decision on Saturday to sign the ban on antipersonnel mines."),
    ("fr", "Elle a annoncé la décision du gouvernement jordanien de signer l'interdiction des mines antipersonnel."),
    ("es", "Anunció la decisión del gobierno jordano de firmar la prohibición de las minas antipersonal."),
]


@pytest.mark.parametrize(("language", "text"), DECISIONS_ANNOUNCED, ids=case_ids(DECISIONS_ANNOUNCED))
def test_a_governments_decision_to_sign_announced_is_its_pledge(language, text):
    assert proposed_by_position(language, "news", [text]) == {1: [("commitment", ["JOR"])]}


def test_a_call_made_on_this_occasion_is_a_call():
    text = (
        "La Santa Sede hace en esta ocasión un llamamiento a todos los Estados para que reconozcan las consecuencias."
    )
    assert proposed_by_position("es", "news", [text]) == {1: [("call", ["states-parties"])]}
