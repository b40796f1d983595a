"""Forms read in context (issue 22, round 46), in English, French and Spanish. The sentences were written for these
tests (never taken from an evaluation set)."""

import pytest

from tests.extraction.proposing import case_ids, proposed_by_position

pytestmark = pytest.mark.django_db


# An activity or a place a party says will be finished by a year is the speaker's pledge, whatever the subject of
# the reported clause.
REPORTED_COMPLETION = [
    ("en", "The Government of Angola announced that demining of the province would be completed in 2027.", "AGO"),
    ("en", "Angola said the clearance of its last minefields will be completed by 2027.", "AGO"),
    ("fr", "Le gouvernement du Tchad a annoncé que le déminage serait achevé en 2027.", "TCD"),
    ("fr", "Le Sénégal a indiqué que la Casamance sera intégralement déminée d'ici à 2026.", "SEN"),
    ("es", "Colombia anunció que el desminado del departamento concluiría en 2027.", "COL"),
    ("es", "El ministro de Defensa de Chile, Juan Pérez, aseguró que el desminado terminará en 2027.", "CHL"),
]


@pytest.mark.parametrize(("language", "text", "owner"), REPORTED_COMPLETION, ids=case_ids(REPORTED_COMPLETION))
def test_a_completion_announced_for_a_year_is_the_speakers_pledge(language, text, owner):
    assert proposed_by_position(language, "news", [text]) == {1: [("commitment", [owner])]}


# With no year, or said by no party, it is a forecast.
FORECASTS = [
    ("en", "Angola announced that clearance would be completed soon."),
    ("en", "Experts said the survey would be completed by 2027."),
    ("fr", "Des experts ont indiqué que le déminage serait achevé en 2027."),
    ("es", "Colombia anunció que el desminado concluiría pronto."),
]


@pytest.mark.parametrize(("language", "text"), FORECASTS, ids=case_ids(FORECASTS))
def test_a_completion_with_no_year_or_no_party_is_a_forecast(language, text):
    assert proposed_by_position(language, "news", [text]) == {}


# A speaker telling States what they should do is calling on them; States not party told to join are answered by the
# speaker, whom the statement's title names.
STATEMENT_SHOULD = [
    (
        "en",
        [
            "States not Party that have signed should ratify the Convention before the next meeting.",
            "And above all - States Parties should step up their efforts this year.",
        ],
    ),
    (
        "fr",
        [
            "Les États non parties qui ont signé devraient ratifier la Convention avant la prochaine réunion.",
            "Enfin, les États parties devraient redoubler d'efforts cette année.",
        ],
    ),
    (
        "es",
        [
            "Los Estados no partes que han firmado deberían ratificar la Convención antes de la próxima reunión.",
            "Finalmente, los Estados partes deberían redoblar sus esfuerzos este año.",
        ],
    ),
]


@pytest.mark.parametrize(("language", "texts"), STATEMENT_SHOULD, ids=case_ids(STATEMENT_SHOULD))
def test_should_in_a_statement_is_the_speakers_call(language, texts):
    found = proposed_by_position(language, "statement", texts, title="ICBL Statement on Universalization")
    assert found == {1: [("call", ["ICBL"])], 2: [("call", ["states-parties"])]}


# Offering an update or a briefing is reporting, not giving.
UPDATE_OFFERED = [
    ("en", "Greece will offer an update on its efforts at the Review Conference."),
    ("fr", "La Grèce offrira une mise à jour de ses efforts lors de la Conférence."),
    ("es", "Grecia ofrecerá una actualización de sus esfuerzos en la Conferencia de Examen."),
]


@pytest.mark.parametrize(("language", "text"), UPDATE_OFFERED, ids=case_ids(UPDATE_OFFERED))
def test_an_update_offered_is_no_offer(language, text):
    assert all(kind != "offer" for kind, _owners in proposed_by_position(language, "statement", [text]).get(1, []))


# A cleric speaks for the Holy See the story names; a call on all countries to adopt the Convention is a call on
# those outside it, owned by the caller.
CLERIC_CALL = [
    ("en", "The Holy See addressed the meeting.", "The Archbishop called on all countries to adopt this Convention."),
    ("fr", "Le Saint-Siège a parlé.", "L'archevêque a appelé tous les pays à adopter cette Convention."),
    ("es", "La Santa Sede intervino.", "El arzobispo pidió a todos los países que adopten esta Convención."),
]


@pytest.mark.parametrize(("language", "first", "text"), CLERIC_CALL, ids=case_ids(CLERIC_CALL))
def test_a_clerics_call_to_join_is_the_holy_sees(language, first, text):
    assert proposed_by_position(language, "news", [first, text]).get(2) == [("call", ["VAT"])]


# A request approved in the passive, its subject after the verb or far from it, is a decision on the requester.
REQUEST_APPROVED = [
    ("en", "The official said that the request of Colombia to extend its deadline was approved."),
    ("es", "Ceballos señaló que fue aprobada la solicitud de Colombia de extender el plazo."),
    ("es", "Se aprobó la solicitud de prórroga de Colombia."),
    ("es", "La solicitud de Colombia de extender el plazo fue aprobada."),
    ("fr", "La demande de prolongation de la Colombie a été approuvée."),
]


@pytest.mark.parametrize(("language", "text"), REQUEST_APPROVED, ids=case_ids(REQUEST_APPROVED))
def test_a_request_approved_in_the_passive_is_the_requesters(language, text):
    assert proposed_by_position(language, "news", [text]) == {1: [("conclusion", ["COL"])]}


def test_la_union_inside_a_sentence_is_a_place_not_the_european_union():
    found = proposed_by_position(
        "es",
        "news",
        [
            "Santos declaró libres de minas los municipios de Nariño, La Unión y Guatapé.",
            '"Nos propusimos limpiar de minas nuestro territorio de aquí al año 2021", aseguró.',
        ],
        title="Santos anuncia que Colombia desminará su territorio",
    )
    assert found == {2: [("commitment", ["COL"])]}


def test_the_union_still_names_the_european_union():
    found = proposed_by_position(
        "es", "news", ["La Unión Europea y la Unión apoyarán el desminado con 5 millones de euros."]
    )
    assert "EU" in found[1][0][1]


# Help asked of an organisation named after the words of help: that organisation is asked, with the party helped.
HELP_FROM_A_BODY = [
    ("en", "Venezuela requested technical assistance from UNMAS."),
    ("fr", "Le Venezuela a sollicité l'assistance technique de l'UNMAS."),
    ("es", "Venezuela solicitó la prestación de asistencia técnica al UNMAS."),
]


@pytest.mark.parametrize(("language", "text"), HELP_FROM_A_BODY, ids=case_ids(HELP_FROM_A_BODY))
def test_help_asked_of_a_body_is_a_call_on_it(language, text):
    assert proposed_by_position(language, "news", [text]) == {1: [("call", ["UNMAS", "VEN"])]}


# A sum a party has offered, told in the past: its pledge (in news, a commitment).
SUM_OFFERED = [
    ("en", "The United States has offered one million dollars to fight mines in Mauritania."),
    ("fr", "Les États-Unis ont offert un million de dollars pour lutter contre les mines en Mauritanie."),
    ("es", "Estados Unidos ha ofrecido un millón de dólares para luchar contra las minas en Mauritania."),
]


@pytest.mark.parametrize(("language", "text"), SUM_OFFERED, ids=case_ids(SUM_OFFERED))
def test_a_sum_offered_is_a_pledge(language, text):
    assert proposed_by_position(language, "news", [text]) == {1: [("commitment", ["MRT", "USA"])]}


# A goal of a mine-free world by a year, as the speaker's ambition, is the speaker's pledge.
GOAL_WITH_A_YEAR = [
    ("en", "Our ambition must be a world free of anti-personnel mines by 2025."),
    ("fr", "Notre ambition doit être plus que jamais celle d'un monde débarrassé des mines antipersonnel d'ici 2025."),
    ("es", "Nuestra ambición debe ser la de un mundo libre de minas antipersonal para 2025."),
]


@pytest.mark.parametrize(("language", "text"), GOAL_WITH_A_YEAR, ids=case_ids(GOAL_WITH_A_YEAR))
def test_a_goal_with_a_year_is_the_speakers_pledge(language, text):
    opening = {"en": "Belgium takes the floor.", "fr": "La Belgique prend la parole.", "es": "Bélgica toma la palabra."}
    found = proposed_by_position(language, "statement", [opening[language], text], title="Statement by Belgium")
    assert found == {2: [("commitment", ["BEL"])]}


# What the parties to the Convention agreed to, explained, is background.
CONVENTION_EXPLAINED = [
    ("en", "The countries that have adopted the Convention have also agreed to destroy all existing stockpiles."),
    ("fr", "Les pays qui ont adopté la Convention ont aussi accepté de détruire tous leurs stocks."),
    ("es", "Los países que han adoptado la Convención han acordado destruir todas sus existencias."),
]


@pytest.mark.parametrize(("language", "text"), CONVENTION_EXPLAINED, ids=case_ids(CONVENTION_EXPLAINED))
def test_what_the_parties_agreed_to_explained_is_background(language, text):
    assert proposed_by_position(language, "news", ["Norway hosted the meeting.", text]).get(2) is None


def test_a_bodys_generic_present_in_a_statement_describes_it():
    text = "The Committee provides a useful forum to share information and experiences."
    assert proposed_by_position("en", "statement", [text]) == {}
    assert proposed_by_position("en", "news", ["The Meeting grants the request of Chad."]) == {
        1: [("conclusion", ["TCD"])]
    }


# Ending the ban on mines is a withdrawal, not a pledge.
ENDING_THE_BAN = [
    ("en", "Finland also declared that it will end the ban on landmines."),
    ("fr", "La Finlande a aussi déclaré qu'elle mettra fin à l'interdiction des mines."),
    ("es", "Finlandia también declaró que acabará con la prohibición de las minas terrestres."),
]


@pytest.mark.parametrize(("language", "text"), ENDING_THE_BAN, ids=case_ids(ENDING_THE_BAN))
def test_ending_the_ban_is_no_pledge(language, text):
    assert proposed_by_position(language, "news", [text]) == {}


def test_a_new_contribution_announced_is_a_pledge():
    text = "The Embassy of Japan in Afghanistan announced its new contribution to two demining projects."
    found = proposed_by_position("en", "news", [text])
    assert [owners for _kind, owners in found[1]] == [["JPN"]]


def test_a_contribution_announced_again_is_no_new_pledge():
    found = proposed_by_position(
        "en",
        "press_release",
        [
            "Norway will make a voluntary contribution of NOK 295 000 to the Implementation Support Unit in 2018.",
            "Norway announced its contribution at the third annual Pledging Conference on 27 February 2018.",
        ],
    )
    assert 2 not in found


# What "we" want to do, after a short opening phrase too, is the speakers' pledge; wanting to thank is courtesy.
WE_WANT = [
    ("en", "This year, we want to increase the presence of women in mine action."),
    ("fr", "Cette année, nous souhaitons augmenter la présence des femmes dans l'action antimines."),
    ("es", "Este año, queremos aumentar la presencia de mujeres en la acción contra las minas."),
]


@pytest.mark.parametrize(("language", "text"), WE_WANT, ids=case_ids(WE_WANT))
def test_what_we_want_to_do_is_our_pledge(language, text):
    assert [kind for kind, _owners in proposed_by_position(language, "statement", [text])[1]] == ["commitment"]


WE_WANT_TO_THANK = [
    ("en", "Today, we wish to thank the President."),
    ("fr", "Nous souhaitons remercier le Président."),
    ("es", "En este sentido, queremos hacer un reconocimiento al papel que juega el Centro."),
    # (recalling and reiterating are courtesy too, after wanting as after a periphrastic future)
    ("en", "Today, we wish to recall the decisions taken at the Review Conference."),
    ("fr", "Nous souhaitons rappeler les décisions prises à la Conférence d'examen."),
    ("es", "Queremos reiterar nuestro agradecimiento a los Estados donantes."),
]


@pytest.mark.parametrize(("language", "text"), WE_WANT_TO_THANK, ids=case_ids(WE_WANT_TO_THANK))
def test_wanting_to_thank_is_no_pledge(language, text):
    assert proposed_by_position(language, "statement", [text]) == {}
