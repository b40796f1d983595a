from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ActorsConfig(AppConfig):
    """States, organisations and groups: reference data that sources and commitments both point to."""

    name = "actors"
    verbose_name = _("Actors")

    def load_reference_data(self, report) -> None:
        from actors.reference_data import load_organisations_and_groups, load_states
        from tracker.reference_data import ISU_STAFF_GROUP, app_permissions, grant

        load_states(report)
        load_organisations_and_groups(report)
        grant(report, ISU_STAFF_GROUP, app_permissions("actors"))
