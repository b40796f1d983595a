"""Forms read in context (issue 22, round 44b), in English, French and Spanish. The sentences were written for these
tests (never taken from an evaluation set)."""

import pytest

from tests.extraction.proposing import case_ids, kinds_and_owners, proposed_by_position

pytestmark = pytest.mark.django_db


# Background that read as a call or a decision.
BACKGROUND = [
    ("en", "statement", "It is especially encouraging that five States not party voted for the resolution."),
    (
        "es",
        "press_release",
        "Veinte años después de la Convención, instrumento que prohibió las minas, Chile convocó la conferencia.",
    ),
    (
        "en",
        "web_page",
        "The States Parties which have previously been granted extensions provided updates: Chad (1 January 2014).",
    ),
    (
        "fr",
        "web_page",
        "Les États parties qui ont déjà obtenu une prolongation ont fait le point : Tchad (1er janvier 2014).",
    ),
    ("es", "web_page", "Los Estados Partes que ya han recibido una prórroga informaron: Chad (1 de enero de 2014)."),
    (
        "en",
        "news",
        "One of the main producers of mines, the United States, still refuses to commit itself to the treaty.",
    ),
    ("fr", "news", "Les États-Unis refusent toujours de s'engager à respecter le traité."),
    ("es", "news", "Estados Unidos aún se niega a comprometerse con el tratado."),
]


@pytest.mark.parametrize(("language", "genre", "text"), BACKGROUND, ids=case_ids(BACKGROUND))
def test_background_is_not_proposed(language, genre, text):
    assert proposed_by_position(language, genre, [text]) == {}


# A State's own undertakings, as texts report them.
UNDERTAKINGS = [
    (
        "en",
        "statement",
        "Under the Action Plan, Japan would continue its own efforts to universalize the Convention.",
        "JPN",
    ),
    (
        "en",
        "news",
        "Deputy Foreign Minister Ivo Sanader on Thursday signed, on behalf of Croatia, the Convention.",
        "HRV",
    ),
    ("fr", "news", "Le vice-ministre Ivo Sanader a signé, au nom de la Croatie, la Convention.", "HRV"),
    ("es", "news", "El viceministro Ivo Sanader firmó, en nombre de Croacia, la Convención.", "HRV"),
]


@pytest.mark.parametrize(("language", "genre", "text", "code"), UNDERTAKINGS, ids=case_ids(UNDERTAKINGS))
def test_a_states_reported_undertaking(language, genre, text, code):
    assert kinds_and_owners(proposed_by_position(language, genre, [text])) == {1: [("commitment", [code])]}


def test_we_after_a_first_verb_in_a_quotation_is_the_state_named():
    text = (
        '"Ireland remains one of the biggest donors to mine action. We support the vision of a world free of mines, '
        'and will continue our endeavours to reach it," the Minister said.'
    )
    assert kinds_and_owners(proposed_by_position("en", "press_release", [text])) == {1: [("commitment", ["IRL"])]}


# Calls renewed, and calls made through what an occasion should prompt.
CALLS = [
    ("en", "Colombia reiterated its call for full compliance with the Convention."),
    ("fr", "La Colombie a réitéré son appel au plein respect de la Convention."),
    ("es", "Colombia reiteró el llamado al pleno cumplimiento de la Convención."),
    ("en", "This anniversary should encourage States to renew their commitment to the Convention."),
    ("fr", "Cet anniversaire devrait encourager les États à renouveler leur engagement envers la Convention."),
    ("es", "Este aniversario debería animar a los Estados a renovar su compromiso de cumplir la Convención."),
]


@pytest.mark.parametrize(("language", "text"), CALLS, ids=case_ids(CALLS))
def test_a_renewed_or_prompted_call(language, text):
    found = kinds_and_owners(proposed_by_position(language, "statement", [text]))
    assert [kind for kind, _owners in found[1]] == ["call"]


# A reader invited to a tour of a page is no call; the commitment beside it stays.
READER_INVITED = [
    (
        "es",
        "Suiza mantiene el compromiso con un mundo libre de minas. Le invitamos a un breve recorrido por la historia.",
    ),
    ("fr", "La Suisse maintient son engagement d'éliminer les mines. Nous vous invitons à découvrir son histoire."),
]


@pytest.mark.parametrize(("language", "text"), READER_INVITED, ids=case_ids(READER_INVITED))
def test_a_reader_invited_to_a_tour_is_no_call(language, text):
    assert kinds_and_owners(proposed_by_position(language, "news", [text])) == {1: [("commitment", ["CHE"])]}


def test_a_past_sum_to_an_organisation_beside_a_pledge_adds_no_owner():
    text = (
        "Switzerland will keep its commitment to a world free of mines. In 2016, it gave 9 million francs to the "
        "Geneva International Centre for Humanitarian Demining."
    )
    assert kinds_and_owners(proposed_by_position("en", "news", [text])) == {1: [("commitment", ["CHE"])]}


def test_a_second_clause_with_the_country_as_subject():
    text = "Finland has more than one million mines in stock and the country is going to destroy all of them by 2016."
    assert kinds_and_owners(proposed_by_position("en", "news", [text])) == {1: [("commitment", ["FIN"])]}
