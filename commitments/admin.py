"""The staff admin for commitments: review, owners, statuses over time, batch edits."""

from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.db.models import Count
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from import_export.admin import ExportMixin, ImportExportModelAdmin
from simple_history.admin import SimpleHistoryAdmin

from commitments.forms import CommitmentOwnerInlineForm, EditLinksForm, SetStatusForm, StatusUpdateInlineForm
from commitments.models import (
    Action,
    ActionPlan,
    ActionPlanSection,
    Actor,
    Commitment,
    CommitmentOwner,
    Evidence,
    ExtractionRule,
    Status,
    StatusUpdate,
    Theme,
)
from commitments.resources import (
    ActorResource,
    CommitmentOwnerResource,
    CommitmentResource,
    StatusUpdateResource,
    ThemeResource,
)
from commitments.services import commitments_edit_links, status_set_many

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


def _excerpt(text: str, length: int = 110) -> str:
    return text if len(text) <= length else f"{text[: length - 1]}…"


def _run_intermediate_action(modeladmin, request, queryset, *, form_class, title, apply):
    """Show ``form_class`` for the selected rows; on submit call ``apply(form, queryset)``."""
    form = form_class(request.POST if "apply" in request.POST else None)
    if "apply" in request.POST and form.is_valid():
        try:
            message = apply(form, queryset)
        except ValidationError as error:
            modeladmin.message_user(request, " ".join(error.messages), messages.ERROR)
            return None
        modeladmin.message_user(request, message, messages.SUCCESS)
        return None
    context = {
        **modeladmin.admin_site.each_context(request),
        "title": title,
        "form": form,
        "queryset": queryset,
        "count": queryset.count(),
        "opts": modeladmin.model._meta,
        "action": request.POST.get("action"),
        "select_across": request.POST.get("select_across", "0"),
        "selected": request.POST.getlist(admin.helpers.ACTION_CHECKBOX_NAME),
        "query_string": request.GET.urlencode(),
    }
    return TemplateResponse(request, "admin/commitments/intermediate_action.html", context)


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

    return _run_intermediate_action(
        modeladmin, request, queryset, form_class=SetStatusForm, title=_("Set status"), apply=apply
    )


@admin.register(Actor)
class ActorAdmin(ImportExportModelAdmin, SimpleHistoryAdmin):
    resource_classes = [ActorResource]
    list_display = (
        "name_en",
        "kind",
        "iso3",
        "acronym",
        "treaty_status",
        "ratification_year",
        "entry_into_force",
        "commitment_count",
    )
    list_filter = ("kind", "treaty_status", "expands_to_states_parties")
    search_fields = ("name_en", "name_fr", "name_es", "iso3", "acronym", "slug")
    ordering = ("kind", "name_en")
    prepopulated_fields = {"slug": ("name_en",)}

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(commitment_count=Count("owner_links"))

    @admin.display(description=_("commitments"), ordering="commitment_count")
    def commitment_count(self, actor):
        return actor.commitment_count


@admin.register(Theme)
class ThemeAdmin(ImportExportModelAdmin, SimpleHistoryAdmin):
    resource_classes = [ThemeResource]
    list_display = ("name_en", "name_fr", "name_es", "slug", "position")
    list_editable = ("position",)
    search_fields = ("name_en", "name_fr", "name_es", "slug")
    prepopulated_fields = {"slug": ("name_en",)}


@admin.register(Status)
class StatusAdmin(SimpleHistoryAdmin):
    list_display = (
        "name_en",
        "name_fr",
        "name_es",
        "key",
        "progress",
        "is_closed",
        "requires_justification",
        "position",
    )
    list_editable = ("position",)
    search_fields = ("name_en", "key")


class ActionPlanSectionInline(admin.TabularInline):
    model = ActionPlanSection
    extra = 0


@admin.register(ActionPlan)
class ActionPlanAdmin(SimpleHistoryAdmin):
    list_display = ("name_en", "code", "symbol", "meeting", "period_start", "period_end", "action_count")
    search_fields = ("name_en", "code", "symbol")
    autocomplete_fields = ("meeting", "document")
    inlines = [ActionPlanSectionInline]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("meeting").annotate(action_count=Count("actions"))

    @admin.display(description=_("actions"), ordering="action_count")
    def action_count(self, plan):
        return plan.action_count


@admin.register(Action)
class ActionAdmin(SimpleHistoryAdmin):
    list_display = ("ref", "plan", "section", "text_excerpt", "theme_list")
    list_filter = ("plan", "themes", ("section", admin.RelatedOnlyFieldListFilter))
    search_fields = ("text", "plan__code", "plan__name_en", "=number")
    autocomplete_fields = ("paragraph", "themes")
    list_select_related = ("plan", "section")

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("themes")

    def get_search_results(self, request, queryset, search_term):
        """'OAP-23' finds action 23 of the Oslo Action Plan."""
        code, _, number = search_term.strip().rpartition("-")
        if code and number.isdigit():
            return queryset.filter(plan__code__iexact=code, number=int(number)), False
        return super().get_search_results(request, queryset, search_term)

    @admin.display(description=_("reference"), ordering="number")
    def ref(self, action):
        return action.ref

    @admin.display(description=_("text"))
    def text_excerpt(self, action):
        return _excerpt(action.text) if action.text else _("(text not ingested yet)")

    @admin.display(description=_("themes"))
    def theme_list(self, action):
        return ", ".join(theme.name for theme in action.themes.all())


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
    """The status history: past rows read-only; adding a row is how a status changes."""

    model = StatusUpdate
    form = StatusUpdateInlineForm
    fields = (
        "actor",
        "from_status",
        "to_status",
        "effective_at",
        "narrative",
        "evidence_links",
        "recorded_by",
        "evidence_url",
        "evidence_file",
        "evidence_is_public",
    )
    readonly_fields = ("from_status", "evidence_links", "recorded_by")
    extra = 1
    ordering = ("-effective_at",)
    verbose_name_plural = _("status history (add a row to change a status)")

    def get_queryset(self, request):
        # First statuses, given when owners are added, are in the full history (linked above), not here.
        return (
            super()
            .get_queryset(request)
            .filter(from_status__isnull=False)
            .select_related("actor", "from_status", "to_status", "recorded_by")
            .prefetch_related("evidence")
        )

    def get_fields(self, request, obj=None):
        return self.fields

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    @admin.display(description=_("evidence"))
    def evidence_links(self, update):
        if update.pk is None:
            return ""
        return format_html_join(", ", '<a href="{}">{}</a>', ((_evidence_href(e), e) for e in update.evidence.all()))


def _evidence_href(evidence: Evidence) -> str:
    if evidence.url:
        return evidence.url
    if evidence.file:
        return evidence.file.url
    return evidence.paragraph.get_absolute_url()


@admin.register(Commitment)
class CommitmentAdmin(ImportExportModelAdmin, SimpleHistoryAdmin):
    resource_classes = [CommitmentResource]
    list_display = ("text_excerpt", "kind", "source", "owner_summary", "overall_status", "progress", "updated_at")
    list_filter = (
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
        (None, {"fields": ("kind", "paragraph", "source_paragraph", "text", "speaker")}),
        (_("Links"), {"fields": ("themes", "actions", "target_date")}),
        (_("Implementation"), {"fields": ("overall_status", "progress", "history_link", "created_at", "updated_at")}),
    )
    inlines = [StatusUpdateInline, CommitmentOwnerInline]
    actions = ["set_status", "edit_links"]
    list_per_page = 50

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .select_related("paragraph__document", "overall_status")
            .annotate(owner_count=Count("owner_links", distinct=True))
        )

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
        return _excerpt(commitment.text)

    @admin.display(description=_("source"), ordering="paragraph")
    def source(self, commitment):
        paragraph = commitment.paragraph
        return format_html(
            '<a href="{}">{} ¶ {}</a>',
            paragraph.get_absolute_url(),
            _excerpt(paragraph.document.title, 40),
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
        """New owners go through ``add_owner`` so that their first status starts the history."""
        formset.new_objects, formset.changed_objects, formset.deleted_objects = [], [], []
        for owner_form in formset.forms:
            if owner_form.instance.pk or not owner_form.has_changed() or not owner_form.cleaned_data:
                continue
            owner = commitment.add_owner(
                owner_form.cleaned_data["actor"],
                status=owner_form.cleaned_data["status"],
                response=owner_form.cleaned_data.get("response", ""),
                recorded_by=request.user,
            )
            formset.new_objects.append(owner)

    def _save_status_updates(self, request, commitment, formset):
        """A new history row is a status change: it goes through ``record_status``."""
        formset.new_objects, formset.changed_objects, formset.deleted_objects = [], [], []
        for update_form in formset.forms:
            if update_form.instance.pk or not update_form.has_changed() or not update_form.cleaned_data:
                continue
            data = update_form.cleaned_data
            update = commitment.record_status(
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

    @admin.action(description=_("Add or remove themes and actions"), permissions=["change"])
    def edit_links(self, request, queryset):
        def apply(form, rows):
            count = commitments_edit_links(commitments=rows, **form.cleaned_data)
            return ngettext("Edited %(n)d commitment.", "Edited %(n)d commitments.", count) % {"n": count}

        return _run_intermediate_action(
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
        return format_html('<a href="{}">{}</a>', url, _excerpt(owner.commitment.text, 90))

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
        return _excerpt(update.commitment.text, 90)


@admin.register(ExtractionRule)
class ExtractionRuleAdmin(SimpleHistoryAdmin):
    """The extractor's pattern tables, one per language: staff read, add and switch off rules here."""

    list_display = ("pattern", "language", "kind", "weight", "is_active", "note")
    list_filter = ("language", "kind", "is_active")
    list_editable = ("weight", "is_active")
    search_fields = ("pattern", "note")
