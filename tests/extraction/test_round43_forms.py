"""Forms read in context (issue 22, round 43), in English, French and Spanish. The sentences were written for these
tests (never taken from an evaluation set)."""

import pytest

from tests.extraction.proposing import case_ids, proposed_by_position

pytestmark = pytest.mark.django_db


# The common spelling of a State's name where the UN's short name differs ("Zimbabue", "Kenia", "Biélorussie").
COMMON_SPELLINGS = [
    ("es", "Zimbabue se comprometió a terminar el desminado de sus fronteras antes de 2025.", "ZWE"),
    ("es", "Kenia anunció que contribuirá con 50.000 dólares al programa de asistencia a las víctimas.", "KEN"),
    ("fr", "La Biélorussie s'est engagée à détruire ses stocks de mines avant la fin de l'année.", "BLR"),
]


@pytest.mark.parametrize(("language", "text", "code"), COMMON_SPELLINGS, ids=case_ids(COMMON_SPELLINGS))
def test_a_states_common_spelling_names_it(language, text, code):
    assert proposed_by_position(language, "news", [text]) == {1: [("commitment", [code])]}


# A future that only schedules (chairing a meeting), coordinated with a second future that is the State's act.
SCHEDULED_THEN_ACT = [
    ("en", "Norway will chair the meeting in November and will host a regional workshop on victim assistance.", "NOR"),
    ("fr", "Le Canada présidera la réunion en novembre et accueillera un atelier régional sur les victimes.", "CAN"),
    ("es", "Chile presidirá la reunión en noviembre y, además, será sede de un taller regional sobre víctimas.", "CHL"),
]


@pytest.mark.parametrize(("language", "text", "code"), SCHEDULED_THEN_ACT, ids=case_ids(SCHEDULED_THEN_ACT))
def test_an_act_coordinated_with_a_scheduled_future_is_read(language, text, code):
    assert proposed_by_position(language, "news", [text]) == {1: [("offer", [code])]}


SCHEDULED_ONLY = [
    ("en", "Norway will chair the meeting in November, in Geneva."),
    ("es", "Chile presidirá la reunión de los Estados Partes en noviembre."),
]


@pytest.mark.parametrize(("language", "text"), SCHEDULED_ONLY, ids=case_ids(SCHEDULED_ONLY))
def test_a_scheduled_future_alone_is_no_commitment(language, text):
    assert proposed_by_position(language, "news", [text]) == {}


# A State that never joined the Convention, named as the place helped, owns nothing under it; a State Party does.
HELPED_OUTSIDE_THE_CONVENTION = [
    ("en", "Japan offered to train deminers from Laos and Cambodia next year."),
    ("fr", "Le Japon a offert de former des démineurs du Laos et du Cambodge l'an prochain."),
    ("es", "Japón ofreció capacitar a desminadores de Laos y Camboya el próximo año."),
]


@pytest.mark.parametrize(
    ("language", "text"), HELPED_OUTSIDE_THE_CONVENTION, ids=case_ids(HELPED_OUTSIDE_THE_CONVENTION)
)
def test_a_state_never_party_is_no_beneficiary_owner(language, text):
    assert proposed_by_position(language, "news", [text]) == {1: [("offer", ["JPN", "KHM"])]}


def test_a_french_offer_in_the_past_is_read():
    text = "La Norvège a offert d'accueillir la prochaine réunion des États parties."
    assert proposed_by_position("fr", "news", [text]) == {1: [("offer", ["NOR"])]}


# A capitalised noun that opens a web page's sentence is no order to its reader ("Government representatives
# attended"); a verb is ("Implement the plan").
def test_a_noun_opening_a_web_pages_sentence_is_no_instruction():
    text = "Government representatives from 30 African countries attended the workshop: Algeria, Angola and Benin."
    assert proposed_by_position("en", "web_page", [text]) == {}


# A party recalling what it had done is no finding of a meeting.
RECALLED_DONE = [
    ("en", "Indonesia used the workshop to give an update. It noted that it had filed its initial report in January."),
    ("fr", "L'Indonésie a fait le point. Elle a rappelé qu'elle avait remis son rapport initial en janvier."),
    ("es", "Indonesia presentó su situación. Recordó que había presentado su informe inicial en enero."),
]


@pytest.mark.parametrize(("language", "text"), RECALLED_DONE, ids=case_ids(RECALLED_DONE))
def test_a_party_recalling_what_it_had_done_is_no_finding(language, text):
    assert proposed_by_position(language, "news", [text]) == {}


# A sum given to an organisation ("to the work of the ISU"): the organisation is added to whoever gives.
SUM_TO_AN_ORGANISATION = [
    ("en", "In addition, the Netherlands has pledged €50,000 to the work of the ISU.", ["ISU", "NLD"]),
    ("es", "Alemania aportará 40.000 euros a la Unidad de Apoyo a la Aplicación de la Convención.", ["DEU", "ISU"]),
]


@pytest.mark.parametrize(("language", "text", "owners"), SUM_TO_AN_ORGANISATION, ids=case_ids(SUM_TO_AN_ORGANISATION))
def test_an_organisation_given_a_sum_is_added(language, text, owners):
    assert proposed_by_position(language, "news", [text]) == {1: [("commitment", owners)]}


# An event's purpose ("The conference aimed to renew commitments", "la Journée vise à") is no one's pledge.
EVENT_PURPOSE = [
    ("en", "The conference, chaired by the Minister of Cambodia, aimed to renew and strengthen commitments."),
    ("fr", "La Journée internationale vise à sensibiliser le public au danger des mines."),
    ("es", "El taller, organizado por Colombia, busca fortalecer los compromisos de la región."),
]


@pytest.mark.parametrize(("language", "text"), EVENT_PURPOSE, ids=case_ids(EVENT_PURPOSE))
def test_an_events_purpose_is_no_commitment(language, text):
    assert proposed_by_position(language, "news", [text]) == {}


def test_a_state_that_aims_still_commits():
    text = "At the meeting, Cambodia said it aims to clear all remaining minefields by 2025."
    assert proposed_by_position("en", "news", [text]) == {1: [("commitment", ["KHM"])]}


# A sum opening a reported clause ("informó que 1,5 millones serán aportados"): the reporter's State gives it.
SUM_IN_A_REPORTED_CLAUSE = [
    ("en", "The Japanese ambassador said that $1.5 million will be provided in cash and equipment.", "JPN"),
    ("es", "El embajador japonés informó que 1,5 millones de dólares serán aportados en dinero.", "JPN"),
]


@pytest.mark.parametrize(("language", "text", "code"), SUM_IN_A_REPORTED_CLAUSE, ids=case_ids(SUM_IN_A_REPORTED_CLAUSE))
def test_a_sum_opening_a_reported_clause_is_pledged(language, text, code):
    assert proposed_by_position(language, "news", [text]) == {1: [("commitment", [code])]}


# A sum pledged in a gerund ("by committing $75 million", "comprometiendo 75 millones").
SUM_IN_A_GERUND = [
    ("en", "Australia is renewing its efforts against landmines by committing $75 million over five years."),
    ("fr", "L'Australie renouvelle ses efforts contre les mines en consacrant 75 millions sur cinq ans."),
    ("es", "Australia renueva sus esfuerzos contra las minas comprometiendo 75 millones en cinco años."),
]


@pytest.mark.parametrize(("language", "text"), SUM_IN_A_GERUND, ids=case_ids(SUM_IN_A_GERUND))
def test_a_sum_pledged_in_a_gerund_is_a_commitment(language, text):
    assert proposed_by_position(language, "news", [text]) == {1: [("commitment", ["AUS"])]}


# A commitment restated in a gerund after a report ("reaffirming its commitment to become mine-free").
RESTATED_IN_A_GERUND = [
    ("en", "At the meeting, Peru reported on its progress, reaffirming its commitment to become free of mines."),
    (
        "fr",
        "Lors de la réunion, le Pérou a présenté ses progrès, réaffirmant son engagement à devenir exempt de mines.",
    ),
    (
        "es",
        "En el encuentro, el Perú informó de sus avances, reafirmando el compromiso de ser un país libre de minas.",
    ),
]


@pytest.mark.parametrize(("language", "text"), RESTATED_IN_A_GERUND, ids=case_ids(RESTATED_IN_A_GERUND))
def test_a_commitment_restated_in_a_gerund_is_the_reporters(language, text):
    assert proposed_by_position(language, "news", [text]) == {1: [("commitment", ["PER"])]}


# A call on "all stakeholders" is a call on all States Parties.
STAKEHOLDERS_CALLED = [
    ("en", "The ambassador called on all stakeholders to explore alternative approaches to mine action."),
    ("fr", "L'ambassadeur a appelé toutes les parties prenantes à explorer de nouvelles approches."),
    ("es", "El embajador hizo un llamado a todas las partes interesadas a explorar nuevos enfoques."),
]


@pytest.mark.parametrize(("language", "text"), STAKEHOLDERS_CALLED, ids=case_ids(STAKEHOLDERS_CALLED))
def test_a_call_on_all_stakeholders_is_on_the_states_parties(language, text):
    assert proposed_by_position(language, "news", [text]) == {1: [("call", ["states-parties"])]}


# Aid in the passive future with its recipient first ("Se proporcionará a tres Estados Parte apoyo técnico"), as a
# list item: the announcing donor's.
def test_passive_aid_with_its_recipient_first():
    paragraphs = [
        "La Unión Europea anunció una inversión de 1,03 millones de euros para apoyar la Convención.",
        "Se proporcionará a tres Estados Parte apoyo técnico nacional para la asistencia a víctimas.",
    ]
    assert proposed_by_position("es", "press_release", paragraphs)[2] == [("commitment", ["EU"])]


# "counts on X to": what the speaker expects of a State; when that State never joined, the call is the speaker's.
COUNTS_ON = [
    ("en", "The EU counts on the United States to remain an important partner and donor in mine action."),
    ("fr", "L'UE compte sur les États-Unis pour rester un partenaire et un donateur important."),
    ("es", "La UE cuenta con Estados Unidos para seguir siendo un socio y donante importante."),
]


@pytest.mark.parametrize(("language", "text"), COUNTS_ON, ids=case_ids(COUNTS_ON))
def test_counting_on_a_state_is_a_call(language, text):
    assert proposed_by_position(language, "press_release", [text]) == {1: [("call", ["EU"])]}


# "The three countries stressed that they will ...": the three States named before.
THREE_COUNTRIES = [
    (
        "en",
        [
            "Estonia, Latvia and Lithuania announced their decision on Thursday.",
            "The three countries emphasised that they will continue to support humanitarian demining.",
        ],
    ),
    (
        "fr",
        [
            "Le Pérou et l'Équateur se sont réunis à Lima.",
            "Les deux pays ont affirmé qu'ils achèveront le déminage de la frontière en 2025.",
        ],
    ),
]


@pytest.mark.parametrize(("language", "paragraphs"), THREE_COUNTRIES, ids=case_ids(THREE_COUNTRIES))
def test_the_states_a_counted_subject_stands_for(language, paragraphs):
    owners = {"en": ["EST", "LTU", "LVA"], "fr": ["ECU", "PER"]}[language]
    assert proposed_by_position(language, "news", paragraphs) == {2: [("commitment", owners)]}


# A State that will cease to apply the Convention commits to nothing.
CEASING = [
    ("en", "On 20 February 2026, Poland will cease to fulfil its obligations under the Ottawa Convention."),
    ("fr", "Le 20 février 2026, la Pologne cessera de remplir ses obligations au titre de la Convention d'Ottawa."),
    ("es", "El 20 de febrero de 2026, Polonia dejará de cumplir sus obligaciones en virtud de la Convención."),
]


@pytest.mark.parametrize(("language", "text"), CEASING, ids=case_ids(CEASING))
def test_ceasing_to_apply_the_convention_is_no_commitment(language, text):
    assert proposed_by_position(language, "news", [text]) == {}
