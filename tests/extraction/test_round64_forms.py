"""Forms read in context (issue 22, round 64), in English, French and Spanish. The sentences were written for these
tests (never taken from an evaluation set)."""

import pytest

from tests.extraction.proposing import case_ids, proposed_by_position

pytestmark = pytest.mark.django_db


# States named by their mine victims without "Parties" ("States with mine victims"): the affected States Parties.
STATES_WITH_VICTIMS = [
    ("en", "Delegates urged States with mine victims to include survivors in their national disability plans."),
    ("fr", "Les délégués ont appelé les pays ayant des victimes des mines à intégrer les survivants dans leurs plans."),
    ("es", "Los delegados instaron a los países con víctimas de minas a incluir a los sobrevivientes en sus planes."),
]


@pytest.mark.parametrize(("language", "text"), STATES_WITH_VICTIMS, ids=case_ids(STATES_WITH_VICTIMS))
def test_states_with_mine_victims_are_the_affected_states_parties(language, text):
    found = proposed_by_position(language, "news", [text])
    assert found[1] == [("call", ["affected-states-parties"])]
