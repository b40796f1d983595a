from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ActorsConfig(AppConfig):
    """States, organisations and groups: reference data that sources and commitments both point to."""

    name = "actors"
    verbose_name = _("Actors")
