"""Forms read in context (issue 22, round 46), in English, French and Spanish. The sentences were written for these
tests (never taken from an evaluation set)."""

import pytest

from tests.extraction.proposing import case_ids, proposed_by_position

pytestmark = pytest.mark.django_db


# An activity or a place a party says will be finished by a year is the speaker's pledge, whatever the subject of
# the reported clause.
REPORTED_COMPLETION = [
    ("en", "The Government of Angola announced that demining of the province would be completed in 2027.", "AGO"),
    ("en", "Angola said the clearance of its last minefields will be completed by 2027.", "AGO"),
    ("fr", "Le gouvernement du Tchad a annoncé que le déminage serait achevé en 2027.", "TCD"),
    ("fr", "Le Sénégal a indiqué que la Casamance sera intégralement déminée d'ici à 2026.", "SEN"),
    ("es", "Colombia anunció que el desminado del departamento concluiría en 2027.", "COL"),
    ("es", "El ministro de Defensa de Chile, Juan Pérez, aseguró que el desminado terminará en 2027.", "CHL"),
]


@pytest.mark.parametrize(("language", "text", "owner"), REPORTED_COMPLETION, ids=case_ids(REPORTED_COMPLETION))
def test_a_completion_announced_for_a_year_is_the_speakers_pledge(language, text, owner):
    assert proposed_by_position(language, "news", [text]) == {1: [("commitment", [owner])]}


# With no year, or said by no party, it is a forecast.
FORECASTS = [
    ("en", "Angola announced that clearance would be completed soon."),
    ("en", "Experts said the survey would be completed by 2027."),
    ("fr", "Des experts ont indiqué que le déminage serait achevé en 2027."),
    ("es", "Colombia anunció que el desminado concluiría pronto."),
]


@pytest.mark.parametrize(("language", "text"), FORECASTS, ids=case_ids(FORECASTS))
def test_a_completion_with_no_year_or_no_party_is_a_forecast(language, text):
    assert proposed_by_position(language, "news", [text]) == {}
