"""Forms read in context (issue 22, round 65), in English, French and Spanish. The sentences were written for these
tests (never taken from an evaluation set)."""

import pytest

from tests.extraction.proposing import case_ids, proposed_by_position

pytestmark = pytest.mark.django_db


# A meeting named by its number ("the 2MSP considered and adopted", "la 14RSP"): the States Parties decide.
def test_a_meeting_named_by_its_number_decides_for_the_states_parties():
    texts = [
        "A programme of work was developed at the meeting for the first time.",
        "On the basis of a President's paper, the 3MSP considered and subsequently adopted an amendment to the "
        "reporting format.",
    ]
    assert proposed_by_position("en", "web_page", texts) == {2: [("conclusion", ["states-parties"])]}


# A meeting that noted something "and in this context recommended" (a linking phrase between the verbs): advice.
def test_a_recommendation_after_a_linking_phrase_is_read():
    text = (
        "In considering this report, the Meeting noted that the process places a heavy burden on delegations and in "
        "this context recommended that the States Parties reflect on the process."
    )
    found = proposed_by_position("en", "report", [text])
    assert [kind for kind, _owners in found[1]] == ["recommendation"]


# A wish that the Convention become universal ("ont souhaité que la Convention d'Ottawa devienne universelle"): a
# call on those outside it, owned by whoever made it.
UNIVERSAL_WISHES = [
    ("en", "Some delegations, such as Australia, wished that the Ottawa Convention would become universal."),
    (
        "fr",
        "Certaines délégations, à l'instar de l'Australie, ont souhaité que la Convention devienne universelle.",
    ),
    ("es", "Algunas delegaciones, como Australia, desearon que la Convención de Ottawa sea universal."),
]


@pytest.mark.parametrize(("language", "text"), UNIVERSAL_WISHES, ids=case_ids(UNIVERSAL_WISHES))
def test_a_wish_that_the_convention_become_universal_is_a_call_owned_by_its_maker(language, text):
    assert proposed_by_position(language, "news", [text]) == {1: [("call", ["AUS"])]}


# The United Nations by its full name ("L'Organisation des Nations Unies facilitera", "La Organización de las Naciones
# Unidas apoyará"): the UN commits; an ambassador "ante la Organización de las Naciones Unidas" is no UN act.
FULL_NAMES = [
    ("fr", "L'Organisation des Nations Unies facilitera l'application de la Convention."),
    ("es", "La Organización de las Naciones Unidas apoyará la aplicación de la Convención."),
]


@pytest.mark.parametrize(("language", "text"), FULL_NAMES, ids=case_ids(FULL_NAMES))
def test_the_united_nations_by_its_full_name_is_the_un(language, text):
    assert proposed_by_position(language, "press_release", [text]) == {1: [("commitment", ["UN"])]}


# Words that look like acts and are not: praise of a party's efforts ("recognised and expressed satisfaction with
# the efforts of Belgium"), a heading run into its text ("General exchange of viewsThe following"), a country's
# name and an adverb read as an imperative ("Ireland also supports"), a resolution's preamble ("Decidida a poner
# fin", "Determined to"), and an event that will take place ("que se desarrollará del 29 de noviembre").
NOT_ACTS = [
    (
        "en",
        "report",
        "The States Parties recognised and expressed satisfaction with the efforts of Belgium to develop a guide.",
    ),
    ("en", "web_page", "General exchange of viewsThe following States Parties took the floor: Chile and Japan."),
    ("en", "web_page", "Ireland also supports similar programmes in Laos and Viet Nam"),
    ("es", "declaration", "Decidida a poner fin al sufrimiento y las víctimas causados por las minas antipersonal,"),
    ("en", "declaration", "Determined to put an end to the suffering and casualties caused by anti-personnel mines,"),
    (
        "es",
        "press_release",
        "La Cumbre, que se desarrollará del 29 de noviembre al 4 de diciembre, es la Segunda Conferencia de Examen.",
    ),
]


@pytest.mark.parametrize(("language", "genre", "text"), NOT_ACTS, ids=case_ids(NOT_ACTS))
def test_words_that_only_look_like_acts_are_none(language, genre, text):
    assert proposed_by_position(language, genre, [text]) == {}
