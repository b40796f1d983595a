"""Forms read in context (issue 22, round 81), in English, French and Spanish. The sentences were written for these
tests (never taken from an evaluation set)."""

import pytest

from tests.extraction.proposing import case_ids, proposed

pytestmark = pytest.mark.django_db


# Pledges told in words the rules had not read: a commitment expressed, a stand reiterated, officials pledging.
PLEDGES = [
    ("Peru expressed its commitment to releasing all its mined border areas by 2027.", ["PER"]),
    ("The Government of Norway has reiterated its stand to continue supporting clearance in Angola.", ["AGO", "NOR"]),
    (
        "Angola and Namibia opened talks on Monday, with officials pledging to make the border mine-free.",
        ["AGO", "NAM"],
    ),
    ("Chad and the UNDP have launched a campaign to teach 40,000 pupils about the danger of mines.", ["TCD", "UNDP"]),
    ("Mozambique and Malawi have agreed on continuing cooperation on clearance along their border.", ["MOZ", "MWI"]),
    ("Mr Jensen is making an extra €3 million available for demining in Iraq, Denmark announced.", ["DNK", "IRQ"]),
    ("The Swiss government approved a CHF 20 million package for demining in Ukraine.", ["CHE", "UKR"]),
    ("This year the Cambodian Mine Action Centre expects to reach 200,000 villagers with risk education.", ["KHM"]),
]


@pytest.mark.parametrize(("text", "owners"), PLEDGES)
def test_pledges_in_newer_words_are_commitments_of_who_makes_them(text, owners):
    assert proposed("en", "news", text) == [("commitment", owners)]


def test_a_person_named_by_courtesy_title_and_surname_speaks_for_the_state_named_with_him_before():
    texts = [
        "The Norwegian Ambassador to Angola, Mr Erik Hansen, visited the minefields of Cuito Cuanavale on Tuesday.",
        "Mr Hansen expressed the commitment to increasing support for the deminers of the province.",
    ]
    assert proposed("en", "news", *texts) == [("commitment", ["NOR"])]


LAWS = [
    ("en", "The Senate of Colombia unanimously approved the bill that grants pensions to mine survivors."),
    ("fr", "Le Sénat du Sénégal a adopté le projet de loi qui accorde une pension aux victimes des mines."),
    ("es", "El Senado de Chile aprobó por unanimidad el proyecto de ley que otorga una pensión a las víctimas."),
]


@pytest.mark.parametrize(("language", "text"), LAWS, ids=case_ids(LAWS))
def test_a_bill_for_victims_passed_by_a_parliament_is_its_states_commitment(language, text):
    [(kind, owners)] = proposed(language, "news", text)
    assert kind == "commitment" and owners in (["COL"], ["SEN"], ["CHL"])


HELP_NEEDED = [
    ("en", "Sri Lanka said the government is expecting the continued support of the international community.", "LKA"),
    ("en", "Without new donors the work will stop in Angola: more resources are urgently needed to clear it.", "AGO"),
    ("es", "En Colombia se necesitan más recursos para remover las minas de las veredas.", "COL"),
    ("fr", "Au Tchad, il faut davantage de ressources pour dépolluer les zones minées.", "TCD"),
]


@pytest.mark.parametrize(("language", "text", "state"), HELP_NEEDED, ids=case_ids(HELP_NEEDED))
def test_help_needed_or_expected_asks_those_in_a_position_to_give_it(language, text, state):
    [(kind, owners)] = proposed(language, "news", text)
    assert kind == "call" and "states-parties-in-a-position" in owners


def test_a_letter_urging_a_state_to_join_is_a_call():
    text = "Forty churches sent a letter to the President of Egypt urging Egypt to join the Mine Ban Treaty."
    [(kind, _owners)] = proposed("en", "web_page", text)
    assert kind == "call"


def test_a_call_on_a_coming_meeting_of_the_convention_asks_its_states_parties():
    text = "Survivors on Monday called on the upcoming review conference to double the funds given to rehabilitation."
    assert proposed("en", "news", text) == [("call", ["states-parties"])]


def test_a_call_to_all_actors_is_read_past_a_relative_clause_with_a_future():
    text = (
        "Elle a conclu en appelant tous les acteurs à soutenir le nouveau plan, qui sera présenté lors de la réunion "
        "de juin."
    )
    assert proposed("fr", "news", text) == [("call", ["states-parties"])]


SPANISH_PLANS = [
    "El Ministerio de Salud de Colombia inició gestiones para ampliar la atención a las víctimas de minas.",
    "Esta iniciativa del gobierno de Colombia contempla campañas de prevención en las escuelas rurales.",
]


@pytest.mark.parametrize("text", SPANISH_PLANS, ids=["gestiones", "contempla"])
def test_steps_begun_and_a_plan_that_provides_for_campaigns_are_commitments(text):
    assert proposed("es", "news", text) == [("commitment", ["COL"])]


# Not pledges, not calls, not decisions.
NOT_COMMITMENTS = [
    ("en", "news", "For more than 20 years, Japan has provided about $300 million to mine clearance in Cambodia."),
    ("fr", "news", "Depuis plus de vingt ans, le Japon a fourni 300 millions de dollars au déminage au Cambodge."),
    ("es", "news", "Durante más de 20 años, Japón ha aportado 300 millones de dólares al desminado en Camboya."),
    ("en", "news", "Last year, Colombia received a donation of 2 million dollars from the Japanese government."),
    ("es", "news", "El año pasado, el Ejército de Colombia recibió una donación del gobierno japonés."),
    ("en", "news", "“We wanted to share with each other what we have learned so far,” the minister of Angola said."),
    ("en", "news", "The United Kingdom will assume the presidency of the G7 next month."),
    ("en", "web_page", "An overview of the clearance of mined areas in Angola"),
    ("en", "web_page", "Report on the work of the Implementation Support Unit, January 2024 – June 2025"),
    (
        "en",
        "web_page",
        "The following States Parties took the floor to deliver general statements: Peru, Chile and Angola.",
    ),
    ("fr", "web_page", "Les États parties suivants ont pris la parole : le Pérou, le Chili et l'Angola."),
    ("es", "web_page", "Los siguientes Estados Partes tomaron la palabra: Perú, Chile y Angola."),
    (
        "en",
        "web_page",
        "Four States Parties which have submitted a request for extension of their deadlines presented highlights of "
        "their requests:",
    ),
]


@pytest.mark.parametrize(("language", "kind", "text"), NOT_COMMITMENTS, ids=[c[0] for c in NOT_COMMITMENTS])
def test_records_titles_and_speakers_lists_are_not_commitments(language, kind, text):
    assert proposed(language, kind, text) == []


def test_a_given_name_before_a_places_name_makes_it_a_person():
    from extraction.places import state_of_places

    assert state_of_places("donde María Guerrero y sus hijos resultaron heridos") is None
    assert state_of_places("Mina en un colegio de Norte de Santander\nMamá e hijos resultaron heridos") == "COL"
    assert state_of_places("En Guerrero, el ejército retiró dos minas.") == "MEX"


# Part 2: who a call for help, a dateline, a statement's "this Government" and an agency's acronym name.
def test_a_state_asking_another_for_help_is_helped_by_it():
    text = "Le gouvernement ukrainien a demandé au gouvernement japonais de lui fournir des machines de déminage."
    assert proposed("fr", "news", text) == [("call", ["JPN", "UKR"])]


def test_a_state_asking_for_support_on_a_weekday_asks_those_in_a_position():
    text = "Le Tchad a demandé jeudi un plus grand soutien international pour dépolluer le Tibesti."
    assert proposed("fr", "news", text) == [("call", ["TCD", "states-parties-in-a-position"])]


def test_its_partners_asked_are_those_in_a_position():
    text = "El ministro de Ecuador ha pedido a sus socios que no cejen en su empeño de ayudar al desminado."
    [(kind, owners)] = proposed("es", "news", text)
    assert kind == "call" and "states-parties-in-a-position" in owners


def test_a_sum_said_to_be_needed_is_a_call_for_the_state_it_is_for():
    text = "The UN agency has said that $12 million is needed this year to fund mine clearance in Chad."
    assert proposed("en", "news", text) == [("call", ["TCD", "states-parties-in-a-position"])]


def test_a_datelines_country_is_where_the_story_was_filed_not_who_acts():
    text = "NAIROBI, KENYA – The United Nations Children's Fund (UNICEF) in Somalia says it will train 300 teachers."
    assert proposed("en", "news", text) == [("commitment", ["UN"])]


def test_a_statements_own_government_with_no_name_is_the_state_it_names():
    texts = [
        "My Lords, I thank the noble Lord for this debate on the United Kingdom and its allies.",
        "This Government remain committed to the Ottawa treaty, and we continue to promote it.",
    ]
    assert proposed("en", "statement", *texts) == [("commitment", ["GBR"])]


def test_an_aid_agencys_acronym_and_a_states_sector_name_donor_and_helped():
    text = "AusAID recently allocated approximately 3.5 million USD for Cambodia's mine-action sector."
    assert proposed("en", "news", text) == [("commitment", ["AUS", "KHM"])]


def test_a_feeling_in_the_first_sentence_leaves_the_pledge_in_the_second():
    text = (
        "The minister said the Prime Minister was “encouraged” by the move. Since the cut, the Angolan government "
        "declared it would take responsibility for supporting the national demining institute."
    )
    assert proposed("en", "news", text) == [("commitment", ["AGO"])]


NOT_PLEDGES = [
    "The government had previously set 2015 as its target to complete clearance, but funding fell short.",
    "“A freeze in support for demining halts current activities. It will prevent displaced people from returning.”",
]


@pytest.mark.parametrize("text", NOT_PLEDGES, ids=["target-set-before", "what-a-freeze-will-cause"])
def test_a_target_set_before_and_a_freezes_effects_are_not_pledges(text):
    assert proposed("en", "news", text) == []


def test_a_target_set_with_its_length_and_day_is_a_pledge():
    text = "The Angolan government set itself a new five-year target on Friday to remove all its landmines."
    assert proposed("en", "news", text) == [("commitment", ["AGO"])]


# Part 3: money welcomed by who receives it, sums anticipated, goals for a State, help that goes on.
PART_THREE_PLEDGES = [
    (
        "MAG is delighted to welcome a new €4 million commitment from the Danish government to clear mines in Iraq.",
        ["DNK", "IRQ"],
    ),
    ("The U.S. anticipates providing a total of $3 million this year for demining in Peru.", ["PER", "USA"]),
    ("“The objective is for Chile to be free of mines by 2020,” the minister of Chile said.", ["CHL"]),
    ("Croatia will be helping Ukraine with demining machines as long as it takes.", ["HRV", "UKR"]),
    (
        "Japan decided to donate $500,000 to the UNDP for demining in the border region between Peru and Ecuador.",
        ["ECU", "JPN", "PER"],
    ),
    (
        "Funds matched by the Norwegian government will allow HALO to clear 105,600 square metres in Angola.",
        ["AGO", "NOR"],
    ),
]


@pytest.mark.parametrize(("text", "owners"), PART_THREE_PLEDGES)
def test_money_welcomed_anticipated_or_matched_and_help_that_goes_on_are_pledges(text, owners):
    assert proposed("en", "news", text) == [("commitment", owners)]


def test_a_project_launched_with_a_states_funding_is_its_commitment():
    text = "La FSD a lancé un nouveau projet financé par la Suisse pour aider le service de déminage du Tchad."
    assert proposed("fr", "news", text) == [("commitment", ["CHE", "TCD"])]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "This year again, the First Committee will examine two drafts, one presented by Mozambique."),
        ("fr", "Cette année encore, la première commission examinera deux projets, l'un présenté par le Mozambique."),
        ("es", "Este año, la Primera Comisión examinará dos proyectos, uno presentado por Mozambique."),
    ],
    ids=["en", "fr", "es"],
)
def test_what_a_committee_will_examine_is_its_schedule(language, text):
    assert proposed(language, "statement", text) == []


# Part 4: two adjectives sharing a noun, a region by its point of the compass, the Kurdistan Region.
def test_two_states_adjectives_sharing_a_noun_name_both():
    text = "Les gouvernements britannique et kényan financeront le nouveau centre de formation au déminage."
    assert proposed("fr", "news", text) == [("commitment", ["GBR", "KEN"])]


def test_a_sum_for_a_region_named_by_the_compass_helps_the_storys_state():
    texts = ["Cambodia said its demining centre would keep working despite the cut in funds.", ""]
    texts[1] = "Meanwhile, the Japanese government has committed to providing $7 million to demining in the northwest."
    assert proposed("en", "news", *texts, title="Support for demining in Cambodia") == [("commitment", ["JPN", "KHM"])]


def test_the_kurdistan_region_is_iraq():
    text = "Slovenia will extend its support for mine clearance in the Kurdistan Region for two more years."
    assert proposed("en", "news", text) == [("commitment", ["IRQ", "SVN"])]


# Part 5: a second "y que" with a future after a verb of saying; what "está previsto que" begins; "Inglaterra".
SPANISH_REPORTED = [
    (
        "Suiza aseguró hoy que considera prioritario el desminado, y que financiará dos equipos en Colombia.",
        ["CHE", "COL"],
    ),
    ("Está previsto que las tareas de desminado de Inglaterra comiencen en noviembre en las islas.", ["GBR"]),
]


@pytest.mark.parametrize(("text", "owners"), SPANISH_REPORTED, ids=["y-que", "previsto"])
def test_a_second_reported_future_and_what_is_planned_to_begin_are_pledges(text, owners):
    assert proposed("es", "news", text) == [("commitment", owners)]


def test_states_that_intend_to_leave_make_no_pledge_but_one_that_does_not_intend_to_leave_does():
    leaving = "Estonia, Latvia and Lithuania have announced that they intend to leave, citing security concerns."
    assert proposed("en", "news", leaving) == []
    staying = "Norway does not intend to withdraw from the Mine Ban Treaty, its foreign minister said."
    [(kind, _owners)] = proposed("en", "news", staying)
    assert kind == "commitment"
