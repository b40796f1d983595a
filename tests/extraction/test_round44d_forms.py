"""Forms read in context (issue 22, round 44d), in English, French and Spanish. The sentences were written for these
tests (never taken from an evaluation set)."""

import pytest

from tests.extraction.proposing import case_ids, kinds_and_owners, proposed_by_position

pytestmark = pytest.mark.django_db


# Calls reported as nouns, as a wish to see a State act, and past a time or a pronoun before the infinitive.
CALLS_ON_A_STATE = [
    ("es", "Pese a los constantes pedidos del gobierno peruano para que Chile acelere el desminado, no hubo cambios."),
    (
        "fr",
        "Malgré les demandes répétées du gouvernement péruvien pour que le Chili accélère le déminage, rien.",
    ),
    ("en", "“We want to see Chile report on its stockpiles as soon as possible,” the director said."),
    ("fr", "« Nous voulons voir le Chili rendre compte de ses stocks », a dit la directrice."),
    ("es", "«Queremos ver a Chile informar sobre sus existencias», dijo la directora."),
]


@pytest.mark.parametrize(("language", "text"), CALLS_ON_A_STATE, ids=case_ids(CALLS_ON_A_STATE))
def test_a_call_on_a_state_named(language, text):
    assert kinds_and_owners(proposed_by_position(language, "news", [text])) == {1: [("call", ["CHL"])]}


def test_a_call_past_a_time_on_governments_to_support():
    text = "El secretario general, Antonio Guterres, pidió a finales de marzo a los gobiernos que apoyen el desminado."
    found = kinds_and_owners(proposed_by_position("es", "news", [text]))
    assert found == {1: [("call", ["states-parties-in-a-position"])]}


def test_a_call_on_those_who_have_not_joined_to_do_so():
    text = "Plus de 160 États sont parties à la Convention. Je demande à ceux qui n'y ont pas adhéré de le faire."
    found = kinds_and_owners(proposed_by_position("fr", "web_page", [text]))
    assert [kind for kind, _owners in found[1]] == ["call"]


def test_a_call_after_an_observation_in_the_same_sentence():
    text = "We will continue to follow these allegations closely and we encourage all States Parties to stay vigilant."
    assert kinds_and_owners(proposed_by_position("en", "statement", [text])) == {1: [("call", ["states-parties"])]}


def test_governments_should_after_a_dateline_in_parentheses():
    text = "(Geneva, November 17, 2022) – Governments should reiterate their support for the treaty, the monitor said."
    assert kinds_and_owners(proposed_by_position("en", "web_page", [text])) == {1: [("call", ["states-parties"])]}


# Undertakings: "se compromete no solo a", approving ratification.
UNDERTAKINGS = [
    (
        "es",
        "Chile se compromete no solo a no usar este tipo de armamento, sino también a destruir sus existencias.",
        "CHL",
    ),
    ("en", "Cabinet has approved a proposal for Sri Lanka to ratify the Anti-Personnel Mine Ban Convention.", "LKA"),
]


@pytest.mark.parametrize(("language", "text", "code"), UNDERTAKINGS, ids=case_ids(UNDERTAKINGS))
def test_an_undertaking_reported(language, text, code):
    assert kinds_and_owners(proposed_by_position(language, "news", [text])) == {1: [("commitment", [code])]}


# Background: a withdrawal that cannot take effect, the treaty's articles explained, a view of what will follow.
BACKGROUND = [
    (
        "es",
        "La retirada no puede surtir efecto durante un conflicto, por lo que Ucrania permanecerá vinculada.",
    ),
    (
        "fr",
        "Chaque État partie s'est engagé à ne jamais employer de mines (art. I) et à détruire ses stocks (art. IV).",
    ),
    ("en", "“We believe the Ethiopian ratification will give the ban a new emphasis,” a diplomat told the delegation."),
]


@pytest.mark.parametrize(("language", "text"), BACKGROUND, ids=case_ids(BACKGROUND))
def test_background_is_not_proposed(language, text):
    assert proposed_by_position(language, "news", [text]) == {}


# A commission advising governments, and efforts demanded of countries: all States Parties.
ADVICE_AND_DEMANDS = [
    (
        "es",
        "La Comisión de Seguridad de la OEA recomendó que los gobiernos de la región declaren zonas sin minas.",
        "recommendation",
    ),
    (
        "es",
        "El secretario general, José Insulza, demandó un esfuerzo de los países de la región para el desminado.",
        "call",
    ),
    (
        "fr",
        "Le secrétaire général a demandé un effort des pays d'Amérique latine pour intensifier le déminage.",
        "call",
    ),
    (
        "en",
        "The Secretary-General demanded greater efforts from the countries of Latin America to step up demining.",
        "call",
    ),
]


@pytest.mark.parametrize(("language", "text", "kind"), ADVICE_AND_DEMANDS, ids=case_ids(ADVICE_AND_DEMANDS))
def test_advice_and_demands_to_states_in_general(language, text, kind):
    assert kinds_and_owners(proposed_by_position(language, "news", [text])) == {1: [(kind, ["states-parties"])]}
