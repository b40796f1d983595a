"""What the documents app announces. It knows nothing of the apps above it: they listen.

- ``document_stored(document, created)``: sent inside the ingestion transaction, once the paragraphs are stored,
  so that what a listener stores with the document (an action plan's actions) commits or rolls back with it.
- ``document_ingested(document)``: sent after that transaction has committed, for new or corrected text only
  (a file already ingested sends nothing); listeners queue work such as proposing commitments.
"""

from django.dispatch import Signal

document_stored = Signal()
document_ingested = Signal()
