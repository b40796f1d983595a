"""Forms read in context (issue 22, round 45g), in English, French and Spanish. The sentences were written for these
tests (never taken from an evaluation set)."""

import pytest

from tests.extraction.proposing import case_ids, kinds_and_owners, proposed_by_position

pytestmark = pytest.mark.django_db


# A State pleased to announce a sum offers it.
PLEASED_TO_ANNOUNCE = [
    ("en", "Mexico is pleased to announce a contribution of US$100,000 to the ISU."),
    ("fr", "Le Mexique a le plaisir d'annoncer une contribution de 100 000 dollars à l'ISU."),
    ("es", "México tiene el agrado de anunciar una contribución de 100.000 dólares a la ISU."),
]


@pytest.mark.parametrize(("language", "text"), PLEASED_TO_ANNOUNCE, ids=case_ids(PLEASED_TO_ANNOUNCE))
def test_a_sum_announced_with_pleasure(language, text):
    found = kinds_and_owners(proposed_by_position(language, "statement", [text]))
    assert [(kind, sorted(owners)) for kind, owners in found[1]] == [("offer", ["ISU", "MEX"])]


# A State's strategy that foresees completion is its plan.
STRATEGY_FORESEES = [
    ("en", "Our national strategy foresees the completion of clearance by 2026."),
    ("fr", "Notre stratégie nationale prévoit l'achèvement du déminage d'ici 2026."),
    ("es", "Nuestra estrategia nacional prevé la culminación del desminado en 2026."),
]


@pytest.mark.parametrize(("language", "text"), STRATEGY_FORESEES, ids=case_ids(STRATEGY_FORESEES))
def test_a_strategy_that_foresees_completion(language, text):
    found = kinds_and_owners(proposed_by_position(language, "statement", [text]))
    assert [kind for kind, _owners in found[1]] == ["commitment"]


# A period a party gives itself to finish is its pledge.
PERIOD_GIVEN = [
    ("en", "The Senegalese government has given itself five years to eradicate landmines."),
    ("fr", "Le gouvernement sénégalais s'est donné un délai de cinq ans pour éradiquer les mines antipersonnel."),
    ("es", "El Gobierno senegalés se dio un plazo de cinco años para erradicar las minas."),
]


@pytest.mark.parametrize(("language", "text"), PERIOD_GIVEN, ids=case_ids(PERIOD_GIVEN))
def test_a_period_given_to_finish(language, text):
    assert kinds_and_owners(proposed_by_position(language, "news", [text])) == {1: [("commitment", ["SEN"])]}


# A plan developed for a period ahead, its years joined by a word; accession approved; a priority for a State.
PLANS_AND_STEPS = [
    (
        "en",
        "Sri Lanka has developed a plan for the period of 2016 to 2020 aiming to make the country mine threat free.",
    ),
    ("en", "The Sri Lankan cabinet of ministers has approved accession to the Mine Ban Treaty."),
    ("es", "El consejo de ministros de Sri Lanka aprobó la adhesión al tratado."),
]


PRIORITIES = [
    ("en", "Support for the Convention remains an absolute priority for Sri Lanka, he wrote."),
    ("fr", "« Le soutien à la Convention demeure une priorité absolue pour le Sri Lanka », a-t-il écrit."),
    ("es", "El apoyo a la Convención sigue siendo una prioridad absoluta para Sri Lanka, escribió."),
]


@pytest.mark.parametrize(("language", "text"), PRIORITIES, ids=case_ids(PRIORITIES))
def test_a_priority_for_a_state_named_in_two_words(language, text):
    assert kinds_and_owners(proposed_by_position(language, "news", [text])) == {1: [("commitment", ["LKA"])]}


def test_a_priority_for_the_state_in_a_quote():
    found = kinds_and_owners(
        proposed_by_position(
            "fr",
            "news",
            [
                "Le Pérou a répondu à la lettre des organisations.",
                "« Le soutien à la Convention demeure une priorité absolue pour le Pérou », a-t-il écrit.",
            ],
        )
    )
    assert found[2] == [("commitment", ["PER"])]


@pytest.mark.parametrize(("language", "text"), PLANS_AND_STEPS, ids=case_ids(PLANS_AND_STEPS))
def test_plans_accession_approved_and_priorities(language, text):
    assert kinds_and_owners(proposed_by_position(language, "news", [text])) == {1: [("commitment", ["LKA"])]}


# After a verb that observes, a verb of calling joined further on calls ("presented ... and encouraged").
JOINED_CALLS = [
    (
        "en",
        "The President presented an update on transparency and the exchange of information and encouraged States "
        "Parties to make use of the Guide to Reporting.",
    ),
    (
        "fr",
        "Le Président a présenté une mise à jour sur la transparence et a encouragé les États parties à utiliser le "
        "guide.",
    ),
    (
        "es",
        "El Presidente presentó una actualización sobre la transparencia y alentó a los Estados Partes a utilizar la "
        "guía.",
    ),
]


@pytest.mark.parametrize(("language", "text"), JOINED_CALLS, ids=case_ids(JOINED_CALLS))
def test_a_call_joined_after_an_observation(language, text):
    assert kinds_and_owners(proposed_by_position(language, "web_page", [text])) == {1: [("call", ["states-parties"])]}


# A meeting adopting a body's work plan decides for the States Parties; a body it tasks owns what it is to do.
def test_a_body_s_text_adopted_and_a_body_tasked():
    adopted = kinds_and_owners(proposed_by_position("en", "web_page", ["The 17MSP adopted the ISU work plan."]))
    assert adopted == {1: [("conclusion", ["states-parties"])]}
    tasked = kinds_and_owners(
        proposed_by_position(
            "es",
            "report",
            ["Se decidió que la Dependencia de Apoyo a la Aplicación actualizaría la guía antes de finales de 2027."],
        )
    )
    assert tasked == {1: [("conclusion", ["ISU"])]}


# "all three countries" after an opening phrase, and a pledge made as ", pledging to".
def test_all_three_countries_pledging_after_an_opening_phrase():
    found = kinds_and_owners(
        proposed_by_position(
            "en",
            "news",
            [
                "Estonia, Latvia and Lithuania left the treaty.",
                "The three countries affirmed their commitment to humanitarian law, pledging to continue supporting "
                "humanitarian demining efforts.",
            ],
        )
    )
    assert found[2] == [("commitment", ["EST", "LTU", "LVA"])] or found[2] == [("commitment", ["EST", "LVA", "LTU"])]
