"""How the extractor follows ingestion: connected to the documents app's signals in ``CommitmentsConfig.ready``."""

from django.dispatch import receiver

from documents.signals import document_ingested, document_stored
from extraction.action_plans import fill_plan_from_document
from tracker.outbox import enqueue


@receiver(document_stored, dispatch_uid="commitments.fill_action_plan")
def fill_action_plan(sender, document, **kwargs) -> None:
    """An ingested action plan fills its plan's sections and actions, in the ingestion's transaction."""
    fill_plan_from_document(document)


@receiver(document_ingested, dispatch_uid="commitments.propose")
def propose(sender, document, **kwargs) -> None:
    """New or corrected text: propose its commitments for review, in a task sent once this commits."""
    enqueue("extraction.tasks.propose_commitments", document.pk)
