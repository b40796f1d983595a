"""Forms read in context (issue 22, round 45f), in English, French and Spanish. The sentences were written for these
tests (never taken from an evaluation set)."""

import pytest

from tests.extraction.proposing import case_ids, kinds_and_owners, proposed_by_position

pytestmark = pytest.mark.django_db


# The Pope speaks for the Holy See: his call on States outside the Convention is the Holy See's.
POPE = [
    ("en", "Pope Francis urged all States that have not ratified the Convention to do so immediately."),
    ("fr", "Le pape François a exhorté tous les États qui n'ont pas ratifié la Convention à le faire sans tarder."),
    ("es", "El Papa Francisco instó a todos los Estados que no han ratificado la Convención a hacerlo de inmediato."),
]


@pytest.mark.parametrize(("language", "text"), POPE, ids=case_ids(POPE))
def test_the_popes_call_is_the_holy_sees(language, text):
    assert kinds_and_owners(proposed_by_position(language, "news", [text])) == {1: [("call", ["VAT"])]}


def test_nations_that_have_not_acceded_are_called_by_whoever_calls():
    text = (
        "In a message, UN Secretary General Antonio Guterres called on all nations that have not yet acceded to the "
        "Convention to do so without delay."
    )
    assert kinds_and_owners(proposed_by_position("en", "news", [text])) == {1: [("call", ["UN"])]}


# Side events hosted at a meeting are its programme; a State described as engaged urges no one; a count of
# States that recognise the treaty decides nothing.
NONE = [
    ("en", "statement", "Today at 1.00pm, Australia will host a side event on the findings of this research."),
    ("fr", "statement", "Aujourd'hui, l'Australie organisera un événement parallèle sur ces travaux."),
    ("es", "statement", "Hoy, Australia organizará un evento paralelo sobre esta investigación."),
    ("fr", "news", "Le Maroc est totalement engagé dans la lutte contre les mines antipersonnel."),
    ("fr", "news", "Quelque 164 pays reconnaissent le traité d'Ottawa, dont l'Ukraine."),
]


@pytest.mark.parametrize(("language", "kind", "text"), NONE, ids=case_ids(NONE))
def test_side_events_descriptions_and_counts_are_none(language, kind, text):
    assert proposed_by_position(language, kind, [text]) == {}


def test_hosting_a_meeting_is_still_offered():
    found = kinds_and_owners(
        proposed_by_position("en", "statement", ["Australia will host the next Meeting of the States Parties."])
    )
    assert found == {1: [("offer", ["AUS"])]}
