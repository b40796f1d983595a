"""Forms read in context (issue 22, rounds 43d and 43e), in English, French and Spanish. The sentences were written
for these tests (never taken from an evaluation set)."""

import pytest

from tests.extraction.proposing import case_ids, kinds_and_owners, proposed_by_position

pytestmark = pytest.mark.django_db


# A grant reported as given ("has awarded the sum of US$ 1.2 million", "has provided a total of USD 364,963").
GRANTS_GIVEN = [
    (
        "en",
        "The Japanese Government has awarded the sum of US$ 1,248,046 in grant aid for demining in Sri Lanka.",
        ["JPN", "LKA"],
    ),
    ("en", "Japan contributed USD 2 million to mine clearance in Angola.", ["AGO", "JPN"]),
]


@pytest.mark.parametrize(("language", "text", "owners"), GRANTS_GIVEN, ids=case_ids(GRANTS_GIVEN))
def test_a_grant_given_is_a_commitment(language, text, owners):
    assert kinds_and_owners(proposed_by_position(language, "press_release", [text])) == {1: [("commitment", owners)]}


def test_money_given_long_ago_is_background():
    assert proposed_by_position("en", "news", ["Since 1998, Japan has provided USD 100 million to mine action."]) == {}


# Appeals for funds: those in a position to give, and the State that asks.
APPEALS_FOR_FUNDS = [
    (
        "en",
        "At the conference, Mozambique's Defence Minister appealed for funds to help the country clear mines.",
        "MOZ",
    ),
    (
        "es",
        "Hun Sen, primer ministro de Camboya, ha pedido a la comunidad internacional ayuda para destruir sus minas.",
        "KHM",
    ),
]


@pytest.mark.parametrize(("language", "text", "code"), APPEALS_FOR_FUNDS, ids=case_ids(APPEALS_FOR_FUNDS))
def test_an_appeal_for_funds(language, text, code):
    found = kinds_and_owners(proposed_by_position(language, "news", [text]))
    assert found == {1: [("call", sorted([code, "states-parties-in-a-position"]))]}


# A call on States not party made inside a quotation: whoever is said to have spoken after it.
def test_a_quoted_call_on_states_not_party_is_the_speakers():
    text = (
        "“Hago un llamamiento a todos los estados que todavía no forman parte para que se adhieran a la Convención”, "
        "afirmó el Presidente de Kenia en la apertura."
    )
    assert kinds_and_owners(proposed_by_position("es", "news", [text])) == {1: [("call", ["KEN"])]}


# A subject acting with others, in apposition ("Angola, en cooperación con socios, va a pedir").
ALONGSIDE = [
    ("en", "Colombia, in cooperation with its partners, will clear all remaining minefields by 2025.", "COL"),
    (
        "es",
        "Angola, en cooperación con socios nacionales e internacionales, va a pedir la ampliación de este plazo.",
        "AGO",
    ),
    ("fr", "Le Sénégal, en coopération avec ses partenaires, achèvera le déminage de la Casamance en 2026.", "SEN"),
]


@pytest.mark.parametrize(("language", "text", "code"), ALONGSIDE, ids=case_ids(ALONGSIDE))
def test_a_subject_acting_with_others_still_commits(language, text, code):
    assert kinds_and_owners(proposed_by_position(language, "news", [text])) == {1: [("commitment", [code])]}


# An instrument of accession: the acceding State undertakes to perform the Convention.
def test_an_instrument_of_accession_is_the_states_commitment():
    text = (
        "I declare that the Government of Sri Lanka, having considered the Convention, accedes to the same and "
        "undertakes faithfully to perform and carry out the stipulations therein contained."
    )
    assert kinds_and_owners(proposed_by_position("en", "statement", [text])) == {1: [("commitment", ["LKA"])]}


# What a resolution says, in a relative clause, is background; a withdrawal conceded does not undo a commitment.
RESOLUTION_SAYS = [
    (
        "en",
        "The government objected to the clearance, in breach of resolution 3149, which urges the parties to refrain.",
    ),
    ("es", "El Gobierno objetó el desminado, en violación a la resolución 3149, que insta a las partes a abstenerse."),
    (
        "fr",
        "Le gouvernement a contesté le déminage, contraire à la résolution 3149, qui exhorte les parties à s'abstenir.",
    ),
]


@pytest.mark.parametrize(("language", "text"), RESOLUTION_SAYS, ids=case_ids(RESOLUTION_SAYS))
def test_what_a_resolution_says_is_background(language, text):
    assert proposed_by_position(language, "news", [text]) == {}


def test_a_withdrawal_conceded_does_not_undo_a_commitment():
    text = "Despite the process of withdrawal, Poland will remain committed to international humanitarian law."
    assert kinds_and_owners(proposed_by_position("en", "news", [text])) == {1: [("commitment", ["POL"])]}


# A call made by a meeting's participants that names no addressee is on all States Parties.
CALLS_WITHOUT_ADDRESSEE = [
    ("fr", "Les participants au colloque, clôturé hier, appellent à fournir une assistance directe aux victimes."),
    (
        "es",
        "El secretario general ha hecho un llamado a la acción este viernes para cumplir y preservar la Convención.",
    ),
]


@pytest.mark.parametrize(("language", "text"), CALLS_WITHOUT_ADDRESSEE, ids=case_ids(CALLS_WITHOUT_ADDRESSEE))
def test_a_call_without_addressee_is_on_all_states_parties(language, text):
    assert kinds_and_owners(proposed_by_position(language, "news", [text])) == {1: [("call", ["states-parties"])]}


def test_a_meeting_that_involved_participants_decides_nothing():
    text = "The Conference involved more than 500 participants representing over 100 delegations."
    assert proposed_by_position("en", "news", [text]) == {}


# A grant contract signed, with its sum: the donor's commitment; a project's expected effect is a forecast.
GRANT_CONTRACTS = [
    (
        "en",
        "The Ambassador of Japan and the FSD Director signed the new grant contract for clearance worth USD 212,892.",
    ),
    (
        "fr",
        "L'ambassadeur du Japon a signé un nouveau contrat de don pour le déminage, d'un montant de 212 892 dollars.",
    ),
    ("es", "El embajador de Japón firmó un nuevo contrato de donación para el desminado por 212.892 dólares."),
]


@pytest.mark.parametrize(("language", "text"), GRANT_CONTRACTS, ids=case_ids(GRANT_CONTRACTS))
def test_a_grant_contract_signed_is_the_donors_commitment(language, text):
    assert kinds_and_owners(proposed_by_position(language, "press_release", [text])) == {1: [("commitment", ["JPN"])]}


EXPECTED_EFFECTS = [
    ("en", "It is expected that this project will contribute to resettlement for more than 6,000 people."),
    ("fr", "On s'attend à ce que ce projet contribue à la réinstallation de plus de 6 000 personnes."),
    ("es", "Se espera que este proyecto contribuya al reasentamiento de más de 6.000 personas."),
]


@pytest.mark.parametrize(("language", "text"), EXPECTED_EFFECTS, ids=case_ids(EXPECTED_EFFECTS))
def test_a_projects_expected_effect_is_no_decision(language, text):
    assert proposed_by_position(language, "press_release", [text]) == {}


# Joining an initiative for demining: the joining State's commitment, with the State helped.
JOINING_AN_INITIATIVE = [
    ("en", "Mexico joined a global initiative for demining in Colombia on Thursday."),
    ("es", "México se sumó este jueves a una iniciativa global para el desminado en Colombia."),
    ("fr", "Le Mexique s'est joint jeudi à une initiative mondiale pour le déminage en Colombie."),
]


@pytest.mark.parametrize(("language", "text"), JOINING_AN_INITIATIVE, ids=case_ids(JOINING_AN_INITIATIVE))
def test_joining_an_initiative_is_a_commitment(language, text):
    assert kinds_and_owners(proposed_by_position(language, "news", [text])) == {1: [("commitment", ["COL", "MEX"])]}


def test_a_french_call_on_bare_plural_addressees():
    text = "Le royaume a appelé gouvernements étrangers et ONG internationales à réduire leur financement."
    assert kinds_and_owners(proposed_by_position("fr", "news", [text])) == {1: [("call", ["states-parties"])]}
