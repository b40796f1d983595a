"""Forms read in context (issue 22, round 71), in English, French and Spanish. The sentences were written for these
tests (never taken from an evaluation set)."""

import pytest

from tests.extraction.proposing import case_ids, kinds_and_owners, proposed_by_position

pytestmark = pytest.mark.django_db


# An operator whose name opens with a State's adjective ("Norwegian People's Aid"): the organisation, not the State.
OPERATORS_BY_ADJECTIVE = [
    ("en", "Norwegian People's Aid will train 40 deminers in Angola next year."),
    ("fr", "Norwegian People's Aid formera 40 démineurs en Angola l'an prochain."),
    ("en", "The Danish Refugee Council will clear the last minefields of Angola next year."),
]


@pytest.mark.parametrize(("language", "text"), OPERATORS_BY_ADJECTIVE, ids=case_ids(OPERATORS_BY_ADJECTIVE))
def test_an_operators_name_is_not_its_state(language, text):
    found = kinds_and_owners(proposed_by_position(language, "news", [text]))
    assert all("NOR" not in owners and "DNK" not in owners for kind, owners in found.get(1, []))


def test_the_states_government_named_by_its_adjective_is_still_the_state():
    text = "The Norwegian government will fund 40 deminers in Angola next year."
    assert kinds_and_owners(proposed_by_position("en", "news", [text])) == {1: [("commitment", ["AGO", "NOR"])]}


# What a thing will bring ("La limpieza permitirá", "Ces ressources aideront"), said by a speaker or told by a
# story: a forecast, no one's pledge.
FORECASTS = [
    ("es", "statement", "La limpieza de estas tierras permitirá a las familias volver a cultivar sus campos."),
    ("es", "news", "El nuevo equipo limitará los riesgos para los desminadores de la zona."),
    ("fr", "statement", "Le déminage de ces terres permettra aux familles de retourner cultiver leurs champs."),
    ("fr", "news", "Cette nouvelle technique réduira le temps nécessaire pour dépolluer chaque hectare."),
]


@pytest.mark.parametrize(("language", "genre", "text"), FORECASTS, ids=case_ids(FORECASTS))
def test_what_a_thing_will_bring_is_no_pledge(language, genre, text):
    assert proposed_by_position(language, genre, [text]) == {}


PLEDGES_AFTER_A_FORECAST = [
    ("es", "El desminado de estas tierras permitirá el regreso de las familias, y seguiremos trabajando con ellas."),
    ("fr", "Le déminage de ces terres permettra le retour des familles, et nous continuerons à les accompagner."),
]


@pytest.mark.parametrize(("language", "text"), PLEDGES_AFTER_A_FORECAST, ids=case_ids(PLEDGES_AFTER_A_FORECAST))
def test_a_first_person_after_the_forecast_still_pledges(language, text):
    found = kinds_and_owners(proposed_by_position(language, "statement", [text]))
    assert found[1][0][0] == "commitment"


def test_a_states_future_in_a_statement_still_pledges():
    text = "La France continuera à soutenir le déminage au Cambodge."
    found = kinds_and_owners(proposed_by_position("fr", "statement", [text]))
    assert found[1][0] == ("commitment", ["FRA", "KHM"])


# A sum given on top of an earlier one ("In addition to the funds provided last year, Germany has allocated"): the
# new sum is pledged; what it comes on top of does not make it history.
ON_TOP_OF_EARLIER_FUNDS = [
    (
        "en",
        "In addition to the funds provided last year, Germany has recently allocated EUR 1 million to clear Angola.",
    ),
    (
        "fr",
        "En plus des fonds versés l'an dernier, l'Allemagne a alloué 1 million d'euros au déminage en Angola.",
    ),
]


@pytest.mark.parametrize(("language", "text"), ON_TOP_OF_EARLIER_FUNDS, ids=case_ids(ON_TOP_OF_EARLIER_FUNDS))
def test_a_sum_on_top_of_last_years_is_pledged(language, text):
    found = kinds_and_owners(proposed_by_position(language, "news", [text]))
    assert found[1][0][0] in ("commitment", "offer") and "DEU" in found[1][0][1]


def test_funding_of_a_sum_given_in_the_passive_is_the_donors():
    lead = "Australia announced new funding for mine action."
    text = "Funding of $240,000 will also be given to a survivors' network in Angola."
    found = kinds_and_owners(proposed_by_position("en", "press_release", [lead, text], title="Australia"))
    assert found[2][0][0] == "commitment"


# A place a sentence opens with is where the money goes, not who gives it, when the giver is named.
PLACE_THEN_GIVER = [
    ("en", "In Laos, Australia will provide $480,000 to train local people to clear unexploded ordnance.", ["AUS"]),
    ("en", "In Bosnia, Canada will spend up to $10 million on clearance.", ["BIH", "CAN"]),
    ("es", "En Laos, España aportará 300.000 euros para formar a desminadores locales.", ["ESP"]),
]


@pytest.mark.parametrize(("language", "text", "owners"), PLACE_THEN_GIVER, ids=case_ids(PLACE_THEN_GIVER))
def test_the_place_a_sentence_opens_with_is_not_the_giver(language, text, owners):
    found = kinds_and_owners(proposed_by_position(language, "news", [text]))
    assert found[1][0] == ("commitment", owners)


# What the Convention binds its parties to, described by a story in the present: background.
TREATY_DESCRIBED = [
    ("en", "By signing the treaty, States Parties commit to destroy their stockpiles within four years."),
    ("en", "Participants in this international agreement commit to never use anti-personnel mines."),
    ("es", "Al firmar la convención, los Estados Parte se comprometen a destruir sus existencias en cuatro años."),
    ("fr", "En vertu de la convention, les États parties s'engagent à détruire leurs stocks en quatre ans."),
    ("fr", "Ratifiée par 156 États, la convention exige le déminage des zones minées dans un délai de dix ans."),
    ("es", "La Convención exige la limpieza de las zonas minadas en un plazo de diez años."),
]


@pytest.mark.parametrize(("language", "text"), TREATY_DESCRIBED, ids=case_ids(TREATY_DESCRIBED))
def test_what_the_treaty_requires_told_in_a_story_is_background(language, text):
    assert proposed_by_position(language, "news", [text]) == {}


def test_states_parties_committing_at_a_meeting_still_decide():
    text = "At the meeting, the States Parties agreed to clear all mined areas by 2030."
    assert proposed_by_position("en", "news", [text])


# A meeting that closes on its participants' pledge ("concluded ..., vowing to", "concluyó con un compromiso de").
MEETINGS_CLOSING_ON_A_PLEDGE = [
    (
        "en",
        "The regional conference on victim assistance concluded in Phnom Penh on Thursday, vowing to improve the lives"
        " of survivors.",
    ),
    ("en", "The regional conference closed on Friday with a commitment by participants to share best practices."),
    (
        "es",
        "La conferencia regional sobre asistencia a las víctimas concluyó con un nuevo compromiso de los participantes"
        " de estrechar su colaboración.",
    ),
    (
        "fr",
        "La conférence régionale s'est achevée vendredi sur un engagement des participants à renforcer leur"
        " coopération.",
    ),
]


@pytest.mark.parametrize(("language", "text"), MEETINGS_CLOSING_ON_A_PLEDGE, ids=case_ids(MEETINGS_CLOSING_ON_A_PLEDGE))
def test_a_meeting_closing_on_a_pledge_is_its_participants(language, text):
    found = kinds_and_owners(proposed_by_position(language, "news", [text]))
    assert found == {1: [("commitment", ["conference-participants"])]}


MEETINGS_AHEAD = [
    ("en", "The meeting will see States developing solutions to key challenges in implementing the Convention."),
    ("es", "La conferencia internacional se realizará entre el 29 de noviembre y el 4 de diciembre."),
]


@pytest.mark.parametrize(("language", "text"), MEETINGS_AHEAD, ids=case_ids(MEETINGS_AHEAD))
def test_what_a_meeting_will_do_is_no_pledge(language, text):
    assert proposed_by_position(language, "news", [text]) == {}


# A call on the people ("invitó a sus compatriotas a", "urged citizens to"): nobody the tracker follows.
CALLS_ON_THE_PUBLIC = [
    ("es", 'El presidente invitó hoy a sus compatriotas a "remangarse" el pantalón en solidaridad con las víctimas.'),
    ("en", "The President urged citizens to report any suspicious object to the police."),
    ("fr", "Le ministre appelle la population à signaler tout objet suspect."),
]


@pytest.mark.parametrize(("language", "text"), CALLS_ON_THE_PUBLIC, ids=case_ids(CALLS_ON_THE_PUBLIC))
def test_a_call_on_the_public_is_no_call_on_a_state(language, text):
    assert proposed_by_position(language, "news", [text]) == {}


def test_a_call_on_states_is_still_a_call():
    found = kinds_and_owners(
        proposed_by_position("en", "news", ["The President urged all States to join the Convention."])
    )
    assert found[1][0][0] == "call"


# A second addressee after what the first is asked ("on affected States to ... and on those in a position to").
SECOND_ADDRESSEES = [
    (
        "en",
        "I call on affected States Parties to strengthen their efforts and on those in a position to do so to increase"
        " their support.",
    ),
    (
        "en",
        "I also call on affected States Parties to implement their commitments and to those in a position to provide"
        " assistance to continue to do so.",
    ),
]


@pytest.mark.parametrize(("language", "text"), SECOND_ADDRESSEES, ids=case_ids(SECOND_ADDRESSEES))
def test_a_second_addressee_is_owner_too(language, text):
    found = kinds_and_owners(proposed_by_position(language, "statement", [text]))
    assert found == {1: [("call", ["affected-states-parties", "states-parties-in-a-position"])]}


# "They" after a sentence listing States, all of them parties: all of them; a concession ("despite the withdrawal")
# does not count against the pledge that follows it.
LISTED_THEN_THEY = [
    (
        "en",
        "Poland, Lithuania, Latvia and Estonia announced their withdrawal from the treaty.",
        'The ministers said that despite the withdrawal, they will "remain committed" to humanitarian law.',
    ),
    (
        "es",
        "Polonia, Lituania, Letonia y Estonia anunciaron su retiro del tratado.",
        "A pesar de su intención de abandonar el tratado, aseguraron que seguirán comprometidos con el derecho"
        " humanitario.",
    ),
    (
        "fr",
        "La Pologne, la Lituanie, la Lettonie et l'Estonie ont annoncé leur retrait du traité.",
        'Malgré leur décision, les quatre pays se sont dit "attachés au droit humanitaire international".',
    ),
]


@pytest.mark.parametrize(("language", "before", "text"), LISTED_THEN_THEY, ids=case_ids(LISTED_THEN_THEY))
def test_they_after_a_list_of_states_is_all_of_them(language, before, text):
    found = kinds_and_owners(proposed_by_position(language, "news", [before, text]))
    assert found == {2: [("commitment", ["EST", "LTU", "LVA", "POL"])]}


def test_a_withdrawal_alone_is_still_no_pledge():
    text = "Poland, Lithuania, Latvia and Estonia announced their withdrawal from the treaty."
    assert proposed_by_position("en", "news", [text]) == {}


# What a conference pointed out ("destacó la Convención ...") is an observation; what it stressed "that" is a finding.
def test_a_thing_a_conference_highlighted_is_no_decision():
    text = "La Conferencia destacó en particular la Convención sobre los Derechos de las Personas con Discapacidad."
    assert proposed_by_position("es", "news", [text]) == {}


# Second part of the round: sets 346-353.
NATIONAL_AUTHORITIES_AND_GOALS = [
    ("en", "CMAC has planned to clear at least 11,300 hectares of land in 2021.", ["KHM"]),
    (
        "en",
        '"The course is of great importance, with Cambodia vowing to clear all landmines by 2025," he said.',
        ["KHM"],
    ),
    (
        "es",
        "El gobierno avanza en el tratado, con el objetivo de que Colombia esté libre de minas en 2021.",
        ["COL"],
    ),
    (
        "es",
        "El canciller anunció que Canadá comenzará inmediatamente a negociar tal tratado con otros países.",
        ["CAN"],
    ),
    ("en", "Canada will immediately begin to negotiate such a treaty with other countries.", ["CAN"]),
]


@pytest.mark.parametrize(
    ("language", "text", "owners"), NATIONAL_AUTHORITIES_AND_GOALS, ids=case_ids(NATIONAL_AUTHORITIES_AND_GOALS)
)
def test_authorities_goals_and_beginnings_are_pledges(language, text, owners):
    assert kinds_and_owners(proposed_by_position(language, "news", [text])) == {1: [("commitment", owners)]}


def test_a_package_to_be_spent_by_a_donor_is_its_commitment():
    text = "The scheme is part of a 5 million euro package to be spent by the European Commission over two years."
    assert kinds_and_owners(proposed_by_position("en", "news", [text]))[1][0] == ("commitment", ["EU"])


def test_my_government_in_a_quotation_is_the_storys_state():
    before = "Somalia's foreign minister attended the summit in Nairobi."
    text = "“My government will pursue the ratification of the treaty, but it may not be immediate,” he told delegates."
    assert kinds_and_owners(proposed_by_position("en", "news", [before, text])) == {2: [("commitment", ["SOM"])]}


NO_PLEDGE_AFTER_ALL = [
    (
        "en",
        "news",
        "The removal of the first mines took place yesterday as part of a year-long plan to clear the zone.",
    ),
    ("fr", "news", "« Le Yémen souffrira pendant de nombreuses années de l'utilisation de mines », a-t-il ajouté."),
    (
        "es",
        "news",
        "El Tratado prohíbe el uso de estas armas, y tanto Tailandia como Camboya se han comprometido con él.",
    ),
    ("fr", "news", "La conférence d'Ottawa a eu lieu en 1997, la convention est entrée en vigueur en 1999."),
    ("en", "web_page", "Her global profile helped to raise awareness among the general public about landmines."),
]


@pytest.mark.parametrize(("language", "genre", "text"), NO_PLEDGE_AFTER_ALL, ids=case_ids(NO_PLEDGE_AFTER_ALL))
def test_plans_told_suffering_membership_and_history_are_no_pledge(language, genre, text):
    assert proposed_by_position(language, genre, [text]) == {}


# The European Union's own: its Parliament, "EC"; its member states are States Parties.
def test_a_call_on_eu_member_states_is_on_states_parties():
    text = "The European Parliament delegation is calling on EU member states to ratify the treaty as soon as possible."
    assert kinds_and_owners(proposed_by_position("en", "news", [text])) == {1: [("call", ["states-parties"])]}


def test_the_european_parliament_calling_on_those_outside_is_the_union():
    text = "The European Parliament called on all States that have not yet joined the Convention to do so."
    assert kinds_and_owners(proposed_by_position("en", "news", [text])) == {1: [("call", ["EU"])]}


def test_ec_and_eu_member_states_are_the_union_and_the_states_parties():
    text = "The ICBL called for EC and EU member states to arrive in Cartagena with concrete pledges of support."
    found = kinds_and_owners(proposed_by_position("en", "news", [text]))
    assert found == {1: [("call", ["EU", "states-parties"])]}


# Training given to a State's people ("soldados ucranianos", "démineurs ukrainiens"): that State is helped.
TRAINING_GIVEN = [
    ("en", "CMAC will provide training for the Colombian troops next month.", ["COL", "KHM"]),
    ("es", "Colombia capacitará a 30 soldados ucranianos en desminado humanitario.", ["COL", "UKR"]),
    ("fr", "Le Japon formera des démineurs ukrainiens au Cambodge en août.", ["JPN", "UKR"]),
]


@pytest.mark.parametrize(("language", "text", "owners"), TRAINING_GIVEN, ids=case_ids(TRAINING_GIVEN))
def test_the_state_whose_people_are_trained_is_helped(language, text, owners):
    found = kinds_and_owners(proposed_by_position(language, "news", [text]))
    assert found[1][0][1] == owners


def test_the_readiness_of_a_party_after_a_things():
    text = "La nueva escuela está lista para recibir alumnos, y Chile está dispuesto a compartir su experiencia."
    assert kinds_and_owners(proposed_by_position("es", "news", [text])) == {1: [("offer", ["CHL"])]}


# Third part: a programme's aim; a speech act's importance; a total given over the years; "they" for partners.
NOT_PLEDGES_EITHER = [
    (
        "en",
        "web_page",
        "The Outreach Programme (AOP) for mine action aims to reduce the costs of mine-affected states.",
    ),
    ("fr", "statement", "C'est sur cette toile de fond qu'il est important d'évoquer les dégâts humains des mines."),
    ("en", "statement", "It is important to recall the damage these weapons cause to civilians."),
    (
        "en",
        "news",
        "As the largest donor for mine action in Angola, the EU has committed nearly €40 million in assistance.",
    ),
    (
        "fr",
        "news",
        "Depuis 2019, la Belgique a déjà investi plus de 13 millions d'euros dans la lutte contre les mines en Irak.",
    ),
    ("es", "news", "Desde 1998, Japón ha aportado más de 50 millones de dólares al desminado en Colombia."),
]


@pytest.mark.parametrize(("language", "genre", "text"), NOT_PLEDGES_EITHER, ids=case_ids(NOT_PLEDGES_EITHER))
def test_aims_speech_acts_and_totals_are_no_pledge(language, genre, text):
    assert proposed_by_position(language, genre, [text]) == {}


def test_they_after_the_storys_partners_is_still_the_storys_state():
    paragraphs = [
        "Cambodia's goal of a mine-free country by 2025 draws nearer, said a senior official.",
        "The meeting was attended by the German ambassador to Cambodia and his UK counterpart.",
        "The government, through the CMAA, has set out a clear demining plan with its partners.",
        "According to the official, by the end of 2023, they plan to have cleared another 237 square kilometres.",
    ]
    found = kinds_and_owners(proposed_by_position("en", "news", paragraphs))
    assert found[4] == [("commitment", ["KHM"])]


# A meeting's participants as the subject, whatever they do; those attending it, addressed.
def test_participants_agreeing_to_support_is_their_pledge():
    text = "Participants at Ottawa also agreed to support a resolution to the UN General Assembly."
    assert kinds_and_owners(proposed_by_position("en", "news", [text])) == {
        1: [("commitment", ["conference-participants"])]
    }


STATES_ATTENDING = [
    ("en", "He urged the 155 States attending the Conference to commit themselves to a ban."),
    ("fr", "Il a exhorté les 155 États présents à la Conférence à s'engager en faveur d'une interdiction."),
    ("es", "Instó a los 155 Estados presentes en la Conferencia a comprometerse con una prohibición."),
]


@pytest.mark.parametrize(("language", "text"), STATES_ATTENDING, ids=case_ids(STATES_ATTENDING))
def test_a_call_on_the_states_attending_is_on_the_participants(language, text):
    found = kinds_and_owners(proposed_by_position(language, "news", [text]))
    assert found == {1: [("call", ["conference-participants"])]}


def test_a_french_gerund_of_engager_is_no_call():
    text = "En engageant ce processus, le Canada a donné un exemple à toutes les activités humanitaires."
    assert proposed_by_position("fr", "statement", [text]) == {}


# Fourth part: the States counted in a declaration's relative clause; a call to come; a treaty's words quoted.
def test_states_counted_in_a_conferences_declaration_are_its_participants():
    text = (
        "Cornelio Sommaruga, President of the ICRC, hailed the Brussels Conference, which this morning adopted a"
        " declaration in which 95 States"
        " committed themselves to conclude a ban treaty by the end of 1997."
    )
    found = kinds_and_owners(proposed_by_position("en", "press_release", [text]))
    assert found == {1: [("commitment", ["conference-participants"])]}


CALLS_TO_COME = [
    (
        "en",
        "At the Review Conference, we will ask States Parties to renew their political commitment to the Convention.",
    ),
    ("fr", "À la Conférence d'examen, nous demanderons aux États parties de renouveler leur engagement politique."),
    ("es", "En la Conferencia de Examen, pediremos a los Estados Partes que renueven su compromiso político."),
]


@pytest.mark.parametrize(("language", "text"), CALLS_TO_COME, ids=case_ids(CALLS_TO_COME))
def test_a_call_the_speaker_will_make_is_a_call(language, text):
    assert kinds_and_owners(proposed_by_position(language, "statement", [text])) == {1: [("call", ["states-parties"])]}


def test_a_call_on_those_not_yet_done_so_to_adhere_is_the_callers():
    text = "We urge all States that have not yet done so to become part of this trend by adhering to the Convention."
    found = kinds_and_owners(proposed_by_position("en", "statement", [text], title="Statement by the ICRC"))
    assert found == {1: [("call", ["ICRC"])]}


def test_a_treatys_undertaking_quoted_for_signatory_states_is_background():
    text = 'Signatory states will "undertake never under any circumstances to use cluster munitions".'
    assert proposed_by_position("en", "press_release", [text]) == {}


# Fifth part (sets 361-364): a named State's call to come; plans and policies announced; set aside: a completion
# foretold, a feeling, questions to a State, a meeting gathering.
PLEDGES_OF_THE_FIFTH_PART = [
    (
        "en",
        "news",
        "The U.S. is also planning to destroy its stockpiles of anti-personnel landmines.",
        "commitment",
        ["USA"],
    ),
    (
        "en",
        "news",
        "The administration announced on Tuesday a change in U.S. military policy that bans the use of land mines.",
        "commitment",
        ["USA"],
    ),
    (
        "es",
        "news",
        "Estados Unidos ha anunciado un cambio en su política, de tal manera que prohibirá la fabricación de minas.",
        "commitment",
        ["USA"],
    ),
    ("en", "press_release", "Ecuador will ask a group of states to support its demining programme.", "call", None),
]


@pytest.mark.parametrize(
    ("language", "genre", "text", "kind", "owners"), PLEDGES_OF_THE_FIFTH_PART, ids=case_ids(PLEDGES_OF_THE_FIFTH_PART)
)
def test_plans_policies_and_calls_to_come(language, genre, text, kind, owners):
    found = kinds_and_owners(proposed_by_position(language, genre, [text]))
    assert found[1][0][0] == kind and (owners is None or found[1][0][1] == owners)


SET_ASIDE_IN_THE_FIFTH_PART = [
    (
        "en",
        "news",
        "Thailand this week will become the first country in the region to complete the destruction of its mines.",
    ),
    ("en", "news", '"We should be optimistic that Myanmar has come to hear how the world feels," said the director.'),
    (
        "en",
        "statement",
        "Eritrea should also explain why the amount of clearance in 2010 was so much smaller than planned.",
    ),
    ("fr", "statement", "L'Érythrée devrait également expliquer pourquoi le déminage a été si faible en 2010."),
    ("en", "news", "Representatives from over 100 nations are set to gather in Cartagena to review the treaty."),
]


@pytest.mark.parametrize(
    ("language", "genre", "text"), SET_ASIDE_IN_THE_FIFTH_PART, ids=case_ids(SET_ASIDE_IN_THE_FIFTH_PART)
)
def test_completions_foretold_feelings_and_questions_are_no_pledge(language, genre, text):
    assert proposed_by_position(language, genre, [text]) == {}


# Last part (sets 365-367): what a meeting offers is its purpose; a meeting that accepted requests decided on them.
MEETINGS_OFFERING_OPPORTUNITIES = [
    ("en", "President, this Review Conference offers us the opportunity to reflect on our collective efforts."),
    ("fr", "Cette Conférence nous offre l'occasion de faire le bilan de nos efforts."),
    ("es", "Esta Conferencia nos ofrece la oportunidad de reflexionar sobre nuestros logros."),
]


@pytest.mark.parametrize(
    ("language", "text"), MEETINGS_OFFERING_OPPORTUNITIES, ids=case_ids(MEETINGS_OFFERING_OPPORTUNITIES)
)
def test_an_opportunity_a_meeting_offers_is_no_offer(language, text):
    assert proposed_by_position(language, "statement", [text]) == {}


def test_a_state_offering_its_expertise_still_offers():
    found = kinds_and_owners(
        proposed_by_position("es", "statement", ["España ofrece su experiencia en desminado a Colombia."])
    )
    assert found == {1: [("offer", ["COL", "ESP"])]}


def test_requests_the_convention_accepted_are_decisions_on_their_states():
    text = "Durante la reunión, la Convención aceptó las peticiones de Ecuador, Perú y Níger para aplazar sus plazos."
    found = kinds_and_owners(proposed_by_position("es", "news", [text]))
    assert found == {1: [("conclusion", ["ECU", "NER", "PER"])]}


# A statement's title naming two organisations: the one the statement is by speaks ("ICRC statement to the United
# Nations"), and its call on States not party is its own.
def test_the_organisation_a_statement_is_by_speaks():
    text = "We urge all States that have not yet joined the Convention to do so without delay."
    title = "ICRC statement to the United Nations General Assembly"
    found = kinds_and_owners(proposed_by_position("en", "statement", [text], title=title))
    assert found == {1: [("call", ["ICRC"])]}
