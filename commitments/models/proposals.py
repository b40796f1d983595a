"""Status updates proposed by delegations (or drafted by staff), waiting for ISU staff to approve or return them.

A proposal is never public: only its approval records a status update, through ``Commitment.record_status``."""

from __future__ import annotations

from django.conf import settings
from django.core.validators import URLValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from actors.models import Actor, FocalPoint
from commitments.evidence_files import validate_evidence_file
from commitments.models.tracking import Commitment, Status, StatusUpdate
from tracker.audit import history_user_getter
from tracker.db import choices_constraint


class ProposalState(models.TextChoices):
    PENDING = "pending", _("Pending review")
    APPROVED = "approved", _("Approved")
    RETURNED = "returned", _("Returned")


REVIEWER_PERMISSION = "commitments.change_statusproposal"


class StatusProposalQuerySet(models.QuerySet):
    def visible_to(self, user) -> StatusProposalQuerySet:
        """Staff see every proposal; a focal point sees its own State's; anyone else none."""
        if user and user.is_authenticated and user.has_perm(REVIEWER_PERMISSION):
            return self
        state = FocalPoint.state_of(user)
        return self.filter(actor=state) if state else self.none()

    def pending(self) -> StatusProposalQuerySet:
        return self.filter(state=ProposalState.PENDING)


class StatusProposal(models.Model):
    """A status update for one (commitment, State) pair, proposed with its narrative and evidence."""

    State = ProposalState

    commitment = models.ForeignKey(
        Commitment, on_delete=models.CASCADE, related_name="proposals", verbose_name=_("commitment")
    )
    actor = models.ForeignKey(Actor, on_delete=models.PROTECT, related_name="proposals", verbose_name=_("owner"))
    status = models.ForeignKey(Status, on_delete=models.PROTECT, related_name="+", verbose_name=_("proposed status"))
    narrative = models.TextField(_("narrative"), blank=True)
    evidence_url = models.URLField(
        _("evidence link"), max_length=500, blank=True, validators=[URLValidator(schemes=["http", "https"])]
    )
    evidence_description = models.CharField(_("evidence description"), max_length=300, blank=True)
    evidence_file = models.FileField(
        _("evidence file"),
        upload_to="proposals/%Y/",
        blank=True,
        validators=[validate_evidence_file],
        help_text=_("A PDF, image or office document of at most 10 MB."),
    )
    proposed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="proposals", verbose_name=_("proposed by")
    )
    proposed_at = models.DateTimeField(_("proposed at"), auto_now_add=True)
    state = models.CharField(_("state"), max_length=12, choices=ProposalState.choices, default=ProposalState.PENDING)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("reviewed by"),
    )
    reviewed_at = models.DateTimeField(_("reviewed at"), null=True, blank=True)
    review_comment = models.TextField(_("comment from the ISU"), blank=True)
    status_update = models.OneToOneField(
        StatusUpdate,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="proposal",
        verbose_name=_("recorded update"),
    )

    objects = StatusProposalQuerySet.as_manager()
    history = HistoricalRecords(get_user=history_user_getter)

    class Meta:
        verbose_name = _("proposed status update")
        verbose_name_plural = _("proposed status updates")
        ordering = ["-proposed_at", "-id"]
        indexes = [models.Index(fields=["actor", "state", "-proposed_at"], name="commitments_proposal_by_state")]
        constraints = [
            choices_constraint("state", ProposalState),
            # One proposal waits at a time for a pair: a second would race the first.
            models.UniqueConstraint(
                fields=["commitment", "actor"],
                condition=Q(state="pending"),
                name="%(app_label)s_%(class)s_one_pending_per_pair",
            ),
        ]

    def __str__(self) -> str:
        text = self.commitment.text
        text = text if len(text) <= 60 else f"{text[:59]}…"
        return f"{self.actor}, “{text}”: {self.status} ({self.get_state_display()})"
