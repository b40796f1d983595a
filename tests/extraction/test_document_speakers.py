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
