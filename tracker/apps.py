from django.apps import AppConfig


class TrackerConfig(AppConfig):
    name = "tracker"
    verbose_name = "Tracker"

    def ready(self) -> None:
        from tracker import checks  # noqa: F401  (registers the system checks)

    def load_reference_data(self, report) -> None:
        from tracker.reference_data import schedule

        schedule(report, {"Send the tasks the broker did not take (outbox)": ("tracker.outbox.drain_outbox", "*", "*")})
