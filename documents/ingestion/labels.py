"""Labels: how paragraphs are numbered in Convention texts (``13.``, ``(iv)``, ``a)``, bullets, ``Action #1``,
hierarchical paths ``5.a.``, ``9.b.i.``, ``1.1.``), at the start of a line, alone on a line, in Markdown emphasis,
or run together inside a line."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

_ROMAN = r"(?:x{0,3})(?:ix|iv|v?i{0,3})"
# A hierarchical label: a paragraph number, then letters, numbers or roman numerals, each after a dot, and a final
# dot ("5.a.", "9.b.i.", "1.1.", "2.3.1."). It names its parent: "9.b." for "9.b.i.".
_PATH = r"\d{1,2}(?:\.(?:\d{1,2}|[ivx]{2,4}|[a-z]))+\."
# An action plan's action, in its usual forms: "Action #1", "Action 1:", "Acción n.º 1", "Action no 1", "#1".
_ACTION = r"(?:(?:Action|Acción|Accion)\s*(?:\#\s*|n[°º.o]*\s*)?\d{1,3}(?:\s?:)?|\#\d{1,3})"  # ("Action 1 :" in French)
_LABEL = re.compile(
    r"""^(?P<label>
        (?P<action>"""
    + _ACTION
    + r""")                             # Action #1  Acción n.º 1  #1
      | (?P<path>"""
    + _PATH
    + r""")                           # 5.a.  9.b.i.  1.1.
      | (?P<number>\d{1,2})[.)]                                  # 13.  13)
      | \((?P<pnumber>\d{1,2})\)                                 # (13)
      | \((?P<proman>"""
    + _ROMAN
    + r""")\)                      # (iv)
      | \((?P<pletter>[a-z])\)                                   # (a)
      | (?P<roman>"""
    + _ROMAN
    + r""")[.)]                       # iv.  iv)
      | (?P<letter>[a-z])(?:\.\.|[.)])                           # a.  a)  a.. (lists of e-mail copies)
      | (?P<upper>[A-Z])\.                                       # A.
      | (?P<uroman>(?:X{0,3})(?:IX|IV|V?I{0,3}))\.               # II.
      | (?P<bullet>[•·▪‣◦●■□➢✓–—\uf020-\uf0ff-]|§(?=\s+[^\W\d_])) # bullets (a Word bullet copied as §, or
      # as a symbol font's private character: "\uf0b7" from a PDF)
    )(?=\s+\S)""",
    re.VERBOSE,
)
NUMBER, LETTER, ROMAN, UPPER, UROMAN, BULLET = "number", "letter", "roman", "upper", "uroman", "bullet"
PATH = "path"
# Bullets that may stand glued to their text in web copies ("•Committee on ..."); not dashes, which join words.
_GLUED_BULLETS = frozenset("•▪‣◦●■➢")


@dataclass(frozen=True)
class Label:
    text: str  # exactly as printed
    kind: str  # number, letter, roman, upper, uroman, bullet
    value: str  # "13", "a", "iv"...

    @property
    def ambiguous_letter(self) -> bool:
        """``i``, ``v`` and ``x`` can be letters or roman numerals."""
        return self.kind == ROMAN and self.value in {"i", "v", "x"}


@lru_cache(maxsize=8192)  # the segmenter asks about the same line several times
def parse_label(line: str) -> tuple[Label | None, str]:
    """The label at the start of ``line`` and the rest of the line."""
    if line[:1] in _GLUED_BULLETS and line[1:2].isalpha():  # a bullet glued to its text: "•Committee on ..."
        return Label(line[0], BULLET, line[0]), line[1:]
    match = _LABEL.match(line)
    if not match or not match.group("label").strip("()."):
        return None, line
    groups = {name: value for name, value in match.groupdict().items() if value and name != "label"}
    if not groups:
        return None, line
    name, value = next(iter(groups.items()))
    rest = line[match.end() :].lstrip()
    if name == "action":  # numbered like a paragraph: the number is the action's
        if not rest[:1].isupper() and not rest.startswith(("¿", "¡", "“", '"', "«")):
            return None, line  # "Action 5 of the plan calls for...": a mention, not a label
        value = re.search(r"\d+", value).group(0)
    if name == "path":
        value = value.rstrip(".")
    kind = {
        "action": NUMBER,
        "path": PATH,
        "number": NUMBER,
        "pnumber": NUMBER,
        "proman": ROMAN,
        "roman": ROMAN,
        "pletter": LETTER,
        "letter": LETTER,
        "upper": UPPER,
        "uroman": UROMAN,
        "bullet": BULLET,
    }[name]
    if kind in (ROMAN, UROMAN) and not value:
        return None, line
    return Label(match.group("label"), kind, value), line[match.end() :].lstrip()


# A label inside a line: the next number after a sentence ends, or a letter after a colon or a semicolon.
_INLINE_NUMBER = re.compile(r"(?<=[.;!?…])\s+(\d{1,2})\.\s+(?=[A-ZÀ-ÖØ-Þ¿¡“\"«])")
# A recital's number in brackets run together with the previous recital ("... concluded. (2) The Union ...").
_INLINE_BRACKETED_NUMBER = re.compile(r"(?<=[.;!?…])\s+(\((\d{1,2})\))\s+(?=[A-ZÀ-ÖØ-Þ¿¡“\"«])")
# An action's label run together with the previous action ("... planning. Acción 2: Los Estados ..."): group 2 is
# its number.
_INLINE_ACTION = re.compile(
    r"(?<=[.;!?…])\s+((?:Action|Acción|Accion)\s*(?:\#\s*|n[°º.o]*\s*)?(\d{1,3})(?:\s?:)?)\s+(?=[A-ZÀ-ÖØ-Þ¿¡“\"«])"
)
_INLINE_LETTER = re.compile(r"(?P<stop>[:;,])\s+(?P<label>\(?(?P<letter>[a-z])\))\s+(?=\S)")


# A hierarchical label run together with the previous item ("... decided: 5.a. to establish ...; 5.b. to ...").
_INLINE_PATH = re.compile(
    r"(?:(?<=[.;:!?…])|(?<=\band)|(?<=\bor)|(?<=\bet)|(?<=\bou)|(?<=\by)|(?<=\bo))\s+(" + _PATH + r")\s+(?=\S)"
)


def follows_path(candidate: str, current: str) -> bool:
    """Whether the hierarchical label ``candidate`` ("5.b") can come after the label ``current`` ("5", "5.a",
    "5.a.ii"): its parent is ``current`` or one of its ancestors, and it is not one of them itself."""
    if not current:
        return False
    parts, open_parts = candidate.split("."), current.split(".")
    parent = parts[:-1]
    return open_parts[: len(parent)] == parent and open_parts[: len(parts)] != parts


def next_inline_label(text: str, number: int, letter: str, path: str = "") -> tuple[int, str, str] | None:
    """Where the next run-together label starts in ``text``: (offset, kind, value), or None. ``path`` is the
    current number or hierarchical label ("5", "5.a")."""
    wanted_letter = chr(ord(letter) + 1) if letter else "a"
    found = []
    for match in _INLINE_PATH.finditer(text):
        if follows_path(match.group(1).rstrip("."), path):
            found.append((match.start(1), PATH, match.group(1).rstrip(".")))
            break
    for pattern in (_INLINE_NUMBER, _INLINE_BRACKETED_NUMBER, _INLINE_ACTION):
        for match in pattern.finditer(text):
            if int(match.group(pattern.groups)) == number + 1:
                found.append((match.start(1), NUMBER, match.group(pattern.groups)))
                break
    for match in _INLINE_LETTER.finditer(text):
        value = match.group("letter")
        if value == wanted_letter and (match.group("stop") == ":" or (letter and match.group("stop") in ";,")):
            found.append((match.start("label"), LETTER, value))
            break
    return min(found) if found else None


# A run-together label left at the end of a wrapped line ("... district. 3." then "We urge ..."): it belongs to the
# next line.
_TRAILING_LABEL = re.compile(
    r"(?<=[.;:!?…])\s+(\d{1,2}\.|\(?[a-z]\)|(?:Action|Acción|Accion)(?:\s*(?:\#|n[°º.o]*))?)$"
)  # also an action's label word whose number the wrap pushed to the next line ("... Article 9. Action" / "47 ...")

# A label and nothing else on its line (``1.`` then the paragraph on the next line), and a label in Markdown
# emphasis (``**1.**``, ``*(a)*``): both are labels of the text that follows.
_LABEL_ONLY = (
    r"(?:"
    + _ACTION
    + r"|"
    + _PATH
    + r"|\d{1,2}[.)]|\(\d{1,2}\)|\("
    + _ROMAN
    + r"\)|\([a-z]\)|[a-z][.)]|"
    + _ROMAN
    + r"[.)]|[IVX]{1,4}\.|[A-Z]\.)"
)
_LONE_LABEL = re.compile(r"^" + _LABEL_ONLY + r"$")
_EMPHASISED_LABEL = re.compile(r"^(\*\*|\*|__|_)(" + _LABEL_ONLY + r")\1(?=\s|$)")


def is_lone_label(text: str) -> bool:
    return bool(_LONE_LABEL.match(text)) and text.strip("().") != ""
