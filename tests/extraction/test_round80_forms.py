"""Forms read in context (issue 22, round 80), in English, French and Spanish. The sentences were written for these
tests (never taken from an evaluation set)."""

import pytest

from tests.extraction.proposing import case_ids, proposed, proposed_by_position

pytestmark = pytest.mark.django_db


# What is reported decides, not the report: "It was announced that X will", "said, however, that X will".
REPORTED_PLEDGES = [
    ("en", "In Belgrade, it was announced that Serbia will submit a new extension request by June 2027.", "SRB"),
    ("en", "The director said, however, that Angola will request a further extension of its deadline.", "AGO"),
    (
        "en",
        "Officials informed, thus, that Chad, in cooperation with its partners, will request a new extension period.",
        "TCD",
    ),
]


@pytest.mark.parametrize(("language", "text", "state"), REPORTED_PLEDGES, ids=case_ids(REPORTED_PLEDGES))
def test_a_pledge_reported_impersonally_or_past_an_adverb_is_the_states(language, text, state):
    assert proposed(language, "news", text) == [("commitment", [state])]


def test_a_deadline_missed_with_an_extension_to_be_requested_is_a_pledge():
    text = (
        "As Serbia will not be able to meet its deadline of 2028, the ministry announced that Serbia will submit a "
        "new extension request in March."
    )
    assert proposed("en", "news", text) == [("commitment", ["SRB"])]


def test_a_deadline_that_will_not_be_met_is_still_no_pledge():
    assert proposed("en", "news", "Ukraine will not be able to meet its deadline to destroy its stockpile.") == []


def test_deminers_called_in_are_not_called_on():
    text = "After the floods, the UN called in experienced Cambodian deminers to survey the buffer zone in Cyprus."
    assert proposed("en", "news", text) == []


def test_a_call_made_in_a_statement_is_still_a_call():
    text = "The minister called in a statement on all States to join the Convention without delay."
    [(kind, _owners)] = proposed("en", "news", text)
    assert kind == "call"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Once the fighting stops, Croatia will face a long task of clearing its fields."),
        ("fr", "Une fois les combats terminés, l'Ukraine affrontera une longue tâche de déminage."),
        ("es", "Cuando termine la guerra, Ucrania enfrentará una larga tarea de desminado."),
    ],
    ids=["en", "fr", "es"],
)
def test_a_task_a_state_will_face_is_a_forecast(language, text):
    assert proposed(language, "news", text) == []


# A UN summary whose next sentence opens on a participle: what the resolution urges.
PARTICIPLE_SENTENCES = [
    (
        "en",
        "The Assembly adopted the resolution on assistance in mine action without a vote. Urging Member States to "
        "continue their support for mine clearance and victim assistance.",
    ),
    (
        "fr",
        "L'Assemblée a adopté sans vote la résolution sur l'assistance à la lutte antimines. Exhortant les États "
        "Membres à poursuivre leur appui au déminage et à l'assistance aux victimes.",
    ),
    (
        "es",
        "La Asamblea aprobó sin votación la resolución sobre asistencia para la remoción de minas. Instando a los "
        "Estados Miembros a continuar su apoyo al desminado y a la asistencia a las víctimas.",
    ),
]


@pytest.mark.parametrize(("language", "text"), PARTICIPLE_SENTENCES, ids=case_ids(PARTICIPLE_SENTENCES))
def test_a_sentence_opening_on_an_urging_participle_is_a_call(language, text):
    [(kind, owners)] = proposed(language, "news", text)
    assert kind == "call" and owners == ["states-parties"]


def test_a_sum_released_in_rupees_is_a_grant_to_its_state():
    text = "The Australian Government has released Rs. 300 million to Sri Lanka for demining in the Northern Province."
    assert proposed("en", "news", text) == [("commitment", ["AUS", "LKA"])]


def test_a_sum_allocated_after_an_adverb_is_a_french_grant():
    text = "Le gouvernement français a ainsi alloué 400 000 euros à la dépollution des zones libérées en Irak."
    assert proposed("fr", "news", text) == [("commitment", ["FRA", "IRQ"])]


def test_a_capital_before_a_relative_clause_is_its_government():
    text = (
        "Berne, qui a publié en mars sa stratégie pour la coopération, débloquera 5 millions de francs pour le "
        "déminage en Ukraine."
    )
    assert proposed("fr", "news", text) == [("commitment", ["CHE", "UKR"])]


def test_all_states_after_as_well_as_are_addressed_too():
    text = "Nous appelons le Soudan, ainsi que tous les États, à cesser d'employer des mines antipersonnel."
    [(kind, owners)] = proposed("fr", "statement", text, title="Déclaration d'une organisation")
    assert kind == "call" and {"SDN", "states-parties"} <= set(owners)


def test_the_foreign_office_is_the_united_kingdom():
    text = "El Foreign Office anunció que financiará un nuevo estudio sobre las minas de las islas."
    assert proposed("es", "news", text) == [("commitment", ["GBR"])]


WELCOMED_DECISIONS = [
    (
        "en",
        "The Peruvian minister welcomed the decision taken by the Chilean government to clear its border minefields.",
    ),
    ("fr", "Le ministre péruvien a salué la décision prise par le gouvernement chilien de déminer sa frontière."),
    (
        "es",
        "El canciller peruano recibió con agrado la decisión adoptada por el gobierno chileno de desminar la frontera.",
    ),
]


@pytest.mark.parametrize(("language", "text"), WELCOMED_DECISIONS, ids=case_ids(WELCOMED_DECISIONS))
def test_a_decision_welcomed_is_the_pledge_of_who_decided(language, text):
    assert proposed(language, "news", text) == [("commitment", ["CHL"])]


INTERESTED_IN_HELPING = [
    ("en", "London said the United Kingdom is interested in carrying out joint clearance work with Argentina."),
    ("fr", "Londres a indiqué que le Royaume-Uni est intéressé à réaliser des travaux de déminage avec l'Argentine."),
    (
        "es",
        'Londres dijo que el Reino Unido "está interesado" en realizar tareas conjuntas de desminado con la Argentina.',
    ),
]


@pytest.mark.parametrize(("language", "text"), INTERESTED_IN_HELPING, ids=case_ids(INTERESTED_IN_HELPING))
def test_an_interest_in_working_with_a_state_is_an_offer(language, text):
    [(kind, owners)] = proposed(language, "news", text)
    assert kind == "offer" and "GBR" in owners


def test_grants_received_are_the_donors_with_the_state_helped():
    text = "On Monday, Laos formalized the receipt of two new grants totaling $8.2 million from Japan for clearance."
    [(kind, owners)] = proposed("en", "news", text)
    assert kind == "commitment" and "JPN" in owners


def test_a_state_receiving_funds_is_helped():
    text = "Cambodia formalized the receipt of two grants totaling $5.5 million from Japan to clear its minefields."
    assert proposed("en", "news", text) == [("commitment", ["JPN", "KHM"])]


def test_the_japanese_side_is_japan():
    text = "The minister encouraged the Japanese side to continue to expand cooperation in the field of demining."
    [(kind, owners)] = proposed("en", "news", text)
    assert kind == "call" and "JPN" in owners


def test_both_governments_reported_as_committed_are_the_pair_named_before():
    texts = [
        "Thailand and Cambodia held talks on their border on Monday.",
        "A press release said both governments were committed to a joint effort to clear all mines on the border.",
    ]
    assert proposed("en", "news", *texts) == [("commitment", ["KHM", "THA"])]


def test_an_agreement_that_commits_both_countries_is_the_pairs_pledge():
    texts = [
        "Peru and Ecuador signed a border agreement in Lima, witnessed by Chile and Brazil.",
        "The agreement commits both countries to the start of joint demining operations next year.",
    ]
    assert proposed("en", "news", *texts) == [("commitment", ["ECU", "PER"])]


def test_a_sum_committed_in_french_is_no_call():
    text = "De 2015 à 2019, l'UE a engagé 500 millions d'euros pour la lutte contre les mines en Colombie et au Tchad."
    assert all(kind != "call" for kind, _owners in proposed("fr", "news", text))


# A completion announced with a phrase set off by commas before "that" ("announced, on Monday, that").
COMPLETION_ANNOUNCED = [
    ("en", "Iraq announced, on Monday, that its territory would be cleared of mines by 2030."),
    ("fr", "L'Irak a annoncé, ce lundi, que son territoire serait nettoyé des mines à l'horizon 2030."),
    ("es", "Irak anunció, este lunes, que su territorio estará completamente desminado en 2030."),
]


@pytest.mark.parametrize(("language", "text"), COMPLETION_ANNOUNCED, ids=case_ids(COMPLETION_ANNOUNCED))
def test_a_completion_announced_past_a_phrase_set_off_is_a_pledge(language, text):
    assert proposed(language, "news", text) == [("commitment", ["IRQ"])]


GOALS_SET = [
    ("fr", "Le gouvernement malien a annoncé avoir mis au point une nouvelle stratégie pour déminer le nord.", "MLI"),
    ("fr", "Le gouvernement tchadien s’est fixé comme priorité de déminer la moitié du Tibesti d’ici cinq ans.", "TCD"),
    ("es", "El gobierno colombiano se fijó como prioridad desminar la mitad de los municipios en cinco años.", "COL"),
    ("en", "Mozambique's programme is to clear by 2027 a total of 120 mined areas in the centre.", "MOZ"),
]


@pytest.mark.parametrize(("language", "text", "state"), GOALS_SET, ids=case_ids(GOALS_SET))
def test_a_strategy_drawn_up_or_a_priority_set_is_a_pledge(language, text, state):
    assert proposed(language, "news", text) == [("commitment", [state])]


# An agreement signed "between" or "by" parties named after the verb: those parties sign it.
SIGNED_BETWEEN = [
    (
        "fr",
        "Un protocole d'accord sur le déminage a été signé lundi à Niamey entre le gouvernement du Niger et une ONG.",
        ["NER"],
    ),
    (
        "es",
        "Un convenio de desminado fue firmado ayer entre el Ministerio de Defensa del Perú y la OEA.",
        ["OAS", "PER"],
    ),
    (
        "en",
        "A memorandum on demining was signed on Monday between the Government of Angola and the European Union.",
        ["AGO", "EU"],
    ),
]


@pytest.mark.parametrize(("language", "text", "owners"), SIGNED_BETWEEN, ids=case_ids(SIGNED_BETWEEN))
def test_an_agreement_signed_between_parties_is_their_commitment(language, text, owners):
    assert proposed(language, "news", text) == [("commitment", owners)]


def test_an_agreement_concluded_by_a_minister_named_by_his_adjective():
    text = "Cette convention a été conclue par le ministre nigérien du Plan et l'ambassadeur de l'Union européenne."
    assert proposed("fr", "news", text) == [("commitment", ["EU", "NER"])]


def test_signing_details_after_the_story_are_no_second_pledge():
    texts = [
        "Japan will give $2 million to the Cambodian Mine Action Centre for clearance in Battambang.",
        "The agreement was signed by the director of the centre and the ambassador at a ceremony in Phnom Penh.",
    ]
    found = proposed_by_position("en", "news", texts)
    assert 2 not in found


def test_a_government_announced_as_going_to_lift_mines_pledges():
    text = "Nicosia, May 3 -- The spokesman announced here today that the government would proceed to lift all mines."
    assert proposed("en", "news", text, title="Cyprus to clear its minefields") == [("commitment", ["CYP"])]


def test_an_agency_appealing_for_a_sum_asks_those_able_to_help_for_the_state():
    text = "The World Food Programme is appealing for $40 million to clear mines from the roads of South Sudan."
    assert proposed("en", "news", text) == [("call", ["SSD", "states-parties-in-a-position"])]


def test_a_sum_a_donor_has_given_is_a_grant():
    text = "The Swiss Agency for Development and Cooperation has given US$ 2 million for mine clearance in Angola."
    assert proposed("en", "news", text) == [("commitment", ["AGO", "CHE"])]


def test_a_sum_a_state_was_given_is_not_its_gift():
    assert proposed("en", "news", "Cambodia was given US$ 3 million by the donors last year.") == []


ANNOUNCED_PARTNERSHIPS = [
    ("en", "UNDP and the Kingdom of Norway announce a new partnership, with a contribution of $5 million for Iraq."),
    ("fr", "Le PNUD et la Norvège annoncent un nouveau partenariat, avec une contribution de 5 millions de dollars."),
    ("es", "El PNUD y Noruega anuncian una nueva alianza, con una contribución de 5 millones de dólares para Irak."),
]


@pytest.mark.parametrize(("language", "text"), ANNOUNCED_PARTNERSHIPS, ids=case_ids(ANNOUNCED_PARTNERSHIPS))
def test_a_partnership_announced_with_a_sum_is_a_pledge(language, text):
    [(kind, owners)] = proposed(language, "news", text)
    assert kind == "commitment" and {"NOR", "UNDP"} <= set(owners)


def test_a_sum_to_be_spent_in_the_passive_is_the_storys_pledge():
    texts = [
        "El Gobierno de Colombia presentó su nuevo plan de desminado para 40 municipios.",
        "Serán destinados 200 mil millones de pesos en la primera fase del plan.",
    ]
    [(kind, _owners)] = proposed("es", "news", *texts)
    assert kind == "commitment"


def test_the_military_agreeing_to_clear_mines_pledge():
    texts = [
        "Tailandia y Camboya firmaron un alto el fuego en la frontera.",
        "Asimismo, los militares acordaron trabajar de forma conjunta para retirar minas antipersona.",
    ]
    [(kind, owners)] = proposed("es", "news", *texts)
    assert kind == "commitment" and owners


def test_donor_agencies_are_those_in_a_position_to_help():
    text = "The minister appealed to donor agencies to consider increasing their funding for demining in Angola."
    [(kind, owners)] = proposed("en", "news", text)
    assert kind == "call" and "states-parties-in-a-position" in owners


def test_a_need_for_the_government_and_partners_to_act_calls_on_both():
    texts = [
        "Angola marked the International Day for Mine Awareness in Luanda.",
        "There is still a need for the government and international partners to double their efforts on demining.",
    ]
    assert proposed("en", "news", *texts) == [("call", ["AGO", "states-parties-in-a-position"])]


def test_a_pact_signed_is_an_agreement():
    text = "Peru and the European Union on Monday signed a pact on demining four regions of the Peruvian highlands."
    [(kind, owners)] = proposed("en", "news", text)
    assert kind == "commitment" and {"EU", "PER"} <= set(owners)


def test_a_strategy_to_a_year_adopted_is_a_pledge():
    texts = [
        "The Ministry of Defence of Ukraine published its plans for demining.",
        "In particular, a draft National Mine Action Strategy to 2030 has been adopted. It will go to the Cabinet.",
    ]
    [(kind, owners)] = proposed("en", "news", *texts, title="Ukraine's mine action strategy to 2030 adopted")
    assert (kind, owners) == ("commitment", ["UKR"])


def test_a_conference_adopting_its_action_plan_still_decides():
    text = "The Conference adopted the Geneva Action Plan for the period 2030 to 2035."
    [(kind, _owners)] = proposed("en", "report", text)
    assert kind == "conclusion"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Un responsable français de la défense s'est engagé à former des démineurs cambodgiens l'an prochain."),
        ("en", "A senior French official pledged to train Cambodian deminers next year."),
    ],
    ids=["fr", "en"],
)
def test_one_of_a_states_officials_pledges_for_it(language, text):
    assert proposed(language, "news", text) == [("commitment", ["FRA", "KHM"])]


def test_one_country_unnamed_pledges_for_no_one():
    assert proposed("fr", "news", "Un pays s'est engagé à intensifier le déminage de ses frontières.") == []
