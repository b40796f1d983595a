"""Metadata printed in a document: title, date, symbol, and the meeting (name, place, dates). EN, FR and ES."""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

from django.utils import translation
from django_countries import countries

from documents.choices import DocumentKind
from documents.ingestion.dates import DATE_RANGE, find_date, to_date
from documents.ingestion.labels import NUMBER, PATH
from documents.ingestion.language import UNDETERMINED, detect_any
from documents.ingestion.lines import SYMBOL

CONFERENCE = re.compile(
    r"((?:International|Global|Regional|Thematic|First|Second|Third|Fourth|Fifth|Sixth)\s+"
    r"(?:[A-Z][\w-]*\s+)*?(?:Conference|Summit|Meeting|Workshop|Symposium)"
    r"(?:\s+(?:on|of|for)\s+[^,.(\n]{3,140}?)?)(?=\s*[(,.\n]|$)",
)


@dataclass
class MeetingInfo:
    """A meeting as printed: its name, dates and place, where the document gives them."""

    start: datetime.date
    end: datetime.date
    name: str = ""
    city: str = ""
    country: str = ""  # ISO alpha-2


@dataclass
class Metadata:
    title: str = ""
    date: datetime.date | None = None
    symbol: str = ""
    meeting: MeetingInfo | None = None


def find_meeting(texts: list[str], default_year: int | None) -> MeetingInfo | None:
    """The first range of dates that names a place (``Baku, Azerbaijan (31 March – 1 April)``), with the name
    of a conference if one is printed. Ranges without a year take the document's year."""
    conference = next((match.group(1).strip() for text in texts for match in CONFERENCE.finditer(text)), "")
    conference = re.sub(r"[‘’“”\"]", "", conference)
    found = []
    for text in texts:
        for match in DATE_RANGE.finditer(text):
            dates = _range_dates(match, default_year)
            if dates is None:
                continue
            city, country = _place_before(text[: match.start()])
            if not city:
                city = _place_after(text[match.end() :])
            found.append(MeetingInfo(start=dates[0], end=dates[1], name=conference, city=city, country=country))
    with_place = [info for info in found if info.city]
    if with_place:
        return with_place[0]
    return next((info for info in found if conference), None)


def _place_after(suffix: str) -> str:
    """'... de 2022 en Bakú, que ...' -> 'Bakú'."""
    match = re.match(r"\s*,?\s*(?:en|in|à|at)\s+([A-ZÁÉÍÓÚ][\w’'-]+(?:\s+(?:de\s+)?[A-ZÁÉÍÓÚ][\w’'-]+)*)", suffix)
    return match.group(1) if match else ""


def _range_dates(match: re.Match, default_year: int | None) -> tuple[datetime.date, datetime.date] | None:
    year = match.group("y2") or match.group("y1") or (str(default_year) if default_year else None)
    if year is None:
        return None
    end = to_date(match.group("d2"), match.group("m2"), year)
    start = to_date(match.group("d1"), match.group("m1") or match.group("m2"), match.group("y1") or year)
    if not (start and end) or end < start or (end - start).days > 31:
        return None
    return start, end


def _place_before(prefix: str) -> tuple[str, str]:
    """'(Baku, Azerbaijan ' -> ('Baku', 'AZ'); 'Cartagena de Indias, ' -> ('Cartagena de Indias', '')."""
    tail = re.split(r"[(\n;]|\.\s", prefix.rstrip(" ,("))[-1].strip(" ,(")
    if not tail:
        return "", ""
    parts = [part.strip() for part in tail.split(",") if part.strip()]
    words_before = parts[0] if parts else ""
    if len(parts) >= 2 and (country := _country_code(parts[-1])):
        return _trailing_place_name(parts[-2]), country
    country = _country_code(words_before)
    if country:
        return "", country
    return _trailing_place_name(words_before), ""


def _trailing_place_name(text: str) -> str:
    match = re.search(
        r"((?:[A-ZÁÉÍÓÚ][\w’'-]+)(?:\s+(?:de|del|la|las|los|du|de la|of|on|upon)?\s*[A-ZÁÉÍÓÚ][\w’'-]+)*)$",
        text.strip(),
    )
    return match.group(1) if match and len(match.group(1).split()) <= 5 else ""


def _country_code(name: str) -> str:
    for language in ("en", "es", "fr"):
        with translation.override(language):
            code = countries.by_name(name.strip(), language=language)
        if code:
            return code
    return ""


def extract(
    *,
    front_matter: list[str],
    title_candidates: list[str],
    text_sample: list[str],
    furniture: list[str],
    language: str,
) -> Metadata:
    """Metadata from the headings before the first paragraph, the first paragraphs, and dropped furniture."""
    title = choose_title(title_candidates or front_matter, language)
    date = next((found for text in front_matter if (found := find_date(text))), None)
    symbol = next(
        (match.group(0) for text in furniture + front_matter + text_sample if (match := SYMBOL.search(text))), ""
    )
    meeting = find_meeting(front_matter + text_sample, default_year=date.year if date else None)
    return Metadata(title=title, date=date, symbol=symbol, meeting=meeting)


_FRONT_MATTER_NOISE = re.compile(
    r"^(?:distr\.|original:|item \d|tema \d|point \d|agenda item|unofficial|english|español|français|"
    r"anglais|inglés|\d{1,2}\s|"
    r"(?:delivered|presented)\s+by|(?:prononcée?|présentée?)\s+par|(?:pronunciad[oa]|presentad[oa])\s+por|"
    r"(?:last\s+)?updated\b|mis\s+à\s+jour\b|dernière\s+mise\s+à\s+jour|(?:última\s+)?actualizaci[óo]n\b|actualizado\b)",
    re.IGNORECASE,
)


def _same_or_unsure(text: str, language: str) -> bool:
    code, confidence = detect_any(text)
    return code in (language, UNDETERMINED) or confidence < 0.6


def choose_title(front_matter: list[str], language: str) -> str:
    """The longest heading before the first paragraph that is not a date, an agenda line or in another language
    (a title line in the depositary's language, say); mixed case is preferred to capitals."""
    candidates = [text for text in front_matter if not _FRONT_MATTER_NOISE.match(text) and len(text.split()) >= 2]
    if language != UNDETERMINED:
        same_language = [text for text in candidates if _same_or_unsure(text, language)]
        candidates = same_language or candidates
    mixed_case = [text for text in candidates if not text.isupper()]
    candidates = mixed_case or candidates
    # a meeting's name above a statement's own title ("ICBL Statement on Universalization" then "Standing Committee
    # on the General Status ..."): where it was said, not what it is
    named_kinds = [text for text in candidates if _names_a_kind(text)]
    occasions = [text for text in candidates if _MEETING_NAME.match(text) and not _names_a_kind(text)]
    if named_kinds and occasions:
        candidates = [text for text in candidates if text not in occasions]
    return max(candidates, key=len) if candidates else ""


# A heading that is a meeting's name ("Standing Committee on ...", "Fourth Meeting of the States Parties", "Comité
# permanent de ...", "Reunión de los Estados Partes").
_MEETING_NAME = re.compile(
    r"^(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:standing\s+committee|intersessional\s+meetings?|meeting\s+of\s+the\s+states|"
    r"review\s+conference|comité\s+permanent|réunions?\s+intersessions|réunion\s+des\s+états|conférence\s+d['’]examen|"
    r"comité\s+permanente|reuniones\s+entre\s+períodos|reunión\s+de\s+(?:los\s+)?estados|conferencia\s+de\s+examen)\b",
    re.IGNORECASE,
)


def _names_a_kind(text: str) -> bool:
    """Whether a heading names a document's genre ("Statement", "Declaración de", "Report")."""
    lowered = text.lower()
    return any(re.search(r"\b" + re.escape(word) + r"\b", lowered) for _kind, words in _KIND_WORDS for word in words)


# --- the kind of document -----------------------------------------------------------------------------------

_KIND_WORDS = [
    ("action_plan", ("action plan", "plan de acción", "plan d'action")),
    ("declaration", ("declaration", "declaración", "déclaration")),
    ("conclusions", ("conclusions", "conclusiones", "concluding remarks", "recommendations")),
    ("note_verbale", ("note verbale", "nota verbal")),
    ("information_note", ("information note", "note d'information", "nota informativa")),
    ("concept_note", ("concept note", "nota conceptual", "note conceptuelle")),
    (
        "statement",
        (
            "statement",
            "declaración de",
            "intervención",
            "intervention",
            "message to",
            "message of",
            "message du",
            "message de",
            "mensaje de",
            "mensaje del",
        ),
    ),
    ("treaty", ("convention on the prohibition", "convention of the prohibition")),
    (
        "legal_act",
        (
            "council decision",
            "regulation",
            "décision du conseil",
            "règlement",
            "decisión del consejo",
            "reglamento",
            "decision (cfsp)",
            "décision (pesc)",
            "decisión (pesc)",
        ),
    ),
    ("report", ("report", "informe", "rapport")),
]
# What a press release prints on a line of its own: its genre, or the end mark of the wire services ("- 30 -").
_PRESS_RELEASE_LINE = re.compile(
    r"^(?:press release|news release|media release|for immediate release|joint press release|"
    r"communiqué de presse|communiqué conjoint|communiqué|comunicado de prensa|comunicado conjunto|comunicado|"
    r"nota de prensa|[-–—]\s*30\s*[-–—]|#{3}|[-–—]\s*ends?\s*[-–—])\W*$",
    re.IGNORECASE,
)
# A byline or a source line of a news article ("By Jane Doe", "Par Jean Dupont", "Por: Sputnik", "Fuente: EFE").
_BYLINE = re.compile(
    r"^(?:By|Par|Por|Source|Fuente|Crédito|Credit)\s*:?\s+[A-ZÀ-Þ][\w.'’-]*(?:\s+[\w.'’-]+){0,4}$",
)
# A wire agency in the dateline that opens a news article ("GENEVA (Reuters) -", "Ginebra, 24 jun (EFE).-").
_NEWS_AGENCY = re.compile(
    r"^[A-ZÀ-Þ][^()\n]{0,60}?\((?:EFE|AFP|AP|Reuters|Europa Press|Xinhua|ANSA|dpa|DPA|Sputnik|IPS|Prensa Latina|"
    r"Notimex|UPI|APS|PANA|Télam|Andina|ANF)\)\s*\.?\s*[-–—]"
)
_MONTH_PREFIXES = ("jan", "ene", "feb", "fev", "fév", "mar", "apr", "abr", "avr", "may", "mai", "jun", "jui",
                   "jul", "aug", "ago", "aoû", "aou", "sep", "set", "oct", "nov", "dec", "déc", "dic")  # fmt: skip
# A dateline opening the first paragraph: "OSLO, Nov. 30, 2019 –", "Genève, le 7 juin 2018 -",
# "Ginebra, 24 jun (EFE).-".
_DATELINE = re.compile(
    r"^[A-ZÀ-Þ][\w'’.-]*(?:\s+[\w'’.-]+){0,3},\s+(?:le\s+|el\s+)?(?:\d{1,2}(?:er|º)?\s+(?:de\s+)?(?P<month>[^\W\d_]{3,10})"
    r"\.?(?:\s+(?:de\s+)?\d{4})?|(?P<month2>[^\W\d_]{3,10})\.?\s+\d{1,2},?(?:\s+\d{4})?)\s*(?:\([^()]{2,20}\))?\s*\.?"
    r"\s*[-–—]"
)
# An address to the chair that opens a statement ("Thank you, Mr. President", "Madame la Présidente,", "Señor
# Presidente:", "Excellencies, distinguished delegates").
_CHAIR = r"(?:President|Chair|Chairman|Chairperson|Co-?Chairs?|Présidente?|Coprésidente?s?|Presidenta?|Copresidentes?)"
_SALUTATION = re.compile(
    r"^(?:(?:Thank you|Merci|Gracias),?\s+)?(?:(?:Mr\.?|Madam|Madame|Mister|Monsieur|Messieurs|Mesdames|Señor|Señora|"
    r"Señores|Sr\.|Sra\.)\s+(?:(?:le|la|les|el|la)\s+)?" + _CHAIR + r"|" + _CHAIR + r"\s*[,:.!]|Excellenc|Excelencias|"
    r"Distinguished delegates)",
    re.IGNORECASE,
)
# Reported speech, as news reports it: "said", "a déclaré", "según", "aseguró"...
_REPORTED_SPEECH = re.compile(
    r"\b(?:said|says|told|according to|a (?:déclaré|dit|affirmé|estimé|indiqué|précisé|souligné|expliqué|ajouté|"
    r"rappelé)|affirme|précise|selon|explique|ajoute|déclare|souligne|dijo|afirmó|aseguró|señaló|indicó|explicó|"
    r"agregó|añadió|destacó|resaltó|subrayó|manifestó|declaró|informó|precisó|según|concluyó|recordó|señala|"
    r"recalca|subraya|resumió)\b",
    re.IGNORECASE,
)
# Days named from the day of publication: "today", "hier", "este viernes", "el pasado lunes".
_RELATIVE_DAY = re.compile(
    r"\b(?:today|yesterday|aujourd'hui|aujourd’hui|hier|hoy|ayer|(?:this|ce|este|el pasado)\s+(?:monday|tuesday|"
    r"wednesday|thursday|friday|lundi|mardi|mercredi|jeudi|vendredi|lunes|martes|miércoles|jueves|viernes))\b",
    re.IGNORECASE,
)


def _title_kind(title: str, front_matter: list[str], file_name: str) -> tuple[str, bool]:
    """The kind named by the title or the file name, else by a line before the first paragraph ("Statement by
    U.S. Delegation"), and whether the name leads its line ("Statement by ...", not "... makes statement on ...").
    A name that leads a line wins over one inside the title ("Meeting of the States Parties to the Convention on
    the Prohibition ...", then "Statement by ...")."""
    found: list[tuple[str, bool]] = []
    for lines in ([title, file_name.replace("-", " ").replace("_", " ")], front_matter[:6]):
        lowered = [line.lower() for line in lines]
        for kind, words in _KIND_WORDS:
            places = [line.find(word) for line in lowered for word in words if word in line]
            if places:
                found.append((kind, min(places) <= 12))
                break
    return next((item for item in found if item[1]), found[0] if found else ("", False))


def _is_dated_release(first: str) -> bool:
    match = _DATELINE.match(first)
    if not match:
        return False
    month = (match.group("month") or match.group("month2")).lower()
    return month.startswith(_MONTH_PREFIXES)


def guess_kind(
    *,
    title: str,
    front_matter: list[str],
    headings: list[str],
    furniture: list[str],
    paragraphs: list[tuple[str, str]],
    file_name: str,
) -> str:
    """The document's kind from its title, headings and text: a title that names an official kind, or the marks of
    texts clipped from the web (a press release's "Communiqué de presse" line, dateline or "- 30 -"; a news article's
    byline, agency or reported speech; a statement's address to the chair), else a web page for unnumbered prose.
    ``front_matter`` are the headings before the first paragraph, ``headings`` all of them, ``paragraphs`` (label
    kind, text)."""
    texts = [text for _kind, text in paragraphs]
    first = texts[0] if texts else ""
    if any(_PRESS_RELEASE_LINE.match(line) for line in [*headings, *furniture]):
        return DocumentKind.PRESS_RELEASE
    if any(_BYLINE.match(line) for line in headings) or _NEWS_AGENCY.match(first):
        return DocumentKind.NEWS
    reported = sum(len(_REPORTED_SPEECH.findall(text)) + len(_RELATIVE_DAY.findall(text)) for text in texts[:30])
    dated = _is_dated_release(first)
    kind, leads = _title_kind(title, front_matter, file_name)
    if kind and (leads or not (dated or reported >= 2)):
        return kind
    if dated:
        return DocumentKind.PRESS_RELEASE
    if any(_SALUTATION.match(line) for line in [*front_matter[-1:], first]):  # ("Señor Presidente:" is a heading)
        return DocumentKind.STATEMENT
    if reported >= 2:
        return DocumentKind.NEWS
    if texts and not any(label_kind in (NUMBER, PATH) for label_kind, _text in paragraphs):
        return DocumentKind.WEB_PAGE
    return DocumentKind.OTHER
