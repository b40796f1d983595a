"""Extraction: the pattern tables the extractor reads, and the candidates it proposes for review."""

from __future__ import annotations

import re

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from actors.models import Actor
from commitments.models import Action, Commitment, CommitmentKind, ReviewState, RuleKind, Theme
from tracker.audit import history_user_getter
from tracker.db import choices_constraint


class ExtractionRule(models.Model):
    """A phrase that signals operative language of one kind in one language: the extractor's pattern table.

    Loaded from ``extraction/rules/<language>.csv`` by ``load_reference_data``; staff can add or
    switch off rules in the admin. A negative weight marks language that is not a commitment (thanks, questions).
    """

    Kind = RuleKind

    language = models.CharField(_("language"), max_length=3)
    kind = models.CharField(_("kind"), max_length=16, choices=Kind.choices)
    pattern = models.CharField(_("pattern (regular expression)"), max_length=300)
    weight = models.FloatField(_("weight"), default=1.0)
    note = models.CharField(_("note"), max_length=200, blank=True)
    is_active = models.BooleanField(_("active"), default=True)

    history = HistoricalRecords(get_user=history_user_getter)

    class Meta:
        verbose_name = _("extraction rule")
        verbose_name_plural = _("extraction rules")
        ordering = ["language", "kind", "pattern"]
        constraints = [
            models.UniqueConstraint(fields=["language", "pattern"], name="%(app_label)s_%(class)s_unique_pattern"),
            choices_constraint("kind", RuleKind),
        ]
        indexes = [
            # The extractor loads the active rules of one language.
            models.Index(fields=["language", "kind", "pattern"], name="extraction_rule_by_language"),
        ]

    def __str__(self) -> str:
        return f"{self.language} {self.kind}: {self.pattern}"

    def clean(self) -> None:
        try:
            re.compile(self.pattern)
        except re.error as error:
            message = _("Not a valid regular expression: %(error)s") % {"error": error}
            raise ValidationError({"pattern": message}) from error


class Candidate(models.Model):
    """A commitment the system proposes from a paragraph. Nothing becomes a commitment until a person accepts it."""

    Review = ReviewState

    paragraph = models.ForeignKey(
        "documents.Paragraph", on_delete=models.CASCADE, related_name="candidates", verbose_name=_("paragraph")
    )
    # A paragraph whose sentences commit different owners ("Norway will fund ... Japan will train ...") gives one
    # candidate per sentence, numbered from 1; otherwise the paragraph gives one candidate, part 0.
    part = models.PositiveSmallIntegerField(_("statement in the paragraph"), default=0)
    document = models.ForeignKey(
        "documents.Document", on_delete=models.CASCADE, related_name="candidates", verbose_name=_("document")
    )
    kind = models.CharField(_("kind"), max_length=16, choices=CommitmentKind.choices)
    text = models.TextField(_("text"))
    confidence = models.FloatField(_("confidence"))
    matches = models.JSONField(_("matched words"), default=list, help_text=_("[[start, end, kind], ...]"))
    owners = models.ManyToManyField(Actor, blank=True, related_name="candidates", verbose_name=_("owners"))
    # Why each proposed owner: [{"owner": code, "where": "paragraph"|"heading"|"title"|"speaker"|"document",
    # "words": ..., "start": offset in the paragraph, heading or title}], so staff see the words that gave it and
    # correct in one click.
    owner_evidence = models.JSONField(_("why these owners"), default=list, blank=True)
    speaker = models.ForeignKey(
        Actor, on_delete=models.PROTECT, null=True, blank=True, related_name="+", verbose_name=_("made by")
    )
    actions = models.ManyToManyField(
        Action, blank=True, related_name="candidates", verbose_name=_("actions referred to")
    )
    themes = models.ManyToManyField(Theme, blank=True, related_name="candidates", verbose_name=_("themes"))
    references = models.JSONField(_("references"), default=list, blank=True)
    suggestions = models.JSONField(_("suggested actions and themes"), default=dict, blank=True)
    status = models.CharField(_("status"), max_length=16, choices=Review.choices, default=Review.PENDING)
    reject_reason = models.CharField(_("reason for rejecting"), max_length=300, blank=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="reviewed_candidates",
        verbose_name=_("reviewed by"),
    )
    reviewed_at = models.DateTimeField(_("reviewed at"), null=True, blank=True)
    commitment = models.OneToOneField(
        Commitment,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="candidate",
        verbose_name=_("commitment"),
    )
    created_at = models.DateTimeField(_("proposed at"), auto_now_add=True)

    history = HistoricalRecords(get_user=history_user_getter, m2m_fields=[owners, actions, themes])

    class Meta:
        verbose_name = _("candidate commitment")
        verbose_name_plural = _("candidate commitments")
        ordering = ["document", "paragraph__position", "part"]
        indexes = [
            # The review queue: a document's candidates waiting for a decision.
            models.Index(
                fields=["document", "status"],
                condition=Q(status=ReviewState.PENDING),
                name="extraction_candidate_queue",
            ),
        ]
        constraints = [
            choices_constraint("status", ReviewState),
            models.UniqueConstraint(fields=["paragraph", "part"], name="%(app_label)s_%(class)s_one_per_statement"),
            models.CheckConstraint(
                condition=~Q(status=ReviewState.REJECTED) | ~Q(reject_reason=""),
                name="%(app_label)s_%(class)s_rejection_has_reason",
            ),
            models.CheckConstraint(
                condition=~Q(status=ReviewState.ACCEPTED) | Q(commitment__isnull=False),
                name="%(app_label)s_%(class)s_acceptance_has_commitment",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} ({self.confidence:.2f}): {self.text[:70]}"
