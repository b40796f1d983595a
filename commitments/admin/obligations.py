"""The admin of the Convention's obligations: the calendar (what falls due, what is overdue), deadlines and their
extensions, completions and the transparency reports received."""

from django import forms
from django.contrib import admin
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from import_export import fields, resources
from import_export.admin import ExportMixin
from simple_history.admin import SimpleHistoryAdmin

from commitments.admin.helpers import new_inline_rows, run_intermediate_action
from commitments.models import DeadlineExtension, Obligation, ObligationEvent, ObligationState
from commitments.services import annual_reports_open, obligation_create, obligation_extend


class ObligationStateFilter(admin.SimpleListFilter):
    """Completed, overdue, extended or pending today, and what falls due in the next 12 months."""

    title = _("state")
    parameter_name = "state"

    def lookups(self, request, model_admin):
        return [*ObligationState.choices, ("due_12_months", _("Due in the next 12 months"))]

    def queryset(self, request, queryset):
        if self.value() == "due_12_months":
            return queryset.due_within(365)
        if self.value() in ObligationState.values:
            return queryset.with_state().filter(current_state=self.value())
        return queryset


class DeadlineExtensionInline(admin.TabularInline):
    """Past extensions read-only; adding a row records a new one (it moves the deadline)."""

    model = DeadlineExtension
    fields = ("previous_deadline", "new_deadline", "granted_on", "paragraph", "source", "recorded_by", "recorded_at")
    readonly_fields = ("previous_deadline", "source", "recorded_by", "recorded_at")
    autocomplete_fields = ("paragraph",)
    extra = 0

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


class ObligationEventInline(admin.TabularInline):
    """The sourced facts of the reference data (``commitments/reference/deadlines.csv``): read-only here, since
    ``load_reference_data`` brings the deadline in line with them; correct the file and load it again."""

    model = ObligationEvent
    fields = (
        "kind",
        "event_on",
        "event_precision",
        "meeting",
        "deadline",
        "deadline_precision",
        "source_url",
        "doubtful",
        "note",
    )
    readonly_fields = fields
    extra = 0

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


class ObligationResource(resources.ModelResource):
    state = fields.Field(attribute="actor__iso3", column_name="state", readonly=True)
    current_state = fields.Field(attribute="state", column_name="current_state", readonly=True)

    class Meta:
        model = Obligation
        fields = [
            "id",
            "state",
            "kind",
            "period",
            "original_deadline",
            "deadline",
            "deadline_derived",
            "completed_on",
            "current_state",
        ]
        export_order = fields


class OpenAnnualReportsForm(forms.Form):
    period = forms.IntegerField(
        label=_("calendar year reported on"), min_value=1999, max_value=2200, initial=timezone.localdate().year - 1
    )


@admin.register(Obligation)
class ObligationAdmin(ExportMixin, SimpleHistoryAdmin):
    resource_classes = [ObligationResource]
    list_display = (
        "actor",
        "kind",
        "period",
        "original_deadline",
        "deadline",
        "deadline_derived",
        "completed_on",
        "state_today",
        "on_time",
    )
    list_filter = (ObligationStateFilter, "kind", "period", "deadline_derived")
    search_fields = ("actor__name_en", "=actor__iso3", "notes")
    list_select_related = ("actor",)
    autocomplete_fields = ("actor", "source_paragraph")
    readonly_fields = ("original_deadline", "deadline", "deadline_derived", "state_today")
    fields = (
        "actor",
        "kind",
        "period",
        "original_deadline",
        "deadline",
        "deadline_derived",
        "state_today",
        "completed_on",
        "source_paragraph",
        "notes",
    )
    inlines = [ObligationEventInline, DeadlineExtensionInline]
    actions = ["open_annual_reports"]
    date_hierarchy = "deadline"

    def get_readonly_fields(self, request, obj=None):
        # The State and the kind define the deadline: fixed once the obligation exists.
        return self.readonly_fields + (("actor", "kind", "period") if obj else ())

    def save_model(self, request, obj, form, change):
        if change:
            super().save_model(request, obj, form, change)
            return
        created = obligation_create(
            actor=obj.actor, kind=obj.kind, period=obj.period, completed_on=obj.completed_on, notes=obj.notes
        )
        obj.pk = created.pk
        obj.refresh_from_db()

    def save_formset(self, request, form, formset, change):
        """A new extension row goes through ``obligation_extend``: it moves the deadline, forward only."""
        for row in new_inline_rows(formset):
            try:
                extension = obligation_extend(
                    obligation=form.instance,
                    new_deadline=row.cleaned_data["new_deadline"],
                    granted_on=row.cleaned_data.get("granted_on"),
                    paragraph=row.cleaned_data.get("paragraph"),
                    recorded_by=request.user,
                )
            except ValidationError as error:
                self.message_user(request, " ".join(error.messages), level="ERROR")
                continue
            formset.new_objects.append(extension)

    @admin.display(description=_("state today"))
    def state_today(self, obligation):
        return ObligationState(obligation.state).label

    @admin.display(description=_("on time"), boolean=True)
    def on_time(self, obligation):
        return obligation.on_time

    @admin.action(description=_("Open the annual transparency reports of a year"), permissions=["add"])
    def open_annual_reports(self, request, queryset):
        def apply(form, rows):
            count = annual_reports_open(period=form.cleaned_data["period"])
            return ngettext("Expecting %(n)d more report.", "Expecting %(n)d more reports.", count) % {"n": count}

        return run_intermediate_action(
            self,
            request,
            queryset,
            form_class=OpenAnnualReportsForm,
            title=_("Open the annual transparency reports of a year"),
            apply=apply,
        )
