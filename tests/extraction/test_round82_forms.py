"""Forms read in context (issue 22, round 82), in English, French and Spanish. The sentences were written for these
tests (never taken from an evaluation set)."""

import pytest

from tests.extraction.proposing import proposed

pytestmark = pytest.mark.django_db


def test_a_goal_that_names_its_state_is_that_states_not_the_storys():
    texts = [
        "Japan has funded new demining machines for Ukraine, its embassy in Kyiv said.",
        "The objective is for Ukraine to be free of mines by 2033, the minister said.",
    ]
    assert proposed("en", "news", *texts) == [("commitment", ["UKR"])]


# Pledges and calls told in words the rules had not read.
PLEDGES = [
    ("en", "Norway has added USD 2.5 million for clearance in Angola, the ministry said.", ["AGO", "NOR"]),
    (
        "en",
        "The Senegalese army destroyed its stock in 2003 and in the coming years plans to clear the border.",
        ["SEN"],
    ),
    ("en", "A project to destroy all of Ukraine's stockpiled mines over two years has been put into place.", ["UKR"]),
    ("en", "The Chadian authority developed an action plan to remove all known minefields by 2030.", ["TCD"]),
    ("en", "The EU awarded three grants worth € 900.000 to be implemented in Tajikistan.", ["EU", "TJK"]),
    ("fr", "Le ministère belge a réservé la somme de deux millions d'euros pour déminer le Tchad.", ["BEL", "TCD"]),
    ("fr", "Les Pays-Bas ont annoncé l'attribution d'une aide de 3 millions d'euros pour le Tchad.", ["NLD", "TCD"]),
    ("es", "La UE acaba de liberar 4 millones de euros para el desminado en Colombia.", ["COL", "EU"]),
]


@pytest.mark.parametrize(("language", "text", "owners"), PLEDGES, ids=[f"{c[0]}-{i}" for i, c in enumerate(PLEDGES)])
def test_sums_added_plans_and_projects_put_in_place_are_commitments(language, text, owners):
    assert proposed(language, "news", text) == [("commitment", owners)]


def test_a_body_that_receives_a_contribution_only_channels_the_givers_pledge():
    text = "UNICEF will receive a contribution of some 300,000 euros (about U.S. $330,000) from the Italian Government."
    assert proposed("en", "press_release", text) == [("commitment", ["ITA"])]


def test_contributions_received_from_the_international_community_are_those_in_a_position_to_give():
    text = "Angola recibirá más de 50 millones de dólares en aportes de la comunidad internacional para el desminado."
    assert proposed("es", "news", text) == [("commitment", ["AGO", "states-parties-in-a-position"])]


def test_a_state_appealing_on_a_weekday_for_help_is_helped_by_those_in_a_position():
    text = "Zimbabwe appealed on Tuesday for more help to clear the minefields along its eastern border."
    assert proposed("en", "news", text) == [("call", ["ZWE", "states-parties-in-a-position"])]


def test_a_call_on_countries_using_mines_is_owned_by_its_caller():
    texts = [
        "Malawi hosted the regional meeting on Monday.",
        "The Malawian foreign minister condemned the weapons and called on countries using them to stop at once.",
    ]
    assert proposed("en", "news", *texts) == [("call", ["MWI"])]


CALLS = [
    ("en", "Sudan asked the relevant regional and international bodies to extend help to clear its mines."),
    ("en", "Chad appealed on Monday for more help to clear the minefields of its north."),
    ("fr", "Le ministre tchadien a, par ailleurs, appelé à renforcer la coopération internationale dans ce domaine."),
    ("es", "El ministro peruano llamó a fortalecer la cooperación internacional para el desminado."),
]


@pytest.mark.parametrize(("language", "text"), CALLS, ids=[f"{c[0]}-{i}" for i, c in enumerate(CALLS)])
def test_calls_for_international_help_ask_those_in_a_position(language, text):
    [(kind, owners)] = proposed(language, "news", text)
    assert kind == "call" and "states-parties-in-a-position" in owners


def test_the_government_beside_a_body_in_a_subject_is_the_storys_state():
    texts = [
        "Mines still kill farmers in the provinces of Angola.",
        "The United Nations and the government will continue to assist the communities at risk.",
    ]
    assert proposed("en", "news", *texts) == [("commitment", ["AGO", "UN"])]


def test_an_envoy_called_by_title_alone_speaks_for_the_state_named_with_him_before():
    texts = [
        "La Suisse est disposée à octroyer 300.000 euros au Tchad, a fait savoir l'ambassadeur suisse à Ndjamena.",
        "Sur son compte, le diplomate s'est déclaré heureux d'annoncer le prochain transfert du montant à l'agence.",
    ]
    assert proposed("fr", "news", *texts) == [("commitment", ["CHE"])]


def test_a_bodys_sum_for_a_named_state_helps_that_state_and_not_the_agency_that_channels_it():
    text = "The European Commission announced an €8 million donation to the UNDP for the removal of landmines in Chad."
    assert proposed("en", "news", text) == [("commitment", ["EU", "TCD"])]


NOT_PLEDGES = [
    ("en", "Reduced funding by donors will delay the clearing of landmines in Angola, the radio reported."),
    ("en", "The chair of the authority says Chad will remain in danger of landmines beyond 2030."),
    ("en", "The defence minister will sign the documents declaring two areas free of mines."),
    ("en", "The EU calls on everyone to heed security advice and stay away from unsafe areas."),
    ("en", "The Ottawa Treaty entered into force in 1999. Its aim is to ban anti-personnel mines around the world."),
    ("fr", "Auparavant, les autorités norvégiennes avaient débloqué 400.000 euros pour cette tâche."),
    ("fr", "Demain, l'ambassade et l'UNICEF organiseront à Kinshasa une cérémonie avec les opérateurs."),
    ("fr", "La Grèce est heureuse d'annoncer que le nombre de mines conservées a été réduit à 1 600."),
    ("es", "El Tratado entró en vigor en 1999. Su objetivo es prohibir las minas en todo el mundo."),
]


@pytest.mark.parametrize(("language", "text"), NOT_PLEDGES, ids=[f"{c[0]}-{i}" for i, c in enumerate(NOT_PLEDGES)])
def test_effects_forecasts_ceremonies_safety_advice_and_past_sums_are_not_pledges(language, text):
    assert proposed(language, "news", text) == []


def test_a_centre_to_be_established_is_the_press_releases_states_commitment():
    texts = [
        "The Defence Secretary today announced a plan to help the United Kingdom tackle landmines.",
        "A Mine Information Centre is to be established at the School for Military Engineering.",
    ]
    assert proposed("en", "press_release", *texts, title="UK Defence Secretary announces a plan") == [
        ("commitment", ["GBR"])
    ]


def test_an_assurance_given_past_an_aside_is_a_pledge():
    texts = [
        "Mr Speaker, the Government of Canada will answer the question.",
        "I assure the hon. Member, and I am proud to say, that the Canadian Forces will take part in the work.",
    ]
    assert proposed("en", "statement", *texts) == [("commitment", ["CAN"])]
