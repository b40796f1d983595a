"""States are named as the UN names them, in English, French and Spanish, whatever django-countries says."""

import pytest
from django.utils import translation

from actors.models import Actor

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("iso3", "en", "fr", "es"),
    [
        ("NRU", "Nauru", "Nauru", "Nauru"),
        ("VAT", "Holy See", "Saint-Siège", "Santa Sede"),
        ("BHS", "Bahamas", "Bahamas", "Bahamas"),
        ("SWZ", "Eswatini", "Eswatini", "Eswatini"),
        ("MHL", "Marshall Islands", "Îles Marshall", "Islas Marshall"),
        ("CAF", "Central African Republic", "République centrafricaine", "República Centroafricana"),
        (
            "BOL",
            "Bolivia (Plurinational State of)",
            "Bolivie (État plurinational de)",
            "Bolivia (Estado Plurinacional de)",
        ),
    ],
)
def test_official_short_names_in_three_languages(iso3, en, fr, es):
    state = Actor.objects.get(iso3=iso3)
    assert (state.name_en, state.name_fr, state.name_es) == (en, fr, es)
    with translation.override("fr"):
        assert state.name == fr


def test_a_name_the_library_already_gets_right_is_kept():
    assert Actor.objects.get(iso3="MEX").name_es == "México"


@pytest.mark.parametrize(
    ("prefix", "iso3", "name"),
    [  # with what django-countries would have shown
        ("/", "NRU", "Nauru"),  # Naoero
        ("/", "VAT", "Holy See"),  # Vatican City
        ("/", "BHS", "Bahamas"),  # Bahamas (The)
        ("/fr/", "SWZ", "Eswatini"),
        ("/es/", "SWZ", "Eswatini"),  # Suazilandia
        ("/fr/", "MHL", "Îles Marshall"),  # Îles Marshal
        ("/es/", "MHL", "Islas Marshall"),
        ("/fr/", "CAF", "République centrafricaine"),
        ("/es/", "CAF", "República Centroafricana"),  # República de África Central
        ("/es/", "CIV", "Côte d&#x27;Ivoire"),  # Costa de Marfil
        ("/es/", "BTN", "Bhután"),  # Bután
    ],
)
def test_a_state_page_is_headed_by_the_un_short_name_in_its_language(client, prefix, iso3, name):
    assert f"<h1>{name}</h1>" in client.get(f"{prefix}states/{iso3}/").content.decode()
