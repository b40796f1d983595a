"""Forms read in context (issue 22, round 63), in English, French and Spanish. The sentences were written for these
tests (never taken from an evaluation set)."""

import pytest

from tests.extraction.proposing import case_ids, proposed_by_position

pytestmark = pytest.mark.django_db


# A visit made to call on someone ("to urge X to", "pour exhorter X à", "para instar a X a"): a call.
PURPOSE_CALLS = [
    ("en", "Campaigners are visiting embassies on 1 March to urge Egypt to join the Mine Ban Treaty without delay."),
    ("fr", "Des militants se rendent dans les ambassades le 1er mars pour exhorter l'Égypte à adhérer au traité."),
    ("es", "Los activistas visitan las embajadas el 1 de marzo para instar a Egipto a adherirse al tratado."),
]


@pytest.mark.parametrize(("language", "text"), PURPOSE_CALLS, ids=case_ids(PURPOSE_CALLS))
def test_a_visit_made_to_urge_a_state_to_act_is_a_call(language, text):
    found = proposed_by_position(language, "press_release", [text])
    assert [kind for kind, _owners in found[1]] == ["call"]


def test_drawing_attention_is_no_call():
    text = "La Santa Sede desea aprovechar esta oportunidad para llamar la atención sobre los principios humanitarios."
    assert proposed_by_position("es", "news", [text]) == {}


def test_what_a_monument_was_placed_for_long_ago_is_history():
    text = "The chair was placed before the Palais des Nations in 1997 to encourage States to sign the treaty."
    assert proposed_by_position("en", "news", [text]) == {}
