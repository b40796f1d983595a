"""Language detection (lingua), per paragraph and per document."""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

from lingua import Language, LanguageDetectorBuilder

# The UN's six languages, plus the neighbours that would otherwise be mistaken for them (a Dutch title line,
# a Portuguese or Italian quotation); those are reported as undetermined.
_KNOWN = {
    Language.ENGLISH: "en",
    Language.FRENCH: "fr",
    Language.SPANISH: "es",
    Language.ARABIC: "ar",
    Language.CHINESE: "zh",
    Language.RUSSIAN: "ru",
}
_NEIGHBOURS = [Language.GERMAN, Language.DUTCH, Language.PORTUGUESE, Language.ITALIAN]
UNDETERMINED = "und"
MIN_CONFIDENCE = 0.6
MIN_LETTERS = 12
# Enough text to tell the language apart; longer paragraphs only cost time.
DETECTION_SAMPLE = 300


@lru_cache(maxsize=1)
def _detector():
    return LanguageDetectorBuilder.from_languages(*_KNOWN, *_NEIGHBOURS).build()


def detect(text: str) -> tuple[str, float]:
    """(language code, confidence) among the tracker's languages; 'und' when too short or another language."""
    code, confidence = detect_any(text)
    return (code if code in _KNOWN.values() else UNDETERMINED), confidence


def detect_any(text: str) -> tuple[str, float]:
    """Like ``detect``, but names the neighbouring languages too (``nl`` for a Dutch title line)."""
    sample = text[:DETECTION_SAMPLE]
    if len(sample) < MIN_LETTERS or sum(char.isalpha() for char in sample) < MIN_LETTERS:
        return UNDETERMINED, 0.0
    values = _detector().compute_language_confidence_values(sample)
    if not values:
        return UNDETERMINED, 0.0
    best = values[0]
    return best.language.iso_code_639_1.name.lower(), best.value


class LanguageTracker:
    """Detects each paragraph's language; short or uncertain ones take the language around them."""

    def __init__(self, default: str = UNDETERMINED):
        self.current = default
        self.letters: Counter[str] = Counter()  # characters of text per language

    def paragraph_language(self, text: str) -> str:
        language, confidence = detect(text)
        sure = language != UNDETERMINED and confidence >= MIN_CONFIDENCE
        if sure or (self.current == UNDETERMINED and language != UNDETERMINED):
            self.current = language
        self.letters[self.current] += len(text)
        return self.current

    @property
    def document_language(self) -> str:
        counted = [(count, language) for language, count in self.letters.items() if language != UNDETERMINED]
        return max(counted)[1] if counted else UNDETERMINED
