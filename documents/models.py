"""Sources: the meetings where texts are adopted, the documents, and their paragraphs as printed."""

import re

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from simple_history.models import HistoricalRecords

from documents.choices import DocumentKind, JobState, Language, MeetingKind
from documents.querysets import DocumentQuerySet, MeetingQuerySet, ParagraphQuerySet
from tracker.audit import history_user_getter
from tracker.db import choices_constraint


class Meeting(models.Model):
    """A conference or meeting where documents are adopted or delivered."""

    Kind = MeetingKind

    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    kind = models.CharField(_("kind"), max_length=24, choices=Kind.choices)
    number = models.PositiveSmallIntegerField(
        _("number"), null=True, blank=True, help_text=_("e.g. 4 for the Fourth Review Conference")
    )
    title = models.CharField(_("title"), max_length=300)
    # Only where a source gives the meeting's name in that language (commitments/reference/meeting-titles.csv);
    # blank shows the English title.
    title_fr = models.CharField(_("title (French)"), max_length=300, blank=True)
    title_es = models.CharField(_("title (Spanish)"), max_length=300, blank=True)
    city = models.CharField(_("city"), max_length=120, blank=True)
    country = CountryField(_("country"), blank=True)
    start_date = models.DateField(_("start date"))
    end_date = models.DateField(_("end date"))

    objects = MeetingQuerySet.as_manager()
    history = HistoricalRecords(get_user=history_user_getter)

    class Meta:
        verbose_name = _("meeting")
        verbose_name_plural = _("meetings")
        ordering = ["-start_date", "slug"]
        indexes = [
            # The meeting list and its admin are ordered newest first.
            models.Index(fields=["-start_date", "slug"], name="documents_meeting_by_date"),
        ]
        constraints = [
            choices_constraint("kind", MeetingKind),
            models.CheckConstraint(
                condition=Q(end_date__gte=F("start_date")), name="%(app_label)s_%(class)s_ends_after_start"
            ),
            models.UniqueConstraint(
                fields=["kind", "number"],
                condition=Q(number__isnull=False),
                name="%(app_label)s_%(class)s_unique_numbered_kind",
            ),
        ]

    def __str__(self) -> str:
        return self.localized_title

    def get_absolute_url(self) -> str:
        """The public list of its documents."""
        return f"{reverse('dashboards:documents')}?meeting={self.slug}"

    def clean(self) -> None:
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("A meeting cannot end before it starts.")})

    @property
    def localized_title(self) -> str:
        """The title in the active language where a source gives it, the English title otherwise."""
        language = (get_language() or "en")[:2]
        return {"fr": self.title_fr, "es": self.title_es}.get(language) or self.title


class Document(models.Model):
    """A source text: a declaration, an action plan, a statement... in one language."""

    Kind = DocumentKind

    symbol = models.CharField(
        _("symbol or reference"), max_length=120, blank=True, help_text=_("e.g. APLC/CONF/2019/5/Add.1")
    )
    title = models.CharField(_("title"), max_length=500)
    # The official title in French or Spanish where a source gives it (documents/reference/document-titles.csv);
    # blank shows ``title``, in the document's own language.
    title_fr = models.CharField(_("title (French)"), max_length=500, blank=True)
    title_es = models.CharField(_("title (Spanish)"), max_length=500, blank=True)
    kind = models.CharField(_("kind"), max_length=24, choices=Kind.choices, default=Kind.OTHER)
    meeting = models.ForeignKey(
        Meeting,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="documents",
        verbose_name=_("meeting"),
    )
    date = models.DateField(_("date"), null=True, blank=True)
    author = models.ForeignKey(
        "actors.Actor",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="authored_documents",
        verbose_name=_("author"),
    )
    language = models.CharField(_("language"), max_length=3, choices=Language.choices, default=Language.ENGLISH)
    translation_of = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="translations",
        verbose_name=_("same document in another language"),
    )
    source_url = models.URLField(_("source URL"), max_length=500, blank=True)
    source_file = models.FileField(_("source file"), upload_to="documents/%Y/", blank=True)
    checksum = models.CharField(_("SHA-256 of the source"), max_length=64, blank=True, editable=False)
    is_published = models.BooleanField(
        _("published"),
        default=True,
        db_default=True,  # rows loaded in bulk (COPY) are published too
        help_text=_("A draft, with its paragraphs and commitments, is seen by ISU staff only."),
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    objects = DocumentQuerySet.as_manager()
    history = HistoricalRecords(get_user=history_user_getter)

    class Meta:
        verbose_name = _("document")
        verbose_name_plural = _("documents")
        ordering = ["-date", "title"]
        indexes = [
            # Document lists are newest first.
            models.Index(fields=["-date", "title"], name="documents_document_by_date"),
        ]
        constraints = [
            choices_constraint("kind", DocumentKind),
            choices_constraint("language", Language),
            models.UniqueConstraint(
                fields=["symbol"], condition=~Q(symbol=""), name="%(app_label)s_%(class)s_unique_symbol"
            ),
            # Ingestion deduplicates on the checksum: the same file never makes a second document.
            models.UniqueConstraint(
                fields=["checksum"], condition=~Q(checksum=""), name="%(app_label)s_%(class)s_unique_checksum"
            ),
            models.CheckConstraint(
                condition=~Q(translation_of=F("id")), name="%(app_label)s_%(class)s_not_own_translation"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.symbol} {self.title}" if self.symbol else self.title

    def get_absolute_url(self) -> str:
        return reverse("dashboards:document", args=[self.pk])

    @property
    def localized_title(self) -> str:
        """The title in the reader's language where a source gives it, else the document's own."""
        return self._localized_title()[0]

    @property
    def title_language(self) -> str:
        """The language of ``localized_title``, for its ``lang`` attribute."""
        return self._localized_title()[1]

    def _localized_title(self) -> tuple[str, str]:
        language = (get_language() or "en")[:2]
        translated = {"fr": self.title_fr, "es": self.title_es}.get(language)
        return (translated, language) if translated and language != self.language else (self.title, self.language)


_ANCHOR_UNSAFE = re.compile(r"[^0-9a-z]+")


class Paragraph(models.Model):
    """One paragraph of a document, with its label exactly as printed (``13.``, ``(iv)``, ``a.`` or none)."""

    document = models.ForeignKey(
        Document, on_delete=models.CASCADE, related_name="paragraphs", verbose_name=_("document")
    )
    position = models.PositiveIntegerField(_("position"), help_text=_("Order in the document, from 1."))
    label = models.CharField(_("label as printed"), max_length=24, blank=True)
    parent = models.ForeignKey(
        "self",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="children",
        verbose_name=_("parent paragraph"),
    )
    heading = models.CharField(_("heading"), max_length=500, blank=True)
    language = models.CharField(_("language"), max_length=3, choices=Language.choices, default=Language.ENGLISH)
    text = models.TextField(_("text"))
    anchor = models.SlugField(_("anchor"), max_length=80, help_text=_("Stable part of the paragraph's permanent link."))
    withdrawn_at = models.DateTimeField(
        _("withdrawn"),
        null=True,
        blank=True,
        help_text=_("Set when a corrected version of the document no longer has this paragraph."),
    )

    objects = ParagraphQuerySet.as_manager()
    history = HistoricalRecords(get_user=history_user_getter)

    class Meta:
        verbose_name = _("paragraph")
        verbose_name_plural = _("paragraphs")
        # The (document, position) unique constraint's index serves this ordering.
        ordering = ["document", "position"]
        constraints = [
            models.UniqueConstraint(fields=["document", "position"], name="%(app_label)s_%(class)s_unique_position"),
            models.UniqueConstraint(fields=["document", "anchor"], name="%(app_label)s_%(class)s_unique_anchor"),
            models.CheckConstraint(condition=~Q(text=""), name="%(app_label)s_%(class)s_text_not_empty"),
            models.CheckConstraint(condition=Q(position__gte=1), name="%(app_label)s_%(class)s_position_from_one"),
            choices_constraint("language", Language),
        ]

    def __str__(self) -> str:
        return f"{self.document} ¶ {self.display_label}"

    def get_absolute_url(self) -> str:
        """The permanent link: the document page, scrolled to this paragraph."""
        return f"{reverse('dashboards:document', args=[self.document_id])}#{self.anchor}"

    @property
    def display_label(self) -> str:
        return self.label or f"[{self.position}]"

    @staticmethod
    def make_anchor(label: str, position: int, parent_anchor: str = "") -> str:
        """``13.`` -> ``p13``; ``a.`` under ``6.`` -> ``p6-a``; an unnumbered paragraph -> ``n<position>``."""
        key = _ANCHOR_UNSAFE.sub("", label.lower())
        if not key:
            return f"n{position}"
        return f"{parent_anchor}-{key}" if parent_anchor else f"p{key}"


class Footnote(models.Model):
    """A footnote of a document (``* Reproduced as received...``): kept with the document, not a paragraph."""

    document = models.ForeignKey(
        Document, on_delete=models.CASCADE, related_name="footnotes", verbose_name=_("document")
    )
    position = models.PositiveIntegerField(_("position"))
    text = models.TextField(_("text"))

    class Meta:
        verbose_name = _("footnote")
        verbose_name_plural = _("footnotes")
        ordering = ["document", "position"]
        constraints = [
            models.UniqueConstraint(fields=["document", "position"], name="%(app_label)s_%(class)s_unique_position"),
        ]

    def __str__(self) -> str:
        return self.text[:80]


class IngestionJob(models.Model):
    """One run of the ingestion pipeline over one file, with its state for the people who started it."""

    State = JobState

    source_file = models.FileField(_("file"), upload_to="ingestion/%Y/%m/")
    original_name = models.CharField(_("original file name"), max_length=255)
    checksum = models.CharField(_("SHA-256"), max_length=64, db_index=True)
    state = models.CharField(_("state"), max_length=16, choices=State.choices, default=State.PENDING)
    error = models.TextField(_("error"), blank=True)
    options = models.JSONField(
        _("overrides"), default=dict, blank=True, help_text=_("Kind, meeting, symbol, date, language, title.")
    )
    replaces = models.ForeignKey(
        Document,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="corrections",
        verbose_name=_("corrected version of"),
    )
    document = models.ForeignKey(
        Document,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="ingestion_jobs",
        verbose_name=_("document"),
    )
    report = models.JSONField(_("report"), default=dict, blank=True)
    task_id = models.CharField(_("task id"), max_length=64, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="ingestion_jobs",
        verbose_name=_("started by"),
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    started_at = models.DateTimeField(_("started at"), null=True, blank=True)
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)

    class Meta:
        verbose_name = _("ingestion job")
        verbose_name_plural = _("ingestion jobs")
        ordering = ["-created_at", "-id"]
        indexes = [
            # The admin list, newest first.
            models.Index(fields=["-created_at", "-id"], name="documents_job_by_creation"),
            # Workers and the admin look for unfinished jobs.
            models.Index(
                fields=["state"],
                condition=Q(state__in=[JobState.PENDING, JobState.RUNNING]),
                name="documents_job_unfinished",
            ),
        ]
        constraints = [
            choices_constraint("state", JobState),
        ]

    def __str__(self) -> str:
        return f"{self.original_name} ({self.get_state_display()})"
