"""Forms read in context (issue 22, round 54). The sentences were written for these tests (never taken from an
evaluation set)."""

import pytest

from extraction.reader.clauses import closed_up_sums
from tests.extraction.proposing import proposed_by_position

pytestmark = pytest.mark.django_db


# A dateline whose date stands in parentheses after the place ("Luanda, Angola (10 March, 2015) –"): the sentence
# after it is read as usual, and its currency sign may stand apart from the figure.
DATELINED = [
    "Luanda, Angola (10 March, 2015) – Japan contributed US$4.5 million to the UN Voluntary Trust Fund for mine "
    "action in Angola.",
    "Luanda, Angola (10 March, 2015) – The People of Japan contributed US $ 4.5 million to the UN Voluntary Trust "
    "Fund for mine action in Angola.",
]


@pytest.mark.parametrize("text", DATELINED)
def test_a_sum_after_a_dateline_with_its_date_in_parentheses_is_read(text):
    found = proposed_by_position("en", "news", [text])
    assert [(kind, sorted(owners)) for kind, owners in found[1]] == [("commitment", ["AGO", "JPN"])]


def test_a_dateline_opens_no_commitment_by_itself():
    text = "Geneva, Switzerland (3 December 2015) – The meeting opened with a minute of silence."
    assert proposed_by_position("en", "news", [text]) == {}


def test_a_spaced_sum_is_closed_up_without_moving_the_text():
    text = "Japan contributed US $ 4.5 million and $ 300,000 more."
    closed = closed_up_sums(text)
    assert len(closed) == len(text)
    assert "US$4.5" in closed and "$300,000" in closed
    assert closed.index("million") == text.index("million")
