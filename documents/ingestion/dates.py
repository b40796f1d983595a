"""Dates as documents print them, in English, French and Spanish ("3 December 1997", "3 décembre 1997",
"3 de diciembre de 1997", "December 3, 1997") and ranges of them. Plain Python: the extractor's reader uses it too."""

from __future__ import annotations

import datetime
import re

MONTHS = {
    **dict.fromkeys(["january", "enero", "janvier"], 1),
    **dict.fromkeys(["february", "febrero", "février", "fevrier"], 2),
    **dict.fromkeys(["march", "marzo", "mars"], 3),
    **dict.fromkeys(["april", "abril", "avril"], 4),
    **dict.fromkeys(["may", "mayo", "mai"], 5),
    **dict.fromkeys(["june", "junio", "juin"], 6),
    **dict.fromkeys(["july", "julio", "juillet"], 7),
    **dict.fromkeys(["august", "agosto", "août", "aout"], 8),
    **dict.fromkeys(["september", "septiembre", "setiembre", "septembre"], 9),
    **dict.fromkeys(["october", "octubre", "octobre"], 10),
    **dict.fromkeys(["november", "noviembre", "novembre"], 11),
    **dict.fromkeys(["december", "diciembre", "décembre", "decembre"], 12),
}
_MONTH = "(?P<{name}>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + ")"
_DAY = r"(?P<{name}>\d{{1,2}})(?:st|nd|rd|th|er|º|°)?"
_YEAR = r"(?P<{name}>(?:19|20)\d{{2}})"
_DE = r"(?:\s+de)?"

DATE = re.compile(
    _DAY.format(name="day")
    + _DE
    + r"\s+"
    + _MONTH.format(name="month")
    + r"(?:\s+de(?:l)?|,)?\s+"
    + _YEAR.format(name="year")
    + "|"
    + _MONTH.format(name="month2")
    + r"\s+"
    + _DAY.format(name="day2")
    + r",\s+"
    + _YEAR.format(name="year2"),
    re.IGNORECASE,
)
_RANGE_JOIN = r"\s*(?:[-–—]|to|and|y|al|au|et|a)\s*"
DATE_RANGE = re.compile(
    r"(?:(?:from|del|du|los\s+días)\s+)?"
    + _DAY.format(name="d1")
    + r"(?:"
    + _DE
    + r"\s+"
    + _MONTH.format(name="m1")
    + r")?"
    + r"(?:\s+"
    + _YEAR.format(name="y1")
    + r")?"
    + _RANGE_JOIN
    + _DAY.format(name="d2")
    + _DE
    + r"\s+"
    + _MONTH.format(name="m2")
    + r"(?:(?:\s+de(?:l)?)?,?\s+"
    + _YEAR.format(name="y2")
    + r")?",
    re.IGNORECASE,
)


def to_date(day: str, month: str, year: str) -> datetime.date | None:
    try:
        return datetime.date(int(year), MONTHS[month.lower()], int(day))
    except (ValueError, KeyError):
        return None


def find_date(text: str) -> datetime.date | None:
    """The first full date printed in ``text`` (3 December 1997, 3 de diciembre de 1997, December 3, 1997)."""
    for match in DATE.finditer(text):
        if match.group("day"):
            found = to_date(match.group("day"), match.group("month"), match.group("year"))
        else:
            found = to_date(match.group("day2"), match.group("month2"), match.group("year2"))
        if found:
            return found
    return None
