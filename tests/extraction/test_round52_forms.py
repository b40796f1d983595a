"""Forms read in context (issue 22, round 52), in English, French and Spanish. The sentences were written for these
tests (never taken from an evaluation set)."""

import pytest

from tests.extraction.proposing import case_ids, proposed_by_position

pytestmark = pytest.mark.django_db


# A plan finalised to do the work: the government's commitment.
PLANS_FINALISED = [
    ("en", "The Government of Malawi has finalised a plan to survey and clear the remaining mined areas."),
    ("fr", "Le gouvernement du Malawi a finalisé un plan visant à déminer les dernières zones minées."),
    ("es", "El Gobierno de Malawi ha finalizado un plan para desminar las últimas zonas minadas."),
]


@pytest.mark.parametrize(("language", "text"), PLANS_FINALISED, ids=case_ids(PLANS_FINALISED))
def test_a_plan_finalised_to_do_the_work_is_a_commitment(language, text):
    assert proposed_by_position(language, "news", [text]) == {1: [("commitment", ["MWI"])]}


def test_an_intention_announced_in_the_perfect_is_a_commitment():
    text = "España ha anunciado su propósito de firmar en diciembre el Tratado de Ottawa."
    assert proposed_by_position("es", "news", [text]) == {1: [("commitment", ["ESP"])]}


def test_a_completion_quoted_as_said_is_the_speakers_states():
    text = (
        "The destruction will continue in Arusha, Colonel Juma of the army headquarters said. The Guardian quoted "
        "him as saying that the destruction should be completed by 2005."
    )
    assert proposed_by_position("en", "news", [text], title="Tanzania destroys more mines") == {
        1: [("commitment", ["TZA"])]
    }


# A State's name that opens a sentence is no imperative ("Austria was instrumental"), and "When called on" is a
# condition, no call.
NO_CALLS = [
    ("web_page", "Austria was instrumental in the making of this treaty."),
    ("statement", "When called on, we serve as advisers to the governments that ask for it."),
]


@pytest.mark.parametrize(("genre", "text"), NO_CALLS)
def test_a_states_name_or_a_condition_is_no_call(genre, text):
    assert proposed_by_position("en", genre, [text]) == {}


def test_a_call_on_all_states_to_join_stays_a_call():
    assert proposed_by_position("en", "statement", ["We called on all States to join the Convention."]) == {
        1: [("call", ["states-not-party"])]
    }
