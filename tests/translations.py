"""Reading the gettext catalogues (.po) in tests: which messages are left untranslated, and what each one says.

Entries are read line by line, not by blank lines: entries appended by a union merge (`.gitattributes`) may follow
each other with no blank line between them."""

import re
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# Every catalogue of the project: the project's own (models, admin, forms, services) and the apps' that keep theirs.
CATALOGUES = ["locale", "dashboards/locale", "notifications/locale"]

_FIELD = re.compile(r'^(msgctxt|msgid_plural|msgid|msgstr(?:\[\d+\])?) "(.*)"$')


@dataclass
class Entry:
    comments: list[str] = field(default_factory=list)
    fields: dict[str, str] = field(default_factory=dict)

    @property
    def msgid(self) -> str:
        return self.fields.get("msgid", "")

    @property
    def translations(self) -> list[str]:
        return [value for key, value in self.fields.items() if key.startswith("msgstr")]

    @property
    def fuzzy(self) -> bool:
        return any(c.startswith("#,") and "fuzzy" in c for c in self.comments)


def catalogue(where: str, language: str) -> Path:
    return ROOT / where / language / "LC_MESSAGES" / "django.po"


def read(po: Path) -> list[Entry]:
    """The entries of a catalogue, header first; obsolete entries (#~) left out."""
    result, entry, last = [], Entry(), None
    for line in po.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#~"):
            continue
        starts_anew = line.startswith("#") or (line.startswith(("msgctxt ", "msgid ")) and last == "msgstr")
        if starts_anew and "msgid" in entry.fields and any(k.startswith("msgstr") for k in entry.fields):
            result.append(entry)
            entry, last = Entry(), None
        if line.startswith("#"):
            entry.comments.append(line)
        elif match := _FIELD.match(line):
            key, value = match.groups()
            entry.fields[key] = value
            last, current = ("msgstr" if key.startswith("msgstr") else key), key
        elif line.startswith('"'):
            entry.fields[current] += line[1:-1]
    if "msgid" in entry.fields:
        result.append(entry)
    return result


def untranslated(po: Path) -> list[str]:
    """msgids whose translation is empty, marked fuzzy, or short of the plural forms the language has (Spanish has
    three: a message with two falls back to English for the third)."""
    header, *entries_ = read(po)
    nplurals = int(re.search(r"nplurals=(\d+)", header.fields["msgstr"]).group(1))
    return [
        entry.msgid
        for entry in entries_
        if entry.fuzzy
        or not all(entry.translations)
        or ("msgid_plural" in entry.fields and len(entry.translations) != nplurals)
    ]


def entries(po: Path):
    """(msgid, msgstr) of a catalogue, plurals and obsolete entries left out."""
    for entry in read(po)[1:]:
        if "msgid_plural" not in entry.fields:
            yield entry.msgid, entry.fields.get("msgstr", "")
