"""Forms read in context (issue 22, round 39), in English, French and Spanish. The sentences were written for these
tests (never taken from an evaluation set)."""

import pytest

from tests.extraction.proposing import case_ids, proposed_by_position

pytestmark = pytest.mark.django_db


# A quotation that opens on a linking adverb before "we" ("“Thus we will achieve ...,” said the minister").
QUOTED_WE_AFTER_ADVERB = [
    ("en", "“Thus we will declare the whole country mine-free by March 2027,” said the minister."),
    ("fr", "« Ainsi, nous déclarerons tout le pays exempt de mines d'ici mars 2027 », a dit le ministre."),
    ("es", "«Así, nosotros declararemos todo el país libre de minas en marzo de 2027», dijo el ministro."),
]


@pytest.mark.parametrize(("language", "text"), QUOTED_WE_AFTER_ADVERB, ids=case_ids(QUOTED_WE_AFTER_ADVERB))
def test_a_quoted_we_after_a_linking_adverb_is_the_storys_state(language, text):
    texts = ["Croatia presented its clearance plan on Wednesday in Zagreb.", text]
    assert proposed_by_position(language, "news", texts, title="Croatia") == {2: [("commitment", ["HRV"])]}


# A State's intention announced in the perfect, a goal it maintains, a new contribution with its sum.
INTENTION_ANNOUNCED = [
    ("en", "Chile has announced its intention to clear its border with Argentina by 2028."),
    ("fr", "Le Chili a annoncé son intention de déminer sa frontière avec l'Argentine d'ici 2028."),
    ("es", "Chile ha anunciado su intención de desminar para 2028 la frontera con Argentina."),
]


@pytest.mark.parametrize(("language", "text"), INTENTION_ANNOUNCED, ids=case_ids(INTENTION_ANNOUNCED))
def test_an_intention_announced_in_the_perfect_is_a_commitment(language, text):
    [(kind, owners)] = proposed_by_position(language, "news", [text], title="Chile")[1]
    assert kind == "commitment" and "CHL" in owners


GOAL_MAINTAINED = [
    ("en", "Angola maintains the goal of being free of landmines by 2027, the Defence Minister said."),
    ("fr", "L'Angola maintient son objectif d'être libre de mines d'ici 2027, a déclaré le ministre de la Défense."),
    ("es", "Angola mantiene hoy el objetivo de estar libre de minas terrestres para 2027, declaró el ministro."),
]


@pytest.mark.parametrize(("language", "text"), GOAL_MAINTAINED, ids=case_ids(GOAL_MAINTAINED))
def test_a_goal_a_state_maintains_is_a_commitment(language, text):
    assert proposed_by_position(language, "news", [text], title="Angola") == {1: [("commitment", ["AGO"])]}


def test_a_french_state_that_aims_to_clear_mines_commits():
    text = "Le Cambodge, fortement touché par les mines, vise à éliminer environ 4 millions de mines d'ici 2030."
    assert proposed_by_position("fr", "news", [text], title="Cambodge") == {1: [("commitment", ["KHM"])]}


# A declaration signed by a minister: the State subscribes to it.
DECLARATION_SIGNED = [
    ("en", "Finally, Burkina Faso's minister signed the Siem Reap-Angkor Declaration on a mine-free world."),
    ("fr", "Enfin, le ministre du Burkina Faso a signé la Déclaration de Siem Reap-Angkor pour un monde sans mines."),
    ("es", "Por último, el ministro de Burkina Faso firmó la Declaración de Siem Reap-Angkor por un mundo sin minas."),
]


@pytest.mark.parametrize(("language", "text"), DECLARATION_SIGNED, ids=case_ids(DECLARATION_SIGNED))
def test_a_declaration_signed_is_the_signers_commitment(language, text):
    [(kind, owners)] = proposed_by_position(language, "news", [text], title="Burkina Faso")[1]
    assert kind == "commitment" and "BFA" in owners


# More help called for with no one named: those in a position to give it.
MORE_HELP = [
    ("en", "The ICBL praised the progress made and called for more assistance for mine action and victims."),
    ("fr", "L'ICBL a salué les progrès et a appelé à davantage d'aide pour l'action contre les mines."),
    ("es", "La ICBL celebró los avances y pidió más ayuda para la acción contra las minas."),
]


@pytest.mark.parametrize(("language", "text"), MORE_HELP, ids=case_ids(MORE_HELP))
def test_more_help_called_for_is_a_call_on_those_in_a_position(language, text):
    by_position = proposed_by_position(language, "press_release", [text], title="Entry into force")
    assert by_position == {1: [("call", ["states-parties-in-a-position"])]}


def test_a_page_telling_readers_where_to_find_a_list_is_no_order():
    text = "Find here the list of all States Parties, with their key dates and deadlines."
    assert proposed_by_position("en", "web_page", [text], title="States Parties") == {}


def test_spanish_states_that_still_owe_an_obligation_are_not_exhorted():
    text = "Entre los Estados Partes que aún deben cumplir con su obligación de desminado figuran Angola y Camboya."
    assert proposed_by_position("es", "news", [text], title="Desminado") == {}


# Agreed today to act; a Spanish announced renunciation in the negative future.
def test_agreed_today_to_act_is_a_joint_commitment():
    for language, text in [
        ("en", "Peru and Ecuador agreed today to speed up the clearance of their common border."),
        ("es", "Perú y Ecuador acordaron hoy acelerar el desminado de la frontera común."),
    ]:
        by_position = proposed_by_position(language, "news", [text], title="Border")
        assert by_position == {1: [("commitment", ["ECU", "PER"])]}, language


def test_a_spanish_negative_future_announced_is_a_renunciation():
    text = "Durante la conferencia, Estados Unidos informó que no fabricará ni adquirirá más minas antipersonal."
    assert proposed_by_position("es", "news", [text], title="Minas") == {1: [("commitment", ["USA"])]}


# A commitment confirmed ("ratificó su compromiso de", "a ratifié son engagement de"): the confirming State's.
COMMITMENT_CONFIRMED = [
    ("fr", "Enfin, le ministre norvégien des Affaires étrangères a ratifié son engagement de 22 millions de dollars."),
    ("es", "Finalmente, el canciller de Noruega ratificó su compromiso de 22 millones de dólares."),
]


@pytest.mark.parametrize(("language", "text"), COMMITMENT_CONFIRMED, ids=case_ids(COMMITMENT_CONFIRMED))
def test_a_commitment_confirmed_is_the_confirming_states(language, text):
    [(kind, owners)] = proposed_by_position(language, "news", [text], title="Norvège")[1]
    assert kind == "commitment" and "NOR" in owners


def test_a_place_before_a_long_dash_is_not_the_subject_of_a_relative_clause():
    text = (
        "Lusaka — The states that are party to the Convention ended their meeting on Friday with a declaration in "
        "which they committed themselves to step up clearance."
    )
    assert proposed_by_position("en", "news", [text], title="Meeting") == {1: [("commitment", ["states-parties"])]}
