"""Users of the tracker: ISU staff, delegations and API clients."""

from django.contrib.auth.models import AbstractUser, UserManager
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from tracker.audit import history_user_getter

SYSTEM_USERNAME = "system"


class TrackerUserManager(UserManager):
    def system_user(self) -> "User":
        """The account that management commands and tasks act as when no person is named."""
        user, created = self.get_or_create(
            username=SYSTEM_USERNAME,
            defaults={"is_active": False, "first_name": "Tracker", "last_name": "(automatic)"},
        )
        if created:
            user.set_unusable_password()
            user.save(update_fields=["password"])
        return user


class User(AbstractUser):
    """A person or client account. Custom from the first migration so fields can be added later."""

    objects = TrackerUserManager()
    history = HistoricalRecords(get_user=history_user_getter, excluded_fields=["password", "last_login"])

    class Meta(AbstractUser.Meta):
        verbose_name = _("user")
        verbose_name_plural = _("users")
        ordering = ["username"]
