"""Word's automatic numbering: the labels Word shows (``1.``, ``(a)``, ``iv)``) live in ``numbering.xml``, not in
the text. ``WordNumbering`` rebuilds them paragraph by paragraph: each list's counters per level, the level's
format (decimal, letters, roman numerals, bullets) and its text pattern (``%1.``, ``(%2)``, ``%1.%2``), restarts
of deeper levels, and start overrides, so that a .docx gives the same labels as its PDF and text twins."""

from __future__ import annotations

import re

from docx.oxml.ns import qn

BULLET = "•"
_PLACEHOLDER = re.compile(r"%([1-9])")
_ROMAN = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl")]
_ROMAN += [(10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]


def _roman(number: int) -> str:
    out = ""
    for value, letters in _ROMAN:
        while number >= value:
            out, number = out + letters, number - value
    return out


def _letters(number: int) -> str:
    """1 -> a, 26 -> z, 27 -> aa (Word repeats the letter)."""
    return chr(ord("a") + (number - 1) % 26) * ((number - 1) // 26 + 1)


def format_number(number: int, number_format: str) -> str:
    return {
        "decimal": str(number),
        "decimalZero": f"{number:02d}",
        "lowerLetter": _letters(number),
        "upperLetter": _letters(number).upper(),
        "lowerRoman": _roman(number),
        "upperRoman": _roman(number).upper(),
        "ordinal": str(number),
        "cardinalText": str(number),
    }.get(number_format, str(number))


def _value(element, tag: str, default: str | None = None) -> str | None:
    child = element.find(qn(tag)) if element is not None else None
    return child.get(qn("w:val")) if child is not None else default


class _Level:
    def __init__(self, element):
        self.start = int(_value(element, "w:start", "1") or 1)
        self.format = _value(element, "w:numFmt", "decimal") or "decimal"
        self.text = _value(element, "w:lvlText", "") or ""
        restart = _value(element, "w:lvlRestart")
        self.restart_after = int(restart) if restart is not None else None  # restart after this level (1-based)


class WordNumbering:
    """Labels for the paragraphs of one Word document, in reading order (call ``label`` for each paragraph once)."""

    def __init__(self, word_document):
        self.levels: dict[str, dict[int, _Level]] = {}  # abstractNumId -> ilvl -> level
        self.instances: dict[str, tuple[str, dict[int, int]]] = {}  # numId -> (abstractNumId, start overrides)
        self.counters: dict[str, dict[int, int]] = {}  # abstractNumId -> ilvl -> current value
        self.restarted: set[tuple[str, int]] = set()  # (numId, ilvl) whose start override was applied
        self.styles = word_document.styles
        try:
            root = word_document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return
        for abstract in root.findall(qn("w:abstractNum")):
            levels = {int(level.get(qn("w:ilvl"))): _Level(level) for level in abstract.findall(qn("w:lvl"))}
            self.levels[abstract.get(qn("w:abstractNumId"))] = levels
        for num in root.findall(qn("w:num")):
            overrides = {}
            for override in num.findall(qn("w:lvlOverride")):
                start = _value(override, "w:startOverride")
                if start is not None:
                    overrides[int(override.get(qn("w:ilvl")))] = int(start)
            self.instances[num.get(qn("w:numId"))] = (_value(num, "w:abstractNumId"), overrides)

    def _numbering_of(self, paragraph) -> tuple[str, int] | None:
        """(numId, level) from the paragraph's own properties, else from its style's."""
        for properties in (paragraph._p.pPr, self._style_properties(paragraph)):
            num_pr = properties.find(qn("w:numPr")) if properties is not None else None
            if num_pr is not None:
                num_id = _value(num_pr, "w:numId")
                level = int(_value(num_pr, "w:ilvl", "0") or 0)
                if num_id and num_id != "0":
                    return num_id, level
                return None  # numId 0: numbering explicitly switched off
        return None

    @staticmethod
    def _style_properties(paragraph):
        style = paragraph.style
        while style is not None:
            properties = style.element.pPr
            if properties is not None and properties.find(qn("w:numPr")) is not None:
                return properties
            style = style.base_style
        return None

    def label(self, paragraph) -> str:
        """The label Word shows before ``paragraph`` ("" when it is not numbered); counts it."""
        numbering = self._numbering_of(paragraph)
        if numbering is None:
            return ""
        num_id, level = numbering
        abstract_id, overrides = self.instances.get(num_id, (None, {}))
        levels = self.levels.get(abstract_id)
        if not levels or level not in levels:
            return ""
        counters = self.counters.setdefault(abstract_id, {})
        if level in overrides and (num_id, level) not in self.restarted:
            self.restarted.add((num_id, level))
            counters[level] = overrides[level] - 1
        definition = levels[level]
        counters[level] = counters.get(level, definition.start - 1) + 1
        for deeper, deeper_level in levels.items():  # deeper levels start again under a new item
            if deeper > level and (deeper_level.restart_after is None or deeper_level.restart_after > level):
                counters.pop(deeper, None)
        if definition.format == "bullet":
            return BULLET
        if definition.format == "none":
            return ""

        def placeholder(match: re.Match) -> str:
            index = int(match.group(1)) - 1
            shown = levels.get(index)
            value = counters.get(index, shown.start if shown else 1)
            return format_number(value, shown.format if shown else "decimal")

        return _PLACEHOLDER.sub(placeholder, definition.text).strip()
