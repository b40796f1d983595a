"""Reference data of actors: every State (named in en/fr/es, with its status under the Convention), the
organisations and the groups that own commitments. Loading twice changes nothing."""

from __future__ import annotations

import csv
import datetime
import tomllib
from pathlib import Path

from django.utils import translation
from django_countries import countries

from actors.membership import entry_into_force_for
from actors.models import Actor
from tracker.db import LoadReport, upsert

STATES_PARTIES_CSV = Path(__file__).resolve().parent / "reference" / "states-parties.csv"
# The UN's short names where django-countries writes another (Naoero, Vatican City, Îles Marshal, Suazilandia...);
# a blank cell keeps the library's name. See reference/state-names.README.md.
STATE_NAMES_CSV = Path(__file__).resolve().parent / "reference" / "state-names.csv"

# slug, acronym, English, French, Spanish
ORGANISATIONS = [
    (
        "isu",
        "ISU",
        "Implementation Support Unit of the Convention",
        "Unité d'appui à l'application de la Convention",
        "Unidad de Apoyo a la Implementación de la Convención",
    ),
    (
        "undp",
        "UNDP",
        "United Nations Development Programme",
        "Programme des Nations Unies pour le développement",
        "Programa de las Naciones Unidas para el Desarrollo",
    ),
    (
        "unmas",
        "UNMAS",
        "United Nations Mine Action Service",
        "Service de la lutte antimines des Nations Unies",
        "Servicio de las Naciones Unidas de Actividades Relativas a las Minas",
    ),
    (
        "ohchr",
        "OHCHR",
        "Office of the United Nations High Commissioner for Human Rights",
        "Haut-Commissariat des Nations Unies aux droits de l'homme",
        "Oficina del Alto Comisionado de las Naciones Unidas para los Derechos Humanos",
    ),
    (
        "gichd",
        "GICHD",
        "Geneva International Centre for Humanitarian Demining",
        "Centre international de déminage humanitaire – Genève",
        "Centro Internacional de Desminado Humanitario de Ginebra",
    ),
    (
        "icbl",
        "ICBL",
        "International Campaign to Ban Landmines",
        "Campagne internationale pour interdire les mines",
        "Campaña Internacional para la Prohibición de las Minas Terrestres",
    ),
    (
        "icrc",
        "ICRC",
        "International Committee of the Red Cross",
        "Comité international de la Croix-Rouge",
        "Comité Internacional de la Cruz Roja",
    ),
    ("anama", "ANAMA", "Mine Action Agency of the Republic of Azerbaijan", "", ""),
    ("hi", "HI", "Humanity & Inclusion", "Humanité & Inclusion", "Humanidad e Inclusión"),
    ("eu", "EU", "European Union", "Union européenne", "Unión Europea"),
    ("un", "UN", "United Nations", "Organisation des Nations Unies", "Naciones Unidas"),
    (
        "oas",
        "OAS",
        "Organization of American States",
        "Organisation des États américains",
        "Organización de los Estados Americanos",
    ),
]
ORGANISATION_ALIASES_TOML = Path(__file__).resolve().parent / "reference" / "organisation-aliases.toml"


def organisation_aliases() -> dict[str, list[str]]:
    """How texts name each organisation (regular expressions by slug), from ``reference/organisation-aliases.toml``."""
    with ORGANISATION_ALIASES_TOML.open("rb") as handle:
        return tomllib.load(handle)


STATE_ALIASES_TOML = Path(__file__).resolve().parent / "reference" / "state-aliases.toml"


def state_aliases() -> dict[str, list[str]]:
    """Other names texts use for a State (``reference/state-aliases.toml``), by ISO3 code."""
    with STATE_ALIASES_TOML.open("rb") as handle:
        return tomllib.load(handle)


CAPITALS_TOML = Path(__file__).resolve().parent / "reference" / "capitals.toml"


def capitals() -> dict[str, list[str]]:
    """Each State's capital as texts write it (``reference/capitals.toml``), by ISO3 code."""
    with CAPITALS_TOML.open("rb") as handle:
        return tomllib.load(handle)


# slug, English, French, Spanish, stands for each State Party
GROUPS = [
    ("states-parties", "All States Parties", "Tous les États parties", "Todos los Estados partes", True),
    (
        "states-parties-in-a-position",
        "States Parties in a position to do so",
        "États parties en mesure de le faire",
        "Estados partes en condiciones de hacerlo",
        False,
    ),
    ("affected-states-parties", "Affected States Parties", "États parties touchés", "Estados partes afectados", False),
    (
        "conference-participants",
        "Conference participants",
        "Participants à la conférence",
        "Participantes en la conferencia",
        False,
    ),
    (
        "states-not-party",
        "States not party to the Convention",
        "États non parties à la Convention",
        "Estados que no son parte en la Convención",
        False,
    ),
]


def _names_in(code: str, official: dict[str, str] | None = None) -> dict[str, str]:
    """The State's names in en/fr/es: the UN's where ``state-names.csv`` gives one, django-countries' otherwise."""
    names = {}
    for language in ("en", "fr", "es"):
        field = f"name_{language}"
        with translation.override(language):
            names[field] = (official or {}).get(field) or str(countries.name(code))
    return names


def official_names() -> dict[str, dict[str, str]]:
    with STATE_NAMES_CSV.open(encoding="utf-8") as handle:
        return {row.pop("iso3"): row for row in csv.DictReader(handle)}


def load_states(report: LoadReport) -> None:
    """Every ISO 3166-1 country, named in en/fr/es (the UN's short names, django-countries' where the UN's are
    not listed), with its membership dates from the CSV."""
    with STATES_PARTIES_CSV.open(encoding="utf-8") as handle:
        members = {row["iso3"]: row for row in csv.DictReader(handle)}
    official = official_names()
    for alpha2, _name in countries:
        iso3 = countries.alpha3(alpha2)
        names = _names_in(alpha2, official.get(iso3))
        values = {"kind": Actor.Kind.STATE, "iso3": iso3, **names, **membership_values(members.get(iso3))}
        _, changed = upsert(Actor, {"slug": iso3.lower()}, values)
        report.count("states", changed)


def membership_values(row: dict | None) -> dict:
    """The membership dates of a CSV row (none for a State that has never been a party). An unknown entry into
    force is derived from the deposit date by Article 17 and marked as derived."""
    if row is None:
        return dict.fromkeys(MEMBERSHIP_FIELDS, None) | {"entry_into_force_derived": False, "notes": ""}
    deposit = _date(row["date_of_ratification_or_accession"])
    in_force = _date(row["entry_into_force"])
    derived = "eif:DERIVED-ART17" in row["sources"]
    if in_force is None and deposit is not None:
        in_force, derived = entry_into_force_for(deposit), True
    notes = " ".join(part for part in (row["notes"], f"Sources: {row['sources']}.") if part)
    return {
        "signature_date": None,
        "ratification_date": deposit,
        "ratification_year": int(row["ratification_year"]) if row["ratification_year"] else None,
        "entry_into_force": in_force,
        "entry_into_force_derived": derived,
        "withdrawal_notified": _date(row.get("withdrawal_notified", "")),
        "withdrawal_effective": _date(row.get("withdrawal_effective", "")),
        "notes": notes,
    }


MEMBERSHIP_FIELDS = (
    "signature_date",
    "ratification_date",
    "ratification_year",
    "entry_into_force",
    "withdrawal_notified",
    "withdrawal_effective",
)


def _date(value: str | None) -> datetime.date | None:
    return datetime.date.fromisoformat(value) if value else None


def load_organisations_and_groups(report: LoadReport) -> None:
    for slug, acronym, en, fr, es in ORGANISATIONS:
        values = {"kind": Actor.Kind.ORGANISATION, "acronym": acronym, "name_en": en, "name_fr": fr, "name_es": es}
        report.count("organisations", upsert(Actor, {"slug": slug}, values)[1])
    for slug, en, fr, es, expands in GROUPS:
        values = {
            "kind": Actor.Kind.GROUP,
            "name_en": en,
            "name_fr": fr,
            "name_es": es,
            "expands_to_states_parties": expands,
        }
        report.count("groups", upsert(Actor, {"slug": slug}, values)[1])
