"""Forms read in context (issue 22, round 13), in English, French and Spanish: a minister named with an honorific
after an opening phrase speaks for the State the release names; a press release's speaker is never a State only its
quotations mention; the Swiss Federal Council is Switzerland. The sentences were written for these tests (never taken
from an evaluation set)."""

import pytest

from extraction.owners import ActorDirectory, document_speaker
from extraction.propose import document_proposals
from tests.factories import DocumentFactory, ParagraphFactory

pytestmark = pytest.mark.django_db


def _owners_of_first(language: str, kind: str, title: str, texts: list[str]) -> list[tuple[str, list[str]]]:
    document = DocumentFactory(language=language, kind=kind, title=title)
    paragraphs = [
        ParagraphFactory(document=document, text=text, position=position, language=language)
        for position, text in enumerate(texts, start=1)
    ]
    proposals, _warnings = document_proposals(document)
    return [(p.kind, sorted(o.code for o in p.owners)) for p in proposals if p.paragraph == paragraphs[0]]


HONORIFIC_MINISTER = [
    (
        "en",
        "To this end, the Minister of Foreign Affairs, the Honourable Jane Doe, today announced additional support "
        "of $12 million for mine action.",
        "Canada has supported mine action for twenty years.",
    ),
    (
        "fr",
        "À cette fin, la ministre des Affaires étrangères, l’honorable Jeanne Dupont, a annoncé aujourd’hui un "
        "soutien additionnel de 12 millions de dollars pour la lutte contre les mines.",
        "Le Canada soutient la lutte contre les mines depuis vingt ans.",
    ),
    (
        "es",
        "Con este fin, la ministra de Relaciones Exteriores, la honorable Juana Pérez, anunció hoy un apoyo adicional "
        "de 12 millones de dólares para la acción contra las minas.",
        "Canadá apoya la acción contra las minas desde hace veinte años.",
    ),
]


@pytest.mark.parametrize(("language", "lead", "after"), HONORIFIC_MINISTER, ids=[c[0] for c in HONORIFIC_MINISTER])
def test_a_minister_with_an_honorific_after_an_opening_phrase_speaks_for_the_releases_state(language, lead, after):
    assert _owners_of_first(language, "press_release", "Mine action", [lead, after]) == [("commitment", ["CAN"])]


QUOTED_STATE = [
    (
        "en",
        "The Landmines Campaign urged every country of the world to adhere to the ban on antipersonnel mines.",
        "“Campaigners in the United States urge the United States to accede before the end of the term, and we "
        "will not rest,” said the coordinator.",
    ),
    (
        "fr",
        "La Campagne a exhorté tous les pays du monde à adhérer à l'interdiction des mines antipersonnel.",
        "« Les militants aux États-Unis demandent aux États-Unis d'adhérer avant la fin du mandat, et nous ne "
        "nous reposerons pas », a dit la coordinatrice.",
    ),
    (
        "es",
        "La Campaña instó a todos los países del mundo a adherirse a la prohibición de las minas antipersonal.",
        "“Los activistas en Estados Unidos piden a Estados Unidos adherirse antes del fin del mandato, y nosotros "
        "no descansaremos”, dijo la coordinadora.",
    ),
]


@pytest.mark.parametrize(("language", "lead", "quoted"), QUOTED_STATE, ids=[c[0] for c in QUOTED_STATE])
def test_a_press_release_does_not_speak_for_a_state_only_its_quotations_name(language, lead, quoted):
    document = DocumentFactory(language=language, kind="press_release", title="One year on")
    paragraphs = [
        ParagraphFactory(document=document, text=text, position=position, language=language)
        for position, text in enumerate([lead, quoted], start=1)
    ]
    assert document_speaker(document, paragraphs, ActorDirectory.load()) is None


FEDERAL_COUNCIL = [
    ("en", "The Swiss Federal Council will fund the new centre with 5 million francs a year."),
    ("fr", "Le Conseil fédéral financera le nouveau centre à raison de 5 millions de francs par an."),
    ("es", "El Consejo Federal suizo financiará el nuevo centro con 5 millones de francos al año."),
]


@pytest.mark.parametrize(("language", "text"), FEDERAL_COUNCIL, ids=[c[0] for c in FEDERAL_COUNCIL])
def test_the_federal_council_is_switzerland(language, text):
    owners = _owners_of_first(language, "press_release", "Demining", [text])
    assert owners and "CHE" in owners[0][1]
