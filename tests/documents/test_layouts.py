"""Layouts that real UN texts use and a careless extraction produces, each written for these tests in English,
French and Spanish: what the parser must make of them (label, parent, text, headings)."""

import pytest

from documents.ingestion.pipeline import IngestionRequest, parse
from documents.ingestion.sources import Source


def parsed(text: str, name: str = "test.txt") -> list[tuple[str, str, str]]:
    """(label, parent's label, text) of each paragraph, and ("#", "", heading) for each new heading."""
    result = parse(IngestionRequest(source=Source(name=name, data=text.encode("utf-8"))))
    rows, heading = [], None
    for paragraph in result.paragraphs:
        if paragraph.heading != heading and paragraph.heading:
            rows.append(("#", "", paragraph.heading))
        heading = paragraph.heading
        parent = paragraph.parent.label if paragraph.parent else ""
        rows.append((paragraph.label, parent, paragraph.text))
    return rows


def paragraphs(text: str) -> list[tuple[str, str, str]]:
    return [row for row in parsed(text) if row[0] != "#"]


LONE_LABELS = {
    "en": (
        "Declaration of the Test Meeting\n\n1.\nWe reaffirm our commitment to end the suffering caused by "
        "anti-personnel mines.\n\n2.\nWe will continue to\nsupport the survivors and their families.\n",
        [
            ("1.", "", "We reaffirm our commitment to end the suffering caused by anti-personnel mines."),
            ("2.", "", "We will continue to support the survivors and their families."),
        ],
    ),
    "fr": (
        "Déclaration de la réunion d'essai\n\n1.\nNous réaffirmons notre engagement à mettre fin aux souffrances "
        "causées par les mines.\n\n2.\nNous continuerons à\nsoutenir les survivants et leurs familles.\n",
        [
            ("1.", "", "Nous réaffirmons notre engagement à mettre fin aux souffrances causées par les mines."),
            ("2.", "", "Nous continuerons à soutenir les survivants et leurs familles."),
        ],
    ),
    "es": (
        "Declaración de la reunión de prueba\n\n1.\nReafirmamos nuestro compromiso de poner fin al sufrimiento "
        "causado por las minas.\n2.\nSeguiremos\napoyando a los supervivientes y a sus familias.\n",
        [
            ("1.", "", "Reafirmamos nuestro compromiso de poner fin al sufrimiento causado por las minas."),
            ("2.", "", "Seguiremos apoyando a los supervivientes y a sus familias."),
        ],
    ),
}


@pytest.mark.parametrize("language", sorted(LONE_LABELS))
def test_a_label_alone_on_its_line_labels_the_text_that_follows(language):
    text, expected = LONE_LABELS[language]
    assert paragraphs(text) == expected


RUN_TOGETHER = {
    "en": (
        "Report of the Test Meeting\n\n1. The Meeting opened on 3 June 2030. 2. The Meeting recalled the obligations "
        "under Article 5. 3. The States Parties will, in particular: a) survey all suspected areas; b) clear the "
        "confirmed areas; c) report on progress every year.\n",
        [
            ("1.", "", "The Meeting opened on 3 June 2030."),
            ("2.", "", "The Meeting recalled the obligations under Article 5."),
            ("3.", "", "The States Parties will, in particular:"),
            ("a)", "3.", "survey all suspected areas;"),
            ("b)", "3.", "clear the confirmed areas;"),
            ("c)", "3.", "report on progress every year."),
        ],
    ),
    "fr": (
        "Rapport de la réunion d'essai\n\n1. La Réunion s'est ouverte le 3 juin 2030. 2. La Réunion a rappelé les "
        "obligations découlant de l'article 5. 3. Les États parties veilleront en particulier à : a) étudier "
        "toutes les zones suspectes ; b) dépolluer les zones confirmées ; c) rendre compte chaque année.\n",
        [
            ("1.", "", "La Réunion s'est ouverte le 3 juin 2030."),
            ("2.", "", "La Réunion a rappelé les obligations découlant de l'article 5."),
            ("3.", "", "Les États parties veilleront en particulier à :"),
            ("a)", "3.", "étudier toutes les zones suspectes ;"),
            ("b)", "3.", "dépolluer les zones confirmées ;"),
            ("c)", "3.", "rendre compte chaque année."),
        ],
    ),
    "es": (
        "Informe de la reunión de prueba\n\n1. La Reunión se inauguró el 3 de junio de 2030. 2. La Reunión recordó "
        "las obligaciones del artículo 5. 3. Los Estados partes, en particular: a) estudiarán todas las zonas "
        "sospechosas; b) despejarán las zonas confirmadas; c) informarán cada año.\n",
        [
            ("1.", "", "La Reunión se inauguró el 3 de junio de 2030."),
            ("2.", "", "La Reunión recordó las obligaciones del artículo 5."),
            ("3.", "", "Los Estados partes, en particular:"),
            ("a)", "3.", "estudiarán todas las zonas sospechosas;"),
            ("b)", "3.", "despejarán las zonas confirmadas;"),
            ("c)", "3.", "informarán cada año."),
        ],
    ),
}


@pytest.mark.parametrize("language", sorted(RUN_TOGETHER))
def test_numbered_paragraphs_and_sub_items_run_together_are_split(language):
    text, expected = RUN_TOGETHER[language]
    assert paragraphs(text) == expected


HEADINGS_WITHOUT_BLANKS = {
    "en": (
        "Conclusions of the Test Conference\n\nCooperation and assistance\n5. States Parties in a position to do so "
        "will provide assistance.\nVictim assistance\n6. We will continue to support survivors.\n",
        [
            ("#", "", "Cooperation and assistance"),
            ("5.", "", "States Parties in a position to do so will provide assistance."),
            ("#", "", "Victim assistance"),
            ("6.", "", "We will continue to support survivors."),
        ],
    ),
    "fr": (
        "Conclusions de la conférence d'essai\n\nCoopération et assistance\n5. Les États parties qui sont en mesure "
        "de le faire fourniront une assistance.\nAssistance aux victimes\n6. Nous continuerons à soutenir les "
        "survivants.\n",
        [
            ("#", "", "Coopération et assistance"),
            ("5.", "", "Les États parties qui sont en mesure de le faire fourniront une assistance."),
            ("#", "", "Assistance aux victimes"),
            ("6.", "", "Nous continuerons à soutenir les survivants."),
        ],
    ),
    "es": (
        "Conclusiones de la conferencia de prueba\n\nCooperación y asistencia\n5. Los Estados partes que estén en "
        "condiciones de hacerlo prestarán asistencia.\nAsistencia a las víctimas\n6. Seguiremos apoyando a los "
        "supervivientes.\n",
        [
            ("#", "", "Cooperación y asistencia"),
            ("5.", "", "Los Estados partes que estén en condiciones de hacerlo prestarán asistencia."),
            ("#", "", "Asistencia a las víctimas"),
            ("6.", "", "Seguiremos apoyando a los supervivientes."),
        ],
    ),
}


@pytest.mark.parametrize("language", sorted(HEADINGS_WITHOUT_BLANKS))
def test_a_heading_directly_above_a_numbered_paragraph_stays_a_heading(language):
    text, expected = HEADINGS_WITHOUT_BLANKS[language]
    assert parsed(text)[-len(expected) :] == expected  # (after the title)


EMPHASIS = {
    "en": (
        "Test Action Plan\n\n**1.** We will clear all mined areas.\n\n*(a)* by surveying them;\n\n*(b)* by "
        "releasing land.\n",
        [
            ("1.", "", "We will clear all mined areas."),
            ("(a)", "1.", "by surveying them;"),
            ("(b)", "1.", "by releasing land."),
        ],
    ),
    "fr": (
        "Plan d'action d'essai\n\n**1.** Nous dépolluerons toutes les zones minées.\n\n*(a)* en les étudiant ;\n\n"
        "*(b)* en remettant les terres à disposition.\n",
        [
            ("1.", "", "Nous dépolluerons toutes les zones minées."),
            ("(a)", "1.", "en les étudiant ;"),
            ("(b)", "1.", "en remettant les terres à disposition."),
        ],
    ),
    "es": (
        "Plan de acción de prueba\n\n**1.** Despejaremos todas las zonas minadas.\n\n*(a)* estudiándolas;\n\n"
        "*(b)* liberando las tierras.\n",
        [
            ("1.", "", "Despejaremos todas las zonas minadas."),
            ("(a)", "1.", "estudiándolas;"),
            ("(b)", "1.", "liberando las tierras."),
        ],
    ),
}


@pytest.mark.parametrize("language", sorted(EMPHASIS))
def test_labels_in_markdown_emphasis_are_labels(language):
    text, expected = EMPHASIS[language]
    assert paragraphs(text) == expected


SENTENCE_AT_LINE_END = {
    "en": (
        "Statement of the Test State\n\n1. We will clear all mined areas under our jurisdiction by 2030.\n"
        "We will also report every year on the progress made.\n\n2. We will assist the victims.\n",
        [
            (
                "1.",
                "",
                "We will clear all mined areas under our jurisdiction by 2030. We will also report every year "
                "on the progress made.",
            ),
            ("2.", "", "We will assist the victims."),
        ],
    ),
    "fr": (
        "Déclaration de l'État d'essai\n\n1. Nous dépolluerons toutes les zones minées d'ici à 2030.\n"
        "Nous rendrons aussi compte chaque année des progrès accomplis.\n\n2. Nous aiderons les victimes.\n",
        [
            (
                "1.",
                "",
                "Nous dépolluerons toutes les zones minées d'ici à 2030. Nous rendrons aussi compte chaque "
                "année des progrès accomplis.",
            ),
            ("2.", "", "Nous aiderons les victimes."),
        ],
    ),
    "es": (
        "Declaración del Estado de prueba\n\n1. Despejaremos todas las zonas minadas para 2030.\n"
        "También informaremos cada año de los avances logrados.\n\n2. Asistiremos a las víctimas.\n",
        [
            (
                "1.",
                "",
                "Despejaremos todas las zonas minadas para 2030. También informaremos cada año de los "
                "avances logrados.",
            ),
            ("2.", "", "Asistiremos a las víctimas."),
        ],
    ),
}


@pytest.mark.parametrize("language", sorted(SENTENCE_AT_LINE_END))
def test_a_line_that_ends_a_sentence_does_not_end_a_paragraph_when_blank_lines_do(language):
    text, expected = SENTENCE_AT_LINE_END[language]
    assert paragraphs(text) == expected


RUNNING_HEADERS = {
    "en": (
        "Test Meeting of the States Parties: final report",
        ["The Meeting adopted its agenda.", "The Meeting elected its President.", "The Meeting closed."],
    ),
    "fr": (
        "Réunion d'essai des États parties : rapport final",
        ["La Réunion a adopté son ordre du jour.", "La Réunion a élu sa présidente.", "La séance est levée."],
    ),
    "es": (
        "Reunión de prueba de los Estados partes: informe final",
        ["La Reunión aprobó su programa.", "La Reunión eligió a su Presidenta.", "Se levantó la sesión."],
    ),
}


@pytest.mark.parametrize("language", sorted(RUNNING_HEADERS))
def test_the_first_pages_running_header_is_furniture_when_it_repeats(language):
    from documents.ingestion.segmenter import FURNITURE, segment

    header, sentences = RUNNING_HEADERS[language]
    pages = [f"{header}\n\n{number}. {sentence}\n" for number, sentence in enumerate(sentences, start=1)]
    pieces = [(piece.kind, piece.label_text, piece.text) for piece in segment(pages)]
    assert [text for kind, _label, text in pieces if kind == FURNITURE] == [header] * 3
    assert [label for kind, label, _text in pieces if kind != FURNITURE] == ["1.", "2.", "3."]
    single = [(piece.kind, piece.text) for piece in segment([pages[0]])]
    assert single[0] == ("heading", header)  # on a single page, nothing repeats: it stays the heading


LEGAL_ACTS = {
    "en": (
        "Whereas:",
        "(1) The States Parties adopted the Test Action Plan.",
        "(2) The Union wishes to support that plan.",
        "HAS ADOPTED THIS DECISION:",
        "Article 1",
        "1. The Union shall support the following activities:",
        "(a) clearance of mined areas, in particular:",
        "(i) survey of suspected areas;",
        "(ii) release of land;",
        "(b) support to victims.",
        "2. The activities shall be carried out by the Implementation Support Unit.",
        "Article 2",
        "This Decision shall enter into force on the date of its adoption.",
    ),
    "fr": (
        "Considérant ce qui suit :",
        "(1) Les États parties ont adopté le plan d'action d'essai.",
        "(2) L'Union souhaite soutenir ce plan.",
        "A ADOPTÉ LA PRÉSENTE DÉCISION :",
        "Article premier",
        "1. L'Union soutient les activités suivantes :",
        "a) la dépollution des zones minées, en particulier :",
        "i) l'étude des zones suspectes ;",
        "ii) la remise à disposition des terres ;",
        "b) l'aide aux victimes.",
        "2. Les activités sont menées par l'Unité d'appui à l'application.",
        "Article 2",
        "La présente décision entre en vigueur le jour de son adoption.",
    ),
    "es": (
        "Considerando lo siguiente:",
        "(1) Los Estados partes aprobaron el plan de acción de prueba.",
        "(2) La Unión desea apoyar dicho plan.",
        "HA ADOPTADO LA PRESENTE DECISIÓN:",
        "Artículo 1",
        "1. La Unión apoyará las actividades siguientes:",
        "a) el desminado de las zonas minadas, en particular:",
        "i) el estudio de las zonas sospechosas;",
        "ii) la liberación de tierras;",
        "b) la asistencia a las víctimas.",
        "2. Las actividades serán realizadas por la Dependencia de Apoyo a la Aplicación.",
        "Artículo 2",
        "La presente Decisión entrará en vigor el día de su adopción.",
    ),
}


@pytest.mark.parametrize("language", sorted(LEGAL_ACTS))
def test_recitals_articles_and_sub_sub_items_of_a_legal_act(language):
    lines = LEGAL_ACTS[language]
    rows = paragraphs("COUNCIL DECISION 2030/1\n\n" + "\n\n".join(lines) + "\n")
    labelled = [(label, parent) for label, parent, _text in rows if label]
    first, second = ("(1)", "(2)")
    letters = ("(a)", "(i)", "(ii)", "(b)") if language == "en" else ("a)", "i)", "ii)", "b)")
    assert labelled == [
        (first, ""),
        (second, ""),
        ("1.", ""),
        (letters[0], "1."),
        (letters[1], letters[0]),
        (letters[2], letters[0]),
        (letters[3], "1."),
        ("2.", ""),
    ]
    headings = [row[2] for row in parsed("COUNCIL DECISION 2030/1\n\n" + "\n\n".join(lines) + "\n") if row[0] == "#"]
    assert lines[4] in headings and lines[11] in headings  # Article 1 (premier), Article 2


WRAPPED_SENTENCE_ENDS = {
    "en": (
        "1. We will clear all mined areas under our jurisdiction as soon as possible and by the end of\n"
        "the year 2030. We will report on progress.\n"
        "Our national authority will coordinate the work with the operators and with the communities\n"
        "concerned.\n\n"
        "2. We will assist the victims and their families in every region of the country, without any\n"
        "discrimination.\n"
    ),
    "fr": (
        "1. Nous dépolluerons toutes les zones minées relevant de notre juridiction dès que possible et\n"
        "avant la fin de 2030. Nous rendrons compte des progrès.\n"
        "Notre autorité nationale coordonnera les travaux avec les opérateurs et avec les communautés\n"
        "concernées.\n\n"
        "2. Nous aiderons les victimes et leurs familles dans toutes les régions du pays, sans aucune\n"
        "discrimination.\n"
    ),
    "es": (
        "1. Despejaremos todas las zonas minadas bajo nuestra jurisdicción lo antes posible y antes de\n"
        "que termine 2030. Informaremos de los avances.\n"
        "Nuestra autoridad nacional coordinará los trabajos con los operadores y con las comunidades\n"
        "afectadas.\n\n"
        "2. Asistiremos a las víctimas y a sus familias en todas las regiones del país, sin ninguna\n"
        "discriminación.\n"
    ),
}


@pytest.mark.parametrize("language", sorted(WRAPPED_SENTENCE_ENDS))
def test_a_short_line_ending_a_sentence_inside_a_blank_line_paragraph_is_not_a_break(language):
    rows = paragraphs("Statement\n\n" + WRAPPED_SENTENCE_ENDS[language])
    assert [label for label, _parent, _text in rows] == ["1.", "2."]
    assert rows[0][2].endswith(("concerned.", "concernées.", "afectadas."))


def test_the_evaluation_set_parses_exactly_and_both_commands_report_by_part():
    import io
    import json

    from django.core.management import call_command

    out = io.StringIO()
    call_command("evaluate_ingestion", "--json", stdout=out)
    parts = json.loads(out.getvalue())
    for language in ("en", "fr", "es"):
        assert parts["dev"][f"language:{language}"]["exact"] >= 0.97
    assert parts["dev"]["all"]["documents"] >= 40
    assert {key.split(":")[0] for key in parts["dev"]} >= {"all", "language", "genre", "layout"}


ACTIONS_RUN_TOGETHER = {
    "en": "Action Plan\n\nAction 1: States Parties will report on survey. Action 2: States Parties will share data. "
    "Action 3: Each State Party will apply the standards.\n",
    "fr": "Plan d'action\n\nAction 1 : Les États parties feront rapport. Action 2 : Les États parties partageront "
    "les données. Action 3 : Chaque État partie appliquera les normes.\n",
    "es": "Plan de acción\n\nAcción 1: Los Estados partes informarán. Acción 2: Los Estados partes compartirán los "
    "datos. Acción\n3: Cada Estado parte aplicará las normas.\n",  # the wrap left the label's word at a line end
}


@pytest.mark.parametrize("language", sorted(ACTIONS_RUN_TOGETHER))
def test_actions_run_together_are_split_at_the_next_actions_label(language):
    rows = paragraphs(ACTIONS_RUN_TOGETHER[language])
    assert [label.replace(" ", "") for label, _parent, _text in rows] == [
        f"{word}{n}:" for word in ["Acción" if language == "es" else "Action"] for n in (1, 2, 3)
    ]
    assert rows[1][2].endswith(("share data.", "les données.", "los datos."))


LEGAL_ACT_ENDS = {
    "en": (
        "Council Decision amending the Decision in support of victim assistance\n\nhaving regard to the Treaty on "
        "European Union,\n1. The Union shall fund a second phase of the project on the inclusion of mine\n"
        "survivors.\n2. The financial reference amount shall be increased to EUR 4 500 000.\nThis Decision shall "
        "enter into force on the date of its adoption.\n",
        "This Decision shall enter into force on the date of its adoption.",
    ),
    "fr": (
        "Décision du Conseil modifiant la décision à l'appui de l'assistance aux victimes\n\nvu le traité sur "
        "l'Union européenne,\n1. L'Union finance une seconde phase du projet relatif à l'inclusion des\n"
        "survivants des mines.\n2. Le montant de référence financière est porté à 4 500 000 EUR.\nLa présente "
        "décision entre en vigueur à la date de son adoption.\n",
        "La présente décision entre en vigueur à la date de son adoption.",
    ),
    "es": (
        "Decisión del Consejo por la que se modifica la Decisión de apoyo a las víctimas\n\nvisto el Tratado de "
        "la Unión Europea,\n1. La Unión financiará una segunda fase del proyecto sobre la inclusión de los\n"
        "supervivientes.\n2. El importe de referencia financiera se aumenta a 4 500 000 EUR.\nLa presente "
        "Decisión entrará en vigor en la fecha de su adopción.\n",
        "La presente Decisión entrará en vigor en la fecha de su adopción.",
    ),
}


@pytest.mark.parametrize("language", sorted(LEGAL_ACT_ENDS))
def test_a_title_does_not_run_into_a_lower_case_recital_nor_an_article_into_the_final_clause(language):
    text, final_clause = LEGAL_ACT_ENDS[language]
    rows = paragraphs(text)
    assert [label for label, _parent, _text in rows] == ["", "1.", "2.", ""]
    assert rows[0][2].startswith(("having regard", "vu le", "visto el"))
    assert rows[-1][2] == final_clause


def test_a_long_title_does_not_set_the_width_at_which_the_text_wraps():
    text = (
        "Note d'information à l'intention des participants à l'atelier sur la remise à disposition des terres\n\n"
        "1. L'atelier se déroulera en anglais avec interprétation simultanée vers le français.\n"
        "Les participants sont invités à apporter un ordinateur portable.\n"
        "2. Des chambres d'hôtel ont été réservées à un tarif préférentiel jusqu'au 1er octobre.\n"
    )
    assert [label for label, _parent, _text in paragraphs(text)] == ["1.", "2."]


@pytest.mark.parametrize(
    ("heading", "first", "end"),
    [
        ("Transmission of the report", "The Permanent Mission of Chile presents its compliments.", "Article 7."),
        ("Transmission du rapport", "La Mission permanente du Chili présente ses compliments.", "l'article 7."),
        ("Transmisión del informe", "La Misión Permanente de Chile saluda atentamente.", "artículo 7."),
    ],
)
def test_a_heading_above_an_unnumbered_paragraph_and_a_wrapped_article_number(heading, first, end):
    text = (
        f"Note verbale\n\n{heading}\n{first}\n"
        "The Mission has the honour to transmit the report of Chile under the terms of the Convention's\n"
        f"{end}\n"
    )
    rows = parsed(text)
    assert rows[0] == ("#", "", heading)
    assert [row[2] for row in rows[1:]] == [
        first,
        f"The Mission has the honour to transmit the report of Chile under the terms of the Convention's {end}",
    ]
