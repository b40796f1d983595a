from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "accounts"
    verbose_name = _("Accounts")

    def ready(self) -> None:
        from accounts import backends, schema  # noqa: F401  (the login-attempt signal; the token scheme in the schema)

    def load_reference_data(self, report) -> None:
        from tracker.reference_data import ISU_STAFF_GROUP, grant, named_permissions

        grant(
            report,
            ISU_STAFF_GROUP,
            named_permissions("accounts", ["view_user", "add_apitoken", "change_apitoken", "view_apitoken"]),
        )
