"""Layouts in which sentences, not blank lines or labels, tell paragraphs apart: statements one to a line, recitals
run together, a legal act's final clause straight after its last article. Written for these tests in English,
French and Spanish."""

import textwrap

import pytest

from tests.documents.test_layouts import paragraphs

ONE_LINE_STATEMENTS = {
    "en": (
        "Statement by Norway\n\n"
        "Norway will contribute NOK 30 million to mine clearance in Iraq over the next three years.\n"
        "Norway will continue to co-chair the Committee on Cooperation and Assistance until the Meeting.\n"
        "We call on all States not party to join the Convention.\n"
        "Norway thanks the Implementation Support Unit for its work.\n"
    ),
    "fr": (
        "Déclaration de la Norvège\n\n"
        "La Norvège versera 30 millions de couronnes au déminage en Iraq au cours des trois prochaines années.\n"
        "La Norvège continuera de coprésider le Comité sur la coopération et l'assistance jusqu'à l'Assemblée.\n"
        "Nous appelons tous les États non parties à adhérer à la Convention.\n"
        "La Norvège remercie l'Unité d'appui à l'application pour son travail.\n"
    ),
    "es": (
        "Declaración de Noruega\n\n"
        "Noruega aportará 30 millones de coronas al desminado en el Iraq durante los próximos tres años.\n"
        "Noruega seguirá copresidiendo el Comité de Cooperación y Asistencia hasta la próxima Reunión.\n"
        "Exhortamos a todos los Estados no partes a adherirse a la Convención.\n"
        "Noruega agradece a la Dependencia de Apoyo a la Aplicación su labor.\n"
    ),
}


@pytest.mark.parametrize("language", sorted(ONE_LINE_STATEMENTS))
def test_statements_one_to_a_line_without_blank_lines_are_paragraphs_each(language):
    # No line stops mid-sentence: nothing was wrapped, so each line is a paragraph, however long.
    text = ONE_LINE_STATEMENTS[language]
    assert [row[2] for row in paragraphs(text)] == text.split("\n\n", 1)[1].splitlines()
    # The same statements wrapped as one paragraph stay one.
    body = " ".join(text.split("\n\n", 1)[1].split())
    assert len(paragraphs(text.split("\n\n")[0] + "\n\n" + "\n".join(textwrap.wrap(body, 70)))) == 1


RECITALS_AND_FINAL_CLAUSE = {
    "en": (
        "Council Decision in support of stockpile destruction\n\n(1) Several States Parties still hold stockpiles of "
        "anti-personnel mines. (2) The Union wishes to support those States.\n\nArticle 1\n\n1. The Union shall "
        "support stockpile destruction in two States Parties.\nThis Decision shall enter into force on the date of "
        "its adoption.\n"
    ),
    "fr": (
        "Décision du Conseil à l'appui de la destruction des stocks\n\n(1) Plusieurs États parties détiennent "
        "encore des stocks de mines antipersonnel. (2) L'Union souhaite soutenir ces États.\n\nArticle premier\n\n"
        "1. L'Union soutient la destruction des stocks dans deux États parties.\nLa présente décision entre en "
        "vigueur le jour de son adoption.\n"
    ),
    "es": (
        "Decisión del Consejo de apoyo a la destrucción de existencias\n\n(1) Varios Estados partes poseen todavía "
        "existencias de minas antipersonal. (2) La Unión desea apoyar a esos Estados.\n\nArtículo 1\n\n1. La Unión "
        "apoyará la destrucción de existencias en dos Estados partes.\nLa presente Decisión entrará en vigor en la "
        "fecha de su adopción.\n"
    ),
}


@pytest.mark.parametrize("language", sorted(RECITALS_AND_FINAL_CLAUSE))
def test_recitals_run_together_are_split_and_the_final_clause_stands_alone(language):
    rows = paragraphs(RECITALS_AND_FINAL_CLAUSE[language])
    assert [label for label, _parent, _text in rows] == ["(1)", "(2)", "1.", ""]
    assert rows[-1][2].startswith(("This Decision", "La présente", "La presente"))
