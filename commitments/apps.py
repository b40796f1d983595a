from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CommitmentsConfig(AppConfig):
    name = "commitments"
    verbose_name = _("Commitments")

    def ready(self) -> None:
        from commitments import receivers  # noqa: F401  (follows documents' publication)
        from commitments.extraction import receivers as extraction_receivers  # noqa: F401  (follows ingestion)
