"""Forms read in context (issue 22, round 74), in English, French and Spanish. The sentences were written for these
tests (never taken from an evaluation set)."""

import datetime

import pytest

from tests.extraction.proposing import case_ids, kinds_and_owners, proposed_by_position

pytestmark = pytest.mark.django_db


# Nothing to record: what a speech will speak of, courtesy to the chair, what someone is going to do as a thing told,
# an event's focus. (language, genre, text)
NOTHING_RECORDED = [
    # the speech's outline
    (
        "en",
        "statement",
        "We will focus this statement on the situation in the north, and we will also use this "
        "opportunity to talk about reporting.",
    ),
    ("fr", "statement", "Je voudrais profiter de cette occasion pour évoquer la situation dans le nord du pays."),
    ("es", "statement", "Aprovecho esta oportunidad para referirme a la situación en el norte del país."),
    # courtesy to the chair
    ("en", "statement", "You may be assured of the full engagement of my delegation in support of your efforts."),
    ("fr", "statement", "Soyez assurée du plein soutien de ma délégation dans l'exercice de votre mandat."),
    ("es", "statement", "Tenga la seguridad del pleno apoyo de mi delegación en el desempeño de su mandato."),
    # what someone is going to do, told
    ("en", "statement", "So far the Ministry has only outlined what it is going to do next year."),
    ("fr", "news", "Le ministre a expliqué ce que le gouvernement va faire des fonds reçus."),
    ("es", "news", "El ministro explicó lo que el gobierno va a hacer con los fondos recibidos."),
    # an event's focus
    ("en", "news", "The Lusaka workshop will focus on survey, victim assistance and a common regional position."),
    (
        "fr",
        "news",
        "La conférence de Dakar portera sur le déminage, l'assistance aux victimes et une position commune.",
    ),
    (
        "es",
        "news",
        "La conferencia de Lima va a centrarse en el desminado, la asistencia a las víctimas y una postura común.",
    ),
]


@pytest.mark.parametrize(("language", "genre", "text"), NOTHING_RECORDED, ids=case_ids(NOTHING_RECORDED))
def test_nothing_is_recorded(language, genre, text):
    assert proposed_by_position(language, genre, [text]) == {}


def test_a_pledge_whose_subject_is_elided_after_a_comma_and_and_is_the_first_clauses_subjects():
    text = "Portugal chairs the Committee this year, and will use the role to raise attention on victim assistance."
    assert kinds_and_owners(proposed_by_position("en", "statement", [text])) == {1: [("commitment", ["PRT"])]}


# An infinitive opening a clause after "reconocer que" is an act, no one's pledge; what the army must do is advice.
ARMY_ADVISED = [
    ("en", "The Syrian army must stop laying mines along the border, the campaign said."),
    ("fr", "L'armée syrienne doit cesser de poser des mines et reconnaître que poser ces armes nuira aux civils."),
    ("es", "El ejército sirio debe dejar de sembrar minas y reconocer que sembrar estas armas dañará a los civiles."),
]


@pytest.mark.parametrize(("language", "text"), ARMY_ADVISED, ids=case_ids(ARMY_ADVISED))
def test_what_an_army_must_do_is_advice_to_its_state_and_no_pledge(language, text):
    found = kinds_and_owners(proposed_by_position(language, "press_release", [text]))
    assert found == {1: [("recommendation", ["SYR"])]}


def test_advice_to_a_states_sector_is_advice_to_the_state():
    text = "Chad’s mine action programme should apply the national standards to all survey work."
    assert kinds_and_owners(proposed_by_position("en", "web_page", [text])) == {1: [("recommendation", ["TCD"])]}


def test_a_country_page_headed_by_its_inverted_name_is_about_that_state():
    texts = ["Greater efforts should be made to record clearance data by the national authority."]
    found = proposed_by_position("en", "web_page", texts, title="Congo, Democratic Republic of")
    assert kinds_and_owners(found) == {1: [("recommendation", ["COD"])]}


def test_assurance_of_what_a_state_will_do_is_still_its_pledge():
    text = "Soyez assuré que notre pays fera tout ce qui est en son pouvoir pour que la Convention soit universelle."
    assert kinds_and_owners(proposed_by_position("fr", "statement", [text], title="Déclaration de la France")) == {
        1: [("commitment", ["FRA"])]
    }


def test_before_the_treaty_bound_anyone_a_signatorys_call_on_a_state_outside_is_its_own():
    text = "El Gobierno español exige que Estados Unidos retire las minas almacenadas en su base naval de Rota."
    found = proposed_by_position("es", "news", [text], date=datetime.date(1998, 2, 2))
    assert kinds_and_owners(found) == {1: [("call", ["ESP"])]}
