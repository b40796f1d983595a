"""Forms read in context (issue 22, round 34), in English, French and Spanish. The sentences were written for these
tests (never taken from an evaluation set)."""

import pytest

from tests.extraction.proposing import case_ids, kinds_and_owners, proposed_by_position

pytestmark = pytest.mark.django_db


# A party's pledge announced with a colon ("the Government of Canada commits to:"): each item is its commitment.
PLEDGE_CHAPEAU = [
    (
        "en",
        "For the years 2015 to 2019, the Government of Canada commits to:",
        "continue to help States Parties meet their deadlines.",
    ),
    (
        "fr",
        "Pour les années 2015 à 2019, le gouvernement du Canada s'engage à :",
        "continuer à aider les États parties à respecter leurs échéances.",
    ),
    (
        "es",
        "Para los años 2015 a 2019, el Gobierno de Canadá se compromete a:",
        "seguir ayudando a los Estados Partes a cumplir sus plazos.",
    ),
]


@pytest.mark.parametrize(("language", "chapeau", "item"), PLEDGE_CHAPEAU, ids=case_ids(PLEDGE_CHAPEAU))
def test_items_under_a_partys_pledge_with_a_colon_are_its_commitments(language, chapeau, item):
    by_position = proposed_by_position(language, "statement", [chapeau, item])
    assert by_position[2] == [("commitment", ["CAN"])]


# Committing again ("recommitted to", "s'est réengagé à", "se volvió a comprometer a") is a pledge.
RECOMMITTING = [
    ("en", "At the Review Conference, Cambodia recommitted to its goal of clearing all mined land by 2025."),
    ("fr", "Le Cambodge s'est réengagé à déminer toutes ses terres d'ici 2025."),
    ("es", "Camboya se volvió a comprometer a despejar todas sus tierras minadas para 2025."),
]


@pytest.mark.parametrize(("language", "text"), RECOMMITTING, ids=case_ids(RECOMMITTING))
def test_committing_again_is_a_commitment(language, text):
    assert proposed_by_position(language, "news", [text], title="Clearance") == {1: [("commitment", ["KHM"])]}


# A time between a verb of saying and what was said is no subject ("informó de que hasta 2017 prevé").
TIME_AFTER_SAYING = [
    ("en", "The Ministry of Defence of Ecuador said that by 2017 it plans to destroy 15,595 anti-personnel mines."),
    (
        "fr",
        "Le ministère de la Défense de l'Équateur a indiqué que d'ici 2017 il prévoit de détruire 15 595 mines "
        "antipersonnel.",
    ),
    ("es", "El Ministerio de Defensa de Ecuador informó de que hasta 2017 prevé destruir 15.595 minas antipersonal."),
]


@pytest.mark.parametrize(("language", "text"), TIME_AFTER_SAYING, ids=case_ids(TIME_AFTER_SAYING))
def test_a_time_after_a_verb_of_saying_leaves_the_sayer_as_subject(language, text):
    assert proposed_by_position(language, "news", [text], title="Ecuador") == {1: [("commitment", ["ECU"])]}


# A donation handed over is the donor's, with the State where the programme it funds runs.
DONATION_HANDED_OVER = [
    (
        "en",
        "The Embassy of the Netherlands handed over a donation of 1.1 million dollars to the demining programme in "
        "Nicaragua.",
    ),
    ("fr", "L'ambassade des Pays-Bas a remis un don de 1,1 million de dollars au programme de déminage au Nicaragua."),
    (
        "es",
        "El Reino de los Países Bajos, a través de su Embajada en Managua, hizo entrega hoy de una donación de más de "
        "1,1 millón de dólares al programa de desminado en Nicaragua.",
    ),
]


@pytest.mark.parametrize(("language", "text"), DONATION_HANDED_OVER, ids=case_ids(DONATION_HANDED_OVER))
def test_a_donation_handed_over_is_the_donors_for_the_state_helped(language, text):
    by_position = proposed_by_position(language, "news", [text], title="Donation")
    assert kinds_and_owners(by_position) == {1: [("commitment", ["NIC", "NLD"])]}


# Support with an adjective ("un soutien ciblé à l'Ukraine") still names the State helped.
QUALIFIED_SUPPORT = [
    ("en", "In addition, Switzerland will provide targeted support to Ukraine in the coming years."),
    ("fr", "Par ailleurs, la Suisse apportera un soutien ciblé à l'Ukraine ces prochaines années."),
    ("es", "Por otra parte, Suiza prestará un apoyo específico a Ucrania en los próximos años."),
]


@pytest.mark.parametrize(("language", "text"), QUALIFIED_SUPPORT, ids=case_ids(QUALIFIED_SUPPORT))
def test_qualified_support_to_a_state_names_it_as_helped(language, text):
    by_position = proposed_by_position(language, "news", [text], title="Switzerland")
    assert [owners for _kind, owners in by_position[1]] == [["CHE", "UKR"]]


def test_a_call_on_the_states_just_named_by_a_pronoun_is_on_them():
    text = (
        "El Alto Comisionado de la ONU se ha mostrado alarmado por las medidas anunciadas por Estonia, Letonia y "
        "Lituania para salirse de la Convención y les ha instado a no completar la ruptura."
    )
    by_position = proposed_by_position("es", "news", [text], title="Retiradas")
    assert by_position == {1: [("call", ["EST", "LTU", "LVA"])]}
