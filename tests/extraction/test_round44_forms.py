"""Forms read in context (issue 22, round 44), in English, French and Spanish. The sentences were written for these
tests (never taken from an evaluation set)."""

from types import SimpleNamespace

import pytest

from documents.ingestion.pipeline import Overrides
from extraction.reader.classifier import classify_paragraphs
from extraction.tables import load_tables
from tests.extraction.proposing import case_ids, kinds_and_owners, proposed_by_position, uploaded_proposals

pytestmark = pytest.mark.django_db


# Those who help a State, named after it: the States in a position to help, and the State they help.
HELPERS_OF_A_STATE = [
    ("en", "Ukraine's allies pledged $10 million for demining."),
    ("en", "The partners of Ukraine pledged $10 million for demining."),
    ("fr", "Les alliés de l'Ukraine se sont engagés à fournir 10 millions d'euros pour le déminage."),
    ("es", "Los aliados de Ucrania se comprometieron a aportar 10 millones de dólares para el desminado."),
]


@pytest.mark.parametrize(("language", "text"), HELPERS_OF_A_STATE, ids=case_ids(HELPERS_OF_A_STATE))
def test_the_allies_of_a_state_are_those_in_a_position_to_help_it(language, text):
    found = kinds_and_owners(proposed_by_position(language, "news", [text]))
    assert found == {1: [("commitment", ["UKR", "states-parties-in-a-position"])]}


# When and how a meeting opens or ends is logistics, not a decision.
MEETING_LOGISTICS = [
    ("en", "The Meeting concluded on Friday."),
    ("en", "Last year, the Review Conference marked a milestone in the life of the Convention."),
    ("fr", "La réunion a pris fin vendredi."),
    ("fr", "La conférence devrait déboucher sur un plan d'action et une déclaration politique."),
    ("es", "La reunión terminó el viernes."),
    ("es", "La conferencia concluyó el viernes con la adopción de la Declaración."),
]


@pytest.mark.parametrize(("language", "text"), MEETING_LOGISTICS, ids=case_ids(MEETING_LOGISTICS))
def test_a_meeting_opening_ending_or_forecast_is_no_decision(language, text):
    assert proposed_by_position(language, "news", [text]) == {}


def test_a_meeting_that_concludes_that_still_decides():
    found = kinds_and_owners(proposed_by_position("es", "news", ["La Reunión concluyó que Chile había cumplido."]))
    assert [kind for kind, _owners in found[1]] == ["conclusion"]


# A pledge reported as taken ("took on the commitment to", "a pris l'engagement de", "asumió el compromiso de").
PLEDGES_TAKEN = [
    ("en", "Peru took on the commitment to destroy its stockpiled mines before 2026.", ["PER"]),
    ("en", "Canada took the obligation to assist Ukraine in destroying its stockpile.", ["CAN", "UKR"]),
    ("fr", "Le Pérou a pris l'engagement de détruire ses mines stockées avant 2026.", ["PER"]),
    ("es", "Perú asumió el compromiso de destruir sus minas almacenadas antes de 2026.", ["PER"]),
    ("es", "Tailandia se ha fijado como objetivo terminar el desminado en 2026.", ["THA"]),
    ("es", "Suiza mantiene el compromiso con un mundo libre de minas como una prioridad.", ["CHE"]),
]


@pytest.mark.parametrize(("language", "text", "owners"), PLEDGES_TAKEN, ids=case_ids(PLEDGES_TAKEN))
def test_a_pledge_reported_as_taken(language, text, owners):
    assert kinds_and_owners(proposed_by_position(language, "news", [text])) == {1: [("commitment", owners)]}


# Sums set aside ahead and a country's efforts directed from now on: the State's commitment.
SUMS_AND_EFFORTS_AHEAD = [
    ("en", ["Angola reported on its programme.", "The government has also set aside nearly 8 million dollars."]),
    ("fr", ["L'Angola a présenté son programme.", "Le gouvernement a aussi prévu près de huit millions de dollars."]),
    ("es", ["Angola presentó su programa.", "El gobierno ha previsto casi ocho millones de dólares."]),
    ("en", ["Angola reported on its programme.", "From now on, the country's efforts will be directed to clearance."]),
    ("fr", ["L'Angola a présenté son programme.", "Désormais, les efforts du pays seront consacrés au déminage."]),
    ("es", ["Angola presentó su programa.", "En adelante, los esfuerzos del país estarán encaminados a la remoción."]),
]


@pytest.mark.parametrize(("language", "texts"), SUMS_AND_EFFORTS_AHEAD, ids=case_ids(SUMS_AND_EFFORTS_AHEAD))
def test_a_sum_set_aside_or_efforts_directed_ahead(language, texts):
    assert kinds_and_owners(proposed_by_position(language, "news", texts)) == {2: [("commitment", ["AGO"])]}


def test_a_sum_given_last_year_is_background():
    text = "Además, los donantes han asignado el año pasado unos 250 millones de dólares a la acción contra las minas."
    assert proposed_by_position("es", "news", [text]) == {}


# What the Convention requires, explained on a page ("By joining the Convention, each State Party undertakes").
CONVENTION_EXPLAINED = [
    ("en", "By joining the Convention, each State Party undertakes never under any circumstances to use mines:"),
    ("fr", "En acceptant la Convention, chaque État partie s'engage à ne jamais, en aucune circonstance :"),
    ("es", "Al aceptar la Convención, cada Estado Parte se compromete a nunca, y bajo ninguna circunstancia:"),
]


@pytest.mark.parametrize(("language", "text"), CONVENTION_EXPLAINED, ids=case_ids(CONVENTION_EXPLAINED))
def test_the_convention_explained_is_background(language, text):
    assert proposed_by_position(language, "web_page", [text]) == {}


# A donation handed over, and the victims of a State named by its adjective: the States helped.
HELPED = [
    ("fr", "Le Luxembourg remet à l'Ukraine, dans le cadre de son soutien, 110 kits de déminage.", ["LUX", "UKR"]),
    ("en", "Japan will fund the rehabilitation of Cambodian landmine survivors.", ["JPN", "KHM"]),
    ("fr", "La Suisse financera la réadaptation des victimes cambodgiennes.", ["CHE", "KHM"]),
    ("es", "La donación canadiense apoyará la reinserción de las víctimas nicaragüenses.", ["CAN", "NIC"]),
    ("es", "España se comprometió a ayudar a Ucrania a destruir sus minas.", ["ESP", "UKR"]),
]


@pytest.mark.parametrize(("language", "text", "owners"), HELPED, ids=case_ids(HELPED))
def test_the_states_helped_are_added(language, text, owners):
    assert kinds_and_owners(proposed_by_position(language, "news", [text])) == {1: [("commitment", owners)]}


# A call for help by someone a pronoun stands for, after a first verb: those in a position to help, and the State
# named before.
def test_a_call_for_help_after_a_first_verb_points_back_to_the_state():
    text = (
        "Filipenko reaffirmed Ukraine's commitment to the Convention. She acknowledged that clearance is essential "
        "and called for global assistance."
    )
    found = kinds_and_owners(proposed_by_position("en", "news", [text]))
    assert found == {1: [("call", ["UKR", "states-parties-in-a-position"])]}


# A call to support a State, on stakeholders: those in a position to help, and the State.
SUPPORT_CALLS = [
    ("en", "Thuch called on relevant stakeholders to find ways to support Ukraine."),
    ("fr", "Il a appelé les parties prenantes à trouver des moyens de soutenir l'Ukraine."),
]


@pytest.mark.parametrize(("language", "text"), SUPPORT_CALLS, ids=case_ids(SUPPORT_CALLS))
def test_a_call_on_stakeholders_to_support_a_state(language, text):
    found = kinds_and_owners(proposed_by_position(language, "news", [text]))
    assert found == {1: [("call", ["UKR", "states-parties-in-a-position"])]}


# Items under "hacemos un llamado a ... para que:", each a call, however many call by their own words (a text as
# uploaded: its bullets become labels).
def test_every_bulleted_item_under_a_call_is_a_call():
    text = (
        "Hacemos un llamado urgente a los gobiernos de los países cooperantes y la sociedad civil para que:\n\n"
        "- Refuercen su compromiso con la erradicación de las minas y mantengan el financiamiento del desminado.\n\n"
        "- Exploren mecanismos alternativos de cooperación y financiamiento.\n"
    )
    found = uploaded_proposals("llamado.txt", text, Overrides(kind="declaration", language="es"))
    assert found == [("call", ["states-parties-in-a-position"])] * 3


def test_a_list_of_objectives_ends_at_the_next_heading():
    def paragraph(text, heading, label="•"):
        return SimpleNamespace(text=text, heading=heading, label=label, language="es")

    paragraphs = [
        paragraph("Entre los objetivos de Colombia figuran:", "Objetivos", label=""),
        paragraph("Despejar todas las zonas minadas;", "Objetivos"),
        paragraph("Destruir las existencias;", "Objetivos"),
        paragraph("Ciento sesenta y cuatro Estados han ratificado la Convención;", "Progresos"),
    ]
    kinds = [found.kind for _paragraph, _table, found in classify_paragraphs(paragraphs, load_tables(), "es")]
    assert kinds == [None, "commitment", "commitment", None]


# A chapeau that tells States what they should do ("Les États devront :"), its items bulleted: each item a call on
# the States Parties.
MODAL_CHAPEAUX = [
    ("en", "web_page", "States should:\n\n- Attend the Conference at ministerial level\n\n- Announce new pledges.\n"),
    ("fr", "web_page", "Les États devront:\n\n- Assister à la Conférence\n\n- Annoncer de nouveaux engagements.\n"),
    ("es", "news", "Los Estados deberán:\n\n- Asistir a la Conferencia\n\n- Anunciar nuevos compromisos.\n"),
]


@pytest.mark.parametrize(("language", "genre", "text"), MODAL_CHAPEAUX, ids=case_ids(MODAL_CHAPEAUX))
def test_items_under_what_states_should_do_are_calls_on_them(language, genre, text):
    found = uploaded_proposals("memo.txt", text, Overrides(kind=genre, language=language))
    assert found == [("call", ["states-parties"])] * 2


def test_a_forecast_of_failure_is_no_commitment():
    texts = ["The treaty has saved lives.", "It will not succeed if its disarmament aspects are sidelined."]
    assert proposed_by_position("en", "statement", texts) == {}
