from django.core.management.base import BaseCommand

from accounts.models import User
from tracker.audit import acting_as
from tracker.reference_data import load_reference_data


class Command(BaseCommand):
    help = "Load every app's reference data: States, groups, themes, Review Conferences, plans, rules, schedules."

    def handle(self, *args, **options) -> None:
        with acting_as(User.objects.system_user()):
            report = load_reference_data()
        for label, changed in report.changed.items():
            self.stdout.write(f"  {label}: {changed} created or changed")
        self.stdout.write(self.style.SUCCESS(f"Reference data loaded ({report.total} rows created or changed)."))
