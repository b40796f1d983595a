"""Dates as precise as their source: a day, a month or a year (a source that says "March 2027" is not made to
say "31 March 2027"), and the address a source link shows."""

from __future__ import annotations

import datetime
from urllib.parse import urlsplit

from django import template
from django.utils import formats

from commitments.models import DatePrecision

register = template.Library()

FORMATS = {DatePrecision.DAY: "DATE_FORMAT", DatePrecision.MONTH: "YEAR_MONTH_FORMAT", DatePrecision.YEAR: "Y"}


@register.filter
def partial_date(value: datetime.date | None, precision: str = DatePrecision.DAY) -> str:
    """``{{ event.deadline|partial_date:event.deadline_precision }}`` -> "31 December 2030", "March 2027", "2030"."""
    if value is None:
        return ""
    return formats.date_format(value, FORMATS.get(precision, "DATE_FORMAT"))


@register.filter
def site_name(url: str) -> str:
    """``https://www.mineactionreview.org/country/...`` -> ``mineactionreview.org``: what a source link reads."""
    host = urlsplit(url or "").hostname or ""
    return host.removeprefix("www.")
