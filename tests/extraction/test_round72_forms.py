"""Forms read in context (issue 22, round 72), in English, French and Spanish. The sentences were written for these
tests (never taken from an evaluation set)."""

import pytest

from documents.ingestion.pipeline import Overrides
from tests.extraction.proposing import case_ids, kinds_and_owners, proposed_by_position, uploaded_proposals

pytestmark = pytest.mark.django_db


# An offer in the present ("La France offre son expertise"), as English and Spanish read "offers its expertise".
OFFERS_IN_THE_PRESENT = [
    ("fr", "La Belgique offre son expertise aux États touchés en matière de dépollution.", ["BEL"]),
    ("fr", "La Suisse offre une assistance technique au Cambodge pour former des démineurs.", ["CHE", "KHM"]),
    ("en", "Australia offers its expertise in victim assistance to affected States.", ["AUS"]),
    ("es", "Chile ofrece su experiencia en desminado humanitario a los Estados afectados.", ["CHL"]),
]


@pytest.mark.parametrize(("language", "text", "owners"), OFFERS_IN_THE_PRESENT, ids=case_ids(OFFERS_IN_THE_PRESENT))
def test_an_offer_in_the_present(language, text, owners):
    assert kinds_and_owners(proposed_by_position(language, "statement", [text])) == {1: [("offer", owners)]}


# What an event is for ("La conférence a pour objectif de", "El seminario tiene como objetivo", "Organised with
# Angola, it aims to"): no one's pledge, no body's decision.
EVENTS_AIMS = [
    ("fr", "La conférence régionale a pour objectif de renforcer la coopération entre les opérateurs de déminage."),
    ("es", "El seminario tiene como objetivo fortalecer la cooperación entre los operadores de desminado."),
    ("en", "Organised jointly with Angola, it aims to bring together donors and operators from the region."),
]


@pytest.mark.parametrize(("language", "text"), EVENTS_AIMS, ids=case_ids(EVENTS_AIMS))
def test_an_events_aim_is_no_pledge(language, text):
    assert proposed_by_position(language, "press_release", [text]) == {}


def test_a_meeting_convened_calls_on_no_one():
    text = "El canciller convocó al consejo de ministros el 3 de marzo, día de la firma."
    assert proposed_by_position("es", "news", [text]) == {}


def test_states_summoned_to_join_are_called_on():
    text = "El presidente convocó a los Estados a adherirse a la Convención sin demora."
    assert kinds_and_owners(proposed_by_position("es", "news", [text]))[1][0][0] == "call"


# What an operator's work gives, told in the passive ("se ofrece apoyo psicológico"), and what a person noted in a
# story: neither an offer nor a finding.
@pytest.mark.parametrize(
    ("language", "genre", "text"),
    [
        (
            "es",
            "web_page",
            "En el sur del país la organización retira minas y se ofrece apoyo psicológico a las víctimas.",
        ),
        ("en", "news", "She noted that Norway had funded clearance in the province since 2005."),
        ("fr", "press_release", "Il convient de noter que la coopération régionale renforce le déminage au Tchad."),
    ],
    ids=["es-passive-offer", "en-person-noted", "fr-il-convient"],
)
def test_descriptions_are_no_commitments(language, genre, text):
    assert proposed_by_position(language, genre, [text]) == {}


# A State's goal moved to a new year ("has been pushed back to 2028", "a été reporté à 2027", "fue aplazada a
# 2029"): its new target.
GOALS_MOVED = [
    ("en", "The goal of a mine-free Angola has been pushed back to 2028, the authority said.", "AGO"),
    ("fr", "L’objectif d’un Tchad débarrassé des mines a été reporté à 2027, selon les autorités.", "TCD"),
    ("es", "La meta de un Perú libre de minas fue aplazada a 2029, según el gobierno.", "PER"),
]


@pytest.mark.parametrize(("language", "text", "state"), GOALS_MOVED, ids=case_ids(GOALS_MOVED))
def test_a_goal_moved_to_a_new_year_is_the_states_target(language, text, state):
    assert kinds_and_owners(proposed_by_position(language, "news", [text])) == {1: [("commitment", [state])]}


# A party that will hold an international or regional gathering offers to host it.
HOSTING = [
    ("en", "Norway intends to hold an international conference on mine action in Oslo next year.", "NOR"),
    ("fr", "La Suisse prévoit d’organiser une conférence internationale des donateurs sur le déminage en 2027.", "CHE"),
    ("es", "Chile anunció que organizará una conferencia regional sobre desminado en 2027.", "CHL"),
]


@pytest.mark.parametrize(("language", "text", "state"), HOSTING, ids=case_ids(HOSTING))
def test_holding_a_gathering_offers_to_host_it(language, text, state):
    assert kinds_and_owners(proposed_by_position(language, "news", [text])) == {1: [("offer", [state])]}


# Hopes that ask nothing of anyone: a visit ("will call on President Ruto"), information hoped for, an outrage, a
# thing hoped for, what a resolution asks (described), what a law will do.
NO_PLEDGE_NOR_CALL = [
    ("en", "news", "During his visit, the envoy will call on President Ruto and the Foreign Minister."),
    ("en", "statement", "We hope to receive an update from Eritrea on its stockpiles at the next meeting."),
    ("fr", "statement", "Nous espérons recevoir des informations du Soudan du Sud sur ses stocks."),
    ("en", "statement", "It is intolerable that children should still lose their limbs to these weapons."),
    ("en", "statement", "We welcome the resolution in which the Council calls for action against landmines."),
    ("es", "statement", "Esperamos que exista un registro nacional de víctimas antes de fin de año."),
    ("en", "press_release", "The Act will implement the Convention in national law and set penalties for violations."),
    ("fr", "press_release", "La loi permettra de mettre en œuvre la Convention dans le droit national."),
    ("es", "press_release", "La ley aplicará la Convención en el derecho nacional."),
    ("en", "press_release", "With Dutch funding, the HALO Trust will clear 300 minefields in Angola by next year."),
    ("es", "news", "Noruega destinó 3 millones de dólares al desminado en Angola en el año fiscal 2016."),
]


@pytest.mark.parametrize(("language", "genre", "text"), NO_PLEDGE_NOR_CALL, ids=case_ids(NO_PLEDGE_NOR_CALL))
def test_no_pledge_nor_call(language, genre, text):
    assert proposed_by_position(language, genre, [text]) == {}


# A hope voiced about a State named ("he hoped Sudan would complete"): a call on it.
HOPES_FOR_A_STATE = [
    ("en", "The special envoy said he hoped Sudan would complete its clearance by 2027."),
    ("es", "El enviado especial dijo que esperaba que Sudán complete pronto el desminado."),
    ("fr", "L'envoyé spécial espère que le Soudan achèvera bientôt le déminage."),
]


@pytest.mark.parametrize(("language", "text"), HOPES_FOR_A_STATE, ids=case_ids(HOPES_FOR_A_STATE))
def test_a_hope_for_a_named_state_calls_on_it(language, text):
    assert kinds_and_owners(proposed_by_position(language, "news", [text])) == {1: [("call", ["SDN"])]}


# A text adopted "calling for" action: its call.
ADOPTED_CALLING = [
    (
        "en",
        "At the close of the meeting, the Geneva Call for Action was adopted, calling for action by states in Iraq.",
    ),
    (
        "fr",
        "À la clôture, l’Appel de Genève a été adopté, appelant les États à soutenir le déminage en Irak.",
    ),
    (
        "es",
        "Al cierre, el Llamamiento de Ginebra fue adoptado, pidiendo a los Estados que apoyen el desminado en Irak.",
    ),
]


@pytest.mark.parametrize(("language", "text"), ADOPTED_CALLING, ids=case_ids(ADOPTED_CALLING))
def test_a_text_adopted_calling_for_action_calls(language, text):
    found = kinds_and_owners(proposed_by_position(language, "press_release", [text]))
    assert found[1][0][0] == "call" and "IRQ" in found[1][0][1]


def test_a_resolutions_bare_request_calls_and_its_procedure_does_not():
    texts = [
        "Request the member States and the international community to support the rehabilitation of mine survivors.",
        "Requests the Secretary-General to transmit this resolution to all Governments.",
    ]
    found = kinds_and_owners(proposed_by_position("en", "declaration", texts))
    assert [kind for kind, _owners in found[1]] == ["call"] and 2 not in found


# Those gathered at a meeting who agree to act ("The participants agreed to speed up assistance"): their pledge.
AGREED_TO_ACT = [
    ("en", "The donor conference was held in Rome on Monday. The participants agreed to speed up assistance."),
    ("fr", "La conférence s'est tenue lundi à Rome. Les participants ont convenu d’accélérer l’aide."),
    ("es", "La conferencia se celebró el lunes en Roma. Los participantes acordaron acelerar la ayuda."),
]


@pytest.mark.parametrize(("language", "text"), AGREED_TO_ACT, ids=case_ids(AGREED_TO_ACT))
def test_participants_agreeing_to_act_pledge(language, text):
    assert kinds_and_owners(proposed_by_position(language, "news", [text])) == {
        1: [("commitment", ["conference-participants"])]
    }


def test_a_states_grant_announced_recently_is_found_with_its_beneficiary():
    text = (
        "Mines remain a threat in Iraq. The EU recently announced an additional package worth €15 million to help Iraq."
    )
    assert kinds_and_owners(proposed_by_position("en", "statement", [text])) == {1: [("offer", ["EU", "IRQ"])]}


# Where the help goes, past a part of the State ("in the North of Angola") or after clearing ("para limpiar minas
# en Camboya"), and the army trained ("al Ejército Peruano").
BENEFICIARIES = [
    (
        "en",
        "The Government of Norway extended a new US$ 500,000 grant for humanitarian demining in the North of Angola.",
    ),
    (
        "es",
        "Suiza planea sumarse a un programa internacional para limpiar minas terrestres en Camboya, dijo una fuente.",
    ),
    ("es", "El gobierno de Canadá capacitará en desminado humanitario al Ejército Peruano el próximo año."),
]
BENEFICIARY_OWNERS = [["AGO", "NOR"], ["CHE", "KHM"], ["CAN", "PER"]]


@pytest.mark.parametrize(
    ("language", "text", "owners"),
    [(*case, owners) for case, owners in zip(BENEFICIARIES, BENEFICIARY_OWNERS, strict=True)],
    ids=case_ids(BENEFICIARIES),
)
def test_the_state_helped_is_added(language, text, owners):
    assert kinds_and_owners(proposed_by_position(language, "news", [text])) == {1: [("commitment", owners)]}


def test_a_grant_received_names_its_giver_and_the_title_names_the_dr_congo():
    text = (
        "The Democratic Republic of Congo has received a $2 million grant to fund demining around Kisangani. "
        "The grant is from the Japanese government."
    )
    found = proposed_by_position("en", "press_release", [text], title="Japan: A Leading Donor to Demining in DR Congo")
    assert kinds_and_owners(found) == {1: [("commitment", ["COD", "JPN"])]}


def test_the_leads_first_sentence_with_a_sum_announces_it():
    text = (
        "Mines remain a threat to civilians in Angola. To reduce the risks, Norway provided USD 2 million to UNMAS "
        "for the 2026 to 2027 period."
    )
    assert kinds_and_owners(proposed_by_position("en", "press_release", [text]))[1][0][1] == ["NOR", "UNMAS"]


# A grant awarded to an operator "from" a government, and governments named together: the States give.
GIVERS = [
    (
        "The HALO Trust has been awarded a grant of $400,000 from the Government of Norway to clear mines in Angola.",
        ["AGO", "NOR"],
    ),
    ("The governments of Denmark and Sweden will equip 40 demining teams next year.", ["DNK", "SWE"]),
]


@pytest.mark.parametrize(("text", "owners"), GIVERS, ids=["awarded-from", "governments-of"])
def test_the_giving_states_own_the_pledge(text, owners):
    assert kinds_and_owners(proposed_by_position("en", "press_release", [text])) == {1: [("commitment", owners)]}


# A State stressing the importance of what all States Parties do, or saying the government must act: a call.
CALLS_BY_IMPORTANCE_OR_NEED = [
    (
        "en",
        "Chile stressed the importance of all States Parties reporting on their stockpiles on time.",
        "states-parties",
    ),
    (
        "fr",
        "Le Chili a souligné l'importance pour tous les États parties de présenter leurs rapports à temps.",
        "states-parties",
    ),
    (
        "es",
        "Chile destacó la importancia de que todos los Estados Partes presenten sus informes a tiempo.",
        "states-parties",
    ),
    (
        "fr",
        "Il faut donc, a-t-il ajouté, que le gouvernement tchadien crée une structure nationale de déminage.",
        "TCD",
    ),
    ("es", "Es necesario, añadió, que el gobierno peruano cree una autoridad nacional de desminado.", "PER"),
]


@pytest.mark.parametrize(
    ("language", "text", "owner"), CALLS_BY_IMPORTANCE_OR_NEED, ids=case_ids(CALLS_BY_IMPORTANCE_OR_NEED)
)
def test_importance_and_need_voiced_call(language, text, owner):
    assert kinds_and_owners(proposed_by_position(language, "news", [text])) == {1: [("call", [owner])]}


# A sum confirmed by partner States is pledged, with the State it goes to.
SUMS_CONFIRMED = [
    ("en", "Twenty partner States confirmed a total contribution of €300 million for demining in Ukraine."),
    (
        "fr",
        "Vingt États partenaires ont confirmé un montant total de 300 millions d'euros pour le déminage de l'Ukraine.",
    ),
    ("es", "Veinte Estados socios confirmaron un aporte total de 300 millones de euros para el desminado de Ucrania."),
]


@pytest.mark.parametrize(("language", "text"), SUMS_CONFIRMED, ids=case_ids(SUMS_CONFIRMED))
def test_a_sum_confirmed_is_pledged(language, text):
    found = kinds_and_owners(proposed_by_position(language, "news", [text]))
    assert found[1][0][0] == "commitment" and "UKR" in found[1][0][1]


# A committee's remit, a forecast of what something "will show", what a story notes and what a conference reviewed.
NOT_RECORDED = [
    ("en", "The Committee, whose members are Chile, Peru and Spain, aims to support the States Parties' efforts."),
    ("en", '"It will show how fragile such treaties are," said the director of the campaign.'),
    ("en", "It is also noted that since 2022 Norway has allocated more than $50 million to demining in Ukraine."),
    ("es", "La conferencia de Nairobi revisó el tratado de Ottawa, que entró en vigor en 1999."),
]


@pytest.mark.parametrize(("language", "text"), NOT_RECORDED, ids=case_ids(NOT_RECORDED))
def test_not_recorded(language, text):
    assert proposed_by_position(language, "news", [text]) == {}


def test_the_state_whose_fields_are_cleared_is_helped():
    text = "Le Canada continuera à contribuer au déminage des rues, des écoles et des champs en Ukraine."
    assert kinds_and_owners(proposed_by_position("fr", "news", [text])) == {1: [("commitment", ["CAN", "UKR"])]}


# A meeting's agenda told in the future passive ("will be discussed", "seront examinés", "se analizarán") and an
# update "offered" to it: logistics, whoever the sentence points back to.
AGENDA = [
    ("en", "Among them, the challenges posed by explosive weapons in populated areas will be discussed."),
    ("fr", "Parmi elles, les défis que posent les armes explosives seront examinés lors de la réunion."),
    ("es", "Entre ellas se analizarán los retos que plantean las armas explosivas en zonas pobladas."),
    ("es", "También se ha previsto ofrecer una actualización sobre los esfuerzos en curso en la región."),
    ("fr", "Il est également prévu de faire un point de situation sur le déminage dans la région."),
]


@pytest.mark.parametrize(("language", "text"), AGENDA, ids=case_ids(AGENDA))
def test_a_meetings_agenda_is_no_pledge(language, text):
    opening = {
        "en": "Experts from fifteen countries opened a meeting in Panama today.",
        "fr": "Des experts de quinze pays ont ouvert aujourd'hui une réunion au Panama.",
        "es": "Expertos de quince países abrieron hoy una reunión en Panamá.",
    }[language]
    assert 2 not in proposed_by_position(language, "news", [opening, text])


# A monitor's page of advice on one State, in the passive ("Greater priority should be given to survey"): its
# recommendations to that State (named by the page, whose date stamp is no title).
PAGES_OF_ADVICE = [
    (
        "en",
        "Eritrea\n\nMine Action\n\nLast updated: 3 March 2026\n\nThere are no confirmed contaminated areas in Eritrea."
        "\n\nRecommendations for action\n\n  • Greater priority should be given to survey and clearance of the border."
        "\n\n  • Continued efforts should be made to record mine action data in a national database.\n",
        2,
    ),
    (
        "fr",
        "Érythrée\n\nAction contre les mines\n\nDernière mise à jour : 3 mars 2026\n\nAucune zone contaminée n'est "
        "confirmée en Érythrée.\n\nRecommandations\n\n  • Des efforts accrus devraient être faits pour enregistrer "
        "les données de l'action contre les mines.\n",
        1,
    ),
]


@pytest.mark.parametrize(("language", "text", "count"), PAGES_OF_ADVICE, ids=case_ids(PAGES_OF_ADVICE))
def test_a_pages_advice_in_the_passive_is_to_its_state(language, text, count):
    found = uploaded_proposals("eritrea.txt", text, Overrides(kind="web_page", language=language))
    assert found == [("recommendation", ["ERI"])] * count


def test_a_grant_to_clear_mines_from_a_states_region_helps_that_state():
    text = (
        "Last week, the Dutch Government announced a grant of 400,000 US dollars for the British charity Halo Trust "
        "to clear mines from Sri Lanka's Jaffna peninsula."
    )
    assert kinds_and_owners(proposed_by_position("en", "news", [text])) == {1: [("commitment", ["LKA", "NLD"])]}


# What was committed over a past period ("Between 2012 and 2016", "Entre 2012 y 2016"): background; a period ahead
# with a future still pledges.
PAST_PERIODS = [
    ("en", "Between 2012 and 2016, the EU committed €600 million to mine action in Chad and Colombia."),
    ("es", "Entre 2012 y 2016, la UE comprometió 600 millones de euros para la acción contra las minas en Chad."),
]


@pytest.mark.parametrize(("language", "text"), PAST_PERIODS, ids=case_ids(PAST_PERIODS))
def test_sums_of_a_past_period_are_background(language, text):
    assert proposed_by_position(language, "news", [text]) == {}


def test_a_period_ahead_still_pledges():
    text = "Entre 2026 y 2030, la UE aportará 600 millones de euros para la acción contra las minas en Chad."
    assert kinds_and_owners(proposed_by_position("es", "news", [text]))[1][0][1] == ["EU", "TCD"]


# What a titled person noted in a story, a forecast that something "will save lives", and a feeling ("We should
# celebrate"): none is recorded.
NOTED_FORECAST_FEELING = [
    ("en", "news", "The authority's first vice-president noted that Angola is the fifth country to chair the meeting."),
    ("en", "news", "The campaign has welcomed the contribution, saying it will save lives."),
    ("es", "news", "La campaña acogió con satisfacción la contribución y dijo que salvará vidas."),
    ("en", "statement", "We should celebrate these accomplishments and the commitment they represent."),
]


@pytest.mark.parametrize(("language", "genre", "text"), NOTED_FORECAST_FEELING, ids=case_ids(NOTED_FORECAST_FEELING))
def test_noted_forecast_or_feeling_is_not_recorded(language, genre, text):
    opening = {
        "en": "New Zealand will give NZ$1.3 million to Angola for mine clearance.",
        "es": "Nueva Zelandia dará 1,3 millones de dólares a Angola para el desminado.",
    }[language]
    assert 2 not in proposed_by_position(language, genre, [opening, text])
