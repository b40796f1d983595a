"""The State a story is about, from the places it names, when it names no State: local news often never names its
own country ("la vereda El Orejón, de Briceño, Antioquia", "la wilaya de Djelfa"). Places are the provinces, regions
and departments of ISO 3166-2 (pycountry's data), first level only. None is told by a name two countries share ("La
Paz", "Amazonas"), a country's name in English, French or Spanish ("Équateur" is Ecuador first), one made only of
words such as "North" or "Centre", a month, a capital city's district, a city where the Convention's meetings met
(named for the meeting, not the story's State), a place's name before a capitalised word ("Príncipe Mired" is a
person), or a city given with its country ("en La Habana, Cuba.": a venue)."""

from __future__ import annotations

import gettext
import re
import unicodedata
from collections import Counter
from functools import cache

import pycountry

from documents.ingestion.dates import MONTHS


# Words that say where without saying which country ("Centre-Est", "North West", "Région du Nord"), and months
# (Spanish texts capitalise them at times: "9 de Mayo" is no county of Ireland).
def _words(*lines: str) -> set[str]:
    return set(" ".join(lines).split())


_GENERIC = _words(
    "north south east west northern southern eastern western central centre center nord sud est ouest norte sur",
    "oriental occidental capital coast coastal island islands lake lakes river upper lower highlands lowlands",
    "district region province city federal special territory littoral plateau plateaux savanes mountain valley",
    "de del la le les el of the and et y du des al",
) | {month.lower() for month in MONTHS}


# Cities where the Convention's meetings met, and names more often a person's than a place's: the State a story is
# about is not told by them.
_NOT_TELLING = {
    *("Oslo", "Genève", "Berne", "Maputo", "Nairobi City", "Phnom Penh", "Managua", "Amman", "Cartagena", "Kampala"),
    *("Washington", "Príncipe", "Santiago"),
}
# Subdivisions that are a city, most often a capital's district (where meetings and embassies are).
_CITY_TYPES = {"City", "Capital district", "Capital District", "Capital city", "Capital territory", "Autonomous city"}
_CITY_TYPES |= {"Autonomous municipality", "Autonomous sector", "Federal district", "Federal District"}


def _unaccented(name: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", name) if unicodedata.category(c) != "Mn")


def _specific(name: str) -> bool:
    """Whether a place's name is long enough and says more than a direction, a month or a day."""
    words = re.split(r"[\s\-‐‑]+", name.lower())
    return len(name) >= 4 and not set(words) <= _GENERIC


@cache
def _places() -> tuple[re.Pattern, dict[str, str]]:
    """A pattern of every place's name, and the ISO3 code of the one country each belongs to."""
    countries = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    country_names = {
        _unaccented(getattr(c, attr)).lower()
        for c in pycountry.countries
        for attr in ("name", "common_name", "official_name")
        if hasattr(c, attr)
    }
    # (and in French and Spanish: "Équateur", a province of Congo, is Ecuador first)
    for language in ("fr", "es"):
        translation = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language], fallback=True)
        country_names |= {_unaccented(translation.gettext(c.name)).lower() for c in pycountry.countries}
    owners: dict[str, set[str]] = {}
    for subdivision in pycountry.subdivisions:
        if subdivision.parent_code or subdivision.type in _CITY_TYPES:
            continue
        name = re.split(r"\s*[(\[,]", subdivision.name)[0].strip()  # ("Bogotá, Distrito Capital": "Bogotá")
        if name in _NOT_TELLING:
            continue
        for form in {name, _unaccented(name)}:
            owners.setdefault(form, set()).add(countries.get(subdivision.country_code, ""))
    named = {
        name: codes.pop()
        for name, codes in owners.items()
        if len(codes) == 1 and _specific(name) and _unaccented(name).lower() not in country_names
    }
    named = {name: code for name, code in named.items() if code}
    alternatives = "|".join(re.escape(name) for name in sorted(named, key=len, reverse=True))
    # (not a person's name, "Príncipe Mired" on the same line, nor a city given with its country, "La Habana, Cuba.":
    # a venue)
    return re.compile(
        r"(?<![\w-])(" + alternatives + r")(?![\w-])(?![ \t]+[A-ZÀ-Þ][a-zà-ÿ])(?!\s*,\s*[A-ZÀ-Þ][\w-]+\s*(?:[.;)]|$))"
    ), named


# A capitalised word just before a place's name, other than a preposition or an article: a given name ("María
# Guerrero" is a person, not the Mexican State).
_GIVEN_NAME_BEFORE = re.compile(r"(?<![\w-])(?-i:[A-ZÀ-Þ][a-zà-ÿ]+)[ \t]+$")
_CAPITALISED_LINKS = {
    "in",
    "en",
    "at",
    "au",
    "aux",
    "à",
    "a",
    "de",
    "del",
    "des",
    "du",
    "la",
    "le",
    "les",
    "el",
    "los",
    "las",
    "the",
    "from",
    "desde",
    "depuis",
    "to",
    "hacia",
    "vers",
    "of",
    "province",
    "provincia",
    "región",
    "region",
    "région",
    "department",
    "departamento",
    "département",
    "state",
    "estado",
    "état",
    "pour",
    "por",
    "para",
    "for",
}


def states_of_places(text: str) -> Counter:
    """How often ``text`` names a place of each country (ISO3 codes)."""
    pattern, named = _places()
    return Counter(
        named[match.group(1)]
        for match in pattern.finditer(text)
        if not _after_a_given_name(text[max(0, match.start() - 30) : match.start()])
    )


def _after_a_given_name(before: str) -> bool:
    word = _GIVEN_NAME_BEFORE.search(before)
    return word is not None and word.group().strip().lower() not in _CAPITALISED_LINKS


def state_of_places(text: str) -> str | None:
    """The ISO3 code of the one country whose places ``text`` names most, or None (none, or two as often)."""
    ranked = states_of_places(text).most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]
