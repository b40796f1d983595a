import datetime

from django.db import models
from django.utils import timezone


class ActorQuerySet(models.QuerySet):
    def states(self) -> "ActorQuerySet":
        return self.filter(kind="state")

    def states_parties(self, as_of: datetime.date | None = None) -> "ActorQuerySet":
        """States Parties today, or those that had joined by the year of ``as_of``.

        The year of ratification is known for every State Party, the full date for few, so ``as_of``
        compares years.
        """
        parties = self.filter(kind="state", treaty_status="state_party")
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


class CommitmentQuerySet(models.QuerySet):
    pass


class CommitmentOwnerQuerySet(models.QuerySet):
    def not_reported_since(self, cutoff: datetime.datetime) -> "CommitmentOwnerQuerySet":
        return self.filter(status_effective_at__lt=cutoff)

    def not_reported_for(self, days: int) -> "CommitmentOwnerQuerySet":
        return self.not_reported_since(timezone.now() - datetime.timedelta(days=days))


class StatusUpdateQuerySet(models.QuerySet):
    def update(self, **kwargs):
        raise TypeError("Status history is append-only: record a new update instead.")

    def delete(self):
        raise TypeError("Status history is append-only: updates are never deleted.")

    def latest_first(self) -> "StatusUpdateQuerySet":
        return self.order_by("-effective_at", "-id")
