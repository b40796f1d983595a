from __future__ import annotations

import datetime

from django.db import models
from django.db.models import Q

from actors.choices import ActorKind, ActorTreatyStatus
from tracker.db import parse_id


class ActorQuerySet(models.QuerySet):
    def states(self) -> ActorQuerySet:
        return self.filter(kind=ActorKind.STATE)

    def states_parties(self, as_of: datetime.date | None = None) -> ActorQuerySet:
        """States Parties today, or those that had joined by the year of ``as_of``.

        The year of ratification is known for every State Party, the full date for few, so ``as_of``
        compares years.
        """
        parties = self.filter(kind=ActorKind.STATE, treaty_status=ActorTreatyStatus.STATE_PARTY)
        if as_of is not None:
            parties = parties.filter(ratification_year__lte=as_of.year)
        return parties

    def expand_groups(self, actors, *, as_of: datetime.date | None = None) -> list:
        """Replace each group that stands for the States Parties by its States; keep other actors as they are."""
        expanded: dict[int, object] = {}
        for actor in actors:
            if actor.expands_to_states_parties:
                expanded.update({state.pk: state for state in self.states_parties(as_of=as_of)})
            else:
                expanded[actor.pk] = actor
        return list(expanded.values())

    def by_code(self, code: str):
        """The one way an actor is named in URLs, filters, API bodies and files: its id, ISO3 code (MEX),
        acronym (UNDP) or slug (states-parties). None when nothing matches."""
        code = code.strip()
        pk = parse_id(code)
        if pk is not None:
            return self.filter(pk=pk).first()
        if len(code) == 3 and code.isascii() and code.isalpha():  # the common case, by its unique index
            found = self.filter(iso3=code.upper()).first()
            if found is not None:
                return found
        return self.filter(Q(slug=code.lower()) | Q(acronym__iexact=code)).first()
