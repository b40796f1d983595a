"""Lines of extracted text: furniture to drop (page numbers, job numbers, symbols, running headers) and the clean-up
of the rest (Unicode, Markdown links and emphasis, HTML tags, runs of spaces)."""

from __future__ import annotations

import re
import unicodedata

from documents.ingestion.labels import _EMPHASISED_LABEL, parse_label

# --- furniture ----------------------------------------------------------------------------------------------

_PAGE_NUMBER = re.compile(
    r"^(?:[-–—]\s*)?(?:(?:page|página|pagina|p\.)\s*)?\d{1,4}(?:\s*(?:/|of|de|sur)\s*\d{1,4})?(?:\s*[-–—])?$",
    re.IGNORECASE,
)
_JOB_NUMBER = re.compile(r"^(?:\*?\d{7,}\*?\s*)?GE\.\d{2}-\d{4,6}(?:\s*\([A-Z]\))?(?:\s+[\d ]+)?(?:\s*\*\d+\*)?$")
_BARCODE = re.compile(r"^\*\d{6,}\*$")
SYMBOL = re.compile(r"\b(?:A|E|S|CRPD|CCW|APLC|UNODA|ST|CCPR|HRC)/(?:[A-Za-z0-9.\-]+/){1,6}[A-Za-z0-9.\-]+\b")
_RULE = re.compile(r"^(?:[-_=*]\s*){3,}$")
_RECYCLE = re.compile(r"^(?:please recycle|merci de recycler|sírvase reciclar)\W*$", re.IGNORECASE)
_HTML_META = re.compile(r"^<(?:meta|!doctype|html|head|/head|body|/body)\b[^>]*>$", re.IGNORECASE)


def is_furniture(line: str) -> bool:
    stripped = line.strip()
    return bool(
        _PAGE_NUMBER.match(stripped)
        or _JOB_NUMBER.match(stripped)
        or _BARCODE.match(stripped)
        or _RULE.match(stripped)
        or _RECYCLE.match(stripped)
        or _HTML_META.match(stripped)
        or (SYMBOL.fullmatch(stripped) is not None)
        or not any(char.isalnum() for char in stripped)
    )


def _furniture_key(line: str) -> str:
    """Running headers differ only in their page number: compare them without digits."""
    return re.sub(r"\d+", "#", line.strip().lower())


# --- inline clean-up ----------------------------------------------------------------------------------------

_MD_HEADING = re.compile(r"^(#{1,6})(?!\d)\s*(?=\S)")  # ("#1" is an action's label, not a heading)
_MD_LINK = re.compile(r"\[([^\]]+)\]\([^)\s]*\)")
_HTML_TAG = re.compile(r"</?(?:sup|sub|em|strong|b|i|u|span|br)\b[^>]*>", re.IGNORECASE)
_SPACES = re.compile(r"[ \t\u00a0\u2007\u202f]+")
_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\ufeff\u00ad"), None)
_GLUED_HEADING = re.compile(r"^(Preamble|Préambule|Preámbulo|Annex|Annexe|Anexo)(?=[A-Z][a-z])")
_SENTENCE_END = re.compile(r"[.;!?…:]['’”\")\]]*\*?$")
_HARD_STOP = re.compile(r"[.;?…]['’”\")\]]*\*?$")
_URL_LINE = re.compile(r"^(?:https?://|www\.)\S+$")
# A structural heading alone on its line ("Article 2", "Artículo 1", "Article premier", "Chapter III").
_STRUCTURAL_LINE = re.compile(
    r"^(?:Article|Artículo|Articulo|Chapter|Chapitre|Capítulo|Section|Sección|Part|Partie|Parte|Annex|Annexe|Anexo)"
    r"\s+(?:\d{1,3}|[IVXLC]{1,6}|premier|première|primero|única|único)\.?$",
    re.IGNORECASE,
)
# A legal act's final clause ("This Decision shall enter into force", "La presente Decisión entrará en vigor"): a
# paragraph of its own, after whatever article precedes it.
FINAL_CLAUSE = re.compile(
    r"^(?:This|The present|La présente|Le présent|El presente|La presente)\s+(?:Council\s+)?(?:Decision|Regulation|"
    r"Joint Action|Directive|décision|règlement|action commune|directive|Decisión|Reglamento|Acción Común|Directiva)"
    r"\s+(?:shall|enters?|entre|entrera|expire|expirera|entrará|expirará|se\s+aplicará|s['’]applique)",
    re.IGNORECASE,
)
# A preamble's chapeau alone on its line ("Whereas:", "Considérant ce qui suit :", "Considerando lo siguiente:"): a
# paragraph that introduces the recitals, not a heading.
PREAMBLE_CHAPEAU = re.compile(
    r"^(?:Whereas|Considering|Considérant(?:\s+ce\s+qui\s+suit)?|Considerando(?:\s+lo\s+siguiente)?)\s*:$",
    re.IGNORECASE,
)
# A chapeau whose calling verb a web page set apart ("ICBL CALLS" / "on States Parties requesting extensions to:",
# "les États à :", "a los Estados a:"): it opens a list of its own, never continues the item above it.
ADDRESSED_CHAPEAU = re.compile(
    r"^(?:on|upon|les|aux|a\s+los|a\s+las)\s.{0,160}?\b(?:to|à|a|de)\s*:$",
    re.IGNORECASE,
)
# A line that ends on a word no heading ends on (a conjunction, an article, a preposition): a sentence goes on.
DANGLING_END = re.compile(
    r"\b(?:and|or|to|of|the|an?|for|in|on|by|with|et|ou|de|du|des|la|le|les|à|au|aux|en|y|o|del|los|las|el|por|"
    r"para|que|con)$",
    re.IGNORECASE,
)
# An editor's note in square brackets on its own ("[Delivered by ...]", "[Check against delivery]").
EDITORIAL_NOTE = re.compile(r"^\[[^\[\]]{3,300}\]$")
# A time at the start of a line ("10.00 hrs", "15:30", "10 h 30", "9 a.m."): the rest of a sentence a page break cut.
_TIME_UNIT = r"(?:hrs?|h|heures|horas|a\.\s?m\.|p\.\s?m\.)"
STARTS_WITH_TIME = re.compile(
    r"^\d{1,2}(?::\d{2}(?:\s*" + _TIME_UNIT + r")?|(?:\.\d{2})?\s*" + _TIME_UNIT + r"|\s?h\s?\d{2})(?!\w)",
    re.IGNORECASE,
)
_FOOTNOTE_START = re.compile(r"^(?:\\?\*{1,3}|[¹²³⁴⁵⁶⁷⁸⁹]+|\d{1,2}/)\s+(?=\S)")
_FOOTNOTE_REFERENCE = re.compile(r"\w(?:\\?\*{1,3}|[¹²³⁴⁵⁶⁷⁸⁹]+|\s\d{1,2}/)")


def clean_line(line: str) -> str:
    line = unicodedata.normalize("NFC", line).translate(_ZERO_WIDTH)
    if "](" in line:  # (the markup checks first: most lines have none, and a substitution costs more)
        line = _MD_LINK.sub(r"\1", line)
    if "<" in line:
        line = _HTML_TAG.sub("", line)
    line = line.replace("\\*", "*").replace("\\_", "_")
    line = _SPACES.sub(" ", line).strip()
    return _EMPHASISED_LABEL.sub(r"\2", line) if line[:1] in "*_" else line


def _strip_bold(text: str) -> str:
    return text.replace("**", "").replace("__", "").strip()


UNWRAPPED = 10_000  # the width of text whose lines are its sentences: the next word always fits


def line_width(lines: list) -> int:
    """The width at which the page's text wraps, in characters."""
    # A first line standing alone above a blank line is a title: longer or shorter than the text's lines, it
    # says nothing of where the text wraps.
    if len(lines) > 2 and lines[1].blank_before:
        lines = lines[1:]
    lengths = sorted(line.raw_length for line in lines if line.raw_length > 20)
    if not lengths:
        return 80
    if len(lengths) >= 10:
        return int(lengths[int(0.9 * (len(lengths) - 1))])
    # Too few lines for a percentile: the longest is the width. But if no long line stops mid-sentence (was
    # wrapped), and neither blank lines nor labels mark paragraphs, each line is one (statements one to a line).
    longest = lengths[-1]
    if len(lines) >= 3 and not any(line.blank_before or parse_label(line.text)[0] for line in lines[1:]):
        cut = [line for line in lines if not _SENTENCE_END.search(line.text) and line.raw_length >= 0.7 * longest]
        if not cut:
            return UNWRAPPED
    return longest


def reads_as_cut_sentence(text: str) -> bool:
    """A block that reads as the start of a sentence, not a heading: four words or more, most of them (after the
    first) in lower case. A copy cut short ends on one ("The Co-Chairs continued b", "Pendant son passage à
    Londres, la")."""
    words = [word for word in text.split()[1:] if word[:1].isalpha()]
    if len(words) < 3:
        return False
    return sum(1 for word in words if word[:1].islower()) >= 0.5 * len(words)


# --- blocks -------------------------------------------------------------------------------------------------


def is_heading_like(text: str, *, title: bool = False) -> bool:
    """Short, unlabelled, and not ending like a sentence (a colon is allowed: 'The Participants:') or on a word
    that a sentence goes on from ('... and'). A title may run longer than a heading, and be cut short."""
    stripped = _strip_bold(text)
    if not stripped or _URL_LINE.match(stripped):
        return False
    words = stripped.split()
    if len(words) > (60 if title else 25) or len(stripped) > (500 if title else 220):
        return False
    if stripped.endswith(":"):
        # 'The Participants:' introduces a list; 'The participants recommended the following:' is a chapeau.
        return len(words) <= 3
    if re.search(r"[.;,?]['’”\")\]]*$", stripped) or (DANGLING_END.search(stripped) and not title):
        return False
    if stripped.endswith("!") and len(words) >= 6 and not title:
        return False  # "On all states still outside the treaty to: join without further delay!": a sentence
    return stripped[:1].isupper() or stripped[:1].isdigit() or stripped.startswith(("¿", "¡", "“", "‘", '"'))


def is_double_spaced(lines: list) -> bool:
    """A blank line after nearly every wrapped line: blank lines do not separate paragraphs on this page.

    Paragraphs of one long line each, separated by blank lines, look alike; what tells them apart is that
    wrapped lines often continue a sentence in lower case after the blank line."""
    if len(lines) < 8:
        return False
    after_single_blank = [line for line in lines[1:] if line.blank_before == 1]
    # (a lettered item, "a) ...", starts in lower case too, but it is a piece of its own, not a continuation)
    # (nor does a chapeau set apart from its verb: "on States Parties requesting extensions to:")
    continuing = sum(
        1
        for line in after_single_blank
        if line.text[:1].islower() and parse_label(line.text)[0] is None and not ADDRESSED_CHAPEAU.match(line.text)
    )
    return len(after_single_blank) >= 0.6 * (len(lines) - 1) and continuing >= 0.2 * len(after_single_blank)


def paragraphs_marked_by_blanks(lines: list) -> bool:
    """Blank lines stand between blocks, and blocks run over several lines (wrapped text): the file marks
    its paragraphs with blank lines."""
    separated = sum(1 for line in lines[1:] if line.blank_before)
    wrapped = sum(1 for line in lines[1:] if not line.blank_before and not parse_label(line.text)[0])
    return separated >= 2 and wrapped >= 2
