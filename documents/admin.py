"""The staff admin for sources: meetings, documents and their paragraphs."""

from django import forms
from django.contrib import admin
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from import_export.admin import ImportExportModelAdmin
from simple_history.admin import SimpleHistoryAdmin

from documents.forms import IngestionUploadForm
from documents.models import Document, Footnote, IngestionJob, Meeting, Paragraph
from documents.resources import DocumentResource, MeetingResource
from documents.services import ingestion_job_create, ingestion_job_retry
from tracker.admin import PublishingActions


@admin.register(Meeting)
class MeetingAdmin(ImportExportModelAdmin, SimpleHistoryAdmin):
    resource_classes = [MeetingResource]
    list_display = ("title", "kind", "number", "city", "country", "start_date", "end_date", "document_count")
    list_filter = ("kind", "country")
    search_fields = ("title", "title_fr", "title_es", "city", "slug")
    date_hierarchy = "start_date"
    prepopulated_fields = {"slug": ("title",)}

    def get_queryset(self, request):
        return super().get_queryset(request).with_document_count()

    @admin.display(description=_("documents"), ordering="document_count")
    def document_count(self, meeting):
        return meeting.document_count


class ParagraphInline(admin.TabularInline):
    model = Paragraph
    fk_name = "document"
    fields = ("position", "label", "parent", "heading", "language", "text")
    readonly_fields = fields
    extra = 0
    show_change_link = True
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("parent")


class FootnoteInline(admin.TabularInline):
    model = Footnote
    extra = 0


@admin.register(Document)
class DocumentAdmin(PublishingActions, ImportExportModelAdmin, SimpleHistoryAdmin):
    resource_classes = [DocumentResource]
    list_display = (
        "title",
        "symbol",
        "kind",
        "language",
        "date",
        "meeting",
        "paragraph_count",
        "is_published",
        "view_link",
    )
    actions = ["publish", "unpublish"]
    list_filter = ("is_published", "kind", "language", ("meeting", admin.RelatedOnlyFieldListFilter))
    search_fields = ("title", "symbol")
    date_hierarchy = "date"
    autocomplete_fields = ("meeting", "author", "translation_of")
    list_select_related = ("meeting",)
    inlines = [ParagraphInline, FootnoteInline]
    readonly_fields = ("checksum", "created_at", "updated_at", "corrected_version")

    @admin.display(description=_("corrected version"))
    def corrected_version(self, document):
        if document.pk is None:
            return "—"
        url = reverse("admin:documents_ingestionjob_add")
        return format_html('<a href="{}?replaces={}">{}</a>', url, document.pk, _("Upload a corrected version"))

    def get_queryset(self, request):
        return super().get_queryset(request).with_paragraph_count()

    @admin.display(description=_("paragraphs"), ordering="paragraph_count")
    def paragraph_count(self, document):
        return document.paragraph_count

    @admin.display(description=_("view"))
    def view_link(self, document):
        return format_html('<a href="{}">{}</a>', document.get_absolute_url(), _("open"))


@admin.register(Paragraph)
class ParagraphAdmin(SimpleHistoryAdmin):
    list_display = ("document", "label_shown", "position", "heading", "language", "text_excerpt")
    list_filter = ("language", ("document", admin.RelatedOnlyFieldListFilter))
    search_fields = ("text", "=label", "heading", "document__title", "document__symbol")
    autocomplete_fields = ("document", "parent")
    list_select_related = ("document",)
    ordering = ("document", "position")

    @admin.display(description=_("label as printed"), ordering="label")
    def label_shown(self, paragraph):
        return paragraph.display_label

    @admin.display(description=_("text"))
    def text_excerpt(self, paragraph):
        return paragraph.text if len(paragraph.text) <= 120 else f"{paragraph.text[:119]}…"


@admin.register(IngestionJob)
class IngestionJobAdmin(admin.ModelAdmin):
    """Uploads for ingestion and how each one went: pending, running, done or failed (with the reason)."""

    form = IngestionUploadForm
    list_display = (
        "original_name",
        "state_badge",
        "document_link",
        "paragraph_count",
        "error",
        "created_by",
        "created_at",
    )
    list_filter = ("state",)
    search_fields = ("original_name", "error", "document__title")
    list_select_related = ("document", "created_by")
    actions = ["retry"]
    readonly_fields = (
        "original_name",
        "state",
        "error",
        "document_link",
        "options",
        "replaces",
        "report_view",
        "checksum",
        "created_by",
        "created_at",
        "started_at",
        "finished_at",
        "task_id",
    )

    def get_fieldsets(self, request, obj=None):
        if obj is None:
            upload = ("upload", "kind", "meeting", "symbol", "date", "language", "title", "replaces")
            return [(None, {"fields": upload})]
        return [(None, {"fields": self.readonly_fields})]

    def get_readonly_fields(self, request, obj=None):
        return self.readonly_fields if obj is not None else ()

    def get_form(self, request, obj=None, change=False, **kwargs):
        if obj is not None:
            kwargs["form"] = forms.ModelForm
            kwargs["fields"] = []
        return super().get_form(request, obj, change=change, **kwargs)

    def has_change_permission(self, request, obj=None):
        return False

    def save_model(self, request, obj, form, change):
        upload = form.cleaned_data["upload"]
        ingestion_job_create(
            name=upload.name,
            data=form.data_bytes,
            overrides=form.overrides(),
            user=request.user,
            replaces=form.cleaned_data.get("replaces"),
            job=obj,
        )

    @admin.action(description=_("Run the selected failed jobs again"), permissions=["add"])
    def retry(self, request, queryset):
        count = sum(ingestion_job_retry(job) for job in queryset.filter(state=IngestionJob.State.FAILED))
        self.message_user(
            request, ngettext("Queued %(n)d job again.", "Queued %(n)d jobs again.", count) % {"n": count}
        )

    @admin.display(description=_("state"), ordering="state")
    def state_badge(self, job):
        colours = {
            IngestionJob.State.PENDING: "#777",
            IngestionJob.State.RUNNING: "#1f6fb2",
            IngestionJob.State.DONE: "#2e7d32",
            IngestionJob.State.FAILED: "#c62828",
        }
        return format_html('<strong style="color:{}">{}</strong>', colours[job.state], job.get_state_display())

    @admin.display(description=_("document"))
    def document_link(self, job):
        if job.document_id is None:
            return "—"
        url = reverse("admin:documents_document_change", args=[job.document_id])
        return format_html('<a href="{}">{}</a>', url, job.document)

    @admin.display(description=_("paragraphs"))
    def paragraph_count(self, job):
        return job.report.get("paragraphs", "—")

    @admin.display(description=_("report"))
    def report_view(self, job):
        if not job.report:
            return "—"
        vanished = job.report.get("vanished") or []
        lines = format_html_join("", "<li>{} {}</li>", ((v["label"] or "¶", v["text"][:120]) for v in vanished))
        created = _("new document") if job.report.get("created") else _("already ingested or corrected version")
        return format_html(
            "{} · {} {}<ul>{}</ul>",
            created,
            job.report.get("paragraphs"),
            _("paragraphs"),
            lines or format_html("<li>{}</li>", _("no paragraph vanished")),
        )
