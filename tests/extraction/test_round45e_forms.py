"""Forms read in context (issue 22, round 45e), in English, French and Spanish. The sentences were written for these
tests (never taken from an evaluation set)."""

import pytest

from tests.extraction.proposing import case_ids, kinds_and_owners, proposed_by_position

pytestmark = pytest.mark.django_db


# What a party is reported to say it will do, in the future as said (no tense shifted back).
SAID_IN_THE_FUTURE = [
    ("en", "Peru said it will complete clearance of the border in 2024.", "PER"),
    ("fr", "Le Pérou a indiqué qu'il achèvera le déminage de la frontière en 2024.", "PER"),
    ("es", "Perú informó que culminará el desminado de la frontera en 2024.", "PER"),
]


@pytest.mark.parametrize(("language", "text", "code"), SAID_IN_THE_FUTURE, ids=case_ids(SAID_IN_THE_FUTURE))
def test_a_future_reported_as_said(language, text, code):
    assert kinds_and_owners(proposed_by_position(language, "news", [text])) == {1: [("commitment", [code])]}


SCHEDULES_SAID = [
    ("es", "El ministro dijo que la reunión se celebrará en junio."),
    ("fr", "Le ministre a indiqué que la réunion se tiendra en juin."),
]


@pytest.mark.parametrize(("language", "text"), SCHEDULES_SAID, ids=case_ids(SCHEDULES_SAID))
def test_a_meeting_said_to_be_held_is_no_pledge(language, text):
    assert proposed_by_position(language, "news", [text]) == {}


# Intentions and undertakings in rarer words.
INTENTIONS = [
    ("es", "El Gobierno peruano planea concluir el desminado en 2024.", "PER"),
    ("es", "Ecuador pretende declararse libre de minas en 2025.", "ECU"),
    ("es", "Colombia se comprometió con la comunidad internacional a terminar el desminado en 2021.", "COL"),
    ("fr", "Le gouvernement sénégalais envisage d'achever le déminage en 2026.", "SEN"),
    ("fr", "Le Mozambique s'attelle à achever le déminage d'ici la fin de l'année.", "MOZ"),
    ("fr", "Le Sénégal s'est engagé auprès de la communauté internationale à achever le déminage en 2026.", "SEN"),
    ("en", "Sri Lanka aims at becoming mine-free by 2028.", "LKA"),
    ("en", "Cambodia is targeting 2025 to be mine-free.", "KHM"),
    (
        "en",
        "The minister reiterated the Senegalese Government's commitment to free the country from mines.",
        "SEN",
    ),
]


@pytest.mark.parametrize(("language", "text", "code"), INTENTIONS, ids=case_ids(INTENTIONS))
def test_intentions_in_rarer_words(language, text, code):
    assert kinds_and_owners(proposed_by_position(language, "news", [text])) == {1: [("commitment", [code])]}


# Sums handed over, and agreements signed with a State named before the agreement.
GIVEN = [
    ("en", "The United States handed over US$5 million to Colombia for demining.", ["COL", "USA"]),
    ("fr", "Les États-Unis ont remis 5 millions de dollars à la Colombie pour le déminage.", ["COL", "USA"]),
    ("fr", "Le Japon a signé avec le Cambodge un accord de 3 millions de dollars pour le déminage.", ["JPN", "KHM"]),
    ("es", "Japón firmó con Camboya un acuerdo de 3 millones de dólares para el desminado.", ["JPN", "KHM"]),
]


@pytest.mark.parametrize(("language", "text", "codes"), GIVEN, ids=case_ids(GIVEN))
def test_sums_handed_over_and_agreements_signed_with(language, text, codes):
    found = kinds_and_owners(proposed_by_position(language, "news", [text]))
    assert [sorted(owners) for _kind, owners in found[1]] == [codes]
