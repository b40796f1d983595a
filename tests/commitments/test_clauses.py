"""The clause reader (commitments/extraction/clauses.py) reads structure, so it holds for verbs that no phrase rule
names: each case below uses such a verb, in English, French and Spanish, with the owner the sentence gives."""

from types import SimpleNamespace

import pytest

from commitments.extraction.classifier import classify_paragraphs, load_tables
from commitments.extraction.clauses import read_clauses
from commitments.extraction.owners import ActorDirectory, paragraph_owners

pytestmark = pytest.mark.django_db

# (case, language, genre, label, text, expected kind or None, expected owners or None = not checked)
CASES = [
    # A deciding body with any verb reports a decision; the party it acted on owns it.
    (
        "body-decides",
        "en",
        "report",
        "1.",
        "The Meeting endorsed the revised work plan submitted by Angola.",
        "conclusion",
        ["AGO"],
    ),
    (
        "body-decides",
        "fr",
        "report",
        "1.",
        "L'Assemblée a entériné le plan de travail révisé présenté par l'Angola.",
        "conclusion",
        ["AGO"],
    ),
    (
        "body-decides",
        "es",
        "report",
        "1.",
        "La Reunión refrendó el plan de trabajo revisado presentado por Angola.",
        "conclusion",
        ["AGO"],
    ),
    (
        "body-grants",
        "en",
        "report",
        "2.",
        "The Meeting granted Tajikistan an extension of its deadline until 31 December 2030.",
        "conclusion",
        ["TJK"],
    ),
    (
        "body-grants",
        "fr",
        "report",
        "2.",
        "L'Assemblée a accordé au Tadjikistan la prolongation de son délai jusqu'au 31 décembre 2030.",
        "conclusion",
        ["TJK"],
    ),
    (
        "body-grants",
        "es",
        "report",
        "2.",
        "La Reunión concedió a Tayikistán la prórroga de su plazo hasta el 31 de diciembre de 2030.",
        "conclusion",
        ["TJK"],
    ),
    # ... unless the verb only observes or thanks: then not even a phrase inside it counts.
    (
        "body-observes",
        "en",
        "report",
        "3.",
        "The Committee noted that twelve States Parties reported needs.",
        None,
        None,
    ),
    ("body-observes", "fr", "report", "3.", "La Réunion a pris note du rapport du Comité.", None, None),
    ("body-observes", "es", "report", "3.", "La Reunión tomó nota del informe del Comité.", None, None),
    (
        "body-describes",
        "en",
        "report",
        "4.",
        "The workshop focused on the links between clearance and development.",
        None,
        None,
    ),
    ("body-describes", "fr", "report", "4.", "L'atelier est prévu à Bangkok du 3 au 5 mars.", None, None),
    ("body-describes", "es", "report", "4.", "La reunión contó con la participación de ochenta delegados.", None, None),
    (
        "body-takes-note",
        "en",
        "report",
        "3.",
        "The Meeting took cognizance of the report of the Committee.",
        None,
        None,
    ),
    ("body-takes-note", "fr", "report", "3.", "L'Assemblée a pris acte du rapport annuel de l'Unité.", None, None),
    (
        "body-takes-note",
        "es",
        "report",
        "3.",
        "La Reunión tomó conocimiento del informe anual de la Dependencia.",
        None,
        None,
    ),
    (
        "body-considers",
        "en",
        "conclusions",
        "3.",
        "The experts considered that national ownership matters most.",
        "conclusion",
        None,
    ),
    ("body-gathers", "fr", "conclusions", "4.", "La réunion a rassemblé 35 experts venus de 18 pays.", None, None),
    (
        "states-not-party",
        "en",
        "action_plan",
        "Action #1",
        "States not party will consider acceding to the Convention at the earliest opportunity.",
        "commitment",
        None,
    ),
    # A report's impersonal passive decides; "States Parties" decide in a report, not in a declaration's preamble.
    (
        "impersonal",
        "en",
        "report",
        "14.",
        "It was further decided that the Committee would meet twice a year.",
        "conclusion",
        None,
    ),
    (
        "impersonal",
        "fr",
        "report",
        "14.",
        "Il a également été convenu que le Comité se réunirait deux fois par an.",
        "conclusion",
        None,
    ),
    ("impersonal", "es", "report", "14.", "Se acordó que el Comité se reuniría dos veces al año.", "conclusion", None),
    (
        "states-parties-decide",
        "en",
        "report",
        "15.",
        "The States Parties endorsed the revised budget.",
        "conclusion",
        None,
    ),
    (
        "states-parties-decide",
        "fr",
        "report",
        "15.",
        "Les États parties ont entériné le budget révisé.",
        "conclusion",
        None,
    ),
    (
        "states-parties-decide",
        "es",
        "report",
        "15.",
        "Los Estados partes refrendaron el presupuesto revisado.",
        "conclusion",
        None,
    ),
    (
        "states-parties-recalled",
        "en",
        "declaration",
        "16.",
        "The States Parties adopted an action plan in 2019.",
        None,
        None,
    ),
    # Third-person pledges and conditional offers, phrases of the tables.
    (
        "reaffirms",
        "en",
        "statement",
        "17.",
        "Cambodia reaffirms its commitment to finish clearance.",
        "commitment",
        ["KHM"],
    ),
    (
        "reaffirms",
        "fr",
        "statement",
        "17.",
        "Le Cambodge réaffirme son engagement à achever le déminage.",
        "commitment",
        ["KHM"],
    ),
    (
        "reaffirms",
        "es",
        "statement",
        "17.",
        "Camboya reafirma su compromiso de concluir el desminado.",
        "commitment",
        ["KHM"],
    ),
    (
        "would-host",
        "en",
        "statement",
        "18.",
        "Thailand would be pleased to host the next regional workshop.",
        "offer",
        ["THA"],
    ),
    (
        "would-host",
        "fr",
        "statement",
        "18.",
        "La Thaïlande serait heureuse d'accueillir le prochain atelier.",
        "offer",
        ["THA"],
    ),
    (
        "would-host",
        "es",
        "statement",
        "18.",
        "Tailandia estaría dispuesta a acoger el próximo taller regional.",
        "offer",
        ["THA"],
    ),
    # Procedure and wanting to thank are not decisions; a belief concludes, a feeling does not.
    (
        "body-receives",
        "en",
        "conclusions",
        "6.",
        "The Committee received the request from Ethiopia on 31 March.",
        None,
        None,
    ),
    ("body-receives", "fr", "conclusions", "6.", "Le Comité a reçu la demande de l'Éthiopie le 31 mars.", None, None),
    (
        "body-receives",
        "es",
        "conclusions",
        "6.",
        "El Comité recibió la solicitud de Etiopía el 31 de marzo.",
        None,
        None,
    ),
    (
        "wishes-to-thank",
        "es",
        "conclusions",
        "7.",
        "El Comité desea agradecer a Etiopía su enfoque cooperativo.",
        None,
        None,
    ),
    (
        "belief",
        "en",
        "declaration",
        "19.",
        "We are convinced that a mine-free world is within reach.",
        "conclusion",
        None,
    ),
    (
        "belief",
        "fr",
        "declaration",
        "19.",
        "Nous sommes convaincus qu'un monde sans mines est à notre portée.",
        "conclusion",
        None,
    ),
    (
        "belief",
        "es",
        "declaration",
        "19.",
        "Estamos convencidos de que un mundo sin minas está a nuestro alcance.",
        "conclusion",
        None,
    ),
    ("feeling", "en", "declaration", "20.", "We are proud that the Convention has saved many lives.", None, None),
    # A meeting convened, the act's own final clause: no one commits.
    (
        "convened",
        "en",
        "information_note",
        "21.",
        "The Meeting of the States Parties will be convened in Geneva.",
        None,
        None,
    ),
    ("convened", "fr", "information_note", "21.", "L'Assemblée des États parties sera convoquée à Genève.", None, None),
    (
        "convened",
        "es",
        "information_note",
        "21.",
        "La Reunión de los Estados Partes se convocará en Ginebra.",
        None,
        None,
    ),
    ("act-itself", "en", "legal_act", "", "This Decision shall expire on 31 December 2029.", None, None),
    ("act-itself", "fr", "legal_act", "", "La présente décision expire le 31 décembre 2029.", None, None),
    ("act-itself", "es", "legal_act", "", "La presente Decisión expirará el 31 de diciembre de 2029.", None, None),
    (
        "article-body",
        "fr",
        "legal_act",
        "2.",
        "Le Conseil réexamine la présente décision tous les douze mois.",
        "commitment",
        None,
    ),
    (
        "will-apply",
        "fr",
        "action_plan",
        "Action 3 :",
        "Chaque État partie touché appliquera les normes internationales.",
        "commitment",
        None,
    ),
    # Verbs that advise make a recommendation.
    (
        "body-advises",
        "en",
        "conclusions",
        "5.",
        "The participants advised that operators publish their data.",
        "recommendation",
        None,
    ),
    (
        "body-advises",
        "fr",
        "conclusions",
        "5.",
        "Les participants ont préconisé que les opérateurs publient leurs données.",
        "recommendation",
        None,
    ),
    (
        "body-advises",
        "es",
        "conclusions",
        "5.",
        "Los participantes aconsejaron que los operadores publicaran sus datos.",
        "recommendation",
        None,
    ),
    # A party's future, any verb: a commitment; with money, an offer.
    (
        "future",
        "en",
        "statement",
        "6.",
        "Norway will second two experts to the Implementation Support Unit.",
        "commitment",
        ["NOR"],
    ),
    (
        "future",
        "fr",
        "statement",
        "6.",
        "La Norvège détachera deux experts auprès de l'Unité d'appui à l'application.",
        "commitment",
        ["NOR"],
    ),
    (
        "future",
        "es",
        "statement",
        "6.",
        "Noruega adscribirá dos expertos a la Dependencia de Apoyo a la Aplicación.",
        "commitment",
        ["NOR"],
    ),
    (
        "money",
        "en",
        "statement",
        "7.",
        "Japan will disburse 3 million US dollars to survey projects in 2027.",
        "offer",
        ["JPN"],
    ),
    (
        "money",
        "fr",
        "statement",
        "7.",
        "Le Japon débloquera 3 millions de dollars pour des projets d'étude en 2027.",
        "offer",
        ["JPN"],
    ),
    (
        "money",
        "es",
        "statement",
        "7.",
        "El Japón desembolsará 3 millones de dólares para proyectos de estudio en 2027.",
        "offer",
        ["JPN"],
    ),
    # A future whose subject is not a party, or that only schedules, commits nobody.
    (
        "not-a-party",
        "en",
        "statement",
        "8.",
        "Travel costs will be reimbursed for one participant per delegation.",
        None,
        None,
    ),
    (
        "not-a-party",
        "fr",
        "statement",
        "8.",
        "Les frais de voyage seront remboursés pour un participant par délégation.",
        None,
        None,
    ),
    (
        "not-a-party",
        "es",
        "statement",
        "8.",
        "Los gastos de viaje serán reembolsados para un participante por delegación.",
        None,
        None,
    ),
    ("schedule", "en", "statement", "9.", "The Meeting will convene in Geneva on 1 December.", None, None),
    ("schedule", "fr", "statement", "9.", "L'Assemblée se réunira à Genève le 1er décembre.", None, None),
    ("schedule", "es", "statement", "9.", "La Reunión se celebrará en Ginebra el 1 de diciembre.", None, None),
    (
        "counted",
        "en",
        "declaration",
        "10.",
        "Forty States have destroyed their stockpiles and will never again hold anti-personnel mines.",
        None,
        None,
    ),
    # The first person over an infinitive commits; over a "that" clause, concludes.
    (
        "we-strive",
        "en",
        "declaration",
        "11.",
        "We endeavour to clear all known mined areas by 2030.",
        "commitment",
        None,
    ),
    (
        "we-strive",
        "fr",
        "declaration",
        "11.",
        "Nous nous efforçons de dépolluer toutes les zones minées connues d'ici à 2030.",
        "commitment",
        None,
    ),
    (
        "we-strive",
        "es",
        "declaration",
        "11.",
        "Nos esforzamos por despejar todas las zonas minadas conocidas de aquí a 2030.",
        "commitment",
        None,
    ),
    (
        "we-consider",
        "en",
        "declaration",
        "12.",
        "We believe that the needs of survivors must guide our work.",
        "conclusion",
        None,
    ),
    (
        "we-consider",
        "fr",
        "declaration",
        "12.",
        "Nous estimons que les besoins des survivants doivent guider nos travaux.",
        "conclusion",
        None,
    ),
    (
        "we-consider",
        "es",
        "declaration",
        "12.",
        "Estimamos que las necesidades de los supervivientes deben guiar nuestra labor.",
        "conclusion",
        None,
    ),
    ("we-state", "en", "declaration", "13.", "We continue to be guided by the humanitarian imperative.", None, None),
    # An article of a legal act binds, whatever its verb; a recital does not.
    (
        "article",
        "en",
        "legal_act",
        "1.",
        "The period of application of the Decision is extended until 31 December 2031.",
        "commitment",
        None,
    ),
    (
        "article",
        "fr",
        "legal_act",
        "1.",
        "La période d'application de la décision est prolongée jusqu'au 31 décembre 2031.",
        "commitment",
        None,
    ),
    (
        "article",
        "es",
        "legal_act",
        "1.",
        "El período de aplicación de la Decisión se prorroga hasta el 31 de diciembre de 2031.",
        "commitment",
        None,
    ),
    (
        "recital",
        "en",
        "legal_act",
        "(1)",
        "The period of application of the Decision was extended in 2024.",
        None,
        None,
    ),
]


@pytest.mark.parametrize(
    ("case", "language", "genre", "label", "text", "kind", "owners"), CASES, ids=[f"{c[0]}-{c[1]}" for c in CASES]
)
def test_clause(case, language, genre, label, text, kind, owners):
    paragraph = SimpleNamespace(text=text, label=label, heading="", language=language, position=1)
    [(_paragraph, _table, found)] = list(classify_paragraphs([paragraph], load_tables(), language, genre))
    assert found.kind == kind, (found.kind, found.confidence, found.matches, found.clauses)
    if owners is not None:
        named = paragraph_owners(paragraph, found.kind, None, ActorDirectory.load(), found.matches, found.clauses)
        assert [actor.iso3 or actor.slug for actor in named] == owners


def test_a_paragraph_is_read_sentence_by_sentence():
    text = "The Meeting thanked the President. The Meeting decided to convene the next Meeting in Geneva."
    clauses = read_clauses(text, "en")
    assert [(clause.kind, clause.subject) for clause in clauses] == [(None, "body"), ("conclusion", "body")]
    assert text[clauses[1].start : clauses[1].end] == "decided"


def test_a_language_without_a_grammar_is_left_to_the_rules():
    assert read_clauses("Die Tagung beschloss, die Frist zu verlängern.", "de") == []


@pytest.mark.parametrize(
    "title",
    [
        "Council Decision (CFSP) 2026/12 in support of the Convention",
        "Décision du Conseil relative au soutien",
        "Decisión del Consejo relativa al apoyo",
    ],
)
def test_a_legal_act_is_known_by_its_title_so_its_articles_bind(title):
    from documents.ingestion.pipeline import IngestionRequest, parse
    from documents.ingestion.sources import Source

    text = f"{title}\n\n1. The period of application is extended until 31 December 2031.\n"
    result = parse(IngestionRequest(source=Source(name="act.txt", data=text.encode())))
    assert result.kind == "legal_act"
