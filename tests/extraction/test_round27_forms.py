"""Forms read in context (issue 22, rounds 27 and later), in English, French and Spanish. The sentences were written
for these tests (never taken from an evaluation set)."""

import pytest

from tests.extraction.proposing import proposed_by_position

pytestmark = pytest.mark.django_db

FIRST = {
    "en": "Peru has cleared 80 per cent of its northern border, officials said on Monday.",
    "fr": "Le Pérou a déminé 80 pour cent de sa frontière nord, ont indiqué lundi les autorités.",
    "es": "Perú ha despejado el 80 por ciento de su frontera norte, informaron el lunes las autoridades.",
}

# The State's executive named by an office, after an opening phrase or not: the State the story named before.
THE_STATES_EXECUTIVE = [
    ("en", "To that end, the Government will launch a new national victim assistance plan."),
    ("en", "The Ministry of Defence plans to clear 50 more hectares next year."),
    ("en", "The authorities hope to complete clearance by the end of 2026."),
    ("fr", "À cette fin, le gouvernement lancera un nouveau plan national d'assistance aux victimes."),
    ("fr", "Le ministère de la Défense prévoit de déminer 50 hectares supplémentaires l'an prochain."),
    ("fr", "Les autorités espèrent achever le déminage d'ici fin 2026."),
    ("es", "Con ese fin, el Ejecutivo pondrá en marcha un nuevo plan nacional de asistencia a víctimas."),
    ("es", "El Ministerio de Defensa prevé desminar 50 hectáreas adicionales durante el próximo año."),
    ("es", "Las autoridades esperan concluir las labores de desminado a finales de 2026."),
]


@pytest.mark.parametrize(("language", "text"), THE_STATES_EXECUTIVE, ids=[c[0] for c in THE_STATES_EXECUTIVE])
def test_a_government_office_or_the_authorities_commit_the_state_named_before(language, text):
    by_position = proposed_by_position(language, "news", [FIRST[language], text], title="Mine action")
    assert by_position == {2: [("commitment", ["PER"])]}


# A President who announces what "his government" will do is a head of State, not a meeting's President deciding.
HEAD_OF_STATE_ANNOUNCES = [
    ("en", "The President announced that his government will sign a cooperation agreement with Norway on demining."),
    (
        "fr",
        "Le président a annoncé que son gouvernement signera un accord de coopération avec la Norvège sur le déminage.",
    ),
    ("es", "El presidente anunció que su gobierno firmará un acuerdo de cooperación con Noruega para el desminado."),
]


@pytest.mark.parametrize(("language", "text"), HEAD_OF_STATE_ANNOUNCES, ids=[c[0] for c in HEAD_OF_STATE_ANNOUNCES])
def test_a_president_announcing_what_his_government_will_do_commits_his_state(language, text):
    by_position = proposed_by_position(language, "news", [FIRST[language], text], title="Mine action")
    assert by_position == {2: [("commitment", ["PER"])]}


# Asking donors to act is a call on those in a position to give.
ASKING_DONORS = [
    ("en", "The director asked donors to maintain their support for demining programmes."),
    ("fr", "Le directeur a demandé aux donateurs de maintenir leur soutien aux programmes de déminage."),
    ("es", "El director pidió a los donantes mantener su apoyo a los programas de desminado."),
]


@pytest.mark.parametrize(("language", "text"), ASKING_DONORS, ids=[c[0] for c in ASKING_DONORS])
def test_asking_donors_is_a_call_on_the_states_in_a_position_to_give(language, text):
    by_position = proposed_by_position(language, "news", [FIRST[language], text], title="Mine action")
    assert by_position == {2: [("call", ["states-parties-in-a-position"])]}
