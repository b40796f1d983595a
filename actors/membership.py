"""The Convention's rules on who is a party when (Articles 17 and 20), as plain date arithmetic."""

from __future__ import annotations

import datetime

# Article 17(1): in force on the first day of the sixth month after the 40th instrument (16 September 1998).
CONVENTION_IN_FORCE = datetime.date(1999, 3, 1)
FORTIETH_INSTRUMENT = datetime.date(1998, 9, 16)


def first_of_month_after(day: datetime.date, months: int) -> datetime.date:
    """The first day of the ``months``-th month after the month of ``day``."""
    index = day.year * 12 + day.month - 1 + months
    return datetime.date(index // 12, index % 12 + 1, 1)


def entry_into_force_for(deposit: datetime.date) -> datetime.date:
    """Article 17: for the first 40 instruments, 1 March 1999; for a later one, the first day of the sixth month
    after the month of its deposit (Article 17(2))."""
    if deposit <= FORTIETH_INSTRUMENT:
        return CONVENTION_IN_FORCE
    return first_of_month_after(deposit, 6)


def withdrawal_takes_effect(notified: datetime.date) -> datetime.date:
    """Article 20(2): six months after the depositary receives the instrument of withdrawal."""
    index = notified.year * 12 + notified.month - 1 + 6
    year, month = index // 12, index % 12 + 1
    # The same day six months later; the month's last day when that month is shorter.
    for day in range(notified.day, 27, -1):
        try:
            return datetime.date(year, month, day)
        except ValueError:
            continue
    return datetime.date(year, month, notified.day)
