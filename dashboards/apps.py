from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DashboardsConfig(AppConfig):
    name = "dashboards"
    verbose_name = _("Dashboards")

    def ready(self) -> None:
        from dashboards import receivers  # noqa: F401  (follows changes of commitments to refresh the summaries)

    def load_reference_data(self, report) -> None:
        from tracker.reference_data import schedule

        schedule(
            report,
            {
                "Recompute the dashboards' figures (after a broker outage)": (
                    "dashboards.tasks.refresh_summaries",
                    "*/10",
                    "*",
                )
            },
        )
