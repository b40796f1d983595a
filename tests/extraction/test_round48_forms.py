"""Forms read in context (issue 22, round 48), in English, French and Spanish. The sentences were written for these
tests (never taken from an evaluation set)."""

import pytest

from tests.extraction.proposing import case_ids, proposed_by_position

pytestmark = pytest.mark.django_db


# Mines, land or places to be cleared or destroyed, in the passive future: the undertaking of the State named in the
# sentence, who does it.
OBLIGATIONS_IN_THE_PASSIVE = [
    ("en", "In Peru, the remaining stockpile will be destroyed by March 2027, the minister said.", "PER"),
    ("en", "Peru says its last minefields will be fully cleared by 2027.", "PER"),
    ("fr", "Au Tchad, les derniers champs de mines seront déminés d’ici 2027, a indiqué le ministre.", "TCD"),
    ("fr", "Le Tchad a annoncé que les stocks restants seront détruits avant la fin de l’année.", "TCD"),
    ("fr", "Selon le ministre, la région du Lac sera intégralement déminée au Tchad d’ici à 2027.", "TCD"),
    ("es", "En el Perú, los campos minados restantes serán despejados antes de 2027, dijo el ministro.", "PER"),
    ("es", "El Perú anunció que las existencias restantes serán destruidas antes de fin de año.", "PER"),
    ("es", "En el Perú se desminarán otras 20 hectáreas durante 2027, según el ministerio.", "PER"),
]


@pytest.mark.parametrize(
    ("language", "text", "owner"), OBLIGATIONS_IN_THE_PASSIVE, ids=case_ids(OBLIGATIONS_IN_THE_PASSIVE)
)
def test_an_obligation_in_the_passive_future_is_a_pledge(language, text, owner):
    assert proposed_by_position(language, "news", [text]) == {1: [("commitment", [owner])]}


# The same passive on what is not mine, land or a place, or denied, pledges nothing.
OTHER_PASSIVES = [
    ("en", "In Peru, the report will be released next week, the minister said."),
    ("en", "In Peru, the remaining stockpile will not be destroyed before 2030, the minister said."),
    ("fr", "Au Tchad, les otages seront libérés demain, a indiqué le ministre."),
    ("fr", "Au Tchad, les stocks restants ne seront pas détruits avant 2030, a indiqué le ministre."),
    ("es", "En el Perú los rehenes serán liberados mañana, dijo el ministro."),
    ("es", "En el Perú las existencias restantes no serán destruidas antes de 2030, dijo el ministro."),
    ("en", "Under the Convention, Peru's stockpiles will be destroyed within four years."),
    ("fr", "Selon le traité, les stocks du Tchad seront détruits dans les quatre ans."),
    ("es", "Según la Convención, las existencias del Perú serán destruidas en cuatro años."),
]


@pytest.mark.parametrize(("language", "text"), OTHER_PASSIVES, ids=case_ids(OTHER_PASSIVES))
def test_other_passive_futures_pledge_nothing(language, text):
    assert proposed_by_position(language, "news", [text]) == {}


# With no one named in its sentence, the State the story is about does it.
STORY_STATES_PASSIVE = [
    (
        "en",
        "Peru launched a national demining plan.",
        "The last mined areas in the Cordillera will be cleared by 2027.",
    ),
    (
        "fr",
        "Le Tchad a lancé un plan national de déminage.",
        "La région du Lac sera intégralement déminée d’ici à 2027.",
    ),
    (
        "es",
        "El Perú lanzó un plan nacional de desminado.",
        "Las últimas zonas minadas de la frontera serán despejadas en 2027.",
    ),
]


@pytest.mark.parametrize(("language", "before", "text"), STORY_STATES_PASSIVE, ids=case_ids(STORY_STATES_PASSIVE))
def test_an_obligation_in_the_passive_is_the_storys_state(language, before, text):
    owner = "TCD" if language == "fr" else "PER"
    assert proposed_by_position(language, "news", [before, text]) == {2: [("commitment", [owner])]}
