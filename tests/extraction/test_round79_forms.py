"""Forms read in context (issue 22, round 79), in English, French and Spanish. The sentences were written for these
tests (never taken from an evaluation set)."""

import pytest

from tests.extraction.proposing import case_ids, proposed, proposed_by_position

pytestmark = pytest.mark.django_db


# Two pledges in one sentence, the second in a clause of its own after "while": both givers own it (and the States
# helped are named).
TWO_GIVERS_CONTRASTED = [
    (
        "en",
        "Japan will fund the clearance of 200 hectares in Angola, while Norway will provide US$3 million for victim "
        "assistance in Colombia.",
    ),
    (
        "fr",
        "Le Japon financera le déminage de 200 hectares en Angola, tandis que la Norvège fournira 3 millions de "
        "dollars pour l'assistance aux victimes en Colombie.",
    ),
    (
        "es",
        "Japón financiará la limpieza de 200 hectáreas en Angola, mientras que Noruega aportará 3 millones de dólares "
        "para la asistencia a víctimas en Colombia.",
    ),
]


@pytest.mark.parametrize(("language", "text"), TWO_GIVERS_CONTRASTED, ids=case_ids(TWO_GIVERS_CONTRASTED))
def test_a_second_giver_after_while_pledges_too(language, text):
    [(kind, owners)] = proposed(language, "news", text)
    assert kind in ("commitment", "offer")
    assert {"JPN", "NOR"} <= set(owners)


def test_a_contrast_with_nothing_pledged_after_it_adds_no_one():
    text = "Japan will fund the clearance of 200 hectares in Angola, while Norway has already cleared its land."
    [(_kind, owners)] = proposed("en", "news", text)
    assert "NOR" not in owners


# "Nous sommes désormais engagés à": an adverb of time between the verb and the pledge.
def test_an_adverb_of_time_inside_a_french_pledge():
    text = "Nous sommes désormais engagés à détruire nos stocks de mines antipersonnel d'ici 2027."
    assert proposed("fr", "statement", text, title="Déclaration du Burkina Faso") == [("commitment", ["BFA"])]


# The items of a list of new deadlines may name their State with its article ("l'Afghanistan, jusqu'au ...").
def test_items_of_new_deadlines_with_an_article_are_the_decisions_on_their_states():
    texts = [
        "Les États parties ont accordé des prolongations à huit pays :",
        "l'Afghanistan, jusqu'au 1er mars 2025 ;",
        "l'Argentine, jusqu'au 1er mars 2026.",
    ]
    found = proposed_by_position("fr", "news", texts)
    assert (found[2], found[3]) == ([("conclusion", ["AFG"])], [("conclusion", ["ARG"])])


# A donor's sum given for a purpose in the lead ("has provided nearly $1.8 million to promote ... clearance") is the
# news of a grant, and the State the story is about is helped; a total given since a year is history.
def test_a_sum_provided_for_a_purpose_is_a_grant_to_the_storys_state():
    texts = [
        "The Japanese government has provided nearly $1.8 million to promote community development through the "
        "clearance of landmines under its grant programme for NGO projects.",
        "The projects will clear 250 hectares in Battambang, where Cambodia still records casualties every month.",
    ]
    found = proposed_by_position("en", "news", texts, title="Japan funds two demining projects")
    assert found[1] == [("commitment", ["JPN", "KHM"])]


def test_a_total_given_since_a_year_is_history():
    text = "Japan has provided more than $20 million to mine action since 1999."
    assert proposed("en", "news", text) == []


def test_clearing_cluster_munitions_and_unexploded_ordnance_is_mine_action():
    text = (
        "The Japanese government has provided nearly $1.8 million to promote the clearance of cluster munitions and "
        "unexploded ordnance (UXO) in Cambodia."
    )
    assert proposed("en", "news", text) == [("commitment", ["JPN", "KHM"])]


# Warring parties are not the States Parties.
@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "The national authority is calling on all parties involved in the ongoing conflict to stop using mines.",
        ),
        (
            "fr",
            "L'autorité nationale appelle toutes les parties impliquées dans le conflit à cesser d'utiliser des mines.",
        ),
        ("es", "La autoridad nacional pide a todas las partes involucradas en el conflicto dejar de usar minas."),
    ],
    ids=["en", "fr", "es"],
)
def test_parties_to_a_conflict_are_not_the_states_parties(language, text):
    for _kind, owners in proposed(language, "news", text, title="South Sudan"):
        assert "states-parties" not in owners


# A plan with its date, told by an official: the State's pledge.
PLANS_WITH_A_DATE = [
    ("en", "Afghanistan", "The minister said they have a plan to clear the remaining areas by 2030.", "AFG"),
    (
        "fr",
        "Le Tchad et les mines",
        "Le ministre a indiqué qu'ils ont un plan pour déminer les zones restantes d'ici 2030.",
        "TCD",
    ),
    (
        "es",
        "Perú y las minas",
        "El director dijo que tienen un plan para limpiar las zonas restantes antes de 2030.",
        "PER",
    ),
]


@pytest.mark.parametrize(("language", "title", "text", "state"), PLANS_WITH_A_DATE, ids=case_ids(PLANS_WITH_A_DATE))
def test_a_plan_with_its_date_is_a_pledge(language, title, text, state):
    assert proposed(language, "news", text, title=title) == [("commitment", [state])]


# More help asked in a participle ("..., calling for more international support"), or asked of leaders named.
HELP_ASKED_IN_PASSING = [
    (
        "en",
        "Yemen",
        "The head of the national programme described the challenge, while calling for more international support.",
    ),
    (
        "fr",
        "Le Tchad et les mines",
        "Le coordonnateur a présenté les défis du déminage au Tchad, appelant à davantage de soutien international.",
    ),
    (
        "es",
        "Perú y las minas",
        "El director describió los desafíos del desminado en el Perú, pidiendo más apoyo internacional.",
    ),
]


@pytest.mark.parametrize(("language", "title", "text"), HELP_ASKED_IN_PASSING, ids=case_ids(HELP_ASKED_IN_PASSING))
def test_help_asked_in_a_participle_is_a_call(language, title, text):
    [(kind, owners)] = proposed(language, "news", text, title=title)
    assert kind == "call" and "states-parties-in-a-position" in owners


def test_help_asked_of_leaders_named_is_a_call_on_them():
    text = "The Prime Minister had asked the leaders of Australia, Japan and the EU Council for continued support."
    [(kind, owners)] = proposed("en", "news", text)
    assert kind == "call" and {"AUS", "JPN", "EU"} <= set(owners)


def test_what_a_speaker_expects_of_an_organisation_is_a_call():
    text = "“We do expect that the ICRC, together with its partners, will intensify its efforts,” the minister said."
    assert [kind for kind, _owners in proposed("en", "statement", text, title="Statement of Ukraine")] == ["call"]


# Logistics of a ceremony: who will preside or attend pledges nothing.
CEREMONY_LOGISTICS = [
    ("en", "The foreign minister will preside over a land handover ceremony in Ziguinchor on Friday."),
    ("fr", "La ministre va présider vendredi prochain à Bissine une cérémonie de restitution de terres déminées."),
    ("fr", "L'ambassadeur des États-Unis et une délégation de l'Union européenne vont y participer."),
    ("es", "La ministra presidirá el viernes una ceremonia de entrega de tierras desminadas en Nariño."),
]


@pytest.mark.parametrize(("language", "text"), CEREMONY_LOGISTICS, ids=case_ids(CEREMONY_LOGISTICS))
def test_presiding_or_attending_a_ceremony_is_logistics(language, text):
    assert proposed(language, "news", text) == []


# A goal quoted after "el propósito de su gobierno es".
def test_a_quoted_goal_of_a_government_is_a_pledge():
    text = (
        "Santos indicó que el propósito de su gobierno es «limpiar 21 millones de metros cuadrados de los 52 millones "
        "que tenemos contaminados en el territorio de Colombia»."
    )
    assert proposed("es", "news", text, title="Santos declara dos municipios de Colombia libres de minas") == [
        ("commitment", ["COL"])
    ]


# A refusal told ("has not yet agreed to join") pledges nothing, even after a scene set with "While".
def test_not_yet_agreed_is_no_pledge():
    text = (
        "While 156 countries have signed on, the United States is one of a few states that has not yet agreed to join "
        "the ban on the production, use, sale, and stockpiling of mines."
    )
    assert proposed("en", "news", text) == []


def test_joining_the_voices_calling_on_others_is_a_call():
    text = "He stated that Botswana joins the voices of the many calling on those States that have not joined to do so."
    assert proposed("en", "news", text) == [("call", ["BWA"])]


# "they" after the group its own sentence names as the sayer is that group, not a State named before.
def test_they_after_a_group_named_as_the_sayer_is_that_group():
    texts = [
        "Botswana attended the summit.",
        "In their declaration, the signatory member states said they are inspired by their achievements, they will "
        "strengthen their efforts to overcome the remaining challenges.",
    ]
    assert proposed_by_position("en", "news", texts)[2] == [("commitment", ["states-parties"])]


def test_the_american_spelling_of_undp_is_undp():
    text = (
        "Yemen and the United Nations Development Program signed an agreement to fund the survey, which will "
        "cost $4.3 million."
    )
    [(_kind, owners)] = proposed("en", "news", text)
    assert "UNDP" in owners


# A gift welcomed by the one who receives it: the giver's pledge (named after "of", behind its ministry).
WELCOMED_GIFTS = [
    (
        "en",
        "The United Nations Development Programme welcomes the generous US$7.5 million contribution of the Ministry of "
        "Foreign Affairs of the Netherlands to support emergency mine action in Yemen.",
    ),
    ("fr", "Le PNUD salue la généreuse contribution de 7,5 millions de dollars des Pays-Bas au déminage au Yémen."),
    (
        "es",
        "El PNUD celebra la generosa contribución de 7,5 millones de dólares de los Países Bajos al desminado en "
        "Yemen.",
    ),
]


@pytest.mark.parametrize(("language", "text"), WELCOMED_GIFTS, ids=case_ids(WELCOMED_GIFTS))
def test_a_gift_welcomed_is_the_givers_pledge(language, text):
    [(kind, owners)] = proposed(language, "press_release", text)
    assert kind == "commitment" and {"NLD", "YEM"} <= set(owners)


# A national plan launched for a period or a goal, a strategy agreed, a goal "in a bid to": the State's pledge.
PLANS_LAUNCHED = [
    (
        "en",
        "Iraq",
        "The Ministry started the National Strategic Plan for Mine Action for the years 2026 to 2030.",
        "IRQ",
    ),
    (
        "en",
        "Iraq",
        "Iraq's Ministries of Planning and Environment have reached an agreement on a strategy to declare Iraq free "
        "of landmines by 2030.",
        "IRQ",
    ),
    (
        "en",
        "Cambodia",
        "Cambodia needs the funds to clear 2,000 square kilometres, in a bid to make Cambodia mine-free by 2030.",
        "KHM",
    ),
    ("fr", "Le Tchad", "Le ministère a lancé le plan stratégique national de déminage 2026-2030.", "TCD"),
    ("es", "Perú", "El ministerio puso en marcha el plan nacional de desminado 2026-2030.", "PER"),
]


@pytest.mark.parametrize(("language", "title", "text", "state"), PLANS_LAUNCHED, ids=case_ids(PLANS_LAUNCHED))
def test_a_plan_launched_for_a_period_is_the_states_pledge(language, title, text, state):
    assert proposed(language, "news", text, title=title) == [("commitment", [state])]


def test_a_meeting_adopting_a_plan_stays_its_conclusion():
    text = "La Conférence a adopté le Plan d'action de Siem Reap-Angkor pour la période 2025-2029."
    assert [kind for kind, _owners in proposed("fr", "report", text)] != ["commitment"]


# A grant contract signed by a donor's envoy: the donor's pledge.
GRANTS_SIGNED = [
    ("en", "The Ambassador of Japan signed the grant contract for the survey and clearance project in Equateur."),
    ("fr", "L'ambassadeur du Japon a signé le contrat de don relatif au projet de déminage dans la province."),
    ("es", "El embajador de Japón firmó el contrato de donación para el proyecto de desminado en la región."),
]


@pytest.mark.parametrize(("language", "text"), GRANTS_SIGNED, ids=case_ids(GRANTS_SIGNED))
def test_a_grant_contract_signed_is_the_donors_pledge(language, text):
    [(kind, owners)] = proposed(language, "news", text)
    assert kind == "commitment" and "JPN" in owners


# The story's State acts through its authorities or clearance teams.
def test_clearance_teams_act_for_the_storys_state():
    texts = [
        "Thousands of landmines will be cleared from Mozambique's border areas in a new phase of work.",
        "Expert teams will clear 46 minefields over the next two years, as Mozambique works towards completion.",
    ]
    assert proposed_by_position("en", "news", texts, title="Mozambique to clear its last minefields")[2] == [
        ("commitment", ["MOZ"])
    ]


# What a draft resolution or a statement asks, as a UN summary tells it: a call.
TEXTS_THAT_ASK = [
    ("en", "By other terms of the text, the Assembly would request that all States support mine action."),
    ("en", "The Human Rights Council invites countries to exchange experience in the field of mine clearance."),
    ("en", "The statement also calls the UN and other states to support the countries affected by mines."),
    (
        "fr",
        "Le représentant a indiqué que ce texte demande, en outre, aux États Membres de respecter leurs obligations.",
    ),
    ("es", "Si el texto se adopta, la Asamblea instaría a todos los Estados a apoyar la acción contra las minas."),
]


@pytest.mark.parametrize(("language", "text"), TEXTS_THAT_ASK, ids=case_ids(TEXTS_THAT_ASK))
def test_what_a_text_asks_is_a_call(language, text):
    assert [kind for kind, _owners in proposed(language, "news", text)] == ["call"]


# Help asked for a State: the State whose office asks it, the State the help would enable or free, and the State
# whose friends are asked, are helped; governments asked to provide support are those in a position to.
HELP_FOR_A_STATE = [
    (
        "en",
        "Amin Aqili, head of Yemen's National Mine Action Program, described the challenge, while calling for more "
        "international support.",
        ["YEM", "states-parties-in-a-position"],
    ),
    (
        "en",
        "“We appeal for continued support to enable the government of Afghanistan to fulfil its duties by 2030,” said "
        "an official.",
        ["AFG", "states-parties-in-a-position"],
    ),
    (
        "en",
        "The Minister called for more international support to aid clearance in a bid to announce Iraq a "
        "decontaminated country by 2030.",
        ["IRQ", "states-parties-in-a-position"],
    ),
    (
        "fr",
        "Il a invité les pays amis du Sénégal à venir soutenir ce déminage humanitaire.",
        ["SEN", "states-parties-in-a-position"],
    ),
    (
        "en",
        "The Secretary-General urged governments to provide political and financial support to mine action.",
        ["states-parties-in-a-position"],
    ),
]


@pytest.mark.parametrize(("language", "text", "owners"), HELP_FOR_A_STATE, ids=case_ids(HELP_FOR_A_STATE))
def test_help_asked_for_a_state_helps_it(language, text, owners):
    assert proposed(language, "news", text) == [("call", owners)]


def test_a_donor_that_calls_for_help_to_another_state_is_not_helped():
    assert proposed("en", "news", "Norway called on donors to support demining in Angola.") == [
        ("call", ["AGO", "states-parties-in-a-position"])
    ]


# A person named in full with the State's adjective, then by the surname alone: that State's pledge.
def test_a_surname_named_in_full_before_speaks_for_its_state():
    texts = [
        "Kenyan President Mwai Kibaki opened the summit in Nairobi.",
        "Kibaki pledged to clear all minefields by 2030.",
    ]
    assert proposed_by_position("en", "news", texts)[2] == [("commitment", ["KEN"])]


def test_the_un_head_named_in_full_before_speaks_for_the_un():
    texts = [
        "Ban Ki-moon, the secretary-general of the U.N., spoke on Monday.",
        "Ban pledged that the organisation will keep supporting clearance in Yemen.",
    ]
    [(kind, owners)] = proposed_by_position("en", "news", texts)[2]
    assert kind == "commitment" and "UN" in owners


# What the treaty aims at, and a goal agreed years before, told: no one's pledge.
TOLD_NOT_PLEDGED = [
    ("en", "Canada is also responsible for the 1997 Ottawa Treaty that aimed at eliminating landmines worldwide."),
    (
        "en",
        "We celebrate progress, including against the 2025 deadline for completion of clearance, agreed to in 2014.",
    ),
    ("fr", "Le Canada est à l'origine du traité de 1997 qui visait à éliminer les mines antipersonnel."),
    ("es", "Canadá impulsó el tratado de 1997 que busca eliminar las minas antipersonal en todo el mundo."),
]


@pytest.mark.parametrize(("language", "text"), TOLD_NOT_PLEDGED, ids=case_ids(TOLD_NOT_PLEDGED))
def test_a_treatys_aim_or_a_goal_agreed_before_is_told(language, text):
    assert proposed(language, "news", text) == []


def test_a_confederation_that_commits_itself_so_that_pledges():
    text = "La Confédération s'engage pour que la Convention soit signée et respectée par tous les États."
    assert proposed("fr", "web_page", text, title="Engagement de la Suisse") == [("commitment", ["CHE"])]


# Cooperation offered in a participle clause: an offer.
OFFERING_COOPERATION = [
    (
        "en",
        "Chile took the necessary measures at once, promptly offering its cooperation to the authorities concerned.",
    ),
    ("fr", "Le Chili a pris les mesures nécessaires, offrant rapidement sa coopération aux autorités concernées."),
    (
        "es",
        "Chile dispuso las medidas necesarias, ofreciendo prontamente su cooperación a las autoridades concernidas.",
    ),
]


@pytest.mark.parametrize(("language", "text"), OFFERING_COOPERATION, ids=case_ids(OFFERING_COOPERATION))
def test_cooperation_offered_in_a_participle_is_an_offer(language, text):
    assert proposed(language, "news", text) == [("offer", ["CHL"])]


def test_a_sum_to_be_received_thanks_to_a_donor_is_its_pledge():
    text = (
        "La Oficina informó que gracias al apoyo del Gobierno suizo, el programa de Colombia recibirá el apoyo "
        "presupuestal de 4 millones de francos suizos."
    )
    [(kind, owners)] = proposed("es", "news", text)
    assert kind == "commitment" and "CHE" in owners


# A list of grants announced, each item a sum and who receives it: the donor's pledge, with the State helped (an
# operator named by a State's adjective is no State).
def test_items_of_a_list_of_grants_are_the_donors_pledges():
    texts = [
        "The United States has launched another effort to strengthen post-conflict recovery.",
        "These grants, described below, augment the Department's budget for humanitarian mine action.",
        "- $199,914 to Norwegian Peoples Aid to survey mined areas in Cambodia.",
        "- $199,897 to the Demining Agency for Afghanistan to train 120 former deminers in Afghanistan.",
    ]
    found = proposed_by_position("en", "press_release", texts, title="New grants to deal with landmines")
    assert (found[3], found[4]) == ([("commitment", ["KHM", "USA"])], [("commitment", ["AFG", "USA"])])


# Told, not pledged or asked: a resolution supported whose call is reported, what one wanted to show, a speech's
# formula, a meeting to be held.
TOLD_NOT_ASKED = [
    ("fr", "Le pays a soutenu la résolution 56/24M de l'Assemblée générale, invitant à l'universalisation du Traité."),
    ("en", "The country supported UNGA resolution 56/24M, calling for the universalization of the treaty."),
    ("es", "El país apoyó la resolución 56/24M de la Asamblea General, que invita a la universalización del tratado."),
    ("es", 'La embajadora declaró que "quisimos mostrarles a las delegaciones cómo hacemos el trabajo en el terreno".'),
    ("es", "Queremos resaltar el proceso de consultas realizado bajo la coordinación del servicio de las minas."),
    (
        "es",
        "La noticia coincide con el encuentro que mantendrán el viernes en Trujillo los presidentes de ambos países.",
    ),
    ("en", "The news comes before the meeting that the two presidents will hold on Friday in the border city."),
]


@pytest.mark.parametrize(("language", "text"), TOLD_NOT_ASKED, ids=case_ids(TOLD_NOT_ASKED))
def test_what_is_told_asks_and_pledges_nothing(language, text):
    assert proposed(language, "news", text, title="Chile y Perú") == []


# History since a year, and a page telling what each party "is to" do under the treaty: no one's act.
HISTORY_AND_TERMS = [
    ("en", "Since 1999, more than 150 countries have agreed to ban the use of mines targeted at individuals."),
    ("fr", "Depuis 1999, plus de 150 pays ont accepté d'interdire l'emploi des mines antipersonnel."),
    ("es", "Desde 1999, más de 150 países han acordado prohibir el uso de las minas antipersonal."),
    ("en", "Annually and no later than 30 April, each State Party is to update information on the previous year."),
]


@pytest.mark.parametrize(("language", "text"), HISTORY_AND_TERMS, ids=case_ids(HISTORY_AND_TERMS))
def test_history_since_a_year_and_the_treatys_terms_are_told(language, text):
    assert proposed(language, "web_page", text) == []


# Cooperation offered with a State helps it; a call recalled from a past report is told.
COOPERATION_WITH_A_STATE = [
    ("en", "Chile took the measures at once, offering its cooperation and exchange of information with Peru."),
    ("fr", "Le Chili a pris les mesures, offrant sa coopération et l'échange d'informations avec le Pérou."),
    ("es", "Chile dispuso las medidas, ofreciendo su cooperación e intercambio de información con el Perú."),
]


@pytest.mark.parametrize(("language", "text"), COOPERATION_WITH_A_STATE, ids=case_ids(COOPERATION_WITH_A_STATE))
def test_cooperation_offered_with_a_state_helps_it(language, text):
    assert proposed(language, "news", text) == [("offer", ["CHL", "PER"])]


RECALLED_CALLS = [
    ("en", "She recalled that in her last report on Colombia, the High Commissioner urged the armed groups to stop."),
    ("fr", "Elle a rappelé que dans son dernier rapport, la Haute-Commissaire exhortait les groupes armés à cesser."),
    ("es", "Recordó que en su último informe sobre Colombia, la Alta Comisionada instó a los grupos armados a cesar."),
]


@pytest.mark.parametrize(("language", "text"), RECALLED_CALLS, ids=case_ids(RECALLED_CALLS))
def test_a_call_recalled_from_a_past_report_is_told(language, text):
    assert proposed(language, "news", text) == []


# "The embassy" named as the Embassy of a State before acts for that State; a plan that asks for support asks it
# for its State.
def test_the_embassy_named_before_acts_for_its_state():
    texts = [
        "The Embassy of Japan signed a grant agreement with two local companies.",
        "The embassy will provide over $1 million to the companies to fund the project.",
    ]
    [(kind, owners)] = proposed_by_position("en", "news", texts, title="Grant signed")[2]
    assert kind == "commitment" and "JPN" in owners


PLANS_THAT_ASK = [
    (
        "en",
        "The Government of Somalia launched its plan.",
        "The plan requests international support to clear the roads.",
    ),
    (
        "fr",
        "Le gouvernement du Tchad a lancé son plan.",
        "Le plan sollicite l'appui international pour dépolluer les routes.",
    ),
    ("es", "El Gobierno del Perú lanzó su plan.", "El plan solicita apoyo internacional para desminar la frontera."),
]


@pytest.mark.parametrize(("language", "before", "text"), PLANS_THAT_ASK, ids=case_ids(PLANS_THAT_ASK))
def test_a_plan_that_asks_for_support_asks_it_for_its_state(language, before, text):
    [(kind, owners)] = proposed_by_position(language, "news", [before, text])[2]
    assert kind == "call" and "states-parties-in-a-position" in owners and len(owners) == 2


def test_a_call_said_at_the_opening_of_a_meeting_asks_the_states_parties():
    text = "La Suisse a appelé à l'ouverture de la réunion à adopter des financements pour l'Unité d'appui."
    assert proposed("fr", "news", text) == [("call", ["states-parties"])]
