"""Names kept in English, French and Spanish columns, shown in the active language."""

from django.utils.translation import get_language

TRANSLATED_LANGUAGES = ("en", "fr", "es")


def localized(obj, field: str) -> str:
    """``obj.<field>_<active language>``, falling back to English when that one is empty."""
    language = (get_language() or "en")[:2]
    if language in TRANSLATED_LANGUAGES:
        value = getattr(obj, f"{field}_{language}", "")
        if value:
            return value
    return getattr(obj, f"{field}_en")


class LocalizedNameMixin:
    """For models with ``name_en``, ``name_fr`` and ``name_es``."""

    @property
    def name(self) -> str:
        return localized(self, "name")
