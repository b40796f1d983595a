"""Forms read in context (issue 22, round 51), in English, French and Spanish. The sentences were written for these
tests (never taken from an evaluation set)."""

import pytest

from tests.extraction.proposing import case_ids, proposed_by_position

pytestmark = pytest.mark.django_db


# A donation made, with its sum: the donor's commitment, with the State helped.
DONATIONS = [
    ("en", "The Government of Norway has made a 500 thousand dollar donation to the OAS programme in Colombia."),
    ("fr", "Le gouvernement de la Norvège a fait un don de 500 000 dollars au programme de l'OEA en Colombie."),
    ("es", "El Gobierno de Noruega ha hecho una donación de 500.000 dólares al programa de la OEA en Colombia."),
]


@pytest.mark.parametrize(("language", "text"), DONATIONS, ids=case_ids(DONATIONS))
def test_a_donation_made_with_its_sum_is_the_donors_commitment(language, text):
    found = proposed_by_position(language, "press_release", [text])
    assert [(kind, sorted(owners)) for kind, owners in found[1]] == [("commitment", ["COL", "NOR"])]


# A decision on "this request" points back to the State that made it.
THIS_REQUEST = [
    (
        "en",
        "In March 2019, Peru submitted a request for an extended deadline. This request was granted at the "
        "Eighteenth Meeting of the States Parties.",
    ),
    (
        "fr",
        "En mars 2019, le Pérou a présenté une demande de prolongation. Cette demande a été accordée à la "
        "dix-huitième Assemblée des États parties.",
    ),
    (
        "es",
        "En marzo de 2019, el Perú presentó una solicitud de prórroga. Esta solicitud fue aprobada en la "
        "Decimoctava Reunión de los Estados Partes.",
    ),
]


@pytest.mark.parametrize(("language", "text"), THIS_REQUEST, ids=case_ids(THIS_REQUEST))
def test_a_decision_on_this_request_is_on_the_state_that_made_it(language, text):
    assert proposed_by_position(language, "web_page", [text]) == {1: [("conclusion", ["PER"])]}


def test_extensions_granted_to_states_listed_after_a_colon_are_each_theirs():
    text = (
        "Quatre pays se sont vus accorder une prolongation lors de cette session : le Tchad, le Pérou, le Niger et "
        "la Serbie."
    )
    found = proposed_by_position("fr", "news", [text])
    assert [(kind, sorted(owners)) for kind, owners in found[1]] == [("conclusion", ["NER", "PER", "SRB", "TCD"])]


# What a plan being drafted has to say, and what is essential for States to do: advice to the States Parties, also
# when an organisation gives it.
ADVICE = [
    (
        "en",
        "Inclusion: the new Action Plan has to ensure the participation of survivors in the work of the Convention.",
    ),
    ("fr", "Inclusion : le nouveau Plan d'action doit garantir la participation des survivants aux travaux."),
    (
        "es",
        "Inclusión: el nuevo Plan de Acción debe garantizar la participación de los sobrevivientes en los trabajos.",
    ),
    ("en", "Experience has shown that it is essential for states to set up a coordination mechanism for survivors."),
    ("fr", "L'expérience a montré qu'il est essentiel que les États mettent en place un mécanisme de coordination."),
    ("es", "La experiencia ha demostrado que es esencial que los Estados establezcan un mecanismo de coordinación."),
]


@pytest.mark.parametrize(("language", "text"), ADVICE, ids=case_ids(ADVICE))
def test_an_organisations_advice_is_for_the_states_parties(language, text):
    speaker = "Statement by the International Campaign to Ban Landmines (ICBL)"
    found = proposed_by_position(language, "statement", [text], title=speaker)
    assert found == {1: [("recommendation", ["states-parties"])]}


# "These commitments include ...", after a paragraph that names who made them: theirs.
THESE_COMMITMENTS = [
    (
        "en",
        "statement",
        [
            "We welcome the announcement made by the Government of Canada on its new mine action strategy.",
            "These commitments include doubling the funds for victim assistance by 2027.",
        ],
    ),
    (
        "fr",
        "news",
        [
            "Le gouvernement du Canada a annoncé sa nouvelle stratégie de lutte antimines.",
            "Ces engagements comprennent le doublement des fonds pour l'assistance aux victimes d'ici 2027.",
        ],
    ),
    (
        "es",
        "news",
        [
            "El gobierno de Canadá anunció su nueva estrategia de acción contra las minas.",
            "Estos compromisos incluyen duplicar los fondos para la asistencia a las víctimas antes de 2027.",
        ],
    ),
]


@pytest.mark.parametrize(("language", "genre", "texts"), THESE_COMMITMENTS, ids=case_ids(THESE_COMMITMENTS))
def test_these_commitments_are_those_of_the_party_named_before(language, genre, texts):
    assert proposed_by_position(language, genre, texts)[2] == [("commitment", ["CAN"])]


# A wish that States not party join ("it would be encouraging for"): a call, owned by who makes it.
WISHES = [
    (
        "en",
        "The French ambassador in Baku wrote that it would be encouraging for Azerbaijan and Armenia to join the "
        "Ottawa Convention together.",
    ),
    (
        "fr",
        "L'ambassadeur de France à Bakou a écrit qu'il serait encourageant que l'Azerbaïdjan et l'Arménie "
        "rejoignent ensemble la Convention d'Ottawa.",
    ),
    (
        "es",
        "El embajador de Francia en Bakú escribió que sería alentador que Azerbaiyán y Armenia se adhirieran juntos "
        "a la Convención de Ottawa.",
    ),
]


@pytest.mark.parametrize(("language", "text"), WISHES, ids=case_ids(WISHES))
def test_a_wish_that_states_outside_join_is_a_call_by_its_maker(language, text):
    assert proposed_by_position(language, "news", [text]) == {1: [("call", ["FRA"])]}


# A State that seeks resources asks for help: a call on those in a position to give it, that State helped.
SEEKING = [
    ("en", "Palau now seeks financial resources to continue its clearance programme."),
    ("fr", "Les Palaos cherchent des ressources financières pour poursuivre leur programme de déminage."),
    ("es", "Palaos busca recursos financieros para continuar su programa de desminado."),
]


@pytest.mark.parametrize(("language", "text"), SEEKING, ids=case_ids(SEEKING))
def test_a_state_seeking_resources_calls_for_help(language, text):
    found = proposed_by_position(language, "news", [text])
    assert [(kind, sorted(owners)) for kind, owners in found[1]] == [("call", ["PLW", "states-parties-in-a-position"])]
