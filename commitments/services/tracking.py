"""Every write on commitments goes through here: the admin, the API, imports, the review and tasks call these.

Two model methods write status history, and only these services call them: ``Commitment.add_owners`` (an
owner's first status) and ``Commitment.record_status`` (every change after it).
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Sequence

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.models import User
from actors.models import Actor
from commitments.models import Action, Commitment, CommitmentOwner, Evidence, Status, StatusUpdate, Theme
from documents.models import Paragraph
from tracker.outbox import enqueue


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
    A commitment has at least one owner: with none (or a group with no State Party by that date) nothing is
    stored and ValidationError names ``owners``.
    """
    if not owners:
        raise ValidationError({"owners": _("A commitment needs at least one owner.")})
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
        if not commitment_owners_add(commitment=commitment, actors=owners, status=status, recorded_by=recorded_by):
            raise ValidationError({"owners": _("A commitment needs at least one owner.")})  # rolls back the row
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
    adopted = commitment.paragraph.document.date
    actors = Actor.objects.expand_groups(actors, as_of=adopted)
    if not actors:
        return []
    status = status or Status.by_key(Status.NOT_STARTED)
    today = timezone.localdate()
    gone = [actor for actor in actors if actor.withdrawal_effective and actor.withdrawal_effective <= today]
    staying = [actor for actor in actors if actor not in gone]
    added = commitment.add_owners(staying, status=status, recorded_by=recorded_by, response=response)
    if gone:
        # A State that was a party when the text was adopted but has withdrawn since owned it from the adoption
        # until its withdrawal. Its first status is dated on the adoption, so that the closing can be dated on the
        # day the withdrawal took effect, not on the day the text was loaded (with no date of adoption, or a
        # withdrawal before it, both are dated now).
        dated = adopted and all(adopted < actor.withdrawal_effective for actor in gone)
        since = _start_of(adopted) if dated else None
        closing = commitment.add_owners(
            gone, status=status, recorded_by=recorded_by, response=response, effective_at=since
        )
        ownerships_close_after_withdrawal(pairs=closing)
        added += closing
    return added


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
            enqueue("commitments.tasks.refresh_rollups_for_status", status.pk)
    return status


def withdrawals_apply(*, today: datetime.date | None = None) -> int:
    """Close the open ownerships of every State whose withdrawal has taken effect by ``today``. Idempotent: a
    closed ownership is never touched again. Returns how many were closed."""
    withdrawn = Actor.objects.withdrawn_by(today or timezone.localdate())
    pairs = CommitmentOwner.objects.filter(actor__in=withdrawn, status__is_closed=False)
    return ownerships_close_after_withdrawal(pairs=pairs.select_related("actor", "commitment"))


def ownerships_close_after_withdrawal(*, pairs: Iterable[CommitmentOwner]) -> int:
    """Move each pair to 'no longer applicable' through its history, effective on the day the State's withdrawal
    took effect (or just after the pair's latest update, when that came later), with a narrative saying why.
    What the State reported while a party stays in the history; progress leaves the closed pair out."""
    closed_status = Status.by_key(Status.NO_LONGER_APPLICABLE)
    system = User.objects.system_user()
    count = 0
    with transaction.atomic():
        for pair in pairs:
            effective = _start_of(pair.actor.withdrawal_effective)
            if effective > timezone.now() or pair.status.is_closed:
                continue
            latest = pair.status_effective_at + datetime.timedelta(microseconds=1)
            pair.commitment.record_status(
                actor=pair.actor,
                status=closed_status,
                recorded_by=system,
                effective_at=max(effective, latest),
                narrative=WITHDRAWAL_NARRATIVE % {"state": pair.actor.name_en, "date": pair.actor.withdrawal_effective},
                narrative_key="withdrawal",
                narrative_params={"state": pair.actor.iso3, "date": pair.actor.withdrawal_effective.isoformat()},
            )
            count += 1
    return count


# Stored in the history as written (the English of the record, for the API and exports) with its key and
# parameters, which pages and emails render in the reader's language (commitments/narratives.py).
WITHDRAWAL_NARRATIVE = (
    "%(state)s withdrew from the Convention with effect from %(date)s (Article 20): "
    "no longer applicable from that day. Closed automatically."
)


def _start_of(day: datetime.date) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))


def commitments_extend_to_new_parties(
    *, commitments: Iterable[Commitment], states: Iterable[Actor], recorded_by
) -> int:
    """The ISU's decision that States which joined after a text was adopted take on its collective commitments.

    Only commitments spoken by a group of all States Parties are extended; never done without this decision.
    Returns how many ownerships were added."""
    states = [state for state in states if state.kind == Actor.Kind.STATE]
    added = 0
    with transaction.atomic():
        for commitment in commitments:
            if commitment.speaker is None or not commitment.speaker.expands_to_states_parties:
                continue
            added += len(commitment_owners_add(commitment=commitment, actors=states, recorded_by=recorded_by))
    return added
