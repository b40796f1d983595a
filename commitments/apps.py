from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CommitmentsConfig(AppConfig):
    name = "commitments"
    verbose_name = _("Commitments")

    def ready(self) -> None:
        from commitments import receivers  # noqa: F401  (follows documents' publication)

    def load_reference_data(self, report) -> None:
        from commitments.reference_data import load_reference_data

        load_reference_data(report)
