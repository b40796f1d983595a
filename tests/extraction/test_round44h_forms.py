"""Forms read in context (issue 22, round 44h), in English, French and Spanish. The sentences were written for these
tests (never taken from an evaluation set)."""

import pytest

from tests.extraction.proposing import case_ids, kinds_and_owners, proposed_by_position

pytestmark = pytest.mark.django_db


def test_a_call_after_an_apposition_and_also():
    text = (
        "In his address, the Convention's President, Ambassador Jane Doe of Sudan, also asked all States Parties to "
        "the Convention to renew their efforts to implement the treaty."
    )
    assert kinds_and_owners(proposed_by_position("en", "press_release", [text])) == {1: [("call", ["states-parties"])]}


# Grants in rupees and yen, and a State's intention reaffirmed.
GIVEN_OR_REAFFIRMED = [
    ("en", "The Japanese Government has granted Rs. 90.7 million for humanitarian demining in the North.", "JPN"),
    (
        "fr",
        "Le Japon a accordé un financement de 460 millions de yens pour l'acquisition de matériel de déminage.",
        "JPN",
    ),
    ("en", "The Chief of Staff reaffirmed Thailand's intention to become a mine-free country by 2023.", "THA"),
    (
        "fr",
        "Le chef d'état-major a réaffirmé l'intention de la Thaïlande de devenir exempte de mines d'ici 2023.",
        "THA",
    ),
    ("es", "El jefe del Estado Mayor reafirmó la intención de Tailandia de quedar libre de minas en 2023.", "THA"),
]


@pytest.mark.parametrize(("language", "text", "code"), GIVEN_OR_REAFFIRMED, ids=case_ids(GIVEN_OR_REAFFIRMED))
def test_a_grant_or_an_intention_reaffirmed(language, text, code):
    found = kinds_and_owners(proposed_by_position(language, "news", [text]))
    assert [owners for _kind, owners in found[1]] == [[code]]


def test_a_second_clause_after_said_with_its_own_pronoun():
    text = (
        "The Ambassador of Japan said demining was one of the priority projects of the Japanese Government and it "
        "would continue to provide assistance to make the areas safe."
    )
    found = kinds_and_owners(proposed_by_position("en", "news", [text]))
    assert found == {1: [("commitment", ["JPN"])]}


# The countries a text describes as committed are no one's new pledge.
DESCRIBED = [
    ("en", "The Marshall Islands now joins over 80% of the world's countries that are committed to eradicating mines."),
    ("fr", "Les îles Marshall rejoignent les pays qui sont engagés à éliminer les mines antipersonnel."),
    ("es", "Las Islas Marshall se suman a los países que están comprometidos con erradicar las minas."),
]


@pytest.mark.parametrize(("language", "text"), DESCRIBED, ids=case_ids(DESCRIBED))
def test_countries_described_as_committed_are_background(language, text):
    assert proposed_by_position(language, "news", [text]) == {}


def test_an_appeal_made_in_the_perfect_on_the_international_community_to_help():
    text = "La organización ha realizado un llamamiento a la comunidad internacional a que ayude a formar desminadores."
    found = kinds_and_owners(proposed_by_position("es", "news", [text]))
    assert found == {1: [("call", ["states-parties-in-a-position"])]}


# Agreements signed to give, worth a sum, between two States; a sum confirmed to be provided.
AGREEMENTS_AND_SUMS = [
    (
        "en",
        "Germany played a vital role, having signed an agreement with the programme to contribute €30,000 in 2013.",
        ["DEU"],
    ),
    (
        "en",
        "An agreement for demining, worth about two million dollars, was signed on Thursday between Angola and Japan.",
        ["AGO", "JPN"],
    ),
    (
        "fr",
        "Un accord de déminage, évalué à deux millions de dollars, a été signé jeudi entre l'Angola et le Japon.",
        ["AGO", "JPN"],
    ),
    (
        "es",
        "Un acuerdo de desminado, de unos dos millones de dólares, fue firmado el jueves entre Angola y Japón.",
        ["AGO", "JPN"],
    ),
    (
        "en",
        "New Zealand's Foreign Minister confirmed that a total of $2.8 million will be provided for clearance.",
        ["NZL"],
    ),
]


@pytest.mark.parametrize(("language", "text", "owners"), AGREEMENTS_AND_SUMS, ids=case_ids(AGREEMENTS_AND_SUMS))
def test_an_agreement_or_a_sum_to_give(language, text, owners):
    found = kinds_and_owners(proposed_by_position(language, "news", [text]))
    assert [found_owners for _kind, found_owners in found[1]] == [owners]


def test_a_call_after_a_sayer_said_something_and():
    text = (
        "En su discurso, la Alta Comisionada, Michelle Bachelet, dijo que la Convención es un ejemplo notable y llamó "
        "a las Partes a situar la vida y la dignidad en el centro."
    )
    found = kinds_and_owners(proposed_by_position("es", "press_release", [text]))
    assert found == {1: [("call", ["states-parties"])]}


# An initiative launched for mine action in a State: the launcher's commitment, the State helped.
INITIATIVES = [
    ("en", ["Japan's Foreign Minister launched an initiative to support demining in Ukraine."]),
    ("fr", ["Le ministre japonais a lancé l'Initiative de soutien à l'action contre les mines en Ukraine."]),
    ("es", ["Japón presentó su plan.", "El ministro lanzó la Iniciativa de apoyo a la acción antiminas en Ucrania."]),
]


@pytest.mark.parametrize(("language", "texts"), INITIATIVES, ids=case_ids(INITIATIVES))
def test_an_initiative_launched_for_a_state(language, texts):
    found = kinds_and_owners(proposed_by_position(language, "news", texts))
    assert found == {len(texts): [("commitment", ["JPN", "UKR"])]}


def test_a_call_on_the_neighbouring_nation_is_on_the_state_named_before():
    text = (
        "Camboya reiteró su compromiso con el desminado en la frontera con Tailandia, e instó a la vecina nación a "
        "actuar."
    )
    assert kinds_and_owners(proposed_by_position("es", "news", [text])) == {1: [("call", ["THA"])]}
