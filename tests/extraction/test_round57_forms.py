"""Forms read in context (issue 22, round 57), in English, French and Spanish. The sentences were written for these
tests (never taken from an evaluation set)."""

import pytest

from tests.extraction.proposing import case_ids, proposed_by_position

pytestmark = pytest.mark.django_db


# A party's pledge of "the following" objectives or projects: its labelled items are that party's commitments.
FOLLOWING_PLEDGED = [
    (
        "en",
        "In support of the Convention, the Union shall pursue the following objectives:",
        "supporting the clearance of mined areas in affected States;",
        "EU",
    ),
    (
        "fr",
        "Pour appuyer la Convention, la Belgique mettra en œuvre les projets suivants :",
        "l'appui au déminage des zones minées dans les États touchés ;",
        "BEL",
    ),
    (
        "es",
        "Para apoyar la Convención, España llevará a cabo los siguientes proyectos:",
        "el apoyo al desminado de las zonas minadas en los Estados afectados;",
        "ESP",
    ),
]


@pytest.mark.parametrize(("language", "chapeau", "item", "owner"), FOLLOWING_PLEDGED, ids=case_ids(FOLLOWING_PLEDGED))
def test_labelled_items_of_a_pledge_of_the_following_are_the_partys(language, chapeau, item, owner):
    found = proposed_by_position(language, "declaration", [chapeau, item])
    assert found[2] == [("commitment", [owner])]


# A committee's remit on its web page: bare infinitives under "Mandate" say what it is for, not what readers must do.
REMITS = [
    ("en", "Mandate", "Examine the information provided by States Parties on the implementation of Article 5."),
    ("fr", "Mandat", "Examiner les informations fournies par les États parties sur l'application de l'article 5."),
    (
        "es",
        "Mandato",
        "Examinar la información proporcionada por los Estados partes sobre la aplicación del artículo 5.",
    ),
]


@pytest.mark.parametrize(("language", "heading", "text"), REMITS, ids=case_ids(REMITS))
def test_a_bodys_remit_under_its_heading_is_no_call(language, heading, text):
    from extraction.propose import document_proposals
    from tests.factories import DocumentFactory, ParagraphFactory

    document = DocumentFactory(language=language, kind="web_page")
    ParagraphFactory(document=document, text=text, heading=heading, position=1, language=language)
    proposals, _warnings = document_proposals(document)
    assert proposals == []


def test_requests_with_those_who_submitted_them_call_on_no_one():
    text = "Presentation of extension requests submitted by States Parties with deadlines in 2026."
    assert proposed_by_position("en", "press_release", [text]) == {}


# When a meeting will close is its programme, not a pledge.
CLOSING_DATES = [
    (
        "en",
        "The Summit opens today in Siem Reap and will conclude on 29 November, with the aim of reviewing the "
        "Convention.",
    ),
    (
        "fr",
        "Le Sommet s'ouvre aujourd'hui à Siem Reap et prendra fin le 29 novembre, avec pour objectif d'examiner la "
        "Convention.",
    ),
    (
        "es",
        "La Cumbre comienza hoy en Siem Reap y concluirá el 29 de noviembre, con el objetivo de examinar la "
        "Convención.",
    ),
]


@pytest.mark.parametrize(("language", "text"), CLOSING_DATES, ids=case_ids(CLOSING_DATES))
def test_when_a_summit_will_close_is_no_commitment(language, text):
    assert proposed_by_position(language, "news", [text]) == {}


# A participle with its agent after a body's name ("led by", "présidée par"): no act of the body.
LED_BY = [
    ("en", "The workshop led by the Permanent Representative of the Netherlands was held in Geneva."),
    ("fr", "La réunion présidée par l'Ambassadeur des Pays-Bas s'est tenue à Genève."),
    ("es", "La reunión presidida por el Embajador de los Países Bajos se celebró en Ginebra."),
]


@pytest.mark.parametrize(("language", "text"), LED_BY, ids=case_ids(LED_BY))
def test_a_meeting_led_by_a_state_is_no_decision_of_that_state(language, text):
    assert proposed_by_position(language, "news", [text]) == {}


def test_a_meeting_that_decided_by_consensus_still_decides():
    text = "The Meeting decided by consensus to grant Chad's request."
    assert proposed_by_position("en", "news", [text]) == {1: [("conclusion", ["TCD"])]}


# A level of funding that "will be maintained", after the donor was named: the donor's pledge.
FUNDING_MAINTAINED = [
    (
        "fr",
        "Le gouvernement norvégien a fourni 325 millions de couronnes en 2025. Ce niveau de financement sera "
        "maintenu en 2026.",
    ),
    (
        "es",
        "En 2025, el gobierno noruego aportó 325 millones de coronas. Este nivel de financiamiento se mantendrá en "
        "2026.",
    ),
]


@pytest.mark.parametrize(("language", "text"), FUNDING_MAINTAINED, ids=case_ids(FUNDING_MAINTAINED))
def test_a_level_of_funding_to_be_maintained_is_the_donors(language, text):
    assert proposed_by_position(language, "press_release", [text]) == {1: [("commitment", ["NOR"])]}


# "The authority will submit a formal request": the State the story is about will.
AUTHORITY_SUBMITS = [
    (
        "en",
        "Cambodia has prepared a third extension request. The authority will submit a formal request to the Prime "
        "Minister in March 2025.",
    ),
    (
        "fr",
        "Le Cambodge a préparé une troisième demande de prolongation. L'autorité soumettra une demande officielle "
        "au Premier ministre en mars 2025.",
    ),
    (
        "es",
        "Camboya ha preparado una tercera solicitud de prórroga. La autoridad presentará una solicitud formal al "
        "primer ministro en marzo de 2025.",
    ),
]


@pytest.mark.parametrize(("language", "text"), AUTHORITY_SUBMITS, ids=case_ids(AUTHORITY_SUBMITS))
def test_a_national_authority_that_will_submit_a_request_commits_its_state(language, text):
    assert proposed_by_position(language, "news", [text]) == {1: [("commitment", ["KHM"])]}


def test_states_that_will_present_requests_at_a_meeting_are_its_programme():
    text = "Six States Parties will present requests for extended deadlines at the meeting."
    assert proposed_by_position("en", "news", [text]) == {}


# Asking for resources to be mobilised: a call on those who can give, for the State helped.
MOBILISATION = [
    ("en", "The director requested mobilisation of resources for the three-year action plan of Cambodia."),
    ("fr", "Le directeur a demandé la mobilisation de ressources pour le plan d'action triennal du Cambodge."),
    ("es", "El director pidió la movilización de recursos para el plan de acción trienal de Camboya."),
]


@pytest.mark.parametrize(("language", "text"), MOBILISATION, ids=case_ids(MOBILISATION))
def test_a_request_to_mobilise_resources_calls_on_those_in_a_position(language, text):
    assert proposed_by_position(language, "news", [text]) == {1: [("call", ["KHM", "states-parties-in-a-position"])]}


# Reported speech with "that" before the reported clause.
SAID_THAT = [
    ("Canada said that it would continue to fund clearance in Colombia.", ["CAN", "COL"]),
    ("The minister said that Angola would destroy its stockpile by 2027.", ["AGO"]),
    (
        "Turkey's representative said that both Turkey and Greece would start the process of becoming parties.",
        ["GRC", "TUR"],
    ),
]


@pytest.mark.parametrize(("text", "owners"), SAID_THAT)
def test_what_a_party_said_that_it_would_do_is_its_commitment(text, owners):
    assert proposed_by_position("en", "news", [text]) == {1: [("commitment", owners)]}


# A monitor's advice to a State, after a dateline in brackets, the State named by its adjective.
ADVISED_AFTER_A_DATELINE = [
    (
        "en",
        "(Kyiv, January 31, 2026) – The Ukrainian government should investigate the apparent use of antipersonnel "
        "mines, Human Rights Watch said today.",
    ),
    (
        "fr",
        "(Kiev, le 31 janvier 2026) – L’Ukraine devrait enquêter sur l’utilisation apparente de mines antipersonnel, "
        "a déclaré Human Rights Watch aujourd’hui.",
    ),
    (
        "es",
        "(Kiev, 31 de enero de 2026) – El Gobierno ucraniano debería investigar el uso aparente de minas "
        "antipersonales, señaló hoy Human Rights Watch.",
    ),
]


@pytest.mark.parametrize(("language", "text"), ADVISED_AFTER_A_DATELINE, ids=case_ids(ADVISED_AFTER_A_DATELINE))
def test_what_a_state_should_do_after_a_dateline_is_advice_to_it(language, text):
    assert proposed_by_position(language, "press_release", [text]) == {1: [("recommendation", ["UKR"])]}


def test_requests_approved_for_two_states_give_both_however_the_second_is_named():
    text = "The Meeting of States Parties approved the requests of Eritrea and the Republic of Congo."
    assert proposed_by_position("en", "web_page", [text]) == {1: [("conclusion", ["COG", "ERI"])]}


# A summit that adopted a plan decided, as a conference does: the States Parties'.
SUMMIT_ADOPTED = [
    ("en", "The Nairobi Summit adopted a 70-point action plan to end the suffering caused by mines."),
    ("fr", "Le Sommet de Nairobi a adopté un plan d’action en 70 points pour mettre fin aux souffrances."),
    ("es", "La Cumbre de Nairobi adoptó un plan de acción de 70 puntos para poner fin al sufrimiento."),
]


@pytest.mark.parametrize(("language", "text"), SUMMIT_ADOPTED, ids=case_ids(SUMMIT_ADOPTED))
def test_a_summit_that_adopted_a_plan_decided(language, text):
    assert proposed_by_position(language, "press_release", [text]) == {1: [("conclusion", ["states-parties"])]}


def test_a_summit_that_took_up_a_challenge_decided_nothing():
    text = (
        "La Cumbre de Cartagena recogió el guante lanzado por la ONG, que había animado a Estados Unidos a adherirse."
    )
    assert proposed_by_position("es", "news", [text]) == {}


# A government that renounces using, producing and buying the mines: its pledge.
RENOUNCED = [
    (
        "en",
        "The US Government announced on Tuesday that it renounces the use, production and purchase of "
        "anti-personnel mines.",
    ),
    (
        "fr",
        "Le gouvernement américain a annoncé mardi qu'il renonce à utiliser, produire et acheter des mines "
        "antipersonnel.",
    ),
    ("es", "El Gobierno de EE. UU. anunció este martes que renuncia a usar, producir y comprar minas antipersona."),
]


@pytest.mark.parametrize(("language", "text"), RENOUNCED, ids=case_ids(RENOUNCED))
def test_renouncing_the_mines_is_a_commitment(language, text):
    assert proposed_by_position(language, "news", [text]) == {1: [("commitment", ["USA"])]}


# A State's wish to see another resume its support: a call on the other.
WISHED_TO_SEE = [
    ("en", "The director expressed Cambodia's wish to see France resume its support for humanitarian demining."),
    ("fr", "Le directeur a exprimé le souhait du Cambodge de voir la France reprendre son appui au déminage."),
    ("es", "El director expresó el deseo de Camboya de que Francia reanude su apoyo al desminado humanitario."),
]


@pytest.mark.parametrize(("language", "text"), WISHED_TO_SEE, ids=case_ids(WISHED_TO_SEE))
def test_a_wish_to_see_a_state_resume_its_support_calls_on_it(language, text):
    assert proposed_by_position(language, "news", [text]) == {1: [("call", ["FRA"])]}


# A chapeau whose verb of asking the page cut off ("States Parties to provide:"): its items call on them.
CUT_CHAPEAUS = [
    ("en", "States Parties to provide:", "Information on past and planned use of mines retained for training;"),
    ("fr", "Les États parties à fournir :", "des informations sur l'emploi passé et prévu des mines conservées ;"),
    ("es", "Los Estados partes a proporcionar:", "información sobre el uso pasado y previsto de las minas retenidas;"),
]


@pytest.mark.parametrize(("language", "chapeau", "item"), CUT_CHAPEAUS, ids=case_ids(CUT_CHAPEAUS))
def test_items_under_a_chapeau_cut_after_to_call_on_those_it_names(language, chapeau, item):
    found = proposed_by_position(language, "web_page", [chapeau, item])
    assert found.get(2) == [("call", ["states-parties"])]
