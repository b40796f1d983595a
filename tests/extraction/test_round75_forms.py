"""Forms read in context (issue 22, round 75), in English, French and Spanish. The sentences were written for these
tests (never taken from an evaluation set)."""

import pytest

from tests.extraction.proposing import case_ids, kinds_and_owners, proposed_by_position

pytestmark = pytest.mark.django_db


# Nothing to record: a question, a completion ceremony announced for today, a judgement in "should be regarded as",
# a count of what States still must do, a web page's field labels, a day "instaurado" by the UN. (language, genre, text)
NOTHING_RECORDED = [
    # questions
    (
        "en",
        "news",
        "If the government remains committed to mine action, why was the funding cut? Will the minister "
        "give assurances that Canada will restore the funding?",
    ),
    ("fr", "news", "Le gouvernement va-t-il tenir son engagement de financer le déminage du nord du pays ?"),
    ("es", "news", "¿Se comprometerá el Gobierno a financiar el desminado del norte del país?"),
    # a completion ceremony announced
    ("en", "press_release", "Today the Government of Angola will officially declare the province free of mines."),
    ("fr", "press_release", "Aujourd'hui, le gouvernement de l'Angola va déclarer officiellement la province déminée."),
    ("es", "press_release", "Hoy el Gobierno de Angola declarará oficialmente a la provincia libre de minas."),
    # a judgement
    ("en", "statement", "The Convention should be regarded as one of the most successful treaties of our time."),
    ("fr", "statement", "La Convention devrait être considérée comme l'un des traités les plus réussis."),
    ("es", "statement", "La Convención debería ser considerada como uno de los tratados más exitosos."),
    # a count of what remains to be done
    ("en", "statement", "Four States Parties still must destroy a total of 3 million stockpiled mines."),
    ("fr", "statement", "Quatre États parties doivent encore détruire au total 3 millions de mines stockées."),
    ("es", "statement", "Cuatro Estados Partes aún deben destruir en total 3 millones de minas almacenadas."),
    # a day set by the United Nations ("instauró" is no call: "insta" is)
    (
        "es",
        "news",
        "En 2005 la ONU instauró que el 4 de abril se conmemore el Día contra las Minas, para tomar conciencia.",
    ),
]


@pytest.mark.parametrize(("language", "genre", "text"), NOTHING_RECORDED, ids=case_ids(NOTHING_RECORDED))
def test_nothing_is_recorded(language, genre, text):
    assert proposed_by_position(language, genre, [text]) == {}


def test_a_web_pages_field_labels_are_no_orders_to_the_reader():
    texts = [
        "Funding decision for mine action in Angola: 3 000 000 €",
        "• Gender equality",
        "• Land mine clearance 100%",
    ]
    found = kinds_and_owners(proposed_by_position("en", "web_page", texts, title="Mine action in Angola"))
    assert 2 not in found and 3 not in found


# "Both armies" stand for the two States named before, as "both countries" do.
BOTH_ARMIES = [
    ("en", "Ecuador and Peru met in Quito on Monday.", "Both armies pledged to share maps of the border minefields."),
    (
        "fr",
        "L'Équateur et le Pérou se sont réunis à Quito.",
        "Les deux armées se sont engagées à partager leurs cartes.",
    ),
    ("es", "Ecuador y Perú se reunieron en Quito.", "Ambos ejércitos se comprometieron a compartir sus mapas."),
]


@pytest.mark.parametrize(("language", "before", "text"), BOTH_ARMIES, ids=case_ids(BOTH_ARMIES))
def test_both_armies_are_the_two_states_named_before(language, before, text):
    found = kinds_and_owners(proposed_by_position(language, "news", [before, text]))
    assert found[2] == [("commitment", ["ECU", "PER"])]


# Operations against mines begun: an act, not a meeting's date ("will begin de-mining operations this week").
OPERATIONS_BEGUN = [
    ("en", "The Government of Colombia will begin de-mining operations this week in the department of Bolívar."),
    ("fr", "Le gouvernement colombien commencera les opérations de déminage la semaine prochaine."),
    ("es", "El Gobierno de Colombia comenzará las labores de desminado la próxima semana en Bolívar."),
]


@pytest.mark.parametrize(("language", "text"), OPERATIONS_BEGUN, ids=case_ids(OPERATIONS_BEGUN))
def test_operations_against_mines_that_will_begin_are_a_commitment(language, text):
    assert kinds_and_owners(proposed_by_position(language, "press_release", [text])) == {1: [("commitment", ["COL"])]}


def test_a_meeting_that_will_begin_its_work_is_still_a_date():
    assert proposed_by_position("en", "news", ["The conference will begin its work on Monday in Geneva."]) == {}


# Help put at someone's disposal ("sera à disposition pour aider"): an offer.
AT_THE_DISPOSAL = [
    ("fr", "Le CICR sera à disposition pour aider les États à planifier la mise en œuvre du traité."),
    ("es", "El CICR estará a disposición para ayudar a los Estados a planificar la aplicación del tratado."),
    ("en", "The ICRC remains available to help States plan the implementation of the treaty."),
]


@pytest.mark.parametrize(("language", "text"), AT_THE_DISPOSAL, ids=case_ids(AT_THE_DISPOSAL))
def test_help_put_at_the_disposal_of_states_is_an_offer(language, text):
    assert kinds_and_owners(proposed_by_position(language, "press_release", [text])) == {1: [("offer", ["ICRC"])]}


def test_a_state_that_wishes_to_be_free_of_mines_by_a_year_commits():
    text = "La Colombie souhaite être libérée des mines antipersonnel d'ici 2021, a déclaré le ministre."
    assert kinds_and_owners(proposed_by_position("fr", "news", [text])) == {1: [("commitment", ["COL"])]}


def test_a_wish_in_the_subjunctive_opening_an_opinions_item_is_its_recommendation():
    texts = ["La Commission recommande", "Que la France ratifie le Protocole II révisé, malgré ses limites."]
    found = kinds_and_owners(proposed_by_position("fr", "statement", texts, title="Avis sur les mines"))
    assert found[2] == [("recommendation", ["FRA"])]


def test_a_national_body_whose_name_holds_for_advised_by_a_monitor_is_advice_to_its_state():
    text = "The National High Commission for Demining (HCND) should publish clear plans for non-technical survey."
    found = proposed_by_position("en", "web_page", [text], title="Chad: Mine Action Review")
    assert kinds_and_owners(found) == {1: [("recommendation", ["TCD"])]}


# A body that "is recommending" recommends; the State it concerns owns the recommendation.
RECOMMENDING = [
    ("en", "After a report from Sudan, the Committee is recommending that the case be closed."),
    ("es", "Tras un informe de Sudán, el Comité está recomendando que se cierre el caso."),
]


@pytest.mark.parametrize(("language", "text"), RECOMMENDING, ids=case_ids(RECOMMENDING))
def test_a_body_that_is_recommending_makes_a_recommendation(language, text):
    assert kinds_and_owners(proposed_by_position(language, "statement", [text])) == {1: [("recommendation", ["SDN"])]}


# Help asked of "others" to "increase support", or of "the world community": those in a position to give.
MORE_SUPPORT_ASKED = [
    ("en", "“We call upon others to follow our lead and increase support to mine action in many countries.”"),
    ("en", "Chile appealed to the world community to support its demining programme."),
    ("es", "Chile pidió a la comunidad mundial que apoye su programa de desminado."),
]


@pytest.mark.parametrize(("language", "text"), MORE_SUPPORT_ASKED, ids=case_ids(MORE_SUPPORT_ASKED))
def test_more_support_asked_of_others_or_the_world_community_is_asked_of_those_in_a_position(language, text):
    found = kinds_and_owners(proposed_by_position(language, "news", [text]))
    assert found[1][0][0] == "call"
    assert "states-parties-in-a-position" in found[1][0][1]


def test_parties_that_met_agreeing_to_move_forward_commit():
    text = "Argentina and the United Kingdom held talks in London, agreeing to move forward on the clearance work."
    assert kinds_and_owners(proposed_by_position("en", "news", [text])) == {1: [("commitment", ["ARG", "GBR"])]}


# A project launched "thanks to a grant from" a State: that State's gift, no thanks.
THANKS_TO_A_GRANT = [
    ("en", "Thanks to a grant from the US government, the charity has launched a project to clear a minefield."),
    ("fr", "Grâce à une subvention du gouvernement américain, l'association a lancé un projet de déminage."),
    (
        "es",
        "Gracias a una subvención del gobierno estadounidense, la ONG ha puesto en marcha un proyecto de desminado.",
    ),
]


@pytest.mark.parametrize(("language", "text"), THANKS_TO_A_GRANT, ids=case_ids(THANKS_TO_A_GRANT))
def test_a_project_launched_thanks_to_a_states_grant_is_its_commitment(language, text):
    assert kinds_and_owners(proposed_by_position(language, "press_release", [text])) == {1: [("commitment", ["USA"])]}
