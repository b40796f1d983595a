from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ExtractionConfig(AppConfig):
    """Reads ingested documents, proposes candidate commitments, and turns the accepted ones into commitments."""

    name = "extraction"
    verbose_name = _("Extraction and review")

    def ready(self) -> None:
        from extraction import checks, receivers  # noqa: F401  (registers the checks; follows ingestion)

    def load_reference_data(self, report) -> None:
        from extraction.reference_data import load_reference_data

        load_reference_data(report)
