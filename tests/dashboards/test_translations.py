"""Everything a visitor reads is translated: the dashboards' messages and the labels of the choices they show."""

import re

import pytest
from django.utils import translation

from actors.choices import ActorTreatyStatus
from commitments.models.choices import CommitmentKind, ObligationKind, ObligationState
from documents.choices import DocumentKind, Language
from tests.translations import CATALOGUES, ROOT, entries, untranslated


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


@pytest.mark.parametrize("catalogue", CATALOGUES)
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
