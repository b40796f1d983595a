"""Dates in the reader's locale: day first in English as in the Convention's documents, never 12/03/2026."""

import datetime

import pytest
from django.template import Context, Template
from django.utils import translation


@pytest.mark.parametrize(
    ("language", "expected"),
    [("en", "3 December 2026"), ("fr", "3 décembre 2026"), ("es", "3 de diciembre de 2026")],
)
def test_dates_read_in_the_locale_s_format(language, expected):
    with translation.override(language):
        rendered = Template('{{ day|date:"DATE_FORMAT" }}').render(Context({"day": datetime.date(2026, 12, 3)}))
    assert rendered == expected


def test_the_account_page_shows_full_dates():
    from pathlib import Path

    template = Path(__file__).resolve().parents[2] / "dashboards/templates/dashboards/account.html"
    assert "SHORT_DATE_FORMAT" not in template.read_text()
