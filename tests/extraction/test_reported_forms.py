"""Forms of real published texts that commit no one, and those that do, in English, French and Spanish: a kind of
meeting in general, a copy cut off after its verb of calling, a view reported from a session, a capitalised noun
inside a web page's narrative. The sentences were written for these tests (never taken from an evaluation set)."""

import pytest

from extraction.reader.clauses import read_clauses
from tests.extraction.proposing import proposed

pytestmark = pytest.mark.django_db


# A kind of meeting in general ("Each Review Conference", "Chaque conférence d'examen") is no deciding body.
IN_GENERAL = [
    ("en", "Every Review Conference constitutes a moment to take stock of what remains to be cleared."),
    ("fr", "Chaque Conférence d'examen constitue un moment pour faire le point sur ce qui reste à dépolluer."),
    ("es", "Cada Conferencia de Examen constituye un momento para hacer balance de lo que queda por despejar."),
]


@pytest.mark.parametrize(("language", "text"), IN_GENERAL, ids=[case[0] for case in IN_GENERAL])
def test_a_kind_of_meeting_in_general_decides_nothing(language, text):
    assert proposed(language, "statement", text) == []


# A stored copy that stops right after its verb of calling asks nobody anything.
CUT_OFF = [
    ("en", "Thank you, Madam President. To conclude, we urge"),
    ("fr", "Merci, Madame la Présidente. Pour terminer, nous exhortons"),
    ("es", "Gracias, señora Presidenta. Para terminar, exhortamos"),
]


@pytest.mark.parametrize(("language", "text"), CUT_OFF, ids=[case[0] for case in CUT_OFF])
def test_a_call_cut_off_after_its_verb_is_not_proposed(language, text):
    assert proposed(language, "statement", text) == []


# The same call, whole, is one.
WHOLE_CALL = [
    ("en", "To conclude, we urge all States not party to join the Convention."),
    ("fr", "Pour terminer, nous exhortons tous les États non parties à adhérer à la Convention."),
    ("es", "Para terminar, exhortamos a todos los Estados no partes a adherirse a la Convención."),
]


@pytest.mark.parametrize(("language", "text"), WHOLE_CALL, ids=[case[0] for case in WHOLE_CALL])
def test_the_same_call_whole_is_proposed(language, text):
    assert [kind for kind, _owners in proposed(language, "statement", text)] == ["call"]


# In a report on the web, advice said by a session, a panel or a speaker is a reported view; the Meeting's is not.
REPORTED_VIEW = [
    (
        "en",
        "A panel on survivors, moderated by the Ambassador of Chile, highlighted the importance of psychological "
        "support.",
        "The Meeting recommended that Angola strengthen its national coordination of victim assistance.",
    ),
    (
        "fr",
        "Un panel sur les survivants, animé par l'ambassadeur du Chili, a souligné l'importance du soutien "
        "psychologique.",
        "L'Assemblée a recommandé que l'Angola renforce sa coordination nationale de l'assistance aux victimes.",
    ),
    (
        "es",
        "Un panel sobre los sobrevivientes, moderado por el embajador de Chile, subrayó la importancia del apoyo "
        "psicológico.",
        "La Reunión recomendó que Angola fortalezca su coordinación nacional de la asistencia a las víctimas.",
    ),
]


@pytest.mark.parametrize(("language", "view", "advice"), REPORTED_VIEW, ids=[case[0] for case in REPORTED_VIEW])
def test_a_view_reported_from_a_session_is_no_recommendation(language, view, advice):
    assert proposed(language, "news", view) == []
    assert [kind for kind, _owners in proposed(language, "news", advice)] == ["recommendation"]


# On a web page an instruction opens its item; a capitalised noun inside the narrative is none.
NARRATIVE = [
    (
        "en",
        "The session on clearance was chaired by Norway. Landmine survivors from Chad and Peru described their "
        "work in the field.",
    ),
    (
        "fr",
        "La séance sur le déminage était présidée par la Norvège. Survivants du Tchad et du Pérou ont décrit leur "
        "travail sur le terrain.",
    ),
    (
        "es",
        "La sesión sobre el desminado fue presidida por Noruega. Sobrevivientes de Chad y Perú describieron su "
        "trabajo sobre el terreno.",
    ),
]


@pytest.mark.parametrize(("language", "text"), NARRATIVE, ids=[case[0] for case in NARRATIVE])
def test_a_capitalised_noun_inside_a_web_page_narrative_is_no_instruction(language, text):
    assert proposed(language, "web_page", text) == []


# A demonstrative alone ("This will show", "Cela montrera", "Esto mostrará") is no party that commits; nor is a noun
# phrase that goes on ("Examples of [pledges]": a noun, not the verb "pledges").
NO_PARTY = [
    ("en", "This will strengthen the work of the Convention in the years ahead."),
    ("fr", "Cela renforcera le travail de la Convention dans les années à venir."),
    ("es", "Esto reforzará el trabajo de la Convención en los próximos años."),
    ("en", "Examples of pledges include national clearance plans and new funding."),
]


@pytest.mark.parametrize(("language", "text"), NO_PARTY, ids=[f"{case[0]}-{n}" for n, case in enumerate(NO_PARTY)])
def test_a_demonstrative_or_an_unfinished_noun_phrase_is_no_party(language, text):
    assert [clause for clause in read_clauses(text, language, "web_page") if clause.kind is not None] == []


def test_a_named_party_still_commits():
    [clause] = read_clauses("Norway will strengthen its support to survivors.", "en", "web_page")
    assert (clause.kind, clause.subject) == ("commitment", "party")
