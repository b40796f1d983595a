"""Segmentation rules on texts written for these tests, in English, French and Spanish."""

from collections import Counter

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from documents.ingestion.lines import clean_line
from documents.ingestion.pipeline import IngestionRequest, parse
from documents.ingestion.segmenter import FURNITURE, HEADING, PARAGRAPH, segment
from documents.ingestion.sources import Source


def parse_text(text: str, name: str = "test.txt"):
    return parse(IngestionRequest(source=Source(name=name, data=text.encode("utf-8"))))


def kinds_and_texts(pages: list[str]) -> list[tuple[str, str, str]]:
    return [(piece.kind, piece.label_text, piece.text) for piece in segment(pages)]


FRENCH_PDF_PAGES = [
    """APLC/MSP.99/2030/1
Neuvième Assemblée fictive des États parties

1. Les États parties se sont engagés à détruire tous les stocks de mines antipersonnel dans les délais
prévus et à rendre compte chaque année des progrès accomplis dans la mise en œuvre de la Convention.

2. Nous nous engageons à renforcer la coopération internationale et l'assistance aux victimes, en
veillant à ce que les survivants participent pleinement à la vie sociale, économique et politique de
leurs communautés, conformément à la Convention relative aux droits des personnes handicapées, et à
GE.30-12345
3
""",
    """APLC/MSP.99/2030/1
mobiliser des ressources nationales et internationales suffisantes pour la mise en œuvre.

3. Les États parties encouragent les organisations internationales à appuyer les efforts de déminage.
4
""",
]


def test_pdf_furniture_is_dropped_and_a_paragraph_continues_across_the_page_break():
    pieces = kinds_and_texts(FRENCH_PDF_PAGES)
    furniture = [text for kind, _label, text in pieces if kind == FURNITURE]
    assert "GE.30-12345" in furniture and "3" in furniture and "4" in furniture
    assert furniture.count("APLC/MSP.99/2030/1") == 2  # the running symbol on both pages
    paragraphs = [(label, text) for kind, label, text in pieces if kind == PARAGRAPH]
    assert [label for label, _text in paragraphs] == ["1.", "2.", "3."]
    assert paragraphs[1][1].endswith(
        "et à mobiliser des ressources nationales et internationales suffisantes pour la mise en œuvre."
    )
    assert not any("GE.30" in text or "APLC/" in text for _label, text in paragraphs)


def test_french_paragraphs_are_detected_as_french_and_the_symbol_is_found():
    result = parse_text("\f".join(FRENCH_PDF_PAGES))
    assert result.language == "fr"
    assert {paragraph.language for paragraph in result.paragraphs} == {"fr"}
    assert result.symbol == "APLC/MSP.99/2030/1"


def test_words_hyphenated_at_a_line_end_are_joined_when_the_word_is_known():
    text = (
        "1. The States Parties reaffirmed that implementation of the Convention is a shared task and that imple-\n"
        "mentation requires long-\nterm commitment from all of them, in every region of the world.\n"
    )
    paragraph = parse_text(text).paragraphs[0]
    assert "that implementation requires long-term commitment" in paragraph.text


def test_justified_text_runs_of_spaces_are_collapsed():
    text = "La  cooperación  internacional  juega  un  papel  fundamental  para\navanzar  en  la  consolidación.\n"
    assert parse_text(text).paragraphs[0].text == (
        "La cooperación internacional juega un papel fundamental para avanzar en la consolidación."
    )


def test_markdown_and_bold_headings():
    text = "# Informe de la reunión\n\n**Asistencia a las víctimas**\n\nLos Estados partes acordaron lo siguiente.\n"
    result = parse_text(text, "informe.md")
    assert result.outline.headings == ["Informe de la reunión", "Asistencia a las víctimas"]
    assert result.paragraphs[0].heading == "Asistencia a las víctimas"


def test_lettered_items_become_children_and_i_after_h_is_a_letter():
    items = "\n".join(f"({letter}) item {letter} of the list;" for letter in "abcdefghij")
    text = f"7. The Conference decided on the following measures:\n{items}\n8. It closed its work.\n"
    result = parse_text(text)
    children = [p for p in result.paragraphs if p.parent is not None]
    assert [p.label for p in children] == [f"({letter})" for letter in "abcdefghij"]
    assert {p.parent.label for p in children} == {"7."}
    assert result.paragraphs[-1].label == "8." and result.paragraphs[-1].parent is None


def test_roman_items_under_a_letter_and_back():
    text = (
        "1. Each request shall contain:\n\na) the duration;\n\nb) the reasons, including:\n\n"
        "(i) the preparation;\n\n(ii) the means; and\n\nc) the implications.\n"
    )
    result = parse_text(text)
    parents = {p.label: (p.parent.label if p.parent else None) for p in result.paragraphs}
    assert parents == {"1.": None, "a)": "1.", "b)": "1.", "(i)": "b)", "(ii)": "b)", "c)": "1."}


def test_bullets_after_a_colon_are_children_of_their_chapeau():
    text = "Los participantes recomendaron lo siguiente:\n• crear un fondo regional;\n• compartir experiencias.\n"
    result = parse_text(text)
    chapeau, first, second = result.paragraphs
    assert (first.parent, second.parent) == (chapeau, chapeau)
    assert first.text == "crear un fondo regional;"


def test_a_number_inside_wrapped_text_is_not_a_label():
    text = (
        "1. The Conference took note of the progress report prepared under the Oslo Action Plan and of\n"
        "2030 Agenda commitments made by the participants in the course of the meetings held in Geneva\n"
        "7. March and April, which it welcomed.\n"
    )
    result = parse_text(text)
    assert [p.label for p in result.paragraphs] == ["1."]


def test_double_spaced_extraction_rejoins_wrapped_lines():
    lines = [
        "1. The participants agreed that the mine action sector requires sustained investment over",
        "many years, and that national ownership and coordination are essential to sustain the",
        "progress made since the adoption of the Convention in all regions of the world today.",
        "2. The participants recommended the establishment of national platforms for partnership",
        "bringing together affected States, donors, operators and civil society organisations.",
        "3. The participants decided to meet again in two years to review the implementation of",
        "these recommendations and to share lessons learned with all interested stakeholders.",
        "4. The participants thanked the host country for its hospitality.",
    ]
    result = parse_text("\n\n".join(lines) + "\n")
    assert [p.label for p in result.paragraphs] == ["1.", "2.", "3.", "4."]
    assert result.paragraphs[0].text.endswith("in all regions of the world today.")
    assert "over many years" in result.paragraphs[0].text


def test_short_title_lines_are_headings_and_short_sentences_are_paragraphs():
    text = "Déclaration finale\n\nMerci, Monsieur le Président.\n\nNous nous engageons à agir.\n"
    result = parse_text(text)
    assert result.outline.headings == ["Déclaration finale"]
    assert [p.text for p in result.paragraphs] == ["Merci, Monsieur le Président.", "Nous nous engageons à agir."]


def test_windows_1252_text_is_decoded():
    text = "1. Les États parties réaffirment leur engagement envers les survivants et leurs familles.\n"
    result = parse(IngestionRequest(source=Source(name="note.txt", data=text.encode("cp1252"))))
    assert result.paragraphs[0].text.startswith("Les États parties réaffirment")


# Nothing of the source is lost or duplicated.

WORDS = st.text(alphabet="abcdefghijklmnopqrstuvwxyzéñç", min_size=1, max_size=12)
SENTENCE = st.lists(WORDS, min_size=3, max_size=40).map(lambda words: " ".join(words).capitalize() + ".")
PARAGRAPH_TEXT = st.lists(SENTENCE, min_size=1, max_size=4).map(" ".join)
LABELS = st.sampled_from(["", "", "1.", "2.", "(iv)", "a.", "b)", "•"])
HEADINGS = st.lists(WORDS, min_size=1, max_size=5).map(lambda words: " ".join(words).title())


@st.composite
def documents(draw):
    pages, page = [], []
    width = draw(st.integers(min_value=40, max_value=100))
    double_spaced = draw(st.booleans())
    for _ in range(draw(st.integers(min_value=1, max_value=12))):
        if draw(st.integers(0, 4)) == 0:
            page.append(draw(HEADINGS))
        label = draw(LABELS)
        text = f"{label} {draw(PARAGRAPH_TEXT)}".strip()
        page.extend(_wrap(text, width))
        if draw(st.integers(0, 5)) == 0:
            page.append(str(len(pages) + 1))  # a page number, then a page break
            pages.append(page)
            page = []
        page.append("")
    pages.append(page)
    separator = "\n\n" if double_spaced else "\n"
    return [separator.join(lines) for lines in pages]


def _wrap(text: str, width: int) -> list[str]:
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return [*lines, line]


def _letters(text: str) -> str:
    return "".join(char for char in text.lower() if char.isalnum())


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents())
def test_every_word_is_in_exactly_one_piece_in_order(pages):
    pieces = list(segment(pages))
    assert all(piece.text.strip() for piece in pieces)
    # Furniture (page numbers...) is set aside; a paragraph cut by a page break spans it, so order is checked
    # on the content, and the furniture is checked to be exactly the lines it was taken from.
    page_lines = [page.split("\n") for page in pages]
    for piece in pieces:
        if piece.kind == FURNITURE:
            lines = page_lines[piece.page - 1]
            lines.remove(next(line for line in lines if clean_line(line) == piece.text))
    content = "".join(_letters(f"{piece.label_text}{piece.text}") for piece in pieces if piece.kind != FURNITURE)
    assert content == _letters("".join(line for lines in page_lines for line in lines))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents())
def test_parse_accounts_for_all_words_in_paragraphs_headings_footnotes_and_furniture(pages):
    text = "\f".join(pages)
    try:
        result = parse_text(text)
    except Exception as error:  # a document of headings only has no paragraph: refused, nothing to compare
        assert "No paragraph" in str(error)
        return
    parts = [f"{p.label} {p.text}" for p in result.paragraphs]
    parts += result.outline.headings + result.outline.footnotes + result.outline.furniture
    assert Counter(_words(" ".join(parts))) == Counter(_words(text))


def _words(text: str) -> list[str]:
    return [word for word in (_letters(token) for token in text.split()) if word]


def test_headings_are_pieces_too():
    kinds = [piece.kind for piece in segment(["Victim Assistance\n\nWe will act now.\n"])]
    assert kinds == [HEADING, PARAGRAPH]
