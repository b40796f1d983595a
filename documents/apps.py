from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DocumentsConfig(AppConfig):
    name = "documents"
    verbose_name = _("Sources")

    def load_reference_data(self, report) -> None:
        from documents.titles import document_titles_apply
        from tracker.reference_data import ISU_STAFF_GROUP, app_permissions, grant, schedule

        grant(report, ISU_STAFF_GROUP, app_permissions("documents"))
        report.count("document titles in French and Spanish", document_titles_apply())
        schedule(
            report,
            {
                "Fail ingestion jobs whose worker died, queue lost ones again": (
                    "documents.tasks.sweep_ingestion_jobs",
                    "*/5",
                    "*",
                )
            },
        )
