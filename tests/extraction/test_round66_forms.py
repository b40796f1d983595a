"""Forms read in context (issue 22, round 66), in English, French and Spanish. The sentences were written for these
tests (never taken from an evaluation set)."""

import pytest

from documents.ingestion.pipeline import Overrides
from tests.extraction.proposing import case_ids, proposed_by_position, uploaded_proposals

pytestmark = pytest.mark.django_db


# A pledge whose verbs the items give ("The United States will: | not use ...; | not assist ..."): each item, a
# negated one too, is the party's commitment.
def test_negated_items_under_a_will_chapeau_are_the_partys_commitments():
    text = (
        "Statement\n\n"
        "As of today, the United States will:\n\n"
        "  • not use anti-personnel mines outside the peninsula;\n\n"
        "  • not assist, encourage, or induce anyone to use them; and\n\n"
        "  • destroy the stockpiles it does not need.\n"
    )
    found = uploaded_proposals("statement.txt", text, Overrides(kind="statement", language="en"))
    assert found[-3:] == [("commitment", ["USA"])] * 3


# A pronoun that points back to the Convention ("La Convention interdit ... Elle vise à protéger"): the treaty's aim.
POINTING_BACK_TO_THE_TREATY = [
    ("en", "Adopted in 1997, the Convention bans anti-personnel mines. It aims to protect civilians from them."),
    ("fr", "Adoptée en 1997, la Convention interdit les mines antipersonnel. Elle vise à protéger les civils."),
    ("es", "Adoptada en 1997, la Convención prohíbe las minas antipersonal. Ella busca proteger a los civiles."),
]


@pytest.mark.parametrize(("language", "text"), POINTING_BACK_TO_THE_TREATY, ids=case_ids(POINTING_BACK_TO_THE_TREATY))
def test_a_pronoun_after_the_convention_is_the_treaty_not_a_party(language, text):
    assert proposed_by_position(language, "news", ["Belgium hosted the meeting.", text]).get(2) is None


# What a sentence beside a pledge says against itself does not hide the pledge ("HMG has noted that five States
# have stated their intention to withdraw. ... The UK will work to mitigate").
def test_a_pledge_stands_beside_a_noted_intention_of_others():
    text = (
        "His Majesty's Government has noted that Finland and Poland have stated their intention to withdraw from the "
        "Convention. The UK will work to mitigate impacts on disarmament norms."
    )
    found = proposed_by_position("en", "statement", [text])
    assert [kind for kind, _owners in found[1]] == ["commitment"] and "GBR" in found[1][0][1]


# A funding decision in the passive ("An additional programme of up to 25 million EUR was adopted to support"): the
# speaker's; and a call on the Security Council is a call on the UN.
def test_a_programme_of_a_sum_adopted_is_the_speakers_commitment():
    text = "An additional programme of up to 25 million EUR was adopted to support Ukraine's demining."
    found = proposed_by_position("en", "statement", [text], title="EU Statement on Mine Clearance")
    assert found == {1: [("commitment", ["EU", "UKR"])]}


def test_a_call_on_the_security_council_is_the_uns():
    text = "La Suisse exhorte le Conseil de sécurité de rappeler aux parties leur obligation d'autoriser le déminage."
    assert proposed_by_position("fr", "statement", [text]) == {1: [("call", ["UN"])]}


# Words that look like acts and are not: a feeling ("I am encouraged by"), the audience's programme ("you will adopt
# the final documents"), what the consensus is recalled to say, things that call for improvements, and guests who
# will take the floor or represent their country.
NOT_ACTS = [
    ("en", "statement", "I am particularly encouraged by what the ICRC observes in communities once contaminated."),
    ("en", "statement", "Later today, you will adopt the final documents presented by the presidency."),
    ("es", "news", "El ICBL recordó que el consenso internacional reconoce que las minas no deben utilizarse nunca."),
    ("fr", "statement", "Permettez-moi d'évoquer quatre domaines qui appellent des améliorations :"),
    (
        "fr",
        "press_release",
        "Au cours de la session, les ministres prendront la parole. Le Prince représentera son pays à la conférence.",
    ),
]


@pytest.mark.parametrize(("language", "genre", "text"), NOT_ACTS, ids=case_ids(NOT_ACTS))
def test_words_that_only_look_like_acts_are_none(language, genre, text):
    assert proposed_by_position(language, genre, [text]) == {}
