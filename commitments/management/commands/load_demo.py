from django.conf import settings
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import transaction

from accounts.models import User
from commitments.reference_data import ISU_STAFF_GROUP

DEMO_USERNAME = "isu-demo"
DEMO_PASSWORD = "mine-free-world"


class Command(BaseCommand):
    help = "Load the reference data and the demo content; in demo mode, create a demo ISU staff user."

    def handle(self, *args, **options) -> None:
        call_command("load_reference_data", stdout=self.stdout)
        if settings.DEMO_MODE:
            self._ensure_demo_user()
        else:
            self.stdout.write("Not in demo mode (DATABASE_URL is set): no demo user created.")

    @transaction.atomic
    def _ensure_demo_user(self) -> None:
        user, created = User.objects.get_or_create(
            username=DEMO_USERNAME, defaults={"is_staff": True, "first_name": "ISU", "last_name": "Demo"}
        )
        if created:
            user.set_password(DEMO_PASSWORD)
            user.save(update_fields=["password"])
        user.groups.add(*Group.objects.filter(name=ISU_STAFF_GROUP))
        self.stdout.write(
            self.style.SUCCESS(f"Demo ISU staff user: {DEMO_USERNAME} / {DEMO_PASSWORD} (demo mode only)")
        )
