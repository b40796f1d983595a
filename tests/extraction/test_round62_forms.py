"""Forms read in context (issue 22, round 62), in English, French and Spanish. The sentences were written for these
tests (never taken from an evaluation set)."""

import pytest

from tests.extraction.proposing import case_ids, proposed_by_position

pytestmark = pytest.mark.django_db


# A State that voted for a resolution calling for something: what the resolution says, not the State's call.
VOTES_FOR_A_RESOLUTION = [
    (
        "en",
        "On 22 November 2024, Congo voted in favour of General Assembly resolution 79/50 calling for the "
        "universalization of the Mine Ban Treaty.",
    ),
    (
        "fr",
        "Le 22 novembre 2024, le Congo a voté en faveur de la résolution 79/50 de l'Assemblée générale appelant à "
        "l’universalisation du Traité.",
    ),
    (
        "es",
        "El 22 de noviembre de 2024, el Congo votó a favor de la resolución 79/50 de la Asamblea General que pide "
        "la universalización del Tratado.",
    ),
]


@pytest.mark.parametrize(("language", "text"), VOTES_FOR_A_RESOLUTION, ids=case_ids(VOTES_FOR_A_RESOLUTION))
def test_a_vote_for_a_resolution_that_calls_is_no_call(language, text):
    assert proposed_by_position(language, "web_page", [text]) == {}


# What a named party "should" do, in any sentence of a report (after a quotation mark too): advice to it.
SHOULD_MID_PARAGRAPH = [
    (
        "en",
        'The campaign welcomed the review. "Ukraine and Poland should confirm publicly their place in the '
        'treaty," its director said.',
        ["POL", "UKR"],
    ),
    (
        "es",
        "La campaña celebró la revisión. “Ucrania debe sumarse de nuevo al tratado”, dijo su director.",
        ["UKR"],
    ),
]


@pytest.mark.parametrize(("language", "text", "owners"), SHOULD_MID_PARAGRAPH, ids=case_ids(SHOULD_MID_PARAGRAPH))
def test_what_a_named_party_should_do_in_a_later_sentence_is_advice(language, text, owners):
    assert proposed_by_position(language, "press_release", [text]) == {1: [("recommendation", owners)]}


def test_what_a_visitor_devrait_do_at_a_meeting_is_its_programme():
    text = "Le Général Aboud devrait également tenir plusieurs rencontres bilatérales avec ses homologues."
    assert proposed_by_position("fr", "news", [text]) == {}


def test_the_us_with_its_article_is_the_united_states_and_us_alone_is_no_one():
    texts = [
        "The campaign urged the US to join the Mine Ban Treaty without delay.",
        "Let us clear the last minefields.",
    ]
    found = proposed_by_position("en", "news", texts)
    assert found.get(1) and all(owners == ["USA"] for _kind, owners in found[1]) and 2 not in found
