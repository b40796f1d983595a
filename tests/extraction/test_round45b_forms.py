"""Forms read in context (issue 22, round 45b), in English, French and Spanish. The sentences were written for these
tests (never taken from an evaluation set)."""

import pytest

from extraction.real_evaluation import genre_kind
from tests.extraction.proposing import case_ids, kinds_and_owners, proposed_by_position

pytestmark = pytest.mark.django_db


# A party's hope, aim or wish to finish, and the goal it sets itself.
AIMS = [
    ("en", "Niger hopes to be mine-free by 2025.", "NER"),
    ("en", "Senegal aspires to become mine-free by 2026.", "SEN"),
    ("en", "Thailand wants to finish demining by 2026.", "THA"),
    ("en", "Colombia has set the target of being mine-free by 2021.", "COL"),
    ("en", "The United Kingdom is to provide £5 million for mine clearance in Angola.", "GBR"),
    ("en", "Benin will meet its 2025 deadline.", "BEN"),
    ("fr", "Le Niger espère être débarrassé des mines d'ici 2025.", "NER"),
    ("fr", "Le Sénégal aspire à devenir exempt de mines en 2026.", "SEN"),
    ("fr", "Le Cambodge ambitionne de devenir exempt de mines d'ici 2025.", "KHM"),
    ("fr", "Le gouvernement angolais s'est donné pour objectif d'éliminer toutes les mines d'ici 2025.", "AGO"),
    ("es", "Perú espera culminar el desminado en 2024.", "PER"),
    ("es", "Ecuador aspira a declararse libre de minas en 2025.", "ECU"),
    ("es", "Camboya se ha marcado el objetivo de estar libre de minas en 2025.", "KHM"),
]


@pytest.mark.parametrize(("language", "text", "code"), AIMS, ids=case_ids(AIMS))
def test_a_partys_aim_is_its_commitment(language, text, code):
    found = kinds_and_owners(proposed_by_position(language, "news", [text]))
    assert [kind for kind, _owners in found[1]] == ["commitment"]
    assert code in found[1][0][1]


def test_a_meeting_that_meets_is_no_pledge():
    assert proposed_by_position("en", "news", ["The States Parties will meet in Geneva in June."]) == {}


FIRST_PERSON_INTENT = [
    ("fr", "Nous entendons achever le déminage d'ici 2025."),
    ("fr", "Nous prévoyons d'achever le déminage d'ici 2025."),
]


@pytest.mark.parametrize(("language", "text"), FIRST_PERSON_INTENT, ids=case_ids(FIRST_PERSON_INTENT))
def test_a_first_person_intention_with_its_infinitive(language, text):
    found = kinds_and_owners(proposed_by_position(language, "statement", [text]))
    assert [kind for kind, _owners in found[1]] == ["commitment"]


# A call for help whose pronoun is the caller ("to help it", "de l'aider", "que lo apoye"): the caller is helped.
HELP_IT = [
    ("en", "Chad asked the international community to help it complete demining.", "TCD"),
    ("fr", "Le Tchad a demandé à la communauté internationale de l'aider à achever le déminage.", "TCD"),
    ("es", "Mozambique pidió a la comunidad internacional que lo apoye en el desminado.", "MOZ"),
]


@pytest.mark.parametrize(("language", "text", "code"), HELP_IT, ids=case_ids(HELP_IT))
def test_the_caller_asking_help_for_itself_is_helped(language, text, code):
    found = kinds_and_owners(proposed_by_position(language, "news", [text]))
    assert [kind for kind, _owners in found[1]] == ["call"]
    assert code in found[1][0][1]


# A pledge its party says it will not keep is none.
NOT_KEPT = [
    ("en", "The Ministry admitted that Ukraine will not fulfill its commitment to destroy its stockpile."),
    ("fr", "Le ministère a admis que l'Ukraine ne pourra pas respecter son engagement de détruire ses stocks."),
    ("es", "El ministerio admitió que Ucrania no podrá cumplir su compromiso de destruir sus existencias."),
]


@pytest.mark.parametrize(("language", "text"), NOT_KEPT, ids=case_ids(NOT_KEPT))
def test_a_pledge_that_will_not_be_kept_is_none(language, text):
    assert proposed_by_position(language, "news", [text]) == {}


# Congratulations on a commitment fulfilled are none; a commitment made by a named State is welcomed as its own.
def test_congratulations_on_a_commitment_kept_are_none():
    text = (
        "El presidente de la Convención, el embajador Juan Pérez, felicitó a Venezuela por haber cumplido con su "
        "compromiso de desminado antes del plazo."
    )
    assert proposed_by_position("es", "news", [text]) == {}


WELCOMED = [
    ("en", "The Meeting welcomed the commitment made by Iraq to complete clearance."),
    ("fr", "La Réunion s'est félicitée de l'engagement pris par l'Irak."),
    ("es", "La Reunión acogió con beneplácito el compromiso asumido por el Iraq."),
]


@pytest.mark.parametrize(("language", "text"), WELCOMED, ids=case_ids(WELCOMED))
def test_a_commitment_made_by_a_named_state_welcomed(language, text):
    assert kinds_and_owners(proposed_by_position(language, "report", [text])) == {1: [("commitment", ["IRQ"])]}


# A wish that more States join calls on those outside: owned by the one who wishes it.
MORE_STATES = [
    ("en", "The Swiss Minister hoped that more States would join the Convention."),
    ("fr", "Le conseiller fédéral suisse a souhaité que davantage d'États ratifient ce texte."),
    ("es", "El ministro suizo deseó que más Estados ratifiquen la Convención."),
]


@pytest.mark.parametrize(("language", "text"), MORE_STATES, ids=case_ids(MORE_STATES))
def test_a_wish_that_more_states_join(language, text):
    assert kinds_and_owners(proposed_by_position(language, "news", [text])) == {1: [("call", ["CHE"])]}


# Calls on government delegates, and on donor and recipient States.
ADDRESSEES = [
    ("en", "The ICBL urged government delegates to address continued use of the weapon.", ["states-parties"]),
    (
        "en",
        "We urge the donor and recipient states to prioritize mine action within development budgets.",
        ["affected-states-parties", "states-parties-in-a-position"],
    ),
    ("fr", "L'ICBL a exhorté les délégués gouvernementaux à agir contre l'emploi de l'arme.", ["states-parties"]),
    ("es", "La ICBL instó a los delegados gubernamentales a actuar contra el uso del arma.", ["states-parties"]),
]


@pytest.mark.parametrize(("language", "text", "codes"), ADDRESSEES, ids=case_ids(ADDRESSEES))
def test_calls_on_government_delegates_and_on_donors_and_recipients(language, text, codes):
    assert kinds_and_owners(proposed_by_position(language, "press_release", [text])) == {1: [("call", codes)]}


# A body given a sum for a State's programme only channels it; given a sum for its own work, it is helped.
def test_a_body_channelling_a_sum_to_a_state_is_no_owner():
    text = "Mexico donated US$1 million to the GICHD to support mine action in Colombia over the next three years."
    found = kinds_and_owners(proposed_by_position("en", "web_page", [text]))
    assert [sorted(owners) for _kind, owners in found[1]] == [["COL", "MEX"]]
    found = kinds_and_owners(
        proposed_by_position(
            "en", "web_page", ["The Netherlands has pledged EUR 50,000 to the Implementation Support Unit."]
        )
    )
    assert [sorted(owners) for _kind, owners in found[1]] == [["ISU", "NLD"]]


# A genre's own words come before those of its source.
@pytest.mark.parametrize(
    ("genre", "kind"),
    [
        ("statement (UN High Commissioner for Human Rights, via Mirage News)", "statement"),
        ("news article (Cooperativa, reporting a Foreign Ministry communiqué)", "news"),
        ("NGO press release (ICBL)", "press_release"),
        ("opening remarks (issued as a press release)", "press_release"),
    ],
)
def test_the_genre_is_read_from_its_own_words_first(genre, kind):
    assert genre_kind(genre) == kind


# Calls made with rarer verbs, or with no one named: "enjoined", "is seeking the support of", "pleaded for".
RARER_CALLS = [
    ("en", "Canada enjoined all States to join the Convention.", "call"),
    ("fr", "Le Canada a enjoint à tous les États de rejoindre la Convention.", "call"),
    ("es", "Canadá conminó a todos los Estados a adherirse a la Convención.", "call"),
    ("en", "Senegal is seeking the support of the international community to complete clearance.", "call"),
]


@pytest.mark.parametrize(("language", "text", "kind"), RARER_CALLS, ids=case_ids(RARER_CALLS))
def test_calls_made_with_rarer_verbs(language, text, kind):
    found = kinds_and_owners(proposed_by_position(language, "news", [text]))
    assert [found_kind for found_kind, _owners in found[1]] == [kind]


PLEADED = [
    ("en", "Canada opened the meeting.", "He pleaded for increased support to victims."),
    ("fr", "Le Canada a ouvert la réunion.", "Il a plaidé pour un soutien accru aux victimes."),
    ("es", "Canadá abrió la reunión.", "Abogó por un mayor apoyo a las víctimas."),
    ("en", "Canada opened the meeting.", "It urged an end to the production of mines."),
    ("es", "Canadá abrió la reunión.", "Exhortó a detener la producción de minas."),
]


@pytest.mark.parametrize(("language", "before", "text"), PLEADED, ids=case_ids(PLEADED))
def test_a_plea_with_no_one_named_is_a_call(language, before, text):
    found = kinds_and_owners(proposed_by_position(language, "news", [before, text]))
    assert [kind for kind, _owners in found[2]] == ["call"]
