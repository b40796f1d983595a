"""Forms read in context (issue 22, round 48), in English, French and Spanish. The sentences were written for these
tests (never taken from an evaluation set)."""

import pytest

from tests.extraction.proposing import case_ids, proposed_by_position

pytestmark = pytest.mark.django_db


# Mines, land or places to be cleared or destroyed, in the passive future: the undertaking of the State named in the
# sentence, who does it.
OBLIGATIONS_IN_THE_PASSIVE = [
    ("en", "In Peru, the remaining stockpile will be destroyed by March 2027, the minister said.", "PER"),
    ("en", "Peru says its last minefields will be fully cleared by 2027.", "PER"),
    ("fr", "Au Tchad, les derniers champs de mines seront déminés d’ici 2027, a indiqué le ministre.", "TCD"),
    ("fr", "Le Tchad a annoncé que les stocks restants seront détruits avant la fin de l’année.", "TCD"),
    ("fr", "Selon le ministre, la région du Lac sera intégralement déminée au Tchad d’ici à 2027.", "TCD"),
    ("es", "En el Perú, los campos minados restantes serán despejados antes de 2027, dijo el ministro.", "PER"),
    ("es", "El Perú anunció que las existencias restantes serán destruidas antes de fin de año.", "PER"),
    ("es", "En el Perú se desminarán otras 20 hectáreas durante 2027, según el ministerio.", "PER"),
]


@pytest.mark.parametrize(
    ("language", "text", "owner"), OBLIGATIONS_IN_THE_PASSIVE, ids=case_ids(OBLIGATIONS_IN_THE_PASSIVE)
)
def test_an_obligation_in_the_passive_future_is_a_pledge(language, text, owner):
    assert proposed_by_position(language, "news", [text]) == {1: [("commitment", [owner])]}


# The same passive on what is not mine, land or a place, or denied, pledges nothing.
OTHER_PASSIVES = [
    ("en", "In Peru, the report will be released next week, the minister said."),
    ("en", "In Peru, the remaining stockpile will not be destroyed before 2030, the minister said."),
    ("fr", "Au Tchad, les otages seront libérés demain, a indiqué le ministre."),
    ("fr", "Au Tchad, les stocks restants ne seront pas détruits avant 2030, a indiqué le ministre."),
    ("es", "En el Perú los rehenes serán liberados mañana, dijo el ministro."),
    ("es", "En el Perú las existencias restantes no serán destruidas antes de 2030, dijo el ministro."),
    ("en", "Under the Convention, Peru's stockpiles will be destroyed within four years."),
    ("fr", "Selon le traité, les stocks du Tchad seront détruits dans les quatre ans."),
    ("es", "Según la Convención, las existencias del Perú serán destruidas en cuatro años."),
]


@pytest.mark.parametrize(("language", "text"), OTHER_PASSIVES, ids=case_ids(OTHER_PASSIVES))
def test_other_passive_futures_pledge_nothing(language, text):
    assert proposed_by_position(language, "news", [text]) == {}


# With no one named in its sentence, the State the story is about does it.
STORY_STATES_PASSIVE = [
    (
        "en",
        "Peru launched a national demining plan.",
        "The last mined areas in the Cordillera will be cleared by 2027.",
    ),
    (
        "fr",
        "Le Tchad a lancé un plan national de déminage.",
        "La région du Lac sera intégralement déminée d’ici à 2027.",
    ),
    (
        "es",
        "El Perú lanzó un plan nacional de desminado.",
        "Las últimas zonas minadas de la frontera serán despejadas en 2027.",
    ),
]


@pytest.mark.parametrize(("language", "before", "text"), STORY_STATES_PASSIVE, ids=case_ids(STORY_STATES_PASSIVE))
def test_an_obligation_in_the_passive_is_the_storys_state(language, before, text):
    owner = "TCD" if language == "fr" else "PER"
    assert proposed_by_position(language, "news", [before, text]) == {2: [("commitment", [owner])]}


# When and where, or a connective, between a verb and what it introduces: the verb still meets it.
TIME_AND_PLACE_BETWEEN = [
    ("en", "Peru and Ecuador agreed on Thursday in Quito to speed up demining on their border.", ["ECU", "PER"]),
    ("fr", "Le Pérou et l’Équateur ont convenu jeudi à Quito d’accélérer le déminage de la frontière.", ["ECU", "PER"]),
    ("es", "Perú y Ecuador acordaron el jueves en Quito acelerar el desminado de la frontera.", ["ECU", "PER"]),
    ("es", "Los cancilleres de Perú y de Ecuador acordaron acelerar el desminado de la frontera.", ["ECU", "PER"]),
    ("es", "La ministra anunció, a su vez, que el Perú destruirá sus existencias antes de 2027.", ["PER"]),
    ("fr", "Le ministre a annoncé, par ailleurs, que le Tchad allait déminer 20 localités.", ["TCD"]),
]


@pytest.mark.parametrize(("language", "text", "owners"), TIME_AND_PLACE_BETWEEN, ids=case_ids(TIME_AND_PLACE_BETWEEN))
def test_time_place_or_connective_between_a_verb_and_its_complement(language, text, owners):
    assert proposed_by_position(language, "news", [text]) == {1: [("commitment", owners)]}


# A plan told impersonally, a goal no one is said to own, the State as a whole, Spanish's impersonal future: the
# undertaking of the State the story is about.
NO_ONES_UNDERTAKINGS = [
    ("en", "In 2027, it is planned to reduce the suspected area by 51.5 square kilometres."),
    ("fr", "En 2027, il est prévu de déminer 20 localités de la région du Lac."),
    ("es", "Para 2027 se prevé entregar 18 municipios libres de sospecha de minas."),
    ("fr", "L’objectif est d’achever le déminage de 20 localités, dont 14 sont abandonnées."),
    ("es", "La meta para este año es liberar 1,2 millones de metros cuadrados, explicó el coronel."),
    ("en", "The goal for this year is to complete the clearance of 20 villages, the colonel said."),
    ("fr", "L’État a décidé d’allouer 15 milliards de francs CFA pour intensifier le déminage."),
    ("es", "Añadió que en este Gobierno se van a entregar 18 zonas que ya no cuentan con minas."),
]


@pytest.mark.parametrize(("language", "text"), NO_ONES_UNDERTAKINGS, ids=case_ids(NO_ONES_UNDERTAKINGS))
def test_an_undertaking_with_no_subject_is_the_storys_state(language, text):
    before = {"en": "Peru launched a plan.", "fr": "Le Tchad a lancé un plan.", "es": "El Perú lanzó un plan."}
    owner = "TCD" if language == "fr" else "PER"
    proposals = proposed_by_position(language, "news", [before[language], text])
    assert [(kind, owners) for kind, owners in proposals[2]] in ([("commitment", [owner])], [("offer", [owner])])


# A meeting planned, or a treaty's or a meeting's purpose, is no one's undertaking.
NOT_UNDERTAKINGS = [
    ("en", "It is planned to hold a meeting in Lima in May."),
    ("fr", "Il est prévu de tenir une réunion à Genève."),
    ("es", "Se prevé celebrar una reunión en Lima."),
    ("en", "The aim of the Convention is to end the suffering caused by mines by 2025."),
    ("fr", "L’objectif de la Convention est de mettre fin aux souffrances causées par les mines d’ici 2025."),
    ("es", "El objetivo de la Convención es poner fin al sufrimiento causado por las minas."),
]


@pytest.mark.parametrize(("language", "text"), NOT_UNDERTAKINGS, ids=case_ids(NOT_UNDERTAKINGS))
def test_a_meeting_planned_or_a_treatys_purpose_is_no_undertaking(language, text):
    before = {"en": "Peru launched a plan.", "fr": "Le Tchad a lancé un plan.", "es": "El Perú lanzó un plan."}
    assert proposed_by_position(language, "news", [before[language], text]) == {}


def test_a_states_name_before_a_surname_is_a_person():
    text = [
        "Le Sénégal a lancé un plan.",
        "Le président du conseil, Maurice Diédhiou, a appelé les autorités à accélérer le déminage.",
    ]
    assert proposed_by_position("fr", "news", text)[2][0][1] == ["SEN"]


# The army, or one of its units, stands for the State, as the government does.
ARMIES = [
    ("en", "Chad advances.", "He added that the army will clear 20 villages this year.", "TCD"),
    ("fr", "Le Tchad avance.", "Il a ajouté que l’armée nationale va déminer 20 localités cette année.", "TCD"),
    ("es", "Colombia avanza.", "Agregó que el Batallón de Desminado seguirá operando en la zona en 2027.", "COL"),
]


@pytest.mark.parametrize(("language", "before", "text", "owner"), ARMIES, ids=case_ids(ARMIES))
def test_the_army_stands_for_its_state(language, before, text, owner):
    assert proposed_by_position(language, "news", [before, text]) == {2: [("commitment", [owner])]}


# A story that names no State: the one whose provinces or regions it names (ISO 3166-2); not a meeting's city.
STORIES_OF_A_PLACE = [
    ("es", "El Ejército trabaja en Antioquia y el Meta.", "El Ejército entregará 20 veredas libres de minas en 2027."),
    ("fr", "L’armée travaille dans la région du Borkou.", "L’armée va déminer 20 localités du Tibesti cette année."),
    ("en", "The army works in Huambo and Moxico.", "The army will clear 20 villages this year."),
]


@pytest.mark.parametrize(("language", "before", "text"), STORIES_OF_A_PLACE, ids=case_ids(STORIES_OF_A_PLACE))
def test_a_story_that_names_no_state_is_its_provinces_state(language, before, text):
    owner = {"es": "COL", "fr": "TCD", "en": "AGO"}[language]
    assert proposed_by_position(language, "news", [before, text]) == {2: [("commitment", [owner])]}


def test_a_meetings_city_tells_no_state():
    text = ["The conference took place in Oslo.", "The army will clear 20 villages this year."]
    assert proposed_by_position("en", "news", text) == {}


def test_places_shared_by_two_countries_or_generic_tell_no_state():
    from extraction.places import state_of_places

    assert state_of_places("La Paz y Amazonas") is None  # (Bolivia and Honduras; Brazil, Colombia, Peru...)
    assert state_of_places("la région du Centre, le 9 de Mayo") is None
    assert state_of_places("el Príncipe Mired visitó Antioquia") == "COL"


# "Those in a position to support": the States Parties in a position to help; a story's call for help with "our
# programme" helps the State the story is about.
IN_A_POSITION_TO_SUPPORT = [
    ("en", "Chad advances.", "“I call upon those in a position to support our programme to come forward,” he said."),
    (
        "fr",
        "Le Tchad avance.",
        "« J’appelle ceux qui sont en mesure de soutenir notre programme à le faire », a-t-il dit.",
    ),
    ("es", "El Perú avanza.", "“Pido a quienes estén en condiciones de apoyar nuestro programa que lo hagan”, dijo."),
]


@pytest.mark.parametrize(
    ("language", "before", "text"), IN_A_POSITION_TO_SUPPORT, ids=case_ids(IN_A_POSITION_TO_SUPPORT)
)
def test_those_in_a_position_to_support_our_programme(language, before, text):
    owner = {"en": "TCD", "fr": "TCD", "es": "PER"}[language]
    [(kind, owners)] = proposed_by_position(language, "news", [before, text])[2]
    assert (kind, sorted(owners)) == ("call", sorted(["states-parties-in-a-position", owner]))


# A first person's future joined to what a quotation said before it: the quoted official's State pledges.
JOINED_FIRST_PERSON = [
    (
        "en",
        "Peru advances, said the ambassador of Peru.",
        "“Progress was made on the coast and we will clear the rest,” he said.",
    ),
    (
        "fr",
        "Le Tchad avance, a dit l’ambassadeur du Tchad.",
        "« Des progrès ont été faits et nous allons déminer le reste », a-t-il dit.",
    ),
    (
        "es",
        "El Perú avanza, dijo el embajador del Perú.",
        "“Se ha avanzado en un 60% y daremos un mayor impulso a esta tarea”, declaró.",
    ),
]


@pytest.mark.parametrize(("language", "before", "text"), JOINED_FIRST_PERSON, ids=case_ids(JOINED_FIRST_PERSON))
def test_a_first_persons_future_joined_in_a_quotation(language, before, text):
    owner = "TCD" if language == "fr" else "PER"
    assert proposed_by_position(language, "news", [before, text]) == {2: [("commitment", [owner])]}


def test_a_first_person_joined_that_only_can_pledges_nothing():
    text = ["México considera que todos somos receptores de cooperación y podemos establecer puentes entre donantes."]
    assert proposed_by_position("es", "statement", text, title="Intervención de México") == {}


# Who will be in charge of the clearance pledges it; a meeting two parties will hold is a date.
IN_CHARGE_AND_MEETINGS = [
    ("en", "Peru's army battalion will be in charge of the clearance, the minister said.", ["commitment"]),
    ("fr", "Un bataillon de l’armée tchadienne sera chargé du déminage, a dit le ministre.", ["commitment"]),
    ("es", "Un batallón del ejército peruano será el encargado de la tarea, dijo el ministro.", ["commitment"]),
    ("en", "The ministers of Peru and Ecuador will hold a meeting in May.", []),
    ("fr", "Les ministres du Tchad et du Niger tiendront une réunion en mai.", []),
    ("es", "Las autoridades del Perú y del Ecuador mantendrán un encuentro en mayo.", []),
]


@pytest.mark.parametrize(("language", "text", "kinds"), IN_CHARGE_AND_MEETINGS, ids=case_ids(IN_CHARGE_AND_MEETINGS))
def test_in_charge_of_the_clearance_and_meetings_ahead(language, text, kinds):
    found = proposed_by_position(language, "news", [text])
    assert [kind for proposals in found.values() for kind, _owners in proposals] == kinds


# Money named with its giver and where it goes ("La contribución de Canadá a la OEA"), or given in a passive future
# by a named agent: the giver pledges.
GIVERS = [
    ("es", "La contribución de Canadá a la OEA apoyará el desminado en Nicaragua.", {"CAN", "OAS", "NIC"}),
    ("en", "The funds will be invested by the Government of Peru in the clearance of 20 districts.", {"PER"}),
    ("fr", "Les fonds seront investis par le gouvernement du Tchad dans le déminage de 20 localités.", {"TCD"}),
    ("es", "Los recursos serán invertidos por el gobierno del Perú en el desminado de 20 distritos.", {"PER"}),
]


@pytest.mark.parametrize(("language", "text", "owners"), GIVERS, ids=case_ids(GIVERS))
def test_a_giver_named_with_the_money_pledges(language, text, owners):
    [(kind, found)] = proposed_by_position(language, "news", [text])[1]
    assert (kind, set(found)) == ("commitment", owners)


def test_a_report_released_by_a_state_pledges_nothing():
    assert proposed_by_position("en", "news", ["The report will be released next week by Peru."]) == {}


# A subject's means between commas, the government after what reports it, a Spanish future with its subject dropped,
# a "we" after a linking opening in a quotation, a minister stressing "our country's" resolve: the story's State.
STORY_STATE_FORMS = [
    (
        "es",
        "Enfatizó que el Gobierno, a través del programa de acción contra minas, seguirá coordinando la asistencia.",
    ),
    ("en", "The Government, through its mine action centre, will clear 20 villages this year."),
    ("fr", "Le gouvernement, avec l’appui de ses partenaires, va déminer 20 localités cette année."),
    ("es", "Para ello hará un seguimiento a la atención integral a las víctimas."),
    ("fr", "« Je peux vous rassurer. Et bientôt, nous allons terminer la question des mines antipersonnel. »"),
    ("fr", "Le ministre a, dans son mot, souligné la détermination de notre pays de n’épargner aucun effort."),
    ("es", "El ministro subrayó la determinación de nuestro país de no escatimar esfuerzos."),
    ("en", "The minister stressed the determination of our country to spare no effort."),
]


@pytest.mark.parametrize(("language", "text"), STORY_STATE_FORMS, ids=case_ids(STORY_STATE_FORMS))
def test_forms_that_leave_the_pledge_to_the_storys_state(language, text):
    before = {"en": "Peru launched a plan.", "fr": "Le Tchad a lancé un plan.", "es": "El Perú lanzó un plan."}
    owner = "TCD" if language == "fr" else "PER"
    assert proposed_by_position(language, "news", [before[language], text]) == {2: [("commitment", [owner])]}


def test_wanting_to_value_an_invitation_is_courtesy():
    text = ["Queremos valorar, en primer lugar, la invitación que nos ha formulado el Gobierno del Perú."]
    assert proposed_by_position("es", "news", text) == {}


# A call made by someone named just before it in the same paragraph, on the States not party: the caller's.
def test_a_call_to_join_is_owned_by_the_caller_named_in_its_paragraph():
    text = [
        "Le secrétaire général de l’ONU a ouvert la conférence.",
        "Le Pape François a abondé dans le même sens. Le souverain pontife exhorte tous les États à adhérer au traité.",
    ]
    assert proposed_by_position("fr", "news", text)[2] == [("call", ["VAT"])]


# "The organisation" stands for the body named before; a call with no infinitive ("le respect de leurs obligations").
CALLS_REPORTED = [
    (
        "es",
        "El CICR publicó un informe.",
        "En un comunicado, la organización pidió a Ucrania que señalice las zonas minadas.",
        ["UKR"],
    ),
    (
        "fr",
        "L’ONU a ouvert la conférence.",
        "Le patron de l’ONU a sollicité des États le respect de leurs obligations.",
        ["states-parties"],
    ),
    (
        "es",
        "La ONU abrió la conferencia.",
        "El secretario general pidió a los Estados el cumplimiento de sus obligaciones.",
        ["states-parties"],
    ),
]


@pytest.mark.parametrize(("language", "before", "text", "owners"), CALLS_REPORTED, ids=case_ids(CALLS_REPORTED))
def test_calls_reported_in_news(language, before, text, owners):
    assert proposed_by_position(language, "news", [before, text]) == {2: [("call", owners)]}


# Money put at others' disposal, even told in the pluperfect, and a destruction announced with its deadline.
GIVEN_AND_ANNOUNCED = [
    (
        "fr",
        "L’ambassadeur a dit que le Royaume-Uni avait récemment mis à disposition un million de livres pour l’Angola.",
        {"GBR", "AGO"},
    ),
    (
        "es",
        "El embajador dijo que el Reino Unido había puesto a disposición un millón de libras para Angola.",
        {"GBR", "AGO"},
    ),
    ("es", "Francia, por ejemplo, ha anunciado la destrucción total de su stock antes de que acabe 1999.", {"FRA"}),
    ("fr", "La France a annoncé la destruction totale de son stock avant la fin de 1999.", {"FRA"}),
    ("en", "France has announced the total destruction of its stock before the end of 1999.", {"FRA"}),
]


@pytest.mark.parametrize(("language", "text", "owners"), GIVEN_AND_ANNOUNCED, ids=case_ids(GIVEN_AND_ANNOUNCED))
def test_money_put_at_disposal_and_a_destruction_announced(language, text, owners):
    [(kind, found)] = proposed_by_position(language, "news", [text])[1]
    assert (kind, set(found)) == ("commitment", owners)


# A call on a named State that has not joined, to join: the caller's, not the State's; a sum given over several
# years is a figure.
def test_a_call_on_a_named_state_outside_to_join_is_the_callers():
    text = [
        "Nepal declared itself free of minefields.",
        "UK Minister Jeremy Browne said: “I congratulate Nepal. I now urge the government to build on this success "
        "by joining the Ottawa Convention.”",
    ]
    assert proposed_by_position("en", "news", text)[2] == [("call", ["GBR"])]


SUMS_OVER_YEARS = [
    ("en", "The UK has contributed over £5 million for demining in Nepal over several years."),
    ("fr", "Le Royaume-Uni a versé plus de 5 millions de livres pour le déminage au Népal au fil des ans."),
    ("es", "El Reino Unido ha aportado más de 5 millones de libras al desminado en Nepal durante varios años."),
]


@pytest.mark.parametrize(("language", "text"), SUMS_OVER_YEARS, ids=case_ids(SUMS_OVER_YEARS))
def test_a_sum_given_over_several_years_is_a_figure(language, text):
    assert proposed_by_position(language, "news", [text]) == {}


# An appeal to cover a shortfall, or a sum asked of the international community: a call on those in a position to
# give it.
APPEALS_FOR_A_SUM = [
    ("es", "La ONU hizo un llamamiento para cubrir el déficit de 317 millones de dólares."),
    ("es", "La ONU y varias ONG han solicitado a la comunidad internacional 288 millones de dólares."),
    ("fr", "L’ONU a lancé un appel pour combler le déficit de 317 millions de dollars."),
    ("en", "The UN made an appeal to cover the shortfall of 317 million dollars."),
]


@pytest.mark.parametrize(("language", "text"), APPEALS_FOR_A_SUM, ids=case_ids(APPEALS_FOR_A_SUM))
def test_an_appeal_for_a_sum_calls_on_those_in_a_position(language, text):
    assert proposed_by_position(language, "news", [text]) == {1: [("call", ["states-parties-in-a-position"])]}


# Where the money goes, after what it funds or carries out; a people as the donor; an agreement's acronym.
FUNDED_PLACES = [
    ("fr", "Le Japon s’est engagé à financer le programme anti-mines en RDC.", {"JPN", "COD"}),
    ("es", "El Japón se comprometió a financiar el programa de desminado en Angola.", {"JPN", "AGO"}),
    ("en", "Japan gave $450,000 to UNMAS to carry out humanitarian activities in the DRC.", {"JPN", "COD"}),
    ("fr", "Le peuple japonais a accordé un don de 450 000 dollars pour le déminage en RDC.", {"JPN", "COD"}),
    (
        "es",
        "Brasil y Colombia firmaron un Memorándum de Entendimiento (ME) para ampliar la cooperación.",
        {"BRA", "COL"},
    ),
]


@pytest.mark.parametrize(("language", "text", "owners"), FUNDED_PLACES, ids=case_ids(FUNDED_PLACES))
def test_where_the_money_goes_and_who_gives_it(language, text, owners):
    found = proposed_by_position(language, "news", [text])[1]
    assert {kind for kind, _owners in found} <= {"commitment", "offer"}
    assert {owner for _kind, named in found for owner in named} == owners


# A State's national body by its name, and what it intends to do: the State's own; a question in a web page is no
# order to its reader; places with a subject of their own before "se" are no impersonal pledge.
def test_a_national_body_intending_to_clear_is_its_states():
    text = ["Mozambique's demining goes on.", "The National Demining Institute (IND) intends to clear 25 districts."]
    assert proposed_by_position("en", "news", text) == {2: [("commitment", ["MOZ"])]}


def test_a_question_in_a_web_page_asks_no_one():
    text = ["What is the interest of donors in this process, you can read in the entire article."]
    assert proposed_by_position("en", "web_page", text) == {}


def test_places_with_their_own_subject_before_se_pledge_nothing():
    text = ["El batallón trabaja en el Tolima.", "Estos se sumarán a los ocho municipios ya certificados."]
    assert proposed_by_position("es", "news", text) == {}


# A denied future, an impersonal call, deminers to be sent, a call on all countries to join.
def test_a_denied_periphrastic_future_pledges_nothing():
    text = ["El ministro dijo que los zapadores peruanos “no van a entrar a la zona restringida”."]
    assert proposed_by_position("es", "news", text) == {}


IMPERSONAL_CALLS = [
    (
        "es",
        "El Perú debate una ley.",
        "Es una proposición por la que se pide al Gobierno que envíe un proyecto de ley.",
    ),
    ("fr", "Le Tchad débat d’une loi.", "Il est demandé au gouvernement de présenter un projet de loi."),
    ("en", "Peru debates a law.", "The Government is asked to send a bill to the Chamber."),
]


@pytest.mark.parametrize(("language", "before", "text"), IMPERSONAL_CALLS, ids=case_ids(IMPERSONAL_CALLS))
def test_an_impersonal_call_on_the_government(language, before, text):
    owner = "TCD" if language == "fr" else "PER"
    assert proposed_by_position(language, "news", [before, text]) == {2: [("call", [owner])]}


def test_deminers_to_be_sent_are_the_ministers_states():
    text = [
        "Perú buscará minas en la frontera.",
        "“Esperamos que no haya minas”, declaró el ministro peruano, quien anunció que 18 zapadores serán enviados "
        "lo antes posible a verificar si hay minas enterradas.",
    ]
    [(kind, owners)] = proposed_by_position("es", "news", text)[2]
    assert (kind, owners) == ("commitment", ["PER"])


def test_a_call_on_all_countries_to_join_is_its_makers():
    text = ["Cambodian authorities called unequivocally for all countries to join the Mine Ban Treaty."]
    assert proposed_by_position("en", "news", text) == {1: [("call", ["KHM"])]}


# A plan stated, an activity announced in the impersonal future, a pledge in a relative clause, a pair after an
# opening word; a State named only as a venue is not the story's State.
STORY_PLANS = [
    ("es", "El Gobierno anunció que el desminado humanitario se empezará a implementar en Antioquia y Meta.", "COL"),
    ("es", "El plan es realizar la intervención en 2.757.993 metros cuadrados del Putumayo.", "COL"),
    ("fr", "Le plan est de déminer 20 localités de la région du Borkou.", "TCD"),
    ("en", "The plan is to clear 2.7 million square metres in Huambo.", "AGO"),
]


@pytest.mark.parametrize(("language", "text", "owner"), STORY_PLANS, ids=case_ids(STORY_PLANS))
def test_plans_of_a_story_told_by_its_provinces(language, text, owner):
    venue = {"en": "Talks took place in Geneva, Switzerland.", "fr": "Les pourparlers ont eu lieu à Genève, en Suisse."}
    before = venue.get(language, "Las negociaciones de paz se dieron en La Habana, Cuba.")
    assert proposed_by_position(language, "news", [before, text]) == {2: [("commitment", [owner])]}


PLEDGES_IN_RELATIVES = [
    ("es", "Asisten a los cursos de desminado que España se ha comprometido a impartir.", "ESP"),
    ("fr", "Ils suivent les cours de déminage que la France s’est engagée à donner.", "FRA"),
    ("en", "They attend the demining courses that Spain has committed to give.", "ESP"),
]


@pytest.mark.parametrize(("language", "text", "owner"), PLEDGES_IN_RELATIVES, ids=case_ids(PLEDGES_IN_RELATIVES))
def test_a_pledge_in_a_relative_clause(language, text, owner):
    assert proposed_by_position(language, "news", [text]) == {1: [("commitment", [owner])]}


def test_a_pair_after_an_opening_word():
    text = [
        "Perú y Ecuador celebraron su gabinete binacional.",
        "Así, ambos gobiernos acordaron concretar la limpieza.",
    ]
    [(kind, owners)] = proposed_by_position("es", "news", text)[2]
    assert (kind, sorted(owners)) == ("commitment", ["ECU", "PER"])


def test_a_call_on_a_state_outside_to_stop_is_the_callers():
    text = [
        "Le président de la Convention, l’Albanie, s’est exprimé.",
        "Il a appelé la Syrie à cesser d’utiliser des mines.",
    ]
    assert proposed_by_position("fr", "news", text)[2] == [("call", ["ALB"])]


# Leaving the Convention or using mines, and the treaty's own words quoted, pledge nothing.
NOT_PLEDGES = [
    ("es", "Varsovia.- Polonia utilizará minas terrestres antipersona para defender su frontera."),
    ("fr", "La Pologne utilisera des mines antipersonnel pour défendre sa frontière."),
    ("en", "Poland will use anti-personnel landmines to defend its border."),
    ("es", "Según la Convención de Ottawa, “cada Estado Parte se compromete a destruir sus existencias”."),
    ("fr", "Selon la Convention d’Ottawa, « chaque État partie s’engage à détruire ses stocks »."),
    ("en", "Under the Ottawa Convention, “each State Party undertakes to destroy its stockpiles”."),
]


@pytest.mark.parametrize(("language", "text"), NOT_PLEDGES, ids=case_ids(NOT_PLEDGES))
def test_using_mines_or_the_treatys_words_pledge_nothing(language, text):
    assert proposed_by_position(language, "news", [text]) == {}


# A pledge told in a participle ("committing to"), and a speaker's adjective naming the State of "his government".
JOINED_AND_COMMITTED = [
    ("en", "Tonga has officially joined the Ottawa Treaty, committing to ban anti-personnel landmines.", ["TON"]),
    ("fr", "Les Tonga ont rejoint le traité d’Ottawa, s’engageant à interdire les mines antipersonnel.", ["TON"]),
    ("es", "Tonga se adhirió al Tratado de Ottawa, comprometiéndose a prohibir las minas antipersonal.", ["TON"]),
]


@pytest.mark.parametrize(("language", "text", "owners"), JOINED_AND_COMMITTED, ids=case_ids(JOINED_AND_COMMITTED))
def test_a_pledge_in_a_participle(language, text, owners):
    assert proposed_by_position(language, "news", [text]) == {1: [("commitment", owners)]}


def test_his_government_is_the_state_his_title_names():
    text = [
        "Le Cambodge poursuit le déminage.",
        "Lars Buechler (coopération suisse) a confirmé jeudi que son gouvernement apportera une aide de six millions "
        "de dollars pour le déminage du Cambodge.",
    ]
    [(kind, owners)] = proposed_by_position("fr", "news", text)[2]
    assert (kind, sorted(owners)) == ("commitment", ["CHE", "KHM"])
