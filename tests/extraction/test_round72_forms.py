"""Forms read in context (issue 22, round 72), in English, French and Spanish. The sentences were written for these
tests (never taken from an evaluation set)."""

import pytest

from tests.extraction.proposing import case_ids, kinds_and_owners, proposed_by_position

pytestmark = pytest.mark.django_db


# An offer in the present ("La France offre son expertise"), as English and Spanish read "offers its expertise".
OFFERS_IN_THE_PRESENT = [
    ("fr", "La Belgique offre son expertise aux États touchés en matière de dépollution.", ["BEL"]),
    ("fr", "La Suisse offre une assistance technique au Cambodge pour former des démineurs.", ["CHE", "KHM"]),
    ("en", "Australia offers its expertise in victim assistance to affected States.", ["AUS"]),
    ("es", "Chile ofrece su experiencia en desminado humanitario a los Estados afectados.", ["CHL"]),
]


@pytest.mark.parametrize(("language", "text", "owners"), OFFERS_IN_THE_PRESENT, ids=case_ids(OFFERS_IN_THE_PRESENT))
def test_an_offer_in_the_present(language, text, owners):
    assert kinds_and_owners(proposed_by_position(language, "statement", [text])) == {1: [("offer", owners)]}
