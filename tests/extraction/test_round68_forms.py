"""Forms read in context (issue 22, round 68), in English, French and Spanish. The sentences were written for these
tests (never taken from an evaluation set)."""

import pytest

from tests.extraction.proposing import case_ids, proposed_by_position

pytestmark = pytest.mark.django_db


# Futures and presents that pledge nothing: an anniversary ahead ("se cumplirá 18 años"), a press release presenting a
# text ("On trouvera ci-après le texte du message"), pride in taking part ("est fière de participer"), and mines sent
# to a State at war (a transfer the Convention bans, no pledge under it).
NOT_PLEDGES = [
    (
        "es",
        "news",
        "El ministro recordó que pronto se cumplirá 18 años de la firma de los acuerdos de paz entre Perú y Ecuador.",
    ),
    (
        "en",
        "news",
        "The minister recalled that soon it will be 18 years since Peru and Ecuador signed the peace agreements.",
    ),
    (
        "fr",
        "statement",
        "On trouvera ci-après le texte du message que le Secrétaire général de l'ONU adressera à la réunion :",
    ),
    ("fr", "statement", "L'Organisation des Nations Unies est fière de participer à cette action commune."),
    ("en", "statement", "The United Nations is proud to participate in this common effort."),
    ("es", "news", "La semana pasada, Washington anunció que Estados Unidos enviaría minas antipersonal a Ucrania."),
    ("en", "news", "Last week Washington announced that the United States would send anti-personnel mines to Ukraine."),
    (
        "fr",
        "news",
        "La semaine dernière, Washington a annoncé que les États-Unis enverraient des mines antipersonnel à l'Ukraine.",
    ),
]


@pytest.mark.parametrize(("language", "genre", "text"), NOT_PLEDGES, ids=case_ids(NOT_PLEDGES))
def test_futures_and_presents_that_pledge_nothing_are_none(language, genre, text):
    assert proposed_by_position(language, genre, [text]) == {}


def test_pride_does_not_hide_a_pledge_in_the_next_sentence():
    text = "The United Nations is proud to participate in this effort. It will provide 2 million dollars for clearance."
    found = proposed_by_position("en", "statement", [text])
    assert [kind for kind, _owners in found[1]] in (["offer"], ["commitment"])
