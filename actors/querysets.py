from __future__ import annotations

import datetime

from django.db import models
from django.db.models import Q
from django.utils import timezone

from actors.choices import ActorKind, ActorTreatyStatus
from tracker.db import parse_id, pk_where


def _joined_in(state: dict) -> int:
    """The year a State became a party: of its entry into force, else of its ratification (as parties_on)."""
    return state["entry_into_force"].year if state["entry_into_force"] else state["ratification_year"]


class ActorQuerySet(models.QuerySet):
    def states(self) -> ActorQuerySet:
        return self.filter(kind=ActorKind.STATE)

    def parties_on(self, day: datetime.date) -> ActorQuerySet:
        """The States that were parties on ``day``: in force for them by then, and not withdrawn.

        Where the entry into force is unknown (neither stated nor derivable: only the year of ratification is
        known for most States), a State counts from the start of its year of ratification. That reproduces the
        counts documents give: 156 on 4 December 2009 (the Cartagena Declaration), 164 at the end of 2024.
        """
        joined = Q(entry_into_force__lte=day) | Q(entry_into_force__isnull=True, ratification_year__lte=day.year)
        stayed = Q(withdrawal_effective__isnull=True) | Q(withdrawal_effective__gt=day)
        return self.filter(joined & stayed, kind=ActorKind.STATE)

    def states_parties(self, as_of: datetime.date | None = None) -> ActorQuerySet:
        """States Parties on ``as_of`` (default: today)."""
        return self.parties_on(as_of or timezone.localdate())

    def with_treaty_status(self, status: str, day: datetime.date | None = None) -> ActorQuerySet:
        """States whose status under the Convention on ``day`` (default today) is ``status``."""
        day = day or timezone.localdate()
        parties = self.parties_on(day)
        if status == ActorTreatyStatus.STATE_PARTY:
            return parties
        if status == ActorTreatyStatus.WITHDRAWN:
            return self.withdrawn_by(day)
        others = (
            self.filter(kind=ActorKind.STATE)
            .exclude(pk__in=parties.values("pk"))
            .exclude(pk__in=self.withdrawn_by(day).values("pk"))
        )
        signed = Q(signature_date__isnull=False)
        return others.filter(signed) if status == ActorTreatyStatus.SIGNATORY else others.exclude(signed)

    def withdrawn_by(self, day: datetime.date) -> ActorQuerySet:
        """States whose withdrawal had taken effect by ``day``."""
        return self.filter(kind=ActorKind.STATE, withdrawal_effective__lte=day)

    def membership_timeline(self, *, until: int | None = None) -> list[dict]:
        """Year by year: the number of States Parties at the end of the year, who joined and who withdrew."""
        states = list(
            self.filter(kind=ActorKind.STATE)
            .filter(Q(ratification_year__isnull=False) | Q(entry_into_force__isnull=False))
            .values("iso3", "entry_into_force", "ratification_year", "withdrawal_effective")
        )
        until = until or timezone.localdate().year
        timeline, withdrawn_before = [], set()
        for year in range(1999, until + 1):
            end = datetime.date(year, 12, 31)
            joined = [s["iso3"] for s in states if _joined_in(s) == year]
            withdrew = [s["iso3"] for s in states if s["withdrawal_effective"] and s["withdrawal_effective"] <= end]
            withdrew = [code for code in withdrew if code not in withdrawn_before]
            withdrawn_before.update(withdrew)
            parties = sum(
                1
                for s in states
                if _joined_in(s) <= year and not (s["withdrawal_effective"] and s["withdrawal_effective"] <= end)
            )
            timeline.append({"year": year, "parties": parties, "joined": sorted(joined), "withdrew": sorted(withdrew)})
        return timeline

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
        if _iso3_shaped(code):  # the common case, by its unique index
            found = self.filter(iso3=code.upper()).first()
            if found is not None:
                return found
        return self._by_slug_or_acronym(code).first()

    def _by_slug_or_acronym(self, code: str) -> ActorQuerySet:
        return self.filter(Q(slug=code.lower()) | Q(acronym__iexact=code))


class ActorManager(models.Manager.from_queryset(ActorQuerySet)):
    def pk_by_code(self, code: str) -> int | None:
        """The id of the actor ``by_code`` finds. Filters resolve codes on every request: an id or an ISO3 code,
        what clients send, is one lookup on a unique index in plain SQL (the ORM took longer to write that query
        than the database to answer it)."""
        code = code.strip()
        pk = parse_id(code)
        if pk is not None:
            return pk_where(self.model, "pk", pk)
        if _iso3_shaped(code) and (found := pk_where(self.model, "iso3", code.upper())) is not None:
            return found
        return self.get_queryset()._by_slug_or_acronym(code).values_list("pk", flat=True).first()


def _iso3_shaped(code: str) -> bool:
    return len(code) == 3 and code.isascii() and code.isalpha()
