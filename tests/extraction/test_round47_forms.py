"""Forms read in context (issue 22, round 47), in English, French and Spanish. The sentences were written for these
tests (never taken from an evaluation set)."""

import pytest

from tests.extraction.proposing import case_ids, proposed_by_position

pytestmark = pytest.mark.django_db


# A statement's title that says who gives it names the speaker, even when the text never names it again.
STATEMENT_TITLES = [
    ("en", "Statement by Cambodia", "We will continue our efforts to complete clearance by 2025.", "KHM"),
    ("en", "Statement by the ICBL on the request of Cambodia", "We will continue to support mine action.", "ICBL"),
    ("fr", "Déclaration du Cambodge", "Nous allons poursuivre nos efforts pour achever le déminage.", "KHM"),
    (
        "fr",
        "Allocution de la France lors de la 22e Assemblée",
        "Nous allons poursuivre notre appui au déminage.",
        "FRA",
    ),
    ("fr", "Cambodge", "Nous allons poursuivre nos efforts pour achever le déminage.", "KHM"),
    ("es", "Intervención de la delegación de Colombia", "Vamos a continuar nuestros esfuerzos de desminado.", "COL"),
    ("es", "Palabras de Chile en la Reunión de Ginebra", "Vamos a continuar nuestros esfuerzos de desminado.", "CHL"),
]


@pytest.mark.parametrize(("language", "title", "text", "owner"), STATEMENT_TITLES, ids=case_ids(STATEMENT_TITLES))
def test_a_statements_title_names_its_speaker(language, title, text, owner):
    assert proposed_by_position(language, "statement", [text], title=title) == {1: [("commitment", [owner])]}


# A title that names a State only as what the statement is about names no speaker.
TITLES_ABOUT_A_STATE = [
    ("en", "Statement on the extension request of Cambodia", "We will continue to support mine action."),
    ("fr", "Déclaration sur la demande de prolongation du Cambodge", "Nous allons poursuivre notre appui au déminage."),
    ("es", "Intervención sobre la solicitud de Colombia", "Vamos a continuar apoyando la acción contra las minas."),
]


@pytest.mark.parametrize(("language", "title", "text"), TITLES_ABOUT_A_STATE, ids=case_ids(TITLES_ABOUT_A_STATE))
def test_a_title_about_a_state_names_no_speaker(language, title, text):
    assert proposed_by_position(language, "statement", [text], title=title) == {1: [("commitment", [])]}


# A speaker's call to the States not party is the speaker's own (real-dev's rule).
CALLS_TO_JOIN = [
    ("en", "Statement by Austria", "We call on all States that have not yet done so to join the Convention.", "AUT"),
    (
        "fr",
        "Déclaration de la France",
        "Nous appelons tous les États qui ne l'ont pas encore fait à ratifier la Convention.",
        "FRA",
    ),
    (
        "es",
        "Intervención de México",
        "Instamos a los Estados que aún no lo han hecho a adherirse a la Convención.",
        "MEX",
    ),
]


@pytest.mark.parametrize(("language", "title", "text", "owner"), CALLS_TO_JOIN, ids=case_ids(CALLS_TO_JOIN))
def test_a_call_to_join_is_the_speakers(language, title, text, owner):
    assert proposed_by_position(language, "statement", [text], title=title) == {1: [("call", [owner])]}


# A reporter's epithet for the State named before ("the Andean country", "le royaume", "el país sudamericano") is
# that State.
EPITHETS = [
    ("en", "Peru presented its report in Geneva.", "The Andean country plans to complete clearance in 2024.", "PER"),
    ("en", "Cambodia presented its report.", "The kingdom will complete clearance by 2025.", "KHM"),
    ("fr", "Le Cambodge a présenté son rapport à Genève.", "Le royaume prévoit d'achever le déminage en 2025.", "KHM"),
    ("fr", "Le Sénégal a présenté son rapport.", "Le pays ouest-africain prévoit de déminer en 2026.", "SEN"),
    ("es", "Perú presentó su informe en Ginebra.", "El país andino prevé terminar el desminado en 2024.", "PER"),
    ("es", "Ecuador presentó su informe.", "La nación sudamericana prevé concluir el desminado en 2025.", "ECU"),
]


@pytest.mark.parametrize(("language", "before", "text", "owner"), EPITHETS, ids=case_ids(EPITHETS))
def test_an_epithet_stands_for_the_state_named_before(language, before, text, owner):
    assert proposed_by_position(language, "news", [before, text]) == {2: [("commitment", [owner])]}
