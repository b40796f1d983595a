"""Forms read in context (issue 22, round 44f), in English, French and Spanish. The sentences were written for these
tests (never taken from an evaluation set)."""

import pytest

from tests.extraction.proposing import case_ids, kinds_and_owners, proposed_by_position

pytestmark = pytest.mark.django_db


# Undertakings reported in other words: undertaken, committing themselves, plans announced, a contract signed, a
# roadmap, the next challenge.
UNDERTAKINGS = [
    ("en", ["Cyprus has undertaken to complete clearance of all areas under its control by 1 July 2013."], "CYP"),
    ("en", ["Peru and Ecuador signed a joint declaration, committing themselves to step up demining."], "ECU PER"),
    ("fr", ["Le Pérou et l'Équateur ont signé une déclaration, s'engageant à intensifier le déminage."], "ECU PER"),
    ("es", ["Perú y Ecuador firmaron una declaración, comprometiéndose a intensificar el desminado."], "ECU PER"),
    ("en", ["As of last week, Tonga announced plans to become the 165th State to join the Convention."], "TON"),
    ("es", ["Tonga anunció planes para adherirse a la Convención el próximo año."], "TON"),
    (
        "en",
        ["A contract for the destruction of 3 million mines was signed with the Ukrainian Ministry of Defence."],
        "UKR",
    ),
    (
        "es",
        [
            "Colombia presentó sus avances.",
            "“Tenemos una hoja de ruta para reducir a la mitad el territorio minado”, dijo el presidente.",
        ],
        "COL",
    ),
    (
        "en",
        ["Colombia reported on its progress.", "With 180 municipalities released, the challenge is to reach 200."],
        "COL",
    ),
    (
        "es",
        ["Colombia presentó sus avances.", "Superada la cifra, el reto es llegar hasta los 200 municipios liberados."],
        "COL",
    ),
]


@pytest.mark.parametrize(("language", "texts", "code"), UNDERTAKINGS, ids=case_ids(UNDERTAKINGS))
def test_an_undertaking_in_other_words(language, texts, code):
    found = kinds_and_owners(proposed_by_position(language, "news", texts))
    assert found == {len(texts): [("commitment", code.split())]}


def test_a_quoted_we_after_let_me_say_that_is_the_state_of_the_story():
    texts = [
        "Afghanistan says it will join the treaty banning anti-personnel mines.",
        '"Let me categorically say that we will destroy every landmine in this country," said the minister.',
    ]
    assert kinds_and_owners(proposed_by_position("en", "news", texts))[2] == [("commitment", ["AFG"])]


def test_a_call_on_those_described_by_a_long_relative_clause():
    text = (
        "Le Secrétaire général exhorte également les pays qui n'ont pas encore adhéré à la Convention sur "
        "l'interdiction des mines antipersonnel à le faire sans retard."
    )
    found = kinds_and_owners(proposed_by_position("fr", "news", [text]))
    assert [kind for kind, _owners in found[1]] == ["call"]


# What a meeting allowed is no decision; a capitalised name ending like a future is no verb.
NOT_PROPOSED = [
    ("fr", "La réunion a permis aux deux entités de discuter de l'état de la coopération."),
    ("es", "La reunión permitió a ambas partes discutir el estado de la cooperación."),
    ("en", "The meeting allowed both sides to discuss the state of their cooperation."),
    ("fr", "Le Front lutte pour l'indépendance du Sahara Occidental depuis 1973."),
]


@pytest.mark.parametrize(("language", "text"), NOT_PROPOSED, ids=case_ids(NOT_PROPOSED))
def test_not_proposed(language, text):
    assert proposed_by_position(language, "news", [text]) == {}


# Ready to keep up a partnership: the State's commitment, not an offer.
KEEPING_UP = [
    (
        "fr",
        "L'Angola est disposé à maintenir son partenariat avec l'organisation The HALO Trust, a déclaré le ministre.",
    ),
    ("en", "Angola stands ready to maintain its partnership with The HALO Trust, the minister said."),
    ("es", "Angola está dispuesta a mantener su alianza con The HALO Trust, declaró el ministro."),
]


@pytest.mark.parametrize(("language", "text"), KEEPING_UP, ids=case_ids(KEEPING_UP))
def test_ready_to_keep_up_is_a_commitment(language, text):
    assert kinds_and_owners(proposed_by_position(language, "news", [text])) == {1: [("commitment", ["AGO"])]}
