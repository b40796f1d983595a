"""Forms read in context (issue 22, round 38), in English, French and Spanish. The sentences were written for these
tests (never taken from an evaluation set)."""

import pytest

from tests.extraction.proposing import case_ids, proposed_by_position

pytestmark = pytest.mark.django_db


def test_a_french_question_glued_to_the_next_sentence_is_split_before_the_call():
    text = "N'avons-nous donc rien appris ?Le CICR appelle l'ensemble des États à renforcer les normes existantes."
    assert proposed_by_position("fr", "news", [text], title="Mines") == {1: [("call", ["states-parties"])]}


# "All the States" written as a collective noun ("l'ensemble des États", "el conjunto de los Estados"): the
# addressees are the States, not the first word.
ALL_THE_STATES = [
    ("en", "The ICRC calls on the whole of the States to strengthen existing norms."),
    ("fr", "Le CICR appelle l'ensemble des États à renforcer les normes existantes."),
    ("es", "El CICR insta al conjunto de los Estados a reforzar las normas existentes."),
]


@pytest.mark.parametrize(("language", "text"), ALL_THE_STATES, ids=case_ids(ALL_THE_STATES))
def test_a_call_on_all_the_states_as_a_collective_noun(language, text):
    assert proposed_by_position(language, "news", [text], title="Mines") == {1: [("call", ["states-parties"])]}


def test_a_reported_french_request_to_all_countries_is_a_call():
    text = "Le CICR a ajouté que l'organisation demandait à tous les pays de rester attachés à un monde sans mines."
    assert proposed_by_position("fr", "news", [text], title="Mines") == {1: [("call", ["states-parties"])]}


def test_a_minister_who_committed_himself_commits_his_state():
    texts = [
        "The British Defence Secretary announced that the army had destroyed its last mines.",
        "He also committed himself to continuing to work towards a worldwide ban.",
    ]
    assert proposed_by_position("en", "news", texts, title="United Kingdom") == {2: [("commitment", ["GBR"])]}


def test_rest_reassured_of_our_engagement_is_a_commitment():
    text = "Rest reassured of the European Union's continued engagement to implement the action plan adopted in 2024."
    by_position = proposed_by_position("en", "statement", [text], title="Statement by the European Union")
    assert by_position == {1: [("commitment", ["EU"])]}


# A State's stated target about mines ("the objective is to clear", "l'objectif est d'enlever", "el objetivo es
# desactivar"); not an aim with no mine in it ("el objetivo final es liberar a nuestras poblaciones").
OBJECTIVE = [
    (
        "en",
        "Chile cleared 1.6 million square metres last year. This year the objective is to destroy 18,000 more mines.",
    ),
    ("fr", "Le Chili a dépollué 1,6 million de mètres carrés. Cette année, l'objectif est d'enlever 18 000 mines."),
    (
        "es",
        "Chile despejó 1,6 millones de metros cuadrados. Para este año el objetivo es desactivar otras 18.000 minas.",
    ),
]


@pytest.mark.parametrize(("language", "text"), OBJECTIVE, ids=case_ids(OBJECTIVE))
def test_a_states_objective_about_mines_is_a_commitment(language, text):
    assert proposed_by_position(language, "news", [text], title="Chile") == {1: [("commitment", ["CHL"])]}


def test_an_aim_without_mines_is_not_a_commitment():
    text = "Chile habló ante la Reunión. «El objetivo final es liberar a nuestras poblaciones de toda amenaza», añadió."
    assert proposed_by_position("es", "news", [text], title="Chile") == {}


def test_a_state_pledging_a_sum_in_a_list_of_announcements_is_found():
    text = (
        "Key announcements at the meeting included Guatemala completing mine clearance and Australia pledging $75 "
        "million for mine action over five years."
    )
    [(kind, owners)] = proposed_by_position("en", "news", [text], title="Meeting")[1]
    assert kind == "commitment" and "AUS" in owners


# A State that asks the international community or donors to keep helping: a call on those in a position to do so,
# the asking State helped (not a meeting's request, a decision).
ASKS_THE_COMMUNITY = [
    ("en", "Cambodia requested that the international community continue to support demining in the coming years."),
    ("fr", "Le Cambodge a demandé à la communauté internationale de continuer à soutenir le déminage."),
    ("es", "Camboya solicitó a la comunidad internacional que continúe ayudando a terminar el desminado."),
]


@pytest.mark.parametrize(("language", "text"), ASKS_THE_COMMUNITY, ids=case_ids(ASKS_THE_COMMUNITY))
def test_a_state_asking_the_community_to_keep_helping_is_a_call_for_its_own_help(language, text):
    by_position = proposed_by_position(language, "news", [text], title="Cambodia")
    assert by_position == {1: [("call", ["KHM", "states-parties-in-a-position"])]}


# Support requested as a noun ("ha solicitado el apoyo de la comunidad internacional"), and a country looking to
# donors for a sum.
def test_spanish_support_requested_in_the_perfect_is_a_call_for_help():
    text = "Chad ha solicitado el apoyo de la comunidad internacional para terminar la remoción de minas."
    by_position = proposed_by_position("es", "news", [text], title="Chad")
    assert by_position == {1: [("call", ["TCD", "states-parties-in-a-position"])]}


def test_a_country_looking_to_donors_for_a_sum_is_a_call():
    text = "Cambodia is looking to international donors to contribute another $78 million for clearance in 2026."
    [(kind, _owners)] = proposed_by_position("en", "news", [text], title="Cambodia")[1]
    assert kind == "call"


# An appeal relayed as a noun: "l'appel de X à la communauté internationale à ...", "el llamado de X a la comunidad
# internacional a ...".
APPEAL_RELAYED = [
    (
        "en",
        "The deputy director relayed the appeal of the UN mine action centre to the international community to "
        "include mine action in all planning.",
    ),
    (
        "fr",
        "Le directeur adjoint a fait part de l'appel du centre de lutte antimines de l'ONU à la communauté "
        "internationale à prendre en compte la lutte antimines dans toute planification.",
    ),
    (
        "es",
        "El director adjunto transmitió el llamado del centro de acción contra minas de la ONU a la comunidad "
        "internacional a incluir la acción contra minas en toda planificación.",
    ),
]


@pytest.mark.parametrize(("language", "text"), APPEAL_RELAYED, ids=case_ids(APPEAL_RELAYED))
def test_an_appeal_relayed_as_a_noun_is_a_call(language, text):
    [(kind, _owners)] = proposed_by_position(language, "news", [text], title="Mine action day")[1]
    assert kind == "call"


# A target year in a State's objective ("la meta es ahora acabar con otras 16.000 en 2014").
def test_a_states_objective_with_a_year_is_a_commitment():
    text = "Chile ha eliminado 82.718 minas. La meta es ahora acabar con otras 16.000 en 2027."
    assert proposed_by_position("es", "news", [text], title="Chile") == {1: [("commitment", ["CHL"])]}
