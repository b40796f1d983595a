"""Forms read in context (issue 22, round 35), in English, French and Spanish. The sentences were written for these
tests (never taken from an evaluation set)."""

import pytest

from tests.extraction.proposing import case_ids, proposed_by_position

pytestmark = pytest.mark.django_db


# A meeting agreeing with a State's request decides on that State.
REQUEST_AGREED = [
    (
        "en",
        "The Meeting agreed with Thailand's request to extend her mine clearance timeframe by nine and a half years.",
    ),
    ("fr", "La Réunion a accédé à la demande de la Thaïlande de prolonger son délai de déminage de neuf ans et demi."),
    ("es", "La Reunión accedió a la solicitud de Tailandia de prorrogar su plazo de desminado por nueve años y medio."),
]


@pytest.mark.parametrize(("language", "text"), REQUEST_AGREED, ids=case_ids(REQUEST_AGREED))
def test_a_request_agreed_is_a_decision_on_the_state_that_made_it(language, text):
    assert proposed_by_position(language, "news", [text], title="Extensions") == {1: [("conclusion", ["THA"])]}


# A new deadline granted to a State named after the verb.
DEADLINE_GRANTED = [
    ("en", "The States Parties granted Ukraine an extension until 1 December 2033 to meet its clearance obligations."),
    (
        "fr",
        "Les États parties ont accordé à l'Ukraine un délai supplémentaire, jusqu'au 1er décembre 2033, pour remplir "
        "ses obligations de déminage.",
    ),
    (
        "es",
        "Los países firmantes de la Convención han concedido a Ucrania un plazo adicional, hasta el 1 de diciembre de "
        "2033, para cumplir sus obligaciones.",
    ),
]


@pytest.mark.parametrize(("language", "text"), DEADLINE_GRANTED, ids=case_ids(DEADLINE_GRANTED))
def test_a_new_deadline_granted_is_a_decision_on_that_state(language, text):
    assert proposed_by_position(language, "news", [text], title="Ukraine") == {1: [("conclusion", ["UKR"])]}


# "His administration will resume talks": the minister's State, an act resumed (not a session).
HIS_ADMINISTRATION = [
    (
        "en",
        "The Peruvian Foreign Minister, Gonzalo Gutiérrez, said today that his administration will resume talks with "
        "Chile to finish demining the border triangle.",
    ),
    (
        "fr",
        "Le ministre péruvien des Affaires étrangères, Gonzalo Gutiérrez, a assuré aujourd'hui que son administration "
        "reprendra les discussions avec le Chili pour achever le déminage du triangle frontalier.",
    ),
    (
        "es",
        "El canciller peruano, Gonzalo Gutiérrez, aseguró hoy que su administración retomará las conversaciones con "
        "Chile para terminar con el desminado del triángulo terrestre.",
    ),
]


@pytest.mark.parametrize(("language", "text"), HIS_ADMINISTRATION, ids=case_ids(HIS_ADMINISTRATION))
def test_his_administration_is_the_ministers_state(language, text):
    assert proposed_by_position(language, "news", [text], title="Demining") == {1: [("commitment", ["PER"])]}


# Items that give what a call asks for ("call for: | long-term assistance to survivors") are calls, on the States
# Parties when no one is named; items that only complete a full call ("support survivors: | in rural areas") are not.
CALL_FOR_ITEMS = [
    ("en", "The ICBL calls for:", "adequate long-term assistance to survivors, their families and communities"),
    (
        "fr",
        "Les militants de l'ICBL du monde entier appellent à :",
        "une assistance adéquate à long terme aux survivants, à leurs familles et à leurs communautés",
    ),
    (
        "es",
        "Los activistas de la ICBL del mundo entero hacen un llamamiento a:",
        "asistencia adecuada a largo plazo a los sobrevivientes, sus familias y comunidades",
    ),
]


@pytest.mark.parametrize(("language", "chapeau", "item"), CALL_FOR_ITEMS, ids=case_ids(CALL_FOR_ITEMS))
def test_what_a_call_asks_for_listed_below_it_is_a_call(language, chapeau, item):
    by_position = proposed_by_position(language, "web_page", [chapeau, item], title="Campaign")
    assert by_position[2] == [("call", ["states-parties"])]


def test_items_completing_a_full_call_are_not_calls_of_their_own():
    by_position = proposed_by_position(
        "en", "declaration", ["We urge donors to maintain their support for survivors:", "in rural areas;"]
    )
    assert 2 not in by_position


# A list of who spoke under "... their commitments:" names States, not objectives.
SPEAKERS_LISTED = [
    (
        "en",
        "The following States Parties offered updates on the implementation of their commitments:",
        ["Angola", "Democratic Republic of the Congo"],
    ),
    (
        "fr",
        "Les États parties suivants ont présenté une mise à jour sur la mise en œuvre de leurs engagements :",
        ["Angola", "République démocratique du Congo"],
    ),
    (
        "es",
        "Los siguientes Estados Partes informaron sobre la aplicación de sus compromisos:",
        ["Angola", "República Democrática del Congo"],
    ),
]


@pytest.mark.parametrize(("language", "chapeau", "names"), SPEAKERS_LISTED, ids=case_ids(SPEAKERS_LISTED))
def test_names_listed_under_their_commitments_are_no_objectives(language, chapeau, names):
    items = [f"• {name}" for name in names]
    by_position = proposed_by_position(language, "web_page", [chapeau, *items], title="Intersessional meetings")
    assert not set(by_position) & {2, 3}


# A news dateline before "both delegations" leaves them the pair of the title.
DATELINE_THEN_PAIR = [
    (
        "en",
        "Ecuador and Peru review demining on their border",
        "Quito, 3 December 2026 – Both delegations agreed to take part jointly in international events.",
    ),
    (
        "fr",
        "L'Équateur et le Pérou font le point sur le déminage de leur frontière",
        "Quito, 3 décembre 2026 – Les deux délégations ont convenu de participer conjointement aux événements "
        "internationaux.",
    ),
    (
        "es",
        "Ecuador y Perú evalúan el desminado en su frontera",
        "Quito, 3 de diciembre de 2026 – Ambas delegaciones acordaron participar de manera conjunta en eventos "
        "internacionales.",
    ),
]


@pytest.mark.parametrize(("language", "title", "text"), DATELINE_THEN_PAIR, ids=case_ids(DATELINE_THEN_PAIR))
def test_a_dateline_before_both_delegations_leaves_the_pair_of_the_title(language, title, text):
    by_position = proposed_by_position(language, "news", [text], title=title)
    assert by_position == {1: [("commitment", ["ECU", "PER"])]}
