"""Forms read in context (issue 22, round 43), in English, French and Spanish. The sentences were written for these
tests (never taken from an evaluation set)."""

import pytest

from tests.extraction.proposing import case_ids, proposed_by_position

pytestmark = pytest.mark.django_db


# The common spelling of a State's name where the UN's short name differs ("Zimbabue", "Kenia", "Biélorussie").
COMMON_SPELLINGS = [
    ("es", "Zimbabue se comprometió a terminar el desminado de sus fronteras antes de 2025.", "ZWE"),
    ("es", "Kenia anunció que contribuirá con 50.000 dólares al programa de asistencia a las víctimas.", "KEN"),
    ("fr", "La Biélorussie s'est engagée à détruire ses stocks de mines avant la fin de l'année.", "BLR"),
]


@pytest.mark.parametrize(("language", "text", "code"), COMMON_SPELLINGS, ids=case_ids(COMMON_SPELLINGS))
def test_a_states_common_spelling_names_it(language, text, code):
    assert proposed_by_position(language, "news", [text]) == {1: [("commitment", [code])]}


# A future that only schedules (chairing a meeting), coordinated with a second future that is the State's act.
SCHEDULED_THEN_ACT = [
    ("en", "Norway will chair the meeting in November and will host a regional workshop on victim assistance.", "NOR"),
    ("fr", "Le Canada présidera la réunion en novembre et accueillera un atelier régional sur les victimes.", "CAN"),
    ("es", "Chile presidirá la reunión en noviembre y, además, será sede de un taller regional sobre víctimas.", "CHL"),
]


@pytest.mark.parametrize(("language", "text", "code"), SCHEDULED_THEN_ACT, ids=case_ids(SCHEDULED_THEN_ACT))
def test_an_act_coordinated_with_a_scheduled_future_is_read(language, text, code):
    assert proposed_by_position(language, "news", [text]) == {1: [("offer", [code])]}


SCHEDULED_ONLY = [
    ("en", "Norway will chair the meeting in November, in Geneva."),
    ("es", "Chile presidirá la reunión de los Estados Partes en noviembre."),
]


@pytest.mark.parametrize(("language", "text"), SCHEDULED_ONLY, ids=case_ids(SCHEDULED_ONLY))
def test_a_scheduled_future_alone_is_no_commitment(language, text):
    assert proposed_by_position(language, "news", [text]) == {}
