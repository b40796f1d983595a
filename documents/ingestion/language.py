"""Language detection (lingua), per paragraph and per document."""

from __future__ import annotations

import re
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


# Function words that belong to one of the three working languages only (words the others share, such as "de",
# "la", "que", "en", "un", "se", "son", "nos", are left out). A paragraph full of one list and nearly empty of the
# others is that language without asking the statistical model, which costs most of a parse's time.
_FUNCTION_WORDS = {
    "en": "the and of to that is for with will their this be are by have which on as its it we our from has been",
    "fr": "le les des et du une est pour dans qui sur au aux ses leur leurs nous sont avec ont cette été par ces",
    "es": "el los las del y una es para por con su sus al como este esta han nuestro nuestra fue ha sobre lo",
}
# ...and of the neighbours (Portuguese, Italian, Dutch, German), whose presence leaves the decision to the model.
_NEIGHBOUR_WORDS = "os dos das não uma com ao pela pelo gli della delle dei che di nel nella sono het een niet voor"
_NEIGHBOUR_WORDS += " zijn der das und nicht für ist ein eine zu"
_WORD_LANGUAGE = {word: code for code, words in _FUNCTION_WORDS.items() for word in words.split()}
_WORD_LANGUAGE.update(dict.fromkeys(_NEIGHBOUR_WORDS.split(), "other"))
_WORD = re.compile(r"[^\W\d_]+")
# Enough function words, and this many times more of one language than of the next, to be sure.
_FAST_MIN_WORDS, _FAST_MARGIN, _FAST_CONFIDENCE = 4, 4, 0.9


def _by_function_words(sample: str) -> str | None:
    counts = Counter(_WORD_LANGUAGE.get(word) for word in _WORD.findall(sample.lower()))
    counts.pop(None, None)
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < _FAST_MIN_WORDS or counts["other"] >= 2:
        return None
    runner_up = ranked[1][1] if len(ranked) > 1 else 0
    best = ranked[0][0]
    return best if best != "other" and ranked[0][1] >= _FAST_MARGIN * max(runner_up, 1) else None


def _has_letters(sample: str, needed: int) -> bool:
    for char in sample:
        if char.isalpha():
            needed -= 1
            if not needed:
                return True
    return False


def detect_any(text: str) -> tuple[str, float]:
    """Like ``detect``, but names the neighbouring languages too (``nl`` for a Dutch title line)."""
    sample = text[:DETECTION_SAMPLE]
    if len(sample) < MIN_LETTERS or not _has_letters(sample, MIN_LETTERS):
        return UNDETERMINED, 0.0
    fast = _by_function_words(sample)
    if fast is not None:
        return fast, _FAST_CONFIDENCE
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
