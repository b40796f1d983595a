"""Forms read in context (issue 22, round 45h), in English, French and Spanish. The sentences were written for these
tests (never taken from an evaluation set)."""

import pytest

from tests.extraction.proposing import case_ids, kinds_and_owners, proposed_by_position

pytestmark = pytest.mark.django_db


# A meeting convened is logistics: no one is called on.
CONVENED = [
    ("en", "Norway called a meeting of donors in Oslo."),
    (
        "fr",
        "Le secrétaire général de l'OEA et le vice-ministre de l'Équateur ont convoqué une réunion virtuelle de deux "
        "jours avec les États membres.",
    ),
    ("es", "Colombia convocó una reunión de donantes en Bogotá."),
]


@pytest.mark.parametrize(("language", "text"), CONVENED, ids=case_ids(CONVENED))
def test_a_meeting_convened_calls_on_no_one(language, text):
    assert proposed_by_position(language, "news", [text]) == {}


def test_a_call_to_support_is_still_a_call():
    found = kinds_and_owners(
        proposed_by_position("es", "news", ["Colombia convocó a la comunidad internacional a apoyar el desminado."])
    )
    assert [kind for kind, _owners in found[1]] == ["call"]


# A call on States to suspend their withdrawal is a call; a State's own withdrawal stays none.
SUSPEND_WITHDRAWAL = [
    (
        "en",
        "The High Commissioner urged Estonia, Finland and Poland to immediately suspend their withdrawal from the "
        "Convention.",
    ),
    (
        "fr",
        "Le Haut-Commissaire a exhorté l'Estonie, la Finlande et la Pologne à suspendre immédiatement leur retrait de "
        "la Convention.",
    ),
    (
        "es",
        "El Alto Comisionado pidió a Estonia, Finlandia y Polonia que suspendan inmediatamente los procesos de "
        "retirada de la convención.",
    ),
]


@pytest.mark.parametrize(("language", "text"), SUSPEND_WITHDRAWAL, ids=case_ids(SUSPEND_WITHDRAWAL))
def test_a_call_to_suspend_a_withdrawal(language, text):
    assert kinds_and_owners(proposed_by_position(language, "news", [text])) == {1: [("call", ["EST", "FIN", "POL"])]}


NONE = [
    ("en", "statement", "Estonia will withdraw from the Convention in June."),
    ("fr", "statement", "La Pologne va se retirer de la Convention."),
    ("es", "statement", "Polonia va a retirarse de la Convención."),
    ("en", "statement", "He wishes to know the position the Government will adopt at the conference."),
    ("fr", "statement", "Il souhaite connaître la position qu'adoptera la France à cette occasion."),
    ("es", "statement", "Desea conocer la posición que adoptará el Gobierno en la conferencia."),
    ("en", "statement", "As long as the hostility continues, our country cannot give up the use of mines."),
    ("fr", "statement", "Tant que l'hostilité continue, notre pays ne pourra pas renoncer à l'emploi des mines."),
    ("es", "statement", "Mientras continúe la hostilidad, nuestro país no podrá renunciar al uso de las minas."),
    ("en", "web_page", "The States Parties continued informal discussions:"),
]


@pytest.mark.parametrize(("language", "kind", "text"), NONE, ids=case_ids(NONE))
def test_withdrawals_questions_refusals_and_procedure_are_none(language, kind, text):
    assert proposed_by_position(language, kind, [text]) == {}


# Support announced as new or additional, and a sum allocated in the passive future.
SUPPORT = [
    ("en", "The European Union announced additional support to help countries meet their obligations.", "EU"),
    ("fr", "L'Union européenne a annoncé un soutien supplémentaire pour aider les pays.", "EU"),
    ("es", "La Unión Europea anunció un apoyo adicional para ayudar a los países.", "EU"),
]


@pytest.mark.parametrize(("language", "text", "code"), SUPPORT, ids=case_ids(SUPPORT))
def test_additional_support_announced(language, text, code):
    assert kinds_and_owners(proposed_by_position(language, "press_release", [text])) == {1: [("commitment", [code])]}


def test_a_sum_allocated_in_the_passive_future():
    text = (
        "Depuis 1996, la France a consacré plus de 13 millions d'euros au déminage. Cinq millions d'euros "
        "supplémentaires seront alloués au continent africain à compter de 2005."
    )
    found = kinds_and_owners(proposed_by_position("fr", "statement", [text]))
    assert [kind for kind, _owners in found[1]] == ["commitment"]
