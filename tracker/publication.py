"""Publishing and withdrawing drafts: the one writer of ``is_published``, for documents and commitments alike."""

from django.db import transaction
from django.dispatch import Signal

# Sent inside the transaction, after rows changed publication. Sender: the model; keyword ``objects``.
publication_changed = Signal()


def set_published(queryset, value: bool) -> int:
    """Publish (or make drafts of) the rows of ``queryset``; each change is kept in their history. Returns how many
    changed."""
    with transaction.atomic():
        # Locked through a plain query on the ids: the admin's querysets carry GROUP BYs, which FOR UPDATE refuses.
        ids = list(queryset.values_list("pk", flat=True))
        rows = queryset.model._default_manager.filter(pk__in=ids).exclude(is_published=value)
        changed = list(rows.select_for_update().order_by("pk"))
        for row in changed:
            row.is_published = value
            row.save(update_fields=["is_published", "updated_at"])
        if changed:
            publication_changed.send(sender=queryset.model, objects=changed)
    return len(changed)
