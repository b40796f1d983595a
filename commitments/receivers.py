"""How commitments follow the lower layers' announcements."""

from django.dispatch import receiver
from django.utils import timezone

from documents.models import Document
from tracker.publication import publication_changed


@receiver(publication_changed, sender=Document, dispatch_uid="commitments.document_publication")
def touch_commitments_of_documents(sender, objects, **kwargs) -> None:
    """A document published or taken back changes what the public sees of its commitments: mark them changed, so
    that clients syncing with ``updated_since`` pick them up (or learn they are gone)."""
    from commitments.models import Commitment

    Commitment.objects.filter(paragraph__document__in=objects).update(updated_at=timezone.now())
