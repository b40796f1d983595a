"""Forms read in context (issue 22, round 40), in English, French and Spanish. The sentences were written for these
tests (never taken from an evaluation set)."""

import pytest

from tests.extraction.proposing import case_ids, proposed_by_position

pytestmark = pytest.mark.django_db


# A person named as the subject of a pledge, with or without an apposition: the State the story is about.
PERSON_PLEDGES = [
    ("en", "Sok Dara, head of the national demining authority, pledged to clear all minefields by 2027."),
    ("en", "Sok Dara pledged to clear all minefields by 2027."),
    ("fr", "Sok Dara, directeur de l'autorité nationale de déminage, s'est engagé à déminer le pays d'ici 2027."),
    ("es", "Sok Dara, director de la autoridad nacional de desminado, se comprometió a desminar el país para 2027."),
]


@pytest.mark.parametrize(("language", "text"), PERSON_PLEDGES, ids=case_ids(PERSON_PLEDGES))
def test_a_person_who_pledges_speaks_for_the_storys_state(language, text):
    opening = {
        "en": "Cambodia opened its new mine action centre on Monday.",
        "fr": "Le Cambodge a inauguré lundi son nouveau centre d'action contre les mines.",
        "es": "Camboya inauguró el lunes su nuevo centro de acción contra las minas.",
    }[language]
    assert proposed_by_position(language, "news", [opening, text], title="Cambodia") == {2: [("commitment", ["KHM"])]}


# Getting ready to act ("se dispone a", "s'apprête à") and a task set ("tiene como tarea"): an intention.
GETTING_READY = [
    ("fr", "Le gouvernement sénégalais s'apprête à lancer le déminage de toute la région d'ici 2026."),
    ("es", "El gobierno senegalés se dispone a lanzar el desminado de toda la región antes de 2026."),
    ("es", "El gobierno senegalés tiene como tarea terminar el desminado de toda la región antes de 2026."),
]


@pytest.mark.parametrize(("language", "text"), GETTING_READY, ids=case_ids(GETTING_READY))
def test_a_state_getting_ready_to_clear_commits(language, text):
    assert proposed_by_position(language, "news", [text], title="Senegal") == {1: [("commitment", ["SEN"])]}
