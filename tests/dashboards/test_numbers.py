"""Counts in the bars and the list of States: written as Django's number formatting writes them, in each language."""

import pytest
from django.contrib.humanize.templatetags.humanize import intcomma
from django.utils import formats, translation

from dashboards.templatetags.dashboards import _Numbers

COUNTS = [0, 7, 999, 1000, 1001, 12345, 999999, 1000000, 3957743, 123456789012, -5, -1234]


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_counts_read_as_number_format_and_intcomma_write_them(language):
    with translation.override(language):
        numbers = _Numbers()
        for count in COUNTS:
            assert numbers(count) == formats.number_format(count, force_grouping=True) == intcomma(count), count
