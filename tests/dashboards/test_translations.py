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
