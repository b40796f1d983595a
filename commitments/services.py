"""Jobs that span several commitments or models. Single-row rules live on the models."""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Sequence

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from commitments.models import Action, Actor, Commitment, CommitmentOwner, Evidence, Status, StatusUpdate, Theme
from documents.models import Paragraph


def commitment_create(
    *,
    paragraph: Paragraph,
    kind: str,
    text: str,
    owners: Sequence[Actor],
    status: Status,
    recorded_by,
    speaker: Actor | None = None,
    themes: Iterable[Theme] = (),
    actions: Iterable[Action] = (),
    target_date: datetime.date | None = None,
) -> Commitment:
    """Create a commitment with its owners, each starting with ``status``.

    A group that stands for the States Parties ("We, the States Parties...") is tracked State by State:
    it becomes the speaker, and each State that was a party by the document's date becomes an owner.
    """
    as_of = paragraph.document.date
    with transaction.atomic():
        commitment = Commitment(
            paragraph=paragraph,
            kind=kind,
            text=text,
            speaker=speaker or _single_group(owners),
            target_date=target_date,
        )
        commitment.full_clean()
        commitment.save()
        commitment.themes.set(themes)
        commitment.actions.set(actions)
        commitment.add_owners(Actor.objects.expand_groups(owners, as_of=as_of), status=status, recorded_by=recorded_by)
    return commitment


def _single_group(owners: Sequence[Actor]) -> Actor | None:
    groups = [actor for actor in owners if actor.kind == Actor.Kind.GROUP]
    return groups[0] if len(groups) == 1 else None


def status_set_many(
    *,
    pairs: Iterable[CommitmentOwner],
    status: Status,
    recorded_by,
    effective_at: datetime.datetime | None = None,
    narrative: str = "",
    evidence_url: str = "",
    evidence_is_public: bool = True,
) -> list[StatusUpdate]:
    """Record the same status change for many (commitment, owner) pairs: all of them, or none.

    Each pair gets its own StatusUpdate (and its own copy of the evidence link).
    """
    effective_at = effective_at or timezone.now()
    updates = []
    with transaction.atomic():
        for pair in pairs:
            evidence = [Evidence(url=evidence_url, is_public=evidence_is_public)] if evidence_url else []
            try:
                update = pair.commitment.record_status(
                    actor=pair.actor,
                    status=status,
                    recorded_by=recorded_by,
                    effective_at=effective_at,
                    narrative=narrative,
                    evidence=evidence,
                )
            except ValidationError as error:
                raise ValidationError(
                    _("%(owner)s on “%(commitment)s”: %(error)s")
                    % {"owner": pair.actor, "commitment": pair.commitment, "error": "; ".join(error.messages)}
                ) from error
            updates.append(update)
    return updates


def commitments_edit_links(
    *,
    commitments: Iterable[Commitment],
    add_themes: Iterable[Theme] = (),
    remove_themes: Iterable[Theme] = (),
    add_actions: Iterable[Action] = (),
    remove_actions: Iterable[Action] = (),
) -> int:
    """Add or remove themes and actions on many commitments at once. Returns how many were edited."""
    add_themes, remove_themes = list(add_themes), list(remove_themes)
    add_actions, remove_actions = list(add_actions), list(remove_actions)
    count = 0
    with transaction.atomic():
        for commitment in commitments:
            commitment.themes.add(*add_themes)
            commitment.themes.remove(*remove_themes)
            commitment.actions.add(*add_actions)
            commitment.actions.remove(*remove_actions)
            # Saving records the edit in the commitment's history and marks it changed for sync clients.
            commitment.save(update_fields=["updated_at"])
            count += 1
    return count
