"""The enumerations of actors: the one place their values are spelled out."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ActorKind(models.TextChoices):
    """Kinds of actor."""

    STATE = "state", _("State")
    ORGANISATION = "organisation", _("Organisation")
    GROUP = "group", _("Group")


class ActorTreatyStatus(models.TextChoices):
    """A State's status under the Convention on a given day: derived from its dates, never stored."""

    STATE_PARTY = "state_party", _("State Party")
    SIGNATORY = "signatory", _("Signatory")
    WITHDRAWN = "withdrawn", _("Withdrawn")
    NOT_PARTY = "not_party", _("Not a party")
