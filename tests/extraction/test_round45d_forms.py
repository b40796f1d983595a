"""Forms read in context (issue 22, round 45d), in English, French and Spanish. The sentences were written for these
tests (never taken from an evaluation set)."""

import pytest

from tests.extraction.proposing import case_ids, kinds_and_owners, proposed_by_position

pytestmark = pytest.mark.django_db


# A memorandum signed on a contribution pledges it; victims helped in a State add that State.
MEMORANDA = [
    (
        "en",
        "The Ambassador of Luxembourg took part in the signing of a memorandum of understanding on a contribution of "
        "2,000,000 LUF from the Luxembourg government for the rehabilitation of mine victims in Bosnia and "
        "Herzegovina.",
    ),
    (
        "fr",
        "L'ambassadeur du Luxembourg a procédé à la signature d'un mémorandum d'accord relatif à une contribution de "
        "2.000.000 luf du gouvernement luxembourgeois pour la réhabilitation des victimes des mines en "
        "Bosnie-Herzégovine.",
    ),
    (
        "es",
        "El embajador de Luxemburgo procedió a la firma de un memorando de entendimiento relativo a una contribución "
        "de 2.000.000 LUF del gobierno luxemburgués para la rehabilitación de las víctimas de minas en Bosnia y "
        "Herzegovina.",
    ),
]


@pytest.mark.parametrize(("language", "text"), MEMORANDA, ids=case_ids(MEMORANDA))
def test_a_memorandum_signed_on_a_contribution(language, text):
    found = kinds_and_owners(proposed_by_position(language, "news", [text]))
    assert [(kind, sorted(owners)) for kind, owners in found[1]] == [("commitment", ["BIH", "LUX"])]


# A demand, as the purpose of what a party does, made on the State named next.
DEMANDS = [
    (
        "es",
        "El ministro boliviano declaró que se solicitarán informes para exigir que las autoridades de Chile cumplan "
        "esa obligación.",
    ),
]


@pytest.mark.parametrize(("language", "text"), DEMANDS, ids=case_ids(DEMANDS))
def test_a_demand_made_on_the_state_named(language, text):
    assert kinds_and_owners(proposed_by_position(language, "news", [text])) == {1: [("call", ["CHL"])]}


# What introduces a text, a past counterfactual and the Convention explained are none.
NONE = [
    ("en", "declaration", "The participants in the seminar adopted the following declaration."),
    ("fr", "declaration", "Les participants au séminaire ont adopté la déclaration suivante."),
    ("es", "declaration", "Los participantes en el seminario aprobaron la siguiente declaración."),
    ("en", "other", "Attach a copy of the report which, under the Convention, should have been submitted."),
    ("fr", "other", "Joindre une copie du rapport qui, selon la Convention, aurait dû être présenté."),
    ("es", "other", "Acompañe copia del informe que, según la Convención, debería haberse presentado."),
    ("en", "web_page", "All states that have ratified these conventions have undertaken to help affected countries."),
    ("fr", "web_page", "Tous les États qui ont ratifié ces conventions se sont engagés à aider les pays touchés."),
    (
        "es",
        "web_page",
        "Todos los Estados que han ratificado estas convenciones se han comprometido a ayudar a los países afectados.",
    ),
]


@pytest.mark.parametrize(("language", "kind", "text"), NONE, ids=case_ids(NONE))
def test_introductions_counterfactuals_and_the_convention_explained_are_none(language, kind, text):
    assert proposed_by_position(language, kind, [text]) == {}


# New funding described by what it includes is the donor's pledge.
NEW_FUNDING = [
    ("en", "Canada pledged more money for demining.", "The new funding includes $1.9 million over three years."),
    ("fr", "Le Canada a promis davantage de fonds.", "Ce nouveau financement comprend 1,9 million de dollars."),
    ("es", "Canadá prometió más fondos.", "La nueva financiación incluye 1,9 millones de dólares en tres años."),
]


@pytest.mark.parametrize(("language", "before", "text"), NEW_FUNDING, ids=case_ids(NEW_FUNDING))
def test_new_funding_described_by_what_it_includes(language, before, text):
    found = kinds_and_owners(proposed_by_position(language, "news", [before, text]))
    assert [kind for kind, _owners in found[2]] == ["commitment"]
    assert "CAN" in found[2][0][1]


# A statement its opening gives as the Secretary-General's speaks for the UN.
def test_a_statement_by_the_secretary_general_speaks_for_the_un():
    found = kinds_and_owners(
        proposed_by_position(
            "en",
            "statement",
            [
                "The following statement by UN Secretary-General António Guterres was issued today:",
                "To this end, I intend to launch a global campaign to uphold the norms of humanitarian disarmament.",
            ],
            title="SG/SM/0000",
        )
    )
    assert found[2] == [("commitment", ["UN"])]
