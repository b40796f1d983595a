"""The same document as .txt, .pdf and .docx gives the same paragraphs: labels, parents and text. The Word twin
numbers its paragraphs automatically (numbering.xml), as Word files do, with levels, formats and restarts."""

import io

import pytest
from docx import Document as WordDocument
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from documents.ingestion.pipeline import IngestionRequest, parse
from documents.ingestion.sources import Source

# (level, text); level 0 is numbered 1., 1 is (a), 2 is (i). "restart" starts a second list at 1.
DOCUMENTS = {
    "en": (
        "Conclusions of the Test Committee",
        [
            (0, "The Committee welcomed the reports submitted by the States Parties."),
            (0, "The Committee recommended that States Parties:"),
            (1, "complete their surveys of suspected hazardous areas;"),
            (1, "report on the methods they use, including:"),
            (2, "technical survey;"),
            (2, "non-technical survey;"),
            (1, "seek assistance where needed."),
            (0, "The Committee will meet again in 2031."),
            ("restart", "Annex"),
            (0, "The Committee thanked the host country."),
        ],
    ),
    "fr": (
        "Conclusions du Comité d'essai",
        [
            (0, "Le Comité a accueilli avec satisfaction les rapports des États parties."),
            (0, "Le Comité a recommandé que les États parties :"),
            (1, "achèvent leurs études des zones dangereuses ;"),
            (1, "rendent compte des méthodes employées, notamment :"),
            (2, "l'étude technique ;"),
            (2, "l'étude non technique ;"),
            (1, "sollicitent une assistance au besoin."),
            (0, "Le Comité se réunira de nouveau en 2031."),
            ("restart", "Annexe"),
            (0, "Le Comité a remercié le pays hôte."),
        ],
    ),
    "es": (
        "Conclusiones del Comité de prueba",
        [
            (0, "El Comité acogió con satisfacción los informes de los Estados partes."),
            (0, "El Comité recomendó que los Estados partes:"),
            (1, "completen sus estudios de las zonas peligrosas;"),
            (1, "informen sobre los métodos empleados, entre ellos:"),
            (2, "el estudio técnico;"),
            (2, "el estudio no técnico;"),
            (1, "soliciten asistencia cuando la necesiten."),
            (0, "El Comité volverá a reunirse en 2031."),
            ("restart", "Anexo"),
            (0, "El Comité agradeció al país anfitrión."),
        ],
    ),
}
FORMATS = [("decimal", "%1."), ("lowerLetter", "(%2)"), ("lowerRoman", "(%3)")]


def labelled(items) -> list[tuple[str, str]]:
    """(label, text) as Word shows them, and ("#", heading)."""
    counters, rows = [0, 0, 0], []
    for level, text in items:
        if level == "restart":
            counters = [0, 0, 0]
            rows.append(("#", text))
            continue
        counters[level] += 1
        counters[level + 1 :] = [0] * (2 - level)
        value = counters[level]
        label = [f"{value}.", f"({'abcdefghij'[value - 1]})", f"({['i', 'ii', 'iii', 'iv'][value - 1]})"][level]
        rows.append((label, text))
    return rows


def as_text(title: str, items) -> str:
    blocks = [title] + [f"## {text}" if label == "#" else f"{label} {text}" for label, text in labelled(items)]
    return "\n\n".join(blocks) + "\n"


def as_pdf(title: str, items) -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=11)
    for line in [title] + [text if label == "#" else f"{label} {text}" for label, text in labelled(items)]:
        pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    return bytes(pdf.output())


def as_docx(title: str, items) -> bytes:
    word = WordDocument()
    numbering = word.part.numbering_part.element
    levels = "".join(
        f'<w:lvl w:ilvl="{index}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/></w:lvl>'
        for index, (fmt, text) in enumerate(FORMATS)
    )
    numbering.insert(0, parse_xml(f'<w:abstractNum {nsdecls("w")} w:abstractNumId="90">{levels}</w:abstractNum>'))
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
    restart = (
        f'<w:num {nsdecls("w")} w:numId="91"><w:abstractNumId w:val="90"/>'
        '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
    )
    numbering.append(parse_xml(restart))
    word.add_heading(title, level=1)
    num_id = "90"
    for level, text in items:
        if level == "restart":
            word.add_heading(text, level=2)
            num_id = "91"
            continue
        paragraph = word.add_paragraph(text)
        properties = paragraph._p.get_or_add_pPr()
        properties.append(
            parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>')
        )
    buffer = io.BytesIO()
    word.save(buffer)
    return buffer.getvalue()


def structure(name: str, data: bytes) -> list[tuple[str, str, str]]:
    result = parse(IngestionRequest(source=Source(name=name, data=data)))
    return [
        (paragraph.label, paragraph.parent.label if paragraph.parent else "", paragraph.text)
        for paragraph in result.paragraphs
        if paragraph.label
    ]


@pytest.mark.parametrize("language", sorted(DOCUMENTS))
def test_text_pdf_and_word_twins_give_the_same_paragraphs(language):
    title, items = DOCUMENTS[language]
    text = structure("twin.txt", as_text(title, items).encode("utf-8"))
    assert [(label, parent) for label, parent, _text in text] == [
        ("1.", ""),
        ("2.", ""),
        ("(a)", "2."),
        ("(b)", "2."),
        ("(i)", "(b)"),
        ("(ii)", "(b)"),
        ("(c)", "2."),
        ("3.", ""),
        ("1.", ""),
    ]
    assert structure("twin.docx", as_docx(title, items)) == text
    assert structure("twin.pdf", as_pdf(title, items)) == text


def test_word_numbering_formats_and_patterns():
    from documents.ingestion.word_numbering import format_number

    assert [format_number(n, "lowerLetter") for n in (1, 26, 27)] == ["a", "z", "aa"]
    assert [format_number(n, "upperRoman") for n in (4, 9, 14, 1999)] == ["IV", "IX", "XIV", "MCMXCIX"]
    assert format_number(7, "decimalZero") == "07"


def test_a_word_list_style_numbers_its_paragraphs_too():
    word = WordDocument()
    word.add_paragraph("Decisions of the Test Meeting", style="Title")
    for text in ("The Meeting decided to hold its next session in 2031.", "The Meeting adopted its report."):
        word.add_paragraph(text, style="List Number")
    buffer = io.BytesIO()
    word.save(buffer)
    labels = [label for label, _parent, _text in structure("styled.docx", buffer.getvalue())]
    assert labels == ["1.", "2."]


UNNUMBERED = {
    "en": [
        "Statement by Australia",
        "Australia has supported mine action in the Pacific for many years.",
        "Australia will maintain its support for risk education programmes in the region.",
        "We congratulate the President on her election.",
    ],
    "fr": [
        "Déclaration de la Suisse",
        "La Suisse soutient la lutte antimines depuis plus de vingt-cinq ans.",
        "Elle continuera de financer le Centre international de déminage humanitaire de Genève.",
        "Nous félicitons la Présidente pour son élection.",
    ],
    "es": [
        "Declaración de Australia",
        "Australia ha apoyado la acción contra las minas en el Pacífico durante muchos años.",
        "Australia mantendrá su apoyo a los programas de educación sobre el riesgo.",
        "Felicitamos a la Presidenta por su elección.",
    ],
}


@pytest.mark.parametrize("language", sorted(UNNUMBERED))
def test_unnumbered_paragraphs_of_a_pdf_are_told_apart_by_the_space_between_them(language):
    from fpdf import FPDF

    title, *paragraphs = UNNUMBERED[language]
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=10)
    for line in [title, *paragraphs]:  # one line each, a paragraph's spacing after it, no number
        pdf.multi_cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    result = parse(IngestionRequest(source=Source(name="statement.pdf", data=bytes(pdf.output()))))
    assert [paragraph.text for paragraph in result.paragraphs] == paragraphs
    assert result.title == title
