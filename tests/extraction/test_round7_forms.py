"""Forms read in the seventh round (issue 22), in English, French and Spanish: instruction items under a call's
chapeau, ... The sentences were written for these tests (never taken from a real evaluation set)."""

import pytest

from tests.extraction.proposing import proposed

pytestmark = pytest.mark.django_db


# A web page's call on some States "to:", then its items, each an instruction ("Explain ...", "Expliquer ...",
# "Explicar ..."): each item is a call on the chapeau's addressees, not on the page's author; States asking for an
# extension of their clearance deadline are the affected States Parties.
CHAPEAU_ITEMS = [
    (
        "en",
        "The Campaign urges States Parties requesting extensions to:",
        "Give a clear plan for the remaining clearance",
        "Report on the progress made each year",
    ),
    (
        "fr",
        "La Campagne exhorte les États parties qui demandent une prolongation à :",
        "Présenter un plan clair pour le déminage restant",
        "Rendre compte des progrès chaque année",
    ),
    (
        "es",
        "La Campaña insta a los Estados Partes que solicitan una prórroga a:",
        "Presentar un plan claro para el desminado restante",
        "Informar sobre los avances cada año",
    ),
]


@pytest.mark.parametrize(("language", "chapeau", "first", "second"), CHAPEAU_ITEMS, ids=[c[0] for c in CHAPEAU_ITEMS])
def test_instruction_items_under_a_call_are_calls_on_its_addressees(language, chapeau, first, second):
    assert proposed(language, "web_page", "About the Campaign.", chapeau, first) == [
        ("call", ["affected-states-parties"])
    ]
    assert proposed(language, "web_page", "About the Campaign.", chapeau, first, second) == [
        ("call", ["affected-states-parties"])
    ]


# The items of a second chapeau are calls on its own addressees; a paragraph that is no instruction ends the list.
CHAPEAU_AFTER_CHAPEAU = [
    (
        "en",
        "The Campaign urges States Parties requesting extensions to:",
        "Give a clear plan for the remaining clearance",
        "The Campaign urges all States Parties to:",
        "Study each request with care",
    ),
    (
        "fr",
        "La Campagne exhorte les États parties qui demandent une prolongation à :",
        "Présenter un plan clair pour le déminage restant",
        "La Campagne exhorte tous les États parties à :",
        "Étudier chaque demande avec soin",
    ),
    (
        "es",
        "La Campaña insta a los Estados Partes que solicitan una prórroga a:",
        "Presentar un plan claro para el desminado restante",
        "La Campaña insta a todos los Estados Partes a:",
        "Estudiar cada solicitud con cuidado",
    ),
]


@pytest.mark.parametrize(
    ("language", "first", "item", "second", "last"), CHAPEAU_AFTER_CHAPEAU, ids=[c[0] for c in CHAPEAU_AFTER_CHAPEAU]
)
def test_items_of_a_second_chapeau_are_calls_on_its_addressees(language, first, item, second, last):
    assert proposed(language, "web_page", "About the Campaign.", first, item, second, last) == [
        ("call", ["states-parties"])
    ]
