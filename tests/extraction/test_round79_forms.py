"""Forms read in context (issue 22, round 79), in English, French and Spanish. The sentences were written for these
tests (never taken from an evaluation set)."""

import pytest

from tests.extraction.proposing import case_ids, proposed, proposed_by_position

pytestmark = pytest.mark.django_db


# Two pledges in one sentence, the second in a clause of its own after "while": both givers own it (and the States
# helped are named).
TWO_GIVERS_CONTRASTED = [
    (
        "en",
        "Japan will fund the clearance of 200 hectares in Angola, while Norway will provide US$3 million for victim "
        "assistance in Colombia.",
    ),
    (
        "fr",
        "Le Japon financera le déminage de 200 hectares en Angola, tandis que la Norvège fournira 3 millions de "
        "dollars pour l'assistance aux victimes en Colombie.",
    ),
    (
        "es",
        "Japón financiará la limpieza de 200 hectáreas en Angola, mientras que Noruega aportará 3 millones de dólares "
        "para la asistencia a víctimas en Colombia.",
    ),
]


@pytest.mark.parametrize(("language", "text"), TWO_GIVERS_CONTRASTED, ids=case_ids(TWO_GIVERS_CONTRASTED))
def test_a_second_giver_after_while_pledges_too(language, text):
    [(kind, owners)] = proposed(language, "news", text)
    assert kind in ("commitment", "offer")
    assert {"JPN", "NOR"} <= set(owners)


def test_a_contrast_with_nothing_pledged_after_it_adds_no_one():
    text = "Japan will fund the clearance of 200 hectares in Angola, while Norway has already cleared its land."
    [(_kind, owners)] = proposed("en", "news", text)
    assert "NOR" not in owners


# "Nous sommes désormais engagés à": an adverb of time between the verb and the pledge.
def test_an_adverb_of_time_inside_a_french_pledge():
    text = "Nous sommes désormais engagés à détruire nos stocks de mines antipersonnel d'ici 2027."
    assert proposed("fr", "statement", text, title="Déclaration du Burkina Faso") == [("commitment", ["BFA"])]


# The items of a list of new deadlines may name their State with its article ("l'Afghanistan, jusqu'au ...").
def test_items_of_new_deadlines_with_an_article_are_the_decisions_on_their_states():
    texts = [
        "Les États parties ont accordé des prolongations à huit pays :",
        "l'Afghanistan, jusqu'au 1er mars 2025 ;",
        "l'Argentine, jusqu'au 1er mars 2026.",
    ]
    found = proposed_by_position("fr", "news", texts)
    assert (found[2], found[3]) == ([("conclusion", ["AFG"])], [("conclusion", ["ARG"])])
