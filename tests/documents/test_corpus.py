"""The demo corpus and the Convention parse as printed (acceptance criteria of the ingestion issue)."""

import datetime
import re
from functools import cache
from pathlib import Path

import pytest

from documents.ingestion.pipeline import IngestionRequest, ParseResult, parse
from documents.ingestion.sources import Source

CORPUS = Path(__file__).resolve().parents[2] / "documents" / "corpus"


@cache
def parsed(name: str) -> ParseResult:
    path = next(CORPUS.rglob(name))
    return parse(IngestionRequest(source=Source(name=path.name, data=path.read_bytes())))


def labels(result: ParseResult) -> list[str]:
    return [paragraph.label for paragraph in result.paragraphs]


def by_label(result: ParseResult, label: str):
    return next(paragraph for paragraph in result.paragraphs if paragraph.label == label)


def assert_no_line_breaks(result: ParseResult) -> None:
    for paragraph in result.paragraphs:
        assert "\n" not in paragraph.text
        assert "  " not in paragraph.text, paragraph.text


# Cartagena Declaration


def test_cartagena_numbered_paragraphs_in_order_under_their_headings():
    result = parsed("2009-cartagena-declaration.txt")
    assert result.language == "en"
    assert labels(result) == [f"{n}." for n in range(1, 22)]
    headings = {paragraph.label: paragraph.heading for paragraph in result.paragraphs}
    assert {headings[f"{n}."] for n in range(3, 9)} == {"A decade of saving lives"}
    assert {headings[f"{n}."] for n in range(9, 13)} == {"People remain at risk"}
    assert {headings[f"{n}."] for n in range(13, 22)} == {"A mine free world is possible"}
    assert all(paragraph.language == "en" for paragraph in result.paragraphs)
    assert_no_line_breaks(result)


def test_cartagena_metadata():
    result = parsed("2009-cartagena-declaration.txt")
    assert result.date == datetime.date(2009, 12, 4)
    assert result.title == "A shared commitment for a mine-free world: The 2009 Cartagena Declaration"
    assert result.kind == "declaration"
    assert result.meeting_info.city == "Cartagena de Indias"
    assert (result.meeting_info.start, result.meeting_info.end) == (
        datetime.date(2009, 11, 30),
        datetime.date(2009, 12, 4),
    )


def test_cartagena_paragraphs_on_consecutive_lines_are_separate():
    result = parsed("2009-cartagena-declaration.txt")
    assert by_label(result, "20.").text.startswith("We will commit the necessary national")
    assert (
        by_label(result, "21.").text
        == "We appeal to the world to join us in our shared commitment for a mine-free world."
    )


# Baku conclusions


def test_baku_spanish_cover_note_then_english_annex():
    result = parsed("2022-baku-conference-conclusions.txt")
    cover = [paragraph for paragraph in result.paragraphs if not paragraph.label][:2]
    assert [paragraph.language for paragraph in cover] == ["es", "es"]
    assert cover[0].text.startswith("La Misión Permanente de la República de Azerbaiyán")
    assert result.language == "en"
    assert all(paragraph.language == "en" for paragraph in result.paragraphs if paragraph.label)


def test_baku_preamble_paragraphs_then_participants_items_without_fragments():
    result = parsed("2022-baku-conference-conclusions.txt")
    numbered = [paragraph for paragraph in result.paragraphs if re.fullmatch(r"\d\.", paragraph.label)]
    assert [paragraph.label for paragraph in numbered] == ["1.", "2.", "3.", "4.", "5.", "6."]
    assert {paragraph.heading for paragraph in numbered} == {"Preamble"}
    items = [paragraph for paragraph in result.paragraphs if paragraph.label.startswith("(")]
    assert [paragraph.label for paragraph in items] == ["(i)", "(ii)", "(iii)", "(iv)", "(v)", "(vi)", "(vii)"]
    assert {paragraph.heading for paragraph in items} == {"The Participants:"}
    assert all(paragraph.parent is None for paragraph in items)
    assert items[2].text.startswith("Recognize the need for sustainable support structures and financing")
    assert items[2].text.endswith("humanitarian mine action programme in Azerbaijan.")
    assert "long-term commitment" in items[5].text
    assert_no_line_breaks(result)


def test_baku_meeting_dates_place_and_footnote():
    result = parsed("2022-baku-conference-conclusions.txt")
    meeting = result.meeting_info
    assert (meeting.start, meeting.end) == (datetime.date(2022, 3, 31), datetime.date(2022, 4, 1))
    assert (meeting.city, meeting.country) == ("Baku", "AZ")
    assert "International Conference on Humanitarian Mine Action" in meeting.name
    assert result.title.startswith("Concluding remarks of the International Conference")
    assert result.outline.footnotes == ["* Se reproduce como se recibió, en el idioma en que se presentó únicamente."]


# Financing concept note


def test_concept_note_conclusions_with_seven_sub_items():
    result = parsed("2020-va-financing-concept-note-es.txt")
    assert result.language == "es"
    numbered = [paragraph.label for paragraph in result.paragraphs if re.fullmatch(r"\d\.", paragraph.label)]
    assert numbered == ["1.", "2.", "3.", "4.", "5.", "6."]
    children = [paragraph for paragraph in result.paragraphs if paragraph.parent is not None]
    assert [paragraph.label for paragraph in children] == ["a.", "b.", "c.", "d.", "e.", "f.", "g."]
    assert {paragraph.parent.label for paragraph in children} == {"6."}
    assert by_label(result, "1.").text.startswith(
        "Es evidente que, en muchos casos, los recursos disponibles son "
        "insuficientes para satisfacer las necesidades y demandas."
    )
    assert result.paragraphs[-1].text == "¿Existe algún buen ejemplo de estos esfuerzos que puedan destacarse?"
    assert result.paragraphs[-1].parent is None


# Mexico's statement


def test_mexico_statement_unnumbered_paragraphs_kept_whole():
    result = parsed("2020-mexico-statement-cooperation-es.txt")
    texts = [paragraph.text for paragraph in result.paragraphs]
    assert texts[0] == "Gracias, señor Presidente."
    assert texts[-1] == "Muchas gracias."
    assert len(texts) == 13
    assert all(not paragraph.label for paragraph in result.paragraphs)
    page_break = next(text for text in texts if text.startswith("Si bien cada Estado"))
    assert "implementación de la Convención lo antes posible, es el único camino viable" in page_break
    assert all(paragraph.language == "es" for paragraph in result.paragraphs)
    assert "La asistencia y cooperación internacional requiere del compromiso compartido" in texts[1]
    assert_no_line_breaks(result)


# Azerbaijan's note verbale


def test_azerbaijan_note_headings_and_footnote():
    result = parsed("2020-azerbaijan-note-verbale-elections.txt")
    headings = result.outline.headings
    assert "Asamblea General" in headings
    assert "Consejo de Derechos Humanos" in headings
    assert "Statement by the Ministry of Foreign Affairs of the Republic of Azerbaijan" in headings
    assert result.outline.footnotes == ["* Se reproduce como se recibió, en el idioma en que se presentó únicamente."]
    assert not any(paragraph.text.startswith("*") for paragraph in result.paragraphs)
    assert not any("<sup>" in heading for heading in headings)
    assert result.paragraphs[-1].text.endswith(
        "reconcile with the occupation of its internationally recognized territories."
    )


# The Convention (reference text)


@pytest.fixture(scope="module")
def convention() -> ParseResult:
    return parsed("apmbc-convention-1997-en.md")


def test_convention_has_22_articles_as_headings(convention):
    articles = [
        heading for heading in dict.fromkeys(p.heading for p in convention.paragraphs) if heading.startswith("Article")
    ]
    assert len(articles) == 22
    assert articles[0] == "Article 1 — General obligations"
    assert articles[4] == "Article 5 — Destruction of anti-personnel mines in mined areas"
    assert articles[-1] == "Article 22 — Authentic texts"


def test_convention_has_72_numbered_paragraphs_and_35_lettered_sub_items(convention):
    numbered = [p for p in convention.paragraphs if re.fullmatch(r"\d+\.", p.label)]
    lettered = [p for p in convention.paragraphs if re.fullmatch(r"[a-z]\)", p.label)]
    assert len(numbered) == 72
    assert len(lettered) == 35
    assert all(p.parent is not None and re.fullmatch(r"\d+\.", p.parent.label) for p in lettered)


def test_convention_roman_sub_sub_items_under_article_5_paragraph_4_b(convention):
    romans = [p for p in convention.paragraphs if p.label in ("(i)", "(ii)", "(iii)")]
    assert len(romans) == 3
    for roman in romans:
        assert roman.parent.label == "b)"
        assert roman.parent.parent.label == "4."
        assert roman.heading.startswith("Article 5 ")
    assert by_label(convention, "(i)").anchor == "article-5-p4-b-i"


def test_convention_meta_line_and_dutch_title_are_not_paragraphs(convention):
    texts = " ".join(p.text for p in convention.paragraphs)
    assert "http-equiv" not in texts
    assert "Verdrag inzake" not in texts
    assert convention.title.startswith("Convention of the Prohibition of the Use")
    assert convention.paragraphs[0].heading == "Preamble"
    assert convention.paragraphs[0].text.startswith("The States Parties, Determined to put an end")


def test_convention_anchors_are_unique(convention):
    anchors = [p.anchor for p in convention.paragraphs]
    assert len(anchors) == len(set(anchors))
