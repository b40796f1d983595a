"""Forms read in context (issue 22, round 42), in English, French and Spanish. The sentences were written for these
tests (never taken from an evaluation set)."""

import pytest

from tests.extraction.proposing import case_ids, proposed_by_position

pytestmark = pytest.mark.django_db


# A meeting that decides, after an opening phrase: its States Parties own the decision.
MEETING_DECIDES = [
    ("en", "While progress was welcomed, the Conference agreed that new contamination must be reported as such."),
    (
        "fr",
        "Si les progrès ont été salués, la Conférence a convenu que toute nouvelle contamination doit être signalée.",
    ),
    ("es", "Si bien los avances fueron bienvenidos, la Conferencia acordó que la nueva contaminación debe reportarse."),
]


@pytest.mark.parametrize(("language", "text"), MEETING_DECIDES, ids=case_ids(MEETING_DECIDES))
def test_a_meeting_that_decides_is_its_states_parties(language, text):
    assert proposed_by_position(language, "press_release", [text]) == {1: [("conclusion", ["states-parties"])]}


# A sum pledged ("se comprometió con 36 millones", "s'est engagé à hauteur de"): the pledging State's.
SUM_PLEDGED = [
    ("fr", "Le secrétaire d'État des États-Unis a souligné que son pays s'est engagé à hauteur de 36 millions."),
    ("es", "El secretario de Estado de Estados Unidos destacó que su país se comprometió con 36 millones adicionales."),
]


@pytest.mark.parametrize(("language", "text"), SUM_PLEDGED, ids=case_ids(SUM_PLEDGED))
def test_a_sum_pledged_is_the_states_commitment(language, text):
    assert proposed_by_position(language, "news", [text]) == {1: [("commitment", ["USA"])]}


def test_a_state_that_will_host_the_meeting_offers():
    text = "Chile será sede de la XV Reunión de los Estados Partes, informó hoy la Cancillería."
    assert proposed_by_position("es", "news", [text]) == {1: [("offer", ["CHL"])]}


# An adjective after a meeting's name is no verb of the meeting.
MEETING_WITH_ITS_ADJECTIVE = [
    (
        "fr",
        "La Conférence diplomatique d'Oslo, à laquelle participent 121 États, donne une occasion de libérer le monde.",
    ),
    ("es", "La Conferencia diplomática de Oslo, en la que participan 121 Estados, da una ocasión de liberar al mundo."),
]


@pytest.mark.parametrize(("language", "text"), MEETING_WITH_ITS_ADJECTIVE, ids=case_ids(MEETING_WITH_ITS_ADJECTIVE))
def test_an_adjective_after_a_meeting_is_no_decision(language, text):
    assert proposed_by_position(language, "press_release", [text]) == {}


def test_dotted_initials_split_by_a_space_do_not_end_a_sentence():
    text = (
        "El secretario de Estado de EE. UU. destacó que su país se comprometió con 36 millones adicionales y sostuvo "
        "que “el desminado va a permitir recuperar tierras”."
    )
    assert proposed_by_position("es", "news", [text]) == {1: [("commitment", ["USA"])]}
