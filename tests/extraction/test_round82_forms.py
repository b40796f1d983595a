"""Forms read in context (issue 22, round 82), in English, French and Spanish. The sentences were written for these
tests (never taken from an evaluation set)."""

import pytest

from tests.extraction.proposing import proposed

pytestmark = pytest.mark.django_db


def test_a_goal_that_names_its_state_is_that_states_not_the_storys():
    texts = [
        "Japan has funded new demining machines for Ukraine, its embassy in Kyiv said.",
        "The objective is for Ukraine to be free of mines by 2033, the minister said.",
    ]
    assert proposed("en", "news", *texts) == [("commitment", ["UKR"])]
