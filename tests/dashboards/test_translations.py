"""Everything a visitor reads is translated: the dashboards' messages and the labels of the choices they show."""

import re
from pathlib import Path

import pytest
from django.utils import translation

from actors.choices import ActorTreatyStatus
from commitments.models.choices import CommitmentKind, ObligationKind, ObligationState
from documents.choices import DocumentKind, Language

ROOT = Path(__file__).resolve().parents[2]


def untranslated(po: Path) -> list[str]:
    """msgids whose translation is empty or marked fuzzy."""
    text = po.read_text(encoding="utf-8")
    missing = []
    for block in text.split("\n\n")[1:]:  # the first block is the header
        if not block.strip() or block.lstrip().startswith("#~"):
            continue
        msgid = "".join(re.findall(r'^(?:msgid )?"(.*)"$', block.split("msgstr")[0], re.M))
        translations = re.findall(r'^msgstr(?:\[\d\])? "(.*)"\n?((?:".*"\n?)*)', block, re.M)
        empty = any(not (first + "".join(re.findall(r'"(.*)"', rest))) for first, rest in translations)
        if empty or "#, fuzzy" in block:
            missing.append(msgid)
    return missing


@pytest.mark.parametrize("language", ["fr", "es"])
def test_every_dashboard_message_is_translated(language):
    assert untranslated(ROOT / "dashboards" / "locale" / language / "LC_MESSAGES" / "django.po") == []


@pytest.mark.parametrize("language", ["fr", "es"])
@pytest.mark.parametrize(
    "choices", [CommitmentKind, DocumentKind, Language, ObligationKind, ObligationState, ActorTreatyStatus]
)
def test_labels_visitors_read_are_translated(language, choices):
    with translation.override(language):
        translated = [str(label) for _value, label in choices.choices]
    with translation.override("en"):
        english = [str(label) for _value, label in choices.choices]
    same = [en for en, other in zip(english, translated, strict=True) if en == other]
    # Words spelled alike in both languages ("Conclusion", "Note verbale", "Organisation") are fine; most differ.
    assert len(same) <= len(english) // 3, same


def entries(po: Path):
    """(msgid, msgstr) of a catalogue, plurals and obsolete entries left out."""
    for block in po.read_text(encoding="utf-8").split("\n\n")[1:]:
        if "msgstr" not in block or "msgid_plural" in block or block.lstrip().startswith("#~"):
            continue
        head, tail = block.split("msgstr", 1)
        yield "".join(re.findall(r'^(?:msgid )?"(.*)"$', head, re.M)), "".join(re.findall(r'"(.*)"', tail))


@pytest.mark.parametrize("catalogue", ["dashboards/locale", "locale"])
def test_spanish_never_calls_a_status_estado_which_reads_as_a_state(catalogue):
    """In Spanish "estado" is also the State ("El estado de México..."): a status is "situación" (docs/languages.md)."""
    po = ROOT / catalogue / "es" / "LC_MESSAGES" / "django.po"
    ambiguous = [
        (msgid, msgstr)
        for msgid, msgstr in entries(po)
        if re.search(r"\bstatus", msgid, re.I)
        and not re.search(r"\bStates?\b|HTTP", msgid)
        and re.search(r"\bestados?\b", msgstr, re.I)
    ]
    assert ambiguous == []
