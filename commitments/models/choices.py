"""The enumerations of the commitments app: the one place their values are spelled out.

Models, constraints, filters and the API all refer to these classes, never to the plain strings."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class CommitmentKind(models.TextChoices):
    """Kinds of commitment."""

    COMMITMENT = "commitment", _("Commitment or pledge")
    RECOMMENDATION = "recommendation", _("Recommendation")
    CALL = "call", _("Call or appeal")
    OFFER = "offer", _("Offer of assistance")
    CONCLUSION = "conclusion", _("Conclusion")


class OwnerResponse(models.TextChoices):
    """An owner's response to a recommendation, as in UPR practice."""

    ACCEPTED = "accepted", _("Accepted")
    NOTED = "noted", _("Noted")
    SUPPORTED_IN_PART = "supported_in_part", _("Supported in part")


# What a phrase of the extractor's pattern tables signals: a kind of commitment, or nothing operative.
RuleKind = models.TextChoices(
    "RuleKind",
    [(kind.name, (kind.value, kind.label)) for kind in CommitmentKind]
    + [("NONE", ("none", _("Not operative (thanks, background, questions)")))],
)


class ReviewState(models.TextChoices):
    """Where a proposed commitment (a candidate) stands in the review queue."""

    PENDING = "pending", _("Pending review")
    ACCEPTED = "accepted", _("Accepted")
    REJECTED = "rejected", _("Rejected")


class ObligationKind(models.TextChoices):
    """What the Convention itself asks of each State, with a deadline."""

    STOCKPILE_DESTRUCTION = "stockpile_destruction", _("Stockpile destruction (Article 4)")
    CLEARANCE = "clearance", _("Mine clearance (Article 5)")
    INITIAL_REPORT = "initial_report", _("Initial transparency report (Article 7.1)")
    ANNUAL_REPORT = "annual_report", _("Annual transparency report (Article 7.2)")


class ObligationState(models.TextChoices):
    """Where an obligation stands today: derived from its dates, never stored."""

    PENDING = "pending", _("Pending")
    EXTENDED = "extended", _("Extended")
    OVERDUE = "overdue", _("Overdue")
    # The deadline passed and the data hold no later decision nor completion: nothing says it was missed.
    NOT_RECORDED = "not_recorded", _("Status after the deadline not recorded")
    COMPLETED = "completed", _("Completed")


class ObligationEventKind(models.TextChoices):
    """What a source says about an obligation's deadline (one row of the reference data)."""

    ORIGINAL = "original", _("Original deadline")
    EXTENSION = "extension", _("Extension granted")
    INTERIM_DEADLINE = "interim_deadline", _("Deadline in force")
    REQUEST_PENDING = "request_pending", _("Extension requested")
    COMPLETION = "completion", _("Completion declared")


class DatePrecision(models.TextChoices):
    """How much of a date a source gives: the day, only the month, or only the year."""

    DAY = "day", _("day")
    MONTH = "month", _("month")
    YEAR = "year", _("year")
