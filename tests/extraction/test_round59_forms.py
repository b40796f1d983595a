"""Forms read in context (issue 22, round 59), in English, French and Spanish. The sentences were written for these
tests (never taken from an evaluation set)."""

import pytest

from tests.extraction.proposing import case_ids, proposed_by_position

pytestmark = pytest.mark.django_db


# What one State acknowledges in its own statement is its view: no meeting's finding to record.
VIEWS_IN_A_STATEMENT = [
    ("en", "We acknowledge that mine action is central to sustaining peace and security."),
    ("fr", "Nous reconnaissons que la lutte antimines est essentielle au maintien de la paix."),
    ("es", "Reconocemos que la acción contra las minas es esencial para mantener la paz."),
]


@pytest.mark.parametrize(("language", "text"), VIEWS_IN_A_STATEMENT, ids=case_ids(VIEWS_IN_A_STATEMENT))
def test_a_view_in_a_states_statement_is_no_conclusion(language, text):
    assert proposed_by_position(language, "statement", [text]) == {}


def test_a_pledge_in_a_states_statement_is_still_one():
    found = proposed_by_position("en", "statement", ["We will contribute 2 million euros to clearance in Iraq."])
    assert [kind for kind, _owners in found[1]] in (["offer"], ["commitment"])


# What a State took on by joining the treaty is the treaty's obligation, told as background.
JOINING_OBLIGATIONS = [
    ("en", "By joining this disarmament treaty, Yemen undertook to never use antipersonnel mines."),
    ("fr", "En adhérant à ce traité de désarmement, le Yémen s'est engagé à ne jamais employer de mines."),
    ("es", "Al adherirse a este tratado de desarme, Yemen se comprometió a no usar nunca minas antipersonal."),
]


@pytest.mark.parametrize(("language", "text"), JOINING_OBLIGATIONS, ids=case_ids(JOINING_OBLIGATIONS))
def test_an_obligation_taken_on_by_joining_is_no_new_pledge(language, text):
    assert proposed_by_position(language, "news", [text]) == {}


def test_a_ministry_set_to_brief_states_is_its_programme():
    text = "BANGKOK – The Ministry of Foreign Affairs is set to brief more than 50 donor states on August 15."
    assert proposed_by_position("en", "news", [text]) == {}


# The parties to a conflict are not the States Parties.
PARTIES_TO_A_CONFLICT = [
    ("fr", "Nous appelons toutes les parties au conflit en Birmanie à cesser de poser des mines."),
    ("es", "Hacemos un llamado a todas las partes en el conflicto en Birmania a que dejen de sembrar minas."),
]


@pytest.mark.parametrize(("language", "text"), PARTIES_TO_A_CONFLICT, ids=case_ids(PARTIES_TO_A_CONFLICT))
def test_the_parties_to_a_conflict_are_not_the_states_parties(language, text):
    found = proposed_by_position(language, "news", [text])
    assert all("states-parties" not in owners for _kind, owners in found.get(1, []))


# "We reiterate our call on ...": a call, in the speaker's words.
CALLS_REITERATED = [
    ("en", "We reiterate our call on all States Parties to submit their transparency reports on time."),
    ("fr", "Nous réitérons notre appel à tous les États parties à soumettre leurs rapports à temps."),
    ("es", "Reiteramos nuestro llamado a todos los Estados partes a presentar sus informes a tiempo."),
]


@pytest.mark.parametrize(("language", "text"), CALLS_REITERATED, ids=case_ids(CALLS_REITERATED))
def test_a_call_reiterated_in_the_first_person_is_a_call(language, text):
    assert proposed_by_position(language, "statement", [text]) == {1: [("call", ["states-parties"])]}


# A resolution's operative clauses that open on the verb, the body named in the chapeau.
RESOLUTION_CLAUSES = [
    ("en", "again calls on all States to contribute to international demining efforts."),
    ("fr", "demande une nouvelle fois à tous les États de contribuer aux efforts internationaux de déminage."),
    ("es", "pide una vez más a todos los Estados que contribuyan a los esfuerzos internacionales de desminado."),
]
CHAPEAUS = {
    "en": "The Inter-Parliamentary Council, referring to its earlier resolution,",
    "fr": "Le Conseil interparlementaire, se référant à sa résolution antérieure,",
    "es": "El Consejo Interparlamentario, refiriéndose a su resolución anterior,",
}


@pytest.mark.parametrize(("language", "text"), RESOLUTION_CLAUSES, ids=case_ids(RESOLUTION_CLAUSES))
def test_an_operative_clause_opening_on_its_verb_calls_on_those_it_asks(language, text):
    found = proposed_by_position(language, "declaration", [CHAPEAUS[language], text])
    assert found == {2: [("call", ["states-parties"])]}
