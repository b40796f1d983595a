"""Users of the tracker: ISU staff, delegations and API clients."""

from django.conf import settings
from django.contrib.auth.models import AbstractUser, Group, UserManager
from django.core.exceptions import PermissionDenied
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history import register as register_history
from simple_history.models import HistoricalRecords

from tracker.audit import history_user_getter

SYSTEM_USERNAME = "system"
TOKEN_OWNER_RULE = _("A token is issued by its own user (or by a superuser for a client account).")


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

    language = models.CharField(
        _("language"),
        max_length=8,
        choices=settings.LANGUAGES,
        default="en",
        help_text=_("Emails and the site speak to this user in this language."),
    )

    objects = TrackerUserManager()
    # Group and permission changes are kept too: who gave whom which rights, and when.
    history = HistoricalRecords(
        get_user=history_user_getter,
        excluded_fields=["password", "last_login"],
        m2m_fields=["groups", "user_permissions"],
    )

    class Meta(AbstractUser.Meta):
        verbose_name = _("user")
        verbose_name_plural = _("users")
        ordering = ["username"]


class ApiToken(models.Model):
    """A REST client's token: created in the admin, shown once, revocable, read-only or read-write.

    Only a SHA-256 digest of the key is stored, so a leaked database does not leak working tokens.
    """

    class Scope(models.TextChoices):
        READ = "read", _("Read only")
        WRITE = "write", _("Read and write")

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="api_tokens", verbose_name=_("user"))
    name = models.CharField(_("client name"), max_length=100, help_text=_("Who uses it, e.g. Landmine Monitor."))
    prefix = models.CharField(_("prefix"), max_length=8, editable=False)
    digest = models.CharField(_("digest"), max_length=64, unique=True, editable=False)
    scope = models.CharField(_("scope"), max_length=8, choices=Scope.choices, default=Scope.READ)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    last_used_at = models.DateTimeField(_("last used"), null=True, blank=True, editable=False)
    revoked_at = models.DateTimeField(_("revoked"), null=True, blank=True)
    issued_by = models.ForeignKey(
        User, on_delete=models.SET_NULL, null=True, blank=True, related_name="+", verbose_name=_("issued by")
    )

    # Issuing, renaming and revoking are kept with who did it.
    history = HistoricalRecords(get_user=history_user_getter, excluded_fields=["digest"])

    class Meta:
        verbose_name = _("API token")
        verbose_name_plural = _("API tokens")
        ordering = ["-created_at"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(scope__in=["read", "write"]), name="accounts_apitoken_scope_valid"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.prefix}…)"

    def save(self, *args, **kwargs):
        if self.pk is not None:
            stored = type(self).objects.filter(pk=self.pk).values_list("user_id", "digest").first()
            if stored is not None and stored != (self.user_id, self.digest):
                raise PermissionDenied(_("A token stays bound to its user and key for life: issue a new one."))
        super().save(*args, **kwargs)

    @staticmethod
    def hash(key: str) -> str:
        import hashlib

        return hashlib.sha256(key.encode()).hexdigest()

    @classmethod
    def issue(
        cls, *, user: User, name: str, scope: str = Scope.READ, issued_by: User | None = None
    ) -> tuple["ApiToken", str]:
        """A new token and its key; the key is not stored and cannot be shown again.

        A token acts for ``user`` and for nobody else, for life. It is issued by that user, or by a superuser for
        a user who is not a superuser (a client account the ISU runs): never by one user for a more powerful one.
        """
        import secrets

        if issued_by is not None and issued_by.pk != user.pk and not (issued_by.is_superuser and not user.is_superuser):
            raise PermissionDenied(TOKEN_OWNER_RULE)
        key = secrets.token_urlsafe(32)
        token = cls(user=user, name=name, scope=scope, prefix=key[:8], digest=cls.hash(key), issued_by=issued_by)
        token._history_user = issued_by
        token.save()
        return token, key

    def revoke(self, *, by: User | None) -> None:
        if self.revoked_at is None:
            self.revoked_at = timezone.now()
            self._history_user = by
            self.save(update_fields=["revoked_at"])

    @property
    def is_active(self) -> bool:
        return self.revoked_at is None and self.user.is_active

    @property
    def can_write(self) -> bool:
        return self.scope == self.Scope.WRITE


# Groups carry permissions: who changed a group's rights, and when, is kept like any other change.
register_history(
    Group,
    app="accounts",
    m2m_fields=["permissions"],
    get_user=history_user_getter,
    table_name="accounts_historicalgroup",
)
