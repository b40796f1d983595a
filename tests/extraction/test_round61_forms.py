"""Forms read in context (issue 22, round 61), in English, French and Spanish. The sentences were written for these
tests (never taken from an evaluation set)."""

import pytest

from tests.extraction.proposing import case_ids, proposed_by_position

pytestmark = pytest.mark.django_db


# A sum announced as one that "would be allocated": the announcing State's pledge.
SUMS_TO_BE_ALLOCATED = [
    ("en", "France announced that two million additional euros would be allocated in 2027 to mine action projects."),
    (
        "fr",
        "La France a annoncé que deux millions d’euros supplémentaires seraient affectés en 2027 à la lutte antimines.",
    ),
    (
        "es",
        "Francia anunció que dos millones de euros adicionales serían asignados en 2027 a la acción contra las minas.",
    ),
]


@pytest.mark.parametrize(("language", "text"), SUMS_TO_BE_ALLOCATED, ids=case_ids(SUMS_TO_BE_ALLOCATED))
def test_a_sum_announced_to_be_allocated_is_the_announcers_pledge(language, text):
    assert proposed_by_position(language, "news", [text]) == {1: [("commitment", ["FRA"])]}


# A head of State who decides speaks for the State; the President of a meeting still decides for it.
HEADS_OF_STATE = [
    (
        "en",
        "The President of Finland decided today to submit to Parliament a proposal on accession to the Convention.",
        "FIN",
    ),
    ("fr", "Le Président du Sénégal a décidé de présenter une demande de prolongation.", "SEN"),
    ("es", "El presidente de Colombia decidió presentar una solicitud de prórroga.", "COL"),
]


@pytest.mark.parametrize(("language", "text", "owner"), HEADS_OF_STATE, ids=case_ids(HEADS_OF_STATE))
def test_what_a_head_of_state_decides_to_do_is_the_states_commitment(language, text, owner):
    assert proposed_by_position(language, "news", [text]) == {1: [("commitment", [owner])]}


MEETING_PRESIDENTS = [
    ("en", "The President of the Meeting decided to grant Chad a further year."),
    ("fr", "Le Président de la Réunion a décidé d'accorder au Tchad une année supplémentaire."),
    ("es", "El presidente de la Reunión decidió conceder a Chad un año adicional."),
]


@pytest.mark.parametrize(("language", "text"), MEETING_PRESIDENTS, ids=case_ids(MEETING_PRESIDENTS))
def test_the_president_of_a_meeting_still_decides(language, text):
    assert proposed_by_position(language, "news", [text]) == {1: [("conclusion", ["TCD"])]}


# A deadline that will be missed, "and that is why we will ask" for more time: the request is the pledge.
MISSED_THEN_ASKED = [
    (
        "en",
        "The spokesperson told reporters that Mozambique will not meet its deadline and that is why we will ask, "
        "in November, for an extension until 2030.",
    ),
    (
        "fr",
        "Le porte-parole a déclaré que le Mozambique ne respectera pas l'échéance et c'est pourquoi nous demanderons "
        "en novembre une prolongation jusqu'en 2030.",
    ),
]


@pytest.mark.parametrize(("language", "text"), MISSED_THEN_ASKED, ids=case_ids(MISSED_THEN_ASKED))
def test_a_request_pledged_after_a_missed_deadline_is_a_commitment(language, text):
    found = proposed_by_position(language, "news", [text])
    assert [kind for kind, _owners in found[1]] == ["commitment"] and "MOZ" in found[1][0][1]
