"""The admin of tracking: commitments with their owners and status history, owner rows, the history itself."""

from django.contrib import admin
from django.db.models import Count
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from import_export.admin import ExportMixin, ImportExportModelAdmin
from simple_history.admin import SimpleHistoryAdmin

from actors.models import Actor
from commitments.admin.helpers import excerpt, new_inline_rows, run_intermediate_action
from commitments.forms import (
    CommitmentAdminForm,
    CommitmentOwnerInlineForm,
    EditLinksForm,
    ExtendToNewPartiesForm,
    SetStatusForm,
    StatusUpdateInlineForm,
)
from commitments.models import Commitment, CommitmentOwner, Evidence, StatusUpdate
from commitments.resources import CommitmentOwnerResource, CommitmentResource, StatusUpdateResource
from commitments.services import (
    commitment_owners_add,
    commitments_edit_links,
    commitments_extend_to_new_parties,
    status_record,
    status_set_many,
)
from tracker.admin import PublishingActions

# A collective commitment has one owner per State Party: its owner list starts folded.
COLLAPSE_OWNERS_ABOVE = 12


class NotReportedForFilter(admin.SimpleListFilter):
    """Owners whose status has not been reported on for a chosen period."""

    title = _("not reported on for")
    parameter_name = "not_reported_for"
    periods = {"90": _("3 months"), "180": _("6 months"), "365": _("1 year"), "730": _("2 years")}

    def lookups(self, request, model_admin):
        return list(self.periods.items())

    def queryset(self, request, queryset):
        if self.value() not in self.periods:
            return queryset
        return self.stale(queryset, CommitmentOwner.objects.not_reported_for(int(self.value())))

    def stale(self, queryset, stale_owners):
        return queryset.filter(pk__in=stale_owners.values("pk"))


class CommitmentNotReportedForFilter(NotReportedForFilter):
    title = _("an owner not reported on for")

    def stale(self, queryset, stale_owners):
        return queryset.filter(pk__in=stale_owners.values("commitment_id"))


def _set_status(modeladmin, request, queryset, pairs_of):
    def apply(form, rows):
        updates = status_set_many(
            pairs=pairs_of(rows),
            status=form.cleaned_data["status"],
            recorded_by=request.user,
            effective_at=form.cleaned_data["effective_at"],
            narrative=form.cleaned_data["narrative"],
            evidence_url=form.cleaned_data["evidence_url"],
            evidence_is_public=form.cleaned_data["evidence_is_public"],
        )
        return ngettext("Recorded %(n)d status update.", "Recorded %(n)d status updates.", len(updates)) % {
            "n": len(updates)
        }

    return run_intermediate_action(
        modeladmin, request, queryset, form_class=SetStatusForm, title=_("Set status"), apply=apply
    )


class CommitmentOwnerInline(admin.TabularInline):
    model = CommitmentOwner
    form = CommitmentOwnerInlineForm
    fields = ("actor", "status", "status_effective_at", "response")
    readonly_fields = ("status_effective_at",)
    autocomplete_fields = ("actor",)
    extra = 0
    verbose_name_plural = _("owners and their current status")

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("actor", "status")

    def has_change_permission(self, request, obj=None):
        # Existing rows are compact and read-only: statuses change through the history below.
        return False

    def has_delete_permission(self, request, obj=None):
        return False


class StatusUpdateInline(admin.TabularInline):
    """Adding a row is how a status changes: for one of the commitment's owners (the picker offers only those)."""

    model = StatusUpdate
    form = StatusUpdateInlineForm
    fields = ("actor", "to_status", "effective_at", "narrative", "evidence_url", "evidence_file", "evidence_is_public")
    extra = 1
    verbose_name = _("status change")
    verbose_name_plural = _("change a status (fill in a row)")

    def get_queryset(self, request):
        return super().get_queryset(request).none()  # past rows are in the history below

    def get_formset(self, request, obj=None, **kwargs):
        formset = super().get_formset(request, obj, **kwargs)
        if obj is not None:
            formset.form.base_fields["actor"].queryset = Actor.objects.filter(owner_links__commitment=obj).order_by(
                "name_en"
            )
        return formset

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


class StatusHistoryInline(admin.TabularInline):
    """The status history, read-only and compact (one short line per change, at 1366 px): who, from → to, when,
    the narrative's start, the evidence's links. First statuses are in the full history (linked above)."""

    model = StatusUpdate
    fields = ("actor", "change", "effective_at", "narrative_excerpt", "evidence_links", "recorded_by")
    readonly_fields = fields
    extra = 0
    ordering = ("-effective_at",)
    verbose_name_plural = _("status history")

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .filter(from_status__isnull=False)
            .select_related("actor", "from_status", "to_status", "recorded_by")
            .prefetch_related("evidence")
        )

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    @admin.display(description=_("change"))
    def change(self, update):
        return f"{update.from_status} → {update.to_status}"

    @admin.display(description=_("narrative"))
    def narrative_excerpt(self, update):
        # What the tracker wrote itself (a withdrawal) in the reader's language, as the public pages show it.
        return excerpt(update.narrative_text, 120)

    @admin.display(description=_("evidence"))
    def evidence_links(self, update):
        return format_html_join(", ", '<a href="{}">{}</a>', ((_evidence_href(e), e) for e in update.evidence.all()))


def _evidence_href(evidence: Evidence) -> str:
    if evidence.url:
        return evidence.url
    if evidence.file:
        return evidence.file.url
    return evidence.paragraph.get_absolute_url()


@admin.register(Commitment)
class CommitmentAdmin(PublishingActions, ImportExportModelAdmin, SimpleHistoryAdmin):
    form = CommitmentAdminForm
    resource_classes = [CommitmentResource]
    list_display = (
        "text_excerpt",
        "kind",
        "source",
        "owner_summary",
        "overall_status",
        "progress",
        "is_published",
        "updated_at",
    )
    list_filter = (
        "is_published",
        "kind",
        "overall_status",
        ("owners", admin.RelatedOnlyFieldListFilter),
        "themes",
        "actions__plan",
        ("actions", admin.RelatedOnlyFieldListFilter),
        ("paragraph__document", admin.RelatedOnlyFieldListFilter),
        ("paragraph__document__meeting", admin.RelatedOnlyFieldListFilter),
        CommitmentNotReportedForFilter,
    )
    search_fields = (
        "text",
        "paragraph__text",
        "paragraph__document__title",
        "paragraph__document__symbol",
        "=owners__iso3",
    )
    autocomplete_fields = ("paragraph", "speaker", "themes", "actions")
    readonly_fields = ("source_paragraph", "overall_status", "progress", "history_link", "created_at", "updated_at")
    fieldsets = (
        (None, {"fields": ("kind", "paragraph", "source_paragraph", "text", "speaker", "is_published", "version")}),
        (_("Links"), {"fields": ("themes", "actions", "target_date")}),
        (_("Implementation"), {"fields": ("overall_status", "progress", "history_link", "created_at", "updated_at")}),
    )
    inlines = [StatusUpdateInline, StatusHistoryInline, CommitmentOwnerInline]
    actions = ["set_status", "edit_links", "extend_to_new_parties", "publish", "unpublish"]
    list_per_page = 50

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .select_related("paragraph__document", "overall_status")
            .annotate(owner_count=Count("owner_links", distinct=True))
        )

    def get_export_resource_kwargs(self, request, **kwargs):
        return {**super().get_export_resource_kwargs(request, **kwargs), "root": request.build_absolute_uri("/")[:-1]}

    def get_inlines(self, request, obj):
        # Owners and history come once the commitment exists.
        return self.inlines if obj is not None else []

    def get_inline_instances(self, request, obj=None):
        instances = super().get_inline_instances(request, obj)
        for inline in instances:
            if isinstance(inline, CommitmentOwnerInline) and obj.owner_links.count() > COLLAPSE_OWNERS_ABOVE:
                inline.classes = ["collapse"]
        return instances

    @admin.display(description=_("text"))
    def text_excerpt(self, commitment):
        return excerpt(commitment.text)

    @admin.display(description=_("source"), ordering="paragraph")
    def source(self, commitment):
        paragraph = commitment.paragraph
        return format_html(
            '<a href="{}">{} ¶ {}</a>',
            paragraph.get_absolute_url(),
            excerpt(paragraph.document.title, 40),
            paragraph.display_label,
        )

    @admin.display(description=_("owners"), ordering="owner_count")
    def owner_summary(self, commitment):
        return commitment.owner_count

    @admin.display(description=_("full status history"))
    def history_link(self, commitment):
        url = reverse("admin:commitments_statusupdate_changelist")
        count = commitment.status_updates.count()
        label = ngettext("%(n)d entry", "%(n)d entries", count) % {"n": count}
        return format_html('<a href="{}?commitment__id__exact={}">{}</a>', url, commitment.pk, label)

    @admin.display(description=_("paragraph text"))
    def source_paragraph(self, commitment):
        if commitment.paragraph_id is None:
            return "—"
        paragraph = commitment.paragraph
        return format_html(
            '<blockquote style="margin:0;max-width:60em">{}</blockquote><a href="{}">{}</a>',
            paragraph.text,
            paragraph.get_absolute_url(),
            _("Open in the document"),
        )

    def save_formset(self, request, form, formset, change):
        if formset.model is CommitmentOwner:
            self._save_owners(request, form.instance, formset)
        elif formset.model is StatusUpdate:
            self._save_status_updates(request, form.instance, formset)
        else:
            super().save_formset(request, form, formset, change)

    def _save_owners(self, request, commitment, formset):
        """New owners go through the service, so that a group becomes its States and each first status starts
        the history."""
        for owner_form in new_inline_rows(formset):
            owners = commitment_owners_add(
                commitment=commitment,
                actors=[owner_form.cleaned_data["actor"]],
                status=owner_form.cleaned_data["status"],
                response=owner_form.cleaned_data.get("response", ""),
                recorded_by=request.user,
            )
            formset.new_objects.extend(owners)

    def _save_status_updates(self, request, commitment, formset):
        """A new history row is a status change: it goes through the ``status_record`` service."""
        for update_form in new_inline_rows(formset):
            data = update_form.cleaned_data
            update = status_record(
                commitment=commitment,
                actor=data["actor"],
                status=data["to_status"],
                recorded_by=request.user,
                effective_at=data["effective_at"],
                narrative=data["narrative"],
                evidence=update_form.evidence(),
            )
            formset.new_objects.append(update)

    @admin.action(description=_("Set status of the selected commitments' owners"), permissions=["change"])
    def set_status(self, request, queryset):
        return _set_status(
            self,
            request,
            queryset,
            lambda rows: CommitmentOwner.objects.filter(commitment__in=rows).select_related("commitment", "actor"),
        )

    @admin.action(description=_("Extend collective commitments to States that joined later"), permissions=["change"])
    def extend_to_new_parties(self, request, queryset):
        def apply(form, rows):
            count = commitments_extend_to_new_parties(
                commitments=rows.select_related("speaker", "paragraph__document"),
                states=form.cleaned_data["states"],
                recorded_by=request.user,
            )
            return ngettext("Added %(n)d ownership.", "Added %(n)d ownerships.", count) % {"n": count}

        return run_intermediate_action(
            self,
            request,
            queryset,
            form_class=ExtendToNewPartiesForm,
            title=_("Extend to States that joined later"),
            apply=apply,
        )

    @admin.action(description=_("Add or remove themes and actions, add owners"), permissions=["change"])
    def edit_links(self, request, queryset):
        def apply(form, rows):
            count = commitments_edit_links(commitments=rows, recorded_by=request.user, **form.cleaned_data)
            return ngettext("Edited %(n)d commitment.", "Edited %(n)d commitments.", count) % {"n": count}

        return run_intermediate_action(
            self, request, queryset, form_class=EditLinksForm, title=_("Edit themes and actions"), apply=apply
        )


@admin.register(CommitmentOwner)
class CommitmentOwnerAdmin(ExportMixin, SimpleHistoryAdmin):
    """Where each owner stands: one row per (commitment, owner), with when it was last reported on."""

    resource_classes = [CommitmentOwnerResource]
    list_display = ("commitment_excerpt", "actor", "status", "status_effective_at", "response", "document")
    list_filter = (
        "status",
        NotReportedForFilter,
        "actor__kind",
        "commitment__kind",
        "commitment__themes",
        ("actor", admin.RelatedOnlyFieldListFilter),
        ("commitment__paragraph__document", admin.RelatedOnlyFieldListFilter),
        "response",
    )
    search_fields = ("commitment__text", "actor__name_en", "=actor__iso3", "actor__acronym")
    list_select_related = ("commitment__paragraph__document", "actor", "status")
    fields = ("commitment", "actor", "status", "status_effective_at", "response")
    readonly_fields = ("commitment", "actor", "status", "status_effective_at")
    actions = ["set_status"]

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    @admin.display(description=_("commitment"), ordering="commitment")
    def commitment_excerpt(self, owner):
        url = reverse("admin:commitments_commitment_change", args=[owner.commitment_id])
        return format_html('<a href="{}">{}</a>', url, excerpt(owner.commitment.text, 90))

    @admin.display(description=_("document"))
    def document(self, owner):
        return owner.commitment.paragraph.document

    @admin.action(description=_("Set status of the selected owners"), permissions=["change"])
    def set_status(self, request, queryset):
        return _set_status(self, request, queryset, lambda rows: rows.select_related("commitment", "actor"))


class EvidenceInline(admin.TabularInline):
    model = Evidence
    fields = ("url", "file", "paragraph", "description", "is_public")
    autocomplete_fields = ("paragraph",)
    extra = 0

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(StatusUpdate)
class StatusUpdateAdmin(ExportMixin, admin.ModelAdmin):
    """The append-only history, read-only. Evidence can be added to a past update, never removed."""

    resource_classes = [StatusUpdateResource]
    list_display = (
        "commitment_excerpt",
        "actor",
        "from_status",
        "to_status",
        "effective_at",
        "recorded_by",
        "recorded_at",
    )
    list_filter = ("to_status", "from_status", ("actor", admin.RelatedOnlyFieldListFilter), "recorded_by")
    search_fields = ("narrative", "commitment__text", "=actor__iso3", "actor__name_en")
    date_hierarchy = "effective_at"
    list_select_related = ("commitment", "actor", "from_status", "to_status", "recorded_by")
    readonly_fields = (
        "commitment",
        "actor",
        "from_status",
        "to_status",
        "effective_at",
        "narrative",
        "recorded_by",
        "recorded_at",
    )
    inlines = [EvidenceInline]

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def save_model(self, request, obj, form, change):
        """Only evidence is added here; the update itself is never re-saved."""

    @admin.display(description=_("commitment"), ordering="commitment")
    def commitment_excerpt(self, update):
        return excerpt(update.commitment.text, 90)
