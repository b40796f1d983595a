"""Forms read in context (issue 22, round 71), in English, French and Spanish. The sentences were written for these
tests (never taken from an evaluation set)."""

import pytest

from tests.extraction.proposing import case_ids, kinds_and_owners, proposed_by_position

pytestmark = pytest.mark.django_db


# An operator whose name opens with a State's adjective ("Norwegian People's Aid"): the organisation, not the State.
OPERATORS_BY_ADJECTIVE = [
    ("en", "Norwegian People's Aid will train 40 deminers in Angola next year."),
    ("fr", "Norwegian People's Aid formera 40 démineurs en Angola l'an prochain."),
    ("en", "The Danish Refugee Council will clear the last minefields of Angola next year."),
]


@pytest.mark.parametrize(("language", "text"), OPERATORS_BY_ADJECTIVE, ids=case_ids(OPERATORS_BY_ADJECTIVE))
def test_an_operators_name_is_not_its_state(language, text):
    found = kinds_and_owners(proposed_by_position(language, "news", [text]))
    assert all("NOR" not in owners and "DNK" not in owners for kind, owners in found.get(1, []))


def test_the_states_government_named_by_its_adjective_is_still_the_state():
    text = "The Norwegian government will fund 40 deminers in Angola next year."
    assert kinds_and_owners(proposed_by_position("en", "news", [text])) == {1: [("commitment", ["AGO", "NOR"])]}


# What a thing will bring ("La limpieza permitirá", "Ces ressources aideront"), said by a speaker or told by a
# story: a forecast, no one's pledge.
FORECASTS = [
    ("es", "statement", "La limpieza de estas tierras permitirá a las familias volver a cultivar sus campos."),
    ("es", "news", "El nuevo equipo limitará los riesgos para los desminadores de la zona."),
    ("fr", "statement", "Le déminage de ces terres permettra aux familles de retourner cultiver leurs champs."),
    ("fr", "news", "Cette nouvelle technique réduira le temps nécessaire pour dépolluer chaque hectare."),
]


@pytest.mark.parametrize(("language", "genre", "text"), FORECASTS, ids=case_ids(FORECASTS))
def test_what_a_thing_will_bring_is_no_pledge(language, genre, text):
    assert proposed_by_position(language, genre, [text]) == {}


PLEDGES_AFTER_A_FORECAST = [
    ("es", "El desminado de estas tierras permitirá el regreso de las familias, y seguiremos trabajando con ellas."),
    ("fr", "Le déminage de ces terres permettra le retour des familles, et nous continuerons à les accompagner."),
]


@pytest.mark.parametrize(("language", "text"), PLEDGES_AFTER_A_FORECAST, ids=case_ids(PLEDGES_AFTER_A_FORECAST))
def test_a_first_person_after_the_forecast_still_pledges(language, text):
    found = kinds_and_owners(proposed_by_position(language, "statement", [text]))
    assert found[1][0][0] == "commitment"


def test_a_states_future_in_a_statement_still_pledges():
    text = "La France continuera à soutenir le déminage au Cambodge."
    found = kinds_and_owners(proposed_by_position("fr", "statement", [text]))
    assert found[1][0] == ("commitment", ["FRA", "KHM"])
