"""Statements the extractor must find (or leave alone), with their owners, in English, French and Spanish:
decisions reported by a meeting, pledges by a named speaker in the third person, action-plan actions with any
operative verb; and what is not a commitment (logistics, background, recitals that describe, thanks)."""

from types import SimpleNamespace

import pytest

from extraction.owners import ActorDirectory, paragraph_owners
from extraction.reader.classifier import classify_paragraphs
from extraction.reader.sentences import split_sentences
from extraction.tables import load_tables

pytestmark = pytest.mark.django_db

# (case, language, text, expected kind or None, expected owners: ISO3 codes or organisation slugs; None = not checked)
CASES = [
    # Decisions in reports: the party named after the verb owns them.
    (
        "extension",
        "en",
        "The Meeting agreed to grant the request submitted by Chile for an extension of its "
        "deadline until 1 March 2030.",
        "conclusion",
        ["CHL"],
    ),
    (
        "extension",
        "fr",
        "La Réunion a décidé d'accéder à la demande présentée par le Chili en vue de la "
        "prolongation de son délai jusqu'au 1er mars 2030.",
        "conclusion",
        ["CHL"],
    ),
    (
        "extension",
        "es",
        "La Reunión decidió acceder a la solicitud presentada por Chile de prorrogar su plazo "
        "hasta el 1 de marzo de 2030.",
        "conclusion",
        ["CHL"],
    ),
    (
        "requested",
        "en",
        "The Meeting requested Peru to provide an updated work plan by 30 April 2029.",
        "conclusion",
        ["PER"],
    ),
    (
        "requested",
        "fr",
        "La Réunion a prié le Pérou de fournir un plan de travail actualisé d'ici au 30 avril 2029.",
        "conclusion",
        ["PER"],
    ),
    (
        "requested",
        "es",
        "La Reunión pidió al Perú que presentara un plan de trabajo actualizado antes del 30 de abril de 2029.",
        "conclusion",
        ["PER"],
    ),
    (
        "requested-isu",
        "en",
        "The Meeting requested the ISU to prepare a report on the financial situation.",
        "conclusion",
        ["isu"],
    ),
    (
        "requested-isu",
        "fr",
        "La Réunion a prié l'Unité d'appui à l'application de présenter un rapport sur la situation financière.",
        "conclusion",
        ["isu"],
    ),
    (
        "requested-isu",
        "es",
        "La Reunión pidió a la Dependencia de Apoyo a la Aplicación que preparara un informe "
        "sobre la situación financiera.",
        "conclusion",
        ["isu"],
    ),
    ("decided", "en", "The Meeting decided to hold the Twenty-Eighth Meeting in Geneva.", "conclusion", None),
    ("decided", "fr", "La Réunion a décidé de tenir sa vingt-huitième assemblée à Genève.", "conclusion", None),
    ("decided", "es", "La Reunión decidió celebrar su vigésima octava reunión en Ginebra.", "conclusion", None),
    # Pledges by a named speaker, in the third person or with any verb (an announced contribution is an offer).
    ("third-person", "en", "Colombia will continue to support the survivors in rural areas.", "commitment", ["COL"]),
    (
        "third-person",
        "fr",
        "La Colombie continuera à soutenir les survivants des zones rurales.",
        "commitment",
        ["COL"],
    ),
    (
        "third-person",
        "es",
        "Colombia seguirá apoyando a los supervivientes de las zonas rurales.",
        "commitment",
        ["COL"],
    ),
    (
        "announce",
        "en",
        "Norway is pleased to announce that it will provide further funding for mine clearance.",
        "offer",
        ["NOR"],
    ),
    (
        "announce",
        "fr",
        "La Norvège est heureuse d'annoncer qu'elle fournira un financement supplémentaire.",
        "offer",
        ["NOR"],
    ),
    (
        "announce",
        "es",
        "Noruega se complace en anunciar que aportará más fondos para el desminado.",
        "offer",
        ["NOR"],
    ),
    ("union", "en", "The Union shall support the universalisation of the Convention.", "commitment", ["eu"]),
    ("union", "fr", "L'Union soutiendra l'universalisation de la Convention.", "commitment", ["eu"]),
    ("union", "es", "La Unión apoyará la universalización de la Convención.", "commitment", ["eu"]),
    ("offer", "en", "The participants welcomed the offer made by Thailand to host the next meeting.", "offer", ["THA"]),
    ("offer", "fr", "Le Chili s'est déclaré disposé à accueillir la prochaine réunion.", "offer", ["CHL"]),
    ("offer", "es", "Tailandia ofrece acoger la próxima reunión.", "offer", ["THA"]),
    # Action-plan actions with any operative verb.
    (
        "action",
        "en",
        "Each State Party will designate a national focal point for victim assistance.",
        "commitment",
        None,
    ),
    (
        "action",
        "fr",
        "Les États parties touchés désigneront un point focal national pour l'assistance aux victimes.",
        "commitment",
        None,
    ),
    (
        "action",
        "es",
        "Los Estados partes afectados designarán un punto focal nacional para la asistencia a las víctimas.",
        "commitment",
        None,
    ),
    # Not commitments.
    ("logistics", "en", "The meeting will be held in Geneva from 16 to 20 June 2030.", None, None),
    ("logistics", "fr", "La réunion se tiendra à Genève du 16 au 20 juin 2030.", None, None),
    ("logistics", "es", "La reunión se celebrará en Ginebra del 16 al 20 de junio de 2030.", None, None),
    ("invited", "en", "Delegations are invited to send their statements to the ISU in advance.", None, None),
    ("invited", "fr", "Les délégations sont invitées à envoyer leurs déclarations à l'avance.", None, None),
    ("invited", "es", "Se invita a las delegaciones a enviar sus declaraciones con antelación.", None, None),
    ("background", "en", "Article 7 provides that each State Party shall report to the Secretary-General.", None, None),
    (
        "background",
        "fr",
        "L'article 7 dispose que chaque État partie présentera un rapport au Secrétaire général.",
        None,
        None,
    ),
    (
        "background",
        "es",
        "El artículo 7 dispone que cada Estado parte presentará un informe al Secretario General.",
        None,
        None,
    ),
    ("recital", "en", "Recalling the commitments made at the Review Conferences,", None, None),
    ("recital", "fr", "Rappelant les engagements pris lors des conférences d'examen,", None, None),
    ("recital", "es", "Recordando los compromisos asumidos en las conferencias de examen,", None, None),
    ("thanks", "en", "We thank the Government of Chile for hosting the meeting.", None, None),
    ("thanks", "fr", "Nous remercions le Gouvernement chilien d'avoir accueilli la réunion.", None, None),
    ("thanks", "es", "Agradecemos al Gobierno de Chile por haber acogido la reunión.", None, None),
]


@pytest.fixture
def tables(db):
    return load_tables(), ActorDirectory.load()


@pytest.mark.parametrize(("case", "language", "text", "kind", "owners"), CASES, ids=[f"{c[0]}-{c[1]}" for c in CASES])
def test_statement(tables, case, language, text, kind, owners):
    rule_tables, directory = tables
    paragraph = SimpleNamespace(text=text, label="1.", heading="", language=language, position=1)
    [(_paragraph, _table, found)] = list(classify_paragraphs([paragraph], rule_tables, language))
    assert found.kind == kind, (found.kind, found.confidence, found.matches)
    if owners is not None:
        named = paragraph_owners(paragraph, found.kind, None, directory, found.matches, found.clauses)
        assert [actor.iso3 or actor.slug for actor in named] == owners


def test_sentences_split_on_their_ends_not_on_abbreviations():
    text = "The Meeting noted the report, e.g. its annex. It requested Peru to act. See art. 5 of the Convention."
    assert [sentence for _offset, sentence in split_sentences(text)] == [
        "The Meeting noted the report, e.g. its annex.",
        "It requested Peru to act.",
        "See art. 5 of the Convention.",
    ]


def test_evaluate_extraction_reports_each_part_by_language_and_genre(db):
    import io
    import json

    from django.core.management import call_command

    out = io.StringIO()
    call_command("evaluate_extraction", "--json", "--split", "dev", stdout=out)
    scopes = json.loads(out.getvalue())
    assert {"en", "fr", "es", "dev:en", "dev:fr", "dev:es", "dev:final_report", "dev:note_verbale"} <= set(scopes)
    for language in ("en", "fr", "es"):
        assert scopes[language]["detection"]["recall"] >= 0.92
        assert scopes[language]["detection"]["precision"] >= 0.85
