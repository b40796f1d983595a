from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

# name -> (task, crontab minute, hour, day of week, keyword arguments); the reminders' period is their "days".
PERIODIC_TASKS = {
    "Weekly digest of changes to followers (Mondays)": ("notifications.tasks.send_digests", "0", "6", "1", {"days": 7}),
    "Remind of commitments past their target date with no update": (
        "notifications.tasks.send_reminders",
        "30",
        "6",
        "1",
        {"days": 90},
    ),
}


class NotificationsConfig(AppConfig):
    name = "notifications"
    verbose_name = _("Notifications")

    def ready(self) -> None:
        from notifications import receivers  # noqa: F401  (follows status changes)

    def load_reference_data(self, report) -> None:
        from tracker.reference_data import (
            FOCAL_POINT_GROUP,
            ISU_STAFF_GROUP,
            app_permissions,
            grant,
            named_permissions,
            schedule,
        )

        grant(report, ISU_STAFF_GROUP, app_permissions("notifications"))
        watching = ["add_watch", "view_watch", "delete_watch"]
        grant(report, FOCAL_POINT_GROUP, named_permissions("notifications", watching))
        schedule(report, PERIODIC_TASKS)
