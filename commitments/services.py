"""Every write on commitments goes through here: the admin, the API, imports, the review and tasks call these.

Two model methods write status history, and only these services call them: ``Commitment.add_owners`` (an
owner's first status) and ``Commitment.record_status`` (every change after it).
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Sequence
from functools import partial

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from actors.models import Actor
from commitments.models import Action, Commitment, CommitmentOwner, Evidence, Status, StatusUpdate, Theme
from commitments.tasks import refresh_rollups_for_status
from documents.models import Paragraph


class StaleVersion(Exception):
    """The commitment changed since the caller read it (its ETag no longer matches)."""


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
    references: list | None = None,
) -> Commitment:
    """Create a commitment with its owners, each starting with ``status``.

    A group that stands for the States Parties ("We, the States Parties...") is tracked State by State:
    it becomes the speaker, and each State that was a party by the document's date becomes an owner.
    """
    with transaction.atomic():
        commitment = Commitment(
            paragraph=paragraph,
            kind=kind,
            text=text,
            speaker=speaker or _single_group(owners),
            target_date=target_date,
            references=references or [],
        )
        commitment.full_clean()
        commitment.save()
        commitment.themes.set(themes)
        commitment.actions.set(actions)
        commitment.add_owners(owners, status=status, recorded_by=recorded_by)
    return commitment


def _single_group(owners: Sequence[Actor]) -> Actor | None:
    groups = [actor for actor in owners if actor.kind == Actor.Kind.GROUP]
    return groups[0] if len(groups) == 1 else None


def commitment_update(
    *,
    commitment: Commitment,
    user,
    expected_etag: str | None = None,
    kind: str | None = None,
    text: str | None = None,
    target_date: datetime.date | type[Ellipsis] | None = ...,
    themes: Iterable[Theme] | None = None,
    actions: Iterable[Action] | None = None,
    add_owners: Iterable[Actor] = (),
) -> Commitment:
    """Edit a commitment's fields and links, and add owners (never removed), refusing a stale edit.

    The commitment is locked before ``expected_etag`` is compared, so of two editors who read the same version
    exactly one succeeds. Unchanged arguments (None, or ``...`` for the target date) are left as they are."""
    with transaction.atomic():
        commitment = Commitment.objects.select_for_update().select_related("paragraph__document").get(pk=commitment.pk)
        if expected_etag is not None and expected_etag.strip() not in ("*", commitment.etag):
            raise StaleVersion()
        commitment.kind = kind if kind is not None else commitment.kind
        commitment.text = text if text is not None else commitment.text
        if target_date is not ...:
            commitment.target_date = target_date
        commitment.full_clean()
        commitment._history_user = user
        commitment.save()
        if themes is not None:
            commitment.themes.set(themes)
        if actions is not None:
            commitment.actions.set(actions)
        commitment_owners_add(commitment=commitment, actors=add_owners, recorded_by=user)
    return commitment


def commitment_owners_add(
    *,
    commitment: Commitment,
    actors: Iterable[Actor],
    recorded_by,
    status: Status | None = None,
    response: str = "",
) -> list[CommitmentOwner]:
    """Add owners (groups become their States), each starting at ``status`` (default: not started)."""
    actors = list(actors)
    if not actors:
        return []
    status = status or Status.by_key(Status.NOT_STARTED)
    return commitment.add_owners(actors, status=status, recorded_by=recorded_by, response=response)


def status_record(
    *,
    commitment: Commitment,
    actor: Actor,
    status: Status,
    recorded_by,
    effective_at: datetime.datetime | None = None,
    narrative: str = "",
    evidence: Iterable[Evidence] = (),
    expected_etag: str | None = None,
) -> StatusUpdate:
    """Record one owner's new status. With ``expected_etag``, refuse it if the commitment changed since read;
    the check happens under the commitment's lock, so concurrent writers with the same ETag get one success."""
    with transaction.atomic():
        locked = Commitment.objects.select_for_update().get(pk=commitment.pk)
        if expected_etag is not None and expected_etag.strip() not in ("*", locked.etag):
            raise StaleVersion()
        return locked.record_status(
            actor=actor,
            status=status,
            recorded_by=recorded_by,
            effective_at=effective_at,
            narrative=narrative,
            evidence=evidence,
        )


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
    recorded_by=None,
    add_themes: Iterable[Theme] = (),
    remove_themes: Iterable[Theme] = (),
    add_actions: Iterable[Action] = (),
    remove_actions: Iterable[Action] = (),
    add_owners: Iterable[Actor] = (),
) -> int:
    """Add or remove themes and actions, and add owners, on many commitments at once. Returns how many."""
    add_themes, remove_themes = list(add_themes), list(remove_themes)
    add_actions, remove_actions = list(add_actions), list(remove_actions)
    add_owners = list(add_owners)
    count = 0
    with transaction.atomic():
        for commitment in commitments:
            commitment.themes.add(*add_themes)
            commitment.themes.remove(*remove_themes)
            commitment.actions.add(*add_actions)
            commitment.actions.remove(*remove_actions)
            commitment_owners_add(commitment=commitment, actors=add_owners, recorded_by=recorded_by)
            # Saving records the edit in the commitment's history and marks it changed for sync clients.
            commitment.save(update_fields=["updated_at"])
            count += 1
    return count


def status_vocabulary_save(*, status: Status) -> Status:
    """Save a status of the vocabulary. When its percentage or 'closed' flag changed, the commitments that use
    it are recomputed by a task sent once the change is committed."""
    stored = Status.objects.filter(pk=status.pk).first() if status.pk else None
    with transaction.atomic():
        status.save()
        if status.rollup_fields_differ_from(stored):
            transaction.on_commit(partial(refresh_rollups_for_status.delay, status.pk))
    return status
