"""Who speaks in a declaration and in a legal act, in English, French and Spanish (sentences written for these
tests): a declaration's "we" are all who took part, never the host State it names; a legal act speaks for the body
that adopts it, and binds it in each article, whatever the article's subject."""

import pytest

from extraction.propose import document_proposals
from tests.factories import DocumentFactory, ParagraphFactory

pytestmark = pytest.mark.django_db


def proposed_owners(language: str, kind: str, paragraphs: list[tuple[str, str]], title: str = "") -> list[list[str]]:
    """The owner codes of each proposal on a document of ``kind`` (and ``title``) made of (label, text) paragraphs."""
    document = DocumentFactory(language=language, kind=kind, **({"title": title} if title else {}))
    for position, (label, text) in enumerate(paragraphs, start=1):
        ParagraphFactory(document=document, label=label, text=text, position=position, language=language)
    proposals, _warnings = document_proposals(document)
    return [sorted(owner.code for owner in proposal.owners) for proposal in proposals]


REGIONAL_DECLARATIONS = [
    (
        "en",
        "We, the ministers of the Andean region, meeting in Quito at the invitation of Ecuador, reviewed the "
        "clearance of our borders. We thank Ecuador for its hospitality.",
        "We will set up a regional information centre by 2028.",
    ),
    (
        "fr",
        "Nous, ministres de la région andine, réunis à Quito à l'invitation de l'Équateur, avons examiné le "
        "déminage de nos frontières. Nous remercions l'Équateur de son hospitalité.",
        "Nous mettrons en place un centre régional d'information d'ici à 2028.",
    ),
    (
        "es",
        "Nosotros, los ministros de la región andina, reunidos en Quito por invitación del Ecuador, examinamos el "
        "desminado de nuestras fronteras. Agradecemos al Ecuador su hospitalidad.",
        "Estableceremos un centro regional de información antes de 2028.",
    ),
]


@pytest.mark.parametrize(
    ("language", "preamble", "pledge"), REGIONAL_DECLARATIONS, ids=[c[0] for c in REGIONAL_DECLARATIONS]
)
def test_a_declarations_we_is_its_participants_not_the_host(language, preamble, pledge):
    owners = proposed_owners(language, "declaration", [("", preamble), ("1.", pledge)])
    assert owners[-1] == ["conference-participants"]


COUNCIL_ACTS = [
    ("en", "The Union shall support mine clearance in the border provinces.", "The activities shall include survey."),
    ("fr", "L'Union soutient le déminage dans les provinces frontalières.", "Les activités comprennent l'enquête."),
    (
        "es",
        "La Unión apoyará el desminado en las provincias fronterizas.",
        "Las actividades incluirán el reconocimiento.",
    ),
]


@pytest.mark.parametrize(("language", "support", "activities"), COUNCIL_ACTS, ids=[c[0] for c in COUNCIL_ACTS])
def test_a_legal_acts_articles_bind_the_body_it_names(language, support, activities):
    owners = proposed_owners(language, "legal_act", [("1.", support), ("2.", activities)])
    assert owners == [["EU"], ["EU"]]  # the second article names no one: the act's body still owns it


STATES_DECLARATIONS = [
    ("en", "Declaration of Norway", "Norway welcomes the report.", "We will fund survey in the region in 2027."),
    (
        "fr",
        "Déclaration de la Norvège",
        "La Norvège salue le rapport.",
        "Nous financerons l'enquête dans la région en 2027.",
    ),
    (
        "es",
        "Declaración de Noruega",
        "Noruega acoge con satisfacción el informe.",
        "Financiaremos el reconocimiento en la región en 2027.",
    ),
]


@pytest.mark.parametrize(
    ("language", "title", "opening", "pledge"), STATES_DECLARATIONS, ids=[c[0] for c in STATES_DECLARATIONS]
)
def test_a_declaration_titled_with_a_state_is_that_states_statement(language, title, opening, pledge):
    assert proposed_owners(language, "declaration", [("", opening), ("", pledge)], title) == [["NOR"]]  # the pledge


PLACE_TITLES = [
    ("en", "Declaration of the Conference on Demining in Angola", "We will share our survey data."),
    ("fr", "Déclaration de la Conférence sur le déminage en Angola", "Nous partagerons nos données d'enquête."),
    (
        "es",
        "Declaración de la Conferencia sobre el desminado en Angola",
        "Compartiremos nuestros datos de reconocimiento.",
    ),
]


@pytest.mark.parametrize(("language", "title", "pledge"), PLACE_TITLES, ids=[c[0] for c in PLACE_TITLES])
def test_a_state_named_as_the_place_of_a_declaration_does_not_speak_it(language, title, pledge):
    assert proposed_owners(language, "declaration", [("1.", pledge)], title) == [["conference-participants"]]


COMMITTEE_ON_A_REQUEST = [
    (
        "en",
        "Conclusions of the Committee on Article 5 Implementation on the request submitted by Ethiopia",
        "The Committee considers that completion within the requested period depends on security conditions.",
    ),
    (
        "fr",
        "Conclusions du Comité sur l'application de l'article 5 concernant la demande présentée par l'Éthiopie",
        "Le Comité estime que l'achèvement dans le délai demandé dépend des conditions de sécurité.",
    ),
    (
        "es",
        "Conclusiones del Comité sobre la Aplicación del Artículo 5 relativas a la solicitud presentada por Etiopía",
        "El Comité considera que la conclusión en el plazo solicitado depende de las condiciones de seguridad.",
    ),
]


@pytest.mark.parametrize(
    ("language", "title", "finding"), COMMITTEE_ON_A_REQUEST, ids=[c[0] for c in COMMITTEE_ON_A_REQUEST]
)
def test_a_committees_findings_on_one_states_request_are_that_states(language, title, finding):
    assert proposed_owners(language, "conclusions", [("1.", finding)], title) == [["ETH"]]


ACTS_FOR_A_STATE = [
    (
        "en",
        "Council Decision in support of mine action in Cambodia",
        "The Union shall support the survey of agricultural land.",
        "The technical implementation shall be carried out by the Geneva International Centre for Humanitarian "
        "Demining.",
    ),
    (
        "fr",
        "Décision du Conseil à l'appui de la lutte antimines au Cambodge",
        "L'Union soutient l'étude des terres agricoles.",
        "La mise en œuvre technique est confiée au Centre international de déminage humanitaire de Genève.",
    ),
    (
        "es",
        "Decisión del Consejo en apoyo de la acción contra las minas en Camboya",
        "La Unión apoyará el reconocimiento de las tierras agrícolas.",
        "La ejecución técnica será llevada a cabo por el Centro Internacional de Desminado Humanitario de Ginebra.",
    ),
]


@pytest.mark.parametrize(
    ("language", "title", "support", "implementation"), ACTS_FOR_A_STATE, ids=[c[0] for c in ACTS_FOR_A_STATE]
)
def test_an_act_for_one_state_adds_it_and_its_implementer_owns_what_it_carries_out(
    language, title, support, implementation
):
    owners = proposed_owners(language, "legal_act", [("1.", support), ("2.", implementation)], title)
    assert owners == [["EU", "KHM"], ["GICHD"]]


ARTICLES_OPENING_ON_A_BODY = [
    ("en", "The Union shall fund the project.", "The Implementation Support Unit is responsible for its follow-up."),
    ("fr", "L'Union finance le projet.", "L'Unité d'appui à l'application est chargée de son suivi."),
    (
        "es",
        "La Unión financiará el proyecto.",
        "La Dependencia de Apoyo a la Aplicación es responsable de su seguimiento.",
    ),
]


@pytest.mark.parametrize(
    ("language", "funding", "follow_up"), ARTICLES_OPENING_ON_A_BODY, ids=[c[0] for c in ARTICLES_OPENING_ON_A_BODY]
)
def test_an_article_that_opens_on_a_body_binds_that_body(language, funding, follow_up):
    assert proposed_owners(language, "legal_act", [("1.", funding), ("2.", follow_up)]) == [["EU"], ["ISU"]]


REGIONAL_STATES_PARTIES = [
    (
        "en",
        "We, the representatives of the States Parties of Central Africa, meeting in Libreville, reviewed our "
        "progress.",
        "We commit to completing non-technical survey of our territories by 2029.",
    ),
    (
        "fr",
        "Nous, représentants des États parties d'Afrique centrale, réunis à Libreville, avons fait le point.",
        "Nous nous engageons à achever l'enquête non technique de nos territoires d'ici à 2029.",
    ),
    (
        "es",
        "Nosotros, los representantes de los Estados partes de África Central, reunidos en Libreville, examinamos "
        "nuestros avances.",
        "Nos comprometemos a concluir el reconocimiento no técnico de nuestros territorios antes de 2029.",
    ),
]


@pytest.mark.parametrize(
    ("language", "preamble", "pledge"), REGIONAL_STATES_PARTIES, ids=[c[0] for c in REGIONAL_STATES_PARTIES]
)
def test_the_states_parties_of_a_region_speak_as_conference_participants(language, preamble, pledge):
    owners = proposed_owners(language, "declaration", [("1.", preamble), ("2.", pledge)])
    assert owners[-1] == ["conference-participants"]
