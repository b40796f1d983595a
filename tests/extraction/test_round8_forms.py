"""Forms read in the eighth round (held-out 5's error classes), in English, French and Spanish: a web page's chapeau
whose calling verb was cut off ("on States to:"), standing as a paragraph or read as the heading of its items. The
sentences were written for these tests (never taken from a real evaluation set)."""

import pytest

from extraction.propose import document_proposals
from tests.extraction.proposing import proposed
from tests.factories import DocumentFactory, ParagraphFactory

pytestmark = pytest.mark.django_db

CUT_CHAPEAUX = [
    ("en", "on States to:", "Ensure that survivors take part in the planning of victim assistance."),
    ("fr", "les États à :", "Garantir la participation des survivants à l'assistance aux victimes."),
    ("es", "a los Estados a:", "Garantizar la participación de los supervivientes en la asistencia a las víctimas."),
]


@pytest.mark.parametrize(("language", "chapeau", "item"), CUT_CHAPEAUX, ids=[c[0] for c in CUT_CHAPEAUX])
def test_items_under_a_cut_chapeau_are_calls_on_the_states_it_names(language, chapeau, item):
    assert proposed(language, "web_page", "About the Campaign.", chapeau) == []  # the fragment itself: nothing
    assert proposed(language, "web_page", "About the Campaign.", chapeau, item) == [("call", ["states-parties"])]


@pytest.mark.parametrize(("language", "chapeau", "item"), CUT_CHAPEAUX, ids=[c[0] for c in CUT_CHAPEAUX])
def test_items_under_a_cut_chapeau_read_as_their_heading_are_calls(language, chapeau, item):
    document = DocumentFactory(language=language, kind="web_page")
    ParagraphFactory(document=document, text="About the Campaign.", position=1, language=language)
    last = ParagraphFactory(document=document, text=item, position=2, language=language, heading=chapeau)
    proposals, _warnings = document_proposals(document)
    assert [(p.kind, sorted(o.code for o in p.owners)) for p in proposals if p.paragraph == last] == [
        ("call", ["states-parties"])
    ]


# Without a chapeau (or under a heading that names nobody to call on), a web page's instruction names nobody: nothing.
@pytest.mark.parametrize(
    ("language", "heading", "item"),
    [
        ("en", "Our work:", "Ensure that survivors take part in the planning of victim assistance."),
        ("fr", "Notre travail :", "Garantir la participation des survivants à l'assistance aux victimes."),
        (
            "es",
            "Nuestro trabajo:",
            "Garantizar la participación de los supervivientes en la asistencia a las víctimas.",
        ),
    ],
    ids=["en", "fr", "es"],
)
def test_an_instruction_under_another_heading_is_not_a_call(language, heading, item):
    document = DocumentFactory(language=language, kind="web_page")
    ParagraphFactory(document=document, text="About the Campaign.", position=1, language=language)
    last = ParagraphFactory(document=document, text=item, position=2, language=language, heading=heading)
    proposals, _warnings = document_proposals(document)
    assert [p for p in proposals if p.paragraph == last] == []
