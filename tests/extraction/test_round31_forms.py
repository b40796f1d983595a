"""Forms read in context (issue 22, round 31), in English, French and Spanish. The sentences were written for these
tests (never taken from an evaluation set)."""

import pytest

from tests.extraction.proposing import case_ids, proposed_by_position

pytestmark = pytest.mark.django_db


# A story may name the two States it is about only in its title; "both delegations" are those two, and so is the
# subject a next sentence leaves out or gives as a pronoun.
PAIR_IN_THE_TITLE = [
    (
        "en",
        "Ecuador and Peru review demining on their border",
        "Both delegations agreed to take part jointly in international events under the Convention.",
        "They also agreed to hold two workshops on humanitarian demining and committed to share maps of mined areas.",
    ),
    (
        "fr",
        "L'Équateur et le Pérou font le point sur le déminage de leur frontière",
        "Les deux délégations ont convenu de participer conjointement aux événements internationaux de la Convention.",
        "Elles ont aussi convenu d'organiser deux ateliers sur le déminage humanitaire et se sont engagées à partager "
        "les cartes des zones minées.",
    ),
    (
        "es",
        "Ecuador y Perú evalúan el desminado en su frontera",
        "Ambas delegaciones acordaron participar de manera conjunta en eventos internacionales de la Convención.",
        "También acordaron desarrollar dos talleres sobre desminado humanitario y se comprometieron a compartir los "
        "mapas de las zonas minadas.",
    ),
]


@pytest.mark.parametrize(("language", "title", "both", "going_on"), PAIR_IN_THE_TITLE, ids=case_ids(PAIR_IN_THE_TITLE))
def test_both_delegations_are_the_two_states_of_the_title_and_they_go_on(language, title, both, going_on):
    by_position = proposed_by_position(language, "news", [both, going_on], title=title)
    assert by_position == {1: [("commitment", ["ECU", "PER"])], 2: [("commitment", ["ECU", "PER"])]}


# A call on a State not party (named), or on all States to join, can only be answered by States outside the
# Convention: the caller owns it.
CALLS_TO_JOIN = [
    ("en", "Algeria called on the United States to join the Convention.", "DZA"),
    ("fr", "L'Algérie a lancé un appel aux Etats-Unis afin qu'ils se joignent à la Convention.", "DZA"),
    ("es", "Argelia instó a Estados Unidos a unirse a la Convención.", "DZA"),
    (
        "en",
        "Germany called on all States to ban landmines and cluster munitions and join the relevant conventions.",
        "DEU",
    ),
    (
        "fr",
        "L'Allemagne a appelé tous les États à interdire les mines et les armes à sous-munitions et à adhérer aux "
        "conventions pertinentes.",
        "DEU",
    ),
    (
        "es",
        "Alemania hizo un llamamiento a todos los Estados a prohibir las minas y las municiones de racimo y unirse a "
        "los convenios pertinentes.",
        "DEU",
    ),
]


@pytest.mark.parametrize(("language", "text", "caller"), CALLS_TO_JOIN, ids=case_ids(CALLS_TO_JOIN))
def test_a_call_on_a_state_not_party_or_on_all_states_to_join_is_the_callers(language, text, caller):
    assert proposed_by_position(language, "news", [text], title="Mine action") == {1: [("call", [caller])]}


# Going on calling is calling.
GOING_ON_CALLING = [
    ("en", "Canada continues to urge all countries to ratify the Convention."),
    ("fr", "Le Canada continue d'inciter tous les pays à ratifier la Convention."),
    ("es", "Canadá sigue instando a todos los países a ratificar la Convención."),
]


@pytest.mark.parametrize(("language", "text"), GOING_ON_CALLING, ids=case_ids(GOING_ON_CALLING))
def test_a_party_that_continues_to_urge_others_calls_on_them(language, text):
    assert proposed_by_position(language, "news", [text], title="Mine action") == {1: [("call", ["CAN"])]}


# A frame between commas ("under the Convention") stands between the subject and its verb.
FRAME_BEFORE_THE_VERB = [
    ("en", "Ecuador, under the Convention, plans to destroy 12,000 mines by 2017."),
    ("fr", "L'Équateur, dans le cadre de la Convention, prévoit de détruire 12 000 mines d'ici 2017."),
    ("es", "Ecuador, en el marco de la Convención, prevé destruir unas 12.000 minas hasta 2017."),
]


@pytest.mark.parametrize(("language", "text"), FRAME_BEFORE_THE_VERB, ids=case_ids(FRAME_BEFORE_THE_VERB))
def test_a_frame_between_commas_leaves_the_subject_before_it(language, text):
    assert proposed_by_position(language, "news", [text], title="Mine action") == {1: [("commitment", ["ECU"])]}


# A report's impersonal agreement to go on doing something, also after a phrase of place ("en el Plan se acordó").
AGREED_TO_GO_ON = [
    ("en", "It was agreed to continue clearing mined areas as soon as possible."),
    ("fr", "Il a été convenu de poursuivre le déminage des zones minées le plus tôt possible."),
    ("es", "Asimismo, en el Plan de Acción se acordó seguir limpiando el terreno de minas antipersonal."),
]


@pytest.mark.parametrize(("language", "text"), AGREED_TO_GO_ON, ids=case_ids(AGREED_TO_GO_ON))
def test_an_impersonal_agreement_to_go_on_is_the_meetings_decision(language, text):
    assert proposed_by_position(language, "report", [text]) == {1: [("conclusion", ["states-parties"])]}


# Items under a commitment announced with a colon ("A commitment to work together to:") are commitments of those
# who adopted the declaration.
COMMITMENT_CHAPEAU = [
    (
        "en",
        "A commitment to work together to:",
        "conclude as soon as possible a legally binding international agreement to ban anti-personnel mines;",
    ),
    (
        "fr",
        "L'engagement à collaborer pour :",
        "conclure le plus tôt possible une entente internationale légalement obligatoire pour interdire les mines "
        "antipersonnel ;",
    ),
    (
        "es",
        "El compromiso de colaborar para:",
        "concluir lo antes posible un acuerdo internacional jurídicamente vinculante para prohibir las minas "
        "antipersonal;",
    ),
]


@pytest.mark.parametrize(("language", "chapeau", "item"), COMMITMENT_CHAPEAU, ids=case_ids(COMMITMENT_CHAPEAU))
def test_items_under_a_commitment_announced_are_the_participants_commitments(language, chapeau, item):
    by_position = proposed_by_position(language, "declaration", [chapeau, item])
    assert by_position == {2: [("commitment", ["conference-participants"])]}


# English futures a party commits with: the progressive ("will be providing") and ending an act ("will end all
# use"), which is not a meeting's close ("will end on Friday").
def test_a_progressive_future_with_a_sum_is_the_partys():
    by_position = proposed_by_position(
        "en", "news", ["Germany will also be providing 20 million euros this year to support demining."], title="Aid"
    )
    assert [(kind, owners) for kind, owners in by_position[1]] == [("commitment", ["DEU"])]


def test_ending_an_act_is_a_pledge_and_a_meeting_ending_is_not():
    pledge = "The United States will also end all use of persistent mines by the end of next year."
    assert proposed_by_position("en", "statement", [pledge]) == {1: [("commitment", ["USA"])]}
    assert proposed_by_position("en", "news", ["The meeting will end on Friday."], title="Meeting") == {}
