"""Forms read in context (issue 22, round 33), in English, French and Spanish. The sentences were written for these
tests (never taken from an evaluation set)."""

import pytest

from tests.extraction.proposing import case_ids, kinds_and_owners, proposed_by_position

pytestmark = pytest.mark.django_db


# "These States" are the States named together just before.
THESE_STATES = [
    (
        "en",
        "Lithuania, Poland and Finland have begun to withdraw from the Convention. We urge these States to reconsider.",
    ),
    (
        "fr",
        "La Lituanie, la Pologne et la Finlande ont annoncé leur retrait de la Convention. Nous exhortons ces États à "
        "reconsidérer leur retrait.",
    ),
    (
        "es",
        "Lituania, Polonia y Finlandia iniciaron su retiro de la Convención. Instamos a estos Estados a "
        "reconsiderarlo.",
    ),
]


@pytest.mark.parametrize(("language", "text"), THESE_STATES, ids=case_ids(THESE_STATES))
def test_a_call_on_these_states_is_on_the_states_named_together_before(language, text):
    assert proposed_by_position(language, "news", [text], title="Withdrawals") == {1: [("call", ["FIN", "LTU", "POL"])]}


# Extension requests named with their States ("extension requests to", "demandes de prolongation de").
EXTENSION_REQUESTS_OF = [
    ("en", "States Parties granted treaty-compliant extension requests to Cyprus, Congo and Turkey."),
    ("fr", "Les États parties ont accepté les demandes de prolongation de Chypre, du Congo et de la Turquie."),
    ("es", "Los Estados Partes aprobaron las solicitudes de prórroga de Chipre, el Congo y Turquía."),
]


@pytest.mark.parametrize(("language", "text"), EXTENSION_REQUESTS_OF, ids=case_ids(EXTENSION_REQUESTS_OF))
def test_extension_requests_granted_are_decisions_on_the_states_named(language, text):
    by_position = proposed_by_position(language, "news", [text], title="Extensions")
    assert by_position == {1: [("conclusion", ["COG", "CYP", "TUR"])]}


# A participle of promising after a reaffirmation pledges what it promises.
PROMISING = [
    (
        "en",
        "In response, the Yemen Ambassador reconfirmed his government's commitment to the treaty, promising a full "
        "investigation into the allegations.",
    ),
    (
        "fr",
        "En réponse, l'ambassadeur du Yémen a réaffirmé l'engagement de son gouvernement envers le traité, promettant "
        "une enquête complète sur ces allégations.",
    ),
    (
        "es",
        "En respuesta, el embajador de Yemen reafirmó el compromiso de su gobierno con el tratado, prometiendo una "
        "investigación completa de las denuncias.",
    ),
]


@pytest.mark.parametrize(("language", "text"), PROMISING, ids=case_ids(PROMISING))
def test_promising_after_a_reaffirmation_is_a_commitment(language, text):
    assert proposed_by_position(language, "news", [text], title="Allegations") == {1: [("commitment", ["YEM"])]}


# The State whose efforts are supported is helped.
EFFORTS_OF = [
    ("en", "Australia, New Zealand and Luxembourg have committed to support the humanitarian efforts of Cambodia."),
    (
        "fr",
        "L'Australie, la Nouvelle-Zélande et le Luxembourg se sont engagés à soutenir les efforts humanitaires du "
        "Cambodge.",
    ),
    ("es", "Australia, Nueva Zelandia y Luxemburgo se comprometieron a apoyar los esfuerzos humanitarios de Camboya."),
]


@pytest.mark.parametrize(("language", "text"), EFFORTS_OF, ids=case_ids(EFFORTS_OF))
def test_the_state_whose_efforts_are_supported_is_helped(language, text):
    by_position = proposed_by_position(language, "news", [text], title="Support to demining")
    assert by_position == {1: [("commitment", ["AUS", "KHM", "LUX", "NZL"])]}


# Praise first, then a call coordinated to it: the call is read.
PRAISE_THEN_CALL = [
    ("en", "We commend the proposal of Canada and Honduras and encourage all States to support this initiative."),
    (
        "fr",
        "Nous saluons la proposition du Canada et du Honduras et encourageons tous les États à soutenir cette "
        "initiative.",
    ),
    ("es", "Saludamos la propuesta de Canadá y Honduras y alentamos a todos los Estados a apoyar esta iniciativa."),
]


@pytest.mark.parametrize(("language", "text"), PRAISE_THEN_CALL, ids=case_ids(PRAISE_THEN_CALL))
def test_a_call_coordinated_to_praise_is_a_call(language, text):
    assert proposed_by_position(language, "statement", [text]) == {1: [("call", ["states-parties"])]}


def test_thanks_alone_are_no_call():
    assert proposed_by_position("en", "statement", ["We thank Canada and Honduras and their teams."]) == {}


# Reminding States Parties of their obligation calls on them.
REMINDING = [
    ("en", "The ICRC reminded States Parties of their obligation to implement the Convention fully."),
    (
        "fr",
        "Le CICR a relevé les avancées de la Convention tout en rappelant aux États parties l'obligation qui leur "
        "incombe d'en assurer une mise en œuvre intégrale.",
    ),
    ("es", "El CICR recordó a los Estados Partes su obligación de aplicar plenamente la Convención."),
]


@pytest.mark.parametrize(("language", "text"), REMINDING, ids=case_ids(REMINDING))
def test_reminding_states_parties_of_their_obligation_calls_on_them(language, text):
    by_position = proposed_by_position(language, "news", [text], title="The ICRC at the meeting")
    assert by_position == {1: [("call", ["states-parties"])]}


# A monitor's page advising a State it names.
A_STATE_SHOULD = [
    ("en", "Ukraine should request an extension to its clearance deadline without further delay."),
    ("fr", "L'Ukraine devrait demander sans tarder une prolongation de son délai de déminage."),
    ("es", "Ucrania debería solicitar sin demora una prórroga de su plazo de desminado."),
]


@pytest.mark.parametrize(("language", "text"), A_STATE_SHOULD, ids=case_ids(A_STATE_SHOULD))
def test_a_page_advising_a_named_state_recommends_to_it(language, text):
    by_position = proposed_by_position(language, "web_page", [text], title="Ukraine")
    assert by_position == {1: [("recommendation", ["UKR"])]}


# A declaration made on behalf of an organisation is that organisation's.
ON_BEHALF_OF = [
    (
        "en",
        "We will support victims over the long term.",
        "Declaration by the Presidency on behalf of the European Union",
    ),
    (
        "fr",
        "Nous poursuivrons nos efforts en faveur de l'aide aux victimes.",
        "Déclaration de la présidence au nom de l'Union européenne",
    ),
    (
        "es",
        "Seguiremos apoyando la asistencia a las víctimas.",
        "Declaración de la Presidencia en nombre de la Unión Europea",
    ),
]


@pytest.mark.parametrize(("language", "text", "title"), ON_BEHALF_OF, ids=case_ids(ON_BEHALF_OF))
def test_a_declaration_on_behalf_of_an_organisation_is_its(language, text, title):
    assert proposed_by_position(language, "declaration", [text], title=title) == {1: [("commitment", ["EU"])]}


# An envoy's visit is logistics.
VISIT = [
    ("en", "The Special Envoy will make an official three-day visit to Myanmar starting 28 May."),
    ("fr", "L'Envoyé spécial effectuera une visite officielle de trois jours au Myanmar à partir du 28 mai."),
    ("es", "El Enviado Especial realizará una visita oficial de tres días a Myanmar a partir del 28 de mayo."),
]


@pytest.mark.parametrize(("language", "text"), VISIT, ids=case_ids(VISIT))
def test_an_envoys_visit_is_logistics(language, text):
    assert proposed_by_position(language, "press_release", [text], title="A visit") == {}


def test_a_first_person_plural_without_pronoun_in_a_quotation_is_the_story_s_state():
    texts = [
        "Colombia es, después de Afganistán, el segundo país con más minas.",
        '"No hay horror más grande. Buscamos erradicar hasta la última mina antipersonal en el año 2021", dijo el '
        "presidente.",
    ]
    by_position = proposed_by_position("es", "news", texts, title="Colombia busca destruir sus minas")
    assert kinds_and_owners(by_position) == {2: [("commitment", ["COL"])]}
