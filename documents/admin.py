"""The staff admin for sources: meetings, documents and their paragraphs."""

from django.contrib import admin
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from import_export.admin import ImportExportModelAdmin
from simple_history.admin import SimpleHistoryAdmin

from documents.models import Document, Meeting, Paragraph
from documents.resources import DocumentResource, MeetingResource


@admin.register(Meeting)
class MeetingAdmin(ImportExportModelAdmin, SimpleHistoryAdmin):
    resource_classes = [MeetingResource]
    list_display = ("title", "kind", "number", "city", "country", "start_date", "end_date", "document_count")
    list_filter = ("kind", "country")
    search_fields = ("title", "city", "slug")
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


@admin.register(Document)
class DocumentAdmin(ImportExportModelAdmin, SimpleHistoryAdmin):
    resource_classes = [DocumentResource]
    list_display = ("title", "symbol", "kind", "language", "date", "meeting", "paragraph_count", "view_link")
    list_filter = ("kind", "language", ("meeting", admin.RelatedOnlyFieldListFilter))
    search_fields = ("title", "symbol")
    date_hierarchy = "date"
    autocomplete_fields = ("meeting", "author", "translation_of")
    readonly_fields = ("checksum", "created_at", "updated_at")
    list_select_related = ("meeting",)
    inlines = [ParagraphInline]

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
    list_display = ("document", "display_label", "position", "heading", "language", "text_excerpt")
    list_filter = ("language", ("document", admin.RelatedOnlyFieldListFilter))
    search_fields = ("text", "=label", "heading", "document__title", "document__symbol")
    autocomplete_fields = ("document", "parent")
    list_select_related = ("document",)
    ordering = ("document", "position")

    @admin.display(description=_("text"))
    def text_excerpt(self, paragraph):
        return paragraph.text if len(paragraph.text) <= 120 else f"{paragraph.text[:119]}…"
