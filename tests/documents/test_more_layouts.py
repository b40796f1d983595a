"""Layouts of issue 22, each written for these tests in English, French and Spanish: hierarchical labels running on
in a block, decimal paragraphs under numbered annex headings, a lone preamble chapeau, a page that goes on with a
time or a date, and what web clippings do (glued bullets, agenda headings, standfirsts, editors' notes, copies cut
short)."""

import pytest

from tests.documents.test_layouts import paragraphs, parsed

HIERARCHICAL = {
    "en": (
        "Decisions of the Test Meeting\n\n"
        "5. The Meeting decided:\n"
        "5.a. to establish an informal working group on mine clearance;\n"
        "5.b. to request the Implementation Support Unit to report on:\n"
        "5.b.i. the resources received;\n"
        "5.b.ii. the work plan for the coming year.\n"
        "6. The Meeting thanked the host country.\n",
        [
            ("5.", "", "The Meeting decided:"),
            ("5.a.", "5.", "to establish an informal working group on mine clearance;"),
            ("5.b.", "5.", "to request the Implementation Support Unit to report on:"),
            ("5.b.i.", "5.b.", "the resources received;"),
            ("5.b.ii.", "5.b.", "the work plan for the coming year."),
            ("6.", "", "The Meeting thanked the host country."),
        ],
    ),
    "fr": (
        "Décisions de la réunion d'essai\n\n"
        "9. La Réunion a décidé :\n"
        "9.a. de créer un groupe de travail informel sur le déminage ;\n"
        "9.b. de prier l'Unité d'appui à l'application de faire rapport sur :\n"
        "9.b.i. les ressources reçues ;\n"
        "9.b.ii. le plan de travail de l'année à venir.\n"
        "10. La Réunion a remercié le pays hôte.\n",
        [
            ("9.", "", "La Réunion a décidé :"),
            ("9.a.", "9.", "de créer un groupe de travail informel sur le déminage ;"),
            ("9.b.", "9.", "de prier l'Unité d'appui à l'application de faire rapport sur :"),
            ("9.b.i.", "9.b.", "les ressources reçues ;"),
            ("9.b.ii.", "9.b.", "le plan de travail de l'année à venir."),
            ("10.", "", "La Réunion a remercié le pays hôte."),
        ],
    ),
    "es": (
        "Decisiones de la reunión de prueba\n\n"
        "5. La Reunión decidió:\n"
        "5.a. establecer un grupo de trabajo oficioso sobre el desminado;\n"
        "5.b. pedir a la Dependencia de Apoyo a la Aplicación que informe sobre:\n"
        "5.b.i. los recursos recibidos;\n"
        "5.b.ii. el plan de trabajo del año próximo.\n"
        "6. La Reunión agradeció al país anfitrión.\n",
        [
            ("5.", "", "La Reunión decidió:"),
            ("5.a.", "5.", "establecer un grupo de trabajo oficioso sobre el desminado;"),
            ("5.b.", "5.", "pedir a la Dependencia de Apoyo a la Aplicación que informe sobre:"),
            ("5.b.i.", "5.b.", "los recursos recibidos;"),
            ("5.b.ii.", "5.b.", "el plan de trabajo del año próximo."),
            ("6.", "", "La Reunión agradeció al país anfitrión."),
        ],
    ),
}


@pytest.mark.parametrize("language", sorted(HIERARCHICAL))
def test_hierarchical_labels_in_a_block_without_blank_lines_are_paragraphs_under_their_parent(language):
    text, expected = HIERARCHICAL[language]
    assert paragraphs(text) == expected


@pytest.mark.parametrize("language", sorted(HIERARCHICAL))
def test_hierarchical_labels_run_together_on_one_line_are_split(language):
    text, expected = HIERARCHICAL[language]
    title, body = text.split("\n\n", 1)
    assert paragraphs(f"{title}\n\n{body.replace(chr(10), ' ')}\n") == expected


def test_a_hierarchical_label_after_a_line_cut_on_and_still_starts_its_item():
    text = (
        "Decisions of the Test Meeting\n\n7. The Meeting decided to ask the Co-Chairs to\n"
        "report to the next meeting, and\n7.a. to hold a workshop on land release.\n"
    )
    assert paragraphs(text) == [
        ("7.", "", "The Meeting decided to ask the Co-Chairs to report to the next meeting, and"),
        ("7.a.", "7.", "to hold a workshop on land release."),
    ]


def test_a_hierarchical_reference_inside_a_sentence_is_no_label():
    text = (
        "Report of the Test Meeting\n\n3. The Meeting recalled the decision taken under paragraph 5.a. of the "
        "final report and its follow-up.\n"
    )
    assert paragraphs(text) == [
        (
            "3.",
            "",
            "The Meeting recalled the decision taken under paragraph 5.a. of the final report and its follow-up.",
        )
    ]


ANNEX_HEADINGS = {
    "en": (
        "Annex\n\nProgramme of work\n\n1. Objectives\n\n1.1. The programme aims to release all mined land by 2030."
        "\n\n1.2. It also aims to improve services for survivors.\n\n2. Implementation\n\n2.1. The Unit will "
        "carry out the programme.\n",
        [
            ("#", "", "1. Objectives"),
            ("1.1.", "", "The programme aims to release all mined land by 2030."),
            ("1.2.", "", "It also aims to improve services for survivors."),
            ("#", "", "2. Implementation"),
            ("2.1.", "", "The Unit will carry out the programme."),
        ],
    ),
    "fr": (
        "Annexe\n\nProgramme de travail\n\n1. Objectifs\n\n1.1. Le programme vise à remettre à disposition toutes "
        "les terres minées d'ici 2030.\n\n1.2. Il vise aussi à améliorer les services aux survivants.\n\n"
        "2. Mise en œuvre\n\n2.1. L'Unité exécutera le programme.\n",
        [
            ("#", "", "1. Objectifs"),
            ("1.1.", "", "Le programme vise à remettre à disposition toutes les terres minées d'ici 2030."),
            ("1.2.", "", "Il vise aussi à améliorer les services aux survivants."),
            ("#", "", "2. Mise en œuvre"),
            ("2.1.", "", "L'Unité exécutera le programme."),
        ],
    ),
    "es": (
        "Anexo\n\nPrograma de trabajo\n\n1. Objetivos\n\n1.1. El programa tiene por objeto liberar todas las "
        "tierras minadas para 2030.\n\n1.2. También busca mejorar los servicios a los supervivientes.\n\n"
        "2. Aplicación\n\n2.1. La Dependencia ejecutará el programa.\n",
        [
            ("#", "", "1. Objetivos"),
            ("1.1.", "", "El programa tiene por objeto liberar todas las tierras minadas para 2030."),
            ("1.2.", "", "También busca mejorar los servicios a los supervivientes."),
            ("#", "", "2. Aplicación"),
            ("2.1.", "", "La Dependencia ejecutará el programa."),
        ],
    ),
}


@pytest.mark.parametrize("language", sorted(ANNEX_HEADINGS))
def test_a_numbered_annex_heading_over_decimal_paragraphs_stays_a_heading(language):
    text, expected = ANNEX_HEADINGS[language]
    assert parsed(text) == expected


def test_decimal_paragraphs_under_a_numbered_paragraph_are_its_children():
    text = (
        "Report of the Test Meeting\n\n2. The Committee made the following observations:\n\n"
        "2.1. Survey work has advanced in the north.\n\n2.2. Clearance has slowed in the south.\n"
    )
    assert paragraphs(text) == [
        ("2.", "", "The Committee made the following observations:"),
        ("2.1.", "2.", "Survey work has advanced in the north."),
        ("2.2.", "2.", "Clearance has slowed in the south."),
    ]


def test_short_numbered_items_of_a_list_stay_items():
    text = (
        "Priorities of the Presidency\n\nThe Presidency will give priority to:\n\n1. Universalization\n\n"
        "2. Victim assistance\n\nIt will report on both at the next meeting.\n"
    )
    assert paragraphs(text) == [
        ("", "", "The Presidency will give priority to:"),
        ("1.", "", "Universalization"),
        ("2.", "", "Victim assistance"),
        ("", "", "It will report on both at the next meeting."),
    ]


PREAMBLE_CHAPEAUS = {
    "en": "Whereas:",
    "fr": "Considérant ce qui suit:",
    "es": "Considerando lo siguiente:",
}
RECITALS = {
    "en": "The Union has supported the Convention since its entry into force.",
    "fr": "L'Union soutient la Convention depuis son entrée en vigueur.",
    "es": "La Unión apoya la Convención desde su entrada en vigor.",
}


@pytest.mark.parametrize("language", sorted(PREAMBLE_CHAPEAUS))
def test_a_lone_preamble_chapeau_is_a_paragraph(language):
    chapeau, recital = PREAMBLE_CHAPEAUS[language], RECITALS[language]
    text = f"Council Decision of the Test\n\n{chapeau}\n\n(1) {recital}\n"
    assert paragraphs(text) == [("", "", chapeau), ("(1)", "", recital)]


def test_a_preamble_chapeau_with_a_space_before_its_colon_is_a_paragraph():
    text = "Décision du Conseil d'essai\n\nConsidérant ce qui suit :\n\n(1) L'Union soutient la Convention.\n"
    assert paragraphs(text)[0] == ("", "", "Considérant ce qui suit :")


PAGE_BREAKS = {
    "en": (
        "Report of the Test Meeting\n\n4. The Meeting resumed its work on\n\f\n3 December 1997 at 10.00 hrs "
        "under the President.\n\n5. The Meeting was suspended at\n\f\n10.00 hrs and resumed at noon.\n",
        [
            ("4.", "", "The Meeting resumed its work on 3 December 1997 at 10.00 hrs under the President."),
            ("5.", "", "The Meeting was suspended at 10.00 hrs and resumed at noon."),
        ],
    ),
    "fr": (
        "Rapport de la réunion d'essai\n\n4. La Réunion a repris ses travaux le\n\f\n3 décembre 1997 à 10 h 00 "
        "sous la présidence du Président.\n\n5. La séance a été suspendue à\n\f\n15 h 30 et a repris à 16 heures.\n",
        [
            ("4.", "", "La Réunion a repris ses travaux le 3 décembre 1997 à 10 h 00 sous la présidence du Président."),
            ("5.", "", "La séance a été suspendue à 15 h 30 et a repris à 16 heures."),
        ],
    ),
    "es": (
        "Informe de la reunión de prueba\n\n4. La Reunión reanudó sus trabajos el\n\f\n3 de diciembre de 1997 a "
        "las 10.00 horas bajo la presidencia del Presidente.\n\n5. La sesión se suspendió a las\n\f\n15:30 y se "
        "reanudó a las 16:00.\n",
        [
            (
                "4.",
                "",
                "La Reunión reanudó sus trabajos el 3 de diciembre de 1997 a las 10.00 horas bajo la presidencia del "
                "Presidente.",
            ),
            ("5.", "", "La sesión se suspendió a las 15:30 y se reanudó a las 16:00."),
        ],
    ),
}


@pytest.mark.parametrize("language", sorted(PAGE_BREAKS))
def test_a_page_that_starts_with_a_time_or_a_date_continues_the_cut_paragraph(language):
    text, expected = PAGE_BREAKS[language]
    assert paragraphs(text) == expected


def test_a_date_after_a_finished_paragraph_on_a_new_page_starts_its_own_paragraph():
    text = (
        "Report of the Test Meeting\n\n4. The Meeting closed its work.\n\f\n"
        "3 December 1997 was the day of signature of the Convention in Ottawa.\n"
    )
    assert paragraphs(text) == [
        ("4.", "", "The Meeting closed its work."),
        ("", "", "3 December 1997 was the day of signature of the Convention in Ottawa."),
    ]


def test_a_dateline_under_a_heading_on_the_same_page_is_not_joined_to_it():
    text = "Statement of the Test Delegation\n\nGeneva\n\n3 December 1997\n\nWe thank the President.\n"
    assert parsed(text) == [("#", "", "3 December 1997"), ("", "", "We thank the President.")]


PAGE_NUMBER_BREAKS = {
    "en": ("4. The Meeting resumed its work on", "3 December 1997 at 10.00 hrs under the President."),
    "fr": ("4. La Réunion a repris ses travaux le", "3 décembre 1997 à 10 h 00 sous la présidence du Président."),
    "es": ("4. La Reunión reanudó sus trabajos el", "3 de diciembre de 1997 a las 10.00 horas bajo el Presidente."),
}


@pytest.mark.parametrize("language", sorted(PAGE_NUMBER_BREAKS))
def test_a_page_break_marked_by_a_page_number_in_a_text_file_is_joined_over_a_date(language):
    before, after = PAGE_NUMBER_BREAKS[language]
    text = f"Report of the test\n\n{before}\n\n- 7 -\n\nGE.30-01234\n\n{after}\n"
    assert paragraphs(text) == [("4.", "", f"{before[3:]} {after}")]


# A web page's list of calls whose calling verb stands apart as a heading ("OUR CALLS" / "on States Parties ... to:"),
# then unpunctuated items: each chapeau and each item is its own paragraph, none a heading, none joined to the next.
CALL_LISTS = {
    "en": (
        "OUR CALLS",
        ["on States Parties requesting extensions to:", "on States Parties deciding on requests to:"],
        [
            "Explain the circumstances that prevent them from meeting their deadline",
            "Request only the years they need to finish clearance",
        ],
        ["Review each request together with the analysis of the Committee"],
    ),
    "fr": (
        "NOS APPELS",
        ["aux États parties qui demandent une prolongation à :", "aux États parties qui décident des demandes à :"],
        [
            "Expliquer les circonstances qui les empêchent de respecter leur délai",
            "Ne demander que les années nécessaires pour achever le déminage",
        ],
        ["Examiner chaque demande avec l'analyse du Comité"],
    ),
    "es": (
        "NUESTROS LLAMAMIENTOS",
        [
            "a los Estados partes que solicitan una prórroga a:",
            "a los Estados partes que deciden sobre las solicitudes a:",
        ],
        [
            "Explicar las circunstancias que les impiden cumplir su plazo",
            "Solicitar solo los años que necesitan para terminar el desminado",
        ],
        ["Examinar cada solicitud junto con el análisis del Comité"],
    ),
}


@pytest.mark.parametrize("language", sorted(CALL_LISTS))
def test_a_list_of_calls_keeps_its_chapeaus_and_items_apart(language):
    heading, (first, second), items, last = CALL_LISTS[language]
    blocks = ["Extension requests", "Some States have asked for more time.", heading, first, *items, second, *last]
    rows = parsed("\n\n".join(blocks) + "\n")
    assert ("#", "", heading) in rows
    assert [row[2] for row in rows if row[0] != "#"][1:] == [first, *items, second, *last]
