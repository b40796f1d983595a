"""The date by which a proposed commitment is due, when its sentence gives one: "by 30 April 2029", "until
31 December 2030", "no later than ...", "d'ici au ...", "jusqu'au ...", "au plus tard le ...", "antes del ...",
"hasta el ...", "a más tardar el ...". Accepting the candidate makes it the commitment's target date."""

from __future__ import annotations

import datetime
import re

from documents.ingestion.dates import DATE, find_date

DEADLINE_WORDS = re.compile(
    r"\b(?:until|by|before|no later than|not later than|d['’]ici (?:au|le|à)?|jusqu['’](?:au|à|en)|avant le|avant|"
    r"au plus tard le|au plus tard en|hasta el|hasta|antes del|antes de|a más tardar el|a más tardar en|"
    r"de aquí a|para)\s+",
    re.IGNORECASE,
)
# A year alone is due at its end: "by 2030", "by the end of 2030", "d'ici à 2030", "para finales de 2030".
YEAR = re.compile(r"(?:the end of |la fin de |fin |(?:finales|fines) de )?((?:19|20)\d\d)\b(?![-/.]\d)")


def find_deadline(text: str) -> datetime.date | None:
    """The first date (or year) that directly follows a word of deadline."""
    for match in DEADLINE_WORDS.finditer(text):
        following = text[match.end() : match.end() + 40]
        found = DATE.match(following)
        if found and (date := find_date(found.group(0))):
            return date
        year = YEAR.match(following)
        if year:
            return datetime.date(int(year.group(1)), 12, 31)
    return None
